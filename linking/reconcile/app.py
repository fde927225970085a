"""The Starlette app: routes, CORS, JSONP, JSON error bodies and a bounded request body."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Route

from .protocol import MAX_BODY, BadRequest, _short
from .service import Service

VIEW_FILE = "graph.html"
_CALLBACK = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")


# -- HTTP -----------------------------------------------------------------------------------
def create_app(
    service: Service, view_file: Path | None = None, view_url: str | None = None
) -> Starlette:
    """The Starlette app: GET/POST / (manifest, queries=, extend=), /suggest/{entity,type,
    property}, /properties, /preview and, when ``view_file`` is given, /graph.html.
    ``view_url`` is the view template; by default the served /graph.html#{{id}}."""

    async def root(request: Request) -> Response:
        params = await _params(request)
        if "queries" in params:
            return _reply(request, await run_in_threadpool(service.reconcile, params["queries"]))
        if "extend" in params:
            return _reply(request, await run_in_threadpool(service.extend, params["extend"]))
        base = str(request.base_url)
        return _reply(request, service.manifest(base, view_url or f"{base}{VIEW_FILE}#{{{{id}}}}"))

    async def suggest(request: Request) -> Response:
        kind = request.path_params["kind"]
        prefix, cursor = request.query_params.get("prefix", ""), _cursor(request)
        if kind == "entity":
            types = request.query_params.getlist("type")
            return _reply(request, service.suggest_entities(prefix, cursor, types))
        if kind == "type":
            return _reply(request, service.suggest_types(prefix, cursor))
        if kind == "property":
            return _reply(request, service.suggest_properties(prefix, cursor))
        raise BadRequest(f"no suggest service {_short(kind)}; use entity, type or property", 404)

    async def properties(request: Request) -> Response:
        type_id = request.query_params.get("type", "")
        limit = request.query_params.get("limit")
        if not limit or not limit.isdigit():
            return _reply(request, service.propose(type_id, None))
        return _reply(request, service.propose(type_id, int(limit)))

    async def preview(request: Request) -> Response:
        identifier = request.query_params.get("id", "")
        page = service.preview(identifier)
        if page is None:
            return HTMLResponse(f"<p>no entity {html.escape(_short(identifier))}</p>", 404)
        return HTMLResponse(page)

    async def view(request: Request) -> Response:
        if view_file is None or not view_file.is_file():
            hint = "no graph view here; write one with `plankg viz --graph FILE --out graph.html`"
            return HTMLResponse(f"<p>{html.escape(hint)}</p>", 404)
        return FileResponse(view_file, media_type="text/html")

    async def bad_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, BadRequest)
        return _json(request, {"status": "error", "message": exc.message}, exc.status)

    return Starlette(
        routes=[
            Route("/", root, methods=["GET", "POST"]),
            Route("/suggest/{kind}", suggest),
            Route("/properties", properties),
            Route("/preview", preview),
            Route(f"/{VIEW_FILE}", view),
        ],
        middleware=[
            Middleware(
                CORSMiddleware,
                allow_origins=["*"],
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=["*"],
                max_age=86400,
            )
        ],
        exception_handlers={BadRequest: bad_request},
    )


async def _params(request: Request) -> dict[str, str]:
    """Query string parameters, overridden by an urlencoded POST body's fields."""
    params = dict(request.query_params)
    if request.method != "POST":
        return params
    too_big = BadRequest(f"request body over {MAX_BODY // (1024 * 1024)} MB", 413)
    announced = request.headers.get("content-length", "0")
    if announced.isdigit() and int(announced) > MAX_BODY:
        raise too_big
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise too_big
    try:
        text = body.decode("utf-8")
        fields = parse_qs(text, keep_blank_values=True, max_num_fields=100, errors="strict")
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadRequest(f"the body is not an urlencoded UTF-8 form ({exc})") from exc
    return params | {key: values[-1] for key, values in fields.items()}


def _cursor(request: Request) -> int:
    value = request.query_params.get("cursor", "0")
    if not value.isdigit():
        raise BadRequest("cursor must be a non-negative integer")
    return int(value)


def _reply(request: Request, data: dict[str, Any]) -> Response:
    return _json(request, data, 200)


def _json(request: Request, data: dict[str, Any], status: int) -> Response:
    """JSON, or JSONP when the request names a ``callback`` (an error stays plain JSON)."""
    body = json.dumps(data, ensure_ascii=False)
    callback = request.query_params.get("callback")
    if callback is None or status != 200:
        return Response(body, status, media_type="application/json")
    if len(callback) > 100 or not _CALLBACK.fullmatch(callback):
        message = "callback must be a JavaScript identifier"
        return Response(
            json.dumps({"status": "error", "message": message}), 400, media_type="application/json"
        )
    body = body.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Response(f"/**/{callback}({body});", media_type="application/javascript")
