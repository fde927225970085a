"""Linking a user's dataset to graph entities by name: what links, how, and what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from builder import build, paths
from builder.errors import InputError, VocabError
from builder.namespaces import PLANKG, SEMAPV, SSSOM
from builder.validate import validate
from linking.linker import (
    Candidate,
    Report,
    check_template,
    entities,
    link,
    links_graph,
    read_csv,
    read_endpoint,
    similarity,
    target_iri,
)
from linking.names import core, load_noise, normalise

from .conftest import plankg
from .servers import oxigraph_server

COMPANIES = Path(__file__).parent / "fixtures" / "link" / "companies.csv"
KG = "https://w3id.org/plankg/"


@pytest.fixture(scope="module")
def seed() -> Graph:
    return build([paths.PLANS_DIR])


@pytest.fixture(scope="module")
def report(seed: Graph) -> Report:
    return link(read_csv(COMPANIES, "企业名称", "编号"), entities(seed))


def by_id(report: Report) -> dict[str, tuple[str, str, URIRef]]:
    """record id → (entity label, method, predicate) of its link."""
    return {m.record_id: (m.entity_label, m.method, m.predicate) for m in report.matched}


def tiny_graph(*names: tuple[str, str]) -> Graph:
    """A hand-made graph of (class, zh label) entities, for cases the seed plan lacks."""
    graph = Graph()
    for number, (cls, label) in enumerate(names):
        node = URIRef(f"https://example.org/e/{number}")
        graph.add((node, RDF.type, PLANKG[cls]))
        graph.add((node, RDFS.label, Literal(label, lang="zh")))
    return graph


# -- names ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "normalised", "core_form"),
    [
        ("國泰君安", "国泰君安", "国泰君安"),
        (
            "罗兰贝格国际管理咨询（上海）有限公司",
            "罗兰贝格国际管理咨询上海有限公司",
            "罗兰贝格国际管理咨询",
        ),
        ("霍金路偉律師事務所", "霍金路伟律师事务所", "霍金路伟律师事务所"),
        ("欧莱雅(中国)有限公司", "欧莱雅中国有限公司", "欧莱雅"),
        ("L’ORÉAL  S.A.", "loréalsa", "loréalsa"),
        ("ＡＢＣ 集团股份有限公司", "abc集团股份有限公司", "abc"),
        ("上海电气(集团)总公司", "上海电气集团总公司", "上海电气"),
        ("【上海】某某有限责任公司", "上海某某有限责任公司", "某某"),
    ],
)
def test_normalise_and_core(name: str, normalised: str, core_form: str) -> None:
    assert normalise(name) == normalised
    assert core(name) == core_form


def test_core_keeps_what_is_part_of_the_name() -> None:
    assert core("中国银行股份有限公司") == "中国银行"  # a leading 中国 outside brackets stays
    assert core("上海(浦东)有限公司") == "上海浦东"  # only listed qualifiers leave brackets
    assert core("公司") == "公司"  # never stripped to nothing
    assert core("平安资管公司集团") == "平安资管"  # repeated suffixes, at the end only
    assert core("公司平安") == "公司平安"


def test_legal_forms_file_is_a_mapping_the_entity_loader_ignores() -> None:
    noise = load_noise()
    assert noise.suffixes[0] == "集团股份有限公司"  # longest first
    assert "有限公司" in noise.suffixes and "公司" in noise.suffixes


def test_malformed_legal_forms_file(tmp_path: Path) -> None:
    bad = tmp_path / "legal-forms.yaml"
    bad.write_text("- 有限公司\n", encoding="utf-8")
    with pytest.raises(VocabError, match="expected a mapping"):
        load_noise(bad)


# -- entities -------------------------------------------------------------------------------
def test_entities_carry_every_name_and_skip_source_texts(seed: Graph) -> None:
    found = {c.label: c for c in entities(seed)}
    assert found["区发展改革委"].names == (
        "District Development and Reform Commission",
        "区发展改革委",
        "区发改委",
    )
    assert found["市北高新区"].cls == "Zone"
    docs = set(seed.subjects(RDF.type, PLANKG.SourceText))
    assert docs and not docs & {URIRef(c.iri) for c in found.values()}


def test_entities_of_one_class(seed: Graph) -> None:
    enterprises = entities(seed, "Enterprise")
    assert {c.cls for c in enterprises} == {"Enterprise"}
    assert {"国泰君安", "平安资管", "毕马威咨询", "欧莱雅"} <= {c.label for c in enterprises}
    assert entities(seed, "plankg:Enterprise") == enterprises
    assert entities(seed, "NoSuchClass") == []


# -- matching the seed plan -----------------------------------------------------------------
def test_links_with_method_and_predicate(report: Report) -> None:
    kg = by_id(report)
    assert kg["GTJA-TW"] == ("国泰君安", "exact", SKOS.exactMatch)  # traditional characters
    assert kg["RB"] == (
        "罗兰贝格国际管理咨询(上海)有限公司",
        "exact",
        SKOS.exactMatch,
    )  # full-width brackets are half-width after NFKC
    assert kg["HL"] == ("霍金路伟律师事务所", "exact", SKOS.exactMatch)
    assert kg["PAAM"] == ("平安资管", "exact", SKOS.exactMatch)
    assert kg["LOREAL-EN"] == ("欧莱雅", "exact", SKOS.exactMatch)  # the English label, cased
    assert kg["LOREAL"] == ("欧莱雅", "legal-form", SKOS.closeMatch)  # (中国)有限公司 is noise
    assert kg["KPMG"] == ("毕马威咨询", "legal-form", SKOS.closeMatch)


def test_a_longer_registered_name_is_a_fuzzy_close_match(report: Report) -> None:
    """国泰君安证券 (the securities company) contains 国泰君安: containment of four characters in
    six scores max(4/6, 0.85) = 0.85 — a closeMatch to review, never an exactMatch."""
    match = next(m for m in report.matched if m.record_id == "GTJA-SEC")
    assert (match.entity_label, match.method, match.predicate) == (
        "国泰君安",
        "fuzzy",
        SKOS.closeMatch,
    )
    assert match.score == pytest.approx(0.85)
    assert similarity("国泰君安证券股份有限公司", "国泰君安") == pytest.approx(0.85)
    assert similarity("国泰", "国泰君安") == 0.0  # containment needs three characters


def test_unmatched_records_are_listed(report: Report) -> None:
    assert report.unmatched == [("NONE", "某某不存在公司")]
    assert report.ambiguous == []
    assert report.counts() == {"exact": 5, "legal-form": 2, "fuzzy": 2}


def test_records_may_share_an_entity(report: Report) -> None:
    shared = report.shared()
    gtja = shared[f"{KG}enterprise/国泰君安"]
    assert [m.record_id for m in gtja] == ["GTJA-TW", "GTJA-SEC"]
    assert [m.record_id for m in shared[f"{KG}enterprise/欧莱雅"]] == ["LOREAL", "LOREAL-EN"]


def test_a_class_filter_keeps_companies_off_zones(seed: Graph, report: Report) -> None:
    """Without a filter a park's development company fuzzily matches the park itself."""
    assert by_id(report)["SHIBEI-DEV"] == ("市北高新区", "fuzzy", SKOS.closeMatch)
    only = link(read_csv(COMPANIES, "企业名称", "编号"), entities(seed, "Enterprise"))
    unmatched = {record_id for record_id, _ in only.unmatched}
    assert {"SHIBEI-DEV", "RB", "NONE"} == unmatched  # 罗兰贝格 is an Organization


# -- ambiguity ------------------------------------------------------------------------------
def test_a_tie_is_ambiguous_and_not_linked() -> None:
    graph = tiny_graph(("Enterprise", "华为技术有限公司"), ("Enterprise", "华为技术(深圳)有限公司"))
    result = link([("1", "华为技术股份有限公司")], entities(graph))
    assert result.matched == []
    ((record, candidates),) = result.ambiguous
    assert record == ("1", "华为技术股份有限公司")
    assert [c.label for c in candidates] == ["华为技术有限公司", "华为技术(深圳)有限公司"]
    assert len(links_graph(result.matched, KG, URIRef("urn:x-test:dataset"))) == 0


def test_a_fuzzy_tie_is_ambiguous_but_an_exact_name_wins() -> None:
    """A record naming two entities contains both: each containment scores the 0.85 floor."""
    graph = tiny_graph(("Zone", "张江科学城"), ("Zone", "临港新片区"))
    result = link([("1", "张江科学城临港新片区联合体")], entities(graph))
    assert result.matched == []
    assert [c.label for _, cs in result.ambiguous for c in cs] == ["张江科学城", "临港新片区"]
    exact = link([("2", "临港新片区")], entities(graph))
    assert [(m.entity_label, m.method) for m in exact.matched] == [("临港新片区", "exact")]


def test_one_entity_with_two_matching_names_is_not_a_tie() -> None:
    candidate = Candidate(
        "https://example.org/e/1", "市北高新区", "Zone", ("市北高新区", "市北高新")
    )
    (match,) = link([("1", "市北高新区园")], [candidate]).matched
    assert match.method == "fuzzy"
    assert match.score == pytest.approx(10 / 11)  # the better of its two names


# -- the links graph ------------------------------------------------------------------------
def test_links_graph_is_annotated_parses_and_validates(report: Report) -> None:
    source = URIRef(COMPANIES.resolve().as_uri())
    graph = links_graph(report.matched, KG, source)
    reparsed = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert len(reparsed) == len(graph)
    entity, target = URIRef(f"{KG}enterprise/国泰君安"), URIRef("urn:plankg:record:GTJA-TW")
    assert (entity, SKOS.exactMatch, target) in reparsed
    assert (target, RDFS.label, Literal("國泰君安")) in reparsed
    axioms = set(reparsed.subjects(RDF.type, OWL.Axiom))
    assert len(axioms) == len(report.matched)
    for axiom in axioms:
        assert reparsed.value(axiom, DCTERMS.source) == source
        assert reparsed.value(axiom, SSSOM.confidence) is not None
        assert str(reparsed.value(axiom, RDFS.comment))
    justifications = {
        str(reparsed.value(a, OWL.annotatedTarget)): reparsed.value(a, SSSOM.mapping_justification)
        for a in axioms
    }
    assert justifications["urn:plankg:record:GTJA-SEC"] == SEMAPV.LexicalSimilarityThresholdMatching
    assert justifications["urn:plankg:record:LOREAL"] == SEMAPV.LexicalMatching
    check = validate(reparsed)
    assert check.conforms, check.text


def test_iri_templates() -> None:
    assert target_iri("7", "某某") == "urn:plankg:record:7"
    assert target_iri("a/b c", "x") == "urn:plankg:record:a%2Fb%20c"
    assert (
        target_iri("http://www.wikidata.org/entity/Q1", "x") == "http://www.wikidata.org/entity/Q1"
    )
    template = "https://example.org/company/{label}"
    assert target_iri("7", "平安资管", template) == (
        "https://example.org/company/%E5%B9%B3%E5%AE%89%E8%B5%84%E7%AE%A1"
    )
    check_template("https://example.org/company/{id}")
    for bad in ("https://example.org/{code}", "https://example.org/fixed", "company-{id}"):
        with pytest.raises(InputError):
            check_template(bad)


def test_links_graph_can_retarget(report: Report) -> None:
    graph = links_graph(
        report.matched[:1], KG, URIRef("urn:x-test:d"), "https://example.org/company/{id}"
    )
    assert URIRef("https://example.org/company/GTJA-TW") in set(
        graph.objects(None, SKOS.exactMatch)
    )


# -- reading records ------------------------------------------------------------------------
def test_read_csv_ids_default_to_row_numbers() -> None:
    records = read_csv(COMPANIES, "企业名称")
    assert records[0] == ("1", "國泰君安") and records[-1] == ("10", "某某不存在公司")


def test_read_csv_accepts_bom_and_gb18030(tmp_path: Path) -> None:
    text = "名称,代码\n國泰君安,1\n欧莱雅(中国)有限公司,2\n"
    for encoding in ("utf-8-sig", "gb18030"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        assert read_csv(path, "名称", "代码") == [("1", "國泰君安"), ("2", "欧莱雅(中国)有限公司")]


def test_missing_column_names_it_and_the_columns_present() -> None:
    with pytest.raises(InputError) as caught:
        read_csv(COMPANIES, "公司名称")
    message = str(caught.value)
    assert "'公司名称'" in message and "'企业名称'" in message and "'编号'" in message
    assert caught.value.path == COMPANIES


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        ("名称\n".encode(), "has a header but no rows"),
        (bytes(range(0x80, 0x100)) * 4, "cannot decode"),
    ],
)
def test_bad_csv(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    with pytest.raises(InputError, match=problem):
        read_csv(path, "名称")
    with pytest.raises(InputError, match="no such file"):
        read_csv(tmp_path / "missing.csv", "名称")


def test_read_endpoint(tmp_path: Path) -> None:
    data = tmp_path / "companies.ttl"
    data.write_text(
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '<https://example.org/c/1> rdfs:label "國泰君安" .\n'
        '<https://example.org/c/2> rdfs:label "某某不存在公司" .\n',
        encoding="utf-8",
    )
    query = tmp_path / "companies.rq"
    query.write_text(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?item ?label WHERE { ?item rdfs:label ?label } ORDER BY ?item\n",
        encoding="utf-8",
    )
    with oxigraph_server([data], tmp_path / "store") as url:
        records = read_endpoint(f"{url}query", query)
    assert records == [
        ("https://example.org/c/1", "國泰君安"),
        ("https://example.org/c/2", "某某不存在公司"),
    ]
    assert target_iri(*records[0]) == "https://example.org/c/1"


# -- the command line (`linking.cli.add_parser(sub)`, wired in plankg.py) ----------------
def test_cli_link(tmp_path: Path, seed: Graph) -> None:
    graph = tmp_path / "build" / "graph.ttl"
    graph.parent.mkdir()
    graph.write_text(seed.serialize(format="turtle"), encoding="utf-8")
    csv_file = tmp_path / "companies.csv"
    csv_file.write_bytes(COMPANIES.read_bytes())
    result = plankg(
        "link", "--csv", str(csv_file), "--label-column", "企业名称", "--id-column", "编号",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "matched 9 (exact 5, legal-form 2, fuzzy 2)"
    assert "  某某不存在公司 [NONE]" in lines
    out = tmp_path / "build" / "links-companies.ttl"
    assert lines[-1] == f"wrote {Path('build') / 'links-companies.ttl'}"
    links = Graph().parse(out)
    assert (
        URIRef(f"{KG}enterprise/平安资管"),
        SKOS.exactMatch,
        URIRef("urn:plankg:record:PAAM"),
    ) in links


def test_cli_reports_ambiguity(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    tiny = tiny_graph(("Enterprise", "华为技术有限公司"), ("Enterprise", "华为技术(深圳)有限公司"))
    graph.write_text(tiny.serialize(format="turtle"), encoding="utf-8")
    csv_file = tmp_path / "records.csv"
    csv_file.write_text("name\n华为技术股份有限公司\n", encoding="utf-8")
    out = tmp_path / "links.ttl"
    result = plankg(
        "link", "--csv", str(csv_file), "--label-column", "name", "--graph", str(graph),
        "--out", str(out), "--type", "Enterprise",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "matched 0 (exact 0, legal-form 0, fuzzy 0)" in result.stdout
    assert "ambiguous 1 (not linked):" in result.stdout
    assert "华为技术有限公司 <https://example.org/e/0>" in result.stdout
    assert "华为技术(深圳)有限公司 <https://example.org/e/1>" in result.stdout
    assert len(Graph().parse(out)) == 0


def test_cli_missing_column_is_one_line_and_exit_2(tmp_path: Path) -> None:
    out = tmp_path / "links.ttl"
    result = plankg(
        "link", "--csv", str(COMPANIES), "--label-column", "公司名称", "--out", str(out),
        "--graph", str(tmp_path / "never-read.ttl"),
    )  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "'公司名称'" in lines[0] and "'企业名称'" in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()
