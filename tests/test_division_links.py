"""Places of every province link to their division codes, as of the plan's period; reference.ttl
holds every division 1981–2023 with its history, and the two NBS catalogues as SKOS schemes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from builder import build, paths, reference
from builder.emit_reference import reference_graph, reference_turtle
from builder.iris import Minter
from builder.model import EntityKey, Extraction
from builder.namespaces import EUVOC, PREFIXES
from builder.pipeline import extract

BASE = paths.DEFAULT_BASE
REAL = Path(__file__).parent / "fixtures" / "real"
ZHABEI_2012 = Path(__file__).parent / "fixtures" / "zhabei-2012.txt"
GYEAR = URIRef("http://www.w3.org/2001/XMLSchema#gYear")


def division(key: str) -> URIRef:
    return URIRef(BASE + "division/" + key)


def area(label: str) -> URIRef:
    return URIRef(BASE + "administrative-area/" + label)


@pytest.fixture(scope="module")
def ref_graph() -> Graph:
    return reference_graph(reference.load(), Minter(BASE))


@pytest.fixture(scope="module")
def extractions() -> dict[str, Extraction]:
    names = ("beijing", "yunnan", "shandong", "hubei")
    return {name: extract(REAL / f"{name}-gov-work-report-2026.txt") for name in names}


def division_links(x: Extraction) -> dict[str, str]:
    return {link.subject.label: link.target[1] for link in x.links if link.target[0] == "division"}


def test_every_division_of_the_table_is_a_concept(ref_graph: Graph) -> None:
    scheme = URIRef(BASE + "scheme/division")
    concepts = set(ref_graph.subjects(SKOS.inScheme, scheme))
    assert len(concepts) == 6823 + 234  # every row of the history table, Shanghai's townships
    assert (division("530100"), SKOS.prefLabel, Literal("昆明市", lang="zh")) in ref_graph
    assert (division("530100"), SKOS.broader, division("530000")) in ref_graph
    assert (division("530102"), SKOS.broader, division("530100")) in ref_graph  # 五华区
    assert (division("110112"), SKOS.broader, division("110000")) in ref_graph  # 通州区, 直辖
    assert (division("310106"), SKOS.notation, Literal("310106")) in ref_graph
    streets = list(ref_graph.subjects(SKOS.broader, division("310106")))
    assert len(streets) == 14


def test_a_retired_code_is_deprecated_with_its_successor_and_years(ref_graph: Graph) -> None:
    zhabei = division("310108")
    assert (zhabei, OWL.deprecated, Literal(True)) in ref_graph
    assert (zhabei, DCTERMS.isReplacedBy, division("310106")) in ref_graph
    assert (zhabei, EUVOC.startDate, Literal("1981", datatype=GYEAR)) in ref_graph
    assert (zhabei, EUVOC.endDate, Literal("2015", datatype=GYEAR)) in ref_graph
    assert "静安区 (310106)" in str(ref_graph.value(zhabei, SKOS.historyNote))
    jingan = division("310106")
    assert (jingan, OWL.deprecated, None) not in ref_graph
    assert (jingan, EUVOC.endDate, None) not in ref_graph
    # 崇明县 became 崇明区 under a new code in 2016
    assert (division("310230"), DCTERMS.isReplacedBy, division("310151")) in ref_graph


def test_a_code_number_used_twice_names_two_concepts(ref_graph: Graph) -> None:
    """132201 was 邢台市 (1981–1983), then 南宫市 (1986–1993): two concepts, one notation."""
    holders = set(ref_graph.subjects(SKOS.notation, Literal("132201")))
    assert holders == {division("132201-1981"), division("132201")}
    assert ref_graph.value(division("132201-1981"), SKOS.prefLabel) == Literal("邢台市", lang="zh")
    assert ref_graph.value(division("132201"), SKOS.prefLabel) == Literal("南宫市", lang="zh")
    # a rename under the same code is a new concept too, replacing the old one
    assert (division("120110-1981"), DCTERMS.isReplacedBy, division("120110")) in ref_graph
    assert ref_graph.value(division("120110"), SKOS.prefLabel) == Literal("东丽区", lang="zh")


def test_the_catalogues_are_schemes_next_to_gbt4754(ref_graph: Graph) -> None:
    for scheme, count in (("sei-2018", 49), ("digital-economy-2021", 37)):
        members = set(ref_graph.subjects(SKOS.inScheme, URIRef(BASE + "scheme/" + scheme)))
        assert len(members) == count
    ai = URIRef(BASE + "sei-2018/1.5")
    assert (ai, SKOS.prefLabel, Literal("人工智能", lang="zh")) in ref_graph
    assert (ai, SKOS.broader, URIRef(BASE + "sei-2018/1")) in ref_graph
    core = URIRef(BASE + "digital-economy-2021/01")
    assert (core, SKOS.scopeNote, Literal("数字经济核心产业", lang="zh")) in ref_graph


@pytest.mark.parametrize(
    ("plan", "place", "code"),
    [
        ("beijing", "北京市", "110000"),
        ("beijing", "通州区", "110112"),
        ("yunnan", "云南省", "530000"),
        ("yunnan", "曲靖市", "530300"),
        ("yunnan", "麒麟区", "530302"),
        ("yunnan", "大理白族自治州", "532900"),
        ("yunnan", "漾濞彝族自治县", "532922"),
        ("shandong", "济南市", "370100"),
        ("shandong", "章丘区", "370114"),
        ("shandong", "青岛市", "370200"),
        ("hubei", "武汉市", "420100"),
        ("hubei", "恩施土家族苗族自治州", "422800"),
    ],
)
def test_places_of_other_provinces_link_to_their_codes(
    extractions: dict[str, Extraction], plan: str, place: str, code: str
) -> None:
    assert division_links(extractions[plan]).get(place) == code


def test_places_lie_in_the_nearest_named_division(extractions: dict[str, Extraction]) -> None:
    def inside(x: Extraction) -> set[tuple[str, str]]:
        return {
            (link.subject.label, link.target_key.label)
            for link in x.links
            if link.predicate == "schema:containedInPlace" and link.target_key is not None
        }

    assert ("章丘区", "济南市") in inside(extractions["shandong"])
    assert ("济南市", "山东省") in inside(extractions["shandong"])
    assert ("麒麟区", "曲靖市") in inside(extractions["yunnan"])
    assert ("通州区", "北京市") in inside(extractions["beijing"])


def test_a_shared_name_resolves_inside_the_plan_province() -> None:
    ref = reference.load()
    assert ref.resolve("朝阳区") is None  # Beijing's and Changchun's
    found = ref.resolve("朝阳区", province="22")
    assert found is not None and found.code == "220104"
    found = ref.resolve("朝阳区", province="11")
    assert found is not None and found.code == "110105"


def test_a_2012_plan_links_a_former_district_to_the_code_of_its_time() -> None:
    """Unit input written for this test: a 十二五 plan of 闸北区 that also names 崇明县."""
    graph = build([ZHABEI_2012])
    zhabei, chongming = area("闸北区"), area("崇明县")
    assert (zhabei, SKOS.exactMatch, division("310108")) in graph
    assert (division("310108"), DCTERMS.isReplacedBy, division("310106")) in graph
    assert (division("310108"), OWL.deprecated, Literal(True)) in graph
    assert (chongming, SKOS.exactMatch, division("310230")) in graph  # not known to recognition
    assert (division("310230"), DCTERMS.isReplacedBy, division("310151")) in graph
    plans = list(graph.subjects(DCTERMS.spatial, zhabei))
    assert len(plans) == 1


def test_today_the_same_places_have_todays_codes() -> None:
    x = extract(REAL / "chongming-illegal-land-rectification-2020.txt")
    assert division_links(x)["崇明区"] == "310151"
    ref = reference.load()
    found = ref.resolve("崇明县", 2020)
    assert found is not None and found.code == "310230"  # the last holder of the name, retired


def test_a_town_named_by_a_short_form_only_is_not_linked() -> None:
    """建设 (to build) is not 建设镇: a township links only where the text names it in full."""
    x = extract(REAL / "baoshan-15th-fyp-outline-excerpt-2026.txt")
    assert "建设镇" not in division_links(x)


def test_industries_link_to_the_nbs_catalogues(extractions: dict[str, Extraction]) -> None:
    links = {
        (link.subject.label, link.target, link.predicate, link.justification)
        for link in extractions["beijing"].links
        if link.target[0] in ("sei-2018", "digital-economy-2021")
    }
    assert ("新能源汽车", ("sei-2018", "5"), "skos:closeMatch", "LexicalMatching") in links
    assert ("智慧农业", ("digital-economy-2021", "0501"), "skos:closeMatch", "LexicalMatching") in (
        links
    )
    curated = reference.load().catalogue_links["数字经济核心产业"]
    assert {c.code for c in curated} == {"01", "02", "03", "04"}
    assert all(c.rationale for c in curated)


def test_catalogue_links_are_in_the_graph_with_their_rationale() -> None:
    graph = build([REAL / "beijing-gov-work-report-2026.txt"])
    industry = URIRef(BASE + "industry/新能源汽车")
    target = URIRef(BASE + "sei-2018/5")
    assert (industry, SKOS.closeMatch, target) in graph
    assert (target, SKOS.prefLabel, Literal("新能源汽车产业", lang="zh")) in graph
    axiom = next(graph.subjects(OWL.annotatedTarget, target))
    assert "normalisation" in str(graph.value(axiom, RDFS.comment))
    assert (area("通州区"), SKOS.exactMatch, division("110112")) in graph


def test_reference_turtle_is_byte_identical_across_runs() -> None:
    ref, mint = reference.load(), Minter(BASE)
    first = reference_turtle(ref, mint, {**PREFIXES, "kg": BASE})
    assert first == reference_turtle(ref, mint, {**PREFIXES, "kg": BASE})
    assert "division:132201-1981" in first


def test_no_entity_key_is_left_unlinked_by_mistake(extractions: dict[str, Extraction]) -> None:
    """Every recognised division of the Shandong report links (none of its names is shared)."""
    x = extractions["shandong"]
    areas = {k.label for k in x.entities if k.cls == "AdministrativeArea"}
    assert areas and areas <= set(division_links(x))
    assert EntityKey("AdministrativeArea", "济南市") in x.entities


def test_the_plan_lies_in_the_most_specific_place_its_title_names() -> None:
    """上海市静安区促进电竞产业发展的扶持政策 is a plan of 静安区, inside 上海市."""
    x = extract(REAL / "jingan-esports-support-policy-2019.txt")
    spatial = {r.obj.label for r in x.relations if r.predicate == "dcterms:spatial"}
    assert spatial == {"静安区"}
    assert division_links(x)["静安区"] == "310106"
