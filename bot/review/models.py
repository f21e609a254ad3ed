"""Review tables: `reviews` (the PSC's criteria review of one request and the MD's determination) and
`review_versions` (every saved state of a review, so a draft can be traced and nothing typed is lost).

A case can have several reviews over time: the initial request, then each continued-stay ("more days")
request. Only one review per case and kind is active (draft or with the MD) at a time (service rule).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base, JSONType, UTCDateTime, utcnow


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.case_id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # initial | continued_stay
    level_of_care: Mapped[str] = mapped_column(String(8))
    criteria_version: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | with_md | decided
    version: Mapped[int] = mapped_column(Integer, default=1)
    # item id -> {"finding": met|not_met|not_documented, "note": str, "page": str}
    findings: Mapped[dict] = mapped_column(JSONType, default=dict)
    documents_received: Mapped[str | None] = mapped_column(Text)
    documents_missing: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    recommendation: Mapped[str | None] = mapped_column(String(16))  # meets | does_not_meet | need_info
    recommendation_text: Mapped[str | None] = mapped_column(Text)
    current_days: Mapped[int | None] = mapped_column(Integer)  # continued stay: days authorized so far
    requested_days: Mapped[int | None] = mapped_column(Integer)
    sent_by_id: Mapped[str | None] = mapped_column(String(128))
    sent_by_name: Mapped[str | None] = mapped_column(String(200))
    sent_from_key: Mapped[str | None] = mapped_column(String(32))  # the PSC's conversation, for the outcome
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    md_key: Mapped[str | None] = mapped_column(String(32))
    md_activity_id: Mapped[str | None] = mapped_column(String(200))
    decision: Mapped[str | None] = mapped_column(String(24))  # approved | partially_approved | denied
    decided_by_id: Mapped[str | None] = mapped_column(String(128))
    decided_by_name: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_reasons: Mapped[str | None] = mapped_column(Text)
    decision_criteria: Mapped[list | None] = mapped_column(JSONType)  # item ids the denial rests on
    approved_days: Mapped[int | None] = mapped_column(Integer)
    next_review_date: Mapped[date | None] = mapped_column(Date)
    notice_date: Mapped[date | None] = mapped_column(Date)
    created_by_id: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_reviews_case_id", "case_id"),
        Index("ix_reviews_status", "status"),
    )


class ReviewVersion(Base):
    __tablename__ = "review_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    saved_by_id: Mapped[str | None] = mapped_column(String(128))
    saved_by_name: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(24))  # opened | saved | sent | returned | decided
    snapshot: Mapped[dict] = mapped_column(JSONType)

    __table_args__ = (UniqueConstraint("review_id", "version", name="uq_review_versions_review_version"),)
