"""Sentence patterns of the genre that list plan elements (part of the relate stage).

"面临着A;B;C等瓶颈问题", "面临着A、B的新机遇,也面临着C、D的重大挑战", "“十三五”时期,A;B;C。",
"发展目标是到2025年,A,B。", "从A、B和C三个方面予以落实", "(责任单位:区科委、区发改委)".
Every function returns spans with offsets into the document text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache, partial

from . import dates, segment
from .model import Interval, Span
from .vocab import Vocab

_ITEM_EDGE = " 等的也和及,;、:"
# An item's number in a run of counted items inside one sentence: 1. 2、 (3)
_ITEM_NUMBER = re.compile(r"(?:\d{1,2}[.、](?!\d)|\(\d{1,2}\))\s*")
# Words that end in one of those characters and keep it (碳中和, 全面普及, 产权平等).
_WHOLE_WORDS = frozenset(("中和", "普及", "涉及", "波及", "平等", "对等", "均等", "同等", "祥和"))
# …and words that open with one (和平、发展、合作仍是时代潮流; 及时, 等级).
_WHOLE_OPENERS = ("和平", "和谐", "和美", "和睦", "和顺", "及时", "等级", "等同", "的确")
_COUNT = r"[一二三四五六七八九十\d]+个?方面"
# "到2025年," and its other forms: 到2025年底, 至2025年末前, 力争到2025年底, 2025年底前, 到二〇二五年,
# 到2026年6月底.
# Also the end of a five-year period (到"十四五"末), and a time of effort (通过三年努力, 用3年左右时间).
_YEAR_OPENER = (
    rf"(?:(?:力争|争取)?(?:到|至|在)?{dates.YEAR}年(?:\d{{1,2}}月)?(?:年?底|年?末)?前?"
    r"|(?:力争|争取)?(?:到|至)?“?十[一二三四五六七八九]五”?(?:期|时期)?末"
    r"|(?:力争|争取)?(?:通过|经过|用)[一二三四五六七八九十两\d]+年(?:左右)?(?:的)?(?:时间|努力)),"
)
# The plan's period opening a goal sentence ("“十四五”期间,", "十五五时期,"): no target of its own.
_PERIOD_OPENER = re.compile(
    r"(?:在|整个)?“?十[一二三四五六七八九]五”?(?:期间|时期),"
    # a term of a plan's goals and its years: "近期(2026—2028年):", "远期(到2035年):"
    r"|(?:近期|中期|远期|短期|长期)(?:目标)?\([^()]{4,14}\)[:,]"
)
_BY_YEAR = re.compile(
    rf"^(?=力争|争取|到|至|通过|经过|用|“?十[一二三四五六七八九]五”?(?:期|时期)?末){_YEAR_OPENER}"
    r"|^在?\d{4}年(?:年?底|年?末)?前,"
    # "到2027年集聚人工智能企业200家": the year and a verb of reaching without a comma between
    rf"|^(?:力争|争取)?(?:到|至){dates.YEAR}年(?:年?底|年?末)?(?=集聚|实现|建成|突破|新增|累计)"
)


def _split(sent: Span, begin: int, end: int, seps: str) -> list[Span]:
    """Pieces of ``sent.text[begin:end]`` between separators, trimmed, as document spans."""
    out: list[Span] = []
    pos = begin
    for piece in _unquoted_split(sent.text[begin:end], seps):
        lo, hi = pos, pos + len(piece)
        pos = hi + 1
        while (
            lo < hi and sent.text[lo] in _ITEM_EDGE and not sent.text.startswith(_WHOLE_OPENERS, lo)
        ):
            lo += 1
        number = _ITEM_NUMBER.match(sent.text, lo, hi)
        lo = number.end() if number and hi - number.end() >= 2 else lo  # "…目标:1.能耗下降14%;2.…"
        while (
            hi > lo
            and (sent.text[hi - 1] in _ITEM_EDGE or sent.text[hi - 2 : hi] == "以及")
            and sent.text[hi - 2 : hi] not in _WHOLE_WORDS
        ):
            hi -= 2 if sent.text[hi - 2 : hi] == "以及" else 1
        if hi - lo >= 2:
            out.append(Span(sent.begin + lo, sent.begin + hi, sent.text[lo:hi]))
    return out


def _unquoted_split(text: str, seps: str) -> list[str]:
    """``text`` split at each of ``seps`` outside a closed quotation (“有路必养、养必良好,有路必管、
    管必到位” is one piece)."""
    if "“" not in text:
        return re.split(f"[{re.escape(seps)}]", text)
    pieces, last, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "“" and "”" in text[i + 1 :]:
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
        elif ch in seps and not depth:
            pieces.append(text[last:i])
            last = i + 1
    pieces.append(text[last:])
    return pieces


@lru_cache(maxsize=4)
def _situation_pattern(
    leads: tuple[str, ...], tails: tuple[tuple[str, str], ...]
) -> re.Pattern[str]:
    tail_words = sorted({w for _, w in tails}, key=len, reverse=True)
    return re.compile(
        f"(?:{'|'.join(leads)})(?P<body>[^。的][^。]{{1,300}}?)(?:等[^。,;]{{0,5}}的[^。,;]{{0,4}}?|等|的)?(?P<tail>{'|'.join(tail_words)})(?!期)"
    )


@lru_cache(maxsize=4)
def _summing_tail(tail_words: tuple[str, ...]) -> re.Pattern[str]:
    """A list in one clause up to 等 and the word that sums it up (A、B短板明显等问题)."""
    return re.compile(f"(?P<body>[^。,;]{{1,300}}?)等(?P<tail>{'|'.join(tail_words)})")


# The fewest characters of each member of a list of conditions joined by 、 (自贸试验区加快发展、
# 长三角一体化加速推进): shorter pieces (不作为、乱作为) are parts of one.
_LISTED_CLAUSE_MIN = 5


def situation_items(sent: Span, vocab: Vocab, weighed: bool = True) -> list[tuple[str, list[Span]]]:
    """(class, items) for bottleneck / opportunity / challenge lists in a sentence; with
    ``weighed``, an outlook weighed side by side too (not in a task's or a result's text: "一方面,
    要稳妥处置地方债务风险…;另一方面,要抓住…机遇" is what is done)."""
    sides = weighed_items(sent, vocab) if weighed else []
    if sides:
        return sides
    tails = tuple(
        (cls, w) for cls, words in vocab.cues.mapping("situation_tails").items() for w in words
    )
    pattern = _situation_pattern(tuple(vocab.cues.words("situation_leads")), tails)
    tail_words = {w for _, w in tails}
    summed = _summing_tail(tuple(sorted(tail_words, key=len, reverse=True)))
    out = []
    for m in pattern.finditer(sent.text):
        whole = summed.match(sent.text, m.start("body"))
        if whole is not None:
            m = whole  # "存在A、B、冷链设施短板明显等问题": the list up to the word that sums it
        cls = next(c for c, w in tails if w == m.group("tail"))
        body = m.group("body")
        if _FIELDS_HAVE.search(body):
            continue  # "存在薄弱环节,…,就业、养老等领域还有一些短板": the fields have them
        if _WEIGHING.search(sent.text[m.start() : m.end() + 5]):
            continue  # "面临深刻复杂的变化,…,战略机遇和风险挑战(并存)": it weighs both
        if body.endswith(_COUNTS) or headline(sent.text):
            continue  # "存在风险隐患,…,维护安全稳定还有不少(挑战)": a clause's count, no list;
            # "首都发展面临前所未有的历史机遇。": a headline
        if sent.text.startswith(_TAIL_GOES_ON, m.end()):
            # "政府工作存在不足,A,…,一些领域和地方腐败问题依然多发": the trouble word is its
            # own clause's subject; the sentence lists its troubles clause by clause
            lead = max(sent.text.rfind(c, 0, m.start()) for c in ",;:") + 1
            out.append((cls, clause_items(sent, lead)))
            continue
        out.append((cls, _listed(sent, m.start("body"), m.end("body"), tail_words)))
    return out + _contrasted(sent, out, tail_words)


def _listed(sent: Span, begin: int, end: int, tail_words: set[str]) -> list[Span]:
    """The members of a list of conditions in ``sent.text[begin:end]``."""
    seps = ";" if ";" in sent.text[begin:end] else "、,"
    pieces = _split(sent, begin, end, seps)
    if seps != ";" and any(len(p.text) < _LISTED_CLAUSE_MIN for p in pieces):
        # "一些干部…能力不足、办法不多,不作为、乱作为、假作为": 、 joins parts of one clause
        pieces = _split(sent, begin, end, ",")
    return [i for i in pieces if i.text not in tail_words and not _GENERIC_TROUBLE.match(i.text)]


# "既面临A等难得的历史性机遇,也面临B、C等新的“成长的烦恼”": the second list is of the other kind,
# whatever its tail calls it.
_BOTH_FACED = re.compile(r"既(?:面临|有)着?[^。;]+?,也(?:面临|有)着?(?P<body>[^。;,]{4,200}?)等")


def _contrasted(
    sent: Span, found: list[tuple[str, list[Span]]], tail_words: set[str]
) -> list[tuple[str, list[Span]]]:
    """The list after "也面临" in a sentence that first names what it also faces, when no tail
    named the list's kind: of the kind opposite to the first list's."""
    m = _BOTH_FACED.search(sent.text)
    if m is None or not found:
        return []
    begin, end = m.start("body"), m.end("body")
    at = sent.begin + begin
    first = next((cls for cls, items in found if items and items[0].begin < at), "")
    if first not in ("Opportunity", "Challenge") or any(
        i.begin >= at for _cls, items in found for i in items
    ):
        return []
    kind = "Challenge" if first == "Opportunity" else "Opportunity"
    return [(kind, _listed(sent, begin, end, tail_words))]


_COUNTS = ("不少", "一些", "许多", "诸多", "很多", "较多")
# What follows a trouble word that is the subject of its own clause, not the tail of a list.
_TAIL_GOES_ON = ("依然", "仍", "还", "较", "比较", "多发", "突出", "凸显", "日益")
# A sentence of one clause that heads what its paragraph goes on to list ("首都发展面临前所未有
# 的历史机遇。", "同时,首都发展还存在一些短板不足。"): no condition of its own.
_HEADLINE = re.compile(
    r"^(?:同时,|但|但是,|[^,;]{2,8},)?[^,;]{0,10}?(?:还|仍|也)?(?:面临|存在)着?"  # 未来五年,…
    r"(?:一些|不少|诸多|许多|前所未有的|重大|新的|严峻|难得|的)[^,;]{0,4}?"
    r"(?:机遇|挑战|短板|弱项|不足|问题|困难|风险)+。?$"
)


# The same turned bare after a contrast ("但也存在短板:一是…").
_BARE_HEADLINE = re.compile(r"^但(?:也|还|仍)存在短板。?$")


def headline(sentence: str) -> bool:
    return _HEADLINE.match(sentence) is not None or _BARE_HEADLINE.match(sentence) is not None


# Where a sentence turns to a second headline: "…面临难得机遇,也面临严峻挑战。"
_SECOND_HEADLINE = re.compile(r",(?=也)")


def headlines(sentence: str) -> bool:
    """Whether a sentence is a headline, or two joined ("当前,我市…发展面临难得机遇,也面临严峻
    挑战。"): it names no condition of its own."""
    return all(headline(part) for part in _SECOND_HEADLINE.split(sentence.rstrip("。")))


def leads_problems(sentence: str) -> bool:
    """A sentence whose last clause says troubles follow ("同时,我们也清醒看到,当前经济发展仍面临
    一些问题。", "我们面对的是…冲击挑战和…问题交织叠加的复杂严峻形势。"): the sentences after it
    in its paragraph list them."""
    last = sentence.rstrip("。").rsplit(",", 1)[-1]
    return (
        (headline(last) and headline_kind(last) != "Opportunity")
        or bool(_FACED.match(last))
        or bool(_HARD_SITUATION.search(last))
        or bool(_TROUBLES_REMAIN.search(last))
        or bool(_TROUBLES_PERSIST.search(last))
        or bool(_SEEN_AHEAD.search(last))
    )


# "我们既要看到成绩,更要看到前进中的困难和挑战。": the troubles seen, named in the sentences after.
_SEEN_AHEAD = re.compile(r"要看到[^,;]{0,12}(?:困难|挑战|问题|不足)+$")


def on_troubles(sents: list[Span]) -> bool:
    """Whether a paragraph says it turns to troubles (leads_problems) or sees them
    (names_seen_troubles): its clauses are troubles, not results or conditions weighed."""
    return any(leads_problems(s.text) or names_seen_troubles(s.text) for s in sents)


def names_seen_troubles(sentence: str) -> bool:
    """Whether a sentence says troubles are seen ("在肯定成绩的同时,我们也清醒看到面临的困难和挑战。",
    "我们也清醒认识到,…发展不平衡不充分问题仍然突出"): the paragraph it opens is on troubles."""
    return _SEES_TROUBLES.search(sentence) is not None


def hard_situation(sentence: str) -> bool:
    """Whether a sentence says the situation faced is hard ("今年,我国发展面临的形势依然极其复杂。"):
    the paragraph it opens tells what makes it so."""
    return _HARD_SITUATION.search(sentence) is not None


# (…or "我们既要看到成绩,更要看到前进中的困难和挑战。")
_SEES_TROUBLES = re.compile(r"(?:清醒地?(?:看到|认识到)|更要看到)[^。]*(?:困难|挑战|问题|不足)")


# "…老问题、新挑战仍然不少。": troubles said to remain, which the sentences after it list.
_TROUBLES_REMAIN = re.compile(
    r"(?:问题|挑战|困难|矛盾|短板)[^,;]{0,4}?(?:仍然|依然|仍|还)(?:有)?不少$"
)


# "但…不平衡、不充分问题还一定程度存在。": troubles said to persist, which the sentences after it list.
_TROUBLES_PERSIST = re.compile(
    r"(?:问题|矛盾|短板|不足)(?:还|仍|仍然|依然)(?:在)?(?:一定程度上?|不同程度地?)?存在$"
    # "…发展不平衡不充分的一些突出问题尚未解决。"
    r"|(?:问题|矛盾)(?:尚未|还未|仍未|还没有)(?:得到)?(?:根本|有效|完全|彻底)?解决$"
)
# "今年,我国发展面临的形势依然极其复杂。", "我们要做好应对更加复杂严峻局面的充分准备。": the
# sentences after it tell what makes it so.
_HARD_SITUATION = re.compile(
    r"(?:面临|面对)的(?:形势|环境)[^,;]{0,6}(?:复杂|严峻)"
    r"|应对[^,;]{0,6}(?:复杂|严峻)[^,;]{0,2}(?:局面|形势)"
)
# "我们面对的是…复杂严峻形势": what the year's results were won against.
_FACED = re.compile(r"^(?:我们)?(?:面对|面临)的是.*(?:挑战|问题|困难|复杂严峻形势)$")
# "过去一年取得的成绩来之不易": a remark on the results, which the troubles after it explain.
_HARD_WON = re.compile(r"来之不易$")


def hard_won(heading: str) -> bool:
    return _HARD_WON.search(heading) is not None


def lead_clause(clause: str) -> bool:
    """A clause that only leads into the situation ("从外部看", "当前", "总体判断")."""
    return _SITUATION_LEAD.match(clause) is not None


def headline_kind(sentence: str) -> str:
    """The kind of what a headline says its paragraph lists."""
    if "机遇" in sentence:
        return "Opportunity"
    return "Challenge" if "挑战" in sentence or "风险" in sentence else "Bottleneck"


# "…就业、养老等领域还有一些(短板)": the list names the fields that have the troubles.
_FIELDS_HAVE = re.compile(r"(?:领域|方面)(?:还|仍)(?:有|存在)(?:一些|不少)?$")
# "面临不少困难和挑战": a count of troubles names none of them.
_GENERIC_TROUBLE = re.compile(
    r"^(?:不少|一些|许多|诸多|很多|较多|多重|各种)?(?:困难|问题|挑战|风险|矛盾)$"
    r"|^(?:不少|一些|许多|诸多|很多|较多|多重|各种)$"
    # "面临难得机遇,也面临严峻挑战": how great they are, not what they are
    r"|^(?:难得|严峻)$"
)
# "…问题仍然不少,主要是A,B": the sentence names its troubles, then lists them.
_NAMED_THEN_LISTED = re.compile(
    r",(?:主要是|主要表现在|主要表现为|具体表现为|突出表现在|突出表现为)"
)
# The same lead before counted items ("…,主要表现在:一是A;二是B"): the items are a list.
_LISTED_AFTER = re.compile(_NAMED_THEN_LISTED.pattern + r":?(?=[一二三四五六七八九十]是)")
# A clause that only turns the argument ("同时,我们也要看到,…").
_TURNS = ("同时", "但", "但是", "当然", "与此同时", "然而", "不过")
# A lead clause of a sentence that goes on to list problems ("我们也要看到,A,B,C。").
_SEEING = re.compile(
    r"^(?:同时|但|但是)?(?:我们)?(?:也|还|更|必须)?(?:要|应|应当)?(?:清醒)?(?:地)?(?:认识|看)到$"
    r"|^(?:当前|当下|目前)$"  # "当前,外部环境更趋复杂严峻,…": the troubles of the moment
)


def seen_problems(sent: Span, vocab: Vocab) -> list[tuple[str, Span]]:
    """Clauses after a lead that says what must be seen ("我们也要看到,外部环境不利影响加深,
    国内需求不足,…。"), when most of them name a trouble (cues.yaml ``problem_words``): each is
    a challenge or a bottleneck."""
    if ":" in sent.text:
        return []  # "…面临一些困难挑战:A,B": problem_items reads it
    named = _NAMED_THEN_LISTED.search(sent.text)
    if named and any(c in sent.text[: named.start()] for c in vocab.cues.words("problem_cues")):
        # "…老问题、新挑战仍然不少,主要是外部环境变化影响加深,消费需求依然偏弱,…"
        items = clause_items(sent, named.end())
        if len(items) >= 2 and troubled(items, vocab):
            return [(problem_kind(i, vocab), p) for i in items for p in troubles_listed(i, vocab)]
    first = _split(sent, 0, len(sent.text), ",")[:2]
    if len(first) == 2 and (first[0].text in _TURNS or first[0].text.endswith("的同时")):
        first = first[1:]  # "同时,我们也清醒看到,A,B", "在肯定成绩的同时,我们也清醒看到…,A,B"
    if not first or not (_SEEING.match(first[0].text) or _seen_headline(first[0].text)):
        return []
    items = [i for i in clause_items(sent) if i.begin >= first[0].end]
    if (
        (len(items) >= 2 and not troubled(items, vocab))
        or (len(items) == 1 and not _HEADS_TROUBLES.search(items[0].text))
    ) and names_seen_troubles(sent.text):
        # "我们也清醒认识到,我国是一个发展中大国,仍处于…初级阶段,发展不平衡不充分问题仍然突出":
        # what it says is seen as a trouble, less what only places it; one trouble seen alone
        # ("我们清醒地认识到,我国发展中不平衡…的问题依然突出。") too, not one that heads them
        # (…依然存在一些深层次矛盾和问题, …仍然不少)
        items = named_troubles(items, vocab)
    elif len(items) < 2 or not troubled(items, vocab):
        return []  # "…认识到,老问题、新挑战仍然不少。": the list comes after
    items = [p for i in items for p in troubles_listed(i, vocab)]
    return [(problem_kind(i, vocab), i) for i in items]


# A clause that says troubles exist or remain many, heading those listed after it.
_HEADS_TROUBLES = re.compile(r"存在|面临|(?:不少|较多|很多|许多)$")
# "我们也清醒看到" before what is seen: a headline of troubles (前进道路上还有不少困难挑战).
_SEEN_TROUBLES = re.compile(
    r"(?:还|仍|也)?(?:面临|存在|有)着?(?:一些|不少|诸多|许多|前所未有的|重大|新的)"
    r"[^,;]{0,4}?(?:挑战|短板|不足|问题|困难|风险)+$"
)
_SEEING_VERB = re.compile(
    r"^(?:同时)?(?:我们)?(?:也|还|更|必须)?(?:要|应|应当)?(?:清醒|充分)?(?:地)?(?:认识|看)到"
)


def _seen_headline(clause: str) -> bool:
    """A lead clause that sees troubles and names them in a headline ("我们也清醒看到前进道路上
    还有不少困难挑战"): its sentence's other clauses list them."""
    m = _SEEING_VERB.match(clause)
    return m is not None and _SEEN_TROUBLES.search(clause, m.end()) is not None


def troubles_listed(clause: Span, vocab: Vocab) -> list[Span]:
    """The troubles a clause of a problems sentence names: none when it is the headline that
    leads them (当前…还存在不少短板); each one when it lists them joined by 、, each a clause with
    its own trouble word ("科技创新策源能力相对不足、“两新”深度融合仍有堵点、新质生产力还不够
    壮大"); otherwise the clause itself (不作为、乱作为: parts of one; 资源、环境约束趋紧: one)."""
    if headline(clause.text):
        return []
    tail = _LIST_TAIL.search(clause.text)
    if tail is not None:  # "A、B等问题仍然突出": troubles, each named
        listed = Span(clause.begin, clause.begin + tail.start(), clause.text[: tail.start()])
        pieces = _split(listed, 0, len(listed.text), "、")
        if all(len(p.text) >= _LISTED_CLAUSE_MIN for p in pieces):
            return pieces
        if any(w in listed.text for w in vocab.cues.words("problem_words")):
            return [listed]  # 资源、环境约束趋紧: one trouble; but 教育、医疗等短板亟待补齐 names
            # fields, and the clause is the trouble
    pieces = _split(clause, 0, len(clause.text), "、")
    return pieces if len(pieces) >= 2 and _all_troubles(pieces, vocab) else [clause]


# What a list of troubles ends with when a predicate sums them up (…等问题仍然突出, …等短板亟待补齐).
_LIST_TAIL = re.compile(r"等(?:问题|短板|瓶颈|困难|矛盾)[^、,;]{0,8}$")


def _all_troubles(pieces: list[Span], vocab: Vocab) -> bool:
    """Whether each listed piece is a clause with a trouble word of its own (cues.yaml
    ``problem_words``), long enough to state one."""
    words = vocab.cues.words("problem_words")
    return all(
        len(p.text) >= _LISTED_CLAUSE_MIN and any(w in p.text for w in words) for p in pieces
    )


# A list of troubles the text names as what it targets ("…,特别是A不足、B较大、C不高等堵点难点,部署…").
_TARGETED_TROUBLES = re.compile(
    r"(?:特别是|尤其是|主要是|包括)?([^,;:。]{12,}?)等(?:堵点难点|难点堵点|堵点|难点|痛点|短板|瓶颈|突出问题)"
)


def targeted_troubles(sent: Span, vocab: Vocab) -> list[Span]:
    """The troubles a sentence lists before 等堵点难点 (等短板, 等瓶颈 …), each a clause with its
    own trouble word; at least three, so that a short list of things is no list of troubles."""
    out: list[Span] = []
    for m in _TARGETED_TROUBLES.finditer(sent.text):
        pieces = _split(sent, m.start(1), m.end(1), "、")
        if len(pieces) >= 3 and _all_troubles(pieces, vocab):
            out.extend(pieces)
    return out


def troubles_by_clause(sent: Span, vocab: Vocab) -> bool:
    """Whether a sentence lists troubles clause by clause, in parts split by semicolons, most of
    its clauses naming one (the sentence after "…老问题、新挑战仍然不少。")."""
    if ";" not in sent.text:
        return False
    clauses = clause_items(sent)
    return len(clauses) >= 4 and troubled(clauses, vocab)


def troubled(items: list[Span], vocab: Vocab) -> bool:
    """Whether most of the clauses name a trouble (cues.yaml ``problem_words``)."""
    words = vocab.cues.words("problem_words")
    hits = sum(1 for i in items if any(w in i.text for w in words))
    return bool(items) and 2 * hits >= len(items)


def achievement_items(sent: Span, vocab: Vocab, plan_fyp: int | None) -> list[Span]:
    """Items of "<past period>,A;B;C。" sentences; not those that count them ("…取得显著成效:一是
    A;二是B。"), whose counted items head results of their own."""
    if ";" not in sent.text or _COUNTED_FIRST.search(sent.text):
        return []
    head = sent.text.lstrip("“”")
    opener = next(
        (re.match(p, head) for p in vocab.cues.words("achievement_openers") if re.match(p, head)),
        None,
    )
    if opener is None:
        return []
    numbers = dates.fyp_numbers(opener.group(0))
    if numbers and plan_fyp is not None and numbers[0] >= plan_fyp:
        return []
    comma = sent.text.find(",")
    if comma < 0 or comma > sent.text.find(";"):
        return []
    return _split(sent, comma + 1, len(sent.text.rstrip("。")), ";")


# The first of a sentence's counted items ("…:一是A;二是B").
_COUNTED_FIRST = re.compile(r"[:,]一是")


def safeguard_items(sent: Span, vocab: Vocab) -> list[Span]:
    """Items of "从A、B和C三个方面" in a sentence that speaks of safeguards outside the items
    (not "从经济发展、…、安全保障等5个方面细化提出22项主要指标": the indicators' fields)."""
    cues = vocab.cues.words("safeguard_sentence_cues")
    if not any(cue in sent.text for cue in cues):
        return []
    m = re.search(f"从(?P<items>[^。从]+?){_COUNT}", sent.text)
    if m is None or m.group("items").startswith("“"):
        return []  # 从"政府服务环境、…法治保障环境"四个方面: a slogan's parts, no safeguards
    rest = sent.text[: m.start("items")] + sent.text[m.end("items") :]
    items = _split(sent, m.start("items"), m.end("items"), "、")
    each = bool(items) and all(any(c in i.text for c in cues) for i in items)  # 组织保障、要素…
    carried = any(w in rest for w in ("规划", "方案", "计划", "实施", "落地", "落实"))
    if not any(cue in rest for cue in cues) and not (each and carried and "指标" not in sent.text):
        return []
    if items:
        last = items.pop()
        local = last.begin - sent.begin
        parts = _split(sent, local, local + len(last.text), "和及")
        items.extend(parts or [last])
    return items


# "设置了29项主要指标,包括:A、B,C,等等。": an indicator list, each quantified clause a target.
_INDICATORS = re.compile(r"指标,?(?:主要)?(?:包括|有|为|是)?:")
_AND_SO_ON = re.compile(r"[,、]?等等$")


# A sentence that says the targets were set or adjusted, the targets in the sentences after it
# ("综合研判形势,我们对疫情前考虑的预期目标作了适当调整。").
_TARGETS_SET_OUT = re.compile(r"预期目标[^,;。]{0,8}(?:调整|安排)。?$")


def targets_set_out(sent: Span) -> bool:
    return _TARGETS_SET_OUT.search(sent.text) is not None


def is_goal_sentence(sent: Span, vocab: Vocab, vision: bool = True) -> bool:
    """A sentence that states goals: "发展目标是…", one that opens with "到2026年,", a list of
    indicators ("主要指标,包括:…"), or, with ``vision`` (not in a work report), the vision for a
    later year ("在此基础上再奋斗五年,到二〇三五年…")."""
    return (
        any(c in sent.text for c in vocab.cues.words("goal_cues"))
        or opens_with_a_year(sent)
        or (vision and bool(_VISION.match(sent.text)))
        or bool(_INDICATORS.search(sent.text))
    )


def _indicator_items(sent: Span) -> list[Span]:
    m = _INDICATORS.search(sent.text)
    if m is None:
        return []
    end = len(sent.text.rstrip("。"))
    tail = _AND_SO_ON.search(sent.text[:end])
    end = tail.start() if tail else end
    out = []
    for item in _split(sent, m.end(), end, ",;"):
        if _LEAD_ONLY.match(item.text):
            continue  # "一是围绕经济发展,提出6项指标,其中…": how many, no target
        item = _without_among(item)
        rider = next((i for r in _RIDERS if (i := item.text.find("、" + r)) > 0), -1)
        if rider > 0:  # "增速4.5%-5%、努力争取更好结果": the rider is no target of its own
            item = Span(item.begin, item.begin + rider, item.text[:rider])
        if _TARGET.search(item.text) and not item.text.startswith(_RIDERS):
            out.append(item)
    return out


# A sentence that only leads into the targets after it ("具体目标如下:"): the one before it states
# the aims they serve.
_BARE_LEAD = re.compile(r"^(?:具体|主要|发展|预期|总体)?目标(?:如下|是|为|包括)?:$")


# A sentence after the targets that speaks of them or of the government's work, not a target
# ("这样的目标,是…提出来的", "提出上述预期目标,综合考虑了…", "为实现上述目标,…", "我们深知,实现
# 这些目标并非易事", "政府工作中,我们要…", "我们将聚力实施…“十大工程”"); not "我们将努力实现…,
# 单位地区生产总值能耗降低3%左右".
_ON_THE_TARGETS = re.compile(
    r"[^,;。]{0,8}(?:这样的|这些|上述|以上|这一)(?:预期)?目标|我们深知|政府工作中|做好今年"
    r"|(?:总的|主要)考虑是"  # "总的考虑是,为转变经济发展方式创造良好环境,…": why, no target
    r"|我们(?:将|要|必须)(?!努力实现|实现|力争|确保)"
)
# The guiding thought a plan's aims open with ("以…思想为指导,…", "坚持以…为引领,…").
_GUIDED = re.compile(r"^(?:坚持)?以[^,;。]{2,40}为(?:指导|引领|统领)[,;]")
# A sentence that announces the tasks to come ("重点做好十个方面工作", "重点抓好以下工作").
_TASKS_AHEAD = re.compile(
    r"(?:今年)?(?:要)?(?:重点|着力|具体|全力|扎实)?(?:做好|抓好|推进|突出抓好)"
    r"(?:以下)?(?:[\d一二三四五六七八九十]+个?)?(?:方面|项)?的?(?:重点)?(?:工作|任务)?"
)
# The vision after a plan's period: "在此基础上再奋斗五年,到二〇三五年", "展望二〇三五年,".
_VISION = re.compile(rf"^(?:在此基础上)?(?:再奋斗五年|展望)[,]?(?:到|至)?{dates.YEAR}年[,]?")


def bare_lead(sent: Span) -> bool:
    return bool(_BARE_LEAD.match(sent.text))


def goal_items(
    sent: Span, vocab: Vocab, follows_goal: bool = False, vision: bool = True
) -> list[Span]:
    """Clauses of a goal sentence (after its cue and "到2025年,"), each one goal; a sentence that
    follows a goal sentence in its paragraph continues the list unless it looks further ("展望").
    With ``vision`` (a plan, not a work report), the vision for a later year ("在此基础上再奋斗
    五年,到二〇三五年A,B。") sets goals too: its clauses."""
    later = _VISION.match(sent.text) if vision else None
    if later is not None and not any(c in sent.text for c in vocab.cues.words("goal_cues")):
        end = len(sent.text.rstrip("。"))
        return [
            piece
            for item in _clauses(sent, later.end(), end)
            for piece in _goal_pieces(_unnumbered(sent, item))
        ]
    cue = next((c for c in vocab.cues.words("goal_cues") if c in sent.text), None)
    if cue is None and _INDICATORS.search(sent.text):
        return _indicator_items(sent)
    if cue is None and not (follows_goal or _BY_YEAR.match(sent.text)):
        return []
    if sent.text.startswith(tuple(vocab.cues.words("outlook_openers"))):
        return []
    if cue is None and _TASKS_AHEAD.fullmatch(sent.text.rstrip("。:")):
        return []  # "…;粮食产量保持稳定。重点做好十个方面工作。": the tasks' lead-in, no target
    if cue is None and _ON_THE_TARGETS.match(sent.text):
        return []  # "这样的目标,是立足发展所需…": what the targets are, none of them
    if cue is None and _GUIDED.match(sent.text) and not _INNER_YEAR.search(sent.text):
        return []  # "以…思想为指导,…": the guiding thought, no target (unless "…,力争到2029年…")
    start = sent.text.find(cue) + len(cue) if cue else 0
    inner = None if cue or _BY_YEAR.match(sent.text) else _INNER_YEAR.search(sent.text)
    if inner is not None:  # "通过挖掘存量资源,力争到2020年,新增共享泊位5000个,…": the targets
        start = inner.end()  # come after their year; the clauses before it say how
    if sent.text.startswith(":", start):  # "主要目标是:到2030年,…"
        start += 1
    end = len(sent.text.rstrip("。"))
    if cue and start >= end:  # "到2026年,A显著提升,具体目标如下:": the targets come before the
        if not _BY_YEAR.match(sent.text):  # "锚定…,综合考虑…,今后五年实现以下目标:" only leads in
            return []
        start, end = 0, max(sent.text.rfind(",", 0, start - len(cue)), 0)  # clause of the cue
    year = re.match(_YEAR_OPENER, sent.text[start:]) or re.match(
        r"(?:到|至)?(?:\d{4}年?[至—~-]\d{4}年|\d{4}年)", sent.text[start:]
    )
    if year:
        start += year.end()
    period = _PERIOD_OPENER.match(sent.text, start)
    if period:  # "“十四五”期间,新增技能人才4000万人以上": the time the targets are set for
        start = period.end()
    if _DATED_CLAUSES.search(sent.text, start, end):  # "…;2025年底前,B": each clause its own opener
        return [
            _unnumbered(sent, item)
            for item in _clauses(sent, start, end)
            if not _YEAR_ONLY.fullmatch(item.text)
        ]
    # "…增长4.5%左右,在实际工作中努力争取更好结果,…": a rider joins its target here too
    if ";" not in sent.text[start:end]:
        return [
            piece
            for item in _with_riders(sent, _clauses(sent, start, end))
            for piece in _goal_pieces(_unnumbered(sent, item))
            # 三年内,…; 通过三年努力,到2027年,…: when, no target
            if not (_TIME_ONLY.fullmatch(piece.text) or _YEAR_ONLY.fullmatch(piece.text))
        ]
    if not _FIGURE.search(sent.text, start, end):
        # "基本建成…治理体系;基本实现…目标;着力加强水生态文明建设,打造…风貌,支撑…": states to
        # reach, each the first clause of its part; the clauses after it say what it brings
        return [
            _unnumbered(sent, clauses[0])
            for part in _split(sent, start, end, ";")
            if (clauses := _clauses(sent, part.begin - sent.begin, part.end - sent.begin))
        ]
    # "经济增长5.5%左右,在实际工作中努力争取更好结果;城镇调查失业率5.5%左右,城镇新增就业70万人以上;"
    # — each clause a target, except a rider that qualifies the one before it.
    return [_unnumbered(sent, item) for item in _with_riders(sent, _clauses(sent, start, end))]


def _with_riders(sent: Span, clauses: list[Span]) -> list[Span]:
    """The clauses, each rider (在实际工作中努力争取更好结果) joined to the target before it."""
    items: list[Span] = []
    for item in clauses:
        rider = item.text.startswith(_RIDERS) and items
        if rider and sent.text[items[-1].end - sent.begin] == ",":
            last = items.pop()
            item = Span(
                last.begin, item.end, sent.text[last.begin - sent.begin : item.end - sent.begin]
            )
        items.append(item)
    return items


def figure_clauses(sent: Span) -> list[Span]:
    """The clauses of a sentence that set a figure as a target ("年均增长5.0%左右"); one without
    a subject of its own ("…翻一番,达到15万平方米以上") only says how far the one before goes."""
    end = len(sent.text.rstrip("。"))
    return [
        goal
        for i in _split(sent, 0, end, ",;")
        if (_QUANTIFIED.search(i.text) or _AMOUNT_DONE.search(i.text))
        and not _REACHES_FIGURE.match(i.text)
        if (goal := _dedicated(_unframed(i))) is not None
    ]


# An amount to complete, add or build, counted in a unit, as a clause opens ("全区完成旧住房成套
# 改造50万平方米", "新增公共绿地20公顷", "建成5G基站3000个": the digit of a name is no amount):
# in a goal's own text, a target.
_AMOUNT_DONE = re.compile(
    r"^(?:\d{4}年?[至—~-]\d{4}年|\d{4}年)?[^,;\d]{0,4}?(?:完成|新增|新建|建成|改造|累计|培育|打造|引进|建设|突破|攻克|形成|制定|创建|集聚|招引"
    r"|举办|认定)(?:[^,;\d]|[A-Za-z]\d+|\d+[A-Za-z]){0,20}\d[\d.]*(?:万|亿)?"
    r"(?:平方米|平方公里|公顷|亩|公里|千米|个|家|处|座|条|所|户|套|项|人|名|辆|张|台|件|款|场|批|吨|米)"
)


# A verb that states a target rather than belongs to it ("提出全社会研发经费投入年均增长7%以上"), or
# the word that places it among others ("其中全社会研发经费投入年均增长8%以上").
_STATING = re.compile(r"^(?:其中|提出|明确|设定|确定)(?=.{6})")


def _unframed(item: Span) -> Span:
    m = _STATING.match(item.text)
    return Span(item.begin + m.end(), item.end, item.text[m.end() :]) if m else item


# What the targets are for: "为X打好基础" sets X as a further goal; "为X作出更大贡献" sets none.
_GROUNDWORK = re.compile(r"^为(.{6,}?)(?:打好|打下|奠定)[^,]{0,4}基础$")
_DEDICATION = re.compile(r"^为.{2,}?作出.{0,6}贡献$")
# "通过五年的不懈奋斗,…", "通过百日攻坚,…": the means by which the targets after it are reached,
# no target itself; not what is to pass (通过国家验收).
_MEANS = re.compile(r"^(?:通过|经过).{0,12}(?:奋斗|努力|攻坚|整治|行动|治理|推进|实施)$")


def _dedicated(item: Span) -> Span | None:
    """``item`` without the purpose frame around a goal, or None when it only dedicates the
    targets before it to a larger cause or names the means of reaching them."""
    if _DEDICATION.match(item.text) or _MEANS.match(item.text):
        return None
    m = _GROUNDWORK.match(item.text)
    return Span(item.begin + 1, item.begin + m.end(1), m.group(1)) if m else item


def opens_with_a_year(sent: Span) -> bool:
    """A sentence that opens with when its targets are to be met: a year ("到2027年,", "2030年前,"),
    the end of a plan period ("“十五五”末,") or a span of effort ("通过三年努力,")."""
    return _BY_YEAR.match(sent.text) is not None


def aims_by_a_year(sent: Span) -> bool:
    """A sentence whose targets come after a year inside it ("通过…,力争到2020年,新增…")."""
    return _INNER_YEAR.search(sent.text) is not None


def bounded(sent: Span) -> bool:
    """A sentence that sets a floor or a ceiling (规模不低于100万千瓦)."""
    return _BOUNDED.search(sent.text) is not None


def quantified(sent: Span) -> bool:
    """A sentence that sets a figure as a target ("城镇新增就业3万人以上"), or an amount to
    complete, add or build (完成旧住房成套改造50万平方米;新增公共绿地20公顷)."""
    end = len(sent.text.rstrip("。"))
    return bool(_QUANTIFIED.search(sent.text)) or any(
        _AMOUNT_DONE.search(i.text) for i in _split(sent, 0, end, ",;")
    )


def stated_states(sent: Span, opening: bool = False) -> list[Span]:
    """The clauses of a goals section's sentence that name a state to reach ("岸电设施全覆盖",
    "港口大气污染物排放明显下降"), not a task ("全面推进岸电建设") nor a principle ("坚持绿色发展").
    A paragraph's ``opening`` sentence of two clauses, one of them a state, is its headline: one
    goal ("历史风貌资源加快盘活,经济繁荣、生活优质、文化活跃的局面基本形成。")."""
    end = len(sent.text.rstrip("。"))
    states = [i for i in _split(sent, 0, end, ",;") if _STATE.search(i.text) and len(i.text) >= 6]
    if opening and states and len(_split(sent, 0, end, ",;")) == 2:
        return [Span(sent.begin, sent.begin + end, sent.text[:end])]
    return states


# A clause that ends in the state it reaches: an adverb of degree and a verb of change, or a
# state word (全覆盖, 常态化).
_STATE = re.compile(
    r"(?:明显|显著|大幅|进一步|持续|稳步|全面|基本|不断|有效|大幅度|逐渐|逐步|日益|更加)"
    r"(?:提升|提高|增强|下降|降低|改善|完善|优化|扩大|增加|减少|加快|壮大|健全|巩固|凸显|加强|彰显)$"
    r"|(?:全覆盖|常态化|全面建成|基本建成|基本形成|初步形成|全面形成)$"
    # a work under way or begun (农村改革重点任务深入推进, 乡村建设行动全面启动), a state kept
    # (农村社会保持和谐稳定)
    r"|(?:深入|有序|扎实)推进$|(?:全面|正式)启动$|启动实施$|保持(?:和谐|总体|基本)?稳定$"
    # a state the subject comes to, in the passive (文化根脉得到激活) or by a verb of standing out
    r"|得到(?:充分|有效|明显|全面|进一步|持续)?(?:激活|彰显|提升|加强|改善|保护|释放|发挥|巩固)$"
    r"|(?<=[功能品质品牌])(?:凸显|提升|打响)$"
)


def _clauses(sent: Span, start: int, end: int) -> list[Span]:
    """The clauses of a goal sentence, without those that only lead into the rest ("其中,")."""
    return [
        _without_among(item)
        for item in _split(sent, start, end, ",;")
        if not _LEAD_ONLY.match(item.text) and not item.text.startswith(_FRAMES)
    ]


def _without_among(item: Span) -> Span:
    m = _AMONG.match(item.text)
    return Span(item.begin + m.end(), item.end, item.text[m.end() :]) if m else item


# "其中地区生产总值年均增长5%左右": the target after the word that places it among the others;
# "我们将努力实现居民收入增长…": the target after the report's resolve to reach it.
_AMONG = re.compile(r"^(?:其中|我们(?:将|要|必须)(?:努力)?(?:实现|确保|力争)?)(?=[^,;。]{4})")


# Clauses that frame the targets rather than set one ("围绕“安全、有序”的目标,…", "按照…要求").
_FRAMES = ("围绕", "按照", "对照", "根据", "立足", "坚持")


_LEAD_ONLY = re.compile(
    r"^(?:其中|到那时|届时|具体(?:而言|来说|如下)?|主要(?:包括|有)|提出\d+项(?:主要)?指标"
    r"|(?:主要|具体|发展|预期|总体|核心)?(?:目标|指标)(?:如下|是|为|包括)?):?$"
)


def leads_only(text: str) -> bool:
    """Whether a clause or a run-in heading only leads into the targets after it (其中, 具体指标)."""
    return bool(_LEAD_ONLY.match(text))


# A later clause of a goal sentence that opens with its own deadline, and such an opener alone.
_DATED_CLAUSES = re.compile(rf";{_YEAR_OPENER}")
_YEAR_ONLY = re.compile(_YEAR_OPENER.removesuffix(","))

# Clauses that qualify the target before them rather than set one.
_RIDERS = ("在实际工作中", "争取更", "努力争取", "力争更")
_NUMBERED = re.compile(r"^[一二三四五六七八九十]+是")


def _unnumbered(sent: Span, item: Span) -> Span:
    """The item without its 一是/二是 enumerator."""
    m = _NUMBERED.match(item.text)
    return Span(item.begin + m.end(), item.end, item.text[m.end() :]) if m else item


# "实现X的目标" says X is the goal.
_GOAL_FRAME = re.compile(r"^(?:实现|达成)(?=.{6})|的(?:发展)?目标$")
_GOAL_JOINS = re.compile("、|以及")
# A name for the set of targets that a colon leads into ("“三个明显”:", "五个新:").
_NAMED_SET = re.compile(r"“[^“”]{2,10}”:|[一二三四五六七八九十两]个[^,:“”]{1,4}:")


def _goal_pieces(item: Span) -> list[Span]:
    """A goal clause without its frame ("实现…的目标"), and split where it joins whole
    clauses: "港口规模不断壮大、航运服务日益完善以及新旧动能加速转换" sets three goals (each
    piece a subject and its verb), "城乡居民收入、财政收入增长5%" one."""
    purpose = _dedicated(item)
    if purpose is None:
        return []
    item = purpose
    lo, hi = item.begin, item.end
    for m in _GOAL_FRAME.finditer(item.text):
        if m.start() > 0 and "完成" in item.text[: m.start()]:
            continue  # "排放降低完成国家审核后确定的目标": the target is what is completed
        lo, hi = (item.begin + m.end(), hi) if m.start() == 0 else (lo, item.begin + m.start())
    text = item.text[lo - item.begin : hi - item.begin]
    named = _NAMED_SET.match(text)
    if named:  # "“三个明显”:城市面貌明显改善、…": the name of the set leads into its targets
        lo, text = lo + named.end(), text[named.end() :]
    rider = next((i for r in _RIDERS if (i := text.find("、" + r)) > 0), -1)
    if rider > 0:  # "控制在29微克/立方米左右、争取更优水平": the rider is no target of its own
        text, hi = text[:rider], lo + rider
    cuts = [(m.start(), m.end()) for m in _GOAL_JOINS.finditer(text)]
    starts = [0, *(e for _, e in cuts)]
    ends = [*(b for b, _ in cuts), len(text)]
    pieces = [Span(lo + b, lo + e, text[b:e]) for b, e in zip(starts, ends, strict=True)]
    if len(pieces) > 1 and all(_is_clause(p.text) for p in pieces):
        return pieces
    return [Span(lo, hi, text)]


def _is_clause(text: str) -> bool:
    """A subject with its verb ("航运服务日益完善"), not a noun phrase ("城乡居民收入") nor a
    phrase opened by a preposition ("对产业链安全稳定、…的保障能力有效提升")."""
    ws = segment.words(text)
    return (
        len(text) >= 6
        and len(ws) >= 2
        and (ws[-1][1][:1] in ("v", "a", "i", "l") or _STATE.search(text) is not None)
        and (len(ws) >= 3 or _STATE.search(text) is not None)
        and ws[0][1] != "p"
    )


# A clause that sets a measurable or checkable target: a figure, a rank, a completion, or a
# change of standing (成为全国…的重要发动机, 竞争力大幅提升).
_TARGET = re.compile(
    r"\d|达到?|突破|超过?|以上|以内|左右|第一|前列|降至|提高到|控制在|建成|形成|实现"
    r"|成为|(?:大幅|显著|明显)(?:提升|提高|增强|改善)"
)


def element_goals(
    sent: Span, continues: bool = False, pledged: bool = False
) -> tuple[list[Span], bool]:
    """Targets stated inside a task item: "到2030年,力争X产业规模突破200亿元,形成Y。" — the
    clauses after the year that set a target (a figure, 建成, 形成…), each one goal — and whether
    they run on: with ``continues`` (the sentence before set dated targets), a sentence whose
    clauses state figures goes on with them ("…达170亿元。培育孵化200家以上数据要素企业。"); an
    item ``pledged`` (a task of a section of aims) states its figures as targets without 力争."""
    if _PAST.search(sent.text):
        return [], False  # "近年来,推动吞吐量突破3亿吨": what was done sets no target
    items, goes_on = _element_goals(sent, continues, pledged)
    items = [piece for item in items for piece in _listed_targets(sent, item)]
    # "给予单个项目每年不超过1亿元支持", "扶持总额不超过3000万元": a policy's grant, no target
    return [i for i in items if not _GRANT.search(i.text)], goes_on


def _listed_targets(sent: Span, item: Span) -> list[Span]:
    """A clause that lists targets, each with its own figure ("新增市场主体100万户以上、上市企业超30
    家"), as one target each; a list that one figure is for (A、B等产业规模突破100亿元) stays one."""
    lo = item.begin - sent.begin
    pieces = _split(sent, lo, lo + len(item.text), "、")
    if len(pieces) < 2 or not all(_QUANTIFIED.search(p.text) for p in pieces):
        return [item]
    return pieces


def _element_goals(sent: Span, continues: bool, pledged: bool) -> tuple[list[Span], bool]:
    end = len(sent.text.rstrip("。"))
    year = (
        _BY_YEAR.match(sent.text)
        or _VISION.match(sent.text)
        or _INNER_YEAR.search(sent.text)
        or _SPAN.search(sent.text)
    )
    if year is not None:
        opens = year.start() == 0  # "到2025年,A迈向…期,B更加完善,…": every clause a state to reach
        items = [
            i
            for i in _split(sent, year.end(), end, ",;")
            if _TARGET.search(i.text) or (opens and _REACHED_STATE.search(i.text))
        ]
        return items, bool(items)
    if continues:  # a figure other than a date ("2022年,对…进行梳理" sets none)
        items = [
            i for i in _split(sent, 0, end, ",;") if _FIGURE.search(_NOT_FIGURE.sub("", i.text))
        ]
        if items:
            return items, True
    if not (pledged or _FUTURE.search(sent.text)):
        return [], False  # "改造老旧小区300个以上" reports or plans a figure; only a pledge does
    return [i for i in _split(sent, 0, end, ",;") if _QUANTIFIED.search(i.text)], False


_FIGURE = re.compile(r"\d")
# A state a dated sentence says will be reached: an adverb and a verb of change (_STATE), a
# better state (更加完善), results (取得显著成效) or a stage entered (迈向全面扩展期).
_REACHED_STATE = re.compile(_STATE.pattern + r"|更加\w{2}$|取得[^,;]{0,6}成效$|迈向[^,;]{2,8}期$")
# Digits that are no figure: a date or a span of dates ("2020年12月31日", "10月15日前", a stage's
# "2026—2027年", "2027年1—6月") or an item's number ("1.").
_UNTIL = r"\s*[—–\-~至到]\s*"
_NOT_FIGURE = re.compile(
    rf"(?:{dates.YEAR}年?{_UNTIL})?{dates.YEAR}年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?"
    rf"|(?:\d{{1,2}}月?{_UNTIL})?\d{{1,2}}月(?:\d{{1,2}}日)?|^\d{{1,2}}[.、]"
)
# A span of years the figures after it are set for: "…“民心工程”,2024年-2025年累计完成…项目240项".
_SPAN = re.compile(
    rf"(?:^|(?<=[,;])){dates.YEAR}年?[-—–~至]{dates.YEAR}年(?=[^,;。]*\d)(?!以来|期间|间,)"
)


# A pledge of figures: 力争, each year's, by a year, or a push to reach one (推动X规模突破7万亿元).
_FUTURE = re.compile(r"力争|每年|年均|(?:到|至)\d{4}年|推动[^,;]*(?:突破|达到|超过)\d")
# A grant a policy gives ("给予…每年不超过1亿元支持", "扶持总额不超过3000万元", "最高补贴50万元"),
# not a pledge about grants (发放创新券补贴覆盖企业达到2000家).
_GRANT = re.compile(
    r"给予|不超过[\d.]+(?:万|亿)?元|最高(?:补贴|奖励|资助|补助)?[\d.]+(?:万|亿)?元|可兑换"
)
# What a sentence reports as done ("近年来,推动吞吐量突破3亿吨"): no pledge.
_PAST = re.compile(r"近年来|过去|以来|已经|已")
# "…,到2030年,集聚A200名左右,B1000名左右。": the targets after a year inside the sentence.
_INNER_YEAR = re.compile(
    rf"[,;](?=力争|争取|到|至){_YEAR_OPENER}"
    # "…,力争到2029年底实现产业类违法用地清零", "…,到2030年建成高标准农田35万亩": the year and
    # the target without a comma between
    rf"|[,;](?:力争|争取)?(?:到|至){dates.YEAR}年(?:年?底|年?末)?前?(?=实现|达到|完成|建成|新增)"
)
# A clause that states a quantified target: a figure with 以上/左右, or reaching one.
# Verbs that reach a figure ("达到4.0%"); a clause that opens with one has no subject of its own.
_REACHING = (
    "突破",
    "达到",
    "超过",
    "降至",
    "控制在",
    "稳定在",
    *(
        verb + to
        for verb in ("提高", "提升", "增长", "增加", "扩大", "降低", "下降", "减少", "缩小")
        for to in ("到", "至")
    ),
)
# A clause that opens by reaching a figure has no subject of its own (…,达到15万平方米以上,
# 突破千亿元); one that reaches a thing first does (突破关键核心技术20项).
_REACHES_FIGURE = re.compile(
    rf"(?:{'|'.join(_REACHING)})(?:约|近)?[\d一二三四五六七八九十百千万两]"
)


_QUANTIFIED = re.compile(
    r"\d(?:[\d.]*)(?:万|亿)?[^\d,;]{0,3}(?:以上|左右|以内)"
    rf"|(?:{'|'.join(_REACHING)})(?:\d|[IV]+类)"  # 达到III类: a grade (Ⅲ after NFKC)
    r"|^力争.*\d"
    r"|(?:^|(?<=[,;]))确保[^,;。]*\d(?:%|个百分点)(?=$|[,;。])"  # 确保隐患整改率100%
    # a change by a share (能耗下降13.5%, 提高2个百分点)
    r"|(?:增长|提高|提升|下降|降低|减少|缩小|增加)\d[\d.]*(?:%|个百分点)"
    # an amount in words (迈上两万亿元台阶), a rank or a multiple (力争进位, 位次前移, 实现倍增,
    # 第一方阵), a deadline kept (如期实现)
    r"|[一二两三四五六七八九十百千]{1,4}(?:万亿|亿|万)元"
    # reaching or passing a figure in short (粮食总产量达325万吨, 覆盖率超90%, 规上文化企业超千家),
    # a count added (国家高新技术企业新增5000户), a change in points (下降两个百分点)
    r"|(?<![到])达\d|超过?(?:\d|[百千万]|[一二两三四五六七八九十][百千万亿])|新增\d"
    r"|[一二两三四五六七八九十]个百分点"
    r"|进位|前移|倍增|翻一番|翻番|第一方阵|全国靠前|如期实现"
)
# A clause that only says when ("三年内", "今后五年", "2024—2026年"), beside the year openers
# _YEAR_ONLY knows (到2025年): what a section of aims' plain clauses drop.
_TIME_ONLY = re.compile(
    r"[一二三四五六七八九十两\d]+年(?:内|来|间)?|今后[一二三四五六七八九十两]年|\d{4}年?[-—~至]\d{4}年"
)
# A floor or a ceiling (规模不低于100万千瓦): a target in a section of aims, a rule in a task's
# text (巡查每周不少于1次).
_BOUNDED = re.compile(r"(?:不低于|不少于|不超过|不高于)\d")


_SENTENCE_OPENER = re.compile(r"^(?:[一二三四五六七八九十]+是|要|必须|我们要)")


def first_clause(sent: Span) -> Span | None:
    """The first clause of a sentence that opens an item ("强化市区协同联动,…" → 强化市区协同联动),
    without an opener (要, 一是); None when the clause is too short or long to be a heading."""
    m = _SENTENCE_OPENER.match(sent.text)
    lo = m.end() if m else 0
    hi = len(sent.text)
    for i in range(lo, len(sent.text)):
        if sent.text[i] in ",;:。(":
            hi = i
            break
    if not 4 <= hi - lo <= 24:
        return None
    return Span(sent.begin + lo, sent.begin + hi, sent.text[lo:hi])


# A sentence that heads a part of the government's own conduct: 要/我们将 and a short aim.
_CONDUCT_HEAD = re.compile(r"^(?:要|我们将|将|必须)([^,;:。]{4,16})。$")


def self_building_heads(sents: list[Span], vocab: Vocab) -> list[tuple[Span, Span]]:
    """(item, sentence) of a paragraph whose first sentence turns to the government's own
    conduct (政府自身建设, 对政府工作提出了…要求) and whose later sentences, two or more, each
    open a part with a short aim of their own ("要锻造对党忠诚的政治品格。"); else none."""
    if not sents or not any(c in sents[0].text for c in vocab.cues.words("self_building_cues")):
        return []
    heads = []
    for sent in sents[1:]:
        m = _CONDUCT_HEAD.match(sent.text)
        if m is not None:
            heads.append((Span(sent.begin + m.start(1), sent.begin + m.end(1), m.group(1)), sent))
    return heads if len(heads) >= 2 else []


def headline_clauses(sents: list[Span]) -> list[tuple[Span, Span]]:
    """(headline, sentence) of a run of sentences that mostly open with a headline of their own
    ("经济总量实现新跃升,…。科技和产业创新取得新突破,…。"): three or more, at least half; else none."""
    heads = [(h, s) for s in sents if (h := headline_clause(s)) is not None]
    # The sentences that lead into the first headline ("“十四五”时期是…的五年。") do not count.
    if heads:
        sents = [s for s in sents if s.begin >= heads[0][1].begin]
    return heads if len(heads) >= 3 and 2 * len(heads) >= len(sents) else []


def headline_clause(sent: Span) -> Span | None:
    """The short first clause that heads a sentence of results ("科技创新成果丰硕,合肥综合性国家
    科学中心能级跃升,…" → 科技创新成果丰硕), or None: a time (“十四五”时期), a frame (在…下) or a
    reference back (这些成绩的取得) heads nothing."""
    comma = sent.text.find(",")
    if not 4 <= comma <= 12:
        return None
    clause = sent.text[:comma]
    if (
        "的" in clause.replace("党的", "")  # 党的建设全面加强 is a headline
        or clause.startswith(("这", "在", "“", "从", "过去", "近", "各位", "所有"))
        or _SITUATION_LEAD.match(clause)
        or _FIGURE.search(clause)  # 过去5年: a time
    ):
        return None
    if segment.opens_with_verb(clause):
        return None  # "加速发展高精尖产业,…": what was done, not a result
    return Span(sent.begin, sent.begin + comma, clause)


# A step the text names as a year or a period of its own ("为启动年", "为集中整治期"); not 为期三年,
# nor the plan's base or target year (2020年为基准年).
_NAMED_PERIOD = re.compile(
    r"为(?!期|基准|现状|目标|远景|规划)([\u4e00-\u9fff]{2,4}[年期])(?=[,;。]|$)"
)
# "2024年6月底前,…", "2023年:…", "2023年为试点阶段,…": what stands between a date and its step
_AFTER_DATE = re.compile(r"(?:年?底|年?末)?(?:以前|之前|前|起|以后|后)?[,:、\s]*(?:为|是)?")


def dated_parts(sent: Span) -> list[Span]:
    """A timetable's sentence as its steps: the parts apart by ";" when each opens with a date
    ("2024年3月底前,完成方案制定;2024年12月底前,完成首批场景建设。", or without the year:
    …;9月底前,完成系统建设), or with a step's count or horizon ("第一步,2026年上半年,…;第二步,
    …"), else the sentence whole."""
    parts = _split(sent, 0, len(sent.text), ";")
    if len(parts) > 1 and all(
        _opens_with_date(part.text) or horizon_step(part) is not None for part in parts
    ):
        return parts
    return [sent]


def _opens_with_date(text: str) -> bool:
    """Whether text opens with a date, with its year or without (9月底前, 下半年)."""
    found = dates.find_interval(text[:24], dates.ANY_YEAR)
    return found is not None and found[1] == 0


def dated_step(sent: Span, year: str | None = None) -> tuple[Span, Interval, int, int, int] | None:
    """A step of a timetable written as a sentence that opens with its date ("2024年6月底前,完成
    X改造。", "2023年:制定标准"; with ``year``, a month without one: "9月底前,…"), or with the
    step's name and then its date (horizon_step): the step, the date's interval, where the
    sentence is, and where in it the date begins and ends; None when it opens with neither."""
    found = dates.find_interval(sent.text[:24], year)
    if found is None or found[1] != 0:
        return horizon_step(sent)
    interval, _, end = found
    step = step_after(sent, end)
    return (step, interval, sent.begin, 0, end) if step is not None else None


def step_after(sent: Span, end: int) -> Span | None:
    """The first clause after a step's date, which ends at ``end`` in the sentence, or the year or
    period the text names it ("2024年为启动年,…", "5月至10月为集中整治期,…")."""
    named = _NAMED_PERIOD.match(sent.text, end)
    if named is not None:
        return Span(sent.begin + named.start(1), sent.begin + named.end(1), named.group(1))
    after = _AFTER_DATE.match(sent.text, end)
    lo = after.end() if after else end
    return first_clause(Span(sent.begin + lo, sent.end, sent.text[lo:]))


# A clause that dates a stage by name ("2024年3月至5月为排查阶段", "6月至10月为整治阶段").
_STAGE_CLAUSE = re.compile(
    r"(?:^|(?<=[,;:]))([^,;:。]{2,24}?)(?:为|是)([\u4e00-\u9fff]{2,8}阶段)(?=[,;。]|$)"
)


def stage_clauses(sent: Span) -> list[tuple[Span, str]]:
    """The stages one sentence dates clause by clause ("2024年3月至5月为排查阶段,6月至10月为整治
    阶段,…"): each stage's name and the text of its time; none unless two or more are."""
    found = [
        (Span(sent.begin + m.start(2), sent.begin + m.end(2), m.group(2)), m.group(1))
        for m in _STAGE_CLAUSE.finditer(sent.text)
    ]
    return found if len(found) >= 2 else []


# A step named by its horizon or its count before its time ("近期(2021—2023年):…", "第一步,到
# 2022年底,…"); "到" stays with the date (a deadline).
_HORIZONS = "近中期|中远期|近期|中期|远期"
_HORIZON = re.compile(rf"({_HORIZONS}|第[一二三四五六七八九十]步)[,:]?\(?")
# A counted step's name before its time in brackets ("第一步,动员部署(2025年3月)").
_STEP_NAMED = re.compile(r"[\u4e00-\u9fff]{2,8}\(")


def horizon_step(sent: Span) -> tuple[Span, Interval, int, int, int] | None:
    """A step called by its horizon or count and dated right after ("中期(2024—2025年):形成产业
    集群。"): the name, the date's interval, where the sentence is, and where the date is."""
    m = _HORIZON.match(sent.text)
    if m is None:
        return None
    found = dates.find_interval(sent.text[m.end() : m.end() + 24])
    if found is None:
        return None
    between = sent.text[m.end() : m.end() + found[1]]
    if between not in ("", "到", "至") and not (
        m.group(1).endswith("步") and _STEP_NAMED.fullmatch(between)
    ):
        return None
    name = Span(sent.begin, sent.begin + m.end(1), m.group(1))
    return name, found[0], sent.begin, m.end() + found[1], m.end() + found[2]


# Horizons named one after another in a sentence, each with its time in brackets or its end
# ("规划分为近期(2021—2023年)、中期(2024—2025年)和远期(2026—2035年)三个阶段", "其中近期至2025年,
# 远期至2035年"); a horizon without its time (中期评估) is none.
_HORIZON_IN = re.compile(rf"({_HORIZONS})(?:\(([^()]{{4,24}})\)|(至|到)(\d{{4}}年))")


def horizon_list(sent: Span) -> list[tuple[Span, str, bool]]:
    """The horizons a sentence names with their times, when it names two or more: each one's name,
    the text of its time, and whether that time is only its end (近期至2025年)."""
    found = [
        (
            Span(sent.begin + m.start(1), sent.begin + m.end(1), m.group(1)),
            m.group(2) or m.group(4),
            m.group(3) is not None,
        )
        for m in _HORIZON_IN.finditer(sent.text)
    ]
    return found if len(found) >= 2 else []


def responsibility_spans(text: str, begin: int, end: int, vocab: Vocab) -> list[tuple[int, int]]:
    """Offsets of "(责任单位:…)" and "【责任单位】…" notes between begin and end, of "(区发展改革
    委牵头,区财政局配合)" notes, and of the bodies' cells of a task table's row ("推进…改造 市交通委、
    临港集团 2023年底前")."""
    cues = "|".join(vocab.cues.words("responsibility_cues"))
    # (责任单位:…), 【责任单位:…】, to the next field (牵头单位:A;配合单位:B), a member's second name
    # in brackets within (市委宣传部(市新闻出版局)、市公安局)
    roles = "|".join(LEADING_ROLES + ASSISTING_ROLES)  # 县发改局【牵头】: a member's role
    noted = re.compile(f"(?:{cues})\\s*:((?:[^()【】。;]|\\([^()]*\\)|【(?:{roles})】)+)")
    # 【责任单位】…: a field that runs to the next field or sentence, its members' own notes in
    # brackets (区教育局(牵头)、区财政局)
    fielded = re.compile(f"【(?:{cues})】([^。【]+)")
    spans = [
        (begin + m.start(1), begin + m.end(1))
        for pattern in (noted, fielded)
        for m in pattern.finditer(text[begin:end])
    ]
    spans += [(begin + m.start(1), begin + m.end(1)) for m in _LEAD_NOTE.finditer(text[begin:end])]
    generic = tuple(vocab.cues.words("generic_member_prefixes"))  # 各街镇, 相关单位
    openers = (*vocab.cues.words("government_prefixes"), *generic)
    spans += [
        (begin + m.start(1), begin + m.end(1))
        for m in _BODIES_NOTE.finditer(text[begin:end])
        if all(piece.startswith(openers) for piece in m.group(1).split("、"))
        and not m.group(1).startswith(generic)
    ]
    cells = row_cells(text[begin:end])
    if len(cells) >= 3 and DEADLINE_CELL.fullmatch(cells[-1]):
        lo = begin + len(cells[0]) + 1
        spans.append((lo, lo + len(" ".join(cells[1:-1]))))
    return spans


# "…。(区投促中心、各街镇)": a note after a task that only names bodies, the first of a level.
_BODIES_NOTE = re.compile(r"(?<=[。;])\(([^()。,;:]{3,80})\)")
# "(区发展改革委牵头,区大数据中心、区财政局配合)", "(区商务局主办,相关街道协办)": who leads a
# task and who works with it.
LEADING_ROLES = ("牵头", "负责", "主办", "主责", "承办")
ASSISTING_ROLES = ("配合", "参与", "协同", "协办")
_LEAD_NOTE = re.compile(
    rf"\(([^()。]{{3,80}}?(?:{'|'.join(LEADING_ROLES)})"
    rf"(?:[,;][^()。]{{2,80}}?(?:{'|'.join(ASSISTING_ROLES)}))?)"
    # and what the note says after that names no role (…按职责分工负责,长期坚持)
    rf"(?:[,;][^()。]{{1,30}}(?<!{'|'.join(LEADING_ROLES + ASSISTING_ROLES)}))?\)"
)


def row_cells(text: str) -> list[str]:
    """The cells of a task table's row pasted as a line (the loader made tabs single spaces): a
    task, then its bodies and its deadline ("推进…改造 市交通委、临港集团 2023年底前"); [] for a
    line of prose."""
    cells = text.split(" ")
    if "\n" in text or len(cells) < 2 or not 4 <= len(cells[0]) <= 40 or "。" in cells[0]:
        return []
    if len(cells) >= 3 or DEADLINE_CELL.fullmatch(cells[-1]):
        return cells
    return []


# A table's header row pasted on one line, its cells apart: "序号 工作任务 牵头单位 完成时限".
HEADER_ROW = re.compile(r"序\s*号(?:\s+[^\s。;:!?]{1,12}){1,8}$")
# A header's column of bodies, and a row under it (1 建设县域大数据平台 县大数据中心 县农业农村局 2027年6月).
_BODY_COLUMN = re.compile(r"(?:牵头|责任|配合)(?:单位|部门)")
_ROW = re.compile(r"\d{1,3}(?: [^ ]+){2,8}")


def body_cells(text: str) -> list[tuple[int, int]]:
    """Offsets of the cells under a column of bodies in each row of a task table whose rows are
    pasted a line each, as many cells to a row as its header has."""
    spans: list[tuple[int, int]] = []
    width, columns = 0, []
    for line in re.finditer(r"[^\n]+", text):
        if HEADER_ROW.match(line.group()):
            heads = re.sub(r"^序\s*号", "序号", line.group()).split()
            width, columns = len(heads), [k for k, h in enumerate(heads) if _BODY_COLUMN.search(h)]
        elif columns and _ROW.fullmatch(line.group()):
            cells = list(re.finditer(r"[^ ]+", line.group()))
            if len(cells) == width:
                spans += [
                    (line.start() + cells[k].start(), line.start() + cells[k].end())
                    for k in columns
                ]
    return spans


# A cell that gives a deadline (2023年底前, 长期, 2024-2025年), not a step with its date.
DEADLINE_CELL = re.compile(r"\d{4}年[^。,;]{0,8}|长期|持续推进|每年|年内|\d{4}-\d{4}年?")


_OUTLOOK = re.compile(r"^(?:从([^,。]{1,8})(?:来)?看|([^,。]{1,6})方面),")  # 从挑战看, 机遇方面,
# Openers of a clause that add nothing to the item (特别是X → X), and of a sentence that turns
# from the situation to what the government will do (对此, 我们将…), which ends a list.
_CLAUSE_OPENERS = (
    "另一方面",
    "一方面",
    "特别是",
    "尤其是",
    "但与此同时",
    "与此同时",
    "同时",
    "此外",
    "但是",
    "但",
    "而且",
    "以及",
)
_LIST_STOPPERS = ("对此", "我们", "必须", "要", "为此", "面对", "对于这些", "对这些", "这些")


def outlook_kind(sent: Span, vocab: Vocab) -> tuple[str, int] | None:
    """A paragraph that opens "从战略机遇看," or "从风险挑战看,": (class, where its clauses start)."""
    m = _OUTLOOK.match(sent.text)
    kind = lead_kind(m.group(1) or m.group(2), vocab) if m else ""
    return (kind, m.end()) if m and kind else None


def outlook_items(sent: Span, vocab: Vocab) -> tuple[str, list[Span]] | None:
    """The class and the clauses of a sentence that opens with an outlook ("从挑战看,A,B"), up to
    a lead into counted items ("…,主要表现在:一是…;二是…"), which are read as a list of their own."""
    outlook = outlook_kind(sent, vocab)
    if outlook is None:
        return None
    return outlook[0], clauses_before_counted(sent, outlook[1])


def clauses_before_counted(sent: Span, start: int = 0) -> list[Span]:
    """The clauses of a sentence from ``start`` up to a lead into counted items ("…,主要表现在:一是
    A;二是B"), which are read as a list of their own."""
    listed = _LISTED_AFTER.search(sent.text, start)
    return clause_items(sent, start, listed.start() if listed else None)


# An outlook from home ("从自身看,", "从我区看,"): the troubles it names are weaknesses.
_HOME_OUTLOOK = re.compile(r"^从(?:自身|内部|本[省市区县]|我[省市区县])(?:来)?看,")


def home_troubles(sent: Span, vocab: Vocab) -> list[Span]:
    """The clauses of a sentence that looks from home and names troubles ("从内部看,产业结构偏重,
    创新能力不强"), which a list of risks before it does not run on into; [] for any other."""
    m = _HOME_OUTLOOK.match(sent.text)
    if m is None or not any(w in sent.text for w in vocab.cues.words("problem_words")):
        return []
    return clause_items(sent, m.end())


# An outlook that only says where it looks ("从国际看,", "从国内看,", "从外部环境看,"): no kind.
_SCOPE_OUTLOOK = re.compile(
    r"^从(?:国际|国内|全球|世界|外部|内部|自身|全国|全省|全市|本[省市区县])[^,。]{0,4}(?:来)?看,"
)


def weighs_the_situation(sents: list[Span]) -> bool:
    """Whether a paragraph weighs the situation outside and at home, one sentence for each
    ("从国际看,A,B。…从国内看,C,D。"), or opens on the present and weighs its chances against its
    troubles ("当前,世界经济正处于深度调整之中,…。同时,我国发展仍处于…重要战略机遇期,…"),
    whatever section it stands in."""
    if sum(1 for s in sents if _SCOPE_OUTLOOK.match(s.text)) >= 2:
        return True
    return (
        bool(sents)
        and sents[0].text.startswith(_NOW)
        and any(_CHANCE_PERIOD.search(s.text) for s in sents[1:])
    )


_NOW = ("当前,", "当今世界,", "当前和今后一个时期,")
_CHANCE_PERIOD = re.compile(r"^(?:同时|但)?,?[^,。]{0,12}仍(?:然)?处于[^,。]{0,16}(?:战略)?机遇期")


# The outlook a lead into "一是…" items ends with ("从挑战看,一是…;二是…").
_OUTLOOK_END = re.compile(r"从([^,。]{1,8})看$")


def outlook_lead_kind(lead: str, vocab: Vocab) -> str:
    """What a lead that ends with an outlook ("从挑战看") says the items after it are; "" if none."""
    m = _OUTLOOK_END.search(lead)
    return lead_kind(m.group(1), vocab) if m else ""


def lead_kind(lead: str, vocab: Vocab) -> str:
    """What the lead of an outlook ("从战略机遇看", "从风险挑战看") says its clauses are."""
    if any(w in lead for w in vocab.cues.words("opportunity_leads")):
        return "Opportunity"
    if any(w in lead for w in vocab.cues.words("challenge_leads")):
        return "Challenge"
    return ""


def clause_items(sent: Span, start: int = 0, stop: int | None = None) -> list[Span]:
    """The clauses of a sentence that lists conditions (from ``start``, to ``stop`` or the
    sentence's end), each one item; a clause that sums up (这是…) or is too short to say anything
    is left out."""
    end = len(sent.text.rstrip("。")) if stop is None else stop
    out: list[Span] = []
    for item in _split(sent, start, end, ",;"):
        if out and _GOES_ON.match(item.text):
            break  # "A方兴未艾,正沿着…主线,…,正在深刻改变…": the rest tells what A does
        if item.text in _CLAUSE_OPENERS:
            continue  # "但与此同时,A,B": the opener alone
        example = _EXAMPLE.match(item.text)
        if example:  # "问题依然突出,如A,B": A is one of the problems
            item = Span(item.begin + 1, item.end, item.text[1:])
        for opener in _CLAUSE_OPENERS:
            if item.text.startswith(opener) and len(item.text) > len(opener):
                cut = len(opener)
                item = Span(item.begin + cut, item.end, item.text[cut:])
                break
        item = _unnumbered(sent, item)  # "从挑战看,一是A;二是B": A, B
        if out and _FOR_US.match(item.text):
            continue  # "国家推动西部大开发,为我省发展带来重大机遇": what the item before brings
        if out and _WILL.match(item.text):
            continue  # "进博会进入…新阶段,将加快吸引高端资源集聚落地": what it will do
        if out and _DEMANDS.match(item.text):
            continue  # "…,对更好统筹经济社会发展…提出了紧迫任务": what the troubles demand
        if len(item.text) >= 4 and not item.text.startswith("这"):
            out.extend(_each_named(sent, item))
    return out


def _each_named(sent: Span, item: Span) -> list[Span]:
    """A clause that lists conditions of one kind, each named in full (A带来的X机遇、B带来的Y机遇),
    is one item per condition; any other clause is one item."""
    pieces = _split(sent, item.begin - sent.begin, item.end - sent.begin, "、")
    for tail in _NAMED_EACH:
        if len(pieces) > 1 and all(p.text.endswith(tail) and len(p.text) > 6 for p in pieces):
            return pieces
    return [item]


_NAMED_EACH = ("机遇", "挑战")


# "如" that opens an example of what the clause before names (not 如期, 如何, 如果).
_EXAMPLE = re.compile(r"^如(?![期何果此同实])")
# A sentence that lists what the one before names: "主要是:A,B", "如A,B,以及C等难题".
_LISTING_OPENER = re.compile(
    r"^(?:(?:主要是|主要表现在|主要表现为|具体表现为):?(?!因为|由于)|(?:比如|例如|譬如|如)(?![期何果此同实今])(?=[^,;:。]{4}))"
)


def listing_opener(text: str) -> int:
    """Where the items of a sentence that lists what the sentence before names begin; 0 if it
    does not open so."""
    m = _LISTING_OPENER.match(text)
    return m.end() if m else 0


# A clause without a subject of its own that tells what the one before it is doing ("正沿着…",
# "正在深刻改变…"): it and the clauses after it elaborate that one.
_GOES_ON = re.compile(r"^正(?:在|沿着|向|以|从|由|加速|经历|处于)")

# A clause that says what the one before it brings to the plan's place ("为我省发展带来重大机遇").
_FOR_US_TEXT = r"(?:为|给)[^,;。]{1,40}?(?:带来|提供|创造|打开|注入|增添)"
_FOR_US = re.compile("^" + _FOR_US_TEXT)
# A clause that says what the troubles before it demand ("这对青浦…提出了更高要求").
_DEMANDS = re.compile(r"^这?对[^,;。]{2,40}提出了?[^,;。]{0,8}(?:要求|任务|挑战|考验)$")
# A clause without a subject of its own that says what the one before it will do.
_WILL = re.compile(r"^将(?:加快|进一步|更加|更|持续|不断|有力|为|成为|在)")
# What a favourable condition gives: room, gains, drive.
_GAINS = r"[^,;。]{0,10}(?:机遇|空间|动力|红利|潜力|动能|能量|机会)"


# A clause that names what favours the plan: something that opens room, brings gains or drives it
# ("…协同发展纵深推进打开广阔发展空间", "科技创新激发强劲发展动力").
_FAVOURABLE = re.compile(
    r"(?:带来|提供|创造|打开|激发|蕴含|释放|注入|开辟|拓展|增添)" + _GAINS + "$"
)


# A clause that says what the conditions before it bring the plan's place ("为我市发展注入新动能").
_BRINGS = re.compile(_FOR_US_TEXT + _GAINS)


def favourable_items(sent: Span) -> list[Span]:
    """Clauses of a sentence that follows one weighing opportunities ("机遇和挑战并存。A,B。")
    that each name a favourable condition."""
    return [item for item in clause_items(sent) if _FAVOURABLE.search(item.text)]


# A clause that states a lasting strength after the problems ("我国经济长期向好的支撑条件和基本趋势
# 没有改变", "制度优势和大国优势不断彰显"): a favourable condition.
_STRENGTH = re.compile(
    r"(?:支撑条件|基本趋势|基本面|优势|韧性|潜力|潜能|有利条件)[^,;]{0,10}"
    r"(?:没有改变|没有变|不会改变|不会变|未变|彰显|凸显)$"
    r"|具有[^,;]{0,6}(?:支撑条件|有利条件)$"  # "经济发展具有良好支撑条件"
)


def strength_items(sent: Span) -> list[Span]:
    """Clauses of a sentence that each state a lasting strength (支撑条件…没有改变)."""
    return [item for item in clause_items(sent) if _STRENGTH.search(item.text)]


# "困难不容忽视,信心必须坚定。", "困难不容低估,信心不可动摇。": the paragraph turns from its
# troubles to confidence.
_CONFIDENCE = re.compile(r"信心(?:必须|更加)?坚定|坚定信心|充满信心|有信心|信心不[可能会]?动摇")


def ends_list(sent: Span) -> bool:
    """Whether a sentence turns from a list of conditions to what will be done, or to confidence."""
    return sent.text.startswith(_LIST_STOPPERS) or _CONFIDENCE.search(sent.text) is not None


def problem_kind(item: Span, vocab: Vocab) -> str:
    """A challenge when the clause speaks of outside pressure or risk, else a bottleneck; a
    clause that names a weakness of the place's own is a bottleneck whatever field it is in
    ("风险防控、安全发展还有薄弱环节")."""
    if any(w in item.text for w in vocab.cues.words("weakness_words")):
        return "Bottleneck"
    risky = vocab.cues.words("challenge_words")
    return "Challenge" if any(w in item.text for w in risky) else "Bottleneck"


def problem_kinds(items: list[Span], vocab: Vocab) -> list[str]:
    """The kind of each trouble of a sentence (problem_kind); one that names neither a weakness
    or trouble of one's own (短板, 困难) nor an outside pressure is a challenge where most of those
    that do are ("发达经济体经济增长乏力,…,保护主义继续升温,国际市场竞争更加激烈")."""
    kinds = [problem_kind(i, vocab) for i in items]
    words = (
        *vocab.cues.words("weakness_words"),
        *vocab.cues.words("own_trouble_words"),
        *vocab.cues.words("challenge_words"),
    )
    marked = [any(w in i.text for w in words) for i in items]
    challenges = sum(1 for k, m in zip(kinds, marked, strict=True) if m and k == "Challenge")
    if challenges < 2 or 2 * challenges <= sum(marked):
        return kinds
    return [k if m else "Challenge" for k, m in zip(kinds, marked, strict=True)]


# Clauses that only lead into what follows in a section on the situation ("从国际看", "当前",
# "同时也要看到") or only weigh it ("为我市发展提供了重要机遇"): no condition of their own.
_SITUATION_LEAD = re.compile(
    r"^(?:从.{1,8}(?:看|来看)|当前|目前|(?:当前和)?今后一个时期"
    r"|(?:总体|总的|综合)(?:来看|上看|看|判断|研判|而言)(?:[^,;]{0,8}形势)?"  # 综合判断国际国内形势
    # "“十二五”是全面建设小康社会的关键时期": what the period is, no condition of it
    r"|[^,;]{0,12}是[^,;]*(?:关键|攻坚|重要|决定性)[^,;]{0,4}(?:时期|阶段)"
    r"|.{0,6}看到|经(?:过|历了?).{0,8}(?:积累|努力|奋斗|发展|建设|洗礼|考验))$"  # 经过多年的积累: how it got here
    r"|^在[^,;]{1,30}(?:中|方面)$"  # "在疫情防控中", "在住房、教育…等方面": where they showed
    r"|^(?:“?十[一二三四五六七八九]五”?|今后五年|未来五年|\d{4}年)(?:时期|期间)?$"  # a time only
    # a time ahead or a comparison only ("展望未来一段时期", "与发达国家相比")
    r"|^展望(?:未来)?[^,;]{0,8}$|^(?:与|同)[^,;]{1,12}(?:相比|比较)$"
)
_WEIGHING = re.compile(
    r"^(?:为|给|对).{0,12}(?:机遇|挑战|条件|基础)$|并存$|深刻复杂的?变化$"
    r"|机遇[和与]?(?:风险)?挑战"  # "机遇和挑战都有新的发展变化", "战略机遇和风险挑战并存"
)


def _weighs_risk_too(clause: str, vocab: Vocab) -> bool:
    """Whether a clause that weighs opportunities against challenges also names a risk of its own
    ("我国发展处于战略机遇和风险挑战并存、不确定难预料因素增多的时期")."""
    rest = _WEIGHING.sub("", clause)
    weak = set(vocab.cues.words("placing_words"))
    return any(w in rest for w in vocab.cues.words("challenge_words") if w not in weak)


def situation_clauses(
    sent: Span, kind: str, vocab: Vocab, before: str = "", led: str = ""
) -> list[tuple[str, Span]]:
    """Clauses of a sentence in a section on problems, challenges or opportunities written as
    prose, each one element of the section's ``kind``. In a section on the situation as a whole
    (面临形势, 发展环境; ``kind`` is "Situation"), the clauses' words decide: a sentence that
    names problems (问题, 短板) lists them, each a challenge or bottleneck by ``problem_kind``;
    in others each clause that speaks of a risk or pressure is a challenge, one that names a
    favourable condition an opportunity, and a clause of neither kind goes with its sentence's
    (``situation_polarity``; ``before`` is the kind of the sentence before it, ``led`` the kind
    its paragraph's headline names or, in a paragraph that weighs the situation outside a
    section on it, the kind its conclusion names: "从国际看,…。综合判断,…仍处于…战略机遇期")."""
    outlook = outlook_items(sent, vocab)
    if outlook is not None:  # "从挑战看,A,B": the sentence names its clauses' kind
        return [(outlook[0], i) for i in outlook[1]]
    if kind == "Situation" and (_WHAT_TO_DO.match(sent.text) or headlines(sent.text)):
        return []  # "必须深刻领悟…": what the plan will do about it; a headline leads in
    if kind == "Situation" and _REVIEWED.match(sent.text) and not _REVIEW_TURNS.search(sent.text):
        # "2021年以来,在…的领导下,消防安全治理体系日臻完善,…": what the years since achieved
        return [
            ("Achievement", i)
            for i in clause_items(sent)
            if not (_NO_CONDITION.search(i.text) or _UNDER_LEAD.match(i.text))
        ]
    seen = seen_problems(sent, vocab)
    if seen:  # "同时我们也要看到,A,…,民生保障存在短板弱项,…": troubles, clause by clause
        return seen
    listed = [(cls, i) for cls, items in situation_items(sent, vocab) for i in items]
    items = [
        _risk_part(i) if _WEIGHING.search(i.text) else i
        for i in clause_items(sent, _after_lead(sent.text, vocab))
        if not (_SITUATION_LEAD.match(i.text) or _SEEING.match(i.text))  # 我们也清醒认识到
        and not (_WEIGHING.search(i.text) and not _weighs_risk_too(i.text, vocab))
        # "仍存在A、B等问题": the list's members, not the clause that lists them
        and not any(i.begin <= m.begin and m.end <= i.end for _, m in listed)
    ]
    return listed + _typed_clauses(sent.text, items, kind, vocab, before, led)


# A sentence of a situation section that reviews the years since a start ("2021年以来,…", "五年来,
# …") and turns to no trouble (但…仍, 尽管, 不足): its clauses are results.
_REVIEWED = re.compile(r"^(?:\d{4}年以来|“?十[一二三四五六七八九]五”?以来|五年来|过去五年)")
_REVIEW_TURNS = re.compile(r"但|仍|尽管|然而|不足|短板|问题|挑战")
# "在市消防救援局、区委、区政府的领导下": under whose lead, no result.
_UNDER_LEAD = re.compile(r"^在.{2,40}(?:领导|指导|支持|关心)下$")
# "处于战略机遇和风险挑战并存、不确定难预料因素增多的时期": after what it weighs, the risk it names.
_RISK_AFTER_WEIGHING = re.compile(r"并存、(?P<risk>[^、]{4,}?)的?(?:时期|阶段|局面)?$")


def _risk_part(item: Span) -> Span:
    """The risk a clause that weighs opportunities against challenges names besides, alone."""
    m = _RISK_AFTER_WEIGHING.search(item.text)
    if m is None:
        return item
    return Span(item.begin + m.start("risk"), item.begin + m.end("risk"), m.group("risk"))


# What a section on the situation turns to when it says what the plan will do ("必须…", "要…").
# A subject may come first: "全市上下要深刻领悟…", "我们必须…".
_WHAT_TO_DO = re.compile(
    r"^(?:(?:[全各][^,。]{1,3}上下|我们|各级[^,。]{0,6})?(?:必须|要|务必)|为此|对此)"
)
# Clauses that are no condition: a condition of the text's own (如果抓住机遇, 就能…), a
# concession (尽管…), what a meeting said (明确提出…), what a condition is good for (有利于…),
# a yardstick (对标国家所需, 对照国际一流).
# A clause that only dates the next one (…跨越…新起点后, 党的十八大以来; not 滞后) is none either.
_NO_CONDITION = re.compile(
    r"^(?:如果|若|就能|就会|就将|尽管|虽然|明确提出|有利于|对标|对照)|(?:(?<![滞落])后|以来)$"
    # the stage a place is at (我国发展处在爬坡过坎的关键阶段, 进入了…的决定性阶段): no condition
    r"|(?:处在|处于|正处|进入了?)[^,;]*(?:关键|攻坚|爬坡过坎|决定性)[^,;]{0,6}(?:阶段|时期|期)$"
)
# Where a sentence turns from conditions to what the plan expects (经济有望…, 将为…作出更大贡献)
# or must do (必须增强机遇意识,保持战略定力; 要积极主动…): no condition from there to its end.
_TURN_TO_PLAN = re.compile(r"有望|^(?:要|必须|需要|将为)")
# Openers of sentences that turn against the one before ("同时,单边主义…抬头" after opportunities).
_CONTRAST = ("同时", "与此同时", "但", "但是", "然而", "不过", "另一方面")


# "我们既要看到,A,B;更要看到,C,D。" / "一方面,A,B;另一方面,C,D。": one side of the outlook,
# then the other; a clause that only says which side it is (我们要看到困难问题和风险挑战) is none.
_SEEING_TEXT = r"(?:清醒|充分|深刻)?(?:地)?看到"
_SEEN_FIRST = re.compile(rf"既要{_SEEING_TEXT}[,:]?|一方面,")
_SEEN_THEN = re.compile(rf"[;,](?:同时)?(?:(?:更|也|还|又)要{_SEEING_TEXT}[,:]?|另一方面,)")
_SIDE_NAMED = re.compile(rf"^(?:我们)?(?:更|也|还|又)?要{_SEEING_TEXT}")


def weighed_items(sent: Span, vocab: Vocab) -> list[tuple[str, list[Span]]]:
    """The two lists of a sentence that weighs the outlook ("既要看到,世界百年变局加速演进,…;更要
    看到,…有利因素,…"): each list is of challenges or of opportunities as more of its clauses
    say (two at least), and the two must differ; [] when the sentence weighs no such lists."""
    first = _SEEN_FIRST.search(sent.text)
    then = _SEEN_THEN.search(sent.text, first.end()) if first else None
    if first is None or then is None:
        return []
    end = len(sent.text.rstrip("。"))
    out: list[tuple[str, list[Span]]] = []
    troubles = vocab.cues.words("problem_words")
    for lo, hi in ((first.end(), then.start()), (then.end(), end)):
        items = [i for i in clause_items(sent, lo, hi) if not _SIDE_NAMED.match(i.text)]
        votes = Counter(
            situation_polarity(i.text, vocab)
            or ("Challenge" if any(w in i.text for w in troubles) else "")
            for i in items
        )
        kind = "Challenge" if votes["Challenge"] > votes["Opportunity"] else "Opportunity"
        if votes[kind] < 2:
            return []  # "既要看到成绩,也要看到不足": no lists; or a side that says neither
        out.append((kind, items))
    return out if out[0][0] != out[1][0] else []


def situation_polarity(clause: str, vocab: Vocab) -> str:
    """A challenge when a clause names a risk or pressure, an opportunity when it names a
    favourable condition, "" when it names neither. Words that only place a clause (国际, 全球,
    外部) decide nothing alone ("人类命运共同体理念得到国际社会广泛认同" is favourable)."""
    weak = set(vocab.cues.words("placing_words"))
    if "机遇" in clause and not _WEIGHING.search(clause):
        return "Opportunity"  # "挑战中蕴含新机遇": what a challenge holds
    clause = _SOLVING.sub("", clause)  # "应对重大挑战的能力明显增强": a strength
    if any(w in clause for w in vocab.cues.words("challenge_words") if w not in weak):
        return "Challenge"
    if any(w in clause for w in vocab.cues.words("opportunity_words")):
        return "Opportunity"
    return ""


def _typed_clauses(
    text: str, items: list[Span], kind: str, vocab: Vocab, before: str = "", led: str = ""
) -> list[tuple[str, Span]]:
    if kind != "Situation":
        return [(kind, i) for i in items]
    if _names_problems(text, vocab):  # "…还存在不少短板,A、B,C": A, B and C, not the headline
        named = [p for i in troubles(items, vocab) for p in troubles_listed(i, vocab)]
        return [(problem_kind(i, vocab), i) for i in named]
    conditions: list[Span] = []
    for item in items:
        if _TURN_TO_PLAN.search(item.text):
            break  # "经济有望保持稳中向新向优,…", "必须增强…,保持战略定力": the plan's own
        if not _NO_CONDITION.search(item.text):
            conditions.append(item)
    polar = [situation_polarity(i.text, vocab) for i in conditions]
    default = _sentence_polarity(text, polar, before) or led
    return [(cls or default, i) for cls, i in zip(polar, conditions, strict=True) if cls or default]


# Acts that solve or withstand a trouble ("全面深化改革将破解…障碍和结构性矛盾", "应对重大挑战的能力
# 明显增强"): the trouble they name is none of the situation's.
_SOLVING = re.compile(r"(?:破解|解决|化解|破除|克服|补齐|补上|缓解|应对|抵御|战胜)[^,。;]*")


def _names_problems(text: str, vocab: Vocab) -> bool:
    unsolved = _SOLVING.sub("", text)
    return "机遇" not in text and any(cue in unsolved for cue in vocab.cues.words("problem_cues"))


def troubles(items: list[Span], vocab: Vocab, seen: bool = False) -> list[Span]:
    """The clauses of a sentence that names problems, less those that only frame them (当前北京
    已进入…新阶段, 对标国家所需…) where most of the others name a trouble of their own; in a
    paragraph ``seen`` to be on troubles, every clause that is no frame (搞表面文章)."""
    items = [i for i in items if not _NO_CONDITION.search(i.text)]
    named = named_troubles(items, vocab)
    return named if 2 * len(named) > len(items) and not seen else items


def turns_to_action(sent: Span) -> bool:
    """Whether a sentence of a troubles paragraph speaks of what will be done about them or sums
    them up ("这些都是…问题,只要我们…", "…'十二五'时期我们一定出重拳"): no trouble of its own."""
    return "我们" in sent.text or any(
        c.text.startswith(_LIST_STOPPERS) for c in _split(sent, 0, len(sent.text), ",;")
    )


def named_troubles(items: list[Span], vocab: Vocab) -> list[Span]:
    """The clauses that name a trouble by one of its words (不足, 仍需, 尚未, 压力 …)."""
    words = [*vocab.cues.words("problem_words"), *vocab.cues.words("challenge_words")]
    return [i for i in items if any(w in i.text for w in words)]


def _sentence_polarity(text: str, polar: list[str], before: str) -> str:
    """The kind of a sentence's clauses that name neither a risk nor a favourable condition: the
    kind most of its other clauses are; else the opposite of the sentence before when it opens
    by turning against it (同时, 但); else an opportunity when it names one (机遇)."""
    opportunities, challenges = polar.count("Opportunity"), polar.count("Challenge")
    if opportunities != challenges:
        return "Opportunity" if opportunities > challenges else "Challenge"
    if opportunities:  # as many of each: the kind of the first
        return next(k for k in polar if k)
    if before and text.startswith(_CONTRAST):
        return "Challenge" if before == "Opportunity" else "Opportunity"
    if before and viewed_from(text):  # "从国际看,…。从国内看,A,B。": as the view before it
        return before
    if _BRINGS.search(text):  # "A,B,为我市发展注入新动能": what A and B bring
        return "Opportunity"
    return "Opportunity" if "机遇" in text and not _WEIGHING.search(text) else ""


# A sentence that looks from one side, one of a series (从国际看, 从国内看, 从我县看).
_VIEWED_FROM = re.compile(r"从[^,;]{1,8}看,")


def viewed_from(text: str) -> bool:
    """Whether a sentence looks from one side (从国内看,…), as one of a series may."""
    return _VIEWED_FROM.match(text) is not None


def _after_lead(text: str, vocab: Vocab) -> int:
    """Where the conditions start after a lead that names their kind ("…也面临一些问题和挑战:A;
    B"): after its colon; else at the sentence's start."""
    colon = text.find(":")
    lead = text[max(0, colon - 16) : colon]
    cues = (*vocab.cues.words("problem_cues"), "机遇")
    return colon + 1 if colon > 0 and any(cue in lead for cue in cues) else 0


def problem_items(sent: Span, vocab: Vocab) -> list[tuple[str, Span]]:
    """Clauses of a "problems" sentence: "…还存在不少问题不足和风险挑战:A,B;C;D。".

    Each clause is one element: a challenge when it speaks of outside pressure or risk
    (cues.yaml ``challenge_words``), else a bottleneck."""
    colon = sent.text.find(":")
    lead = sent.text[max(0, colon - 16) : colon] if colon >= 0 else ""
    if colon < 0 or not any(cue in lead for cue in vocab.cues.words("problem_cues")):
        return []
    rest = sent.text[colon + 1 :]
    if rest.count(";") + rest.count(",") < 1:
        return []
    end = colon + 1 + len(rest.rstrip("。"))
    return [
        (problem_kind(item, vocab), item)
        for item in map(partial(_unnumbered, sent), _split(sent, colon + 1, end, ",;"))
        if len(item.text) >= 4
    ]
