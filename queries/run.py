"""Running a library query: parameters resolved (label → IRIs) and bound with VALUES blocks
built by rdflib, never pasted into the query text."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.term import Node

from builder.errors import QueryError
from builder.namespaces import PLANKG
from queries.sparqltext import bind_values
from queries.store import Answer, Engine, Select

from .library import QuerySpec

NOTHING = URIRef("urn:plankg:no-entity-has-this-label")
_RESOLVE = f"""
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity WHERE {{
  ?entity rdfs:label|skos:prefLabel|skos:altLabel ?label ; a ?class .
  FILTER(STRSTARTS(STR(?class), "{PLANKG._NS}"))
}}
ORDER BY ?entity
"""


def parse_params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise QueryError(f"--param needs key=value, got {pair!r}")
        params[key.strip()] = value
    return params


def _is_iri(value: str) -> bool:
    return value.startswith(("http://", "https://", "urn:")) or (
        value.startswith("<") and value.endswith(">")
    )


def resolve(engine: Engine, value: str, cls: str) -> list[Node]:
    """The entities a parameter value names: an IRI as given, or every entity with that label."""
    if _is_iri(value):
        return [URIRef(value.strip("<>"))]
    labels: list[Node] = [Literal(value, lang="zh"), Literal(value, lang="en"), Literal(value)]
    bindings: dict[str, list[Node]] = {"label": labels}
    if cls != "*":
        bindings["class"] = [PLANKG[cls]]
    answer = engine.query(bind_values(_RESOLVE, bindings))
    assert isinstance(answer, Select)
    found = [row["entity"] for row in answer.rows if row["entity"] is not None]
    # An IRI that names nothing rather than an empty VALUES block, which rdflib cannot evaluate.
    return found or [NOTHING]


def run_query(
    engine: Engine, spec: QuerySpec, params: dict[str, str], misses: list[str] | None = None
) -> Answer:
    """Run ``spec`` with its parameters bound; labels that name no entity go into ``misses``."""
    known = {p.name for p in spec.params}
    unknown = sorted(set(params) - known)
    if unknown:
        raise QueryError(
            f"query {spec.name!r} has no parameter {unknown[0]!r}; it takes: {', '.join(sorted(known)) or 'none'}"
        )
    bindings: dict[str, list[Node]] = {}
    for param in spec.params:
        if param.name not in params:
            raise QueryError(
                f"query {spec.name!r} needs --param {param.name}=VALUE ({param.help}, e.g. {param.name}={param.example})"
            )
        bindings[param.name] = resolve(engine, params[param.name], param.cls)
        if misses is not None and bindings[param.name] == [NOTHING]:
            misses.append(f"{param.name}={params[param.name]}")
    return engine.query(bind_values(spec.text, bindings))
