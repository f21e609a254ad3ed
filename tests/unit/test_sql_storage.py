"""botbuilder Storage on SQL: round trips, e-tag conflicts, deletes — on SQLite and PostgreSQL."""

import pytest
from botbuilder.core import ConversationState, StoreItem, TurnContext
from botbuilder.dialogs import DialogSet, TextPrompt
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from bot.sql_storage import EtagConflict, SqlStorage
from tests.support.chat import TeamsTestAdapter


class Note(StoreItem):
    def __init__(self, text="", e_tag="*"):
        super().__init__(text=text, e_tag=e_tag)


async def test_round_trip_and_etag_is_assigned(db):
    storage = SqlStorage(db)
    await storage.write({"k1": {"count": 1, "nested": {"a": [1, 2]}}})
    got = await storage.read(["k1", "missing"])
    assert list(got) == ["k1"]
    assert got["k1"]["count"] == 1 and got["k1"]["nested"] == {"a": [1, 2]}
    assert got["k1"]["e_tag"] not in (None, "", "*")


async def test_stale_etag_is_a_conflict(db):
    storage = SqlStorage(db)
    await storage.write({"k": {"v": 1}})
    first = (await storage.read(["k"]))["k"]
    second = (await storage.read(["k"]))["k"]
    first["v"] = 2
    await storage.write({"k": first})
    second["v"] = 3
    with pytest.raises(EtagConflict):
        await storage.write({"k": second})
    assert (await storage.read(["k"]))["k"]["v"] == 2


async def test_star_etag_overwrites(db):
    storage = SqlStorage(db)
    await storage.write({"k": {"v": 1}})
    await storage.write({"k": {"v": 9, "e_tag": "*"}})
    assert (await storage.read(["k"]))["k"]["v"] == 9


async def test_store_items_round_trip_with_etag(db):
    storage = SqlStorage(db)
    await storage.write({"note": Note("hello")})
    note = (await storage.read(["note"]))["note"]
    assert isinstance(note, Note) and note.text == "hello" and note.e_tag != "*"
    stale = (await storage.read(["note"]))["note"]
    note.text = "changed"
    await storage.write({"note": note})
    with pytest.raises(EtagConflict):
        await storage.write({"note": stale})


async def test_delete(db):
    storage = SqlStorage(db)
    await storage.write({"a": {"x": 1}, "b": {"x": 2}})
    await storage.delete(["a"])
    assert list(await storage.read(["a", "b"])) == ["b"]


async def test_dialog_state_survives_a_new_storage_instance(db):
    """A prompt started in one turn is resumed from SQL in the next (as after a restart)."""

    async def turn(storage, text):
        state = ConversationState(storage)
        dialogs = DialogSet(state.create_property("dialog"))
        dialogs.add(TextPrompt("ask"))
        adapter = TeamsTestAdapter()
        activity = Activity(
            type="message",
            text=text,
            channel_id="msteams",
            id="1",
            conversation=ConversationAccount(id="conv-1"),
            from_property=ChannelAccount(id="u"),
            recipient=ChannelAccount(id="b"),
            service_url="https://x.invalid",
        )
        result = {}

        async def logic(ctx: TurnContext):
            dc = await dialogs.create_context(ctx)
            outcome = await dc.continue_dialog()
            if outcome.status.name == "Empty":
                from botbuilder.dialogs.prompts import PromptOptions

                await dc.prompt("ask", PromptOptions(prompt=Activity(type="message", text="Question?")))
            else:
                result["answer"] = outcome.result
            await state.save_changes(ctx)

        await adapter.process_activity(activity, logic)
        return result

    await turn(SqlStorage(db), "start")
    assert (await turn(SqlStorage(db), "my answer")) == {"answer": "my answer"}
