"""DIR/dataset.ttl: the graph described as a dataset (DCAT 2 + VoID), for open-data portals
(CKAN's DCAT harvester and the like) to harvest. Counts come from SPARQL on the built store."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV

from .iris import Minter, slug
from .namespaces import DCAT, ONTOLOGY_IRI, PLANKG, PREFIXES, VOID

MEDIA = {
    "graph.ttl": "text/turtle",
    "graph.nt": "application/n-triples",
    "graph.jsonld": "application/ld+json",
}
LINK_TARGETS = {
    "division": ("统计用区划代码", "Statistical division codes"),
    "gbt4754-2017": ("国民经济行业分类 GB/T 4754-2017", "GB/T 4754-2017"),
    "wikidata": ("维基数据", "Wikidata"),
}
CC_BY = "https://creativecommons.org/licenses/by/4.0/"
_PREFIX = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"


@dataclass(frozen=True)
class Publication:
    """What the person building the graph says about publishing it."""

    publisher: str = "plankg"
    license: str = CC_BY
    sparql_endpoint: str = ""
    download_base: str = ""


def issued() -> str:
    """The build date, or SOURCE_DATE_EPOCH's date for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return moment.date().isoformat()


def _rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = store.query(_PREFIX + query)
    names = [v.value for v in result.variables]  # type: ignore[union-attr]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in result]  # type: ignore[union-attr]


def describe(store: ox.Store, files: dict[str, int], base: str, pub: Publication) -> Graph:
    """A DCAT/VoID description of the graph in ``store``; ``files`` maps file names to byte sizes."""
    mint = Minter(base)
    plans = _rows(
        store,
        """SELECT ?plan ?label ?doc WHERE { ?plan a plankg:Plan ; rdfs:label ?label
        FILTER(LANG(?label) = "zh") OPTIONAL { ?plan foaf:isPrimaryTopicOf ?doc } } ORDER BY ?plan ?doc""",
    )
    labels = sorted({p["label"] for p in plans})
    ds = URIRef(f"{mint.base}dataset/{slug(labels[0] if len(labels) == 1 else 'corpus')}")
    d = Graph()
    for prefix, ns in PREFIXES.items():
        d.bind(prefix, ns)
    d.add((ds, RDF.type, DCAT.Dataset))
    d.add((ds, RDF.type, VOID.Dataset))
    _titles(d, ds, labels)
    _publisher(d, ds, mint, pub)
    d.add((ds, DCTERMS.issued, Literal(issued(), datatype=XSD.date)))
    d.add((ds, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))
    d.add((ds, VOID.vocabulary, URIRef(ONTOLOGY_IRI)))
    d.add((ds, VOID.uriSpace, Literal(mint.base)))
    for row in plans:
        d.add((ds, DCTERMS.subject, URIRef(row["plan"])))
        if "doc" in row:
            d.add((ds, DCTERMS.source, URIRef(row["doc"])))
            d.add((ds, PROV.wasDerivedFrom, URIRef(row["doc"])))
    _coverage(store, d, ds)
    _counts(store, d, ds)
    _distributions(d, ds, files, pub)
    _linksets(store, d, ds, mint)
    if pub.sparql_endpoint:
        d.add((ds, VOID.sparqlEndpoint, URIRef(pub.sparql_endpoint)))
    return d


def _titles(d: Graph, ds: URIRef, labels: list[str]) -> None:
    shown = "、".join(labels[:5]) + (f" 等{len(labels)}份规划" if len(labels) > 5 else "")
    d.add((ds, DCTERMS.title, Literal(f"{shown or '规划'} 知识图谱", lang="zh")))
    d.add(
        (
            ds,
            DCTERMS.title,
            Literal(f"Knowledge graph of {len(labels)} plan(s): {shown}", lang="en"),
        )
    )
    d.add(
        (
            ds,
            DCTERMS.description,
            Literal(
                "由规划文本自动抽取的产业、园区、企业、举措、保障、阶段、目标等实体及其关系，每条事实均可追溯到原文句子和字符位置。",
                lang="zh",
            ),
        )
    )
    d.add(
        (
            ds,
            DCTERMS.description,
            Literal(
                "Industries, zones, enterprises, measures, safeguards, phases, goals and their relations, extracted "
                "from plan texts by plankg; every fact points to the sentence and character offsets it came from.",
                lang="en",
            ),
        )
    )


def _publisher(d: Graph, ds: URIRef, mint: Minter, pub: Publication) -> None:
    agent = URIRef(f"{mint.base}agent/{slug(pub.publisher)}")
    d.add((ds, DCTERMS.publisher, agent))
    d.add((agent, RDF.type, FOAF.Agent))
    d.add((agent, FOAF.name, Literal(pub.publisher)))
    d.add((ds, DCTERMS.license, URIRef(pub.license)))
    d.add(
        (
            ds,
            DCTERMS.rights,
            Literal(
                "The source texts are published by their issuing governments; check their terms before republishing "
                "quoted sentences.",
                lang="en",
            ),
        )
    )


def _coverage(store: ox.Store, d: Graph, ds: URIRef) -> None:
    for row in _rows(
        store,
        """SELECT DISTINCT ?place ?code WHERE { ?plan a plankg:Plan ; dcterms:spatial ?place .
            OPTIONAL { ?place skos:exactMatch ?code FILTER(CONTAINS(STR(?code), "/division/")) } }""",
    ):
        d.add((ds, DCTERMS.spatial, URIRef(row["place"])))
        if "code" in row:
            d.add((ds, DCTERMS.spatial, URIRef(row["code"])))
    for row in _rows(
        store,
        """SELECT DISTINCT ?period ?begin ?end WHERE { ?plan plankg:hasPeriod ?period .
            OPTIONAL { ?period time:hasBeginning/time:inXSDGYear ?begin }
            OPTIONAL { ?period time:hasEnd/time:inXSDGYear ?end } }""",
    ):
        period = URIRef(row["period"])
        d.add((ds, DCTERMS.temporal, period))
        d.add((period, RDF.type, DCTERMS.PeriodOfTime))
        for key, prop in (("begin", DCAT.startDate), ("end", DCAT.endDate)):
            if key in row:
                d.add((period, prop, Literal(row[key], datatype=XSD.gYear)))


def _counts(store: ox.Store, d: Graph, ds: URIRef) -> None:
    ns = str(PLANKG._NS)
    rows = _rows(
        store,
        f"""SELECT ?class (COUNT(DISTINCT ?s) AS ?n) (MIN(STR(?s)) AS ?example) WHERE {{
        ?s a ?class FILTER(STRSTARTS(STR(?class), "{ns}") && ?class != plankg:SourceText) }} GROUP BY ?class""",
    )
    d.add((ds, VOID.triples, Literal(len(store))))
    d.add((ds, VOID.entities, Literal(sum(int(r["n"]) for r in rows))))
    for row in sorted(rows, key=lambda r: r["class"]):
        part = URIRef(f"{ds}/class/{row['class'][len(ns) :]}")
        d.add((ds, VOID.classPartition, part))
        d.add((part, VOID["class"], URIRef(row["class"])))
        d.add((part, VOID.entities, Literal(int(row["n"]))))
        if row["class"][len(ns) :] in ("Plan", "Measure", "Zone", "Enterprise"):
            d.add((ds, VOID.exampleResource, URIRef(row["example"])))


def _distributions(d: Graph, ds: URIRef, files: dict[str, int], pub: Publication) -> None:
    for name, size in sorted(files.items()):
        dist = URIRef(f"{ds}/distribution/{name.replace('.', '-')}")
        d.add((ds, DCAT.distribution, dist))
        d.add((dist, RDF.type, DCAT.Distribution))
        d.add((dist, DCTERMS.title, Literal(name)))
        d.add(
            (
                dist,
                DCAT.mediaType,
                URIRef(f"https://www.iana.org/assignments/media-types/{MEDIA[name]}"),
            )
        )
        d.add((dist, DCAT.byteSize, Literal(size, datatype=XSD.nonNegativeInteger)))
        d.add((dist, DCTERMS.license, URIRef(pub.license)))
        if pub.download_base:
            d.add((dist, DCAT.downloadURL, URIRef(pub.download_base.rstrip("/") + "/" + name)))


def _linksets(store: ox.Store, d: Graph, ds: URIRef, mint: Minter) -> None:
    """One void:Linkset per external target and property, with the number of links."""
    counts: Counter[tuple[str, str]] = Counter()
    for row in _rows(
        store,
        "SELECT ?p ?t WHERE { ?ax a owl:Axiom ; owl:annotatedProperty ?p ; owl:annotatedTarget ?t }",
    ):
        target = row["t"]
        kind = "wikidata" if "wikidata.org" in target else target[len(mint.base) :].split("/", 1)[0]
        if kind in LINK_TARGETS:
            counts[(kind, row["p"])] += 1
    for (kind, prop), n in sorted(counts.items()):
        linkset = URIRef(f"{ds}/linkset/{kind}/{prop.rsplit('#', 1)[-1]}")
        d.add((ds, VOID.subset, linkset))
        d.add((linkset, RDF.type, VOID.Linkset))
        d.add((linkset, VOID.linkPredicate, URIRef(prop)))
        d.add((linkset, VOID.triples, Literal(n)))
        d.add((linkset, DCTERMS.title, Literal(LINK_TARGETS[kind][1], lang="en")))
        d.add((linkset, DCTERMS.title, Literal(LINK_TARGETS[kind][0], lang="zh")))
