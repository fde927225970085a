"""A document's extraction does not depend on which documents the same process read before it
(the workers of a parallel build read plans in any order): nothing a plan brings changes the
segmenter that later plans share."""

from __future__ import annotations

from builder import recognize, segment, vocab


def test_a_plans_own_places_do_not_enter_the_shared_segmenter() -> None:
    vb = vocab.load()
    recognize.Recognizer(vb)
    shared = set(segment._added)
    before = segment.words("确保鹤鸣湾全面发展")
    recognize.Recognizer(vb, ("鹤鸣湾区", "鹤鸣湾"))  # a plan whose title names a place
    assert set(segment._added) == shared
    assert segment.words("确保鹤鸣湾全面发展") == before
