"""`plankg push`: load a graph into any SPARQL 1.1 store — the Graph Store HTTP Protocol first,
SPARQL Update (INSERT DATA) as the fallback — in chunks that shrink when the store refuses one as
too big, then check that what was sent is there."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox

from builder import paths
from builder.errors import EndpointError, InputError

from .pushcheck import verify
from .webclient import Client, Reply, refusal

FALLBACK_CODES = (400, 404, 405, 415, 501)
# Virtuoso keeps no default graph of its own (its queries read the union of all graphs):
# GSP answers 500 "... not configured to have default graph", Update 400 "No plain default graph".
NO_DEFAULT_GRAPH = re.compile(r"not configured to have default graph|no plain default graph", re.I)
# A refusal that says the request was too big: HTTP 413, or Virtuoso's SPARQL compiler giving up
# (SP030 "memory exhausted", SP031 "... exceeded ... lines").
TOO_BIG = re.compile(r"memory exhausted|exceed|too (large|big|long)", re.I)
UNION_GRAPH = paths.DEFAULT_BASE + "graph"


@dataclass(frozen=True)
class Target:
    endpoint: str
    update_endpoint: str
    named_graph: str | None
    user: str | None = None
    timeout: float = 60.0
    retries: int = 3
    query_endpoint: str | None = None


@dataclass(frozen=True)
class PushReport:
    sent: int  # triples sent in this run
    total: int  # triples in the graph file
    graph: str | None  # where they went (None: the store's default graph)
    protocol: str  # "gsp" or "update" (the last that worked)
    chunk_size: int  # the chunk size that worked
    refused_size: int | None  # a chunk size the store refused as too big
    verified: int | None  # triples counted in the target graph afterwards
    note: str = ""  # what the user should know (the graph was changed, could not verify, …)


def read_lines(path: Path) -> list[str]:
    """The graph file as sorted N-Triples lines (parsed by Oxigraph), the same on every run."""
    if not path.is_file():
        raise InputError(path, "no such graph file; run `plankg build` first")
    store = ox.Store()
    try:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
        if fmt is None:
            raise ValueError("unknown file extension; use .nt, .ttl, .nq, .trig or .rdf")
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(path, f"not a readable RDF file ({exc})") from exc
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""
    return sorted(bytes(data).decode().splitlines())


def chunks(path: Path, size: int) -> list[str]:
    """The graph file as sorted N-Triples, ``size`` triples a chunk."""
    lines = read_lines(path)
    return ["\n".join(lines[i : i + size]) + "\n" for i in range(0, len(lines), size)] or [""]


def gsp_url(endpoint: str, graph: str | None) -> str:
    query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    return endpoint + ("&" if "?" in endpoint else "?") + query


def update_body(lines: list[str], graph: str | None) -> bytes:
    data = "\n".join(lines) + "\n"
    data = f"GRAPH <{graph}> {{\n{data}}}" if graph else data
    return urllib.parse.urlencode({"update": f"INSERT DATA {{\n{data}}}"}).encode("utf-8")


@dataclass
class _Session:
    client: Client
    target: Target
    protocol: str
    graph: str | None
    size: int
    refused: int | None = None
    note: str = ""

    def send(self, lines: list[str]) -> None:
        """Send ``lines``, in pieces of the working size, halving it when the store says too big."""
        for i in range(0, len(lines), self.size):
            piece = lines[i : i + self.size]
            while not self._try(piece):
                pass  # _try changed the graph, the protocol or the size: send again

    def _try(self, piece: list[str]) -> bool:
        """True when sent; False when the piece must be sent again (smaller, elsewhere)."""
        if len(piece) > self.size:
            half = len(piece) // 2
            self.send(piece[:half])
            self.send(piece[half:])
            return True
        protocol = "gsp" if self.protocol in ("auto", "gsp") else "update"
        reply = self._post(protocol, piece)
        if reply.ok:
            self.protocol = protocol
            return True
        said = reply.reason()
        if reply.status in (401, 403):
            raise EndpointError(refusal(self._url(protocol), reply, bool(self.target.user)))
        if self.graph is None and NO_DEFAULT_GRAPH.search(said):
            self.graph = UNION_GRAPH
            self.note = (
                f"the store keeps no writable default graph ({said}); the triples went into "
                f"<{UNION_GRAPH}>, which its queries read as part of their default graph "
                "(Virtuoso: the union of all graphs); --named-graph IRI chooses another"
            )
            return False
        if (reply.status == 413 or (reply.status in (400, 500) and TOO_BIG.search(said))) and (
            len(piece) > 1
        ):
            self.refused = len(piece) if self.refused is None else min(self.refused, len(piece))
            self.size = max(1, len(piece) // 2)
            return False
        if self.protocol == "auto" and protocol == "gsp" and reply.status in FALLBACK_CODES:
            self.protocol = "update"
            return False
        raise EndpointError(_failure(self._url(protocol), protocol, reply))

    def _url(self, protocol: str) -> str:
        if protocol == "gsp":
            return gsp_url(self.target.endpoint, self.graph)
        return self.target.update_endpoint

    def _post(self, protocol: str, piece: list[str]) -> Reply:
        url = self._url(protocol)
        if protocol == "gsp":
            body = ("\n".join(piece) + "\n").encode("utf-8")
            return self.client.send(url, body, "application/n-triples")
        body = update_body(piece, self.graph)
        return self.client.send(url, body, "application/x-www-form-urlencoded")


def _failure(url: str, protocol: str, reply: Reply) -> str:
    name = "Graph Store Protocol" if protocol == "gsp" else "SPARQL Update"
    said = reply.reason()
    hint = " (no such endpoint at this URL)" if reply.status == 404 else ""
    return f"{url}: {name} answered HTTP {reply.status}{hint}" + (f": {said}" if said else "")


def probe(client: Client, target: Target, protocol: str) -> None:
    """With credentials, one tiny request first: a wrong password stops here, before any data
    is sent, and the server's challenge (Basic or Digest) is known for every later request."""
    if not target.user:
        return
    url = target.update_endpoint if protocol == "update" else target.endpoint
    reply = client.send(url, None, method="HEAD")
    if reply.status in (401, 403):
        raise EndpointError(refusal(url, reply, True))


def push(
    graph_file: Path,
    target: Target,
    chunk_size: int,
    start: int = 0,
    protocol: str = "auto",
    progress: Callable[[int, int, str], None] | None = None,
) -> PushReport:
    """Push ``graph_file`` in chunks from chunk ``start`` (to resume), then verify it landed."""
    if chunk_size < 1 or start < 0:
        raise EndpointError(
            f"--chunk-size must be at least 1 and --start-chunk at least 0 (got {chunk_size}, {start})"
        )
    lines = read_lines(graph_file)
    parts = [lines[i : i + chunk_size] for i in range(0, len(lines), chunk_size)]
    if start >= max(len(parts), 1) and lines:
        raise EndpointError(
            f"--start-chunk {start} is past the last chunk ({len(parts) - 1} of {graph_file} "
            f"at --chunk-size {chunk_size})"
        )
    client = Client(target.user, target.timeout, target.retries)
    probe(client, target, protocol)
    session = _Session(client, target, protocol, target.named_graph, chunk_size)
    sent = 0
    for index in range(start, len(parts)):
        session.send(parts[index])
        sent += len(parts[index])
        if progress:
            progress(index + 1, len(parts), session.protocol)
    final = replace(target, named_graph=session.graph)
    counted, why = verify(client, final, lines, session.protocol) if lines else (0, "")
    note = "; ".join(text for text in (session.note, why) if text)
    return PushReport(
        sent,
        len(lines),
        session.graph,
        session.protocol,
        session.size,
        session.refused,
        counted,
        note,
    )
