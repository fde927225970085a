"""Library queries rewritten for speed give the answers of their former formulation, kept here
verbatim: the same rows in the same order, whole and paged, for every industry of a graph built
from the seed and two real texts, on Oxigraph and on rdflib."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from builder import build, paths
from queries import library, run, run_query
from queries.library import QuerySpec
from queries.run import Page
from queries.store import Engine, OxigraphEngine, RdflibEngine, Select

from .conftest import SEED, graph_files, select_rows

# Two real texts of the dev half, so that some industries have long listings to page through.
REAL = [
    paths.ROOT / "tests" / "fixtures" / "real" / f"{name}.txt"
    for name in ("hubei-gov-work-report-2026", "shandong-gov-work-report-2026")
]
PREFIXES = """PREFIX plankg: <https://w3id.org/plankg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
# The formulations on main before the rewrite (bench/queries.md, 2026-12-01).
FORMER = {
    "measures-by-industry": PREFIXES
    + """
SELECT DISTINCT ?measure ?label ?developed ?plan
WHERE {
  ?measure plankg:developsIndustry ?direct .
  ?direct skos:broader* ?industry .
  ?direct rdfs:label ?developed FILTER(LANG(?developed) = "zh")
  ?measure rdfs:label ?label FILTER(LANG(?label) = "zh")
  ?p plankg:hasMeasure ?measure ; rdfs:label ?plan FILTER(LANG(?plan) = "zh")
}
ORDER BY STR(?plan) STR(?label) STR(?developed)
""",
    "zones-by-industry": PREFIXES
    + """
SELECT DISTINCT ?zone ?label ?measure
WHERE {
  ?m plankg:developsIndustry/skos:broader* ?industry ;
     plankg:buildsOnZone ?zone ;
     rdfs:label ?measure FILTER(LANG(?measure) = "zh")
  ?zone rdfs:label ?label FILTER(LANG(?label) = "zh")
}
ORDER BY STR(?label) STR(?measure) ?zone
""",
}
PAGES = [Page(100), Page(3), Page(3, 2), Page(1, 7)]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return graph_files(build([SEED, *REAL]), tmp_path_factory.mktemp("rewrites"))


@pytest.fixture(scope="module")
def oxigraph(files: list[Path]) -> Engine:
    return OxigraphEngine(files)


def _specs(name: str) -> tuple[QuerySpec, QuerySpec]:
    new = next(s for s in library() if s.name == name)
    return new, replace(new, text=FORMER[name], page_by=None, page_inner=False)


def _industries(engine: Engine) -> list[str]:
    """Every industry IRI of the graph, those with the most measures (and rows) first."""
    answer = engine.query(
        PREFIXES
        + """SELECT ?i (COUNT(?m) AS ?n)
        WHERE { ?i a plankg:Industry OPTIONAL { ?m plankg:developsIndustry/skos:broader* ?i } }
        GROUP BY ?i ORDER BY DESC(?n) ?i"""
    )
    assert isinstance(answer, Select)
    return [str(row["i"]) for row in answer.rows]


def _same(engine: Engine, name: str, industry: str) -> int:
    new, former = _specs(name)
    params = {"industry": industry}
    whole = run_query(engine, former, params)
    assert select_rows(run_query(engine, new, params)) == select_rows(whole), industry
    for page in PAGES:
        ours, theirs = (run_query(engine, s, params, page=page) for s in (new, former))
        assert isinstance(ours, Select) and isinstance(theirs, Select)
        assert select_rows(ours) == select_rows(theirs), (industry, page)
        assert ours.more == theirs.more, (industry, page)
    assert isinstance(whole, Select)
    return len(whole)


@pytest.mark.parametrize("name", sorted(FORMER))
def test_rewritten_query_answers_as_before_for_every_industry(name: str, oxigraph: Engine) -> None:
    sizes = [_same(oxigraph, name, industry) for industry in _industries(oxigraph)]
    assert len(sizes) > 20 and max(sizes) > 10  # many industries, some with long listings


@pytest.mark.parametrize("name", sorted(FORMER))
def test_rewritten_query_answers_as_before_on_rdflib(
    name: str, oxigraph: Engine, files: list[Path]
) -> None:
    rdflib_engine = RdflibEngine(files)
    for industry in _industries(oxigraph)[:3]:
        assert _same(rdflib_engine, name, industry) > 0


def test_measures_by_industry_is_compared_across_plans(
    oxigraph: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The listing is keyed by plan: with one plan per attempt, a listing that spans both plans
    needs several attempts, and its pages are still the former formulation's."""
    monkeypatch.setattr(run, "FIRST_KEYS", 1)
    new, _ = _specs("measures-by-industry")
    assert new.page_by is not None and new.page_by.variable == "plan"
    spanning = []
    for industry in _industries(oxigraph):
        answer = run_query(oxigraph, new, {"industry": industry})
        assert isinstance(answer, Select)
        if len({row["plan"] for row in answer.rows}) == 2:  # the seed's and the real text's
            spanning.append(industry)
            _same(oxigraph, "measures-by-industry", industry)
    assert spanning
