"""Which store should intgraph use? The same graphs and queries, three ways.

    python benchmarks/store_choice.py [CORPUS] [--copies N]

Builds the graph of CORPUS (default: ../shared/corpus, else examples/corpus) once, copies every
document graph N times under new graph names (default 40), then loads the quads and runs the six
competency queries on:

  (a) pyoxigraph Store on disk, used directly (what intgraph does);
  (b) rdflib Dataset over oxrdflib's Oxigraph store on disk (rdflib API, Oxigraph engine);
  (c) rdflib's in-memory Dataset (rdflib's own SPARQL engine).

Prints a Markdown table: load time, median query time per query, and ratios to (a).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ["documents", "office-holders", "conferences", "motions", "programmes", "quotes"]


def corpus_quads(corpus: Path, copies: int) -> str:
    from intgraph.pipeline import ingest
    from intgraph.store import Store

    store = Store(None)
    ingest([corpus], store)
    lines = store.dump("nquads").decode("utf-8").splitlines()
    out = list(lines)
    for i in range(1, copies):
        for line in lines:
            if "/id/document/" in line or "/id/graph/sources>" in line:
                out.append(
                    line.replace("/id/document/", f"/id/document/c{i}-").replace(
                        "/id/source/", f"/id/source/c{i}-"
                    )
                )
    return "\n".join(out) + "\n"


ROWS: dict[tuple[str, str], int] = {}


def timed(fn, repeat: int = 5, key: tuple[str, str] | None = None) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        rows = fn()
        times.append(time.perf_counter() - t)
    if key is not None:
        ROWS[key] = len(rows)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("--copies", type=int, default=40)
    a = ap.parse_args()
    corpus = a.corpus or (ROOT.parent / "shared" / "corpus")
    if not corpus.is_dir():
        corpus = ROOT / "examples" / "corpus"
    data = corpus_quads(corpus, a.copies)
    n_quads = data.count("\n")
    texts = {q: (ROOT / "queries" / f"{q}.rq").read_text(encoding="utf-8") for q in QUERIES}
    results: dict[str, dict[str, float]] = {}

    import pyoxigraph as ox

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        s = ox.Store(str(Path(tmp) / "a"))
        s.bulk_load(data.encode(), ox.RdfFormat.N_QUADS)
        s.flush()
        load = time.perf_counter() - t
        row = {"load": load}
        for q, text in texts.items():
            row[q] = timed(
                lambda text=text: list(s.query(text, use_default_graph_as_union=True)), key=("a", q)
            )
        results["(a) pyoxigraph, direct, on disk"] = row

    from rdflib import Dataset

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        ds = Dataset(store="Oxigraph")
        ds.open(str(Path(tmp) / "b"), create=True)
        ds.parse(data=data, format="nquads")
        load = time.perf_counter() - t
        row = {"load": load}
        for q, text in texts.items():
            row[q] = timed(lambda text=text: list(ds.query(text)), key=("b", q))
        results["(b) rdflib + oxrdflib, on disk"] = row
        ds.close()

    t = time.perf_counter()
    mem = Dataset(default_union=True)
    mem.parse(data=data, format="nquads")
    load = time.perf_counter() - t
    row = {"load": load}
    for q, text in texts.items():
        row[q] = timed(lambda text=text: list(mem.query(text)), repeat=1, key=("c", q))
    results["(c) rdflib in memory"] = row

    base = results["(a) pyoxigraph, direct, on disk"]
    cols = ["load", *QUERIES]
    print(f"{n_quads} quads ({a.copies} copies of {corpus}), Python {sys.version.split()[0]}\n")
    print("| store | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for name, r in results.items():
        cells = [
            f"{r[c] * 1000:.0f} ms"
            + ("" if name == next(iter(results)) else f" (×{r[c] / base[c]:.1f})")
            for c in cols
        ]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(
        "\nrows returned (a / b / c): "
        + ", ".join(f"{q} {ROWS[('a', q)]}/{ROWS[('b', q)]}/{ROWS[('c', q)]}" for q in QUERIES)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
