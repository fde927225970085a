"""Stage 1 — load: bytes on disk → a Document with normalised body text.

Decoding tries UTF-8 (with or without BOM), UTF-16 with BOM, then GB18030 (a superset of GBK and
GB2312). HTML pages saved from a government site are reduced to their body text. Text is NFKC
normalised (full-width ",:;()" become half-width, as most sites already publish them) and page
chrome — breadcrumbs, "字号 大 中 小", the "留言咨询 / 纠错 / 您的姓名" form, a PDF's page numbers — is
dropped, as are note numbers a copy sets on a line of their own inside a sentence, and the lines a
copy of a PDF wraps are joined back into paragraphs, so every offset the later stages produce
points into ``Document.text``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from . import htmltext
from .errors import InputError
from .model import Document
from .vocab import Chrome, Vocab

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<meta|<body)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)
_OPENERS = ("(", "[", "【", "〔")  # after NFKC
_SLUG_DROP = re.compile(r"[^\w\-]+")
# A declared charset is trusted only if it reads ASCII markup as ASCII (so not UTF-7, UTF-16
# without BOM, unicode_escape, punycode …), and no decoding may leave a lone surrogate.
_ASCII_PROBE = b'<meta charset="x"> +-\\u0041 ~{ &#1;'
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode(raw: bytes, path: Path) -> str:
    """Decode plan bytes, or raise InputError naming the file."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _plain(_strict(raw, codec, path), path)
    if b"\x00" in raw[:4096]:
        raise InputError(path, "binary file (NUL bytes), not plan text")
    declared = _declared_codec(raw)
    codecs = ["utf-8", "gb18030"]
    if declared:
        codecs.insert(0, declared)
    for codec in codecs:
        try:
            text = raw.decode(codec)
        except (UnicodeError, LookupError):
            continue
        if _SURROGATE.search(text):
            continue
        return _plain(text, path)
    raise InputError(path, "cannot decode as UTF-8 or GB18030/GBK; save it as UTF-8 text")


def _declared_codec(raw: bytes) -> str | None:
    """The charset a <meta> tag declares, if it is an ASCII-compatible text encoding."""
    declared = _META_CHARSET.search(raw[:4096])
    if not declared:
        return None
    codec = declared.group(1).decode("ascii").lower()
    try:
        compatible = _ASCII_PROBE.decode(codec) == _ASCII_PROBE.decode("ascii")
    except (UnicodeError, LookupError):
        return None
    return codec if compatible else None


def _strict(raw: bytes, codec: str, path: Path) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"not valid {codec} despite its byte-order mark ({exc.reason})"
        ) from exc


def _plain(text: str, path: Path) -> str:
    """``text`` unless it looks like a binary file (NUL or too many control characters)."""
    if "\x00" in text[:4096]:
        raise InputError(path, "binary file (NUL bytes), not plan text")
    if _looks_binary(text):
        raise InputError(path, "binary file (control characters), not plan text")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in ("Cc", "Co", "Cs") and ch not in "\n\r\t\f"
    )
    return controls > max(8, len(sample) // 100)


def normalise(text: str) -> list[str]:
    """NFKC, one stripped line per paragraph, empty lines dropped; an opening bracket left alone on
    a line by a copy from a web page goes with the line after it ("(" + "三)改革开放…")."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    out: list[str] = []
    for line in lines:
        if out and out[-1] in _OPENERS:
            out[-1] += line
        else:
            out.append(line)
    return out


# A note's number that a web copy of an outline sets on a line of its own inside a sentence
# ("…“四个出新出彩”" / "1" / ",进一步增强…"), and what cannot go on a sentence: a heading.
_NOTE_MARK = re.compile(r"^\d{1,3}$")
_SENTENCE_END = ("。", "!", "?", ";", ":")
# The bullets a web page marks items with ("● 加强人才引进"); not ·, which joins names (广东医谷·南沙).
# Not the marks tables and notes use (★ ▲ △ ☆ ◎: 约束性指标, 新增指标), □ (a missing glyph), ※ (a note).
BULLETS = "●■◆◇○•►▶"
_HEADING_START = re.compile(
    r"^(?:第[一二三四五六七八九十百]+[篇章节]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|专栏)"
)
_NOTED_LINE_MIN = 8  # a table's cells (单位, 万元/人) are shorter than a sentence's part


def join_note_marks(lines: list[str]) -> list[str]:
    """Drop note numbers standing alone inside a sentence and join the sentence's two parts.

    A number stands inside a sentence when the line before it is long and ends no sentence, and
    the line after it goes on with the sentence: it opens with a mark (",进一步…"), ends a
    sentence, or runs to the next note. A table's row numbers do not: the row's label after one
    is a short line of its own ("新增功能性机构(五年累计)")."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if out and i + 1 < len(lines) and _note_mark(out[-1], lines, i):
            out[-1] += lines[i + 1]
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


# A part's title in two phrases (第七篇 筑牢产业根基 / 加快发展新质生产力), which the outline's own
# table of contents prints on one line with a space between them.
_PART_TITLE = re.compile(r"^第[一二三四五六七八九十百]+篇\s*[^\s。,;:]{2,20}$")
_SUBTITLE = re.compile(r"^[^\d\s。,;:!?()]{4,16}$")


# A name joined by a dash that a page's layout set on three lines ("环王子山 / — / 九龙湖生态文旅协作
# 示范区"): a short proper name, the dash alone, the rest of the name. A table's empty cell is a
# dash alone too, between cells with figures or longer words (预期性 / — / 90%).
_DASH_LINE = frozenset("—–-")
_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
_NAME_REST = re.compile(r"[\u4e00-\u9fff·]{4,30}")


# A page that sets a phrase in bold may put it on a line of its own ("今年经济社会发展的" /
# "主要预期目标" / "是:地区生产总值增长…"): a line that opens with the copula and its colon goes
# on with the lines before it, back to one that ends a sentence or is no short phrase.
_COPULA_GOES_ON = re.compile(r"^[是为]:")
_EMPHASIS = re.compile(r"^[^。;:!?,]{1,12}$")


# Marks that close what came before and so never open a line, and marks that open what comes
# after and so never end one: a page that broke a sentence around a phrase in bold left them there
# ("做到“" / "两个维护" / "”,坚决拥护核心", "坚定不移践行" / "以人民为中心发展思想" / ",在…").
_NEVER_OPENS = (",", "、", "。", ";", ":", "!", "?", "”", "’", "》", ")")
_NEVER_ENDS = ("“", "‘", "《")


def _goes_on_over_a_break(before: str, line: str) -> bool:
    """Whether ``line`` goes on with the line before it: that one ends with an opening mark, or
    this one opens with a closing mark after a short phrase or inside an open quote (a page's
    wrapped line, which is long, is left to join_wrapped_lines)."""
    return before.endswith(_NEVER_ENDS) or (
        line.startswith(_NEVER_OPENS)
        and (bool(_EMPHASIS.match(before)) or before.count("“") > before.count("”"))
    )


def _set_apart(first: str, phrase: str, line: str) -> bool:
    """Whether ``phrase`` stood apart inside the sentence that ``first`` opens and ``line`` goes
    on with ("坚定不移践行" / "以人民为中心发展思想" / ",在…"): not after a heading alone on its
    line ("(五)聚焦主业" / "全国第一" / "。…"), a box's number (6 / “5+2+4” / …) or before a
    label's lone colon (召集人 / :)."""
    return (
        line.startswith(_NEVER_OPENS)
        and len(line) > 1
        and not line.startswith(":")
        and bool(_EMPHASIS.match(phrase))
        and not first.endswith(_CLOSED)
        and not first.isdigit()
        and (not _HEADING_START.match(first) or "。" in first)
    )


def join_emphasis_breaks(lines: list[str]) -> list[str]:
    """Join a sentence a page broke around a phrase in bold back into one line."""
    out: list[str] = []
    for line in lines:
        if out and _goes_on_over_a_break(out[-1], line):
            if len(out) >= 2 and _set_apart(out[-2], out[-1], line):
                out[-2:] = [out[-2] + out[-1]]  # "…践行" / "以人民为中心发展思想" / ",在…"
            out[-1] += line
            continue
        if (
            out
            and _COPULA_GOES_ON.match(line)
            and not out[-1].endswith(_CLOSED)
            and not _HEADING_START.match(out[-1])
        ):
            if len(out) >= 2 and _EMPHASIS.match(out[-1]) and out[-2].endswith("的"):
                out[-2:] = [out[-2] + out[-1]]  # "…发展的" / "主要目标" / "是:…"
            out[-1] += line
            continue
        out.append(line)
    return out


def join_dashed_names(lines: list[str]) -> list[str]:
    """Join a name a layout broke around its dash back into one line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (
            out
            and line in _DASH_LINE
            and i + 1 < len(lines)
            and _SHORT_NAME.fullmatch(out[-1])
            and _NAME_REST.fullmatch(lines[i + 1])
        ):
            out[-1] += line + lines[i + 1]
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def join_part_subtitles(lines: list[str]) -> list[str]:
    """Join a part's title set on two lines into the one line its table of contents prints: a
    short phrase with no mark right after "第X篇 …", before a line of text; not before a heading,
    where the dev texts read it better as a heading of its own."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (
            _PART_TITLE.match(line)
            and i + 2 < len(lines)
            and _SUBTITLE.match(lines[i + 1])
            and not _HEADING_START.match(lines[i + 1])
            and not _SUBTITLE.match(lines[i + 2])
            and not _HEADING_START.match(lines[i + 2])
        ):
            out.append(f"{line} {lines[i + 1]}")
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def join_box_captions(lines: list[str]) -> list[str]:
    """Join a box's caption that a web copy sets one part a line ("专栏" / "2" / "支柱产业发展重点
    领域、重点平台", or word by word: "未来" / "产业" / "发展" / "重点领域、重点平台") into the one
    line an outline prints it as ("专栏2 支柱产业…")."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i] == "专栏" and i + 2 < len(lines) and _BOX_NUMBER.match(lines[i + 1]):
            number, caption, last = lines[i + 1], lines[i + 2], lines[i + 2]
            i += 3
            while i < len(lines) and _caption_goes_on(caption, last, lines[i]):
                last = lines[i]
                caption += last
                i += 1
            out.append(f"专栏{number} {caption}")
            continue
        out.append(lines[i])
        i += 1
    return out


_BOX_NUMBER = re.compile(r"^\d{1,2}$")
_CAPTION_PIECE = 4  # a caption's part this short goes on in the next line
_CAPTION_PART = re.compile(r"^[^\d。,;:]{1,16}$")
_CLOSING_QUOTES = ('"', "”")
_CAPTION_TAIL = 1  # a line this short after a caption is the end of its last word (…提升行 / 动)


def _caption_goes_on(caption: str, last: str, line: str) -> bool:
    """Whether ``line`` continues a box's caption: after a short part, a single character (the
    wrapped end of its last word: …提升行 / 动), or a line inside a quotation the caption opened
    ("“" / "5+2+4" / "”国际知名商圈建设行动"), but never an item's number (01)."""
    if caption.count("“") > caption.count("”") and not caption.endswith(_CLOSING_QUOTES):
        return len(line) <= 16 and "。" not in line and not _BOX_NUMBER.match(line)
    short = len(last) <= _CAPTION_PIECE or len(line) <= _CAPTION_TAIL or line in _CAPTION_HEADS
    return short and _CAPTION_PART.match(line) is not None


# The head word of a caption, wrapped alone onto the next line (关键核心技术攻关 / 行动).
_CAPTION_HEADS = frozenset({"行动", "工程", "计划", "专项行动", "行动计划"})


def _note_mark(before: str, lines: list[str], i: int) -> bool:
    after = lines[i + 1]
    goes_on = (
        after.startswith((",", "、", ";", ":", "。", ")"))
        or "。" in after
        or (i + 2 < len(lines) and _NOTE_MARK.match(lines[i + 2]) is not None)
    )
    return (
        _NOTE_MARK.match(lines[i]) is not None
        and len(before) >= _NOTED_LINE_MIN
        and not before.endswith(_SENTENCE_END)
        and not _HEADING_START.match(after)
        and goes_on
        and not _row_number(lines, i)
    )


_ROW_REACH = 8  # lines within which a table's next or last row number stands


def _row_number(lines: list[str], i: int) -> bool:
    """Whether a number on a line of its own counts the rows of a table: rows 1 … n each within a
    few lines of the one before, and the table's header (序号) a few lines before row 1 (序号 / … /
    行动一:… / 1 / “一江一河”地区… / 区规划资源局… / 2 / …)."""
    n, at = int(lines[i]), i
    while n > 1:
        near = [k for k in range(max(0, at - _ROW_REACH), at) if lines[k] == str(n - 1)]
        if not near:
            return False
        n, at = n - 1, near[-1]
    return any("".join(lines[k].split()) == "序号" for k in range(max(0, at - _ROW_REACH), at))


# A copy of a PDF breaks its lines where the page's width ends, inside sentences and names. Such a
# copy is told by its width: a good share of its lines run to within a few characters of one
# length and end no sentence. A line then goes on in the next unless it ends a sentence or is a
# heading, or the next opens a heading or an item.
_WRAP_MIN_LINES = 12  # lines of a sentence's length a page must have to be told as wrapped
_WRAP_LONG = 12  # the fewest characters of a line that counts towards the width
# A line that holds a figure alone (3.75, 450, 20%): a table's cell. Where there are as many of
# them as lines of the width, the lines of one length are cells too (金汇港东侧、南奉公路南侧绿地
# 建设), not a page's wrapped text.
_FIGURE_ONLY = re.compile(r"[\d.%]+")
_WRAP_SLACK = 3  # a wrapped line falls this many characters short of the width at most (digits)
_INDENT = 2  # a paragraph's first line is indented by two characters
_FULL_SLACK = 2  # a full line's display width falls this short of the page's at most
_WIDE_ASCII = frozenset(",;:()!?")
_WRAP_SHARE = 0.3  # the share of long lines that run to the width and end no sentence
_CLOSED = ("。", "!", "?", ";", ":", "。”", "!”", "?”")
_PAGE_PARAGRAPH = 40  # the fewest characters of a paragraph a page break may cut
_ITEM_START = re.compile(
    rf"{_HEADING_START.pattern}"
    r"|^(?:第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+(?:是|要(?![素件求务点]))|\(\d{1,2}\)|\d{1,2}(?:\.(?!\d)|、)"
    rf"|[①-⑳]|——|附件|注:|[{BULLETS}])"
)
# A table's row copied as a line, its cells apart by spaces: two figures side by side ("2 每万人口
# 高价值发明专利拥有量(件) 180.7 240左右 预期性") or a kind of indicator at its end ("6左右∗ >6
# 预期性"), or four cells or more (类别 序号 指标 2025年 2030年目标 属性). Prose has a mark in a
# line's length, and a figure between words ("达 2.77 万亿元").
_FIGURE_CELL = r"[\d.%<>≤≥∗*—\-\[\]【】]+(?:左右|以上|以下|以内)?"
_TABLE_ROW = re.compile(
    rf"^[^,。;:]*(?:(?:^| ){_FIGURE_CELL} {_FIGURE_CELL}(?: |$)|(?:预期性|约束性)$)"
    r"|^[^,。;: ]+(?: [^,。;: ]+){3,}$"  # a header's or a row's four cells or more
)
_GOES_ON = (",", "、", ";", ":", "。", ")", "”", "》", "!", "?")
# Letters a justified PDF line spreads with spaces ("现 代 化 教 育 体 系 加 快 构 建,普 惠 性").
_LETTER_SPACED = re.compile(r"(?:[\u4e00-\u9fff“”,、] ){4,}[\u4e00-\u9fff“”,、]")
_LETTER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff“”,、]) (?=[\u4e00-\u9fff“”,、])")


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Join the lines a PDF copy wraps back into paragraphs; any other text is left as it is."""
    page = _page_width(lines)
    if page is None:
        return lines
    out: list[str] = []
    last = ""  # the line as the page had it: the end of out[-1] once lines are joined
    for line in lines:
        if _LETTER_SPACED.search(line):
            line = _LETTER_SPACE.sub("", line)
        if out and _goes_on(out[-1], last, line, page):
            out[-1] += line
        else:
            out.append(line)
        last = line
    return out


def join_page_breaks(lines: list[str]) -> list[str]:
    """Join a paragraph of prose that stops inside a sentence to the line that goes on with it:
    a page break a copy kept ("…风险隐患交汇,经" / "济金融风险隐患不容忽视。…")."""
    out: list[str] = []
    for line in lines:
        if out and _broken_at_page(out[-1], line):
            out[-1] += line
        else:
            out.append(line)
    return out


def _broken_at_page(before: str, line: str) -> bool:
    """Whether ``before``, a paragraph of sentences, stops inside one that ``line`` goes on
    with: it is long, holds a full stop, ends with no mark, and ``line`` opens no item."""
    return (
        len(before) >= _PAGE_PARAGRAPH
        and "。" in before
        and "\u4e00" <= before[-1] <= "\u9fff"
        and "\u4e00" <= line[:1] <= "\u9fff"
        and ("。" in line or len(line) >= _PAGE_PARAGRAPH)
        and not _ITEM_START.match(line)
        and not _TABLE_ROW.match(before)
    )


def _page_width(lines: list[str]) -> tuple[int, int] | None:
    """(the fewest characters of a wrapped line, the display width of a full one) of a PDF
    copy, or None for text with a paragraph to a line."""
    long = [line for line in lines if len(line) >= _WRAP_LONG]
    wrapped = [line for line in long if not line.endswith(_CLOSED)]
    open_ends = Counter(len(line) for line in wrapped)
    best, width = 0, 0
    for length in open_ends:
        near = sum(n for other, n in open_ends.items() if length - _WRAP_SLACK <= other <= length)
        if near > best:
            best, width = near, length
    cells = sum(1 for line in lines if _FIGURE_ONLY.fullmatch(line))
    if best < _WRAP_MIN_LINES or best < _WRAP_SHARE * len(long) or cells >= best:
        return None  # as many lines of a figure alone: a table's cells a line each, no page
    full = Counter(_display_width(line) for line in wrapped).most_common(1)[0][0]
    return width - _WRAP_SLACK - _INDENT, full - _FULL_SLACK


def _display_width(line: str) -> int:
    """Width on the page: a Chinese character or mark two, a digit or Latin letter one (NFKC
    made the page's full-width commas ASCII)."""
    return sum(1 if ch.isascii() and ch not in _WIDE_ASCII else 2 for ch in line)


def _goes_on(para: str, line: str, after: str, page: tuple[int, int]) -> bool:
    """Whether the paragraph ``para``, whose last line on the page is ``line``, goes on in the
    line ``after``."""
    least, full = page
    if _ITEM_START.match(after) or _TABLE_ROW.search(para) or _TABLE_ROW.search(after):
        return False
    if para.endswith(_CLOSED):
        # a sentence that ends where a full line does, and a full line after it: the paragraph
        # goes on (a paragraph's first line is indented, so never full); the width is the
        # page's line's, not the paragraph's
        return _display_width(line) >= full and _display_width(after) >= full
    if after.startswith(_GOES_ON) or para.endswith((",", "、", "“", "(")):
        return True
    if _HEADING_START.match(para) and "。" not in para:
        # a heading on its own line (one with its text run in is a paragraph), unless it fills
        # the line and the short line after it is the rest of it (…体现湖北优势 / 的现代化产业体系。)
        return _display_width(line) >= full and len(after) < least
    return len(para) >= least or para.count("“") > para.count("”")


def drop_chrome(lines: list[str], chrome: Chrome) -> list[str]:
    """Remove page chrome: a Markdown copy's front matter and heading marks, chrome lines
    anywhere, and a footer block with no body text after it."""
    lines = [_BOLD.sub(r"\1", _HEADING_MARK.sub("", line)) for line in _without_front_matter(lines)]
    kept = [line for line in lines if line and not any(p.search(line) for p in chrome.lines)]
    for i, line in enumerate(kept):
        if any(p.search(line) for p in chrome.footer_starts) and not _body_follows(
            kept[i + 1 :], chrome, before=kept[:i]
        ):
            return kept[:i]
    ends = [i for i, line in enumerate(kept) if any(p.search(line) for p in chrome.body_ends)]
    if ends and not _body_follows(kept[ends[-1] + 1 :], chrome, annexes=True):
        return kept[: ends[-1] + 1]  # the signature's date ends the text; a site's menus follow
    return kept


# A Markdown copy's heading mark ("# 上海市交通委员会关于印发…的通知"): markup, not text.
_HEADING_MARK = re.compile(r"^#{1,6} ")
# A Markdown copy's bold marks ("**一、主要目标**", "**发布日期**: 2025-03-10"): markup, not text.
_BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")
# A field of a Markdown copy's front matter ("标题: …", "发布日期: 2024-11-21").
_FIELD = re.compile(r"^[^:。,]{1,16}:")
_FRONT_MATTER_MAX = 40


def _without_front_matter(lines: list[str]) -> list[str]:
    """``lines`` less the front matter a Markdown copy opens with: fields between two "---",
    and the copier's notes quoted right after it ("> 本文正文由脚本…提取", "> 依《…著作权法》…")."""
    if not lines or lines[0] != "---":
        return lines
    for i, line in enumerate(lines[1:_FRONT_MATTER_MAX], start=1):
        if line == "---":
            rest = lines[i + 1 :]
            notes = next((j for j, kept in enumerate(rest) if not kept.startswith(">")), len(rest))
            return rest[notes:]
        if not _FIELD.match(line):
            return lines
    return lines


# A date field of a copy's front matter ("发布日期: 2023-12-18", "成文日期: 2023年12月12日").
_DATE_FIELD = re.compile(r"^[^:]{0,6}日期:\s*(\d{4})(?:-|年)(\d{1,2})")


# The date a web page's chrome gives the document above its text ("发布日期: 2024-03-05",
# "时间:2026-02-02 09:30", "成文日期: 2024年03月05日"): a full date, to the day, not a task's time
# (时间:2023年5月至10月).
_PAGE_DATE = re.compile(
    r"^(?:成文日期|发布日期|发布时间|日期|时间)\s*:\s*(\d{4})(?:-|年|/|\.)(\d{1,2})(?:-|月|/|\.)\d{1,2}"
)


def front_matter_month(lines: list[str]) -> str:
    """The month (YYYY-MM) of the date a Markdown copy's front matter gives its document, else
    the date a web page's chrome gives it in the lines before its text, or ""."""
    if lines and lines[0] == "---":
        for line in lines[1:_FRONT_MATTER_MAX]:
            if line == "---":
                break
            m = _DATE_FIELD.match(line)
            if m:
                return f"{m.group(1)}-{int(m.group(2)):02d}"
    for line in lines[:_FRONT_MATTER_MAX]:
        m = _PAGE_DATE.match(line)
        if m and 1 <= int(m.group(2)) <= 12:
            return f"{m.group(1)}-{int(m.group(2)):02d}"
    return ""


def _body_follows(
    lines: list[str], chrome: Chrome, annexes: bool = False, before: Sequence[str] = ()
) -> bool:
    """Whether body text follows: a sentence of a paragraph's length, not one the page repeats
    from the lines ``before`` (a page's summary of the document); with ``annexes``, also an
    annex or a heading (附件:…, 一、…), whose table may hold no sentence."""
    if annexes and any(line.startswith(_ANNEX) or _HEADING_START.match(line) for line in lines):
        return True
    long = [s for s in lines if len(s) >= chrome.body_line_min_chars and s.endswith("。")]
    if not long or not before:
        return bool(long)
    seen = "".join(before)  # joined only where a sentence follows: "各位代表:" / "现在,…" once
    return any(line not in seen for line in long)


_ANNEX = ("附件", "附表", "附录")


def slug_for(path: Path) -> str:
    """A readable, IRI-safe document slug from the file name."""
    slug = _SLUG_DROP.sub("-", unicodedata.normalize("NFKC", path.stem)).strip("-")
    return slug or "document"


def load(path: Path, vocab: Vocab) -> Document:
    """Read one plan file into a Document; InputError for anything that is not plan text."""
    if not path.exists():
        raise InputError(path, "no such file")
    if not path.is_file():
        raise InputError(path, "not a regular file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from exc
    if not raw.strip():
        raise InputError(path, "empty file")
    text = decode(raw, path)
    if path.suffix.lower() in (".html", ".htm") or _HTML_START.match(raw[:512]):
        text = htmltext.body_text(text)
    normalised = normalise(text)
    lines = join_part_subtitles(
        join_box_captions(
            join_page_breaks(
                join_wrapped_lines(
                    join_dashed_names(
                        join_emphasis_breaks(join_note_marks(drop_chrome(normalised, vocab.chrome)))
                    )
                )
            )
        )
    )
    if not lines:
        raise InputError(path, "no plan text left after removing page chrome")
    body = "\n".join(lines)
    return Document(
        path=str(path),
        slug=slug_for(path),
        text=body,
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        issued=front_matter_month(normalised),
    )
