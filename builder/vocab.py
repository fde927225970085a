"""The only reader of data/vocab: curated entities and the genre's cue words."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from . import paths
from .errors import VocabError

CLASSES = (
    "Industry",
    "Zone",
    "Enterprise",
    "GovernmentBody",
    "Organization",
    "PolicyConcept",
    "PolicyDocument",
    "AdministrativeArea",
)


@dataclass(frozen=True)
class Identifier:
    """An external identifier with the mapping property that fits and where it was seen."""

    scheme: str
    id: str
    match: str
    source: str


@dataclass(frozen=True)
class Classification:
    """A link to a GB/T 4754-2017 class with its SKOS mapping property and a one-line rationale."""

    code: str
    match: str
    why: str


@dataclass(frozen=True)
class VocabEntry:
    type: str
    label: str
    en: str = ""
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    broader: str = ""
    identifiers: tuple[Identifier, ...] = ()
    classes: tuple[Classification, ...] = ()  # GB/T 4754-2017 links
    unclassified: str = ""  # why GB/T 4754-2017 has no class for it


@dataclass(frozen=True)
class Cues:
    raw: dict[str, Any]

    def words(self, name: str) -> list[str]:
        return list(self.raw[name])

    def mapping(self, name: str) -> dict[str, list[str]]:
        return {str(k): list(v) for k, v in self.raw[name].items()}

    def kinds(self) -> list[tuple[str, list[str]]]:
        return [(item["kind"], list(item["cues"])) for item in self.raw["block_kinds"]]


@dataclass(frozen=True)
class Chrome:
    footer_starts: tuple[re.Pattern[str], ...]
    lines: tuple[re.Pattern[str], ...]
    body_line_min_chars: int
    body_ends: tuple[re.Pattern[str], ...]


# What two labels may differ in and still be one name: quotation marks, brackets and spaces.
_NOT_OF_THE_NAME = re.compile(r"[\s\"'“”‘’「」『』()\[\]{}（）【】《》〈〉<>〔〕]")


def normal_form(label: str) -> str:
    """A label as labels are compared: NFKC, without quotation marks, brackets and spaces."""
    return _NOT_OF_THE_NAME.sub("", unicodedata.normalize("NFKC", label))


@dataclass(frozen=True)
class Learned:
    """What ``python -m bench.learn`` learned from the dev annotations (learned.yaml)."""

    never_entities: frozenset[str] = frozenset()  # in their normal form
    zones: tuple[tuple[str, ...], ...] = ()  # (label, alias, …), as the text writes them
    industries: tuple[tuple[str, ...], ...] = ()  # the same for industries


@dataclass(frozen=True)
class Vocab:
    entries: tuple[VocabEntry, ...]
    cues: Cues
    chrome: Chrome
    by_label: dict[str, VocabEntry] = field(default_factory=dict)
    learned: Learned = Learned()
    legal_suffixes: tuple[str, ...] = ()  # 股份有限公司, 集团 …: legal-forms.yaml, longest first

    def lookup(self, label: str) -> VocabEntry | None:
        """The entry whose label or alias is ``label``."""
        return self.by_label.get(label)

    def never_named(self, label: str) -> bool:
        """Whether annotators list ``label`` as a phrase that is never an entity (组合拳)."""
        return normal_form(label) in self.learned.never_entities


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise VocabError(f"{path}: cannot read vocabulary ({exc})") from exc


def _entry(raw: dict[str, Any], where: Path) -> VocabEntry:
    if raw.get("type") not in CLASSES or not raw.get("label"):
        raise VocabError(f"{where}: entry {raw!r} needs a label and a type among {CLASSES}")
    idents = tuple(
        Identifier(
            str(i["scheme"]),
            str(i["id"]),
            str(i.get("match", "closeMatch")),
            str(i.get("source", "")),
        )
        for i in raw.get("identifiers", [])
    )
    classes = tuple(
        Classification(str(c["code"]), str(c["match"]), str(c["why"]))
        for c in raw.get("gbt4754", [])
    )
    return VocabEntry(
        type=raw["type"],
        label=str(raw["label"]),
        en=str(raw.get("en", "")),
        aliases=tuple(str(a) for a in raw.get("aliases", [])),
        keywords=tuple(str(k) for k in raw.get("keywords", [])),
        broader=str(raw.get("broader", "") or ""),
        identifiers=idents,
        classes=classes,
        unclassified=str(raw.get("gbt4754_none", "") or ""),
    )


def load_entries(vocab_dir: Path) -> tuple[VocabEntry, ...]:
    """Entries of every entity file (all YAML lists) under ``vocab_dir``."""
    entries: list[VocabEntry] = []
    for path in sorted(vocab_dir.glob("*.yaml")):
        data = _read_yaml(path)
        if isinstance(data, list):
            entries.extend(_entry(raw, path) for raw in data)
    return tuple(entries)


def _chrome(raw: dict[str, Any]) -> Chrome:
    return Chrome(
        footer_starts=tuple(re.compile(p) for p in raw["footer_starts"]),
        lines=tuple(re.compile(p) for p in raw["lines"]),
        body_line_min_chars=int(raw["body_line_min_chars"]),
        body_ends=tuple(re.compile(p) for p in raw["body_ends"]),
    )


@lru_cache(maxsize=4)
def load(vocab_dir: Path = paths.VOCAB_DIR) -> Vocab:
    """Load and index the vocabulary once per process."""
    entries = load_entries(vocab_dir)
    by_label: dict[str, VocabEntry] = {}
    for entry in entries:
        for name in (entry.label, *entry.aliases):
            by_label.setdefault(name, entry)
    cues = Cues(_with_event_heads(_read_yaml(vocab_dir / "cues.yaml")))
    chrome = _chrome(_read_yaml(vocab_dir / "chrome.yaml"))
    learned = _learned(vocab_dir / LEARNED)
    return Vocab(entries, cues, chrome, by_label, learned, _legal_suffixes(vocab_dir))


def _legal_suffixes(vocab_dir: Path) -> tuple[str, ...]:
    """The legal forms that end firms' names (legal-forms.yaml), longest first so that 集团有限公司
    wins over 有限公司 whatever the file's order; none if the vocabulary folder has no such file."""
    path = vocab_dir / "legal-forms.yaml"
    if not path.exists():
        return ()
    data = _read_yaml(path)
    suffixes = data.get("suffixes") if isinstance(data, dict) else None
    if not isinstance(suffixes, list):
        raise VocabError(f"{path}: expected a list 'suffixes'")
    return tuple(sorted((str(s) for s in suffixes), key=len, reverse=True))


def _with_event_heads(raw: Any) -> Any:
    """The cues with the heads of event names (论坛, 丰收节), declared once as ``event_heads``,
    among the heads of organisations' names too."""
    if not isinstance(raw, dict) or not isinstance(raw.get("suffixes"), dict):
        return raw
    heads = list(raw["suffixes"].get("Organization", []))
    heads += [h for h in raw.get("event_heads", []) if h not in heads]
    return {**raw, "suffixes": {**raw["suffixes"], "Organization": heads}}


LEARNED = "learned.yaml"


def _learned(path: Path) -> Learned:
    """The lists learned from the annotations (written by ``python -m bench.learn``); none if the
    vocabulary folder has no such file."""
    if not path.exists():
        return Learned()
    data = _read_yaml(path)
    never = data.get("never_entities") if isinstance(data, dict) else None
    zones = data.get("zones") if isinstance(data, dict) else None
    industries = data.get("industries", []) if isinstance(data, dict) else None
    if not (isinstance(never, list) and isinstance(zones, list) and isinstance(industries, list)):
        raise VocabError(f"{path}: expected lists 'never_entities' and 'zones' (and 'industries')")
    if not all(isinstance(z, list) and z for z in (*zones, *industries)):
        raise VocabError(f"{path}: each zone and industry is a list [label, alias, …]")
    return Learned(
        frozenset(normal_form(str(p)) for p in never),
        tuple(tuple(str(n) for n in z) for z in zones),
        tuple(tuple(str(n) for n in i) for i in industries),
    )
