"""Interactive network views written as single HTML files that open offline.

The only module that imports pyvis: pyvis builds the vis-network node and edge data, and its
bundled vis-network build is inlined into the page, so the page makes no network request.
Tooltips are DOM text nodes (never HTML), so document text such as ``<script>`` cannot run.
Layouts are computed here with a fixed seed (same graph, same picture, same bytes); small
graphs then settle with bounded physics that switches itself off, large ones stay put.

Views: ``overview``, ``intmk`` (sessions in time order with chairs and motions),
``cosponsorship`` (Länder by motions submitted together), ``programmes`` (which Länder and
sessions demand which programmes), and ``focus`` (one entity's neighbourhood).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

import networkx as nx

__all__ = ["NODE_STYLE", "VIEWS", "focus_view", "render_html", "views"]

NODE_STYLE: dict[str, tuple[str, str, str]] = {
    # class: (colour, shape, German label)
    "Person": ("#e07a5f", "dot", "Person"),
    "Land": ("#3d405b", "square", "Land"),
    "Federation": ("#1d2d44", "square", "Bund"),
    "Ministry": ("#81b29a", "triangle", "Ministerium"),
    "ConferenceSession": ("#f2a541", "diamond", "IntMK-Sitzung"),
    "Motion": ("#9c89b8", "dot", "Antrag"),
    "Programme": ("#4ea8de", "star", "Programm"),
    "Document": ("#adb5bd", "box", "Dokument"),
    "Place": ("#6a994e", "triangleDown", "Ort"),
}
VIEWS = ("overview", "intmk", "cosponsorship", "programmes")
PHYSICS_LIMIT = 300  # above this many nodes the precomputed layout is final


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (
        lib / "vis-network.css"
    ).read_text(encoding="utf-8")


def _script_safe(data: object) -> str:
    """JSON that can sit inside a <script> element whatever strings it holds."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for a, b in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(a, b)
    return text


def _layout(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Seeded positions: a spring layout for small graphs; for large ones, Louvain communities
    laid out one by one and placed side by side (1.5 s instead of 23 s at 5,000 nodes)."""
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    simple.add_edges_from(sorted((a, b) for a, b in g.edges()))
    n = simple.number_of_nodes()
    if n <= PHYSICS_LIMIT:
        pos = nx.spring_layout(simple, seed=seed, iterations=50, k=1.5 / math.sqrt(n))
        scale = 140 * math.sqrt(n)
        return {
            k: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for k, (x, y) in pos.items()
        }
    return _community_layout(simple, seed)


def _community_layout(simple: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    if simple.number_of_edges():
        communities = nx.community.louvain_communities(simple, seed=seed)
    else:
        communities = [set(simple)]
    communities = sorted(communities, key=lambda c: (-len(c), sorted(c)[0]))
    row_width = 280 * math.sqrt(simple.number_of_nodes())
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for members in communities:
        sub = simple.subgraph(sorted(members))
        r = 60 * math.sqrt(len(members))
        if len(members) == 1:
            local = {next(iter(members)): (0.0, 0.0)}
        else:
            local = nx.spring_layout(
                sub, seed=seed, iterations=40 if len(members) < 300 else 15, method="force"
            )
        if x + 2 * r > row_width and x > 0:
            x, y, row_height = 0.0, y + row_height + 80, 0.0
        for k, (px, py) in local.items():
            pos[k] = (round(x + r + float(px) * r, 1), round(y + r + float(py) * r, 1))
        x += 2 * r + 80
        row_height = max(row_height, 2 * r)
    return pos


def render_html(
    g: nx.Graph,
    title: str,
    *,
    positions: dict[str, tuple[float, float]] | None = None,
    land_names: dict[str, str] | None = None,
) -> str:
    """One self-contained HTML page for a network whose nodes carry label/cls/lands/years."""
    from pyvis.network import Network

    from intgraph.analyse import measures

    pos = positions or _layout(g)
    size = {m.node: m.degree for m in measures(g)} if g.number_of_nodes() else {}
    top = max(size.values(), default=1) or 1
    net = Network(directed=g.is_directed())
    for n in sorted(g.nodes):
        d = g.nodes[n]
        colour, shape, _ = NODE_STYLE.get(d.get("cls", ""), ("#999999", "dot", d.get("cls", "")))
        facts = [
            f"{d.get('label', n)} ({NODE_STYLE.get(d.get('cls', ''), ('', '', d.get('cls', '')))[2]})",
            n,
        ]
        if d.get("lands"):
            facts.append("Länder: " + ", ".join(sorted(d["lands"])))
        if d.get("years"):
            facts.append("Jahre: " + ", ".join(str(y) for y in sorted(d["years"])))
        facts += d.get("facts", [])
        x, y = pos.get(n, (0.0, 0.0))
        net.add_node(
            n,
            label=_clip(d.get("label", n), 42),
            color=colour,
            shape=shape,
            size=round(8 + 28 * math.sqrt(size.get(n, 0) / top), 2),
            x=x,
            y=y,
            tip="\n".join(facts),
            cls=d.get("cls", ""),
            lands=sorted(d.get("lands", [])),
            years=sorted(d.get("years", [])),
        )
    edges = g.edges(data=True)
    for a, b, d in sorted(edges, key=lambda e: (e[0], e[1], str(e[2].get("label", "")))):
        tip = str(d.get("label", ""))
        if d.get("motions"):
            tip += f" ({d.get('weight', len(d['motions']))})\n" + "\n".join(
                f"• {m}" for m in d["motions"][:15]
            )
        if d.get("evidence"):
            tip += "\n" + d["evidence"]
        weight = d.get("weight", 1)
        alpha = min(0.25 + 0.15 * weight, 0.9)
        net.add_edge(
            a,
            b,
            tip=tip,
            width=min(1 + 1.5 * (weight - 1), 12),
            color=f"rgba(90,90,90,{alpha:.2f})",
        )
    nodes, edge_data, *_ = net.get_network_data()
    physics = g.number_of_nodes() <= PHYSICS_LIMIT and positions is None
    options = {
        "physics": {
            "enabled": physics,
            "stabilization": {"enabled": True, "iterations": 150, "fit": True},
            "barnesHut": {"springLength": 120, "avoidOverlap": 0.2},
        },
        "edges": {
            "smooth": False,
            "color": {"color": "#b0b0b0", "highlight": "#333333"},
            "arrows": {"to": {"enabled": g.is_directed(), "scaleFactor": 0.4}},
        },
        "nodes": {"font": {"size": 12}},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": g.number_of_nodes() > 1000,
        },
        "layout": {"randomSeed": 7, "improvedLayout": False},
    }
    classes = sorted({d.get("cls", "") for _, d in g.nodes(data=True)})
    data = {
        "nodes": nodes,
        "edges": edge_data,
        "options": options,
        "classes": [
            {
                "cls": c,
                "colour": NODE_STYLE.get(c, ("#999999",))[0],
                "label": NODE_STYLE.get(c, ("", "", c))[2],
            }
            for c in classes
        ],
        "lands": sorted({land for _, d in g.nodes(data=True) for land in d.get("lands", [])}),
        "landNames": land_names or {},
        "years": sorted({y for _, d in g.nodes(data=True) for y in d.get("years", [])}),
    }
    js, css = _vis_assets()
    return (
        _PAGE.replace("@@TITLE@@", _escape(title))
        .replace("@@CSS@@", css)
        .replace("@@VIS@@", js)
        .replace("@@DATA@@", _script_safe(data))
    )


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


# ------------------------------------------------------------------------------ views


def views(store, land: nx.MultiDiGraph | None = None) -> dict[str, str]:
    """Every standard view as HTML, by name (``land``: a landscape already projected)."""
    from intgraph.analyse import cosponsorship, landscape

    land = land if land is not None else landscape(store)
    names = {n: d["label"] for n, d in land.nodes(data=True) if d["cls"] in ("Land", "Federation")}
    codes = _codes(store)
    land_names = {codes[n]: label for n, label in names.items() if n in codes}
    out = {"overview": render_html(land, "intgraph – Überblick / overview", land_names=land_names)}
    g, pos = _intmk(land)
    out["intmk"] = render_html(
        g,
        "IntMK – Sitzungen, Vorsitz und Anträge / sessions, chairs and motions",
        positions=pos,
        land_names=land_names,
    )
    co = cosponsorship(store, land)
    for n in [n for n, d in land.nodes(data=True) if d["cls"] == "Land"]:
        if n not in co:
            co.add_node(
                n, **{k: (set(v) if isinstance(v, set) else v) for k, v in land.nodes[n].items()}
            )
    out["cosponsorship"] = render_html(
        co,
        "Gemeinsame Anträge der Länder / co-sponsorship",
        positions=_circle(co),
        land_names=land_names,
    )
    pg, ppos = _programmes(land)
    out["programmes"] = render_html(
        pg,
        "Programme: wer fordert was / who demands which programme",
        positions=ppos,
        land_names=land_names,
    )
    return out


def focus_view(store, focus: str, radius: int = 2) -> tuple[str, str]:
    """The neighbourhood of one entity, given by IRI or (part of) its name: (title, html)."""
    from intgraph.analyse import landscape
    from intgraph.errors import QueryError
    from intgraph.resolve.ids import fold

    land = landscape(store)
    node = focus if focus in land else None
    if node is None:
        wanted = fold(focus)
        hits = sorted(
            (n for n, d in land.nodes(data=True) if wanted in fold(d["label"])),
            key=lambda n: (len(land.nodes[n]["label"]), n),
        )
        if not hits:
            raise QueryError(
                f"no entity in the graph is named like {focus!r}; give an IRI or part of a name"
            )
        node = hits[0]
    sub = nx.ego_graph(land.to_undirected(as_view=True), node, radius=radius)
    g = land.subgraph(sub.nodes).copy()
    title = f"{land.nodes[node]['label']} – Umfeld / neighbourhood"
    return title, render_html(g, title)


def _codes(store) -> dict[str, str]:
    from intgraph.query import run

    q = "PREFIX ig: <https://w3id.org/intgraph/def#> SELECT ?n ?c WHERE { GRAPH <https://w3id.org/intgraph/id/graph/reference> { ?n ig:isoCode ?c } }"
    return dict(run(store, q).rows)


def _intmk(land: nx.MultiDiGraph) -> tuple[nx.MultiDiGraph, dict[str, tuple[float, float]]]:
    keep = {n for n, d in land.nodes(data=True) if d["cls"] == "ConferenceSession"}
    for a, b, d in land.edges(data=True):
        if d["kind"] in ("session", "chair"):
            keep |= {a, b}
    for a, b, d in land.edges(data=True):
        if d["kind"] in ("submitted", "supported") and a in keep:
            keep.add(b)
    g = land.subgraph(keep).copy()
    g.remove_edges_from(
        [
            (a, b, k)
            for a, b, k, d in g.edges(keys=True, data=True)
            if d["kind"] not in ("session", "chair", "submitted", "supported")
        ]
    )
    sessions = sorted(
        (n for n in g if g.nodes[n]["cls"] == "ConferenceSession"),
        key=lambda n: (min(g.nodes[n]["years"], default=9999), n),
    )
    pos: dict[str, tuple[float, float]] = {}
    for i, s in enumerate(sessions):
        pos[s] = (i * 320.0, 0.0)
        motions = sorted(a for a, b, d in g.in_edges(s, data=True) if d["kind"] == "session")
        for j, m in enumerate(motions):  # a column of motions above their session, labels staggered
            pos[m] = (i * 320.0 + (60.0 if j % 2 else -60.0), -130.0 - 55.0 * j)
    lands = sorted(n for n in g if g.nodes[n]["cls"] in ("Land", "Federation"))
    for i, n in enumerate(lands):
        pos[n] = (i * max(320.0 * max(len(sessions) - 1, 1) / max(len(lands) - 1, 1), 90.0), 360.0)
    for n in g:
        pos.setdefault(n, (0.0, 480.0))
    return g, pos


def _circle(g: nx.Graph) -> dict[str, tuple[float, float]]:
    nodes = sorted(g.nodes, key=lambda n: g.nodes[n].get("label", n))
    r = 28 * max(len(nodes), 4)
    return {
        n: (
            round(r * math.cos(2 * math.pi * i / len(nodes)), 1),
            round(r * math.sin(2 * math.pi * i / len(nodes)), 1),
        )
        for i, n in enumerate(nodes)
    }


def _programmes(land: nx.MultiDiGraph) -> tuple[nx.Graph, dict[str, tuple[float, float]]]:
    """Programmes linked to the Länder and sessions whose motions concern them."""
    concerns = defaultdict(set)
    for a, b, d in land.edges(data=True):
        if d["kind"] == "concerns":
            concerns[a].add(b)
    g = nx.Graph()
    for motion, progs in sorted(concerns.items()):
        sponsors = [
            b
            for _, b, d in land.out_edges(motion, data=True)
            if d["kind"] in ("submitted", "supported", "session")
        ]
        for p in sorted(progs):
            g.add_node(p, **_attrs(land, p))
            for other in sponsors:
                g.add_node(other, **_attrs(land, other))
                if g.has_edge(other, p):
                    g[other][p]["weight"] += 1
                    g[other][p]["motions"].append(land.nodes[motion]["label"])
                else:
                    g.add_edge(
                        other,
                        p,
                        weight=1,
                        motions=[land.nodes[motion]["label"]],
                        label="fordert in Anträgen",
                    )
    for _a, b, d in land.edges(data=True):  # documents of a Land that mention a programme
        if d["kind"] == "mentions" and land.nodes[b]["cls"] == "Programme" and b not in g:
            g.add_node(b, **_attrs(land, b))
    columns = {"Programme": 0.0, "Land": 450.0, "Federation": 450.0, "ConferenceSession": -450.0}
    pos = {}
    for cls, x in columns.items():
        members = sorted(
            (n for n in g if g.nodes[n]["cls"] == cls), key=lambda n: g.nodes[n]["label"]
        )
        for i, n in enumerate(members):
            pos[n] = (x, i * 70.0 + (0 if cls != "Federation" else 70.0 * 17))
    for n in g:
        pos.setdefault(n, (350.0, 0.0))
    return g, pos


def _attrs(g: nx.Graph, n: str) -> dict:
    return {k: (set(v) if isinstance(v, set) else v) for k, v in g.nodes[n].items()}


_PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<style>
@@CSS@@
body { font-family: system-ui, sans-serif; margin: 0; color: #222; }
#ig-bar { padding: 8px 12px; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: 10px; align-items: center; }
#ig-bar h1 { font-size: 16px; margin: 0 12px 0 0; }
#ig-bar label { font-size: 13px; white-space: nowrap; }
#ig-bar .sw { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 3px; }
#ig-search { width: 16em; }
#ig-count { font-size: 12px; color: #555; }
#ig-net { width: 100%; height: calc(100vh - 60px); }
.ig-tip { max-width: 440px; white-space: pre-wrap; font: 12px system-ui, sans-serif; }
</style>
<script>@@VIS@@</script>
</head>
<body>
<div id="ig-bar">
  <h1>@@TITLE@@</h1>
  <input id="ig-search" type="search" placeholder="Suchen / search" aria-label="Suchen">
  <span id="ig-classes"></span>
  <select id="ig-land" aria-label="Land"><option value="">alle Länder / all Länder</option></select>
  <select id="ig-year" aria-label="Jahr"><option value="">alle Jahre / all years</option></select>
  <span id="ig-count"></span>
</div>
<div id="ig-net"></div>
<script>
(function () {
  "use strict";
  var DATA = @@DATA@@;
  function tip(text) { var d = document.createElement("div"); d.className = "ig-tip"; d.textContent = text; return d; }
  function fold(s) { return String(s).toLowerCase().normalize("NFKD").replace(/[\\u0300-\\u036f]/g, ""); }
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) { var c = Object.assign({}, n); c.title = tip(n.tip); return c; }));
  var edges = new vis.DataSet(DATA.edges.map(function (e, i) { var c = Object.assign({}, e); c.id = i; c.title = tip(e.tip); return c; }));
  var network = new vis.Network(document.getElementById("ig-net"), { nodes: nodes, edges: edges }, DATA.options);
  var settled = !DATA.options.physics.enabled;
  network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); settled = true; });
  if (settled) { network.fit(); }
  var boxes = document.getElementById("ig-classes");
  DATA.classes.forEach(function (c) {
    var l = document.createElement("label");
    var b = document.createElement("input"); b.type = "checkbox"; b.checked = true; b.value = c.cls; b.addEventListener("change", apply);
    var sw = document.createElement("span"); sw.className = "sw"; sw.style.background = c.colour;
    l.appendChild(b); l.appendChild(sw); l.appendChild(document.createTextNode(c.label)); boxes.appendChild(l);
  });
  var landSel = document.getElementById("ig-land"), yearSel = document.getElementById("ig-year");
  DATA.lands.forEach(function (code) { var o = document.createElement("option"); o.value = code; o.textContent = DATA.landNames[code] || code; landSel.appendChild(o); });
  DATA.years.forEach(function (y) { var o = document.createElement("option"); o.value = y; o.textContent = y; yearSel.appendChild(o); });
  landSel.addEventListener("change", apply); yearSel.addEventListener("change", apply);
  function apply() {
    var classes = {}; boxes.querySelectorAll("input").forEach(function (b) { classes[b.value] = b.checked; });
    var land = landSel.value, year = yearSel.value ? Number(yearSel.value) : null;
    var match = {};
    nodes.get().forEach(function (n) {
      match[n.id] = (!land || n.lands.indexOf(land) >= 0) && (year === null || n.years.indexOf(year) >= 0);
    });
    var keep = Object.assign({}, match);
    if (land || year !== null) {  // keep the context of what matches visible
      edges.get().forEach(function (e) { if (match[e.from]) keep[e.to] = true; if (match[e.to]) keep[e.from] = true; });
    }
    var updates = nodes.get().map(function (n) { return { id: n.id, hidden: !(classes[n.cls] && keep[n.id]) }; });
    nodes.update(updates);
    count();
  }
  function count() {
    var visible = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    document.getElementById("ig-count").textContent = visible + " / " + nodes.length + " Knoten sichtbar / nodes shown";
  }
  var search = document.getElementById("ig-search");
  search.addEventListener("input", function () {
    var q = fold(search.value.trim());
    if (!q) { network.unselectAll(); return; }
    var hits = nodes.get({ filter: function (n) { return !n.hidden && fold(n.label + " " + n.tip).indexOf(q) >= 0; } }).map(function (n) { return n.id; });
    network.selectNodes(hits);
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var sel = network.getSelectedNodes();
    if (sel.length) network.focus(sel[0], { scale: 1.3, animation: false });
  });
  count();
  window.intgraph = {
    network: network, nodes: nodes, edges: edges, nodeCount: nodes.length, edgeCount: edges.length,
    settled: function () { return settled; },
    visible: function () { return nodes.get({ filter: function (n) { return !n.hidden; } }).length; }
  };
})();
</script>
</body>
</html>
"""
