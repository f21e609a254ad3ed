"""The labelled dev e-mail corpus in ../shared/eval/triage_dev (read-only)."""

from __future__ import annotations

import json
from pathlib import Path

DEV_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "triage_dev"


def dev_labels(dev_dir: Path = DEV_DIR) -> list[dict]:
    """One label record per e-mail, each with its file's full `path` added."""
    rows = [json.loads(line) for line in (dev_dir / "labels.jsonl").read_text().splitlines() if line.strip()]
    return [dict(row, path=dev_dir / row["file"]) for row in rows]
