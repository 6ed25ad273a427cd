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
from pathlib import Path

import networkx as nx

from intgraph.visualise._page import PAGE_TEMPLATE as _PAGE

__all__ = [
    "NODE_STYLE",
    "VIEWS",
    "absent_views",
    "find_entity",
    "focus_view",
    "render_html",
    "views",
]

NODE_STYLE: dict[str, tuple[str, str, str]] = {
    # class: (colour, shape, German label); every class has its own shape as well as colour
    "Person": ("#e07a5f", "dot", "Person"),
    "Land": ("#3d5a80", "square", "Land"),
    "Federation": ("#c1121f", "hexagon", "Bund"),
    "Ministry": ("#81b29a", "triangle", "Ministerium"),
    "ConferenceSession": ("#f2a541", "diamond", "IntMK-Sitzung"),
    "Motion": ("#9c89b8", "triangle", "Antrag"),
    "Programme": ("#2a9d8f", "star", "Programm"),
    "Document": ("#8d99ae", "triangleDown", "Dokument"),
    "Place": ("#6a994e", "dot", "Ort"),
}
VIEWS = ("overview", "intmk", "cosponsorship", "programmes")
PHYSICS_LIMIT = 300  # above this many nodes the precomputed layout is final
LABEL_CHARS = 48  # longer names and titles are shortened at a word boundary on the canvas
SENTENCE_CHARS = 300  # evidence sentences in tooltips and the panel
COMMUNITY_COLOURS = (
    "#1b9e77",
    "#d95f02",
    "#7570b3",
    "#e7298a",
    "#66a61e",
    "#e6ab02",
    "#a6761d",
    "#1f78b4",
    "#b2df8a",
    "#fb9a99",
    "#cab2d6",
    "#999999",
)
EDGE_WIDTH = {
    "overview": "Kantenbreite: gleich (eine Aussage je Kante)",
    "intmk": "Kantenbreite: gleich; gebogene Kanten = Vorsitz",
    "cosponsorship": "Kantenbreite und -farbe: Stärke der Verbindung, jeder gemeinsame Antrag "
    "und jede gemeinsame Sitzung zählt 1/(k−1) bei k beteiligten Ländern (ein Antrag aller 16 "
    "Länder zählt wenig, einer von zweien viel)",
    "programmes": "Kantenbreite: Anzahl der Anträge bzw. Dokumente",
    "focus": "Kantenbreite: gleich (eine Aussage je Kante)",
}


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
    view: str = "overview",
    notes: list[str] | None = None,
    focus: str | None = None,
    axis: dict | None = None,
    entity_base: str | None = None,
) -> str:
    """One self-contained HTML page for a network whose nodes carry label/cls/lands/years.

    Args:
        g: the network (node attributes as :func:`intgraph.analyse.landscape` gives them).
        title: the page's heading.
        positions: a fixed layout (else a seeded one, settled by bounded physics when small).
        land_names: ISO code -> name, for the Land filter.
        view: which view this is (chooses the legend's edge-width sentence).
        notes: sentences shown under the legend (what the view shows, what it leaves out).
        focus: a node to mark as the focus.
        axis: a time axis drawn behind the network: ``{"ticks": [[x, label]], "missing":
            [[x, y, label]], "top": y, "bottom": y}``.
        entity_base: where entity pages are served (``http://host:port``: links go to
            ``/id/…`` there); by default links go to the entity's IRI.
    """
    from pyvis.network import Network

    from intgraph.analyse import measures, shorten

    pos = positions or _layout(g)
    ranked = measures(g) if g.number_of_nodes() else []
    size = {m.node: m.degree for m in ranked}
    rank = {m.node: i for i, m in enumerate(ranked)}
    community = {m.node: m.community for m in ranked}
    top = max(size.values(), default=1) or 1
    documents: dict[str, dict[str, str]] = dict(g.graph.get("documents", {}))
    doc_index: dict[str, int] = {}
    doc_rows: list[dict[str, str]] = []

    def doc_ref(doc: str) -> int:
        if doc not in doc_index:
            d = documents.get(doc, {})
            doc_index[doc] = len(doc_rows)
            doc_rows.append(
                {
                    "id": doc,
                    "title": shorten(d.get("title", "") or doc.rsplit("/", 1)[-1], 160),
                    "date": d.get("date", ""),
                    "file": d.get("file", ""),
                    "href": _href(d),
                }
            )
        return doc_index[doc]

    net = Network(directed=g.is_directed())
    for n in sorted(g.nodes):
        d = g.nodes[n]
        cls = d.get("cls", "")
        colour, shape, cls_label = NODE_STYLE.get(cls, ("#999999", "dot", cls))
        x, y = pos.get(n, (0.0, 0.0))
        label = str(d.get("label", n))
        facts = [[k, str(v)] for k, v in d.get("facts", [])]
        if d.get("lands"):
            names = land_names or {}
            facts.append(["Länder", ", ".join(names.get(c, c) for c in sorted(d["lands"]))])
        if d.get("years"):
            facts.append(["Jahre", ", ".join(str(y) for y in sorted(d["years"]))])
        if d.get("source"):
            doc_ref(n)
        net.add_node(
            n,
            label=shorten(str(d.get("short", label)), LABEL_CHARS),
            full=label,
            color=colour,
            shape=shape,
            size=round(8 + 28 * math.sqrt(size.get(n, 0) / top), 2),
            x=x,
            y=y,
            cls=cls,
            clsLabel=cls_label,
            lands=sorted(d.get("lands", [])),
            time=sorted(d.get("years", [])),
            names=[str(v) for v in d.get("names", [])],
            facts=facts,
            rank=rank.get(n, len(rank)),
            community=community.get(n, 0),
            doc=doc_index.get(n, -1),
            focus=n == focus,
            stagger=int(d.get("stagger", 0)),
        )
    edges = g.edges(data=True)
    weights = [d.get("strength", d.get("weight", 1)) for *_, d in edges] or [1]
    low, high = min(weights), max(weights)
    for a, b, d in sorted(edges, key=lambda e: (e[0], e[1], str(e[2].get("label", "")))):
        weight = d.get("weight", 1)
        strength = d.get("strength", weight)
        # heavier links darker as well as wider, so that a few strong ones stand out
        share = 0.0 if high == low else (strength - low) / (high - low)
        alpha = 0.45 if high == low else 0.12 + 0.78 * share
        if "strength" in d:
            width = round(0.6 + 7 * strength / (high or 1), 2)
        else:
            width = round(min(1 + 1.5 * (weight - 1), 12), 2)
        sources = [
            [
                shorten(src.get("sentence", ""), SENTENCE_CHARS),
                doc_ref(src["doc"]) if src.get("doc") else -1,
                src.get("note", ""),
            ]
            for src in d.get("sources", [])
        ]
        items = [str(m) for m in d.get("motions", [])] + [str(m) for m in d.get("sessions", [])]
        net.add_edge(
            a,
            b,
            kind=d.get("kind", ""),
            text=str(d.get("label", "")),
            items=items[:30],
            weight=weight,
            years=sorted(d.get("years", [])),
            src=sources,
            width=width,
            color={"color": f"rgba(90,90,90,{alpha:.2f})", "highlight": "#222222"},
            curved=d.get("kind") == "chair" and view == "intmk",
        )
    nodes, edge_data, *_ = net.get_network_data()
    for e in edge_data:  # pyvis puts the title into 'title'; ours are built in the page
        e.pop("title", None)
    physics = 2 <= g.number_of_nodes() <= PHYSICS_LIMIT and positions is None
    if g.number_of_nodes() == 0:
        notes = [
            "Nichts zu zeigen: der Speicher enthält keine Entitäten. "
            "Nothing to show: the store holds no entities (ingest documents first).",
            *(notes or []),
        ]
    options = {
        "physics": {
            "enabled": physics,
            "stabilization": {"enabled": True, "iterations": 150, "fit": False},
            "barnesHut": {"springLength": 140, "avoidOverlap": 0.3, "gravitationalConstant": -4000},
        },
        "edges": {
            "smooth": False,
            "color": {
                "color": "rgba(110,110,110,0.45)",
                "highlight": "#222222",
                "hover": "#222222",
            },
            "arrows": {"to": {"enabled": g.is_directed(), "scaleFactor": 0.4}},
            "font": {"size": 11, "color": "#555555", "strokeWidth": 3, "align": "middle"},
            "scaling": {"label": {"drawThreshold": 12, "maxVisible": 16}},
            "hoverWidth": 1.5,
            "selectionWidth": 2,
        },
        "nodes": {
            "font": {"size": 14, "strokeWidth": 4, "strokeColor": "#ffffff"},
            "scaling": {"label": {"drawThreshold": 12, "maxVisible": 18}},
            "borderWidth": 1,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": g.number_of_nodes() > 1000,
            "hoverConnectedEdges": False,
            "navigationButtons": False,
        },
        "layout": {"randomSeed": 7, "improvedLayout": False},
    }
    classes = sorted({d.get("cls", "") for _, d in g.nodes(data=True)})
    all_years = sorted(
        {y for _, d in g.nodes(data=True) for y in d.get("years", [])}
        | {y for *_, d in g.edges(data=True) for y in d.get("years", [])}
    )
    data = {
        "view": view,
        "nodes": nodes,
        "edges": edge_data,
        "docs": doc_rows,
        "options": options,
        "classes": [
            {
                "cls": c,
                "colour": NODE_STYLE.get(c, ("#999999",))[0],
                "shape": NODE_STYLE.get(c, ("", "dot"))[1],
                "label": NODE_STYLE.get(c, ("", "", c))[2],
            }
            for c in classes
        ],
        "communities": list(COMMUNITY_COLOURS),
        "lands": sorted({land for _, d in g.nodes(data=True) for land in d.get("lands", [])}),
        "landNames": land_names or {},
        "years": all_years,
        "top": (
            max(8, min(25, round(2 * math.sqrt(max(g.number_of_nodes(), 1)))))
            if view in ("overview", "focus") and g.number_of_nodes() > 60
            else g.number_of_nodes()
        ),
        "legend": {
            "size": "Knotengröße: Anzahl der Verbindungen in dieser Ansicht",
            "width": EDGE_WIDTH.get(view, EDGE_WIDTH["overview"]),
        },
        "notes": notes or [],
        "axis": axis,
        "entityBase": entity_base or "",
    }
    js, css = _vis_assets()
    return (
        _PAGE.replace("@@TITLE@@", _escape(title))
        .replace("@@CSS@@", css)
        .replace("@@VIS@@", js)
        .replace("@@DATA@@", _script_safe(data))
    )


def _href(doc: dict[str, str]) -> str:
    """Where a source document can be opened: its web address, else its file."""
    from urllib.parse import quote

    url = doc.get("url", "")
    if url.startswith(("http://", "https://")):
        return url
    path = doc.get("path", "")
    if path.startswith("/"):
        return "file://" + quote(path)
    return ""


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ------------------------------------------------------------------------------ views


def absent_views(store, land: nx.MultiDiGraph | None = None) -> dict[str, str]:
    """The standard views left out of the export, each with the reason."""
    return _plan(store, land)[1]


def views(
    store, land: nx.MultiDiGraph | None = None, *, entity_base: str | None = None
) -> dict[str, str]:
    """Every standard view that has something to show, as HTML by name (``land``: a landscape
    already projected). A view with no relation to draw is left out; :func:`absent_views`
    says why."""
    from intgraph.analyse import landscape

    land = land if land is not None else landscape(store)
    built, absent = _plan(store, land)
    names = {n: d["label"] for n, d in land.nodes(data=True) if d["cls"] in ("Land", "Federation")}
    codes = _codes(store)
    land_names = {codes[n]: label for n, label in names.items() if n in codes}
    overview_notes = [
        "Alle Entitäten und Aussagen der Dokumente. Klick auf einen Knoten zeigt Aussagen, "
        "Belegsätze und Quellen."
    ] + [f"Ansicht „{n}“ nicht exportiert: {r}." for n, r in sorted(absent.items())]
    out = {
        "overview": render_html(
            land,
            "intgraph – Überblick / overview",
            land_names=land_names,
            view="overview",
            notes=overview_notes,
            entity_base=entity_base,
        )
    }
    for name, (graph, opts) in built.items():
        if name in absent:
            continue
        out[name] = render_html(
            graph,
            opts["title"],
            positions=opts["positions"],
            land_names=land_names,
            view=name,
            notes=opts.get("notes"),
            axis=opts.get("axis"),
            entity_base=entity_base,
        )
    return out


def _plan(
    store, land: nx.MultiDiGraph | None = None
) -> tuple[dict[str, tuple[nx.Graph, dict]], dict[str, str]]:
    """The graphs and layouts of the standard views besides the overview, and the reasons
    for the ones with nothing to draw."""
    from intgraph.analyse import cosponsorship, landscape

    land = land if land is not None else landscape(store)
    absent: dict[str, str] = {}
    built: dict[str, tuple[nx.Graph, dict]] = {}
    g, pos, axis, notes = _intmk(land)
    built["intmk"] = (
        g,
        {
            "title": "IntMK – Sitzungen, Vorsitz und Anträge / sessions, chairs and motions",
            "positions": pos,
            "axis": axis,
            "notes": notes,
        },
    )
    co = cosponsorship(store, land)
    built["cosponsorship"] = (
        co,
        {
            "title": "Länder, die gemeinsam handeln / Länder acting together",
            "positions": _circle(co),
            "notes": [
                "Zwei Länder sind verbunden, wenn sie denselben Antrag eingebracht oder "
                "unterstützt haben oder an derselben IntMK-Sitzung beteiligt waren "
                "(Vorsitz oder eigener Antrag).",
                *_shared_items(co),
            ],
        },
    )
    pg, ppos, pnotes = _programmes(land)
    built["programmes"] = (
        pg,
        {
            "title": "Programme: wer fordert oder nennt was / who demands or names which programme",
            "positions": ppos,
            "notes": pnotes,
        },
    )
    reasons = {
        "intmk": "no document mentions an IntMK session",
        "cosponsorship": "no two Länder submitted or supported the same motion or took part "
        "in the same session in these documents",
        "programmes": "no document names a programme",
    }
    for name, (graph, _) in built.items():
        if graph.number_of_edges() == 0:
            absent[name] = reasons[name]
    return built, absent


def find_entity(land: nx.MultiDiGraph, name: str) -> str:
    """The node an IRI or a name stands for: any spelling the graph or the person registry
    knows (``Manne Lucha`` finds Manfred Lucha), whole or in part, case and accents folded.

    Raises:
        QueryError: when nothing in the graph is named like that.
    """
    from intgraph.errors import QueryError
    from intgraph.resolve.ids import fold

    if name in land:
        return name
    wanted = " ".join(fold(name).split())

    def spellings(n: str) -> list[str]:
        d = land.nodes[n]
        return [fold(str(v)) for v in [d.get("label", ""), *d.get("names", [])]]

    exact = sorted(n for n in land if wanted in spellings(n))
    if exact:
        return exact[0]
    hits = sorted(
        (n for n in land if any(wanted in s for s in spellings(n))),
        key=lambda n: (len(land.nodes[n]["label"]), n),
    )
    if not hits:
        raise QueryError(
            f"no entity in the graph is named like {name!r}; give an IRI or part of a name "
            "(any spelling the person registry lists is accepted)"
        )
    return hits[0]


def focus_view(
    store, focus: str, radius: int = 2, *, entity_base: str | None = None
) -> tuple[str, str]:
    """The neighbourhood of one entity, given by IRI or (part of) any of its names:
    (title, html). Radius 1 holds what the entity's page lists; the focus is marked."""
    from intgraph.analyse import landscape, neighbourhood

    land = landscape(store)
    node = find_entity(land, focus)
    g = land.subgraph(neighbourhood(land, node, radius)).copy()
    g.graph.update(land.graph)
    title = f"{land.nodes[node]['label']} – Umfeld / neighbourhood"
    return title, render_html(
        g,
        title,
        view="focus",
        focus=node,
        notes=[f"Alles im Abstand von höchstens {radius} Verbindungen um den markierten Fokus."],
        entity_base=entity_base,
    )


def _codes(store) -> dict[str, str]:
    from intgraph.query import run

    q = "PREFIX ig: <https://w3id.org/intgraph/def#> SELECT ?n ?c WHERE { GRAPH <https://w3id.org/intgraph/id/graph/reference> { ?n ig:isoCode ?c } }"
    return dict(run(store, q).rows)


YEAR_PX = 300.0  # width of one year on the IntMK timeline (canvas units)
LAND_ROW, LAND_ROW_GAP = 560.0, 120.0  # the first row of Länder below the axis, and the rows' gap


def _date_x(date: str, year: int | None, first: float) -> float | None:
    from datetime import date as _d

    if len(date) >= 10:
        try:
            d = _d.fromisoformat(date[:10])
        except ValueError:
            d = None
        if d is not None:
            return (d.year + (d.timetuple().tm_yday - 1) / 365.25 - first) * YEAR_PX
    if year is not None:
        return (year + 0.5 - first) * YEAR_PX
    return None


def _intmk(
    land: nx.MultiDiGraph,
) -> tuple[nx.MultiDiGraph, dict[str, tuple[float, float]], dict, list[str]]:
    """Sessions on a time axis (x = date), their motions above, the Länder below in the order
    of the mean date of their sessions (barycentre), sessions no document mentions marked."""
    keep = {n for n, d in land.nodes(data=True) if d["cls"] == "ConferenceSession"}
    for a, b, d in land.edges(data=True):
        if d["kind"] in ("session", "chair"):
            keep |= {a, b}
    for a, b, d in land.edges(data=True):
        if d["kind"] in ("submitted", "supported") and a in keep:
            keep.add(b)
    g = land.subgraph(keep).copy()
    g.graph.update(land.graph)
    g.remove_edges_from(
        [
            (a, b, k)
            for a, b, k, d in g.edges(keys=True, data=True)
            if d["kind"] not in ("session", "chair", "submitted", "supported")
        ]
    )
    sessions_ref: dict[str, dict[str, str]] = land.graph.get("sessions", {})
    sessions = [n for n in g if g.nodes[n]["cls"] == "ConferenceSession"]
    years = [y for n in sessions for y in g.nodes[n]["years"]] + [
        int(r["year"]) for r in sessions_ref.values() if r.get("year", "").isdigit()
    ]
    if not years:
        return g, {}, None, []
    first = float(min(years))
    last = max(years)
    pos: dict[str, tuple[float, float]] = {}

    def x_of(n: str) -> float:
        ref = sessions_ref.get(n, {})
        y = min(g.nodes[n]["years"], default=None)
        x = _date_x(ref.get("start", "") or g.nodes[n].get("date", ""), y, first)
        return x if x is not None else (last + 1 - first) * YEAR_PX

    fan = 0  # the most motions above one session, less one
    for s in sorted(sessions, key=lambda n: (x_of(n), n)):
        sx = x_of(s)
        pos[s] = (round(sx, 1), 0.0)
        num = sessions_ref.get(s, {}).get("number", "")
        g.nodes[s]["short"] = f"{num}. IntMK" if num else g.nodes[s]["label"]
        # neighbouring sessions' labels on three rows, so that close dates stay readable
        g.nodes[s]["stagger"] = (
            len([p for p in pos if g.nodes[p]["cls"] == "ConferenceSession"]) - 1
        ) % 3
        motions = sorted(a for a, b, d in g.in_edges(s, data=True) if d["kind"] == "session")
        for j, m in enumerate(motions):
            # a fan above the session: every edge leaves at its own angle (no shared line)
            side = -1 if j % 2 else 1
            pos[m] = (round(sx + side * (25 + 9 * j), 1), -160.0 - 100.0 * j)
            fan = max(fan, j)
    # Länder in the order of the mean x of what they are linked to (fewer crossings)
    lands = [n for n in g if g.nodes[n]["cls"] in ("Land", "Federation")]
    bary: dict[str, float] = {}
    for n in lands:
        xs = [pos[o][0] for o in nx.all_neighbors(g, n) if o in pos]
        bary[n] = sum(xs) / len(xs) if xs else float("inf")
    order = sorted(lands, key=lambda n: (bary[n], g.nodes[n]["label"]))
    gap = 190.0
    xs: list[float] = []
    span = (last + 1 - first) * YEAR_PX
    for n in order:
        want = bary[n] if bary[n] != float("inf") else span
        xs.append(max(want, xs[-1] + gap) if xs else want)
    # the row keeps a year and a half inside the axis at its end (room for the last name),
    # nor past its first
    shift = min(max(0.0, xs[-1] - (span - 1.5 * YEAR_PX)), max(0.0, xs[0])) if xs else 0.0
    for i, n in enumerate(order):
        # three rows, so that neighbouring Länder's names do not run into each other
        pos[n] = (round(xs[i] - shift, 1), LAND_ROW + LAND_ROW_GAP * (i % 3))
    for n in g:
        pos.setdefault(n, (0.0, LAND_ROW + 3 * LAND_ROW_GAP))
    # The timeline is far wider than high; fitted to a screen it used a band of a quarter of
    # its height. Spread it vertically (up to three times) towards half its width, so that the
    # motions above a session and the rows of Länder get room for their labels.
    height = 160.0 + 100.0 * fan + max((y for _, y in pos.values()), default=0.0)
    stretch = min(3.0, max(1.0, 0.5 * span / height))
    pos = {n: (x, round(y * stretch, 1)) for n, (x, y) in pos.items()}
    ticks = [[round((y - first) * YEAR_PX, 1), str(y)] for y in range(int(first), last + 2)]
    shown = {g.nodes[n].get("label", "") for n in sessions}
    known_numbers = {}
    for iri, r in sessions_ref.items():
        if r.get("number", "").isdigit():
            known_numbers[int(r["number"])] = (iri, r)
    missing = []
    numbers = sorted(known_numbers)
    for num in range(1, max(numbers, default=0) + 1):
        if num in known_numbers:
            iri, r = known_numbers[num]
            if iri in g:
                continue
            x = _date_x(r.get("start", ""), int(r["year"]) if r["year"].isdigit() else None, first)
            text = f"{num}. IntMK ({r.get('year', '?')}): in keinem Dokument"
        else:
            before = [n for n in numbers if n < num]
            after = [n for n in numbers if n > num]
            xb = (
                _date_x(
                    known_numbers[before[-1]][1].get("start", ""),
                    int(known_numbers[before[-1]][1]["year"]),
                    first,
                )
                if before
                else None
            )
            xa = (
                _date_x(
                    known_numbers[after[0]][1].get("start", ""),
                    int(known_numbers[after[0]][1]["year"]),
                    first,
                )
                if after
                else None
            )
            if xb is None or xa is None:
                continue
            x = xb + (xa - xb) * (num - before[-1]) / (after[0] - before[-1])
            text = f"{num}. IntMK: nicht belegt"
        if x is not None:
            # on the canvas only the number under the dashed circle (long rotated labels ran
            # into each other and into the year axis); the full text in the legend
            missing.append([round(x, 1), 0.0, text, f"{num}."])
    depth = min((y for _, y in pos.values()), default=0.0)
    # the lowest node row: the page draws the year labels below the labels of that row
    floor = max((y for _, y in pos.values()), default=0.0)
    axis = {"ticks": ticks, "missing": missing, "top": depth - 60.0, "bottom": floor + 20.0}
    notes = [
        "x-Achse: Sitzungsdatum. Über jeder Sitzung ihre Anträge, darunter die Länder "
        "(nach dem mittleren Datum ihrer Sitzungen geordnet).",
    ]
    if missing:
        notes.append(
            f"{len(missing)} Sitzungen kommen in keinem Dokument vor (gestrichelt markiert, "
            f"mit ihrer Nummer): {_number_ranges([int(m[3][:-1]) for m in missing])}"
        )
    del shown
    return g, pos, axis, notes


def _number_ranges(numbers: list[int]) -> str:
    """Session numbers as runs: ``[2, 3, 4, 6, 8, 9]`` → ``"2.–4., 6., 8.–9."``.

    >>> _number_ranges([2, 3, 4, 6, 8, 9])
    '2.–4., 6., 8.–9.'
    """
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}." if len(r) == 1 else f"{r[0]}.–{r[-1]}." for r in runs)


def _shared_items(co: nx.Graph) -> list[str]:
    """What the links rest on: each shared motion and session with its number of Länder."""
    members: dict[tuple[str, str], set[str]] = {}
    for a, b, d in co.edges(data=True):
        for what in ("motions", "sessions"):
            for item in d.get(what, []):
                members.setdefault((what, item), set()).update((a, b))
    out = []
    for (what, item), lands in sorted(members.items(), key=lambda t: (-len(t[1]), t[0])):
        kind = "Antrag" if what == "motions" else "Sitzung"
        out.append(f"{kind} „{_short(item, 70)}“: {len(lands)} Länder")
    return out[:8]


def _short(text: str, n: int) -> str:
    from intgraph.analyse import shorten

    return shorten(text, n)


def _circle(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Nodes on a circle, grouped by community, so that links stay short."""
    from intgraph.analyse import measures

    community = {m.node: m.community for m in measures(g)} if g.number_of_nodes() else {}
    nodes = sorted(g.nodes, key=lambda n: (community.get(n, 0), g.nodes[n].get("label", n)))
    r = 40 * max(len(nodes), 4)
    return {
        n: (
            round(r * math.cos(2 * math.pi * i / len(nodes)), 1),
            round(r * math.sin(2 * math.pi * i / len(nodes)), 1),
        )
        for i, n in enumerate(nodes)
    }


def _programmes(
    land: nx.MultiDiGraph,
) -> tuple[nx.Graph, dict[str, tuple[float, float]], list[str]]:
    """Programmes linked to the Länder and sessions whose motions concern them, and to the
    Länder (or, without a publishing Land, the documents) that name them."""
    g = nx.Graph()
    g.graph.update(land.graph)

    def link(a: str, b: str, label: str, item: str, sources: list[dict], years: set) -> None:
        for n in (a, b):
            if n not in g:
                g.add_node(n, **_attrs(land, n))
        if not g.has_edge(a, b):
            g.add_edge(a, b, weight=0, motions=[], label=label, sources=[], years=set())
        e = g[a][b]
        if item not in e["motions"]:
            e["motions"].append(item)
            e["weight"] += 1
        e["years"] |= years
        for src in sources:
            if src not in e["sources"]:
                e["sources"].append(src)

    for motion, prog, d in sorted(
        ((a, b, d) for a, b, d in land.edges(data=True) if d["kind"] == "concerns"),
        key=lambda t: (t[0], t[1]),
    ):
        for _, other, dd in sorted(land.out_edges(motion, data=True), key=lambda t: t[1]):
            if dd["kind"] in ("submitted", "supported", "session"):
                link(
                    other,
                    prog,
                    "fordert in Anträgen",
                    land.nodes[motion]["label"],
                    d.get("sources", []) + dd.get("sources", []),
                    d.get("years", set()) | dd.get("years", set()),
                )
    publisher = {
        a: b for a, b, d in land.edges(data=True) if d["kind"] == "publisher"
    }  # document -> Land
    for doc, prog, d in sorted(
        (a, b, d)
        for a, b, d in land.edges(data=True)
        if d["kind"] == "mentions" and land.nodes[b]["cls"] == "Programme"
    ):
        who = publisher.get(doc, doc)
        link(
            who,
            prog,
            "nennt in Dokumenten" if who != doc else "erwähnt",
            land.nodes[doc]["label"],
            d.get("sources", []),
            d.get("years", set()),
        )
    # columns: sessions | programmes | Länder and documents, each ordered by the mean
    # position of its neighbours (barycentre), which keeps crossings few
    progs = sorted(
        (n for n in g if g.nodes[n]["cls"] == "Programme"),
        key=lambda n: (-g.degree(n), g.nodes[n]["label"]),
    )
    gap = 120.0
    y_of = {p: i * gap for i, p in enumerate(progs)}
    pos: dict[str, tuple[float, float]] = {p: (0.0, y_of[p]) for p in progs}
    for cls_set, x in (
        ({"ConferenceSession"}, -1300.0),
        ({"Land", "Federation", "Document"}, 1300.0),
    ):
        members = [n for n in g if g.nodes[n]["cls"] in cls_set]

        def bary(n: str) -> float:
            ys = [y_of[o] for o in g.neighbors(n) if o in y_of]
            return sum(ys) / len(ys) if ys else 0.0

        ordered = sorted(members, key=lambda n: (bary(n), g.nodes[n]["label"]))
        ys: list[float] = []
        for n in ordered:
            ys.append(max(bary(n), ys[-1] + gap) if ys else bary(n))
        for n, y in zip(ordered, ys, strict=True):
            pos[n] = (x, y)
    notes = [
        "Mitte: Programme. Links: IntMK-Sitzungen, deren Anträge sie betreffen; rechts: Länder, "
        "die sie in Anträgen fordern oder in ihren Dokumenten nennen (Dokumente ohne "
        "herausgebendes Land stehen selbst rechts)."
    ]
    return g, pos, notes


def _attrs(g: nx.Graph, n: str) -> dict:
    return {k: (set(v) if isinstance(v, set) else v) for k, v in g.nodes[n].items()}
