import pytest

from bot.config import PROJECT_ROOT, Settings, SettingsError, env_documentation


def test_defaults_are_the_embedded_development_setup():
    s = Settings.from_env({})
    assert s.env == "development" and not s.auth_enabled
    assert s.database_url == "sqlite:///var/pscbot.db"
    assert (s.host, s.port) == ("127.0.0.1", 3978)
    assert str(s.tz) == "America/Chicago"


@pytest.mark.parametrize("env, key", [
    ({"PSCBOT_PORT": "eighty"}, "PSCBOT_PORT"),
    ({"PSCBOT_PORT": "70000"}, "PSCBOT_PORT"),
    ({"PSCBOT_ENV": "staging"}, "PSCBOT_ENV"),
    ({"PSCBOT_DEMO_DATA": "maybe"}, "PSCBOT_DEMO_DATA"),
    ({"PSCBOT_TIMEZONE": "Mars/Olympus"}, "PSCBOT_TIMEZONE"),
    ({"MicrosoftAppType": "Whatever"}, "MicrosoftAppType"),
    ({"PSCBOT_KB_THRESHOLD": "high"}, "PSCBOT_KB_THRESHOLD"),
])
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
    ok = Settings.from_env({"PSCBOT_ENV": "production", "MicrosoftAppId": "id", "MicrosoftAppPassword": "pw",
                            "DATABASE_URL": "postgresql://pscbot@db.example.invalid/pscbot"})
    assert ok.auth_enabled and ok.is_production


def test_single_tenant_needs_a_tenant_id():
    with pytest.raises(SettingsError, match="MicrosoftAppTenantId"):
        Settings.from_env({"MicrosoftAppId": "id", "MicrosoftAppType": "SingleTenant"})


def test_values_parse_to_types():
    s = Settings.from_env({"PSCBOT_ALLOWED_TENANTS": " t1, t2 ,", "PSCBOT_DEMO_DATA": "off",
                           "PSCBOT_PORT": "4000", "MicrosoftAppType": "singletenant",
                           "MicrosoftAppId": "id", "MicrosoftAppTenantId": "tid"})
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
