"""The query library on the seed: expected answers, identical on every engine, safe parameters."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

from builder import paths
from builder.errors import EndpointError, QueryError
from queries import find, library, run_query
from queries.formats import render
from queries.store import Construct, Engine, OxigraphEngine, RdflibEngine, RemoteEngine, Select

from .conftest import graph_files
from .servers import oxigraph_server

SPECS = library()
# Queries that call a remote SERVICE cannot run against the seed alone (known gaps, with reasons).
FEDERATED = {
    "wikidata-entities": "calls the Wikidata Query Service: needs the network, which tests never use",
    "federated-classes": "calls a second endpoint: tested in test_federation.py against a local one",
}
LOCAL_SPECS = [s for s in SPECS if s.name not in FEDERATED]
BASE = paths.DEFAULT_BASE


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory: pytest.TempPathFactory, seed_graph: Graph) -> list[Path]:
    return graph_files(seed_graph, tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="module")
def oxigraph(seed_files: list[Path]) -> Engine:
    return OxigraphEngine(seed_files)


@pytest.fixture(scope="module")
def rdflib_engine(seed_files: list[Path]) -> Engine:
    return RdflibEngine(seed_files)


@pytest.fixture(scope="module")
def endpoint(seed_files: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(seed_files, tmp_path_factory.mktemp("store"), read_only=True) as url:
        yield url + "query"


def _example(spec):  # type: ignore[no-untyped-def]
    return {p.name: p.example for p in spec.params}


def canonical(answer: object) -> object:
    """An engine-independent form of an answer: sorted rows of (variable, n3) pairs."""
    if isinstance(answer, Select):
        return sorted(
            tuple(sorted((k, v.n3() if v is not None else "") for k, v in row.items()))
            for row in answer.rows
        )
    if isinstance(answer, Construct):
        return sorted(tuple(t.n3() for t in triple) for triple in answer.triples)
    return answer


def test_every_query_has_a_header() -> None:
    assert len(SPECS) >= 14
    for spec in SPECS:
        assert spec.title_zh and spec.title_en and spec.title_zh != spec.title_en, spec.name
        assert spec.description and spec.example.startswith(f"plankg query {spec.name}"), spec.name


def test_federated_queries_are_the_only_exceptions() -> None:
    assert {s.name for s in SPECS if "SERVICE" in s.text} == set(FEDERATED)


@pytest.mark.parametrize("spec", LOCAL_SPECS, ids=lambda s: s.name)
def test_same_answers_on_every_engine(
    spec, oxigraph: Engine, rdflib_engine: Engine, endpoint: str
) -> None:  # type: ignore[no-untyped-def]
    params = _example(spec)
    expected = canonical(run_query(oxigraph, spec, params))
    assert canonical(run_query(rdflib_engine, spec, params)) == expected
    assert canonical(run_query(RemoteEngine(endpoint), spec, params)) == expected
    if spec.name != "links":
        assert expected, f"{spec.name} answers nothing on the seed"


def _column(engine: Engine, name: str, column: str, **params: str) -> list[str]:
    answer = run_query(engine, find(name), params)
    assert isinstance(answer, Select)
    return [str(row[column]) for row in answer.rows]


def test_zones_by_industry(oxigraph: Engine) -> None:
    zones = _column(oxigraph, "zones-by-industry", "label", industry="数据智能产业")
    assert {"上海市北区块链生态谷", "市北国际科创社区"} <= set(zones)


def test_timeline_starts_with_research(oxigraph: Engine) -> None:
    answer = run_query(oxigraph, find("timeline"), {})
    assert isinstance(answer, Select)
    first = answer.rows[0]
    assert (str(first["label"]), str(first["begin"])) == ("前期研究", "2020-03")
    assert [str(r["label"]) for r in answer.rows][-1] == "专题汇报"


def test_measures_and_enterprises_follow_the_taxonomy(oxigraph: Engine) -> None:
    assert "提升金融服务业能级" in _column(
        oxigraph, "measures-by-industry", "label", industry="金融服务业"
    )
    assert set(_column(oxigraph, "enterprises-by-industry", "label", industry="金融服务业")) == {
        "国泰君安",
        "平安资管",
    }


def test_parameter_accepts_an_iri(oxigraph: Engine) -> None:
    iri = BASE + "industry/数据智能产业"
    assert _column(oxigraph, "zones-by-industry", "label", industry=iri) == _column(
        oxigraph, "zones-by-industry", "label", industry="数据智能产业"
    )


def test_provenance_returns_sentences_with_offsets(oxigraph: Engine, seed_graph: Graph) -> None:
    answer = run_query(oxigraph, find("provenance"), {"entity": "市北国际科创社区"})
    assert isinstance(answer, Select) and answer.rows
    for row in answer.rows:
        assert "市北国际科创社区" in str(row["sentence"])
        assert int(row["end"]) - int(row["begin"]) == len(str(row["sentence"]))  # type: ignore[call-overload]


def test_stats_counts_classes(oxigraph: Engine) -> None:
    answer = run_query(oxigraph, find("stats"), {})
    assert isinstance(answer, Select)
    counts = {str(r["class"]).rsplit("#", 1)[-1]: int(r["count"]) for r in answer.rows}  # type: ignore[call-overload]
    assert counts["Measure"] == 6 and counts["Enterprise"] == 10


INJECTIONS = [
    '"} ; DROP ALL ; #',
    '数据智能产业" } UNION { ?s ?p ?o',
    "> } DELETE WHERE { ?s ?p ?o } #",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_is_just_a_label(value: str, oxigraph: Engine, endpoint: str) -> None:
    for engine in (oxigraph, RemoteEngine(endpoint)):
        answer = run_query(engine, find("zones-by-industry"), {"industry": value})
        assert isinstance(answer, Select) and answer.rows == []
    assert run_query(oxigraph, find("stats"), {}) != []


def test_missing_and_unknown_parameters(oxigraph: Engine) -> None:
    with pytest.raises(QueryError, match="needs --param industry="):
        run_query(oxigraph, find("zones-by-industry"), {})
    with pytest.raises(QueryError, match="has no parameter 'sector'"):
        run_query(oxigraph, find("zones-by-industry"), {"industry": "x", "sector": "y"})


def test_unknown_query() -> None:
    with pytest.raises(QueryError, match="unknown query 'nope'; known queries: bottlenecks"):
        find("nope")


def test_unreachable_endpoint() -> None:
    engine = RemoteEngine("http://127.0.0.1:9/query", timeout=2, retries=2)
    with pytest.raises(EndpointError, match="cannot reach endpoint http://127.0.0.1:9/query"):
        engine.query("ASK {}")


def test_wrong_endpoint_path(endpoint: str) -> None:
    with pytest.raises(EndpointError, match="404"):
        RemoteEngine(endpoint.replace("/query", "/nothing-here"), retries=1).query("ASK {}")


def test_formats(oxigraph: Engine) -> None:
    answer = run_query(oxigraph, find("timeline"), {})
    table = render(answer, "table", BASE)
    assert "前期研究  2020-03" in table and table.rstrip().endswith("(5 rows)")
    assert render(answer, "csv", BASE).startswith("plan,phase,label,begin,end\r\n")
    assert '"xml:lang": "zh"' in render(answer, "json", BASE)
    network = run_query(oxigraph, find("industry-network"), {})
    ttl = render(network, "ttl", BASE)
    assert len(Graph().parse(data=ttl, format="turtle")) == len(network.triples)  # type: ignore[union-attr]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "plankg", *args], capture_output=True, text=True)


def test_cli_malformed_query_names_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE {\n  ?x ?y\n}\n", encoding="utf-8")
    for engine in ("oxigraph", "rdflib"):
        result = _cli("query", str(bad), "--graph", str(paths.ONTOLOGY), "--engine", engine)
        assert result.returncode == 2
        line = result.stderr.strip()
        assert (
            len(line.splitlines()) == 1 and str(bad) in line and "line" in line and "column" in line
        )


def test_cli_list_and_csv(seed_files: list[Path]) -> None:
    listing = _cli("query", "--list")
    assert (
        listing.returncode == 0
        and "zones-by-industry" in listing.stdout
        and "产业的载体园区" in listing.stdout
    )
    result = _cli("query", "bottlenecks", "--graph", str(seed_files[0]), "--format", "csv")
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 5


def test_cli_endpoint_unreachable() -> None:
    result = _cli("query", "stats", "--endpoint", "http://127.0.0.1:9/query")
    assert result.returncode == 2
    assert result.stderr.strip().startswith(
        "plankg: error: cannot reach endpoint http://127.0.0.1:9/query"
    )


def test_docs_are_up_to_date() -> None:
    from queries import docs

    assert docs.main(["--check"]) == 0, "docs/queries.md is out of date: run `make docs`"
