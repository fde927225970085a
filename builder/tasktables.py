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
column's cell being a line or a run of numbered lines (1.… 2.…) that a new 1. ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Span, TaskRow, TaskTable

_NUMBER_HEAD = "序号"
_BODY_HEAD = re.compile(r"部门|处室|主体|(?:牵头|责任|配合|协同|参与|实施|主责|承办|协办)单位")
_TASK_HEAD = re.compile(r"任务|内容|措施|举措|工作|计划|项目")
_YEAR = re.compile(r"\d{4}年")
_HEAD_CELL = re.compile(r"(?!\d+$)[^。,;:!?]{1,12}")
_CAPTION = re.compile(r"[^。;:!?]{2,40}(?:表|清单)")
_PART_ROW = re.compile(r"([一二三四五六七八九十]+)、([^。;]{2,40})")
# A cell naming bodies: one or more names apart by 、 or spaces, each ending as a body's does, or
# a mark for none.
_BODY_NAME = r"[\u4e00-\u9fffA-Za-z()]{1,30}?(?:处室|处|局|委|办|办公室|中心|部|厅|政府|集团|公司|街道|镇|各区|单位|部门|院|所|会|队|站)"
_BODY_CELL = re.compile(rf"[—\-–/无]|{_BODY_NAME}(?:[、\s]+{_BODY_NAME})*")
_DEADLINE_CELL = re.compile(r"(?:\d{4}年.{0,8}|长期|持续推进|每年|年内|\d{4}-\d{4}年?)")
_NUMBERED = re.compile(r"(\d{1,2})[.、](?!\d)")
_ROW_LINES = 16  # the most lines a row's cells take before the table is taken to have ended
_STOP = re.compile(r"附件|第[一二三四五六七八九十]+[章节]|序号$")


def task_tables(paragraphs: Sequence[Span]) -> list[TaskTable]:
    """Each task table pasted a cell a line: a header of cells with 序号, a column of tasks or
    steps (内容, 工作任务, 2024年工作计划) and one of bodies (牵头部门, 责任单位), then part rows
    (一、…) and rows that open with their number."""
    out: list[TaskTable] = []
    i = 0
    while i < len(paragraphs):
        if paragraphs[i].text != _NUMBER_HEAD:
            i += 1
            continue
        j = i + 1
        while j < len(paragraphs) and _HEAD_CELL.fullmatch(paragraphs[j].text):
            if _PART_ROW.fullmatch(paragraphs[j].text):
                break
            j += 1
        heads = paragraphs[i + 1 : j]
        if not (
            any(_BODY_HEAD.search(h.text) for h in heads)
            and any(_TASK_HEAD.search(h.text) for h in heads)
        ):
            i = j  # a table of indicators, of powers and duties (权力责任清单), …
            continue
        rows, end = _rows(paragraphs, j)
        if len(rows) >= 2:
            above = paragraphs[i - 1] if i > 0 else None
            captioned = above is not None and _CAPTION.fullmatch(above.text)
            begin = above.begin if above is not None and captioned else paragraphs[i].begin
            steps = tuple(
                h for h in heads if _YEAR.search(h.text) and not _BODY_HEAD.search(h.text)
            )
            out.append(TaskTable(steps, tuple(rows), begin, paragraphs[end - 1].end))
        i = max(end, j)
    return out


def _rows(paragraphs: Sequence[Span], pos: int) -> tuple[list[TaskRow], int]:
    """The rows from ``pos`` and the index of the line after the table."""
    rows: list[TaskRow] = []
    part: Span | None = None
    cells: list[Span] | None = None  # the lines of the row being read
    expected = 1
    at = pos
    while at < len(paragraphs):
        line = paragraphs[at]
        opened = line.text == str(expected)
        heading = _PART_ROW.fullmatch(line.text)
        if opened or heading:
            if cells is not None:
                rows.append(_row(part, cells))
            if heading:
                part, cells = Span(line.begin + heading.start(2), line.end, heading.group(2)), None
            else:
                cells, expected = [], expected + 1
            at += 1
            continue
        if cells is None or len(cells) >= _ROW_LINES or _STOP.match(line.text):
            break
        cells.append(line)
        at += 1
    if cells is not None:
        rows.append(_row(part, cells))
    elif part is not None:
        at -= 1  # a part row with no row after it is no part of the table
    return rows, at


def _row(part: Span | None, lines: list[Span]) -> TaskRow:
    task: Span | None = None
    bodies: list[Span] = []
    deadlines: list[Span] = []
    rest: list[Span] = []
    for line in lines:
        if _BODY_CELL.fullmatch(line.text):
            bodies.append(line)
        elif _DEADLINE_CELL.fullmatch(line.text):
            deadlines.append(line)
        elif task is None and not bodies and not rest and _task_cell(line.text):
            task = line
        else:
            rest.append(line)
    steps: list[tuple[int, Span]] = []
    column, last = -1, 0
    for line in rest:
        numbered = _NUMBERED.match(line.text)
        number = int(numbered.group(1)) if numbered else 0
        if not (number and last and number == last + 1):
            column += 1  # a cell of its own: a line, or a run of numbered lines
        last = number
        lo = numbered.end() if numbered else 0
        steps.append((column, Span(line.begin + lo, line.end, line.text[lo:])))
    return TaskRow(part, task, tuple(bodies), tuple(steps), tuple(deadlines))


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
        hi = _clause_end(cell.text, 4)
        while hi < len(cell.text) and any(o[: hi + 1] == cell.text[: hi + 1] for o in others):
            hi = _clause_end(cell.text, hi + 1)
        out.append((column, cell, Span(cell.begin, cell.begin + hi, cell.text[:hi])))
    return out


def _clause_end(text: str, start: int) -> int:
    """Where the clause that goes on at ``start`` ends: at a comma, semicolon or full stop."""
    stop = re.search(r"[,;。]", text[start:])
    return start + stop.start() if stop else len(text)
