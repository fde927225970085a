"""Suggest services: entities, types and properties by prefix."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ..names import normalise
from .model import Entity
from .properties import PROPERTIES
from .protocol import MAX_QUERY_CHARS, SUGGEST_PAGE

if TYPE_CHECKING:
    from .service import Service


def suggest_entities(
    service: Service, prefix: str, cursor: int, types: Iterable[str] = ()
) -> dict[str, Any]:
    wanted = normalise(prefix[:MAX_QUERY_CHARS])
    classes = [service.type_iri(t) for t in types]
    ranked_: list[tuple[int, int, str, Entity]] = []
    named = service.lookup(prefix.strip()) if prefix.strip() else None
    for entity in service.entities.values():
        if classes and not any(c in entity.types for c in classes):
            continue
        rank = 0 if entity is named else _prefix_rank(wanted, entity.normalised_names())
        if rank is not None:
            ranked_.append((rank, len(entity.name), entity.iri, entity))
    page = [e for *_, e in sorted(ranked_)][cursor : cursor + SUGGEST_PAGE]
    return {
        "result": [
            {
                "id": e.iri,
                "name": e.name,
                "description": e.name_en,
                "notable": [{"id": t, "name": service.types[t].name} for t in e.types],
            }
            for e in page
        ]
    }


def suggest_types(service: Service, prefix: str, cursor: int) -> dict[str, Any]:
    found = _suggest(prefix, list(service.types.values()), lambda t: (t.iri, t.local, t.zh, t.en))
    return {"result": [t.json() for t in found[cursor : cursor + SUGGEST_PAGE]]}


def suggest_properties(service: Service, prefix: str, cursor: int) -> dict[str, Any]:
    found = _suggest(prefix, list(PROPERTIES), lambda p: (p.id, p.name, p.description))
    return {"result": [p.json() for p in found[cursor : cursor + SUGGEST_PAGE]]}


def _prefix_rank(wanted: str, names: tuple[str, ...]) -> int | None:
    """0 an equal name, 1 a name starting with the prefix, 2 a name containing it, else None."""
    if not wanted:
        return None
    if wanted in names:
        return 0
    if any(n.startswith(wanted) for n in names):
        return 1
    return 2 if any(wanted in n for n in names) else None


def _suggest(prefix: str, items: list[Any], texts: Callable[[Any], tuple[str, ...]]) -> list[Any]:
    """Items whose id or names hold the prefix (all of them for an empty prefix), best first."""
    wanted = normalise(prefix[:MAX_QUERY_CHARS])
    if not wanted:
        return items
    scored = [
        (_prefix_rank(wanted, tuple(normalise(t) for t in texts(i))), n, i)
        for n, i in enumerate(items)
    ]
    return [
        i for rank, _, i in sorted((s for s in scored if s[0] is not None), key=lambda s: s[:2])
    ]
