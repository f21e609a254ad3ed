"""KnowledgeService: question -> Answer (curated pairs first, then full-text + re-ranking), feedback and the
ask-an-expert flow. Question and answer text may contain PHI: they are stored, never logged.

The answer types live in bot.knowledge.answers, feedback in feedback.py and the ask-an-expert flow in
expert_questions.py (mixed into KnowledgeService); their names are re-exported here."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import insert, select, text

from bot.knowledge import answer_type, calibration, compose, dictation, hybrid, names, stated, years
from bot.knowledge.answers import Answer, AnswerHook, SectionRef
from bot.knowledge.expert_questions import ExpertQuestion, ExpertQuestions
from bot.knowledge.extract import clean_text
from bot.knowledge.feedback import AnswerFeedback
from bot.knowledge.models import KbAnswer, KbCurated, KbSection
from bot.knowledge.rank import (
    CURATED_MIN_SIMILARITY,
    Candidate,
    CuratedForm,
    CuratedIndex,
    IndexStats,
    Query,
    analyse,
    confidence,
    pick_sentences,
)
from bot.knowledge.retrieve import dense_index, retrieve
from bot.knowledge.search import SearchBackend, backend_for
from bot.knowledge.sentences import split_sentences
from bot.knowledge.text import Lexicon, load_lexicon
from bot.storage.base import utcnow

log = logging.getLogger(__name__)

__all__ = ["Answer", "AnswerHook", "ExpertQuestion", "KnowledgeService", "SectionRef", "with_caveats"]

DEFAULT_THRESHOLD = 0.80  # bench/kb_calibrate.py on the tuning half of the dev case stories
VERSION_CHECK_S = 1.0
UNCONFIRMED_PREFIX = "Unconfirmed / plan-specific — check your plan's policy: "
REFUSAL = (
    "I couldn't find a confident answer to that in the guideline knowledge base. "
    "Try rephrasing with the setting (IRF, LTAC, SNF) and topic, check the related articles, "
    "or ask an expert."
)
MAY_HELP = "These passages may help; if none of them does, ask an expert."
UNSURE = "I'm not confident enough to answer that directly. " + MAY_HELP
UNVERIFIED_PREFIX = "Unverified document (no review metadata): "
EMPTY_QUESTION = "Ask a question about IRF, LTAC or SNF coverage, notices, appeals or timeframes."
_PLAN_SPECIFIC_MARKERS = ("plan-specific", "plan specific", "unconfirmed", "check your plan")


ANSWER_CACHE_SIZE = 512


def with_caveats(body: str, passage: str) -> str:
    """The chosen sentences plus the caveat sentence that follows any of them in the passage."""
    return compose.with_caveats(body, split_sentences(passage))


def _fresh(answer: Answer) -> Answer:
    """A copy a caller may change (answer_id, a hook's edits) without touching the cached one."""
    return replace(answer, related=list(answer.related), sections=list(answer.sections))


WRITE_BEHIND_S = 0.25


@dataclass
class _Cache:
    version: tuple = ()
    stats: IndexStats | None = None
    curated: CuratedIndex | None = None
    dense: hybrid.DenseIndex | None = None
    checked_at: float = 0.0
    answers: OrderedDict = field(default_factory=OrderedDict)  # question -> (Answer, candidates, query)

    @property
    def index_stats(self) -> IndexStats:
        """The statistics of a loaded cache (`_ensure_cache` always returns one with them)."""
        if self.stats is None:
            raise RuntimeError("knowledge cache used before it was loaded")
        return self.stats


class KnowledgeService(AnswerFeedback, ExpertQuestions):
    def __init__(
        self,
        db,
        settings: Any = None,
        *,
        threshold: float | None = None,
        lexicon: Lexicon | None = None,
        hook: AnswerHook | None = None,
        backend: SearchBackend | None = None,
        record_answers: bool = True,
        write_behind: bool = False,
        answer_cache_size: int = ANSWER_CACHE_SIZE,
    ) -> None:
        self.db = db
        self.threshold = float(
            threshold if threshold is not None else getattr(settings, "kb_threshold", DEFAULT_THRESHOLD)
        )
        self.lex = lexicon or load_lexicon()
        self.hook = hook
        self.backend = backend or backend_for(db)
        self.record_answers = record_answers
        # The server logs answers in small batches off the turn's path (WRITE_BEHIND_S later, in one
        # transaction); anything that reads the log (feedback, expert questions) flushes it first.
        self.write_behind = write_behind
        self.answer_cache_size = answer_cache_size
        self._pending_answers: list[dict] = []
        self._flush_task: asyncio.Task | None = None
        self._cache = _Cache()
        self._lock = asyncio.Lock()

    # ---- cache ---------------------------------------------------------------------------------------------
    async def _version(self, s) -> tuple:
        # Documents are few (sections are replaced with their document, which gets a new ingested_at).
        row = (
            await s.execute(
                text(
                    "SELECT (SELECT count(*) FROM kb_documents), "
                    "(SELECT max(ingested_at) FROM kb_documents), "
                    "(SELECT count(*) FROM kb_curated), (SELECT coalesce(max(id), 0) FROM kb_curated)"
                )
            )
        ).one()
        return tuple(str(v) for v in row)

    async def _ensure_cache(self, s) -> _Cache:
        # Another process may change the KB: re-check its version at most every VERSION_CHECK_S seconds.
        now = time.monotonic()
        if self._cache.stats is not None and now - self._cache.checked_at < VERSION_CHECK_S:
            return self._cache
        version = await self._version(s)
        self._cache.checked_at = now
        if self._cache.stats is not None and self._cache.version == version:
            return self._cache
        async with self._lock:
            if self._cache.stats is not None and self._cache.version == version:
                return self._cache
            started = time.monotonic()
            rows = (await s.execute(select(KbSection.search_head, KbSection.search_text))).all()
            stats = IndexStats.build([(r[0], r[1]) for r in rows], self.lex)
            curated_rows = (await s.execute(select(KbCurated.id, KbCurated.question, KbCurated.alternates))).all()
            forms = []
            for cid, q, alts in curated_rows:
                sets = [frozenset(self.lex.query_tokens(self.lex.base_tokens(x))) for x in [q, *(alts or [])]]
                forms.append(CuratedForm(cid, sets))
            dense = await dense_index(s)
            self._cache = _Cache(version, stats, CuratedIndex(forms, stats), dense, time.monotonic())
            log.info(
                "kb cache built: %d sections, %d curated, %d vocabulary terms, %.0f ms",
                stats.n,
                len(forms),
                len(stats.vocab),
                (time.monotonic() - started) * 1000,
            )
            return self._cache

    def invalidate(self) -> None:
        self._cache = _Cache()

    # ---- asking --------------------------------------------------------------------------------------------
    async def ask(self, question: str, user_id: str | None = None) -> Answer:
        started = time.monotonic()
        question = (question or "").strip()[:2000]
        if not question:
            return Answer(False, EMPTY_QUESTION)
        async with self.db.session() as s:
            cache = await self._ensure_cache(s)
            stats = cache.index_stats
            # Coordinators ask the same questions all day; an answer depends only on the question and the
            # KB version, so identical questions reuse the ranked answer until the KB changes.
            key = " ".join(question.lower().split())
            hit = cache.answers.get(key) if self.answer_cache_size else None
            if hit is not None:
                cache.answers.move_to_end(key)
                answer, cands, query = _fresh(hit[0]), hit[1], hit[2]
            else:
                searched = dictation.punctuate(question)  # "... in an irf question mark" -> "... in an irf?"
                query = analyse(searched, self.lex, stats)
                answer, cands = await self._answer(s, searched, query, cache)
                if self.answer_cache_size:
                    cache.answers[key] = (_fresh(answer), cands, query)
                    if len(cache.answers) > self.answer_cache_size:
                        cache.answers.popitem(last=False)
            if self.hook is not None:
                replaced = await self.hook(question, answer, cands)
                if replaced is not None:
                    answer = replaced
            if self.record_answers:
                answer.answer_id = uuid.uuid4().hex
                row = dict(
                    id=answer.answer_id,
                    question=question,
                    answered=answer.answered,
                    confidence=float(answer.confidence),
                    curated_id=answer.curated_id,
                    section_ids=[r.section_id for r in answer.sections],
                    user_id=user_id,
                    created_at=utcnow(),
                )
                if self.write_behind:
                    self._pending_answers.append(row)
                    self._schedule_flush()
                else:
                    s.add(KbAnswer(**row))
        log.info(
            "kb ask: answered=%s confidence=%.2f curated=%s sections=%s terms=%d %.1f ms",
            answer.answered,
            answer.confidence,
            answer.curated_id,
            [r.section_id for r in answer.sections],
            len(query.terms),
            (time.monotonic() - started) * 1000,
        )
        return answer

    def _schedule_flush(self) -> None:
        if self._flush_task is None or self._flush_task.done():
            self._flush_task = asyncio.get_running_loop().create_task(self._flush_later())

    async def _flush_later(self) -> None:
        await asyncio.sleep(WRITE_BEHIND_S)
        await self.flush_answers()

    async def close(self) -> None:
        """Stop the background flush and write what is pending (the server's shutdown)."""
        if self._flush_task is not None and not self._flush_task.done():
            self._flush_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flush_task
        await self.flush_answers()

    async def flush_answers(self) -> None:
        """Write the pending answer log rows now (before reading the log, and at shutdown)."""
        rows, self._pending_answers = self._pending_answers, []
        if not rows:
            return
        try:
            async with self.db.session() as s:
                await s.execute(insert(KbAnswer), rows)
        except Exception as exc:  # noqa: BLE001 - keep them for the next flush rather than lose them
            self._pending_answers[:0] = rows
            log.warning("kb answer log flush of %d rows failed: %s", len(rows), type(exc).__name__)

    async def search_sections(self, question: str, limit: int = 3) -> tuple[Query, list[Candidate]]:
        """Ranked candidate sections for a question (no curated pairs, nothing recorded)."""
        async with self.db.session() as s:
            cache = await self._ensure_cache(s)
            query = analyse(question, self.lex, cache.index_stats)
            cands, _ = await self._retrieve(s, question, query, cache)
            return query, cands[:limit]

    async def _retrieve(self, s, question: str, query: Query, cache: _Cache) -> tuple[list[Candidate], dict]:
        return await retrieve(s, self.backend, self.lex, question, query, cache.index_stats, cache.dense)

    def _ref(self, query: Query, c: Candidate) -> SectionRef:
        return SectionRef(
            c.section_id,
            c.document_id,
            c.title,
            " › ".join(c.heading_path),
            c.path,
            round(c.score, 4),
            c.citation,
            pick_sentences(query, c, self.lex, max_sentences=1, max_chars=300),
            c.effective_date,
            c.doc_status,
            list(c.fact_ids),
        )

    async def _answer(self, s, question: str, query: Query, cache: _Cache) -> tuple[Answer, list[Candidate]]:
        stats = cache.index_stats
        cands, info = await self._retrieve(s, question, query, cache)
        asking = info.get("ask") or question  # the asking sentence of a story, else the whole question
        kind = answer_type.asked(asking)  # a time limit, an amount, a code ... or None
        cands = stated.by_stated_fact(query, cands, info.get("ask_vec"), self.lex, kind)
        refs = [self._ref(query, c) for c in cands[:3]]
        # Curated pairs win when the question closely matches a curated question or alternate.
        best_cur, best_sim = cache.curated.best(query, stats) if cache.curated else (None, 0.0)
        if best_cur is not None and best_sim >= CURATED_MIN_SIMILARITY:
            row = await s.get(KbCurated, best_cur.curated_id)
            if row is not None:
                conf = round(min(1.0, 0.55 + 0.45 * best_sim), 3)
                body = clean_text(row.answer).replace("\n", " ")
                if row.status == "unconfirmed" and not body.lower().startswith("unconfirmed"):
                    body = UNCONFIRMED_PREFIX + body
                source = row.source or (f"Expert answer ({row.author})" if row.author else "Curated answer")
                related = self._related(cands, exclude_doc=None)
                return Answer(
                    True,
                    body,
                    row.citation or "",
                    row.effective_date,
                    conf,
                    source,
                    related,
                    sections=refs,
                    curated_id=row.id,
                    status=row.status or "confirmed",
                    # Say whose answer it is; "Curated answer" is our word, not the reader's.
                    title="From an expert" if row.origin == "expert" else "From the team's answers",
                    fact_ids=re.findall(r"\b[A-Z][A-Z0-9]{0,7}-\d{1,3}[a-z]?\b", row.answer or ""),
                ), cands
        best = cands[0] if cands else None
        lexical = confidence(query, best, stats) if best is not None else 0.0
        sentences, lexical_s, cosines = stated.sentence_relevance(query, best, info.get("ask_vec"), self.lex)
        fact_probs = info.get("fact_probs") or {}
        measured = {**info, "lexical": lexical, "sentence_cosine": max(cosines, default=0.0)}
        if best is not None and best.section_id in fact_probs:
            measured["fact_prob"] = fact_probs[best.section_id]
        # Every numeric measure is kept on the answer (bench/kb_eval.py --dump); the calibrator reads its own.
        signals = {k: round(float(v), 4) for k, v in measured.items() if isinstance(v, int | float)}
        signals.update({f: 0.0 for f in calibration.without_optional() if f not in signals})
        conf = hybrid.answer_confidence(signals) if best is not None else 0.0
        relevant = best is not None and info["cosine"] >= hybrid.RELEVANT_MIN_COSINE and lexical > 0
        # Off-topic questions ("best pizza near me") are never answered, whatever the calibrator says: it was
        # fitted on questions about the knowledge base's subjects only.
        on_topic = best is not None and info["cosine"] >= hybrid.ANSWER_MIN_COSINE and lexical > 0

        def not_answered(text: str, suggestions: bool) -> tuple[Answer, list[Candidate]]:
            """Refused, or "These may help" (the best passages as suggestions) when `suggestions`."""
            related = self._related(cands, exclude_doc=None, min_coverage=0.25)
            return Answer(
                False, text, confidence=conf, related=related, sections=refs, suggestions=suggestions, signals=signals
            ), cands

        if not on_topic or conf < self.threshold:
            return not_answered(UNSURE, True) if relevant else not_answered(REFUSAL, False)
        assert best is not None  # on_topic needs a best candidate
        # Whole when short, else the most relevant sentence(s) with the caveat that follows (compose.py).
        gives = [answer_type.states(kind, x) for x in sentences] if kind is not None else None
        body = compose.compose(sentences, lexical_s, cosines, gives) if sentences else best.text[:700]
        extra = stated.sibling_sentence(query, best, cands, info.get("ask_vec"), self.lex)
        if extra and extra.split(". ")[0].rstrip(".") not in body:
            body = body + " " + compose.finish(extra)
        if mismatch := years.other_years_only(question, body):
            return not_answered(years.note(*mismatch) + MAY_HELP, True)
        if kind is not None and not answer_type.states(kind, body):
            return not_answered(kind.missing + MAY_HELP, True)
        if missing := names.in_question(question, lambda n: self._knows(n, stats, body)):
            return not_answered(names.note(missing) + MAY_HELP, True)
        lowered = body.lower()
        plan_specific = best.doc_status == "unconfirmed" or any(m in lowered for m in _PLAN_SPECIFIC_MARKERS)
        if best.doc_status == "unverified":
            body = UNVERIFIED_PREFIX + body
            status = "unverified"
        elif plan_specific:
            if not lowered.startswith("unconfirmed"):
                body = UNCONFIRMED_PREFIX + body
            status = "unconfirmed"
        else:
            status = best.doc_status
        # An article's public URL, else its title: never a local file path.
        source = best.sources[0] if best.sources else best.title
        return Answer(
            True,
            body,
            best.citation,
            best.effective_date,
            conf,
            source,
            self._related(cands, exclude_doc=best.document_id, min_coverage=0.6 * best.coverage),
            sections=refs,
            status=status,
            title=best.title,
            fact_ids=list(best.fact_ids),
            signals=signals,
        ), cands

    def _knows(self, name: str, stats: IndexStats, answer: str) -> bool:
        """The answer or the indexed sections mention `name` (a misspelt indexed word counts)."""
        terms = self.lex.query_tokens(self.lex.base_tokens(name))
        return name.lower() in answer.lower() or all(t in stats.df or stats.correct(t) != t for t in terms)

    @staticmethod
    def _related(cands: list[Candidate], exclude_doc: int | None, min_coverage: float = 0.2) -> list[str]:
        titles: list[str] = []
        for c in cands:
            if c.document_id == exclude_doc or c.coverage < min_coverage or c.title in titles:
                continue
            titles.append(c.title)
            if len(titles) == 3:
                break
        return titles
