"""OWL reasoning with owlready2 and its HermiT reasoner (Java 17 or newer runs it).

The only module that imports owlready2. It reasons over the ontology and the part of the data
the ontology's inferences need (offices, ministries, motions, sessions, Länder), in a fresh
``owlready2.World`` per run, handed over as N-Triples (owlready2 does not read Turtle); the
ontology goes in as published (it is OWL 2 DL, its datatypes all in the OWL 2 map). The
inferences come back as triples for the named graph ``…/id/graph/inferred``:

* ``ig:IntegrationMinister``: a person holding a minister's office in a ministry responsible
  for integration policy (``ig:IntegrationMinistry``): a ministry of the reference list (each
  ``ig:responsibleFor ig:integrationPolicy``), or, where the document names no ministry, the
  ministry the title implies (``ig:portfolio ig:integrationPolicy``, set when the title as
  written names integration, e.g. "Sozial- und Integrationsminister");
* ``ig:tookPartIn``: a Land that submitted a motion at a session took part in it
  (the property chain ``ig:submitted ∘ ig:atSession``).

An inconsistent graph (say, one individual typed both ``ig:Land`` and ``ig:Federation``, which
the ontology declares disjoint) raises :class:`InconsistentGraph` naming what HermiT reported.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from intgraph.errors import ModelError

__all__ = ["InconsistentGraph", "Reasoning", "owl_classes", "reason"]

IG = "https://w3id.org/intgraph/def#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
INFERRED = {f"{IG}IntegrationMinistry", f"{IG}IntegrationMinister"}
INFERRED_PROPERTIES = {f"{IG}tookPartIn"}


class InconsistentGraph(ModelError):
    """The data contradicts the ontology."""


@dataclass(frozen=True, slots=True)
class Reasoning:
    inferred: Graph
    seconds: float
    individuals: int


def java_or_error() -> str:
    java = shutil.which("java")
    if java is None:
        raise ModelError(
            "the HermiT reasoner needs Java 17 or newer, and no 'java' is on the PATH; "
            "install it with: sudo bash scripts/system-deps.sh (Debian: openjdk-17-jre-headless)"
        )
    return java


def reason(data: Graph) -> Reasoning:
    """Run HermiT over ``data`` (ontology plus facts) and return the inferred triples.

    Raises:
        ModelError: Java is missing, or the reasoner failed.
        InconsistentGraph: the data contradicts the ontology.
    """
    import owlready2

    owlready2.JAVA_EXE = java_or_error()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "input.nt"
        nt.write_text(data.serialize(format="nt"), encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(nt.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            raise InconsistentGraph(
                f"the graph contradicts the ontology (HermiT): {exc}".strip()
            ) from None
        except owlready2.OwlReadyJavaError as exc:
            raise ModelError(f"the HermiT reasoner failed: {str(exc)[:500]}") from None
        inferred = Graph()
        before = {(str(s), str(p), str(o)) for s, p, o in data}
        for s, p, o in world.as_rdflib_graph():
            triple = (str(s), str(p), str(o))
            if triple in before or not isinstance(s, URIRef):
                continue
            if (str(p) == RDF_TYPE and str(o) in INFERRED) or str(p) in INFERRED_PROPERTIES:
                inferred.add((s, p, o))
        world.close()
    individuals = len(
        {
            s
            for s, p, o in data
            if str(p) == RDF_TYPE and not str(o).startswith("http://www.w3.org/2002/07/owl#")
        }
    )
    return Reasoning(inferred, time.perf_counter() - started, individuals)


def owl_classes(data: Graph) -> dict[str, int]:
    """The named classes owlready2 reads from ``data`` (how a consumer of a dump sees the
    ontology), each with the number of its ``owl:equivalentClass`` definitions."""
    import owlready2

    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "input.nt"
        nt.write_text(data.serialize(format="nt"), encoding="utf-8")
        world = owlready2.World()
        world.get_ontology(nt.as_uri()).load()
        out = {c.iri: len(c.equivalent_to) for c in world.classes()}
        world.close()
    return out
