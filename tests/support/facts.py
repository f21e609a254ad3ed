"""FACTS.md (../shared/domain), read by the tests that check bundled content against it."""

from __future__ import annotations

import re

from tests.conftest import SHARED


def fact_blocks() -> dict[str, str]:
    """FACTS.md id → the fact's text (its first line and indented continuation), markdown bold removed."""
    blocks: dict[str, str] = {}
    current = None
    for line in (SHARED / "domain" / "FACTS.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^- \*\*([A-Z]{2,5}-\d{2})\*\*", line)
        if m:
            current = m.group(1)
            blocks[current] = line
        elif current and line.startswith("  "):
            blocks[current] += "\n" + line
        else:
            current = None
    return {k: v.replace("**", "") for k, v in blocks.items()}
