"""What the builder learns from the dev annotations (bench/learn.py → data/vocab/learned.yaml):
what is learned, that the shipped file is what the dev annotations give, and that the builder
uses it — drops the phrases never taken for names, finds the zones in other texts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bench import gold as goldfile
from bench import learn
from builder import structure, vocab
from builder.model import Document
from builder.recognize import Recognizer
from builder.vocab import Learned, normal_form


def _gold(folder: Path, name: str, text: str, body: str) -> goldfile.Gold:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    path = folder / f"{name}.gold.yaml"
    path.write_text(body, encoding="utf-8")
    return goldfile.load(path)


def test_a_negative_another_annotation_names_is_not_learned(tmp_path: Path) -> None:
    golds = [
        _gold(
            tmp_path,
            "a",
            "打好“组合拳”,推进城市更新,建设一批特色园区。",
            "entities: {}\nmust_not_be_entities: [“组合拳”, 城市更新, 一批特色园区]\n",
        ),
        _gold(tmp_path, "b", "推进城市更新。", "entities: {PolicyConcept: [[城市更新]]}\n"),
    ]
    assert learn.never_entities(golds) == ["一批特色园区", "组合拳"]  # normal form, sorted


def test_a_negative_only_in_the_page_chrome_is_not_learned(tmp_path: Path) -> None:
    # a site's menu after the footer starts: the annotator lists its items as no entities of
    # this page, which says nothing of the fair's name where a plan names it
    golds = [
        _gold(
            tmp_path,
            "a",
            "打好“组合拳”,推进城市更新。\n相关链接\n中国国际进口博览会\n",
            "entities: {}\nmust_not_be_entities: [组合拳, 中国国际进口博览会]\n",
        )
    ]
    assert learn.never_entities(golds) == ["组合拳"]


def test_zones_are_learned_where_the_annotations_agree_and_the_name_is_proper(
    tmp_path: Path,
) -> None:
    golds = [
        _gold(
            tmp_path,
            "a",
            "建设临江科学城、高新区和国家数字贸易示范区,治理青溪河。",
            "entities: {Zone: [[临江科学城, 科学城], [高新区], [国家数字贸易示范区], [青溪河]]}\n",
        ),
        _gold(tmp_path, "b", "青溪河两岸,临江科学城。", "entities: {Zone: [[临江科学城]]}\n"),
        _gold(tmp_path, "c", "整治青溪河。", "entities: {}\n"),
    ]
    # 高新区 and 科学城 are heads alone, 国家数字贸易示范区 a title; 青溪河 is a zone to one of
    # the three annotations of texts that name it
    assert learn.zones(golds, vocab.load()) == [["临江科学城"]]


def test_industries_are_learned_where_two_texts_and_nearly_all_naming_them_annotate_them(
    tmp_path: Path,
) -> None:
    golds = [
        _gold(
            tmp_path,
            "a",
            "发展量子信息、细胞治疗和CDMO,推动制造业转型。",
            "entities: {Industry: [[量子信息], [细胞治疗], [CDMO], [制造业]]}\n",
        ),
        _gold(tmp_path, "b", "培育量子信息。", "entities: {Industry: [[量子信息]]}\n"),
        _gold(tmp_path, "c", "支持细胞治疗药物,制造业企业。", "entities: {}\n"),
        _gold(tmp_path, "d", "发展合成生物。", "entities: {Industry: [[合成生物]]}\n"),
    ]
    # 细胞治疗 and 制造业 are sectors to one of the two texts that name each (c: 细胞治疗药物,
    # 制造业企业); CDMO is a Latin acronym, which would be found inside longer words; 合成生物
    # only one text annotates
    assert learn.industries(golds, vocab.load()) == [["量子信息"]]


def test_the_shipped_file_is_what_the_dev_annotations_give() -> None:
    assert learn.TARGET.read_text(encoding="utf-8") == learn.expected(), (
        "run `make eval` (python -m bench.learn) after changing a dev annotation"
    )


def test_nothing_learned_is_a_name_of_the_curated_vocabulary() -> None:
    vb = vocab.load()
    curated = {normal_form(n) for e in vb.entries for n in (e.label, *e.aliases)}
    zones = {normal_form(n) for z in (*vb.learned.zones, *vb.learned.industries) for n in z}
    assert vb.learned.never_entities and vb.learned.zones and vb.learned.industries
    assert not (vb.learned.never_entities | zones) & curated
    assert not vb.learned.never_entities & zones


def _mentions(vb: vocab.Vocab, text: str) -> set[tuple[str, str]]:
    st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
    return {(m.cls, m.label) for m in Recognizer(vb).recognise(st).mentions}


def test_the_builder_drops_a_phrase_never_taken_for_a_name() -> None:
    vb = vocab.load()
    text = "一、主要任务\n打好政策“组合拳”,推进“一网通办”改革。"
    assert vb.never_named("组合拳")
    unfiltered = {label for _, label in _mentions(replace(vb, learned=Learned()), text)}
    assert {"组合拳", "一网通办"} <= unfiltered  # a quoted phrase is taken for a concept …
    found = {label for _, label in _mentions(vb, text)}
    assert "组合拳" not in found and "一网通办" in found  # … unless it never is one


@pytest.mark.parametrize("name", ["临江中轴线", "青溪湖滨"])  # no head noun to find them by
def test_the_builder_finds_a_learned_zone_in_any_text(name: str) -> None:
    vb = replace(vocab.load(), learned=Learned(zones=((name,),)))
    text = f"一、主要任务\n支持{name}发展,推进产业集聚。"
    assert ("Zone", name) in _mentions(vb, text)
    assert ("Zone", name) not in _mentions(replace(vb, learned=Learned()), text)


def test_the_builder_finds_a_learned_industry_in_any_text() -> None:
    vb = replace(vocab.load(), learned=Learned(industries=(("临江鹅肝",), ("创意设计",))))
    text = "一、主要任务\n做强临江鹅肝,推进产业集聚。"
    assert ("Industry", "临江鹅肝") in _mentions(vb, text)
    assert ("Industry", "临江鹅肝") not in _mentions(replace(vb, learned=Learned()), text)
    # but not where it runs on into the head of another name, as part of that name
    assert ("Industry", "创意设计") not in _mentions(vb, "一、主要任务\n建设创意设计中心区。")


def test_a_learned_industry_inside_a_longer_word_is_no_mention_of_it() -> None:
    vb = replace(vocab.load(), learned=Learned(industries=(("现代化工",), ("生物药",))))
    inside = _mentions(vb, "一、主要任务\n构建现代化工业体系,推动微生物药物研发。")
    assert not {("Industry", "现代化工"), ("Industry", "生物药")} & inside
    listed = _mentions(vb, "一、主要任务\n发展现代化工、生物药等产业。")
    assert {("Industry", "现代化工"), ("Industry", "生物药")} <= listed


def test_a_learned_zones_own_label_wins_over_anothers_alias() -> None:
    zones = (("临江中轴线地区", "中轴线"), ("中轴线",))  # in learned.yaml's order
    vb = replace(vocab.load(), learned=Learned(zones=zones))
    found = _mentions(vb, "一、主要任务\n保护中轴线风貌,推进遗产申报。")
    assert ("Zone", "中轴线") in found
    assert ("Zone", "临江中轴线地区") not in found
