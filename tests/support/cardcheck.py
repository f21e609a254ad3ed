"""Check Adaptive Cards with Microsoft's renderer library (npm `adaptivecards`) through cardcheck.js.

`check_cards` starts one Node process for all cards and returns, per card name, the list of problems
("parse: ...", "validation: ...", "host: ..."); an empty list means the card is fine for Teams (1.5).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from typing import Any

from tests.support.node import SUPPORT, require_node_packages

SCRIPT = SUPPORT / "cardcheck.js"


def run_cardcheck(samples: Sequence[tuple[str, dict]]) -> list[dict[str, Any]]:
    """The raw per-card results from cardcheck.js (skips the test, or fails under CI, without Node)."""
    names = [name for name, _ in samples]
    if len(set(names)) != len(names):
        raise ValueError("card sample names must be unique")
    node = require_node_packages("adaptivecards")
    payload = json.dumps([{"name": name, "card": card} for name, card in samples])
    proc = subprocess.run([node, str(SCRIPT)], input=payload, capture_output=True, text=True, timeout=120, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"cardcheck.js failed ({proc.returncode}): {proc.stderr.strip()[:2000]}")
    return json.loads(proc.stdout)


def _fmt(kind: str, event: dict[str, Any]) -> str:
    source = f" [{event['source']}]" if event.get("source") else ""
    return f"{kind}: {event['event']}{source}: {event['message']}"


def check_cards(samples: Sequence[tuple[str, dict]]) -> dict[str, list[str]]:
    results = run_cardcheck(samples)
    return {
        r["name"]: [_fmt("parse", e) for e in r["parse_events"]]
        + [_fmt("validation", e) for e in r["validation_events"]]
        + [_fmt("host", e) for e in r["host_events"]]
        for r in results
    }
