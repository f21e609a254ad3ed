#!/usr/bin/env bash
# Set up on first use and start the bot on the embedded default (SQLite under var/, bundled KB,
# local mail folder var/inbox/, auth off unless MicrosoftAppId is set). Extra args go to `pscbot serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
# The checkout is the home: .env, var/ and the SQLite database live here, whatever folder pscbot runs from.
export PSCBOT_HOME="${PSCBOT_HOME:-$PWD}"
mkdir -p "$PSCBOT_HOME/var/inbox"
exec .venv/bin/pscbot serve "$@"
