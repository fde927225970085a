"""First-page latency of every library query on the 1,000-plan graph, Oxigraph against rdflib.

Builds the synthetic 1,000-plan corpus with bench/corpus.py (or reuses the one built before, in
build/bench/), then times what `plankg query NAME` does after loading: bind the parameters, run
the query for its first page (100 rows, as the command line shows by default) and render it as a
table. Rounds are interleaved (every query once per round) so that a busy machine slows all
queries alike; p50 and p99 are over the rounds. rdflib runs fewer rounds within a budget per
query. Writes bench/queries.md with a verdict per target and prints it.

    python -m bench.query_latency                    # 1,000 plans, rdflib included
    python -m bench.query_latency --plans 100 --no-rdflib --rounds 5   # a quick look
"""

from __future__ import annotations

import argparse
import os
import platform
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.corpus import write_corpus
from builder import paths
from queries import library, run_query
from queries.formats import render
from queries.library import QuerySpec
from queries.run import Page
from queries.store import Construct, Engine, OxigraphEngine, RdflibEngine, Select

REPORT = Path(__file__).with_name("queries.md")
CACHE = paths.ROOT / "build" / "bench"
PAGE = Page(100)
TARGET_MS = 50.0
TARGET_RATIO = 10.0
RDFLIB_BUDGET_S = 20.0
# The seed's example entities are not in the synthetic corpus: ask about one that is.
CORPUS_PARAMS = {"entity": "数据智能产业"}


@dataclass
class Timing:
    name: str
    rows: int = 0
    more: bool = False
    oxigraph_ms: list[float] = field(default_factory=list)
    oxigraph_cpu_ms: list[float] = field(default_factory=list)
    all_rows_ms: float = 0.0
    all_rows: int = 0
    rdflib_ms: list[float] = field(default_factory=list)
    rdflib_over: bool = False


def corpus_graph(plans: int) -> Path:
    """graph.nt of the synthetic corpus of ``plans`` plans, built once and kept in build/bench/."""
    out = CACHE / f"out-{plans}"
    graph = out / "graph.nt"
    if graph.is_file():
        return graph
    corpus = CACHE / f"corpus-{plans}"
    write_corpus(plans, corpus)
    print(f"building {plans} plans into {out} …", file=sys.stderr)
    command = [sys.executable, "-m", "plankg", "build", str(corpus), "--out", str(out)]
    jobs = ["--jobs", str(os.cpu_count() or 1)]
    subprocess.run(command + jobs, check=True, stdout=subprocess.DEVNULL)
    return graph


def params_for(spec: QuerySpec) -> dict[str, str]:
    return {p.name: CORPUS_PARAMS.get(p.name, p.example) for p in spec.params}


def size(answer: object) -> int:
    if isinstance(answer, Select):
        return len(answer)
    return len(answer) if isinstance(answer, Construct) else 1


def first_page_ms(engine: Engine, spec: QuerySpec, page: Page = PAGE) -> tuple[float, object]:
    """Wall time of running ``spec`` for one page and rendering it, and the answer."""
    wall, _, answer = timed(engine, spec, page)
    return wall, answer


def timed(engine: Engine, spec: QuerySpec, page: Page = PAGE) -> tuple[float, float, object]:
    """Wall and CPU time (ms, this process) of one page, rendered, and the answer."""
    fmt = "ttl" if "CONSTRUCT" in spec.text else "table"
    start, cpu = time.perf_counter(), time.process_time()
    answer = run_query(engine, spec, params_for(spec), page=page)
    render(answer, fmt, paths.DEFAULT_BASE)
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000, answer


class OverBudget(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise OverBudget


def within_budget(engine: Engine, spec: QuerySpec, runs: int, budget: float) -> list[float] | None:
    """``runs`` timings after a warm-up, or None when they take longer than ``budget`` seconds
    (SIGALRM interrupts the pure-Python rdflib engine mid-query)."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, budget)
    try:
        return [first_page_ms(engine, spec)[0] for _ in range(runs + 1)][1:]
    except OverBudget:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def measure(graph: Path, rounds: int, with_rdflib: bool) -> tuple[list[Timing], dict[str, float]]:
    specs = [s for s in library() if "SERVICE" not in s.text]
    files = [graph, paths.ONTOLOGY]
    start = time.perf_counter()
    oxigraph = OxigraphEngine(files)
    loads = {"oxigraph": time.perf_counter() - start}
    timings = {s.name: Timing(s.name) for s in specs}
    for spec in specs:  # warm-up, page size and the cost of the whole answer for reference
        _, answer = first_page_ms(oxigraph, spec)
        timings[spec.name].rows, timings[spec.name].more = (
            size(answer),
            bool(getattr(answer, "more", False)),
        )
        whole_ms, whole = first_page_ms(oxigraph, spec, Page())
        timings[spec.name].all_rows_ms, timings[spec.name].all_rows = whole_ms, size(whole)
    for _ in range(rounds):
        for spec in specs:
            wall, cpu, _ = timed(oxigraph, spec)
            timings[spec.name].oxigraph_ms.append(wall)
            timings[spec.name].oxigraph_cpu_ms.append(cpu)
    if with_rdflib:
        start = time.perf_counter()
        rdflib_engine = RdflibEngine(files)
        loads["rdflib"] = time.perf_counter() - start
        for spec in specs:
            runs = within_budget(rdflib_engine, spec, 3, RDFLIB_BUDGET_S)
            timings[spec.name].rdflib_ms = runs or []
            timings[spec.name].rdflib_over = runs is None
    return list(timings.values()), loads


def p99(values: list[float]) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[98]
        if len(values) > 1
        else values[0]
    )


def row(t: Timing, with_rdflib: bool) -> str:
    p50 = statistics.median(t.oxigraph_ms)
    page = f"{t.rows}{'+' if t.more else ''}"
    if t.rdflib_over:
        rdflib, ratio, fast = (
            f"> {RDFLIB_BUDGET_S:.0f} s",
            f"> {RDFLIB_BUDGET_S * 1000 / p50:,.0f}×",
            True,
        )
    elif t.rdflib_ms:
        rl = statistics.median(t.rdflib_ms)
        rdflib, ratio, fast = f"{rl:,.1f}", f"{rl / p50:,.0f}×", rl / p50 >= TARGET_RATIO
    else:
        rdflib, ratio, fast = "—", "—", None
    verdicts = "met" if p50 <= TARGET_MS else "MISSED"
    if with_rdflib:
        verdicts += " / " + {True: "met", False: "MISSED", None: "—"}[fast]
    return (
        f"| {t.name} | {page} | {p50:,.1f} | {p99(t.oxigraph_ms):,.1f} | "
        f"{statistics.median(t.oxigraph_cpu_ms):,.1f} | "
        f"{t.all_rows:,} in {t.all_rows_ms:,.0f} | {rdflib} | {ratio} | {verdicts} |"
    )


def report(
    timings: list[Timing], loads: dict[str, float], graph: Path, rounds: int, with_rdflib: bool
) -> str:
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    missed = [t.name for t in timings if statistics.median(t.oxigraph_ms) > TARGET_MS]
    slow = [
        t.name
        for t in timings
        if t.rdflib_ms
        and statistics.median(t.rdflib_ms) / statistics.median(t.oxigraph_ms) < TARGET_RATIO
    ]
    lines = [
        "# Query latency: the first page",
        "",
        f"`python -m bench.query_latency` on {graph.parent.name} ({graph.stat().st_size / 1e6:,.0f} MB "
        f"of N-Triples); {machine}; load average at the end {load}; date {time.strftime('%Y-%m-%d')}.",
        f"Oxigraph in memory (loaded in {loads['oxigraph']:.1f} s)"
        + (f", rdflib in memory (loaded in {loads['rdflib']:.0f} s)" if "rdflib" in loads else "")
        + ".",
        "",
        f"Each query as `plankg query` runs it: parameters bound, the first page of {PAGE.limit} rows "
        "(CONSTRUCT: solutions) asked for, the answer rendered as a table (Turtle for CONSTRUCT). "
        f"Oxigraph: p50 and p99 over {rounds} interleaved rounds after a warm-up; rdflib: median of 3 "
        f"runs, interrupted after {RDFLIB_BUDGET_S:.0f} s. `rows` is the page (`+`: more rows exist); "
        "`CPU` is this process's CPU time for the same runs (the wall time minus waiting for a "
        "core: on a busy machine the wall time overstates what an idle one takes); "
        "`whole answer` is every row with no page, for reference.",
        "",
        "| query | rows | Oxigraph p50 ms | p99 ms | CPU p50 ms | whole answer: rows in ms | rdflib ms "
        "| rdflib / Oxigraph | "
        f"≤ {TARGET_MS:.0f} ms" + (f" / ≥ {TARGET_RATIO:.0f}×" if with_rdflib else "") + " |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
        *[row(t, with_rdflib) for t in sorted(timings, key=lambda t: t.name)],
        "",
        "Targets:",
        "",
        f"- every first page ≤ {TARGET_MS:.0f} ms p50 on Oxigraph: "
        + ("met" if not missed else "MISSED by " + ", ".join(missed)),
    ]
    if with_rdflib:
        lines.append(
            f"- at least {TARGET_RATIO:.0f}× faster than rdflib: "
            + ("met" if not slow else "MISSED by " + ", ".join(slow))
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--no-rdflib", action="store_true", help="time Oxigraph only")
    args = parser.parse_args(argv)
    graph = corpus_graph(args.plans)
    timings, loads = measure(graph, args.rounds, not args.no_rdflib)
    text = report(timings, loads, graph, args.rounds, not args.no_rdflib)
    REPORT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
