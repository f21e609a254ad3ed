"""Metrics move as users talk to the bot: a turn is counted by command and outcome, a question by its result."""

from prometheus_client import REGISTRY

from tests.support.chat import only


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_a_command_turn_is_counted_by_command_and_outcome(chat):
    before = sample("pscbot_turns_total", command="help", outcome="ok")
    timed = sample("pscbot_turn_seconds_count", command="help")
    only(await chat.say("/help"))
    assert sample("pscbot_turns_total", command="help", outcome="ok") == before + 1
    assert sample("pscbot_turn_seconds_count", command="help") == timed + 1


async def test_a_guideline_question_is_counted_as_a_question_and_by_its_answer(chat):
    turns = sample("pscbot_turns_total", command="question", outcome="ok")
    answers = sum(sample("pscbot_kb_answers_total", result=r) for r in ("answered", "unsure", "refused"))
    timed = sample("pscbot_kb_answer_seconds_count")
    await chat.say("how long does a member have to appeal a denial?")
    assert sample("pscbot_turns_total", command="question", outcome="ok") == turns + 1
    assert sum(sample("pscbot_kb_answers_total", result=r) for r in ("answered", "unsure", "refused")) == answers + 1
    assert sample("pscbot_kb_answer_seconds_count") == timed + 1


async def test_an_off_topic_question_counts_as_refused(chat):
    refused = sample("pscbot_kb_answers_total", result="refused")
    await chat.say("what is the best pizza topping in Chicago?")
    assert sample("pscbot_kb_answers_total", result="refused") == refused + 1
