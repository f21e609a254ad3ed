#!/usr/bin/env bash
# Refresh requirements.lock: every dependency of pscbot and its [test] extra, pinned with hashes, resolved
# from pyproject.toml by pip-tools. Run after changing dependencies in pyproject.toml; commit both files.
#   scripts/lock.sh                       re-resolve, keeping the pins that still satisfy pyproject.toml
#   scripts/lock.sh --upgrade             move everything to the newest allowed versions
#   scripts/lock.sh --upgrade-package X   move one package
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    echo "lock: the lock must be resolved with Python 3.11 (found $("$PYTHON" --version 2>&1))" >&2
    exit 1
fi

# pip-tools lives in its own venv: it pins pip itself, which must not disturb .venv.
tools=".venv-lock"
if [ ! -x "$tools/bin/pip-compile" ]; then
    echo "lock: installing pip-tools into $tools"
    "$PYTHON" -m venv "$tools"
    "$tools/bin/python" -m pip install --quiet "pip==26.3" "pip-tools==7.6.2"
fi
"$tools/bin/pip-compile" --quiet --generate-hashes --extra test --strip-extras --allow-unsafe \
    --no-emit-index-url --no-emit-find-links --newline LF \
    --output-file requirements.lock pyproject.toml "$@"
echo "lock: wrote requirements.lock ($(grep -c '^[A-Za-z0-9]' requirements.lock) packages)"
