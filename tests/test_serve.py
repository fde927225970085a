"""`plankg serve` as a user runs it: prints the URL, answers queries, stops cleanly on Ctrl-C."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

from queries.store import RemoteEngine, Select

from .servers import free_port


def test_serve_answers_and_stops_on_ctrl_c(tmp_path: Path, seed_graph: Graph) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text(seed_graph.serialize(format="turtle"), encoding="utf-8")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "plankg", "serve", "--graph", str(graph), "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        url = f"http://127.0.0.1:{port}/query"
        assert url in first
        answer = RemoteEngine(url).query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert isinstance(answer, Select)
        assert int(answer.rows[0]["n"]) > len(seed_graph)  # type: ignore[call-overload]
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
    time.sleep(0.2)
    with socket.socket() as sock:  # the oxigraph child stopped too: nothing listens any more
        assert sock.connect_ex(("127.0.0.1", port)) != 0


def serve_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plankg", "serve", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_serve_on_a_taken_port_is_one_line(tmp_path: Path, seed_graph: Graph) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text(seed_graph.serialize(format="turtle"), encoding="utf-8")
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = serve_cli("--graph", str(graph), "--port", str(port))
    assert result.returncode == 2
    assert result.stdout == ""  # no banner: nothing is served
    assert result.stderr.splitlines() == [
        f"plankg: error: port {port} on 127.0.0.1 is already in use (another server answers "
        "there); stop it or choose another with --port"
    ]


def test_serve_a_graph_that_does_not_parse(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://e.org/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n')
    result = serve_cli("--graph", str(bad), "--port", str(free_port()))
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "backtrace" not in result.stderr.lower()
    assert lines[0].startswith(f"plankg: error: {bad}: not a readable RDF file")
    assert "line 3 column 11" in lines[0]


class InterruptedPrint:
    """Ctrl-C arriving while `serve` prints its first line (and only then)."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args: object, **kwargs: object) -> None:
        self.calls += 1
        if self.calls == 1:
            raise KeyboardInterrupt


def test_ctrl_c_while_serve_prints_still_stops_the_server(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from queries import server

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        monkeypatch.setattr(server, "start", lambda *args, **kwargs: child)
        monkeypatch.setattr(server.signal, "signal", lambda *args: None)
        monkeypatch.setattr(server, "print", InterruptedPrint(), raising=False)
        try:
            code = server.serve([], "127.0.0.1", free_port())
        except KeyboardInterrupt:
            pytest.fail("Ctrl-C escaped `serve` (exit 130) and left its server running")
        assert code == 0
        assert child.poll() is not None  # stopped, not left listening
    finally:
        if child.poll() is None:
            child.kill()


def test_ctrl_c_while_the_server_starts_leaves_nothing_running(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from queries import server

    started: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def popen(*args, **kwargs):  # the real server, started as `start` starts it
        started.append(real_popen(*args, **kwargs))
        return started[-1]

    def interrupted(url: str, process: object, timeout: float = 20.0) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(server.subprocess, "Popen", popen)
    monkeypatch.setattr(server, "wait_until_up", interrupted)
    with pytest.raises(KeyboardInterrupt):
        server.start([], "127.0.0.1", free_port(), tmp_path / "store")
    assert len(started) == 1 and started[0].poll() is not None
