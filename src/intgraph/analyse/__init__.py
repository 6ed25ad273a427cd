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
    "clean_title",
    "cosponsorship",
    "for_gephi",
    "landscape",
    "measures",
    "neighbourhood",
    "person_organisation",
    "shorten",
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

# Each query returns one edge per row and document: ?s ?o ?label ?sentence ?doc ?session
# (?doc: the document stating it, unbound for reference data; ?session: the IntMK session the
# relation belongs to, whose date is then the time the relation holds).
EDGE_QUERIES: dict[str, str] = {
    "office": """SELECT ?s ?o ?label (SAMPLE(?sent) AS ?sentence) ?doc ("" AS ?session) WHERE {
      GRAPH ?doc { ?h a ig:OfficeHolding ; org:member ?s ; ig:land ?o ; ig:roleLabel ?label .
                    OPTIONAL { ?e oa:hasBody ?h ; ig:sentence ?sent } }
    } GROUP BY ?s ?o ?label ?doc""",
    "quote": """SELECT ?s ?o ("zitiert in" AS ?label) (SAMPLE(?t) AS ?sentence) ?doc ("" AS ?session) WHERE {
      GRAPH ?o { ?q a ig:Quotation ; schema:creator ?s ; schema:text ?t . } BIND(?o AS ?doc)
    } GROUP BY ?s ?o ?doc""",
    "publisher": f"""SELECT ?s ?o ("herausgegeben von" AS ?label) ("" AS ?sentence) ?doc ("" AS ?session) WHERE {{
      GRAPH ?s {{ ?s dcterms:publisher ?p }} BIND(?s AS ?doc)
      GRAPH {_REF} {{ {{ ?p ig:land ?o }} UNION {{ ?p a ig:Land BIND(?p AS ?o) }} }}
    }}""",
    "mentions": """SELECT ?s ?o ("erwähnt" AS ?label) (SAMPLE(?sent) AS ?sentence) ?doc ("" AS ?session) WHERE {
      GRAPH ?s { ?s ig:mentions ?o . OPTIONAL { ?e oa:hasBody ?o ; ig:sentence ?sent } } BIND(?s AS ?doc)
      FILTER NOT EXISTS { GRAPH ?s { ?o a ig:Motion } }
    } GROUP BY ?s ?o ?doc""",
    "submitted": """SELECT ?s ?o ("eingebracht von" AS ?label) (SAMPLE(?sent) AS ?sentence) ?doc (SAMPLE(?ses) AS ?session) WHERE {
      GRAPH ?doc { ?s ig:submittedBy ?o . OPTIONAL { ?e oa:hasBody ?s ; ig:sentence ?sent } OPTIONAL { ?s ig:atSession ?ses } }
    } GROUP BY ?s ?o ?doc""",
    "supported": """SELECT ?s ?o ("unterstützt von" AS ?label) (SAMPLE(?sent) AS ?sentence) ?doc (SAMPLE(?ses) AS ?session) WHERE {
      GRAPH ?doc { ?s ig:supportedBy ?o . OPTIONAL { ?e oa:hasBody ?s ; ig:sentence ?sent } OPTIONAL { ?s ig:atSession ?ses } }
    } GROUP BY ?s ?o ?doc""",
    "session": """SELECT ?s ?o ("in Sitzung" AS ?label) (SAMPLE(?sent) AS ?sentence) ?doc (?o AS ?session) WHERE {
      GRAPH ?doc { ?s a ig:Motion ; ig:atSession ?o . OPTIONAL { ?e oa:hasBody ?s ; ig:sentence ?sent } }
    } GROUP BY ?s ?o ?doc""",
    "concerns": """SELECT ?s ?o ("betrifft" AS ?label) (SAMPLE(?sent) AS ?sentence) ?doc (SAMPLE(?ses) AS ?session) WHERE {
      GRAPH ?doc { ?s ig:concerns ?o . OPTIONAL { ?e oa:hasBody ?s ; ig:sentence ?sent } OPTIONAL { ?s ig:atSession ?ses } }
    } GROUP BY ?s ?o ?doc""",
    "chair": f"""SELECT ?s ?o ("Vorsitz" AS ?label) ("" AS ?sentence) ?doc (?s AS ?session) WHERE {{
      {{ SELECT DISTINCT ?s WHERE {{ GRAPH ?d {{ ?d ig:mentions ?s . ?s a ig:ConferenceSession }} }} }}
      {{ GRAPH {_REF} {{ ?s ig:chairLand ?o }} }}
      UNION {{ GRAPH ?doc {{ ?s ig:chairLand ?o }} FILTER(?doc != {_REF}) }}
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

# One row per document: what the views show as its source (title, date, file, URL).
_DOCUMENTS = f"""SELECT ?doc (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) (SAMPLE(?f) AS ?file)
  (SAMPLE(?p) AS ?path) (SAMPLE(?u) AS ?url) WHERE {{
  GRAPH ?doc {{ ?doc a ig:Document OPTIONAL {{ ?doc dcterms:title ?t }} OPTIONAL {{ ?doc dcterms:issued ?d }}
               OPTIONAL {{ ?doc dcterms:source ?u }} }}
  OPTIONAL {{ GRAPH {_SRC} {{ ?src ig:document ?doc ; ig:fileName ?f OPTIONAL {{ ?src ig:path ?p }} }} }}
}} GROUP BY ?doc"""

# IntMK sessions of the reference data: number, year, dates, place, chair, certainty note.
_SESSIONS = f"""SELECT ?s ?num ?year ?start ?place ?chair ?motto ?note WHERE {{ GRAPH {_REF} {{
  ?s a ig:ConferenceSession ; ig:sessionNumber ?num
  OPTIONAL {{ ?s ig:year ?year }} OPTIONAL {{ ?s schema:startDate ?start }}
  OPTIONAL {{ ?s schema:location ?loc OPTIONAL {{ ?loc rdfs:label ?place FILTER(lang(?place) = "de") }} }}
  OPTIONAL {{ ?s ig:chairLand ?c . ?c rdfs:label ?chair FILTER(lang(?chair) = "de") }}
  OPTIONAL {{ ?s ig:motto ?motto }} OPTIONAL {{ ?s skos:editorialNote ?note }} }} }}"""

_PERSON_NAMES = "SELECT DISTINCT ?n ?name WHERE { GRAPH ?g { ?n a ig:Person ; foaf:name ?name } }"

_LAND_CODES = f"SELECT ?n ?code WHERE {{ GRAPH {_REF} {{ ?n ig:isoCode ?code }} }}"

REFERENCE_SOURCE = "Referenzdaten der IntMK-Sitzungen (ontology/reference/intmk-sessions.csv)"


def _cls(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def clean_title(text: str) -> str:
    """A document title as a reader expects it: no Markdown heading marks, one line, no
    stray spaces.

    >>> clean_title("# Medieninformation   Nr. 12 ")
    'Medieninformation Nr. 12'
    """
    return " ".join(text.lstrip("#").split()).strip(" -–|")


def shorten(text: str, limit: int) -> str:
    """``text`` whole when it fits, else cut at the last word boundary so that it ends with
    an ellipsis within ``limit`` characters (never mid-word).

    >>> shorten("Qualität der Integrationskurse überprüfen", 31)
    'Qualität der Integrationskurse…'
    >>> shorten("kurz", 30)
    'kurz'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if text[limit - 1] != " " and space > limit // 3:  # the cut falls inside a word
        cut = cut[:space]
    return cut.rstrip(' ,;:–-(„"') + "…"


def landscape(store: Store) -> nx.MultiDiGraph:
    """Every entity and statement link, with labels, classes, Länder and years.

    Node attributes: ``label`` (full name or title), ``cls``, ``lands`` (ISO codes),
    ``years`` (the entity's own time: a session's or motion's session year, a document's
    year; empty for timeless entities), ``names`` (every spelling the graph and the person
    registry know), ``facts`` (``(key, value)`` pairs), and for documents ``source``.
    Edge attributes: ``kind``, ``label``, ``years`` (when the relation holds), ``sources``
    (one ``{"sentence", "doc"}`` per stating document; ``doc`` is a node id or ``""`` for
    reference data) and ``evidence`` (a one-line summary, for GraphML).
    """
    from intgraph.reference import persons as registry

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
    names: dict[str, set[str]] = defaultdict(set)
    for n, name in run(store, _PREFIXES + _PERSON_NAMES).rows:
        if n and name:
            names[n].add(name)
    person_base = "https://w3id.org/intgraph/id/person/"
    for ref in registry():
        iri = person_base + ref.key
        if iri in labels:
            labels[iri] = (ref.name, "Person")  # the registry's full name
            names[iri] |= {ref.name, *ref.variants}
    docs: dict[str, dict[str, str]] = {}
    for doc, title, date, file, path, url in run(store, _PREFIXES + _DOCUMENTS).rows:
        if not doc:
            continue
        docs[doc] = {
            "title": clean_title(title or "") or (file or doc.rsplit("/", 1)[-1]),
            "date": (date or "")[:10],
            "file": file or "",
            "path": path or "",
            "url": url or "",
        }
        if doc in labels:
            labels[doc] = (docs[doc]["title"], "Document")
    sessions: dict[str, dict[str, str]] = {}
    for s, num, year, start, place, chair, motto, note in run(store, _PREFIXES + _SESSIONS).rows:
        if s:
            sessions[s] = {
                "number": num or "",
                "year": year or "",
                "start": start or "",
                "place": place or "",
                "chair": chair or "",
                "motto": motto or "",
                "note": note or "",
            }
    codes = dict(run(store, _PREFIXES + _LAND_CODES).rows)
    edges: dict[tuple[str, str, str], dict] = {}
    for kind, query in EDGE_QUERIES.items():
        rows = sorted(run(store, _PREFIXES + query).rows, key=lambda r: tuple(v or "" for v in r))
        for s, o, label, sentence, doc, session in rows:
            if not s or not o or s not in labels or o not in labels:
                continue
            for n in (s, o):
                if n not in g:
                    lab, cls = labels[n]
                    g.add_node(n, **_node(n, lab, cls, codes, docs, sessions, names))
            if o in codes and codes[o] != "DE":
                g.nodes[s]["lands"].add(codes[o])
            year = _year(sessions.get(session or "", {}).get("year")) if session else None
            if year is None and doc in docs:
                year = _year(docs[doc]["date"])
            if kind in ("session", "submitted", "supported") and year is not None:
                g.nodes[s]["years"].add(year)  # a motion's time is its session's
            key = (s, o, kind)
            if key not in edges:
                edges[key] = {"label": label or kind, "years": set(), "sources": []}
            e = edges[key]
            if year is not None:
                e["years"].add(year)
            src = {"sentence": sentence or "", "doc": doc if doc in docs else ""}
            if src not in e["sources"]:
                e["sources"].append(src)
    quoted = {(s, o) for s, o, kind in edges if kind == "quote"}
    for (s, o, kind), e in sorted(edges.items()):
        if kind == "mentions" and (o, s) in quoted:
            continue  # the quotation already links the person to the document
        if kind == "chair":
            note = sessions.get(s, {}).get("note", "")
            for src in e["sources"]:
                if not src["doc"]:
                    src["note"] = REFERENCE_SOURCE + (f"; {note}" if note else "")
        e["sources"].sort(key=lambda x: (x["doc"], x["sentence"], x.get("note", "")))
        g.add_edge(
            s,
            o,
            key=kind,
            kind=kind,
            label=e["label"],
            years=e["years"],
            sources=e["sources"],
            evidence=_evidence(e["sources"], docs),
        )
    g.graph["documents"] = docs
    g.graph["sessions"] = sessions
    return g


def _node(
    n: str,
    label: str,
    cls: str,
    codes: dict[str, str],
    docs: dict[str, dict[str, str]],
    sessions: dict[str, dict[str, str]],
    names: dict[str, set[str]],
) -> dict:
    d: dict = {"label": label, "cls": cls, "lands": set(), "years": set(), "facts": []}
    if n in codes and codes[n] != "DE":
        d["lands"].add(codes[n])
    if cls == "Person":
        d["names"] = sorted(names.get(n, set()) | {label})
        if len(d["names"]) > 1:
            d["facts"].append(("Schreibweisen", ", ".join(d["names"])))
    if cls == "Document" and n in docs:
        doc = docs[n]
        if (y := _year(doc["date"])) is not None:
            d["years"].add(y)
        d["facts"] += [(k, v) for k, v in (("Datum", doc["date"]), ("Datei", doc["file"])) if v]
        d["source"] = doc
    if cls == "ConferenceSession" and n in sessions:
        ses = sessions[n]
        if (y := _year(ses["year"])) is not None:
            d["years"].add(y)
        if ses["number"]:
            d["short"] = f"{ses['number']}. IntMK" + (f" {ses['year']}" if ses["year"] else "")
        d["date"] = ses["start"]
        d["facts"] += [
            (k, v)
            for k, v in (
                ("Datum", ses["start"] or ses["year"]),
                ("Ort", ses["place"]),
                ("Vorsitz", ses["chair"]),
                ("Motto", ses["motto"]),
            )
            if v
        ]
    return d


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


def _evidence(sources: list[dict[str, str]], docs: dict[str, dict[str, str]]) -> str:
    """One line for tables and GraphML: the first sentence (whole words) and the files."""
    first = next((s["sentence"] for s in sources if s["sentence"]), "")
    notes = [s["note"] for s in sources if s.get("note")]
    files = sorted({docs[s["doc"]]["file"] for s in sources if s["doc"] in docs})
    parts = [f"„{shorten(first, 300)}“"] if first else []
    if files or notes:
        parts.append("(" + ", ".join(files + notes[:1]) + ")")
    return " ".join(parts)


def cosponsorship(store: Store, land: nx.MultiDiGraph | None = None) -> nx.Graph:
    """Länder (and the federation) linked by what the documents say they did together.

    Two Länder are linked when they submitted or supported the same motion (``motions``), or
    took part in the same IntMK session (``sessions``: each chaired it or submitted or
    supported a motion there). Edge ``weight`` = shared motions + shared sessions;
    ``strength`` = the sum of 1/(k-1) over them, k the number of Länder sharing each (a motion
    all 16 submitted counts 1/15 per pair, one two Länder submitted counts 1); ``sources``
    holds the statements behind each link.
    """
    land = land if land is not None else landscape(store)
    sponsors: dict[str, set[str]] = defaultdict(set)
    at_session: dict[str, set[str]] = defaultdict(set)
    why: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    session_of = {
        a: b for a, b, d in land.edges(data=True) if d["kind"] == "session"
    }  # motion -> session
    for s, o, data in land.edges(data=True):
        if land.nodes[o]["cls"] not in ("Land", "Federation"):
            continue
        if data["kind"] in ("submitted", "supported"):
            sponsors[s].add(o)
            why[(s, o)] += data.get("sources", [])
            if s in session_of:
                at_session[session_of[s]].add(o)
                why[(session_of[s], o)] += data.get("sources", [])
        elif data["kind"] == "chair":
            at_session[s].add(o)
            why[(s, o)] += data.get("sources", [])
    g = nx.Graph()
    for what, groups in (("motions", sponsors), ("sessions", at_session)):
        for item, members in sorted(groups.items()):
            for a in members:
                if a not in g:
                    g.add_node(a, **_copy(land.nodes[a]))
            for a, b in combinations(sorted(members), 2):
                if not g.has_edge(a, b):
                    g.add_edge(
                        a,
                        b,
                        weight=0,
                        strength=0.0,
                        motions=[],
                        sessions=[],
                        years=set(),
                        sources=[],
                        label="",
                    )
                e = g[a][b]
                e["weight"] += 1
                # Newman's collaboration weight: an item shared by k Länder adds 1/(k-1)
                e["strength"] = round(e["strength"] + 1 / (len(members) - 1), 6)
                e[what].append(land.nodes[item]["label"])
                e["years"] |= land.nodes[item].get("years", set())
                for src in why[(item, a)] + why[(item, b)]:
                    if src not in e["sources"]:
                        e["sources"].append(src)
    for _a, _b, e in g.edges(data=True):
        parts = []
        if e["motions"]:
            parts.append(f"{len(e['motions'])} gemeinsame Anträge")
        if e["sessions"]:
            parts.append(f"{len(e['sessions'])} gemeinsame Sitzungen")
        e["label"] = ", ".join(parts)
        e["sources"].sort(key=lambda x: (x["doc"], x["sentence"], x.get("note", "")))
    g.graph["documents"] = land.graph.get("documents", {})
    return g


def neighbourhood(land: nx.MultiDiGraph, node: str, radius: int) -> set[str]:
    """The nodes within ``radius`` links of ``node``, whichever way the links point (radius 1:
    what the entity's own page lists as its statements and incoming links)."""
    return set(nx.ego_graph(land.to_undirected(as_view=True), node, radius=radius))


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
    if isinstance(v, dict):
        return ";".join(f"{k}={v[k]}" for k in sorted(v))
    if isinstance(v, (list, tuple)) and v and isinstance(v[0], (dict, tuple)):
        return " | ".join(str(_flat(x)) for x in v)
    if isinstance(v, (set, list, tuple)):
        return ";".join(str(x) for x in sorted(v, key=str))
    if isinstance(v, (int, float, str)):
        return v
    return str(v)
