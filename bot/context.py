"""What a command or card-action handler gets: the caller, the conversation, the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.schema import Activity

if TYPE_CHECKING:
    from bot.services import Services


def card_activity(card: dict, summary: str | None = None) -> Activity:
    """A message carrying one Adaptive Card (the summary is what notifications and chat lists show)."""
    activity = MessageFactory.attachment(CardFactory.adaptive_card(card))
    if summary:
        activity.summary = summary
    return activity


@dataclass(frozen=True)
class Caller:
    """The Teams user behind an activity (ids only are used for roles and audit)."""

    id: str
    aad_object_id: str | None
    name: str
    tenant_id: str | None

    @property
    def ids(self) -> set[str]:
        return {i for i in (self.id, self.aad_object_id) if i}


@dataclass(frozen=True)
class Where:
    """The conversation an activity came from."""

    conversation_id: str
    key: str
    scope: str  # personal | groupChat | channel
    team_id: str | None = None
    channel_id: str | None = None


def id_of(data: object, key: str) -> str | None:
    """`data[key]["id"]` when every level has the shape Teams sends; anything else counts as missing."""
    item = data.get(key) if isinstance(data, dict) else None
    value = item.get("id") if isinstance(item, dict) else None
    return value if isinstance(value, str) and value else None


def conversation_id_of(activity: Activity) -> str:
    """The id of the conversation an activity belongs to ("" when the channel left it out)."""
    return (activity.conversation.id if activity.conversation else None) or ""


def tenant_of(activity: Activity) -> str | None:
    """The tenant id, or None when absent or malformed (then an allow-list, where set, refuses the activity)."""
    conversation_tenant = getattr(activity.conversation, "tenant_id", None)
    if isinstance(conversation_tenant, str) and conversation_tenant:
        return conversation_tenant
    return id_of(activity.channel_data, "tenant")


def caller_of(activity: Activity) -> Caller:
    frm = activity.from_property
    tenant = tenant_of(activity)
    return Caller(
        id=(frm.id if frm else "") or "",
        aad_object_id=getattr(frm, "aad_object_id", None) if frm else None,
        name=(frm.name if frm else None) or "Unknown user",
        tenant_id=tenant,
    )


@dataclass
class TurnBase:
    turn: TurnContext
    services: Services
    caller: Caller
    where: Where

    async def reply_text(self, text: str) -> None:
        await self.turn.send_activity(MessageFactory.text(text))

    async def reply_card(self, card: dict, *, summary: str | None = None) -> str | None:
        response = await self.turn.send_activity(card_activity(card, summary))
        return response.id if response else None


@dataclass
class CommandContext(TurnBase):
    args: str = ""
    command_name: str = ""


@dataclass
class ActionContext(TurnBase):
    verb: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    card_activity_id: str | None = None  # the message that holds the card, when known
