"""Exact multi-pattern matching (Aho–Corasick via pyahocorasick) and overlap resolution."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

T = TypeVar("T")


class Gazetteer(Generic[T]):
    """Finds every occurrence of a set of strings; each string carries a value."""

    def __init__(self, items: Iterable[tuple[str, T]]) -> None:
        self._automaton = ahocorasick.Automaton()
        count = 0
        for key, value in items:
            if key and key not in self._automaton:
                self._automaton.add_word(key, (key, value))
                count += 1
        self._empty = count == 0
        if not self._empty:
            self._automaton.make_automaton()

    def __contains__(self, key: str) -> bool:
        return not self._empty and key in self._automaton

    def find(self, text: str) -> Iterator[tuple[int, int, str, T]]:
        """(begin, end, matched string, value) for every occurrence, overlaps included."""
        if self._empty:
            return
        for last, (key, value) in self._automaton.iter(text):
            yield last - len(key) + 1, last + 1, key, value


@dataclass(frozen=True)
class Candidate:
    """A possible mention: a span, the class and canonical label it names, and a priority
    (0 curated vocabulary, 1 enumeration, 2 name pattern, 3 quotation; see METHODS)."""

    begin: int
    end: int
    cls: str
    label: str
    priority: int


# How a candidate of each priority was found (emitted as plankg:foundBy).
METHODS = {0: "vocabulary", 1: "enumeration", 2: "pattern", 3: "quotation", 4: "catalogue"}


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
