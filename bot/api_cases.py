"""`POST /api/cases`: case intake from other systems (idempotent upsert by case id, API key)."""

from __future__ import annotations

import hmac
import logging

from aiohttp import web

from bot import jsonbody
from bot.cases.api import FieldError, validate_body
from bot.cases.extensions import ExtensionError

log = logging.getLogger(__name__)
API_KEY_HEADER = "X-Api-Key"


def _error(status: int, message: str, errors: list | None = None) -> web.Response:
    body: dict = {"error": message}
    if errors is not None:
        body["errors"] = errors
    return web.json_response(body, status=status)


def make_cases_handler(services_key: web.AppKey):
    async def post_cases(request: web.Request) -> web.Response:
        services = request.app[services_key]
        expected = services.settings.api_key
        if not expected:
            return _error(404, "the cases API is off (set PSCBOT_API_KEY to turn it on)")
        given = request.headers.get(API_KEY_HEADER, "")
        if not hmac.compare_digest(given.encode(), expected.encode()):
            return _error(401, f"missing or wrong {API_KEY_HEADER} header")
        if request.content_type != "application/json":
            return _error(415, "Content-Type must be application/json")
        try:
            body = jsonbody.loads(await request.read())
        except web.HTTPRequestEntityTooLarge:
            return _error(413, "request body too large")
        except jsonbody.BodyError as exc:
            return _error(400, str(exc))
        inputs, errors = validate_body(body, services.settings.tz)
        if errors:
            return _error(422, "validation failed; nothing was saved", [e.as_dict() for e in errors])
        try:
            results = await services.cases.upsert_many(inputs, actor_id="api", actor_name="Case API")
        except ExtensionError as exc:  # a rule that needs the stored case; the batch was rolled back
            index = next((i for i, inp in enumerate(inputs) if inp.case_id == exc.case_id), 0)
            return _error(
                422, "validation failed; nothing was saved", [FieldError(index, exc.field, str(exc)).as_dict()]
            )
        log.info("cases API upserted %d cases (%d created)", len(results), sum(r.created for r in results))
        return web.json_response(
            {
                "results": [
                    {"case_id": r.case.case_id, "created": r.created, "changed": list(r.changed_fields)}
                    for r in results
                ]
            }
        )

    return post_cases
