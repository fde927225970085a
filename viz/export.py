"""Export the networkx model for Gephi (GraphML, GEXF) and spreadsheets (CSV)."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from builder.output import write_atomic

SEP = " | "


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all strings (GraphML and GEXF take no lists)."""
    out = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        out.add_node(
            node, **{k: SEP.join(v) if isinstance(v, list) else str(v) for k, v in data.items()}
        )
    for s, o, key, data in g.edges(keys=True, data=True):
        attrs = {k: SEP.join(v) if isinstance(v, list) else str(v) for k, v in data.items()}
        out.add_edge(s, o, key=key, predicate=key, **attrs)
    return out


def _via_temp(writer: Callable[[nx.MultiDiGraph, Path], None], g: nx.MultiDiGraph) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph"
        writer(g, path)
        return path.read_text(encoding="utf-8")


def _csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def export(g: nx.MultiDiGraph, fmt: str, out: Path) -> list[Path]:
    """Write ``g`` as graphml or gexf to ``out``, or as ``nodes.csv`` + ``edges.csv`` into ``out``/."""
    simple = flat(g)
    if fmt == "graphml":
        write_atomic(out, _via_temp(nx.write_graphml, simple))
        return [out]
    if fmt == "gexf":
        write_atomic(out, _via_temp(nx.write_gexf, simple))
        return [out]
    node_keys = ["cls", "label", "label_en", "interval", "links", "sentences"]
    nodes = [["iri", *node_keys]] + [
        [n, *(d[k] for k in node_keys)] for n, d in sorted(simple.nodes(data=True))
    ]
    edges = [["source", "target", "predicate", "label", "label_en", "sentences"]] + [
        [s, o, key, d["label"], d["label_en"], d["sentences"]]
        for s, o, key, d in sorted(simple.edges(keys=True, data=True))
    ]
    write_atomic(out / "nodes.csv", _csv(nodes))
    write_atomic(out / "edges.csv", _csv(edges))
    return [out / "nodes.csv", out / "edges.csv"]
