"""Part of the emit stage: reference code lists as SKOS, and the links into them.

Division codes and GB/T 4754-2017 become ``skos:ConceptScheme``s whose concepts carry
``skos:notation`` (the code), ``skos:prefLabel`` and ``skos:broader``; a retired code keeps its
concept (``owl:deprecated``, ``dcterms:isReplacedBy``) and the change is an ``org:ChangeEvent``.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from .iris import Minter
from .namespaces import ORG
from .reference import Code, Reference
from .sink import Sink, TripleWriter

SCHEMES = {
    "division": ("统计用区划代码(上海市)", "Statistical division codes (Shanghai)"),
    "gbt4754-2017": (
        "国民经济行业分类 GB/T 4754-2017",
        "Industrial classification for national economic activities GB/T 4754-2017",
    ),
}


def _codes(ref: Reference, scheme: str) -> dict[str, Code]:
    return ref.divisions if scheme == "division" else ref.industries


def concept(
    g: TripleWriter,
    mint: Minter,
    ref: Reference,
    scheme: str,
    code: str,
    seen: set[str] | None = None,
) -> URIRef:
    """Add one concept (and, through skos:broader, its ancestors) to ``g``."""
    node = URIRef(mint.code(scheme, code))
    seen = set() if seen is None else seen
    if code in seen:
        return node
    seen.add(code)
    item = _codes(ref, scheme).get(code)
    scheme_node = _scheme(g, mint, scheme)
    g.add((node, RDF.type, SKOS.Concept))
    g.add((node, SKOS.inScheme, scheme_node))
    g.add((node, SKOS.notation, Literal(code)))
    if item is None:
        return node
    g.add((node, SKOS.prefLabel, Literal(item.name, lang="zh")))
    g.add((node, RDFS.label, Literal(item.name, lang="zh")))
    if item.level:
        g.add((node, DCTERMS.type, Literal(item.level)))
    if item.note:
        g.add(
            (
                node,
                SKOS.scopeNote if scheme == "division" else SKOS.definition,
                Literal(item.note, lang="zh" if scheme != "division" else "en"),
            )
        )
    if item.parent:
        parent = concept(g, mint, ref, scheme, item.parent, seen)
        g.add((node, SKOS.broader, parent))
        g.add((parent, SKOS.narrower, node))
    else:
        g.add((node, SKOS.topConceptOf, scheme_node))
        g.add((scheme_node, SKOS.hasTopConcept, node))
    return node


def _scheme(g: TripleWriter, mint: Minter, scheme: str) -> URIRef:
    node = URIRef(mint.scheme(scheme))
    zh, en = SCHEMES[scheme]
    g.add((node, RDF.type, SKOS.ConceptScheme))
    g.add((node, RDFS.label, Literal(zh, lang="zh")))
    g.add((node, RDFS.label, Literal(en, lang="en")))
    return node


def changes(g: TripleWriter, mint: Minter, ref: Reference, codes: Iterable[str]) -> None:
    """Division changes touching ``codes``: retired concepts and the ChangeEvent."""
    wanted = set(codes)
    for change in ref.changes:
        if change.continuing.code not in wanted and not wanted & {r.code for r in change.retired}:
            continue
        event = URIRef(f"{mint.base}event/{change.id}")
        continuing = concept(g, mint, ref, "division", change.continuing.code)
        g.add((event, RDF.type, ORG.ChangeEvent))
        g.add((event, RDFS.label, Literal(change.label_zh, lang="zh")))
        g.add((event, RDFS.label, Literal(change.label_en, lang="en")))
        g.add((event, DCTERMS.date, Literal(change.date, datatype=XSD.gYearMonth)))
        g.add((event, DCTERMS.source, Literal(change.source)))
        g.add((event, ORG.resultingOrganization, continuing))
        g.add((event, ORG.originalOrganization, continuing))
        for retired in change.retired:
            node = URIRef(mint.code("division", retired.code))
            g.add((node, RDF.type, SKOS.Concept))
            g.add((node, SKOS.inScheme, _scheme(g, mint, "division")))
            g.add((node, SKOS.notation, Literal(retired.code)))
            g.add((node, SKOS.prefLabel, Literal(retired.name, lang="zh")))
            g.add((node, RDFS.label, Literal(retired.name, lang="zh")))
            g.add((node, OWL.deprecated, Literal(True)))
            g.add((node, DCTERMS.isReplacedBy, continuing))
            g.add(
                (
                    node,
                    SKOS.historyNote,
                    Literal(
                        f"Retired in {change.date}: merged into {change.continuing.name} ({change.continuing.code}); the code is not reused.",
                        lang="en",
                    ),
                )
            )
            g.add((event, ORG.originalOrganization, node))


def write_schemes(g: TripleWriter, ref: Reference, mint: Minter) -> None:
    """Both code lists in full, with the retired codes and their change events."""
    for scheme in SCHEMES:
        for code in _codes(ref, scheme):
            concept(g, mint, ref, scheme, code)
    changes(g, mint, ref, [c.code for ch in ref.changes for c in ch.retired])


def reference_graph(ref: Reference, mint: Minter) -> Graph:
    """The code lists as an rdflib Graph (tests, small tools)."""
    g = Graph()
    write_schemes(g, ref, mint)
    return g


def reference_turtle(ref: Reference, mint: Minter, prefixes: dict[str, str]) -> str:
    """The code lists as stable Turtle (DIR/reference.ttl of every build), serialised by Oxigraph."""
    sink = Sink()
    write_schemes(sink, ref, mint)
    triples = ox.parse("".join(sorted(sink.lines)).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return bytes(
        ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
    ).decode("utf-8")
