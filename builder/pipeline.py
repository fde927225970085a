"""The public API: plan files → Extractions → one RDF graph."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from . import load, reference, structure, titles, vocab
from .errors import InputError
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
    """Run load → structure → recognise → relate on one plan file."""
    vb = vocab.load()
    doc = load.load(path, vb)
    st = structure.analyse(doc, vb)
    info = titles.analyse(st, vb)
    recognition = Recognizer(vb, info.places).recognise(st)
    return link(relate(st, info, recognition, vb), info.places, reference.load(), vb)


def extract_all(paths: Iterable[Path]) -> Iterator[Extraction]:
    for path in collect_inputs(paths):
        yield extract(path)
