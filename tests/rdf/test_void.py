"""The VoID/DCAT description: built from the store's figures and the configured base only."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, VOID

from intgraph.rdf.void import DUMPS, DatasetStatistics, dataset_statistics, void_graph, void_turtle
from intgraph.store import Store

BASE = "https://example.org/ig/"
IANA = "http://www.iana.org/assignments/media-types/"


def stats() -> DatasetStatistics:
    return DatasetStatistics(
        triples=10,
        subjects=4,
        objects=6,
        properties=3,
        documents=2,
        classes={"https://w3id.org/intgraph/def#Person": 2},
        first_date="2020-01-02",
        last_date="2024-05-06",
        graph_triples={"https://w3id.org/intgraph/id/graph/ontology": 5},
        ontology_issued="2026-12-01",
    )


def test_every_dump_is_a_distribution_with_an_iana_media_type() -> None:
    g = void_graph(stats(), BASE)
    ds = URIRef(BASE + "void#dataset")
    dists = set(g.objects(ds, DCAT.distribution))
    downloads = {str(g.value(d, DCAT.downloadURL)) for d in dists} - {"None"}
    assert downloads == {BASE + "dumps/" + d.file for d in DUMPS}
    assert {str(o) for o in g.objects(ds, VOID.dataDump)} == downloads
    for d in dists:
        assert (d, RDF.type, DCAT.Distribution) in g
        assert str(g.value(d, DCAT.mediaType)).startswith(IANA)
        assert g.value(d, DCAT.accessURL) is not None
    assert URIRef(IANA + "application/ld+json") in set(g.objects(None, DCAT.mediaType))
    svc = URIRef(BASE + "void#sparql")
    assert (svc, RDF.type, DCAT.DataService) in g
    assert g.value(svc, DCAT.endpointURL) == URIRef(BASE + "sparql")


def test_dcat_ap_fields_and_deterministic_dates() -> None:
    g = void_graph(stats(), BASE)
    ds = URIRef(BASE + "void#dataset")
    assert {o.language for o in g.objects(ds, DCTERMS.description)} == {"de", "en"}
    assert {o.language for o in g.objects(ds, DCTERMS.title)} == {"de", "en"}
    assert g.value(ds, DCTERMS.publisher) is not None
    assert g.value(ds, DCTERMS.modified).toPython().isoformat() == "2024-05-06"
    assert g.value(ds, DCTERMS.issued).toPython().isoformat() == "2026-12-01"
    assert g.value(ds, VOID.triples) == Literal(10)
    assert isomorphic(g, void_graph(stats(), BASE))
    # nothing but the configured base (and vocabularies) names the deployment
    assert not [t for t in g for x in t if isinstance(x, URIRef) and "127.0.0.1" in x]


def test_base_must_end_in_slash() -> None:
    with pytest.raises(ValueError, match="end in '/'"):
        void_graph(stats(), "https://example.org/ig")


def test_statistics_from_a_store(sample_store: Store) -> None:
    s = dataset_statistics(sample_store)
    distinct = sample_store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    ).rows[0][0]
    assert s.triples == int(distinct) > 0
    assert s.documents > 0 and s.first_date <= s.last_date
    assert s.classes["https://w3id.org/intgraph/def#Document"] == s.documents
    text = void_turtle(sample_store)
    assert text == void_turtle(sample_store)
    Graph().parse(data=text, format="turtle")
