"""Writing a build to disk, safely: Turtle, sorted N-Triples and JSON-LD, serialised by Oxigraph,
plus any extra files.

Everything is written under temporary names first (inside a build folder ``.plankg-build-PID-…``
in the output folder) and renamed into place only once all files are ready. The completion marker
``.plankg-complete`` (JSON: each file's name and size) is removed before the first rename and
written after the last, so after a crash at any moment — even SIGKILL — either the previous
outputs are intact with their marker, or the marker is missing and ``check_complete`` says the
outputs are incomplete. Temporary files of a build that was killed are removed by the next one.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from .errors import PlankgError
from .namespaces import PREFIXES

FORMATS = {"graph.ttl": ox.RdfFormat.TURTLE, "graph.jsonld": ox.RdfFormat.JSON_LD}
MARKER = ".plankg-complete"
_SPACE = ".plankg-build-"
SORT_MEMORY = "256M"
"""The buffer GNU sort may use before it spills to temporary files (on disk, in the build folder)."""


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner(name: str) -> int:
    """The process id in a temporary name (``.plankg-build-PID-…``, ``.graph.nt.PID.….tmp``)."""
    for part in name.replace("-", ".").split("."):
        if part.isdigit():
            return int(part)
    return 0


def remove_stale(folder: Path) -> list[str]:
    """Remove temporary files and build folders left in ``folder`` by builds that no longer run."""
    removed: list[str] = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        temporary = entry.name.startswith(_SPACE) or (
            entry.name.startswith(".") and entry.name.endswith(".tmp")
        )
        if temporary and not _alive(_owner(entry.name)):
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry.name)
    return removed


def _temp(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent
    )
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


@contextmanager
def build_space(out_dir: Path) -> Iterator[Path]:
    """A private folder inside ``out_dir`` for a build's temporary files, removed at the end (and
    ``out_dir`` too when the build created it and failed). Stale ones are removed first."""
    created = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale(out_dir)
    space = Path(tempfile.mkdtemp(prefix=f"{_SPACE}{os.getpid()}-", dir=out_dir))
    try:
        yield space
    except BaseException:
        shutil.rmtree(space, ignore_errors=True)
        if created:
            shutil.rmtree(out_dir, ignore_errors=True)
        raise
    shutil.rmtree(space, ignore_errors=True)


def sort_lines(sources: Iterable[Path], target: Path, scratch: Path | None = None) -> None:
    """Sort lines by code point, dropping duplicates (LC_ALL=C sort streams big files through
    temporary files in ``scratch``; Python as the fallback)."""
    sources = list(sources)
    env = {**os.environ, "LC_ALL": "C"}
    if shutil.which("sort"):
        command = ["sort", "-u", "-S", SORT_MEMORY, "-o", str(target)]
        if scratch is not None:
            command[2:2] = ["-T", str(scratch)]
        done = subprocess.run(
            [*command, *map(str, sources)], env=env, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise PlankgError(
                f"{target.parent}: sorting the triples failed ({done.stderr.strip()}); "
                "free some disk space there and build again"
            )
        return
    lines = {line for s in sources for line in s.read_bytes().splitlines(keepends=True)}
    target.write_bytes(b"".join(sorted(lines)))


def count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
    return count


def serialise(task: tuple[str, str, str, dict[str, str]]) -> None:
    """Stream sorted N-Triples into another format (one process per format)."""
    source, target, name, prefixes = task
    triples = ox.parse(path=source, format=ox.RdfFormat.N_TRIPLES, lenient=True)  # our own lines
    ox.serialize(triples, target, FORMATS[name], prefixes=prefixes)


def _serialise_all(source: Path, targets: dict[str, Path], prefixes: dict[str, str]) -> None:
    tasks = [(str(source), str(targets[name]), name, prefixes) for name in FORMATS]
    context = multiprocessing.get_context("fork")
    with context.Pool(len(tasks)) as pool:  # Oxigraph's serialiser holds the GIL: processes
        pool.map(serialise, tasks)


def write_graph(
    sources: list[Path],
    space: Path,
    base: str,
) -> tuple[dict[str, Path], int]:
    """graph.nt (the ``sources``' lines sorted, without duplicates: byte-for-byte stable), then
    graph.ttl and graph.jsonld streamed from it, all under temporary names in ``space``; returns
    those names and the number of triples."""
    temps = {name: space / name for name in ("graph.nt", *FORMATS)}
    sort_lines(sources, temps["graph.nt"], space)
    for source in sources:
        source.unlink()
    _serialise_all(temps["graph.nt"], temps, {**PREFIXES, "kg": base})
    return temps, count_lines(temps["graph.nt"])


def publish(
    temps: dict[str, Path], out_dir: Path, extra: Callable[[dict[str, int]], dict[str, str]]
) -> dict[str, Path]:
    """Write the ``extra`` files (given the byte sizes of the others), then rename every file into
    ``out_dir``: marker removed first, written last."""
    sizes = {name: tmp.stat().st_size for name, tmp in temps.items()}
    temps = dict(temps)
    for name, text in extra(sizes).items():
        temps[name] = next(iter(temps.values())).parent / name
        temps[name].write_text(text, encoding="utf-8", newline="\n")
    (out_dir / MARKER).unlink(missing_ok=True)
    for name, tmp in temps.items():
        _publish(tmp, out_dir / name)
    manifest = {name: (out_dir / name).stat().st_size for name in temps}
    write_atomic(out_dir / MARKER, json.dumps({"complete": True, "files": manifest}, indent=1))
    return {name: out_dir / name for name in temps}


def check_complete(path: Path, sizes: bool = True) -> None:
    """Raise a PlankgError when ``path`` (a build's output folder or a file in it) was written by a
    build that did not finish: its marker is missing, or (with ``sizes``) a file's size differs
    from the marker's. Readers of a graph check without sizes: a user may edit a built file."""
    folder = path if path.is_dir() else path.parent
    marker = folder / MARKER
    names = ("graph.nt", *FORMATS)
    if not marker.exists():
        if any((folder / n).exists() for n in names) and any(
            e.name.startswith(_SPACE) or e.name.endswith(".tmp") for e in folder.iterdir()
        ):
            raise PlankgError(
                f"{folder}: the build that wrote it did not finish (killed?); "
                "its files are incomplete — run plankg build again"
            )
        return
    if not sizes:
        return
    try:
        files = json.loads(marker.read_text(encoding="utf-8"))["files"]
    except (ValueError, KeyError, OSError) as exc:
        raise PlankgError(f"{marker}: unreadable ({exc}); run plankg build again") from exc
    for name, size in files.items():
        if not (folder / name).exists() or (folder / name).stat().st_size != size:
            raise PlankgError(
                f"{folder / name}: not the file the last build wrote (missing or changed size); "
                "run plankg build again"
            )


def replace_store(built: Path, location: Path) -> None:
    """Move a freshly built on-disk store to ``location``, replacing the one there: the old one
    is renamed aside first and removed last, so a crash leaves one whole store in place or aside."""
    aside = location.with_name(f".{location.name}.old-{os.getpid()}")
    if location.exists():
        os.replace(location, aside)
    os.replace(built, location)
    shutil.rmtree(aside, ignore_errors=True)


def restore_store(location: Path) -> None:
    """After a crash between the two renames of ``replace_store``: put the old store back; remove
    half-built stores of builds that no longer run."""
    parent = location.parent
    if not parent.is_dir():
        return
    for entry in parent.iterdir():
        for tag in (".old-", ".building-"):
            owner = entry.name.rsplit(tag, 1)[-1]
            if (
                entry.name.startswith(f".{location.name}{tag}")
                and owner.isdigit()
                and not _alive(int(owner))
            ):
                if tag == ".old-" and not location.exists():
                    os.replace(entry, location)
                else:
                    shutil.rmtree(entry, ignore_errors=True)
