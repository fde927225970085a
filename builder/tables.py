"""The shipped CSV tables (data/reference, data/links), each read once per process."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=16)
def rows(path: Path) -> tuple[dict[str, str], ...]:
    """Every row of a UTF-8 CSV table with a header, as read; callers must not change them."""
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))
