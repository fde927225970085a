"""Which part of the graph a view shows: all of it, a query's subgraph, or one entity's ego network."""

from __future__ import annotations

import networkx as nx
from rdflib import URIRef

from queries.store import Construct, Select


def from_answer(g: nx.MultiDiGraph, answer: object) -> nx.MultiDiGraph:
    """The subgraph a CONSTRUCT answer (its resources) or a SELECT of IRIs names."""
    if isinstance(answer, Construct):
        wanted = {str(t) for s, _, o in answer.triples for t in (s, o) if isinstance(t, URIRef)}
    elif isinstance(answer, Select):
        wanted = {str(v) for row in answer.rows for v in row.values() if isinstance(v, URIRef)}
    else:
        wanted = set()
    return g.subgraph(n for n in g if n in wanted).copy()


def ego(g: nx.MultiDiGraph, focus: list[str], depth: int) -> nx.MultiDiGraph:
    """Everything within ``depth`` hops of the focus entities (either direction)."""
    undirected = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for node in focus:
        keep |= set(nx.single_source_shortest_path_length(undirected, node, cutoff=depth))
    return g.subgraph(keep).copy()


def find_nodes(g: nx.MultiDiGraph, label_or_iri: str) -> list[str]:
    if label_or_iri in g:
        return [label_or_iri]
    return sorted(n for n, d in g.nodes(data=True) if label_or_iri in (d["label"], d["label_en"]))
