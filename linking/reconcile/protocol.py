"""The protocol's limits, and a request the service cannot answer."""

from __future__ import annotations

import json
from typing import Any

from builder.namespaces import PLANKG

VERSIONS = ["0.1", "0.2"]
MAX_QUERIES = 1000
MAX_QUERY_CHARS = 1000
MAX_IDS = 1000
MAX_PROPERTIES = 50
MAX_BODY = 4 * 1024 * 1024
DEFAULT_LIMIT = 5
MAX_LIMIT = 100
SUGGEST_PAGE = 10
PREVIEW_SIZE = (400, 200)
NS = str(PLANKG._NS)


class BadRequest(Exception):
    """A request the service cannot answer; becomes a JSON body with this status (400 or 413)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message, self.status = message, status


def _parse_json(raw: str, what: str) -> Any:
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = (
            f" at line {exc.lineno}, column {exc.colno}"
            if isinstance(exc, json.JSONDecodeError)
            else ""
        )
        raise BadRequest(f"{what} is not valid JSON{where}") from exc


def _limit(value: Any, key: str) -> int:
    if value is None:
        return DEFAULT_LIMIT
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 1:
        raise BadRequest(f"query {_short(key)}: limit must be a positive number")
    return min(int(value), MAX_LIMIT)


def _setting_limit(prop: dict[str, Any]) -> int:
    settings = prop.get("settings") or {}
    value = settings.get("limit", 0) if isinstance(settings, dict) else 0
    try:
        return max(int(value), 0)
    except (TypeError, ValueError) as exc:
        raise BadRequest(
            f"extend: the limit setting of {_short(str(prop['id']))} is not a number"
        ) from exc


def _short(text: str, width: int = 60) -> str:
    """A value quoted in an error message, cut so that a 1 MB value makes a short message."""
    return repr(text if len(text) <= width else text[:width] + "…")
