"""Industry names from official classifications, for recognition (not for linking).

GB/T 4754-2017 (门类 and 大类), 战略性新兴产业分类(2018) and 数字经济及其核心产业统计分类(2021), top
two levels each, read from data/reference/ (each with its SOURCE.md). A catalogue name is also
offered without its generic head ("生物医药产业" → 生物医药, "汽车制造业" → 汽车), because plans name
sectors that way; without a service head (资本市场服务 → 资本市场) only before a sector word, as
the rest names what the service deals in. Names that say nothing on their own (其他…, …相关服务)
are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import paths, tables

REFERENCE = paths.REFERENCE_DIR
SOURCES = {
    "gbt4754-2017": (REFERENCE / "gbt4754-2017" / "gbt4754-2017.csv", "name_zh", {"门类", "大类"}),
    "sei-2018": (REFERENCE / "sei-2018" / "sei-2018.csv", "name", {"大类", "中类"}),
    "digital-economy-2021": (
        REFERENCE / "digital-economy-2021" / "digital-economy-2021.csv",
        "name",
        {"大类", "中类"},
    ),
}
_HEAD = re.compile(r"(?<!地)(?:产业|制造业|服务业|业|制造|服务)$")
_SERVICE_HEAD = re.compile(r"服务业?$")
_VAGUE = ("其他", "相关", "配套", "及其", "机关", "机构", "组织")
# GB/T 4754 sections that are public services or administration, not sectors a plan develops.
_NOT_SECTORS = {"N", "O", "P", "Q", "S", "T"}


@dataclass(frozen=True)
class Term:
    """A name to look for, the catalogue it comes from and the class code it names."""

    name: str
    catalogue: str
    code: str
    contextual: bool = False  # a product or activity stem (花卉, 卷烟): a sector only in context
    # a service sector's name without its service (资本市场服务 → 资本市场): what the service deals
    # in, a sector only before a sector word (or where its list-mates are sectors)
    served: bool = False


def section(term: Term) -> bool:
    """Whether a term is a 门类 of GB/T 4754 (房地产业, K): a sector wherever it is named."""
    return term.catalogue == "gbt4754-2017" and len(term.code) == 1


def rows(catalogue: str) -> tuple[dict[str, str], ...]:
    """Every row of one catalogue (all levels), as shipped; for the SKOS schemes of reference.ttl."""
    return tables.rows(SOURCES[catalogue][0])


def name_of(catalogue: str, row: dict[str, str]) -> str:
    """The zh name of a row (the column is ``name_zh`` in GB/T 4754-2017, ``name`` elsewhere)."""
    return row[SOURCES[catalogue][1]].strip()


def vague(name: str) -> bool:
    """A name that says nothing on its own (其他…, …相关服务)."""
    return any(word in name for word in _VAGUE)


def variants(name: str) -> list[str]:
    """The name as written and without its generic head, if what remains is a sector name."""
    out = [name]
    m = _HEAD.search(name)
    stem = name[: m.start()] if m else name
    short_ok = m is not None and m.group(0) in ("业", "制造业")
    if stem != name and (len(stem) >= 3 or (len(stem) == 2 and short_ok)):
        if not re.search(r"[、,和及与]$", stem):
            out.append(stem)
    return [v for v in out if not any(word in v for word in _VAGUE)]


_GBT_SECTION: dict[str, str] = {}


def _section(row: dict[str, str]) -> str:
    """The GB/T 4754 门类 letter of a row ('' for other catalogues)."""
    if "name_zh" not in row:
        return ""
    code, parent = row["code"], row.get("parent", "")
    section = code if code.isalpha() else parent
    _GBT_SECTION[code] = section
    return section


# The activity a GB/T 4754 group or class names after its product: 花卉种植 → 花卉, 卷烟制造 → 卷烟.
_ACTIVITY = re.compile(
    r"(?:种植|饲养|养殖|捕捞|采选|开采和洗选|开采|洗选|冶炼|加工|生产和供应|生产|制品制造|制造"
    r"|零售|批发|服务|(?<!就)业)+$"  # (not the 业 of 就业: 公共就业服务 is no 公共就)
)
_DEEP = ("中类", "小类")
# Stems left by the activity's removal that name no product (综合零售 → 综合, 安全服务 → 安全).
_NO_PRODUCT = frozenset({"综合", "综合管理", "安全"})


def _product(name: str) -> str | None:
    """The product or activity a GB/T 4754 中类/小类 names, if it can stand alone as a sector."""
    if any(word in name for word in _VAGUE + ("未列明",)) or re.search(r"[、,和及与]", name):
        return None
    stem = _ACTIVITY.sub("", name)
    if stem in _NO_PRODUCT:
        return None  # 综合(零售): a manner, no product
    return stem if len(stem) >= 2 else None


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    """Names to look for. 门类/大类 names (and the top two levels of the other catalogues) stand
    for a sector wherever they occur, except those ``served`` (a service's name without its
    service); GB/T 4754 中类/小类 names and their product stems are ``contextual``: a sector only
    before 产业, 产值, 行业…."""
    found: dict[str, Term] = {}
    deep: dict[str, Term] = {}
    for catalogue, (path, column, levels) in SOURCES.items():
        for row in tables.rows(path):
            if _section(row) in _NOT_SECTORS:
                continue
            if row["level"] in levels:
                full = row[column].strip()
                for name in variants(full):
                    # 资本市场服务 → 资本市场, 专业技术服务业 → 专业技术: without its 服务 the name
                    # is the market or the skill the service deals in, a sector only in context
                    served = name != full and _SERVICE_HEAD.search(full) is not None
                    found.setdefault(name, Term(name, catalogue, row["code"], served=served))
            elif catalogue == "gbt4754-2017" and row["level"] in _DEEP:
                product = _product(row[column].strip())
                if product:
                    deep.setdefault(product, Term(product, catalogue, row["code"], True))
    for name, term in deep.items():
        found.setdefault(name, term)
    return tuple(found.values())
