"""cases: the sender's role (who is asking); facility_directory: facility name -> level of care

Revision ID: 0010
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.base import UTCDateTime

revision = "0010"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("liaison_role", sa.String(64)))
    op.create_table(
        "facility_directory",
        sa.Column("name_key", sa.String(200), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("level_of_care", sa.String(8), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("name_key", name="pk_facility_directory"),
    )


def downgrade() -> None:
    op.drop_table("facility_directory")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("liaison_role")
