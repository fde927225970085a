"""Crash safety of `plankg build` (#13 item 3): after SIGKILL at any moment, the previous outputs
are intact or the next command says they are incomplete; stale temporary files are removed; output
folders are created as needed; a huge plan file fails at once with one line."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.output import MARKER, check_complete
from builder.sink import quote

from .conftest import plankg

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "plans"
REAL = ROOT / "tests" / "fixtures" / "real"


def leftovers(folder: Path) -> list[str]:
    """Temporary files and folders of a build in ``folder`` or beside its store."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith(".plankg-build-") or p.name.endswith(".tmp") or ".building-" in p.name
    )


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five real texts: a build that takes a few seconds, with several stages to be killed in."""
    folder = tmp_path_factory.mktemp("plans")
    for path in sorted(REAL.glob("*gov-work-report*.txt"))[:5]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def clean(plans: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """graph.nt of an uninterrupted build of ``plans``."""
    out = tmp_path_factory.mktemp("clean")
    result = plankg("build", str(plans), "--out", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    return (out / "graph.nt").read_bytes()


def _space_has(name: str) -> Callable[[Path], bool]:
    return lambda out: any((s / name).exists() for s in out.glob(".plankg-build-*"))


KILL_POINTS: dict[str, Callable[[Path], bool]] = {
    "at start": lambda out: True,
    "documents being built": lambda out: any(
        (s / "provenance.nt").exists() and (s / "provenance.nt").stat().st_size > 0
        for s in out.glob(".plankg-build-*")
    ),
    "core store loading": _space_has("core-store"),
    "sorting and serialising": _space_has("graph.ttl"),
    "store being built": lambda out: any(out.glob(".store.building-*")),
    "publishing": lambda out: not (out / MARKER).exists(),
}


def _kill_when(args: list[str], out: Path, point: Callable[[Path], bool]) -> bool:
    """Start a build, SIGKILL it (and its workers) once ``point`` holds; False if it finished."""
    process = subprocess.Popen(
        [sys.executable, "-m", "plankg", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        while process.poll() is None:
            if point(out):
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                return True
            time.sleep(0.002)
        return False
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_sigkill_at_any_stage_leaves_previous_outputs_or_says_incomplete(
    plans: Path, clean: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = plankg("build", str(SEED), "--out", str(out), "--store", str(out / "store"))
    assert first.returncode == 0, first.stderr
    previous = (out / "graph.nt").read_bytes()
    args = ["build", str(plans), "--out", str(out), "--jobs", "2", "--store", str(out / "store")]
    killed = 0
    for name, point in KILL_POINTS.items():
        if not _kill_when(args, out, point):
            continue  # the build finished before reaching this point on this machine
        killed += 1
        if (out / MARKER).exists():  # the previous (or the new, finished) outputs, whole
            assert (out / "graph.nt").read_bytes() in (previous, clean), name
            check_complete(out / "graph.nt")
        else:  # the next command says so (validate checks before it loads anything)
            check = plankg("validate", "--graph", str(out / "graph.ttl"))
            assert check.returncode == 2, (name, check.stderr)
            assert "did not finish" in check.stderr and len(check.stderr.splitlines()) == 1
        answer = plankg("query", "stats", "--store", str(out / "store"), "--format", "csv")
        assert answer.returncode == 0, (name, answer.stderr)  # a whole store, old or new
        assert "ontology#Plan," in answer.stdout
    assert killed >= 3, "the build should have been killed in at least three stages"
    again = plankg(*args)
    assert again.returncode == 0, again.stderr
    assert (out / "graph.nt").read_bytes() == clean
    assert leftovers(out) == []
    check_complete(out)


def test_stale_temporary_files_of_dead_builds_are_removed(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a process id no build is running under
    out = tmp_path / "out"
    (out / f".plankg-build-{dead.pid}-x").mkdir(parents=True)
    (out / f".plankg-build-{dead.pid}-x" / "core.nt").write_text("half a line")
    (out / f".graph.nt.{dead.pid}.abc.tmp").write_text("half a file")
    (out / "graph.nt").write_text("half a graph")
    check = plankg("validate", "--graph", str(out / "graph.nt"))
    assert check.returncode == 2 and "did not finish" in check.stderr
    result = plankg("build", str(SEED), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "did not finish" in result.stderr  # the build says what it found, then rebuilds
    assert leftovers(out) == []
    assert (out / MARKER).exists()


def test_output_and_store_folders_are_created(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    result = plankg(
        "build", str(SEED), "--out", str(corpus / "out"), "--store", str(corpus / "store")
    )
    assert result.returncode == 0, result.stderr
    answer = plankg("query", "stats", "--store", str(corpus / "store"), "--format", "csv")
    assert answer.returncode == 0 and "ontology#Plan,1" in answer.stdout


def test_a_huge_plan_file_fails_at_once_with_one_line(tmp_path: Path) -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(REAL.glob("*.txt")))
    huge = tmp_path / "huge.txt"
    with huge.open("w", encoding="utf-8") as handle:
        while handle.tell() < 50_000_000:
            handle.write(text)
    out = tmp_path / "out"
    for extra, limit in (([], 2), (["--max-text-mb", "100"], 15)):  # 15: Oxigraph's line limit
        result = plankg("build", str(huge), "--out", str(out), *extra, timeout=120)
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert f"huge.txt: {huge.stat().st_size / 1e6:.1f} MB is over the {limit} MB limit" in (
            result.stderr
        )
        assert "split it" in result.stderr
        assert not out.exists()
    small = tmp_path / "plans"
    small.mkdir()
    shutil.copy(huge, small / "huge.txt")
    shutil.copy(SEED / "jingan-industry-14th-fyp-explanation.txt", small)
    lenient = plankg("build", str(small), "--out", str(out), "--keep-going", timeout=120)
    assert lenient.returncode == 1 and "skipped" in lenient.stderr
    assert "built 1 document(s)" in lenient.stdout


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_lines_are_quoted_exactly_as_oxigraph_writes_them(value: str) -> None:
    """graph.nt is sorted from the lines emit writes, so they must be Oxigraph's own bytes."""
    triple = ox.Triple(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal(value))
    expected = ox.serialize([triple], format=ox.RdfFormat.N_TRIPLES)
    assert f"<http://a/s> <http://a/p> {quote(value)} .\n".encode() == expected


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    result = plankg("build", str(SEED), "--out", str(tmp_path / "file" / "out"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "file/out" in result.stderr and "nothing was written" in result.stderr
    assert "Traceback" not in result.stderr


def test_readers_of_a_half_built_folder_say_so(tmp_path: Path) -> None:
    """query, viz and serve read a graph through one path: a build killed half-way is one line."""
    out = tmp_path / "out"
    assert plankg("build", "data/plans", "--out", str(out)).returncode == 0
    graph = out / "graph.ttl"
    assert plankg("query", "stats", "--graph", str(graph)).returncode == 0
    (out / MARKER).unlink()  # what a build killed between its renames leaves
    (out / ".plankg-build-999999-x").mkdir()
    for args in (("query", "stats"), ("viz", "--out", str(tmp_path / "v.html"))):
        result = plankg(*args, "--graph", str(graph))
        assert result.returncode == 2, result.stderr
        assert "did not finish" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "v.html").exists()
