"""The ontology declares every term the code uses, in zh and en; the context maps the classes."""

from __future__ import annotations

import json

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from builder import paths
from builder.namespaces import PLANKG

ONTOLOGY = Graph().parse(paths.ONTOLOGY)
TERMS = sorted(PLANKG.__annotations__)


@pytest.mark.parametrize("name", TERMS)
def test_term_is_declared_with_labels_and_comments(name: str) -> None:
    term = URIRef(str(PLANKG._NS) + name)
    kinds = set(ONTOLOGY.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, f"{name} is not declared"
    for prop in (RDFS.label, RDFS.comment):
        langs = {lit.language for lit in ONTOLOGY.objects(term, prop)}
        assert {"zh", "en"} <= langs, f"{name} lacks a zh or en {prop}"


def test_no_undeclared_terms_in_the_ontology() -> None:
    ns = str(PLANKG._NS)
    declared = {str(s)[len(ns) :] for s in ONTOLOGY.subjects() if str(s).startswith(ns)}
    assert declared == set(TERMS)


def test_context_maps_every_class() -> None:
    context = json.loads(paths.CONTEXT.read_text(encoding="utf-8"))["@context"]
    for name in TERMS:
        if name[0].isupper():
            assert name in context, f"context.jsonld lacks the class {name}"
