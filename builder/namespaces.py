"""Vocabulary terms, declared once. A typo such as ``PLANKG.Measur`` raises at import time."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/plankg/ontology"


class PLANKG(DefinedNamespace):
    """The plankg ontology (ontology/plan.ttl)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # Classes — the local names are a contract for queries, views and tests.
    Plan: URIRef
    Period: URIRef
    Phase: URIRef
    WorkMethod: URIRef
    Industry: URIRef
    Zone: URIRef
    Enterprise: URIRef
    GovernmentBody: URIRef
    Organization: URIRef
    Measure: URIRef
    Safeguard: URIRef
    Goal: URIRef
    Achievement: URIRef
    Bottleneck: URIRef
    Opportunity: URIRef
    Challenge: URIRef
    PolicyConcept: URIRef
    AdministrativeArea: URIRef
    PolicyDocument: URIRef
    PlanElement: URIRef
    SourceText: URIRef

    # Plan → its parts.
    hasMeasure: URIRef
    hasSafeguard: URIRef
    hasPhase: URIRef
    hasGoal: URIRef
    hasAchievement: URIRef
    hasBottleneck: URIRef
    hasOpportunity: URIRef
    hasChallenge: URIRef
    hasWorkMethod: URIRef
    hasPolicyConcept: URIRef
    hasPeriod: URIRef
    targetYear: URIRef
    basedOn: URIRef
    mentions: URIRef

    # Between entities.
    developsIndustry: URIRef
    buildsOnZone: URIRef
    involves: URIRef
    responsibleBody: URIRef
    inIndustry: URIRef
    visits: URIRef
    consults: URIRef
    partOf: URIRef
    inPhase: URIRef

    # Bookkeeping.
    foundBy: URIRef
    ordinal: URIRef
    sha256: URIRef
    sourceFile: URIRef
    textOmitted: URIRef


NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
TIME = Namespace("http://www.w3.org/2006/time#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
VOID = Namespace("http://rdfs.org/ns/void#")
SSSOM = Namespace("https://w3id.org/sssom/")
SEMAPV = Namespace("https://w3id.org/semapv/vocab/")
WD = Namespace("http://www.wikidata.org/entity/")
IANA_MEDIA_TYPE = Namespace("https://www.iana.org/assignments/media-types/")
"""IANA media types as IRIs, the values DCAT-AP wants for dcat:mediaType (``text/turtle``)."""
EU_FILE_TYPE = Namespace("http://publications.europa.eu/resource/authority/file-type/")
"""The EU Vocabularies file-type authority table, DCAT-AP's vocabulary for dcterms:format."""
SPARQL_PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/"
"""The standard a SPARQL endpoint conforms to (dcterms:conformsTo of its dcat:DataService)."""
# The EU Publications Office's authority-table vocabulary: a concept's years of validity.
EUVOC = Namespace("http://publications.europa.eu/ontology/euvoc#")

PREFIXES: dict[str, str] = {
    "plankg": str(PLANKG._NS),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "time": str(TIME),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcat": str(DCAT),
    "void": str(VOID),
    "sssom": str(SSSOM),
    "semapv": str(SEMAPV),
    "wd": str(WD),
    "euvoc": str(EUVOC),
}
