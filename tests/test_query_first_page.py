"""A listing's first page answered from its first plans (``page-by``): the same rows in the same
order as the whole listing, on every engine, whatever the plans' titles; and tables aligned."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from builder import build, paths
from builder.errors import QueryError
from queries import library, run, run_query
from queries.formats import render
from queries.library import PageKey, parse
from queries.run import Page
from queries.store import Engine, OxigraphEngine, RdflibEngine, Select

from .conftest import ACTION_PLAN, OTHER_PLAN, SEED, graph_files, select_rows

KEYED = [s for s in library() if s.page_by]
SEED_PLAN = URIRef("https://w3id.org/plankg/plan/静安区产业发展十四五规划")


# Parameters whose listing spans several of the test plans (the examples' may name one plan's).
SPANNING = {"industry": "金融服务业"}


def _params(spec) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {p.name: SPANNING.get(p.name, p.example) for p in spec.params}


def _files(tmp_path_factory: pytest.TempPathFactory, graph: Graph, name: str) -> list[Path]:
    return graph_files(graph, tmp_path_factory.mktemp(name))


@pytest.fixture(scope="module")
def three_plans(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return _files(tmp_path_factory, build([SEED, OTHER_PLAN, ACTION_PLAN]), "three")


@pytest.fixture(scope="module")
def shared_title(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three plans, one of them also titled like the seed: two plans share a zh title."""
    graph = build([SEED, OTHER_PLAN, ACTION_PLAN])
    seed_title = graph.value(SEED_PLAN, RDFS.label)
    assert isinstance(seed_title, Literal)
    plans = set(graph.subjects(predicate=URIRef("https://w3id.org/plankg/ontology#hasPhase")))
    other = sorted(p for p in plans if p != SEED_PLAN)[0]
    graph.add((other, RDFS.label, Literal(str(seed_title), lang="zh")))
    return _files(tmp_path_factory, graph, "shared")


@pytest.fixture(scope="module")
def engines(three_plans: list[Path], shared_title: list[Path]) -> list[Engine]:
    return [OxigraphEngine(three_plans), OxigraphEngine(shared_title)]


def test_the_plan_listings_are_keyed_by_plan() -> None:
    assert {s.name for s in KEYED} >= {
        "bottlenecks",
        "safeguards",
        "timeline",
        "opportunities-challenges",
    }
    assert all(s.page_by == PageKey("plan", "Plan") for s in KEYED)


@pytest.mark.parametrize("first_keys", [1, 16])
@pytest.mark.parametrize("spec", KEYED, ids=lambda s: s.name)
def test_keyed_pages_are_the_whole_listing(  # type: ignore[no-untyped-def]
    spec, first_keys: int, engines: list[Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With one plan per first attempt, pages need several attempts; every page is still the
    matching slice of the whole listing, and says whether more rows follow."""
    monkeypatch.setattr(run, "FIRST_KEYS", first_keys)
    for engine in engines:
        answer = run_query(engine, spec, _params(spec))
        assert isinstance(answer, Select)
        plans = {row[spec.page_by.variable] for row in answer.rows}
        assert len(plans) >= 2, "the listing should span several plans"
        whole = select_rows(answer)
        for size in (1, 3, len(whole)):
            for offset in (0, 2, len(whole) - 1):
                page = run_query(engine, spec, _params(spec), page=Page(max(size, 1), offset))
                assert isinstance(page, Select)
                stop = offset + max(size, 1)
                assert select_rows(page) == whole[offset:stop], (size, offset)
                assert page.more == (stop < len(whole)), (size, offset)


def test_keyed_pages_agree_across_engines(three_plans: list[Path]) -> None:
    oxigraph, rdflib_engine = OxigraphEngine(three_plans), RdflibEngine(three_plans)
    for spec in KEYED:
        first = [run_query(e, spec, _params(spec), page=Page(5)) for e in (oxigraph, rdflib_engine)]
        assert select_rows(first[0]) == select_rows(first[1]) and first[0].more == first[1].more  # type: ignore[union-attr]


def test_a_plan_restricted_listing_is_paged_as_before(three_plans: list[Path]) -> None:
    engine = OxigraphEngine(three_plans)
    spec = next(s for s in KEYED if s.name == "timeline")
    seed = run_query(engine, spec, {"plan": str(SEED_PLAN)})
    page = run_query(engine, spec, {"plan": str(SEED_PLAN)}, page=Page(2, 1))
    assert select_rows(page) == select_rows(seed)[1:3] and page.more == (len(seed) > 3)  # type: ignore[arg-type]


@pytest.mark.parametrize("header", ["plan | Plan", "?plan", "?plan |", "?1x | Plan"])
def test_a_malformed_page_by_header_is_one_clear_error(tmp_path: Path, header: str) -> None:
    query = tmp_path / "bad.rq"
    query.write_text(f"# page-by: {header}\nSELECT ?plan WHERE {{ ?p ?x ?plan }}\n", "utf-8")
    with pytest.raises(QueryError, match=r"bad\.rq: page-by header needs '\?variable \| Class'"):
        parse(query)


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def test_tables_align_chinese_and_latin_columns(three_plans: list[Path]) -> None:
    engine = OxigraphEngine(three_plans)
    answer = run_query(engine, next(s for s in KEYED if s.name == "timeline"), {})
    lines = render(answer, "table", paths.DEFAULT_BASE).splitlines()
    header, rule, rows = lines[0], lines[1], lines[2:-1]
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    assert header.split()[:3] == ["plan", "phase", "label"] and len(starts) == 5
    for row in rows:  # every cell starts in its column, counted in terminal columns
        cells = row.split("  ")
        assert _columns(cells[0]) <= starts[1] - 2
        second = row.index("kg:")
        assert _columns(row[:second]) == starts[1], row
