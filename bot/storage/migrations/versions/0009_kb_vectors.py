"""knowledge base: per-section embedding vector, effective date and fact ids

Revision ID: 0009
Revises: 0003

`kb_sections.embedding` holds the section's sentence-embedding vector (float16 bytes, see
bot/knowledge/embed.py), computed at ingest and scanned with numpy; NULL until computed (ensure_loaded fills
it in for sections ingested before this revision). `effective_date` and `fact_ids` are the section's own, so
an answer shows the date and facts of the passage it quotes, not the article's.
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.base import JSONType

revision = "0009"
down_revision = "0003"
branch_labels = None
depends_on = None


# Plain ALTER TABLE ADD/DROP COLUMN (no batch copy): a copied SQLite table would lose the FTS5 triggers.
def upgrade() -> None:
    op.add_column("kb_sections", sa.Column("embedding", sa.LargeBinary(), nullable=True))
    op.add_column("kb_sections", sa.Column("effective_date", sa.String(10), nullable=True))
    op.add_column("kb_sections", sa.Column("fact_ids", JSONType, nullable=True))


def downgrade() -> None:
    op.drop_column("kb_sections", "fact_ids")
    op.drop_column("kb_sections", "effective_date")
    op.drop_column("kb_sections", "embedding")
