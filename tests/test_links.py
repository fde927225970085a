"""Links to open government data, on the real shipped datasets."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import OWL, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from builder import build, paths, reference
from builder.dataset import Publication, describe
from builder.emit_reference import reference_graph
from builder.iris import Minter
from builder.namespaces import PLANKG, VOID
from builder.validate import validate

BASE = paths.DEFAULT_BASE
MAIN_INDUSTRIES = [
    "商贸服务业",
    "金融服务业",
    "专业服务业",
    "数据智能产业",
    "文化创意产业",
    "生命健康产业",
]
MATCHES = [SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch]


@pytest.fixture(scope="module")
def ref_graph() -> Graph:
    return reference_graph(reference.load(), Minter(BASE))


def test_division_codes_of_district_and_city(seed_graph: Graph) -> None:
    jingan, shanghai = (
        URIRef(BASE + "administrative-area/静安区"),
        URIRef(BASE + "administrative-area/上海市"),
    )
    assert (jingan, SKOS.exactMatch, URIRef(BASE + "division/310106")) in seed_graph
    assert (shanghai, SKOS.exactMatch, URIRef(BASE + "division/310000")) in seed_graph
    assert (URIRef(BASE + "division/310106"), SKOS.notation, Literal("310106")) in seed_graph
    assert (jingan, URIRef("https://schema.org/containedInPlace"), shanghai) in seed_graph
    plan = URIRef(BASE + "plan/静安区产业发展十四五规划")
    assert (plan, DCTERMS.spatial, jingan) in seed_graph


def test_zones_lie_in_the_district(seed_graph: Graph) -> None:
    zone = URIRef(BASE + "zone/市北国际科创社区")
    assert (
        zone,
        URIRef("https://schema.org/containedInPlace"),
        URIRef(BASE + "administrative-area/静安区"),
    ) in seed_graph
    # a zone only named as part of an opportunity is not placed in the district
    assert not list(
        seed_graph.objects(
            URIRef(BASE + "zone/自贸试验区"), URIRef("https://schema.org/containedInPlace")
        )
    )


@pytest.mark.parametrize("label", MAIN_INDUSTRIES)
def test_main_industries_link_to_gbt4754(label: str, seed_graph: Graph) -> None:
    industry = URIRef(BASE + "industry/" + label)
    targets = [
        o for p in MATCHES for o in seed_graph.objects(industry, p) if "/gbt4754-2017/" in str(o)
    ]
    assert targets, f"{label} has no GB/T 4754-2017 link"
    for target in targets:
        assert seed_graph.value(target, SKOS.notation) is not None
        axiom = next(seed_graph.subjects(OWL.annotatedTarget, target))
        assert seed_graph.value(axiom, URIRef("http://www.w3.org/2000/01/rdf-schema#comment")), (
            "a rationale"
        )


def test_fields_without_a_class_say_so() -> None:
    graph = build([paths.ROOT / "tests" / "fixtures" / "unclassified.txt"])
    blockchain = URIRef(BASE + "industry/区块链产业")
    notes = [str(n) for n in graph.objects(blockchain, SKOS.editorialNote)]
    assert notes and "no class" in notes[0]
    assert not [o for p in MATCHES for o in graph.objects(blockchain, p)]


def test_retired_code_is_a_change_not_a_reuse(ref_graph: Graph, seed_graph: Graph) -> None:
    zhabei = URIRef(BASE + "division/310108")
    assert (zhabei, OWL.deprecated, Literal(True)) in ref_graph
    assert (zhabei, DCTERMS.isReplacedBy, URIRef(BASE + "division/310106")) in ref_graph
    event = URIRef(BASE + "event/2015-zhabei-jingan-merger")
    assert (event, URIRef("http://www.w3.org/ns/org#originalOrganization"), zhabei) in seed_graph
    assert not list(seed_graph.subjects(SKOS.exactMatch, zhabei))


def test_reference_schemes_are_complete(ref_graph: Graph) -> None:
    classes = [s for s in ref_graph.subjects(SKOS.inScheme, URIRef(BASE + "scheme/gbt4754-2017"))]
    assert len(classes) == 1971
    assert (
        URIRef(BASE + "gbt4754-2017/723"),
        SKOS.broader,
        URIRef(BASE + "gbt4754-2017/72"),
    ) in ref_graph
    streets = [s for s in ref_graph.subjects(SKOS.broader, URIRef(BASE + "division/310106"))]
    assert len(streets) == 14


def test_wikidata_links_only_with_a_source_and_never_sameas(seed_graph: Graph) -> None:
    links = [
        (s, p, o)
        for p in MATCHES
        for s, o in seed_graph.subject_objects(p)
        if "wikidata.org" in str(o)
    ]
    assert {str(s).rsplit("/", 1)[-1] for s, _, _ in links} == {
        "上海市",
        "飞利浦",
        "路易威登",
        "毕马威咨询",
    }
    for s, p, o in links:
        axiom = next(
            a
            for a in seed_graph.subjects(OWL.annotatedSource, s)
            if (a, OWL.annotatedTarget, o) in seed_graph
        )
        assert "wikidata-verified.csv" in str(seed_graph.value(axiom, DCTERMS.source))
        if "上海市" not in str(s):
            assert p == SKOS.closeMatch, "a global brand is not the local company"
    assert not list(seed_graph.triples((None, OWL.sameAs, None)))


def test_dataset_description(seed_graph: Graph) -> None:
    store = pyoxigraph.Store()
    store.load(seed_graph.serialize(format="nt").encode(), format=pyoxigraph.RdfFormat.N_TRIPLES)
    d = describe(
        store,
        {"graph.ttl": 10, "graph.nt": 20, "graph.jsonld": 30},
        BASE,
        Publication("Test publisher", sparql_endpoint="http://127.0.0.1:7878/query"),
    )
    ds = next(d.subjects(VOID.triples, None))
    assert int(d.value(ds, VOID.triples)) == len(seed_graph)  # type: ignore[arg-type]
    assert {t.language for t in d.objects(ds, DCTERMS.title)} == {"zh", "en"}
    assert URIRef(BASE + "administrative-area/静安区") in set(d.objects(ds, DCTERMS.spatial))
    assert URIRef(BASE + "period/2021-2025") in set(d.objects(ds, DCTERMS.temporal))
    assert len(list(d.objects(ds, URIRef("http://www.w3.org/ns/dcat#distribution")))) == 3
    assert (ds, VOID.sparqlEndpoint, URIRef("http://127.0.0.1:7878/query")) in d
    assert d.value(ds, DCTERMS.license) is not None and d.value(ds, DCTERMS.issued) is not None
    assert int(d.value(ds, VOID.entities)) == len(
        set(seed_graph.subjects(None, None))
        & {  # type: ignore[arg-type]
            s
            for s, c in seed_graph.subject_objects(
                URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
            )
            if str(c).startswith(str(PLANKG._NS)) and c != PLANKG.SourceText
        }
    )


def test_graph_with_links_still_conforms(seed_graph: Graph) -> None:
    assert validate(seed_graph).conforms


def test_shapes_catch_a_mapping_whose_link_was_removed(seed_graph: Graph) -> None:
    broken = Graph()
    for triple in seed_graph:
        broken.add(triple)
    broken.remove((URIRef(BASE + "industry/金融服务业"), SKOS.closeMatch, None))
    report = validate(broken)
    assert not report.conforms and "not asserted" in report.text
