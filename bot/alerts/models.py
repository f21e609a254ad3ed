"""Alert tables: `subscriptions`, `alerts` and the outbox `alert_deliveries`.

* `subscriptions` – one row per conversation (conversation_key, the short handle from
  bot.storage.conversations): which priorities and levels of care it wants.
* `alerts` – one row per triaged e-mail that some active subscription wants (individually or in a digest);
  unique on `email_id`, so re-processing an e-mail never makes a second alert.
* `alert_deliveries` – the outbox: one row per (alert, conversation, kind), unique, so a delivery is created
  at most once whoever creates it; the dispatcher moves it pending -> in_flight -> sent | gone | dead.
  Digest rows wait as `queued` until `build_digests` bundles them: one carrier row per conversation becomes
  `pending` (its `payload` lists the alert ids) and the others become `bundled` (pointing at the carrier).
  Card updates after Acknowledge / Claim ride on the sent row (`update_*` columns), coalesced.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base, JSONType, UTCDateTime, utcnow

THRESHOLDS = ("urgent", "high", "all")
KINDS = ("alert", "escalation", "digest")
# Delivery statuses. `queued`/`bundled` are digest-only; `in_flight` past `claimed_until` is in doubt.
PENDING, IN_FLIGHT, SENT, FAILED, DEAD, GONE, QUEUED, BUNDLED = (
    "pending",
    "in_flight",
    "sent",
    "failed",
    "dead",
    "gone",
    "queued",
    "bundled",
)
STATUSES = (PENDING, IN_FLIGHT, SENT, FAILED, DEAD, GONE, QUEUED, BUNDLED)


class Subscription(Base):
    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_key: Mapped[str] = mapped_column(String(32), unique=True)
    threshold: Mapped[str] = mapped_column(String(8))  # urgent | high | all
    # Sorted list of IRF / LTAC / SNF, or NULL for every level of care.
    levels_of_care: Mapped[list | None] = mapped_column(JSONType)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[str | None] = mapped_column(String(128))
    created_by_name: Mapped[str | None] = mapped_column(String(200))
    on_call_user_id: Mapped[str | None] = mapped_column(String(128))
    on_call_user_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_subscriptions_active", "active"),)


class Alert(Base):
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email_id: Mapped[int | None] = mapped_column(ForeignKey("emails.id", ondelete="SET NULL"), unique=True)
    # The linked case (on file); `case_ref` is the id the e-mail named, linked or not.
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.case_id", ondelete="SET NULL"))
    case_ref: Mapped[str | None] = mapped_column(String(10))
    priority: Mapped[str] = mapped_column(String(8))
    request_type: Mapped[str] = mapped_column(String(32))
    level_of_care: Mapped[str | None] = mapped_column(String(8))
    expedited: Mapped[bool] = mapped_column(Boolean, default=False)
    reasons: Mapped[list] = mapped_column(JSONType)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by_id: Mapped[str | None] = mapped_column(String(128))
    acknowledged_by_name: Mapped[str | None] = mapped_column(String(200))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by_id: Mapped[str | None] = mapped_column(String(128))
    claimed_by_name: Mapped[str | None] = mapped_column(String(200))
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    digest_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_alerts_case_id", "case_id"),
        Index("ix_alerts_escalation", "priority", "acknowledged_at", "escalated_at", "created_at"),
    )


class AlertDelivery(Base):
    __tablename__ = "alert_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"))
    conversation_key: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # alert | escalation | digest
    status: Mapped[str] = mapped_column(String(16), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # every hand-over to the sender
    failures: Mapped[int] = mapped_column(Integer, default=0)  # counted toward the dead letter (not 429s)
    resends: Mapped[int] = mapped_column(Integer, default=0)  # in-doubt re-sends
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claim_token: Mapped[str | None] = mapped_column(String(32))
    activity_id: Mapped[str | None] = mapped_column(String(256))
    last_error: Mapped[str | None] = mapped_column(String(300))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Digest carrier: {"alert_ids": [...]}; a bundled row points at its carrier.
    payload: Mapped[dict | None] = mapped_column(JSONType)
    bundle_id: Mapped[int | None] = mapped_column(Integer)
    # Card update in place (Acknowledge / Claim): requested_at > done_at means an update is owed.
    update_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    update_done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    update_next_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    update_failures: Mapped[int] = mapped_column(Integer, default=0)
    update_claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    update_token: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (
        UniqueConstraint("alert_id", "conversation_key", "kind"),
        Index("ix_alert_deliveries_status_next_attempt_at", "status", "next_attempt_at"),
        Index("ix_alert_deliveries_conversation_key_status", "conversation_key", "status"),
        Index("ix_alert_deliveries_update_next_at", "update_next_at"),
        Index("ix_alert_deliveries_claim_token", "claim_token"),
    )
