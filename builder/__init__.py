"""plankg builder: plan text → provenance-carrying RDF.

>>> from builder import build
>>> graph = build(["data/plans"])  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph

from .emit import emit
from .paths import DEFAULT_BASE
from .pipeline import extract_all

__all__ = ["build"]


def build(paths: Iterable[str | Path], base: str = DEFAULT_BASE) -> Graph:
    """Build one graph from plan files and folders."""
    return emit(extract_all(Path(p) for p in paths), base)
