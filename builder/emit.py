"""Stage 5 — emit: Extractions → RDF. The only module that writes triples.

Provenance model (documented in docs/provenance.md):
- the document is a ``nif:Context`` (and ``plankg:SourceText``) whose ``nif:isString`` is the
  normalised text (left out with ``text=False``, and the document marked ``plankg:textOmitted``); sentences are ``nif:Sentence`` and mentions ``nif:Phrase`` nodes with IRIs
  ``<doc>#char=begin,end`` and ``nif:beginIndex``/``nif:endIndex``/``nif:anchorOf``, so that
  ``isString[begin:end] == anchorOf``; a mention points at its entity with ``itsrdf:taIdentRef``;
- every relation ``s p o`` is asserted, and also described by an ``rdf:Statement`` node with
  ``rdf:subject/predicate/object`` and ``prov:wasDerivedFrom`` the supporting sentence.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from . import emit_reference, reference
from .iris import Minter
from .model import Entity, EntityKey, Extraction, Interval, Link, Span
from .namespaces import ITSRDF, NIF, PLANKG, PREFIXES, SEMAPV, SSSOM, TIME
from .sink import Sink, TripleWriter, literal
from .sink import quote as _text

# The hot paths below write N-Triples lines straight into the Sink (what Sink.add, and Oxigraph,
# would write for the same terms), without building a Literal and a URIRef for every term.
_TYPE = f"<{RDF.type}>"
_BEGIN, _END = f"<{NIF.beginIndex}>", f"<{NIF.endIndex}>"
_ANCHOR, _CONTEXT = f"<{NIF.anchorOf}>", f"<{NIF.referenceContext}>"
_IDENT, _SENTENCE = f"<{ITSRDF.taIdentRef}>", f"<{NIF.sentence}>"
_INTEGER = f"^^<{XSD.integer}> ."
_STATEMENT_LINES = (
    f"<{RDF.type}> <{RDF.Statement}> .\n",
    f"<{RDF.subject}>",
    f"<{RDF.predicate}>",
    f"<{RDF.object}>",
    f"<{PROV.wasDerivedFrom}>",
    f"<{DCTERMS.source}>",
)
_LABEL, _PREF, _ALT = f"<{RDFS.label}>", f"<{SKOS.prefLabel}>", f"<{SKOS.altLabel}>"
_FOUND_BY = f"<{PLANKG.foundBy}>"
_CLASS = f"<{PLANKG._NS}"
_PHRASE, _NIF_SENTENCE = NIF.Phrase, NIF.Sentence


def _term(o: URIRef | Literal) -> str:
    return literal(o) if isinstance(o, Literal) else f"<{o}>"


_CONCEPT_SCHEMES = {"Industry": "industry", "PolicyConcept": "policy-concept"}


def new_graph() -> Graph:
    """An rdflib Graph with the project's prefixes bound (for small graphs such as links files)."""
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


class Emitter:
    """Writes one or more Extractions into one graph; shared entities merge by IRI."""

    def __init__(self, base: str, sink: Sink | None = None, text: bool = True) -> None:
        self.mint = Minter(base)
        self.text = text  # False: leave out each document's full text (build --no-text)
        self.g = sink if sink is not None else Sink()
        self.ref = reference.load()
        self.concepts: set[tuple[str, str]] = set()  # reference concepts already written
        self._iris: dict[EntityKey, URIRef] = {}

    def iri(self, key: EntityKey) -> URIRef:
        iri = self._iris.get(key)
        if iri is None:
            iri = self._iris[key] = URIRef(self.mint.entity(key))
        return iri

    def add(self, x: Extraction) -> None:
        doc = self.document(x)
        sentences = [self.sentence(doc, s.span) for s in x.structure.sentences]
        for key, entity in x.entities.items():
            self.entity(key, entity)
        self.g.add((self.iri(x.plan), FOAF.isPrimaryTopicOf, doc))
        for m in x.mentions:
            self.mention(doc, m.span, self.iri(m.key), sentences[m.sentence])
        for rel in x.relations:
            self.fact(
                doc,
                self.iri(rel.subject),
                _predicate(rel.predicate),
                self.iri(rel.obj),
                sentences[rel.sentence],
            )
        for key, (interval, sent) in x.intervals.items():
            self.interval(doc, self.iri(key), interval, sentences[sent])
        for key, year, sent in x.target_years:
            self.fact(
                doc,
                self.iri(key),
                PLANKG.targetYear,
                Literal(year, datatype=XSD.gYear),
                sentences[sent],
            )
        for link in x.links:
            self.link(link)
        for key, note in x.notes:
            self.g.add((self.iri(key), SKOS.editorialNote, Literal(note, lang="en")))

    def link(self, link: Link) -> None:
        """A link to reference data or an external identifier, annotated with its source."""
        kind, value = link.target
        if kind in emit_reference.SCHEMES:
            target = URIRef(self.mint.code(kind, value))
            if (kind, value) not in self.concepts:
                self.concepts.add((kind, value))
                emit_reference.concept(self.g, self.mint, self.ref, kind, value)
                if kind == "division":
                    emit_reference.changes(self.g, self.mint, self.ref, [value])
        elif kind == "entity" and link.target_key is not None:
            target = self.iri(link.target_key)
        else:
            target = URIRef(value)
        mapping(
            self.g,
            self.mint,
            self.iri(link.subject),
            _predicate(link.predicate),
            target,
            SEMAPV[link.justification],
            Literal(link.source),
            comment=link.comment,
        )

    # -- text -------------------------------------------------------------------------------
    def document(self, x: Extraction) -> URIRef:
        d = x.structure.doc
        doc = URIRef(self.mint.document(d.slug))
        g = self.g
        g.add((doc, RDF.type, PLANKG.SourceText))
        g.add((doc, RDF.type, NIF.Context))
        if self.text:
            g.add((doc, NIF.isString, Literal(d.text)))
        else:
            g.add((doc, PLANKG.textOmitted, Literal(True)))
        g.add((doc, NIF.beginIndex, Literal(0, datatype=XSD.integer)))
        g.add((doc, NIF.endIndex, Literal(len(d.text), datatype=XSD.integer)))
        g.add((doc, PLANKG.sha256, Literal(d.sha256)))
        g.add((doc, PLANKG.sourceFile, Literal(d.path.replace("\\", "/").rsplit("/", 1)[-1])))
        g.add((doc, RDFS.label, Literal(x.plan.label, lang="zh")))
        return doc

    def span(self, doc: URIRef, span: Span, cls: URIRef) -> str:
        """A span node's triples; returns its IRI as a plain string (one per sentence and
        mention: no rdflib term is made for it)."""
        node = self.mint.span(str(doc), span.begin, span.end)
        n = f"<{node}> "
        add = self.g.lines.add
        add(f"{n}{_TYPE} <{cls}> .\n")
        add(f'{n}{_BEGIN} "{span.begin}"{_INTEGER}\n')
        add(f'{n}{_END} "{span.end}"{_INTEGER}\n')
        add(f"{n}{_ANCHOR} {_text(span.text)} .\n")
        add(f"{n}{_CONTEXT} <{doc}> .\n")
        return node

    def sentence(self, doc: URIRef, span: Span) -> str:
        return self.span(doc, span, _NIF_SENTENCE)

    def mention(self, doc: URIRef, span: Span, entity: URIRef, sentence: str) -> None:
        node = self.span(doc, span, _PHRASE)
        add = self.g.lines.add
        add(f"<{node}> {_IDENT} <{entity}> .\n")
        add(f"<{node}> {_SENTENCE} <{sentence}> .\n")

    # -- facts ------------------------------------------------------------------------------
    def fact(self, doc: URIRef, s: URIRef, p: URIRef, o: URIRef | Literal, sentence: str) -> None:
        """Assert ``s p o`` and describe it with an rdf:Statement derived from ``sentence``."""
        obj = _term(o)
        add = self.g.lines.add
        add(f"<{s}> <{p}> {obj} .\n")
        n3 = obj if type(o) is URIRef else o.n3()
        st = f"<{self.mint.statement(str(s), str(p), n3, str(sentence))}> "
        a, subj, pred, ob, derived, source = _STATEMENT_LINES
        add(st + a)
        add(f"{st}{subj} <{s}> .\n")
        add(f"{st}{pred} <{p}> .\n")
        add(f"{st}{ob} {obj} .\n")
        add(f"{st}{derived} <{sentence}> .\n")
        add(f"{st}{source} <{doc}> .\n")

    def interval(self, doc: URIRef, node: URIRef, interval: Interval, sentence: str) -> None:
        self.g.add((node, RDF.type, TIME.ProperInterval))
        self.fact(doc, node, TIME.hasBeginning, self.instant(interval.begin), sentence)
        self.fact(doc, node, TIME.hasEnd, self.instant(interval.end), sentence)

    def instant(self, value: str) -> URIRef:
        node = URIRef(self.mint.instant(value))
        datatype, prop = (
            (XSD.gYear, TIME.inXSDGYear)
            if len(value) == 4
            else (XSD.gYearMonth, TIME.inXSDGYearMonth)
        )
        self.g.add((node, RDF.type, TIME.Instant))
        self.g.add((node, prop, Literal(value, datatype=datatype)))
        return node

    # -- entities ---------------------------------------------------------------------------
    def entity(self, key: EntityKey, entity: Entity) -> None:
        node, g = self.iri(key), self.g
        n, add = f"<{node}> ", g.lines.add
        add(f"{n}{_TYPE} {_CLASS}{key.cls}> .\n")
        zh = _text(key.label) + "@zh ."
        add(f"{n}{_LABEL} {zh}\n")
        add(f"{n}{_PREF} {zh}\n")
        if entity.label_en:
            en = _text(entity.label_en) + "@en ."
            add(f"{n}{_LABEL} {en}\n")
            add(f"{n}{_PREF} {en}\n")
        for alias in entity.aliases:
            add(f"{n}{_ALT} {_text(alias)}@zh .\n")
        if "foundBy" in entity.attrs:
            add(f"{n}{_FOUND_BY} {_text(entity.attrs['foundBy'])} .\n")
        if "ordinal" in entity.attrs:
            g.add((node, PLANKG.ordinal, Literal(int(entity.attrs["ordinal"]))))
        if key.cls == "Plan":
            g.add((node, DCTERMS.title, Literal(key.label, lang="zh")))
        if key.cls in _CONCEPT_SCHEMES:
            scheme = URIRef(self.mint.scheme(_CONCEPT_SCHEMES[key.cls]))
            g.add((node, RDF.type, SKOS.Concept))
            g.add((node, SKOS.inScheme, scheme))
            g.add((scheme, RDF.type, SKOS.ConceptScheme))


def _predicate(name: str) -> URIRef:
    """A plankg local name ("developsIndustry") or a CURIE ("skos:broader", "dcterms:spatial")."""
    prefix, sep, local = name.partition(":")
    if sep:
        return URIRef(PREFIXES[prefix] + local)
    return PLANKG[name]


def emit(
    extractions: Iterable[Extraction], base: str, sink: Sink | None = None, text: bool = True
) -> Sink:
    """Write extractions into ``sink`` (a new one by default); shared entities merge by IRI.
    ``text=False`` leaves out each document's full text (``nif:isString``) and marks the document
    ``plankg:textOmitted true``; its sentences and mentions keep their own text and offsets."""
    emitter = Emitter(base, sink, text)
    for x in extractions:
        emitter.add(x)
    return emitter.g


def mapping(
    graph: TripleWriter,
    mint: Minter,
    subject: URIRef,
    predicate: URIRef,
    target: URIRef,
    justification: URIRef,
    source: URIRef | Literal,
    confidence: float | None = None,
    comment: str = "",
) -> URIRef:
    """Assert ``subject predicate target`` (a skos mapping property) and describe it the SSSOM way:
    an ``owl:Axiom`` annotating the triple with its justification, confidence and source, so links
    stay reviewable and removable."""
    graph.add((subject, predicate, target))
    node = URIRef(mint.mapping(str(subject), str(predicate), str(target)))
    graph.add((node, RDF.type, OWL.Axiom))
    graph.add((node, OWL.annotatedSource, subject))
    graph.add((node, OWL.annotatedProperty, predicate))
    graph.add((node, OWL.annotatedTarget, target))
    graph.add((node, SSSOM.mapping_justification, justification))
    graph.add((node, DCTERMS.source, source))
    if confidence is not None:
        graph.add((node, SSSOM.confidence, Literal(round(confidence, 4), datatype=XSD.double)))
    if comment:
        graph.add((node, RDFS.comment, Literal(comment, lang="en")))
    return node
