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

from . import paths, segment, tables

_SUFFIX = re.compile(
    r"(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|地区|街道|省|市|新区|区|县|镇|乡|盟|旗)$"
)


_WIDE = ("省级", "地级")  # levels whose short forms are recognised in any province


@dataclass(frozen=True)
class Place:
    name: str  # the full name, the entity's label
    province: str  # two-digit province code
    level: str  # 省级 / 地级 / 县级 / 乡级


_ETHNIC = re.compile(r"^(.{2,3}?)(?:[^族]{1,3}族)+自治(州|县|旗)$")


def short_form(name: str) -> str:
    """浙江省 → 浙江, 嘉定区 → 嘉定, 浦东新区 → 浦东, 漾濞彝族自治县 → 漾濞; names whose stem
    would be one character have none."""
    ethnic = _ETHNIC.match(name)
    if ethnic:
        return ethnic.group(1)
    stem = _SUFFIX.sub("", name)
    return stem if stem != name and len(stem) >= 2 else ""


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    # One place per name and province: 宝山区 is a district of Shanghai and of Shuangyashan.
    out: dict[tuple[str, str], Place] = {}
    for row in tables.rows(paths.DIVISION_HISTORY):
        name = row["名称"].strip()
        if row["状态"] == "在用" and len(_SUFFIX.sub("", name)) >= 2:
            out.setdefault((name, row["代码"][:2]), Place(name, row["代码"][:2], row["级别"]))
    for row in tables.rows(paths.SHANGHAI_TOWNS):
        name = row["name"].strip()
        if len(_SUFFIX.sub("", name)) >= 2:
            out.setdefault((name, row["provinceCode"]), Place(name, row["provinceCode"], "乡级"))
    return tuple(out.values())


@lru_cache(maxsize=1)
def zone_units() -> frozenset[str]:
    """Shanghai's statistical units that are development zones, not divisions (NBS 类似乡级单位:
    嘉定工业区, 张江高科技园区, 菊园新区); farms (东海农场) stay places."""
    return frozenset(
        row["name"].strip()
        for row in tables.rows(paths.SHANGHAI_TOWNS)
        if row["code"][6] in "45" and not row["name"].strip().endswith(("农场", "林场"))
    )


@lru_cache(maxsize=64)
def city_characters(province: str) -> frozenset[str]:
    """The characters of the short names of a province's prefecture-level cities (武汉 → 武, 汉),
    of which names of city clusters are made ("汉孝随襄十", "宜荆荆恩")."""
    return frozenset(
        char
        for place in places()
        if place.province == province and place.level == "地级"
        for char in short_form(place.name)
    )


@lru_cache(maxsize=1)
def province_index() -> dict[str, str]:
    """Full place name → its two-digit province code (the first, for a name that two provinces
    share)."""
    index: dict[str, str] = {}
    for p in places():
        index.setdefault(p.name, p.province)
    return index


@lru_cache(maxsize=1)
def shared_names() -> frozenset[str]:
    """Full names that divisions of two or more provinces bear (宝山区, 朝阳区, 鼓楼区): they
    tell no province."""
    seen: dict[str, str] = {}
    shared = set()
    for p in places():
        if seen.setdefault(p.name, p.province) != p.province:
            shared.add(p.name)
    return frozenset(shared)


@lru_cache(maxsize=1)
def all_short_forms() -> frozenset[str]:
    """Short forms of every division in any province (宝山, 东湖, 祥云), ambiguous ones too."""
    return frozenset(short_form(p.name) for p in places())


@lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    """Provinces' names, full and short (河北省, 河北)."""
    full = [p.name for p in places() if p.level == "省级"]
    return frozenset(full) | frozenset(short_form(name) for name in full)


@lru_cache(maxsize=1)
def wide_names() -> frozenset[str]:
    """Full names of provinces and prefectures, whose short forms are known everywhere."""
    return frozenset(p.name for p in places() if p.level in _WIDE)


def province_of(names: tuple[str, ...]) -> str:
    """The province code of the first name that is a known place ('' if none); a name that
    two provinces share (宝山区) only when no other tells."""
    index = province_index()
    shared = shared_names()
    fallback = ""
    for name in names:
        for candidate in (name, name + "市", name + "省", name + "区"):
            if candidate in index and candidate not in shared:
                return index[candidate]
            if candidate in index:
                fallback = fallback or index[candidate]
    return fallback


@lru_cache(maxsize=64)  # one per province (34) and none
def names_for(province: str, words: frozenset[str] = frozenset()) -> dict[str, str]:
    """Every form to look for → the full name it stands for; forms that are ordinary words of plan
    prose (``words``: 建设 for 建设镇, 合作 for 合作市; 新城区 for a district of that name) are left
    out."""
    forms: dict[str, str] = {}
    for place in places():
        if place.name not in words:
            forms.setdefault(place.name, place.name)
    for place in places():
        short = short_form(place.name)
        wide = place.level in _WIDE
        if short and short not in words and (wide or place.province == province):
            forms.setdefault(short, place.name)
            if place.name.endswith("自治州"):
                forms.setdefault(short + "州", place.name)  # 文山壮族苗族自治州 → 文山州
    return forms


ABBREVIATIONS = paths.REFERENCE_DIR / "province-abbreviations" / "province-abbreviations.csv"
# Dictionary words made of 简称 that name no pair of provinces: 秦川 is the Guanzhong plain; 港澳台
# names the three regions' affairs or people as one (港澳台工作, 港澳台侨).
_NOT_COMPOUNDS = frozenset({"秦川", "港澳台"})


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """One-character 简称 → the province's full name (皖 → 安徽省, 蜀 → 四川省)."""
    out: dict[str, str] = {}
    for row in tables.rows(ABBREVIATIONS):
        for char in (row["abbreviation"], row["other"]):
            if char:
                out[char] = row["name"]
    return out


def is_division_word(word: str) -> bool:
    """Whether ``word`` is a division's name or short form, in use or not (成渝 is not; 南沙 is)."""
    return word in _division_words()


@lru_cache(maxsize=1)
def _division_words() -> frozenset[str]:
    """Every division name of the code table, in use or not, and its short form: 辽宁, 晋宁,
    宁津, 贵港 are places of their own, never two provinces."""
    names = {row["名称"].strip() for row in tables.rows(paths.DIVISION_HISTORY)}
    return frozenset(names | {short_form(n) for n in names} - {""})


@lru_cache(maxsize=1)
def _run_pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(abbreviations())) + "]{2,}")


PEOPLE_OF = ("同胞", "侨胞")  # after a place: its people (台湾同胞), not the place


def abbreviation_compounds(text: str) -> list[tuple[int, str]]:
    """Each 简称 of a compound of two or more (京津冀, 粤港澳, 沪苏浙皖, 川渝) as (offset, the
    province's full name). A compound starts and ends at word boundaries (新台阶 is 新/台阶, 临港新片区
    临港/新/片区), is no division's name (辽宁, 宁津), names no province twice, and does not start
    with 新, which before a word means "new" (新晋, 新港)."""
    found: list[tuple[int, str]] = []
    table = abbreviations()
    for m in _run_pattern().finditer(text):
        end = _compound_end(text, m.start(), m.end())
        run = text[m.start() : end]
        if (
            len(run) < 2
            or run[0] == "新"
            or len(set(run)) < len(run)
            or run in _division_words()
            or run in _NOT_COMPOUNDS
            or text.startswith(PEOPLE_OF, end)  # 港澳同胞: people thanked, not places
        ):
            continue
        found.extend((m.start() + i, table[char]) for i, char in enumerate(run))
    return found


def _compound_end(text: str, begin: int, end: int) -> int:
    """Where the compound that starts the run ``text[begin:end]`` ends: the last word boundary
    inside the run (京津冀/新能源 → after 冀), or the run's end where one word starts with the
    run and goes on (粤港澳大湾区 as one word); ``begin`` when no word starts at ``begin``."""
    lo = max(0, begin - 4)
    pos, last = lo, begin
    for word in segment.words(text[lo : min(len(text), end + 8)]):
        nxt = pos + len(word[0])
        if pos < begin < nxt:
            return begin  # a word runs into the run: 临港/新, 创新/港, 富宁/港
        if pos >= begin and nxt <= end:
            last = nxt
        elif pos == begin and word[0] not in _division_words():
            return end  # one word opens with the run: 粤港澳大湾区 (not 辽宁省)
        if nxt >= end:
            break
        pos = nxt
    return last
