"""The public API: plan files → Extractions → N-Triples lines, in parallel over documents."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import load, reference, segment, structure, titles, vocab
from .emit import emit
from .errors import InputError, PlankgError
from .model import Extraction
from .recognize import Recognizer
from .reflink import link
from .relate import relate

PLAN_SUFFIXES = (".txt", ".html", ".htm", ".text")


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


def extract(path: Path) -> Extraction:
    """Run load → structure → recognise → relate → link on one plan file."""
    vb = vocab.load()
    doc = load.load(path, vb)
    st = structure.analyse(doc, vb)
    info = titles.analyse(st, vb)
    recognition = Recognizer(vb, info.places).recognise(st)
    return link(relate(st, info, recognition, vb), info.places, reference.load(), vb)


@dataclass(frozen=True)
class DocResult:
    """One document's triples as N-Triples lines, or the one-line reason it could not be built."""

    path: str
    lines: list[str]
    error: str = ""


def emit_one(task: tuple[str, str]) -> DocResult:
    """Worker: extract and emit one document (runs in a child process for parallel builds)."""
    path, base = task
    try:
        return DocResult(path, list(emit([extract(Path(path))], base).lines))
    except PlankgError as exc:
        return DocResult(path, [], str(exc))


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def build_documents(files: list[Path], base: str, jobs: int) -> Iterator[DocResult]:
    """Each document's result, in input order; ``jobs`` > 1 spreads documents over processes.

    Results stream back one at a time, so the caller holds only the merged graph, never every
    document's intermediate data."""
    tasks = [(str(f), base) for f in files]
    if jobs <= 1 or len(tasks) < 2:
        yield from map(emit_one, tasks)
        return
    vocab.load(), reference.load()  # once, before forking: children inherit them
    segment.warm()
    Recognizer(vocab.load())  # the user dictionary and the gazetteers, too
    context = multiprocessing.get_context("fork")
    with context.Pool(min(jobs, len(tasks))) as pool:
        yield from pool.imap(emit_one, tasks, chunksize=max(1, len(tasks) // (jobs * 16)))
