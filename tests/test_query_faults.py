"""Faults of `plankg query` against endpoints and bad input: each one line on stderr naming the
cause and what to do, exit 2, no traceback, no hang. Hostile servers are http.server in a thread."""

from __future__ import annotations

import http.server
import json
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from rdflib import Graph

from builder import paths
from builder.errors import EndpointError, QueryError
from queries import find, run_query
from queries.run import Page, run_text
from queries.store import OxigraphEngine, RemoteEngine, Select

from .conftest import graph_files, plankg
from .servers import free_port, oxigraph_server

Handler = Callable[[http.server.BaseHTTPRequestHandler, dict[str, list[str]]], None]


@contextmanager
def fake_server(handle: Handler) -> Iterator[tuple[str, list[dict[str, list[str]]]]]:
    """A loopback HTTP server answering every POST with ``handle``; yields its URL and the
    form fields of every request it received."""
    seen: list[dict[str, list[str]]] = []

    class Fake(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
            form = urllib.parse.parse_qs(body)
            seen.append(form)
            handle(self, form)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Fake)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/sparql", seen
    finally:
        server.shutdown()
        server.server_close()


def reply(status: int, content_type: str, body: bytes, **headers: str) -> Handler:
    def handle(h: http.server.BaseHTTPRequestHandler, form: dict[str, list[str]]) -> None:
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            h.send_header(name.replace("_", "-"), value)
        h.end_headers()
        h.wfile.write(body)

    return handle


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return plankg("query", *args, timeout=timeout)


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("plankg: error: "), result.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


# -- bad input on the command line ---------------------------------------------------------------
def test_endpoint_that_is_not_a_url() -> None:
    line = one_line_error(cli("stats", "--endpoint", "notaurl"), "'notaurl'", "http")
    assert "not an endpoint URL" in line


def test_iri_parameter_with_a_space() -> None:
    line = one_line_error(
        cli("zones-by-industry", "--graph", str(paths.ONTOLOGY), "--param", "industry=http://a b"),
        "--param industry",
        "'http://a b'",
        "%20",
    )
    assert "space" in line


@pytest.mark.parametrize("args", [["--limit", "-1"], ["--offset", "-5"], ["--timeout", "0"]])
def test_negative_page_or_timeout(args: list[str]) -> None:
    one_line_error(cli("stats", "--graph", str(paths.ONTOLOGY), *args), args[0])


# -- servers that answer something other than SPARQL results -------------------------------------
def _raw_bytes(h: http.server.BaseHTTPRequestHandler, form: dict[str, list[str]]) -> None:
    h.wfile.write(b"\x00\x9f\x92\x96 not http at all \xff\xfe")
    h.close_connection = True


@pytest.mark.parametrize(
    ("handle", "words"),
    [
        (_raw_bytes, ["did not answer in HTTP"]),
        (reply(200, "application/octet-stream", bytes(range(256))), ["not SPARQL JSON results"]),
        (
            reply(200, "text/html", b"<html><body><h1>Welcome to our portal</h1></body></html>"),
            ["HTML page", "…/sparql"],
        ),
        (
            reply(200, "application/sparql-results+json", b'{"head": {"vars": ["x"]}, "results": '),
            ["not SPARQL JSON results", "incomplete"],
        ),
        (reply(200, "application/json", b'{"hello": "world"}'), ["not SPARQL results"]),
        (
            reply(
                200,
                "application/sparql-results+json",
                json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [{"x": 3}]}}).encode(),
            ),
            ["not SPARQL results"],
        ),
    ],
    ids=["raw-bytes", "binary-200", "html-200", "broken-json-200", "other-json", "bad-binding"],
)
def test_server_answering_something_else(handle: Handler, words: list[str]) -> None:
    with fake_server(handle) as (url, seen):
        one_line_error(cli("stats", "--endpoint", url), url, *words)
    assert len(seen) == 1, "a query that reached the server is not re-sent"


# -- the server's own reason ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "content_type", "body", "said"),
    [
        (
            400,
            "text/plain",
            b"Virtuoso 37000 Error SP030: SPARQL compiler, line 3: syntax error\n\nSPARQL query:\n",
            "Virtuoso 37000 Error SP030: SPARQL compiler, line 3: syntax error",
        ),
        (
            500,
            "text/html",
            b"<html><head><title>500 Internal Server Error</title></head><body>"
            b"<h1>Internal Server Error</h1><p>Virtuoso 42000 Error SR186: No permission</p></body></html>",
            "Virtuoso 42000 Error SR186: No permission",
        ),
        (
            503,
            "text/plain",
            b"\n\nService Unavailable\nthe store is being reindexed\n",
            "reindexed",
        ),
        (403, "text/plain", b"quota exceeded for this client", "quota exceeded"),
    ],
)
def test_server_reason_is_surfaced(status: int, content_type: str, body: bytes, said: str) -> None:
    with fake_server(reply(status, content_type, body)) as (url, seen):
        line = one_line_error(cli("stats", "--endpoint", url), url, f"HTTP {status}", said)
    assert len(line) < 400
    assert len(seen) == 1, "only failures to connect are retried"


# -- a server that never answers -----------------------------------------------------------------
def test_hung_server_times_out_once() -> None:
    release = threading.Event()

    def hang(h: http.server.BaseHTTPRequestHandler, form: dict[str, list[str]]) -> None:
        release.wait(30)

    with fake_server(hang) as (url, seen):
        start = time.monotonic()
        line = one_line_error(cli("stats", "--endpoint", url, "--timeout", "1.5"), url, "1.5 s")
        elapsed = time.monotonic() - start
        release.set()
    assert "--timeout" in line and "not re-sent" in line
    assert len(seen) == 1
    assert elapsed < 15  # one attempt of 1.5 s (plus interpreter start-up), not 3 × 30 s


def test_default_timeout_is_sixty_seconds() -> None:
    from plankg import parser

    args = parser().parse_args(["query", "stats", "--endpoint", "http://127.0.0.1:1/q"])
    assert args.timeout == 60.0


def test_refused_connection_is_retried_then_reported() -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    start = time.monotonic()
    with pytest.raises(EndpointError, match=f"cannot reach endpoint {url}"):
        RemoteEngine(url, retries=3).query("ASK {}")
    assert time.monotonic() - start >= 1.4  # two back-offs (0.5 s + 1 s) between three attempts


# -- answers cut at the server's row limit -------------------------------------------------------
@pytest.fixture(scope="module")
def seed_files(tmp_path_factory: pytest.TempPathFactory, seed_graph: Graph) -> list[Path]:
    return graph_files(seed_graph, tmp_path_factory.mktemp("faults"))


@pytest.fixture(scope="module")
def real_endpoint(
    seed_files: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    with oxigraph_server(seed_files, tmp_path_factory.mktemp("store"), read_only=True) as url:
        yield url + "query"


def cutting_proxy(upstream: str, max_rows: int) -> Handler:
    """A Virtuoso-like front of a real endpoint: SELECT answers cut at ``max_rows`` rows, with
    the X-SPARQL-MaxRows header."""

    def handle(h: http.server.BaseHTTPRequestHandler, form: dict[str, list[str]]) -> None:
        data = urllib.parse.urlencode({"query": form["query"][0]}).encode()
        request = urllib.request.Request(
            upstream, data=data, headers={"Accept": "application/sparql-results+json"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            payload = json.loads(response.read())
        headers = {}
        if len(payload["results"]["bindings"]) > max_rows:
            payload["results"]["bindings"] = payload["results"]["bindings"][:max_rows]
            headers["X_SPARQL_MaxRows"] = str(max_rows)
        reply(200, "application/sparql-results+json", json.dumps(payload).encode(), **headers)(
            h, form
        )

    return handle


def test_cut_answers_are_fetched_in_pages(seed_files: list[Path], real_endpoint: str) -> None:
    spec = find("entity")
    params = {"entity": "数据智能产业"}
    whole = run_query(OxigraphEngine(seed_files), spec, params)
    assert isinstance(whole, Select) and len(whole) > 7
    with fake_server(cutting_proxy(real_endpoint, 3)) as (url, seen):
        remote = run_query(RemoteEngine(url), spec, params)
        assert remote == whole  # every row, in order, although the server sends 3 at a time
        assert len(seen) > len(whole) // 3
        page = run_query(RemoteEngine(url), spec, params, page=Page(5, 2))
    assert isinstance(page, Select) and page.more
    assert page.rows == whole.rows[2:7]


def test_cut_answer_of_a_query_with_its_own_limit_is_reported(real_endpoint: str) -> None:
    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 50"
    with fake_server(cutting_proxy(real_endpoint, 3)) as (url, _):
        with pytest.raises(EndpointError, match="cut the answer at 3 rows.*own LIMIT"):
            run_text(RemoteEngine(url), text)


def test_construct_at_virtuosos_row_limit_is_reported() -> None:
    triples = "".join(f"<urn:s:{i}> <urn:p> <urn:o:{i}> .\n" for i in range(10_000)).encode()
    with fake_server(reply(200, "application/n-triples", triples)) as (url, _):
        line = one_line_error(
            cli("industry-network", "--endpoint", url, "--limit", "0"),
            url,
            "cut the answer at 10000 rows",
            "--limit",
        )
    assert "ResultSetMaxRows" in line


# -- the dataset: --graph-iri --------------------------------------------------------------------
def test_graph_iri_is_sent_as_default_graph_uri() -> None:
    answer = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": []}}).encode()
    with fake_server(reply(200, "application/sparql-results+json", answer)) as (url, seen):
        result = cli("stats", "--endpoint", url, "--graph-iri", "urn:g:a", "--graph-iri", "urn:g:b")
    assert result.returncode == 0, result.stderr
    assert seen[0]["default-graph-uri"] == ["urn:g:a", "urn:g:b"]


def test_graph_iri_restricts_the_embedded_store(tmp_path: Path) -> None:
    data = tmp_path / "two.trig"
    data.write_text(
        "@prefix p: <https://w3id.org/plankg/ontology#> .\n"
        "<urn:g:plans> { <urn:m:1> a p:Measure . <urn:m:2> a p:Measure . }\n"
        "<urn:g:system> { <urn:x:1> a p:Measure . <urn:x:2> a <urn:SystemThing> . }\n",
        encoding="utf-8",
    )
    engine = OxigraphEngine([data], graphs=["urn:g:plans"])
    answer = run_query(engine, find("stats"), {})
    assert isinstance(answer, Select)
    assert [(str(r["class"]), int(r["count"])) for r in answer.rows] == [  # type: ignore[call-overload]
        ("https://w3id.org/plankg/ontology#Measure", 2)
    ]
    with pytest.raises(QueryError, match="no such named graph.*urn:g:plans, urn:g:system"):
        OxigraphEngine([data], graphs=["urn:g:nope"])
