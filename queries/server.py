"""`plankg serve`: a real SPARQL 1.1 endpoint — the Oxigraph server, read-only, on loopback."""

from __future__ import annotations

import errno
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from builder.errors import InputError, PlankgError


def oxigraph_binary() -> str:
    """The `oxigraph` server installed with the `oxigraph` package (next to this Python first)."""
    local = Path(sys.executable).parent / "oxigraph"
    found = str(local) if local.exists() else shutil.which("oxigraph")
    if not found:
        raise PlankgError(
            "the `oxigraph` server is not installed; run `make run` or `pip install oxigraph`"
        )
    return found


def load_store(location: Path, files: Sequence[Path]) -> None:
    """Bulk-load RDF files into an Oxigraph store directory with the server's own loader."""
    for path in files:
        if not path.is_file():
            raise InputError(path, "no such graph file; run `plankg build` first")
    location.mkdir(parents=True, exist_ok=True)
    if not files:
        return
    args = [oxigraph_binary(), "load", "--location", str(location)]
    for path in files:
        args += ["--file", str(path)]
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        raise PlankgError(load_failure(result.stderr, files))


def load_failure(stderr: str, files: Sequence[Path]) -> str:
    """One line from the loader's output: the parse error with its position, not a backtrace."""
    for line in stderr.splitlines():
        found = re.match(r"Error while loading file (.+?): (.*)", line.strip())
        if found:
            return f"{found[1]}: not a readable RDF file ({found[2]}); fix it or rebuild it"
    errors = [line.strip() for line in stderr.splitlines() if line.strip().startswith("Error")]
    said = errors[0] if errors else (stderr.strip().splitlines() or ["no message"])[0]
    return f"oxigraph could not load {', '.join(map(str, files))}: {said}"


def check_port(host: str, port: int) -> None:
    """Fail with one line when something already listens on host:port (it would answer instead)."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.create_server((host, port), family=family):
            return
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise PlankgError(
                f"port {port} on {host} is already in use (another server answers there); "
                f"stop it or choose another with --port"
            ) from exc
        raise PlankgError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc


def wait_until_up(url: str, process: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise PlankgError(
                f"the oxigraph server stopped at start (exit {process.returncode}); is the port free?"
            )
        try:
            with urllib.request.urlopen(url + "query?query=ASK%7B%7D", timeout=1):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise PlankgError(f"the oxigraph server did not answer at {url} within {timeout:.0f} s")


def start(
    files: Sequence[Path], host: str, port: int, location: Path, read_only: bool = True
) -> subprocess.Popen[bytes]:
    """Load ``files`` into ``location`` and start the server; returns once it answers."""
    check_port(host, port)
    load_store(location, files)
    mode = "serve-read-only" if read_only else "serve"
    process = subprocess.Popen(
        [oxigraph_binary(), mode, "--location", str(location), "--bind", f"{host}:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_until_up(f"http://{host}:{port}/", process)
    except BaseException:  # Ctrl-C while it starts included: never leave a server behind
        stop(process)
        raise
    return process


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve(files: Sequence[Path], host: str, port: int) -> int:
    """Run until Ctrl-C (or SIGTERM); the store lives in a temporary folder removed on exit."""
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(
        signal.SIGINT, signal.default_int_handler
    )  # even when started as `plankg serve &`
    with tempfile.TemporaryDirectory(prefix="plankg-store-") as tmp:
        url = f"http://{host}:{port}/"
        process = start(files, host, port, Path(tmp))
        try:  # from here on, Ctrl-C at any moment (even while printing) stops the server cleanly
            print(f"SPARQL endpoint: {url}query   (read-only; web query page: {url})")
            print(
                "use it with: plankg query NAME --endpoint "
                + url
                + "query   — Ctrl-C stops the server"
            )
            process.wait()
        except KeyboardInterrupt:
            print("\nstopping the server")
        finally:
            stop(process)
    return 0


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a server: politely, then for good after 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
