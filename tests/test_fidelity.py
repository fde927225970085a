"""The real corpus, its hand annotations and the scorer (`plankg eval`, bench/fidelity.py)."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from bench import gold as goldfile
from bench.fidelity import normalise, score
from bench.fidelity_report import REAL, SEED_GOLD, split
from builder.errors import PlankgError
from builder.namespaces import PLANKG, TIME

from .conftest import SEED

GOLDS = sorted(REAL.glob("*.gold.yaml"))
KG = "https://example.org/kg/"


def test_every_real_text_has_a_source_a_gold_and_a_half() -> None:
    sources = yaml.safe_load((REAL / "SOURCES.yaml").read_text(encoding="utf-8"))["documents"]
    texts = sorted(p.name for p in REAL.glob("*.txt"))
    assert sorted(d["name"] for d in sources) == texts
    for doc in sources:
        data = (REAL / doc["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == doc["sha256"], doc["name"]
    halves = split()
    named = halves["dev"] + halves["test"]
    assert sorted(named) == sorted(t.removesuffix(".txt") for t in texts)
    assert not set(halves["dev"]) & set(halves["test"])
    assert sorted(g.name.removesuffix(".gold.yaml") for g in GOLDS) == sorted(named)


# A page number a PDF copy sets on a line of its own ("— 3 —"; a table of contents' "IV").
_PAGE_NUMBER = re.compile(r"[—\-]+ ?\d+ ?[—\-]+|[IVXL]+")


def _read_through_wraps(text: str) -> str:
    """The text of a PDF copy as one line: a name its lines wrap, or a page number splits, is
    annotated whole (docs/annotation.md)."""
    return "".join(
        line.strip() for line in text.split("\n") if not _PAGE_NUMBER.fullmatch(line.strip())
    )


@pytest.mark.parametrize("path", [*GOLDS, SEED_GOLD], ids=lambda p: p.name)
def test_gold_file_is_well_formed(path: Path) -> None:
    """Labels are copied from the text; edges name annotated entities (the loader checks)."""
    gold = goldfile.load(path)
    text = gold.text_path.read_text(encoding="utf-8")
    read_through = _read_through_wraps(text)
    assert gold.entities
    for entity in gold.entities:
        assert entity.label in text or entity.label in read_through, (
            f"{path.name}: {entity.cls} {entity.label!r} not in the text"
        )
    for phrase in gold.must_not:
        assert phrase in text, f"{path.name}: must_not {phrase!r} not in the text"
    keys = [(e.cls, normalise(e.label)) for e in gold.entities]
    assert len(keys) == len(set(keys)), f"{path.name}: an entity is annotated twice"


def test_bad_gold_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gold.yaml"
    bad.write_text("entities:\n  Industy:\n    - [钢铁]\n", encoding="utf-8")
    with pytest.raises(PlankgError, match="unknown class 'Industy'"):
        goldfile.load(bad)
    bad.write_text(
        "entities:\n  Industry:\n    - [钢铁]\nedges:\n  - [钢铁, 化工]\n", encoding="utf-8"
    )
    with pytest.raises(PlankgError, match="'化工' is not the first label"):
        goldfile.load(bad)


def _entity(g: Graph, name: str, cls: str, *labels: str) -> URIRef:
    node = URIRef(KG + name)
    g.add((node, RDF.type, PLANKG[cls]))
    g.add((node, RDFS.label, Literal(labels[0], lang="zh")))
    for alias in labels[1:]:
        g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
    return node


def _gold(tmp_path: Path, body: str) -> goldfile.Gold:
    path = tmp_path / "x.gold.yaml"
    path.write_text(body, encoding="utf-8")
    return goldfile.load(path)


def test_matching_rules(tmp_path: Path) -> None:
    g = Graph()
    plan = _entity(g, "plan", "Plan", "某区规划")
    measure = _entity(g, "m", "Measure", "发展“低空经济”")
    industry = _entity(g, "i", "Industry", "低空经济产业", "低空经济")
    zone = _entity(g, "z", "Zone", "（北湖）科技园")
    _entity(g, "glued", "Zone", "加快建设北湖科技园区")
    _entity(g, "generic", "Zone", "一批特色园区")
    g.add((measure, PLANKG.developsIndustry, industry))
    g.add((industry, PLANKG.involves, zone))  # zone reached from the measure through one entity
    g.add((plan, PLANKG.hasMeasure, measure))
    gold = _gold(
        tmp_path,
        """
entities:
  Industry: [[低空经济]]
  Zone: [[北湖科技园], [北湖科技园区]]
  Measure: [[发展低空经济]]
  PolicyConcept: [[某区规划]]
edges:
  - [发展低空经济, 低空经济]
  - [发展低空经济, 北湖科技园]
  - [北湖科技园, 某区规划]
must_not_be_entities: [一批特色园区]
""",
    )
    result = score(gold, g)
    assert result.classes["Industry"].found == 1  # through an alias
    assert result.classes["Measure"].found == 1  # quotes ignored
    assert result.classes["Zone"].found == 1  # brackets ignored; 北湖科技园区 missed
    assert result.classes["PolicyConcept"].found == 0  # a Plan is not a PolicyConcept
    assert ("Zone", "北湖科技园区") in result.misses
    assert result.edges.found == 2  # direct, and through one entity; never through the plan
    assert result.missed_edges == [("北湖科技园", "某区规划")]
    assert ("加快建设北湖科技园区", "北湖科技园区") in result.boundary
    assert result.forbidden == ["一批特色园区"]
    assert result.classes["Zone"].extracted == 3 and result.classes["Zone"].correct == 1


def test_phase_dates_match_as_intervals(tmp_path: Path) -> None:
    """A year stands for its months, in the annotation and in the build alike; a month is not
    its year."""
    g = Graph()
    for name, (begin, end) in {
        "试点阶段": ("2024", "2024"),
        "推广阶段": ("2025-01", "2025-12"),
    }.items():
        phase = _entity(g, name, "Phase", name)
        for which, value, kind in (("hasBeginning", begin, "b"), ("hasEnd", end, "e")):
            instant = URIRef(KG + name + kind)
            g.add((phase, TIME[which], instant))
            prop = TIME.inXSDGYear if len(value) == 4 else TIME.inXSDGYearMonth
            g.add((instant, prop, Literal(value)))
    gold = _gold(
        tmp_path,
        "entities:\n  Phase: [[试点阶段], [推广阶段]]\n"
        "phase_dates:\n  试点阶段: [2024-01, 2024-12]\n  推广阶段: [2025, 2025]\n",
    )
    assert score(gold, g).phases.found == 2
    gold = _gold(
        tmp_path,
        "entities:\n  Phase: [[试点阶段]]\nphase_dates:\n  试点阶段: [2024-02, 2024-12]\n",
    )
    assert score(gold, g).phases.found == 0


def test_class_matches_through_subclass(tmp_path: Path) -> None:
    g = Graph()
    _entity(g, "p", "Plan", "某区规划")
    gold = _gold(tmp_path, "entities:\n  PolicyDocument: [[某区规划]]\n")
    assert score(gold, g).classes["PolicyDocument"].found == 1


def test_eval_command_scores_a_build(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "plankg", "eval", str(SEED_GOLD), str(SEED)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "| Measure |" in done.stdout and "missed" in done.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "plankg", "eval", str(tmp_path / "none.gold.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "no such gold file" in missing.stderr
    bad = tmp_path / "bad.ttl"
    bad.write_text("not turtle <<< ;; .\n", encoding="utf-8")
    empty = tmp_path / "empty.ttl"
    empty.write_text("", encoding="utf-8")
    for graph, reason in ((bad, "cannot parse as turtle"), (empty, "no plankg:Plan")):
        done = subprocess.run(
            [sys.executable, "-m", "plankg", "eval", str(SEED_GOLD), str(graph)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2 and reason in done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_fidelity_doc_is_up_to_date() -> None:
    """docs/fidelity.md is what `make eval` writes for today's builder (like docs/queries.md)."""
    from bench import fidelity_report

    assert fidelity_report.main(["--check"]) == 0, (
        "docs/fidelity.md is out of date: run `make eval`"
    )


def test_readme_figures_are_those_of_docs_fidelity() -> None:
    """The README's table quotes docs/fidelity.md's half rows (entity recall, named-entity
    precision, relation recall), so it cannot drift from what `make eval` measured."""
    root = Path(__file__).parent.parent
    doc = (root / "docs" / "fidelity.md").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    for half, row in (("test", "test half"), ("dev", "dev half"), ("seed", "the seed plan")):
        measured = re.search(rf"^\| {half} \| \d+ \| (\d+%) \| (\d+%) \| (\d+%) \|", doc, re.M)
        quoted = re.search(rf"^\| {row}[^|]*\| (\d+%) \| (\d+%) \| (\d+%) \|", readme, re.M)
        assert measured and quoted, half
        assert quoted.groups() == measured.groups(), f"README's {row} row: run `make eval`, copy"


def test_every_entity_says_how_it_was_found() -> None:
    from builder.emit import emit
    from builder.pipeline import extract

    from .conftest import FIXTURES

    graph = Graph().parse(
        data="".join(emit([extract(FIXTURES / "work-report.txt")], KG).lines), format="nt"
    )
    methods = {
        str(graph.value(node, PLANKG.foundBy))
        for cls in ("Industry", "Zone", "GovernmentBody", "Measure", "Achievement")
        for node in graph.subjects(RDF.type, PLANKG[cls])
    }
    assert "None" not in methods
    assert methods <= {
        "vocabulary",
        "catalogue",
        "pattern",
        "enumeration",
        "quotation",
        "structure",
        "sentence",
    }
    assert "structure" in methods and "pattern" in methods
