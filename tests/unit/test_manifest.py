"""The Teams app package: schema-valid manifest, icons Teams accepts, command lists from the registry."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from bot.features import build_registries
from manifest.build import build_manifest, build_package, load_template
from tests.support.node import NODE_MODULES, SUPPORT, require_node_packages
from tests.support.png import read_ihdr, read_png

APP_ID = "0f3c6a52-9d1e-4b7a-8c2f-5e6d7a8b9c01"  # synthetic
BOT_ID = "7e1d2c3b-4a59-4687-9a0b-c1d2e3f4a5b6"  # synthetic
DOMAIN = "pscbot.example.invalid"


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return build_package(APP_ID, BOT_ID, DOMAIN, tmp_path_factory.mktemp("pkg") / "out")


@pytest.fixture(scope="module")
def files(package) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


@pytest.fixture(scope="module")
def manifest(files) -> dict:
    return json.loads(files["manifest.json"])


def validate(manifest_doc: dict, tmp_path: Path) -> list[str]:
    node = require_node_packages("@microsoft/app-manifest", "ajv-draft-04", "ajv-formats")
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(manifest_doc), encoding="utf-8")
    proc = subprocess.run(
        [node, str(SUPPORT / "validate_manifest.js"), str(path)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["errors"]


def test_package_has_the_three_files_at_the_root(package, files):
    assert package.name == "appPackage.zip"
    assert sorted(files) == ["color.png", "manifest.json", "outline.png"]


def test_manifest_is_valid_against_the_official_schema(manifest, tmp_path):
    assert validate(manifest, tmp_path) == []


def test_schema_version_is_recent_and_shipped(manifest):
    major, minor = (int(p) for p in manifest["manifestVersion"].split("."))
    assert (major, minor) >= (1, 24)
    assert manifest["$schema"].endswith(f"/v{manifest['manifestVersion']}/MicrosoftTeams.schema.json")
    schema = (
        NODE_MODULES
        / "@microsoft/app-manifest/build/json-schemas/teams"
        / f"v{manifest['manifestVersion']}"
        / "MicrosoftTeams.schema.json"
    )
    if NODE_MODULES.is_dir():
        assert schema.is_file(), schema


def test_the_validator_really_rejects_a_broken_manifest(manifest, tmp_path):
    broken = json.loads(json.dumps(manifest))
    broken["bots"][0]["botId"] = "not-a-guid"
    broken["bots"][0]["scopes"] = ["everywhere"]
    broken["unexpected"] = True
    errors = validate(broken, tmp_path)
    joined = "\n".join(errors)
    assert "/bots/0/botId" in joined and "/bots/0/scopes/0" in joined and "unexpected" in joined


def test_values_are_filled_in(manifest):
    assert manifest["id"] == APP_ID
    bot = manifest["bots"][0]
    assert bot["botId"] == BOT_ID
    assert bot["scopes"] == ["personal", "team", "groupChat"]
    assert bot["supportsFiles"] is False and bot["isNotificationOnly"] is False
    assert manifest["validDomains"] == [DOMAIN]
    assert manifest["name"] == {"short": "pscbot", "full": "pscbot for Pre-Service Coordinators"}
    assert sorted(manifest["permissions"]) == ["identity", "messageTeamMembers"]
    assert manifest["icons"] == {"color": "color.png", "outline": "outline.png"}
    assert "{{" not in json.dumps(manifest)


def test_command_lists_equal_the_registry(manifest):
    commands, _ = build_registries()
    expected = commands.manifest_command_lists()
    assert manifest["bots"][0]["commandLists"] == expected
    for entry in expected:
        assert len(entry["commands"]) <= 12  # schema limit per list
    titles = {c["title"] for entry in expected for c in entry["commands"]}
    assert "help" in titles


def test_every_manifest_command_is_dispatched_by_the_registry(manifest):
    commands, _ = build_registries()
    for entry in manifest["bots"][0]["commandLists"]:
        for item in entry["commands"]:
            parsed = commands.parse(item["title"])  # a command-menu pick arrives as plain text
            assert parsed.command is not None, item["title"]


def test_icons_have_the_sizes_teams_requires(files):
    assert read_ihdr(files["color.png"])[:2] == (192, 192)
    assert read_ihdr(files["outline.png"])[:2] == (32, 32)


def test_colour_icon_is_opaque_full_colour(files):
    png = read_png(files["color.png"])
    assert all(px[3] == 255 for px in png.pixels)
    assert len({px[:3] for px in png.pixels}) >= 2


def test_outline_icon_is_white_on_transparent(files):
    png = read_png(files["outline.png"])
    assert png.has_alpha
    visible = [px for px in png.pixels if px[3] > 0]
    assert visible, "outline icon is empty"
    assert all(px[:3] == (255, 255, 255) for px in visible), "outline icon may only use white"
    assert len(visible) < len(png.pixels), "outline icon needs a transparent background"
    corners = [png.pixels[0], png.pixels[31], png.pixels[-32], png.pixels[-1]]
    assert all(px[3] == 0 for px in corners)


def test_committed_icons_match_the_generator():
    from manifest import make_icons

    here = Path(make_icons.__file__).parent
    assert (here / "color.png").read_bytes() == make_icons.color_icon()
    assert (here / "outline.png").read_bytes() == make_icons.outline_icon()


@pytest.mark.parametrize(
    "app_id, bot_id",
    [
        ("not-a-guid", BOT_ID),
        (APP_ID, "1234"),
        ("{0f3c6a52-9d1e-4b7a-8c2f-5e6d7a8b9c01}", BOT_ID),
        (APP_ID, "0f3c6a529d1e4b7a8c2f5e6d7a8b9c01"),
        ("", BOT_ID),
        (None, BOT_ID),
        (APP_ID, BOT_ID + "0"),
    ],
)
def test_bad_guids_are_rejected(app_id, bot_id, tmp_path):
    with pytest.raises(ValueError, match="must be a GUID"):
        build_package(app_id, bot_id, DOMAIN, tmp_path)
    assert not (tmp_path / "appPackage.zip").exists()


@pytest.mark.parametrize(
    "domain", ["https://bot.example.com", "bot.example.com/api", "bot.example.com:443", "", "bad domain.com"]
)
def test_bad_domains_are_rejected(domain):
    with pytest.raises(ValueError, match="domain"):
        build_manifest(APP_ID, BOT_ID, domain, "pscbot", [])


def test_bot_name_is_a_value_not_json(tmp_path):
    name = 'psc"bot\\ ${{TEAMS_APP_ID}}'
    doc = build_manifest(APP_ID, BOT_ID, DOMAIN, name, [])
    assert doc["name"]["short"] == name
    assert doc["name"]["full"] == f"{name} for Pre-Service Coordinators"
    with pytest.raises(ValueError, match="bot_name"):
        build_manifest(APP_ID, BOT_ID, DOMAIN, "x" * 31, [])


def test_template_is_not_mutated_and_keeps_placeholders():
    doc = build_manifest(APP_ID, BOT_ID, DOMAIN, "pscbot", [])
    assert "commandLists" not in doc["bots"][0]  # nothing to list: the key is left out
    template = load_template()
    assert template["id"] == "${{TEAMS_APP_ID}}" and template["bots"][0]["botId"] == "${{BOT_ID}}"


def test_cli_builds_the_package(tmp_path, capsys):
    from types import SimpleNamespace

    from bot.cli import build_parser, cmd_manifest_build

    args = build_parser().parse_args(["manifest", "build", "--app-id", APP_ID, "--out", str(tmp_path)])
    assert args.func is cmd_manifest_build
    assert cmd_manifest_build(args, SimpleNamespace(bot_name="pscbot")) == 0
    assert "appPackage.zip" in capsys.readouterr().out
    with zipfile.ZipFile(tmp_path / "appPackage.zip") as zf:
        doc = json.loads(zf.read("manifest.json"))
    assert doc["bots"][0]["botId"] == APP_ID  # --bot-id defaults to --app-id
