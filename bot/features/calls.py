"""/log, /md here, /teamlead here, the Log call form and the peer-to-peer (P2P) card actions.

Every action is checked on the server: the card instance (card id → kind, case, tenant, as issued), the case,
the caller's role (P2P decisions: Medical Directors only) and the payload itself (bot.cases.calls.parse_call).
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot.cases import calls as call_records
from bot.cases.calls import Actor, CallValidationError, CardMismatch
from bot.cases.errors import CaseNotFound
from bot.cases.p2p import P2PError
from bot.commands import CommandRegistry
from bot.context import ActionContext, CommandContext, TurnBase
from bot.features.cases import split_case_ref
from bot.features.placement import place_here
from bot.roles import MEDICAL_DIRECTOR, has_role
from bot.routing import ActionResult, Forbidden, PayloadError, VerbRouter, require_id, require_str
from bot.storage.app_settings import MD_CONVERSATION, TEAM_LEAD_CONVERSATION
from bot.storage.base import utcnow
from cards.call_log import call_confirmation_card
from cards.calls import VERB_CALL_FORM, VERB_CALL_OPEN, VERB_CALL_SUBMIT, call_form_card, call_picker_card
from cards.core import error_card
from cards.p2p import (
    P_DATE,
    P_NOTE,
    P_PROPOSE_DATE,
    P_PROPOSE_TIME,
    P_SLOT,
    P_TIME,
    VERB_P2P_ACCEPT,
    VERB_P2P_ACK,
    VERB_P2P_COMPLETE,
    VERB_P2P_DECLINE,
    VERB_P2P_PROPOSE,
    p2p_outcome_card,
    p2p_request_card,
)

log = logging.getLogger(__name__)

TYPE_WORDS = {
    "denial": "denial_notification",
    "p2p": "p2p_offer",
    "clinicals": "clinicals_request",
    "status": "status_call",
    "extension": "extension_discussion",
    **{k: k for k in call_records.CALL_TYPES},
}


def actor_of(ctx: TurnBase) -> Actor:
    return Actor(ctx.caller.id, ctx.caller.name, ctx.caller.tenant_id, ctx.where.key)


# ---- helpers ------------------------------------------------------------------------------------------


async def _open_form(ctx: TurnBase, case_id: str, call_type: str | None = None) -> dict:
    case = await ctx.services.cases.get(case_id)
    if case is None:
        return error_card(f"No case {case_id} on record.", title="Case not found")
    card_id = await ctx.services.calls.issue_card(
        call_records.CARD_KIND_FORM, case_id, ctx.caller.tenant_id, ctx.caller.id
    )
    if call_type:
        return call_form_card(case, call_type, card_id, utcnow(), ctx.services.settings.tz)
    return call_picker_card(case, card_id)


async def _checked_form(ctx: ActionContext) -> tuple[str, str]:
    """(case id, card id) of a Log call form after checking them against the issued card instance."""
    case_id = require_str(ctx.data, "case_id", label="case", max_len=20)
    card_id = require_str(ctx.data, call_records.F_CARD, label="form id", max_len=64)
    try:
        await ctx.services.calls.check_card(card_id, call_records.CARD_KIND_FORM, case_id, ctx.caller.tenant_id)
    except CardMismatch as exc:
        log.warning("call form rejected: card does not match (verb %s)", ctx.verb)
        raise PayloadError(str(exc)) from None
    return case_id, card_id


async def _confirmation(ctx: TurnBase, result: call_records.RecordResult, notices: list[str]) -> dict:
    svc = ctx.services.calls
    return call_confirmation_card(
        result.call,
        utcnow(),
        ctx.services.settings.tz,
        p2p=result.p2p,
        notices=notices,
        attempts=result.attempts,
        threshold=svc.rule.threshold if result.call.call_type in svc.rule.call_types else None,
        escalated=result.escalation is not None,
    )


async def _post_p2p(ctx: ActionContext, result: call_records.RecordResult) -> str | None:
    """Post a new P2P request to the MD conversation; a notice for the coordinator when it could not."""
    services, p2p = ctx.services, result.p2p
    md_key = await services.app_settings.get(MD_CONVERSATION)
    if not md_key:
        return (
            "No Medical Director channel is set up yet, so the P2P request is kept and posted there as soon as "
            "an admin or team lead types /md here in the MD channel."
        )
    if not await _send_p2p(services, p2p, md_key):
        return "The P2P request was saved but could not be posted to the MD channel; it will be reminded there."
    return None


async def _send_p2p(services, p2p, md_key: str) -> bool:
    case = await services.cases.get(p2p.case_id)
    doc = p2p_request_card(p2p, case, utcnow(), services.settings.tz)
    try:
        activity_id = await services.sender().send_card(md_key, doc, summary="P2P request")
    except Exception:  # noqa: BLE001 - the request is saved; the window reminder goes to the MD channel too
        log.warning("could not post P2P request %s to the MD conversation", p2p.id)
        return False
    await services.p2p.set_md_post(p2p.id, md_key, activity_id)
    return True


async def _post_unrouted_p2p(services, md_key: str) -> int:
    """Post the P2P requests kept while no MD channel was set to the one just chosen."""
    posted = 0
    for p2p_id in await services.p2p.unposted():
        p2p = await services.p2p.get(p2p_id)
        if p2p is not None and p2p.md_conversation_key is None:
            posted += await _send_p2p(services, p2p, md_key)
    if posted:
        log.info("posted %d kept P2P requests to the MD conversation", posted)
    return posted


def _parse_when(ctx: ActionContext, date_key: str, time_key: str, slot_key: str | None = None) -> datetime | None:
    """A time from the card: an entered date + time (in the team time zone) wins over a picked slot."""
    from bot.cases import clocks

    tz = ctx.services.settings.tz
    day = str(ctx.data.get(date_key) or "").strip()
    hour = str(ctx.data.get(time_key) or "").strip()
    if day or hour:
        if not (day and hour):
            raise P2PError("Enter both a date and a time.")
        try:
            from datetime import date, time

            return clocks.local_instant(date.fromisoformat(day), time.fromisoformat(hour), tz)
        except ValueError:
            raise P2PError("Enter the date as YYYY-MM-DD and the time as HH:MM.") from None
    if slot_key:
        slot = str(ctx.data.get(slot_key) or "").strip()
        if slot:
            try:
                when = datetime.fromisoformat(slot)
            except ValueError:
                raise P2PError("That time is not one of the offered choices.") from None
            if when.tzinfo is None:
                raise P2PError("That time is not one of the offered choices.")
            return when
    return None


async def _checked_p2p(ctx: ActionContext, *, md_only: bool = True):
    if md_only and not has_role(ctx.services.settings, ctx.caller.ids, MEDICAL_DIRECTOR):
        log.warning("P2P decision refused: caller lacks the medical_director role")
        raise Forbidden("Only a Medical Director can decide a P2P request.")
    case_id = require_str(ctx.data, "case_id", label="case", max_len=20)
    card_id = require_str(ctx.data, call_records.F_CARD, label="card id", max_len=64)
    p2p_id = require_id(ctx.data, "p2p_id", "This card is missing its P2P request.")
    p2p = await ctx.services.p2p.get(p2p_id)
    if p2p is None:
        raise PayloadError("That P2P request no longer exists.")
    if p2p.case_id != case_id or p2p.card_id != card_id:
        log.warning("P2P action rejected: payload does not match request %s", p2p_id)
        raise PayloadError("This card does not match the P2P request on record; nothing was changed.")
    if p2p.tenant_id and ctx.caller.tenant_id != p2p.tenant_id:
        raise Forbidden("This P2P request belongs to another organization.")
    return p2p


async def _decide(ctx: ActionContext, decision: str) -> ActionResult:
    services, tz = ctx.services, ctx.services.settings.tz
    p2p = await _checked_p2p(ctx)
    svc = services.p2p
    case = await services.cases.get(p2p.case_id)
    try:
        when = None
        if decision == "accept":
            when = _parse_when(ctx, P_DATE, P_TIME, P_SLOT)
        elif decision == "propose":
            when = _parse_when(ctx, P_PROPOSE_DATE, P_PROPOSE_TIME)
        note = str(ctx.data.get(P_NOTE) or "").strip()[:500] or None
        result = await svc.decide(p2p.id, decision, actor_of(ctx), when=when, note=note)
    except P2PError as exc:
        return ActionResult(card=p2p_request_card(p2p, case, utcnow(), tz, error=str(exc)))
    if result.changed and result.p2p.requester_conversation_key:
        try:
            await services.sender().send_card(
                result.p2p.requester_conversation_key,
                p2p_outcome_card(result.p2p, utcnow(), tz),
                summary="P2P update",
            )
        except Exception:  # noqa: BLE001 - the decision is saved and visible on the case
            log.warning("could not notify the coordinator about P2P %s", p2p.id)
    case = await services.cases.get(p2p.case_id)
    return ActionResult(card=p2p_request_card(result.p2p, case, utcnow(), tz, error=result.notice))


# ---- handlers -----------------------------------------------------------------------------------------


async def log_call(ctx: CommandContext) -> None:
    case_id, rest = split_case_ref(ctx.args, utcnow().astimezone(ctx.services.settings.tz).year)
    if case_id is None:
        await ctx.reply_card(
            error_card(
                "Usage: /log <case id>, e.g. /log 2026004512 (add denial, p2p, "
                "clinicals, status or extension to open that form directly).",
                title="Log call",
            )
        )
        return
    call_type = TYPE_WORDS.get(rest.strip().lower()) if rest.strip() else None
    await ctx.reply_card(await _open_form(ctx, case_id, call_type), summary="Log call")


async def md_here(ctx: CommandContext) -> None:
    if await place_here(
        ctx,
        MD_CONVERSATION,
        "Medical Director channel",
        "P2P requests and P2P reminders will be posted here.",
    ):
        await _post_unrouted_p2p(ctx.services, ctx.where.key)


async def teamlead_here(ctx: CommandContext) -> None:
    await place_here(
        ctx,
        TEAM_LEAD_CONVERSATION,
        "team lead channel",
        "Escalations (for example a facility that cannot be reached) will be posted here.",
    )


async def open_form(ctx: ActionContext) -> ActionResult:
    case_id = require_str(ctx.data, "case_id", label="case", max_len=20)
    if await ctx.services.cases.get(case_id) is None:
        raise PayloadError(f"No case {case_id} on record.")
    await ctx.reply_card(await _open_form(ctx, case_id), summary="Log call")
    return ActionResult(message=f"Log call form opened for case {case_id}.")


async def pick_type(ctx: ActionContext) -> ActionResult:
    case_id, card_id = await _checked_form(ctx)
    case = await ctx.services.cases.get(case_id)
    if case is None:
        raise PayloadError(f"No case {case_id} on record.")
    done = await ctx.services.calls.get_by_card(card_id)
    if done is not None:
        return ActionResult(card=call_confirmation_card(done, utcnow(), ctx.services.settings.tz))
    call_type = str(ctx.data.get(call_records.F_TYPE) or "")
    if call_type not in call_records.CALL_TYPES:
        return ActionResult(card=call_picker_card(case, card_id))
    return ActionResult(card=call_form_card(case, call_type, card_id, utcnow(), ctx.services.settings.tz))


async def submit(ctx: ActionContext) -> ActionResult:
    case_id, card_id = await _checked_form(ctx)
    svc, tz, now = ctx.services.calls, ctx.services.settings.tz, utcnow()
    case = await ctx.services.cases.get(case_id)
    if case is None:
        raise PayloadError(f"No case {case_id} on record.")
    call_type = str(ctx.data.get(call_records.F_TYPE) or "")
    if call_type not in call_records.CALL_TYPES:
        raise PayloadError("This form has no valid call type; open a new one from the case card.")
    try:
        inp = call_records.parse_call(ctx.data, now=now, tz=tz)
        result = await svc.record(inp, actor_of(ctx), now=now)
    except CallValidationError as exc:
        log.info("call form for case %s returned with %d error(s)", case_id, len(exc.errors))
        return ActionResult(card=call_form_card(case, call_type, card_id, now, tz, values=ctx.data, errors=exc.errors))
    except CardMismatch as exc:
        raise PayloadError(str(exc)) from None
    except CaseNotFound:
        raise PayloadError(f"No case {case_id} on record.") from None
    notices = [result.status_notice] if result.status_notice else []
    if result.created and result.p2p is not None:
        notice = await _post_p2p(ctx, result)
        if notice:
            notices.append(notice)
    return ActionResult(card=await _confirmation(ctx, result, notices))


async def p2p_accept(ctx: ActionContext) -> ActionResult:
    return await _decide(ctx, "accept")


async def p2p_propose(ctx: ActionContext) -> ActionResult:
    return await _decide(ctx, "propose")


async def p2p_decline(ctx: ActionContext) -> ActionResult:
    return await _decide(ctx, "decline")


async def p2p_complete(ctx: ActionContext) -> ActionResult:
    return await _decide(ctx, "complete")


async def p2p_ack(ctx: ActionContext) -> ActionResult:
    p2p = await _checked_p2p(ctx, md_only=False)
    try:
        result = await ctx.services.p2p.acknowledge(p2p.id, actor_of(ctx))
    except P2PError as exc:
        raise PayloadError(str(exc)) from None
    return ActionResult(
        card=p2p_outcome_card(result.p2p, utcnow(), ctx.services.settings.tz, acknowledged_by=ctx.caller.name)
    )


# ---- registration -------------------------------------------------------------------------------------


def register(commands: CommandRegistry, verbs: VerbRouter) -> None:
    commands.command(
        "log",
        usage="/log <case id> [denial|p2p|clinicals|status|extension]",
        help="Log a call with a liaison: outcome, deadlines, P2P",
        order=24,
    )(log_call)
    commands.command(
        "md",
        usage="/md here",
        help="Send P2P requests to this conversation (Medical Directors)",
        scopes=("team", "groupChat"),
        order=81,
    )(md_here)
    commands.command(
        "teamlead",
        usage="/teamlead here",
        help="Send call escalations to this conversation",
        scopes=("team", "groupChat"),
        order=82,
    )(teamlead_here)
    verbs.verb(VERB_CALL_OPEN, help="Open the Log call form for the case on this card")(open_form)
    verbs.verb(VERB_CALL_FORM, help="Pick the call type (or change it) on a Log call form")(pick_type)
    verbs.verb(VERB_CALL_SUBMIT, help="Save a Log call form")(submit)
    verbs.verb(VERB_P2P_ACCEPT, help="MD: accept a P2P request at a time")(p2p_accept)
    verbs.verb(VERB_P2P_PROPOSE, help="MD: propose another P2P time")(p2p_propose)
    verbs.verb(VERB_P2P_DECLINE, help="MD: decline a P2P request")(p2p_decline)
    verbs.verb(VERB_P2P_COMPLETE, help="MD: mark a scheduled P2P completed")(p2p_complete)
    verbs.verb(VERB_P2P_ACK, help="Coordinator: acknowledge the MD's P2P decision")(p2p_ack)
