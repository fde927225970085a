"""Reference datasets as SKOS concept schemes: Shanghai's administrative division codes and
GB/T 4754-2017, read from data/reference/ (each with its SOURCE.md) and converted the same way on
every build, so the conversion is reproducible and reviewable."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from . import paths

DIVISIONS_DIR = paths.DATA_DIR / "reference" / "admin-divisions"
GBT_FILE = paths.DATA_DIR / "reference" / "gbt4754-2017" / "gbt4754-2017.csv"
CHANGES_FILE = paths.DATA_DIR / "reference" / "division-changes.yaml"


@dataclass(frozen=True)
class Code:
    """One concept of a code list: its code, zh name, parent code and note."""

    code: str
    name: str
    parent: str = ""
    level: str = ""
    note: str = ""


@dataclass(frozen=True)
class Change:
    id: str
    date: str
    label_zh: str
    label_en: str
    retired: tuple[Code, ...]
    continuing: Code
    source: str


@dataclass(frozen=True)
class Reference:
    divisions: dict[str, Code]
    industries: dict[str, Code]
    changes: tuple[Change, ...]
    by_name: dict[str, str] = field(default_factory=dict)  # division zh name → code

    def division_named(self, name: str) -> Code | None:
        code = self.by_name.get(name)
        return self.divisions.get(code) if code else None


def six(code: str) -> str:
    """'31' → '310000', '3101' → '310100': county-level and above are 6 digits (GB/T 2260)."""
    return code.ljust(6, "0") if len(code) < 6 else code


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _divisions() -> dict[str, Code]:
    out: dict[str, Code] = {}
    for row in _rows(DIVISIONS_DIR / "provinces-31.csv"):
        out[six(row["code"])] = Code(six(row["code"]), row["name"], "", "province")
    for row in _rows(DIVISIONS_DIR / "cities-31.csv"):
        out[six(row["code"])] = Code(
            six(row["code"]), row["name"], six(row["provinceCode"]), "city"
        )
    for row in _rows(DIVISIONS_DIR / "areas-31.csv"):
        out[six(row["code"])] = Code(six(row["code"]), row["name"], six(row["cityCode"]), "county")
    for row in _rows(DIVISIONS_DIR / "streets-31.csv"):
        statistical = row["code"][6] in "45"
        note = (
            "NBS statistical unit (类似乡级单位), not a legal administrative division"
            if statistical
            else ""
        )
        out[row["code"]] = Code(row["code"], row["name"], six(row["areaCode"]), "township", note)
    return out


def _industries() -> dict[str, Code]:
    return {
        r["code"]: Code(r["code"], r["name_zh"], r["parent"], r["level"], r["description"])
        for r in _rows(GBT_FILE)
    }


def _changes() -> tuple[Change, ...]:
    raw = yaml.safe_load(CHANGES_FILE.read_text(encoding="utf-8"))
    return tuple(
        Change(
            id=item["id"],
            date=str(item["date"]),
            label_zh=item["label"]["zh"],
            label_en=item["label"]["en"],
            retired=tuple(Code(r["code"], r["name"], level="county") for r in item["retired"]),
            continuing=Code(item["continuing"]["code"], item["continuing"]["name"]),
            source=item["source"],
        )
        for item in raw
    )


@lru_cache(maxsize=1)
def load() -> Reference:
    divisions = _divisions()
    by_name: dict[str, str] = {}
    for code in sorted(divisions):
        item = divisions[code]
        if item.level in ("province", "county"):
            by_name.setdefault(item.name, code)
    return Reference(divisions, _industries(), _changes(), by_name)
