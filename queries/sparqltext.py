"""Small, careful scans of SPARQL text: the query form, and where to bind parameters.

Parameters are never pasted into query text: a ``VALUES`` block built from rdflib terms
(``Term.n3()`` escapes quotes and backslashes) is inserted at the start of the outermost WHERE
group, so every engine — embedded or remote — sees the same bound query.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rdflib.term import Node

from builder.errors import QueryError

_WORD = re.compile(r"[A-Za-z]+")


def tokens(text: str) -> list[tuple[int, str]]:
    """(offset, token) of keywords and braces outside IRIs, strings and comments."""
    out: list[tuple[int, str]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            i = text.find("\n", i)
            i = n if i < 0 else i
        elif ch in "\"'":
            i = _string_end(text, i)
        elif ch == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", text[i:]):
            i = text.index(">", i) + 1
        elif ch in "{}":
            out.append((i, ch))
            i += 1
        elif (m := _WORD.match(text, i)) and (
            i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "?$:_")
        ):  # keywords are ASCII; any other letter (an IRI's À) is no token's start
            out.append((i, m.group(0).upper()))
            i = m.end()
        else:
            i += 1
    return out


def _string_end(text: str, i: int) -> int:
    quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else text[i]
    j = i + len(quote)
    while j < len(text):
        if text[j] == "\\":
            j += 2
        elif text.startswith(quote, j):
            return j + len(quote)
        else:
            j += 1
    return j


def query_form(text: str) -> str:
    """SELECT, CONSTRUCT, ASK or DESCRIBE (the first such keyword outside strings/comments)."""
    for _, token in tokens(text):
        if token in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
            return token
    raise QueryError("not a SPARQL query: no SELECT, CONSTRUCT, ASK or DESCRIBE")


def bind_values(text: str, bindings: Mapping[str, Sequence[Node]]) -> str:
    """Insert ``VALUES ?name { … }`` for each binding at the start of the outermost WHERE group."""
    if not bindings:
        return text
    found = tokens(text)
    where = next((k for k, (_, tok) in enumerate(found) if tok == "WHERE"), None)
    if where is None:
        # "CONSTRUCT WHERE" and "SELECT * {…}" forms: bind into the first group
        where = -1
    brace = next((pos for pos, tok in found[where + 1 :] if tok == "{"), None)
    if brace is None:
        raise QueryError("query has no WHERE group to bind parameters into")
    block = "".join(
        f"\n  VALUES ?{name} {{ {' '.join(term.n3() for term in terms)} }}"
        for name, terms in bindings.items()
    )
    return text[: brace + 1] + block + text[brace + 1 :]


def with_page(text: str, limit: int | None, offset: int = 0) -> str | None:
    """``text`` with ``LIMIT``/``OFFSET`` appended to the outermost query; None when the query sets
    its own (or ends with a ``VALUES`` clause), so it cannot be paged from outside."""
    depth, seen_group = 0, False
    for _, token in tokens(text):
        if token == "{":
            depth, seen_group = depth + 1, True
        elif token == "}":
            depth -= 1
        elif depth == 0 and seen_group and token in ("LIMIT", "OFFSET", "VALUES"):
            return None
    modifiers = ([f"LIMIT {limit}"] if limit is not None else []) + (
        [f"OFFSET {offset}"] if offset else []
    )
    return text.rstrip() + ("\n" + " ".join(modifiers) + "\n" if modifiers else "\n")
