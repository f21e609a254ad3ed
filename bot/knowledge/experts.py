"""The pending expert queue: questions kept while no experts conversation is set up, posted once one is.

A kept question is an ordinary expert question (kb_expert_questions) with status `pending`; posting it
turns it `open`, the state a posted question has always had, so answering works the same either way.
Question text may contain PHI: stored, never logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from bot.knowledge.models import KbExpertQuestion
from bot.storage.db import Database, rowcount

log = logging.getLogger(__name__)

PENDING = "pending"
POSTED = "open"


@dataclass(frozen=True)
class PendingQuestion:
    id: int
    question: str
    asker_name: str | None
    created_at: datetime


async def add_question(
    db: Database,
    question: str,
    asker_id: str,
    asker_name: str | None,
    conversation_key: str | None,
    answer_id: str | None,
    status: str,
) -> int:
    """Store an expert question (PENDING: kept for later; POSTED: on its way to the experts); returns its id."""
    async with db.session() as s:
        row = KbExpertQuestion(
            question=question.strip(),
            asker_id=asker_id,
            asker_name=asker_name,
            asker_conversation_key=conversation_key,
            answer_id=answer_id,
            status=status,
            saved_to_kb=False,
        )
        s.add(row)
        await s.flush()
        return row.id


async def keep(
    db: Database,
    question: str,
    asker_id: str,
    asker_name: str | None,
    conversation_key: str | None,
    answer_id: str | None = None,
) -> int:
    """Store a question for the experts that has nowhere to go yet; returns its id."""
    qid = await add_question(db, question, asker_id, asker_name, conversation_key, answer_id, PENDING)
    log.info("expert question %d kept in the pending queue", qid)
    return qid


async def pending(db: Database, limit: int = 50) -> list[PendingQuestion]:
    """Kept questions, oldest first (the order they are posted in)."""
    async with db.session() as s:
        rows = (
            await s.scalars(
                select(KbExpertQuestion)
                .where(KbExpertQuestion.status == PENDING)
                .order_by(KbExpertQuestion.id)
                .limit(limit)
            )
        ).all()
        return [PendingQuestion(r.id, r.question, r.asker_name, r.created_at) for r in rows]


async def count_pending(db: Database) -> int:
    async with db.session() as s:
        return int(
            await s.scalar(select(func.count()).select_from(KbExpertQuestion).where(KbExpertQuestion.status == PENDING))
            or 0
        )


async def mark_posted(db: Database, question_id: int) -> bool:
    """pending -> open, once: False when another instance posted it first."""
    async with db.session() as s:
        result = await s.execute(
            update(KbExpertQuestion)
            .where(KbExpertQuestion.id == question_id, KbExpertQuestion.status == PENDING)
            .values(status=POSTED)
        )
        return rowcount(result) == 1
