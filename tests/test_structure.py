"""Stage 2: sections, numbered items, headed paragraphs and sentences with offsets."""

from __future__ import annotations

import unicodedata

import pytest

from builder import load, structure, tasktables, vocab
from builder.model import Document, Span, TaskRow

from .conftest import KITCHEN_SINK, SEED

VOCAB = vocab.load()


def _structure_of(text: str) -> structure.Structure:
    """The structure of a text written for a test, as loading leaves it (already NFKC)."""
    return structure.analyse(Document("t.txt", "t", text, "0" * 64), VOCAB)


def _kinds(st: structure.Structure) -> dict[str, str]:
    """Each block's heading and its kind."""
    return {b.heading.text: b.kind for b in st.blocks}


def _roles(st: structure.Structure) -> dict[str, tuple[str, str]]:
    """Each block's heading, its kind and its role."""
    return {b.heading.text: (b.kind, b.role) for b in st.blocks}


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


def test_work_report_review_styles() -> None:
    """Run-in headings of two clauses, 一是…,二是… on one line, and problems after a lead
    sentence without a colon."""
    text = (
        "临江省政府工作报告\n一、2025年工作回顾\n"
        "着力扩大有效需求,经济运行稳中向好。社会消费品零售总额增长6%。\n"
        "一是港口能级持续提升,二是开放平台加快建设,三是营商环境不断优化。\n"
        "我们也清醒认识到,发展中还存在一些困难和问题。一是有效需求不足,消费增长乏力;"
        "二是民生领域还有不少短板。\n"
        "今年是开局之年,做好工作意义重大。全省上下要团结一心。\n"
    )
    st = _structure_of(text)
    kinds = _kinds(st)
    assert kinds["着力扩大有效需求,经济运行稳中向好"] == "Achievement"
    assert kinds["二是开放平台加快建设"[2:]] == "Achievement"
    assert kinds["有效需求不足"] == "Bottleneck"
    assert kinds["民生领域还有不少短板"] == "Bottleneck"
    assert "今年是开局之年,做好工作意义重大" not in kinds


def test_enumerated_items_run_to_their_semicolon() -> None:
    text = (
        "临江省政府工作报告\n二、今年工作安排\n今年工作总的要求是:坚持稳中求进。重点抓好:"
        "一是下足绣花功夫,提升城市治理效能;二是加快绿色转型,全面建设美丽临江。\n"
    )
    st = _structure_of(text)
    headings = [b.heading.text for b in st.blocks]
    assert "下足绣花功夫,提升城市治理效能" in headings
    assert "加快绿色转型,全面建设美丽临江" in headings
    assert not any(h.endswith("要求是") for h in headings)


def test_review_paragraphs_with_one_opener_are_achievements() -> None:
    """Paragraphs that each open "这五年,我们…" tell results: their first sentences are
    achievements wherever they stand; a lone "一年来,…" sentence is not one, nor a lead-in."""
    from builder.structure import REVIEW

    text = (
        "临江省政府工作报告\n二、“十四五”时期发展成就和“十五五”时期主要目标\n"
        "这五年,我们勇于创新、攻坚克难,港口能级实现新跃升。集装箱吞吐量翻番。\n"
        "这五年,我们心系群众,民生福祉得到新改善。城镇新增就业50万人。\n"
        "一年来,主要做了以下工作。\n"
        "——守牢安全底线,安全发展的基础更加牢固。\n"
    )
    st = _structure_of(text)
    kinds = {b.heading.text: (b.kind, b.number) for b in st.blocks}
    assert kinds["这五年,我们勇于创新、攻坚克难,港口能级实现新跃升"] == ("Achievement", REVIEW)
    assert kinds["这五年,我们心系群众,民生福祉得到新改善"] == ("Achievement", REVIEW)
    assert not any(h.startswith("一年来") for h in kinds)
    assert "守牢安全底线,安全发展的基础更加牢固" in kinds


def test_circled_items_inside_a_paragraph_and_tasks_in_a_goals_section() -> None:
    """①② items inside a review paragraph are its achievements (NFKC made them digits); in a
    section of goals *and* work, "一是在…上持续用力" items are tasks, goal statements stay goals.
    (The text is as loading leaves it: NFKC has made ① and ② the digits 1 and 2.)"""
    text = (
        "临江县政府工作报告\n一、2018年工作回顾\n"
        "一年来,我们坚持改革,发展活力不断增强。1加强土地管控。开展清查。2推进园区建设,"
        "搭建转型平台。新增企业3家。\n"
        "二、2019年发展目标和重点工作\n"
        "一是在加强污染防治上持续用力。坚持生态优先。\n"
        "二是推进共同富裕取得决定性进展。\n"
    )
    st = _structure_of(text)
    kinds = {b.heading.text: (b.kind, b.number) for b in st.blocks}
    assert kinds["加强土地管控"] == ("Achievement", "1")
    assert kinds["推进园区建设,搭建转型平台"] == ("Achievement", "2")
    assert "1加强土地管控" not in kinds
    assert kinds["在加强污染防治上持续用力"][0] == "Measure"
    assert kinds["推进共同富裕取得决定性进展"][0] == "Goal"


def test_circled_items_whose_text_opens_with_a_day_count_up_all_the_same() -> None:
    """ "②日处理污水6万吨的…工程" is item 2 (NFKC made ② the digit 2), not "2日", since the items
    count up only with it."""
    text = (
        "临江县政府工作报告\n一、重点工作\n"
        "(一)打好碧水保卫战。涉及我县的有3项,分别是:1现有污水处理厂深度治理工程。抓紧提标;"
        "2日处理污水6万吨的污水处理厂三期工程。加紧推进;3河道综合整治工程。加快实施。\n"
    )
    st = _structure_of(text)
    kinds = {b.heading.text: (b.kind, b.number) for b in st.blocks}
    assert kinds["日处理污水6万吨的污水处理厂三期工程"] == ("Measure", "2")
    assert kinds["河道综合整治工程"] == ("Measure", "3")


def test_circled_items_run_together_on_their_own_line_are_siblings() -> None:
    """ "①支持…;②依托…;③举办…。" on a line of its own (NFKC made the circled numbers digits):
    three items of one rank under the item before, not the first holding the others."""
    text = (
        "临江区人工智能行动方案\n二、主要任务\n(一)推动模型研发创新\n"
        "1支持企业研发行业大模型;2依托临江大学建设开源社区;3举办开发者大会。\n"
        "(二)培育新业态\n1发展休闲农业;3发展农村电商。\n"
        "(三)完善物流设施\n1建设冷链中心。2建设物流园。\n"
    )
    st = _structure_of(text)
    parent = {b.heading.text: st.blocks[b.parent].heading.text for b in st.blocks if b.parent >= 0}
    for item in ("支持企业研发行业大模型", "依托临江大学建设开源社区", "举办开发者大会"):
        assert parent[item] == "推动模型研发创新", item
    assert "发展农村电商" not in parent  # 3 after 1 counts no run
    assert parent["建设物流园"] == "完善物流设施"  # after a full stop too


def test_the_government_conduct_section_of_a_work_report_holds_safeguards() -> None:
    text = (
        "临江省政府工作报告\n四、努力建设人民满意的服务型政府\n"
        "(一)旗帜鲜明讲政治。坚持把政治建设摆在首位。\n(二)切实加强法治政府建设。依法行政。\n"
    )
    st = _structure_of(text)
    kinds = _kinds(st)
    assert kinds["旗帜鲜明讲政治"] == kinds["切实加强法治政府建设"] == "Safeguard"


def test_a_review_heading_on_its_own_line_runs_over_the_next_paragraph() -> None:
    text = (
        "临江省政府工作报告\n一、工作回顾\n这五年,我们勇于创新,港口能级实现新跃升\n"
        "集装箱吞吐量翻番,洋山港建成投用。\n这五年,我们心系群众,民生福祉得到新改善\n"
        "城镇新增就业50万人。\n"
    )
    st = _structure_of(text)
    first = next(b for b in st.blocks if b.heading.text.endswith("港口能级实现新跃升"))
    assert "洋山港建成投用" in first.body.text
    assert "城镇新增就业" not in first.body.text


def test_short_results_inside_a_review_account_on_its_own_line_are_its_parts() -> None:
    text = (
        "临江省政府工作报告\n一、工作回顾\n这五年,我们勇于创新,港口能级实现新跃升\n"
        "集装箱吞吐量翻番,洋山港建成投用,航运服务业不断壮大。林草产业产值实现翻番。"
        "临江港成为区域枢纽,开行国际班列一千余列。营商环境持续优化。"
        "民营经济贡献全省六成以上税收和投资。\n"
        "这五年,我们心系群众,民生福祉得到新改善\n城镇新增就业50万人。\n"
    )
    st = _structure_of(text)
    blocks = {b.heading.text: b for b in st.blocks}
    first = blocks["这五年,我们勇于创新,港口能级实现新跃升"]
    assert "洋山港建成投用" in first.body.text and "开行国际班列" in first.body.text
    assert blocks["林草产业产值实现翻番"].parent == st.blocks.index(first)
    assert "城镇新增就业" not in first.body.text


def test_inline_headings_inside_an_enumerated_task_are_its_parts() -> None:
    text = (
        "临江县政府工作报告\n二、2019年重点工作\n"
        "一是在污染防治上持续用力。坚持生态优先。强力治煤。继续推进农村煤改天然气工程建设,"
        "严厉打击散煤销售和使用行为。强力治尘。加强县城区道路洗扫保洁工作和工地监管,"
        "严格落实施工扬尘防治措施。\n"
    )
    st = _structure_of(text)
    blocks = {b.heading.text: b for b in st.blocks}
    task = st.blocks.index(blocks["在污染防治上持续用力"])
    assert blocks["强力治煤"].parent == blocks["强力治尘"].parent == task
    assert blocks["强力治煤"].kind == "Measure"


def test_a_second_task_after_a_comma_belongs_to_the_heading_a_result_does_not() -> None:
    text = (
        "临江省政府工作报告\n二、今年工作安排\n部署了3项任务:一是强化区域协同,共建港航合作示范区;"
        "二是着力扩大内需,主动融入新发展格局;三是优化营商环境,新设企业数量创历史新高;"
        "四是统筹发展和安全,确保港区和谐稳定。\n"
    )
    st = _structure_of(text)
    headings = {b.heading.text for b in st.blocks}
    assert {"强化区域协同,共建港航合作示范区", "着力扩大内需,主动融入新发展格局"} <= headings
    assert "优化营商环境" in headings
    assert "统筹发展和安全,确保港区和谐稳定" in headings  # an aim, though it ends in 稳定


def test_inline_task_headings_open_with_any_verb() -> None:
    text = (
        "临江省政府工作报告\n二、今年重点工作\n(一)推进产业升级。坚持创新驱动。"
        "扩能提质现代服务业。扩大服务业发展引导资金规模,实施生产性服务业扩容强基行动,"
        "促进电商高质量发展。始终做到依法行政。严格依照法定权限和程序履职,"
        "自觉接受人大监督和政协民主监督。\n"
    )
    st = _structure_of(text)
    kinds = _kinds(st)
    assert kinds["扩能提质现代服务业"] == kinds["始终做到依法行政"] == "Measure"


def test_a_lead_ending_in_dao_or_ruxia_before_a_colon_heads_nothing() -> None:
    text = (
        "临江省政府工作报告\n一、过去一年工作回顾\n全省经济运行稳中有进,港口能级持续提升。\n"
        "我们也清醒认识到:有效需求不足,部分企业生产经营困难;科技创新能力还不够强。\n"
        "主要问题如下:民生领域还有短板。\n"
    )
    headings = {b.heading.text for b in _structure_of(text).blocks}
    assert not {"我们也清醒认识到", "主要问题如下"} & headings


def test_an_inline_heading_may_follow_an_exclamation() -> None:
    text = (
        "临江省政府工作报告\n三、今年重点工作\n(九)建设人民满意的政府\n各位代表!建设人民满意的政府,必须讲落实、抓落实、"
        "善落实,为人民做好工作!要加强政治建设。持续用党的创新理论凝心铸魂,坚定拥护党的领导,"
        "不折不扣落实各项决策部署。要加强法治建设。自觉接受人大监督,主动接受社会监督和舆论监督,"
        "全面推进政务公开。\n"
    )
    headings = {b.heading.text for b in _structure_of(text).blocks}
    assert {"要加强政治建设", "要加强法治建设"} <= headings


def test_a_bare_lead_in_makes_the_items_after_it_tasks_or_results() -> None:
    text = (
        "临江省政府工作报告\n一、过去一年\n主要做了以下工作。\n一是港口能级持续提升。吞吐量增长。\n"
        "二、今后的考虑\n实际工作中,重点把握以下几点:\n一是聚焦港航建设使命任务。加快建设。\n"
        "二是坚定不移推动高质量发展。完整准确全面贯彻新发展理念。\n"
    )
    st = _structure_of(text)
    kinds = _kinds(st)
    assert kinds["港口能级持续提升"] == "Achievement"
    assert kinds["聚焦港航建设使命任务"] == kinds["坚定不移推动高质量发展"] == "Measure"


def test_a_section_of_opportunities_and_challenges_types_each_item() -> None:
    text = (
        "临江区港航产业发展规划\n一、发展基础\n(一)面临的机遇与挑战\n"
        "1.国家战略叠加带来新机遇。港航融合发展打开广阔空间。\n"
        "2.外部环境不确定因素增多。国际航运市场波动加剧。\n"
        "(二)存在的问题\n1.港口集疏运能力不足。铁路进港比例偏低。\n"
    )
    st = _structure_of(text)
    kinds = _kinds(st)
    assert kinds["国家战略叠加带来新机遇"] == "Opportunity"
    assert kinds["外部环境不确定因素增多"] == "Challenge"
    assert kinds["港口集疏运能力不足"] == "Bottleneck"


def test_a_responsibility_note_heads_nothing() -> None:
    st = _structure_of(
        "二、重点任务\n(一)加快岸电设施建设。推进码头岸电改造。责任单位:市交通委、市发展改革委。\n"
        "(二)提高岸电使用率。完善岸电价格政策。牵头部门:市交通委。\n"
        "(三)落实岸电电价政策。降低岸电使用成本。【责任单位:市发展改革委】"
    )
    headings = _kinds(st)
    assert headings["加快岸电设施建设"] == "Measure"
    assert headings["落实岸电电价政策"] == "Measure"
    assert not any("单位" in h or "部门" in h for h in headings)


def test_articles_are_numbered_items_without_their_number() -> None:
    st = _structure_of(
        "一、重点任务\n第三条 支持企业上市。对上市企业给予奖励。\n第四条 鼓励人才引进。\n"
    )
    items = {b.heading.text: b.number for b in st.blocks if b.role == "element"}
    assert items == {"支持企业上市": "三", "鼓励人才引进": "四"}


def test_articles_rank_below_the_section_they_are_read_in_and_pdf_spaces_do_not_hide_numbers() -> (
    None
):
    st = _structure_of(
        "临江县关于支持重点产业加快发展的实施意见\n一、政策支持\n"
        "第 1 条 设立总规模不低于1亿元的重点产业发展引导 资金,列入县财政预算,用于重点产业发展补助。\n"
        "二 、支持范围\n(一)固定资产投资奖励\n"
        "第 2 条 对重点产业新上的工业类项目,固定资产投资3000万元及以上的,给予奖励。\n"
        "(二)鼓励企业做大做强\n第 1 0 条 鼓励企业挂牌上市。对在主板上市企业,给予企业300万元奖励。\n"
    )
    heads = [b.heading.text for b in st.blocks]
    parent = {b.heading.text: heads[b.parent] if b.parent >= 0 else None for b in st.blocks}
    assert (
        parent["对重点产业新上的工业类项目"] == "固定资产投资奖励"
    )  # its first clause, under (一)
    assert parent["固定资产投资奖励"] == "支持范围"
    assert parent["鼓励企业挂牌上市"] == "鼓励企业做大做强"
    assert parent["设立总规模不低于1亿元的重点产业发展引导 资金"] == "政策支持"
    assert {b.number for b in st.blocks if b.heading.text == "鼓励企业挂牌上市"} == {"10"}


def test_the_items_an_article_counts_do_not_move_the_next_article() -> None:
    st = _structure_of(
        "临江市促进数据产业发展条例\n第一章 总则\n第一条 市人民政府应当采取下列措施:\n"
        "(一)建设数据基础设施;\n(二)培育数据企业。\n第二条 支持数据交易。对数据交易机构给予补贴。\n"
    )
    by_heading = {b.heading.text: b for b in st.blocks}
    first, second = by_heading["市人民政府应当采取下列措施"], by_heading["支持数据交易"]
    assert first.level == second.level and first.parent == second.parent
    assert st.blocks[by_heading["培育数据企业"].parent] is first


def test_unnumbered_heading_lines_head_the_paragraphs_after_them() -> None:
    st = _structure_of(
        "临江市国民经济和社会发展第十五个五年规划纲要(节选)\n加快建设现代化产业体系\n"
        "坚持把发展经济的着力点放在实体经济上,推进新型工业化。\n推动制造业高端化发展\n"
        "巩固提升集成电路、生物医药等先导产业,推动高端装备产业向价值链高端延伸。\n"
        "第二篇 坚持做深做透两篇大文章,打造更高水平\n创新活力之城\n深化教育科技人才一体改革发展。\n"
        "临江市主要目标任务指标\n违法建筑拆除\n力争拆除现有违法建筑总量的一半以上并完成整治。\n"
    )
    kinds = _kinds(st)
    assert kinds["加快建设现代化产业体系"] == kinds["推动制造业高端化发展"] == "Measure"
    assert "创新活力之城" not in kinds  # the rest of the heading before it
    assert "违法建筑拆除" not in kinds  # a cell of a table pasted a line a cell


def test_a_number_on_a_line_of_its_own_takes_the_next_line_as_its_heading() -> None:
    st = _structure_of(
        "临江市国民经济和社会发展第十五个五年规划纲要\n第三章\n加快建设现代化产业体系\n"
        "坚持把发展经济的着力点放在实体经济上。\n一、\n做强金融服务业\n做强金融、贸易等优势服务业。\n"
    )
    found = [(b.number, b.heading.text, b.kind) for b in st.blocks]
    assert found == [
        ("三", "加快建设现代化产业体系", "Measure"),
        ("一", "做强金融服务业", "Measure"),
    ]
    text = st.doc.text
    assert all(text[b.heading.begin : b.heading.end] == b.heading.text for b in st.blocks)


def test_a_heading_naming_the_goals_and_tasks_of_a_period_only_names_its_section() -> None:
    st = _structure_of(
        "二、“十五五”时期经济社会发展的主要目标和重点任务\n今后五年的主要目标是:地区生产总值年均增长5%左右。\n"
        "三、2026年全省经济社会发展主要预期目标\n地区生产总值增长5%以上。\n"
    )
    assert {b.role for b in st.blocks} == {"container"}


@pytest.mark.parametrize("period", ["过去一年", "过去五年", "一年来", "五年来"])
def test_a_review_headed_by_its_period_only_names_its_section(period: str) -> None:
    for heading in (f"{period}工作回顾", f"{period}的工作"):
        st = _structure_of(f"一、{heading}\n(一)稳住经济大盘。新开工项目800个。\n")
        assert _roles(st)[heading] == ("Achievement", "container")


def test_items_numbered_1_paren_and_ordinal_lists_inside_a_paragraph() -> None:
    st = _structure_of(
        "一、重点任务\n1)加快数字基础设施建设。推进5G网络覆盖。\n2)培育壮大数字产业。做强集成电路产业。\n"
        "二、保障措施\n第一,加强组织领导。建立工作专班。第二,强化资金保障。设立专项资金。\n"
        "全市排名第一,增速第二。\n"
    )
    kinds = {b.heading.text: b.kind for b in st.blocks if b.role == "element"}
    assert kinds == {
        "加快数字基础设施建设": "Measure",
        "培育壮大数字产业": "Measure",
        "加强组织领导": "Safeguard",
        "强化资金保障": "Safeguard",
    }


def test_a_chapters_and_a_sections_heading_lines_without_numbers_both_head() -> None:
    st = _structure_of(
        "临江市国民经济和社会发展第十五个五年规划纲要(节选)\n全面深化改革\n深化国资国企改革\n"
        "完善国有资本布局,推动国有企业做强做优做大。\n大力发展现代服务业\n"
        "做强金融、贸易等优势服务业,建设国际金融中心。\n"
    )
    assert [b.heading.text for b in st.blocks] == [
        "全面深化改革",
        "深化国资国企改革",
        "大力发展现代服务业",
    ]


def test_heading_lines_without_numbers_keep_their_rank_after_numbered_items() -> None:
    """Chapters printed as bare lines, with numbered sections inside: the next chapter's line is
    the first chapter's sibling, not a part of the numbered section before it."""
    st = _structure_of(
        "临江市国民经济和社会发展第十五个五年规划纲要(节选)\n发展环境和主要目标\n"
        "“十四五”时期,全市经济实力显著增强。\n一、主要目标\n到2030年,地区生产总值达到3万亿元。\n"
        "加快建设现代化产业体系\n坚持把发展经济的着力点放在实体经济上。\n"
        "一、做强先进制造业\n推动集成电路产业规模倍增。\n深化改革开放\n一、深化国资国企改革\n"
        "推进国有企业改革。\n"
    )
    blocks = st.blocks
    parent = {
        b.heading.text: blocks[b.parent].heading.text if b.parent >= 0 else "" for b in blocks
    }
    assert parent["加快建设现代化产业体系"] == parent["深化改革开放"] == ""
    assert parent["做强先进制造业"] == "加快建设现代化产业体系"
    assert parent["深化国资国企改革"] == "深化改革开放"
    kinds = {b.heading.text: b.kind for b in blocks}
    assert kinds["加快建设现代化产业体系"] == kinds["深化国资国企改革"] == "Measure"


def test_a_heading_line_may_hold_a_year() -> None:
    st = _structure_of(
        "2026年临江省人民政府工作报告\n各位代表:\n现在,我代表省人民政府,向大会报告工作。\n"
        "“十四五”时期和2025年工作回顾\n过去五年,我们坚持稳中求进,全省经济实力迈上新台阶。\n"
        "一、经济实力持续增强。全省生产总值突破6万亿元。\n"
        "“十五五”时期经济社会发展主要目标\n今后五年,经济社会发展的主要目标是:经济保持合理增长。\n"
        "2026年重点工作\n做好今年工作,要重点抓好以下几个方面。\n一、着力扩大内需。实施提振消费专项行动。\n"
        "临江市主要指标\n2025年\n8.5万亿元\n"
    )
    kinds = _roles(st)
    assert kinds["“十四五”时期和2025年工作回顾"] == ("Achievement", "container")
    assert kinds["经济实力持续增强"] == ("Achievement", "element")
    assert kinds["2026年重点工作"] == ("Measure", "container")
    assert kinds["着力扩大内需"] == ("Measure", "element")
    goals = next(b for b in st.blocks if b.heading.text == "“十五五”时期经济社会发展主要目标")
    assert goals.parent == -1  # no part of the review's items before it
    assert "2025年" not in kinds  # a year alone is a table's cell


def test_the_closing_article_is_no_item() -> None:
    st = _structure_of(
        "临江区促进电竞产业发展的若干政策\n第一条 支持电竞企业集聚。对新落户企业给予补贴。\n"
        "第二条 本政策由区商务委负责解释,自发布之日起施行,有效期三年。\n"
    )
    assert [(b.number, b.heading.text) for b in st.blocks] == [("一", "支持电竞企业集聚")]


@pytest.mark.parametrize(
    "title",
    [
        "临江市支持低空经济发展的若干措施",
        "临江区促进低空经济发展的若干政策",
        "临江区低空经济扶持政策",
    ],
)
def test_each_article_of_support_measures_is_a_measure_though_it_opens_with_whom_it_supports(
    title: str,
) -> None:
    text = (
        "第一条 为加快低空经济发展,根据有关规定,制定本措施。\n"
        "第二条 对在本市新落户的低空经济整机制造企业,按照实际投资额的10%给予最高5000万元补助。\n"
        "第三条 对新开通的低空物流航线,每条给予50万元运营补贴。\n"
        "第四条 本措施由市发展改革委负责解释,自2026年1月1日起施行。\n"
    )
    st = _structure_of(title + "\n" + text)
    assert _roles(st) == {
        "对在本市新落户的低空经济整机制造企业": ("Measure", "element"),
        "对新开通的低空物流航线": ("Measure", "element"),
    }
    # the articles of a regulation are its rules, not measures of a plan
    assert {b.kind for b in _structure_of("临江市低空飞行管理办法\n" + text).blocks} == {""}


def test_a_table_of_tasks_after_an_item_holds_tasks_of_their_own() -> None:
    st = _structure_of(
        "东湖区低空经济行动方案\n五、保障措施\n(一)加大资金支持。设立东湖低空产业基金。\n"
        "重点任务分解表\n序号 任务 责任单位 完成时限\n"
        "1 出台低空经济扶持政策 区发展改革委 2025年6月\n2 建设低空飞行服务站 区交通委 2026年12月\n"
    )
    heads = {b.heading.text: b for b in st.blocks}
    assert [
        (h, heads[h].kind, heads[h].parent) for h in ("出台低空经济扶持政策", "建设低空飞行服务站")
    ] == [
        ("出台低空经济扶持政策", "Measure", -1),
        ("建设低空飞行服务站", "Measure", -1),
    ]
    assert heads["加大资金支持"].body.text.rstrip() == "设立东湖低空产业基金。\n重点任务分解表"


@pytest.mark.parametrize("title", ["临江市2026年政府工作要点", "青山区2026年民生实事项目"])
def test_each_numbered_item_of_a_list_of_the_years_work_is_a_task(title: str) -> None:
    st = _structure_of(
        f"{title}\n一、科技创新\n1.建设临江实验室,引进高水平研发机构5家。(责任单位:市科技局)\n"
        "2.新增高新技术企业300家。(责任单位:市科技局、市财政局)\n"
        "二、城市更新\n3.完成城中村改造12个。(责任单位:市住房城乡建设局)\n"
    )
    assert {h: kind for h, kind in _kinds(st).items() if kind} == {
        "建设临江实验室,引进高水平研发机构5家": "Measure",
        "新增高新技术企业300家": "Measure",
        "完成城中村改造12个": "Measure",
    }


@pytest.mark.parametrize(
    "lead", ["今年经济社会发展的主要预期目标是:", "具体目标如下:", "主要目标:"]
)
def test_numbered_lines_after_a_lead_that_names_the_targets_are_goals(lead: str) -> None:
    st = _structure_of(
        f"云岭县2026年政府工作报告\n二、2026年工作安排\n{lead}\n"
        "1.地区生产总值增长6.5%左右;\n2.固定资产投资增长8%。\n三、重点工作\n"
        "1.推进重大项目。全年实施亿元以上项目80个。\n"
    )
    assert {h: kind for h, kind in _kinds(st).items() if kind != "Measure"} == {
        "地区生产总值增长6.5%左右": "Goal",
        "固定资产投资增长8%": "Goal",
    }


def test_a_box_stands_beside_the_item_before_it_and_holds_its_own_items() -> None:
    st = _structure_of(
        "临江市数字经济发展规划\n三、优化升级基础设施\n(一)加快建设信息网络基础设施。\n"
        "建设智能化综合性数字信息基础设施。\n专栏1 基础设施优化升级工程\n1.千兆城市建设。推进千兆光网覆盖。\n"
        "(二)推进云网协同。\n推进算力网络建设。\n四、保障措施\n(一)加强统筹协调。\n建立协调机制。\n"
    )
    heads = {b.heading.text: b for b in st.blocks}
    parent = {b.heading.text: st.blocks[b.parent].heading.text for b in st.blocks if b.parent >= 0}
    assert parent["基础设施优化升级工程"] == "优化升级基础设施"  # inside the section, beside (一)
    assert parent["千兆城市建设"] == "基础设施优化升级工程"
    assert parent["推进云网协同"] == "优化升级基础设施"  # the box ends before the next item
    assert heads["千兆城市建设"].kind == "Measure"
    assert heads["加强统筹协调"].kind == "Safeguard"


@pytest.mark.parametrize("heading", ["重点任务分工表", "重点任务分解表", "重点任务一览表"])
def test_a_section_named_after_its_table_of_tasks_is_no_task(heading: str) -> None:
    st = _structure_of(
        f"东湖区低空经济行动方案\n四、{heading}\n序号 任务 责任单位 完成时限\n"
        "1 编制低空飞行服务站建设方案 区交通局 2026年6月底前\n2 建成起降场点50个 区住房城乡建设委 2028年12月底前\n"
    )
    assert _roles(st) == {
        heading: ("Measure", "container"),
        "编制低空飞行服务站建设方案": ("Measure", "element"),
        "建成起降场点50个": ("Measure", "element"),
    }


@pytest.mark.parametrize("caption", ["专栏:科技创新重大平台", "专栏 科技创新重大平台"])
def test_a_box_without_a_number_is_named_by_its_caption(caption: str) -> None:
    st = _structure_of(
        "青山区科技创新发展规划\n三、主要任务\n(一)优化创新生态。推广“科创贷”金融产品。\n"
        f"{caption}\n青山实验室:聚焦人工智能、量子信息等前沿领域,建设综合性科研平台。\n"
    )
    parent = {b.heading.text: st.blocks[b.parent].heading.text for b in st.blocks if b.parent >= 0}
    assert parent["科技创新重大平台"] == "主要任务"  # beside (一), as a numbered box stands
    assert parent["青山实验室"] == "科技创新重大平台"
    assert "专栏" not in parent
    st = _structure_of(
        "青山区宣传工作方案\n一、主要任务\n(一)加强宣传。\n专栏报道先进典型,营造良好氛围。\n"
    )
    assert [b.heading.text for b in st.blocks] == ["主要任务", "加强宣传"]  # no box: 专栏 the word


def test_the_tasks_a_box_numbers_01_02_are_its_items_and_the_fields_of_a_field_box_are_not() -> (
    None
):
    st = _structure_of(
        "临江市国民经济和社会发展第十五个五年规划纲要\n第一章 完善综合交通网络\n"
        "一、建设国际航运枢纽\n推进港口建设。\n专栏8 综合交通枢纽提升行动\n01\n航运项目\n"
        "建设临江港区五期工程、国际通用码头工程等项目。\n02\n城市轨道项目\n"
        "建设地铁10号线等项目,加快城市轨道交通成网。\n二、优化城市道路网络\n完善路网。\n"
        "专栏9 支柱产业发展重点领域\n01\n汽车\n重点发展智能汽车、纯电动汽车整车研发制造。\n"
    )
    parent = {b.heading.text: st.blocks[b.parent].heading.text for b in st.blocks if b.parent >= 0}
    assert parent["航运项目"] == parent["城市轨道项目"] == "综合交通枢纽提升行动"
    assert _kinds(st)["航运项目"] == "Measure"
    assert parent["优化城市道路网络"] == "完善综合交通网络"  # the box ends at the next item
    assert "汽车" not in _kinds(st)  # a field, named by recognize.py


def test_short_tasks_next_to_each_other_are_no_inline_headings() -> None:
    st = _structure_of(
        "临江省政府工作报告\n二、2026年重点工作\n(一)推进教育强省建设。\n"
        "优化教育资源供给。实施基础提升工程,健全与人口变化相适应的资源统筹调配机制。"
        "推进教育数字化。建设国际教育合作示范园区。实施校长工程,建强校长、班主任和骨干教师队伍,"
        "提升学生心理素质,强健学生体质。\n"
    )
    headings = {b.heading.text for b in st.blocks}
    assert "优化教育资源供给" in headings
    assert "推进教育数字化" not in headings  # its part would end at the next short sentence
    first = next(b for b in st.blocks if b.heading.text == "优化教育资源供给")
    assert "推进教育数字化" in first.body.text  # the sentence goes on with the part before it


def test_a_run_in_headings_tasks_head_parts_only_where_three_or_more_do() -> None:
    st = _structure_of(
        "临江省政府工作报告\n二、2026年重点工作\n(一)推进产业升级\n"
        "积极培育发展战略性新兴产业。发展创新药物,积极培育中药大品种,发展新型疫苗、血液制品等生物技术"
        "药物。培育生物制造产业园。推动新能源电池由材料端向装备端延伸。发展绿色氢氨醇产业,促进新能源"
        "非电利用。打造数控机床产业基地。科学布局无人机研发和本地化制造,拓展低空经济应用场景。\n"
        "做强现代化产业体系。坚持智能化、绿色化方向。优化提升传统产业。实施产业提质升级行动和重点产业"
        "稳增长方案,协同推进标志性产业链建设。培育壮大新兴产业。实施新兴产业倍增计划,推进3个未来产业"
        "先导区、6个未来产业加速园建设。大力发展数字经济。建设省级数字经济创新发展试验区,推进实数融合"
        "促进行动,培育100家以上特色企业。\n"
    )
    headings = {b.heading.text for b in st.blocks}
    assert {"积极培育发展战略性新兴产业", "做强现代化产业体系"} <= headings
    assert not {"培育生物制造产业园", "打造数控机床产业基地"} & headings  # two: tasks among others
    first = next(b for b in st.blocks if b.heading.text == "积极培育发展战略性新兴产业")
    assert first.body.text.rstrip().endswith("拓展低空经济应用场景。")
    assert {"优化提升传统产业", "培育壮大新兴产业", "大力发展数字经济"} <= headings


def test_a_lead_into_the_years_work_done_makes_its_items_results() -> None:
    st = _structure_of(
        "临江省政府工作报告\n一、2025年工作回顾\n过去的一年,面对艰巨繁重的改革发展稳定任务,我们攻坚克难。"
        "一年来,我们主要做了以下工作:\n一是全力挖掘内需增长新潜能。经济增长内生动力持续增强,"
        "累计争取中央转移支付超5300亿元。\n二是不断壮大科产融合新动能。全社会研发投入强度提升至2.62%。\n"
    )
    kinds = _kinds(st)
    assert kinds["全力挖掘内需增长新潜能"] == kinds["不断壮大科产融合新动能"] == "Achievement"


def test_a_remark_that_closes_a_part_is_no_run_in_heading() -> None:
    st = _structure_of(
        "临江省政府工作报告\n三、2026年重点工作\n(一)着力扩大内需。\n"
        "推动消费提质。开展提振消费专项行动,大力培育商贸企业,力争新增限额以上企业1000家以上。\n"
        "市场是最稀缺的资源。我们要以强大国内市场为战略依托,赢得更大主动、实现良好开局。\n"
        "(二)加快建设现代化产业体系。\n推动强链壮群。聚焦现代化产业体系,壮大产业集群。\n"
    )
    headings = {b.heading.text for b in st.blocks}
    assert {"推动消费提质", "推动强链壮群"} <= headings
    assert "市场是最稀缺的资源" not in headings


def test_a_lead_without_a_cue_of_its_own_takes_the_paragraphs() -> None:
    st = _structure_of(
        "临江区产业发展“十五五”规划\n二、面临形势\n同时也要看到,全区产业发展仍存在一些短板和不足。"
        "主要表现在:\n一是产业结构不够优化。\n二是创新能力有待提升。\n"
    )
    kinds = _kinds(st)
    assert kinds["产业结构不够优化"] == kinds["创新能力有待提升"] == "Bottleneck"


def test_a_glossary_inside_the_text_ends_at_the_next_section() -> None:
    st = _structure_of(
        "临江省政府工作报告\n一、2025年工作回顾\n过去一年,我们攻坚克难。\n名词解释\n"
        "1.“两重”:是指国家重大战略实施和重点领域安全能力建设。\n二、2026年重点工作\n"
        "(一)大力提振消费。开展专项行动。\n(二)加快发展集成电路产业。建设临江集成电路产业园。\n"
    )
    headings = [b.heading.text for b in st.blocks]
    assert {"大力提振消费", "加快发展集成电路产业"} <= set(headings)
    assert not any("两重" in h for h in headings)


def test_a_short_task_that_leads_counted_items_keeps_its_heading() -> None:
    st = _structure_of(
        "临江省政府工作报告\n三、2026年重点工作\n(一)提升创新能力\n加快建设高水平创新平台。推动临江"
        "实验室建设,打造一批新型研发机构和创新联合体。强化企业科技创新主体地位。一是支持龙头企业牵头组建"
        "创新联合体;二是发展科技金融;三是完善科技型企业梯队。加快科技成果转化。建设概念验证中心和中试"
        "平台,完善技术转移服务体系和成果转化机制。\n"
    )
    assert "强化企业科技创新主体地位" in {b.heading.text for b in st.blocks}


def test_a_plain_lead_into_this_years_work_and_one_into_the_reviews_work() -> None:
    tasks = _kinds(
        _structure_of(
            "临江省政府工作报告\n三、2026年重点工作\n(一)加快建设现代化产业体系\n当前,我省产业发展面临"
            "不少风险挑战。今年重点做好以下工作:\n一是壮大低空经济。\n二是培育人形机器人产业。\n"
        )
    )
    assert tasks["壮大低空经济"] == tasks["培育人形机器人产业"] == "Measure"
    review = _kinds(
        _structure_of(
            "临江省政府工作报告\n一、过去五年工作回顾\n过去五年,我们经受住了风险挑战的考验。五年来的主要"
            "工作是:\n一是综合实力大幅跃升。\n二是创新能力显著增强。\n"
        )
    )
    assert review["综合实力大幅跃升"] == review["创新能力显著增强"] == "Achievement"


def test_a_short_sentence_of_figures_in_a_review_is_a_result_not_a_heading() -> None:
    st = _structure_of(
        "临江省政府工作报告\n一、2025年工作回顾\n"
        "一是经济运行稳中向好。主要指标好于预期。地区生产总值增长5.2%,规上工业增加值增长6%。"
        "引进落地亿元以上项目904个。外贸进出口总额突破万亿元,创历史新高。\n"
    )
    headings = _kinds(st)
    assert headings.get("主要指标好于预期") == "Achievement"
    assert "引进落地亿元以上项目904个" not in headings


def test_a_run_in_heading_may_quote_a_name_a_sentence_of_the_year_heads_nothing() -> None:
    st = _structure_of(
        "临江省政府工作报告\n二、2026年重点工作\n今年是“十五五”开局之年。做好今年工作意义重大。\n"
        "推动“新两翼”联动发展。服务保障标志性项目落地,推动产业协同。\n"
        "做好“一老一小”普惠服务。统筹医育、医养结合,扩大普惠托育供给。\n"
    )
    headings = _kinds(st)
    assert headings.get("推动“新两翼”联动发展") == "Measure"
    assert headings.get("做好“一老一小”普惠服务") == "Measure"
    assert "今年是“十五五”开局之年" not in headings


def test_a_goal_heading_of_two_clauses_may_open_with_a_long_one_but_no_directive() -> None:
    st = _structure_of(
        "临江市国民经济和社会发展第十五个五年规划纲要\n第二章 发展目标\n"
        "全面深化改革开放取得决定性成果,增长动力活力更强。中央重大改革部署全面落实,营商环境系统优化。\n"
        "生态文明建设关乎中华民族永续发展,要立足生态优势增强发展后劲。绿色发展方式基本形成。\n"
    )
    headings = _kinds(st)
    assert headings.get("全面深化改革开放取得决定性成果,增长动力活力更强") == "Goal"
    assert not any(h.startswith("生态文明建设关乎") for h in headings)


def test_points_kept_in_drafting_the_plan_are_work_methods() -> None:
    st = _structure_of(
        "一、规划编制情况\n在《纲要草案》编制过程中,注意把握以下几点:一是注重对标对表,紧密对接上位规划。"
        "二是坚持目标导向和问题导向,聚焦短板弱项。\n"
        "《纲要草案》明确了今后五年的发展目标:一是首都功能持续提升,二是高质量发展迈上新台阶。\n"
    )
    kinds = {b.heading.text: b.kind for b in st.blocks if b.role == "element"}
    assert kinds == {
        "注重对标对表": "WorkMethod",
        "坚持目标导向和问题导向": "WorkMethod",
        "首都功能持续提升": "Goal",
        "高质量发展迈上新台阶": "Goal",
    }


def test_a_system_under_party_organisations_is_a_task_not_the_organisation_of_the_work() -> None:
    st = _structure_of(
        "一、发展特色产业\n(一)培育产业集群。发展食品加工。\n"
        "二、完善党组织领导的城乡基层治理体系\n(二)推进网格化管理。完善社区服务。\n"
        "三、加强组织领导\n(三)压实责任。建立工作机制。\n"
    )
    kinds = _kinds(st)
    assert kinds["完善党组织领导的城乡基层治理体系"] == "Measure"
    assert kinds["推进网格化管理"] == "Measure"
    assert kinds["加强组织领导"] == "Safeguard"  # the organisation of the work itself


def test_a_bare_baozhang_heading_is_a_safeguard_only_where_it_closes_the_plan() -> None:
    st = _structure_of(
        "一、加强人才保障\n引进优秀人才。\n二、支持赛事举办\n举办电竞赛事。\n三、加大协调保障力度\n"
        "建立工作机制。\n附件:支持政策\n一、强化空间保障\n保障用地。\n二、支持对象\n本市企业。\n"
    )
    kinds = _kinds(st)
    assert kinds["加大协调保障力度"] == "Safeguard"  # the plan's last section
    assert kinds["加强人才保障"] != "Safeguard"
    assert kinds["强化空间保障"] != "Safeguard"  # the attachment goes on after it
    assert "支持对象" not in kinds  # says whom the policy applies to: no item


def test_an_act_under_a_section_of_its_kind_is_an_element_though_it_names_the_kind() -> None:
    st = _structure_of(
        "一、主要任务\n(一)加强遗产保护。推进工业遗存保护修缮。\n二、保障措施\n"
        "(一)强化组织保障。成立区滨江工作领导小组,统筹推进各项工作。\n"
        "(二)加大资金支持。统筹用好各类专项资金。\n三、组织保障\n(一)组织保障\n1.建立协调机制。\n"
    )
    roles = _roles(st)
    assert roles["强化组织保障"] == ("Safeguard", "element")
    assert roles["组织保障"] == ("Safeguard", "container")  # a title over its own items
    assert "成立区滨江工作领导小组" not in roles


def test_the_named_parts_of_a_plans_safeguards_are_safeguards_with_their_items() -> None:
    st = _structure_of(
        "六、保障机制\n(一)规划保障\n1.规划引领。统筹开发指标。\n2.用地保障。在制定年度计划时,"
        "纳入土地储备。针对重大项目,争取市级指标。\n(二)实施保障\n1.严格过程管理。跟踪管理。\n"
        "(三)资金保障\n镇级政府应当安排资金。\n(四)其他\n1.宣贯培训。开展政策解读。\n"
    )
    roles = _roles(st)
    for heading in ("规划保障", "用地保障", "实施保障", "资金保障", "宣贯培训"):
        assert roles[heading] == ("Safeguard", "element"), heading
    assert "其他" not in roles  # only groups the items after it
    parts = {b.heading.text: b.parent for b in st.blocks}
    assert st.blocks[parts["用地保障"]].heading.text == "规划保障"


def test_a_work_plans_requirements_are_its_safeguards_and_a_rectifications_its_tasks() -> None:
    st = _structure_of(
        "一、主要任务\n(一)推进停车设施建设。新增车位。\n二、工作要求\n(一)加强组织领导。成立专班。\n"
        "三、整治要求\n(一)拆除违法建筑。依法拆除。\n"
    )
    kinds = _kinds(st)
    assert kinds["加强组织领导"] == "Safeguard"
    assert kinds["拆除违法建筑"] == "Measure"


def test_sections_on_trends_and_demands_among_the_challenges() -> None:
    st = _structure_of(
        "二、发展要求及趋势挑战\n(一)发展趋势\n1.理念引领:绿色转型重塑发展路径\n贯彻新理念。\n"
        "2.战略赋能:区域建成带来新契机\n迎来契机。\n(二)面临的挑战\n1.水安全保障能力需进一步提升\n"
        "极端天气风险增加。\n(三)发展要求\n1.实施城市更新要求排水设施统筹发展\n破解空间紧张难题。\n"
    )
    roles = _roles(st)
    assert roles["实施城市更新要求排水设施统筹发展"] == ("Challenge", "element")  # no task
    assert roles["发展趋势"][1] == "container"  # names the part
    assert roles["理念引领:绿色转型重塑发展路径"] == ("Opportunity", "element")
    assert roles["水安全保障能力需进一步提升"] == ("Challenge", "element")


def test_notes_numbered_without_a_mark_are_notes_not_items() -> None:
    st = _structure_of(
        "一、发展现状及成效\n(一)安全为重,水安全能力稳步提升\n排水能力达标率\n74.2%\n"
        "注: 1 指利用水力模型评估的结果。\n2 指采用数学模型法评估的结果,即通过数学模型计算。\n"
        "(二)水岸统筹,水环境品质持续改善\n提升污水处理能力。\n"
    )
    headings = [b.heading.text for b in st.blocks]
    assert not any(h.startswith("指") for h in headings), headings
    assert "水岸统筹,水环境品质持续改善" in headings


def test_an_item_whose_heading_opens_with_a_digit_is_the_next_item_not_a_decimal() -> None:
    st = _structure_of(
        "一、主要任务\n(一)建设信息基础设施\n加快工业互联网建设。\n专栏1 基础设施建设工程\n"
        "1.标识解析体系。建设5个二级节点。\n2.5G全连接工厂。建成100个5G全连接工厂。\n"
        "(二)扩大投资\n2.5万亿元投资带动产业发展。\n"
    )
    items = {b.heading.text: b.number for b in st.blocks if b.level == "item"}
    assert items["5G全连接工厂"] == "2"
    assert "5万亿元投资带动产业发展" not in items  # no item 1 before it: a decimal


def test_a_dashed_heading_on_its_own_line_holds_the_run_in_paragraphs_after_it() -> None:
    st = _structure_of(
        "一、2025年工作回顾\n过去一年,我们主要做了以下工作。\n"
        "——扎实抓好稳增长、防风险,高质量发展的底盘持续夯实。\n"
        "经济运行稳中有进。坚持把稳增长摆在突出位置,精准应对外部冲击。\n"
        "就业总体向好。城镇新增就业70万人。\n"
        "——着力深化改革、扩大开放,高质量发展的动力更加强劲。\n"
        "深化改革释放新动能。投资体制改革深入实施,要素市场化配置改革加快推进。\n"
    )
    by_heading = {b.heading.text: b for b in st.blocks}
    group = st.blocks.index(by_heading["扎实抓好稳增长、防风险,高质量发展的底盘持续夯实"])
    other = st.blocks.index(by_heading["着力深化改革、扩大开放,高质量发展的动力更加强劲"])
    assert by_heading["经济运行稳中有进"].parent == group
    assert by_heading["就业总体向好"].parent == group
    assert by_heading["深化改革释放新动能"].parent == other


def test_a_chapter_opening_with_an_idiom_of_manner_and_a_verb_is_a_task() -> None:
    st = _structure_of(
        "临江区国民经济和社会发展第十五个五年规划纲要\n"
        "第三章 打造科创中心主阵地,进一步激发创新活力\n第一节 加快科创要素集聚\n建设实验室。\n"
        "第四章 因地制宜发展新质生产力,进一步提升产业活力\n第一节 壮大主导产业\n发展集成电路产业。\n"
    )
    kinds = _kinds(st)
    assert kinds["因地制宜发展新质生产力,进一步提升产业活力"] == "Measure"


def test_a_long_heading_alone_on_its_line_keeps_its_second_clause() -> None:
    st = _structure_of(
        "临江省政府工作报告\n二、2026年重点工作\n"
        "(二)大力推进科技创新、产业创新和金融创新深度融合发展,加快构建体现本省优势的现代化产业体系。\n"
        "持续优化协同创新体系。建设区域科技创新中心,实施关键核心技术攻关工程。\n"
        "(三)加快建设全国统一大市场的重要节点,推动要素资源在更大范围内高效配置和商品服务顺畅流通。"
        "深入实施扩大内需战略,持续推动消费提质扩容。\n"
    )
    headings = {b.heading.text for b in st.blocks}
    assert (
        "大力推进科技创新、产业创新和金融创新深度融合发展,加快构建体现本省优势的现代化产业体系"
        in headings
    )
    assert "加快建设全国统一大市场的重要节点" in headings  # run on into its text: the first clause


def test_a_list_of_tasks_captioned_as_a_list_is_no_table_of_figures() -> None:
    st = _structure_of(
        "临江市港口岸电建设实施方案\n二、重点任务\n(一)加快岸电设施建设。推进集装箱码头岸电改造。\n"
        "附件\n重点任务清单\n序号 任务 责任单位 完成时间\n"
        "1 推进临江港区集装箱码头岸电设施改造 市交通委、临港集团 2023年底前\n"
        "2 完善岸电电价支持政策 市发展改革委 2024年6月底前\n"
        "主要指标清单\n1 岸电覆盖率(%) 60 100\n"
    )
    kinds = {b.heading.text: b.kind for b in st.blocks if b.number in ("1", "2")}
    assert kinds == {
        "推进临江港区集装箱码头岸电设施改造": "Measure",
        "完善岸电电价支持政策": "Measure",
    }


def test_a_task_table_row_pasted_as_a_line_is_headed_by_its_task() -> None:
    st = _structure_of(
        "临江市港口岸电建设实施方案\n二、重点任务\n(一)加快岸电设施建设。推进集装箱码头岸电改造。\n"
        "附件\n重点任务分工表\n序号 重点任务 责任单位 完成时限\n"
        "1 推进临江港区集装箱码头岸电设施改造 市交通委、临港集团 2023年底前\n"
        "2 完善岸电电价支持政策 市发展改革委 2024年6月底前\n"
    )
    rows = {b.heading.text: b for b in st.blocks if b.number in ("1", "2")}
    assert set(rows) == {"推进临江港区集装箱码头岸电设施改造", "完善岸电电价支持政策"}
    assert rows["完善岸电电价支持政策"].body.text == "市发展改革委 2024年6月底前"
    # the attachment is no part of the plan's last item
    assert all(b.parent == -1 for b in rows.values())
    item = next(b for b in st.blocks if b.heading.text == "加快岸电设施建设")
    assert "临港集团" not in item.body.text


def test_a_numbered_line_of_prose_with_a_space_is_no_table_row() -> None:
    st = _structure_of(
        "临江市行动方案\n二、重点任务\n1.推进 AI 应用。支持企业开展人工智能应用试点,培育一批标杆场景。\n"
    )
    assert "推进 AI 应用" in {b.heading.text for b in st.blocks}


def test_dashed_items_after_a_lead_all_take_its_kind_and_basic_requirements_are_principles() -> (
    None
):
    st = _structure_of(
        "3.总体要求和主要目标。坚持稳中求进工作总基调。\n"
        "落实总体要求,必须把握以下基本要求:\n"
        "——更加注重创新驱动。把创新摆在核心位置。\n"
        "——更加注重民生福祉。办好民生实事。\n"
        "今后五年经济社会发展的主要目标是:\n"
        "——高质量发展迈上新台阶。经济增长保持合理区间。\n"
        "——科技创新策源地建设塑造新优势。创新能力明显提升。\n"
        "——城市安全水平得到新提升。风险得到有效防范。\n"
    )
    kinds = {b.heading.text: b.kind for b in st.blocks if b.level == "headed"}
    assert kinds["更加注重创新驱动"] == kinds["更加注重民生福祉"] == "Principle"
    assert {
        kinds[h]
        for h in ("高质量发展迈上新台阶", "科技创新策源地建设塑造新优势", "城市安全水平得到新提升")
    } == {"Goal"}


def test_a_task_and_the_battle_it_wins_head_an_inline_part() -> None:
    st = _structure_of(
        "一、重点工作\n(一)在加强污染防治上持续用力。坚持生态优先。强力治煤。继续推进农村煤改天然气,严防劣质散煤进入。"
        "强力治尘。加强县城区道路洗扫保洁,严格施工工地监管。更加突出水的治理,坚决打赢碧水保卫战。"
        "围绕控源、截污、治河、补水开展综合治理,确保今年年底前出水水质达标。\n"
    )
    inline = [b.heading.text for b in st.blocks if b.number == structure.INLINE]
    assert "更加突出水的治理,坚决打赢碧水保卫战" in inline


def test_a_reviews_time_may_lead_a_run_in_heading() -> None:
    st = _structure_of(
        "一、2025年工作回顾\n一年来,我市经济顶压前行、展现强大韧性。经济运行总体平稳,地区生产总值增长5%。\n"
        "过去一年,对外交往取得新成效。成功举办多场国际会议,友城数量增至80个。\n"
    )
    headings = {b.heading.text for b in st.blocks if b.level == "headed"}
    assert {"一年来,我市经济顶压前行、展现强大韧性", "过去一年,对外交往取得新成效"} <= headings
    lead = _structure_of(
        "一、2025年工作回顾\n过去一年,全区经济运行稳中向好。一是产业能级持续提升,增长12%。\n"
    )
    assert "过去一年,全区经济运行稳中向好" not in {b.heading.text for b in lead.blocks}


def test_a_heading_of_principles_and_another_role_gives_its_items_the_other_and_an_item_its_own() -> (
    None
):
    st = _structure_of(
        "二、“十五五”时期主要目标和重大任务\n(一)关于主要目标指标\n提出20项主要指标。\n"
        "(二)关于重大战略任务\n一是突出推动高质量发展。发展新质生产力是高质量发展的内在要求。\n"
        "三、2026年经济社会发展总体要求和政策取向\n今年是开局之年。\n"
        "继续实施更加积极的财政政策。今年赤字率拟按4%左右安排,赤字规模比上年增加。\n"
    )
    kinds = _kinds(st)
    assert kinds["关于主要目标指标"] == "Goal"
    assert kinds["突出推动高质量发展"] == kinds["继续实施更加积极的财政政策"] == "Measure"


def test_a_reports_review_and_its_tasks_under_targets_and_tasks() -> None:
    st = _structure_of(
        "一、2025年主要工作及“十四五”发展成绩\n(一)着力提振市场信心,经济运行稳进向好。政策效应加快显现。"
        "争取中央预算内投资资金55亿元。外贸外资韧性彰显。出口规模突破6000亿元。\n"
        "二、“十五五”发展主要目标任务\n"
        "(一)持续深化区域协调发展,推动共同富裕先行示范取得新突破。主动融入区域一体化。\n"
        "(二)推进共同富裕取得决定性进展。城乡居民收入倍差缩小至1.58左右。\n"
        "三、2026年发展主要目标和工作安排\n(一)聚力挖掘内需潜能,加快巩固拓展经济向新向好态势\n"
        "充分释放政策效能。抢抓一揽子政策机遇,全力争取要素资源。\n"
    )
    kinds = _kinds(st)
    assert kinds["着力提振市场信心,经济运行稳进向好"] == "Achievement"
    assert kinds["政策效应加快显现"] == kinds["外贸外资韧性彰显"] == "Achievement"
    assert kinds["持续深化区域协调发展,推动共同富裕先行示范取得新突破"] == "Measure"
    assert kinds["推进共同富裕取得决定性进展"] == "Goal"  # a state to reach
    assert kinds["聚力挖掘内需潜能,加快巩固拓展经济向新向好态势"] == "Measure"
    assert kinds["充分释放政策效能"] == "Measure"


def test_a_task_may_open_with_an_adverb() -> None:
    st = _structure_of(
        "二、“十五五”发展主要目标任务\n实现上述目标,必须牢牢把握发展主动权。\n"
        "——必须强化战略引领,以更高站位扛起责任担当。深刻把握重要要求。\n"
        "——必须强化创新驱动,以战略定力塑造发展优势。主动拥抱人工智能时代。\n"
        "(一)切实提升基础研究和原始创新能力,推动创新活力之城迈上新台阶。共建国际科技创新中心。\n"
    )
    kinds = _kinds(st)
    assert kinds["必须强化战略引领,以更高站位扛起责任担当"] == "Measure"
    assert kinds["切实提升基础研究和原始创新能力,推动创新活力之城迈上新台阶"] == "Measure"


def test_circled_items_count_up_to_a_stray_count_and_are_named_by_their_first_clause() -> None:
    text = (
        "一、2025年工作回顾\n(五)着力增进民生福祉,共富基础更加坚实。民生实事全面完成。"
        "①新增房源964套,为28.4万重点群体提供就业帮扶。②更新改造燃气管道149.3公里。"
        "③新增院前医疗急救站点20个,免费开展筛查22.7万人次。社会保障更加有力。8所新建普高启动招生。\n"
    )
    st = _structure_of(unicodedata.normalize("NFKC", text))  # as loading leaves it: ① is 1
    numbered = [b.heading.text for b in st.blocks if b.number.isdigit()]
    assert numbered == ["新增房源964套", "更新改造燃气管道149.3公里", "新增院前医疗急救站点20个"]


def test_the_parts_of_a_review_paragraph_are_read_once() -> None:
    st = _structure_of(
        "一、2025年和“十四五”工作回顾\n"
        "五年来,我们奋力推动高质量发展,综合实力实现历史性跨越。地区生产总值突破1.4万亿元。\n"
        "五年来,我们奋力统筹全域发展,城乡面貌实现整体性提升。城市功能品质活力显著增强。"
        "特大城市框架全面拉开,五大重点片区基本成型。农业农村现代化步伐加快。实现耕地面积、粮食生产五连增。\n"
    )
    parts = [b.heading.text for b in st.blocks if b.number == structure.INLINE]
    assert parts == ["城市功能品质活力显著增强", "农业农村现代化步伐加快"]
    assert all(b.body.end >= b.body.begin for b in st.blocks)


def test_a_review_paragraph_may_set_its_scene_and_run_long() -> None:
    long = (
        "这一年,我们聚力推进城市转型,奔着问题去、迎着困难干,深入开展创建活动,"
        "里子面子、软件硬件、城市农村同步推进,全力打造品质为先、宜居宜业的新城市"
    )
    st = _structure_of(
        "一、2020年工作回顾\n"
        "这一年,我们深入落实协同发展战略,着力打造战略支点。正文。\n"
        "这一年,面对突如其来的新冠肺炎疫情,我们坚持人民至上,打响了疫情防控阻击战。正文。\n"
        f"{long}。正文。\n"
    )
    reviews = [b.heading.text for b in st.blocks if b.number == structure.REVIEW]
    assert reviews[1:] == [
        "这一年,面对突如其来的新冠肺炎疫情,我们坚持人民至上,打响了疫情防控阻击战",
        long,
    ]


def test_a_flattened_task_division_plan_is_read_item_by_item() -> None:
    body = "".join(
        f"{n}.{'2020年底前' if n % 2 else ''}及时总结第{n}批财政资金直达基层的经验做法,进一步完善财政资金直达机制,"
        "优化完善直达资金监控系统功能,督促各地区加强直达资金日常监控,确保资金落实到位。(财政部牵头)"
        for n in range(1, 21)
    )
    line = (
        "为确保会议确定的重点任务落到实处,现制定如下分工方案。一、把实施好宏观政策和深化改革结合起来"
        "(一)研究将财政资金直达机制实施中的好做法制度化,落实减税降费政策。(财政部负责)具体措施:"
        + body
        + "二、放要放出活力、放出创造力(二)系统梳理现有各层级审批并形成清单。(国务院办公厅牵头)"
    )
    assert len(line) > 1500
    st = _structure_of("重点任务分工方案\n" + line + "\n")
    kinds = _kinds(st)
    assert kinds["把实施好宏观政策和深化改革结合起来"] == "Measure"
    assert kinds["研究将财政资金直达机制实施中的好做法制度化,落实减税降费政策"] == "Measure"
    assert kinds["系统梳理现有各层级审批并形成清单"] == "Measure"
    assert sum(1 for b in st.blocks if b.number.isdigit()) == 20


def test_the_results_item_of_a_plans_background_is_an_achievement() -> None:
    st = _structure_of(
        "一、规划背景\n"
        "(一)我国扩大内需已取得显著成效\n"
        "消费基础性作用持续强化。最终消费支出占国内生产总值的比重保持在50%以上。\n"
        "投资关键作用更好发挥。资本形成总额保持在合理水平。\n"
        "(二)机遇和挑战\n"
        "当前和今后一个时期,我国扩大内需既面临重要机遇,也面临不少风险挑战。\n"
    )
    assert _kinds(st)["我国扩大内需已取得显著成效"] == "Achievement"


def test_a_section_on_significance_holds_no_elements() -> None:
    st = _structure_of(
        "一、规划背景\n(二)重大意义\n"
        "实施扩大内需战略是满足人民对美好生活向往的现实需要。正文。\n"
        "实施扩大内需战略是应对国际环境深刻变化的必然要求。正文。\n"
    )
    assert {b.kind for b in st.blocks if b.level == "headed"} == {"Principle"}  # no element


def test_a_task_may_open_with_a_word_of_manner() -> None:
    st = _structure_of(
        "二、“十五五”发展主要目标任务\n"
        "(四)持续深化区域协调发展,推动共同富裕先行示范取得新突破。提升中心城市能级,打造区域协调发展样板。"
        "主动融入区域一体化。深入推进长江经济带、长三角一体化发展等重大战略任务,唱好双城记,加快形成"
        "优势互补的良好格局。高质量推动基本公共服务一体化。加快就业创业扩容提质,完善落实社会保险制度,"
        "推动教育资源扩优提质。\n"
        "(五)协同推进全面绿色转型,推动生态文明之都展现新风貌。以碳达峰试点城市建设为主线。\n"
    )
    kinds = _kinds(st)
    assert kinds["主动融入区域一体化"] == kinds["高质量推动基本公共服务一体化"] == "Measure"
    assert kinds["协同推进全面绿色转型,推动生态文明之都展现新风貌"] == "Measure"


def test_an_enumerated_item_goes_on_in_the_paragraphs_before_the_next() -> None:
    text = (
        "一、2025年工作回顾\n一是改革开放持续深化。完成国企改革。\n"
        "深度融入长三角一体化发展,共建临江都市圈。\n"
        "二是生态治理持续加强。推进湖泊治理。\n"
        "三是民生持续改善。新增就业5万人。\n二、2026年工作安排\n"
        "同时,我们将持续推进改革。\n"
    )
    st = _structure_of(text)
    bodies = {b.heading.text: b.body.text for b in st.blocks}
    assert "共建临江都市圈" in bodies["改革开放持续深化"]
    assert "推进湖泊治理" not in bodies["改革开放持续深化"]
    assert bodies["民生持续改善"] == "新增就业5万人。"


def test_a_slogan_and_the_task_after_its_colon_are_one_heading() -> None:
    """ "1.简政提效:深化行政审批改革集成增效。正文…": one task, headed by both; a cue before a colon
    ("1.工作目标:到2025年,…") still heads its item alone."""
    st = _structure_of(
        "临江市交通领域行动方案\n附件\n示范场景\n"
        "1.简政提效:深化行政审批改革集成增效。持续推进“一件事”改革。\n"
        "2.绿色赋能:建设绿色燃料供应中心。推进绿色甲醇项目稳产达产。\n"
        "3.工作目标:到2025年,建成绿色燃料供应中心。\n"
    )
    heads = {(b.heading.text, b.kind) for b in st.blocks if b.role == "element"}
    assert ("简政提效:深化行政审批改革集成增效", "Measure") in heads
    assert ("绿色赋能:建设绿色燃料供应中心", "Measure") in heads
    body = next(b for b in st.blocks if b.heading.text.startswith("简政提效")).body.text
    assert body.startswith("持续推进")
    assert "工作目标" in {b.heading.text for b in st.blocks}


def test_the_steps_of_a_procedure_section_are_tasks() -> None:
    """ "四、操作流程 (一)区域更新 1.项目咨询。…": the steps a text sets out are its measures, though
    their headings name them without a verb."""
    st = _structure_of(
        "临江区城市更新实施意见\n四、操作流程\n(一)区域更新\n"
        "1.项目咨询。由申请人向区规划资源局咨询项目相关信息。\n"
        "2.项目实施。项目更新方案经认定后实施。\n"
    )
    heads = {(b.heading.text, b.kind) for b in st.blocks if b.role == "element"}
    assert {("区域更新", "Measure"), ("项目咨询", "Measure"), ("项目实施", "Measure")} <= heads


@pytest.mark.parametrize("heading", ["整治内容", "整治重点", "行动内容", "工作重点"])
def test_a_section_of_what_a_campaign_covers_holds_tasks(heading: str) -> None:
    st = _structure_of(
        f"青山区城市环境综合整治行动方案\n二、{heading}\n(一)市容秩序整治。重点整治占道经营。\n"
        "(二)交通秩序整治。整治机动车乱停乱放行为。\n"
    )
    heads = {(b.heading.text, b.kind) for b in st.blocks if b.role == "element"}
    assert heads == {("市容秩序整治", "Measure"), ("交通秩序整治", "Measure")}


@pytest.mark.parametrize("heading", ["2026年工作要点", "工作要点", "2026年重点工作要点"])
def test_a_section_of_work_points_holds_tasks_and_is_none(heading: str) -> None:
    st = _structure_of(
        f"江北区2026年工作要点\n一、2025年工作回顾\n2025年,全区营商环境持续优化。\n二、{heading}\n"
        "(一)持续深化政务服务改革。年内新增10个集成服务场景。\n三、保障措施\n各单位要按季度报送进展。\n"
    )
    heads = {(b.heading.text, b.kind) for b in st.blocks if b.role == "element"}
    assert ("持续深化政务服务改革", "Measure") in heads
    assert not any(heading in text for text, _kind in heads)


@pytest.mark.parametrize("heading", ["重点行动", "主要行动"])
def test_a_section_of_actions_holds_tasks_and_is_none(heading: str) -> None:
    st = _structure_of(
        f"东湖区集成电路产业行动计划\n一、{heading}\n(一)实施设计能力提升行动。支持企业开发芯片。\n"
        "(二)实施制造能力提升行动。支持企业扩大产能。\n二、保障措施\n(一)加强组织领导。建立机制。\n"
    )
    assert _roles(st)[heading] == ("Measure", "container")


@pytest.mark.parametrize("rows", [3, 4, 6])
def test_a_task_tables_rows_make_no_sections_tasks(rows: int) -> None:
    table = "".join(
        f"{i} 编制产业链图谱{i} 区发展改革委 2025年6月底前\n" for i in range(1, rows + 1)
    )
    st = _structure_of(
        "东湖区集成电路产业行动计划\n一、现状与问题\n(一)存在问题。设计环节企业规模偏小。\n二、重点任务\n"
        "(一)实施设计能力提升行动。支持企业开发高端通用芯片。\n三、任务分工\n序号 任务 责任单位 完成时限\n"
        + table
    )
    assert _kinds(st)["现状与问题"] != "Measure"


def test_a_section_of_work_content_holds_tasks() -> None:
    """ "四、工作内容 1、工矿仓储用地:…": what the work covers are the plan's measures."""
    st = _structure_of(
        "临江街道建设用地减量化工作实施方案\n四、工作内容\n合理安排年度减量化计划。\n"
        "1、工矿仓储用地:列入产业结构调整目录的企业。\n2、其他建设用地:存量闲置建设用地。\n"
    )
    heads = {(b.heading.text, b.kind) for b in st.blocks if b.role == "element"}
    assert {("工矿仓储用地", "Measure"), ("其他建设用地", "Measure")} <= heads


def test_an_action_plans_numbered_actions_are_headings_between_parts_and_tasks() -> None:
    """ "行动1:推进旧区改造。" under "一、…" and over "1.…": a measure ranked as a (一) heading,
    its label without the number."""
    st = _structure_of(
        "2026年临江市城市更新行动方案\n一、聚焦重点区域,推进整体更新\n"
        "行动1:推进旧区改造。加快推进零星旧改。\n1.完成旧区改造地块认定。年内完成10个地块。\n"
        "行动2:推进老旧小区改造。\n二、优化政策供给\n行动三、完善规划政策。\n"
    )
    blocks = {b.heading.text: b for b in st.blocks}
    assert {"推进旧区改造", "推进老旧小区改造", "完善规划政策"} <= set(blocks)
    assert blocks["推进旧区改造"].kind == "Measure"
    parent = st.blocks[blocks["完成旧区改造地块认定"].parent]
    assert parent.heading.text == "推进旧区改造"


def test_the_spatial_layout_section_of_a_spatial_plan_holds_measures() -> None:
    """二、空间格局 (or 空间布局) in a 国土空间规划: its strategies and their 一是… items are what the
    plan will do."""
    st = _structure_of(
        "临江区国土空间近期规划\n一、总体要求\n以新发展理念为指导。\n二、空间格局\n(一)空间发展战略\n"
        "1.创新驱动战略\n推动创新资源集聚。\n一是以重点地区承载核心功能建设。推动功能集聚。\n"
        "(二)空间格局优化\n“一带”:强化滨江发展带能级提升。推动岸线贯通。\n"
    )
    kinds = _roles(st)
    assert kinds["空间格局"] == ("Measure", "container")
    assert kinds["空间发展战略"][0] == "Measure"
    assert kinds["创新驱动战略"] == ("Measure", "element")
    assert kinds["以重点地区承载核心功能建设"] == ("Measure", "element")


def test_a_section_on_organisational_leadership_without_items_is_one_safeguard() -> None:
    """三、组织领导 with its joint meeting and member list is one safeguard; a 保障措施 section
    without items stays the section of them, its sentences each one."""
    st = _structure_of(
        "临江街道建设用地减量化工作实施方案\n一、组织领导\n成立临江街道减量化工作联席会议。\n成员单位\n:\n"
        "党政办公室\n社区平安办公室\n二、工作内容\n1.工矿仓储用地。推进减量。\n三、保障措施\n"
        "加强宣传引导。严格督查考核。\n"
    )
    roles = _roles(st)
    assert roles["组织领导"] == ("Safeguard", "element")
    assert roles["保障措施"] == ("Safeguard", "container")


def test_sections_on_how_the_work_is_organised_hold_safeguards() -> None:
    """ "六、实施机制" and "二、试点工作组织" say how the plan is carried out: their items are
    safeguards, not tasks."""
    st = _structure_of(
        "临江区工作要点\n一、重点任务\n(一)推进数据汇聚。建设数据底座。\n二、试点工作组织\n"
        "(一)成立试点工作领导小组。由区长任组长。\n三、实施机制\n(一)健全工作机制。建立调度机制。\n"
    )
    roles = _roles(st)
    assert roles["推进数据汇聚"][0] == "Measure"
    assert roles["成立试点工作领导小组"][0] == "Safeguard"
    assert roles["健全工作机制"][0] == "Safeguard"


def test_items_a_paragraph_counts_one_after_another_are_siblings() -> None:
    """ "一是A。…二是B。…三是C。" in one paragraph: three items of the task above; a list that
    counts again from 一是 inside an item ("二是X。…重点关注两类人员,一是a;二是b。") is the item's."""
    st = _structure_of(
        "临江区规划\n一、主要任务\n(一)推进滨江更新\n"
        "一是推动岸线贯通。加快建设滨江绿道。二是提升滨江功能。引进总部企业。三是优化交通。\n"
        "(二)做好民生工作\n二是健全机制防返贫。重点关注两类人员,一是去年脱贫的人口;二是收入略高的群体。\n"
    )
    parent = {b.heading.text: st.blocks[b.parent].heading.text for b in st.blocks if b.parent >= 0}
    assert parent["推动岸线贯通"] == parent["提升滨江功能"] == parent["优化交通"] == "推进滨江更新"
    assert parent["健全机制防返贫"] == "做好民生工作"


def test_tasks_after_a_short_slogan_mending_a_weakness_or_serving_are_measures() -> None:
    """ "二、洪涝兼治,增强防汛安全与韧性": a task after a short slogan; "(一)补齐洪潮防御短板": a task
    that mends a weakness, no weakness; "六、服务保障,支撑…": a task of service, no safeguard."""
    st = _structure_of(
        "临江市水系统治理规划\n一、洪涝兼治,增强防汛安全与韧性\n(一)补齐洪潮防御短板。加快堤防建设。\n"
        "(二)推进除涝设施建设。新建泵站。\n二、服务保障,支撑区域高质量发展\n"
        "(一)支撑临港新片区高水平开放。完善供水设施。\n三、保障措施\n(一)加强组织领导。\n"
    )
    kinds = _roles(st)
    assert kinds["洪涝兼治,增强防汛安全与韧性"] == ("Measure", "element")
    assert kinds["补齐洪潮防御短板"] == ("Measure", "element")
    assert kinds["服务保障,支撑区域高质量发展"] == ("Measure", "element")
    assert kinds["支撑临港新片区高水平开放"] == ("Measure", "element")
    assert kinds["加强组织领导"] == ("Safeguard", "element")


def test_items_that_spell_out_the_pressures_named_before_are_weaknesses_or_challenges() -> None:
    """ "…还面临较大的压力和挑战。/具体表现为:一是…": the lead names no kind, the sentence before
    does; each item is a weakness of the place's own, or a challenge where it names outside
    pressure; "具体表现为" heads nothing."""
    st = _structure_of(
        "临江区节能降碳规划\n一、发展基础\n(二)面临形势\n"
        "但节能降碳工作还面临较大的压力和挑战。\n"
        "具体表现为:一是能效进一步提升空间有限。能源利用效率已处于领先水平。"
        "二是外部能源价格波动冲击加大。国际市场不确定性上升。\n二、主要任务\n(一)推进节能。加强管理。\n"
    )
    kinds = {b.heading.text: b.kind for b in st.blocks}
    assert kinds["能效进一步提升空间有限"] == "Bottleneck"
    assert kinds["外部能源价格波动冲击加大"] == "Challenge"
    assert "具体表现为" not in kinds


def test_a_notices_list_of_attachments_holds_no_items() -> None:
    """ "附件:1.名词解释 / 2.…流程图 / 3.…索引": the titles of what is attached; the glossary's
    terms after them (城市更新单元:…) are no tasks either."""
    st = _structure_of(
        "临江市城市更新实施意见\n一、主要任务\n(一)优化规划许可流程。简化审批。\n"
        "附件:1.名词解释\n2.城市更新全周期流程图\n3.相关城市更新政策文件索引\n附件1\n名词解释\n"
        "城市更新单元:建立可持续更新模式的重要载体。\n零星更新项目:基于物业权利人的意愿实施的项目。\n"
    )
    kinds = {b.heading.text: b.kind for b in st.blocks}
    assert kinds["优化规划许可流程"] == "Measure"
    assert not {"城市更新全周期流程图", "相关城市更新政策文件索引"} & set(kinds)
    assert not kinds.get("城市更新单元")


def test_the_speakers_outlook_heads_no_paragraph() -> None:
    """ "展望未来,我们充满信心。…" closes a report: two short clauses, but no run-in heading."""
    st = _structure_of(
        "临江市政府工作报告\n二、今年工作安排\n着力扩大内需,消费潜力加快释放。推动消费升级。\n"
        "展望未来,我们充满信心。全市上下团结奋斗,一定能够实现目标。\n"
    )
    headings = {b.heading.text for b in st.blocks}
    assert "着力扩大内需,消费潜力加快释放" in headings
    assert not {h for h in headings if h.startswith("展望")}


def test_a_counted_item_with_text_of_its_own_is_headed_by_its_whole_first_sentence() -> None:
    """ "一是A,B。正文…": the item's heading is its first sentence, a longer second clause and a
    quoted name included; an item that is one sentence ("一是A,B;二是…") is named by A alone."""
    st = _structure_of(
        "临江区规划\n一、主要任务\n(一)推进滨江更新\n"
        "一是加快特色金融功能集聚,打造临江国际金融中心的新质金融发展阵地。引进金融机构。"
        "二是深入推进公园城市建设,实现公园绿地“量质齐升”。建设口袋公园。\n"
        "(二)做好民生工作\n一是完善养老服务,增加床位;二是提升医疗服务,新建医院。\n"
    )
    headings = {b.heading.text for b in st.blocks}
    assert "加快特色金融功能集聚,打造临江国际金融中心的新质金融发展阵地" in headings
    assert "深入推进公园城市建设,实现公园绿地“量质齐升”" in headings
    assert "完善养老服务" in headings


def test_counted_items_run_on_with_commas_stay_apart_before_a_note() -> None:
    st = _structure_of(
        "临江区行动方案\n一、重点任务\n(一)推进数字化转型\n"
        "一是培育智能工厂,二是推广平台应用,三是组织对接活动。(责任单位:区经委)\n"
    )
    headings = [b.heading.text for b in st.blocks]
    assert headings[-3:] == ["培育智能工厂", "推广平台应用", "组织对接活动"]


_TWO_TASK_TABLES = (
    "临江区港口建设工作方案\n一、主要任务\n(一)建设港口设施\n推进港口建设。\n临江区港口建设任务分解表\n序号\n内容\n牵头部门\n配合部门\n"
    "2024年工作任务\n2025年工作计划\n一、建设港口设施\n1\n优化港口空间布局\n各区\n市交通委(市道运局)\n编制码头改造方案。\n"
    "启动二期工程。\n2\n建设区域物流中心\n市交通委等\n各街道、镇\n推进物流中心建设。\n建成物流中心。\n二、提升港口服务\n1\n推进一网通办\n"
    "市妇联\n各县(市、区)\n开展通关便利化改革。\n深化通关便利化改革。\n2\n新建岸电示范站\n市交通委、各区\n—\n建设岸电。\n运营岸电。\n"
    "临江区港口服务任务清单\n序号\n内容\n牵头部门\n2024年工作任务\n1\n优化口岸服务\n口岸处\n开展改革。\n2\n提升服务水平\n口岸处\n"
    "开展培训。\n(二)提升港口服务\n深化通关便利化改革,由区商务委负责。\n临江区人民政府办公室\n2024年3月1日印发\n"
)


def test_a_task_table_ends_where_its_rows_do() -> None:
    """Rows that count again from 1 under each part row, tasks that end as a body's name does
    (建设区域物流中心), body cells with notes (市交通委(市道运局), 各县(市、区), 市交通委等), a
    second table after the first, and an item and a sign-off after both, which are no rows."""
    text = _TWO_TASK_TABLES
    st = _structure_of(text)
    first, second = st.task_tables
    tasks = [(r.part.text if r.part else "", r.task.text if r.task else "") for r in first.rows]
    assert tasks == [
        ("建设港口设施", "优化港口空间布局"),
        ("建设港口设施", "建设区域物流中心"),
        ("提升港口服务", "推进一网通办"),
        ("提升港口服务", "新建岸电示范站"),
    ]
    assert [b.text for b in first.rows[0].bodies] == ["各区", "市交通委(市道运局)"]
    assert [b.text for b in first.rows[2].bodies] == ["市妇联", "各县(市、区)"]
    assert [s.text for _c, s in first.rows[1].steps] == ["推进物流中心建设。", "建成物流中心。"]
    assert [c.text for c in second.columns] == ["2024年工作任务"]
    assert second.end < text.index("(二)提升港口服务")
    assert "提升港口服务" in {b.heading.text for b in st.blocks}  # the item after the tables


def test_a_task_list_grouped_by_actions_and_kinds_before_its_numbers() -> None:
    """A list whose column of kinds (任务类型) stands before 序号, with actions as part rows
    (行动一:…), a kind's cell before the row it groups (旧区改造), bodies under 推进单位, rows
    whose body cells are merged with the row above's (none of their own), and a task written as
    sentences (the table's only column besides the bodies): called by its first clause."""
    st = _structure_of(
        "临江区城市更新行动方案\n附件\n临江区城市更新行动重点任务清单\n任务类型\n序号\n工作任务\n推进单位\n"
        "行动一:再造发展新极行动(综合区域焕新行动)\n1\n推进走马塘片区规划研究\n区规划资源局、区建设管理委\n"
        "2\n推进大徐家阁地区规划研究\n区规划资源局、临江集团\n行动二:重塑美丽新居行动\n旧区改造\n3\n"
        "全面完成零星旧里改造\n旧住房更新改造\n4\n推进老旧住房成套改造,基本完成小梁薄板房屋改造。\n"
        "区房管局、各相关街镇\n"
    )
    (table,) = st.task_tables
    rows = [(r.part.text if r.part else "", r.task.text if r.task else "") for r in table.rows]
    assert rows == [
        ("再造发展新极行动(综合区域焕新行动)", "推进走马塘片区规划研究"),
        ("再造发展新极行动(综合区域焕新行动)", "推进大徐家阁地区规划研究"),
        ("重塑美丽新居行动", "全面完成零星旧里改造"),
        ("重塑美丽新居行动", "推进老旧住房成套改造"),
    ]
    assert [b.text for b in table.rows[1].bodies] == ["区规划资源局、临江集团"]
    last = table.rows[3]
    assert last.text is not None and last.text.text.endswith("基本完成小梁薄板房屋改造。")
    assert not last.steps


def test_a_long_kind_cell_a_bodies_cell_before_the_next_row_and_a_count_are_read_apart() -> None:
    """A kind's cell may be long (a merged cell of several kinds wrapped into one line); a cell
    of bodies before the next row's number ends the row being read when it has none yet; a task
    that counts what it makes (创建20个…小区) names no bodies."""
    st = _structure_of(
        "临江区城市更新行动方案\n附件\n临江区城市更新行动重点任务清单\n任务类型\n序号\n工作任务\n"
        "推进单位\n行动一:重塑美丽新居行动\n旧区改造\n1\n全面完成零星旧里改造\n区房管局\n2\n"
        "创建20个“美丽家园”特色小区、10个“美丽家园”示范小区\n公共服务设施提升改造\n3\n"
        "各街镇全面推进“15分钟社区生活圈”行动,率先建成3个示范性街镇。\n区规划资源局、各相关街镇\n"
        "4\n建设国际一流高品质公共服务设施。\n区体育局、区规划资源局、区建设管理委\n"
        "行动二:蝶变重获新生行动\n历史文化风貌区风貌保护街坊风貌保护道路\n5\n"
        "重点推进张园历史风貌片区开发;推进愚园路街区更新\n区文化旅游局、区“两旧”专班\n"
    )
    (table,) = st.task_tables
    assert [r.task.text if r.task else "" for r in table.rows] == [
        "全面完成零星旧里改造",
        "创建20个“美丽家园”特色小区、10个“美丽家园”示范小区",
        "各街镇全面推进“15分钟社区生活圈”行动",
        "建设国际一流高品质公共服务设施",
        "重点推进张园历史风貌片区开发",
    ]
    assert [[b.text for b in r.bodies] for r in table.rows] == [
        ["区房管局"],
        [],
        ["区规划资源局、各相关街镇"],
        ["区体育局、区规划资源局、区建设管理委"],
        ["区文化旅游局、区“两旧”专班"],
    ]


def test_a_short_body_cell_before_the_next_rows_number_stays_in_its_row() -> None:
    """No column before 序号 here: a short cell before a row's number is the row's own body."""
    st = _structure_of(
        "临江区营商环境工作方案\n任务分解表\n序号\n工作任务\n责任单位\n1\n深化企业开办便利化改革\n"
        "区市场监管局\n2\n推进工程建设项目审批改革\n区住房城乡建设委\n"
    )
    (table,) = st.task_tables
    assert [[b.text for b in r.bodies] for r in table.rows] == [
        ["区市场监管局"],
        ["区住房城乡建设委"],
    ]


def test_task_table_cells_numbered_in_brackets_dated_steps_and_tables_of_indicators() -> None:
    """(1)…(2)… is one cell; a step that opens with its year stays a step where the table has
    no column of deadlines; a table of indicators with a column of bodies is no task table."""
    st = _structure_of(
        "临江区工作方案\n任务分解表\n序号\n工作任务\n责任单位\n2024年工作任务\n2025年工作计划\n"
        "1\n推进码头改造\n规划处\n(1)编制改造方案。\n(2)启动一期工程。\n2025年底前完成验收\n"
        "2\n推进岸电建设\n运输处\n建设岸电。\n运营岸电。\n"
        "主要指标表\n序号\n指标\n牵头部门\n工作措施\n1\n岸电使用率(%)\n运输处\n90\n"
        "2\n泊位利用率(%)\n运输处\n80\n"
    )
    (table,) = st.task_tables
    steps = [(c, s.text) for c, s in table.rows[0].steps]
    assert steps == [(0, "编制改造方案。"), (0, "启动一期工程。"), (1, "2025年底前完成验收")]
    assert table.rows[0].deadlines == ()


def test_a_task_tables_step_is_called_by_its_first_clause_without_its_stop() -> None:
    row = TaskRow(None, None, (), ((0, Span(0, 4, "建岸电。")), (1, Span(5, 10, "运营岸电。"))))
    assert [label.text for _c, _cell, label in tasktables.step_labels(row)] == [
        "建岸电",
        "运营岸电",
    ]


def test_items_numbered_inside_a_paragraph_after_a_lead_are_named_without_their_mark() -> None:
    """ "具体包括:1.A;2.B;3.C。": each item is named without its "1." and the lead 具体包括 is no
    item of its own."""
    st = _structure_of(
        "临江区城市更新实施意见\n二、重点任务\n(二)创新实施机制。具体包括:1.完善项目认定;"
        "2.优化审批流程;3.加强资金保障。\n"
    )
    kinds = _kinds(st)
    assert {"完善项目认定", "优化审批流程", "加强资金保障"} <= set(kinds)
    assert "具体包括" not in kinds
    assert not any(heading.startswith((".", "、")) for heading in kinds)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (  # 二、工作方式: its items are tasks, whatever verb (搭建) or none opens them
            "临江区城市体检工作方案\n二、工作方式\n(一)开展区级城市体检\n开展评估。\n"
            "(二)搭建体检信息系统\n整合数据。\n(三)城市体检成果应用\n制定行动计划。\n",
            ("搭建体检信息系统", "城市体检成果应用"),
        ),
        (  # "到2025年,一是…": the first counted item follows a short lead of its paragraph
            "临江区城市更新行动方案\n二、重点任务\n(一)滨水更新行动\n到2025年,一是着力打造滨江新亮点。"
            "推进滨江区域更新。二是升级城市基础设施建设。完成管道改造。\n",
            ("着力打造滨江新亮点", "升级城市基础设施建设"),
        ),
    ],
)
def test_items_read_as_tasks(text: str, items: tuple[str, ...]) -> None:
    kinds = _kinds(_structure_of(text))
    assert all(kinds[item] == "Measure" for item in items)


def test_a_target_or_task_on_a_line_of_its_own_is_named_without_its_stop() -> None:
    st = _structure_of(
        "临江区行动方案\n一、工作目标\n到2025年,实现以下目标:\n1.建成示范场景20个;\n"
        "2.培育龙头企业10家。\n二、主要任务\n(一)推进改造;\n(二)完善机制,\n"
    )
    headings = [b.heading.text for b in st.blocks]
    assert {"建成示范场景20个", "培育龙头企业10家", "推进改造", "完善机制"} <= set(headings)


@pytest.mark.parametrize("signed", ["2024年12月1日", "二〇二四年十二月一日"])
def test_the_closing_clause_and_the_signature_are_no_part_of_the_last_item(signed: str) -> None:
    st = _structure_of(
        "临江市人民政府关于推进城市更新的实施意见\n三、保障措施\n(一)加强组织领导。成立领导小组。\n"
        "(二)强化资金保障。市财政局统筹安排资金。\n本意见自2025年1月1日起施行。\n临江市人民政府\n"
        f"{signed}\n"
    )
    last = st.blocks[-1]
    assert last.heading.text == "强化资金保障"
    assert last.body.text.rstrip() == "市财政局统筹安排资金。"


@pytest.mark.parametrize(
    "after",
    [
        "本措施自公布之日起生效,有效期至2026年12月31日。\n[1]“3+3”是指时尚消费产业、专业服务业。\n",
        "[1] 参照市级规划,指标属性设置为预期性。\n",
        "〔1〕参照市级规划,指标属性设置为预期性。\n",
        # the appeal that closes a report or an opinion
        "各位代表!新征程催人奋进。让我们更加紧密地团结在以习近平同志为核心的党中央周围,而努力奋斗!\n",
        "各位代表,让我们在区委的坚强领导下,为建设美丽幸福新临江而努力奋斗!\n",
        "让我们携手同心、真抓实干,奋力开创临江高质量发展新局面。\n",
        "各位代表,新征程催人奋进。让我们奋力谱写临江高质量发展新篇章!\n",
        "让我们以更加昂扬的姿态,奋力谱写临江高质量发展新篇章!\n",
    ],
)
def test_an_unsigned_closing_clause_and_the_footnotes_are_no_part_of_the_last_item(
    after: str,
) -> None:
    st = _structure_of(
        "临江区关于促进经济高质量发展的若干措施\n1、强化人才服务。提供安居支持。\n"
        "2、打造特色产业集聚区。培育一批企业。\n" + after
    )
    last = st.blocks[-1]
    assert last.heading.text == "打造特色产业集聚区"
    assert last.body.text.rstrip() == "培育一批企业。"


def test_a_glossary_and_an_attached_table_under_its_title_hold_no_items() -> None:
    st = _structure_of(
        "关于印发临江区消防安全工作方案的通知\n附件:1.临江区消防安全工作方案\n"
        "2.临江区消防安全考核评分细则表(试行)\n临江区消防安全工作方案\n一、工作内容\n"
        "(一)彻底排查。摸清底数。\n(二)长效管理。加强宣传。\n临江区消防安全考核评分细则表(试行)\n"
        "1\n未确定消防安全责任人的扣2分。\n2\n未制定消防安全制度的扣1分。\n"
        "名词解释\n1.“两重”:是指国家重大战略实施和重点领域安全能力建设。\n"
        "2.“两新”:是指大规模设备更新和消费品以旧换新。\n"
    )
    assert [b.heading.text for b in st.blocks][-2:] == ["彻底排查", "长效管理"]
    assert st.blocks[-1].body.text.rstrip() == "加强宣传。"


def test_the_fields_of_a_tasks_note_head_no_items() -> None:
    """ "(责任单位:…;完成时限:2024年6月底前)" and "完成时限:2024年底。": fields of the task's note."""
    st = _structure_of(
        "临江区2024年优化营商环境工作方案\n一、重点任务\n"
        "1.推行企业开办“一网通办”。(责任单位:区市场监管局;完成时限:2024年6月底前)\n"
        "2.优化纳税服务。责任单位:区税务局。完成时限:2024年底。\n"
    )
    headings = [b.heading.text for b in st.blocks]
    assert headings == ["重点任务", "推行企业开办“一网通办”", "优化纳税服务"]


def test_a_heading_that_sums_up_a_periods_results_titles_the_review() -> None:
    st = _structure_of(
        "中共临江市委关于制定临江市国民经济和社会发展第十五个五年规划的建议\n一、坚定信心奋力前行\n"
        "1.“十四五”时期临江发展取得历史性成就。综合实力显著提升,地区生产总值突破5000亿元。"
        "科技创新成果丰硕,研发投入强度达到3%。\n"
    )
    (review,) = [b for b in st.blocks if b.heading.text.endswith("取得历史性成就")]
    assert (review.kind, review.role) == ("Achievement", "container")


def _parents(st: structure.Structure) -> dict[str, str]:
    """Each block's heading and the heading of the block it stands in ("" at the top)."""
    return {
        b.heading.text: st.blocks[b.parent].heading.text if b.parent >= 0 else "" for b in st.blocks
    }


def test_items_counted_by_yi_yao_are_siblings_like_yi_shi() -> None:
    """ "一要…二要…" counts items as "一是…" does; an item whose first sentence has two clauses
    ("一是A,B。二是…") is a sibling of the next, not its parent."""
    for mark in ("是", "要"):
        st = _structure_of(
            "一、主要任务\n(一)加快产业升级\n"
            f"一{mark}加快传统产业改造,推动钢铁、化工等行业技术改造。"
            f"二{mark}培育新兴产业,发展集成电路和生物医药。三{mark}强化要素保障,完善用地政策。\n"
        )
        parents = _parents(st)
        assert parents["培育新兴产业"] == "加快产业升级", mark
        assert parents["强化要素保障"] == "加快产业升级", mark
        assert not any(h.startswith(f"一{mark}") for h in parents), mark
    st = _structure_of("一、主要任务\n三要素统筹配置。四要素保障清单按月更新,一要求到位。\n")
    assert not any(h.startswith(("素", "求")) for h in _parents(st))  # 三要素, 一要求: no count


def test_bulleted_items_are_items_without_their_bullet() -> None:
    st = _structure_of(
        "一、主要任务\n● 加强人才引进\n实施高层次人才引进计划,建设人才公寓。\n"
        "● 加大金融支持\n设立产业投资基金。\n"
        "二、保障措施\n■加强组织领导。成立工作领导小组。\n■强化督查考核。将任务纳入年度考核。\n"
    )
    kinds = _kinds(st)
    assert kinds["加强人才引进"] == kinds["加大金融支持"] == "Measure"
    assert kinds["加强组织领导"] == kinds["强化督查考核"] == "Safeguard"
    assert _parents(st)["加强人才引进"] == "主要任务"
    st = _structure_of(
        "一、主要指标\n★为约束性指标,其余为预期性指标。\n▲表示新增指标。\n□□县要抓好落实。\n"
    )
    assert not any(h.startswith(("为约束性", "表示新增", "□县")) for h in _parents(st))  # marks


def test_decimal_section_numbers_and_bracketed_headings() -> None:
    st = _structure_of(
        "1 发展基础\n1.1 产业规模持续扩大\n全市工业总产值突破1万亿元。\n"
        "2 主要任务\n2.1 加快产业升级\n推动钢铁、化工等行业技术改造。\n"
        "2.1.1 推进智能化改造\n实施智能工厂建设行动。\n2.2 培育新兴产业\n发展集成电路。\n"
        "1.5万亿元产值的目标如期实现。\n"
        "3 保障措施\n【加强组织领导】成立工作领导小组,统筹推进各项工作。\n"
        "【强化督查考核】\n将任务纳入年度考核。\n"
    )
    parents = _parents(st)
    assert parents["产业规模持续扩大"] == "发展基础"
    assert parents["加快产业升级"] == parents["培育新兴产业"] == "主要任务"
    assert parents["推进智能化改造"] == "加快产业升级"
    assert not any(h.startswith("1.5") or h.startswith("万亿") for h in parents)
    kinds = _kinds(st)
    assert kinds["加强组织领导"] == kinds["强化督查考核"] == "Safeguard"
    assert kinds["加快产业升级"] == "Measure"
    st = _structure_of(
        "一、保障措施\n【加强组织领导】\n成立领导小组。\n【强化资金保障】\n统筹资金。\n"
        "【严格督查考核】将任务纳入考核。\n【2025年】完成改造项目100个。\n【典型案例】某企业实现翻番。\n"
        "【发布单位】经信局\n1.5 万亿元,规模以上企业增长。\n"
    )
    parents = _parents(st)
    assert parents["严格督查考核"] == parents["强化资金保障"] == "保障措施"  # siblings
    assert not {"2025年", "典型案例", "发布单位", "万亿元,规模以上企业增长"} & set(parents)
    st = _structure_of(
        "一、主要任务\n1.加快改造\n推进改造。\n2.5G全连接工厂建设\n推进建设。\n2.8%左右\n"
    )
    parents = _parents(st)
    assert parents["5G全连接工厂建设"] == "主要任务"  # item 2, no section 2.5
    assert not {h for h in parents if "%" in h}  # a figure on its line heads nothing


def test_a_heading_ends_before_the_note_on_who_does_it() -> None:
    st = _structure_of(
        "一、主要任务\n(一)实施“个转企”工程(责任单位:区市场监管局)\n推动个体工商户转型。\n"
        "(二)建设智慧园区(区经委牵头,区科委配合)\n建设园区数据平台。\n"
        "(三)发展服务业(含生产性服务业)\n发展物流。\n"
    )
    kinds = _kinds(st)
    assert kinds["实施“个转企”工程"] == kinds["建设智慧园区"] == "Measure"
    assert "发展服务业(含生产性服务业)" in kinds  # a note on the task itself stays
    st = _structure_of(
        "一、主要任务\n(一)建立“首席服务官”制度(专人负责重点企业)\n走访企业。\n"
        "(二)推进老旧小区改造(责任单位:区住建委(区房管所))\n改造小区。\n"
    )
    kinds = _kinds(st)
    assert "建立“首席服务官”制度(专人负责重点企业)" in kinds  # who does it is part of the task
    assert "推进老旧小区改造" in kinds


def test_a_part_or_chapter_number_and_its_colon_are_no_part_of_the_heading() -> None:
    st = _structure_of("第一部分:发展基础\n全区绿地持续增加。\n第二章:主要任务\n推进绿道建设。\n")
    assert [b.heading.text for b in st.blocks] == ["发展基础", "主要任务"]


def test_a_section_beside_a_task_whose_items_are_tasks_is_a_task() -> None:
    st = _structure_of(
        "一、工作目标\n到2025年,隐患全面整改。\n二、突出重点集中攻坚\n(一)深入排查整治气瓶隐患。加强监管。\n"
        "三、综合施策提升监管效能\n(一)落实企业安全主体责任。严格落实责任。\n"
        "(二)完善管理制度。严格落实许可要求。\n四、工作要求\n(一)强化组织领导。各区要成立专班。\n"
    )
    kinds = _roles(st)
    assert kinds["突出重点集中攻坚"] == ("Measure", "element")
    assert kinds["综合施策提升监管效能"] == ("Measure", "element")
    assert kinds["落实企业安全主体责任"] == ("Measure", "element")


def test_a_report_part_named_the_years_work_holds_its_tasks() -> None:
    st = _structure_of(
        "一、过去一年的工作\n(一)稳住了经济大盘。全年增长5%。\n"
        "二、2026年的工作\n(一)保持物价总水平基本稳定。加强价格监管。\n"
        "(二)进一步扩大内需。积极扩大消费需求。\n"
    )
    kinds = _roles(st)
    assert kinds["2026年的工作"] == ("Measure", "container")
    assert kinds["保持物价总水平基本稳定"] == ("Measure", "element")
    assert kinds["过去一年的工作"][0] != "Measure"  # the past year's work is no task


def test_an_action_plans_focus_areas_are_its_tasks() -> None:
    st = _structure_of(
        "一、主要目标\n到2027年,新增注册证超200件。\n二、重点发展产品\n"
        "(一)高端影像产品。加快高清血管造影设备迭代升级。\n"
        "(二)高端手术系统。推动柔性手术机器人研制。\n"
        "三、重点任务\n(一)深化重点领域改革\n1.加强基础研究。加强精准诊断研究。\n"
    )
    kinds = _roles(st)
    assert kinds["重点发展产品"] == ("Measure", "container")
    assert kinds["高端影像产品"] == ("Measure", "element")
    assert kinds["深化重点领域改革"][0] == "Measure"  # a task under 重点任务, not a section title


def test_sections_of_results_shortfalls_and_guiding_lines() -> None:
    st = _structure_of(
        "一、“十三五”期间发展成果\n(一)住房租赁体系加快构建。新增租赁住房20万套。\n"
        "(二)差距与不足\n1.消防综合治理机制仍需完善。部门协同不够。\n"
        "二、指导方针\n(一)指导思想\n坚持以人民为中心。\n三、主要任务\n(一)加快住房建设。\n"
    )
    kinds = _roles(st)
    assert kinds["住房租赁体系加快构建"] == ("Achievement", "element")
    assert kinds["消防综合治理机制仍需完善"] == ("Bottleneck", "element")
    assert kinds["指导方针"][0] == "Principle"


def test_the_annex_after_a_plan_that_a_cover_notice_attaches_holds_no_items() -> None:
    """The cover's "附件:…实施方案" heads the plan itself; the annex is the one after its items."""
    st = _structure_of(
        "关于印发《2026年临江区违法用地综合整治实施方案》的通知\n各街镇:\n现将方案印发给你们。\n"
        "附件:2026年临江区违法用地综合整治实施方案\n附件\n2026年临江区违法用地综合整治实施方案\n"
        "一、保障措施\n(一)加大媒体宣传\n各街镇要用好各类媒体。\n附件:临江区2026年度整治任务\n附件\n"
        "临江区2026年度整治任务表\n序号\n街镇\n1\n马陆镇\n2.造林项目\n3.新建公园\n"
    )
    roles = {b.heading.text: (b.kind, b.role, b.parent) for b in st.blocks}
    assert roles["加大媒体宣传"][:2] == ("Safeguard", "element")
    assert not [h for h, (_k, role, _p) in roles.items() if h in ("造林项目", "新建公园") and role]


def test_a_table_caption_that_ends_the_text_is_read_without_its_table() -> None:
    """A page whose table was an image ends with the table's caption: no table, no crash."""
    st = _structure_of(
        "一、主要任务\n(一)推进垃圾分类。\n附件3\n2019年临江区生活垃圾分类减量推进工作指标"
    )
    assert not st.tables
    assert [b.heading.text for b in st.blocks][:2] == ["主要任务", "推进垃圾分类"]


def test_a_review_closing_with_issues_to_watch_and_a_table_of_figures() -> None:
    st = _structure_of(
        "一、“十四五”发展成就回顾\n(一)打造优质绿化空间。新建绿地100公顷。\n(二)主要指标完成情况\n"
        "绿化覆盖率\n45.00以上\n(三)重点关注问题\n"
        "在充分肯定“十四五”取得成绩的同时,我区在以下方面仍需重点关注:\n"
        "一是绿地资源分布不均,现状绿地空间功能较为单一。\n二是新造林任务完成难度较大,土地资源紧缺。\n"
        "二、发展目标\n到2030年,绿化覆盖率达到46%。\n"
    )
    kinds = {b.heading.text: b.kind for b in st.blocks}
    assert kinds["绿地资源分布不均"] == kinds["新造林任务完成难度较大"] == "Bottleneck"
    assert "以上" not in kinds  # 45.00以上 is a figure, no numbered item


def test_words_of_results_or_shortfalls_in_a_tasks_heading_name_no_section() -> None:
    st = _structure_of(
        "三、主要任务\n一、共享发展成果,增进民生福祉\n(一)扩大就业容量。新增就业岗位。\n"
        "(二)推广主要成果。推动成果转化。\n(三)正视差距和不足。对标先进城市补短板。\n"
    )
    kinds = {b.heading.text: b.kind for b in st.blocks}
    assert kinds["扩大就业容量"] == kinds["推广主要成果"] == kinds["正视差距和不足"] == "Measure"


def test_counted_items_in_a_paragraph_are_read_once() -> None:
    st = _structure_of(
        "临江区政府工作报告\n2025年工作回顾\n一年来,全区经济社会发展总体平稳。一是经济运行持续向好。预计全年地区生产总值突破"
        "4000亿元,增速与全市基本保持同步。二是科创动能加速迸发。集聚人工智能企业1500余家,备案大模型83个。"
        "三是城市更新有力推进。全年收储土地560亩,10幅地块完成出让。\n"
    )
    headings = [b.heading.text for b in st.blocks if b.level == "headed"]
    assert headings == ["经济运行持续向好", "科创动能加速迸发", "城市更新有力推进"]
    parents = {b.parent for b in st.blocks if b.level == "headed"}
    assert len(parents) == 1  # peers, none inside another


def test_a_chapter_of_key_projects_holds_tasks() -> None:
    st = _structure_of(
        "临江区消防事业发展“十五五”规划\n三、主要任务\n(一)完善消防站布局\n新建消防站3座。\n"
        "四、重点项目\n1.消防车升级。区消防救援局目前实有消防车40辆,规划期内更新12辆。\n"
        "2.智慧消防建设。建成城市消防物联网监测平台。\n"
    )
    kinds = _kinds(st)
    assert kinds["重点项目"] == "Measure"
    assert kinds["消防车升级"] == kinds["智慧消防建设"] == "Measure"


def test_a_goal_that_names_the_situation_under_the_goals_is_a_goal() -> None:
    st = _structure_of(
        "临江区消防事业发展“十五五”规划\n二、发展目标\n(1)火灾形势稳中向好\n火灾起数稳中有降。\n"
        "(2)火灾风险逐步降低\n隐患明显减少。\n"
    )
    assert _roles(st)["火灾形势稳中向好"] == ("Goal", "element")


def test_troubles_spelt_out_in_so_many_respects_are_bottlenecks() -> None:
    st = _structure_of(
        "临江区国民经济和社会发展第十五个五年规划纲要\n一、发展环境\n"
        "临江前进的道路上还面临一些困难和挑战。主要表现在四方面:一是核心引擎能级不足。总部经济能级较低。"
        "二是新旧动能转换不快。支柱产业以传统功能为主。\n"
    )
    kinds = _kinds(st)
    assert kinds["核心引擎能级不足"] == kinds["新旧动能转换不快"] == "Bottleneck"
    assert "主要表现在四方面" not in kinds  # a lead into the items, no heading


def test_an_item_that_reviews_the_years_since_the_last_plan_holds_results() -> None:
    st = _structure_of(
        "临江区国民经济和社会发展第十五个五年规划纲要\n一、厚植发展沃土\n(一)筑牢发展根基\n"
        "“十四五”以来,临江统筹推进高质量发展,圆满完成“十四五”规划主要目标任务。\n"
        "经济能级跨步跃升。主要经济指标迈上新台阶,五年来地区生产总值年均增长5%。\n"
        "城市更新精彩蝶变。旧区改造全面收官,惠及居民2万户。\n"
        "二、主要任务\n(一)推进城市更新\n“十四五”以来,全区已完成旧区改造。下一步,推进零星旧改。\n"
    )
    roles = _roles(st)
    assert roles["筑牢发展根基"] == ("Achievement", "container")
    assert roles["经济能级跨步跃升"] == roles["城市更新精彩蝶变"] == ("Achievement", "element")
    assert roles["推进城市更新"][0] == "Measure"  # a task may recall the years since


def test_short_headings_that_name_a_task_as_a_noun_are_tasks() -> None:
    st = _structure_of(
        "临江县关于加快旅游业发展的若干意见\n一、旅游服务设施建设\n"
        "1.酒店建设。对新建的三星级酒店给予奖励。\n2.民宿建设。对标准化民宿给予奖励。\n"
        "二、旅游品牌创建\n3.A级景区创建。对新评定的景区给予奖励。\n"
    )
    kinds = _kinds(st)
    assert kinds["旅游服务设施建设"] == kinds["酒店建设"] == kinds["民宿建设"] == "Measure"
    assert kinds["旅游品牌创建"] == kinds["A级景区创建"] == "Measure"


def test_a_reports_task_parts_are_tasks_whatever_words_they_hold() -> None:
    st = _structure_of(
        "临江市政府工作报告\n二、今年发展主要目标和下一阶段工作总体部署\n"
        "今年发展的主要预期目标是:地区生产总值增长6%左右。\n"
        "积极的财政政策要更加积极有为。今年赤字率拟按3.6%以上安排。\n"
        "稳健的货币政策要更加灵活适度。综合运用降准降息等手段。\n"
        "三、加大宏观政策实施力度,着力稳企业保就业\n加大减税降费力度。强化阶段性政策。\n"
        "四、依靠改革激发市场主体活力,增强发展新动能\n深化“放管服”改革。推进简政放权。\n"
        "五、围绕保障和改善民生,推动社会事业改革发展\n加强公共卫生体系建设。完善疾病预防控制体系。\n"
        "六、加大民生投入力度\n实施阶段性政策。\n"
    )
    kinds = _kinds(st)
    assert kinds["今年发展主要目标和下一阶段工作总体部署"] == "Goal"  # no stage
    assert (
        kinds["积极的财政政策要更加积极有为"] == kinds["稳健的货币政策要更加灵活适度"] == "Measure"
    )
    for task in (
        "加大宏观政策实施力度,着力稳企业保就业",
        "加大减税降费力度",
        "依靠改革激发市场主体活力,增强发展新动能",
        "深化“放管服”改革",
        "围绕保障和改善民生,推动社会事业改革发展",
        "加强公共卫生体系建设",
        "加大民生投入力度",
    ):
        assert kinds[task] == "Measure", task


def test_a_section_whose_first_line_says_why_the_plan_was_made_stays() -> None:
    st = _structure_of(
        "临江市实施方案\n一、工作目标\n为深入贯彻落实国家部署,结合本市实际,制定本方案。"
        "到2025年,建成示范区3个。\n二、主要任务\n(一)加快产业升级。推动制造业转型。\n"
    )
    kinds = _kinds(st)
    assert kinds["工作目标"] == "Goal"  # not taken for a policy's opening article
    assert kinds["加快产业升级"] == "Measure"


def test_a_heading_that_only_says_when_the_policy_takes_effect_is_no_item() -> None:
    st = _structure_of(
        "临江市关于城市更新的实施意见\n一、支持政策\n(一)优化规划许可流程。简化审批。\n"
        "二、施行\n(二)施行\n本实施意见自印发之日起施行。\n"
    )
    assert "施行" not in _kinds(st)


def test_the_lead_sentence_of_an_items_only_paragraph_heads_no_part_of_it() -> None:
    st = _structure_of(
        "临江区关于加强文物保护工作的实施意见\n三、落实责任\n(一)强化主管部门职责\n"
        "优化机构编制配置,支持文物保护部门依法履行职责。进一步转变政府职能,加大简政放权力度。\n"
        "(二)加强部门协调\n建立文物保护工作联席会议制度。各部门要密切配合,形成工作合力。\n"
        "(三)加强文物执法\n健全执法机制。完善执法程序,规范执法行为。\n加强执法队伍建设。充实执法力量,提高执法水平。\n"
    )
    headings = set(_kinds(st))
    assert {"强化主管部门职责", "加强部门协调"} <= headings
    assert not headings & {
        "优化机构编制配置,支持文物保护部门依法履行职责",
        "建立文物保护工作联席会议制度",
    }
    assert {"健全执法机制", "加强执法队伍建设"} <= headings  # two paragraphs: two parts


def test_the_lead_sentence_of_a_reviewed_items_only_paragraph_is_a_result_of_its_own() -> None:
    st = _structure_of(
        "临江区节能减排“十五五”规划\n一、发展基础\n3.重点领域节能减碳成效显著\n"
        "引领实施建筑节能改造。完成12个既有公共建筑节能改造项目。\n"
        "4.资源循环综合利用能力稳步提升\n持续加强塑料污染源头减量。全面落实塑料污染治理要求。\n"
        "二、主要任务\n(一)推进建筑节能\n"
    )
    assert _kinds(st).get("引领实施建筑节能改造") == "Achievement"


def test_a_title_wrapped_over_two_lines_is_no_heading() -> None:
    st = _structure_of(
        "区政府各委、办、局,各街道办事处:\n\n区文化局《关于进一步加强临江区文物保护工作的实施意见》"
        "已经区政府第73次常务会议通过,现批转给你们,请遵照执行。\n\n关于进一步加强临江区文物保护工作的"
        "\n\n实施意见\n\n为了进一步做好本区的文物保护管理工作,增强相关部门和人员的保护责任感,提高全社会"
        "文物保护意识,按照《中华人民共和国文物保护法》等相关法律法规,制定本实施方案。\n\n"
        "一、基本原则\n\n坚持保护为主。\n\n二、落实责任\n\n(一)落实政府责任\n\n各街道要把文物保护纳入考核。\n"
    )
    assert "实施意见" not in _kinds(st)
    assert "落实政府责任" in _kinds(st)


def test_a_reports_part_on_its_aims_and_macro_policies_holds_tasks() -> None:
    st = _structure_of(
        "临江市政府工作报告\n二、今年经济社会发展的总体要求、主要预期目标和宏观经济政策\n"
        "今年经济社会发展的主要预期目标是:地区生产总值增长7.5%左右。\n"
        "继续实施积极的财政政策。更好发挥财政政策在稳增长中的作用。一是适当增加财政赤字。"
        "今年拟安排赤字120亿元。二是着力优化财政支出结构。严格控制一般性支出。\n"
        "继续实施稳健的货币政策。把握好稳增长和防风险的平衡。\n"
        "三、对今年政府工作的建议\n(一)加快转变发展方式。推进产业升级。\n"
    )
    kinds = _kinds(st)
    assert kinds["继续实施积极的财政政策"] == kinds["继续实施稳健的货币政策"] == "Measure"
    assert kinds["适当增加财政赤字"] == "Measure"


def test_a_section_of_key_projects_holds_tasks() -> None:
    st = _structure_of(
        "临江区生态空间建设“十五五”规划\n二、重点任务\n(一)推进公园建设\n建设一批口袋公园。\n"
        "三、重要项目\n(一)滨江公共空间提升项目\n提升滨江公共空间品质。\n(二)临江公园改扩建工程\n"
        "实施公园改扩建。\n四、保障措施\n(一)加强组织领导\n建立工作机制。\n"
    )
    kinds = _kinds(st)
    assert kinds["滨江公共空间提升项目"] == kinds["临江公园改扩建工程"] == "Measure"


def test_a_reports_part_that_puts_its_task_with_ba_holds_tasks() -> None:
    st = _structure_of(
        "临江市政府工作报告\n二、2015年工作总体部署\n做好今年工作,要坚持稳中求进。\n"
        "三、把改革开放扎实推向纵深\n多管齐下改革投融资体制。大幅缩减政府核准的投资项目范围。\n"
        "不失时机加快价格改革。大幅缩减政府定价种类和项目。\n"
    )
    kinds = _kinds(st)
    assert kinds["把改革开放扎实推向纵深"] == "Measure"
    assert kinds["多管齐下改革投融资体制"] == kinds["不失时机加快价格改革"] == "Measure"


def test_the_lead_sentence_of_a_sections_only_paragraph_heads_no_part_of_it() -> None:
    st = _structure_of(
        "临江市国民经济和社会发展第十五个五年规划纲要\n第八章 打造科技成果转化高地\n"
        "完善以市场化为导向的科技成果转化体系。\n第一节 健全科技成果转化机制\n"
        "深入挖掘高校、科研院所存量科技成果资源。探索科研类事业单位实行企业化管理。推进赋权改革。\n"
        "第二节 营造一流人才发展环境\n构建更加科学有效的人才评价机制。完善高层次人才评价制度。\n"
        "打造更加宜居宜业的人才保障体系。强化综合服务。\n"
    )
    headings = set(_kinds(st))
    assert {"健全科技成果转化机制", "营造一流人才发展环境"} <= headings
    assert "深入挖掘高校、科研院所存量科技成果资源" not in headings
    assert {"构建更加科学有效的人才评价机制", "打造更加宜居宜业的人才保障体系"} <= headings


@pytest.mark.parametrize(
    "doc", ["工作要点", "要点", "工作方案", "实施方案", "行动方案", "行动计划", "意见"]
)
def test_a_charge_to_carry_out_the_document_closes_it(doc: str) -> None:
    from builder.structure import instruction

    assert instruction(f"各区、各有关部门要对照本{doc}抓好落实。")
    assert instruction(f"各区应按照本{doc}制定细则。")
    assert instruction(f"各部门须将本{doc}落实情况报送区政府。")
    assert not instruction(f"区发展改革委要对照本{doc}抓好落实。")  # one body's task
    assert not instruction("各区要加强统筹,抓好落实。")  # no word of the document
