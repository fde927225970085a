"""`plankg push` into a real read-write `oxigraph serve` (Graph Store Protocol, Update, resuming), and
each fault a store can cause, against small local fakes: auth, hangs, garbage, 200 to anything."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from builder.errors import EndpointError
from queries.push import Target, push
from queries.store import RemoteEngine, Select
from queries.webclient import reason

from .servers import Answer, fake_server, oxigraph_server, raw_server

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
    report = push(
        seed_nt,
        Target(store + "store", store + "update", GRAPH),
        500,
        progress=lambda *a: seen.append(a),
    )
    assert report.sent == len(seed_graph) == count(store, GRAPH) == report.verified
    assert seen[-1][0] == seen[-1][1] > 1 and {p for _, _, p in seen} == {"gsp"}


def test_fallback_to_sparql_update(store: str, seed_nt: Path, seed_graph: Graph) -> None:
    # the update endpoint does not speak the Graph Store Protocol: push falls back to INSERT DATA
    report = push(seed_nt, Target(store + "update", store + "update", GRAPH), 1000)
    assert report.sent == len(seed_graph) == count(store, GRAPH)
    assert report.protocol == "update" and report.verified == len(seed_graph)


def test_resume_from_a_chunk(store: str, seed_nt: Path, seed_graph: Graph) -> None:
    push(seed_nt, Target(store + "store", store + "update", None), 1000, start=0)
    report = push(seed_nt, Target(store + "store", store + "update", None), 1000, start=1)
    assert count(store, None) == len(seed_graph) == report.verified
    assert report.sent == len(seed_graph) - 1000


def test_unreachable_store(seed_nt: Path) -> None:
    target = Target(
        "http://127.0.0.1:9/store", "http://127.0.0.1:9/update", None, timeout=2, retries=2
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
    assert f"the store now holds {len(seed_graph)} triples there" in result.stdout
    assert count(store, GRAPH) == len(seed_graph)


def test_read_only_store_is_named_as_a_possible_cause(seed_nt: Path, tmp_path: Path) -> None:
    with oxigraph_server([seed_nt], tmp_path / "ro", read_only=True) as url:
        with pytest.raises(EndpointError, match="read-only"):
            push(seed_nt, Target(url + "store", url + "update", GRAPH), 1000, protocol="gsp")


def cli_push(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PLANKG_")}
    return subprocess.run(
        [sys.executable, "-m", "plankg", "push", *args],
        capture_output=True,
        text=True,
        env={**environment, **(env or {})},
        timeout=60,
    )


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 2, no traceback, the error on one line holding ``words``; returns that line."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("plankg: error:")]
    assert len(errors) == 1, result.stderr
    if "chunk " not in result.stderr:  # nothing was sent: the error is all there is
        assert result.stderr.splitlines() == errors, result.stderr
    assert "pushed" not in result.stdout
    for word in words:
        assert word in errors[0], errors[0]
    return errors[0]


class MiniStore:
    """A Graph Store + query endpoint in front of an in-memory Oxigraph store that answers only
    requests carrying ``expected`` as their Authorization header (else 401 with ``challenge``)."""

    def __init__(self, expected: str, challenge: str) -> None:
        self.store = ox.Store()
        self.expected = expected
        self.challenge = challenge
        self.seen: list[str] = []

    def __call__(self, request: BaseHTTPRequestHandler, body: bytes) -> Answer:
        given = request.headers.get("Authorization", "")
        self.seen.append(given)
        if given != self.expected:
            return 401, {"WWW-Authenticate": self.challenge}, b"who are you?"
        url = urllib.parse.urlsplit(request.path)
        params = urllib.parse.parse_qs(url.query)
        if request.command == "POST":
            graph = params.get("graph", [None])[0]
            target = ox.NamedNode(graph) if graph else ox.DefaultGraph()
            self.store.load(body, format=ox.RdfFormat.N_TRIPLES, to_graph=target)
            return 204, {}, b""
        if "query" in params:
            results = self.store.query(params["query"][0])
            json = results.serialize(format=ox.QueryResultsFormat.JSON)  # type: ignore[union-attr]
            return 200, {"Content-Type": "application/sparql-results+json"}, bytes(json or b"")
        return 200, {}, b""


def test_basic_auth_follows_the_challenge(seed_nt: Path, seed_graph: Graph) -> None:
    token = base64.b64encode(b"me:s3cret").decode()
    fake = MiniStore(f"Basic {token}", 'Basic realm="store"')
    with fake_server(fake) as url:
        result = cli_push(
            *("--endpoint", url + "store", "--graph", str(seed_nt), "--user", "me"),
            *("--named-graph", GRAPH, "--chunk-size", "1000"),
            env={"PLANKG_PASSWORD": "s3cret"},
        )
    assert result.returncode == 0, result.stderr
    assert f"the store now holds {len(seed_graph)} triples there" in result.stdout
    assert len(fake.store) == len(seed_graph)
    # the first request learns the challenge; after that the credentials go with every request
    assert fake.seen[0] == "" and fake.seen.count("") == 1


def test_bearer_token(seed_nt: Path, seed_graph: Graph) -> None:
    fake = MiniStore("Bearer tok-123", 'Bearer realm="store"')
    with fake_server(fake) as url:
        ok = cli_push(
            *("--endpoint", url + "store", "--graph", str(seed_nt), "--named-graph", GRAPH),
            env={"PLANKG_TOKEN": "tok-123"},
        )
        missing = cli_push("--endpoint", url + "store", "--graph", str(seed_nt))
    assert ok.returncode == 0, ok.stderr
    assert len(fake.store) == len(seed_graph)
    one_line_error(missing, "HTTP 401", "bearer token: set PLANKG_TOKEN")


def test_hung_store_ends_within_the_timeout(seed_nt: Path) -> None:
    with raw_server(None) as url:
        result = cli_push("--endpoint", url + "store", "--graph", str(seed_nt), "--timeout", "1")
    one_line_error(result, url + "store", "no answer within 1 s")


def test_raw_bytes_instead_of_http(seed_nt: Path) -> None:
    with raw_server(b"\x00\x01\xfe garbage, not HTTP\r\n\r\n") as url:
        result = cli_push("--endpoint", url + "store", "--graph", str(seed_nt), "--timeout", "5")
    one_line_error(result, url + "store", "did not answer with HTTP")


@pytest.mark.parametrize(
    ("content_type", "body", "shown"),
    [
        ("text/plain", b"OK", "OK"),
        (
            "text/html",
            b"<html><head><title>Portal</title></head><body><p>Please log in</p>",
            "log in",
        ),
        ("application/sparql-results+json", b'{"results": {"bindings": [', "not a SPARQL result"),
    ],
)
def test_a_store_answering_200_to_anything_is_not_a_push(
    seed_nt: Path, content_type: str, body: bytes, shown: str
) -> None:
    def anything(request: BaseHTTPRequestHandler, _: bytes) -> Answer:
        return 200, {"Content-Type": content_type}, body

    with fake_server(anything) as url:
        result = cli_push("--endpoint", url + "store", "--graph", str(seed_nt))
    one_line_error(result, "not a SPARQL result", "cannot be confirmed", shown)


def test_a_store_that_drops_what_it_accepts(seed_nt: Path) -> None:
    fake = MiniStore("", "")

    def dropping(request: BaseHTTPRequestHandler, body: bytes) -> Answer:
        return (204, {}, b"") if request.command == "POST" else fake(request, body)

    with fake_server(dropping) as url:
        result = cli_push("--endpoint", url + "store", "--graph", str(seed_nt))
    one_line_error(result, "holds 0 triples", "did not keep them")


def test_the_stores_own_reason_is_shown(seed_nt: Path) -> None:
    def refusing(request: BaseHTTPRequestHandler, _: bytes) -> Answer:
        page = (
            b"<!DOCTYPE HTML><html><head><title>failed</title></head><body>"
            b"<h1>HTTP/1.1 500 Request Failed</h1><h3>Error 42000</h3>"
            b"<xmp>SR186: No permission to execute INSERT</xmp></body></html>"
        )
        return 500, {"Content-Type": "text/html"}, page

    with fake_server(refusing) as url:
        result = cli_push("--endpoint", url + "store", "--graph", str(seed_nt))
    one_line_error(result, "HTTP 500", "SR186: No permission to execute INSERT")


def test_cannot_verify_is_said(seed_nt: Path, seed_graph: Graph) -> None:
    def write_only(request: BaseHTTPRequestHandler, _: bytes) -> Answer:
        return (204, {}, b"") if request.command == "POST" else (404, {}, b"not here")

    with fake_server(write_only) as url:
        result = cli_push("--endpoint", url + "store", "--graph", str(seed_nt))
    assert result.returncode == 0, result.stderr
    assert "(not verified)" in result.stdout
    assert "not verified: no SPARQL query endpoint answered" in result.stderr
    assert "--query-endpoint" in result.stderr


@pytest.mark.parametrize(
    ("body", "content_type", "said"),
    [
        (
            b"Virtuoso 37000 Error SP030: SPARQL compiler, line 4992: memory exhausted\n\n"
            b"SPARQL query:\nINSERT DATA { ... }",
            "text/plain",
            "Virtuoso 37000 Error SP030: SPARQL compiler, line 4992: memory exhausted",
        ),
        (
            b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head><title>SPARQL Graph '
            b"Protocol request failed</title></head><body><h1>HTTP/1.1 500 Request Failed</h1>"
            b'<h3>Error 22023</h3><xmp>The request contains "default" param</xmp></body></html>',
            "text/html; charset=UTF-8",
            'The request contains "default" param',
        ),
        (b"\x00\x01\x02\x03\x04 \xff\xfe", "application/octet-stream", "(binary data, not text)"),
        (b"  \n ", "text/plain", ""),
    ],
)
def test_the_first_meaningful_line_of_an_error_body(
    body: bytes, content_type: str, said: str
) -> None:
    assert reason(body, content_type) == said
