"""Stage 4b — reflink: tie a document's entities to reference data and external identifiers.

- the plan's place (静安区, from its title) → an AdministrativeArea linked to its division code,
  inside its city; zones the plan builds on or visits → inside that district;
- industries → GB/T 4754-2017 classes, with the mapping property and rationale curated in
  data/vocab/industries.yaml, or a note saying why there is no class;
- entities with curated external identifiers (Wikidata) → those, with the source they were seen in.

Text-evidenced facts become Relations (with a sentence); table- and vocabulary-evidenced ones
become Links (with a dataset or file as their source).
"""

from __future__ import annotations

from .model import Entity, EntityKey, Extraction, Link, Mention, Relation, Span
from .reference import Reference
from .structure import sentence_index
from .vocab import Vocab

DIVISIONS_SOURCE = "data/reference/admin-divisions (NBS 统计用区划代码, 2023 edition)"
VOCAB_SOURCE = "data/vocab/industries.yaml"
PLACE_LINKED = ("buildsOnZone", "visits")


def _mention_sentence(x: Extraction, key: EntityKey) -> int | None:
    found = [m.sentence for m in x.mentions if m.key == key]
    return min(found) if found else None


def _place(x: Extraction, name: str, vocab: Vocab) -> EntityKey | None:
    """The AdministrativeArea for ``name`` if the text mentions it (fully or by its short name)."""
    key = EntityKey("AdministrativeArea", name)
    if key in x.entities:
        return key
    text = x.structure.doc.text
    short = name[:-1] if len(name) > 2 and name[-1] in "省市区县" else name
    for form in (name, short):
        at = text.find(form)
        if at >= 0:
            entry = vocab.lookup(name)
            x.entities[key] = Entity(key, entry.en if entry else "", entry.aliases if entry else ())
            x.mentions.append(
                Mention(key, Span(at, at + len(form), form), sentence_index(x.structure, at))
            )
            return key
    return None


def link_places(x: Extraction, places: tuple[str, ...], ref: Reference, vocab: Vocab) -> None:
    for name in places:
        code = ref.division_named(name)
        if code is None or code.level != "county":
            continue
        district = _place(x, name, vocab)
        if district is None:
            continue
        sentence = _mention_sentence(x, district) or 0
        x.relations.append(Relation(x.plan, "dcterms:spatial", district, sentence))
        x.links.append(
            Link(
                district,
                "skos:exactMatch",
                ("division", code.code),
                "LexicalMatching",
                DIVISIONS_SOURCE,
            )
        )
        _link_city(x, district, code.parent, ref, vocab)
        _zones_in(x, district)
        return


def _link_city(
    x: Extraction, district: EntityKey, parent: str, ref: Reference, vocab: Vocab
) -> None:
    code = ref.divisions.get(parent)
    while code is not None and code.level == "city":  # 市辖区 is a statistical grouping
        code = ref.divisions.get(code.parent)
    if code is None:
        return
    city = _place(x, code.name, vocab)
    if city is None:
        return
    x.links.append(
        Link(city, "skos:exactMatch", ("division", code.code), "LexicalMatching", DIVISIONS_SOURCE)
    )
    x.links.append(
        Link(
            district,
            "schema:containedInPlace",
            ("entity", ""),
            "LexicalMatching",
            DIVISIONS_SOURCE,
            target_key=city,
        )
    )


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


def link(x: Extraction, places: tuple[str, ...], ref: Reference, vocab: Vocab) -> Extraction:
    link_places(x, places, ref, vocab)
    link_curated(x, vocab)
    return x
