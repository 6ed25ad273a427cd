"""HermiT through owlready2 (needs Java; scripts/system-deps.sh installs it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Literal

from intgraph.cli import main
from intgraph.errors import ModelError
from intgraph.pipeline import reason
from intgraph.rdf.reference import ontology_graph
from intgraph.reason import InconsistentGraph
from intgraph.reason import reason as run_reasoner
from intgraph.vocab import ID, IG

pytestmark = pytest.mark.skipif(
    shutil.which("java") is None,
    reason="Java is not installed (scripts/system-deps.sh installs it)",
)


def test_integration_ministers_and_participation_are_inferred(sample_store) -> None:
    result = reason(sample_store, write=True)
    ministers = {
        str(s).rsplit("/", 1)[-1] for s, p, o in result.inferred if o == IG.IntegrationMinister
    }
    assert {"kai-klose", "stefanie-drese"} <= ministers
    took_part = {
        (str(s).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1])
        for s, p, o in result.inferred
        if p == IG.tookPartIn
    }
    assert ("DE-HE", "18") in took_part  # the sample's Antrag Hessens at the 18th session
    rows = sample_store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/intgraph/id/graph/inferred> { ?s ?p ?o } }"
    ).rows
    assert int(rows[0][0]) == len(result.inferred)


def test_an_inconsistent_graph_is_caught() -> None:
    g = Graph()
    g += ontology_graph()
    both = ID["polity/DE-XX"]
    g.add((both, RDF.type, IG.Land))
    g.add((both, RDF.type, IG.Federation))  # Land and Federation are disjoint
    g.add((both, IG.isoCode, Literal("DE-XX")))
    with pytest.raises(InconsistentGraph, match="contradicts the ontology"):
        run_reasoner(g)


def test_missing_java_names_the_fix(monkeypatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(ModelError, match=r"Java 17 or newer.*system-deps\.sh"):
        run_reasoner(Graph())


def test_cli_reason_and_validate(sample_store, tmp_path: Path) -> None:
    runner = CliRunner()
    store = str(sample_store.path)
    del sample_store  # the CLI opens the store itself
    r = runner.invoke(main, ["validate", "--store", store])
    assert r.exit_code == 0, r.output
    assert "conforms" in r.output


def test_reason_is_deterministic(sample_store) -> None:
    q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/intgraph/id/graph/inferred> { ?s ?p ?o } }"
    runs = []
    for _ in range(3):
        result = reason(sample_store, write=True)
        runs.append((len(result.inferred), sample_store.query(q).triples))
    assert runs[0] == runs[1] == runs[2]
    assert "IntegrationMinistry" in runs[0][1]


def test_a_title_naming_integration_makes_an_integration_minister(shared_store) -> None:
    result = reason(shared_store, write=False)
    ministers = {
        str(s).rsplit("/", 1)[-1] for s, p, o in result.inferred if o == IG.IntegrationMinister
    }
    # 2 before titles counted (only offices with a resolved ministry); the shared corpus
    # calls these people Integrationsminister(in) or Sozial- und Integrationsminister
    assert {"andreas-philippi", "josefine-paul", "stefanie-drese", "manfred-lucha"} <= ministers
    assert len(ministers) >= 13
