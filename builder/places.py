"""Place names for recognition: every division of China in use (county level and above, from the
CC0 division-code history table) and Shanghai's towns and subdistricts, with their short forms.

A full name (浙江省, 杭州市, 嘉定区) is recognised anywhere. A short form (浙江, 杭州, 嘉定) is
recognised for provinces and prefectures everywhere, and for counties, districts and towns only
inside the plan's own province, where it is not ambiguous; and only where the next character
does not continue another name ("宝山路" is a road, "嘉定新城" a zone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import paths, tables

_SUFFIX = re.compile(
    r"(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|地区|街道|省|市|区|县|镇|乡|盟|旗)$"
)


_WIDE = ("省级", "地级")  # levels whose short forms are recognised in any province


@dataclass(frozen=True)
class Place:
    name: str  # the full name, the entity's label
    province: str  # two-digit province code
    level: str  # 省级 / 地级 / 县级 / 乡级


_ETHNIC = re.compile(r"^(.{2,3}?)(?:[^族]{1,3}族)+自治(州|县|旗)$")


def short_form(name: str) -> str:
    """浙江省 → 浙江, 嘉定区 → 嘉定, 漾濞彝族自治县 → 漾濞; names whose stem would be one
    character have none."""
    ethnic = _ETHNIC.match(name)
    if ethnic:
        return ethnic.group(1)
    stem = _SUFFIX.sub("", name)
    return stem if stem != name and len(stem) >= 2 else ""


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    out: dict[str, Place] = {}
    for row in tables.rows(paths.DIVISION_HISTORY):
        name = row["名称"].strip()
        if row["状态"] == "在用" and len(_SUFFIX.sub("", name)) >= 2:
            out.setdefault(name, Place(name, row["代码"][:2], row["级别"]))
    for row in tables.rows(paths.SHANGHAI_TOWNS):
        name = row["name"].strip()
        if len(_SUFFIX.sub("", name)) >= 2:
            out.setdefault(name, Place(name, row["provinceCode"], "乡级"))
    return tuple(out.values())


@lru_cache(maxsize=1)
def province_index() -> dict[str, str]:
    """Full place name → its two-digit province code."""
    return {p.name: p.province for p in places()}


@lru_cache(maxsize=1)
def wide_names() -> frozenset[str]:
    """Full names of provinces and prefectures, whose short forms are known everywhere."""
    return frozenset(p.name for p in places() if p.level in _WIDE)


def province_of(names: tuple[str, ...]) -> str:
    """The province code of the first name that is a known place ('' if none)."""
    index = province_index()
    for name in names:
        for candidate in (name, name + "市", name + "省", name + "区"):
            if candidate in index:
                return index[candidate]
    return ""


@lru_cache(maxsize=8)
def names_for(province: str) -> dict[str, str]:
    """Every form to look for → the full name it stands for."""
    forms: dict[str, str] = {}
    for place in places():
        forms.setdefault(place.name, place.name)
    for place in places():
        short = short_form(place.name)
        wide = place.level in _WIDE
        if short and (wide or place.province == province):
            forms.setdefault(short, place.name)
            if place.name.endswith("自治州"):
                forms.setdefault(short + "州", place.name)  # 文山壮族苗族自治州 → 文山州
    return forms
