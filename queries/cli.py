"""`plankg query`, `plankg serve` and `plankg push`: the query library on files, stores and endpoints."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from builder import paths
from builder.cliutil import graph_files, subcommand
from builder.errors import EndpointError, QueryError

DEFAULT_LIMIT = 100

EXAMPLES = {
    "query": """examples:
  plankg query --list                                            # the query library with titles
  plankg query timeline                                          # on build/graph.ttl + the ontology
  plankg query timeline --offset 100                             # the next page (100 rows a page)
  plankg query safeguards --param plan=<plan IRI or title> --limit 0   # one plan, every row
  plankg query zones-by-industry --param industry=数据智能产业 --format csv
  plankg query my-question.rq --graph out/graph.ttl --format json
  plankg query stats --endpoint http://127.0.0.1:7878/query      # any SPARQL 1.1 endpoint
  plankg query stats --endpoint http://localhost:8890/sparql --graph-iri https://w3id.org/plankg/graph""",
    "serve": """examples:
  plankg serve                                   # build/graph.ttl + ontology at http://127.0.0.1:7878/
  plankg serve --graph out/graph.ttl --port 8000""",
    "push": """examples:
  plankg push --endpoint http://127.0.0.1:7879/store --named-graph https://w3id.org/plankg/graph
      # a writable store, e.g. `oxigraph serve --location db --bind 127.0.0.1:7879` (plankg serve is read-only)
  PLANKG_PASSWORD=… plankg push --endpoint https://db.example.org/rdf-graph-store --user me \\
      --update-endpoint https://db.example.org/sparql --chunk-size 20000 --start-chunk 3
  PLANKG_PASSWORD=… plankg push --user dba --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth \\
      --named-graph https://w3id.org/plankg/graph      # Virtuoso (Digest auth, see docs/scale.md)""",
}


def cmd_query(args: argparse.Namespace) -> int:
    from queries import find, library, run_query
    from queries.formats import render
    from queries.run import parse_params
    from queries.store import open_engine

    if args.list or not args.name:
        for item in library():
            wanted = [f"--param {p.name}=…" for p in item.params]
            wanted += [f"[--param {p.name}=…]" for p in item.options]
            print(f"{item.name:<26} {item.title_zh} — {item.title_en} {' '.join(wanted)}".rstrip())
        return 0
    spec = find(args.name)
    params = parse_params(args.param)
    page = _page(args.limit, args.offset)
    engine = open_engine(
        graph_files(args.graph),
        args.endpoint,
        args.engine,
        args.store,
        _timeout(args.timeout),
        args.graph_iri,
    )
    try:
        misses: list[str] = []
        answer = run_query(engine, spec, params, misses, page)
    except QueryError as exc:
        raise QueryError(f"{spec.path}: {exc}") from exc
    sys.stdout.write(render(answer, args.format, args.base))
    warn_if_suspicious(spec.text, answer)
    for miss in misses:
        print(
            f"plankg: warning: no entity is labelled {miss.split('=', 1)[1]!r} ({miss}); "
            "try `plankg query entity --param entity=…` or an IRI",
            file=sys.stderr,
        )
    if getattr(answer, "more", False):
        shown = f"rows {page.offset + 1}–{page.offset + (page.limit or 0)}"
        print(
            f"plankg: note: showing {shown}; more rows exist: --offset "
            f"{page.offset + (page.limit or 0)} for the next page, --limit 0 for all",
            file=sys.stderr,
        )
    return 0


def _page(limit: int, offset: int) -> Any:
    from queries.run import Page

    if limit < 0 or offset < 0:
        raise QueryError(
            f"--limit and --offset take a number ≥ 0 (got --limit {limit} --offset {offset}); "
            "--limit 0 shows every row"
        )
    return Page(limit or None, offset)


def _timeout(seconds: float) -> float:
    if not seconds > 0:
        raise QueryError(f"--timeout takes a number of seconds > 0, got {seconds:g}")
    return seconds


def warn_if_suspicious(text: str, answer: object) -> None:
    """An empty answer from a query that calls a remote SERVICE is more often a refusal than a fact."""
    from queries.store import Select

    if "SERVICE" in text.upper() and isinstance(answer, Select) and not answer.rows:
        print(
            "plankg: warning: the query calls a remote SERVICE and got no rows; the remote endpoint may be "
            "unreachable, throttling or refusing the request (Wikidata answers HTTP 200 with an empty "
            "result to clients it blocks) — check it before concluding there is no data",
            file=sys.stderr,
        )


def cmd_serve(args: argparse.Namespace) -> int:
    from queries.server import serve

    return serve(graph_files(args.graph), args.host, args.port)


def cmd_push(args: argparse.Namespace) -> int:
    from queries.push import Target, push

    if args.timeout <= 0:
        raise EndpointError(f"--timeout must be more than 0 seconds (got {args.timeout:g})")
    target = Target(
        args.endpoint,
        args.update_endpoint or args.endpoint,
        args.named_graph,
        args.user,
        timeout=args.timeout,
        query_endpoint=args.query_endpoint,
    )

    shown: list[int] = []

    def progress(done: int, total: int, protocol: str) -> None:
        print(f"\rchunk {done}/{total} sent ({protocol})", end="", file=sys.stderr, flush=True)
        shown.append(done)

    try:
        report = push(
            Path(args.graph), target, args.chunk_size, args.start_chunk, args.protocol, progress
        )
    finally:
        if shown:  # end the progress line, so that what follows starts on its own line
            print(file=sys.stderr)
    if report.refused_size:
        print(
            f"plankg: note: the store refused chunks of {report.refused_size} triples as too big; "
            f"chunks of {report.chunk_size} worked (use --chunk-size {report.chunk_size} next time)",
            file=sys.stderr,
        )
    if report.note:
        print(f"plankg: note: {report.note}", file=sys.stderr)
    where = f"<{report.graph}>" if report.graph else "the default graph"
    checked = (
        f"; the store now holds {report.verified} triples there"
        if report.verified is not None
        else " (not verified)"
    )
    print(
        f"pushed {report.sent} triples from {args.graph} into {where} at {args.endpoint} "
        f"by {'the Graph Store Protocol' if report.protocol == 'gsp' else 'SPARQL Update'}"
        f"{checked}"
    )
    return 0


def add_parsers(sub: Any) -> None:
    query = subcommand(
        sub,
        "query",
        "run a library query (or a .rq file) on the graph or an endpoint",
        EXAMPLES["query"],
    )
    query.add_argument("name", nargs="?", metavar="NAME|FILE.rq")
    query.add_argument("--list", action="store_true", help="list the query library")
    where = query.add_mutually_exclusive_group()
    where.add_argument(
        "--graph",
        action="append",
        metavar="FILE",
        help="graph file, repeatable (default build/graph.ttl; the ontology is added)",
    )
    where.add_argument(
        "--endpoint", metavar="URL", help="a SPARQL 1.1 query endpoint instead of a file"
    )
    where.add_argument(
        "--store", metavar="DIR", help="an on-disk store from `plankg build --store DIR`"
    )
    query.add_argument(
        "--param", action="append", default=[], metavar="KEY=VALUE", help="a zh label or an IRI"
    )
    query.add_argument("--format", choices=("table", "csv", "json", "ttl"), default="table")
    query.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"rows per page (default {DEFAULT_LIMIT}; 0 = every row)",
    )
    query.add_argument("--offset", type=int, default=0, metavar="K", help="skip the first K rows")
    query.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="S",
        help="seconds to wait for an endpoint's answer (default 60; never re-sent)",
    )
    query.add_argument(
        "--graph-iri",
        action="append",
        default=[],
        metavar="IRI",
        help="the named graph to query, repeatable: default-graph-uri for endpoints",
    )
    query.add_argument(
        "--engine", choices=("oxigraph", "rdflib"), default="oxigraph", help="embedded engine"
    )
    query.add_argument(
        "--base",
        default=paths.DEFAULT_BASE,
        metavar="IRI",
        help="base IRI shortened to kg: in tables",
    )
    query.set_defaults(func=cmd_query)
    serve = subcommand(
        sub,
        "serve",
        "serve the graph as a read-only SPARQL endpoint (Oxigraph) with a query page",
        EXAMPLES["serve"],
    )
    serve.add_argument(
        "--graph",
        metavar="FILE",
        help="graph file (default build/graph.ttl; the ontology is added)",
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default loopback only)"
    )
    serve.add_argument("--port", type=int, default=7878)
    serve.set_defaults(func=cmd_serve)
    push = subcommand(
        sub,
        "push",
        "load the graph into any SPARQL 1.1 store (Graph Store Protocol, else SPARQL Update)",
        EXAMPLES["push"],
    )
    push.add_argument(
        "--endpoint", required=True, metavar="URL", help="Graph Store Protocol endpoint"
    )
    push.add_argument(
        "--update-endpoint",
        metavar="URL",
        help="SPARQL Update endpoint for the fallback (default --endpoint)",
    )
    push.add_argument(
        "--graph",
        default=str(paths.BUILD_DIR / "graph.nt"),
        metavar="FILE",
        help="graph file to send (default build/graph.nt)",
    )
    push.add_argument(
        "--named-graph",
        metavar="IRI",
        help="target named graph (default: the default graph; a store without a writable one, "
        f"such as Virtuoso, gets {paths.DEFAULT_BASE}graph, with a note)",
    )
    push.add_argument(
        "--user",
        metavar="U",
        help="user name; the password comes from PLANKG_PASSWORD, sent by Basic or Digest auth, "
        "whichever the store asks for (or set PLANKG_TOKEN for a bearer token)",
    )
    push.add_argument(
        "--query-endpoint",
        metavar="URL",
        help="SPARQL query endpoint to check what landed (default: guessed from --endpoint)",
    )
    push.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="S",
        help="seconds to wait for each answer (default 60)",
    )
    push.add_argument("--protocol", choices=("auto", "gsp", "update"), default="auto")
    push.add_argument(
        "--chunk-size",
        type=int,
        default=50_000,
        metavar="N",
        help="triples per request (default 50,000; halved on its own when the store says a "
        "chunk is too big)",
    )
    push.add_argument(
        "--start-chunk", type=int, default=0, metavar="K", help="resume from chunk K (0-based)"
    )
    push.set_defaults(func=cmd_push)
