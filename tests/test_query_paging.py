"""Pages of answers (--limit/--offset), the optional plan of whole-corpus listings, and listings
in the same order on every engine (ORDER BY STR(?label))."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from builder import build
from queries import find, library, run_query
from queries.run import Page
from queries.store import Construct, Engine, OxigraphEngine, RdflibEngine, Select

from .conftest import OTHER_PLAN, SEED, graph_files, select_rows

LOCAL = [s for s in library() if "SERVICE" not in s.text]
PAGED = [s for s in LOCAL if "CONSTRUCT" not in s.text]


def _params(spec) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {p.name: p.example for p in spec.params}


@pytest.fixture(scope="module")
def two_plans(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The seed and another district's plan in one graph."""
    return graph_files(build([SEED, OTHER_PLAN]), tmp_path_factory.mktemp("two"))


@pytest.fixture(scope="module")
def oxigraph(two_plans: list[Path]) -> Engine:
    return OxigraphEngine(two_plans)


@pytest.fixture(scope="module")
def rdflib_engine(two_plans: list[Path]) -> Engine:
    return RdflibEngine(two_plans)


@pytest.mark.parametrize("spec", PAGED, ids=lambda s: s.name)
def test_pages_put_together_are_the_whole_answer(spec, oxigraph: Engine) -> None:  # type: ignore[no-untyped-def]
    whole = run_query(oxigraph, spec, _params(spec))
    assert isinstance(whole, Select) and not whole.more
    pages: list[tuple[str, ...]] = []
    offset = 0
    while True:
        page = run_query(oxigraph, spec, _params(spec), page=Page(4, offset))
        assert isinstance(page, Select) and len(page) <= 4
        pages += select_rows(page)
        offset += 4
        assert page.more == (offset < len(whole))
        if not page.more:
            break
    assert pages == select_rows(whole)


def test_construct_pages_say_when_more_solutions_exist(oxigraph: Engine) -> None:
    spec = find("measure-network")
    whole = run_query(oxigraph, spec, {})
    first = run_query(oxigraph, spec, {}, page=Page(5))
    assert isinstance(whole, Construct) and isinstance(first, Construct)
    assert first.more and 0 < len(first.triples) < len(whole.triples)
    assert set(first.triples) <= set(whole.triples)
    last = run_query(oxigraph, spec, {}, page=Page(100_000))
    assert isinstance(last, Construct) and not last.more and len(last) == len(whole)


@pytest.mark.parametrize("spec", PAGED, ids=lambda s: s.name)
def test_listings_are_in_the_same_order_on_every_engine(
    spec, oxigraph: Engine, rdflib_engine: Engine
) -> None:  # type: ignore[no-untyped-def]
    assert select_rows(run_query(rdflib_engine, spec, _params(spec))) == select_rows(
        run_query(oxigraph, spec, _params(spec))
    )


PLAN_LISTINGS = [s for s in LOCAL if s.options]


def test_whole_corpus_listings_take_a_plan() -> None:
    assert {s.name for s in PLAN_LISTINGS} >= {
        "bottlenecks",
        "safeguards",
        "timeline",
        "opportunities-challenges",
    }


@pytest.mark.parametrize("spec", PLAN_LISTINGS, ids=lambda s: s.name)
def test_plan_option_restricts_a_listing_to_one_plan(spec, oxigraph: Engine) -> None:  # type: ignore[no-untyped-def]
    params = _params(spec)
    everything = run_query(oxigraph, spec, params)
    seed = run_query(oxigraph, spec, {**params, "plan": "静安区产业发展“十四五”规划"})
    assert isinstance(everything, Select) and isinstance(seed, Select)
    plans = {str(r["plan"]) for r in everything.rows}
    if spec.name != "measures-by-industry":
        assert len(plans) == 2, plans  # both plans have rows: the restriction is visible
    assert seed.rows and {str(r["plan"]) for r in seed.rows} == {"静安区产业发展“十四五”规划"}
    assert [
        r for r in everything.rows if str(r["plan"]) == "静安区产业发展“十四五”规划"
    ] == seed.rows
    iri = "https://w3id.org/plankg/plan/静安区产业发展十四五规划"
    assert run_query(oxigraph, spec, {**params, "plan": iri}).rows == seed.rows  # type: ignore[union-attr]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plankg", "query", *args], capture_output=True, text=True
    )


def test_cli_pages_and_notes(two_plans: list[Path], seed_graph: Graph) -> None:
    graph = str(two_plans[0])
    first = _cli("timeline", "--graph", graph, "--limit", "3", "--format", "csv")
    assert first.returncode == 0 and len(first.stdout.splitlines()) == 4
    note = first.stderr.strip()
    assert note.startswith("plankg: note: ") and "--offset 3" in note and "--limit 0" in note
    rest = _cli("timeline", "--graph", graph, "--offset", "3", "--limit", "0", "--format", "csv")
    whole = _cli("timeline", "--graph", graph, "--limit", "0", "--format", "csv")
    assert rest.returncode == 0 and rest.stderr == "" and whole.stderr == ""
    assert first.stdout + "".join(rest.stdout.splitlines(keepends=True)[1:]) == whole.stdout
    table = _cli("timeline", "--graph", graph, "--limit", "2")
    assert table.stdout.rstrip().endswith("(2 rows, more exist)")
