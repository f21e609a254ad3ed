"""Mail intake: where raw messages come from (drop folder / Maildir, IMAP) and the poller that stores them.

from bot.triage.sources import build_source, MailPoller
source = build_source(settings)               # FolderSource | ImapSource | None (mail_source=off)
poller = MailPoller(db, source, EmailStore(db), owner="host-1234")
result = await poller.poll_once()             # PollResult(stored_new, duplicates, errors, ...)
"""

from .base import MailSource, RawMail
from .folder import FolderSource
from .imap import ImapConfig, ImapSource
from .poller import MailPoller, PollResult, build_source, default_owner

__all__ = [
    "FolderSource",
    "ImapConfig",
    "ImapSource",
    "MailPoller",
    "MailSource",
    "PollResult",
    "RawMail",
    "build_source",
    "default_owner",
]
