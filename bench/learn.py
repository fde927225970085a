"""What the builder learns from the dev half's hand annotations: data/vocab/learned.yaml.

Three lists, all learned from the dev annotations only (tests/fixtures/real/split.yaml; the test
half is never read):

- ``never_entities``: each string a dev annotation lists under ``must_not_be_entities``
  (docs/annotation.md) that no dev annotation names as an entity and that the text the builder
  reads holds (not only its page chrome): figures of speech (组合拳, 最后一公里), kinds (一批特色
  园区), headings; in their normal form (``normal_form``). The builder drops a recognised name
  found there.
- ``zones``: the zones the dev annotations name, each with its aliases (NFKC, without the
  quotation marks around a whole name), where the name is proper (three characters or more, a
  stem before its head noun that is no level or kind: not 高新区 or 国家…示范区; not X区域; no
  division's full name inside), annotated as nothing but a zone, annotated in more than two
  thirds of the dev texts that contain it, and neither a negative nor a name of the curated
  vocabulary. The builder finds them in any text that does not name them otherwise
  (``plankg:foundBy "annotations"``).
- ``industries``: the same for the industries the dev annotations name in Chinese by three
  characters or more (量子信息, 跨境电商), but only those at least two dev texts annotate and
  more than nine tenths of the dev texts that contain them do: a sector's name is often a common
  phrase too (制造业企业, 公路运输车辆). The builder takes one only where it is a word of its own
  (not 现代化工 in 现代化工业) and does not run on into another name's head (创意设计中心区).

    python -m bench.learn                  # rewrite data/vocab/learned.yaml (make eval does)
    python -m bench.learn --leave-one-out  # how much it should help on texts it never saw

The second builds the dev half three times: with nothing learned, with each text's lists learned
from the other dev texts only, and with the shipped lists, and prints what each scores. The
leave-one-out figures are the honest ones: the shipped lists hold each dev text's own names.
"""

from __future__ import annotations

import argparse
import functools
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from unittest import mock

import yaml

from builder import load, paths, places, vocab
from builder.gazetteer import Gazetteer
from builder.output import write_atomic
from builder.vocab import LEARNED, Learned, normal_form

from . import gold as goldfile
from .fidelity import Score
from .fidelity_report import REAL, evaluate, split, summary

TARGET = paths.VOCAB_DIR / LEARNED
HEADER = """\
# Learned from the hand annotations of the dev half (tests/fixtures/real/split.yaml) by
# `python -m bench.learn` (make eval); do not edit by hand. The test half is never read.
# never_entities: each string a dev annotation lists under must_not_be_entities that no dev
#   annotation names as an entity and that the text read holds outside its page chrome (normal
#   form: NFKC, without quotation marks, brackets and spaces); the builder drops a recognised
#   name found here.
# zones: each zone the dev annotations name by a proper name, with its aliases (NFKC), that they
#   annotate as nothing else; the builder finds them in any text.
# industries: the same for industries of three characters or more that two or more dev texts
#   and nearly every dev text naming them annotate.
"""
# Stems that make a zone's name a kind or a title rather than one place (国家数字贸易示范区).
_KIND_STEMS = ("国家", "省级", "市级", "区级", "全国", "中心", "核心")
# A zone is learned when more than this share of the dev texts that contain its name annotate it;
# an industry's name, often a common word as well (制造业, 物流), when nearly all of them do.
CONSISTENCY = 0.66
INDUSTRY_CONSISTENCY = 0.9
_QUOTES = ("“", "”", '"')


def never_entities(golds: Iterable[goldfile.Gold]) -> list[str]:
    """The annotations' negatives, less every label and alias they annotate, sorted. A negative
    only in the page chrome the builder drops (a site's menu: 中国国际进口博览会) is no lesson
    about names: it is left out."""
    golds = list(golds)
    named = {normal_form(label) for g in golds for e in g.entities for label in e.labels}
    negatives = set()
    for g in golds:
        read = _read_text(g)
        negatives.update(p for p in map(normal_form, g.must_not) if p and p in read)
    return sorted(negatives - named)


def _read_text(gold: goldfile.Gold) -> str:
    """The normal form of the text the builder reads of ``gold``'s plan, chrome left out."""
    return normal_form(load.load(gold.text_path, vocab.load()).text)


def zones(golds: Iterable[goldfile.Gold], vb: vocab.Vocab) -> list[list[str]]:
    """The annotations' zones with proper names, each [label, alias, …] in NFKC, sorted."""
    heads = sorted(vb.cues.mapping("suffixes")["Zone"], key=len, reverse=True)
    return _names(golds, vb, "Zone", lambda name: _proper(name, heads), CONSISTENCY)


def industries(golds: Iterable[goldfile.Gold], vb: vocab.Vocab) -> list[list[str]]:
    """The annotations' industries named in Chinese by three characters or more, each [label,
    alias, …] in NFKC, sorted: those two dev texts or more annotate, and nearly every dev text
    that names them."""
    return _names(golds, vb, "Industry", _named_in_hanzi, INDUSTRY_CONSISTENCY, 2)


def _named_in_hanzi(name: str) -> bool:
    """Three characters or more, some of them Chinese: a Latin acronym alone (CMO) would be found
    inside longer words (CMOS)."""
    return len(name) >= 3 and any("\u4e00" <= ch <= "\u9fff" for ch in name)


def _names(
    golds: Iterable[goldfile.Gold],
    vb: vocab.Vocab,
    cls: str,
    proper: Callable[[str], bool],
    share: float,
    min_texts: int = 1,
) -> list[list[str]]:
    """The annotations' names of class ``cls`` (each [label, alias, …], NFKC, sorted) that are
    ``proper`` in their normal form, hold no division's full name, are annotated as nothing else,
    by ``min_texts`` dev texts or more and by more than ``share`` of those that contain them, and
    are neither a negative nor a name of the curated vocabulary."""
    golds = list(golds)
    classes: dict[str, set[str]] = defaultdict(set)  # a name's normal form → its classes
    annotated: dict[str, set[str]] = defaultdict(set)  # … → the texts annotating it
    for g in golds:
        for e in g.entities:
            for label in e.labels:
                classes[normal_form(label)].add(e.cls)
                annotated[normal_form(label)].add(g.name)
    curated = {normal_form(n) for entry in vb.entries for n in (entry.label, *entry.aliases)}
    excluded = set(never_entities(golds)) | curated
    texts = {g.name: normal_form(g.text_path.read_text(encoding="utf-8")) for g in golds}
    out: dict[str, list[str]] = {}
    for g in golds:
        for e in g.entities:
            if e.cls != cls:
                continue
            names = [_unquoted(unicodedata.normalize("NFKC", label)) for label in e.labels]
            keep = [
                n
                for n in names
                if proper(normal_form(n))
                and not _holds_division(n)
                and classes[normal_form(n)] == {cls}
                and normal_form(n) not in excluded
                and _consistent(normal_form(n), annotated, texts, share)
                and len(annotated[normal_form(n)]) >= min_texts
            ]
            if keep and keep[0] not in out:
                out[keep[0]] = list(dict.fromkeys(keep))
    return [out[k] for k in sorted(out)]


@functools.lru_cache(maxsize=1)
def _division_names() -> Gazetteer[bool]:
    """Full names of China's divisions of county level and above (通州区, 北京市)."""
    names = (
        n for n in places.province_index() if len(n) >= 3 and n.endswith(("省", "市", "区", "县"))
    )
    return Gazetteer((n, True) for n in names)


def _holds_division(name: str) -> bool:
    """Whether a zone's name holds a division's full name (通州区与北三县一体化高质量发展示范区):
    found as a whole it would hide the place, which the text names as one of its own."""
    return next(_division_names().find(name), None) is not None


def _consistent(
    name: str, annotated: dict[str, set[str]], texts: dict[str, str], share: float
) -> bool:
    """Whether the annotators take ``name`` for a name wherever it occurs: in more than ``share``
    of the texts that contain it (苏州河, 京津冀 and the airports are zones to some annotations,
    not others)."""
    containing = [t for t, text in texts.items() if name in text]
    return len(annotated[name] & set(containing)) > share * len(containing)


def _unquoted(name: str) -> str:
    """A name without the quotation marks around it (“中国纳米谷” → 中国纳米谷), as the builder
    labels it; marks inside it stay (“中国数谷”数据产业集聚区)."""
    inner = name[1:-1]
    quoted = len(name) > 2 and name[0] in _QUOTES and name[-1] in _QUOTES
    return inner if quoted and not any(q in inner for q in _QUOTES) else name


def _proper(name: str, heads: list[str]) -> bool:
    """A zone's own name: three characters or more, and a stem of two or more before its head
    that is no level or kind (not 高新区, 核心区, 国家数字贸易示范区); not X区域, the area the
    builder names X (北中环区域: 北中环)."""
    if len(name) < 3 or name.endswith("区域"):
        return False
    head = next((h for h in heads if name.endswith(h)), "")
    stem = name[: len(name) - len(head)]
    return len(stem) >= 2 and not stem.startswith(_KIND_STEMS)


def learn(golds: Iterable[goldfile.Gold], vb: vocab.Vocab) -> Learned:
    golds = list(golds)
    return Learned(
        frozenset(never_entities(golds)),
        tuple(tuple(z) for z in zones(golds, vb)),
        tuple(tuple(i) for i in industries(golds, vb)),
    )


def render(golds: Iterable[goldfile.Gold], vb: vocab.Vocab) -> str:
    learned = learn(golds, vb)
    body = {
        "never_entities": sorted(learned.never_entities),
        "zones": [list(z) for z in learned.zones],
        "industries": [list(i) for i in learned.industries],
    }
    return HEADER + yaml.safe_dump(body, allow_unicode=True, width=100, sort_keys=False)


def _dev_golds() -> dict[str, goldfile.Gold]:
    return {n: goldfile.load(REAL / f"{n}.gold.yaml") for n in split()["dev"]}


def expected() -> str:
    """What data/vocab/learned.yaml should hold for the dev annotations as they are."""
    return render(_dev_golds().values(), vocab.load())


def _scored(task: tuple[str, Learned]) -> Score:
    """One dev text built with ``learned`` in the vocabulary, and scored."""
    name, learned = task
    taught = replace(vocab.load(), learned=learned)
    with mock.patch.object(vocab, "load", return_value=taught):
        return evaluate(REAL / f"{name}.gold.yaml", REAL / f"{name}.txt")


def leave_one_out(jobs: int = 2) -> dict[str, tuple[int, int, int, int]]:
    """(entities found, annotated, named correct, named extracted) over the dev half, for nothing
    learned, each text's lists learned from the other dev texts, and the lists of all of them."""
    golds = _dev_golds()
    names = list(golds)
    vb = vocab.load()
    every = learn(golds.values(), vb)
    runs = {
        "nothing learned": {n: Learned() for n in names},
        "learned from the other dev texts": {
            n: learn((g for m, g in golds.items() if m != n), vb) for n in names
        },
        "learned from every dev text (shipped)": {n: every for n in names},
    }
    out = {}
    with ProcessPoolExecutor(jobs) as pool:
        for label, taught in runs.items():
            totals = summary(pool.map(_scored, [(n, taught[n]) for n in names]))
            entities, named = totals["entities"], totals["named"]
            out[label] = (entities.found, entities.gold, named.correct, named.extracted)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.learn",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--leave-one-out", action="store_true", help="score the dev half 3 ways")
    args = parser.parse_args(argv)
    if args.leave_one_out:
        for label, (found, gold, correct, extracted) in leave_one_out().items():
            print(
                f"{label}: entity recall {found}/{gold} ({100 * found / gold:.2f}%), "
                f"named precision {correct}/{extracted} ({100 * correct / extracted:.2f}%)"
            )
        return 0
    text = expected()
    write_atomic(TARGET, text)
    print(f"wrote {TARGET.relative_to(paths.ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
