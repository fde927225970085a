"""Shared pieces of the command line: subcommands with examples, default graph files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import output, paths


def subcommand(
    sub: Any, name: str, help_text: str, examples: str, description: str = ""
) -> argparse.ArgumentParser:
    """A subcommand whose --help ends with examples."""
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help_text,
        description=description or help_text,
        epilog=examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def graph_files(graph: str | list[str] | None) -> list[Path]:
    """The data graph(s) (default build/graph.ttl) plus the ontology, as queries and views load them."""
    graphs = [graph] if isinstance(graph, str) else list(graph or [])
    files = [Path(g) for g in graphs] or [paths.BUILD_DIR / "graph.ttl"]
    for file in files:
        if file.exists():
            output.check_complete(file, sizes=False)  # a build killed half-way is said, not read
    return [*files, paths.ONTOLOGY]
