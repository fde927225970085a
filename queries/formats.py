"""Answers as text: an aligned table for people, SPARQL 1.1 CSV and JSON results, Turtle."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph

from builder.namespaces import PREFIXES
from queries.store import Answer, Construct, Select, cell


@lru_cache(maxsize=1 << 14)
def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: CJK characters take two (looked up once each)."""
    return len(text) if text.isascii() else sum(map(_char_width, text))


def _short(term: object, base: str) -> str:
    if term is None:
        return ""
    c = cell(term)
    if c.kind == "uri":
        if c.value.startswith(base):
            return "kg:" + c.value[len(base) :]
        for prefix, ns in PREFIXES.items():
            if c.value.startswith(ns):
                return f"{prefix}:{c.value[len(ns) :]}"
        return f"<{c.value}>"
    return c.value


def _line(cells: list[tuple[str, int]], widths: list[int]) -> str:
    """One row of the table: each cell (text, its width) padded to its column's width."""
    padded = (c + " " * (w - cw) for (c, cw), w in zip(cells, widths, strict=True))
    return "  ".join(padded).rstrip()


def _count(answer: Select) -> str:
    n = len(answer)
    return f"({n} row{'s' if n != 1 else ''}{', more exist' if answer.more else ''})"


def table(answer: Select, base: str) -> str:
    header = answer.variables
    rows = [[(c, _width(c)) for c in (_short(t, base) for t in terms)] for terms in answer.raw]
    titles = [(h, _width(h)) for h in header]
    widths = [max(w for _, w in column) for column in zip(titles, *rows, strict=True)]
    lines = [_line(titles, widths), "  ".join("-" * w for w in widths)]
    lines += [_line(r, widths) for r in rows]
    lines.append(_count(answer))
    return "\n".join(lines) + "\n"


def to_csv(answer: Select) -> str:
    """SPARQL 1.1 Query Results CSV: IRIs and lexical forms, no types."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(answer.variables)
    writer.writerows([_csv_value(t) for t in terms] for terms in answer.raw)
    return buffer.getvalue()


def _csv_value(term: object) -> str:
    if term is None:
        return ""
    c = cell(term)
    return f"_:{c.value}" if c.kind == "bnode" else c.value


def _json_term(term: object) -> dict[str, str]:
    c = cell(term)
    out = {"type": c.kind, "value": c.value}
    if c.lang:
        out["xml:lang"] = c.lang
    elif c.datatype:
        out["datatype"] = c.datatype
    return out


def to_json(answer: Select | bool) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if isinstance(answer, bool):
        return json.dumps({"head": {}, "boolean": answer}) + "\n"
    names = answer.variables
    bindings = [
        {v: _json_term(t) for v, t in zip(names, terms, strict=True) if t is not None}
        for terms in answer.raw
    ]
    payload = {"head": {"vars": names}, "results": {"bindings": bindings}}
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def to_turtle(answer: Construct, base: str) -> str:
    if answer.raw is not None:  # Oxigraph's triples: its own serialiser, no rdflib terms
        used = {
            term.value
            for t in answer.raw
            for term in (t.subject, t.predicate, t.object)
            if isinstance(term, ox.NamedNode)
        }
        prefixes = {p: ns for p, ns in PREFIXES.items() if any(iri.startswith(ns) for iri in used)}
        data = ox.serialize(answer.raw, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
        text = data.decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    graph.bind("kg", base)
    for triple in answer.triples:
        graph.add(triple)
    return graph.serialize(format="turtle")


def render(answer: Answer, fmt: str, base: str) -> str:
    if isinstance(answer, bool):
        return to_json(answer) if fmt == "json" else ("true\n" if answer else "false\n")
    if isinstance(answer, Construct):
        return to_turtle(answer, base)
    if fmt == "csv":
        return to_csv(answer)
    if fmt == "json":
        return to_json(answer)
    return table(answer, base)
