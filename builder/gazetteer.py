"""Exact multi-pattern matching (Aho–Corasick via ahocorasick_rs) and overlap resolution."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick_rs

T = TypeVar("T")


class Gazetteer(Generic[T]):
    """Finds every occurrence of a set of strings; each string carries a value (the first given
    for it)."""

    def __init__(self, items: Iterable[tuple[str, T]]) -> None:
        self._values: dict[str, T] = {}
        for key, value in items:
            if key and key not in self._values:
                self._values[key] = value
        self._keys = tuple(self._values)
        self._automaton = _automaton(self._keys) if self._keys else None

    def __contains__(self, key: str) -> bool:
        return key in self._values

    def find(self, text: str) -> Iterator[tuple[int, int, str, T]]:
        """(begin, end, matched string, value) for every occurrence, overlaps included; by
        where they end, and of those ending at one place the longest first."""
        if self._automaton is None:
            return
        matches = self._automaton.find_matches_as_indexes(text, overlapping=True)
        matches.sort(key=lambda m: (m[2], m[1]))
        for index, begin, end in matches:
            key = self._keys[index]
            yield begin, end, key, self._values[key]


@functools.lru_cache(maxsize=16)
def _automaton(keys: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    """An automaton for ``keys``, built once for the recogniser of every plan (the vocabulary's
    names, the name heads). A Rust automaton scans a plan of 18k characters in under a
    millisecond for 200 strings or 4,000; pyahocorasick's scan slows with how many characters
    the strings start with (5 ms for the 4,000 place forms, which start with 900)."""
    return ahocorasick_rs.AhoCorasick(keys)


@dataclass(frozen=True)
class Candidate:
    """A possible mention: a span, the class and canonical label it names, and a priority
    (0 curated vocabulary, 1 enumeration, 2 name pattern, 3 quotation, 4 catalogue, 5 learned
    from the annotations; see METHODS)."""

    begin: int
    end: int
    cls: str
    label: str
    priority: int


# How a candidate of each priority was found (emitted as plankg:foundBy).
METHODS = {
    0: "vocabulary",
    1: "enumeration",
    2: "pattern",
    3: "quotation",
    4: "catalogue",
    5: "annotations",  # learned from the dev annotations (data/vocab/learned.yaml)
}


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then by priority, then leftmost."""
    ordered = sorted(candidates, key=lambda c: (c.begin - c.end, c.priority, c.begin, c.cls))
    taken: list[Candidate] = []
    occupied: set[int] = set()
    for cand in ordered:
        cells = set(range(cand.begin, cand.end))
        if cells & occupied:
            continue
        occupied |= cells
        taken.append(cand)
    return sorted(taken, key=lambda c: (c.begin, c.end))
