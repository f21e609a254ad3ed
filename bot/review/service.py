"""Review service: open a review, save it as the PSC works (every save is a version, audited), send it to
the Medical Director, and the MD's determination (bot.review.decide). No Bot Framework imports.

Case status follows through CaseService.change_status, so the workflow and its audit rows stay in one
place: opening an initial review moves `new` → `in_review`; "need more information" → `pending_info`;
Send to MD → `sent_to_md`. A continued-stay review of an already approved case leaves the case status as it
is (the workflow has no way back from a decision) and records its steps on the timeline.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select, update

from bot.audit.service import audit_add
from bot.cases import timeline, workflow
from bot.cases.errors import CaseError, CaseNotFound
from bot.cases.models import Case
from bot.cases.service import CaseService
from bot.review.criteria import Catalog, Criterion
from bot.review.draft import RECOMMENDATIONS, Draft, ReviewInputError, clean_findings, draft
from bot.review.models import Review, ReviewVersion
from bot.storage.base import utcnow
from bot.storage.db import Database

log = logging.getLogger(__name__)

KINDS = ("initial", "continued_stay")
ACTIVE = ("draft", "with_md")
TEXT_MAX = 4000
_SNAPSHOT = (
    "status",
    "findings",
    "documents_received",
    "documents_missing",
    "summary",
    "recommendation",
    "recommendation_text",
    "current_days",
    "requested_days",
    "decision",
    "decision_reasons",
    "decision_criteria",
    "approved_days",
)


class ReviewError(ValueError):
    """A review step the review's state does not allow (user-facing)."""


@dataclass(frozen=True)
class Who:
    id: str
    name: str | None
    roles: Collection[str] = ()
    conversation_key: str | None = None


@dataclass
class ReviewChanges:
    """What a review form submits; None leaves a field as it is."""

    findings: Mapping[str, Any] = field(default_factory=dict)
    documents_received: str | None = None
    documents_missing: str | None = None
    summary: str | None = None
    recommendation: str | None = None
    recommendation_text: str | None = None
    requested_days: int | None = None


def kind_for(case: Case, extend: bool = False) -> str:
    return "continued_stay" if extend or case.request_type == "extension_concurrent" else "initial"


def _bounded(value: str | None, key: str, limit: int = TEXT_MAX) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > limit:
        raise ReviewInputError(f"{key}: at most {limit} characters", {key: f"at most {limit} characters"})
    return value


class ReviewService:
    def __init__(self, db: Database, cases: CaseService, catalog: Catalog, tz: ZoneInfo) -> None:
        self.db, self.cases, self.catalog, self.tz = db, cases, catalog, tz

    # ---- reads ---------------------------------------------------------------------------------

    def checklist(self, review: Review) -> list[Criterion]:
        return self.catalog.for_level(review.level_of_care, review.kind)

    def drafted(self, review: Review) -> Draft:
        return draft(self.checklist(review), review.findings or {})

    async def get(self, review_id: int) -> Review | None:
        async with self.db.session() as s:
            return await s.get(Review, review_id)

    async def active(self, case_id: str, kind: str | None = None) -> Review | None:
        async with self.db.session() as s:
            q = select(Review).where(Review.case_id == case_id, Review.status.in_(ACTIVE))
            if kind:
                q = q.where(Review.kind == kind)
            return await s.scalar(q.order_by(Review.id.desc()).limit(1))

    async def latest(self, case_id: str) -> Review | None:
        async with self.db.session() as s:
            return await s.scalar(select(Review).where(Review.case_id == case_id).order_by(Review.id.desc()).limit(1))

    async def versions(self, review_id: int) -> list[ReviewVersion]:
        async with self.db.session() as s:
            rows = await s.scalars(
                select(ReviewVersion).where(ReviewVersion.review_id == review_id).order_by(ReviewVersion.version)
            )
            return list(rows)

    async def md_queue(self, limit: int = 15) -> list[tuple[Review, Case]]:
        """Reviews waiting for a determination, by the case's due time."""
        async with self.db.session() as s:
            rows = await s.execute(
                select(Review, Case)
                .join(Case, Case.case_id == Review.case_id)
                .where(
                    Review.status == "with_md",
                    # an initial review whose case was decided by /status is done
                    or_(Review.kind != "initial", Case.is_open.is_(True)),
                )
                .order_by(Case.due_at, Review.id)
                .limit(limit)
            )
            return [(r, c) for r, c in rows.all()]

    # ---- writes --------------------------------------------------------------------------------

    async def _locked(self, s, review_id: int) -> Review:
        if self.db.is_sqlite:  # take the write lock before reading (see CaseService._locked)
            await s.execute(
                update(Review)
                .where(Review.id == review_id)
                .values(id=Review.id)
                .execution_options(synchronize_session=False)
            )
        review = await s.get(Review, review_id, with_for_update=not self.db.is_sqlite, populate_existing=True)
        if review is None:
            raise ReviewError("That review no longer exists.")
        return review

    def _version(self, s, review: Review, action: str, who: Who, now: datetime, *, audit: bool = True) -> None:
        review.version = (review.version or 0) + 1 if action != "opened" else 1
        review.updated_at = now
        snapshot = {k: getattr(review, k) for k in _SNAPSHOT}
        s.add(
            ReviewVersion(
                review_id=review.id,
                version=review.version,
                saved_at=now,
                saved_by_id=who.id,
                saved_by_name=who.name,
                action=action,
                snapshot=snapshot,
            )
        )
        if audit:  # a decision writes its own, fuller audit row (bot.review.decide)
            audit_add(
                s,
                action=f"review.{action}",
                entity="review",
                entity_id=review.id,
                case_id=review.case_id,
                actor_id=who.id,
                actor_name=who.name,
                after={"version": review.version, **_audit_view(review)},
                at=now,
            )

    async def open(self, case_id: str, who: Who, *, extend: bool = False, now: datetime | None = None) -> Review:
        """The case's active review of this kind, or a new one against the level of care's criteria."""
        now = now or utcnow()
        case = await self.cases.get(case_id)
        if case is None:
            raise CaseNotFound(case_id)
        kind = kind_for(case, extend)
        if kind == "initial" and not case.is_open:
            raise ReviewError(
                f"Case {case_id} is {workflow.label(case.status)}; for more days use /review {case_id} extend."
            )
        existing = await self.active(case_id, kind)
        if existing is not None:
            return existing
        if case.status == "new":
            await self.cases.change_status(case_id, "in_review", who.id, who.name, "Criteria review started", now=now)
        async with self.db.session() as s:
            review = Review(
                case_id=case_id,
                kind=kind,
                level_of_care=case.level_of_care,
                criteria_version=self.catalog.version_for(case.level_of_care),
                status="draft",
                version=1,
                findings={},
                current_days=case.authorized_days if kind != "initial" else None,
                created_by_id=who.id,
                created_at=now,
                updated_at=now,
            )
            s.add(review)
            await s.flush()
            self._version(s, review, "opened", who, now)
        log.info("review %s opened case=%s kind=%s", review.id, case_id, kind)
        return review

    async def save(self, review_id: int, changes: ReviewChanges, who: Who, *, now: datetime | None = None) -> Review:
        """Save what the PSC entered (a new version each time). The drafted recommendation fills in what the
        PSC has not chosen; their own choice and text are kept."""
        now = now or utcnow()
        async with self.db.session() as s:
            review = await self._locked(s, review_id)
            if review.status != "draft":
                raise ReviewError(
                    "This review is with the Medical Director or decided; it cannot be edited. "
                    "The MD can return it for more information."
                )
            found = clean_findings(self.checklist(review), changes.findings)
            merged = {**(review.findings or {}), **found}
            review.findings = merged
            for key in ("documents_received", "documents_missing", "summary", "recommendation_text"):
                value = _bounded(getattr(changes, key), key)
                if value is not None:
                    setattr(review, key, value or None)
            if changes.recommendation:
                if changes.recommendation not in RECOMMENDATIONS:
                    raise ReviewInputError("Pick a recommendation.", {"recommendation": "not a choice"})
                review.recommendation = changes.recommendation
            if changes.requested_days is not None:
                if not 0 < changes.requested_days <= 365:
                    raise ReviewInputError("Requested days: 1 to 365.", {"requested_days": "1 to 365"})
                review.requested_days = changes.requested_days
            suggestion = draft(self.checklist(review), merged)
            if not changes.recommendation:
                review.recommendation = suggestion.recommendation
            if not review.recommendation_text:
                review.recommendation_text = suggestion.text or None
            self._version(s, review, "saved", who, now)
        return review

    async def need_info(self, review_id: int, who: Who, *, now: datetime | None = None) -> Review:
        """The PSC needs more records: recommendation need_info, case → pending_info (clinicals request next)."""
        now = now or utcnow()
        review = await self.save(review_id, ReviewChanges(recommendation="need_info"), who, now=now)
        case = await self.cases.get(review.case_id)
        if case is not None and workflow.can_transition(case.status, "pending_info"):
            await self.cases.change_status(
                review.case_id,
                "pending_info",
                who.id,
                who.name,
                "More information needed for the criteria review",
                now=now,
            )
        return review

    async def send_to_md(self, review_id: int, who: Who, md_key: str | None, *, now: datetime | None = None) -> Review:
        """Hand the review to the Medical Director; it is frozen until decided or returned."""
        now = now or utcnow()
        current = await self.get(review_id)
        if current is None:
            raise ReviewError("That review no longer exists.")
        if current.status == "with_md":
            return current  # a double click sends once
        missing = [
            label
            for label, ok in (("a clinical summary", current.summary), ("a recommendation", current.recommendation))
            if not ok
        ]
        unanswered = self.drafted(current).unanswered
        if missing or unanswered:
            parts = missing + ([f"findings for {len(unanswered)} criteria"] if unanswered else [])
            raise ReviewError("Before sending to the MD, add " + " and ".join(parts) + ".")
        if current.kind == "continued_stay" and not current.requested_days:
            raise ReviewError("Before sending to the MD, enter the days requested.")
        case = await self.cases.get(current.case_id)
        if case is not None and workflow.can_transition(case.status, "sent_to_md"):
            await self.cases.change_status(
                case.case_id, "sent_to_md", who.id, who.name, "Criteria review sent to the Medical Director", now=now
            )
        async with self.db.session() as s:
            review = await self._locked(s, review_id)
            if review.status != "draft":
                return review
            review.status, review.sent_at, review.md_key = "with_md", now, md_key
            review.sent_by_id, review.sent_by_name, review.sent_from_key = who.id, who.name, who.conversation_key
            if case is not None and not case.is_open:
                timeline.add_event(
                    s,
                    review.case_id,
                    "review",
                    at=now,
                    actor_id=who.id,
                    actor_name=who.name,
                    detail="Continued-stay review sent to the Medical Director",
                    data={"review_id": review.id},
                )
            self._version(s, review, "sent", who, now)
        log.info("review %s sent to the MD case=%s", review_id, review.case_id)
        return review

    async def set_md_post(self, review_id: int, md_key: str, activity_id: str | None) -> None:
        async with self.db.session() as s:
            await s.execute(
                update(Review).where(Review.id == review_id).values(md_key=md_key, md_activity_id=activity_id)
            )


def _audit_view(review: Review) -> dict[str, Any]:
    """What the audit row keeps: statuses and decisions, not the free-text clinical summary."""
    return {
        "status": review.status,
        "recommendation": review.recommendation,
        "decision": review.decision,
        "criteria": review.decision_criteria,
        "findings": {k: v.get("finding") for k, v in (review.findings or {}).items()},
    }


__all__ = ["CaseError", "ReviewChanges", "ReviewError", "ReviewInputError", "ReviewService", "Who", "kind_for"]
