"""Real servers on free loopback ports, started and stopped by fixtures: `oxigraph serve` and
Virtuoso (`virtuoso-t`, Debian's virtuoso-opensource)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from queries import server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def oxigraph_server(
    files: Sequence[Path], location: Path, read_only: bool = False
) -> Iterator[str]:
    """Yields the base URL (http://127.0.0.1:PORT/) of a running server holding ``files``."""
    port = free_port()
    process = server.start(files, "127.0.0.1", port, location, read_only=read_only)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.stop(process)


VIRTUOSO = "virtuoso-t"
ISQL = "isql-vt"
VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {db}, {load}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
MaxClientConnections = 10

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
MaxClientConnections = 5
ServerThreads = 5
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


@dataclass(frozen=True)
class Virtuoso:
    """A running Virtuoso with its database in a temporary folder; anonymous is read-only (the
    packaged security is untouched) and ``dba`` (password ``dba``) may write."""

    base: str  # http://127.0.0.1:PORT/
    sql_port: int
    user: str
    password: str
    db: Path  # the database folder
    load: Path  # a folder DirsAllowed lets the bulk loader read

    @property
    def sparql(self) -> str:  # anonymous, read-only
        return self.base + "sparql"

    @property
    def sparql_auth(self) -> str:  # Digest, queries and SPARQL Update
        return self.base + "sparql-auth"

    @property
    def gsp_auth(self) -> str:  # Digest, Graph Store Protocol
        return self.base + "sparql-graph-crud-auth"

    def isql(self, script: str, timeout: float = 120) -> str:
        """Run SQL through isql-vt; returns its output, raises AssertionError on an SQL error."""
        result = subprocess.run(
            [ISQL, str(self.sql_port), self.user, self.password],
            input=script,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        output = result.stdout + result.stderr
        assert result.returncode == 0 and "*** Error" not in output, output
        return output


def virtuoso_available() -> bool:
    """True when virtuoso-t and isql-vt are installed; else skip the test, or fail it when
    PLANKG_REQUIRE_VIRTUOSO=1 (CI)."""
    if shutil.which(VIRTUOSO) and shutil.which(ISQL):
        return True
    if os.environ.get("PLANKG_REQUIRE_VIRTUOSO") == "1":
        pytest.fail("virtuoso-t/isql-vt not found but PLANKG_REQUIRE_VIRTUOSO=1")
    pytest.skip(
        "Virtuoso (virtuoso-t, isql-vt) is not installed: apt-get install virtuoso-opensource"
    )
    return False


@contextmanager
def virtuoso_server(tmp_path: Path, timeout: float = 90.0, tries: int = 3) -> Iterator[Virtuoso]:
    """Start `virtuoso-t +foreground` on free loopback ports with a fresh database under
    ``tmp_path``; stop it (terminate, then kill) on exit, whatever happened. A server that exits
    while starting (a port taken between choosing it and binding it; once, on a busy machine,
    exit status 255 with an empty log, cause unknown) is started again with a fresh database on
    other ports, ``tries`` times in all."""
    virtuoso_available()
    for attempt in range(1, tries + 1):
        db, load = tmp_path / f"virtuoso-{attempt}", tmp_path / f"load-{attempt}"
        db.mkdir(parents=True)
        load.mkdir(parents=True)
        sql_port, http_port = free_port(), free_port()
        ini = db / "virtuoso.ini"
        ini.write_text(
            VIRTUOSO_INI.format(db=db, load=load, sql_port=sql_port, http_port=http_port),
            encoding="utf-8",
        )
        process = subprocess.Popen(
            [VIRTUOSO, "+foreground", "+configfile", str(ini)],
            cwd=db,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        server = Virtuoso(f"http://127.0.0.1:{http_port}/", sql_port, "dba", "dba", db, load)
        try:
            _wait_for_virtuoso(server, process, timeout)
        except _EarlyExit:
            _stop(process)
            if attempt == tries:
                raise
            continue
        except BaseException:
            _stop(process)
            raise
        try:
            yield server
        finally:
            _stop(process)
        return


class _EarlyExit(RuntimeError):
    """virtuoso-t exited before it answered."""


def _wait_for_virtuoso(server: Virtuoso, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise _EarlyExit(f"virtuoso-t exited with {process.returncode}: {_log_tail(server)}")
        try:
            with urllib.request.urlopen(server.sparql + "?query=ASK%7B%7D", timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"Virtuoso did not answer within {timeout:.0f} s: {_log_tail(server)}")


def _log_tail(server: Virtuoso) -> str:
    log = server.db / "virtuoso.log"
    return log.read_text(errors="replace")[-2000:] if log.exists() else "(no log)"


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


Answer = tuple[int, dict[str, str], bytes]


@contextmanager
def fake_server(answer: Callable[[BaseHTTPRequestHandler, bytes], Answer]) -> Iterator[str]:
    """A small HTTP server in a thread; ``answer(request, body)`` gives (status, headers, body).
    Yields its base URL (http://127.0.0.1:PORT/)."""

    class Handler(BaseHTTPRequestHandler):
        def _reply(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            status, headers, body = answer(self, self.rfile.read(length))
            self.send_response(status)
            for name, value in {"Content-Length": str(len(body)), **headers}.items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_HEAD = _reply

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@contextmanager
def raw_server(reply: bytes | None) -> Iterator[str]:
    """A TCP server that answers every connection with ``reply`` (not HTTP) and closes it; with
    None it accepts connections and never answers (a hung server)."""
    sock = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        sock.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if reply is None:
                held.append(conn)
                continue
            with conn:
                _drain(conn)
                conn.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        sock.close()


def _drain(conn: socket.socket) -> None:
    """Read what the client sends until it pauses (the whole request, without parsing HTTP)."""
    conn.settimeout(0.5)
    try:
        while conn.recv(1 << 16):
            pass
    except TimeoutError:
        pass
