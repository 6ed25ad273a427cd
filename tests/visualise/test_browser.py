"""Every view opened in headless Chromium (Debian's package, driven by Playwright)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from intgraph.analyse import landscape
from intgraph.visualise import focus_view, views

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


@pytest.fixture(scope="module")
def pages(view_store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("html")
    files = {}
    for name, html in views(view_store).items():
        files[name] = out / f"{name}.html"
        files[name].write_text(html, encoding="utf-8")
    _, html = focus_view(view_store, "Petra Köpping")
    files["focus"] = out / "focus.html"
    files["focus"].write_text(html, encoding="utf-8")
    return files


def open_view(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
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
    page.goto(path.as_uri())
    page.wait_for_function("window.intgraph && window.intgraph.settled()", timeout=60_000)
    return page, problems


@pytest.mark.parametrize("name", ["overview", "intmk", "cosponsorship", "programmes", "focus"])
def test_view_renders_offline_without_errors(browser, pages, view_store, name: str) -> None:
    page, problems = open_view(browser, pages[name])
    shown = page.evaluate("window.intgraph.nodeCount")
    drawn = page.evaluate("Object.keys(window.intgraph.network.body.nodes).length")
    assert shown == drawn > 0
    if name == "overview":
        assert shown == landscape(view_store).number_of_nodes()
    assert page.evaluate("typeof window.__pwned") == "undefined", (
        "text from a document ran as script"
    )
    assert problems == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
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
