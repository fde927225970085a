"""Task tables pasted into a plan's text a cell a line (part of the structure stage): the
breakdown of a work plan's tasks (任务分解表, 重点任务清单) with the bodies that lead and assist
each and its steps, often one column a year (2024年工作任务 | 2025年工作计划).

    序号 / 内容 / 牵头部门 / 配合部门 / 2024年工作任务 / 2025年工作计划 / 备注   ← header cells
    一、科学编制并实施城市综合交通体系规划                                      ← a part row
    1 / 科学编制城市综合交通体系规划 / 综合规划处 / — / 1.… 2.… / 1.… 2.…    ← a row
    2 / 综合规划处 / — / 推进…。 / 推进…。                                    ← a row whose task
                                                                              cell is merged
                                                                              with the one above
A row's cells are told apart by their shape, not only by their place, since merged cells drop
out: a cell naming bodies (综合规划处, 客运处、港监处, — when there is none), a deadline
(2025年底前), the task (a short line without a full stop, first in its row), and the steps, a
column's cell being a line or a run of numbered lines (1.… 2.…, (1)…, ①…) that a new 1. ends.
A row has no more cells than the header has columns, so the table ends where its rows do: at an
item ((二)…, 一是…), another table (its caption and 序号), an annex, or a line no row takes.
Tables of indicators (指标), of powers and duties (职权, 责任事项) and of scores (评分, 扣分) are no
task tables.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import lists
from .model import Span, TaskRow, TaskTable

_NUMBER_HEAD = "序号"
_BODY_HEAD = re.compile(r"部门|处室|主体|(?:牵头|责任|配合|协同|参与|实施|主责|承办|协办|推进)单位")
_TASK_HEAD = re.compile(r"任务|内容|措施|举措|工作|计划|项目")
# Tables of indicators, of powers and duties (权责清单) and of scores (评分内容 | 评分标准 | 扣分)
# name bodies and contents too.
_OTHER_HEAD = re.compile(r"指标|职权|权力|权责|追责|责任事项|评分|扣分|得分|分值")
_DEADLINE_HEAD = re.compile(r"时限|时间|节点|期限|进度")
# A column that describes each task (举措 | 主要内容): its cells are the task's text, no steps.
_CONTENT_HEAD = re.compile(r"(?:主要|具体)?内容")
# A column that groups rows by field or area (主要领域, 区域, 板块), before the tasks' column.
_FIELD_HEAD = re.compile(r"领域|区域|片区|板块|类别|方向")
# A field's cell: a short name (外滩历史文化风貌区, 历史风貌    智慧管理).
_FIELD_CELL = re.compile(r"[^。,;:!?]{2,20}")
_YEAR = re.compile(r"\d{4}年")
_HEAD_CELL = re.compile(r"(?!\d+$)[^。,;:!?]{1,12}")
_CAPTION = re.compile(r"[^。;:!?]{2,40}(?:表|清单)")
# A part row: "一、…", or an action plan's "行动一:…" (its actions, each a group of rows).
_PART_ROW = re.compile(r"(?:行动)?([一二三四五六七八九十]+)[、:]([^。;]{2,40})")
# A cell of a column before 序号 that groups rows by their kind (任务类型: 旧区改造 / 4 / …).
_GROUP_CELL = re.compile(r"[^。,;:!?\d]{2,24}")
# How a body's name ends.
_BODY_END = re.compile(
    r"(?:处室|处|局|委|办|办公室|专班|中心|部|厅|政府|集团|公司|街道|镇|区|县|市|单位|部门|院|所|会|联|队|站)$"
)
_NONE_CELL = frozenset("—-–/无")
# A count in a cell: what a task makes (创建20个…示范小区, 建设3座…), never a body's name.
_COUNT = re.compile(r"\d+(?:个|座|家|处|所|条|项)")
# A step numbered within its cell: 1. / 1、 / (1) / ①.
_NUMBERED = re.compile(r"(?:(\d{1,2})[.、](?!\d)|\((\d{1,2})\)|([①-⑳]))")
_STOP = re.compile(
    r"附件|第[一二三四五六七八九十]+[章节]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+是"
)


@dataclass(frozen=True)
class _Layout:
    """How a table's rows are read: what its header says of them (how many cells a row has at
    most, how many of them name bodies, whether a column holds deadlines) and the verbs a task
    or step opens with (优化港口空间布局, 建设区域物流中心: a task that ends as a body's name does)."""

    width: int
    bodies: int
    deadlines: bool
    acts: tuple[str, ...]
    grouped: bool = False  # a column before 序号 groups the rows by kind (任务类型)
    field: bool = False  # a column after 序号 groups them by field or area (主要领域)


def task_tables(paragraphs: Sequence[Span], acts: tuple[str, ...]) -> list[TaskTable]:
    """Each task table pasted a cell a line: a header of cells with 序号, a column of tasks or
    steps (内容, 工作任务, 2024年工作计划) and one of bodies (牵头部门, 责任单位), of fields (主要领域)
    or, before 序号, of the rows' kinds (重点任务), then part rows (一、…) and rows that open with
    their number. ``acts`` are the verbs a task opens with."""
    out: list[TaskTable] = []
    i = 0
    while i < len(paragraphs):
        if not _number_head(paragraphs[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(paragraphs) and _HEAD_CELL.fullmatch(paragraphs[j].text):
            if _PART_ROW.fullmatch(paragraphs[j].text):
                break
            j += 1
        heads = paragraphs[i + 1 : j]
        joined = "".join(h.text for h in heads)  # a cell wrapped a word a line: 责任 / 单位
        field = _field_column(heads)
        before = paragraphs[i - 1].text if i > 0 else ""
        grouped = bool(_HEAD_CELL.fullmatch(before)) and not _CAPTION.fullmatch(before)
        if not (
            (_BODY_HEAD.search(joined) or field or grouped)
            and _TASK_HEAD.search(joined)
            and not _OTHER_HEAD.search(joined)
        ):
            i = j  # a table of indicators, of powers and duties (权力责任清单), …
            continue
        bodies = sum(1 for h in heads if _BODY_HEAD.search(h.text))
        layout = _Layout(
            len(heads), bodies, bool(_DEADLINE_HEAD.search(joined)), acts, grouped, field
        )
        rows, end = _rows(paragraphs, j, layout)
        if len(rows) >= 2:
            above = paragraphs[i - 1] if i > 0 else None
            captioned = above is not None and _CAPTION.fullmatch(above.text)
            begin = above.begin if above is not None and captioned else paragraphs[i].begin
            steps = tuple(
                h for h in heads if _YEAR.search(h.text) and not _BODY_HEAD.search(h.text)
            )
            described = not steps and any(_CONTENT_HEAD.fullmatch(h.text) for h in heads)
            out.append(TaskTable(steps, tuple(rows), begin, paragraphs[end - 1].end, described))
        i = max(end, j)
    return out


def _rows(paragraphs: Sequence[Span], pos: int, layout: _Layout) -> tuple[list[TaskRow], int]:
    """The rows from ``pos`` and the index of the line after the table. Rows count from 1, again
    after a part row where the table counts each part apart; a row ends at the next, at a part
    row, or once it has as many cells as the header has columns (a run of numbered lines is one
    cell); the table ends at a line that is none of these, or at what opens an item or another
    table (附件, (二), 一是, 序号 and its caption)."""
    rows: list[TaskRow] = []
    part: Span | None = None
    cells: list[Span] | None = None  # the lines of the row being read
    expected = 1
    at = pos
    while at < len(paragraphs):
        line = paragraphs[at]
        heading = _PART_ROW.fullmatch(line.text)
        opened = line.text == str(expected) or (line.text == "1" and cells is None and rows)
        if opened or heading:
            if cells is not None:
                rows.append(_row(part, cells, layout))
            if heading:
                part, cells = Span(line.begin + heading.start(2), line.end, heading.group(2)), None
            else:
                cells, expected = [], int(line.text) + 1
            at += 1
            continue
        if layout.grouped and cells != [] and _group_cell(paragraphs, at, expected, cells, layout):
            at += 1  # 旧区改造 before row 4: the kind of the rows after it, no cell of a row
            continue
        if cells is None or _STOP.match(line.text) or _starts_table(paragraphs, at):
            break
        if _cell_count([*cells, line], layout) > layout.width:
            break
        cells.append(line)
        at += 1
    if cells is not None:
        rows.append(_row(part, cells, layout))
    elif part is not None:
        at -= 1  # a part row with no row after it is no part of the table
    return rows, at


def _group_cell(
    paragraphs: Sequence[Span], at: int, expected: int, cells: list[Span] | None, layout: _Layout
) -> bool:
    """Whether the line at ``at``, in a table whose header has a column before 序号, is that
    column's cell: a short name right before the number of the next row (a row's task comes
    after its number), not the bodies that end the row being read (区规划资源局、各相关街镇)
    when it has none yet (产业园区 after a row's bodies is the kind of the rows after it)."""
    text = paragraphs[at].text
    bodies_due = (
        layout.bodies
        and cells is not None
        and not any(_body_cell(c.text, layout.acts) for c in cells)
    )
    return (
        bool(_GROUP_CELL.fullmatch(text))
        and not (bodies_due and _body_cell(text, layout.acts))
        and at + 1 < len(paragraphs)
        and paragraphs[at + 1].text == str(expected)
    )


def _field_column(heads: Sequence[Span]) -> bool:
    """Whether the header has a column that groups rows by field or area (主要领域) right before
    the column of tasks (重点任务或项目)."""
    return any(
        _FIELD_HEAD.search(a.text) and not _TASK_HEAD.search(a.text) and _TASK_HEAD.search(b.text)
        for a, b in zip(heads, heads[1:], strict=False)
    )


def _number_head(text: str) -> bool:
    """Whether a line is a table's header cell 序号 (also 序 号)."""
    return "".join(text.split()) == _NUMBER_HEAD


def _starts_table(paragraphs: Sequence[Span], at: int) -> bool:
    """Whether the line at ``at`` is another table's header (序号) or its caption."""
    here = paragraphs[at].text
    after = paragraphs[at + 1].text if at + 1 < len(paragraphs) else ""
    return _number_head(here) or (bool(_CAPTION.fullmatch(here)) and _number_head(after))


def _cell_starts(lines: list[Span]) -> list[bool]:
    """Whether each line opens a cell of its own: all but the numbered lines that go on with a
    run (1.… 2.…)."""
    out, last = [], 0
    for line in lines:
        number = _number(line.text)
        out.append(not (number and last and number == last + 1))
        last = number
    return out


def _cell_count(lines: list[Span], layout: _Layout) -> int:
    """How many cells a row's lines make: a run of numbered lines (1.… 2.…) is one, and a run of
    lines naming bodies fills the header's columns of bodies at most (a cell of several bodies
    takes a line each)."""
    count, named = 0, 0
    for line, starts in zip(lines, _cell_starts(lines), strict=True):
        named = named + 1 if layout.bodies and _body_cell(line.text, layout.acts) else 0
        count += named <= layout.bodies and starts
    return count


def _number(text: str) -> int:
    m = _NUMBERED.match(text)
    if m is None:
        return 0
    if m.group(3):
        return ord(m.group(3)) - ord("①") + 1
    return int(m.group(1) or m.group(2))


def _row(part: Span | None, lines: list[Span], layout: _Layout) -> TaskRow:
    field: Span | None = None
    if layout.field and len(lines) >= 2 and _FIELD_CELL.fullmatch(lines[0].text):
        field, lines = lines[0], lines[1:]  # 外滩历史文化风貌区 / 外滩·中央(179街坊)
    task: Span | None = None
    text: Span | None = None
    bodies: list[Span] = []
    deadlines: list[Span] = []
    rest: list[Span] = []
    for line in lines:
        if layout.bodies and _body_cell(line.text, layout.acts):
            bodies.append(line)
        elif layout.deadlines and lists.DEADLINE_CELL.fullmatch(line.text):
            deadlines.append(line)
        elif task is None and not bodies and not rest and _task_cell(line.text):
            task = line
        elif task is None and not bodies and not rest and _tasks_only(layout):
            task, text = _first_clause(line), line  # 推进海绵城市建设。城市建成区40%的…
        else:
            rest.append(line)
    steps: list[tuple[int, Span]] = []
    column = -1
    for line, starts in zip(rest, _cell_starts(rest), strict=True):
        column += starts  # a cell of its own: a line, or a run of numbered lines
        m = _NUMBERED.match(line.text)
        lo = m.end() if m else 0
        if line.text[lo:].strip():
            steps.append((column, Span(line.begin + lo, line.end, line.text[lo:])))
    return TaskRow(part, task, tuple(bodies), tuple(steps), tuple(deadlines), field, text)


def _tasks_only(layout: _Layout) -> bool:
    """Whether a row's one cell besides its bodies and deadline is its task (工作任务 | 推进单位):
    no column of steps or description, so a long cell is the task as it is written."""
    return layout.width - layout.bodies - layout.deadlines - layout.grouped - layout.field <= 1


def _first_clause(cell: Span) -> Span:
    """A task written as sentences is called by its first clause, as an item without a heading
    is (docs/annotation.md)."""
    end = _clause_end(cell.text, 0)
    return Span(cell.begin, cell.begin + end, cell.text[:end])


def _body_cell(text: str, acts: tuple[str, ...]) -> bool:
    """A cell naming bodies: a mark for none (—), or names apart by 、 or spaces, each ending as a
    body's does, with a note in brackets (市交通委(市道运局)) or 等 after them; not a task or step
    that ends so (建设区域物流中心, though 建设处 is a body)."""
    if text in _NONE_CELL:
        return True
    act = max((len(verb) for verb in acts if text.startswith(verb)), default=0)
    if len(text) > 80 or re.search(r"[。,;:]", text) or (act and len(text) - act >= 4):
        return False
    names = re.sub(r"\([^()]*\)", "", text).removesuffix("等")
    pieces = [p for p in re.split(r"[、\s]+", names) if p]
    return bool(pieces) and all(
        len(p) <= 30 and _BODY_END.search(p) and not _COUNT.search(p) for p in pieces
    )


def _task_cell(text: str) -> bool:
    """A task's cell: a short line that is not a sentence (科学编制城市综合交通体系规划)."""
    return 4 <= len(text) <= 40 and not re.search(r"[。;,]", text)


def step_labels(row: TaskRow) -> list[tuple[int, Span, Span]]:
    """(column, cell, label) of each of a row's steps: a step is called by its first clause; where
    two steps of the row open alike (推进岸电建设,完成10套。/ 推进岸电建设,完成20套。), by its
    clauses up to the first that tells them apart."""
    out: list[tuple[int, Span, Span]] = []
    for column, cell in row.steps:
        others = [c.text for _k, c in row.steps if c.text != cell.text]
        hi = _clause_end(cell.text, min(4, len(cell.text) - 1))  # 建岸电。: not its stop
        while hi < len(cell.text) and any(o[: hi + 1] == cell.text[: hi + 1] for o in others):
            hi = _clause_end(cell.text, hi + 1)
        out.append((column, cell, Span(cell.begin, cell.begin + hi, cell.text[:hi])))
    return out


def _clause_end(text: str, start: int) -> int:
    """Where the clause that goes on at ``start`` ends: at a comma, semicolon or full stop."""
    stop = re.search(r"[,;。]", text[start:])
    return start + stop.start() if stop else len(text)
