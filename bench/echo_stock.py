"""The stock botbuilder 4.17 echo bot (CloudAdapter, ConfigurationBotFrameworkAuthentication, no app id).

The comparison baseline for bench/turns.py: nothing of pscbot, only the SDK as its samples use it.
Replies "help: ..." to /help and echoes any other text.

    python bench/echo_stock.py --port 3979
"""

from __future__ import annotations

import argparse

from aiohttp import web
from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

HELP = "Commands: /help, /case <id>, /queue. Or ask a question in plain words."


class DefaultConfig:
    PORT = 3979
    APP_ID = ""
    APP_PASSWORD = ""
    APP_TYPE = "MultiTenant"
    APP_TENANTID = ""


class EchoBot(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext):
        text = (turn_context.activity.text or "").strip()
        if text.startswith("/help"):
            await turn_context.send_activity(MessageFactory.text(HELP))
        else:
            await turn_context.send_activity(MessageFactory.text(f"Echo: {text}"))


def create_app() -> web.Application:
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(DefaultConfig()))
    bot = EchoBot()

    async def messages(req: web.Request) -> web.Response:
        return await adapter.process(req, bot)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=3979)
    args = parser.parse_args()
    web.run_app(create_app(), host="127.0.0.1", port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
