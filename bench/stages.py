"""Where a build's time goes: one process runs every stage of `plankg build` over a corpus in turn
(no workers) and times each; `python -m bench.stages FOLDER` prints the table.

The per-document stages (load … emit) are what the workers of a parallel build share out; the
rest run once per build in the main process (and the two serialisations in two processes)."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from builder import load, output, reference, segment, sink, structure, titles, vocab
from builder.dataset import Publication, describe
from builder.emit import emit
from builder.recognize import Recognizer
from builder.reflink import link
from builder.relate import relate

STAGES = (
    "load",
    "structure",
    "recognise",
    "relate",
    "emit",
    "store load",
    "sort",
    "serialise ttl",
    "serialise jsonld",
    "dataset",
)
BASE = "https://w3id.org/plankg/"


class Clock:
    """Adds the wall time of each ``with clock("stage"):`` block to ``seconds[stage]``."""

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(STAGES, 0.0)

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.seconds[stage] += time.perf_counter() - start


def profile(corpus: Path) -> tuple[dict[str, float], int]:
    """Seconds per stage over every plan in ``corpus``, and the number of triples."""
    vb = vocab.load()
    reference.load()
    segment.warm()
    Recognizer(vb)
    clock = Clock()
    about_text = (f"<{BASE}statement/", f"<{BASE}doc/")
    with tempfile.TemporaryDirectory(prefix="plankg-stages-") as tmp:
        space = Path(tmp)
        with (space / "core.nt").open("wb") as core, (space / "prov.nt").open("wb") as prov:
            for path in sorted(corpus.glob("*.txt")):
                with clock("load"):
                    doc = load.load(path, vb)
                with clock("structure"):
                    st = structure.analyse(doc, vb)
                with clock("recognise"):
                    info = titles.analyse(st, vb)
                    found = Recognizer(vb, info.places).recognise(st)
                with clock("relate"):
                    x = link(relate(st, info, found, vb), info.places, reference.load(), vb)
                with clock("emit"):
                    lines = emit([x], BASE).lines
                core.write("".join(ln for ln in lines if not ln.startswith(about_text)).encode())
                prov.write("".join(ln for ln in lines if ln.startswith(about_text)).encode())
        store = ox.Store(str(space / "store"))
        with clock("store load"):
            sink.bulk_load_file(store, space / "core.nt")
        (space / "inferred.nt").write_bytes(sink.inferred(store))
        sources = [space / n for n in ("core.nt", "prov.nt", "inferred.nt")]
        with clock("sort"):
            output.sort_lines(sources, space / "graph.nt", space)
        for name in output.FORMATS:
            with clock(f"serialise {name.split('.')[1]}"):
                output.serialise((str(space / "graph.nt"), str(space / name), name, {}))
        triples = output.count_lines(space / "graph.nt")
        with clock("dataset"):
            describe(store, {}, BASE, Publication(), triples).serialize()
    return clock.seconds, triples


def table(seconds: dict[str, float], megabytes: float, jieba_s: float) -> str:
    total = sum(seconds.values())
    lines = [
        "| stage | s | share | × one jieba pass |",
        "|---|---:|---:|---:|",
    ]
    for stage in STAGES:
        share = seconds[stage] / total
        lines.append(
            f"| {stage} | {seconds[stage]:.1f} | {share:.0%} | {seconds[stage] / jieba_s:.2f} |"
        )
    lines.append(f"| **all, one process** | {total:.1f} | 100% | {total / jieba_s:.2f} |")
    lines.append(f"| one jieba pass ({megabytes:.1f} MB) | {jieba_s:.1f} | | 1.00 |")
    return "\n".join(lines)


if __name__ == "__main__":
    from bench.run import jieba_pass

    folder = Path(sys.argv[1])
    result, _ = profile(folder)
    size = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
    print(table(result, size, jieba_pass(folder)))
