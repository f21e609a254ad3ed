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
    try:
        return int(raw.strip())
    except ValueError:
        raise ValueError("expected a whole number") from None


def _float(raw: str) -> float:
    try:
        value = float(raw.strip())
    except ValueError:
        raise ValueError("expected a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("expected a finite number")
    return value


def _positive_int(raw: str) -> int:
    value = _int(raw)
    if value <= 0:
        raise ValueError("expected a whole number greater than 0")
    return value


def _positive_float(raw: str) -> float:
    value = _float(raw)
    if value <= 0:
        raise ValueError("expected a number greater than 0")
    return value


def _non_negative_float(raw: str) -> float:
    value = _float(raw)
    if value < 0:
        raise ValueError("expected a number, 0 or more")
    return value


def _cron(raw: str) -> str:
    from apscheduler.triggers.cron import CronTrigger

    try:
        CronTrigger.from_crontab(raw.strip())
    except ValueError:
        raise ValueError("expected a crontab expression of five fields, e.g. '0 8,13 * * 1-5'") from None
    return raw.strip()


DATABASE_SCHEMES = (
    "sqlite",
    "sqlite+aiosqlite",
    "postgresql",
    "postgres",
    "postgresql+asyncpg",
    "postgresql+psycopg",
    "postgresql+psycopg2",
)


def _database_url(raw: str) -> str:
    value = raw.strip()
    scheme, sep, rest = value.partition("://")
    if not sep or scheme.lower() not in DATABASE_SCHEMES or not rest:
        raise ValueError("expected sqlite:///path/to/file.db or postgresql://user@host:5432/dbname")
    if scheme.lower().startswith("sqlite") and not rest.startswith("/"):
        raise ValueError("expected sqlite:///path/to/file.db (three slashes)")
    return value


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
    try:
        port = int(str(raw).strip())
    except ValueError:
        port = 0
    if not 0 < port < 65536:
        raise ValueError("expected a TCP port 1-65535")
    return port


parse_port = _port  # the CLI's --port is checked exactly like PSCBOT_PORT


def _optional_port(raw: str) -> int:
    return 0 if raw.strip() in {"", "0"} else _port(raw)


def setting(env: str, parse: Callable[[str], Any] = _str, default: Any = None, doc: str = "") -> Any:
    return field(default=default, metadata={"env": env, "parse": parse, "doc": doc})


@dataclass(frozen=True)
class Settings:
    # Bot Framework names are kept so Azure's own tooling and docs apply unchanged.
    app_id: str = setting("MicrosoftAppId", default="", doc="Azure Bot app (client) id; empty = auth off")
    app_password: str = setting("MicrosoftAppPassword", default="", doc="client secret of the app registration")
    app_type: str = setting(
        "MicrosoftAppType",
        _choice("MultiTenant", "SingleTenant", "UserAssignedMSI"),
        "MultiTenant",
        "MultiTenant | SingleTenant | UserAssignedMSI",
    )
    app_tenant_id: str = setting("MicrosoftAppTenantId", default="", doc="tenant of the app (SingleTenant/MSI)")

    env: str = setting(
        "PSCBOT_ENV",
        _choice("development", "production"),
        "development",
        "development | production (production refuses to start without credentials)",
    )
    database_url: str = setting(
        "DATABASE_URL",
        _database_url,
        "sqlite:///var/pscbot.db",
        "sqlite:///path (relative = PSCBOT_HOME) or postgresql://user@host/db",
    )
    allow_sqlite: bool = setting(
        "PSCBOT_ALLOW_SQLITE", _bool, False, "let production run on SQLite (one instance only; not recommended)"
    )
    allowed_tenants: tuple[str, ...] = setting(
        "PSCBOT_ALLOWED_TENANTS", _csv, (), "comma-separated tenant ids; empty = any tenant"
    )
    host: str = setting("PSCBOT_HOST", default="127.0.0.1", doc="interface to listen on")
    port: int = setting("PSCBOT_PORT", _port, 3978, "port for /api/messages")
    log_level: str = setting(
        "PSCBOT_LOG_LEVEL", _choice("DEBUG", "INFO", "WARNING", "ERROR"), "INFO", "DEBUG | INFO | WARNING | ERROR"
    )
    log_format: str = setting(
        "PSCBOT_LOG_FORMAT", _choice("auto", "json", "text"), "auto", "auto (json in production) | json | text"
    )
    timezone: str = setting("PSCBOT_TIMEZONE", _tz, "America/Chicago", "team time zone for display")
    max_body_bytes: int = setting(
        "PSCBOT_MAX_BODY_BYTES", _positive_int, 256 * 1024, "largest accepted /api/messages body"
    )
    bot_name: str = setting("PSCBOT_BOT_NAME", default="pscbot", doc="display name in cards and manifest")
    demo_data: bool = setting("PSCBOT_DEMO_DATA", _bool, True, "load the synthetic demo cases (development mode only)")
    jobs_enabled: bool = setting(
        "PSCBOT_JOBS", _bool, True, "run scheduled jobs (mail polling, alert delivery, reminders) in this process"
    )
    api_key: str = setting("PSCBOT_API_KEY", default="", doc="key for POST /api/cases (X-Api-Key); empty = off")
    auth_metadata_url: str = setting(
        "PSCBOT_AUTH_METADATA_URL",
        default="",
        doc="tests only: OpenID metadata URL for inbound tokens instead of Bot Framework's (refused in production)",
    )

    # Outbound Bot Connector transport.
    http_max_connections: int = setting("PSCBOT_HTTP_MAX_CONNECTIONS", _positive_int, 32, "pooled connections per host")
    http_timeout_s: float = setting("PSCBOT_HTTP_TIMEOUT_S", _positive_float, 15.0, "per-request timeout, seconds")
    http_max_attempts: int = setting("PSCBOT_HTTP_MAX_ATTEMPTS", _positive_int, 4, "attempts for retryable failures")
    app_rate_per_s: float = setting(
        "PSCBOT_APP_RATE_PER_S", _non_negative_float, 50.0, "requests/s per app to Teams (0 = unlimited)"
    )

    # Metrics (Prometheus text format at /metrics).
    metrics_token: str = setting(
        "PSCBOT_METRICS_TOKEN", default="", doc="bearer token for /metrics on the bot's port (required in production)"
    )
    metrics_port: int = setting(
        "PSCBOT_METRICS_PORT", _optional_port, 0, "serve /metrics without a token on 127.0.0.1:PORT instead; 0 = off"
    )

    # Knowledge base.
    kb_dir: str = setting(
        "PSCBOT_KB_DIR", default="guidelines", doc="guideline folder loaded into an empty KB (relative = project root)"
    )
    kb_threshold: float = setting("PSCBOT_KB_THRESHOLD", _float, 0.80, "below this confidence the bot refuses")

    # Mail triage.
    mail_source: str = setting("PSCBOT_MAIL_SOURCE", _choice("folder", "imap", "off"), "folder", "folder | imap | off")
    inbox_dir: str = setting(
        "PSCBOT_INBOX_DIR", default="var/inbox", doc="drop folder for .eml / Maildir (relative = PSCBOT_HOME)"
    )
    imap_host: str = setting("PSCBOT_IMAP_HOST", default="", doc="IMAP server")
    imap_port: int = setting("PSCBOT_IMAP_PORT", _port, 993, "IMAP port")
    imap_security: str = setting(
        "PSCBOT_IMAP_SECURITY",
        _choice("tls", "starttls", "none"),
        "tls",
        "tls | starttls | none (none only for local tests)",
    )
    imap_user: str = setting("PSCBOT_IMAP_USER", default="", doc="IMAP login")
    imap_password: str = setting("PSCBOT_IMAP_PASSWORD", default="", doc="IMAP password (or use the token)")
    imap_oauth_token: str = setting("PSCBOT_IMAP_OAUTH_TOKEN", default="", doc="XOAUTH2 access token")
    imap_folder: str = setting("PSCBOT_IMAP_FOLDER", default="INBOX", doc="mailbox folder to read")
    mail_poll_s: int = setting("PSCBOT_MAIL_POLL_S", _positive_int, 30, "seconds between mailbox polls")
    escalate_after_min: int = setting(
        "PSCBOT_ESCALATE_AFTER_MIN", _positive_int, 30, "minutes before an unacknowledged urgent alert escalates"
    )
    digest_cron: str = setting(
        "PSCBOT_DIGEST_CRON", _cron, "0 8,13 * * 1-5", doc="crontab for the low-priority digest (team time zone)"
    )

    # Roles: comma-separated Teams user ids / AAD object ids.
    admins: tuple[str, ...] = setting("PSCBOT_ADMINS", _csv, (), "admin user ids")
    medical_directors: tuple[str, ...] = setting("PSCBOT_MEDICAL_DIRECTORS", _csv, (), "MD user ids")
    team_leads: tuple[str, ...] = setting("PSCBOT_TEAM_LEADS", _csv, (), "team lead user ids")
    p2p_window_hours: int = setting(
        "PSCBOT_P2P_WINDOW_HOURS", _positive_int, 72, "plan-specific P2P window after a denial"
    )
    criteria_dir: str = setting(
        "PSCBOT_CRITERIA_DIR",
        default="",
        doc="folder of the plan's own review criteria (YAML, same format as "
        "bot/review/criteria/); empty = bundled criteria only",
    )

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
            if self.auth_metadata_url:
                raise SettingsError("PSCBOT_AUTH_METADATA_URL: for tests only, not allowed when PSCBOT_ENV=production")
        if self.app_type in {"SingleTenant", "UserAssignedMSI"} and self.app_id and not self.app_tenant_id:
            raise SettingsError(f"MicrosoftAppTenantId: required when MicrosoftAppType={self.app_type}")
        if self.mail_source == "imap" and not self.imap_host:
            raise SettingsError("PSCBOT_IMAP_HOST: required when PSCBOT_MAIL_SOURCE=imap")
        if self.is_production and self.database_url.lower().startswith("sqlite") and not self.allow_sqlite:
            raise SettingsError(
                "DATABASE_URL: production needs PostgreSQL (postgresql://user@host/db); "
                "set PSCBOT_ALLOW_SQLITE=true to run one instance on SQLite anyway"
            )
        if self.metrics_port and self.metrics_port == self.port:
            raise SettingsError("PSCBOT_METRICS_PORT: must differ from PSCBOT_PORT")

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

    def under_home(self, home: Path) -> Settings:
        """Relative paths (the SQLite file, the mail drop folder) resolved under the home folder."""
        changes: dict[str, Any] = {}
        scheme, _, rest = self.database_url.partition(":///")
        if scheme.lower().startswith("sqlite") and rest and rest != ":memory:" and not rest.startswith("/"):
            changes["database_url"] = f"{scheme}:///{home / rest}"
        if not Path(self.inbox_dir).is_absolute():
            changes["inbox_dir"] = str(home / self.inbox_dir)
        return self.replace(**changes) if changes else self

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


ENV_EXAMPLE_HEADER = """\
# pscbot settings. Copy to .env in PSCBOT_HOME (never commit it) or set them in the environment.
# Generated from bot/config.py (`python -m bot.config > .env.example`); every key is optional in development.
# PSCBOT_HOME itself (the folder holding .env, var/ and the default database) is read from the environment only.
"""


def render_env_example() -> str:
    blocks = [f"# {doc}\n{key}={default}\n" for key, default, doc in env_documentation()]
    return ENV_EXAMPLE_HEADER + "\n" + "\n".join(blocks)


if __name__ == "__main__":
    print(render_env_example(), end="")
