"""ConnectorTransport: one pooled aiohttp session for every Bot Connector call of the process.

Typed outcomes (see outcomes.py), one retry policy (retry.py), pacing to Teams limits (pacing.py) and the
bot token (auth.py). Activity text is never logged: only operation names, statuses, timings, attempts.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import aiohttp

from bot import metrics

from .auth import (
    DEFAULT_LOGIN_URL,
    MULTI_TENANT_AUTHORITY,
    ClientCredentialsTokenProvider,
    NoAuth,
    SdkCredentialsTokenProvider,
    TokenError,
    TokenProvider,
)
from .exchange import NoAnswer, Retry, after_error, after_no_answer, error_code, exchange, success
from .outcomes import Failed, Outcome
from .pacing import Pacer
from .retry import IDEMPOTENT_METHODS, RetryPolicy
from .wire import seg, to_wire

log = logging.getLogger(__name__)

USER_AGENT = "pscbot-transport/1 (Microsoft-BotFramework/3.1)"
_BASE_HEADERS = {"Accept": "application/json", "User-Agent": USER_AGENT}
_JSON_HEADERS = {**_BASE_HEADERS, "Content-Type": "application/json; charset=utf-8"}
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class ConnectorTransport:
    """Owns the process's one ClientSession. `await start()` / `await close()` (or `async with`)."""

    def __init__(
        self,
        *,
        app_id: str = "",
        app_password: str = "",
        app_type: str = "MultiTenant",
        tenant_id: str = "",
        max_connections: int = 32,
        timeout_s: float = 15.0,
        retry: RetryPolicy | None = None,
        pacer: Pacer | None = None,
        token_provider: TokenProvider | None = None,
        login_url: str = DEFAULT_LOGIN_URL,
        keepalive_timeout_s: float = 30.0,
        sleep: Any = asyncio.sleep,
    ) -> None:
        self.app_id = app_id
        self.app_password = app_password
        self.app_type = app_type
        self.tenant_id = tenant_id
        self.max_connections = max(1, int(max_connections))
        self.timeout_s = float(timeout_s)
        self.retry = retry or RetryPolicy()
        self.pacer = pacer or Pacer()
        self.login_url = login_url
        self._keepalive = keepalive_timeout_s
        self._sleep = sleep
        self._session: aiohttp.ClientSession | None = None
        self.token_provider: TokenProvider = token_provider or self._default_token_provider()
        self._authenticated = not isinstance(self.token_provider, NoAuth)

    @classmethod
    def from_settings(cls, settings: Any, **overrides: Any) -> ConnectorTransport:
        kw: dict[str, Any] = dict(
            app_id=settings.app_id,
            app_password=settings.app_password,
            app_type=settings.app_type,
            tenant_id=settings.app_tenant_id,
            max_connections=settings.http_max_connections,
            timeout_s=settings.http_timeout_s,
            retry=RetryPolicy.from_settings(settings),
            pacer=Pacer.from_settings(settings),
        )
        kw.update(overrides)
        return cls(**kw)

    def _default_token_provider(self) -> TokenProvider:
        if not self.app_id:
            return NoAuth()
        if self.app_type == "UserAssignedMSI":
            from botframework.connector.auth import ManagedIdentityAppCredentials

            return SdkCredentialsTokenProvider(ManagedIdentityAppCredentials(self.app_id))
        tenant = self.tenant_id if self.app_type == "SingleTenant" and self.tenant_id else MULTI_TENANT_AUTHORITY
        return ClientCredentialsTokenProvider(
            self.app_id, self.app_password, lambda: self.session, tenant=tenant, login_url=self.login_url
        )

    # --- lifecycle -------------------------------------------------------------------------------
    async def start(self) -> ConnectorTransport:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=0,  # no global cap; the per-host bound is what matters
                limit_per_host=self.max_connections,
                keepalive_timeout=self._keepalive,
                ttl_dns_cache=300,
            )
            timeout = aiohttp.ClientTimeout(
                total=self.timeout_s,
                connect=self.timeout_s * 0.8,  # includes waiting for a pooled connection (fires before total)
                sock_connect=min(self.timeout_s, 5.0),
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=timeout,
                json_serialize=_dumps,
                skip_auto_headers=("User-Agent",),
            )
            log.info(
                "connector transport started (max %d connections per host, timeout %.1f s, auth %s)",
                self.max_connections,
                self.timeout_s,
                "on" if self._authenticated else "off",
            )
        return self

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def __aenter__(self) -> ConnectorTransport:
        return await self.start()

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise RuntimeError("ConnectorTransport is not started: await transport.start() first")
        return self._session

    @property
    def started(self) -> bool:
        return self._session is not None and not self._session.closed

    # --- operations ------------------------------------------------------------------------------
    async def send_to_conversation(
        self,
        service_url: str,
        conversation_id: str,
        activity: Any,
        *,
        idempotency_key: str | None = None,
        retry: RetryPolicy | None = None,
    ) -> Outcome:
        return await self.request(
            "POST",
            service_url,
            f"/v3/conversations/{seg(conversation_id)}/activities",
            activity,
            op="send_to_conversation",
            pace_key=conversation_id,
            idempotency_key=idempotency_key,
            retry=retry,
        )

    async def reply_to_activity(
        self,
        service_url: str,
        conversation_id: str,
        activity_id: str,
        activity: Any,
        *,
        idempotency_key: str | None = None,
        retry: RetryPolicy | None = None,
    ) -> Outcome:
        path = f"/v3/conversations/{seg(conversation_id)}/activities/{seg(activity_id)}"
        return await self.request(
            "POST",
            service_url,
            path,
            activity,
            op="reply_to_activity",
            pace_key=conversation_id,
            idempotency_key=idempotency_key,
            retry=retry,
        )

    async def update_activity(
        self,
        service_url: str,
        conversation_id: str,
        activity_id: str,
        activity: Any,
        *,
        retry: RetryPolicy | None = None,
    ) -> Outcome:
        path = f"/v3/conversations/{seg(conversation_id)}/activities/{seg(activity_id)}"
        return await self.request(
            "PUT", service_url, path, activity, op="update_activity", pace_key=conversation_id, retry=retry
        )

    async def delete_activity(
        self, service_url: str, conversation_id: str, activity_id: str, *, retry: RetryPolicy | None = None
    ) -> Outcome:
        path = f"/v3/conversations/{seg(conversation_id)}/activities/{seg(activity_id)}"
        return await self.request(
            "DELETE", service_url, path, None, op="delete_activity", pace_key=conversation_id, retry=retry
        )

    async def create_conversation(
        self,
        service_url: str,
        parameters: Any,
        *,
        idempotency_key: str | None = None,
        retry: RetryPolicy | None = None,
    ) -> Outcome:
        """Sent.body holds {"id", "activityId", "serviceUrl"} (ConversationResourceResponse)."""
        return await self.request(
            "POST",
            service_url,
            "/v3/conversations",
            parameters,
            op="create_conversation",
            idempotency_key=idempotency_key,
            retry=retry,
        )

    async def send_conversation_history(
        self, service_url: str, conversation_id: str, transcript: Any, *, retry: RetryPolicy | None = None
    ) -> Outcome:
        path = f"/v3/conversations/{seg(conversation_id)}/activities/history"
        return await self.request(
            "POST",
            service_url,
            path,
            transcript,
            op="send_conversation_history",
            pace_key=conversation_id,
            retry=retry,
        )

    async def get_conversation_members(self, service_url: str, conversation_id: str) -> Outcome:
        return await self.request(
            "GET",
            service_url,
            f"/v3/conversations/{seg(conversation_id)}/members",
            op="get_conversation_members",
        )

    async def get_conversation_member(self, service_url: str, conversation_id: str, member_id: str) -> Outcome:
        path = f"/v3/conversations/{seg(conversation_id)}/members/{seg(member_id)}"
        return await self.request("GET", service_url, path, op="get_conversation_member")

    async def get_conversation_paged_members(
        self,
        service_url: str,
        conversation_id: str,
        page_size: int | None = None,
        continuation_token: str | None = None,
    ) -> Outcome:
        params: dict[str, str] = {}
        if page_size is not None:
            params["pageSize"] = str(page_size)
        if continuation_token is not None:
            params["continuationToken"] = continuation_token
        return await self.request(
            "GET",
            service_url,
            f"/v3/conversations/{seg(conversation_id)}/pagedmembers",
            op="get_conversation_paged_members",
            params=params or None,
        )

    async def get_activity_members(self, service_url: str, conversation_id: str, activity_id: str) -> Outcome:
        path = f"/v3/conversations/{seg(conversation_id)}/activities/{seg(activity_id)}/members"
        return await self.request("GET", service_url, path, op="get_activity_members")

    async def delete_conversation_member(self, service_url: str, conversation_id: str, member_id: str) -> Outcome:
        path = f"/v3/conversations/{seg(conversation_id)}/members/{seg(member_id)}"
        return await self.request("DELETE", service_url, path, op="delete_conversation_member")

    async def get_conversations(self, service_url: str, continuation_token: str | None = None) -> Outcome:
        params = {"continuationToken": continuation_token} if continuation_token else None
        return await self.request("GET", service_url, "/v3/conversations", op="get_conversations", params=params)

    # --- the one request loop --------------------------------------------------------------------
    async def request(
        self,
        method: str,
        service_url: str,
        path: str,
        body: Any = None,
        *,
        op: str = "request",
        pace_key: str | None = None,
        idempotency_key: str | None = None,
        params: dict[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> Outcome:
        policy = retry or self.retry
        session = self.session
        idempotent = method in IDEMPOTENT_METHODS or idempotency_key is not None
        data = _dumps(to_wire(body)).encode("utf-8") if body is not None else None
        base_headers = _JSON_HEADERS if data is not None else _BASE_HEADERS
        url = service_url[:-1] + path if service_url.endswith("/") else service_url + path
        attempt = 0
        reauthorized = False
        while True:
            attempt += 1
            waited = await self.pacer.acquire(pace_key)
            if waited:
                metrics.PACING_DELAY.inc(waited)
            headers = await self._headers(base_headers, op, attempt)
            if isinstance(headers, Failed):
                return headers
            t0 = time.perf_counter()
            answer = await exchange(session, method, url, data, headers, params, op=op, attempt=attempt)
            ms = (time.perf_counter() - t0) * 1000.0
            if isinstance(answer, Failed):
                return answer
            if isinstance(answer, NoAnswer):
                log.warning("connector %s: %s after %.1f ms (attempt %d)", op, answer.cause, ms, attempt)
                decision = after_no_answer(answer, attempt, policy, idempotent)
            elif answer.status < 300:
                log.debug("connector %s -> %d in %.1f ms (attempt %d)", op, answer.status, ms, attempt)
                return success(method, answer, attempt)
            else:
                code = error_code(answer.raw)
                log.warning("connector %s -> %d %s in %.1f ms (attempt %d)", op, answer.status, code or "", ms, attempt)
                if answer.status == 401 and self._authenticated and not reauthorized:
                    # not accepted: refresh the token once and try again
                    reauthorized = True
                    self.token_provider.invalidate()
                    continue
                decision = after_error(answer, code, attempt, policy, idempotent)
            if not isinstance(decision, Retry):
                return decision
            await self._sleep(decision.delay)

    async def _headers(self, base: dict[str, str], op: str, attempt: int) -> dict[str, str] | Failed:
        if not self._authenticated:
            return base
        try:
            authorization = await self.token_provider.authorization()
        except TokenError as exc:
            log.error("connector %s not sent: %s", op, exc)
            return Failed(None, str(exc), attempts=attempt)
        return {**base, "Authorization": authorization} if authorization else base
