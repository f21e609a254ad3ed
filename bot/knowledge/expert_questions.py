"""The ask-an-expert flow: questions nobody could answer, the expert's answer, and saving it as a curated pair.

Question text may contain PHI: stored, never logged. KnowledgeService mixes this in (the curated pair it saves
invalidates the service's cache).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from bot.knowledge import experts
from bot.knowledge.models import KbCurated, KbExpertQuestion
from bot.storage.base import utcnow

log = logging.getLogger(__name__)


@dataclass
class ExpertQuestion:
    id: int
    question: str
    asker_id: str
    asker_name: str | None
    asker_conversation_key: str | None
    status: str
    answer: str | None
    expert_id: str | None
    expert_name: str | None
    answered_at: datetime | None
    saved_to_kb: bool
    curated_id: int | None
    answer_id: str | None
    created_at: datetime
    changed: bool = True  # False when answer_expert_question found it already answered


def _eq(row: KbExpertQuestion, changed: bool = True) -> ExpertQuestion:
    return ExpertQuestion(
        row.id,
        row.question,
        row.asker_id,
        row.asker_name,
        row.asker_conversation_key,
        row.status,
        row.answer,
        row.expert_id,
        row.expert_name,
        row.answered_at,
        row.saved_to_kb,
        row.curated_id,
        row.answer_id,
        row.created_at,
        changed,
    )


class ExpertQuestions:
    """The ask-an-expert methods of KnowledgeService."""

    db: Any  # the service's Database

    def invalidate(self) -> None:  # KnowledgeService drops its caches
        raise NotImplementedError

    async def create_expert_question(
        self,
        question: str,
        asker_id: str,
        asker_name: str | None = None,
        conversation_key: str | None = None,
        answer_id: str | None = None,
    ) -> int:
        qid = await experts.add_question(
            self.db, question, asker_id, asker_name, conversation_key, answer_id, experts.POSTED
        )
        log.info("kb expert question %d created", qid)
        return qid

    async def get_expert_question(self, question_id: int) -> ExpertQuestion | None:
        async with self.db.session() as s:
            row = await s.get(KbExpertQuestion, question_id)
            return _eq(row) if row is not None else None

    async def list_expert_questions(self, status: str | None = "open", limit: int = 50) -> list[ExpertQuestion]:
        async with self.db.session() as s:
            q = select(KbExpertQuestion).order_by(KbExpertQuestion.id.desc()).limit(limit)
            if status:
                q = q.where(KbExpertQuestion.status == status)
            return [_eq(r) for r in (await s.execute(q)).scalars().all()]

    async def answer_expert_question(
        self,
        question_id: int,
        answer: str,
        expert_id: str,
        expert_name: str | None = None,
        save_to_kb: bool = False,
        *,
        citation: str = "",
        status: str = "confirmed",
    ) -> ExpertQuestion:
        """Record the expert's answer (first answer wins; repeating the call changes nothing) and optionally
        save it as a curated pair (origin 'expert', author and date) that answers the same question
        at once."""
        answer = answer.strip()
        if not answer:
            raise ValueError("empty answer")
        async with self.db.session() as s:
            stmt = select(KbExpertQuestion).where(KbExpertQuestion.id == question_id)
            if self.db.is_postgres:
                stmt = stmt.with_for_update()
            row = (await s.execute(stmt)).scalar_one_or_none()
            if row is None:
                raise KeyError(f"expert question {question_id} not found")
            changed = False
            if row.status != "answered":
                row.status = "answered"
                row.answer = answer
                row.expert_id = expert_id
                row.expert_name = expert_name
                row.answered_at = utcnow()
                changed = True
            if save_to_kb and row.curated_id is None:
                cur = KbCurated(
                    question=row.question,
                    alternates=[],
                    answer=row.answer or answer,
                    citation=citation,
                    effective_date=datetime.now(UTC).date().isoformat(),
                    source=f"Expert answer ({row.expert_name or row.expert_id})",
                    status=status if status in {"confirmed", "secondary", "unconfirmed"} else "confirmed",
                    author=row.expert_name or row.expert_id,
                    origin="expert",
                    expert_question_id=row.id,
                )
                s.add(cur)
                await s.flush()
                row.curated_id = cur.id
                row.saved_to_kb = True
                changed = True
            result = _eq(row, changed)
        if result.saved_to_kb:
            self.invalidate()
        log.info("kb expert question %d answered (changed=%s saved=%s)", question_id, changed, result.saved_to_kb)
        return result
