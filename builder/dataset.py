"""DIR/dataset.ttl: the graph described as a dataset (DCAT 2 + VoID), for open-data portals
(CKAN's DCAT harvester and the like) to harvest."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS
from rdflib.term import Node

from .iris import Minter, slug
from .namespaces import DCAT, ONTOLOGY_IRI, PLANKG, PREFIXES, TIME, VOID

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


def _labels(graph: Graph, cls: URIRef) -> list[tuple[Node, str]]:
    out = []
    for node in graph.subjects(RDF.type, cls):
        label = next(
            (
                str(v)
                for v in graph.objects(node, RDFS.label)
                if getattr(v, "language", None) == "zh"
            ),
            "",
        )
        out.append((node, label))
    return sorted(out, key=lambda item: str(item[0]))


def describe(graph: Graph, files: dict[str, int], base: str, pub: Publication) -> Graph:
    """A DCAT/VoID description of ``graph``; ``files`` maps output file names to byte sizes."""
    mint = Minter(base)
    plans = _labels(graph, PLANKG.Plan)
    name = plans[0][1] if len(plans) == 1 else "corpus"
    ds = URIRef(f"{mint.base}dataset/{slug(name)}")
    d = Graph()
    for prefix, ns in PREFIXES.items():
        d.bind(prefix, ns)
    d.add((ds, RDF.type, DCAT.Dataset))
    d.add((ds, RDF.type, VOID.Dataset))
    titles = "、".join(label for _, label in plans) or "规划"
    d.add((ds, DCTERMS.title, Literal(f"{titles} 知识图谱", lang="zh")))
    d.add(
        (
            ds,
            DCTERMS.title,
            Literal(f"Knowledge graph of {len(plans)} plan document(s): {titles}", lang="en"),
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
    _publisher(d, ds, mint, pub)
    d.add((ds, DCTERMS.issued, Literal(issued(), datatype=XSD.date)))
    d.add((ds, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))
    d.add((ds, VOID.vocabulary, URIRef(ONTOLOGY_IRI)))
    d.add((ds, VOID.uriSpace, Literal(mint.base)))
    for plan, _ in plans:
        d.add((ds, DCTERMS.subject, plan))
        for doc in graph.objects(plan, FOAF.isPrimaryTopicOf):
            d.add((ds, DCTERMS.source, doc))
            d.add((ds, PROV.wasDerivedFrom, doc))
        for place in graph.objects(plan, DCTERMS.spatial):
            d.add((ds, DCTERMS.spatial, place))
            for code in graph.objects(place, SKOS.exactMatch):
                d.add((ds, DCTERMS.spatial, code))
        for period in graph.objects(plan, PLANKG.hasPeriod):
            _period(graph, d, ds, period)
    _counts(graph, d, ds)
    _distributions(d, ds, files, pub)
    _linksets(graph, d, ds, mint)
    if pub.sparql_endpoint:
        d.add((ds, VOID.sparqlEndpoint, URIRef(pub.sparql_endpoint)))
    return d


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


def _period(graph: Graph, d: Graph, ds: URIRef, period: Node) -> None:
    d.add((ds, DCTERMS.temporal, period))
    d.add((period, RDF.type, DCTERMS.PeriodOfTime))
    for prop, dcat_prop in ((TIME.hasBeginning, DCAT.startDate), (TIME.hasEnd, DCAT.endDate)):
        instant = graph.value(period, prop)
        year = graph.value(instant, TIME.inXSDGYear) if instant is not None else None
        if year is not None:
            d.add((period, dcat_prop, year))


def _counts(graph: Graph, d: Graph, ds: URIRef) -> None:
    ns = str(PLANKG._NS)
    classes: Counter[URIRef] = Counter()
    for cls in graph.objects(None, RDF.type):
        if str(cls).startswith(ns) and cls != PLANKG.SourceText:
            classes[cls] += 1  # type: ignore[index]
    d.add((ds, VOID.triples, Literal(len(graph))))
    d.add((ds, VOID.entities, Literal(sum(classes.values()))))
    for cls, count in sorted(classes.items()):
        part = URIRef(f"{ds}/class/{str(cls)[len(ns) :]}")
        d.add((ds, VOID.classPartition, part))
        d.add((part, VOID["class"], cls))
        d.add((part, VOID.entities, Literal(count)))
    for cls in (PLANKG.Plan, PLANKG.Measure, PLANKG.Zone, PLANKG.Enterprise):
        example = next(iter(sorted(graph.subjects(RDF.type, cls), key=str)), None)
        if example is not None:
            d.add((ds, VOID.exampleResource, example))


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


def _linksets(graph: Graph, d: Graph, ds: URIRef, mint: Minter) -> None:
    """One void:Linkset per external target, with the number of links into it."""
    counts: Counter[tuple[str, URIRef]] = Counter()
    for axiom in graph.subjects(RDF.type, URIRef("http://www.w3.org/2002/07/owl#Axiom")):
        target = str(graph.value(axiom, URIRef("http://www.w3.org/2002/07/owl#annotatedTarget")))
        prop = graph.value(axiom, URIRef("http://www.w3.org/2002/07/owl#annotatedProperty"))
        kind = "wikidata" if "wikidata.org" in target else target[len(mint.base) :].split("/", 1)[0]
        if kind in LINK_TARGETS and prop is not None:
            counts[(kind, prop)] += 1  # type: ignore[index]
    for (kind, prop), n in sorted(counts.items()):
        linkset = URIRef(f"{ds}/linkset/{kind}/{str(prop).rsplit('#', 1)[-1]}")
        d.add((ds, VOID.subset, linkset))
        d.add((linkset, RDF.type, VOID.Linkset))
        d.add((linkset, VOID.linkPredicate, prop))
        d.add((linkset, VOID.triples, Literal(n)))
        d.add((linkset, DCTERMS.title, Literal(LINK_TARGETS[kind][1], lang="en")))
        d.add((linkset, DCTERMS.title, Literal(LINK_TARGETS[kind][0], lang="zh")))
