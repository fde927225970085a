"""The HTML view in real headless Chromium (Debian's, driven by Playwright; no browser download),
with every request except file:// blocked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from builder import paths
from builder.namespaces import PLANKG
from viz import render, to_networkx
from viz.screenshot import ARGS, CHROMIUM

XSS = '<img src=x onerror="window.__xss=1">'

if not Path(CHROMIUM).exists() and not os.environ.get("PLANKG_REQUIRE_BROWSER"):
    pytest.skip(
        f"no Chromium at {CHROMIUM} (install Debian's chromium; .ci/run does)",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield instance
        instance.close()


class Page:
    """A page opened from file:// with the network cut off, recording what goes wrong."""

    def __init__(self, browser: Any, html: Path, fragment: str = "") -> None:
        self.errors: list[str] = []
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on(
            "console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None
        )
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(html.resolve().as_uri() + fragment)
        self.page.wait_for_function("window.plankgView && window.plankgView.ready")

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)


@pytest.fixture(scope="module")
def seed_view(tmp_path_factory: pytest.TempPathFactory, seed_graph: Graph) -> tuple[Path, Any]:
    g = to_networkx(seed_graph, Graph().parse(paths.ONTOLOGY))
    return render(
        g, tmp_path_factory.mktemp("view") / "graph.html", "静安区产业发展“十四五”规划"
    ), g


def test_page_renders_offline_with_all_nodes(browser: Any, seed_view: tuple[Path, Any]) -> None:
    html, g = seed_view
    view = Page(browser, html)
    assert view.js("network.body.data.nodes.length") == g.number_of_nodes()
    assert view.js("network.body.data.edges.length") == g.number_of_edges()
    view.page.wait_for_timeout(1500)
    shot = paths.ROOT / "build" / "screenshots" / "graph.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    view.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert view.errors == [] and view.blocked == [] and view.dialogs == []
    html_text = html.read_text(encoding="utf-8")
    assert "<script src" not in html_text and 'href="http' not in html_text


def test_search_and_class_filter_change_what_is_shown(
    browser: Any, seed_view: tuple[Path, Any]
) -> None:
    html, g = seed_view
    view = Page(browser, html)
    total = g.number_of_nodes()
    assert view.js("plankgView.visibleCount()") == total
    view.page.fill("#search", "金融")
    shown = view.js("plankgView.visibleCount()")
    expected = sum(1 for _, d in g.nodes(data=True) if "金融" in d["label"])
    assert shown == expected and 0 < shown < total
    view.page.fill("#search", "")
    zones = sum(1 for _, d in g.nodes(data=True) if d["cls"] == "Zone")
    view.page.uncheck("#legend input[value=Zone]")
    assert view.js("plankgView.visibleCount()") == total - zones
    assert view.errors == []


def test_clicking_a_node_shows_its_source_sentence(
    browser: Any, seed_view: tuple[Path, Any]
) -> None:
    html, _ = seed_view
    view = Page(browser, html)
    iri = paths.DEFAULT_BASE + "zone/市北国际科创社区"
    view.js(
        f"network.selectNodes([{iri!r}]); network.body.emitter.emit('click', {{nodes: [{iri!r}], edges: []}})"
    )
    info = view.page.inner_text("#info")
    assert "市北国际科创社区" in info and "打造上海市北区块链生态谷、市北国际科创社区" in info


def test_a_fragment_selects_the_entity_a_reconciliation_candidate_links_to(
    browser: Any, seed_view: tuple[Path, Any]
) -> None:
    """`plankg reconcile`'s view template is graph.html#{{id}}, the id percent-encoded."""
    html, _ = seed_view
    iri = paths.DEFAULT_BASE + "enterprise/国泰君安"
    view = Page(browser, html, "#" + quote(iri, safe=""))
    assert view.js("network.getSelectedNodes()") == [iri]
    assert "国泰君安、平安资管等金融机构" in view.page.inner_text("#info")
    view.js("location.hash = 'zone/市北高新区'")  # a local id, typed by hand
    view.page.wait_for_function("network.getSelectedNodes()[0].endsWith('zone/市北高新区')")
    assert view.errors == []


def test_labels_from_data_are_text_not_markup(browser: Any, tmp_path: Path) -> None:
    graph = Graph()
    node = URIRef(paths.DEFAULT_BASE + "zone/xss")
    graph.add((node, RDF.type, PLANKG.Zone))
    graph.add((node, RDFS.label, Literal(XSS, lang="zh")))
    graph.add((node, RDFS.label, Literal("</script><script>window.__xss=2</script>", lang="en")))
    html = render(to_networkx(graph), tmp_path / "xss.html", XSS)
    view = Page(browser, html)
    view.js(f"network.body.emitter.emit('click', {{nodes: [{str(node)!r}], edges: []}})")
    box = view.page.locator("#graph").bounding_box()
    point = view.js(f"network.canvasToDOM(network.getPosition({str(node)!r}))")
    view.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])  # shows the tooltip
    view.page.wait_for_timeout(500)
    assert view.js("window.__xss") is None
    assert view.page.query_selector("img") is None
    assert XSS in view.page.inner_text("#info")
    assert view.js("network.body.data.nodes.get()[0].label") == XSS
    assert view.dialogs == [] and view.errors == []


def test_large_graphs_get_a_static_layout(tmp_path: Path) -> None:
    graph = Graph()
    for i in range(1600):
        graph.add((URIRef(f"{paths.DEFAULT_BASE}zone/z{i}"), RDF.type, PLANKG.Zone))
    html = render(to_networkx(graph), tmp_path / "big.html")
    text = html.read_text(encoding="utf-8")
    assert '"static": true' in text and '"enabled": false' in text
