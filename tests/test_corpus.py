"""Corpus builds: many documents, in parallel, one bad file skipped on request, a persistent store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from bench.corpus import main as corpus_main
from bench.corpus import write_corpus
from builder.namespaces import PLANKG

from .conftest import plankg


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(12, folder)
    return folder


def test_generator_is_reproducible(tmp_path: Path) -> None:
    a, b = write_corpus(3, tmp_path / "a"), write_corpus(3, tmp_path / "b")
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


def test_parallel_build_equals_serial_build(corpus: Path, tmp_path: Path) -> None:
    serial = plankg("build", str(corpus), "--out", str(tmp_path / "one"), "--jobs", "1")
    parallel = plankg("build", str(corpus), "--out", str(tmp_path / "two"), "--jobs", "2")
    assert serial.returncode == parallel.returncode == 0, serial.stderr + parallel.stderr
    assert (tmp_path / "one" / "graph.nt").read_bytes() == (
        tmp_path / "two" / "graph.nt"
    ).read_bytes()
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (
        tmp_path / "two" / "graph.ttl"
    ).read_bytes()


def test_documents_keep_their_own_provenance_and_share_entities(
    corpus: Path, tmp_path: Path
) -> None:
    assert plankg("build", str(corpus), "--out", str(tmp_path)).returncode == 0
    graph = Graph().parse(tmp_path / "graph.nt")
    docs = set(graph.subjects(RDF.type, PLANKG.SourceText))
    plans = set(graph.subjects(RDF.type, PLANKG.Plan))
    assert len(docs) == len(plans) == 12
    shared = URIRef("https://w3id.org/plankg/government-body/区发展改革委")
    mentioned_in = {
        graph.value(
            m,
            URIRef(
                "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext"
            ),
        )
        for m in graph.subjects(URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"), shared)
    }
    assert len(mentioned_in) > 1, "one IRI for a body named in several plans, mentioned in each"


def test_keep_going_skips_a_bad_file(corpus: Path, tmp_path: Path) -> None:
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for path in sorted(corpus.glob("*.txt"))[:3]:
        (mixed / path.name).write_bytes(path.read_bytes())
    (mixed / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    strict = plankg("build", str(mixed), "--out", str(tmp_path / "strict"))
    assert strict.returncode == 2 and "broken.txt: binary file" in strict.stderr
    assert len(strict.stderr.strip().splitlines()) == 1 and not (tmp_path / "strict").exists()
    lenient = plankg("build", str(mixed), "--out", str(tmp_path / "out"), "--keep-going")
    assert lenient.returncode == 1
    assert "skipped" in lenient.stderr and "broken.txt" in lenient.stderr
    assert "built 3 document(s)" in lenient.stdout and (tmp_path / "out" / "graph.nt").exists()


def test_persistent_store_answers_without_reparsing(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert (
        plankg(
            "build", str(corpus), "--out", str(tmp_path / "out"), "--store", str(store)
        ).returncode
        == 0
    )
    (tmp_path / "out" / "graph.ttl").unlink()  # the store alone must answer
    result = plankg("query", "stats", "--store", str(store), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert "https://w3id.org/plankg/ontology#Plan,12" in result.stdout


def test_corpus_command_writes_plans_and_says_what_is_wrong_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus_main(["2", str(tmp_path / "c")])
    assert len(list((tmp_path / "c").glob("*.txt"))) == 2
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        corpus_main(["2", str(tmp_path / "file" / "c")])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "file/c" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exit_info:
        corpus_main(["--help"])
    assert exit_info.value.code == 0
    assert "--real" in capsys.readouterr().out
