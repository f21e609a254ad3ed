"""The call forms follow the case: which calls a case's status allows, and what the coordinator is told."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import workflow
from bot.cases.call_models import CallLog
from bot.cases.call_payload import F_CONFIRM, F_P2P, P2P_FROM_STATUSES, CallInput, CallValidationError
from bot.cases.models import Case


def undecided_denial_text(status: str) -> str:
    """Why a denial call on an undecided case needs a confirmation (shown on the form and on refusal)."""
    return (
        f"This case is {workflow.label(status)}: no denial is recorded yet. Log a denial call only when the MD "
        "has decided (or a denial is planned and you are telling the liaison now). The case status does not "
        "change here; record the decision with /status when it is made."
    )


async def check_follows_case(s: AsyncSession, inp: CallInput, case: Case) -> None:
    """The call forms follow the case: a denial call before any decision is recorded needs the
    coordinator's confirmation; a P2P offer needs a denial, issued (status) or planned (a denial call)."""
    if inp.call_type == "denial_notification" and workflow.is_open(case.status) and not inp.confirmed_undecided:
        raise CallValidationError(
            {F_CONFIRM: f"Tick the box to log a denial call while the case is {workflow.label(case.status)}."}
        )
    if inp.p2p_accepted and case.status not in P2P_FROM_STATUSES:
        planned = await s.scalar(
            select(func.count())
            .select_from(CallLog)
            .where(CallLog.case_id == case.case_id, CallLog.call_type == "denial_notification")
        )
        if not planned:
            raise CallValidationError(
                {
                    F_P2P: (
                        f"A P2P is offered with a denial, and this case is {workflow.label(case.status)} "
                        "with no denial call on record. Log the denial call first (or record the MD's "
                        "decision with /status), or record the offer as declined."
                    )
                }
            )
