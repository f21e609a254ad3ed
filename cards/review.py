"""Review cards: the PSC's criteria review form and the Medical Director's card (pure functions).

Verbs (every action's data carries `review_id` and `case_id`):
* `review.save` / `review.need_info` / `review.send` – PSC: save the draft, ask for more records, send to MD;
* `review.approve` / `review.partial` / `review.deny` / `review.p2p` / `review.return` – MD only (checked on
  the server, in bot.review.decide).
Inputs per criterion: `f_<key>` (finding), `n_<key>` (evidence note), `p_<key>` (record page), where the key is
the item id with "." written "__" (renderers link labels to inputs by id, and a dot breaks that).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases import timefmt, workflow
from bot.review.draft import FINDINGS, NOT_MET, RECOMMENDATIONS
from cards.base import card, container, execute, facts, heading, show_card, text

VERB_SAVE, VERB_NEED_INFO, VERB_SEND = "review.save", "review.need_info", "review.send"
VERB_APPROVE, VERB_PARTIAL, VERB_DENY = "review.approve", "review.partial", "review.deny"
VERB_P2P, VERB_RETURN = "review.p2p", "review.return"
F_DOCS_IN, F_DOCS_MISSING, F_SUMMARY = "documents_received", "documents_missing", "summary"
F_RECOMMENDATION, F_RECOMMENDATION_TEXT, F_REQUESTED = "recommendation", "recommendation_text", "requested_days"
F_SEND_TO, F_DAYS, F_REASONS, F_CRITERIA, F_NOTE = "send_to", "days", "reasons", "criteria", "md_note"
F_PARTIAL_REASONS = "partial_reasons"  # input ids must be unique across the card's ShowCards
KIND_LABELS = {"initial": "Criteria review", "continued_stay": "Continued-stay review (more days)"}
FINDING_COLORS = {"met": "Good", "not_met": "Attention", "not_documented": "Warning"}


def input_key(item_id: str) -> str:
    return item_id.replace(".", "__")


def item_id_of(key: str) -> str:
    return key.replace("__", ".")


def _ids(review: Any) -> dict:
    return {"review_id": review.id, "case_id": review.case_id}


def _choices(options: Mapping[str, str]) -> list[dict]:
    return [{"title": title, "value": value} for value, title in options.items()]


def _input(kind: str, key: str, label: str, value: Any = None, **extra: Any) -> dict:
    block: dict[str, Any] = {"type": kind, "id": key, "label": label, **extra}
    if value not in (None, ""):
        block["value"] = str(value)[:4000]
    return block


def _header(case: Any, review: Any, now: datetime, tz: ZoneInfo) -> list[dict]:
    title = f"{KIND_LABELS.get(review.kind, 'Review')} · case {case.case_id} · {case.level_of_care}"
    rows = [
        ("Status", workflow.label(case.status)),
        ("Facility", case.facility),
        ("Due", timefmt.due_text(case.due_at, now, tz)),
        ("Criteria", review.criteria_version),
        ("Version", review.version),
    ]
    if review.kind == "continued_stay":
        rows += [
            ("Days authorized so far", review.current_days if review.current_days is not None else "—"),
            ("Last covered day", getattr(case, "last_covered_day", None)),
            ("Days requested", review.requested_days),
        ]
    return [heading(title), facts(rows)]


def _item_block(item: Any, entry: Mapping[str, str] | None, editable: bool) -> dict:
    entry = entry or {}
    finding = entry.get("finding") or ""
    head = text(f"{item.label} ({item.fact or 'plan'}, {item.citation})", weight="Bolder", size="Small")
    items = [
        head,
        text(item.question, size="Small", spacing="None"),
        text(f"Evidence: {item.evidence}", size="Small", subtle=True, spacing="None"),
    ]
    if item.affects != "coverage":
        items.append(
            text("Payment / reminder only: does not decide coverage.", size="Small", subtle=True, spacing="None")
        )
    if editable:
        key = input_key(item.id)
        items += [
            # Labels name the criterion: one card holds a dozen of these and each must be findable by name.
            _input(
                "Input.ChoiceSet",
                f"f_{key}",
                f"Finding: {item.label}",
                finding,
                choices=_choices(FINDINGS),
                style="compact",
                placeholder="Choose…",
            ),
            {
                "type": "ColumnSet",
                "spacing": "Small",
                "columns": [
                    {
                        "type": "Column",
                        "width": "stretch",
                        "items": [_input("Input.Text", f"n_{key}", "Evidence note", entry.get("note"), maxLength=500)],
                    },
                    {
                        "type": "Column",
                        "width": "100px",
                        "items": [_input("Input.Text", f"p_{key}", "Record page", entry.get("page"), maxLength=40)],
                    },
                ],
            },
        ]
    else:
        shown = FINDINGS.get(finding, "Not reviewed")
        line = (
            shown
            + (f" · {entry['note']}" if entry.get("note") else "")
            + (f" · p. {entry['page']}" if entry.get("page") else "")
        )
        items.append(text(line, size="Small", color=FINDING_COLORS.get(finding), spacing="None"))
    return container(items, separator=True, spacing="Small")


def review_card(
    case: Any,
    review: Any,
    items: Sequence[Any],
    now: datetime,
    tz: ZoneInfo,
    *,
    md_targets: Sequence[tuple[str, str]] = (),
    notice: str | None = None,
    errors: Mapping[str, str] | None = None,
    drafted: Any = None,
) -> dict:
    """The PSC's review form (editable while a draft), or its read-only view once sent or decided."""
    editable = review.status == "draft"
    body: list[dict] = []
    if notice:
        body.append(text(notice, color="Attention", weight="Bolder"))
    body += _header(case, review, now, tz)
    for key, message in (errors or {}).items():
        body.append(text(f"{key}: {message}", color="Attention", size="Small"))
    body.append(text("Criteria", weight="Bolder", spacing="Medium"))
    findings = review.findings or {}
    body += [_item_block(item, findings.get(item.id), editable) for item in items]
    if drafted is not None and drafted.text:
        body.append(
            text(
                f"Drafted from the findings: {RECOMMENDATIONS[drafted.recommendation]}. {drafted.text}",
                size="Small",
                subtle=True,
                spacing="Medium",
            )
        )
    if not editable:
        body.append(
            facts(
                [
                    ("Documents received", review.documents_received),
                    ("Documents missing", review.documents_missing),
                    ("Summary", review.summary),
                    ("Recommendation", RECOMMENDATIONS.get(review.recommendation or "", "—")),
                    ("Why", review.recommendation_text),
                ]
            )
        )
        body.append(
            text(
                f"Sent to the Medical Director by {review.sent_by_name or review.sent_by_id}"
                if review.status == "with_md"
                else "Decided: see the decision card.",
                size="Small",
                subtle=True,
            )
        )
        return card(body)
    body += [
        text("Documents and summary", weight="Bolder", spacing="Medium"),
        _input(
            "Input.Text", F_DOCS_IN, "Documents received", review.documents_received, isMultiline=True, maxLength=4000
        ),
        _input(
            "Input.Text",
            F_DOCS_MISSING,
            "Documents missing",
            review.documents_missing,
            isMultiline=True,
            maxLength=4000,
        ),
        _input("Input.Text", F_SUMMARY, "Clinical summary", review.summary, isMultiline=True, maxLength=4000),
    ]
    if review.kind == "continued_stay":
        body.append(_input("Input.Number", F_REQUESTED, "Days requested", review.requested_days, min=1, max=365))
    body += [
        _input(
            "Input.ChoiceSet",
            F_RECOMMENDATION,
            "Recommendation",
            review.recommendation,
            choices=_choices(RECOMMENDATIONS),
            style="compact",
            placeholder="Choose…",
        ),
        _input(
            "Input.Text",
            F_RECOMMENDATION_TEXT,
            "Recommendation (edit the draft)",
            review.recommendation_text,
            isMultiline=True,
            maxLength=4000,
        ),
    ]
    send_inputs = []
    if md_targets:
        send_inputs.append(
            _input(
                "Input.ChoiceSet",
                F_SEND_TO,
                "Send to",
                md_targets[0][0],
                choices=[{"title": t, "value": v} for v, t in md_targets],
                style="compact",
            )
        )
    send_form = card(
        [
            *send_inputs,
            text("The MD card shows the summary, findings, recommendation and due time.", size="Small", subtle=True),
        ],
        [execute("Send to the MD now", VERB_SEND, _ids(review), style="positive")],
        full_width=False,
    )
    actions = [
        execute("Save draft", VERB_SAVE, _ids(review)),
        execute("Need more information", VERB_NEED_INFO, _ids(review)),
        show_card("Send to MD", send_form),
    ]
    return card(body, actions)


def _findings_summary(items: Sequence[Any], findings: Mapping[str, Mapping[str, str]]) -> list[dict]:
    rows = []
    for item in items:
        entry = findings.get(item.id) or {}
        value = FINDINGS.get(entry.get("finding") or "", "Not reviewed")
        if entry.get("note"):
            value += f" · {entry['note']}"
        if entry.get("page"):
            value += f" · p. {entry['page']}"
        rows.append((item.label, value))
    return [facts(rows)]


def md_card(
    case: Any, review: Any, items: Sequence[Any], now: datetime, tz: ZoneInfo, *, error: str | None = None
) -> dict:
    """What the Medical Director decides on: summary, findings, recommendation, clock and the decisions."""
    body: list[dict] = []
    if error:
        body.append(text(error, color="Attention", weight="Bolder"))
    body += _header(case, review, now, tz)
    body += [
        text(f"Sent by {review.sent_by_name or review.sent_by_id or '—'}", size="Small", subtle=True, spacing="None"),
        text("Clinical summary", weight="Bolder", spacing="Medium"),
        text(review.summary or "—"),
        facts([("Documents received", review.documents_received), ("Documents missing", review.documents_missing)]),
        text(
            f"Recommendation: {RECOMMENDATIONS.get(review.recommendation or '', '—')}",
            weight="Bolder",
            spacing="Medium",
        ),
        text(review.recommendation_text or "—", size="Small"),
        text("Findings", weight="Bolder", spacing="Medium"),
    ]
    findings = review.findings or {}
    body += _findings_summary(items, findings)
    if review.status != "with_md":
        decided = (
            f"{review.decision.replace('_', ' ').capitalize()} by {review.decided_by_name}"
            if review.decision
            else "Returned to the PSC"
        )
        body.append(text(decided, weight="Bolder", color="Good" if review.decision == "approved" else None))
        return card(body)
    ids = _ids(review)
    unmet = [i for i in items if (findings.get(i.id) or {}).get("finding") == NOT_MET]
    coverage = [i for i in items if i.affects == "coverage"]
    deny = card(
        [
            _input(
                "Input.ChoiceSet",
                F_CRITERIA,
                "Criteria not met (the specific reasons, OD-15)",
                ",".join(i.id for i in unmet),
                choices=[{"title": i.label, "value": i.id} for i in coverage],
                isMultiSelect=True,
                style="expanded",
            ),
            _input("Input.Text", F_REASONS, "Reasons in plain words", None, isMultiline=True, maxLength=2000),
        ],
        [execute("Confirm denial", VERB_DENY, ids, style="destructive")],
        full_width=False,
    )
    partial = card(
        [
            _input("Input.Number", F_DAYS, "Days approved", None, min=1, max=365),
            _input(
                "Input.Text",
                F_PARTIAL_REASONS,
                "Reasons for the days not approved",
                None,
                isMultiline=True,
                maxLength=2000,
            ),
        ],
        [execute("Confirm partial approval", VERB_PARTIAL, ids)],
        full_width=False,
    )
    back = card(
        [_input("Input.Text", F_NOTE, "What is needed", None, isMultiline=True, maxLength=500)],
        [execute("Return to the PSC", VERB_RETURN, ids)],
        full_width=False,
    )
    actions = [
        execute("Approve", VERB_APPROVE, ids, style="positive"),
        show_card("Partially approve", partial),
        show_card("Deny", deny),
        execute("Request P2P", VERB_P2P, ids),
        show_card("Return for information", back),
    ]
    return card(body, actions)
