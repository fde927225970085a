"""Where queries run: embedded Oxigraph (default), rdflib in memory (fallback), or any SPARQL 1.1
endpoint (SPARQLWrapper) — behind one interface, with answers as rdflib terms so that results
from every engine compare equal."""

from __future__ import annotations

import errno
import html
import http.client
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from http import HTTPStatus
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
from pyparsing import ParseException
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import ResultRow
from rdflib.term import Node

from builder.errors import EndpointError, InputError, PlankgError, QueryError

from .sparqltext import query_form

USER_AGENT = "plankg/0.1 (https://w3id.org/plankg/; plan documents as linked data)"


Row = dict[str, Node | None]
XSD_STRING = str(XSD.string)


@dataclass(frozen=True)
class Cell:
    """One term of an answer, whichever engine produced it: what the result formats need."""

    kind: str  # "uri", "bnode" or "literal"
    value: str
    lang: str | None = None
    datatype: str | None = None  # None for plain (xsd:string) and language-tagged literals


def cell(term: object) -> Cell:
    """A term of Oxigraph or rdflib as a Cell, without building the other library's term."""
    if isinstance(term, ox.NamedNode | URIRef):
        return Cell("uri", term.value if isinstance(term, ox.NamedNode) else str(term))
    if isinstance(term, ox.BlankNode | BNode):
        return Cell("bnode", term.value if isinstance(term, ox.BlankNode) else str(term))
    if isinstance(term, ox.Literal):
        lang, datatype = term.language, term.datatype.value
        return Cell(
            "literal", term.value, lang, None if lang or datatype == XSD_STRING else datatype
        )
    if isinstance(term, Literal):
        dt = None if term.language or term.datatype is None else str(term.datatype)
        return Cell("literal", str(term), term.language, None if dt == XSD_STRING else dt)
    raise QueryError(f"unsupported term in answer: {term!r}")


class Select:
    """A SELECT answer. Rows are kept as the engine's own terms (``raw``) and become rdflib terms
    (``rows``) only when asked for, so a page of Oxigraph answers is printed without rdflib.

    ``more`` says that rows exist past this page; ``cut_at`` that the endpoint cut the answer at
    that many rows (its result-size limit)."""

    def __init__(
        self,
        variables: list[str],
        rows: list[Row] | None = None,
        *,
        raw: list[tuple[object, ...]] | None = None,
        more: bool = False,
        cut_at: int | None = None,
    ) -> None:
        self.variables = variables
        self._rows = rows
        self._raw = raw
        self.more = more
        self.cut_at = cut_at

    @property
    def raw(self) -> list[tuple[object, ...]]:
        if self._raw is None:
            self._raw = [tuple(row.get(v) for v in self.variables) for row in self._rows or []]
        return self._raw

    @property
    def rows(self) -> list[Row]:
        if self._rows is None:
            names = self.variables
            self._rows = [
                {n: from_ox(t) for n, t in zip(names, terms, strict=True)}
                for terms in self._raw or []
            ]
        return self._rows

    def page(self, start: int, stop: int | None, more: bool) -> Select:
        return Select(self.variables, raw=self.raw[start:stop], more=more)

    def __len__(self) -> int:
        return len(self._raw if self._raw is not None else self._rows or [])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Select):
            return NotImplemented
        return self.variables == other.variables and self.rows == other.rows

    def __repr__(self) -> str:
        return f"Select({self.variables!r}, {len(self)} rows, more={self.more})"


Triple = tuple[Node, Node, Node]


class Construct:
    """A CONSTRUCT (or DESCRIBE) answer: rdflib triples, or Oxigraph's own (``raw``) converted to
    rdflib only when ``triples`` is asked for."""

    def __init__(
        self,
        triples: list[Triple] | None = None,
        *,
        raw: list[ox.Triple] | None = None,
        more: bool = False,
        cut_at: int | None = None,
    ) -> None:
        self._triples, self.raw, self.more, self.cut_at = triples, raw, more, cut_at

    @property
    def triples(self) -> list[Triple]:
        if self._triples is None:
            self._triples = [_triple(t.subject, t.predicate, t.object) for t in self.raw or []]
        return self._triples

    def __len__(self) -> int:
        return len(self.raw if self.raw is not None else self._triples or [])


Answer = Select | Construct | bool


class Engine(Protocol):
    name: str

    def query(self, text: str) -> Answer: ...


# -- embedded Oxigraph ----------------------------------------------------------------------
def from_ox(term: object) -> Node | None:
    """An Oxigraph term (or an rdflib one, unchanged) as an rdflib term."""
    if term is None or isinstance(term, Node):
        return term
    return _convert(term)


@lru_cache(maxsize=1 << 16)
def _convert(term: object) -> Node:
    """An Oxigraph term as an rdflib term (cached: answers repeat labels and IRIs a lot)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(
            term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype)
        )
    raise QueryError(f"unsupported term in answer: {term!r}")


def _rdf_format(path: Path) -> ox.RdfFormat:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "ttl")
    if fmt is None:
        raise InputError(path, "unknown RDF format; use .ttl, .nt or .jsonld")
    return fmt


class OxigraphEngine:
    """Oxigraph in process: in memory, or persistent in ``location`` (no re-parse next time).

    ``graphs`` restricts queries to those named graphs of the store (as their default graph)."""

    name = "oxigraph"

    def __init__(
        self, files: Sequence[Path], location: Path | None = None, graphs: Sequence[str] = ()
    ) -> None:
        self.store = ox.Store(str(location)) if location else ox.Store()
        for path in files:
            self.load(path)
        chosen: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [
            self._named_graph(g) for g in graphs
        ]
        self.default_graph = chosen or None

    def _named_graph(self, iri: str) -> ox.NamedNode:
        graph = ox.NamedNode(check_iri(iri, "--graph-iri"))
        if not self.store.contains_named_graph(graph):
            held = sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))
            holds = f"it holds {', '.join(held[:5])}" if held else "it holds only a default graph"
            raise QueryError(
                f"--graph-iri {iri}: no such named graph in the store ({holds}); "
                "drop --graph-iri or name one of its graphs"
            )
        return graph

    def load(self, path: Path) -> None:
        if not path.is_file():
            raise InputError(path, "no such graph file; run `plankg build` first")
        try:
            self.store.bulk_load(path=str(path), format=_rdf_format(path))
        except SyntaxError as exc:
            raise InputError(path, f"not a readable RDF file ({exc.msg})") from exc

    def query(self, text: str) -> Answer:
        try:
            result = self.store.query(text, default_graph=self.default_graph)
            return self._answer(result)
        except SyntaxError as exc:
            raise QueryError(f"malformed query {_where(exc.msg)}") from exc
        except OSError as exc:  # a SERVICE call the embedded engine could not make
            raise EndpointError(
                f"a SERVICE endpoint of the query failed: {_first_line(exc)}"
            ) from exc

    def _answer(self, result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> Answer:
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QueryTriples):
            return Construct(raw=list(result))
        names = [v.value for v in result.variables]
        return Select(names, raw=[tuple(sol) for sol in result])


def _triple(s: object, p: object, o: object) -> Triple:
    terms = (from_ox(s), from_ox(p), from_ox(o))
    if None in terms:
        raise QueryError("a CONSTRUCT answer holds an incomplete triple")
    return terms  # type: ignore[return-value]


# -- rdflib in memory -----------------------------------------------------------------------
class RdflibEngine:
    name = "rdflib"

    def __init__(self, files: Sequence[Path]) -> None:
        self.graph = Graph()
        for path in files:
            if not path.is_file():
                raise InputError(path, "no such graph file; run `plankg build` first")
            self.graph.parse(path)

    def query(self, text: str) -> Answer:
        try:
            result = self.graph.query(text)
            if "SERVICE" in text.upper():
                result.bindings  # evaluate now, so a failing SERVICE call fails here  # noqa: B018
        except (OSError, urllib.error.URLError) as exc:
            raise EndpointError(
                f"a SERVICE endpoint of the query failed: {_first_line(exc)}"
            ) from exc
        except ParseException as exc:
            raise QueryError(
                f"malformed query at line {exc.lineno}, column {exc.col}: {exc.msg}"
            ) from exc
        if result.type == "ASK":
            return bool(result.askAnswer)
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return Construct(list(result.graph or Graph()))
        names = [str(v) for v in result.vars or []]
        rows: list[Row] = []
        for row in result:
            assert isinstance(row, ResultRow)
            rows.append({n: row[n] for n in names})
        return Select(names, rows)


# -- a remote SPARQL 1.1 endpoint -----------------------------------------------------------
#: Virtuoso's default ResultSetMaxRows: answers of exactly this size were most likely cut there.
KNOWN_ROW_LIMITS = (10_000,)
ACCEPT = {
    "json": "application/sparql-results+json",
    "turtle": "text/turtle, application/n-triples;q=0.9",
}


def check_endpoint_url(url: str) -> str:
    """``url`` when it is an http(s) URL with a host; an EndpointError saying what to give if not."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        raise EndpointError(
            f"{url!r} is not an endpoint URL; give the full http(s) URL of a SPARQL query "
            "endpoint, e.g. http://127.0.0.1:7878/query"
        )
    return url


@dataclass(frozen=True)
class Reply:
    body: bytes
    content_type: str
    max_rows: int | None  # the X-SPARQL-MaxRows header (Virtuoso: the answer was cut there)


class RemoteEngine:
    """Any SPARQL 1.1 endpoint (the SPARQL 1.1 Protocol over urllib, POST with form encoding).

    A request that could not connect is retried (``retries`` attempts); a request that was sent and
    not answered within ``timeout`` seconds is never re-sent. ``graphs`` go out as
    ``default-graph-uri``: the dataset the query runs on."""

    name = "endpoint"

    def __init__(
        self, url: str, timeout: float = 60.0, retries: int = 3, graphs: Sequence[str] = ()
    ) -> None:
        self.url, self.timeout, self.retries = check_endpoint_url(url), timeout, retries
        self.graphs = list(graphs)

    def _request(self, text: str, accept: str) -> urllib.request.Request:
        fields = [("query", text)] + [("default-graph-uri", g) for g in self.graphs]
        return urllib.request.Request(
            self.url,
            data=urllib.parse.urlencode(fields).encode("utf-8"),
            headers={
                "Accept": accept,
                "User-Agent": USER_AGENT,
                "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
            },
            method="POST",
        )

    def _call(self, text: str, fmt: str) -> Reply:
        request = self._request(text, ACCEPT[fmt])
        for attempt in range(self.retries):
            deadline = time.monotonic() + self.timeout
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    body = _read_until(response, deadline)
                    headers = response.headers
                    return Reply(
                        body, headers.get_content_type(), _int(headers["X-SPARQL-MaxRows"])
                    )
            except urllib.error.HTTPError as exc:
                raise _http_error(self.url, exc) from exc
            except urllib.error.URLError as exc:
                if _timed_out(exc.reason):
                    raise self._timeout() from exc
                if not _connect_failure(exc.reason) or attempt == self.retries - 1:
                    raise EndpointError(
                        f"cannot reach endpoint {self.url} ({_reason(exc.reason)}); check the URL "
                        "and that the server is running"
                    ) from exc
            except TimeoutError as exc:
                raise self._timeout() from exc
            except (http.client.HTTPException, OSError) as exc:
                raise EndpointError(
                    f"{self.url} did not answer in HTTP ({_reason(exc)}); check that the URL is a "
                    "SPARQL endpoint"
                ) from exc
            time.sleep(0.5 * 2**attempt)
        raise EndpointError(f"cannot reach endpoint {self.url}")  # pragma: no cover (loop returns)

    def _timeout(self) -> EndpointError:
        return EndpointError(
            f"{self.url} did not answer within {self.timeout:g} s (the query was not re-sent); "
            "ask for a smaller page (--limit), or raise --timeout"
        )

    def query(self, text: str) -> Answer:
        kind = query_form(text)
        if kind in ("CONSTRUCT", "DESCRIBE"):
            return self._construct(self._call(text, "turtle"))
        reply = self._call(text, "json")
        payload = self._json(reply)
        if "boolean" in payload:
            return bool(payload["boolean"])
        try:
            names = [str(n) for n in payload["head"].get("vars", [])]
            rows = [
                {n: _from_json(b.get(n)) for n in names} for b in payload["results"]["bindings"]
            ]
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise EndpointError(
                f"{self.url} sent JSON that is not SPARQL results ({type(exc).__name__}: {exc}); "
                "check that the URL is a SPARQL query endpoint"
            ) from exc
        return Select(names, rows, cut_at=_cut_at(len(rows), reply.max_rows))

    def _construct(self, reply: Reply) -> Construct:
        self._not_html(reply)
        fmt = "nt" if reply.content_type == "application/n-triples" else "turtle"
        try:
            triples = list(Graph().parse(data=reply.body.decode("utf-8"), format=fmt))
        except Exception as exc:  # noqa: BLE001 (rdflib's parsers raise many kinds)
            raise EndpointError(
                f"{self.url} sent an answer that is not readable RDF ({_first_line(exc)}); "
                "the answer may be incomplete, or the URL not a SPARQL endpoint"
            ) from exc
        return Construct(triples, cut_at=_cut_at(len(triples), reply.max_rows))

    def _not_html(self, reply: Reply) -> None:
        if "html" in reply.content_type:
            raise EndpointError(
                f"{self.url} answered with an HTML page, not SPARQL results; is this the query "
                "endpoint itself (often …/sparql or …/query)?"
            )

    def _json(self, reply: Reply) -> dict[str, Any]:
        self._not_html(reply)
        try:
            payload = json.loads(reply.body.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise EndpointError(
                f"{self.url} sent an answer that is not SPARQL JSON results "
                f"({reply.content_type}, {_first_line(exc)}); the answer may be incomplete (a "
                "SERVICE it called failed?) or the URL not a SPARQL endpoint"
            ) from exc
        if not isinstance(payload, dict) or not ("boolean" in payload or "results" in payload):
            raise EndpointError(
                f"{self.url} sent JSON that is not SPARQL results (no 'results' or 'boolean'); "
                "check that the URL is a SPARQL query endpoint"
            )
        return payload


def _from_json(binding: dict[str, str] | None) -> Node | None:
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind not in ("literal", "typed-literal"):
        raise ValueError(f"unknown term type {kind!r}")
    datatype = binding.get("datatype")
    if binding.get("xml:lang"):
        return Literal(value, lang=binding["xml:lang"])
    return Literal(
        value, datatype=URIRef(datatype) if datatype and datatype != XSD_STRING else None
    )


def _read_until(response: Any, deadline: float) -> bytes:
    """The whole body, or TimeoutError once ``deadline`` passes (a server trickling bytes)."""
    chunks = []
    while chunk := response.read(1 << 16):
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise TimeoutError("the answer did not finish in time")
    return b"".join(chunks)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _cut_at(size: int, max_rows: int | None) -> int | None:
    """The row limit the answer was cut at, if it looks cut: the endpoint says so, or a known limit."""
    if max_rows is not None and size >= max_rows:
        return max_rows
    return size if size in KNOWN_ROW_LIMITS else None


def _timed_out(reason: object) -> bool:
    return isinstance(reason, TimeoutError)


def _connect_failure(reason: object) -> bool:
    """Failures before the query reached the server: worth another attempt."""
    return isinstance(reason, ConnectionError) or getattr(reason, "errno", None) in (
        errno.EHOSTUNREACH,
        errno.ENETUNREACH,
    )


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return _first_line(reason) if isinstance(reason, BaseException) else str(reason)


def server_reason(body: bytes, content_type: str) -> str:
    """The first meaningful line of an error body: what the server itself says went wrong."""
    text = body[:65536].decode("utf-8", errors="replace")
    if "html" in content_type or text.lstrip().startswith("<"):
        text = re.sub(r"(?is)<(script|style|title|head)\b.*?</\1>", "\n", text)
        text = html.unescape(re.sub(r"<[^>]*>", "\n", text))
    for line in text.splitlines():
        line = " ".join(line.split())
        if len(line) > 2 and not _NOT_A_REASON.fullmatch(line):
            return line[:300]
    return ""


# Lines of an error page that say nothing the status code does not: "500", "HTTP 400 Bad Request",
# "Error", "Internal Server Error", "Bad Request".
_NOT_A_REASON = re.compile(
    r"(?i)(?:(?:error|http(?:/[\d.]+)?)\s*)?(?:\d{3}\b[\s:-]*)?(?:"
    + "|".join(re.escape(s.phrase) for s in HTTPStatus)
    + r"|error)?[.:!]?"
)


def _http_error(url: str, exc: urllib.error.HTTPError) -> PlankgError:
    try:
        body = exc.read()
    except (OSError, http.client.HTTPException):
        body = b""
    said = server_reason(body, exc.headers.get_content_type() if exc.headers else "")
    said = f": {said}" if said else ""
    code = exc.code
    if code == 400:
        return QueryError(f"{url} rejected the query (HTTP 400){said}")
    if code in (401, 403):
        return EndpointError(f"{url}: HTTP {code}, not allowed{said}; check the credentials")
    if code == 404:
        return EndpointError(
            f"{url}: HTTP 404, no SPARQL endpoint at this URL{said}; check the path "
            "(often …/sparql or …/query)"
        )
    if code >= 500:
        return EndpointError(
            f"{url}: HTTP {code}, the server failed on the query{said}; check the server, or ask "
            "for less (--limit)"
        )
    return EndpointError(f"{url}: HTTP {code} {exc.reason}{said}")


def _where(message: str) -> str:
    """Oxigraph's "error at 3:2: expected …" as "at line 3, column 2: expected …"."""
    m = re.match(r"error at (\d+):(\d+): (.*)", message, re.S)
    return f"at line {m.group(1)}, column {m.group(2)}: {m.group(3)}" if m else f"({message})"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


_NOT_IN_IRI = re.compile(r"[\x00-\x20<>\"{}|^`\\]")


def check_iri(value: str, what: str) -> str:
    """``value`` if it is an absolute IRI (by Oxigraph's IRI parser); QueryError if not."""
    bad = _NOT_IN_IRI.search(value)
    if bad:
        char = "a space" if bad.group() == " " else repr(bad.group())
        raise QueryError(
            f"{what}: {value!r} is not a valid IRI (it contains {char}); percent-encode it "
            "(a space is %20) or give a label instead"
        )
    try:
        ox.NamedNode(value)
    except ValueError as exc:
        raise QueryError(
            f"{what}: {value!r} is not a valid absolute IRI ({_first_line(exc)}); "
            "percent-encode it or give a label instead"
        ) from exc
    return value


def open_engine(
    graph_files: Iterable[Path],
    endpoint: str | None = None,
    engine: str = "oxigraph",
    store_dir: str | None = None,
    timeout: float = 60.0,
    graphs: Sequence[str] = (),
) -> Engine:
    """The engine a command runs on: a remote endpoint, an on-disk store, or files loaded now.
    ``graphs`` names the dataset: sent as default-graph-uri, or the store's named graphs."""
    if endpoint:
        return RemoteEngine(endpoint, timeout=timeout, graphs=graphs)
    if store_dir:
        if not Path(store_dir, "CURRENT").exists() and not any(Path(store_dir).glob("*")):
            raise InputError(
                store_dir, "no Oxigraph store here; make one with `plankg build --store DIR`"
            )
        return OxigraphEngine([], location=Path(store_dir), graphs=graphs)
    files = list(graph_files)
    if engine == "rdflib":
        if graphs:
            raise QueryError("--graph-iri needs the oxigraph engine, a --store or an --endpoint")
        return RdflibEngine(files)
    return OxigraphEngine(files, graphs=graphs)
