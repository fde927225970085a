"""Data extension: the properties proposed for a type, and their values for entities."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from .model import Entity
from .properties import PROPERTIES, Property, _follow, property_of
from .protocol import MAX_IDS, MAX_PROPERTIES, NS, BadRequest, _parse_json, _setting_limit

if TYPE_CHECKING:
    from .service import Service


def propose(service: Service, type_id: str, limit: int | None) -> dict[str, Any]:
    """The properties with at least one value on an entity of the type (of any type when
    none is given: a column reconciled against no particular type), in offer order."""
    offered = service._offered[service.type_iri(type_id) if type_id.strip() else ""]
    shown = offered[:limit] if limit else offered
    answer: dict[str, Any] = {"type": type_id, "properties": [p.json() for p in shown]}
    return answer | ({"limit": limit} if limit else {})


def offered(service: Service) -> dict[str, list[Property]]:
    return {
        cls: [
            p
            for p in PROPERTIES
            if any(
                values(service, e, p)
                for e in service.entities.values()
                if not cls or cls in e.types
            )
        ]
        for cls in ("", *service.types)
    }


def extend(service: Service, raw: str) -> dict[str, Any]:
    query = _parse_json(raw, "extend")
    if not isinstance(query, dict) or not isinstance(query.get("ids"), list):
        raise BadRequest("extend must be a JSON object with 'ids' and 'properties' lists")
    ids, props = query["ids"], query.get("properties")
    if not isinstance(props, list) or not all(isinstance(p, dict) and "id" in p for p in props):
        raise BadRequest("extend: 'properties' must be a list of objects with an 'id'")
    if len(ids) > MAX_IDS or len(props) > MAX_PROPERTIES:
        raise BadRequest(f"extend: at most {MAX_IDS} ids and {MAX_PROPERTIES} properties")
    chosen = [(property_of(p["id"]), _setting_limit(p)) for p in props]
    rows = {}
    for identifier in ids:
        entity = service.lookup(str(identifier))
        rows[str(identifier)] = {
            prop.id: (values(service, entity, prop) if entity else [])[: limit or None]
            for prop, limit in chosen
        }
    return {"meta": [_meta(service, p) for p, _ in chosen], "rows": rows}


def _meta(service: Service, prop: Property) -> dict[str, Any]:
    meta: dict[str, Any] = {"id": prop.id, "name": prop.name}
    cls = NS + prop.value_class
    if prop.kind == "entity" and cls in service.types:
        meta["type"] = {"id": cls, "name": service.types[cls].name}
    return meta


def values(service: Service, entity: Entity, prop: Property) -> list[dict[str, Any]]:
    """The values of one property of one entity, as data extension cells."""
    if prop.kind == "type":
        return [{"str": service.types[t].local} for t in entity.types]
    if prop.kind == "sentence":
        return [{"str": s} for s in service.sentences.get(entity.iri, [])]
    found: list[dict[str, Any]] = []
    for path in prop.paths:
        for node in _follow(service.graph, URIRef(entity.iri), path):
            cell = _cell(service, node, prop)
            if cell is not None and cell not in found:
                found.append(cell)
        if found and prop.fallback:
            break
    return found


def _cell(service: Service, node: Node, prop: Property) -> dict[str, Any] | None:
    if prop.kind == "str":
        return {"str": str(node)} if isinstance(node, Literal) else None
    if prop.kind == "entity":
        target = service.entities.get(str(node))
        if target is None or (prop.value_class and NS + prop.value_class not in target.types):
            return None
        return {"id": target.iri, "name": target.name}
    if prop.kind == "iri":
        outside = isinstance(node, URIRef) and not str(node).startswith(service.base)
        return {"str": str(node)} if outside else None
    if prop.kind == "code" and (node, SKOS.inScheme, service.codes[prop.scheme]) in service.graph:
        code = service.graph.value(node, SKOS.notation)
        return {"str": str(code)} if code is not None else None
    return None
