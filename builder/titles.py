"""The plan a document is about, the documents it is based on, its place and its period."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import dates, places
from .model import Interval, Span, Structure
from .vocab import Vocab

_TITLE = re.compile(r"《([^《》]{1,80})》")
# (a place's name is in Chinese: not 2024年县 in 2024年县《政府工作报告》…方案)
_DIVISION = r"([\u4e00-\u9fff]{2,6}?(?:自治区|自治州|新区|省|市|区|县))"
_PLACE = re.compile(r"^(?:中共)?(?:\d{4}年)?" + _DIVISION)
# A title that opens with what it is about (关于进一步推进嘉定区…) names its place after the
# verbs, if at all: a division of the country within its first words.
_ABOUT = "关于"
_DIVISION_AT = re.compile(_DIVISION)
_ABOUT_REACH = 14
# Notes after a title: its years, or what the text is of it ((2021-2025年), (节选), (草案)).
_TRAILING_NOTES = re.compile(r"(?:\s*\([^()]{1,20}\))+\s*$")
# A title may follow a page's leftovers (a toolbar, a breadcrumb, a column's name): it is looked
# for among the first lines, before the first numbered heading.
_TITLE_LINES = 12
# The session a work report was given at names its place ("在湖北省第十四届人民代表大会…").
_SESSION = re.compile(r"在(.{2,12}?(?:自治区|省|市|区|县))第[一二三四五六七八九十]+届人民代表大会")
# Words that end in a division's head but name none (上海城市…, 临江园区…); 东城区 is one.
_NO_DIVISION = re.compile(r"(?:城市|都市|[社园景片街]区)$")
_THIS_PLACE = re.compile(r"[本全我各](?:省|市|区|县)$")  # 优化提升本市…: "this city", no name
_SPACED = re.compile(r"(?:[\u4e00-\u9fff] )+[\u4e00-\u9fff]")  # 政 府 工 作 报 告


@dataclass(frozen=True)
class PlanInfo:
    title: str
    title_span: Span | None
    bases: tuple[tuple[str, Span], ...]
    places: tuple[str, ...]
    period: Interval | None
    period_span: Span | None
    fyp: int | None
    # A speech to a congress ("各位代表:现在,我代表市人民政府向大会报告工作"), whatever its title.
    addressed: bool = False

    @property
    def report(self) -> bool:
        """Whether the plan is a government work report (…政府工作报告, or a text without that
        title that reports the government's work to a congress), whose goals are the targets it
        lists as such, not the pledges inside its tasks."""
        return _is_report(self.title, self.addressed)


def _is_report(title: str, addressed: bool) -> bool:
    """Whether a plan of ``title`` is a work report: titled so, or addressing a congress."""
    return title.replace(" ", "").endswith("工作报告") or addressed


def _title_line(structure: Structure) -> Span | None:
    first = structure.paragraphs[0]
    if structure.blocks and structure.blocks[0].heading.begin < first.end:
        return None
    if len(first.text) > 80 or first.text.endswith(("。", ":")):
        return None
    return first


def _later_title_line(structure: Structure, endings: tuple[str, ...]) -> Span | None:
    """A title line after a page's leftovers: among the first lines and before the first
    heading, a short line with no sentence mark that ends as plans' titles end (…政府工作报告)."""
    first_heading = (
        structure.blocks[0].heading.begin if structure.blocks else len(structure.doc.text)
    )
    for para in structure.paragraphs[1:_TITLE_LINES]:
        if para.begin >= first_heading:
            break
        if len(para.text) <= 80 and not re.search("[。:;,]", para.text):
            if _ends_as_title(para.text, endings):
                return para
    return None


def _ends_as_title(text: str, endings: tuple[str, ...]) -> bool:
    return _unspaced(_TRAILING_NOTES.sub("", text)).endswith(endings)


def _unspaced(text: str) -> str:
    """A title printed with a space between its characters, without them."""
    return text.replace(" ", "") if _SPACED.fullmatch(text) else text


def _titles(text: str) -> list[Span]:
    return [Span(m.start(1), m.end(1), m.group(1)) for m in _TITLE.finditer(text)]


def _preceded_by(text: str, at: int, cues: list[str], window: int = 6) -> bool:
    before = text[max(0, at - 1 - window) : at - 1]
    return any(cue in before for cue in cues)


def _plan_title(
    structure: Structure, vocab: Vocab, titles: list[Span], bases: set[int]
) -> tuple[str, Span | None]:
    text = structure.doc.text
    endings = tuple(vocab.cues.words("plan_title_endings"))
    line = _title_line(structure)
    if line is not None:
        inner = [t for t in titles if line.begin <= t.begin < line.end]
        if inner and _NOTICE_TAIL.fullmatch(text, inner[0].end, line.end):
            return inner[0].text, inner[0]  # 关于印发《…方案》的通知: the plan it issues
        if _ends_as_title(line.text, endings):
            return _unspaced(line.text), line
        issued = _ISSUING.fullmatch(line.text)  # 关于印发临江区2024年《…》重点任务分工方案的通知
        if issued and _ends_as_title(issued.group(1), endings):
            begin = line.begin + issued.start(1)
            return issued.group(1), Span(begin, begin + len(issued.group(1)), issued.group(1))
    later = _later_title_line(structure, endings)
    if later is not None:
        return _unspaced(later.text), later
    candidates = [  # not a short reference to a plan by its kind (《规划》实施期限为…)
        t
        for t in titles
        if t.begin not in bases and t.text.endswith(endings) and t.text not in endings
    ]
    cued = [t for t in candidates if _preceded_by(text, t.begin, vocab.cues.words("plan_cues"), 3)]
    if cued:
        return cued[0].text, cued[0]
    if candidates:
        best = max(candidates, key=lambda t: sum(1 for o in titles if o.text == t.text))
        return best.text, best
    return structure.doc.slug, None


# What may follow the title a notice issues on its own line: 》的通知, 》和《…》的通知,
# 》(2024年修订); not more of the plan's own title (《政府工作报告》确定的主要目标任务责任分解方案).
_NOTICE_TAIL = re.compile(
    r"》(?:[和、及]《[^》]*》)*(?:的(?:通知|决定|批复|函|公告))?(?:\([^()]*\))?\s*"
)


# A notice's title line that issues a plan named without 《》 (关于印发X的通知).
_ISSUING = re.compile(r"(?:.{0,30}?关于)?(?:印发|转发)(.{6,60})的通知")


def _bases(text: str, titles: list[Span], vocab: Vocab) -> list[Span]:
    """Titles after 根据/依据/贯彻…, and titles joined to them by 和/、."""
    found: list[Span] = []
    for t in titles:
        joined = found and text[found[-1].end + 1 : t.begin - 1] in ("和", "、", "及", "以及")
        if _preceded_by(text, t.begin, vocab.cues.words("basis_cues")) or joined:
            found.append(t)
    return found


def _places(title: str, bases: list[Span], text: str, issuer: str = "") -> tuple[str, ...]:
    """The places the title names (and the body whose notice issues it: 衡阳市人民政府办公室关于印发…;
    and the titles it is based on; 本市 names none); a work report whose title names none is of the
    place its session names (在云南省第十四届人民代表大会…)."""
    out: list[str] = []
    session = _SESSION.search(text[:600])
    names = [title, issuer, *(b.text for b in bases), *([session.group(1)] if session else [])]
    for name in names:
        if name.startswith(_ABOUT):
            name = _after_about(name)
        m = _PLACE.match(name)  # 2026年上海市…; not 上海城市空间治理…, which names no division
        if m and not _THIS_PLACE.search(m.group(1)) and not _NO_DIVISION.search(m.group(1)):
            place = m.group(1)
            out.append(place)
            if len(place) > 2:
                out.append(re.sub(r"(自治区|自治州|新区|省|市|区|县)$", "", place))
    return tuple(dict.fromkeys(p for p in out if len(p) >= 2))


def _after_about(title: str) -> str:
    """A title that opens with 关于, from the first division it names within its first words
    (关于推进嘉定区城市更新… → 嘉定区城市更新…), or "" (关于推进开发区…, 关于加强县域…: none)."""
    known = places.province_index()
    for at in range(len(_ABOUT), min(len(title), _ABOUT_REACH)):
        m = _DIVISION_AT.match(title, at)
        if m and m.group(1) in known:
            return title[at:]
    return ""


def _issuer(text: str) -> str:
    """The body whose notice on the first lines issues the plan (衡阳市人民政府办公室), or ""."""
    m = _NOTICE_ISSUER.search(text[:_OPENING])
    return m.group(1) if m else ""


# "衡阳市人民政府办公室关于印发《…》的通知": the issuing body opening a notice's title line (not
# "根据湖南省人民政府关于印发《…》的通知精神,…", a sentence that cites one).
_NOTICE_ISSUER = re.compile(
    r"^([^\n《》,。;:、]{2,30}?(?:人民政府|政府|办公厅|办公室|委员会|局|厅|委))"
    r"关于(?:印发|转发)[^\n]*的通知$",
    re.M,
)


# A plan that states its own period ("规划期为2022—2025年", "规划期限:2026-2030年").
_STATED_PERIOD = re.compile(
    r"规划(?:期|期限|年限|时限)(?:为|是|:)?\s*(\d{4}\s*年?\s*[—–\-~至到]\s*\d{4}年?)"
)


# The one year a title gives a plan of a year (2026年…工作要点, …行动方案(2026年), 关于做好2023年…工作的
# 意见), not a deadline (2030年前碳达峰…, 到2027年…), a horizon (…2035年远景目标) or an edition (2025年修订).
_YEAR_OF_TITLE = re.compile(r"(?<![到至])(\d{4})年(?!前|远景|修订|版)")
# A work report's title: the report of a year may set that year's targets or the period's.
_REPORT = re.compile(r"工作报告")


def _stated_period(text: str) -> tuple[Interval, Span] | None:
    """The period a plan states for itself, and where ("规划期为2022—2025年")."""
    stated = _STATED_PERIOD.search(text)
    found = dates.find_interval(stated.group(1)) if stated else None
    if stated is None or found is None or found[0].begin == found[0].end:
        return None
    begin, end = stated.start(1) + found[1], stated.start(1) + found[2]
    return found[0], Span(begin, end, text[begin:end])


def _period(
    title: str, title_span: Span | None, structure: Structure, addressed: bool = False
) -> tuple[Interval | None, Span | None, int | None]:
    """The plan's period: the one it states, its title's (“十四五”, 2025—2027年, 2026年), else the
    latest five-year period its text names; but a work report's (``addressed``) only where it
    sets that period's goals ("“十五五”时期主要目标"): "2026年是“十五五”开局之年" sets the year's."""
    fyp = dates.five_year_plan(title)
    stated = _stated_period(structure.doc.text)
    if stated is not None:  # "规划期为2022—2025年": the plan says its own
        return stated[0], stated[1], fyp[0] if fyp else None
    if fyp:
        return fyp[1], title_span, fyp[0]
    years = dates.find_interval(title)
    if years and years[0].begin != years[0].end:
        return years[0], title_span, None
    year = _YEAR_OF_TITLE.findall(title)
    if len(year) == 1 and not _REPORT.search(title):  # 2026年…工作要点: that year's plan
        return Interval(year[0], year[0]), title_span, None
    text = structure.doc.text
    cited = [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]*》", text)]
    marks = [  # a period named in a cited document's title (《“十四五”…规划》) is that document's
        m
        for m in re.finditer(r"十[一二三四五六七八九]五", text)
        if not any(b < m.start() < e for b, e in cited)
        and (not addressed or _PERIODS_GOALS.match(text, m.end()))
        and not _SINCE.match(text, m.end())
    ]
    number = {m.group(0): (dates.five_year_plan(m.group(0)) or (0,))[0] for m in marks}
    m = max(marks, key=lambda x: number[x.group(0)]) if marks else None  # the latest period named
    if m:
        found = dates.five_year_plan(m.group(0))
        if found:
            return found[1], Span(m.start(), m.end(), m.group(0)), found[0]
    return None, None, None


# What a plan's title may be written with or without where its text names it: spaces, quotation
# and title marks, its period in brackets, the year and the place (or 本区, 本市: the same level) it
# opens with.
_TITLE_DRESS = re.compile(r"\s|[《》<>“”\"]")
_TITLE_PERIOD = re.compile(r"\([^()]*\d{4}[^()]*\)")
_TITLE_OPENING = re.compile(
    r"^(?:(?P<year>\d{4})年)?(?P<place>(?:本|[\u4e00-\u9fff]{2,4}?)(?P<level>省|市|区|县|镇|街道))?"
)


def opening(structure: Structure) -> int:
    """Where a text's first heading begins: the notice and the title before it name the issuer."""
    return structure.blocks[0].heading.begin if structure.blocks else 0


def _title_parts(title: str) -> tuple[str, set[str], str, str]:
    """A title without its dress: the rest after its opening, its years (opening and bracketed), and
    the place it opens with and that place's level ("" when none)."""
    bare = _TITLE_DRESS.sub("", title)
    years = set(re.findall(r"\d{4}", "".join(_TITLE_PERIOD.findall(bare))))
    head = _TITLE_OPENING.match(_TITLE_PERIOD.sub("", bare))
    assert head is not None  # every group is optional
    if head["year"]:
        years.add(head["year"])
    return head.string[head.end() :], years, head["place"] or "", head["level"] or ""


def same_title(a: str, b: str, opening: str) -> bool:
    """Whether two titles name one document, however dressed (《2021年崇明区城市体检工作方案》 and
    the notice's 2021年本区城市体检工作方案; …方案(2025-2027年) and …方案(2025年—2027年)): the years
    they open with or hold in brackets are the same where both give any (…(2006—2020年) is the plan
    before, 2022年… the next year's), and the places they open with are the same (浙江省…条例 is not
    杭州市…条例), or one says 本区 and the other is a place of that level the ``opening`` of the
    text (its notice) names (本省 is no 区)."""
    rest_a, years_a, place_a, level_a = _title_parts(a)
    rest_b, years_b, place_b, level_b = _title_parts(b)
    if rest_a != rest_b or (years_a and years_b and years_a != years_b):
        return False
    if place_a == place_b:
        return True
    if place_b.startswith("本"):
        place_a, place_b = place_b, place_a
    return place_a.startswith("本") and level_a == level_b and place_b in opening


def analyse(structure: Structure, vocab: Vocab) -> PlanInfo:
    text = structure.doc.text
    titles = _titles(text)
    bases = _bases(text, titles, vocab)
    title, title_span = _plan_title(structure, vocab, titles, {b.begin for b in bases})
    notice = text[: opening(structure)]
    bases = [b for b in bases if not same_title(b.text, title, notice)]
    addressed = (
        _REPORTS_WORK.search(text[:_OPENING]) is not None
        or _ADDRESSES_DELEGATES.search(text) is not None
        or (_THIS_YEARS_WORK.search(text) is not None and _YEARS_TARGETS in text)
    )
    period, period_span, fyp = _period(title, title_span, structure, _is_report(title, addressed))
    return PlanInfo(
        title=title,
        title_span=title_span,
        bases=tuple((b.text.replace("\n", ""), b) for b in bases),  # a title a cell wrapped
        places=_places(title, bases, text, _issuer(text)),
        period=period,
        period_span=period_span,
        fyp=fyp,
        addressed=addressed,
    )


# What follows a five-year period where a text sets its goals: "“十五五”时期主要目标任务", "“十五五”
# 发展主要目标", "“十五五”时期经济社会发展的主要目标是".
_PERIODS_GOALS = re.compile(r"[”\"]?(?:时期|期间)?[^。,;\n]{0,10}?目标")
# A period the text looks back over from its start ("“十四五”以来,…"): the plan's comes after it.
_SINCE = re.compile(r"[”\"]?以来")
# How a work report opens: "现在,我代表市人民政府,向大会报告工作" within its first lines.
_REPORTS_WORK = re.compile(r"向大会报告(?:政府)?工作")
_OPENING = 400
# An excerpt of a work report without its opening: it still addresses the delegates ("各位代表!")
# or holds the part on the year's work with the year's expected targets ("三、2026年重点工作" …
# "主要预期目标是:"); an annual work plan's "一、2026年工作目标" is no such part.
_ADDRESSES_DELEGATES = re.compile(r"各位代表[,!:;]")
_THIS_YEARS_WORK = re.compile(
    r"^[一二三四五六七八九十]+、(?:(\d{4})年|今年)(?:的)?(?:重点工作|政府工作任务)", re.M
)
_YEARS_TARGETS = "预期目标"


def year_of(title: str) -> str | None:
    """The first year a title names (2026年政府工作报告 → 2026), None for none."""
    year = _YEAR_OF_TITLE.search(title)
    return year.group(1) if year else None


def this_years_work(text: str) -> re.Match[str] | None:
    """The heading of a work report's part on a year's work that names the year ("三、2026年重点
    工作"), its year the first group."""
    for m in _THIS_YEARS_WORK.finditer(text):
        if m.group(1):
            return m
    return None
