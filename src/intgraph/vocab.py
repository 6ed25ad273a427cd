"""Namespaces and IRI builders shared by every stage.

``IG`` lists every term of ``ontology/intgraph.ttl``; ``tests/rdf/test_vocab_in_sync.py`` fails
when the two drift apart, and a misspelt term raises ``AttributeError`` at import time.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

BASE = "https://w3id.org/intgraph/"
ID = Namespace(BASE + "id/")
ONTOLOGY_IRI = URIRef(BASE + "def")

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")


class IG(DefinedNamespace):
    """The intgraph ontology, https://w3id.org/intgraph/def#."""

    _NS = Namespace(BASE + "def#")
    _fail = True

    # classes
    Person: URIRef
    Polity: URIRef
    Land: URIRef
    Federation: URIRef
    GovernmentBody: URIRef
    Ministry: URIRef
    DatedName: URIRef
    Role: URIRef
    OfficeHolding: URIRef
    ConferenceSeries: URIRef
    ConferenceSession: URIRef
    Motion: URIRef
    MotionResult: URIRef
    Programme: URIRef
    Quotation: URIRef
    Place: URIRef
    Document: URIRef
    SourceFile: URIRef
    Evidence: URIRef
    Extractor: URIRef
    PolicyField: URIRef
    IntegrationMinistry: URIRef
    IntegrationMinister: URIRef
    # object properties
    land: URIRef
    holdsOffice: URIRef
    responsibleFor: URIRef
    submitted: URIRef
    tookPartIn: URIRef
    hasName: URIRef
    officeIn: URIRef
    portfolio: URIRef
    series: URIRef
    chairLand: URIRef
    chair: URIRef
    atSession: URIRef
    submittedBy: URIRef
    supportedBy: URIRef
    addressedTo: URIRef
    result: URIRef
    level: URIRef
    concerns: URIRef
    mentions: URIRef
    quotedIn: URIRef
    document: URIRef
    aboutProperty: URIRef
    # datatype properties
    isoCode: URIRef
    genitive: URIRef
    adjective: URIRef
    validFrom: URIRef
    validUntil: URIRef
    roleLabel: URIRef
    nameKey: URIRef
    sessionNumber: URIRef
    year: URIRef
    motto: URIRef
    agendaItem: URIRef
    targetGroup: URIRef
    fileName: URIRef
    path: URIRef
    contentHash: URIRef
    documentKind: URIRef
    mediaType: URIRef
    sentence: URIRef
    version: URIRef
    provisional: URIRef
    # controlled individuals
    RoleScheme: URIRef
    Minister: URIRef
    Senator: URIRef
    Staatssekretaer: URIRef
    Beauftragte: URIRef
    Regierungschef: URIRef
    ResultScheme: URIRef
    adopted: URIRef
    rejected: URIRef
    unknown: URIRef
    integrationPolicy: URIRef


GRAPH_ONTOLOGY = ID["graph/ontology"]
GRAPH_REFERENCE = ID["graph/reference"]
GRAPH_SOURCES = ID["graph/sources"]
GRAPH_INFERRED = ID["graph/inferred"]
INTMK = ID["conference/intmk"]
