"""vocab.IG lists exactly the terms the ontology defines, with labels in both languages."""

from __future__ import annotations

from rdflib import RDFS, Literal
from rdflib.namespace import SKOS

from intgraph.rdf.reference import ontology_graph
from intgraph.vocab import IG


def ontology_terms() -> set[str]:
    ns = str(IG._NS)
    return {str(s)[len(ns) :] for s in ontology_graph().subjects() if str(s).startswith(ns)}


def test_vocab_matches_ontology() -> None:
    declared = set(IG.__annotations__)
    assert declared == ontology_terms()


def test_every_term_has_german_and_english_labels_and_a_definition() -> None:
    g = ontology_graph()
    for name in ontology_terms():
        term = IG[name]
        langs = {lit.language for lit in g.objects(term, RDFS.label) if isinstance(lit, Literal)}
        assert {"de", "en"} <= langs, name
        assert list(g.objects(term, SKOS.definition)), name
