"""networkx → one self-contained HTML page (pyvis data, vis-network inlined, our own template).

The only pyvis importer. Nothing is loaded over the network: vis-network's JS and CSS come from
the pyvis package and are inlined; node and edge data are embedded as JSON with ``<``, ``>`` and
``&`` escaped, and every label and tooltip is put into the page with ``textContent`` — data never
becomes markup.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from builder.output import write_atomic

from .style import style_of, styles

PHYSICS_LIMIT = 1500
VIS_DIR = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=True,
    keep_trailing_newline=True,
)


def _safe_json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _positions(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    layout = nx.spring_layout(nx.Graph(g.to_undirected()), seed=7, iterations=40)
    scale = 60 * math.sqrt(max(len(g), 1))
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in layout.items()}


def _network(g: nx.MultiDiGraph, static: bool) -> Network:
    net = Network(directed=True, cdn_resources="in_line")
    positions = _positions(g) if static else {}
    degree = dict(g.degree())
    for node, data in sorted(g.nodes(data=True)):
        style = style_of(data["cls"])
        extra = {"x": positions[node][0], "y": positions[node][1]} if static else {}
        net.add_node(
            node,
            label=data["label"],
            shape=style.shape,
            color=style.colour,
            size=10 + 4 * math.sqrt(degree.get(node, 0)),
            meta={
                k: data.get(k, "")
                for k in ("cls", "label", "label_en", "sentences", "links", "interval", "found_by")
            },
            **extra,
        )
    for s, o, key, data in sorted(g.edges(keys=True, data=True)):
        net.add_edge(
            s,
            o,
            label=data["label"],
            predicate=key,
            meta={"label_en": data["label_en"], "sentences": data["sentences"]},
        )
    return net


def _options(static: bool) -> dict[str, Any]:
    return {
        "physics": {
            "enabled": not static,
            "solver": "forceAtlas2Based",
            "stabilization": {"enabled": True, "iterations": 400, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle"},
            "smooth": {"enabled": not static, "type": "dynamic"},
            "color": {"inherit": False, "color": "#94a3b8"},
        },
        "nodes": {"font": {"size": 14, "face": "Noto Sans CJK SC, Noto Sans SC, sans-serif"}},
    }


def _without_source_map(js: str) -> str:
    """Drop the ``//# sourceMappingURL`` comment: the page must not point anywhere."""
    return "\n".join(line for line in js.split("\n") if not line.startswith("//# sourceMappingURL"))


def page(g: nx.MultiDiGraph, title: str) -> str:
    static = len(g) > PHYSICS_LIMIT
    net = _network(g, static)
    nodes, edges, _, _, _, _ = net.get_network_data()
    present = sorted({d["cls"] for _, d in g.nodes(data=True)})
    legend = [
        {
            "cls": c,
            "colour": style_of(c).colour,
            "shape": style_of(c).shape,
            "zh": style_of(c).zh,
            "en": style_of(c).en,
        }
        for c in list(styles())
        if c in present
    ]
    template = TEMPLATES.get_template("graph.html")
    return template.render(
        title=title,
        vis_js=Markup(
            _without_source_map((VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"))
        ),
        vis_css=Markup((VIS_DIR / "vis-network.css").read_text(encoding="utf-8")),
        data=Markup(
            _safe_json(
                {
                    "nodes": nodes,
                    "edges": edges,
                    "options": _options(static),
                    "legend": legend,
                    "static": static,
                }
            )
        ),
    )


def render(g: nx.MultiDiGraph, out: Path, title: str = "plankg") -> Path:
    """Write the view of ``g`` to ``out`` (temp file + rename)."""
    write_atomic(out, page(g, title))
    return out
