"""Big views: the streaming reader, the igraph layout, the overview, and the static page in Chromium
(filtering, batched relations, relations reached from a node). Speed is measured by
bench/viz_bench.py, not here."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from builder import paths
from builder.errors import InputError
from builder.namespaces import PLANKG
from viz import render, to_networkx
from viz.layout import positions
from viz.overview import communities, overview
from viz.screenshot import ARGS, CHROMIUM
from viz.to_networkx import entity_graph

BASE = paths.DEFAULT_BASE


def _records(g: nx.MultiDiGraph) -> tuple[dict[str, Any], dict[Any, Any]]:
    return dict(g.nodes(data=True)), {(s, o, k): d for s, o, k, d in g.edges(keys=True, data=True)}


def test_reading_the_file_gives_the_same_graph_as_reading_rdflib(
    seed_graph: Graph, tmp_path: Path
) -> None:
    data = tmp_path / "graph.nt"
    data.write_text(seed_graph.serialize(format="nt"), encoding="utf-8")
    from_file = entity_graph(data, paths.ONTOLOGY)
    from_rdflib = to_networkx(seed_graph, Graph().parse(paths.ONTOLOGY))
    assert _records(from_file) == _records(from_rdflib)
    assert from_file.number_of_nodes() > 100 and from_file.number_of_edges() > 100
    edge = from_file.get_edge_data(
        BASE + "plan/静安区产业发展十四五规划/measure/培育壮大数据智能产业",
        BASE + "zone/市北国际科创社区",
    )
    (data_of,) = edge.values()
    assert data_of["label"] and "市北国际科创社区" in data_of["sentences"][0]


def test_a_bad_graph_file_is_one_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable RDF file"):
        entity_graph(bad)
    with pytest.raises(InputError, match="no such graph file"):
        entity_graph(tmp_path / "missing.ttl")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "plankg",
            "viz",
            "--graph",
            str(bad),
            "--out",
            str(tmp_path / "v.html"),
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and str(bad) in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "v.html").exists()


def _clusters(k: int, size: int) -> nx.MultiDiGraph:
    """k dense clusters of ``size`` zones, each tied to the next by one relation."""
    g = nx.MultiDiGraph()
    for c in range(k):
        for i in range(size):
            g.add_node(
                f"{BASE}zone/c{c}n{i}",
                cls="Zone",
                label=f"园区{c}-{i}",
                label_en="",
                sentences=[],
                links=[],
                interval="",
                found_by="",
            )
        for i in range(size):
            for j in (1, 2, 3):
                g.add_edge(
                    f"{BASE}zone/c{c}n{i}",
                    f"{BASE}zone/c{c}n{(i + j) % size}",
                    key="p",
                    label="邻近",
                    label_en="near",
                    sentences=[],
                )
        g.add_edge(
            f"{BASE}zone/c{c}n0",
            f"{BASE}zone/c{(c + 1) % k}n0",
            key="p",
            label="邻近",
            label_en="near",
            sentences=[],
        )
    return g


def test_layout_is_deterministic_and_keeps_neighbours_close() -> None:
    g = _clusters(8, 250)
    first, again = positions(g), positions(g)
    assert first == again and set(first) == set(g)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in first.values())

    def distance(a: str, b: str) -> float:
        return math.dist(first[a], first[b])

    linked = sum(distance(s, o) for s, o in g.edges()) / g.number_of_edges()
    nodes = sorted(g)
    apart = sum(distance(nodes[i], nodes[(i * 7919) % len(nodes)]) for i in range(len(nodes)))
    assert linked < 0.5 * apart / len(nodes)


def test_overview_groups_communities_and_names_their_members() -> None:
    g = _clusters(6, 40)
    numbers = communities(g)
    assert len(set(numbers.values())) == 6
    assert all(
        numbers[f"{BASE}zone/c{c}n{i}"] == numbers[f"{BASE}zone/c{c}n0"]
        for c in range(6)
        for i in range(40)
    )
    small = overview(g, "communities")
    assert small.number_of_nodes() == 6 and small.number_of_edges() == 6
    node = next(iter(small.nodes.values()))
    assert len(node["members"]) == 8 and node["sentences"][0].startswith("plankg viz --focus ")
    (between,) = list(small.edges(data=True))[:1]
    assert between[2]["label_en"] == "1 relations"
    by_class = overview(g, "classes")
    assert by_class.number_of_nodes() == 1 and "240" in next(iter(by_class.nodes.values()))["label"]


def test_cli_overview(tmp_path: Path, seed_graph: Graph) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text(seed_graph.serialize(format="turtle"), encoding="utf-8")
    out = tmp_path / "overview.html"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "plankg",
            "viz",
            "--graph",
            str(graph),
            "--overview",
            "classes",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    classes = {d["cls"] for _, d in to_networkx(seed_graph).nodes(data=True)}
    assert run.returncode == 0 and f"({len(classes)} nodes" in run.stdout, run.stderr
    assert "members" in out.read_text(encoding="utf-8")


# -- the static page of a big graph in Chromium ------------------------------------------------
needs_browser = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not os.environ.get("PLANKG_REQUIRE_BROWSER"),
    reason=f"no Chromium at {CHROMIUM}",
)


@pytest.fixture(scope="module")
def big_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, nx.MultiDiGraph]]:
    from playwright.sync_api import sync_playwright

    graph = Graph()
    for c in range(10):
        industry = URIRef(f"{BASE}industry/i{c}")
        graph.add((industry, RDF.type, PLANKG.Industry))
        graph.add((industry, RDFS.label, Literal(f"产业{c}", lang="zh")))
        for i in range(180):
            zone = URIRef(f"{BASE}zone/z{c}-{i}")
            graph.add((zone, RDF.type, PLANKG.Zone))
            graph.add(
                (zone, RDFS.label, Literal(f"{'金融' if i % 9 == 0 else ''}园区{c}-{i}", lang="zh"))
            )
            graph.add((zone, PLANKG.inIndustry, industry))
    g = to_networkx(graph, Graph().parse(paths.ONTOLOGY))
    html = render(g, tmp_path_factory.mktemp("big") / "big.html")
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        context.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort()
        )
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.plankgView && window.plankgView.ready")
        yield page, g
        assert errors == []
        browser.close()


NEXT_FRAME = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


@needs_browser
def test_big_page_is_static_and_draws_relations_batched(
    big_page: tuple[Any, nx.MultiDiGraph],
) -> None:
    page, g = big_page
    assert page.evaluate("DATA.static") is True
    page.evaluate(NEXT_FRAME)
    assert page.evaluate("network.body.edgeIndices.length") == 0  # vis-network draws none itself
    assert page.evaluate("plankgView.drawnRelations()") == g.number_of_edges()


@needs_browser
def test_big_page_search_and_filter_hide_nodes_and_their_relations(
    big_page: tuple[Any, nx.MultiDiGraph],
) -> None:
    page, g = big_page
    page.fill("#search", "金融")
    page.evaluate(NEXT_FRAME)
    shown = {n for n, d in g.nodes(data=True) if "金融" in d["label"]}
    assert page.evaluate("plankgView.visibleCount()") == len(shown)
    assert sorted(page.evaluate("network.body.nodeIndices")) == sorted(shown)
    assert page.evaluate("plankgView.drawnRelations()") == 0  # zones only link to industries
    page.fill("#search", "")
    page.uncheck("#legend input[value=Industry]")
    page.evaluate(NEXT_FRAME)
    assert page.evaluate("network.body.nodeIndices.length") == len(g) - 10
    assert page.evaluate("plankgView.drawnRelations()") == 0
    page.check("#legend input[value=Industry]")
    page.evaluate(NEXT_FRAME)
    assert page.evaluate("plankgView.drawnRelations()") == g.number_of_edges()


@needs_browser
def test_clicking_a_node_lists_its_relations_and_a_relation_shows_its_type(
    big_page: tuple[Any, nx.MultiDiGraph],
) -> None:
    page, g = big_page
    iri = f"{BASE}industry/i3"
    page.evaluate(f"network.body.emitter.emit('click', {{nodes: [{iri!r}], edges: []}})")
    info = page.inner_text("#info")
    assert "产业3" in info and "(180)" in info and "园区3-7" in info
    page.locator("#info .relation").first.click()
    label = next(iter(g.get_edge_data(f"{BASE}zone/z3-0", iri).values()))["label"]
    assert label and label in page.inner_text("#info")


@needs_browser
def test_tooltips_are_built_on_hover(big_page: tuple[Any, nx.MultiDiGraph]) -> None:
    page, g = big_page
    iri = f"{BASE}industry/i5"
    page.evaluate(f"network.moveTo({{position: network.getPosition({iri!r}), scale: 1.5}})")
    page.evaluate(NEXT_FRAME)
    box = page.locator("#graph").bounding_box()
    point = page.evaluate(f"network.canvasToDOM(network.getPosition({iri!r}))")
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    hovered = page.evaluate(f"network.getNodeAt({point})")  # a zone may lie on top of it
    assert g.nodes[hovered]["label"] in page.inner_text("div.vis-tooltip")
