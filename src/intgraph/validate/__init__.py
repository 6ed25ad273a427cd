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

    def summary(self, examples: int = 3) -> str:
        """One line per kind of violation (its English message and path), with a count and a
        few focus nodes, most frequent first."""
        from collections import defaultdict

        from rdflib.namespace import SH

        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for result in self.graph.subjects(SH.resultSeverity, None):
            messages = [m for m in self.graph.objects(result, SH.resultMessage)]
            english = next((str(m) for m in messages if getattr(m, "language", None) == "en"), None)
            message = english or (str(messages[0]) if messages else "violation")
            path = str(self.graph.value(result, SH.resultPath) or "")
            groups[(message, path)].append(str(self.graph.value(result, SH.focusNode)))
        lines = []
        for (message, path), nodes in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            where = f" [{path.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}]" if path else ""
            lines.append(f"{len(nodes):6d} × {message}{where}")
            lines += [f"         e.g. {n}" for n in sorted(nodes)[:examples]]
        return "\n".join(lines)


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
