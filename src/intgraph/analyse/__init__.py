"""Networks projected from the graph, and their measures (networkx).

Input: a :class:`~intgraph.store.Store`. Output: networkx graphs whose nodes carry ``label``,
``cls``, ``lands`` and ``years``, and whose edges carry ``label`` and ``evidence`` (sentence and
file), plus tables of degree and betweenness centrality and Louvain communities. Side effects:
none (:func:`write_tables` writes CSV files).

* :func:`landscape` — every entity and statement link (the overview);
* :func:`cosponsorship` — Länder linked by the motions they submitted or supported together,
  edge weight = number of motions;
* :func:`person_organisation` — persons linked to the Länder and ministries they held office in.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import networkx as nx

from intgraph.query import run
from intgraph.store import Store

__all__ = [
    "Measure",
    "cosponsorship",
    "for_gephi",
    "landscape",
    "measures",
    "person_organisation",
    "write_tables",
]

_PREFIXES = """
PREFIX ig: <https://w3id.org/intgraph/def#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""
_REF = "<https://w3id.org/intgraph/id/graph/reference>"
_SRC = "<https://w3id.org/intgraph/id/graph/sources>"

# Each query returns one edge per row: ?s ?o ?label ?sentence ?file ?year
EDGE_QUERIES: dict[str, str] = {
    "office": f"""SELECT ?s ?o ?label (SAMPLE(?sent) AS ?sentence) (SAMPLE(?f) AS ?file) (SAMPLE(?y) AS ?year) WHERE {{
      GRAPH ?doc {{ ?h a ig:OfficeHolding ; org:member ?s ; ig:land ?o ; ig:roleLabel ?label .
                    OPTIONAL {{ ?e oa:hasBody ?h ; ig:sentence ?sent }} OPTIONAL {{ ?doc dcterms:issued ?d }} }}
      GRAPH {_SRC} {{ ?src ig:document ?doc ; ig:fileName ?f }} BIND(SUBSTR(STR(?d), 1, 4) AS ?y)
    }} GROUP BY ?s ?o ?label""",
    "quote": f"""SELECT ?s ?o ("zitiert in" AS ?label) (SAMPLE(?t) AS ?sentence) (SAMPLE(?f) AS ?file) (SAMPLE(?y) AS ?year) WHERE {{
      GRAPH ?o {{ ?q a ig:Quotation ; schema:creator ?s ; schema:text ?t . OPTIONAL {{ ?o dcterms:issued ?d }} }}
      GRAPH {_SRC} {{ ?src ig:document ?o ; ig:fileName ?f }} BIND(SUBSTR(STR(?d), 1, 4) AS ?y)
    }} GROUP BY ?s ?o""",
    "publisher": f"""SELECT ?s ?o ("herausgegeben von" AS ?label) ("" AS ?sentence) ?file ?year WHERE {{
      GRAPH ?s {{ ?s dcterms:publisher ?p . OPTIONAL {{ ?s dcterms:issued ?d }} }}
      GRAPH {_REF} {{ {{ ?p ig:land ?o }} UNION {{ ?p a ig:Land BIND(?p AS ?o) }} }}
      GRAPH {_SRC} {{ ?src ig:document ?s ; ig:fileName ?file }} BIND(SUBSTR(STR(?d), 1, 4) AS ?year)
    }}""",
    "mentions": f"""SELECT ?s ?o ("erwähnt" AS ?label) (SAMPLE(?sent) AS ?sentence) (SAMPLE(?f) AS ?file) (SAMPLE(?y) AS ?year) WHERE {{
      GRAPH ?s {{ ?s ig:mentions ?o . OPTIONAL {{ ?e oa:hasBody ?o ; ig:sentence ?sent }} OPTIONAL {{ ?s dcterms:issued ?d }} }}
      FILTER NOT EXISTS {{ GRAPH ?s {{ ?o a ig:Person }} }}
      FILTER NOT EXISTS {{ GRAPH ?s {{ ?o a ig:Motion }} }}
      GRAPH {_SRC} {{ ?src ig:document ?s ; ig:fileName ?f }} BIND(SUBSTR(STR(?d), 1, 4) AS ?y)
    }} GROUP BY ?s ?o""",
    "submitted": f"""SELECT ?s ?o ("eingebracht von" AS ?label) (SAMPLE(?sent) AS ?sentence) (SAMPLE(?f) AS ?file) (SAMPLE(?y) AS ?year) WHERE {{
      GRAPH ?doc {{ ?s ig:submittedBy ?o . OPTIONAL {{ ?e oa:hasBody ?s ; ig:sentence ?sent }} OPTIONAL {{ ?s ig:atSession ?session }} }}
      OPTIONAL {{ GRAPH {_REF} {{ ?session ig:year ?y }} }}
      GRAPH {_SRC} {{ ?src ig:document ?doc ; ig:fileName ?f }}
    }} GROUP BY ?s ?o""",
    "supported": f"""SELECT ?s ?o ("unterstützt von" AS ?label) (SAMPLE(?sent) AS ?sentence) (SAMPLE(?f) AS ?file) (SAMPLE(?y) AS ?year) WHERE {{
      GRAPH ?doc {{ ?s ig:supportedBy ?o . OPTIONAL {{ ?e oa:hasBody ?s ; ig:sentence ?sent }} OPTIONAL {{ ?s ig:atSession ?session }} }}
      OPTIONAL {{ GRAPH {_REF} {{ ?session ig:year ?y }} }}
      GRAPH {_SRC} {{ ?src ig:document ?doc ; ig:fileName ?f }}
    }} GROUP BY ?s ?o""",
    "session": f"""SELECT ?s ?o ("in Sitzung" AS ?label) (SAMPLE(?sent) AS ?sentence) (SAMPLE(?f) AS ?file) (SAMPLE(?y) AS ?year) WHERE {{
      GRAPH ?doc {{ ?s a ig:Motion ; ig:atSession ?o . OPTIONAL {{ ?e oa:hasBody ?s ; ig:sentence ?sent }} }}
      OPTIONAL {{ GRAPH {_REF} {{ ?o ig:year ?y }} }}
      GRAPH {_SRC} {{ ?src ig:document ?doc ; ig:fileName ?f }}
    }} GROUP BY ?s ?o""",
    "concerns": f"""SELECT ?s ?o ("betrifft" AS ?label) (SAMPLE(?sent) AS ?sentence) (SAMPLE(?f) AS ?file) ("" AS ?year) WHERE {{
      GRAPH ?doc {{ ?s ig:concerns ?o . OPTIONAL {{ ?e oa:hasBody ?s ; ig:sentence ?sent }} }}
      GRAPH {_SRC} {{ ?src ig:document ?doc ; ig:fileName ?f }}
    }} GROUP BY ?s ?o""",
    "chair": f"""SELECT ?s ?o ("Vorsitz" AS ?label) ("" AS ?sentence) ("" AS ?file) (STR(?y) AS ?year) WHERE {{
      {{ SELECT DISTINCT ?s WHERE {{ GRAPH ?doc {{ ?doc ig:mentions ?s . ?s a ig:ConferenceSession }} }} }}
      {{ GRAPH {_REF} {{ ?s ig:chairLand ?o OPTIONAL {{ ?s ig:year ?y }} }} }}
      UNION {{ GRAPH ?g {{ ?s ig:chairLand ?o OPTIONAL {{ ?s ig:year ?y }} }} FILTER(?g != {_REF}) }}
    }}""",
}

_LABELS = f"""SELECT ?n ?label ?cls WHERE {{
  {{ GRAPH {_REF} {{ ?n rdfs:label ?label ; a ?cls FILTER(lang(?label) = "de") }} }}
  UNION {{ GRAPH ?g {{ ?n a ig:Person ; foaf:name ?label BIND(ig:Person AS ?cls) }} }}
  UNION {{ GRAPH ?g {{ ?n a ig:Motion ; dcterms:title ?label BIND(ig:Motion AS ?cls) }} }}
  UNION {{ GRAPH ?g {{ ?n a ig:Programme ; skos:prefLabel ?label BIND(ig:Programme AS ?cls) }} }}
  UNION {{ GRAPH ?n {{ ?n a ig:Document BIND(ig:Document AS ?cls) }} GRAPH {_SRC} {{ ?src ig:document ?n ; ig:fileName ?label }} }}
  UNION {{ GRAPH ?g {{ ?n a ig:ConferenceSession BIND(ig:ConferenceSession AS ?cls) OPTIONAL {{ ?n ig:sessionNumber ?num }} }}
           BIND(IF(BOUND(?num), CONCAT(STR(?num), ". IntMK"), "IntMK-Sitzung") AS ?label) }}
}}"""

_LAND_CODES = f"SELECT ?n ?code WHERE {{ GRAPH {_REF} {{ ?n ig:isoCode ?code }} }}"


def _cls(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def landscape(store: Store) -> nx.MultiDiGraph:
    """Every entity and statement link, with labels, classes, Länder and years."""
    g = nx.MultiDiGraph()
    labels: dict[str, tuple[str, str]] = {}
    for n, label, cls in sorted(
        run(store, _PREFIXES + _LABELS).rows, key=lambda r: tuple(v or "" for v in r)
    ):
        if n and label and cls:
            c = _cls(cls)
            # persons are named per document: keep the longest form
            if (
                n not in labels
                or (c == labels[n][1] and len(label) > len(labels[n][0]))
                or labels[n][1] not in _KNOWN
            ):
                labels[n] = (label, c)
    codes = dict(run(store, _PREFIXES + _LAND_CODES).rows)
    for kind, query in EDGE_QUERIES.items():
        rows = sorted(run(store, _PREFIXES + query).rows, key=lambda r: tuple(v or "" for v in r))
        for s, o, label, sentence, file, year in rows:
            if not s or not o or s not in labels or o not in labels:
                continue
            for n in (s, o):
                if n not in g:
                    lab, cls = labels[n]
                    g.add_node(n, label=lab, cls=cls, lands=set(), years=set())
                    if n in codes and codes[n] != "DE":
                        g.nodes[n]["lands"].add(codes[n])
            if o in codes and codes[o] != "DE":
                g.nodes[s]["lands"].add(codes[o])
            if year and year.isdigit():
                g.nodes[s]["years"].add(int(year))
                g.nodes[o]["years"].add(int(year))
            g.add_edge(
                s, o, key=kind, kind=kind, label=label or kind, evidence=_evidence(sentence, file)
            )
    return g


_KNOWN = {
    "Person",
    "Land",
    "Federation",
    "Ministry",
    "ConferenceSession",
    "Motion",
    "Programme",
    "Document",
    "Place",
}


def _evidence(sentence: str | None, file: str | None) -> str:
    parts = []
    if sentence:
        parts.append(f"„{sentence[:300]}“")
    if file:
        parts.append(f"({file})")
    return " ".join(parts)


def cosponsorship(store: Store, land: nx.MultiDiGraph | None = None) -> nx.Graph:
    """Länder linked by the motions they submitted or supported together (weight = count)."""
    land = land if land is not None else landscape(store)
    sponsors: dict[str, set[str]] = defaultdict(set)
    for s, o, data in land.edges(data=True):
        if data["kind"] in ("submitted", "supported"):
            sponsors[s].add(o)
    g = nx.Graph()
    for motion, lands in sorted(sponsors.items()):
        for a in lands:
            g.add_node(a, **_copy(land.nodes[a]))
        for a, b in combinations(sorted(lands), 2):
            if g.has_edge(a, b):
                g[a][b]["weight"] += 1
                g[a][b]["motions"].append(land.nodes[motion]["label"])
            else:
                g.add_edge(
                    a,
                    b,
                    weight=1,
                    motions=[land.nodes[motion]["label"]],
                    label="gemeinsame Anträge",
                )
    return g


def person_organisation(store: Store, land: nx.MultiDiGraph | None = None) -> nx.Graph:
    """Persons linked to the Länder (and the federation) they held office in."""
    land = land if land is not None else landscape(store)
    g = nx.Graph()
    for s, o, data in land.edges(data=True):
        if data["kind"] == "office":
            g.add_node(s, **_copy(land.nodes[s]))
            g.add_node(o, **_copy(land.nodes[o]))
            if g.has_edge(s, o):
                g[s][o]["roles"].append(data["label"])
            else:
                g.add_edge(
                    s, o, roles=[data["label"]], label=data["label"], evidence=data["evidence"]
                )
    return g


def _copy(attrs: dict) -> dict:
    return {k: (set(v) if isinstance(v, set) else v) for k, v in attrs.items()}


@dataclass(frozen=True, slots=True)
class Measure:
    node: str
    label: str
    cls: str
    degree: float
    betweenness: float
    community: int


def measures(g: nx.Graph | nx.MultiDiGraph, *, seed: int = 42) -> list[Measure]:
    """Degree and betweenness centrality and Louvain communities (seeded: same graph, same result)."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    for a, b, data in g.edges(data=True):
        w = data.get("weight", 1)
        if simple.has_edge(a, b):
            simple[a][b]["weight"] += w
        else:
            simple.add_edge(a, b, weight=w)
    if simple.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(simple)
    k = None if simple.number_of_nodes() <= 1000 else 200  # sampled betweenness on big graphs
    between = nx.betweenness_centrality(simple, k=k, seed=seed)
    communities = (
        nx.community.louvain_communities(simple, weight="weight", seed=seed)
        if simple.number_of_edges()
        else [set(simple.nodes)]
    )
    community_of = {}
    for i, members in enumerate(sorted(communities, key=lambda c: (-len(c), sorted(c)[0]))):
        for n in members:
            community_of[n] = i
    out = [
        Measure(
            n,
            g.nodes[n].get("label", n),
            g.nodes[n].get("cls", ""),
            round(degree[n], 6),
            round(between[n], 6),
            community_of[n],
        )
        for n in simple.nodes
    ]
    return sorted(out, key=lambda m: (-m.degree, -m.betweenness, m.node))


def to_csv(rows: list[Measure]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["node", "label", "class", "degree", "betweenness", "community"])
    for m in rows:
        w.writerow([m.node, m.label, m.cls, f"{m.degree:.6f}", f"{m.betweenness:.6f}", m.community])
    return buf.getvalue()


def write_tables(
    store: Store, out_dir: Path | str, land: nx.MultiDiGraph | None = None
) -> dict[str, list[Measure]]:
    """Write ``cosponsorship.csv`` and ``person-organisation.csv`` to ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    land = land if land is not None else landscape(store)
    tables = {
        "cosponsorship": measures(cosponsorship(store, land)),
        "person-organisation": measures(person_organisation(store, land)),
    }
    for name, rows in tables.items():
        (out / f"{name}.csv").write_text(to_csv(rows), encoding="utf-8")
    return tables


def for_gephi(g: nx.Graph | nx.MultiDiGraph) -> nx.Graph | nx.MultiDiGraph:
    """A copy whose attributes are plain strings and numbers, as GraphML and GEXF require."""
    out = g.__class__()
    for n, d in g.nodes(data=True):
        out.add_node(n, **{k: _flat(v) for k, v in d.items()})
    if g.is_multigraph():
        for a, b, k, d in g.edges(keys=True, data=True):
            out.add_edge(a, b, key=k, **{kk: _flat(v) for kk, v in d.items()})
    else:
        for a, b, d in g.edges(data=True):
            out.add_edge(a, b, **{k: _flat(v) for k, v in d.items()})
    return out


def _flat(v: object) -> str | int | float:
    if isinstance(v, (set, list, tuple)):
        return ";".join(str(x) for x in sorted(v, key=str))
    if isinstance(v, (int, float, str)):
        return v
    return str(v)
