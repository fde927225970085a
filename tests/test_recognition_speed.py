"""Recognition made faster gives the answers it gave before: the segmentation cache answers as
jieba does and never goes stale, the Rust Aho–Corasick gazetteer finds what a scan finds, in
the order recognition reads, and the counted-zone check says what its pattern said."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from builder import load, recognize, segment, structure, titles, vocab
from builder import places as divisions
from builder.gazetteer import Gazetteer
from builder.recognize import Recognition, Recognizer

REAL = Path(__file__).parent / "fixtures" / "real"
WINDOWS = (
    "抢占核电产业",
    "建好青岛港",
    "支撑绿色低碳产业",
    "确保鹤鸣湾全面发展",
    "加强整治",
    "上海国际港务(集团)",
)


def _uncached(text: str) -> list[tuple[str, str]]:
    return list(segment._segmented.__wrapped__(text))


@pytest.fixture
def fresh_segmenter(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A segmenter of its own (dictionary, added words, verbs), so that what a test adds leaves
    the process's shared one as it was; the cache is emptied before and after."""
    tok = segment._tokenizer.__wrapped__()
    monkeypatch.setattr(segment, "_tokenizer", lambda: tok)
    monkeypatch.setattr(segment, "_added", set())
    monkeypatch.setattr(segment, "_verbs", set())
    segment._segmented.cache_clear()
    yield
    segment._segmented.cache_clear()


def test_a_cached_window_is_segmented_as_jieba_segments_it() -> None:
    first = [segment.words(w) for w in WINDOWS]
    hits = segment._segmented.cache_info().hits
    again = [segment.words(w) for w in WINDOWS]
    assert segment._segmented.cache_info().hits >= hits + len(WINDOWS)  # answered from the cache
    assert again == first == [_uncached(w) for w in WINDOWS]
    again[0].clear()  # a caller's list is its own
    assert segment.words(WINDOWS[0]) == first[0] != []


def test_a_word_added_after_a_window_was_cached_is_seen(fresh_segmenter: None) -> None:
    text = "确保鹤鸣湾全面发展"
    before = segment.words(text)
    assert "鹤鸣湾" not in [w for w, _ in before]
    assert segment.starts_word("在鹤鸣湾全面", 3, 4)  # 在/鹤鸣/湾/全面: a word starts at 湾
    segment.add_words(["鹤鸣湾"])
    after = segment.words(text)
    assert after == _uncached(text) != before
    assert not segment.starts_word("在鹤鸣湾全面", 3, 4)  # 在/鹤鸣湾/全面: none now


def test_a_verb_read_after_a_window_was_cached_is_seen(fresh_segmenter: None) -> None:
    assert segment.words("加强整治") == [("加强", "v"), ("整治", "n")]
    segment.read_as_verbs(["整治"])
    assert segment.words("加强整治") == [("加强", "v"), ("整治", "v")] == _uncached("加强整治")


def test_a_plans_own_places_leave_the_cache_as_it_was() -> None:
    vb = vocab.load()
    Recognizer(vb)
    before = segment.words("确保鹤鸣湾全面发展")
    Recognizer(vb, ("鹤鸣湾区", "鹤鸣湾"))
    assert segment.words("确保鹤鸣湾全面发展") == before == _uncached("确保鹤鸣湾全面发展")


def _recognise(name: str) -> Recognition:
    vb = vocab.load()
    st = structure.analyse(load.load(REAL / f"{name}.txt", vb), vb)
    return Recognizer(vb, titles.analyse(st, vb).places).recognise(st)


def test_a_plan_read_after_others_is_recognised_as_when_read_alone() -> None:
    segment._segmented.cache_clear()
    alone = _recognise("jingan-esports-support-policy-2019")
    _recognise("chongming-illegal-land-rectification-2020")
    _recognise("shanghai-port-shore-power-plan-2023")
    hits = segment._segmented.cache_info().hits
    after = _recognise("jingan-esports-support-policy-2019")
    assert segment._segmented.cache_info().hits > hits
    assert after == alone
    assert alone.mentions


def _scan(keys: dict[str, int], text: str) -> list[tuple[int, int, str, int]]:
    """Every occurrence by brute force: by end, then longest first."""
    lengths = sorted({len(k) for k in keys}, reverse=True)
    return [
        (end - n, end, text[end - n : end], keys[text[end - n : end]])
        for end in range(len(text) + 1)
        for n in lengths
        if n <= end and text[end - n : end] in keys
    ]


def test_the_gazetteer_finds_every_occurrence_longest_first_at_each_end() -> None:
    items = [("a", 1), ("ab", 2), ("abc", 3), ("bc", 4), ("c", 5), ("abc", 6), ("", 7), ("𠀀b", 8)]
    gaz = Gazetteer(items)
    keys = {"a": 1, "ab": 2, "abc": 3, "bc": 4, "c": 5, "𠀀b": 8}  # the first value of a key
    for text in ("", "abcabc", "x𠀀bc𠀀abc", "ccc"):
        assert list(gaz.find(text)) == _scan(keys, text)
    assert "abc" in gaz and "" not in gaz and "x" not in gaz
    assert list(Gazetteer([]).find("abc")) == [] and "a" not in Gazetteer([])


def test_the_place_gazetteer_finds_what_a_scan_finds_in_real_plans() -> None:
    forms = divisions.names_for("31")
    keys = {form: i for i, form in enumerate(forms)}
    gaz = Gazetteer(keys.items())
    for path in sorted(REAL.glob("*.txt"))[:6]:
        text = path.read_text(encoding="utf-8")
        found = list(gaz.find(text))
        assert found == _scan(keys, text)
    assert found


def _counted_by_pattern(text: str, label: str) -> bool:
    numerals, classifiers = recognize._NUMERALS, recognize._CLASSIFIERS
    return (
        re.search(rf"[{numerals}](?:[{classifiers}]|余个|多个){re.escape(label)}", text) is not None
    )


@pytest.mark.parametrize(
    "text",
    [
        "创建10个低碳社区",
        "推进低碳社区建设",
        "低碳社区,建成20余个低碳社区",
        "三多个低碳社区",
        "个低碳社区",
        "5个低碳社区",
        "十低碳社区",
        "打造一批低碳社区和两家低碳社区",
        "余个低碳社区",
        "0余个低碳社区低碳社区",
        "低碳社区低碳社区",
    ],
)
def test_counted_says_what_its_pattern_said(text: str) -> None:
    for label in ("低碳社区", "社区", "区", "碳社(区)"):
        assert recognize._counted(text, label) == _counted_by_pattern(text, label)
