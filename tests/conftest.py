"""Shared fixtures: the seed plan, the kitchen-sink plan, and graphs built from them once."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
from rdflib import Graph

from builder import build, paths
from builder.model import Extraction, Interval
from builder.pipeline import extract

FIXTURES = Path(__file__).parent / "fixtures"
SEED = paths.PLANS_DIR / "jingan-industry-14th-fyp-explanation.txt"
KITCHEN_SINK = FIXTURES / "kitchen-sink.txt"
OTHER_PLAN = FIXTURES / "plans" / "other-district-industry-plan.txt"
ACTION_PLAN = FIXTURES / "plans" / "action-plan.txt"
ROOT = Path(__file__).resolve().parent.parent


def plankg(
    *args: str,
    cwd: Path | None = ROOT,
    timeout: float = 300,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`plankg ARGS` as a user runs it, in its own process (from the repository by default)."""
    return subprocess.run(
        [sys.executable, "-m", "plankg", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
        env=None if env is None else dict(env),
    )


@pytest.fixture(scope="session")
def seed_graph() -> Graph:
    return build([SEED])


@pytest.fixture(scope="session")
def seed_extraction() -> Extraction:
    return extract(SEED)


@pytest.fixture(scope="session")
def sink_extraction() -> Extraction:
    return extract(KITCHEN_SINK)


def labels(extraction: Extraction, cls: str) -> set[str]:
    """zh labels of the entities of one class in an extraction."""
    return {key.label for key in extraction.entities if key.cls == cls}


def phase_dates(extraction: Extraction) -> dict[str, Interval]:
    """Each phase's zh label and the interval it was dated with."""
    return {k.label: v[0] for k, v in extraction.intervals.items() if k.cls == "Phase"}


def related(extraction: Extraction, predicate: str) -> set[tuple[str, str]]:
    """(subject label, object label) pairs of one relation."""
    return {
        (r.subject.label, r.obj.label) for r in extraction.relations if r.predicate == predicate
    }


def graph_files(graph: Graph, folder: Path) -> list[Path]:
    """``graph`` written as Turtle into ``folder``, with the ontology: the files a store loads."""
    out = folder / "graph.ttl"
    out.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    return [out, paths.ONTOLOGY]


def select_rows(answer: object) -> list[tuple[str, ...]]:
    """A SELECT answer's rows as N3 strings ("" for an unbound value), to compare answers."""
    from queries.store import Select

    assert isinstance(answer, Select)
    return [tuple(t.n3() if t is not None else "" for t in row.values()) for row in answer.rows]
