"""A read-only SPARQL endpoint and linked-data server over the store (standard library HTTP).

* ``/sparql``: SPARQL 1.1 Protocol, GET and POST (form or ``application/sparql-query``);
  results as SPARQL JSON, XML, CSV or TSV, graphs as Turtle, N-Triples or JSON-LD, chosen by
  ``Accept``. The default graph is the union of all named graphs; ``GRAPH`` reaches one document.
  Updates are refused with 403 unless the server was started with an update token and the
  request carries it (``Authorization: Bearer …``). ``SERVICE`` is refused: the server makes no
  outbound requests. Queries have a time limit and a row limit, both answered with clear errors.
* ``/id/…``: every entity IRI under https://w3id.org/intgraph/id/ dereferences with
  **303 See Other** to ``/doc/id/….html`` (browsers), ``.ttl``, ``.jsonld`` or ``.nt``.
* ``/.well-known/void``: VoID and DCAT description; ``/dumps/…``: the dumps; ``/def``: the
  ontology; ``/``: a query page that works offline (its script is served from here).
"""

from __future__ import annotations

import html
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from intgraph.errors import IntgraphError, QueryError
from intgraph.paths import ontology_file, queries_dir
from intgraph.rdf.void import void_turtle
from intgraph.serve.formats import CONTENT_TYPE, GRAPH_TYPES, SELECT_TYPES, negotiate, serialize
from intgraph.store import Store
from intgraph.vocab import BASE

__all__ = ["Settings", "make_server"]

PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", **GRAPH_TYPES}
EXTENSIONS = {"html": "html", "ttl": "turtle", "jsonld": "jsonld", "nt": "ntriples"}
EXT_OF = {v: k for k, v in EXTENSIONS.items()}


@dataclass
class Settings:
    store: Path
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 10.0
    max_rows: int = 10_000
    update_token: str | None = None


class _State:
    """The store the server reads, reopened when the writer publishes a newer snapshot."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lock = threading.Lock()
        self.writable = settings.update_token is not None
        self.store = Store(settings.store, read_only=not self.writable)
        self.snapshot = self.store.snapshot_name()
        self.pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="sparql")

    def current(self) -> Store:
        if self.writable:
            return self.store
        name = self.store.snapshot_name()
        if name != self.snapshot:
            with self.lock:
                if name != self.snapshot:
                    self.store = Store(self.settings.store, read_only=True)
                    self.snapshot = name
        return self.store


_SERVICE = re.compile(r"\bSERVICE\b", re.I)
_STRIP = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|<[^>\s]*>|#[^\n]*'
)


def uses_service(query: str) -> bool:
    """Whether a query calls SERVICE (strings, IRIs and comments are not looked at)."""
    return bool(_SERVICE.search(_STRIP.sub(" ", query)))


def make_server(settings: Settings) -> ThreadingHTTPServer:
    """A server bound to ``settings.host:settings.port`` (call ``serve_forever``)."""
    state = _State(settings)

    class Handler(_Handler):
        pass

    Handler.state = state
    server = ThreadingHTTPServer((settings.host, settings.port), Handler)
    server.daemon_threads = True
    return server


class _Handler(BaseHTTPRequestHandler):
    state: _State
    server_version = "intgraph"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        return  # library code does not print; the CLI may add access logging

    # ------------------------------------------------------------------ plumbing
    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip() + "\n").encode(), "text/plain; charset=utf-8")

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_OPTIONS(self) -> None:
        self._send(
            204,
            b"",
            "text/plain",
            {
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
            },
        )

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        try:
            if path == "/sparql":
                params = parse_qs(url.query)
                if "update" in params:
                    return self._error(405, "updates must be sent with POST")
                return self._query(params.get("query", [""])[0])
            if path in ("/", "/index.html"):
                return self._send(200, _query_page().encode(), "text/html; charset=utf-8")
            if path.startswith("/id/"):
                return self._see_other(path)
            if path.startswith("/doc/id/"):
                return self._describe(path)
            if path in ("/.well-known/void", "/void"):
                return self._send(
                    200,
                    void_turtle(self.state.current(), BASE).encode(),
                    "text/turtle; charset=utf-8",
                )
            if path.startswith("/dumps/"):
                return self._dump(path.rsplit("/", 1)[-1])
            if path.rstrip("/") == "/def" or path.startswith("/def/"):
                fmt = negotiate(
                    self.headers.get("Accept"),
                    {"text/html": "html", "text/turtle": "turtle"},
                    "turtle",
                )
                if fmt == "html":
                    from intgraph.ontology_docs import ontology_html

                    return self._send(
                        200,
                        ontology_html().encode(),
                        "text/html; charset=utf-8",
                        {"Vary": "Accept"},
                    )
                return self._send(
                    200,
                    ontology_file().read_bytes(),
                    "text/turtle; charset=utf-8",
                    {"Vary": "Accept"},
                )
            if path.startswith("/queries/") and path.endswith(".rq"):
                f = queries_dir() / Path(path).name
                if f.exists():
                    return self._send(
                        200, f.read_bytes(), "application/sparql-query; charset=utf-8"
                    )
            return self._error(
                404, f"nothing at {path}; try / (query page), /sparql, /id/…, /.well-known/void"
            )
        except IntgraphError as exc:
            return self._error(400, str(exc))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(405, "POST is only accepted at /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        if length > 1_000_000:
            return self._error(413, "request body over 1 MB")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            return self._query(body)
        if ctype == "application/sparql-update":
            return self._update(body)
        if ctype == "application/x-www-form-urlencoded":
            params = parse_qs(body)
            if "update" in params:
                return self._update(params["update"][0])
            return self._query(params.get("query", [""])[0])
        return self._error(
            415, "send application/sparql-query, application/sparql-update or a form (query=…)"
        )

    def _origin(self) -> str:
        host = self.headers.get("Host") or f"{self.state.settings.host}:{self.state.settings.port}"
        return f"http://{host}"

    # ------------------------------------------------------------------ SPARQL
    def _query(self, query: str) -> None:
        if not query.strip():
            return self._error(400, "missing query: send ?query=… (GET) or a query body (POST)")
        if uses_service(query):
            return self._error(400, "SERVICE is refused: this endpoint makes no outbound requests")
        is_graph = bool(
            re.match(
                r"\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(?:CONSTRUCT|DESCRIBE)\b",
                _STRIP.sub(" ", query),
                re.I,
            )
        )
        accept = self.headers.get("Accept")
        fmt = (
            negotiate(accept, GRAPH_TYPES, "turtle")
            if is_graph
            else negotiate(accept, SELECT_TYPES, "json")
        )
        if fmt is None:
            offered = ", ".join(GRAPH_TYPES if is_graph else SELECT_TYPES)
            return self._error(406, f"cannot answer in {accept}; offered: {offered}")
        s = self.state.settings
        store = self.state.current()
        future = self.state.pool.submit(
            store.query_terms,
            query,
            max_rows=s.max_rows,
            graph_format=fmt if is_graph else "turtle",
        )
        try:
            result = future.result(timeout=s.timeout)
        except FutureTimeout:
            return self._error(
                503,
                f"the query took longer than {s.timeout:g} s and was abandoned; narrow it (LIMIT, more specific patterns)",
            )
        except QueryError as exc:
            return self._error(400, str(exc))
        except IntgraphError as exc:
            return self._error(500, str(exc))
        if result.truncated:
            return self._error(
                413,
                f"the result has more than {s.max_rows} rows; add LIMIT/OFFSET or narrow the query",
            )
        if is_graph:
            return self._send(200, result.graph or b"", CONTENT_TYPE[fmt], {"Vary": "Accept"})
        return self._send(200, serialize(result, fmt), CONTENT_TYPE[fmt], {"Vary": "Accept"})

    def _update(self, update: str) -> None:
        token = self.state.settings.update_token
        if token is None:
            return self._error(
                403,
                "updates are disabled: this endpoint is read-only (start the server with --update-token to allow them)",
            )
        if self.headers.get("Authorization") != f"Bearer {token}":
            return self._error(
                403, "updates need the server's token: send 'Authorization: Bearer <token>'"
            )
        if uses_service(update):
            return self._error(400, "SERVICE is refused: this endpoint makes no outbound requests")
        try:
            self.state.current().update(update)
        except QueryError as exc:
            return self._error(400, str(exc))
        self._send(204, b"", "text/plain")

    # ------------------------------------------------------------------ linked data
    def _see_other(self, path: str) -> None:
        fmt = negotiate(self.headers.get("Accept"), PAGE_TYPES, "html")
        if fmt is None:
            return self._error(
                406, "offered: text/html, text/turtle, application/ld+json, application/n-triples"
            )
        self.send_response(303)
        self.send_header("Location", f"/doc{path}.{EXT_OF[fmt]}")
        self.send_header("Vary", "Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _describe(self, path: str) -> None:
        stem, _, ext = path[len("/doc") :].rpartition(".")
        if ext not in EXTENSIONS:
            return self._error(404, "add .html, .ttl, .jsonld or .nt")
        iri = BASE + stem.lstrip("/")
        store = self.state.current()
        fmt = EXTENSIONS[ext]
        if fmt == "html":
            page = _entity_page(store, iri)
            if page is None:
                return self._error(404, f"nothing is known about <{iri}>")
            return self._send(200, page.encode(), "text/html; charset=utf-8")
        q = f"CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }} WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}"
        result = store.query_terms(q, max_rows=100_000, graph_format=fmt)
        if not result.graph or not result.graph.strip():
            return self._error(404, f"nothing is known about <{iri}>")
        self._send(200, result.graph, CONTENT_TYPE[fmt])

    def _dump(self, name: str) -> None:
        store = self.state.current()
        if name == "intgraph.nq":
            return self._send(200, store.dump("nquads"), "application/n-quads")
        if name == "intgraph.trig":
            return self._send(200, store.dump("trig"), "application/trig")
        if name == "intgraph.ttl":
            return self._send(200, store.serialize_union("turtle"), "text/turtle; charset=utf-8")
        return self._error(404, "dumps: intgraph.nq, intgraph.trig, intgraph.ttl")


# ---------------------------------------------------------------------- pages


def _local(iri: str) -> str:
    return "/" + iri[len(BASE) :] if iri.startswith(BASE + "id/") else iri


def _label(store: Store, iri: str) -> str:
    q = f"""SELECT ?l WHERE {{ <{iri}> ?p ?l FILTER(?p IN (<http://www.w3.org/2000/01/rdf-schema#label>,
      <http://xmlns.com/foaf/0.1/name>, <http://purl.org/dc/terms/title>, <http://www.w3.org/2004/02/skos/core#prefLabel>,
      <https://w3id.org/intgraph/def#fileName>)) }} ORDER BY DESC(LANGMATCHES(LANG(?l), "de")) LIMIT 1"""
    rows = store.query(q).rows
    return rows[0][0] if rows and rows[0][0] else iri.rsplit("/", 1)[-1]


def _link(iri: str, text: str | None = None) -> str:
    return f'<a href="{html.escape(_local(iri), quote=True)}">{html.escape(text or iri)}</a>'


def _entity_page(store: Store, iri: str) -> str | None:
    facts = store.query_terms(
        f"""SELECT DISTINCT ?p ?o ?file WHERE {{ GRAPH ?g {{ <{iri}> ?p ?o }}
        OPTIONAL {{ GRAPH <https://w3id.org/intgraph/id/graph/sources> {{ ?src <https://w3id.org/intgraph/def#document> ?g ; <https://w3id.org/intgraph/def#fileName> ?file }} }} }}
        ORDER BY ?p ?o LIMIT 2000""",
        max_rows=2000,
    )
    incoming = store.query_terms(
        f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p <{iri}> }} ORDER BY ?p ?s LIMIT 300", max_rows=300
    )
    evidence = store.query_terms(
        f"""SELECT DISTINCT ?sentence ?doc ?file ?target WHERE {{
          GRAPH ?doc {{ ?e <http://www.w3.org/ns/oa#hasBody> ?body ; <http://www.w3.org/ns/oa#hasTarget> ?target .
                        OPTIONAL {{ ?e <https://w3id.org/intgraph/def#sentence> ?sentence }}
                        {{ FILTER(?body = <{iri}>) }} UNION {{ ?body ?link <{iri}> }} }}
          OPTIONAL {{ GRAPH <https://w3id.org/intgraph/id/graph/sources> {{ ?src <https://w3id.org/intgraph/def#document> ?doc ; <https://w3id.org/intgraph/def#fileName> ?file }} }}
        }} ORDER BY ?file ?target LIMIT 200""",
        max_rows=200,
    )
    if not facts.rows and not incoming.rows:
        return None
    title = _label(store, iri)
    groups: dict[str, list[str]] = {}
    for p, o, file in facts.rows:
        if p is None or o is None:
            continue
        value = (
            _link(o.value, _label(store, o.value) if o.value.startswith(BASE) else o.value)
            if o.kind == "uri"
            else html.escape(o.value)
        )
        source = f' <span class="src">({html.escape(file.value)})</span>' if file else ""
        groups.setdefault(p.value, []).append(value + source)
    rows = "".join(
        f"<tr><th>{html.escape(p.rsplit('#', 1)[-1].rsplit('/', 1)[-1])}</th><td>{'<br>'.join(dict.fromkeys(vs))}</td></tr>"
        for p, vs in groups.items()
    )
    inc = "".join(
        f'<li>{_link(s.value, _label(store, s.value))} <span class="src">{html.escape(p.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1])}</span></li>'
        for s, p in incoming.rows
        if s and p
    )
    ev = "".join(
        f"<li>„{html.escape(s.value if s else '')}“ — {_link(d.value, f.value if f else d.value)}</li>"
        for s, d, f, _ in evidence.rows
        if d
    )
    return _PAGE.format(
        title=html.escape(title),
        iri=html.escape(iri),
        formats=" · ".join(
            f'<a href="{html.escape(_local(iri))}.{ext}">{ext}</a>'.replace("/id/", "/doc/id/", 1)
            for ext in ("ttl", "jsonld", "nt")
        ),
        facts=rows or "<tr><td>—</td></tr>",
        incoming=inc or "<li>—</li>",
        evidence=ev or "<li>—</li>",
    )


_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} – intgraph</title>
<style>body{{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#222}}
th{{text-align:left;vertical-align:top;padding-right:1em;font-weight:600}} td,th{{border-bottom:1px solid #eee;padding:.3em}}
.src{{color:#777;font-size:.85em}} code{{background:#f4f4f4;padding:.1em .3em}}</style></head><body>
<p><a href="/">intgraph</a> · <a href="/.well-known/void">VoID</a></p>
<h1>{title}</h1><p><code>{iri}</code> — {formats}</p>
<h2>Aussagen / statements</h2><table>{facts}</table>
<h2>Verweise auf diese Entität / incoming links</h2><ul>{incoming}</ul>
<h2>Belege / evidence</h2><ul>{evidence}</ul>
</body></html>"""


def _query_page() -> str:
    saved = []
    for f in sorted(queries_dir().glob("*.rq")):
        saved.append(
            f'<button type="button" data-q="{html.escape(f.name, quote=True)}">{html.escape(f.stem)}</button>'
        )
    return _QUERY_PAGE.replace("@@SAVED@@", " ".join(saved))


_QUERY_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>intgraph SPARQL</title>
<style>body{font-family:system-ui,sans-serif;margin:1.5em;color:#222} textarea{width:100%;height:14em;font-family:monospace;font-size:13px}
table{border-collapse:collapse;margin-top:1em;font-size:13px} td,th{border:1px solid #ddd;padding:.25em .5em;vertical-align:top} #status{color:#555}</style></head>
<body><h1>intgraph – SPARQL</h1>
<p>Gespeicherte Abfragen / saved queries: @@SAVED@@</p>
<form id="f"><textarea id="q" spellcheck="false">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20</textarea>
<p><button type="submit">Ausführen / run</button> <span id="status"></span></p></form>
<div id="out"></div>
<script>
(function () {
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
    if (t.type === "uri") { var a = document.createElement("a"); a.textContent = t.value;
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
</script></body></html>"""
