"""reviews: criteria reviews, Medical Director determinations and their saved versions

Revision ID: 0011
Revises: 0001
Depends on: 0002 (reviews reference cases)
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.base import JSONType, UTCDateTime

revision = "0011"
down_revision = "0001"
branch_labels = None
depends_on = "0002"


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("level_of_care", sa.String(8), nullable=False),
        sa.Column("criteria_version", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("findings", JSONType, nullable=False),
        sa.Column("documents_received", sa.Text()),
        sa.Column("documents_missing", sa.Text()),
        sa.Column("summary", sa.Text()),
        sa.Column("recommendation", sa.String(16)),
        sa.Column("recommendation_text", sa.Text()),
        sa.Column("current_days", sa.Integer()),
        sa.Column("requested_days", sa.Integer()),
        sa.Column("sent_by_id", sa.String(128)),
        sa.Column("sent_by_name", sa.String(200)),
        sa.Column("sent_from_key", sa.String(32)),
        sa.Column("sent_at", UTCDateTime),
        sa.Column("md_key", sa.String(32)),
        sa.Column("md_activity_id", sa.String(200)),
        sa.Column("decision", sa.String(24)),
        sa.Column("decided_by_id", sa.String(128)),
        sa.Column("decided_by_name", sa.String(200)),
        sa.Column("decided_at", UTCDateTime),
        sa.Column("decision_reasons", sa.Text()),
        sa.Column("decision_criteria", JSONType),
        sa.Column("approved_days", sa.Integer()),
        sa.Column("next_review_date", sa.Date()),
        sa.Column("notice_date", sa.Date()),
        sa.Column("created_by_id", sa.String(128)),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.case_id"], name="fk_reviews_case_id_cases", ondelete="CASCADE"),
    )
    op.create_index("ix_reviews_case_id", "reviews", ["case_id"])
    op.create_index("ix_reviews_status", "reviews", ["status"])
    op.create_table(
        "review_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("saved_at", UTCDateTime, nullable=False),
        sa.Column("saved_by_id", sa.String(128)),
        sa.Column("saved_by_name", sa.String(200)),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("snapshot", JSONType, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_review_versions"),
        sa.UniqueConstraint("review_id", "version", name="uq_review_versions_review_version"),
        sa.ForeignKeyConstraint(
            ["review_id"], ["reviews.id"], name="fk_review_versions_review_id_reviews", ondelete="CASCADE"
        ),
    )


def downgrade() -> None:
    op.drop_table("review_versions")
    op.drop_index("ix_reviews_status", table_name="reviews")
    op.drop_index("ix_reviews_case_id", table_name="reviews")
    op.drop_table("reviews")
