"""Reference data (``ontology/reference/*.csv``) and the ontology as RDF graphs.

The CSV files are the only copy of the reference data; this module maps them to RDF once per
process. Länder are keyed by ISO 3166-2 code (ISO 3166-2:DE), sessions by number.
"""

from __future__ import annotations

from functools import cache

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, VOID

from intgraph.errors import ModelError
from intgraph.extract import EXTRACTORS
from intgraph.paths import ontology_file
from intgraph.reference import laender, ministries, places, programmes, sessions, wikidata_links
from intgraph.resolve.ids import slug
from intgraph.vocab import (
    GRAPH_INFERRED,
    GRAPH_ONTOLOGY,
    GRAPH_REFERENCE,
    GRAPH_SOURCES,
    ID,
    IG,
    INTMK,
    ONTOLOGY_IRI,
    ORG,
    SCHEMA,
)

WD = Namespace("http://www.wikidata.org/entity/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")


def polity(code: str) -> URIRef:
    """IRI of a Land (ISO 3166-2 code) or of the federation (``DE``).

    >>> polity("DE-SN")
    rdflib.term.URIRef('https://w3id.org/intgraph/id/polity/DE-SN')
    """
    return ID[f"polity/{code}"]


def place(name: str, land: str | None) -> URIRef:
    return ID[f"place/{land or 'DE'}/{slug(name)}"]


def place_land(name: str) -> str | None:
    for p in places():
        if p.name == name:
            return p.land
    return None


def session_iri(key: str) -> URIRef:
    return ID[f"conference/intmk/{key}"]


def ministry(key: str) -> URIRef:
    return ID[f"org/{key}"]


def programme(key: str) -> URIRef:
    return ID[f"programme/{key}"]


def extractor(name: str) -> URIRef:
    return ID[f"extractor/{name}"]


@cache
def ontology_graph() -> Graph:
    g = Graph()
    try:
        g.parse(ontology_file(), format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        raise ModelError(
            f"{ontology_file()}: the ontology does not parse as Turtle: {exc}"
        ) from None
    return g


@cache
def ontology_graph_canonical() -> Graph:
    """The ontology with its blank nodes (OWL restrictions, lists) kept as blank nodes but
    labelled canonically (rdflib's canonical labelling): the same ontology always gives the same
    labels, so the store and its dumps stay byte-identical from build to build, and readers of a
    dump (OWL API, owlready2) see the axioms as written. No skolem IRIs are published."""
    from rdflib.compare import to_canonical_graph

    g = Graph()
    for t in to_canonical_graph(ontology_graph()):
        g.add(t)
    return g


@cache
def reference_graph() -> Graph:
    g = Graph()
    de = polity("DE")
    g.add((de, RDF.type, IG.Federation))
    g.add((de, RDFS.label, Literal("Bund", lang="de")))
    g.add((de, RDFS.label, Literal("Federal Republic of Germany", lang="en")))
    g.add((de, IG.isoCode, Literal("DE")))
    for land in laender():
        s = polity(land.code)
        g.add((s, RDF.type, IG.Land))
        g.add((s, RDFS.label, Literal(land.name_de, lang="de")))
        g.add((s, RDFS.label, Literal(land.name_en, lang="en")))
        g.add((s, IG.isoCode, Literal(land.code)))
        g.add((s, SCHEMA.containedInPlace, de))
        for gen in land.genitives:
            g.add((s, IG.genitive, Literal(gen, lang="de")))
        g.add((s, IG.adjective, Literal(land.adjective, lang="de")))
        for alias in land.aliases:
            g.add((s, SKOS.altLabel, Literal(alias, lang="de")))
    for p in places():
        s = place(p.name, p.land)
        g.add((s, RDF.type, IG.Place))
        g.add((s, RDFS.label, Literal(p.name, lang="de")))
        g.add((s, IG.land, polity(p.land)))
    by_key: dict[str, list] = {}
    for m in ministries():
        by_key.setdefault(m.key, []).append(m)
    for key, names in by_key.items():
        s = ministry(key)
        g.add((s, RDF.type, IG.Ministry))
        g.add((s, IG.land, polity(names[0].land)))
        g.add((s, ORG.subOrganizationOf, polity(names[0].land)))
        g.add((s, IG.responsibleFor, IG.integrationPolicy))  # the list holds integration ministries
        current = max(names, key=lambda n: n.valid_from or "")
        g.add((s, RDFS.label, Literal(current.name, lang="de")))
        for i, n in enumerate(names, 1):
            nn = ID[f"org/{key}/name/{i}"]
            g.add((s, IG.hasName, nn))
            g.add((nn, RDF.type, IG.DatedName))
            g.add((nn, RDFS.label, Literal(n.name, lang="de")))
            if n.name != current.name:
                g.add((s, SKOS.altLabel, Literal(n.name, lang="de")))
            if n.valid_from:
                g.add((nn, IG.validFrom, Literal(n.valid_from, datatype=XSD.date)))
            if n.valid_until:
                g.add((nn, IG.validUntil, Literal(n.valid_until, datatype=XSD.date)))
            if n.abbreviation:
                g.add((s, SKOS.notation, Literal(n.abbreviation)))
    g.add((INTMK, RDF.type, IG.ConferenceSeries))
    g.add((INTMK, RDFS.label, Literal("Integrationsministerkonferenz", lang="de")))
    g.add((INTMK, RDFS.label, Literal("Conference of Integration Ministers", lang="en")))
    g.add((INTMK, SKOS.altLabel, Literal("IntMK", lang="de")))
    for r in sessions():
        s = session_iri(str(r.number))
        g.add((s, RDF.type, IG.ConferenceSession))
        g.add((s, IG.series, INTMK))
        g.add((s, IG.sessionNumber, Literal(r.number)))
        g.add((s, IG.year, Literal(str(r.year), datatype=XSD.gYear)))
        g.add(
            (
                s,
                RDFS.label,
                Literal(f"{r.number}. Integrationsministerkonferenz ({r.year})", lang="de"),
            )
        )
        g.add(
            (
                s,
                RDFS.label,
                Literal(f"{r.number}th Conference of Integration Ministers ({r.year})", lang="en"),
            )
        )
        if r.start_date:
            g.add((s, SCHEMA.startDate, Literal(r.start_date, datatype=XSD.date)))
        if r.end_date:
            g.add((s, SCHEMA.endDate, Literal(r.end_date, datatype=XSD.date)))
        if r.place:
            g.add((s, SCHEMA.location, place(r.place, place_land(r.place))))
        if r.chair_land:
            g.add((s, IG.chairLand, polity(r.chair_land)))
        if r.motto:
            g.add((s, IG.motto, Literal(r.motto, lang="de")))
        if r.certainty:
            g.add((s, SKOS.editorialNote, Literal(r.certainty, lang="en")))
    for p in programmes():
        s = programme(p.key)
        g.add((s, RDF.type, IG.Programme))
        g.add((s, RDFS.label, Literal(p.label_de, lang="de")))
        g.add((s, RDFS.label, Literal(p.label_en, lang="en")))
        if p.level:
            g.add((s, IG.level, polity(p.level)))
        if p.target_group:
            g.add((s, IG.targetGroup, Literal(p.target_group, lang="de")))
    for name, version in EXTRACTORS.items():
        s = extractor(name)
        g.add((s, RDF.type, IG.Extractor))
        g.add((s, RDFS.label, Literal(f"intgraph extractor {name}", lang="en")))
        g.add((s, RDFS.label, Literal(f"intgraph-Extraktor {name}", lang="de")))
        g.add((s, IG.version, Literal(version)))
    for link in wikidata_links():
        subject = {"polity": polity, "ministry": ministry, "person": lambda k: ID[f"person/{k}"]}
        g.add((subject[link.kind](link.key), OWL.sameAs, WD[link.qid]))
    g.add((GRAPH_REFERENCE, DCTERMS.source, ONTOLOGY_IRI))
    for graph, (label_de, label_en), (text_de, text_en), derived in GRAPHS:
        g.add((graph, RDF.type, SD.NamedGraph))
        g.add((graph, RDF.type, VOID.Dataset))
        g.add((graph, RDFS.label, Literal(label_de, lang="de")))
        g.add((graph, RDFS.label, Literal(label_en, lang="en")))
        g.add((graph, DCTERMS.description, Literal(text_de, lang="de")))
        g.add((graph, DCTERMS.description, Literal(text_en, lang="en")))
        for source in derived:
            g.add((graph, PROV.wasDerivedFrom, source))
    return g


# The fixed named graphs, described where the reference data is (so their IRIs dereference).
# Each document's own graph is described in that graph (intgraph.rdf.document_lines).
GRAPHS = (
    (
        GRAPH_ONTOLOGY,
        ("Graph der Ontologie", "Ontology graph"),
        (
            "Die intgraph-Ontologie (Klassen, Eigenschaften, Axiome) aus ontology/intgraph.ttl.",
            "The intgraph ontology (classes, properties, axioms) from ontology/intgraph.ttl.",
        ),
        (ONTOLOGY_IRI,),
    ),
    (
        GRAPH_REFERENCE,
        ("Graph der Referenzdaten", "Reference data graph"),
        (
            "Länder, Bund, Ministerien mit datierten Namen, IntMK-Sitzungen, Orte, Programme, "
            "Extraktoren und Wikidata-Verweise aus ontology/reference/*.csv.",
            "Länder, the federation, ministries with dated names, IntMK sessions, places, "
            "programmes, extractors and Wikidata links from ontology/reference/*.csv.",
        ),
        (ONTOLOGY_IRI,),
    ),
    (
        GRAPH_SOURCES,
        ("Graph der Quelldateien", "Source files graph"),
        (
            "Ein Datensatz je eingelesener Datei: Pfad, Dateiname, Inhalts-Hash und das Dokument, "
            "das aus ihr gelesen wurde.",
            "One record per file read: path, file name, content hash and the document read from it.",
        ),
        (),
    ),
    (
        GRAPH_INFERRED,
        ("Graph der Schlussfolgerungen", "Inferred graph"),
        (
            "Was der Reasoner HermiT (intgraph reason) aus Ontologie und Daten folgert: "
            "Integrationsministerien, Integrationsministerinnen und -minister, Teilnahmen an "
            "Sitzungen. Leer, bis intgraph reason gelaufen ist.",
            "What the HermiT reasoner (intgraph reason) infers from the ontology and the data: "
            "integration ministries, integration ministers, participation in sessions. Empty "
            "until intgraph reason has run.",
        ),
        (GRAPH_ONTOLOGY, GRAPH_REFERENCE),
    ),
)
