"""Build small synthetic e-mails (all names, ids and domains invented)."""

from __future__ import annotations

THU = "Thu, 12 Nov 2026 10:15:00 -0600"


def make_email(
    body: str,
    subject: str = "Message",
    *,
    date: str | None = THU,
    sender: str = "Casey Doe <cdoe@hospital.example>",
    headers: dict[str, str] | None = None,
    html: bool = False,
    charset: str = "utf-8",
) -> bytes:
    lines = [
        f"From: {sender}",
        "To: Pre-Service Intake <preservice@brightpathpac.example>",
        f"Subject: {subject}",
    ]
    if date is not None:
        lines.append(f"Date: {date}")
    lines.append("Message-ID: <synthetic@hospital.example>")
    for k, v in (headers or {}).items():
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    lines.append(f'Content-Type: text/{"html" if html else "plain"}; charset="{charset}"')
    lines.append("Content-Transfer-Encoding: 8bit")
    return ("\n".join(lines) + "\n\n" + body + "\n").encode(charset)
