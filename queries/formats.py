"""Answers as text: an aligned table for people, SPARQL 1.1 CSV and JSON results, Turtle."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from builder.namespaces import PREFIXES
from queries.store import Answer, Construct, Select


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _short(term: Node | None, base: str) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        value = str(term)
        if value.startswith(base):
            return "kg:" + value[len(base) :]
        for prefix, ns in PREFIXES.items():
            if value.startswith(ns):
                return f"{prefix}:{value[len(ns) :]}"
        return f"<{value}>"
    return str(term)


def table(answer: Select, base: str) -> str:
    header = answer.variables
    rows = [[_short(row.get(v), base) for v in header] for row in answer.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def to_csv(answer: Select) -> str:
    """SPARQL 1.1 Query Results CSV: IRIs and lexical forms, no types."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(answer.variables)
    for row in answer.rows:
        writer.writerow(
            ["" if row.get(v) is None else _csv_value(row[v]) for v in answer.variables]
        )
    return buffer.getvalue()


def _csv_value(term: Node | None) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def to_json(answer: Select | bool) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if isinstance(answer, bool):
        return json.dumps({"head": {}, "boolean": answer}) + "\n"
    bindings = [{v: _json_term(t) for v, t in row.items() if t is not None} for row in answer.rows]
    payload = {"head": {"vars": answer.variables}, "results": {"bindings": bindings}}
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def to_turtle(answer: Construct, base: str) -> str:
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
