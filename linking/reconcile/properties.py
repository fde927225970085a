"""The properties offered for data extension and accepted in query properties, and the graph
paths that give their values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rdflib import OWL, RDFS, Graph, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from builder.namespaces import PLANKG, SCHEMA

from .protocol import BadRequest, _short


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
