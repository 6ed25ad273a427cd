"""The dataset's own description: VoID statistics and a DCAT(-AP) catalogue entry.

:func:`dataset_statistics` reads the figures from a store (distinct triples over the union of
all graphs, entities per class of the ontology, the span of the documents' dates);
:func:`void_graph` turns them into triples; :func:`void_turtle` does both and serialises. The
IRIs of the description come from ``base`` — the configured public base of the deployment
(default :data:`intgraph.vocab.BASE`), never from a request's ``Host`` header:

* ``{base}void#dataset`` — the dataset (``void:Dataset``, ``dcat:Dataset``), described in the
  document ``{base}void`` (so the IRI dereferences to its description);
* ``{base}void#catalog``, ``#publisher``, ``#sparql`` (the ``dcat:DataService``) and one
  ``dcat:Distribution`` per dump (``#dump-nq``, ``#dump-trig``, ``#dump-ttl``, ``#dump-jsonld``)
  whose ``dcat:downloadURL`` is ``{base}dumps/intgraph.<ext>``;
* ``dcat:mediaType`` as IANA media type IRIs, ``dcterms:format`` from the EU file-type table.

Dates are deterministic (same store, same bytes): ``dcterms:modified`` is the newest document
date in the data (``dcterms:issued`` of the documents), ``dcterms:temporal`` spans the oldest to
the newest, and ``dcterms:issued`` of the dataset is the ontology's first-publication date
(``dcterms:issued`` of ``<https://w3id.org/intgraph/def>``), not the wall clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, VOID

from intgraph.vocab import BASE, GRAPH_INFERRED, GRAPH_ONTOLOGY, GRAPH_REFERENCE, GRAPH_SOURCES

__all__ = ["DUMPS", "DatasetStatistics", "dataset_statistics", "void_graph", "void_turtle"]

IANA = Namespace("http://www.iana.org/assignments/media-types/")
EU_FILE_TYPE = Namespace("http://publications.europa.eu/resource/authority/file-type/")
EU_THEME = Namespace("http://publications.europa.eu/resource/authority/data-theme/")
EU_LANGUAGE = Namespace("http://publications.europa.eu/resource/authority/language/")
EU_COUNTRY = Namespace("http://publications.europa.eu/resource/authority/country/")
EU_ACCESS = Namespace("http://publications.europa.eu/resource/authority/access-right/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")


@dataclass(frozen=True, slots=True)
class Dump:
    key: str  # fragment of the distribution's IRI
    file: str  # file name under {base}dumps/
    media_type: str  # IANA media type
    file_type: str  # EU file-type code
    title_en: str
    title_de: str


DUMPS = (
    Dump("nq", "intgraph.nq", "application/n-quads", "RDF_N_QUADS", "N-Quads", "N-Quads"),
    Dump("trig", "intgraph.trig", "application/trig", "RDF_TRIG", "TriG", "TriG"),
    Dump(
        "ttl",
        "intgraph.ttl",
        "text/turtle",
        "RDF_TURTLE",
        "Turtle (union of all graphs)",
        "Turtle (Vereinigung aller Graphen)",
    ),
    Dump(
        "jsonld",
        "intgraph.jsonld",
        "application/ld+json",
        "JSON_LD",
        "JSON-LD (union of all graphs)",
        "JSON-LD (Vereinigung aller Graphen)",
    ),
)


class _Queryable(Protocol):
    def query(self, sparql: str) -> object: ...


@dataclass(frozen=True, slots=True)
class DatasetStatistics:
    """What the description counts. ``classes`` maps a class IRI to its number of entities."""

    triples: int
    subjects: int
    objects: int
    properties: int
    documents: int
    classes: dict[str, int] = field(default_factory=dict)
    first_date: str | None = None  # xsd:date lexical form
    last_date: str | None = None
    graph_triples: dict[str, int] = field(default_factory=dict)  # the fixed named graphs
    ontology_issued: str | None = None


_IG = BASE + "def#"


def _one(store: _Queryable, sparql: str) -> list[str | None]:
    rows = store.query(sparql).rows  # type: ignore[attr-defined]
    return rows[0] if rows else []


def dataset_statistics(store: _Queryable) -> DatasetStatistics:
    """Count what the VoID description reports, from any store with ``query`` (embedded or
    remote)."""
    counts = _one(
        store,
        """SELECT (COUNT(*) AS ?t) (COUNT(DISTINCT ?s) AS ?s_) (COUNT(DISTINCT ?o) AS ?o_)
                  (COUNT(DISTINCT ?p) AS ?p_)
           WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }""",
    )
    classes = {
        c: int(n)
        for c, n in store.query(  # type: ignore[attr-defined]
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c"
        ).rows
        if c and n and c.startswith(_IG)
    }
    documents = _one(
        store, f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ GRAPH ?d {{ ?d a <{_IG}Document> }} }}"
    )
    dates = _one(
        store,
        f"""SELECT (MIN(?date) AS ?first) (MAX(?date) AS ?last) WHERE {{
              GRAPH ?d {{ ?d a <{_IG}Document> ; <{DCTERMS.issued}> ?date }} }}""",
    )
    graphs = {
        str(g): int(
            _one(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")[0] or 0
        )
        for g in (GRAPH_ONTOLOGY, GRAPH_REFERENCE, GRAPH_SOURCES, GRAPH_INFERRED)
    }
    issued = _one(
        store,
        f"SELECT ?d WHERE {{ GRAPH <{GRAPH_ONTOLOGY}> {{ <{BASE}def> <{DCTERMS.issued}> ?d }} }}",
    )

    def num(i: int) -> int:
        return int(counts[i] or 0) if len(counts) > i else 0

    return DatasetStatistics(
        triples=num(0),
        subjects=num(1),
        objects=num(2),
        properties=num(3),
        documents=int(documents[0] or 0) if documents else 0,
        classes=classes,
        first_date=dates[0] if dates else None,
        last_date=dates[1] if dates else None,
        graph_triples=graphs,
        ontology_issued=issued[0] if issued else None,
    )


def void_graph(stats: DatasetStatistics, base: str = BASE) -> Graph:
    """The VoID + DCAT description of a dataset with these statistics, published at ``base``
    (for example ``https://w3id.org/intgraph/``; must end in ``/``)."""
    if not base.endswith("/"):
        raise ValueError(f"the base URL must end in '/', got {base!r}")
    doc = base + "void"
    ds, cat, pub, svc = (
        URIRef(f"{doc}#{k}") for k in ("dataset", "catalog", "publisher", "sparql")
    )
    endpoint = URIRef(base + "sparql")
    g = Graph()
    g.bind("void", VOID)
    g.bind("dcat", DCAT)
    g.bind("dcterms", DCTERMS)
    g.bind("foaf", FOAF)
    g.bind("sd", SD)

    def lit(de: str, en: str) -> list[Literal]:
        return [Literal(de, lang="de"), Literal(en, lang="en")]

    # the catalogue and the publisher
    g.add((cat, RDF.type, DCAT.Catalog))
    for t in lit("intgraph-Katalog", "intgraph catalogue"):
        g.add((cat, DCTERMS.title, t))
    for t in lit(
        "Katalog des intgraph-Wissensgraphen: Datensatz, Dumps und SPARQL-Endpunkt.",
        "Catalogue of the intgraph knowledge graph: dataset, dumps and SPARQL endpoint.",
    ):
        g.add((cat, DCTERMS.description, t))
    g.add((cat, DCTERMS.publisher, pub))
    g.add((cat, DCAT.dataset, ds))
    g.add((cat, DCAT.service, svc))
    g.add((cat, FOAF.homepage, URIRef(base)))
    g.add((pub, RDF.type, FOAF.Organization))
    for t in lit("intgraph-Projekt", "intgraph project"):
        g.add((pub, FOAF.name, t))

    # the dataset
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    for t in lit(
        "intgraph: Integrationspolitik als Wissensgraph",
        "intgraph: German integration policy as a knowledge graph",
    ):
        g.add((ds, DCTERMS.title, t))
    for t in lit(
        "Amtsträgerinnen und Amtsträger, Länder, Ministerien, Sitzungen der "
        "Integrationsministerkonferenz, Anträge, Programme und Zitate, gelesen aus Pressemitteilungen, "
        "Beschlussniederschriften und Webseiten; jede Aussage mit Beleg (Dokument, Textstelle, "
        "Extraktorversion).",
        "Office holders, Länder, ministries, sessions of the conference of integration ministers "
        "(IntMK), motions, programmes and quotations read from press releases, resolution records "
        "and web pages; every statement with its evidence (document, text span, extractor version).",
    ):
        g.add((ds, DCTERMS.description, t))
    g.add((ds, DCTERMS.publisher, pub))
    g.add((ds, DCTERMS.license, LICENSE))
    g.add((ds, DCTERMS.accessRights, EU_ACCESS.PUBLIC))
    g.add((ds, DCTERMS.language, EU_LANGUAGE.DEU))
    g.add((ds, DCTERMS.spatial, EU_COUNTRY.DEU))
    g.add((ds, DCAT.theme, EU_THEME.SOCI))
    g.add((ds, DCAT.theme, EU_THEME.GOVE))
    for kw in ("Integrationspolitik", "Integrationsministerkonferenz", "Länder", "Ministerien"):
        g.add((ds, DCAT.keyword, Literal(kw, lang="de")))
    for kw in ("integration policy", "linked data", "Germany"):
        g.add((ds, DCAT.keyword, Literal(kw, lang="en")))
    g.add((ds, FOAF.homepage, URIRef(base)))
    if stats.ontology_issued:
        g.add((ds, DCTERMS.issued, Literal(stats.ontology_issued, datatype=XSD.date)))
    if stats.last_date:
        g.add((ds, DCTERMS.modified, Literal(stats.last_date, datatype=XSD.date)))
    if stats.first_date and stats.last_date:
        period = URIRef(f"{doc}#period")
        g.add((ds, DCTERMS.temporal, period))
        g.add((period, RDF.type, DCTERMS.PeriodOfTime))
        g.add((period, DCAT.startDate, Literal(stats.first_date, datatype=XSD.date)))
        g.add((period, DCAT.endDate, Literal(stats.last_date, datatype=XSD.date)))
    g.add((ds, VOID.uriSpace, Literal(BASE + "id/")))
    g.add((ds, VOID.vocabulary, URIRef(BASE + "def#")))
    g.add((ds, DCTERMS.conformsTo, URIRef(BASE + "def")))
    g.add((ds, VOID.sparqlEndpoint, endpoint))
    g.add((ds, VOID.triples, Literal(stats.triples)))
    g.add((ds, VOID.distinctSubjects, Literal(stats.subjects)))
    g.add((ds, VOID.distinctObjects, Literal(stats.objects)))
    g.add((ds, VOID.properties, Literal(stats.properties)))
    g.add((ds, VOID.documents, Literal(stats.documents)))
    for c, n in sorted(stats.classes.items()):
        part = URIRef(f"{doc}#class-{c.rsplit('#', 1)[-1]}")
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(c)))
        g.add((part, VOID.entities, Literal(n)))
    for graph, n in sorted(stats.graph_triples.items()):
        if n:
            g.add((ds, VOID.subset, URIRef(graph)))
            g.add((URIRef(graph), RDF.type, VOID.Dataset))
            g.add((URIRef(graph), VOID.triples, Literal(n)))

    # the dumps
    for d in DUMPS:
        dist, url = URIRef(f"{doc}#dump-{d.key}"), URIRef(f"{base}dumps/{d.file}")
        g.add((ds, VOID.dataDump, url))
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(d.title_de, lang="de")))
        g.add((dist, DCTERMS.title, Literal(d.title_en, lang="en")))
        g.add((dist, DCAT.accessURL, url))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.mediaType, IANA[d.media_type]))
        g.add((dist, DCTERMS.format, EU_FILE_TYPE[d.file_type]))
        g.add((dist, DCTERMS.license, LICENSE))
        if stats.last_date:
            g.add((dist, DCTERMS.modified, Literal(stats.last_date, datatype=XSD.date)))

    # the SPARQL endpoint, as a data service and as a distribution that uses it
    g.add((svc, RDF.type, DCAT.DataService))
    g.add((svc, RDF.type, SD.Service))
    for t in lit("intgraph-SPARQL-Endpunkt", "intgraph SPARQL endpoint"):
        g.add((svc, DCTERMS.title, t))
    g.add((svc, DCAT.endpointURL, endpoint))
    g.add((svc, SD.endpoint, endpoint))
    g.add((svc, DCTERMS.conformsTo, SPARQL_PROTOCOL))
    g.add((svc, DCAT.servesDataset, ds))
    g.add((svc, DCTERMS.license, LICENSE))
    dist = URIRef(f"{doc}#sparql-distribution")
    g.add((ds, DCAT.distribution, dist))
    g.add((dist, RDF.type, DCAT.Distribution))
    for t in lit("Abfrage über SPARQL", "Query through SPARQL"):
        g.add((dist, DCTERMS.title, t))
    g.add((dist, DCAT.accessURL, endpoint))
    g.add((dist, DCAT.accessService, svc))
    g.add((dist, DCAT.mediaType, IANA["application/sparql-results+json"]))
    g.add((dist, DCTERMS.license, LICENSE))
    return g


def void_turtle(store: _Queryable, base: str = BASE) -> str:
    """The description of the data in ``store`` as Turtle (same store, same text)."""
    return void_graph(dataset_statistics(store), base).serialize(format="turtle")
