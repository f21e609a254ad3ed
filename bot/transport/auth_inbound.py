"""Inbound Bot Framework tokens: botbuilder's own JwtTokenValidation, kept off the event loop and off the network.

The SDK's check (issuer, audience = our app id, expiry with its clock skew, the signing key from the metadata's
`jwks_uri`, the key's channel endorsements, the `serviceurl` claim against the activity) is kept unchanged. Two
things about how it runs are not:

* Its `_OpenIdMetadata` fetches keys with a blocking `requests.get` and no timeout, on the event loop, the
  first time a token arrives (or an unknown key id is seen). Here `SigningKeys` fetches the OpenID
  configuration and the key set with aiohttp and timeouts at start-up and refreshes them in the background;
  the SDK's metadata cache is replaced by one that answers from memory only, so a request never waits on the
  network. No keys yet (or a metadata URL we do not serve, e.g. the emulator's): rejected, fail closed.
* The check itself runs in a small bounded thread pool with a deadline, so a flood of forged tokens cannot
  starve the event loop; every failure becomes a PermissionError (-> 401) and a rate-limited WARNING line
  naming a fixed reason, never the token, its claims or a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import aiohttp
import jwt
from botframework.connector.auth import AuthenticationConstants, JwtTokenExtractor
from jwt.algorithms import RSAAlgorithm

log = logging.getLogger(__name__)

T = TypeVar("T")
CHANNEL_METADATA_URL = AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL
# A key published without endorsements would make the SDK skip its channel check; this value endorses nothing.
_NO_ENDORSEMENTS = ("(none)",)


class NoSigningKeys(Exception):
    """The signing keys have not been fetched (yet): fail closed."""


class UnknownSigningKey(Exception):
    """The token names a key id the published key set does not have."""


@dataclass(frozen=True)
class _Key:
    """What the SDK's JwtTokenExtractor reads from `open_id_metadata.get(kid)`."""

    public_key: Any
    endorsements: tuple[str, ...]


class SigningKeys:
    """The OpenID configuration and signing keys, fetched with timeouts and refreshed in the background."""

    def __init__(
        self,
        metadata_url: str = CHANNEL_METADATA_URL,
        *,
        timeout_s: float = 10.0,
        refresh_s: float = 24 * 3600.0,
        retry_s: float = 30.0,
        max_retry_s: float = 600.0,
        unknown_kid_refresh_s: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.metadata_url = metadata_url
        self.timeout = aiohttp.ClientTimeout(total=timeout_s, sock_connect=min(timeout_s, 5.0))
        self.refresh_s = refresh_s
        self.retry_s = retry_s
        self.max_retry_s = max_retry_s
        self.unknown_kid_refresh_s = unknown_kid_refresh_s
        self._clock = clock
        self._keys: dict[str, _Key] = {}  # replaced whole, never mutated: worker threads read it
        self._fetched_at: float | None = None
        self._wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self.fetches = 0
        self.failures = 0

    @property
    def ready(self) -> bool:
        return bool(self._keys)

    def find(self, key_id: str | None) -> _Key | None:
        key = self._keys.get(key_id) if key_id else None
        if key is None and self._fetched_at is not None and self._loop is not None:
            # A rotated key: ask the background task for a refresh (it rate-limits), never wait for it here.
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._wake.set)
        return key

    async def refresh(self) -> bool:
        """Fetch the configuration then the key set; on any failure keep the keys we have."""
        self.fetches += 1
        try:
            async with aiohttp.ClientSession(timeout=self.timeout) as session:
                config = await _get_json(session, self.metadata_url)
                jwks_uri = config.get("jwks_uri") if isinstance(config, dict) else None
                if not isinstance(jwks_uri, str) or not jwks_uri:
                    raise ValueError("metadata has no jwks_uri")
                key_set = await _get_json(session, jwks_uri)
            keys = _parse_keys(key_set)
        except (TimeoutError, aiohttp.ClientError, ValueError) as exc:
            self.failures += 1
            log.warning("signing keys: refresh failed (%s); %d key(s) kept", type(exc).__name__, len(self._keys))
            return False
        self._keys = keys
        self._fetched_at = self._clock()
        log.info("signing keys: %d key(s) loaded", len(keys))
        return True

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.create_task(self._run(), name="signing-keys")

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        retry = self.retry_s
        while True:
            ok = await self.refresh()
            wait = self.refresh_s if ok else retry
            retry = self.retry_s if ok else min(self.max_retry_s, retry * 2)
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), wait)
                # Woken by an unknown key id: at most one such refresh per `unknown_kid_refresh_s`.
                since = self._clock() - (self._fetched_at or 0.0)
                if since < self.unknown_kid_refresh_s:
                    await asyncio.sleep(self.unknown_kid_refresh_s - since)


async def _get_json(session: aiohttp.ClientSession, url: str) -> Any:
    async with session.get(url, allow_redirects=False) as resp:
        if resp.status != 200:
            raise ValueError(f"HTTP {resp.status}")
        return json.loads(await resp.read())


def _parse_keys(key_set: Any) -> dict[str, _Key]:
    items = key_set.get("keys") if isinstance(key_set, dict) else None
    if not isinstance(items, list):
        raise ValueError("key set has no keys")
    keys: dict[str, _Key] = {}
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("kid"), str) or item.get("kty") != "RSA":
            continue
        try:
            public_key = RSAAlgorithm.from_jwk(json.dumps(item))
        except (ValueError, KeyError, TypeError, jwt.InvalidKeyError):
            continue
        endorsements = item.get("endorsements")
        if isinstance(endorsements, list) and endorsements and all(isinstance(e, str) for e in endorsements):
            keys[item["kid"]] = _Key(public_key, tuple(endorsements))
        else:
            keys[item["kid"]] = _Key(public_key, _NO_ENDORSEMENTS)
    if not keys:
        raise ValueError("key set has no usable RSA keys")
    return keys


class _MemoryMetadata:
    """Stands in for the SDK's `_OpenIdMetadata`: answers from memory, never fetches."""

    def __init__(self, keys: SigningKeys | None) -> None:
        self._keys = keys

    async def get(self, key_id: str | None) -> _Key:
        if self._keys is None or not self._keys.ready:
            raise NoSigningKeys()
        key = self._keys.find(key_id)
        if key is None:
            raise UnknownSigningKey()
        return key


class _MetadataCache(dict):
    """Replaces `JwtTokenExtractor.metadataCache`: the Bot Framework channel's metadata URL is served from our
    SigningKeys; any other (emulator, skills, other clouds) gets keys that never validate."""

    def __init__(self, keys: SigningKeys) -> None:
        super().__init__()
        self._channel = _MemoryMetadata(keys)
        self._closed = _MemoryMetadata(None)

    def get(self, url: str, default: Any = None) -> _MemoryMetadata:  # type: ignore[override]
        return self._channel if url == CHANNEL_METADATA_URL else self._closed

    def setdefault(self, url: str, default: Any = None) -> _MemoryMetadata:  # type: ignore[override]
        return self.get(url)


class _RateLimitedWarning:
    """At most one line per reason per `every_s`, counting what it held back."""

    def __init__(self, every_s: float, clock: Callable[[], float]) -> None:
        self.every_s = every_s
        self._clock = clock
        self._last: dict[str, float] = {}
        self._held: dict[str, int] = {}

    def __call__(self, reason: str) -> None:
        now = self._clock()
        last = self._last.get(reason)
        if last is not None and now - last < self.every_s:
            self._held[reason] = self._held.get(reason, 0) + 1
            return
        self._last[reason] = now
        held = self._held.pop(reason, 0)
        log.warning("inbound request rejected: %s%s", reason, f" (+{held} similar not logged)" if held else "")


def _run_in_worker(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    # A fresh loop per check (closed after): the SDK's coroutines only do CPU work once keys are in memory.
    return asyncio.run(make())


def reason_of(exc: BaseException) -> str:
    """A fixed phrase for the log: never the token, its claims or the SDK's message text."""
    if isinstance(exc, NoSigningKeys):
        return "signing keys not available yet"
    if isinstance(exc, UnknownSigningKey):
        return "unknown signing key"
    if isinstance(exc, jwt.ExpiredSignatureError):
        return "token expired"
    if isinstance(exc, jwt.InvalidSignatureError):
        return "bad signature"
    if isinstance(exc, jwt.DecodeError):
        return "not a well-formed token"
    if isinstance(exc, TimeoutError):
        return "token check timed out"
    if isinstance(exc, PermissionError):
        text = str(exc).lower()
        if "service_url" in text:
            return "serviceurl claim does not match the activity"
        if "appid" in text or "audience" in text:
            return "wrong audience or issuer"
        return "not authorized"
    text = str(exc).lower()
    if "endorsement" in text:
        return "signing key not endorsed for the channel"
    if "algorithm" in text:
        return "signing algorithm not allowed"
    return f"token rejected ({type(exc).__name__})"


class InboundAuth:
    """Runs the SDK's token check in a bounded pool with a deadline; any failure is a PermissionError."""

    def __init__(
        self,
        keys: SigningKeys,
        *,
        workers: int = 2,
        max_pending: int = 32,
        timeout_s: float = 5.0,
        log_every_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.keys = keys
        self.timeout_s = timeout_s
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="jwt-check")
        self._slots = asyncio.Semaphore(max_pending)
        self._warn = _RateLimitedWarning(log_every_s, clock)
        self._cache = _MetadataCache(keys)
        self._previous_cache: dict | None = None
        self.rejected = 0

    async def start(self) -> None:
        self._previous_cache = JwtTokenExtractor.metadataCache
        JwtTokenExtractor.metadataCache = self._cache
        self.keys.start()

    async def close(self) -> None:
        await self.keys.close()
        if JwtTokenExtractor.metadataCache is self._cache and self._previous_cache is not None:
            JwtTokenExtractor.metadataCache = self._previous_cache
        self._pool.shutdown(wait=False, cancel_futures=True)

    async def authenticate(self, auth_header: str, check: Callable[[], Coroutine[Any, Any, T]]) -> T:
        """`check` builds the SDK's coroutine; it runs on a worker thread's own event loop."""
        try:
            if not auth_header:
                return await check()  # nothing to verify: the SDK decides (auth off, or "no token" = 401)
            async with asyncio.timeout(self.timeout_s):
                async with self._slots:
                    loop = asyncio.get_running_loop()
                    return await loop.run_in_executor(self._pool, _run_in_worker, check)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - whatever the SDK raised, the answer is 401
            self.rejected += 1
            self._warn(reason_of(exc))
            raise PermissionError("unauthorized") from None
