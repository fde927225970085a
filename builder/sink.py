"""Where the emit stage writes: a set of N-Triples lines (deduplicated, cheap to pickle between
processes, exact for every literal), turned into an Oxigraph store for serialising and querying."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import XSD, Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _nt_row
from rdflib.term import Node

# Inferences that close the SKOS concept schemes once every document is in.
CLOSE_SCHEMES = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
INSERT { ?parent skos:narrower ?child } WHERE { ?child skos:broader ?parent } ;
INSERT { ?scheme skos:hasTopConcept ?c . ?c skos:topConceptOf ?scheme }
WHERE { ?c skos:inScheme ?scheme FILTER NOT EXISTS { ?c skos:broader ?any } }
"""

# What a plankg build infers once every document is in (the same triples as CLOSE_SCHEMES).
INFERRED = (
    """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
CONSTRUCT { ?parent skos:narrower ?child } WHERE { ?child skos:broader ?parent }""",
    """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
CONSTRUCT { ?scheme skos:hasTopConcept ?c . ?c skos:topConceptOf ?scheme }
WHERE { ?c skos:inScheme ?scheme FILTER NOT EXISTS { ?c skos:broader ?any } }""",
)

# Oxigraph's N-Triples escaping of a literal's lexical form (so that lines written here are
# byte-for-byte the lines Oxigraph writes for the same triple): the named escapes, \uXXXX for the
# other C0 controls and DEL, everything else verbatim.
_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)}
_ESCAPES.update({8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r"})
_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\"})
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')
_XSD_STRING = str(XSD.string)


def quote(value: str) -> str:
    """A string literal in N-Triples, as Oxigraph writes it."""
    return f'"{value.translate(_ESCAPES)}"' if _NEEDS_ESCAPE.search(value) else f'"{value}"'


def literal(o: Literal) -> str:
    """Any rdflib Literal in N-Triples, as Oxigraph writes it (lexical form kept as given)."""
    if o.language:
        return f"{quote(str(o))}@{o.language}"
    if o.datatype is not None and str(o.datatype) != _XSD_STRING:
        return f"{quote(str(o))}^^<{o.datatype}>"
    return quote(str(o))


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
            obj = literal(o) if isinstance(o, Literal) else o.n3()
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


BULK_CHUNK_BYTES = 32 << 20
"""How much of an N-Triples file one bulk load reads. Oxigraph's bulk loader holds all of one
input's quads in memory while it sorts them into index files: the 2.1 M core lines of 1,000 real
plans (364 MB) took 1.3 GB in one load, 350 MB in loads of 32 MB, for 20% more time."""


def bulk_load_file(store: ox.Store, path: Path, chunk_bytes: int = BULK_CHUNK_BYTES) -> None:
    """Bulk-load a file of our own N-Triples lines into an on-disk ``store``, ``chunk_bytes`` at a
    time (cut at line ends), so memory stays flat in the size of the file. Only for files without
    blank nodes (emit writes none): a blank node's label is scoped to one load."""
    with path.open("rb") as handle:
        while chunk := handle.read(chunk_bytes):
            chunk += handle.readline()
            store.bulk_load(input=chunk, format=ox.RdfFormat.N_TRIPLES, lenient=True)


def close(store: ox.Store) -> ox.Store:
    """Once every document is in: skos:narrower and top concepts across the whole corpus."""
    store.update(CLOSE_SCHEMES)
    return store


def inferred(store: ox.Store) -> bytes:
    """The triples ``close`` adds, as N-Triples (for builds that write lines, not a store)."""
    parts = [ox.serialize(store.query(q), format=ox.RdfFormat.N_TRIPLES) for q in INFERRED]  # type: ignore[arg-type]
    return b"".join(p or b"" for p in parts)


def to_rdflib(store: ox.Store) -> Graph:
    """The store as an rdflib Graph (for small graphs: tests, SHACL, the Python API)."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return Graph().parse(data=data, format="nt")
