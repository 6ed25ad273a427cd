from __future__ import annotations

from rdflib import RDF, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from intgraph.extract import extract
from intgraph.models import Document
from intgraph.rdf import document_graph, document_iri
from intgraph.rdf.reference import reference_graph
from intgraph.resolve import resolve
from intgraph.vocab import IG, OA

TEXT = "Integrationsministerin Petra Köpping: »Wir setzen auf den Job-Turbo und die Berufssprachkurse.«"


def build(text: str = TEXT) -> Graph:
    return document_graph(resolve(extract(Document("/x.txt", "x.txt", text, "a" * 64))))


def test_same_input_same_graph() -> None:
    a, b = build(), build()
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        raise AssertionError(
            f"only in first:\n{only_a.serialize(format='nt')}\nonly in second:\n{only_b.serialize(format='nt')}"
        )


def test_no_blank_nodes() -> None:
    g = build()
    assert not [t for t in g if any(type(x).__name__ == "BNode" for x in t)]


def test_every_statement_node_has_evidence_with_offsets() -> None:
    g = build()
    doc = document_iri("a" * 16)
    for cls in (IG.OfficeHolding, IG.Quotation):
        for node in g.subjects(RDF.type, cls):
            evidence = list(g.subjects(OA.hasBody, node))
            assert evidence, node
            target = str(g.value(evidence[0], OA.hasTarget))
            assert target.startswith(str(doc) + "#char=")
            start, end = (int(x) for x in target.split("#char=")[1].split(","))
            assert 0 <= start < end <= len(TEXT)


def test_reference_graph_has_sixteen_laender_and_the_federation() -> None:
    g = reference_graph()
    assert len(set(g.subjects(RDF.type, IG.Land))) == 16
    assert len(set(g.subjects(RDF.type, IG.Federation))) == 1


def test_ntriples_round_trip() -> None:
    g = build()
    again = Graph().parse(data=g.serialize(format="nt"), format="nt")
    assert isomorphic(g, again)
