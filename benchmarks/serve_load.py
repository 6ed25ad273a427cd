"""Concurrent clients against `intgraph serve` on loopback: throughput, latency, errors.

    python benchmarks/serve_load.py [STORE] [--clients 20] [--seconds 30] [-- SERVE-OPTIONS]

Starts `intgraph serve` (a process of its own, as a user starts it) on a free loopback port over
STORE (default: a store built from examples/corpus), then runs CLIENTS threads that send a mix
of SPARQL queries (a competency query, a count, an entity lookup) and entity-page requests for
SECONDS, and reports requests/s, median and p95 latency, and every non-200 answer. Traffic stays
on 127.0.0.1; the run is bounded in time and stops by itself.
"""

from __future__ import annotations

import argparse
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

REQUESTS = [
    (
        "/sparql?query="
        + urllib.parse.quote((ROOT / "queries" / "office-holders.rq").read_text(encoding="utf-8")),
        "text/csv",
    ),
    (
        "/sparql?query="
        + urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
        "application/sparql-results+json",
    ),
    ("/id/person/kai-klose", "text/html"),
    ("/id/polity/DE-HE", "text/turtle"),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", nargs="?", type=Path)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("serve_options", nargs="*", help="more options for intgraph serve")
    a = ap.parse_args()
    from intgraph.pipeline import ingest
    from intgraph.store import Store

    tmp = tempfile.TemporaryDirectory()
    store = a.store
    if store is None:
        store = Path(tmp.name) / "store"
        writer = Store(store)
        ingest([ROOT / "examples" / "corpus"], writer)
        del writer
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("intgraph")),
            "serve",
            "--store",
            str(store),
            "--port",
            "0",
            *a.serve_options,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    line = server.stdout.readline()
    m = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
    if not m:
        server.kill()
        print("the server did not start:", line)
        return 2
    base = m.group(1)
    deadline = time.monotonic() + a.seconds
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client(i: int) -> int:
        n = 0
        while time.monotonic() < deadline:
            path, accept = REQUESTS[(i + n) % len(REQUESTS)]
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(
                    urllib.request.Request(base + path, headers={"Accept": accept}), timeout=30
                ) as r:
                    r.read()
                    ok = r.status == 200
            except urllib.error.HTTPError as e:
                ok = False
                with lock:
                    errors.append(f"{e.code} {path[:60]}")
            except OSError as e:
                ok = False
                with lock:
                    errors.append(f"{e} {path[:60]}")
            with lock:
                latencies.append(time.perf_counter() - t)
            n += ok
        return n

    started = time.monotonic()
    with ThreadPoolExecutor(a.clients) as pool:
        done = sum(pool.map(client, range(a.clients)))
    wall = time.monotonic() - started
    server.send_signal(signal.SIGINT)
    server.wait(30)
    latencies.sort()
    print(
        f"{a.clients} clients × {a.seconds:g} s on loopback: {done} successful responses, {len(errors)} errors"
    )

    def pct(q: float) -> float:
        return latencies[int(q * (len(latencies) - 1))] * 1000

    print(
        f"throughput {done / wall:.0f} requests/s; latency median {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {pct(0.95):.0f} ms, p99 {pct(0.99):.0f} ms, max {latencies[-1] * 1000:.0f} ms, "
        f"mean {statistics.mean(latencies) * 1000:.0f} ms"
    )
    for e in errors[:10]:
        print("  error:", e)
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
