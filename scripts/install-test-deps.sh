#!/usr/bin/env bash
# Install what the test suite needs beyond the Python venv (idempotent; run as root or with sudo):
#   * Debian packages: chromium (e2e browser for Playwright), dovecot-imapd + dovecot-core (IMAP tests)
#   * npm packages from package.json / package-lock.json: @microsoft/m365agentsplayground (pinned),
#     adaptivecards, @microsoft/app-manifest
# `apt-get update` runs only when a package is missing and the package lists are absent or older than a day.
set -euo pipefail

cd "$(dirname "$0")/.."

APT_PACKAGES=(chromium dovecot-imapd dovecot-core)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "install-test-deps: installing ${missing[*]}"
    lists=(/var/lib/apt/lists/*_Packages)
    if [ ! -e "${lists[0]}" ] || [ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages' -mmin +1440 -print -quit)" ]; then
        $SUDO apt-get update
    fi
    if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; then
        # stale lists (404s) -> refresh once and retry
        $SUDO apt-get update
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
else
    echo "install-test-deps: apt packages present (${APT_PACKAGES[*]})"
fi

if ! command -v npm >/dev/null 2>&1; then
    echo "install-test-deps: npm not found (apt-get install -y nodejs npm)" >&2
    exit 1
fi

if [ -f package-lock.json ]; then
    # skip the reinstall when node_modules already matches the lock file
    if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ] \
        && npm ls --depth=0 >/dev/null 2>&1; then
        echo "install-test-deps: node_modules up to date"
    else
        npm ci --no-audit --no-fund
    fi
else
    npm install --no-audit --no-fund
fi

node node_modules/@microsoft/m365agentsplayground/cli.js --version >/dev/null
echo "install-test-deps: done (chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing))"
