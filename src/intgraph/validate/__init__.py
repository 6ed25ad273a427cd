"""Validation of a graph against the SHACL shapes (https://www.w3.org/TR/shacl/).

The only module that imports pyshacl. The data graph should contain the ontology (as the
store's union graph does), so that ``sh:class`` sees the subclass hierarchy without inference.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from intgraph.errors import ModelError
from intgraph.paths import shapes_file

__all__ = ["ValidationReport", "validate"]


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str
    graph: Graph


def shapes_graph() -> Graph:
    g = Graph()
    try:
        g.parse(shapes_file(), format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        raise ModelError(f"{shapes_file()}: the SHACL shapes do not parse: {exc}") from None
    return g


def validate(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate ``data`` against the intgraph shapes (or the given ones)."""
    import pyshacl
    from rdflib.namespace import SH

    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes if shapes is not None else shapes_graph(), inference="none"
    )
    violations = len(list(report.subjects(predicate=SH.resultSeverity)))
    return ValidationReport(bool(conforms), violations, str(text), report)
