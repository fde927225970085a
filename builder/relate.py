"""Stage 4 — relate: plan elements (measures, phases, goals, …) and the relations between entities.

Elements come from blocks whose role is "element" (see structure.py) and from sentence patterns
of the genre (situation lists, achievement lists, goal sentences, safeguard enumerations, in
data/vocab/cues.yaml). Every relation carries the index of the sentence that supports it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

from . import dates, indicators, lists, structure, tasktables, titles
from .gazetteer import Candidate
from .model import (
    Block,
    Entity,
    EntityKey,
    Extraction,
    Interval,
    Mention,
    Relation,
    Sentence,
    Span,
    Structure,
    TaskRow,
)
from .recognize import Recognition
from .structure import sentence_index
from .titles import PlanInfo
from .vocab import Vocab

SHARED = (
    "Industry",
    "Zone",
    "Enterprise",
    "GovernmentBody",
    "Organization",
    "AdministrativeArea",
    "PolicyConcept",
    "PolicyDocument",
)
_ENUMERATOR = re.compile(r"^[一二三四五六七八九十]+是")  # "一是联勤联动机制不断强化"
# A heading of a report's part about the years ahead ("“十五五”时期主要目标任务", "今后五年…"), not
# this year's work.
_YEARS_AHEAD = re.compile(r"十[一二三四五六七]五|[三五]年|时期")
# What follows a date that is a deadline ("2025年年底前"): the phase ends by then.
_BEFORE = ("前", "以前", "之前")
_UNTIL = ("至", "到")


def _by_deadline(text: str, end: int, begin: int = 0) -> bool:
    """Whether the date from ``begin`` to ``end`` is a deadline: "…前" after it, also after the
    month's end it names (2026年6月底前), or "至" before it ("即日起至2023年11月")."""
    return text[end:].lstrip("底末").startswith(_BEFORE) or text[:begin].endswith(_UNTIL)


def _forms(mention: str, key: EntityKey) -> list[str]:
    """The forms a mention names its entity by: the mention, and for a quoted concept named with
    the field before it (产业提质升级“1+9”行动) also from the quote on (“1+9”行动)."""
    forms = [mention] if len(mention) >= 2 else []
    quote = mention.find("“")
    if key.cls == "PolicyConcept" and quote > 0 and mention[quote:].strip("“”") != key.label:
        forms.append(mention[quote:])
    return forms


# A note on who does a task that closes its paragraph ("…。(牵头单位:县农业农村局;配合单位:…)").
# (A text pasted flat may leave the bracket that closes it to the next item.)
_CLOSING_NOTE = re.compile(
    rf"\([^()]*(?:单位|部门|{'|'.join(lists.LEADING_ROLES + lists.ASSISTING_ROLES)})[^()]*\)?\s*$"
)
# A note on who does all the items before it: "以上任务由…牵头", "(以上任务责任单位:…)".
_ON_ALL = re.compile(r"\(?(?:以上|上述)(?:任务|工作)")
# A counted stage and the name it gives itself in brackets ("第一阶段(动员部署)").
_CALLED_STAGE = re.compile(r"(第[一二三四五六七八九十]+阶段)\(([\u4e00-\u9fff]{2,12})\)")
# What names a stage after its time ("2024年3月至4月,为宣传发动阶段").
_STAGE_AFTER_DATE = re.compile(
    r"(?:年?底|年?末)?(?:以前|之前|前)?[,:]?(?:为|是)?([\u4e00-\u9fff]{2,12}阶段)"
)


def _stage_after_date(label: str) -> re.Match[str] | None:
    """A stage's heading that opens with its time and then names the stage: the name."""
    found = dates.find_interval(label, dates.ANY_YEAR)
    if found is None or found[1] != 0:
        return None
    return _STAGE_AFTER_DATE.fullmatch(label, found[2])


def _named_after(text: str, begin: int, end: int) -> Span | None:
    """The name a stage gives itself in its text: its first clause, when short ("集中整治。全面
    排查。"), without the time in brackets after it ("动员部署(6月)。")."""
    m = _STAGE_NAMED.match(text, begin, end)
    return Span(m.start(1), m.end(1), m.group(1)) if m else None


# The kinds of trouble, which exclude each other: a weakness at home, a risk from outside.
_OTHER_TROUBLE = {"Bottleneck": "Challenge", "Challenge": "Bottleneck"}
# The year a review's result is of, before it ("过去一年,全市经济运行稳中有进").
_YEAR_PAST = re.compile(r"(?:过去一年|一年来),")
# A step counted alone ("第一步,到2022年底,完成试点"): also called by its first clause.
_COUNTED_STEP = re.compile(r"第[一二三四五六七八九十]+步$")
# A step's number before its date ("1.2024年8月底前", "(2)2025年…", "一是2024年…").
_STEP_NUMBER = re.compile(r"^\s*(?:\(?\d{1,2}[.、)]|[一二三四五六七八九十]+[、是])\s*")
# Where a phase's steps part: lines, sentences, or clauses after a semicolon ("…;2025年6月底前,…").
_STEP_SPLIT = re.compile(r"[\n。;]")
# A stage counted by its ordinal alone ("第一阶段", "第一步"), and the name its text opens with,
# the time in brackets after it left out ("动员部署(6月)。").
_ORDINAL_STAGE = re.compile(r"第[一二三四五六七八九十\d]+(?:阶段|步)")
_STAGE_NAMED = re.compile(r"\s*([^,。;:\n()]{2,12})(?:\([^()]*\d[^()]*\))?(?=[,。;:\n]|$)")
# What joins a stage's ordinal to the name it then gives itself ("第一阶段:排查摸底").
_RUN_IN = re.compile(r"[:,]\s*[^,。;:\n()]+")


# A heading that names what its items speak to ("关于主要目标指标" in a report on a draft).
_TOPIC = "关于"


_SECTOR_WORD = re.compile(r"(?<=[^业])(?:产业|行业)$")


def _sector_stem(key: EntityKey) -> tuple[str, ...]:
    """An industry named "X产业" or "X行业" is also called X (数控机床产业 is 数控机床), where X is
    a name of its own: two characters or more, not itself a sector word (服务业产业)."""
    if key.cls != "Industry" or key.scope:
        return ()
    m = _SECTOR_WORD.search(key.label)
    return (key.label[: m.start()],) if m and m.start() >= 2 else ()


# A year as the text writes it (2023年, 2024—2026年: the first).
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})(?:年|\s*[—–-])")
# "2019年1月17日在高阳县第十七届人民代表大会第三次会议上": the day a work report is given.
_SESSION_DATE = re.compile(r"(\d{4})年\d{1,2}月\d{1,2}日在.{2,24}?人民代表大会")
# A section on the plan's period and its horizons (规划期限, 分期实施).
_ON_PERIODS = re.compile(r"期限|分期")


class Relator:
    def __init__(
        self, structure: Structure, info: PlanInfo, recognition: Recognition, vocab: Vocab
    ) -> None:
        self.st = structure
        self.text = structure.doc.text
        self.vocab = vocab
        self.info = info
        # a work report's goals are the targets it lists as such, not its vision for 2035
        self.vision = not info.report
        own = info.title_span
        notice = self.text[: titles.opening(structure)]  # where the issuer is named
        self.mentions = [  # the plan's own title, or a piece of it (社会发展…规划纲要), is no citation
            m
            for m in recognition.mentions
            if not (
                m.cls == "PolicyDocument"
                and (
                    titles.same_title(m.label, info.title, notice)  # 管理 “十三五”规划
                    or (own is not None and own.begin <= m.begin < own.end)
                    or (  # 《政府工作报告》有关内容…, 本《政府工作报告》; not 国务院《政府工作报告》
                        info.report
                        and m.label == "政府工作报告"
                        and self.text[max(0, m.begin - 2) : m.begin - 1] in ("", "\n", "本", "此")
                    )
                )
            )
        ]
        self._begins = [m.begin for m in self.mentions]  # resolve() sorts them, without overlaps
        self.methods = recognition.methods
        self.phase_ends: dict[int, str] = {}  # parent block → where its last dated phase ends
        # parent block → its dated phases in order, each with whether a deadline dates it
        self.timelines: dict[int, list[tuple[EntityKey, bool]]] = {}
        self.said_to_start: set[EntityKey] = set()  # phases whose time says they start then (起)
        self.aliases = recognition.aliases
        self.block_keys: dict[int, EntityKey] = {}
        blocks = structure.blocks  # by where they start, for innermost_element
        self.parents = frozenset(b.parent for b in blocks)  # blocks with items of their own
        self._order = sorted(range(len(blocks)), key=lambda i: blocks[i].heading.begin)
        self._starts = [blocks[i].heading.begin for i in self._order]
        self.plan = EntityKey("Plan", info.title)
        self.out = Extraction(structure=structure, plan=self.plan)
        self.goal_year: tuple[str, int] | None = None
        self.seen: set[Relation] = set()
        self.keys: dict[tuple[str, str], EntityKey] = {}  # a mention's class and name → its key
        self.clause_listed = -1  # a sentence of troubles read clause by clause: no more lists
        self.seen_paragraph = -1  # a paragraph that opens saying it sees troubles (清醒认识到)
        self.weighed_paragraphs: set[int] = set()  # sentences (begin) of situation_paragraphs
        self.stepped: set[int] = set()  # sentences (begin) a timetable made phases of

    # -- helpers ----------------------------------------------------------------------------
    def span(self, begin: int, end: int) -> Span:
        return Span(begin, end, self.text[begin:end])

    def sentence(self, offset: int) -> int:
        return sentence_index(self.st, offset)

    def entity(self, key: EntityKey, span: Span | None) -> EntityKey:
        if key not in self.out.entities:
            self.out.entities[key] = self._new_entity(key)
        entity = self.out.entities[key]
        if span is not None and span.text != key.label and not key.scope:
            for form in _forms(span.text, key):  # other forms the text names it by
                entity.add_alias(form)
        if span is not None and span.end > span.begin:
            self.out.mentions.append(Mention(key, span, self.sentence(span.begin)))
        return key

    def _new_entity(self, key: EntityKey) -> Entity:
        entry = self.vocab.lookup(key.label) if not key.scope else None
        if entry is None or entry.label != key.label:
            known = self.aliases.get(key.label, ()) if key.cls == "Zone" and not key.scope else ()
            return Entity(key, aliases=_sector_stem(key) + known)
        return Entity(key, entry.en, entry.aliases, entry.broader)

    def relate(self, subject: EntityKey, predicate: str, obj: EntityKey, offset: int) -> None:
        rel = Relation(subject, predicate, obj, self.sentence(offset))
        if rel not in self.seen:
            self.seen.add(rel)
            self.out.relations.append(rel)

    def element(self, kind: str, label: str, span: Span, method: str = "sentence") -> EntityKey:
        if (
            kind == "Measure"
            and EntityKey("Safeguard", label, self.plan.label) in self.out.entities
        ):
            kind = "Safeguard"  # an annex's table of tasks repeats a safeguard's item
        key = self.entity(EntityKey(kind, label, self.plan.label), span)
        entity = self.out.entities[key]
        entity.attrs.setdefault("foundBy", method)
        first = re.split(r"[,;]", label, maxsplit=1)[0]
        if (lead := _YEAR_PAST.match(label)) is not None:  # "过去一年,全市经济运行稳中有进": the
            rest = label[lead.end() :]  # result without its year; the year alone names nothing
            first = rest if "," not in rest else label
        if first != label and len(first) >= 4:
            entity.add_alias(first)  # an item is also called by its first clause
        self.relate(self.plan, "has" + kind, key, span.begin)
        if (
            method == "sentence"
        ):  # a clause item involves what it names; a block's body is done apart
            self.block_relations_in(key, kind, span.begin, span.end)
        return key

    def mentions_in(self, begin: int, end: int, *classes: str) -> list[Candidate]:
        out = []
        mentions = self.mentions
        for i in range(bisect_left(self._begins, begin), len(mentions)):
            m = mentions[i]
            if m.begin > end:
                break
            if m.end <= end and m.cls in classes:
                out.append(m)
        return out

    def key_of(self, m: Candidate) -> EntityKey:
        key = self.keys.get((m.cls, m.label))
        if key is None:
            key = self.keys[m.cls, m.label] = self._key_of(m.cls, m.label)
        return key

    def _key_of(self, cls: str, label: str) -> EntityKey:
        key = EntityKey(cls, label)
        stem = _sector_stem(key)  # 低空经济产业 where the text names 低空经济 too: one sector
        if stem and stem[0] in self.sectors:
            return EntityKey(cls, stem[0])
        if cls == "GovernmentBody" and label in self.placed_bodies:
            return EntityKey(cls, self.placed_bodies[label])  # 市财政局 is 临江市财政局
        return key

    @functools.cached_property
    def placed_bodies(self) -> dict[str, str]:
        """Bodies the text names both with their place and by their level alone (临江市财政局 and
        市财政局, 中共北京市委 and 市委): the short name's full one, where only one is named."""
        bodies = {m.label for m in self.mentions if m.cls == "GovernmentBody"}
        places = {m.label for m in self.mentions if m.cls == "AdministrativeArea"}
        out = {}
        for short in bodies:
            longer = [b for b in bodies if b.endswith(short) and b != short]
            if len(longer) == 1:  # 区财政局 of 静安区财政局 and 普陀区财政局 is either
                place = longer[0].removeprefix("中共")[: -len(short)] + short[0]
                if place in places:
                    out[short] = longer[0]
        return out

    @functools.cached_property
    def body_cells(self) -> _Cover:
        """The cells under a column of bodies (责任单位) of the text's tables pasted a row a line."""
        return _Cover(self.st.body_cells)

    @functools.cached_property
    def sectors(self) -> frozenset[str]:
        """The names of the industries the text mentions."""
        return frozenset(m.label for m in self.mentions if m.cls == "Industry")

    # -- the stages -------------------------------------------------------------------------
    def run(self) -> Extraction:
        self.plan_facts()
        self.shared_entities()
        self.issued_documents()
        self.concept_parts()
        for index, block in enumerate(self.st.blocks):
            if block.role == "element" and block.kind in _ELEMENT_KINDS:
                self.block_element(index, block)
            elif (
                block.role == "container"
                and block.kind in _PROSE_KINDS
                and index not in self.parents
            ):
                self.prose_items(block)
            elif (
                block.role == "container"
                and block.kind in structure.SITUATION_KINDS
                and index not in self.parents
            ):
                self.situation_items(block)
            elif block.role == "container" and block.kind == "Phase" and index not in self.parents:
                self.dated_steps(block)
            elif block.role == "container" and block.kind == "Achievement":
                self.paragraph_results(block)
        self.situation_paragraphs()
        self.horizon_lists()
        self.timeline_ends()
        self.self_building()
        self.task_tables()
        tables = self.st.tables
        for row in (
            row for rows, b, _e in tables if indicators.states_targets(self.text, b) for row in rows
        ):
            key = self.element("Goal", row.text.replace("\n", ""), row)  # a wrapped cell
            self.block_relations_in(key, "Goal", row.begin, row.end)
        # a row's text sets no goals of its own, nor do the notes that explain the rows
        in_table = _Cover(
            [
                *((b, e) for _rows, b, e in tables),
                *self.st.notes,
                *((t.begin, t.end) for t in self.st.task_tables),
            ]
        )
        goal_paragraph = -1
        dated_run = -1  # a run-in goal's paragraph that goes on with dated goals of its own
        led_into = -1  # the paragraph a goal sentence's colon leads into ("主要预期目标是:")
        headline: tuple[int, EntityKey] | None = None  # a goals paragraph's opening goal
        headed = {  # paragraphs that open an item of the outline: the item says what it is
            self.st.sentences[self.sentence(b.heading.begin)].paragraph for b in self.st.blocks
        }
        dated: tuple[int, str] | None = None  # (paragraph, year) of the last dated targets
        inside = _Cover(  # a plan element's text (a block of principles, 总体要求, is none)
            (b.heading.begin, b.body.end)
            for b in self.st.blocks
            if b.role == "element" and b.kind in _ELEMENT_KINDS and b.kind != "Goal"
        )
        in_goals = _Cover(  # a section of goals written as prose, sentence after sentence
            (b.body.begin, b.body.end)
            for i, b in enumerate(self.st.blocks)
            if b.role == "container" and b.kind == "Goal" and i not in self.parents
        )
        goal_bodies = _Cover(  # "高质量发展成效显著,经济能级量级更高。正文…": a goal's own text
            (b.body.begin, b.body.end)
            for b in self.st.blocks
            if b.role == "element" and b.kind == "Goal"
        )
        # "主要目标:一是经济实力显著增强,…。生产总值年均增长8%以上,…": the text of a goal headed
        # in the goals paragraph itself; its figures are goals, its other clauses describe it
        run_in_goals = _Cover(
            (b.body.begin, b.body.end)
            for b in self.st.blocks
            if b.role == "element" and b.kind == "Goal" and b.level == "headed"
        )
        aims_and_tasks = _Cover(  # a report's "“十五五”时期主要目标任务: (一)坚持…": five years'
            (b.body.begin, b.body.end)  # tasks that set targets, not this year's
            for i, b in enumerate(self.st.blocks)
            if self.info.report
            and b.role == "container"
            and b.kind == "Goal"
            and i in self.parents
            and _YEARS_AHEAD.search(b.heading.text)
        )
        in_review = _Cover(  # a section that reviews the past: its dated figures are results
            (b.body.begin, b.body.end) for b in self.st.blocks if b.kind == "Achievement"
        )
        listing: tuple[str, int] | None = None  # (class, paragraph) of a running list
        previous: Sentence | None = None
        sentences = self.st.sentences
        for at, sent in enumerate(sentences):
            after = sentences[at + 1] if at + 1 < len(sentences) else None
            led = (
                after is not None
                and after.paragraph == sent.paragraph
                and lists.bare_lead(after.span)
            )
            in_element = inside.covers(sent.span.begin)
            listing = self.listed_conditions(sent, previous, listing)
            previous = sent
            tabled = in_table.covers(sent.span.begin)
            goal_prose = (
                in_goals.covers(sent.span.begin)
                and sent.paragraph != goal_paragraph
                and (in_element or not lists.weighed_items(sent.span, self.vocab))
                and sent.span.begin not in self.weighed_paragraphs
            )  # an outlook weighed in a section of aims is no aim
            figures = goal_prose and (  # its clauses are the targets
                lists.quantified(sent.span)
                or (lists.bounded(sent.span) and not self.before_period(sent.span.text))
                or lists.aims_by_a_year(sent.span)
            )
            # an element's own section of aims ("（一）…行动 > 1.行动目标"): goals of that element
            aims = in_element and in_goals.covers(sent.span.begin)
            led_on = sent.paragraph == led_into and sent.paragraph not in headed
            last_of_paragraph = after is None or after.paragraph != sent.paragraph
            run_in = run_in_goals.covers(sent.span.begin) and sent.paragraph != dated_run
            self.sentence_elements(
                sent.span,
                (sent.paragraph == goal_paragraph or figures or led or led_on) and not run_in,
                (in_element and not aims) or tabled,
                aims,
                in_review.covers(sent.span.begin),
            )
            if goal_prose and not figures:
                opening = at == 0 or sentences[at - 1].paragraph != sent.paragraph
                states = self.stated_states(sent.span, opening)
                if opening:  # the paragraph's headline goal, when its opening sentence is one
                    whole = len(states) == 1 and states[0].label == sent.span.text.rstrip("。")
                    headline = (sent.paragraph, states[0]) if whole else None
                elif headline is not None and headline[0] == sent.paragraph:
                    for key in states:  # "…局面基本形成。A凸显,B提升。": parts of the headline
                        self.relate(key, "partOf", headline[1], sent.span.begin)
            if in_element and not tabled and not aims:
                carried = dated[1] if dated and dated[0] == sent.paragraph else None
                year = self.element_goals(
                    sent.span, carried, aims_and_tasks.covers(sent.span.begin)
                )
                dated = (sent.paragraph, year) if year is not None else None
            if (
                lists.targets_set_out(sent.span)
                and not (in_element or in_review.covers(sent.span.begin))
                and after is not None
                and after.paragraph == sent.paragraph
                and lists.quantified(after.span)
            ):  # "…我们对…预期目标作了适当调整。今年要…;城镇新增就业900万人以上,…"
                goal_paragraph = sent.paragraph
            if lists.is_goal_sentence(sent.span, self.vocab, self.vision) and not in_element:
                goal_paragraph = sent.paragraph
                if run_in and lists.opens_with_a_year(sent.span):
                    # "立足优势,多路并行。…2027年前,A,B。C。": the dated goals go on
                    dated_run = sent.paragraph
                if last_of_paragraph and sent.span.text.endswith(":"):
                    led_into = sent.paragraph + 1  # its targets are the next paragraph's
            elif (
                goal_bodies.covers(sent.span.begin)
                and not (tabled or figures)
                and sent.paragraph != dated_run
            ):
                self.goal_figures(sent.span)
            if led_on and last_of_paragraph and sent.span.text.endswith(";"):
                led_into = sent.paragraph + 1  # a target a line, each but the last with ";"
        self.plan_target_year()
        self.one_kind_of_trouble()
        return self.out

    def one_kind_of_trouble(self) -> None:
        """A trouble read both as a weakness and as a risk is one, of the kind its later reading
        gives, the sentence's own lead read after its section's or item's kind: "(二)风险挑战 >
        …存在一些短板:A,B" gives weaknesses, "从挑战看,一是…;二是…,专业人才匮乏" risks."""
        order = {key: n for n, key in enumerate(self.out.entities)}
        moved: dict[EntityKey, EntityKey] = {}
        for key, n in order.items():
            other = _OTHER_TROUBLE.get(key.cls)
            twin = EntityKey(other, key.label, key.scope) if other else None
            if twin is not None and twin in order and order[twin] > n:
                moved[key] = twin
        if not moved:
            return
        for old in moved:
            del self.out.entities[old]  # its twin has its label, so its forms
        self.out.mentions = [
            dataclasses.replace(m, key=moved.get(m.key, m.key)) for m in self.out.mentions
        ]
        relations: dict[Relation, None] = {}  # in order, once each
        for rel in self.out.relations:
            obj = moved.get(rel.obj, rel.obj)
            predicate = "has" + obj.cls if rel.obj in moved and rel.subject == self.plan else None
            rel = Relation(
                moved.get(rel.subject, rel.subject), predicate or rel.predicate, obj, rel.sentence
            )
            relations.setdefault(rel)
        self.out.relations = list(relations)

    def before_period(self, sentence: str) -> bool:
        """Whether a sentence opens with a year before the plan's period (2023年,全区共排查…,
        整治完成率不低于60%: the baseline of a 2024—2026 plan, no target)."""
        m = re.match(r"(\d{4})年", sentence)
        period = self.info.period
        return m is not None and period is not None and m.group(1) < period.begin[:4]

    def goal_figures(self, sent: Span) -> None:
        """In the text of a goal stated as a heading, each clause that sets a figure is a goal of
        its own, part of that one ("…,全市地区生产总值年均增长5.0%左右,全要素生产率稳步提升")."""
        holder = self.innermost_element(sent.begin)
        for item in lists.figure_clauses(sent):
            self.goal_under(self.element("Goal", item.text, item), holder, item)

    def goal_under(
        self, key: EntityKey, holder: EntityKey | None, item: Span, aims: bool = False
    ) -> None:
        """A target stated under a goal heading is part of that goal; one of an element's own
        section of aims, part of that element."""
        if holder is not None and holder != key and (aims or holder.cls == "Goal"):
            self.relate(key, "partOf", holder, item.begin)

    def stated_states(self, sent: Span, opening: bool = False) -> list[EntityKey]:
        """A sentence of a goals section that sets no figure and has no goal cue: each clause
        that names a state to reach is a goal ("…,港口大气污染物排放明显下降。"); one that opens
        its paragraph with two clauses is its headline, one goal."""
        if lists.is_goal_sentence(sent, self.vocab, self.vision):
            return []  # its goals are the goal sentence's
        return [
            self.element("Goal", item.text, item) for item in lists.stated_states(sent, opening)
        ]

    def plan_target_year(self) -> None:
        """One target year for the plan: the end of its period (十四五 → 2025, a title's
        2025-2027 → 2027); without a period, the latest year its goal sentences name, else the
        latest deadline ("到2030年") in its text. A work report without a period sets its own
        year's targets, whatever later years its goals name: the year it is given in, of its part
        on the year's work, or of its title."""
        stated = [(y, s) for key, y, s in self.out.target_years if key == self.plan]
        self.out.target_years = [t for t in self.out.target_years if t[0] != self.plan]
        period = self.info.period
        if period is not None:
            at = self.info.period_span.begin if self.info.period_span else 0
            self.out.target_years.append((self.plan, period.end[:4], self.sentence(at)))
        elif stated and not self.info.report:
            self.out.target_years.append((self.plan, *max(stated)))
        elif (session := _SESSION_DATE.search(self.text[:600])) is not None:
            # a work report without a period sets the targets of its own year ("今年")
            at = session.start()
            self.out.target_years.append((self.plan, session.group(1), self.sentence(at)))
        elif self.info.report and (work := titles.this_years_work(self.text)) is not None:
            # an excerpt of one without its opening: the year of its part on the year's work
            self.out.target_years.append((self.plan, work.group(1), self.sentence(work.start())))
        elif self.info.report and (year := titles.year_of(self.info.title)) is not None:
            # a report titled with its year (南山县2026年政府工作报告): that year's targets
            at = self.info.title_span.begin if self.info.title_span else 0
            self.out.target_years.append((self.plan, year, self.sentence(at)))
        elif stated:
            self.out.target_years.append((self.plan, *max(stated)))
        else:
            deadlines = dates.deadlines(self.text)
            if deadlines:
                year, at = max(deadlines)
                self.out.target_years.append((self.plan, year, self.sentence(at)))

    def plan_facts(self) -> None:
        info = self.info
        self.entity(self.plan, info.title_span)
        for title, span in info.bases:
            doc = self.entity(EntityKey("PolicyDocument", title), span)
            self.relate(self.plan, "basedOn", doc, span.begin)
        if info.period is not None:
            begin, end = info.period.begin, info.period.end
            period = EntityKey("Period", begin if begin == end else f"{begin}-{end}")
            self.entity(period, None)
            self.out.intervals[period] = (
                info.period,
                self.sentence(info.period_span.begin if info.period_span else 0),
            )
            self.relate(
                self.plan, "hasPeriod", period, info.period_span.begin if info.period_span else 0
            )

    def shared_entities(self) -> None:
        seen: set[EntityKey] = set()
        for m in self.mentions:
            key = self.entity(self.key_of(m), self.span(m.begin, m.end))
            method = "vocabulary" if self.vocab.lookup(m.label) else self.methods.get(m.label)
            self.out.entities[key].attrs.setdefault("foundBy", method or "pattern")
            if key in seen:
                continue
            seen.add(key)
            predicate = "hasPolicyConcept" if m.cls == "PolicyConcept" else "mentions"
            self.relate(self.plan, predicate, key, m.begin)

    def concept_parts(self) -> None:
        """A concept whose quoted name holds the name of an industry, zone or body found in the
        plan ("跨境电商+海外仓"): the concept involves it, so what involves the concept reaches it."""
        named = {m.label: self.key_of(m) for m in self.mentions if m.cls in _CONCEPT_PART_CLASSES}
        for m in self.mentions:
            if m.cls != "PolicyConcept":
                continue
            inside = self.text[m.begin : m.end]
            for label, key in named.items():
                at = inside.find(label)
                if at >= 0 and label != m.label:
                    self.relate(self.key_of(m), "involves", key, m.begin + at)

    def issued_documents(self) -> None:
        """A notice that issues a document (关于印发〈X办法〉的通知) names that document too: X is a
        document the plan cites, and the notice involves it."""
        for m in self.mentions:
            if m.cls != "PolicyDocument":
                continue
            for inner in _INNER_TITLE.finditer(self.text, m.begin, m.end):
                at, end = inner.start(1), inner.end(1)
                key = self.entity(EntityKey("PolicyDocument", inner.group(1)), self.span(at, end))
                self.out.entities[key].attrs.setdefault("foundBy", "quotation")
                self.relate(self.plan, "mentions", key, at)
                self.relate(self.key_of(m), "involves", key, at)

    def block_element(self, index: int, block: Block) -> None:
        heading = block.heading.text
        timed = dates.DATE_PAREN.search(heading) if block.kind == "Phase" else None
        if timed and heading.startswith(",", timed.end()):  # "(一)宣传发动阶段(2024年3月),制定
            heading = heading[: timed.start()]  # 方案。": a stage called by its name, not its task
        label = _ENUMERATOR.sub("", dates.DATE_PAREN.sub("", heading)).strip(" 。:—")  # ——项目:…
        if not label or label.startswith(_TOPIC):
            return  # （一）关于主要目标指标: a topic its items speak to, not an element
        if block.kind == "Goal" and block.level == "headed" and lists.leads_only(label):
            return  # "具体指标:A;B;C": a lead into the targets after it, no target itself
        if block.number == structure.INLINE and block.kind == "Measure" and not self.info.report:
            return  # "…。实施农村供水保障工程。…": a task of the item, headed only in a work report
        head = block.heading
        offset = self.text.find(label, head.begin, head.end)
        span = self.span(offset, offset + len(label)) if offset >= 0 else head
        # what else a stage is called: its date (when called by its step), its bracketed name
        dated = None
        if block.kind == "Phase" and dates.only_a_date(label):
            named = _named_after(self.text, block.body.begin, block.body.end)
            if named is not None:  # "（二）2023年6月—9月:集中整治。…": the stage is 集中整治
                dated, label, span = label, named.text, named
        elif block.kind == "Phase" and (called := _CALLED_STAGE.fullmatch(label)):
            # "第一阶段(动员部署),2025年3月至4月,…": the stage, also called by its name
            dated, label = called.group(2), called.group(1)
            span = self.span(span.begin, span.begin + len(label))
        elif block.kind == "Phase" and (stage := _stage_after_date(label)):
            at = span.begin + stage.start(1)  # "（一）2024年3月至4月,为宣传发动阶段": 宣传发动阶段
            label, span = stage.group(1), self.span(at, at + len(stage.group(1)))
        elif block.kind == "Phase" and dates.PART_OF_YEAR.fullmatch(quarter := label.split(":")[0]):
            label, span = (
                quarter,
                self.span(span.begin, span.begin + len(quarter)),
            )  # "（二）第二季度:…"
        if block.kind == "Goal" and "," in label and not block.body.text.strip():
            if self.goal_line(index, block, span):
                return
        key = self.element(block.kind, label, span, "structure")
        if dated is not None:
            self.out.entities[key].add_alias(dated)  # also called by its date (2024年), its name
        if block.number == structure.REVIEW:  # "这五年,我们…,X": also called by its result X
            result = label.rsplit(",", 1)[-1]
            if result != label:
                self.out.entities[key].add_alias(result)
        self.block_keys[index] = key
        parent = self.block_keys.get(self.enclosing_element(block))
        if parent is not None and parent != key and _parts_of(key.cls, parent.cls):
            self.relate(key, "partOf", parent, span.begin)
        if block.number.isdigit():
            self.out.entities[key].attrs["ordinal"] = block.number
        if block.kind == "Phase" and _ORDINAL_STAGE.fullmatch(label):
            self.stage_name(key, block)
        if block.kind == "Phase":
            self.dated_heading_step(key, span)
            self.phase_interval(key, block)
        self.block_relations(key, block)
        if block.kind in _TROUBLE_KINDS and block.level == "headed":
            self.item_troubles(key, block)
        if block.kind == "Achievement" and block.level != "headed" and index not in self.parents:
            self.headline_results(key, block)  # a run-in heading is a result of its own

    def enclosing_element(self, block: Block) -> int:
        """The block an item is part of: its parent, or, where the parent only groups items
        inside an element ("（二）…行动 > 2.行动任务 > 一是…"), the element that holds the group."""
        up = block.parent
        blocks = self.st.blocks
        while up >= 0 and up not in self.block_keys and blocks[up].role == "container":
            up = blocks[up].parent
        return up

    def item_troubles(self, key: EntityKey, block: Block) -> None:
        """The rest of the sentence of a trouble named by a run-in heading ("一是动能转换接续还需
        提速,部分重点行业企业转型不够快,…"): each clause that names a trouble by its words is one
        of its own kind, part of it. The sentences after it say what the plan will do about them."""
        sent = next((s.span for s in self.st.sentences if s.span.end > block.body.begin), None)
        if sent is None or sent.begin > block.heading.begin:
            return
        end = min(sent.end, block.body.end)
        rest = Span(block.body.begin, end, self.text[block.body.begin : end])
        for item in lists.named_troubles(lists.clause_items(rest), self.vocab):
            for trouble in lists.troubles_listed(item, self.vocab):
                kind = lists.problem_kind(trouble, self.vocab)
                self.relate(self.element(kind, trouble.text, trouble), "partOf", key, trouble.begin)

    def headline_results(self, key: EntityKey, block: Block) -> None:
        """An item of results whose heading sums them up ("“十四五”时期合肥发展取得历史性成就") and
        whose sentences mostly open with a headline of their own ("综合实力显著提升,…。科技创新
        成果丰硕,…"): each headline is a result, part of the item's, related to what its sentence
        names."""
        sents = [
            s.span for s in self.st.sentences if block.body.begin <= s.span.begin < block.body.end
        ]
        turn = next((i for i, s in enumerate(sents) if lists.leads_problems(s.text)), len(sents))
        self.headline_achievements(lists.headline_clauses(sents[:turn]), key)  # not its troubles

    def paragraph_results(self, block: Block) -> None:
        """A paragraph of a review section outside its items whose sentences mostly open with a
        headline ("过去5年,…。经济总量实现新跃升,…。科技和产业创新取得新突破,…"): each headline is
        a result, related to what its sentence names."""
        items = [  # the items inside it
            (b.heading.begin, b.body.end)
            for b in self.st.blocks
            if block.body.begin <= b.heading.begin < block.body.end
        ]
        by_paragraph: dict[int, list[Span]] = {}
        for sent in self.st.sentences:
            at = sent.span.begin
            if block.body.begin <= at < block.body.end and not any(b <= at < e for b, e in items):
                by_paragraph.setdefault(sent.paragraph, []).append(sent.span)
        for sents in by_paragraph.values():
            heads = lists.headline_clauses(sents)
            if lists.on_troubles(sents) or lists.troubled([h for h, _ in heads], self.vocab):
                continue  # "…我们也清醒看到面临的困难和挑战。外部环境变化影响加深,…": troubles
            self.headline_achievements(heads)

    def headline_achievements(
        self, heads: list[tuple[Span, Span]], whole: EntityKey | None = None
    ) -> None:
        """Each (headline, sentence) a result, related to what its sentence names and part of
        ``whole`` where an item sums them up."""
        for head, sent in heads:
            key = self.element("Achievement", head.text, head, "structure")
            if whole is not None:
                self.relate(key, "partOf", whole, head.begin)
            self.block_relations_in(key, "Achievement", sent.begin, sent.end)

    def goal_line(self, index: int, block: Block, span: Span) -> bool:
        """A goal on a line of its own that states two ("——经济发展取得新成效,地区生产总值年均
        增长5%左右。"): each clause is a goal. Whether it did."""
        pieces = lists.goal_items(span, self.vocab, follows_goal=True)
        if len(pieces) < 2 or index in self.parents:
            return False
        parent = self.block_keys.get(block.parent)
        for piece in pieces:
            key = self.element("Goal", piece.text, piece, "structure")
            if parent is not None and parent.cls == "Goal":
                self.relate(key, "partOf", parent, piece.begin)
            self.block_relations_in(key, "Goal", piece.begin, piece.end)
        return True

    def prose_items(self, block: Block) -> None:
        """A safeguards section written as one run of sentences ("强化市区协同联动,主动对接….
        完善政策资金保障,…。"): each sentence is an item, called by its first clause."""
        for sent in self.st.sentences:
            span = sent.span
            if not block.body.begin <= span.begin < block.body.end:
                continue
            item = lists.first_clause(span)
            if item is not None:
                key = self.element(block.kind, item.text, item)
                self.block_relations_in(key, block.kind, span.begin, span.end)

    def self_building(self) -> None:
        """A work report's paragraph on the government's own conduct ("…必须把政府自身建设得更加
        坚强有力。要锻造对党忠诚的政治品格。正文…要恪守依法行政的基本准则。…"): each short
        sentence that heads its part (要X。, 我们将X。) is a safeguard, the sentences after it
        its text."""
        by_paragraph: dict[int, list[Span]] = {}
        for sent in self.st.sentences:
            by_paragraph.setdefault(sent.paragraph, []).append(sent.span)
        for sents in by_paragraph.values():
            heads = lists.self_building_heads(sents, self.vocab)
            if not heads:
                continue
            ends = [h.begin for _, h in heads[1:]] + [sents[-1].end]
            for (item, _sentence), end in zip(heads, ends, strict=True):
                key = self.element("Safeguard", item.text, item, "structure")
                self.block_relations_in(key, "Safeguard", item.begin, end)

    def situation_items(self, block: Block) -> None:
        """A section on problems, challenges or opportunities written as prose: each clause is
        an element, of the section's kind or, in one on the situation as a whole, of its
        sentence's (面临形势: 机遇 → opportunities, 风险 → challenges, 短板 → bottlenecks)."""
        kind = "Situation" if structure.risks_too(block, self.vocab) else block.kind
        before = ""  # the kind of the sentence before: "同时,…" turns against it
        viewed = False  # whether that sentence looked from one side (从国际看,…)
        heads: dict[int, str] = {}  # paragraph → the kind its headline names (…面临…历史机遇。)
        for sent in self.st.sentences:
            if block.body.begin <= sent.span.begin < block.body.end:
                if lists.headline(sent.span.text):
                    heads.setdefault(sent.paragraph, lists.headline_kind(sent.span.text))
                led = heads.get(sent.paragraph, "")
                view = lists.viewed_from(sent.span.text)  # a view goes on only from a view
                given = before if viewed or not view else ""
                before, viewed = self.situation_sentence(sent.span, kind, given, led), view

    def situation_paragraphs(self) -> None:
        """A paragraph outside any section on the situation that weighs it outside and at home
        ("“十二五”是…关键时期。从国际看,A,B。…从国内看,C,D。综合判断…"), or the present against
        the chances it still holds ("当前,…。同时,…仍处于…重要战略机遇期"): its clauses are
        opportunities and challenges as they would be in such a section."""
        situations = _Cover(
            (b.heading.begin, b.body.end)
            for b in self.st.blocks
            if b.kind in structure.SITUATION_KINDS
            or (b.role == "element" and b.kind in _ELEMENT_KINDS)
        )
        by_paragraph: dict[int, list[Span]] = {}
        for sent in self.st.sentences:
            if not situations.covers(sent.span.begin):
                by_paragraph.setdefault(sent.paragraph, []).append(sent.span)
        for sents in by_paragraph.values():
            if not lists.weighs_the_situation(sents) or lists.on_troubles(sents):
                continue
            before = ""
            # "…综合判断,我国发展仍处于可以大有作为的重要战略机遇期": what it weighs are chances
            led = "Opportunity" if any("机遇" in s.text for s in sents) else ""
            for span in sents:
                self.weighed_paragraphs.add(span.begin)
                before = self.situation_sentence(span, "Situation", before, led)

    def situation_sentence(self, span: Span, kind: str, before: str, led: str) -> str:
        """Each condition a sentence on the situation names, an element related to what its
        clause names (``lists.situation_clauses``); the kind of its last, which the next
        sentence may turn against ("同时,…")."""
        typed = lists.situation_clauses(span, kind, self.vocab, before, led)
        for cls, item in typed:
            key = self.element(cls, item.text, item)
            self.block_relations_in(key, cls, item.begin, item.end)
        return typed[-1][0] if typed else before

    def dated_steps(self, block: Block) -> None:
        """A timetable written as sentences, each opening with its date ("2023年6月底前,完成…。
        2024年,全面推进…。"): each such sentence is a phase, called by its step, with the date.
        A step given only by its deadline (2026年3月底前) starts after the step before it ends,
        the first at the notice's date, as a phase heading's does."""
        before: str | None = None
        for sent in self.st.sentences:
            opens = sent.span.begin < block.body.begin < sent.span.end  # 整治分三个阶段进行:…
            if not (block.body.begin <= sent.span.begin < block.body.end or opens):
                continue
            if self.stage_clauses(sent.span):
                continue
            steps = sent.span
            if opens:  # "行动分两步推进:第一步,2026年上半年,…;第二步,…": the steps after the lead
                at = block.body.begin
                steps = Span(at, sent.span.end, self.text[at : sent.span.end])
            for part in lists.dated_parts(steps):  # "2024年3月底前,A;2024年底前,B。"
                found = lists.dated_step(part)
                # …;9月底前,B: a step without its year is of the step before's, or of the next
                # where it would end sooner (12月底前,A;1月底前,B)
                if found is None and before:
                    found = lists.dated_step(part, before[:4])
                    if found is not None and found[1].end < before:
                        found = lists.dated_step(part, str(int(before[:4]) + 1))
                if found is None:
                    continue
                step, interval, at, date_begin, date_end = found
                if _by_deadline(part.text, date_end, date_begin):
                    interval = self.from_before(interval, before)
                before = interval.end
                key = self.element("Phase", step.text, step)
                if _COUNTED_STEP.match(step.text):  # 第一步 is also 完成试点, or 动员部署
                    self.counted_step_name(key, part, step, date_begin, date_end)
                self.out.intervals[key] = (interval, self.sentence(at))
                self.block_relations_in(key, "Phase", part.begin, part.end)
                self.stepped.add(sent.span.begin)

    def counted_step_name(
        self, key: EntityKey, part: Span, step: Span, date_begin: int, date_end: int
    ) -> None:
        """A counted step is also called by the name before its time ("第一步,动员部署(2025年3
        月)"), else by the first clause after it ("第一步,到2022年底,完成试点")."""
        between = part.text[step.end - part.begin : date_begin]
        if between.endswith("("):
            self.out.entities[key].add_alias(between.strip(",:("))
        elif (after := lists.step_after(part, date_end)) is not None:
            self.out.entities[key].add_alias(after.text)

    def stage_clauses(self, sent: Span) -> bool:
        """ "2024年3月至5月为排查阶段,6月至10月为整治阶段。": each clause a phase with its time, a
        month without a year of the year the clause before gives, or of the next year where it
        would start before that clause ends (11月至12月…,1月至3月…); whether the sentence had
        any."""
        year = None
        stages: list[tuple[Span, Interval]] = []
        for name, when in lists.stage_clauses(sent):
            # the year the clause before gives, else the notice's, else the text's (自2024年3月…)
            year = year or (self.signed_month or self.year_at(name.begin))[:4] or None
            written = dates.digit_dates(when)
            found = dates.find_interval(written, year)
            if found is None or found[2] < len(when.rstrip("底末前止")):
                return False  # a clause that is more than a time: no timetable
            if stages and year and found[0].begin < stages[-1][1].end:
                found = dates.find_interval(written, str(int(year) + 1)) or found
            stages.append((name, found[0]))
            year = found[0].end[:4]
        for name, interval in stages:
            key = self.element("Phase", name.text, name)
            self.out.intervals[key] = (interval, self.sentence(sent.begin))
        return bool(stages)

    def horizon_lists(self) -> None:
        """ "三、规划期限 > 规划分为近期(2021—2023年)、中期(2024—2025年)和远期(2026—2035年)": the
        horizons one sentence of a section on the plan's period (规划期限, 分期实施) names are
        phases with their times; one given by its end alone (其中近期至2025年,远期至2035年) starts
        after the one before it ends, the first where the plan's period starts. A task's figures
        for its horizons (水厂规模近期(2025年)达到…) date none; nor does a sentence whose horizons'
        times are not all dates; a horizon dated already (近期(…):… on its line) keeps its time."""
        periods = [
            (b.heading.begin, b.body.end)
            for b in self.st.blocks
            if _ON_PERIODS.search(b.heading.text)
        ]
        for sent in self.st.sentences:
            if not any(lo <= sent.span.begin < hi for lo, hi in periods):
                continue
            before: str | None = None
            stages: list[tuple[Span, Interval]] = []
            for name, when, deadline in lists.horizon_list(sent.span):
                written = dates.digit_dates(when)
                found = dates.find_interval(written)
                if found is None or found[2] < len(written):
                    stages = []
                    break
                interval = found[0]
                if deadline:  # from the month after the one before, the first from the plan's start
                    if before is not None:
                        start: str | None = dates.after(before)
                    else:
                        start = self.info.period.begin if self.info.period else None
                    if start is None or start > interval.end:
                        stages = []
                        break
                    interval = Interval(start, interval.end)
                stages.append((name, interval))
                before = interval.end
            for name, interval in stages:
                if EntityKey("Phase", name.text, self.plan.label) in self.out.intervals:
                    continue  # dated already, by its own line or an earlier sentence
                key = self.element("Phase", name.text, name)
                self.out.intervals[key] = (interval, self.sentence(name.begin))

    def dated_heading_step(self, key: EntityKey, heading: Span) -> None:
        """ "1.2024年3月底前,完成方案编制。": a phase headed by its date and its step is also
        called by the step, as a timetable's sentence is."""
        found = dates.find_interval(key.label[:24])
        if found is None or found[1] != 0:
            return
        step = lists.step_after(Span(heading.begin, heading.end, key.label), found[2])
        if step is not None and step.text != key.label:
            self.out.entities[key].add_alias(step.text)

    def stage_name(self, key: EntityKey, block: Block) -> None:
        """ "第一阶段:动员部署(2023年6月)。…": the stage is also called by the name its text opens
        with, without the time in brackets."""
        named = _named_after(self.text, block.body.begin, block.body.end)
        if named is None:
            return
        name = named.text.strip()
        entity = self.out.entities[key]
        if dates.only_a_date(name):
            return
        whole = self.text[block.heading.begin : named.end]  # 第一阶段:排查摸底, as written
        for alias in (name, whole if _RUN_IN.fullmatch(whole, len(key.label)) else None):
            if alias is not None:
                entity.add_alias(alias)

    def phase_interval(self, key: EntityKey, block: Block) -> None:
        """A phase's dates from its heading or the opening of its text. One given only by a
        deadline ("（二）建设及试运行阶段（2025年年底前）") starts when the phase before it, under
        the same heading, ends; months without a year (7月至9月) are of the year at hand (the
        phase before's, else the notice's date); a date in brackets after the phase's name is
        its own time, not a start that runs until the next phase."""
        before = self.phase_ends.get(block.parent)
        year = (before or self.signed_month or self.year_at(block.heading.begin))[:4] or None
        text, at = dates.digit_dates(block.heading.text), block.heading.begin  # 二〇二四年三月 too
        found = dates.find_interval(text, year)
        in_heading = found is not None
        if found is None:  # "第一阶段:动员部署(6月)。": the time opens the phase's text
            text, at = dates.digit_dates(block.body.text[:24]), block.body.begin
            found = dates.find_interval(text, year)
        if found is None:
            return
        interval, begin, end = found
        deadline = _by_deadline(text, end, begin)
        if not in_heading:  # "1.2024年8月底前,…" … "3.2026年11月底前,…": it ends with its last step
            last = self.last_step_end(block, year)
            interval = Interval(interval.begin, max(interval.end, last or interval.end))
        if deadline:
            interval = self.from_before(interval, before)
        # "（四）形成体检报告（2021年10月）": the note in brackets is the phase's own time, no start;
        # "（一）试点阶段（2019年9月起）" says it starts then
        starts = text.startswith(("起", "开始"), end)
        noted = in_heading and text[:begin].rstrip().endswith("(") and not starts
        if starts:
            self.said_to_start.add(key)
        self.phase_ends[block.parent] = interval.end
        self.out.intervals[key] = (interval, self.sentence(at + begin))
        self.timelines.setdefault(block.parent, []).append((key, deadline or noted))

    def last_step_end(self, block: Block, year: str | None) -> str | None:
        """The latest date that opens a step of a phase's text (a line, a sentence or a clause
        after a semicolon: "1.2024年8月底前,…" / "2.2025年7月至2025年12月,…"), None unless two
        steps or more open so."""
        ends = []
        for step in _STEP_SPLIT.split(self.text[block.body.begin : block.body.end]):
            found = dates.find_interval(dates.digit_dates(_STEP_NUMBER.sub("", step, 1)[:24]), year)
            if found is not None and found[1] == 0:
                ends.append(found[0].end)
        return max(ends) if len(ends) >= 2 else None

    def timeline_ends(self) -> None:
        """Phases stated by the date they start ("(一)2018年9月,…", "(二)2020年10月起,…"): each
        runs until the month (or year) before the next phase of its heading starts; the last has
        no end but its date. A timeline of starts that gives any start by month is read by month
        throughout (2020年10月起, 2021年起: 2020-10…2020-12, 2021-01…2021-12)."""
        for phases in self.timelines.values():
            spans = [self.out.intervals[key][0] for key, _d in phases]
            monthly = any(  # a start given by month (2020年10月起)
                len(i.begin) > 4 and i.begin == i.end and not d
                for i, (_k, d) in zip(spans, phases, strict=True)
            )
            nexts = [*spans[1:], None]
            for (key, deadline), interval, later in zip(phases, spans, nexts, strict=True):
                begin, end = interval.begin, interval.end
                if not deadline and begin == end and later and later.begin > begin:
                    end = dates.before(later.begin)  # a start: until the next phase starts
                    end = end[:4] if len(begin) == 4 and not monthly else end
                elif begin == end and later is None and (last := self.runs_to(key, begin)):
                    end = last  # the last start: to the plan's end
                if monthly:  # 2021 → 2021-01…2021-12
                    begin = begin if len(begin) > 4 else begin + "-01"
                    end = end if len(end) > 4 else end + "-12"
                self.out.intervals[key] = (Interval(begin, end), self.out.intervals[key][1])

    def runs_to(self, key: EntityKey, begin: str) -> str | None:
        """The year the last phase, which starts at ``begin`` and names no end, runs on to: the
        end of the plan's period, for one whose time says it starts then ("(三)巩固提升阶段
        (2025年10月起)"; not "5、专题汇报:2020年8月。"), when the period ends in a later year."""
        period = self.info.period
        if key in self.said_to_start and period is not None and period.end[:4] > begin[:4]:
            return period.end[:4]
        return None

    def task_tables(self) -> None:
        """The rows of each task table, in order: a part row (一、…) is the measure its rows'
        tasks are part of, and a row without a task of its own goes on with the task above; a
        row's field cell (主要领域: 外滩历史文化风貌区) says where its tasks are, or what they are
        about, and those of the rows after it that merge with it."""
        for table in self.st.task_tables:
            phases = [self.column_phase(head) for head in table.columns]
            task: EntityKey | None = None
            part: EntityKey | None = None
            field: Span | None = None
            bodies: tuple[Span, ...] = ()
            last_part: Span | None = None
            for row in table.rows:
                field = row.field or field
                if row.part != last_part:  # no cell is merged across a part row
                    bodies, last_part = (), row.part
                bodies = row.bodies or bodies  # none of its own: merged with the row above's
                if row.part is not None:
                    key = self.element("Measure", row.part.text, row.part, "structure")
                    task = task if key == part else None  # a new part row: no task above
                    part = key
                if row.task is not None:
                    task = self.element("Measure", row.task.text, row.task, "structure")
                    if part is not None:
                        self.relate(task, "partOf", part, row.task.begin)
                    if row.text is not None:  # the task's own sentences after its first clause
                        self.block_relations_in(task, "Measure", row.text.begin, row.text.end)
                holder = task or part
                if table.described and holder is not None:
                    for _column, cell in row.steps:  # the task's own text
                        self.block_relations_in(holder, "Measure", cell.begin, cell.end)
                    continue
                self.task_row(row, holder, phases, field, bodies)

    def task_row(
        self,
        row: TaskRow,
        holder: EntityKey | None,
        phases: list[EntityKey | None],
        field: Span | None = None,
        cells: Iterable[Span] = (),
    ) -> None:
        """A task table's row: the bodies its cells name are responsible for its task
        (``holder``) and each of its steps; each step is a measure, part of the task, in the
        phase its column's head names (2024年工作任务), involving what its cell names; a deadline
        cell sets their target year; the row's ``field`` cell (or the one it merges with) names
        where its own task and steps are, or what they are about; ``cells`` name its bodies (its
        own, or those of the row above that its merged cell shares)."""
        bodies = [
            (self.key_of(m), m.begin)
            for cell in cells
            for m in self.mentions_in(
                cell.begin, cell.end, "GovernmentBody", "Organization", "Enterprise"
            )  # a group company leads tasks too (市北高新集团)
        ]
        due = self.row_deadline(row)
        keys = [holder] if holder is not None else []
        for column, cell, label in tasktables.step_labels(row):
            key = self.element("Measure", label.text, label, "structure")
            keys.append(key)
            if holder is not None and holder != key:
                self.relate(key, "partOf", holder, label.begin)
            self.block_relations_in(key, "Measure", cell.begin, cell.end)
            if 0 <= column < len(phases) and (phase := phases[column]) is not None:
                self.relate(key, "inPhase", phase, label.begin)
        for key in keys:
            if field is not None and (key != holder or row.task is not None):
                self.block_relations_in(key, "Measure", field.begin, field.end)  # not the part's
            for body, at in bodies:
                self.relate(key, "responsibleBody", body, at)
            if due is not None:
                self.out.target_years.append((key, *due))

    def row_deadline(self, row: TaskRow) -> tuple[str, int] | None:
        """(year, sentence) of the deadline a task table's row gives its task (2025年底前)."""
        for cell in row.deadlines:
            found = dates.find_interval(cell.text)
            if found is not None:
                return found[0].end[:4], self.sentence(cell.begin)
        return None

    def column_phase(self, head: Span) -> EntityKey | None:
        """The phase a task table's column of steps stands for (2024年工作任务): its year."""
        found = dates.find_interval(head.text)
        if found is None:
            return None
        key = self.element("Phase", head.text, head, "structure")
        self.out.intervals[key] = (found[0], self.sentence(head.begin))
        return key

    def from_before(self, interval: Interval, before: str | None) -> Interval:
        """A phase given only by its deadline: from the month after the phase before it ends
        (``before``), the first from the notice's date, else from the start of the plan's period
        when that holds the deadline ("…行动计划(2026—2028年)" > "第一步,到2026年底"), to the
        deadline."""
        start = dates.after(before) if before is not None else self.signed_month
        period = self.info.period
        if start is None and period is not None and interval.end[:4] <= period.end[:4]:
            start = period.begin
        if start is not None and len(start) < len(interval.end):
            start += "-01"  # after 2023, by 2024-06: from 2024-01
        if start is None or start > interval.end:
            return interval
        return Interval(start, interval.end)

    def year_at(self, at: int) -> str:
        """The year a month without one is of (7月至10月) when no phase before it and no notice's
        date says: the year of the plan's title (2023年…工作方案), else the last year the text
        names before ``at``; "" when it names none."""
        title = _TITLE_YEAR.search(self.info.title)
        if title is not None:
            return title.group(1)
        years = _TITLE_YEAR.findall(self.text, 0, at)
        return years[-1] if years else ""

    @functools.cached_property
    def signed_month(self) -> str | None:
        """The month of the date under a notice's signature ("2024年11月 21日" → 2024-11): the
        line chrome.yaml's ``body_ends`` knows as the end of a document's own text; without one,
        the month of the date a copy's front matter gives (发布日期: 2023-03-15)."""
        for line in self.text.split("\n"):
            if any(p.search(line) for p in self.vocab.chrome.body_ends):
                found = dates.find_interval(dates.digit_dates(line))  # 二〇二四年三月五日 too
                return found[0].begin if found else None
        return self.st.doc.issued or None  # the date a copy's front matter gives it

    def block_relations(self, key: EntityKey, block: Block) -> None:
        self.block_relations_in(key, block.kind, block.heading.begin, self.own_end(block))
        shared = self.note_on_all(block)
        if shared is not None:  # "以上任务由区经信局牵头,区科技局配合。" after the last item
            self.block_relations_in(key, block.kind, *shared)
        if block.kind == "Measure":
            self.industry_tree(block)
            for year in dates.target_years(block.body.text)[
                :1
            ]:  # "到2025年…": the measure's deadline
                self.out.target_years.append(
                    (key, year, self.sentence(block.body.begin + block.body.text.find(year)))
                )

    @functools.cached_property
    def children(self) -> dict[int, list[Block]]:
        """The blocks under each parent (-1 for the top), in order."""
        out: dict[int, list[Block]] = {}
        for b in self.st.blocks:
            out.setdefault(b.parent, []).append(b)
        return out

    @functools.cached_property
    def notes_on_all(self) -> dict[int, tuple[int, int]]:
        """The note on who does all the items of a group, on the line after the last of them
        ("1.A。/2.B。/以上任务由区经信局牵头,区科技局配合。", "(以上任务责任单位:区经信局)"), by the
        group's parent: the span of that line."""
        notes = {}
        for parent, group in self.children.items():
            b = group[-1]
            line = self.text.rfind("\n", b.body.begin, b.body.end) + 1
            if _ON_ALL.match(self.text, line):
                notes[parent] = (line, b.body.end)
        return notes

    def note_on_all(self, block: Block) -> tuple[int, int] | None:
        """The note on who does all the items of the group a block is in, or of a group one of
        its parents is in ("(一)A/(1)a/(二)B/(1)b/以上任务由…牵头": a is one of the tasks above)."""
        parent = block.parent
        while parent not in self.notes_on_all and parent >= 0:
            parent = self.st.blocks[parent].parent
        return self.notes_on_all.get(parent)

    def own_end(self, block: Block) -> int:
        """Where a block's own text ends: before the note on who does it that closes the last of
        several items of an element, none of the others with a note of its own ("一是A;二是B。
        (牵头单位:…)", "①A。/②B。/(责任单位:…)"): the note is the whole element's."""
        end = block.body.end
        note = _CLOSING_NOTE.search(self.text, block.body.begin, end)
        if note is None or block.parent not in self.block_keys:
            return end
        siblings = self.children[block.parent]
        noted = [b for b in siblings if _CLOSING_NOTE.search(self.text, b.body.begin, b.body.end)]
        line = self.text.rfind("\n", 0, note.start()) + 1
        # not a note on the line of the last of items a line each ("1.A。/2.B。(责任单位:…)")
        apart = not self.text[line : note.start()].strip() or siblings[0].heading.begin >= line
        whole = len(siblings) >= 2 and noted == [block] == siblings[-1:] and apart
        return note.start() if whole else end

    def block_relations_in(self, key: EntityKey, kind: str, begin: int, end: int) -> None:
        responsible = lists.responsibility_spans(self.text, begin, end, self.vocab)
        mentions = self.mentions_in(begin, end, *SHARED)
        bodies = [m for m in mentions if m.cls in ("GovernmentBody", "Organization")]
        leading = _leading_bodies(self.text, bodies)
        for m in mentions:
            target = self.key_of(m)
            if m in leading or (
                (any(b <= m.begin < e for b, e in responsible) or self.body_cells.covers(m.begin))
                and m.cls in ("GovernmentBody", "Organization")
            ):
                self.relate(key, "responsibleBody", target, m.begin)
            else:
                self.relate(key, _predicate(kind, m.cls), target, m.begin)

    def industry_tree(self, block: Block) -> None:
        """Industries named in a measure's body are narrower than the one its heading develops;
        not one the heading's names a kind of (专业服务业/…抓住服务业开放机遇: 服务业 is wider), nor
        one of another branch of the economy (现代服务业/…同先进制造业深度融合: its peer)."""
        heads = self.mentions_in(block.heading.begin, block.heading.end, "Industry")
        if len(heads) != 1:
            return
        parent = self.key_of(heads[0])
        for m in self.mentions_in(block.body.begin, block.body.end, "Industry"):
            child = self.key_of(m)
            entry = self.vocab.lookup(child.label)
            if (
                child != parent
                and not parent.label.endswith(child.label)
                and (entry is None or entry.broader in ("", parent.label))
                and not _peer_sectors(child.label, parent.label)
            ):
                self.relate(child, "skos:broader", parent, m.begin)

    def sentence_elements(
        self,
        sent: Span,
        follows_goal: bool,
        in_element: bool,
        aims: bool = False,
        review: bool = False,
    ) -> None:
        """The elements a sentence states outside the outline's items: situation, problems,
        results, safeguards, goals (none in a ``review`` of the past: "至2025年,全区绿化覆盖率达到
        34.33%" is a result)."""
        listed = sent.begin == self.clause_listed
        for cls, items in [] if listed else lists.situation_items(sent, self.vocab, not in_element):
            for item in items:
                self.element(cls, item.text, item)
        for cls, item in [] if listed else lists.problem_items(sent, self.vocab):
            self.element(cls, item.text, item)
        for item in [] if in_element else lists.targeted_troubles(sent, self.vocab):
            self.element("Bottleneck", item.text, item)
        for item in lists.achievement_items(sent, self.vocab, self.info.fyp):
            self.element("Achievement", item.text, item)
        for item in lists.safeguard_items(sent, self.vocab):
            self.element("Safeguard", item.text, item)
        goals = (
            []
            if in_element
            or review
            or sent.begin in self.stepped  # a timetable's step: a phase
            or _CLOSING_NOTE.match(sent.text)  # "(牵头单位:县科技局;配合单位:…)" after a target
            else lists.goal_items(sent, self.vocab, follows_goal, self.vision)
        )
        # "2023年底前,A;2025年底前,B": each target is of the last deadline before it
        said = [(sent.begin + at, year) for year, at in dates.deadlines(sent.text)]
        if said:
            self.goal_year = (said[0][1], self.sentence(sent.begin))
        elif not follows_goal:
            self.goal_year = None
        holder = self.innermost_element(sent.begin) if goals else None
        for item in goals:
            key = self.element("Goal", item.text, item)
            self.goal_under(key, holder, item, aims)
            before = [(at, year) for at, year in said if at < item.begin]
            if before:
                at, year = before[-1]
                self.out.target_years.append((key, year, self.sentence(at)))
            elif self.goal_year is not None:
                self.out.target_years.append((key, *self.goal_year))
        if goals and said:  # the plan's: the latest deadline its goal sentences state
            at, year = max(said, key=lambda s: s[1])
            self.out.target_years.append((self.plan, year, self.sentence(at)))

    def listed_conditions(
        self, sent: Sentence, previous: Sentence | None, listing: tuple[str, int] | None
    ) -> tuple[str, int] | None:
        """Situation paragraphs of work reports: "从战略机遇看,A,B,C。" lists opportunities (从风险挑战
        看 challenges); "…老问题、新挑战仍然不少。主要是:A,B。C,D。" lists problems, sentence after
        sentence, until the paragraph turns to what will be done (对此, 我们将…)."""
        span = sent.span
        if (previous is None or previous.paragraph != sent.paragraph) and (
            lists.names_seen_troubles(span.text) or lists.hard_situation(span.text)
        ):
            self.seen_paragraph = sent.paragraph  # a paragraph that opens seeing troubles
        outlook = lists.outlook_items(span, self.vocab)
        if outlook is not None:
            cls, items = outlook
            for item in items:
                self.element(cls, item.text, item)
            return cls, sent.paragraph
        if lists.leads_problems(span.text):  # "…仍面临一些问题。从外部看,A,B。从内部看,C。"
            return "Problem", sent.paragraph
        home = lists.home_troubles(span, self.vocab)
        if home and listing is not None:
            for item in home:  # "从挑战看,A。从内部看,B,C": weaknesses after the risks
                self.element("Bottleneck", item.text, item)
            return "Bottleneck", sent.paragraph
        if (
            previous is not None
            and previous.paragraph == sent.paragraph
            and (opened := lists.listing_opener(span.text))
            and any(c in previous.span.text for c in self.vocab.cues.words("problem_cues"))
        ):  # "…面临一些瓶颈问题。主要是:A,B。" / "…。如A,B,以及C等难题。"
            for item in lists.clause_items(span, opened):
                self.element(lists.problem_kind(item, self.vocab), item.text, item)
            return "Problem", sent.paragraph
        running = listing is not None and listing[1] == sent.paragraph and not lists.ends_list(span)
        own = running and any(items for _cls, items in lists.situation_items(span, self.vocab))
        # a paragraph that opened seeing troubles (我们也清醒看到…) lists them sentence after
        # sentence, whatever their words, until it turns to what will be done (我们一定要…)
        seeing = (
            listing is not None
            and listing[0] == "Problem"
            and self.seen_paragraph == sent.paragraph
            and not lists.strength_items(span)
            and not lists.turns_to_action(span)
        )
        if (
            listing is not None
            and running
            and (
                not own
                or seeing
                or (listing[0] == "Problem" and lists.troubles_by_clause(span, self.vocab))
            )
        ):  # "同时,仍存在A、B等问题": a list of its own ends the running one, unless the
            # sentence lists troubles clause by clause (…;民生保障仍然存在短板弱项;…)
            if own:
                self.clause_listed = span.begin  # read clause by clause: no list words inside
            items = [i for i in lists.clauses_before_counted(span) if not lists.lead_clause(i.text)]
            # the sentence right after "…我们也清醒看到面临的困难和挑战。" lists them, whatever its
            # words (新冠肺炎疫情仍在全球蔓延,…)
            # (or after such a lead in a paragraph that opened seeing them: "…清醒认识到,…问题仍然
            # 突出。当前发展面临诸多困难挑战。A,B。")
            led = (
                previous is not None
                and previous.paragraph == sent.paragraph
                and lists.leads_problems(previous.span.text)
                and (
                    lists.names_seen_troubles(previous.span.text)
                    or self.seen_paragraph == sent.paragraph
                )
            )
            if (
                listing[0] == "Problem"
                and not (led or seeing)
                and not lists.troubled(items, self.vocab)
            ):
                self.strengths(span)  # "…基本趋势没有改变"
                return None  # the paragraph has turned from its problems (只要我们…)
            if listing[0] == "Problem":  # less the clauses that only frame them (对标国家所需),
                # unless the sentence before announced them (…仍面临一些困难。A;B;人口持续外流。)
                headed = previous is not None and lists.leads_problems(previous.span.text)
                items = lists.troubles(items, self.vocab, seeing or (headed and ";" in span.text))
            kinds = (
                lists.problem_kinds(items, self.vocab)
                if listing[0] == "Problem"
                else [listing[0]] * len(items)
            )
            for item, cls in zip(items, kinds, strict=True):
                self.element(cls, item.text, item)
            return listing
        seen = lists.seen_problems(span, self.vocab)
        if seen:
            self.clause_listed = span.begin  # read clause by clause: no list words inside
        for cls, item in seen:
            self.element(cls, item.text, item)
        if seen or lists.problem_items(span, self.vocab):
            return "Problem", sent.paragraph  # the sentences after it go on with the list
        if previous is not None and previous.paragraph == sent.paragraph:
            if "机遇" in previous.span.text:  # "…战略机遇和风险挑战并存。A打开空间,B激发动力。"
                for item in lists.favourable_items(span):
                    self.element("Opportunity", item.text, item)
            # "…困难不容忽视,信心必须坚定。我国经济长期向好的支撑条件和基本趋势没有改变,…"
            if any(c in previous.span.text for c in self.vocab.cues.words("problem_cues")):
                self.strengths(span)
        return None

    def strengths(self, span: Span) -> None:
        """The lasting strengths a problems paragraph turns to are opportunities."""
        for item in lists.strength_items(span):
            self.element("Opportunity", item.text, item)

    def element_goals(self, sent: Span, carried: str | None, aimed: bool = False) -> str | None:
        """Targets a task item sets for itself ("到2030年,…规模突破200亿元") are goals, part of
        the innermost item that holds the sentence; ``carried`` is the year of dated targets in
        the sentence before, which this one may go on with; an item ``aimed`` stands in a
        section of aims and tasks, whose figures are targets, in a work report too. Returns the
        year the next sentence may go on with ("" when unknown), None when the run of dated
        targets ends here."""
        holder = self.innermost_element(sent.begin)
        if holder is not None and holder.cls == "Phase" and holder in self.out.intervals:
            # "（二）…阶段（2025年年底前）…累计划设航线不少于150条": by the phase's deadline
            carried = self.out.intervals[holder][0].end[:4]
        items, dated = lists.element_goals(sent, carried is not None, aimed)
        if not items or (self.info.report and not aimed):
            return None  # a work report's targets are its aims (主要预期目标), not its tasks' 力争…
        if holder is not None and holder.cls == "Achievement":
            return None  # a review's figures are results
        years = dates.target_years(sent.text) or ([carried] if carried else [])
        for item in items:
            key = self.element("Goal", item.text, item)
            if holder is not None:
                self.relate(key, "partOf", holder, item.begin)
            if years:
                self.out.target_years.append((key, years[0], self.sentence(sent.begin)))
        return (years[0] if years else "") if dated else None

    def innermost_element(self, at: int) -> EntityKey | None:
        """The element whose block is the smallest one holding ``at``: the last block that starts
        at or before it, or the nearest of its enclosing blocks that holds it."""
        blocks = self.st.blocks
        n = bisect_right(self._starts, at) - 1
        index = self._order[n] if n >= 0 else -1
        while index >= 0:
            block = blocks[index]
            key = self.block_keys.get(index)
            if key is not None and block.heading.begin <= at < block.body.end:
                return key
            index = block.parent
        return None

    def enterprise_industries(self, recognition: Recognition) -> None:
        for ent, evidence in recognition.industry_hints:
            industry = self.entity(
                EntityKey("Industry", evidence.label), self.span(evidence.begin, evidence.end)
            )
            self.relate(self.key_of(ent), "inIndustry", industry, ent.begin)


def _parts_of(cls: str, whole: str) -> bool:
    """Whether an element of class ``cls`` inside one of class ``whole`` is a part of it: one of
    its own kind, or a trouble inside a trouble (a weakness named under a challenge)."""
    return cls == whole or {cls, whole} <= {"Bottleneck", "Challenge"}


# A title inside a title: 〈X〉 in 关于印发〈X〉的通知 (《》 inside 《》 is written 〈〉).
_INNER_TITLE = re.compile(r"〈([^〈〉《》]{4,60})〉")


class _Cover:
    """Whether an offset lies inside any of a set of (possibly nested) intervals, in log time."""

    def __init__(self, intervals: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(intervals)
        self.starts = [lo for lo, _ in ordered]
        self.reach = list(accumulate((hi for _, hi in ordered), max))

    def covers(self, at: int) -> bool:
        i = bisect_right(self.starts, at) - 1
        return i >= 0 and self.reach[i] > at


# Sections whose items may be written as plain sentences rather than numbered.
_PROSE_KINDS = ("Safeguard",)
# Roles of blocks that are plan elements (a block of principles, 基本原则, is none).
_ELEMENT_KINDS = frozenset(
    ("Measure", "Safeguard", "Phase", "WorkMethod", "Goal", "Achievement")
    + structure.SITUATION_KINDS
)
_CONCEPT_PART_CLASSES = ("Industry", "Zone", "Enterprise", "Organization", "AdministrativeArea")


def _leading_bodies(text: str, bodies: list[Candidate]) -> set[Candidate]:
    """The bodies a sentence makes responsible in its own words: a run of them (apart by 、, 和
    or 及) right before 牵头, 负责, 主办 or 会同 ("由市住房城乡建设委牵头", "市财政局、市国资委负责
    统筹", "市发展改革委会同各区推进"), and those it has work with them ("区农业农村局牵头,区财政
    局、区规划资源局配合"), as a note in brackets has."""
    out: set[Candidate] = set()
    led = -1  # where the last lead's role word ends
    run: list[Candidate] = []
    for i, m in enumerate(bodies):
        run.append(m)
        after = bodies[i + 1] if i + 1 < len(bodies) else None
        if after is not None and after.begin == m.end + 1 and text[m.end] in "、和及":
            continue  # the run goes on
        if text.startswith(_LEADS, m.end):
            out.update(run)
            led = m.end
        elif (
            0 <= led < run[0].begin
            and _ROLE_ALONE.match(text, m.end)
            and all(b.cls == "GovernmentBody" for b in run)
            and not any(stop in text[led : run[0].begin] for stop in "。;")
        ):
            out.update(run)  # "A牵头,B、C配合": in the lead's sentence, a role and no more
        run = []
    return out


_LEADS = (*lists.LEADING_ROLES, "会同")
# A role of working with the lead that ends its clause ("…,B、C配合。", "…,B、C等部门配合。",
# "…,B、C按职责分工负责。"), not a verb with an object (参与共建…, 协同开展…).
_ROLE_ALONE = re.compile(
    rf"(?:等部门)?(?:按职责分工负责|(?:{'|'.join(lists.ASSISTING_ROLES)}))(?=[,;。)]|$)"
)
# The heads of the economy's broad branches: a sector of one is no part of another (现代服务业同
# 先进制造业深度融合: manufacturing named in a task on services is its peer).
_BRANCHES = ("制造业", "服务业", "农业", "建筑业")


def _peer_sectors(child: str, parent: str) -> bool:
    """Whether two sectors belong to different broad branches of the economy."""
    ends = {b for b in _BRANCHES if child.endswith(b)}, {b for b in _BRANCHES if parent.endswith(b)}
    return bool(ends[0] and ends[1] and not ends[0] & ends[1])


def _predicate(kind: str, cls: str) -> str:
    if kind == "Measure":
        return {"Industry": "developsIndustry", "Zone": "buildsOnZone"}.get(cls, "involves")
    if kind == "WorkMethod" and cls in ("Zone", "Enterprise"):
        return "visits"
    if kind == "WorkMethod" and cls in ("GovernmentBody", "Organization"):
        return "consults"
    return "involves"


_TROUBLE_KINDS = ("Bottleneck", "Challenge")


def relate(
    structure: Structure, info: PlanInfo, recognition: Recognition, vocab: Vocab
) -> Extraction:
    relator = Relator(structure, info, recognition, vocab)
    extraction = relator.run()
    relator.enterprise_industries(recognition)
    return extraction
