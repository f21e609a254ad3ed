"""Outbound bot tokens: client credentials against the Bot Framework token endpoint, over the pooled session.

MultiTenant: https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token
SingleTenant: https://login.microsoftonline.com/<tenant id>/oauth2/v2.0/token
scope https://api.botframework.com/.default. Cached until `refresh_margin_s` before expiry; concurrent
callers share one refresh (single flight). UserAssignedMSI falls back to the SDK's own credentials
(ManagedIdentityAppCredentials, msal) run in a worker thread, cached the same way.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

import aiohttp

log = logging.getLogger(__name__)

DEFAULT_LOGIN_URL = "https://login.microsoftonline.com"
BOT_FRAMEWORK_SCOPE = "https://api.botframework.com/.default"
MULTI_TENANT_AUTHORITY = "botframework.com"


class TokenError(Exception):
    """The token could not be obtained; nothing was sent to the connector."""


class TokenProvider(Protocol):
    async def authorization(self) -> str | None:
        """The Authorization header value, or None to send none."""

    def invalidate(self) -> None:
        """Forget the cached token (after a 401)."""


class NoAuth:
    """Local / Playground: no credentials, no Authorization header."""

    async def authorization(self) -> str | None:
        return None

    def invalidate(self) -> None:
        return None


class _CachedToken:
    def __init__(self, clock: Callable[[], float], refresh_margin_s: float) -> None:
        self._clock = clock
        self._margin = refresh_margin_s
        self._header: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()
        self.fetches = 0

    def invalidate(self) -> None:
        self._header = None
        self._expires_at = 0.0

    async def authorization(self) -> str | None:
        if self._header is not None and self._clock() < self._expires_at - self._margin:
            return self._header
        async with self._lock:  # single flight: the first caller fetches, the rest reuse its result
            if self._header is not None and self._clock() < self._expires_at - self._margin:
                return self._header
            token, expires_in = await self._fetch()
            self.fetches += 1
            self._header = f"Bearer {token}"
            self._expires_at = self._clock() + expires_in
            return self._header

    async def _fetch(self) -> tuple[str, float]:
        raise NotImplementedError


class ClientCredentialsTokenProvider(_CachedToken):
    def __init__(
        self,
        app_id: str,
        app_password: str,
        session: Callable[[], aiohttp.ClientSession],
        *,
        tenant: str = MULTI_TENANT_AUTHORITY,
        login_url: str = DEFAULT_LOGIN_URL,
        scope: str = BOT_FRAMEWORK_SCOPE,
        refresh_margin_s: float = 300.0,
        attempts: int = 3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(clock, refresh_margin_s)
        self._app_id = app_id
        self._password = app_password
        self._session = session
        self.endpoint = f"{login_url.rstrip('/')}/{tenant or MULTI_TENANT_AUTHORITY}/oauth2/v2.0/token"
        self._scope = scope
        self._attempts = max(1, attempts)

    async def _fetch(self) -> tuple[str, float]:
        form = {
            "grant_type": "client_credentials",
            "client_id": self._app_id,
            "client_secret": self._password,
            "scope": self._scope,
        }
        last = "no attempt"
        for attempt in range(1, self._attempts + 1):
            t0 = time.perf_counter()
            try:
                async with self._session().post(self.endpoint, data=form) as resp:
                    status = resp.status
                    payload: Any = await resp.json(content_type=None) if status < 500 else None
            except (TimeoutError, aiohttp.ClientError) as exc:
                last = type(exc).__name__
                log.warning("bot token request failed (%s), attempt %d", last, attempt)
            else:
                ms = (time.perf_counter() - t0) * 1000
                if status == 200 and isinstance(payload, dict) and payload.get("access_token"):
                    log.info("bot token obtained in %.0f ms, expires in %s s", ms, payload.get("expires_in"))
                    return str(payload["access_token"]), float(payload.get("expires_in") or 3600)
                code = payload.get("error") if isinstance(payload, dict) else None
                last = f"HTTP {status} {code or ''}".strip()
                log.warning("bot token request answered %s, attempt %d", last, attempt)
                if status < 500 and status != 429:
                    break  # bad credentials: retrying will not help
            if attempt < self._attempts:
                await asyncio.sleep(0.2 * 2 ** (attempt - 1))
        raise TokenError(f"bot token: {last}")


class SdkCredentialsTokenProvider(_CachedToken):
    """Wraps a botframework AppCredentials (e.g. ManagedIdentityAppCredentials) whose get_access_token() is
    synchronous; called in a worker thread, cached for `ttl_s` (the SDK/msal caches underneath too)."""

    def __init__(self, credentials: Any, *, ttl_s: float = 600.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(clock, 0.0)
        self._credentials = credentials
        self._ttl = ttl_s

    async def _fetch(self) -> tuple[str, float]:
        try:
            token = await asyncio.to_thread(self._credentials.get_access_token)
        except Exception as exc:  # noqa: BLE001 - any SDK failure means no token
            raise TokenError(f"bot token (SDK credentials): {type(exc).__name__}") from exc
        if not token:
            raise TokenError("bot token (SDK credentials): empty")
        return str(token), self._ttl
