"""build/dataset.ttl against the DCAT-AP 3.0.0 SHACL shapes (tests/fixtures/dcat-ap-3.0.0/), run
with plain pyshacl as a portal's validator would: no ontology graph, no inference."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate as shacl_validate
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF

from builder import paths
from builder.dataset import Publication, describe
from builder.namespaces import DCAT, VOID
from plankg import main

from .conftest import FIXTURES, SEED, plankg

SHAPES = FIXTURES / "dcat-ap-3.0.0" / "dcat-ap-SHACL.ttl"
FILES = ("graph.jsonld", "graph.nt", "graph.ttl")


def dcat_ap(data: Graph) -> tuple[bool, str]:
    conforms, _, text = shacl_validate(
        data, shacl_graph=Graph().parse(SHAPES), inference="none", allow_warnings=True
    )
    return bool(conforms), str(text)


def number(node: object) -> int:
    assert isinstance(node, Literal), node
    return int(node.toPython())


def copy(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`plankg build SEED --out DIR`, as a user runs it, with the default publication options."""
    out = tmp_path_factory.mktemp("build")
    assert main(["build", str(SEED), "--out", str(out), "--jobs", "1"]) == 0
    return out


@pytest.fixture(scope="module")
def dataset(built: Path) -> Graph:
    return Graph().parse(built / "dataset.ttl")


@pytest.fixture(scope="module")
def published(seed_graph: Graph) -> Graph:
    """The seed described as published: files under a download base, a SPARQL endpoint."""
    store = pyoxigraph.Store()
    store.load(seed_graph.serialize(format="nt").encode(), format=pyoxigraph.RdfFormat.N_TRIPLES)
    pub = Publication(
        "Jing'an Open Data",
        sparql_endpoint="https://data.example.org/sparql",
        download_base="https://data.example.org/kg/",
    )
    text = describe(store, dict.fromkeys(FILES, 1), paths.DEFAULT_BASE, pub).serialize(
        format="turtle"
    )
    return Graph().parse(data=text, format="turtle")


def test_built_dataset_ttl_conforms_to_dcat_ap(dataset: Graph) -> None:
    conforms, report = dcat_ap(dataset)
    assert conforms, report


def test_published_description_conforms_to_dcat_ap(published: Graph) -> None:
    conforms, report = dcat_ap(published)
    assert conforms, report
    service = published.value(None, RDF.type, DCAT.DataService)
    assert published.value(service, DCAT.endpointURL) == URIRef("https://data.example.org/sparql")
    for dist in published.objects(None, DCAT.distribution):
        url = published.value(dist, DCAT.downloadURL)
        assert str(url).startswith("https://data.example.org/kg/graph.")
        assert published.value(dist, DCAT.accessURL) == url


def test_a_distribution_without_access_url_does_not_conform(dataset: Graph) -> None:
    broken = copy(dataset)
    dist = next(broken.objects(None, DCAT.distribution))
    broken.remove((dist, DCAT.accessURL, None))
    conforms, report = dcat_ap(broken)
    assert not conforms and "accessURL" in report


def test_an_untyped_licence_does_not_conform(dataset: Graph) -> None:
    """The shapes check ranges by sh:class on the data graph: the typing must be in dataset.ttl."""
    broken = copy(dataset)
    broken.remove((None, RDF.type, DCTERMS.LicenseDocument))
    conforms, report = dcat_ap(broken)
    assert not conforms and "LicenseDocument" in report


def test_files_are_addressed_beside_dataset_ttl(built: Path, dataset: Graph) -> None:
    """Without --download-base the URLs are relative to dataset.ttl, so they name the built files."""
    dists = list(dataset.objects(None, DCAT.distribution))
    assert len(dists) == len(FILES)
    for dist in dists:
        url = dataset.value(dist, DCAT.downloadURL)
        name = str(dataset.value(dist, DCTERMS.title))
        assert (
            url == URIRef((built / name).absolute().as_uri()) == dataset.value(dist, DCAT.accessURL)
        )
        assert number(dataset.value(dist, DCAT.byteSize)) == (built / name).stat().st_size
        assert (None, VOID.dataDump, url) in dataset


def test_still_plain_dcat_and_void_for_ckan(dataset: Graph) -> None:
    """What CKAN's DCAT harvester reads, and the VoID statistics, are all there."""
    ds = dataset.value(None, RDF.type, DCAT.Dataset)
    assert ds is not None and (ds, RDF.type, VOID.Dataset) in dataset
    titles = [t for t in dataset.objects(ds, DCTERMS.title) if isinstance(t, Literal)]
    assert {t.language for t in titles} == {"zh", "en"}
    assert dataset.value(ds, DCTERMS.description) is not None
    assert dataset.value(ds, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert dataset.value(dataset.value(ds, DCTERMS.publisher), FOAF.name) is not None
    for dist in dataset.objects(ds, DCAT.distribution):
        for prop in (
            DCAT.accessURL,
            DCAT.downloadURL,
            DCAT.mediaType,
            DCTERMS.format,
            DCTERMS.license,
        ):
            assert dataset.value(dist, prop) is not None, (dist, prop)
        assert str(dataset.value(dist, DCAT.mediaType)).startswith(
            "https://www.iana.org/assignments/media-types/"
        )
    assert number(dataset.value(ds, VOID.triples)) > 0
    assert list(dataset.subjects(RDF.type, VOID.Linkset))
    assert (dataset.value(None, DCAT.dataset), RDF.type, DCAT.Catalog) in dataset


def test_validate_command_with_dcat_ap_shapes(built: Path, tmp_path: Path) -> None:
    ok = plankg("validate", "--graph", str(built / "dataset.ttl"), "--shapes", str(SHAPES))
    assert ok.returncode == 0 and "conforms to" in ok.stdout, ok.stdout + ok.stderr
    bad = tmp_path / "dataset.ttl"
    text = (built / "dataset.ttl").read_text(encoding="utf-8")
    bad.write_text(text.replace("dcat:accessURL", "dcat:removedAccessURL"), encoding="utf-8")
    result = plankg("validate", "--graph", str(bad), "--shapes", str(SHAPES))
    assert result.returncode == 1 and "does NOT conform" in result.stderr


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such shapes file"),
        ("this is not turtle <<<", "not a readable RDF file"),
        ("<http://x/a> <http://x/b> <http://x/c> .", "no SHACL shapes"),
        (
            "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<http://x/s> a sh:NodeShape ; "
            'sh:targetNode <http://x/n> ; sh:property [ sh:path <http://x/p> ; sh:minCount "many" ] .',
            "shapes cannot be applied",
        ),
    ],
)
def test_validate_with_a_bad_shapes_file(
    built: Path, tmp_path: Path, content: str | None, problem: str
) -> None:
    shapes = tmp_path / "shapes.ttl"
    if content is not None:
        shapes.write_text(content, encoding="utf-8")
    result = plankg("validate", "--graph", str(built / "dataset.ttl"), "--shapes", str(shapes))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    assert str(shapes) in lines[0] and problem in lines[0]
