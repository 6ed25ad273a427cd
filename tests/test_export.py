"""Exports stay whole: characters XML does not allow never stop the GraphML/GEXF writers
half-way (a NUL in an old store's text), and an export replaces the previous one whole."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest

from intgraph.errors import OutputError
from intgraph.pipeline import _xml_safe, export
from intgraph.store import Store


def test_graph_attributes_are_made_xml_safe() -> None:
    g = nx.Graph()
    g.add_node("a\x00b", label="Anna\x00 Beispiel\x0b", weight=2)
    g.add_edge("a\x00b", "c", label="\x1fsagte")
    with pytest.raises(ValueError, match="XML compatible"):
        nx.write_graphml(g, io.BytesIO())
    safe = _xml_safe(g)
    nx.write_graphml(safe, io.BytesIO())
    nx.write_gexf(safe, io.BytesIO())
    assert dict(safe.nodes(data=True))["ab"] == {"label": "Anna Beispiel\n", "weight": 2}


def test_export_into_a_file_path_is_refused(tmp_path: Path) -> None:
    (tmp_path / "datei").write_text("x")
    with pytest.raises(OutputError, match="is a file"):
        export(Store(), tmp_path / "datei")
