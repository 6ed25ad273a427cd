"""How large a network view stays usable: build time, HTML size, and time until the page has
drawn and settled in headless Chromium, for synthetic landscapes of growing size.

    python benchmarks/views.py [--sizes 500 2000 5000]

Needs Debian's chromium and the playwright package (both installed by `make test`).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from intgraph.visualise import render_html

CLASSES = ["Person", "Land", "ConferenceSession", "Motion", "Programme", "Document"]


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(n):
        cls = CLASSES[i % len(CLASSES)] if i >= 16 else "Land"
        g.add_node(
            f"n{i}",
            label=f"{cls} {i}",
            cls=cls,
            lands={f"DE-{'BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH'.split()[i % 16]}"},
            years={2007 + i % 19},
        )
    for i in range(16, n):
        for _ in range(rnd.choice((1, 1, 2))):
            j = rnd.randrange(0, i)
            g.add_edge(f"n{i}", f"n{j}", label="link", evidence=f"„Satz {i}“ (doc{i % 97}.txt)")
    return g


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    a = ap.parse_args()
    chromium = shutil.which("chromium")
    print("| nodes | edges | build HTML | HTML size | Chromium: drawn and settled |")
    print("|---|---|---|---|---|")
    for n in a.sizes:
        g = synthetic(n)
        t = time.perf_counter()
        page = render_html(g, f"synthetic {n}")
        build = time.perf_counter() - t
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "v.html"
            path.write_text(page, encoding="utf-8")
            shown = "n/a (no chromium)"
            if chromium:
                from playwright.sync_api import sync_playwright

                with sync_playwright() as p:
                    b = p.chromium.launch(
                        executable_path=chromium,
                        args=[
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                        ],
                    )
                    pg = b.new_page(viewport={"width": 1400, "height": 900})
                    t = time.perf_counter()
                    pg.goto(path.as_uri())
                    pg.wait_for_function(
                        "window.intgraph && window.intgraph.settled()", timeout=600_000
                    )
                    shown = f"{time.perf_counter() - t:.1f} s"
                    b.close()
        print(
            f"| {n} | {g.number_of_edges()} | {build:.1f} s | {len(page) / 1e6:.1f} MB | {shown} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
