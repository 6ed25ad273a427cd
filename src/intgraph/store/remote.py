"""A store behind a SPARQL 1.1 endpoint (Query and Update protocols), for teams that keep the
graph in an Oxigraph server, Fuseki, GraphDB or Virtuoso. Same interface as the embedded
:class:`~intgraph.store.Store`; every write is one SPARQL UPDATE request, which these servers
apply atomically.

Endpoints: ``--store URL`` names the query endpoint. Updates go to ``URL`` with ``/query``
replaced by ``/update`` (Oxigraph, Fuseki's ``/ds/query`` and ``/ds/update``), or to ``URL``
itself when it ends in ``/sparql`` (GraphDB, Virtuoso), or to ``INTGRAPH_UPDATE_URL``.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.term import Node

from intgraph.errors import QueryError, StoreError
from intgraph.vocab import GRAPH_SOURCES, IG

if TYPE_CHECKING:  # intgraph.store imports this module, so only for type hints
    from intgraph.store import NewDocument

USER_AGENT = "intgraph"


def _term(b: dict) -> object:
    from intgraph.store import Term

    kind = b["type"]
    if kind == "uri":
        return Term("uri", b["value"])
    if kind == "bnode":
        return Term("bnode", b["value"])
    return Term("literal", b["value"], b.get("xml:lang"), b.get("datatype"))


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
    def _post(self, url: str, body: bytes, ctype: str, accept: str) -> bytes:
        req = urllib.request.Request(
            url,
            data=body,
            headers={"Content-Type": ctype, "Accept": accept, "User-Agent": USER_AGENT},
        )
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                return r.read()
        except urllib.error.HTTPError as exc:
            message = exc.read().decode("utf-8", errors="replace")[:500]
            if exc.code == 400:
                raise QueryError(f"the endpoint {url} refused the request: {message}") from None
            raise StoreError(f"the endpoint {url} answered {exc.code}: {message}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"cannot reach {url}: {getattr(exc, 'reason', exc)}") from None

    def _select(self, sparql: str) -> dict:
        body = self._post(
            self.url,
            sparql.encode("utf-8"),
            "application/sparql-query",
            "application/sparql-results+json",
        )
        return json.loads(body)

    def _update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only")
        self._post(self.update_url, sparql.encode("utf-8"), "application/sparql-update", "*/*")

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
                    lines=d.lines,
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
        rows = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")["results"][
            "bindings"
        ]
        return sorted(b["g"]["value"] for b in rows)

    def __len__(self) -> int:
        rows = self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")["results"][
            "bindings"
        ]
        return int(rows[0]["n"]["value"])

    def query(self, sparql: str, *, source: str | None = None):
        from intgraph.store import QueryResult

        try:
            data = self._select(sparql)
        except QueryError as exc:
            raise QueryError(str(exc), source=source) from None
        if "boolean" in data:
            return QueryResult([], [], boolean=bool(data["boolean"]))
        cols = data["head"]["vars"]
        rows = [
            [b[c]["value"] if c in b else None for c in cols] for b in data["results"]["bindings"]
        ]
        return QueryResult(cols, rows)

    def query_terms(self, sparql: str, *, max_rows: int, graph_format: str = "turtle"):
        from intgraph.store import TermResult

        data = self._select(sparql)
        if "boolean" in data:
            return TermResult([], [], boolean=bool(data["boolean"]))
        cols = data["head"]["vars"]
        bindings = data["results"]["bindings"]
        rows = [[_term(b[c]) if c in b else None for c in cols] for b in bindings[:max_rows]]
        return TermResult(cols, rows, truncated=len(bindings) > max_rows)  # type: ignore[arg-type]

    def _local_copy(self):
        from intgraph.store import Store

        copy = Store(None)
        rows = self._select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")["results"][
            "bindings"
        ]
        lines = []
        for b in rows:
            s, p, o, g = (_term(b[k]) for k in ("s", "p", "o", "g"))
            lines.append(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n")  # type: ignore[attr-defined]
        copy._s.load(
            input="".join(lines).encode("utf-8"), format=__import__("pyoxigraph").RdfFormat.N_QUADS
        )
        return copy

    def dump(self, fmt: str) -> bytes:
        return self._local_copy().dump(fmt)

    def serialize_union(self, fmt: str, prefixes: dict[str, str] | None = None) -> bytes:
        return self._local_copy().serialize_union(fmt, prefixes)

    def to_rdflib(self, graph: URIRef | None = None) -> Graph:
        return self._local_copy().to_rdflib(graph)
