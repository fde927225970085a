"""Tables of indicators pasted into a plan's text (part of the relate stage): each row's
indicator states a goal. A caption ("表1:…主要指标", "专栏1 …主要指标", "…目标任务指标"), header
cells (序号, 指标, 单位, 2025年, 属性 …), then rows — a cell a line, a row a line, or, in a table of
two columns (项目 | 指标), a label line followed by its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Span

_TABLE_CAPTION = re.compile(
    r"^(?:表|专栏)\s*[\d一二三四五六七八九十]*\s*[:.、]?.*指标|^[^。;:!?,]{1,30}指标表?$"
)
_HEADER_CELLS = (
    "序号",
    "项目",
    "指标",
    "单位",
    "类别",
    "属性",
    "类型",  # 约束性 / 预期性
    "规划",  # 近期规划 / (2030年): a header wrapped a word a line
    "目标",
    "现状",
    "基期",
    "预期",
    "备注",
    "预计",  # 2025年 / 预计, 年均/ / 累计: a header wrapped a word a line
    "累计",
    "年均",
    "板块",  # 板块 / 序号 / 指标名称: a column that groups the rows (绿化, 市容景观建设)
    "领域",
)
_YEAR_CELL = re.compile(r"^\(?(?:\d{4}年|“?十[一二三四五六七八九]五”?)")
# The kinds of an indicator, a column of their own.
_KINDS = ("预期性", "约束性")
# A value cell: a figure, a range or mark (>60, [25], —), or the indicator's kind.
_VALUE_CELL = re.compile(
    rf"^[^。;,,\u4e00-\u9fff]{{1,16}}(?:左右|以上|以下|以内)?[\]】]?$|^(?:{'|'.join(_KINDS)})$"
)


# A table of how the last plan's indicators were met (…指标完成情况一览表): results, no targets.
_REVIEW_CAPTION = re.compile(r"完成情况|实现情况|执行情况")


def states_targets(text: str, begin: int) -> bool:
    """Whether the table that opens at ``begin`` sets targets: not one whose caption says how
    the last plan's indicators were met."""
    end = text.find("\n", begin)
    return not _REVIEW_CAPTION.search(text, begin, end if end >= 0 else len(text))


def _header_cell(text: str) -> bool:
    text = "".join(text.split())  # 项  目
    return len(text) <= 12 and (
        any(h in text for h in _HEADER_CELLS) or bool(_YEAR_CELL.match(text))
    )


def indicator_tables(paragraphs: Sequence[Span]) -> list[tuple[list[Span], int, int]]:
    """(rows, first offset, end offset) of each indicator table pasted as text, from its
    caption (表1 主要指标) or, without one, its header line (指标 2025年 2030年 属性). Rows that open
    with their number (1, 2, …) are read up to where the count breaks; rows without one a
    header's width at a time, while each row is an indicator followed by value cells; a table of
    two columns (项目 | 指标) as label lines each followed by its text."""
    out: list[tuple[list[Span], int, int]] = []
    captioned = False  # whether the paragraph before is a caption
    for i, para in enumerate(paragraphs):
        caption = _TABLE_CAPTION.match(para.text) is not None
        header_only = not caption and not captioned and _header_line(para.text)
        captioned = caption
        if caption:
            j = i + 1
        elif header_only:
            j = i
        else:
            continue
        if j < len(paragraphs) and _header_line(paragraphs[j].text):
            header = paragraphs[j].text.split()
            group = len(header) if header[0] in _GROUP_HEADS else 0
            rows = _line_rows(paragraphs, j + 1, group) or _counted_rows(paragraphs, j + 1)
        else:
            while j < len(paragraphs) and _header_cell(paragraphs[j].text):
                j += 1
            first = _first_row(paragraphs, j)
            if first is not None:
                rows = _numbered_rows(
                    paragraphs, first, _between([p.text for p in paragraphs[i + 1 : j]])
                )
            else:
                rows = _rows(paragraphs, j, j - i - 1)
        end = para.end
        if j >= len(paragraphs):
            continue  # a caption that ends the text: its table was an image, or is lost
        if not rows and (j > i + 1 or _LABEL_CELL.fullmatch(paragraphs[j].text)):
            rows, end = _labelled_rows(paragraphs, j)  # no table: a heading over prose
        if rows:
            out.append(
                (rows, para.begin, _last_row_end(paragraphs, rows[-1], max(end, rows[-1].end)))
            )
    return out


def _last_row_end(paragraphs: Sequence[Span], last: Span, end: int) -> int:
    """Where the last row ends: past the cells a line each after its indicator (约束性 / % / 70以上),
    a unit only where a value follows it; the next line of text is no part of the table."""
    at = next((k for k, p in enumerate(paragraphs) if p.begin == last.begin), None)
    if at is None:
        return end
    for k in range(at + 1, min(at + _ROW_LINES, len(paragraphs))):
        text = paragraphs[k].text
        nxt = paragraphs[k + 1].text if k + 1 < len(paragraphs) else ""
        if not (_VALUE_CELL.match(text) or (len(text) <= 5 and _VALUE_CELL.match(nxt))):
            break
        end = max(end, paragraphs[k].end)
    return end


def _first_row(paragraphs: Sequence[Span], pos: int) -> int | None:
    """Where row 1 stands: at ``pos``, or after the group cells of the first rows (经济发展 /
    (7项) / 1); None when the rows are not numbered."""
    for at in range(pos, min(pos + 3, len(paragraphs))):
        if paragraphs[at].text == "1":
            return at
        if not _GROUP_CELL.match(paragraphs[at].text):
            return None
    return None


def _labelled_rows(paragraphs: Sequence[Span], pos: int) -> tuple[list[Span], int]:
    """Rows of a two-column table: a label on a line (or wrapped over two: 生态环境/综合治理, of
    which the first is the label) followed by its text (…,累计推进约100万平方米。). A label that
    only groups rows (总体目标, 任务指标) is none. Ends at a heading or a line that is neither."""
    out: list[Span] = []
    label: Span | None = None
    end = pos
    for para in paragraphs[pos:]:
        if _TABLE_END.match(para.text):
            break
        if _LABEL_CELL.fullmatch(para.text):
            if label is None and not para.text.endswith(("目标", "指标")):
                label = para
            continue
        if label is not None:
            out.append(label)
        label = None
        end = para.end
    return out, end


_LABEL_CELL = re.compile(r"[^。;:!?,\d]{2,16}")
_TABLE_END = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+(?:[章节篇]|部分))"
)


def _header_line(text: str) -> bool:
    """A table's header copied as one line, its cells apart by tabs or spaces."""
    cells = text.split()
    return len(cells) >= 2 and all(_header_cell(c) for c in cells)


def _line_rows(paragraphs: Sequence[Span], pos: int, group: int = 0) -> list[Span]:
    """Rows copied one a line ("千兆宽带用户数(万户)  640  6000  预期性"): each row's first
    cell, while the cells after it are values. Under a header of ``group`` cells that opens
    with a column of groups (类别 指标 2025年 …), a row of that many cells opens with its group
    (经济发展 地区生产总值(亿元) 5100 …); a row one short shares the group above."""
    out: list[Span] = []
    for para in paragraphs[pos:]:
        cells = para.text.split()
        if group and len(cells) == group and _GROUP_CELL.match(cells[0]):
            cells = cells[1:]
        if len(cells) > 3 and _GROUP_CELL.match(cells[0]) and _NUMBERED.match(cells[1]):
            cells = cells[1:]  # "经济发展 1.地区生产总值增长(%) …": the group's cell first
        if len(cells) > 2 and cells[0].isdigit():  # a row that opens with its number
            cells = cells[1:]
        first, *values = cells
        if not values or not _values(values) or "。" in first:
            break
        at = para.text.index(first)
        number = _NUMBERED.match(first)
        if number is not None and number.end() < len(first):
            at, first = at + number.end(), first[number.end() :]  # 1.地区生产总值增长(%)
        out.append(Span(para.begin + at, para.begin + at + len(first), first))
    return out


def _values(cells: Sequence[str]) -> bool:
    """Whether the cells after an indicator are its values: figures or marks, or, in a row that
    ends with the indicator's kind, words too ("高于GDP增长", "与经济增长基本同步", 预期性)."""
    if all(_VALUE_CELL.match(v) for v in cells):
        return True
    return cells[-1] in _KINDS and all(len(v) <= 16 and "。" not in v for v in cells)


# A row's number, alone (2) or before its indicator in the same cell (2.全员劳动生产率增长(%)).
_NUMBERED = re.compile(r"^\d{1,2}(?:[.、．]|$)")


_ROW_OPEN = re.compile(r"^(\d{1,2})(?: (\S+)|$)")
_GROUP_CELL = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}|\(\d+项\))$")  # 创新 / 发展 / (5项)
_ROW_GAP = 8  # the most lines a row's wrapped cells take before the next row's number


def _counted_rows(paragraphs: Sequence[Span], pos: int) -> list[Span]:
    """Rows of a table a PDF copy breaks up: each row opens with its number, alone on a line
    (its indicator on the lines after it, wrapped: 全社会研究与试验发展经费支出占地区生 / 产总值
    比重(%)) or before its indicator ("2 每万人口高价值发明专利拥有量(件) 180.7 240左右 预期性");
    group cells (创新 / 发展 / (5项)), wrapped values and a header repeated on a new page stand
    between rows. Each row's first indicator line is its row."""
    out: list[Span] = []
    expected, gap = 1, 0
    for at in range(pos, len(paragraphs)):
        para = paragraphs[at]
        opened = _ROW_OPEN.match(para.text)
        if opened and int(opened.group(1)) == expected:
            expected, gap = expected + 1, 0
            if opened.group(2):
                begin = para.begin + opened.start(2)
                out.append(Span(begin, begin + len(opened.group(2)), opened.group(2)))
            elif at + 1 < len(paragraphs):
                out.append(_wrapped_cell(paragraphs, at + 1))
            continue
        gap += 1
        if gap > _ROW_GAP or not out and not _GROUP_CELL.match(para.text):
            break
    return out if len(out) >= 2 else []


_VALUE_START = re.compile(rf"^(?:[\d—\-<>≤≥【\[]|{'|'.join(_KINDS)})")


def _wrapped_cell(paragraphs: Sequence[Span], at: int) -> Span:
    """An indicator's cell, which may wrap onto the next line (…占地区生 / 产总值比重(%)); its
    span then holds the line break."""
    first = paragraphs[at]
    if " " in first.text or at + 1 >= len(paragraphs):
        cell = first.text.split()[0]
        return Span(first.begin, first.begin + len(cell), cell)
    nxt = paragraphs[at + 1]
    rest = nxt.text.split()[0]
    if _VALUE_START.match(rest) or _ROW_OPEN.match(nxt.text) or nxt.begin != first.end + 1:
        return first
    return Span(first.begin, nxt.begin + len(rest), first.text + "\n" + rest)


def _between(header: Sequence[str]) -> int:
    """How many columns stand between a table's indicator and its kind (约束性 / 预期性), from its
    header: 指标名称 / 指标单位 / 2025年目标值 / 属性 puts two there, 指标项 / 单位 / 类型 one. A
    header cell wrapped a word a line (指标 / 属性) is one cell (指标属性)."""
    header = _unwrapped(header)
    names = [k for k, cell in enumerate(header) if _INDICATOR_HEAD.search(cell)]
    kinds = [k for k, cell in enumerate(header) if "属性" in cell] or [
        k for k, cell in enumerate(header) if cell in ("类型", "类别")
    ]
    later = [k for k in kinds if names and k > names[0]]
    if later:
        return later[0] - names[0] - 1
    return int(any("单位" in cell for cell in header))  # a unit's column, before the kind


# Header cells over a first column that groups the rows (类别 / 经济发展, 领域, 板块).
_GROUP_HEADS = ("类别", "领域", "板块")
_INDICATOR_HEAD = re.compile(r"指标(?!单位|属性|类别|类型)|项目")
_HEAD_TAILS = ("单位", "属性", "类别", "类型")


def _unwrapped(header: Sequence[str]) -> list[str]:
    """Header cells with a cell wrapped onto the next line put back together (指标 / 属性)."""
    out: list[str] = []
    for cell in header:
        if out and out[-1] == "指标" and cell in _HEAD_TAILS:
            out[-1] += cell
        else:
            out.append(cell)
    return out


def _numbered_rows(paragraphs: Sequence[Span], pos: int, between: int = 0) -> list[Span]:
    """Rows that open with their number on a line of its own, the indicator on the next; a row
    whose indicator is split into parts (每千人口拥有医护人员数 / 执业医师数(人) / 4.9 / … /
    注册护士数(人) / …) gives each part, with its unit, as a row too."""
    out: list[Span] = []
    expected = 1
    while pos + 1 < len(paragraphs) and paragraphs[pos].text == str(expected):
        nxt = pos + 1
        while nxt < len(paragraphs) and not _opens_row(paragraphs, nxt, expected + 1):
            nxt += 1
            if nxt - pos > _ROW_LINES:
                break
        out.append(_indicator(paragraphs[pos + 1 : nxt], between))
        out.extend(_part_rows(paragraphs[pos + 2 : nxt]))
        expected += 1
        pos = nxt
    return out


def _opens_row(paragraphs: Sequence[Span], at: int, number: int) -> bool:
    """Whether row ``number`` opens at ``at``: its number, and after it a cell that is no value
    (a value of the row before may be that number: 处 / 4 / 预期性)."""
    after = paragraphs[at + 1].text if at + 1 < len(paragraphs) else ""
    return paragraphs[at].text == str(number) and not _VALUE_CELL.match(after)


# The most lines a row takes: its indicator, two parts with their values (X / A(人) / 4 values /
# B(人) / 4 values) and the next group's cells.
_ROW_LINES = 16
_UNIT_END = re.compile(r"[\u4e00-\u9fff][^()]*\([^()]{1,12}\)$")


def _indicator(lines: Sequence[Span], between: int = 0) -> Span:
    """A numbered row's indicator: the line after its number, or, where a group cell opens the
    row (1 / 水安全 / 城镇雨水排水…占比 / 预期性 / …), the line ``between`` + 1 before the
    indicator's kind, past the columns that stand between them (5 / 保护修缮 / 住宅修缮面积 /
    万平方米 / 30 / 约束性)."""
    kind = next((k for k, line in enumerate(lines) if line.text in _KINDS), 0)
    before = kind - 1 - between
    return lines[before] if before >= 1 and _GROUP_CELL.match(lines[0].text) else lines[0]


def _part_rows(lines: Sequence[Span]) -> list[Span]:
    """The parts of a row whose indicator has no values of its own: lines that name a measure
    with its unit (执业医师数(人)), each followed by a value."""
    if not lines or not _UNIT_END.match(lines[0].text):
        return []
    return [
        line
        for line, after in zip(lines, lines[1:], strict=False)
        if _UNIT_END.match(line.text) and _VALUE_CELL.match(after.text)
    ]


def _rows(paragraphs: Sequence[Span], pos: int, width: int) -> list[Span]:
    out: list[Span] = []
    while width >= 2 and pos + width <= len(paragraphs):
        first, *values = paragraphs[pos : pos + width]
        if _VALUE_CELL.match(first.text) or len(first.text) > 40 or "。" in first.text:
            break
        if not all(_VALUE_CELL.match(cell.text) for cell in values):
            break
        out.append(first)
        pos += width
    return out
