"""Federation offline: the plan graph joined with a second, local `oxigraph serve` that holds the
reference code lists; remote calls carry our User-Agent; empty federated answers are flagged."""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

from builder import paths, reference
from builder.emit_reference import reference_graph
from builder.iris import Minter
from queries import find
from queries.store import USER_AGENT, OxigraphEngine, RemoteEngine, Select

from .servers import oxigraph_server

DOCUMENTED_SERVICE = "http://127.0.0.1:7879/query"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory, seed_graph: Graph) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("fed")
    graph, ref = folder / "graph.ttl", folder / "reference.ttl"
    graph.write_text(seed_graph.serialize(format="turtle"), encoding="utf-8")
    ref.write_text(
        reference_graph(reference.load(), Minter(paths.DEFAULT_BASE)).serialize(format="turtle"),
        encoding="utf-8",
    )
    return {"graph": graph, "reference": ref}


@pytest.fixture(scope="module")
def reference_endpoint(
    files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    with oxigraph_server(
        [files["reference"]], tmp_path_factory.mktemp("ref-store"), read_only=True
    ) as url:
        yield url + "query"


def test_federated_query_joins_the_reference_endpoint(
    files: dict[str, Path], reference_endpoint: str
) -> None:
    text = find("federated-classes").text.replace(DOCUMENTED_SERVICE, reference_endpoint)
    answer = OxigraphEngine([files["graph"], paths.ONTOLOGY]).query(text)
    assert isinstance(answer, Select)
    rows = {(str(r["label"]), str(r["code"]), str(r["class_name"])) for r in answer.rows}
    assert ("金融服务业", "J", "金融业") in rows
    assert ("专业服务业", "723", "法律服务") in rows
    sections = {str(r["section"]) for r in answer.rows if str(r["code"]) == "723"}
    assert sections == {"租赁和商务服务业"}


def federated_query(tmp_path: Path, service: str) -> Path:
    """The library's federated query pointed at ``service`` instead of the documented endpoint."""
    query = tmp_path / "fed.rq"
    query.write_text(
        find("federated-classes").text.replace(DOCUMENTED_SERVICE, service), encoding="utf-8"
    )
    return query


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "plankg", *args], capture_output=True, text=True)


def test_empty_federated_answer_is_flagged(files: dict[str, Path], tmp_path: Path) -> None:
    with oxigraph_server([], tmp_path / "empty") as url:
        query = federated_query(tmp_path, url + "query")
        result = run_cli("query", str(query), "--graph", str(files["graph"]))
    assert result.returncode == 0
    assert "(0 rows)" in result.stdout and "warning" in result.stderr and "SERVICE" in result.stderr


class _Recorder(http.server.BaseHTTPRequestHandler):
    agents: list[str] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        self.agents.append(self.headers.get("User-Agent", ""))
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps({"head": {}, "boolean": True}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_remote_calls_send_a_descriptive_user_agent() -> None:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert RemoteEngine(f"http://127.0.0.1:{server.server_port}/sparql").query("ASK {}") is True
    finally:
        server.shutdown()
    assert _Recorder.agents == [USER_AGENT]
    assert "plankg" in USER_AGENT and "http" in USER_AGENT


def test_failed_service_call_is_one_line_not_a_traceback(
    files: dict[str, Path], tmp_path: Path
) -> None:
    from .servers import free_port

    query = federated_query(tmp_path, f"http://127.0.0.1:{free_port()}/query")
    for engine in ("oxigraph", "rdflib"):
        result = run_cli("query", str(query), "--graph", str(files["graph"]), "--engine", engine)
        assert result.returncode == 2, engine
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert "SERVICE" in result.stderr


def test_federated_queries_avoid_values_blocks() -> None:
    """Virtuoso 7.2 rejects a VALUES block in a group with SERVICE; the library's federated queries
    use FILTER(?x IN (…)) instead, which every store accepts (the join above runs on Oxigraph)."""
    from queries import library
    from queries.sparqltext import tokens as sparql_tokens

    federated = [s for s in library() if "SERVICE" in s.text]
    assert len(federated) == 2
    for spec in federated:
        tokens = {token for _, token in sparql_tokens(spec.text)}
        assert "SERVICE" in tokens and "VALUES" not in tokens, spec.name
        assert "IN" in tokens, spec.name
