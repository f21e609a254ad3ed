"""Alert cards: content, escaping of e-mail-derived text, acknowledged state, the Teams mention, size."""

from __future__ import annotations

import json
from datetime import timedelta

from cards.alerts import alert_card, digest_card, escalation_card, mention_entity
from cards.base import VERB_KEY
from tests.support.card_samples import HOSTILE, NOW, TZ, _fake_alert, _fake_case
from tests.support.cardcheck import check_cards


def actions(card):
    return {a["title"]: a for a in card.get("actions", [])}


def shown(card) -> str:
    return json.dumps(card["body"], ensure_ascii=False)


def test_alert_card_content_and_buttons():
    card = alert_card(_fake_alert(), _fake_case(status="new", assigned_to_id=None, assigned_to_name=None), NOW, TZ)
    body = shown(card)
    assert "URGENT" in body and "2026004512" in body and "IRF" in body and "New request" in body
    assert "(in 5 h)" in body and "discharge today (11/30)" in body and "Unassigned" in body
    acts = actions(card)
    assert set(acts) == {"Acknowledge", "Claim", "Open case"}
    assert acts["Acknowledge"]["verb"] == "alert.ack" and acts["Claim"]["verb"] == "alert.claim"
    assert acts["Open case"]["verb"] == "case.open"
    for a in acts.values():
        assert a["data"]["alert_id"] == 41 and a["data"]["case_id"] == "2026004512"
        assert a["data"][VERB_KEY] == a["verb"]
    assert card["body"][0]["color"] == "Attention"
    assert "M123456789" not in json.dumps(card) and "Synthetic Person" not in json.dumps(card)


def test_overdue_and_acknowledged_state():
    alert = _fake_alert(acknowledged_at=NOW, acknowledged_by_id="u1", acknowledged_by_name="Nurse One")
    card = alert_card(alert, _fake_case(due_at=NOW - timedelta(hours=2)), NOW + timedelta(minutes=1), TZ)
    assert "overdue 2 h" in shown(card)
    assert "Acknowledged by Nurse One at" in shown(card)
    assert "Acknowledge" not in actions(card)


def test_unlinked_alert_has_no_claim_or_open():
    card = alert_card(_fake_alert(case_id=None, case_ref=None, due_at=None), None, NOW, TZ)
    assert set(actions(card)) == {"Acknowledge"}
    assert "No case id in the e-mail" in shown(card)


def test_hostile_reasons_are_inert():
    card = alert_card(_fake_alert(reasons=[HOSTILE, "[x](javascript:alert(1))"]), None, NOW, TZ)
    body = shown(card)
    for bad in ("<at", "${", "{{", "javascript:", "\u202e"):
        assert bad not in body
    why = next(b for b in card["body"] if "Why:" in json.dumps(b))
    assert why["type"] == "RichTextBlock"  # Markdown-looking reasons render literally, never as links


def test_mention_entity_and_escalation_card_render():
    at, entity = mention_entity("aad-1", "Nurse <at>X</at> [y](z)")
    assert at.startswith("<at>") and at.endswith("</at>") and at.count("<at>") == 1
    assert entity["text"] == at and entity["mentioned"]["id"] == "aad-1"
    card = escalation_card(_fake_alert(), _fake_case(), NOW, TZ, mention=("aad-1", "Nurse One"), after_min=30)
    [ent] = card["msteams"]["entities"]
    assert ent == {
        "type": "mention",
        "text": "<at>Nurse One</at>",
        "mentioned": {"id": "aad-1", "name": "Nurse One"},
    }
    texts = [b["text"] for b in card["body"] if b.get("type") == "TextBlock"]
    assert any(ent["text"] in t for t in texts)
    assert card["msteams"]["width"] == "Full"
    assert check_cards([("escalation_mention", card)]) == {"escalation_mention": []}


def test_digest_caps_rows_and_stays_small():
    items = [(_fake_alert(id=i, priority="low", reasons=[HOSTILE]), None) for i in range(200)]
    card = digest_card(items, NOW, TZ)
    assert "and 175 more" in shown(card)
    assert len(json.dumps(card).encode()) < 28 * 1024
    big = alert_card(_fake_alert(reasons=[HOSTILE * 10] * 20), _fake_case(), NOW, TZ)
    assert len(json.dumps(big).encode()) < 28 * 1024


def test_alert_card_says_who_is_asking_with_patient_initials_only():
    case = _fake_case(
        status="new",
        assigned_to_id=None,
        assigned_to_name=None,
        member_name="Jane Sample",
        liaison_name="Marisol Quintero, RN",
        liaison_role="Case Manager",
        liaison_phone="555-0142",
        facility="Synthetic Rehab Institute",
    )
    body = shown(alert_card(_fake_alert(), case, NOW, TZ))
    assert "Synthetic Rehab Institute" in body
    assert "Marisol Quintero, RN · Case Manager · 555-0142" in body
    assert "J.S." in body and "Jane" not in body and "Sample" not in body and "M123456789" not in body
    assert "Alert 41" not in body and "Alert 41" not in shown(escalation_card(_fake_alert(), case, NOW, TZ))


def test_claim_is_hidden_once_the_case_is_claimed():
    unclaimed = _fake_case(status="new", assigned_to_id=None, assigned_to_name=None)
    assert "Claim" in actions(alert_card(_fake_alert(), unclaimed, NOW, TZ))
    claimed = _fake_case(status="in_review", assigned_to_id="u1", assigned_to_name="Nurse One")
    assert "Claim" not in actions(alert_card(_fake_alert(), claimed, NOW, TZ))
    via_alert = _fake_alert(claimed_at=NOW, claimed_by_id="u2", claimed_by_name="Nurse Two")
    assert "Claim" not in actions(alert_card(via_alert, unclaimed, NOW, TZ))


def test_unsure_triage_is_flagged_on_the_card():
    sure = shown(alert_card(_fake_alert(), None, NOW, TZ))
    assert "Needs a human look" not in sure
    unsure = _fake_alert(reasons=["status inquiry", "likely urgent (40%) though no rule fired: needs a human look"])
    assert "Needs a human look: the triage was not sure" in shown(alert_card(unsure, None, NOW, TZ))
