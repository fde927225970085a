"""Graph statistics from the networkx model — plain dicts, no drawing."""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

TOP = 10


def _named(g: nx.MultiDiGraph, scores: dict[str, float]) -> list[dict[str, Any]]:
    ranked = sorted(scores.items(), key=lambda item: (-item[1], g.nodes[item[0]]["label"]))[:TOP]
    return [
        {"iri": n, "label": g.nodes[n]["label"], "class": g.nodes[n]["cls"], "score": round(s, 4)}
        for n, s in ranked
    ]


def statistics(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Counts per class, top entities by degree and betweenness, components and communities."""
    simple = nx.Graph(g.to_undirected())
    components = (
        sorted((len(c) for c in nx.connected_components(simple)), reverse=True)
        if len(simple)
        else []
    )
    communities = (
        nx.community.louvain_communities(simple, seed=7) if simple.number_of_edges() else []
    )
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "classes": dict(sorted(Counter(d["cls"] for _, d in g.nodes(data=True)).items())),
        "top_degree": _named(g, {n: float(d) for n, d in simple.degree()}),
        "top_betweenness": _named(g, nx.betweenness_centrality(simple)) if len(simple) else [],
        "components": components,
        "communities": [
            sorted(g.nodes[n]["label"] for n in c)[:8] + (["…"] if len(c) > 8 else [])
            for c in sorted(communities, key=len, reverse=True)
        ],
    }


def format_text(stats: dict[str, Any]) -> str:
    lines = [f"{stats['nodes']} entities, {stats['edges']} relations", "", "per class:"]
    lines += [f"  {cls:<15} {n:>5}" for cls, n in stats["classes"].items()]
    for key, title in (("top_degree", "top by degree"), ("top_betweenness", "top by betweenness")):
        lines += ["", f"{title}:"] + [
            f"  {e['score']:>8}  {e['label']} ({e['class']})" for e in stats[key]
        ]
    sizes = stats["components"]
    lines += ["", f"connected components: {len(sizes)} (sizes {', '.join(map(str, sizes[:10]))})"]
    lines += ["", f"communities (Louvain): {len(stats['communities'])}"]
    lines += [
        f"  {i + 1}. {'、'.join(members)}" for i, members in enumerate(stats["communities"][:10])
    ]
    return "\n".join(lines) + "\n"
