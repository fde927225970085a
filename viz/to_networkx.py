"""RDF → networkx: the one model both the view and the analytics use.

Nodes are the plan's entities (instances of plankg classes, the source texts excepted); text spans,
provenance statements and time instants become attributes (sentences, dates) instead of nodes.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from builder.namespaces import ITSRDF, NIF, ORG, PLANKG, TIME

LINK_PROPERTIES = (
    SKOS.exactMatch,
    SKOS.closeMatch,
    SKOS.broadMatch,
    SKOS.narrowMatch,
    SKOS.relatedMatch,
    URIRef("http://www.w3.org/2002/07/owl#sameAs"),
    ORG.subOrganizationOf,
)
HIDDEN_EDGES = {RDF.type, SKOS.narrower, SKOS.inScheme, SKOS.topConceptOf, SKOS.hasTopConcept}
MAX_SENTENCES = 3
NS = str(PLANKG._NS)
Triple = tuple[Any, Any, Any]


def _label(graph: Graph, node: URIRef, lang: str) -> str:
    for value in graph.objects(node, RDFS.label):
        if isinstance(value, Literal) and value.language == lang:
            return str(value)
    return ""


def _class_of(graph: Graph, node: URIRef) -> str:
    names = sorted(
        str(c)[len(NS) :] for c in graph.objects(node, RDF.type) if str(c).startswith(NS)
    )
    return names[0] if names else ""


def mention_sentences(graph: Graph) -> dict[Any, list[str]]:
    """entity → the sentences it is mentioned in (first few, in text order)."""
    found: dict[Any, list[tuple[int, str]]] = defaultdict(list)
    for mention, entity in graph.subject_objects(ITSRDF.taIdentRef):
        for sentence in graph.objects(mention, NIF.sentence):
            begin = graph.value(sentence, NIF.beginIndex)
            offset = int(begin) if isinstance(begin, Literal) else 0
            found[entity].append((offset, str(graph.value(sentence, NIF.anchorOf) or "")))
    return {e: [s for _, s in sorted(set(items))][:MAX_SENTENCES] for e, items in found.items()}


def _edge_sentences(graph: Graph) -> dict[Triple, list[str]]:
    found: dict[Triple, list[str]] = defaultdict(list)
    for st in graph.subjects(RDF.type, RDF.Statement):
        key = (
            graph.value(st, RDF.subject),
            graph.value(st, RDF.predicate),
            graph.value(st, RDF.object),
        )
        for sentence in graph.objects(st, PROV.wasDerivedFrom):
            text = str(graph.value(sentence, NIF.anchorOf) or "")
            if text and text not in found[key]:
                found[key].append(text)
    return found


def _interval(graph: Graph, node: URIRef) -> str:
    def point(prop: URIRef) -> str:
        instant = graph.value(node, prop)
        value = graph.value(instant, TIME.inXSDGYearMonth) or graph.value(instant, TIME.inXSDGYear)
        return str(value) if value is not None else ""

    begin, end = point(TIME.hasBeginning), point(TIME.hasEnd)
    return f"{begin} – {end}" if begin or end else ""


def property_labels(ontology: Graph | None) -> dict[URIRef, tuple[str, str]]:
    labels = {SKOS.broader: ("上位产业", "broader")}
    if ontology is not None:
        for prop in set(ontology.subjects(RDF.type, None)):
            if isinstance(prop, URIRef):
                zh, en = _label(ontology, prop, "zh"), _label(ontology, prop, "en")
                if zh or en:
                    labels[prop] = (zh, en)
    return labels


def to_networkx(graph: Graph, ontology: Graph | None = None) -> nx.MultiDiGraph:
    """The entity graph of ``graph``: nodes keyed by IRI, edges keyed by predicate IRI."""
    g = nx.MultiDiGraph()
    sentences = mention_sentences(graph)
    for node in set(graph.subjects(RDF.type, None)):
        if not isinstance(node, URIRef):
            continue
        cls = _class_of(graph, node)
        if not cls or cls == "SourceText":
            continue
        links = sorted(
            str(o) for p in LINK_PROPERTIES for o in graph.objects(node, p) if isinstance(o, URIRef)
        )
        g.add_node(
            str(node),
            cls=cls,
            label=_label(graph, node, "zh") or str(node).rsplit("/", 1)[-1],
            label_en=_label(graph, node, "en"),
            sentences=sentences.get(node, []),
            links=links,
            interval=_interval(graph, node),
            found_by=str(graph.value(node, PLANKG.foundBy) or ""),
        )
    names = property_labels(ontology)
    edge_sentences = _edge_sentences(graph)
    weak: list[Triple] = []
    for s, p, o in sorted(graph):
        if p in HIDDEN_EDGES or str(s) not in g or str(o) not in g or s == o:
            continue
        if p == PLANKG.mentions:
            weak.append((s, p, o))
        else:
            _add_edge(g, names, edge_sentences, (s, p, o))
    for triple in weak:  # "the plan names X" only where nothing else ties X in
        if g.degree(str(triple[2])) == 0:
            _add_edge(g, names, edge_sentences, triple)
    return g


def _add_edge(
    g: nx.MultiDiGraph,
    names: dict[URIRef, tuple[str, str]],
    sentences: dict[Triple, list[str]],
    triple: Triple,
) -> None:
    s, p, o = triple
    zh, en = names.get(p, ("", str(p).rsplit("#", 1)[-1]))
    found = sentences.get(triple, [])[:MAX_SENTENCES]
    g.add_edge(str(s), str(o), key=str(p), label=zh or en, label_en=en, sentences=found)
