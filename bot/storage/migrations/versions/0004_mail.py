"""mail: raw received e-mail and mailbox checkpoints

Revision ID: 0004
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.base import JSONType, UTCDateTime

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "emails",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_uid", sa.Text(), nullable=False),
        sa.Column("message_id", sa.Text()),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("raw_truncated", sa.Boolean(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("received_at", UTCDateTime, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("quarantine_reason", sa.Text()),
        sa.Column("result", JSONType),
        sa.Column("case_id", sa.String(32)),
        sa.Column("processed_at", UTCDateTime),
        sa.Column("claimed_by", sa.String(128)),
        sa.Column("claimed_until", UTCDateTime),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_emails"),
        sa.UniqueConstraint("sha256", name="uq_emails_sha256"),
    )
    op.create_index("ix_emails_status_id", "emails", ["status", "id"])
    op.create_index("ix_emails_message_id", "emails", ["message_id"])
    op.create_index("ix_emails_received_at", "emails", ["received_at"])
    op.create_index("ix_emails_case_id", "emails", ["case_id"])
    op.create_table(
        "mail_checkpoints",
        sa.Column("source", sa.String(512), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger()),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("lease_owner", sa.String(128)),
        sa.Column("lease_until", UTCDateTime),
        sa.PrimaryKeyConstraint("source", name="pk_mail_checkpoints"),
    )


def downgrade() -> None:
    op.drop_table("mail_checkpoints")
    op.drop_index("ix_emails_case_id", table_name="emails")
    op.drop_index("ix_emails_received_at", table_name="emails")
    op.drop_index("ix_emails_message_id", table_name="emails")
    op.drop_index("ix_emails_status_id", table_name="emails")
    op.drop_table("emails")
