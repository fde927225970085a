"""A real `oxigraph serve` on a free loopback port, started and stopped by fixtures."""

from __future__ import annotations

import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

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
