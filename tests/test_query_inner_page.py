"""Listings paged inside (``page-inner``): the page's LIMIT set on the sub-select that orders the
rows, the outer query decorating only those; and the rewritten aggregates (stats, industries).
Every page is the matching slice of the whole listing, on every engine, and the answers are those
of the straightforward formulations they replace."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder import build
from builder.errors import QueryError
from queries import library, run_query
from queries.library import find, parse
from queries.run import Page, limit_inner
from queries.sparqltext import with_page
from queries.store import Engine, OxigraphEngine, RdflibEngine, Select

from .conftest import ACTION_PLAN, OTHER_PLAN, SEED, graph_files, plankg, select_rows

INNER = [s for s in library() if s.page_inner]
# Entities with many facts in the three plans, so that pages cut through the listing.
ENTITIES = ["人工智能产业", "静安区产业发展“十四五”规划"]


@pytest.fixture(scope="module")
def three_plans(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return graph_files(build([SEED, OTHER_PLAN, ACTION_PLAN]), tmp_path_factory.mktemp("three"))


@pytest.fixture(scope="module")
def oxigraph(three_plans: list[Path]) -> Engine:
    return OxigraphEngine(three_plans)


def test_provenance_and_entity_are_paged_inside() -> None:
    assert {s.name for s in INNER} >= {"provenance", "entity"}


@pytest.mark.parametrize("entity", ENTITIES)
@pytest.mark.parametrize("spec", INNER, ids=lambda s: s.name)
def test_inner_pages_are_the_whole_listing(spec, entity: str, oxigraph: Engine) -> None:  # type: ignore[no-untyped-def]
    params = {"entity": entity}
    whole = select_rows(run_query(oxigraph, spec, params))
    assert len(whole) > 10, "the listing should be long enough to cut into pages"
    for size in (1, 3, 7, len(whole)):
        for offset in (0, 2, 5, len(whole) - 1):
            page = run_query(oxigraph, spec, params, page=Page(size, offset))
            assert isinstance(page, Select)
            assert select_rows(page) == whole[offset : offset + size], (size, offset)
            assert page.more == (offset + size < len(whole)), (size, offset)


@pytest.mark.parametrize("spec", INNER, ids=lambda s: s.name)
def test_inner_pages_agree_across_engines(spec, three_plans: list[Path]) -> None:  # type: ignore[no-untyped-def]
    oxigraph, rdflib_engine = OxigraphEngine(three_plans), RdflibEngine(three_plans)
    params = {"entity": ENTITIES[0]}
    for page in (Page(5), Page(5, 5)):
        first = [run_query(e, spec, params, page=page) for e in (oxigraph, rdflib_engine)]
        assert select_rows(first[0]) == select_rows(first[1])
        assert first[0].more == first[1].more  # type: ignore[union-attr]


def test_the_limit_goes_on_the_sub_select() -> None:
    text = "SELECT ?a { { SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a } ?a ?q ?v } ORDER BY ?a"
    limited = limit_inner(text, 11)
    inner_end = limited.index("LIMIT 11")
    assert limited.index("ORDER BY ?a") < inner_end < limited.index("?a ?q ?v")
    assert with_page(limited, 10) is not None  # the outer query can still be paged


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a", "needs a sub-select"),
        ("SELECT ?a { { SELECT ?a WHERE { ?a ?p ?o } LIMIT 3 } }", "sets its own LIMIT"),
    ],
)
def test_a_query_that_cannot_be_paged_inside_is_one_clear_error(
    tmp_path: Path, oxigraph: Engine, text: str, problem: str
) -> None:
    query = tmp_path / "inner.rq"
    query.write_text(f"# page-inner: yes\n{text}\n", "utf-8")
    with pytest.raises(QueryError, match=problem):
        run_query(oxigraph, parse(query), {}, page=Page(5))


def test_a_malformed_page_inner_header_is_one_clear_error(tmp_path: Path) -> None:
    query = tmp_path / "bad.rq"
    query.write_text("# page-inner: maybe\nSELECT ?a WHERE { ?a ?p ?o }\n", "utf-8")
    with pytest.raises(QueryError, match=r"bad\.rq: page-inner header needs 'yes' or 'no'"):
        parse(query)


def test_the_command_line_notes_more_rows_of_an_inner_page(three_plans: list[Path]) -> None:
    graph = str(three_plans[0])
    done = plankg(
        "query", "provenance", "--graph", graph, "--param", "entity=人工智能产业", "--limit", "2"
    )
    assert done.returncode == 0, done.stderr
    assert "plankg: note: showing rows 1–2; more rows exist: --offset 2" in done.stderr


# The straightforward formulations the library's aggregates replaced, as references.
STATS = "SELECT ?class (COUNT(DISTINCT ?s) AS ?count) WHERE { ?s a ?class } GROUP BY ?class"
INDUSTRIES = """
PREFIX plankg: <https://w3id.org/plankg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?industry ?measures ?zones ?enterprises WHERE {
  ?industry a plankg:Industry .
  OPTIONAL { SELECT ?industry (COUNT(DISTINCT ?m) AS ?cm) (COUNT(DISTINCT ?z) AS ?cz) WHERE {
    ?industry a plankg:Industry . ?m plankg:developsIndustry/skos:broader* ?industry .
    OPTIONAL { ?m plankg:buildsOnZone ?z } } GROUP BY ?industry }
  OPTIONAL { SELECT ?industry (COUNT(DISTINCT ?e) AS ?ce) WHERE {
    ?industry a plankg:Industry . ?e plankg:inIndustry/skos:broader* ?industry } GROUP BY ?industry }
  BIND(COALESCE(?cm, 0) AS ?measures) BIND(COALESCE(?cz, 0) AS ?zones)
  BIND(COALESCE(?ce, 0) AS ?enterprises)
}
"""


def _table(engine: Engine, text: str, columns: list[str]) -> set[tuple[str, ...]]:
    answer = engine.query(text)
    assert isinstance(answer, Select)
    return {tuple(str(row[c]) for c in columns) for row in answer.rows}


def test_stats_counts_each_resource_once(oxigraph: Engine) -> None:
    got = run_query(oxigraph, find("stats"), {})
    columns = ["class", "count"]
    assert isinstance(got, Select) and len(got) > 10
    assert {tuple(str(r[c]) for c in columns) for r in got.rows} == _table(oxigraph, STATS, columns)


def test_industries_counts_equal_the_counts_down_the_taxonomy(oxigraph: Engine) -> None:
    got = run_query(oxigraph, find("industries"), {})
    columns = ["industry", "measures", "zones", "enterprises"]
    assert isinstance(got, Select)
    rows = {tuple(str(r[c]) for c in columns) for r in got.rows}
    assert any(row[1] != "0" for row in rows) and any(row[3] != "0" for row in rows)
    assert rows == _table(oxigraph, INDUSTRIES, columns)
