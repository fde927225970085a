"""Part of the emit stage: reference code lists as SKOS, and the links into them.

Division codes, GB/T 4754-2017, 战略性新兴产业分类(2018) and 数字经济及其核心产业统计分类(2021) become
``skos:ConceptScheme``s whose concepts carry ``skos:notation`` (the code), ``skos:prefLabel`` and
``skos:broader``. Divisions follow the lifecycle pattern of the EU Publications Office's
authority tables: years of use as ``euvoc:startDate``/``euvoc:endDate`` (``xsd:gYear``: the
source has years only), and a retired or changed code keeps its concept, ``owl:deprecated true``,
``dcterms:isReplacedBy`` the division(s) that took over its area and a ``skos:historyNote``. A code
number used for two divisions names two concepts (``division/132201-1981`` and
``division/132201``). Curated mergers (data/reference/division-changes.yaml) are also
``org:ChangeEvent``s.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from .iris import Minter
from .namespaces import EUVOC, ORG
from .reference import Code, Reference
from .sink import Sink, TripleWriter

SCHEMES = {
    "division": (
        "行政区划代码(全国县级以上,1981–2023;上海市乡级)",
        "Administrative division codes of China (county level and above, 1981–2023; "
        "Shanghai's townships)",
        "data/reference/division-codes-history/SOURCE.md; data/reference/admin-divisions/SOURCE.md",
    ),
    "gbt4754-2017": (
        "国民经济行业分类 GB/T 4754-2017",
        "Industrial classification for national economic activities GB/T 4754-2017",
        "data/reference/gbt4754-2017/SOURCE.md",
    ),
    "sei-2018": (
        "战略性新兴产业分类(2018)",
        "Classification of strategic emerging industries (2018), top two levels",
        "data/reference/sei-2018/SOURCE.md",
    ),
    "digital-economy-2021": (
        "数字经济及其核心产业统计分类(2021)",
        "Statistical classification of the digital economy and its core industries (2021), "
        "top two levels",
        "data/reference/digital-economy-2021/SOURCE.md",
    ),
}
_TRUE = Literal(True)
LEVEL_EN = {
    "province": "province-level",
    "prefecture": "prefecture-level",
    "county": "county-level",
}


def concept(
    g: TripleWriter,
    mint: Minter,
    ref: Reference,
    scheme: str,
    code: str,
    seen: set[str] | None = None,
) -> URIRef:
    """Add one concept (and, through skos:broader and dcterms:isReplacedBy, the concepts it
    leads to) to ``g``. ``code`` is the concept's key: the code, or code-year for a division that
    held a code number later used for another one."""
    node = URIRef(mint.code(scheme, code))
    seen = set() if seen is None else seen
    if code in seen:
        return node
    seen.add(code)
    item = ref.codes(scheme).get(code)
    scheme_node = URIRef(mint.scheme(scheme))
    if "scheme:" + scheme not in seen:
        seen.add("scheme:" + scheme)
        _scheme(g, mint, scheme)
    g.add((node, RDF.type, SKOS.Concept))
    g.add((node, SKOS.inScheme, scheme_node))
    g.add((node, SKOS.notation, Literal(item.code if item else code)))
    if item is None:
        return node
    label = Literal(item.name, lang="zh")
    g.add((node, SKOS.prefLabel, label))
    g.add((node, RDFS.label, label))
    if item.level:
        g.add((node, DCTERMS.type, _plain(item.level)))
    if item.note:
        g.add(
            (
                node,
                SKOS.scopeNote if scheme == "division" else SKOS.definition,
                Literal(item.note, lang="zh" if scheme != "division" else "en"),
            )
        )
    if item.scope:
        g.add((node, SKOS.scopeNote, Literal(item.scope, lang="zh")))
    if scheme == "division":
        _lifecycle(g, mint, ref, node, item, seen)
    if item.parent:
        parent = concept(g, mint, ref, scheme, item.parent, seen)
        g.add((node, SKOS.broader, parent))
        g.add((parent, SKOS.narrower, node))
    else:
        g.add((node, SKOS.topConceptOf, scheme_node))
        g.add((scheme_node, SKOS.hasTopConcept, node))
    return node


def _lifecycle(
    g: TripleWriter, mint: Minter, ref: Reference, node: URIRef, item: Code, seen: set[str]
) -> None:
    """Years of use, and for a retired or changed code its deprecation and successors."""
    if item.start:
        g.add((node, EUVOC.startDate, _year(item.start)))
    if item.end:
        g.add((node, EUVOC.endDate, _year(item.end)))
        g.add((node, OWL.deprecated, _TRUE))
    for key in item.successors:
        g.add((node, DCTERMS.isReplacedBy, concept(g, mint, ref, "division", key, seen)))
    note = history_note(ref, item)
    if note:
        g.add((node, SKOS.historyNote, Literal(note, lang="en")))


@cache
def _year(year: str) -> Literal:
    return Literal(year, datatype=XSD.gYear)


@cache
def _plain(text: str) -> Literal:
    return Literal(text)


def _named(ref: Reference, key: str) -> str:
    target = ref.divisions.get(key)
    return f"{target.name} ({target.code})" if target else key


def history_note(ref: Reference, item: Code) -> str:
    """One English sentence from the table: years in use, what took over, areas handed over."""
    if not item.start:
        return ""
    if not item.end and not item.transfers:
        return ""  # in use and unchanged: euvoc:startDate says it all
    level = LEVEL_EN.get(item.level, item.level)
    parts = [f"{item.name} ({item.code}), {level}, in the code tables from {item.start}"]
    if item.end:
        parts[0] += f" to {int(item.end) - 1}"
        after = ", ".join(_named(ref, k) for k in item.successors)
        what = "retired" if item.status == "弃用" else "changed (renamed, regraded or recoded)"
        parts.append(
            f"{what} in {item.end}"
            + (f"; its area went to {after}" if after else "; no successor code is recorded")
        )
    if item.transfers:
        parts.append(
            "part of its area went to "
            + ", ".join(f"{_named(ref, k)} in {year}" for k, year in item.transfers)
        )
    return "; ".join(parts) + "."


def _scheme(g: TripleWriter, mint: Minter, scheme: str) -> URIRef:
    node = URIRef(mint.scheme(scheme))
    zh, en, source = SCHEMES[scheme]
    g.add((node, RDF.type, SKOS.ConceptScheme))
    g.add((node, RDFS.label, Literal(zh, lang="zh")))
    g.add((node, RDFS.label, Literal(en, lang="en")))
    g.add((node, DCTERMS.source, Literal(source)))
    return node


def changes(g: TripleWriter, mint: Minter, ref: Reference, codes: Iterable[str]) -> None:
    """Curated division changes touching ``codes``: the ``org:ChangeEvent`` and its concepts."""
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
            node = concept(g, mint, ref, "division", retired.code)
            g.add((node, DCTERMS.isReplacedBy, continuing))
            g.add((event, ORG.originalOrganization, node))


def write_schemes(g: TripleWriter, ref: Reference, mint: Minter) -> None:
    """Every code list in full, with the retired codes and the curated change events."""
    for scheme in SCHEMES:
        seen: set[str] = set()
        for code in ref.codes(scheme):
            concept(g, mint, ref, scheme, code, seen)
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
    schemes = {name: mint.code(name, "") for name in SCHEMES}  # division:310106, sei-2018:1.5
    return bytes(
        ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes={**prefixes, **schemes}) or b""
    ).decode("utf-8")
