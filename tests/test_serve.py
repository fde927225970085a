"""`plankg serve` as a user runs it: prints the URL, answers queries, stops cleanly on Ctrl-C."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

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
