"""The public API: plan files → Extractions → N-Triples lines, in parallel over documents."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from . import load, reference, segment, structure, titles, vocab
from .emit import emit
from .errors import InputError, PlankgError
from .iris import Minter
from .model import Extraction
from .recognize import Recognizer
from .reflink import link
from .relate import relate

PLAN_SUFFIXES = (".txt", ".html", ".htm", ".text")
MAX_TEXT_MB = 2.0
"""The default limit on one plan file (``--max-text-mb``). The largest real plans are a few hundred
KB; past a few MB, recognition and relation slow down more than linearly (a 2 MB text takes about a
minute), so a bigger file fails at once with one line asking to split it."""
HARD_LIMIT = 15_000_000
"""Oxigraph reads N-Triples lines of at most 16 MiB, and the whole text is one literal (bytes)."""


TASKS_PER_WORKER = 25
"""Documents one worker process extracts before a fresh one (forked from the warmed-up main
process) takes its place. A long-lived worker's memory grew with the documents it handled (the
build's process tree held 527 MB while extracting 200 real plans with two workers, 971 MB with
1,000); with one document per task and a fresh worker every 25, 416 MB at 1,000 plans."""


def collect_inputs(paths: Iterable[Path]) -> list[Path]:
    """Plan files named directly or found (sorted) in folders; a missing path is an InputError."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PLAN_SUFFIXES
            )
            if not found:
                raise InputError(path, f"folder holds no plan files ({', '.join(PLAN_SUFFIXES)})")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise InputError(path, "no such file or folder")
    return files


def check_size(path: Path, max_mb: float = MAX_TEXT_MB) -> None:
    """A plan file over ``max_mb`` MB (or whose text would not fit one N-Triples line) fails at
    once, before it is read."""
    size = path.stat().st_size if path.is_file() else 0
    if size > min(max_mb * 1e6, HARD_LIMIT):
        raise InputError(
            path,
            f"{size / 1e6:.1f} MB is over the {min(max_mb, HARD_LIMIT / 1e6):g} MB limit for one plan "
            "file; split it into several files (one per chapter, say) or raise --max-text-mb "
            f"(at most {HARD_LIMIT / 1e6:g})",
        )


def extract(path: Path, max_mb: float = MAX_TEXT_MB) -> Extraction:
    """Run load → structure → recognise → relate → link on one plan file."""
    check_size(path, max_mb)
    vb = vocab.load()
    doc = load.load(path, vb)
    if len(doc.text.encode("utf-8")) > HARD_LIMIT:  # a GB18030 file grows as UTF-8
        raise InputError(path, f"its text is over {HARD_LIMIT / 1e6:g} MB as UTF-8; split it")
    st = structure.analyse(doc, vb)
    info = titles.analyse(st, vb)
    recognition = Recognizer(vb, info.places).recognise(st)
    return link(relate(st, info, recognition, vb), info.places, reference.load(), vb)


@dataclass(frozen=True)
class DocResult:
    """One document's triples as N-Triples (UTF-8), or the one-line reason it could not be built.

    ``core`` holds the entities and the facts between them; ``provenance`` the text, its spans
    and the rdf:Statement nodes (about four triples in five), which no build step queries."""

    path: str
    core: bytes = b""
    provenance: bytes = b""
    error: str = ""

    @property
    def lines(self) -> list[str]:
        return (self.core + self.provenance).decode("utf-8").splitlines(keepends=True)


def emit_one(task: tuple[str, str, float], text: bool = True) -> DocResult:
    """Worker: extract and emit one document (runs in a child process for parallel builds)."""
    path, base, max_mb = task
    try:
        lines = emit([extract(Path(path), max_mb)], base, text=text).lines
    except PlankgError as exc:
        return DocResult(path, error=str(exc))
    mint = Minter(base)
    about_text = (f"<{mint.base}statement/", f"<{mint.base}doc/")
    core = [line for line in lines if not line.startswith(about_text)]
    provenance = [line for line in lines if line.startswith(about_text)]
    return DocResult(path, "".join(core).encode("utf-8"), "".join(provenance).encode("utf-8"))


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def build_documents(
    files: list[Path], base: str, jobs: int, max_mb: float = MAX_TEXT_MB, text: bool = True
) -> Iterator[DocResult]:
    """Each document's result, in input order; ``jobs`` > 1 spreads documents over processes;
    ``text=False`` leaves each document's full text out (``plankg build --no-text``).

    Results stream back one at a time, so the caller holds one document's triples at a time."""
    tasks = [(str(f), base, max_mb) for f in files]
    work = partial(emit_one, text=text)
    if jobs <= 1 or len(tasks) < 2:
        yield from map(work, tasks)
        return
    vocab.load(), reference.load()  # once, before forking: children inherit them
    segment.warm()
    Recognizer(vocab.load())  # the user dictionary and the gazetteers, too
    context = multiprocessing.get_context("fork")
    with context.Pool(min(jobs, len(tasks)), maxtasksperchild=TASKS_PER_WORKER) as pool:
        yield from pool.imap(work, tasks)
