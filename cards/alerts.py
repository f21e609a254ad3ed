"""Alert cards: the alert card, the escalation card (with a Teams @mention) and the digest (pure builders).

Everything that came from an e-mail (reasons, case references) or a person (names) is escaped
(cards.base.escape_text); e-mail text is hostile. Cards show ids, level of care, request type, due time and
the triage reasons (short, PHI-free phrases), the facility and who is asking (sender name, role, phone) – the
patient only as initials (alerts are posted in channels), never member ids. The internal alert number is not
shown. Claim is offered only while the case is unclaimed.

Verbs (data carries `alert_id` and `case_id`):
* `alert.ack`   – acknowledge the alert (the card then shows "Acknowledged by … at …", no Acknowledge button);
* `alert.claim` – claim the case (CaseService.claim) – also acknowledges;
* `case.open`   – open the case card (cards.cases).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases import timefmt, workflow
from cards.base import PRIORITY_COLORS, card, escape_text, execute, facts, heading, priority_label, text, type_label
from cards.cases import VERB_OPEN as VERB_OPEN_CASE

VERB_ACK = "alert.ack"
VERB_CLAIM = "alert.claim"
DIGEST_ROWS = 25
MAX_REASONS = 6


def _case_label(alert: Any, case: Any | None) -> str:
    if case is not None:
        return case.case_id
    if alert.case_ref:
        return f"{alert.case_ref} (not on file)"
    return "No case id in the e-mail"


def _loc(alert: Any, case: Any | None) -> str:
    return alert.level_of_care or (case.level_of_care if case is not None else None) or "Not stated"


def _due(alert: Any, case: Any | None, now: datetime, tz: ZoneInfo) -> str:
    due = case.due_at if case is not None else alert.due_at
    return timefmt.due_text(due, now, tz) if due is not None else "—"


def _reasons(alert: Any) -> str:
    items = [escape_text(r, limit=160) for r in list(alert.reasons or [])[:MAX_REASONS]]
    return "; ".join(i for i in items if i) or "—"


def _review_line(alert: Any) -> list[dict]:
    """The triage rounded priority up because it was unsure: say so above the facts, where it is seen."""
    if any("needs a human look" in str(r) for r in alert.reasons or []):
        return [
            text(
                "Needs a human look: the triage was not sure, so it rounded the priority up.",
                color="Warning",
                weight="Bolder",
                size="Small",
                spacing="Small",
            )
        ]
    return []


def _who(name: str | None, user_id: str | None) -> str:
    return name or user_id or "someone"


def _status_lines(alert: Any, tz: ZoneInfo) -> list[dict]:
    out = []
    if alert.acknowledged_at is not None:
        out.append(
            text(
                f"Acknowledged by {_who(alert.acknowledged_by_name, alert.acknowledged_by_id)} at "
                f"{timefmt.local_display(alert.acknowledged_at, tz)}",
                color="Good",
                weight="Bolder",
                spacing="Small",
            )
        )
    if alert.claimed_at is not None:
        out.append(
            text(
                f"Claimed by {_who(alert.claimed_by_name, alert.claimed_by_id)} at "
                f"{timefmt.local_display(alert.claimed_at, tz)}",
                color="Good",
                spacing="None",
            )
        )
    return out


def _initials(name: str | None) -> str | None:
    """Patient initials for channel cards ('Jane Doe' → 'J.D.'); honorifics keep their first letter."""
    if not name:
        return None
    parts = [p for p in name.replace(".", " ").split() if p]
    if parts and parts[0].lower() in {"mr", "mrs", "ms", "miss"} and len(parts) > 1:
        return f"{parts[0].capitalize()}. {parts[1][0].upper()}."
    return "".join(p[0].upper() + "." for p in (parts[:1] + parts[1:][-1:]))


def _sender(case: Any | None) -> str | None:
    if case is None or not getattr(case, "liaison_name", None):
        return None
    bits = [case.liaison_name]
    if getattr(case, "liaison_role", None):
        bits.append(case.liaison_role)
    if getattr(case, "liaison_phone", None):
        bits.append(case.liaison_phone)
    return " · ".join(bits)


def _fact_rows(alert: Any, case: Any | None, now: datetime, tz: ZoneInfo) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = [("Case", _case_label(alert, case))]
    if case is not None and _initials(getattr(case, "member_name", None)):
        rows.append(("Patient", _initials(case.member_name)))
    if case is not None and getattr(case, "facility", None):
        rows.append(("Facility", case.facility))
    if _sender(case):
        rows.append(("From", _sender(case)))
    rows += [
        ("Level of care", _loc(alert, case)),
        (
            "Request",
            type_label(alert.request_type) + (" (expedited)" if alert.expedited else ""),
        ),
        ("Decision due", _due(alert, case, now, tz)),
    ]
    if alert.received_at is not None:
        rows.append(("Received", timefmt.local_display(alert.received_at, tz, now=now)))
    if case is not None:
        rows.append(("Case status", workflow.label(case.status)))
        rows.append(("Assigned to", case.assigned_to_name or case.assigned_to_id or "Unassigned"))
    return rows


def _actions(alert: Any, case: Any | None) -> list[dict]:
    data = {"alert_id": alert.id, "case_id": case.case_id if case is not None else alert.case_ref}
    actions = []
    if alert.acknowledged_at is None:
        actions.append(execute("Acknowledge", VERB_ACK, data, style="positive"))
    claimed = alert.claimed_at is not None or (case is not None and case.assigned_to_id)
    if case is not None and case.status not in workflow.TERMINAL_STATUSES and not claimed:
        actions.append(execute("Claim", VERB_CLAIM, data))
    if case is not None:
        actions.append(execute("Open case", VERB_OPEN_CASE, data))
    return actions


def alert_card(alert: Any, case: Any | None, now: datetime, tz: ZoneInfo, *, resent: bool = False) -> dict:
    """One triaged e-mail: priority, case, level of care, request, due in / overdue, reasons, buttons."""
    label = priority_label(alert.priority)
    color = PRIORITY_COLORS.get(alert.priority)
    body = [
        heading(f"{label.upper()} · {type_label(alert.request_type)}", color=color),
        text("E-mail triage", size="Small", subtle=True, spacing="None"),
        *_review_line(alert),
        facts(_fact_rows(alert, case, now, tz)),
        text("Why: " + _reasons(alert), size="Small", spacing="Small"),
        *_status_lines(alert, tz),
    ]
    if resent:
        body.append(
            text(
                "Re-sent after a delivery interruption; if you already have this alert, ignore this copy.",
                size="Small",
                subtle=True,
            )
        )
    return card(body, _actions(alert, case))


def mention_entity(user_id: str, name: str | None) -> tuple[str, dict]:
    """(`<at>Name</at>` text, the msteams mention entity); the name is escaped so it cannot inject markup."""
    shown = escape_text(name or "on-call coordinator", limit=100)
    at = f"<at>{shown}</at>"
    return at, {"type": "mention", "text": at, "mentioned": {"id": user_id, "name": shown}}


def escalation_card(
    alert: Any,
    case: Any | None,
    now: datetime,
    tz: ZoneInfo,
    *,
    mention: tuple[str, str | None] | None = None,
    after_min: int | None = None,
) -> dict:
    """An urgent alert nobody acknowledged in time, @mentioning the assignee or the on-call person."""
    waited = f" for {after_min} min" if after_min else ""
    body = [
        heading(f"ESCALATION · urgent alert not acknowledged{waited}", color="Attention"),
        text(
            type_label(alert.request_type),
            size="Small",
            subtle=True,
            spacing="None",
        ),
    ]
    entities = []
    if mention is not None and mention[0]:
        at, entity = mention_entity(mention[0], mention[1])
        entities.append(entity)
        body.append(text(f"{at} please look at this now.", escape=False, weight="Bolder"))
    else:
        body.append(
            text(
                "No one is assigned and no on-call person is set: anyone, please look at this now.",
                weight="Bolder",
            )
        )
    body += [
        facts(_fact_rows(alert, case, now, tz)),
        text("Why: " + _reasons(alert), size="Small", spacing="Small"),
        *_status_lines(alert, tz),
    ]
    doc = card(body, _actions(alert, case))
    if entities:
        doc["msteams"]["entities"] = entities
    return doc


def _digest_row(alert: Any, case: Any | None, now: datetime, tz: ZoneInfo) -> dict:
    label = priority_label(alert.priority)
    title = f"{_case_label(alert, case)} · {_loc(alert, case)} · {type_label(alert.request_type)}"
    sub = "Why: " + _reasons(alert)
    due = case.due_at if case is not None else alert.due_at
    if due is not None and case is not None and workflow.is_open(case.status):
        sub += " · due " + escape_text(timefmt.relative(due, now))
    columns = [
        {
            "type": "Column",
            "width": "auto",
            "verticalContentAlignment": "Center",
            "items": [text(label, weight="Bolder", size="Small", color=PRIORITY_COLORS.get(alert.priority))],
        },
        {
            "type": "Column",
            "width": "stretch",
            "items": [
                text(title, weight="Bolder", size="Small"),
                text(sub, size="Small", subtle=True, spacing="None"),
            ],
        },
    ]
    if case is not None:
        columns.append(
            {
                "type": "Column",
                "width": "auto",
                "verticalContentAlignment": "Center",
                "items": [
                    {
                        "type": "ActionSet",
                        "actions": [execute("Open", VERB_OPEN_CASE, {"alert_id": alert.id, "case_id": case.case_id})],
                    }
                ],
            }
        )
    return {"type": "ColumnSet", "separator": True, "spacing": "Small", "columns": columns}


def digest_card(
    items: Sequence[tuple[Any, Any | None]], now: datetime, tz: ZoneInfo, *, since: datetime | None = None
) -> dict:
    """Lower-priority e-mails since the last digest: up to 25 rows, then "and N more"."""
    shown = list(items)[:DIGEST_ROWS]
    n = len(items)
    sub = f"{n} e-mail{'s' if n != 1 else ''} not alerted individually"
    if since is not None:
        sub += f" · since {timefmt.local_display(since, tz, now=now)}"
    body = [heading("Triage digest"), text(sub, size="Small", subtle=True, spacing="None")]
    body += [_digest_row(a, c, now, tz) for a, c in shown]
    if n > len(shown):
        body.append(text(f"and {n - len(shown)} more (see the team queue)", subtle=True, spacing="Small"))
    if not shown:
        body.append(text("Nothing new since the last digest."))
    return card(body)


__all__ = [
    "alert_card",
    "escalation_card",
    "digest_card",
    "mention_entity",
    "VERB_ACK",
    "VERB_CLAIM",
    "VERB_OPEN_CASE",
]
