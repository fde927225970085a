"""plankg builder: plan text → provenance-carrying RDF.

>>> from builder import build
>>> graph = build(["data/plans"])  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .errors import PlankgError
from .paths import DEFAULT_BASE
from .pipeline import build_documents, collect_inputs
from .sink import close, load_lines, to_rdflib

__all__ = ["build"]


def build(paths: Iterable[str | Path], base: str = DEFAULT_BASE, jobs: int = 1) -> Graph:
    """Build one rdflib Graph from plan files and folders (for small corpora; the CLI streams)."""
    store = ox.Store()
    for result in build_documents(collect_inputs(Path(p) for p in paths), base, jobs):
        if result.error:
            raise PlankgError(result.error)
        load_lines(store, result.lines)
    return to_rdflib(close(store))
