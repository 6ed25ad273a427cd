"""HTML pages: an entity's page and the query page.

Every value is escaped; only ``http:`` and ``https:`` IRIs become links (IRIs under
``https://w3id.org/intgraph/id/`` link to this server, other web IRIs such as ``owl:sameAs``
targets are external links); any other scheme (``javascript:``, ``data:``, ``urn:`` …) is
shown as text. The entity's IRI is bound as a term in fixed queries, never pasted into them.
"""

from __future__ import annotations

import html
from urllib.parse import quote

from intgraph.paths import queries_dir
from intgraph.store import Store, Term
from intgraph.vocab import BASE

__all__ = ["entity_page", "link", "query_page"]

_SAME_AS = (
    "http://www.w3.org/2002/07/owl#sameAs",
    "https://schema.org/sameAs",
    "http://schema.org/sameAs",
)

_FACTS = """SELECT ?this ?p ?o ?file WHERE {
  { SELECT DISTINCT ?this ?p ?o ?g WHERE { GRAPH ?g { ?this ?p ?o } } }
  OPTIONAL { GRAPH <https://w3id.org/intgraph/id/graph/sources> {
    ?src <https://w3id.org/intgraph/def#document> ?g ; <https://w3id.org/intgraph/def#fileName> ?file } }
} ORDER BY ?p ?o LIMIT 2000"""

_INCOMING = "SELECT DISTINCT ?this ?s ?p WHERE { ?s ?p ?this } ORDER BY ?p ?s LIMIT 300"

_EVIDENCE = """SELECT DISTINCT ?this ?sentence ?doc ?file ?target WHERE {
  GRAPH ?doc { ?e <http://www.w3.org/ns/oa#hasBody> ?body ; <http://www.w3.org/ns/oa#hasTarget> ?target .
               OPTIONAL { ?e <https://w3id.org/intgraph/def#sentence> ?sentence }
               { FILTER(?body = ?this) } UNION { ?body ?link ?this } }
  OPTIONAL { GRAPH <https://w3id.org/intgraph/id/graph/sources> {
    ?src <https://w3id.org/intgraph/def#document> ?doc ; <https://w3id.org/intgraph/def#fileName> ?file } }
} ORDER BY ?file ?target LIMIT 200"""

_LABEL = """SELECT ?this ?l WHERE { ?this ?p ?l
  FILTER(?p IN (<http://www.w3.org/2000/01/rdf-schema#label>, <http://xmlns.com/foaf/0.1/name>,
    <http://purl.org/dc/terms/title>, <http://www.w3.org/2004/02/skos/core#prefLabel>,
    <https://w3id.org/intgraph/def#fileName>)) }
ORDER BY DESC(LANGMATCHES(LANG(?l), "de")) ?l LIMIT 1"""


def local(iri: str) -> str | None:
    """The path on this server for an IRI under ``…/id/``, else None."""
    if iri.startswith(BASE + "id/"):
        return "/" + quote(iri[len(BASE) :], safe="/:@!$&'()*+,;=-._~#%")
    return None


def link(iri: str, text: str | None = None) -> str:
    """An HTML link for a web IRI; any other IRI as plain (escaped) text.

    >>> link("javascript:alert(1)")
    '<code>javascript:alert(1)</code>'
    >>> link("https://www.wikidata.org/entity/Q1", "Q1")
    '<a class="external" rel="external nofollow noopener" href="https://www.wikidata.org/entity/Q1">Q1</a>'
    """
    label = html.escape(text or iri)
    path = local(iri)
    if path is not None:
        return f'<a href="{html.escape(path, quote=True)}">{label}</a>'
    scheme = iri.split(":", 1)[0].lower() if ":" in iri else ""
    if scheme in ("http", "https") and not any(c in iri for c in '"<> \n\r\t'):
        return (
            f'<a class="external" rel="external nofollow noopener" '
            f'href="{html.escape(iri, quote=True)}">{label}</a>'
        )
    return f"<code>{label}</code>"


def _label(store: Store, iri: str, cache: dict[str, str]) -> str:
    if iri not in cache:
        rows = store.select_about(_LABEL, iri, max_rows=1).rows
        value = rows[0][1].value if rows and rows[0][1] is not None else None
        cache[iri] = value or iri.rstrip("/").rsplit("/", 1)[-1]
    return cache[iri]


def _short(p: str) -> str:
    return p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _value(store: Store, o: Term, cache: dict[str, str]) -> str:
    if o.kind == "uri":
        return link(o.value, _label(store, o.value, cache) if o.value.startswith(BASE) else None)
    text = html.escape(o.value)
    if o.lang:
        text += f' <span class="src">@{html.escape(o.lang)}</span>'
    return text


def entity_page(store: Store, iri: str) -> str | None:
    """The HTML page of one IRI, or None when nothing is known about it."""
    facts = store.select_about(_FACTS, iri, max_rows=2000)
    incoming = store.select_about(_INCOMING, iri, max_rows=300)
    about = store.about(iri, limit=5000)
    prefix = iri + "#"
    hashed = [
        t
        for t in about
        if (t[0].kind == "uri" and t[0].value.startswith(prefix))
        or (t[2].kind == "uri" and t[2].value.startswith(prefix))
    ]
    if not facts.rows and not incoming.rows and not hashed:
        return None
    cache: dict[str, str] = {}
    title = _label(store, iri, cache)
    groups: dict[str, list[str]] = {}
    same_as: list[str] = []
    for _, p, o, file in facts.rows:
        if p is None or o is None:
            continue
        if p.value in _SAME_AS and o.kind == "uri":
            same_as.append(link(o.value))
        source = f' <span class="src">({html.escape(file.value)})</span>' if file else ""
        groups.setdefault(p.value, []).append(_value(store, o, cache) + source)
    rows = "".join(
        f"<tr><th>{link(p, _short(p))}</th><td>{'<br>'.join(dict.fromkeys(vs))}</td></tr>"
        for p, vs in groups.items()
    )
    inc = "".join(
        f"<li>{link(s.value, _label(store, s.value, cache) if s.kind == 'uri' else s.value)} "
        f'<span class="src">{html.escape(_short(p.value))}</span></li>'
        for _, s, p in incoming.rows
        if s and p
    )
    parts: dict[str, list[str]] = {}
    for s, p, o in hashed:
        if s.value.startswith(prefix):
            parts.setdefault(s.value, []).append(
                f"{html.escape(_short(p.value))}: {_value(store, o, cache)}"
            )
        else:
            parts.setdefault(o.value, []).append(
                f"← {link(s.value, _short(s.value))} {html.escape(_short(p.value))}"
            )
    spans = "".join(
        f'<li id="{html.escape(h[len(prefix) :], quote=True)}"><code>#{html.escape(h[len(prefix) :])}</code> '
        f"{'; '.join(vs)}</li>"
        for h, vs in sorted(parts.items())
    )
    evidence = store.select_about(_EVIDENCE, iri, max_rows=200)
    ev = "".join(
        f"<li>„{html.escape(s.value if s else '')}“ — {link(d.value, f.value if f else d.value)}</li>"
        for _, s, d, f, _t in evidence.rows
        if d
    )
    path = local(iri) or ""
    doc = "/doc" + path
    formats = " · ".join(
        f'<a href="{html.escape(doc, quote=True)}.{ext}">{name}</a>'
        for ext, name in (
            ("ttl", "Turtle"),
            ("jsonld", "JSON-LD"),
            ("nt", "N-Triples"),
            ("rdf", "RDF/XML"),
        )
    )
    return _PAGE.format(
        title=html.escape(title),
        iri=html.escape(iri),
        formats=formats,
        same_as=(
            f'<p class="same">Dasselbe wie / same as: {" · ".join(dict.fromkeys(same_as))}</p>'
            if same_as
            else ""
        ),
        facts=rows or "<tr><td>—</td></tr>",
        incoming=inc or "<li>—</li>",
        evidence=f"<h2>Belege / evidence</h2><ul>{ev or '<li>—</li>'}</ul>"
        + (f"<h2>Textstellen / text spans</h2><ul>{spans}</ul>" if spans else ""),
    )


_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} – intgraph</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#222}}
th{{text-align:left;vertical-align:top;padding-right:1em;font-weight:600}} td,th{{border-bottom:1px solid #eee;padding:.3em}}
.src{{color:#777;font-size:.85em}} code{{background:#f4f4f4;padding:.1em .3em}} a.external::after{{content:" ↗"}}</style></head><body>
<p><a href="/">intgraph</a> · <a href="/.well-known/void">VoID</a> · <a href="/def">Ontologie</a></p>
<h1>{title}</h1><p><code>{iri}</code> — {formats}</p>
{same_as}
<h2>Aussagen / statements</h2><table>{facts}</table>
<h2>Verweise auf diese Entität / incoming links</h2><ul>{incoming}</ul>
{evidence}
</body></html>"""


def query_page() -> str:
    saved = [
        f'<button type="button" data-q="{html.escape(f.name, quote=True)}">{html.escape(f.stem)}</button>'
        for f in sorted(queries_dir().glob("*.rq"))
    ]
    return _QUERY_PAGE.replace("@@SAVED@@", " ".join(saved))


_QUERY_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>intgraph SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;margin:1.5em;color:#222} textarea{width:100%;height:14em;font-family:monospace;font-size:13px}
table{border-collapse:collapse;margin-top:1em;font-size:13px} td,th{border:1px solid #ddd;padding:.25em .5em;vertical-align:top} #status{color:#555}</style></head>
<body><h1>intgraph – SPARQL</h1>
<p>Gespeicherte Abfragen / saved queries: @@SAVED@@</p>
<form id="f"><textarea id="q" spellcheck="false">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20</textarea>
<p><button type="submit">Ausführen / run</button> <span id="status"></span></p></form>
<div id="out"></div>
<p><a href="/.well-known/void">VoID</a> · <a href="/def">Ontologie / ontology</a> · <a href="/dumps/intgraph.trig">TriG</a> · <a href="/dumps/intgraph.nq">N-Quads</a> · <a href="/dumps/intgraph.ttl">Turtle</a> · <a href="/dumps/intgraph.jsonld">JSON-LD</a></p>
<script src="/query.js"></script></body></html>"""

QUERY_JS = """(function () {
  "use strict";
  var q = document.getElementById("q"), out = document.getElementById("out"), status = document.getElementById("status");
  document.querySelectorAll("button[data-q]").forEach(function (b) {
    b.addEventListener("click", function () {
      fetch("/queries/" + encodeURIComponent(b.getAttribute("data-q"))).then(function (r) { return r.text(); }).then(function (t) { q.value = t; });
    });
  });
  function cell(t) {
    var td = document.createElement("td");
    if (!t) return td;
    if (t.type === "uri" && /^https?:/i.test(t.value)) { var a = document.createElement("a"); a.textContent = t.value;
      a.href = t.value.indexOf("https://w3id.org/intgraph/id/") === 0 ? t.value.replace("https://w3id.org/intgraph", "") : t.value; td.appendChild(a); }
    else { td.textContent = t.value + (t["xml:lang"] ? " @" + t["xml:lang"] : ""); }
    return td;
  }
  document.getElementById("f").addEventListener("submit", function (ev) {
    ev.preventDefault(); status.textContent = "…"; out.textContent = "";
    var started = performance.now();
    fetch("/sparql", { method: "POST", headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json, text/turtle;q=0.9" }, body: q.value })
      .then(function (r) { return r.text().then(function (body) { return { ok: r.ok, type: r.headers.get("Content-Type") || "", body: body }; }); })
      .then(function (r) {
        var ms = Math.round(performance.now() - started);
        if (!r.ok) { status.textContent = "Fehler / error"; var pre = document.createElement("pre"); pre.textContent = r.body; out.appendChild(pre); return; }
        if (r.type.indexOf("json") < 0) { var p = document.createElement("pre"); p.textContent = r.body; out.appendChild(p); status.textContent = ms + " ms"; return; }
        var data = JSON.parse(r.body);
        if (data.boolean !== undefined) { status.textContent = String(data.boolean) + " (" + ms + " ms)"; return; }
        var table = document.createElement("table"), head = document.createElement("tr");
        data.head.vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
        table.appendChild(head);
        data.results.bindings.forEach(function (b) { var tr = document.createElement("tr"); data.head.vars.forEach(function (v) { tr.appendChild(cell(b[v])); }); table.appendChild(tr); });
        out.appendChild(table); status.textContent = data.results.bindings.length + " Zeilen / rows, " + ms + " ms";
      });
  });
})();
"""
