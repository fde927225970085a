"""Stage 4: plan elements and relations, on the kitchen-sink plan."""

from __future__ import annotations

from builder.model import Extraction, Interval

from .conftest import labels, related

PLAN = "临江区产业发展“十五五”规划"


def test_plan_title_basis_and_period(sink_extraction: Extraction) -> None:
    x = sink_extraction
    assert x.plan.label == PLAN
    assert (
        "临江区产业发展“十五五”规划",
        "中共临江区委关于制定临江区国民经济和社会发展第十五个五年规划的建议",
    ) in related(x, "basedOn")
    periods = {k.label: v[0] for k, v in x.intervals.items() if k.cls == "Period"}
    assert periods == {"2026-2030": Interval("2026", "2030")}
    assert {(k.label, y) for k, y, _ in x.target_years if k.cls == "Plan"} == {(PLAN, "2030")}


def test_elements_of_every_kind(sink_extraction: Extraction) -> None:
    x = sink_extraction
    assert labels(x, "WorkMethod") == {"重点园区走访", "重点企业走访", "专家论证"}
    assert labels(x, "Phase") == {"前期研究", "规划起草"}
    assert labels(x, "Measure") == {"做强金融服务业", "培育数字游戏产业"}
    assert labels(x, "Achievement") == {"临江区产业能级全面提升", "“一带两核”格局基本形成"}
    assert labels(x, "Bottleneck") == {"龙头企业偏少", "产业载体不足"}
    assert labels(x, "Opportunity") == {"长三角一体化加速推进", "数字经济蓬勃发展"}
    assert labels(x, "Challenge") == {"外部环境复杂多变"}
    assert labels(x, "Goal") == {"产业规模显著壮大", "创新能力明显增强"}
    assert labels(x, "Safeguard") == {"组织领导保障", "人才支撑", "用地保障"}


def test_phase_dates_cross_years(sink_extraction: Extraction) -> None:
    phases = {k.label: v[0] for k, v in sink_extraction.intervals.items() if k.cls == "Phase"}
    assert phases == {
        "前期研究": Interval("2024-03", "2024-04"),
        "规划起草": Interval("2024-11", "2025-01"),
    }


def test_measure_links(sink_extraction: Extraction) -> None:
    x = sink_extraction
    assert ("做强金融服务业", "金融服务业") in related(x, "developsIndustry")
    assert ("做强金融服务业", "滨河金融集聚区") in related(x, "buildsOnZone")
    assert ("培育数字游戏产业", "北湖创新示范区") in related(x, "buildsOnZone")
    assert ("绿色金融产业", "金融服务业") in related(x, "skos:broader")


def test_work_methods_visit_and_consult(sink_extraction: Extraction) -> None:
    x = sink_extraction
    assert ("重点园区走访", "滨河科技园区") in related(x, "visits")
    assert ("重点企业走访", "青禾银行") in related(x, "visits")
    assert ("专家论证", "临江产业研究院") in related(x, "consults")
    assert ("专家论证", "区发展改革委") in related(x, "consults")


def test_every_relation_has_a_sentence(sink_extraction: Extraction) -> None:
    x = sink_extraction
    n = len(x.structure.sentences)
    assert x.relations
    assert all(0 <= r.sentence < n for r in x.relations)
