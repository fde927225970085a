"""Stage 4b — reflink: tie a document's entities to reference data and external identifiers.

- every administrative division the plan names (full name, or a short form recognition knows)
  → its division code *as of the plan's period*: a 2012 plan's 闸北区 is ``division/310108``
  (retired in 2015, ``dcterms:isReplacedBy`` 静安区 ``division/310106`` in reference.ttl); names
  retired before today that recognition does not know are found here, in full, for the period;
  a name several divisions share is resolved inside the plan's province, or not linked;
  provinces named by their one-character 简称 in a compound (京津冀, 粤港澳) are found here
  (data/reference/province-abbreviations) and linked as their full names are;
- each linked division → the nearest linked division containing it (``schema:containedInPlace``);
- the plan's own place (静安区, from its title) → ``dcterms:spatial``, and zones the plan builds on
  or visits lie in it when it is a district or county; a zone named after a city or county
  (荆门高新区) lies in it (``schema:containedInPlace``);
- industries → GB/T 4754-2017 classes, with the mapping property and rationale curated in
  data/vocab/industries.yaml, or a note saying why there is no class; → 战略性新兴产业分类(2018)
  and 数字经济分类(2021) classes of the same name (after normalisation) or curated in
  data/links/catalogue-links.csv with a rationale;
- entities with curated external identifiers (Wikidata) → those, with the source they were seen in.

Text-evidenced facts become Relations (with a sentence); table- and vocabulary-evidenced ones
become Links (with a dataset or file as their source).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue
from . import places as divisions
from .model import Entity, EntityKey, Extraction, Link, Mention, Relation, Span
from .reference import Code, Reference, normalise
from .structure import sentence_index
from .vocab import Vocab

DIVISIONS_SOURCE = (
    "data/reference/division-codes-history (county level and above, 1981–2023, CC0) and "
    "data/reference/admin-divisions (Shanghai townships, NBS 2023 edition)"
)
VOCAB_SOURCE = "data/vocab/industries.yaml"
CATALOGUE_LINKS_SOURCE = "data/links/catalogue-links.csv"
PLACE_LINKED = ("buildsOnZone", "visits")
NAME_MATCH = "the same name as the class after normalisation (NFKC, no spaces, no 产业/业 ending)"
# How a plan calls its own place: 本市, 全区, 我县 … (the level the place's name ends with).
_OWN_FORMS = {
    "省": ("本省", "全省", "我省"),
    "市": ("本市", "全市", "我市"),
    "区": ("本区", "全区", "我区"),
    "县": ("本县", "全县", "我县"),
}
_YEAR = re.compile(r"((?:19|20)\d{2})年")


def _mention_sentence(x: Extraction, key: EntityKey) -> int | None:
    found = [m.sentence for m in x.mentions if m.key == key]
    return min(found) if found else None


def _add_entity(x: Extraction, key: EntityKey, at: int, form: str, vocab: Vocab) -> None:
    if key not in x.entities:
        entry = vocab.lookup(key.label)
        x.entities[key] = Entity(key, entry.en if entry else "", entry.aliases if entry else ())
    x.mentions.append(Mention(key, Span(at, at + len(form), form), sentence_index(x.structure, at)))


def _place(x: Extraction, name: str, vocab: Vocab, own: bool = False) -> EntityKey | None:
    """The AdministrativeArea for ``name`` if the text mentions it (fully or by its short name;
    the plan's own place also as 本市, 全区 …)."""
    key = EntityKey("AdministrativeArea", name)
    if key in x.entities:
        return key
    text = x.structure.doc.text
    short = name[:-1] if len(name) > 2 and name[-1] in "省市区县" else name
    forms = [name, short, *(_OWN_FORMS.get(name[-1], ()) if own else ())]
    for form in forms:
        at = text.find(form)
        if at >= 0:
            _add_entity(x, key, at, form, vocab)
            return key
    return None


def plan_year(x: Extraction) -> int | None:
    """The first year of the plan's period, else a year its title names, else None (today)."""
    for rel in x.relations:
        if rel.subject == x.plan and rel.predicate == "hasPeriod" and rel.obj in x.intervals:
            return int(x.intervals[rel.obj][0].begin[:4])
    m = _YEAR.search(x.plan.label)
    return int(m.group(1)) if m else None


def plan_province(x: Extraction, places: tuple[str, ...]) -> str:
    """The two-digit code of the plan's province: from its title, else the province the text
    names most often by full name ('' if none)."""
    found = divisions.province_of(places)
    if found:
        return found
    index = divisions.province_index()
    shared = divisions.shared_names()  # 宝山区 is in two provinces: it tells neither
    counts: dict[str, int] = {}
    for m in x.mentions:
        label = m.key.label
        if m.key.cls != "AdministrativeArea" or label in shared:
            continue
        if m.span.text == label and label in index:
            counts[index[label]] = counts.get(index[label], 0) + 1
    return max(sorted(counts), key=lambda c: counts[c]) if counts else ""


@lru_cache(maxsize=64)
def _former_names(ref: Reference, year: int) -> re.Pattern[str] | None:
    """Full names of divisions in use in ``year`` that are no longer in use under that name."""
    current = divisions.province_index()
    names = sorted(
        {
            c.name
            for c in ref.divisions.values()
            if c.retired and c.valid_in(year) and len(c.name) >= 3 and c.name not in current
        },
        key=lambda n: (-len(n), n),
    )
    return re.compile("|".join(map(re.escape, names))) if names else None


def find_former_names(x: Extraction, ref: Reference, year: int | None, vocab: Vocab) -> None:
    """Mentions of divisions named as they were in the plan's period (崇明县 in a 2012 plan),
    which recognition, knowing today's names, does not find; never inside another mention."""
    pattern = _former_names(ref, year) if year is not None else None
    if pattern is None:
        return
    taken = [  # names, not the spans of measures, goals … (scoped) or the plan's title
        (m.span.begin, m.span.end) for m in x.mentions if not m.key.scope and m.key != x.plan
    ]
    for m in pattern.finditer(x.structure.doc.text):
        if any(b < m.end() and m.start() < e for b, e in taken):
            continue
        _add_entity(x, EntityKey("AdministrativeArea", m.group(0)), m.start(), m.group(0), vocab)
        taken.append((m.start(), m.end()))


# Named things whose names may hold a region of provinces (粤港澳大湾区, 京津冀协同发展).
_REGIONS = frozenset({"Zone", "PolicyConcept", "Organization", "PolicyDocument"})


def find_abbreviations(x: Extraction, ref: Reference, year: int | None, vocab: Vocab) -> None:
    """Provinces named by their 简称 in a compound of two or more (京津冀, 粤港澳大湾区, 沪苏浙皖)
    (``places.abbreviation_compounds``). A compound names a region, not places of the plan: the
    entity whose name holds it (粤港澳大湾区, 京津冀协同发展), else the plan element whose text holds
    it (a measure for 鄂湘赣联动), covers each province (``dcterms:spatial`` to its division code).
    Only outside both does each character become a mention of its province; never inside another
    place's name."""
    places = [
        (m.span.begin, m.span.end)
        for m in x.mentions
        if m.key.cls == "AdministrativeArea" and not m.key.scope
    ]
    text = x.structure.doc.text
    for at, name in divisions.abbreviation_compounds(text):
        if any(b <= at < e for b, e in places):
            continue
        holder = _region_holder(x, at)
        found = ref.resolve(name, year)
        if holder is None or found is None:
            _add_entity(x, EntityKey("AdministrativeArea", name), at, text[at], vocab)
            continue
        link = Link(
            holder,
            "dcterms:spatial",
            ("division", found.id),
            "LexicalMatching",
            DIVISIONS_SOURCE,
            f"{text[at]} is the short name (简称) of {name}",
        )
        if link not in x.links:
            x.links.append(link)


def _region_holder(x: Extraction, at: int) -> EntityKey | None:
    """The named entity whose mention holds offset ``at``, else the innermost plan element
    whose block (heading and body) holds it."""
    for m in x.mentions:
        if m.key.cls in _REGIONS and m.span.begin <= at < m.span.end:
            return m.key
    heads = {(m.span.begin, m.key.cls): m.key for m in x.mentions if m.key.scope}
    best: EntityKey | None = None
    for block in x.structure.blocks:
        if block.role == "element" and block.heading.begin <= at < block.body.end:
            for (begin, cls), key in heads.items():
                if cls == block.kind and block.heading.begin <= begin < block.heading.end:
                    best = key  # blocks come in text order: the last one holding at is innermost
    return best


def _named_in_full(x: Extraction, key: EntityKey) -> bool:
    return any(m.key == key and m.span.text == key.label for m in x.mentions)


def _own_place(
    x: Extraction, places: tuple[str, ...], ref: Reference, year: int | None, province: str
) -> tuple[str, Code] | None:
    """The plan's own place: the first title place that is a division; the district of a
    title that names its city first (上海市静安区…)."""
    for name in places:
        code = ref.resolve(name, year, province, strict=True)
        if code is None:
            continue
        at = x.plan.label.find(name)
        rest = x.plan.label[at + len(name) :] if at >= 0 else ""
        for size in range(2, min(8, len(rest)) + 1):
            inner = ref.resolve(rest[:size], year, code.code[:2], strict=True)
            if inner is not None and inner.parent == code.id:
                return rest[:size], inner
        return name, code
    return None


def link_places(x: Extraction, places: tuple[str, ...], ref: Reference, vocab: Vocab) -> None:
    year = plan_year(x)
    province = plan_province(x, places)
    find_former_names(x, ref, year, vocab)
    find_abbreviations(x, ref, year, vocab)
    own = _own_place(x, places, ref, year, province)
    if own is not None:
        name, code = own
        place = _place(x, name, vocab, own=True)
        if place is not None:
            sentence = _mention_sentence(x, place) or 0
            x.relations.append(Relation(x.plan, "dcterms:spatial", place, sentence))
            above = ref.divisions.get(code.parent)
            while above is not None:  # the province or city around it, if the text names it
                _place(x, above.name, vocab)
                above = ref.divisions.get(above.parent)
            if code.level == "county":
                _zones_in(x, place)
    _zones_named_after(x, province)
    linked: dict[str, EntityKey] = {}
    areas = [k for k in x.entities if k.cls == "AdministrativeArea" and not k.scope]
    for key in sorted(areas, key=lambda k: k.label):
        found = ref.resolve(key.label, year, province)
        if found is None or (found.level == "township" and not _named_in_full(x, key)):
            continue  # ambiguous; or a town recognised by a short form only (建设 is no 建设镇)
        linked.setdefault(found.id, key)
        x.links.append(
            Link(
                key, "skos:exactMatch", ("division", found.id), "LexicalMatching", DIVISIONS_SOURCE
            )
        )
    for code_id, key in sorted(linked.items()):
        above = ref.divisions.get(ref.divisions[code_id].parent)
        while above is not None and above.id not in linked:
            above = ref.divisions.get(above.parent)
        if above is not None:
            x.links.append(
                Link(
                    key,
                    "schema:containedInPlace",
                    ("entity", ""),
                    "LexicalMatching",
                    DIVISIONS_SOURCE,
                    target_key=linked[above.id],
                )
            )


@lru_cache(maxsize=64)
def _division_forms(province: str) -> dict[str, str]:
    """Names and short names of divisions of county level and above (荆门 → 荆门市); townships
    are left out (张江 of 张江科学城 is no 张江镇)."""
    towns = {p.name for p in divisions.places() if p.level == "乡级"}
    return {f: n for f, n in divisions.names_for(province).items() if n not in towns}


def _zones_named_after(x: Extraction, province: str) -> None:
    """A zone named after its city or county (荆门高新区, 烟台丁字湾) lies in it, where the text
    also names the place on its own (a place named only inside a zone's name is no entity)."""
    forms = _division_forms(province)
    for key in [k for k in x.entities if k.cls == "Zone" and not k.scope]:
        label = key.label  # the longest form it opens with, short of the whole label
        form = next((label[:n] for n in range(len(label) - 1, 0, -1) if label[:n] in forms), None)
        if form is None or len(form) < 2:
            continue
        place = EntityKey("AdministrativeArea", forms[form])
        sentence = _mention_sentence(x, key)
        if place in x.entities and sentence is not None:
            rel = Relation(key, "schema:containedInPlace", place, sentence)
            if rel not in x.relations:
                x.relations.append(rel)


def _zones_in(x: Extraction, district: EntityKey) -> None:
    """Zones a plan builds on or visits lie in the plan's district (the sentence says which)."""
    for rel in list(x.relations):
        if rel.predicate in PLACE_LINKED and rel.obj.cls == "Zone":
            new = Relation(rel.obj, "schema:containedInPlace", district, rel.sentence)
            if new not in x.relations:
                x.relations.append(new)


def link_curated(x: Extraction, vocab: Vocab) -> None:
    """GB/T 4754-2017 classes and external identifiers curated in the vocabulary."""
    for key in list(x.entities):
        entry = vocab.lookup(key.label) if not key.scope else None
        if entry is None or entry.label != key.label or entry.type != key.cls:
            continue
        for c in entry.classes:
            x.links.append(
                Link(
                    key,
                    f"skos:{c.match}",
                    ("gbt4754-2017", c.code),
                    "ManualMappingCuration",
                    VOCAB_SOURCE,
                    c.why,
                )
            )
        if entry.unclassified:
            x.notes.append((key, entry.unclassified))
        for ident in entry.identifiers:
            if ident.scheme == "wikidata":
                target = ("iri", f"http://www.wikidata.org/entity/{ident.id}")
                x.links.append(
                    Link(key, f"skos:{ident.match}", target, "ManualMappingCuration", ident.source)
                )


@lru_cache(maxsize=1)
def _catalogue_names(ref: Reference) -> dict[str, tuple[tuple[str, str], ...]]:
    """Normalised class name → (catalogue, code) of the two NBS catalogues' top two levels."""
    out: dict[str, list[tuple[str, str]]] = {}
    for scheme in ("sei-2018", "digital-economy-2021"):
        for code, item in sorted(ref.codes(scheme).items()):
            if not catalogue.vague(item.name):
                out.setdefault(normalise(item.name), []).append((scheme, code))
    return {name: tuple(found) for name, found in out.items()}


def link_catalogues(x: Extraction, ref: Reference) -> None:
    """Industries → classes of 战略性新兴产业分类(2018) and 数字经济分类(2021): by the same name,
    or as curated (with a rationale) in data/links/catalogue-links.csv; nothing is guessed."""
    names = _catalogue_names(ref)
    curated = ref.catalogue_links
    industries = [k for k in x.entities if k.cls == "Industry" and not k.scope]
    for key in sorted(industries, key=lambda k: k.label):
        done: set[tuple[str, str]] = set()
        for item in curated.get(key.label, ()):
            done.add((item.catalogue, item.code))
            x.links.append(
                Link(
                    key,
                    f"skos:{item.match}",
                    (item.catalogue, item.code),
                    "ManualMappingCuration",
                    CATALOGUE_LINKS_SOURCE,
                    item.rationale,
                )
            )
        for target in names.get(normalise(key.label), ()):
            if target not in done:
                x.links.append(
                    Link(
                        key,
                        "skos:closeMatch",
                        target,
                        "LexicalMatching",
                        SOURCES[target[0]],
                        NAME_MATCH,
                    )
                )


SOURCES = {
    "sei-2018": "data/reference/sei-2018 (战略性新兴产业分类(2018), 国家统计局令第23号)",
    "digital-economy-2021": "data/reference/digital-economy-2021 (数字经济及其核心产业统计分类(2021))",
}


def link(x: Extraction, places: tuple[str, ...], ref: Reference, vocab: Vocab) -> Extraction:
    link_places(x, places, ref, vocab)
    link_curated(x, vocab)
    link_catalogues(x, ref)
    return x
