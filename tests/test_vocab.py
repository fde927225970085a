"""Lint the curated vocabulary itself: a failure names the entry and the fix."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from builder import paths, vocab

VOCAB = vocab.load()
ENTRIES = VOCAB.entries


def test_labels_present_and_unique() -> None:
    counts = Counter((e.type, e.label) for e in ENTRIES)
    dupes = [key for key, n in counts.items() if n > 1]
    assert not dupes, f"duplicate vocabulary entries {dupes}: merge them into one"


def test_no_alias_is_claimed_twice() -> None:
    names = Counter(name for e in ENTRIES for name in {e.label, *e.aliases})
    clashes = [name for name, n in names.items() if n > 1]
    assert not clashes, f"names {clashes} belong to two entries: keep each on one entry"


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.broader], ids=lambda e: e.label)
def test_broader_points_at_a_known_industry(entry: vocab.VocabEntry) -> None:
    parents = {e.label for e in ENTRIES if e.type == "Industry"}
    assert entry.broader in parents, (
        f"{entry.label}: broader {entry.broader!r} is not an Industry entry"
    )


def test_every_identifier_has_a_source() -> None:
    missing = [(e.label, i.scheme) for e in ENTRIES for i in e.identifiers if not i.source]
    assert not missing, (
        f"identifiers without a source {missing}: add where each was seen, or drop it"
    )


def test_cue_patterns_compile() -> None:
    re.compile(VOCAB.cues.raw["counting_stem"])
    for pattern in VOCAB.cues.words("achievement_openers"):
        re.compile(pattern)
    kinds = {kind for kind, _ in VOCAB.cues.kinds()}
    assert kinds <= {
        "Measure",
        "Safeguard",
        "Phase",
        "Goal",
        "Achievement",
        "Bottleneck",
        "Challenge",
        "Opportunity",
        "WorkMethod",
        "Principle",  # sections of ideas (基本原则): no element class
    }


def test_event_heads_are_declared_once_and_head_organisations() -> None:
    """An event head (论坛, 丰收节) is written once, in event_heads; the loader makes it a head
    of organisations' names too."""
    raw = yaml.safe_load((paths.VOCAB_DIR / "cues.yaml").read_text(encoding="utf-8"))
    events = raw["event_heads"]
    assert not set(events) & set(raw["suffixes"]["Organization"])
    assert set(events) <= set(VOCAB.cues.mapping("suffixes")["Organization"])


def test_bare_field_heads_are_sector_heads() -> None:
    """A head that alone names a field (材料, 能源) is one of the sector heads it narrows."""
    fields = set(VOCAB.cues.words("bare_field_heads"))
    assert fields and fields <= set(VOCAB.cues.words("sector_heads"))


def test_vocabulary_names_no_entity_of_an_unknown_class() -> None:
    assert {e.type for e in ENTRIES} <= set(vocab.CLASSES)
