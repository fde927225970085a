"""The `plankg` command line: thin wrappers over the builder API.

Any PlankgError becomes one line on stderr and exit code 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rdflib import RDF, Graph

from . import output, paths
from .emit import emit
from .errors import PlankgError
from .namespaces import PLANKG
from .pipeline import extract_all
from .validate import load_graph, validate

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
)

EXAMPLES = {
    "build": """examples:
  plankg build                                   # data/plans/ → build/
  plankg build my-plan.txt --out out/            # a plan you brought (UTF-8, GBK or a saved HTML page)
  plankg build plans/ --base https://example.org/kg/""",
    "validate": """examples:
  plankg validate                                # build/graph.ttl against ontology/shapes.ttl
  plankg validate --graph out/graph.ttl""",
}


def class_counts(graph: Graph) -> Counter[str]:
    counts: Counter[str] = Counter()
    for name in CORE_CLASSES:
        counts[name] = len(set(graph.subjects(RDF.type, PLANKG[name])))
    return counts


def cmd_build(args: argparse.Namespace) -> int:
    inputs = [Path(p) for p in args.paths] or [paths.PLANS_DIR]
    extractions = list(extract_all(inputs))
    graph = emit(extractions, args.base)
    written = output.write_graph(graph, Path(args.out))
    print(f"built {len(extractions)} document(s), {len(graph)} triples")
    for name, count in class_counts(graph).items():
        print(f"  {name:<15} {count:>5}")
    for path in written.values():
        print(f"wrote {path}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    graph = load_graph(Path(args.graph))
    report = validate(graph)
    if report.conforms:
        print(f"{args.graph}: conforms to ontology/shapes.ttl")
        return 0
    print(report.text)
    print(f"{args.graph}: does NOT conform (see the report above)", file=sys.stderr)
    return 1


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
    build.set_defaults(func=cmd_build)
    check = _sub(sub, "validate", "check a graph against the SHACL shapes (exit 0 conforms, 1 not)")
    check.add_argument("--graph", default=str(paths.BUILD_DIR / "graph.ttl"), metavar="FILE")
    check.set_defaults(func=cmd_validate)
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
    except KeyboardInterrupt:
        print("plankg: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
