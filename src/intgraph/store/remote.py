"""A store behind a SPARQL 1.1 endpoint (Query and Update protocols), for teams that keep the
graph in an Oxigraph server, Fuseki, GraphDB or Virtuoso. Same interface as the embedded
:class:`~intgraph.store.Store`; every write is one SPARQL UPDATE request, which these servers
apply atomically.

Endpoints: ``--store URL`` names the query endpoint. Updates go to ``URL`` with ``/query``
replaced by ``/update`` (Oxigraph, Fuseki's ``/ds/query`` and ``/ds/update``), or to ``URL``
itself when it ends in ``/sparql`` (GraphDB, Virtuoso), or to ``INTGRAPH_UPDATE_URL``.

Requests are form-encoded POSTs (``query=`` / ``update=``), the one way every engine accepts.
The ``Accept`` header follows the query form, read with a SPARQL parser: SPARQL results JSON
for SELECT and ASK, an RDF format (N-Triples, Turtle, RDF/XML) for CONSTRUCT and DESCRIBE; the
answer is read by the media type the server sends. The default graph is the union of all
graphs, as in the embedded store (``union-default-graph`` for Oxigraph; Virtuoso and GraphDB do
so already). Reading the whole graph (export, validate, analyse) takes the graphs whose IRIs
are intgraph's (``https://w3id.org/intgraph/…``), so an engine's own system graphs (Virtuoso's)
stay out.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from intgraph.errors import QueryError, StoreError
from intgraph.vocab import BASE, GRAPH_SOURCES, IG

if TYPE_CHECKING:  # intgraph.store imports this module, so only for type hints
    from intgraph.store import NewDocument, QueryResult, Streamed, Term, TermResult

USER_AGENT = "intgraph"
RESULTS_JSON = "application/sparql-results+json"
GRAPH_TYPES = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8"
_GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
# graphs that belong to intgraph, in the engine's quad store (which may hold others)
_MAX_BYTES = 10_000_000  # what the guard reads to tell the form; the endpoint judges the rest
_OURS = f'FILTER(STRSTARTS(STR(?g), "{BASE}"))'


def query_form(sparql: str) -> str | None:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE`` as the shared query guard parses it
    (:mod:`intgraph.query.guard`); ``None`` where the guard cannot tell (a text its parser does
    not read, such as an engine's own extensions): the endpoint then judges the query.

    >>> query_form("PREFIX ex: <http://example.org/> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    'CONSTRUCT'
    >>> query_form("# ASK\\nSELECT * WHERE { ?s ?p ?o }")
    'SELECT'
    """
    from intgraph.errors import QueryRejected
    from intgraph.query.guard import check_query

    try:
        # the endpoint sets its own limits; SERVICE is the user's business with their own server
        return check_query(sparql, allow_service=True, max_bytes=_MAX_BYTES).form
    except QueryRejected:
        return None


def _accept(form: str | None) -> str:
    if form in ("SELECT", "ASK"):
        return RESULTS_JSON
    if form in ("CONSTRUCT", "DESCRIBE"):
        return GRAPH_TYPES
    return f"{RESULTS_JSON}, {GRAPH_TYPES}"


def _term(b: dict) -> Term:
    from intgraph.store import Term

    kind = b["type"]
    if kind == "uri":
        return Term("uri", b["value"])
    if kind == "bnode":
        # labels as engines write them (Virtuoso: nodeID://b10001) are not all valid in N-Quads
        return Term("bnode", "b" + b["value"].encode("utf-8").hex())
    # "typed-literal" is SPARQL JSON's first draft, which Virtuoso still writes
    return Term("literal", b["value"], b.get("xml:lang"), b.get("datatype"))


class _Answer:
    """One response: SPARQL results (``data``) or a graph (``triples``)."""

    def __init__(self, data: dict | None = None, triples: list[ox.Triple] | None = None) -> None:
        self.data = data
        self.triples = triples


class RemoteStore:
    """The intgraph store API over HTTP."""

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = 120.0) -> None:
        self.url = url.rstrip("/")
        self.read_only = read_only
        self.path: Path | None = None
        self.timeout = timeout
        if os.environ.get("INTGRAPH_UPDATE_URL"):
            self.update_url = os.environ["INTGRAPH_UPDATE_URL"]
        elif self.url.endswith("/query"):
            self.update_url = self.url[: -len("/query")] + "/update"
        else:
            self.update_url = self.url
        try:
            self._select("ASK { }")
        except StoreError as exc:
            raise StoreError(f"cannot reach the SPARQL endpoint {self.url}: {exc}") from None

    # ------------------------------------------------------------------ HTTP
    def _post(self, url: str, form: dict[str, str], accept: str) -> tuple[str, bytes]:
        """POST a form; the answer's media type (without parameters) and body."""
        req = urllib.request.Request(
            url,
            data=urllib.parse.urlencode(form).encode("ascii"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                "Accept": accept,
                "User-Agent": USER_AGENT,
            },
        )
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                ctype = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
                return ctype, r.read()
        except urllib.error.HTTPError as exc:
            message = exc.read().decode("utf-8", errors="replace")[:500]
            if exc.code == 400:
                raise QueryError(f"the endpoint {url} refused the request: {message}") from None
            raise StoreError(f"the endpoint {url} answered {exc.code}: {message}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"cannot reach {url}: {getattr(exc, 'reason', exc)}") from None

    def _ask(self, sparql: str, form: str | None = None) -> _Answer:
        """Run a query with the ``Accept`` its form needs; read the answer by its media type."""
        form = form or query_form(sparql)
        params = {"query": sparql, "union-default-graph": "true"}
        ctype, body = self._post(self.url, params, _accept(form))
        if ctype in (RESULTS_JSON, "application/json"):
            try:
                data = json.loads(body)
            except ValueError as exc:
                raise StoreError(f"the endpoint {self.url} sent broken JSON: {exc}") from None
            if form == "ASK" and "boolean" not in data:
                data = {"boolean": _virtuoso_ask(data)}
            return _Answer(data=data)
        try:
            fmt = ox.RdfFormat.from_media_type(ctype)
        except ValueError:
            fmt = None
        if fmt is None:
            raise StoreError(
                f"the endpoint {self.url} answered in {ctype or 'an unnamed format'}; intgraph "
                f"reads {RESULTS_JSON} for SELECT and ASK and N-Triples, Turtle or RDF/XML for "
                "CONSTRUCT and DESCRIBE"
            )
        try:
            quads = ox.parse(body, format=fmt)
            triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        except (SyntaxError, ValueError) as exc:
            raise StoreError(
                f"the endpoint {self.url} sent a graph that does not parse: {exc}"
            ) from None
        return _Answer(triples=triples)

    def _select(self, sparql: str) -> dict:
        form = "ASK" if sparql.lstrip().upper().startswith("ASK") else "SELECT"
        data = self._ask(sparql, form).data
        if data is None:
            raise StoreError(f"the endpoint {self.url} answered a {form} query with a graph")
        return data

    def _update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only")
        self._post(self.update_url, {"update": sparql}, "*/*")

    # ------------------------------------------------------------------ the Store API
    def replace_graph(self, graph: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        from intgraph.store import replace_graph_update

        self._update(replace_graph_update(graph, triples))

    def write_document(
        self,
        *,
        source: URIRef,
        path: str,
        file_name: str,
        content_hash: str,
        document: URIRef,
        lines: list[str] | None,
        drop: Iterable[URIRef] = (),
    ) -> None:
        from intgraph.store import replace_document_update, source_record

        record = source_record(source, path, file_name, content_hash, document)
        self._update(replace_document_update(source, record, document, lines, list(drop)))

    def write_new_documents(self, docs: list[NewDocument]) -> list[tuple[int, StoreError]]:
        """One update per document (an endpoint has no multi-document load we can rely on)."""
        failed = []
        for i, d in enumerate(docs):
            try:
                self.write_document(
                    source=d.source,
                    path=d.path,
                    file_name=d.file_name,
                    content_hash=d.content_hash,
                    document=d.document,
                    lines=d.line_list(),
                )
            except StoreError as exc:
                failed.append((i, exc))
        return failed

    def remove_source(self, source: URIRef, drop: Iterable[URIRef] = ()) -> None:
        from intgraph.store import remove_source_update

        self._update(remove_source_update(source, drop))

    def update(self, sparql: str) -> None:
        self._update(sparql)

    def flush(self) -> None:
        return None

    def publish_snapshot(self, keep: int = 2) -> None:
        return None  # the server gives its readers a consistent view

    def snapshot_name(self) -> str | None:
        return None

    def sources(self):
        from intgraph.store import SourceRecord

        q = f"""SELECT ?s ?path ?hash ?doc WHERE {{ GRAPH <{GRAPH_SOURCES}> {{
            ?s <{IG.path}> ?path ; <{IG.contentHash}> ?hash ; <{IG.document}> ?doc }} }}"""
        out = {}
        for b in self._select(q)["results"]["bindings"]:
            rec = SourceRecord(
                b["s"]["value"], b["path"]["value"], b["hash"]["value"], b["doc"]["value"]
            )
            out[rec.path] = rec
        return out

    def has_graph(self, graph: URIRef) -> bool:
        return bool(self._select(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").get("boolean"))

    def graphs(self) -> list[str]:
        q = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_OURS} }}"
        return sorted(b["g"]["value"] for b in self._select(q)["results"]["bindings"])

    def __len__(self) -> int:
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_OURS} }}"
        return int(self._select(q)["results"]["bindings"][0]["n"]["value"])

    def _answer(self, sparql: str, source: str | None) -> _Answer:
        try:
            return self._ask(sparql)
        except QueryError as exc:
            raise QueryError(str(exc), source=source) from None

    def query(self, sparql: str, *, source: str | None = None) -> QueryResult:
        """Like :meth:`intgraph.store.Store.query`: rows of plain values, a boolean, or the
        triples of a CONSTRUCT/DESCRIBE as sorted N-Triples text."""
        from intgraph.store import QueryResult

        answer = self._answer(sparql, source)
        if answer.triples is not None:
            return QueryResult([], [], triples=_ntriples(answer.triples))
        data = answer.data or {}
        if "boolean" in data:
            return QueryResult([], [], boolean=bool(data["boolean"]))
        cols = data["head"]["vars"]
        rows = [
            [b[c]["value"] if c in b else None for c in cols] for b in data["results"]["bindings"]
        ]
        return QueryResult(cols, rows)

    def query_stream(self, sparql: str, *, source: str | None = None) -> Streamed:
        """Like :meth:`intgraph.store.Store.query_stream`: SELECT rows of typed terms (so
        ``--format json`` prints numbers and booleans as JSON values, as the embedded store
        does), read as a whole (an endpoint sends its answer in one piece); blank nodes keep
        the endpoint's labels; CONSTRUCT/DESCRIBE as sorted N-Triples."""
        from intgraph.store import Streamed, Term

        answer = self._answer(sparql, source)
        if answer.triples is not None:
            return Streamed([], lambda sink: None, triples=_ntriples(answer.triples))
        data = answer.data or {}
        if "boolean" in data:
            return Streamed([], lambda sink: None, boolean=bool(data["boolean"]))
        cols = data["head"]["vars"]

        def term(b: dict) -> Term:
            return Term("bnode", b["value"]) if b["type"] == "bnode" else _term(b)

        rows = [[term(b[c]) if c in b else None for c in cols] for b in data["results"]["bindings"]]

        def feed(sink: Callable[[list[Term | None]], None]) -> None:
            for row in rows:
                sink(row)

        return Streamed(cols, feed)

    def query_terms(
        self, sparql: str, *, max_rows: int, graph_format: str = "turtle"
    ) -> TermResult:
        from intgraph.store import TermResult

        answer = self._ask(sparql)
        if answer.triples is not None:
            triples = answer.triples[:max_rows]
            graph = ox.serialize(triples, format=_GRAPH_FORMATS[graph_format]) or b""
            return TermResult([], [], graph=graph, truncated=len(answer.triples) > max_rows)
        data = answer.data or {}
        if "boolean" in data:
            return TermResult([], [], boolean=bool(data["boolean"]))
        cols = data["head"]["vars"]
        bindings = data["results"]["bindings"]
        rows = [[_term(b[c]) if c in b else None for c in cols] for b in bindings[:max_rows]]
        return TermResult(cols, rows, truncated=len(bindings) > max_rows)

    def _local_copy(self):
        """intgraph's graphs of the endpoint in an in-memory store (for dumps and rdflib)."""
        from intgraph.store import Store

        expected = len(self)
        q = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_OURS} }}"
        rows = self._select(q)["results"]["bindings"]
        if len(rows) < expected:
            raise StoreError(
                f"the endpoint {self.url} sent {len(rows)} of {expected} statements: it cuts "
                "long results (Virtuoso: raise ResultSetMaxRows in the [SPARQL] section of "
                "virtuoso.ini)"
            )
        lines = []
        for b in rows:
            s, p, o, g = (_term(b[k]) for k in ("s", "p", "o", "g"))
            lines.append(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n")
        copy = Store(None)
        copy.load_dump("".join(lines).encode("utf-8"))  # with the union as its default graph
        return copy

    def dump(self, fmt: str) -> bytes:
        return self._local_copy().dump(fmt)

    def serialize_union(self, fmt: str, prefixes: dict[str, str] | None = None) -> bytes:
        return self._local_copy().serialize_union(fmt, prefixes)

    def to_rdflib(self, graph: URIRef | None = None) -> Graph:
        return self._local_copy().to_rdflib(graph)


def _virtuoso_ask(data: dict) -> bool:
    """Virtuoso 7 answers ASK as a one-column SELECT whose single row holds 1 (true), or no
    row (false)."""
    rows = data.get("results", {}).get("bindings", [])
    if not rows:
        return False
    value = next(iter(rows[0].values()), {}).get("value", "0")
    return value not in ("0", "false")


def _ntriples(triples: list[ox.Triple]) -> str:  # a graph answer as sorted N-Triples text
    lines = sorted({f"{t.subject} {t.predicate} {t.object} ." for t in triples})
    return "\n".join(lines) + ("\n" if lines else "")
