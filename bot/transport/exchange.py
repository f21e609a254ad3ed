"""One HTTP exchange with the Bot Connector and what its answer means for the request loop (client.request).

Kept apart from the client so the loop reads as: pace, authorize, exchange, judge.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import aiohttp

from bot import metrics

from .outcomes import Failed, Fetched, Outcome, RecipientGone, Sent, Throttled, TooLarge
from .retry import RetryPolicy, parse_retry_after

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Answer:
    """An HTTP answer arrived."""

    status: int
    raw: bytes
    retry_after_header: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class NoAnswer:
    """No HTTP answer; `sent` is True when the request may have reached the connector."""

    cause: str
    sent: bool


@dataclass(frozen=True, slots=True)
class Retry:
    """Try again after `delay` seconds."""

    delay: float


async def exchange(
    session: aiohttp.ClientSession,
    method: str,
    url: str,
    data: bytes | None,
    headers: dict[str, str],
    params: dict[str, str] | None,
    *,
    op: str,
    attempt: int,
) -> Answer | NoAnswer | Failed:
    """Send once; a TLS failure is final (Failed), other connection problems are a NoAnswer."""
    try:
        async with session.request(method, url, data=data, headers=headers, params=params) as resp:
            status = resp.status
            raw = await resp.read()
            retry_after_header = resp.headers.get("Retry-After") if status in (429, 503) else None
            return Answer(status, raw, retry_after_header, resp.reason or "")
    except aiohttp.ConnectionTimeoutError:
        return NoAnswer("connect timeout", sent=False)
    except (aiohttp.ClientConnectorCertificateError, aiohttp.ClientSSLError) as exc:
        log.error("connector %s: TLS failure %s", op, type(exc).__name__)
        return Failed(None, f"tls: {type(exc).__name__}", attempts=attempt)
    except aiohttp.ClientConnectorError as exc:
        return NoAnswer(f"connect error: {type(exc).__name__}", sent=False)
    except TimeoutError:
        return NoAnswer("timeout", sent=True)
    except aiohttp.ClientError as exc:
        return NoAnswer(f"connection lost: {type(exc).__name__}", sent=True)


def success(method: str, answer: Answer, attempt: int) -> Outcome:
    payload = loads(answer.raw)
    if method == "GET":
        return Fetched(payload, answer.status, attempt)
    activity_id = payload.get("id") if isinstance(payload, dict) else None
    return Sent(activity_id, answer.status, attempt, payload)


def after_error(
    answer: Answer, code: str | None, attempt: int, policy: RetryPolicy, idempotent: bool
) -> Outcome | Retry:
    """A non-2xx answer (401 is handled by the caller, which may refresh the token once)."""
    status = answer.status
    if status == 429:
        metrics.CONNECTOR_THROTTLED.inc()
        retry_after = parse_retry_after(answer.retry_after_header)
        delay = policy.throttle_delay(retry_after, attempt)
        return Throttled(retry_after, attempt) if delay is None else Retry(delay)
    if status in (403, 404):
        return RecipientGone(status, code, attempt)
    if status == 413:
        return TooLarge(status, attempt)
    if status in policy.retry_statuses and idempotent and policy.can_retry(attempt):
        advised = parse_retry_after(answer.retry_after_header)
        if advised is not None and advised <= policy.max_retry_after_s:
            return Retry(advised)
        return Retry(policy.backoff(attempt))
    return Failed(
        status, code or answer.reason or f"HTTP {status}", in_doubt=status >= 500 and not idempotent, attempts=attempt
    )


def after_no_answer(no_answer: NoAnswer, attempt: int, policy: RetryPolicy, idempotent: bool) -> Failed | Retry:
    """Retry what surely never arrived, or what is safe to repeat; a POST that may have arrived is in doubt."""
    if (not no_answer.sent or idempotent) and policy.can_retry(attempt):
        return Retry(policy.backoff(attempt))
    return Failed(None, no_answer.cause, in_doubt=no_answer.sent and not idempotent, attempts=attempt)


def loads(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def error_code(raw: bytes) -> str | None:
    payload = loads(raw)
    if isinstance(payload, dict):
        err = payload.get("error")
        if isinstance(err, dict):
            code = err.get("code")
            return str(code) if code else None
        if isinstance(err, str):
            return err
    return None
