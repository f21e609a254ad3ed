"""The log redaction filter on its own: every pattern, %-args merged before redaction, exception text,
a broken format string, and the handler configure_logging installs."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.logs import RedactionFilter, configure_logging, redact


@pytest.mark.parametrize(
    "raw, leaked, placeholder",
    [
        ("member M123456789 asked", "M123456789", "[member-id]"),
        ("from jane.doe+x@example.test today", "jane.doe+x@example.test", "[email]"),
        ("ssn 123-45-6789", "123-45-6789", "[ssn]"),
        ("call 555-867-5309 now", "555-867-5309", "[phone]"),
        ("call (555) 867-5309 now", "867-5309", "[phone]"),
        ("call +1 555.867.5309 now", "867.5309", "[phone]"),
        ("call 1-555-867-5309 now", "867-5309", "[phone]"),
        ('{"type": "message", "text": "Jane Doe needs IRF"}', "Jane Doe", '"text": "[text]"'),
        ('{"text":"escaped \\" quote Jane"}', "Jane", '"text":"[text]"'),
    ],
)
def test_each_pattern_is_redacted(raw, leaked, placeholder):
    out = redact(raw)
    assert leaked not in out and placeholder in out


@pytest.mark.parametrize(
    "safe",
    [
        "delivery 12345 alert=678 kind=alert -> sent",
        "case 2026004512 status in_review",
        "request failed ref=1a2b3c4d path=/api/messages",
        "M12345678 is too short to be a member id",
    ],
)
def test_ids_and_counts_survive(safe):
    assert redact(safe) == safe


def _record(msg, *args, exc_info=None) -> logging.LogRecord:
    return logging.LogRecord("bot.test", logging.WARNING, __file__, 1, msg, args, exc_info)


def test_args_are_merged_then_redacted_and_dropped():
    record = _record("caller %s phone %s", "M123456789", "555-867-5309")
    assert RedactionFilter().filter(record) is True
    assert record.getMessage() == "caller [member-id] phone [phone]" and record.args is None


def test_exception_text_is_redacted():
    try:
        raise ValueError("bad member M123456789 at jane@example.test")
    except ValueError as exc:
        record = _record("failed", exc_info=(type(exc), exc, exc.__traceback__))
    RedactionFilter().filter(record)
    assert "M123456789" not in record.exc_text and "jane@example.test" not in record.exc_text
    assert "ValueError" in record.exc_text


def test_a_broken_format_string_keeps_the_record_redacted():
    record = _record("member M123456789 %s %s", "only-one")
    assert RedactionFilter().filter(record) is True
    assert "M123456789" not in record.getMessage()


def test_configured_handler_redacts_every_logger():
    stream = io.StringIO()
    configure_logging("DEBUG", "json", stream=stream)
    try:
        logging.getLogger("some.library").warning("payload %s", '{"text": "Jane Doe"} M123456789')
    finally:
        root = logging.getLogger()
        root.handlers = [h for h in root.handlers if not getattr(h, "_pscbot", False)]
        root.setLevel(logging.WARNING)
    line = json.loads(stream.getvalue().strip().splitlines()[-1])
    assert line["logger"] == "some.library"
    assert "Jane" not in line["msg"] and "M123456789" not in line["msg"]
