"""What a worker process does (see :mod:`intgraph.serve.workers`): open the store, answer jobs.

Readers answer from the newest published snapshot and cache their answers per snapshot (a
snapshot never changes; a newer one empties the cache), up to 32 MB per worker.

Each job is a tuple ``(kind, *args)``; answers are plain data (bytes, str, tuples) so they
cross the pipe cheaply. Only this module and :mod:`intgraph.serve.pages` read the store.
"""

from __future__ import annotations

import os
import re
from collections import OrderedDict
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

_CACHED = frozenset({"query", "page", "describe", "void", "dump"})
# functions that give a new value on every call: such queries are never answered from the cache
_FRESH = re.compile(r"\b(?:NOW|RAND|UUID|STRUUID|BNODE)\s*\(", re.IGNORECASE)
CACHE_BYTES = 32 * 1024 * 1024  # per worker
CACHE_ENTRY_BYTES = 1024 * 1024


def _size(answer: Any) -> int:
    if isinstance(answer, bytes | str):
        return len(answer)
    if isinstance(answer, tuple) and len(answer) == 4:
        return len(answer[2]) + 256
    return 256


class Worker:
    def __init__(self, path: Path, *, writable: bool, options: dict[str, Any]) -> None:
        self.path = path
        self.writable = writable
        self.options = options
        self.store = Store(path, read_only=not writable)
        if writable:
            self.store.publish_snapshot()
        self.snapshot = self.store.snapshot_name()
        # answers are cached per snapshot: a published snapshot never changes
        self._cache: OrderedDict[tuple, Any] = OrderedDict()
        self._cache_bytes = 0
        self._cache_snapshot = self.snapshot

    def current(self) -> Store:
        if self.writable:
            return self.store
        name = self.store.snapshot_name()
        if name != self.snapshot:
            self.store = Store(self.path, read_only=True)
            self.snapshot = name
        return self.store

    def run(self, kind: str, *args: Any) -> Any:
        if kind not in _CACHED or (kind == "query" and _FRESH.search(args[0])):
            return getattr(self, "job_" + kind)(*args)
        self.current()  # a newer snapshot empties the cache
        key = (kind, *(tuple(a) if isinstance(a, list) else a for a in args))
        if self._cache_snapshot != self.snapshot:
            self._cache.clear()
            self._cache_bytes = 0
            self._cache_snapshot = self.snapshot
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        answer = getattr(self, "job_" + kind)(*args)
        size = _size(answer)
        if size <= CACHE_ENTRY_BYTES:
            self._cache[key] = answer
            self._cache_bytes += size
            while self._cache_bytes > CACHE_BYTES:
                _, old = self._cache.popitem(last=False)
                self._cache_bytes -= _size(old)
        return answer

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
