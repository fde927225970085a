"""The service: the graph's entities, indexed once, and one method per kind of request; each
kind is answered by a module of its own (manifest, matching, suggest, extend, preview)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import unquote

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from builder import paths
from builder.iris import Minter
from builder.namespaces import PLANKG
from viz.to_networkx import mention_sentences

from ..linker import Candidate, entities, name_index
from . import extend as extension
from . import manifest as manifests
from . import matching, suggest
from . import preview as previews
from .model import Entity, Query, Type, _label, _type_order
from .properties import Property
from .protocol import NS, BadRequest, _short


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
        return manifests.manifest(self, root, view_url)

    # -- reconciliation -------------------------------------------------------------------
    def reconcile(self, raw: str) -> dict[str, Any]:
        return matching.reconcile(self, raw)

    def query(self, key: str, value: Any) -> Query:
        return matching.parse_query(self, key, value)

    def results(self, query: Query) -> list[dict[str, Any]]:
        return matching.results(self, query)

    # -- suggest --------------------------------------------------------------------------
    def suggest_entities(
        self, prefix: str, cursor: int, types: Iterable[str] = ()
    ) -> dict[str, Any]:
        return suggest.suggest_entities(self, prefix, cursor, types)

    def suggest_types(self, prefix: str, cursor: int) -> dict[str, Any]:
        return suggest.suggest_types(self, prefix, cursor)

    def suggest_properties(self, prefix: str, cursor: int) -> dict[str, Any]:
        return suggest.suggest_properties(self, prefix, cursor)

    # -- data extension -------------------------------------------------------------------
    def propose(self, type_id: str, limit: int | None) -> dict[str, Any]:
        return extension.propose(self, type_id, limit)

    @cached_property
    def _offered(self) -> dict[str, list[Property]]:
        return extension.offered(self)

    def extend(self, raw: str) -> dict[str, Any]:
        return extension.extend(self, raw)

    def values(self, entity: Entity, prop: Property) -> list[dict[str, Any]]:
        """The values of one property of one entity, as data extension cells."""
        return extension.values(self, entity, prop)

    # -- preview --------------------------------------------------------------------------
    def preview(self, identifier: str) -> str | None:
        """A small HTML page about the entity (None when the id is unknown)."""
        return previews.preview(self, identifier)
