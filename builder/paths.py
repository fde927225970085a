"""Every path the project uses, in one place."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY = ONTOLOGY_DIR / "plan.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT = ONTOLOGY_DIR / "context.jsonld"
DATA_DIR = ROOT / "data"
PLANS_DIR = DATA_DIR / "plans"
VOCAB_DIR = DATA_DIR / "vocab"
REFERENCE_DIR = DATA_DIR / "reference"
DIVISION_HISTORY = REFERENCE_DIR / "division-codes-history" / "result.csv"
SHANGHAI_TOWNS = REFERENCE_DIR / "admin-divisions" / "streets-31.csv"
BUILD_DIR = Path("build")
DEFAULT_BASE = "https://w3id.org/plankg/"
