"""Score a built graph against a hand annotation (docs/annotation.md): recall, precision, F1.

Matching rules (the same for every text):
- labels match after NFKC and removal of quotation marks, brackets and spaces; an extracted
  entity offers its rdfs:label, skos:prefLabel and skos:altLabel;
- a class matches through rdfs:subClassOf (an extracted entity of a subclass counts for a gold
  class);
- a gold edge counts when its two entities are linked directly, or through one entity that is
  neither provenance (statements, text spans) nor a hub of the whole document (the plan, its
  source text, its period);
- a boundary error is an extracted name that strictly contains an annotated one;
- a phase's dates match as an interval: a year stands for its months (2024 … 2024 is
  2024-01 … 2024-12), whichever way the annotation or the build writes it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from builder import paths
from builder.errors import PlankgError
from builder.namespaces import PLANKG, TIME
from builder.vocab import normal_form

from .gold import CLASSES, NAMED_CLASSES, Gold

GRAPH_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".nq": "nquads"}
HUBS = {"Plan", "SourceText", "Period"}
_NS = str(PLANKG._NS)


def normalise(label: str) -> str:
    """NFKC, without quotation marks, brackets and spaces (as the builder compares labels)."""
    return normal_form(label)


def load_graph(path: Path) -> Graph:
    """A graph file as it is, or a plan text built in memory."""
    fmt = GRAPH_SUFFIXES.get(path.suffix.lower())
    graph = Graph()
    if fmt:
        try:
            return graph.parse(path, format=fmt)
        except FileNotFoundError:
            raise PlankgError(f"{path}: no such graph file") from None
        except Exception as exc:  # a parser's own message is the useful part, on one line
            reason = " ".join(str(exc).split())[:200]
            raise PlankgError(f"{path}: cannot parse as {fmt} ({reason})") from None
    from builder.emit import emit
    from builder.pipeline import extract

    if not path.exists():
        raise PlankgError(f"{path}: no such plan or graph file")
    lines = emit([extract(path)], paths.DEFAULT_BASE).lines
    return graph.parse(data="".join(lines), format="nt")


def require_plan(graph: Graph, path: Path) -> Graph:
    """A graph to score must hold a plan; an empty or unrelated file is a mistake, not a 0%."""
    if (None, RDF.type, PLANKG.Plan) not in graph:
        raise PlankgError(f"{path}: no plankg:Plan in this graph (build a plan with plankg build)")
    return graph


@dataclass
class Extracted:
    node: URIRef
    cls: str  # most specific plankg class
    label: str
    keys: frozenset[str]  # normalised labels


@lru_cache(maxsize=1)
def ancestors() -> dict[str, set[str]]:
    """Each plankg class with itself and its superclasses, from ontology/plan.ttl."""
    onto = Graph().parse(paths.ONTOLOGY, format="turtle")
    parents: dict[str, set[str]] = defaultdict(set)
    for sub, sup in onto.subject_objects(RDFS.subClassOf):
        if str(sub).startswith(_NS) and str(sup).startswith(_NS):
            parents[str(sub)[len(_NS) :]].add(str(sup)[len(_NS) :])
    out: dict[str, set[str]] = {}
    for cls in {*parents, *CLASSES, *HUBS}:
        seen, todo = {cls}, [cls]
        while todo:
            for parent in parents.get(todo.pop(), set()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        out[cls] = seen
    return out


def entities(graph: Graph) -> list[Extracted]:
    """Every typed plankg entity of the graph with its labels."""
    found: list[Extracted] = []
    for node, cls in graph.subject_objects(RDF.type):
        if not (isinstance(node, URIRef) and str(cls).startswith(_NS)):
            continue
        name = str(cls)[len(_NS) :]
        labels = [
            str(o)
            for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
            for o in graph.objects(node, p)
            if getattr(o, "language", None) in (None, "zh")
        ]
        if labels:
            found.append(Extracted(node, name, labels[0], frozenset(map(normalise, labels))))
    return found


@dataclass
class ClassScore:
    gold: int = 0
    found: int = 0  # gold entities matched
    extracted: int = 0
    correct: int = 0  # extracted entities matching a gold entity

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.extracted if self.extracted else None

    def add(self, other: ClassScore) -> None:
        self.gold += other.gold
        self.found += other.found
        self.extracted += other.extracted
        self.correct += other.correct


def f1(score: ClassScore) -> float | None:
    r, p = score.recall, score.precision
    if r is None or p is None:
        return None
    return 2 * r * p / (r + p) if r + p else 0.0


@dataclass
class Score:
    name: str
    classes: dict[str, ClassScore] = field(default_factory=dict)
    misses: list[tuple[str, str]] = field(default_factory=list)
    spurious: list[tuple[str, str]] = field(default_factory=list)
    boundary: list[tuple[str, str]] = field(default_factory=list)  # (extracted, annotated)
    edges: ClassScore = field(default_factory=ClassScore)
    missed_edges: list[tuple[str, str]] = field(default_factory=list)
    phases: ClassScore = field(default_factory=ClassScore)
    wrong_phases: list[str] = field(default_factory=list)
    target_year: tuple[str, str] = ("", "")  # (gold, found)
    forbidden: list[str] = field(default_factory=list)

    def total(self, names: Iterable[str]) -> ClassScore:
        out = ClassScore()
        for name in names:
            out.add(self.classes.get(name, ClassScore()))
        return out


def score(gold: Gold, graph: Graph) -> Score:
    """Compare one graph with one annotation."""
    anc = ancestors()
    found = sorted(entities(graph), key=lambda e: (e.cls, e.label, str(e.node)))
    result = Score(gold.name, {c: ClassScore() for c in CLASSES})
    by_key: dict[str, list[Extracted]] = defaultdict(list)
    for e in found:
        for key in e.keys:
            by_key[key].append(e)
    for g in gold.entities:
        keys = {normalise(x) for x in g.labels}
        result.classes[g.cls].gold += 1
        if any(g.cls in anc.get(e.cls, {e.cls}) for k in keys for e in by_key.get(k, ())):
            result.classes[g.cls].found += 1
        else:
            result.misses.append((g.cls, g.label))
    _precision(gold, [e for e in found if e.cls not in HUBS], anc, result)
    _edges(gold, graph, found, by_key, result)
    _phases(gold, graph, found, result)
    result.target_year = (gold.target_year, _target_year(graph))
    return result


def _precision(gold: Gold, found: list[Extracted], anc: dict[str, set[str]], out: Score) -> None:
    gold_keys: dict[str, set[str]] = defaultdict(set)
    for g in gold.entities:
        gold_keys[g.cls].update(normalise(x) for x in g.labels)
    every = {k for keys in gold_keys.values() for k in keys}
    forbidden = {normalise(x) for x in gold.must_not}
    for e in found:
        classes = [c for c in anc.get(e.cls, {e.cls}) if c in CLASSES]
        if not classes:
            continue
        home = e.cls if e.cls in CLASSES else classes[0]
        out.classes[home].extracted += 1
        if any(e.keys & gold_keys[c] for c in classes):
            out.classes[home].correct += 1
            continue
        out.spurious.append((home, e.label))
        if e.keys & forbidden:
            out.forbidden.append(e.label)
        inner = [k for k in every if any(k != key and k in key for key in e.keys)]
        if inner:
            out.boundary.append((e.label, max(sorted(inner), key=len)))


def _neighbours(graph: Graph, nodes: set[URIRef], hubs: set[URIRef]) -> dict[URIRef, set[URIRef]]:
    adj: dict[URIRef, set[URIRef]] = defaultdict(set)
    for s, _p, o in graph:
        if isinstance(s, URIRef) and isinstance(o, URIRef) and s in nodes and o in nodes and s != o:
            adj[s].add(o)
            adj[o].add(s)
    for hub in hubs:
        adj.pop(hub, None)
    return adj


def _edges(
    gold: Gold,
    graph: Graph,
    found: list[Extracted],
    by_key: dict[str, list[Extracted]],
    out: Score,
) -> None:
    hubs = {
        n
        for n, c in graph.subject_objects(RDF.type)
        if isinstance(n, URIRef) and str(c)[len(_NS) :] in HUBS
    }
    nodes = {e.node for e in found} | hubs
    adj = _neighbours(graph, nodes, hubs)
    aliases = {g.label: {normalise(x) for x in g.labels} for g in gold.entities}
    for a, b in gold.edges:
        out.edges.gold += 1
        left = {e.node for k in aliases[a] for e in by_key.get(k, ())}
        right = {e.node for k in aliases[b] for e in by_key.get(k, ())}
        if any(_linked(x, y, adj, hubs) for x in left for y in right):
            out.edges.found += 1
        else:
            out.missed_edges.append((a, b))


def _linked(x: URIRef, y: URIRef, adj: dict[URIRef, set[URIRef]], hubs: set[URIRef]) -> bool:
    near = adj.get(x, set())
    return y in near or bool((near & adj.get(y, set())) - hubs)


def _phases(gold: Gold, graph: Graph, found: list[Extracted], out: Score) -> None:
    phases = [e for e in found if e.cls == "Phase"]
    for label, (start, end) in gold.phase_dates.items():
        out.phases.gold += 1
        key = normalise(label)
        dates = {
            (_instant(graph, e.node, "hasBeginning"), _instant(graph, e.node, "hasEnd"))
            for e in phases
            if key in e.keys
        }
        if _months(start, end) in {_months(s, e) for s, e in dates}:
            out.phases.found += 1
        else:
            got = ", ".join(f"{s or '?'}…{e or '?'}" for s, e in sorted(dates)) or "no phase"
            out.wrong_phases.append(f"{label}: {start}…{end} (built: {got})")


def _months(start: str, end: str) -> tuple[str, str]:
    """An interval by month: a year begins in its January and ends in its December."""
    return (f"{start}-01" if len(start) == 4 else start, f"{end}-12" if len(end) == 4 else end)


def _instant(graph: Graph, node: URIRef, which: str) -> str:
    for instant in graph.objects(node, TIME[which]):
        for prop in (TIME.inXSDGYearMonth, TIME.inXSDGYear):
            for value in graph.objects(instant, prop):
                return str(value)
    return ""


def _target_year(graph: Graph) -> str:
    for plan in graph.subjects(RDF.type, PLANKG.Plan):
        for year in graph.objects(plan, PLANKG.targetYear):
            return str(year)
    return ""


def named_total(result: Score) -> ClassScore:
    return result.total(NAMED_CLASSES)
