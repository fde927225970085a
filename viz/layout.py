"""Static node positions for graphs too big for the browser's physics: igraph's Fruchterman–Reingold
with its grid (close to linear in the nodes: repulsion is only computed between nearby cells).

Deterministic: igraph draws its random start from Python's ``random``, which is seeded here.
"""

from __future__ import annotations

import math
import random

import igraph as ig
import networkx as nx

ITERATIONS = 300
SPACING = 60  # roughly the pixels between neighbouring nodes on the page


def positions(g: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """node → (x, y) in page pixels, centred on 0, spread by the square root of the node count."""
    nodes = sorted(g)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(index[s], index[o]) for s, o in g.edges() if s != o}
    simple = ig.Graph(n=len(nodes), edges=sorted({(min(p), max(p)) for p in pairs}))
    state = random.getstate()
    random.seed(seed)
    try:
        layout = simple.layout_fruchterman_reingold(niter=ITERATIONS, grid=len(nodes) > 1000)
    finally:
        random.setstate(state)
    layout.center()
    coords = layout.coords
    radius = max((math.hypot(x, y) for x, y in coords), default=0.0) or 1.0
    scale = SPACING * math.sqrt(len(nodes)) / radius
    return {node: (x * scale, y * scale) for node, (x, y) in zip(nodes, coords, strict=True)}
