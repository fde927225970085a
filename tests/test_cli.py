"""The command line as users run it: bad input gives one line and exit 2, nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from builder.pipeline import extract

from .conftest import SEED, plankg


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", b"\x00\x01\x02PNG\x00" * 50, "binary file"),
        ("latin1.txt", bytes(range(0x80, 0x100)) * 4, "cannot decode"),
    ],
)
def test_bad_input(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    out = tmp_path / "out"
    result = plankg("build", str(SEED), str(bad), "--out", str(out))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and problem in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_missing_path(tmp_path: Path) -> None:
    result = plankg("build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "nope.txt: no such file or folder" in result.stderr
    assert not (tmp_path / "out").exists()


def test_failed_build_keeps_previous_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert plankg("build", str(SEED), "--out", str(out)).returncode == 0
    before = (out / "graph.nt").read_bytes()
    (tmp_path / "empty.txt").write_bytes(b"")
    assert plankg("build", str(tmp_path / "empty.txt"), "--out", str(out)).returncode == 2
    assert (out / "graph.nt").read_bytes() == before
    names = [
        ".plankg-complete",
        "dataset.ttl",
        "graph.jsonld",
        "graph.nt",
        "graph.ttl",
        "reference.ttl",
    ]
    assert sorted(p.name for p in out.iterdir()) == names


def test_build_then_validate(tmp_path: Path) -> None:
    result = plankg("build", str(SEED), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Zone" in result.stdout and "graph.ttl" in result.stdout
    check = plankg("validate", "--graph", str(tmp_path / "graph.ttl"))
    assert check.returncode == 0, check.stdout
    assert "conforms" in check.stdout


def test_validate_reports_nonconforming_graph(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix plankg: <https://w3id.org/plankg/ontology#> .\n"
        "<https://example.org/m> a plankg:Measure .\n",
        encoding="utf-8",
    )
    result = plankg("validate", "--graph", str(bad))
    assert result.returncode == 1
    assert "does NOT conform" in result.stderr


def test_validate_malformed_graph(tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    result = plankg("validate", "--graph", str(bad))
    assert result.returncode == 2
    assert str(bad) in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_help_shows_examples() -> None:
    for command in ("build", "validate"):
        result = plankg(command, "--help")
        assert result.returncode == 0 and "examples:" in result.stdout


def _entities(path: Path) -> set[tuple[str, str]]:
    return {(k.cls, k.label) for k in extract(path).entities}


def test_gbk_copy_and_html_page_give_the_same_entities(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    gbk = tmp_path / "seed-gbk.txt"
    gbk.write_bytes(text.encode("gbk"))
    html = tmp_path / "seed.html"
    paras = "".join(f"<p>{line}</p>" for line in text.splitlines())
    html.write_text(
        f'<html><head><meta charset="utf-8"></head><body><div class="article">{paras}</div></body></html>',
        encoding="utf-8",
    )
    expected = _entities(SEED)
    assert _entities(gbk) == expected
    assert _entities(html) == expected


def test_folder_input(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(SEED, plans / SEED.name)
    result = plankg("build", str(plans), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "built 1 document(s)" in result.stdout


def test_top_level_help_names_every_command_and_version() -> None:
    result = plankg("--help")
    for command in (
        "build",
        "validate",
        "query",
        "serve",
        "push",
        "viz",
        "stats",
        "export",
        "link",
    ):
        assert f"{command} examples:" in result.stdout
    assert plankg("--version").stdout.startswith("plankg ")
