"""Run pyright on bot, cards and dialogs (pyproject.toml [tool.pyright]); fail on any error.

There is no baseline: findings are fixed, not recorded. A `# pyright: ignore[rule]` is for a third-party
annotation that is narrower than the library behaves (e.g. botbuilder's `str = None` defaults), with a
comment saying so.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def current_errors() -> list[str]:
    pyright = ROOT / ".venv" / "bin" / "pyright"
    run = subprocess.run([str(pyright), "--outputjson"], cwd=ROOT, capture_output=True, text=True, check=False)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        # pyright itself failed (not installed, bad configuration): never count that as a pass.
        sys.stderr.write(run.stderr or run.stdout)
        raise SystemExit("typecheck: pyright did not produce a report") from None
    lines = []
    for diag in report["generalDiagnostics"]:
        if diag["severity"] != "error":
            continue
        path = Path(diag["file"]).relative_to(ROOT)
        line = diag["range"]["start"]["line"] + 1
        lines.append(f"{path}:{line}: {diag['message'].splitlines()[0]} ({diag.get('rule', '-')})")
    return lines


def main() -> int:
    errors = current_errors()
    if errors:
        print("\n".join(errors))
        print(f"typecheck: {len(errors)} pyright errors")
        return 1
    print("typecheck: 0 pyright errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
