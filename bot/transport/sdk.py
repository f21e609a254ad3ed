"""botbuilder integration: CloudAdapter keeps its semantics, the Bot Connector calls go through the transport.

`create_adapter_auth(settings, transport)` returns a BotFrameworkAuthentication whose inbound JWT validation
is the SDK's own (ConfigurationBotFrameworkAuthentication, requiring the `msteams` endorsement), run by
`InboundAuth` off the event loop with keys kept in memory (auth_inbound.py), and whose connector factory
hands out a light connector client (`.conversations` with the async methods CloudAdapterBase / TurnContext /
TeamsInfo call)
backed by the shared ConnectorTransport. Nothing heavy is built per turn; the user-token client is lazy.
Skill audiences (bot-to-bot) fall back to the SDK's own connector.
"""

from __future__ import annotations

import logging
from copy import copy
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import (
    Activity,
    ChannelAccount,
    ConversationReference,
    ConversationResourceResponse,
    ConversationsResult,
    PagedMembersResult,
    ResourceResponse,
)
from botbuilder.schema.teams import TeamsPagedMembersResult
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConfiguration,
    AuthenticationConstants,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from msrest.serialization import Deserializer

from .auth_inbound import InboundAuth
from .client import ConnectorTransport
from .outcomes import Outcome, raise_for_outcome

log = logging.getLogger(__name__)

CHANNEL_AUDIENCES = frozenset(
    {
        AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE,  # https://api.botframework.com
        AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE + "/.default",
    }
)

_deserializer: Deserializer | None = None


def _deserialize(type_name: str, data: Any) -> Any:
    global _deserializer
    if _deserializer is None:
        import botbuilder.schema as schema
        import botbuilder.schema.teams as teams

        models = {k: v for mod in (schema, teams) for k, v in vars(mod).items() if isinstance(v, type)}
        _deserializer = Deserializer(models)
    return _deserializer(type_name, data)


def _ok(op: str, outcome: Outcome) -> Any:
    return raise_for_outcome(op, outcome)


class TransportConversations:
    """The `connector_client.conversations` surface the SDK uses, raising ConnectorError on failure."""

    __slots__ = ("_t", "_url")

    def __init__(self, transport: ConnectorTransport, service_url: str) -> None:
        self._t = transport
        self._url = service_url

    async def reply_to_activity(
        self, conversation_id: str, activity_id: str, activity: Activity, **_: Any
    ) -> ResourceResponse:
        out = _ok(
            "reply_to_activity",
            await self._t.reply_to_activity(self._url, conversation_id, activity_id, activity),
        )
        return ResourceResponse(id=out.activity_id)

    async def send_to_conversation(self, conversation_id: str, activity: Activity, **_: Any) -> ResourceResponse:
        out = _ok("send_to_conversation", await self._t.send_to_conversation(self._url, conversation_id, activity))
        return ResourceResponse(id=out.activity_id)

    async def update_activity(
        self, conversation_id: str, activity_id: str, activity: Activity, **_: Any
    ) -> ResourceResponse:
        out = _ok(
            "update_activity",
            await self._t.update_activity(self._url, conversation_id, activity_id, activity),
        )
        return ResourceResponse(id=out.activity_id or activity_id)

    async def delete_activity(self, conversation_id: str, activity_id: str, **_: Any) -> None:
        _ok("delete_activity", await self._t.delete_activity(self._url, conversation_id, activity_id))

    async def create_conversation(self, parameters: Any, **_: Any) -> ConversationResourceResponse:
        out = _ok("create_conversation", await self._t.create_conversation(self._url, parameters))
        body = out.body if isinstance(out.body, dict) else {}
        # botbuilder annotates these `str = None`: None (a field the service left out) is the model's default.
        return ConversationResourceResponse(
            activity_id=body.get("activityId"),  # pyright: ignore[reportArgumentType]
            service_url=body.get("serviceUrl"),  # pyright: ignore[reportArgumentType]
            id=body.get("id"),  # pyright: ignore[reportArgumentType]
        )

    async def send_conversation_history(self, conversation_id: str, history: Any = None, **_: Any) -> ResourceResponse:
        out = _ok(
            "send_conversation_history",
            await self._t.send_conversation_history(self._url, conversation_id, history),
        )
        return ResourceResponse(id=out.activity_id)

    async def get_conversation_members(self, conversation_id: str, **_: Any) -> list[ChannelAccount]:
        out = _ok("get_conversation_members", await self._t.get_conversation_members(self._url, conversation_id))
        return _deserialize("[ChannelAccount]", out.data or [])

    async def get_conversation_member(self, conversation_id: str, member_id: str, **_: Any) -> ChannelAccount:
        out = _ok(
            "get_conversation_member",
            await self._t.get_conversation_member(self._url, conversation_id, member_id),
        )
        return _deserialize("ChannelAccount", out.data)

    async def get_conversation_paged_members(
        self,
        conversation_id: str,
        page_size: int | None = None,
        continuation_token: str | None = None,
        **_: Any,
    ) -> PagedMembersResult:
        out = _ok(
            "get_conversation_paged_members",
            await self._t.get_conversation_paged_members(self._url, conversation_id, page_size, continuation_token),
        )
        return _deserialize("PagedMembersResult", out.data)

    async def get_teams_conversation_paged_members(
        self,
        conversation_id: str,
        page_size: int | None = None,
        continuation_token: str | None = None,
        **_: Any,
    ) -> TeamsPagedMembersResult:
        out = _ok(
            "get_teams_conversation_paged_members",
            await self._t.get_conversation_paged_members(self._url, conversation_id, page_size, continuation_token),
        )
        return _deserialize("TeamsPagedMembersResult", out.data)

    async def get_activity_members(self, conversation_id: str, activity_id: str, **_: Any) -> list[ChannelAccount]:
        out = _ok(
            "get_activity_members",
            await self._t.get_activity_members(self._url, conversation_id, activity_id),
        )
        return _deserialize("[ChannelAccount]", out.data or [])

    async def delete_conversation_member(self, conversation_id: str, member_id: str, **_: Any) -> None:
        _ok(
            "delete_conversation_member",
            await self._t.delete_conversation_member(self._url, conversation_id, member_id),
        )

    async def get_conversations(self, continuation_token: str | None = None, **_: Any) -> ConversationsResult:
        out = _ok("get_conversations", await self._t.get_conversations(self._url, continuation_token))
        return _deserialize("ConversationsResult", out.data)


class _Config:
    """`connector_client.config`: TeamsInfo.get_teams_connector_client reads `.config.credentials`."""

    def __init__(self, factory: TransportConnectorFactory, service_url: str) -> None:
        self._factory = factory
        self.base_url = service_url

    @property
    def credentials(self) -> Any:
        return self._factory.sdk_credentials()


class TransportConnectorClient:
    """Stands in for botframework.connector.aio.ConnectorClient on the turn state."""

    __slots__ = ("conversations", "config", "service_url")

    def __init__(self, factory: TransportConnectorFactory, transport: ConnectorTransport, service_url: str) -> None:
        self.service_url = service_url
        self.conversations = TransportConversations(transport, service_url)
        self.config = _Config(factory, service_url)

    async def close(self) -> None:  # the session belongs to the transport
        return None


class TransportConnectorFactory(ConnectorFactory):
    """Returns a cached light client per service URL; non-channel audiences (skills) go to the SDK."""

    def __init__(self, transport: ConnectorTransport, auth: TransportBotFrameworkAuthentication) -> None:
        self._transport = transport
        self._auth = auth
        self._clients: dict[str, TransportConnectorClient] = {}
        self._credentials: Any = None

    async def create(self, service_url: str, audience: str | None = None) -> Any:
        if audience and audience not in CHANNEL_AUDIENCES:
            return await self._auth.sdk_connector_factory().create(service_url, audience)
        client = self._clients.get(service_url)
        if client is None:
            if len(self._clients) > 256:
                self._clients.clear()
            client = self._clients[service_url] = TransportConnectorClient(self, self._transport, service_url)
        return client

    def sdk_credentials(self) -> Any:
        """msrest credentials for SDK helpers that build their own clients (Teams meeting APIs)."""
        if self._credentials is None:
            t = self._transport
            if t.app_type == "UserAssignedMSI" and t.app_id:
                from botframework.connector.auth import ManagedIdentityAppCredentials

                self._credentials = ManagedIdentityAppCredentials(t.app_id)
            else:
                from botframework.connector.auth import MicrosoftAppCredentials

                tenant = t.tenant_id if t.app_type == "SingleTenant" else None
                # botbuilder annotates all three `str = None`; None (no credential, no tenant) is what it checks for.
                self._credentials = MicrosoftAppCredentials(
                    t.app_id or None,  # pyright: ignore[reportArgumentType]
                    t.app_password or None,  # pyright: ignore[reportArgumentType]
                    channel_auth_tenant=tenant,  # pyright: ignore[reportArgumentType]
                )
        return self._credentials


class _LazyUserTokenClient(UserTokenClient):
    """Builds the SDK's user-token client (msrest client + retry policy, ~3 ms) only on first real use
    (OAuthPrompt / SSO); cached per app id, so plain turns never pay for it."""

    def __init__(self, auth: TransportBotFrameworkAuthentication, claims_identity: ClaimsIdentity) -> None:
        self._auth = auth
        self._claims = claims_identity
        self._inner: UserTokenClient | None = None

    async def _get(self) -> UserTokenClient:
        if self._inner is None:
            self._inner = await self._auth.sdk_user_token_client(self._claims)
        return self._inner

    async def get_user_token(self, user_id, connection_name, channel_id, magic_code):  # type: ignore[override]
        return await (await self._get()).get_user_token(user_id, connection_name, channel_id, magic_code)

    async def get_sign_in_resource(self, connection_name, activity, final_redirect):  # type: ignore[override]
        return await (await self._get()).get_sign_in_resource(connection_name, activity, final_redirect)

    async def sign_out_user(self, user_id, connection_name, channel_id):  # type: ignore[override]
        return await (await self._get()).sign_out_user(user_id, connection_name, channel_id)

    async def get_token_status(self, user_id, channel_id, include_filter):  # type: ignore[override]
        return await (await self._get()).get_token_status(user_id, channel_id, include_filter)

    async def get_aad_tokens(self, user_id, connection_name, resource_urls, channel_id):  # type: ignore[override]
        return await (await self._get()).get_aad_tokens(user_id, connection_name, resource_urls, channel_id)

    async def exchange_token(self, user_id, connection_name, channel_id, exchange_request):  # type: ignore[override]
        return await (await self._get()).exchange_token(user_id, connection_name, channel_id, exchange_request)


class _SdkConfiguration:
    """The configuration object shape ConfigurationBotFrameworkAuthentication reads."""

    def __init__(self, settings: Any) -> None:
        self.APP_ID = settings.app_id or None
        self.APP_PASSWORD = settings.app_password or None
        self.APP_TYPE = settings.app_type
        self.APP_TENANTID = settings.app_tenant_id or None


class TransportBotFrameworkAuthentication(ConfigurationBotFrameworkAuthentication):
    """Inbound: the SDK's JWT validation, unchanged. Outbound: the pooled ConnectorTransport."""

    def __init__(
        self, settings: Any, transport: ConnectorTransport, inbound: InboundAuth | None = None, **kwargs: Any
    ) -> None:
        # Teams is the only channel this bot serves: the signing key must endorse it whatever the activity says.
        kwargs.setdefault("auth_configuration", AuthenticationConfiguration(required_endorsements=["msteams"]))
        super().__init__(_SdkConfiguration(settings), **kwargs)
        self.inbound = inbound
        self.transport = transport
        self._factory = TransportConnectorFactory(transport, self)
        self._sdk_factory: ConnectorFactory | None = None
        self._user_token_clients: dict[str | None, _LazyUserTokenClient] = {}

    async def authenticate_request(self, activity: Activity, auth_header: str) -> AuthenticateRequestResult:
        check = super().authenticate_request
        if self.inbound is None:
            result = await check(activity, auth_header)
        else:
            result = await self.inbound.authenticate(auth_header, lambda: check(activity, auth_header))
        if result.connector_factory is not None:
            result.connector_factory = self._factory
        return result

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._factory

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        app_id = _app_id(claims_identity)
        client = self._user_token_clients.get(app_id)
        if client is None:
            client = self._user_token_clients[app_id] = _LazyUserTokenClient(self, claims_identity)
        return client

    # SDK fallbacks (rare paths) ------------------------------------------------------------------
    def sdk_connector_factory(self) -> ConnectorFactory:
        if self._sdk_factory is None:
            claims = ClaimsIdentity(
                {
                    AuthenticationConstants.AUDIENCE_CLAIM: self.transport.app_id,
                    AuthenticationConstants.APP_ID_CLAIM: self.transport.app_id,
                },
                True,
            )
            self._sdk_factory = super().create_connector_factory(claims)
        return self._sdk_factory

    async def sdk_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        return await super().create_user_token_client(claims_identity)


def _app_id(claims_identity: ClaimsIdentity | None) -> str | None:
    if claims_identity is None:
        return None
    return claims_identity.get_claim_value(AuthenticationConstants.AUDIENCE_CLAIM) or claims_identity.get_claim_value(
        AuthenticationConstants.APP_ID_CLAIM
    )


async def deliver(
    transport: ConnectorTransport,
    reference: ConversationReference,
    activity: Activity,
    *,
    idempotency_key: str | None = None,
) -> Outcome:
    """Proactive send with a typed outcome (no turn, no exception, no on_turn_error): the activity is
    addressed from the stored reference like `continue_conversation` + `send_activity` would, then POSTed
    once (429 aside). Record the outcome on the delivery row; `Sent.activity_id` lets the card be updated."""
    if reference.conversation is None:  # references are stored from turns, which always name a conversation
        raise ValueError("conversation reference without a conversation")
    conversation_id = reference.conversation.id
    activity = TurnContext.apply_conversation_reference(copy(activity), reference, is_incoming=False)
    # A new message in the conversation/thread, like the SDK's proactive send (botbuilder annotates
    # `reply_to_id: str = None`; None is the model's default).
    activity.reply_to_id = None  # pyright: ignore[reportAttributeAccessIssue]
    return await transport.send_to_conversation(
        reference.service_url, conversation_id, activity, idempotency_key=idempotency_key
    )


def create_adapter_auth(
    settings: Any, transport: ConnectorTransport, inbound: InboundAuth | None = None
) -> TransportBotFrameworkAuthentication:
    """The BotFrameworkAuthentication to pass to `CloudAdapter(...)`."""
    return TransportBotFrameworkAuthentication(settings, transport, inbound)
