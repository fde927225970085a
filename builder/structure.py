"""Stage 2 — structure: paragraphs, sentences and blocks, each with offsets into the text.

Blocks are the units plans are written in: sections (一、 / 第一章), numbered items ((一) / 1、 /
第一节) and headed paragraphs ("构筑…新优势:…"). Each block gets a role (``kind``: Measure, Phase,
Safeguard, …) from cue words in its own heading, in its section's heading, or in a lead sentence
("…的重点举措有:"); the cues live in data/vocab/cues.yaml.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from . import dates, indicators, lists, segment, tasktables
from .load import BULLETS
from .model import Block, Document, Sentence, Span, Structure, TaskTable
from .vocab import Vocab

_NUM = "一二三四五六七八九十百零〇"
# What follows a decimal section number: a space or a heading line in Chinese, not a unit (1.5 万亿
# 元, 2.8%左右) nor what a count's item opens with (2.5G全连接工厂: item 2)
_DECIMAL_HEADING = (  # not a figure: 1.5万亿元, 45.00以上
    r"(?!\s*(?:[万亿千百%成倍]|以上|以下|左右|以内))(?:\s+|(?=[\u4e00-\u9fff][^\d\s。;,]{1,29}$))"
)
BOX = -1  # 专栏N: inside the section before it, beside its (一) items (see _raw_blocks)
# Outline ranks, outermost first: 第X篇/部分 > 第X章 > 第X节 > 一、 > (一) > 1. > (1) > ①.
# NFKC (load.py) turns ① into 1 and （一） into (一), so ① items are digits glued to a character.
_ARTICLE = re.compile(rf"^第\s?([{_NUM}\d](?:\s?[{_NUM}\d])*)\s?条\s*")
_RANKS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (0, re.compile(rf"^第([{_NUM}\d]+)(?:篇|编|部分)[\s:]*")),  # 第五部分:主要任务
    (1, re.compile(rf"^第([{_NUM}\d]+)章[\s:]*")),
    (2, re.compile(rf"^第([{_NUM}\d]+)节[\s:]*")),
    # a box of an outline (see BOX), numbered or not (专栏:科技创新重大平台, 专栏 重大项目)
    (BOX, re.compile(rf"^专栏(?=\s*[{_NUM}\d]|\s*:|\s)\s*([{_NUM}\d]*)[\s:]*")),
    # an article of opinions or measures (its rank: see _ArticleRank); a copy of a PDF may
    # space its digits ("第 1 0 条")
    (3, _ARTICLE),
    (3, re.compile(rf"^([{_NUM}]+)\s?[、.]\s*")),  # "二 、支持范围", as a PDF is copied
    (4, re.compile(rf"^\(([{_NUM}]+)\)\s*")),
    # an action plan's numbered actions ("行动1:推进旧区改造。", "专项行动三、…"), ranked as (一)
    (4, re.compile(rf"^(?:专项)?行动\s*([{_NUM}\d]{{1,3}})\s*[:、.]\s*")),
    (5, re.compile(r"^(\d{1,2})(?:[、.](?!\d)|\.(?=\d{4}年)|\s)\s*")),  # 1.2023年底前: no decimal
    # decimal numbers of a plan's sections ("1.1 产业规模持续扩大", "2.3.1推进智能化改造"), then a
    # space or a heading line (not "1.5万亿元…")
    (6, re.compile(rf"^(\d{{1,2}}\.\d{{1,2}})(?![\d.]){_DECIMAL_HEADING}")),
    (7, re.compile(rf"^(\d{{1,2}}\.\d{{1,2}}\.\d{{1,2}})(?![\d.]){_DECIMAL_HEADING}")),
    (6, re.compile(r"^\(?(\d{1,2})\)\s*")),  # (1) or 1)
    # a bulleted item of a web page ("● 加强人才引进", "■强化督查考核。…"): no number, ranked as (1)
    (6, re.compile(rf"^[{BULLETS}]()\s*")),
    (7, re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fff])(?![\d年月日个家项条])")),
)
# "附件", "附件2", "附件:…": an attachment's note, where what is attached to the plan begins
_ANNEX = re.compile(r"^附(?:件|表|录)\s*\d*(?::|\s|$)")  # 附件:, 附件1, 附表 重点任务清单
# A notice's list of attachments, its first line ("附件:1.名词解释") and the lines after it.
_ATTACHMENTS = re.compile(r"^附件\s*:\s*1[.、]")
_LISTED = re.compile(r"^\d{1,2}[.、][^。;]{1,60}$")
GROUP = 7  # a dashed heading on a line of its own, over the run-in paragraphs after it
RUN_IN = 8  # a paragraph opening with a short heading sentence ("大力提振消费。正文…")
HEADED = 9  # "标题:正文" and "一是…" items inside a paragraph
_HEADED = re.compile(r"([^,。;:“”《》、()【】\[\]〔〕\s\d]{2,24}):(?=\S)")
# Work reports enumerate as "一是加快…,…;二是…" (or "一要…,二要…"): each "N是" opens a headed item.
_ENUMERATED = re.compile(
    r"(?:[一二三四五六七八九十]+(?:是|要(?![素件求务点]))|第[一二三四五六七八九十]+[,、])"
    r"([^,。;:]{2,40})(?=[,。;])"
)
# A short lead that opens a paragraph before its first counted item ("到2025年,一是…").
_SHORT_LEAD = re.compile(r"[^。;:!?]{2,24}")
_LEAD_ENDS = ("是", "到", "如下", "包括", "为")  # a lead into what follows the colon, no heading
# (一要…, not 三要素, 二要件, 一要求)
_ENUM_MARK = re.compile(r"[一二三四五六七八九十]+(?:是|要(?![素件求务点]))")
_SEMICOLON_ITEMS = re.compile(r";[一二三四五六七八九十]+(?:是|要(?![素件求务点]))")
_COUNT = _NUM[:10]  # 一 … 十, the items a paragraph counts
# A heading may quote a name ("推动“新两翼”联动发展。正文…"); a sentence that opens with a time
# ("今年是“十五五”开局之年。") or a quoted name ("“云南方案”成为…") heads nothing.
_RUN_IN = re.compile(
    r"(?!今年|去年|明年|当前|目前|\d{4}年|“)"
    r"((?:[^,。;:!?“”《》()—]|“[^“”,。;:!?]{1,12}”){4,30})。(?=.)"
)
# What a remark closing a part of a report goes on with ("产业强则经济强。我们要以…").
_REMARK_GOES_ON = re.compile(r"我们(?:要|将|必须|一定要|就要)")
# What a maxim leading into troubles goes on with ("安不忘危,兴不忘忧。我们清醒认识到,…").
_SEEN_GOES_ON = re.compile(r"(?:同时,)?我们(?:也)?清醒地?(?:看到|认识到)")
# A heading in brackets that opens its paragraph ("【加强组织领导】成立工作领导小组,…").
# Not a bracket of a page or a box: 【2025年】, 【专栏1】, 【典型案例】, 【字体:大 中 小】, 【关闭窗口】,
# 【发布单位】, 【发文日期】.
_BRACKETED = re.compile(
    r"【((?![^【】]*(?:\d|专栏|案例|详见|关闭|打印|字体|附件|来源|注|发布|发文|文号|日期|索引|分类|机构"
    r"|:|\s))[^【】。;]{2,30})】"
)
# A review's time may lead the heading ("一年来,我国经济顶压前行、展现强大韧性。正文…"); not where
# the sentence only leads into 一是… items ("过去一年,全区经济运行稳中向好。一是…").
_RUN_IN_TIMED = re.compile(
    r"((?:一年来|过去一年|五年来|过去五年),(?:[^,。;:!?“”《》()—]|“[^“”,。;:!?]{1,12}”){4,30})"
    r"。(?![一二三四五六七八九十]+是)(?=.)"
)
# The run-in heading of a work report's review or an outline's goal: two short clauses, an
# action and its result ("着力扩大有效需求,经济运行稳中向好。正文…", "全面深化改革开放取得决定性
# 成果,增长动力活力更强。"); no figures, no opening time word, no directive (…,要立足…), no
# speaker's outlook (展望未来,我们充满信心。).
_RUN_IN_PAIR = re.compile(
    r"(?!今年|去年|过去|当前|目前|这|我们|同时|此外|总的|各位|展望|回顾)"
    r"([^,。;:!?“”《》()—\d]{4,16},(?!要|必须|我们)[^,。;:!?“”《》()—\d]{4,16})。(?=.)"
)
# After "一是" opening a paragraph with more text, a longer second clause, quotes and all
# ("一是加快特色金融功能集聚,打造上海国际金融中心的新质金融发展阵地。正文…").
_CLAUSE_CHAR = r"(?:[^,。;:!?“”《》()—\d]|“[^“”,。;:!?]{1,12}”)"  # a quote counts as one
_ENUM_PAIR = re.compile(
    rf"({_CLAUSE_CHAR}{{4,16}},(?!要|必须|[一二三四五六七八九十]+是){_CLAUSE_CHAR}{{4,24}})。(?=.)"
)  # not the next counted item ("二是A,三是B。(责任单位:…)")
# A short sentence inside a paragraph that heads what follows ("…。全力释放消费潜能。深入实施…"):
# kept only where a paragraph has two or more, inside a measure or achievement, and for measures
# only when it opens with a task verb.
_INLINE = re.compile(
    r"(?<=[。!])([^,。;:!?《》()]{4,15}"
    # "…,坚决打赢蓝天保卫战。": a task and the battle it wins, one heading
    r"(?:,(?:坚决|全力|奋力)?打[赢好][^,。;:!?《》()]{2,12}(?:保卫战|攻坚战))?)。(?=[^。]{12,})"
)
_FIGURE = re.compile(r"\d")  # "引进项目904个。" states a result; a heading has no figures
INLINE = "·"  # the number of an inline heading, to tell it from "一是…" items
INLINE_RANK = HEADED + 1  # an inline heading is a part of the "一是…" item it stands in
_PART_MIN = 30  # the fewest characters an inline heading's part runs to before the next one
# Items numbered ①② inside a paragraph ("…。①加强房地产管控。正文…②…"): NFKC made the circled
# numbers digits, so an item is a digit glued to a character after a full stop, counted 1, 2, ….
_NUMBERED_INLINE = re.compile(
    r"(?<=[。;:])(\d{1,2})(?:[.、](?!\d))?(?![\d年月日个家项条])([^。;!?]{4,60})(?=[。;])"
)
# The same items without the guard against a date or a count (2日, 3年, 5个): read only where the
# guarded reading does not count up and this one does.
_NUMBERED_INLINE_ANY = re.compile(
    r"(?<=[。;:])(\d{1,2})(?:[.、](?!\d))?(?!\d)([^。;!?]{4,60})(?=[。;])"
)


# A table's notes ("注:1.【 】为5年累计数…" / "2.…尚无2025年数据。"): numbered, but no items of the plan.
_NOTES = re.compile(r"^(?:注|注释|说明|备注)[::]")
_NOTE_ITEM = re.compile(r"^\d{1,2}(?:[.、]|\s)")


# A heading that only names the targets' indicators ("主要指标", "指标体系").
_INDICATORS_TITLE = re.compile(r"(?:主要|核心|规划|发展)?指标(?:体系)?")


def _notes(paras: list[Span]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i, para in enumerate(paras):
        if not _NOTES.match(para.text):
            continue
        j = i + 1
        while j < len(paras) and _NOTE_ITEM.match(paras[j].text):
            j += 1
        out.append((para.begin, paras[j - 1].end))
    return out


def _counting_run(items: list[re.Match[str]]) -> list[re.Match[str]]:
    """The items that count up from the first 1 (1, 2, … 10), up to the first that does not: a
    later sentence opening with a count ("…。4所新建市属普高启动招生") ends the run."""
    first = next((i for i, m in enumerate(items) if m.group(1) == "1"), len(items))
    run: list[re.Match[str]] = []
    for m in items[first:]:
        if int(m.group(1)) != len(run) + 1:
            break
        run.append(m)
    return run if len(run) >= 2 else []


# The review of a work report told paragraph by paragraph, each opening with the same period and
# "我们" ("这五年,我们…,经济实力迈上新台阶。…"): each opening sentence heads an achievement.
_REVIEW = re.compile(
    r"(?:各位代表[!,]?)?((?:这|过去)?[一二三四五六七八九十几]年来?|过去一年),(?:[^,。;]{2,20},)?我们"
)
_REVIEW_SENTENCE = re.compile(r"[^。;!?]{6,140}(?=[。;!?]|$)")
REVIEW = "↺"  # the number of a review paragraph's heading
LEAD = "⇢"  # …and of the lead sentence of an item's only paragraph (see _leads_kept)
# A line opening with a dash heads its paragraph with its first sentence, commas and all
# ("——扎实抓好…三项任务,发展的底盘持续夯实。"), or with its first clause of a list of targets
# ("——地区生产总值增长5%左右;").
_DASH_RUN_IN = re.compile(r"([^。;:!?《》()—]{4,50})[。;]")
_SENTENCE_END = re.compile(r"[^。!?]*(?:[。!?]+|$)")
_HEADING_END = re.compile(r"[。:;!?]")


def paragraphs(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line:
            for part in _unflattened(Span(pos, pos + len(line), line)):
                spans.extend(_circled_items(part))
        pos += len(line) + 1
    return spans


# The title of a plan that divides tasks among bodies: every numbered item of it is a task.
_TASK_PLAN = re.compile(r"(?:任务|工作)分工(?:方案|表)|分工方案")
# A plan of support measures (…若干措施, …若干政策, …扶持政策): each of its articles is one measure,
# though it opens with what it supports ("第一条 对新落户的…企业,给予…补助。").
_MEASURES_PLAN = re.compile(r"若干(?:政策)?措施|若干政策|扶持政策")
# A list of the year's work (…工作要点, …民生实事项目): each numbered item without items of its own
# is one task (2.新增高新技术企业300家。), under headings that only name a field (一、科技创新).
_POINTS_PLAN = re.compile(r"工作要点|实事项目")
# A page copied without its line breaks runs a whole outline on one line ("…方案。一、A(一)B。(财政部
# 负责)具体措施:1.C。(…牵头)2.D。…"): where a number follows a sentence's end, a note or a lead, a
# new item starts.
_FLAT_LINE = 1500
_FLAT_ITEM = re.compile(
    r"(?<=[。;):])(?=[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?!\d)|\d{1,2}\.\d{4}年)"
    r"|(?=\([一二三四五六七八九十]{1,3}\))"  # a heading of its own ends without a stop
)


# A line of ①② items run together ("①支持…;②依托…;③举办…。", the circled numbers NFKC made digits):
# the first opens the line, each next one follows a stop.
_CIRCLED_FIRST = re.compile(r"^(\d)(?=[\u4e00-\u9fff])")
_CIRCLED_NEXT = re.compile(r"(?<=[;。])(\d{1,2})(?=[\u4e00-\u9fff])")


def _circled_items(line: Span) -> list[Span]:
    """A line of ①② items as one paragraph each, where they count up from the first."""
    first = _CIRCLED_FIRST.match(line.text)
    if first is None:
        return [line]
    cuts, number = [], int(first.group(1))
    for m in _CIRCLED_NEXT.finditer(line.text):
        if int(m.group(1)) != number + 1:
            break
        cuts.append(m.start())
        number += 1
    return _pieces(line, cuts)


def _unflattened(line: Span) -> list[Span]:
    """A line of a flattened outline as the paragraphs it runs together; any other line whole."""
    if len(line.text) < _FLAT_LINE:
        return [line]
    cuts = [m.start() for m in _FLAT_ITEM.finditer(line.text)]
    return _pieces(line, cuts) if len(cuts) >= 3 else [line]


def _pieces(line: Span, cuts: list[int]) -> list[Span]:
    """A line cut at offsets into its text, as paragraphs (none empty)."""
    bounds = [0, *cuts, len(line.text)]
    return [
        Span(line.begin + lo, line.begin + hi, line.text[lo:hi])
        for lo, hi in pairwise(bounds)
        if hi > lo
    ]


def sentences(paras: list[Span]) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, para in enumerate(paras):
        for m in _SENTENCE_END.finditer(para.text):
            piece = m.group(0)
            stripped = piece.strip()
            if not stripped:
                continue
            begin = para.begin + m.start() + (len(piece) - len(piece.lstrip()))
            out.append(Sentence(len(out), Span(begin, begin + len(stripped), stripped), p_index))
    return out


def _goes_on(para: str, first: str) -> bool:
    """Whether a paragraph goes on with the list a lead opened in the paragraph ``first``: "二是…",
    or a dashed item after a dashed one ("主要目标是:" / "——A。…" / "——B。…")."""
    return bool(_ENUM_MARK.match(para)) or (para.startswith("——") and first.startswith("——"))


def _two_roles(heading: str, vocab: Vocab) -> tuple[str, str]:
    """The roles the first and the last part of a heading joined by 和/与/及 name ("" for none)."""
    parts = re.split("和|与|及", heading)
    if len(parts) < 2:
        return "", ""
    return _cue_kind(parts[0], vocab), _cue_kind(parts[-1], vocab)


def _heading_kind(heading: str, vocab: Vocab) -> str:
    """The role a heading's cue words give it; of one that names principles and another role
    ("总体要求和政策取向", "总体要求和主要目标"), the other's: the principles are a paragraph, the
    items are the other role's."""
    first, last = _two_roles(heading, vocab)
    return last if last and first == "Principle" else _cue_kind(heading, vocab)


def _names_two(heading: str, vocab: Vocab) -> bool:
    """Whether a heading names two roles ("主要目标和重大任务"): its items say which each is."""
    first, last = _two_roles(heading, vocab)
    return "" not in (first, last) and first != last


def _cue_kind(text: str, vocab: Vocab) -> str:
    for phrase in vocab.cues.words("cue_free_phrases"):  # 目标导向 names no goal
        text = text.replace(phrase, "")
    for kind, cues in vocab.cues.kinds():
        if any(cue in text for cue in cues):
            return kind
    heading = text.rstrip("。:")
    for kind, cues in vocab.cues.mapping("title_only_kinds").items():
        if heading.endswith(tuple(cues)) and _is_title(heading, vocab, slack=0):
            return kind  # "重点关注问题", "“十三五”期间发展成果"; not "正视差距和不足"
    return ""


# "在加强污染防治上持续用力": a task phrased as where effort goes.
_EFFORT = re.compile(r"在.{2,30}上(?:持续|继续|下|狠|多)?(?:用力|发力|下功夫|聚力|加力)")


# "推进共同富裕取得决定性进展": a state to reach, though it opens with a verb.
_REACHED = re.compile(r"取得|迈上|迈出|跃上")


# "重点把握以下几点:", "主要做了以下工作。": a lead-in to the items that follow.
_LEAD_IN = re.compile(
    r"(?:以下|如下)(?:几点|几个?方面的?(?:工作)?|方面(?:工作)?|工作|任务|举措)?[:。]$"
)
# "五年来的主要工作是:", "过去一年的主要工作有:": the review's work, told as its results.
_WORK_DONE = re.compile(r"(?:年来|过去[^,:]{0,4})的?主要工作(?:是|有)?:$")
_PAST = re.compile(r"做了|完成了|取得了|开展了|来[,，]|过去")


def _bare_safeguard(heading: str, vocab: Vocab) -> bool:
    """Whether only the bare word 保障 makes ``heading`` one of safeguards ("加大协调保障力度",
    not "保障措施" or "组织保障")."""
    cues = next(c for kind, c in vocab.cues.kinds() if kind == "Safeguard")
    return not any(cue in heading for cue in cues if cue != "保障")


def _drafting_lead(text: str, vocab: Vocab) -> bool:
    """ "在《纲要草案》编制过程中,注意把握以下几点": what follows is how the plan was drafted."""
    return "以下" in text and any(cue in text for cue in vocab.cues.words("drafting_lead_cues"))


# A lead that names the targets after it: "…主要预期目标是:", "具体目标如下:", "主要目标:".
_NAMES_TARGETS = re.compile(r"目标(?:是|如下)?:$")


def _lead_kind(text: str, vocab: Vocab) -> str:
    """The role a paragraph ending in a colon gives the items after it: from its cue words, or
    for a bare lead-in ("…以下几点:") tasks, and results where it tells the past (主要做了以下工作)."""
    lead_in = text.endswith(":") or bool(_LEAD_IN.search(text))
    if lead_in and _drafting_lead(text, vocab):
        return "WorkMethod"
    if text.endswith(":"):
        # the lead's own sentence first: "…改革发展稳定任务…。一年来,我们主要做了以下工作:"
        # tells the past; "…仍存在一些短板和不足。主要表现在:" leaves it to the sentence before
        text = text.split("的同时,")[-1]  # "在充分肯定…取得成绩的同时,…仍需重点关注:": not results
        own = re.split(r"[。!?]", text)[-1]
        kind = _cue_kind(own, vocab)
        if kind:
            return kind
        if _WORK_DONE.search(own):  # "五年来的主要工作是:"
            return "Achievement"
        if _LEAD_IN.search(own):  # "今年重点做好以下工作:" leads tasks, "一年来,…以下工作:" results
            return "Achievement" if _PAST.search(own) else "Measure"
        kind = _cue_kind(text, vocab)
        if kind:
            return kind
    if not _LEAD_IN.search(text):
        return ""
    return "Achievement" if _PAST.search(text) else "Measure"


def risks_too(block: Block | None, vocab: Vocab) -> bool:
    """A section of opportunities whose heading also names challenges ("机遇与挑战"), or one on
    the situation as a whole: its items that speak of risk or pressure are challenges."""
    return (
        block is not None
        and block.kind == "Opportunity"
        and block.role == "container"
        and (
            "挑战" in block.heading.text
            or situation_title(block.heading.text, vocab, block.level != "headed")
            or (block.level != "headed" and weighs_both(block.body.text))
        )
    )


# A section whose first four sentences weigh the times ("“十五五”时期是…的关键时期,战略机遇和
# 风险挑战并存。从国际看,…"; "…具有承前启后的重要地位。世界百年未有之大变局加速演进。我国发展
# 处于战略机遇和风险挑战并存…的时期"): it is on the situation as a whole, whatever its heading
# says (第二章 准确把握“十五五”时期的重要地位, 第二章 “十五五”时期的新阶段新特点).
_WEIGHS_BOTH = re.compile(r"^(?:[^。]*。){0,3}?[^。]*机遇[和与]?(?:风险)?挑战(?:同时)?并存")


def weighs_both(body: str) -> bool:
    return _WEIGHS_BOTH.search(body) is not None


def _under_other(parent: Block | None, own: str) -> bool:
    """Under a titled group of another kind: a part of an outline on its goals (第一篇 锚定发展
    目标) holds a chapter on its achievements, which its own heading names."""
    return parent is not None and parent.role == "container" and parent.kind not in ("", own)


def _tasks_too(block: Block | None, vocab: Vocab) -> bool:
    """A goals section whose heading also names tasks ("2019年发展目标和重点工作"): its items
    that state no goal of their own are tasks."""
    if block is None or block.kind != "Goal" or block.role != "container":
        return False
    measures = dict(vocab.cues.kinds()).get("Measure", ())
    return any(cue in block.heading.text for cue in measures)


def _numbered(para: Span) -> tuple[int, str, int] | None:
    """(level, number, offset after the number) for a numbered paragraph."""
    for rank, pattern in _RANKS:
        m = pattern.match(para.text)
        if m:
            return rank, "".join(m.group(1).split()), m.end()  # "1 0" of a PDF is 10
    return None


class _ArticleRank:
    """The rank of the articles (第X条) of a text: below the section they are read in (一、支持范围 /
    (一)固定资产投资奖励 / 第2条), or 3 at the top of a text or under its chapters (第一章 / 第一条).
    The items an article counts ((一)… inside 第五条) do not move the next article."""

    def __init__(self) -> None:
        self.rank: int | None = None
        self.last = 2  # the rank of the last heading that is no article
        self.outer = 99  # the outermost rank of such headings since the last article

    def heading(self, level: int) -> None:
        self.last = level
        self.outer = min(self.outer, level)

    def article(self) -> int:
        if self.rank is None or self.outer < self.rank:
            self.rank = max(3, self.last + 1)
        self.outer = 99
        return self.rank


# The first clause of an article that opens straight with its text: a comma before any stop, in a
# sentence longer than a heading ("第4条 对重点产业新建项目,自实现税收年度起…的,参照…。"), not a
# short heading ("第7条 鼓励企业研发,提升品牌。对…").
_ARTICLE_CLAUSE = re.compile(r"([^。:;!?,]{4,}),(?=[^。:;!?]{12,})")


# A heading that a short slogan opens ("1.简政提效:深化行政审批改革集成增效。正文…"): the slogan
# and the task after its colon are one heading; a stage's count is no slogan ("第三阶段:全面实施").
_SLOGAN = re.compile(
    r"(?!第[一二三四五六七八九十]+阶段)[\u4e00-\u9fff]{2,6}:(?=[^,。;:!?]{4,30}。)"
)


def _heading_span(
    para: Span, start: int, level: int, openers: tuple[str, ...] = (), article: bool = False
) -> tuple[Span, int]:
    """The heading of a numbered paragraph and the offset where its own text continues."""
    rest = para.text[start:]
    slogan = _SLOGAN.match(rest)
    if slogan and openers and rest.startswith(openers, slogan.end()):
        end = rest.index("。")
        return Span(para.begin + start, para.begin + start + end, rest[:end]), start + end + 1
    if article:  # "第4条 对重点产业新建项目,自…。": an article without a heading, its first clause
        clause = _ARTICLE_CLAUSE.match(rest)
        if clause:
            end = clause.end(1)
            return Span(para.begin + start, para.begin + start + end, rest[:end]), start + end + 1
    cells = lists.row_cells(rest) if level >= 5 and not article else []
    if cells:  # "1 推进…岸电改造 市交通委 2023年底前": a task table's row, its task the heading
        task = Span(para.begin + start, para.begin + start + len(cells[0]), cells[0])
        return task, start + len(cells[0]) + 1
    title_line = "。" not in rest.rstrip("。") and (level <= 3 or not rest.endswith("。"))
    if len(rest) <= 40 and title_line:  # a heading on a line of its own, without its stop
        end = len(rest.rstrip("。;,:"))  # (1.建成示范场景20个; in a list of targets a line each)
        return Span(para.begin + start, para.begin + start + end, rest[:end]), len(para.text)
    m = _HEADING_END.search(rest)
    end = m.start() if m else len(rest)
    if end > 40 and not (m and m.end() == len(rest)):  # a long heading alone on its line stays
        comma = rest.find(",")
        end = comma if 0 < comma < end else end
    text = rest[:end]
    return Span(para.begin + start, para.begin + start + end, text), start + end + (1 if m else 0)


def _without_note(heading: Span, fields: tuple[str, ...]) -> Span:
    """A heading without the note on who does it that ends it ("实施“个转企”工程(责任单位:区市场
    监管局)", "…(区发展改革委牵头)"): the note names bodies, not the task."""
    text = heading.text
    if not text.endswith(")"):
        return heading
    depth, at = 0, -1
    for i in range(len(text) - 1, -1, -1):  # the bracket that opens the last one (…(区房管所))
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            at = i
            break
    note = text[at + 1 : -1]
    roles = lists.LEADING_ROLES + lists.ASSISTING_ROLES
    if at < 2 or not (note.startswith(fields) or note.endswith(roles)):
        return heading  # (专人负责重点企业): how the task is done, part of it
    return Span(heading.begin, heading.begin + at, text[:at])


def _review_openers(paras: list[Span]) -> set[str]:
    """Period openers that start two or more paragraphs with "我们" (这五年,我们…)."""
    seen: dict[str, int] = {}
    for para in paras:
        m = _REVIEW.match(para.text)
        if m:
            seen[m.group(1)] = seen.get(m.group(1), 0) + 1
    return {opener for opener, n in seen.items() if n >= 2}


def _review_heading(para: Span, openers: set[str]) -> Span | None:
    m = _REVIEW.match(para.text)
    if not m or m.group(1) not in openers:
        return None
    sentence = _REVIEW_SENTENCE.match(para.text, m.start(1))
    if sentence is None:
        return None
    return Span(para.begin + sentence.start(), para.begin + sentence.end(), sentence.group(0))


def _raw_blocks(
    paras: list[Span], openers: tuple[str, ...] = (), troubles: tuple[str, ...] = ()
) -> Iterator[tuple[int, str, Span, int, int]]:
    """(level, number, heading, body begin, paragraph index) of numbered and headed blocks."""
    reviews = _review_openers(paras)
    bare = BARE  # the first bare heading ranks just below the numbered heading it follows
    bare_rank: int | None = None  # …and every later one ranks as it does
    table = False  # inside a table pasted a cell a line, short lines are cells, not headings
    taken = -1  # a line that was the heading of the number on the line before it
    last = 2  # the rank of the last numbered heading: a box (专栏) after it ranks below it
    count = 0  # the number of the last "1." item since a heading of an outer rank
    box: int | None = None  # the rank of the box of tasks the paragraphs are in
    listed = _attachment_lines(paras)  # a notice's list of attachments (附件:1.名词解释 / 2.…)
    articles = _ArticleRank()
    lone = -1  # a numbered heading alone on its line, as "（二）强化主管部门职责"
    for index, para in enumerate(paras):
        if index == taken:
            continue
        if index in listed:
            continue  # the titles of what is attached, not items of the plan
        if box is not None and _box_item(paras, index):
            taken = index + 1  # "01" / "航运项目" / "建设…": a task of the box, its title below
            yield box + 1, para.text, paras[taken], paras[taken].end, index
            continue
        numbered = _numbered(para) or _next_item(para, count)
        if numbered and numbered[0] <= 5:
            count = int(numbered[1]) if numbered[0] == 5 else 0
        if numbered and table and len(para.text.split()) >= 3:
            numbered = None  # "1 千兆宽带用户数(万户) 640 6000": a table's row copied as a line
        table = not numbered and (table or bool(_TABLE_START.search(para.text)))
        review = _review_heading(para, reviews) if reviews else None
        if review is not None:
            yield RUN_IN, REVIEW, review, review.end + 1, index
            yield from _headed_in(para, review.end - para.begin + 1, index, openers, troubles)
            continue
        if numbered:
            level, number, start = numbered
            article = bool(_ARTICLE.match(para.text))
            if article:
                level = articles.article()
            elif level != BOX:
                articles.heading(level)
            box = None  # a numbered heading ends a box of tasks (which numbers them 01, 02, …)
            if level == BOX:  # 专栏: a box inside the section before it, beside its (一) items
                level = min(last + 1, 4)
                # a box of fields (专栏2 支柱产业发展重点领域) names sectors: recognize.py
                fields = _FIELD_CAPTION.search(para.text) and not _TASK_CAPTION.search(para.text)
                box = None if fields else level
            else:
                last = level
                bare = max(BARE, level + 1)
            heading, after = _heading_span(para, start, level, openers, article)
            if not heading.text.strip() and _heading_below(paras, index):
                taken = index + 1  # "第三章" on one line, its heading on the next
                yield level, number, paras[taken], paras[taken].end, index
                continue
            yield level, number, heading, para.begin + min(after, len(para.text)), index
            # a 第X节 section or an item below 一、 alone on its line; not "(一)推进教育强省建设。",
            # a report's item, whose parts are run in
            lone = (
                index
                if after >= len(para.text)
                and (level == 2 or level > 3)
                and not para.text.endswith("。")
                else -1
            )
            search_from = after
        elif not table and _bare_heading(paras, index):
            box = None
            bare_rank = bare if bare_rank is None else bare_rank
            yield bare_rank, "", para, para.end, index
            search_from = len(para.text)
        else:
            search_from = 0
            dash = len(para.text) - len(para.text.lstrip("—-"))
            enum = _ENUM_MARK.match(para.text, dash)  # "一是首都功能持续优化提升。…"
            dash = enum.end() if enum else dash
            m = (
                _BRACKETED.match(para.text, dash)
                or _RUN_IN.match(para.text, dash)
                or _RUN_IN_TIMED.match(para.text, dash)
                or _RUN_IN_PAIR.match(para.text, dash)
                or (enum and _task_pair(para.text, dash, troubles))
            )
            if not m and para.text.startswith("—"):
                m = _DASH_RUN_IN.match(para.text, dash)
            if m and not enum and m.re is _RUN_IN and _REMARK_GOES_ON.match(para.text, m.end()):
                m = None  # "市场是最稀缺的资源。我们要以…": a remark that closes a part, no heading
            if m and not enum and _SEEN_GOES_ON.match(para.text, m.end()):
                m = None  # "安不忘危,兴不忘忧。我们清醒认识到,…": a maxim that leads into troubles
            # "（二）强化主管部门职责 / 优化机构编制配置,支持…。正文": the item's one paragraph
            # opens with its lead sentence; a part of it only in a review (``_leads_kept``)
            lead = bool(m) and not enum and lone == index - 1 and _body_alone(paras, index)
            if m and index > 0:
                heading = Span(para.begin + m.start(1), para.begin + m.end(1), m.group(1))
                # "——扎实抓好…,底盘持续夯实。" or "【加强组织领导】" on a line of its own heads the
                # run-in paragraphs after it
                alone = (dash > 0 or m.re is _BRACKETED) and m.end() == len(para.text)
                # "一是A。…二是B。…": the items the paragraph counts are siblings, of one rank
                rank = (
                    HEADED if enum and _next_inline(para.text, enum.group(0), m.end()) else RUN_IN
                )
                # bracketed headings are of one rank, alone on their line or not
                group = alone or m.re is _BRACKETED
                yield (
                    GROUP if group else rank,
                    LEAD if lead else "",
                    heading,
                    para.begin + m.end(),
                    index,
                )
                search_from = m.end()
        above_text = index + 1 < len(paras) and _text_line(paras[index + 1])
        yield from _headed_in(para, search_from, index, openers, troubles, above_text)


_KEEPS_LEADS = ("Achievement", "Opportunity", "Challenge", "Bottleneck", "Goal")


def _leads_kept(
    raw: list[tuple[int, str, Span, int, int]], paras: list[Span], vocab: Vocab
) -> list[tuple[int, str, Span, int, int]]:
    """The blocks less the lead sentences of an item's only paragraph (``LEAD``), which head
    no part of it, except in a review, whose items' lead sentences are results of their own
    ("3.重点领域节能减碳成效显著 / 引领实施建筑节能改造。完成12个…"), and under a heading of
    conditions or goals, whose parts the sentences are ("(一)面临机遇 / 国家推动绿色转型,…")."""
    parents = _raw_parents(raw, paras)

    def kept_under(i: int) -> bool:
        up = parents[i]
        while up >= 0:
            if _heading_kind(raw[up][2].text, vocab) in _KEEPS_LEADS:
                return True
            up = parents[up]
        return False

    return [
        (rank, "" if number == LEAD else number, heading, begin, index)
        for i, (rank, number, heading, begin, index) in enumerate(raw)
        if number != LEAD or kept_under(i)
    ]


def _raw_parents(raw: list[tuple[int, str, Span, int, int]], paras: list[Span]) -> list[int]:
    """The index of each block's parent in ``raw`` (-1 for none)."""
    own_line = [number == REVIEW and _own_line(h, paras[p]) for _, number, h, _, p in raw]
    return _parents([rank for rank, *_ in raw], [p for *_, p in raw], own_line)


def _body_alone(paras: list[Span], index: int) -> bool:
    """Whether the paragraph at ``index`` is the only one before the next numbered heading (or
    the end of the text)."""
    after = index + 1
    return after >= len(paras) or _numbered(paras[after]) is not None


def _next_inline(text: str, opener: str, start: int) -> bool:
    """Whether the item after the one ``opener`` counts (一是 → 二是) follows in the paragraph,
    after a full stop or a semicolon (not a list of its own that counts again from 一是)."""
    at = _COUNT.find(opener[:-1])
    if len(opener) != 2 or at < 0 or at + 1 >= len(_COUNT):
        return False
    # from the stop that ends the item's heading sentence: "一是A,B。二是C,D。" counts on at once
    return re.search(f"[。;]{_COUNT[at + 1]}{opener[-1]}", text[max(start - 1, 0) :]) is not None


# (not a line opening with a decimal figure: 1.5万亿元的目标…, 2.8%左右)
_DECIMAL_START = re.compile(r"^(\d{1,2})\.(?=\d)(?!\d+\s*(?:%|万|亿|千|百|个百分点|倍))")


def _next_item(para: Span, count: int) -> tuple[int, str, int] | None:
    """Item 2 where "2.5G全连接工厂" follows item 1, not the decimal 2.5."""
    m = _DECIMAL_START.match(para.text)
    return (5, m.group(1), m.end()) if m and int(m.group(1)) == count + 1 else None


# A heading on a line of its own without a number ("加快建设现代化产业体系"), as outlines copied
# from web pages print their chapters: short, with no sentence mark, between a sentence's end
# (or the title) and a paragraph of text. It ranks as a 节, or just below the numbered heading
# before it.
BARE = 2
# A table's caption or header cell on a line of its own ("…目标任务指标", "项 目", "序号").
# A caption of a list of tasks (重点任务清单) heads the plan's tasks, one row a line: no table.
_TABLE_START = re.compile(
    r"^[^。;:!?]{0,30}(?:指标表?|一览表|(?<!任务)清单|任务表)$|^(?:项\s*目|序\s*号)$"
)
# The column of a table of tasks that holds them (工作任务, 重点事项, 工作内容, 主要措施).
_TASK_COLUMN = re.compile(r"任务|事项|内容|措施")


def _task_header(line: str) -> bool:
    """Whether a line is the header row of a table of tasks: 序号 工作任务 牵头单位 完成时限."""
    return bool(lists.HEADER_ROW.match(line) and _TASK_COLUMN.search(line))


# A bare line holds no sentence mark and no figure but a year (2026年重点工作).
_BARE_HEADING = re.compile(r"(?:[^。;:!?\d]|\d{4}年)(?:[^。;:!?\d]|\d{4}年){3,29}")
_SENTENCE_ENDS = ("。", "!", "?", "”", ")")


# A box's caption that names fields or sectors, whose numbered lines are their names, unless it
# names works (重大产业项目建设工程).
_FIELD_CAPTION = re.compile(r"产业|领域|集群|制造业|服务业|方向")
_TASK_CAPTION = re.compile(r"项目|工程|行动")
_BOX_ITEM_NUMBER = re.compile(r"\d{2}")


def _box_item(paras: list[Span], index: int) -> bool:
    """Whether a line is the number of a box's task ("01"), with its title on the next line and
    its text after that (a line of 16 characters or more with a full stop)."""
    return (
        bool(_BOX_ITEM_NUMBER.fullmatch(paras[index].text))
        and index + 2 < len(paras)
        and bool(_BARE_HEADING.fullmatch(paras[index + 1].text))
        and _body_line(paras[index + 2])
    )


def _heading_below(paras: list[Span], index: int) -> bool:
    """Whether the line after a bare number ("第三章", "一、") is its heading."""
    return index + 1 < len(paras) and bool(_BARE_HEADING.fullmatch(paras[index + 1].text))


def _bare_line(para: Span) -> bool:
    return bool(_BARE_HEADING.fullmatch(para.text)) and not para.text.endswith(",")


def _text_line(para: Span) -> bool:
    """A paragraph of text that no number or count opens."""
    return _body_line(para) and not _ENUM_MARK.match(para.text)


def _body_line(para: Span) -> bool:
    return len(para.text) >= 16 and "。" in para.text and not _numbered(para)


def _bare_heading(paras: list[Span], index: int) -> bool:
    """Whether a paragraph is a heading without a number: a bare line before a paragraph of
    text or a numbered heading, or before one more bare line and then text (a chapter's and a
    section's headings), after a sentence's end, the title, or another bare line that heads
    something."""
    if index == 0 or index + 1 >= len(paras) or not _bare_line(paras[index]):
        return False
    if lists.HEADER_ROW.match(paras[index].text):
        return False  # "序号 工作任务 牵头单位 完成时限": a table's header, its rows below
    after = paras[index + 1]
    if not (_body_line(after) or _numbered(after)) and not (
        _bare_line(after) and index + 2 < len(paras) and _body_line(paras[index + 2])
    ):
        return False
    before = paras[index - 1]
    if index == 1:
        return not _numbered(paras[0])
    if before.text.endswith("的"):
        return False  # "关于进一步加强静安区文物保护工作的 / 实施意见": a title wrapped over lines
    if before.text.endswith(_SENTENCE_ENDS):
        return True
    return (
        _bare_line(before) and _body_line(after) and paras[index - 2].text.endswith(_SENTENCE_ENDS)
    )


def _headed_in(
    para: Span,
    start: int,
    index: int,
    openers: tuple[str, ...] = (),
    troubles: tuple[str, ...] = (),
    above_text: bool = False,
) -> Iterator[tuple[int, str, Span, int, int]]:
    """Headed items inside a paragraph; ``above_text`` says a line of text follows it, which a
    counted item alone on its line heads."""
    found = _numbered_inline(para, start, index)
    numbered = {heading.begin - 1 - para.begin for _, number, heading, _, _ in found}
    numbered |= {n - 1 for n in numbered}  # ①…⑨ became one digit, ⑩… two
    inline = [
        m
        for m in _INLINE.finditer(para.text, start)
        if m.start() not in numbered and not _ENUM_MARK.match(m.group(1))
    ]  # "…。一是经济运行持续向好。正文…": a counted item, read once as one
    # "…清醒看到面临的困难和挑战。A,B。关键领域创新能力不强。": troubles after it, no headings
    if inline:
        turn = _troubles_from(para.text, start)
        inline = [m for m in inline if m.start() < turn]
    stages = list(_INLINE_STAGE.finditer(para.text, start))
    if len(stages) == 1 and not _DATED_STAGE_LINE.match(para.text):
        stages = []
    if stages:  # "分三个阶段推进:第一阶段(2023年),…;第二阶段(2024年),…": each a phase
        for m in stages:
            heading = Span(para.begin + m.start(1), para.begin + m.end(1), m.group(1))
            found.append((HEADED, "", heading, para.begin + m.end(1) + 1, index))
        numbered |= {stages[0].start()}
    for pattern in (_HEADED, _ENUMERATED, _INLINE):
        for m in inline if pattern is _INLINE else pattern.finditer(para.text, start):
            if pattern is _INLINE and len(inline) < 2:  # a lone short sentence heads nothing
                continue
            at = m.start()
            stops = "。;:" if pattern is _ENUMERATED else "。;!"
            if pattern is _ENUMERATED and not m.group(0).startswith(("一", "第一")):
                stops += ","
            # "到2025年,一是…", "在市政设施方面,一是…": a short lead before the first item
            led = (
                pattern is _ENUMERATED
                and para.text[at - 1 : at] == ","
                and _SHORT_LEAD.fullmatch(para.text[start : at - 1]) is not None
            )
            if at not in (0, start) and para.text[at - 1] not in stops and not led:
                continue  # "一是A,二是B,三是C": after 一是, a comma may separate the items
            if pattern is _HEADED and (
                m.group(1).endswith(_LEAD_ENDS)
                or _ANNEX.match(m.group(1))
                or _ELABORATION.search(m.group(1))
                or lists.leads_problems(m.group(1))
            ):  # "总的要求是:…", "我们也清醒认识到:…", "主要表现在四方面:…", "我区仍存在一些
                continue  # 短板:…" lead into what follows; "附件:…"
            if pattern is _HEADED and stages and m.end() in numbered:
                continue  # "分三个阶段推进:" leads into the stages
            lo, hi = m.start(1), m.end(1)
            if pattern is _ENUMERATED and _SEMICOLON_ITEMS.search(para.text):
                hi = _task_pair_end(para.text, lo, hi, openers)
            elif (
                pattern is _ENUMERATED
                and above_text
                and not para.text[:at].strip("—- ")  # it opens its line
                and (line := _enum_line(para.text, lo, troubles))
            ):
                hi = line.end(1)
            elif (
                pattern is _ENUMERATED
                and _ENUM_MARK.match(para.text.lstrip("—-"))  # not "主要目标:一是…"
                and (pair := _task_pair(para.text, lo, troubles))
            ):
                if not _ENUM_MARK.match(para.text, pair.end()):  # the item has text of its own
                    hi = pair.end(1)
            heading = Span(para.begin + lo, para.begin + hi, para.text[lo:hi])
            number = INLINE if pattern is _INLINE else ""
            rank = INLINE_RANK if pattern is _INLINE else HEADED
            found.append((rank, number, heading, para.begin + m.end(1) + 1, index))
    yield from sorted(found, key=lambda item: item[2].begin)


# A heading that reports targets met (主要目标任务如期完成, “十三五”规划目标任务胜利完成).
_TARGETS_MET = re.compile(r"目标任务?(?:如期|全面|基本|顺利|圆满|超额|胜利)?(?:完成|实现)")
# A counted item that is one sentence on its line, its text on the lines after it ("一是围绕市场主体
# 的急需制定和实施宏观政策,稳住了经济基本盘。"): the sentence is its heading, commas and all.
_ENUM_LINE = re.compile(r"([^。;:!?]{4,40})。")
_RESULT_WORD = re.compile(r"了|得到|完成|优化|巩固|成效")


def _enum_line(text: str, at: int, troubles: tuple[str, ...]) -> re.Match[str] | None:
    """The sentence of a counted item alone on its line; not a list that counts on in the same
    sentence (一是A,二是B。) nor troubles, whose clauses are items each."""
    line = _ENUM_LINE.fullmatch(text, at)
    if line is None or _ENUM_MARK.search(line.group(1)):
        return None
    if any(word in line.group(1) for word in troubles):
        return None
    last = line.group(1).rsplit(",", 1)[-1]  # a result it closes with: 稳住了经济基本盘, …如期完成
    return line if _RESULT_END.search(last) or _RESULT_WORD.search(last) else None


def _troubles_from(text: str, start: int) -> int:
    """Where a paragraph turns to troubles: the end of its first sentence (from ``start``) that
    says it sees them or leads into them ("安不忘危,兴不忘忧。我们清醒认识到,…问题尚未解决。");
    the paragraph's end if none does."""
    at = start
    for sentence in text[start:].split("。"):
        at += len(sentence) + 1
        if lists.leads_problems(sentence) or lists.names_seen_troubles(sentence):
            return at
    return len(text) + 1


def _task_pair(text: str, at: int, troubles: tuple[str, ...]) -> re.Match[str] | None:
    """The two clauses of a counted task's first sentence (_ENUM_PAIR) at ``at``; not where they
    name troubles ("二是改革精准度仍待提升,制度供给还不够多。"), whose clauses are items each."""
    pair = _ENUM_PAIR.match(text, at)
    if pair is None or any(word in pair.group(1) for word in troubles):
        return None
    return pair


def _numbered_inline(para: Span, start: int, index: int) -> list[tuple[int, str, Span, int, int]]:
    """①② items inside a paragraph, kept only when they count up from 1."""
    items = _counting_run(list(_NUMBERED_INLINE.finditer(para.text, start)))
    if not items:  # "②日处理污水6万吨的…工程" reads as "2日" until the count needs it
        items = _counting_run(list(_NUMBERED_INLINE_ANY.finditer(para.text, start)))
    # Items that run straight on into the next (①新增…,为…。②更新…) have no heading of their own:
    # each is named by its first clause. One with text after its heading (②推进园区建设,搭建转型
    # 平台。新增企业3家。) is named by its heading.
    headless = all(a.end(2) + 1 == b.start(1) for a, b in pairwise(items))
    out = []
    for m in items:
        lo, hi = m.start(2), m.end(2)
        comma = para.text.find(",", lo, hi)
        hi = comma if headless and comma > 0 else hi
        heading = Span(para.begin + lo, para.begin + hi, para.text[lo:hi])
        out.append((HEADED, m.group(1), heading, para.begin + hi + 1, index))
    return out


# How a clause that reports a result ends (…创历史新高, …稳中向好); and words that open a second task
# besides the genre's verbs (共建…, 主动服务…, 更好满足…, 确保…).
_RESULT_END = re.compile(
    r"(?:新高|增长|向好|成效|进展|突破|提升|提高|增强|改善|加快|明显|显著|稳定|有力|成长|形成|壮大"
    r"|合理区间)$"
)
_AIM_OPENER = re.compile(r"(?:确保|推动|促进|力争)")
# (确保 and the other aims are read first, by _AIM_OPENER.)
_TASK_OPENER = re.compile(r"(?:共建|共同|主动|更好|全力|全面|加快|持续|努力|坚决)")


def _task_pair_end(text: str, lo: int, hi: int, openers: tuple[str, ...]) -> int:
    """Where a "一是A,B;二是…" heading ends: at the semicolon when B is a second task (下足绣花
    功夫,提升城市治理效能), at the comma when B reports a result (…,新设企业数量创历史新高)."""
    stop = _HEADING_END.search(text, hi)
    if stop is None or stop.group(0) not in ";。" or stop.start() - lo > 40:
        return hi
    rest = text[hi + 1 : stop.start()]
    if any(ch.isdigit() for ch in rest):
        return hi
    if _AIM_OPENER.match(rest):
        return stop.start()  # "…,确保首都和谐稳定": the aim of the task, not a result reported
    if _RESULT_END.search(rest):
        return hi
    if rest.startswith(openers) or _TASK_OPENER.match(rest):
        return stop.start()
    return hi


def blocks(
    text: str,
    paras: list[Span],
    vocab: Vocab,
    tables: Sequence[tuple[list[Span], int, int]] = (),
    notes: Sequence[tuple[int, int]] = (),
    task_tables: Sequence[TaskTable] = (),
) -> list[Block]:
    """Blocks with bodies running to the next block of the same or an outer rank, or to a task
    table; the numbered lines of ``tables``, ``notes`` and ``task_tables`` are no items.

    Two passes: the outline tree (each block's parent), then roles from the top down, so that a
    heading is read in the light of its ancestors and of its siblings."""
    openers = tuple(vocab.cues.words("measure_verbs") + vocab.cues.words("stop_prefixes"))
    fields = tuple(vocab.cues.words("responsibility_cues") + vocab.cues.words("task_note_fields"))
    bracketed = tuple(f"【{field}】" for field in fields)
    tabled = [(begin, end) for _rows, begin, end in tables] + list(notes)
    tabled += [(t.begin, t.end) for t in task_tables]
    glossaries = _glossaries(paras)
    tabled += glossaries
    text_end = paras[-1].end if paras else 0
    attached = _attached_table(paras)  # a table the notice attaches: its numbered rows too
    if attached < len(paras):
        end = next((p.begin for p in paras[attached + 1 :] if _ANNEX.match(p.text)), text_end)
        tabled.append((paras[attached].begin, end))
    # a task table's rows, a glossary's terms and a table of indicators (专栏1 主要指标 after
    # 存在短板。A;B。) are no part of the item before them
    table_starts = sorted(
        [t.begin for t in task_tables]
        + [begin for begin, _ in glossaries]
        + [begin for _rows, begin, _end in tables]
    )
    raw = [
        (rank, number, _without_note(heading, fields), begin, index)
        for rank, number, heading, begin, index in _raw_blocks(
            paras, openers, tuple(vocab.cues.words("problem_words"))
        )
    ]
    raw = [
        b
        for b in raw
        if b[2].text not in fields  # 责任单位:…, 完成时限:…
        and not b[2].text.startswith(bracketed)  # 【责任单位】区财政局
        and not any(begin <= b[2].begin < end for begin, end in tabled)  # a table's row number
    ]
    raw = _leads_kept(raw, paras, vocab)
    parents = _raw_parents(raw, paras)
    first = min((b[4] for b in raw), default=0)  # a cover notice's "附件:…方案" heads the plan
    annex = next(  # not a notice's list of what it attaches (附件:1.…方案 / 2.…)
        (
            k
            for k, p in enumerate(paras)
            if k > first and _ANNEX.match(p.text) and not _ATTACHMENTS.match(p.text)
        ),
        len(paras),
    )
    annex = min(annex, attached)
    items = [b[4] for b in raw if b[4] < annex and not instruction(paras[b[4]].text)]
    signed = _closing(paras, max(items, default=-1), annex, vocab)
    for i, up in enumerate(parents):  # what is attached to a plan is no part of its items
        if up >= 0 and raw[up][4] < annex <= raw[i][4]:
            parents[i] = -1
    verbs = tuple(vocab.cues.words("measure_verbs"))
    closing = tuple(vocab.cues.words("closing_clauses"))
    procedural = frozenset(vocab.cues.words("procedural_headings"))
    singles = frozenset(vocab.cues.words("single_safeguards"))
    mending = tuple(vocab.cues.words("mending_verbs"))
    openers_of_tasks = verbs + mending + tuple(vocab.cues.words("task_openers"))
    tasks = [_opens_task(heading.text, openers_of_tasks) for _, _, heading, _, _ in raw]
    if any(_TASK_PLAN.search(p.text) for p in paras[:3]):
        # "…重点任务分工方案": its numbered items without a cue of their own are its tasks
        tasks = [t or rank < RUN_IN for t, (rank, *_rest) in zip(tasks, raw, strict=True)]
    if any(_POINTS_PLAN.search(p.text) for p in paras[:3]):
        with_items = set(parents)
        tasks = [t or i not in with_items for i, t in enumerate(tasks)]
    if any(_MEASURES_PLAN.search(p.text) for p in paras[:3]):
        articles = [bool(_ARTICLE.match(paras[p_index].text)) for *_rest, p_index in raw]
        tasks = [t or article for t, article in zip(tasks, articles, strict=True)]
    caption = next(  # a caption on a line of its own, no sentence that names such a plan, or
        # a task table's header row (序号 工作任务 牵头单位 完成时限)
        (
            k
            for k, p in enumerate(paras)
            if (_TASK_PLAN.search(p.text) and "。" not in p.text) or _task_header(p.text)
        ),
        len(paras),
    )
    # "附件:重点任务分工表 / 序号 任务 责任单位 / 1 设立产业发展基金 区财政局": its rows are tasks
    tasks = [t or caption < p_index for t, (*_rest, p_index) in zip(tasks, raw, strict=True)]
    for i, up in enumerate(parents):  # of their own, no parts of the item before the table
        if up >= 0 and raw[up][4] < caption < raw[i][4]:
            parents[i] = -1
    task_groups = _task_groups(
        parents, tasks, [rank if p_index < caption else RUN_IN for rank, *_, p_index in raw]
    )  # a task table's rows are counted with no sections (they are tasks by the table)
    timetables = _timetables(parents, [heading.text for _, _, heading, _, _ in raw], vocab)
    result: list[Block] = []
    kept: dict[int, int] = {}  # raw index → index in result
    lead_kind, lead_para, targets, targets_rank = "", -2, False, -1
    for i, (rank, number, heading, body_begin, p_index) in enumerate(raw):
        if signed <= p_index < annex:
            continue  # "各地区各部门要对照本工作要点,…" after the last item: it closes the text
        body_end = _body_end(raw, i, paras, text_end)
        if p_index < annex < len(paras):
            body_end = max(body_begin, min(body_end, paras[annex].begin - 1))
        if p_index < caption < len(paras):  # a table of tasks after it (序号 任务 责任单位)
            body_end = max(body_begin, min(body_end, paras[caption].begin - 1))
        if p_index < signed < len(paras):  # the signature and the closing clause before it
            body_end = max(body_begin, min(body_end, paras[signed].begin - 1))
        after = bisect.bisect_right(table_starts, body_begin)
        if after < len(table_starts):  # a task table's rows are no part of the item before it
            body_end = max(body_begin, min(body_end, table_starts[after] - 1))
        body = Span(body_begin, body_end, text[body_begin:body_end])
        if p_index > 0 and p_index != lead_para:
            before = paras[p_index - 1].text
            kind = _lead_kind(before, vocab)
            if kind or before.endswith(":"):
                lead_kind, lead_para = kind, p_index
                # "主要预期目标是: / 1.地区生产总值增长6.5%左右; / 2.…": numbered targets
                targets = kind == "Goal" and _NAMES_TARGETS.search(before) is not None
                targets_rank = rank
            elif p_index == lead_para + 1 and (
                _goes_on(paras[p_index].text, paras[lead_para].text)
                or (targets and rank == targets_rank)
            ):
                lead_para = p_index  # "二是…", "——…" in the next paragraph go on with the list
        lead = lead_kind if (rank >= RUN_IN or targets) and p_index == lead_para else ""
        if rank == HEADED and not lead:
            lead = _inline_lead(text, paras[p_index], heading.begin, vocab)
        parent_at = kept.get(parents[i], -1)
        parent = result[parent_at] if parent_at >= 0 else None
        if (
            (number == INLINE and not _inline_heading(heading.text, body.text, parent, verbs))
            or (
                rank == RUN_IN
                and not number
                and _on_conditions(parent)
                and ("," in heading.text or lists.headline(heading.text))
            )
            or (
                rank == RUN_IN
                and not number
                and (lists.leads_problems(heading.text) or lists.hard_won(heading.text))
            )
        ):  # "(一)面临机遇 国家推动X,为我市提供了重大机遇。…": a condition, no heading;
            # "首都发展面临前所未有的历史机遇。…": a headline of what the paragraph lists
            last = result[-1] if result else None
            if last is not None and heading.begin - 1 <= last.body.end <= heading.begin:
                # no heading after all: its sentence goes on with the part before it
                grown = Span(last.body.begin, body_end, text[last.body.begin : body_end])
                result[-1] = dataclasses.replace(last, body=grown)
            continue
        # (an article named by its first clause: its whole sentence, "为加快…,根据…,制定本政策";
        # not the next line's, "一、总体要求 / 为…,制定本方案。")
        sentence = re.split("[。\n]", text[heading.begin : body_end], maxsplit=1)[0]
        if any(cue in sentence for cue in closing) or heading.text in procedural:
            if parent is not None and parent.kind and heading.text.startswith("其他"):
                kept[i] = parent_at  # "保障机制 > (五)其他 > 1.宣贯培训": more of the part's items
            continue  # "本政策由区商务委负责解释,自发布之日起施行", "附则": no item of the plan
        own = _heading_kind(heading.text, vocab)
        if i in timetables or (not own and parents[i] in timetables):
            own = "Phase"  # "三、工作安排 > (一)启动部署(2024年第一季度)": a timetable's steps
        if own in ("Bottleneck", "Challenge") and heading.text.startswith(mending):
            own = ""  # "(一)补齐洪潮防御短板": a task that mends a weakness, no weakness
        if own == "Goal" and _TARGETS_MET.search(heading.text):
            own = ""  # "三是坚决打好三大攻坚战,主要目标任务如期完成": a result, no goals
        if not own and _INDICATORS_TITLE.fullmatch(heading.text):
            own = "Goal"  # "(四)主要指标": the targets' figures, a part of the goals
        if own == "Measure" and heading.text.endswith("要求") and _on_conditions(parent):
            own = "Challenge"  # "趋势挑战 > (一)发展要求": demands the place must meet, no tasks
        if own == "Safeguard" and _bare_safeguard(heading.text, vocab):
            part = p_index >= annex  # the plan, or what is attached to it
            later = any(
                parents[j] == parents[i] and (raw[j][4] >= annex) == part
                for j in range(i + 1, len(raw))
            )
            own = "" if later else own  # safeguards close a plan: 加强人才保障 among its tasks
        title = bool(own) and _is_title(heading.text, vocab)
        if own == "Achievement" and _PERIOD_RESULTS.search(heading.text):
            title = True  # "1.“十四五”时期合肥发展取得历史性成就。…": the review of a period
        # 工作步骤 > (二)组织实施阶段: a stage, though 组织实施 names safeguards elsewhere; not
        # 发展机遇 > (一)区域协调发展进入新阶段, a chance the times offer
        stage = (own == "Phase" or (parent is not None and parent.kind == "Phase")) and bool(
            _STAGE.match(heading.text) or _DATE_NOTE.sub("", heading.text).endswith("阶段")
        )
        if stage:
            title = False  # 第一阶段: one stage, not the section of stages
        if i in timetables:
            title = True
        elif parents[i] in timetables:
            title = False  # "推进计划 > (一)2024年:…": a step, though a bare date reads as a title
        leaf = i + 1 == len(raw) or parents[i + 1] != i
        if own == "Safeguard" and leaf and heading.text in singles:
            title = False  # "三、组织领导" without items: one safeguard, not the section of them
        if (
            parent is not None
            and _one_of_the_safeguards(own, title, leaf, parent)
            and (parent.role == "element" or _among_safeguards(raw, parents, i, vocab))
        ):
            # "(一)规划保障 > 2.用地保障。…", "保障机制 > (二)实施保障 > 1.…": one of them, though
            # the bare cue 保障 makes each a title
            title = False
        if title and leaf and parent is not None and parent.role == "container":
            # "保障措施 > (一)强化组织保障。正文…": an act under a section of its kind, no title
            # but a heading that is its kind's cue (发展机遇, 发展基础) names the part of its kind
            # (and one of cues and filler words only, 面临的机遇和挑战, 发展机遇和挑战)
            title = (
                _is_cue(heading.text, own, vocab)
                or _is_title(heading.text, vocab, slack=0)
                or not (_opens_act(heading.text, verbs) and parent.kind == own)
            )
        numbered = rank < RUN_IN
        # a heading that says more than 面临形势 names the situation only where nothing else is
        # named above it: under 发展目标, "(1)火灾形势稳中向好" is a goal
        open_section = numbered and (parent is None or not parent.kind)
        if not own and (
            situation_title(heading.text, vocab, open_section)
            or (numbered and weighs_both(body.text))
        ):
            own, title = "Opportunity", True  # 面临形势: opportunities, challenges and problems
        elif own and rank <= 3 and not (title or leaf or tasks[i]) and _under_other(parent, own):
            title = True  # "第一章 “十四五”时期重大成就为…奠定了坚实基础" in a part on goals
        if not own and leaf and rank < RUN_IN and _states_goals(body.text):
            own = "Goal"
        elif not own and (
            (leaf and rank <= 3 and _reviews_period(body.text))
            or (open_section and _SINCE_START.match(body.text.lstrip()))
        ):  # "(一)筑牢发展根基 “十四五”以来,…": a review under a heading of its own words
            own, title = "Achievement", True
        task = tasks[i] or task_groups.get(parents[i], False)
        mixed = parent is not None and _names_two(parent.heading.text, vocab)
        if mixed and not own and rank == RUN_IN and parent is not None:
            if _PERIOD_REVIEWED.match(heading.text):
                # "“十三五”时期发展成就和“十四五”时期主要目标任务 > 过去五年,…取得新的历史性成就。…"
                own = "Achievement"
            elif parent.role == "container" and "Measure" in _two_roles(parent.heading.text, vocab):
                # "今年发展主要目标和下一阶段工作总体部署 > 积极的财政政策要更加积极有为。…": a
                # policy of the part's tasks; its targets are said in sentences of their own
                own = "Measure"
        kind, role = _role(rank, own, title, parent, lead, task, mixed)
        # "工作安排 > (一)宣传发动阶段(2024年3月)": a stage, whatever the section
        if stage and role == "element" and parent is not None and parent.role == "container":
            kind = "Phase"
        if (
            role == "element"
            and rank >= RUN_IN
            and parent is not None
            and (
                (parent.role == "element" and parent.kind == "Challenge")
                or (
                    lead == kind == "Challenge"
                    and _ELABORATION.match(paras[p_index].text) is not None
                )
            )
        ):  # "2.水质量治理体系需进一步完善 > 一是溢流污染控制效能不足": a weakness of its own;
            # "…面临较大的压力和挑战。具体表现为:一是能效进一步提升空间有限": the same
            kind = lists.problem_kind(heading, vocab)
        if role == "element" and kind == "Opportunity" and risks_too(parent, vocab):
            risky = vocab.cues.words("challenge_words")
            kind = "Challenge" if any(w in heading.text for w in risky) else kind
        if role == "element" and kind == "Goal" and own != "Goal" and _tasks_too(parent, vocab):
            # "持续深化区域协调发展,推动共同富裕先行示范取得新突破": the task is the first clause
            task_like = tasks[i] and not _REACHED.search(heading.text.split(",")[0])
            # "锚定新型工业化发展方向,做强做优做大实体经济": the task in a later clause
            task_like = task_like or (
                not _REACHED.search(heading.text)
                and any(_opens_task(c, openers_of_tasks) for c in heading.text.split(",")[1:])
            )
            if task_like or _EFFORT.match(heading.text):  # a task, not a state to reach
                kind = "Measure"
        if number == REVIEW:  # the past told as results: achievements wherever they stand
            kind, role = "Achievement", "element"
        if role == "element" and kind == "Phase" and _COUNTS_STAGES.match(heading.text):
            role = "container"  # "本方案分三个阶段实施。第一阶段为…": it leads into the stages
        kept[i] = len(result)
        result.append(Block(_level_name(rank), number, heading, body, kind, role, parent_at))
    return _without_lone_inline(_tasks_among_tasks(result), text)


def _tasks_among_tasks(blocks: list[Block]) -> list[Block]:
    """A section no cue names, beside a section that is a task, whose items are mostly tasks:
    a task too ("二、突出重点集中攻坚 … 三、综合施策提升监管效能 > (一)落实企业安全主体责任")."""
    children: dict[int, list[Block]] = {}
    for b in blocks:
        children.setdefault(b.parent, []).append(b)

    def task(b: Block) -> bool:
        return (b.kind, b.role) == ("Measure", "element")

    out = list(blocks)
    for i, b in enumerate(blocks):
        if b.kind or b.level != "section":
            continue
        items = children.get(i, [])
        beside = [s for s in children[b.parent] if s.level == "section"]
        if 2 * sum(map(task, items)) > len(items) and any(map(task, beside)):
            out[i] = dataclasses.replace(b, kind="Measure", role="element")
    return out


# The fewest short sentences a run-in heading's paragraph must hold as headings of its parts:
# fewer are tasks among its others ("积极培育…未来产业。…培育生物制造产业园。…打造数控机床产业
# 基地。…").
_INLINE_UNDER_RUN_IN = 3
# The count of an item right before its heading ("一是在污染防治上持续用力。"), which makes it no
# run-in heading.
_COUNTED_BEFORE = re.compile(r"(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+,?)$")


def _without_lone_inline(blocks: list[Block], text: str) -> list[Block]:
    """``blocks`` less the inline headings under a task's run-in heading that has too few of
    them (they have no items of their own); the parent's text runs on over theirs."""
    inline: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        up = blocks[b.parent] if b.parent >= 0 else None
        if (
            b.number == INLINE
            and up is not None
            and (up.level, up.number, up.kind) == ("headed", "", "Measure")
            and not _COUNTED_BEFORE.search(text, 0, up.heading.begin)  # not "一是…"
        ):
            inline.setdefault(b.parent, []).append(i)
    drop = {
        i
        for kids in inline.values()
        if len(kids) < _INLINE_UNDER_RUN_IN
        for i in kids
        if not _ENUM_MARK.match(blocks[i].body.text.lstrip())  # it leads "一是…;二是…"
    }
    if not drop:
        return blocks
    for at, kids in inline.items():
        end = max((blocks[i].body.end for i in kids if i in drop), default=0)
        if end > blocks[at].body.end:
            begin = blocks[at].body.begin
            blocks[at] = dataclasses.replace(blocks[at], body=Span(begin, end, text[begin:end]))
    index = {old: new for new, old in enumerate(i for i in range(len(blocks)) if i not in drop)}
    return [
        dataclasses.replace(b, parent=index.get(b.parent, -1))
        for i, b in enumerate(blocks)
        if i not in drop
    ]


# A heading that only says how many stages follow ("本方案分三个阶段实施", "分两步走").
_COUNTS_STAGES = re.compile(  # …, or a work that says so (整治工作分三个阶段进行, 本次行动分三个阶段)
    r"^(?:本(?:方案|计划|行动|工作)|[\u4e00-\u9fff]{0,6}?(?:工作|行动|活动|整治))?(?:共|按照)?分(?:为)?"
    r"[一二三四五六两\d]+(?:个)?(?:阶段|步)(?:实施|推进|进行|开展|走|完成)?$"
)


def _one_of_the_safeguards(own: str, title: bool, leaf: bool, parent: Block) -> bool:
    """A safeguard titled like a section inside a safeguard: an item of its parent element, or
    a part with items of its own under the section of safeguards."""
    return (
        title
        and own == "Safeguard"
        and parent.kind == own
        and ((parent.role == "element" and leaf) or (parent.role == "container" and not leaf))
    )


def _among_safeguards(
    raw: list[tuple[int, str, Span, int, int]], parents: list[int], i: int, vocab: Vocab
) -> bool:
    """Whether most of a heading's siblings name safeguards too ("保障机制 > (一)规划保障
    (二)实施保障 (三)资金保障"): the parts of a plan's safeguards are safeguards
    (docs/annotation.md); a lone "(一)组织保障" over the items of 组织保障 only titles them."""
    siblings = [raw[j][2].text for j in range(len(raw)) if j != i and parents[j] == parents[i]]
    alike = sum(_heading_kind(h, vocab) == "Safeguard" for h in siblings)
    return 2 * alike > len(siblings)


def _inline_heading(heading: str, body: str, parent: Block | None, verbs: tuple[str, ...]) -> bool:
    if parent is None or parent.role not in ("element", "container"):
        return False
    if parent.kind == "Achievement":
        return len(heading) <= 14 and not _FIGURE.search(heading)
    if len(body) < _PART_MIN:  # 推进教育数字化。打造…合作区。: a task among others, no heading
        return False
    return parent.kind == "Measure" and _opens_act(heading, verbs)


# Kinds of sections on the conditions a plan meets.
SITUATION_KINDS = ("Bottleneck", "Challenge", "Opportunity")


def _on_conditions(parent: Block | None) -> bool:
    """A section on opportunities, challenges or problems, written as prose."""
    return parent is not None and parent.role == "container" and parent.kind in SITUATION_KINDS


def _is_cue(heading: str, kind: str, vocab: Vocab) -> bool:
    """Whether a heading is one of its kind's cue phrases, whole ("发展机遇", "发展基础")."""
    return any(heading in cues for k, cues in vocab.cues.kinds() if k == kind)


def _opens_act(heading: str, verbs: tuple[str, ...]) -> bool:
    """Whether a heading opens with a verb: one of the genre's task verbs, or any the segmenter
    tags as a verb (强化组织保障)."""
    return (
        heading.startswith(verbs)
        or segment.opens_with_verb(heading)
        or segment.opens_with_modifier(heading, verbs)
    )


def _parents(
    ranks: list[int], paras: list[int] | None = None, own_line: list[bool] | None = None
) -> list[int]:
    """Each block's enclosing block: the nearest earlier one of an outer rank. A run-in heading
    governs its own paragraph only, so it encloses nothing in the next one, unless it stands on
    a line of its own (``own_line``)."""
    out: list[int] = []
    stack: list[int] = []
    lines = own_line or [False] * len(ranks)
    for i, rank in enumerate(ranks):
        while stack and (
            ranks[stack[-1]] >= rank
            or (
                paras is not None
                and ranks[stack[-1]] >= RUN_IN
                and paras[stack[-1]] != paras[i]
                and not lines[stack[-1]]
            )
        ):
            stack.pop()
        out.append(stack[-1] if stack else -1)
        stack.append(i)
    return out


def _timetables(parents: list[int], headings: list[str], vocab: Vocab) -> set[int]:
    """Headings of no kind, or arrangements of work, whose items, two or more, each end with the
    time they take ("三、工作安排 > (一)启动部署(2024年第一季度)", "(二)全面体检(二季度至三季
    度)"), or, under a schedule (推进计划, 时间表), are each only their time and hold no items of
    their own ("四、推进计划 > (一)2024年:…"): timetables."""
    children: dict[int, list[int]] = {}
    for i, p in enumerate(parents):
        if p >= 0:
            children.setdefault(p, []).append(i)
    return {
        p
        for p, items in children.items()
        if len(items) >= 2
        and (not _heading_kind(headings[p], vocab) or "安排" in headings[p])
        and all(
            _dated_heading(headings[i])
            or (  # "四、推进计划 > (一)2024年:…": a schedule's steps, each only its time
                _SCHEDULE.search(headings[p]) is not None
                and dates.only_a_date(headings[i])
                and i not in children  # (一)2024年 > 1.…: tasks grouped by year
            )
            for i in items
        )
    }


# A heading that names a schedule (推进计划, 时间表), whose items may be only their times; not one that
# reviews progress (建设进展 > (一)2022年).
_SCHEDULE = re.compile(r"推进计划|时间表")


def _dated_heading(heading: str) -> bool:
    """Whether a heading ends with the time its item takes, in brackets after its name
    ("启动部署(2024年第一季度)", "集中整治(7月至10月)": months of any year)."""
    note = _DATE_NOTE.search(heading)
    return (
        note is not None
        and note.start() >= 2
        and dates.find_interval(note.group(0), dates.ANY_YEAR) is not None
    )


def _task_groups(parents: list[int], tasks: list[bool], ranks: list[int]) -> dict[int, bool]:
    """Parents whose numbered children mostly open with a task verb: all of them are tasks."""
    counts: dict[int, list[int]] = {}
    for i, parent in enumerate(parents):
        if ranks[i] < RUN_IN:
            pair = counts.setdefault(parent, [0, 0])
            pair[0] += tasks[i]
            pair[1] += 1
    return {p: n >= 2 and 2 * t > n for p, (t, n) in counts.items()}


_DATE_NOTE = re.compile(r"\([^()]*\)$")
# A stage opening a clause, counted or not: "第一阶段(2023年),…", "第一阶段为2023年,…",
# "第一阶段(…)为启动阶段", "(二)全面实施阶段(2024年4月—10月),…"; not "第一阶段(…)为期半年".
_INLINE_STAGE = re.compile(
    r"(?:^|(?<=[:;。]))(?:\([一二三四五六七八九十]+\))?"
    r"((?:第[一二三四五六七八九十]+|[\u4e00-\u9fff]{2,6})阶段(?:\([^()]{2,30}\))?)"
    r"(?=[,:]|为\d{4}年|为[\u4e00-\u9fff]{2,12}阶段)"
)
# A line of its own that opens with a stage and its dates ("第一阶段(2022—2023年):试点示范。",
# "宣传发动阶段(2024年3月):…"): one stage, though the paragraph holds no other.
_DATED_STAGE_LINE = re.compile(
    r"(?:第[一二三四五六七八九十]+|[\u4e00-\u9fff]{2,6})阶段(?:\([^()]*\d{4}[^()]*\)(?:[,:]|为)"
    # or its dates in the clause after it: "第一阶段为动员部署阶段,时间为2025年3月至4月,…",
    # "第一阶段(动员部署),2025年3月至4月,…"
    r"|(?:为[\u4e00-\u9fff]{2,12}阶段|\([\u4e00-\u9fff]{2,12}\)),(?:时间为)?\d{4}年)"
)
_STAGE = re.compile(r"第?[一二三四五六七八九十\d]+(?:个)?阶段")
_YEAR_PREFIX = re.compile(r"\d{4}年|“?十[一二三四五六七八九]五”?(?:时期)?")
_GOAL_OPENER = re.compile(r"(?:^|。)(?:力争)?(?:到|至)\d{4}年(?:底|末)?,")


def situation_title(heading: str, vocab: Vocab, section: bool = False) -> bool:
    """A heading that names a section on the situation as a whole (面临形势, “十五五”时期发展环境,
    形势与背景分析), not a task (优化发展环境). A section's heading may say more of it (第二节
    广州发展环境面临深刻复杂变化); an item's names one condition (四是生态环境保护形势越来越严峻)."""
    cues = vocab.cues.words("situation_sections")
    if not any(cue in heading for cue in cues):
        return False
    if _is_title(heading, vocab, tuple(cues), 0):
        return True
    return section and not _opens_act(heading, tuple(vocab.cues.words("measure_verbs")))


def _is_title(heading: str, vocab: Vocab, extra: tuple[str, ...] = (), slack: int = 2) -> bool:
    """A heading that only names its section ("保障措施", "2026年重点工作", "组织保障")."""
    rest = _YEAR_PREFIX.sub("", heading)
    title_only = vocab.cues.mapping("title_only_kinds").values()
    for cues in [*(c for _, c in vocab.cues.kinds()), *title_only, list(extra)]:
        for cue in sorted(cues, key=len, reverse=True):
            rest = rest.replace(cue, "")
    for word in vocab.cues.words("title_filler"):
        rest = rest.replace(word, "")
    return len(rest) <= slack


def _states_goals(body: str) -> bool:
    return bool(_GOAL_OPENER.search(body))


# A section that opens on a past five-year period ("“十四五”时期是…极不平凡的五年。", "过去五年,…")
# and says the period's work was done (五年来, 顺利完成): a review, whatever its heading says
# (第一章 基本实现社会主义现代化新征程精彩开局).
# A run-in heading that reviews a period ("过去五年,我国经济社会发展取得新的历史性成就").
_PERIOD_REVIEWED = re.compile(
    r"(?:过去五年|五年来|过去一年|一年来),[^。]*取得[^。]*(?:成就|成效|进展|成绩)$"
)
_PAST_PERIOD = re.compile(r"^(?:“?十[一二三四五六七八九]五”?时期是[^。]*五年|过去五年|五年来)")
_SINCE_START = re.compile(r"“?十[一二三四五六七八九]五”?以来,")
_PERIOD_DONE = re.compile(r"五年来|过去五年|(?:顺利|胜利|圆满)完成")


def _reviews_period(body: str) -> bool:
    return bool(_PAST_PERIOD.match(body.lstrip())) and bool(_PERIOD_DONE.search(body))


def _level_name(rank: int) -> str:
    return "section" if rank <= 3 else ("item" if rank < RUN_IN else "headed")


# A lead that only says the items spell out what was said before ("具体表现为:一是…").
_ELABORATION = re.compile(r"(?:具体|主要)?(?:表现为|表现在|体现为|体现在)")
_ELABORATION_LEAD = re.compile(_ELABORATION.pattern + r"(?:[一二三四五六七八九十几]个?方面)?")


def _inline_lead(text: str, para: Span, at: int, vocab: Vocab) -> str:
    """The role a lead clause in the same paragraph gives "一是…" items ("部署了13项任务举措:一是…")."""
    before = text[para.begin : at]
    colon = before.rfind(":")
    if colon < 0:  # "…还存在一些困难和问题。一是…;二是…": the sentence before 一是 names them
        first = _ENUM_MARK.search(before)
        lead = before[: first.start()] if first else before
        lead = lead.rstrip("。,")
        lead = lead[lead.rfind("。") + 1 :]
    else:  # "部署了13项任务举措:一是…", "…还存在一些困难和问题:一是…"
        start = max(before.rfind(ch, 0, colon) for ch in "。;") + 1
        lead = before[start:colon]
        if _ELABORATION_LEAD.fullmatch(lead) and (start > 0 or para.begin > 0):
            # "…还面临较大的压力和挑战。/具体表现为:一是…", "…还面临一些困难和挑战。主要表现在
            # 四方面:一是…": the sentence before names them
            earlier = (before[: start - 1] if start > 0 else text[: para.begin - 1]).rstrip("。")
            lead = earlier[earlier.rfind("。") + 1 :]
        if _drafting_lead(lead, vocab):
            return "WorkMethod"
        cued = _cue_kind(lead, vocab)
        if cued and not _names_troubles(lead, vocab):
            return cued  # but "…面临一些困难和挑战:" names troubles, told apart below
    if _names_troubles(lead, vocab):
        # "…仍面临不少风险挑战。一是…": challenges; "…还面临一系列困难挑战。一是…",
        # "…矛盾和问题。一是…": troubles of the place's own, bottlenecks
        kind = lists.headline_kind(lead)
        own = any(w in lead for w in vocab.cues.words("own_trouble_words"))
        return "Bottleneck" if kind == "Challenge" and own else kind
    return lists.outlook_lead_kind(lead, vocab) if colon < 0 else ""  # "从挑战看,一是…"


def _names_troubles(lead: str, vocab: Vocab) -> bool:
    """Whether a lead names the troubles its items list (…还面临一系列困难挑战, 矛盾和问题)."""
    return any(cue in lead for cue in vocab.cues.words("problem_lead_cues"))


def _role(
    rank: int,
    own: str,
    title: bool,
    parent: Block | None,
    lead: str,
    task: bool,
    mixed: bool = False,
) -> tuple[str, str]:
    """(kind, role) where role is "container" (a titled group), "element" (one member) or "part".

    A heading that only names its section is a container of its cue's kind. Below an element,
    items are elements of the same kind (sub-measures), except inside phases and work methods,
    whose items describe the step. ``task`` says the heading (or most of its siblings) opens
    with a verb of the genre ("加快…", "做强…"): such items are measures. ``mixed`` says the
    parent's heading names two roles (主要目标和重大任务): an item's own cue then decides."""
    if own and title:
        return own, "container"
    if rank == HEADED and own == "Goal":  # "主要预期目标是:A,B,C": its clauses are the goals
        return own, "container"
    if rank == HEADED and lead:  # "部署了13项任务举措:一是…": the lead names what follows
        return lead, "element"
    if parent is not None and parent.kind and parent.role in ("element", "part"):
        if parent.kind in ("Phase", "WorkMethod") or parent.role == "part":
            return parent.kind, "part"
        return parent.kind, "element"
    if lead:
        return lead, "element"
    if own and mixed and (rank < RUN_IN or (rank == RUN_IN and own in ("Achievement", "Measure"))):
        # "主要目标和重大任务" / "(一)关于主要目标指标": a goal item; "发展成就和主要目标任务 >
        # 过去五年,…取得新的历史性成就。": the review, a result
        return own, "element"
    if (
        own == "Achievement"
        and rank < RUN_IN
        and parent is not None
        and parent.kind in SITUATION_KINDS
    ):  # "规划背景 > (一)我国扩大内需已取得显著成效": the background's results, not its chances
        return own, "element"
    if parent is not None and parent.kind:
        return parent.kind, "element"
    if own and rank < RUN_IN:
        return own, "element"
    if task and rank < RUN_IN:
        return "Measure", "element"
    return "", ""


# The heading of a report's glossary (附件2 / 名词解释 / 1.“四上”企业:…; 《政府工作报告》有关内容
# 名词注释): terms, no items.
_GLOSSARY = re.compile(
    r"(?:附件\d*\s*:?\s*)?(?:《[^》]{2,40}》)?(?:有关内容|相关)?"
    r"(?:名词解释|名词注释|名词术语解释|术语解释)(?:说明)?:?"
)


def _glossaries(paras: list[Span]) -> list[tuple[int, int]]:
    """The text of each glossary: from its heading to the next annex or section heading (一、…),
    or the end."""
    out: list[tuple[int, int]] = []
    for k, para in enumerate(paras):
        if _GLOSSARY.fullmatch(para.text.strip()):
            end = next(
                (p.begin for p in paras[k + 1 :] if _ANNEX.match(p.text) or _SECTION.match(p.text)),
                paras[-1].end,
            )
            out.append((para.begin, end))
    return out


# A section's heading (二、2026年重点工作), which ends a glossary set inside the text before it.
_SECTION = re.compile(r"[一二三四五六七八九十]{1,3}、(?![^:。]{0,12}:)")  # not 二、三产业融合:…


# The title of an attached table or list ("…考核评分细则表(试行)", "…任务清单").
_TABLE_TITLE = re.compile(r"(?:表|清单|细则|名录|目录|流程图|示意图)(?:\(试行\))?$")


def _attachment_lines(paras: list[Span]) -> set[int]:
    """The paragraphs of a notice's list of what it attaches: "附件:1.…" and the "2.…" lines
    right after it."""
    out: set[int] = set()
    for k, para in enumerate(paras):
        if _ATTACHMENTS.match(para.text) or (k - 1 in out and _LISTED.match(para.text)):
            out.add(k)
    return out


def _attached_table(paras: list[Span]) -> int:
    """The paragraph where a table or list the notice attaches (附件:1.…方案 / 2.…评分细则表)
    begins, under its title and without "附件2"; ``len(paras)`` when there is none."""
    listed = _attachment_lines(paras)
    named = (re.sub(r"^(?:附件\s*:\s*)?\d{1,2}[.、]\s*", "", paras[k].text).strip() for k in listed)
    titles = {title for title in named if _TABLE_TITLE.search(title)}
    after = max(listed, default=len(paras))  # the title again, after the list that names it
    return next(
        (k for k in range(after + 1, len(paras)) if paras[k].text.strip() in titles), len(paras)
    )


def _closing(paras: list[Span], last: int, annex: int, vocab: Vocab) -> int:
    """Where a plan's text ends, after its last item and before any annex: at its signature (the
    issuer's name on a line, then the date: 临江市人民政府 / 2024年12月1日), or at the closing
    clause right before it (本意见自2025年1月1日起施行。), or at the appeal that closes a report
    (各位代表!…让我们…而努力奋斗!); ``len(paras)`` when there is none."""
    closing = tuple(vocab.cues.words("closing_clauses"))
    for k in range(max(last + 1, 1), min(annex, len(paras))):
        if _SIGNED.fullmatch(dates.digit_dates(paras[k].text)) and len(paras[k - 1].text) <= 30:
            start = k - 1 if "。" not in paras[k - 1].text else k
            while start - 1 > last and _ISSUER.fullmatch(paras[start - 1].text):
                start -= 1  # 中共临江县委 / 临江县人民政府 / 2025年3月15日: each issuer
            before = paras[start - 1].text
            if start - 1 > last and any(cue in before for cue in closing):
                start -= 1
            if _charges(paras, start - 1, last):
                start -= 1
            return start
    for k in range(max(last + 1, 1), min(annex, len(paras))):
        text = paras[k].text
        if _FOOTNOTE.match(text) or (_OF_ITSELF.match(text) and any(c in text for c in closing)):
            return k  # "本措施自公布之日起生效,有效期至…", then "[1]…指…": no item's text
        if _APPEAL.match(text):
            return k  # "各位代表!…让我们更加紧密地团结在…而努力奋斗!": no task's text
    stop = min(annex, len(paras))
    return stop - 1 if _charges(paras, stop - 1, last) else len(paras)


def _charges(paras: list[Span], k: int, last: int) -> bool:
    """Whether paragraph ``k``, the text's last before its signature, is its closing charge, not
    the text of the last item (whose heading stands alone on the line before it)."""
    return (
        k > last
        and instruction(paras[k].text)
        and (k - 1 > last or paras[k - 1].text.endswith(("。", ")", ";")))
    )


def instruction(text: str) -> bool:
    """Whether a paragraph closes a document by charging those who carry it out (各地区各部门要
    对照本工作要点,细化工作举措。): no item's text, nor an item of its own; not one that goes on
    to count what they are to do (…抓好落实:一是…)."""
    return bool(_ADDRESSED.match(text) and _OF_ITSELF.search(text) and not _COUNTED_IN.search(text))


# A paragraph about the document itself (本措施…, 本意见…) and a footnote ([1]…, 〔1〕…).
_OF_ITSELF = re.compile(
    r"本(?:措施|意见|方案|办法|规定|政策|细则|规划|通知|计划|实施意见|若干措施"
    r"|工作要点|要点|工作方案|实施方案|行动方案|行动计划)"
)
# Items counted inside a paragraph (一是…, (一)…).
_COUNTED_IN = re.compile(r"[一二三四五六七八九十]+是|\([一二三四五六七八九十]+\)")
# Those who carry a document out, charged in its closing paragraph (各地区各部门要…, 各区应…).
_ADDRESSED = re.compile(r"各[^,。;]{0,16}?(?:要|应|须)")
# An issuer's name on a line of its own above a signature's date (中共临江县委, 临江县人民政府).
_ISSUER = re.compile(r"[^,。;:、()\d]{2,28}(?:委|政府|办公室|委员会|局|厅)")
_FOOTNOTE = re.compile(r"[\[〔]\d{1,2}[\]〕]\s*\S")
# The appeal that closes a report or an opinion ("各位代表!…。让我们更加紧密地团结在…周围,…而努力
# 奋斗!", "让我们紧密团结在…", "各位代表,…。让我们奋力谱写…新篇章!").
_APPEAL = re.compile(
    r"各位代表[!,][^!]*?让我们|让我们[^。!]{0,40}?(?:团结在|携手|领导下)|让我们[^。]*!$"
)


# A heading that sums up a period's results: the review they are listed in, not one of them.
_PERIOD_RESULTS = re.compile(r"(?:时期|五年|一年)[^,。]*取得[^,。]*(?:成就|成效|进展)$")
# The date of a plan's signature, on a line of its own.
_SIGNED = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _body_end(
    raw: list[tuple[int, str, Span, int, int]], i: int, paras: list[Span], end: int
) -> int:
    rank, number, own, _, p_index = raw[i]
    if number == REVIEW and _own_line(own, paras[p_index]):
        # a review heading on a line of its own: its account runs to the next heading of its
        # rank or above; the short result sentences inside the account are parts of it
        for other_rank, _, _, _, other_para in raw[i + 1 :]:
            if other_para != p_index and other_rank <= RUN_IN:
                return paras[other_para].begin - 1
        return end
    if rank >= RUN_IN:
        for other_rank, _, heading, _, other_para in raw[i + 1 :]:
            if other_para != p_index:
                break
            if other_rank >= rank:
                return heading.begin
        if _opens_with_enumerator(own, paras[p_index]):
            return _enumerated_end(raw, i, paras)
        return paras[p_index].end
    for other_rank, _, _, _, other_para in raw[i + 1 :]:
        if other_rank <= rank:
            return paras[other_para].begin - 1
    return end


def _opens_with_enumerator(heading: Span, para: Span) -> bool:
    """Whether a "一是…" heading opens its paragraph."""
    m = _ENUM_MARK.match(para.text)
    return m is not None and heading.begin == para.begin + m.end()


def _enumerated_end(raw: list[tuple[int, str, Span, int, int]], i: int, paras: list[Span]) -> int:
    """Where a paragraph-opening "四是…" item ends when the paragraphs after it carry no
    enumerator of their own: before the paragraph of the next "五是…", so the paragraphs between
    go on with it; at its own paragraph's end when no such item follows, or a heading of an
    outer rank comes first."""
    p_index = raw[i][4]
    for other_rank, _, heading, _, other_para in raw[i + 1 :]:
        if other_para == p_index:
            continue
        if other_rank >= RUN_IN and _opens_with_enumerator(heading, paras[other_para]):
            return paras[other_para].begin - 1
        if other_rank < RUN_IN:
            break
    return paras[p_index].end


def _own_line(heading: Span, para: Span) -> bool:
    return heading.end >= para.end - 1


def analyse(doc: Document, vocab: Vocab) -> Structure:
    paras = paragraphs(doc.text)
    sents = sentences(paras)
    starts = tuple(s.span.begin for s in sents)
    tables = tuple(indicators.indicator_tables(paras))
    notes = tuple(_notes(paras))
    acts = tuple(vocab.cues.words("measure_verbs") + vocab.cues.words("task_verbs"))
    task_tables = tuple(tasktables.task_tables(paras, acts))
    found = tuple(blocks(doc.text, paras, vocab, tables, notes, task_tables))
    cells = tuple(lists.body_cells(doc.text))
    return Structure(
        doc, tuple(paras), tuple(sents), found, starts, tables, notes, task_tables, cells
    )


def sentence_index(structure: Structure, offset: int) -> int:
    """Index of the sentence containing ``offset``."""
    return max(0, bisect.bisect_right(structure.starts, offset) - 1)


def _opens_task(heading: str, verbs: tuple[str, ...]) -> bool:
    """Whether a heading opens with a task verb, also after an idiom of manner (因地制宜发展…), an
    adverb (必须强化…, 更好统筹…) or a short word of manner (协同推进…)."""
    slogan = _SLOGAN.match(heading + "。")
    if slogan:  # "简政提效:深化行政审批改革…": the task after the slogan
        heading = heading[slogan.end() :]
    lead, comma, rest = heading.partition(",")
    if comma and rest.startswith(verbs) and (2 <= len(lead) <= 6 or segment.opens_with_verb(lead)):
        # "洪涝兼治,增强防汛安全与韧性": the task after a short slogan; "依靠改革激发市场主体活力,
        # 增强发展新动能": a way and the task it serves
        return True
    return (
        heading.startswith(verbs)
        or segment.opens_with_manner(heading)
        or segment.opens_with_adverb(heading)
        or segment.opens_with_modifier(heading, verbs)
        or _NOMINAL_TASK.fullmatch(heading) is not None
    )


# A short heading that names a task by its object and the work as a noun (酒店建设, A级景区创建,
# 旅游目的地市场培育), as a county's policy heads its articles.
_NOMINAL_TASK = re.compile(r"[^,;:。]{2,10}(?:建设|创建|培育|改造|评定)")
