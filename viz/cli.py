"""`plankg viz`, `plankg stats` and `plankg export`: the graph view and graph analytics."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from builder import paths
from builder.cliutil import graph_files, subcommand
from builder.errors import QueryError

OVERVIEW_HINT = 5000

EXAMPLES = {
    "viz": """examples:
  plankg viz                                              # the whole graph → build/graph.html
  plankg viz --focus 数据智能产业 --depth 2 --out build/data-intelligence.html
  plankg viz --query zones-by-industry --param industry=数据智能产业 --out build/zones.html
  plankg viz --graph corpus/graph.ttl --overview communities --out build/overview.html""",
    "stats": """examples:
  plankg stats                                   # counts, top entities, components, communities
  plankg stats --graph out/graph.ttl --format json""",
    "export": """examples:
  plankg export --format graphml --out build/graph.graphml   # open in Gephi
  plankg export --format gexf --out build/graph.gexf
  plankg export --format csv --out build/csv/                # nodes.csv + edges.csv""",
}


def _entity_graph(graph: str | None) -> Any:
    from .to_networkx import entity_graph

    files = graph_files(graph)
    return entity_graph(files[0], files[1])


def cmd_viz(args: argparse.Namespace) -> int:
    from . import render
    from .views import ego, find_nodes, from_answer

    g = _entity_graph(args.graph)
    title = "plankg"
    if args.query:
        from queries import find, run_query
        from queries.run import parse_params
        from queries.store import open_engine

        spec = find(args.query)
        answer = run_query(open_engine(graph_files(args.graph)), spec, parse_params(args.param))
        g, title = from_answer(g, answer), f"plankg · {spec.title_zh} {' '.join(args.param)}"
    if args.focus:
        focus = find_nodes(g, args.focus)
        if not focus:
            raise QueryError(
                f"no entity labelled {args.focus!r} in the graph; try `plankg query entity --param entity=…`"
            )
        g, title = ego(g, focus, args.depth), f"plankg · {args.focus} (±{args.depth})"
    if args.overview:
        from .overview import overview

        size = g.number_of_nodes()
        g, title = (
            overview(g, args.overview),
            f"{title} · overview of {size:,} entities by {args.overview}",
        )
    elif g.number_of_nodes() > OVERVIEW_HINT:
        print(
            f"a big graph ({g.number_of_nodes():,} entities): `--overview communities` draws a"
            " summary, `--focus LABEL` one neighbourhood"
        )
    out = render(g, Path(args.out), title)
    print(
        f"wrote {out} ({g.number_of_nodes()} nodes, {g.number_of_edges()} relations) — open it in a browser"
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    from .metrics import format_text, statistics

    stats = statistics(_entity_graph(args.graph))
    print(
        json.dumps(stats, ensure_ascii=False, indent=1)
        if args.format == "json"
        else format_text(stats),
        end="",
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export

    for path in export(_entity_graph(args.graph), args.format, Path(args.out)):
        print(f"wrote {path}")
    return 0


def add_parsers(sub: Any) -> None:
    viz = subcommand(
        sub, "viz", "draw the graph as one self-contained, offline HTML page", EXAMPLES["viz"]
    )
    viz.add_argument("--graph", metavar="FILE", help="graph file (default build/graph.ttl)")
    viz.add_argument("--query", metavar="NAME|FILE.rq", help="draw only what this query returns")
    viz.add_argument("--param", action="append", default=[], metavar="KEY=VALUE")
    viz.add_argument("--focus", metavar="LABEL", help="draw the neighbourhood of one entity")
    viz.add_argument(
        "--depth", type=int, default=1, metavar="N", help="hops around --focus (default 1)"
    )
    viz.add_argument(
        "--overview",
        choices=("communities", "classes"),
        help="draw one node per community or class (for graphs too big to draw usefully)",
    )
    viz.add_argument("--out", default=str(paths.BUILD_DIR / "graph.html"), metavar="FILE.html")
    viz.set_defaults(func=cmd_viz)
    stats = subcommand(
        sub,
        "stats",
        "graph statistics: classes, central entities, components, communities",
        EXAMPLES["stats"],
    )
    stats.add_argument("--graph", metavar="FILE", help="graph file (default build/graph.ttl)")
    stats.add_argument("--format", choices=("text", "json"), default="text")
    stats.set_defaults(func=cmd_stats)
    export = subcommand(
        sub,
        "export",
        "export the entity graph for Gephi (graphml, gexf) or spreadsheets (csv)",
        EXAMPLES["export"],
    )
    export.add_argument("--graph", metavar="FILE", help="graph file (default build/graph.ttl)")
    export.add_argument("--format", choices=("graphml", "gexf", "csv"), required=True)
    export.add_argument(
        "--out", required=True, metavar="FILE|DIR", help="output file (a folder for csv)"
    )
    export.set_defaults(func=cmd_export)
