"""The parser's output: an e-mail's headers of interest and its text segments, newest first."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Segment:
    """One message's text inside an e-mail: the top (newest) text, a quoted reply or a forward."""

    text: str
    date: datetime | None
    kind: str  # 'top' | 'quoted' | 'forwarded'
    subject: str = ""  # quoted/forwarded header subject, if any
    sender: str = ""  # lower-cased address of the segment's author when known ('' otherwise)


@dataclass
class ParsedEmail:
    message_id: str | None = None
    subject: str = ""  # decoded, sanitised, capped at Limits.max_header_chars (used for classification)
    subject_display: str = ""  # capped at Limits.max_subject_display
    from_addr: str | None = None
    from_name: str | None = None
    date: datetime | None = None  # tz-aware; from Date, else first Received, else received_at
    date_flags: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)  # newest first
    attachment_names: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    auto_headers: dict[str, str] = field(default_factory=dict)  # lower-cased auto-reply / bulk headers

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)

    @property
    def body_text(self) -> str:
        return "\n\n".join(s.text for s in self.segments)
