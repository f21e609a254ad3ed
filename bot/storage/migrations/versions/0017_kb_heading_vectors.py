"""knowledge base: the vector of each section's own heading, computed at ingest

Revision ID: 0017
Revises: 0016

`kb_sections.heading_embedding` holds one float16 vector of the section's heading alone (the last element of
its heading path, bot.knowledge.vectors.heading_text). A heading states the section's point in a few words, as
an asking sentence does; the section's own vector mixes it with the article title and the whole text. NULL until
computed (ensure_loaded fills it in for sections ingested before this revision).
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


# Plain ALTER TABLE ADD/DROP COLUMN (no batch copy): a copied SQLite table would lose the FTS5 triggers.
def upgrade() -> None:
    op.add_column("kb_sections", sa.Column("heading_embedding", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.drop_column("kb_sections", "heading_embedding")
