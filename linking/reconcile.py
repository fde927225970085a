"""A W3C Entity Reconciliation service (API 0.2, as OpenRefine 3.x speaks it) over a built graph.

``Service`` holds the graph's entities and answers the protocol's requests as plain data (dicts
ready for JSON); ``create_app`` puts it behind Starlette with CORS, JSONP and JSON error bodies.

Names are scored by the linker's tiers (``linking.linker.ranked``): equal normalised names score
100, equal names without legal-form noise 95, similar names the linker's fuzzy similarity × 100.
``match`` is true only for an exact normalised match that no other candidate of the query shares
(and whose query properties, if any, all agree), so OpenRefine's auto-match never picks a close
match by itself.

Entity ids are the entities' IRIs (the identifier space is the graph's base); a local id (the
IRI without the base, e.g. ``enterprise/国泰君安``) is accepted wherever an id is read. Type ids
are the plankg class IRIs; ``Enterprise`` and ``plankg:Enterprise`` are accepted too.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Route

from builder import paths
from builder.iris import Minter
from builder.namespaces import PLANKG, SCHEMA
from viz.to_networkx import mention_sentences

from .linker import EXACT, LEGAL_FORM, Candidate, entities, name_index, ranked
from .names import normalise

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
VIEW_FILE = "graph.html"
NS = str(PLANKG._NS)
_CALLBACK = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")


class BadRequest(Exception):
    """A request the service cannot answer; becomes a JSON body with this status (400 or 413)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message, self.status = message, status


# -- what the service knows -----------------------------------------------------------------
@dataclass(frozen=True)
class Entity:
    iri: str
    name: str
    name_en: str
    types: tuple[str, ...]
    aliases: tuple[str, ...]
    candidate: Candidate

    def normalised_names(self) -> tuple[str, ...]:
        return tuple(normalise(n) for n in self.candidate.all_names())


@dataclass(frozen=True)
class Type:
    iri: str
    zh: str
    en: str
    count: int

    @property
    def local(self) -> str:
        return self.iri.removeprefix(NS)

    @property
    def name(self) -> str:
        return f"{self.zh} {self.en}".strip() or self.local

    def json(self) -> dict[str, Any]:
        return {"id": self.iri, "name": self.name, "description": f"{self.count} entities"}


@dataclass(frozen=True)
class Step:
    predicate: URIRef
    inverse: bool = False


Path_ = tuple[Step, ...]


@dataclass(frozen=True)
class Property:
    """A property offered for data extension and accepted in query properties.

    ``kind`` says what its values are: ``entity`` (graph entities, optionally of
    ``value_class``), ``str`` (literals), ``code`` (skos:notation of concepts of the code list
    ``scheme``), ``iri`` (IRIs outside the graph), ``type`` or ``sentence``. ``paths`` are unioned,
    or with ``fallback`` tried in order until one gives values."""

    id: str
    name: str
    description: str
    kind: str
    paths: tuple[Path_, ...] = ()
    value_class: str = ""
    scheme: str = ""
    fallback: bool = False

    def json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "description": self.description}


def _p(*steps: URIRef | tuple[URIRef]) -> Path_:
    """A path: a predicate is followed forwards, a 1-tuple ``(predicate,)`` backwards."""
    return tuple(Step(s[0], True) if isinstance(s, tuple) else Step(s) for s in steps)


PROPERTIES: tuple[Property, ...] = (
    Property("label", "名称 label", "rdfs:label in every language", "str", (_p(RDFS.label),)),
    Property("alias", "别名 alias", "skos:altLabel", "str", (_p(SKOS.altLabel),)),
    Property("type", "类别 type", "the plankg classes of the entity", "type"),
    Property(
        "industry",
        "产业 industry",
        "plankg:inIndustry (enterprises), plankg:developsIndustry (measures), or the industries "
        "the measures built on a zone develop",
        "entity",
        (
            _p(PLANKG.inIndustry),
            _p(PLANKG.developsIndustry),
            _p((PLANKG.buildsOnZone,), PLANKG.developsIndustry),
        ),
        value_class="Industry",
    ),
    Property(
        "zone",
        "区域 zones",
        "plankg:buildsOnZone (measures), plankg:visits (work methods), or the zones the measures "
        "developing an industry build on",
        "entity",
        (
            _p(PLANKG.buildsOnZone),
            _p(PLANKG.visits),
            _p((PLANKG.developsIndustry,), PLANKG.buildsOnZone),
        ),
        value_class="Zone",
    ),
    Property(
        "measure",
        "举措 measures",
        "the measures that develop, build on or involve the entity (a plan's own measures)",
        "entity",
        (
            _p((PLANKG.developsIndustry,)),
            _p((PLANKG.buildsOnZone,)),
            _p((PLANKG.involves,)),
            _p((PLANKG.responsibleBody,)),
            _p(PLANKG.hasMeasure),
        ),
        value_class="Measure",
    ),
    Property(
        "broader", "上位产业 broader", "skos:broader (industries)", "entity", (_p(SKOS.broader),)
    ),
    Property(
        "place",
        "所在地 place",
        "schema:containedInPlace (zones, districts)",
        "entity",
        (_p(SCHEMA.containedInPlace),),
    ),
    Property(
        "division-code",
        "行政区划代码 division code",
        "statistical division code of the area (skos:exactMatch → skos:notation), else of the "
        "place it lies in",
        "code",
        (_p(SKOS.exactMatch), _p(SCHEMA.containedInPlace, SKOS.exactMatch)),
        scheme="division",
        fallback=True,
    ),
    Property(
        "industry-code",
        "行业代码 GB/T 4754-2017 code",
        "GB/T 4754-2017 classes the industry is mapped to (skos:exactMatch, closeMatch or "
        "broadMatch → skos:notation)",
        "code",
        (_p(SKOS.exactMatch), _p(SKOS.closeMatch), _p(SKOS.broadMatch)),
        scheme="gbt4754-2017",
    ),
    Property(
        "external-id",
        "外部标识 external identifier",
        "owl:sameAs, skos:exactMatch and skos:closeMatch links outside the graph (Wikidata, …)",
        "iri",
        (_p(OWL.sameAs), _p(SKOS.exactMatch), _p(SKOS.closeMatch)),
    ),
    Property(
        "plan",
        "规划 plan",
        "the plans that mention the entity",
        "entity",
        (_p((PLANKG.mentions,)),),
        value_class="Plan",
    ),
    Property("sentence", "原文 sentence", "plan sentences that mention the entity", "sentence"),
)
PROPERTY_BY_ID = {p.id: p for p in PROPERTIES}


@dataclass(frozen=True)
class Query:
    text: str
    types: tuple[str, ...]
    type_strict: str
    limit: int
    properties: tuple[tuple[Property, tuple[Any, ...]], ...]


@dataclass(frozen=True)
class Hit:
    entity: Entity
    method: str
    score: float
    why: str
    agree: int = 0


# -- the service ----------------------------------------------------------------------------
@dataclass
class Service:
    """The graph's entities, indexed once; every method answers one kind of request."""

    graph: Graph
    base: str
    name: str = "plankg"
    ontology: Graph | None = None
    entities: dict[str, Entity] = field(init=False)
    types: dict[str, Type] = field(init=False)

    def __post_init__(self) -> None:
        self.ontology = (
            self.ontology if self.ontology is not None else Graph().parse(paths.ONTOLOGY)
        )
        self.entities = {c.iri: self._entity(c) for c in entities(self.graph)}
        self.types = self._types()
        self.index = name_index(e.candidate for e in self.entities.values())
        self.sentences = {str(k): v for k, v in mention_sentences(self.graph).items()}
        self.codes = {s: URIRef(Minter(self.base).scheme(s)) for s in ("division", "gbt4754-2017")}

    def _entity(self, candidate: Candidate) -> Entity:
        node = URIRef(candidate.iri)
        types = sorted(
            str(c)
            for c in self.graph.objects(node, RDF.type)
            if str(c).startswith(NS) and str(c) != str(PLANKG.SourceText)
        )
        label_en = _label(self.graph, node, "en")
        aliases = sorted(str(v) for v in self.graph.objects(node, SKOS.altLabel))
        return Entity(
            candidate.iri, candidate.label, label_en, tuple(types), tuple(aliases), candidate
        )

    def _types(self) -> dict[str, Type]:
        counts = Counter(t for e in self.entities.values() for t in e.types)
        assert self.ontology is not None
        found = [
            Type(
                iri,
                _label(self.ontology, URIRef(iri), "zh"),
                _label(self.ontology, URIRef(iri), "en"),
                n,
            )
            for iri, n in counts.items()
        ]
        return {t.iri: t for t in sorted(found, key=_type_order)}

    # -- ids ------------------------------------------------------------------------------
    def lookup(self, identifier: str) -> Entity | None:
        """The entity of a full IRI, a local id (the IRI without the base) or either
        percent-encoded."""
        for candidate in (identifier, unquote(identifier)):
            for iri in (candidate, self.base + candidate):
                if iri in self.entities:
                    return self.entities[iri]
        return None

    def type_iri(self, value: Any) -> str:
        text = str(value).strip()
        for iri in (text, NS + text.removeprefix("plankg:")):
            if iri in self.types:
                return iri
        known = ", ".join(t.local for t in self.types.values())
        raise BadRequest(f"unknown type {_short(text)}; types of this graph: {known}")

    # -- manifest -------------------------------------------------------------------------
    def manifest(self, root: str, view_url: str) -> dict[str, Any]:
        """The service manifest; ``root`` is the service's own URL (ending in /)."""
        width, height = PREVIEW_SIZE
        return {
            "versions": VERSIONS,
            "name": self.name,
            "identifierSpace": self.base,
            "schemaSpace": NS,
            "batchSize": MAX_QUERIES,
            "defaultTypes": [{"id": t.iri, "name": t.name} for t in self.types.values()],
            "view": {"url": view_url},
            "preview": {"url": f"{root}preview?id={{{{id}}}}", "width": width, "height": height},
            "suggest": {
                kind: {"service_url": root.rstrip("/"), "service_path": f"/suggest/{kind}"}
                for kind in ("entity", "type", "property")
            },
            "extend": {
                "propose_properties": {
                    "service_url": root.rstrip("/"),
                    "service_path": "/properties",
                },
                "property_settings": [
                    {
                        "name": "limit",
                        "label": "Limit",
                        "type": "number",
                        "default": 0,
                        "help_text": "Maximum number of values to return per row (0 for no limit)",
                    }
                ],
            },
        }

    # -- reconciliation -------------------------------------------------------------------
    def reconcile(self, raw: str) -> dict[str, Any]:
        batch = _parse_json(raw, "queries")
        if not isinstance(batch, dict):
            raise BadRequest("queries must be a JSON object of queries keyed q0, q1, …")
        if len(batch) > MAX_QUERIES:
            raise BadRequest(
                f"{len(batch)} queries in one batch; at most {MAX_QUERIES} (the manifest's "
                "batchSize): send smaller batches"
            )
        parsed = {str(key): self.query(str(key), value) for key, value in batch.items()}
        return {key: {"result": self.results(query)} for key, query in parsed.items()}

    def query(self, key: str, value: Any) -> Query:
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
            tuple(self.type_iri(t) for t in types),
            strict,
            _limit(value.get("limit"), key),
            self._query_properties(key, value.get("properties") or []),
        )

    def _query_properties(
        self, key: str, given: Any
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

    def results(self, query: Query) -> list[dict[str, Any]]:
        hits = [h for h in self._hits(query) if self._typed(h.entity, query)]
        hits = [self._with_properties(h, query) for h in hits]
        hits = [h for h in hits if h.score > 0]
        hits.sort(key=lambda h: (-h.score, h.entity.iri))
        exact = [h for h in hits if h.method == EXACT]
        sure = len(exact) == 1 and exact[0].agree == len(query.properties)
        return [self._candidate(h, sure and h is exact[0]) for h in hits[: query.limit]]

    def _hits(self, query: Query) -> list[Hit]:
        if not query.text:
            if not query.properties:
                return []
            return [Hit(e, "properties", 100.0, "") for e in self.entities.values()]
        named = self.lookup(query.text)
        if named is not None:
            return [Hit(named, EXACT, 100.0, "the entity's id")]
        return [
            Hit(
                self.entities[c.iri],
                method,
                round(score * 100, 1),
                self._why(query.text, c, method, score),
            )
            for c, method, score in ranked(query.text, self.index)
        ]

    def _why(self, text: str, candidate: Candidate, method: str, score: float) -> str:
        if method == LEGAL_FORM:
            return "same name without legal-form suffixes and place qualifiers"
        if method != EXACT:
            return f"similarity {score:.2f}"
        wanted = normalise(text)
        name = next(n for n in candidate.all_names() if normalise(n) == wanted)
        how = "exact name" if name == text else "exact after normalisation"
        return f"alias {name}, {how}" if name in self.entities[candidate.iri].aliases else how

    def _typed(self, entity: Entity, query: Query) -> bool:
        if not query.types:
            return True
        have = [t in entity.types for t in query.types]
        return all(have) if query.type_strict == "all" else any(have)

    def _with_properties(self, hit: Hit, query: Query) -> Hit:
        if not query.properties:
            return hit
        agree = sum(
            1
            for prop, wanted in query.properties
            if any(self._same(w, v) for w in wanted for v in self.values(hit.entity, prop))
        )
        share = agree / len(query.properties)
        score = hit.score * share if hit.method == "properties" else hit.score * (0.5 + share / 2)
        why = f"{hit.why}; " if hit.why else ""
        why += f"properties {agree}/{len(query.properties)} agree"
        return Hit(hit.entity, hit.method, round(score, 1), why, agree)

    def _same(self, wanted: Any, value: dict[str, Any]) -> bool:
        if isinstance(wanted, dict):
            entity = self.lookup(str(wanted.get("id", "")))
            if entity is not None:
                return value.get("id") == entity.iri
            wanted = wanted.get("name", "")
        text = normalise(str(wanted))
        entity = self.lookup(str(wanted))
        if entity is not None and value.get("id") == entity.iri:
            return True
        shown = value.get("name", value.get("str", ""))
        return bool(text) and text == normalise(str(shown))

    def _candidate(self, hit: Hit, match: bool) -> dict[str, Any]:
        entity = hit.entity
        description = hit.why + (f" · {entity.name_en}" if entity.name_en else "")
        return {
            "id": entity.iri,
            "name": entity.name,
            "type": [{"id": t, "name": self.types[t].name} for t in entity.types],
            "score": hit.score,
            "match": match,
            "description": description,
        }

    # -- suggest --------------------------------------------------------------------------
    def suggest_entities(
        self, prefix: str, cursor: int, types: Iterable[str] = ()
    ) -> dict[str, Any]:
        wanted = normalise(prefix[:MAX_QUERY_CHARS])
        classes = [self.type_iri(t) for t in types]
        ranked_: list[tuple[int, int, str, Entity]] = []
        named = self.lookup(prefix.strip()) if prefix.strip() else None
        for entity in self.entities.values():
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
                    "notable": [{"id": t, "name": self.types[t].name} for t in e.types],
                }
                for e in page
            ]
        }

    def suggest_types(self, prefix: str, cursor: int) -> dict[str, Any]:
        found = _suggest(prefix, list(self.types.values()), lambda t: (t.iri, t.local, t.zh, t.en))
        return {"result": [t.json() for t in found[cursor : cursor + SUGGEST_PAGE]]}

    def suggest_properties(self, prefix: str, cursor: int) -> dict[str, Any]:
        found = _suggest(prefix, list(PROPERTIES), lambda p: (p.id, p.name, p.description))
        return {"result": [p.json() for p in found[cursor : cursor + SUGGEST_PAGE]]}

    # -- data extension -------------------------------------------------------------------
    def propose(self, type_id: str, limit: int | None) -> dict[str, Any]:
        """The properties with at least one value on an entity of the type (of any type when
        none is given: a column reconciled against no particular type), in offer order."""
        offered = self._offered[self.type_iri(type_id) if type_id.strip() else ""]
        shown = offered[:limit] if limit else offered
        answer: dict[str, Any] = {"type": type_id, "properties": [p.json() for p in shown]}
        return answer | ({"limit": limit} if limit else {})

    @cached_property
    def _offered(self) -> dict[str, list[Property]]:
        return {
            cls: [
                p
                for p in PROPERTIES
                if any(
                    self.values(e, p) for e in self.entities.values() if not cls or cls in e.types
                )
            ]
            for cls in ("", *self.types)
        }

    def extend(self, raw: str) -> dict[str, Any]:
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
            entity = self.lookup(str(identifier))
            rows[str(identifier)] = {
                prop.id: (self.values(entity, prop) if entity else [])[: limit or None]
                for prop, limit in chosen
            }
        return {"meta": [self._meta(p) for p, _ in chosen], "rows": rows}

    def _meta(self, prop: Property) -> dict[str, Any]:
        meta: dict[str, Any] = {"id": prop.id, "name": prop.name}
        cls = NS + prop.value_class
        if prop.kind == "entity" and cls in self.types:
            meta["type"] = {"id": cls, "name": self.types[cls].name}
        return meta

    def values(self, entity: Entity, prop: Property) -> list[dict[str, Any]]:
        """The values of one property of one entity, as data extension cells."""
        if prop.kind == "type":
            return [{"str": self.types[t].local} for t in entity.types]
        if prop.kind == "sentence":
            return [{"str": s} for s in self.sentences.get(entity.iri, [])]
        found: list[dict[str, Any]] = []
        for path in prop.paths:
            for node in _follow(self.graph, URIRef(entity.iri), path):
                cell = self._cell(node, prop)
                if cell is not None and cell not in found:
                    found.append(cell)
            if found and prop.fallback:
                break
        return found

    def _cell(self, node: Node, prop: Property) -> dict[str, Any] | None:
        if prop.kind == "str":
            return {"str": str(node)} if isinstance(node, Literal) else None
        if prop.kind == "entity":
            target = self.entities.get(str(node))
            if target is None or (prop.value_class and NS + prop.value_class not in target.types):
                return None
            return {"id": target.iri, "name": target.name}
        if prop.kind == "iri":
            outside = isinstance(node, URIRef) and not str(node).startswith(self.base)
            return {"str": str(node)} if outside else None
        if prop.kind == "code" and (node, SKOS.inScheme, self.codes[prop.scheme]) in self.graph:
            code = self.graph.value(node, SKOS.notation)
            return {"str": str(code)} if code is not None else None
        return None

    # -- preview --------------------------------------------------------------------------
    def preview(self, identifier: str) -> str | None:
        """A small HTML page about the entity (None when the id is unknown)."""
        entity = self.lookup(identifier)
        if entity is None:
            return None
        esc = html.escape
        types = " · ".join(self.types[t].name for t in entity.types)
        sentences = "".join(
            f"<blockquote>{esc(s)}</blockquote>" for s in self.sentences.get(entity.iri, [])
        )
        return (
            '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">'
            f"<title>{esc(entity.name)}</title><style>{_PREVIEW_CSS}</style></head><body>"
            f"<b>{esc(entity.name)}</b> <span class=m>{esc(entity.name_en)}</span>"
            f"<div class=m>{esc(types)}</div>{sentences}"
            f"<div class=m>{esc(entity.iri)}</div></body></html>"
        )


_PREVIEW_CSS = (
    "body{font:13px/1.4 'Noto Sans CJK SC',sans-serif;margin:6px}.m{color:#667}"
    "blockquote{margin:4px 0;padding-left:6px;border-left:3px solid #cbd5e1}"
)


FIRST_TYPES = (
    "Enterprise",
    "Organization",
    "GovernmentBody",
    "Zone",
    "Industry",
    "AdministrativeArea",
    "PolicyConcept",
    "Measure",
)
"""What a user's table most often names come first among the default types; then by count."""


def _type_order(t: Type) -> tuple[int, int, str]:
    first = FIRST_TYPES.index(t.local) if t.local in FIRST_TYPES else len(FIRST_TYPES)
    return first, -t.count, t.iri


def property_of(pid: Any) -> Property:
    prop = PROPERTY_BY_ID.get(str(pid).removeprefix("plankg:"))
    if prop is None:
        known = ", ".join(PROPERTY_BY_ID)
        raise BadRequest(f"unknown property {_short(str(pid))}; properties: {known}")
    return prop


def _follow(graph: Graph, start: URIRef, path: Path_) -> list[Node]:
    nodes: list[Node] = [start]
    for step in path:
        following: list[Node] = []
        for node in nodes:
            if step.inverse:
                following += sorted(graph.subjects(step.predicate, node), key=str)
            else:
                following += sorted(graph.objects(node, step.predicate), key=str)
        nodes = following
    return nodes


def _label(graph: Graph, node: URIRef, lang: str) -> str:
    return min(
        (
            str(v)
            for v in graph.objects(node, RDFS.label)
            if isinstance(v, Literal) and v.language == lang
        ),
        default="",
    )


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
