"""Reconciliation queries: parsed, matched by the linker's tiers, filtered by type and scored
with their properties."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..linker import EXACT, LEGAL_FORM, Candidate, ranked
from ..names import normalise
from .model import Entity, Hit, Query
from .properties import Property, property_of
from .protocol import (
    MAX_PROPERTIES,
    MAX_QUERIES,
    MAX_QUERY_CHARS,
    BadRequest,
    _limit,
    _parse_json,
    _short,
)

if TYPE_CHECKING:
    from .service import Service


def reconcile(service: Service, raw: str) -> dict[str, Any]:
    batch = _parse_json(raw, "queries")
    if not isinstance(batch, dict):
        raise BadRequest("queries must be a JSON object of queries keyed q0, q1, …")
    if len(batch) > MAX_QUERIES:
        raise BadRequest(
            f"{len(batch)} queries in one batch; at most {MAX_QUERIES} (the manifest's "
            "batchSize): send smaller batches"
        )
    parsed = {str(key): parse_query(service, str(key), value) for key, value in batch.items()}
    return {key: {"result": results(service, query)} for key, query in parsed.items()}


def parse_query(service: Service, key: str, value: Any) -> Query:
    if not isinstance(value, dict):
        raise BadRequest(f"query {_short(key)} must be an object with a 'query' string")
    text = value.get("query", "")
    if not isinstance(text, str):
        raise BadRequest(f"query {_short(key)}: 'query' must be a string")
    if len(text) > MAX_QUERY_CHARS:
        raise BadRequest(
            f"query {_short(key)}: a name of {len(text)} characters; at most {MAX_QUERY_CHARS}"
        )
    types = value.get("type") or []
    if not isinstance(types, list):
        types = [types]
    strict = value.get("type_strict") or "any"
    if strict not in ("any", "should", "all"):
        raise BadRequest(f"query {_short(key)}: type_strict must be any, should or all")
    return Query(
        text.strip(),
        tuple(service.type_iri(t) for t in types),
        strict,
        _limit(value.get("limit"), key),
        _query_properties(service, key, value.get("properties") or []),
    )


def _query_properties(
    service: Service, key: str, given: Any
) -> tuple[tuple[Property, tuple[Any, ...]], ...]:
    if not isinstance(given, list) or len(given) > MAX_PROPERTIES:
        raise BadRequest(f"query {_short(key)}: properties must be a list of {{pid, v}}")
    found = []
    for item in given:
        if not isinstance(item, dict) or "pid" not in item or "v" not in item:
            raise BadRequest(f"query {_short(key)}: each property needs 'pid' and 'v'")
        values = item["v"] if isinstance(item["v"], list) else [item["v"]]
        found.append((property_of(item["pid"]), tuple(values)))
    return tuple(found)


def results(service: Service, query: Query) -> list[dict[str, Any]]:
    hits = [h for h in _hits(service, query) if _typed(service, h.entity, query)]
    hits = [_with_properties(service, h, query) for h in hits]
    hits = [h for h in hits if h.score > 0]
    hits.sort(key=lambda h: (-h.score, h.entity.iri))
    exact = [h for h in hits if h.method == EXACT]
    sure = len(exact) == 1 and exact[0].agree == len(query.properties)
    return [_candidate(service, h, sure and h is exact[0]) for h in hits[: query.limit]]


def _hits(service: Service, query: Query) -> list[Hit]:
    if not query.text:
        if not query.properties:
            return []
        return [Hit(e, "properties", 100.0, "") for e in service.entities.values()]
    named = service.lookup(query.text)
    if named is not None:
        return [Hit(named, EXACT, 100.0, "the entity's id")]
    return [
        Hit(
            service.entities[c.iri],
            method,
            round(score * 100, 1),
            _why(service, query.text, c, method, score),
        )
        for c, method, score in ranked(query.text, service.index)
    ]


def _why(service: Service, text: str, candidate: Candidate, method: str, score: float) -> str:
    if method == LEGAL_FORM:
        return "same name without legal-form suffixes and place qualifiers"
    if method != EXACT:
        return f"similarity {score:.2f}"
    wanted = normalise(text)
    name = next(n for n in candidate.all_names() if normalise(n) == wanted)
    how = "exact name" if name == text else "exact after normalisation"
    return f"alias {name}, {how}" if name in service.entities[candidate.iri].aliases else how


def _typed(service: Service, entity: Entity, query: Query) -> bool:
    if not query.types:
        return True
    have = [t in entity.types for t in query.types]
    return all(have) if query.type_strict == "all" else any(have)


def _with_properties(service: Service, hit: Hit, query: Query) -> Hit:
    if not query.properties:
        return hit
    agree = sum(
        1
        for prop, wanted in query.properties
        if any(_same(service, w, v) for w in wanted for v in service.values(hit.entity, prop))
    )
    share = agree / len(query.properties)
    score = hit.score * share if hit.method == "properties" else hit.score * (0.5 + share / 2)
    why = f"{hit.why}; " if hit.why else ""
    why += f"properties {agree}/{len(query.properties)} agree"
    return Hit(hit.entity, hit.method, round(score, 1), why, agree)


def _same(service: Service, wanted: Any, value: dict[str, Any]) -> bool:
    if isinstance(wanted, dict):
        entity = service.lookup(str(wanted.get("id", "")))
        if entity is not None:
            return value.get("id") == entity.iri
        wanted = wanted.get("name", "")
    text = normalise(str(wanted))
    entity = service.lookup(str(wanted))
    if entity is not None and value.get("id") == entity.iri:
        return True
    shown = value.get("name", value.get("str", ""))
    return bool(text) and text == normalise(str(shown))


def _candidate(service: Service, hit: Hit, match: bool) -> dict[str, Any]:
    entity = hit.entity
    description = hit.why + (f" · {entity.name_en}" if entity.name_en else "")
    return {
        "id": entity.iri,
        "name": entity.name,
        "type": [{"id": t, "name": service.types[t].name} for t in entity.types],
        "score": hit.score,
        "match": match,
        "description": description,
    }
