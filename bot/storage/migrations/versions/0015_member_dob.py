"""cases.member_dob: the member's date of birth, so a caller can be matched by last name + date of birth

Revision ID: 0015
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("member_dob", sa.Date()))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("member_dob")
