"""Dates of the genre → OWL-Time friendly values ('YYYY' or 'YYYY-MM').

"2020年3月至4月" → 2020-03 … 2020-04; "2024年11月至2025年1月"; "2024年1月—3月"; "2020年8月";
"2021年至2023年" and "2021—2025年" → years; "2021年底" → 2021-12; "上半年"/"下半年" → halves;
"2023年一季度" → 2023-01 … 2023-03; "2023年7-9月" → 2023-07 … 2023-09; "2024.10—2024.12" →
2024-10 … 2024-12; "2023年10月—次年3月" → 2023-10 … 2024-03; "(即日起)至2023年11月"
→ 2023-11, its start left to the reader (a deadline); "2024年7月起至2025年12月" → 2024-07 … 2025-12.
"""

from __future__ import annotations

import re

from .model import Interval

_SEP = r"\s*(?:至|到|—+|-|~|～|–)\s*"
_QUARTER = r"第?[一二三四1234]季度"
# A month without 月 counts when a month with it follows the separator ("2023年7-9月").
# A year and its month written with a dot ("2024.10—2024.12") count as 2024年10月. A month is 1-12
# (2024年13月 is no month).
_POINT = (
    r"(?:(?P<{y}>(?:19|20)\d\d)(?:年|\.(?=(?:1[0-2]|0?[1-9])(?![\d%.万亿])))"
    r")?(?:(?P<{m}>1[0-2]|0?[1-9])(?:月(?:\d{{1,2}}日|[上中下]旬)?|(?({y})(?:(?<=\.\d)|(?<=\.\d\d))|(?!))|(?="
    + _SEP
    + r"\d{{1,2}}月))"
    r"|(?P<{h}>上半年|下半年|年底|底|年初|初|" + _QUARTER + "))?"
)
_RANGE = re.compile(
    _POINT.format(y="y1", m="m1", h="h1")
    # 2023年10月—次年3月: the year after the first; 2024年7月起至2025年12月: 起 opens the range
    + f"(?:(?:起|开始)?{_SEP}(?P<next>次年|翌年)?"
    + _POINT.format(y="y2", m="m2", h="h2")
    + ")?"
)
_YEARS = re.compile(r"(?P<y1>\d{4})" + _SEP + r"(?P<y2>\d{4})年?")
_HALVES = {
    "上半年": ("01", "06"),
    "下半年": ("07", "12"),
    "年底": ("12", "12"),
    "底": ("12", "12"),
    "年初": ("01", "01"),
    "初": ("01", "01"),
}
_QUARTERS = {"一": ("01", "03"), "二": ("04", "06"), "三": ("07", "09"), "四": ("10", "12")}
# A part of the year that names its months without its year ("第二季度", "下半年"): with ``year``,
# of that year, as a month is.
PART_OF_YEAR = re.compile(_QUARTER + "|上半年|下半年")


def _point(year: str | None, month: str | None, half: str | None, side: int) -> str:
    if year is None:
        return ""
    if month:
        return f"{year}-{int(month):02d}"
    if half and half.endswith("季度"):  # 一季度, 第四季度, 3季度
        digit = half.strip("第季度")
        months = _QUARTERS["一二三四"[int(digit) - 1] if digit.isdigit() else digit]
        return f"{year}-{months[side]}"
    if half:
        return f"{year}-{_HALVES[half][side]}"
    return year


ANY_YEAR = "2000"
"""A stand-in year for asking whether a text is a date at all, months without a year included."""


def find_interval(text: str, year: str | None = None) -> tuple[Interval, int, int] | None:
    """The first dated point or range in ``text`` with its offsets, or None. With ``year``, a
    month given without its year is of that year ("7月至10月", "即日起至6月底")."""
    for m in _YEARS.finditer(text):
        return Interval(m.group("y1"), m.group("y2")), m.start(), m.end()
    for m in _RANGE.finditer(text):
        y2_given = m.group("y2") or (year if m.group("m2") and not m.group("m1") else None)
        if not m.group("y1") and not m.group("m1") and y2_given:
            # "(即日起)至2023年11月", "即日起至6月底": open at its start
            end = _point(y2_given, m.group("m2"), m.group("h2"), 1)
            return Interval(end, end), m.start("y2" if m.group("y2") else "m2"), m.end()
        y1 = m.group("y1") or (
            year if m.group("m1") or PART_OF_YEAR.match(m.group("h1") or "") else None
        )
        if not y1:
            continue
        y2 = m.group("y2") or (str(int(y1) + 1) if m.group("next") else y1)
        begin = _point(y1, m.group("m1"), m.group("h1"), 0)
        if m.group("m2") or m.group("h2") or m.group("y2") or m.group("next"):
            end = _point(y2, m.group("m2"), m.group("h2"), 1)
        else:
            end = _point(y1, m.group("m1"), m.group("h1"), 1)
        return Interval(begin, end), m.start(), m.end()
    return None


YEAR = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})"
"""A year as plans write it, in digits or in Chinese numerals (2025, 二〇二五): a regex piece."""
# A time in brackets after a name ("动员部署阶段(2024年3月)", "(即日起至5月)").
DATE_PAREN = re.compile(rf"\s*\([^()]*(?:\d{{4}}|\d月|即日|{YEAR}年)[^()]*\)")
_TARGET = re.compile(
    rf"(?:到|至|于|在|力争|争取|展望)(?P<a>{YEAR})年"
    rf"|(?P<b>{YEAR})年(?:\d{{1,2}}月)?(?:底|年底|末)?(?:前|以前|之前)"  # 2025年6月底前
    # "2023—2025年,…", "用三年时间(2023—2025年)": a span of years that opens a clause ends at
    # its target, as does one after a term of goals (近期(2026—2028年)); one after a document's
    # name (总体规划(2018—2035年)) is that document's period.
    rf"|(?:^|(?<=[,。;:\n])|(?<=时间\()|(?<=期\())\d{{4}}(?:年)?\s*[—–~-]\s*(?P<c>\d{{4}})年"
    r"|(?:到|至)“?十(?P<fyp>[一二三四五六七八九])五”?(?:期|时期)?末"
)
_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


# A date written in Chinese numerals, as a notice's signature often is (二〇二四年三月五日).
_NUMERAL_DATE = re.compile(
    r"(?P<y>[〇○零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
    r"(?:(?P<d>[一二三四五六七八九十]{1,3})日)?"
)


def _numeral(text: str) -> int:
    """一 … 三十一 as a number: 九 9, 十 10, 十五 15 (five-year plans), 二十五 25 (days)."""
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return int(text.translate(_DIGITS))
    return 10 * (int(tens.translate(_DIGITS)) if tens else 1) + (
        int(units.translate(_DIGITS)) if units else 0
    )


def digit_dates(text: str) -> str:
    """``text`` with each date in Chinese numerals written in digits (二〇二四年三月五日 →
    2024年3月5日), for reading a date; offsets into the result are not the text's."""

    def digits(m: re.Match[str]) -> str:
        year = m.group("y").replace("○", "〇").translate(_DIGITS)
        day = f"{_numeral(m.group('d'))}日" if m.group("d") else ""
        return f"{year}年{_numeral(m.group('m'))}月{day}"

    def end_month(m: re.Match[str]) -> str:
        return f"{m.group(1)}{_numeral(m.group(2))}月"

    dated = _NUMERAL_DATE.sub(digits, text)
    return _NUMERAL_END_MONTH.sub(end_month, dated) if dated != text else text


# The month a range in Chinese numerals ends in, after its first date (二〇二四年四月至十月).
_NUMERAL_END_MONTH = re.compile(
    r"(\d月(?:\d{1,2}日)?(?:底|中旬|下旬)?" + _SEP + ")([一二三四五六七八九十]{1,2})月"
)


def deadlines(text: str) -> list[tuple[str, int]]:
    """Years a text sets targets for, with where each is said: "到2025年", "2024年底前",
    "到二〇三五年", "到“十五五”末" (2030), "力争2025年", "(2023—2025年)" (2025)."""
    out = []
    for m in _TARGET.finditer(text):
        if m.group("fyp"):
            year = fyp_interval(10 + _CN.index(m.group("fyp")) + 1).end
        else:
            year = (m.group("a") or m.group("b") or m.group("c")).translate(_DIGITS)
        out.append((year, m.start()))
    return out


def target_years(text: str) -> list[str]:
    """Years a text sets targets for ("到2025年", "2024年底前")."""
    return [year for year, _at in deadlines(text)]


_FYP = re.compile(r"十([一二三四五六七八九])五")
_CN = "一二三四五六七八九"


_FYP_LONG = re.compile(r"第(十[一二三四五六七八九]?|[一二三四五六七八九])个五年")


def five_year_plan(text: str) -> tuple[int, Interval] | None:
    """The five-year plan period named in ``text`` ("十四五" or "第十四个五年" → 14, 2021–2025)."""
    long = _FYP_LONG.search(text)
    if long:
        number = _numeral(long.group(1))
        return number, fyp_interval(number)
    m = _FYP.search(text)
    if not m:
        return None
    number = 10 + _CN.index(m.group(1)) + 1
    return number, fyp_interval(number)


def fyp_interval(number: int) -> Interval:
    """Years of the Nth five-year plan (the 3rd began in 1966 after the 1963–65 adjustment)."""
    start = 1953 + 5 * (number - 1) if number <= 2 else 1966 + 5 * (number - 3)
    return Interval(str(start), str(start + 4))


def fyp_numbers(text: str) -> list[int]:
    return [10 + _CN.index(g) + 1 for g in _FYP.findall(text)]


def before(point: str) -> str:
    """The month or year right before ``point`` ('2025-01' → '2024-12', '2025' → '2024')."""
    if len(point) == 4:
        return str(int(point) - 1)
    year, month = int(point[:4]), int(point[5:7])
    return f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"


def only_a_date(label: str) -> bool:
    """Whether a heading is nothing but a date ("2023年6月—9月", "4月至9月": the year, any, is
    the document's; "2024年底前")."""
    if PART_OF_YEAR.fullmatch(label):
        return False  # "第一季度:做好项目立项工作…": the quarter names the stage
    found = find_interval(label, ANY_YEAR)
    return found is not None and found[1] == 0 and found[2] >= len(label.rstrip("起前底"))


def after(point: str) -> str:
    """The month or year right after ``point`` ('2024-12' → '2025-01', '2025' → '2026')."""
    if len(point) == 4:
        return str(int(point) + 1)
    year, month = int(point[:4]), int(point[5:7])
    return f"{year + month // 12}-{month % 12 + 1:02d}"
