"""The graph view and graph analytics: RDF → networkx → pyvis (one self-contained HTML file)."""

from .render import render
from .to_networkx import to_networkx

__all__ = ["render", "to_networkx"]
