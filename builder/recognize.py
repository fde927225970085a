"""Stage 3 — recognise: mentions of industries, zones, enterprises, bodies, organisations and
policy concepts.

Two passes. The first collects candidates from the curated vocabulary, from enumerations
("A、B、C等金融机构" types A, B and C by the category's head noun), from name patterns of the genre
(a run of characters ending in 园区, 产业, 研究中心, …, trimmed of leading verbs) and from short
quoted terms. Overlaps are resolved longest-first. The second pass finds every occurrence of every
name found, so an entity discovered once is recognised everywhere in the document.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, pairwise

from . import catalogue, lists, segment
from . import places as divisions
from .gazetteer import METHODS, Candidate, Gazetteer, resolve
from .model import Span, Structure
from .vocab import Vocab

_TITLE = re.compile(r"《[^《》]{1,80}》")
_HORIZON_YEAR_END = re.compile(r"\D20\d\d$")  # 《中国制造2025》, not 《2025》
_TITLE_NOTE = re.compile(r"(?:\([^()]*\))+$")  # (2021-2025年), (草案), (试行)
# A quoted term: in curly quotes, or in straight ones where a copy of the text has lost them.
# Straight quotes pair in turn: a quote of any length is matched (and one too short or too long
# skipped afterwards), so the closing quote of "宋" opens no quote of its own ("宋"福杭州年、"购房").
_QUOTE = re.compile(r"“([^“”\n]{2,40})”|\"([^\"\n]*)\"")
_QUOTES = ("“", "”", '"')
_FYP_MARK = re.compile(r"^十[一二三四五六七八九]五$")
# An older five-year plan named by its number alone (“十五”计划, “九五”期间, “九五”至“十五”); “八五”普法
# is a campaign.
_OLD_FYP = re.compile(r"^(?:十|[六七八九])五$")
_OLD_FYP_AFTER = re.compile(r"(?:计划|规划|时期|期间|期末|末|以来|攻关|至|到|和|、|“)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_COINED_MANNER = re.compile(r"(?<![模方形公样程])式$")  # 内卷式, 保姆式; not 模式, 方式
# Quoted strings that are dates of events ("7·20"), periods or plain numbers, not concepts.
# Streaks of results ("五连冠", "四连降", "九连好") are records, not concepts either.
# Quoted words that name no concept: a version number, a period, a count of wins (三连冠), and
# what a text takes as its direction (“以数字化、网络化、智能化为方向”: 以X为Y).
_NOT_CONCEPT = re.compile(
    r"^\d+[·.]\d+$|期间|时期|^[一二三四五六七八九十两\d]+连[\u4e00-\u9fff]$|^以.{2,}为[\u4e00-\u9fff]{1,4}$"
)
_CLAUSE_END = ",;。:!?\n"
# The mark of an endnote after a word ("服务外包[5]"), which is no part of its name.
_NOTE_MARK = re.compile(r"\[\d{1,3}\]$")
# What ends a clause before a title a city wins (the text is NFKC: "，" is ",").
_CLAUSE_MARKS = frozenset(_CLAUSE_END + "、()“”《》")
# A firm's registered name (翼飞科技有限公司, 江海物流股份有限公司): a name, whatever its words.
_REGISTERED_FIRM = re.compile(r"[\u4e00-\u9fff]{4,}?有限(?:责任)?公司")
# The legal form that ends a registered firm's name, with its kind (股份, 集团) before it.
_LEGAL_TAIL = re.compile(r"(?:股份|集团)?有限(?:责任)?公司")
# A bank's branch is named by the place between the bank and its head (中国银行临江分行).
_BANK_BRANCHES = ("分行", "支行")
# A person named after an office at a line's end, as a report's speaker is ("县长  李海东").
_SIGNATORY = re.compile(r"(?:长|主任|书记|主席)[ \t:]+(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*$", re.M)
# The most characters of a firm's trade between its place and the rest of its name (临江市/城市建设/
# 投资集团有限公司).
_FIRM_TRADE_MAX = 4
_LONGEST_PLACE = 8  # 新疆维吾尔自治区
_SHORT_NAME_LEAD = ("简称", "简称为")  # "(以下简称“市政府”)": the text's own short name
_POST_HELD = ("长任", "领导任", "书记任")  # "由区长任区…领导小组组长": who holds its post
_SHORT_NAME = re.compile(r"\((?:以下)?简称(?:为)?“?([^“”()]{2,12}?)”?\)")
# A short name in brackets right after the name it shortens: "东湖光电科技股份有限公司(东湖光电)".
_BRACKETED_SHORT = re.compile(r"\(([\u4e00-\u9fff]{2,6})\)")
# Classes whose mentions are kept as the first pass found them: their surface forms depend on
# context (a short place name, a quoted term with its head), so they are not searched again.
_FIRST_PASS_ONLY = ("PolicyConcept", "AdministrativeArea")
# A bracketed list after a counted kind: "5个世界级地标商圈(天河路—珠江新城、白鹅潭)".
_BRACKETED = re.compile(r"\(([^()]{2,160}?、[^()]{2,160}?)\)")
_COUNTED_KIND = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:个|大|类|家|所|座)")
_DIGIT = re.compile(r"\d")
_SCOPE_WORDS = ("其中", "含", "包括", "包含")  # (其中市级3家、…), (含北部片区、…): parts, not names
# Where a list ends and its category begins: "A、B、C等产业", "A、B、C三大先导产业".
_LIST_END = re.compile(
    r"等|(?:[一二三四五六七八九十两]+|\d{1,2})大(?=[^,;。、]{0,6}(?:产业|领域|行业))"
    r"|(?<![、\d])(?:[二三四五六七八九十两]|[2-9]|\d{2})[个条]"  # "A、B、C3个世界级产业集群"
    r"(?=[^,;。、]{0,6}(?:产业集群|产业链|产业|领域|行业|赛道)(?:[,;。、和等]|$))"
    r"|(?<=[^\W\d_])(?=细分(?:赛道|领域|行业))"  # "聚焦软件、…、智能终端细分赛道": no 等
)
# A law's or regulation's enacting rules: 实施 right before the head (外商投资法实施条例).
_ENACTING = re.compile(r"(?<=[法例])实施$")
# A preposition or verb right after 等: the list is the clause's subject ("院校、社会培训机构等为
# 高校学生提供培训"), no category follows; but "以A、B等为代表的企业", "以A、B等为主导的产业"
# name one.
_ACTS_AFTER_LIST = re.compile(r"[为对向在给将与把从](?!代表|主|重点|核心|龙头|支撑|引领)")
# A zone's park in a place, right after the zone's name: 虹口园, 海淀分园, 徐汇片区.
_SUB_PARK = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:分园|园区|园|片区)")
# A known bank's or body's branch in a place (人民银行/四川省分行, 工商银行/成都分行, …/上海总部).
_BRANCH = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:分行|支行|总部)")
# A people's government called without 人民 after its place's full name (湖北省政府, 高阳县政府).
_GOVERNMENT_SHORT = re.compile(r"^[\u4e00-\u9fff]+(?:省|市|县|区|州|旗|盟)政府$")
# The party committee before a government of the same levels (市县党委和/政府, 县级党委/政府,
# 市县党委和/人民政府): taken out of the stem, 人民 kept.
_PARTY_AND = re.compile(r"党(?:委和?)?(?=(?:人民)?$)")
# Governments of levels: 乡镇, 省市县, 区县, 省级, 各级
_LEVELS_ONLY = re.compile(  # 县级市, 区镇两级 too
    r"^(?:(?:[省市区县乡镇]|街道){2,}|(?:[省市区县乡镇]|街道)+[两三四]级|[省市区县乡镇]级[市区县]?|各级)"
    r"(?:人民)?$"
)
_GOVERNMENT_AS_MODIFIER = ("投资", "采购", "购买", "债务", "债券", "性", "引导", "出资", "专项债")
# Stems of kinds of economy by how they are organised or what they use, not sectors (技能密集型产业,
# 新型农村集体经济).
# 技能密集型产业, 枢纽型产业: kinds; 企业跨行业(兼并): across trades, none named
_KIND_OF_ECONOMY = re.compile(r"(?:型|集体|跨)$")
_TOWN_LEVEL = re.compile(r"^(乡|镇|街道)(?:人民)?$")
# Adverbs, prepositions, conjunctions, pronouns and particles: words that open no name.
_FUNCTION_TAGS = ("d", "p", "c", "r", "u")
_NAMED_TOWN = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:镇|乡|街道)$")
_DIVISION_ENDS = ("省", "市", "区", "县")  # the last character of a division's full name
_LEVEL_PREFIX = re.compile(r"(?:国家级|国家|省级|市级|首批|全国)$")
_OWN_GOVERNMENT = re.compile(r"^(省|市|区|县)(?:人民)?政府$")  # the plan's own: 省政府, 区人民政府
# A sector that says what it develops, right before the list of its branches.
_SECTOR_DEVELOPS = re.compile(r"(?:产业|经济|制造业|服务业)(?:重点|主要|着力)?(?:发展|聚焦|布局)$")
# "在" before a list: what comes before it (与长三角、湾区在…) is no member (not 在线, 存在, 所在地).
_IN_FIELDS = re.compile(r"(?<![存现正实所自潜内外])在(?![线地])")
_TERM_NUMBER = r"[\d一二三四五六七八九十百]+届"  # 十五届, 19届: a session or a term
_SESSION_ORDINAL = "第" + _TERM_NUMBER  # 第十五届, 第19届: an event's session
# A date, a frequency or a year named by its place in time before a name: 2025年底前/…,
# 每年度/上海旅游节, 全年/数字经济核心产业(增加值), 今年/生物医药产业(产值).
_LEADING_DATE = re.compile(
    r"(?:到|至|于|在)?\d{4}年(?:\d{1,2}月)?(?:底|前|内)*|每(?:年度|年|季度|月)"
    r"|(?:全年|今年|明年|去年|当年|上半年|下半年)"
)


@dataclass(frozen=True)
class Recognition:
    """Resolved mentions (one class and label per span) and enterprise → industry hints."""

    mentions: list[Candidate]
    industry_hints: list[tuple[Candidate, Candidate]]  # (enterprise mention, industry evidence)
    methods: dict[str, str]  # label → how it was first found (gazetteer.METHODS)
    # label → other names it goes by though the text may not use them (烟台丁字湾 → 丁字湾)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def _wide_short_forms() -> list[str]:
    """Short forms of every province and prefecture (北京, 广州, 湖北), longest first: the place
    a programme is named after (平安北京) when the text does not say whose plan it is."""
    forms = {divisions.short_form(name) for name in divisions.wide_names()}
    return sorted((f for f in forms if len(f) >= 2), key=len, reverse=True)


# What opens a document's mention but not its title: 实施好/新版/鼓励外商投资产业目录.
_DOCUMENT_LEAD = re.compile(r"好?(?:新版|新修订的?|修订后的|最新版?)?(?=.)")


# A town's unit in a responsibility note, named by the town (柳塘镇/党政办, 城关街道/城建办): a
# body of the town's government, whatever its head.
_TOWN_UNIT = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?=[^\W\d_各]{2,})")
# A member of a responsibility note: what stands between its separators, less its role (牵头).
_NOTE_MEMBER = re.compile(  # members of a note, apart by 、 or 及 (国家医保局及各地区), a role
    # in brackets of any kind after one (县发改局〔牵头〕, 县发改局[牵头], 县发改局【牵头】)
    r"([^、,;及\s()〔\[【]+?)(?:各?成员单位)?(?:按职责分工|分别)?"
    rf"(?:{'|'.join(lists.LEADING_ROLES + lists.ASSISTING_ROLES)})?(?=[、,;及\s()]|$)"
)
# What ends the clause or list member before an event's name ("、中非创新合作与发展论坛").
_MEMBER_ENDS = tuple("、,。;:“”《》()\n")


class Recognizer:
    def __init__(self, vocab: Vocab, places: tuple[str, ...] = ()) -> None:
        self.vocab = vocab
        cues = vocab.cues
        # the title's order among names of one length (a set's order changes with the hash seed)
        self.places = tuple(sorted(dict.fromkeys(places), key=len, reverse=True))
        self.own_places = places  # in the title's order
        self.boundaries = set(cues.raw["name_boundaries"])
        self.boundary_words = tuple(cues.words("boundary_words"))
        self.boundary_openers = tuple(cues.words("boundary_openers"))
        self.stops = sorted(cues.words("stop_prefixes"), key=len, reverse=True)
        self.stop_start = re.compile("|".join(map(re.escape, self.stops)))  # any stop here?
        self.generic = set(cues.words("generic_stems"))
        self.counting = re.compile(cues.raw["counting_stem"])
        self.gov_prefixes = tuple(cues.words("government_prefixes"))
        self.known_bodies = tuple(  # the vocabulary's bodies by every name
            name
            for e in vocab.entries
            if e.type == "GovernmentBody"
            for name in (e.label, *e.aliases)
        )
        self.body_openers = self.gov_prefixes + self.places  # 区…, 市…, 上海市…: a body's name
        self.named_body_openers = self.body_openers + self.known_bodies  # 中国证监会上海监管局
        self.task_force_heads = tuple(cues.words("task_force_heads"))
        self.body_short_forms = cues.mapping("body_short_forms")
        self.linking_verbs = tuple(cues.words("linking_verbs"))
        self.gated_documents = frozenset(cues.words("gated_document_heads"))
        # a programme's name and head, before a mark or 和 (国家技术创新工程), on one line (not
        # …实施/方案\n为深入推进乡村振兴战略: a title's end and the next line)
        programme = (
            '([^,。;:、“”"《》()和与及等的\n]{2,24}?('
            + "|".join(cues.words("gated_programme_heads"))
            + "))(?=[,。;:、和与及等)]|$)"
        )
        acts = "|".join(sorted(cues.words("programme_acts"), key=len, reverse=True))
        self.carried_programme = re.compile(f"(?:{acts})[了好]?{programme}")  # 深入实施/…工程
        self.listed_programme = re.compile("、" + programme)  # …、专精特新企业雁阵培育计划
        self.generic_programme_stems = _longest_first(cues.words("generic_programme_stems"))
        self.document_acts = tuple(cues.words("document_acts"))
        self.document_approvals = tuple(cues.words("document_approvals"))
        acts = "|".join(sorted(self.document_acts, key=len, reverse=True))
        uses = "|".join(sorted(cues.words("document_uses"), key=len, reverse=True))
        heads = "|".join(cues.words("issued_document_heads"))
        # Acts in a row (制定出台), their 了 (制定了), and what they then do with it (制定实施/生态
        # 文明建设目标评价考核办法); the title opens with no act or use (制定/出台操作指引,
        # 制定落实/…考核办法).
        self.issued_document = re.compile(
            f"(?:{acts})+(?:实施)?了?(?!{acts}|{uses})"
            + f"([^,。;:、“”《》()\n]{{4,40}}?(?:{heads}))(?=[,。;、和])"
        )
        # A title the text follows (参照/…办法, 落实好/…方案, 按照/…办法/执行), with no 和 in
        # it: a verb of use also carries out programmes (实施/乡村振兴战略和…指南).
        self.used_document = re.compile(
            f"(?:{uses})好?了?(?!{acts}|{uses})"
            + f"([^,。;:、“”《》()\n和]{{4,40}}?(?:{heads}))(?=[,。;、和]|执行|实施)"
        )
        self.issued_document_kinds = tuple(cues.words("issued_document_kinds"))
        self.issued_heads = tuple(cues.words("issued_document_heads"))
        # …or a plan named by its period after the act (出台/“九五”普法规划, 启动编制/上海市综合交通
        # 发展“十五五”规划)
        self.issued_period_plan = re.compile(
            "(?:"
            + "|".join(sorted(self.document_acts, key=len, reverse=True))
            + ")([^,。;:、“”《》()]{0,30}?“十?[一二三四五六七八九]五”[^,。;:、“”《》()]{0,8}?规划)"
            + "(?=[,。;、和])"
        )
        self.suffixes = Gazetteer(
            (suffix, cls) for cls, items in cues.mapping("suffixes").items() for suffix in items
        )
        self.name_heads = tuple(  # heads of names other than a sector's (中心区, 研究院); not
            suffix  # one character (乡 in 休闲农业乡村旅游)
            for cls, items in cues.mapping("suffixes").items()
            if cls != "Industry"
            for suffix in items
            if len(suffix) >= 2
        )
        self.categories = sorted(
            (
                (noun, cls)
                for cls, nouns in cues.mapping("enumeration_categories").items()
                for noun in nouns
            ),
            key=lambda item: -len(item[0]),
        )
        self.member_generic = tuple(cues.words("generic_member_prefixes"))
        self.member_generic_inside = tuple(cues.words("generic_member_infixes"))
        self.non_entity = tuple(cues.words("non_entity_categories"))
        self.cut_words = cues.words("cut_words")
        self.title_cut_words = [w for w in self.cut_words if w not in cues.words("title_verbs")]
        self.concept_max = int(cues.raw["concept_max_length"])
        self.concept_suffixes = tuple(cues.mapping("suffixes")["PolicyConcept"])
        self.curated = Gazetteer(
            (name, (entry.type, entry.label))
            for entry in vocab.entries
            for name in (entry.label, *entry.aliases)
        )
        learned = [("Zone", z) for z in vocab.learned.zones] + [
            ("Industry", i) for i in vocab.learned.industries
        ]  # a name's own label wins over another's alias (中国数谷)
        self.learned_names = Gazetteer(
            [(n[0], (cls, n[0])) for cls, n in learned]
            + [(alias, (cls, n[0])) for cls, n in learned for alias in n[1:]]
        )
        self.keywords = [
            (kw, entry.label)
            for entry in vocab.entries
            if entry.type == "Industry"
            for kw in entry.keywords
        ]
        self.keyword_set = {kw for kw, _ in self.keywords}
        self.catalogue = _catalogue_gazetteer()
        self.province = divisions.province_of(self.places)
        self.common_short_forms = frozenset(cues.words("common_short_forms")) | {
            name for name in cues.words("common_full_names") if name not in self.own_places
        }  # 新城区 is a place only in a plan of 新城区 itself
        self.common_words = frozenset(cues.words("common_words_tagged_proper"))
        self._set_places(divisions.names_for(self.province, self.common_short_forms))
        self.wide_places = divisions.wide_names()
        self.industry_generic = set(cues.words("generic_industry_stems"))
        self.industry_modifiers = frozenset(cues.words("generic_industry_modifiers"))
        self.industry_heads = ("业", *cues.mapping("suffixes")["Industry"])
        # Words after a sector that rank it among a kind (纺织传统产业, 人工智能核心产业), longest first.
        self.industry_qualifiers = tuple(
            sorted(cues.words("industry_qualifiers"), key=len, reverse=True)
        )
        self.industry_ranks = tuple(
            sorted(cues.words("industry_rank_words"), key=len, reverse=True)
        )
        self.org_modifiers = frozenset(cues.words("generic_organization_modifiers"))
        self.field_words = frozenset(cues.words("field_words")) | {
            name for e in vocab.entries if e.type == "Industry" for name in (e.label, *e.aliases)
        }
        # Words of a stem that names a kind of industry (新兴支柱, 千亿级): modifiers, generic stems
        # and the pieces jieba splits off such stems (级, 大型, 性).
        self.industry_kinds = (
            self.industry_modifiers | self.industry_generic | {"级", "大", "大型", "型", "性"}
        )
        self.catalogue_names = {t.name for t in catalogue.terms()}
        self.fields = tuple(cues.words("field_categories"))
        self.loose_heads = tuple(cues.words("loose_heads"))
        self.firm_heads = frozenset(cues.words("firm_heads"))
        self.placed_heads = tuple(cues.words("placed_heads"))
        self.event_heads = tuple(cues.words("event_heads"))
        self.ranked_lab_heads = tuple(cues.words("ranked_lab_heads"))
        self.event_scopes = tuple(cues.words("event_scopes"))
        self.generic_document_stems = frozenset(cues.words("generic_document_stems"))
        self.generic_document_words = _longest_first(self.generic_document_stems)
        self.fund_heads = tuple(cues.words("fund_heads"))
        self.fund_scopes = tuple(cues.words("fund_scopes"))
        self.not_events = tuple(cues.words("not_events"))
        self.loose_phrases = tuple(cues.words("loose_phrases"))
        self.not_towns = tuple(cues.words("not_towns"))
        self.not_offices = tuple(cues.words("not_offices"))
        self.not_factories = tuple(cues.words("not_factories"))
        self.not_trades = tuple(cues.words("not_trades"))
        self.named_city_openers = tuple(cues.words("named_city_openers"))
        self.industry_suffixes = tuple(cues.mapping("suffixes")["Industry"])
        self.body_verbs = sorted(cues.words("name_verbs") + cues.words("designation_verbs"))
        # what ends a task force's name: a verb that sets one up (成立), or one of the genre's
        # that link a name to the clause (带领); not the task's own (推进, 优化)
        self.task_force_verbs = sorted(set(cues.words("task_force_verbs")) | set(self.body_verbs))
        self.zone_types = tuple(cues.words("zone_type_prefixes"))
        self.zone_heads = [h for h in cues.mapping("suffixes")["Zone"] if len(h) >= 2]
        self.not_bodies = tuple(cues.words("not_bodies"))
        self.town_kinds = tuple(cues.words("town_kinds"))
        self.quoted_only_heads = tuple(cues.words("quoted_zone_heads"))
        # A quoted name before a zone's head names the zone ("襄十随神"城市群, "环浙大"创新带).
        zone_heads = sorted(
            [
                *(
                    h
                    for h in cues.mapping("suffixes")["Zone"]
                    if len(h) >= 2 and h not in self.loose_heads
                ),
                *self.quoted_only_heads,  # “梅泰恒”地区, “巨鹿路-富民路”片区
            ],
            key=len,
            reverse=True,
        )
        self.quoted_zone = re.compile("|".join(zone_heads))
        self.quoted_zone_endings = tuple(cues.words("quoted_zone_endings"))
        self.firm_kinds = frozenset(cues.words("firm_kinds"))
        self.firm_name_ends = tuple(cues.words("firm_name_ends"))
        self.firm_projects = re.compile(
            r"(?:一批|[\d.]+万?个)?(?:重大|重点|亿元以上)*"
            f"(?:{'|'.join(cues.words('firm_project_kinds'))})项目"
            r"|[\d.]+项(?:重大|重点)+项目"  # "…等50项重点项目": counted projects of firms
        )
        parts = "|".join(sorted(cues.words("project_parts"), key=len, reverse=True))
        self.project_part = re.compile(
            rf"(?:第?[一二三四五六七八九十\d]+期|第[一二三四五六七八九十]工厂|[A-Z]+\d+|{parts})$"
        )
        heads = "|".join(sorted(cues.words("concept_heads"), key=len, reverse=True))
        self.concept_heads = re.compile(rf"[^\W\d_等的和与及]{{0,8}}(?:{heads})")
        own = [divisions.short_form(p) or p for p in self.places]
        own = [p for p in own if len(p) >= 2] or _wide_short_forms()  # an untitled excerpt
        self.place_concepts = re.compile(
            f"(?:{'|'.join(cues.words('place_concept_prefixes'))})(?:{'|'.join(own)})"
            f"|(?:{'|'.join(cues.words('power_fields'))})强(?:省|市|区|县)(?:战略)?"
        )
        scopes = "|".join(cues.words("role_centre_scopes"))
        fields = "|".join(sorted(cues.words("role_centre_fields"), key=len, reverse=True))
        bases = "|".join(sorted(cues.words("role_base_fields"), key=len, reverse=True))
        self.role_centres = re.compile(f"(?:{scopes})(?:(?:{fields})(?:创新)?中心|(?:{bases})基地)")
        kinds = cues.words("city_title_kinds")
        bare = cues.words("city_title_bare_kinds")
        self.city_title_end = re.compile(f"(?:{'|'.join(kinds + bare)})城市(?![群圈带])")
        self.city_title_kinds = tuple(kinds)
        self.weak_city_title_kinds = frozenset(cues.words("city_title_weak_kinds"))
        self.city_title_scopes = tuple(cues.words("city_title_scopes"))
        self.city_title_qualifiers = tuple(cues.words("city_title_qualifiers"))
        # Verbs that end a stem wherever they stand; 建设 and 发展 also occur inside names
        # (创新发展先导区), so they are only stripped from the left edge (stop_prefixes).
        self.verbs = frozenset(
            cues.words("cut_words")
            + cues.words("measure_verbs")
            + cues.words("name_verbs")
            + cues.words("designation_verbs")  # 荣获/全国双拥模范城
        ) - {"建设", "发展"}
        # An industry's name holds no 发展 or 建设 (重点发展/介孔材料, 实际发展/生物医药), nor a
        # means acting on it (等技术重塑/生产性服务业, 数字技术赋能/工艺美术).
        # 承载 hosts a sector (集中承载/先进制造产业) but names a kind of zone (承载基地)
        self.industry_verbs = self.verbs | {"建设", "发展", "承载", "赋能", "重塑"}
        segment.read_as_verbs(cues.words("verbs"))
        segment.read_as_nouns(cues.words("nouns"))
        self.sector_heads = tuple(cues.words("sector_heads"))
        heads = "|".join(h for h in self.sector_heads if len(h) >= 2)
        self.same_head_list = re.compile(
            rf"[\u4e00-\u9fff]{{2,4}}(?P<head>{heads})(?:、[\u4e00-\u9fff]{{1,4}}(?P=head)){{2,}}"
        )
        self.bare_field_heads = frozenset(cues.words("bare_field_heads"))
        self.policy_levers = tuple(cues.words("policy_levers"))
        self.zone_short_heads = tuple(cues.words("zone_short_heads"))
        self.place_zone_heads = tuple(cues.words("place_zone_heads"))
        self.toponym_zone_heads = tuple(cues.words("toponym_zone_heads"))
        self.toponym_ends = str(cues.raw["toponym_ends"])
        self.terrain = frozenset(cues.words("terrain"))
        self.toponym_not_openers = frozenset(cues.words("toponym_not_openers"))
        self.landmark_not_openers = frozenset(cues.words("landmark_not_openers"))
        self.peoples_organisations = frozenset(cues.words("peoples_organisations"))
        self.landmark_heads = frozenset(cues.words("landmark_heads"))
        self.facility_heads = frozenset(cues.words("facility_heads"))
        self.event_abbreviation = re.compile(cues.raw["event_abbreviation"])
        self.games_abbreviation = re.compile(cues.raw["games_abbreviation"])
        self.session = re.compile(
            _SESSION_ORDINAL
            + r"[^,。;:、《》\s]{2,24}?(?:"
            + "|".join(sorted(cues.words("session_heads"), key=len, reverse=True))
            + ")"
        )
        self.document_heads = tuple(cues.words("document_heads"))
        self.titled_document_heads = self.document_heads + tuple(
            cues.words("titled_document_heads")
        )
        self.designation_verbs = tuple(cues.words("designation_verbs"))
        self.city_brand = re.compile("|".join(cues.words("city_brand_heads")))
        self.city_brand_levels = tuple(cues.words("city_brand_levels"))
        self.city_brand_verbs = sorted(
            set(self.stops) | self.verbs | {"建设", "发展"} | set(cues.words("city_brand_verbs"))
        )
        self.city_brand_short_verbs = "".join(v for v in self.city_brand_verbs if len(v) == 1)
        self.title_heads = tuple(self.zone_heads)  # heads of the zones a text competes for
        self.document_verbs = (self.verbs | frozenset(cues.words("document_verbs"))) - frozenset(
            cues.words("title_verbs")
        )
        # Acts on a campaign (开展/…专项行动); its name holds every other verb (提振消费专项行动).
        self.programme_verbs = frozenset(  # …and winning one (获批/国家服务业扩大开放综合试点)
            cues.words("document_verbs")
            + cues.words("programme_verbs")
            + cues.words("designation_verbs")
        )
        self.roles = tuple(cues.words("responsibility_verbs"))  # 牵头, 负责, 会同 …
        # What ends a name on its left, where a class's names hold verbs of their own.
        self.class_cuts = {
            "PolicyDocument": self.title_cut_words,
            "PolicyConcept": sorted(self.programme_verbs),
            # a body named after another's role in a task (区更新办牵头/区城市更新领导小组) or
            # after the name it shortens (…下设办公室(以下简称/区更新办)
            "GovernmentBody": sorted(
                set(self.cut_words) | set(self.roles) | set(_SHORT_NAME_LEAD) | set(_POST_HELD)
            ),
        }
        # Only words every document shares: a plan's own places added here would change how
        # the documents after it in the same process are segmented (and a build's output would
        # depend on which worker read which plan).
        segment.add_words(
            [name for entry in vocab.entries for name in (entry.label, *entry.aliases)]
            + [t.name for t in catalogue.terms() if not t.contextual]
        )

    # -- first pass -------------------------------------------------------------------------
    def curated_candidates(self, text: str) -> list[Candidate]:
        return [
            self._with_branch(text, self._with_level(text, Candidate(b, e, cls, label, 0)))
            for b, e, _, (cls, label) in self.curated.find(text)
            # 应急管理部门 is no 应急管理部 (a ministry); 商务部门户网站 is 商务部's
            if not (text.startswith("部门", e - 1) and not text.startswith("门户", e))
            # 跨学科协同 holds no 科协: a name whose last character opens the next word
            and not segment.last_opens_word(text, e)
        ]

    def _with_branch(self, text: str, cand: Candidate) -> Candidate:
        """A known body's branch in a place (人民银行四川省分行, 中国人民银行上海总部); a firm's seat
        (华为/上海总部) is no body of its own."""
        if cand.cls not in ("GovernmentBody", "Organization"):
            return cand
        return self._with_place_part(text, cand, _BRANCH)

    def _with_level(self, text: str, cand: Candidate) -> Candidate:
        """A people's organisation known by its short name, with the level of its branch before it
        (市科协, 区妇联, 全国总工会) and the place of that level (四川省科协, 上海市妇联, 浦东新区妇联,
        广西壮族自治区妇联, 上海总工会): the branch, or the national body, named so. Other bodies
        keep their names (中国/东盟)."""
        if cand.label not in self.peoples_organisations:
            return cand
        begin, level = cand.begin, None
        for at in range(max(cand.begin - 5, 0), cand.begin):  # the longest first
            found = _ORG_LEVEL.fullmatch(text, at, cand.begin)
            if (
                found
                and (not found["unions"] or cand.label == "工会")
                and not (text[at] == "区" and text[at - 1 : at] in _ZONE_WORD_ENDS)
            ):
                begin, level = at, found
                break
        unions = cand.label == "工会" and level is None and text.endswith("总", 0, begin)
        stops = [begin - 1 if unions else begin]  # 上海/市妇联; 上海/总工会: the place's unions
        if level is not None:  # 浦东新区/妇联, 广西壮族自治区/妇联: the place's own level word
            stops.append(level.end() - len(level["unions"] or ""))
        for size in self.place_lengths:
            for stop in stops:
                at = stop - size
                if at >= 0 and text[at:stop] in self.place_set:
                    return Candidate(at, cand.end, cand.cls, text[at : cand.end], 0)
        return Candidate(begin, cand.end, cand.cls, text[begin : cand.end], 0)

    def pattern_candidates(self, text: str) -> list[Candidate]:
        found: list[Candidate] = []
        pending: list[Candidate] = []  # zones of no proper name: kept when listed with a named one
        matches = list(self.suffixes.find(text))
        for i, (begin, end, suffix, cls) in enumerate(matches):
            if _inside_longer_head(matches, i):
                continue  # 大学 in 良乡大学城, 港 in 港区: the longer head ends the name
            if cls == "Industry" and (
                text[end : end + 1] in ("园", "化", "链") or text.startswith(_AUTHORITY, end)
            ):
                continue  # 产业园, 产业链; 经征询产业主管部门: the authority, not a sector
            if (
                cls == "Industry"
                and len(suffix) > 1
                and not segment.ends_word(text, end)
                and not segment.starts_word(text, begin, end)
            ):
                continue  # 类型资产业务: 产业 inside 资产 and 业务, no head of a name
            if suffix in _LOOSE_HEADS and not _ends_sector(text, end):
                continue
            if suffix in self.firm_heads:
                if text[end : end + 1] in _FIRM_HEAD_GOES_ON or text.startswith("公司", end):
                    continue  # 银行业, 集团化: the head word goes on
            elif suffix in self.event_heads:
                if text[end : end + 1] in _EVENT_HEAD_GOES_ON or text.endswith(
                    self.not_events, 0, end
                ):
                    continue  # 大会堂: the head word goes on; 人民代表大会 is no event
            elif suffix in self.loose_heads and not self._loose_end(text, begin, end):
                continue
            if suffix == "地区" and text.startswith(("生产总值", "总产值"), end):
                continue  # 平原新城地区生产总值: the area's output (地区生产总值), no 地区 named
            if (
                cls != "Industry"
                and not segment.ends_word(text, end)
                and not (cls == "GovernmentBody" and text.startswith(self.roles, end))
            ):  # 全国高校区域: the head is inside the next word; but a body's role after its
                continue  # name ends it however segmentation reads them (市发展改革委/会同)
            if (
                cls == "PolicyDocument"
                and text.startswith("的", end)
                and text.startswith(self.document_heads, end + 1)
            ):
                continue  # 关于制定…第十五个五年规划的建议: the title goes on to another document
            if suffix == "副中心" and text.startswith(("线", "城市"), end):
                continue  # 副中心线, 省域副中心城市: a line, a city of that rank
            if suffix.endswith("试点") and text[end : end + 1] in _PILOT_GOES_ON:
                continue  # 综合试点城市, 改革试点项目: what the pilot names, read on its own
            if suffix.endswith("政府") and text.startswith(_GOVERNMENT_AS_MODIFIER, end):
                continue  # 市重大工程政府投资项目, 政府采购: what a government funds or buys
            if cls != "Industry" and _STREET.match(text, end):
                continue  # 联动大学路, 临江绕城高速: a road named after the university or the city
            if cls == "Zone" and text.startswith("级", end):
                continue  # 社区级绿道, 园区级平台: a level, no zone
            if cls == "AdministrativeArea" and text.endswith(self.not_towns, 0, end):
                continue  # 宜居城镇, 返乡: no town
            if cls == "GovernmentBody" and text.endswith(self.not_offices, 0, end):
                continue  # 开办招生, 举办: a verb, no office
            if suffix == "厂" and text.endswith(self.not_factories, 0, end):
                continue  # 桃浦污水处理厂: a public works, no firm
            start = self._extend_left(text, begin, 12 if cls == "Industry" else 24)
            start = segment.past_split_word(text, start, begin)
            joined = start
            if cls == "Industry":
                joined = self._joined_name(text, start, begin)
            elif cls in ("Organization", "Enterprise") or (
                cls == "Zone"
                and text[start - 1 : start] == "与"
                and self._headless(text, start, begin)
            ):
                ranked = text.endswith(self.ranked_lab_heads, 0, end)
                joined = self._joined_institution(text, start, ranked)
                if suffix in self.event_heads:
                    joined = self._joined_event(text, joined)
            if cls == "PolicyDocument" and start > 0 and text[start - 1] in "和与":
                joined = self._joined_title(text, start, begin)
            if cls == "GovernmentBody" and start > 0 and text[start - 1] == "和":
                if not text.startswith(self.body_openers, start):
                    joined = self._official_name(text, start)  # 区发展和改革委员会; not 中央和市委
            cand = self._trimmed(text, joined, end, suffix, cls, segmented=joined == start)
            if (
                cand is not None
                and cls == "Industry"
                and text.startswith(_INDUSTRY_QUALIFIES, end)
                and self._fragment_before(cand.label, suffix)
            ):  # 建设成静安产业能级最高…, 更多分享产业增值收益: 产业 qualifies the noun after it
                cand = None
            if cand is not None and suffix == "产业" and text.startswith(_INDUSTRY_AID, end):
                cand = None
            if (
                cand is not None
                and suffix == "行业"
                and text.startswith(_TRADE_QUALIFIES, end)
                and not self._sector_like(cand.label[: -len(suffix)])
            ):
                cand = None  # 研发/行业大模型, 扩大试点/行业范围: 行业 qualifies the noun after it
            if cand is None and cls == "GovernmentBody":
                # 区“两旧”专班, 市“一网通办”工作专班, (区)“两旧一村”改造工作专班
                task_force = suffix in self.task_force_heads
                cand = _quoted_body(text, begin, end, self.task_force_verbs if task_force else None)
            if cand is None and (cls == "Zone" or suffix in self.event_heads):
                # “苏河之冠”文化创意集聚区, “天骄湾杯”绿色低碳创新创业大赛: the quotes name a kind
                cand = self._quoted_kind(text, start, begin, end, cls)
            if cand is None and cls == "Zone":
                unnamed = self._trimmed(text, joined, end, suffix, cls, joined == start, True)
                if unnamed is not None:
                    pending.append(unnamed)
            if (
                cand is not None
                and cls == "Zone"
                and text[cand.begin - 1 : cand.begin] == "等"
                and self._opens_with_sector(cand.label)
            ):
                cand = None  # "A、B等商业航天特色园区": the kind of the list's zones, named by a
                # sector; "青浦、吴江、嘉善等长三角生态绿色一体化发展示范区" names the zone they are in
            if cand is not None and cls == "Zone":
                cand = _with_quoted_lead(text, self._with_place_part(text, cand, _SUB_PARK))
                cand = self._with_named_lead(text, cand)
                programme = self.vocab.lookup(cand.label[: -len(suffix)])
                if (
                    programme is not None and programme.type == "PolicyConcept"
                ) or self._role_centre(cand.label):
                    # 美丽中国先行区, 共同富裕示范区: a national programme's model, no place;
                    # 全国先进制造业基地: a role the city means to play
                    cand = Candidate(cand.begin, cand.end, "PolicyConcept", cand.label, 3)
            elif cand is not None and suffix in self.event_heads:
                cand = _with_quoted_lead(text, cand)  # “一带一路”国际技能大赛
            elif cand is not None and cls == "PolicyDocument":
                cand = _with_period_lead(text, cand)  # 区“十三五”总体规划纲要
            elif cand is not None and cls == "Organization":
                cand = _with_quoted_lead(text, self._with_place_part(text, cand, _CAMPUS))
                if self._role_centre(cand.label):  # 上海(长三角)国际科技创新中心: a city's role
                    cand = Candidate(cand.begin, cand.end, "PolicyConcept", cand.label, 3)
            elif cand is not None and cand.label.endswith(_PUBLIC_GROUPS):
                # 青山区城市医疗集团, 青山实验教育集团: public hospitals or schools grouped, no
                # firm, when named by their place; 紧密型城市医疗集团 is a kind
                named = self._placed(cand.label, 0)
                cand = (
                    Candidate(cand.begin, cand.end, "Organization", cand.label, 2)
                    if named
                    else None
                )
            if cand is not None:
                found.extend(_pair_of_bodies(cand))
        found += _zones_task_forces(text, found)
        return found + _listed_with_a_zone(pending, found, text)

    def programme_candidates(self, text: str) -> list[Candidate]:
        """A programme named right after an act of carrying it out, ending in a head too common
        to end a name elsewhere (实施/市场多元化战略, 深入实施/国家技术创新工程, 实施/中小学校舍安全
        工程): a policy concept; not works of a kind (实施/一批重大工程, 启动/淮海公园改扩建工程),
        nor works counted (30项市级疏堵工程)."""
        out = []
        for m in self.carried_programme.finditer(text):
            listed: re.Match[str] | None = m
            while listed is not None:  # 实施A计划、B计划: the act carries on over the list
                name, head = listed.group(1), listed.group(2)
                stem = name[: -len(head)]
                if (
                    stem.endswith(_WORKS_DONE)
                    or _BUILDING_PHASE.search(stem)
                    or _COUNTED.match(stem)
                    or len(_without(stem, self.generic_programme_stems)) < 2
                ):
                    break  # works done, in phases or counted (实施/30项市级疏堵工程, 启动/污水处理厂
                    # 二期工程), or a kind (一批重大工程)
                out.append(Candidate(listed.start(1), listed.end(1), "PolicyConcept", name, 2))
                listed = self.listed_programme.match(text, listed.end())
                if listed is not None and segment.opens_with_verb(listed.group(1)):
                    break  # …、推进城市更新工程: an act of its own, on works of a kind
        return out

    def _quoted_kind(
        self, text: str, start: int, begin: int, end: int, cls: str
    ) -> Candidate | None:
        """A zone or an event of a kind named by the quoted name right before it (“苏河之冠”文化
        创意集聚区, “人体蛋白质组导航”国际大科学计划产业园, “天骄湾杯”绿色低碳创新创业大赛); no
        slogan names one."""
        lead = _QUOTED_LEAD.search(text, max(0, start - 10), start)
        if lead is None or begin - start > 10 or _COUNTED.search(text, start, begin):
            return None
        quoted = lead.group(0)[1:-1]
        if _COUNTED_QUOTE.match(quoted) or (
            segment.opens_with_verb(quoted) and not self._opens_with_place(quoted, 0, len(quoted))
        ):  # “两山”…, “16+16”重点园区, “走出去”综合服务基地: a slogan, no name; but jieba reads
            return None  # the city in “保定直播”电商产业基地 as a verb
        if _AREA_KIND.search(quoted) or self._city_cluster(quoted):
            return None  # “城中村”片区: a kind of area; “汉孝随襄十”…走廊: the cities' zone
        if segment.stem_start(text, start, begin, self.verbs) != start:
            return None  # “一网通办”改革/示范区: a verb between the name and the head
        if cls != "Zone":
            known = self.vocab.lookup(quoted)
            if (known is not None and known.type == "PolicyConcept") or text.startswith(
                _TOPIC_WORDS, start
            ):
                return None  # “双碳”专题论坛, “放管服”主题大会: the programme is the event's topic
        return Candidate(lead.start(), end, cls, text[lead.start() : end], 2)

    def _placed(self, text: str, start: int) -> bool:
        """Whether a place starts at ``start``: a division's name, or a word the segmenter tags
        as a place (巢湖, 天鹅湖)."""
        if self._place_at(text, start, len(text)):
            return True
        first = next(iter(segment.words(text[start : start + 6])), ("", ""))
        return first[1] == "ns" and len(first[0]) >= 2

    def _role_centre(self, label: str) -> bool:
        """Whether a name ends with a role a place plays (国际科技创新中心, 全国数字经济创新中心)."""
        return any(m.end() == len(label) for m in self.role_centres.finditer(label))

    def _with_place_part(self, text: str, cand: Candidate, part: re.Pattern[str]) -> Candidate:
        """A name followed by its part in a place is one name with it: a zone's park
        (张江高新区虹口园, ``_SUB_PARK``), an institution's seat (香港科技大学(广州), ``_CAMPUS``),
        a known bank's or body's branch (人民银行四川省分行, ``_BRANCH``)."""
        m = part.match(text, cand.end)
        if m is None or m.group(1) not in self.place_set:
            return cand
        return Candidate(cand.begin, m.end(), cand.cls, text[cand.begin : m.end()], cand.priority)

    def _body_start(self, text: str, start: int, stem_end: int) -> int:
        """A body's name starts at its place or level word ("我代表/北京市人民政府", "提请/省人大
        常委会"): where the stem does not open with one, at the first that starts a word."""
        if self._opens_body(text, start, stem_end) or self._named_town(text[start:stem_end]):
            return start  # 区…, 上海化工区管委会: a level or the place opens the name; 青石镇…
        pos = start
        for word, _flag in segment.words(text[start:stem_end]):
            if pos > start and (
                word in self.gov_prefixes or self._opens_with_place(text, pos, stem_end)
            ):
                return start if self._named_body(text[start:pos]) else pos
            if (
                len(word) == 2
                and word[0] in _GLUED_BEFORE_BODY
                and text.startswith(self.body_openers, pos + 1)
            ):
                return pos + 1  # (清单)经/市商务委, 报/市住建委: the segmenter reads 经市 as a word
            pos += len(word)
        return start

    def _opens_body(self, text: str, start: int, end: int) -> bool:
        """Whether a body's name may start at ``start``: at a level or place word."""
        return text.startswith(self.body_openers, start) or self._opens_with_place(text, start, end)

    def _named_body(self, name: str) -> bool:
        """Whether ``name`` is a body the vocabulary knows: then a place after it names its
        branch there (中国证监会/上海监管局 is one body)."""
        return name in self.known_bodies

    def _past_linking_verb(
        self, text: str, start: int, stem_end: int, anywhere: bool = True
    ) -> int:
        """A verb that links to a named place or zone is no part of a name (服务/雄安新区,
        服务/临港产业), unless what follows is no proper word (服务贸易创新发展示范区); in a zone's
        or a sector's stem wherever it stands (深度融入/长江经济带, 主动服务/沿沪宁产业创新带), in
        an institution's only at its start (its own name may hold one)."""
        if not any(verb in text[start:stem_end] for verb in self.linking_verbs):
            return start
        ws = segment.words(text[start:stem_end])
        cut, pos = start, start
        for i, (word, _flag) in enumerate(ws[: len(ws) - 1 if anywhere else min(1, len(ws) - 1)]):
            pos += len(word)
            if word not in self.linking_verbs:
                continue
            after = i + 2 if ws[i + 1][0] in _AROUND and i + 2 < len(ws) else i + 1
            if segment.proper_flag(ws[after][1]):
                cut = pos
        return cut

    def _after_verb_before_place(self, text: str, start: int, stem_end: int) -> int:
        """A name after a verb opens with its place (服务/雄安新区, 投用/枣庄港区, 对表/雄安新区):
        where only verbs stand before the first place in the stem, the name starts there."""
        at = min((b for b, _e, _f, _n in self.place_forms.find(text[start:stem_end])), default=0)
        if at == 0:
            return start
        before = segment.words(text[start : start + at])
        return start + at if all(flag in ("v", "vn", "vd") for _w, flag in before) else start

    def _zone_short_name(self, label: str) -> str | None:
        """The proper name a development zone is also called by on its own (中关村 for
        中关村示范区, 临港 for 临港新片区): one word of its own, no place's name (上海 for
        上海自贸区 names the city) and no common word."""
        head = next((h for h in self.zone_short_heads if label.endswith(h)), None)
        if head is None:
            return None
        stem = label[: -len(head)]
        ws = segment.words(stem)
        if len(stem) < 2 or len(ws) != 1 or ws[0][1] not in ("ns", "nt"):
            return None  # one word the dictionary knows as a place or an organisation's name
        if stem in self.place_set or stem in divisions.all_short_forms():
            return None
        return stem

    def _zone_without_place(self, label: str) -> str | None:
        """The name a zone opening with its city's or district's name is also called by without
        it (烟台东方航天港 → 东方航天港), when what is left before its head is no kind."""
        at = self._place_at(label, 0, len(label))
        own = self._suffix_class(label[at:]) if at else None
        if own is None or own[0] != "Zone":
            return None
        stem = label[at : len(label) - len(own[1])]
        if len(stem) < 2 or stem in self.generic or self.counting.match(stem):
            return None  # 上海/自贸区: a kind of zone once its place is gone
        if stem.startswith(_OWN_PLACE_ENDS):
            return None  # 临江港/国际物流枢纽, 白水湖/旅游度假区: the place is a port's, a lake's
            # name; 临江—东湖…走廊: a corridor between places
        return label[at:]

    def _name_ends(self, window: str) -> bool:
        """Whether the head of a body's or a place's name (大学, 园区, 集团 …) or a name the
        vocabulary knows (自然资源部) ends ``window``; a sector (工业经济, 金融) qualifies the
        concept after it."""
        if any(
            e == len(window) and cls != "Industry" for _b, e, _s, cls in self.suffixes.find(window)
        ):
            return True
        return any(
            e == len(window) and cls in _NAMED_BODIES
            for _b, e, _l, (cls, _c) in self.curated.find(window)
        )

    def _opens_with_place(self, text: str, pos: int, end: int) -> bool:
        """Whether a place of any province (by full name or short form) starts at ``pos``."""
        return any(b == 0 for b, _e, _f, _n in self.place_forms.find(text[pos:end]))

    def _loose_end(self, text: str, begin: int, end: int) -> bool:
        """Whether a loose head (港, 城, 公园, 走廊 …) ends a name here: before punctuation, a
        list word or a word of its own (日照港/建设), and not as the tail of a place's name
        (青岛) or of a common word (县城, 河谷), nor inside a fixed phrase (共同体意识)."""
        if not (_place_end(text, end) or segment.word_follows(text, end)):
            return False
        if text.startswith(self.loose_phrases, begin):
            return False
        if text[begin:end] == "组织" and (
            not _place_end(text, end) or text[begin - 1 : begin] in _BEFORE_ORGANISING
        ):
            return False  # 学校组织学生…, 镇级路长应组织: to organise, no organisation
        lo = max(0, begin - 4)
        if any(
            lo + b < begin for b, e, _f, _n in self.place_forms.find(text[lo:end]) if lo + e == end
        ):
            return False
        if (
            text[begin:end] in ("城", "谷")
            and end >= 4
            and segment.common_word(text[end - 4 : end])
        ):
            return False  # 众志成城, 进退维谷, 网上商城: a common word of four characters ends here
        if end - begin > 1 or not segment.common_word(text[end - 2 : end]):
            return True
        # 张江药谷, 中国光谷: a valley of a trade (药谷, 光谷) names the zone after a proper name
        before = segment.words(text[max(0, end - 6) : end - 2])
        return (
            text[begin:end] == "谷"
            and bool(before)
            and before[-1][1] in ("ns", "nz", "j", "eng")
            and len(before[-1][0]) >= 2
        )

    def _extend_left(self, text: str, begin: int, limit: int = 24) -> int:
        start = begin
        while start > 0 and begin - start < limit:
            if text[start - 1] == "”" and _PUN.search(text, max(0, start - 4), start):
                start -= 3  # 杨“数”浦新质秀带创新区: one character quoted inside the name
                continue
            if (
                text[start - 1] in self.boundaries
                and not text.endswith(self.boundary_words, 0, start)
                and not text.startswith(self.boundary_openers, start - 1)
                and not self._place_at(text, start - 1, begin)
            ):
                break
            start -= 1
        return start

    def _joined_title(self, text: str, start: int, begin: int) -> int:
        """Extend "发展规划纲要" to "国家中长期教育改革和发展规划纲要": a title may hold a 和
        (…国民经济和社会发展…规划); not when the part before it is a document of its own
        (劳动合同法和就业促进法), nor when a kind of document follows it (全区战略目标和总体规划,
        历史风貌保护和利用相关战略规划)."""
        right = text[start:begin]
        if not right or any(kind in right for kind in self.issued_document_kinds):
            return start
        head = self._strip_stops(
            text, self._extend_left(text, start - 1, 16), start - 1, "PolicyDocument"
        )
        head = segment.past_acts(text, head, start - 1)
        left = text[head : start - 1]
        if len(left) < 2 or left.endswith(self.titled_document_heads):
            return start
        return head

    def _official_name(self, text: str, start: int) -> int:
        """Extend "改革委员会" to "区发展和改革委员会": a body's full name may hold a 和."""
        head = self._strip_stops(
            text, self._extend_left(text, start - 1, 8), start - 1, "GovernmentBody"
        )
        # the name opens with a level word (区发展和改革委员会) or its place (上海市普陀区建设和…),
        # after a verb or role before it (成立/区文化和旅游发展领导小组, 会同/市文化和旅游局)
        opening = (p for p in range(head, start - 3) if self._opens_body(text, p, start))
        return next(opening, start)

    def _place_joined(self, text: str, start: int) -> int:
        """Extend "北欧经贸合作论坛" to "中国-北欧经贸合作论坛" and "工业互联网大会" to
        "中国5G+工业互联网大会": a place joined to the name by a hyphen or a plus; a chain of them
        too (永庆坊—沙面—上下九西关旅游区)."""
        while (joined := self._joined_once(text, start)) < start:
            start = joined
        return start

    def _joined_once(self, text: str, start: int) -> int:
        m = _JOINER.search(text[max(0, start - 6) : start])
        if m is None:
            return start
        end = start - len(m.group(0))
        for n in (2, 3, 4):
            at = end - n
            if at >= 0 and (text[at:end] in self.place_set or text[at:end] == "中国"):
                return at
        if m.group(0)[-1] in "-–—":  # 磨憨—磨丁经济合作区, 天津滨海-中关村科技园: two names
            at = segment.stem_start(text, self._extend_left(text, end, 6), end, self.verbs)
            at = segment.past_acts(text, at, end)  # 谋划建设/真如港-木渎港
            if end - at >= 2 and _CJK_NAME.fullmatch(text, at, end):
                return at
        return start

    def _joined_name(self, text: str, start: int, begin: int) -> int:
        """Extend "信息服务业" to "软件和信息服务业" (新型储能产业 to 新能源与新型储能产业, 零部件产业
        to 汽车及零部件产业): a short head joined by 和, 与 or 及 to a named field."""
        if start < 3 or text[start - 1] not in "和与及" or begin - start < 2:
            return start
        if text.endswith(self.industry_heads, 0, start - 1):
            return start  # 先进制造业和现代服务业, 首店经济和夜间经济: two, each named in full
        head = self._extend_left(text, start - 1, 4)
        if text[start - 1] == "与":  # 推动新能源与新型储能产业: the verb the window split goes
            head = segment.past_split_word(text, head, start - 1)
        head = self._strip_stops(text, head, start - 1, "Industry")
        head = max(head, segment.stem_start(text, head, start - 1, self.industry_verbs))
        if not segment.starts_word(text, head, start - 1):
            return start  # 力争/机器人和智能装备产业: 争 is no part of the name
        first = text[head : start - 1]
        if not (self._sector_word(first) or (text[start - 1] == "与" and _one_noun(first))):
            return start  # 城市功能织补和/高精尖产业: what is joined names no field
        if self._only_words(text[start:begin], self.industry_kinds):
            return start  # 基础设施与/新兴产业: what follows is a kind, joined to no field
        if text[head - 1 : head] == "、":
            return start  # 人工智能、大数据与/时尚消费品产业: 与 ends a list of fields
        return head if start - 1 - head >= 2 else start

    def _headless(self, text: str, start: int, end: int) -> bool:
        """No head of a body or a zone inside text[start:end] (复旦大学…学院/实习实训基地); a
        head with no stem before it names nothing (城轨安全与运维…: 城 opens a word)."""
        return all(
            c == "Industry" or b == 0 for b, _e, _s, c in self.suffixes.find(text[start:end])
        )

    def _joined_institution(self, text: str, start: int, by_field: bool = False) -> int:
        """Extend "配送行业协会" to "上海市仓储与配送行业协会": an institution's name may join two
        fields by 与/和/及 after its place or parent (上海市, 国家, 复旦大学), where the part before
        the joiner names no institution of its own (复旦大学和/上海交通大学 are two); a body
        ``by_field`` (a ranked laboratory) joins two fields by 与 with no place before them
        (微纳量子芯片与量子调控全省重点实验室)."""
        if start < 3 or text[start - 1] not in "与和及":
            return start
        head = self._extend_left(text, start - 1, 12)
        head = self._strip_stops(text, head, start - 1, "")
        head = max(head, segment.stem_start(text, head, start - 1, self.verbs))
        head = segment.past_split_word(text, head, start - 1)  # 推|进城轨安全与…: past 推进
        if not segment.starts_word(text, head, start - 1):
            return start  # the window split a word that is no verb
        first = text[head : start - 1]
        if len(first) < 4 or self._suffix_class(first) is not None or first.endswith(_SITE_ENDS):
            return start  # 西渡街道社区文体中心及/社区事务受理服务中心: two sites
        if by_field and text[start - 1] == "与" and self._headless(text, head, start - 1):
            return head
        # the name opens with an institution (复旦大学/智能材料): its head ends the opener
        opener = min(
            (
                e
                for _b, e, _s, c in self.suffixes.find(first)
                if c != "Industry"
                and not segment.common_word(first[:e])  # 公办: a common word, no body
                # 集团化办学: a way of running, no firm; 同济大学/化学…学院 is one
                and not (
                    first.startswith("化", e) and not segment.starts_word(text, head + e, start - 1)
                )
            ),
            default=0,
        )
        after_opener = segment.words(first[opener:]) if opener else []
        if after_opener and after_opener[0][1] == "v":
            return start  # 西街小学迁建和/高阳中学: works on one institution, then on another
        opener = opener or self._place_at(text, head, start - 1)
        opener = opener or max(
            (
                len(p)
                for p in self.gov_prefixes
                if first.startswith(p) and not first.startswith("级", len(p))  # 市级以上…
            ),
            default=0,
        )
        return head if opener and len(first) - opener >= 2 else start

    def _trimmed(
        self,
        text: str,
        start: int,
        end: int,
        suffix: str,
        cls: str,
        segmented: bool = True,
        unnamed_ok: bool = False,
    ) -> Candidate | None:
        stem_end = end - len(suffix)
        if cls == "Industry":
            start = self._after_last(text, start, stem_end, self.stops)
            start = self._after_last(text, start, stem_end, self.zone_heads)  # 怀柔科学城高端…产业
            start = self._after_last(text, start, stem_end, _FIRM_ENDS)  # …有限公司/研发行业
            start = self._after_last(text, start, stem_end, _WORKS)  # 文化事业文化产业
            level = _LEVEL.match(
                text, start, stem_end
            )  # 国家级数据产业集聚区: the sector is 数据产业
            start = level.end() if level else start
            scope = _SECTOR_SCOPE.match(text, start, stem_end)  # 引领全球/数字经济发展
            start = scope.end() if scope else start
        cuts = self.class_cuts.get(cls, self.cut_words)
        cut = self._after_last(text, start, stem_end, cuts)  # 鼓励外商投资产业目录 keeps 鼓励
        # but 市住房城乡建设管理委 holds 建设: a body's name goes on past it, unless a level or a
        # place opens after it (由区政府主要领导任/静安区…领导小组)
        if cls != "GovernmentBody" or self._opens_body(text, cut, stem_end):
            start = cut
        dated = _LEADING_DATE.match(text, start, stem_end)
        start = dated.end() if dated else start
        numbered = (
            _LEADING_NUMBER.match(text, start, stem_end)
            or _ENUMERATOR.match(text, start, stem_end)
            or _ORDINAL.match(text, start, stem_end)
        )
        start = numbered.end() if numbered else start
        joining = _JOINS_LEVEL.match(text, start, stem_end)  # 联合/区人民医院, 携手/县疾控中心
        start = joining.end() if joining else start
        if cls in ("PolicyDocument", "PolicyConcept"):
            # a title (优化营商环境条例) or a campaign (提振消费专项行动) holds verbs; acts on it end it
            acts = self.document_verbs if cls == "PolicyDocument" else self.programme_verbs
            # "外商投资法实施条例", "…条例实施细则": 实施 there names the document, acts on none
            own_act = cls == "PolicyDocument" and _ENACTING.search(text, start, stem_end)
            # a title joined over its 和 or 与 (…教育改革和发展规划纲要) is read from the part before it
            joint = -1 if segmented else max(text.rfind(c, start, stem_end) for c in "和与")
            acts_end = joint if joint > start else stem_end - 2 * bool(own_act)
            start = max(start, segment.stem_start(text, start, acts_end, acts))
            acted = start  # where an act of issuing would end: 出台/新版市场准入负面清单
            if cls == "PolicyDocument":
                lead = _DOCUMENT_LEAD.match(text, start, stem_end)  # 实施好/新版/鼓励…目录
                start = lead.end() if lead else start
            name = text[start:end]
            stem = text[start:stem_end]
            ok = (
                len(stem) >= 2
                and not _counted_before(text, start)
                and stem not in self.generic_document_stems
                and not _LEVEL.fullmatch(stem.removesuffix("综合"))  # 省级综合改革试点: a level's
            )
            if (
                suffix in self.gated_documents
                and not text.endswith(self.document_acts, 0, acted)
                and not (  # 颁布实施/全国主体功能区规划: the act, then what is done with it
                    text.endswith("实施", 0, acted)
                    and text.endswith(self.document_acts, 0, acted - 2)
                )
                and not text.startswith(self.document_approvals, end)
            ):
                ok = False  # 城市规划, 发展规划: no title unless the text issues or approves it
            return Candidate(start, end, cls, name, 2) if ok else None
        if cls != "GovernmentBody" and segmented:
            verbs = self.industry_verbs if cls == "Industry" else self.verbs
            trimmed = max(start, segment.stem_start(text, start, stem_end, verbs))
            proper = cls in ("Enterprise", "Organization")
            verb_cut = trimmed
            trimmed = segment.trim_predicate(text, trimmed, stem_end, proper)
            if cls == "Enterprise":
                trimmed = self._trade_kept(text, verb_cut, trimmed, end)
            if cls == "Zone":
                inner = segment.after_inner_verb(text, trimmed, stem_end)
                # but the "verb" and a place name a zone (中新广州知识/城新一代…创新园), or a place
                # and a word read as a verb do (天河/聚合/智能产业园)
                named = self._zone_head_at(text, inner, stem_end) and self._proper(
                    text[trimmed:inner]
                )
                if not (
                    named
                    or self._place_then_word(text, trimmed, inner)
                    or self._sector_over(text, trimmed, inner, stem_end)
                ):
                    trimmed = inner
                if _LEGAL_TAIL.search(text, trimmed, stem_end):
                    return None  # 康宁生物科技股份有限公司扩建生产基地: the firm is the entity
            start = trimmed if cls == "Industry" else self._place_kept(text, start, trimmed, end)
            if cls == "Enterprise" and _REGISTERED_FIRM.fullmatch(text, start, end):
                start = self._place_opening_firm(text, start, trimmed, end)
        level = _LEVEL.match(text, start, stem_end)
        if level and (
            cls == "Industry"  # 入选/全国首批/先进制造业集群: a designation's scope, after its verb
            or (cls == "Zone" and self._opens_with_place(text, level.end(), stem_end))
        ):  # 启动建设省级/长丰农业未来产业园: the level of a zone named after its place
            start = level.end()
        if _counted_before(text, start):
            return None  # 3个国家物流枢纽, 10家高新区: a count of generic things
        if cls == "Zone" and _ADDRESS_GOES_ON.match(text, end):
            return None  # 奉城镇城/大路36号, 青村镇钱桥社区/长丰路106号: a street address
        if cls in ("AdministrativeArea", "Zone") and _ISSUE_NUMBER.match(text, end):
            return None  # (沪规划资源乡/〔2023〕201号): an issuer's code, no place; a body's name
            # may stand there whole (国务院办公厅〔2023〕)
        if cls in ("Zone", "Organization") and _ROUGH_COUNT.search(text, start, stem_end):
            return None  # 京津80多家/医院, 1700多家/互联网医院: a count of places of a kind
        if cls in ("Zone", "Organization") and _brought_into(text, start, stem_end):
            return None  # 开展AI培训进园区、进社区活动: a service taken to places of a kind
        if cls == "Zone" and self._title_to_win(text, start, stem_end):
            return None  # 争创国家服务贸易创新发展示范区: a title to win; 创建长岛国家公园 is named
        if cls == "Industry" and self._in_designation(text, start, end):
            return None  # 争创国家农业高新技术产业示范区: the sector names the title
        start = self._strip_stops(text, start, end - len(suffix), cls)
        if cls == "Industry":  # 练塘镇省级/农业(产业强镇): a title's rank, and its place before it
            start = max([start] + [m.end() for m in _RANKED.finditer(text, start, stem_end)])
            start += _unlisted_place(text[start:stem_end])  # 白水区/生物医药产业
        start = self._past_linking_verb(
            text, start, stem_end, cls not in ("Organization", "Enterprise")
        )
        ordinal = _ORDINAL.match(text, start, stem_end)  # 办好/第十届/上海合作组织
        start = ordinal.end() if ordinal else start
        if text.startswith("届", start):
            start += 1  # (举办)3届/市旅发大会: how many sessions were held, no part of the name
        size = _SIZE.match(text, start, stem_end) if cls == "Industry" else None
        start = size.end() if size else start  # 新开工/1亿元以上/服务业项目
        if cls == "Zone":
            start = self._after_zone_and_verb(text, start, stem_end)
            start = self._after_district(text, start, stem_end, suffix)
        if cls in ("Organization", "Zone"):
            start = self._after_verb_before_place(text, start, stem_end)
            if (
                cls == "Zone"
                and text[start - 1 : start] in _AROUND_PLACE
                and self._placed(text, start)
            ):
                start -= 1  # 环杭州湾科技创新带, 环巢湖…休闲区, 泛南湖片区: around the place
            start = self._place_joined(text, start)
        if cls == "GovernmentBody":
            task_force = suffix in self.task_force_heads  # named by its task, not its level
            ends = self.task_force_verbs if task_force else self.body_verbs
            cut = self._after_last(text, start, stem_end, ends)
            if task_force:
                start = cut  # 成立/交通领域精细化管理工作专班
                if text[start - 1 : start] == "”":
                    return None  # “两旧一村”改造工作专班: its quoted task too (_quoted_body)
            if (
                not text.startswith(self.body_openers, start)
                or self._opens_body(text, cut, end)
                or _DUTY.search(text, start, cut)
            ):
                start = cut  # 支持/区商务委; but 区住房保障房屋管理局 holds 保障; 区…委应…带领/专班
            start = _after_preposition(text, start, stem_end)
            opened = text.rfind("(", start, stem_end)
            closed = text.rfind(")", start, stem_end)
            if opened >= 0 and closed < opened:
                start = opened + 1  # 区委宣传部(区文明办、…): the body in the bracket
            elif closed > opened:
                start = closed + 1  # (责任单位:…、市委宣传部)区委组织部牵头: after the bracket
            start = self._body_start(text, start, stem_end)
            if (
                text[max(0, start - 2) : start].endswith(self.member_generic)
                or text.startswith(self.member_generic, start)
                or _EACH_LEVEL.search(text, max(0, start - 10), start)
            ):  # 相关区政府, 各区人民政府, 各县、区人民政府, 区属街道办事处: bodies of a kind
                return None
            if text.endswith(self.member_generic, start, stem_end):
                return None  # 区政府有关委(、局): the government's bodies of a kind
            for term in _TERM.finditer(text, start, stem_end):
                if text.startswith(self.body_openers, term.end()):
                    start = term.end()  # (经)十一届/区委常委会: the committee, whatever its term
            for glued in _glued_bodies(text, start, stem_end):
                start = glued.end()  # 区规划资源局联合/区绿化市容局, …委/市重大办: the last body
            if suffix == "办" and _HANDLED.search(text, start, stem_end):
                return None  # 不动产登记全程网上办, 一网通办: 办 the verb, handled so
            if _DEPUTIES_AND.search(text, start, stem_end):
                return None  # 向省人大代表和政协(委员): the deputies and the members, no body of
                # both (省人大 alone may still be read); 人大常委会代表工作委员会 is one
            if "届" in text[start:end]:
                return None  # 省十四届人大: a session of a congress
        amount = _AMOUNT_LEAD.match(text, start, stem_end)
        if amount is not None:
            start = amount.end()  # 设立(5)亿元/临江市天使投资基金: the fund's size, not its name
        name = text[start:end]
        stem = name[: len(name) - len(suffix)]
        if cls == "Industry" and _YEAR_FIRST.match(stem):
            return None  # 力争到2027年产业规模…: the year of a target, no sector
        if cls == "Industry" and _one_word_tagged(stem, "v") and _after_noun(text, start):
            return None  # 企业申请/产业结构调整资金: a subject's verb; 推进建造产业 is a name
        if cls == "Industry" and suffix in ("产业", "行业") and stem.endswith(("业", "经济")):
            name, end = stem, stem_end  # 软件和信息服务业/产业基地: the 产业 is the base's
            stem, suffix = self._industry_stem(name)
        if not (
            self._listed_event(text, start, end, stem, suffix)
            or self._valid_stem(stem, cls, name, unnamed_ok)
        ):
            return None
        return Candidate(start, end, cls, name, 2)

    def _place_then_word(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is a place and one word the segmenter reads as a verb but the
        genre does not use as one (天河/聚合/智能产业园): the place names the zone."""
        size = self._place_at(text, start, end)
        rest = text[start + size : end]
        return (
            bool(size)
            and rest not in self.verbs
            and not rest.endswith(self.designation_verbs)
            and not _LEVEL.match(text, end)  # 曲阳获评/省级全域旅游示范区: a title won
            and len(segment.words(rest)) == 1
        )

    def _zone_head_at(self, text: str, at: int, stem_end: int) -> bool:
        """Whether a zone's head (城, 园区) opens ``text`` at ``at``, before ``stem_end``."""
        return any(
            b == 0 and cls == "Zone" for b, _e, _h, cls in self.suffixes.find(text[at:stem_end])
        )

    def _opens_with_sector(self, name: str) -> bool:
        """Whether a name's first word is a sector of the catalogue or the vocabulary."""
        return self._known_sector(next(iter(segment.words(name)), ("", ""))[0])

    def _fragment_before(self, label: str, head: str) -> bool:
        """Whether the words before an industry's head are a piece of the clause (_fragment_stem),
        not a sector (_sector_like); a rank between them (绿色食品千亿/产业) is no part of the
        stem."""
        if not label.endswith(head):
            return False
        stem = label[: len(label) - len(head)]
        stem = next((stem[: -len(r)] for r in self.industry_ranks if stem.endswith(r)), stem)
        return _fragment_stem(stem) and not self._sector_like(stem)

    def _sector_over(self, text: str, begin: int, verb_end: int, stem_end: int) -> bool:
        """Whether a known sector that ends a zone's stem holds the "verb" the segmenter read in it
        (青山/通用/航空产业园: 通用航空 is the park's trade, not its verb)."""
        return any(self._known_sector(text[at:stem_end]) for at in range(begin, verb_end))

    def _known_sector(self, word: str) -> bool:
        entry = self.vocab.lookup(word)
        return word in self.catalogue_names or (entry is not None and entry.type == "Industry")

    def _with_named_lead(self, text: str, cand: Candidate) -> Candidate:
        """A zone whose name opens with a quoted short name takes in the proper name before the
        quote (萧山“三芯”社区, 珠江“一江两岸”都市文旅功能区), not a verb of the genre (赋能)."""
        if not cand.label.startswith("“"):
            return cand
        lead = _proper_before(text, cand.begin)
        word = text[lead : cand.begin]
        if lead == cand.begin or word in self.verbs or word in self.stops:
            return cand
        return Candidate(lead, cand.end, cand.cls, text[lead : cand.end], cand.priority)

    def _title_to_win(self, text: str, start: int, stem_end: int) -> bool:
        """A zone's name right after a designation verb (争创, 创建, 晋升为) that names no place
        and opens with no proper word: a title to win, not a zone."""
        return (
            self._designated(text[max(0, start - 4) : start])
            and next(iter(self.place_forms.find(text[start:stem_end])), None) is None
            and not self._opens_with_proper(text[start:stem_end])
        )

    def _designated(self, before: str) -> bool:
        """Whether ``before`` ends with a designation verb (评为, 晋升为, 获批)."""
        verbs = self.designation_verbs
        return before.endswith(verbs) or before.removesuffix("为").endswith(verbs)

    def _after_zone_and_verb(self, text: str, start: int, stem_end: int) -> int:
        """Past the last verb after a zone named inside the stem ("合肥经开区居/国家级经开区第7位",
        "南沙综保区跨境电商进出口额稳居/全国综保区"): what the first zone does is no part of the
        second's name."""
        stem = text[start:stem_end]
        cuts = [0]
        for _begin, end, head, cls in self.suffixes.find(stem):
            if cls != "Zone" or len(head) < 2 or end >= len(stem):
                continue
            at = end
            for word, flag in segment.words(stem[end:]):
                at += len(word)
                if flag == "v" and at < len(stem):  # 宝山联动/创新区: a verb of the head's own
                    cuts.append(at)
        return start + max(cuts)

    def _place_kept(self, text: str, start: int, trimmed: int, end: int) -> int:
        """Where a name starts once the words read as verbs before it are cut (``trimmed``),
        unless the cut ends inside or right after a place that opens the name: 建设/增城泛半导体
        产业园, where segmentation reads 增城 as a verb; such a place starts no further back than
        the longest place's name, and not before the name."""
        for at in range(max(start, trimmed - _LONGEST_PLACE), trimmed):
            size = self._place_at(text, at, end)
            if size and at + size >= trimmed:
                return at
        return trimmed

    def _trade_kept(self, text: str, cut: int, trimmed: int, end: int) -> int:
        """Where a registered firm's name starts when the word trimmed off as a verb was its
        trade name (支持/远航新材料股份有限公司: 远航 read as a verb): a sector and a legal form
        name no firm."""
        form = _LEGAL_TAIL.search(text, trimmed, end)
        if cut >= trimmed or form is None:
            return trimmed
        if not self._known_sector(text[trimmed : form.start()]):
            return trimmed
        cut_words = segment.words(text[cut:trimmed])
        return trimmed - len(cut_words[-1][0])

    def _place_opening_firm(self, text: str, start: int, trimmed: int, end: int) -> int:
        """Where a firm's registered name starts: at the place that opens it, though the words
        of its trade read as verbs (推动/临江市城市建设投资集团有限公司)."""
        lo = max(0, trimmed - _FIRM_TRADE_MAX - _LONGEST_PLACE)
        lo = max([lo] + [text.rfind(mark, lo, trimmed) + 1 for mark in _NAME_BREAKS])
        for at in range(lo, trimmed):  # within the name's clause: not past a list's 、
            size = self._place_at(text, at, end)
            if size and trimmed - (at + size) <= _FIRM_TRADE_MAX:
                return at
        return start

    def _opens_with_proper(self, stem: str) -> bool:
        """Whether a stem's first word is a proper name (长岛, 中轴线), not a level, a kind, a
        sector or a concept of the vocabulary (美丽中国先行区 is a title to win)."""
        first = next(iter(segment.words(stem)), None)
        if first is None or not segment.proper_flag(first[1]) or first[0] in self.common_words:
            return False
        if self._known_sector(first[0]):
            return False  # 创建/数字金融示范区: a sector's title to win
        entry = self.vocab.lookup(first[0])
        return entry is None or entry.type != "PolicyConcept"

    def _in_designation(self, text: str, start: int, end: int) -> bool:
        """Whether a sector's name runs into the head of a zone the text competes for (争创/国家
        农业高新技术产业/示范区): the sector only names the title."""
        if not text.startswith(self.title_heads, end):
            return False
        return self._designated(_LEVEL_PREFIX.sub("", text[max(0, start - 8) : start]))

    def _listed_event(self, text: str, start: int, end: int, stem: str, suffix: str) -> bool:
        """An event named in a list of events (儒商大会、绿色低碳高质量发展大会等; 中关村论坛、金融街论坛):
        a list of them names each, whatever its stem."""
        if suffix not in self.event_heads or len(stem) < 2 or stem in self.generic:
            return False
        if self._only_words(stem, self.org_modifiers):
            return False  # 创新创业大赛: a kind of contest, in a list of kinds of activity
        before = text[max(0, start - 1) : start]
        after = text[end : end + 1]
        return before == "、" or after in ("、", "等")

    def _sector_only(self, stem: str) -> bool:
        """Whether a body's stem only names a field (证券, 律师, 人工智能); a product or a place
        of the catalogues (机场集团) may name one body."""
        return stem in self.field_words

    def _industry_stem(self, name: str) -> tuple[str, str]:
        """(stem, head) of an industry's name by its longest head (服务业, 经济, 业)."""
        head = max((h for h in self.industry_heads if name.endswith(h)), key=len, default="")
        return name[: len(name) - len(head)], head

    def _strip_stops(self, text: str, start: int, stem_end: int, cls: str) -> int:
        changed = True
        while changed and start < stem_end:
            changed = False
            for stop in self.stops if self.stop_start.match(text, start) else ():
                if text.startswith(stop, start) and start + len(stop) <= stem_end:
                    size = len(stop) if len(stop) > 1 else _one_char_stop(text, start, stem_end)
                    if size:
                        start += size
                        changed = True
                        break
            if not changed and cls == "Industry":  # 上海金融 → 金融: a place is no sector
                place = (  # 湘西北 before 湘西: the quarter, not the prefecture and a 北
                    _region_at(text, start, stem_end)
                    or self._place_at(text, start, stem_end)
                    or self._rank_at(text, start, stem_end)
                    or _level_at(text, start, stem_end)
                )
                if place:
                    start += place
                    changed = True
        return start

    def _rank_at(self, text: str, start: int, stem_end: int) -> int:
        """Length of a word that ranks an industry (千亿级, 世界一流) at ``start``, if more follows."""
        for rank in self.industry_ranks:
            if text.startswith(rank, start) and start + len(rank) + 2 <= stem_end:
                return len(rank)
        return 0

    def _after_district(self, text: str, start: int, stem_end: int, suffix: str) -> int:
        """Where a landmark's name starts after the district or county it lies in (麒麟区/西门街
        老街): the division is a place of its own, mentioned beside the zone."""
        if suffix not in self.landmark_heads:
            return start
        size = self._place_at(text, start, stem_end)
        if size and text[start + size - 1] in "区县" and stem_end - (start + size) >= 2:
            return start + size
        return start

    def _place_at(self, text: str, start: int, stem_end: int) -> int:
        """Length of the longest place name at ``start`` that ends by ``stem_end`` (0 if none)."""
        for length in self.place_lengths:
            if start + length <= stem_end and text[start : start + length] in self.place_set:
                return length
        return 0

    def _place_ending_at(self, text: str, end: int) -> int:
        """Length of the longest place name that ends at ``end`` (0 if none)."""
        for length in self.place_lengths:
            if length <= end and text[end - length : end] in self.place_set:
                return length
        return 0

    @staticmethod
    def _after_last(text: str, start: int, stem_end: int, words: list[str]) -> int:
        """Where a name starts when one of ``words`` (verbs) occurs inside the run before it."""
        stem = text[start:stem_end]
        # The furthest end of any occurrence is the first match in the reversed run.
        m = _reversed_alternation(tuple(words)).search(stem[::-1])
        return start + (len(stem) - m.start() if m else 0)

    @staticmethod
    def _short_university(stem: str, name: str) -> bool:
        """Whether a name ending in a university's short head (科大, 工大 …) is one: the head
        starts a word of its own (上海/交大), the name is one word (哈工大), or the head's first
        character makes no word with the one before it (化工/大, 名师/大 do); and it names no ring
        around one (环港科大)."""
        if stem[:1] == "环" and stem[:2] not in _RING_WORDS:
            return False
        head = len(name) - 2
        return (
            segment.starts_word(name, head, len(name))
            or len(segment.words(name)) == 1
            or not segment.dictionary_word(name[head - 1 : head + 1])  # 国防科/大: not 防科
        )

    @staticmethod
    def _acts_on_sector(stem: str) -> bool:
        """Whether a sector's stem ends in a verb that takes the word 产业 after it as its object
        (新签约/产业项目, 懂科技懂/产业)."""
        ws = segment.words(stem)
        return len(ws) >= 2 and ws[-1][0] in _ACTS_ON_SECTORS

    def _valid_stem(self, stem: str, cls: str, name: str, unnamed_ok: bool = False) -> bool:
        """Whether ``stem`` before a head makes ``name`` one entity, not a kind; a zone's stem
        needs a proper word unless ``unnamed_ok`` (a list's other member names a zone)."""
        if cls == "Zone" and name.endswith("城") and stem.startswith(self.named_city_openers):
            return 2 <= len(stem) <= 5  # 未来科学城, 未来科技城: named cities of science
        if stem in self.generic or self.counting.match(stem):
            return False
        if cls == "Industry" and name.endswith("产业") and self._acts_on_sector(stem):
            return False  # 新签约产业(项目), (懂)科技懂产业: a verb's object, no sector named
        if name.endswith(self.ranked_lab_heads):
            return self._ranked_lab(name)
        if stem in self.places and (
            cls == "Industry" or (cls == "Zone" and not name.endswith(self.place_zone_heads))
        ):
            return False  # 上海产业, 上海园区; but 云南大学, 杭州高新区
        if _COUNTED.search(stem):  # 22个示范片区, 人工智能三大先导产业
            return False
        if cls != "Industry" and _SUPERLATIVE.search(stem):
            return False  # 亚洲最大邮轮母港: what the port is to become, no name
        if cls == "Industry" and (stem in self.industry_generic or _KIND_OF_ECONOMY.search(stem)):
            return False  # 技能密集型产业, 新型农村集体经济: kinds of economy, not sectors
        if cls == "Industry" and self._curated_firm(stem):
            return False  # 依托宝钢产业基础: the firm's trade, no sector named
        if name.endswith("产业") and self._only_words(stem, self.industry_kinds):
            return False  # 新兴支柱产业, 特色优势产业: a kind of industry, not one
        if cls == "Industry" and _QUANTITY.search(stem):
            return False  # (盘活)3.44平方公里低效产业(用地): an amount of land, no sector
        if (
            cls == "Zone"
            and (amount := _QUANTITY.search(stem))
            and stem[: amount.start()] in _SIZED
        ):
            return False  # 年产30万辆整车生产基地, 53万亩粮食生产功能区: a size, no name
        if name.endswith(("产业", "行业")) and _quality_only(stem):
            return False  # (促使)低效产业(用地), 先进产业: a quality, no sector; 高效农业 is one
        if cls in ("Organization", "Enterprise") and stem in _AROUND:
            return False  # 环大学(大科创平台): "around the universities", no university's name
        if (
            cls == "Organization"
            and name.endswith(_UNIVERSITY_SHORT)
            and not self._short_university(stem, name)
        ):
            return False  # 化工大(项目), 名师大(讲堂), 环港科大: no university's short name
        if cls in ("Organization", "Enterprise") and self._only_words(stem, self.org_modifiers):
            return False  # 三级公立医院, 上市公司, 国家技术创新中心: a kind of institution
        if cls in ("Organization", "Enterprise") and self._sector_only(stem):
            return False  # 证券公司, 律师事务所, 电竞俱乐部: a kind of body in a field, not one
        if cls in ("Organization", "Enterprise") and self._kind_of_named(stem):
            return False  # 北京证券交易所上市公司: the exchange's listed firms, not a name
        if cls == "Enterprise" and name.endswith(_SECTOR_FIRM_HEADS) and segment.common_word(stem):
            return False  # 绿色石化, 现代药业: the sector; 燕山石化, 冀中药业 are firms
        if cls == "Enterprise" and name.endswith(_BANK_BRANCHES) and stem.endswith("银行"):
            return False  # 商业银行分行: a bank's branches of a kind; 中国银行临江分行 is one
        if cls == "Zone" and _SCENIC_GRADE.match(stem):
            return False  # 4A级旅游景区, 5A景区: a grade of scenic area, no area named
        if cls == "Zone" and name in divisions.province_index():
            return False  # 浦东新区 is a district: a place, not a zone
        if cls == "Zone" and name.endswith("圈") and _TRAVEL_TIME.search(stem):
            return False  # 京津高铁半小时经济圈, 市域60分钟经济圈: how far a trip reaches, no zone
        if cls == "AdministrativeArea" and _clause_in_town(stem):
            return False  # 各级路长报/镇, 以城带/乡, 乡改/镇: a piece of the clause, no town
        if (
            cls == "Zone"
            and not unnamed_ok
            and not self._named_zone(stem)
            and not self._toponym_zone(stem, name)
            and not _verb_named_place(name, stem)
            and not _grand_corridor(name, stem)
        ):
            return False  # 零碳园区, 重点产业中试基地: a kind of zone, not a named one
        if name.endswith(tuple(_LOOSE_HEADS)) and len(stem) > 6:
            return False
        if cls == "Zone" and name.endswith("地区") and not _named_area(stem):
            return False  # 中西部地区, 脱贫地区, 兰溪路及周边地区: a kind or part of the country
        if name.endswith(self.placed_heads) and not self._opens_with_place(stem, 0, len(stem)):
            return False  # 科创平台, 技术研发平台: kinds; 昆明国际数据交易平台 is named
        if unnamed_ok:  # a short stem of its own (良乡), no kind (重点, 各类)
            return (
                2 <= len(stem) <= 3
                and not self._only_words(stem, self.org_modifiers)
                and not stem.startswith(self.member_generic)
                and "各" not in stem
            )
        if (
            name.endswith(self.loose_heads)
            and not self._proper(stem)
            and not self._toponym_zone(stem, name)
            and not _verb_named_place(name, stem)
            and not _grand_corridor(name, stem)
        ):
            if not (
                (name.endswith(self.event_heads) and self._scoped_event(stem))
                or (name.endswith(tuple(self.firm_heads)) and self._short_firm(stem))
                or (name.endswith(self.fund_heads) and self._scoped_fund(stem))
                or (cls == "Enterprise" and _REGISTERED_FIRM.fullmatch(name) is not None)
            ):
                return False
        if any(g in stem for g in ("各",)) or stem.startswith(self.member_generic):
            return False  # 各类园区, 若干精品…研学基地, 一批特色园区: kinds, counted loosely
        if cls in ("Organization", "Zone") and ("相关" in stem or "有关" in stem):
            return False  # 交通运输相关行业协会: the associations of a field, a kind
        if cls == "GovernmentBody":
            if name.endswith(self.not_bodies) or _LEVELS_ONLY.match(_PARTY_AND.sub("", stem)):
                return False  # 乡镇人民政府, 省市县政府, 市县党委和政府: governments of a kind
            town = _TOWN_LEVEL.match(stem)
            if town and self._own_place(town.group(1)) is None:
                return False  # 镇人民政府 in a district's plan: each town's, no one body
            if name.endswith(self.task_force_heads):  # named by its task, at any level
                # 招商工作专班: 招商 is too short a task to name one
                task = stem.removesuffix("工作")
                return len(task) >= 3 and not stem.startswith(_UNNAMED_TASKS)
            named = (
                name.startswith(self.named_body_openers)
                or self._opens_with_place(name, 0, len(name))
                or self._zone_body(stem)
                or self._named_town(stem)
            )
            return named and len(name) >= 2
        if stem.startswith(self.member_generic):
            return False
        if cls == "Industry" and len(stem) == 1 and name.endswith("产业"):
            # 茶产业, 竹产业: a product; not 新产业, 该产业, nor 经 (by way of: 经产业准入的项目)
            return segment.words(stem)[0][1] in ("n", "ng") and stem != "经"
        return len(stem) >= 2 or (cls == "Organization" and len(stem) >= 1 and len(name) >= 3)

    def _town_unit(self, name: str) -> bool:
        """Whether a note's member opens with a town by its name and goes on to a unit of it
        (柳塘镇/党政办); not a town of a kind (重点镇, 所在镇) nor its villages (柳塘镇各村)."""
        town = _TOWN_UNIT.match(name)
        return town is not None and self._named_town(town.group(0))

    def _named_town(self, stem: str) -> bool:
        """Whether a government's stem is a town by its name (青石镇, 城关街道, 石门乡), though the
        gazetteer lacks it; not a kind of town (属地街道, 重点镇)."""
        town = _NAMED_TOWN.match(stem)
        if town is None or town.group(1).startswith(self.town_kinds):
            return False
        return segment.words(town.group(1))[0][1][:1] not in _FUNCTION_TAGS  # 已经/街道办事处

    def _ranked_lab(self, name: str) -> bool:
        """A laboratory or national centre of a rank named by its field (量子精密测量全省重点实验室,
        细胞国家工程研究中心), not the rank alone nor a kind (一批全国重点实验室, 相关领域全国重点实验室)."""
        head = max((h for h in self.ranked_lab_heads if name.endswith(h)), key=len)
        field = name[: len(name) - len(head)]
        return (
            len(field) >= 2
            and field not in self.generic
            and field not in self.place_set  # 全国和上海市重点实验室: the rank's place, no field
            and not field.startswith(self.member_generic)
            and not field.endswith(("领域", "方向", "学科"))
            and not _COUNTED.search(field)
        )

    def _curated_firm(self, name: str) -> bool:
        entry = self.vocab.lookup(name)
        return entry is not None and entry.type == "Enterprise"

    def _zone_body(self, stem: str) -> bool:
        """A named zone's own body (临港新片区/管委会): the stem is a zone with a proper name."""
        head = next((h for h in self.zone_heads if stem.endswith(h)), None)
        return head is not None and self._named_zone(stem[: -len(head)])

    def _own_place(self, level: str) -> str | None:
        """The plan's own place of a level (省, 市, 区, 县): 山东省 in 2026年山东省政府工作报告."""
        return next((p for p in self.own_places if p.endswith(level)), None)

    def _unqualified(self, name: str, names: dict[str, tuple[str, str]]) -> str:
        """The industry that ``name`` ranks among a kind (纺织传统产业 → 纺织产业, 数字经济核心产业 →
        数字经济): the sector before the qualifier, as the text or the vocabulary names it."""
        if not name.endswith("产业"):
            return name
        stem = name[:-2]
        for word in self.industry_qualifiers:
            sector = stem[: -len(word)]
            if (
                stem.endswith(word)
                and len(sector) >= 2
                and self._valid_stem(sector, "Industry", name)
            ):
                if self._only_words(sector, self.industry_kinds) or _NO_SECTOR.search(sector):
                    return name  # 新兴支柱产业: a kind throughout; 中小企业特色产业, 学科和区域重点产业
                known = names.get(sector) or names.get(sector + "产业")
                if known is not None and known[0] == "Industry":
                    return known[1]
                entry = self.vocab.lookup(sector)
                if entry is not None and entry.type == "Industry":
                    return entry.label
                return sector + "产业"
        return name

    def enumeration_candidates(
        self, text: str
    ) -> tuple[list[Candidate], list[tuple[Candidate, str]]]:
        """Members of "A、B、C等<category>" lists, typed by the category's head noun."""
        cands: list[Candidate] = []
        hints: list[tuple[Candidate, str]] = []
        floor = -1  # where the previous list of the clause ended: a nested list starts after it
        for m in _LIST_END.finditer(text):
            if not m.group(0) and not _niche_list_end(text, m.start()):
                continue  # 深耕细分领域, 向细分领域延伸, 重点细分领域: no list of sectors before
            cat_end = _next_index(text, m.end(), _CLAUSE_END)
            category = text[m.end() : cat_end]
            members_from, floor = floor, m.end()
            if _TECHNOLOGIES.match(category):
                continue  # "柔性显示、3D显示等新型显示技术的研发": technologies, not sectors
            if _ACTS_AFTER_LIST.match(category) or self._acts_next(category):
                continue  # "引导院校、社会培训机构等为…提供培训": what they do, no category
            members = self._members(text, m.start(), members_from)
            if self.firm_projects.match(category):
                cands.extend(self._project_firms(members))
                continue
            cls = self._list_class(category, members)
            sector = cls is None and self._sector_category(category)
            if sector:  # "体外诊断器械、…骨科矫形器械等高端医疗器械": the sector's branches
                cls = "Industry"
            if cls is None or _DEMANDS_OF.match(category):
                continue  # "不符合安全、消防、环保等要求的企业": demands, whoever is to meet them
            head = self._category_head(category)
            fields = (
                cls == "Industry"
                and (  # 等领域, 等重要客货运输领域: fields of any kind
                    category.lstrip("重点新兴未来各多个").startswith(self.fields)
                    or (  # 公路治超、水路运输管理等重要客货运输领域: most members look like no sector
                        head is not None
                        and head[0] in self.fields
                        and not category[: category.find(head[0])].endswith(_SECTOR_FIELDS)
                        and 2 * sum(self._sector_like(m.label) for m in members) < len(members)
                        and not (members and _GROWS.search(text, 0, members[0].begin))
                    )
                )
            )
            fields = fields or sector  # …those that look like sectors
            routes = _corridors(category, head)
            if fields and members and _SECTOR_DEVELOPS.search(text, 0, members[0].begin):
                fields = False  # "航空产业重点发展航空维修、低轨卫星等领域": the sector's branches
            if cls in ("Organization", "Enterprise") and self._kinds_listed(members):
                continue  # "基金管理人、证券公司、律师事务所等中介机构": kinds, not names
            if cls == "Enterprise" and "企业" in category and self._sectors_listed(members):
                cands.extend(Candidate(m.begin, m.end, "Industry", m.label, 1) for m in members)
                continue  # "引育工业软件、信创、网络安全等企业50家": the firms' sectors
            if fields and any(m.label in self.policy_levers for m in members):
                continue  # "与金融、保险、司法等领域合规联动": levers of policy, no sectors; but
                # "发展法律、会计、税务等专业服务业" lists services
            events = head is not None and head[0] in _EVENT_CATEGORIES  # 等系列论坛, 等品牌展会
            named = [m for m in members if segment.names_a_firm(m.label)]
            firms = cls == "Enterprise" and "企业" in category and 2 * len(named) > len(members)
            for member in members:
                if member.label in self.place_set:
                    continue
                if events and not member.label.endswith(_EVENT_ENDS):
                    continue  # 招商推介、项目路演等系列论坛: what the forums are on
                if cls != "Industry" and member.label in self.keyword_set:
                    continue  # 金融、证券等机构: fields of a category, not its members
                if cls == "Industry" and not self._sector_member(member.label, fields):
                    continue
                if routes and len(member.label) == 2 and not self._sector_like(member.label):
                    cands.append(Candidate(member.begin, member.end, "Zone", member.label, 1))
                    continue  # 合六、合淮等产业廊道: 合肥–六安, a corridor between two places
                if cls == "Industry":  # 下陆电子电路铜箔等产业集群, 朝阳区数字医疗、…等细分产业
                    member = self._without_place(member, divisions_only="集群" not in category)
                if (
                    cls in ("Enterprise", "Organization")
                    and member not in named
                    and not (firms and self._short_firm_name(member.label))
                ):  # "研发服务、技术转移等专业服务机构" lists services, not firms; but a short
                    continue  # name among firms' names is one (伊利、蒙牛、汇源等食品企业)
                if cls in ("Enterprise", "Organization") and member.label.endswith("型"):
                    continue  # "制造主导型、物流主导型等…企业": types of firm, not firms
                own = self._suffix_class(member.label)
                if own is not None and own[1] == member.label:
                    if cls in ("Organization", "Enterprise", "Zone"):
                        continue  # "医院、学校等公共机构": kinds of institution, no names
                    own = None  # 石化 is a sector here, not a firm's head without a name
                if (
                    cls == "Zone"
                    and own is None
                    and segment.starts_with_place(member.label, self.place_set)
                ):
                    continue  # "富阳区智能物联(光电激光)等集聚区": a place and its sector, not a name
                if (
                    cls == "Zone"
                    and own is None
                    and not self._named_zone(member.label)
                    and self._sector_like(member.label)
                ):  # 数字广告等文化产业园区: the trade of the parks, no park
                    cands.append(Candidate(member.begin, member.end, "Industry", member.label, 1))
                    continue
                if cls == "GovernmentBody" and (own is None or own[0] != "GovernmentBody"):
                    if not _level_unit(member.label):
                        continue  # "发展改革、商务等部门" names fields of work, not bodies
                    own = None  # 区大数据中心、区城运中心等部门: units of a level's government
                stem = member.label[: -len(own[1])] if own else ""
                if (
                    own
                    and not _abbreviated(stem, own[0])
                    and not self._valid_stem(stem, own[0], member.label)
                ):
                    continue
                keep_own = own is not None and not (
                    own[0] == "Organization" and cls == "Enterprise"
                )
                typed = own[0] if own is not None and keep_own else cls
                cands.append(Candidate(member.begin, member.end, typed, member.label, 1))
                if cls == "Enterprise":
                    hints.append((cands[-1], category))
            if cls == "Enterprise" and members:
                cands.extend(self._category_sector(category, m.end()))
        return cands, hints

    def _sector_category(self, category: str) -> bool:
        """Whether a list's category is itself a sector (等高端医疗器械, 等中间品贸易), not a kind
        of service, data or tool (等综合服务, 等工业软件) nor a phrase (等…功能的新型包装材料)."""
        return (
            2 <= len(category) <= 10
            and "的" not in category
            and not category.endswith(_KINDS_OF_SERVICE)
            and self._sector_like(category)
        )

    def _acts_next(self, category: str) -> bool:
        """Whether the words after a list's 等 are what its members do (引导企业、高校、医疗机构等/
        建立产业创新战略联盟): a verb of the genre (建立, 开展), not a word that qualifies a
        category (相关产业)."""
        ws = segment.words(category[:10])
        return len(ws) > 1 and ws[0][1] == "v" and ws[0][0] in self.verbs

    def _short_firm_name(self, label: str) -> bool:
        """A short name that is also a word (汇源, 喜之郎, 国电), not an activity (低空飞行) nor a
        kind of firm (独角兽): among firms' names, a firm's."""
        parts = segment.words(label)
        return (
            2 <= len(label) <= 4
            and bool(parts)
            and not parts[-1][1].startswith("v")
            and not any(kind in label for kind in self.firm_kinds)
        )

    def _without_place(self, member: Candidate, divisions_only: bool = False) -> Candidate:
        """A list member without the place it opens with: 电子电路铜箔 of 下陆电子电路铜箔, a cluster
        named by its place and its sector (临朐鹅肝, a product of its place, keeps it); with
        ``divisions_only``, only a division's full name (密云区/生命健康服务: the sector a
        district is to host)."""
        label = member.label
        n = self._place_at(label, 0, len(label) - 2)
        if divisions_only:
            if not n or label[n - 1] not in _DIVISION_ENDS:
                return member
        else:  # 杭州湾/现代纺织服装, 浙东/工业母机: a place word segmentation reads whole; but
            # not 宁波港/航/服务, where the word takes the sector's first character
            parts = segment.words(label)
            first = parts[0][0]
            if (
                parts[0][1] == "ns"
                and first.endswith(_REGION_ENDS)  # not 海洋/装备, a sector's own word
                and len(parts) > 1
                and len(parts[1][0]) > 1
            ):
                n = max(n, len(first))
        if not n:
            return member
        return Candidate(member.begin + n, member.end, member.cls, label[n:], 1)

    def _sectors_listed(self, members: list[Candidate]) -> bool:
        """Whether a list before 等企业 names a known sector (工业软件、信创、网络安全): it lists the
        sectors of the firms, not firms."""
        return any(self._known_sector(m.label) for m in members)

    def _kinds_listed(self, members: list[Candidate]) -> bool:
        """Whether most members of a list are kinds of body (证券公司, 律师事务所): the list names
        kinds, and so does the member without a head of its own (基金管理人)."""
        kinds = 0
        for member in members:
            own = self._suffix_class(member.label)
            stem = member.label[: -len(own[1])] if own else ""
            if own is not None and not _abbreviated(stem, own[0]):
                kinds += not self._valid_stem(stem, own[0], member.label)
        return 2 * kinds > len(members)

    def shared_head_candidates(self, text: str, patterns: list[Candidate]) -> list[Candidate]:
        """Members of a list that share the last one's head: "跨境资产管理、数字金融产业" names two
        sectors, the first without its 产业 (水泥、焦化行业: without its 行业)."""
        out = []
        for cand in patterns:
            if (
                cand.cls != "Industry"
                or not cand.label.endswith(("产业", "行业"))
                or cand.begin < 1
            ):
                continue
            if any(p.begin <= cand.begin and p.end > cand.end for p in patterns):
                continue  # "…、华东合成生物产业技术研究院": the 产业 is inside an institute's name
            if text[cand.begin - 1] != "、" or text.startswith(_PLACE_AFTER_SECTOR, cand.end):
                continue  # "…、后端产业链", "…、存算一体化产业基地": the 产业 heads a place or chain
            for member in self._members(text, cand.begin - 1):
                own = self._suffix_class(member.label)
                if member.label in self.place_set or (own is not None and own[0] != "Industry"):
                    continue
                if _MEASURE_END.search(member.label):
                    continue  # "…地区生产总值年均增速、…产业收入年均增速": measures, no sectors
                if (
                    self._sector_member(member.label, False)
                    and member.label not in self.keyword_set
                ):
                    out.append(Candidate(member.begin, member.end, "Industry", member.label, 2))
        return out

    def _category_sector(self, category: str, at: int) -> list[Candidate]:
        """The sector a list of firms belongs to, named before its head noun: "…等港航物流龙头企业"
        names 港航物流 (a keyword of a curated industry, a catalogue name or a sector word)."""
        heads = [
            category.find(n) for n, c in self.categories if c == "Enterprise" and n in category
        ]
        stem = category[: min(heads)] if heads else ""
        if not 2 <= len(stem) <= 8 or stem in self.industry_generic:
            return []
        if not (
            stem in self.keyword_set
            or stem in self.catalogue_names
            or stem.endswith(self.sector_heads)
        ) or self._only_words(stem, self.industry_modifiers):
            return []
        return [Candidate(at, at + len(stem), "Industry", stem, 1)]

    def _project_firms(self, members: list[Candidate]) -> list[Candidate]:
        """The firms named by a list of industrial projects (长江存储二期、东风岚图、邦普时代等重大
        产业项目): each member without the part of the project after the firm's name (二期, 第二工厂,
        T9, 智造基地) and the district before it, when what is left can name a firm. A member with
        a head of its own (百里长江生态廊道, 长江博物馆) is left to that head."""
        out = []
        for member in members:
            name = member.label
            while (part := self.project_part.search(name)) and part.start() >= 2:
                name = name[: part.start()]
            name = self._without_product(name)
            at = self._place_at(name, 0, len(name))
            if name[:at] in divisions.province_names():
                at = 0  # 河北同光科技, 山东时代新能源: a province's name is part of the firm's
            begin = member.begin + (at if len(name) - at >= 2 else 0)
            name = name[begin - member.begin :]
            if (
                not 2 <= len(name) <= 8
                or any(ch.isascii() for ch in name)
                or name in self.place_set
                or name in self.catalogue_names
                or name in self.curated
                or self._suffix_class(name) is not None
                or not segment.names_a_firm(name)
            ):
                continue
            out.append(Candidate(begin, begin + len(name), "Enterprise", name, 1))
        return out

    def _firm_bases(self, found: list[Candidate]) -> list[Candidate]:
        """A base named by the firm that runs it (小鹏汽车智造基地, 花都蓝海机器人总部基地,
        中科宇航产业化基地) is a facility of that firm, no zone: the firm is the entity."""
        out = []
        for cand in found:
            firm = self._base_firm(cand) if cand.cls == "Zone" else None
            out.append(firm or cand)
        return out

    def _base_firm(self, cand: Candidate) -> Candidate | None:
        """The firm that names a base (``cand``, a zone), if its name opens with one: a proper
        word after the place it lies in, not a level (国家), a place or a sector."""
        part = self.project_part.search(cand.label)
        if part is None or part.group(0) not in _FIRM_BASES:
            return None  # 成渝电子信息制造基地, 长三角新材料研发基地: a region's bases
        if part.group(0) == "基地" and cand.label[part.start() - 1 : part.start()] in "业区域":
            return None  # 汉江流域先进制造业基地, 光伏产业基地: a sector's or a region's base
        firms = self._project_firms([cand])
        if not firms:
            return None
        firm = self._firm_name_only(firms[0])
        if firm is None:
            return None
        parts = segment.words(firm.label)
        first = parts[0]
        if not segment.proper_flag(first[1]) or first[0] in self.place_set:
            return None
        if divisions.is_division_word(first[0]) or self._named_elsewhere(first[0]):
            return None  # 南沙/汽车智造基地, 张江/生物医药…: a place's or a zone's, no firm's
        if any(flag.startswith("v") for _, flag in parts):
            return None  # 爱国主义教育基地: what is taught there, no firm
        # a firm's plain 基地 is named by its place (山钢日照基地), not by a trade (临港物流基地)
        where = cand.label[firm.end - cand.begin : part.start()]
        if part.group(0) == "基地" and not divisions.is_division_word(where):
            return None
        if self._known_sector(first[0]) or _LEVEL.match(firm.label):
            return None
        return firm

    def _named_elsewhere(self, word: str) -> bool:
        """Whether the vocabulary or the learned zones know ``word`` (大湾区, 长三角, 临港)."""
        return self.vocab.lookup(word) is not None or any(
            word in names for names in self.vocab.learned.zones
        )

    def _firm_name_only(self, firm: Candidate) -> Candidate | None:
        """A firm's name in a base's without the place or kind of place after it (山钢/日照基地,
        比音勒芬/湾区时尚产业总部基地) and the product after its legal form (里工实业/具身智造基地);
        None when a name of the vocabulary opens it (粤港澳大湾区空天智造基地: a region's)."""
        name = firm.label
        if any(self.vocab.lookup(name[:n]) for n in range(3, len(name) + 1)):
            return None
        pos = 0
        for i, (word, flag) in enumerate(segment.words(name)):
            if i and (
                flag == "ns" or word in self.place_set or self._place_at(name, pos, len(name))
            ):
                break
            pos += len(word)
            if i and word.endswith(self.firm_name_ends):
                break
        if pos < 2:
            return None
        return Candidate(firm.begin, firm.begin + pos, firm.cls, name[:pos], firm.priority)

    def _without_product(self, name: str) -> str:
        """A project named by its firm and its product (东方雨虹建筑材料, 中科锂电新能源): the firm's
        name without the sector the catalogue or the vocabulary knows at its end."""
        for n in range(2, len(name) - 1):
            tail = name[n:]
            if tail in self.catalogue_names or self.vocab.lookup(tail) is not None:
                return name[:n]
        # …or a product of common words that ends in a sector's head (建筑材料, 智能装备)
        parts = segment.words(name)
        cut = len(name)
        for word, flag in reversed(parts[1:]):
            if segment.proper_flag(flag):
                break
            cut -= len(word)
            if len(name) - cut >= 3 and name[cut:].endswith(self.sector_heads) and cut >= 2:
                return name[:cut]
        return name

    def _list_class(self, category: str, members: list[Candidate]) -> str | None:
        """The class of a list's members. In "C、D等产业的企业" the first head noun (产业) types
        them, unless they are mostly firms' names ("星图游戏、明德律师事务所等不同产业的企业"), or
        the category is itself a list ("A、B等C、D等产业的企业": A and B are the 企业)."""
        inner = _inner_list(category)
        owner = self._category_class(category[inner:], owned=True)
        if inner:
            return owner
        first = self._category_class(category)
        if first == owner or owner is None or not members or category.startswith(self.fields):
            return first  # "碳核算、碳交易等领域的链主企业": fields, whatever their names look like
        firms = sum(segment.names_a_firm(m.label) for m in members)
        return owner if 2 * firms > len(members) else first

    def _sector_like(self, name: str) -> bool:
        """A name of the catalogue or the vocabulary's sectors, or ending in a sector's head."""
        return self._sector_member(name, True) or self._known_sector(name)

    def _sector_member(self, name: str, field: bool) -> bool:
        """A list member that can be an industry: not generic, and for lists of 领域 a sector."""
        if name in self.industry_generic or self.counting.match(name) or len(name) > 16:
            return False
        if _COUNT_INSIDE.search(name):
            return False  # 专精特新"小巨人"129家: a count of firms, listed before a sector
        if not field:
            return True
        if name in self.bare_field_heads and not self._known_sector(name):
            return False  # 在能源、医疗、材料等领域; 器械 of (介入治疗)/器械: fields, no sectors
        return name in self.catalogue_names or name.endswith(self.sector_heads)

    @staticmethod
    def _only_words(stem: str, generic: frozenset[str] | set[str]) -> bool:
        """Whether every word of ``stem`` is one of ``generic`` or made of them (社区卫生: 社区 and
        卫生): a kind, not a name."""
        words = [w for w, _ in segment.words(stem)]
        return bool(words) and all(_made_of(w, generic) for w in words)

    def _toponym_zone(self, stem: str, name: str) -> bool:
        """A zone named by a local place that the dictionary cuts in pieces, ending in a feature of
        the land within three characters (董家/口港区, 白/水寨风景名胜区, 森林/海旅游度假区); one
        word (城市新区, 高铁新区) names a kind, and so does an age or a position before a
        common word (新/港口, 沿/海岸)."""
        if not name.endswith(self.toponym_zone_heads):
            return False
        if stem[:1] in self.toponym_not_openers and _opens_with_common_word(stem[1:]):
            return False  # 新港口产业园, 沿海岸新区: a new port, along the coast; no place named
        parts = segment.words(stem)
        for k in range(2, len(parts) + 1):
            place = "".join(w for w, _ in parts[:k])
            if len(place) > 3:
                return False
            if place[-1] in self.toponym_ends:
                return True
        return False

    def _landmark(self, stem: str) -> bool:
        """Whether a stem opens with a road, a river, a lake, a hill or an island (大学路, 苏州河,
        滴水湖, 长兴岛, 海河); a kind of land and water (海岛, 山水) names none, nor does a
        position or a state before one (环湖, 半岛, 荒山)."""
        m = _LANDMARK.match(stem)
        return (
            m is not None
            and m.group() not in self.terrain
            and m.group()[0] not in self.landmark_not_openers
        )

    def _named_zone(self, stem: str) -> bool:
        """A zone is named by a place, a proper word, a quoted name, a road or water
        (大学路数字创新社区), or a national or provincial designation that says what it is for
        (国家数据要素综合试验区); not by kinds alone (物流园区, 重点产业中试基地)."""
        if self._proper(stem) or _QUOTED.search(stem) or self._landmark(stem):
            return True
        return stem.startswith(_DESIGNATIONS) and len(stem) >= 8

    def _kind_of_named(self, stem: str) -> bool:
        """Whether a stem is a named institution followed by modifiers only ("北京证券交易所上市");
        a place whose name ends like a head (香港科技大学) names none, nor a community, whose
        centres are named after it (天山路街道社区卫生服务中心)."""
        for b, e, suffix, cls in self.suffixes.find(stem):
            rest = stem[e:]
            if (
                b > 0
                and rest
                and cls != "Industry"
                and suffix != "社区"
                and stem[:e] not in self.place_set
                and self._only_words(rest, self.org_modifiers)
            ):
                return True
        return False

    def _short_firm(self, stem: str) -> bool:
        """A firm known by a short name of two or three characters (首旅集团, 机场集团, 五粮液集团),
        not a kind of firm (企业集团, 大型集团, 新能源集团): a trade (旅游业集团), a quality or a
        class (商业性银行, 科技型控股, 数字化集团, 科技类控股) names none."""
        if not 2 <= len(stem) <= 3 or stem in self.generic or stem in self.org_modifiers:
            return False
        if len(stem) == 3 and (self._sector_word(stem) or stem.endswith(_KIND_ENDS)):
            return False
        ws = segment.words(stem)
        return (
            len(ws) == 1 and ws[0][1] in ("n", "nz", "ns", "j") or all(len(w) == 1 for w, _ in ws)
        )

    def _scoped_event(self, stem: str) -> bool:
        """An event whose name opens with its scope and says what it is about (世界青年发展论坛,
        中非创新合作与发展论坛); a bare scope (国际论坛) names none."""
        return stem.startswith(self.event_scopes) and len(stem) >= 4

    def _joined_event(self, text: str, start: int) -> int:
        """Extend "发展论坛" to "中非创新合作与发展论坛": an event whose name opens with its scope
        may join two subjects with 与 or 和; a verb of the clause (举办) ends what comes before it.
        What comes before the 和 must be no event of its own (中国国际动漫节和/中国国际汽车展)."""
        if (
            start < 3
            or text[start - 1] not in "与和"
            or text.endswith(self.event_heads, 0, start - 1)
        ):
            return start
        member = max(text.rfind(p, max(0, start - 13), start) for p in _MEMBER_ENDS) + 1
        for at in range(max(member, start - 12), start - 3):
            before = segment.words(text[member:at])
            if text.startswith(self.event_scopes, at) and (
                not before or before[-1][1].startswith("v")
            ):
                return at  # (高质量)举办/中非…与发展论坛
        return start

    def _scoped_fund(self, stem: str) -> bool:
        """A fund whose name opens with the state and says what it invests in (国家绿色发展基金),
        or names the sector it invests in (文化产业引导基金, 制造业转型升级基金); a level (国家级
        基金) or a kind of sector (特色产业基金, 未来产业基金) names none."""
        if stem.startswith(self.fund_scopes) and not stem.startswith("国家级") and len(stem) >= 4:
            return True
        sector = _FUND_KIND.sub("", stem)
        return (
            len(sector) >= 3
            and (sector.endswith("产业") or self._known_sector(sector))
            # 特色产业基金, 政府产业基金: a kind of sector or an owner's kind names no fund
            and not self._only_words(sector.removesuffix("产业"), self.industry_kinds)
            and not sector.endswith("保险")  # 失业保险基金: an insurance's fund, no body
            and not segment.opens_with_verb(sector)
        )

    def _proper(self, stem: str) -> bool:
        return next(iter(self.place_forms.find(stem)), None) is not None or (
            segment.has_proper_word(stem, self.common_words | self.terrain)
        )

    def _suffix_class(self, name: str) -> tuple[str, str] | None:
        """(class, suffix) of the longest pattern suffix ``name`` ends with."""
        ends = [
            (e - b, cls, suffix) for b, e, suffix, cls in self.suffixes.find(name) if e == len(name)
        ]
        return max(ends)[1:] if ends else None

    def _category_class(self, category: str, owned: bool = False) -> str | None:
        """The class of the category's head noun: the first class noun ("等产业的企业" lists
        sectors), or with ``owned`` the first not followed by 的 (the owner of a nested list)."""
        head = self._category_head(category, owned)
        return head[1] if head is not None else None

    def _category_head(self, category: str, owned: bool = False) -> tuple[str, str] | None:
        """The category's head noun and its class (_category_class)."""
        hits: list[tuple[int, int, str]] = []
        for noun, cls in self.categories:
            if noun not in category:
                continue  # most are not: no pattern to look up
            for m in re.finditer(re.escape(noun), category):
                if (
                    owned
                    and category[m.end() : m.end() + 1] == "的"
                    and m.end() + 1 < len(category)
                ):
                    continue
                hits.append((m.start(), -len(noun), cls))
                break
        if not hits:
            return None
        begin, size, cls = min(hits)
        last = max(hits)
        if (
            "的" not in category
            and last[0] - last[1] == len(category)
            and (
                (cls in ("Enterprise", "Organization") and last[2] == "Zone")
                or (cls == "Zone" and last[2] in ("Industry", "Enterprise"))
            )
        ):  # 民营企业总部集聚区: a zone where firms gather, not firms (等领域领军企业 lists fields);
            begin, size, cls = last  # 等临港新片区重点产业: the zone's sectors, not zones
        if any(word in category[:begin] for word in self.non_entity):
            return None
        rest = category[begin - size :].split("的", 1)[0]
        if any(word in rest for word in self.non_entity):
            # 等重大产业项目, 等产业政策, 等品牌消费场景: the noun only qualifies the last one
            # (项目, 政策, 场景), which is what is listed
            return None
        return category[begin : begin - size], cls

    def _members(self, text: str, at: int, floor: int = -1) -> list[Candidate]:
        start = max(max(text.rfind(ch, 0, at) for ch in _CLAUSE_END) + 1, floor)
        where = [m.end() for m in _IN_FIELDS.finditer(text, start, at)]
        start = where[-1] if where else start  # "与长三角、湾区在A、B等领域对接": the list is A, B
        members: list[Candidate] = []
        pos = start
        for piece in text[start:at].split("、"):
            b, e = pos, pos + len(piece)
            pos = e + 1
            b = self._member_begin(text, b, e, first=b == start)
            for lo, hi in self._conjuncts(text, b, e):
                name = _NOTE_MARK.sub("", text[lo:hi].strip())  # 服务外包[5]: the note's mark
                if name.endswith(")") and "(" not in name:
                    name = name[:-1]  # (赛车、赛马、龙舟)等: the list stood in brackets
                generic = name.startswith(self.member_generic) or any(
                    word in name for word in self.member_generic_inside
                )
                if 2 <= len(name) <= 30 and not generic and "“" not in name:
                    members.append(Candidate(lo, lo + len(name), "", name, 1))
        return members if len(members) >= 1 and pos - 1 == at else []

    def _member_begin(self, text: str, begin: int, end: int, first: bool) -> int:
        """Where a list member's name begins: after a verb inside it (依托高校资源建设/紫金港科创园)
        and the stop words before it; the first member may carry the clause's verbs."""
        begin = self._after_last(text, begin, end, self.cut_words)
        stripped = self._strip_stops(text, begin, end, "")
        if not first:
            return stripped
        begin = max(begin, segment.stem_start(text, begin, end, self.industry_verbs))
        begin = segment.trim_predicate(text, begin, end)
        # 做强/白水蜜桃: the verb read as a word (做|强白) must not keep half of a stop word
        return max(self._strip_stops(text, begin, end, ""), stripped)

    def _conjuncts(self, text: str, begin: int, end: int) -> list[tuple[int, int]]:
        """A list member "A和B" names two things (氢能和核聚变能), unless it is one known name
        (软件和信息服务业 in the catalogue or the vocabulary)."""
        name = text[begin:end]
        m = _CONJUNCTION.search(name)
        if m is None or name in self.catalogue_names or name in self.curated:
            return [(begin, end)]
        if m.start() < 2 or len(name) - m.end() < 2 or _activity(name[m.end() :]):
            return [(begin, end)]
        return [(begin, begin + m.start()), (begin + m.end(), end)]

    def catalogue_candidates(self, text: str) -> list[Candidate]:
        """Sector names from the official classifications. A short name (汽车, 医药) counts only
        where the text uses it as a sector: in a list, or before 产业/行业/领域; a longer one
        without its head (新能源, 文化艺术) on one side of such a place at least, unless it is a
        门类 (房地产)."""
        out = []
        hits = list(self.catalogue.find(text))
        listed = _listed_together([(b, e) for b, e, _n, t in hits if not t.contextual], text)
        for begin, end, name, term in hits:
            if term.contextual:  # 花卉产量, 卷烟产业: a product stem needs its sector word
                if not text.startswith(_SECTOR_MEASURES, end) or not segment.starts_word(
                    text, begin, end
                ):
                    continue
            elif term.served and not text.startswith(_SECTOR_MEASURES, end):
                continue  # 资本市场 (of 资本市场服务) alone is the market: a sector before a
                # sector word; in a list of sectors its list-mates make it one (sector_listmates)
            elif (
                len(name) < 3
                and not _sector_context(text, begin, end)
                and (begin, end) not in listed
            ):
                continue  # 物流业, 制造业 name sectors wherever they stand; 汽车, 农业 only in lists
            elif (
                not name.endswith(self.industry_heads)
                and not catalogue.section(term)
                and not _sector_side(text, begin, end)
            ):  # 新能源作业装备, 文化艺术品: the word qualifies another; 房地产 (a 门类) stands
                continue
            if _NOT_SECTOR_LIST.match(text, end):
                continue  # 餐饮、住宿、出行等日常消费, 邮政、应急等部门: spending, bodies' fields
            if self._among_levers(text, begin, end):
                continue  # 加强财政、金融、就业等政策协同: finance as a lever of policy
            out.append(Candidate(begin, end, "Industry", name, 4))
        return out

    def _among_levers(self, text: str, begin: int, end: int) -> bool:
        """Whether a word is a member of a list (apart by 、, in one clause) that holds a lever
        of policy: the first member may end in one after its verb (加强/财政), the last go on
        after it (司法/等领域)."""
        lo = max(text.rfind(mark, 0, begin) for mark in _CLAUSE_END) + 1
        ends = [i for i in (text.find(mark, end) for mark in _CLAUSE_END) if i >= 0]
        parts = text[lo : min(ends, default=len(text))].split("、")
        if len(parts) < 2:
            return False
        return (
            parts[0].endswith(self.policy_levers)
            or parts[-1].startswith(self.policy_levers)
            or any(part in self.policy_levers for part in parts[1:-1])
        )

    def _set_places(self, forms: dict[str, str]) -> None:
        self.place_forms = _place_gazetteer(self.province, self.common_short_forms)
        self.place_set = frozenset(forms)
        self.place_lengths = sorted({len(f) for f in forms}, reverse=True)

    def infer_province(self, text: str) -> None:
        """A plan whose title names no place ("本市…行动方案") is read as of the province its
        text names most often by full name, so that its districts' short names are known."""
        if self.province:
            return
        full = divisions.province_index()
        counts: dict[str, int] = {}
        shared = divisions.shared_names()
        for _b, _e, form, name in self.place_forms.find(text):
            if form == name and full.get(name) and name not in shared:
                counts[full[name]] = counts.get(full[name], 0) + 1
        if counts:
            self.province = max(sorted(counts), key=lambda code: counts[code])
            self._set_places(divisions.names_for(self.province, self.common_short_forms))

    def _city_before_noun(self, text: str, end: int, name: str) -> bool:
        """A prefecture's or province's short form before a common noun names the place
        ("杭州路径", "湖北方案"); before a name's next word it starts that name (杭州湾, 杭州师范大学)."""
        if name not in self.wide_places:
            return False
        ws = segment.words(text[end : end + 4])
        if not ws or len(ws[0][0]) < 2 or ws[0][1] not in ("n", "vn"):
            return False
        if ws[0][0] in self.facility_heads:
            return False  # 聊城机场 names an airport
        return self._suffix_class(ws[0][0]) is None  # 聊城高新区 names a zone

    def _place_before_verb(self, text: str, end: int) -> bool:
        """A short form before a verb of its sentence names the place ("让宝山涌现出…",
        "瑞丽获批…")."""
        ws = segment.words(text[end : end + 4])
        if not ws or len(ws[0][0]) < 2 or not segment.word_follows(text, end):
            return False
        return ws[0][1] == "v" or ws[0][0] in self.industry_verbs

    def place_candidates(self, text: str) -> list[Candidate]:
        """Administrative divisions by full name, or by short form where nothing follows it that
        would make it part of another name."""
        out = []
        signed = [m.span("name") for m in _SIGNATORY.finditer(text)]
        for begin, end, form, name in self.place_forms.find(text):
            if any(b <= begin < e for b, e in signed):
                continue  # 县长 李海东: a person's name, no 海东市
            if (
                form != name
                and not _place_end(text, end)
                and not self._city_before_noun(text, end, name)
                and not self._place_before_verb(text, end)
                and not _PLACES_SECTOR.match(text, end)
                and not self._after_listed_place(text, begin, end)
            ):
                continue
            if not segment.starts_word(text, begin, end):  # 海城市 in 上海城市管理
                continue
            level = _LEVEL_AFTER.match(text, end)
            if form != name and level and not name.endswith(level.group(0)):
                continue  # 江南 of 江南省, a province the codes lack: no 江南区; but 广西自治区
            if form == name and self._common_word_then_level(text, begin, end):
                continue  # 资源县 of 医疗卫生资源/县域统筹: a word and 县域, no county
            if form != name and _after_quality(text, begin):
                continue  # 安康 of 人民幸福安康: a wish, no place
            if text.startswith(divisions.PEOPLE_OF, end) and name not in divisions.province_names():
                continue  # 温州侨胞: the people thanked, not a place of the plan; but a report that
                # thanks 香港特别行政区同胞 and 台湾同胞 names those regions of the country
            if form != name and name.endswith("街道"):
                # 外滩 of 外滩街道: plans name a subdistrict in full; its short form is the area
                out.append(Candidate(begin, end, "Zone", form, 4))
                continue
            if name in divisions.zone_units():
                out.append(Candidate(begin, end, "Zone", name, 4))  # 嘉定工业区: a zone
                continue
            if _route_end(text, begin, end):
                continue  # 广州至珠海(澳门)高铁: where a line runs
            out.append(Candidate(begin, end, "AdministrativeArea", name, 4))
        return out

    def _after_listed_place(self, text: str, begin: int, end: int) -> bool:
        """Whether a short form is a word of its own right after a place's name and a list mark
        (济南、青岛、/枣庄算力枢纽): the last of a list of places shares the noun after it; not the
        start of another name (桃浦、/苏州河, 黄浦江、/吴淞江)."""
        if begin < 3 or text[begin - 1] not in "、和与及":
            return False
        first = next(iter(segment.words(text[begin : end + 4])), ("", ""))[0]
        return bool(self._place_ending_at(text, begin - 1)) and len(first) == end - begin

    def _common_word_then_level(self, text: str, begin: int, end: int) -> bool:
        """A place whose name is a common word and its level (资源县, 建设镇) read where the level
        opens the next word (资源/县域, 建设/镇村): the word, not the place."""
        return text[begin : end - 1] in self.common_short_forms and not segment.ends_word(text, end)

    def document_candidates(self, text: str) -> list[Candidate]:
        """A title in book-title marks that ends like a document (…条例, …意见 (草案)) names a
        policy document; the plan's own is dropped later."""
        out: list[Candidate] = []
        for m in _TITLE.finditer(text):
            label = m.group(0)[1:-1].replace("\n", "")  # a title a table's cell wrapped
            title = _TITLE_NOTE.sub("", label)
            if (
                title.endswith(self.titled_document_heads) or _HORIZON_YEAR_END.search(title)
            ) and title not in self.titled_document_heads:
                out.append(Candidate(m.start() + 1, m.end() - 1, "PolicyDocument", label, 3))
            elif title in self.document_heads:
                # 《建议》, 《纲要(草案)》: the document named in full before, called by its kind
                full = next((c.label for c in reversed(out) if c.label.endswith(label)), None)
                if full is not None:
                    out.append(Candidate(m.start() + 1, m.end() - 1, "PolicyDocument", full, 3))
        return out

    def issued_document_candidates(self, text: str) -> list[Candidate]:
        """A document the text says it will issue or follow, named right after the act without
        book-title marks (研究制定/进一步加强新时代高技能人才队伍建设的指导意见, 参照/…管理办法);
        not a kind of document (制定相关管理办法, 按照有关工作方案), nor one the text says someone
        else issued (对照…委员会发布的行业导则: the body is named, the title is a kind)."""
        titles = [*self.issued_document.finditer(text), *self.used_document.finditer(text)]
        return [
            Candidate(m.start(1), m.end(1), "PolicyDocument", m.group(1), 3)
            for m in titles
            if not m.group(1).startswith(self.issued_document_kinds)
            and not _ISSUED_BY.search(m.group(1))
            and self._specific_title(m.group(1))
        ] + [
            Candidate(m.start(1), m.end(1), "PolicyDocument", m.group(1), 3)
            for m in self.issued_period_plan.finditer(text)
            if not any(head + "和" in m.group(1) for head in self.document_heads)
        ]  # 发布…建设指引和“十五五”规划: two documents, the second named by its period only

    def _specific_title(self, title: str) -> bool:
        """Whether a title names what it rules on (节能减排综合性工作方案), not only a kind of
        document (年度工作方案, 专项实施方案)."""
        head = next(h for h in self.issued_heads if title.endswith(h))
        return len(_without(title[: -len(head)], self.generic_document_words)) >= 2

    def event_abbreviations(self, text: str) -> list[Candidate]:
        """Fairs called by a short name of three characters (X博会, X交会, X洽会 …), standing as
        a word of their own: organisations, as named events are."""
        out = []
        for m in self.event_abbreviation.finditer(text):
            if not (
                text[m.end() : m.end() + 1] in _EVENT_FOLLOWERS or segment.ends_word(text, m.end())
            ) or not segment.starts_word(text, m.start(), m.end()):
                continue
            # 全球数贸会: a scope before the short name is part of it
            scope = next((w for w in self.event_scopes if text.endswith(w, 0, m.start())), "")
            start = m.start() - len(scope)
            out.append(Candidate(start, m.end(), "Organization", text[start : m.end()], 2))
        return out + self.games_abbreviations(text)

    def games_abbreviations(self, text: str) -> list[Candidate]:
        """Games called by a short name (奥运会, 全运会, 十五运会, 残特奥会): the longest such name
        that starts a word of the text and opens with no word of grammar (参加奥运会, 举办的十五运会),
        with their session and the place that hosts them (第十五届全运会, 杭州第19届亚运会)."""
        out = []
        for m in re.finditer("[运奥]会", text):
            for begin in range(max(0, m.start() - 3), m.start()):
                if (
                    text[begin] not in _NOT_NAME_OPENERS
                    and self.games_abbreviation.fullmatch(text, begin, m.end())
                    and segment.starts_word(text, begin, m.end())
                    and segment.ends_word(text, m.end())
                ):
                    session = _SESSION_BEFORE.search(text, max(0, begin - 6), begin)
                    begin = session.start() if session else begin  # 第十五届全运会
                    begin -= self._place_ending_at(text, begin)  # 杭州亚运会: the host's name
                    out.append(Candidate(begin, m.end(), "Organization", text[begin : m.end()], 2))
                    break
        return out

    def branch_centre_candidates(self, text: str) -> list[Candidate]:
        """A national institution's centre in a city or a region, named by the institution and
        the place (国家超级计算广州中心, 中国空间技术研究院杭州中心, 国家技术转移中部中心): an
        organisation, though 中心 alone names none and the place alone is no part of a body."""
        out = []
        for m in _BRANCH_CENTRE.finditer(text):
            at = m.start("head")
            if _REGION_PART.match(text, at - 2) or self._place_ending_at(text, at):
                out.append(Candidate(m.start(), m.end(), "Organization", m.group(0), 2))
        return out

    def session_candidates(self, text: str) -> list[Candidate]:
        """Events named with their session (第十五届全国运动会): organisations, as named events are;
        not a congress in session (第十四届人民代表大会)."""
        return [
            Candidate(m.start(), m.end(), "Organization", m.group(0), 2)
            for m in self.session.finditer(text)
            if not any(word in m.group(0) for word in self.not_events)
        ]

    def trade_candidates(self, text: str) -> list[Candidate]:
        """Trades the language names by a word of its own ending in 业 (旅游业, 物流业, 广告业),
        standing whole in the text; not words that end like one but name no trade (中小企业,
        稳就业: ``not_trades``), nor those the sector patterns weigh (服务业, 制造业)."""
        out = []
        for m in _TRADE.finditer(text):
            for begin in range(m.start(), m.end() - 2):
                name = text[begin : m.end()]
                if (
                    segment.common_word(name)
                    and not segment.idiom(name)  # 兢兢业业, 安居乐业: no trade
                    and not name.endswith(self.not_trades)
                    and not name.endswith(self.industry_suffixes)
                    and segment.starts_word(text, begin, m.end())
                    and segment.ends_word(text, m.end())
                    and text[m.end() : m.end() + 1] not in _TRADE_GOES_ON
                ):
                    out.append(Candidate(begin, m.end(), "Industry", name, 3))
                    break
        return out

    def box_field_candidates(self, text: str) -> list[Candidate]:
        """The fields a box of an outline lists under its numbers ("专栏2 支柱产业发展重点领域…" /
        "01" / "汽车" / "重点发展…"): each field's name, on a line of its own, is a sector."""
        out = []
        for box in _FIELD_BOX.finditer(text):
            end = _BOX_END.search(text, box.end())
            for m in _BOX_ITEM.finditer(text, box.end(), end.start() if end else len(text)):
                name = m.group(1)
                if name not in self.place_set and name not in self.generic:
                    out.append(Candidate(m.start(1), m.end(1), "Industry", name, 2))
        return out

    def _city_cluster(self, term: str) -> bool:
        """A quoted run of three to six characters, each of a city of the plan's province
        ("武鄂黄黄咸": 武汉, 鄂州, 黄石, 黄冈, 咸宁), names a cluster of those cities."""
        if not self.province or not 3 <= len(term) <= 6:
            return False
        return set(term) <= divisions.city_characters(self.province)

    def concept_candidates(self, text: str) -> list[Candidate]:
        """Quoted short terms ("一轴三带"); a mention takes in the head noun that follows the quote
        ("人工智能+"行动, "十百千"计划), which becomes an alias. Also programme names built on the plan's own place
        (平安湖北, 文化强省)."""
        out = []
        for m in _QUOTE.finditer(text):
            group = 1 if m.group(1) is not None else 2
            term = m.group(group)
            if not 2 <= len(term) <= 40 or "“" in term or "”" in term:
                continue
            if len(term) > self.concept_max and not _SLOGAN.fullmatch(term):
                continue  # a quoted sentence; but a slogan of parts (“A、B、C”) is a concept
            if _FYP_MARK.match(term) or _NOT_CONCEPT.search(term) or term in self.firm_kinds:
                continue
            if _OLD_FYP.match(term) and _OLD_FYP_AFTER.match(text, m.end()):
                continue
            if _COINED_MANNER.search(term) and _CJK.match(text, m.end()):
                continue  # “内卷式”竞争: a coined way of doing the noun after it, no concept
            if text.endswith(_SHORT_NAME_LEAD, 0, m.start()):
                continue  # "…有限公司(以下简称“东方明珠”)": a short name of what comes before
            zone = self.quoted_zone.match(text, m.end())
            if zone and zone.group() in self.quoted_only_heads and _AREA_KIND.search(term):
                zone = None  # “城中村”片区, “老少边穷”地区: a kind of area, no name
            if zone and segment.ends_word(text, zone.end()):
                name = text[m.start() : zone.end()]
                out.append(
                    self._with_named_lead(text, Candidate(m.start(), zone.end(), "Zone", name, 2))
                )
                continue
            if term.endswith(self.quoted_zone_endings) and len(term) > 2:  # "南方美谷"
                out.append(Candidate(m.start(group), m.end(group), "Zone", term, 2))
                continue
            if self._city_cluster(term):  # "汉孝随襄十": a cluster of the province's cities
                out.append(Candidate(m.start(group), m.end(group), "Zone", term, 2))
                continue
            acronym = _ACRONYM_NOTE.search(term)
            named = self._suffix_class(term[: acronym.start()]) if acronym else None
            if named and named[0] == "Organization":
                # “流行病防范创新联盟(CEPI)”: an institution given with its acronym
                out.append(Candidate(m.start(group), m.end(group), named[0], term, 2))
                continue
            named = self._suffix_class(term)  # “上海区块链测评中心”: a place's institution
            if (
                named
                and named[0] in _NAMED_BODIES
                and not _COUNTED_QUOTE.match(term)  # “四平台”: no 四平
                and self._opens_with_place(term, 0, len(term))
            ):
                out.append(Candidate(m.start(group), m.end(group), named[0], term, 2))
                continue
            head = self.concept_heads.match(text, m.end())
            counted = _COUNT_LEAD.search(text, max(0, m.start() - 4), m.start())
            if counted:  # 两个“翻一番”, 六大“卓越行动”: the count names the slogan too
                end = head.end() if head else m.end()
                out.append(Candidate(counted.start(), end, "PolicyConcept", term, 3))
            elif head:  # the mention spans the head (and the field before the quote, as
                # below: 产业提质升级“1+9”行动); the concept keeps the quoted name
                start = self._qualified_start(text, m.start(), headed=True)
                out.append(Candidate(start, head.end(), "PolicyConcept", term, 3))
            elif (left := self._qualified_start(text, m.start())) < m.start():
                # 碳达峰“十大工程”: the mention takes in the field it belongs to, as an alias
                out.append(Candidate(left, m.end(), "PolicyConcept", term, 3))
            elif not term.isdigit():
                out.append(Candidate(m.start(group), m.end(group), "PolicyConcept", term, 3))
        for pattern in (self.place_concepts, self.role_centres):
            for m in pattern.finditer(text):
                out.append(Candidate(m.start(), m.end(), "PolicyConcept", m.group(0), 3))
        return out + self.city_title_candidates(text) + self.city_brand_candidates(text)

    def _qualified_start(self, text: str, quote: int, headed: bool = False) -> int:
        """Where a quoted concept's mention starts: at the field before the quote (碳达峰“十大工
        程”), but not at a name of its own (云南大学“双一流”, 嘉定新城建设“两大战略引擎”: a name
        before the quote, and its building, is a name of its own)."""
        left = segment.qualifier_start(text, quote)
        if left < quote and not self._name_ends(text[left:quote].removesuffix("建设")):
            if not headed or text[left:quote] not in self.industry_verbs:
                return left  # with a head, not a verb alone (建设“2+N”科创引领高地)
        return quote

    def city_title_candidates(self, text: str) -> list[Candidate]:
        """Titles a city wins or works towards: 全国文明城市, 国家碳达峰试点城市 (a scope opens
        them); 获批/消费新业态新模式新场景试点城市 (a designation verb), 现代流通战略支点城市 at the
        start of a clause, and the titles listed after one (…试点城市、…重点城市). A qualifier
        of the award (首批, 国家首批) is left out."""
        out: list[Candidate] = []
        last_end = -1
        for m in self.city_title_end.finditer(text):
            start = self._city_title_start(text, m.start(), m.group(0)[:-2], last_end)
            if start is not None:
                out.append(Candidate(start, m.end(), "PolicyConcept", text[start : m.end()], 3))
                last_end = m.end()
        return out

    def city_brand_candidates(self, text: str) -> list[Candidate]:
        """Names a city makes for itself (演艺之都, 博物馆之城, 中国软件名城): the field before the
        head, after the verb that pursues it and without the level it is pursued at; none after
        一批 (建设一批创业之城、创意之城: kinds of city), nor a quoted one (the quotes name it)."""
        out: list[Candidate] = []
        kind_list_end = -1  # where the last member of a list of kinds ended
        for m in self.city_brand.finditer(text):
            lo = max(0, m.start() - 12)
            marks = [
                i for i in range(lo, m.start()) if text[i] in _CLAUSE_MARKS or text[i] in "的和与及"
            ]
            clause = marks[-1] + 1 if marks else lo
            start = self._after_last(text, clause, m.start(), self.city_brand_verbs)
            if text[start] in self.city_brand_short_verbs:  # 让/生态文明之都
                start += 1
            if text.startswith("一批", start) or (
                text[start - 1 : start] == "、" and kind_list_end == start - 1
            ):
                kind_list_end = m.end()
                continue
            for level in self.city_brand_levels:
                if text.startswith(level, start):
                    start += len(level)
                    break
            stem = text[start : m.start()]
            if not 2 <= len(stem) <= 10 or any(ch.isdigit() or ch in _QUOTES for ch in stem):
                continue
            if text[start - 1 : start] in _QUOTES or text[m.end() : m.end() + 1] in _QUOTES:
                continue  # “种业之都”: the quotes name it
            out.append(Candidate(start, m.end(), "PolicyConcept", text[start : m.end()], 3))
        return out

    def _city_title_start(self, text: str, kind_at: int, kind: str, last_end: int) -> int | None:
        lo = max(0, kind_at - 24)
        marks = [i for i in range(lo, kind_at) if text[i] in _CLAUSE_MARKS]
        clause = marks[-1] + 1 if marks else lo
        body = text[clause:kind_at]
        scopes = [body.find(w) for w in self.city_title_scopes if w in body]
        verbs = [body.rfind(v) + len(v) for v in self.designation_verbs if v in body]
        if scopes:
            start = clause + min(scopes)
        elif kind not in self.city_title_kinds:
            return None  # 文明城市, 森林城市: a title only with its scope
        elif verbs:
            start = clause + max(verbs)
        elif not marks or segment.opens_with_verb(body):
            return None
        elif kind in self.weak_city_title_kinds and not (
            text[clause - 1] == "、" and last_end == clause - 1
        ):
            return None  # 周边重点城市, 区域中心城市: a title only in a list of titles
        else:  # past the clause's verbs (持续推进/消费帮扶示范城市)
            start = self._strip_stops(text, clause, kind_at, "")
        for qualifier in self.city_title_qualifiers:
            if text.startswith(qualifier, start):
                start += len(qualifier)
                break
        name = text[start:kind_at]
        if (
            (not scopes and len(name) < 2)
            or any(c in name for c in "的和与及等")
            or any(ch.isdigit() for ch in name)
        ):
            return None
        return start

    def heading_subject_candidates(self, structure: Structure) -> list[Candidate]:
        """The subjects of sibling headings "碳服务:深化…", "绿色航运:发展…", "绿色技术:结合…":
        where most of them name sectors (a sector word's head, a catalogue name), each names
        its sector; the headings list the plan's fields."""
        siblings: dict[int, list[Span]] = {}
        for block in structure.blocks:
            m = _HEADING_SUBJECT.match(block.heading.text)
            if m is None or segment.opens_with_verb(m.group(1)):
                continue
            at = block.heading.begin
            siblings.setdefault(block.parent, []).append(Span(at, at + m.end(1), m.group(1)))
        out: list[Candidate] = []
        for subjects in siblings.values():
            out.extend(self._area_subjects(subjects))
            sectors = [s for s in subjects if self._sector_word(s.text)]
            if len(sectors) >= 2 and 2 * len(sectors) > len(subjects):
                out.extend(
                    Candidate(s.begin, s.end, "Industry", s.text, 1)
                    for s in subjects
                    if self._sector_word(s.text)
                    or (s.text not in self.industry_generic and not self._suffix_class(s.text))
                )
        return out

    def grown_sector_candidates(self, structure: Structure) -> list[Candidate]:
        """The sector a heading grows, when the heading is only a verb of growth and a sector
        word (1.做强现代物流。, (二)做大金融服务), and each sector of a run of such verbs
        (做强现代物流、做优科技服务、做大金融服务): the verb's object is the sector."""
        out = []
        for block in structure.blocks:
            m = _GROWS_SECTOR.fullmatch(block.heading.text)
            if m is not None:
                at = block.heading.begin + m.start(1)
                out.extend(self._grown_sector(at, m.group(1)))
        for run in _GROWN_RUN.finditer(structure.doc.text):
            for m in _GROWS_SECTOR.finditer(structure.doc.text, run.start(), run.end()):
                out.extend(self._grown_sector(m.start(1), m.group(1)))
        for m in _GROWN_ONE.finditer(structure.doc.text):
            out.extend(self._grown_sector(m.start(1), m.group(1)))
        return out

    def _grown_sector(self, at: int, name: str) -> list[Candidate]:
        """A sector word, its head after a word of its own (not 大旅游, 大产业: a slogan's)."""
        head = max((h for h in self.sector_heads if name.endswith(h)), key=len, default="")
        if not self._sector_word(name) or name.endswith(("产业", "行业")):
            return []  # an X产业 is the patterns' (低空经济产业 names 低空经济)
        stem = name[: len(name) - len(head)]
        if name not in self.catalogue_names and not self._valid_stem(stem, "Industry", name):
            return []  # 大产业, 战略性产业: a slogan's, a kind
        return [Candidate(at, at + len(name), "Industry", name, 1)]

    def _area_subjects(self, subjects: list[Span]) -> list[Candidate]:
        """Heading subjects that name an area by its proper name (北中环区域:构建…): the area is a
        zone; a place's (滨江区域) or a kind's (重点区域) is none."""
        out = []
        for s in subjects:
            stem = s.text.removesuffix("区域")
            if (
                stem != s.text
                and 2 <= len(stem) <= 4
                and stem not in self.place_set
                and self._proper(stem)
                and not self._opens_with_place(stem, 0, len(stem))
            ):
                out.append(Candidate(s.begin, s.begin + len(stem), "Zone", stem, 1))
        return out

    def sector_listmates(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The members of a list of three or more whose other members are mostly sectors found
        already (新型显示、生物医药、低空经济、自动驾驶等稳居全国第一方阵): each is a sector too, when
        it is a short noun phrase of its own (not a place, a verb phrase or a kind)."""
        sectors = {(c.begin, c.end) for c in found if c.cls == "Industry"}
        overlaps = _overlap_test(found)
        out: list[Candidate] = []
        for spans in _list_runs(text, lead=10):
            known = sum(span in sectors for span in spans)
            if len(spans) < 3 or known < 2 or 2 * known < len(spans):
                continue
            for i, (b, e) in enumerate(spans):
                if i == 0:  # the clause's verbs before the list (培育/低空物流、银发经济、…)
                    start = self._strip_stops(text, b, e, "Industry")
                    if start > b and not self._sector_word(text[start:e]):
                        continue  # 加强与/长三角、粤港澳大湾区在…: no sector after the verbs
                    b = start
                if overlaps(b, e):
                    continue  # found already, as whatever it is
                name = text[b:e]
                if not 2 <= len(name) <= 6 or name in self.place_set or name in self.generic:
                    continue
                if segment.opens_with_verb(name):
                    continue
                out.append(Candidate(b, e, "Industry", name, 1))
        return out

    def grown_listmates(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The members of a list a verb of growth with its adverb opens, one of them a sector
        (大力发展氢能、新型储能、分布式光伏; 鼓励发展智慧旅游、智慧广电、智能体育), or all of them
        where the verb opens its clause alone (…延伸,发展现代物流、科技服务), or closed by a
        category of sectors (重点发展行业模型、智能体等领域): each member not found already is a
        sector too. Not a list holding a kind of body or institution (家庭农场, 职业学校), of ways
        of doing business (社区团购、直采直销等新模式), the links of a chain (上游原料、中游制造环节)
        nor a sector's qualities (优质高产、绿色安全的现代渔业); a member opening with a verb
        (提升森林康养), or a word of two characters that names no sector (高效、节水、生态农业:
        qualities the last one's head shares) is none."""
        taken = _overlap_test(found)
        out = []
        for m in _GROWN_LIST.finditer(text):
            parts = m.group(1).split("、")
            if "的" in m.group(1) or parts[-1].endswith("环节"):
                continue
            joined = _LAST_JOINED.fullmatch(parts[-1])
            if joined:  # …、人工智能和低空物流 (软件和信息服务业, found already, is kept whole)
                parts[-1:] = joined.groups()
            last = parts[-1]
            kind = last[last.index("等") + 1 :] if "等" in last else None
            if kind is not None and not _SECTOR_KIND.fullmatch(kind):
                continue
            spans, at = [], m.start(1)
            for part in parts:
                at = text.index(part, at)
                spans.append((at, at + len(part.split("等")[0])))
                at += len(part)
            names = [text[b:e] for b, e in spans]
            if any(self._kind_of_body(name) for name in names):
                continue  # 积极发展休闲农业、家庭农场、农民合作社: kinds of farm and body
            if kind is None and not any(self._sector_like(name) for name in names):
                continue  # 大力发展校企合作、产教融合: ways of working, no sector among them
            if m.group(0).startswith("发展") and not all(map(self._sector_like, names)):
                continue  # "…,发展旅游、餐饮受到冲击": without an adverb, sectors only
            for (b, e), name in zip(spans, names, strict=True):
                if len(name) <= 2 and not self._sector_like(name):
                    continue  # 高效、节水、生态农业: qualities the last member's head shares
                if not taken(b, e) and not segment.opens_with_verb(name):
                    out.append(Candidate(b, e, "Industry", name, 1))
        return out

    def _kind_of_body(self, name: str) -> bool:
        """A name ending in the head of a kind of body or institution (家庭农场, 职业学校)."""
        own = self._suffix_class(name)
        return name.endswith(_NO_SECTOR_HEADS) or (
            own is not None and own[0] in ("Organization", "GovernmentBody", "Zone")
        )

    def same_head_listmates(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Members of a list of three or more that end in one sector head, one of them a sector
        found (生态农业、设施农业、高效农业、共享农业不断壮大; the first after the clause's verb of
        growth: 发展/智能制造、…): each member after a list mark is a sector, however its first word
        reads (共享)."""
        sectors = {(c.begin, c.end) for c in found if c.cls == "Industry"}
        taken = _overlap_test(found)
        out: list[Candidate] = []
        for m in self.same_head_list.finditer(text):
            head = m.group("head")
            spans, at = [], m.start()
            for part in m.group(0).split("、"):
                spans.append((at, at + len(part)))
                at += len(part) + 1
            first_b, first_e = spans[0]  # it may hold the clause's verb of growth (发展/智能制造)
            spans[0] = (self._strip_stops(text, first_b, first_e, "Industry"), first_e)
            if not any(span in sectors for span in spans):
                continue  # (推广使用/新能源汽车、纯电汽车: no verb of growth, no sector list)
            if _PRODUCTS_LISTED.match(text, m.end()):
                continue  # 基础软件、工业软件、信创软件等首版次软件产品: kinds of product
            for b, e in spans[1:]:
                name = text[b:e]
                stem = name[: -len(head)]
                if taken(b, e) or stem in self.industry_generic or len(stem) < 2:
                    continue  # 园区经济, 口岸经济: ways of speaking of the economy
                out.append(Candidate(b, e, "Industry", name, 1))
        return out

    def named_listmates(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The members of each list of three or more, at least half of them found as zones or as
        organisations and none as anything else (萧山经济技术开发区、传化科技城、钱塘医药港小镇等;
        浙江大学药学院、国科大杭高院、…重点实验室等), that end in a head of that class
        (``_LISTED_HEADS``: 城, 园, 港, …; 院, 所, 馆, …) after a stem that names (a place, a proper
        or quoted word, as a zone's does): of that class too, whatever the head says alone. A
        member's name begins after the clause's verbs (依托高校资源建设/紫金港科创园). A name found
        inside a member (临港 in 慈溪临港高科园) gives way to it; one found at its end, or running
        out of it, keeps its place, and so does one found at its start with a verb after it
        (临平新城/形成万亿级产业带: the clause goes on)."""
        ends = {c.end: c.cls for c in found}
        taken = sorted((c.begin, c.end) for c in found)
        starts = [b for b, _ in taken]
        out: list[Candidate] = []
        for spans in _clause_lists(text):
            classes = [ends.get(e) for _b, e in spans]
            named = [c for c in classes if c is not None]
            cls = named[0] if named else None
            if cls not in _LISTED_HEADS or named.count(cls) < max(len(named), len(spans) / 2):
                continue
            heads = _LISTED_HEADS[cls]
            near = taken[bisect_left(starts, spans[0][0]) : bisect_right(starts, spans[-1][1])]
            for i, (b, e) in enumerate(spans):
                b = self._member_begin(text, b, e, first=i == 0)
                name = text[b:e]
                inside = [(fb, fe) for fb, fe in near if fb < e and b < fe]
                if any(
                    fb < b or fe >= e or (fb == b and segment.opens_with_verb(text[fe:e]))
                    for fb, fe in inside
                ):
                    continue
                head = next((h for h in heads if name.endswith(h)), None)
                if head is not None and self._named_zone(name[: -len(head)]):
                    out.append(Candidate(b, e, cls, name, 1))
        return out

    def firm_listmates(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The members of a list of three or more that names a firm and no body or sector
        (加快推进宁德时代、福耀玻璃、亿纬锂能等项目建设): each short proper name of its own is a
        firm too, though the list's category (项目) does not say so."""
        ends: dict[int, tuple[int, str]] = {c.end: (c.begin, c.cls) for c in found}
        overlaps = _overlap_test(found)
        out: list[Candidate] = []
        for spans in _list_runs(text, lead=10):
            classes = [  # what names each member, or the first's end (推进/宁德时代)
                ends[e][1] if e in ends and ends[e][0] >= b else None for b, e in spans
            ]
            if len(spans) < 3 or "Enterprise" not in classes:
                continue
            if {"GovernmentBody", "Industry", "Zone", "AdministrativeArea"} & set(classes):
                continue  # a list of who does what, or of places and sectors
            kind = _CLAUSE_SPLIT.split(text[spans[-1][1] :], maxsplit=1)[0]
            if kind.startswith("等") and any(w in kind for w in _NO_FIRMS):
                continue  # 强村公司、片区组团、共富标准地等新型集体经济发展模式: ways, not firms
            for i, (b, e) in enumerate(spans):
                if i == 0:
                    b = self._strip_stops(text, b, e, "Enterprise")
                if overlaps(b, e):
                    continue
                name = text[b:e]
                if (
                    2 <= len(name) <= 6
                    and name not in self.place_set
                    and name not in self.generic
                    and not self._sector_word(name)
                    and not segment.opens_with_verb(name)
                    and not segment.dictionary_word(name)  # 安全、消防、环保等要求
                    and self._proper(name)
                ):
                    out.append(Candidate(b, e, "Enterprise", name, 1))
        return out

    def body_listmates(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The members of a list of three or more that opens with a body of a level (区政府办公室、
        发展改革委、公安分局、财政局): each named by an office's head is a body of the same level,
        though the list writes the level once."""
        ends = {
            c.end
            for c in found
            if c.cls == "GovernmentBody" and self._opens_body(text, c.begin, c.end)
        }
        named = {c.end for c in found}
        out: list[Candidate] = []
        for spans in _list_runs(text):
            if not spans or not ({spans[0][1], spans[0][0] - 1} & ends):
                continue  # the list opens with the body (the clause's words before it aside)
            for b, e in spans:
                name = text[b:e]
                if e in named or name.startswith(self.member_generic):
                    continue  # found already (协同/市水务局), or bodies of a kind (各街镇河长办)
                if (
                    3 <= len(name) <= 8
                    and name.endswith(_OFFICE_HEADS)
                    and not segment.opens_with_verb(name)
                ):
                    out.append(Candidate(b, e, "GovernmentBody", name, 1))
        return out

    def _sector_word(self, name: str) -> bool:
        """A catalogue name, or a name ending in a sector word's head (绿色航运, 碳服务)."""
        return name in self.catalogue_names or (
            name.endswith(self.sector_heads) and name not in self.industry_generic
        )

    def division_cells(self, text: str) -> list[Candidate]:
        """In a table of tasks with a column of who leads them (a header cell 牵头, 牵头部门,
        责任部门 …), a cell of its own line naming divisions of a bureau (设施养护处, 客运处、
        港监处) names government bodies."""
        if not _LEAD_HEADER.search(text):
            return []
        out = []
        for line in _DIVISION_LINE.finditer(text):
            pos = line.start()
            for name in line.group(0).split("、"):
                if name not in _NOT_DIVISIONS:
                    out.append(Candidate(pos, pos + len(name), "GovernmentBody", name, 1))
                pos += len(name) + 1
        return out

    def bracketed_members(self, text: str) -> list[Candidate]:
        """The members of a counted kind given in brackets after it ("5个世界级地标商圈(天河路—
        珠江新城、白鹅潭)", "三大园区(A、B、C)"): each a name of the kind's class."""
        out: list[Candidate] = []
        for m in _BRACKETED.finditer(text):
            kind_end = m.start() - (text[m.start() - 1 : m.start()] == "\n")  # a box's own line
            begin = max(text.rfind(ch, 0, kind_end) for ch in _CLAUSE_END + "、") + 1
            category = text[begin:kind_end]
            cls = self._category_class(category)
            if cls not in ("Zone", "Organization", "Enterprise") or not _COUNTED_KIND.search(
                category
            ):
                continue
            if not category.endswith(tuple(n for n, c in self.categories if c == cls)):
                continue  # the bracket must follow the kind, not a word after it
            pos = m.start(1)
            for raw in m.group(1).split("、"):
                b = pos + len(raw) - len(raw.lstrip())
                piece = raw.strip().removesuffix("等")
                pos += len(raw) + 1
                if self._bracketed_member(piece, cls):
                    out.append(Candidate(b, b + len(piece), cls, piece, 1))
        return out

    def _bracketed_member(self, piece: str, cls: str) -> bool:
        """A bracketed piece that names one member: no count (其中市级3家), no scope (含…), no
        place alone, no generic or verb opening, and a valid stem where it has a head of its own
        (南部片区 is a kind)."""
        if not 2 <= len(piece) <= 16 or _DIGIT.search(piece) or piece.startswith(_SCOPE_WORDS):
            return False
        if piece in self.place_set or piece.startswith(self.member_generic):
            return False
        own = self._suffix_class(piece)
        if own is not None and not self._valid_stem(piece[: -len(own[1])], own[0], piece):
            return False
        return not segment.opens_with_verb(piece)

    def member_lines(self, text: str) -> list[Candidate]:
        """A list of members one a line under its field ("成员单位 / : / 党政办公室 / 社区平安办公室
        / … / 蔡家桥村村委会"): each line that ends as a body's or an organisation's name does
        names one, though without the place or level a name in prose opens with; the list ends
        at the first line that does not."""
        out = []
        for heading in _MEMBER_FIELD.finditer(text):
            pos = heading.end()
            for line in text[pos:].split("\n"):
                cls = self._member_class(line) if _MEMBER_LINE.fullmatch(line) else None
                if cls is None:
                    break
                if not line.startswith(self.member_generic):
                    out.append(Candidate(pos, pos + len(line), cls, line, 1))
                pos += len(line) + 1
        return out

    def _member_class(self, line: str) -> str | None:
        """The class of a member of a government body's list: a body's, and a service centre's
        (城市建设管理事务中心) or a squad's (综合行政执法队) as its units are, unless the head is an
        organisation's of its own (蔡家桥村村委会, 商会); None for a line that names no member."""
        if line.endswith(_UNIT_HEADS):
            return "GovernmentBody"
        if line.endswith(_COMMITTEE_HEADS):  # self-governing, not organs of the state
            return "Organization"
        head = self._suffix_class(line)
        if head is None or head[0] not in ("GovernmentBody", "Organization"):
            return None
        return head[0] if len(line) > len(head[1]) else None

    # -- both passes ------------------------------------------------------------------------
    def responsibility_candidates(
        self, text: str, body_cells: tuple[tuple[int, int], ...]
    ) -> list[Candidate]:
        """The members of a responsibility note ("(责任单位:区政务服务办、区大数据中心)",
        "(区发展改革委牵头,区财政局配合)") that open with a level or a place are bodies of the
        government, whatever their head (the note names who is responsible), unless the head is
        an institution's, a firm's or a zone's (上海理工大学, 上海城投集团, 市北功能区). Generic members
        (各街镇, 相关部门) are none. (A task table's body cells are read by row, in relate; the
        whole text is no row.) So are the ``body_cells`` the structure found under a column of
        bodies in a table pasted a row a line (序号 重点任务 牵头单位 配合单位 完成时限 / 1 建设…
        县大数据中心 县农业农村局 …)."""
        out = []
        spans = lists.responsibility_spans(text, 0, len(text), self.vocab) + list(body_cells)
        for lo, hi in spans:
            bodies = 0  # members of the note so far that are bodies of the government
            for begin, name in self._note_members(text, lo, hi):
                end = begin + len(name)
                if bodies and _bureau_unit(name) and not name.startswith(self.member_generic):
                    # "(市局特种设备安全监察处牵头,执法稽查处、…按职责分工负责)": the divisions
                    # of the same bureau, named without it
                    out.append(Candidate(begin, end, "GovernmentBody", name, 1))
                    continue
                if (
                    3 <= len(name) <= 20
                    and (name.startswith(self.body_openers) or self._town_unit(name))
                    and not name.startswith(self.member_generic)
                    and "等" not in name
                    and not name.endswith(("单位", "部门"))
                    and not _LEVELS_ONLY.match(
                        re.sub(r"(?:人民)?政府$", "", name)
                    )  # 县级市, 区镇两级政府
                ):
                    head = self._suffix_class(name)  # 上海理工大学, 上海城投集团, 市北功能区
                    cls = (
                        head[0]
                        if head and head[0] in ("Organization", "Enterprise", "Zone")
                        else None
                    )
                    entry = self.vocab.lookup(name[1:])
                    if entry is not None and entry.type == "Organization" and name[0] in _LEVELS:
                        cls = "Organization"  # 市科协: a people's organisation, no government body
                    out.append(Candidate(begin, end, cls or "GovernmentBody", name, 1))
                    bodies += cls is None
        return out

    @staticmethod
    def _note_members(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
        """Each member of a responsibility note as (offset, name), without what it says of the
        member (市物流发展工作专班(成员单位): the members are the team's), two bodies written
        together (市住房城乡建设管理委市重大办) as two."""
        out = []
        for m in _NOTE_MEMBER.finditer(text, lo, hi):
            begin = m.start()
            for glued in _glued_bodies(text, m.start(), m.end(1)):
                out.append((begin, text[begin : glued.end() - len(glued.group(1))]))
                begin = glued.end()
            out.append((begin, text[begin : m.end(1)]))
        return out

    def recognise(self, structure: Structure) -> Recognition:
        text = structure.doc.text
        self.infer_province(text)
        titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
        enum, raw_hints = self.enumeration_candidates(text)
        patterns = self.pattern_candidates(text)
        first = resolve(
            _outside(
                self.curated_candidates(text)
                + self.catalogue_candidates(text)
                + self.place_candidates(text)
                + enum
                + patterns
                + self.shared_head_candidates(text, patterns)
                + self.event_abbreviations(text)
                + self.session_candidates(text)
                + self.branch_centre_candidates(text)
                + self.trade_candidates(text)
                + self.box_field_candidates(text)
                + self.concept_candidates(text)
                + self.programme_candidates(text)
                + self.heading_subject_candidates(structure)
                + self.grown_sector_candidates(structure)
                + self.responsibility_candidates(text, structure.body_cells)
                + self.division_cells(text)
                + self.member_lines(text)
                + self.bracketed_members(text),
                titles,
            )
        )
        first = _without_counted_kinds(first, text)
        first = [  # 四川省2025年政府(工作报告), 2024年县〈政府…: a report's title; no body has a year
            part
            for c in first
            if c.cls != "GovernmentBody" or not _YEAR_INSIDE.search(c.label)
            for part in _joint_bodies(c)
        ]
        first = self._firm_bases(first)
        mates = (
            self.sector_listmates(text, first)
            + self.same_head_listmates(text, first)
            + self.body_listmates(text, first)
            + self.firm_listmates(text, first)
            + self.grown_listmates(text, first)
            + self.named_listmates(text, first)
        )
        first = resolve(first + mates) if mates else first
        pairs = paired_fields(text, first, self.industry_heads)
        first = resolve(first + pairs) if pairs else first
        names: dict[str, tuple[str, str]] = {}
        methods: dict[str, str] = {}
        for cand in sorted(first, key=lambda c: c.priority):
            names.setdefault(cand.label, (cand.cls, cand.label))
            methods.setdefault(cand.label, METHODS[cand.priority])
        for name, (cls, canonical) in list(names.items()):
            if (
                cls == "GovernmentBody"
                and _GOVERNMENT_SHORT.match(canonical)
                and canonical[:-2] in self.place_set
            ):
                names[name] = (cls, canonical[:-2] + "人民政府")  # 湖北省政府: 湖北省人民政府
            own = _OWN_GOVERNMENT.match(canonical) if cls == "GovernmentBody" else None
            place = self._own_place(own.group(1)) if own else None
            if place is not None:  # in 山东省's plan, 省政府 is 山东省人民政府
                names[name] = (cls, place + "人民政府")
        for name, (cls, label) in list(names.items()):
            if cls == "Industry" and name == label:
                names[name] = (cls, self._unqualified(name, names))
        for name, (cls, _label) in list(names.items()):
            longer = names.get(name + "产业")
            if cls == "Industry" and longer is not None and longer[0] == "Industry":
                names[name] = longer  # 生物医药 and 生物医药产业 name one industry
        _without_acts_on_known(names)
        for entry in self.vocab.entries:
            if entry.label in names:
                for alias in entry.aliases:
                    names.setdefault(alias, (entry.type, entry.label))
        aliases: dict[str, tuple[str, ...]] = {}
        for label, (cls, canonical) in list(names.items()):
            if cls != "Zone":
                continue
            unplaced = self._zone_without_place(label)
            for short in (self._zone_short_name(label), unplaced):
                if short is not None:  # 中关村 for 中关村示范区, 东方航天港 for 烟台东方航天港
                    names.setdefault(short, (cls, canonical))
            if unplaced is not None and label == canonical:  # the same zone without its city
                aliases[label] = (unplaced,)
        for short, (cls, canonical) in _short_names(text, first, self.member_generic):
            names[short] = (cls, canonical)  # the text's own word, whatever else it could name
            aliases[canonical] = (*aliases.get(canonical, ()), short)
        for short, canonical in self._firms_named_short(names):
            # 临江重工 and 临江重工股份有限公司: one firm, named with and without its legal form
            names[short] = ("Enterprise", canonical)
            aliases[canonical] = (*aliases.get(canonical, ()), short)
        for short, canonical in self._bodies_named_short(names):
            # 市发改局: 市发展和改革局, named both ways
            names[short] = ("GovernmentBody", canonical)
            aliases[canonical] = (*aliases.get(canonical, ()), short)
        for _b, _e, name, (cls, canonical) in self.learned_names.find(text):
            # zones and industries the dev annotations name (learned.yaml), unless the text
            # names them otherwise
            if names.setdefault(name, (cls, canonical)) == (cls, canonical):
                methods.setdefault(canonical, METHODS[5])
        second = Gazetteer(names.items())
        found = [
            Candidate(b, e, cls, label, 0)
            for b, e, _, (cls, label) in second.find(text)
            if not self._learned_sector_misplaced(text, b, e, cls, methods.get(label))
        ]
        documents = self.document_candidates(text) + self.issued_document_candidates(text)
        mentions = resolve(
            _outside(found + [c for c in first if c.cls in _FIRST_PASS_ONLY], titles) + documents
        )
        for doc in documents:
            methods.setdefault(doc.label, "quotation")
        mentions = [  # 组合拳, 最后一公里: phrases annotators never take for names (learned.yaml)
            m
            for m in mentions
            if not (
                self.vocab.never_named(m.label)
                or self.vocab.never_named(text[m.begin : m.end])
                or self._figure_of_speech(m, text, methods.get(m.label))
            )
        ]
        hints = self._industry_hints(text, mentions, raw_hints)
        return Recognition(mentions, hints, methods, aliases)

    def _firms_named_short(self, names: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
        """(short, full) for the firms a text names with and without their legal form (临江港务集团
        / 临江港务集团有限公司): the same name once the longest legal form that ends it is cut."""
        by_core: dict[str, list[str]] = {}
        for name in sorted({canonical for cls, canonical in names.values() if cls == "Enterprise"}):
            suffix = next((s for s in self.vocab.legal_suffixes if name.endswith(s)), "")
            by_core.setdefault(name.removesuffix(suffix), []).append(name)
        pairs = []
        for group in by_core.values():
            full = max(group, key=len)
            pairs += [(short, full) for short in group if short != full]
        return pairs

    def _bodies_named_short(self, names: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
        """The bodies a text names in full and also by a short form (市发展和改革局 / 市发改局,
        区政府国资委 / 区国资委): (short, full) for each short form it names as a body of its own."""
        out: list[tuple[str, str]] = []
        for label, (cls, canonical) in names.items():
            if cls != "GovernmentBody":
                continue
            for full, shorts in self.body_short_forms.items():
                if label.endswith(full):
                    out.extend(
                        (short, canonical)
                        for s in shorts
                        if names.get(short := label[: -len(full)] + s) == ("GovernmentBody", short)
                    )
        return out

    def _figure_of_speech(self, mention: Candidate, text: str, method: str | None) -> bool:
        """Whether a concept found by its quotation marks alone is one ordinary word (“组合拳”,
        “钉子户”, “一刀切”, “硬骨头”) or a phrase of speech with no head after it (“管得好”,
        公共交通“最后一公里”): a figure of speech, no programme's name. A counted slogan
        (“五位一体”) names one, and so does a programme's head (“民心工程”) or a quoted word with
        a head after it (“四线”管控) or a field before it (杭甬“双城记”, 消费品“以旧换新”): the
        mention then spans more than the word."""
        if mention.cls != "PolicyConcept" or method != "quotation":
            return False
        after = text[mention.end - 1 : mention.end + 1]  # the quote closes the mention, no head
        if _FIGURE_PHRASE.fullmatch(mention.label) and any(q in after for q in _QUOTES):
            return True  # 公共交通“最后一公里”: whatever field it is said of, with no head after
        return (
            text[mention.begin : mention.end].strip('“”"') == mention.label
            and not _COUNTED_QUOTE.search(mention.label)
            and not mention.label.endswith(self.concept_suffixes)
            and segment.plain_word(mention.label)
        )

    def _learned_sector_misplaced(
        self, text: str, begin: int, end: int, cls: str, method: str | None
    ) -> bool:
        """Whether a learned industry found here is no mention of it: inside a longer word (现代化工
        in 现代化/工业, 生物药 in 微生物/药物) or running on into the head of another name, of
        which it is a part (建设/创意设计/中心区, 文化产业/园区)."""
        if cls != "Industry" or method != "annotations":
            return False
        return (
            not segment.starts_word(text, begin, end)
            or not segment.ends_word(text, end)
            or text.startswith(self.name_heads, end)
        )

    def _industry_hints(
        self, text: str, mentions: list[Candidate], raw: list[tuple[Candidate, str]]
    ) -> list[tuple[Candidate, Candidate]]:
        """Enterprise → industry evidence: a keyword in its name, else one industry its category names."""
        named = [
            (kw, m.label) for m in mentions if m.cls == "Industry" for kw in _stem_keywords(m.label)
        ]
        by_span = {(m.begin, m.end): m for m in mentions}
        hints = []
        for member, category in raw:
            ent = by_span.get((member.begin, member.end))
            if ent is None or ent.cls != "Enterprise":
                continue
            cat_begin = text.find(category, member.end)
            evidence = None
            for keywords in (named, self.keywords):
                evidence = evidence or self._keyword_in(text, member.begin, member.end, keywords)
                evidence = evidence or self._keyword_in(
                    text, cat_begin, cat_begin + len(category), keywords, unique=True
                )
            if evidence is not None:
                hints.append((ent, evidence))
        return hints

    @staticmethod
    def _keyword_in(
        text: str, begin: int, end: int, keywords: list[tuple[str, str]], unique: bool = False
    ) -> Candidate | None:
        span = text[begin:end]
        hits = [(span.find(kw), kw, label) for kw, label in keywords if kw in span]
        if not hits or (unique and len({label for _, _, label in hits}) != 1):
            return None
        at, kw, label = min(hits, key=lambda h: (h[0], -len(h[1])))
        return Candidate(begin + at, begin + at + len(kw), "Industry", label, 0)


# A table's header cell for who leads a task, on a line of its own.
_LEAD_HEADER = re.compile(r"^(?:牵头|牵头部门|牵头单位|责任部门|责任单位|责任处室)$", re.M)
# The field of a list of members one a line: its line, and a colon on a line of its own; the
# heads that make a member a body's unit, and those of self-governing committees.
_MEMBER_FIELD = re.compile(r"^(?:成员单位|成员部门|组成单位)\s*:?\n(?::\n)?", re.M)
_MEMBER_LINE = re.compile(r"[\u4e00-\u9fff()]{3,24}")
_UNIT_HEADS = ("事务中心", "服务中心", "管理中心", "执法队", "大队", "中队", "支队")
_COMMITTEE_HEADS = ("村委会", "居委会", "村民委员会", "居民委员会")
# What goes on from a zone's head into a street address (…城/大路36号, …社区/长丰路106号).
_ADDRESS_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:路|大道|街|公路|弄)\d+(?:号|弄)")
# Words that end the name of a site or an institution though no pattern head does (文体中心): what
# ends so before 与, 和 or 及 is a name of its own, not the first field of one.
_SITE_ENDS = ("中心", "馆", "院", "所", "站", "室", "校")
# A cell of its own line naming divisions of a bureau ("设施养护处", "客运处、港监处").
_DIVISION_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}处(?:、[\u4e00-\u9fff]{2,6}处)*$", re.M)
_NOT_DIVISIONS = frozenset({"各处", "多处", "此处", "好处", "用处", "难处", "住处", "出处", "一处"})
# A conjunction inside a list member: 和, 与, 及 or 以及, not the 及 of a word (涉及, 普及, 惠及).
_CONJUNCTION = re.compile(r"以及|(?<![涉普危顾惠波触兼])及(?!时)|[和与]")
# Heads that also end ordinary words ("经济社会", "金融机构", "贸易便利化"): a name ends there
# only before punctuation or a word that continues a sector name.
_LOOSE_HEADS = {"经济", "金融", "贸易", "制造", "农业"}
_SECTOR_NEXT = (
    "等",
    "和",
    "与",
    "及",
    "产业",
    "领域",
    "行业",
    "发展",
    "企业",
    "集聚",
    "创新",
    "新业态",
    "提质",
    "转型",
    "生态",
    "规模",
    "增加值",
    "高质量",
    "蓬勃",
    "试点",
    "示范",
)
# What follows X产业 when the words name a chain or a place rather than the sector.
_PLACE_AFTER_SECTOR = ("链", "基地", "园", "区", "带", "城", "港", "谷")
# What a measure of the economy ends in (生产总值年均增速, 收入占比, 增加值): no sector's name.
_MEASURE_END = re.compile(r"(?:增速|增幅|降幅|总值|比重|占比|比例|收入|增加值|产值|率)$")
_LEVEL = re.compile(
    "(?:全国|国家级|国家|省级|市级|区级|县级)?(?:首批|首个)|全国|国家级|国家|省级|市级|区级|县级"
)
_CORRIDORS = ("廊道", "走廊")
# A year that opens a stem: "2027年产业" is the year of a target and its sector's size.
_YEAR_FIRST = re.compile(r"\d{4}年")
# An amount of money before a name (10亿元, 亿元, 总规模50亿元): a fund's size.
_AMOUNT_LEAD = re.compile(r"(?:总?规模)?(?:\d[\d.]*[十百千万亿]*|[十百千万亿]+)元")
# What a place's name goes on with to name a port, a lake, a river, a hill or a bay, or a dash to
# the next place (临江港, 白水湖, 临江—东湖).
_OWN_PLACE_ENDS = ("港", "湖", "河", "江", "山", "湾", "—", "-")
# The last character of a region's name: a bay, a quarter, a river, a lake, an island (浙东, 杭州湾).
_REGION_ENDS = tuple("湾东西南北江河湖岛口")
# A rank inside a name (白水乡省级农业产业强镇): what comes before it is no part of a sector.
_RANKED = re.compile("(?:国家|省|市|区|县)级")
# A division's word right after a short form (江南/省, 江南/县): a place of that level, which the
# codes lack (its full name would have matched), not the division of that short form (江南区).
_LEVEL_AFTER = re.compile("省|自治区|自治州|县")
# A division's word the segmenter reads apart from the name before it (白水/区, 湖东/省): a place.
_DIVISION_WORDS = ("省", "市", "区", "县", "州", "镇", "乡")


def _corridors(category: str, head: tuple[str, str] | None) -> bool:
    """Whether a list's category names corridors of its head (等产业廊道): named by sectors
    (生命健康、氢能等产业廊道) or by the two places they join (合六、合淮等产业廊道)."""
    if head is None:
        return False
    at = category.find(head[0]) + len(head[0])
    return category.startswith(_CORRIDORS, at)


def _unlisted_place(stem: str) -> int:
    """How long a place the gazetteer lacks is at a stem's start: a name of two characters or
    more and a division's word after it (白水区/生物医药, 湖东省/数字经济); 0 for none (墟/市经济,
    一/乡一品)."""
    if not any(w in stem[2:] for w in _DIVISION_WORDS):
        return 0  # no division's word where one could follow a name: no need to segment
    words = segment.words(stem)
    if len(words) >= 2 and len(words[0][0]) >= 2 and words[1][0] in _DIVISION_WORDS:
        return len(words[0][0]) + 1
    return 0


# A duty a body is given ("区农业农村委应根据职责分工带领…", "…专班应配合…"): a clause, no name.
_DUTY = re.compile(
    r"应当?(?=根据|按照|依据|配合|会同|加强|做好|负责|积极|及时|切实|严格|结合|统筹|牵头|指导|督促)"
    r"|须|必须"
)
# Where a sector reaches or its goods come from, never part of its name (全球数字经济, 国产芯片).
_SECTOR_SCOPE = re.compile("(?:全球|国产)(?!化)")
# Public works named beside a sector, never inside its name ("文化事业文化产业更加繁荣").
_WORKS = ["事业"]
_LANDMARK = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:路|街|湾|江|河|湖|山|岛)")
_DESIGNATIONS = ("国家", "省级", "省")
_JOINER = re.compile(r"(?:[-–—]|[A-Za-z0-9]{1,4}\+)$")
# A list's category that names technologies ("等新型显示技术的研发", "等技术突破"), not fields
# (等领域技术取得突破: the members are fields) nor technologies and sectors (等关键技术及零部件产业).
_TECHNOLOGIES = re.compile(r"(?!领域)[^,;。:的]{0,6}?技术(?![^,;。在]{0,8}(?:产业|行业)(?!化))")
# A box of an outline that lists fields or sectors ("专栏2 支柱产业发展重点领域、重点平台"), up to the
# next box or heading; its items are numbered on lines of their own ("01" / "汽车").
_FIELD_BOX = re.compile(r"^专栏\d{1,2} [^\n]*(?:产业|领域)[^\n]*$", re.M)
_BOX_END = re.compile(r"^(?:专栏\d|第[一二三四五六七八九十百]+[篇章节])", re.M)
_BOX_ITEM = re.compile(r"^\d{2}\n([^\n\d。,;:、]{2,12})$", re.M)
# A word ending in 业, its stem two to four characters long: 旅游业, 房地产业, 交通运输业.
_TRADE = re.compile("[\u4e00-\u9fff]{2,4}业")
_TRADE_GOES_ON = frozenset("态务界主者内绩")  # 旅游业态, 物流业务: 业 opens the next word
_PILOT_GOES_ON = frozenset("城市区县镇村项企园基单地")  # 试点城市, 试点项目, 试点企业
_EVENT_FOLLOWERS = frozenset("、,;。:)”和与及等上期")  # 哈洽会、… 进博会期间 …


def paired_fields(text: str, found: list[Candidate], heads: tuple[str, ...]) -> list[Candidate]:
    """Two sectors joined by 与 or 及 as one item of a list of fields ("生物医药与健康、航空与低空
    经济、时尚消费品", "光计算与可见光通信等领域"): the pair names one field; a first sector named
    in full by its head (现代服务业与先进制造业) is one of two."""
    out = []
    for a, b in pairwise(c for c in found if c.cls == "Industry"):  # found is in text order
        if b.begin != a.end + 1 or text[a.end] not in "与及" or a.label.endswith(heads):
            continue
        before, after = text[a.begin - 1 : a.begin], text[b.end : b.end + 1]
        if before == "、" or after in ("、", "等"):
            label = text[a.begin : b.end]
            out.append(Candidate(a.begin, b.end, "Industry", label, min(a.priority, b.priority)))
    return out


def _one_word_tagged(stem: str, flag: str) -> bool:
    """Whether ``stem`` is one word of segmentation with part-of-speech ``flag``."""
    words = segment.words(stem)
    return len(words) == 1 and words[0][1] == flag


def _verb_named_place(name: str, stem: str) -> bool:
    """A place the dictionary knows as one word whose stem alone reads as a verb or an adjective
    (复兴岛: 复兴): named, though its stem is no proper word; not a kind (无人岛, 湖心岛)."""
    return _one_word_tagged(name, "ns") and all(
        flag.startswith(("v", "a")) for _w, flag in segment.words(stem)
    )


# An amount with its unit (3.44平方公里, 1000亩, 50%).
_QUANTITY = re.compile(r"\d[\d.]*(?:平方公里|平方千米|平方米|公顷|亩|万|亿|%|个|家|项)")
# What opens a zone's size rather than its name (年产30万辆…基地), or nothing (53万亩…功能区).
_SIZED = ("", "年产")


def _quality_only(stem: str) -> bool:
    """Whether ``stem`` is an adjective, after any verbs or adverbs before it (促使低效, 先进)."""
    words = segment.words(stem)
    while len(words) > 1 and words[0][1] in ("v", "vd", "d", "ad"):
        words = words[1:]
    return len(words) == 1 and words[0][1] == "a"


def _after_noun(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a noun (企业/申请…: a subject before its verb)."""
    before = segment.words(text[max(0, start - 4) : start])
    return bool(before) and before[-1][1].startswith("n")


_SESSION_BEFORE = re.compile(_SESSION_ORDINAL + "$")
# A title that says who issued it (…委员会发布的行业导则): the issuer and a kind of document.
_ISSUED_BY = re.compile(r"(?:发布|印发|出台|制定|颁布)的")
# The year of a document's issue number after its issuer's code (沪府办发〔2025〕12号).
_ISSUE_NUMBER = re.compile(r"\s*(?:〔\d{4}〕|\[\d{4}\]|\(\d{4}\))")
# A group that leads the work on a zone, named by it (临江市开发区建设领导小组, 张江科学城建设领导小组).
_ZONE_GROUP = re.compile(r"(?:建设|发展)+领导小组")


def _zones_task_forces(text: str, found: list[Candidate]) -> list[Candidate]:
    """The leading groups named by a zone found and the work on it: government bodies."""
    out = []
    for zone in found:
        m = _ZONE_GROUP.match(text, zone.end) if zone.cls == "Zone" else None
        if m is not None:
            name = text[zone.begin : m.end()]
            out.append(Candidate(zone.begin, m.end(), "GovernmentBody", name, 2))
    return out


# A verb that joins a body of a level to a task, before the level (联合区人民医院开展…).
_JOINS_LEVEL = re.compile(r"(?:联合|携手)(?=[市区县省])")
# A body's head, then a verb that joins another body to it (…局联合/区…局, …办会同/…办) or that
# body's level right after it (…管理委/市重大办, 市委宣传部/市文明办): two bodies, the last named
# here. Not a word that opens with a level (委/市场处, 委/区域处, 厅/省级…, 委/市政管理科, 市委/市直
# 机关工委) nor a branch of the first (市生态环境局/区分局).
_BODIES_JOINED = re.compile(
    r"[委局办厅署部](会同|联合|协同|(?=[市区县省](?![场域级直]|政(?!府)|分局)))"
)
# A way of handling business before 办 (网上办, 掌上办, 一网通办, 就近办): the verb, no office
# (市交通办, 市网办 are offices).
_HANDLED = re.compile(r"(?:网上|掌上|线上|就近|马上|一网通|跨省通|全市通|全程网|帮)$")  # 帮办 too
# Deputies of a congress listed with others (人大代表和政协委员, 人大代表、政协委员).
_DEPUTIES_AND = re.compile(r"代表[和及、]")
# The term of a committee before its name (十一届/区委常委会, 第十二届/市政协).
_TERM = re.compile("第?" + _TERM_NUMBER)
_NOT_NAME_OPENERS = frozenset("的和与及或在等是为对把被届")  # 举办的十五运会: 的 opens no name
# A slogan of three or more short parts ("更新一批、减量一批、收储一批", "企业—种子企业—…").
_SLOGAN = re.compile(r"[^,。;:!?]{2,12}(?:[、—\-+][^,。;:!?、—\-+]{2,12}){2,7}")
_CJK_NAME = re.compile("[\u4e00-\u9fff]+")
_ENUMERATOR = re.compile("[一二三四五六七八九十]+是")
_QUOTED = re.compile('[“”"]')
# A body named by its level and the quoted work it does (区“两旧”专班, 市“一网通办”工作专班); a
# task force also by its quoted task alone, and what is done on it (“两旧一村”改造工作专班).
_QUOTED_BODY = re.compile(r"(?:区|市|县|省|镇|街道)“[^“”,。;:]{2,10}”(?:工作)?$")
_QUOTED_TASK = re.compile(r"(?:区|市|县|省|镇|街道)?“[^“”,。;:]{2,10}”[\u4e00-\u9fff]{0,6}$")


def _quoted_body(
    text: str, begin: int, end: int, set_up: list[str] | None = None
) -> Candidate | None:
    """The body whose head (专班) begins at ``begin`` after its level and quoted work; a task
    force (``set_up``: the verbs that set one up) also after its quoted task alone, unless such a
    verb stands between (围绕“两旧一村”成立/工作专班)."""
    m = (_QUOTED_BODY if set_up is None else _QUOTED_TASK).search(text, max(0, begin - 24), begin)
    if m is None:
        return None
    task_end = text.rfind("”", m.start(), begin) + 1
    if set_up and any(v in text[task_end:begin] for v in set_up):
        return None
    return Candidate(m.start(), end, "GovernmentBody", text[m.start() : end], 2)


_LEADING_NUMBER = re.compile(r"\(?[\d一二三四五六七八九十]{1,3}[.、)]")
# The phase of building works a project's name ends with (污水处理厂二期/工程).
_BUILDING_PHASE = re.compile(r"[一二三四五六七八九十\d]期$")
# Groups of public hospitals or schools (城市医疗集团, 教育集团): bodies, no firms.
_PUBLIC_GROUPS = ("医疗集团", "教育集团")
# A grade of scenic area opening a zone's stem (4A级/旅游景区, 5A/景区).
_SCENIC_GRADE = re.compile(r"[1-5]A")
# "各县、区人民政府", "各县(市、区)人民政府", "各州、市人民政府", "各设区(的)市人民政府": each
# government of the levels the list names.
_EACH_LEVEL = re.compile(r"各(?:设区的?[县市区乡镇旗州()、]{0,8}|[县市区乡镇旗州()、]{1,8})$")
# Firms' heads that also name their sector (石化 for 燕山石化 and for the petrochemical industry).
_SECTOR_FIRM_HEADS = ("石化", "药业")
# The kinds of base a firm names after itself (小鹏汽车智造基地, 蓝海机器人总部基地, 中科宇航产业化
# 基地, 山钢日照基地); 制造/生产/研发基地 are as often a region's (成渝电子信息制造基地).
_FIRM_BASES = ("智造基地", "总部基地", "产业化基地", "基地")
_YEAR_INSIDE = re.compile(r"\d{4}年")
_ORDINAL = re.compile(r"第[\d一二三四五六七八九十百]+(?:届|次|批|期)")  # 第十届上海合作组织…
# Prefixes of place that say "around", "along" or "across" what follows (环大学, 沿江, 跨省).
_AROUND = frozenset({"环", "沿", "跨"})
# Verbs whose object is the word 产业 after them, not part of a sector's name.
_ACTS_ON_SECTORS = frozenset({"签约", "懂", "引进", "落地", "落户", "招引", "承接", "转移"})
# Categories of lists of named events, and the endings of such names (陆家嘴论坛, 西安国际车展).
_EVENT_CATEGORIES = ("论坛", "品牌展会", "品牌展览")
_EVENT_ENDS = ("论坛", "峰会", "大会", "会", "展", "节", "赛", "周", "马拉松", "嘉年华", "季")
# The heads of universities' short names (国防科大, 西北农大, 上海交大, 哈工大).
_UNIVERSITY_SHORT = ("科大", "农大", "交大", "师大", "医大", "工大")
# Words that open with 环 and mean no ring around a place (环境科学研究院, 环球金融中心).
_RING_WORDS = ("环境", "环保", "环球", "环卫", "环评", "环科", "环节", "环宇")
# A size that qualifies what the name heads (亿元以上制造业项目, 10亿元级服务业项目): no part of it.
_SIZE = re.compile(r"[\d.]*[十百千万亿]+元?(?:以上|以下|级)")


def _glued_bodies(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Where one body's name ends and another's begins between ``start`` and ``end``, read with
    the text after ``end`` in view (市生态环境局县/分局 is the bureau's branch, one body)."""
    # the lookahead reads at most three characters past a head (县/分局, 市/政府)
    return [g for g in _BODIES_JOINED.finditer(text, start, end + 3) if g.end() <= end]


def _brought_into(text: str, start: int, stem_end: int) -> bool:
    """Whether the stem before a head ends in 进 the verb (培训进/园区, 科普进/社区: taken into
    places of the kind), not in a word of its own (先进, 引进, 推进)."""
    if start >= stem_end or text[stem_end - 1] != "进":
        return False
    words = segment.words(text[start:stem_end])
    return bool(words) and words[-1][0] == "进"


# The level of a people's organisation's branch before its short name: 市科协, 区妇联, 省总工会
# (总 heads the unions of a level), or the national body (中国残联, 全国妇联, 中华全国总工会).
_ORG_LEVEL = re.compile(r"(?:中华全国|全国|中国|[市区县省])(?P<unions>总)?")
# What a 区 ends besides a district's level (两江新区, 社区, 园区): no level of a branch before it.
_ZONE_WORD_ENDS = frozenset("新社园城片景校港")


def _grand_corridor(name: str, stem: str) -> bool:
    """A "grand corridor" named by where it runs and what for (城西科创大走廊, 西部绿色发展大走廊):
    one of its kind, though no word of its stem is a proper name."""
    return name.endswith("大走廊") and len(stem) >= 4


# A character quoted inside a name, a pun on it (杨“数”浦 for 杨树浦).
_PUN = re.compile(r"(?<=[\u4e00-\u9fff])“[\u4e00-\u9fff]”$")
# A part of the country named by its direction (中西部, 华南, 大西南, 北方), not an area of a plan.
_REGION_OF_COUNTRY = re.compile(r"大?[东西南北中华]{1,3}[部方]?")
# Tags of the last word before 地区 that name one area: a place, a proper or unknown name, a
# place word (城北), an abbreviation (苏河湾's 苏), a direction after a name (黄浦江两岸).
_AREA_NAME_TAGS = ("ns", "nr", "nz", "nt", "s", "j", "b", "f")


def _named_area(stem: str) -> bool:
    """Whether X of X地区 names one area (大宁地区, 广州南站地区, 黄浦江两岸地区): its last word is
    a name, or a side or course after one (两岸, 沿线); not a kind (脱贫地区, 入市试点地区), the
    country's parts (中西部地区, 华南地区), a place's part by direction (上海西部地区) or
    surroundings (环京周边地区), this one (本地区) or a clause (武汉跨入)."""
    if _REGION_OF_COUNTRY.fullmatch(stem) or stem.endswith(("周边", "地区", "本", "该")):
        return False
    words = segment.words(stem)
    if not words or words[-1][1] not in _AREA_NAME_TAGS:
        return False
    last, tag = words[-1]
    if tag != "f":
        return True
    if _REGION_OF_COUNTRY.fullmatch(last):
        return False  # 上海西部地区: the city's west
    return any(t in _AREA_NAME_TAGS[:-1] for _w, t in words[:-1])


_SUPERLATIVE = re.compile(r"最(?:大|佳|具|强|优|美|高|好)")
_COUNTED = re.compile(r"[一二三四五六七八九十两\d万亿]+(?:大|个|类|项|家|批|支|座|所|条(?!街))")
# How the stem of works (not a programme) ends: 淮海公园改扩建(工程), 老旧小区改造(工程).
_WORKS_DONE = ("建设", "改造", "改扩建", "新建", "扩建", "修缮", "整治", "项目")


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _without(stem: str, words: tuple[str, ...]) -> str:
    """``stem`` less every one of ``words`` (longest first): what it names beyond them."""
    for word in words:
        stem = stem.replace(word, "")
    return stem


_FIRM_HEAD_GOES_ON = "业化卡间类军交"
_EVENT_HEAD_GOES_ON = "堂厅场"
# "大学路", "医院街", "园区桥", "绕城高速": a name's head followed by one of these names a road, a
# bridge or an expressway
_STREET = re.compile(r"[路街桥](?!径|线|区|道)|高速")
_CLASSIFIERS = "个家批项座条所类大支"
_NUMERALS = "一二三四五六七八九十两百千万几多数0123456789"


def _short_names(
    text: str, found: list[Candidate], generic: tuple[str, ...]
) -> list[tuple[str, tuple[str, str]]]:
    """(short name, (class, label)) for the names the text shortens itself: "上海东方明珠…有限公司
    (以下简称“东方明珠”)" calls the firm 东方明珠 from there on."""
    ending = {c.end: c for c in found if c.cls not in _FIRST_PASS_ONLY}
    out = []
    for m in _SHORT_NAME.finditer(text):
        named = ending.get(m.start())
        if named is not None and m.group(1) != named.label and not m.group(1).startswith(generic):
            out.append((m.group(1), (named.cls, named.label)))  # not (以下简称“各单位”): a kind
    for m in _BRACKETED_SHORT.finditer(text):
        named = ending.get(m.start())
        if (
            named is not None
            and named.cls in ("Enterprise", "Organization")
            and _abbreviates(m.group(1), named.label)  # (集团), (筹): no name
        ):
            out.append((m.group(1), (named.cls, named.label)))
    return out


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` can shorten ``name``: it opens as the name does and its characters
    come in the name's order (东湖光电 of 东湖光电科技股份有限公司)."""
    if short[0] != name[0]:
        return False
    rest = iter(name)
    return all(ch in rest for ch in short)


_QUOTED_LEAD = re.compile(r"“[^“”,。;:、]{2,8}”$")
# A count in words before a quoted slogan, part of its name (五个“保定之变”); one in digits counts
# things (3个“15分钟社区生活圈”).
_COUNT_LEAD = re.compile(r"(?<![\d一二三四五六七八九十两百千万第])[一二三四五六七八九十两]+[个大]$")
_AROUND_PLACE = ("环", "泛")  # 环巢湖, 泛南湖: a zone around a place (jieba reads both as verbs)
_COUNTED_QUOTE = re.compile(r"[\d一二三四五六七八九十两百千万]|.*[\d+]")  # 两山, 16+16, 十五五


# A Latin acronym in brackets after a name: (CEPI), (PATH), (3GPP).
_ACRONYM_NOTE = re.compile(r"[(（][A-Z0-9][A-Za-z0-9&-]{1,11}[)）]$")
# Classes of names that a quoted concept after them does not take in (自然资源部“季度+年度”).
_NAMED_BODIES = ("GovernmentBody", "Organization", "Enterprise", "AdministrativeArea", "Zone")
_CAMPUS = re.compile(r"\(([^()]{2,4})\)")


def _with_lead(text: str, cand: Candidate, lead: re.Pattern[str], reach: int) -> Candidate:
    """``cand`` with what ``lead`` finds right before it, within ``reach`` characters, taken in."""
    m = lead.search(text, max(0, cand.begin - reach), cand.begin)
    if m is None:
        return cand
    return Candidate(m.start(), cand.end, cand.cls, m.group(0) + cand.label, cand.priority)


def _with_quoted_lead(text: str, cand: Candidate) -> Candidate:
    """A zone or an event whose name opens with a quoted short name takes it in (“荆襄随”荆楚文化
    旅游走廊, “中国数谷”数据知识产权生态试验区, “一带一路”国际技能大赛); but a slogan the name
    spells out (“两带”即沿江产业带、…) is none of it."""
    if text.startswith("”即", cand.begin - 1):
        return Candidate(cand.begin + 1, cand.end, cand.cls, cand.label[1:], cand.priority)
    return _with_lead(text, cand, _QUOTED_LEAD, 10)


def _proper_before(text: str, end: int) -> int:
    """Where the proper name (a word the segmenter tags as one, of two characters or more) that
    ends at ``end`` starts, within its clause; ``end`` itself when there is none."""
    window = text[max(0, end - 8) : end]
    cut = max(window.rfind(c) for c in _NAME_BREAKS)
    parts = segment.words(window[cut + 1 :])
    if not parts or not segment.proper_flag(parts[-1][1]) or len(parts[-1][0]) < 2:
        return end
    return end - len(parts[-1][0])


_NAME_BREAKS = "。、()“”\n,;:"  # the text is NFKC: "，" is ","


# The period a plan is named by, and the level of its government before it: 区“十三五”.
_PERIOD_LEAD = re.compile(r"(?:国家|[省市区县])?“十[一二三四五六七八九]五”$")


def _with_period_lead(text: str, cand: Candidate) -> Candidate:
    """A plan named by its period takes it in (区“十三五”总体规划纲要)."""
    return _with_lead(text, cand, _PERIOD_LEAD, 8)


def _without_counted_kinds(cands: list[Candidate], text: str) -> list[Candidate]:
    """The candidates but zones the text also counts ("创建10个低碳社区" … "推进低碳社区建设"):
    what a plan counts is a kind of zone, wherever it is named."""
    counted = {c.label for c in cands if c.cls == "Zone" and _counted(text, c.label)}
    return [c for c in cands if not (c.cls == "Zone" and c.label in counted)] if counted else cands


# A count that ends the phrase after a name (示范区达到34个。); "北沙港3个一级枢纽港区" counts a list.
_COUNT_AFTER = re.compile(
    r"(?:达到|达|增至|增加到|累计达到?|总数达到?)?\d+(?:余|多)?[个家处](?=[,。;、]|$)"
)


def _counted(text: str, label: str) -> bool:
    """Whether ``label`` follows a count somewhere in ``text`` (10个低碳社区, 20余个低碳社区,
    400个左右集训基地), or a count follows it (示范区达到34个, 新培育特色产业集聚区7个): what
    ``[numeral](?:[classifier]|余个|多个)label`` finds, without compiling a pattern per label."""
    at = text.find(label)
    while at >= 0:
        if (
            (at >= 2 and text[at - 1] in _CLASSIFIERS and text[at - 2] in _NUMERALS)
            or (at >= 3 and text[at - 2 : at] in ("余个", "多个") and text[at - 3] in _NUMERALS)
            or _ABOUT_COUNT.search(text, max(0, at - 8), at)  # 400个左右世界技能大赛中国集训基地
            or _COUNT_AFTER.match(text, at + len(label))
        ):
            return True
        at = text.find(label, at + 1)
    return False


def _counted_before(text: str, start: int) -> bool:
    """Whether a name starts with a classifier after a numeral (5个…, 万个…), or right after
    one (5个/国家物流枢纽)."""
    for at in (start, start - 1):
        if at >= 1 and at < len(text) and text[at] in _CLASSIFIERS and text[at - 1] in _NUMERALS:
            return True
    return bool(_ABOUT_COUNT.search(text, max(0, start - 8), start))  # 400个左右/…集训基地


# A count with its approximation right before a name ("400个左右", "10家以上").
_ABOUT_COUNT = re.compile(rf"[{_NUMERALS}][{_CLASSIFIERS}](?:左右|以上|上下)$")


def _ends_sector(text: str, end: int) -> bool:
    nxt = text[end : end + 1]
    return not nxt or not ("\u4e00" <= nxt <= "\u9fff") or text.startswith(_SECTOR_NEXT, end)


_LIST_MARKS = "、,;:。()“”\n和及与"
# A quoted kind of area (“城中村”, “老少边穷”, “两旧一村”, “三区三州”, “飞地”), named by what it is.
_AREA_KIND = re.compile(r"村|旧|穷|边|飞地|[区州]")
_NUMERALS_CJK = "一二两三四五六七八九十百千万"
_COUNTERS = "家个项所条座批户名"  # what counts places, bodies, firms and items
# A number and a classifier inside a list member: it counts things ("…129家", "…超千家"), it
# names no sector.
_COUNT_INSIDE = re.compile(rf"(?:\d[\d.]*|[{_NUMERALS_CJK}]+)[余多]?[{_COUNTERS}]")
# A count in figures or a rough one (80多家, 1700家, 三十余所) inside a place's or a body's stem:
# it counts them (京津80多家/医院); a name may hold a numeral and a classifier (百家湖, 千户苗寨).
_ROUGH_COUNT = re.compile(rf"(?:\d[\d.]*[余多]?|[{_NUMERALS_CJK}]+[余多])[{_COUNTERS}]")
_AUTHORITY = ("主管部门", "管理部门", "部门")
_JOINING_MARKS = "、和及与"
# A verb of growth and the sector it grows: a heading (1.做强现代物流), a run of them (做强现代会展、
# 做优科技服务), or one after its adverb (大力发展现代物流,…).
_GROWTH_VERBS = "(?:做强|做优|做大|做精|做实|壮大|培育|发展|振兴)"
_GROWS_SECTOR = re.compile(
    rf"(?:加快|大力|积极|着力|重点)?{_GROWTH_VERBS}+([\u4e00-\u9fff]{{2,8}}?)(?=、|$)"
)
_GROWN_RUN = re.compile(
    rf"(?<=[,;:。\n]){_GROWTH_VERBS}[\u4e00-\u9fff]{{2,8}}"
    rf"(?:、{_GROWTH_VERBS}[\u4e00-\u9fff]{{2,8}})+(?=[,;。\n])"
)
_GROWN_ONE = re.compile(
    rf"(?:加快|大力|积极|着力|重点){_GROWTH_VERBS}+([\u4e00-\u9fff]{{2,8}}?)(?=[,;。\n])"
)
# The subject of a heading before its colon (碳服务:深化碳市场建设…), a noun of 2 to 6 characters.
_HEADING_SUBJECT = re.compile(r"([^:,。;、“”()\d]{2,6}):(?=\S)")
# The rest of a list whose members are kinds of spending, fields of bodies' work or public
# services, not sectors (餐饮、住宿、出行等日常消费; 交通、邮政、应急等部门; 医疗、体育等民生领域).
_NOT_SECTOR_LIST = re.compile(r"(?:、[^、,;:。]{1,6})*等[^、,;:。]{0,4}(?:消费|部门|单位|民生)")
_SECTOR_MEASURES = ("产业", "行业", "产值", "产量", "产能", "增加值")
_SECTOR_AFTER = ("领域", "等", "、", "集群", "赛道", "业", *_SECTOR_MEASURES)


@functools.lru_cache(maxsize=16)
def _reversed_alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """Words of two or more characters, reversed, as one alternation ((?!) when there are none)."""
    return re.compile("|".join(re.escape(w[::-1]) for w in words if len(w) > 1) or "(?!)")


# One-character prepositions and verbs before the body that acts or is addressed, which the
# segmenter may read as one word with its level (经市/住建委审核, 报市/商务委备案).
_GLUED_BEFORE_BODY = frozenset("经由向对以据在从报")


def _after_preposition(text: str, start: int, stem_end: int) -> int:
    """A body's name holds no preposition: "市规划资源部门以…专用章代/市政府" is 市政府, where the
    stem runs back over a phrase that says how the body acts (以…, 经…)."""
    pos, after = start, start
    for word, flag in segment.words(text[start:stem_end]):
        pos += len(word)
        if flag == "p" and pos > start + len(word):
            after = pos
    return after


def _abbreviated(stem: str, cls: str) -> bool:
    """A firm's short name: one character of its place before its head (广石化 for 广州石化)."""
    return cls == "Enterprise" and len(stem) == 1


def _one_noun(text: str) -> bool:
    """Whether ``text`` is one noun of the dictionary (船舶, 软件), as a field joined by 与 is."""
    ws = segment.words(text)
    return len(ws) == 1 and ws[0][1].startswith("n") and len(text) >= 2


@functools.lru_cache(maxsize=1)
def _catalogue_gazetteer() -> Gazetteer[catalogue.Term]:
    return Gazetteer((t.name, t) for t in catalogue.terms())


def _joint_bodies(cand: Candidate) -> list[Candidate]:
    """Two bodies that issue a text together, written without a space between them
    (中共宿州市委宿州市人民政府关于…): each of its own."""
    m = _JOINT_ISSUERS.fullmatch(cand.label) if cand.cls == "GovernmentBody" else None
    if m is None:
        return [cand]
    first = 1 if m.group(1) else 3
    split = cand.begin + m.end(first)
    return [
        Candidate(cand.begin, split, cand.cls, m.group(first), cand.priority),
        Candidate(split, cand.end, cand.cls, m.group(first + 1), cand.priority),
    ]


# The party committee and the government of a place, or their offices, one after the other
# (中共X市委X市人民政府, 中共X省委办公厅X省人民政府办公厅, 中共中央办公厅国务院办公厅).
_JOINT_ISSUERS = re.compile(
    r"(中共[\u4e00-\u9fff]{1,12}?[省市区县州旗]委(?:办公厅|办公室)?)"
    r"([\u4e00-\u9fff]{1,12}?[省市区县州旗](?:人民)?政府(?:办公厅|办公室)?)"
    r"|(中共中央(?:办公厅)?)(国务院(?:办公厅)?)"
)


def _without_acts_on_known(names: dict[str, tuple[str, str]]) -> None:
    """Drop a zone's name that is a verb glued to another zone's name the text also gives
    (服务横琴粤澳深度合作区 where 打造横琴粤澳深度合作区… names it without the act)."""
    for name, (cls, canonical) in list(names.items()):
        if cls != "Zone" or name != canonical:
            continue
        parts = segment.words(name)
        act = parts[0][0] if len(parts) >= 2 and parts[0][1] in ("v", "vn") else ""
        rest = name[len(act) :]
        if len(act) >= 2 and len(rest) >= 4 and names.get(rest, ("",))[0] == "Zone":
            del names[name]


@functools.lru_cache(maxsize=64)  # one per province (34) and none: plans of many provinces
def _place_gazetteer(province: str, words: frozenset[str]) -> Gazetteer[str]:
    return Gazetteer(divisions.names_for(province, words).items())


def _region_at(text: str, start: int, stem_end: int) -> int:
    """The length of a region that opens a sector, no part of it: a province's one-character name
    and a quarter (鄂西北/低空经济, 川东北/天然气化工), or provinces' names in a run (京津冀/新能源
    汽车, 粤港澳大湾区/生物医药, 川渝/汽车)."""
    abbreviations = divisions.abbreviations()
    run = 0
    while run < 4 and start + run < stem_end and text[start + run] in abbreviations:
        run += 1
    for size in range(run, 1, -1):  # the longest run a word follows: 京津冀/新能源, not 京津冀新
        size += 3 * text.startswith("大湾区", start + size)
        if stem_end - start - size >= 2 and segment.starts_word(text, start + size, stem_end):
            return size  # not 云台/山旅游, 青川/竹: a place's own name
    if start + 5 > stem_end or not run:
        return 0
    return 3 if text[start + 1] in "东西" and text[start + 2] in "南北" else 0


def _opens_with_common_word(text: str) -> bool:
    """Whether text opens with a common word of two characters or more (港口, 海岸, 风口)."""
    first = next(iter(segment.words(text)), ("", ""))[0]
    return len(first) >= 2 and segment.common_word(first)


def _level_at(text: str, start: int, stem_end: int) -> int:
    """1 where a level word stands alone before a sector (市/数字经济发展联席会议), not where it
    opens a word (市场, 区块链)."""
    if text[start] not in "市省区县" or start + 3 > stem_end:
        return 0
    ws = segment.words(text[start:stem_end])
    return 1 if ws and ws[0][0] == text[start] else 0


# The units a bureau is divided into (处, 科, 室), named alone after the bureau in a note.
_BUREAU_UNIT = re.compile(r"[^、,;()及等]{2,15}(?:处|科|室)")


def _bureau_unit(name: str) -> bool:
    return _BUREAU_UNIT.fullmatch(name) is not None


def _one_char_stop(text: str, start: int, stem_end: int) -> int:
    """How much a one-character stop word (对, 将, 以 …) strips: the whole verb it opens
    (对接/雄安新区, 对表/…), else itself."""
    ws = segment.words(text[start:stem_end])
    if not ws:
        return 0
    word, flag = ws[0]
    if len(word) > 1 and flag.startswith("v"):
        return len(word) if start + len(word) < stem_end else 0
    if (len(word) > 2 or flag == "ns") and segment.proper_flag(flag):
        return 0  # 和平路, 以色列: the stop opens a proper name (not 以省 of 以省实验室)
    if len(word) > 1 and flag in ("b", "l"):
        return 0  # 在线新经济, 在线教育: the stop opens a word that qualifies the name
    return 1


def _inside_longer_head(matches: list[tuple[int, int, str, str]], i: int) -> bool:
    """Whether another head starts with or before match ``i`` and ends after it, or starts
    before it and ends with it as a head of another class (委员会 in 专家委员会: the longer
    head says what the name is)."""
    begin, end, _suffix, cls = matches[i]
    for j in (*range(i + 1, min(len(matches), i + 6)), *range(max(0, i - 6), i)):
        b, e, _s, other = matches[j]
        if (b <= begin and e > end) or (b < begin and e == end and other != cls):
            return True
    return False


# A run before 产业 that is no sector: firms (中小企业) or two things joined (学科和区域).
_NO_SECTOR = re.compile(r"企业|[和与及、]")


def _made_of(word: str, generic: frozenset[str] | set[str]) -> bool:
    """Whether ``word`` is one of ``generic`` or two or more of them run together."""
    if word in generic:
        return True
    return any(word[:i] in generic and _made_of(word[i:], generic) for i in range(1, len(word)))


# What comes before 组织 used as a verb (镇级路长应组织, 违办牵头组织, 2020年底前组织).
_BEFORE_ORGANISING = frozenset("应要将须头前责由同一")


# Figures of speech of more than one word: a verb and its result (“放得活”, “管得好”, “看得见”; not
# the feeling of gaining, “获得感”), the first or last stretch of a way (“最后一公里”, “最初一公里”,
# “最后一米”), a city's ills (“城市病”, “大城市病”).
_FIGURE_PHRASE = re.compile(r".得[^感]|最[后初先]一(?:公里|百米|米|厘米)|大?城市病")
# Words that make a quoted programme an event's topic, not its name (“双碳”专题论坛).
_TOPIC_WORDS = ("专题", "主题", "系列")
# What a fund does, after the sector it invests in (集成电路产业/母基金, 文化产业/引导基金).
_FUND_KIND = re.compile(r"(?:母|引导|并购|转型升级|发展|投资|创投)+$")
# What a list's category names when its members are kinds of product, not sectors (…等首版次软件
# 产品, …等关键技术, 清洁机器人、…等具身大模型平台: the products a model serves).
_PRODUCTS_LISTED = re.compile(r"等[^,。;:、]{0,10}?(?:产品|技术|设备|系统|模型平台)")
# A sector after a place's short form: the place's sector (长宁/绿色产业, 宝山/数字经济).
_PLACES_SECTOR = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:产业|经济|服务业|制造业)(?![园区基地集群链])")


def _niche_list_end(text: str, at: int) -> bool:
    """Whether a list of sectors ends right before 细分… at ``at``: the word before 细分 is no
    verb, preposition or 重点 (聚焦软件、…、智能终端/细分赛道, 深耕生产性服务/细分领域; not
    引导中小企业、专精特新企业深耕/细分领域, 向/细分领域延伸)."""
    before = segment.words(text[max(0, at - 6) : at])
    return bool(before) and before[-1][1] not in ("v", "p") and before[-1][0] != "重点"


def _after_quality(text: str, begin: int) -> bool:
    """Whether a wish's adjective stands right before ``begin`` ("人民幸福安康"): the short form
    after it is the rest of the wish, no place ("适宜长宁的…产业" still names 长宁)."""
    before = segment.words(text[max(0, begin - 4) : begin])
    return bool(before) and before[-1][1] == "a" and before[-1][0] in _WISHES


_WISHES = ("幸福", "吉祥", "富强")


# A route named by its ends ("广州至珠海(澳门)高铁", "南沙至珠海段", "至海口国家高速公路"), or the
# stretch of a river in a place ("大盈江(盈江县段)"): the places are where a line runs, not areas the
# plan speaks of. (A short form before 至 is no name already.)
_ROUTE_AFTER = re.compile(
    r"(?:\([^()]{1,8}\))?[\u4e00-\u9fff]{0,4}?(?:高铁|城际|铁路|高速|公路|段)"
)
_ROUTE_BEFORE = re.compile(r"至[\u4e00-\u9fff]{2,6}\($")


def _route_end(text: str, begin: int, end: int) -> bool:
    """Whether a place is an end of a route or a river's stretch: 至/珠海/(澳门)高铁,
    至珠海(/澳门/)高铁, 大盈江(/盈江县/段); not 成都(/双流区/)高速发展, 深圳(/宝安区/)现阶段."""
    before = text[max(0, begin - 8) : begin]
    if before.endswith("至"):
        return _ROUTE_AFTER.match(text, end) is not None
    if not before.endswith("("):
        return False
    if text.startswith("段)", end):
        return True
    return (
        _ROUTE_BEFORE.search(before) is not None and _ROUTE_AFTER.match(text, end + 1) is not None
    )


def _place_end(text: str, end: int) -> bool:
    nxt = text[end : end + 1]
    return not nxt or not ("\u4e00" <= nxt <= "\u9fff") or nxt in "、和与及等"


def _sector_sides(text: str, begin: int, end: int) -> tuple[bool, bool]:
    """Whether a sector word stands as a sector on each side: after a list mark (…、节能环保),
    and before a sector word or the next member (新一代信息技术、…, 新能源产业)."""
    before = text[begin - 1] if begin > 0 else "\n"
    return before in _LIST_MARKS, text.startswith(_SECTOR_AFTER, end)


def _sector_context(text: str, begin: int, end: int) -> bool:
    return all(_sector_sides(text, begin, end))


def _sector_side(text: str, begin: int, end: int) -> bool:
    """On one side at least: what a longer sector word needs (新能源, 节能环保)."""
    return any(_sector_sides(text, begin, end))


def _joined(text: str, spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[bool]:
    """For each span, whether one list mark (、和及与) joins it to one of ``others``, on either
    side."""
    starts = {b for b, _e in others}
    ends = {e for _b, e in others}
    return [
        (e + 1 in starts and text[e : e + 1] in _JOINING_MARKS)
        or (b - 1 in ends and text[b - 1 : b] in _JOINING_MARKS)
        for b, e in spans
    ]


def _overlap_test(found: list[Candidate]) -> Callable[[int, int], bool]:
    """A test of whether a span overlaps one of ``found``'s candidates."""
    taken = sorted((c.begin, c.end) for c in found)
    starts = [b for b, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # the furthest end so far

    def overlaps(begin: int, end: int) -> bool:
        before = bisect_left(starts, end) - 1  # the candidates that start before end
        return before >= 0 and reach[before] > begin

    return overlaps


def _level_unit(label: str) -> bool:
    """A list of bodies' member named by a level and a unit's head (区大数据中心, 区交通执法大队):
    the level's unit, not an institution of its own name."""
    head = next((h for h in _LEVEL_UNIT_HEADS if label.endswith(h)), None)
    return head is not None and label.startswith(_LEVELS) and 2 <= len(label) - len(head) - 1 <= 8


def _clause_in_town(stem: str) -> bool:
    """Whether the words before 镇 or 乡 are a piece of the clause, not a town's name: they hold
    a verb of two characters (颐康中心实现街), a numeral after the first word (三区两), a level
    or another town's head (镇级路长设, 乡改); a name may open with a numeral (四团, 五里)."""
    if any(ch in stem for ch in "镇乡级"):
        return True
    parts = segment.words(stem)
    return any(
        (flag == "v" and len(word) > 1) or (flag == "m" and i > 0)
        for i, (word, flag) in enumerate(parts)
    )


def _fragment_stem(stem: str) -> bool:
    """Whether the words before a 产业 are a piece of the clause, not a name: they open with a
    word of one character (成/静安, 多/分享), hold a preposition, a locative, a numeral or an
    adjective (公司与符合, 沿沪宁, 成独特), a verb that no distinguishing word leads (能级跃升; not
    新型显示), or end in a distinguishing word (生物医药国家级)."""
    parts = segment.words(stem)
    if not parts or len(parts[0][0]) == 1 or parts[-1][1] == "b":
        return True
    for i, (_word, flag) in enumerate(parts):
        if flag in ("p", "f", "m", "a") or (flag == "v" and (i == 0 or parts[i - 1][1] != "b")):
            return True
    return False


# Nouns that 产业 qualifies (产业能级, 产业用地): before them, 产业 heads no sector's name unless
# its stem names one by itself (集成电路产业能级).
_INDUSTRY_QUALIFIES = (
    "能级",
    "形态",
    "增值",
    "导向",
    "用地",
    "市场",
    "集群",
    "生态",
    "创新带",
    "结构",
    "项目",  # 可按50年年期出让/产业项目类工业用地 (产业部门: _AUTHORITY)
    "发展合作",  # 与属地政府签订/产业发展合作协议
)
# Nouns 行业 qualifies (行业大模型, 行业范围): the words before it are no sector's.
_TRADE_QUALIFIES = ("大模型", "范围")
# What ends a firm's name, which a sector's name read leftwards does not cross.
_FIRM_ENDS = ["公司", "集团"]
# 产业帮扶, 产业扶贫: help given through industry; the words before 产业 say who gives it
# (科技特派员/产业帮扶), never a sector.
_INDUSTRY_AID = ("帮扶", "扶贫")
# A verb that grows what the list after it names (重点发展/超大型集装箱船、…等高附加值领域).
_GROWS = re.compile(r"(?:发展|培育|深耕|布局|壮大|做强)$")
# A list after a verb of growth with its adverb, or opening its clause (…,发展现代物流、科技服务), to
# the clause's end; the categories after its 等 that make its members sectors (等新业态, 等重点领域);
# and the heads of members that are kinds of body or institution, no sectors (家庭农场, 农民合作社).
_GROWN_LIST = re.compile(
    r"(?:大力|积极|鼓励|加快|重点|着力|(?<=[,;:。\n]))"
    r"发展((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}(?:(?:和|及|以及)[\u4e00-\u9fff]{2,8})?)"
    r"(?=[,;。\n])"
)
# The last two members of a list joined by 和 or 及 (…、人工智能和低空物流).
_LAST_JOINED = re.compile(r"(.{2,}?)(?:和|及|以及)(.{2,})")
_SECTOR_KIND = re.compile(r"(?:新兴|重点|前沿|未来|新)?(?:领域|产业|业态|行业|赛道)")
_NO_SECTOR_HEADS = ("农场", "合作社", "机构", "企业", "空间", "孵化器")
# Words before a field's head (领域, 赛道) that make the fields sectors: 等细分赛道, 等前沿领域,
# 等重点商业领域.
_SECTOR_FIELDS = ("细分", "前沿", "产业", "行业", "新兴", "未来", "商业", "消费", "服务", "制造")
# The levels of government a unit's name opens with, and the heads of units a list of bodies
# (等部门) names with them (区大数据中心, 区交通执法大队, 区消防救援支队).
_LEVELS = ("市", "区", "县", "省")
_LEVEL_UNIT_HEADS = ("中心", "大队", "支队", "总队", "管理所", "管理站")
# Categories that end like a sector but list services, data or tools of any kind (金融、法律等综合
# 服务, 专利基础数据等信息, CAD、EDA等工业软件, 机器人等智能装备): not a sector's branches.
_KINDS_OF_SERVICE = ("服务", "信息", "数据", "装备", "软件", "知识产权")
# What opens the task of a task force of a kind (重点项目推进专班, 相关工作专班), not one named,
# or says only who meets in it (多部门联席会议, 跨部门联席会议).
_UNNAMED_TASKS = ("重点", "相关", "有关", "专门", "各", "工作", "多部门", "跨部门")
# Categories of lists that name ways and demands, not firms (…等发展模式, 环保等要求).
_NO_FIRMS = ("模式", "要求", "方式", "方面", "措施", "政策", "机制")
# A list's category that says what its members are, counted or not, before whom or what they
# concern: ways, demands or abilities (等要求的企业, 等5项能力的“云宇星空”行业基座大模型).
_DEMANDS_OF = re.compile(
    rf"(?:[\d一二三四五六七八九十两]+[项个类种大])?(?:{'|'.join((*_NO_FIRMS, '能力'))})的"
)
# What ends a word that makes a kind of firm of its name (商业性, 科技型, 科技类, 数字化, 旅游业).
_KIND_ENDS = ("性", "型", "类", "化", "业")
# A clause's list of short members ("…,新型显示、生物医药、低空经济等稳居全国第一方阵"): the first
# member opens the clause, the last ends it or stands before 等; any other words beside them
# leave them out (they may carry the clause's verb).
_CLAUSE_SPLIT = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_PLAIN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,}$")
# A national institution's centre named by a place (国家超级计算广州中心) or a part of the
# country (国家技术转移中部中心); not two things joined (国家安全和西部中心), a city's role
# (西部中心城市) nor a station (郑州中心站).
_BRANCH_CENTRE = re.compile(
    r"(?:国家|中国)(?:(?![和与及的])[\u4e00-\u9fff]){2,12}?(?P<head>中心)(?![城站])"
)
_REGION_PART = re.compile(r"[东西南北中]部")
# How far a trip reaches in a circle's name (半小时经济圈, 60分钟经济圈, 一刻钟生活圈).
_TRAVEL_TIME = re.compile(r"(?:\d+|[一二三四五六七八九十两半百]+)(?:分钟|小时)|一刻钟")
# The heads of a name in a list of zones (传化科技城, 钱塘临江高科园) or of institutions
# (国科大杭高院, …全国重点实验室, …典藏馆).
_LISTED_HEADS = {
    "Zone": ("城", "园", "港", "谷", "湾", "岛", "镇", "区", "带", "廊", "基地"),
    "Organization": ("院", "所", "馆", "室", "学院", "大学", "联盟", "协会"),
}


# The heads of an office's name that a list of a level's bodies names without the level.
_OFFICE_HEADS = ("局", "委", "办", "办公室")  # 局 also ends 分局


def _clause_lists(text: str) -> Iterator[list[tuple[int, int]]]:
    """The members of each clause's list of three or more, as spans; the first holds the
    clause's words before the list, the last ends before its 等."""
    pos = 0
    for clause in _CLAUSE_SPLIT.split(text):
        begin, pos = pos, pos + len(clause) + 1
        parts = clause.split("、")
        if len(parts) < 3:
            continue
        spans: list[tuple[int, int]] = []
        at = begin
        for part in parts:
            spans.append((at, at + len(part)))
            at += len(part) + 1
        cut = parts[-1].find("等")
        if cut > 0:
            spans[-1] = (spans[-1][0], spans[-1][0] + cut)
        yield spans


def _list_runs(text: str, lead: int = 6) -> Iterator[list[tuple[int, int]]]:
    """The members of each clause's list of three or more that are plain words of six
    characters at most, as spans; the first may run to ``lead`` characters (the clause's words
    before the list with it)."""
    for spans in _clause_lists(text):
        yield [
            (b, e)
            for i, (b, e) in enumerate(spans)
            if _PLAIN_NAME.match(text[b:e]) and (i == 0 or e - b <= 6) and e - b <= lead
        ]


def _listed_together(spans: list[tuple[int, int]], text: str) -> set[tuple[int, int]]:
    """The sector words joined to another by a list mark (设施农业、畜牧业、渔业高质量发展): each
    names a sector, though the list's first or last member has words of the clause beside it."""
    return {span for span, joined in zip(spans, _joined(text, spans, spans), strict=True) if joined}


def _listed_with_a_zone(
    pending: list[Candidate], found: list[Candidate], text: str
) -> list[Candidate]:
    """The zones of no proper name joined by a list mark to a named one (良乡大学城、沙河高教园):
    the list names places of the plan, each by its own name."""
    zones = [(c.begin, c.end) for c in found if c.cls == "Zone"]
    free = [c for c in pending if not any(b < c.end and c.begin < e for b, e in zones)]
    joined = _joined(text, [(c.begin, c.end) for c in free], zones)
    return [c for c, j in zip(free, joined, strict=True) if j]


def _activity(word: str) -> bool:
    """One verbal noun (服务, 制造): "汽车制造与服务" is one sector and the service of it."""
    words = segment.words(word)
    return len(words) == 1 and words[0][1] == "vn"


def _stem_keywords(label: str) -> list[str]:
    stem = re.sub(r"(产业|服务业)$", "", label)
    parts = [part for part in re.split(r"[和与及、]", stem) if len(part) >= 2]
    return [stem, *parts] if len(parts) > 1 else parts


def _outside(cands: list[Candidate], titles: list[tuple[int, int]]) -> list[Candidate]:
    """The candidates not inside a title in 《》 (titles do not overlap)."""
    spans = sorted(titles)
    begins = [b for b, _ in spans]

    def inside(c: Candidate) -> bool:
        i = bisect_right(begins, c.begin) - 1
        return i >= 0 and c.end <= spans[i][1]

    return [c for c in cands if not inside(c)]


def _inner_list(category: str) -> int:
    """Where the head of a category that is itself a list ("C、D等产业的企业") starts: after
    its 等; 0 when the category is a plain noun phrase."""
    m = _LIST_END.search(category)
    return m.end() if m is not None and "、" in category[: m.start()] else 0


_BODY_PAIR = re.compile(r"^((?:省|市|区|县)委)((?:省|市|区|县)政府)$")


def _pair_of_bodies(cand: Candidate) -> list[Candidate]:
    """ "区委区政府" names two bodies, the party committee and the government."""
    m = _BODY_PAIR.match(cand.label) if cand.cls == "GovernmentBody" else None
    if m is None:
        return [cand]
    mid = cand.begin + m.end(1)
    return [
        Candidate(cand.begin, mid, cand.cls, m.group(1), cand.priority),
        Candidate(mid, cand.end, cand.cls, m.group(2), cand.priority),
    ]


def _next_index(text: str, start: int, stops: str) -> int:
    positions = [p for p in (text.find(ch, start) for ch in stops) if p >= 0]
    return min(positions) if positions else len(text)
