"""A tiny stand-in bot for developing and self-checking the Playground harness.

It speaks the Bot Framework protocol with plain aiohttp (no botbuilder, no auth: the Agents Playground sends
no JWT and accepts unauthenticated connector calls).

Behaviour:

* ``installationUpdate`` (action add) -> "Welcome to the stand-in bot"; ``conversationUpdate`` -> no reply.
  Every inbound activity's conversation reference (serviceUrl, conversation, bot, user) is stored.
* message "card" -> an Adaptive Card 1.5 with a TextBlock, an Input.Text and two buttons
  (``Action.Execute`` "Execute it" and ``Action.Submit`` "Submit it").
* ``Action.Submit`` (a message with ``value``) -> "Got submit: <json of value>".
* ``invoke`` ``adaptiveCard/action`` (``Action.Execute``) -> answers the invoke with a message response and
  also sends "Got execute: <json of data>" to the conversation.
* any other message -> "Echo: <text>" (``<at>..</at>`` mentions are kept verbatim, so channel posts are
  echoed as the bot received them).

Test-control endpoints (used by the self-check, handy for debugging):

* ``GET /healthz`` -> ``{"ok": true}``
* ``GET /_test/received`` -> every inbound activity (JSON list, oldest first)
* ``GET /_test/references`` -> stored conversation references by conversation id
* ``POST /_test/proactive`` ``{"text": "...", "conversation_id": optional}`` -> posts a proactive message to
  ``serviceUrl + /v3/conversations/{id}/activities`` of the stored reference (default: the last personal one)

Run: ``python tests/e2e/standin_bot.py --port 3978`` (``--host`` defaults to 127.0.0.1).
"""

from __future__ import annotations

import argparse
import json
import logging
import uuid
from typing import Any

from aiohttp import ClientSession, ClientTimeout, web

log = logging.getLogger("standin_bot")

WELCOME = "Welcome to the stand-in bot"
CARD_TITLE = "Stand-in card"


def build_card() -> dict[str, Any]:
    return {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": "1.5",
        "body": [
            {"type": "TextBlock", "text": CARD_TITLE, "weight": "Bolder", "size": "Medium", "wrap": True},
            {"type": "TextBlock", "text": "Pick a button to talk back to the bot.", "wrap": True},
            {"type": "Input.Text", "id": "note", "label": "Note", "placeholder": "Type a note"},
        ],
        "actions": [
            {
                "type": "Action.Execute",
                "title": "Execute it",
                "verb": "standin.execute",
                "data": {"action": "execute", "source": "standin"},
            },
            {
                "type": "Action.Submit",
                "title": "Submit it",
                "data": {"action": "submit", "source": "standin"},
            },
        ],
    }


class StandinBot:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.references: dict[str, dict[str, Any]] = {}
        self.last_personal: str | None = None
        self.sent: list[dict[str, Any]] = []
        self._session: ClientSession | None = None

    # -- plumbing ---------------------------------------------------------------------------------------
    async def session(self) -> ClientSession:
        if self._session is None:
            self._session = ClientSession(timeout=ClientTimeout(total=15))
        return self._session

    async def close(self, _app: web.Application | None = None) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def remember(self, activity: dict[str, Any]) -> dict[str, Any]:
        conv = activity.get("conversation") or {}
        ref = {
            "serviceUrl": activity.get("serviceUrl"),
            "channelId": activity.get("channelId"),
            "conversation": conv,
            "bot": activity.get("recipient"),
            "user": activity.get("from"),
        }
        if conv.get("id"):
            self.references[conv["id"]] = ref
            if conv.get("conversationType", "personal") == "personal":
                self.last_personal = conv["id"]
        return ref

    async def send(self, ref: dict[str, Any], text: str | None = None, *, attachments=None, reply_to=None):
        activity: dict[str, Any] = {
            "type": "message",
            "from": ref.get("bot"),
            "recipient": ref.get("user"),
            "conversation": ref["conversation"],
            "channelId": ref.get("channelId"),
        }
        if text is not None:
            activity["text"] = text
            activity["textFormat"] = "markdown"
        if attachments:
            activity["attachments"] = attachments
        conv_id = ref["conversation"]["id"]
        url = f"{ref['serviceUrl'].rstrip('/')}/v3/conversations/{conv_id}/activities"
        if reply_to:
            activity["replyToId"] = reply_to
            url += f"/{reply_to}"
        session = await self.session()
        async with session.post(url, json=activity) as resp:
            body = await resp.text()
            self.sent.append({"url": url, "status": resp.status, "activity": activity, "response": body})
            if resp.status >= 300:
                log.warning("connector answered %s for %s: %s", resp.status, url, body[:300])
            return resp.status

    # -- handlers ---------------------------------------------------------------------------------------
    async def on_activity(self, activity: dict[str, Any]) -> web.Response:
        self.received.append(activity)
        ref = self.remember(activity)
        kind = activity.get("type")
        if kind == "installationUpdate":
            if activity.get("action", "add") in {"add", "add-upgrade"}:
                await self.send(ref, WELCOME)
            return web.json_response({}, status=200)
        if kind == "conversationUpdate":
            # the Playground sends installationUpdate (welcomed above) right alongside; stay quiet here
            return web.json_response({}, status=200)
        if kind == "invoke" and activity.get("name") == "adaptiveCard/action":
            action = (activity.get("value") or {}).get("action") or {}
            await self.send(ref, "Got execute: " + json.dumps(action.get("data"), sort_keys=True))
            return web.json_response(
                {
                    "statusCode": 200,
                    "type": "application/vnd.microsoft.activity.message",
                    "value": "Execute received",
                },
                status=200,
            )
        if kind == "invoke":
            return web.json_response({}, status=200)
        if kind == "message":
            if activity.get("value") is not None and not activity.get("text"):
                await self.send(ref, "Got submit: " + json.dumps(activity["value"], sort_keys=True))
            elif (activity.get("text") or "").strip().lower() == "card":
                await self.send(
                    ref,
                    attachments=[{"contentType": "application/vnd.microsoft.card.adaptive", "content": build_card()}],
                )
            else:
                await self.send(ref, "Echo: " + (activity.get("text") or ""))
            return web.json_response({}, status=200)
        return web.json_response({}, status=200)

    async def proactive(self, text: str, conversation_id: str | None = None) -> int:
        conv_id = conversation_id or self.last_personal
        if not conv_id or conv_id not in self.references:
            raise web.HTTPConflict(text="no conversation reference stored yet")
        ref = dict(self.references[conv_id])
        return await self.send(ref, text)


def create_app() -> web.Application:
    bot = StandinBot()
    app = web.Application()
    app["bot"] = bot

    async def messages(request: web.Request) -> web.Response:
        activity = await request.json()
        return await bot.on_activity(activity)

    async def healthz(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def received(_request: web.Request) -> web.Response:
        return web.json_response(bot.received)

    async def references(_request: web.Request) -> web.Response:
        return web.json_response({"references": bot.references, "last_personal": bot.last_personal})

    async def sent(_request: web.Request) -> web.Response:
        return web.json_response(bot.sent)

    async def proactive(request: web.Request) -> web.Response:
        body = await request.json()
        status = await bot.proactive(
            body.get("text") or f"Proactive {uuid.uuid4().hex[:6]}", body.get("conversation_id")
        )
        return web.json_response({"connector_status": status})

    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/_test/received", received)
    app.router.add_get("/_test/references", references)
    app.router.add_get("/_test/sent", sent)
    app.router.add_post("/_test/proactive", proactive)
    app.on_cleanup.append(bot.close)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=3978)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    web.run_app(create_app(), host=args.host, port=args.port, print=lambda *_: None)


if __name__ == "__main__":
    main()
