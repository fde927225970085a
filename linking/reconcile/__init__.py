"""A W3C Entity Reconciliation service (API 0.2, as OpenRefine 3.x speaks it) over a built graph.

``Service`` (service.py) holds the graph's entities and answers the protocol's requests as plain
data (dicts ready for JSON), one module per kind of request: the manifest (manifest.py),
reconciliation queries (matching.py), suggest (suggest.py), data extension (extend.py) and the
preview (preview.py); the properties they offer are in properties.py, the protocol's limits and
errors in protocol.py. ``create_app`` (app.py) puts it behind Starlette with CORS, JSONP and JSON
error bodies.

Names are scored by the linker's tiers (``linking.linker.ranked``): equal normalised names score
100, equal names without legal-form noise 95, similar names the linker's fuzzy similarity × 100.
``match`` is true only for an exact normalised match that no other candidate of the query shares
(and whose query properties, if any, all agree), so OpenRefine's auto-match never picks a close
match by itself.

Entity ids are the entities' IRIs (the identifier space is the graph's base); a local id (the
IRI without the base, e.g. ``enterprise/国泰君安``) is accepted wherever an id is read. Type ids
are the plankg class IRIs; ``Enterprise`` and ``plankg:Enterprise`` are accepted too.
"""

from .app import VIEW_FILE, create_app
from .model import Entity, Hit, Query, Type
from .properties import PROPERTIES, PROPERTY_BY_ID, Property, property_of
from .protocol import (
    DEFAULT_LIMIT,
    MAX_BODY,
    MAX_IDS,
    MAX_LIMIT,
    MAX_PROPERTIES,
    MAX_QUERIES,
    MAX_QUERY_CHARS,
    NS,
    PREVIEW_SIZE,
    SUGGEST_PAGE,
    VERSIONS,
    BadRequest,
)
from .service import Service

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_BODY",
    "MAX_IDS",
    "MAX_LIMIT",
    "MAX_PROPERTIES",
    "MAX_QUERIES",
    "MAX_QUERY_CHARS",
    "NS",
    "PREVIEW_SIZE",
    "PROPERTIES",
    "PROPERTY_BY_ID",
    "SUGGEST_PAGE",
    "VERSIONS",
    "VIEW_FILE",
    "BadRequest",
    "Entity",
    "Hit",
    "Property",
    "Query",
    "Service",
    "Type",
    "create_app",
    "property_of",
]
