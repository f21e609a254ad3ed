"""Debian's Chromium as the tests drive it (the Playground end-to-end tests and the card layout renders)."""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("PSCBOT_E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
