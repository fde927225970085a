"""`plankg push` into a real read-write `oxigraph serve`, by Graph Store Protocol and by Update."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

from builder.errors import EndpointError
from queries.push import Target, push
from queries.store import RemoteEngine, Select

from .servers import oxigraph_server

GRAPH = "https://w3id.org/plankg/graph/test"


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server([], tmp_path / "store") as url:
        yield url


@pytest.fixture(scope="module")
def seed_nt(tmp_path_factory: pytest.TempPathFactory, seed_graph: Graph) -> Path:
    path = tmp_path_factory.mktemp("push") / "graph.nt"
    path.write_text(seed_graph.serialize(format="nt"), encoding="utf-8")
    return path


def count(url: str, graph: str | None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    answer = RemoteEngine(url + "query").query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    assert isinstance(answer, Select)
    return int(answer.rows[0]["n"])  # type: ignore[call-overload]


def test_chunked_push_by_graph_store_protocol(store: str, seed_nt: Path, seed_graph: Graph) -> None:
    seen: list[tuple[int, int, str]] = []
    sent = push(
        seed_nt,
        Target(store + "store", store + "update", GRAPH),
        500,
        progress=lambda *a: seen.append(a),
    )
    assert sent == len(seed_graph) == count(store, GRAPH)
    assert seen[-1][0] == seen[-1][1] > 1 and {p for _, _, p in seen} == {"gsp"}


def test_fallback_to_sparql_update(store: str, seed_nt: Path, seed_graph: Graph) -> None:
    # the update endpoint does not speak the Graph Store Protocol: push falls back to INSERT DATA
    sent = push(seed_nt, Target(store + "update", store + "update", GRAPH), 1000)
    assert sent == len(seed_graph) == count(store, GRAPH)


def test_resume_from_a_chunk(store: str, seed_nt: Path, seed_graph: Graph) -> None:
    push(seed_nt, Target(store + "store", store + "update", None), 1000, start=0)
    push(seed_nt, Target(store + "store", store + "update", None), 1000, start=1)
    assert count(store, None) == len(seed_graph)


def test_unreachable_store(seed_nt: Path) -> None:
    target = Target(
        "http://127.0.0.1:9/store", "http://127.0.0.1:9/update", None, timeout=2, retries=1
    )
    with pytest.raises(EndpointError, match="cannot reach http://127.0.0.1:9/store"):
        push(seed_nt, target, 1000)


def test_cli_push(store: str, seed_nt: Path, seed_graph: Graph) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "plankg",
            "push",
            "--endpoint",
            store + "store",
            "--graph",
            str(seed_nt),
            "--named-graph",
            GRAPH,
            "--chunk-size",
            "1000",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert f"pushed {len(seed_graph)} triples" in result.stdout
    assert count(store, GRAPH) == len(seed_graph)


def test_read_only_store_is_named_as_a_possible_cause(seed_nt: Path, tmp_path: Path) -> None:
    with oxigraph_server([seed_nt], tmp_path / "ro", read_only=True) as url:
        with pytest.raises(EndpointError, match="read-only"):
            push(seed_nt, Target(url + "store", url + "update", GRAPH), 1000, protocol="gsp")
