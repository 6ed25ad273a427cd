"""How large a network view stays usable: build time, HTML size, and time until the page has
drawn and settled in headless Chromium, for synthetic landscapes of growing size.

    python benchmarks/views.py [--sizes 500 2000 5000]
    python benchmarks/views.py --sizes --pages exports/html/*.html   # pages already written

For written pages it reports size, time to settle, and how many labels the starting view
draws at 11 px or more (the issue-14 legibility measure).

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


LEGIBLE = """() => { const net = window.intgraph.network, s = net.getScale(); let k = 0;
  for (const id of Object.keys(net.body.nodes)) { const b = net.body.nodes[id];
    if (!b.options.hidden && b.options.label && b.labelModule.fontOptions.size * s >= 11) k++; }
  return [k, s]; }"""


def pages(paths: list[Path], chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    print("| page | size | settled | labels ≥ 11 px at start | start zoom |")
    print("|---|---|---|---|---|")
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=chromium,
            args=["--headless=new", "--no-sandbox", "--disable-gpu"],
        )
        for path in paths:
            pg = b.new_page(viewport={"width": 1600, "height": 1000})
            t = time.perf_counter()
            pg.goto(path.resolve().as_uri())
            pg.wait_for_function("window.intgraph && window.intgraph.settled()", timeout=600_000)
            settle = time.perf_counter() - t
            labels, scale = pg.evaluate(LEGIBLE)
            size = path.stat().st_size / 1e6
            print(f"| {path.name} | {size:.2f} MB | {settle:.2f} s | {labels} | {scale:.2f} |")
            pg.close()
        b.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="*", default=[500, 2000, 5000])
    ap.add_argument("--pages", type=Path, nargs="*", default=[])
    a = ap.parse_args()
    chromium = shutil.which("chromium")
    if a.pages and chromium:
        pages(a.pages, chromium)
    if not a.sizes:
        return 0
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
