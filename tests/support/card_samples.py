"""Every card the bot can send, built with representative synthetic inputs (including hostile text).

One function per cards module (most in tests/support/samples_*.py, the inputs in sample_inputs.py), listed in
SAMPLE_SOURCES. To cover a new module, add a function `<module>_samples() -> list[tuple[str, dict]]` (names
prefixed with the module, e.g. "alerts.alert_urgent") and append it to SAMPLE_SOURCES. Every cards module must
have one (tests/unit/test_cards_render.py checks).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tests.support.sample_inputs import (
    HOSTILE,
    HOSTILE_SHORT,
    LONG,
    NOW,
    TZ,
    Sample,
    _fake_alert,
    _fake_case,
)
from tests.support.samples_calls import call_log_samples, calls_samples, p2p_samples
from tests.support.samples_cases import cases_samples
from tests.support.samples_knowledge import experts_samples, knowledge_samples
from tests.support.samples_review import review_outcome_samples, review_samples

# Names the card tests import from here.
__all__ = ["HOSTILE", "NOW", "SAMPLE_SOURCES", "TZ", "Sample", "_fake_alert", "_fake_case", "all_card_samples"]


def core_samples() -> list[Sample]:
    from bot.features import build_registries
    from bot.features.core import help_rows
    from cards import core

    commands, _ = build_registries()
    rows = help_rows(commands, "personal")
    hostile_rows = rows + [("/" + HOSTILE_SHORT, HOSTILE)]
    return [
        ("core.welcome", core.welcome_card("pscbot", rows)),
        ("core.welcome_hostile", core.welcome_card(HOSTILE_SHORT, hostile_rows)),
        ("core.welcome_no_commands", core.welcome_card("pscbot", [])),
        ("core.help", core.help_card(rows)),
        ("core.help_channel", core.help_card(help_rows(commands, "channel"))),
        ("core.help_hint", core.help_card(hostile_rows, hint=HOSTILE)),
        (
            "core.whoami",
            core.whoami_card(
                "Synthetic Coordinator",
                "29:synthetic-user",
                "00000000-0000-4000-8000-000000000001",
                ["coordinator"],
                "00000000-0000-4000-8000-0000000000aa",
                "personal",
                "a:synthetic",
            ),
        ),
        ("core.whoami_hostile", core.whoami_card(HOSTILE, HOSTILE_SHORT, None, [], None, "team", HOSTILE_SHORT)),
        ("core.fallback", core.fallback_card(rows)),
        ("core.error", core.error_card("The case service did not answer in time.", reference="ref-7f3a")),
        ("core.error_hostile", core.error_card(HOSTILE + LONG, reference=HOSTILE_SHORT, title=HOSTILE_SHORT)),
        ("core.notice", core.notice_card("Subscribed", "This channel now gets urgent alerts.", color="Good")),
        ("core.notice_hostile", core.notice_card(HOSTILE_SHORT, HOSTILE, color="Warning")),
    ]


def alerts_samples() -> list[Sample]:
    from cards import alerts

    case = _fake_case(status="new", assigned_to_id=None, assigned_to_name=None)
    acked = _fake_alert(
        acknowledged_at=NOW,
        acknowledged_by_id="u1",
        acknowledged_by_name="Nurse One",
        claimed_at=NOW,
        claimed_by_id="u1",
        claimed_by_name="Nurse One",
    )
    hostile = _fake_alert(
        reasons=[HOSTILE, HOSTILE_SHORT, LONG],
        case_ref="2026009999",
        case_id=None,
        level_of_care=None,
        request_type="p2p_request",
        priority="high",
        acknowledged_at=NOW,
        acknowledged_by_name=HOSTILE_SHORT,
        acknowledged_by_id="u9",
    )
    items = [
        (
            _fake_alert(
                id=100 + i,
                priority="low" if i % 2 else "normal",
                request_type="discharge_notice" if i % 2 else "status_inquiry",
                reasons=[HOSTILE_SHORT if i == 3 else "planned discharge (12/02)"],
                case_id=None if i % 3 == 0 else "2026004512",
            ),
            None if i % 3 == 0 else case,
        )
        for i in range(30)
    ]
    return [
        ("alerts.alert_urgent", alerts.alert_card(_fake_alert(), case, NOW, TZ)),
        ("alerts.alert_acknowledged_claimed", alerts.alert_card(acked, _fake_case(), NOW, TZ)),
        ("alerts.alert_unlinked_hostile", alerts.alert_card(hostile, None, NOW, TZ, resent=True)),
        (
            "alerts.alert_closed_case",
            alerts.alert_card(_fake_alert(priority="normal"), _fake_case(status="closed"), NOW, TZ),
        ),
        ("alerts.escalation_no_mention", alerts.escalation_card(_fake_alert(), case, NOW, TZ, after_min=30)),
        ("alerts.escalation_hostile", alerts.escalation_card(hostile, None, NOW, TZ)),
        ("alerts.digest", alerts.digest_card(items[:4], NOW, TZ, since=NOW - timedelta(hours=5))),
        ("alerts.digest_many", alerts.digest_card(items, NOW, TZ)),
        ("alerts.digest_empty", alerts.digest_card([], NOW, TZ)),
    ]


SAMPLE_SOURCES: list[Callable[[], list[Sample]]] = [
    core_samples,
    cases_samples,
    alerts_samples,
    calls_samples,
    p2p_samples,
    call_log_samples,
    knowledge_samples,
    experts_samples,
    review_samples,
    review_outcome_samples,
]


def all_card_samples() -> list[Sample]:
    samples: list[Sample] = []
    for source in SAMPLE_SOURCES:
        samples.extend(source())  # a missing cards module is a failure, never a silent skip
    names = [name for name, _ in samples]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate card sample names: {sorted(duplicates)}")
    return samples
