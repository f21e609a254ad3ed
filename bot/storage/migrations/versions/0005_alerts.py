"""alerts: subscriptions, alerts and the alert_deliveries outbox

Revision ID: 0005
Revises: 0001
Depends on: 0002 (cases), 0004 (emails)
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.base import JSONType, UTCDateTime

revision = "0005"
down_revision = "0001"
branch_labels = None
depends_on = ("0002", "0004")


def upgrade() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("conversation_key", sa.String(32), nullable=False),
        sa.Column("threshold", sa.String(8), nullable=False),
        sa.Column("levels_of_care", JSONType),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", sa.String(128)),
        sa.Column("created_by_name", sa.String(200)),
        sa.Column("on_call_user_id", sa.String(128)),
        sa.Column("on_call_user_name", sa.String(200)),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_subscriptions"),
        sa.UniqueConstraint("conversation_key", name="uq_subscriptions_conversation_key"),
    )
    op.create_index("ix_subscriptions_active", "subscriptions", ["active"])
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("email_id", sa.Integer()),
        sa.Column("case_id", sa.String(10)),
        sa.Column("case_ref", sa.String(10)),
        sa.Column("priority", sa.String(8), nullable=False),
        sa.Column("request_type", sa.String(32), nullable=False),
        sa.Column("level_of_care", sa.String(8)),
        sa.Column("expedited", sa.Boolean(), nullable=False),
        sa.Column("reasons", JSONType, nullable=False),
        sa.Column("due_at", UTCDateTime),
        sa.Column("received_at", UTCDateTime),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("acknowledged_at", UTCDateTime),
        sa.Column("acknowledged_by_id", sa.String(128)),
        sa.Column("acknowledged_by_name", sa.String(200)),
        sa.Column("claimed_at", UTCDateTime),
        sa.Column("claimed_by_id", sa.String(128)),
        sa.Column("claimed_by_name", sa.String(200)),
        sa.Column("escalated_at", UTCDateTime),
        sa.Column("digest_sent_at", UTCDateTime),
        sa.PrimaryKeyConstraint("id", name="pk_alerts"),
        sa.UniqueConstraint("email_id", name="uq_alerts_email_id"),
        sa.ForeignKeyConstraint(["email_id"], ["emails.id"], name="fk_alerts_email_id_emails", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.case_id"], name="fk_alerts_case_id_cases", ondelete="SET NULL"),
    )
    op.create_index("ix_alerts_case_id", "alerts", ["case_id"])
    op.create_index("ix_alerts_escalation", "alerts", ["priority", "acknowledged_at", "escalated_at", "created_at"])
    op.create_table(
        "alert_deliveries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("conversation_key", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("resends", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime, nullable=False),
        sa.Column("claimed_by", sa.String(128)),
        sa.Column("claimed_until", UTCDateTime),
        sa.Column("claim_token", sa.String(32)),
        sa.Column("activity_id", sa.String(256)),
        sa.Column("last_error", sa.String(300)),
        sa.Column("sent_at", UTCDateTime),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("payload", JSONType),
        sa.Column("bundle_id", sa.Integer()),
        sa.Column("update_requested_at", UTCDateTime),
        sa.Column("update_done_at", UTCDateTime),
        sa.Column("update_next_at", UTCDateTime),
        sa.Column("update_failures", sa.Integer(), nullable=False),
        sa.Column("update_claimed_until", UTCDateTime),
        sa.Column("update_token", sa.String(32)),
        sa.PrimaryKeyConstraint("id", name="pk_alert_deliveries"),
        sa.UniqueConstraint(
            "alert_id", "conversation_key", "kind", name="uq_alert_deliveries_alert_id_conversation_key_kind"
        ),
        sa.ForeignKeyConstraint(
            ["alert_id"], ["alerts.id"], name="fk_alert_deliveries_alert_id_alerts", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_alert_deliveries_status_next_attempt_at", "alert_deliveries", ["status", "next_attempt_at"])
    op.create_index("ix_alert_deliveries_conversation_key_status", "alert_deliveries", ["conversation_key", "status"])
    op.create_index("ix_alert_deliveries_update_next_at", "alert_deliveries", ["update_next_at"])
    op.create_index("ix_alert_deliveries_claim_token", "alert_deliveries", ["claim_token"])


def downgrade() -> None:
    for name in (
        "ix_alert_deliveries_claim_token",
        "ix_alert_deliveries_update_next_at",
        "ix_alert_deliveries_conversation_key_status",
        "ix_alert_deliveries_status_next_attempt_at",
    ):
        op.drop_index(name, table_name="alert_deliveries")
    op.drop_table("alert_deliveries")
    op.drop_index("ix_alerts_escalation", table_name="alerts")
    op.drop_index("ix_alerts_case_id", table_name="alerts")
    op.drop_table("alerts")
    op.drop_index("ix_subscriptions_active", table_name="subscriptions")
    op.drop_table("subscriptions")
