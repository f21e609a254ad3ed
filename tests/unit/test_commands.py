import pytest

from bot.commands import Command, CommandRegistry, clean_text
from bot.features import build_registries


async def _noop(ctx):  # pragma: no cover - never called
    return None


@pytest.fixture
def registry():
    reg = CommandRegistry()
    reg.add(Command("case", "/case <id | member id>", "Show a case", _noop, aliases=("c",)))
    reg.add(Command("help", "/help", "Help", _noop, aliases=("?",)))
    reg.add(Command("queue", "/queue [mine|team]", "Queue", _noop))
    return reg


@pytest.mark.parametrize(
    "raw",
    [
        "/case 123",
        "case 123",
        "<at>pscbot</at> /case 123",
        "<at>pscbot</at>case 123",
        "  /case   123  ",
        "/CASE 123",
        "c 123",
        "<p><at>psc bot</at>&nbsp;/case 123</p>",
        "\u200b/case\u00a0123",
    ],
)
def test_case_command_forms(registry, raw):
    parsed = registry.parse(raw)
    assert parsed.command is not None and parsed.command.name == "case"
    assert parsed.args == "123"


def test_unknown_slash_command_is_flagged(registry):
    parsed = registry.parse("/casee 123")
    assert parsed.command is None and parsed.unknown_command == "/casee"


def test_bare_word_question_stays_free_text(registry):
    parsed = registry.parse("case manager says the patient is ready, do we need a new auth for SNF?")
    assert parsed.is_free_text and parsed.text.startswith("case manager")


def test_empty_and_mention_only_input(registry):
    assert registry.parse("").text == ""
    assert registry.parse("<at>pscbot</at>   ").text == ""
    assert registry.parse(None).text == ""


def test_clean_text_strips_mentions_and_whitespace():
    assert clean_text("<at>pscbot</at>\n\t/help  me ") == "/help me"


def test_duplicate_words_are_rejected(registry):
    with pytest.raises(ValueError, match="registered twice"):
        registry.add(Command("c", "/c", "dup", _noop))


def test_manifest_lists_follow_the_registry():
    commands, _ = build_registries()
    lists = commands.manifest_command_lists()
    assert {tuple(lst["scopes"]) for lst in lists} == {("personal",), ("team",), ("groupChat",)}
    personal = next(lst for lst in lists if lst["scopes"] == ["personal"])
    assert [c["title"] for c in personal["commands"]] == [c.name for c in commands.for_scope("personal")][:12]
    assert all(len(c["description"]) <= 128 for lst in lists for c in lst["commands"])
