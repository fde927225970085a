"""Property-based tests of parameters (hypothesis): whatever a user passes as --param — any
Unicode, quotes, backslashes, newlines, `<`/`>`/spaces in IRIs — reaches the query as exactly one
term with the value unchanged, and the runner answers or raises a QueryError (one line, exit 2),
never anything else."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from builder import paths
from builder.errors import QueryError
from queries import find, run_query
from queries.run import parse_params, resolve
from queries.sparqltext import bind_values
from queries.store import Engine, OxigraphEngine, Select

FAST = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# Text with the characters that break naive quoting, mixed with any other Unicode.
PIECES = st.sampled_from(list("\"'\\\n\r\t<>{}|^` #?.;,=:/%}") + ["http://", "urn:", "数据"])
NASTY = st.lists(st.one_of(PIECES, st.characters(blacklist_categories=("Cs",))), max_size=30).map(
    "".join
)
IRI_LIKE = st.builds(
    lambda scheme, rest: scheme + rest, st.sampled_from(["http://", "https://", "urn:"]), NASTY
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, seed_graph: Graph) -> Engine:
    out = tmp_path_factory.mktemp("prop") / "graph.ttl"
    out.write_text(seed_graph.serialize(format="turtle"), encoding="utf-8")
    return OxigraphEngine([out, paths.ONTOLOGY])


def _one_term(engine: Engine, term: Literal | URIRef) -> object:
    """The value of ?x in the bound probe query: the VALUES block must parse (rdflib and
    Oxigraph) and bind exactly one term."""
    text = bind_values("SELECT ?x WHERE { }", {"x": [term]})
    prepareQuery(text)  # rdflib's parser accepts it too
    answer = engine.query(text)
    assert isinstance(answer, Select) and len(answer.rows) == 1
    return answer.rows[0]["x"]


@FAST
@given(value=NASTY)
def test_any_label_reaches_the_query_as_one_literal(engine: Engine, value: str) -> None:
    for lang in ("zh", None):
        term = Literal(value, lang=lang)
        got = _one_term(engine, term)
        assert isinstance(got, Literal) and str(got) == value and got.language == lang


@FAST
@given(value=IRI_LIKE)
def test_an_iri_parameter_is_one_iri_or_a_query_error(engine: Engine, value: str) -> None:
    try:
        resolved = resolve(engine, value, "Industry", "industry")
    except QueryError as exc:
        assert "--param industry" in str(exc) and "\n" not in str(exc).strip()
        return
    assert len(resolved) == 1
    iri = resolved[0]
    assert isinstance(iri, URIRef)
    got = _one_term(engine, iri)
    assert isinstance(got, URIRef) and str(got) == str(iri)
    assert str(iri) in (value, value[1:-1])


@FAST
@given(value=st.one_of(NASTY, IRI_LIKE))
@example(value="http://\xa0À")  # a letter outside ASCII after an IRI's break: no keyword
def test_the_runner_answers_or_raises_a_query_error(engine: Engine, value: str) -> None:
    params = parse_params([f"industry={value}"])
    assert params == {"industry": value}
    try:
        answer = run_query(engine, find("zones-by-industry"), params)
    except QueryError as exc:
        assert str(exc).strip() and "\n" not in str(exc).strip()
        return
    assert isinstance(answer, Select)
    if value not in ("数据智能产业", "https://w3id.org/plankg/industry/数据智能产业"):
        assert answer.rows == []  # nothing is named like that: no value widened the query


@settings(max_examples=4, deadline=None)
@given(value=NASTY.filter(lambda v: v.strip() and "\x00" not in v))
def test_cli_never_prints_a_traceback(value: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "plankg",
            "query",
            "zones-by-industry",
            "--graph",
            str(Path(paths.ONTOLOGY)),
            "--param",
            f"industry={value}",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode in (0, 2) and "Traceback" not in result.stderr
    if result.returncode == 2:
        assert len(result.stderr.strip().splitlines()) == 1
