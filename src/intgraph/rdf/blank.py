"""Canonical blank-node labels for dumps.

The store keeps the ontology's blank nodes with canonical labels, but a store behind a SPARQL
endpoint mints its own labels on INSERT DATA. :func:`canonical_nquads` relabels the blank nodes
of N-Quads lines, graph by graph, with rdflib's canonical labelling of the triples that hold
them, so the same content gives the same dump whichever store it came from.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import BNode, Dataset, Graph
from rdflib.compare import to_canonical_graph

__all__ = ["canonical_nquads"]


def canonical_nquads(lines: Iterable[str]) -> list[str]:
    """N-Quads lines (without newlines) with their blank nodes relabelled canonically."""
    plain: list[str] = []
    with_blanks: list[str] = []
    for line in lines:
        (with_blanks if "_:" in line else plain).append(line)
    if not with_blanks:
        return plain
    ds = Dataset()
    ds.parse(data="\n".join(with_blanks) + "\n", format="nquads")
    if not any(isinstance(t, BNode) for q in ds.quads() for t in q[:3]):
        return plain + with_blanks  # "_:" only inside literals
    out = list(plain)
    for name in sorted({str(q[3]) for q in ds.quads()}):
        g = Graph()
        for s, p, o, _ in ds.quads((None, None, None, name)):
            g.add((s, p, o))
        text = to_canonical_graph(g).serialize(format="nt")
        out += [f"{line[:-2]} <{name}> ." for line in text.splitlines() if line.strip()]
    return out
