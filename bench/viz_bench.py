"""How fast `plankg viz` draws big corpora, and how the page of the 300-plan corpus behaves in
Chromium. Writes bench/viz.md and prints it. Nothing here is timed by the tests.

    python -m bench.viz_bench                        # 100, 300 and 1,000 plans, 3 runs each
    python -m bench.viz_bench --sizes 100 300 --runs 1
    python -m bench.viz_bench --work /tmp/viz-work   # keep (and reuse) the built corpora there

The corpora are bench/corpus.py's synthetic plans, built with `plankg build --jobs 2`. Each size
is drawn ``--runs`` times, the sizes interleaved, and the fastest run is reported (the machine is
shared, so the minimum is the least noisy figure), with its CPU seconds; peak RSS is that of the
`plankg viz` process.
The browser figures come from Debian's Chromium driven by Playwright, network cut off: load is
from navigation to the first drawn frame; search and filter are from the change to the next
drawn frame (two animation frames after the page has applied it).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.corpus import write_corpus

RESULTS = Path(__file__).with_name("viz.md")
TARGETS_S = {300: 10.0, 1000: 30.0}
BROWSER_TARGET_S = 1.0
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NEXT_FRAME = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


@dataclass
class Draw:
    n: int
    nodes: int = 0
    relations: int = 0
    megabytes: float = 0.0
    runs: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peak_rss_mb: float = 0.0


def _run(argv: list[str]) -> tuple[float, float, float, str]:
    """Wall time, peak RSS (MB), CPU seconds (user + system; from the process's own rusage) and
    stdout of one command."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise SystemExit(f"{' '.join(argv[1:])} failed: {err.read().strip()}")
        return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, out.read()


def built(n: int, work: Path) -> Path:
    """The graph.ttl of an n-plan synthetic corpus, built once into ``work``."""
    graph = work / f"out-{n}" / "graph.ttl"
    if not graph.is_file():
        corpus = work / f"corpus-{n}"
        write_corpus(n, corpus)
        command = [sys.executable, "-m", "plankg", "build", str(corpus), "--out", str(graph.parent)]
        _run([*command, "--jobs", "2"])
    return graph


def draw(graph: Path, html: Path) -> tuple[float, float, float, str]:
    return _run([sys.executable, "-m", "plankg", "viz", "--graph", str(graph), "--out", str(html)])


def _counts(stdout: str) -> tuple[int, int]:
    wrote = next(line for line in stdout.splitlines() if line.startswith("wrote "))
    inside = wrote.split("(", 1)[1]
    nodes, rest = inside.split(" nodes, ", 1)
    return int(nodes), int(rest.split(" ", 1)[0])


def browser_times(html: Path) -> dict[str, float]:
    """Seconds to load and first draw, to search and to filter by class, in headless Chromium."""
    from playwright.sync_api import sync_playwright

    from viz.screenshot import CHROMIUM

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        context.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort()
        )
        page = context.new_page()
        start = time.perf_counter()
        page.goto(html.resolve().as_uri(), timeout=600_000)
        page.wait_for_function("window.plankgView && window.plankgView.ready", timeout=600_000)
        page.evaluate(NEXT_FRAME)
        out = {"load": time.perf_counter() - start}
        out["search"] = _timed(page, "search", "金融")
        out["clear search"] = _timed(page, "search", "")
        out["filter"] = _timed(page, "class", "Measure")
        out["unfilter"] = _timed(page, "class", "Measure")
        out["visible"] = float(page.evaluate("plankgView.visibleCount()"))
        browser.close()
    return out


def _timed(page: Any, kind: str, value: str) -> float:
    """Seconds from a search keystroke or a legend click to the next drawn frame."""
    action = (
        f"const box = document.getElementById('search'); box.value = {value!r};"
        "box.dispatchEvent(new Event('input'));"
        if kind == "search"
        else f"document.querySelector('#legend input[value={value}]').click();"
    )
    ms = page.evaluate(
        f"async () => {{ const t0 = performance.now(); {action} await {NEXT_FRAME};"
        " return performance.now() - t0; }"
    )
    return float(ms) / 1000


def report(draws: list[Draw], browser: dict[str, float], browser_n: int) -> str:
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()}"
    )
    rows = [
        "| plans | nodes | relations | HTML MB | viz build s (min) | all runs s | CPU s (min) | peak RSS MB |",
        "|---:|---:|---:|---:|---:|---|---:|---:|",
    ]
    rows += [
        f"| {d.n:,} | {d.nodes:,} | {d.relations:,} | {d.megabytes:.1f} | {min(d.runs):.1f} | "
        f"{', '.join(f'{r:.1f}' for r in d.runs)} | {min(d.cpu):.1f} | {d.peak_rss_mb:,.0f} |"
        for d in draws
    ]
    verdicts = [
        f"- `plankg viz` on {d.n:,} plans in ≤ {TARGETS_S[d.n]:.0f} s: {min(d.runs):.1f} s wall — "
        f"{'met' if min(d.runs) <= TARGETS_S[d.n] else 'MISSED'}; {min(d.cpu):.1f} CPU s — "
        f"{'within' if min(d.cpu) <= TARGETS_S[d.n] else 'over'} the target's time"
        for d in draws
        if d.n in TARGETS_S
    ]
    parts = [
        "# `plankg viz` on big corpora",
        f"Machine: {machine}; date {time.strftime('%Y-%m-%d')}; load average at the end "
        f"{os.getloadavg()[0]:.1f} (a shared machine: wall times include waiting for a core, "
        "CPU seconds do not). Written by `python -m bench.viz_bench` (see its docstring for what "
        "is timed and how).",
        "\n".join(rows),
    ]
    if browser:
        parts.append(
            f"The {browser_n:,}-plan page in headless Chromium ({CHROMIUM_NAME}):\n\n"
            "| step | s |\n|---|---:|\n"
            + "\n".join(f"| {k} | {v:.2f} |" for k, v in browser.items() if k != "visible")
        )
        for step in ("search", "filter"):
            verdicts.append(
                f"- {step} on the {browser_n:,}-plan page in ≤ {BROWSER_TARGET_S:.0f} s: "
                f"{browser[step]:.2f} s — {'met' if browser[step] <= BROWSER_TARGET_S else 'MISSED'}"
            )
    parts.append("Targets:\n\n" + "\n".join(verdicts))
    return "\n\n".join(parts) + "\n"


CHROMIUM_NAME = "/usr/bin/chromium, Playwright"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--browser", type=int, default=300, help="plans of the page to open")
    parser.add_argument("--work", type=Path, help="folder to keep the built corpora in")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="plankg-viz-bench-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        graphs = {n: built(n, work) for n in args.sizes}
        draws = {n: Draw(n) for n in args.sizes}
        for _ in range(args.runs):
            for n, graph in graphs.items():
                html = work / f"view-{n}.html"
                elapsed, rss, cpu, stdout = draw(graph, html)
                d = draws[n]
                d.runs.append(elapsed)
                d.cpu.append(cpu)
                d.peak_rss_mb = max(d.peak_rss_mb, rss)
                d.nodes, d.relations = _counts(stdout)
                d.megabytes = html.stat().st_size / 1e6
                print(f"N={n}: {elapsed:.1f} s", file=sys.stderr)
        page = work / f"view-{args.browser}.html"
        browser = browser_times(page) if args.browser in graphs else {}
        text = report(list(draws.values()), browser, args.browser)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
