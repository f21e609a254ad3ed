#!/usr/bin/env bash
# Set up everything the suite needs (venv, Chromium, dovecot, npm packages) and run it.
# Extra args go to pytest, e.g. scripts/test.sh -m "not e2e" -x
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
scripts/install-test-deps.sh
exec .venv/bin/python -m pytest "$@"
