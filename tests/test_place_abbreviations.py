"""One-character province abbreviations (简称): read only in compounds of two or more (京津冀,
粤港澳大湾区), each linked to its province's division code; never inside a word (新能源, 平台)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import DCTERMS, RDFS, SKOS

from builder import build, paths, places, tables
from builder.model import Extraction
from builder.pipeline import extract

from .test_division_links import BASE, area, division

REAL = Path(__file__).parent / "fixtures" / "real"


def compounds(text: str) -> list[tuple[str, str]]:
    """(the character, the province it stands for) of every abbreviation the text holds."""
    return [(text[at], name) for at, name in places.abbreviation_compounds(text)]


def test_the_table_agrees_with_the_code_history() -> None:
    rows = tables.rows(places.ABBREVIATIONS)
    history = {
        r["代码"]: r["名称"]
        for r in tables.rows(paths.DIVISION_HISTORY)
        if r["级别"] == "省级" and r["状态"] == "在用"
    }
    assert {r["code"]: r["name"] for r in rows} == history  # 34 provincial-level divisions
    chars = [c for r in rows for c in (r["abbreviation"], r["other"]) if c]
    assert all(len(c) == 1 for c in chars) and len(chars) == len(set(chars)) == 39
    assert places.abbreviations()["皖"] == "安徽省" and places.abbreviations()["黔"] == "贵州省"
    assert (places.ABBREVIATIONS.parent / "SOURCE.md").is_file()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推进京津冀协同发展。", ["北京市", "天津市", "河北省"]),
        ("对接粤港澳大湾区。", ["广东省", "香港特别行政区", "澳门特别行政区"]),
        ("加强川渝合作。", ["四川省", "重庆市"]),
        ("深化苏浙皖交流。", ["江苏省", "浙江省", "安徽省"]),
        ("沪苏浙皖共同推进。", ["上海市", "江苏省", "浙江省", "安徽省"]),
        ("建立湘鄂赣联席机制。", ["湖南省", "湖北省", "江西省"]),
        ("服务黔滇两地。", ["贵州省", "云南省"]),  # the second 简称 of 贵州 and 云南
        ("京津冀新能源车辆互认。", ["北京市", "天津市", "河北省"]),  # 新 starts the next word
    ],
)
def test_compounds_are_read_as_provinces(text: str, expected: list[str]) -> None:
    assert [name for _, name in compounds(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "发展新能源汽车。",  # 新 is "new"
        "搭建公共服务平台。",  # 台 inside a word
        "支持青年创业。",  # 青 inside a word
        "宁波舟山港扩能。",  # 宁 of 宁波
        "黑色金属冶炼。",  # 黑 of 黑色
        "迈上新台阶。",  # 新/台阶: the compound would end inside a word
        "临港新片区扩区。",  # 临港/新/片区
        "辽宁省和晋宁区。",  # division names made of 简称 characters
        "宁津县至济南。",
        "一批新晋企业。",  # 新 first: "new"
        "秦川大地。",
        "京京两地。",  # one province twice is no compound
        "向港澳同胞表示感谢。",  # the people of the regions
        "做好外事侨务、港澳台、社会科学等工作。",  # the regions' affairs as one
    ],
)
def test_single_characters_inside_words_are_not_places(text: str) -> None:
    assert compounds(text) == []


def test_a_plan_links_each_abbreviation_to_its_province_code(tmp_path: Path) -> None:
    """Unit input written for this test, not a real plan. 川渝 outside any element names two
    provinces; 粤港澳大湾区 is a region whose entity covers three (dcterms:spatial), and is no
    mention of them."""
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "某区“十四五”区域合作规划\n川渝两地山水相连。\n一、对接粤港澳大湾区。\n二、发展新能源汽车。\n",
        encoding="utf-8",
    )
    graph = build([plan])
    for name, code in (("四川省", "510000"), ("重庆市", "500000")):
        assert (area(name), SKOS.exactMatch, division(code)) in graph, name
    bay = next(s for s, _, o in graph.triples((None, RDFS.label, None)) if str(o) == "粤港澳大湾区")
    for code in ("440000", "810000", "820000"):
        assert (bay, DCTERMS.spatial, division(code)) in graph, code
    assert (area("广东省"), SKOS.exactMatch, division("440000")) not in graph
    linked = {str(s) for s, _, _ in graph.triples((None, SKOS.exactMatch, None))}
    assert BASE + "administrative-area/新疆维吾尔自治区" not in linked


@pytest.fixture(scope="module")
def hubei() -> Extraction:
    return extract(REAL / "hubei-gov-work-report-2026.txt")  # dev half of split.yaml


def test_a_real_report_links_the_provinces_of_its_compounds(hubei: Extraction) -> None:
    """The Hubei report names 鄂湘赣 cooperation inside a measure: the measure covers each
    province (dcterms:spatial to its code); 港澳台 in a list of lines of work names the regions'
    affairs, no places (its annotators agree)."""
    text = hubei.structure.doc.text
    spatial = {
        (k.subject.cls, k.target[1]) for k in hubei.links if k.predicate == "dcterms:spatial"
    }
    assert {("Measure", "430000"), ("Measure", "360000")} <= spatial
    by_char = {
        text[m.span.begin]: m.key.label
        for m in hubei.mentions
        if m.key.cls == "AdministrativeArea" and m.span.end - m.span.begin == 1
    }
    assert not {"港", "澳", "台"} & set(by_char)
    links = {k.subject.label: k.target[1] for k in hubei.links if k.target[0] == "division"}
    assert "台湾省" not in links
    assert "新疆维吾尔自治区" not in links and "青海省" not in links
