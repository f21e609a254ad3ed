import pytest

from bot.config import PROJECT_ROOT, Settings, SettingsError, env_documentation


def test_defaults_are_the_embedded_development_setup():
    s = Settings.from_env({})
    assert s.env == "development" and not s.auth_enabled
    assert s.database_url == "sqlite:///var/pscbot.db"
    assert (s.host, s.port) == ("127.0.0.1", 3978)
    assert str(s.tz) == "America/Chicago"


@pytest.mark.parametrize(
    "env, key",
    [
        ({"PSCBOT_PORT": "eighty"}, "PSCBOT_PORT"),
        ({"PSCBOT_PORT": "70000"}, "PSCBOT_PORT"),
        ({"PSCBOT_ENV": "staging"}, "PSCBOT_ENV"),
        ({"PSCBOT_DEMO_DATA": "maybe"}, "PSCBOT_DEMO_DATA"),
        ({"PSCBOT_TIMEZONE": "Mars/Olympus"}, "PSCBOT_TIMEZONE"),
        ({"MicrosoftAppType": "Whatever"}, "MicrosoftAppType"),
        ({"PSCBOT_KB_THRESHOLD": "high"}, "PSCBOT_KB_THRESHOLD"),
    ],
)
def test_bad_values_name_the_key_in_one_line(env, key):
    with pytest.raises(SettingsError) as err:
        Settings.from_env(env)
    message = str(err.value)
    assert message.startswith(key + ":") and "\n" not in message


def test_production_refuses_to_start_without_credentials():
    with pytest.raises(SettingsError, match="MicrosoftAppId"):
        Settings.from_env({"PSCBOT_ENV": "production"})
    with pytest.raises(SettingsError, match="MicrosoftAppPassword"):
        Settings.from_env({"PSCBOT_ENV": "production", "MicrosoftAppId": "00000000-0000-0000-0000-000000000001"})
    ok = Settings.from_env(
        {
            "PSCBOT_ENV": "production",
            "MicrosoftAppId": "id",
            "MicrosoftAppPassword": "pw",
            "DATABASE_URL": "postgresql://pscbot@db.example.invalid/pscbot",
        }
    )
    assert ok.auth_enabled and ok.is_production


def test_single_tenant_needs_a_tenant_id():
    with pytest.raises(SettingsError, match="MicrosoftAppTenantId"):
        Settings.from_env({"MicrosoftAppId": "id", "MicrosoftAppType": "SingleTenant"})


def test_values_parse_to_types():
    s = Settings.from_env(
        {
            "PSCBOT_ALLOWED_TENANTS": " t1, t2 ,",
            "PSCBOT_DEMO_DATA": "off",
            "PSCBOT_PORT": "4000",
            "MicrosoftAppType": "singletenant",
            "MicrosoftAppId": "id",
            "MicrosoftAppTenantId": "tid",
        }
    )
    assert s.allowed_tenants == ("t1", "t2") and s.demo_data is False and s.port == 4000
    assert s.app_type == "SingleTenant"


def test_dotenv_is_read_and_environment_wins(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text('# comment\nPSCBOT_PORT=4001\nexport PSCBOT_BOT_NAME="PSC Helper"\n')
    assert Settings.from_env({}, dotenv=dotenv).bot_name == "PSC Helper"
    assert Settings.from_env({"PSCBOT_PORT": "4002"}, dotenv=dotenv).port == 4002


def test_env_example_documents_every_key():
    example = (PROJECT_ROOT / ".env.example").read_text()
    for key, _default, doc in env_documentation():
        assert f"{key}=" in example, key
        assert doc, f"{key} has no documentation"


@pytest.mark.parametrize(
    "env, key, says",
    [
        ({"PSCBOT_PORT": "abc"}, "PSCBOT_PORT", "expected a TCP port 1-65535"),
        ({"PSCBOT_HTTP_TIMEOUT_S": "-1"}, "PSCBOT_HTTP_TIMEOUT_S", "greater than 0"),
        ({"PSCBOT_HTTP_TIMEOUT_S": "0"}, "PSCBOT_HTTP_TIMEOUT_S", "greater than 0"),
        ({"PSCBOT_HTTP_TIMEOUT_S": "nan"}, "PSCBOT_HTTP_TIMEOUT_S", "finite"),
        ({"PSCBOT_MAIL_POLL_S": "0"}, "PSCBOT_MAIL_POLL_S", "greater than 0"),
        ({"PSCBOT_DIGEST_CRON": "bad"}, "PSCBOT_DIGEST_CRON", "crontab"),
        ({"PSCBOT_DIGEST_CRON": "0 25 * * *"}, "PSCBOT_DIGEST_CRON", "crontab"),
        ({"DATABASE_URL": "nonsense://"}, "DATABASE_URL", "sqlite:///"),
        ({"DATABASE_URL": "sqlite://relative.db"}, "DATABASE_URL", "three slashes"),
        ({"PSCBOT_METRICS_PORT": "99999"}, "PSCBOT_METRICS_PORT", "TCP port"),
        ({"PSCBOT_METRICS_PORT": "3978"}, "PSCBOT_METRICS_PORT", "differ"),
        (
            {"PSCBOT_ENV": "production", "MicrosoftAppId": "id", "MicrosoftAppPassword": "pw"},
            "DATABASE_URL",
            "PSCBOT_ALLOW_SQLITE=true",
        ),
    ],
)
def test_every_setting_is_checked_at_start(env, key, says):
    with pytest.raises(SettingsError) as err:
        Settings.from_env(env)
    assert str(err.value).startswith(key + ":") and says in str(err.value) and "\n" not in str(err.value)


def test_production_on_sqlite_only_when_allowed():
    s = Settings.from_env(
        {
            "PSCBOT_ENV": "production",
            "MicrosoftAppId": "id",
            "MicrosoftAppPassword": "pw",
            "PSCBOT_ALLOW_SQLITE": "true",
        }
    )
    assert s.is_production and s.database_url.startswith("sqlite")


def test_home_holds_relative_paths_and_dotenv(tmp_path):
    from bot.home import load, resolve_home

    (tmp_path / ".env").write_text("PSCBOT_BOT_NAME=Home Bot\n")
    settings, home, why = load({"PSCBOT_HOME": str(tmp_path)})
    assert (home, why) == (tmp_path.resolve(), "PSCBOT_HOME")
    assert settings.bot_name == "Home Bot"
    assert settings.database_url == f"sqlite:///{tmp_path.resolve()}/var/pscbot.db"
    assert settings.inbox_dir == str(tmp_path.resolve() / "var" / "inbox")
    absolute, _, _ = load(
        {"PSCBOT_HOME": str(tmp_path), "DATABASE_URL": "sqlite:////srv/x.db", "PSCBOT_INBOX_DIR": "/srv/inbox"}
    )
    assert absolute.database_url == "sqlite:////srv/x.db" and absolute.inbox_dir == "/srv/inbox"
    assert resolve_home({}) == (PROJECT_ROOT, "source checkout")


def test_env_example_is_generated_from_the_settings():
    from bot.config import render_env_example

    assert (PROJECT_ROOT / ".env.example").read_text() == render_env_example(), (
        "run: .venv/bin/python -m bot.config > .env.example"
    )
