"""The seed plan end to end: concrete facts, provenance round trips, SHACL, determinism."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from builder import load, vocab
from builder.validate import validate

from .conftest import SEED

PREFIXES = """
PREFIX plankg: <https://w3id.org/plankg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


def ask(graph: Graph, body: str) -> bool:
    return bool(graph.query(PREFIXES + "ASK {" + body + "}").askAnswer)


def labels_of(graph: Graph, cls: str) -> set[str]:
    q = (
        PREFIXES
        + f"SELECT ?l WHERE {{ ?e a plankg:{cls} ; rdfs:label ?l FILTER(lang(?l) = 'zh') }}"
    )
    return {str(row[0]) for row in graph.query(q)}


def test_zone_linked_to_measure(seed_graph: Graph) -> None:
    assert ask(
        seed_graph,
        """
        ?m a plankg:Measure ; rdfs:label "培育壮大数据智能产业"@zh ; plankg:buildsOnZone ?z ;
           plankg:developsIndustry/rdfs:label "数据智能产业"@zh .
        ?z a plankg:Zone ; rdfs:label "市北国际科创社区"@zh .""",
    )


def test_phase_interval(seed_graph: Graph) -> None:
    assert ask(
        seed_graph,
        """
        ?p a plankg:Phase, time:ProperInterval ; rdfs:label "规划起草"@zh ;
           time:hasBeginning/time:inXSDGYearMonth "2020-05"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> ;
           time:hasEnd/time:inXSDGYearMonth "2020-06"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .""",
    )


def test_enterprise_industry(seed_graph: Graph) -> None:
    assert ask(
        seed_graph,
        """
        ?e a plankg:Enterprise ; rdfs:label "国泰君安"@zh ; plankg:inIndustry/rdfs:label "金融服务业"@zh .""",
    )


def test_plan_period_target_and_basis(seed_graph: Graph) -> None:
    assert ask(
        seed_graph,
        """
        ?plan a plankg:Plan ; rdfs:label "静安区产业发展“十四五”规划"@zh ;
              plankg:targetYear "2025"^^<http://www.w3.org/2001/XMLSchema#gYear> ;
              plankg:hasPeriod/time:hasBeginning/time:inXSDGYear "2021"^^<http://www.w3.org/2001/XMLSchema#gYear> ;
              plankg:hasPeriod/time:hasEnd/time:inXSDGYear "2025"^^<http://www.w3.org/2001/XMLSchema#gYear> ;
              plankg:basedOn/rdfs:label ?basis .
        FILTER(STRSTARTS(STR(?basis), "中共静安区委关于制定"))""",
    )


def test_seed_entities_by_class(seed_graph: Graph) -> None:
    assert labels_of(seed_graph, "Industry") >= {
        "商贸服务业",
        "金融服务业",
        "专业服务业",
        "数据智能产业",
        "文化创意产业",
        "生命健康产业",
        "数字金融产业",
        "大数据产业",
        "数字创意产业",
    }
    assert labels_of(seed_graph, "Zone") >= {
        "市北高新区",
        "中国(上海)人力资源服务产业园区",
        "环上大影视园区",
        "800秀",
        "苏河湾数字金融产业实践区",
        "上海市北区块链生态谷",
        "市北国际科创社区",
        "数字文创先行区",
        "影视电竞核心区",
        "文创生态体验区",
        "国际消费城市示范区",
        "国家级人力资源服务标准化示范区",
    }
    assert labels_of(seed_graph, "Enterprise") == {
        "欧莱雅",
        "路易威登",
        "百雀羚",
        "飞利浦",
        "亮锐",
        "国泰君安",
        "平安资管",
        "毕马威咨询",
        "霍金路伟律师事务所",
        "拳头游戏",
    }
    assert labels_of(seed_graph, "GovernmentBody") >= {
        "区委研究室",
        "区府研究室",
        "区发展改革委",
        "市文创办",
    }
    assert labels_of(seed_graph, "Organization") >= {
        "罗兰贝格国际管理咨询(上海)有限公司",
        "市政府发展研究中心",
        "市商务发展研究中心",
    }
    assert labels_of(seed_graph, "WorkMethod") == {
        "资料数据收集",
        "政府相关部门座谈",
        "重点园区走访",
        "重点企业走访",
        "专家论证",
    }
    assert labels_of(seed_graph, "Phase") == {
        "前期研究",
        "规划起草",
        "征求意见",
        "规划衔接",
        "专题汇报",
    }
    assert len(labels_of(seed_graph, "Measure")) == 6
    assert len(labels_of(seed_graph, "Safeguard")) == 6
    assert len(labels_of(seed_graph, "Bottleneck")) == 4
    assert len(labels_of(seed_graph, "Opportunity")) == 5
    assert len(labels_of(seed_graph, "Challenge")) == 3
    assert len(labels_of(seed_graph, "Achievement")) == 5
    assert {"一轴三带", "五型经济", "双试联动", "四大品牌"} <= labels_of(
        seed_graph, "PolicyConcept"
    )


def test_industry_taxonomy_is_a_concept_scheme(seed_graph: Graph) -> None:
    assert ask(
        seed_graph,
        """
        ?child rdfs:label "数字金融产业"@zh ; skos:broader ?parent ; skos:inScheme ?scheme .
        ?parent rdfs:label "金融服务业"@zh ; skos:narrower ?child ; skos:topConceptOf ?scheme .
        ?scheme a skos:ConceptScheme .""",
    )


def test_nothing_comes_from_the_footer(seed_graph: Graph) -> None:
    text = load.load(SEED, vocab.load()).text
    for chrome in ("留言咨询", "纠错", "您的姓名", "使用说明", "错误类"):
        assert chrome not in text
        assert not ask(
            seed_graph, f'?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), "{chrome}"))'
        )


def test_every_relation_has_a_supporting_sentence_or_source(seed_graph: Graph) -> None:
    """Text facts have an rdf:Statement derived from a sentence; facts taken from a reference
    table or the curated vocabulary have an owl:Axiom naming that source."""
    unsupported = (
        PREFIXES
        + """
    PREFIX owl: <http://www.w3.org/2002/07/owl#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    PREFIX schema: <https://schema.org/>
    SELECT ?s ?p ?o WHERE {
      ?s ?p ?o ; a ?class .
      FILTER(STRSTARTS(STR(?class), STR(plankg:)))
      FILTER(STRSTARTS(STR(?p), STR(plankg:)) || ?p IN (skos:broader, time:hasBeginning, time:hasEnd,
             dcterms:spatial, schema:containedInPlace, skos:exactMatch, skos:closeMatch, skos:broadMatch,
             skos:narrowMatch, skos:relatedMatch))
      FILTER(?p NOT IN (plankg:sha256, plankg:sourceFile, plankg:ordinal, plankg:foundBy))
      FILTER NOT EXISTS { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sent .
                          ?sent a nif:Sentence }
      FILTER NOT EXISTS { ?ax owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o ;
                          dcterms:source ?source }
    }"""
    )
    assert list(seed_graph.query(unsupported)) == []


def test_every_span_round_trips(seed_graph: Graph) -> None:
    q = (
        PREFIXES
        + """
    SELECT ?text ?b ?e ?anchor WHERE {
      ?span nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; nif:referenceContext ?doc .
      ?doc nif:isString ?text }"""
    )
    rows = list(seed_graph.query(q))
    assert len(rows) > 100
    for text, b, e, anchor in rows:
        assert str(text)[int(b) : int(e)] == str(anchor)


def test_every_entity_has_a_mention(seed_graph: Graph) -> None:
    q = (
        PREFIXES
        + """
    SELECT ?e WHERE { ?e a ?c . FILTER(STRSTARTS(STR(?c), STR(plankg:)))
      FILTER(?c NOT IN (plankg:SourceText, plankg:Period))
      FILTER NOT EXISTS { ?m itsrdf:taIdentRef ?e } }"""
    )
    assert list(seed_graph.query(q)) == []


def test_one_query_returns_the_sentence_behind_any_relation(seed_graph: Graph) -> None:
    q = (
        PREFIXES
        + """
    SELECT ?sentence ?b ?e WHERE {
      ?st rdf:subject ?m ; rdf:predicate plankg:buildsOnZone ; rdf:object ?z ; prov:wasDerivedFrom ?s .
      ?z rdfs:label "苏河湾数字金融产业实践区"@zh .
      ?s nif:anchorOf ?sentence ; nif:beginIndex ?b ; nif:endIndex ?e }"""
    )
    rows = list(seed_graph.query(q))
    assert len(rows) == 1
    assert "升级苏河湾数字金融产业实践区" in str(rows[0][0])


def test_seed_conforms_to_shapes(seed_graph: Graph) -> None:
    report = validate(seed_graph)
    assert report.conforms, report.text


def _build(out: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run(
        [sys.executable, "-m", "plankg", "build", str(SEED), "--out", str(out)],
        check=True,
        env=env,
        capture_output=True,
    )


def test_builds_are_deterministic(tmp_path: Path) -> None:
    _build(tmp_path / "a", "1")
    _build(tmp_path / "b", "2")
    for name in ("graph.nt", "graph.ttl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("graph.ttl", pyoxigraph.RdfFormat.TURTLE),
        ("graph.nt", pyoxigraph.RdfFormat.N_TRIPLES),
        ("graph.jsonld", pyoxigraph.RdfFormat.JSON_LD),
    ],
)
def test_oxigraph_accepts_every_output(
    tmp_path: Path, name: str, fmt: pyoxigraph.RdfFormat, seed_graph: Graph
) -> None:
    _build(tmp_path, "0")
    triples = list(pyoxigraph.parse(path=str(tmp_path / name), format=fmt))
    assert len(triples) == len(seed_graph)
