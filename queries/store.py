"""Where queries run: embedded Oxigraph (default), rdflib in memory (fallback), or any SPARQL 1.1
endpoint (SPARQLWrapper) — behind one interface, with answers as rdflib terms so that results
from every engine compare equal."""

from __future__ import annotations

import json
import re
import time
import urllib.error
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
from pyparsing import ParseException
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import ResultRow
from rdflib.term import Node

from builder.errors import EndpointError, InputError, QueryError

from .sparqltext import query_form

USER_AGENT = "plankg/0.1 (https://w3id.org/plankg/; plan documents as linked data)"


Row = dict[str, Node | None]


@dataclass(frozen=True)
class Select:
    variables: list[str]
    rows: list[Row]


Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class Construct:
    triples: list[Triple]


Answer = Select | Construct | bool


class Engine(Protocol):
    name: str

    def query(self, text: str) -> Answer: ...


# -- embedded Oxigraph ----------------------------------------------------------------------
def _from_ox(term: object) -> Node | None:
    return None if term is None else _convert(term)


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
    """Oxigraph in process: in memory, or persistent in ``location`` (no re-parse next time)."""

    name = "oxigraph"

    def __init__(self, files: Sequence[Path], location: Path | None = None) -> None:
        self.store = ox.Store(str(location)) if location else ox.Store()
        for path in files:
            self.load(path)

    def load(self, path: Path) -> None:
        if not path.is_file():
            raise InputError(path, "no such graph file; run `plankg build` first")
        try:
            self.store.bulk_load(path=str(path), format=_rdf_format(path))
        except SyntaxError as exc:
            raise InputError(path, f"not a readable RDF file ({exc.msg})") from exc

    def query(self, text: str) -> Answer:
        try:
            result = self.store.query(text)
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
            return Construct([_triple(t.subject, t.predicate, t.object) for t in result])
        names = [v.value for v in result.variables]
        return Select(names, [{n: _from_ox(sol[n]) for n in names} for sol in result])


def _triple(s: object, p: object, o: object) -> Triple:
    terms = (_from_ox(s), _from_ox(p), _from_ox(o))
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
def _from_json(binding: dict[str, str] | None) -> Node | None:
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    datatype = binding.get("datatype")
    if binding.get("xml:lang"):
        return Literal(value, lang=binding["xml:lang"])
    return Literal(
        value, datatype=URIRef(datatype) if datatype and datatype != str(XSD.string) else None
    )


class RemoteEngine:
    """Any SPARQL 1.1 endpoint, through SPARQLWrapper, with a timeout and a bounded retry."""

    name = "endpoint"

    def __init__(self, url: str, timeout: float = 30.0, retries: int = 3) -> None:
        self.url, self.timeout, self.retries = url, timeout, retries

    def _wrapper(self, text: str, fmt: str) -> Any:
        from SPARQLWrapper import SPARQLWrapper

        client = SPARQLWrapper(self.url, agent=USER_AGENT)
        client.setTimeout(int(self.timeout))
        client.setMethod("POST")
        client.setQuery(text)
        client.setReturnFormat(fmt)
        return client

    def _call(self, text: str, fmt: str) -> bytes:
        from SPARQLWrapper.SPARQLExceptions import (
            EndPointInternalError,
            EndPointNotFound,
            QueryBadFormed,
            SPARQLWrapperException,
            Unauthorized,
        )

        for attempt in range(self.retries):
            try:
                response = self._wrapper(text, fmt).query().response
                return response.read()
            except QueryBadFormed as exc:
                raise QueryError(f"{self.url} rejected the query: {_first_line(exc)}") from exc
            except EndPointNotFound as exc:
                raise EndpointError(
                    f"{self.url}: HTTP 404, no SPARQL endpoint at this URL"
                ) from exc
            except Unauthorized as exc:
                raise EndpointError(
                    f"{self.url}: HTTP 401, not allowed; check the credentials"
                ) from exc
            except urllib.error.HTTPError as exc:
                if exc.code in (401, 403):
                    raise EndpointError(
                        f"{self.url}: HTTP {exc.code}, not allowed; check --user and the password variable"
                    ) from exc
                if exc.code == 404:
                    raise EndpointError(
                        f"{self.url}: HTTP 404, no SPARQL endpoint at this URL"
                    ) from exc
                if exc.code < 500 or attempt == self.retries - 1:
                    raise EndpointError(f"{self.url}: HTTP {exc.code} {exc.reason}") from exc
            except EndPointInternalError as exc:
                if attempt == self.retries - 1:
                    raise EndpointError(f"{self.url}: server error ({_first_line(exc)})") from exc
            except (urllib.error.URLError, OSError) as exc:
                if attempt == self.retries - 1:
                    reason = getattr(exc, "reason", exc)
                    raise EndpointError(f"cannot reach endpoint {self.url} ({reason})") from exc
            except SPARQLWrapperException as exc:
                raise EndpointError(f"{self.url}: {_first_line(exc)}") from exc
            time.sleep(0.5 * 2**attempt)
        raise EndpointError(f"cannot reach endpoint {self.url}")

    def _json(self, data: bytes) -> dict[str, Any]:
        try:
            payload: dict[str, Any] = json.loads(data)
        except ValueError as exc:  # e.g. the server failed mid-answer (a SERVICE it called failed)
            raise EndpointError(
                f"{self.url} sent an incomplete answer ({exc}); the query may call a SERVICE that failed"
            ) from exc
        return payload

    def query(self, text: str) -> Answer:
        kind = query_form(text)
        if kind in ("CONSTRUCT", "DESCRIBE"):
            data = self._call(text, "turtle")
            return Construct(list(Graph().parse(data=data, format="turtle")))
        payload = self._json(self._call(text, "json"))
        if "boolean" in payload:
            return bool(payload["boolean"])
        names = list(payload["head"].get("vars", []))
        rows = [{n: _from_json(b.get(n)) for n in names} for b in payload["results"]["bindings"]]
        return Select(names, rows)


def _where(message: str) -> str:
    """Oxigraph's "error at 3:2: expected …" as "at line 3, column 2: expected …"."""
    m = re.match(r"error at (\d+):(\d+): (.*)", message, re.S)
    return f"at line {m.group(1)}, column {m.group(2)}: {m.group(3)}" if m else f"({message})"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def open_engine(
    graph_files: Iterable[Path],
    endpoint: str | None = None,
    engine: str = "oxigraph",
    store_dir: str | None = None,
) -> Engine:
    """The engine a command runs on: a remote endpoint, an on-disk store, or files loaded now."""
    if endpoint:
        return RemoteEngine(endpoint)
    if store_dir:
        if not Path(store_dir, "CURRENT").exists() and not any(Path(store_dir).glob("*")):
            raise InputError(
                store_dir, "no Oxigraph store here; make one with `plankg build --store DIR`"
            )
        return OxigraphEngine([], location=Path(store_dir))
    files = list(graph_files)
    if engine == "rdflib":
        return RdflibEngine(files)
    return OxigraphEngine(files)
