"""Logging set-up: JSON in production, readable text in development, PHI redaction everywhere."""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime

# Patterns that look like protected health information or contact details. Our own code never
# logs message text; this filter is the second line of defence for library log lines.
_REDACTIONS = [
    (re.compile(r"\bM\d{9}\b"), "[member-id]"),
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[email]"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "[ssn]"),
    (re.compile(r"(?<!\d)(\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)"), "[phone]"),
    (re.compile(r'("text"\s*:\s*)"(?:[^"\\]|\\.)*"'), r'\1"[text]"'),
]


def redact(message: str) -> str:
    for pattern, replacement in _REDACTIONS:
        message = pattern.sub(replacement, message)
    return message


class RedactionFilter(logging.Filter):
    """Rewrites every record's message through `redact` (and drops its args, already merged)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Exception messages can quote input (e.g. a JSON decode error); keep the type only.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        doc = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key in ("ref", "activity_id", "conversation_key", "verb", "command", "case_ref"):
            if hasattr(record, key):
                doc[key] = getattr(record, key)
        if record.exc_text:
            doc["exc"] = record.exc_text
        elif record.exc_info:
            doc["exc"] = self.formatException(record.exc_info)
        return json.dumps(doc, ensure_ascii=False)


def configure_logging(level: str = "INFO", fmt: str = "text", stream=None) -> None:
    """Install one handler (stderr by default) with the redaction filter on the root logger (idempotent)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_pscbot", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler._pscbot = True  # type: ignore[attr-defined]
    handler.addFilter(RedactionFilter())
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # aiohttp's access log prints the request line only (no bodies); keep it at WARNING to cut noise.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    # HTTP client libraries log request bodies (activity text) at DEBUG: never let them.
    # Database drivers log SQL parameters (question text, member ids) at DEBUG: never let them either.
    for noisy in ("msrest", "urllib3", "azure", "msal", "asyncio", "aiosqlite", "sqlalchemy", "asyncpg"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # APScheduler writes two INFO lines per job run ("Running job", "executed successfully"): thousands an
    # hour for an idle bot. Our scheduler logs each run at DEBUG under its own name instead.
    quiet = logging.DEBUG if level == "DEBUG" else logging.WARNING
    for chatty in ("apscheduler.executors", "apscheduler.scheduler"):
        logging.getLogger(chatty).setLevel(quiet)
    # pypdf warns about every odd PDF construct it repairs; a skipped file is reported by the ingest itself.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    # Alembic announces its context on every connection; `pscbot db upgrade` reports what it applied instead.
    logging.getLogger("alembic").setLevel(logging.DEBUG if level == "DEBUG" else logging.WARNING)
