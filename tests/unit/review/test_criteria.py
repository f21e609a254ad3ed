"""Criteria as data: every bundled item names a FACTS.md id whose text carries the item's citation."""

from __future__ import annotations

import re

import pytest

from bot.review.criteria import CriteriaError, catalog_for, load_catalog
from bot.review.draft import draft
from tests.support.facts import fact_blocks


def test_every_bundled_item_cites_an_existing_fact_and_its_citation():
    facts = fact_blocks()
    items = load_catalog().all_items()
    assert len(items) >= 25
    for item in items:
        assert item.fact in facts, f"{item.id}: {item.fact} is not in FACTS.md"
        assert item.citation in facts[item.fact], f"{item.id}: citation {item.citation!r} not in {item.fact}"
        for related in item.related:
            assert related in facts, f"{item.id}: related {related} is not in FACTS.md"


def test_each_level_has_its_checklist_and_the_ma_rules():
    catalog = catalog_for()
    irf = {c.fact for c in catalog.for_level("IRF")}
    assert {"IRF-03", "IRF-04", "IRF-09", "IRF-10", "IRF-11", "IRF-14", "IRF-18", "MA-02", "MA-07"} <= irf
    assert "CS-04" not in irf and "CS-04" in {c.fact for c in catalog.for_level("IRF", "continued_stay")}
    assert "CS-05" in {c.fact for c in catalog.for_level("SNF", "continued_stay")}
    assert {"SNF-01", "SNF-08", "SNF-09", "SNF-12"} <= {c.fact for c in catalog.for_level("SNF")}
    ltac = catalog.for_level("LTAC")
    assert {c.fact for c in ltac if c.affects == "payment"} == {"LTCH-05", "LTCH-07"}  # LTCH-14
    assert catalog.version_for("IRF") == "irf@2026.1,ma@2026.1"


def test_a_plan_adds_items_by_dropping_a_file(tmp_path):
    (tmp_path / "plan.yaml").write_text(
        "set: plan_snf\nversion: '1'\ntitle: Plan SNF items\nlevels: [SNF]\nitems:\n"
        "  - id: plan_snf.discharge_plan\n    citation: Plan policy UM-12\n    label: Discharge plan started\n"
        "    question: Is a discharge plan documented?\n    evidence: Case management note.\n"
    )
    catalog = load_catalog([tmp_path])
    item = catalog.item("plan_snf.discharge_plan")
    assert item is not None and item.source == "plan" and item.fact is None
    assert item in catalog.for_level("SNF")


@pytest.mark.parametrize(
    "body, message",
    [
        ("set: x\nversion: '1'\ntitle: t\nlevels: [ICU]\nitems: []\n", "'levels' must list"),
        (
            "set: x\nversion: '1'\ntitle: t\nlevels: [SNF]\nitems:\n  - id: x.a\n    citation: c\n    label: l\n"
            "    question: q\n    evidence: e\n    affect: payment\n",
            "unknown field(s) affect",
        ),
        (
            "set: x\nversion: '1'\ntitle: t\nlevels: [SNF]\nitems:\n  - id: x.a\n    fact: SNF1\n    citation: c\n"
            "    label: l\n    question: q\n    evidence: e\n",
            "not a FACTS id",
        ),
        (
            "set: irf\nversion: '1'\ntitle: t\nlevels: [IRF]\nitems:\n  - id: x.a\n    citation: c\n    label: l\n"
            "    question: q\n    evidence: e\n",
            "defined twice",
        ),
        ("set: [x\n", "not valid YAML"),
    ],
)
def test_bad_plan_files_stop_loading_with_the_file_and_field(tmp_path, body, message):
    (tmp_path / "bad.yaml").write_text(body)
    with pytest.raises(CriteriaError, match=re.escape(message)):
        load_catalog([tmp_path])


def test_drafted_recommendation_follows_the_findings():
    items = catalog_for().for_level("LTAC")
    met = {c.id: {"finding": "met"} for c in items}
    assert draft(items, met).recommendation == "meets"
    # Failing the site-neutral (payment) criteria never makes an LTCH stay "not met" (LTCH-14).
    payment = {**met, "ltch.icu_or_vent": {"finding": "not_met"}}
    assert draft(items, payment).recommendation == "meets"
    unmet = {**met, "ltch.hospital_level": {"finding": "not_met"}}
    assert draft(items, unmet).recommendation == "does_not_meet"
    assert "hospital-level care" in draft(items, unmet).text
    undocumented = {**met, "ma.individualized": {"finding": "not_documented"}}
    assert draft(items, undocumented).recommendation == "need_info"
