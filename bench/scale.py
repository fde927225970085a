"""Build one real-text corpus several times, interleaving ``--jobs`` settings, and report for each
run the wall time, the CPU seconds of the whole process tree, its peak memory (PSS and RSS) and the
load average around it, against one jieba pass over the same text (wall and CPU). On a shared,
noisy machine the minimum of interleaved runs is the figure to quote.

    python -m bench.scale --plans 1000 --jobs 1 2 --repeat 2 --tmp /var/tmp
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import write_real_corpus


@dataclass(frozen=True)
class Run:
    jobs: int
    wall_s: float
    cpu_s: float
    peak_pss_mb: float
    peak_rss_mb: float
    triples: int
    load_before: float
    load_after: float


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    return children


def _rollup(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of one process in bytes, from /proc/PID/smaps_rollup."""
    pss = rss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1]) * 1024
            elif line.startswith("Rss:"):
                rss = int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return pss, rss


def tree_memory(root: int) -> tuple[int, int]:
    """Summed PSS and summed RSS of a process and all its descendants (RSS counts pages that
    forked workers share with their parent once per process; PSS shares them out)."""
    children, total_pss, total_rss, stack = _children(), 0, 0, [root]
    while stack:
        pid = stack.pop()
        pss, rss = _rollup(pid)
        total_pss, total_rss = total_pss + pss, total_rss + rss
        stack.extend(children.get(pid, []))
    return total_pss, total_rss


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def sampled_build(
    corpus: Path, out: Path, jobs: int, extra: tuple[str, ...] = ()
) -> tuple[float, int, int, int]:
    """Run `plankg build` once: (wall seconds, peak PSS and peak RSS of its process tree in
    bytes, triple count), sampling memory every 0.1 s while it runs."""
    start = time.perf_counter()
    command = [sys.executable, "-m", "plankg", "build", str(corpus), "--out", str(out)]
    process = subprocess.Popen(
        [*command, "--jobs", str(jobs), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = [0, 0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            pss, rss = tree_memory(process.pid)
            peak[0], peak[1] = max(peak[0], pss), max(peak[1], rss)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"build failed: {stderr.strip()}")
    triples = int(stdout.split(" document(s), ")[1].split()[0])
    return wall, peak[0], peak[1], triples


def build(corpus: Path, out: Path, jobs: int, extra: list[str]) -> Run:
    """One `plankg build`; its CPU time is that of every process it started and reaped (workers,
    sort, serialisers), read from this process's RUSAGE_CHILDREN before and after."""
    load_before, cpu_before = os.getloadavg()[0], _cpu_children()
    wall, pss, rss, triples = sampled_build(corpus, out, jobs, tuple(extra))
    cpu = _cpu_children() - cpu_before
    return Run(jobs, wall, cpu, pss / 1e6, rss / 1e6, triples, load_before, os.getloadavg()[0])


def jieba_pass(corpus: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one jieba pass over the corpus (dictionary loaded first)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start, time.process_time() - cpu


def table(runs: list[Run], jieba: tuple[float, float]) -> str:
    lines = [
        "| run | --jobs | wall s | CPU s (tree) | CPU / jieba CPU | wall / jieba wall "
        "| peak PSS MB | peak RSS MB (sum) | triples | load avg before → after |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for i, r in enumerate(runs, 1):
        lines.append(
            f"| {i} | {r.jobs} | {r.wall_s:.0f} | {r.cpu_s:.0f} | {r.cpu_s / jieba[1]:.2f}× "
            f"| {r.wall_s / jieba[0]:.2f}× | {r.peak_pss_mb:,.0f} | {r.peak_rss_mb:,.0f} "
            f"| {r.triples:,} | {r.load_before:.1f} → {r.load_after:.1f} |"
        )
    lines.append(f"\nOne jieba pass: {jieba[0]:.1f} s wall, {jieba[1]:.1f} s CPU.")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2, help="rounds of the --jobs settings")
    parser.add_argument("--tmp", help="where the corpus and builds go (default: the system's)")
    parser.add_argument("--corpus", help="an existing corpus folder to use instead")
    parser.add_argument("build_args", nargs="*", help="more `plankg build` options (after --)")
    args = parser.parse_args(argv)
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="plankg-scale-", dir=args.tmp) as tmp:
        corpus = Path(args.corpus) if args.corpus else Path(tmp) / "corpus"
        if not args.corpus:
            write_real_corpus(args.plans, corpus)
        megabytes = sum(f.stat().st_size for f in corpus.glob("*.txt")) / 1e6
        plans = len(list(corpus.glob("*.txt")))
        jieba = jieba_pass(corpus)
        print(f"{plans} plans, {megabytes:.1f} MB; jieba {jieba}", file=sys.stderr, flush=True)
        for _ in range(args.repeat):
            for jobs in args.jobs:
                out = Path(tmp) / "out"
                runs.append(build(corpus, out, jobs, args.build_args))
                print(runs[-1], file=sys.stderr, flush=True)
                shutil.rmtree(out)
    print(f"{plans} real-text plans, {megabytes:.1f} MB of text, {time.strftime('%Y-%m-%d %H:%M')}")
    print(table(runs, jieba))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
