"""The writer's side of a cold ingest alone (issue 12): CPU a document by part, with the
workers' results read from a file instead of computed, so that only the parent's work is timed
(discovery, bookkeeping, the N-Quads text, Oxigraph's bulk loads with RocksDB's flushes and
compactions, checkpoints).

    python benchmarks/writer.py [--corpus benchmarks/.corpora/10000] [--write-bytes N]

The first run computes the workers' results for the corpus (two processes, about a minute)
and keeps them in ``benchmarks/.work-writer/results.pickle``; later runs reuse them. CPU time
(user + system of all of this process's threads: the bulk loader and RocksDB run in threads of
their own), not wall time: the machine is shared. ``--write-bytes`` and ``--write-batch``
override ``pipeline.WRITE_BYTES`` / ``WRITE_BATCH`` to measure how the number of loads costs
(peak memory is reported beside it).
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def cpu(who: int = resource.RUSAGE_SELF) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def collect(corpus: Path, out: Path) -> None:
    from multiprocessing import get_context

    from intgraph import pipeline
    from intgraph.language.wordlists import preload

    files = pipeline.discover([corpus])
    preload()
    with get_context("fork").Pool(2) as pool:
        results = pool.map(pipeline._process_safe, files, chunksize=64)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as f:
        by_name = {
            os.path.relpath(p, corpus): pickle.dumps(r) for p, r in zip(files, results, strict=True)
        }
        pickle.dump(by_name, f)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=HERE / ".corpora" / "10000")
    ap.add_argument("--results", type=Path, default=HERE / ".work-writer" / "results.pickle")
    ap.add_argument("--store", type=Path, default=HERE / ".work-writer" / "store")
    ap.add_argument("--write-bytes", type=float, default=None)
    ap.add_argument("--write-batch", type=int, default=None)
    args = ap.parse_args(argv)
    if not args.results.exists():
        collect(args.corpus, args.results)
    from intgraph import pipeline
    from intgraph import store as store_module
    from intgraph.store import Store, open_store

    with args.results.open("rb") as f:
        blobs: dict[str, bytes] = pickle.load(f)
    if args.write_bytes is not None:
        pipeline.WRITE_BYTES = int(args.write_bytes)
    if args.write_batch is not None:
        pipeline.WRITE_BATCH = args.write_batch
    acc: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)

    def timed(owner: object, name: str) -> None:
        real = getattr(owner, name)

        def wrapper(*a: object, **k: object) -> object:
            c = cpu()
            try:
                return real(*a, **k)
            finally:
                acc[name] += cpu() - c
                calls[name] += 1

        setattr(owner, name, wrapper)

    for name in ("_load", "publish_snapshot", "has_graph", "replace_graph"):
        timed(Store, name)
    timed(store_module, "_new_document_nquads")

    def replay(fn: object, items: list[object], **kw: object) -> object:
        for item in items:  # a path, or (path, key) as text
            path = str(item[0] if isinstance(item, tuple) else item)
            yield pickle.loads(blobs[os.path.relpath(path, args.corpus)])

    pipeline.budgeted_map = replay  # type: ignore[assignment]
    pipeline.preload_lexicons = lambda: None  # type: ignore[assignment]
    shutil.rmtree(args.store, ignore_errors=True)
    store = open_store(args.store)
    status = Path("/proc/self/status").read_text().splitlines()
    rss = int(next(x for x in status if x.startswith("VmRSS")).split()[1])
    c0, t0 = cpu(), time.perf_counter()
    report = pipeline.ingest([args.corpus], store, jobs=2)
    store.flush()
    del store
    total, wall = cpu() - c0, time.perf_counter() - t0
    n = len(report.ingested)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    parts = ", ".join(
        f"{k} {1000 * v / n:.2f} ({calls[k]} calls)"
        for k, v in sorted(acc.items(), key=lambda kv: -kv[1])
    )
    print(
        f"{n} documents, writer CPU {1000 * total / n:.2f} ms a document ({parts}; the rest "
        f"{1000 * (total - sum(acc.values())) / n:.2f}); wall {wall:.1f} s, peak memory "
        f"{(peak - rss) / 1024:.0f} MiB over the results held, load average {os.getloadavg()[0]:.1f}"
    )
    shutil.rmtree(args.store, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
