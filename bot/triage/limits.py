"""Hard limits for parsing untrusted e-mail (all sizes in bytes or characters)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_raw_bytes: int = 10 * 1024 * 1024  # beyond this the raw message is truncated (flag ``truncated``)
    max_header_raw_chars: int = 16_000  # raw (encoded) header value examined before decoding
    max_header_chars: int = 2_000  # decoded header value kept
    max_subject_display: int = 255  # ``ParsedEmail.subject_display``
    max_depth: int = 100  # MIME / message-rfc822 nesting depth walked (>= 50 required)
    max_parts: int = 500  # MIME parts visited
    max_html_input_chars: int = 400_000  # HTML fed to the converter (head kept, tail kept)
    body_head_chars: int = 200_000  # body text kept from the start ...
    body_tail_chars: int = 20_000  # ... and from the end (flag ``body_truncated``)
    classify_head_chars: int = 40_000  # text per segment the classifier reads from the start ...
    classify_tail_chars: int = 10_000  # ... and from the end
    max_segments: int = 60  # quoted / forwarded segments split out of one message
    max_attachment_names: int = 100
    max_filename_chars: int = 120
    time_budget_s: float = 2.0  # per message; remaining work is skipped (flag ``time_budget_exceeded``)


DEFAULT_LIMITS = Limits()
