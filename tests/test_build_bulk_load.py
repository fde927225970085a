"""The build's stores are bulk-loaded a piece at a time (memory flat in the size of the graph):
the pieces hold the same triples as one load of the whole file."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from builder import sink


def _triples(store: ox.Store) -> set[str]:
    return {str(q.triple) for q in store}


def test_chunked_bulk_load_equals_one_load(tmp_path: Path, seed_graph: Graph) -> None:
    graph = tmp_path / "graph.nt"
    graph.write_text(seed_graph.serialize(format="nt"), encoding="utf-8")
    whole = ox.Store(str(tmp_path / "whole"))
    whole.bulk_load(path=str(graph), format=ox.RdfFormat.N_TRIPLES)
    pieces = ox.Store(str(tmp_path / "pieces"))
    sink.bulk_load_file(pieces, graph, chunk_bytes=4096)  # ~200 reads, each ending mid-line
    assert graph.stat().st_size > 100 * 4096
    assert len(pieces) == len(whole) == len(seed_graph)
    assert _triples(pieces) == _triples(whole)
