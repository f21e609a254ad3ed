"""cases: the sender's role (who is asking), filled from e-mail signatures

Revision ID: 0010
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("liaison_role", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("liaison_role")
