"""An overview of a graph too big to draw usefully: one node per community (Louvain, igraph's
multilevel) or per class, one edge per pair of groups (either direction) with the number of relations between them.
Each group names its best-connected members; `plankg viz --focus MEMBER` drills down to them.
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from collections.abc import Callable

import igraph as ig
import networkx as nx

from .style import style_of

KINDS = ("communities", "classes")
SHOWN_MEMBERS = 8


def communities(g: nx.MultiDiGraph, seed: int = 7) -> dict[str, int]:
    """node → community number (0 the largest), by modularity (Louvain), deterministic."""
    nodes = sorted(g)
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {tuple(sorted((index[s], index[o]))) for s, o in g.edges() if s != o}
    simple = ig.Graph(n=len(nodes), edges=sorted(pairs))
    state = random.getstate()
    random.seed(seed)
    try:
        found = simple.community_multilevel()
    finally:
        random.setstate(state)
    ranked = sorted(found, key=lambda members: (-len(members), min(members)))
    return {nodes[i]: rank for rank, members in enumerate(ranked) for i in members}


def overview(g: nx.MultiDiGraph, kind: str) -> nx.MultiDiGraph:
    """The graph of groups (``kind`` is "communities" or "classes") of ``g``."""
    if kind == "classes":
        return _grouped(g, lambda node: g.nodes[node]["cls"], kind)
    numbers = communities(g)
    return _grouped(g, lambda node: f"community {numbers[node] + 1}", kind)


def _grouped(g: nx.MultiDiGraph, group_of: Callable[[str], str], kind: str) -> nx.MultiDiGraph:
    members: dict[str, list[str]] = defaultdict(list)
    for node in g:
        members[group_of(node)].append(node)
    degree = dict(g.degree())
    out = nx.MultiDiGraph()
    for group, nodes in members.items():
        ranked = sorted(nodes, key=lambda n: (-degree[n], g.nodes[n]["label"]))
        cls = Counter(g.nodes[n]["cls"] for n in nodes).most_common(1)[0][0]
        top = g.nodes[ranked[0]]["label"]
        name = f"{style_of(cls).zh} ({len(nodes):,})" if kind == "classes" else top
        out.add_node(
            f"overview:{group}",
            cls=cls,
            label=name if kind == "classes" else f"{name} +{len(nodes) - 1:,}",
            label_en=f"{group}: {len(nodes):,} entities",
            sentences=[f"plankg viz --focus {top} --depth 1"],
            links=[],
            interval="",
            found_by="",
            members=[g.nodes[n]["label"] for n in ranked[:SHOWN_MEMBERS]],
            size=10 + 3 * math.log2(len(nodes)),
        )
    _group_edges(g, group_of, out)
    return out


def _group_edges(g: nx.MultiDiGraph, group_of: Callable[[str], str], out: nx.MultiDiGraph) -> None:
    between: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for s, o, data in g.edges(data=True):
        a, b = sorted((group_of(s), group_of(o)))  # one edge a pair, whichever way
        if a != b:
            between[(a, b)][data["label"]] += 1
    for (a, b), labels in between.items():
        count = sum(labels.values())
        out.add_edge(
            f"overview:{a}",
            f"overview:{b}",
            key="overview:relations",
            label=f"{count:,}",
            label_en=f"{count:,} relations",
            sentences=[f"{label} × {n:,}" for label, n in labels.most_common(SHOWN_MEMBERS)],
            width=0.5 + math.log10(count),
        )
