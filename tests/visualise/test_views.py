from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from intgraph.analyse import cosponsorship, for_gephi, landscape, measures, person_organisation
from intgraph.errors import QueryError
from intgraph.visualise import focus_view, views


def embedded_nodes(page: str) -> int:
    data = json.loads(page.split("var DATA = ", 1)[1].split(";\n", 1)[0])
    return len(data["nodes"])


def test_every_view_is_self_contained_and_escaped(view_store) -> None:
    pages = views(view_store)
    assert set(pages) == {"overview", "intmk", "cosponsorship", "programmes"}
    for name, page in pages.items():
        assert "<script>window.__pwned" not in page, name
        assert 'onerror="window' not in page, name
        assert not re.search(r'(?:src|href)="(?:https?:)?//', page), name
        assert "vis.Network" in page


def test_overview_holds_every_node_of_the_landscape(view_store) -> None:
    page = views(view_store)["overview"]
    assert embedded_nodes(page) == landscape(view_store).number_of_nodes()


def test_cosponsorship_weights(view_store) -> None:
    g = cosponsorship(view_store)
    he, nw = (
        "https://w3id.org/intgraph/id/polity/DE-HE",
        "https://w3id.org/intgraph/id/polity/DE-NW",
    )
    # the sample record: Leitantrag (all Länder), TOP 2.1 (BW HE NW RP), TOP 2.2 (HE NW SH)
    assert g[he][nw]["weight"] == 3
    assert len(g) == 16


def test_focus_by_name_and_by_iri(view_store) -> None:
    title, _ = focus_view(view_store, "kai klose")
    assert title.startswith("Kai Klose")
    title2, _ = focus_view(view_store, "https://w3id.org/intgraph/id/person/kai-klose")
    assert title2 == title
    with pytest.raises(QueryError, match="no entity"):
        focus_view(view_store, "Niemand Unbekannt")


def test_measures_are_deterministic_and_complete(view_store) -> None:
    g = person_organisation(view_store)
    a, b = measures(g), measures(g)
    assert a == b and len(a) == g.number_of_nodes()
    assert all(0 <= m.degree <= 1 and 0 <= m.betweenness <= 1 for m in a)


def test_graphml_and_gexf_round_trip(view_store, tmp_path: Path) -> None:
    g = for_gephi(landscape(view_store))
    nx.write_graphml(g, tmp_path / "g.graphml")
    nx.write_gexf(g, tmp_path / "g.gexf")
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == g.number_of_nodes()
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == g.number_of_nodes()
