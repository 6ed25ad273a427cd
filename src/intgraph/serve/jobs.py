"""What a worker process does (see :mod:`intgraph.serve.workers`): open the store, answer jobs.

Each job is a tuple ``(kind, *args)``; answers are plain data (bytes, str, tuples) so they
cross the pipe cheaply. Only this module and :mod:`intgraph.serve.pages` read the store.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from intgraph.errors import QueryError
from intgraph.query.guard import add_using, check_query, check_update
from intgraph.serve import pages
from intgraph.serve.formats import CONTENT_TYPE, GRAPH_TYPES, SELECT_TYPES, negotiate, serialize
from intgraph.store import Store

__all__ = ["Answer", "Worker"]

# (status, content type, body, extra headers)
Answer = tuple[int, str, bytes, dict[str, str]]


class Worker:
    def __init__(self, path: Path, *, writable: bool, options: dict[str, Any]) -> None:
        self.path = path
        self.writable = writable
        self.options = options
        self.store = Store(path, read_only=not writable)
        if writable:
            self.store.publish_snapshot()
        self.snapshot = self.store.snapshot_name()

    def current(self) -> Store:
        if self.writable:
            return self.store
        name = self.store.snapshot_name()
        if name != self.snapshot:
            self.store = Store(self.path, read_only=True)
            self.snapshot = name
        return self.store

    def run(self, kind: str, *args: Any) -> Any:
        return getattr(self, "job_" + kind)(*args)

    # ------------------------------------------------------------------ jobs
    def job_ping(self) -> int:
        self.current()
        return os.getpid()

    def job_sleep(self, seconds: float) -> None:  # for tests of the time limit
        import time

        time.sleep(seconds)

    def job_query(
        self,
        text: str,
        accept: str | None,
        default_graphs: list[str] | None,
        named_graphs: list[str] | None,
        base_iri: str,
        max_rows: int,
    ) -> Answer:
        q = check_query(text, max_bytes=self.options.get("max_bytes", 100_000))
        offered = GRAPH_TYPES if q.is_graph else SELECT_TYPES
        fmt = negotiate(accept, offered, "turtle" if q.is_graph else "json")
        if fmt is None:
            return _text(406, f"cannot answer in {accept}; offered: {', '.join(offered)}")
        result = self.current().query_terms(
            text,
            max_rows=max_rows,
            graph_format=fmt if q.is_graph else "turtle",
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            own_dataset=q.dataset,
            base_iri=base_iri,
        )
        if result.truncated:
            return _text(
                413,
                f"the result has more than {max_rows:,} rows; add LIMIT/OFFSET or narrow the query",
            )
        if q.is_graph:
            return 200, CONTENT_TYPE[fmt], result.graph or b"", {}
        if result.boolean is None and q.form == "ASK":
            raise QueryError("internal: an ASK query gave no boolean")
        return 200, CONTENT_TYPE[fmt], serialize(result, fmt), {}

    def job_update(
        self, text: str, using: list[str], using_named: list[str], base_iri: str
    ) -> Answer:
        u = check_update(text, max_bytes=self.options.get("max_bytes", 100_000))
        final = add_using(u, using, using_named)
        self.store.update(final, base_iri=base_iri)
        self.store.publish_snapshot()
        return 204, "text/plain; charset=utf-8", b"", {}

    def job_page(self, iri: str) -> str | None:
        return pages.entity_page(self.current(), iri)

    def job_describe(self, iri: str, fmt: str) -> bytes:
        return self.current().describe(iri, graph_format=fmt)

    def job_void(self, base: str) -> bytes:
        from intgraph.rdf.void import void_turtle

        return void_turtle(self.current(), base).encode("utf-8")

    def job_dump(self, name: str) -> bytes | None:
        store = self.current()
        if name == "intgraph.nq":
            return store.dump("nquads")
        if name == "intgraph.trig":
            return store.dump("trig")
        if name == "intgraph.ttl":
            return store.serialize_union("turtle")
        if name == "intgraph.jsonld":
            return store.serialize_union("jsonld")
        return None


def _text(status: int, message: str) -> Answer:
    return status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode(), {}
