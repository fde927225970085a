"""Colours and shapes per class, from viz/style.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

STYLE_FILE = Path(__file__).with_name("style.yaml")


@dataclass(frozen=True)
class ClassStyle:
    name: str
    colour: str
    shape: str
    zh: str
    en: str


@lru_cache(maxsize=1)
def styles() -> dict[str, ClassStyle]:
    raw = yaml.safe_load(STYLE_FILE.read_text(encoding="utf-8"))
    return {
        name: ClassStyle(name, v["colour"], v["shape"], v["zh"], v["en"]) for name, v in raw.items()
    }


def style_of(cls: str) -> ClassStyle:
    table = styles()
    return table.get(cls, table["Other"])
