"""Stage 3: entity recognition from the vocabulary, enumerations and name patterns."""

from __future__ import annotations

import pytest

from builder.gazetteer import Candidate
from builder.model import Document, Extraction

from .conftest import labels, related


def test_discovers_entities_missing_from_the_vocabulary(sink_extraction: Extraction) -> None:
    x = sink_extraction
    assert {"滨河科技园区", "北湖创新示范区", "滨河金融集聚区"} <= labels(x, "Zone")
    assert {"青禾银行", "远帆证券", "明德律师事务所", "星图游戏"} == labels(x, "Enterprise")
    assert {"绿色金融产业", "数字游戏产业", "金融服务业"} <= labels(x, "Industry")
    assert "临江产业研究院" in labels(x, "Organization")
    assert "区发展改革委" in labels(x, "GovernmentBody")
    assert "一带两核" in labels(x, "PolicyConcept")


def test_generic_words_are_not_entities(sink_extraction: Extraction) -> None:
    everything = {k.label for k in sink_extraction.entities}
    for generic in ("产业", "产业园区", "金融机构", "不同产业", "临江区", "临江产业"):
        assert generic not in everything


def test_enterprises_get_industries_from_their_names_or_list(sink_extraction: Extraction) -> None:
    pairs = related(sink_extraction, "inIndustry")
    assert ("青禾银行", "金融服务业") in pairs
    assert ("明德律师事务所", "专业服务业") in pairs
    assert ("星图游戏", "文化创意产业") in pairs


def test_mentions_point_into_the_text(sink_extraction: Extraction) -> None:
    text = sink_extraction.structure.doc.text
    for m in sink_extraction.mentions:
        assert text[m.span.begin : m.span.end] == m.span.text
    assert not any(m.span.begin >= len(text) for m in sink_extraction.mentions)


def test_official_names_with_he() -> None:
    from builder import structure, vocab
    from builder.model import Document
    from builder.recognize import Recognizer

    text = (
        "一、工作方法\n1、部门座谈。与区发展和改革委员会、区科学技术委员会等部门座谈。"
        "上海市普陀区建设和管理委员会印发规划。"
    )
    vb = vocab.load()
    st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
    found = {(m.cls, m.label) for m in Recognizer(vb).recognise(st).mentions}
    assert ("GovernmentBody", "区发展和改革委员会") in found
    assert ("GovernmentBody", "区科学技术委员会") in found
    assert ("GovernmentBody", "上海市普陀区建设和管理委员会") in found  # opens with its place


def _mentions(text: str, places: tuple[str, ...] = ()) -> list[Candidate]:
    """What the recogniser finds in ``text``, in a plan of ``places`` (its title's)."""
    from builder import structure, vocab
    from builder.model import Document
    from builder.recognize import Recognizer

    vb = vocab.load()
    st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
    return Recognizer(vb, places).recognise(st).mentions


def _found(text: str, places: tuple[str, ...] = ()) -> set[tuple[str, str]]:
    return {(m.cls, m.label) for m in _mentions(text, places)}


def _of_class(found: set[tuple[str, str]], cls: str) -> set[str]:
    """The labels of one class among (class, label) pairs."""
    return {label for c, label in found if c == cls}


def _spans(text: str) -> dict[str, str]:
    """Each mention's label and the text it spans."""
    return {m.label: text[m.begin : m.end] for m in _mentions(text)}


def test_an_economic_circle_named_by_its_places_is_a_zone_and_one_of_travel_time_is_not() -> None:
    found = _found(
        "一、主要任务\n推动长株潭地区城市经济圈建设,打造环湘江知识经济圈,构建市域60分钟经济圈、"
        "长株潭半小时经济圈、湘江新区一刻钟经济圈。打造黄兴路24小时活力街区。"
    )
    zones = _of_class(found, "Zone")
    assert {"长株潭地区城市经济圈", "环湘江知识经济圈"} <= zones
    assert not any(
        z.endswith("经济圈") and ("分钟" in z or "小时" in z or "刻钟" in z) for z in zones
    )
    assert "黄兴路24小时活力街区" in zones  # the hours a quarter is open, in a zone's name


def test_a_predicate_glued_to_a_name_is_not_part_of_it() -> None:
    found = _found(
        "一、主要任务\n(一)推进港口建设。建好临川港，支撑绿色低碳产业，扩容升级南岭国际陆港。"
    )
    assert ("Zone", "临川港") in found
    assert ("Zone", "南岭国际陆港") in found
    assert not any(label.startswith(("建好", "支撑", "扩容")) for _, label in found)


def test_a_verb_of_linking_is_no_part_of_the_name_after_it() -> None:
    found = _found("一、主要任务\n依托滨江大学,联动大学科技园、高校周边街区,集聚创新资源。")
    assert ("Organization", "滨江大学") in found
    assert not any(label.startswith("联动") for _, label in found)  # not 联动大学


def test_a_firm_and_a_trade_that_qualifies_a_noun_name_no_sector() -> None:
    found = _found(
        "一、主要任务\n支持星河智能科技有限公司研发行业大模型。扩大试点行业范围。"
        "支持临江钢铁集团钢铁产业转型。建设金融行业大模型。推动临江化工有限公司化工产业升级。\n"
    )
    assert {("Enterprise", "星河智能科技有限公司"), ("Enterprise", "临江钢铁集团")} <= found
    industries = _of_class(found, "Industry")
    assert {"钢铁产业", "金融行业", "化工产业"} <= industries  # a sector's trade qualifies a model
    assert not industries & {"研发行业", "试点行业"}
    assert not any("集团" in i or "公司" in i for i in industries)  # a firm's name ends there


def test_a_verb_that_joins_a_body_of_a_level_is_no_part_of_its_name() -> None:
    found = _found(
        "一、主要任务\n联合区人民医院开展低空医疗救护。携手县疾控中心开展监测。"
        "联合市场监管部门开展检查。建设长三角联合实验室。\n"
    )
    assert {("Organization", "区人民医院"), ("Organization", "县疾控中心")} <= found
    assert not any(label.startswith(("联合区", "携手", "场监管")) for _, label in found)


def test_a_verb_of_enriching_is_no_part_of_a_park_after_it() -> None:
    found = _found("一、主要任务\n新建口袋公园8个,丰富滨江公园休闲、健身、科普等功能。\n")
    assert not any(label.startswith("丰富") for _, label in found)


def test_an_office_that_oversees_is_named_whole() -> None:
    found = _found("一、主要任务\n1.强化督导。市委督查室、区政府督查室跟踪督办。\n")
    assert {"市委督查室", "区政府督查室"} <= _of_class(found, "GovernmentBody")


def test_who_asks_hosts_or_organises_is_no_part_of_the_name_after_it() -> None:
    found = _found(
        "一、工作回顾\n国务院提请全国人大常委会审议法律议案13件。我市成功主办世界青年发展论坛。\n"
    )
    assert {("GovernmentBody", "国务院"), ("GovernmentBody", "全国人大常委会")} <= found
    assert ("Organization", "世界青年发展论坛") in found
    assert not any("提请" in label or "主办" in label for _, label in found)


def test_a_counted_generic_thing_is_no_name() -> None:
    found = _found("一、主要任务\n建成5个国家物流枢纽和10家高新区。")
    assert not any(cls == "Zone" for cls, _ in found)
    # a count after the place the things are in, with 多 or 余 before its classifier
    found = _found(
        "一、主要任务\n联合苏浙30余家三甲医院,带动全省600多家乡镇卫生院,提升北湖20多个产业园区。"
    )
    assert not any(cls in ("Organization", "Zone") for cls, _ in found)
    # a numeral and a classifier inside a name count nothing
    found = _found("一、主要任务\n提升临江百家湖商圈能级,建设北湖千户侗寨景区。")
    assert {"临江百家湖商圈", "北湖千户侗寨景区"} <= _of_class(found, "Zone")


def test_product_stems_of_the_classification_are_sectors_only_beside_a_sector_word() -> None:
    found = _found("一、发展基础\n花卉产值增长一成，茶叶产量稳定。居民多种蔬菜。")
    assert {("Industry", "花卉"), ("Industry", "茶叶")} <= found
    assert ("Industry", "蔬菜") not in found


def test_a_list_member_that_is_a_bare_suffix_is_still_a_sector() -> None:
    found = _found("一、发展基础\n钢铁、石化等产业先进产能占比提高。")
    assert {("Industry", "钢铁"), ("Industry", "石化")} <= found


def test_a_quoted_programme_keeps_its_field_as_an_alias() -> None:
    assert _spans("一、主要任务\n实施碳达峰“十大工程”。")["十大工程"] == "碳达峰“十大工程”"


def test_a_quoted_code_takes_in_the_whole_programme_noun_after_it() -> None:
    spans = _spans(
        "一、主要任务\n落实“3815”战略发展目标和省委“1310”具体部署,构建“1+N”产业政策体系。"
    )
    assert spans["3815"] == "“3815”战略发展目标"
    assert spans["1310"] == "“1310”具体部署"
    assert spans["1+N"] == "“1+N”产业政策体系"
    spans = _spans("一、主要任务\n落实“4+1”重要要求,壮大“3+N”产业基金集群,建设“2+N”科创引领高地。")
    assert spans["4+1"] == "“4+1”重要要求"
    assert spans["3+N"] == "“3+N”产业基金集群"
    assert spans["2+N"] == "“2+N”科创引领高地"
    spans = _spans("一、主要任务\n坚持“东进、南拓”空间发展方针,围绕“稳增长、保安全”工作主线。")
    assert spans["东进、南拓"] == "“东进、南拓”空间发展方针"
    assert spans["稳增长、保安全"] == "“稳增长、保安全”工作主线"
    spans = _spans("一、主要任务\n常态化开展节水宣传“五进”活动。")
    assert spans["五进"] == "节水宣传“五进”活动"  # a campaign of events, and its field


def test_a_plan_named_without_marks_is_a_document_when_it_is_approved() -> None:
    found = _found(
        "一、主要成效\n临江都市圈发展规划获批,临江历史文化名城保护规划获国务院批复。落实城市规划。"
    )
    documents = _of_class(found, "PolicyDocument")
    assert {"临江都市圈发展规划", "临江历史文化名城保护规划"} <= documents
    assert "城市规划" not in documents


def test_national_aims_with_fixed_names_are_concepts() -> None:
    found = _found("一、指导思想\n为实现第二个百年奋斗目标、推动构建人类命运共同体作出贡献。\n")
    assert {("PolicyConcept", "第二个百年奋斗目标"), ("PolicyConcept", "人类命运共同体")} <= found


def test_a_firm_starts_at_its_proper_name_after_a_verb() -> None:
    found = _found("一、主要任务\n稳妥有序组建临江农村商业银行。服务保障中国中化。")
    assert ("Enterprise", "临江农村商业银行") in found
    assert not any(label.startswith(("稳妥", "组建", "服务保障")) for _, label in found)


def test_documents_cited_without_marks_and_books_that_are_no_documents() -> None:
    found = _found(
        "一、主要任务\n全面落实民营经济促进法,推动出台优化营商环境条例和医疗保障法。"
        "推出《临江故事》系列读本,贯彻《临江区促进就业若干意见(试行)》。"
    )
    documents = _of_class(found, "PolicyDocument")
    assert {
        "民营经济促进法",
        "优化营商环境条例",
        "医疗保障法",
        "临江区促进就业若干意见(试行)",
    } <= documents
    assert "临江故事" not in documents


def test_a_title_to_win_is_no_zone() -> None:
    found = _found("一、主要任务\n争创国家服务贸易创新发展示范区,建设临江港综合保税区。")
    zones = _of_class(found, "Zone")
    assert "国家服务贸易创新发展示范区" not in zones
    assert "临江港综合保税区" in zones


def test_zones_named_as_innovation_areas_belts_and_vitality_areas() -> None:
    found = _found(
        "一、主要任务\n支持临江甬江科创区、吴淞江科创带建设,深化长江口产业创新绿色发展协同区建设。"
        "推动南京西路-苏河湾中央活力区建设。"
    )
    zones = _of_class(found, "Zone")
    assert {"临江甬江科创区", "吴淞江科创带", "南京西路-苏河湾中央活力区"} <= zones


def test_a_place_named_in_a_wish_is_no_place() -> None:
    from builder import structure, vocab
    from builder.model import Document
    from builder.recognize import Recognizer

    vb = vocab.load()
    text = "一、主要任务\n筑牢人民幸福安康、社会和谐稳定的根基,支持东莞、佛山建设制造业强市。"
    st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
    mentions = Recognizer(vb, ("广东省", "广东")).recognise(st).mentions  # a plan of 广东省
    areas = {m.label for m in mentions if m.cls == "AdministrativeArea"}
    assert "安康市" not in areas
    assert {"东莞市", "佛山市"} <= areas


def test_the_sectors_of_a_list_of_niches_without_a_closing_deng() -> None:
    found = _found(
        "一、主要任务\n聚焦软件、集成电路装备、电子模组、智能终端细分赛道,打造产业集群。"
    )
    assert {"软件", "集成电路装备", "电子模组", "智能终端"} <= _of_class(found, "Industry")
    verbs = _found(
        "一、主要任务\n引导中小企业、专精特新企业深耕细分领域,推动传统产业、新兴产业向细分领域延伸,"
        "围绕补链、强链、延链重点细分领域,支持龙头企业、链主企业抢占细分赛道。"
    )
    assert not {"专精特新企业深耕", "新兴产业向", "补链", "延链重点"} & _of_class(verbs, "Industry")


def test_the_sectors_of_a_list_closed_by_their_count() -> None:
    found = _found(
        "一、主要任务\n打造工程机械、轨道交通装备、航空航天3个世界级产业集群。"
        "推动智能网联汽车争创国家先进制造业集群、9个千亿级产业集群高质量发展。"
        "推动工业母机争创世界级先进制造业集群、12个千亿级产业集群高质量发展。"
        "市、区协同共建临江区、滨海区三个高端装备产业集聚区。"
        "推动临江区、滨海区等东部区、县(市)实现“一县一个百亿级产业”全覆盖。"
        "做强临江、滨海、南湖3个产业社区。依托东风、长城、奇瑞3个行业龙头企业。"
        "支持东部区、西部县、北部市实现一县一个百亿级产业。"
        "形成2个产值千亿级、3个百亿级的产业集群。形成3个产值万亿级、12个千亿级的产业集群。"
        "围绕光伏装备、智能家居两条产业链,实施强链补链项目。"
    )
    industries = _of_class(found, "Industry")
    assert {"工程机械", "轨道交通装备", "航空航天"} <= industries  # 打造 is no part of the first
    assert {"光伏装备", "智能家居"} <= industries  # 围绕 is no part of the first
    assert not any(label.endswith("集群") or "争创" in label for label in industries)
    assert not industries & {"东部区", "西部县"}  # 一个 closes no list
    assert not any("产值" in label for label in industries)  # 、3个: a count opens an item
    assert not any("共建" in label for _, label in found)  # a list of zones, not of sectors
    assert not industries & {"临江", "滨海", "南湖", "东风", "奇瑞"}  # communities, firms


def test_fairs_and_forums_listed_by_their_category_are_organisations() -> None:
    found = _found(
        "一、主要任务\n支持办好西安国际车展、西部茶产业博览会等特色品牌展会。"
        "举办陆家嘴论坛、外滩金融峰会等高端论坛。"
    )
    orgs = _of_class(found, "Organization")
    assert {"西安国际车展", "西部茶产业博览会", "陆家嘴论坛", "外滩金融峰会"} <= orgs
    assert not _of_class(found, "Enterprise")
    topics = _found("一、主要任务\n举办招商推介、项目路演等系列论坛。")
    assert not _of_class(topics, "Organization")


def test_arbitration_and_supercomputing_centres_are_organisations() -> None:
    found = _found(
        "一、主要任务\n依托国际商会仲裁院、新加坡国际仲裁中心及大韩商事仲裁院,建设临江超算中心,"
        "完善野生动物救护保护中心布局。"
    )
    orgs = _of_class(found, "Organization")
    assert {"新加坡国际仲裁中心", "临江超算中心"} <= orgs
    assert "野生动物救护保护中心" not in orgs


def test_committees_of_experts_and_of_standards_are_organisations() -> None:
    found = _found(
        "一、保障措施\n设立城市设计专家委员会。成立长江口生态保护专家咨询委员会。"
        "建立无人机地方标准委员会。成立市专家咨询委员会、区城市更新专家委员会。"
    )
    orgs = _of_class(found, "Organization")
    assert {"城市设计专家委员会", "长江口生态保护专家咨询委员会", "无人机地方标准委员会"} <= orgs
    assert {"市专家咨询委员会", "区城市更新专家委员会"} <= orgs  # a level opens them too
    assert not _of_class(found, "GovernmentBody")  # experts advise; they are no organ of government


def test_a_national_institutions_centre_in_a_city_or_region_is_an_organisation() -> None:
    found = _found(
        "一、主要任务\n建设国家超级计算长沙中心、国家技术转移西部中心,支持中国空间技术研究院西安中心发展。"
        "建设国家数据中心、国家区域医疗中心。"
        "建设国家中心城市和西部中心城市。依托国家物流枢纽郑州中心站。"
        "建设中国西部中心城市。"
    )
    orgs = _of_class(found, "Organization")
    assert {"国家超级计算长沙中心", "国家技术转移西部中心", "中国空间技术研究院西安中心"} <= orgs
    assert not orgs & {"国家数据中心", "国家区域医疗中心"}  # kinds of centre, no place named
    for joined in "和与及的":  # two things joined, or a centre of something named before
        more = _found(f"一、主要任务\n推进国家安全{joined}西部中心建设。")
        assert not _of_class(more, "Organization"), joined
    assert not any(o.startswith(("国家物流枢纽", "中国西部")) for o in orgs)
    # 郑州中心站 is a station, 西部中心城市 a city's role


def test_a_new_town_named_by_the_plans_own_district_is_a_zone() -> None:
    # 新城 and the loose head 城 end it together; both are heads of zones, and either may name it
    found = _found(
        "一、主要任务\n推进吴江新城建设,提升服务能级。", ("吴江区", "吴江", "苏州市", "苏州")
    )
    assert ("Zone", "吴江新城") in found


def test_academies_of_agriculture_and_social_sciences_by_their_short_names() -> None:
    found = _found("一、主要任务\n支持省农科院、市社科院建设。加强与农科院、社科院合作。")
    orgs = _of_class(found, "Organization")
    assert {"省农科院", "市社科院"} <= orgs
    assert not orgs & {"农科院", "社科院"}  # academies of a kind, no level named


def test_universities_by_their_short_names_and_the_ring_around_one() -> None:
    found = _found(
        "一、主要任务\n国防科大超导电动磁悬浮试验速度创纪录,西北农大绘制全球首张小麦图谱。"
        "建设环港科大创新带,支持环境科学研究院发展。"
    )
    orgs = _of_class(found, "Organization")
    assert {"国防科大", "西北农大", "环境科学研究院"} <= orgs
    assert not any(o.startswith("环港") for o in orgs)
    words = _found(
        "一、主要任务\n支持化工大项目建设,打造农产品加工大省,举办名师大讲堂,开展教师大练兵活动,"
        "打造学科大数据平台,支持环鸿科技集团扩大投资,支持环渤海经济研究院建设。"
    )
    assert _of_class(words, "Organization") == {"环渤海经济研究院"}
    assert "环鸿科技集团" in _of_class(words, "Enterprise")


def test_a_district_whose_short_form_is_a_verb_is_named_in_full_only() -> None:
    from builder import structure, vocab
    from builder.model import Document
    from builder.recognize import Recognizer

    vb = vocab.load()
    for text, named in (
        ("一、主要任务\n新建和改造高标准农田200万亩。", False),
        ("一、主要任务\n推进新建区农业发展。", True),
    ):
        st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
        mentions = Recognizer(vb, ("江西省", "江西")).recognise(st).mentions  # a plan of 江西省
        assert ("新建区" in {m.label for m in mentions}) is named


def test_the_word_industry_as_a_verbs_object_names_no_sector() -> None:
    found = _found(
        "一、主要任务\n产业园新签约产业项目52个,培养懂科技懂产业的技术经理人,发展汽车制造产业。"
    )
    assert _of_class(found, "Industry") == {"汽车制造产业"}


def test_a_named_zones_own_body_is_a_body() -> None:
    found = _found(
        "一、主要任务\n推进物流枢纽建设(青浦区、临江新片区管委会、市发展改革委按职责分工负责)。"
    )
    assert ("GovernmentBody", "临江新片区管委会") in found


def test_a_governments_bodies_of_a_kind_are_no_body() -> None:
    found = _found(
        "临江区违法用地整治方案\n各乡、镇人民政府,区政府有关委、局,区有关直属单位:\n一、主要任务\n加强执法。"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert not any("有关" in label for label in bodies)


def test_a_quoted_concept_after_a_known_body_leaves_the_body_its_own_name() -> None:
    found = _found("一、主要任务\n2019年度自然资源部“季度+年度”卫片执法检查发现违法用地。")
    assert ("GovernmentBody", "自然资源部") in found


def test_a_ministrys_name_inside_a_kind_of_department_is_no_ministry() -> None:
    found = _found(
        "一、主要任务\n公安、应急管理部门负责轨道交通的消防监督管理。应急管理部加强指导。"
    )
    assert _of_class(found, "GovernmentBody") == {"应急管理部"}  # the second sentence's alone
    mentions = [m for m in _mentions("一、主要任务\n公安、应急管理部门负责消防监督管理。")]
    assert not [m for m in mentions if m.label == "应急管理部"]


def test_a_quality_a_zone_is_built_to_is_no_part_of_its_name() -> None:
    found = _found("一、主要任务\n营造高品质临江森林公园,完善配套服务。")
    assert ("Zone", "临江森林公园") in found
    assert not any(label.startswith("高品质") for _cls, label in found)


def test_museums_and_archives_of_other_names_are_organisations() -> None:
    found = _found("一、主要任务\n推动临江博物院、临江国家版本馆提质扩容。")
    assert {"临江博物院", "临江国家版本馆"} <= _of_class(found, "Organization")


def test_acts_of_building_or_using_an_institution_are_no_part_of_its_name() -> None:
    found = _found("一、主要任务\n充分发挥行业协会作用。投运临江飞行服务中心。改扩建临江医院。")
    organisations = _of_class(found, "Organization")
    assert "临江飞行服务中心" in organisations
    assert not any(label.startswith(("充分发挥", "投运", "改扩建")) for label in organisations)


def test_a_quoted_name_before_an_area_or_a_quarter_names_a_zone() -> None:
    found = _found("一、主要任务\n推动“梅泰恒”地区更新,推进“巨鹿路-富民路”片区更新。")
    assert {"“梅泰恒”地区", "“巨鹿路-富民路”片区"} <= _of_class(found, "Zone")
    assert not {"梅泰恒", "巨鹿路-富民路"} & _of_class(found, "PolicyConcept")
    kinds = _found("一、主要任务\n支持“老少边穷”地区发展,推进“城中村”片区改造。")
    assert not {
        label for label in _of_class(kinds, "Zone") if "老少边穷" in label or "城中村" in label
    }


def test_an_industry_of_a_type_is_a_kind_not_a_sector() -> None:
    found = _found("一、主要任务\n促进枢纽型产业加速集聚,发展外向型产业和数据产业。")
    industries = _of_class(found, "Industry")
    assert "数据产业" in industries
    assert not {"枢纽型产业", "外向型产业"} & industries


def test_the_list_mates_of_sectors_are_sectors() -> None:
    found = _found(
        "一、发展基础\n获批国家级试点,新型显示、生物医药、低空经济等稳居全国第一方阵。"
        "统筹资金、人才、土地等要素。"
    )
    industries = _of_class(found, "Industry")
    assert {"新型显示", "生物医药", "低空经济"} <= industries
    assert not industries & {"资金", "人才", "土地"}


def test_a_piece_of_the_clause_before_a_qualifying_industry_names_no_sector() -> None:
    found = _found(
        "一、主要任务\n将该区域建设成静安产业能级最高的区域,让农民更多分享产业增值收益,"
        "主动服务沿沪宁产业创新带建设。做强绿色食品千亿产业集群,提升集成电路产业能级。"
    )
    industries = _of_class(found, "Industry")
    assert not {i for i in industries if i.startswith(("成", "多", "沿"))}
    assert {"绿色食品产业", "集成电路产业"} <= industries  # sectors whatever follows them


def test_a_list_in_brackets_leaves_its_closing_bracket_out() -> None:
    found = _found("一、主要任务\n培育(智能网联汽车、低空经济、生物医药)等产业。")
    assert {"智能网联汽车", "低空经济", "生物医药"} <= _of_class(found, "Industry")
    assert not {label for _cls, label in found if ")" in label}


def test_a_list_members_endnote_mark_is_no_part_of_its_name() -> None:
    found = _found("一、主要任务\n积极培育会展、服务外包[5]、家政服务等新兴服务业。")
    assert "服务外包" in _of_class(found, "Industry")
    assert not any("[" in label for _cls, label in found)


def test_a_list_whose_category_ends_in_no_entity_names_none() -> None:
    found = _found(
        "一、主要任务\n构建“车水马龙”(赛车、珠江游、赛马、龙舟)等品牌消费场景。"
        "支持青禾科技、星图游戏等品牌企业发展。"
    )
    firms = _of_class(found, "Enterprise")
    assert not firms & {"珠江游", "赛马", "龙舟)", "龙舟"}  # the last noun, 场景, is what is listed
    assert {"青禾科技", "星图游戏"} <= firms


def test_a_list_of_fields_of_work_names_no_sectors_but_one_of_sectors_to_grow_does() -> None:
    found = _found(
        "一、主要任务\n加强公路治超、水路运输管理、船舶污染防治等重要客货运输领域的联动执法。"
        "重点发展超大型集装箱船、中小型邮轮游艇、高端海工装备等高附加值领域。"
    )
    industries = _of_class(found, "Industry")
    assert not industries & {"公路治超", "水路运输管理", "船舶污染防治"}
    assert {"超大型集装箱船", "中小型邮轮游艇"} <= industries


def test_the_first_list_mate_of_sectors_loses_the_clauses_verbs() -> None:
    found = _found("一、主要任务\n大力发展低空物流、银发经济、科技金融、普惠金融。")
    industries = _of_class(found, "Industry")
    assert "低空物流" in industries
    assert not {i for i in industries if i.startswith(("大力", "发展"))}


def test_the_named_list_mates_of_zones_are_zones() -> None:
    found = _found(
        "一、重点平台\n宁波经济技术开发区、余姚智能制造小镇、慈溪临港高科园、奉化新材料合作园等。"
        "依托高校资源建设钱江高科园、宁波经济技术开发区、余姚智能制造小镇。"
        "提升宁波经济技术开发区、余姚智能制造小镇、国际博览中心等服务能级。"
        "宁波经济技术开发区、余姚智能制造小镇、甬江实验室、象山湾科创园等合作。"
        "宁波经济技术开发区、余姚智能制造小镇、高校、科研院所、北仑湾科创园等协同创新。"
        "推动宁波经济技术开发区、余姚智能制造小镇、镇海新城形成万亿级产业带。"
        "建设宁波市急救中心、宁波经济技术开发区、余姚智能制造小镇。"
    )
    zones = _of_class(found, "Zone")
    assert {"慈溪临港高科园", "奉化新材料合作园"} <= zones  # a name inside gives way
    assert "钱江高科园" in zones  # the clause's verbs are no part of the first
    assert "国际博览中心" not in zones  # a kind of venue, named by no place or proper word
    assert "象山湾科创园" not in zones  # the list names an institution too
    assert "北仑湾科创园" not in zones  # most of the list names no zone
    assert "镇海新城" in zones and not any(
        z.endswith("产业带") for z in zones
    )  # the clause goes on
    assert not any(z.endswith("急救中心") for z in zones)  # an institution
    verb = _found("一、重点平台\n宁波经济技术开发区、提质北仑文化旅游区、余姚智能制造小镇等。")
    assert "北仑文化旅游区" in _of_class(verb, "Zone")  # found at the member's end: it stays


def test_a_name_running_into_a_list_member_keeps_it_from_being_a_list_mate() -> None:
    from builder import vocab
    from builder.recognize import Recognizer

    text = "宁波经济技术开发区、余姚智能制造小镇、镇海新城。"
    found = [
        Candidate(0, 9, "Zone", "宁波经济技术开发区", 2),
        Candidate(10, 18, "Zone", "余姚智能制造小镇", 2),
        Candidate(17, 21, "Industry", "镇镇海", 2),  # runs from one member into the next
    ]
    mates = Recognizer(vocab.load(), ()).named_listmates(text, found)
    assert not mates
    assert Recognizer(vocab.load(), ()).named_listmates(text, found[:2]) == [
        Candidate(19, 23, "Zone", "镇海新城", 1)
    ]


def test_the_named_list_mates_of_organisations_are_organisations() -> None:
    found = _found(
        "一、科研支撑\n宁波大学药学院、中国科学院宁波材料技术与工程研究所、甬江科创高研院、"
        "宁波大学海洋脑机智能全国重点实验室等。"
    )
    orgs = _of_class(found, "Organization")
    assert {"甬江科创高研院", "宁波大学海洋脑机智能全国重点实验室"} <= orgs


def test_a_list_after_a_verb_of_growth_names_sectors() -> None:
    found = _found(
        "一、主要任务\n鼓励发展森林康养、冰雪运动、智慧旅游。重点发展行业模型、智能体、无人终端等领域。"
        "大力发展社区团购、直采直销、智慧零售等新模式。重点发展光伏材料、中游制造环节。"
        "加快发展优质高产、安全的现代渔业。积极发展提升山地康养、滨海体育、草原旅游。"
        "鼓励发展冰雪旅游、宇通客车集团、智慧物流。"
        "大力发展现代服务业、职业学校、社区医院。"
        "积极发展校企合作、产教融合。大力发展高效、节水、生态农业。"
    )
    industries = _of_class(found, "Industry")
    assert {"森林康养", "冰雪运动", "滨海体育"} <= industries  # one of each list is a sector
    assert {"行业模型", "智能体"} <= industries  # 等领域: a category of sectors
    assert not industries & {"社区团购", "直采直销"}  # ways of doing business
    assert "中游制造环节" not in industries  # the links of a chain
    assert "优质高产" not in industries  # qualities of the sector after them
    assert "提升山地康养" not in industries  # a verb is no part of a sector
    assert not industries & {"职业学校", "社区医院"}  # kinds of institution
    assert not industries & {"校企合作", "产教融合"}  # ways of working, no sector among them
    assert not industries & {"高效", "节水"}  # qualities the last one's head shares
    assert ("Enterprise", "宇通客车集团") in found  # found already, as what it is
    opening = _found("一、主要任务\n推动服务业向高端延伸,发展现代物流、科技服务、会展服务。")
    assert {"现代物流", "科技服务", "会展服务"} <= _of_class(
        opening, "Industry"
    )  # at its clause's start
    joined = _found(
        "一、主要任务\n重点发展集成电路、细胞治疗、人工智能和低空物流。"
        "大力发展信息技术、云计算以及软件和信息服务业。积极发展集成电路、软件和信息服务业。"
    )
    assert {"细胞治疗", "低空物流", "云计算"} <= _of_class(
        joined, "Industry"
    )  # the last two joined
    assert "软件和信息服务业" in _of_class(joined, "Industry")  # a name with 和 stays whole
    for kind in ("家庭农场", "农民合作社", "托育机构", "瞪羚企业", "众创空间", "孵化器", "幼儿园"):
        listed = _found(f"一、主要任务\n积极发展智慧物流、{kind}、临江{kind}。")
        assert not {kind, f"临江{kind}"} & _of_class(listed, "Industry"), kind


def test_the_sector_a_heading_or_a_run_of_verbs_grows_is_an_industry() -> None:
    found = _found(
        "一、主要任务\n1.做强现代物流。建设多式联运枢纽。\n2.培育壮大低空物流。建设起降点。\n"
        "3.提升服务能级。做强现代会展、做优科技服务、做大金融服务,打造区域服务中心。\n"
        "4.培育大旅游。突出文化名城。\n5.培育壮大战略性产业。做优信息产业。\n6.加快发展航运服务。\n"
        "7.培育新动能。壮大企业梯队。\n8.做强品牌。培育消费场景。\n"
        "9.提升服务能级。大力发展邮轮服务,服务新能源汽车企业。\n"
        "10.优化楼宇服务。持续发展全区的楼宇经济。\n"
    )
    industries = _of_class(found, "Industry")
    assert {"现代物流", "低空物流", "现代会展", "科技服务", "金融服务", "航运服务"} <= industries
    assert "邮轮服务" in industries  # the one sector a verb of growth and its adverb grow
    assert not any("的" in i for i in industries)  # without the adverb, any words after the verb
    assert not industries & {"大旅游", "战略性产业", "壮大低空物流"}  # a slogan's, a kind, a verb
    assert not industries & {"新动能", "品牌"}  # no sector word


@pytest.mark.parametrize(
    "area", ["山区", "乡镇", "城区", "中心城区", "郊区", "周边城市", "沿江", "沿海"]
)
def test_a_kind_of_area_before_industry_names_no_sector(area: str) -> None:
    found = _found(
        f"一、主要任务\n(一)促进产业升级。加强与{area}产业协作,支持{area}产业和县域产业做大做强,加快临江新材料产业集聚。\n"
    )
    industries = _of_class(found, "Industry")
    assert "临江新材料产业" in industries or "新材料产业" in industries or "新材料" in industries
    assert not {f"{area}产业", area} & industries


def test_the_list_mates_of_a_firm_are_firms() -> None:
    found = _found(
        "一、主要任务\n加快推进宁德时代、福耀玻璃、亿纬锂能等项目建设。"
        "不符合安全、消防、环保等要求的企业依法退出。"
    )
    firms = _of_class(found, "Enterprise")
    assert {"福耀玻璃", "亿纬锂能"} <= firms
    assert not firms & {"消防", "环保", "符合安全"}  # demands that firms are to meet


def test_the_counted_abilities_of_a_model_for_a_trade_are_no_sectors() -> None:
    found = _found(
        "一、主要任务\n研发具备智能审图、风险预警、方案比选等3项能力的城市更新行业大模型。"
    )
    industries = _of_class(found, "Industry")
    assert not industries & {"智能审图", "风险预警", "方案比选"}  # what the model can do


def test_a_title_the_city_won_holds_no_verb_of_winning() -> None:
    found = _found(
        "一、发展成效\n临江市荣获全国民族团结进步模范城,蝉联全国科技进步先进城。",
        places=("临江市",),
    )
    assert not [label for _, label in found if "荣获" in label or "蝉联" in label]
    assert ("AdministrativeArea", "临江市") in found  # the city, not the start of a zone's name
    found = _found("一、发展基础\n白水古镇景区晋升国家5A级旅游景区。\n")
    assert _of_class(found, "Zone") == {"白水古镇景区"}  # the scenic area, not the rank it won


def test_a_task_force_is_named_by_its_task_without_the_verb_that_sets_it_up() -> None:
    found = _found(
        "五、保障措施\n成立港口岸线综合整治工作专班,统筹推进整治。成立优化营商环境工作专班。"
        "区“一河两岸”专班负责滨河空间贯通。“老旧小区”改造工作专班负责统筹。"
        "围绕“一江一河”成立工作专班。抽调精干力量组成工作专班。成立招商工作专班。"
        "必要时成立重点项目推进专班。\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {
        "港口岸线综合整治工作专班",
        "优化营商环境工作专班",  # the task's own verb stays in its name
        "区“一河两岸”专班",
        "“老旧小区”改造工作专班",
    } <= bodies
    # a verb that sets one up is in no name, nor is a kind of task force or too short a task
    assert not [b for b in bodies if "成立" in b or "组成" in b or b.startswith(("重点", "招商"))]


def test_a_joint_meeting_is_a_body_named_by_its_task_as_a_task_force_is() -> None:
    found = _found(
        "三、组织领导\n成立奉城镇低效用地减量工作联席会议,建立数据要素发展部际联席会议制度,"
        "由办公室负责召开联席会议,定期召集专题联席会议。建立多部门联席会议和跨部门联席会议机制。\n",
        ("上海市", "奉贤区"),
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"奉城镇低效用地减量工作联席会议", "数据要素发展部际联席会议"} <= bodies
    # convening one is no part of its name; who meets names no task
    assert not [b for b in bodies if b.endswith("联席会议") and ("召" in b or "部门" in b)]


def test_a_committees_term_is_no_part_of_its_name_but_a_congress_session_names_none() -> None:
    found = _found("一、总则\n本方案经九届县委常委会第12次会议审议。听取省十三届人大代表意见。")
    bodies = _of_class(found, "GovernmentBody")
    assert "县委常委会" in bodies
    assert not [b for b in bodies if "届" in b or b == "县委"]


def test_an_issuers_code_before_a_documents_number_names_no_place() -> None:
    found = _found(
        "依据《临江市土地管理办法》(临规资乡〔2022〕8号)、(临规资乡[2021]3号)和"
        "(北规资乡(2020)5号)执行,参照国务院办公厅〔2023〕有关文件。"
    )
    assert not _of_class(found, "AdministrativeArea")
    assert "国务院办公厅" in _of_class(found, "GovernmentBody")  # a body's name stands whole


def test_two_bodies_written_together_or_joined_by_a_verb_are_two() -> None:
    found = _found(
        "六、保障措施\n县水务局联合县农业农村局推进整治,县城改办会同文保办开展排查。"
        "(责任部门:市生态环境局市固废办、市城管局)县发展改革委区域协调办负责。"
        "全市所有县区实现登记业务全程网上办。市县推行政务一网通办。市民事项掌上办。"
        "市民业务线上办。市区推行就近办。市级审批马上办。市区推行全程网办。"
        "县行政审批局提供全流程帮办代办。\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"县水务局", "县农业农村局", "县城改办", "市生态环境局", "市固废办"} <= bodies
    assert not [b for b in bodies if "联合" in b or "会同" in b or "局市" in b]
    handled = ("网上办", "通办", "掌上办", "线上办", "就近办", "马上办", "网办", "帮办")
    assert not [b for b in bodies if b.endswith(handled)]  # 办 the verb: no office
    assert "区域协调办" not in bodies  # 区域 is no level
    found = _found(
        "六、保障措施\n县水务局协同县农业农村局推进,县公安局配合县交通局整治,县委宣传部县文明办牵头。"
        "县商务委市场办、省财政厅省级预算办、县住建委市政办、市生态环境局县分局和县交通办负责。\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"县农业农村局", "县交通局", "县委宣传部", "县文明办", "县交通办"} <= bodies
    assert "市生态环境局县分局" in bodies  # the bureau's branch, one body
    assert "县委县直机关工委" in _of_class(
        _found("六、保障措施\n县委县直机关工委牵头。\n"), "GovernmentBody"
    )
    assert not [b for b in bodies if "协同" in b or "配合" in b]
    assert not [b for b in bodies if b.startswith(("市场", "省级", "市政"))]  # words, no levels


def test_a_verb_of_choosing_and_a_word_of_praise_name_no_institution() -> None:
    found = _found("一、主要任务\n遴选北湖研究院等机构参与,遴选优秀专业智库,培育优秀研究智库。")
    assert _of_class(found, "Organization") == {"北湖研究院"}


def test_the_bodies_or_zones_related_to_a_field_are_a_kind() -> None:
    found = _found(
        "一、主要任务\n发挥水利工程相关学会作用,支持医疗器械有关行业协会发展,"
        "建设临江航空有关产业园区,支持临江大学发展。"
    )
    assert _of_class(found, "Organization") == {"临江大学"}
    assert not _of_class(found, "Zone")


def test_a_slogans_spelled_out_zones_are_named_without_it() -> None:
    found = _found("一、空间布局\n“一核”即临江都市圈核心区,“两带”即沿江产业带、环湖生态带。\n")
    assert {"临江都市圈核心区", "沿江产业带", "环湖生态带"} <= _of_class(found, "Zone")
    assert not any("即" in label for _, label in found)


def test_a_leading_group_named_by_a_zone_is_a_body_named_whole() -> None:
    found = _found("六、保障措施\n成立临江市开发区建设领导小组。成立张江科学城建设发展领导小组。\n")
    bodies = _of_class(found, "GovernmentBody")
    assert bodies == {"临江市开发区建设领导小组", "张江科学城建设发展领导小组"}


def test_landforms_and_kinds_of_institution_name_no_zone_nor_institution() -> None:
    found = _found(
        "一、主要任务\n优先治理丘陵地区和城乡接合部,加强平原地区、老旧小区的环境整治。推进老年大学建设。"
        "支持县级电商服务中心建设。支持临江老年大学发展。\n"
    )
    assert not _of_class(found, "Zone") & {"丘陵地区", "平原地区"}  # where the land is so
    assert _of_class(found, "Organization") == {"临江老年大学"}  # a kind, unless a place names it


def test_a_university_named_by_a_place_ending_like_a_head_has_its_seat_in_its_name() -> None:
    found = _found("一、主要任务\n支持香港科技大学(广州)扩大招生,推进北京大学建设。")
    orgs = _of_class(found, "Organization")
    assert {"香港科技大学(广州)", "北京大学"} <= orgs


def test_a_verb_ending_in_a_bodys_head_names_no_office() -> None:
    found = _found("一、主要任务\n临江科技大学(滨江)开办招生,整改中央督察交办问题,市委办牵头。")
    bodies = _of_class(found, "GovernmentBody")
    assert not any(label.endswith(("开办", "交办")) for label in bodies)
    found = _found("一、主要任务\n实现街道公办托育机构全覆盖,支持镇民办幼儿园发展。")
    assert not _of_class(found, "GovernmentBody")  # who runs the service, no office


def test_a_share_of_a_sector_names_no_sector() -> None:
    found = _found("一、发展基础\n生产性服务业增加值占服务业增加值比重提升至59.0%。")
    industries = _of_class(found, "Industry")
    assert "生产性服务业" in industries
    assert not any("增加值" in label for label in industries)


def test_a_title_to_win_named_by_a_proper_word_is_a_zone() -> None:
    found = _found("一、主要任务\n积极创建崂山国家公园,争创美丽中国先行区和国家级新区。")
    zones = _of_class(found, "Zone")
    assert "崂山国家公园" in zones
    assert not zones & {"美丽中国先行区", "国家级新区"}


def test_list_members_joined_by_he_are_two_sectors_and_kinds_of_industry_are_none() -> None:
    found = _found(
        "一、主要任务\n前瞻布局量子科技、氢能和核聚变能、脑机接口等未来产业。"
        "壮大新兴支柱产业,发展软件和信息服务业。重点发展介孔材料、眼科视光等产业。"
    )
    industries = _of_class(found, "Industry")
    assert {"氢能", "核聚变能", "软件和信息服务业", "介孔材料"} <= industries
    assert not {"氢能和核聚变能", "新兴支柱产业", "重点发展介孔材料"} & industries


def test_industry_of_a_scope_a_purpose_or_a_quality_is_a_kind() -> None:
    """市域产业 (the city's), 东中西部产业 (the regions'), 富农产业 (to enrich farmers), 新质产业,
    高水平产业: ways of speaking of industry, no sector."""
    found = _found(
        "一、主要任务\n优化市域产业布局,深化东中西部产业协作和东西部产业协作,培育富农产业和"
        "新质产业,组建高水平产业联盟,发展智能网联汽车产业。"
    )
    industries = _of_class(found, "Industry")
    assert "智能网联汽车产业" in industries
    kinds = {"市域产业", "东中西部产业", "东西部产业", "富农产业", "新质产业", "高水平产业"}
    assert not kinds & industries


def test_the_three_sectors_together_and_a_modern_system_of_industry_are_kinds() -> None:
    found = _found(
        "一、主要任务\n支持农村一二三产业交叉融合,加快建设特色现代化产业体系,壮大数字创意产业。"
    )
    industries = _of_class(found, "Industry")
    assert "数字创意产业" in industries
    assert not {"农村一二三产业", "特色现代化产业"} & industries


def test_a_sector_ranked_among_a_kind_is_the_sector() -> None:
    found = _found(
        "一、主要任务\n改造提升纺织传统产业,做强数字经济核心产业,培育新型功能材料未来产业。"
        "纺织产业向高端迈进。支持中小企业特色产业发展。"
    )
    industries = _of_class(found, "Industry")
    assert {"纺织产业", "数字经济", "新型功能材料产业"} <= industries
    assert not {"纺织传统产业", "数字经济核心产业", "新型功能材料未来产业"} & industries
    assert "中小企业产业" not in industries  # firms are no sector: the name stays as written


def test_a_platform_after_a_place_is_named_and_other_platforms_are_kinds() -> None:
    found = _found(
        "一、主要任务\n建设上海生态环境科技研发与转化平台。"
        "搭建科创平台、技术研发平台和公共服务平台。"
    )
    orgs = _of_class(found, "Organization")
    assert {"上海生态环境科技研发与转化平台"} <= orgs
    assert not {"科创平台", "技术研发平台", "公共服务平台"} & orgs


def test_a_catalogue_sector_word_that_qualifies_another_word_is_no_industry() -> None:
    found = _found(
        "一、主要任务\n推广新能源作业装备,建设文化艺术品仓库。稳定房地产市场。"
        "发展节能环保、生物医药等产业。"
    )
    industries = _of_class(found, "Industry")
    assert {"节能环保", "房地产"} <= industries  # listed; a 门类 of GB/T 4754 anywhere
    assert not {"新能源", "文化艺术"} & industries  # they qualify 作业装备 and 艺术品


def test_events_named_in_a_list_of_events_are_each_named() -> None:
    found = _found(
        "一、主要任务\n办好中关村论坛、金融街论坛等开放平台。儒商大会、绿色低碳高质量发展大会等成果丰硕。"
        "召开高端论坛和动员大会。"
    )
    orgs = _of_class(found, "Organization")
    assert {"金融街论坛", "儒商大会", "绿色低碳高质量发展大会"} <= orgs
    assert not {"高端论坛", "动员大会"} & orgs


def test_a_firm_head_ends_a_name_before_any_word_that_does_not_continue_it() -> None:
    found = _found("一、发展基础\n临川集团参与绿电消纳,恒泰银行稳健发展。银行业保持稳定。")
    firms = _of_class(found, "Enterprise")
    assert {"临川集团", "恒泰银行"} <= firms
    assert not any(label.endswith("银行业") for label in firms)


def test_meetings_of_leaders_and_ministers_are_events() -> None:
    found = _found(
        "一、工作回顾\n出席亚太经合组织领导人非正式会议、中欧领导人会晤等重大活动,"
        "成功举办中拉论坛第四届部长级会议。两国元首釜山会晤达成共识。召开全市经济工作会议。\n"
    )
    events = _of_class(found, "Organization")
    assert {"亚太经合组织领导人非正式会议", "中欧领导人会晤", "中拉论坛第四届部长级会议"} <= events
    assert not {e for e in events if "釜山" in e or "工作会议" in e}


def test_named_events_are_organisations_and_kinds_of_institution_are_not() -> None:
    found = _found(
        "一、发展基础\n成功举办临江峰会、临江国际文化节。新建三级公立医院2家,支持上市公司并购。"
    )
    orgs = _of_class(found, "Organization")
    assert {"临江峰会", "临江国际文化节"} <= orgs
    assert not {"三级公立医院", "上市公司"} & orgs


def test_an_event_is_named_by_its_scope_and_ends_before_any_word() -> None:
    found = _found(
        "一、发展基础\n世界港航发展论坛落户临江,国际论坛增至3个。"
        "临江市第五届人民代表大会第二次会议审议通过。"
    )
    orgs = _of_class(found, "Organization")
    assert "世界港航发展论坛" in orgs
    assert "国际论坛" not in orgs
    assert not any("代表大会" in label for label in orgs)


def test_a_head_inside_a_longer_head_or_the_next_word_ends_no_name() -> None:
    found = _found("一、主要任务\n推动临江大学城建设,深化临江高校区域合作,吸引临江大学生创业。")
    labels_ = {label for _cls, label in found}
    assert "临江大学" not in labels_
    assert not any(label.endswith("校区") for label in labels_)


def test_a_loose_head_ends_a_name_before_a_word_of_its_own() -> None:
    found = _found(
        "一、主要任务\n推动洋山港建设,临沂商城提质升级。巩固沿江县城功能,"
        "提升港口能级,推进城市更新,加强组织领导,铸牢中华民族共同体意识。"
    )
    zones = _of_class(found, "Zone")
    assert {"洋山港", "临沂商城"} <= zones
    assert not any(z.endswith(("县城", "港口", "城市")) for z in zones)
    assert not any(label.endswith(("组织", "共同体")) for _cls, label in found)


def test_two_places_joined_by_a_dash_start_at_a_word_and_after_the_act_on_them() -> None:
    found = _found(
        "一、主要任务\n谋划建设临江港-青溪港景观廊道,打造环王子山—九龙湖生态文旅协作示范区。"
    )
    zones = _of_class(found, "Zone")
    assert "临江港-青溪港景观廊道" in zones  # not 划建设临江港-…: 谋划 and 建设 are acts
    assert "环王子山—九龙湖生态文旅协作示范区" in zones  # 环 (around) stays


def test_two_fields_joined_in_an_institutions_name_after_its_place_or_parent_only() -> None:
    found = _found(
        "一、主要任务\n推动市级以上文物保护单位和重点博物馆开放,推进公办普高名校集团化办学和三甲医院建设。"
        "成立临江市仓储与配送行业协会。"
    )
    orgs = _of_class(found, "Organization")
    assert "临江市仓储与配送行业协会" in orgs
    # 市级 is a level, no place; 集团 in 集团化 is no head of an institution
    assert not any(o.startswith(("市级", "进", "公办")) for o in orgs)
    found = _found("支持同济大学化学科学与工程学院建设。")  # 化学 is a word: the school whole
    assert _of_class(found, "Organization") == {"同济大学化学科学与工程学院"}


def test_a_loose_head_at_the_end_of_a_common_four_character_word_ends_no_name() -> None:
    found = _found("一、发展基础\n临江人民众志成城、守望相助,临江国际商贸城、临江古城焕发新活力。")
    zones = _of_class(found, "Zone")
    assert {"临江国际商贸城", "临江古城"} <= zones
    assert not any(z.endswith("众志成城") for z in zones)
    # an island's name the dictionary lists as a common word is still an island's
    assert "三亚蜈支洲岛" in _of_class(_found("一、主要任务\n提升三亚蜈支洲岛旅游品质。"), "Zone")


def test_a_firm_known_by_a_short_name_and_a_verb_of_two_words_before_a_list() -> None:
    found = _found(
        "一、发展基础\n服务保障中国临化、中国华能等一批中央企业落户,港务集团等市属国企迁入。"
        "支持商业银行、村镇银行和企业集团参与。指导临江公交集团完成站亭改造。"
    )
    firms = _of_class(found, "Enterprise")
    assert {"中国临化", "港务集团", "临江公交集团"} <= firms
    assert not any(f.startswith("服务保障") for f in firms)
    assert not {"商业银行", "村镇银行", "企业集团"} & firms


def test_nested_lists_type_their_members_by_their_own_heads() -> None:
    found = _found(
        "走访了青禾银行、明德律师事务所、星图游戏等金融、法律、游戏等不同产业的代表性企业。"
        "增强珠宝、香氛、医药等重点商业领域的集聚效应。"
    )
    assert {("Industry", "法律"), ("Industry", "游戏"), ("Industry", "珠宝")} <= found
    assert ("Enterprise", "星图游戏") in found
    assert ("Industry", "星图游戏") not in found


def test_a_list_of_firms_before_a_category_of_sectors_stays_firms() -> None:
    found = _found("包括远帆游戏、明德律师事务所等不同产业的代表性企业。")
    assert ("Enterprise", "远帆游戏") in found
    assert not _of_class(found, "Industry") & {"远帆游戏"}


def test_a_list_of_firms_names_its_sector() -> None:
    found = _found("走访了青禾、远帆等商贸流通龙头企业。")
    assert ("Industry", "商贸流通") in found


def test_list_members_share_the_last_ones_head() -> None:
    found = _found("构筑跨境资产管理、数字金融产业高地。增强对前端创新链、后端产业链的支撑。")
    assert {("Industry", "跨境资产管理"), ("Industry", "数字金融产业")} <= found
    assert ("Industry", "前端创新链") not in found
    # measures listed before a sector's measure share no head: no sector
    found = _found(
        "说明:县城居民收入年均增速、文旅产业增加值尚无统计。"
        "附注:农村居民人均收入、林下产业产值未计入;工业用地产出率、物流产业增加值另计。"
    )
    assert not any(label.endswith(("增速", "收入", "率")) for _, label in found)


def test_a_city_short_form_before_a_common_noun_is_the_city() -> None:
    found = _found("探索关键核心技术攻关的南京路径。提速襄阳机场前期工作。")
    assert ("AdministrativeArea", "南京市") in found
    assert ("AdministrativeArea", "襄阳市") not in found


@pytest.mark.parametrize(
    "lever", ["财政", "财税", "税收", "税务", "土地", "价格", "社保", "司法", "就业"]
)
def test_sectors_listed_with_a_lever_of_policy_are_levers_too(lever: str) -> None:
    found = _found(f"加强{lever}、金融、物流等政策协同。")
    assert not _of_class(found, "Industry")
    assert ("Industry", "金融") in _found("发展金融、物流、会展等现代服务业。")  # no lever: sectors


def test_a_lever_of_policy_in_the_middle_or_at_the_end_of_a_list_makes_it_one_of_levers() -> None:
    found = _found(
        "加强商贸、社保、金融、物流等政策协同。鼓励数据与金融、保险、司法等领域合规联动。"
    )
    assert not _of_class(found, "Industry")
    assert ("Industry", "房地产业") in _found("发展房地产业带动就业。")  # no list, no lever
    found = _found("大力发展法律、会计、税务等专业服务业。")  # services: the lever's name a sector
    assert {"法律", "会计", "税务"} <= _of_class(found, "Industry")


def test_the_ends_and_stops_of_a_route_are_no_areas_of_the_plan() -> None:
    found = _found(
        "规划建设洛阳至开封(郑州)高铁,推进南阳至信阳城际、驻马店至漯河召陵段、周口至商丘铁路、"
        "平顶山至许昌高速、濮阳至新乡公路、郑州至周口国家高速、驻马店至漯河市段改造,开展大盈江(盈江县段)治理。"
        "支持安阳、鹤壁发展。"
    )
    assert _of_class(found, "AdministrativeArea") == {"安阳市", "鹤壁市"}
    found = _found(  # a district in brackets after its city, before any word: no route
        "支持成都(双流区)高速发展,推动郑州(中牟县)城际一体化,深圳(宝安区)现阶段重点发展制造业。"
        "服务范围扩大至疏附县,延伸至开封(兰考县)全域。"
    )
    areas = _of_class(found, "AdministrativeArea")
    assert {"双流区", "中牟县", "宝安区", "疏附县", "兰考县"} <= areas


def test_the_last_of_a_list_of_places_shares_the_noun_after_it() -> None:
    found = _found("支持洛阳、开封、许昌算力枢纽建设,在南阳和信阳率先试点。")
    areas = _of_class(found, "AdministrativeArea")
    assert {"许昌市", "信阳市"} <= areas  # the last member, before a noun and before an adverb
    # 黄浦江 is a river: the short form after 虹口、 starts another name
    found = _found("推进虹口、黄浦江沿岸贯通。", ("上海市",))
    assert "黄浦区" not in _of_class(found, "AdministrativeArea")


def test_members_of_a_list_ending_in_one_sector_head_are_sectors_but_not_kinds_of_product() -> None:
    found = _found(
        "银发经济、冰雪经济、首发经济、夜间经济持续升温。绿色金融、转型金融、蓝色金融加快发展。"
        "推广嵌入式软件、工业软件、设计仿真软件等首版次软件产品。"
    )
    sectors = _of_class(found, "Industry")
    assert {"夜间经济", "转型金融", "蓝色金融"} <= sectors  # the last before its predicate too
    assert not sectors & {"嵌入式软件", "设计仿真软件"}
    found = _found(
        "推广智能制造、柔性制造、共享制造。统筹发展数字经济、园区经济、口岸经济。"
        "部署工业机器人、清洁机器人、导览机器人等具身大模型平台。"
        "推广使用新能源汽车、纯电汽车、混动汽车。"
    )
    sectors = _of_class(found, "Industry")
    assert {"柔性制造", "共享制造"} <= sectors  # the sector found opens the list, after its verb
    # ways of speaking of the economy; robots listed as the products a model serves; products
    # bought and used (no verb of growth before the list)
    assert not sectors & {
        "园区经济",
        "口岸经济",
        "清洁机器人",
        "导览机器人",
        "纯电汽车",
        "混动汽车",
    }
    found = _found("推进智能制造、柔性制造、共享制造等公共服务平台建设。")
    assert {"柔性制造", "共享制造"} <= _of_class(found, "Industry")  # a platform of services
    found = _found(
        "坚持国有经济、集体经济、数字经济共同发展。冰雪旅游、康养旅游、低空旅游加快发展。"
    )
    # a way of speaking of the economy; a list with no sector found names none by its head
    assert _of_class(found, "Industry") == {"数字经济"}


def test_a_place_and_its_sector_in_a_list_of_zones_are_no_zone_name() -> None:
    found = _found(
        "推进鹿城区智能物联(人工智能)、龙湾区高端装备(集成电路)等市级成果转化集聚区建设。"
    )
    assert ("AdministrativeArea", "龙湾区") in found
    assert not {label for cls, label in found if cls == "Zone" and label.startswith("龙湾区")}


def test_a_zone_needs_a_proper_name() -> None:
    found = _found(
        "建设国家级数据产业集聚区,建设重点产业孵化基地。做强临江、滨海2大机器人产业基地。推进临江高新区建设。"
    )
    zones = _of_class(found, "Zone")
    assert "临江高新区" in zones
    assert not zones & {"国家级数据产业集聚区", "重点产业孵化基地", "大机器人产业基地"}
    industries = _of_class(found, "Industry")
    assert "数据产业" in industries
    assert not industries & {"国家级数据产业", "大机器人产业"}


def test_a_place_joined_by_a_hyphen_or_a_plus_is_part_of_the_name() -> None:
    found = _found(
        "举办中国-东盟农业合作论坛、中国5G+智慧港口大会等重大活动。力争临江理工大学进入一流行列。"
    )
    orgs = _of_class(found, "Organization")
    assert {"中国-东盟农业合作论坛", "中国5G+智慧港口大会", "临江理工大学"} <= orgs


def test_a_kind_of_a_named_institution_is_no_name() -> None:
    found = _found("临江证券交易所上市公司达300家。服务保障中国远帆、中国青禾等央企。")
    assert "临江证券交易所上市公司" not in {label for _, label in found}
    assert "服务保障中国远帆" not in {label for _, label in found}


def test_a_verb_before_a_bare_head_names_nothing() -> None:
    found = _found("出台服务业扩大开放举措。六是筑牢产业根基。要保持制造业比重基本稳定。")
    labels = {label for _, label in found}
    assert not labels & {"出台服务业", "六是筑牢产业", "筑牢产业", "保持制造业"}


def test_a_party_committee_and_a_government_named_together_are_two_bodies() -> None:
    found = _found("一是区委区政府对城市管理高度重视。")
    assert {("GovernmentBody", "区委"), ("GovernmentBody", "区政府")} <= found


def test_terms_in_straight_quotes_are_concepts_too() -> None:
    found = _found('一、发展基础\n落实"四个坚决"要求,推进"气代煤"改造。')
    concepts = _of_class(found, "PolicyConcept")
    assert {"四个坚决", "气代煤"} <= concepts


def test_a_school_or_museum_needs_a_name_of_its_own() -> None:
    found = _found(
        "一、发展基础\n新建临江实验小学、鸿泰九年一贯制学校,改造薄弱学校和寄宿制学校,新建临江纪念馆。"
    )
    orgs = _of_class(found, "Organization")
    assert {"临江实验小学", "鸿泰九年一贯制学校", "临江纪念馆"} <= orgs
    assert not {"薄弱学校", "寄宿制学校"} & orgs


def test_a_list_of_projects_lists_no_industries() -> None:
    found = _found("一、发展基础\n临江存储二期、东方岚途等1.1万个重大产业项目投产达效。")
    assert not _of_class(found, "Industry")


def test_the_branches_listed_before_a_sector_are_industries_but_kinds_of_service_are_not() -> None:
    found = _found(
        "一、主要任务\n重点发展神经调控器械、口腔修复材料等高端医疗器械。"
        "提供法律、知识产权、会计等综合服务。"
    )
    industries = _of_class(found, "Industry")
    assert {"神经调控器械", "口腔修复材料"} <= industries
    assert not industries & {"法律", "知识产权", "会计"}


def test_a_sectors_head_alone_in_a_list_of_fields_is_no_sector() -> None:
    found = _found(
        "一、主要任务\n支持高校在能源、医疗、材料等领域布局一批概念验证中心。"
        "推动钢铁、化工、航天等领域绿色转型。"
    )
    industries = _of_class(found, "Industry")
    assert not industries & {"能源", "医疗", "材料"}  # fields of research
    assert {"钢铁", "化工", "航天"} <= industries  # heads that alone are sectors


def test_lists_of_fields_of_work_and_of_talent_list_no_industries() -> None:
    found = _found(
        "一、重点任务\n统筹做好政治、经济、社会、文化等各领域安全工作。"
        "统筹推进卓越工程师、创新企业家、专业化科技服务等重点产业人才队伍建设。"
        "重点发展集成电路、人工智能等产业。"
    )
    assert _of_class(found, "Industry") == {"集成电路", "人工智能"}


def test_a_list_after_zai_starts_after_it() -> None:
    found = _found("一、重点任务\n加强与长三角、临江湾区在具身智能、低空经济等领域精准对接。")
    industries = _of_class(found, "Industry")
    assert industries == {"具身智能", "低空经济"}


def test_a_cluster_named_by_its_place_lists_its_sector_a_product_keeps_its_place() -> None:
    found = _found(
        "湖北省政府工作报告\n一、发展基础\n曾都移动应急装备、下陆电子电路铜箔等18个产业集群入选国家级特色产业集群。"
        "培育临朐鹅肝、博山猕猴桃等特色产业。共建环渤海湾精细化工、浙南智能电气、宁波港航服务等先进产业集群。"
        "做强海洋装备、绿色化工两大产业集群。培育苏北光伏组件、皖西绿色食品、冀东精品钢材、闽东电机电器、"
        "胶东半岛海洋牧场、珠江口高端装备、黄河现代煤化工、闽江绿色建材、太湖生物医药等特色产业集群。"
    )
    industries = _of_class(found, "Industry")
    assert {"移动应急装备", "电子电路铜箔", "临朐鹅肝", "博山猕猴桃"} <= industries
    assert {"精细化工", "智能电气", "港航服务"} <= industries  # 渤海湾, 浙南: place words
    assert {"海洋装备", "绿色化工"} <= industries  # 海洋 is the sector's, no place
    regional = {"光伏组件", "绿色食品", "精品钢材", "电机电器", "海洋牧场", "高端装备"}
    assert regional | {"现代煤化工", "绿色建材", "生物医药"} <= industries
    assert not {"曾都移动应急装备", "下陆电子电路铜箔", "国家级特色产业"} & industries


def test_firms_named_by_药业_and_股份() -> None:
    found = _found("一、发展基础\n支持冀中药业扩大生产,宝钢股份完成改造,一批药业企业落户。")
    firms = _of_class(found, "Enterprise")
    assert firms == {"冀中药业", "宝钢股份"}


def test_a_zones_park_in_a_district_is_one_name_with_it() -> None:
    found = _found(
        "上海市虹口区规划\n一、重点任务\n以张江高新区虹口园为核心载体,推动张江高新区发展,"
        "建设张江高新区特色园。"
    )
    zones = _of_class(found, "Zone")
    assert zones == {"张江高新区虹口园", "张江高新区"}


def test_lists_of_fields_and_of_services_name_no_bodies() -> None:
    found = _found(
        "一、重点任务\n引聚一批涵盖碳核算、碳认证、碳交易和碳金融等领域的链主企业。"
        "培育一批技术咨询转让、无形资产评估、概念验证等科技服务中介机构。"
    )
    bodies = {label for cls, label in found if cls in ("Enterprise", "Organization")}
    assert not bodies


def test_a_body_named_by_kinds_run_together_is_a_kind() -> None:
    found = _found(
        "一、重点任务\n建设社区卫生服务中心,争创新兴产业创新中心,支持临江大学附属医院发展。"
        "支持企业建设工程研究中心、临床医学研究中心,建设临江工程研究院。"
    )
    orgs = _of_class(found, "Organization")
    assert {"临江大学附属医院", "临江工程研究院"} <= orgs
    assert not {"社区卫生服务中心", "新兴产业创新中心", "工程研究中心", "临床医学研究中心"} & orgs


def test_people_of_a_city_thanked_are_no_place_but_the_regions_of_the_country_are() -> None:
    found = _found(
        "临江省政府工作报告\n向香港特别行政区同胞、澳门特别行政区同胞、台湾同胞和海外侨胞表示感谢。"
        "向温州侨胞致以问候。\n"
    )
    areas = _of_class(found, "AdministrativeArea")
    assert areas == {"香港特别行政区", "澳门特别行政区", "台湾省"}  # no 温州市


def test_a_government_called_without_renmin_is_the_peoples_government() -> None:
    found = _found(
        "2026年湖北省政府工作报告\n我代表湖北省人民政府向大会报告工作。完成省市县政府机构改革。"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert "湖北省人民政府" in bodies
    assert not {"湖北省政府", "省市县人民政府"} & bodies


def test_the_plans_own_government_by_its_level_alone_is_the_plans_place_government() -> None:
    from builder import structure, vocab
    from builder.model import Document
    from builder.recognize import Recognizer

    text = "2026年山东省政府工作报告\n现在,我代表省人民政府向大会报告工作。省政府编制了纲要。"
    vb = vocab.load()
    st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
    own = Recognizer(vb, ("山东省", "山东")).recognise(st)
    bodies = {m.label for m in own.mentions if m.cls == "GovernmentBody"}
    assert bodies == {"山东省人民政府"}  # 山东省政府, 省人民政府 and 省政府 are one body
    elsewhere = Recognizer(vb).recognise(st)  # a plan of no known place: 省政府 stays as written
    assert "省人民政府" in {m.label for m in elsewhere.mentions if m.cls == "GovernmentBody"}


def test_a_towns_government_is_read_by_its_name_where_the_gazetteer_lacks_the_town() -> None:
    found = _found(
        "白水县人居环境整治方案\n二、主要任务\n1.推进污水处理。(责任单位:青石镇人民政府、城关街道办事处)\n"
        "2.支持石门乡政府推进改造。(责任单位:已经街道办事处)\n"
        "3.推进整治。(责任单位:所在镇人民政府、属地街道办事处、重点镇政府、中心镇政府、"
        "建制镇人民政府、特色小镇政府、试点镇政府、示范镇政府、全镇政府、本镇政府、该镇政府)\n"
    )
    assert _of_class(found, "GovernmentBody") == {"青石镇人民政府", "城关街道办事处", "石门乡政府"}


def test_governments_of_a_kind_and_a_government_as_a_modifier_are_no_bodies() -> None:
    found = _found(
        "临江区发展规划\n一、主要任务\n(一)强化监管。各乡镇人民政府、省市县政府和区县政府负责落实,"
        "由镇人民政府拟定方案,区市场监管局牵头,优化市重大工程政府投资项目前期工作。"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert "区市场监管局" in bodies
    assert not {"乡镇人民政府", "省市县政府", "区县政府", "镇人民政府", "市重大工程政府"} & bodies
    # the deputies of a congress and the members of a consultative conference, thanked
    found = _found(
        "各位代表:\n在此,向县人大代表和政协委员,向各民主党派表示感谢。"
        "县人大常委会代表工作委员会负责联络。"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert not [b for b in bodies if "代表和" in b]
    assert "县人大常委会代表工作委员会" in bodies  # a body whose name holds 代表
    # the party committees and governments of levels, together
    found = _found(
        "一、主要任务\n强化市县党委和政府的领导责任,落实县级党委政府属地责任。"
        "县乡党委和人民政府要加强领导。"
    )
    assert not _of_class(found, "GovernmentBody")


def test_a_campaign_named_专项行动_keeps_the_verbs_of_its_name() -> None:
    found = _found(
        "一、重点工作\n实施提振消费专项行动,深入开展规范涉企执法专项行动,"
        "借助违建别墅问题清查整治专项行动,组织开展专项行动。结合停车资源优化民心工程,创建项目。"
    )
    concepts = _of_class(found, "PolicyConcept")
    assert concepts == {
        "提振消费专项行动",
        "规范涉企执法专项行动",
        "违建别墅问题清查整治专项行动",
        "停车资源优化民心工程",  # a city's programme of works for its people, named the same way
    }


def test_campaigns_named_as_battles_are_concepts_without_the_verb_that_fights_them() -> None:
    found = _found(
        "一、重点工作\n打好蓝天保卫战、碧水保卫战,巩固脱贫攻坚战成果,深入开展扫黑除恶专项斗争。"
    )
    concepts = _of_class(found, "PolicyConcept")
    assert {"蓝天保卫战", "碧水保卫战", "脱贫攻坚战", "扫黑除恶专项斗争"} <= concepts
    assert not {c for c in concepts if c.startswith(("打好", "巩固", "深入"))}


def test_a_list_of_kinds_of_public_body_names_none() -> None:
    found = _found(
        "一、重点任务\n鼓励政府机关、社区各类服务阵地、学校、医院等公共机构开放应用场景。"
    )
    assert not {label for cls, label in found if cls in ("Organization", "Enterprise")}


def test_a_places_short_form_before_a_sector_names_the_place() -> None:
    found = _found(
        "长宁区绿色低碳发展规划\n一、主要任务\n围绕长宁绿色产业主攻方向,推动宝山数字经济发展。"
    )
    areas = _of_class(found, "AdministrativeArea")
    assert {"长宁区", "宝山区"} <= areas
    assert "绿色产业" in _of_class(found, "Industry")


def test_a_list_of_bodies_names_a_levels_units() -> None:
    found = _found(
        "一、主要任务\n区民防办、区消防救援支队、区大数据中心、区城运中心等部门共同推进。"
        "发展改革、商务等部门加强指导。"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"区民防办", "区消防救援支队", "区大数据中心", "区城运中心"} <= bodies
    assert not bodies & {"发展改革", "商务"}


def test_towns_of_any_province_by_their_full_names() -> None:
    found = _found(
        "一、发展基础\n完成鹤鸣乡托管移交,推进柳湾镇、石埠镇建设宜居城镇和特色小镇,吸引人才返乡。"
        "四团镇、华漕镇乡改镇取得进展,颐康中心实现街镇覆盖。镇级路长:镇级路长设镇总路长。"
    )
    areas = _of_class(found, "AdministrativeArea")
    assert {"鹤鸣乡", "柳湾镇", "石埠镇", "四团镇", "华漕镇"} <= areas
    assert not any(a.endswith(("城镇", "小镇", "返乡", "改镇", "街镇", "设镇")) for a in areas)


def test_a_telecommunications_gateway_is_no_bureau_of_government() -> None:
    found = _found("一、主要任务\n开通运营成都国际通信业务出入口局,市通信管理局加强监管。")
    bodies = _of_class(found, "GovernmentBody")
    assert "市通信管理局" in bodies
    assert not any(b.endswith("出入口局") for b in bodies)


def test_a_body_starts_at_its_place_or_level_word() -> None:
    found = _found(
        "一、发展基础\n现在,我代表杭州市人民政府,向大会报告工作,提请省人大常委会审议法规草案。"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"杭州市人民政府", "省人大常委会"} <= bodies
    assert not any(b.startswith(("我", "提请")) for b in bodies)
    # a preposition the segmenter reads as one word with the level (经市, 报市)
    found = _found("项目清单经市商务委审核,报市住建委备案。")
    assert {"市商务委", "市住建委"} <= _of_class(found, "GovernmentBody")


def test_a_quoted_name_before_a_zone_head_names_the_zone() -> None:
    found = _found("一、主要任务\n推动“江湾鹤岭”城市群协同发展,落实“一轴三带”布局。")
    assert ("Zone", "“江湾鹤岭”城市群") in found
    assert ("PolicyConcept", "一轴三带") in found
    assert ("PolicyConcept", "江湾鹤岭") not in found


def test_a_future_industry_keeps_its_name() -> None:
    found = _found(
        "一、主要任务\n(一)加快布局未来材料产业\n顺应未来产业发展趋势,培育未来能源产业。"
    )
    industries = _of_class(found, "Industry")
    assert {"未来材料产业", "未来能源产业"} <= industries
    assert not {"材料产业", "能源产业", "顺应未来产业"} & industries


def test_a_catalogue_sector_of_three_characters_names_itself_anywhere() -> None:
    found = _found("一、发展基础\n房地产深度调整,汽车消费回暖。")
    industries = _of_class(found, "Industry")
    assert "房地产" in industries
    assert "汽车" not in industries  # two characters: only in a list or before 产业/行业


def test_a_service_sector_without_its_service_is_what_it_serves_unless_a_sector_word_follows() -> (
    None
):
    found = _found(
        "一、发展基础\n资本市场持续活跃,专业技术人才加快集聚,运用信息技术提升监管效能。"
        "资本市场服务业增加值增长。大力发展软件和信息技术、人工智能、集成电路等产业。"
    )
    industries = _of_class(found, "Industry")
    assert not {"资本市场", "专业技术", "信息技术"} & industries
    assert "资本市场服务" in industries  # the catalogue's name, with its service
    assert "软件和信息技术" in industries  # in a list of sectors


def test_a_verb_split_by_a_boundary_character_stays_out_of_the_name() -> None:
    found = _found("一、主要任务\n推动布局建设。对接洋山港,对表临港新片区,加快发展。")
    zones = _of_class(found, "Zone")
    assert "洋山港" in zones
    assert not any(z.startswith(("接", "表")) for z in zones)


def test_a_word_split_by_a_boundary_character_stays_out_of_the_name() -> None:
    found = _found("一、主要任务\n落实中外企业家对话会冰雪经济领域成果。")
    assert _of_class(found, "Industry") == {"冰雪经济"}  # 对话会 is a word: no 话会冰雪经济
    found = _found("一、主要任务\n发展壮大半导体与新型显示产业。")
    assert _of_class(found, "Industry") == {"半导体与新型显示产业"}  # 半导体 is a word


def test_corridors_named_by_two_places_are_zones_those_named_by_sectors_industries() -> None:
    found = _found(
        "一、重点任务\n推进江白、江青等产业廊道建设。推进临北、储能、绿色智能船舶等产业走廊建设。"
        "培育康养、研学等产业。发展体外诊断器械、骨科矫形器械等高端医疗器械。"
    )
    assert _of_class(found, "Zone") == {"江白", "江青", "临北"}
    assert {"储能", "绿色智能船舶", "康养", "研学", "骨科矫形器械"} <= _of_class(found, "Industry")


def test_verbs_the_dictionary_tags_as_nouns_stay_out_of_names() -> None:
    found = _found("一、主要任务\n深化整治金融、国企等领域突出问题。以特色之长重塑县域经济新优势。")
    labels = {label for _, label in found}
    assert not any(label.startswith(("整治", "重塑")) for label in labels)


def test_two_industries_joined_by_he_stay_two_unless_the_first_is_headless() -> None:
    found = _found(
        "坚持先进制造业和现代服务业融合。力争机器人和智能装备产业规模突破百亿元。"
        "壮大软件和信息服务业。"
    )
    industries = _of_class(found, "Industry")
    assert {"先进制造业", "现代服务业", "软件和信息服务业"} <= industries
    assert not any(label.startswith(("进", "争")) for label in industries)


def test_a_zone_after_a_verb_opens_with_its_place() -> None:
    found = _found(
        "一、主要任务\n年内建成投用泉州综保区。推进临江—远帆经济合作区建设。提速泉州机场建设。"
        "高水平建设临江—白水产业协作区。加快东湖生物医药园建设。"
    )
    zones = _of_class(found, "Zone")
    assert {"泉州综保区", "临江—远帆经济合作区", "临江—白水产业协作区", "东湖生物医药园"} <= zones
    assert "白水产业" not in _of_class(found, "Industry")  # the zone's head goes on
    assert not zones & {"投用泉州综保区", "泉州机场"}  # an airport is a facility, not a zone


def test_a_company_is_an_enterprise_and_a_kind_of_company_is_none() -> None:
    found = _found("一、主要任务\n支持临江环境科技有限公司扩大产能,鼓励上市公司并购重组。")
    assert ("Enterprise", "临江环境科技有限公司") in found
    assert not {label for _, label in found} & {"上市公司", "临江环境科技有限公司扩大产能"}


def test_members_before_a_kind_of_services_or_manufacturing_are_industries() -> None:
    found = _found("一、主要任务\n做强金融、贸易、航运等优势服务业。实施制造业重点产业链提升行动。")
    industries = _of_class(found, "Industry")
    assert {"金融", "贸易", "航运"} <= industries
    assert "制造业重点产业" not in industries  # 产业链: a chain, not an industry


def test_a_name_before_a_quoted_term_is_a_name_of_its_own() -> None:
    found = _found("一、主要任务\n加强临江大学“双一流”建设。推动工业经济“头号工程”。")
    assert ("Organization", "临江大学") in found
    assert ("PolicyConcept", "头号工程") in found


def test_a_zone_being_built_before_a_quoted_term_is_a_name_of_its_own() -> None:
    found = _found(
        "一、主要任务\n紧抓临江枢纽建设、临江新城建设“两大战略引擎”。推进碳达峰“十大工程”。"
    )
    assert ("Zone", "临江新城") in found
    assert ("PolicyConcept", "两大战略引擎") in found
    spans = _spans("一、主要任务\n推进碳达峰“十大工程”。")
    assert spans["十大工程"] == "碳达峰“十大工程”"  # a field before the quote is still taken in


def test_fairs_called_by_a_short_name_are_organisations() -> None:
    found = _found("一、主要任务\n办好进博会、兰洽会等重大展会,两线交会处建设枢纽。")
    orgs = _of_class(found, "Organization")
    assert {"进博会", "兰洽会"} <= orgs
    assert "线交会" not in {label for _, label in found}


def test_games_and_fairs_called_by_a_short_name_are_organisations() -> None:
    found = _found(
        "一、主要任务\n持续做好广交会服务保障。广州健儿参加奥运会、全运会等大赛。"
        "举办的十五运会和残特奥会精彩圆满。第十五届全运会获20金。出席杭州亚运会开幕式。"
        "建设货运会展中心。"
    )
    orgs = _of_class(found, "Organization")
    assert {"广交会", "奥运会", "全运会", "十五运会", "残特奥会", "第十五届全运会"} <= orgs
    assert not {"加奥运会", "的十五运会", "届全运会", "货运会"} & orgs


def test_a_quality_or_a_predicate_before_产业_names_no_sector() -> None:
    found = _found(
        "一、主要任务\n积极帮助企业申请产业结构调整扶持资金。促使低效产业用地退出。"
        "支持智能建造产业发展。"
    )
    industries = _of_class(found, "Industry")
    assert not {"申请产业", "低效产业", "促使低效产业"} & industries
    assert "智能建造产业" in industries


def test_a_named_pilot_is_a_programme_but_a_pilot_of_a_level_is_none() -> None:
    found = _found(
        "一、主要任务\n获批国家服务业扩大开放综合试点。深化数据知识产权制度改革试点。"
        "开展省级综合改革试点和国家级改革试点。建设综合试点城市。"
    )
    concepts = _of_class(found, "PolicyConcept")
    assert {"国家服务业扩大开放综合试点", "数据知识产权制度改革试点"} <= concepts
    assert not {"省级综合改革试点", "国家级改革试点", "获批国家服务业扩大开放综合试点"} & concepts
    assert not any(label.endswith("试点") and "城市" in label for label in concepts)


def test_a_national_designation_is_no_part_of_a_sector_and_risk_fields_are_none() -> None:
    found = _found(
        "一、主要任务\n争创国家服务贸易创新发展示范区。"
        "防范化解地方政府债务、中小金融机构和非法金融活动等经济领域风险。"
    )
    industries = _of_class(found, "Industry")
    assert "服务贸易" in industries
    assert not industries & {"国家服务贸易", "地方政府债务", "中小金融机构", "非法金融活动"}


def test_short_forms_that_are_ordinary_words_name_no_place_and_a_district_is_no_zone() -> None:
    found = _found(
        "上海市发展规划\n一、主要任务\n建设张江科学城,深化国际合作。推动浦东新区打造引领区。"
    )
    places = _of_class(found, "AdministrativeArea")
    assert "浦东新区" in places
    assert not places & {"建设镇", "合作市"}
    assert ("Zone", "浦东新区") not in found


def test_an_ordinal_is_no_part_of_a_name() -> None:
    found = _found(
        "一、主要任务\n办好第十届上海合作组织成员国农业部长会议,深化与国际海事组织合作。"
    )
    orgs = _of_class(found, "Organization")
    assert {"上海合作组织", "国际海事组织"} <= orgs
    assert not any(label.startswith("第") for label in orgs)


def test_a_district_another_province_also_has_is_known_by_its_short_form() -> None:
    found = _found(
        "上海市宝山区发展规划\n一、主要任务\n支持宝山打造创新高地,推动嘉定、松江联动发展。"
    )
    places = _of_class(found, "AdministrativeArea")
    assert {"宝山区", "嘉定区"} <= places  # 宝山区 is also a district of Shuangyashan


def test_a_new_area_is_known_by_its_name_without_xinqu() -> None:
    found = _found("上海市杨浦区滨江工作方案\n一、主要任务\n联动虹口、浦东协同发展,推动浦东发展。")
    places = _of_class(found, "AdministrativeArea")
    assert {"虹口区", "浦东新区"} <= places


def test_a_subdistrict_short_form_names_the_area_and_its_full_name_the_subdistrict() -> None:
    found = _found(
        "上海市黄浦区规划\n一、主要任务\n提升外滩、豫园等区域环境品质,支持外滩街道开展试点。"
    )
    assert {"外滩", "豫园"} <= _of_class(found, "Zone")
    places = _of_class(found, "AdministrativeArea")
    assert "外滩街道" in places and "豫园街道" not in places


def test_a_quoted_short_name_the_text_gives_itself_is_no_concept() -> None:
    found = _found(
        "一、重点任务\n支持东方明珠新媒体股份有限公司(以下简称“东方明珠”)建设场馆,落实“双碳”要求。"
    )
    assert _of_class(found, "PolicyConcept") == {"双碳"}
    assert "东方明珠新媒体股份有限公司" in _of_class(found, "Enterprise")


def test_a_short_name_the_text_gives_an_event_is_the_events_not_a_second_one() -> None:
    found = _found("一、重点任务\n每年举办江宁国际低空经济博览会(以下简称“低博会”)。办好低博会。\n")
    assert ("Organization", "低博会") not in found
    assert ("Organization", "江宁国际低空经济博览会") in found


def test_a_long_quoted_slogan_of_parts_is_a_concept_and_a_quoted_sentence_is_not() -> None:
    found = _found(
        "一、主要任务\n按照“更新一批、减量一批、收储一批、保留一批”推进盘活。"
        "强调“城市顽症治理的核心是补短板,关键是精准施策”的要求。"
    )
    concepts = _of_class(found, "PolicyConcept")
    assert "更新一批、减量一批、收储一批、保留一批" in concepts
    assert not any("精准施策" in c for c in concepts)


def test_a_known_body_and_the_place_after_it_name_its_branch() -> None:
    found = _found("推动中国证监会上海监管局、国家金融监督管理总局上海监管局加强指导。")
    bodies = _of_class(found, "GovernmentBody")
    assert {"中国证监会上海监管局", "国家金融监督管理总局上海监管局"} <= bodies
    assert "上海监管局" not in bodies


def test_a_group_named_by_a_brand_of_three_characters_is_a_firm() -> None:
    found = _found(
        "一、主要任务\n推动五粮液集团做强做优,组建新能源集团。"
        "引导商业性银行、科技型控股、科技类控股、数字化集团、旅游业集团加大支持。"
    )
    firms = _of_class(found, "Enterprise")
    assert "五粮液集团" in firms
    assert "新能源集团" not in firms  # named by its trade: a kind of group
    assert not firms & {"商业性银行", "科技型控股", "科技类控股", "数字化集团", "旅游业集团"}


def test_a_kind_of_company_is_no_firm() -> None:
    found = _found(
        "鼓励银行理财子公司、融资担保公司参与投资,支持华虹半导体有限公司、上海城投公司发行产品。"
    )
    firms = _of_class(found, "Enterprise")
    assert {"华虹半导体有限公司", "上海城投公司"} <= firms
    assert not firms & {"银行理财子公司", "融资担保公司"}


def test_a_body_opens_with_its_place_and_bodies_of_a_kind_are_none() -> None:
    found = _found(
        "一、主要任务\n(一)完善设施。(市应急局、上海化工区管委会、相关区政府按职责分工负责)"
        "各区人民政府要加强统筹。"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"市应急局", "上海化工区管委会"} <= bodies
    assert not bodies & {"区管委会", "区政府", "区人民政府"}


def test_two_bodies_joined_by_he_stay_two_and_a_congress_session_is_no_body() -> None:
    found = _found(
        "一、主要任务\n认真落实中央和市委部署,市发展和改革委员会牵头。提请省十四届人大三次会议审议。"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert "市发展和改革委员会" in bodies
    assert not bodies & {"中央和市委", "省十四届人大"}


def test_a_bodys_name_with_he_opens_at_its_level_after_the_verb_before_it() -> None:
    found = _found(
        "一、保障措施\n成立区文化和旅游发展领导小组,会同市文化和旅游局推进。"
        "成立市数字经济和信息化工作领导小组。\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {
        "区文化和旅游发展领导小组",
        "市文化和旅游局",
        "市数字经济和信息化工作领导小组",
    } <= bodies
    found = _found("一、保障措施\n统筹全市和旅游发展领导小组工作,加强省市和商务局协作。\n")
    assert not {n for n in _of_class(found, "GovernmentBody") if "和" in n}  # a level alone


def test_who_holds_a_bodys_post_is_no_part_of_its_name() -> None:
    found = _found(
        "一、保障措施\n由区长任区城市更新领导小组组长,区委书记任区数字化转型工作领导小组组长,"
        "区政府主要领导任静安区低空经济发展工作领导小组组长。\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {
        "区城市更新领导小组",
        "区数字化转型工作领导小组",
        "静安区低空经济发展工作领导小组",
    } <= bodies
    assert not [b for b in bodies if "任" in b]


def test_a_fund_arranged_for_a_sector_leaves_the_verb_out_of_the_sectors_name() -> None:
    found = _found("一、保障措施\n县财政每年安排现代农业发展专项资金不少于5000万元。\n")
    assert _of_class(found, "Industry") == {"现代农业"}


def test_a_firms_registered_name_is_a_firm_whatever_its_words() -> None:
    found = _found(
        "一、主要任务\n支持翼飞科技有限公司、星河科技有限公司发展,推动天穹科技股份有限公司上市,"
        "支持江海港务有限责任公司扩建码头,鼓励社会资本设立物流有限公司。\n"
    )
    firms = _of_class(found, "Enterprise")
    assert {
        "翼飞科技有限公司",
        "星河科技有限公司",
        "天穹科技股份有限公司",
        "江海港务有限责任公司",
    } <= firms
    assert "物流有限公司" not in firms  # a kind of firm, named by its trade alone


def test_kinds_of_institution_listed_are_no_names() -> None:
    found = _found(
        "一、主要任务\n推动医院、学校、三甲医院等公共机构节能,支持临江大学等机构开展研究。"
    )
    orgs = _of_class(found, "Organization")
    assert "临江大学" in orgs
    assert not orgs & {"医院", "学校", "三甲医院"}


def test_an_amount_of_land_or_a_verb_before_an_industry_is_no_part_of_it() -> None:
    industries = _of_class(
        _found("一、主要任务\n推进3.44平方公里低效产业用地转型,园区集中承载先进制造产业。"),
        "Industry",
    )
    assert "先进制造产业" in industries
    assert not any(i.startswith(("3.44", "承载", "集中")) for i in industries)


@pytest.mark.parametrize("when", ["全年", "今年", "明年", "去年", "当年", "上半年", "下半年"])
def test_the_year_a_figure_is_for_is_no_part_of_the_sector(when: str) -> None:
    industries = _of_class(_found(f"一、主要任务\n{when}生物医药产业产值增长8%。"), "Industry")
    assert industries == {"生物医药产业"}


@pytest.mark.parametrize(
    "place", ["白水区", "江北县", "湖东省", "青石镇", "桃源乡", "云岭州", "湖东市"]
)
def test_a_place_missing_from_the_gazetteer_is_no_part_of_the_sector(place: str) -> None:
    industries = _of_class(_found(f"一、主要任务\n推动{place}生物医药产业集聚发展。"), "Industry")
    assert industries == {"生物医药产业"}


@pytest.mark.parametrize("place", ["江南省", "江南县", "江南自治区", "江南自治州"])
def test_a_title_place_the_codes_lack_is_no_division_of_its_short_form(place: str) -> None:
    text = f"{place}数字经济发展规划\n一、主要任务\n推进{place}数字化转型。"
    assert not _of_class(_found(text, (place, "江南")), "AdministrativeArea")  # no 江南区
    own = _found("江南区数字经济发展规划\n一、主要任务\n推进江南数字化转型。", ("江南区", "江南"))
    assert ("AdministrativeArea", "江南区") in own


@pytest.mark.parametrize("rank", ["国家级", "省级", "市级", "区级", "县级"])
def test_a_rank_is_no_part_of_a_sector_nor_is_the_place_before_it(rank: str) -> None:
    found = _found(
        f"一、主要任务\n推进青山镇、白水乡{rank}农业产业强镇建设,培育10个以上{rank}数据产业集群。"
    )
    industries = _of_class(found, "Industry")
    assert "数据产业" in industries
    assert not any(rank in i for i in industries)  # not 白水乡省级农业


def test_a_list_of_firms_sectors_names_sectors_not_firms() -> None:
    found = _found(
        "一、主要任务\n引育工业软件、信创、网络安全等企业50家,支持华为、中兴等企业发展。"
    )
    assert {"工业软件", "信创", "网络安全"} <= _of_class(found, "Industry")
    assert _of_class(found, "Enterprise") == {"华为", "中兴"}
    services = _found("一、主要任务\n导入一批研发服务、专业设计、技术转移等专业服务机构。")
    assert not services  # kinds of service firm, neither firms nor sectors


def test_a_region_named_by_its_short_form_and_its_level_is_that_region() -> None:
    found = _found("一、主要任务\n积极对接广西自治区,加强与宁夏自治区合作。")
    assert {"广西壮族自治区", "宁夏回族自治区"} <= _of_class(found, "AdministrativeArea")


def test_a_single_character_before_a_divisions_word_is_no_place_of_a_sector() -> None:
    found = _found("一、主要任务\n推进一乡一品特色产业发展。大力发展墟市经济。")
    assert {"一乡一品产业", "墟市经济"} <= _of_class(found, "Industry")


def test_a_clause_opened_by_a_bare_develop_lists_sectors_only() -> None:
    found = _found("一、主要任务\n受外部环境影响,发展旅游、餐饮受到冲击。")
    assert not any("冲击" in i for i in _of_class(found, "Industry"))


def test_a_zone_named_with_its_area_inside_keeps_its_name() -> None:
    found = _found("一、主要任务\n建设滨江3.2平方公里国际金融城。")
    assert "滨江3.2平方公里国际金融城" in _of_class(found, "Zone")


def test_an_amount_before_a_base_names_no_zone() -> None:
    found = _found("一、主要任务\n建成临江新能源整车基地,新建年产20万辆整车生产基地。")
    zones = _of_class(found, "Zone")
    assert "临江新能源整车基地" in zones
    assert not any("20万辆" in z for z in zones)  # the base's capacity, no name
    sized = _of_class(
        _found("一、主要任务\n建设53万亩粮食生产功能区,打造占地500亩智能产业园。"), "Zone"
    )
    assert not sized  # sizes, no names


def test_a_means_that_empowers_or_reshapes_a_sector_is_no_part_of_its_name() -> None:
    """…等技术重塑X, …技术赋能X: the technology acts on the sector; the name starts after the verb."""
    industries = _of_class(
        _found(
            "一、主要任务\n运用云计算、物联网等技术重塑会展经济。鼓励数字技术赋能竹编、漆器等传统产业。"
        ),
        "Industry",
    )
    assert {"会展经济", "竹编"} <= industries
    assert not any("重塑" in i or "赋能" in i for i in industries)


def test_a_peoples_organisation_keeps_the_level_of_its_branch_or_the_nation() -> None:
    """市科协 and 省总工会 are branches, 中国残联 and 中华全国总工会 the national bodies; a bare short
    name stays bare."""
    orgs = _of_class(
        _found(
            "一、主要任务\n由县科协、省总工会、中国残联、中华全国总工会(全国总工会)和全国妇联指导,"
            "发挥工会作用。市总侨联不是一级组织。"
        ),
        "Organization",
    )
    assert {"县科协", "省总工会", "中国残联", "中华全国总工会", "全国妇联", "工会"} <= orgs
    assert not orgs & {"市总侨联", "总侨联", "全国总工会"}  # the national federation, one name


def test_a_peoples_organisation_keeps_the_place_of_its_branch() -> None:
    """四川省科协, 上海市妇联, 浦东新区妇联 and 上海总工会 name the place's branch; 全市 is no place,
    other short names take no level (中国东盟), and a name never ends inside a word (跨学科协同);
    a word that only goes on after it (中国电信服务, 欧盟委员会) keeps it."""
    found = _found(
        "一、主要任务\n四川省科协、湖南省总工会、上海市妇联、呼和浩特市总工会和上海总工会参与,"
        "发挥全市残联、市红十字会、杭州侨联、省工商联、市共青团作用。深化中国东盟合作。"
        "浦东新区妇联、广西壮族自治区妇联、恩施州妇联、集团总工会参与。推动跨学科协同创新。"
        "推动中国电信服务能力提升。加强与欧盟委员会合作。两江新区总工会参与。做好精细化工作。\n"
    )
    orgs = _of_class(found, "Organization")
    assert {"四川省科协", "湖南省总工会", "上海市妇联", "呼和浩特市总工会", "上海总工会"} <= orgs
    assert {"市残联", "市红十字会", "杭州侨联", "省工商联", "市共青团", "东盟", "欧盟"} <= orgs
    assert {"浦东新区妇联", "广西壮族自治区妇联", "恩施州妇联", "工会"} <= orgs
    assert not orgs & {"省科协", "省总工会", "市妇联", "全市残联", "科协", "中国东盟", "总工会"}
    assert "中国电信" in _of_class(found, "Enterprise")
    assert "区总工会" not in orgs  # the 区 of 两江新区 is no level
    assert "精细化工" not in _of_class(found, "Industry")


def test_a_known_banks_branch_in_a_place_is_one_body_named_as_written() -> None:
    found = _found(
        "一、主要任务\n(牵头单位:人民银行四川省分行、中国人民银行上海总部、人民银行绵阳市支行)"
        "发挥人民银行各分行作用。引进华为上海总部。\n",
        ("四川省",),
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"人民银行四川省分行", "中国人民银行上海总部", "人民银行绵阳市支行"} <= bodies
    assert "中国人民银行" in bodies  # 人民银行各分行: the bank's branches of a kind
    assert "四川省" not in _of_class(found, "AdministrativeArea")
    assert "华为" in _of_class(found, "Enterprise")  # a firm's seat is no body of its own


def test_provinces_named_in_a_run_before_a_sector_are_no_part_of_it() -> None:
    industries = _of_class(
        _found(
            "一、主要任务\n推动京津冀新能源汽车产业协同发展,壮大粤港澳大湾区生物医药产业,发展川渝汽车产业,"
            "共建黑吉辽装备制造产业,发展苏绣产业。壮大云台山旅游产业,培育青川竹产业。\n"
        ),
        "Industry",
    )
    assert {"新能源汽车产业", "生物医药产业", "汽车产业", "装备制造产业", "苏绣产业"} <= industries
    assert not any(i.startswith(("京", "粤", "川", "黑", "大湾区")) for i in industries)
    assert {"云台山旅游产业", "青川竹产业"} <= industries  # a place's own name, not provinces'
    assert not {"山旅游产业", "能源汽车产业"} & industries


def test_paired_verbs_of_pushing_deeper_are_no_part_of_the_name_after_them() -> None:
    found = _found(
        "一、主要任务\n推深做实临江科创走廊建设。谋深谋实北湖科学城改革。"
        "走深走实南湖数字小镇。做深做实西湖科技园。做实东湖产业园。"
    )
    zones = _of_class(found, "Zone")
    assert {"临江科创走廊", "北湖科学城", "南湖数字小镇", "西湖科技园", "东湖产业园"} <= zones
    assert not any(z.startswith(("推深", "做", "深谋", "谋实", "走", "实")) for z in zones)


def test_a_service_taken_into_places_of_a_kind_names_no_place() -> None:
    """X进园区、进社区: a campaign taking X to parks and communities; 先进, 引进 are words of
    their own and a park named so stays one."""
    found = _found(
        "一、主要任务\n开展AI诊疗进社区、进园区活动。建设北湖先进园区。推动VR课堂进街区。"
    )
    assert _of_class(found, "Zone") == {"北湖先进园区"}


def test_a_port_authority_area_named_by_its_city_is_a_zone() -> None:
    found = _found("一、主要任务\n加快建设芜湖国际港务区,完善港务区配套。")
    assert _of_class(found, "Zone") == {"芜湖国际港务区"}


def test_a_park_named_high_tech_by_a_word_the_dictionary_reads_as_an_adverb() -> None:
    found = _found("一、主要任务\n推进临江高新科技园转型升级。")
    assert "临江高新科技园" in _of_class(found, "Zone")


def test_a_pilot_test_base_is_an_institution_and_one_named_by_its_field_is_a_kind() -> None:
    found = _found("一、主要任务\n建设临江国家人工智能应用中试基地,布局一批领域行业应用中试基地。")
    assert found == {("Organization", "临江国家人工智能应用中试基地")}


def test_a_kind_of_museum_by_its_ownership_is_no_name() -> None:
    found = _found(
        "一、主要任务\n建立健全非国有博物馆与学校的联动机制,推出临江镇非遗陈列馆“博物馆计划”。"
    )
    orgs = _of_class(found, "Organization")
    assert "临江镇非遗陈列馆" in orgs
    assert not orgs & {"非国有博物馆", "建立健全非国有博物馆", "健全非国有博物馆"}


def test_a_kind_of_farming_named_as_a_sector_is_an_industry() -> None:
    found = _found(
        "一、主要任务\n发展生态农业、高效农业和数字农业。办好上海合作组织成员国农业部长会议。"
    )
    industries = _of_class(found, "Industry")
    assert {"生态农业", "高效农业", "数字农业"} <= industries
    assert not any("成员国" in label for label in industries)
    assert ("Organization", "上海合作组织") in found


def test_a_word_that_ranks_an_industry_is_no_part_of_its_name() -> None:
    found = _found("打造千亿级绿色低碳产业,培育世界一流鲜切花产业,提升高端化航运服务业能级。")
    industries = _of_class(found, "Industry")
    assert {"绿色低碳产业", "鲜切花产业", "航运服务业"} <= industries
    assert not {i for i in industries if i.startswith(("千亿", "世界", "高端化"))}


def test_words_before_a_name_that_place_or_count_it_are_no_part_of_it() -> None:
    found = _found(
        "积极争取绿色船用燃料国际认证体系事务中心落地。园区内江苏中圣集团投产。"
        "支持领军企业和科研院所共建量子技术应用创新中心。8支市级高精尖产业基金带动投资。"
        "鼓励企业共建联合研究中心。"
    )
    orgs = {label for cls, label in found if cls in ("Organization", "Enterprise")}
    assert {"绿色船用燃料国际认证体系事务中心", "江苏中圣集团", "量子技术应用创新中心"} <= orgs
    assert not {o for o in orgs if o.startswith(("争取", "积极", "园区", "科研院所", "支"))}
    assert not {o for o in orgs if o.endswith("基金") or o == "联合研究中心"}


def test_words_the_dictionary_tags_as_names_do_not_name_a_zone() -> None:
    found = _found(
        "建设一批零碳园区、中试基地和冷链物流基地,打造智慧口岸。推进洋山港和临港冷链物流基地建设。"
        "永庆坊等非遗集聚区建成开放,探索老旧工业区更新。"
    )
    zones = _of_class(found, "Zone")
    assert {"洋山港", "临港冷链物流基地"} <= zones
    assert not zones & {
        "零碳园区",
        "中试基地",
        "冷链物流基地",
        "智慧口岸",
        "非遗集聚区",
        "老旧工业区",
    }


def test_conservation_areas_and_resorts_are_zones() -> None:
    found = _found(
        "保护武康路历史文化风貌区、衡复风貌区,建设淀山湖旅游度假区和太湖风景区。加强风貌区管理。"
    )
    zones = _of_class(found, "Zone")
    assert {"武康路历史文化风貌区", "衡复风貌区", "淀山湖旅游度假区", "太湖风景区"} <= zones
    assert "风貌区" not in zones


def test_a_centre_for_turning_research_into_products_is_an_organisation() -> None:
    found = _found("建设一批科技成果转化中心,支持杭州技术转移转化中心发展。")
    orgs = _of_class(found, "Organization")
    assert orgs == {"杭州技术转移转化中心"}


def test_a_valley_of_a_trade_after_a_proper_name_is_a_zone() -> None:
    found = _found("支持张江药谷建设,打造中国光谷。建设德钦县城。")
    zones = _of_class(found, "Zone")
    assert {"张江药谷", "中国光谷"} <= zones
    assert "德钦县城" not in zones  # a county's seat, not a zone


def test_low_carbon_words_do_not_name_a_zone() -> None:
    found = _found(
        "建设低碳示范园区10个、近零碳排放社区20个,开展低碳园区试点。推进临港低碳园区建设。"
    )
    zones = _of_class(found, "Zone")
    assert "临港低碳园区" in zones
    assert not zones & {"低碳示范园区", "近零碳排放社区", "低碳园区"}


def test_two_sectors_joined_by_he_each_named_in_full_are_two() -> None:
    found = _found("培育首店经济和夜间经济,推动数字贸易和服务贸易发展,发展软件和信息服务业。")
    industries = _of_class(found, "Industry")
    assert {"首店经济", "夜间经济", "数字贸易", "服务贸易", "软件和信息服务业"} <= industries
    assert not {i for i in industries if "和" in i and i != "软件和信息服务业"}


def test_a_districts_short_name_before_a_verb_names_it() -> None:
    from builder import structure, vocab
    from builder.recognize import Recognizer

    vb = vocab.load()
    text = "上海市宝山区实施“育龙计划”。让宝山涌现出更多创新主体。"
    st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
    at = text.index("宝山涌现")
    found = {(m.begin, m.label) for m in Recognizer(vb).recognise(st).mentions}
    assert (at, "宝山区") in found
    text = "云南省人民政府工作报告。瑞丽获批国家级产业协作园区,发展产业强省富民。"
    st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
    found = {(m.begin, m.label) for m in Recognizer(vb).recognise(st).mentions}
    assert (text.index("瑞丽"), "瑞丽市") in found  # 获批: a verb the dictionary tags as a name
    assert "富民县" not in {label for _, label in found}  # 富民: enrich the people
    # before an adverb, a short form is as often an ordinary word (peace, the lake, the sea)
    found = _found("世界和平依然面临挑战,巢湖仍然面临富营养化压力。", ("天津市", "合肥市"))
    assert not _of_class(found, "AdministrativeArea") & {"和平区", "巢湖市"}


def test_parks_named_by_their_kind_of_park() -> None:
    found = _found("提升长江软件园、漕河泾工业园能级,建设一批物流园。")
    zones = _of_class(found, "Zone")
    assert {"长江软件园", "漕河泾工业园"} <= zones
    assert "物流园" not in zones  # a kind of park, no name


def test_a_name_after_bao_zhang_starts_after_it() -> None:
    found = _found("保障全球妇女峰会等重要国事活动成功举办。")
    assert ("Organization", "全球妇女峰会") in found


def test_a_list_that_opens_with_a_body_of_a_level_names_its_members_without_the_level() -> None:
    found = _found(
        "成员单位由区政府办公室、发展改革委、公安分局、文化旅游局、各街镇河长办等部门组成。"
        "协同市水务局、城投集团、各街镇推进工作。"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"区政府办公室", "发展改革委", "公安分局", "文化旅游局", "市水务局"} <= bodies
    assert not {b for b in bodies if b.startswith(("各", "协同"))}  # a kind; a verb
    assert ("Industry", "文化旅游") not in found  # the bureau's field, inside its name


def test_a_bodys_name_may_hold_jian_she_or_bao_zhang() -> None:
    found = _found(
        "市生态环境局会同市住房城乡建设管理委负责。成立市重大工程建设协调推进领导小组。"
        "推动区发展改革委加强建设。由区住房保障房屋管理局指导。保障区商务委开展工作。"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert bodies == {
        "市生态环境局",
        "市住房城乡建设管理委",
        "市重大工程建设协调推进领导小组",
        "区发展改革委",
        "区住房保障房屋管理局",
        "区商务委",  # the verb before it is no part of it
    }


def test_a_zone_the_plan_counts_is_a_kind_wherever_it_is_named() -> None:
    found = _found("到2025年,创建10个低碳发展实践区。开展低碳发展实践区建设,推进临江新城建设。")
    zones = _of_class(found, "Zone")
    assert "低碳发展实践区" not in zones
    assert "临江新城" in zones


def test_a_zone_counted_after_its_name_is_a_kind_and_a_counted_list_is_not() -> None:
    found = _found(
        "一、发展基础\n国家级慢性病防控示范区达到34个。新培育省级现代海洋特色产业集聚区7个。"
        "重点完善临江港、北沙港3个一级枢纽港区的仓储设施。"
    )
    zones = _of_class(found, "Zone")
    assert not {"国家级慢性病防控示范区", "省级现代海洋特色产业集聚区"} & zones
    assert "北沙港" in zones  # the 3 count the list of ports, not 北沙港


def test_a_zone_whose_name_opens_with_a_quoted_short_name_takes_it_in() -> None:
    found = _found("一、主要任务\n提升“荆襄随”荆楚文化旅游走廊影响力,建设临江新城。")
    zones = _of_class(found, "Zone")
    assert "“荆襄随”荆楚文化旅游走廊" in zones
    assert "荆楚文化旅游走廊" not in zones
    assert "荆襄随" not in {label for _, label in found}


def test_a_sector_that_names_a_zone_the_text_competes_for_is_no_industry() -> None:
    def industries(text: str) -> set[str]:
        return {label for cls, label in _found("一、主要任务\n" + text) if cls == "Industry"}

    assert "农业高新技术产业" not in industries("争创国家农业高新技术产业示范区。")  # a title
    assert "农业高新技术产业" in industries("推动农业高新技术产业发展。")


def test_halls_that_show_or_keep_are_organisations() -> None:
    found = _found("支持上海城市规划展示馆、临江区档案馆和临江艺术馆建设。")
    orgs = _of_class(found, "Organization")
    assert {"上海城市规划展示馆", "临江区档案馆", "临江艺术馆"} <= orgs


def test_a_note_in_brackets_inside_a_firms_name_is_part_of_it() -> None:
    found = _found("上海国际港务(集团)股份有限公司加快改造,由股份有限公司负责运营。")
    firms = _of_class(found, "Enterprise")
    assert firms == {"上海国际港务(集团)股份有限公司"}


def test_troupes_publishers_and_broadcasters_are_organisations() -> None:
    found = _found("支持上海交响乐团、上海人民出版社和临江广播电视台发展,组建职业剧团。")
    orgs = _of_class(found, "Organization")
    assert orgs == {"上海交响乐团", "上海人民出版社", "临江广播电视台"}


def test_an_institution_may_join_two_fields_after_its_place_or_parent() -> None:
    found = _found(
        "支持江城市仓储与配送行业协会发挥作用,建设江城大学智能材料与未来能源创新学院,"
        "推动国家药品和医疗器械审评检查华中分中心落地,支持江城大学和临江理工大学合作。"
    )
    orgs = _of_class(found, "Organization")
    assert orgs == {
        "江城市仓储与配送行业协会",
        "江城大学智能材料与未来能源创新学院",
        "国家药品和医疗器械审评检查华中分中心",
        "江城大学",
        "临江理工大学",
    }


def test_works_on_one_institution_then_another_join_no_name() -> None:
    found = _found("完成西街小学迁建和高阳中学改建,推动青山医院改造与东湖医院建设。")
    # a verb after the first institution ends it: two institutions, each worked on
    assert _of_class(found, "Organization") == {"西街小学", "高阳中学", "青山医院", "东湖医院"}


def test_higher_institutes_and_graduate_schools_after_a_verb_pair() -> None:
    found = _found(
        "推动江城大学未来能源高等研究院落地。建好办好临江联合研究生院和教育部江城高等研究院。"
    )
    orgs = _of_class(found, "Organization")
    assert orgs == {
        "江城大学未来能源高等研究院",
        "临江联合研究生院",
        "教育部江城高等研究院",
    }


def test_strategic_emerging_industries_are_a_category_not_an_industry() -> None:
    found = _found("培育壮大战略性新兴产业和数字创意产业,战略新兴产业产值增长10%。")
    assert _of_class(found, "Industry") == {"数字创意产业"}


def test_a_quoted_cluster_of_the_provinces_cities_is_a_zone() -> None:
    found = _found(
        "湖北省政府工作报告\n湖北省推动“汉孝随襄十”汽车产业走廊建设和“武鄂黄黄咸”协同发展,"
        "实施“三区三线”管控,推进“宜荆”协作。"
    )
    assert ("Zone", "汉孝随襄十") in found
    assert ("Zone", "武鄂黄黄咸") in found
    assert ("PolicyConcept", "三区三线") in found  # 区 and 线 are no cities' characters
    assert not any(label == "宜荆" for _cls, label in found if _cls == "Zone")  # too short


def test_free_trade_zones_experimental_zones_and_economic_zones() -> None:
    found = _found(
        "建设中国(河南)自由贸易试验区郑州片区,推动郑州航空港经济综合实验区发展,建设临港经济区。"
    )
    zones = _of_class(found, "Zone")
    assert zones == {"中国(河南)自由贸易试验区郑州片区", "郑州航空港经济综合实验区", "临港经济区"}


def test_a_road_or_bridge_named_after_an_institution_is_none() -> None:
    found = _found("联动复旦大学路、临江医院街和创智天地,建设临江大学。")
    orgs = _of_class(found, "Organization")
    assert orgs == {"临江大学"}


def test_an_area_or_a_firm_before_an_industry_and_a_planned_base_name_none() -> None:
    found = _found("赋能区域绿色低碳产业发展,界定企业绿色低碳产业属性,建设规划产业基地。")
    assert _of_class(found, "Industry") == {"绿色低碳产业"}


def test_a_two_character_sector_counts_only_in_a_list_of_sectors() -> None:
    bare = _found("推进农业现代化,做强制造业。")
    assert {label for cls, label in bare if cls == "Industry"} == {"制造业"}
    listed = _found("推动渔业、化工、建材等产业转型。")
    assert {"渔业"} <= {label for cls, label in listed if cls == "Industry"}


def test_a_two_character_sector_joined_to_another_in_a_list_is_one_at_its_end() -> None:
    found = _found("统筹推进设施农业、畜牧业、渔业高质量发展。推进农业现代化。")
    assert {"畜牧业", "渔业"} <= _of_class(found, "Industry")
    assert "农业" not in {label for cls, label in found}


def test_kinds_of_spending_and_fields_of_bodies_listed_are_no_sectors() -> None:
    found = _found("持续改善餐饮、住宿、出行等日常消费。商务、交通、邮政、应急等部门按职责推进。")
    assert not _of_class(found, "Industry") & {"餐饮", "住宿", "邮政"}


def test_a_zone_of_a_short_common_stem_is_named_when_listed_with_a_named_zone() -> None:
    # 文星 is in no list the dev annotations teach (learned.yaml), as 良乡大学城 now is
    listed = _found("推动文星大学城、沙河高教园高质量发展。建设物流园区、产业园区。")
    zones = {label for cls, label in listed if cls == "Zone"}
    assert {"文星大学城", "沙河高教园"} <= zones
    assert not {"物流园区", "产业园区"} & zones
    alone = _found("推动文星大学城高质量发展。")
    assert "文星大学城" not in {label for _cls, label in alone}


def test_heading_subjects_name_sectors_when_most_siblings_do_and_areas_by_proper_name() -> None:
    fields = _found(
        "三、主要任务\n1.碳服务:深化碳市场建设,全面提升服务能级\n推动碳市场发展。\n"
        "2.绿色技术:结合市场需求导向,强化创新成果转化\n加强成果转化。\n"
        "3.绿色航运:发展绿色燃料交易平台,打造服务枢纽\n打造服务枢纽。\n"
    )
    assert {"碳服务", "绿色技术", "绿色航运"} <= {
        label for cls, label in fields if cls == "Industry"
    }
    areas = _found(
        "四、空间布局\n1.北外滩区域:打造绿色总部服务标杆\n建设总部。\n"
        "2.北中环区域:构建绿色技术转化高地\n建设高地。\n"
    )
    assert not {"北外滩区域", "北中环区域"} & {label for _cls, label in areas}
    assert "北中环" in {label for cls, label in areas if cls == "Zone"}  # the area is the zone
    kinds = _found(
        "四、空间布局\n1.重点区域:打造标杆\n建设总部。\n2.周边区域:构建高地\n建设高地。\n"
    )
    assert not {label for cls, label in kinds if cls == "Zone"}


def test_a_competition_named_by_its_scope_or_a_quoted_name_is_an_event() -> None:
    found = _found(
        "完善以世界技能大赛为引领、中华人民共和国职业技能大赛为龙头的竞赛体系。定期举办全国乡村振兴"
        "职业技能大赛。结合世界技能大赛等重大赛事开展宣传。举办“一带一路”国际技能大赛等。"
        "推动各地举办职业技能大赛。"
    )
    events = _of_class(found, "Organization")
    assert {
        "世界技能大赛",
        "中华人民共和国职业技能大赛",
        "全国乡村振兴职业技能大赛",
        "“一带一路”国际技能大赛",
    } <= events
    assert not {"结合世界技能大赛", "职业技能大赛", "国际技能大赛"} & events


def test_a_document_the_text_will_issue_is_named_after_the_act() -> None:
    found = _found(
        "研究制定进一步加强新时代高技能人才队伍建设的指导意见,完善相关配套政策措施。"
        "结合实际制定职业资格证书国际互认管理办法。落实《技能人才薪酬分配指引》。制定相关管理办法。"
        "发布城市公共充电设施建设指引和年度计划。出台“九五”普法规划。启动编制临江市综合交通发展"
        "“十五五”规划,发布充电设施建设指引和“十五五”规划。制定出台关于建立数据共享机制的指导意见。"
        "区房管局制定了优秀历史建筑管理办法。"
    )
    documents = _of_class(found, "PolicyDocument")
    assert documents == {
        "关于建立数据共享机制的指导意见",  # after acts in a row
        "优秀历史建筑管理办法",  # after the act's 了
        "进一步加强新时代高技能人才队伍建设的指导意见",
        "职业资格证书国际互认管理办法",
        "技能人才薪酬分配指引",
        "城市公共充电设施建设指引",  # 和 ends the title
        "“九五”普法规划",  # plans named by their period
        "临江市综合交通发展“十五五”规划",
        "充电设施建设指引",  # the plan after 和 is named by its period alone
    }


def test_governments_of_a_level_counted_bases_and_intensive_sectors_are_kinds() -> None:
    found = _found(
        "通过与省级人民政府签署共建协议等方式推进。对接技能密集型产业。建设400个左右世界技能大赛"
        "中国集训基地。规范遴选世界技能大赛中国集训基地和专家团队。"
    )
    everything = {label for _cls, label in found}
    assert not {"省级人民政府", "技能密集型产业", "世界技能大赛中国集训基地"} & everything
    economy = _found("发展壮大新型农村集体经济,大力发展低空经济。")
    assert {label for cls, label in economy if cls == "Industry"} == {"低空经济"}


def test_a_body_named_only_by_its_field_is_a_kind_of_body() -> None:
    found = _found(
        "鼓励证券公司、律师事务所等中介机构参与,支持电竞俱乐部发展,支持上海国际集团和临江机场集团发挥作用。"
    )
    bodies = {label for cls, label in found if cls in ("Organization", "Enterprise")}
    assert bodies == {"上海国际集团", "临江机场集团"}


def test_a_list_of_kinds_of_body_names_none() -> None:
    found = _found(
        "鼓励基金管理人、证券公司、律师事务所等中介机构参与,支持临江大学、之江实验室等科研机构。"
    )
    bodies = {label for cls, label in found if cls in ("Organization", "Enterprise")}
    assert bodies == {"临江大学", "之江实验室"}


def test_sectors_listed_before_a_shared_hang_ye_are_industries() -> None:
    found = _found("完成水泥、焦化行业节能改造。")
    assert _of_class(found, "Industry") == {"水泥", "焦化行业"}


def test_an_industrys_authority_a_base_of_a_sector_and_sums_are_no_industries() -> None:
    found = _found(
        "经征询产业主管部门确认后实施。创建市级软件和信息服务业产业基地10个。"
        "新增软件等4个过五千亿、北斗应用等4个过千亿新兴产业。"
    )
    industries = _of_class(found, "Industry")
    assert "软件和信息服务业" in industries
    assert not {"经征询产业", "软件和信息服务业产业", "五千亿"} & industries


def test_verbs_that_rank_or_resolve_are_no_part_of_a_sector() -> None:
    found = _found("做强做优做大绿色铝、硅光伏产业。积极稳妥化解经济金融领域风险。")
    industries = _of_class(found, "Industry")
    assert "绿色铝" in industries
    assert not {i for i in industries if "做" in i or "化解" in i}


def test_kinds_of_alliance_centre_and_university_and_counted_funds_are_no_names() -> None:
    found = _found(
        "组建产学研战略联盟,建设市级产业赋能创新中心,建设高水平一流应用型大学,"
        "累计落地35支国家级大基金,支持复旦大学发展。"
    )
    assert _of_class(found, "Organization") == {"复旦大学"}


def test_a_list_counted_in_digits_a_sector_and_its_service_and_intensive_kinds() -> None:
    found = _found(
        "光电子信息、汽车制造与服务、现代化工、农产品加工5大支柱产业迈入万亿级。"
        "科技服务等知识密集型生产性服务业加快壮大。"
    )
    industries = _of_class(found, "Industry")
    assert {"光电子信息", "汽车制造与服务", "现代化工", "农产品加工", "生产性服务业"} <= industries
    assert not {i for i in industries if "密集型" in i} | ({"服务"} & industries)


def test_a_city_and_a_zone_head_name_a_zone_but_not_a_park_of_any_kind(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from builder.pipeline import extract

    plan = tmp_path / "plan.txt"
    plan.write_text(
        "杭州市数字经济发展实施意见\n二、重点任务\n"
        "(一)做强园区。支持杭州软件园建设,推动杭州高新区扩容。统筹杭州园区布局,推动杭州化工区转型。\n"
        "(二)完善物流枢纽。支持杭州物流园、杭州科技园建设冷链中心。\n",
        encoding="utf-8",
    )
    zones = labels(extract(plan), "Zone")
    assert {"杭州软件园", "杭州高新区", "杭州化工区"} <= zones
    assert {"杭州物流园", "杭州科技园"} <= zones
    assert "杭州园区" not in zones  # the parks of Hangzhou: no park's name


def test_a_level_word_alone_before_a_sector_is_no_part_of_it() -> None:
    found = _found(
        "二、重点任务\n(一)发展区块链产业。建立市数字经济发展协调机制,推动市场化改革。\n"
    )
    assert ("Industry", "数字经济") in found and ("Industry", "区块链产业") in found
    assert ("Industry", "市数字经济") not in found


def test_a_plan_named_after_the_act_of_issuing_it_is_a_document() -> None:
    found = _found(
        "二、重点任务\n(一)完善规划体系。出台实施乡村全面振兴规划,编制临江区道路停车规划。"
        "加强城市规划管理,推动发展规划落地。\n"
    )
    docs = _of_class(found, "PolicyDocument")
    assert {"乡村全面振兴规划", "临江区道路停车规划"} <= docs
    assert not docs & {"城市规划", "发展规划", "加强城市规划"}  # no title without an act of issuing


def test_a_catalogue_title_keeps_its_verb_but_not_the_act_on_it() -> None:
    found = _found(
        "二、重点任务\n(一)扩大开放。实施好新版鼓励外商投资产业目录,积极引进外资。"
        "落实西部地区鼓励类产业目录,承接产业转移。\n"
    )
    docs = _of_class(found, "PolicyDocument")
    assert docs == {"鼓励外商投资产业目录", "西部地区鼓励类产业目录"}


def test_a_verb_linking_to_a_named_zone_is_no_part_of_it() -> None:
    found = _found(
        "二、重点任务\n(一)融入区域发展。对接服务雄安新区规划建设,争创服务贸易创新发展示范区。\n"
    )
    zones = _of_class(found, "Zone")
    assert "雄安新区" in zones and "服务雄安新区" not in zones


def test_titles_a_city_wins_are_concepts_without_the_qualifier_of_the_award() -> None:
    found = _found(
        "一、主要成效\n获批绿色金融改革试点城市、数字人民币应用重点城市。入选首批国家知识产权"
        "运用示范城市,蝉联全国文明城市。现代商贸战略支点城市建设扎实推进,周边重点城市联动发展。\n"
    )
    concepts = _of_class(found, "PolicyConcept")
    assert {
        "绿色金融改革试点城市",
        "数字人民币应用重点城市",
        "国家知识产权运用示范城市",
        "全国文明城市",
        "现代商贸战略支点城市",
    } <= concepts
    assert not {"首批国家知识产权运用示范城市", "周边重点城市"} & concepts


def test_names_a_city_makes_for_itself_are_concepts_without_the_verb_or_the_level() -> None:
    found = _found(
        "一、主要任务\n深化演艺之都建设,让生态文明之都底色更亮,推动更高水平创新活力之城建设,"
        "高水平建设中国软件名城,擦亮“种业之都”品牌,建设一批创业之城、创意之城。\n"
    )
    concepts = _of_class(found, "PolicyConcept")
    assert {"演艺之都", "生态文明之都", "创新活力之城", "中国软件名城", "种业之都"} <= concepts
    assert not {c for c in concepts if c.startswith(("深化", "让", "更高", "高水平", "一批"))}
    assert not {"创业之城", "创意之城"} & concepts


def test_a_list_of_industrial_projects_names_the_firms_without_the_part_of_the_project() -> None:
    found = _found(
        "一、主要成效\n大港存储二期、远山岚图、华晶光电T9等重大产业项目投产达效。"
        "科创大道延伸段、滨江三桥改建等重大项目开工建设。\n"
    )
    firms = _of_class(found, "Enterprise")
    assert {"大港存储", "远山岚图", "华晶光电"} <= firms
    assert not {f for f in firms if f.endswith(("二期", "T9", "延伸段", "改建"))}


def test_a_bodys_name_holds_no_preposition() -> None:
    """ "由市规划资源部门以…专用章代市政府批复": the body approving is 市政府; "区人民政府办公室关于
    转发区建设管理委…": the office and 区建设管理委, not one name across 关于."""
    found = _found(
        "三、保障措施\n由市规划资源部门以城乡规划审批专用章代市政府批复。"
        "上海市静安区人民政府办公室关于转发区建设管理委制订的方案。\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"市政府", "上海市静安区人民政府办公室", "区建设管理委"} <= bodies
    assert not {b for b in bodies if "以" in b or "关于" in b}


def test_counted_key_projects_name_their_firms_without_their_products() -> None:
    """ "…等140项重点项目": the projects of firms, each named by the firm and its product
    (东方雨虹建筑材料: the firm 东方雨虹); a province's name opens the firm's own (河北…)."""
    found = _found(
        "二、今年主要工作\n确保远山锂电新能源、河北同光科技、东方雨虹建筑材料等140项重点项目开工。\n"
    )
    firms = _of_class(found, "Enterprise")
    assert {"远山锂电", "河北同光科技", "东方雨虹"} <= firms
    assert not {f for f in firms if f.endswith(("新能源", "建筑材料"))}


def test_centres_that_test_adapt_or_pool_are_organisations() -> None:
    found = _found(
        "一、主要任务\n支持临江医疗器械检验中心、临江省开源鸿蒙适配中心和世界技能资源中心建设。\n"
    )
    assert {
        ("Organization", "临江医疗器械检验中心"),
        ("Organization", "临江省开源鸿蒙适配中心"),
        ("Organization", "世界技能资源中心"),
    } <= found


def test_a_district_of_legal_services_is_a_zone() -> None:
    found = _found("一、主要任务\n建设临江湾区中央法务区,集聚法务机构超300家。\n")
    assert ("Zone", "临江湾区中央法务区") in found


def test_a_comprehensive_national_science_centre_is_a_zone() -> None:
    found = _found("一、主要任务\n高标准建设怀柔综合性国家科学中心,提升临江科学城能级。\n")
    assert ("Zone", "怀柔综合性国家科学中心") in found


def test_a_field_joined_to_a_sector_by_he_must_name_a_field_itself() -> None:
    found = _found("一、主要任务\n支持城市功能织补和数字创意产业发展,壮大软件和信息服务业。\n")
    industries = _of_class(found, "Industry")
    assert {"数字创意产业", "软件和信息服务业"} <= industries
    assert "功能织补和数字创意产业" not in industries


def test_gardens_branch_libraries_arts_centres_and_research_facilities_are_organisations() -> None:
    found = _found(
        "一、主要成效\n华南国家植物园、国家版本馆临江分馆、白鹅潭大湾区艺术中心建成开放,"
        "冷泉生态系统研究装置启动建设。\n"
    )
    organisations = _of_class(found, "Organization")
    assert {
        "华南国家植物园",
        "国家版本馆临江分馆",
        "白鹅潭大湾区艺术中心",
        "冷泉生态系统研究装置",
    } <= organisations


def test_a_document_cited_by_its_kind_alone_is_no_document_of_its_own() -> None:
    found = _found(
        "一、主要目标\n根据《中共临江市委关于制定国民经济和社会发展第十五个五年规划的建议》,编制了《纲要(草案)》。"
        "贯彻落实《建议》明确的主要目标。\n"
    )
    documents = _of_class(found, "PolicyDocument")
    assert "中共临江市委关于制定国民经济和社会发展第十五个五年规划的建议" in documents
    assert not {"建议", "纲要(草案)", "纲要"} & documents


def test_a_quoted_name_takes_in_a_programme_head_up_to_eight_characters_after_it() -> None:
    from builder import structure, vocab
    from builder.model import Document
    from builder.recognize import Recognizer

    text = "一、主要任务\n深入开展“大棚房”问题专项清理整治行动,完善“四级三类”国土空间规划体系。"
    vb = vocab.load()
    st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
    spans = {m.label: text[m.begin : m.end] for m in Recognizer(vb).recognise(st).mentions}
    assert spans["大棚房"] == "“大棚房”问题专项清理整治行动"
    assert spans["四级三类"] == "“四级三类”国土空间规划体系"


def test_the_guiding_theories_a_plan_builds_on_are_national_concepts() -> None:
    found = _found(
        "一、指导思想\n坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、"
        "科学发展观、习近平新时代中国特色社会主义思想为指导。\n"
    )
    concepts = _of_class(found, "PolicyConcept")
    assert {"马克思列宁主义", "毛泽东思想", "邓小平理论", "科学发展观"} <= concepts


def test_a_word_of_the_language_ending_in_ye_names_a_trade() -> None:
    found = _found(
        "一、主要任务\n加快发展文化产业和旅游业,推动制造业物流业联动,发展广告业。"
        "发展沉浸式旅游业态,支持中小企业发展,稳就业,实现安居乐业。\n"
    )
    industries = _of_class(found, "Industry")
    assert {"旅游业", "物流业", "广告业"} <= industries
    assert not {"中小企业", "就业", "安居乐业", "旅游业态"} & industries


def test_a_sector_may_join_a_field_by_yu_but_a_list_or_a_kind_joins_none() -> None:
    found = _found(
        "一、主要任务\n提升新能源与新型储能产业核心竞争力,提高船舶与海洋工程装备产业现代化水平。"
        "推动人工智能、大数据与时尚消费品产业深度融合,统筹基础设施与新兴产业布局。\n"
    )
    industries = _of_class(found, "Industry")
    assert {"新能源与新型储能产业", "船舶与海洋工程装备产业", "时尚消费品产业"} <= industries
    assert not {"大数据与时尚消费品产业", "基础设施与新兴产业"} & industries


def test_a_place_or_word_that_opens_with_a_boundary_character_stays_in_the_name() -> None:
    found = _found(
        "广州市发展规划\n一、主要任务\n完善从化明珠工业园配套,建设花都广州和谐型大功率机车修造基地。\n"
    )
    zones = _of_class(found, "Zone")
    assert {"从化明珠工业园", "花都广州和谐型大功率机车修造基地"} <= zones
    found = _found("广州市发展规划\n一、主要任务\n大力发展在线新经济。\n")
    assert "在线新经济" in _of_class(found, "Industry")  # 在 opens 在线, no boundary


def test_innovation_parks_chemical_parks_and_towns_of_a_trade_are_zones() -> None:
    found = _found(
        "广州市发展规划\n一、主要任务\n建设广州华南新材料创新园、南沙小虎岛化工园、黄埔低空装备智造园、"
        "花都狮岭皮革皮具跨境贸易小镇等。\n"
    )
    zones = _of_class(found, "Zone")
    assert {
        "广州华南新材料创新园",
        "南沙小虎岛化工园",
        "黄埔低空装备智造园",
        "花都狮岭皮革皮具跨境贸易小镇",
    } <= zones


def test_members_of_a_list_of_technologies_are_no_sectors_but_fields_are() -> None:
    found = _found(
        "一、主要任务\n促进柔性显示、透明显示、激光显示等新型显示技术的研发和产业化。"
        "第三代半导体、量子信息等领域技术取得重大突破。"
        "做大智能驾驶、车规级芯片等关键技术及零部件产业。\n"
    )
    industries = _of_class(found, "Industry")
    assert not {"柔性显示", "透明显示", "激光显示"} & industries
    assert {"第三代半导体", "量子信息", "智能驾驶"} <= industries


def test_a_list_of_firms_named_by_the_work_they_do_names_no_firm() -> None:
    found = _found(
        "一、主要任务\n集聚一批卫星终端研制、通信系统研发、卫星运营等上下游企业。"
        "支持宁德时代、比亚迪等企业在本市布局。\n"
    )
    firms = _of_class(found, "Enterprise")
    assert {"宁德时代", "比亚迪"} <= firms
    assert not {"卫星终端研制", "通信系统研发", "卫星运营"} & firms


def test_a_place_that_segmentation_reads_as_a_verb_still_opens_a_zone() -> None:
    found = _found(
        "广州市发展规划\n一、主要任务\n建设增城湾区智能建造产业园,完善增城开发区零部件产业园配套。\n"
    )
    zones = _of_class(found, "Zone")
    assert {"增城湾区智能建造产业园", "增城开发区零部件产业园"} <= zones


def test_a_name_the_dictionary_cuts_into_word_parts_is_proper() -> None:
    found = _found("广州市发展规划\n一、主要任务\n建设琶洲人工智能大模型创新应用先行区。\n")
    assert ("Zone", "琶洲人工智能大模型创新应用先行区") in found


def test_documents_a_text_issues_by_name_without_book_title_marks() -> None:
    found = _found(
        "一、主要任务\n出台新版市场准入负面清单,出台稳外资行动方案,发布技能人才薪酬分配指引。"
        "完善专项债券项目负面清单。\n"
    )
    documents = _of_class(found, "PolicyDocument")
    assert {"市场准入负面清单", "稳外资行动方案", "技能人才薪酬分配指引"} <= documents
    assert "专项债券项目负面清单" not in documents


def test_a_firm_listed_by_its_short_name_is_a_firm() -> None:
    found = _found(
        "广州市发展规划\n一、主要任务\n发挥广石化等龙头企业引领带动作用。证券公司、保险公司等机构。\n"
    )
    firms = _of_class(found, "Enterprise")
    assert "广石化" in firms
    assert not {"证券公司", "保险公司"} & firms


def test_the_fields_a_box_lists_under_its_numbers_are_sectors() -> None:
    found = _found(
        "第一节 全力稳住支柱产业\n打造万亿级汽车产业集群。\n专栏2 支柱产业发展重点领域、重点平台\n"
        "01\n绿色石化与新材料\n重点发展绿色石化。\n02\n低空经济与航空航天\n重点发展无人机。\n"
        "第二节 提升城市品质\n01\n城市更新\n"
    )
    industries = _of_class(found, "Industry")
    assert {"绿色石化与新材料", "低空经济与航空航天"} <= industries
    assert "城市更新" not in industries


def test_what_a_text_makes_is_no_sector() -> None:
    found = _found(
        "积极发展卫星制造和零部件制造,推动盾构机制造提质增效。重点发展高端装备制造等产业。"
    )
    industries = _of_class(found, "Industry")
    assert not {"卫星制造", "零部件制造", "盾构机制造"} & industries
    assert "高端装备制造" in industries


def test_a_zone_named_before_a_verb_is_no_part_of_the_next_zones_name() -> None:
    found = _found("合肥经开区居国家级经开区第7位,新站高新区稳居全国省级开发区30强。")
    zones = _of_class(found, "Zone")
    assert zones == {"合肥经开区", "新站高新区"}


def test_what_a_zone_achieves_before_a_kind_of_zone_is_no_part_of_a_name() -> None:
    found = _found(
        "临港综保区跨境电商进出口额稳居全国综保区前列,滨江经开区综合实力稳居国家级经开区前十,"
        "推进自贸试验区滨江联动创新区建设。"
    )
    zones = _of_class(found, "Zone")
    assert {"临港综保区", "滨江经开区"} <= zones
    assert not {z for z in zones if "稳居" in z}
    assert any(z.endswith("滨江联动创新区") for z in zones)


def test_an_event_is_named_with_its_session_and_a_verb_before_a_scope_is_no_part_of_a_name() -> (
    None
):
    found = _found(
        "成功举办第十四届中国(合肥)国际园林博览会,成功加入世界城地组织。举办第十五届全国运动会。"
        "市第十七届人民代表大会第五次会议。"
    )
    organisations = _of_class(found, "Organization")
    assert {
        "第十四届中国(合肥)国际园林博览会",
        "世界城地组织",
        "第十五届全国运动会",
    } <= organisations
    assert not any(label.startswith("成功") or "人民代表大会" in label for label in organisations)


def test_a_scenic_area_is_a_zone() -> None:
    found = _found("灵隐飞来峰景区实行免票政策,推动西湖景区治堵迭代升级。新增4A级景区2家。")
    zones = _of_class(found, "Zone")
    assert zones == {"灵隐飞来峰景区", "西湖景区"}


def test_the_members_of_a_list_of_shopping_districts_are_zones() -> None:
    found = _found("加快湖滨、武林、钱江新城等核心商圈智慧化升级。完善外高桥、宝山罗泾等港区功能。")
    zones = _of_class(found, "Zone")
    assert {"湖滨", "武林", "钱江新城", "外高桥", "宝山罗泾"} <= zones


def test_straight_quotes_pair_in_turn() -> None:
    found = _found('开展"宋"福杭州年、"购房+消费券"补贴等促消费活动。')
    concepts = _of_class(found, "PolicyConcept")
    assert "购房+消费券" in concepts
    assert not any("福杭州年" in label for label in concepts)


def test_a_city_of_science_named_for_the_future_is_a_zone() -> None:
    found = _found("推进未来科技城建设。未来大科学城建设提速。培育未来产业。")
    assert _of_class(found, "Zone") == {"未来科技城", "未来大科学城"}


def test_a_quoted_valley_is_a_zone() -> None:
    found = _found("建设“南方美谷”“中国纳米谷”,打造“绿色贸易先行区”,实施“一轴三带”布局。")
    assert _of_class(found, "Zone") == {
        "南方美谷",
        "中国纳米谷",
        "绿色贸易先行区",
    }
    assert ("PolicyConcept", "一轴三带") in found


def test_rebuilding_schools_names_no_school() -> None:
    found = _found("新建、改扩建中小学、幼儿园493所。")
    assert not any(cls == "Organization" for cls, _ in found)


def test_national_bodies_and_no_kind_of_government() -> None:
    found = _found("提请全国人大常委会审议法律议案13件。入选全国法治政府建设示范市。")
    bodies = _of_class(found, "GovernmentBody")
    assert bodies == {"全国人大常委会"}


def test_a_rank_or_the_short_name_of_emerging_industries_between_a_sector_and_its_head() -> None:
    found = _found(
        "战新产业加速成势。新型显示、集成电路战新产业集群获国家评估。持续做强绿色食品千亿产业集群。"
    )
    industries = _of_class(found, "Industry")
    assert {"新型显示", "集成电路", "绿色食品产业"} <= industries
    assert not {"战新产业", "集成电路战新产业", "绿色食品千亿产业"} & industries


def test_a_designations_scope_after_its_verb_is_no_part_of_a_sector() -> None:
    found = _found("智能语音入选全国首批先进制造业集群。获评省级服务业创新发展区。")
    industries = _of_class(found, "Industry")
    assert "先进制造业" in industries
    assert not {"全国首批先进制造业", "省级服务业"} & industries


def test_the_level_of_a_zone_named_after_its_place_is_no_part_of_its_name() -> None:
    found = _found("安徽省合肥市政府工作报告。启动建设省级长丰农业未来产业园。")
    assert _of_class(found, "Zone") == {"长丰农业未来产业园"}


@pytest.mark.parametrize(
    ("text", "not_concepts"),
    [
        # a streak of results is a record
        ("全国文明城市实现“五连冠”,费用实现“四连降”。", {"五连冠", "四连降"}),
        # a kind of firm a plan counts or fosters
        ("新增国家级专精特新“小巨人”企业31家,培育“独角兽”企业5家。", {"小巨人", "独角兽"}),
        # the kind of firm itself, unquoted: a generic enterprise (docs/annotation.md), no concept
        ("壮大专精特新中小企业,专精特新企业达到500家。", {"专精特新"}),
        # a coined manner right before its noun (but 模式 stays a head)
        ("综合整治“内卷式”竞争,推广“飞地经济”模式。", {"内卷式"}),
        # what the text takes as its direction
        ("坚持“以数字化、网络化、智能化为方向”。", {"以数字化、网络化、智能化为方向"}),
    ],
)
def test_quoted_terms_that_name_no_concept(text: str, not_concepts: set[str]) -> None:
    found = _found(text + "推进“一轴三带”建设。")
    concepts = _of_class(found, "PolicyConcept")
    assert "一轴三带" in concepts
    assert not not_concepts & concepts


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        pytest.param(
            '新增省级服务业领军企业50家。专精特新"小巨人"129家、中小企业特色产业集群2个,'
            "海康威视获浙江制造业领域首个中国质量奖。",
            {("Industry", "中小企业特色产业")},
            {
                ("Industry", "新增省级服务业"),
                ("Industry", '专精特新"小巨人"129家'),
                ("Industry", "海康威视获浙江制造业"),
            },
            id="what-a-text-adds-or-wins-and-a-count-in-a-list-name-no-sector",
        ),
        pytest.param(
            "坚持以场景育产业。重构产业发展新优势。力争规上文化企业超千家、文化产业增加值超千亿。",
            {("Industry", "文化产业")},
            {
                ("Industry", "场景育产业"),
                ("Industry", "重构产业"),
                ("Industry", "规上文化企业超千家"),
            },
            id="a-verb-before-chanye-or-a-target-count-in-a-list-names-no-sector",
        ),
        pytest.param(
            "文化事业文化产业更加繁荣。力争规模以上人工智能产业营业收入超6000亿元。"
            "落地金砖国家特殊经济区中国合作中心。",
            {
                ("Industry", "文化产业"),
                ("Industry", "人工智能产业"),
                ("Organization", "金砖国家特殊经济区中国合作中心"),
            },
            {
                ("Industry", "文化事业文化产业"),
                ("Industry", "规模以上人工智能产业"),
                ("Organization", "落地金砖国家特殊经济区中国合作中心"),
            },
            id="public-works-a-size-threshold-or-a-verb-before-a-name-are-no-part-of-it",
        ),
        pytest.param(
            "面向医疗、教育、文化、康养、体育等民生领域,推进人工智能应用。"
            "培育生物医药、集成电路等产业。",
            {("Industry", "生物医药"), ("Industry", "集成电路")},
            {("Industry", w) for w in ("医疗", "教育", "文化", "康养", "体育")},
            id="the-public-services-a-list-names-are-no-sectors",
        ),
        pytest.param(
            "严格落实中央八项规定精神,持续纠治“四风”,推进全面从严治党。",
            {("PolicyDocument", "中央八项规定"), ("PolicyConcept", "全面从严治党")},
            {("PolicyConcept", "中央八项规定"), ("PolicyConcept", "中央八项规定精神")},
            id="a-national-rule-named-by-its-spirit-is-the-rules-document",
        ),
        pytest.param(
            "高标准建设南沙科学城,集聚更多中国科学院系统科研机构。",
            {("Organization", "中国科学院")},
            {("Organization", "多中国科学院")},
            id="more-of-them-is-no-part-of-a-name",
        ),
        pytest.param(
            "加快建设滨湖国际化人才特区、国家海外人才离岸创新创业基地等平台。",
            {("Zone", "滨湖国际化人才特区")},
            set(),
            id="a-special-zone-named-by-its-place",
        ),
        pytest.param(
            "推动珠海国际邮轮母港建设,扩容升级大理国际陆港。建成亚洲最大邮轮母港。",
            {("Zone", "珠海国际邮轮母港"), ("Zone", "大理国际陆港")},
            {("Zone", "亚洲最大邮轮母港")},
            id="home-ports-and-dry-ports-are-named-zones-and-the-largest-is-no-name",
        ),
        pytest.param(
            "做大做强文化、中医药、知识产权等国家特色服务出口基地。",
            {("Industry", "中医药")},
            {("Zone", "中医药"), ("Zone", "知识产权")},
            id="the-trades-listed-before-a-kind-of-zone-are-sectors-no-zones",
        ),
        pytest.param(
            "建设桃“源”里数字创新区,举办西湖论坛桃“源”里分论坛。",
            {("Zone", "桃“源”里数字创新区"), ("Organization", "西湖论坛桃“源”里分论坛")},
            {("Zone", "里数字创新区"), ("Organization", "里分论坛")},
            id="one-character-quoted-inside-a-name-is-part-of-it",
        ),
        pytest.param(
            "产业创新承载区以金沙滨江、西岸智谷等重点区域为核心。",
            {("Zone", "金沙滨江")},
            {("Zone", "区以金沙滨江")},
            id="a-preposition-the-segmenter-glued-to-a-word-opens-the-name-after-it",
        ),
        pytest.param(
            "建设南部生态休闲大走廊,提升东部智造大走廊能级。打造一条文化大走廊。",
            {("Zone", "南部生态休闲大走廊"), ("Zone", "东部智造大走廊")},
            {("Zone", "一条文化大走廊"), ("Zone", "文化大走廊")},
            id="a-grand-corridor-is-named-by-where-it-runs-and-what-for",
        ),
        pytest.param(
            "做优徐家汇地区功能,完善苏州河两岸地区配套。加快中西部地区、脱贫地区、上海西部地区和"
            "环京周边地区发展,平原新城地区生产总值增长5%,由商务部门商本地区财政部门落实。",
            {("Zone", "徐家汇地区"), ("Zone", "苏州河两岸地区")},
            {
                ("Zone", "中西部地区"),
                ("Zone", "脱贫地区"),
                ("Zone", "上海西部地区"),
                ("Zone", "环京周边地区"),
                ("Zone", "平原新城地区"),
                ("Zone", "商本地区"),
                ("Zone", "部门商本地区"),
            },
            id="an-area-named-by-a-place-is-a-zone-not-a-kind-a-part-of-the-country-or-output",
        ),
        pytest.param(
            "推进宁波舟山港穿山作业区建设。保护思南路沿线生活区和茂名路沿线里弄集中区,"
            "打造宁夏贺兰山东麓葡萄酒产区。",
            {
                ("Zone", "宁波舟山港穿山作业区"),
                ("Zone", "思南路沿线生活区"),
                ("Zone", "茂名路沿线里弄集中区"),
                ("Zone", "宁夏贺兰山东麓葡萄酒产区"),
            },
            set(),
            id="port-operating-areas-living-quarters-and-wine-regions-are-named-zones",
        ),
        pytest.param(
            "港口扩容工程含嘉兴独山作业区(二期),含乍浦作业区。",
            {("Zone", "嘉兴独山作业区"), ("Zone", "乍浦作业区")},
            {("Zone", "工程含嘉兴独山作业区"), ("Zone", "含乍浦作业区")},
            id="including-opens-the-name-after-it",
        ),
        pytest.param(
            "争当“排头兵”,用好“金钥匙”,坚持“五位一体”,实施“民心工程”,推进消费品“以旧换新”。",
            {
                ("PolicyConcept", "五位一体"),
                ("PolicyConcept", "民心工程"),
                ("PolicyConcept", "以旧换新"),
            },
            {("PolicyConcept", "排头兵"), ("PolicyConcept", "金钥匙")},
            id="a-quoted-ordinary-word-is-a-figure-of-speech-not-a-programme",
        ),
        pytest.param(
            "既要“放得开”又要“管得住”,打通服务群众“最后一米”,实施“春风行动”,治理“大城市病”。"
            "增强群众“获得感”,实施“留得住”人才工程。",
            # a feeling is no verb and its result; a head after the quote names a programme
            {
                ("PolicyConcept", "春风行动"),
                ("PolicyConcept", "获得感"),
                ("PolicyConcept", "留得住"),
            },
            {
                ("PolicyConcept", "放得开"),
                ("PolicyConcept", "管得住"),
                ("PolicyConcept", "最后一米"),
                ("PolicyConcept", "大城市病"),
            },
            id="a-verb-and-its-result-or-the-last-stretch-of-a-way-are-figures-of-speech",
        ),
        pytest.param(
            "先后印发海洋经济发展战略,及时反映低空经济运行情况,补助资金用于产业发展。",
            {("Industry", "海洋经济"), ("Industry", "低空经济")},
            {("Industry", "印发海洋经济"), ("Industry", "资金用于产业")},
            id="issuing-and-using-for-end-a-sectors-stem",
        ),
        pytest.param(
            "建成上海自然博物馆新馆和首都电影博物馆。",
            {("Organization", "上海自然博物馆"), ("Organization", "首都电影博物馆")},
            {("Organization", "电影博物馆")},
            id="nature-and-the-capital-qualify-a-name-though-tagged-as-adverbs",
        ),
        pytest.param(
            "培育即时配送服务业和高速光通信产业。",
            {("Industry", "即时配送服务业"), ("Industry", "高速光通信产业")},
            {("Industry", "服务业"), ("Industry", "光通信产业")},
            id="instant-and-high-speed-qualify-a-sector-though-tagged-as-adverbs",
        ),
        pytest.param(
            "办好中国国际动漫节和中国国际汽车展,每年度举办上海旅游节。"
            "高质量举办中非创新合作与发展论坛。",
            {
                ("Organization", "中国国际动漫节"),
                ("Organization", "中国国际汽车展"),
                ("Organization", "上海旅游节"),
                ("Organization", "中非创新合作与发展论坛"),
            },
            {
                ("Organization", "中国国际动漫节和中国国际汽车展"),
                ("Organization", "每年度上海旅游节"),
                ("Organization", "高质量举办中非创新合作与发展论坛"),
            },
            id="festivals-and-shows-are-events-each-named-on-its-own",
        ),
        pytest.param(
            "深化与“全球疫苗免疫联盟(GAVI)”合作,推广“一人公司(OPC)”模式。",
            {("Organization", "全球疫苗免疫联盟(GAVI)")},
            {("PolicyConcept", "全球疫苗免疫联盟(GAVI)"), ("Enterprise", "一人公司(OPC)")},
            id="a-quoted-institution-given-with-its-acronym-is-an-organisation",
        ),
        pytest.param(
            "建设若干精品森林教育研学基地,打造若干特色产业园区。",
            set(),
            {("Zone", "若干精品森林教育研学基地"), ("Zone", "若干特色产业园区")},
            id="several-of-a-kind-is-no-name",
        ),
        pytest.param(
            "加强安吉特别生态功能区建设。深化富萧特别合作区建设。",
            {("Zone", "安吉特别生态功能区"), ("Zone", "富萧特别合作区")},
            {("Zone", "生态功能区")},
            id="a-special-zone-is-named-past-the-word-special",
        ),
        pytest.param(
            "中共中央、国务院印发《关于推进乡村建设的意见》。",
            {("GovernmentBody", "党中央"), ("GovernmentBody", "国务院")},
            set(),
            id="the-party-central-committee-by-its-full-short-name",
        ),
        pytest.param(
            "配合民航西南地区管理局做好低空飞行服务。",
            {("GovernmentBody", "民航西南地区管理局")},
            set(),
            id="a-regional-civil-aviation-administration-is-a-body",
        ),
        pytest.param(
            "发展休闲观光农业和乡村旅游。",
            {("Industry", "休闲观光农业")},
            {("Industry", "观光农业")},
            id="leisure-qualifies-a-sector-though-the-dictionary-reads-it-as-a-verb",
        ),
        pytest.param(
            "制定出台操作指引,做好项目储备。研究出台本市数据资产登记管理办法。",
            {("PolicyDocument", "本市数据资产登记管理办法")},
            {("PolicyDocument", "出台操作指引")},
            id="a-title-the-text-issues-opens-with-no-act-of-issuing",
        ),
        pytest.param(
            "修订产业发展与转移指导目录。落实劳动合同法与就业促进法。",
            {("PolicyDocument", "产业发展与转移指导目录"), ("PolicyDocument", "就业促进法")},
            {("PolicyDocument", "转移指导目录"), ("PolicyDocument", "劳动合同法与就业促进法")},
            id="a-title-may-hold-a-yu-as-it-holds-a-he",
        ),
        pytest.param(
            "修编县城总体规划。",
            {("PolicyDocument", "县城总体规划")},
            {("PolicyDocument", "修编县城总体规划")},
            id="revising-a-plan-is-no-part-of-its-title",
        ),
        pytest.param(
            "坚持以城带乡、以工促农。推进扩权强镇改革。",
            set(),
            {("AdministrativeArea", "以城带乡"), ("AdministrativeArea", "扩权强镇")},
            id="a-town-led-by-a-city-and-a-strong-town-are-no-towns",
        ),
        pytest.param(
            "支持区侨联开展活动。加强宣传引导(市委宣传部、区侨联、市科委)。",
            {("Organization", "区侨联")},
            {("GovernmentBody", "区侨联"), ("Organization", "侨联")},
            id="a-branch-of-a-peoples-organisation-is-named-with-its-level",
        ),
        pytest.param(
            "县级党委要抓好落实。争取国家有关部委支持。县委牵头。",
            {("GovernmentBody", "县委")},
            {("GovernmentBody", "县级党委"), ("GovernmentBody", "国家有关部委")},
            id="party-committees-of-a-level-and-the-ministries-at-large-are-no-one-body",
        ),
        pytest.param(
            "引导企业、高校、科研院所、医疗机构等建立产业创新战略联盟。"
            "促进温泉康养、森林度假、旅居养老等相关产业集聚发展。",
            {("Industry", "温泉康养"), ("Industry", "旅居养老")},
            {("Industry", "企业"), ("Industry", "高校"), ("Industry", "医疗机构")},
            id="what-a-lists-members-do-is-no-category-of-them",
        ),
        pytest.param(
            "推进医疗卫生资源县域统筹。引导城市专业技术人员入乡兼职兼薪。"
            "更好发挥驻村干部、科技特派员产业帮扶作用。提升县城产业承载和配套服务功能。",
            set(),
            {
                ("AdministrativeArea", "资源县"),
                ("AdministrativeArea", "城市专业技术人员入乡"),
                ("Industry", "科技特派员产业"),
                ("Industry", "村干部"),
                ("Industry", "县城产业"),
            },
            id="a-word-before-a-county-help-through-industry-and-the-county-town-name-nothing",
        ),
        pytest.param(
            "实施好优质粮食工程。深入开展消费帮扶,持续推进消费帮扶示范城市和产地示范区创建。",
            {("PolicyConcept", "优质粮食工程"), ("PolicyConcept", "消费帮扶示范城市")},
            {("PolicyConcept", "好优质粮食工程"), ("PolicyConcept", "持续推进消费帮扶示范城市")},
            id="the-acts-before-a-programme-or-a-citys-title-are-no-part-of-it",
        ),
        pytest.param(
            "南山县人居环境整治实施方案\n为深入推进乡村振兴战略,制定本方案。",
            {("PolicyConcept", "乡村振兴战略")},
            {("PolicyConcept", "方案\n为深入推进乡村振兴战略")},
            id="a-programme-named-after-an-act-is-on-its-line-not-from-a-titles-end",
        ),
        pytest.param(
            "出台乡村振兴用地政策指南。编制村容村貌提升导则,立足乡土特征。"
            "研究出台本市培育交通物流经营主体实施方案,重点扶持龙头企业。",
            {
                ("PolicyDocument", "乡村振兴用地政策指南"),
                ("PolicyDocument", "村容村貌提升导则"),
                ("PolicyDocument", "本市培育交通物流经营主体实施方案"),
            },
            set(),
            id="guides-and-implementation-plans-the-text-issues",
        ),
        pytest.param(
            "制定实施民营经济发展壮大行动方案,深化规上企业培育。制定加快建设农业强国规划,做好整体谋划。",
            {
                ("PolicyDocument", "民营经济发展壮大行动方案"),
                ("PolicyDocument", "加快建设农业强国规划"),
            },
            set(),
            id="a-title-after-its-act-may-hold-the-verbs-of-plans",
        ),
        pytest.param(
            "加快原型设计、中试验证、检验检测、标准化厂房等产业基础设施建设。",
            set(),
            {("Industry", "原型设计"), ("Industry", "标准化厂房"), ("Industry", "检验检测")},
            id="the-facilities-of-industry-are-no-sectors",
        ),
        pytest.param(
            "引导科技、人才、资金等生产要素和产业向西部区县辐射。推进绿道贯通,织密社区级绿道网络。",
            set(),
            {("Industry", "人才"), ("Industry", "资金"), ("Zone", "织密社区")},
            id="factors-of-production-are-no-sectors-and-a-level-is-no-zone",
        ),
        pytest.param(
            "广州市增城区推进产业发展。建设黄埔湾区集成电路产业园、增城泛家居产业园等。",
            {("Zone", "增城泛家居产业园")},
            {("Zone", "家居产业园")},
            id="pan-opens-no-predicate-inside-a-zones-name",
        ),
        pytest.param(
            "提升南京路步行街、新天地等商圈能级。",
            {("Zone", "南京路步行街")},
            set(),
            id="a-pedestrian-street-is-a-zone",
        ),
        pytest.param(
            "深入实施人才强市战略、教育强市战略,建设体育强市。",
            {
                ("PolicyConcept", "人才强市战略"),
                ("PolicyConcept", "教育强市战略"),
                ("PolicyConcept", "体育强市"),
            },
            {("PolicyConcept", "人才强市"), ("PolicyConcept", "教育强市")},
            id="a-power-ambition-named-as-a-strategy-keeps-its-strategy",
        ),
        pytest.param(
            "推进上海(长三角)国际科技创新中心建设,打造全国数字经济创新中心。",
            {
                ("PolicyConcept", "上海(长三角)国际科技创新中心"),
                ("PolicyConcept", "全国数字经济创新中心"),
            },
            {
                ("Organization", "上海(长三角)国际科技创新中心"),
                ("Organization", "全国数字经济创新中心"),
            },
            id="a-place-named-before-its-role-as-a-centre-is-a-concept-not-a-body",
        ),
        pytest.param(
            "启动实施美丽中国先行区建设,高质量发展建设共同富裕示范区。建设临港新片区。",
            {
                ("PolicyConcept", "美丽中国先行区"),
                ("PolicyConcept", "共同富裕示范区"),
                ("Zone", "临港新片区"),
            },
            {("Zone", "美丽中国先行区"), ("Zone", "共同富裕示范区")},
            id="a-national-programmes-model-area-is-a-concept-not-a-zone",
        ),
    ],
)
def test_names_found_and_names_not_found(
    text: str, present: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    """(class, label) pairs a sentence names, and pairs a rule keeps it from naming."""
    found = _found(text)
    assert present <= found
    assert not absent & found


def test_a_fund_named_by_the_state_is_an_organisation_and_a_kind_of_fund_is_not() -> None:
    found = _found(
        "一、主要任务\n用好国家绿色发展基金,争取国家创业投资引导基金支持,"
        "设立政府引导基金和国家级产业基金。\n"
    )
    assert {
        ("Organization", "国家绿色发展基金"),
        ("Organization", "国家创业投资引导基金"),
    } <= found
    assert not any(label in ("政府引导基金", "国家级产业基金") for _, label in found)


def test_a_fund_named_by_the_sector_it_invests_in_is_an_organisation() -> None:
    found = _found(
        "一、主要任务\n发挥集成电路产业母基金、软件产业引导基金和冰雪产业发展基金作用,"
        "设立特色产业基金和国有产业基金,保障工伤保险基金安全。\n"
    )
    funds = {label for cls, label in found if cls == "Organization"}
    assert {"集成电路产业母基金", "软件产业引导基金", "冰雪产业发展基金"} <= funds
    # a kind of sector, an owner's kind, an insurance's money
    assert not funds & {"特色产业基金", "国有产业基金", "工伤保险基金"}


def test_a_funds_size_before_its_name_is_no_part_of_it() -> None:
    found = _found(
        "四、保障措施\n(一)加大资金支持。设立5亿元青山区低空经济产业基金,设立10亿元临江市天使投资基金,"
        "组建总规模50亿元白水数字经济产业基金。发展元宇宙产业。\n"
    )
    assert _of_class(found, "Organization") == {
        "青山区低空经济产业基金",
        "临江市天使投资基金",
        "白水数字经济产业基金",
    }
    assert "元宇宙产业" in _of_class(found, "Industry")  # 元 with no figure is no amount


def test_national_venues_bodies_and_campaigns_are_known_by_their_fixed_names() -> None:
    found = _found("文物展走进国家博物馆。争取世界知识产权组织、国际奥委会相关机构落地。")
    orgs = _of_class(found, "Organization")
    # a short name is read as the full one (国家博物馆: 中国国家博物馆)
    assert {"中国国家博物馆", "世界知识产权组织", "国际奥林匹克委员会"} <= orgs
    found = _found("联合中科院开展研究。在金砖国家、联合国贸发会议等框架下合作。")
    assert {"中国科学院", "金砖国家", "联合国贸易和发展会议"} <= _of_class(found, "Organization")
    found = _found("用好金砖国家新开发银行贷款。")  # the bank, by its long name
    assert _of_class(found, "Organization") == {"新开发银行"}
    found = _found(
        "持续巩固脱贫攻坚成果,防止规模性返贫。扩大以工代赈规模,深入开展爱国卫生运动,"
        "扎实推进安全生产治本攻坚三年行动。"
    )
    # national campaigns and programmes by their names
    assert {"脱贫攻坚", "以工代赈", "爱国卫生运动", "安全生产治本攻坚三年行动"} <= _of_class(
        found, "PolicyConcept"
    )


def test_kinds_of_contest_and_school_are_none_but_a_quoted_name_names_one() -> None:
    found = _found(
        "定期举办技术沙龙、创新创业大赛等活动。扩大普惠性幼儿园供给。"
        "举办“金种子杯”创新创业大赛,办好“海河之夏”国际艺术节,举办“双碳”专题论坛。"
    )
    orgs = _of_class(found, "Organization")
    assert {"“金种子杯”创新创业大赛", "“海河之夏”国际艺术节"} <= orgs
    assert not orgs & {"创新创业大赛", "普惠性幼儿园", "“双碳”专题论坛"}
    concepts = _of_class(found, "PolicyConcept")
    assert "金种子杯" not in concepts  # the quotes name the contest
    assert "双碳" in concepts  # a programme is a forum's topic, not its name


def test_an_event_named_by_its_scope_may_join_two_subjects() -> None:
    spans = _spans("一、主要任务\n办好东湖论坛、中非创新合作与发展论坛,举办中欧绿色与数字论坛。\n")
    assert spans["中非创新合作与发展论坛"] == "中非创新合作与发展论坛"
    assert spans["中欧绿色与数字论坛"] == "中欧绿色与数字论坛"
    assert "发展论坛" not in spans


def test_a_base_of_manufacturing_for_the_country_is_a_role_not_a_zone() -> None:
    found = _found("一、主要任务\n建强全国先进制造业基地,建设临江高端装备产业基地。\n")
    assert ("PolicyConcept", "全国先进制造业基地") in found
    assert ("Zone", "全国先进制造业基地") not in found
    assert ("Zone", "临江高端装备产业基地") in found


def test_laws_cited_without_marks_are_documents() -> None:
    found = _found(
        "一、主要任务\n全面实施民法典,落实数据安全法、个人信息保护法和网络安全法,"
        "加强安全管理,完善质量监督。\n"
    )
    docs = _of_class(found, "PolicyDocument")
    assert docs == {"中华人民共和国民法典", "数据安全法", "个人信息保护法", "网络安全法"}


def test_a_word_that_grades_an_industry_is_no_part_of_its_name() -> None:
    found = _found(
        "发展创新型生物医药产业、综合性轨道交通产业和高附加值航运服务业,壮大重大文化产业。"
    )
    industries = _of_class(found, "Industry")
    assert {"生物医药产业", "轨道交通产业", "航运服务业", "文化产业"} <= industries
    assert not {i for i in industries if i.startswith(("创新型", "综合性", "高附加值", "重大"))}


def test_the_members_of_a_list_of_districts_are_zones() -> None:
    found = _found("一、主要任务\n推动新河浦、泮塘五约、恩宁路等重点片区活力焕发。\n")
    assert {("Zone", "新河浦"), ("Zone", "泮塘五约"), ("Zone", "恩宁路")} <= found


def test_belts_are_zones_and_a_ring_around_a_place_is_part_of_the_name() -> None:
    found = _found(
        "一、主要任务\n打造环杭州湾科技创新带,建设干热河谷生态带和滨江公园带,"
        "推进大运河、西山永定河三条文化带建设。\n"
    )
    zones = _of_class(found, "Zone")
    assert {"环杭州湾科技创新带", "干热河谷生态带", "滨江公园带"} <= zones
    assert not any("三条" in z for z in zones)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("打造环天鹅湖商圈。", "环天鹅湖商圈"),  # 环 + a lake the segmenter tags as a place
        ("建设泛南湖生态文旅功能区。", "泛南湖生态文旅功能区"),
        ("打造“苏河之冠”文化创意集聚区。", "“苏河之冠”文化创意集聚区"),  # a kind named by a quote
        ("推进“中国数谷”数据知识产权生态试验区建设。", "“中国数谷”数据知识产权生态试验区"),
        ("打造“保定直播”电商产业基地。", "“保定直播”电商产业基地"),  # jieba: 保定 a verb
    ],
)
def test_a_zone_around_a_place_or_named_by_a_quote(text: str, zone: str) -> None:
    assert zone in _of_class(_found("一、主要任务\n" + text + "\n"), "Zone")


@pytest.mark.parametrize(
    "text", ["推进“两山”转化示范片区建设。", "建设“16+16”重点园区。", "建设“走出去”综合服务基地。"]
)
def test_a_slogan_in_quotes_names_no_zone(text: str) -> None:
    assert not _of_class(_found("一、主要任务\n" + text + "\n"), "Zone")


def test_a_named_factory_is_an_enterprise_and_public_works_are_not() -> None:
    found = _found(
        "一、主要任务\n推进彭浦机器厂、福新面粉厂地块更新,改造桃浦污水处理厂,创建一批绿色工厂。\n"
    )
    assert {"彭浦机器厂", "福新面粉厂"} <= _of_class(found, "Enterprise")
    assert not {e for e in _of_class(found, "Enterprise") if "污水" in e or "绿色" in e}


def test_an_exchange_named_a_trading_centre_is_an_enterprise() -> None:
    found = _found("一、主要任务\n支持广州碳排放权交易中心、国家绿色技术交易中心做大做强。\n")
    assert {"广州碳排放权交易中心", "国家绿色技术交易中心"} <= _of_class(found, "Enterprise")


def test_a_sector_joined_by_ji_names_one_industry() -> None:
    found = _found("一、主要任务\n汽车及零部件产业领跑工业增长。\n")
    assert "汽车及零部件产业" in _of_class(found, "Industry")


def test_an_events_name_holds_no_verb_of_success_nor_a_count_of_sessions() -> None:
    found = _found("一、主要任务\n成功举办首届省旅发大会和3届市旅发大会。\n")
    assert {"首届省旅发大会", "市旅发大会"} <= _of_class(found, "Organization")


def test_a_branch_named_after_its_parent_and_place_is_one_institution() -> None:
    found = _found("一、主要任务\n北京儿童医院保定分院投入使用,建设安徽高等研究院合肥分院。\n")
    assert {"北京儿童医院保定分院", "安徽高等研究院合肥分院"} <= _of_class(found, "Organization")


def test_an_industrial_park_named_by_its_city_and_a_gathering_area_are_zones() -> None:
    found = _found(
        "保定市政府工作报告\n一、主要任务\n保定工业园、定州沙河产业聚集区等分别达到100亿元以上。\n"
    )
    assert {"保定工业园", "定州沙河产业聚集区"} <= _of_class(found, "Zone")


def test_a_short_name_among_firms_names_is_a_firm_but_no_activity_or_kind() -> None:
    found = _found(
        "一、主要任务\n伊利、蒙牛、康师傅、汇源、娃哈哈、喜之郎等食品企业落户我市。"
        "培育低空飞行、娃哈哈、独角兽、康师傅等企业。\n"
    )
    firms = _of_class(found, "Enterprise")
    assert {"汇源", "喜之郎", "娃哈哈"} <= firms
    assert not {"低空飞行", "独角兽"} & firms


def test_theatres_and_palaces_of_culture_are_institutions_but_historic_ones_a_kind() -> None:
    found = _found(
        "一、主要任务\n恢复历史剧场功能,发挥中国大戏院、长江剧场等历史剧场联动效应,"
        "改造沪西工人文化宫。\n"
    )
    orgs = _of_class(found, "Organization")
    assert {"中国大戏院", "长江剧场", "沪西工人文化宫"} <= orgs
    assert not {o for o in orgs if "历史" in o}


def test_a_count_in_words_before_a_quoted_slogan_is_part_of_its_name() -> None:
    spans = _spans("一、主要任务\n实现两个“翻一番”,推动五个“保定之变”,建成3个“美丽街区”。\n")
    assert spans["翻一番"] == "两个“翻一番”"
    assert spans["保定之变"] == "五个“保定之变”"
    assert spans["美丽街区"] == "美丽街区"  # a count in digits counts the things


def test_a_quoted_slogans_theory_or_campaign_of_governance_is_named_with_it() -> None:
    spans = _spans("一、主要任务\n践行“两山”理论,开展“6+1”专项治理和“油、路、车”治理。\n")
    assert spans["两山"] == "“两山”理论"
    assert spans["6+1"] == "“6+1”专项治理"
    assert spans["油、路、车"] == "“油、路、车”治理"


def test_a_statistical_unit_that_is_a_development_zone_is_a_zone_not_a_place() -> None:
    found = _found("上海市嘉定区实施意见\n一、主要任务\n推进嘉定工业区、海湾旅游区和马陆镇更新。\n")
    assert {"嘉定工业区", "海湾旅游区"} <= _of_class(found, "Zone")
    assert "马陆镇" in _of_class(found, "AdministrativeArea")


def test_the_ministries_of_a_note_and_a_member_joined_by_ji_are_bodies() -> None:
    found = _found(
        "一、重点任务\n(一)优化医疗服务。(国家医保局及各地区按职责分工负责)"
        "(二)稳定就业。(民政部、人力资源社会保障部、公安部等国务院相关部门按职责分工负责)\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"国家医保局", "民政部", "公安部"} <= bodies
    assert not any("各地区" in b for b in bodies)


def test_national_strategies_with_fixed_names_are_concepts() -> None:
    found = _found("一、主要任务\n深入实施扩大内需战略、区域协调发展战略和国家节水行动。\n")
    assert {"扩大内需战略", "区域协调发展战略", "国家节水行动"} <= _of_class(found, "PolicyConcept")


def test_the_members_of_a_responsibility_note_are_bodies() -> None:
    found = _found(
        "一、重点任务\n(一)推进改革。完成改革。(责任单位:区政务服务办、区大数据中心、"
        "市物流发展工作专班成员单位、各街镇、相关部门)\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"区政务服务办", "区大数据中心", "市物流发展工作专班"} <= bodies
    assert not any(b.endswith(("成员单位", "部门")) or b.startswith("各") for b in bodies)


def test_the_units_of_a_bureau_named_after_it_in_a_note_are_bodies() -> None:
    found = _found(
        "一、重点任务\n(一)加强充装监管。严格许可。(市局特种设备安全监察处牵头,执法稽查处、"
        "网络交易和市场规范监督管理处、相关处室按职责分工负责)\n"
        "(二)加强宣传。普及知识。(执法稽查处、各街镇负责)\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"市局特种设备安全监察处", "执法稽查处", "网络交易和市场规范监督管理处"} <= bodies
    assert "相关处室" not in bodies


def test_a_university_a_firm_or_a_zone_in_a_responsibility_note_keeps_its_class() -> None:
    from builder import structure, vocab
    from builder.model import Document
    from builder.recognize import Recognizer

    text = (
        "一、重点任务\n(一)推进开放。(责任部门:市规划资源局、上海理工大学、上海城投集团)\n"
        "(二)推进应用。(责任单位:区科委、市北功能区)\n"
    )
    vb = vocab.load()
    st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
    recognised = Recognizer(vb, ("上海市", "上海")).recognise(st)  # a plan of 上海市
    found = {(m.cls, m.label) for m in recognised.mentions}
    assert ("GovernmentBody", "市规划资源局") in found
    assert ("Organization", "上海理工大学") in found
    assert ("Enterprise", "上海城投集团") in found
    assert ("Zone", "市北功能区") in found  # a zone's head: no body, though a level opens it


def test_a_subdistrict_office_is_a_body_and_the_districts_offices_are_none() -> None:
    found = _found(
        "一、主要任务\n临江市临江区人民政府头桥街道办事处印发方案。"
        "本方案所称镇包括各镇人民政府、区属街道办事处。推进市属高校新校区建设。"
    )
    everything = {label for _, label in found}
    assert ("GovernmentBody", "临江市临江区人民政府头桥街道办事处") in found
    assert not {"区属街道办事处", "市属高校新校区"} & everything


def test_a_note_of_who_leads_and_who_works_with_a_task_names_bodies() -> None:
    found = _found(
        "一、重点任务\n(一)推进改革。完成改革任务。(区发展改革委牵头,区大数据中心、区财政局配合)\n"
        "(二)规划设施。布局物流设施。(市交通委、市数据局、相关区政府按职责分工负责)\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"区发展改革委", "区大数据中心", "区财政局", "市交通委", "市数据局"} <= bodies
    assert not any(b.endswith(("牵头", "配合", "负责")) for b in bodies)


def test_a_table_of_tasks_in_book_title_marks_is_a_document() -> None:
    found = _found(
        "一、主要任务\n根据《临江区减量化五年(2019—2023年)行动计划任务分解表》等文件精神,推进减量化。"
    )
    assert ("PolicyDocument", "临江区减量化五年(2019—2023年)行动计划任务分解表") in found


def test_handbooks_studies_and_horizon_year_titles_in_marks_are_documents() -> None:
    found = _found(
        "一、主要任务\n编制《临江区老旧小区停车治理工作手册》和《临江老城厢口述史》,"
        "全面实施《中国制造2025》。播出《临江的河山》,出版《临江故事》。"
    )
    documents = _of_class(found, "PolicyDocument")
    assert {"临江区老旧小区停车治理工作手册", "临江老城厢口述史", "中国制造2025"} <= documents
    assert not {"临江的河山", "临江故事"} & documents  # a programme and a book: no kind named


def test_a_title_may_hold_a_conjunction() -> None:
    found = _found(
        "一、主要任务\n制定和实施临江中长期教育改革和发展规划纲要,实施劳动合同法和就业促进法。"
        "镇级层面要按照全区战略目标和总体规划部署。"
    )
    documents = _of_class(found, "PolicyDocument")
    assert "临江中长期教育改革和发展规划纲要" in documents and "发展规划纲要" not in documents
    assert not any("和" in d for d in documents - {"临江中长期教育改革和发展规划纲要"})


def test_a_plan_a_proposal_is_about_is_part_of_its_title() -> None:
    found = _found(
        "一、主要任务\n中共临江市委关于制定临江市国民经济和社会发展第十五个五年规划的建议。"
    )
    assert not any(d.endswith("规划") for d in _of_class(found, "PolicyDocument"))


def test_documents_issued_and_then_carried_out_are_named_after_the_acts() -> None:
    found = _found(
        "一、主要任务\n制定实施临江生态文明建设目标评价考核办法,出台临江国家公园体制总体方案。"
        "制定年度工作方案,出台配套实施办法。"
    )
    documents = _of_class(found, "PolicyDocument")
    assert {"临江生态文明建设目标评价考核办法", "临江国家公园体制总体方案"} <= documents
    assert not {"年度工作方案", "配套实施办法", "实施办法"} & documents


def test_a_document_the_text_follows_or_carries_out_is_named_after_the_verb() -> None:
    found = _found(
        "一、主要任务\n参照临江市闲置厂房盘活利用办法,执行北湖流域水环境保护条例,"
        "落实好临江市农村宅基地管理办法,按照临江市科技项目资金管理办法执行。"
        "落实法规管理办法,按照有关工作方案推进,执行政策制度办法。"
        "实施河长制和北湖流域生态补偿办法。对照省标准化研究院发布的地方导则。"
    )
    documents = _of_class(found, "PolicyDocument")
    assert {
        "临江市闲置厂房盘活利用办法",
        "北湖流域水环境保护条例",
        "临江市农村宅基地管理办法",  # 落实好: the 好 is the verb's
        "临江市科技项目资金管理办法",  # 按照…执行
    } <= documents
    # laws, policies and systems of a kind and a kind of plan name no document, nor does a title
    # joined to a programme carried out (实施河长制和…) or one the text says a body issued
    assert documents == {
        "临江市闲置厂房盘活利用办法",
        "北湖流域水环境保护条例",
        "临江市农村宅基地管理办法",
        "临江市科技项目资金管理办法",
    }
    found = _found("一、主要任务\n制定落实提高临江土地收益用于农业比例考核办法。")
    assert _of_class(found, "PolicyDocument") == {"提高临江土地收益用于农业比例考核办法"}


def test_a_plan_issued_and_carried_out_at_once_is_a_document() -> None:
    found = _found(
        "一、主要任务\n颁布实施全省主体功能区规划,编制实施临江湾区发展规划。推进规划实施。\n"
    )
    documents = _of_class(found, "PolicyDocument")
    assert {"全省主体功能区规划", "临江湾区发展规划"} <= documents
    assert not any(d.startswith(("颁布", "编制", "实施")) for d in documents)


def test_idioms_years_and_across_trades_name_no_sector() -> None:
    found = _found(
        "一、主要任务\n兢兢业业做好工作,让各行各业安居乐业。为今年经济发展打下基础。"
        "鼓励企业跨行业兼并重组。发展旅游业、软件业和物流业。\n"
    )
    industries = _of_class(found, "Industry")
    assert {"旅游业", "软件业", "物流业"} <= industries
    assert not industries & {"兢兢业业", "各行各业", "安居乐业", "今年经济", "企业跨行业"}


def test_a_zone_named_after_a_verb_that_jieba_reads_as_a_noun_starts_after_it() -> None:
    found = _found(
        "一、空间布局\n两区联动,是指世博地区浦西片区重点以绿色为理念。"
        "环新天地区域对标临江低碳实践区,启动淮海公园改扩建工程。\n"
    )
    zones = _of_class(found, "Zone")
    assert "世博地区浦西片区" in zones
    assert not any(z.startswith(("指", "标", "是指", "对标")) for z in zones)


def test_programmes_carried_out_are_named_by_their_head() -> None:
    found = _found(
        "一、主要任务\n深入实施创新驱动战略,实施市场多元化战略,实施中小学校舍安全工程。"
        "实施一批重大工程,启动淮海公园改扩建工程,实施30项市级疏堵工程。建设城市更新工程。"
        "可启动打开战略预留区。建设国家和上海市工程技术研究中心。"
        "深入实施青年英才扬帆计划、银发人才再就业计划,完善服务。实施一批重大工程、民生工程。"
        "实施人才强区计划、推进老旧小区改造工程,实施产业焕新计划、实施港城融合计划。\n"
    )
    concepts = _of_class(found, "PolicyConcept")
    assert {"创新驱动战略", "市场多元化战略", "中小学校舍安全工程"} <= concepts
    # the act carries on over a list of programmes, up to one with an act of its own
    assert {"青年英才扬帆计划", "银发人才再就业计划", "产业焕新计划", "港城融合计划"} <= concepts
    assert not {c for c in concepts if c.startswith(("推进", "实施"))}
    assert not any(c.endswith("工程") and c != "中小学校舍安全工程" for c in concepts)
    assert not any(c.endswith("战略") for c in concepts - {"创新驱动战略", "市场多元化战略"})
    assert "上海市工程技术研究中心" in _of_class(found, "Organization")  # no programme inside


def test_where_pupils_go_is_no_part_of_an_institutions_name() -> None:
    found = _found("一、主要任务\n鼓励学校组织学生到博物馆开展学习实践,建设上海博物馆东馆。\n")
    orgs = _of_class(found, "Organization")
    assert "上海博物馆" in orgs
    assert not any(o.endswith("到博物馆") for o in orgs)


def test_a_declaration_named_after_its_city_is_a_document() -> None:
    found = _found("一、主要任务\n落实昆明宣言,推动生物多样性保护。\n")
    assert ("PolicyDocument", "昆明宣言") in found


def test_a_plan_named_by_its_period_takes_it_in() -> None:
    spans = _spans("一、总体要求\n根据区“十三五”总体规划纲要,制定本规划。\n")
    assert spans["区“十三五”总体规划纲要"] == "区“十三五”总体规划纲要"
    assert "总体规划纲要" not in spans


def test_a_kind_of_document_is_no_title() -> None:
    found = _found(
        "二、重点任务\n(一)加强统筹规划。国家发展改革委要会同有关部门编制专项规划,"
        "制定配套行动方案,出台数据安全管理条例。\n"
    )
    docs = _of_class(found, "PolicyDocument")
    assert "专项规划" not in docs and "配套行动方案" not in docs
    assert "数据安全管理条例" in docs


def test_a_document_called_by_its_kind_is_the_one_named_in_full_before() -> None:
    text = (
        "一、主要任务\n国务院编制了《临江省国民经济和社会发展第十五个五年规划纲要(草案)》。"
        "《纲要(草案)》强调科技创新的引领作用。落实《规划》要求。\n"
    )
    found = _mentions(text)
    docs = [(text[m.begin : m.end], m.label) for m in found if m.cls == "PolicyDocument"]
    full = "临江省国民经济和社会发展第十五个五年规划纲要(草案)"
    assert docs == [(full, full), ("纲要(草案)", full)]


def test_members_listed_one_a_line_under_their_field_are_bodies() -> None:
    """成员单位 / : / one member a line, named without the place or level prose opens with: the
    offices, centres and squads are bodies, the village committees organisations; the list ends at
    the first line that names no member, and a committee in prose is no name."""
    found = _found(
        "成立临江街道减量化工作联席会议。\n成员单位\n:\n党政办公室\n社区平安办公室\n"
        "城市建设管理事务中心\n综合行政执法队\n蔡家桥村村委会\n联席会议下设办公室。\n"
        "如村委会同意,可先行拆除。\n"
    )
    assert {"党政办公室", "社区平安办公室", "城市建设管理事务中心", "综合行政执法队"} <= _of_class(
        found, "GovernmentBody"
    )
    assert "蔡家桥村村委会" in _of_class(found, "Organization")
    assert not {label for _c, label in found if "村委会" in label and label != "蔡家桥村村委会"}


def test_a_sub_centre_named_by_its_place_is_a_zone() -> None:
    """真如城市副中心, 临江副中心: a zone; not a rail line (副中心线) or a city of that rank
    (省域副中心城市), nor a sub-centre of no name."""
    found = _found(
        "推动真如城市副中心塑造功能。加快临江副中心建设。完成市郊铁路副中心线建设。"
        "加快曲靖省域副中心城市建设。推进城市副中心建设。\n"
    )
    zones = _of_class(found, "Zone")
    assert {"真如城市副中心", "临江副中心"} <= zones
    assert not {z for z in zones if "铁路" in z or "省域" in z or z == "城市副中心"}


def test_a_sector_inside_an_institutes_name_heads_no_list() -> None:
    """ "…、华东合成生物产业技术研究院": the 产业 is the institute's, so the members before it are
    not sectors that share it."""
    found = _found(
        "依托临江大学基础医学研究院、临江国际科创中心、华东合成生物产业技术研究院等平台。\n"
    )
    assert "华东合成生物产业技术研究院" in _of_class(found, "Organization")
    assert not {label for label in _of_class(found, "Industry") if "科创中心" in label}


def test_a_district_before_each_listed_sector_is_its_place() -> None:
    """密云区生命健康服务、朝阳区数字医疗: the sector a district hosts, and the district."""
    found = _found("支持密云区生命健康服务、朝阳区数字医疗、房山区智慧医工等细分产业发展。\n")
    assert {"生命健康服务", "数字医疗", "智慧医工"} <= _of_class(found, "Industry")
    assert {"密云区", "朝阳区", "房山区"} <= _of_class(found, "AdministrativeArea")
    assert not {label for label in _of_class(found, "Industry") if label.endswith("区")}
    assert "细分产业" not in _of_class(found, "Industry")  # a kind of industry


def test_sector_words_and_verbs_of_the_vocabulary() -> None:
    """普惠金融 is a sector; 保持 is a verb, never a sector's first word; 申创 wins a title; 新城
    heads a zone, not a sector's stem (平原新城产业空间)."""
    found = _found(
        "大力发展科技金融、普惠金融。保持先进制造业合理比重。"
        "积极申创国家农业高新技术产业示范区。发挥城市副中心和平原新城产业空间优势。\n"
    )
    industries = _of_class(found, "Industry")
    assert "普惠金融" in industries
    assert not {label for label in industries if label.startswith("保持")}
    assert not {label for label in industries if "新城" in label}
    assert "平原新城" in _of_class(found, "Zone")
    assert not {z for z in _of_class(found, "Zone") if "申创" in z}


def test_the_kind_after_a_list_of_zones_is_no_zone() -> None:
    """ "A、B等商业航天特色园区": the kind the listed parks are of, named by a sector; a named
    zone after a list of places (…嘉善等长三角生态绿色一体化发展示范区) is a zone."""
    zones = _of_class(
        _found(
            "建设临江卫星互联网产业园、北湖航天产业园等商业航天特色园区。"
            "推进青浦、吴江、嘉善等长三角生态绿色一体化发展示范区建设。\n"
        ),
        "Zone",
    )
    assert {"临江卫星互联网产业园", "北湖航天产业园"} <= zones
    assert "商业航天特色园区" not in zones
    assert "长三角生态绿色一体化发展示范区" in zones  # named: the zone the places are in


def test_a_title_a_zone_competes_for_is_no_zone() -> None:
    """丽泽金融商务区创建数字金融示范区: the business district is a zone, the title it is to win
    is not; a sector opening the title is no proper name."""
    zones = _of_class(
        _found("推动丽泽金融商务区创建数字金融示范区。推动临江商务区创建国际消费示范区。\n"), "Zone"
    )
    assert {"丽泽金融商务区", "临江商务区"} <= zones
    assert not {z for z in zones if z.endswith(("数字金融示范区", "国际消费示范区"))}


def test_a_sector_named_with_its_reach_or_origin() -> None:
    """引领全球数字经济发展: the sector is 数字经济, 全球 is where it leads."""
    industries = _of_class(
        _found("打造引领全球数字经济发展高地。发展国产化操作系统产业和全球化服务产业。\n"),
        "Industry",
    )
    assert "数字经济" in industries
    assert "全球数字经济" not in industries
    assert {"国产化操作系统产业", "全球化服务产业"} <= industries  # 化 makes one word


def test_places_joined_by_dashes_name_one_zone() -> None:
    """长隆—万博文商旅体功能区, 永庆坊—沙面—上下九西关旅游区: the dash joins the places the zone
    spans; a ring keeps its 环; a place before a quoted name is the zone's (萧山“三芯”社区)."""
    found = _found(
        "推进长隆—万博文商旅体功能区、永庆坊—沙面—上下九西关旅游区建设。"
        "打造环王子山—九龙湖生态文旅协作示范区。"
        "建设滨江物联网小镇、萧山“三芯”社区、西湖紫金港科技城。"
        "赋能“一江两岸”都市文旅功能区建设。\n"
    )
    zones = _of_class(found, "Zone")
    assert {
        "长隆—万博文商旅体功能区",
        "永庆坊—沙面—上下九西关旅游区",
        "环王子山—九龙湖生态文旅协作示范区",
        "萧山“三芯”社区",
    } <= zones
    assert "九龙湖生态文旅协作示范区" not in zones
    assert "“一江两岸”都市文旅功能区" in zones  # 赋能 is a verb, no proper name


def test_listed_event_brands_scenes_and_types_of_firm_name_nothing() -> None:
    """ "A、B等文旅品牌影响力": the brands only qualify the fame of the events; "A、B等场景产业化
    应用": scenes of use, not sectors; "制造主导型、分销主导型等…企业" lists types of firm."""
    found = _found(
        "进一步增强临江过年、花城看花、龙舟竞渡等文旅品牌影响力。"
        "促进脑机接口在医疗、康养、教育等场景产业化应用。"
        "引育一批制造主导型、分销主导型等供应链“链主”企业。"
        "支持青禾、远帆等品牌拓展市场。\n"
    )
    firms = _of_class(found, "Enterprise")
    assert not firms & {"临江过年", "花城看花", "龙舟竞渡", "制造主导型", "分销主导型"}
    assert {"青禾", "远帆"} <= firms  # a list of brands names firms
    assert not _of_class(found, "Industry") & {"康养", "教育"}


def test_the_members_of_a_counted_kind_in_brackets_are_of_its_class() -> None:
    """ "5个世界级地标商圈(天河路—珠江新城、白鹅潭)": each bracketed member is a zone, also where a
    box puts the bracket on a line of its own; a bracket after another word lists nothing."""
    found = _found(
        "建设5个世界级地标商圈(天河路—珠江新城、广州塔—琶洲、白鹅潭)。\n"
        "2个岭南特色商圈\n(北京路—海珠广场、大西关)\n"
        "推进3个商圈建设(提升品质、优化交通)。建设5个商圈(临江路、北湖湾等)。"
        "培育10家新型研发机构(其中市级3家、区级7家)。打造3个片区(含北部片区、南部片区)。\n"
    )
    zones = _of_class(found, "Zone")
    assert {"天河路—珠江新城", "广州塔—琶洲", "白鹅潭", "北京路—海珠广场", "大西关"} <= zones
    assert not zones & {"提升品质", "优化交通", "北湖湾等", "南部片区"}
    assert "北湖湾" in zones
    assert not {label for _c, label in found if label.startswith(("其中", "区级"))}


def test_a_linking_verb_inside_a_stem_opens_no_name() -> None:
    """主动服务/沿沪宁产业创新带, 有效支撑/…, 串联/北京路文化旅游区, 赋权/自贸试验区: the verb links
    the task to the zone, wherever it stands; 服务贸易创新发展示范区 holds no linked name."""
    zones = _of_class(
        _found(
            "水系统治理需主动服务沿沪宁产业创新带建设。有效支撑临江科技创新带发展。"
            "串联北京路文化旅游区、太古仓码头景区。赋权自贸试验区改革自主权。"
            "建设临江服务贸易创新发展示范区。\n"
        ),
        "Zone",
    )
    assert {"沿沪宁产业创新带", "临江科技创新带", "北京路文化旅游区", "自贸试验区"} <= zones
    assert not {z for z in zones if z.startswith(("水系统", "主动", "有效", "串联", "赋权"))}
    assert "临江服务贸易创新发展示范区" in zones
    orgs = _of_class(_found("支持上海服务临港发展基金会开展活动。\n"), "Organization")
    assert "上海服务临港发展基金会" in orgs  # an institution's own name may hold the verb


def test_a_zone_the_dictionary_knows_as_a_place_and_a_convened_event() -> None:
    """复兴岛 is one place word of the dictionary, so it names a zone though 复兴 alone reads as
    no proper name; 召开 convenes an event and is no part of its name."""
    found = _found("在复兴岛探索城市更新的新模式。召开量子城市年度大会和时空智能创新季。\n")
    assert "复兴岛" in _of_class(found, "Zone")
    assert "量子城市年度大会" in _of_class(found, "Organization")
    assert not {label for _c, label in found if label.startswith("召开")}


def test_a_hosting_base_and_kinds_of_island() -> None:
    """承载基地 is a kind of zone that hosts a sector, not a verb before one; an uninhabited or
    lake island (无人岛, 湖心岛) is a kind of island, not a named one."""
    found = _found("建设临港新片区先进制造业承载基地。加强无人岛保护,推进湖心岛景观提升。\n")
    zones = _of_class(found, "Zone")
    assert "临港新片区先进制造业承载基地" in zones
    assert not zones & {"无人岛", "湖心岛"}


def test_a_duty_given_to_a_body_ends_its_name() -> None:
    """ "区农业农村委应根据职责分工带领…专班": the body, then the duty it is given; no name runs
    across 应…带领 or 应配合."""
    found = _found(
        "区农业农村委应根据职责分工带领试点工作专班成员统筹协调。"
        "区试点工作专班应配合试点工作领导小组推进工作。\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"区农业农村委", "区试点工作专班"} <= bodies
    assert not {b for b in bodies if "应" in b}


def test_a_ranked_laboratory_is_named_by_its_field() -> None:
    found = _of_class(
        _found(
            "一、主要任务\n建设先进特殊钢全国重点实验室,支持量子精密测量全省重点实验室发展。"
            "新建一批全国重点实验室,争创5家省重点实验室。"
        ),
        "Organization",
    )
    assert found == {"先进特殊钢全国重点实验室", "量子精密测量全省重点实验室"}


def test_two_fields_joined_by_yu_inside_a_lab_or_a_placed_park_name() -> None:
    found = _found(
        "一、主要任务\n推动微纳量子芯片与量子调控全省重点实验室建设。"
        "建设浦东新区船舶与海洋工程产业园。"
        "支持复旦大学智能材料与未来能源创新学院实习实训基地建设。"
    )
    assert "微纳量子芯片与量子调控全省重点实验室" in _of_class(found, "Organization")
    assert "浦东新区船舶与海洋工程产业园" in _of_class(found, "Zone")
    assert not any(label.startswith("复旦大学智能材料与") for c, label in found if c == "Zone")


def test_a_national_centre_is_named_by_its_fields_joined_by_yu_or_ji() -> None:
    found = _of_class(
        _found(
            "一、主要任务\n建设城轨安全与运维国家工程研究中心、国家印刷及柔性显示创新中心,"
            "建设细胞国家工程研究中心。布局一批国家工程研究中心。支持高校及科研院所与龙头企业共建研究中心。"
            "改造西渡街道社区文体中心及社区事务受理服务中心。支持建设全国和上海市重点实验室。"
        ),
        "Organization",
    )
    assert found == {
        "城轨安全与运维国家工程研究中心",
        "国家印刷及柔性显示创新中心",
        "细胞国家工程研究中心",
        "社区事务受理服务中心",  # a site of its own after another's 中心
    }


def test_a_zone_named_by_its_place_keeps_a_word_read_as_a_verb() -> None:
    found = _found(
        "一、主要任务\n建设越秀聚合数字产业园。推动黄埔建设智能产业园。天河获评省级全域旅游示范区。",
        places=("广州市", "广州"),
    )
    zones = _of_class(found, "Zone")
    assert "越秀聚合数字产业园" in zones
    assert not {z for z in zones if z.endswith("智能产业园") or z.startswith("天河")}


def test_a_port_named_by_the_plans_own_city_is_a_zone() -> None:
    """大连港 in Dalian's plan: a port is named by its city, as a 高新区 is (not 大连园区)."""
    found = _found("提升大连港航运能级,推进大连港集装箱码头建设。", places=("大连市", "大连"))
    assert "大连港" in _of_class(found, "Zone")


def test_a_list_of_a_zones_sectors_lists_sectors() -> None:
    found = _found("一、主要任务\n围绕集成电路、高端装备制造等临港新片区重点产业,培育紧缺人才。")
    assert {"集成电路", "高端装备制造"} <= _of_class(found, "Industry")
    assert "高端装备制造" not in _of_class(found, "Zone")


def test_a_list_that_acts_after_its_etc_has_no_category() -> None:
    found = _found(
        "一、主要任务\n引导院校、社会培训机构等为临港新片区高校学生提供培训。"
        "培育以华为、腾讯等为代表的龙头企业。构建以美丽健康、时尚消费等为主导的产业体系。"
    )
    zones = _of_class(found, "Zone")
    assert not {"院校", "社会培训机构"} & zones
    assert {"华为", "腾讯"} <= _of_class(found, "Enterprise")
    assert {"美丽健康", "时尚消费"} <= _of_class(found, "Industry")


def test_a_street_address_names_no_zone() -> None:
    found = _found(
        "一、主要任务\n避难场所:奉城镇城大路36号;青村镇钱桥社区长丰路106号。建设青村镇钱桥社区。"
    )
    assert _of_class(found, "Zone") == {"青村镇钱桥社区"}  # named as a place of its own


def test_two_sectors_joined_by_yu_in_a_list_of_fields_name_one_field() -> None:
    found = _of_class(
        _found(
            "一、主要任务\n做大临空经济,发展生物医药与健康、航空与低空经济、时尚消费品等临空产业。"
            "培育太阳能、新能源及智能电网等产业。推动现代服务业与先进制造业、数字经济融合。"
        ),
        "Industry",
    )
    assert {"生物医药与健康", "航空与低空经济", "新能源及智能电网"} <= found
    assert {"现代服务业", "先进制造业"} <= found  # each named in full: two
    assert not {"生物医药", "智能电网", "现代服务业与先进制造业"} & found


def test_an_economy_named_as_a_sector_before_a_word_of_its_growth() -> None:
    found = _of_class(
        _found(
            "一、主要任务\n推动楼宇经济提质增效。构建票根经济生态圈。"
            "深化赛事经济试点。抓住新一轮经济转型机遇。"
        ),
        "Industry",
    )
    assert {"楼宇经济", "票根经济", "赛事经济"} <= found
    assert not any("新一轮" in label for label in found)


def test_a_protected_area_is_a_zone_by_its_official_kind() -> None:
    found = _of_class(
        _found("一、主要任务\n推进东湖风景名胜区和西溪国家湿地公园建设。加强自然保护区建设。"),
        "Zone",
    )
    assert found == {"东湖风景名胜区", "西溪国家湿地公园"}


def test_a_communitys_centre_and_a_placed_centre_of_culture_or_fitness_are_bodies() -> None:
    found = _found(
        "一、主要任务\n支持天山路街道社区卫生服务中心建设。建设静安区全民健身中心和黄浦文化中心。"
        "完善社区文化活动中心。打造区域文化中心。"
    )
    assert _of_class(found, "Organization") == {
        "天山路街道社区卫生服务中心",
        "静安区全民健身中心",
        "黄浦文化中心",
    }
    assert "天山路街道社区" not in _of_class(found, "Zone")


def test_a_fairs_short_name_keeps_the_scope_before_it() -> None:
    found = _of_class(_found("一、主要任务\n办好第五届全球数贸会,参加进博会。"), "Organization")
    assert found == {"全球数贸会", "进博会"}


def test_a_placed_grand_market_is_a_body_but_the_national_one_a_concept() -> None:
    found = _found("一、主要任务\n做强山东科技大市场,加快建设全国统一大市场。")
    assert "山东科技大市场" in _of_class(found, "Organization")
    assert "全国统一大市场" not in _of_class(found, "Organization")


def test_an_arbitration_court_named_by_its_city_is_an_organisation() -> None:
    found = _found("一、主要任务\n加强临江国际仲裁院建设,完善商事调解机制。")
    assert "临江国际仲裁院" in _of_class(found, "Organization")


def test_a_deictic_or_a_part_of_a_kind_is_no_part_of_a_sectors_name() -> None:
    found = _of_class(
        _found(
            "一、主要任务\n推动本市交通行业高质量发展,支持我省文化产业发展。部分重点行业转型不够快。"
        ),
        "Industry",
    )
    assert {"交通行业", "文化产业"} <= found
    assert not any(label.startswith(("本市", "我省", "部分")) for label in found)


def test_a_duty_performed_is_no_part_of_a_sectors_name() -> None:
    assert not _of_class(_found("一、主要任务\n推进农村公路管养履行行业管理职责。"), "Industry")


def test_to_organise_is_no_organisation() -> None:
    found = _found(
        "一、主要任务\n镇级路长应组织,开展巡查。由区城管局牵头组织。2020年底前组织验收。加入世界卫生组织。"
    )
    assert _of_class(found, "Organization") == {"世界卫生组织"}


def test_an_act_inside_a_zones_stem_is_no_part_of_its_name() -> None:
    found = _found("一、主要任务\n加密运行至洋山港、外高桥港直达航线。研究珠江口伶仃洋深水港建设。")
    zones = _of_class(found, "Zone")
    assert {"洋山港", "珠江口伶仃洋深水港"} <= zones
    assert not any(z.startswith(("至", "研究", "加密")) for z in zones)


def test_a_bodys_role_after_its_name_ends_it_however_segmentation_reads_them() -> None:
    found = _found("一、主要任务\n市发展改革委会同市市场监管局推进改革。")
    assert {"市发展改革委", "市市场监管局"} <= _of_class(found, "GovernmentBody")


def test_a_body_named_by_its_level_and_the_quoted_work_it_does() -> None:
    found = _found("一、主要任务\n由区“两旧”专班牵头,市“一网通办”工作专班配合。推进“两旧”改造。")
    assert {"区“两旧”专班", "市“一网通办”工作专班"} <= _of_class(found, "GovernmentBody")


def test_members_of_a_list_of_sites_or_land_for_industry_are_no_industries() -> None:
    """ "等产业载体空间", "等产业用地": what is listed is where industry goes, not a sector."""
    found = _found(
        "一、主要任务\n衔接沿江、沿湾、新城及重点园区等产业载体空间。"
        "通过协商解除合同、期限届满收回等产业用地处置方式盘活土地。"
    )
    assert not _of_class(found, "Industry") & {
        "沿江",
        "沿湾",
        "新城",
        "协商解除合同",
        "期限届满收回",
    }


def test_a_base_named_by_its_firm_is_the_firm_no_zone() -> None:
    found = _found(
        "一、重点任务\n推进中科宇衡产业化基地、众岚新材料智造基地、锦程实业具身智造基地、"
        "国家骨干冷链物流基地、爱国主义教育基地建设。"
    )
    assert {"中科宇衡", "众岚", "锦程实业"} <= _of_class(found, "Enterprise")
    zones = _of_class(found, "Zone")
    assert not {z for z in zones if z.startswith(("中科宇衡", "众岚", "锦程"))}
    assert "国家骨干冷链物流基地" in zones  # named by its kind, no firm
    assert not {e for e in _of_class(found, "Enterprise") if "爱国" in e}
    # a base named by its sector or region is none of a firm's
    found = _found(
        "一、重点任务\n加快打造临江流域先进制造业基地、通岚光伏产业基地。打造成渝电子信息制造基地,"
        "建设长三角新材料研发基地,推进南沙汽车智造基地建设,建设临港物流基地。"
    )
    assert not _of_class(found, "Enterprise")


def test_a_report_titled_with_its_year_names_no_body_with_the_year() -> None:
    found = _found("四川省2025年政府工作报告\n各位代表:\n现在,我代表省人民政府,向大会报告工作。")
    assert not {b for b in _of_class(found, "GovernmentBody") if "2025" in b}


def test_districts_named_like_parts_of_any_city_only_in_their_own_plans() -> None:
    found = _found("一、重点任务\n推进中心城区和新城区建设,加快老城区改造。")
    assert not {a for a in _of_class(found, "AdministrativeArea") if a.endswith("城区")}
    from builder import structure, vocab
    from builder.model import Document
    from builder.recognize import Recognizer

    vb = vocab.load()
    text = "一、重点任务\n推进新城区老旧小区改造。"
    st = structure.analyse(Document("t.txt", "t", text, "0" * 64), vb)
    mentions = Recognizer(vb, ("新城区",)).recognise(st).mentions  # a plan of 新城区 itself
    assert ("AdministrativeArea", "新城区") in {(m.cls, m.label) for m in mentions}
    mentions = Recognizer(vb, ("宝鸡市", "宝鸡")).recognise(st).mentions  # Xi'an's, not Baoji's
    assert ("AdministrativeArea", "新城区") not in {(m.cls, m.label) for m in mentions}


def test_a_zone_named_after_a_verb_is_the_zone_the_text_names_without_it() -> None:
    found = _found(
        "一、重点任务\n全力支持服务横琴粤澳深度合作区建设,奋力打造横琴粤澳深度合作区战略拓展区。"
    )
    zones = _of_class(found, "Zone")
    assert "横琴粤澳深度合作区" in zones
    assert not {z for z in zones if z.startswith("服务")}


def test_the_governments_of_each_level_a_notice_is_sent_to_are_none() -> None:
    for line in (
        "各县、区人民政府,临江高新区管委会:",
        "各县(市、区)人民政府:",
        "各乡、镇人民政府:",
        "各州、市人民政府,省直各部门:",
        "各设区市人民政府:",
        "各设区的市人民政府:",
    ):
        bodies = _of_class(
            _found(f"关于印发临江市行动方案的通知\n{line}\n现印发给你们。"), "GovernmentBody"
        )
        assert not {b for b in bodies if b.endswith("人民政府")}, line
    assert "区人民政府" in _of_class(
        _found("一、保障措施\n区人民政府要加强领导。"), "GovernmentBody"
    )


def test_a_province_quarter_before_a_sector_is_no_part_of_it() -> None:
    found = _found(
        "一、发展目标\n将临江打造成为鄂西北低空经济发展枢纽城市,发展川东北天然气化工产业。"
    )
    industries = _of_class(found, "Industry")
    assert {"低空经济", "天然气化工产业"} <= industries
    assert not {i for i in industries if i.startswith(("鄂", "川"))}
    found = _found("一、重点任务\n培育湘西北生态旅游产业。")
    assert "生态旅游产业" in _of_class(found, "Industry")  # not 湘西 and 北生态旅游产业


def test_two_issuers_written_together_are_two_bodies() -> None:
    found = _found(
        "中共临江市委临江市人民政府关于加快建设旅游强市的实施意见\n一、总体要求\n坚持以文塑旅。"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"中共临江市委", "临江市人民政府"} <= bodies
    assert "中共临江市委临江市人民政府" not in bodies
    found = _found(
        "根据中共临江省委办公厅临江省人民政府办公厅印发的《临江省推动制造业高质量发展实施方案》。"
    )
    assert {"中共临江省委办公厅", "临江省人民政府办公厅"} <= _of_class(found, "GovernmentBody")
    found = _found("一、背景\n中共中央办公厅国务院办公厅印发《关于加强X工作的意见》。")
    assert {"中共中央办公厅", "国务院办公厅"} <= _of_class(found, "GovernmentBody")


def test_an_older_plan_named_by_its_number_is_no_concept() -> None:
    found = _found("一、发展基础\n屈子祠文化旅游区被列入省“十五”计划重点项目。深入开展“八五”普法。")
    concepts = _of_class(found, "PolicyConcept")
    assert "十五" not in concepts
    assert "八五" in concepts  # a campaign of legal education, counted the same way
    found = _found("一、发展基础\n“九五”至“十五”期间,实施“九五”攻关计划。")
    assert not {"九五", "十五"} & _of_class(found, "PolicyConcept")


def test_a_circle_of_tourism_is_a_zone() -> None:
    found = _found("一、总体布局\n打造临江城市休闲旅游圈和灵泗文旅融合旅游圈。")
    assert {"临江城市休闲旅游圈", "灵泗文旅融合旅游圈"} <= _of_class(found, "Zone")


def test_a_pillar_of_the_national_economy_is_no_sector() -> None:
    found = _found(
        "一、发展目标\n将旅游业培育成为我市国民经济重要支柱产业。把文化产业培育成为国民经济支柱性产业。"
    )
    assert _of_class(found, "Industry") == {"旅游业", "文化产业"}


def test_an_important_sector_is_the_sector() -> None:
    found = _found("一、总体目标\n聚焦打造国家重要先进制造业高地,推动重要农产品稳定供给。")
    industries = _of_class(found, "Industry")
    assert "先进制造业" in industries
    assert not {i for i in industries if i.startswith("重要")}


def test_a_sector_named_like_a_firm_is_no_firm() -> None:
    found = _found(
        "一、重点任务\n聚焦绿色石化、集成电路等重点领域,支持燕山石化、冀中药业和现代药业发展。"
    )
    firms = _of_class(found, "Enterprise")
    assert {"燕山石化", "冀中药业"} <= firms
    assert not {"绿色石化", "现代药业"} & firms


def test_a_class_of_the_catalogue_names_no_product_by_its_manner() -> None:
    """综合零售 and 公共就业服务 are classes of GB/T 4754; 综合 and 公共就 are no products."""
    found = _found("一、主要任务\n全方位提高粮食综合产能,提升公共就业服务水平,花卉产值增长一成。")
    industries = _of_class(found, "Industry")
    assert "花卉" in industries
    assert not {"综合", "公共就"} & industries


def test_a_stop_that_opens_a_proper_name_stays_in_it() -> None:
    """和 of 和平街 is no conjunction: the list member is 和平街, not 平街."""
    found = _found("一、主要任务\n推进环西湖、和平街等8个重点片区更新。")
    zones = _of_class(found, "Zone")
    assert "和平街" in zones
    assert "平街" not in zones


def test_a_zone_named_by_a_word_read_as_a_verb_stays_whole() -> None:
    """知识 of 知识城 reads as a verb; the park inside the place's 知识城 is named whole."""
    found = _found("一、主要任务\n建设中新南宁知识城生物医药创新园,有序安排港产城融合发展。")
    zones = _of_class(found, "Zone")
    assert "中新南宁知识城生物医药创新园" in zones
    assert not {z for z in zones if z.startswith("城")}


def test_a_zone_where_firms_gather_lists_zones_not_firms() -> None:
    """民营企业总部集聚区 is one noun whose head is 集聚区; 等领域领军企业 still lists fields."""
    found = _found("一、主要任务\n建设临港泰和、市北高新等民营企业总部集聚区。")
    assert "临港泰和" in _of_class(found, "Zone")
    assert not {"临港泰和", "市北高新"} & _of_class(found, "Enterprise")


def test_the_youth_leagues_committee_is_a_body_and_a_level_is_none() -> None:
    found = _found(
        "一、主要任务\n(一)引进人才。(牵头单位:市人社局,配合单位:市金融办、团市委,各区、县级市)\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"团市委", "市金融办"} <= bodies
    assert not {"市委", "县级市"} & bodies


def test_party_departments_and_the_bodies_a_bracket_adds() -> None:
    found = _found(
        "一、主要任务\n(一)加强宣传。(牵头部门:区委宣传部(区文明办、区政府新闻办),配合部门:区委组织部)\n"
        "(二)推进养护。明确区镇两级政府责任。\n"
    )
    bodies = _of_class(found, "GovernmentBody")
    assert {"区委宣传部", "区文明办", "区政府新闻办", "区委组织部"} <= bodies
    assert not {b for b in bodies if "(" in b or b in ("区委", "区镇两级政府")}


def test_industry_is_no_sector_in_a_project_a_department_an_agreement_or_another_word() -> None:
    found = _found(
        "一、主要任务\n(一)保障用地。可按50年年期出让产业项目类工业用地,容积率经区产业部门认定后可提高。"
        "与属地政府签订产业发展合作协议,办理其他类型资产业务权属登记。加快引进生物医药产业项目。\n"
    )
    assert _of_class(found, "Industry") == {"生物医药产业"}


def test_a_title_a_tables_cell_wrapped_is_one_document_without_the_break() -> None:
    found = _found(
        "一、主要任务\n(一)落实《临江市系统化全域推进海绵城市建设的实施意见》。\n"
        "附表\n序号\n依据\n1\n《临江市系统化全域推进海绵\n城市建设的实施意见》\n"
    )
    assert _of_class(found, "PolicyDocument") == {"临江市系统化全域推进海绵城市建设的实施意见"}


def test_an_institution_named_after_a_quoted_brand_keeps_it() -> None:
    found = _found(
        "一、主要任务\n(一)优化服务。建设“美创临江”皮肤健康管理创新中心,升级“卫企”法律风险防控联盟。\n"
    )
    orgs = _of_class(found, "Organization")
    assert {"“美创临江”皮肤健康管理创新中心", "“卫企”法律风险防控联盟"} <= orgs
    assert not {"皮肤健康管理创新中心", "法律风险防控联盟"} & orgs


def test_a_quoted_name_of_a_places_institution_or_zone_is_no_concept() -> None:
    found = _found(
        "一、主要任务\n(一)集聚资源。依托“上海数字创客学院”,打造“上海临港并购集聚区”,建设“四平台”。\n"
    )
    assert "上海数字创客学院" in _of_class(found, "Organization")
    assert "上海临港并购集聚区" in _of_class(found, "Zone")
    assert "四平台" in _of_class(found, "PolicyConcept")


def test_a_stop_character_that_opens_a_qualifying_word_stays_in_the_name() -> None:
    found = _found("临江区发展规划\n一、主要任务\n发展在线医疗等产业,培育在线文旅。\n")
    assert "在线医疗" in _of_class(found, "Industry")
    assert "线医疗" not in _of_class(found, "Industry")


def test_a_laws_enacting_regulations_keep_their_implementing_word() -> None:
    found = _found(
        "临江市政府工作报告\n一、工作回顾\n出台外商投资法实施条例,贯彻土地管理法实施条例。\n"
    )
    assert {"外商投资法实施条例", "土地管理法实施条例"} <= _of_class(found, "PolicyDocument")


def test_verbs_quantifiers_and_idioms_make_no_names() -> None:
    found = _found(
        "临江市政府工作报告\n一、工作回顾\n全面推开公立医院综合改革,多渠道增加幼儿园供给。"
        "留抵退税扩大到所有适用行业,推动全部制造业转型。为全面建设社会主义现代化国家开好局起好步。\n"
    )
    labels = {label for _, label in found}
    assert (
        not {"推开公立医院", "多渠道增加幼儿园", "到所有适用行业", "全部制造业", "国家开好局"}
        & labels
    )
    assert "制造业" in _of_class(found, "Industry")


def test_an_issued_documents_title_never_runs_over_a_line() -> None:
    found = _found(
        "临江市城市更新实施意见\n(六)编制更新项目实施方案\n城市更新项目应编制更新项目实施方案,"
        "包括规划指标。\n"
    )
    assert not any("\n" in label for _cls, label in found)


def test_a_zone_named_by_a_local_place_in_pieces_is_a_zone_and_land_and_water_are_kinds() -> None:
    named = (
        "牛角口港区 牛角寨新区 黄泥洲旅游度假区 石门寨风景名胜区 牛角滩开发区 沙子溪产业园 黄泥桥新城 "
        "黄泥塘风景区 牛角浦商务区 沙子泾工业园 石门埠工业区 牛角岗园区 沙子坝景区 石门屿片区 "
        "牛角岸新区 黄泥沙港区 沙子海新区 石门坡园区 石门坎片区 黄泥墩新区 沙子坞景区 牛角渡港区 "
        "牛角岭园区 滴水湖片区 大学路街区 海河产业园 海湖新区 前湾新区 星湖景区 老鸦岭景区 老城岗片区"
    ).split()
    kinds = (
        "高铁新区 城市新区 集装箱港区 山水景区 重点河湖片区 海岛旅游度假区 大数据新区 数字海岸新区 "
        "现代农庄园区 老厂房片区 湖泊景区 江河片区 港口新区 水滩景区 新港口产业园 老港口片区 "
        "沿海岸新区 新风口产业园 山川景区 江湖片区 山河新区 荒山景区 环湖新区 环山景区 山海协作产业园 "
        "江海联运港区 河海联运港区 湖海片区"
    ).split()
    text = "一、主要任务\n" + "".join(f"保护{name}。" for name in named + kinds)
    zones = _of_class(_found(text), "Zone")
    assert set(named) <= zones
    assert not set(kinds) & zones
    made = _found("一、主要任务\n做宽文化产业,做绿生态农业,建好临江产业园。\n")
    assert {"文化产业", "生态农业"} <= _of_class(made, "Industry")  # 做宽, 做绿: what is made of it
    assert "临江产业园" in _of_class(made, "Zone")


def test_the_year_of_a_target_before_a_sectors_size_is_no_industry() -> None:
    found = _found("一、主要任务\n1.生物医药。力争到2027年产业规模达到500亿元。\n2.发展5G产业。\n")
    assert _of_class(found, "Industry") == {"生物医药", "5G产业"}


def test_a_firms_registered_name_starts_at_its_place_though_its_trade_reads_as_verbs() -> None:
    found = _found(
        "一、重点任务\n1.推进重组。推动临江市城市建设投资集团有限公司实施重组。"
        "支持临江经济发展投资有限公司、江海物流股份有限公司做强。\n"
    )
    assert _of_class(found, "Enterprise") == {
        "临江市城市建设投资集团有限公司",
        "临江经济发展投资有限公司",
        "江海物流股份有限公司",
    }


def test_the_rank_a_zone_is_raised_to_is_no_zone_nor_its_sector_an_industry() -> None:
    found = _found(
        "一、2025年工作回顾\n(二)园区建设扎实推进。白水经济开发区成功晋升为省级高新技术产业开发区,"
        "临江区被评为全国双拥模范城。\n"
    )
    assert _of_class(found, "Zone") == {"白水经济开发区"}
    assert _of_class(found, "Industry") == set()


def test_a_reservoir_named_after_a_city_names_no_city() -> None:
    found = _found("一、主要任务\n(一)加强水利设施建设。推进马鞍山水库新建工程。")
    assert "马鞍山市" not in _of_class(found, "AdministrativeArea")
    found = _found("一、主要任务\n(一)加强水利设施建设。马鞍山建成物流枢纽。")
    assert "马鞍山市" in _of_class(found, "AdministrativeArea")  # the city, where it is named


def test_named_races_and_festivals_are_events() -> None:
    found = _found(
        "一、主要任务\n(一)办好赛事节庆。办好临江国际半程马拉松赛、青山湖皮划艇公开赛、南山越野跑挑战赛，"
        "承办省城市足球联赛、世界羽联世界巡回赛总决赛、世界田联接力赛，办好青山龙舟赛、临江网球巡回赛，"
        "举办东湖国际龙舟节、凤栖灯会、白水春茶节、白水桃花节、临江啤酒节、凤栖庙会。"
    )
    assert {
        "临江国际半程马拉松赛",
        "青山湖皮划艇公开赛",
        "南山越野跑挑战赛",
        "省城市足球联赛",
        "世界羽联世界巡回赛总决赛",
        "世界田联接力赛",
        "青山龙舟赛",
        "临江网球巡回赛",
        "东湖国际龙舟节",
        "凤栖灯会",
        "白水春茶节",
        "白水桃花节",
        "临江啤酒节",
        "凤栖庙会",
    } <= _of_class(found, "Organization")


def test_a_product_of_one_character_names_its_industry() -> None:
    found = _found(
        "一、主要任务\n(一)做强茶产业。壮大竹产业,加快苜蓿等草产业发展。培育新产业,推动该产业发展,"
        "分割转让给经产业准入的项目。提升水资源配置效率、水行业管理效能。"
    )
    industries = _of_class(found, "Industry")
    assert {"茶产业", "竹产业", "草产业"} <= industries
    assert not industries & {"新产业", "该产业", "经产业", "水行业"}  # 产业 only


def test_processing_incubation_and_model_parks_are_zones() -> None:
    found = _found(
        "一、主要任务\n(一)壮大产业。建设白水农产品加工园、白水双创孵化园,创建临江农村产业融合发展示范园。"
    )
    assert {"白水农产品加工园", "白水双创孵化园", "临江农村产业融合发展示范园"} <= _of_class(
        found, "Zone"
    )


def test_a_known_sector_in_a_parks_name_keeps_the_word_read_as_a_verb() -> None:
    found = _found("一、主要任务\n(一)打造低空产业园区。高标准建设青山通用航空产业园。")
    assert "青山通用航空产业园" in _of_class(found, "Zone")  # 通用 of 通用航空, no verb


def test_a_grade_of_hospital_or_museum_names_none() -> None:
    found = _found(
        "一、主要任务\n(一)医疗。支持二级以上医院开设老年医学科,推动三级甲等医院、国家一级博物馆建设,"
        "支持临江市第一人民医院发展。"
    )
    assert _of_class(found, "Organization") == {"临江市第一人民医院"}


def test_a_grade_of_scenic_area_names_none() -> None:
    found = _found(
        "一、主要任务\n(一)创建高等级景区。对新评定为国家5A级、4A级旅游景区的给予奖励。创建5A景区,"
        "提升西湖景区,建设国家级营养健康产业集聚区,打造大运河5A 级文化旅游景区。"
    )
    # 国家级 is a level, no grade; a grade after a name is part of it
    assert _of_class(found, "Zone") == {
        "西湖景区",
        "国家级营养健康产业集聚区",
        "大运河5A 级文化旅游景区",
    }


def test_a_phase_of_building_works_is_no_programme() -> None:
    found = _found(
        "一、主要任务\n(一)完善基础设施。启动污水处理厂二期工程,实施城市更新三期工程。实施临江港2期工程。"
    )
    assert not _of_class(found, "PolicyConcept")


def test_groups_of_public_hospitals_or_schools_are_bodies_when_named() -> None:
    found = _found(
        "一、主要任务\n(一)推进集团化办学。组建青山实验教育集团,组建青山区城市医疗集团,"
        "做实紧密型城市医疗集团、县域医共体,支持复星医药集团发展。"
    )
    orgs = _of_class(found, "Organization")
    assert {"青山实验教育集团", "青山区城市医疗集团"} <= orgs
    assert "紧密型城市医疗集团" not in orgs  # a kind of group, neither a body nor a firm
    assert _of_class(found, "Enterprise") == {"复星医药集团"}


def test_named_care_homes_are_organisations() -> None:
    found = _found(
        "一、主要任务\n(一)推动医养结合。支持福寿苑养老中心、青山区康宁护理院开展医养结合服务,"
        "建设临江市儿童福利院。"
    )
    assert {"福寿苑养老中心", "青山区康宁护理院", "临江市儿童福利院"} <= _of_class(
        found, "Organization"
    )


def test_a_road_named_after_a_place_is_no_zone() -> None:
    found = _found("一、主要任务\n(一)完善路网。建设临江绕城高速,推进东湖新城综合管廊建设。")
    assert _of_class(found, "Zone") == {"东湖新城"}  # the roads' 城 ends no zone


def test_settling_in_a_zone_is_no_part_of_its_name() -> None:
    found = _found(
        "一、主要任务\n(一)建设创新平台。推动研发机构落户东湖科技城,推动重大项目落户临江经济技术开发区。"
    )
    assert _of_class(found, "Zone") == {"东湖科技城", "临江经济技术开发区"}


def test_a_listed_sector_keeps_no_half_of_the_verb_before_it() -> None:
    found = _found("二、重点任务\n(一)培育特色产业。做强白水蜜桃、白水黑茶两大特色产业。")
    # jieba reads 做|强白|水蜜桃: the stop word 做强 is cut whole
    assert _of_class(found, "Industry") == {"白水蜜桃", "白水黑茶"}


def test_a_trade_name_read_as_a_verb_stays_in_the_firm_name() -> None:
    found = _found(
        "二、主要任务\n(一)支持企业做大做强。支持远航新材料股份有限公司、恒通精密制造有限公司扩大产能。"
    )
    # jieba reads 远航 as a verb; without it a sector and a legal form would be left
    assert _of_class(found, "Enterprise") == {"远航新材料股份有限公司", "恒通精密制造有限公司"}
    found = _found("二、主要任务\n(一)支持企业做大做强。支持远航新材料有限公司发展。")
    assert _of_class(found, "Enterprise") == {"远航新材料有限公司"}
    found = _found("二、主要任务\n(一)支持企业做大做强。帮助青禾食品有限公司开拓市场。")
    assert _of_class(found, "Enterprise") == {"青禾食品有限公司"}  # a verb before a trade
    found = _found("二、主要任务\n(一)支持企业做大做强。推动新材料股份有限公司上市。")
    assert not _of_class(found, "Organization")  # no verb was trimmed: nothing to put back


def test_a_firm_opened_by_a_place_does_not_reach_back_over_a_list_mark() -> None:
    found = _found(
        "一、主要任务\n(一)壮大企业。云岭牧业股份有限公司白水分公司、白水县绿源果业有限责任公司入选。"
    )
    # 白水 is a real county's short name: the branch's name ends before the 、
    assert _of_class(found, "Enterprise") == {
        "云岭牧业股份有限公司白水分公司",
        "白水县绿源果业有限责任公司",
    }


def test_a_banks_branch_is_named_by_its_place() -> None:
    found = _found(
        "一、主要任务\n(一)完善金融服务。鼓励中国银行临江分行、临江农村商业银行股份有限公司开发信贷产品,"
        "支持工商银行白水支行设立专营机构,引导商业银行分行加大投放,分行业分领域制定措施。"
    )
    assert _of_class(found, "Enterprise") == {
        "中国银行临江分行",
        "临江农村商业银行股份有限公司",
        "工商银行白水支行",
    }


def test_institutions_listed_before_universities_are_organizations() -> None:
    found = _found(
        "一、主要任务\n(一)深化产学研合作。临江大学、临江理工学院等高校与企业共建研发平台。"
        "支持临江农科院、白水医学所等科研院所与企业开展攻关,江城工大、南湖师大等高等院校与企业共建学院。"
        "推动青山学院、东湖学院等高校院所与企业对接。"
    )
    # the first category noun after 等 types the list: 高校 before 企业
    assert {
        "临江大学",
        "临江理工学院",
        "临江农科院",
        "白水医学所",
        "江城工大",
        "南湖师大",
        "青山学院",
        "东湖学院",
    } <= _of_class(found, "Organization")
    assert not _of_class(found, "Enterprise")


def test_a_registered_firm_inside_a_zones_name_is_the_entity() -> None:
    found = _found(
        "一、主要任务\n(一)壮大高端医疗器械产业。推动康宁生物科技股份有限公司扩建生产基地。"
    )
    assert _of_class(found, "Enterprise") == {"康宁生物科技股份有限公司"}
    assert not _of_class(found, "Zone")


@pytest.mark.parametrize(
    "line", ["县长  李海东", "代市长 王昆明", "主任:张海东", "书记 李海东", "主席 赵昆明"]
)
def test_a_speakers_name_after_an_office_is_no_place(line: str) -> None:
    found = _found(
        f"白水县2025年政府工作报告\n白水县人民政府{line}\n一、主要任务\n(一)壮大经济。支持企业发展。"
    )
    assert not _of_class(found, "AdministrativeArea") & {"海东市", "昆明市"}
    found = _found("一、主要任务\n(一)对接市场。深化与昆明、海东的合作。")
    assert {"昆明市", "海东市"} <= _of_class(found, "AdministrativeArea")  # places in the text


def test_a_cooperative_named_by_its_place_is_a_firm_and_a_kind_is_not() -> None:
    found = _found(
        "一、主要任务\n(一)发展合作经济。支持白水县众鑫果蔬专业合作社、南湾村股份经济合作社、"
        "白水县供销合作社联合社拓展业务。支持农民合作社发展,培育农机合作社和家庭农场。"
        "深化供销合作社综合改革,发挥供销合作社联合社作用。"
    )
    firms = _of_class(found, "Enterprise")
    assert {"白水县众鑫果蔬专业合作社", "南湾村股份经济合作社", "白水县供销合作社联合社"} <= firms
    assert not {"农民合作社", "农机合作社", "供销合作社", "供销合作社联合社"} & firms
