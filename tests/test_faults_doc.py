"""docs/faults.md names, for every fault, the test that shows it: those tests must exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = re.compile(r"`(test_\w+\.py)::(test_\w+)")


def test_every_test_the_faults_table_names_exists() -> None:
    text = (ROOT / "docs" / "faults.md").read_text(encoding="utf-8")
    named = REFERENCE.findall(text)
    assert len(named) >= 30
    missing = [
        f"{module}::{name}"
        for module, name in named
        if not re.search(rf"def {name}\b", (ROOT / "tests" / module).read_text(encoding="utf-8"))
    ]
    assert missing == []
