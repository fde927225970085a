"""The generic-phrase filter learned from the dev annotations' negatives (bench/negatives.py):
what it learns, that the shipped file is what the dev annotations give, and that the builder
drops the phrases it holds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bench import gold as goldfile
from bench import negatives
from builder import structure, vocab
from builder.model import Document
from builder.recognize import Recognizer
from builder.vocab import normal_form


def _gold(folder: Path, name: str, body: str) -> goldfile.Gold:
    path = folder / f"{name}.gold.yaml"
    path.write_text(body, encoding="utf-8")
    return goldfile.load(path)


def test_a_negative_another_annotation_names_is_not_learned(tmp_path: Path) -> None:
    golds = [
        _gold(
            tmp_path,
            "a",
            "entities: {}\nmust_not_be_entities: [“组合拳”, 城市更新, 一批特色园区]\n",
        ),
        _gold(tmp_path, "b", "entities: {PolicyConcept: [[城市更新]]}\n"),
    ]
    assert negatives.learned(golds) == ["一批特色园区", "组合拳"]  # normal form, sorted


def test_the_shipped_filter_is_what_the_dev_annotations_give() -> None:
    assert negatives.TARGET.read_text(encoding="utf-8") == negatives.expected(), (
        "run `make eval` (python -m bench.negatives) after changing a dev annotation"
    )


def test_no_learned_phrase_is_a_name_of_the_curated_vocabulary() -> None:
    vb = vocab.load()
    curated = {normal_form(n) for e in vb.entries for n in (e.label, *e.aliases)}
    assert vb.negatives and not vb.negatives & curated


def _labels(vb: vocab.Vocab, text: str) -> set[str]:
    st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
    return {m.label for m in Recognizer(vb).recognise(st).mentions}


def test_the_builder_drops_a_learned_phrase() -> None:
    vb = vocab.load()
    text = "一、主要任务\n打好政策“组合拳”,推进“一网通办”改革。"
    assert vb.never_named("组合拳")
    unfiltered = _labels(replace(vb, negatives=frozenset()), text)
    assert {"组合拳", "一网通办"} <= unfiltered  # a quoted phrase is taken for a concept …
    assert "组合拳" not in _labels(vb, text)  # … unless the annotations say it never is one
    assert "一网通办" in _labels(vb, text)
