"""What a linked-data consumer needs: every graph IRI and evidence target described, links out."""

from __future__ import annotations

import csv

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import OWL, Graph, URIRef
from rdflib.compare import isomorphic

from intgraph.paths import reference_dir
from intgraph.rdf.reference import reference_graph
from intgraph.rdf.void import DatasetStatistics, void_graph
from intgraph.reference import laender, wikidata_links
from intgraph.store import Store
from intgraph.vocab import GRAPH_INFERRED, GRAPH_ONTOLOGY, GRAPH_SOURCES, ID

WD = "http://www.wikidata.org/entity/"


def test_every_graph_iri_is_described(sample_store: Store) -> None:
    graphs = set(sample_store.graphs()) | {str(GRAPH_INFERRED)}
    described = {
        row[0]
        for row in sample_store.query(
            "SELECT DISTINCT ?g WHERE { ?g a <http://www.w3.org/ns/sparql-service-description#NamedGraph> ;"
            " <http://purl.org/dc/terms/description> ?d }"
        ).rows
    }
    assert graphs <= described, graphs - described
    assert {str(GRAPH_ONTOLOGY), str(GRAPH_SOURCES)} <= described


def test_every_evidence_target_is_described_in_its_document_graph(sample_store: Store) -> None:
    rows = sample_store.query(
        """SELECT ?g ?t WHERE { GRAPH ?g { ?e <http://www.w3.org/ns/oa#hasTarget> ?t }
           FILTER NOT EXISTS { GRAPH ?g { ?t <http://purl.org/dc/terms/isPartOf> ?g } } }"""
    ).rows
    assert rows == []
    targets = sample_store.query(
        "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?e <http://www.w3.org/ns/oa#hasTarget> ?t }"
    ).rows
    assert int(targets[0][0]) > 0


def test_the_laender_and_the_bund_link_to_wikidata() -> None:
    g = reference_graph()
    links = {str(s): str(o) for s, o in g.subject_objects(OWL.sameAs)}
    codes = ["DE"] + [land.code for land in laender()]
    for code in codes:
        assert links[str(ID[f"polity/{code}"])].startswith(WD), code
    assert links[str(ID["polity/DE"])] == WD + "Q183"
    assert links[str(ID["polity/DE-SN"])] == WD + "Q1202"
    assert len({links[str(ID[f"polity/{c}"])] for c in codes}) == 17  # no two share an item


def test_every_wikidata_id_says_where_it_was_taken_from() -> None:
    with (reference_dir() / "wikidata.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(wikidata_links())
    assert all(r["source"].strip() for r in rows)


stats = st.builds(
    DatasetStatistics,
    triples=st.integers(0, 10**9),
    subjects=st.integers(0, 10**9),
    objects=st.integers(0, 10**9),
    properties=st.integers(0, 10**4),
    documents=st.integers(0, 10**6),
    classes=st.dictionaries(
        st.from_regex(r"https://w3id\.org/intgraph/def#[A-Z][A-Za-z]{0,20}", fullmatch=True),
        st.integers(1, 10**6),
        max_size=5,
    ),
    first_date=st.dates().map(lambda d: d.isoformat()),
    last_date=st.dates().map(lambda d: d.isoformat()),
)


@settings(max_examples=40, deadline=None)
@given(stats, st.from_regex(r"https://[a-z]{1,10}\.example/([a-z]{1,8}/)?", fullmatch=True))
def test_void_round_trips_through_turtle(s: DatasetStatistics, base: str) -> None:
    g = void_graph(s, base)
    again = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(g, again)
    assert all(
        not str(t).startswith("http://127.")
        for triple in g
        for t in triple
        if isinstance(t, URIRef)
    )


def test_every_dump_format_says_the_same(sample_store: Store) -> None:
    """N-Quads, TriG, Turtle and JSON-LD (blank nodes included) parse in rdflib to one graph."""
    from rdflib import Dataset

    union = {}
    for fmt in ("nquads", "trig"):
        ds = Dataset()
        ds.parse(data=sample_store.dump(fmt).decode("utf-8"), format=fmt)
        g = Graph()
        for s, p, o, _ in ds.quads():
            g.add((s, p, o))
        union[fmt] = g
    for fmt, parser in (("turtle", "turtle"), ("jsonld", "json-ld")):
        union[fmt] = Graph().parse(data=sample_store.serialize_union(fmt), format=parser)
    first = union["nquads"]
    assert len(first) > 1000
    for fmt, g in union.items():
        assert isomorphic(g, first), fmt


def test_no_iri_of_the_data_is_left_undescribed(sample_store: Store) -> None:
    """Every IRI under …/id/ that the data points at is the subject of some triple, and every
    graph name too (so each one dereferences to a description)."""
    rows = sample_store.query(
        """SELECT DISTINCT ?o WHERE { ?s ?p ?o
             FILTER(isIRI(?o) && STRSTARTS(STR(?o), "https://w3id.org/intgraph/id/"))
             FILTER NOT EXISTS { ?o ?q ?x } }"""
    ).rows
    assert rows == []
