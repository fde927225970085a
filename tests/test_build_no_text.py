"""`plankg build --no-text`: the graph without each document's full text (nif:isString).

Every test compares against a build of the same input without the flag, made in the same run:
the flag changes exactly the one text triple of each document, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal

from builder import load, paths, vocab
from builder.namespaces import NIF, PLANKG
from builder.sink import quote
from builder.validate import validate
from queries import find, run_query
from queries.store import OxigraphEngine, Select

from .conftest import SEED, plankg

IS_STRING = f"<{NIF.isString}>"
OMITTED = f'<{PLANKG.textOmitted}> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n'
OUTPUTS = ("graph.nt", "graph.ttl", "graph.jsonld", "dataset.ttl", "reference.ttl")


def _build(out: Path, *flags: str) -> Path:
    result = plankg("build", str(SEED), "--out", str(out), "--jobs", "1", *flags)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("no-text")
    return {
        "text": _build(root / "text"),
        "no-text": _build(root / "no-text", "--no-text"),
        "no-text again": _build(root / "no-text-again", "--no-text"),
    }


def _lines(folder: Path) -> set[str]:
    return set((folder / "graph.nt").read_text(encoding="utf-8").splitlines(keepends=True))


def test_only_the_text_triple_changes(builds: dict[str, Path]) -> None:
    with_text, without = _lines(builds["text"]), _lines(builds["no-text"])
    (text_line,) = with_text - without
    (omitted_line,) = without - with_text
    doc = text_line.split(" ", 1)[0]
    assert text_line.startswith(f"{doc} {IS_STRING} ")
    assert omitted_line == f"{doc} {OMITTED}"
    assert text_line.endswith(f" {quote(load.load(SEED, vocab.load()).text)} .\n")


def test_no_whole_text_literal(builds: dict[str, Path]) -> None:
    nt = (builds["no-text"] / "graph.nt").read_text(encoding="utf-8")
    assert IS_STRING not in nt
    ttl = (builds["no-text"] / "graph.ttl").read_text(encoding="utf-8")
    assert "isString" not in ttl
    assert "isString" not in (builds["no-text"] / "graph.jsonld").read_text(encoding="utf-8")


def test_no_text_build_is_deterministic(builds: dict[str, Path]) -> None:
    for name in OUTPUTS:
        first = (builds["no-text"] / name).read_bytes()
        assert first == (builds["no-text again"] / name).read_bytes(), name


def test_no_text_build_validates(builds: dict[str, Path]) -> None:
    check = plankg("validate", "--graph", str(builds["no-text"] / "graph.ttl"))
    assert check.returncode == 0, check.stdout + check.stderr
    assert "conforms" in check.stdout


def test_provenance_and_entity_queries_answer_the_same(builds: dict[str, Path]) -> None:
    engines = {
        kind: OxigraphEngine([builds[kind] / "graph.nt", paths.ONTOLOGY])
        for kind in ("text", "no-text")
    }
    for name, params in (
        ("provenance", {"entity": "市北国际科创社区"}),
        ("entity", {"entity": "市北国际科创社区"}),
    ):
        answers = {kind: run_query(e, find(name), params) for kind, e in engines.items()}
        assert isinstance(answers["text"], Select) and isinstance(answers["no-text"], Select)
        assert answers["text"].rows, name
        assert answers["no-text"].rows == answers["text"].rows, name
    rows = run_query(engines["no-text"], find("provenance"), {"entity": "市北国际科创社区"})
    assert isinstance(rows, Select)
    for row in rows.rows:  # the sentence text is still there, with its offsets
        assert "市北国际科创社区" in str(row["sentence"])
        assert int(str(row["end"])) - int(str(row["begin"])) == len(str(row["sentence"]))


def _source_text_violations(graph: Graph) -> str:
    report = validate(graph)
    assert not report.conforms
    return report.text


def test_shapes_need_the_text_or_the_mark(builds: dict[str, Path]) -> None:
    graph = Graph().parse(builds["text"] / "graph.nt", format="nt")
    (doc, _, text) = next(iter(graph.triples((None, NIF.isString, None))))
    neither = Graph() + graph
    neither.remove((doc, NIF.isString, text))
    assert "either its full text" in _source_text_violations(neither)
    both = Graph() + graph
    both.add((doc, PLANKG.textOmitted, Literal(True)))
    assert "either its full text" in _source_text_violations(both)
