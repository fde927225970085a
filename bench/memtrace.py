"""Where a build's memory goes: run `plankg build` on a corpus and sample, every half second, the
PSS of each process of its tree (named by its command line) and the build's stage (read from the
files in its build folder). Prints the peak PSS of the tree in each stage and of each kind of
process, so a memory target that is missed can be traced to a stage.

    python -m bench.memtrace CORPUS [--jobs N] [-- more build options]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.scale import _children, _rollup


def _kind(pid: int, root: int) -> str:
    if pid == root:
        return "main"
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    name = Path(args[0].decode(errors="replace")).name
    return "worker (fork)" if "python" in name else name


def stage(out: Path) -> str:
    """The build's stage, from the files in its build folder ``out/.plankg-build-*``."""
    spaces = list(out.glob(".plankg-build-*"))
    if not spaces:
        return "start / publish"
    names = {p.name for p in spaces[0].iterdir()}
    if "graph.nt" in names:
        return "serialise ttl + jsonld" if "graph.ttl" in names else "sort graph.nt"
    if "inferred.nt" in names:
        return "sort graph.nt"
    if "core-store" in names:
        return "core store load + closure"
    return "extract documents"


def trace(corpus: Path, out: Path, jobs: int, extra: list[str]) -> None:
    command = [sys.executable, "-m", "plankg", "build", str(corpus), "--out", str(out)]
    process = subprocess.Popen(
        [*command, "--jobs", str(jobs), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    by_stage: dict[str, float] = {}
    by_kind: dict[str, float] = {}
    start = time.perf_counter()
    while process.poll() is None:
        children, stack, total = _children(), [process.pid], 0
        kinds: dict[str, int] = {}
        while stack:
            pid = stack.pop()
            pss = _rollup(pid)[0]
            kind = _kind(pid, process.pid)
            kinds[kind] = kinds.get(kind, 0) + pss
            total += pss
            stack.extend(children.get(pid, []))
        now = stage(out)
        by_stage[now] = max(by_stage.get(now, 0), total / 1e6)
        for kind, pss in kinds.items():
            by_kind[kind] = max(by_kind.get(kind, 0), pss / 1e6)
        time.sleep(0.5)
    print(f"build exited {process.returncode} after {time.perf_counter() - start:.0f} s")
    print("| stage | peak PSS of the tree, MB |\n|---|---:|")
    for name, mb in by_stage.items():
        print(f"| {name} | {mb:,.0f} |")
    print("\n| process | peak PSS (all of that kind at once), MB |\n|---|---:|")
    for name, mb in sorted(by_kind.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {mb:,.0f} |")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--tmp", help="where the build goes (default: the system's)")
    parser.add_argument("build_args", nargs="*")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="plankg-memtrace-", dir=args.tmp) as tmp:
        trace(Path(args.corpus), Path(tmp) / "out", args.jobs, args.build_args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
