"""Conversation-test helpers: Teams-shaped activities and a chat that reads like a transcript."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    ChannelAccount,
    ConversationAccount,
    ConversationReference,
)

TENANT = "tenant-0000-synthetic"
BOT = ChannelAccount(id="28:pscbot-test", name="pscbot")
_ids = itertools.count(1)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aad_object_id: str

    def account(self) -> ChannelAccount:
        return ChannelAccount(id=self.id, name=self.name, aad_object_id=self.aad_object_id)


PAT = Person("29:pat", "Pat Coordinator", "aad-pat")
SAM = Person("29:sam", "Sam Coordinator", "aad-sam")
DR_LEE = Person("29:drlee", "Dr. Lee (MD)", "aad-drlee")


def conversation(
    scope: str = "personal", *, conv_id: str | None = None, tenant: str = TENANT, name: str | None = None
) -> ConversationAccount:
    conv_id = (
        conv_id
        or {"personal": "a:personal-pat", "groupChat": "19:group@thread.v2", "channel": "19:general@thread.tacv2"}[
            scope
        ]
    )
    return ConversationAccount(
        id=conv_id, conversation_type=scope, tenant_id=tenant, name=name, is_group=scope != "personal"
    )


def channel_data(scope: str, tenant: str = TENANT) -> dict:
    data: dict[str, Any] = {"tenant": {"id": tenant}}
    if scope == "channel":
        data["team"] = {"id": "19:team@thread.tacv2", "name": "PSC Team"}
        data["channel"] = {"id": "19:general@thread.tacv2", "name": "General"}
    return data


def make_message(
    text: str | None,
    *,
    who: Person = PAT,
    scope: str = "personal",
    tenant: str = TENANT,
    value: dict | None = None,
    reply_to_id: str | None = None,
    conv_id: str | None = None,
) -> Activity:
    return Activity(
        type=ActivityTypes.message,
        id=f"m{next(_ids)}",
        text=text,
        value=value,
        from_property=who.account(),
        recipient=BOT,
        conversation=conversation(scope, conv_id=conv_id, tenant=tenant),
        channel_id="msteams",
        service_url="https://smba.example.invalid/amer/",
        channel_data=channel_data(scope, tenant),
        reply_to_id=reply_to_id,
    )


def make_invoke(
    verb: str,
    data: dict | None = None,
    *,
    who: Person = PAT,
    scope: str = "personal",
    tenant: str = TENANT,
    reply_to_id: str | None = None,
) -> Activity:
    return Activity(
        type=ActivityTypes.invoke,
        name="adaptiveCard/action",
        id=f"i{next(_ids)}",
        value={"action": {"type": "Action.Execute", "verb": verb, "data": data or {}}},
        from_property=who.account(),
        recipient=BOT,
        conversation=conversation(scope, tenant=tenant),
        channel_id="msteams",
        service_url="https://smba.example.invalid/amer/",
        channel_data=channel_data(scope, tenant),
        reply_to_id=reply_to_id,
    )


def make_install(*, scope: str = "personal", action: str = "add", who: Person = PAT, tenant: str = TENANT) -> Activity:
    return Activity(
        type=ActivityTypes.installation_update,
        action=action,
        id=f"n{next(_ids)}",
        from_property=who.account(),
        recipient=BOT,
        conversation=conversation(scope, tenant=tenant),
        channel_id="msteams",
        service_url="https://smba.example.invalid/amer/",
        channel_data=channel_data(scope, tenant),
    )


def make_bot_added(*, scope: str = "channel", removed: bool = False, tenant: str = TENANT) -> Activity:
    data = channel_data(scope, tenant)
    data["eventType"] = "teamMemberRemoved" if removed else "teamMemberAdded"
    activity = Activity(
        type=ActivityTypes.conversation_update,
        id=f"u{next(_ids)}",
        from_property=PAT.account(),
        recipient=BOT,
        conversation=conversation(scope, tenant=tenant),
        channel_id="msteams",
        service_url="https://smba.example.invalid/amer/",
        channel_data=data,
    )
    if removed:
        activity.members_removed = [BOT]
    else:
        activity.members_added = [BOT]
    return activity


class TeamsTestAdapter(TestAdapter):
    """TestAdapter that keeps each activity's own sender, conversation and tenant (the stock one overwrites them)."""

    async def process_activity(self, activity: Activity, logic):
        activity.timestamp = activity.timestamp
        await self.run_pipeline(self.create_turn_context(activity), logic)

    async def continue_conversation(
        self, reference: ConversationReference, callback, bot_app_id=None, claims_identity=None, audience=None
    ):
        self.proactive_app_ids.append(bot_app_id)
        activity = TurnContext.apply_conversation_reference(Activity(type=ActivityTypes.event), reference, True)
        await self.run_pipeline(self.create_turn_context(activity), callback)

    @property
    def proactive_app_ids(self) -> list:
        if not hasattr(self, "_proactive_app_ids"):
            self._proactive_app_ids = []
        return self._proactive_app_ids


def card_of(activity: Activity) -> dict | None:
    for attachment in activity.attachments or []:
        if attachment.content_type == "application/vnd.microsoft.card.adaptive":
            return attachment.content
    return None


def card_texts(card: dict | None) -> str:
    """Every visible string of a card, joined: TextBlock and RichTextBlock texts, fact titles/values,
    action titles."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            kind = node.get("type")
            if kind == "TextBlock":
                out.append(str(node.get("text", "")))
            elif kind == "RichTextBlock":  # TextRuns of one block read as one line
                out.append("".join(str(i.get("text", "")) for i in node.get("inlines", [])))
            elif kind == "FactSet":
                out.extend(f"{f['title']}: {f['value']}" for f in node.get("facts", []))
            elif isinstance(kind, str) and kind.startswith("Action."):
                out.append(f"[{node.get('title', '')}]")
            elif kind and kind.startswith("Input."):
                shown = f"<{node.get('label') or node.get('placeholder') or node.get('id')}>"
                out.append(f"{shown} {node['title']}" if kind == "Input.Toggle" and node.get("title") else shown)
            for key, value in node.items():
                if key not in {"text", "facts", "title", "data", "fallback", "inlines"}:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card)
    return "\n".join(out)


def _typed_nodes(card: dict | None, prefix: str, skip: frozenset[str] = frozenset()) -> list[dict]:
    """Every element of a card whose type starts with `prefix`, in document order; keys in `skip` not entered."""
    found: list[dict] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if str(node.get("type", "")).startswith(prefix):
                found.append(node)
            for key, value in node.items():
                if key not in skip:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card)
    return found


def actions_of(card: dict | None) -> list[dict]:
    # An Action.Execute's Action.Submit fallback twin is not another button.
    return _typed_nodes(card, "Action.", frozenset({"fallback"}))


def inputs_of(card: dict | None) -> list[dict]:
    """Every input of a card (Input.Text, Input.ChoiceSet, ...), in document order."""
    return _typed_nodes(card, "Input.")


@dataclass
class Reply:
    activity: Activity

    @property
    def text(self) -> str:
        return self.activity.text or ""

    @property
    def card(self) -> dict | None:
        return card_of(self.activity)

    @property
    def shown(self) -> str:
        """What the user would read: the text, or the card's visible strings."""
        return self.text if self.card is None else card_texts(self.card)


@dataclass
class Chat:
    """One user in one conversation, talking to the bot through a TeamsTestAdapter."""

    bot: Any
    adapter: TeamsTestAdapter
    who: Person = PAT
    scope: str = "personal"
    tenant: str = TENANT
    history: list[Reply] = field(default_factory=list)

    def as_(self, who: Person) -> Chat:
        """The same bot seen by another user; every chat shares one history (proactive posts land there)."""
        return Chat(self.bot, self.adapter, who, self.scope, self.tenant, self.history)

    def in_(self, scope: str) -> Chat:
        return Chat(self.bot, self.adapter, self.who, scope, self.tenant, self.history)

    async def _run(self, activity: Activity) -> list[Reply]:
        self.adapter.activity_buffer.clear()
        await self.adapter.process_activity(activity, self.bot.on_turn)
        replies = [Reply(a) for a in self.adapter.activity_buffer if a.type != "invokeResponse"]
        self.adapter.activity_buffer.clear()
        self.history.extend(replies)
        return replies

    def drain(self) -> list[Reply]:
        """Collect what the bot sent outside a turn (proactive posts from jobs) into the history."""
        replies = [Reply(a) for a in self.adapter.activity_buffer if a.type != "invokeResponse"]
        self.adapter.activity_buffer.clear()
        self.history.extend(replies)
        return replies

    async def say(self, text: str) -> list[Reply]:
        return await self._run(make_message(text, who=self.who, scope=self.scope, tenant=self.tenant))

    async def submit(self, value: dict, reply_to_id: str | None = None) -> list[Reply]:
        return await self._run(
            make_message(None, who=self.who, scope=self.scope, tenant=self.tenant, value=value, reply_to_id=reply_to_id)
        )

    async def install(self) -> list[Reply]:
        return await self._run(make_install(scope=self.scope, who=self.who, tenant=self.tenant))

    async def invoke(self, verb: str, data: dict | None = None) -> dict:
        """Send an Action.Execute; returns the invoke response body (status, type, value)."""
        activity = make_invoke(verb, data, who=self.who, scope=self.scope, tenant=self.tenant)
        self.adapter.activity_buffer.clear()
        await self.adapter.process_activity(activity, self.bot.on_turn)
        responses = [a for a in self.adapter.activity_buffer if a.type == "invokeResponse"]
        self.history.extend(Reply(a) for a in self.adapter.activity_buffer if a.type != "invokeResponse")
        self.adapter.activity_buffer.clear()
        assert responses, "the bot sent no invoke response"
        body = responses[-1].value.body
        return body.serialize() if hasattr(body, "serialize") else body


def only(replies: Iterable[Reply]) -> Reply:
    replies = list(replies)
    assert len(replies) == 1, f"expected one reply, got {len(replies)}: {[r.shown[:80] for r in replies]}"
    return replies[0]
