"""Knowledge-base tables: documents, sections, curated Q→A pairs, answer log, feedback, expert questions.

Full-text indexes are not declared here: migration 0003 creates an FTS5 table (SQLite) or a generated
tsvector column with a GIN index (PostgreSQL) over `kb_sections.search_head` / `search_text`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base, JSONType, UTCDateTime, utcnow


class KbDocument(Base):
    __tablename__ = "kb_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(String(1024), unique=True)  # project-relative or absolute source path
    title: Mapped[str] = mapped_column(String(512))
    format: Mapped[str] = mapped_column(String(16))  # md | html | pdf | docx | txt
    content_hash: Mapped[str] = mapped_column(String(64))
    index_version: Mapped[str] = mapped_column(String(64), default="")
    citations: Mapped[list] = mapped_column(JSONType, default=list)
    effective_date: Mapped[str | None] = mapped_column(String(10))  # ISO date
    status: Mapped[str] = mapped_column(String(16), default="confirmed")  # confirmed|secondary|unconfirmed|unverified
    sources: Mapped[list] = mapped_column(JSONType, default=list)
    tags: Mapped[list] = mapped_column(JSONType, default=list)
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class KbSection(Base):
    __tablename__ = "kb_sections"
    __table_args__ = (Index("ix_kb_sections_document_id_ordinal", "document_id", "ordinal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("kb_documents.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    heading_path: Mapped[list] = mapped_column(JSONType, default=list)  # ["Title", "Heading", "Sub"]
    text: Mapped[str] = mapped_column(Text)
    citation: Mapped[str] = mapped_column(Text, default="")
    # Section-level status: the document's, or "unconfirmed" when the section itself is marked so.
    status: Mapped[str] = mapped_column(String(16), default="confirmed")
    # Normalised token streams (synonyms folded into concept tokens) that the full-text index covers.
    search_head: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Sentence-embedding vector (float16 bytes, bot/knowledge/embed.py); the section's own date and fact ids.
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    # One float16 vector per sentence (bot/knowledge/vectors.py), for choosing the answer sentence.
    sentence_vectors: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    # The vector of the section's own heading (its one-line claim), matched against the asking sentence.
    heading_embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    effective_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    fact_ids: Mapped[list | None] = mapped_column(JSONType, nullable=True)


class KbCurated(Base):
    __tablename__ = "kb_curated"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question: Mapped[str] = mapped_column(Text)
    alternates: Mapped[list] = mapped_column(JSONType, default=list)
    answer: Mapped[str] = mapped_column(Text)
    citation: Mapped[str] = mapped_column(Text, default="")
    effective_date: Mapped[str | None] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="confirmed")
    author: Mapped[str | None] = mapped_column(String(255))
    origin: Mapped[str] = mapped_column(String(16), default="bundled")  # bundled | expert
    source_path: Mapped[str | None] = mapped_column(String(1024))  # FAQ file a bundled pair came from
    expert_question_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class KbAnswer(Base):
    """One answered (or refused) question; ids travel on the card buttons for feedback / ask-an-expert."""

    __tablename__ = "kb_answers"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    question: Mapped[str] = mapped_column(Text)  # may contain PHI: stored, never logged
    answered: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float] = mapped_column(Float)
    curated_id: Mapped[int | None] = mapped_column(Integer)
    section_ids: Mapped[list] = mapped_column(JSONType, default=list)
    user_id: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class KbFeedback(Base):
    __tablename__ = "kb_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    answer_id: Mapped[str] = mapped_column(ForeignKey("kb_answers.id", ondelete="CASCADE"), index=True)
    question_hash: Mapped[str] = mapped_column(String(64))
    section_id: Mapped[int | None] = mapped_column(Integer)
    curated_id: Mapped[int | None] = mapped_column(Integer)
    helpful: Mapped[bool] = mapped_column(Boolean)
    user_id: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class KbExpertQuestion(Base):
    __tablename__ = "kb_expert_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question: Mapped[str] = mapped_column(Text)
    answer_id: Mapped[str | None] = mapped_column(String(32))
    asker_id: Mapped[str] = mapped_column(String(255))
    asker_name: Mapped[str | None] = mapped_column(String(255))
    asker_conversation_key: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | answered
    answer: Mapped[str | None] = mapped_column(Text)
    expert_id: Mapped[str | None] = mapped_column(String(255))
    expert_name: Mapped[str | None] = mapped_column(String(255))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    saved_to_kb: Mapped[bool] = mapped_column(Boolean, default=False)
    curated_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
