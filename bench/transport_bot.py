"""A minimal bot on pscbot's transport: the stock echo bot's handler, CloudAdapter and JWT validation, but the
Bot Connector calls go through bot.transport (one pooled aiohttp session). Measures the transport's effect
until the real `pscbot serve` lands; bench/turns.py drives it.

    PSCBOT_APP_RATE_PER_S=0 python bench/transport_bot.py --port 3980
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aiohttp import web
from botbuilder.integration.aiohttp import CloudAdapter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.echo_stock import EchoBot  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.transport import ConnectorTransport, create_adapter_auth  # noqa: E402


def create_app(settings: Settings) -> web.Application:
    transport = ConnectorTransport.from_settings(settings)
    adapter = CloudAdapter(create_adapter_auth(settings, transport))
    bot = EchoBot()

    async def messages(req: web.Request) -> web.Response:
        return await adapter.process(req, bot)

    async def start(_: web.Application) -> None:
        await transport.start()

    async def stop(_: web.Application) -> None:
        await transport.close()

    app = web.Application()
    app.on_startup.append(start)
    app.on_cleanup.append(stop)
    app.router.add_post("/api/messages", messages)
    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=3980)
    args = parser.parse_args()
    settings = Settings.from_env()
    web.run_app(create_app(settings), host="127.0.0.1", port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
