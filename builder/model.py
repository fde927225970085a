"""Plain data passed between the pipeline stages (load → structure → recognize → relate → emit).

Offsets are Python string indices (Unicode code points) into ``Document.text``, the normalised
text, so ``doc.text[span.begin:span.end] == span.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """A plan document after loading: normalised body text without page chrome."""

    path: str
    slug: str
    text: str
    sha256: str
    title: str = ""
    issued: str = ""  # YYYY-MM of the date a copy's front matter gives (发布日期), else ""


@dataclass(frozen=True)
class Span:
    begin: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    index: int
    span: Span
    paragraph: int


@dataclass(frozen=True)
class Block:
    """A structural unit: a section (一、), a numbered item (1、/(一)) or a headed item (X:…).

    ``heading`` is the title span; ``body`` the text the unit governs (heading excluded).
    ``kind`` is the cue-derived role (measure, phase, safeguard, …) or "" when unknown.
    """

    level: str  # "section" (篇/章/节/一、) | "item" ((一)/1./(1)/①) | "headed" (run-in, 一是, X:)
    number: str
    heading: Span
    body: Span
    kind: str = ""
    role: str = ""  # "container" (titles a group), "element" (one member), "part" (inside one)
    parent: int = -1  # index of the enclosing block in Structure.blocks, -1 at the top


@dataclass(frozen=True)
class TaskRow:
    """A row of a task table: the part row (一、…) it stands under, its task (None when the cell
    is merged with the row above's), the cells naming the bodies that lead and assist it, its
    steps, each with the index of its column among the table's (-1 and up, in the row's order),
    and the cells of its deadline (2025年底前); ``field`` is its cell of the column that groups
    rows by field or area (主要领域: 外滩历史文化风貌区), None when merged with the row above's."""

    part: Span | None
    task: Span | None
    bodies: tuple[Span, ...]
    steps: tuple[tuple[int, Span], ...]
    deadlines: tuple[Span, ...] = ()
    field: Span | None = None
    text: Span | None = None  # the task's whole cell, when ``task`` is its first clause


@dataclass(frozen=True)
class TaskTable:
    """A task table pasted as text: the heads of its columns of dated steps (2024年工作任务,
    2025年工作计划), in order, and its rows; ``begin``/``end`` bound it, caption included;
    ``described`` when its one column besides the tasks describes them (主要内容)."""

    columns: tuple[Span, ...]
    rows: tuple[TaskRow, ...]
    begin: int
    end: int
    described: bool = False  # its cells describe each task (举措 | 主要内容): no steps of it


@dataclass(frozen=True)
class Structure:
    doc: Document
    paragraphs: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    blocks: tuple[Block, ...]
    starts: tuple[int, ...] = ()  # sentence begin offsets, for bisecting
    # indicator tables pasted as text: (rows, first offset, end offset) each
    tables: tuple[tuple[list[Span], int, int], ...] = ()
    # notes to a table or text ("注:1.…,即…"): (first offset, end offset) each
    notes: tuple[tuple[int, int], ...] = ()
    task_tables: tuple[TaskTable, ...] = ()
    # the cells under a column of bodies (责任单位) of tables pasted a row a line: (begin, end) each
    body_cells: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class EntityKey:
    """What identifies an entity: its class local name and its canonical zh label."""

    cls: str
    label: str
    scope: str = ""  # "" for shared entities; the plan key for plan-specific ones


@dataclass
class Entity:
    key: EntityKey
    label_en: str = ""
    aliases: tuple[str, ...] = ()
    broader: str = ""
    attrs: dict[str, str] = field(default_factory=dict)

    def add_alias(self, alias: str) -> None:
        """Also call the entity ``alias`` (once)."""
        if alias not in self.aliases:
            self.aliases = (*self.aliases, alias)


@dataclass(frozen=True)
class Mention:
    key: EntityKey
    span: Span
    sentence: int


@dataclass(frozen=True)
class Relation:
    subject: EntityKey
    predicate: str  # local name in the plankg namespace, or a CURIE such as "skos:broader"
    obj: EntityKey
    sentence: int


@dataclass(frozen=True)
class Interval:
    """A dated period: begin/end as 'YYYY' or 'YYYY-MM'."""

    begin: str
    end: str


@dataclass(frozen=True)
class Link:
    """A link from an entity to reference data or an external identifier, with its justification
    (a SEMAPV term) and its source (a dataset or the curated vocabulary), not a sentence.

    ``target`` is (kind, value): ("division", "310106"), ("gbt4754-2017", "J"), ("iri", "http://…")
    or ("entity", "") with ``target_key`` set."""

    subject: EntityKey
    predicate: str
    target: tuple[str, str]
    justification: str
    source: str
    comment: str = ""
    target_key: EntityKey | None = None


@dataclass
class Extraction:
    """Everything found in one document, ready for emit."""

    structure: Structure
    plan: EntityKey
    entities: dict[EntityKey, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    intervals: dict[EntityKey, tuple[Interval, int]] = field(default_factory=dict)
    target_years: list[tuple[EntityKey, str, int]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    notes: list[tuple[EntityKey, str]] = field(default_factory=list)
