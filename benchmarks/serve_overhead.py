"""What the endpoint's pieces cost: the store in process, the worker pool's round trip, the query
guard (lexer, rdflib parse, cached), and replacing a killed worker.

    python benchmarks/serve_overhead.py STORE

STORE is a store folder (for example one built by ``intgraph ingest examples/corpus --store S``).
Bounded: a few hundred tiny requests and one 0.2 s time-out; prints medians.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASK = ("query", "ASK {}", None, None, None, "http://example.org/sparql", 10)


def median_ms(fn: Callable[[], object], n: int = 200) -> float:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


async def pool_figures(store: Path) -> None:
    from intgraph.serve.workers import Pool

    pool = Pool(store, size=2, queue=8, writable=False)
    started = time.perf_counter()
    await pool.start()
    print(f"pool start (2 workers + 1 spare): {(time.perf_counter() - started) * 1000:.0f} ms")
    times = []
    for _ in range(200):
        started = time.perf_counter()
        await pool.run(ASK, timeout=5)
        times.append(time.perf_counter() - started)
    print(f"pool round trip ASK {{}}: {statistics.median(times) * 1000:.2f} ms")
    try:
        await pool.run(("sleep", 5), timeout=0.2)  # its worker is killed at 0.2 s
    except Exception:
        pass
    killed = time.perf_counter()
    await pool.run(ASK, timeout=5)
    print(f"next ASK {{}} after a kill: {(time.perf_counter() - killed) * 1000:.1f} ms")
    while not pool._spares:
        await asyncio.sleep(0.005)
    print(f"a new spare ready {(time.perf_counter() - killed) * 1000:.0f} ms after the kill")
    pool.close()


def main() -> int:
    from intgraph.query.guard import _check, check_query, scan
    from intgraph.store import Store

    path = Path(sys.argv[1])
    store = Store(path, read_only=True)
    print(
        f"in-process ASK {{}}: {median_ms(lambda: store.query_terms('ASK {}', max_rows=10)):.3f} ms"
    )
    text = (ROOT / "queries" / "office-holders.rq").read_text(encoding="utf-8")
    print(f"guard lexer, office-holders.rq: {median_ms(lambda: scan(text)):.3f} ms")

    def uncached() -> None:
        _check.cache_clear()
        check_query(text)

    print(f"guard with rdflib's parse, first time: {median_ms(uncached, 10):.1f} ms")
    print(f"guard, cached: {median_ms(lambda: check_query(text)):.4f} ms")
    asyncio.run(pool_figures(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
