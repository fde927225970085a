"""Running a library query: parameters resolved (label → IRIs) and bound with VALUES blocks
built by rdflib, never pasted into the query text; answers paged with LIMIT/OFFSET."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.term import Node

from builder.errors import EndpointError, QueryError
from builder.namespaces import PLANKG
from queries import sparqltext
from queries.sparqltext import bind_values, query_form, with_page
from queries.store import Answer, Construct, Engine, Select, check_iri, from_ox

from .library import PageKey, QuerySpec

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
# The labels a keyed listing is ordered by, in that order (see run_keyed).
_KEYS = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?key WHERE {
  ?entity a ?class ; rdfs:label ?key FILTER(LANG(?key) = "zh")
}
ORDER BY STR(?key)
"""
FIRST_KEYS = 16  # labels asked for in a keyed page's first attempt (then 4× as many)


def parse_params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise QueryError(f"--param needs key=value, got {pair!r}")
        params[key.strip()] = value
    return params


@dataclass(frozen=True)
class Page:
    """Which rows to show: ``limit`` rows (None: all) after skipping ``offset``."""

    limit: int | None = None
    offset: int = 0


ALL = Page()


def _is_iri(value: str) -> bool:
    return value.startswith(("http://", "https://", "urn:")) or (
        value.startswith("<") and value.endswith(">")
    )


def resolve(engine: Engine, value: str, cls: str, name: str = "value") -> list[Node]:
    """The entities a parameter value names: an IRI as given, or every entity with that label."""
    if _is_iri(value):
        iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
        return [URIRef(check_iri(iri, f"--param {name}"))]
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
    engine: Engine,
    spec: QuerySpec,
    params: dict[str, str],
    misses: list[str] | None = None,
    page: Page = ALL,
) -> Answer:
    """Run ``spec`` with its parameters bound, one ``page`` of its answer (all of it by default);
    labels that name no entity go into ``misses``."""
    known = {p.name for p in (*spec.params, *spec.options)}
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
    for param in (*spec.params, *spec.options):
        if param.name not in params:
            continue
        bindings[param.variable] = resolve(engine, params[param.name], param.cls, param.name)
        if misses is not None and bindings[param.variable] == [NOTHING]:
            misses.append(f"{param.name}={params[param.name]}")
    text = bind_values(spec.text, bindings)
    if spec.page_inner and page.limit is not None:
        text = limit_inner(text, page.offset + page.limit + 1)
    restricted = any(option.name in params for option in spec.options)
    if spec.page_by and page.limit is not None and not restricted:
        return run_keyed(engine, text, spec.page_by, page)
    return run_text(engine, text, page)


def limit_inner(text: str, rows: int) -> str:
    """``text`` with ``LIMIT rows`` set on its first sub-select (see the ``page-inner`` header):
    that sub-select is ordered like the whole listing and the outer query only adds columns to
    its rows, so its first ``rows`` rows hold the page, and only those are decorated."""
    tokens = sparqltext.tokens(text)
    selects = [k for k, (_, token) in enumerate(tokens) if token == "SELECT"]
    if len(selects) < 2:
        raise QueryError("a page-inner query needs a sub-select (SELECT … inside { … })")
    depth = 0
    for pos, token in tokens[selects[1] :]:
        if token == "LIMIT" and depth == 0:
            raise QueryError("a page-inner query's sub-select sets its own LIMIT; remove it")
        depth += {"{": 1, "}": -1}.get(token, 0)
        if depth < 0:  # the brace that closes the sub-select's group
            return f"{text[:pos].rstrip()}\n    LIMIT {rows}\n  {text[pos:]}"
    raise QueryError("a page-inner query's sub-select is not closed")


def run_keyed(engine: Engine, text: str, key: PageKey, page: Page) -> Answer:
    """One page of a listing ordered first by ``key`` (the zh label of, say, a plan), answered
    from the first labels alone: the listing restricted to its first K labels is the start of
    the whole listing, so a page needs only as many labels as hold its rows — tried with
    FIRST_KEYS labels, then four times as many, until the page is full; once K would take
    every label, the listing is run unrestricted.
    The rows and their order are those of the whole listing; only the work differs."""
    assert page.limit is not None
    found = engine.query(bind_values(_KEYS, {"class": [PLANKG[key.cls]]}))
    assert isinstance(found, Select)
    keys = [terms[0] for terms in found.raw if terms[0] is not None]
    paged = with_page(text, page.offset + page.limit + 1)
    if not keys or paged is None:
        return run_text(engine, text, page)
    k = FIRST_KEYS
    while k < len(keys):  # the VALUES block goes in last: the text scans stay short
        answer = engine.query(bind_values(paged, {key.variable: _nodes(keys[:k])}))
        if not isinstance(answer, Select) or answer.cut_at:
            break
        if len(answer) > page.offset + page.limit:
            return answer.page(page.offset, page.offset + page.limit, True)
        k *= 4
    # Every label is needed (a short listing, or a page near its end): the query as it is, which
    # costs less than the same query restricted to every label.
    return run_text(engine, text, page)


def _nodes(terms: list[object]) -> list[Node]:
    return [node for node in (from_ox(t) for t in terms) if node is not None]


def run_text(engine: Engine, text: str, page: Page = ALL) -> Answer:
    """One page of the answer to ``text``. A page of N rows asks for N + 1 to learn whether more
    exist; an answer an endpoint cut at its row limit is fetched in pages of that size or, when
    the query cannot be paged from outside, reported — never returned silently short."""
    form = query_form(text)
    if form not in ("SELECT", "CONSTRUCT") or (page.limit is None and not page.offset):
        return _whole(engine, text, form)
    extra = 1 if form == "SELECT" and page.limit is not None else 0
    paged = with_page(text, None if page.limit is None else page.limit + extra, page.offset)
    if paged is None:  # the query sets its own LIMIT/OFFSET: it is its own page
        return _whole(engine, text, form)
    answer = engine.query(paged)
    if isinstance(answer, Select):
        answer = _complete(engine, text, answer, page)
        more = page.limit is not None and len(answer) > page.limit
        return answer.page(0, page.limit, more) if more else answer
    if isinstance(answer, Construct):
        _check_construct(engine, answer)
        if page.limit is not None:
            probe = with_page(text, 1, page.offset + page.limit)
            answer.more = probe is not None and _nonempty(engine.query(probe))
    return answer


def _whole(engine: Engine, text: str, form: str) -> Answer:
    answer = engine.query(text)
    if isinstance(answer, Select) and answer.cut_at:
        return _complete(engine, text, answer, ALL)
    if isinstance(answer, Construct):
        _check_construct(engine, answer)
    return answer


def _complete(engine: Engine, text: str, answer: Select, page: Page) -> Select:
    """``answer`` with the rows an endpoint cut off fetched in further pages of its row limit."""
    cut = answer.cut_at
    if not cut:
        return answer
    wanted = None if page.limit is None else page.limit + 1
    raw, offset = list(answer.raw), page.offset + len(answer)
    while wanted is None or len(raw) < wanted:
        step = cut if wanted is None else min(cut, wanted - len(raw))
        paged = with_page(text, step, offset)
        if paged is None:
            raise _cut_error(engine, cut, "the query sets its own LIMIT/OFFSET; lower them")
        more = engine.query(paged)
        assert isinstance(more, Select)
        raw += more.raw
        offset += len(more)
        if len(more) < step:
            break
    return Select(answer.variables, raw=raw)


def _check_construct(engine: Engine, answer: Construct) -> None:
    if answer.cut_at:
        raise _cut_error(
            engine, answer.cut_at, "ask for it in pages, e.g. --limit 1000 then --offset 1000"
        )


def _cut_error(engine: Engine, cut: int, advice: str) -> EndpointError:
    where = getattr(engine, "url", engine.name)
    return EndpointError(
        f"{where} cut the answer at {cut} rows (its result-size limit, e.g. Virtuoso's "
        f"ResultSetMaxRows); {advice}"
    )


def _nonempty(answer: Answer) -> bool:
    return isinstance(answer, Construct) and len(answer) > 0
