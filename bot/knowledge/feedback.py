"""Answer feedback: one thumbs up/down per user and answer, and the totals. KnowledgeService mixes this in."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import func, select

from bot.knowledge.models import KbAnswer, KbFeedback
from bot.knowledge.text import question_hash
from bot.storage.base import utcnow

log = logging.getLogger(__name__)


class AnswerFeedback:
    """The feedback methods of KnowledgeService."""

    db: Any  # the service's Database

    async def flush_answers(self) -> None:  # KnowledgeService writes its pending answer log
        raise NotImplementedError

    async def record_feedback(self, answer_id: str, helpful: bool, user_id: str | None = None) -> bool:
        """Store a thumbs up/down for an answer; one vote per user and answer (a second vote replaces it)."""
        await self.flush_answers()
        async with self.db.session() as s:
            ans = await s.get(KbAnswer, answer_id)
            if ans is None:
                log.info("kb feedback for unknown answer id")
                return False
            existing = None
            if user_id:
                existing = (
                    (
                        await s.execute(
                            select(KbFeedback).where(KbFeedback.answer_id == answer_id, KbFeedback.user_id == user_id)
                        )
                    )
                    .scalars()
                    .first()
                )
            if existing is not None:
                existing.helpful = bool(helpful)
                existing.created_at = utcnow()
            else:
                s.add(
                    KbFeedback(
                        answer_id=answer_id,
                        question_hash=question_hash(ans.question),
                        section_id=(ans.section_ids or [None])[0],
                        curated_id=ans.curated_id,
                        helpful=bool(helpful),
                        user_id=user_id,
                    )
                )
        log.info("kb feedback stored: answer=%s helpful=%s", answer_id, bool(helpful))
        return True

    async def feedback_summary(self) -> dict[str, int]:
        async with self.db.session() as s:
            rows = (await s.execute(select(KbFeedback.helpful, func.count()).group_by(KbFeedback.helpful))).all()
            return {("helpful" if h else "not_helpful"): int(n) for h, n in rows}
