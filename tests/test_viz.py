"""RDF → networkx, analytics and exports (the browser tests are in test_view_browser.py)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from builder import paths
from viz import to_networkx
from viz.export import export
from viz.metrics import statistics
from viz.views import ego, find_nodes

BASE = paths.DEFAULT_BASE


@pytest.fixture(scope="module")
def entity_graph(seed_graph: Graph) -> nx.MultiDiGraph:
    return to_networkx(seed_graph, Graph().parse(paths.ONTOLOGY))


def test_nodes_are_entities_not_text_spans(entity_graph: nx.MultiDiGraph) -> None:
    assert all(
        "#char=" not in n and "/statement/" not in n and "/time/" not in n for n in entity_graph
    )
    classes = {d["cls"] for _, d in entity_graph.nodes(data=True)}
    assert "SourceText" not in classes and {"Measure", "Zone", "Industry", "Enterprise"} <= classes


def test_nodes_and_edges_carry_their_sentences(entity_graph: nx.MultiDiGraph) -> None:
    zone = entity_graph.nodes[BASE + "zone/市北国际科创社区"]
    assert zone["label"] == "市北国际科创社区" and zone["cls"] == "Zone"
    assert any("市北国际科创社区" in s for s in zone["sentences"])
    measure = BASE + "plan/静安区产业发展十四五规划/measure/培育壮大数据智能产业"
    edge = entity_graph.get_edge_data(measure, BASE + "zone/市北国际科创社区")
    (data,) = edge.values()
    assert data["label"] and data["label_en"] and "市北国际科创社区" in data["sentences"][0]


def test_phases_show_their_interval(entity_graph: nx.MultiDiGraph) -> None:
    phase = entity_graph.nodes[BASE + "plan/静安区产业发展十四五规划/phase/规划起草"]
    assert phase["interval"] == "2020-05 – 2020-06"


def test_no_entity_is_isolated(entity_graph: nx.MultiDiGraph) -> None:
    assert [n for n in entity_graph if entity_graph.degree(n) == 0] == []


def test_ego_network(entity_graph: nx.MultiDiGraph) -> None:
    focus = find_nodes(entity_graph, "数据智能产业")
    sub = ego(entity_graph, focus, 1)
    labels = {d["label"] for _, d in sub.nodes(data=True)}
    assert {"数据智能产业", "培育壮大数据智能产业", "大数据产业"} <= labels
    assert "欧莱雅" not in labels


def test_statistics(entity_graph: nx.MultiDiGraph) -> None:
    stats = statistics(entity_graph)
    assert stats["classes"]["Zone"] == 14
    assert stats["top_degree"][0]["class"] == "Plan"
    assert sum(stats["components"]) == stats["nodes"] and stats["communities"]


def test_exports(entity_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    (graphml,) = export(entity_graph, "graphml", tmp_path / "g.graphml")
    assert nx.read_graphml(graphml).number_of_nodes() == entity_graph.number_of_nodes()
    (gexf,) = export(entity_graph, "gexf", tmp_path / "g.gexf")
    assert nx.read_gexf(gexf).number_of_edges() == entity_graph.number_of_edges()
    nodes, edges = export(entity_graph, "csv", tmp_path / "csv")
    with nodes.open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == entity_graph.number_of_nodes()
    with edges.open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == entity_graph.number_of_edges()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "plankg", *args], capture_output=True, text=True)


def test_cli_viz_views(tmp_path: Path, seed_graph: Graph) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text(seed_graph.serialize(format="turtle"), encoding="utf-8")
    whole = _cli("viz", "--graph", str(graph), "--out", str(tmp_path / "all.html"))
    expected = to_networkx(seed_graph).number_of_nodes()
    assert whole.returncode == 0 and f"({expected} nodes" in whole.stdout
    query = _cli(
        "viz",
        "--graph",
        str(graph),
        "--query",
        "zones-by-industry",
        "--param",
        "industry=数据智能产业",
        "--out",
        str(tmp_path / "q.html"),
    )
    assert query.returncode == 0 and "2 nodes" in query.stdout, query.stderr
    focus = _cli(
        "viz", "--graph", str(graph), "--focus", "不存在的实体", "--out", str(tmp_path / "f.html")
    )
    assert focus.returncode == 2 and "no entity labelled" in focus.stderr
    assert not (tmp_path / "f.html").exists()
    stats = _cli("stats", "--graph", str(graph))
    assert stats.returncode == 0 and "communities" in stats.stdout
