#!/usr/bin/env bash
# Try the running bot without a Teams tenant: the Microsoft 365 Agents Playground (Teams emulation)
# in your browser, pointed at the local bot. Start the bot first with `make run`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/@microsoft/m365agentsplayground ] || npm ci --no-audit --no-fund
exec node node_modules/@microsoft/m365agentsplayground/cli.js \
    -e "http://127.0.0.1:${PSCBOT_PORT:-3978}/api/messages" -c msteams --disable-telemetry "$@"
