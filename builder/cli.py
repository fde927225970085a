"""The builder's subcommands (`plankg build`, `plankg validate`): thin wrappers over its API.

They are wired into the `plankg` command by the top-level module plankg.py, which turns any
PlankgError into one line on stderr and exit code 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from . import output, paths, sink
from .cliutil import subcommand
from .errors import PlankgError
from .namespaces import PLANKG
from .pipeline import MAX_TEXT_MB, default_jobs
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
  plankg build --publisher "Jing'an Open Data" --sparql-endpoint https://data.example.org/sparql
  plankg build plans/ --no-text                  # without each document's full text""",
    "validate": """examples:
  plankg validate                                # build/graph.ttl against ontology/shapes.ttl
  plankg validate --graph out/graph.ttl
  plankg validate --graph build/dataset.ttl --shapes tests/fixtures/dcat-ap-3.0.0/dcat-ap-SHACL.ttl""",
}


def class_counts(store: Any) -> dict[str, int]:
    """Instances per core class, by SPARQL on the built store."""
    ns = str(PLANKG._NS)
    query = f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c FILTER(STRSTARTS(STR(?c), '{ns}')) }} GROUP BY ?c"
    found = {sol["c"].value[len(ns) :]: int(sol["n"].value) for sol in store.query(query)}
    return {name: found.get(name, 0) for name in CORE_CLASSES}


def cmd_build(args: argparse.Namespace) -> int:
    files = _inputs(args)
    out = Path(args.out)
    if out.is_dir():
        _note_incomplete(out)
    store_at = Path(args.store) if args.store else None
    if store_at is not None:
        output.restore_store(store_at)
    try:
        return _build(files, out, store_at, args)
    except OSError as exc:  # a full disk, a read-only folder: one line, nothing half-written
        where = exc.filename or out
        raise PlankgError(f"{where}: {exc.strerror or exc}; nothing was written") from exc


def _build(files: list[Path], out: Path, store_at: Path | None, args: argparse.Namespace) -> int:
    from . import reference
    from .dataset import Publication, describe
    from .emit_reference import reference_turtle
    from .iris import Minter
    from .namespaces import PREFIXES

    with output.build_space(out) as space:
        docs, skipped = _build_lines(files, args, space)
        store = _core_store(space)
        (space / "inferred.nt").write_bytes(sink.inferred(store))
        sink.close(store)
        sources = [space / n for n in ("core.nt", "provenance.nt", "inferred.nt")]
        temps, triples = output.write_graph(sources, space, args.base)
        if store_at is not None:
            _full_store(temps["graph.nt"], store_at, space)
        pub = Publication(
            args.publisher, args.license, args.sparql_endpoint or "", args.download_base or ""
        )
        ref = reference_turtle(reference.load(), Minter(args.base), {**PREFIXES, "kg": args.base})

        def extra(sizes: dict[str, int]) -> dict[str, str]:
            dataset = describe(store, sizes, args.base, pub, triples)
            return {"dataset.ttl": dataset.serialize(format="turtle"), "reference.ttl": ref}

        written = output.publish(temps, out, extra)
        counts = class_counts(store)
    print(f"built {docs} document(s), {triples} triples")
    for name, count in counts.items():
        print(f"  {name:<18} {count:>6}")
    for path in written.values():
        print(f"wrote {path}")
    if store_at is not None:
        print(f"wrote {store_at} (Oxigraph store)")
    if skipped:
        print(
            f"plankg: {len(skipped)} of {len(files)} document(s) skipped (see above)",
            file=sys.stderr,
        )
        return 1
    return 0


def _inputs(args: argparse.Namespace) -> list[Path]:
    from .pipeline import check_size, collect_inputs

    files = collect_inputs([Path(p) for p in args.paths] or [paths.PLANS_DIR])
    if not args.keep_going:
        for path in files:  # a file over the size limit fails at once, not after the others
            check_size(path, args.max_text_mb)
    return files


def _note_incomplete(out: Path) -> None:
    try:
        output.check_complete(out)
    except PlankgError as exc:
        print(f"plankg: note: {exc}; rebuilding", file=sys.stderr)


def _build_lines(files: list[Path], args: argparse.Namespace, space: Path) -> tuple[int, list[str]]:
    """Every document's triples, streamed from the workers into two files of N-Triples lines in
    ``space``: the core (entities and facts) and the provenance (text, spans, statements)."""
    from tqdm import tqdm

    from .pipeline import build_documents

    skipped: list[str] = []
    bar = tqdm(total=len(files), unit="doc", disable=len(files) < 10 or None, file=sys.stderr)
    with (space / "core.nt").open("wb") as core, (space / "provenance.nt").open("wb") as prov:
        results = build_documents(files, args.base, args.jobs, args.max_text_mb, not args.no_text)
        for result in results:
            bar.update()
            if result.error:
                if not args.keep_going:
                    raise PlankgError(result.error + " (use --keep-going to skip bad files)")
                skipped.append(result.error)
                bar.write(f"plankg: skipped {result.error}", file=sys.stderr)
                continue
            core.write(result.core)
            prov.write(result.provenance)
    bar.close()
    if len(skipped) == len(files):
        raise PlankgError("no document could be built; nothing written")
    return len(files) - len(skipped), skipped


def _core_store(space: Path) -> Any:
    """An on-disk Oxigraph store (in ``space``) of the core triples: what the scheme closure, the
    class counts and dataset.ttl query. The provenance stays out of it, and memory stays flat."""
    import pyoxigraph as ox

    store = ox.Store(str(space / "core-store"))
    sink.bulk_load_file(store, space / "core.nt")
    return store


def _full_store(graph: Path, location: Path, space: Path) -> None:
    """--store DIR: the whole graph in an on-disk Oxigraph store, built beside DIR and swapped in
    only when complete."""
    import pyoxigraph as ox

    location.parent.mkdir(parents=True, exist_ok=True)
    building = location.with_name(f".{location.name}.building-{os.getpid()}")
    store = ox.Store(str(building))
    sink.bulk_load_file(store, graph)
    store.flush()
    del store
    output.replace_store(building, location)


def cmd_validate(args: argparse.Namespace) -> int:
    output.check_complete(Path(args.graph))
    graph = load_graph(Path(args.graph))
    report = validate(graph, Path(args.shapes) if args.shapes else None)
    if report.conforms:
        print(f"{args.graph}: conforms to {args.shapes or 'ontology/shapes.ttl'}")
        return 0
    print(report.text)
    print(f"{args.graph}: does NOT conform (see the report above)", file=sys.stderr)
    return 1


def add_parsers(sub: Any) -> None:
    """The builder's subcommands: build and validate."""
    build = subcommand(
        sub, "build", "build plan files or folders into RDF (ttl, nt, jsonld)", EXAMPLES["build"]
    )
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
    build.add_argument(
        "--max-text-mb",
        type=float,
        default=MAX_TEXT_MB,
        metavar="MB",
        help=f"largest plan file to build (default {MAX_TEXT_MB:g}; bigger ones fail at once)",
    )
    build.add_argument(
        "--no-text",
        action="store_true",
        help="leave each document's full text (nif:isString) out of the graph; sentences and "
        "mentions keep their own text and offsets",
    )
    build.set_defaults(func=cmd_build)
    check = subcommand(
        sub,
        "validate",
        "check a graph against the SHACL shapes (exit 0 conforms, 1 not, 2 incomplete build)",
        EXAMPLES["validate"],
    )
    check.add_argument(
        "--graph",
        default=str(paths.BUILD_DIR / "graph.ttl"),
        metavar="FILE",
        help="graph file to check (default build/graph.ttl)",
    )
    check.add_argument(
        "--shapes",
        metavar="FILE",
        help="SHACL shapes to check against instead of ontology/shapes.ttl "
        "(e.g. DCAT-AP's, for build/dataset.ttl)",
    )
    check.set_defaults(func=cmd_validate)
