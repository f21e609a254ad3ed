"""Full-text candidate retrieval: one `SearchBackend` interface, FTS5 (SQLite) and tsvector (PostgreSQL).

Both index the same Python-normalised token streams (`kb_sections.search_head` weighted above
`search_text`), so both return the same candidates; the final ranking is done in Python (`answer.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

_SAFE = re.compile(r"^[a-z0-9]+$")


@dataclass(frozen=True)
class Hit:
    section_id: int
    score: float  # larger is better


class SearchBackend(Protocol):
    name: str

    async def search(self, session: AsyncSession, terms: list[str], limit: int) -> list[Hit]:
        """Sections matching any of `terms` (OR query), best first by the engine's ranking."""
        ...


def _safe_terms(terms: list[str]) -> list[str]:
    return [t for t in dict.fromkeys(terms) if _SAFE.match(t)]


class SqliteFtsBackend:
    """FTS5 external-content table `kb_sections_fts`, ranked with bm25() (heading column weighted x2)."""

    name = "sqlite-fts5"

    async def search(self, session: AsyncSession, terms: list[str], limit: int) -> list[Hit]:
        terms = _safe_terms(terms)
        if not terms:
            return []
        query = " OR ".join(f'"{t}"' for t in terms)
        rows = await session.execute(
            text(
                "SELECT rowid, bm25(kb_sections_fts, 2.0, 1.0) AS r FROM kb_sections_fts "
                "WHERE kb_sections_fts MATCH :q ORDER BY r LIMIT :n"
            ),
            {"q": query, "n": limit},
        )
        return [Hit(int(r[0]), -float(r[1])) for r in rows]


class PostgresFtsBackend:
    """Generated `search_tsv` column (GIN index), ranked with ts_rank_cd (heading weight A, body B)."""

    name = "postgres-tsvector"

    async def search(self, session: AsyncSession, terms: list[str], limit: int) -> list[Hit]:
        terms = _safe_terms(terms)
        if not terms:
            return []
        rows = await session.execute(
            text(
                "SELECT s.id, ts_rank(s.search_tsv, q, 1) AS r "
                "FROM kb_sections s, to_tsquery('simple', :q) q "
                "WHERE s.search_tsv @@ q ORDER BY r DESC LIMIT :n"
            ),
            {"q": " | ".join(terms), "n": limit},
        )
        return [Hit(int(r[0]), float(r[1])) for r in rows]


def backend_for(db) -> SearchBackend:
    return SqliteFtsBackend() if db.is_sqlite else PostgresFtsBackend()
