"""Plans the vocabulary was not written for build sensibly (hand annotation: fixtures/plans/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.model import Extraction, Interval
from builder.pipeline import extract

from .conftest import ACTION_PLAN, OTHER_PLAN, labels, phase_dates, related


@pytest.fixture(scope="module")
def other() -> Extraction:
    return extract(OTHER_PLAN)


@pytest.fixture(scope="module")
def action() -> Extraction:
    return extract(ACTION_PLAN)


def test_other_district_plan_identity(other: Extraction) -> None:
    assert other.plan.label == "杨浦区产业发展“十五五”规划"
    periods = {k.label for k in other.intervals if k.cls == "Period"}
    assert periods == {"2026-2030"}


def test_other_district_entities(other: Extraction) -> None:
    assert {
        "长阳创谷",
        "湾谷科技园",
        "新江湾数智港",
        "定海生命科学园",
        "杨浦滨江数字经济核心区",
        "大学路数字创新社区",
        "五角场科技金融示范区",
    } <= labels(other, "Zone")
    assert labels(other, "Enterprise") == {
        "澜江银行",
        "恒禾证券",
        "启元基金",
        "云衡科技",
        "知序网络",
        "星枢智能",
        "复澄生物",
        "禾安医疗",
        "明川律师事务所",
        "博远咨询",
        "德衡管理咨询(上海)有限公司",  # a company is an enterprise, also when it advises
    }
    assert {
        "区发展改革委",
        "区科委",
        "区财政局",
        "区规划资源局",
        "区投资促进办",
        "区商务委",
    } <= labels(other, "GovernmentBody")
    assert {
        "上海东滨产业经济研究院",
        "长三角区域创新研究中心",
    } <= labels(other, "Organization")
    assert {
        "人工智能产业",
        "软件和信息服务业",
        "生物医药产业",
        "科技金融服务业",
        "专业服务业",
    } <= labels(other, "Industry")
    assert not labels(other, "Industry") & {"产业", "产业链", "产业园区"}


def test_other_district_relations(other: Extraction) -> None:
    assert ("复澄生物", "生物医药产业") in related(other, "inIndustry")
    assert ("大模型产业", "人工智能产业") in related(other, "skos:broader")
    assert ("重点园区走访", "长阳创谷") in related(other, "visits")
    phases = phase_dates(other)
    assert phases["专题汇报"] == Interval("2024-09", "2024-09")
    assert phases["规划衔接"] == Interval("2024-11", "2025-01")
    assert len(labels(other, "Bottleneck")) == 4
    assert len(labels(other, "Safeguard")) == 4
    assert len(labels(other, "Measure")) == 6


def test_action_plan(action: Extraction) -> None:
    assert action.plan.label.startswith("徐汇区促进人工智能产业高质量发展三年行动方案")
    periods = {k.label for k in action.intervals if k.cls == "Period"}
    assert periods == {"2024-2026"}
    assert len(labels(action, "Measure")) == 7
    assert labels(action, "Phase") == {"启动部署阶段", "全面推进阶段", "总结评估阶段"}
    assert {"加强组织领导", "强化资金支持", "优化人才服务"} <= labels(action, "Safeguard")
    responsible = related(action, "responsibleBody")
    assert ("壮大智能算力产业", "区发展改革委") in responsible
    assert all(body.startswith("区") for _, body in responsible)
    assert {"华泾人工智能示范区", "漕溪智能算力集聚区", "徐家汇金融科技社区"} <= labels(
        action, "Zone"
    )
    assert not any("责任单位" in goal for goal in labels(action, "Goal"))


def test_work_report_enumerations_and_deadlines() -> None:
    from .conftest import FIXTURES

    report = extract(FIXTURES / "work-report.txt")
    assert labels(report, "Achievement") == {
        "产业能级持续提升",
        "营商环境不断优化",
        "重大项目加快落地",
    }
    # "一是…" items inside a measure are measures too, each part of the one it details
    assert labels(report, "Measure") == {
        "加快建设现代化产业体系",
        "持续优化营商环境",
        "壮大人工智能产业",
        "做强金融服务业,推动滨河金融集聚区扩容提质",
        "培育生物医药产业,加快临江生命科学园建设",
    }
    # "一是A,B;": a second task runs the heading on to the semicolon (the first clause is an alias)
    assert ("做强金融服务业,推动滨河金融集聚区扩容提质", "加快建设现代化产业体系") in related(
        report, "partOf"
    )
    assert ("加快建设现代化产业体系", "北湖人工智能示范区") in related(report, "buildsOnZone")
    assert ("持续优化营商环境", "区发展改革委") in related(report, "responsibleBody")
    deadlines = {(k.label, y) for k, y, _ in report.target_years if k.cls == "Measure"}
    assert deadlines == {("加快建设现代化产业体系", "2025"), ("壮大人工智能产业", "2025")}


def test_plan_outline_chapters() -> None:
    from .conftest import FIXTURES

    outline = extract(FIXTURES / "outline.txt")
    assert {k.label for k in outline.intervals if k.cls == "Period"} == {"2026-2030"}
    # a chapter that opens with a task verb is a measure; its sections are parts of it
    assert labels(outline, "Measure") == {
        "构建现代化产业体系",
        "加快发展现代服务业",
        "培育壮大战略性新兴产业",
    }
    assert ("加快发展现代服务业", "构建现代化产业体系") in related(outline, "partOf")
    assert labels(outline, "Safeguard") == {"加强组织领导"}
    assert labels(outline, "Achievement") == {"全区经济实力显著增强", "创新能力持续提升"}
    assert ("加快发展现代服务业", "滨河金融集聚区") in related(outline, "buildsOnZone")
    assert ("金融服务业", "现代服务业") in related(outline, "skos:broader")


def test_a_title_with_a_note_after_it_is_the_plans_title(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from builder.pipeline import extract

    path = tmp_path / "excerpt.txt"
    path.write_text(
        "临江市国民经济和社会发展第十五个五年规划纲要(节选)\n一、主要任务\n(一)壮大数控机床产业\n",
        encoding="utf-8",
    )
    x = extract(path)
    assert x.plan.label == "临江市国民经济和社会发展第十五个五年规划纲要(节选)"
    assert not labels(x, "PolicyDocument")  # no piece of its own title is cited


@pytest.mark.parametrize(
    ("text", "title", "places"),
    [
        (  # a column's name left over from the page before the title; the session names the place
            "要闻\n要闻\n2026年政府工作报告\n——2026年1月28日在云南省第十四届人民代表大会第四次会议上\n"
            "各位代表:\n一、2025年工作回顾\n过去一年,经济平稳运行。\n",
            "2026年政府工作报告",
            ("云南省", "云南"),
        ),
        (  # a title printed with spaces between its characters
            "政 府 工 作 报 告\n2019年1月17日在高阳县第十七届人民代表大会第三次会议上\n各位代表:\n"
            "一、2018年工作回顾\n经济平稳运行。\n二、2019年工作安排\n(一)推进产业升级。\n",
            "政府工作报告",
            ("高阳县", "高阳"),
        ),
        (  # a year's work points: the year before the place; 要点 ends a plan's title
            "2026年上海市空间智能建设工作要点\n一、重点任务\n(一)推进开放。\n",
            "2026年上海市空间智能建设工作要点",
            ("上海市", "上海"),
        ),
        (  # 上海城市 ends in 市 but names no division
            "上海城市空间治理工作实施方案\n一、重点任务\n(一)推进开放。\n",
            "上海城市空间治理工作实施方案",
            (),
        ),
        (  # 本市 names no place
            "优化提升本市物流仓储设施行动方案(2025-2027年)\n一、主要任务\n(一)优化布局\n",
            "优化提升本市物流仓储设施行动方案(2025-2027年)",
            (),
        ),
        (  # a title that opens with what it is about names its place after it
            "关于进一步推进嘉兴市老旧厂房更新的实施意见\n一、主要任务\n(一)优化布局\n",
            "关于进一步推进嘉兴市老旧厂房更新的实施意见",
            ("嘉兴市", "嘉兴"),
        ),
        (  # …if it names a division: 开发区, 县域 are none
            "关于推进开发区高质量发展的实施意见\n一、主要任务\n(一)优化布局\n",
            "关于推进开发区高质量发展的实施意见",
            (),
        ),
    ],
)
def test_the_title_after_a_pages_leftovers_and_the_place_of_its_session(
    tmp_path, text: str, title: str, places: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    from builder import load, structure, titles, vocab

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    vb = vocab.load()
    info = titles.analyse(structure.analyse(load.load(path, vb), vb), vb)
    assert (info.title, info.places) == (title, places)


def test_a_task_table_names_each_tasks_responsible_bodies_and_deadline(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "临江市港口岸电建设实施方案\n二、重点任务\n(一)加快岸电设施建设。推进码头岸电改造。\n"
        "附件\n重点任务分工表\n序号\t重点任务\t责任单位\t完成时限\n"
        "1\t推进临江港区集装箱码头岸电设施改造\t市交通委、临港集团\t2023年底前\n"
        "2\t完善岸电电价支持政策\t市发展改革委\t2024年6月底前\n",
        encoding="utf-8",
    )
    x = extract(plan)
    assert ("完善岸电电价支持政策", "市发展改革委") in related(x, "responsibleBody")
    assert ("推进临江港区集装箱码头岸电设施改造", "市交通委") in related(x, "responsibleBody")
    years = {(k.label, y) for k, y, _ in x.target_years if k.cls == "Measure"}
    assert ("完善岸电电价支持政策", "2024") in years
    assert not any(label == "加快岸电设施建设" for label, _ in years)  # no deadline of its own
