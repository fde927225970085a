"""`make bench`: build corpora of 100 and 1,000 plans made from the real texts (tests/fixtures/real,
replicated with other place and park names; bench/corpus.py), time each build against one jieba
pass over the same text, sample peak memory, break one build down by stage, time the library
queries, and report against the targets. Writes bench/results.md (Markdown) and prints it.
Nothing here is timed by the tests; this is where performance is measured.

    python -m bench.run                       # N = 100, 1000 real-text plans (about 20 min);
                                              # queries timed on 20 plans, stages on 100
    python -m bench.run --sizes 100 1000 10000  # 10,000 too: opt-in, about 1.5 h and 40 GB
    python -m bench.run --corpus synthetic    # the synthetic generator instead
    python -m bench.run --sizes 20 100 --out /tmp/quick.md  # a quick run, results.md untouched

Runs measured by hand (1,000 plans with bench.scale, query pages before and after a change) are
kept in bench/measured.md, which this never writes.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.corpus import write_corpus, write_real_corpus
from bench.scale import sampled_build
from bench.stages import profile
from bench.stages import table as stages_table
from builder import paths
from queries import library, run_query, server
from queries.store import Engine, OxigraphEngine, RdflibEngine

RESULTS = Path(__file__).with_name("results.md")
RDFLIB_BUDGET_S = 20.0


@dataclass
class Row:
    n: int
    megabytes: float
    build_s: float
    peak_rss_mb: float
    triples: int
    jieba_s: float
    load_s: float = 0.0
    queries: dict[str, tuple[float, float | None]] = field(default_factory=dict)


def timed_build(corpus: Path, out: Path, jobs: int) -> tuple[float, float, int]:
    """Wall time, peak memory (MB of PSS, whole process tree) and triple count of `plankg build`."""
    wall, pss, _rss, triples = sampled_build(corpus, out, jobs)
    return wall, pss / 1e6, triples


def jieba_pass(corpus: Path) -> float:
    """The baseline: one jieba segmentation pass over the same text (dictionary loaded first)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start


def oxigraph_load(graph: Path) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        server.load_store(Path(tmp) / "store", [graph])
        return time.perf_counter() - start


class OverBudget(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise OverBudget


def median_ms(
    engine: Engine, spec, params: dict[str, str], runs: int, budget: float
) -> float | None:  # type: ignore[no-untyped-def]
    """Median wall time of ``runs`` runs after one warm-up; None when they exceed ``budget`` seconds
    (SIGALRM interrupts the pure-Python rdflib engine mid-query)."""
    times: list[float] = []
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, budget)
    try:
        for _ in range(runs + 1):
            start = time.perf_counter()
            run_query(engine, spec, params)
            times.append(time.perf_counter() - start)
    except OverBudget:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return statistics.median(times[1:]) * 1000


def query_latencies(graph: Path, with_rdflib: bool) -> dict[str, tuple[float, float | None]]:
    files = [graph, paths.ONTOLOGY]
    ox_engine = OxigraphEngine(files)
    rl_engine = RdflibEngine(files) if with_rdflib else None
    out: dict[str, tuple[float, float | None]] = {}
    for spec in library():
        if "SERVICE" in spec.text:
            continue
        params = {p.name: p.example for p in spec.params}
        ox_ms = median_ms(ox_engine, spec, params, 5, 120.0)
        rl_ms = median_ms(rl_engine, spec, params, 3, RDFLIB_BUDGET_S) if rl_engine else None
        out[spec.name] = (ox_ms or float("nan"), rl_ms)
    return out


def table(rows: list[Row]) -> str:
    head = [
        "| plans | text MB | build s | KB/s | triples | peak memory MB (PSS) | jieba pass s | build / jieba | oxigraph load s |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    body = [
        f"| {r.n:,} | {r.megabytes:.1f} | {r.build_s:.1f} | {r.megabytes * 1000 / r.build_s:,.0f} | {r.triples:,} | "
        f"{r.peak_rss_mb:,.0f} | {r.jieba_s:.1f} | {r.build_s / r.jieba_s:.2f}× | {r.load_s:.1f} |"
        for r in rows
    ]
    return "\n".join(head + body)


def query_table(row: Row) -> str:
    lines = [
        f"Query latency on the {row.n:,}-plan graph ({row.triples:,} triples), median of 5 runs:",
        "",
        "| query | Oxigraph ms | rdflib ms | rdflib / Oxigraph |",
        "|---|---:|---:|---:|",
    ]
    for name, (ox_ms, rl_ms) in sorted(row.queries.items()):
        rl = f"{rl_ms:,.1f}" if rl_ms is not None else f"> {RDFLIB_BUDGET_S:.0f} s budget"
        ratio = f"{rl_ms / ox_ms:,.0f}×" if rl_ms is not None and ox_ms > 0 else "—"
        lines.append(f"| {name} | {ox_ms:,.1f} | {rl} | {ratio} |")
    return "\n".join(lines)


def verdicts(rows: list[Row], query_row: Row | None) -> list[str]:
    by_n = {r.n: r for r in rows}
    out = []
    for row in rows:
        ratio = row.build_s / row.jieba_s
        out.append(
            f"- {row.n:,} plans: build ≤ 2× one jieba pass: {ratio:.2f}× — {'met' if ratio <= 2 else 'MISSED'}"
        )
    if 1000 in by_n:
        big = by_n[1000]
        out.append(
            f"- peak memory (PSS of the process tree) ≤ 1 GB at 1,000 plans: {big.peak_rss_mb:,.0f} MB — {'met' if big.peak_rss_mb <= 1000 else 'MISSED'}"
        )
    sizes = sorted(by_n)
    if len(sizes) > 1:
        small, large = by_n[sizes[0]], by_n[sizes[-1]]
        growth = large.peak_rss_mb / small.peak_rss_mb
        out.append(
            f"- memory flat in the number of plans ({large.n:,} plans under 1.5× the memory of {small.n:,}): "
            f"{growth:.2f}× — {'met' if growth < 1.5 else 'MISSED'}"
        )
        scale = (large.n / small.n) * 1.1
        time_growth = large.build_s / small.build_s
        out.append(
            f"- linear growth ({large.n:,} under {scale:.0f}× the time of {small.n:,}): {time_growth:.1f}× — "
            f"{'met' if time_growth < scale else 'MISSED'}"
        )
    if query_row is not None and query_row.queries:
        qs = query_row.queries
        slow = [n for n, (ms, _) in qs.items() if not ms < 50]
        out.append(
            f"- every query median under 50 ms on Oxigraph ({query_row.n:,} plans): "
            f"{'met' if not slow else 'MISSED by ' + ', '.join(sorted(slow))}"
        )
        weak = [n for n, (ms, rl) in qs.items() if rl is not None and rl / ms < 10]
        out.append(
            f"- at least 10× faster than rdflib: {'met' if not weak else 'MISSED by ' + ', '.join(sorted(weak))}"
        )
    return out


def _corpus(kind: str, n: int, folder: Path) -> list[Path]:
    return (write_real_corpus if kind == "real" else write_corpus)(n, folder)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--corpus", choices=("real", "synthetic"), default="real")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--query-size", type=int, default=20, help="the corpus the queries are timed on (0: none)"
    )
    parser.add_argument(
        "--profile-size", type=int, default=100, help="the corpus broken down by stage"
    )
    parser.add_argument("--tmp", help="where corpora and builds go (default: the system's)")
    parser.add_argument(
        "--out", type=Path, default=RESULTS, help="where the report goes (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    rows, query_row = [], None
    with tempfile.TemporaryDirectory(prefix="plankg-bench-", dir=args.tmp) as tmp:
        for n in sorted(set(args.sizes) | ({args.query_size} - {0})):
            corpus, out = Path(tmp) / f"corpus-{n}", Path(tmp) / f"out-{n}"
            files = _corpus(args.corpus, n, corpus)
            megabytes = sum(f.stat().st_size for f in files) / 1e6
            build_s, rss, triples = timed_build(corpus, out, args.jobs)
            row = Row(n, megabytes, build_s, rss, triples, jieba_pass(corpus))
            row.load_s = oxigraph_load(out / "graph.nt")
            print(f"N={n}: built in {build_s:.1f} s, {rss:,.0f} MB", file=sys.stderr)
            if n == args.query_size:
                row.queries = query_latencies(out / "graph.nt", with_rdflib=True)
                query_row = row
            if n in args.sizes:
                rows.append(row)
            shutil.rmtree(corpus)
            shutil.rmtree(out)
        corpus = Path(tmp) / "profile"
        files = _corpus(args.corpus, args.profile_size, corpus)
        megabytes = sum(f.stat().st_size for f in files) / 1e6
        seconds, _ = profile(corpus)
        stage_text = stages_table(seconds, megabytes, jieba_pass(corpus))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
    load = os.getloadavg()[0]
    text = (
        "\n\n".join(
            [
                "# Benchmark results",
                f"Machine: {machine}; `--jobs {args.jobs}`; corpus: {args.corpus} texts; "
                f"load average at the end {load:.1f}; date {time.strftime('%Y-%m-%d')}.",
                table(rows),
                f"Where the time goes: {args.profile_size:,} plans, every stage in one process "
                "(`python -m bench.stages FOLDER`):",
                stage_text,
                query_table(query_row) if query_row and query_row.queries else "",
                "Targets:\n\n" + "\n".join(verdicts(rows, query_row)),
                "Runs measured by hand (1,000 plans, query pages before and after a change): "
                "[measured.md](measured.md).",
            ]
        )
        + "\n"
    )
    tmp_out = args.out.with_name(args.out.name + ".tmp")
    tmp_out.write_text(text, encoding="utf-8")
    tmp_out.replace(args.out)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
