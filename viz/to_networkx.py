"""RDF → networkx: the one model both the view and the analytics use.

Nodes are the plan's entities (instances of plankg classes, the source texts excepted); text spans,
provenance statements and time instants become attributes (sentences, dates) instead of nodes.

The triples are read in one streaming pass (Oxigraph's parser) that keeps only what the model
needs, so a 1,000-plan graph never has to sit in an rdflib graph or a store: ``entity_graph``
reads files, ``to_networkx`` an rdflib graph (through the same pass).
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from builder.errors import InputError
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
Edge = tuple[str, str, str]


def mention_sentences(graph: Graph) -> dict[Any, list[str]]:
    """entity → the sentences it is mentioned in (first few, in text order), from an rdflib graph."""
    found: dict[Any, list[tuple[int, str]]] = defaultdict(list)
    for mention, entity in graph.subject_objects(ITSRDF.taIdentRef):
        for sentence in graph.objects(mention, NIF.sentence):
            begin = graph.value(sentence, NIF.beginIndex)
            offset = int(begin) if isinstance(begin, Literal) else 0
            found[entity].append((offset, str(graph.value(sentence, NIF.anchorOf) or "")))
    return {e: [s for _, s in sorted(set(items))][:MAX_SENTENCES] for e, items in found.items()}


@dataclass
class _Facts:
    """What one pass over the triples keeps: per-node values and the candidate edges."""

    classes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    labels: dict[tuple[str, str], str] = field(default_factory=dict)
    found_by: dict[str, str] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    entity_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    sentence_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    begin: dict[str, int] = field(default_factory=dict)
    anchor: dict[str, str] = field(default_factory=dict)
    statements: set[str] = field(default_factory=set)
    reified: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    derived: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    time_point: dict[tuple[str, str], str] = field(default_factory=dict)
    instant: dict[str, str] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)


RDF_STATEMENT, MENTIONS = str(RDF.Statement), str(PLANKG.mentions)


def _type(facts: _Facts, s: str, o: Any) -> None:
    iri = o.value
    if iri.startswith(NS):
        facts.classes[s].append(iri[len(NS) :])
    elif iri == RDF_STATEMENT:
        facts.statements.add(s)


def _label(facts: _Facts, s: str, o: Any) -> None:
    if type(o) is ox.Literal and o.language in ("zh", "en"):
        key = (s, o.language)
        facts.labels[key] = min(facts.labels.get(key, o.value), o.value)


def _instant(facts: _Facts, s: str, o: Any, year_month: bool) -> None:
    if year_month or s not in facts.instant:
        facts.instant[s] = o.value


# predicate → what to keep of (subject, object); these predicates never relate two entities
HANDLERS: dict[str, Callable[[_Facts, str, Any], None]] = {
    str(RDF.type): _type,
    str(RDFS.label): _label,
    str(ITSRDF.taIdentRef): lambda f, s, o: f.entity_of[s].append(o.value),
    str(NIF.sentence): lambda f, s, o: f.sentence_of[s].append(o.value),
    str(NIF.beginIndex): lambda f, s, o: f.begin.__setitem__(s, int(o.value)),
    str(NIF.anchorOf): lambda f, s, o: f.anchor.__setitem__(s, o.value),
    str(RDF.subject): lambda f, s, o: f.reified[s].__setitem__("s", o.value),
    str(RDF.predicate): lambda f, s, o: f.reified[s].__setitem__("p", o.value),
    str(RDF.object): lambda f, s, o: f.reified[s].__setitem__("o", o.value),
    str(PROV.wasDerivedFrom): lambda f, s, o: f.derived[s].append(o.value),
    str(TIME.hasBeginning): lambda f, s, o: f.time_point.__setitem__((s, "begin"), o.value),
    str(TIME.hasEnd): lambda f, s, o: f.time_point.__setitem__((s, "end"), o.value),
    str(TIME.inXSDGYearMonth): lambda f, s, o: _instant(f, s, o, True),
    str(TIME.inXSDGYear): lambda f, s, o: _instant(f, s, o, False),
    str(PLANKG.foundBy): lambda f, s, o: f.found_by.__setitem__(s, o.value),
}
HIDDEN = {str(p) for p in HIDDEN_EDGES}
LINKS = {str(p) for p in LINK_PROPERTIES}


def _collect(triples: Iterable[Any]) -> _Facts:
    """One pass: each triple goes to its predicate's handler, or is a candidate relation.

    Subjects and objects are kept as their IRI or blank node id (an IRI always has a colon, a
    blank node id never does)."""
    facts, handlers, named = _Facts(), HANDLERS, ox.NamedNode
    for triple in triples:
        p = triple.predicate.value
        handler = handlers.get(p)
        if handler is not None:
            handler(facts, triple.subject.value, triple.object)
            continue
        o = triple.object
        if type(o) is named and p not in HIDDEN:
            s, iri = triple.subject.value, o.value
            if p in LINKS:
                facts.links[s].append(iri)
            if s != iri:
                facts.edges.append((s, p, iri))
    return facts


def _parse(path: Path) -> Iterator[Any]:
    """The triples of one RDF file (format from its suffix); InputError when missing or malformed."""
    if not path.is_file():
        raise InputError(path, "no such graph file; run `plankg build` first")
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    if fmt is None:
        raise InputError(path, "unknown RDF format; use .ttl, .nt or .jsonld")
    try:
        yield from ox.parse(path=str(path), format=fmt)
    except (SyntaxError, ValueError) as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise InputError(path, f"not a readable RDF file ({first})") from exc


def _class_of(names: list[str]) -> str:
    return min(names) if names else ""


def _interval(facts: _Facts, node: str) -> str:
    begin, end = (
        facts.instant.get(facts.time_point.get((node, side), ""), "") for side in ("begin", "end")
    )
    return f"{begin} – {end}" if begin or end else ""


def _sentences(facts: _Facts, sentences: Iterable[str]) -> list[str]:
    """Distinct non-empty sentence texts, in text order, the first few."""
    found = {(facts.begin.get(s, 0), facts.anchor.get(s, "")) for s in sentences}
    return [text for _, text in sorted(found) if text][:MAX_SENTENCES]


def _mentions(facts: _Facts) -> dict[str, list[str]]:
    spans: dict[str, list[str]] = defaultdict(list)
    for mention, entities in facts.entity_of.items():
        for entity in entities:
            spans[entity].extend(facts.sentence_of.get(mention, []))
    found: dict[str, list[str]] = {}
    for entity, sentences in spans.items():
        pairs = {(facts.begin.get(s, 0), facts.anchor.get(s, "")) for s in sentences}
        found[entity] = [text for _, text in sorted(pairs)][:MAX_SENTENCES]
    return found


def _edge_sources(facts: _Facts) -> dict[Edge, list[str]]:
    """relation → the sentences (ids) its provenance statements were derived from."""
    found: dict[Edge, list[str]] = defaultdict(list)
    for st in facts.statements:
        parts = facts.reified.get(st, {})
        if {"s", "p", "o"} <= parts.keys():
            found[(parts["s"], parts["p"], parts["o"])].extend(facts.derived.get(st, []))
    return found


def _graph(facts: _Facts, names: dict[str, tuple[str, str]]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    sentences = _mentions(facts)
    g.add_nodes_from(
        (
            node,
            {
                "cls": cls,
                "label": facts.labels.get((node, "zh")) or node.rsplit("/", 1)[-1],
                "label_en": facts.labels.get((node, "en"), ""),
                "sentences": sentences.get(node, []),
                "links": sorted(facts.links.get(node, [])),
                "interval": _interval(facts, node),
                "found_by": facts.found_by.get(node, ""),
            },
        )
        for node, cls in sorted((n, _class_of(c)) for n, c in facts.classes.items())
        if ":" in node and cls and cls != "SourceText"
    )
    sources = _edge_sources(facts)
    weak: list[Edge] = []
    tied: set[str] = set()
    for edge in sorted({e for e in facts.edges if e[0] in g and e[2] in g}):
        if edge[1] == MENTIONS:
            weak.append(edge)
        else:
            g.add_edge(edge[0], edge[2], key=edge[1], **_edge_data(facts, names, sources, edge))
            tied.update((edge[0], edge[2]))
    for edge in weak:  # "the plan names X" only where nothing else ties X in
        if edge[2] not in tied:
            g.add_edge(edge[0], edge[2], key=edge[1], **_edge_data(facts, names, sources, edge))
            tied.update((edge[0], edge[2]))
    return g


def _edge_data(
    facts: _Facts, names: dict[str, tuple[str, str]], sources: dict[Edge, list[str]], edge: Edge
) -> dict[str, Any]:
    zh, en = names.get(edge[1], ("", edge[1].rsplit("#", 1)[-1]))
    return {
        "label": zh or en,
        "label_en": en,
        "sentences": _sentences(facts, sources.get(edge, [])),
    }


def _names(ontology: _Facts | None) -> dict[str, tuple[str, str]]:
    """predicate → (zh, en) label, from the ontology."""
    labels = {str(SKOS.broader): ("上位产业", "broader")}
    found = ontology.labels if ontology else {}
    for node, _ in found:
        labels[node] = (found.get((node, "zh"), ""), found.get((node, "en"), ""))
    return labels


def _nt(graph: Graph) -> Iterator[Any]:
    return ox.parse(
        input=graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES
    )


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Millions of small containers, none in a cycle: the cycle collector would only rescan them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def to_networkx(graph: Graph, ontology: Graph | None = None) -> nx.MultiDiGraph:
    """The entity graph of ``graph``: nodes keyed by IRI, edges keyed by predicate IRI."""
    with _no_cycle_collection():
        return _graph(_collect(_nt(graph)), _names(_collect(_nt(ontology)) if ontology else None))


def entity_graph(data: Path, ontology: Path | None = None) -> nx.MultiDiGraph:
    """The entity graph of the RDF file ``data``, its relations named from the ``ontology`` file."""
    with _no_cycle_collection():
        return _graph(
            _collect(_parse(data)), _names(_collect(_parse(ontology)) if ontology else None)
        )
