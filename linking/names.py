"""Name normalisation for matching Chinese organisation and place names across datasets.

Two forms, both deterministic and cheap:

- ``normalise``: the same name however it was typed — NFKC (full-width → half-width), traditional
  → simplified (OpenCC ``t2s``), lower-case Latin, no whitespace or punctuation. Equal normalised
  names are the same written name, so a match on them is safe to call exact.
- ``core``: ``normalise`` minus legal-form noise that registries add and plans omit — bracketed
  place qualifiers ((中国), （上海）) and legal-form suffixes (有限公司, 集团, …) at the end. Equal
  core names are very probably the same organisation, but not certainly (a parent and its
  subsidiary can share one), which is why the linker calls that a close match, not an exact one.

The noise lists live in data/vocab/legal-forms.yaml so that they can grow without code changes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import opencc
import yaml

from builder import paths
from builder.errors import VocabError

LEGAL_FORMS = paths.VOCAB_DIR / "legal-forms.yaml"

# Unicode general categories dropped by ``normalise``: punctuation, separators (spaces), controls.
_DROPPED = ("P", "Z", "C")


@dataclass(frozen=True)
class Noise:
    """What ``core`` strips; suffixes are kept longest first so 集团有限公司 wins over 有限公司."""

    suffixes: tuple[str, ...]
    qualifier: re.Pattern[str]


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    """One converter per process: building it loads OpenCC's dictionaries, which is slow."""
    return opencc.OpenCC("t2s")


def _fold(name: str) -> str:
    """NFKC, traditional → simplified, lower case; punctuation still in place."""
    text = unicodedata.normalize("NFKC", name)
    text = _converter().convert(text)
    return unicodedata.normalize("NFKC", text).lower()


def _drop_punctuation(text: str) -> str:
    return "".join(c for c in text if not unicodedata.category(c).startswith(_DROPPED))


def normalise(name: str) -> str:
    """The written name, independent of width, script (traditional/simplified), case, spacing
    and punctuation: 罗兰贝格（上海） and 羅蘭貝格 (上海) both give 罗兰贝格上海."""
    return _drop_punctuation(_fold(name))


def core(name: str) -> str:
    """The name without bracketed place qualifiers and trailing legal-form suffixes:
    欧莱雅(中国)有限公司 → 欧莱雅. Falls back to ``normalise`` when stripping would leave nothing."""
    noise = load_noise()
    text = _drop_punctuation(noise.qualifier.sub("", _fold(name)))
    return _strip_suffixes(text, noise.suffixes) or normalise(name)


def _strip_suffixes(text: str, suffixes: tuple[str, ...]) -> str:
    """Strip suffixes repeatedly (XX集团股份有限公司 → XX集团 → XX), never down to nothing."""
    changed = True
    while changed:
        changed = False
        for suffix in suffixes:
            if text.endswith(suffix) and len(text) > len(suffix):
                text, changed = text[: -len(suffix)], True
                break
    return text


@lru_cache(maxsize=4)
def load_noise(path: Path = LEGAL_FORMS) -> Noise:
    """Read the noise lists once per process; VocabError when the file is malformed."""
    raw = _read(path)
    suffixes = _strings(raw, "suffixes", path)
    qualifiers = _strings(raw, "bracket_qualifiers", path)
    brackets = raw.get("brackets") or {"(": ")"}
    if not isinstance(brackets, dict):
        raise VocabError(f"{path}: 'brackets' must map opening to closing brackets")
    return Noise(
        suffixes=tuple(sorted({_fold(s) for s in suffixes}, key=len, reverse=True)),
        qualifier=_qualifier_pattern([_fold(q) for q in qualifiers], brackets),
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise VocabError(f"{path}: cannot read the legal-form lists ({exc})") from exc
    if not isinstance(raw, dict):
        raise VocabError(f"{path}: expected a mapping with 'suffixes' and 'bracket_qualifiers'")
    return raw


def _strings(raw: dict[str, Any], key: str, path: Path) -> list[str]:
    values = raw.get(key)
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise VocabError(f"{path}: '{key}' must be a list of non-empty strings")
    return values


def _qualifier_pattern(qualifiers: list[str], brackets: dict[Any, Any]) -> re.Pattern[str]:
    """One regex for "a bracket holding only a qualifier", e.g. ``\\(\\s*(?:上海|中国)\\s*\\)``."""
    words = "|".join(re.escape(q) for q in sorted(set(qualifiers), key=len, reverse=True))
    pairs = [
        rf"{re.escape(_fold(str(o)))}\s*(?:{words})\s*{re.escape(_fold(str(c)))}"
        for o, c in brackets.items()
    ]
    return re.compile("|".join(pairs))
