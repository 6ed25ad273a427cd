"""Every view opened in headless Chromium (Debian's package, driven by Playwright).

The readable-at-first-sight checks run on the shared corpus (screenshots of every view go to
build/screenshots/); the safety checks run on the sample corpus plus a hostile document.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from intgraph.analyse import landscape
from intgraph.visualise import absent_views, focus_view, views

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
VIEWPORT = {"width": 1600, "height": 1000}
TOP_N = 8  # labels the starting view must show legibly
LUCHA = "https://w3id.org/intgraph/id/person/manfred-lucha"

if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip(
        "Debian's chromium is not installed (scripts/system-deps.sh installs it)",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "chromium must be installed in CI (scripts/system-deps.sh)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _write(pages: dict[str, str], out: Path) -> dict[str, Path]:
    files = {}
    for name, html in pages.items():
        files[name] = out / f"{name}.html"
        files[name].write_text(html, encoding="utf-8")
    return files


@pytest.fixture(scope="module")
def pages(view_store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample corpus with a hostile document."""
    built = views(view_store)
    built["focus"] = focus_view(view_store, "Petra Köpping")[1]
    return _write(built, tmp_path_factory.mktemp("html"))


@pytest.fixture(scope="module")
def shared_pages(shared_store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The shared corpus: what a researcher opens."""
    built = views(shared_store, entity_base="http://127.0.0.1:8000")
    built["focus"] = focus_view(shared_store, "Manne Lucha", entity_base="http://127.0.0.1:8000")[1]
    return _write(built, tmp_path_factory.mktemp("shared-html"))


def open_view(browser, path: Path, fragment: str = "", viewport: dict | None = None):
    page = browser.new_page(viewport=viewport or VIEWPORT)
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "request",
        lambda r: (
            problems.append("request " + r.url)
            if not r.url.startswith(("file:", "data:"))
            else None
        ),
    )
    page.goto(path.as_uri() + fragment)
    page.wait_for_function("window.intgraph && window.intgraph.settled()", timeout=60_000)
    return page, problems


LEGIBLE = """() => {
  const ig = window.intgraph, net = ig.network, s = net.getScale();
  const box = document.getElementById('ig-net').getBoundingClientRect();
  const out = [];
  for (const n of ig.data.nodes) {
    const b = net.body.nodes[n.id];
    if (!b || b.options.hidden || !b.options.label) continue;
    const px = b.labelModule.fontOptions.size * s;
    const p = net.canvasToDOM(net.getPosition(n.id));
    const inside = p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
    if (px >= 11 && inside) out.push([n.rank, n.id, px]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}"""


def node_point(page, node: str) -> tuple[float, float]:
    return page.evaluate(
        """(id) => { const net = window.intgraph.network;
        const p = net.canvasToDOM(net.getPosition(id));
        const r = document.getElementById('ig-net').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }""",
        node,
    )


# ------------------------------------------------------------------ the shared corpus


@pytest.mark.parametrize("name", ["overview", "intmk", "cosponsorship", "programmes", "focus"])
def test_shared_view_is_readable_at_first_sight(
    browser, shared_pages, shared_store, name: str
) -> None:
    if name not in shared_pages:
        reason = absent_views(shared_store)[name]
        assert reason, f"{name} is neither exported nor explained"
        pytest.skip(f"{name} is not exported: {reason}")
    page, problems = open_view(browser, shared_pages[name])
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    assert problems == []
    assert page.evaluate("window.intgraph.visibleEdges()") >= 1, "the view draws no edge"
    legible = page.evaluate(LEGIBLE)
    n = page.evaluate("window.intgraph.nodeCount")
    assert len(legible) >= min(TOP_N, n), legible
    ranks = [r for r, *_ in legible]
    assert 0 in ranks, "the most central node is not labelled"
    # legend: a shape and colour for every class, and what size and width mean
    classes = page.evaluate("window.intgraph.data.classes.length")
    assert page.locator("#ig-legend-classes svg").count() == classes
    legend = page.inner_text("#ig-legend")
    assert "Knotengröße" in legend and "Kantenbreite" in legend
    page.close()


LABELS_OUTSIDE = """() => {
  const ig = window.intgraph, net = ig.network, s = net.getScale();
  const box = document.getElementById('ig-net').getBoundingClientRect();
  const out = [];
  for (const n of ig.data.nodes) {
    const b = net.body.nodes[n.id];
    if (!b || b.options.hidden || !b.options.label) continue;
    if (b.labelModule.fontOptions.size * s < 11) continue;  // not drawn at this zoom
    const z = b.labelModule.size;  // where vis-network drew the label, in canvas units
    const a = net.canvasToDOM({x: z.left, y: z.top});
    const c = net.canvasToDOM({x: z.left + z.width, y: z.top + z.height});
    if (a.x < -1 || a.y < -1 || c.x > box.width + 1 || c.y > box.height + 1)
      out.push([n.label, Math.round(a.x), Math.round(c.x), Math.round(box.width)]);
  }
  return out;
}"""


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
@pytest.mark.parametrize("name", ["overview", "intmk", "cosponsorship", "programmes", "focus"])
def test_no_label_of_the_starting_view_is_cut_at_the_edge(
    browser, shared_pages, name: str, size: tuple[int, int]
) -> None:
    """The starting view fits the labels it draws, not only the nodes: vis-network's fit leaves
    a long label of a node at the left or right edge half outside the canvas."""
    if name not in shared_pages:
        pytest.skip(f"{name} is not exported for the shared corpus")
    viewport = {"width": size[0], "height": size[1]}
    page, problems = open_view(browser, shared_pages[name], viewport=viewport)
    assert problems == []
    assert page.evaluate(LABELS_OUTSIDE) == []
    page.close()


def test_every_programme_is_explained(shared_store) -> None:
    """Each programme the documents name is linked to who demands or names it."""
    from intgraph.visualise import _programmes

    land = landscape(shared_store)
    g, _, _ = _programmes(land)
    named = {n for n, d in land.nodes(data=True) if d["cls"] == "Programme"}
    assert named and named <= set(g)
    assert all(g.degree(p) >= 1 for p in named)


def test_communities_colour_option(browser, shared_pages) -> None:
    page, problems = open_view(browser, shared_pages["overview"])
    colours = "new Set(window.intgraph.nodes.get().map(n => n.color.background)).size"
    by_class = page.evaluate(colours)
    page.select_option("#ig-colour", "community")
    by_community = page.evaluate(colours)
    assert by_community != by_class and by_community > 1
    assert "Communities" in page.inner_text("#ig-legend")
    assert problems == []
    page.close()


def test_shared_absent_views_have_reasons(shared_store, shared_pages) -> None:
    absent = absent_views(shared_store)
    assert set(absent) | set(shared_pages) >= {"overview", "intmk", "cosponsorship", "programmes"}
    assert all(reason for reason in absent.values())


def test_panel_opens_on_click_with_evidence_and_links(browser, shared_pages) -> None:
    page, problems = open_view(browser, shared_pages["overview"])
    page.evaluate(
        "(id) => window.intgraph.network.focus(id, {scale: 1.2, animation: false})", LUCHA
    )
    x, y = node_point(page, LUCHA)
    page.mouse.click(x, y)
    panel = page.locator("#ig-panel.open")
    assert panel.count() == 1
    assert "Manfred Lucha" in panel.inner_text()
    assert panel.locator(".sent").count() >= 1, "no evidence sentence in the panel"
    entity = panel.locator("a.entity").get_attribute("href")
    assert entity == "http://127.0.0.1:8000/id/person/manfred-lucha"
    sources = [a.get_attribute("href") for a in panel.locator(".src a").all()]
    assert sources and all(h.startswith(("file:", "http")) for h in sources)
    assert page.evaluate("decodeURIComponent(location.hash)") == "#node=" + LUCHA
    assert problems == []
    page.close()


def test_url_hash_restores_the_selection(browser, shared_pages) -> None:
    from urllib.parse import quote

    page, problems = open_view(browser, shared_pages["overview"], "#node=" + quote(LUCHA, ""))
    assert page.evaluate("window.intgraph.network.getSelectedNodes()") == [LUCHA]
    assert "Manfred Lucha" in page.inner_text("#ig-panel.open h2")
    x, y = node_point(page, LUCHA)
    assert 0 < x < VIEWPORT["width"] and 0 < y < VIEWPORT["height"]
    assert problems == []
    page.close()


def test_filter_refits_and_keeps_relations_of_the_years(browser, shared_pages) -> None:
    page, problems = open_view(browser, shared_pages["intmk"])
    before = page.evaluate("window.intgraph.network.getScale()")
    page.select_option("#ig-from", "2025")
    page.select_option("#ig-to", "2025")
    shown = page.evaluate("window.intgraph.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert "https://w3id.org/intgraph/id/conference/intmk/1" not in shown
    assert "https://w3id.org/intgraph/id/conference/intmk/20" in shown
    after = page.evaluate("window.intgraph.network.getScale()")
    assert after > before, "the view did not re-fit after filtering"
    outside = page.evaluate(
        """() => { const net = window.intgraph.network, r = document.getElementById('ig-net').getBoundingClientRect();
        return window.intgraph.nodes.get({filter: n => !n.hidden}).filter(n => {
          const p = net.canvasToDOM(net.getPosition(n.id)); return p.x < 0 || p.y < 0 || p.x > r.width || p.y > r.height; }).length; }"""
    )
    assert outside == 0
    page.click("#ig-reset")
    assert page.evaluate("window.intgraph.visible()") == page.evaluate("window.intgraph.nodeCount")
    assert problems == []
    page.close()


def test_search_reports_hits_and_enter_cycles(browser, shared_pages) -> None:
    page, problems = open_view(browser, shared_pages["overview"])
    page.fill("#ig-search", "Manne Lucha")  # a spelling the registry knows
    assert "1 Treffer" in page.inner_text("#ig-hits")
    assert page.evaluate("window.intgraph.network.getSelectedNodes()") == [LUCHA]
    page.fill("#ig-search", "Integrationsministerkonferenz")
    text = page.inner_text("#ig-hits")
    count = int(text.split()[0])
    assert count >= 2
    page.press("#ig-search", "Enter")
    first = page.inner_text("#ig-hits")
    page.press("#ig-search", "Enter")
    second = page.inner_text("#ig-hits")
    assert first.startswith("1 / ") and second.startswith("2 / ")
    page.fill("#ig-search", "zzzz-nichts")
    assert "keine Treffer" in page.inner_text("#ig-hits")
    assert problems == []
    page.close()


def test_intmk_edges_are_hit_where_they_are_drawn(browser, shared_pages) -> None:
    """Hovering the middle of any edge finds that edge, not a neighbour."""
    page, problems = open_view(browser, shared_pages["intmk"])
    misses = page.evaluate(
        """() => { const net = window.intgraph.network, ig = window.intgraph, bad = [];
        net.moveTo({scale: 1.0, animation: false});
        for (const e of ig.data.edges) {
          if (e.curved) continue;
          const a = net.getPosition(e.from), b = net.getPosition(e.to);
          net.moveTo({position: {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}, scale: 1.0, animation: false});
          const p = net.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
          if (net.getNodeAt(p) !== undefined) continue;
          const hit = net.getEdgeAt(p);
          if (hit !== e.id) bad.push([e.from, e.to, hit]);
        }
        return bad; }"""
    )
    assert misses == []
    assert problems == []
    page.close()


# ------------------------------------------------------------------ safety (hostile text)


@pytest.mark.parametrize("name", ["overview", "intmk", "cosponsorship", "programmes", "focus"])
def test_view_renders_offline_without_errors(browser, pages, view_store, name: str) -> None:
    if name not in pages:
        pytest.skip(f"{name} not exported: {absent_views(view_store)[name]}")
    page, problems = open_view(browser, pages[name])
    shown = page.evaluate("window.intgraph.nodeCount")
    drawn = page.evaluate("Object.keys(window.intgraph.network.body.nodes).length")
    assert shown == drawn > 0
    if name == "overview":
        assert shown == landscape(view_store).number_of_nodes()
    # open every node's panel: its text goes in as DOM text, never as HTML
    page.evaluate("window.intgraph.data.nodes.forEach(n => window.intgraph.select(n.id))")
    page.fill("#ig-search", "<script>")
    assert page.evaluate("typeof window.__pwned") == "undefined", (
        "text from a document ran as script"
    )
    assert problems == []
    page.close()


def test_an_empty_store_says_so(browser, tmp_path: Path) -> None:
    from intgraph.store import Store

    path = tmp_path / "overview.html"
    path.write_text(views(Store(tmp_path / "s"))["overview"], encoding="utf-8")
    page, problems = open_view(browser, path)
    assert "Nichts zu zeigen" in page.inner_text("#ig-legend")
    assert problems == []
    page.close()


def test_filters_and_search(browser, pages) -> None:
    page, problems = open_view(browser, pages["overview"])
    total = page.evaluate("window.intgraph.visible()")
    page.uncheck("#ig-classes input[value=Document]")
    without_documents = page.evaluate("window.intgraph.visible()")
    assert without_documents < total
    page.select_option("#ig-land", "DE-HE")
    assert page.evaluate("window.intgraph.visible()") < without_documents
    page.select_option("#ig-land", "")
    page.check("#ig-classes input[value=Document]")
    assert page.evaluate("window.intgraph.visible()") == total
    page.fill("#ig-search", "klose")
    assert page.evaluate("window.intgraph.network.getSelectedNodes()") == [
        "https://w3id.org/intgraph/id/person/kai-klose"
    ]
    assert problems == []
    page.close()
