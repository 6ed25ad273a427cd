"""Interactive network views (pyvis), written as single HTML files that open offline.

The only module that imports pyvis. vis-network is inlined (``cdn_resources="in_line"``);
the stylesheet links pyvis adds for Bootstrap are removed, so the page makes no network
request. All document text shown in tooltips is HTML-escaped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import networkx as nx

__all__ = ["NODE_STYLE", "ViewGraph", "render_html"]

NODE_STYLE: dict[str, tuple[str, str]] = {
    # class: (colour, shape)
    "Person": ("#e07a5f", "dot"),
    "Land": ("#3d405b", "square"),
    "Federation": ("#3d405b", "square"),
    "Ministry": ("#81b29a", "triangle"),
    "ConferenceSession": ("#f2cc8f", "diamond"),
    "Motion": ("#9c89b8", "dot"),
    "Programme": ("#4ea8de", "star"),
    "Document": ("#adb5bd", "box"),
}


@dataclass
class ViewGraph:
    graph: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph)

    def node(self, iri: str, label: str, cls: str, facts: list[str] | None = None) -> None:
        if iri not in self.graph:
            self.graph.add_node(iri, label=label, cls=cls, facts=list(facts or []))
        elif facts:
            self.graph.nodes[iri]["facts"].extend(
                f for f in facts if f not in self.graph.nodes[iri]["facts"]
            )

    def edge(self, a: str, b: str, label: str, evidence: str = "") -> None:
        self.graph.add_edge(a, b, label=label, evidence=evidence)


_CDN = re.compile(r'<(?:link|script)\b[^>]*\b(?:href|src)="[^"]+"[^>]*>(?:\s*</script>)?')


def render_html(view: ViewGraph, title: str) -> str:
    """The view as one self-contained HTML page (no external requests)."""
    from pyvis.network import Network

    g = view.graph
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line", heading="")
    degree = dict(g.degree())
    for n in sorted(g.nodes):
        data = g.nodes[n]
        colour, shape = NODE_STYLE.get(data["cls"], ("#999999", "dot"))
        tip = "\n".join([f"{data['label']} ({data['cls']})", n, *data["facts"][:12]])
        net.add_node(
            n,
            label=_clip(data["label"], 40),
            title=html.escape(tip),
            color=colour,
            shape=shape,
            size=10 + 3 * min(degree.get(n, 0), 10),
            group=data["cls"],
        )
    for a, b, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["label"])):
        tip = data["label"] + (f"\n{data['evidence']}" if data.get("evidence") else "")
        net.add_edge(a, b, title=html.escape(tip), label=data["label"])
    net.set_options(
        '{"physics": {"stabilization": {"iterations": 200}, "barnesHut": {"springLength": 140}},'
        ' "edges": {"smooth": false, "arrows": {"to": {"enabled": true, "scaleFactor": 0.5}},'
        ' "font": {"size": 9}}, "interaction": {"hover": true}}'
    )
    page = net.generate_html()
    page = _CDN.sub("", page)
    legend = "".join(
        f'<span style="margin-right:1em"><span style="color:{c}">&#9679;</span> {html.escape(k)}</span>'
        for k, (c, _) in NODE_STYLE.items()
    )
    header = f"<h2 style='font-family:sans-serif'>{html.escape(title)}</h2><div style='font-family:sans-serif'>{legend}</div>"
    page = page.replace("<body>", "<body>\n" + header, 1)
    stop = "network.once('stabilizationIterationsDone', function () { network.setOptions({physics: false}); });"
    page = page.replace("return network;", stop + "\n                  return network;", 1)
    return page


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
