"""`plankg push`: load a graph into any SPARQL 1.1 store — the Graph Store HTTP Protocol first,
SPARQL Update (INSERT DATA) as the fallback — in chunks, with a timeout and a bounded retry."""

from __future__ import annotations

import base64
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from builder.errors import EndpointError, InputError

from .store import USER_AGENT

FALLBACK_CODES = (400, 404, 405, 415, 501)


@dataclass(frozen=True)
class Target:
    endpoint: str
    update_endpoint: str
    named_graph: str | None
    user: str | None = None
    timeout: float = 60.0
    retries: int = 3

    def headers(self, content_type: str) -> dict[str, str]:
        headers = {"Content-Type": content_type, "User-Agent": USER_AGENT}
        token = os.environ.get("PLANKG_TOKEN")
        if self.user:
            secret = os.environ.get("PLANKG_PASSWORD", "")
            headers["Authorization"] = (
                "Basic " + base64.b64encode(f"{self.user}:{secret}".encode()).decode()
            )
        elif token:
            headers["Authorization"] = f"Bearer {token}"
        return headers


def chunks(path: Path, size: int) -> list[str]:
    """The graph file as sorted N-Triples, ``size`` triples a chunk (parsed by Oxigraph)."""
    if not path.is_file():
        raise InputError(path, "no such graph file; run `plankg build` first")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix.lstrip(".")))
    except (SyntaxError, ValueError) as exc:
        raise InputError(path, f"not a readable RDF file ({exc})") from exc
    data = bytes(
        store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""
    ).decode()
    lines = sorted(data.splitlines())
    return ["\n".join(lines[i : i + size]) + "\n" for i in range(0, len(lines), size)] or [""]


def _send(target: Target, url: str, body: bytes, content_type: str, method: str = "POST") -> int:
    request = urllib.request.Request(
        url, data=body, method=method, headers=target.headers(content_type)
    )
    for attempt in range(target.retries):
        try:
            with urllib.request.urlopen(request, timeout=target.timeout) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403):
                raise EndpointError(
                    f"{url}: HTTP {exc.code}, refused; check --user and PLANKG_PASSWORD/PLANKG_TOKEN, and that the store accepts writes (`plankg serve` is read-only)"
                ) from exc
            if exc.code < 500 or attempt == target.retries - 1:
                return int(exc.code)
        except (urllib.error.URLError, OSError) as exc:
            if attempt == target.retries - 1:
                raise EndpointError(f"cannot reach {url} ({getattr(exc, 'reason', exc)})") from exc
        time.sleep(0.5 * 2**attempt)
    raise EndpointError(f"cannot reach {url}")


def _gsp_url(target: Target) -> str:
    query = {"graph": target.named_graph} if target.named_graph else {"default": ""}
    sep = "&" if "?" in target.endpoint else "?"
    return target.endpoint + sep + urllib.parse.urlencode(query).replace("default=", "default")


def _update_body(chunk: str, named_graph: str | None) -> bytes:
    data = f"GRAPH <{named_graph}> {{\n{chunk}}}" if named_graph else chunk
    return urllib.parse.urlencode({"update": f"INSERT DATA {{\n{data}}}"}).encode("utf-8")


def push_chunk(target: Target, chunk: str, protocol: str) -> str:
    """Send one chunk; returns the protocol that worked ("gsp" or "update")."""
    if protocol in ("auto", "gsp"):
        status = _send(target, _gsp_url(target), chunk.encode("utf-8"), "application/n-triples")
        if 200 <= status < 300:
            return "gsp"
        if protocol == "gsp" or status not in FALLBACK_CODES:
            raise EndpointError(f"{target.endpoint}: Graph Store Protocol answered HTTP {status}")
    status = _send(
        target,
        target.update_endpoint,
        _update_body(chunk, target.named_graph),
        "application/x-www-form-urlencoded",
    )
    if 200 <= status < 300:
        return "update"
    hint = " (no SPARQL endpoint at this URL)" if status == 404 else ""
    raise EndpointError(f"{target.update_endpoint}: SPARQL Update answered HTTP {status}{hint}")


def push(
    graph_file: Path,
    target: Target,
    chunk_size: int,
    start: int = 0,
    protocol: str = "auto",
    progress: Callable[[int, int, str], None] | None = None,
) -> int:
    """Push ``graph_file`` in chunks from chunk ``start`` (to resume); returns triples sent."""
    parts = chunks(graph_file, chunk_size)
    sent = 0
    for index, chunk in _from(parts, start):
        protocol = push_chunk(target, chunk, protocol)
        sent += chunk.count("\n")
        if progress:
            progress(index + 1, len(parts), protocol)
    return sent


def _from(parts: list[str], start: int) -> Iterator[tuple[int, str]]:
    for index, chunk in enumerate(parts):
        if index >= start:
            yield index, chunk
