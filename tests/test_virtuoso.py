"""`plankg push` into a real Virtuoso (Debian's virtuoso-opensource), its security as packaged:
anonymous reads, `dba` writes through the Digest-protected endpoints. Also the bulk-loader recipe
of docs/scale.md, run as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import to_isomorphic

from queries.push import UNION_GRAPH, Target, push

from .conftest import plankg
from .servers import Virtuoso, virtuoso_server

ROOT = Path(__file__).resolve().parent.parent
NAMED = "https://w3id.org/plankg/graph/test"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture(scope="module")
def seed_nt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed-build")
    subprocess.run(
        [sys.executable, "-m", "plankg", "build", "data/plans", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return out / "graph.nt"


def construct(server: Virtuoso, graph: str) -> Graph:
    """Every triple of ``graph``, read back anonymously from the read-only /sparql endpoint."""
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    url = server.sparql + "?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return Graph().parse(data=response.read().decode("utf-8"), format="nt")


def clear(server: Virtuoso, graph: str) -> None:
    server.isql(f"SPARQL CLEAR GRAPH <{graph}>;")


def run_push(
    server: Virtuoso, *args: str, password: str = "dba"
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PLANKG_PASSWORD=password)
    env.pop("PLANKG_TOKEN", None)
    return plankg("push", *args, env=env, timeout=120)


def assert_same_triples(server: Virtuoso, graph: str, seed_nt: Path) -> None:
    sent = Graph().parse(seed_nt, format="nt")
    held = construct(server, graph)
    assert len(held) == len(sent)
    assert to_isomorphic(held) == to_isomorphic(sent)  # language tags and xsd types included


@pytest.mark.parametrize(("endpoint", "protocol"), [("gsp_auth", "gsp"), ("sparql_auth", "update")])
def test_push_into_a_named_graph_with_digest(
    virtuoso: Virtuoso, seed_nt: Path, endpoint: str, protocol: str
) -> None:
    clear(virtuoso, NAMED)
    url = getattr(virtuoso, endpoint)
    result = run_push(
        virtuoso,
        *("--endpoint", url, "--user", "dba", "--graph", str(seed_nt)),
        *("--named-graph", NAMED, "--protocol", protocol),
    )
    assert result.returncode == 0, result.stderr
    lines = seed_nt.read_text(encoding="utf-8").count("\n")
    assert f"pushed {lines} triples" in result.stdout
    assert f"the store now holds {lines} triples there" in result.stdout
    assert_same_triples(virtuoso, NAMED, seed_nt)


@pytest.mark.parametrize(("endpoint", "protocol"), [("gsp_auth", "gsp"), ("sparql_auth", "update")])
def test_push_into_the_default_graph(
    virtuoso: Virtuoso, seed_nt: Path, endpoint: str, protocol: str
) -> None:
    # Virtuoso has no writable default graph; push says so and writes a graph its queries read
    clear(virtuoso, UNION_GRAPH)
    url = getattr(virtuoso, endpoint)
    result = run_push(
        virtuoso,
        "--endpoint",
        url,
        "--user",
        "dba",
        "--graph",
        str(seed_nt),
        "--protocol",
        protocol,
    )
    assert result.returncode == 0, result.stderr
    assert "no writable default graph" in result.stderr and UNION_GRAPH in result.stderr
    assert_same_triples(virtuoso, UNION_GRAPH, seed_nt)
    # … and a query that names no graph (Virtuoso's default graph: the union) sees the triples
    first = seed_nt.read_text(encoding="utf-8").splitlines()[0]
    url = virtuoso.sparql + "?" + urllib.parse.urlencode({"query": f"ASK {{ {first} }}"})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert b"true" in response.read()


def test_update_chunks_shrink_until_virtuoso_accepts_them(
    virtuoso: Virtuoso, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = NAMED + "/big"
    clear(virtuoso, graph)
    big = tmp_path / "big.nt"
    big.write_text(
        "".join(f'<https://e.org/s{i}> <https://e.org/p> "值{i}"@zh .\n' for i in range(12_000)),
        encoding="utf-8",
    )
    target = Target(virtuoso.sparql_auth, virtuoso.sparql_auth, graph, user="dba")
    monkeypatch.setenv("PLANKG_PASSWORD", "dba")
    report = push(big, target, 50_000, protocol="update")
    print(f"Virtuoso refused {report.refused_size}, accepted {report.chunk_size}")
    assert report.refused_size is not None and report.chunk_size < report.refused_size
    assert report.verified == report.sent == 12_000
    assert len(construct(virtuoso, graph)) == 12_000


def test_wrong_password_and_no_user_are_one_line(virtuoso: Virtuoso, seed_nt: Path) -> None:
    wrong = run_push(
        virtuoso,
        *("--endpoint", virtuoso.gsp_auth, "--user", "dba", "--graph", str(seed_nt)),
        password="not-the-password",
    )
    assert wrong.returncode == 2 and "HTTP 401" in wrong.stderr
    assert wrong.stderr.count("\n") <= 2 and "Traceback" not in wrong.stderr
    anonymous = run_push(virtuoso, "--endpoint", virtuoso.gsp_auth, "--graph", str(seed_nt))
    assert anonymous.returncode == 2
    assert "asks for Digest credentials: give --user" in anonymous.stderr


def test_anonymous_stays_read_only(virtuoso: Virtuoso, seed_nt: Path) -> None:
    result = run_push(
        virtuoso,
        *("--endpoint", virtuoso.sparql, "--protocol", "update", "--graph", str(seed_nt)),
        *("--named-graph", NAMED + "/anonymous"),
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("plankg: error: " + virtuoso.sparql) and "HTTP" in last
    assert len(construct(virtuoso, NAMED + "/anonymous")) == 0


def bulk_loader_script() -> str:
    text = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- bulk-loader -->\n```sql\n(.*?)```", text, re.S)
    assert found, "docs/scale.md lost its bulk-loader recipe"
    return found[1]


def test_the_documented_bulk_loader_recipe(virtuoso: Virtuoso, seed_nt: Path) -> None:
    script = bulk_loader_script()
    graph = re.search(r"ld_dir\('[^']*', '[^']*', '([^']*)'\)", script)
    assert graph
    clear(virtuoso, graph[1])
    (virtuoso.load / "graph.nt").write_bytes(seed_nt.read_bytes())
    output = virtuoso.isql(script.replace("/data/plankg", str(virtuoso.load)))
    assert re.search(r"graph\.nt\s+2\s", output), output  # ll_state 2: loaded, no ll_error
    assert_same_triples(virtuoso, graph[1], seed_nt)


# -- the query library on Virtuoso: the same rows, in the same order, as the embedded store ----
LIBRARY_GRAPH = "https://w3id.org/plankg/graph/library-test"


@pytest.fixture(scope="module")
def library_on_virtuoso(
    virtuoso: Virtuoso, seed_nt: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The seed graph and the ontology (as the embedded store loads them) in one named graph."""
    both = (
        Graph().parse(seed_nt, format="nt").parse(ROOT / "ontology" / "plan.ttl", format="turtle")
    )
    path = tmp_path_factory.mktemp("library") / "seed-and-ontology.nt"
    both.serialize(path, format="nt", encoding="utf-8")
    result = run_push(
        virtuoso,
        *("--endpoint", virtuoso.gsp_auth, "--user", "dba", "--graph", str(path)),
        *("--named-graph", LIBRARY_GRAPH),
    )
    assert result.returncode == 0, result.stderr
    return seed_nt.with_suffix(".ttl")


def _query(*args: str) -> subprocess.CompletedProcess[str]:
    return plankg("query", *args, "--format", "csv", "--limit", "0", timeout=120)


def _local_queries() -> list[str]:
    from queries import library

    return [q.name for q in library() if "SERVICE" not in q.text.upper()]


@pytest.mark.parametrize("name", _local_queries())
def test_every_library_query_answers_alike_on_virtuoso(
    virtuoso: Virtuoso, library_on_virtuoso: Path, name: str
) -> None:
    from queries import find

    params = [a for p in find(name).params for a in ("--param", f"{p.name}={p.example}")]
    local = _query(name, *params, "--graph", str(library_on_virtuoso))
    remote = _query(name, *params, "--endpoint", virtuoso.sparql, "--graph-iri", LIBRARY_GRAPH)
    assert local.returncode == 0, local.stderr
    assert remote.returncode == 0, remote.stderr
    assert len(local.stdout.splitlines()) > 1, (
        f"{name}: no rows on the seed; the test shows nothing"
    )
    if "CONSTRUCT" in find(name).text.upper():  # a graph: the same triples, however written
        held = Graph().parse(data=remote.stdout, format="turtle")
        expected = Graph().parse(data=local.stdout, format="turtle")
        assert len(held) > 0 and to_isomorphic(held) == to_isomorphic(expected)
    else:  # rows: the same rows in the same order
        assert remote.stdout == local.stdout
