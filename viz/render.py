"""networkx → one self-contained HTML page (vis-network inlined, our own template).

The only pyvis importer, for the vis-network files it ships. Nothing is loaded over the network:
vis-network's JS and CSS come from the pyvis package and are inlined; node and edge data are
embedded as JSON (vis-network's own node and edge records, written straight from networkx) with
``<``, ``>`` and ``&`` escaped, and every label and tooltip is put into the page with
``textContent`` — data never becomes markup. Graphs above ``PHYSICS_LIMIT`` nodes get static
positions from ``layout.positions`` instead of the browser's physics.
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

from builder.output import write_atomic

from .layout import positions
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


META = ("cls", "label", "label_en", "sentences", "links", "interval", "found_by")


def _nodes(g: nx.MultiDiGraph, static: bool) -> list[dict[str, Any]]:
    at = positions(g) if static else {}
    degree = dict(g.degree())
    records = []
    for node, data in sorted(g.nodes(data=True)):
        style = style_of(data["cls"])
        record = {
            "id": node,
            "label": data["label"],
            "shape": style.shape,
            "color": style.colour,
            "size": data.get("size") or 10 + 4 * math.sqrt(degree.get(node, 0)),
            "meta": {k: data.get(k, "") for k in META} | {"members": data.get("members", [])},
        }
        if static:
            record["x"], record["y"] = at[node]
        records.append(record)
    return records


def _edges(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    return [
        {
            "from": s,
            "to": o,
            "arrows": "to",
            "label": data["label"],
            "predicate": key,
            "meta": {"label_en": data["label_en"], "sentences": data["sentences"]},
            **({"width": data["width"]} if "width" in data else {}),
        }
        for s, o, key, data in sorted(g.edges(keys=True, data=True))
    ]


def _options(static: bool) -> dict[str, Any]:
    return {
        "physics": {
            "enabled": not static,
            "solver": "forceAtlas2Based",
            "stabilization": {"enabled": True, "iterations": 400, "fit": True},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "navigationButtons": False,
            # a static graph of thousands of nodes: pan and zoom redraw nodes only
            "hideEdgesOnDrag": static,
            "hideEdgesOnZoom": static,
        },
        "layout": {"improvedLayout": not static},
        "edges": {
            "hidden": static,  # the page draws them itself, batched (templates/graph.html)
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
                    "nodes": _nodes(g, static),
                    "edges": _edges(g),
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
