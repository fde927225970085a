"""Where the emit stage writes: a set of N-Triples lines (deduplicated, cheap to pickle between
processes, exact for every literal), turned into an Oxigraph store for serialising and querying."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _nt_row, _quoteLiteral
from rdflib.term import Node

# Inferences that close the SKOS concept schemes once every document is in.
CLOSE_SCHEMES = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
INSERT { ?parent skos:narrower ?child } WHERE { ?child skos:broader ?parent } ;
INSERT { ?scheme skos:hasTopConcept ?c . ?c skos:topConceptOf ?scheme }
WHERE { ?c skos:inScheme ?scheme FILTER NOT EXISTS { ?c skos:broader ?any } }
"""


class TripleWriter(Protocol):
    """Anything triples can be added to: a Sink or an rdflib Graph."""

    def add(self, triple: tuple[Node, Node, Node], /) -> object: ...


class Sink:
    """Collects triples as N-Triples lines; ``add`` mirrors rdflib's ``Graph.add``."""

    def __init__(self) -> None:
        self.lines: set[str] = set()

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        s, p, o = triple
        if type(s) is URIRef and type(p) is URIRef:  # the common case, without rdflib's n3()
            obj = _quoteLiteral(o) if isinstance(o, Literal) else o.n3()
            self.lines.add(f"<{s}> <{p}> {obj} .\n")
        else:
            self.lines.add(_nt_row(triple))

    def __len__(self) -> int:
        return len(self.lines)


def load_lines(store: ox.Store, lines: Iterable[str]) -> None:
    """Add one document's N-Triples lines to ``store`` (duplicates merge: shared entities)."""
    store.load(
        "".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, lenient=True
    )  # our own, valid IRIs


def close(store: ox.Store) -> ox.Store:
    """Once every document is in: skos:narrower and top concepts across the whole corpus."""
    store.update(CLOSE_SCHEMES)
    return store


def to_rdflib(store: ox.Store) -> Graph:
    """The store as an rdflib Graph (for small graphs: tests, SHACL, the Python API)."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return Graph().parse(data=data, format="nt")
