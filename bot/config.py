"""Typed settings, read once from the environment (and an optional `.env` file)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A bad or missing setting; the message names the key and fits on one line."""


def _str(raw: str) -> str:
    return raw.strip()


def _int(raw: str) -> int:
    return int(raw.strip())


def _float(raw: str) -> float:
    return float(raw.strip())


def _bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError("expected true or false")


def _csv(raw: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def _choice(*allowed: str) -> Callable[[str], str]:
    lookup = {a.lower(): a for a in allowed}

    def parse(raw: str) -> str:
        value = raw.strip().lower()
        if value not in lookup:
            raise ValueError(f"expected one of {', '.join(allowed)}")
        return lookup[value]

    return parse


def _tz(raw: str) -> str:
    try:
        ZoneInfo(raw.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError("unknown IANA time zone") from exc
    return raw.strip()


def _port(raw: str) -> int:
    port = int(raw.strip())
    if not 0 < port < 65536:
        raise ValueError("expected a TCP port 1-65535")
    return port


def setting(env: str, parse: Callable[[str], Any] = _str, default: Any = None, doc: str = "") -> Any:
    return field(default=default, metadata={"env": env, "parse": parse, "doc": doc})


@dataclass(frozen=True)
class Settings:
    # Bot Framework names are kept so Azure's own tooling and docs apply unchanged.
    app_id: str = setting("MicrosoftAppId", default="", doc="Azure Bot app (client) id; empty = auth off")
    app_password: str = setting("MicrosoftAppPassword", default="", doc="client secret of the app registration")
    app_type: str = setting(
        "MicrosoftAppType", _choice("MultiTenant", "SingleTenant", "UserAssignedMSI"), "MultiTenant",
        "MultiTenant | SingleTenant | UserAssignedMSI",
    )
    app_tenant_id: str = setting("MicrosoftAppTenantId", default="", doc="tenant of the app (SingleTenant/MSI)")

    env: str = setting("PSCBOT_ENV", _choice("development", "production"), "development",
                       "development | production (production refuses to start without credentials)")
    database_url: str = setting("DATABASE_URL", default="sqlite:///var/pscbot.db",
                                doc="sqlite:///path or postgresql://user@host/db")
    allowed_tenants: tuple[str, ...] = setting("PSCBOT_ALLOWED_TENANTS", _csv, (),
                                               "comma-separated tenant ids; empty = any tenant")
    host: str = setting("PSCBOT_HOST", default="127.0.0.1", doc="interface to listen on")
    port: int = setting("PSCBOT_PORT", _port, 3978, "port for /api/messages")
    log_level: str = setting("PSCBOT_LOG_LEVEL", _choice("DEBUG", "INFO", "WARNING", "ERROR"), "INFO",
                             "DEBUG | INFO | WARNING | ERROR")
    log_format: str = setting("PSCBOT_LOG_FORMAT", _choice("auto", "json", "text"), "auto",
                              "auto (json in production) | json | text")
    timezone: str = setting("PSCBOT_TIMEZONE", _tz, "America/Chicago", "team time zone for display")
    max_body_bytes: int = setting("PSCBOT_MAX_BODY_BYTES", _int, 256 * 1024,
                                  "largest accepted /api/messages body")
    bot_name: str = setting("PSCBOT_BOT_NAME", default="pscbot", doc="display name in cards and manifest")
    demo_data: bool = setting("PSCBOT_DEMO_DATA", _bool, True,
                              "load the synthetic demo cases (development mode only)")
    jobs_enabled: bool = setting("PSCBOT_JOBS", _bool, True,
                                 "run scheduled jobs (mail polling, alert delivery, reminders) in this process")
    api_key: str = setting("PSCBOT_API_KEY", default="", doc="key for POST /api/cases (X-Api-Key); empty = off")

    # Outbound Bot Connector transport.
    http_max_connections: int = setting("PSCBOT_HTTP_MAX_CONNECTIONS", _int, 32, "pooled connections per host")
    http_timeout_s: float = setting("PSCBOT_HTTP_TIMEOUT_S", _float, 15.0, "per-request timeout, seconds")
    http_max_attempts: int = setting("PSCBOT_HTTP_MAX_ATTEMPTS", _int, 4, "attempts for retryable failures")
    app_rate_per_s: float = setting("PSCBOT_APP_RATE_PER_S", _float, 50.0, "requests/s per app to Teams")

    # Knowledge base.
    kb_dir: str = setting("PSCBOT_KB_DIR", default="guidelines",
                          doc="guideline folder loaded into an empty KB (relative = project root)")
    kb_threshold: float = setting("PSCBOT_KB_THRESHOLD", _float, 0.80, "below this confidence the bot refuses")

    # Mail triage.
    mail_source: str = setting("PSCBOT_MAIL_SOURCE", _choice("folder", "imap", "off"), "folder",
                               "folder | imap | off")
    inbox_dir: str = setting("PSCBOT_INBOX_DIR", default="var/inbox", doc="drop folder for .eml / Maildir")
    imap_host: str = setting("PSCBOT_IMAP_HOST", default="", doc="IMAP server")
    imap_port: int = setting("PSCBOT_IMAP_PORT", _port, 993, "IMAP port")
    imap_security: str = setting("PSCBOT_IMAP_SECURITY", _choice("tls", "starttls", "none"), "tls",
                                 "tls | starttls | none (none only for local tests)")
    imap_user: str = setting("PSCBOT_IMAP_USER", default="", doc="IMAP login")
    imap_password: str = setting("PSCBOT_IMAP_PASSWORD", default="", doc="IMAP password (or use the token)")
    imap_oauth_token: str = setting("PSCBOT_IMAP_OAUTH_TOKEN", default="", doc="XOAUTH2 access token")
    imap_folder: str = setting("PSCBOT_IMAP_FOLDER", default="INBOX", doc="mailbox folder to read")
    mail_poll_s: int = setting("PSCBOT_MAIL_POLL_S", _int, 30, "seconds between mailbox polls")
    escalate_after_min: int = setting("PSCBOT_ESCALATE_AFTER_MIN", _int, 30,
                                      "minutes before an unacknowledged urgent alert escalates")
    digest_cron: str = setting("PSCBOT_DIGEST_CRON", default="0 8,13 * * 1-5",
                               doc="crontab for the low-priority digest (team time zone)")

    # Roles: comma-separated Teams user ids / AAD object ids.
    admins: tuple[str, ...] = setting("PSCBOT_ADMINS", _csv, (), "admin user ids")
    medical_directors: tuple[str, ...] = setting("PSCBOT_MEDICAL_DIRECTORS", _csv, (), "MD user ids")
    team_leads: tuple[str, ...] = setting("PSCBOT_TEAM_LEADS", _csv, (), "team lead user ids")
    p2p_window_hours: int = setting("PSCBOT_P2P_WINDOW_HOURS", _int, 72,
                                    "plan-specific P2P window after a denial")

    @property
    def auth_enabled(self) -> bool:
        return bool(self.app_id)

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def validate(self) -> None:
        if self.is_production:
            if not self.app_id:
                raise SettingsError("MicrosoftAppId: required when PSCBOT_ENV=production")
            if self.app_type != "UserAssignedMSI" and not self.app_password:
                raise SettingsError("MicrosoftAppPassword: required when PSCBOT_ENV=production")
        if self.app_type in {"SingleTenant", "UserAssignedMSI"} and self.app_id and not self.app_tenant_id:
            raise SettingsError(f"MicrosoftAppTenantId: required when MicrosoftAppType={self.app_type}")
        if self.mail_source == "imap" and not self.imap_host:
            raise SettingsError("PSCBOT_IMAP_HOST: required when PSCBOT_MAIL_SOURCE=imap")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Settings:
        """Settings from `environ` (default os.environ) over an optional `.env` file; raises SettingsError."""
        values: dict[str, str] = {}
        if dotenv is not None and dotenv.is_file():
            values.update(read_dotenv(dotenv))
        values.update(os.environ if environ is None else environ)
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            key = f.metadata["env"]
            raw = values.get(key)
            if raw is None or raw.strip() == "" and f.metadata["parse"] is not _str:
                continue
            try:
                kwargs[f.name] = f.metadata["parse"](raw)
            except ValueError as exc:
                raise SettingsError(f"{key}: invalid value ({exc})") from None
        settings = cls(**kwargs)
        settings.validate()
        return settings

    def replace(self, **changes: Any) -> Settings:
        from dataclasses import replace

        return replace(self, **changes)


def read_dotenv(path: Path) -> dict[str, str]:
    """A minimal `.env` reader: KEY=VALUE lines, `#` comments, optional quotes."""
    out: dict[str, str] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[7:]
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise SettingsError(f"{path.name}:{lineno}: expected KEY=VALUE")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        out[key.strip()] = value
    return out


def env_documentation() -> list[tuple[str, str, str]]:
    """(key, default, doc) for every setting: drives `.env.example` and its test."""
    rows = []
    for f in fields(Settings):
        default = f.default
        if isinstance(default, tuple):
            default = ",".join(default)
        elif isinstance(default, bool):
            default = str(default).lower()
        rows.append((f.metadata["env"], str(default), f.metadata["doc"]))
    return rows
