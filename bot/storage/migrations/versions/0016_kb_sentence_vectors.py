"""knowledge base: the sentence vectors of each section, computed at ingest

Revision ID: 0016
Revises: 0009

`kb_sections.sentence_vectors` holds one float16 vector per sentence of the section (the sentences
bot.knowledge.vectors.passage_sentences gives, in order), so choosing the answer sentence of a passage needs no
encoding at question time (it took 50-170 ms the first time a passage was a top candidate). NULL until
computed (ensure_loaded fills it in for sections ingested before this revision).
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0009"
branch_labels = None
depends_on = None


# Plain ALTER TABLE ADD/DROP COLUMN (no batch copy): a copied SQLite table would lose the FTS5 triggers.
def upgrade() -> None:
    op.add_column("kb_sections", sa.Column("sentence_vectors", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.drop_column("kb_sections", "sentence_vectors")
