"""The bundled knowledge base covers FACTS.md: every fact is stated, with its id, in an article that is ingested
(authoring files are not), and a fact FACTS.md marks unconfirmed or secondary is never stated without its caveat
in the same section."""

from __future__ import annotations

import re

from bot.knowledge.compose import CAVEAT
from tests.support.facts import fact_blocks
from tests.unit.knowledge.helpers import bundled_sections


def test_every_fact_is_tagged_in_an_ingested_article():
    assert len(fact_blocks()) >= 100
    tagged = {fid for section in bundled_sections() for fid in section.facts}
    missing = sorted(set(fact_blocks()) - tagged)
    assert not missing, f"facts with no ingested section: {missing}"


def test_an_unconfirmed_or_secondary_fact_keeps_its_caveat_in_its_section():
    status = {
        fid: m.group(1)
        for fid, block in fact_blocks().items()
        if (m := re.search(r"\[(confirmed-secondary|unconfirmed|confirmed)\b", block))
    }
    checked, bare = 0, []
    for section in bundled_sections():
        for fid in section.facts:
            if status.get(fid) in ("unconfirmed", "confirmed-secondary"):
                checked += 1
                if not CAVEAT.search(section.text):
                    bare.append(f"{fid} ({status[fid]}): {' > '.join(section.heading_path)}")
    assert checked >= 5
    assert not bare, "stated without a caveat:\n" + "\n".join(bare)
