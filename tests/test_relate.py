"""Stage 4: plan elements and relations, on the kitchen-sink plan."""

from __future__ import annotations

import pytest

from builder.model import EntityKey, Extraction, Interval

from .conftest import labels, phase_dates, related

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


def test_a_plan_that_states_its_period_is_of_that_period(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市数字经济发展“十四五”规划\n为推进数字产业化,制定本规划。规划期为2022—2025年。\n"
        "一、主要任务\n(一)建设5G网络\n建设基站。\n",
    )
    periods = {k.label: v[0] for k, v in x.intervals.items() if k.cls == "Period"}
    assert periods == {"2022-2025": Interval("2022", "2025")}


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("临江区2026年数字经济工作要点", "2026"),
        ("临江市交通领域优化营商环境行动方案(2026年)", "2026"),
        ("关于做好2024年临江县乡村振兴重点工作的实施意见", "2024"),
        ("临江市2030年前碳达峰实施方案", None),  # a deadline
        ("临江市数字经济发展规划(2025年修订)", None),  # an edition
        ("临江市到2027年数字经济行动方案", None),  # a deadline
        ("临江市数字经济发展行动方案(2025年版)", None),  # an edition
        ("临江县至2028年农业发展实施意见", None),  # a deadline
        ("临江市国民经济和社会发展2035年远景目标纲要", None),  # a horizon
        ("临江市2025年工作总结和2026年工作计划", None),  # two years
        ("2026年临江市政府工作报告", None),  # a report may set the year's targets or the period's
    ],
)
def test_a_plan_titled_by_one_year_is_of_that_year(
    tmp_path, title: str, period: str | None
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(tmp_path, f"{title}\n一、主要任务\n(一)建设5G网络\n建设基站。\n")
    periods = {k.label: v[0] for k, v in x.intervals.items() if k.cls == "Period"}
    assert periods == ({period: Interval(period, period)} if period else {})
    if period:
        assert {y for k, y, _ in x.target_years if k.cls == "Plan"} == {period}


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
    phases = phase_dates(sink_extraction)
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


def test_a_measures_industry_is_not_wider_than_one_its_body_names_by_its_head(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区产业发展规划\n一、主要任务\n(一)打响专业服务业品牌:抓住服务业开放机遇,"
        "发展法律服务业。\n",
    )
    broader = related(x, "skos:broader")
    assert ("服务业", "专业服务业") not in broader  # services are wider than professional ones
    assert ("法律服务业", "专业服务业") in broader


@pytest.mark.parametrize("peer", ["先进制造业", "智慧农业", "建筑业"])
def test_a_sector_of_another_branch_is_no_narrower_than_the_measures(tmp_path, peer: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        f"临江区产业发展规划\n一、主要任务\n(一)发展现代服务业。推动现代服务业同{peer}深度融合,"
        "发展科技服务业。\n",
    )
    broader = related(x, "skos:broader")
    assert ("科技服务业", "现代服务业") in broader
    assert (peer, "现代服务业") not in broader  # its peer, not a kind of services
    assert ("发展现代服务业", peer) in related(x, "developsIndustry")


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


def _extract(tmp_path, text: str, name: str = "临江区发展规划.txt") -> Extraction:  # type: ignore[no-untyped-def]
    from builder.pipeline import extract

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(path)


def _phase_dates(x: Extraction) -> dict[str, tuple[str, str]]:
    """Each phase's label and the (begin, end) of its interval."""
    return {k.label: (i.begin, i.end) for k, (i, _) in x.intervals.items() if k.cls == "Phase"}


def test_targets_inside_a_task_item_are_its_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划\n一、主要任务\n(一)做强港口产业\n推进港口建设。"
        "到2030年,力争港航产业规模突破300亿元,形成一批示范工程,带动全区发展。\n",
    )
    goals = labels(x, "Goal")
    assert {"力争港航产业规模突破300亿元", "形成一批示范工程"} <= goals
    assert "带动全区发展" not in goals
    # the item's one paragraph opens with its lead sentence, no part of its own
    assert ("力争港航产业规模突破300亿元", "做强港口产业") in related(x, "partOf")


def test_a_task_sections_dated_sentence_sets_the_states_it_reaches(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市数字经济发展报告\n一、下一步工作安排\n以推动数字技术与实体经济深度融合为主线。"
        "到2025年,数字经济迈向全面扩展期,数字化创新能力大幅提升,数字经济治理体系更加完善,"
        "数字技术与实体经济深度融合取得显著成效,服务全市发展。"
        "展望2035年,数字经济迈向繁荣成熟期,产业体系发展水平位居全国前列。\n"
        "(一)推进关键核心技术攻关。加快技术突破。\n",
    )
    goals = labels(x, "Goal")
    assert {
        "数字经济迈向全面扩展期",
        "数字化创新能力大幅提升",
        "数字经济治理体系更加完善",
        "数字技术与实体经济深度融合取得显著成效",
        "数字经济迈向繁荣成熟期",
        "产业体系发展水平位居全国前列",
    } <= goals
    assert "服务全市发展" not in goals


def test_amounts_to_build_and_shares_to_cut_in_a_goals_item_are_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市城市更新三年行动方案\n一、总体要求\n(一)工作目标\n1.总体目标。到2027年,城市更新体系"
        "基本完善。\n2.具体目标。完成旧住房成套改造50万平方米;新增公共绿地20公顷;"
        "单位地区生产总值能耗下降13.5%。\n二、重点任务\n(一)推进旧区改造。加快零星旧改。\n",
    )
    assert {
        "城市更新体系基本完善",
        "完成旧住房成套改造50万平方米",
        "新增公共绿地20公顷",
        "单位地区生产总值能耗下降13.5%",
    } <= labels(x, "Goal")


def test_figures_set_for_a_span_of_years_inside_a_task_are_its_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区交通工作方案\n一、主要任务\n(一)补齐停车设施短板。2021年-2023年间,全区改造停车场"
        "20个。聚焦老旧小区,2024年-2025年创建60个停车优化项目,新增3000个共享停车位。\n",
    )
    goals = labels(x, "Goal")
    assert {"创建60个停车优化项目", "新增3000个共享停车位"} <= goals
    assert not any("改造停车场" in goal for goal in goals)  # the years before the plan's
    assert ("创建60个停车优化项目", "补齐停车设施短板") in related(x, "partOf")


def test_a_work_reports_tasks_pledge_no_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    task = "一、今年重点工作\n(一)做强港口产业。推进港口建设,力争港航产业规模突破300亿元。\n"
    plan = _extract(tmp_path, "临江区发展规划\n" + task)
    report = _extract(tmp_path, "2026年临江区政府工作报告\n" + task)
    assert "力争港航产业规模突破300亿元" in labels(plan, "Goal")
    assert "力争港航产业规模突破300亿元" not in labels(report, "Goal")
    assert "做强港口产业" in labels(report, "Measure")


def test_the_targets_of_a_reports_five_year_tasks_are_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    body = (
        "(一)坚持创新驱动,科技创新策源地建设实现新突破。强化企业主体地位,"
        "国家高新技术企业新增5000户,人才总量突破350万人。提升粮食供给保障能力,"
        "粮食总产量达325万吨,美丽宜居村庄覆盖率超90%,力争规上文化企业超千家。\n"
    )
    five_years = _extract(
        tmp_path, "2026年临江市政府工作报告\n二、“十五五”时期主要目标任务\n" + body
    )
    this_year = _extract(
        tmp_path, "2026年临江市政府工作报告\n二、2026年主要目标和工作安排\n" + body
    )
    targets = {
        "国家高新技术企业新增5000户",
        "人才总量突破350万人",
        "粮食总产量达325万吨",
        "美丽宜居村庄覆盖率超90%",
        "力争规上文化企业超千家",
    }
    assert targets <= labels(five_years, "Goal")
    assert "坚持创新驱动,科技创新策源地建设实现新突破" in labels(five_years, "Measure")
    assert not targets & labels(this_year, "Goal")  # this year's figures belong to its tasks


def test_quarters_of_the_plans_year_are_its_phases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年临江区充电场所加装消防设施实施方案\n一、项目内容\n"
        "原则上选取100平方米以上的场所进行改造。一要增设简易喷淋系统,末端压力不小于0.03MPa。"
        "二要加装火灾探测器,火灾报警信号反馈至监控中心。\n二、实施步骤\n"
        "(一)第一季度:做好项目立项工作,制定项目实施方案。\n"
        "(二)第二季度:完成项目审批、各参建单位选取和招投标工作;\n"
        "(三)第三季度:全面实施建设施工。\n",
    )
    assert phase_dates(x) == {
        "第一季度": Interval("2026-01", "2026-03"),
        "第二季度": Interval("2026-04", "2026-06"),
        "第三季度": Interval("2026-07", "2026-09"),
    }
    assert {"增设简易喷淋系统", "加装火灾探测器"} <= labels(x, "Measure")  # 项目内容 holds tasks


def test_the_years_since_in_a_section_on_the_background_are_results(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区消防事业发展“十五五”规划\n一、规划背景\n"
        "2021年以来,在市消防救援局、区委、区政府的领导下,临江区消防安全治理体系日臻完善,"
        "消防基础设施与战勤保障实现新突破,消防应急救援能力得到全面提升。\n"
        "“十四五”期间临江区消防尽管取得了显著成效,但仍面临诸多短板与挑战:消防安全责任制执行不到位。\n",
    )
    assert labels(x, "Achievement") == {
        "临江区消防安全治理体系日臻完善",
        "消防基础设施与战勤保障实现新突破",
        "消防应急救援能力得到全面提升",
    }
    assert "消防安全责任制执行不到位" in labels(x, "Bottleneck") | labels(x, "Challenge")


def test_the_sentence_before_a_bare_lead_into_targets_states_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划\n一、发展目标\n(一)总体目标\n"
        "围绕“安全、有序”的目标,建立健全城市管理标准化体系,基本形成现代化城市管理格局。具体目标如下:\n"
        "1.完善机制。健全工作机制。\n2.树立标杆。主要道路保持一流。\n",
    )
    goals = labels(x, "Goal")
    assert {"建立健全城市管理标准化体系", "基本形成现代化城市管理格局"} <= goals
    assert not any(goal.startswith("围绕") for goal in goals)  # a frame, no target


def test_the_plans_period_opening_a_goal_sentence_is_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区技能人才行动方案\n二、目标任务\n"
        "“十四五”期间,新增技能人才40万人以上,技能人才占就业人员比例达到30%。\n",
    )
    goals = labels(x, "Goal")
    assert {"新增技能人才40万人以上", "技能人才占就业人员比例达到30%"} <= goals
    assert not any("十四五" in g for g in goals)


def test_the_vision_after_the_plans_goals_is_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年临江市政府工作报告\n一、今后五年的目标任务\n"
        "今后五年的发展目标:一是城市功能持续提升,二是高质量发展迈上新台阶。"
        "在此基础上再奋斗五年,到2035年实现综合经济实力大幅提升,率先基本实现现代化。\n",
    )
    goals = labels(x, "Goal")
    assert {"城市功能持续提升", "高质量发展迈上新台阶"} <= goals
    assert not any("2035" in g or "再奋斗" in g or "率先" in g for g in goals)


def test_dated_goals_after_a_run_in_goal_heading_go_on_sentence_after_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区氢能产业行动方案\n一、主要目标\n"
        "聚焦重点,分类施策、梯次推进。2027年前,氢能装备实现量产,示范应用初步铺开。"
        "加氢站网络基本成型,氢能车辆推广取得突破。建成氢能检测认证中心。"
        "实现氢能产业规模突破100亿元。\n"
        "二、重点任务\n(一)推进装备研发\n支持企业研发。\n",
    )
    goals = labels(x, "Goal")
    # the sentences after the dated one go on with its targets, clause by clause
    assert {
        "氢能装备实现量产",
        "加氢站网络基本成型",
        "氢能车辆推广取得突破",
        "建成氢能检测认证中心",
        "氢能产业规模突破100亿元",
    } <= goals
    assert "实现氢能产业规模突破100亿元" not in goals  # read once, as a goal of the list


def test_short_task_sentences_inside_an_item_head_parts_only_in_a_work_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    body = (
        "二、重点任务\n(一)加强乡村基础设施建设。坚持先建机制、后建工程。"
        "实施农村电网巩固工程。加大农村电网建设力度,全面巩固提升农村电力保障水平,推进燃气下乡。"
        "实施乡村物流畅通工程。加快农村寄递物流体系建设,推动县乡村三级物流共同配送,完善农村客货邮融合发展网络。\n"
    )
    report = _extract(tmp_path, "临江县政府工作报告\n" + body, "临江县政府工作报告.txt")
    opinions = _extract(
        tmp_path,
        "临江县关于推进乡村振兴的实施意见\n" + body,
        "临江县关于推进乡村振兴的实施意见.txt",
    )
    parts = {"实施农村电网巩固工程", "实施乡村物流畅通工程"}
    assert parts <= labels(report, "Measure")
    measures = labels(opinions, "Measure")
    assert "加强乡村基础设施建设" in measures
    assert not parts & measures  # sentences of the item's text, no headings of its parts


def test_troubles_a_principle_lists_before_dengduandian_are_bottlenecks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区科技创新行动方案\n一、总体要求\n"
        "坚持问题导向,针对当前面临的主要问题,特别是科技成果转化效率不高、高端人才供给不足、"
        "融资渠道仍较单一等瓶颈,部署重点任务。着力解决停车、充电、加装电梯等难点。\n"
        "二、重点任务\n(一)推进成果转化\n建设概念验证中心。\n",
    )
    bottlenecks = labels(x, "Bottleneck")
    assert {"科技成果转化效率不高", "高端人才供给不足", "融资渠道仍较单一"} <= bottlenecks
    assert not bottlenecks & {"停车", "充电", "加装电梯"}  # things to fix, no troubles stated


def test_a_time_ahead_or_a_comparison_only_frames_the_opportunities(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市扩大内需战略实施方案\n一、发展环境\n(一)机遇和挑战\n"
        "进入新阶段,临江市场基础更加扎实,扩大内需的条件深刻变化。展望未来一段时期,消费对经济增长的"
        "拉动作用会更加明显。与周边城市相比,临江在很多方面还有较大投资空间,投资需求潜力巨大。\n"
        "二、主要任务\n(一)扩大消费\n推进商圈建设。\n",
    )
    opportunities = labels(x, "Opportunity")
    assert "临江在很多方面还有较大投资空间" in opportunities
    assert not opportunities & {"展望未来一段时期", "与周边城市相比"}


def test_numbered_goals_and_riders(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区政府工作报告\n今后五年的发展目标:一是港城功能持续提升,二是营商环境明显改善。"
        "今年主要预期目标是:经济增长5%左右,在实际工作中努力争取更好结果;城镇新增就业5万人以上;"
        "居民收入增长和经济增长同步。\n",
    )
    goals = labels(x, "Goal")
    assert {"港城功能持续提升", "营商环境明显改善", "城镇新增就业5万人以上"} <= goals
    assert "经济增长5%左右,在实际工作中努力争取更好结果" in goals


def test_the_lead_in_to_the_tasks_after_the_targets_is_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区政府工作报告\n三、今年重点工作\n今年主要预期目标是:经济增长5%左右;粮食产量保持稳定。"
        "重点做好十个方面工作。\n(一)扩大内需\n提振消费。\n",
    )
    goals = labels(x, "Goal")
    assert {"经济增长5%左右", "粮食产量保持稳定"} <= goals
    assert "重点做好十个方面工作" not in goals


def test_an_outlook_weighed_side_by_side_lists_challenges_then_opportunities(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n二、“十五五”时期目标任务\n展望未来五年,战略机遇和风险挑战并存。"
        "我们既要看到,霸权主义威胁上升,世界经济增长动能不足,不确定难预料因素增多;更要看到,"
        "新一轮科技革命加速突破,我省产业链优势更加彰显,特色优势进一步凸显。\n",
    )
    assert labels(x, "Challenge") == {
        "霸权主义威胁上升",
        "世界经济增长动能不足",
        "不确定难预料因素增多",
    }
    assert {"新一轮科技革命加速突破", "我省产业链优势更加彰显", "特色优势进一步凸显"} <= labels(
        x, "Opportunity"
    )
    assert not labels(x, "Goal")  # the outlook in a section of goals sets none


def test_troubles_named_then_listed_in_one_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n一、2025年工作回顾\n在看到成绩的同时,我们也认识到老问题、新挑战仍然不少,"
        "主要是外部环境变化影响加深,消费需求依然偏弱,投资动力不够强。\n",
    )
    assert labels(x, "Challenge") == {"外部环境变化影响加深"}
    assert labels(x, "Bottleneck") == {"消费需求依然偏弱", "投资动力不够强"}


def test_what_the_report_says_of_its_targets_sets_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n三、今年工作\n今年主要预期目标是:经济增长5%左右;居民收入增长与经济增长同步。"
        "这样的目标,是立足发展所需、责任所在,深入研究提出来的。我们深知,实现这些目标并非易事。"
        "总的考虑是,为转变发展方式创造良好环境,引导各方面把着力点放在提高发展质量上。"
        "重点抓好以下14个方面的工作。\n(一)扩大内需\n提振消费。\n",
    )
    assert labels(x, "Goal") == {"经济增长5%左右", "居民收入增长与经济增长同步"}


def test_an_outlook_on_one_hand_and_on_the_other(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n二、今后五年\n我省发展环境面临深刻复杂变化,一方面,世界百年变局加速演进,"
        "全球经济增长动能不足,前行中不确定难预料因素增多,我们要看到困难问题和风险挑战;另一方面,"
        "我们更要看到战略机遇,新一轮科技革命加速突破带来众多机会,我国经济优势多、潜能大。\n",
    )
    assert labels(x, "Challenge") == {
        "世界百年变局加速演进",
        "全球经济增长动能不足",
        "前行中不确定难预料因素增多",
    }
    assert labels(x, "Opportunity") == {
        "新一轮科技革命加速突破带来众多机会",
        "我国经济优势多、潜能大",
    }
    assert not labels(x, "Bottleneck")


def test_troubles_said_to_remain_then_listed_clause_by_clause(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n一、2025年工作回顾\n同时我们清醒地看到,老问题、新挑战仍然不少。"
        "外部环境变化影响加深,投资增长动力不足;城市群一体化存在卡点堵点,民生保障仍然存在短板弱项;"
        "政府工作质量效能距离群众期望还有差距。对此我们将坚决改进。\n",
    )
    assert labels(x, "Challenge") == {"外部环境变化影响加深"}
    assert labels(x, "Bottleneck") == {
        "投资增长动力不足",
        "城市群一体化存在卡点堵点",
        "民生保障仍然存在短板弱项",
        "政府工作质量效能距离群众期望还有差距",
    }


def test_safeguards_of_aspects_only_where_the_sentence_secures_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区产业发展规划\n一、保障措施\n从组织领导、资金投入和人才支撑三个方面予以保障。\n"
        "二、主要目标\n从经济发展、创新驱动、安全保障等3个方面细化提出22项主要指标。\n",
    )
    assert labels(x, "Safeguard") >= {"组织领导", "资金投入", "人才支撑"}
    assert not {"经济发展", "创新驱动", "安全保障"} & labels(x, "Safeguard")
    each = _extract(
        tmp_path,
        "临江区产业发展规划\n一、保障措施\n从组织保障、要素保障和监督保障三个方面推动规划落地。\n",
    )
    assert {"组织保障", "要素保障", "监督保障"} <= labels(each, "Safeguard")


def test_a_situation_sections_clauses_without_their_riders(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区国民经济和社会发展第十五个五年规划纲要\n第二章 形势分析\n"
        "新一轮科技革命加速突破、全球经济治理深刻变动,为深入推进“五个中心”建设、加快提高城市能级和"
        "核心竞争力提供了重大机遇。特别是临江承担的重大战略叠加优势将进一步放大,进博会进入开放平台的"
        "新阶段,将加快吸引高端资源集聚落地。\n"
        "同时我们也要看到,大国博弈更加复杂激烈;新旧动能转换任务仍然艰巨,民生保障存在短板弱项,"
        "城市治理面临风险挑战,对更好统筹经济社会发展、全方位推动转型升级提出了紧迫任务。\n",
    )
    opportunities = labels(x, "Opportunity")
    assert "进博会进入开放平台的新阶段" in opportunities
    assert not {"将加快吸引高端资源集聚落地"} & opportunities
    assert not any(
        o.startswith("为深入推进") for o in labels(x, "Opportunity") | labels(x, "Challenge")
    )
    assert labels(x, "Bottleneck") == {"新旧动能转换任务仍然艰巨", "民生保障存在短板弱项"}
    assert labels(x, "Challenge") == {"大国博弈更加复杂激烈", "城市治理面临风险挑战"}


def test_the_guiding_thought_in_a_section_of_aims_sets_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区节能降碳“十五五”规划\n一、总体目标\n以习近平新时代中国特色社会主义思想为指导,全面贯彻党的"
        "二十大精神,推动能耗双控向碳排放双控转变,确保如期实现碳达峰。\n到2030年,碳排放总量和强度"
        "得到科学合理控制,新建民用建筑100%执行绿色建筑一星级及以上标准。\n二、主要任务\n(一)推进改造\n",
    )
    goals = labels(x, "Goal")
    assert "新建民用建筑100%执行绿色建筑一星级及以上标准" in goals
    assert not {"以习近平新时代中国特色社会主义思想为指导", "全面贯彻党的二十大精神"} & goals


def test_a_target_placed_among_the_others_loses_the_word_that_places_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n二、今后五年\n今后五年的主要目标是:经济实力持续增强,其中地区生产总值年均增长5%左右。\n",
    )
    assert "地区生产总值年均增长5%左右" in labels(x, "Goal")


def test_a_rider_in_a_list_of_targets_without_semicolons_and_indicator_counts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n三、今年工作\n全省经济社会发展的主要预期目标是:地区生产总值增长4.5%左右,"
        "在实际工作中努力争取更好结果,一般公共预算收入增长2.5%左右,城镇新增就业45万人以上。\n"
        "四、今后五年\n《纲要(草案)》明确了经济社会发展主要指标:一是围绕经济发展,提出6项指标,"
        "其中地区生产总值年均增长5%左右。二是围绕创新驱动,提出5项指标,其中全社会研发经费投入年均增长8%以上。\n",
    )
    goals = labels(x, "Goal")
    assert {
        "地区生产总值增长4.5%左右,在实际工作中努力争取更好结果",
        "一般公共预算收入增长2.5%左右",
        "地区生产总值年均增长5%左右",
        "全社会研发经费投入年均增长8%以上",
    } <= goals
    assert not {"在实际工作中努力争取更好结果", "提出6项指标"} & goals


def test_a_task_done_on_one_hand_and_on_the_other_lists_no_conditions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n三、2026年重点工作\n(一)防范化解重点领域风险。一方面,要稳妥处置地方债务风险,"
        "防范化解中小金融机构风险;另一方面,要抓住超长期特别国债带来的机遇,用好政策红利。\n",
    )
    assert not labels(x, "Challenge") | labels(x, "Opportunity")


def test_targets_the_report_states_with_we_will_are_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n三、今年工作\n今年主要预期目标是:经济增长5%左右;粮食产量保持稳定。"
        "我们将努力实现居民收入增长和经济增长同步,单位地区生产总值能耗降低3%左右。提出上述预期目标,"
        "综合考虑了国内外形势和各方面因素,兼顾了需要和可能。今年要全力抓好以下10项重点任务。\n",
    )
    goals = labels(x, "Goal")
    assert "单位地区生产总值能耗降低3%左右" in goals
    assert not {"综合考虑了国内外形势和各方面因素", "兼顾了需要和可能"} & goals
    assert not any("重点任务" in g for g in goals)


def test_a_reports_glossary_names_the_report_itself_no_document(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年临江省政府工作报告\n三、2026年重点工作\n(一)大力提振消费。开展专项行动。\n"
        "《政府工作报告》有关内容名词注释\n1.“两重”:是指国家重大战略实施和重点领域安全能力建设。\n",
    )
    assert "政府工作报告" not in labels(x, "PolicyDocument")
    assert labels(x, "Measure") == {"大力提振消费"}


def test_a_task_whose_first_clause_names_its_aim_in_a_section_of_aims_and_tasks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n二、“十五五”时期目标任务和2026年工作安排\n"
        "(一)统筹促消费和扩投资,更大力度释放内需潜力。\n有效发挥政策集成效应。加强政策协同。\n"
        "(二)锚定新型工业化发展方向,做强做优做大实体经济。\n深入实施先进制造业集群培育专项行动。"
        "培育垂直行业大模型80个,新增先进级以上智能工厂80家。\n",
    )
    assert "锚定新型工业化发展方向,做强做优做大实体经济" in labels(x, "Measure")
    assert not {"培育垂直行业大模型80个", "新增先进级以上智能工厂80家"} & labels(x, "Goal")


def test_the_rows_of_an_attached_scoring_table_are_no_tasks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "关于印发临江区消防安全工作方案的通知\n附件:1.临江区消防安全工作方案\n"
        "2.临江区消防安全考核评分细则表(试行)\n临江区消防安全工作方案\n一、工作内容\n"
        "(一)彻底排查。摸清底数。\n(二)长效管理。加强宣传。\n临江区消防安全考核评分细则表(试行)\n"
        "项目\n序号\n评分内容\n评分标准\n扣分\n消防安全责任14分\n1\n建立消防安全管理体系。\n"
        "1.未确定消防安全责任人的扣2分。\n2.未制定消防安全责任制的扣2分。\n",
    )
    assert labels(x, "Measure") == {"彻底排查", "长效管理"}


def test_the_state_councils_report_cited_in_a_report_is_a_document(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年临江市政府工作报告\n一、2025年工作回顾\n全面落实国务院《政府工作报告》部署,经济运行稳中向好。\n",
    )
    assert "政府工作报告" in labels(x, "PolicyDocument")


def test_a_target_after_the_reports_resolve_loses_the_resolve(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n三、今年工作\n今年主要预期目标是:经济增长5%左右;粮食产量保持稳定。"
        "我们将努力实现城乡居民人均可支配收入增长5%。\n",
    )
    assert "城乡居民人均可支配收入增长5%" in labels(x, "Goal")


def test_aspects_naming_safeguards_in_a_task_are_no_safeguards(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区产业发展规划\n一、主要任务\n(一)统筹发展和安全\n从粮食安全保障、能源安全保障、产业链安全保障"
        "三个方面提升安全发展能力。\n",
    )
    assert not labels(x, "Safeguard")


def test_a_safeguards_section_of_plain_sentences_has_one_item_per_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划\n一、主要任务\n(一)做强港口产业\n推进港口建设。\n二、保障措施\n"
        "强化部门协同联动,主动对接市级部门,集聚优质资源。完善政策资金保障(含专项资金),提升资金使用效益。\n",
    )
    assert {"强化部门协同联动", "完善政策资金保障"} <= labels(x, "Safeguard")


def test_a_weakness_in_a_risky_field_is_a_bottleneck_and_new_questions_a_challenge(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n"
        "我们也清醒地认识到,工作中还存在不少问题和风险挑战:外部环境变化影响加深;风险防控、安全发展还有"
        "薄弱环节;人口结构变化对教育、养老等民生保障提出新课题。对此,我们将采取有力措施。\n",
    )
    assert "风险防控、安全发展还有薄弱环节" in labels(x, "Bottleneck")
    assert {"外部环境变化影响加深", "人口结构变化对教育、养老等民生保障提出新课题"} <= labels(
        x, "Challenge"
    )


def test_problems_listed_as_examples_after_the_sentence_that_names_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区历史风貌保护规划\n一、发展回顾\n与此同时,风貌保护工作也面临一些瓶颈问题。如老大楼产权关系复杂,"
        "专业施工单位和工匠人才匮乏,以及执法面临违法成本低、处罚力度不够等难题。\n",
    )
    assert {
        "老大楼产权关系复杂",
        "专业施工单位和工匠人才匮乏",
        "执法面临违法成本低、处罚力度不够等难题",
    } <= labels(x, "Bottleneck")


def test_a_trouble_named_by_what_is_hard_to_do(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n过去一年,全市经济稳中向好。我们也清醒看到,发展中还存在"
        "一些困难和问题。一是改革精准度仍待提升,新业态的制度供给仍难以适应发展要求。二是城市治理水平"
        "仍待提高,旧模式城中村改造项目推进上还有难度。\n",
    )
    assert {
        "新业态的制度供给仍难以适应发展要求",
        "旧模式城中村改造项目推进上还有难度",
    } <= labels(x, "Bottleneck")


def test_problems_counted_after_a_colon_in_a_review_are_no_results(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "…还存在一些困难和问题:一是A;二是B。" in the review of last year: A and B are troubles,
    without their 一是, and no results of the year."""
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n(一)经济运行稳中向好。全市生产总值增长5.2%。\n"
        "同时,我们也清醒看到,发展中还存在一些困难和问题:一是有效需求不足,消费恢复偏慢;"
        "二是部分企业生产经营困难。\n",
    )
    troubles = labels(x, "Bottleneck") | labels(x, "Challenge")
    assert {"有效需求不足", "部分企业生产经营困难"} <= troubles
    assert not any(t.startswith(("一是", "二是")) for t in troubles)
    assert labels(x, "Achievement") == {"经济运行稳中向好"}


def test_problems_listed_after_a_bare_mainly_with_their_measures_too_large_or_small(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n"
        "发展成就令人鼓舞,但我们也清醒地看到,在前进的道路上还面临不少困难和问题。"
        "主要是总体发展基础差,工业化、城镇化水平低。传统产业比重大,新兴产业规模小,"
        "服务业比重低,转型发展的任务艰巨。\n",
    )
    assert {
        "总体发展基础差",
        "工业化、城镇化水平低",
        "传统产业比重大",
        "新兴产业规模小",
        "服务业比重低",
    } <= labels(x, "Bottleneck")


def test_situation_paragraphs_of_a_work_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n"
        "我们也清醒地认识到,前进道路上老问题、新挑战仍然不少。主要是:港城实力还不够强,"
        "一些企业经营困难。外部环境不确定因素增多,民生领域还有短板。对此,我们将采取有力措施。\n"
        "从战略机遇看,港航市场长期向好的基本趋势没有改变,特别是新一轮产业变革方兴未艾,"
        "这是我们赢得未来的底气。\n"
        "从战略机遇看,数字经济方兴未艾,正沿着“以数字化为方向”的主线展开,正在深刻改变生产方式,"
        "给我们重构供给体系和能力、重塑全球发展竞争新优势带来重大历史机遇。\n",
    )
    assert {"港城实力还不够强", "一些企业经营困难", "民生领域还有短板"} <= labels(x, "Bottleneck")
    assert "外部环境不确定因素增多" in labels(x, "Challenge")
    assert {"港航市场长期向好的基本趋势没有改变", "新一轮产业变革方兴未艾"} <= labels(
        x, "Opportunity"
    )
    everything = {k.label for k in x.entities}
    assert "数字经济方兴未艾" in labels(x, "Opportunity")
    assert not any(
        label.startswith(("对此", "这是", "正沿着", "正在", "给我们")) for label in everything
    )
    assert "以数字化为方向”的主线展开" not in everything  # what the 变革 does, no item


def test_goal_clauses_lose_their_frame_and_split_where_they_join_clauses(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划\n临江区的发展目标是到2030年,实现建设长江沿岸最具活力的港口新城的目标。"
        "实现港口规模不断壮大、航运服务日益完善以及新旧动能加速转换。"
        "城乡居民收入、一般公共预算收入增长6%。\n",
    )
    goals = labels(x, "Goal")
    assert {"建设长江沿岸最具活力的港口新城", "港口规模不断壮大", "航运服务日益完善"} <= goals
    assert "新旧动能加速转换" in goals
    assert "城乡居民收入、一般公共预算收入增长6%" in goals


def test_a_clause_that_only_leads_into_targets_is_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市低碳试点实施方案\n一、工作目标\n到2025年,建成一批低碳试点。其中,建设低碳示范园区10个,"
        "近零碳排放社区20个。\n二、重点任务\n(一)开展园区试点。推动园区能源结构优化。\n",
    )
    goals = labels(x, "Goal")
    assert {"建设低碳示范园区10个", "近零碳排放社区20个"} <= goals
    assert "其中" not in goals


def test_a_goal_keeps_the_target_it_completes_and_loses_its_rider(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n今年主要预期目标是:地区生产总值增长5%左右,"
        "细颗粒物年均浓度控制在30微克/立方米左右、争取更优水平,"
        "单位地区生产总值二氧化碳排放降低完成国家下达的目标。\n",
    )
    assert labels(x, "Goal") == {
        "地区生产总值增长5%左右",
        "细颗粒物年均浓度控制在30微克/立方米左右",
        "单位地区生产总值二氧化碳排放降低完成国家下达的目标",
    }


def test_a_clause_item_involves_what_it_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划\n一、发展机遇\n从外部机遇看,“双城联动”持续深化,长三角一体化加速推进。\n",
    )
    involved = related(x, "involves") | related(x, "hasPolicyConcept")
    assert ("长三角一体化加速推进", "长三角一体化") in involved


def test_a_box_of_an_outline_is_a_measure_holding_its_items(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划纲要\n第一章 建设创新强区\n第一节 集聚青年人才\n加快吸引青年人才来临江创业。\n"
        "专栏1 青年英才汇聚行动\n1.青年人才招引行动。每年新引进大学生3万人以上,举办招聘活动50场以上。\n"
        "2.工匠培育行动。力争到2030年高技能人才总量达到10万人,高技能人才比例达到30%。\n",
    )
    part_of = related(x, "partOf")
    assert ("青年人才招引行动", "青年英才汇聚行动") in part_of
    assert ("青年英才汇聚行动", "集聚青年人才") in part_of
    goals = labels(x, "Goal")
    assert {"每年新引进大学生3万人以上", "举办招聘活动50场以上"} <= goals
    assert {"力争到2030年高技能人才总量达到10万人", "高技能人才比例达到30%"} <= goals
    assert ("举办招聘活动50场以上", "青年人才招引行动") in part_of


def test_figures_without_a_pledge_are_not_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区政府工作报告\n一、过去一年的工作回顾\n(一)民生持续改善。改造老旧小区300个以上,"
        "每年新增就业超过5万人。\n二、今年的重点工作\n(一)办好民生实事。实施老楼加装电梯80台以上。\n",
    )
    assert not {g for g in labels(x, "Goal") if "老旧小区" in g or "电梯" in g or "就业" in g}


def test_cover_finds_offsets_inside_nested_intervals() -> None:
    from builder.relate import _Cover

    cover = _Cover([(10, 50), (12, 20), (60, 70), (65, 66)])
    assert [cover.covers(at) for at in (9, 10, 25, 49, 50, 59, 60, 69, 70)] == [
        False, True, True, True, False, False, True, True, False,
    ]  # fmt: skip


def test_a_review_paragraph_is_also_called_by_its_result(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n一、回顾\n"
        "这五年,我们勇于创新、攻坚克难,港口能级实现新跃升。集装箱吞吐量翻番。\n"
        "这五年,我们心系群众,民生福祉得到新改善。城镇新增就业50万人。\n",
    )
    found = {k.label: e for k, e in x.entities.items() if k.cls == "Achievement"}
    first = found["这五年,我们勇于创新、攻坚克难,港口能级实现新跃升"]
    assert "港口能级实现新跃升" in first.aliases


def test_an_indicator_list_states_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n二、今后五年的主要目标\n"
        "纲要草案设置了20项主要指标,包括:港口吞吐量年均增长4%、努力争取更好结果,"
        "研发投入占比3%以上,森林覆盖率达45%,等等。\n",
    )
    goals = labels(x, "Goal")
    assert {"港口吞吐量年均增长4%", "研发投入占比3%以上", "森林覆盖率达45%"} <= goals
    assert not any("等等" in g or "努力争取" in g for g in goals)


def test_favourable_conditions_after_opportunities_are_weighed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n二、今后五年的主要目标\n"
        "今后五年是关键时期,战略机遇和风险挑战并存。临江作为门户,港航融合发展打开广阔发展空间,"
        "数字技术激发强劲发展动力,发展前景广阔。\n",
    )
    found = labels(x, "Opportunity")
    assert {"港航融合发展打开广阔发展空间", "数字技术激发强劲发展动力"} == found


def test_a_world_of_great_changes_and_turmoil_is_a_challenge(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市“十五五”规划纲要\n一、发展环境\n"
        "从外部环境看,世界百年变局加速演进,新一轮科技革命和产业变革加速突破,"
        "我国发展处于战略机遇和风险挑战并存的时期。\n",
    )
    assert "世界百年变局加速演进" in labels(x, "Challenge")  # 变局: a challenge word
    assert "新一轮科技革命和产业变革加速突破" in labels(x, "Opportunity")


def test_opportunities_listed_in_one_clause_are_each_an_opportunity(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n二、“十四五”发展环境\n从自身机遇看,临江正在由服务省会向联动省会转变。"
        "区域协同发展战略带来的承接疏解机遇、新区大规模建设带来的辐射带动机遇,正向我们加速汇聚。\n",
    )
    assert {"区域协同发展战略带来的承接疏解机遇", "新区大规模建设带来的辐射带动机遇"} <= labels(
        x, "Opportunity"
    )


def test_a_notice_that_issues_a_document_names_that_document_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区减量化工作实施方案\n现根据《临江区人民政府关于印发〈临江区集体建设用地减量化指标管理试行办法〉"
        "的通知》等文件精神,制定本方案。\n",
    )
    docs = labels(x, "PolicyDocument")
    assert "临江区集体建设用地减量化指标管理试行办法" in docs
    assert any(d.endswith("的通知") for d in docs)
    assert any(b == "临江区集体建设用地减量化指标管理试行办法" for _a, b in related(x, "involves"))


def test_a_weakness_named_under_a_challenge_is_a_bottleneck_part_of_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区水务发展规划\n一、发展基础\n(三)面临的挑战\n1.水质量治理体系需进一步完善\n"
        "2025年,全区断面优Ⅲ比例达到100%,但水体质量存在反复和不确定性。一是溢流污染控制效能不足,泵站放江时有发生。"
        "二是雨污混接治理长效性不足,混接点反复出现。\n",
    )
    troubles = labels(x, "Bottleneck")
    assert {"溢流污染控制效能不足", "雨污混接治理长效性不足"} <= troubles
    assert ("溢流污染控制效能不足", "水质量治理体系需进一步完善") in related(x, "partOf")


def test_an_industry_named_with_its_sector_word_is_also_called_without_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path, "临江区发展规划\n一、主要任务\n(一)壮大数控机床产业\n推动焦化行业转型。\n"
    )
    aliases = {k.label: e.aliases for k, e in x.entities.items() if k.cls == "Industry"}
    assert "数控机床" in aliases["数控机床产业"]
    assert "焦化" in aliases["焦化行业"]


def test_the_rows_of_an_indicator_table_are_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区港航产业发展规划\n一、总体目标\n表1:临江区港航产业发展主要指标\n序号\n指标\n单位\n"
        "“十五五”目标\n1\n港航产业规模(期末)\n亿元\n力争500亿元\n2\n新增航运企业(五年累计)\n家\n"
        "100家\n二、主要任务\n(一)做强港口\n推进港口建设。\n",
    )
    goals = labels(x, "Goal")
    assert {"港航产业规模(期末)", "新增航运企业(五年累计)"} <= goals
    assert not {"亿元", "家", "单位", "序号"} & goals


def test_targets_counted_inside_one_sentence_are_goals_without_their_numbers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区绿色低碳发展行动方案\n一、工作目标\n到2025年,实现以下目标:1.全区单位生产总值能耗"
        "下降14%;2.新建绿色建筑占比达到100%;(3)新能源汽车保有量达到5万辆。\n"
        "二、重点任务\n(一)推进节能改造\n推进节能改造。\n",
    )
    goals = labels(x, "Goal")
    assert {"全区单位生产总值能耗下降14%", "新建绿色建筑占比达到100%"} <= goals
    assert "新能源汽车保有量达到5万辆" in goals
    assert not {g for g in goals if g[0].isdigit() or g.startswith("(")}


def test_amounts_a_goal_heading_sets_by_other_verbs_are_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市集成电路产业发展行动方案\n一、主要目标\n(一)创新能力持续增强。建成国家级创新平台3个,"
        "突破关键核心技术20项,制定行业标准10项。\n二、重点任务\n(一)强化技术攻关\n支持企业研发。\n",
    )
    goals = labels(x, "Goal")
    assert {"建成国家级创新平台3个", "突破关键核心技术20项", "制定行业标准10项"} <= goals


def test_a_notice_titled_with_a_year_before_its_level_names_no_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "县人民政府办公室关于印发2024年县《政府工作报告》确定的重点工作责任分解方案的通知\n"
        "各镇人民政府:\n《2024年县〈政府工作报告〉确定的重点工作责任分解方案》已经县人民政府同意。\n",
    )
    bodies = labels(x, "GovernmentBody")
    assert "县人民政府" in bodies
    assert not {b for b in bodies if "2024" in b}


def test_a_plan_issued_by_a_notice_is_of_the_notice_issuers_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "衡阳市人民政府办公室关于印发《关于优化企业奖补投入的实施意见》的通知\n"
        "各县市区人民政府:\n《关于优化企业奖补投入的实施意见》已经市人民政府同意,现印发给你们。\n"
        "关于优化企业奖补投入的实施意见\n一、总体目标\n到2025年,高新技术企业达到500家。\n",
    )
    bodies = labels(x, "GovernmentBody")
    assert "衡阳市人民政府" in bodies  # 市人民政府: the government of the issuer's city
    assert "市人民政府" not in bodies
    x = _extract(
        tmp_path,
        "关于加快推进新型工业化的实施意见\n根据湖南省人民政府关于印发《湖南省推进新型工业化三年行动方案》"
        "的通知精神,制定本意见。\n一、总体要求\n按照市委、市政府关于印发《某方案》的通知要求,推进工作。\n",
    )
    assert not {b for b in labels(x, "GovernmentBody") if b.startswith(("根据", "按照"))}
    from builder import structure, titles, vocab
    from builder.model import Document

    text = "关于加快推进新型工业化的实施意见\n根据湖南省人民政府关于印发《湖南省推进新型工业化三年行动方案》的通知精神。\n"
    info = titles.analyse(
        structure.analyse(Document("t.txt", "t", text, "0" * 64), vocab.load()), vocab.load()
    )
    assert not [p for p in info.places if p.startswith("根据")]  # a notice cited, not issuing


def test_a_table_a_row_a_line_with_values_in_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A row's values may be words where the row ends with its kind (与经济增长基本同步 / 预期性)."""
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十四个五年规划纲要\n第二章 发展目标\n"
        "表1 “十四五”时期主要指标\n类别\t序号\t指标\t2020年\t2025年\t属性\n"
        "经济发展\t1\t地区生产总值增长(%)\t3.5\t6左右\t预期性\n"
        "\t2\t居民人均可支配收入增长(%)\t4.0\t与经济增长基本同步\t预期性\n"
        "\t3\t单位地区生产总值能耗降低(%)\t—\t完成省下达任务\t约束性\n"
        "第三章 主要任务\n推进港口建设。\n",
    )
    goals = labels(x, "Goal")
    assert {
        "地区生产总值增长(%)",
        "居民人均可支配收入增长(%)",
        "单位地区生产总值能耗降低(%)",
    } <= goals
    assert not {g for g in goals if "同步" in g or "任务" in g}


@pytest.mark.parametrize("head", ["类别", "领域", "板块"])
def test_a_table_a_row_a_line_whose_first_column_groups_the_rows(tmp_path, head: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        f"临江市国民经济和社会发展第十五个五年规划纲要\n第二章 发展目标\n表1 主要指标\n"
        f"{head} 指标 2025年 2030年 属性\n经济发展 地区生产总值(亿元) 5100 7000 预期性\n"
        "人均地区生产总值(万元) 15 20 预期性\n创新驱动 研发经费投入强度(%) 2.8 3.5 预期性\n"
        "第三章 主要任务\n推进港口建设。\n",
    )
    assert labels(x, "Goal") == {
        "地区生产总值(亿元)",
        "人均地区生产总值(万元)",  # under the group above
        "研发经费投入强度(%)",
    }  # not 经济发展, 创新驱动: the groups
    unit = _extract(
        tmp_path,
        f"临江市国民经济和社会发展第十五个五年规划纲要\n第二章 发展目标\n表1 主要指标\n"
        f"{head} 指标 2025年 2030年 属性\n人均地区生产总值 (万元) 15 20 预期性\n"
        "第三章 主要任务\n推进港口建设。\n",
    )  # a row of as many cells as the header, its unit one of them
    assert "人均地区生产总值" in labels(unit, "Goal")


def test_a_table_with_a_column_of_kinds_wrapped_years_and_units_after_the_indicator(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    """指标类别 / 序号 / 指标项 / 单位 / 类型 / 指标值 / 现状 / 近期规划 / (2025年) / (2030年), a
    group cell before row 1: each row's indicator, never its unit, kind, value or group."""
    x = _extract(
        tmp_path,
        "临江区国土空间近期规划\n一、总体要求\n专栏1 临江区国土空间近期规划核心指标表\n指标类别\n序号\n"
        "指标项\n单位\n类型\n指标值\n现状\n近期规划\n(2025年)\n(2030年)\n发展规模\n1\n"
        "建设用地总规模\n平方千米\n约束性\n53.75\n53.74\n2\n住宅用地面积\n平方千米\n预期性\n20.26\n"
        "动态调整\n综合交通\n3\n道路网密度\n千米/平方千米\n约束性\n5.8\n6.2\n"
        "二、主要任务\n(一)优化空间布局\n推进城市更新。\n",
    )
    goals = labels(x, "Goal")
    assert {"建设用地总规模", "住宅用地面积", "道路网密度"} <= goals
    assert not {"类型", "约束性", "平方千米", "千米/平方千米", "动态调整", "发展规模"} & goals


def test_a_table_with_unit_and_value_columns_whose_values_look_like_row_numbers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """序号 / 类型 / 指标名称 / 指标单位 / 2025年目标值 / 属性, group cells on some rows, and a
    value that is the next row's number (处 / 4 / 预期性 before row 4)."""
    x = _extract(
        tmp_path,
        "临江区历史风貌保护规划\n附件1:\n临江区历史风貌保护规划指标\n序号\n类型\n指标名称\n指标单位\n"
        "2025年目标值\n属性\n1\n保护修缮\n历史建筑修缮面积\n万平方米\n30\n约束性\n2\n红色文化\n"
        "红色文物修缮改造\n处\n3\n预期性\n3\n线下走读线路数\n条\n5\n预期性\n4\n多元参与\n"
        "新增文物保护员\n人\n>50\n预期性\n",
    )
    goals = labels(x, "Goal")
    assert {"历史建筑修缮面积", "红色文物修缮改造", "线下走读线路数", "新增文物保护员"} <= goals
    assert not {"万平方米", "红色文化", "预期性", "处", "多元参与"} & goals


def test_a_table_with_a_wrapped_header_group_cells_and_a_row_in_parts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A header wrapped a word a line (2025年 / 预计, 年均/ / 累计), the first group's cells before
    row 1 (经济发展 / (2项)), and a row whose indicator has parts, each with its unit and values."""
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第五章 主要目标\n到2030年,经济总量再上台阶。\n"
        "“十五五”时期经济社会发展主要指标\n类别\n序号\n指标名称\n2025年\n预计\n2030年\n目标\n"
        "年均/\n累计\n属性\n经济发展\n(2项)\n1\n地区生产总值增长(%)\n5.2左右\n—\n5以上\n预期性\n"
        "2\n每千人口拥有医护人员数\n执业医师数(人)\n4.9\n5.0\n—\n预期性\n注册护士数(人)\n5.92\n6.02\n"
        "—\n预期性\n民生福祉\n(1项)\n3\n人均预期寿命(岁)\n84.18\n84.3\n—\n预期性\n"
        "第六章 加快发展智能经济\n培育智能经济发展新赛道。\n",
    )
    goals = labels(x, "Goal")
    assert {
        "地区生产总值增长(%)",
        "每千人口拥有医护人员数",
        "执业医师数(人)",
        "注册护士数(人)",
        "人均预期寿命(岁)",
    } <= goals
    assert not {"预计", "年均/", "累计", "预期性", "5.2左右", "民生福祉"} & goals


def test_a_table_whose_rows_open_with_a_group_cell_and_its_notes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Group cells that open a row where a group starts (1 / 水安全 / indicator / 预期性 / …), a
    heading over prose that names the indicators without being the table's caption, and notes
    that explain the rows (注:1.…,即…)."""
    x = _extract(
        tmp_path,
        "临江区水务“十五五”规划\n三、发展目标\n(一)发展目标\n到2030年,基本建成现代水系统。\n"
        "(二)主要指标\n规划指标应对接总体规划并结合实际需求。\n“十五五”发展目标、主要指标\n"
        "序号\n类别\n指标名称\n指标属性\n现状值(2025年)\n目标值(2030年)\n1\n水安全\n"
        "城镇雨水排水达标面积占比\n预期性\n74.2%\n完成考核要求\n2\n易积水点消除比例\n预期性\n"
        "100%\n100%\n3\n水资源\n万元GDP用水量\n约束性\n7.1m3\n6.3m3\n注:1.城镇雨水排水达标面积占比,"
        "即达标面积之比。\n2.易积水点消除比例,即消除之比。\n四、主要任务\n(一)提升排水能力\n"
        "推进管网建设。\n",
    )
    goals = labels(x, "Goal")
    assert {"城镇雨水排水达标面积占比", "易积水点消除比例", "万元GDP用水量"} <= goals
    assert not {"序号", "水安全", "水资源", "预期性", "完成考核要求", "主要指标"} & goals
    assert not any(goal.startswith("2.") for goal in goals)


def test_a_table_captioned_as_a_table_of_indicators_with_a_header_cell_wrapped(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A caption that ends in 指标表 (…规划指标表), and a header cell wrapped a word a line (指标 /
    属性): the kind stands right after the indicator, so a group cell (水安全) is no indicator."""
    x = _extract(
        tmp_path,
        "临江市水系统治理“十五五”规划\n一、总体要求\n到2030年,基本建成现代水系统。\n"
        "临江市水系统治理“十五五”规划指标表\n序号\n类别\n指标名称\n指标\n属性\n2025年\n现状值\n"
        "2030年\n目标值\n1\n水安全\n防洪堤防达标率(%)\n预期性\n94\n96\n2\n河湖水面率(%)\n预期性\n"
        "10.15\n10.25\n3\n水资源\n用水总量(亿立方米)\n约束性\n69.41\n达到国家要求\n"
        "二、洪涝兼治,增强防汛安全与韧性\n(一)推进除涝设施建设。加快泵站建设。\n",
    )
    goals = labels(x, "Goal")
    assert {"防洪堤防达标率(%)", "河湖水面率(%)", "用水总量(亿立方米)"} <= goals
    assert not {"水安全", "水资源", "预期性"} & goals


def test_states_to_reach_by_the_periods_end_are_goals_each_the_first_clause_of_its_part(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区水务“十五五”规划\n三、发展目标和策略\n(一)指导思想\n以新发展理念为指导。\n(二)发展目标\n"
        "“十五五”期末,基本建成与临江区发展相适应的现代水系统治理体系;基本实现临江水务发展目标;"
        "着力加强水生态文明建设,打造“水清、岸绿”的风貌,支撑高质量发展。\n"
        "四、主要任务\n(一)提升排水能力\n推进管网建设。\n",
    )
    goals = labels(x, "Goal")
    assert {
        "基本建成与临江区发展相适应的现代水系统治理体系",
        "基本实现临江水务发展目标",
        "着力加强水生态文明建设",
    } <= goals
    assert not {"支撑高质量发展", "“十五五”期末"} & goals  # what the goal brings; the opener


def test_a_box_of_indicators_without_row_numbers_lists_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "“十四五”临江市数字经济发展规划\n二、发展目标\n到2025年,数字经济迈向全面扩展期。\n"
        "专栏1 “十四五”临江市数字经济发展主要指标\n指标\n2020年\n2025年\n属性\n"
        "数字经济核心产业增加值占GDP比重(%)\n7.8\n10左右\n预期性\n千兆宽带用户数(万户)\n640\n6000\n"
        "预期性\n三、主要任务\n(一)建设信息网络基础设施。\n建设数字信息基础设施。\n",
    )
    goals = labels(x, "Goal")
    assert {"数字经济核心产业增加值占GDP比重(%)", "千兆宽带用户数(万户)"} <= goals
    assert not {"三、主要任务", "预期性", "指标", "2025年"} & goals


def test_a_section_on_the_situation_lists_its_conditions_by_their_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第一章 发展环境\n第一节 面临形势\n"
        "当前,发展环境发生深刻复杂变化。从国际看,外部环境不确定性上升,贸易保护主义抬头。"
        "从国内看,经济长期向好的基本面没有改变,新一轮产业变革深入发展,为我市提供了重要机遇。"
        "同时也要看到,我市发展不平衡问题仍然突出,产业结构偏重,创新能力不强。\n"
        "第二章 主要任务\n第一节 优化发展环境\n推进营商环境改革。\n",
    )
    assert {"外部环境不确定性上升", "贸易保护主义抬头"} <= labels(x, "Challenge")
    assert {"经济长期向好的基本面没有改变", "新一轮产业变革深入发展"} == labels(x, "Opportunity")
    assert {"产业结构偏重", "创新能力不强"} <= labels(x, "Bottleneck")
    assert "优化发展环境" in labels(x, "Measure")  # a task, though it names 发展环境
    everything = {k.label for k in x.entities}
    assert not everything & {"从国际看", "当前", "发展环境", "面临形势", "同时也要看到"}
    assert not labels(x, "PolicyDocument")  # pieces of the plan's own title cite nothing


def test_the_plan_named_as_its_text_dresses_its_title_is_no_citation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区人民政府办公室关于印发2021年本区城市体检工作方案的通知\n各街道:\n"
        "《2021年临江区城市体检工作方案》已经区政府同意,现印发给你们。\n"
        "2021年临江区城市体检工作方案\n一、主要任务\n"
        "(一)开展体检。对照《2020年临江区城市体检工作方案》和《海州区城市体检工作方案》,完善指标。\n",
    )
    assert labels(x, "PolicyDocument") == {"2020年临江区城市体检工作方案", "海州区城市体检工作方案"}
    x = _extract(  # its period written another way
        tmp_path,
        "临江街道办事处关于印发《临江街道建设用地减量化工作实施方案(2025年—2027年)》的通知\n"
        "各村:\n《临江街道建设用地减量化工作实施方案(2025-2027年)》已经同意。\n"
        "一、主要任务\n(一)推进减量。落实减量任务。\n",
    )
    assert not labels(x, "PolicyDocument")
    x = _extract(  # the document it implements in other title marks
        tmp_path,
        "临江市农业农村委关于印发临江关于贯彻落实《“十四五”全国农业机械化发展规划》的实施意见的通知\n"
        "各区:\n现将《临江关于贯彻落实<“十四五”全国农业机械化发展规划>的实施意见》印发给你们。\n"
        "一、主要任务\n(一)推进机械化。落实任务。\n",
    )
    assert labels(x, "PolicyDocument") <= {"“十四五”全国农业机械化发展规划"}
    x = _extract(  # another district's plan of the same name, though the notice names it too
        tmp_path,
        "临江区人民政府关于印发临江区城市体检工作方案的通知\n临江区、海州区各街道:\n"
        "临江区城市体检工作方案\n一、主要任务\n(一)开展体检。借鉴《海州区城市体检工作方案》。\n",
    )
    assert labels(x, "PolicyDocument") == {"海州区城市体检工作方案"}
    x = _extract(  # the plan before it, of another period; the province's plan of the same name
        tmp_path,
        "临江区国土空间总体规划(2021—2035年)\n一、主要任务\n(一)延续规划。"
        "《临江区国土空间总体规划(2006—2020年)》确定的目标基本完成,落实《本省国土空间总体规划》。\n",
    )
    assert labels(x, "PolicyDocument") == {
        "临江区国土空间总体规划(2006—2020年)",
        "本省国土空间总体规划",
    }
    x = _extract(  # a year in brackets is the year it opens with; the plan is no basis of its own
        tmp_path,
        "2024年临江区城市更新工作方案\n一、主要任务\n(一)延续更新。在《临江区城市更新工作方案(2023年)》"
        "基础上推进。根据《临江区城市更新工作方案(2024年)》,细化任务。\n",
    )
    assert labels(x, "PolicyDocument") == {"临江区城市更新工作方案(2023年)"}
    x = _extract(  # a space in the title
        tmp_path,
        "临江区城市管理 “十四五”规划\n一、主要任务\n(一)完善管理。落实《临江区城市管理“十四五”规划》。\n",
    )
    assert not labels(x, "PolicyDocument")


def test_a_section_on_the_environment_types_each_clause_by_its_words_and_its_sentence(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第一章 发展基础和发展环境\n"
        "第一节 发展基础\n经济实力迈上新台阶。地区生产总值突破1万亿元。\n"
        "第二节 临江发展环境面临深刻复杂变化\n"
        "“十五五”时期,临江发展环境面临深刻复杂的变化,不确定难预料因素增多,战略机遇和风险挑战并存。"
        "从国际情况看,世界变局加速演进,国际力量对比深刻调整,临江在对外开放方面大有可为。"
        "同时,单边主义抬头,大国博弈更加复杂激烈,地缘冲突易发多发。"
        "新一轮科技革命加速突破,如果抓住机遇,就能把握主动权。"
        "但与此同时,临江发展不平衡问题依然突出,如科研成果转化存在卡点堵点,城中村改造任务较重。"
        "综合判断,尽管外部环境发生变化,但临江产业基础雄厚等优势没有改变,经济有望保持稳中向好,"
        "新旧动能转换基本实现。必须保持战略定力,积极识变应变求变。"
        "当前和今后一个时期,临江仍处于大有可为的战略机遇期,必须增强机遇意识,坚定发展信心。\n"
        "第二章 主要任务\n第一节 优化发展环境\n推进营商环境改革。\n",
    )
    assert labels(x, "Opportunity") == {
        "临江在对外开放方面大有可为",
        "新一轮科技革命加速突破",
        "临江产业基础雄厚等优势没有改变",
        "临江仍处于大有可为的战略机遇期",
    }
    assert labels(x, "Challenge") == {
        "不确定难预料因素增多",
        "世界变局加速演进",  # 变局: a challenge word
        "国际力量对比深刻调整",  # neither: as many of each kind, the kind of the first
        "单边主义抬头",
        "大国博弈更加复杂激烈",
        "地缘冲突易发多发",
    }
    assert {"科研成果转化存在卡点堵点", "城中村改造任务较重"} <= labels(x, "Bottleneck")
    assert "临江发展环境面临深刻复杂变化" not in labels(x, "Achievement")
    assert not {"与此同时", "战略", "当前和今后一个时期", "坚定发展信心"} & {
        k.label for k in x.entities
    }


def test_points_to_keep_in_reaching_the_goals_are_no_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n一、2026年经济社会发展总体要求和主要目标\n"
        "今年经济社会发展的主要预期目标是:全省地区生产总值增长5%左右;城镇新增就业60万人以上。\n"
        "实现上述目标,要着力把握好以下几点:一是坚持稳中求进。二是坚持改革创新。\n"
        "二、2026年重点工作\n(一)着力扩大内需。实施提振消费专项行动。\n",
    )
    goals = labels(x, "Goal")
    assert {"全省地区生产总值增长5%左右", "城镇新增就业60万人以上"} <= goals
    assert not goals & {"坚持稳中求进", "坚持改革创新"}


def test_figures_in_the_text_of_a_goal_heading_are_goals_of_their_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 发展目标\n"
        "高质量发展成效显著,经济能级量级更高。经济增长保持在合理区间,"
        "全市地区生产总值年均增长5.0%左右,全要素生产率稳步提升。\n"
        "城市治理水平全面提升,安全根基更牢。拆除违法建筑比“十四五”翻一番,达到15万平方米以上,"
        "人均预期寿命提高到85岁以上。\n"
        "第三章 主要任务\n第一节 推进产业升级\n加快传统产业改造。\n",
    )
    goals = labels(x, "Goal")
    assert {"全市地区生产总值年均增长5.0%左右", "人均预期寿命提高到85岁以上"} <= goals
    assert not goals & {"经济增长保持在合理区间", "达到15万平方米以上"}
    assert ("全市地区生产总值年均增长5.0%左右", "高质量发展成效显著,经济能级量级更高") in related(
        x, "partOf"
    )


def test_an_item_that_names_a_hard_situation_is_no_section_on_the_situation(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江县政府工作报告\n一、2018年工作回顾\n2018年,全县经济平稳增长。\n"
        "我们也清醒地看到,发展中依然存在一些深层次矛盾和问题。一是经济发展的质量和效益还不够高,"
        "传统产业转型升级步伐需要全面加快;二是生态环境保护形势越来越严峻,标准要求越来越高;"
        "三是财政收入结构不尽合理,非税收入占比较高。\n"
        "二、2019年工作安排\n(一)推进产业升级\n加快传统产业改造。\n",
    )
    assert "生态环境保护形势越来越严峻" in labels(x, "Bottleneck")


def test_troubles_led_by_hardships_and_challenges_are_bottlenecks_with_their_clauses(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n2025年,全市经济平稳增长。\n"
        "我们也清醒认识到,全市发展还面临一系列困难挑战,与群众期待还有差距。一是动能转换还需提速,"
        "部分行业企业转型不够快,科技成果转化仍需加力。二是改革精准度仍待提升,制度供给还不够多。"
        "我们一定直面不足,持续攻坚解决。\n"
        "二、2026年工作安排\n(一)推进产业升级\n加快传统产业改造。\n",
    )
    bottlenecks = labels(x, "Bottleneck")
    assert {"动能转换还需提速", "改革精准度仍待提升"} <= bottlenecks
    assert {"部分行业企业转型不够快", "科技成果转化仍需加力", "制度供给还不够多"} <= bottlenecks
    assert not {"我们一定直面不足", "持续攻坚解决"} & bottlenecks
    assert not {"动能转换还需提速", "改革精准度仍待提升"} & labels(x, "Achievement")
    assert ("制度供给还不够多", "改革精准度仍待提升") in related(x, "partOf")


def test_items_after_a_lead_that_names_its_problems_are_bottlenecks_in_a_section_on_the_situation(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "国务院关于临江产业发展情况的报告\n二、当前面临的总体形势\n"
        "放眼全球,新一轮科技革命深入发展,数字技术创新活跃。\n"
        "与此同时,临江产业还存在大而不强、快而不优等问题,突出表现在两个方面:一是关键领域创新能力不足。"
        "技术研发水平落后。二是数字鸿沟亟待弥合。区域差距较大。\n"
        "三、下一步工作安排\n(一)推进产业升级\n加快传统产业改造。\n",
    )
    bottlenecks = labels(x, "Bottleneck")
    assert {"关键领域创新能力不足", "数字鸿沟亟待弥合"} <= bottlenecks
    assert not {"关键领域创新能力不足", "数字鸿沟亟待弥合"} & labels(x, "Opportunity")


def test_a_problems_sentence_of_the_situation_names_outside_pressure_as_challenges(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "某某省“十四五”智能制造发展规划\n一、发展现状和形势\n(一)面临形势\n"
        "同时也要看到,我省仍存在高端人才短缺、转型能力不足等问题,国际竞争更加激烈,"
        "外部环境不确定性上升。\n二、主要任务\n(一)突破关键技术\n加强工业软件研发。\n",
    )
    assert {"国际竞争更加激烈", "外部环境不确定性上升"} <= labels(x, "Challenge")
    assert {"高端人才短缺", "转型能力不足"} <= labels(x, "Bottleneck")
    assert not labels(x, "Bottleneck") & labels(x, "Challenge")


def test_a_table_of_tasks_and_their_contents_grouped_by_kind(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """重点任务 | 序号 | 举措 | 主要内容, with a group cell before each group's first row and no
    column of bodies: each 举措 is a task; its content cell is its text, no task of its own."""
    x = _extract(
        tmp_path,
        "临江区节能降碳规划\n一、主要任务\n(一)推进节能。加强管理。\n附件:\n重点任务一览表\n重点任务\n"
        "序号\n举措\n主要内容\n构筑绿色低碳产业生态\n1\n吸引绿色低碳企业机构聚集\n"
        "支持生物材料产业发展,积极参与国际绿色低碳对话合作。\n健全低碳管理体系\n2\n"
        "探索开展碳排放预算管理\n定期开展预算执行情况评估。\n3\n严控项目准入\n坚决遏制高耗能项目盲目发展。\n",
    )
    measures = labels(x, "Measure")
    assert {"吸引绿色低碳企业机构聚集", "探索开展碳排放预算管理", "严控项目准入"} <= measures
    assert not {"支持生物材料产业发展", "定期开展预算执行情况评估"} & measures


def test_numbered_stages_with_their_dates_in_the_text_are_phases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市岸电推广工作方案\n一、实施步骤\n第一阶段:2023年9月至2023年12月,完成现状排查。\n"
        "第二阶段:2024年全年,推进设施改造。\n",
    )
    phases = phase_dates(x)
    assert phases == {
        "第一阶段": Interval("2023-09", "2023-12"),
        "第二阶段": Interval("2024", "2024"),
    }


def test_a_sentence_that_counts_the_stages_is_no_stage_of_its_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区数字化转型行动方案\n一、实施步骤\n本方案分三个阶段实施。"
        "第一阶段为2023年1月至6月,制定方案;第二阶段为2023年7月至2024年12月,全面推进;"
        "第三阶段为2025年,总结评估。\n二、保障措施\n(一)加强组织领导。\n",
    )
    assert phase_dates(x) == {
        "第一阶段": Interval("2023-01", "2023-06"),
        "第二阶段": Interval("2023-07", "2024-12"),
        "第三阶段": Interval("2025", "2025"),
    }
    assert "本方案分三个阶段实施" not in labels(x, "Phase")


def test_stages_stated_by_the_date_they_start_run_until_the_next_starts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区农村公路路长制实施方案\n三、实施阶段任务\n(一)2018年9月,建立精细化管理机制。\n"
        "(二)2020年10月起,在两镇推行路长制试点。\n(三)2021年起,全面推行路长制。\n",
    )
    phases = sorted(phase_dates(x).values(), key=str)
    assert phases == [
        Interval("2018-09", "2020-09"),
        Interval("2020-10", "2020-12"),
        Interval("2021-01", "2021-12"),  # the last: its own year, by month as the others
    ]


def test_a_stages_date_sets_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区低效用地盘活行动方案\n五、实施步骤\n1.调查摸底。2022年,对全区低效用地进行全面梳理。\n"
        "2.总结推广。2023年起,按照项目清单进行考核,完成30宗地块盘活。\n",
    )
    goals = labels(x, "Goal")
    assert not {"2022年", "2023年起"} & goals
    assert "完成30宗地块盘活" in goals  # a figure that is no date still sets one


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (  # the targets come after a year inside the sentence; the clauses before say how
            "临江区停车资源共享利用实施意见\n一、工作目标\n通过挖掘存量停车资源,推动共享利用,"
            "力争到2020年,新增共享泊位5000个,基本缓解居住区停车难问题。\n",
            {"新增共享泊位5000个", "基本缓解居住区停车难问题"},
            {"通过挖掘存量停车资源", "推动共享利用"},
        ),
        (  # a share to keep to (确保…100%) makes the sentence one of targets
            "临江区燃气安全专项整治工作方案\n一、总体目标\n按照全市统一部署,全面排查整治燃气安全隐患,"
            "确保隐患整改率100%,有效防范燃气事故发生。\n",
            {"确保隐患整改率100%", "有效防范燃气事故发生"},
            {"按照全市统一部署"},
        ),
    ],
)
def test_targets_of_a_goals_section_in_a_sentence_that_opens_otherwise(  # type: ignore[no-untyped-def]
    tmp_path, text: str, wanted: set[str], unwanted: set[str]
) -> None:
    goals = labels(_extract(tmp_path, text + "二、主要任务\n(一)挖掘资源。推动共享。\n"), "Goal")
    assert wanted <= goals
    assert not goals & unwanted


def test_a_day_or_an_item_number_in_a_stage_sets_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区城市体检工作方案\n三、工作步骤\n(一)形成报告(2021年10月)。10月15日前,形成正式报告。"
        "数据截止日期为2020年12月31日。\n报告主要内容包括:\n1.总体情况;\n2.提出对策建议。\n",
    )
    assert not labels(x, "Goal")


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        (  # months without a year are of the year at hand (the notice's, then the stage
            # before's); a date in brackets after a stage's name is its own time, no start
            "各街镇:\n现印发。\n2023年4月20日\n二、实施步骤\n(一)排查摸底阶段(即日起至6月底)。全面排查。\n"
            "(二)集中整治阶段(7月至9月)。集中整治。\n(三)总结阶段(2023年12月)。总结经验。\n",
            {
                "排查摸底阶段": Interval("2023-04", "2023-06"),
                "集中整治阶段": Interval("2023-07", "2023-09"),
                "总结阶段": Interval("2023-12", "2023-12"),
            },
        ),
        (  # a stage headed by its date alone is named by the clause after it
            "二、实施步骤\n(一)2023年5月:动员部署。制定方案。\n(二)2023年6月—9月:集中整治。全面排查。\n",
            {
                "动员部署": Interval("2023-05", "2023-05"),
                "集中整治": Interval("2023-06", "2023-09"),
            },
        ),
        (  # a section of no kind whose items are each only a year: its steps
            "四、推进计划\n(一)2024年:完成试点社区建设。形成建设标准。\n"
            "(二)2025年:全面推广。覆盖全区社区。\n",
            {
                "完成试点社区建设": Interval("2024", "2024"),
                "全面推广": Interval("2025", "2025"),
            },
        ),
        (  # a dated stage is a phase, not a task, in a section of any name (工作安排)
            "四、工作安排\n(一)宣传发动阶段(2024年3月)。开展宣传。\n"
            "(二)全面整治阶段(2024年4月—10月)。集中整治。\n",
            {
                "宣传发动阶段": Interval("2024-03", "2024-03"),
                "全面整治阶段": Interval("2024-04", "2024-10"),
            },
        ),
        (  # the first stage, given by its deadline, starts at the date under the signature,
            # though that is written in Chinese numerals; the last runs into the year after
            "三、工作安排\n(一)排查摸底阶段(2024年4月底前)。全面排查。\n"
            "(二)整改销项阶段(2024年5月—次年3月)。整改。\n四、保障措施\n加强领导。\n"
            "临江区人民政府办公室\n二〇二四年三月五日\n",
            {
                "排查摸底阶段": Interval("2024-03", "2024-04"),
                "整改销项阶段": Interval("2024-05", "2025-03"),
            },
        ),
    ],
)
def test_stages_of_a_work_plan_and_their_dates(  # type: ignore[no-untyped-def]
    tmp_path, steps: str, expected: dict[str, Interval]
) -> None:
    x = _extract(tmp_path, "临江区燃气安全专项整治工作方案\n" + steps)
    assert phase_dates(x) == expected
    assert not labels(x, "Measure") & set(expected)


def test_stages_stated_by_year_keep_years(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区低效用地盘活行动方案\n五、实施步骤\n(一)调查摸底。2022年,完成低效用地排查。\n"
        "(二)总结推广。2024年起,推广经验做法。\n",
    )
    phases = phase_dates(x)
    assert phases == {"调查摸底": Interval("2022", "2023"), "总结推广": Interval("2024", "2024")}


def test_stages_on_lines_of_their_own_with_their_dates_are_phases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市岸电推广实施方案\n一、实施步骤\n第一阶段(2022—2023年):试点示范。选择重点港区开展试点。\n"
        "第二阶段(2024—2025年):全面推广。在全市推广试点经验。\n",
    )
    phases = phase_dates(x)
    assert phases == {"第一阶段": Interval("2022", "2023"), "第二阶段": Interval("2024", "2025")}


def test_items_that_are_only_dates_are_steps_of_a_schedule_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(  # deadlines as the items: the steps they head
        tmp_path,
        "临江区营商环境行动方案\n四、推进计划\n(一)2024年6月底前:完成摸底调查。形成清单。\n"
        "(二)2024年12月底前:完成整改。建立机制。\n五、时间表\n(一)2025年:全面推广。扩大覆盖。\n"
        "(二)2026年:巩固提升。形成长效机制。\n",
    )
    assert set(_phase_dates(x)) == {"完成摸底调查", "完成整改", "全面推广", "巩固提升"}
    x = _extract(  # tasks grouped under each year: no steps of their own
        tmp_path,
        "临江区营商环境行动方案\n四、推进计划\n(一)2024年\n1.建设国际投资单一窗口。\n"
        "2.推进跨境贸易便利化。\n(二)2025年\n1.实现通关便利。\n2.完善服务体系。\n",
    )
    assert not _phase_dates(x)
    assert {"建设国际投资单一窗口", "推进跨境贸易便利化", "完善服务体系"} <= labels(x, "Measure")
    x = _extract(  # progress by year is no schedule
        tmp_path,
        "临江市城市数字化三年行动计划(2024—2026年)\n一、建设进展\n(一)2022年。建成城市大脑一期。\n"
        "(二)2023年。接入部门系统30个。\n二、主要任务\n(一)推进数字化。建设平台。\n",
    )
    assert not _phase_dates(x)


def test_a_stage_headed_by_its_date_alone_is_also_called_by_that_date(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区燃气安全专项整治工作方案\n二、实施步骤\n(一)2023年5月:动员部署。制定方案。\n"
        "(二)2023年6月—9月:集中整治。全面排查。\n",
    )
    aliases = {e.key.label: e.aliases for e in x.entities.values() if e.key.cls == "Phase"}
    assert aliases == {"动员部署": ("2023年5月",), "集中整治": ("2023年6月—9月",)}


def test_a_stage_on_its_line_that_its_text_then_names_is_a_phase(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市岸电推广实施方案\n一、实施步骤\n第一阶段(2022年6月—2022年12月)为启动阶段,制定方案。\n"
        "第二阶段(2023年1月—2023年12月)为推进阶段,全面推广。\n",
    )
    phases = phase_dates(x)
    assert phases == {
        "第一阶段": Interval("2022-06", "2022-12"),
        "第二阶段": Interval("2023-01", "2023-12"),
    }
    aliases = {e.key.label: e.aliases for e in x.entities.values() if e.key.cls == "Phase"}
    assert aliases["第一阶段"] == ("启动阶段",)  # the name its text gives it
    lasting = _extract(
        tmp_path,
        "临江市岸电推广实施方案\n一、实施步骤\n第一阶段(2022年6月—2022年12月)为期半年,制定方案。\n"
        "第一阶段(2023年1月—2023年6月)为期半年,制定方案;第二阶段(2023年7月—2024年6月)为期一年,"
        "全面推广。\n",
    )
    named = [a for e in lasting.entities.values() if e.key.cls == "Phase" for a in e.aliases]
    assert not [a for a in named if a.startswith("期")]  # how long a stage lasts, no name


def test_a_year_or_period_the_text_names_is_a_phase(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市制造业数字化转型行动方案\n三、实施步骤\n2024年为启动年,推进试点示范。\n"
        "2025年为攻坚年,全面推广。\n2026年3月至10月为整治期,形成长效机制。\n"
        "2027年为全面推进年度,深化改革。\n2028年为期三年,巩固提升。\n2020年为基准年,统计口径不变。\n"
        "2023年为现状年,数据截至年底。\n",
    )
    phases = phase_dates(x)
    assert {k: phases.get(k) for k in ("启动年", "攻坚年", "整治期")} == {
        "启动年": Interval("2024", "2024"),
        "攻坚年": Interval("2025", "2025"),
        "整治期": Interval("2026-03", "2026-10"),
    }
    assert not {"全面推进年", "期三年", "基准年", "现状年"} & set(phases)


def test_a_timetables_later_steps_take_the_year_of_the_step_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市优化营商环境工作方案\n五、进度安排\n2025年6月底前,完成政策制定;9月底前,完成系统建设;"
        "12月底前,全面完成各项任务。\n2026年3月底前,开展评估。5月底前,形成报告;8月底前,推广经验。"
        "12月底前,完成招标;1月底前,开工建设。\n",
    )
    assert phase_dates(x) == {
        "完成政策制定": Interval("2025-06", "2025-06"),
        "完成系统建设": Interval("2025-07", "2025-09"),
        "全面完成各项任务": Interval("2025-10", "2025-12"),
        "开展评估": Interval("2026-01", "2026-03"),
        "形成报告": Interval("2026-04", "2026-05"),
        "推广经验": Interval("2026-06", "2026-08"),
        "完成招标": Interval("2026-09", "2026-12"),
        "开工建设": Interval("2027-01", "2027-01"),
    }


def test_a_section_of_steps_by_horizon_lists_phases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市城市更新规划\n二、分步实施\n近期(2021—2025年):完成老旧小区改造。\n"
        "远期(2026—2035年):全面建成宜居城市。\n三、时序安排\n2027年为提升年,巩固成果。\n",
    )
    assert phase_dates(x) == {
        "近期": Interval("2021", "2025"),
        "远期": Interval("2026", "2035"),
        "提升年": Interval("2027", "2027"),
    }


def test_horizons_one_sentence_names_with_their_times_are_phases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市综合交通规划(2021—2035年)\n一、规划期限\n规划分为近期(2021—2023年)、"
        "中期(2024—2025年)和远期(2026—2035年)三个阶段。\n二、主要任务\n开展规划中期评估。\n",
    )
    assert _phase_dates(x) == {
        "近期": ("2021", "2023"),
        "中期": ("2024", "2025"),
        "远期": ("2026", "2035"),
    }
    x = _extract(
        tmp_path,
        "临江市综合交通规划\n一、规划期限\n分近中期(2021—2025年)和中远期(2026—2035年)实施。\n",
    )
    assert _phase_dates(x) == {"近中期": ("2021", "2025"), "中远期": ("2026", "2035")}
    x = _extract(  # divided by 三个阶段 or 其中; the first sentence to date a horizon keeps it
        tmp_path,
        "临江市综合交通规划(2021—2035年)\n一、规划期限\n"
        "分三个阶段实施:近期(2021—2023年)、中期(2024—2025年)、远期(2026—2035年)。\n"
        "二、分期\n规划年限2021—2035年,其中近期至2024年,远期至2035年。\n",
    )
    assert _phase_dates(x) == {
        "近期": ("2021", "2023"),
        "中期": ("2024", "2025"),
        "远期": ("2026", "2035"),
    }
    x = _extract(
        tmp_path,
        "临江市国土空间总体规划(2021—2035年)\n一、规划期限\n规划年限2021—2035年,"
        "其中近期至2025年,远期至2035年。\n",
    )
    assert _phase_dates(x) == {"近期": ("2021", "2025"), "远期": ("2026", "2035")}
    x = _extract(  # a task's figures for the horizons neither divide the period nor redate them
        tmp_path,
        "临江市供水规划\n一、规划期限\n规划分为近期(2021—2025年)和远期(2026—2035年)。\n"
        "二、主要任务\n(一)扩建水厂。水厂规模近期(2025年)达到10万吨/日、远期(2035年)达到20万吨/日;"
        "新增供水能力30万吨/日,其中近期(2025年)新增10万吨/日,远期(2035年)新增20万吨/日。\n",
    )
    assert _phase_dates(x) == {"近期": ("2021", "2025"), "远期": ("2026", "2035")}
    x = _extract(  # a plain list in a section on the period
        tmp_path, "临江市供水规划\n一、分期实施\n近期(2021—2025年)、远期(2026—2035年)。\n"
    )
    assert _phase_dates(x) == {"近期": ("2021", "2025"), "远期": ("2026", "2035")}
    x = _extract(
        tmp_path,
        "临江市轨道交通规划\n一、主要任务\n(一)建设2号线。近期(2022—2024年)开工,远期(2030—2035年)延伸。\n",
    )
    assert _phase_dates(x) == {}
    x = _extract(  # by their ends alone: from the plan's start, then after the one before
        tmp_path,
        "临江市国土空间总体规划(2021—2035年)\n一、规划期限\n规划期限为2021—2035年,"
        "近期至2025年,远期至2035年。\n",
    )
    assert _phase_dates(x) == {"近期": ("2021", "2025"), "远期": ("2026", "2035")}
    x = _extract(  # an end before the plan starts: no interval to give
        tmp_path,
        "临江市国土空间总体规划(2026—2035年)\n一、规划期限\n其中近期至2025年,远期至2035年。\n",
    )
    assert _phase_dates(x) == {}
    x = _extract(  # one horizon is no list of them; a time that is no date makes none
        tmp_path,
        "临江市综合交通规划\n一、主要任务\n近期(2021—2023年)打通断头路。"
        "近期(三年内)、远期(十年内)分步推进。近期(2023年以前)、远期(2035年以后)逐步实施。\n",
    )
    assert _phase_dates(x) == {}


def test_a_section_of_implementation_arrangements_lists_phases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市岸电推广工作方案\n一、工作目标\n到2025年,岸电使用率达到50%。\n二、实施安排\n"
        "第一阶段:试点示范(2023年)。在重点港区开展试点。\n"
        "第二阶段:全面推广(2024年—2025年6月)。在全市推广试点经验。\n"
        "三、保障措施\n(一)加强组织领导。成立工作专班。\n",
    )
    phases = phase_dates(x)
    assert phases == {"第一阶段": Interval("2023", "2023"), "第二阶段": Interval("2024", "2025-06")}
    assert not labels(x, "Measure")


def test_stages_dated_by_months_alone_are_of_the_year_the_plan_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Months without a year (6月, 7月—10月) in the text after "第一阶段:动员部署" are of the
    year the plan's title names; the stage is also called by its name; a section headed by its
    time and steps (整治时间和步骤) holds the stages and is none itself."""
    x = _extract(
        tmp_path,
        "临江区2023年养老机构燃气安全专项整治工作方案\n一、整治时间和步骤\n"
        "第一阶段:动员部署(6月)。召开动员会。\n第二阶段:排查整治(7月—10月)。全面排查整改。\n"
        "二、工作要求\n(一)加强领导。\n",
    )
    assert phase_dates(x) == {
        "第一阶段": Interval("2023-06", "2023-06"),
        "第二阶段": Interval("2023-07", "2023-10"),
    }
    aliases = {e.key.label: e.aliases for e in x.entities.values() if e.key.cls == "Phase"}
    assert "动员部署" in aliases["第一阶段"]
    assert "排查整治" in aliases["第二阶段"]
    assert "第一阶段:动员部署" in aliases["第一阶段"]  # the heading as written, its time left out


def test_amounts_to_complete_in_a_goals_text_are_goals_of_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(一)城市功能更加完善。全区完成…50万平方米,新增…20公顷。: amounts to complete or add are the
    goal's targets, as figures with 以上 or 达到 are; a count of what a plan proposes is none."""
    x = _extract(
        tmp_path,
        "临江区城市更新“十五五”规划\n一、发展目标\n"
        "(一)城市功能更加完善。全区完成旧住房成套改造50万平方米,新增公共绿地20公顷。\n"
        "(二)服务更加便捷。围绕城市更新提出9项工程,社区生活圈覆盖率达到100%。\n"
        "(三)设施更加智能。建成5G基站3000个,新建IPv6地址节点20个。\n"
        "二、主要任务\n(一)推进旧区改造。加快实施旧住房改造。\n",
    )
    goals = labels(x, "Goal")
    assert {"全区完成旧住房成套改造50万平方米", "新增公共绿地20公顷"} <= goals
    assert {"建成5G基站3000个", "新建IPv6地址节点20个"} <= goals  # 5G, IPv6: no amounts
    assert ("新增公共绿地20公顷", "城市功能更加完善") in related(x, "partOf")
    assert not {g for g in goals if g.startswith("围绕")}


def test_a_quoted_campaign_is_also_called_with_its_field_and_its_head(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """产业提质升级“1+9”行动: the concept 1+9, also called “1+9”行动 and by the whole mention."""
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n二、今年工作安排\n(一)优化提升传统产业。实施产业提质升级“1+9”行动。\n",
    )
    concept = next(e for e in x.entities.values() if e.key == EntityKey("PolicyConcept", "1+9"))
    assert {"产业提质升级“1+9”行动", "“1+9”行动"} <= set(concept.aliases)


def test_items_numbered_before_a_year_are_items_not_decimals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市岸电推广实施方案\n一、时间节点\n1.2023年6月底前,完成岸电设施现状排查。\n"
        "2.2024年底前,完成重点码头改造。\n",
    )
    phases = phase_dates(x)
    assert [p.end for p in phases.values()] == ["2023-06", "2024-12"]


def test_stages_listed_in_one_paragraph_are_phases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市岸电推广实施方案\n一、实施步骤\n本方案分三个阶段推进:第一阶段(2023年),完成现状排查;"
        "第二阶段(2024年),推进设施改造;第三阶段(2025年),全面推广应用。\n",
    )
    phases = {k.label: v[0].begin for k, v in x.intervals.items() if k.cls == "Phase"}
    assert phases == {"第一阶段": "2023", "第二阶段": "2024", "第三阶段": "2025"}


_STAGES = {
    "摸底排查阶段": ("2024-03", "2024-03"),
    "集中整改阶段": ("2024-04", "2024-09"),
    "巩固提升阶段": ("2024-10", "2024-12"),
}


@pytest.mark.parametrize(
    "steps",
    [
        pytest.param(  # counted and run on in one paragraph
            "保洁工作分三个阶段开展:(一)摸底排查阶段(2024年3月),建立台账;(二)集中整改阶段"
            "(2024年4月—9月),落实整改;(三)巩固提升阶段(2024年10月—12月),开展复查。\n",
            id="counted-in-one-paragraph",
        ),
        pytest.param(  # each on a line without a number
            "摸底排查阶段(2024年3月):建立台账,明确责任。\n集中整改阶段(2024年4月—9月):落实整改。\n"
            "巩固提升阶段(2024年10月—12月):开展复查。\n",
            id="a-line-each-unnumbered",
        ),
        pytest.param(  # called by its name, not by the task after its time
            "(一)摸底排查阶段(2024年3月),建立台账。\n(二)集中整改阶段(2024年4月—9月),落实整改;"
            "开展督查。\n(三)巩固提升阶段(2024年10月—12月),开展复查。\n",
            id="name-then-task",
        ),
        pytest.param(  # counted by 一是…, not read as two tasks each
            "一是摸底排查阶段(2024年3月),建立台账;二是集中整改阶段(2024年4月—9月),推进整改;"
            "三是巩固提升阶段(2024年10月—12月),开展复查。\n",
            id="counted-yi-shi",
        ),
    ],
)
def test_stages_written_out_of_the_usual_layout_are_phases(tmp_path, steps: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(tmp_path, "临江区河道保洁工作方案\n一、工作步骤\n" + steps)
    assert _phase_dates(x) == _STAGES


def test_a_stage_whose_name_names_safeguards_elsewhere_is_a_stage_among_stages(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区河道保洁工作方案\n一、工作步骤\n(一)动员部署阶段:2024年3月。召开动员会。\n"
        "(二)组织实施阶段:2024年4月至10月。分批推进整治。\n"
        "二、发展机遇\n(一)区域协调发展进入新阶段。长三角一体化深入推进。\n",
    )
    assert labels(x, "Opportunity") == {"区域协调发展进入新阶段"}  # a chance, not a stage
    assert _phase_dates(x) == {
        "动员部署阶段": ("2024-03", "2024-03"),
        "组织实施阶段": ("2024-04", "2024-10"),
    }
    assert not labels(x, "Safeguard")


def test_a_stage_counted_and_named_is_called_by_both(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区河道保洁工作方案\n一、工作步骤\n(一)第一阶段:摸底排查(2024年3月)。建立台账。\n"
        "(二)第二阶段:全面整改(2024年4月—9月)。落实整改。\n",
    )
    assert _phase_dates(x) == {
        "第一阶段": ("2024-03", "2024-03"),
        "第二阶段": ("2024-04", "2024-09"),
    }
    second = next(e for k, e in x.entities.items() if k.label == "第二阶段")
    assert "全面整改" in second.aliases


def test_a_quoted_concept_involves_the_industries_named_in_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划\n一、主要任务\n(一)稳定对外出口\n大力发展跨境电商等产业,"
        "探索“跨境电商+海外仓”的新型贸易形态。\n",
    )
    assert ("跨境电商+海外仓", "跨境电商") in related(x, "involves")


def test_a_zone_is_also_named_by_its_proper_name_alone(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划\n一、主要任务\n(一)建好示范区\n高水平建设中关村示范区和宝山高新区。\n"
        "(二)提升创新效能\n继续发挥中关村示范引领作用,支持宝山打造创新高地。\n",
    )
    zones = related(x, "buildsOnZone")
    assert ("提升创新效能", "中关村示范区") in zones
    assert ("提升创新效能", "宝山高新区") not in zones  # 宝山 is a district's name


def test_principles_and_guiding_ideas_are_no_elements(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市关于加快发展数字经济的实施意见\n一、总体要求\n(一)指导思想。以新发展理念为指导。\n"
        "(二)基本原则\n1.坚持创新驱动。强化科技支撑。\n2.坚持开放合作。融入区域发展。\n"
        "(三)主要目标。到2027年,数字经济核心产业增加值达到1000亿元。\n"
        "二、重点任务\n(四)培育壮大数字产业。做强集成电路产业。\n",
    )
    elements = {k.label for k in x.entities if k.cls in ("Measure", "Goal")}
    assert elements == {"培育壮大数字产业", "数字经济核心产业增加值达到1000亿元"}


def test_troubles_a_report_says_must_be_seen_are_listed_clause_by_clause(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年临江省政府工作报告\n一、2025年工作回顾\n过去一年,全省经济运行稳中向好。\n"
        "同时,全省发展还面临不少困难和挑战,突出表现在:有效需求仍显不足;民生领域还有短板。"
        "政府自身建设还存在差距,少数干部担当作为不够。对此,我们将采取有力措施加以解决。\n"
        "我们也要看到,外部环境变化带来的不利影响加深,国内需求不足,风险隐患仍然较多。\n"
        "二、2026年重点工作\n(一)大力提振消费。推动消费提质升级。\n",
    )
    problems = labels(x, "Bottleneck") | labels(x, "Challenge")
    assert {
        "有效需求仍显不足",
        "民生领域还有短板",
        "政府自身建设还存在差距",
        "少数干部担当作为不够",
        "外部环境变化带来的不利影响加深",
        "国内需求不足",
    } <= problems
    assert "外部环境变化带来的不利影响加深" in labels(x, "Challenge")
    assert not problems & {"不少困难", "对此", "我们将采取有力措施加以解决", "我们也要看到"}


def test_troubles_after_a_turn_or_of_the_moment_and_favourable_conditions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年临江省政府工作报告\n一、2025年工作回顾\n过去一年,全省经济运行稳中向好。\n"
        "同时,我们也清醒看到,经济回升向好基础还不稳固,有效需求不足,部分企业生产经营困难。\n"
        "二、2026年工作总体要求\n当前,外部环境更趋复杂严峻,世界经济增长动能不足,贸易保护主义抬头。"
        "从有利条件看,我国经济基础稳、优势多、韧性强,长期向好的支撑条件没有变。\n"
        "当前,我省正处于转型升级的关键期,各项工作稳步推进。\n"
        "三、2026年重点工作\n(一)大力提振消费。推动消费提质升级。\n",
    )
    assert labels(x, "Bottleneck") == {
        "经济回升向好基础还不稳固",
        "有效需求不足",
        "部分企业生产经营困难",
    }
    assert labels(x, "Challenge") == {
        "外部环境更趋复杂严峻",
        "世界经济增长动能不足",
        "贸易保护主义抬头",
    }
    assert labels(x, "Opportunity") == {
        "我国经济基础稳、优势多、韧性强",
        "长期向好的支撑条件没有变",
    }


def test_a_paragraph_weighing_the_world_and_home_in_a_goals_section_lists_conditions(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n二、“十五五”时期的主要目标和任务\n"
        "“十五五”是全面建设现代化临江的关键时期。从国际看,世界多极化深入发展,"
        "和平、发展、合作仍是时代潮流。国际金融危机影响深远,全球经济治理机制深刻变革,"
        "科技创新和产业转型孕育突破,新兴市场国家整体实力步入上升期。"
        "从国内看,市场需求潜力巨大,政府应对重大挑战的能力明显增强,基础设施日益完善。"
        "综合判断国际国内形势,我市发展仍处于可以大有作为的重要战略机遇期。\n"
        "我们要坚持稳中求进,推动高质量发展。\n",
        "临江市政府工作报告.txt",
    )
    opportunities = labels(x, "Opportunity")
    assert {
        "世界多极化深入发展",
        "和平、发展、合作仍是时代潮流",  # 和平 keeps its 和
        "全球经济治理机制深刻变革",
        "市场需求潜力巨大",
        "政府应对重大挑战的能力明显增强",  # a strength: the challenge is what it copes with
        "基础设施日益完善",
        "我市发展仍处于可以大有作为的重要战略机遇期",
    } <= opportunities
    assert labels(x, "Challenge") == {"国际金融危机影响深远"}
    everything = {k.label for k in x.entities}
    assert not everything & {"综合判断国际国内形势", "“十五五”是全面建设现代化临江的关键时期"}
    assert not labels(x, "Goal") & opportunities  # conditions of the period, no aims


def test_targets_after_a_sentence_that_says_they_were_adjusted_are_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n经济运行总体平稳,全年主要预期目标作了安排。\n"
        "二、今年发展主要目标和下一阶段工作总体部署\n"
        "综合研判形势,我们对年初考虑的预期目标作了适当调整。今年要优先稳就业保民生;"
        "城镇新增就业9万人以上,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右。\n"
        "积极的财政政策要更加积极有为。今年赤字率拟按3.6%以上安排,财政支出规模比去年增加。\n"
        "稳健的货币政策要更加灵活适度。综合运用降准降息等政策,引导贷款利率明显下降。\n",
        "临江市政府工作报告.txt",
    )
    assert {
        "今年要优先稳就业保民生",
        "城镇新增就业9万人以上",
        "城镇调查失业率5.5%左右",
        "居民消费价格涨幅3%左右",
    } <= labels(x, "Goal")
    assert not any("赤字率" in g or "平稳" in g for g in labels(x, "Goal"))


def test_a_hard_situation_listed_ends_at_confidence_and_its_stage_is_no_trouble(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n二、2017年工作总体部署\n"
        "综合分析内外形势,我们要做好应对更加复杂严峻局面的充分准备。世界经济增长低迷态势仍在延续,"
        "保护主义倾向抬头。我市发展处在爬坡过坎的关键阶段,经济运行存在不少突出矛盾和问题。"
        "困难不容低估,信心不可动摇。我市产业配套齐全、基础设施比较完善,经济发展具有良好支撑条件。"
        "我们坚信,临江一定能够实现更好发展。\n",
        "临江市政府工作报告.txt",
    )
    troubles = labels(x, "Challenge") | labels(x, "Bottleneck")
    assert {"世界经济增长低迷态势仍在延续", "经济运行存在不少突出矛盾和问题"} <= troubles
    assert not troubles & {"我市发展处在爬坡过坎的关键阶段", "困难不容低估", "信心不可动摇"}
    assert not any("产业配套齐全" in t or "支撑条件" in t for t in troubles)
    assert "经济发展具有良好支撑条件" in labels(x, "Opportunity")


def test_troubles_seen_beside_the_results_are_no_results(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2014年工作回顾\n过去一年,经济运行保持在合理区间。\n"
        "我们既要看到成绩,更要看到前进中的困难和挑战。投资增长乏力,新的消费热点不多。"
        "经济发展方式比较粗放,创新能力不足,产能过剩问题突出。\n"
        "二、2015年工作总体部署\n做好今年工作,要坚持稳中求进。\n",
        "临江市政府工作报告.txt",
    )
    troubles = labels(x, "Bottleneck") | labels(x, "Challenge")
    assert {"投资增长乏力", "新的消费热点不多", "创新能力不足", "产能过剩问题突出"} <= troubles
    assert not labels(x, "Achievement") & (troubles | {"我们既要看到成绩"})


def test_a_paragraph_on_the_present_that_weighs_its_chances_lists_conditions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n二、2015年工作总体部署\n做好今年工作,要坚持稳中求进。\n"
        "当前,世界经济正处于深度调整之中,地缘政治影响加重,不确定因素增多。"
        "同时,我市发展仍处于可以大有作为的重要战略机遇期,有巨大的潜力、韧性和回旋余地。"
        "我们必须增强忧患意识,坚定必胜信念。\n",
        "临江市政府工作报告.txt",
    )
    assert {"地缘政治影响加重", "不确定因素增多"} <= labels(x, "Challenge")
    assert "我市发展仍处于可以大有作为的重要战略机遇期" in labels(x, "Opportunity")


def test_a_situation_sentence_weighing_both_names_its_opportunity_and_no_period(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第一章 发展环境\n"
        "“十五五”时期,我市发展仍处于重要战略机遇期,但机遇和挑战都有新的发展变化。"
        "从国际看,全球治理体系深刻变革,国际力量对比深刻调整。"
        "同时,保护主义抬头,国际经济贸易秩序遇到严峻挑战。\n"
        "第二章 指导思想\n坚持新发展理念。\n",
    )
    assert labels(x, "Opportunity") == {"我市发展仍处于重要战略机遇期"}
    # a clause that only names where it happens (国际) is no challenge by that word alone
    assert labels(x, "Challenge") == {"保护主义抬头", "国际经济贸易秩序遇到严峻挑战"}


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("关于印发《临江区数字经济行动方案》的通知", "临江区数字经济行动方案"),
        (
            "关于印发《临江区数字经济行动方案》和《临江区数字经济支持政策》的通知",
            "临江区数字经济行动方案",
        ),
        (  # a title that names a report it carries out is the plan's own, 《》 and all
            "临江区2024年《政府工作报告》确定的主要目标任务责任分解方案",
            "临江区2024年《政府工作报告》确定的主要目标任务责任分解方案",
        ),
        (
            "临江区人民政府关于印发临江区2024年《政府工作报告》重点任务分工方案的通知",
            "临江区2024年《政府工作报告》重点任务分工方案",
        ),
    ],
)
def test_a_notice_is_titled_by_the_plan_it_issues(tmp_path, first_line: str, title: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path, first_line + "\n一、重点任务\n(一)发展数字经济。推进数据要素市场建设。\n"
    )
    assert x.plan.label == title


def test_a_policy_of_articles_is_titled_and_its_procedural_articles_are_no_measures(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区关于促进电竞产业发展的若干扶持政策\n\n第一条 目的依据\n为加快建设电竞之都,根据《上海市促进文化创意产业发展条例》,制定本政策。\n"
        "第二条 支持对象\n在本区注册、具有独立法人资格的电竞企业和机构。\n"
        "第三条 支持企业集聚\n对新引进的电竞企业给予落户奖励。\n"
        "第四条 支持举办赛事\n对举办国际赛事的企业给予补贴。\n"
        "第五条 附则\n本政策由区商务委负责解释。\n",
    )
    assert x.plan.label == "临江区关于促进电竞产业发展的若干扶持政策"
    assert labels(x, "Measure") == {"支持企业集聚", "支持举办赛事"}


def test_an_untitled_first_article_that_says_why_the_policy_was_made_is_no_measure(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区关于促进人工智能产业发展的若干政策\n\n"
        "第一条 为加快推进人工智能产业发展,根据《临江市促进人工智能产业发展条例》,制定本政策。\n"
        "第二条 支持企业落户。对新引进的人工智能企业给予落户奖励。\n"
        "第三条 支持研发创新。对承担国家重大科技专项的企业给予配套支持。\n"
        "第四条 支持人才引进。对高层次人才给予住房补贴。\n"
        "第五条 本政策由区科委负责解释,自2024年1月1日起施行。\n",
    )
    assert labels(x, "Measure") == {"支持企业落户", "支持研发创新", "支持人才引进"}


def test_a_work_report_without_a_period_sets_the_targets_of_its_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "政 府 工 作 报 告\n2019年1月17日在临江县第十七届人民代表大会第三次会议上\n各位代表:\n"
        "一、2018年工作回顾\n全县地区生产总值增长9%,确保2020年全部稳定脱贫。\n"
        "二、2019年重点工作\n(一)推进产业升级。做强纺织产业。\n",
    )
    assert {y for k, y, _ in x.target_years if k.cls == "Plan"} == {"2019"}


def test_a_work_reports_excerpt_sets_the_targets_of_its_years_work_unless_of_a_period(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "三、2026年重点工作\n2026年是“十五五”开局之年。全市经济社会发展主要预期目标是:"
        "地区生产总值增长5%左右。\n(一)推进产业升级。做强纺织产业。\n"
    )
    x = _extract(tmp_path, text, "临江市政府工作报告节选.txt")
    assert {y for k, y, _ in x.target_years if k.cls == "Plan"} == {"2026"}
    assert not labels(x, "Period")  # the year is the first of a period, whose goals it omits
    x = _extract(
        tmp_path,
        "二、“十五五”时期主要目标任务\n“十五五”时期经济社会发展的主要目标是:经济实力稳步提升。\n"
        + text,
        "临江市政府工作报告节选.txt",
    )
    assert {y for k, y, _ in x.target_years if k.cls == "Plan"} == {"2030"}
    x = _extract(tmp_path, text.replace("三、2026年", "三、今年"), "临江市政府工作报告节选.txt")
    assert None not in {y for k, y, _ in x.target_years if k.cls == "Plan"}  # no year named


def test_a_period_looked_back_over_is_not_the_plans(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市低空经济发展行动方案\n一、发展基础\n“十四五”以来,临江通用机场建成投运,低空经济规模达到80亿元。\n"
        "二、发展目标\n到2028年,全市低空经济产业规模突破300亿元。\n",
    )
    assert not labels(x, "Period")
    assert {y for k, y, _ in x.target_years if k.cls == "Plan"} == {"2028"}


def test_a_section_of_requirements_goes_on_with_the_items_it_restates(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区违法用地整治行动方案\n一、整治内容\n(一)经营性违法项目:共计13件。\n"
        "二、整治要求\n(一)经营性违法项目:对经营性违法用地项目,区经委要按照“以拆为主”的原则予以打击。\n",
    )
    assert labels(x, "Measure") == {"经营性违法项目"}
    involved = related(x, "involves")
    assert ("经营性违法项目", "区经委") in involved
    assert ("经营性违法项目", "以拆为主") in involved


def test_a_zone_named_after_a_city_the_text_names_lies_in_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年湖北省政府工作报告\n一、2025年工作回顾\n荆门市经济增长6%。荆门高新区、天水高新区入选国家试点。\n",
    )
    inside = related(x, "schema:containedInPlace")
    assert ("荆门高新区", "荆门市") in inside
    assert not {zone for zone, _ in inside} & {"天水高新区"}  # 天水 is named only in the zone
    assert "天水市" not in labels(x, "AdministrativeArea")


def test_goals_by_a_deadline_at_the_end_of_a_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Action plans set goals "到2025年底," or "2025年底前,", not only "到2025年,"."""
    x = _extract(
        tmp_path,
        "临江区岸电行动方案\n一、工作目标\n到2025年底,泊位岸电覆盖率达到100%,岸电使用量翻一番。\n"
        "二、重点任务\n(一)推进船舶改造\n推进改造。2024年底前,完成内河船舶受电设施改造。"
        "同时,力争到二〇二六年末,建成岸电示范区。\n",
    )
    goals = labels(x, "Goal")
    assert {"泊位岸电覆盖率达到100%", "岸电使用量翻一番"} <= goals
    assert "建成岸电示范区" in goals
    assert not {g for g in goals if "年底" in g or "年末" in g}
    assert {(k.label, y) for k, y, _ in x.target_years if k.cls == "Plan"} == {
        ("临江区岸电行动方案", "2025")
    }


def test_a_timetable_of_dated_sentences_lists_phases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区岸电行动方案\n一、重点任务\n(一)推进船舶改造\n推进改造。\n二、时间节点\n"
        "2023年:制定岸电建设标准,启动改造。\n"
        "2024年6月底前,完成内河船舶受电设施改造。2025年下半年,开展评估总结。\n"
        "三、保障措施\n(一)加强组织领导\n成立领导小组。\n",
    )
    assert labels(x, "Phase") == {"制定岸电建设标准", "完成内河船舶受电设施改造", "开展评估总结"}
    dated = _phase_dates(x)
    assert dated == {
        "制定岸电建设标准": ("2023", "2023"),
        "完成内河船舶受电设施改造": ("2024-01", "2024-06"),  # by its deadline, after 2023
        "开展评估总结": ("2025-07", "2025-12"),
    }
    assert "推进改造" not in labels(x, "Phase")


def test_a_timetable_that_names_each_years_stage(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区岸电行动方案\n一、重点任务\n(一)推进船舶改造\n推进改造。\n二、进度安排\n"
        "2023年为试点阶段,在临江港开展试点。2024年为推广阶段,全面推广岸电应用。\n",
    )
    dated = _phase_dates(x)
    assert dated == {"试点阶段": ("2023", "2023"), "推广阶段": ("2024", "2024")}


def test_a_stage_heading_that_opens_with_its_time_is_called_by_the_stage(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区燃气安全整治工作方案\n一、进度安排\n(一)2024年3月至4月,为宣传发动阶段。制定方案。\n"
        "(二)2024年5月—10月是集中整治阶段。全面排查。\n(三)2024年12月底前,为总结验收阶段。\n",
    )
    assert _phase_dates(x) == {
        "宣传发动阶段": ("2024-03", "2024-04"),
        "集中整治阶段": ("2024-05", "2024-10"),
        "总结验收阶段": ("2024-11", "2024-12"),  # by its deadline, after the phase before
    }


def test_steps_named_by_their_horizon_or_count_before_their_time(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区产业园区建设规划\n一、实施步骤\n近期(2021—2023年):完善基础设施。"
        "中期(2024—2025年):形成产业集群。远期(2026—2035年):建成一流园区。\n",
    )
    assert _phase_dates(x) == {
        "近期": ("2021", "2023"),
        "中期": ("2024", "2025"),
        "远期": ("2026", "2035"),
    }
    x = _extract(
        tmp_path,
        "临江区岸电推广工作方案\n一、工作步骤\n第一步,2022年,完成试点。"
        "第二步,到2024年,全面推广岸电应用。\n",
    )
    # the second by its deadline, so from the year after the first step
    assert _phase_dates(x) == {"第一步": ("2022", "2022"), "第二步": ("2023", "2024")}
    second = next(e for k, e in x.entities.items() if k.label == "第二步")
    assert "全面推广岸电应用" in second.aliases


def test_a_counted_step_is_also_called_by_the_name_before_its_time(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for mark in (",", ":"):
        x = _extract(
            tmp_path,
            f"白水县村庄清洁行动工作方案\n四、实施步骤\n第一步{mark}动员部署(2025年3月)。各镇制定方案。\n"
            f"第二步{mark}全面推进(2025年4月至10月)。逐项落实。\n中期评估(2025年6月)。组织第三方评估。\n",
        )  # a horizon's word before a time is no step (中期评估)
        assert _phase_dates(x) == {
            "第一步": ("2025-03", "2025-03"),
            "第二步": ("2025-04", "2025-10"),
        }
        names = {k.label: e.aliases for k, e in x.entities.items() if k.cls == "Phase"}
        assert "动员部署" in names["第一步"] and "全面推进" in names["第二步"], mark


def test_the_first_step_by_a_deadline_starts_with_the_plans_period(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "三、实施步骤\n第一步,到2026年底,完成基础设施建设。\n第二步,到2027年底,完成场景建设。\n"
    x = _extract(tmp_path, text, "白水县数字乡村行动计划(2026—2028年).txt")
    assert _phase_dates(x) == {"第一步": ("2026-01", "2026-12"), "第二步": ("2027-01", "2027-12")}
    # a period that does not hold the deadline gives no start (the plan of 2021—2025 reviewed)
    x = _extract(tmp_path, text, "白水县数字乡村行动计划(2021—2025年).txt")
    assert _phase_dates(x)["第一步"] == ("2026-12", "2026-12")


def test_the_cells_under_a_column_of_bodies_in_a_task_table_a_row_a_line_name_bodies(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县数字乡村行动计划\n一、主要任务\n(一)建设县域大数据平台。建设农业农村大数据平台。\n"
        "附件:重点任务分工表\n序号 重点任务 牵头单位 配合单位 完成时限\n"
        "1 建设县域大数据平台 县大数据中心 县数字经济促进中心 2027年6月\n"
        "2 建设 县文化馆新馆 县文旅局 县财政局 2027年\n"  # a cell too many: no column is sure
        "序号 工作任务 责任部门 协同单位 完成时间\n1 推进数字乡村试点 县融媒体中心 县乡村振兴服务中心 2027年\n",
    )
    bodies = {k.label for r in x.relations if r.predicate == "responsibleBody" for k in (r.obj,)}
    assert {"县大数据中心", "县数字经济促进中心", "县融媒体中心", "县乡村振兴服务中心"} <= bodies
    assert "县文化馆新馆" not in labels(x, "GovernmentBody")


def test_a_trouble_read_as_a_weakness_and_as_a_risk_is_one_of_the_later_readings_kind(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区科技创新规划\n一、面临形势\n(二)风险挑战\n与先进地区相比,我区仍存在一些短板:"
        "原始创新能力不强,缺少重大科技基础设施;科技金融供给不足,早期投资活跃度偏低。\n",
    )
    weak = {"原始创新能力不强", "缺少重大科技基础设施", "科技金融供给不足", "早期投资活跃度偏低"}
    assert labels(x, "Bottleneck") == weak and not labels(x, "Challenge")
    had = [r.obj.label for r in x.relations if r.predicate == "hasBottleneck"]
    assert sorted(had) == sorted(weak) and not [
        r for r in x.relations if r.predicate == "hasChallenge"
    ]
    assert {m.key.cls for m in x.mentions if m.key.label in weak} == {"Bottleneck"}
    x = _extract(
        tmp_path,
        "白水县农业规划\n一、面临形势\n从挑战看,一是农业产业链条短;二是农业科技支撑薄弱,专业人才匮乏。\n",
    )
    assert labels(x, "Challenge") == {"农业产业链条短", "农业科技支撑薄弱", "专业人才匮乏"}
    assert not labels(x, "Bottleneck")
    assert ("专业人才匮乏", "农业科技支撑薄弱") in related(x, "partOf")


def test_a_lead_into_troubles_before_a_colon_is_no_heading(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区科技创新规划\n一、面临形势\n我区仍存在一些短板:科技金融供给不足,早期投资活跃度偏低。\n",
    )
    assert labels(x, "Bottleneck") == {"科技金融供给不足", "早期投资活跃度偏低"}
    assert not labels(x, "Opportunity") | labels(x, "Challenge")


def test_a_sector_named_with_and_without_its_head_word_is_one_industry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "东湖区低空经济发展行动方案\n一、总体目标\n到2027年,全区低空经济产业规模达到300亿元,"
        "集聚低空经济相关企业200家以上。\n二、重点任务\n(一)壮大低空经济产业。\n",
    )
    assert labels(x, "Industry") == {"低空经济"}
    sector = next(e for k, e in x.entities.items() if k.cls == "Industry")
    assert "低空经济产业" in sector.aliases
    assert ("壮大低空经济产业", "低空经济") in related(x, "developsIndustry")


def test_a_body_named_with_its_place_and_by_its_level_alone_is_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "静安区促进消费工作方案\n一、主要任务\n(一)扩大消费。静安区财政局安排专项资金。(责任单位:区财政局)\n"
        "在中共静安区委领导下,区委统筹推进。\n",
    )
    assert labels(x, "GovernmentBody") == {"静安区财政局", "中共静安区委"}
    aliases = {k.label: e.aliases for k, e in x.entities.items() if k.cls == "GovernmentBody"}
    assert "区财政局" in aliases["静安区财政局"] and "区委" in aliases["中共静安区委"]
    assert ("扩大消费", "静安区财政局") in related(x, "responsibleBody")
    x = _extract(  # two places' bureaus: 区财政局 may be either
        tmp_path,
        "静安区促进消费工作方案\n一、主要任务\n(一)扩大消费。静安区财政局、普陀区财政局安排资金。"
        "(责任单位:区财政局)\n",
    )
    assert "区财政局" in labels(x, "GovernmentBody")
    x = _extract(  # a zone's committee is no division's: 区工委 is not known to be its
        tmp_path,
        "静安区促进消费工作方案\n一、主要任务\n(一)扩大消费。中共临港新片区工委、区工委配合。\n",
    )
    assert {"中共临港新片区工委", "区工委"} <= labels(x, "GovernmentBody")


def test_a_headline_of_chances_or_risks_after_its_time_names_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划\n一、发展环境\n未来五年,我区发展面临重大机遇。当前,我区发展也面临严峻挑战。"
        "总体上看,我区发展仍处于重要战略机遇期。今后一个时期,我区面临难得的历史机遇。\n",
    )
    found = labels(x, "Opportunity") | labels(x, "Challenge") | labels(x, "Bottleneck")
    assert not found & {"重大", "严峻", "总体上看", "难得的历史"}


def test_the_time_a_goal_takes_is_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县农村人居环境整治方案\n二、工作目标\n通过三年努力,到2027年,全县农村生活污水治理率达到60%以上。\n",
    )
    assert labels(x, "Goal") == {"全县农村生活污水治理率达到60%以上"}


def test_an_indicator_table_under_a_short_caption_sets_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划\n二、发展目标\n主要指标\n序号 指标名称 2025年 2030年 属性\n"
        "1 地区生产总值(亿元) 1280 1800 预期性\n2 研发经费投入强度(%) 3.6 4.5 预期性\n",
    )
    assert labels(x, "Goal") == {"地区生产总值(亿元)", "研发经费投入强度(%)"}


def test_a_series_of_views_keeps_the_kind_of_the_view_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县发展规划\n第一章 发展环境\n从国际看,新一轮科技革命深入发展,全球绿色转型加速推进。"
        "从国内看,全国统一大市场加快建设。从我县看,高速铁路即将开通。\n",
    )
    assert {"全国统一大市场加快建设", "高速铁路即将开通"} <= labels(x, "Opportunity")


def test_a_trouble_word_inside_a_listed_trouble_does_not_end_the_list(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县乡村产业规划\n一、发展基础\n"
        "但也存在农产品加工转化率不高、品牌影响力不强、冷链设施短板明显等问题。\n",
    )
    assert labels(x, "Bottleneck") == {"农产品加工转化率不高", "品牌影响力不强", "冷链设施短板明显"}


@pytest.mark.parametrize("home", ["从自身看", "从我县看", "从本县看", "从内部看"])
def test_troubles_seen_from_home_are_weaknesses(tmp_path, home: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县发展规划\n二、面临形势\n从挑战看,外部需求不确定性增加。"
        f"{home},产业结构偏重,创新能力不强。\n",
    )
    assert labels(x, "Challenge") == {"外部需求不确定性增加"}
    assert labels(x, "Bottleneck") == {"产业结构偏重", "创新能力不强"}
    chances = _extract(  # a view from home that names no trouble goes on with the chances
        tmp_path,
        f"白水县发展规划\n二、面临形势\n从机遇看,国家战略深入实施。{home},高速铁路即将开通。\n",
        "chances.txt",
    )
    assert not labels(chances, "Bottleneck")


def test_what_leads_into_troubles_is_none_of_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "我们也清醒认识到,产业链条较短、城乡区域发展不够协调等问题依然存在。",
        "在看到成绩的同时,我们也清醒认识到,产业链条较短,城乡区域发展不够协调。",
        "我区发展还存在一些短板弱项:一是产业链条较短;二是城乡区域发展不够协调。",
    ):
        x = _extract(tmp_path, f"临江区发展规划\n一、发展环境\n{text}\n")
        assert labels(x, "Bottleneck") == {"产业链条较短", "城乡区域发展不够协调"}, text
        assert not labels(x, "Opportunity") | labels(x, "Challenge"), text


def test_troubles_announced_by_the_sentence_before_are_all_troubles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县发展规划\n一、发展环境\n我县发展仍面临一些困难。经济总量偏小;县域财政收支矛盾突出;人口持续外流。\n",
    )
    assert labels(x, "Bottleneck") == {"经济总量偏小", "县域财政收支矛盾突出", "人口持续外流"}


def test_a_result_headed_by_its_year_is_also_called_without_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市2026年政府工作报告\n一、2025年工作回顾\n过去一年,全市经济运行稳中有进。"
        "地区生产总值增长5.8%,达到4620亿元。\n一年来,全市民生保障更加有力。新增就业3万人。\n",
    )
    names = {k.label: e.aliases for k, e in x.entities.items() if k.cls == "Achievement"}
    assert names["过去一年,全市经济运行稳中有进"] == ("全市经济运行稳中有进",)
    assert names["一年来,全市民生保障更加有力"] == ("全市民生保障更加有力",)
    x = _extract(  # a review paragraph's heading: also called by its result alone
        tmp_path,
        "白水县2019年政府工作报告\n一、2018年工作回顾\n一年来,我们狠抓污染防治,强力攻坚,全县空气质量明显改善。"
        "PM2.5浓度下降10%。\n一年来,我们倾力保障民生,全力维护稳定,群众获得感不断增强。新增就业1万人。\n",
    )
    aliases = [a for k, e in x.entities.items() if k.cls == "Achievement" for a in e.aliases]
    assert not [a for a in aliases if a.startswith("我们")]


def test_the_body_under_a_projects_column_of_bodies_is_responsible_for_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "东湖区物流发展规划\n一、主要任务\n(一)打造物流枢纽。建设东湖国际陆港。\n专栏2 重点项目\n"
        "序号 项目名称 建设内容 责任单位\n1 东湖国际陆港二期 新建铁路专用线5公里 区交通局\n"
        "2 白鹭洲冷链物流园 建设冷库20万吨 区商务委\n",
    )
    responsible = related(x, "responsibleBody")
    assert {("东湖国际陆港二期", "区交通局"), ("白鹭洲冷链物流园", "区商务委")} <= responsible


def test_counted_steps_after_a_lead_in_one_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "青山区专项行动方案\n三、实施步骤\n行动分两步推进:第一步,2026年上半年,完成试点建设;"
        "第二步,2026年下半年至2027年底,在全区推广。\n",
    )
    assert _phase_dates(x) == {"第一步": ("2026-01", "2026-06"), "第二步": ("2026-07", "2027-12")}


def test_opinions_citing_a_five_year_plan_take_neither_its_period_nor_a_goal_for_their_aims(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    x = _extract(
        tmp_path,
        "临江市关于加快数字经济发展的实施意见\n为贯彻落实《“十四五”数字经济发展规划》,现提出如下意见。\n"
        "一、总体要求\n以新发展理念为指导。到2027年,数字经济核心产业增加值突破5000亿元。\n"
        "二、重点任务\n(一)做强数字产业。发展集成电路产业。\n",
    )
    assert not [k for k in x.entities if k.cls == "Period"]
    assert {(k.label, y) for k, y, _ in x.target_years if k.cls == "Plan"} == {
        ("临江市关于加快数字经济发展的实施意见", "2027")
    }
    assert labels(x, "Goal") == {"数字经济核心产业增加值突破5000亿元"}


def test_stages_that_open_a_paragraph_and_say_their_year_with_wei_are_phases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市岸电推广实施方案\n一、进度安排\n第一阶段为2023年,重点完成标准制定;"
        "第二阶段为2024年,完成改造;第三阶段为2025年,全面验收。\n",
    )
    phases = _phase_dates(x)
    assert phases == {
        "第一阶段": ("2023", "2023"),
        "第二阶段": ("2024", "2024"),
        "第三阶段": ("2025", "2025"),
    }


def test_a_quoted_programme_is_also_called_with_its_longer_head(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n一、重点工作\n(一)加快科技创新。实施“61020”科技创新行动和“尖刀”技术攻关工程,"
        "落实“1+3+N”政策。\n",
    )
    aliases = {k.label: e.aliases for k, e in x.entities.items() if k.cls == "PolicyConcept"}
    assert "“61020”科技创新行动" in aliases["61020"]
    assert "“尖刀”技术攻关工程" in aliases["尖刀"]
    assert "“1+3+N”政策" in aliases["1+3+N"]


def test_figures_after_dated_targets_in_an_item_go_on_with_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划\n一、主要任务\n(一)做强软件产业\n推进软件园建设。到2030年,软件产业营收规模达170亿元。"
        "培育孵化200家以上数据要素企业。创建市级软件产业基地10个。\n(二)提升服务能级\n"
        "推进服务业发展。新增服务企业50家。\n",
    )
    goals = labels(x, "Goal")
    assert {"软件产业营收规模达170亿元", "培育孵化200家以上数据要素企业"} <= goals
    assert "创建市级软件产业基地10个" in goals
    assert "新增服务企业50家" not in goals  # no dated target before it
    dated = {k.label: y for k, y, _ in x.target_years if k.cls == "Goal"}
    assert dated["培育孵化200家以上数据要素企业"] == "2030"


def test_a_lead_that_names_problems_before_a_colon_is_no_problem(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "“十四五”临江市数字经济发展规划\n一、发展现状和形势\n(一)面临形势。\n"
        "同时应当看到,我市数字经济发展也面临一些问题和挑战:关键领域创新能力不足;"
        "监管体系有待健全。\n二、主要任务\n(一)加快建设信息网络基础设施。\n",
    )
    assert labels(x, "Bottleneck") | labels(x, "Challenge") == {
        "关键领域创新能力不足",
        "监管体系有待健全",
    }


def test_a_table_of_indicators_copied_a_row_a_line_lists_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市数字经济发展规划\n二、发展目标\n到2025年,数字经济迈向全面扩展期。\n"
        "表1 临江市数字经济发展主要指标\n序号\t指标\t2020年\t2025年\t属性\n"
        "1\t千兆宽带用户数(万户)\t640\t6000\t预期性\n2  IPv6活跃用户数(亿户)  4.6  8  预期性\n"
        "三、主要任务\n(一)建设信息网络基础设施。\n",
    )
    goals = labels(x, "Goal")
    assert {"千兆宽带用户数(万户)", "IPv6活跃用户数(亿户)"} <= goals
    assert not {g for g in goals if "预期性" in g or "主要任务" in g}


def test_a_row_of_indicators_may_open_with_its_groups_cell_and_number_its_indicator(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 发展目标\n"
        "专栏1 “十五五”时期经济社会发展主要指标\n类别 指标 2025年 2030年 年均增长 属性\n"
        "经济发展 1.地区生产总值增长(%) 5.5 [5左右] 预期性\n2.全员劳动生产率增长(%) 6 >5 预期性\n"
        "创新驱动 3.研发经费投入强度(%) 3.2 4 预期性\n第三章 建设现代化产业体系\n推进产业升级。\n",
    )
    assert labels(x, "Goal") == {
        "地区生产总值增长(%)",
        "全员劳动生产率增长(%)",
        "研发经费投入强度(%)",
    }


def test_goals_by_the_end_of_a_five_year_period(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江港岸电推广应用工作方案\n一、工作目标\n到“十五五”期末,港口岸电设施覆盖率达到90%以上,"
        "船舶靠港使用岸电量年均增长10%。\n二、主要任务\n(一)完善岸电设施。推进码头岸电设施改造。\n",
    )
    assert labels(x, "Goal") == {"港口岸电设施覆盖率达到90%以上", "船舶靠港使用岸电量年均增长10%"}
    assert {year for key, year, _at in x.target_years if key.cls == "Goal"} == {"2030"}


@pytest.mark.parametrize("opener", ["通过三年努力", "用3年左右时间", "力争经过两年努力"])
def test_goals_after_a_time_of_effort(tmp_path, opener: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        f"临江港岸电推广应用实施方案\n一、工作目标\n{opener},港口岸电设施覆盖率达到90%以上,"
        "船舶靠港使用岸电量年均增长10%。\n二、主要任务\n(一)完善岸电设施。推进码头岸电设施改造。\n",
    )
    assert labels(x, "Goal") == {"港口岸电设施覆盖率达到90%以上", "船舶靠港使用岸电量年均增长10%"}


def test_a_two_column_table_of_targets_lists_its_row_labels_as_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区市容管理“十五五”规划\n一、主要任务\n(一)整治环境\n推进环境整治。\n"
        "临江区市容管理“十五五”目标任务指标\n项  目\n指  标\n总体目标\n确保城区安全有序。\n任务指标\n"
        "生态环境\n综合治理\n每年推进20万平方米,到“十五五”期末,累计推进约100万平方米。\n"
        "违法建筑拆除\n力争拆除现有违法建筑总量的50%以上。\n二、保障措施\n(一)加强领导\n建立协调机制。\n",
    )
    goals = labels(x, "Goal")
    assert {"生态环境", "违法建筑拆除"} <= goals
    assert not {"总体目标", "任务指标", "综合治理", "项 目", "累计推进约100万平方米"} & goals
    assert labels(x, "Safeguard") == {"加强领导"}  # the table ends at the next heading


def test_a_quoted_slogan_of_four_sides_and_an_attachment_note_are_no_safeguards(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市物流发展行动方案\n一、主要任务\n(一)优化营商环境\n"
        "坚持从“政府服务环境、产业生态环境、社会生活环境、法治保障环境”四个方面着重用力。\n"
        "二、保障措施\n(一)加强组织协调。建立推进机制。\n附件:临江市物流发展支持政策\n",
    )
    assert labels(x, "Safeguard") == {"加强组织协调"}


def test_each_clause_of_a_goal_sentence_takes_its_own_deadline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江港岸电推广应用工作方案\n一、工作目标\n2023年底前,集装箱码头岸电设施覆盖率达到80%;"
        "2025年底前,实现岸电设施应改尽改。\n二、主要任务\n(一)完善岸电设施。推进码头岸电设施改造。\n",
    )
    years = {key.label: year for key, year, _at in x.target_years if key.cls in ("Goal", "Plan")}
    assert years == {
        "集装箱码头岸电设施覆盖率达到80%": "2023",
        "实现岸电设施应改尽改": "2025",
        "临江港岸电推广应用工作方案": "2025",
    }


def test_a_zone_named_with_its_city_is_also_named_without_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年山东省政府工作报告\n二、2026年重点工作\n(一)发展商业航天。推动烟台东方航天港融入国家商业航天布局。\n"
        "(二)壮大海洋经济。东方航天港海上发射卫星10颗。\n",
    )
    zones = related(x, "buildsOnZone") | related(x, "involves")
    assert ("壮大海洋经济", "烟台东方航天港") in zones
    assert labels(x, "Zone") == {"烟台东方航天港"}


def test_a_zone_named_with_its_city_has_the_name_without_it_as_an_alias(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年山东省政府工作报告\n二、2026年重点工作\n(一)发展海洋经济。支持烟台丁字湾、临江经开区建设海洋装备基地。\n",
    )
    zones = [e for k, e in x.entities.items() if k.cls == "Zone"]
    assert {(e.key.label, e.aliases) for e in zones} == {
        ("烟台丁字湾", ("丁字湾",)),
        ("临江经开区", ()),
    }


@pytest.mark.parametrize(
    "lead",
    [
        "主要预期目标建议为:",
        "主要预期目标安排如下:",
        "主要目标如下:",
        "主要预期目标确定为:",
        "主要目标任务是:",
        "主要目标:",
        "主要预期目标安排为:",
    ],
)
def test_a_goal_lead_that_proposes_or_lists_them(tmp_path, lead: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n一、今年工作总体要求\n"
        f"综合考虑各方面因素,今年全省经济社会发展{lead}地区生产总值增长5%左右,城镇新增就业45万人以上。\n"
        "二、今年重点工作\n(一)着力扩大内需。实施提振消费专项行动。\n",
    )
    assert labels(x, "Goal") == {"地区生产总值增长5%左右", "城镇新增就业45万人以上"}


def test_a_goal_sentence_that_ends_in_its_lead_states_its_targets_before_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市数字经济三年行动方案\n二、主要目标\n"
        "到2026年,全市数字经济发展水平显著提升,具体目标如下:\n"
        "——产业规模持续扩大。数字经济核心产业增加值达到1500亿元。\n"
        "三、重点任务\n(一)推动产业数字化转型。建设智能工厂50家。\n",
    )
    assert labels(x, "Goal") == {
        "全市数字经济发展水平显著提升",
        "产业规模持续扩大",
        "数字经济核心产业增加值达到1500亿元",  # the figure the dashed goal sets
    }


def test_a_section_of_goals_sets_figures_in_paragraphs_of_their_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展行动方案\n二、发展目标\n"
        "到2027年,全区产业结构进一步优化。\n"
        "生态环境持续改善,细颗粒物浓度控制在30微克/立方米以内。\n"
        "坚持以人民为中心,推动高质量发展。\n"
        "三、重点任务\n(一)推动创新药研发。支持企业开展临床试验,新增研发机构5家。\n",
    )
    goals = labels(x, "Goal")
    assert {"生态环境持续改善", "细颗粒物浓度控制在30微克/立方米以内"} <= goals
    assert "坚持以人民为中心" not in goals  # no figure set: no targets
    assert "新增研发机构5家" not in goals  # a task's figure, outside the goals


def test_a_section_of_goals_sets_the_states_its_sentences_reach(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市岸电推广工作方案\n一、工作目标\n"
        "坚持绿色发展,全面推进港口岸电建设和使用,岸电设施全覆盖,港口大气污染物排放明显下降。\n"
        "二、重点任务\n(一)加快设施建设。推进码头岸电改造,岸电使用持续扩大。\n",
    )
    assert labels(x, "Goal") == {"岸电设施全覆盖", "港口大气污染物排放明显下降"}


def test_sections_of_joint_tasks_are_measures(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "关于支持临江科创走廊建设的若干措施\n一、共筑科技创新策源地\n(一)加强应用性基础研究。支持高校开展研究。\n"
        "二、共育国际一流创新生态\n(二)完善人才政策。引进高层次人才。\n",
    )
    assert {"共筑科技创新策源地", "共育国际一流创新生态"} <= labels(x, "Measure")


def test_a_clause_is_never_cut_inside_a_quotation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区农村公路实施方案\n一、工作目标\n"
        "到2025年,实现“有路必养、养必良好,有路必管、管必到位”,路况水平全面提升,治理体系基本形成。\n"
        "二、重点任务\n(一)健全路长体系。设立区级路长。\n",
    )
    goals = labels(x, "Goal")
    assert {"路况水平全面提升", "治理体系基本形成"} <= goals
    assert all(g.count("“") == g.count("”") for g in goals), goals


def test_a_goals_section_sets_work_under_way_and_states_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市乡村振兴工作方案\n一、目标任务\n"
        "2021年,粮食产量达到60万吨以上。"
        "乡村振兴规划启动实施,乡村建设行动全面启动,农村改革重点任务深入推进,农村社会保持和谐稳定,"
        "坚持农业农村优先发展。\n"
        "二、重点任务\n(一)深入推进农村改革。农村改革试点有序推进。\n",
    )
    goals = labels(x, "Goal")
    assert {
        "乡村振兴规划启动实施",
        "乡村建设行动全面启动",
        "农村改革重点任务深入推进",
        "农村社会保持和谐稳定",
    } <= goals
    assert "坚持农业农村优先发展" not in goals  # a principle, no state
    assert "农村改革试点有序推进" not in goals  # a task's text, outside the goals


def test_a_goals_paragraph_opens_with_a_headline_goal_and_states_its_parts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区历史风貌保护规划\n三、发展目标\n"
        "历史风貌格局持续优化,世界级城市会客厅的功能形象和文化品牌得到充分彰显。"
        "滨江风貌区的金融商务功能凸显,老城风貌区的文化根脉得到激活,剧场街区的演艺品牌打响。\n"
        "历史风貌资源加快盘活,经济繁荣、生活优质、文化活跃的发展局面基本形成。"
        "各部门工作协同不断加强。\n"
        "四、主要任务\n(一)推动风貌区建设。打响演艺品牌。\n",
    )
    assert labels(x, "Goal") == {
        # each paragraph's headline: one goal, not a goal per clause
        "历史风貌格局持续优化,世界级城市会客厅的功能形象和文化品牌得到充分彰显",
        "历史风貌资源加快盘活,经济繁荣、生活优质、文化活跃的发展局面基本形成",
        # states reached without an adverb: a function stands out, a passive, a brand made known
        "滨江风貌区的金融商务功能凸显",
        "老城风貌区的文化根脉得到激活",
        "剧场街区的演艺品牌打响",
        "各部门工作协同不断加强",
    }
    headline = "历史风貌格局持续优化,世界级城市会客厅的功能形象和文化品牌得到充分彰显"
    assert {  # the states after a paragraph's headline are parts of it
        ("滨江风貌区的金融商务功能凸显", headline),
        ("老城风貌区的文化根脉得到激活", headline),
        ("剧场街区的演艺品牌打响", headline),
        (
            "各部门工作协同不断加强",
            "历史风貌资源加快盘活,经济繁荣、生活优质、文化活跃的发展局面基本形成",
        ),
    } <= related(x, "partOf")


def test_a_sentence_that_only_names_the_list_of_targets_is_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区生物医药行动方案\n一、工作目标\n到2025年,全区生物医药产业能级显著提升。主要目标:\n"
        "1.产业规模达到800亿元。\n2.建成公共服务平台10个。\n"
        "二、重点任务\n(一)推动创新药研发。支持企业开展临床试验。\n",
    )
    goals = labels(x, "Goal")
    assert "全区生物医药产业能级显著提升" in goals
    assert "主要目标" not in goals


def test_a_section_on_the_situation_types_clauses_once_by_what_the_sentence_says(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展规划\n一、发展环境\n"
        "从机遇看,城市更新加快推进,数字经济蓬勃发展。从挑战看,外部环境复杂多变,产业转型任务艰巨。"
        "同时,我区仍存在产业能级不高、创新策源能力不强等问题。\n"
        "二、主要任务\n(一)推进产业升级。发展数字经济。\n",
    )
    assert labels(x, "Opportunity") == {"城市更新加快推进", "数字经济蓬勃发展"}
    assert labels(x, "Challenge") == {"外部环境复杂多变", "产业转型任务艰巨"}
    assert labels(x, "Bottleneck") == {"产业能级不高", "创新策源能力不强"}


def test_a_clause_keeps_a_last_word_that_ends_like_a_conjunction(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区发展行动方案\n二、发展目标\n"
        "到2027年,全区率先实现碳中和,5G网络全面普及,城市管理更加和谐祥和。\n"
        "三、重点任务\n(一)推进产业升级。发展数字经济。\n",
    )
    assert {"全区率先实现碳中和", "5G网络全面普及"} <= labels(x, "Goal")


def test_a_section_on_opportunities_opens_with_a_condition_not_a_heading(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市碳达峰实施方案\n一、发展形势\n(一)面临机遇\n"
        "国家推动绿色转型,为我市发展提供了重大机遇。长三角一体化深入推进,区域协同优势进一步凸显。\n"
        "二、主要任务\n(一)推进能源绿色转型。加快发展光伏、风电。\n",
    )
    assert labels(x, "Opportunity") == {
        "国家推动绿色转型",
        "长三角一体化深入推进",
        "区域协同优势进一步凸显",
    }


def test_a_goal_line_that_states_two_targets_sets_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 发展目标\n"
        "“十五五”时期经济社会发展的主要目标是:\n"
        "——经济发展取得新成效,地区生产总值年均增长5%左右。\n——改革开放迈出新步伐。\n"
        "第三章 重点任务\n第一节 发展先进制造业\n推动集成电路产业发展。\n",
    )
    assert labels(x, "Goal") == {
        "经济发展取得新成效",
        "地区生产总值年均增长5%左右",
        "改革开放迈出新步伐",
    }


@pytest.mark.parametrize("lead", ["", "今年全省发展的主要预期目标是:\n"])
def test_dashed_targets_each_on_a_line_ending_in_a_semicolon_are_goals(tmp_path, lead) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "江南省政府工作报告\n三、2026年主要预期目标\n" + lead + "——全省生产总值增长5.5%左右;\n"
        "——城镇新增就业50万人以上;\n——单位生产总值能耗下降2%左右。\n",
    )
    assert labels(x, "Goal") == {
        "全省生产总值增长5.5%左右",
        "城镇新增就业50万人以上",
        "单位生产总值能耗下降2%左右",
    }


def test_a_short_name_the_text_gives_a_firm_is_its_alias_from_there_on(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区支持重点企业发展的若干措施\n一、主要任务\n"
        "(一)支持龙头企业发展。支持临江明珠新媒体股份有限公司(以下简称“明珠新媒”)做大做强。\n"
        "(二)推动融合发展。推动明珠新媒与区内文化企业开展合作。\n",
    )
    firm = next(e for k, e in x.entities.items() if k.cls == "Enterprise")
    assert firm.key.label == "临江明珠新媒体股份有限公司"
    assert "明珠新媒" in firm.aliases
    assert ("推动融合发展", "临江明珠新媒体股份有限公司") in related(x, "involves")
    assert "明珠新媒" not in labels(x, "PolicyConcept")


def test_a_line_headed_by_its_targets_name_states_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市岸电推广工作方案\n工作目标:力争到2025年,全市岸电覆盖率达到90%以上,岸电使用常态化。\n"
        "一、重点任务\n(一)加快设施建设。推进码头岸电改造。\n",
    )
    assert labels(x, "Goal") == {"全市岸电覆盖率达到90%以上", "岸电使用常态化"}


def test_a_clause_saying_what_the_one_before_brings_is_no_condition(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年临江省政府工作报告\n一、2026年工作总体要求\n"
        "从有利条件看,国家推动新一轮西部大开发,为我省发展带来重大机遇;长期向好的支撑条件没有变。\n"
        "二、2026年重点工作\n(一)大力提振消费。推动消费提质升级。\n",
    )
    assert labels(x, "Opportunity") == {"国家推动新一轮西部大开发", "长期向好的支撑条件没有变"}


def test_fields_that_still_have_shortcomings_are_no_shortcomings_themselves(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年临江省政府工作报告\n一、2025年工作回顾\n过去一年,全省经济运行稳中向好。\n"
        "民生保障改善等领域还存在薄弱环节,就业、创业、教育、养老、托幼等领域还有一些短板弱项。\n"
        "二、2026年重点工作\n(一)大力提振消费。推动消费提质升级。\n",
    )
    assert not labels(x, "Bottleneck") & {"就业", "创业", "教育", "养老", "托幼等领域还有一些"}


def test_a_period_of_opportunity_ends_no_list_of_opportunities(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江县政府工作报告\n一、2019年工作总体要求\n"
        "当今世界面临百年未有之大变局,变局中危和机同生并存,我国发展仍处于并将长期处于重要战略机遇期。\n"
        "二、2019年重点工作\n(一)推进产业升级。做强纺织产业。\n",
    )
    assert not {o for o in labels(x, "Opportunity") if "重要战略" in o or "大变局" in o}


def test_a_part_on_goals_holds_achievements_a_weighed_situation_and_a_lead_into_goals(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    """第一篇 锚定发展目标 holds a chapter its own heading names (重大成就), one on the situation
    that says so only in its opening sentence (…机遇和风险挑战并存), and the goals after a lead
    (…,今后五年实现以下目标:) that sets none itself."""
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第一篇 锚定发展目标\n"
        "第一章 “十四五”时期重大成就为接续发展奠定了坚实基础\n"
        "“十四五”时期是极不平凡的五年。\n"
        "科技创新实现新突破。研发投入强度保持在4%左右。\n"
        "改革开放不断激发活力。综合保税区由1个增加到3个。\n"
        "第二章 准确把握“十五五”时期的重要地位\n"
        "“十五五”时期是夯实基础的关键时期,战略机遇和风险挑战并存。"
        "从国际看,大国博弈更加复杂激烈,不确定难预料因素日益增多。\n"
        "临江发展面临前所未有的历史机遇。区域协同发展走深走实,内需市场潜力巨大,"
        "全面深化改革将破解体制机制障碍和结构性矛盾,有利于培育新动能。制度型开放稳步推进,民生持续改善。\n"
        "同时,临江发展还存在一些短板不足。当前临江已进入新阶段,对标国际一流,"
        "有效需求不足,创新体系效能有待提升,城市治理体系还不完善。"
        "一些领域还存在风险隐患,山区防灾韧性不强,维护安全稳定还有不少挑战。\n"
        "总的来看,有利条件强于不利因素。全市上下要保持战略定力,以苦练内功来应对外部挑战。\n"
        "第三章 主要目标\n"
        "锚定基本实现现代化,综合考虑发展趋势和现实条件,夯实基础、补齐短板,今后五年实现以下目标:\n"
        "———高质量发展迈上新台阶。地区生产总值年均增长5%左右。\n",
    )
    assert {"科技创新实现新突破", "改革开放不断激发活力"} <= labels(x, "Achievement")
    assert "科技创新实现新突破" not in labels(x, "Goal")
    assert labels(x, "Opportunity") == {
        "区域协同发展走深走实",
        "内需市场潜力巨大",
        "全面深化改革将破解体制机制障碍和结构性矛盾",
        "制度型开放稳步推进",
        "民生持续改善",
    }
    assert labels(x, "Challenge") == {
        "大国博弈更加复杂激烈",
        "不确定难预料因素日益增多",
        "一些领域还存在风险隐患",
        "维护安全稳定还有不少挑战",
    }
    assert labels(x, "Bottleneck") == {
        "有效需求不足",
        "创新体系效能有待提升",
        "城市治理体系还不完善",
        "山区防灾韧性不强",
    }
    goals = labels(x, "Goal")
    assert "地区生产总值年均增长5%左右" in goals
    assert not goals & {"锚定基本实现现代化", "综合考虑发展趋势和现实条件", "夯实基础、补齐短板"}


def test_an_untitled_excerpt_names_programmes_after_any_province_or_city(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Without a title to say whose plan it is, 平安北京 and 美丽广州 are programmes all the same
    (the file's name, which could say it, names no place either)."""
    x = _extract(
        tmp_path,
        "第一章 发展基础\n安全保障水平进一步提升。平安北京建设深入推进,群众安全感不断提升。\n"
        "深入实施人文北京、科技北京、绿色北京战略,建设美丽广州。\n",
        "excerpt.txt",
    )
    assert {"平安北京", "人文北京", "科技北京", "绿色北京", "美丽广州"} <= labels(
        x, "PolicyConcept"
    )


def test_a_pdf_copys_indicator_table_lists_its_rows_as_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A PDF copy breaks a table into lines: a row's number alone or before its indicator, an
    indicator wrapped over two lines, group cells and wrapped values between rows."""
    prose = (
        "  " + "经济运行稳中有进,发展质效显著提升,新质生产力加速发展,改革开放不断激发活力。" * 12
    )
    wrapped = [prose[i : i + 30] for i in range(0, len(prose), 30)]  # wider than a cell's line
    table = [
        "“十五五”时期经济社会发展主要指标",
        "类别 序号 指标 2025年 2030年目标 属性",
        "创新",
        "发展",
        "(2项)",
        "1",
        "全社会研究与试验发展经费支出占地区生",
        "产总值比重(%)",
        "6左右∗ >6 预期性",
        "2 每万人口高价值发明专利拥有量(件) 180.7 240左右 预期性",
        "协调",
        "发展",
        "3 地区生产总值年均增速(%) 5.4",
        "4.5-5,",
        "努力争取",
        "预期性",
        "4",
        "城市副中心和平原新城地区生产总值年均",
        "增速(%)",
        "— >5 预期性",
        "注:1.【 】为5年累计数。",
        "2.城市副中心和平原新城地区生产总值年均增速尚无2025年数据。",
        "3.2025年入托率为10.14%。",
    ]
    text = "\n".join(
        ["第一章 发展目标", *wrapped, *table, "第二章 主要任务", "加快发展现代服务业。"]
    )
    goals = labels(_extract(tmp_path, text), "Goal")
    assert {
        "全社会研究与试验发展经费支出占地区生产总值比重(%)",
        "每万人口高价值发明专利拥有量(件)",
        "地区生产总值年均增速(%)",
        "城市副中心和平原新城地区生产总值年均增速(%)",
    } <= goals
    assert not {g for g in goals if "预期性" in g or "创新" == g or "努力争取" in g}
    assert not {g for g in goals if "尚无" in g or "入托率为" in g}  # the table's notes


def test_a_citys_role_in_the_country_or_the_world_is_a_concept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第一章 发展目标\n"
        "全国文化中心示范引领作用进一步增强,国际交往中心功能更加完善,国际科技创新中心能级全面提升。\n",
    )
    assert {"全国文化中心", "国际交往中心", "国际科技创新中心"} <= labels(x, "PolicyConcept")


def test_an_item_of_results_in_headline_sentences_lists_each_headline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "中共临江市委关于制定临江市国民经济和社会发展第十五个五年规划的建议\n"
        "1.“十四五”时期临江发展取得历史性成就。“十四五”时期,是临江发展极不平凡的五年。"
        "综合实力显著提升,地区生产总值突破五千亿元。科技创新成果丰硕,临江科学城加快建设。"
        "产业动能更加强劲,集成电路产业竞争力跃居全国前列。加速发展新能源产业,新增企业三百家。"
        "这些成绩的取得,根本在于全市上下团结奋斗。\n",
    )
    results = labels(x, "Achievement")
    assert {"综合实力显著提升", "科技创新成果丰硕", "产业动能更加强劲"} <= results
    assert not {"加速发展新能源产业", "这些成绩的取得"} & results  # an act, a reference back
    assert ("产业动能更加强劲", "集成电路产业") in related(x, "involves")
    # the item's heading sums up the period: it titles the review, no result of its own
    assert "“十四五”时期临江发展取得历史性成就" not in results


@pytest.mark.parametrize(
    ("text", "cls", "kept", "left"),
    [
        (  # a goal headed in the goals paragraph keeps its figures, not its other clauses
            "临江市政府工作报告\n二、“十四五”时期的主要目标任务\n"
            "“十四五”时期我市经济社会发展主要目标:一是经济实力显著增强,在推动高质量发展方面走在全省前列。"
            "生产总值年均增长8%以上,实体经济加快发展,开发区能级大幅提升。"
            "二是改革开放深入推进,在更高水平开放方面走在全省前列。开放型经济新体制基本形成。\n",
            "Goal",
            {"经济实力显著增强", "改革开放深入推进", "生产总值年均增长8%以上"},
            {"实体经济加快发展", "开发区能级大幅提升", "开放型经济新体制基本形成"},
        ),
        (  # the troubles after an item of results, a salutation and a summing-up head no results
            "临江市政府工作报告\n一、“十四五”时期发展取得显著成就\n"
            "(一)社会事业全面进步,和谐临江建设开创新局面。"
            "综合实力显著提升,地区生产总值突破五千亿元。科技创新成果丰硕,临江科学城加快建设。"
            "产业动能更加强劲,集成电路产业竞争力跃居全国前列。\n"
            "各位代表,过去的五年,是我市经济快速发展的五年。所有这些,为我们奠定了坚实基础。\n"
            "发展成就令人鼓舞,但我们也清醒地看到,在前进的道路上还面临不少困难和问题。"
            "主要是总体发展基础差,工业化水平低。传统产业比重大,新兴产业规模小,服务业比重低。\n",
            "Achievement",
            {"综合实力显著提升", "科技创新成果丰硕", "产业动能更加强劲"},
            {"各位代表", "所有这些", "传统产业比重大"},
        ),
    ],
)
def test_a_report_paragraphs_elements_are_its_headings_not_every_clause(  # type: ignore[no-untyped-def]
    tmp_path, text: str, cls: str, kept: set[str], left: set[str]
) -> None:
    found = labels(_extract(tmp_path, text), cls)
    assert kept <= found
    assert not left & found


def test_a_goals_text_sets_targets_in_words_ranks_grades_and_deadlines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第一章 主要目标\n"
        "——高质量发展迈上新台阶。经济增长保持合理区间,力争全市经济总量迈上两万亿元台阶,"
        "创新能力稳居全国前列并力争进位,临江水质年均值达到Ⅲ类,碳达峰目标如期实现,"
        "全要素生产率稳步提升。\n",
    )
    goals = labels(x, "Goal")
    assert {
        "力争全市经济总量迈上两万亿元台阶",
        "创新能力稳居全国前列并力争进位",
        "临江水质年均值达到III类",  # the text after NFKC
        "碳达峰目标如期实现",
    } <= goals
    assert not {"经济增长保持合理区间", "全要素生产率稳步提升"} & goals


def test_an_outlook_lead_types_its_numbered_items_and_an_aspect_lead_types_its_clauses(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 发展环境\n"
        "从机遇看,一是新一轮科技革命加速演进;二是国家重大战略深入实施;三是超大规模市场优势更加凸显。\n"
        "从挑战看,一是外部环境更趋复杂严峻;二是人口老龄化加速;三是区域竞争日趋激烈。\n"
        "机遇方面,长三角一体化深入推进,都市圈同城化加快。挑战方面,资源环境约束趋紧。\n",
    )
    assert {
        "新一轮科技革命加速演进",
        "国家重大战略深入实施",
        "超大规模市场优势更加凸显",
        "都市圈同城化加快",
    } <= labels(x, "Opportunity")
    assert {
        "外部环境更趋复杂严峻",
        "人口老龄化加速",
        "区域竞争日趋激烈",
        "资源环境约束趋紧",
    } <= labels(x, "Challenge")
    assert not any(label.startswith(("一是", "二是")) for label in labels(x, "Challenge"))
    assert "区域竞争日趋激烈" not in labels(x, "Opportunity")


def test_one_hand_and_the_other_weigh_a_situation_and_what_conditions_bring_makes_them_favourable(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 “十五五”时期面临的机遇和挑战\n"
        "“十五五”时期,我市发展面临的机遇与挑战并存。一方面,新一轮科技革命和产业变革深入发展,"
        "国家重大战略叠加实施,为我市发展注入新动能。另一方面,外部环境不确定性上升,"
        "产业转型升级任务艰巨。\n总体判断,我市发展仍处于大有可为的战略机遇期。\n",
    )
    opportunities, challenges = labels(x, "Opportunity"), labels(x, "Challenge")
    assert {"新一轮科技革命和产业变革深入发展", "国家重大战略叠加实施"} <= opportunities
    assert {"外部环境不确定性上升", "产业转型升级任务艰巨"} <= challenges
    assert not {"另一方面", "总体判断"} & (opportunities | challenges)


def test_a_sentence_that_says_problems_follow_leads_the_sentences_after_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n过去一年,全市经济运行稳中有进。\n"
        "同时,我们也清醒看到,当前经济发展仍面临一些问题。从外部看,世界经济增长动能不足,"
        "贸易保护主义抬头。从内部看,有效需求不足,传统产业占比仍然较大,公共服务仍有短板。"
        "对此,我们一定高度重视,全力加以解决。\n",
    )
    assert {"世界经济增长动能不足", "贸易保护主义抬头"} <= labels(x, "Challenge")
    assert {"有效需求不足", "传统产业占比仍然较大", "公共服务仍有短板"} <= labels(x, "Bottleneck")
    assert not {"从外部看", "从内部看", "我们一定高度重视"} & (
        labels(x, "Challenge") | labels(x, "Bottleneck")
    )


def test_how_a_place_got_where_it_is_is_no_condition(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 面临形势\n"
        "从临江自身看,经过多年的积累,临江发展已经站上新的起点,创新资源富集、产业特色鲜明等优势更加彰显。\n",
    )
    opportunities = labels(x, "Opportunity")
    assert "创新资源富集、产业特色鲜明等优势更加彰显" in opportunities
    assert "经过多年的积累" not in opportunities


def test_a_run_in_headline_of_problems_heads_no_result_and_leads_its_paragraph(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n"
        "一年来主要做了以下工作:\n一是扩大有效投资。新开工项目300个,完成投资500亿元。\n"
        "在肯定成绩的同时,我们也清醒看到面临的困难和挑战。外部环境变化影响加深,地缘政治风险持续上升,"
        "部分企业经营困难,公共服务仍有不少短板弱项。我们一定直面问题,切实加以解决。\n",
    )
    assert "在肯定成绩的同时,我们也清醒看到面临的困难和挑战" not in labels(x, "Achievement")
    assert {"外部环境变化影响加深", "地缘政治风险持续上升"} <= labels(x, "Challenge")
    assert {"部分企业经营困难", "公共服务仍有不少短板弱项"} <= labels(x, "Bottleneck")


def test_counted_items_alone_on_their_lines_keep_their_whole_sentence_and_troubles_follow_a_lead(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n"
        "一是围绕市场主体的急需制定和实施宏观政策,稳住了经济基本盘。\n"
        "面对历史罕见的冲击,我们实施阶段性大规模减税降费。\n"
        "二是坚决打好三大攻坚战,主要目标任务如期完成。\n较大幅度增加财政扶贫资金投入,精准落实帮扶措施。\n"
        "三是强化创新引领,新动能快速成长。\n深入推进“互联网+”行动,新兴产业增加值增长10%。\n"
        "四是继续创新和加强宏观调控,经济运行保持在合理区间。\n不搞“大水漫灌”式强刺激,精准施策。\n"
        "在肯定成绩的同时,我们也清醒看到面临的困难和挑战。新冠肺炎疫情仍在全球蔓延,"
        "国际形势中不稳定不确定因素增多。经济恢复基础尚不牢固,居民消费仍受制约。"
        "关键领域创新能力不强。一些地方财政收支矛盾突出,防范化解金融等领域风险任务依然艰巨。"
        "民生领域还有不少短板。政府工作存在不足,少数干部不担当不作为。\n",
    )
    results = labels(x, "Achievement")
    assert {
        "围绕市场主体的急需制定和实施宏观政策,稳住了经济基本盘",
        "坚决打好三大攻坚战,主要目标任务如期完成",  # targets met: a result, no section of goals
        "强化创新引领,新动能快速成长",
        "继续创新和加强宏观调控,经济运行保持在合理区间",
    } <= results
    assert not {"关键领域创新能力不强", "民生领域还有不少短板"} & results  # troubles, no headings
    assert {"新冠肺炎疫情仍在全球蔓延", "国际形势中不稳定不确定因素增多"} <= labels(x, "Challenge")
    assert {"经济恢复基础尚不牢固", "居民消费仍受制约"} <= labels(x, "Bottleneck")
    assert not labels(x, "Goal")


def test_a_paragraph_that_sees_troubles_lists_them_to_its_turn_whatever_their_words(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n"
        "在肯定成绩的同时,我们也清醒看到面临的困难和问题。经济恢复基础尚不牢固,有效需求不足,"
        "民间投资预期不稳,部分行业产能过剩严重,部分企业经营困难,就业压力较大。"
        "在住房、教育等方面,人民群众还有不少不满意的地方。政府工作存在不足,"
        "形式主义、官僚主义不同程度存在,有的干部不担当,搞表面文章。一些领域腐败问题仍有发生。"
        "在应急处置中,基层应急管理暴露出薄弱环节,群众还有一些意见和建议应予重视。"
        "这些都是前进中的问题,只要我们迎难而上,前景一定光明。\n"
        "二、2026年工作安排\n"
        "过去一年,营商环境有待优化。群众办事仍有堵点,发展问题实质上是环境问题,"
        "今年我们一定下大力气整治,更加注重服务群众和企业。\n",
    )
    troubles = labels(x, "Bottleneck") | labels(x, "Challenge")
    assert {
        "民间投资预期不稳",  # 不稳: a trouble word, though most of its sentence's clauses have one
        "部分行业产能过剩严重",  # no trouble word, in the sentence right after the lead
        "人民群众还有不少不满意的地方",
        "形式主义、官僚主义不同程度存在",  # no trouble word, in the paragraph's list
        "有的干部不担当",
        "搞表面文章",
        "一些领域腐败问题仍有发生",
        "基层应急管理暴露出薄弱环节",
        "群众还有一些意见和建议应予重视",
    } <= troubles
    assert not {
        t for t in troubles if t.startswith(("在应急处置中", "在住房", "只要", "这些", "前景"))
    }
    assert not {t for t in troubles if "我们" in t or "更加注重" in t}


def test_a_paragraph_that_says_the_situation_is_hard_lists_what_makes_it_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n二、2026年工作安排\n"
        "今年,我市发展面临的形势依然复杂严峻。发达经济体经济增长乏力,一些国家债务危机隐患仍未消除,"
        "全球流动性大量增加,保护主义继续升温,国际市场竞争更加激烈。"
        "我市一些长期问题和短期问题相互交织,中小企业抗风险能力不强。我们要准确判断形势。\n",
    )
    challenges, bottlenecks = labels(x, "Challenge"), labels(x, "Bottleneck")
    # the outside world's: challenges, though two name no outside pressure of their own
    assert {"发达经济体经济增长乏力", "保护主义继续升温", "国际市场竞争更加激烈"} <= challenges
    assert {"我市一些长期问题和短期问题相互交织", "中小企业抗风险能力不强"} <= bottlenecks
    assert not {t for t in challenges | bottlenecks if "我们" in t or "形势依然" in t}


def test_a_lead_that_sees_a_trouble_among_what_places_it_names_that_trouble(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n"
        "在看到成绩的同时,我们也清醒认识到,临江地处内陆,仍处于爬坡过坎阶段,"
        "发展不平衡不充分问题仍然突出。当前发展面临诸多困难挑战。有效需求不足,部分企业经营困难。\n",
    )
    troubles = labels(x, "Bottleneck") | labels(x, "Challenge")
    assert {"发展不平衡不充分问题仍然突出", "有效需求不足", "部分企业经营困难"} <= troubles
    assert not {"临江地处内陆", "仍处于爬坡过坎阶段"} & troubles  # they place it, no trouble
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n"
        "我们清醒地认识到,临江发展中不平衡、不协调、不可持续的问题依然突出。主要是:投资与消费关系失衡,"
        "产业结构不合理。\n在肯定成绩的同时,我们也清醒地看到,全市经济社会发展中依然存在一些"
        "深层次矛盾和问题。一是传统产业转型升级步伐需要加快;二是财政收支矛盾较为突出。\n",
    )
    troubles = labels(x, "Bottleneck") | labels(x, "Challenge")
    assert "临江发展中不平衡、不协调、不可持续的问题依然突出" in troubles  # one trouble, seen alone
    assert "全市经济社会发展中依然存在一些深层次矛盾和问题" not in troubles  # it heads them


def test_the_review_in_a_part_on_results_and_targets_sets_no_targets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n"
        "过去五年,我市经济社会发展取得新的历史性成就。地区生产总值从不到7000亿元增加到超过1万亿元,"
        "城镇新增就业超过60万人。\n"
        "——持续增进民生福祉,扎实推动共同富裕。常住人口城镇化率提高到75%,基本养老保险参保率提高到95%。\n",
        "临江市政府工作报告.txt",
    )
    assert "过去五年,我市经济社会发展取得新的历史性成就" in labels(x, "Achievement")
    goals = labels(x, "Goal")
    assert "城镇新增就业超过60万人" not in goals
    assert "常住人口城镇化率提高到75%" in goals


def test_targets_listed_each_with_its_figure_are_goals_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n二、“十五五”时期主要目标任务\n"
        "(三)坚持改革。营造一流营商环境,新增市场主体100万户以上、上市企业超30家,营商环境稳居全国前列。\n"
        "(四)坚持开放。力争外贸进出口总额、实际使用外资规模分别突破1万亿元、100亿美元。\n",
        "临江市政府工作报告.txt",
    )
    goals = labels(x, "Goal")
    assert {"新增市场主体100万户以上", "上市企业超30家"} <= goals
    assert not any(g.startswith("外贸进出口总额") for g in goals)  # one figure list, not split


def test_a_paragraph_that_opens_seeing_troubles_lists_them_after_its_lead(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、过去一年工作回顾\n一是经济运行稳中有进。地区生产总值增长5%。\n"
        "在看到发展成就的同时,我们也清醒认识到,发展不平衡不充分问题仍然突出。当前发展面临诸多困难挑战。"
        "外部环境不确定性加大,全球通胀仍处于高位。需求不足仍是突出矛盾,稳就业任务艰巨。"
        "生态环境保护任重道远。一些民生领域存在不少短板。要直面问题挑战,尽心竭力改进政府工作。\n"
        "二、对今年政府工作的建议\n要坚持稳中求进,面对战略机遇和风险挑战并存、不确定难预料因素增多的形势,"
        "做好今年工作。\n(一)着力扩大国内需求。把恢复和扩大消费摆在优先位置。\n",
        "临江市政府工作报告.txt",
    )
    assert {"外部环境不确定性加大", "全球通胀仍处于高位"} <= labels(x, "Challenge")
    assert {"需求不足仍是突出矛盾", "稳就业任务艰巨", "生态环境保护任重道远"} <= labels(
        x, "Bottleneck"
    )
    assert "当前发展面临诸多困难挑战" not in labels(x, "Achievement")  # the lead, no result
    assert "着力扩大国内需求" in labels(x, "Measure")  # the year's work, no situation


def test_a_maxim_then_seen_troubles_heads_nothing_and_the_troubles_follow(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、过去五年工作回顾\n(一)坚持创新发展,经济结构持续优化。新动能快速成长。\n"
        "安不忘危,兴不忘忧。我们清醒认识到,发展不平衡不充分的一些突出问题尚未解决。"
        "经济增长内生动力还不够足,创新能力还不够强,民间投资增势疲弱。"
        "重特大安全生产事故时有发生。在住房、教育、医疗等方面,群众还有不少不满意的地方。"
        "政府职能转变还不到位。政府工作存在不足,有些改革举措和政策落实不力。\n",
        "临江市政府工作报告.txt",
    )
    assert {"经济增长内生动力还不够足", "创新能力还不够强", "民间投资增势疲弱"} <= labels(
        x, "Bottleneck"
    )
    results = labels(x, "Achievement")
    assert not {"安不忘危,兴不忘忧", "重特大安全生产事故时有发生", "政府职能转变还不到位"} & results


def test_targets_under_a_heading_of_principles_are_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n三、2026年经济社会发展总体要求和政策取向\n"
        "今年是“十五五”开局之年。做好政府工作,要坚持稳中求进工作总基调。\n"
        "今年发展主要预期目标是:经济增长5%左右;城镇调查失业率5.5%左右,城镇新增就业12万人以上。\n",
    )
    assert {"经济增长5%左右", "城镇调查失业率5.5%左右", "城镇新增就业12万人以上"} <= labels(
        x, "Goal"
    )


def test_a_review_paragraph_of_headline_sentences_lists_each_headline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n"
        "2025年是“十四五”收官之年。过去5年,我们有效应对各种冲击挑战。经济总量实现新跃升,地区生产总值年均增长5.4%。"
        "科技和产业创新取得新突破,研发经费投入年均增长10%。改革开放迈出新步伐,临江科学城加快建设。\n"
        "在肯定成绩的同时,我们也清醒看到面临的困难和挑战。外部环境变化影响加深,部分企业经营困难,"
        "公共服务仍有短板。\n",
    )
    results = labels(x, "Achievement")
    assert {"经济总量实现新跃升", "科技和产业创新取得新突破", "改革开放迈出新步伐"} <= results
    assert not {"过去5年", "外部环境变化影响加深"} & results


def test_short_pieces_joined_by_dun_are_parts_of_one_problem(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n过去一年,全市经济运行稳中有进。\n"
        "政府工作还存在一些干部抓发展的能力不足、办法不多,不作为、乱作为等问题;"
        "仍存在产业结构不够优化、创新能力不够强等短板。\n",
    )
    problems = labels(x, "Bottleneck") | labels(x, "Challenge")
    assert {"一些干部抓发展的能力不足、办法不多", "不作为、乱作为"} <= problems
    assert {"产业结构不够优化", "创新能力不够强"} <= problems
    assert not {"不作为", "办法不多"} & problems


def test_hard_won_results_are_explained_by_the_troubles_faced(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2025年工作回顾\n一是扩大有效投资。新开工项目300个。\n"
        "过去一年取得的成绩来之不易。我们面对的是外部冲击挑战和内部问题交织叠加的复杂严峻形势。"
        "国际经贸环境急剧变化,市场预期受到频繁扰动,对外贸易明显承压。\n",
    )
    assert "过去一年取得的成绩来之不易" not in labels(x, "Achievement")
    assert {"国际经贸环境急剧变化", "市场预期受到频繁扰动", "对外贸易明显承压"} <= labels(
        x, "Challenge"
    )


def test_a_verb_that_states_a_target_is_no_part_of_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第一章 主要目标\n"
        "——科技创新能力显著增强。围绕创新提出2项指标,提出全社会研发经费投入年均增长7%以上。\n",
    )
    goals = labels(x, "Goal")
    assert "全社会研发经费投入年均增长7%以上" in goals
    assert "提出全社会研发经费投入年均增长7%以上" not in goals


def test_a_weighing_that_also_names_a_risk_is_a_challenge(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 面临形势\n"
        "从外部环境看,世界百年变局加速演进,我国发展处于战略机遇和风险挑战并存、不确定难预料因素增多的时期,"
        "但长期向好的支撑条件和基本趋势没有变。\n",
    )
    assert "不确定难预料因素增多" in labels(x, "Challenge")  # the risk, not what weighs it
    assert not any("并存" in c for c in labels(x, "Challenge"))


def test_favourable_conditions_and_a_lead_of_risks_type_their_numbered_items(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 发展环境\n第一节 有利条件\n"
        "我市发展具备诸多有利条件。一是国家战略叠加优势明显,多项国家战略交汇叠加。二是产业基础雄厚,"
        "先进制造业集群加快发展。\n第二节 风险挑战\n同时也要看到,我市发展仍面临不少风险挑战。"
        "一是外部环境不确定性增加。二是资源环境约束趋紧。\n",
    )
    assert {"国家战略叠加优势明显", "产业基础雄厚"} <= labels(x, "Opportunity")
    assert "有利条件" not in labels(x, "Opportunity")
    assert {"外部环境不确定性增加", "资源环境约束趋紧"} <= labels(x, "Challenge")


def test_a_heading_that_names_a_topic_is_no_element_but_its_items_are(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "政府工作报告\n二、“十五五”时期主要目标和重大任务\n（一）关于主要目标指标\n"
        "到2030年,全社会研发经费投入年均增长7%以上。\n（二）关于重大战略任务\n"
        "一是突出推动高质量发展。构建现代化产业体系。\n",
    )
    assert not {label for label in labels(x, "Goal") | labels(x, "Measure") if "关于" in label}
    assert "突出推动高质量发展" in labels(x, "Measure")


def test_a_goal_for_which_targets_lay_groundwork_is_a_goal_and_a_dedication_is_none(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 发展目标\n"
        "“十五五”时期,临江经济社会发展总体目标是:科技创新能力显著增强,产业体系更加完善,"
        "为推进中国式现代化建设作出应有贡献。\n"
        "全市地区生产总值年均增长5%左右,为到2035年人均地区生产总值翻一番打好基础。\n",
    )
    goals = labels(x, "Goal")
    assert {"科技创新能力显著增强", "到2035年人均地区生产总值翻一番"} <= goals
    assert not {g for g in goals if g.startswith("为")}


def test_a_figure_reached_by_any_verb_of_change_is_a_target(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 发展目标\n"
        "民生福祉进一步改善。实现高质量充分就业,城乡居民人均可支配收入比值缩小至1.9,"
        "共同富裕取得明显的实质性进展。\n",
    )
    assert "城乡居民人均可支配收入比值缩小至1.9" in labels(x, "Goal")


def test_a_trouble_word_that_heads_its_own_clause_ends_no_list(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "政府工作报告\n一、2025年工作回顾\n我们也清醒看到面临的困难和挑战。"
        "政府工作存在不足，一些政策实施效果仍待提高，有的政绩观存在偏差，"
        "一些领域和地方腐败问题依然多发。\n",
    )
    found = labels(x, "Bottleneck")
    assert {"政府工作存在不足", "一些领域和地方腐败问题依然多发"} <= found
    assert not {"不足", "一些领域和地方腐败"} & found


def test_a_phase_given_by_a_deadline_starts_when_the_one_before_ends(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "关于印发临江市低空飞行服务建设实施方案的通知\n二、实施步骤\n"
        "（一）建设筹备阶段（2024年年底前）\n完成方案编制。\n"
        "（二）建设及试运行阶段（2025年年底前）\n建成服务中心。\n"
        "（三）优化提升阶段（2027年年底前）\n全面优化服务。\n",
    )
    phases = phase_dates(x)
    assert phases["建设及试运行阶段"] == Interval("2025-01", "2025-12")
    assert phases["优化提升阶段"] == Interval("2026-01", "2027-12")
    assert phases["建设筹备阶段"].end == "2024-12"


def test_the_point_after_a_month_or_a_year() -> None:
    from builder import dates

    assert [dates.after(p) for p in ("2024-12", "2025-03", "2025")] == [
        "2025-01",
        "2025-04",
        "2026",
    ]


def test_a_figure_inside_a_dated_phase_is_a_target_for_its_deadline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "关于印发临江市低空飞行服务建设实施方案的通知\n二、实施步骤\n"
        "（一）建设筹备阶段（2024年年底前）\n完成方案编制。\n"
        "（二）建设及试运行阶段（2025年年底前）\n开展航路划设研究,累计划设低空飞行航线不少于150条。\n",
    )
    assert "累计划设低空飞行航线不少于150条" in labels(x, "Goal")
    assert "开展航路划设研究" not in labels(x, "Goal")


def test_the_first_phase_given_by_a_deadline_starts_at_the_notices_date(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "关于印发临江市低空飞行服务建设实施方案的通知\n各相关单位:\n现将方案印发给你们。\n"
        "临江市交通委员会\n2024年11月 21日\n临江市低空飞行服务建设实施方案\n二、实施步骤\n"
        "（一）建设筹备阶段（2024年年底前）\n完成方案编制。\n"
        "（二）建设及试运行阶段（2025年年底前）\n建成服务中心。\n",
    )
    phases = phase_dates(x)
    assert phases["建设筹备阶段"] == Interval("2024-11", "2024-12")
    assert phases["建设及试运行阶段"] == Interval("2025-01", "2025-12")


def test_a_phase_from_now_until_a_month_starts_at_the_notices_date(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "(即日起至2023年11月)": until then from the notice's month; the next phase, given by its
    range, keeps it."""
    x = _extract(
        tmp_path,
        "关于印发临江区停车难综合治理工作方案的通知\n各街道:\n现将方案印发给你们。\n"
        "临江区人民政府办公室\n2025年3月 10日\n临江区停车难综合治理工作方案\n三、实施步骤\n"
        "（一）调查摸底阶段（即日起至2025年6月）\n摸清泊位底数。\n"
        "（二）全面推进阶段（2025年7月—2026年6月）\n推进错峰共享。\n",
    )
    phases = phase_dates(x)
    assert phases["调查摸底阶段"] == Interval("2025-03", "2025-06")
    assert phases["全面推进阶段"] == Interval("2025-07", "2026-06")


def test_targets_a_report_arranges_are_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区政府工作报告\n三、2026年发展主要目标和工作安排\n"
        "今年经济社会发展主要预期目标安排:地区生产总值增长5%左右;城镇调查失业率控制在5%左右。\n",
    )
    assert {"地区生产总值增长5%左右", "城镇调查失业率控制在5%左右"} <= labels(x, "Goal")


def test_a_goal_cues_colon_the_year_and_the_means_are_no_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区政府工作报告\n二、“十五五”时期主要目标任务\n"
        "“十五五”时期经济社会发展主要目标是:到2030年,力争全区经济总量迈上新台阶,工业总产值突破2000亿元。\n"
        "今后五年的主要目标是:通过五年的不懈奋斗,基本建成现代化港城取得决定性进展。\n",
    )
    goals = labels(x, "Goal")
    assert {"工业总产值突破2000亿元", "基本建成现代化港城取得决定性进展"} <= goals
    assert not {"到2030年", "通过五年的不懈奋斗"} & goals


@pytest.mark.parametrize(
    "means",
    [
        "通过百日攻坚",
        "通过集中整治",
        "经过专项行动",
        "通过综合治理",
        "通过持续推进",
        "通过全面实施",
    ],
)
def test_a_campaign_the_targets_are_reached_by_is_no_goal(tmp_path, means: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        f"青山区城市环境综合整治行动方案\n一、工作目标\n{means},全区主次干道乱象基本消除,"
        "背街小巷环境卫生达标率达到95%以上。\n",
    )
    assert labels(x, "Goal") == {"全区主次干道乱象基本消除", "背街小巷环境卫生达标率达到95%以上"}


def test_lasting_strengths_after_the_problems_are_opportunities(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区政府工作报告\n一、2025年工作回顾\n"
        "在肯定成绩的同时,我们也清醒看到面临的困难和挑战。市场预期偏弱,重点领域风险隐患较多。"
        "困难不容忽视,信心必须坚定。我区经济长期向好的支撑条件和基本趋势没有改变,港城优势不断彰显。\n"
        "外贸外资韧性彰显。出口增长8%。\n",
    )
    opportunities = labels(x, "Opportunity")
    assert opportunities == {"我区经济长期向好的支撑条件和基本趋势没有改变", "港城优势不断彰显"}
    assert not {"困难不容忽视", "信心必须坚定"} & (labels(x, "Bottleneck") | labels(x, "Challenge"))


def test_a_report_without_its_title_is_known_by_its_opening(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n"
        "一、“十五五”时期主要任务\n(一)加快发展新质生产力\n"
        "培育科技型中小企业,到2030年,科技型中小企业突破5万家。\n"
    )
    x = _extract(tmp_path, text, name="临江市2026年.txt")
    assert not labels(x, "Goal")  # a pledge inside a task, not one of the report's targets
    assert "加快发展新质生产力" in labels(x, "Measure")


@pytest.mark.parametrize(
    "text",
    [
        "三、2026年重点工作\n2026年主要预期目标是:地区生产总值增长5.5%以上。\n"
        "加快发展新质生产力。力争新增规上工业企业300户、专精特新“小巨人”60户。\n",
        "(四)深化改革开放\n促进民营经济高质量发展。力争新增民营企业200家以上。\n"
        "各位代表,全面完成今年各项目标任务,使命光荣。\n",
    ],
)
def test_an_excerpt_of_a_report_without_its_opening_is_known_by_its_parts(
    tmp_path, text: str
) -> None:  # type: ignore[no-untyped-def]
    """A work report's second half alone: its part on this year's work (三、2026年重点工作) or
    its words to the delegates (各位代表,…) make it a report, whose tasks' pledges are no goals."""
    x = _extract(tmp_path, text, name="临江市.txt")
    assert not any("力争" in goal for goal in labels(x, "Goal"))
    assert "新增规上工业企业300户" not in " ".join(labels(x, "Goal"))


def test_an_annual_work_plans_part_on_the_years_work_makes_no_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "临江区科技局2025年工作总结和2026年工作计划\n一、2025年工作总结\n全年新增高新技术企业120家。\n"
        "二、2026年工作计划\n(一)培育创新主体。力争新增高新技术企业150家。\n"
    )
    x = _extract(tmp_path, text, name="临江区.txt")
    assert "力争新增高新技术企业150家" in labels(x, "Goal")  # a plan's pledge: no report's task


def test_a_chapter_on_the_new_stage_weighs_the_times_after_its_opening_and_lists_troubles(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    """第二章 “十五五”时期的新阶段新特点: its heading names no phase, its third sentence weighs
    opportunities against risks (…并存), so it is on the situation; its troubles joined by 、,
    each with its own trouble word, are one each, and the headline that leads them is none."""
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n"
        "第二章 “十五五”时期的新阶段新特点\n"
        "“十五五”时期具有承前启后的重要地位。世界百年未有之大变局加速演进。"
        "我国发展处于战略机遇和风险挑战并存的时期,但经济基础稳、优势多、韧性强、潜能大。\n"
        "同时也要认识到,当前临江发展还存在不少短板,科技创新策源能力相对不足、"
        "新质生产力还不够壮大,市域西部发展相对滞后。\n"
        "第三章 主要目标\n"
        "到2030年,地区生产总值年均增长5%左右。\n",
    )
    assert not labels(x, "Phase")
    assert {"科技创新策源能力相对不足", "新质生产力还不够壮大", "市域西部发展相对滞后"} <= labels(
        x, "Bottleneck"
    )
    assert not {label for label in labels(x, "Bottleneck") if "、" in label or "不少短板" in label}


def test_a_chapter_that_opens_on_the_past_period_reviews_it_whatever_its_heading(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    """第一章 …新征程精彩开局: no cue in its heading, but it opens on the past five years and says
    their work was done, so its headlines after the opening sentences are achievements."""
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n"
        "第一章 新征程精彩开局\n"
        "“十四五”时期是临江发展极不寻常、极不平凡的五年。最具里程碑意义的是,临江办成了运动会。"
        "五年来,全市上下团结奋斗,“十四五”规划目标任务总体顺利完成。"
        "综合实力实现跃升突破,经济总量跨上新台阶。改革开放再向纵深推进,营商环境持续优化。"
        "美丽临江更加可感可及,生态环境质量持续改善。党的建设全面加强,政治生态持续向好。\n"
        "第二章 主要目标\n"
        "到2030年,地区生产总值年均增长5%左右。\n",
    )
    assert labels(x, "Achievement") == {
        "综合实力实现跃升突破",
        "改革开放再向纵深推进",
        "美丽临江更加可感可及",
        "党的建设全面加强",
    }


def test_a_changing_world_a_technological_revolution_and_what_a_change_brings(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    """In a section on the situation: a technological revolution is an opportunity, so is a
    clause that names an opportunity even beside a change, and the list a lead word opens ends
    before "等难得的历史性机遇"."""
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n"
        "第二章 “十五五”时期发展环境\n"
        "大国博弈更加复杂激烈,以人工智能为代表的新一轮科技革命和产业变革加速突破。"
        "挑战中蕴含新机遇。我市既面临国家支持沿海城市率先发展等难得的历史性机遇,也面临不少挑战。\n"
        "第三章 主要目标\n"
        "到2030年,地区生产总值年均增长5%左右。\n",
    )
    assert "大国博弈更加复杂激烈" in labels(x, "Challenge")
    assert {
        "以人工智能为代表的新一轮科技革命和产业变革加速突破",
        "挑战中蕴含新机遇",
        "国家支持沿海城市率先发展",
    } <= labels(x, "Opportunity")


def test_an_item_headed_by_its_kinds_cue_is_the_part_of_that_kind(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市数字经济发展规划(2026—2030年)\n一、发展基础和面临形势\n(一)面临形势\n"
        "1.发展机遇。新一轮科技革命加速演进,数据要素价值加速释放,为我市发展带来重大机遇。\n"
        "2.面临挑战。国际竞争日趋激烈,区域竞争加剧。\n"
        "二、主要任务\n(一)加强数字基础设施建设。建设算力中心。\n",
    )
    assert labels(x, "Opportunity") == {"新一轮科技革命加速演进", "数据要素价值加速释放"}
    assert labels(x, "Challenge") == {"国际竞争日趋激烈", "区域竞争加剧"}


def test_a_shortfall_in_number_or_size_is_a_trouble(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市数字经济发展规划(2026—2030年)\n一、发展基础\n"
        "同时,我市数字经济发展仍存在一些短板。核心技术自主可控能力不强,龙头企业数量偏少,"
        "产业规模较小,融合应用成效不明显。\n"
        "二、主要任务\n(一)加强数字基础设施建设。建设算力中心。\n",
    )
    assert labels(x, "Bottleneck") == {
        "核心技术自主可控能力不强",
        "龙头企业数量偏少",
        "产业规模较小",
        "融合应用成效不明显",
    }


def test_a_shortfall_of_the_place_is_a_bottleneck_though_it_names_the_world(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年临江市政府工作报告\n一、2025年工作回顾\n过去一年,全市经济稳中有进。"
        "同时,我们也清醒看到,发展中还存在一些困难和问题:城市综合能级和国际化程度还不够高,"
        "外部环境不确定性增加。\n二、2026年工作安排\n(一)大力提振消费。实施提振消费专项行动。\n",
    )
    assert labels(x, "Bottleneck") == {"城市综合能级和国际化程度还不够高"}
    assert labels(x, "Challenge") == {"外部环境不确定性增加"}


def test_the_bodies_a_lead_note_names_are_responsible_for_the_task(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区优化营商环境工作方案\n一、重点任务\n"
        "(一)推进改革。完成改革任务。(区发展改革委牵头,区大数据中心、区财政局配合)\n",
    )
    assert related(x, "responsibleBody") == {
        ("推进改革", "区发展改革委"),
        ("推进改革", "区大数据中心"),
        ("推进改革", "区财政局"),
    }


@pytest.mark.parametrize(
    ("title", "last"),
    [
        ("临江区违法用地整治行动方案(2025—2027年)", ("2025-10", "2027-12")),
        ("临江区违法用地整治行动方案", ("2025-10", "2025-10")),  # no period: its start alone
        ("临江区违法用地整治行动方案(2023—2025年)", ("2025-10", "2025-10")),  # the period's year
    ],
)
def test_the_last_stage_that_only_starts_runs_to_the_plans_end(tmp_path, title: str, last) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        f"{title}\n四、实施步骤\n(一)排查摸底阶段(2025年5月起)。全面排查。\n"
        "(二)集中整治阶段(2025年7月起)。集中整治。\n(三)巩固提升阶段(2025年10月起)。建立长效机制。\n",
    )
    dated = _phase_dates(x)
    assert dated["集中整治阶段"] == ("2025-07", "2025-09")
    assert dated["巩固提升阶段"] == last
    noted = _extract(  # a time in brackets that does not say it starts is the stage's own
        tmp_path,
        f"{title}\n四、实施步骤\n(一)排查摸底阶段(2025年5月起)。全面排查。\n"
        "(二)形成报告阶段(2025年10月)。报送报告。\n",
        "noted.txt",
    )
    assert _phase_dates(noted)["形成报告阶段"] == ("2025-10", "2025-10")
    done = _extract(  # a step given by its month alone is done then, starts nothing
        tmp_path,
        f"{title}\n四、工作步骤\n1、征求意见:2025年6月至7月。征求意见建议。\n"
        "2、专题汇报:2025年8月。作详细汇报。\n",
        "done.txt",
    )
    assert _phase_dates(done)["专题汇报"] == ("2025-08", "2025-08")


@pytest.mark.parametrize("heading", ["存在的不足", "存在不足"])
def test_a_review_item_on_what_falls_short_holds_bottlenecks(tmp_path, heading: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市先进制造业发展规划\n一、发展基础\n(一)产业规模持续扩大。2025年全市工业总产值达到8000亿元。\n"
        f"(二){heading}。产业链韧性不强,高端人才不足。\n",
    )
    assert labels(x, "Achievement") == {"产业规模持续扩大"}
    assert labels(x, "Bottleneck") == {"产业链韧性不强", "高端人才不足"}


def test_stages_told_in_a_sentence_of_their_own_are_phases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区违法用地整治工作方案\n四、实施步骤\n"
        "第一阶段为动员部署阶段,时间为2025年3月至4月,主要任务是制定方案、明确分工。\n"
        "第二阶段(集中推进),2025年5月至11月,全面推进各项任务。\n",
    )
    assert _phase_dates(x) == {
        "第一阶段": ("2025-03", "2025-04"),
        "第二阶段": ("2025-05", "2025-11"),
    }
    aliases = {k.label: set(e.aliases) for k, e in x.entities.items() if k.cls == "Phase"}
    assert "动员部署阶段" in aliases["第一阶段"]
    assert "集中推进" in aliases["第二阶段"]


@pytest.mark.parametrize("lead", ["我区取得显著成效:", ""])
def test_results_a_review_counts_are_each_one_once(tmp_path, lead: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        f"临江区数字经济发展规划\n一、发展基础\n过去五年,{lead}一是产业规模持续壮大,"
        "数字经济核心产业增加值达到320亿元;二是创新能力显著提升,建成省级以上创新平台45个。\n",
    )
    assert labels(x, "Achievement") == {"产业规模持续壮大", "创新能力显著提升"}


def test_a_boxs_items_bulleted_by_dashes_are_named_without_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二节 发展现代服务业\n专栏6:服务业重大平台\n"
        "——临江国际物流园:建设多式联运中心。\n——临江会展中心:建设展馆。\n",
    )
    measures = labels(x, "Measure")
    assert {"临江国际物流园", "临江会展中心"} <= measures
    assert not any(m.startswith("—") for m in measures)


def test_a_target_after_its_year_without_a_comma_is_a_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区人工智能行动方案\n三、主要任务\n(一)做强人工智能产业。到2027年集聚人工智能企业200家。\n"
        "(二)发展低空经济。力争到2028年底实现低空经济规模突破100亿元。\n"
        "(三)推进场景建设。到2027年我区将全面推进。\n"
        "(四)建设园区。到2027年建成示范园区3个。\n(五)培育企业。到2027年新增高新技术企业50家。\n"
        "(六)扩大投资。到2027年累计完成投资80亿元。\n(七)扩大产能。到2027年突破年产能10万台。\n",
    )
    assert labels(x, "Goal") == {
        "集聚人工智能企业200家",
        "实现低空经济规模突破100亿元",
        "建成示范园区3个",
        "新增高新技术企业50家",
        "累计完成投资80亿元",
        "突破年产能10万台",
    }
    assert ("集聚人工智能企业200家", "做强人工智能产业") in related(x, "partOf")


def test_a_stages_own_dates_set_no_goal_in_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区数字乡村行动方案\n五、实施步骤\n第一阶段:2026—2027年,夯实基础。\n"
        "第二阶段(2028年1—6月):验收评估。\n第三阶段:2028年7月至12月,建成示范村20个。\n",
    )
    assert set(_phase_dates(x).values()) == {
        ("2026", "2027"),
        ("2028-01", "2028-06"),
        ("2028-07", "2028-12"),
    }
    assert labels(x, "Goal") == {"建成示范村20个"}


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("市发展改革委", "市发改委"),
        ("县发展改革局", "县发改局"),
        ("区发展和改革局", "区发改局"),
        ("区经济和信息化局", "区经信局"),
        ("市住房和城乡建设局", "市住建局"),
        ("县人力资源和社会保障局", "县人社局"),
        ("区市场监督管理局", "区市场监管局"),
        ("市文化和旅游局", "市文旅局"),
        ("区政府国资委", "区国资委"),
    ],
)
def test_a_body_named_in_full_and_short_is_one(tmp_path, full: str, short: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        f"白水县工作方案\n二、主要任务\n(一)推进项目建设。开展建设。(责任单位:{full})\n"
        f"(二)加强督促考核。开展考核。(责任单位:{short})\n",
    )
    assert labels(x, "GovernmentBody") == {full}
    assert related(x, "responsibleBody") == {("推进项目建设", full), ("加强督促考核", full)}


@pytest.mark.parametrize(
    "note",
    ["责任单位:县农业农村局", "责任部门:县农业农村局", "县农业农村局牵头", "县农业农村局负责"],
)
def test_a_note_closing_items_counted_in_a_paragraph_is_the_whole_items(
    tmp_path, note: str
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县农村人居环境整治工作方案\n二、重点任务\n"
        "(一)扎实推进农村厕所革命。一是分类推进改厕,山区推广三格式化粪池;二是加强后续管护,"
        f"建立长效机制。({note})\n"
        "(二)推进污水治理。一是建设污水管网。(牵头单位:县水利局)\n",
    )
    responsible = related(x, "responsibleBody")
    assert ("扎实推进农村厕所革命", "县农业农村局") in responsible
    assert not {item for item, _ in responsible} & {"分类推进改厕", "加强后续管护,建立长效机制"}
    assert ("推进污水治理", "县水利局") in responsible
    assert ("建设污水管网", "县水利局") in responsible  # an item alone: the note is its own too
    lines = _extract(  # items on lines of their own, the note on the line after them
        tmp_path,
        "白水县营商环境工作方案\n一、重点任务\n(一)优化营商环境\n①深化“一件事一次办”改革。\n"
        f"②开展涉企收费专项清理。\n({note})\n"
        "(二)加强监管\n1.开展双随机检查。(牵头单位:县市场监管局)\n2.推进信用监管。(县发展改革局负责)\n"
        "(三)优化服务\n1.推行帮办服务。(牵头单位:县政务服务办)\n2.建设服务专区。\n",
        "lines.txt",
    )
    responsible = related(lines, "responsibleBody")
    assert ("优化营商环境", "县农业农村局") in responsible
    assert ("开展涉企收费专项清理", "县农业农村局") not in responsible
    assert ("推进信用监管", "县发展改革局") in responsible  # the others have notes of their own
    assert ("推行帮办服务", "县政务服务办") in responsible  # not the last item: its own note
    pad = "加强部门间数据共享,推动信息互联互通,提升服务效率和质量。" * 20
    flat = _extract(  # a page pasted flat: each item's note closes on the next item's piece
        tmp_path,
        "白水县重点任务分工方案\n一、优化服务(一)推进社会救助。(县民政局牵头,各乡镇负责)具体措施:"
        f"1.完善救助制度。{pad}(县民政局负责)2.推进医保结算。{pad}(县医保局负责)"
        f"3.加强数据共享。{pad}(县数据局负责)\n",
        "flat.txt",
    )
    responsible = related(flat, "responsibleBody")
    assert {("完善救助制度", "县民政局"), ("推进医保结算", "县医保局")} <= responsible
    assert ("加强数据共享", "县数据局") in responsible  # each has its own
    tasks = _extract(  # the last task of a section, which is no element, keeps its note
        tmp_path,
        f"白水县营商环境工作方案\n一、重点任务\n(一)深化改革。\n(二)开展清理。({note})\n",
        "tasks.txt",
    )
    assert related(tasks, "responsibleBody") == {("开展清理", "县农业农村局")}


def test_every_body_a_note_names_is_responsible_whatever_comes_between(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县农村人居环境整治工作方案\n一、重点任务\n"
        "(一)加强宣传引导。开展宣传。(责任单位:县委宣传部(县新闻出版局)、县城管执法局)\n"
        "(二)建设冷链设施。建设冷库。(牵头单位:县林业局;配合单位:县融媒体中心、县商务局)\n"
        "(三)完善社区商业。建设便民生活圈10个。(县商务局、县住建局、各乡镇按职责分工负责,长期坚持)\n"
        "(四)推进改革。完成改革任务。(县发展改革局牵头,各乡镇、县财政局负责)\n",
    )
    assert related(x, "responsibleBody") == {
        ("加强宣传引导", "县委宣传部"),
        ("加强宣传引导", "县新闻出版局"),
        ("加强宣传引导", "县城管执法局"),  # after a member's second name in brackets
        ("建设冷链设施", "县林业局"),
        ("建设冷链设施", "县融媒体中心"),  # the first of the next field
        ("建设冷链设施", "县商务局"),
        ("完善社区商业", "县商务局"),  # before what the note says after the role
        ("完善社区商业", "县住建局"),
        ("推进改革", "县发展改革局"),
        ("推进改革", "县财政局"),  # a second role is no remark
    }


def test_the_bodies_a_bracketed_field_names_are_responsible_for_the_task(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区数字经济发展行动方案\n一、主要任务\n(一)建设数据要素市场。培育数据交易机构。\n"
        "【责任单位】:区数据局(牵头)、区市场监管局\n【完成时限】2025年底前\n"
        "(二)优化营商环境。深化改革。【牵头单位】区政务服务办【配合单位】区司法局\n"
        "(三)保障资金。统筹资金。\n【责任单位】区财政局\n(四)加强审计。开展审计监督。\n"
        "(五)发展绿色物流。推广新能源物流车。【责任单位:区交通运输局】\n",
    )
    assert related(x, "responsibleBody") == {
        ("建设数据要素市场", "区数据局"),
        ("建设数据要素市场", "区市场监管局"),
        ("优化营商环境", "区政务服务办"),
        ("优化营商环境", "区司法局"),
        ("保障资金", "区财政局"),
        ("发展绿色物流", "区交通运输局"),  # the note's bracket closes it, no part of the name
    }


def test_a_list_faced_after_opportunities_names_challenges_and_a_weighed_period_its_risk(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    """ "既面临…机遇,也面临A、B等新的'成长的烦恼'": A and B are challenges, whatever the tail
    calls them; "处于…并存、C的时期": C is the risk; a clause that only dates the next names none."""
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 发展环境\n"
        "“十五五”时期在临江发展进程中具有承前启后的重要地位。"
        "我国发展处于战略机遇和风险挑战并存、外部冲击风险上升的时期,但长期向好的支撑条件没有变。"
        "临江既面临国家支持沿海开放等难得的历史性机遇,也面临土地要素紧缺、发展动能减弱、"
        "人口红利消退等新的“成长的烦恼”。临江跨越万亿新起点后,城市吸引力显著提升,特色优势不断厚植。\n"
        "第三章 主要任务\n第一节 加快发展现代服务业\n",
    )
    assert {"外部冲击风险上升", "土地要素紧缺", "发展动能减弱", "人口红利消退"} <= labels(
        x, "Challenge"
    )
    assert "国家支持沿海开放" in labels(x, "Opportunity")
    assert "城市吸引力显著提升" in labels(x, "Opportunity")
    assert not any(
        "并存" in c or "新起点" in c for c in labels(x, "Challenge") | labels(x, "Opportunity")
    )


def test_well_known_firms_named_by_short_name_are_enterprises_and_their_trade_no_sector(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    """The curated firms (data/vocab/enterprises.yaml) are found by their short names; a firm's
    name before 产业 ("依托宝钢产业基础") names the firm, not an industry."""
    x = _extract(
        tmp_path,
        "临江市2026年政府工作报告\n一、2025年工作回顾\n"
        "产业能级持续提升。比亚迪、宁德时代项目建成投产,海康威视研发中心落地。"
        "依托宝钢产业基础,发展高端新材料。\n",
    )
    assert {"比亚迪", "宁德时代", "海康威视", "宝钢"} <= labels(x, "Enterprise")
    assert not {i for i in labels(x, "Industry") if "宝钢" in i}


def test_a_share_or_a_size_before_a_sector_is_no_part_of_its_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市2026年政府工作报告\n一、2025年工作回顾\n"
        "经济结构持续优化。现代服务业增加值超1.6万亿元,占第三产业增加值比重67.6%。"
        "新开工1亿元以上服务业固投类项目147个。稳妥处置涉众金融、房地产领域风险。\n",
    )
    industries = labels(x, "Industry")
    assert not {i for i in industries if "亿元" in i or i.startswith(("占", "稳妥"))}, industries


def test_around_the_universities_names_no_university(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市2026年政府工作报告\n一、2026年重点工作\n(一)强化科技创新。"
        "巩固拓展环大学环重大科创平台创新生态圈,支持临江大学建设。\n",
    )
    organizations = labels(x, "Organization")
    assert "环大学" not in organizations
    assert "临江大学" in organizations


def test_old_towns_wetlands_waterfronts_and_business_districts_are_zones(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """古镇, 老街, 湿地, 滨江, 水岸(带), 休闲区, CBD, 工业区 end zones' names after a proper word; a
    title the city wins (荣膺国际湿地城市) names none."""
    x = _extract(
        tmp_path,
        "临江市2026年政府工作报告\n一、2025年工作回顾\n"
        "城市品质持续提升。沙湾古镇、西门街老街建成开放,海珠湿地、临江滨江贯通,"
        "琶洲CBD加快建设,荣膺国际湿地城市。苏河水岸带、新杨工业区管网全覆盖。\n",
    )
    zones = labels(x, "Zone")
    assert {"沙湾古镇", "西门街老街", "海珠湿地", "琶洲CBD", "苏河水岸带", "新杨工业区"} <= zones
    assert not {z for z in zones if "荣膺" in z or z == "国际湿地"}


def test_steps_of_a_timetable_given_by_deadlines_start_after_the_step_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """docs/annotation.md: a phase stated only by its deadline starts the month after the phase
    before it ends; written as sentences as when written as headings."""
    x = _extract(
        tmp_path,
        "2026年临江区城市体检工作方案\n一、工作任务\n(一)开展住房体检。\n三、时间安排\n"
        "2025年11月至12月,完成体检方案编制和数据采集。2026年3月底前,完成体检评估报告。"
        "2026年6月底前,完成成果应用。\n四、工作要求\n(一)加强组织领导。\n",
    )
    dated = _phase_dates(x)
    assert dated == {
        "完成体检方案编制和数据采集": ("2025-11", "2025-12"),
        "完成体检评估报告": ("2026-01", "2026-03"),
        "完成成果应用": ("2026-04", "2026-06"),
    }


def test_a_bodys_role_in_a_task_and_its_short_name_end_the_name_before_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "区更新办牵头区城市更新领导小组…", "区商务委负责…商办", "(以下简称区更新办)": each body
    alone, the short name the office's; 商办 (commercial offices) is no office."""
    x = _extract(
        tmp_path,
        "临江区城市更新实施意见\n一、主要职责\n(一)领导小组。区城市更新领导小组下设办公室"
        "(以下简称区更新办),设在区建设管理委。区更新办牵头区城市更新领导小组日常工作。"
        "区商务委负责贯彻落实市级商业商办更新政策。\n",
    )
    bodies = labels(x, "GovernmentBody")
    assert {"区商务委", "区城市更新领导小组下设办公室"} <= bodies, bodies
    office = next(e for k, e in x.entities.items() if k.label == "区城市更新领导小组下设办公室")
    assert "区更新办" in office.aliases  # the short name the text gives it
    assert not {
        b for b in bodies if "牵头" in b or "负责" in b or "简称" in b or b.endswith("商办")
    }


def test_fields_of_expertise_and_guidance_to_a_trade_name_no_sector(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "建立区级涉及规划、人居环境、经济、商务等多个领域的专家委员会": fields, not sectors (and
    涉及 is a word, no list's 及); "对…城市更新活动给予行业指导": no sector named."""
    x = _extract(
        tmp_path,
        "临江区城市更新实施意见\n一、主要任务\n(一)组建专家委员会。"
        "建立区级涉及规划、人居环境、市政设施、经济、商务等多个领域的城市更新专家委员会。"
        "对产业升级类城市更新活动给予行业指导。\n",
    )
    assert not labels(x, "Industry"), labels(x, "Industry")


def test_a_district_before_a_landmark_stays_a_place_of_its_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市2026年政府工作报告\n一、2025年工作回顾\n"
        "城市更新扎实推进。推广麒麟区西门街老街有机更新模式,微改造一批老旧街区。\n",
    )
    assert "西门街老街" in labels(x, "Zone")
    assert "麒麟区" in labels(x, "AdministrativeArea")


def test_a_phase_heading_given_by_the_end_of_a_month_starts_after_the_one_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "2026年临江区城市体检工作方案\n一、工作任务\n(一)开展住房体检。\n二、时间安排\n"
        "(一)前期准备(2025年11月—12月)。制定工作方案。\n(二)体检评估(2026年1月—3月)。开展评估。\n"
        "(三)成果应用(2026年6月底前)。形成报告。\n三、工作要求\n(一)加强组织领导。\n",
    )
    dated = _phase_dates(x)
    assert dated["成果应用"] == ("2026-04", "2026-06")


def test_the_fields_a_sector_develops_are_its_branches(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "航空产业重点发展航空维修、低轨卫星等领域": the listed fields are sectors, whatever their
    heads; "建立涉及规划、经济等多个领域的委员会" lists fields of expertise, no sectors."""
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n第三章 做强先进制造业\n第一节 培育新兴产业\n"
        "航空产业重点发展航空维修、模拟机制造等领域。商业航天产业重点发展火箭制造、低轨卫星等领域。"
        "建立涉及规划、经济等多个领域的专家委员会。\n",
    )
    industries = labels(x, "Industry")
    assert {"航空维修", "低轨卫星"} <= industries, industries
    assert not {"规划", "经济"} & industries


def test_national_concepts_carbon_peaking_and_the_delta_by_its_strategy_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市2026年政府工作报告\n一、2026年重点工作\n(一)推动绿色转型。"
        "积极稳妥推进碳达峰,加快公园城市建设,深入践行人民城市理念,全面融入长三角一体化发展。\n",
    )
    concepts = labels(x, "PolicyConcept")
    assert {"碳达峰", "公园城市", "人民城市理念", "长三角一体化"} <= concepts, concepts


def test_a_quoted_name_before_linian_names_the_philosophy(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市2026年政府工作报告\n一、2026年重点工作\n(一)推动绿色转型。深入践行“两山”理念,协同推进降碳减污。\n",
    )
    aliases = {k.label: e.aliases for k, e in x.entities.items() if k.cls == "PolicyConcept"}
    assert "“两山”理念" in aliases["两山"]  # the philosophy by its full name, as 人工智能+ 行动


def test_division_cells_of_a_task_table_with_a_lead_column_are_bodies(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A task table copied one cell a line, with a header cell 牵头: the cells naming a bureau's
    divisions (设施养护处, 客运处、港监处) are government bodies; without such a column, no."""
    table = (
        "附件:任务清单\n任务\n重点任务\n牵头\n部门\n配合\n部门\n"
        "(1)建设精品道路300条。\n建设精品道路100条。\n设施养护处\n各相关部门和单位\n"
        "(2)提升水上客运服务。\n优化航线。\n客运处、港监处\n各区\n"
    )
    x = _extract(tmp_path, "临江市交通领域三年行动计划\n一、主要任务\n(一)改善道路环境。\n" + table)
    assert {"设施养护处", "客运处", "港监处"} <= labels(x, "GovernmentBody")
    plain = _extract(
        tmp_path, "临江市交通领域三年行动计划\n一、主要任务\n(一)改善道路环境。\n设施养护处\n"
    )
    assert "设施养护处" not in labels(plain, "GovernmentBody")


def test_technologies_applied_in_a_trade_are_no_sectors(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市交通领域三年行动计划\n一、主要任务\n(一)强化场景应用。"
        "加强互联感知、数据分析和智能决策等技术在交通行业日常管理中的应用。\n",
    )
    assert not {"数据分析", "智能决策", "互联感知"} & labels(x, "Industry")


_TASK_TABLE = (
    "临江区港口建设工作方案\n一、主要任务\n(一)建设港口设施\n推进港口建设。\n二、工作要求\n"
    "(一)加强组织领导\n各部门要高度重视。\n"
    "临江区港口建设任务分解表\n序号\n内容\n牵头部门\n配合部门\n2024年工作任务\n2025年工作计划\n备注\n"
    "一、建设港口设施\n1\n推进码头改造\n规划处\n建设处\n"
    "1.编制码头改造方案,报送区发展改革委。\n2.启动一期工程。\n"
    "1.完成一期工程。\n2.启动二期工程。\n"
    "2\n运输处\n—\n推进岸电建设,完成10套。\n推进岸电建设,完成20套。\n"
    "二、提升港口服务\n3\n优化通关服务\n口岸处\n—\n开展通关便利化改革。\n深化通关便利化改革。\n"
)


def test_a_task_table_pasted_a_cell_a_line_lists_its_tasks_steps_bodies_and_years(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    """序号 / 内容 / 牵头部门 / 配合部门 / 2024年工作任务 / 2025年工作计划: each row's task under
    its part row, each step under the task (row 2's task cell is merged with row 1's), led by the
    row's bodies, in the phase of its column."""
    x = _extract(tmp_path, _TASK_TABLE, "临江区港口建设工作方案.txt")
    part_of = related(x, "partOf")
    assert ("推进码头改造", "建设港口设施") in part_of
    assert ("优化通关服务", "提升港口服务") in part_of
    assert {
        ("编制码头改造方案", "推进码头改造"),
        ("启动一期工程", "推进码头改造"),
        ("完成一期工程", "推进码头改造"),
        ("推进岸电建设,完成10套", "推进码头改造"),  # two steps open alike: up to the figure
        ("开展通关便利化改革", "优化通关服务"),
    } <= part_of
    in_phase = related(x, "inPhase")
    assert {
        ("编制码头改造方案", "2024年工作任务"),
        ("启动二期工程", "2025年工作计划"),
        ("推进岸电建设,完成20套", "2025年工作计划"),
    } <= in_phase
    assert ("编制码头改造方案", "2025年工作计划") not in in_phase
    assert _phase_dates(x)["2024年工作任务"] == ("2024", "2024")
    responsible = related(x, "responsibleBody")
    assert {
        ("推进码头改造", "规划处"),
        ("完成一期工程", "建设处"),
        ("推进岸电建设,完成10套", "运输处"),
    } <= responsible
    assert ("开展通关便利化改革", "运输处") not in responsible
    # the safeguard before the table does not run on into its rows
    assert not {r for r in related(x, "involves") if r[0] == "加强组织领导"}
    assert "一期工程" not in {k.label for k in x.entities if k.cls == "Phase"}


def test_a_list_of_tasks_by_area_without_bodies_is_a_task_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """序号 / 主要领域 / 重点任务或项目: each row's task is a measure (its first clause when it is
    a sentence), in the area of its row's field cell, or of the row above's where it is merged."""
    x = _extract(
        tmp_path,
        "临江区历史风貌保护规划\n一、主要任务\n(一)推进风貌区更新。加快更新。\n"
        "附件2:\n临江区重点任务与项目清单\n序号\n主要领域\n重点任务或项目\n1\n滨江历史文化风貌区\n"
        "滨江·中央(179街坊)\n2\n国际医疗中心\n3\n城南历史文化风貌区\n推动豫园一期改造升级,打造三大主题片区。\n",
    )
    assert {"滨江·中央(179街坊)", "国际医疗中心", "推动豫园一期改造升级"} <= labels(x, "Measure")
    zones = related(x, "buildsOnZone")
    assert {
        ("滨江·中央(179街坊)", "滨江历史文化风貌区"),
        ("国际医疗中心", "滨江历史文化风貌区"),  # merged with row 1's field cell
        ("推动豫园一期改造升级", "城南历史文化风貌区"),
    } <= zones
    assert ("国际医疗中心", "城南历史文化风貌区") not in zones
    assert "国际医疗中心" not in labels(x, "Organization") | labels(x, "GovernmentBody")


def test_a_table_of_powers_and_duties_is_no_task_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """序号 / 权力责任名称 / 行使主体 / 设定依据: no column of tasks, so no steps from its cells."""
    x = _extract(
        tmp_path,
        "临江区公路养护改革实施方案\n一、主要任务\n(一)理顺管理体制\n推进改革。\n附件1\n"
        "临江区公路养护权力和责任清单\n序号\n权力责任名称\n行使主体\n设定依据\n"
        "1\n公路的具体管理\n区交通委\n1.《中华人民共和国公路法》第八条。\n"
        "2\n公路的规划编制\n区交通委\n1.《中华人民共和国公路法》第十四条。\n",
    )
    assert not {m for m in labels(x, "Measure") if "公路法" in m or m == "公路的具体管理"}


# A spatial plan's action: its own aims (1.行动目标) and its tasks under a heading that only
# groups them (2.行动任务 > 一是…).
_ACTION = (
    "临江区国土空间近期规划\n一、行动任务\n(一)全力推进滨江更新行动\n1.行动目标\n"
    "加强滨江地区在全市发展中的作用,提升滨江功能,高标准推进两岸更新。"
    "至2030年,滨江两岸协同联动取得实质性进展,基本形成“一带多点”的空间格局。\n2.行动任务\n"
    "一是推动岸线贯通。加快建设滨江绿道。\n二是提升滨江功能。引进总部企业。\n"
)


def test_the_aims_of_an_action_are_its_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """（一）…行动 > 1.行动目标 (至2030年,A,B。): A and B are goals, part of the action, not only
    the figures a task sets itself."""
    part_of = related(_extract(tmp_path, _ACTION), "partOf")
    assert ("滨江两岸协同联动取得实质性进展", "全力推进滨江更新行动") in part_of
    assert ("基本形成“一带多点”的空间格局", "全力推进滨江更新行动") in part_of


def test_an_item_under_a_group_inside_an_element_is_part_of_that_element(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """（一）…行动 > 2.行动任务 > 一是…: 行动任务 only groups the action's tasks, which are parts
    of the action."""
    part_of = related(_extract(tmp_path, _ACTION), "partOf")
    assert ("推动岸线贯通", "全力推进滨江更新行动") in part_of
    assert ("提升滨江功能", "全力推进滨江更新行动") in part_of


def test_a_task_tables_deadline_column_dates_its_tasks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """序号 / 工作任务 / 具体措施 / 责任单位 / 完成时限: the step is part of the task, the row's
    body is responsible, and the deadline cell sets both their target year."""
    x = _extract(
        tmp_path,
        "临江区岸电建设工作方案\n一、主要任务\n(一)推进岸电建设\n推进岸电建设。\n"
        "临江区岸电建设任务清单\n序号\n工作任务\n具体措施\n责任单位\n完成时限\n"
        "1\n推进港口岸电改造\n完成10套岸电设施建设。\n区交通委\n2025年底前\n"
        "2\n推进船舶受电改造\n完成50艘船舶改造。\n区交通委\n2026年6月\n",
    )
    assert {("完成10套岸电设施建设", "推进港口岸电改造")} <= related(x, "partOf")
    assert ("推进船舶受电改造", "区交通委") in related(x, "responsibleBody")
    years = {(k.label, y) for k, y, _ in x.target_years}
    assert {("推进港口岸电改造", "2025"), ("完成50艘船舶改造", "2026")} <= years


def test_a_change_of_standing_and_a_push_to_a_figure_are_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "到2030年,竞争力大幅提升,成为…引擎": a change the plan sets; "推动X规模突破300亿元":
    a figure the task pushes to; what the goals bring about (带动全区发展) is none."""
    x = _extract(
        tmp_path,
        "临江区发展规划\n一、主要任务\n(一)做强港口产业\n推进港口建设。到2030年,港航产业竞争力"
        "大幅提升,成为全国港口经济的重要引擎,带动全区发展。推动港航产业规模突破300亿元,"
        "健全港口服务体系。近年来,推动港口吞吐量突破3亿吨。\n",
    )
    goals = labels(x, "Goal")
    assert {"港航产业竞争力大幅提升", "成为全国港口经济的重要引擎"} <= goals
    assert any(g.endswith("港航产业规模突破300亿元") for g in goals)
    assert not any("带动" in g or "健全" in g for g in goals)
    assert not any("吞吐量" in g for g in goals)  # what the years before achieved
    assert ("成为全国港口经济的重要引擎", "做强港口产业") in related(x, "partOf")


def test_a_work_arrangement_whose_items_each_end_with_their_time_is_a_timetable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区城市体检工作方案\n2024年2月20日\n一、工作安排\n(一)启动部署(2024年第一季度)。制定方案。\n"
        "(二)全面体检(2024年二季度至三季度)。开展体检。\n(三)总结评估(2025年上半年)。开展评估。\n"
        "二、保障措施\n(一)加强组织领导。\n",
    )
    assert _phase_dates(x) == {
        "启动部署": ("2024-01", "2024-03"),
        "全面体检": ("2024-04", "2024-09"),
        "总结评估": ("2025-01", "2025-06"),
    }
    assert not labels(x, "Measure") & {"启动部署", "全面体检", "总结评估"}


def test_a_stage_headed_by_months_alone_is_called_by_the_name_after_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "关于开展交通秩序整治的工作方案\n2023年3月10日\n一、整治内容\n(一)整治违法停车。\n二、时间安排\n"
        "(一)3月上旬至3月下旬:宣传发动。制定方案。\n(二)4月至9月:集中整治。开展整治行动。\n"
        "(三)10月:总结评估。\n三、工作要求\n(一)加强领导。\n",
    )
    assert _phase_dates(x) == {
        "宣传发动": ("2023-03", "2023-03"),
        "集中整治": ("2023-04", "2023-09"),
        "总结评估": ("2023-10", "2023-10"),
    }


def test_stages_start_at_a_copys_front_matter_date_or_when_they_say_they_start(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "---\n标题: 关于开展违法用地整治的实施方案\n发布日期: 2023-03-15\n---\n"
        "# 关于开展违法用地整治的实施方案\n一、工作任务\n(一)全面排查。\n二、时间安排\n"
        "1.准备阶段:即日起至2023年5月底。制定方案。\n2.集中整治阶段:2023年6月—2024年6月。开展整治。\n"
        "3.验收阶段(2024.07—2024.09)。组织验收。\n三、推进步骤\n(一)试点阶段(2024年10月起)。试点。\n"
        "(二)推广阶段(2025年3月起)。推广。\n四、工作要求\n(一)加强领导。\n",
    )
    assert _phase_dates(x) == {
        "准备阶段": ("2023-03", "2023-05"),
        "集中整治阶段": ("2023-06", "2024-06"),
        "验收阶段": ("2024-07", "2024-09"),
        "试点阶段": ("2024-10", "2025-02"),
        "推广阶段": ("2025-03", "2025-03"),
    }


def test_stages_start_at_the_date_a_web_pages_chrome_gives(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "首页 > 政务公开\n发布时间:2024-03-05 09:30\n关于开展燃气安全整治的工作方案\n"
        "一、时间安排\n(一)动员部署阶段(即日起至3月底)。制定方案。\n"
        "(二)集中整治阶段(4月至10月)。开展排查。\n",
    )
    assert _phase_dates(x) == {
        "动员部署阶段": ("2024-03", "2024-03"),
        "集中整治阶段": ("2024-04", "2024-10"),
    }
    from builder.load import front_matter_month

    # a date to the day: a line that gives a task's time (时间:2023年5月至10月) is none
    assert front_matter_month(["时间:2023年5月至10月", "一、实施步骤"]) == ""
    assert front_matter_month(["成文日期:2024年03月05日", "一、实施步骤"]) == "2024-03"


def test_a_phase_headed_by_its_date_and_step_is_also_called_by_the_step(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区数字化转型行动方案\n一、进度安排\n1.2024年3月底前,完成方案编制。\n"
        "2.2024年6月底前,完成试点建设。\n",
    )
    phases = {k.label: e.aliases for k, e in x.entities.items() if k.cls == "Phase"}
    assert "完成方案编制" in phases["2024年3月底前,完成方案编制"]
    assert "完成试点建设" in phases["2024年6月底前,完成试点建设"]


def test_one_sentence_that_dates_each_stage_clause_by_clause(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "关于开展燃气安全整治的工作方案\n一、时间安排\n整治自2024年3月开始,3月至5月为排查阶段,"
        "6月至10月为整治阶段,11月至12月为验收阶段。\n",
    )
    assert _phase_dates(x) == {
        "排查阶段": ("2024-03", "2024-05"),
        "整治阶段": ("2024-06", "2024-10"),
        "验收阶段": ("2024-11", "2024-12"),
    }
    # months without a year are of the notice's date, which a web page gives above the text
    x = _extract(
        tmp_path,
        "发布时间:2024-03-05\n关于开展燃气安全整治的工作方案\n一、时间安排\n"
        "3月至5月为排查阶段,6月至10月为整治阶段。\n",
    )
    assert _phase_dates(x) == {
        "排查阶段": ("2024-03", "2024-05"),
        "整治阶段": ("2024-06", "2024-10"),
    }
    # after a lead that counts the stages, on the same line
    x = _extract(
        tmp_path,
        "关于开展燃气安全整治的工作方案\n一、时间安排\n整治工作分三个阶段进行:2024年3月至5月为排查阶段,"
        "6月至10月为整治阶段,11月至12月为总结阶段。\n",
    )
    assert _phase_dates(x) == {
        "排查阶段": ("2024-03", "2024-05"),
        "整治阶段": ("2024-06", "2024-10"),
        "总结阶段": ("2024-11", "2024-12"),
    }
    # a clause that would start before the one before ends is of the next year
    x = _extract(
        tmp_path,
        "关于开展燃气安全整治的工作方案\n一、时间安排\n2024年11月至12月为排查阶段,"
        "1月至3月为整治阶段。\n",
    )
    assert _phase_dates(x) == {
        "排查阶段": ("2024-11", "2024-12"),
        "整治阶段": ("2025-01", "2025-03"),
    }


def test_stage_dates_in_chinese_numerals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "关于开展燃气安全整治的工作方案\n一、实施步骤\n(一)动员部署阶段(二○二四年三月)。制定方案。\n"
        "(二)集中整治阶段(二〇二四年四月至十月)。开展排查。\n",
    )
    assert _phase_dates(x) == {
        "动员部署阶段": ("2024-03", "2024-03"),
        "集中整治阶段": ("2024-04", "2024-10"),
    }


def test_the_short_aims_of_a_reports_paragraph_on_its_own_conduct_are_safeguards(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市政府工作报告\n一、2026年重点工作\n(一)大力提振消费。实施提振消费专项行动。\n"
        "各位代表,完成今年目标任务,必须把政府自身建设得更加坚强有力。要锻造对党忠诚的政治品格。"
        "坚定拥护“两个确立”,不折不扣落实市委决策部署。要恪守依法行政的基本准则。自觉接受市人大"
        "及其常委会法律监督。\n",
    )
    assert labels(x, "Safeguard") == {"锻造对党忠诚的政治品格", "恪守依法行政的基本准则"}
    assert ("恪守依法行政的基本准则", "市人大") in related(x, "involves")
    assert ("锻造对党忠诚的政治品格", "市人大") not in related(x, "involves")


def test_a_goals_prose_states_reached_step_by_step_are_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江镇文物保护规划\n一、总体要求\n(一)主要目标\n在“十四五”时期,形成文物事业发展新格局。"
        "文物保护管理体系逐渐健全,文物资源得到系统梳理,文物保护利用效率逐步提升。\n"
        "二、主要任务\n(一)健全文物治理体系。完善管理体系。\n",
    )
    assert {"文物保护管理体系逐渐健全", "文物保护利用效率逐步提升"} <= labels(x, "Goal")


def test_a_lead_into_targets_is_no_target_of_its_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区城市管理“十四五”规划\n三、发展目标\n到“十四五”末,全区城市管理精细化水平显著提升。\n"
        "具体指标:生活垃圾回收利用率达到45%;道路保洁机械化率达到95%。\n四、主要任务\n(一)提升市容环境。\n",
    )
    goals = labels(x, "Goal")
    assert {"生活垃圾回收利用率达到45%", "道路保洁机械化率达到95%"} <= goals
    assert "具体指标" not in goals


def test_a_task_list_row_without_bodies_shares_the_cell_merged_from_the_row_above(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """工作任务 | 推进单位: a row without a cell of bodies has it merged with the row above's
    (never across an action's part row); a group company leads tasks too; a task written as
    sentences is called by its first clause and involves what the rest of its cell names."""
    x = _extract(
        tmp_path,
        "临江区城市更新行动方案\n附件\n临江区城市更新行动重点任务清单\n任务类型\n序号\n工作任务\n推进单位\n"
        "行动一:重塑美丽新居行动\n旧区改造\n1\n全面完成零星旧里改造\n区房管局、临江置业集团\n"
        "旧住房更新改造\n2\n推进老旧住房成套改造,重点推进张江科学城更新。\n"
        "行动二:点燃商业新擎行动\n3\n推动临江商圈升级\n",
    )
    responsible = related(x, "responsibleBody")
    assert {
        ("全面完成零星旧里改造", "区房管局"),
        ("全面完成零星旧里改造", "临江置业集团"),
        ("推进老旧住房成套改造", "区房管局"),
        ("推进老旧住房成套改造", "临江置业集团"),
    } <= responsible
    assert not {body for task, body in responsible if task == "推动临江商圈升级"}
    assert "推进老旧住房成套改造" in labels(x, "Measure")
    assert ("推进老旧住房成套改造", "张江科学城") in related(x, "buildsOnZone")


def test_targets_a_named_set_leads_into_are_goals_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "实现“三个明显”:A、B、C": the set's name leads into three targets, each a state reached
    (even where segmentation reads 明显改善 as a name)."""
    x = _extract(
        tmp_path,
        "临江区城市更新三年行动计划\n一、总体目标\n通过三年努力,实现“三个明显”:城市面貌明显改善、"
        "功能品质明显提升、群众获得感明显增强。\n二、重点任务\n(一)推进旧区改造。加快推进。\n",
    )
    assert {"城市面貌明显改善", "功能品质明显提升", "群众获得感明显增强"} <= labels(x, "Goal")


def test_the_bodies_a_breakdowns_note_says_host_and_assist_are_responsible(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A task breakdown (分解落实方案) notes who hosts each task and who assists: "(区商务局主办,
    相关街道协办)"."""
    x = _extract(
        tmp_path,
        "临江区2025年区政府主要工作目标任务分解落实方案\n一、聚力提振消费需求\n"
        "1.推进老旧小区改造20个。(区住房城乡建设局、区房管局主办,各街道协办)\n"
        "2.培育高新技术企业50家。(区科技局主办)\n3.建成口袋公园10座。(主办单位:区绿化市容局)\n",
    )
    responsible = related(x, "responsibleBody")
    assert {
        ("推进老旧小区改造20个", "区住房城乡建设局"),
        ("推进老旧小区改造20个", "区房管局"),
        ("培育高新技术企业50家", "区科技局"),
        ("建成口袋公园10座", "区绿化市容局"),
    } <= responsible


def test_targets_on_the_lines_after_a_work_reports_lead_are_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "主要预期目标是:" ending its paragraph leads into the next; with a target a line, each line
    but the last ending in ";", the lines after it too, and no further."""
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n三、2026年的重点工作\n今年是“十五五”开局之年。"
        "2026年经济社会发展的主要预期目标是:\n地区生产总值增长5%左右;\n城镇调查失业率5.5%左右;\n"
        "居民消费价格涨幅2%左右。\n实现这些目标需要付出艰苦努力,物价总水平基本稳定。\n"
        "(一)大力提振消费。实施提振消费专项行动。\n",
    )
    goals = labels(x, "Goal")
    assert {"地区生产总值增长5%左右", "城镇调查失业率5.5%左右", "居民消费价格涨幅2%左右"} <= goals
    assert not any("物价" in goal for goal in goals)


def test_bodies_a_task_says_lead_it_are_responsible_for_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "由A牵头", "A、B负责…", "A会同B…": A (and B of the run) lead the task; a body that only
    supports it, or the one A works with, is involved; "A牵头,B、C配合" makes all three
    responsible, as the same words in a note do."""
    x = _extract(
        tmp_path,
        "临江市人民政府关于推进城市更新的实施意见\n二、重点任务\n"
        "(一)推进老旧小区改造。由市住房城乡建设委牵头,完成改造200万平方米。\n"
        "(二)推动园区提质增效。市经济信息化委、市商务委负责推动转型升级,市财政局予以支持。\n"
        "(三)优化营商环境。市发展改革委会同市市场监管局推进改革。\n"
        "(四)稳定粮食生产。市农业农村委牵头,市财政局、市规划资源局配合。\n"
        "(五)盘活存量资产。市国资委配合开展清查。\n"  # no lead: the body that helps is involved
        "(六)优化审批服务。由市政务办牵头,市司法局、市数据局等部门配合。\n"
        "(七)强化执法监管。市市场监管局牵头,市公安局、市城管执法局按职责分工负责。\n",
    )
    assert related(x, "responsibleBody") == {
        ("推进老旧小区改造", "市住房城乡建设委"),
        ("推动园区提质增效", "市经济信息化委"),
        ("推动园区提质增效", "市商务委"),
        ("优化营商环境", "市发展改革委"),
        ("稳定粮食生产", "市农业农村委"),  # and those it has work with it, as a note would
        ("稳定粮食生产", "市财政局"),
        ("稳定粮食生产", "市规划资源局"),
        ("优化审批服务", "市政务办"),
        ("优化审批服务", "市司法局"),  # 等部门配合: the same role
        ("优化审批服务", "市数据局"),
        ("强化执法监管", "市市场监管局"),
        ("强化执法监管", "市公安局"),  # 按职责分工负责: each in its own remit
        ("强化执法监管", "市城管执法局"),
    }
    assert {("推动园区提质增效", "市财政局"), ("盘活存量资产", "市国资委")} <= related(
        x, "involves"
    )


def test_a_weakness_stated_by_falling_below_or_lacking_is_a_bottleneck(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区“十五五”产业发展规划\n一、发展基础\n(二)存在问题\n"
        "一是创新能力不足,研发投入强度低于全市平均水平;二是人才储备欠缺,高端人才缺乏。\n"
        "三、主要任务\n(一)发展先进制造业。加快发展。\n",
    )
    assert {"研发投入强度低于全市平均水平", "人才储备欠缺", "高端人才缺乏"} <= labels(
        x, "Bottleneck"
    )


def test_a_timetables_sentence_of_dated_steps_apart_by_semicolons_lists_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区数字化转型三年行动方案\n五、进度安排\n2024年3月底前,完成方案制定;"
        "2024年12月底前,完成首批场景建设;2025年底前,全面完成建设任务。\n",
    )
    assert phase_dates(x) == {
        "完成方案制定": Interval("2024-03", "2024-03"),
        "完成首批场景建设": Interval("2024-04", "2024-12"),
        "全面完成建设任务": Interval("2025-01", "2025-12"),
    }


def test_the_vision_for_a_later_year_sets_goals_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "在此基础上再奋斗五年,到二〇三五年A,B。" after the period's goals: its clauses are goals
    (as most dev annotations take them); "展望未来,我们充满信心。" names no year and sets none."""
    x = _extract(
        tmp_path,
        "中共临江市委关于制定临江市国民经济和社会发展第十五个五年规划的建议\n一、主要目标\n"
        "今后五年临江经济社会发展的主要目标是:\n——高质量发展迈上新台阶。经济增长保持合理区间。\n"
        "在此基础上再奋斗五年,到二〇三五年经济实力、科技实力、综合实力大幅跃升,"
        "城乡差距、区域差距、收入差距显著缩小,高水平基本实现社会主义现代化。到那时,人民更加幸福。\n"
        "展望未来,我们充满信心。\n二、主要任务\n(一)做强先进制造业。推动集成电路发展。\n",
    )
    goals = labels(x, "Goal")
    assert {
        "经济实力、科技实力、综合实力大幅跃升",
        "城乡差距、区域差距、收入差距显著缩小",
        "高水平基本实现社会主义现代化",
    } <= goals
    assert not {"到那时", "我们充满信心"} & goals


@pytest.mark.parametrize(
    "para",
    [
        "从挑战看,我市发展不平衡不充分问题仍然突出,主要表现在:一是科技成果本地转化率偏低;"
        "二是高端人才供给不足。",
        "从挑战看,外部环境不确定性上升。我市发展不平衡不充分问题仍然突出,主要表现在:"
        "一是科技成果本地转化率偏低;二是高端人才供给不足。",
    ],
)
def test_the_lead_into_counted_troubles_is_no_part_of_the_first(tmp_path, para: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(tmp_path, f"临江市发展规划\n第一章 面临形势\n{para}\n")
    situation = {k.label for k in x.entities if k.cls in ("Challenge", "Bottleneck", "Opportunity")}
    assert {"科技成果本地转化率偏低", "高端人才供给不足"} <= situation
    assert not any("表现在" in label for label in situation)


@pytest.mark.parametrize(
    "standing",
    ["问题仍然突出", "问题依然突出", "问题较为突出", "问题比较突出", "问题突出", "问题仍较突出"],
)
def test_items_after_a_lead_on_standing_problems_are_bottlenecks(tmp_path, standing: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        f"临江市发展规划\n第一章 面临形势\n从挑战看,外部环境不确定性上升,产业链供应链安全风险加大。我市发展不平衡不充分{standing},"
        "主要表现在:一是科技成果本地转化率偏低;二是高端人才供给不足。\n",
    )
    items = {"科技成果本地转化率偏低", "高端人才供给不足"}
    assert items <= labels(x, "Bottleneck")
    assert not items & labels(x, "Opportunity")


@pytest.mark.parametrize(
    ("name", "text", "year"),
    [
        (
            "南山县2026年政府工作报告.txt",
            "一、2025年和“十四五”工作回顾\n过去五年,全县地区生产总值年均增长6.8%。\n二、2026年目标任务\n"
            "今年政府工作的主要预期目标是:地区生产总值增长6%左右。\n",
            "2026",
        ),
        (
            "东湖区2026年政府工作报告.txt",
            "二、2026年工作安排\n2026年经济社会发展的主要预期目标是:地区生产总值增长5.5%左右。\n",
            "2026",
        ),
        (
            "白水县2025年政府工作报告.txt",
            "一、2025年主要目标\n地区生产总值增长6%左右。到2027年,全县地区生产总值突破350亿元。\n",
            "2025",
        ),
        (
            "临江市政府工作报告.txt",
            "一、2025年工作回顾\n全市经济稳中有进。\n二、2026年重点工作\n(一)扩大有效投资。推进重大项目。\n",
            "2026",
        ),
    ],
)
def test_a_work_report_without_a_period_sets_its_own_years_targets(
    tmp_path, name: str, text: str, year: str
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(tmp_path, text, name)
    assert {y for k, y, _ in x.target_years if k.cls == "Plan"} == {year}
    assert not any(
        k.cls == "Period" and "-" in k.label for k in x.entities
    )  # no 十四五 of the review


def test_a_short_name_in_bare_brackets_or_unquoted_is_the_firms(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市产业发展方案\n一、重点任务\n(一)做强龙头。支持东湖光电科技股份有限公司(东湖光电)扩大产能,"
        "支持临江芯微、东湖光电等企业开发芯片。\n(二)组建平台。组建临江市城市建设投资集团有限公司"
        "(以下简称临江城投),由临江城投负责运营。支持青山智能装备有限公司(集团)、临江水务集团有限公司(水务集团)、"
        "南湖食品有限公司(南方)发展,建设青山经济开发区(青山区)。\n",
    )
    aliases = {k.label: e.aliases for k, e in x.entities.items()}
    assert "东湖光电" in aliases["东湖光电科技股份有限公司"]
    assert "临江城投" in aliases["临江市城市建设投资集团有限公司"]
    assert "集团" not in aliases["青山智能装备有限公司"]  # a form, no short name
    assert "水务集团" not in aliases["临江水务集团有限公司"]  # not the name's own start
    assert "南方" not in aliases["南湖食品有限公司"]  # not the name's characters
    assert "青山区" not in aliases["青山经济开发区"]  # a zone's place, no short name
    assert "东湖光电" not in aliases and "临江芯微" in aliases


def test_the_terms_of_a_plans_goals_are_no_part_of_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "青山区低空经济发展规划\n一、发展目标\n近期(2026—2028年):低空经济规模达到100亿元,引育企业50家。\n"
        "远期(到2035年):低空经济规模突破500亿元。\n",
    )
    years = {(k.label, y) for k, y, _ in x.target_years if k.cls == "Goal"}
    assert years == {
        ("低空经济规模达到100亿元", "2028"),
        ("引育企业50家", "2028"),
        ("低空经济规模突破500亿元", "2035"),
    }


def test_the_goals_of_an_outlook_are_set_for_its_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市国民经济和社会发展第十五个五年规划纲要\n一、主要目标\n到2030年,地区生产总值达到7000亿元左右。\n"
        "展望2035年,基本实现社会主义现代化,人均地区生产总值达到中等发达国家水平。\n",
    )
    years = {(k.label, y) for k, y, _ in x.target_years}
    assert {
        ("地区生产总值达到7000亿元左右", "2030"),
        ("基本实现社会主义现代化", "2035"),
        ("人均地区生产总值达到中等发达国家水平", "2035"),
    } <= years
    assert {y for k, y, _ in x.target_years if k.cls == "Plan"} == {"2030"}  # its period's end


def test_a_note_that_only_names_bodies_after_a_task_names_who_is_responsible(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "…。(区投促中心、各街镇)": a note after a task whose members are bodies of a level (and
    bodies of a kind) says who carries it out; a bracket of other words is no such note."""
    x = _extract(
        tmp_path,
        "临江区低效产业用地行动方案\n一、主要任务\n16.加强招商引资。缩短招商周期。(区投促中心、各街镇)\n"
        "17.把好租赁项目关。建立评估机制。(区经委、区规资局)\n18.推进更新。完善配套(含道路、绿化)。\n",
    )
    responsible = related(x, "responsibleBody")
    assert {
        ("加强招商引资", "区投促中心"),
        ("把好租赁项目关", "区经委"),
        ("把好租赁项目关", "区规资局"),
    } <= responsible
    assert not {body for _task, body in responsible if body.startswith(("各", "含"))}


def test_a_figure_placed_among_the_others_loses_the_word_that_places_it() -> None:
    from builder import lists
    from builder.model import Span

    text = "二是围绕创新驱动,提出5项指标,其中全社会研发经费投入年均增长8%以上。"
    figures = [item.text for item in lists.figure_clauses(Span(0, len(text), text))]
    assert figures == ["全社会研发经费投入年均增长8%以上"]


def test_a_table_a_cell_a_line_with_a_group_column_ends_before_the_next_part(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """板块 heads a column that groups the rows; 第五部分 after the last cell opens the tasks."""
    x = _extract(
        tmp_path,
        "临江区绿化建设“十五五”规划\n第四部分:发展目标和主要指标\n"
        "表2 “十五五”绿化建设主要指标表\n板块\n序号\n指标名称\n属性\n单位\n“十四五”现状\n"
        "“十五五”目标\n绿化\n1\n新建绿地\n约束性\n万平方米\n90\n35\n2\n绿化覆盖率\n约束性\n%\n31\n32\n"
        "市容\n3\n新能源环卫车辆占比\n预期性\n%\n/\n70以上\n第五部分:主要任务\n"
        "坚持以人民为中心,统筹绿化和市容协同发展。\n一、绿化建设增存并举\n推动绿化建设增量提质。\n",
    )
    assert labels(x, "Goal") == {"新建绿地", "绿化覆盖率", "新能源环卫车辆占比"}
    assert labels(x, "Measure") == {"绿化建设增存并举"}


def test_a_table_of_how_the_last_plans_indicators_were_met_sets_no_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区绿化建设“十五五”规划\n第一部分:发展基础\n"
        "表1 临江区绿化建设“十四五”规划指标完成情况一览表\n序号\n类目\n指标名称\n单位\n"
        "“十四五”目标值\n2025年\n指标类型\n完成情况\n1\n绿化建设\n新建绿地\n万平方米\n75\n90\n"
        "约束性\n超额完成\n2\n绿化覆盖率\n%\n30\n31\n约束性\n超额完成\n"
        "第二部分:发展目标\n到2030年,绿化覆盖率达到32%。\n",
    )
    assert labels(x, "Goal") == {"绿化覆盖率达到32%"}


def test_troubles_seen_in_the_lead_clause_of_their_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "我们也清醒看到前进道路上还有不少困难挑战,A,B。C,D;E。": the lead sees and names the
    troubles; its sentence's other clauses and the sentences after it list them."""
    x = _extract(
        tmp_path,
        "临江省政府工作报告\n一、2020年工作回顾\n(一)经济运行持续稳中向好。全省生产总值增长3.9%。\n"
        "同时,我们也清醒看到前进道路上还有不少困难挑战,外部环境依然复杂严峻,疫情影响存在诸多不确定性。"
        "全省发展仍不平衡不充分,科技创新能力不强;营商环境仍需改善。我们一定正视问题,加以解决。\n"
        "二、2021年重点工作\n(一)推进产业升级。建设先进制造业基地。\n",
    )
    assert labels(x, "Challenge") == {"外部环境依然复杂严峻", "疫情影响存在诸多不确定性"}
    assert labels(x, "Bottleneck") == {
        "全省发展仍不平衡不充分",
        "科技创新能力不强",
        "营商环境仍需改善",
    }


def test_a_phase_dated_only_by_its_steps_ends_with_its_last_step(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市市花推广应用三年行动计划(2024-2026年)\n四、计划安排\n(一)制定方案阶段\n"
        "1.2024年8月底前,各区绿化管理部门梳理绿化建设任务。\n2.2024年9月底前,制定专项推广方案。\n"
        "(二)实施阶段\n1.2025年6月底前,实施重点区域市花应用。\n"
        "2.2025年7月至2025年12月,实施新建改建绿地市花应用。\n3.2026年11月底前,启动市花文化公园建设。\n"
        "(三)总结阶段\n2026年12月,各区进行总结分析。\n五、保障措施\n(一)加强领导。\n",
    )
    phases = _phase_dates(x)
    assert phases["制定方案阶段"][1] == "2024-09"
    assert phases["实施阶段"] == ("2024-10", "2026-11")
    assert phases["总结阶段"] == ("2026-12", "2026-12")


def test_troubles_said_to_persist_lead_the_sentences_that_list_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市住房发展“十四五”规划\n一、“十三五”期间发展成果\n(一)住房租赁体系加快构建。新增租赁住房20万套。\n"
        "“十三五”时期,本市住房发展取得了一些成效,但住房发展中不平衡、不充分问题还一定程度存在。"
        "住房供应结构性矛盾有待进一步缓解;住房保障政策供给还需更加精准。\n"
        "二、主要任务\n(一)加快住房建设。\n",
    )
    assert labels(x, "Bottleneck") == {
        "住房供应结构性矛盾有待进一步缓解",
        "住房保障政策供给还需更加精准",
    }


def test_targets_of_a_year_a_floor_and_a_guided_aim_in_a_section_of_aims(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区违法用地综合整治三年行动工作方案\n一、总体目标\n"
        "以国土空间规划为引领,自2024年起至2029年底,对存量违法用地开展综合整治,"
        "力争到2029年底实现产业类违法用地清零。2024年至2026年全区完成5800亩存量违法用地整治。\n"
        "2025年,启动首轮光伏项目竞争配置,规模不低于100万千瓦。\n"
        "二、整治内容\n(一)加强监管。各街镇巡查每周不少于1次。\n",
    )
    assert labels(x, "Goal") == {
        "产业类违法用地清零",
        "全区完成5800亩存量违法用地整治",
        "启动首轮光伏项目竞争配置",
        "规模不低于100万千瓦",
    }


def test_a_policys_grant_sets_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区关于推动专业服务业高质量发展的若干意见\n二、支持内容\n"
        "1.支持重大项目落地。对引进的领军企业,给予单个项目每年不超过1亿元支持。\n"
        "2.支持园区建设。按建设费用的50%给予扶持,扶持总额不超过3000万元。\n"
        "3.培育专业服务机构。力争每年新增专业服务机构50家以上。\n",
    )
    assert labels(x, "Goal") == {"力争每年新增专业服务机构50家以上"}


def test_a_short_name_for_a_kind_of_body_names_no_body(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(以下简称“各单位”) after a list of bodies: "各单位" later is each of them, not the last."""
    x = _extract(
        tmp_path,
        "临江市燃气安全排查整治实施方案\n一、工作任务\n"
        "(一)开展排查。各区市场监管局和市市场监管局执法总队(以下简称“各单位”)要开展排查。\n"
        "(二)落实职责。各单位按职责分工负责。\n",
    )
    linked = {r.subject.label for r in x.relations if r.obj.label == "市市场监管局执法总队"}
    assert "开展排查" in linked
    assert "落实职责" not in linked


def test_figures_by_a_year_in_a_review_are_results_not_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区生态空间建设“十五五”规划\n一、发展基础\n(一)发展成效\n"
        "“十四五”期间各项工作取得显著成效。至2025年,全区绿化覆盖率达到34.33%,人均公园绿地面积达到7.81平方米。\n"
        "1.公园城市格局初成。新建公园20座。\n二、发展目标\n到2030年,全区绿化覆盖率达到35%。\n",
    )
    assert labels(x, "Goal") == {"全区绿化覆盖率达到35%"}


def test_a_baseline_year_a_time_alone_a_dashed_range_and_a_pledge_about_grants(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区2024—2026年违法用地综合整治工作方案\n一、工作目标\n"
        "2024—2026年全区累计完成违法用地整治5800亩。\n2023年,全区共排查违法用地8000亩,整治完成率不低于60%。\n"
        "三年内,全区违法用地总量下降不少于50%。\n二、重点任务\n"
        "(一)支持企业。到2026年,发放创新券补贴覆盖企业达到2000家,给予单个项目不超过100万元支持。\n",
    )
    assert labels(x, "Goal") == {
        "全区累计完成违法用地整治5800亩",
        "全区违法用地总量下降不少于50%",
        "发放创新券补贴覆盖企业达到2000家",
    }


def test_review_followups_basis_title_bracketed_bodies_levels_and_seen_troubles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区海绵城市建设实施方案\n根据《临江市系统化全域推进海绵\n城市建设的实施意见》,制定本方案。\n"
        "一、回顾\n过去一年,全区建设稳中向好。\n"
        "在肯定成绩的同时,我们也清醒看到前进道路上还有不少困难挑战,外部环境不确定性增加,有效需求仍显不足。\n"
        "二、主要任务\n(一)加强统筹。(责任单位:区委统战部、市委宣传部)区委组织部牵头,区、镇两级政府配合。\n",
    )
    based = {r.obj.label for r in x.relations if r.predicate == "basedOn"}
    assert based == {"临江市系统化全域推进海绵城市建设的实施意见"}
    bodies = labels(x, "GovernmentBody")
    assert {"区委统战部", "市委宣传部", "区委组织部"} <= bodies
    assert not {b for b in bodies if ")" in b or "两级" in b}
    assert labels(x, "Challenge") | labels(x, "Bottleneck") == {
        "外部环境不确定性增加",
        "有效需求仍显不足",
    }


def test_a_phase_ends_with_its_last_step_stated_in_one_paragraph_or_counted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for steps in (
        "2024年8月底前,完成梳理;2025年6月底前,完成重点区域应用;2026年11月底前,启动文化公园建设。",
        "一是2024年8月底前,完成梳理。二是2026年11月底前,启动文化公园建设。",
    ):
        x = _extract(
            tmp_path,
            "临江市市花推广应用三年行动计划(2024-2026年)\n四、计划安排\n(一)启动部署阶段\n"
            f"2024年7月,制定方案。\n(二)全面实施阶段\n{steps}\n(三)总结评估阶段\n2026年12月,进行总结。\n",
        )
        assert _phase_dates(x)["全面实施阶段"] == ("2024-08", "2026-11")


def test_an_annex_table_that_repeats_a_safeguard_gives_it_its_bodies(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区2025年优化营商环境工作要点\n一、提升服务效能\n1.优化企业开办服务。压缩开办时间。\n"
        "二、强化要素保障\n2.加大融资支持。扩大普惠贷款规模。\n附件\n重点任务分工表\n"
        "序号 任务 责任单位 完成时限\n1 优化企业开办服务 区市场监管局 2025年6月\n"
        "2 加大融资支持 区金融办、区财政局 2025年12月\n",
    )
    assert "加大融资支持" in labels(x, "Safeguard")
    assert "加大融资支持" not in labels(x, "Measure")  # one item, not a safeguard and a measure
    assert {("加大融资支持", "区金融办"), ("优化企业开办服务", "区市场监管局")} <= related(
        x, "responsibleBody"
    )


@pytest.mark.parametrize(
    "annex",
    [
        "附件 重点任务清单",
        "附件1 重点任务清单",
        "附表 重点任务清单",
        "附表2 重点任务分工",
        "附录 重点项目表",
    ],
)
def test_an_annex_whose_caption_follows_a_space_is_no_part_of_the_last_section(
    tmp_path, annex: str
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "东湖区数字经济发展方案\n一、保障措施\n1.加强统筹协调。建立月调度机制。\n"
        f"{annex}\n序号 任务 责任单位 完成时限\n1 建成东湖人工智能产业园一期 东湖高新区管委会 2026年6月底前\n",
    )
    assert labels(x, "Safeguard") == {"加强统筹协调"}
    assert "建成东湖人工智能产业园一期" in labels(x, "Measure")


@pytest.mark.parametrize("number", ["序号", "序 号"])
def test_a_task_tables_header_row_under_an_item_is_no_task(tmp_path, number: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县人居环境整治工作方案\n一、主要任务\n(一)加强污水治理。推进污水管网建设。\n"
        f"{number} 工作任务 牵头单位 完成时限\n1 新建公厕30座 县农业农村局 2025年10月底\n"
        "2 推进雨污分流改造 县住房和城乡建设局 2025年8月底\n",
    )
    assert labels(x, "Measure") == {"加强污水治理", "新建公厕30座", "推进雨污分流改造"}
    assert ("新建公厕30座", "县农业农村局") in related(x, "responsibleBody")


@pytest.mark.parametrize("task", ["工作任务", "重点事项", "工作内容", "主要措施"])
def test_every_annexed_task_tables_row_is_a_task(tmp_path, task: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县人居环境整治工作方案\n一、主要任务\n(一)加强污水治理。推进污水管网建设。\n附件\n"
        f"序号 {task} 牵头单位 完成时限\n1 新建公厕30座 县农业农村局 2025年10月底\n"
        "2 改造农村道路12公里 县交通运输局 2025年12月底\n",
    )
    assert {("新建公厕30座", "县农业农村局"), ("改造农村道路12公里", "县交通运输局")} <= related(
        x, "responsibleBody"
    )
    x = _extract(  # a table of indicators, with no task and no body, lists no tasks
        tmp_path,
        "白水县人居环境整治工作方案\n一、主要任务\n(一)加强污水治理。推进污水管网建设。\n附件\n"
        "序号 指标 单位 目标值\n1 公厕新建数量 座 30\n",
    )
    assert labels(x, "Measure") == {"加强污水治理"}


def test_a_target_dated_by_its_month_is_a_goal_without_its_date(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市城市更新工作方案\n一、工作目标\n到2025年底,完成旧区改造120个;"
        "到2026年6月,雨污分流改造基本完成。\n到2026年9月底,建成口袋公园30个。\n",
    )
    assert labels(x, "Goal") == {"完成旧区改造120个", "雨污分流改造基本完成", "建成口袋公园30个"}


def test_a_closing_charge_and_a_signature_of_several_issuers_are_no_part_of_the_last_item(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    x = _extract(
        tmp_path,
        "临江市2025年数字经济工作要点\n一、提升数字治理水平\n1.举办数字经济峰会。\n"
        "各区各部门要对照本工作要点,细化工作举措。重要情况及时报告市数字经济领导小组办公室。\n",
    )
    assert labels(x, "Measure") == {"提升数字治理水平", "举办数字经济峰会"}
    assert not any(
        r.obj.label == "市数字经济领导小组办公室" for r in x.relations if r.subject != x.plan
    )
    signed = _extract(
        tmp_path,
        "临江县乡村振兴实施意见\n三、保障措施\n(一)强化考核激励。将考核结果作为重要依据。\n"
        "各乡镇要按照本意见要求抓好落实。及时报送县农业农村局。\n"
        "中共临江县委\n临江县人民政府\n2025年3月15日\n",
        "临江县乡村振兴实施意见.txt",
    )
    assert labels(signed, "Safeguard") == {"强化考核激励"}
    involved = related(signed, "involves")
    assert not {("强化考核激励", "中共临江县委"), ("强化考核激励", "县农业农村局")} & involved


@pytest.mark.parametrize(
    "issuer",
    [
        "中共临江县委",
        "临江县发展和改革委员会",
        "临江县财政局",
        "临江省商务厅",
        "白水县人民政府",
        "临江县人民政府办公室",
    ],
)
def test_each_issuer_above_a_signatures_date_is_no_part_of_the_last_item(
    tmp_path, issuer: str
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江县乡村振兴实施意见\n三、保障措施\n(一)强化考核激励。将考核结果作为重要依据。\n"
        f"{issuer}\n临江县人民政府\n2025年3月15日\n",
        "临江县乡村振兴实施意见.txt",
    )
    assert not [
        r for r in x.relations if r.subject.label == "强化考核激励" and r.obj.label == issuer
    ]


def test_every_row_of_an_annexed_table_of_tasks_is_a_task_whatever_its_verb(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区数字化转型行动方案\n四、保障措施\n(一)加强组织领导。成立领导小组。\n"
        "附件:重点任务分工表\n序号 任务 责任单位 完成时限\n1 设立产业发展基金 区财政局 2025年6月底\n"
        "2 组建数据集团 区国资委 2025年12月\n",
    )
    assert {("设立产业发展基金", "区财政局"), ("组建数据集团", "区国资委")} <= related(
        x, "responsibleBody"
    )
    assert {"设立产业发展基金", "组建数据集团"} <= labels(x, "Measure")


@pytest.mark.parametrize(
    "tail", ["问题仍然突出", "短板亟待补齐", "瓶颈依然明显", "困难仍然不少", "矛盾较为突出"]
)
def test_troubles_listed_before_what_sums_them_up_are_each_one(tmp_path, tail: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        f"临江市产业发展规划\n二、面临形势\n从内部看,创新能力不强、高端人才不足、土地约束趋紧等{tail}。\n",
    )
    troubles = labels(x, "Bottleneck") | labels(x, "Challenge")
    assert troubles == {"创新能力不强", "高端人才不足", "土地约束趋紧"}


def test_short_words_joined_before_what_sums_them_up_are_one_trouble(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市产业发展规划\n二、面临形势\n从内部看,资源、环境约束趋紧等问题仍然存在。\n",
    )
    assert labels(x, "Bottleneck") | labels(x, "Challenge") == {"资源、环境约束趋紧"}
    fields = _extract(
        tmp_path,
        "临江市产业发展规划\n二、面临形势\n从内部看,教育、医疗、养老等短板亟待补齐。\n",
    )  # fields listed, no trouble among them: the clause is the trouble
    assert labels(fields, "Bottleneck") | labels(fields, "Challenge") == {
        "教育、医疗、养老等短板亟待补齐"
    }


def test_a_timetables_dated_step_is_a_phase_and_no_goal_besides(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市数据工作方案\n四、实施安排\n2026年6月底前,完成数据资源普查。2026年底前,建成数据共享平台。\n",
        "临江市数据工作方案.txt",
    )
    assert labels(x, "Phase") == {"完成数据资源普查", "建成数据共享平台"}
    assert not labels(x, "Goal")  # the same steps, not targets of their own


def test_a_charge_that_is_an_items_own_text_or_counts_tasks_closes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区河道整治工作方案\n二、保障措施\n(一)加强组织领导。成立领导小组。\n(二)强化督促检查\n"
        "各街镇、各部门要按照本方案要求,细化工作措施,区水务局牵头开展督查。\n"
        "区纪委监委对工作不力的单位进行问责。\n",
    )
    assert ("强化督促检查", "区水务局") in related(x, "responsibleBody")
    assert ("强化督促检查", "区纪委监委") in related(x, "involves")
    alone = _extract(
        tmp_path,
        "临江区河道整治工作方案\n二、保障措施\n(一)加强组织领导。成立领导小组。\n(二)强化督促检查\n"
        "各街镇、各部门要按照本方案要求,细化工作措施,区水务局牵头开展督查。\n",
    )  # the last item's only text, under a heading alone on its line
    assert ("强化督促检查", "区水务局") in related(alone, "responsibleBody")
    counted = _extract(
        tmp_path,
        "临江区河道整治工作方案\n一、主要任务\n(一)清理河道。完成清淤。\n"
        "各街镇、各部门要按照本方案要求,切实抓好落实:一是加强组织领导,区城管执法局牵头;"
        "二是强化资金保障,区财政局负责。\n",
    )
    assert ("强化资金保障", "区财政局") in related(counted, "responsibleBody")  # not cut off


def test_a_goal_with_its_year_in_brackets_keeps_the_goal_after_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市发展规划\n一、发展目标\n(一)地区生产总值突破千亿元(2027年),人均地区生产总值达到15万元。\n",
    )
    assert "人均地区生产总值达到15万元" in labels(x, "Goal")


def test_a_university_that_takes_part_in_a_task_is_involved_not_responsible(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区科技创新行动方案\n一、主要任务\n(一)建设科创平台。由区科委牵头,建设概念验证中心。"
        "鼓励临江大学参与共建新型研发机构,区财政局配合。\n",
    )
    assert ("建设科创平台", "临江大学") not in related(x, "responsibleBody")
    assert ("建设科创平台", "区科委") in related(x, "responsibleBody")
    assert ("建设科创平台", "区财政局") not in related(x, "responsibleBody")  # another sentence
    roles = _extract(
        tmp_path,
        "临江区科技创新行动方案\n一、主要任务\n(一)建设科创平台。由区科委牵头,临江大学配合。\n"
        "(二)完善创新政策。由区科委牵头,区财政局参与制定配套政策。\n",
    )
    responsible = related(roles, "responsibleBody")
    assert ("建设科创平台", "临江大学") not in responsible  # no body of the government
    assert ("完善创新政策", "区财政局") not in responsible  # a verb with its object, no role


def test_a_sentence_that_names_a_plan_of_tasks_is_no_caption_of_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江区城市更新工作方案\n一、重点任务\n(一)推进老旧小区改造。完成改造100个。\n二、保障措施\n"
        "(一)加强组织领导。区住房城乡建设委牵头制定任务分工方案。\n三、其他事项\n"
        "(一)政策衔接。与市级政策做好衔接。\n(二)总结评估。适时开展评估。\n",
    )
    assert not {"政策衔接", "总结评估"} & labels(x, "Measure")


def test_a_note_on_who_does_a_target_is_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县规划中期评估报告\n五、下一步工作建议\n(一)提升科技创新能力。到2025年,高新技术企业达到60家。"
        "(牵头单位:县科技局;配合单位:县财政局)\n",
    )
    goals = labels(x, "Goal")
    assert "高新技术企业达到60家" in goals
    assert not [goal for goal in goals if "单位" in goal]
    assert {body for _goal, body in related(x, "responsibleBody")} == {"县科技局", "县财政局"}


def test_a_note_on_the_line_of_the_last_of_items_a_line_each_is_that_items(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "青山区物流规划\n(一)培育壮大物流市场主体\n1.引育龙头企业。引进国内头部供应链企业设立区域总部。\n"
        "2.发展专业物流。重点发展冷链物流。(责任单位:区发展改革委)\n",
    )
    responsible = related(x, "responsibleBody")
    assert ("发展专业物流", "区发展改革委") in responsible
    assert ("引育龙头企业", "区发展改革委") not in responsible


@pytest.mark.parametrize(
    "note",
    [
        "以上任务由区经信局牵头,区科技局配合。",
        "(以上任务责任单位:区经信局、区科技局)",
        "上述工作由区经信局牵头,区科技局配合。",
    ],
)
def test_a_note_on_the_line_after_the_items_on_who_does_them_all_is_each_items(
    tmp_path, note: str
) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "青山区集成电路产业行动方案\n二、重点任务\n1.做强设计环节。支持芯片设计企业做大做强。\n"
        f"2.补齐制造短板。加快推进晶圆生产线建设。\n{note}\n三、保障措施\n(一)加强组织领导。建立工作专班。\n",
    )
    assert related(x, "responsibleBody") == {
        (task, body)
        for task in ("做强设计环节", "补齐制造短板")
        for body in ("区经信局", "区科技局")
    }


def test_a_note_on_all_the_items_above_is_their_sub_items_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "青山区托育服务行动方案\n一、主要任务\n(一)扩大普惠托育供给\n(1)推进托幼一体化。支持幼儿园开设托班。\n"
        "(二)提升托育服务质量\n(1)加强人才培养。每年培训托育从业人员500人次。\n"
        "以上任务由区卫生健康委牵头,区教育局配合。\n",
    )
    assert related(x, "responsibleBody") == {
        (task, body)
        for task in ("扩大普惠托育供给", "推进托幼一体化", "提升托育服务质量", "加强人才培养")
        for body in ("区卫生健康委", "区教育局")
    }
    x = _extract(  # the items of the top sections above, and theirs
        tmp_path,
        "青山区托育服务工作要点\n一、扩大普惠托育供给\n(一)推进托幼一体化。支持幼儿园开设托班。\n"
        "二、提升托育服务质量\n(一)加强人才培养。每年培训托育从业人员500人次。\n"
        "以上工作由区卫生健康委牵头,区教育局配合。\n",
    )
    assert {("推进托幼一体化", "区卫生健康委"), ("加强人才培养", "区卫生健康委")} <= related(
        x, "responsibleBody"
    )


@pytest.mark.parametrize("lead", ["但也存在短板", "但仍存在短板", "但还存在短板"])
def test_a_bare_lead_into_troubles_after_a_contrast_is_no_element(tmp_path, lead: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        f"青山区物流规划\n一、发展基础\n{lead}:一是物流枢纽能级不高;二是冷链物流设施总量不足。\n",
    )
    assert labels(x, "Achievement") == set()
    assert labels(x, "Bottleneck") == {"物流枢纽能级不高", "冷链物流设施总量不足"}


def test_a_sentence_that_only_says_there_are_chances_and_challenges_names_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市低空经济发展规划\n第二章 发展环境\n当前,我市低空经济发展面临难得机遇,也面临严峻挑战。"
        "从机遇看,国家全面推进低空空域管理改革。\n",
    )
    assert labels(x, "Challenge") == set()
    assert labels(x, "Opportunity") == {"国家全面推进低空空域管理改革"}


def test_a_zone_whose_place_names_a_port_a_lake_or_a_corridors_end_keeps_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市规划\n一、主要任务\n(一)建设枢纽。建设临江港国际物流枢纽、临江国际物流园。\n"
        "(二)发展文旅。建设临江湖旅游度假区、临江河生态文化旅游带、临江江滨公园、临江山地公园、"
        "临江湾滨海新城。\n(三)建设走廊。加快临江—东湖生物医药走廊、临江-白水科创走廊建设。\n",
    )
    zones = {k.label: e.aliases for k, e in x.entities.items() if k.cls == "Zone"}
    assert zones["临江国际物流园"] == ("国际物流园",)
    assert {label for label, aliases in zones.items() if aliases} == {"临江国际物流园"}


def test_a_plan_referred_to_by_its_kind_alone_is_no_title(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "四、有关说明\n《规划》实施期限为2026年至2030年,分两个阶段推进。\n"
    x = _extract(tmp_path, text, "青山区数字经济发展规划编制说明.txt")
    assert x.plan.label == "青山区数字经济发展规划编制说明"  # the file's name, as a last resort


def test_a_firm_named_with_and_without_its_legal_form_is_one_firm(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市产业链行动方案\n一、主要任务\n1.培育链主企业。培育临江重工、临江港务集团等一批链主企业。\n"
        "2.壮大集群。支持临江重工股份有限公司、临江港务集团有限公司扩产。\n",
    )
    firms = {k.label: e.aliases for k, e in x.entities.items() if k.cls == "Enterprise"}
    assert firms == {
        "临江重工股份有限公司": ("临江重工",),
        "临江港务集团有限公司": ("临江港务集团",),
    }
    assert ("培育链主企业", "临江重工股份有限公司") in related(x, "involves")


def test_a_table_of_indicators_without_its_caption_opens_at_its_header(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "青山区物流规划\n三、发展目标\n指标 2025年 2030年 属性\n物流业增加值(亿元) 186 300 预期性\n"
        "冷库容量(万吨) 12 30 约束性\n四、主要任务\n序号 项目 2026年\n推进港口建设。\n",
    )
    assert labels(x, "Goal") == {"物流业增加值(亿元)", "冷库容量(万吨)"}
    from builder import indicators, structure

    text = "表1 主要指标\n指标 2025年 2030年 属性\n冷库容量(万吨) 12 30 约束性\n"
    assert len(indicators.indicator_tables(structure.paragraphs(text))) == 1  # once, captioned


def test_a_box_of_indicators_after_a_list_of_problems_is_none_of_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市生物医药产业发展规划\n一、发展基础\n(三)存在短板。龙头企业少;创新品种少。\n专栏1 主要指标\n"
        "指标名称 2024年 2030年 属性\n产业规模(亿元) 180 500 预期性\n",
    )
    assert labels(x, "Bottleneck") == {"龙头企业少", "创新品种少"}
    assert labels(x, "Goal") == {"产业规模(亿元)"}


def test_a_members_role_in_brackets_of_any_kind_is_no_part_of_its_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江县项目建设工作方案\n一、主要任务\n(一)加强项目谋划。建立项目储备库。"
        "(责任单位:县发改局〔牵头〕、县财政局)\n(二)加快项目审批。推行并联审批。"
        "(责任单位:县政务服务局[牵头]、县自然资源局)\n(三)强化要素保障。统筹用地指标。"
        "(责任单位:县自然资源局【牵头】、县住建局)\n",
    )
    assert related(x, "responsibleBody") == {
        ("加强项目谋划", "县发改局"),
        ("加强项目谋划", "县财政局"),
        ("加快项目审批", "县政务服务局"),
        ("加快项目审批", "县自然资源局"),
        ("强化要素保障", "县自然资源局"),
        ("强化要素保障", "县住建局"),  # after the lead's 【牵头】, still in the note
    }


def test_the_divisions_a_departments_work_points_name_are_responsible(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "临江市科技局2026年工作要点\n一、提升企业创新能力\n1.支持企业加大研发投入。落实加计扣除政策。"
        "(责任处室:市财政局)\n2.优化服务。推行网办。(牵头处室:市政务办;配合处室:市数据局)\n"
        "3.加强培训。开展培训。(责任科室:市人社局)\n",
    )
    assert {
        ("支持企业加大研发投入", "市财政局"),
        ("优化服务", "市政务办"),
        ("优化服务", "市数据局"),
        ("加强培训", "市人社局"),
    } <= related(x, "responsibleBody")


def test_supporting_units_of_a_note_are_no_task(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "江北区2026年工作要点\n一、打造公平竞争市场环境\n1.开展涉企违规收费专项整治。"
        "牵头单位:区市场监管局;协同单位:区发展改革局、区财政局\n"
        "2.开展招投标领域专项整治。牵头单位:区发展改革局;支撑单位:区司法局\n"
        "3.开展价格监督检查。牵头单位:区市场监管局;参与单位:区商务局\n"
        "4.开展广告专项整治。牵头单位:区市场监管局;配合部门:区文旅局\n"
        "5.开展信用修复。牵头单位:区发展改革局;协同部门:区数据局\n",
    )
    assert not labels(x, "Measure") & {"协同单位", "支撑单位", "参与单位", "配合部门", "协同部门"}
    assert {
        ("开展涉企违规收费专项整治", "区财政局"),
        ("开展招投标领域专项整治", "区司法局"),
        ("开展价格监督检查", "区商务局"),
        ("开展广告专项整治", "区文旅局"),
        ("开展信用修复", "区数据局"),
    } <= related(x, "responsibleBody")


@pytest.mark.parametrize("heading", ["面临的机遇和挑战", "发展机遇和挑战"])
def test_a_section_named_by_cues_and_filler_words_is_no_element(tmp_path, heading: str) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        f"临江市“十五五”规划纲要\n第一章 发展环境\n第二节 {heading}\n"
        "从挑战看,产业基础能力仍然不强,人口老龄化程度持续加深。\n",
    )
    assert labels(x, "Challenge") == {"产业基础能力仍然不强", "人口老龄化程度持续加深"}


def test_a_towns_units_a_note_names_are_responsible(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "柳塘镇人居环境整治工作方案\n一、主要任务\n(一)垃圾治理。完善收运体系。"
        "(责任单位:柳塘镇经济发展办公室、柳塘镇财政所、城关街道城建办、柳塘镇各村)\n",
    )
    assert related(x, "responsibleBody") == {
        ("垃圾治理", "柳塘镇经济发展办公室"),  # no sector 柳塘镇经济
        ("垃圾治理", "柳塘镇财政所"),
        ("垃圾治理", "城关街道城建办"),
    }
    assert not labels(x, "Industry")


def test_a_dated_target_after_a_clause_of_the_task_is_its_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x = _extract(
        tmp_path,
        "白水县产业发展规划\n一、主要任务\n(一)稳定粮食生产。严格落实耕地保护制度,到2030年建成高标准农田35万亩。\n"
        "(二)发展茶产业。推广绿色种植,力争到2028年新增标准化茶园5万亩。\n",
    )
    assert {"建成高标准农田35万亩", "新增标准化茶园5万亩"} <= labels(x, "Goal")
