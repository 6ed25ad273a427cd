"""CPU per document by stage (load, extract, resolve, rdf) over generated documents, in one
process with the lexicons loaded first (as ingest's workers have them): the figure the
extraction's speed work (issues 12 and 16) is measured by, without the store and the workers.

    python benchmarks/parts.py [--docs 1000] [--rounds 2]

Reads the first ``--docs`` documents of ``benchmarks/.corpora/10000`` (``run.py --sizes 10000``
generates them). CPU time (user + system of this process), not wall time: the machine is
shared. To compare two versions, run them one after the other, several times each, and read the
lowest figures (``PYTHONPATH=/path/to/other/src python benchmarks/parts.py``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=2, help="passes over the documents")
    ap.add_argument("--corpus", type=Path, default=HERE / ".corpora" / "10000")
    args = ap.parse_args(argv)
    from intgraph import load as load_stage
    from intgraph.extract import extract
    from intgraph.language.wordlists import preload
    from intgraph.pipeline import process
    from intgraph.rdf import document_lines
    from intgraph.resolve import resolve

    files = sorted(args.corpus.rglob("*.txt"))[: args.docs]
    if not files:
        print(f"no documents in {args.corpus}: run `python benchmarks/run.py --sizes 10000` first")
        return 2
    process(files[0])  # imports and first-use caches
    preload()
    n = len(files)
    for _ in range(args.rounds):
        c0 = time.process_time()
        docs = [load_stage.load(f) for f in files]
        c1 = time.process_time()
        found = [extract(d) for d in docs]
        c2 = time.process_time()
        resolved = [resolve(x) for x in found]
        c3 = time.process_time()
        for r in resolved:
            document_lines(r)
        c4 = time.process_time()
        ms = [1000 * (b - a) / n for a, b in ((c0, c1), (c1, c2), (c2, c3), (c3, c4))]
        print(
            f"{n} documents, CPU ms a document: load {ms[0]:.2f}, extract {ms[1]:.2f}, "
            f"resolve {ms[2]:.2f}, rdf {ms[3]:.2f}, total {sum(ms):.2f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
