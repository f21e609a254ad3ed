"""cases: cases and their append-only timeline

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.base import JSONType, UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("case_id", sa.String(10), nullable=False),
        sa.Column("member_id", sa.String(16), nullable=False),
        sa.Column("member_name", sa.String(200)),
        sa.Column("level_of_care", sa.String(8), nullable=False),
        sa.Column("request_type", sa.String(32), nullable=False),
        sa.Column("facility", sa.String(200)),
        sa.Column("liaison_name", sa.String(200)),
        sa.Column("liaison_phone", sa.String(40)),
        sa.Column("liaison_email", sa.String(254)),
        sa.Column("received_at", UTCDateTime, nullable=False),
        sa.Column("expedited", sa.Boolean(), nullable=False),
        sa.Column("due_at", UTCDateTime, nullable=False),
        sa.Column("original_due_at", UTCDateTime),
        sa.Column("due_rule", sa.String(64)),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        sa.Column("priority", sa.String(8), nullable=False),
        sa.Column("assigned_to_id", sa.String(128)),
        sa.Column("assigned_to_name", sa.String(200)),
        sa.Column("authorized_days", sa.Integer()),
        sa.Column("last_covered_day", sa.Date()),
        sa.Column("extended_until", UTCDateTime),
        sa.Column("extension_reason", sa.Text()),
        sa.Column("denial_notice_date", sa.Date()),
        sa.Column("decided_at", UTCDateTime),
        sa.Column("closed_at", UTCDateTime),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("case_id", name="pk_cases"),
    )
    op.create_index("ix_cases_member_id", "cases", ["member_id"])
    op.create_index("ix_cases_queue", "cases", ["is_open", "due_at", "expedited", "level_of_care", "assigned_to_id"])
    op.create_index("ix_cases_is_open_level_of_care_due_at", "cases", ["is_open", "level_of_care", "due_at"])
    op.create_index("ix_cases_assigned_to_id_is_open_due_at", "cases", ["assigned_to_id", "is_open", "due_at"])
    op.create_index("ix_cases_status", "cases", ["status"])
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(10), nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("actor_id", sa.String(128)),
        sa.Column("actor_name", sa.String(200)),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text()),
        sa.Column("data", JSONType),
        sa.PrimaryKeyConstraint("id", name="pk_case_events"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.case_id"], name="fk_case_events_case_id_cases", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_case_events_case_id_at", "case_events", ["case_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_case_events_case_id_at", table_name="case_events")
    op.drop_table("case_events")
    for name in (
        "ix_cases_status",
        "ix_cases_assigned_to_id_is_open_due_at",
        "ix_cases_is_open_level_of_care_due_at",
        "ix_cases_queue",
        "ix_cases_member_id",
    ):
        op.drop_index(name, table_name="cases")
    op.drop_table("cases")
