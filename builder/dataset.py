"""DIR/dataset.ttl: the graph described as a dataset (DCAT + VoID), for open-data portals
(CKAN's DCAT harvester and the like) to harvest. Counts come from SPARQL on the built store.

The description conforms to DCAT-AP 3.0.0 (tests/fixtures/dcat-ap-3.0.0/, tests/test_dcat_ap.py).
DCAT-AP's shapes check the range of a property with ``sh:class``, which SHACL tests on the data
graph alone; so every node the description points to carries its DCAT-AP class here (licence a
dcterms:LicenseDocument, place a dcterms:Location, media type a dcterms:MediaType, URL an
rdfs:Resource, …). Each typing follows from the property's range, so the file validates with
plain ``pyshacl -s SHAPES dataset.ttl``, no ontology graph and no inference needed.

Without ``--download-base`` the files' access and download URLs are relative IRIs (``<graph.ttl>``):
they resolve against wherever dataset.ttl is read from, and the files sit beside it."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV

from .iris import Minter
from .namespaces import (
    DCAT,
    EU_FILE_TYPE,
    IANA_MEDIA_TYPE,
    ONTOLOGY_IRI,
    PLANKG,
    PREFIXES,
    SPARQL_PROTOCOL,
    VOID,
)

MEDIA = {
    "graph.ttl": "text/turtle",
    "graph.nt": "application/n-triples",
    "graph.jsonld": "application/ld+json",
}
FILE_TYPES = {"graph.ttl": "RDF_TURTLE", "graph.nt": "RDF_N_TRIPLES", "graph.jsonld": "JSON_LD"}
"""Each file's code in the EU file-type table (DCAT-AP's dcterms:format vocabulary)."""
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


def describe(
    store: ox.Store, files: dict[str, int], base: str, pub: Publication, triples: int | None = None
) -> Graph:
    """A DCAT/VoID description of the graph in ``store``; ``files`` maps file names to byte sizes;
    ``triples`` is the size of the whole graph when ``store`` holds only part of it."""
    mint = Minter(base)
    plans = _rows(
        store,
        """SELECT ?plan ?label ?doc WHERE { ?plan a plankg:Plan ; rdfs:label ?label
        FILTER(LANG(?label) = "zh") OPTIONAL { ?plan foaf:isPrimaryTopicOf ?doc } } ORDER BY ?plan ?doc""",
    )
    labels = sorted({p["label"] for p in plans})
    name = labels[0] if len(labels) == 1 else "corpus"
    ds = URIRef(mint.dataset(name))
    d = Graph()
    for prefix, ns in PREFIXES.items():
        d.bind(prefix, ns)
    d.add((ds, RDF.type, DCAT.Dataset))
    d.add((ds, RDF.type, VOID.Dataset))
    _titles(d, ds, labels)
    agent = _publisher(d, ds, mint, pub)
    d.add((ds, DCTERMS.issued, Literal(issued(), datatype=XSD.date)))
    d.add((ds, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))
    d.add((URIRef(ONTOLOGY_IRI), RDF.type, DCTERMS.Standard))
    d.add((ds, VOID.vocabulary, URIRef(ONTOLOGY_IRI)))
    d.add((ds, VOID.uriSpace, Literal(mint.base)))
    for row in plans:
        d.add((ds, DCTERMS.subject, URIRef(row["plan"])))
        if "doc" in row:
            # Not dcterms:source: DCAT-AP reserves it for a dcat:Dataset, and a plan text is a document.
            d.add((ds, PROV.wasDerivedFrom, URIRef(row["doc"])))
    _coverage(store, d, ds)
    _counts(store, d, ds, len(store) if triples is None else triples)
    _distributions(d, ds, files, pub)
    _linksets(store, d, ds, mint)
    catalog = _catalog(d, ds, URIRef(mint.catalog(name)), agent)
    if pub.sparql_endpoint:
        d.add((ds, VOID.sparqlEndpoint, URIRef(pub.sparql_endpoint)))
        _service(d, ds, catalog, pub.sparql_endpoint)
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


def _publisher(d: Graph, ds: URIRef, mint: Minter, pub: Publication) -> URIRef:
    agent = URIRef(mint.agent(pub.publisher))
    d.add((ds, DCTERMS.publisher, agent))
    d.add((agent, RDF.type, FOAF.Agent))
    d.add((agent, FOAF.name, Literal(pub.publisher)))
    d.add((ds, DCTERMS.license, URIRef(pub.license)))
    d.add((URIRef(pub.license), RDF.type, DCTERMS.LicenseDocument))
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
    return agent


def _coverage(store: ox.Store, d: Graph, ds: URIRef) -> None:
    for row in _rows(
        store,
        """SELECT DISTINCT ?place ?code WHERE { ?plan a plankg:Plan ; dcterms:spatial ?place .
            OPTIONAL { ?place skos:exactMatch ?code FILTER(CONTAINS(STR(?code), "/division/")) } }""",
    ):
        for key in ("place", "code"):
            if key in row:
                d.add((ds, DCTERMS.spatial, URIRef(row[key])))
                d.add((URIRef(row[key]), RDF.type, DCTERMS.Location))
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


def _counts(store: ox.Store, d: Graph, ds: URIRef, triples: int) -> None:
    ns = str(PLANKG._NS)
    rows = _rows(
        store,
        f"""SELECT ?class (COUNT(DISTINCT ?s) AS ?n) (MIN(STR(?s)) AS ?example) WHERE {{
        ?s a ?class FILTER(STRSTARTS(STR(?class), "{ns}") && ?class != plankg:SourceText) }} GROUP BY ?class""",
    )
    d.add((ds, VOID.triples, Literal(triples)))
    d.add((ds, VOID.entities, Literal(sum(int(r["n"]) for r in rows))))
    for row in sorted(rows, key=lambda r: r["class"]):
        part = URIRef(f"{ds}/class/{row['class'][len(ns) :]}")
        d.add((ds, VOID.classPartition, part))
        d.add((part, VOID["class"], URIRef(row["class"])))
        d.add((part, VOID.entities, Literal(int(row["n"]))))
        if row["class"][len(ns) :] in ("Plan", "Measure", "Zone", "Enterprise"):
            d.add((ds, VOID.exampleResource, URIRef(row["example"])))


def _distributions(d: Graph, ds: URIRef, files: dict[str, int], pub: Publication) -> None:
    """One dcat:Distribution per graph file. A file is its own access and download URL: under
    --download-base when given, else relative to dataset.ttl, which is written beside it."""
    for name, size in sorted(files.items()):
        dist = URIRef(f"{ds}/distribution/{name.replace('.', '-')}")
        url = URIRef(pub.download_base.rstrip("/") + "/" + name if pub.download_base else name)
        media, file_type = IANA_MEDIA_TYPE[MEDIA[name]], EU_FILE_TYPE[FILE_TYPES[name]]
        d.add((ds, DCAT.distribution, dist))
        d.add((ds, VOID.dataDump, url))
        d.add((dist, RDF.type, DCAT.Distribution))
        d.add((dist, DCTERMS.title, Literal(name)))
        d.add((dist, DCAT.accessURL, url))
        d.add((dist, DCAT.downloadURL, url))
        d.add((url, RDF.type, RDFS.Resource))
        d.add((dist, DCAT.mediaType, media))
        d.add((media, RDF.type, DCTERMS.MediaType))
        d.add((dist, DCTERMS.format, file_type))
        d.add((file_type, RDF.type, DCTERMS.MediaTypeOrExtent))
        d.add((dist, DCAT.byteSize, Literal(size, datatype=XSD.nonNegativeInteger)))
        d.add((dist, DCTERMS.license, URIRef(pub.license)))
        d.add((dist, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))


def _catalog(d: Graph, ds: URIRef, catalog: URIRef, agent: URIRef) -> URIRef:
    """The dcat:Catalog a DCAT-AP harvester starts from: this build, listing its one dataset."""
    d.add((catalog, RDF.type, DCAT.Catalog))
    d.add((catalog, DCAT.dataset, ds))
    d.add((catalog, DCTERMS.publisher, agent))
    for title in [t for t in d.objects(ds, DCTERMS.title) if isinstance(t, Literal)]:
        prefix = "目录：" if title.language == "zh" else "Catalogue: "
        d.add((catalog, DCTERMS.title, Literal(prefix + str(title), lang=title.language)))
    d.add((catalog, DCTERMS.description, Literal("一次 plankg 构建发布的数据集。", lang="zh")))
    d.add(
        (
            catalog,
            DCTERMS.description,
            Literal("The dataset published by one plankg build.", lang="en"),
        )
    )
    return catalog


def _service(d: Graph, ds: URIRef, catalog: URIRef, endpoint: str) -> None:
    """The SPARQL endpoint given with --sparql-endpoint, as the dcat:DataService serving ``ds``."""
    service, url = URIRef(f"{ds}/service/sparql"), URIRef(endpoint)
    d.add((catalog, DCAT.service, service))
    d.add((service, RDF.type, DCAT.DataService))
    d.add((service, DCTERMS.title, Literal("SPARQL endpoint", lang="en")))
    d.add((service, DCTERMS.title, Literal("SPARQL 查询端点", lang="zh")))
    d.add((service, DCAT.endpointURL, url))
    d.add((url, RDF.type, RDFS.Resource))
    d.add((service, DCAT.servesDataset, ds))
    d.add((service, DCTERMS.conformsTo, URIRef(SPARQL_PROTOCOL)))
    d.add((URIRef(SPARQL_PROTOCOL), RDF.type, DCTERMS.Standard))


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
