"""`plankg link`: link records of a CSV file or a SPARQL endpoint to graph entities by name.

Kept apart from the other commands so that the linker can grow alone; plankg.py only calls
``add_parser(sub)``.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from rdflib import Graph, URIRef

from builder import paths
from builder.cliutil import subcommand
from builder.errors import InputError, QueryError
from builder.output import write_atomic
from builder.validate import load_graph

from .linker import (
    Candidate,
    Record,
    Report,
    check_template,
    classes_present,
    csv_columns,
    entities,
    link,
    links_graph,
    read_csv,
    read_endpoint,
)

HELP = "link records of a CSV file or a SPARQL endpoint to graph entities by their names"
DESCRIPTION = f"""{HELP}.

Names are compared in three tiers: equal normalised names (full/half width, traditional/
simplified, case, spacing and punctuation ignored) → skos:exactMatch; equal names without
legal-form suffixes and bracketed place qualifiers (有限公司, (中国), …) → skos:closeMatch;
similar names (difflib ≥ 0.85, or one containing the other) → skos:closeMatch. A record whose
best score two entities share is reported as ambiguous and not linked. Links are written to their
own Turtle file as annotated mappings (justification, confidence, source)."""

EXAMPLES = """examples:
  plankg link --csv companies.csv --label-column 企业名称        # → build/links-companies.ttl
  plankg link --csv companies.csv --label-column 企业名称 --id-column 统一社会信用代码 \\
      --type Enterprise --iri-template 'https://example.org/company/{id}'
  plankg link --endpoint https://query.wikidata.org/sparql --query companies.rq \\
      --out build/links-wikidata.ttl         # the SELECT binds ?label and ?id or ?item"""

UNMATCHED_SHOWN = 20


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Register `plankg link` on the subcommands of the top-level parser."""
    parser = subcommand(sub, "link", HELP, EXAMPLES, DESCRIPTION)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--csv", metavar="FILE", help="records in a CSV file (UTF-8 or GB18030)")
    source.add_argument("--endpoint", metavar="URL", help="records from a SPARQL 1.1 endpoint")
    parser.add_argument(
        "--query", metavar="FILE.rq", help="with --endpoint: a SELECT binding ?label, ?id or ?item"
    )
    parser.add_argument(
        "--label-column",
        metavar="COL",
        help="the column holding names (with --endpoint: the variable, default label)",
    )
    parser.add_argument(
        "--id-column",
        metavar="COL",
        help="the column holding record ids (default the row number; with --endpoint: the "
        "variable, default id, else item)",
    )
    parser.add_argument(
        "--type", metavar="CLASS", help="only entities of this plankg class, e.g. Enterprise"
    )
    parser.add_argument(
        "--iri-template",
        metavar="T",
        help="IRI of a record from {id} and {label} (default urn:plankg:record:{id}, or the "
        "id itself when it is an IRI)",
    )
    parser.add_argument(
        "--graph", default=str(paths.BUILD_DIR / "graph.ttl"), metavar="FILE", help="graph to link"
    )
    parser.add_argument(
        "--out", metavar="FILE", help="links file (default build/links-<csv or query name>.ttl)"
    )
    parser.add_argument(
        "--base", default=paths.DEFAULT_BASE, metavar="IRI", help="base IRI of the mapping IRIs"
    )
    parser.set_defaults(func=cmd_link)
    return parser


def cmd_link(args: argparse.Namespace) -> int:
    """Check the cheap things (template, records) before loading the graph, write, report."""
    if args.iri_template is not None:
        check_template(args.iri_template)
    records, source, stem = _records(args)
    graph_path = Path(args.graph)
    candidates = _candidates(load_graph(graph_path), args.type, graph_path)
    report = link(records, candidates, args.iri_template)
    out = Path(args.out) if args.out else paths.BUILD_DIR / f"links-{stem}.ttl"
    links = links_graph(report.matched, args.base, source)
    write_atomic(out, links.serialize(format="turtle"))
    for line in report_lines(report):
        print(line)
    print(f"wrote {out}")
    return 0


def _records(args: argparse.Namespace) -> tuple[list[Record], URIRef, str]:
    """The records, the IRI of the dataset they came from, and a stem for the default output.

    A CSV is named by the hash of its bytes (``urn:sha256:…``), so the same file gives the same
    links file on every machine."""
    if args.csv:
        path = Path(args.csv)
        if args.query:
            raise QueryError("--query goes with --endpoint; a --csv file needs no query")
        if not args.label_column:
            present = ", ".join(repr(c) for c in csv_columns(path))
            raise InputError(path, f"--label-column is required; columns present: {present}")
        records = read_csv(path, args.label_column, args.id_column)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        return records, URIRef(f"urn:sha256:{digest}"), path.stem
    if not args.query:
        raise QueryError("--endpoint needs --query FILE.rq, a SELECT binding ?label and ?id/?item")
    query = Path(args.query)
    label_var = (args.label_column or "label").lstrip("?$")
    id_var = (args.id_column or "id").lstrip("?$")
    return read_endpoint(args.endpoint, query, label_var, id_var), URIRef(args.endpoint), query.stem


def _candidates(graph: Graph, cls: str | None, graph_path: Path) -> list[Candidate]:
    found = entities(graph, cls)
    if not found:
        present = ", ".join(classes_present(graph)) or "none"
        wanted = f"of class {cls!r}" if cls else "with a plankg class and a label"
        raise InputError(graph_path, f"no entities {wanted}; classes present: {present}")
    return found


def report_lines(report: Report, shown: int = UNMATCHED_SHOWN) -> list[str]:
    """What a person reviews after a run: counts, then every decision the linker refused or
    that deserves a second look, then what found nothing."""
    counts = report.counts()
    lines = [
        f"matched {len(report.matched)} (exact {counts['exact']}, "
        f"legal-form {counts['legal-form']}, fuzzy {counts['fuzzy']})"
    ]
    lines += _ambiguous_lines(report)
    lines += _shared_lines(report)
    lines += _unmatched_lines(report, shown)
    return lines


def _record(record: Record) -> str:
    return f"{record[1]} [{record[0]}]"


def _ambiguous_lines(report: Report) -> list[str]:
    if not report.ambiguous:
        return []
    lines = [f"ambiguous {len(report.ambiguous)} (not linked):"]
    for record, candidates in report.ambiguous:
        options = "; ".join(f"{c.label} <{c.iri}>" for c in candidates)
        lines.append(f"  {_record(record)} → {options}")
    return lines


def _shared_lines(report: Report) -> list[str]:
    shared = report.shared()
    if not shared:
        return []
    lines = [f"entities linked by several records {len(shared)}:"]
    for iri, matches in shared.items():
        records = "; ".join(
            f"{_record((m.record_id, m.record_label))} ({m.method})" for m in matches
        )
        lines.append(f"  {matches[0].entity_label} <{iri}> ← {records}")
    return lines


def _unmatched_lines(report: Report, shown: int) -> list[str]:
    if not report.unmatched:
        return []
    lines = [f"unmatched {len(report.unmatched)}:"]
    lines += [f"  {_record(record)}" for record in report.unmatched[:shown]]
    if len(report.unmatched) > shown:
        lines.append(f"  … and {len(report.unmatched) - shown} more")
    return lines
