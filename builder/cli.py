"""The `plankg` command line: thin wrappers over the builder API.

Any PlankgError becomes one line on stderr and exit code 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import linker_cli, output, paths
from .errors import PlankgError, QueryError
from .namespaces import PLANKG
from .pipeline import default_jobs
from .validate import load_graph, validate

CC_BY = "https://creativecommons.org/licenses/by/4.0/"
CORE_CLASSES = (
    "Plan",
    "Period",
    "Phase",
    "WorkMethod",
    "Industry",
    "Zone",
    "Enterprise",
    "GovernmentBody",
    "Organization",
    "Measure",
    "Safeguard",
    "Goal",
    "Achievement",
    "Bottleneck",
    "Opportunity",
    "Challenge",
    "PolicyConcept",
    "AdministrativeArea",
)

EXAMPLES = {
    "build": """examples:
  plankg build                                   # data/plans/ → build/
  plankg build my-plan.txt --out out/            # a plan you brought (UTF-8, GBK or a saved HTML page)
  plankg build plans/ --base https://example.org/kg/
  plankg build --publisher "Jing'an Open Data" --sparql-endpoint https://data.example.org/sparql""",
    "validate": """examples:
  plankg validate                                # build/graph.ttl against ontology/shapes.ttl
  plankg validate --graph out/graph.ttl""",
    "query": """examples:
  plankg query --list                                            # the query library with titles
  plankg query timeline                                          # on build/graph.ttl + the ontology
  plankg query zones-by-industry --param industry=数据智能产业 --format csv
  plankg query my-question.rq --graph out/graph.ttl --format json
  plankg query stats --endpoint http://127.0.0.1:7878/query      # any SPARQL 1.1 endpoint""",
    "serve": """examples:
  plankg serve                                   # build/graph.ttl + ontology at http://127.0.0.1:7878/
  plankg serve --graph out/graph.ttl --port 8000""",
    "push": """examples:
  plankg push --endpoint http://127.0.0.1:7878/store --named-graph https://w3id.org/plankg/graph
  PLANKG_PASSWORD=… plankg push --endpoint https://db.example.org/rdf-graph-store --user me \\
      --update-endpoint https://db.example.org/sparql --chunk-size 20000 --start-chunk 3""",
    "viz": """examples:
  plankg viz                                              # the whole graph → build/graph.html
  plankg viz --focus 数据智能产业 --depth 2 --out build/data-intelligence.html
  plankg viz --query zones-by-industry --param industry=数据智能产业 --out build/zones.html""",
    "stats": """examples:
  plankg stats                                   # counts, top entities, components, communities
  plankg stats --graph out/graph.ttl --format json""",
    "export": """examples:
  plankg export --format graphml --out build/graph.graphml   # open in Gephi
  plankg export --format gexf --out build/graph.gexf
  plankg export --format csv --out build/csv/                # nodes.csv + edges.csv""",
}


def class_counts(store: Any) -> dict[str, int]:
    """Instances per core class, by SPARQL on the built store."""
    ns = str(PLANKG._NS)
    query = f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c FILTER(STRSTARTS(STR(?c), '{ns}')) }} GROUP BY ?c"
    found = {sol["c"].value[len(ns) :]: int(sol["n"].value) for sol in store.query(query)}
    return {name: found.get(name, 0) for name in CORE_CLASSES}


def cmd_build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from . import reference
    from .dataset import Publication, describe
    from .emit_reference import reference_turtle
    from .iris import Minter
    from .namespaces import PREFIXES
    from .pipeline import build_documents, collect_inputs
    from .sink import close, load_lines

    files = collect_inputs([Path(p) for p in args.paths] or [paths.PLANS_DIR])
    store, skipped = _open_store(args.store), []
    bar = tqdm(total=len(files), unit="doc", disable=len(files) < 10 or None, file=sys.stderr)
    for result in build_documents(files, args.base, args.jobs):
        bar.update()
        if result.error:
            if not args.keep_going:
                raise PlankgError(result.error + " (use --keep-going to skip bad files)")
            skipped.append(result.error)
            bar.write(f"plankg: skipped {result.error}", file=sys.stderr)
            continue
        load_lines(store, result.lines)
    bar.close()
    if len(skipped) == len(files):
        raise PlankgError("no document could be built; nothing written")
    close(store)
    pub = Publication(
        args.publisher, args.license, args.sparql_endpoint or "", args.download_base or ""
    )
    ref = reference_turtle(reference.load(), Minter(args.base), {**PREFIXES, "kg": args.base})

    def extra(sizes: dict[str, int]) -> dict[str, str]:
        return {
            "dataset.ttl": describe(store, sizes, args.base, pub).serialize(format="turtle"),
            "reference.ttl": ref,
        }

    written = output.write_build(store, Path(args.out), args.base, extra)
    print(f"built {len(files) - len(skipped)} document(s), {len(store)} triples")
    for name, count in class_counts(store).items():
        print(f"  {name:<18} {count:>5}")
    for path in written.values():
        print(f"wrote {path}")
    if skipped:
        print(
            f"plankg: {len(skipped)} of {len(files)} document(s) skipped (see above)",
            file=sys.stderr,
        )
        return 1
    return 0


def _open_store(location: str | None) -> Any:
    """A persistent Oxigraph store for --store DIR (emptied first), else one in memory."""
    import pyoxigraph as ox

    if not location:
        return ox.Store()
    store = ox.Store(location)
    store.clear()
    return store


def cmd_validate(args: argparse.Namespace) -> int:
    graph = load_graph(Path(args.graph))
    report = validate(graph)
    if report.conforms:
        print(f"{args.graph}: conforms to ontology/shapes.ttl")
        return 0
    print(report.text)
    print(f"{args.graph}: does NOT conform (see the report above)", file=sys.stderr)
    return 1


def _graph_files(graph: str | None) -> list[Path]:
    """The data graph plus the ontology, as `plankg query` and `plankg serve` load them."""
    return [Path(graph) if graph else paths.BUILD_DIR / "graph.ttl", paths.ONTOLOGY]


def cmd_query(args: argparse.Namespace) -> int:
    from queries import find, library, run_query
    from queries.formats import render
    from queries.run import parse_params

    from .store import open_engine

    if args.list or not args.name:
        for item in library():
            wanted = " ".join(f"--param {p.name}=…" for p in item.params)
            print(f"{item.name:<26} {item.title_zh} — {item.title_en} {wanted}".rstrip())
        return 0
    spec = find(args.name)
    params = parse_params(args.param)
    engine = open_engine(_graph_files(args.graph), args.endpoint, args.engine, args.store)
    try:
        answer = run_query(engine, spec, params)
    except QueryError as exc:
        raise QueryError(f"{spec.path}: {exc}") from exc
    sys.stdout.write(render(answer, args.format, args.base))
    warn_if_suspicious(spec.text, answer)
    return 0


def warn_if_suspicious(text: str, answer: object) -> None:
    """An empty answer from a query that calls a remote SERVICE is more often a refusal than a fact."""
    from .store import Select

    if "SERVICE" in text.upper() and isinstance(answer, Select) and not answer.rows:
        print(
            "plankg: warning: the query calls a remote SERVICE and got no rows; the remote endpoint may be "
            "unreachable, throttling or refusing the request (Wikidata answers HTTP 200 with an empty "
            "result to clients it blocks) — check it before concluding there is no data",
            file=sys.stderr,
        )


def cmd_serve(args: argparse.Namespace) -> int:
    from .server import serve

    return serve(_graph_files(args.graph), args.host, args.port)


def cmd_push(args: argparse.Namespace) -> int:
    from .push import Target, push

    target = Target(
        args.endpoint, args.update_endpoint or args.endpoint, args.named_graph, args.user
    )

    def progress(done: int, total: int, protocol: str) -> None:
        print(f"\rchunk {done}/{total} sent ({protocol})", end="", file=sys.stderr, flush=True)

    sent = push(
        Path(args.graph), target, args.chunk_size, args.start_chunk, args.protocol, progress
    )
    print(file=sys.stderr)
    where = args.named_graph or "the default graph"
    print(f"pushed {sent} triples from {args.graph} into {where} at {args.endpoint}")
    return 0


def _entity_graph(graph: str | None) -> Any:
    from viz import to_networkx

    files = _graph_files(graph)
    return to_networkx(load_graph(files[0]), load_graph(files[1]))


def cmd_viz(args: argparse.Namespace) -> int:
    from viz import render
    from viz.views import ego, find_nodes, from_answer

    g = _entity_graph(args.graph)
    title = "plankg"
    if args.query:
        from queries import find, run_query
        from queries.run import parse_params

        from .store import open_engine

        spec = find(args.query)
        answer = run_query(open_engine(_graph_files(args.graph)), spec, parse_params(args.param))
        g, title = from_answer(g, answer), f"plankg · {spec.title_zh} {' '.join(args.param)}"
    if args.focus:
        focus = find_nodes(g, args.focus)
        if not focus:
            raise QueryError(
                f"no entity labelled {args.focus!r} in the graph; try `plankg query entity --param entity=…`"
            )
        g, title = ego(g, focus, args.depth), f"plankg · {args.focus} (±{args.depth})"
    out = render(g, Path(args.out), title)
    print(
        f"wrote {out} ({g.number_of_nodes()} nodes, {g.number_of_edges()} relations) — open it in a browser"
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    from viz.metrics import format_text, statistics

    stats = statistics(_entity_graph(args.graph))
    print(
        json.dumps(stats, ensure_ascii=False, indent=1)
        if args.format == "json"
        else format_text(stats),
        end="",
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from viz.export import export

    for path in export(_entity_graph(args.graph), args.format, Path(args.out)):
        print(f"wrote {path}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="plankg",
        description="Turn Chinese government plan documents into a provenance-carrying RDF graph.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n\n".join(EXAMPLES.values()),
    )
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build = _sub(sub, "build", "build plan files or folders into RDF (ttl, nt, jsonld)")
    build.add_argument(
        "paths", nargs="*", metavar="PATH", help="plan files or folders (default data/plans/)"
    )
    build.add_argument(
        "--out", default=str(paths.BUILD_DIR), metavar="DIR", help="output folder (default build/)"
    )
    build.add_argument(
        "--base", default=paths.DEFAULT_BASE, metavar="IRI", help="base IRI of minted resources"
    )
    build.add_argument(
        "--publisher", default="plankg", metavar="NAME", help="publisher in dataset.ttl"
    )
    build.add_argument(
        "--license", default=CC_BY, metavar="IRI", help="license of the graph (CC BY 4.0)"
    )
    build.add_argument(
        "--sparql-endpoint", metavar="URL", help="where the graph is served (dataset.ttl)"
    )
    build.add_argument(
        "--download-base", metavar="URL", help="where the files are downloadable (dataset.ttl)"
    )
    build.add_argument(
        "--jobs",
        type=int,
        default=default_jobs(),
        metavar="N",
        help="parallel workers (default: cores)",
    )
    build.add_argument(
        "--keep-going", action="store_true", help="skip files that cannot be read, build the rest"
    )
    build.add_argument(
        "--store",
        metavar="DIR",
        help="also keep the graph in an on-disk Oxigraph store (plankg query --store)",
    )
    build.set_defaults(func=cmd_build)
    check = _sub(sub, "validate", "check a graph against the SHACL shapes (exit 0 conforms, 1 not)")
    check.add_argument("--graph", default=str(paths.BUILD_DIR / "graph.ttl"), metavar="FILE")
    check.set_defaults(func=cmd_validate)
    query = _sub(sub, "query", "run a library query (or a .rq file) on the graph or an endpoint")
    query.add_argument("name", nargs="?", metavar="NAME|FILE.rq")
    query.add_argument("--list", action="store_true", help="list the query library")
    where = query.add_mutually_exclusive_group()
    where.add_argument(
        "--graph",
        metavar="FILE",
        help="graph file (default build/graph.ttl; the ontology is added)",
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
        "--engine", choices=("oxigraph", "rdflib"), default="oxigraph", help="embedded engine"
    )
    query.add_argument(
        "--base",
        default=paths.DEFAULT_BASE,
        metavar="IRI",
        help="base IRI shortened to kg: in tables",
    )
    query.set_defaults(func=cmd_query)
    serve = _sub(
        sub, "serve", "serve the graph as a read-only SPARQL endpoint (Oxigraph) with a query page"
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
    push = _sub(
        sub,
        "push",
        "load the graph into any SPARQL 1.1 store (Graph Store Protocol, else SPARQL Update)",
    )
    push.add_argument(
        "--endpoint", required=True, metavar="URL", help="Graph Store Protocol endpoint"
    )
    push.add_argument(
        "--update-endpoint",
        metavar="URL",
        help="SPARQL Update endpoint for the fallback (default --endpoint)",
    )
    push.add_argument("--graph", default=str(paths.BUILD_DIR / "graph.nt"), metavar="FILE")
    push.add_argument(
        "--named-graph", metavar="IRI", help="target named graph (default: the default graph)"
    )
    push.add_argument(
        "--user", metavar="U", help="user for HTTP basic auth; password from PLANKG_PASSWORD"
    )
    push.add_argument("--protocol", choices=("auto", "gsp", "update"), default="auto")
    push.add_argument(
        "--chunk-size", type=int, default=50_000, metavar="N", help="triples per request"
    )
    push.add_argument(
        "--start-chunk", type=int, default=0, metavar="K", help="resume from chunk K (0-based)"
    )
    push.set_defaults(func=cmd_push)
    viz = _sub(sub, "viz", "draw the graph as one self-contained, offline HTML page")
    viz.add_argument("--graph", metavar="FILE", help="graph file (default build/graph.ttl)")
    viz.add_argument("--query", metavar="NAME|FILE.rq", help="draw only what this query returns")
    viz.add_argument("--param", action="append", default=[], metavar="KEY=VALUE")
    viz.add_argument("--focus", metavar="LABEL", help="draw the neighbourhood of one entity")
    viz.add_argument(
        "--depth", type=int, default=1, metavar="N", help="hops around --focus (default 1)"
    )
    viz.add_argument("--out", default=str(paths.BUILD_DIR / "graph.html"), metavar="FILE.html")
    viz.set_defaults(func=cmd_viz)
    stats = _sub(
        sub, "stats", "graph statistics: classes, central entities, components, communities"
    )
    stats.add_argument("--graph", metavar="FILE", help="graph file (default build/graph.ttl)")
    stats.add_argument("--format", choices=("text", "json"), default="text")
    stats.set_defaults(func=cmd_stats)
    export = _sub(
        sub, "export", "export the entity graph for Gephi (graphml, gexf) or spreadsheets (csv)"
    )
    export.add_argument("--graph", metavar="FILE", help="graph file (default build/graph.ttl)")
    export.add_argument("--format", choices=("graphml", "gexf", "csv"), required=True)
    export.add_argument(
        "--out", required=True, metavar="FILE|DIR", help="output file (a folder for csv)"
    )
    export.set_defaults(func=cmd_export)
    linker_cli.add_parser(sub)
    return top


def _sub(sub: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
    return sub.add_parser(
        name,
        help=help_text,
        description=help_text,
        epilog=EXAMPLES[name],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except PlankgError as exc:
        print(f"plankg: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `plankg … | head`: the reader left; not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (silence the flush at exit)
        return 0
    except KeyboardInterrupt:
        print("plankg: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
