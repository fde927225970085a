"""What the service knows of the graph: entities and types; and a query and its hits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rdflib import RDFS, Graph, Literal, URIRef

from ..linker import Candidate
from ..names import normalise
from .properties import Property
from .protocol import NS


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


def _label(graph: Graph, node: URIRef, lang: str) -> str:
    return min(
        (
            str(v)
            for v in graph.objects(node, RDFS.label)
            if isinstance(v, Literal) and v.language == lang
        ),
        default="",
    )
