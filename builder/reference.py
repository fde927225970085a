"""Reference datasets as SKOS concept schemes, read from data/reference/ (each with its SOURCE.md)
and converted the same way on every build, so the conversion is reproducible and reviewable:

- administrative divisions: every county-level-and-above division of China 1981–2023 from the
  CC0 code history (division-codes-history/result.csv), one concept per code *and period*, with
  its years of use and the codes that took over its area; plus Shanghai's towns and subdistricts
  (admin-divisions/streets-31.csv, NBS 2023 edition), which have no history;
- industry catalogues: GB/T 4754-2017, 战略性新兴产业分类(2018) and 数字经济及其核心产业统计分类(2021),
  read with builder/catalogue.py's readers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from . import catalogue, paths, tables
from .iris import division_id

CHANGES_FILE = paths.REFERENCE_DIR / "division-changes.yaml"
CATALOGUE_LINKS_FILE = paths.DATA_DIR / "links" / "catalogue-links.csv"
MATCHES = ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")
CATALOGUES = ("gbt4754-2017", "sei-2018", "digital-economy-2021")
LEVELS = {"省级": "province", "地级": "prefecture", "县级": "county"}
_SUCCESSOR = re.compile(r"^(\d{6})(?:\[(\d{4})\])?$")


@dataclass(frozen=True)
class Code:
    """One concept of a code list: its code, zh name, parent and note. A division also has its
    concept id (``key``: the code, or code-year for an earlier holder of a reused code), its years
    of use (``start`` inclusive, ``end`` exclusive, "" while in use), the concepts that took over
    its area when it was retired or changed (``successors``) and earlier partial transfers."""

    code: str
    name: str
    parent: str = ""  # the parent concept's key
    level: str = ""
    note: str = ""
    key: str = ""
    start: str = ""
    end: str = ""
    successors: tuple[str, ...] = ()
    transfers: tuple[tuple[str, str], ...] = ()  # (key, year): part of its area went there
    scope: str = ""
    status: str = (
        ""  # divisions: 在用 (in use), 弃用 (retired) or 变更 (code changed), as the table
    )

    @property
    def id(self) -> str:
        return self.key or self.code

    @property
    def retired(self) -> bool:
        return bool(self.end)

    def valid_in(self, year: int) -> bool:
        """In use in ``year`` (the table lists divisions as of 31 December of each year)."""
        if not self.start:
            return not self.end
        return int(self.start) <= year and (not self.end or year < int(self.end))


@dataclass(frozen=True)
class CatalogueLink:
    """A curated link from an industry name to a class of an NBS catalogue, with its rationale."""

    label: str
    catalogue: str
    code: str
    match: str
    rationale: str


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
    divisions: dict[str, Code]  # concept key → concept
    industries: dict[str, Code]  # GB/T 4754-2017 code → class
    changes: tuple[Change, ...]
    by_name: dict[str, tuple[str, ...]] = field(default_factory=dict)  # zh name → concept keys
    catalogues: dict[str, dict[str, Code]] = field(default_factory=dict)  # scheme → code → class
    by_code: dict[str, tuple[str, ...]] = field(default_factory=dict)  # code → keys, oldest first
    catalogue_links: dict[str, tuple[CatalogueLink, ...]] = field(default_factory=dict)

    def __hash__(self) -> int:  # one per process (load() is cached): hash by identity
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other

    def codes(self, scheme: str) -> dict[str, Code]:
        if scheme == "division":
            return self.divisions
        return self.catalogues.get(scheme, {})

    def division_named(self, name: str) -> Code | None:
        """The division in use called ``name`` (the first by code if several)."""
        return self.resolve(name)

    def resolve(
        self, name: str, year: int | None = None, province: str = "", strict: bool = False
    ) -> Code | None:
        """The division ``name`` stood for in ``year`` (in use now without a year), inside
        ``province`` (two digits) where the name is ambiguous; None if it stays ambiguous.
        A name not in use in ``year`` is the division in use now or, failing that, the last one
        so called; ``strict`` says None instead."""
        found = [self.divisions[k] for k in self.by_name.get(name, ())]
        if not found:
            return None
        valid = [c for c in found if c.valid_in(year)] if year is not None else []
        if not valid and strict:
            valid = [c for c in found if not c.retired] if year is None else []
            if not valid:
                return None
        if not valid:
            valid = [c for c in found if not c.retired] or [
                c for c in found if c.end == max(x.end for x in found)
            ]
        if len(valid) > 1 and province:
            valid = [c for c in valid if c.code.startswith(province)] or valid
        if len(valid) > 1:
            return None
        return valid[0]


def six(code: str) -> str:
    """'31' → '310000', '3101' → '310100': county-level and above are 6 digits (GB/T 2260)."""
    return code.ljust(6, "0") if len(code) < 6 else code


def normalise(name: str) -> str:
    """A name for comparing sector names: NFKC, no spaces, without a generic 产业/业 ending."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))
    return re.sub(r"(?:产业|业)$", "", text) or text


def _overlaps(a: dict[str, str], b: dict[str, str]) -> bool:
    def span(r: dict[str, str]) -> tuple[int, int]:
        start = int(r["启用时间"])
        return start, max(int(r["变更/弃用时间"] or 9999), start + 1)

    (s1, e1), (s2, e2) = span(a), span(b)
    return s1 < e2 and s2 < e1


def _history() -> tuple[dict[str, Code], dict[str, tuple[str, ...]]]:
    rows = tables.rows(paths.DIVISION_HISTORY)
    by_code: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_code.setdefault(row["代码"], []).append(row)
    for group in by_code.values():
        group.sort(key=lambda r: int(r["启用时间"]))

    def key(row: dict[str, str]) -> str:
        group = by_code[row["代码"]]
        return division_id(row["代码"], row["启用时间"], row is group[-1])

    def holder(code: str, year: int) -> str:
        group = by_code.get(code, [])
        for row in group:
            start, end = int(row["启用时间"]), int(row["变更/弃用时间"] or 9999)
            if start <= year < end:
                return key(row)
        later = [r for r in group if int(r["启用时间"]) >= year]
        return key(later[0]) if later else key(group[-1]) if group else code

    def parent(row: dict[str, str]) -> str:
        level, code = row["级别"], row["代码"]
        if level == "省级":
            return ""
        above = code[:4] + "00" if level == "县级" and row["二级行政区"] != "直辖" else ""
        for candidate in (above, code[:2] + "0000"):
            group = [r for r in by_code.get(candidate, []) if _overlaps(r, row)]
            if level == "县级" and candidate == above:
                group = [r for r in group if r["名称"] == row["二级行政区"]] or group
            if group:
                return key(group[-1])
        return ""

    out: dict[str, Code] = {}
    for row in rows:
        end = row["变更/弃用时间"]
        successors: list[str] = []
        transfers: list[tuple[str, str]] = []
        for item in filter(None, row["新代码"].split(";")):
            m = _SUCCESSOR.match(item)
            if m is None:
                continue
            year = m.group(2) or end
            target = holder(m.group(1), int(year))
            if end and year == end:
                successors.append(target)
            else:
                transfers.append((target, year))
        k = key(row)
        out[k] = Code(
            code=row["代码"],
            name=row["名称"].strip(),
            parent=parent(row),
            level=LEVELS[row["级别"]],
            key=k,
            start=row["启用时间"],
            end=end,
            successors=tuple(dict.fromkeys(successors)),
            transfers=tuple(dict.fromkeys(transfers)),
            status=row["状态"],
        )
    return out, {c: tuple(key(r) for r in group) for c, group in sorted(by_code.items())}


def _towns(divisions: dict[str, Code]) -> dict[str, Code]:
    """Shanghai's towns and subdistricts (no history: NBS 2023 edition), under their district."""
    out: dict[str, Code] = {}
    for row in tables.rows(paths.SHANGHAI_TOWNS):
        statistical = row["code"][6] in "45"
        note = (
            "NBS statistical unit (类似乡级单位), not a legal administrative division"
            if statistical
            else ""
        )
        parent = six(row["areaCode"])
        out[row["code"]] = Code(
            row["code"],
            row["name"].strip(),
            parent if parent in divisions else "",
            "township",
            note,
        )
    return out


def _catalogue(name: str) -> dict[str, Code]:
    out: dict[str, Code] = {}
    for row in catalogue.rows(name):
        core = row.get("core", "")
        out[row["code"]] = Code(
            row["code"],
            catalogue.name_of(name, row),
            row.get("parent", row.get("parent_code", "")),
            row["level"],
            row.get("description", ""),
            scope="数字经济核心产业" if core == "true" else "",
        )
    return out


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


def _catalogue_links(
    catalogues: dict[str, dict[str, Code]],
) -> dict[str, tuple[CatalogueLink, ...]]:
    """data/links/catalogue-links.csv; every row must name a shipped class and a SKOS match."""
    out: dict[str, list[CatalogueLink]] = {}
    for row in tables.rows(CATALOGUE_LINKS_FILE):
        item = CatalogueLink(
            row["label"].strip(), row["catalogue"], row["code"], row["match"], row["rationale"]
        )
        if item.code not in catalogues.get(item.catalogue, {}) or item.match not in MATCHES:
            raise ValueError(f"{CATALOGUE_LINKS_FILE}: no such class or match: {row}")
        if not item.rationale.strip():
            raise ValueError(f"{CATALOGUE_LINKS_FILE}: a link without a rationale: {row}")
        out.setdefault(item.label, []).append(item)
    return {label: tuple(items) for label, items in out.items()}


@lru_cache(maxsize=1)
def load() -> Reference:
    divisions, by_code = _history()
    towns = _towns(divisions)
    divisions.update(towns)
    by_code = {**by_code, **{code: (code,) for code in towns}}
    names: dict[str, list[str]] = {}
    for key in sorted(divisions):
        names.setdefault(divisions[key].name, []).append(key)
    catalogues = {name: _catalogue(name) for name in CATALOGUES}
    return Reference(
        divisions=divisions,
        industries=catalogues["gbt4754-2017"],
        changes=_changes(),
        by_name={name: tuple(keys) for name, keys in names.items()},
        catalogues=catalogues,
        by_code=by_code,
        catalogue_links=_catalogue_links(catalogues),
    )
