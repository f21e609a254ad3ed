#!/usr/bin/env bash
# Set up everything the suite needs (venv, Chromium, dovecot, npm packages), check lint, format and types,
# then run the suite. Extra args go to pytest, e.g. scripts/test.sh -m "not e2e" -x
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
scripts/install-test-deps.sh
.venv/bin/ruff check bot cards dialogs manifest tests bench scripts
.venv/bin/ruff format --check bot cards dialogs manifest tests bench scripts
.venv/bin/python scripts/typecheck.py
exec .venv/bin/python -m pytest "$@"
