"""`plankg reconcile`: the W3C Reconciliation API 0.2 as OpenRefine 3.x speaks it.

Responses are validated against the specification's own JSON schemas (fixtures/reconciliation-0.2,
see its SOURCE.md); the HTTP tests run the real command on a free loopback port.
"""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from referencing import Registry
from referencing.jsonschema import DRAFT7

from builder.namespaces import PLANKG
from linking.linker import Candidate, entities, link, name_index, ranked, read_csv
from linking.reconcile import MAX_QUERIES, BadRequest, Service
from plankg import main

from .servers import free_port

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = Path(__file__).parent / "fixtures" / "reconciliation-0.2"
COMPANIES = Path(__file__).parent / "fixtures" / "link" / "companies.csv"
KG = "https://w3id.org/plankg/"
GTJA = f"{KG}enterprise/国泰君安"
ENTERPRISE = f"{KG}ontology#Enterprise"
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, no proxy


# -- the specification's schemas ------------------------------------------------------------
def _schema(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    return data


REGISTRY: Registry[Any] = Registry().with_resources(
    (_schema(p.stem)["$id"], DRAFT7.create_resource(_schema(p.stem)))
    for p in SCHEMAS.glob("*.json")
)


def check(name: str, instance: Any) -> None:
    """Fail with every schema error of ``instance`` against the 0.2 schema ``name``."""
    errors = list(Draft7Validator(_schema(name), registry=REGISTRY).iter_errors(instance))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


# -- a running service ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def graph_file(seed_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reconcile")
    path = folder / "graph.ttl"
    path.write_text(seed_graph.serialize(format="turtle"), encoding="utf-8")
    (folder / "graph.html").write_text("<!DOCTYPE html><title>view</title>", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def url(graph_file: Path) -> Iterator[str]:
    """The base URL of `plankg reconcile --graph …` on a free loopback port."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "plankg", "reconcile", "--graph", str(graph_file),
         "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}/"
    try:
        _wait(base, process)
        yield base
    finally:
        process.terminate()
        process.communicate(timeout=30)


def _wait(base: str, process: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"plankg reconcile exited: {process.communicate()[1]}")
        try:
            with OPENER.open(base, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("plankg reconcile did not start")


def call(
    url: str,
    params: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
    method: str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], str]:
    """(status, headers with lower-case names, body) of one request, errors included."""
    target = url + ("?" + urllib.parse.urlencode(params) if params else "")
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    request = urllib.request.Request(target, data=data, method=method, headers=headers or {})
    try:
        with OPENER.open(request, timeout=60) as response:
            return response.status, _lower(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, _lower(error.headers), error.read().decode()


def _lower(headers: Any) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def answer(url: str, **kwargs: Any) -> Any:
    status, _, body = call(url, **kwargs)
    assert status == 200, body
    return json.loads(body)


def reconcile(url: str, queries: dict[str, Any]) -> dict[str, Any]:
    check("reconciliation-query-batch", queries)  # what we send is what the spec allows
    result: dict[str, Any] = answer(url, form={"queries": json.dumps(queries)})
    check("reconciliation-result-batch", result)
    return result


@pytest.fixture(scope="module")
def service(seed_graph: Graph) -> Service:
    return Service(seed_graph, KG)


# -- (a) every response validates against the specification ----------------------------------
def test_manifest(url: str) -> None:
    manifest = answer(url)
    check("manifest", manifest)
    assert manifest["identifierSpace"] == KG
    assert manifest["schemaSpace"] == f"{KG}ontology#"
    types = {t["id"]: t["name"] for t in manifest["defaultTypes"]}
    for cls, zh in [("Industry", "产业"), ("Zone", "区域"), ("Enterprise", "企业"),
                    ("GovernmentBody", "政府机构"), ("Organization", "机构"),
                    ("PolicyConcept", "政策概念"), ("Measure", "举措")]:  # fmt: skip
        assert types[f"{KG}ontology#{cls}"].startswith(zh)
    assert f"{KG}ontology#SourceText" not in types
    assert manifest["view"]["url"] == f"{url}graph.html#{{{{id}}}}"
    assert manifest["preview"]["url"] == f"{url}preview?id={{{{id}}}}"
    assert manifest["batchSize"] == MAX_QUERIES


def test_manifest_as_jsonp(url: str) -> None:
    """OpenRefine falls back to JSONP when it cannot read the manifest with CORS."""
    status, headers, body = call(url, params={"callback": "jsonp123"})
    assert status == 200 and headers["content-type"].startswith("application/javascript")
    assert body.startswith("/**/jsonp123(") and body.endswith(");")
    check("manifest", json.loads(body[len("/**/jsonp123(") : -2]))


def test_reconciliation_round_trip(url: str) -> None:
    result = reconcile(
        url,
        {
            "q0": {"query": "國泰君安", "type": ENTERPRISE, "type_strict": "should", "limit": 3},
            "q1": {"query": "某某不存在公司"},
            "q2": {"query": "国泰君安", "properties": [{"pid": "industry", "v": "金融服务业"}]},
        },
    )
    (top,) = result["q0"]["result"]
    assert (top["id"], top["name"], top["match"], top["score"]) == (GTJA, "国泰君安", True, 100)
    assert top["type"] == [{"id": ENTERPRISE, "name": "企业 Enterprise"}]
    assert top["description"].startswith("exact after normalisation")
    assert result["q1"] == {"result": []}
    assert result["q2"]["result"][0]["description"].startswith("exact name; properties 1/1 agree")


def test_reconciliation_by_get(url: str) -> None:
    result = answer(url, params={"queries": json.dumps({"q0": {"query": "平安资管"}})})
    check("reconciliation-result-batch", result)
    assert result["q0"]["result"][0]["match"] is True


def test_suggest(url: str) -> None:
    entities_ = answer(f"{url}suggest/entity", params={"prefix": "市北"})
    check("suggest-entities-response", entities_)
    names = [e["name"] for e in entities_["result"]]
    assert names[0] == "市北高新区" and "市北国际科创社区" in names
    assert entities_["result"][0]["notable"] == [{"id": f"{KG}ontology#Zone", "name": "区域 Zone"}]
    by_id = answer(f"{url}suggest/entity", params={"prefix": "enterprise/国泰君安"})
    assert by_id["result"][0]["id"] == GTJA
    types = answer(f"{url}suggest/type", params={"prefix": "enter"})
    check("suggest-types-response", types)
    assert [t["id"] for t in types["result"]] == [ENTERPRISE]
    props = answer(f"{url}suggest/property", params={"prefix": "code"})
    check("suggest-properties-response", props)
    assert {p["id"] for p in props["result"]} == {"division-code", "industry-code"}


def test_preview(url: str) -> None:
    status, headers, body = call(f"{url}preview", params={"id": GTJA})
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "<b>国泰君安</b>" in body and "Guotai Junan" in body and "企业 Enterprise" in body
    assert "国泰君安、平安资管等金融机构" in body  # the plan sentence it came from
    assert call(f"{url}preview", params={"id": "enterprise/国泰君安"})[2] == body  # local id
    assert call(f"{url}preview", params={"id": "nothing/here"})[0] == 404


def test_data_extension(url: str) -> None:
    properties = answer(f"{url}properties", params={"type": ENTERPRISE})
    assert properties["type"] == ENTERPRISE
    offered = [p["id"] for p in properties["properties"]]
    assert {"label", "type", "industry", "plan", "sentence"} <= set(offered)
    assert all(set(p) >= {"id", "name"} for p in properties["properties"])
    query = {
        "ids": [GTJA, "zone/市北高新区", f"{KG}industry/数据智能产业", f"{KG}enterprise/毕马威咨询",
                "nothing/here"],
        "properties": [{"id": p} for p in ("industry", "zone", "division-code", "industry-code",
                                           "external-id", "type")],
    }  # fmt: skip
    check("data-extension-query", query)
    result = answer(url, form={"extend": json.dumps(query)})
    check("data-extension-response", result)
    meta = {m["id"]: m for m in result["meta"]}
    assert meta["industry"]["type"] == {"id": f"{KG}ontology#Industry", "name": "产业 Industry"}
    rows = result["rows"]
    assert rows[GTJA]["industry"] == [{"id": f"{KG}industry/金融服务业", "name": "金融服务业"}]
    assert rows["zone/市北高新区"]["division-code"] == [{"str": "310106"}]
    industry = rows[f"{KG}industry/数据智能产业"]
    assert {"id": f"{KG}zone/市北国际科创社区", "name": "市北国际科创社区"} in industry["zone"]
    assert industry["industry-code"] == [{"str": "65"}]
    kpmg = rows[f"{KG}enterprise/毕马威咨询"]
    assert kpmg["external-id"] == [{"str": "http://www.wikidata.org/entity/Q493751"}]
    assert kpmg["type"] == [{"str": "Enterprise"}]
    assert rows["nothing/here"] == {p["id"]: [] for p in query["properties"]}


def test_properties_for_a_column_of_no_particular_type(url: str) -> None:
    offered = [p["id"] for p in answer(f"{url}properties", params={"type": ""})["properties"]]
    assert offered[:3] == ["label", "alias", "type"] and "division-code" in offered


def test_cors_preflight_and_simple_requests(url: str) -> None:
    origin = {"Origin": "http://127.0.0.1:3333"}
    status, headers, _ = call(
        url,
        method="OPTIONS",
        headers=origin | {"Access-Control-Request-Method": "POST",
                          "Access-Control-Request-Headers": "content-type"},
    )  # fmt: skip
    assert status == 200
    assert headers["access-control-allow-origin"] == "*"
    assert "POST" in headers["access-control-allow-methods"]
    for path in ("", "suggest/entity?prefix=x", "preview?id=x", "properties?type=Zone"):
        assert call(url + path, headers=origin)[1]["access-control-allow-origin"] == "*"


def test_view_is_served(url: str) -> None:
    status, headers, body = call(f"{url}graph.html")
    assert status == 200 and headers["content-type"].startswith("text/html") and "view" in body


# -- (c) name variants ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "name", "match", "why"),
    [
        ("國泰君安", "国泰君安", True, "exact after normalisation"),  # traditional
        ("罗兰贝格国际管理咨询（上海）有限公司", "罗兰贝格国际管理咨询(上海)有限公司", True,
         "exact after normalisation"),  # full-width brackets, legal form part of the name
        ("霍金路偉律師事務所", "霍金路伟律师事务所", True, "exact after normalisation"),
        ("L’ORÉAL", "欧莱雅", True, "exact after normalisation"),  # the English label
        ("区发改委", "区发展改革委", True, "alias 区发改委"),
        ("欧莱雅(中国)有限公司", "欧莱雅", False, "same name without legal-form"),
        ("毕马威咨询有限公司", "毕马威咨询", False, "same name without legal-form"),
        ("国泰君安证券股份有限公司", "国泰君安", False, "similarity 0.85"),
        ("enterprise/国泰君安", "国泰君安", True, "the entity's id"),
    ],
)  # fmt: skip
def test_name_variants(url: str, query: str, name: str, match: bool, why: str) -> None:
    (top,) = reconcile(url, {"q0": {"query": query, "limit": 1}})["q0"]["result"]
    assert (top["name"], top["match"]) == (name, match)
    assert top["description"].startswith(why)


def test_every_company_reconciles_as_the_linker_links(seed_graph: Graph, service: Service) -> None:
    """The linker's test records: the top candidate is the linked entity, and a match exactly
    when the linker calls it an exact match."""
    records = read_csv(COMPANIES, "企业名称", "编号")
    report = link(records, entities(seed_graph))
    batch = {rid: {"query": label} for rid, label in records}
    result = service.reconcile(json.dumps(batch))
    check("reconciliation-result-batch", result)
    for m in report.matched:
        top = result[m.record_id]["result"][0]
        assert (top["id"], top["match"]) == (m.entity_iri, m.method == "exact"), m
    for rid, _ in report.unmatched:
        assert result[rid]["result"] == []


def test_ranked_keeps_the_runners_up_of_every_tier() -> None:
    """`link` stops at the first tier with a hit; a reconciliation client shows them all."""
    candidates = [
        Candidate("https://example.org/e/1", "华为技术", "Enterprise"),
        Candidate("https://example.org/e/2", "华为技术(深圳)有限公司", "Enterprise"),
        Candidate("https://example.org/e/3", "华为技术研究院", "Organization"),
    ]
    hits = ranked("華為技術", name_index(candidates))
    assert [(c.label, method, round(score, 2)) for c, method, score in hits] == [
        ("华为技术", "exact", 1.0),
        ("华为技术(深圳)有限公司", "legal-form", 0.95),
        ("华为技术研究院", "fuzzy", 0.85),
    ]
    assert ranked("  ", name_index(candidates)) == []


def test_a_type_keeps_companies_off_zones(url: str) -> None:
    name = "市北高新技术服务业园区开发有限公司"
    result = reconcile(url, {"q0": {"query": name}, "q1": {"query": name, "type": "Enterprise"}})
    assert result["q0"]["result"][0]["name"] == "市北高新区"
    assert result["q1"]["result"] == []


def test_a_shared_exact_name_is_no_match() -> None:
    graph = Graph()
    for number, (cls, label) in enumerate([("Enterprise", "华为"), ("Organization", "華為")]):
        node = URIRef(f"https://example.org/e/{number}")
        graph.add((node, RDF.type, PLANKG[cls]))
        graph.add((node, RDFS.label, Literal(label, lang="zh")))
    service = Service(graph, "https://example.org/e/")
    result = service.reconcile(json.dumps({"q0": {"query": "华为"}}))["q0"]["result"]
    assert [(c["name"], c["score"], c["match"]) for c in result] == [
        ("华为", 100.0, False),
        ("華為", 100.0, False),
    ]
    typed = service.reconcile(json.dumps({"q0": {"query": "华为", "type": "Enterprise"}}))
    assert [c["match"] for c in typed["q0"]["result"]] == [True]


def test_query_properties_weigh_in(service: Service) -> None:
    def top(v: Any) -> dict[str, Any]:
        query = {"query": "国泰君安", "properties": [{"pid": "industry", "v": v}]}
        result: dict[str, Any] = service.reconcile(json.dumps({"q0": query}))["q0"]["result"][0]
        return result

    assert top({"id": f"{KG}industry/金融服务业"})["match"] is True
    assert top("金融")["match"] is False  # an alias of the industry is not its name
    wrong = top("文化创意产业")
    assert (wrong["match"], wrong["score"]) == (False, 50.0)
    only = service.reconcile(
        json.dumps(
            {"q0": {"properties": [{"pid": "industry", "v": "金融服务业"}], "type": "Enterprise"}}
        )
    )["q0"]["result"]
    assert {c["name"] for c in only} == {"国泰君安", "平安资管"}


# -- (d) malformed input: 400 with a message, never a 500 or a hang --------------------------
@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"queries": "{not json"}, "queries is not valid JSON at line 1, column 2"),
        ({"queries": "[1, 2]"}, "queries must be a JSON object"),
        ({"queries": json.dumps({f"q{i}": {"query": "x"} for i in range(10_000)})},
         "10000 queries in one batch; at most 1000"),
        ({"queries": json.dumps({"q0": {"query": "x" * 1_000_000}})},
         "a name of 1000000 characters; at most 1000"),
        ({"queries": json.dumps({"q0": {"query": "x", "type": "Spaceship"}})},
         "unknown type 'Spaceship'; types of this graph: Enterprise, Organization"),
        ({"queries": json.dumps({"q0": {"query": "x", "properties": [{"pid": "p9", "v": 1}]}})},
         "unknown property 'p9'; properties: label, alias"),
        ({"queries": json.dumps({"q0": {"query": "x", "limit": -1}})}, "limit must be a positive"),
        ({"queries": json.dumps({"q0": "x"})}, "query 'q0' must be an object"),
        ({"extend": "{}"}, "extend must be a JSON object with 'ids' and 'properties'"),
        ({"extend": json.dumps({"ids": [GTJA], "properties": [{"id": "salary"}]})},
         "unknown property 'salary'"),
    ],
)  # fmt: skip
def test_malformed_requests_get_400(url: str, form: dict[str, str], message: str) -> None:
    status, headers, body = call(url, form=form)
    assert status == 400, body
    assert headers["content-type"] == "application/json"
    error = json.loads(body)
    assert error["status"] == "error" and message in error["message"], error
    assert len(error["message"]) < 400


def test_more_400s(url: str) -> None:
    assert call(url, params={"callback": "alert(1)//"})[0] == 400
    assert call(f"{url}properties", params={"type": "Spaceship"})[0] == 400
    assert call(f"{url}suggest/entity", params={"prefix": "x", "cursor": "-1"})[0] == 400
    assert _announced_body(url, 10 * 1024 * 1024) == 413  # refused before it is read
    assert answer(url)["name"] == "plankg"  # still serving


def _announced_body(url: str, length: int) -> int:
    """The status of a POST that announces ``length`` bytes and sends a few of them."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.putrequest("POST", "/")
        connection.putheader("Content-Type", "application/x-www-form-urlencoded")
        connection.putheader("Content-Length", str(length))
        connection.endheaders(b"queries=")
        return connection.getresponse().status
    finally:
        connection.close()


def test_bad_request_is_plain_data() -> None:
    error = BadRequest("x")
    assert (error.message, error.status) == ("x", 400)


# -- the command line (in process: the same code path as the `plankg` script) ---------------
def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # --help
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "reconcile", "--help")
    assert code == 0 and "plankg reconcile --graph out/graph.ttl --port 8001" in out
    assert "reconcile examples:" in run_cli(capsys, "--help")[1]


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "no such graph file"), ("@prefix broken", "not a readable RDF file")],
)
def test_bad_graph_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | None, problem: str
) -> None:
    path = tmp_path / "graph.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = run_cli(capsys, "reconcile", "--graph", str(path), "--port", "1")
    assert (code, out) == (2, "")
    (line,) = err.strip().splitlines()
    assert line.startswith(f"plankg: error: {path}: {problem}")


def test_busy_port_bad_view_template_and_missing_store(
    capsys: pytest.CaptureFixture[str], graph_file: Path, tmp_path: Path
) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        code, _, err = run_cli(capsys, "reconcile", "--graph", str(graph_file), "--port", str(port))
    assert code == 2 and err.count("\n") == 1 and f"cannot listen on 127.0.0.1:{port}" in err
    assert "try another --port" in err
    code, _, err = run_cli(capsys, "reconcile", "--graph", str(graph_file), "--view-url", "x")
    assert code == 2 and "has no {{id}}" in err
    code, _, err = run_cli(capsys, "reconcile", "--store", str(tmp_path / "nothing"))
    assert code == 2 and "no Oxigraph store here" in err
    assert not (tmp_path / "nothing").exists()  # not created by looking


def test_serves_a_store(tmp_path: Path) -> None:
    """`plankg build --store DIR` then `plankg reconcile --store DIR`: the same entities."""
    import pyoxigraph as ox

    from builder.sink import load_lines

    store = ox.Store(str(tmp_path / "store"))
    load_lines(store, ['<https://w3id.org/plankg/zone/z> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/plankg/ontology#Zone> .\n',
                       '<https://w3id.org/plankg/zone/z> <http://www.w3.org/2000/01/rdf-schema#label> "某园区"@zh .\n'])  # fmt: skip
    del store
    from linking.reconcile_cli import _store_graph

    service = Service(_store_graph(tmp_path / "store"), KG)
    assert list(service.entities) == [f"{KG}zone/z"]
