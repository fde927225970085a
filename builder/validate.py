"""SHACL validation of a built graph against ontology/shapes.ttl (with the ontology as context),
or of any RDF file against a shapes file the user names (``plankg validate --shapes FILE``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from pyshacl.errors import ReportableRuntimeError
from rdflib import RDF, Graph
from rdflib.namespace import SH

from . import paths
from .errors import InputError


@dataclass(frozen=True)
class Report:
    conforms: bool
    text: str


def load_graph(path: Path, missing: str = "no such graph file; run `plankg build` first") -> Graph:
    """Parse an RDF file (format from its suffix); InputError when missing or malformed."""
    if not path.is_file():
        raise InputError(path, missing)
    graph = Graph()
    try:
        graph.parse(path)
    except Exception as exc:  # rdflib raises many parser-specific types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(path, f"not a readable RDF file ({first})") from exc
    return graph


def load_shapes(path: Path) -> Graph:
    """A shapes file the user names; InputError when missing, malformed or without any shape."""
    shapes = load_graph(path, "no such shapes file")
    if not any((None, RDF.type, kind) in shapes for kind in (SH.NodeShape, SH.PropertyShape)):
        raise InputError(path, "no SHACL shapes in it (no sh:NodeShape or sh:PropertyShape)")
    return shapes


def validate(data: Graph, shapes: Path | None = None) -> Report:
    """Check ``data`` against ontology/shapes.ttl with the ontology as context, or against the
    shapes file ``shapes`` on the data alone (no ontology, no inference)."""
    if shapes is None:
        shapes_graph, ontology = Graph().parse(paths.SHAPES), Graph().parse(paths.ONTOLOGY)
    else:
        shapes_graph, ontology = load_shapes(shapes), None
    quiet = logging.root.manager.disable
    logging.disable(logging.ERROR)  # pyshacl logs a bad shape on stderr too; we say it in one line
    try:
        conforms, _, text = shacl_validate(
            data,
            shacl_graph=shapes_graph,
            ont_graph=ontology,
            inference="none",
            advanced=True,
            allow_warnings=True,
        )
    except ReportableRuntimeError as exc:  # also ShapeLoadError, ConstraintLoadError
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(shapes or paths.SHAPES, f"shapes cannot be applied ({first})") from exc
    finally:
        logging.disable(quiet)
    return Report(bool(conforms), str(text))
