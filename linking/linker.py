"""Link records of a user's dataset (a CSV file or a SPARQL SELECT) to graph entities by name.

Matching is tiered, from safest to loosest, and stops at the first tier that finds anything:

1. ``exact`` — equal normalised names (width, script, case, punctuation ignored) → skos:exactMatch;
2. ``legal-form`` — equal core names (legal-form suffixes and bracketed place qualifiers ignored)
   → skos:closeMatch, because a parent and its subsidiary can share a core name;
3. ``fuzzy`` — similar core names (difflib ratio ≥ 0.85, or one containing the other) →
   skos:closeMatch with the similarity as confidence.

A record links to at most one entity: when the best score of its tier is shared by two different
entities the record is reported as ambiguous and not linked, so that a link never merges two
entities. Links go to their own graph as SSSOM-style annotated axioms (``emit.mapping``), which
keeps them reviewable and removable apart from the built graph.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from builder.emit import mapping, new_graph
from builder.errors import InputError, QueryError
from builder.iris import Minter
from builder.namespaces import PLANKG, SEMAPV
from queries.store import RemoteEngine, Select

from .names import core, normalise

Record = tuple[str, str]
"""(id, label) of one record of the user's dataset."""

EXACT, LEGAL_FORM, FUZZY = "exact", "legal-form", "fuzzy"
METHODS = (EXACT, LEGAL_FORM, FUZZY)
THRESHOLD = 0.85
MIN_CONTAINED = 3
DEFAULT_TEMPLATE = "urn:plankg:record:{id}"

_PREDICATE = {EXACT: SKOS.exactMatch, LEGAL_FORM: SKOS.closeMatch, FUZZY: SKOS.closeMatch}
_JUSTIFICATION = {
    EXACT: SEMAPV.LexicalMatching,
    LEGAL_FORM: SEMAPV.LexicalMatching,
    FUZZY: SEMAPV.LexicalSimilarityThresholdMatching,
}
_COMMENT = {
    EXACT: "exact match of normalised names (width, script, case, spacing and punctuation ignored)",
    LEGAL_FORM: "match of names without legal-form suffixes and bracketed place qualifiers",
    FUZZY: (
        f"fuzzy match of names without legal-form noise "
        f"(similarity or containment, threshold {THRESHOLD})"
    ),
}
_ABSOLUTE_IRI = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*://|urn:)\S+$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")


# -- what is matched ------------------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    """A graph entity that records may link to; ``names`` are all its labels, ``label`` the one
    shown to people (the zh rdfs:label when there is one)."""

    iri: str
    label: str
    cls: str
    names: tuple[str, ...] = ()

    def all_names(self) -> tuple[str, ...]:
        return self.names or (self.label,)


@dataclass(frozen=True)
class Match:
    record_id: str
    record_label: str
    target_iri: str
    entity_iri: str
    entity_label: str
    method: str
    score: float
    predicate: URIRef


@dataclass
class Report:
    matched: list[Match] = field(default_factory=list)
    ambiguous: list[tuple[Record, list[Candidate]]] = field(default_factory=list)
    unmatched: list[Record] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Links per method, every method present (0 when unused), in tier order."""
        return {m: sum(1 for x in self.matched if x.method == m) for m in METHODS}

    def shared(self) -> dict[str, list[Match]]:
        """Entities that two or more records link to: legitimate, but worth a look."""
        by_entity: dict[str, list[Match]] = defaultdict(list)
        for match in self.matched:
            by_entity[match.entity_iri].append(match)
        return {iri: ms for iri, ms in by_entity.items() if len(ms) > 1}


# -- entities of the graph ------------------------------------------------------------------
def entities(graph: Graph, cls: str | None = None) -> list[Candidate]:
    """Every resource typed with a plankg class (text resources excepted: they are documents,
    not things a dataset describes), optionally of one class, with its rdfs:label and
    skos:altLabel values in any language. Sorted by IRI so that reports are stable."""
    wanted = _local_name(cls) if cls else None
    found = []
    for iri, classes in sorted(_plankg_classes(graph).items()):
        if "SourceText" in classes or (wanted and wanted not in classes):
            continue
        names = _names(graph, iri)
        if names:
            label = _display_label(graph, iri, names)
            found.append(Candidate(str(iri), label, wanted or sorted(classes)[0], names))
    return found


def classes_present(graph: Graph) -> list[str]:
    """Local names of the plankg classes used in ``graph`` (for "no such class" messages)."""
    return sorted({c for cs in _plankg_classes(graph).values() for c in cs} - {"SourceText"})


def _local_name(cls: str) -> str:
    """Accept "Enterprise", "plankg:Enterprise" or the full IRI."""
    return cls.removeprefix(str(PLANKG._NS)).removeprefix("plankg:")


def _plankg_classes(graph: Graph) -> dict[URIRef, set[str]]:
    namespace = str(PLANKG._NS)
    classes: dict[URIRef, set[str]] = defaultdict(set)
    for subject, cls in graph.subject_objects(RDF.type):
        if isinstance(subject, URIRef) and str(cls).startswith(namespace):
            classes[subject].add(str(cls)[len(namespace) :])
    return classes


def _names(graph: Graph, iri: URIRef) -> tuple[str, ...]:
    values = {str(v) for p in (RDFS.label, SKOS.altLabel) for v in graph.objects(iri, p)}
    return tuple(sorted(v for v in values if v.strip()))


def _display_label(graph: Graph, iri: URIRef, names: tuple[str, ...]) -> str:
    labels = [v for v in graph.objects(iri, RDFS.label) if isinstance(v, Literal)]
    for wanted in ("zh", None):
        chosen = sorted(str(v) for v in labels if v.language == wanted)
        if chosen:
            return chosen[0]
    return names[0]


# -- matching -------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Index:
    """Entity names precomputed once per run, so that each record costs dict lookups plus one
    pass of cheap similarity bounds over the core names."""

    exact: dict[str, set[Candidate]]
    core: dict[str, set[Candidate]]
    cores: list[tuple[str, Candidate]]


def _index(candidates: Iterable[Candidate]) -> _Index:
    exact: dict[str, set[Candidate]] = defaultdict(set)
    cores: dict[str, set[Candidate]] = defaultdict(set)
    for candidate in candidates:
        for name in candidate.all_names():
            if normalised := normalise(name):
                exact[normalised].add(candidate)
                cores[core(name)].add(candidate)
    pairs = [(c, cand) for c, cands in cores.items() for cand in cands]
    return _Index(dict(exact), dict(cores), pairs)


def link(
    records: Iterable[Record],
    candidates: Iterable[Candidate],
    iri_template: str | None = None,
) -> Report:
    """Match every record against the candidates; see the module docstring for the tiers.
    ``iri_template`` names the record targets (see ``target_iri``)."""
    index = _index(candidates)
    report = Report()
    for record in records:
        method, score, best = _best(record[1], index)
        if len(best) == 1:
            report.matched.append(_match(record, best[0], method, score, iri_template))
        elif best:
            report.ambiguous.append((record, best))
        else:
            report.unmatched.append(record)
    return report


def _match(
    record: Record, entity: Candidate, method: str, score: float, template: str | None
) -> Match:
    record_id, label = record
    return Match(
        record_id=record_id,
        record_label=label,
        target_iri=target_iri(record_id, label, template),
        entity_iri=entity.iri,
        entity_label=entity.label,
        method=method,
        score=score,
        predicate=_PREDICATE[method],
    )


def _best(label: str, index: _Index) -> tuple[str, float, list[Candidate]]:
    """The first tier with any hit: (method, score, the entities sharing the best score)."""
    normalised = normalise(label)
    if not normalised:
        return FUZZY, 0.0, []
    if normalised in index.exact:
        return EXACT, 1.0, _sorted(index.exact[normalised])
    record_core = core(label)
    if record_core in index.core:
        return LEGAL_FORM, 0.95, _sorted(index.core[record_core])
    return _best_fuzzy(record_core, index.cores)


def _best_fuzzy(
    record_core: str, cores: Sequence[tuple[str, Candidate]]
) -> tuple[str, float, list[Candidate]]:
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(record_core)  # SequenceMatcher caches what it learns about seq2
    best: dict[str, tuple[float, Candidate]] = {}
    for name_core, candidate in cores:
        score = _fuzzy_score(matcher, name_core, record_core)
        if score >= THRESHOLD and score > best.get(candidate.iri, (0.0, candidate))[0]:
            best[candidate.iri] = (score, candidate)
    if not best:
        return FUZZY, 0.0, []
    top = max(score for score, _ in best.values())
    tied = [c for score, c in best.values() if round(score, 9) == round(top, 9)]
    return FUZZY, top, _sorted(tied)


def _fuzzy_score(matcher: SequenceMatcher[str], name_core: str, record_core: str) -> float:
    """difflib's ratio when it reaches the threshold; a containment of at least three characters
    scores len(shorter)/len(longer) but never below the threshold, because a plan's short name
    inside a registry's long one (国泰君安 in 国泰君安证券) is a strong hint however short; else 0."""
    score = 0.0
    matcher.set_seq1(name_core)
    if matcher.real_quick_ratio() >= THRESHOLD and matcher.quick_ratio() >= THRESHOLD:
        ratio = matcher.ratio()
        score = ratio if ratio >= THRESHOLD else 0.0
    shorter, longer = sorted((name_core, record_core), key=len)
    if len(shorter) >= MIN_CONTAINED and shorter in longer:
        score = max(score, len(shorter) / len(longer), THRESHOLD)
    return score


def similarity(a: str, b: str) -> float:
    """The fuzzy tier's score of two names (0 below the threshold), on their core forms."""
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(core(b))
    return _fuzzy_score(matcher, core(a), core(b))


def _sorted(candidates: Iterable[Candidate]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: c.iri)


# -- the links graph ------------------------------------------------------------------------
def target_iri(record_id: str, label: str, template: str | None = None) -> str:
    """The IRI standing for a record: ``template`` filled with the percent-encoded id and label.
    Without a template a record id that already is an absolute IRI (an ?item of a SPARQL source,
    a Wikidata IRI column) is used as it is, and other ids go into urn:plankg:record:{id}."""
    if template is None:
        if _ABSOLUTE_IRI.match(record_id):
            return record_id
        template = DEFAULT_TEMPLATE
    return template.format(id=quote(record_id, safe=""), label=quote(label, safe=""))


def check_template(template: str) -> None:
    """Fail early, before any matching, on a template that cannot make one IRI per record."""
    try:
        sample = template.format(id="1", label="x")
    except (KeyError, IndexError, ValueError) as exc:
        raise InputError(template, f"not a usable IRI template ({exc!r}); {_HINT}") from exc
    if "{id}" not in template and "{label}" not in template:
        raise InputError(template, f"the IRI template names neither {{id}} nor {{label}}; {_HINT}")
    if not _SCHEME.match(sample):
        raise InputError(template, f"the IRI template does not make absolute IRIs; {_HINT}")


_HINT = "use e.g. https://example.org/company/{id} or urn:x-mydata:{id}"


def links_graph(
    matches: Iterable[Match],
    base: str,
    source: URIRef | str,
    iri_template: str | None = None,
) -> Graph:
    """One annotated skos mapping per match, entity → record, with the record's label; the
    dataset is the ``dcterms:source`` of every mapping. ``iri_template``, when given, re-targets
    the matches (otherwise the target each match was made with is kept)."""
    graph = new_graph()
    mint, dataset = Minter(base), URIRef(str(source))
    for match in matches:
        if iri_template is not None:
            match = replace(
                match, target_iri=target_iri(match.record_id, match.record_label, iri_template)
            )
        _add_link(graph, mint, dataset, match)
    return graph


def _add_link(graph: Graph, mint: Minter, dataset: URIRef, match: Match) -> None:
    target = URIRef(match.target_iri)
    graph.add((target, RDFS.label, Literal(match.record_label)))
    mapping(
        graph,
        mint,
        URIRef(match.entity_iri),
        match.predicate,
        target,
        _JUSTIFICATION[match.method],
        dataset,
        match.score,
        _COMMENT[match.method],
    )


# -- reading records ------------------------------------------------------------------------
def read_csv(path: Path, label_column: str, id_column: str | None = None) -> list[Record]:
    """(id, label) per data row; ids are the 1-based row numbers (header excluded) unless an id
    column is named. UTF-8 with or without BOM, else GB18030 (what Chinese Excel saves)."""
    rows = _csv_rows(path)
    header = [h.strip() for h in rows[0]]
    label_at = _column(path, header, label_column)
    id_at = _column(path, header, id_column) if id_column else None
    if len(rows) == 1:
        raise InputError(path, "has a header but no rows")
    records = []
    for number, row in enumerate(rows[1:], start=1):
        records.append((_row_id(path, row, id_at, number), _cell(row, label_at)))
    return records


def csv_columns(path: Path) -> list[str]:
    """The header of a CSV file, for messages that list what the user could have named."""
    return [h.strip() for h in _csv_rows(path)[0]]


def _csv_rows(path: Path) -> list[list[str]]:
    text = _decode(path)
    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline="")) if any(row)]
    except csv.Error as exc:
        raise InputError(path, f"not a readable CSV file ({exc})") from exc
    if not rows:
        raise InputError(path, "empty file")
    return rows


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(path, "no such file") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from exc
    if not data.strip():
        raise InputError(path, "empty file")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(path, "cannot decode as UTF-8 or GB18030; save the CSV as UTF-8")


def _column(path: Path, header: list[str], name: str) -> int:
    if name.strip() not in header:
        present = ", ".join(repr(h) for h in header)
        raise InputError(path, f"no column {name!r}; columns present: {present}")
    return header.index(name.strip())


def _cell(row: list[str], at: int) -> str:
    return row[at].strip() if at < len(row) else ""


def _row_id(path: Path, row: list[str], id_at: int | None, number: int) -> str:
    if id_at is None:
        return str(number)
    value = _cell(row, id_at)
    if not value:
        raise InputError(path, f"row {number} has an empty id")
    return value


def read_endpoint(
    url: str, query_file: Path, label_var: str = "label", id_var: str = "id"
) -> list[Record]:
    """(id, label) per answer row of a SELECT; the id is ?id, else the IRI in ?item, else the
    1-based row number. Rows without a label are skipped: there is nothing to match."""
    text = _read_query(query_file)
    answer = RemoteEngine(url).query(text)
    if not isinstance(answer, Select):
        raise QueryError(f"{query_file}: a SELECT query is needed to read records")
    if label_var not in answer.variables:
        selected = ", ".join(f"?{v}" for v in answer.variables)
        raise QueryError(f"{query_file}: the query selects no ?{label_var} (it selects {selected})")
    records = []
    for number, row in enumerate(answer.rows, start=1):
        label = row.get(label_var)
        if label is not None and str(label).strip():
            records.append((_answer_id(row, id_var, number), str(label).strip()))
    return records


def _read_query(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(path, "no such query file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the query ({exc})") from exc


def _answer_id(row: dict[str, Node | None], id_var: str, number: int) -> str:
    for var in (id_var, "item"):
        value = row.get(var)
        if value is not None:
            return str(value)
    return str(number)


# -- ranking (interactive reconciliation) ----------------------------------------------------
NameIndex = _Index
"""The precomputed names of a set of candidates, built once by ``name_index``."""


def name_index(candidates: Iterable[Candidate]) -> NameIndex:
    """Index the candidates' names once, for many ``ranked`` calls."""
    return _index(candidates)


def ranked(label: str, index: NameIndex) -> list[tuple[Candidate, str, float]]:
    """Every candidate matching ``label`` in any tier, each with its best (method, score), best
    first: unlike ``link``, which keeps only the first tier with hits, a reconciliation client
    shows the user the runners-up too. Ties are ordered by IRI."""
    normalised = normalise(label)
    if not normalised:
        return []
    best: dict[str, tuple[Candidate, str, float]] = {}
    record_core = core(label)
    for method, score, hits in (
        (EXACT, 1.0, index.exact.get(normalised, ())),
        (LEGAL_FORM, 0.95, index.core.get(record_core, ())),
    ):
        for candidate in hits:
            best.setdefault(candidate.iri, (candidate, method, score))
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(record_core)
    for name_core, candidate in index.cores:
        if candidate.iri in best and best[candidate.iri][1] != FUZZY:
            continue  # a safer tier already matched this candidate
        score = _fuzzy_score(matcher, name_core, record_core)
        if score > best.get(candidate.iri, (candidate, FUZZY, 0.0))[2]:
            best[candidate.iri] = (candidate, FUZZY, score)
    return sorted(best.values(), key=lambda hit: (-hit[2], hit[0].iri))
