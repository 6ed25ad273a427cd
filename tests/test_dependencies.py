"""Every package the code imports is declared in pyproject.toml (a fresh install once failed
on an undeclared ``lxml_html_clean``)."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!~ \[;]", d, maxsplit=1)[0] for d in project["dependencies"]}
    return {n.lower().replace("_", "-") for n in names}


def _imported() -> set[str]:
    found = set()
    for f in (ROOT / "src" / "intgraph").rglob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m != "intgraph"}


def test_every_imported_package_is_declared() -> None:
    dists = importlib.metadata.packages_distributions()
    declared = _declared()
    missing = {
        m: dists.get(m, [m])
        for m in _imported()
        if not any(d.lower().replace("_", "-") in declared for d in dists.get(m, [m]))
    }
    assert not missing, f"imported but not in pyproject.toml dependencies: {missing}"


def test_the_html_reader_has_what_trafilatura_imports() -> None:
    assert "lxml-html-clean" in _declared()
    import lxml.html.clean  # noqa: F401  (jusText, inside trafilatura, imports it)
