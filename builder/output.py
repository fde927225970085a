"""Writing a build to disk: Turtle, sorted N-Triples and JSON-LD, serialised by Oxigraph, plus any
extra files — every file written to a temporary name first and renamed only once all are ready."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from .namespaces import PREFIXES

FORMATS = {"graph.ttl": ox.RdfFormat.TURTLE, "graph.jsonld": ox.RdfFormat.JSON_LD}


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _temp(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(name)


def _publish(tmp: Path, path: Path) -> None:
    os.chmod(tmp, 0o666 & ~_umask())
    os.replace(tmp, path)


def write_atomic(path: Path, data: str) -> None:
    """Write ``data`` next to ``path`` and rename it into place, so readers never see half a file."""
    tmp = _temp(path)
    try:
        tmp.write_text(data, encoding="utf-8", newline="\n")
        _publish(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def sort_lines(source: Path, target: Path) -> None:
    """Sort a file's lines by code point (LC_ALL=C sort streams big files; Python as fallback)."""
    env = {**os.environ, "LC_ALL": "C"}
    if shutil.which("sort"):
        subprocess.run(["sort", "-u", "-o", str(target), str(source)], check=True, env=env)
        return
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    target.write_text("".join(sorted(set(lines))), encoding="utf-8", newline="\n")


def write_build(
    store: ox.Store,
    out_dir: Path,
    base: str,
    extra: Callable[[dict[str, int]], dict[str, str]] | None = None,
) -> dict[str, Path]:
    """Dump ``store`` as graph.nt (sorted: byte-for-byte stable), then graph.ttl and graph.jsonld
    streamed from that sorted file (so they are stable too), then the ``extra`` files (given the
    byte sizes of the three); rename everything into place only when all are written."""
    prefixes = {**PREFIXES, "kg": base}
    temps: dict[str, Path] = {}
    try:
        unsorted = _temp(out_dir / "graph.nt.unsorted")
        try:
            store.dump(str(unsorted), ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
            temps["graph.nt"] = _temp(out_dir / "graph.nt")
            sort_lines(unsorted, temps["graph.nt"])
        finally:
            unsorted.unlink(missing_ok=True)
        for name, fmt in FORMATS.items():
            temps[name] = _temp(out_dir / name)
            triples = ox.parse(path=str(temps["graph.nt"]), format=ox.RdfFormat.N_TRIPLES)
            ox.serialize(triples, str(temps[name]), fmt, prefixes=prefixes)
        sizes = {name: tmp.stat().st_size for name, tmp in temps.items()}
        for name, text in (extra(sizes) if extra else {}).items():
            temps[name] = _temp(out_dir / name)
            temps[name].write_text(text, encoding="utf-8", newline="\n")
    except BaseException:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        raise
    for name, tmp in temps.items():
        _publish(tmp, out_dir / name)
    return {name: out_dir / name for name in temps}
