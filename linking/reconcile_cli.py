"""`plankg reconcile`: serve a built graph as a W3C reconciliation service (OpenRefine 3.x).

Everything a user can get wrong (graph file, store, view template, a busy port) is checked
before the server starts, and reported as one line with exit code 2 by plankg.py.
"""

from __future__ import annotations

import argparse
import errno
import socket
from pathlib import Path

from rdflib import Graph

from builder import paths
from builder.cliutil import subcommand
from builder.errors import InputError, PlankgError
from builder.validate import load_graph

HELP = "serve the graph as a reconciliation service for OpenRefine (W3C Reconciliation API 0.2)"
DESCRIPTION = f"""{HELP}.

In OpenRefine: a column's menu → Reconcile → Start reconciling… → Add standard service…, and
enter the URL this command prints. Names are matched like `plankg link` matches them (width,
traditional/simplified, legal-form noise); a candidate is marked as a match only when its
normalised name equals the cell's and no other candidate's does. Entities can be previewed,
suggested, and extended with their industries, zones, measures, division and industry codes,
external identifiers and plan sentences ("Add columns from reconciled values"). The view link of
a candidate opens the graph view (graph.html next to the graph file, served at /graph.html)
at the entity, unless --view-url names another. See docs/openrefine.md."""

EXAMPLES = """examples:
  plankg reconcile                                  # build/graph.ttl on http://127.0.0.1:8000/
  plankg reconcile --graph out/graph.ttl --port 8001
  plankg reconcile --store db/                      # a store from `plankg build --store db/`
  plankg reconcile --view-url 'https://example.org/kg/graph.html#{{id}}'
  curl 'http://127.0.0.1:8000/?queries={"q0":{"query":"國泰君安","type":"Enterprise"}}'"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Register `plankg reconcile` on the subcommands of the top-level parser."""
    parser = subcommand(sub, "reconcile", HELP, EXAMPLES, DESCRIPTION)
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--graph", metavar="FILE", help="graph file (default build/graph.ttl; .ttl, .nt, .jsonld)"
    )
    source.add_argument(
        "--store", metavar="DIR", help="an on-disk store from `plankg build --store`"
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (8000)")
    parser.add_argument(
        "--base",
        metavar="IRI",
        help="identifier space: the base IRI of the entities (default the graph's kg: prefix, "
        f"else {paths.DEFAULT_BASE})",
    )
    parser.add_argument(
        "--view",
        metavar="FILE",
        help="graph view served at /graph.html (default graph.html beside the graph file)",
    )
    parser.add_argument(
        "--view-url",
        metavar="TEMPLATE",
        help="entity view URL with {{id}} instead of the served /graph.html#{{id}}",
    )
    parser.set_defaults(func=cmd_reconcile)
    return parser


def cmd_reconcile(args: argparse.Namespace) -> int:
    import uvicorn

    from .reconcile import Service, create_app

    if args.view_url is not None and "{{id}}" not in args.view_url:
        raise PlankgError(f"--view-url {args.view_url!r} has no {{{{id}}}} to put the entity id in")
    graph, source, view = _graph(args)
    base = args.base or dict(graph.namespaces()).get("kg") or paths.DEFAULT_BASE
    service = Service(graph, str(base))
    if not service.entities:
        raise InputError(source, "no entities with a plankg class and a label to reconcile against")
    listener = _listen(args.host, args.port)
    app = create_app(service, Path(args.view) if args.view else view, args.view_url)
    host, port = listener.getsockname()[:2]
    print(
        f"plankg reconcile: {len(service.entities)} entities of {source} at "
        f"http://{_url_host(host)}:{port}/ (Ctrl-C stops)",
        flush=True,
    )
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[listener])
    return 0


def _graph(args: argparse.Namespace) -> tuple[Graph, str, Path | None]:
    """The graph, what to call it in messages, and the view file beside it."""
    if args.store:
        return _store_graph(Path(args.store)), args.store, None
    path = Path(args.graph) if args.graph else paths.BUILD_DIR / "graph.ttl"
    return load_graph(path), str(path), path.with_name("graph.html")


def _store_graph(location: Path) -> Graph:
    import pyoxigraph as ox

    from builder.sink import to_rdflib

    if not (location / "CURRENT").exists():
        raise InputError(
            location, "no Oxigraph store here; make one with `plankg build --store DIR`"
        )
    try:
        return to_rdflib(ox.Store(str(location)))
    except OSError as exc:
        raise InputError(location, f"cannot open the store ({exc})") from exc


def _listen(host: str, port: int) -> socket.socket:
    """A listening socket, so that a busy port is one line before the server starts."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        listener = socket.socket(family, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(128)
    except (OSError, OverflowError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        busy = isinstance(exc, OSError) and exc.errno == errno.EADDRINUSE
        hint = "; try another --port" if busy else ""
        raise PlankgError(f"cannot listen on {host}:{port} ({reason}){hint}") from exc
    return listener


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
