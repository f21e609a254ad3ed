"""Build the Teams app package: manifest.json (from the template and the command registry) + icons.

The template is parsed first and values are filled into the parsed structure, never into raw JSON text,
so a bot name with quotes or backslashes cannot break (or inject into) the manifest.
"""

from __future__ import annotations

import copy
import json
import re
import zipfile
from collections.abc import Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.commands import CommandRegistry

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "manifest.template.json"
ICONS = ("color.png", "outline.png")
PACKAGE_NAME = "appPackage.zip"

_GUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
# A bare host name (optionally with a leading "*." wildcard), no scheme, port or path.
_DOMAIN = re.compile(
    r"^(?:\*\.)?(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"
)
# The Microsoft 365 Agents Toolkit's own ${{ENV_NAME}} markers, so m365agents.yml can use the same template.
_PLACEHOLDER = re.compile(r"\$\{\{([A-Z_]+)\}\}")
_SEMVER = re.compile(r"^(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)$")
SHORT_NAME_MAX = 30  # name.short in the manifest schema


def _check_guid(label: str, value: Any) -> str:
    if not isinstance(value, str) or not _GUID.match(value.strip()):
        raise ValueError(f"{label} must be a GUID like 00000000-0000-0000-0000-000000000000, got {value!r}")
    return value.strip().lower()


def _check_domain(value: Any) -> str:
    if not isinstance(value, str) or not _DOMAIN.match(value.strip()):
        raise ValueError(
            f"domain must be a bare host name such as bot.example.com (no https://, port or path), got {value!r}"
        )
    return value.strip().lower()


def _check_bot_name(value: Any) -> str:
    name = value.strip() if isinstance(value, str) else ""
    if not name or len(name) > SHORT_NAME_MAX:
        raise ValueError(f"bot_name must be 1-{SHORT_NAME_MAX} characters, got {value!r}")
    return name


def _app_version() -> str:
    try:
        version = metadata.version("pscbot")
    except metadata.PackageNotFoundError:
        return "1.0.0"
    return version if _SEMVER.match(version) else "1.0.0"


def load_template() -> dict[str, Any]:
    return json.loads(TEMPLATE.read_text(encoding="utf-8"))


def _fill(node: Any, values: Mapping[str, str]) -> Any:
    """Replace ${{KEY}} markers inside string values of the parsed template."""
    if isinstance(node, dict):
        return {key: _fill(val, values) for key, val in node.items()}
    if isinstance(node, list):
        return [_fill(item, values) for item in node]
    if isinstance(node, str):

        def sub(match: re.Match[str]) -> str:
            if match.group(1) not in values:
                raise ValueError(f"manifest template uses unknown placeholder {match.group(0)}")
            return values[match.group(1)]

        return _PLACEHOLDER.sub(sub, node)
    return node


def _command_lists(commands: CommandRegistry | Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    if commands is None:
        from bot.features import build_registries

        commands = build_registries()[0]
    if hasattr(commands, "manifest_command_lists"):
        return copy.deepcopy(commands.manifest_command_lists())
    return [copy.deepcopy(dict(entry)) for entry in commands]


def build_manifest(
    app_id: str,
    bot_id: str,
    domain: str,
    bot_name: str = "pscbot",
    commands: CommandRegistry | Sequence[Mapping[str, Any]] | None = None,
    *,
    version: str | None = None,
) -> dict[str, Any]:
    """The manifest as a dict.

    `commands` is a CommandRegistry (or ready-made commandLists); by default the bot's own registry
    from `bot.features.build_registries()`, so the manifest never drifts from what the bot dispatches.
    """
    values = {
        "TEAMS_APP_ID": _check_guid("app_id", app_id),
        "BOT_ID": _check_guid("bot_id", bot_id),
        "BOT_DOMAIN": _check_domain(domain),
        "BOT_NAME": _check_bot_name(bot_name),
        "APP_VERSION": version or _app_version(),
    }
    if not _SEMVER.match(values["APP_VERSION"]):
        raise ValueError(f"version must look like 1.2.3, got {values['APP_VERSION']!r}")
    manifest = _fill(load_template(), values)
    command_lists = _command_lists(commands)
    for bot in manifest.get("bots", []):
        if command_lists:
            bot["commandLists"] = command_lists
        else:
            bot.pop("commandLists", None)
    return manifest


def build_package(
    app_id: str,
    bot_id: str,
    domain: str,
    out_dir: Path | str,
    bot_name: str = "pscbot",
    commands: CommandRegistry | Sequence[Mapping[str, Any]] | None = None,
) -> Path:
    """Write out_dir/appPackage.zip (manifest.json, color.png, outline.png at the root); return its path."""
    manifest = build_manifest(app_id, bot_id, domain, bot_name, commands)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / PACKAGE_NAME
    tmp = path.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        for icon in ICONS:
            zf.writestr(icon, (HERE / icon).read_bytes())
    tmp.replace(path)
    return path
