from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from intgraph.analyse import cosponsorship, for_gephi, landscape, measures, person_organisation
from intgraph.errors import QueryError
from intgraph.visualise import absent_views, find_entity, focus_view, views


def embedded_nodes(page: str) -> int:
    data = json.loads(page.split("var DATA = ", 1)[1].split(";\n", 1)[0])
    return len(data["nodes"])


def test_every_view_is_self_contained_and_escaped(view_store) -> None:
    pages = views(view_store)
    assert set(pages) | set(absent_views(view_store)) == {
        "overview",
        "intmk",
        "cosponsorship",
        "programmes",
    }
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
    # the sample record: Leitantrag (all Länder), TOP 2.1 (BW HE NW RP), TOP 2.2 (HE NW SH),
    # all at one session
    assert len(g[he][nw]["motions"]) == 3
    assert len(g[he][nw]["sessions"]) == 1
    assert g[he][nw]["weight"] == 4
    assert g[he][nw]["sources"], "a link without the statements behind it"
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


def test_focus_accepts_every_spelling_the_registry_knows(shared_store) -> None:
    """issue 15: ``--focus "Manne Lucha"`` finds Manfred Lucha."""
    land = landscape(shared_store)
    lucha = "https://w3id.org/intgraph/id/person/manfred-lucha"
    for name in ("Manne Lucha", "Manfred Lucha", "manne lucha", "Lucha", lucha):
        assert find_entity(land, name) == lucha, name
    title, page = focus_view(shared_store, "Manne Lucha")
    assert title.startswith("Manfred Lucha")
    data = json.loads(page.split("var DATA = ", 1)[1].split(";\n", 1)[0])
    assert [n["id"] for n in data["nodes"] if n["focus"]] == [lucha]


def test_persons_by_full_name_and_documents_by_title(shared_store) -> None:
    land = landscape(shared_store)
    faeser = land.nodes["https://w3id.org/intgraph/id/person/nancy-faeser"]
    assert faeser["label"] == "Nancy Faeser"
    docs = [d for _, d in land.nodes(data=True) if d["cls"] == "Document"]
    titled = [d for d in docs if not d["label"].endswith(".txt")]
    assert len(titled) > len(docs) / 2
    assert not any(d["label"].startswith("#") for d in docs)


def test_every_edge_names_its_source(shared_store) -> None:
    land = landscape(shared_store)
    for a, b, d in land.edges(data=True):
        assert d["sources"], (a, b, d["kind"])
        assert all(s["doc"] or s.get("note") for s in d["sources"]), (a, b, d["kind"])
    page = views(shared_store, land)["overview"]
    data = json.loads(page.split("var DATA = ", 1)[1].split(";\n", 1)[0])
    full = {s["sentence"] for *_, d in land.edges(data=True) for s in d["sources"]}
    for e in data["edges"]:
        assert e["src"], e
        for sentence, doc, note in e["src"]:
            assert doc >= 0 or note, e
            assert len(sentence) <= 300
            if sentence and sentence not in full:  # shortened: whole words and an ellipsis
                assert sentence.endswith("…")
                assert any(
                    f.startswith(sentence[:-1]) and f[len(sentence) - 1] in " ,;:" for f in full
                )
    for doc in data["docs"]:
        assert doc["title"] and (doc["href"].startswith(("file:", "http")) or not doc["href"])


def test_focus_radius_one_is_the_entity_pages_neighbourhood(shared_store) -> None:
    """What the entity page lists (statements and incoming links, through office holdings
    and quotations) is what radius 1 of the focus view holds."""
    from intgraph.analyse import neighbourhood
    from intgraph.query import run

    land = landscape(shared_store)
    lucha = "https://w3id.org/intgraph/id/person/manfred-lucha"
    q = f"""SELECT DISTINCT ?x WHERE {{
      {{ <{lucha}> ?p ?x }} UNION {{ ?x ?p <{lucha}> }}
      UNION {{ ?h <http://www.w3.org/ns/org#member> <{lucha}> ; <https://w3id.org/intgraph/def#land> ?x }}
      UNION {{ GRAPH ?x {{ ?q <https://schema.org/creator> <{lucha}> }} }} }}"""
    linked = {x for (x,) in run(shared_store, q).rows if x in land}
    assert linked
    assert linked <= neighbourhood(land, lucha, 1)


def test_shorten_cuts_at_a_word_boundary() -> None:
    from intgraph.analyse import shorten

    text = "Qualifizierung und Etablierung niedrigschwelliger Sprachmittlung in den Ländern"
    short = shorten(text, 40)
    assert short.endswith("…") and text.startswith(short[:-1])
    assert text[len(short) - 1] == " "
    assert shorten("kurz", 40) == "kurz"
