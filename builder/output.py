"""Writing graphs to disk: Turtle, sorted N-Triples and JSON-LD, each atomically (temp + rename)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Graph

from . import paths


def write_atomic(path: Path, data: str) -> None:
    """Write ``data`` next to ``path`` and rename it into place, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def sorted_ntriples(graph: Graph) -> str:
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


def jsonld(graph: Graph) -> str:
    context = json.loads(paths.CONTEXT.read_text(encoding="utf-8"))["@context"]
    return graph.serialize(format="json-ld", context=context, indent=1, sort_keys=True)


def serialise(graph: Graph) -> dict[str, str]:
    """The graph in every output format, in memory."""
    return {
        "graph.ttl": graph.serialize(format="turtle"),
        "graph.nt": sorted_ntriples(graph),
        "graph.jsonld": jsonld(graph),
    }


def write_files(out_dir: Path, files: dict[str, str]) -> dict[str, Path]:
    """Write each file atomically; everything was serialised before the first write."""
    written = {}
    for name, data in files.items():
        write_atomic(out_dir / name, data)
        written[name] = out_dir / name
    return written


def write_graph(graph: Graph, out_dir: Path) -> dict[str, Path]:
    return write_files(out_dir, serialise(graph))
