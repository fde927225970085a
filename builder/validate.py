"""SHACL validation of a built graph against ontology/shapes.ttl (with the ontology as context)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph

from . import paths
from .errors import InputError


@dataclass(frozen=True)
class Report:
    conforms: bool
    text: str


def load_graph(path: Path) -> Graph:
    """Parse an RDF file (format from its suffix); InputError when missing or malformed."""
    if not path.is_file():
        raise InputError(path, "no such graph file; run `plankg build` first")
    graph = Graph()
    try:
        graph.parse(path)
    except Exception as exc:  # rdflib raises many parser-specific types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(path, f"not a readable RDF file ({first})") from exc
    return graph


def validate(data: Graph) -> Report:
    shapes = Graph().parse(paths.SHAPES)
    ontology = Graph().parse(paths.ONTOLOGY)
    conforms, _, text = shacl_validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    return Report(bool(conforms), str(text))
