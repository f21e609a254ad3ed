"""Run pyright on bot, cards and dialogs; fail on any file with more errors than its recorded baseline.

The baseline (scripts/pyright-baseline.json, file -> error count) is what the checker found when it was
introduced; it may only shrink. `--update` rewrites it after fixes (never to hide new errors).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "scripts" / "pyright-baseline.json"


def current_errors() -> tuple[Counter[str], list[str]]:
    pyright = ROOT / ".venv" / "bin" / "pyright"
    run = subprocess.run([str(pyright), "--outputjson"], cwd=ROOT, capture_output=True, text=True, check=False)
    report = json.loads(run.stdout)
    counts: Counter[str] = Counter()
    lines = []
    for diag in report["generalDiagnostics"]:
        if diag["severity"] != "error":
            continue
        path = str(Path(diag["file"]).relative_to(ROOT))
        counts[path] += 1
        line = diag["range"]["start"]["line"] + 1
        lines.append(f"{path}:{line}: {diag['message'].splitlines()[0]} ({diag.get('rule', '-')})")
    return counts, lines


def main(argv: list[str]) -> int:
    counts, lines = current_errors()
    if "--update" in argv:
        BASELINE.write_text(json.dumps(dict(sorted(counts.items())), indent=1) + "\n", encoding="utf-8")
        print(f"typecheck: baseline written ({sum(counts.values())} errors in {len(counts)} files)")
        return 0
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    worse = {path: n for path, n in counts.items() if n > baseline.get(path, 0)}
    if worse:
        for line in lines:
            if line.split(":", 1)[0] in worse:
                print(line)
        print(f"typecheck: more pyright errors than the baseline in {', '.join(sorted(worse))}")
        return 1
    print(f"typecheck: {sum(counts.values())} pyright errors, baseline {sum(baseline.values())} (no file got worse)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
