"""The generic-phrase filter learned from the dev half's annotations: data/vocab/negatives.yaml.

Each dev annotation lists the strings of its text that must not become entities
(``must_not_be_entities``, docs/annotation.md): slogans used as figures of speech (组合拳,
最后一公里), kinds (一批特色园区), headings. Every such string that no dev annotation names as an
entity (or as an alias of one) goes into the filter, in its normal form; the builder drops a
recognised name found there. The test half is never read (tests/fixtures/real/split.yaml).

    python -m bench.negatives                  # rewrite data/vocab/negatives.yaml (make eval does)
    python -m bench.negatives --leave-one-out  # how much it should help on texts it never saw

The second builds the dev half three times: without the filter, with each text's filter learned
from the other dev texts only, and with the shipped one, and prints what each scores. The
leave-one-out figure is the honest one: the shipped filter holds each dev text's own negatives.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from unittest import mock

import yaml

from builder import paths, vocab
from builder.output import write_atomic
from builder.vocab import NEGATIVES, normal_form

from . import gold as goldfile
from .fidelity import Score, load_graph, named_total, require_plan, score

REAL = paths.ROOT / "tests" / "fixtures" / "real"
TARGET = paths.VOCAB_DIR / NEGATIVES
HEADER = """\
# Phrases that are never entities, learned from the hand annotations of the dev half
# (tests/fixtures/real/split.yaml): each string a dev annotation lists under
# must_not_be_entities that no dev annotation names as an entity, in its normal form (NFKC,
# without quotation marks, brackets and spaces). The builder drops a recognised name found here.
# Written by `python -m bench.negatives` (make eval); do not edit by hand. The test half is
# never read.
"""


def dev_names() -> list[str]:
    data = yaml.safe_load((REAL / "split.yaml").read_text(encoding="utf-8"))
    return [str(name) for name in data["dev"]]


def learned(golds: Iterable[goldfile.Gold]) -> list[str]:
    """The annotations' negatives, less every label and alias they annotate, sorted."""
    golds = list(golds)
    named = {normal_form(label) for g in golds for e in g.entities for label in e.labels}
    negatives = {normal_form(s) for g in golds for s in g.must_not}
    return sorted(p for p in negatives - named if p)


def render(phrases: Sequence[str]) -> str:
    body = yaml.safe_dump({"phrases": list(phrases)}, allow_unicode=True, width=100)
    return HEADER + body


def expected() -> str:
    """What data/vocab/negatives.yaml should hold for the dev annotations as they are."""
    return render(learned(goldfile.load(REAL / f"{n}.gold.yaml") for n in dev_names()))


def _scored(task: tuple[str, frozenset[str]]) -> Score:
    """One dev text built with ``phrases`` as the filter, and scored."""
    name, phrases = task
    learned_vocab = replace(vocab.load(), negatives=phrases)
    with mock.patch.object(vocab, "load", return_value=learned_vocab):
        graph = load_graph(REAL / f"{name}.txt")
    return score(goldfile.load(REAL / f"{name}.gold.yaml"), require_plan(graph, REAL))


def leave_one_out(jobs: int = 2) -> dict[str, tuple[int, int, int, int]]:
    """(entities found, annotated, named correct, named extracted) over the dev half, for no
    filter, each text's filter learned from the other dev texts, and the filter of all of them."""
    names = dev_names()
    golds = {n: goldfile.load(REAL / f"{n}.gold.yaml") for n in names}
    every = frozenset(learned(golds.values()))
    runs = {
        "no filter": {n: frozenset[str]() for n in names},
        "learned from the other dev texts": {
            n: frozenset(learned(g for m, g in golds.items() if m != n)) for n in names
        },
        "learned from every dev text (shipped)": {n: every for n in names},
    }
    out = {}
    with ProcessPoolExecutor(jobs) as pool:
        for label, filters in runs.items():
            scores = list(pool.map(_scored, [(n, filters[n]) for n in names]))
            found = sum(s.total(goldfile.CLASSES).found for s in scores)
            gold = sum(s.total(goldfile.CLASSES).gold for s in scores)
            named = [named_total(s) for s in scores]
            out[label] = (
                found,
                gold,
                sum(c.correct for c in named),
                sum(c.extracted for c in named),
            )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.negatives", description=__doc__)
    parser.add_argument("--leave-one-out", action="store_true", help="score the dev half 3 ways")
    args = parser.parse_args(argv)
    if args.leave_one_out:
        for label, (found, gold, correct, extracted) in leave_one_out().items():
            print(
                f"{label}: entity recall {found}/{gold} ({100 * found / gold:.2f}%), "
                f"named precision {correct}/{extracted} ({100 * correct / extracted:.2f}%)"
            )
        return 0
    text = expected()
    write_atomic(TARGET, text)
    count = text.count("\n- ")
    print(f"wrote {TARGET.relative_to(paths.ROOT)} ({count} phrases)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
