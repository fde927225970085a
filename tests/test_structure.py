"""Stage 2: sections, numbered items, headed paragraphs and sentences with offsets."""

from __future__ import annotations

from builder import load, structure, vocab

from .conftest import KITCHEN_SINK, SEED

VOCAB = vocab.load()


def _analyse(path=KITCHEN_SINK):  # type: ignore[no-untyped-def]
    return structure.analyse(load.load(path, VOCAB), VOCAB)


def test_offsets_round_trip() -> None:
    st = _analyse(SEED)
    text = st.doc.text
    for sent in st.sentences:
        assert text[sent.span.begin : sent.span.end] == sent.span.text
    for block in st.blocks:
        assert text[block.heading.begin : block.heading.end] == block.heading.text
        assert text[block.body.begin : block.body.end] == block.body.text


def test_roles_from_section_cues_and_lead_sentence() -> None:
    st = _analyse()
    roles = {(b.heading.text, b.kind, b.role) for b in st.blocks}
    assert ("主要工作方法", "WorkMethod", "container") in roles
    assert ("重点园区走访", "WorkMethod", "element") in roles
    assert ("前期研究", "Phase", "element") in roles
    # headed items after "…的重点举措有:" are measures even though their section has no cue
    assert ("做强金融服务业", "Measure", "element") in roles
    assert ("培育数字游戏产业", "Measure", "element") in roles


def test_headed_item_body_stops_at_next_heading() -> None:
    st = _analyse()
    finance = next(b for b in st.blocks if b.heading.text == "做强金融服务业")
    assert finance.body.text == "建设滨河金融集聚区,发展绿色金融产业。"


def test_sentences_split_on_full_stops_only() -> None:
    st = _analyse()
    texts = [s.span.text for s in st.sentences]
    assert "1、前期研究:2024年3月至4月。" in texts
    assert "开展调研。" in texts
