"""Name boundaries from word segmentation (jieba), not from a character scan.

A pattern name ends in a head noun (…产业, …园区, …研究院). Where it starts is a question of
words: "抢占核电产业" is 抢占/v 核电/n 产业/n, so the name is 核电产业. The stem is the longest run
of words before the head that holds no function word (preposition, conjunction, adverb, pronoun,
particle) and no verb of the genre; a boundary never falls inside a word. The curated vocabulary and the catalogues are a user dictionary, so their names stay
whole ("数据智能" is one word).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator

# Part-of-speech tags (jieba's ICTCLAS set) of function words that never occur inside a name:
# prepositions, conjunctions, adverbs, pronouns, particles, interjections, punctuation.
_FUNCTION = ("p", "c", "d", "r", "u", "y", "e", "o", "x", "w")


@functools.lru_cache(maxsize=1)
def _tokenizer() -> object:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    # A POSTokenizer over a private Tokenizer, sharing the tag table that importing jieba.posseg
    # has just read from the same dict.txt (POSTokenizer() would read all 349k lines again).
    tok = object.__new__(jieba.posseg.POSTokenizer)
    tok.tokenizer = jieba.Tokenizer()
    tok.word_tag_tab = jieba.posseg.dt.word_tag_tab
    return tok


_added: set[str] = set()
# Words the dictionary tags as nouns (整治/n, 重塑/n, 制约/n, 力争/nz, 深化/j) that in plan prose
# open a predicate: read as verbs.
_verbs: set[str] = set()
# Words read as nouns though the dictionary tags them otherwise (read_as_nouns).
_nouns: set[str] = set()


def warm() -> None:
    """Load the dictionary now (about a second), e.g. once before worker processes fork."""
    _tokenizer().tokenizer.initialize()  # type: ignore[attr-defined]


def words(text: str) -> list[tuple[str, str]]:
    """Words with their dictionary part-of-speech tag. Segmentation uses jieba's HMM for words
    outside the dictionary (new names), which are tagged as proper nouns (nz); a full
    part-of-speech Viterbi pass would cost five times as much for little gain here."""
    return list(_segmented(text))


# Windows segmented so far (most recent first out when full): recognition reads the same short
# windows many times (a stem, then its predicate, then its words), and plans repeat phrases.
# An answer depends on the text and on the dictionary: add_words, read_as_verbs and read_as_nouns,
# the only ways the private tokenizer or the word lists change, empty the cache when they change anything.
_CACHED_WINDOWS = 1 << 12  # about 4 MB; a plan reads 400 or so distinct windows


@functools.lru_cache(maxsize=_CACHED_WINDOWS)
def _segmented(text: str) -> tuple[tuple[str, str], ...]:
    tok = _tokenizer()
    tags = tok.word_tag_tab  # type: ignore[attr-defined]
    return tuple(
        (w, _tag(w, tags))
        for w in tok.tokenizer.cut(text, HMM=True)  # type: ignore[attr-defined]
    )


def _tag(word: str, tags: dict[str, str]) -> str:
    """A word's tag: as read_as_verbs or read_as_nouns set it, else the dictionary's (a word it
    lacks is a proper noun, nz, or a mark, x)."""
    if word in _verbs:
        return "v"
    if word in _nouns:
        return "n"
    return tags.get(word, "nz" if len(word) > 1 else "x")


def _cut(text: str) -> Iterator[str]:
    """The words of ``text`` (as jieba's ``cut`` with its HMM gives them), from the cache."""
    return (w for w, _flag in _segmented(text))


def read_as_verbs(words: Iterable[str]) -> None:
    """Verbs of the genre that the dictionary tags as nouns or abbreviations (整治/n, 深化/j):
    tagged as verbs from now on, and segmented whole when the dictionary lacks them (对表, 投用).
    A verbal noun (发展/vn) keeps its tag, as names hold it."""
    tok = _tokenizer()
    tags = tok.word_tag_tab  # type: ignore[attr-defined]
    for word in words:
        if not str(tags.get(word, "")).startswith("v") and word not in _verbs:
            _verbs.add(word)
            if not tok.tokenizer.FREQ.get(word):  # type: ignore[attr-defined]
                tok.tokenizer.add_word(word, freq=1000)  # type: ignore[attr-defined]
            _segmented.cache_clear()  # the word's tag, perhaps the segmentation, has changed


def read_as_nouns(words: Iterable[str]) -> None:
    """Words that qualify names but that the dictionary tags as adverbs (高新/d, 慢行/d), which
    would end a name read leftwards (佘山高新科技园): tagged as nouns from now on."""
    for word in words:
        if word not in _nouns:
            _nouns.add(word)
            _segmented.cache_clear()  # the word's tag has changed


def add_words(words: Iterable[str]) -> None:
    """Names the segmenter must keep whole (vocabulary labels, catalogue terms)."""
    tok = _tokenizer()
    for word in words:
        if len(word) >= 2 and word not in _added:
            _added.add(word)
            tok.tokenizer.add_word(word, freq=100000, tag="nz")  # type: ignore[attr-defined]
            _segmented.cache_clear()  # the dictionary has changed


def stem_start(text: str, start: int, head_begin: int, verbs: frozenset[str]) -> int:
    """Where a name whose head begins at ``head_begin`` starts, within ``text[start:head_begin]``.

    Words are read leftwards from the head; a function word, or a verb of the genre (``verbs``:
    加快, 抢占, 启动, …), ends the stem. Other verbs stay, since names hold them (合成生物,
    数字创新)."""
    window = text[start:head_begin]
    if not window:
        return head_begin
    parts = words(window)
    pos = head_begin
    skip = 0
    for i in range(len(parts) - 1, -1, -1):
        word, flag = parts[i]
        if skip:
            skip -= 1
            pos -= len(word)
            continue
        if word == ")" and i >= 3 and parts[i - 2][0] == "(" and parts[i - 1][1] in _NOUN:
            skip = 2  # 上海国际港务(集团)股份有限公司: a note in brackets inside a name
            pos -= 1
            continue
        if word == "”" and i >= 3 and parts[i - 2][0] == "“" and len(parts[i - 1][0]) == 1:
            skip = 2  # 杨“数”浦新质秀带创新区: one character quoted inside the name, a pun
            pos -= 1
            continue
        if word in verbs or flag.startswith(_FUNCTION) or flag == "ad":
            break
        if _glued_preposition(word):
            break  # 承载区以/杨浦滨江: the segmenter glued a word's end to the 以 after it
        if word == "含" or _glued_inclusion(word):
            pos -= len(word) - 1
            break  # 工程含/嘉兴独山作业区, (含临浦/作业区): "including" opens the name after it
        if flag in ("l", "i") and (word[-2:] in verbs or word[-3:] in verbs):
            break  # 积极争取: an idiom that ends with a verb of the genre
        if i > 0 and parts[i - 1][0] + word in verbs:  # 服务/保障: a verb of two words
            break
        pos -= len(word)
    if text.startswith("多", pos) and text[pos - 1 : pos] in _DEGREE and head_begin - pos > 2:
        pos += 1  # 集聚更/多/中国科学院…: "more" of them, no part of the name
    return pos


def _glued_preposition(word: str) -> bool:
    """A word the dictionary lacks, of a character and a preposition after it (区以, made by
    the segmenter's guess): the preposition opens what follows."""
    return len(word) == 2 and word[1] in _PREPOSITIONS and not dictionary_word(word)


def _glued_inclusion(word: str) -> bool:
    """A word the dictionary lacks that opens with 含 ("including") before a name (含临浦)."""
    return len(word) >= 3 and word[0] == "含" and not dictionary_word(word)


_PREPOSITIONS = frozenset("以为在把将对向从于")
_DEGREE = frozenset("更很较最越")


# Tags of words that open a predicate, not a name: verbs, idioms (全面落实), adverbial verbs.
_OPENERS = ("v", "vd", "i", "l")  # a plain verb or an idiom can open a predicate
_PREDICATE = (*_OPENERS, "vn")  # …and a verbal noun can continue one
# Tags of nouns: what must remain once a predicate is trimmed off.
_NOUN = ("n", "nz", "ns", "nt", "nr", "j", "eng")


def trim_predicate(text: str, start: int, stem_end: int, proper: bool = False) -> int:
    """Skip a predicate glued to the left of a name's stem: 建好青岛港 → 青岛港, 支撑绿色低碳产业 →
    绿色低碳…, 扩容升级昆明国际陆港 → 昆明…. The first word must be a plain verb or an idiom (a
    verbal noun alone, 服务/发展, is often part of a name); what remains must hold a noun and at
    least two characters, and a stem that is one dictionary word (合成生物) is never cut."""
    parts = words(text[start:stem_end])
    if len(parts) >= 2 and parts[0] == ("好", "a") and start > 0 and text[start - 1].isalpha():
        return trim_predicate(text, start + 1, stem_end)  # the 好 of 办好, 建好 cut off its verb
    if proper:
        return _after_verb_before_name(parts, start)
    if parts and parts[0][1] in _OPENERS and all(_predicate_word(w, f) for w, f in parts):
        return stem_end  # 出台/服务业, 筑牢/产业: a verb before a bare head names nothing
    if len(parts) < 2 or parts[0][1] not in _OPENERS:
        return start
    pos, i = start, 0
    while i < len(parts) - 1 and parts[i][1] in _PREDICATE:
        pos += len(parts[i][0])
        i += 1
        # a resultative complement (建好, 做大, 做宽); not a name's colour (保护/黄泥塘)
        if i < len(parts) - 1 and parts[i][1] == "a" and _complement(parts[i - 1][0], parts[i][0]):
            pos += 1
            i += 1
    rest = parts[i:]
    if stem_end - pos < 2 or not any(flag.startswith(_NOUN) for _, flag in rest):
        return start
    return pos


def after_inner_verb(text: str, start: int, stem_end: int) -> int:
    """A zone's stem past the last plain verb inside it that a noun follows (有序安排/港产城,
    加密运行/至洋山港: 至 then ends it), or past a verbal noun that opens it before a place
    (研究/珠江口伶仃洋深水港): zones are named by places and kinds, not by acts."""
    parts = words(text[start:stem_end])
    pos, cut = start, start
    for i, (word, flag) in enumerate(parts):
        pos += len(word)
        rest = parts[i + 1 :]
        if (
            flag == "v"
            and len(word) >= 2
            and stem_end - pos >= 2
            and any(f.startswith(_NOUN) for _w, f in rest)
        ):
            cut = pos
        elif i == 0 and flag == "vn" and rest and rest[0][1] == "ns":
            cut = pos  # 研究/珠江口伶仃洋深水港: an act on a place's zone
    return cut


# What an act makes of its object (建好, 做大, 做强, 抓实): a closed class of adjectives, or any
# one after a verb of one character (做宽, 做绿).
_COMPLEMENTS = frozenset("好大强优精实新高快细深全准稳活美")


def _complement(verb: str, word: str) -> bool:
    """Whether ``word`` after ``verb`` says what the act makes of its object."""
    return len(word) == 1 and (word in _COMPLEMENTS or len(verb) == 1)


def _predicate_word(word: str, flag: str) -> bool:
    return flag in _PREDICATE or (len(word) == 1 and flag == "a")


# Words that say where one goes (到博物馆, 走进图书馆): a name never ends its stem with them.
_TOWARDS = frozenset(("到", "去", "向", "赴", "进", "走进", "进入", "参观"))


def _after_verb_before_name(parts: list[tuple[str, str]], start: int) -> int:
    """A firm's or institution's name starts at the proper name after the last verb before it
    (服务保障/中国中化, 稳妥有序组建/云南农村商业银行); without such a verb, where it stood. A
    stem that ends with where one goes names none (组织学生到/博物馆)."""
    if parts and parts[-1][0] in _TOWARDS:
        return start + sum(len(w) for w, _f in parts)  # (组织学生)到/博物馆: none
    cut, pos = start, start
    for i, (word, flag) in enumerate(parts):
        pos += len(word)
        if flag in _OPENERS and i + 1 < len(parts):
            following = parts[i + 1]
            if following[1].startswith(_PROPER) or _NAME_OPENER.match(following[0]):
                cut = pos
    return cut


# Words that open a name after a verb though the dictionary calls them common: a session's ordinal
# (举办/第十四届…博览会) and a scope (加入/世界城地组织, 举办/中国国际进口博览会).
_NAME_OPENER = re.compile(r"^(?:第[一二三四五六七八九十百\d]+届|世界|国际|全国|中国|全球)$")


_QUALIFIER = ("n", "nz", "ns", "nt", "nr", "j", "vn", "an", "eng")


def qualifier_start(text: str, pos: int, limit: int = 8) -> int:
    """Start of the run of nouns that ends at ``pos`` (碳达峰 in 碳达峰“十大工程”, 济南 in
    济南“强省会”), at most ``limit`` characters and within the clause; ``pos`` if none."""
    lo = pos
    while lo > 0 and pos - lo < limit and text[lo - 1] not in "，。；：、,;:!?！？（）()“”《》\n":
        lo -= 1
    if lo == pos:
        return pos
    start = pos
    for word, flag in reversed(words(text[lo:pos])):
        if not flag.startswith(_QUALIFIER):
            break
        start -= len(word)
    return start


# Tags of proper names: places, persons (jieba tags many place names nr), organisations, other
# proper nouns, abbreviations, Latin letters.
_PROPER = ("ns", "nr", "nt", "nz", "j", "eng")


def proper_flag(flag: str) -> bool:
    """Whether a part-of-speech flag marks a proper word (a place, a person, an organisation)."""
    return flag in _PROPER


def has_proper_word(stem: str, common: frozenset[str] = frozenset()) -> bool:
    """Whether a stem holds a proper name (a place, a brand, a word outside the dictionary), as
    named zones do (洋山港, 张江高新区) and generic ones do not (物流园区, 特色产业园区). Words in
    ``common`` are ordinary words the dictionary tags as names (零碳, 中试, 山水) and count as
    none."""
    if any(ch.isascii() and ch.isalnum() for ch in stem):
        return True
    freq = _tokenizer().tokenizer.FREQ  # type: ignore[attr-defined]
    parts = words(stem)
    if len(parts) >= 2 and _name_in_pieces(parts[0], parts[1]):
        return True
    for word, flag in parts:
        if word in common:
            continue
        if flag.startswith(_PROPER) or (len(word) >= 2 and not freq.get(word)):
            return True
    return False


def _name_in_pieces(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether a stem opens with a name the dictionary does not know, cut into two characters
    that are only parts of words (琶/洲 of 琶洲人工智能大模型创新应用先行区: tags zg, ng)."""
    return (
        len(first[0]) == len(second[0]) == 1 and first[1].endswith("g") and second[1].endswith("g")
    )


def starts_word(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` starts at a word boundary of its context (适应城市 is
    适应/城市, so 应城市 there is no place name)."""
    lo = max(0, begin - 4)
    pos = lo
    for w in _cut(text[lo : min(len(text), end + 2)]):
        if pos == begin:
            return True
        if pos > begin:
            return False
        pos += len(w)
    return pos == begin


def last_opens_word(text: str, end: int) -> bool:
    """Whether a name's last character, at ``end - 1``, opens a word that goes on past ``end`` in
    the text read from three characters before the end: 精细化工/作 does (细化/工作), and 跨学科协/同
    (学科/协同); 中国电信/服务 (国/电信服务), 科协/作用 and 思想/为 do not. Only where the last
    character and the next make a word of the dictionary (a shortcut: most names end before none)."""
    if not dictionary_word(text[end - 1 : end + 1]):
        return False
    pos = max(0, end - 3)
    for w in _cut(text[pos : end + 3]):
        if pos == end - 1:
            return len(w) >= 2
        pos += len(w)
    return False


def ends_word(text: str, end: int) -> bool:
    """Whether a name can end at ``end``: not where the last character and the next one make a
    word that segmentation keeps whole (高校区域 is 高校/区域, so no name ends in 校区 there;
    大学生 ends in no 大学)."""
    tok = _tokenizer().tokenizer  # type: ignore[attr-defined]
    if not tok.FREQ.get(text[end - 1 : end + 1]):
        return True
    lo, hi = max(0, end - 3), min(len(text), end + 3)
    pos = lo
    for w in _cut(text[lo:hi]):
        pos += len(w)
        if pos >= end:
            return pos == end
    return True


def opens_with_verb(text: str) -> bool:
    """Whether ``text`` opens with a verb, or an adverb and a verb (扩能提质…, 始终做到…)."""
    ws = words(text[:8])
    if not ws:
        return False
    return ws[0][1] == "v" or opens_with_adverb(text)


def opens_with_adverb(text: str) -> bool:
    """Whether ``text`` opens with an adverb and a verb (必须强化…, 更好统筹…, 不断擦亮…)."""
    ws = words(text[:8])
    return len(ws) > 1 and ws[0][1] in ("d", "ad") and ws[1][1] == "v"


def opens_with_modifier(text: str, verbs: tuple[str, ...]) -> bool:
    """Whether ``text`` opens with a short word of manner and then a verb: a distinguishing word
    and any verb (主动融入…), or a short noun used as an adverb and a task verb of ``verbs``
    (协同推进…, 一体推进…, 高质量推动…; not 城市建设…, where 建设 is a verbal noun)."""
    ws = words(text[:10])
    if len(ws) < 2 or len(ws[0][0]) > 3 or ws[1][1] != "v":
        return False
    return ws[0][1] == "b" or (ws[0][1] == "n" and ws[1][0] in verbs)


def opens_with_manner(text: str) -> bool:
    """Whether ``text`` opens with a four-character idiom of manner and a verb (因地制宜发展…,
    多措并举推进…)."""
    ws = words(text[:10])
    return len(ws) > 1 and ws[0][1] == "i" and len(ws[0][0]) == 4 and ws[1][1] in ("v", "vn")


def past_acts(text: str, start: int, end: int) -> int:
    """``start`` moved to the first word boundary at or after it, then past the acts of two
    characters or more (verbs, verbal nouns) that open text[start:end], unless that would leave
    less than two characters (谋|划建设真如港 → 真如港)."""
    lo = max(0, start - 4)
    pos = lo
    at = None
    for word, flag in words(text[lo:end]):
        if at is None and pos >= start:
            at = pos
        if (
            at is not None
            and pos == at
            and flag in ("v", "vn")
            and len(word) >= 2  # 环/王子山—九龙湖…: a one-character verb may open a name
            and end - (pos + len(word)) >= 2
        ):
            at = pos + len(word)
        pos += len(word)
    return start if at is None else at


def past_split_word(text: str, start: int, end: int) -> int:
    """``start`` moved past a word that a boundary character split (对|接洋山港: the verb 对接
    goes on into the name; 对|话会冰雪经济: the word 对话会), unless the word is a place's
    name or moving would leave nothing before ``end``."""
    if start == 0:
        return start
    freq = _tokenizer().tokenizer.FREQ  # type: ignore[attr-defined]
    spans = ((start - 1, start + 1), (start - 1, start + 2), (max(0, start - 2), start + 1))
    if not any(freq.get(text[a:b]) for a, b in spans):
        return start  # no word of two or three characters spans the boundary
    lo = max(0, start - 2)
    pos = lo
    for w, flag in words(text[lo : min(len(text), start + 4)]):
        if pos < start < pos + len(w):  # not a place's name: in 和|县交通办 和 joins, no 和县
            split = flag != "ns" and pos + len(w) < end
            return pos + len(w) if split else start
        pos += len(w)
        if pos >= start:
            break
    return start


def dictionary_word(word: str) -> bool:
    """Whether the segmenter's dictionary holds ``word`` whole (环保, 消防; not 福耀玻璃)."""
    return bool(_tokenizer().tokenizer.FREQ.get(word))  # type: ignore[attr-defined]


def common_word(word: str) -> bool:
    """Whether ``word`` is a dictionary word that is no proper name (县城, 河谷; not 青岛)."""
    return dictionary_word(word) and plain_word(word)


def plain_word(word: str) -> bool:
    """Whether the segmenter reads ``word`` as one word that is no proper name (组合拳, 钉子户;
    not 青岛 or 福耀玻璃), whether or not its dictionary holds it."""
    tags = words(word)
    return len(tags) == 1 and not tags[0][1].startswith(_PROPER)


def idiom(word: str) -> bool:
    """Whether ``word`` is an idiom or set phrase of the dictionary (兢兢业业, 安居乐业)."""
    tags = words(word)
    return len(tags) == 1 and (tags[0][1] == "i" or (tags[0][1] == "l" and len(word) >= 4))


def word_follows(text: str, end: int) -> bool:
    """Whether a word of two or more characters starts at ``end`` in segmentation, with a word
    boundary there (洋山港/建设; not 港口 nor 城市)."""
    lo, hi = max(0, end - 4), min(len(text), end + 4)
    pos = lo
    for w in _cut(text[lo:hi]):
        if pos == end:
            return len(w) >= 2
        if pos > end:
            return False
        pos += len(w)
    return False


# Work a list of firms may name them by ("…、卫星运营等上下游企业"): the field, not a firm.
_WORK_DONE = frozenset(("研制", "研发", "开发", "运营", "制造", "生产", "加工", "攻关"))


def names_a_firm(name: str) -> bool:
    """Whether a list member can be a firm's name: not an activity (技术转移, 研发服务 end in a
    verb) and not one dictionary word (知识产权)."""
    tok = _tokenizer()
    parts = words(name)
    if len(parts) > 1 and parts[-1][0] in _WORK_DONE:
        return False  # 卫星终端研制, 卫星运营: what firms do (卫星 reads as a person's name)
    if any(flag.startswith(("ns", "nr", "nt", "nz", "eng")) for _, flag in parts):
        return True  # 国泰君安, 毕马威咨询
    if not parts or parts[-1][1].startswith("v"):
        return False
    freq = tok.tokenizer.FREQ  # type: ignore[attr-defined]
    return not (len(parts) == 1 and freq.get(parts[0][0]))


def starts_with_place(name: str, places: frozenset[str]) -> bool:
    """Whether ``name`` opens with a place name and goes on (富阳区智能物联)."""
    return any(name[:n] in places for n in range(2, min(len(name), 8)))
