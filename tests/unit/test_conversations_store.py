from bot.storage.conversations import ConversationStore, SeenConversation, conversation_key


def seen(conv_id="19:c@thread.tacv2", scope="channel", url="https://smba.example.invalid/"):
    return SeenConversation(
        conversation_id=conv_id,
        reference={"conversation": {"id": conv_id}, "serviceUrl": url},
        scope=scope,
        service_url=url,
        tenant_id="t1",
        team_id="19:team",
        channel_id=conv_id,
    )


async def test_first_sighting_is_new_and_later_ones_are_not(db):
    store = ConversationStore(db)
    key, is_new = await store.remember(seen())
    assert key == conversation_key("19:c@thread.tacv2") and is_new
    assert (await store.remember(seen()))[1] is False
    assert (await ConversationStore(db).remember(seen()))[1] is False  # another process, same row


async def test_service_url_change_is_saved(db):
    store = ConversationStore(db)
    await store.remember(seen())
    await store.remember(seen(url="https://smba.example.invalid/emea/"))
    row = await store.get(conversation_key("19:c@thread.tacv2"))
    assert row.service_url.endswith("/emea/") and row.reference["serviceUrl"].endswith("/emea/")


async def test_deactivate_then_reinstall_is_new_again(db):
    store = ConversationStore(db)
    await store.remember(seen())
    await store.deactivate("19:c@thread.tacv2")
    assert [r.key for r in await store.list()] == []
    assert len(await store.list(active_only=False)) == 1
    assert (await store.remember(seen()))[1] is True
