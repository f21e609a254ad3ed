"""The deployment files say what docs/deploy.md promises: a slim, non-root image that runs `pscbot serve`
from the locked dependencies with a health check on /readyz; compose runs it beside PostgreSQL and dovecot."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess

import yaml

from bot.config import PROJECT_ROOT, env_documentation


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    text = (PROJECT_ROOT / "Dockerfile").read_text()
    text = re.sub(r"\\\n", " ", text)
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def test_the_image_runs_pscbot_serve_as_a_non_root_user_from_the_lock():
    steps = dockerfile()
    instructions = [word for word, _ in steps]
    assert steps[0] == ("FROM", "python:3.11-slim")
    entrypoint = [args for word, args in steps if word == "ENTRYPOINT"]
    assert len(entrypoint) == 1 and json.loads(entrypoint[0]) == ["pscbot", "serve"]
    users = [args for word, args in steps if word == "USER"]
    assert users and users[-1] not in {"root", "0"}
    assert instructions.index("USER") < instructions.index("ENTRYPOINT")
    runs = " ".join(args for word, args in steps if word == "RUN")
    assert "--require-hashes -r /app/requirements.lock" in runs and "--no-deps" in runs
    copied = " ".join(args for word, args in steps if word == "COPY")
    for path in ("requirements.lock", "bot", "guidelines", "manifest", "cards", "dialogs"):
        assert re.search(rf"(^|\s){re.escape(path)}(\s|$)", copied), path


def test_the_image_checks_readiness():
    (health,) = [args for word, args in dockerfile() if word == "HEALTHCHECK"]
    assert "/readyz" in health and "CMD" in health


def test_compose_runs_the_bot_with_postgresql_and_dovecot():
    compose = yaml.safe_load((PROJECT_ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert {"bot", "db", "mail"} <= set(services)
    assert services["db"]["image"].startswith("postgres:")
    assert services["mail"]["image"].startswith("dovecot/")
    bot = services["bot"]
    assert bot["build"] == "."
    env = bot["environment"]
    assert env["DATABASE_URL"].startswith("postgresql://") and "@db:5432/" in env["DATABASE_URL"]
    assert env["PSCBOT_IMAP_HOST"] == "mail" and env["PSCBOT_MAIL_SOURCE"] == "imap"
    known = {key for key, _default, _doc in env_documentation()}
    assert set(env) <= known, set(env) - known  # every variable is a real setting
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert all(port.startswith("127.0.0.1:") for port in bot["ports"])
    for volume in services["mail"]["volumes"]:
        source = volume.split(":")[0]
        if source.startswith("./"):
            assert (PROJECT_ROOT / source).is_file(), source
    # Where the compose plugin is installed, compose itself must accept the file too (this machine has none).
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0:
        done = subprocess.run(
            [docker, "compose", "-f", str(PROJECT_ROOT / "compose.yaml"), "config", "-q"],
            capture_output=True,
            text=True,
            cwd=PROJECT_ROOT,
        )
        assert done.returncode == 0, done.stderr


def test_the_agents_toolkit_project_fills_the_same_manifest_template():
    project = yaml.safe_load((PROJECT_ROOT / "m365agents.yml").read_text())
    env = dict(
        line.split("=", 1)
        for line in (PROJECT_ROOT / "env" / ".env.dev").read_text().splitlines()
        if line and not line.startswith("#")
    )
    template = (PROJECT_ROOT / "manifest" / "manifest.template.json").read_text()
    markers = set(re.findall(r"\$\{\{([A-Z_]+)\}\}", template))
    assert markers == {"TEAMS_APP_ID", "BOT_ID", "BOT_DOMAIN", "BOT_NAME", "APP_VERSION"}
    assert markers <= set(env)
    steps = {step["uses"]: step for step in project["provision"]}
    assert steps["teamsApp/create"]["writeToEnvironmentFile"]["teamsAppId"] == "TEAMS_APP_ID"
    assert steps["botAadApp/create"]["writeToEnvironmentFile"]["botId"] == "BOT_ID"
    build = shlex.split(steps["script"]["with"]["run"])
    assert build[:3] == [".venv/bin/pscbot", "manifest", "build"]
    assert "${{TEAMS_APP_ID}}" in build and "${{BOT_ID}}" in build
    assert "/api/messages" in steps["botFramework/create"]["with"]["messagingEndpoint"]
    out = build[build.index("--out") + 1]
    assert steps["teamsApp/update"]["with"]["appPackagePath"] == f"./{out}/appPackage.zip"


def test_the_toolkit_build_step_makes_a_package(tmp_path):
    """The script step, with the values provision would have written."""
    from manifest.build import build_package

    path = build_package(
        app_id="11111111-2222-3333-4444-555555555555",
        bot_id="66666666-7777-8888-9999-000000000000",
        domain="your-tunnel-3978.example.devtunnels.ms",
        out_dir=tmp_path,
        bot_name="pscbot",
    )
    assert path.is_file() and path.name == "appPackage.zip"
