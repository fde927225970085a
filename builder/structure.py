"""Stage 2 — structure: paragraphs, sentences and blocks, each with offsets into the text.

Blocks are the units plans are written in: sections (一、 / 第一章), numbered items ((一) / 1、 /
第一节) and headed paragraphs ("构筑…新优势:…"). Each block gets a role (``kind``: Measure, Phase,
Safeguard, …) from cue words in its own heading, in its section's heading, or in a lead sentence
("…的重点举措有:"); the cues live in data/vocab/cues.yaml.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .model import Block, Document, Sentence, Span, Structure
from .vocab import Vocab

_NUM = "一二三四五六七八九十百零〇"
_LEVELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^(?:第([{_NUM}\d]+)[章篇编部分]|([{_NUM}]+)、)\s*")),
    (2, re.compile(rf"^(?:第([{_NUM}\d]+)节\s*|\(([{_NUM}]+)\)\s*)")),
    (3, re.compile(r"^(?:(\d{1,2})[、.](?!\d)|\((\d{1,2})\))\s*")),
)
_HEADED = re.compile(r"([^,。;:“”《》、()\s\d]{2,24}):(?=\S)")
# Work reports enumerate as "一是加快…,…;二是…": each "N是" opens a headed item.
_ENUMERATED = re.compile(r"[一二三四五六七八九十]+是([^,。;:]{2,40})(?=[,。;])")
_SENTENCE_END = re.compile(r"[^。!?]*(?:[。!?]+|$)")
_HEADING_END = re.compile(r"[。:;!?]")
_LEVEL_NAMES = {1: "section", 2: "item", 3: "item", 4: "headed"}


def paragraphs(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line:
            spans.append(Span(pos, pos + len(line), line))
        pos += len(line) + 1
    return spans


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


def _cue_kind(text: str, vocab: Vocab) -> str:
    for kind, cues in vocab.cues.kinds():
        if any(cue in text for cue in cues):
            return kind
    return ""


def _numbered(para: Span) -> tuple[int, str, int] | None:
    """(level, number, offset after the number) for a numbered paragraph."""
    for level, pattern in _LEVELS:
        m = pattern.match(para.text)
        if m:
            return level, next(g for g in m.groups() if g), m.end()
    return None


def _heading_span(para: Span, start: int, level: int) -> tuple[Span, int]:
    """The heading of a numbered paragraph and the offset where its own text continues."""
    rest = para.text[start:]
    if level == 1 and len(rest) <= 40 and "。" not in rest.rstrip("。"):
        end = len(rest.rstrip("。"))
        return Span(para.begin + start, para.begin + start + end, rest[:end]), len(para.text)
    m = _HEADING_END.search(rest)
    end = m.start() if m else len(rest)
    if end > 40:
        comma = rest.find(",")
        end = comma if 0 < comma < end else end
    text = rest[:end]
    return Span(para.begin + start, para.begin + start + end, text), start + end + (1 if m else 0)


def _raw_blocks(paras: list[Span]) -> Iterator[tuple[int, str, Span, int, int]]:
    """(level, number, heading, body begin, paragraph index) of numbered and headed blocks."""
    for index, para in enumerate(paras):
        numbered = _numbered(para)
        if numbered:
            level, number, start = numbered
            heading, after = _heading_span(para, start, level)
            yield level, number, heading, para.begin + min(after, len(para.text)), index
            search_from = after
        else:
            search_from = 0
        yield from _headed_in(para, search_from, index)


def _headed_in(para: Span, start: int, index: int) -> Iterator[tuple[int, str, Span, int, int]]:
    found = []
    for pattern in (_HEADED, _ENUMERATED):
        for m in pattern.finditer(para.text, start):
            at = m.start()
            if at not in (0, start) and para.text[at - 1] not in "。;":
                continue
            heading = Span(para.begin + m.start(1), para.begin + m.end(1), m.group(1))
            found.append((4, "", heading, para.begin + m.end(1) + 1, index))
    yield from sorted(found, key=lambda item: item[2].begin)


def blocks(text: str, paras: list[Span], vocab: Vocab) -> list[Block]:
    """Blocks with bodies running to the next block of the same or a higher level."""
    raw = list(_raw_blocks(paras))
    text_end = paras[-1].end if paras else 0
    result: list[Block] = []
    stack: list[tuple[int, Block]] = []
    lead_kind, lead_para = "", -2
    for i, (level, number, heading, body_begin, p_index) in enumerate(raw):
        body_end = _body_end(raw, i, paras, text_end)
        while stack and stack[-1][0] >= level:
            stack.pop()
        if p_index > 0 and paras[p_index - 1].text.endswith(":"):
            lead_kind, lead_para = _cue_kind(paras[p_index - 1].text, vocab), p_index
        own = _cue_kind(heading.text, vocab)
        parent = stack[-1][1] if stack else None
        inherited = lead_kind if level == 4 and p_index == lead_para else ""
        task = heading.text.startswith(tuple(vocab.cues.words("measure_verbs")))
        kind, role = _role(level, own, parent, inherited, task)
        body = Span(body_begin, body_end, text[body_begin:body_end])
        block = Block(_LEVEL_NAMES[level], number, heading, body, kind, role)
        result.append(block)
        stack.append((level, block))
    return result


def _role(level: int, own: str, parent: Block | None, lead: str, task: bool) -> tuple[str, str]:
    """(kind, role) where role is "container" (a titled group) or "element" (one member).

    ``task`` says the heading opens with a verb of the genre ("加快…", "做强…"): in a plan outline
    whose chapters carry no role cue, such numbered items are the plan's measures."""
    if level == 1:
        return own, "container"
    if parent is not None and parent.role == "element":
        return parent.kind, "part"
    if lead:
        return lead, "element"
    if parent is not None and parent.kind:
        return parent.kind, "element"
    if own and level < 4:
        return own, "container"
    if task and level in (2, 3):
        return "Measure", "element"
    return "", ""


def _body_end(
    raw: list[tuple[int, str, Span, int, int]], i: int, paras: list[Span], end: int
) -> int:
    level, _, _, _, p_index = raw[i]
    for other_level, _, heading, _, other_para in raw[i + 1 :]:
        if level == 4 and other_para != p_index:
            return paras[p_index].end
        if other_level <= level or (level == 4 and other_level == 4):
            return heading.begin if other_level == 4 else paras[other_para].begin - 1
    return paras[p_index].end if level == 4 else end


def analyse(doc: Document, vocab: Vocab) -> Structure:
    paras = paragraphs(doc.text)
    sents = sentences(paras)
    starts = tuple(s.span.begin for s in sents)
    return Structure(doc, tuple(paras), tuple(sents), tuple(blocks(doc.text, paras, vocab)), starts)


def sentence_index(structure: Structure, offset: int) -> int:
    """Index of the sentence containing ``offset``."""
    return max(0, bisect.bisect_right(structure.starts, offset) - 1)
