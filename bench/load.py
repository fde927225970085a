"""`python -m bench.load`: the served endpoints under concurrent clients (#13 item 5).

Builds the synthetic bench corpus (bench/corpus.py, 1,000 plans by default), starts the real
commands — `plankg serve` (the Oxigraph SPARQL endpoint) and `plankg reconcile` (the W3C
reconciliation service) — on free loopback ports, and drives each with 8 and 32 concurrent
clients. Writes bench/load.md (a Markdown report) and prints it. Nothing here is timed by the tests.

    python -m bench.load                              # 1,000 plans, 8 and 32 clients, 20 s a run
    python -m bench.load --plans 50 --seconds 5       # a quick run

The load tool is this module: a closed-loop thread pool (concurrent.futures) in which every
client holds one keep-alive HTTP/1.1 connection (the standard library's http.client) and sends
its next request as soon as the previous answer is read in full. Latency is measured per request
from sending to the last byte; an error is a failed connection or any status other than 200.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from bench.corpus import write_corpus
from queries import library
from queries.run import resolve
from queries.sparqltext import bind_values
from queries.store import RemoteEngine, Select

REPORT = Path(__file__).with_name("load.md")
HOST = "127.0.0.1"
CLIENTS = (8, 32)
RECONCILE_BATCH = 10  # names per reconciliation request
WARM_UP = 20  # requests sent one by one before each run (every query of the SPARQL mix)
NAME_CLASSES = ("Enterprise", "Zone", "Industry", "GovernmentBody", "Organization")


@dataclass(frozen=True)
class Request:
    """One HTTP request of a workload; ``name`` groups requests in the per-request figures."""

    name: str
    method: str
    path: str
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Run:
    """What one workload did under ``clients`` concurrent clients for ``seconds``."""

    workload: str
    clients: int
    seconds: float
    latencies: dict[str, list[float]] = field(default_factory=dict)  # seconds, by request name
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    def all_latencies(self) -> list[float]:
        return [t for v in self.latencies.values() for t in v]


# -- the load tool ------------------------------------------------------------------------------
def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0–100) by the nearest-rank method; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _send(conn: http.client.HTTPConnection, request: Request) -> int:
    conn.request(request.method, request.path, body=request.body, headers=request.headers)
    response = conn.getresponse()
    response.read()
    return response.status


def _client(port: int, requests: Sequence[Request], start: int, until: float) -> Run:
    """One closed-loop client: requests in turn from ``start`` until the clock passes ``until``."""
    run = Run("", 1, 0.0)
    conn = http.client.HTTPConnection(HOST, port, timeout=120)
    i = start
    while time.perf_counter() < until:
        request = requests[i % len(requests)]
        i += 1
        began = time.perf_counter()
        try:
            status = _send(conn, request)
        except (OSError, http.client.HTTPException) as exc:
            run.errors[type(exc).__name__] += 1
            conn.close()
            conn = http.client.HTTPConnection(HOST, port, timeout=120)
            continue
        if status == 200:
            run.latencies.setdefault(request.name, []).append(time.perf_counter() - began)
        else:
            run.errors[f"HTTP {status}"] += 1
    conn.close()
    return run


def drive(
    workload: str, port: int, requests: Sequence[Request], clients: int, seconds: float
) -> Run:
    """``clients`` clients for ``seconds``, each starting at a different request of the mix."""
    for request in requests[:WARM_UP]:  # so that caches and lazy indexes are built first
        _warm(port, request)
    began = time.perf_counter()
    until = began + seconds
    step = max(1, len(requests) // clients)
    with ThreadPoolExecutor(clients) as pool:
        parts = list(pool.map(lambda c: _client(port, requests, c * step, until), range(clients)))
    # clients finish the request they are in when time is up: throughput over the whole time
    total = Run(workload, clients, time.perf_counter() - began)
    for part in parts:
        for name, values in part.latencies.items():
            total.latencies.setdefault(name, []).extend(values)
        total.errors.update(part.errors)
    return total


def _warm(port: int, request: Request) -> None:
    conn = http.client.HTTPConnection(HOST, port, timeout=600)
    try:
        status = _send(conn, request)
    except (OSError, http.client.HTTPException) as exc:
        raise SystemExit(f"{request.name}: no answer before any load ({exc})") from exc
    finally:
        conn.close()
    if status != 200:
        raise SystemExit(f"{request.name}: the server answered {status} before any load")


# -- servers ------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start(args: list[str], probe: str, port: int, timeout: float) -> subprocess.Popen[bytes]:
    """Start `python -m plankg ARGS` and return once ``probe`` answers 200 on ``port``."""
    process = subprocess.Popen(
        [sys.executable, "-m", "plankg", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read().decode() if process.stderr else ""
            raise SystemExit(f"plankg {args[0]} stopped: {error.strip()}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", probe)
            if conn.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.5)
    stop(process)
    raise SystemExit(f"plankg {args[0]} did not answer on port {port} within {timeout:.0f} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()  # both commands stop cleanly on SIGTERM (serve stops its oxigraph)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its descendants (oxigraph under `plankg serve`), in MB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        proc = Path(f"/proc/{current}")
        try:
            status = (proc / "status").read_text()
            for task in (proc / "task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
        total += next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0
        )
    return total / 1000


# -- workloads ----------------------------------------------------------------------------------
def sparql_requests(endpoint: str) -> list[Request]:
    """Every library query that runs on the local graph, its parameters bound as `plankg query`
    binds them (labels resolved to IRIs once, on the endpoint itself), as a SPARQL protocol POST."""
    engine = RemoteEngine(endpoint)
    requests = []
    for spec in library():
        if "SERVICE" in spec.text:  # federated: would measure the remote service, not ours
            continue
        bindings = {p.name: resolve(engine, p.example, p.cls) for p in spec.params}
        text = bind_values(spec.text, bindings) if bindings else spec.text
        construct = "CONSTRUCT" in text.upper() and "SELECT" not in text.upper()
        accept = "application/n-triples" if construct else "application/sparql-results+json"
        requests.append(
            Request(
                spec.name,
                "POST",
                "/query",
                urllib.parse.urlencode({"query": text}).encode(),
                {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
            )
        )
    return requests


def entity_names(endpoint: str, limit: int = 4000) -> list[str]:
    """zh labels of the entities OpenRefine users would reconcile (companies, parks, bodies …)."""
    classes = " ".join(f"plankg:{c}" for c in NAME_CLASSES)
    answer = RemoteEngine(endpoint).query(
        f"""PREFIX plankg: <https://w3id.org/plankg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?label WHERE {{
          VALUES ?class {{ {classes} }} ?e a ?class ; rdfs:label ?label FILTER(LANG(?label) = "zh")
        }} ORDER BY ?label LIMIT {limit}"""
    )
    assert isinstance(answer, Select)
    return [str(row["label"]) for row in answer.rows if row["label"] is not None]


def reconcile_requests(names: list[str], count: int = 200, seed: int = 13) -> list[Request]:
    """Batches of names as OpenRefine sends them (form field ``queries``): graph names as they
    are, with a legal-form suffix, cut short, or names the graph does not hold."""
    rng = random.Random(seed)
    variants: list[Callable[[str], str]] = [
        lambda n: n,
        lambda n: n + "有限公司",
        lambda n: n[: max(2, len(n) - 2)],
        lambda n: "".join(rng.sample(n, len(n))),
    ]
    requests = []
    for i in range(count):
        batch = {
            f"q{k}": {"query": rng.choice(variants)(rng.choice(names)), "limit": 5}
            for k in range(RECONCILE_BATCH)
        }
        form = urllib.parse.urlencode({"queries": json.dumps(batch, ensure_ascii=False)})
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        requests.append(Request(f"reconcile-{i}", "POST", "/", form.encode(), headers))
    return requests


def suggest_requests(names: list[str], count: int = 200, seed: int = 13) -> list[Request]:
    """Suggest-as-you-type: the first one to three characters of a name."""
    rng = random.Random(seed)
    requests = []
    for i in range(count):
        name = rng.choice(names)
        prefix = urllib.parse.quote(name[: rng.randint(1, min(3, len(name)))])
        requests.append(Request(f"suggest-{i}", "GET", f"/suggest/entity?prefix={prefix}"))
    return requests


# -- report -------------------------------------------------------------------------------------
def ms(value: float) -> str:
    return f"{value * 1000:,.1f}"


def run_table(runs: list[Run]) -> str:
    lines = [
        "| service | workload | clients | s | requests | req/s | p50 ms | p99 ms | errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        service, _, workload = r.workload.partition(": ")
        values = r.all_latencies()
        errors = sum(r.errors.values())
        kinds = f" ({', '.join(f'{k} ×{n}' for k, n in r.errors.most_common())})" if errors else ""
        lines.append(
            f"| {service} | {workload} | {r.clients} | {r.seconds:.0f} | {r.ok:,} | "
            f"{r.ok / r.seconds:,.1f} | "
            f"{ms(percentile(values, 50))} | {ms(percentile(values, 99))} | {errors}{kinds} |"
        )
    return "\n".join(lines)


def query_table(runs: list[Run]) -> str:
    """Per library query under the SPARQL mix: answers, p50 and p99 at each client count."""
    heads = " | ".join(f"{r.clients} clients: n, p50, p99 ms" for r in runs)
    lines = [f"| query | {heads} |", "|---|" + "---:|" * len(runs)]
    for name in sorted({n for r in runs for n in r.latencies}):
        cells = []
        for r in runs:
            v = r.latencies.get(name, [])
            cells.append(f"{len(v):,}, {ms(percentile(v, 50))}, {ms(percentile(v, 99))}")
        lines.append(f"| {name} | {' | '.join(cells)} |")
    return "\n".join(lines)


def report(setup: dict[str, str], runs: list[Run]) -> str:
    sparql = [r for r in runs if r.workload.startswith("serve")]
    parts = [
        "# Load on the served endpoints",
        "Written by `python -m bench.load` (see its docstring for the method and the load tool).",
        "\n".join(f"- {k}: {v}" for k, v in setup.items()),
        run_table(runs),
        "Per library query within the SPARQL mix (the clients take the queries in turn, so the "
        "slow queries hold clients longer and are answered less often):",
        query_table(sparql),
    ]
    return "\n\n".join(parts) + "\n"


# -- main ---------------------------------------------------------------------------------------
def build(plans: int, tmp: Path, jobs: int) -> tuple[Path, float]:
    corpus, out = tmp / "corpus", tmp / "out"
    write_corpus(plans, corpus)
    began = time.perf_counter()
    cmd = ["build", str(corpus), "--out", str(out), "--jobs", str(jobs)]
    result = subprocess.run(
        [sys.executable, "-m", "plankg", *cmd], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"build failed: {result.stderr.strip()}")
    return out / "graph.nt", time.perf_counter() - began


def triples(endpoint_port: int) -> int:
    answer = RemoteEngine(f"http://{HOST}:{endpoint_port}/query").query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    )
    assert isinstance(answer, Select)
    return int(str(answer.rows[0]["n"]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--plans", type=int, default=1000, help="corpus size (1000)")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each run (20)")
    parser.add_argument("--clients", type=int, nargs="+", default=list(CLIENTS))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=REPORT, help=f"report file ({REPORT.name})")
    args = parser.parse_args(argv)
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="plankg-load-") as name:
        graph, build_s = build(args.plans, Path(name), args.jobs)
        print(f"built {args.plans} plans in {build_s:.0f} s", file=sys.stderr)
        port = free_port()
        began = time.perf_counter()
        serve = start(["serve", "--graph", str(graph), "--port", str(port)], "/", port, 900)
        serve_s = time.perf_counter() - began
        try:
            endpoint = f"http://{HOST}:{port}/query"
            count, names = triples(port), entity_names(endpoint)
            mix = sparql_requests(endpoint)
            for clients in args.clients:
                runs.append(drive("serve: library queries", port, mix, clients, args.seconds))
                print(f"serve, {clients} clients: done", file=sys.stderr)
            serve_rss = rss_mb(serve.pid)
        finally:
            stop(serve)
        port = free_port()
        began = time.perf_counter()
        cmd = ["reconcile", "--graph", str(graph), "--port", str(port)]
        reconcile = start(cmd, "/", port, 1800)
        reconcile_s = time.perf_counter() - began
        try:
            workloads = {
                f"reconcile: {RECONCILE_BATCH} names a request": reconcile_requests(names),
                "reconcile: suggest/entity": suggest_requests(names),
            }
            for workload, requests in workloads.items():
                for clients in args.clients:
                    runs.append(drive(workload, port, requests, clients, args.seconds))
                    print(f"{workload}, {clients} clients: done", file=sys.stderr)
            reconcile_rss = rss_mb(reconcile.pid)
        finally:
            stop(reconcile)
    setup = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores (shared by the servers, the "
        f"clients and anything else running), Python {platform.python_version()}, "
        f"{platform.system()}; date {time.strftime('%Y-%m-%d')}",
        "graph": f"{args.plans:,} synthetic plans (bench/corpus.py), {count:,} triples "
        f"(with the ontology), built in {build_s:.0f} s",
        "served by": f"`plankg serve` (Oxigraph, read-only; up in {serve_s:.0f} s, "
        f"{serve_rss:,.0f} MB RSS after the runs) and `plankg reconcile` (rdflib + Starlette/"
        f"uvicorn, one process; up in {reconcile_s:.0f} s, {reconcile_rss:,.0f} MB RSS after)",
        "runs": f"clients start requests for {args.seconds:.0f} s per workload and client count "
        "and finish the ones they are in (s: the whole time; req/s over it), after sending the first "
        f"{WARM_UP} requests of the workload one by one; {len(mix)} library queries (those without SERVICE) in "
        f"turn; reconciliation batches of {RECONCILE_BATCH} of {len(names):,} entity names "
        "(as in the graph, with 有限公司 added, cut short, or shuffled)",
    }
    text = report(setup, runs)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
