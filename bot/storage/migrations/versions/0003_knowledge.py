"""knowledge base: documents, sections (+ full-text index), curated pairs, answers, feedback, expert questions

Revision ID: 0003
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.base import JSONType, UTCDateTime

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kb_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(1024), nullable=False),
        sa.Column("title", sa.String(512), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("index_version", sa.String(64), nullable=False),
        sa.Column("citations", JSONType, nullable=False),
        sa.Column("effective_date", sa.String(10)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("sources", JSONType, nullable=False),
        sa.Column("tags", JSONType, nullable=False),
        sa.Column("ingested_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_documents"),
        sa.UniqueConstraint("path", name="uq_kb_documents_path"),
    )
    op.create_table(
        "kb_sections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("heading_path", JSONType, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("citation", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("search_head", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_sections"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["kb_documents.id"],
            ondelete="CASCADE",
            name="fk_kb_sections_document_id_kb_documents",
        ),
    )
    op.create_index("ix_kb_sections_document_id_ordinal", "kb_sections", ["document_id", "ordinal"])
    op.create_table(
        "kb_curated",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("alternates", JSONType, nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("citation", sa.Text(), nullable=False),
        sa.Column("effective_date", sa.String(10)),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("author", sa.String(255)),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("source_path", sa.String(1024)),
        sa.Column("expert_question_id", sa.Integer()),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_curated"),
        sa.UniqueConstraint("expert_question_id", name="uq_kb_curated_expert_question_id"),
    )
    op.create_table(
        "kb_answers",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answered", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("curated_id", sa.Integer()),
        sa.Column("section_ids", JSONType, nullable=False),
        sa.Column("user_id", sa.String(255)),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_answers"),
    )
    op.create_table(
        "kb_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("answer_id", sa.String(32), nullable=False),
        sa.Column("question_hash", sa.String(64), nullable=False),
        sa.Column("section_id", sa.Integer()),
        sa.Column("curated_id", sa.Integer()),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.Column("user_id", sa.String(255)),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_feedback"),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["kb_answers.id"], ondelete="CASCADE", name="fk_kb_feedback_answer_id_kb_answers"
        ),
    )
    op.create_index("ix_kb_feedback_answer_id", "kb_feedback", ["answer_id"])
    op.create_table(
        "kb_expert_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer_id", sa.String(32)),
        sa.Column("asker_id", sa.String(255), nullable=False),
        sa.Column("asker_name", sa.String(255)),
        sa.Column("asker_conversation_key", sa.String(64)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("answer", sa.Text()),
        sa.Column("expert_id", sa.String(255)),
        sa.Column("expert_name", sa.String(255)),
        sa.Column("answered_at", UTCDateTime),
        sa.Column("saved_to_kb", sa.Boolean(), nullable=False),
        sa.Column("curated_id", sa.Integer()),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_expert_questions"),
    )

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # External-content FTS5 index over the normalised token streams, kept in step by triggers.
        op.execute(
            "CREATE VIRTUAL TABLE kb_sections_fts USING fts5("
            "search_head, search_text, content='kb_sections', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER kb_sections_ai AFTER INSERT ON kb_sections BEGIN "
            "INSERT INTO kb_sections_fts(rowid, search_head, search_text) "
            "VALUES (new.id, new.search_head, new.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER kb_sections_ad AFTER DELETE ON kb_sections BEGIN "
            "INSERT INTO kb_sections_fts(kb_sections_fts, rowid, search_head, search_text) "
            "VALUES ('delete', old.id, old.search_head, old.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER kb_sections_au AFTER UPDATE ON kb_sections BEGIN "
            "INSERT INTO kb_sections_fts(kb_sections_fts, rowid, search_head, search_text) "
            "VALUES ('delete', old.id, old.search_head, old.search_text); "
            "INSERT INTO kb_sections_fts(rowid, search_head, search_text) "
            "VALUES (new.id, new.search_head, new.search_text); END"
        )
    elif bind.dialect.name == "postgresql":
        # Tokens are already normalised in Python (same on both backends), so the 'simple' config is used:
        # 'english' would stem a second time and drop concept tokens it thinks are stopwords.
        op.execute(
            "ALTER TABLE kb_sections ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('simple', coalesce(search_head, '')), 'A') || "
            "setweight(to_tsvector('simple', coalesce(search_text, '')), 'B')) STORED"
        )
        op.execute("CREATE INDEX ix_kb_sections_search_tsv ON kb_sections USING gin (search_tsv)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trig in ("kb_sections_ai", "kb_sections_ad", "kb_sections_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trig}")
        op.execute("DROP TABLE IF EXISTS kb_sections_fts")
    op.drop_table("kb_expert_questions")
    op.drop_index("ix_kb_feedback_answer_id", table_name="kb_feedback")
    op.drop_table("kb_feedback")
    op.drop_table("kb_answers")
    op.drop_table("kb_curated")
    op.drop_index("ix_kb_sections_document_id_ordinal", table_name="kb_sections")
    op.drop_table("kb_sections")
    op.drop_table("kb_documents")
