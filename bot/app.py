"""The aiohttp application factory: `create_app(settings)`; nothing is wired at import time."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import uuid

from aiohttp import web
from botbuilder.core import serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity
from msrest.serialization import Model
from sqlalchemy import text

from bot import jsonbody, metrics
from bot.adapter import create_adapter
from bot.api_cases import make_cases_handler
from bot.config import Settings
from bot.handler import PscBot
from bot.jobs import MailJobs, build_jobs
from bot.scheduler import start_scheduler
from bot.services import Services
from bot.storage.db import Database
from bot.storage.migrate import is_current
from bot.transport import ConnectorTransport
from bot.transport.auth_inbound import CHANNEL_METADATA_URL, InboundAuth, SigningKeys
from bot.transport.sdk import create_adapter_auth
from bot.wiring import build_bot, build_services, prepare

log = logging.getLogger(__name__)

SETTINGS = web.AppKey("settings", Settings)
SERVICES = web.AppKey("services", Services)
BOT = web.AppKey("bot", PscBot)
ADAPTER = web.AppKey("adapter", CloudAdapter)
INBOUND = web.AppKey("inbound", object)  # InboundAuth when credentials are set, else None


def bad_request(message: str, status: int = 400) -> web.Response:
    return web.json_response({"error": message}, status=status)


@web.middleware
async def error_middleware(request: web.Request, handler):
    """Any unexpected failure becomes a JSON 500 with a reference id; the details go to the log only."""
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception as exc:  # noqa: BLE001
        reference = uuid.uuid4().hex[:8]
        log.error("request failed ref=%s path=%s error=%s", reference, request.path, type(exc).__name__, exc_info=exc)
        return web.json_response({"error": "internal error", "reference": reference}, status=500)


def parse_activity(body: object) -> Activity:
    """Check the shape the handler relies on, so bad input is a 400 rather than a failure mid-turn."""
    if not isinstance(body, dict):
        raise ValueError("body must be a JSON object (an activity)")
    if not isinstance(body.get("type"), str) or not body["type"]:
        raise ValueError("activity.type is required")
    conversation = body.get("conversation")
    if not isinstance(conversation, dict) or not isinstance(conversation.get("id"), str):
        raise ValueError("activity.conversation.id is required")
    if not isinstance(body.get("serviceUrl"), str) or not body["serviceUrl"]:
        raise ValueError("activity.serviceUrl is required")
    for key in ("from", "recipient"):
        if key in body and not isinstance(body[key], dict):
            raise ValueError(f"activity.{key} must be an object")
    for key in ("text", "id", "replyToId", "channelId"):
        if body.get(key) is not None and not isinstance(body[key], str):
            raise ValueError(f"activity.{key} must be a string")
    try:
        return Activity().deserialize(body)
    except Exception as exc:  # noqa: BLE001 - msrest raises several types for bad shapes
        raise ValueError("activity could not be read") from exc


async def messages(request: web.Request) -> web.Response:
    if request.content_type != "application/json":
        return bad_request("Content-Type must be application/json", 415)
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        return bad_request("request body too large", 413)
    try:
        activity = parse_activity(jsonbody.loads(raw))
    except ValueError as exc:  # BodyError (not JSON, nested too deeply) or a shape parse_activity refused
        return bad_request(str(exc))
    adapter = request.app[ADAPTER]
    try:
        response = await adapter.process_activity(
            request.headers.get("Authorization", ""), activity, request.app[BOT].on_turn
        )
    except PermissionError:  # InboundAuth has logged one rate-limited line with the reason
        return bad_request("unauthorized", 401)
    if response:
        body = response.body
        # The SDK hands back some invoke bodies already serialized (dicts) and others as msrest models.
        return web.json_response(serializer_helper(body) if isinstance(body, Model) else body, status=response.status)
    return web.Response(status=201)


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    db = request.app[SERVICES].db
    try:
        async with db.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        current = await is_current(db)
    except Exception as exc:  # noqa: BLE001
        log.warning("readiness check failed: %s", type(exc).__name__)
        return web.json_response({"status": "unavailable", "database": "unreachable"}, status=503)
    if not current:
        return web.json_response({"status": "unavailable", "database": "migrations pending"}, status=503)
    return web.json_response({"status": "ready"})


def metrics_handler(token: str = ""):
    """GET /metrics in the Prometheus text format; with a token, only for `Authorization: Bearer <token>`."""

    async def handle(request: web.Request) -> web.Response:
        if token and not metrics.token_ok(request.headers.get("Authorization", ""), token):
            return web.json_response(
                {"error": "unauthorized"}, status=401, headers={"WWW-Authenticate": 'Bearer realm="metrics"'}
            )
        body, content_type = metrics.exposition()
        return web.Response(body=body, headers={"Content-Type": content_type})

    return handle


def metrics_exposed(settings: Settings) -> bool:
    """On the bot's own port: with a token always; without one only in development with no metrics port.
    Production keeps it off unless PSCBOT_METRICS_TOKEN is set (PSCBOT_METRICS_PORT serves it on localhost)."""
    return bool(settings.metrics_token) or not (settings.is_production or settings.metrics_port)


def create_metrics_app() -> web.Application:
    """The separate metrics listener (PSCBOT_METRICS_PORT, bound to 127.0.0.1 only)."""
    app = web.Application()
    app.router.add_get("/metrics", metrics_handler())
    return app


def create_app(settings: Settings, *, db: Database | None = None) -> web.Application:
    """Build the web application; the database and bot are created when it starts."""
    app = web.Application(client_max_size=settings.max_body_bytes, middlewares=[error_middleware])
    app[SETTINGS] = settings

    async def lifecycle(app: web.Application):
        database = db or Database(settings.database_url)
        # One pooled HTTP client per process carries every reply, update and proactive send.
        transport = await ConnectorTransport.from_settings(settings).start()
        inbound = None
        if settings.auth_enabled:
            # Keys are fetched in the background from now on; until they arrive every token gets a 401.
            inbound = InboundAuth(SigningKeys(settings.auth_metadata_url or CHANNEL_METADATA_URL))
            await inbound.start()
        app[INBOUND] = inbound
        adapter = create_adapter(settings, create_adapter_auth(settings, transport, inbound))
        services = build_services(settings, database, adapter, transport=transport)
        app[ADAPTER] = adapter
        app[SERVICES] = services
        app[BOT] = build_bot(services)
        scheduler = mail = watcher = None
        stop = asyncio.Event()
        if await is_current(database):
            await prepare(services)
            if settings.jobs_enabled:
                mail = MailJobs(services)
                scheduler = start_scheduler(build_jobs(services, mail), settings.timezone)
                if mail.uses_idle:
                    watcher = asyncio.create_task(mail.watch(stop), name="mail-idle")
        else:
            log.error("database migrations are pending: run `pscbot db upgrade` (/readyz reports not ready)")
        # Start-up objects (SDK models, KB caches, rules) live for the whole process: keep them out of
        # the garbage collector's full passes, which otherwise show up as latency spikes.
        gc.collect()
        gc.freeze()
        log.info(
            "pscbot ready (env=%s, auth=%s, db=%s)",
            settings.env,
            "on" if settings.auth_enabled else "off",
            database.dialect,
        )
        yield
        stop.set()
        if watcher is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(watcher, 10)
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        if mail is not None:
            await mail.close()
        await services.knowledge.close()
        if inbound is not None:
            await inbound.close()
        await transport.close()
        if db is None:
            await database.dispose()

    app.cleanup_ctx.append(lifecycle)
    app.router.add_post("/api/messages", messages)
    app.router.add_post("/api/cases", make_cases_handler(SERVICES))
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    if metrics_exposed(settings):
        app.router.add_get("/metrics", metrics_handler(settings.metrics_token))
    return app
