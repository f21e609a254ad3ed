"""Bot Connector transport: one pooled aiohttp client under botbuilder's CloudAdapter.

transport = ConnectorTransport.from_settings(settings)
adapter = CloudAdapter(create_adapter_auth(settings, transport))
await transport.start() ... await transport.close()
"""

from .auth import ClientCredentialsTokenProvider, NoAuth, SdkCredentialsTokenProvider, TokenError
from .client import ConnectorTransport
from .outcomes import (
    ConnectorError,
    DeliveryFailedError,
    Failed,
    Fetched,
    Outcome,
    RecipientGone,
    RecipientGoneError,
    Sent,
    Throttled,
    ThrottledError,
    TooLarge,
    TooLargeError,
    raise_for_outcome,
)
from .pacing import TEAMS_CONVERSATION_WINDOWS, Pacer
from .retry import RetryPolicy, parse_retry_after
from .sdk import (
    TransportBotFrameworkAuthentication,
    TransportConnectorClient,
    TransportConnectorFactory,
    create_adapter_auth,
    deliver,
)

__all__ = [
    "ClientCredentialsTokenProvider",
    "ConnectorError",
    "ConnectorTransport",
    "DeliveryFailedError",
    "Failed",
    "Fetched",
    "NoAuth",
    "Outcome",
    "Pacer",
    "RecipientGone",
    "RecipientGoneError",
    "RetryPolicy",
    "SdkCredentialsTokenProvider",
    "Sent",
    "TEAMS_CONVERSATION_WINDOWS",
    "Throttled",
    "ThrottledError",
    "TokenError",
    "TooLarge",
    "TooLargeError",
    "TransportBotFrameworkAuthentication",
    "TransportConnectorClient",
    "TransportConnectorFactory",
    "create_adapter_auth",
    "deliver",
    "parse_retry_after",
    "raise_for_outcome",
]
