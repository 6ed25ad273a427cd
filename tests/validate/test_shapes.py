from __future__ import annotations

from rdflib import RDF, Graph, Literal

from intgraph.validate import validate
from intgraph.vocab import ID, IG


def test_sample_graph_conforms(sample_store) -> None:
    report = validate(sample_store.to_rdflib())
    assert report.conforms, report.text


def test_broken_data_is_caught(sample_store) -> None:
    g = sample_store.to_rdflib()
    bad = ID["polity/DE-XX"]
    g.add((bad, RDF.type, IG.Land))
    g.add((bad, IG.isoCode, Literal("DE-XX")))
    holding = ID["holding/broken"]
    g.add((holding, RDF.type, IG.OfficeHolding))
    report = validate(g)
    assert not report.conforms
    assert report.violations >= 3  # bad code, missing labels, holding without member/role
    assert "ISO 3166-2" in report.text


def test_shapes_parse() -> None:
    from intgraph.validate import shapes_graph

    assert isinstance(shapes_graph(), Graph) and len(shapes_graph()) > 50


def test_shared_corpus_graph_conforms(shared_store) -> None:
    report = validate(shared_store.to_rdflib())
    assert report.conforms, report.summary()
