"""Hand annotations of real texts (docs/annotation.md): the one loader of ``*.gold.yaml`` files.

A gold file is data written by a person, so every problem is reported as a PlankgError naming
the file and the entry, never a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from builder.errors import PlankgError

NAMED_CLASSES = (
    "Industry",
    "Zone",
    "AdministrativeArea",
    "Enterprise",
    "GovernmentBody",
    "Organization",
    "PolicyConcept",
    "PolicyDocument",
)
ELEMENT_CLASSES = (
    "Measure",
    "Safeguard",
    "Goal",
    "Achievement",
    "Bottleneck",
    "Challenge",
    "Opportunity",
    "Phase",
    "WorkMethod",
)
CLASSES = NAMED_CLASSES + ELEMENT_CLASSES
KEYS = {
    "text",
    "annotator",
    "entities",
    "edges",
    "phase_dates",
    "target_year",
    "must_not_be_entities",
}
DATE = re.compile(r"^\d{4}(-\d{2})?$")


@dataclass(frozen=True)
class GoldEntity:
    cls: str
    labels: tuple[str, ...]  # the first is the label as written, the rest aliases

    @property
    def label(self) -> str:
        return self.labels[0]


@dataclass(frozen=True)
class Gold:
    path: Path
    text_path: Path
    entities: tuple[GoldEntity, ...]
    edges: tuple[tuple[str, str], ...]
    phase_dates: dict[str, tuple[str, str]]
    target_year: str
    must_not: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.path.name.removesuffix(".gold.yaml")


def _fail(path: Path, problem: str) -> PlankgError:
    return PlankgError(f"{path}: {problem} (see docs/annotation.md)")


def load(path: Path) -> Gold:
    """Read and check one gold file; its ``text:`` resolves relative to the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _fail(path, "no such gold file") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise _fail(path, f"not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise _fail(path, "expected a mapping with 'entities'")
    unknown = set(data) - KEYS
    if unknown:
        raise _fail(path, f"unknown key(s) {', '.join(sorted(unknown))}")
    entities = _entities(path, data.get("entities") or {})
    firsts = {e.label for e in entities}
    edges = tuple(_pair(path, e, firsts) for e in data.get("edges") or [])
    phases = {str(k): _dates(path, k, v) for k, v in (data.get("phase_dates") or {}).items()}
    year = str(data.get("target_year") or "")
    if year and not re.fullmatch(r"\d{4}", year):
        raise _fail(path, f"target_year {year!r} is not a year")
    text = Path(str(data.get("text") or path.name.removesuffix(".gold.yaml") + ".txt"))
    must_not = tuple(str(s) for s in data.get("must_not_be_entities") or [])
    return Gold(path, path.parent / text, entities, edges, phases, year, must_not)


def _entities(path: Path, raw: object) -> tuple[GoldEntity, ...]:
    if not isinstance(raw, dict):
        raise _fail(path, "'entities' must map a class to a list of [label, alias, …]")
    out: list[GoldEntity] = []
    for cls, items in raw.items():
        if cls not in CLASSES:
            raise _fail(path, f"unknown class {cls!r}; one of {', '.join(CLASSES)}")
        for item in items or []:
            labels = tuple(str(x) for x in (item if isinstance(item, list) else [item]))
            if not labels or not labels[0]:
                raise _fail(path, f"an empty {cls} entry")
            out.append(GoldEntity(cls, labels))
    return tuple(out)


def _pair(path: Path, edge: object, firsts: set[str]) -> tuple[str, str]:
    if not (isinstance(edge, list) and len(edge) == 2):
        raise _fail(path, f"edge {edge!r} is not a pair of labels")
    a, b = str(edge[0]), str(edge[1])
    for label in (a, b):
        if label not in firsts:
            raise _fail(path, f"edge {a} — {b}: {label!r} is not the first label of an entity")
    return a, b


def _dates(path: Path, label: object, value: object) -> tuple[str, str]:
    if not (isinstance(value, list) and len(value) == 2):
        raise _fail(path, f"phase_dates[{label}] must be [start, end]")
    start, end = str(value[0]), str(value[1])
    if not (DATE.match(start) and DATE.match(end)):
        raise _fail(path, f"phase_dates[{label}]: dates are YYYY or YYYY-MM")
    return start, end
