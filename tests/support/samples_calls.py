"""Card samples of cards.calls, cards.p2p and cards.call_log (one set of call inputs)."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

from tests.support.sample_inputs import (
    HOSTILE,
    HOSTILE_SHORT,
    LONG,
    NOW,
    TZ,
    Sample,
    _fake_case,
)


def _call_samples() -> list[Sample]:
    """The call form, the P2P cards and the logged-call cards share their synthetic call and P2P."""
    from bot.cases.calls import Reminder
    from cards import call_log, calls
    from cards import p2p as p2p_cards

    denied = _fake_case(status="denied", denial_notice_date=date(2026, 11, 27), liaison_name=HOSTILE_SHORT)
    values = {
        "contact_name": HOSTILE_SHORT,
        "contact_phone": "12",
        "outcome": "reached",
        "notes": LONG,
        "notice_date": "2026-11-27",
        "rights_explained": "yes",
        "wants_appeal": "expedited",
        "window1_date": "2026-12-01",
        "window1_start": "14:00",
        "window1_end": "16:00",
    }
    errors = {"contact_phone": "Phone: enter a 10-digit phone number", "notice_date": HOSTILE_SHORT}
    deadlines = {
        "reconsideration_filing": {
            "due_at": "2027-02-01T05:59:59+00:00",
            "rule": "recon_filing_65d",
            "fact": "AP-02",
            "description": "x",
        },
        "expedited_reconsideration_decision": {
            "due_at": "2026-12-03T18:00:00+00:00",
            "rule": "recon_expedited",
            "fact": "AP-04",
            "description": "x",
        },
    }
    call = SimpleNamespace(
        case_id="2026004512",
        call_type="denial_notification",
        outcome="reached",
        contact_name="Synthetic Liaison",
        contact_role="liaison",
        contact_facility=HOSTILE_SHORT,
        contact_phone="555-555-0100",
        logged_by_name="Nurse One",
        logged_by_id="u1",
        logged_at=NOW,
        notes=HOSTILE,
        details={"notice_date": "2026-11-27", "rights_explained": True, "wants_appeal": "standard"},
        deadlines=deadlines,
    )
    clin = SimpleNamespace(
        **{
            **vars(call),
            "call_type": "clinicals_request",
            "outcome": "no_answer",
            "notes": None,
            "details": {"requested_items": HOSTILE},
            "deadlines": {},
        }
    )
    windows = [{"start": (NOW + timedelta(hours=20)).isoformat(), "end": (NOW + timedelta(hours=22)).isoformat()}]
    p2p = SimpleNamespace(
        id=7,
        case_id="2026004512",
        card_id="c" * 32,
        physician_name=HOSTILE_SHORT,
        callback_phone="555-555-0199",
        windows=windows,
        status="requested",
        proposed_at=None,
        scheduled_at=None,
        window_closes_at=NOW + timedelta(hours=30),
        decided_at=None,
        decided_by_name=None,
        decided_by_id=None,
        decision_note=None,
        requested_by_name="Nurse One",
        requested_by_id="u1",
    )
    scheduled = SimpleNamespace(
        **{
            **vars(p2p),
            "status": "scheduled",
            "scheduled_at": NOW + timedelta(hours=21),
            "decided_at": NOW,
            "decided_by_name": "Dr. Synthetic",
            "decision_note": HOSTILE,
        }
    )
    proposed = SimpleNamespace(
        **{
            **vars(p2p),
            "status": "proposed",
            "proposed_at": NOW + timedelta(hours=40),
            "decided_at": NOW,
            "decided_by_name": "Dr. Synthetic",
        }
    )
    declined = SimpleNamespace(**{**vars(p2p), "status": "declined", "decided_at": NOW, "decided_by_name": "Dr. X"})
    out: list[Sample] = [
        ("calls.call_picker", calls.call_picker_card(denied, "f" * 32)),
        ("call_log.call_confirmation", call_log.call_confirmation_card(call, NOW, TZ)),
        (
            "call_log.call_confirmation_p2p_escalated",
            call_log.call_confirmation_card(
                clin, NOW, TZ, p2p=p2p, notices=[HOSTILE_SHORT], attempts=3, threshold=3, escalated=True
            ),
        ),
        ("p2p.p2p_request", p2p_cards.p2p_request_card(p2p, denied, NOW, TZ)),
        (
            "p2p.p2p_request_proposed_error",
            p2p_cards.p2p_request_card(proposed, denied, NOW, TZ, error=HOSTILE_SHORT),
        ),
        ("p2p.p2p_request_scheduled", p2p_cards.p2p_request_card(scheduled, None, NOW, TZ)),
        ("p2p.p2p_request_declined", p2p_cards.p2p_request_card(declined, denied, NOW, TZ)),
        ("p2p.p2p_outcome", p2p_cards.p2p_outcome_card(scheduled, NOW, TZ)),
        ("p2p.p2p_outcome_ack", p2p_cards.p2p_outcome_card(declined, NOW, TZ, acknowledged_by=HOSTILE_SHORT)),
    ]
    for call_type in (
        "denial_notification",
        "p2p_offer",
        "clinicals_request",
        "status_call",
        "extension_discussion",
    ):
        out.append((f"calls.call_form_{call_type}", calls.call_form_card(denied, call_type, "f" * 32, NOW, TZ)))
    out.append(
        (
            "calls.call_form_errors",
            calls.call_form_card(denied, "p2p_offer", "f" * 32, NOW, TZ, values=values, errors=errors),
        )
    )
    for kind in ("clinicals_overdue", "attempts_escalation", "p2p_scheduled_soon", "p2p_window_closing"):
        reminder = Reminder(
            kind,
            1,
            "2026004512",
            ("conversation", "k"),
            NOW + timedelta(hours=1),
            {
                "contact": HOSTILE_SHORT,
                "requested": HOSTILE,
                "attempts": 3,
                "threshold": 3,
                "call_type": "clinicals_request",
                "physician": "Dr. Synthetic",
                "callback": "555-555-0199",
                "status": "requested",
            },
        )
        out.append((f"call_log.reminder_{kind}", call_log.reminder_card(reminder, NOW, TZ)))
    return out


def calls_samples() -> list[Sample]:
    return [sample for sample in _call_samples() if sample[0].startswith("calls.")]


def p2p_samples() -> list[Sample]:
    return [sample for sample in _call_samples() if sample[0].startswith("p2p.")]


def call_log_samples() -> list[Sample]:
    return [sample for sample in _call_samples() if sample[0].startswith("call_log.")]
