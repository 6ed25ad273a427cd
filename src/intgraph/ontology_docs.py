"""Human-readable documentation of the ontology (pyLODE): namespace, version IRI, licence, and a
table of every class and property with its labels and definition. The only module that imports
pylode; 3.3.x is pinned because 3.4.1's wheel lacks a data file and fails on import."""

from __future__ import annotations

import gc
import json
import logging
import re
import warnings
from functools import cache

from intgraph.errors import ModelError
from intgraph.paths import ontology_file


@cache
def ontology_html() -> str:
    """The ontology's documentation as one HTML page."""
    try:
        from pylode import OntPub
    except ImportError as exc:
        raise ModelError(
            f"pyLODE is needed to document the ontology ({exc}); reinstall intgraph"
        ) from None
    quiet = logging.getLogger()
    level = quiet.level
    quiet.setLevel(logging.WARNING)  # pyLODE logs at INFO on the root logger
    try:
        with warnings.catch_warnings():
            # pyLODE 3.3 leaves its CSS file open; collect it here, where the warning is expected
            warnings.simplefilter("ignore", ResourceWarning)
            page = OntPub(_canonical_graph(), sort_subjects=True).make_html()
            gc.collect()
        return _stable_sets(_stable_jsonld(page))
    finally:
        quiet.setLevel(level)


def _canonical_graph():  # -> rdflib.Graph
    """The ontology with blank nodes relabelled from their content and triples added in sorted
    order: pyLODE orders class expressions by blank-node label and iteration order, and
    rdflib's parser labels blank nodes at random."""
    from rdflib import Graph
    from rdflib.compare import to_canonical_graph

    parsed = Graph().parse(ontology_file(), format="turtle")
    canonical = to_canonical_graph(parsed)
    out = Graph()
    for prefix, ns in parsed.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    for triple in sorted(canonical):
        out.add(triple)
    return out


_JSONLD = re.compile(r'(<script[^>]*type="application/ld\+json"[^>]*>)(.*?)(</script>)', re.S)


def _stable_jsonld(page: str) -> str:
    """pyLODE embeds the ontology's schema.org description as JSON-LD whose node order follows
    Python's hash seed, so the page changed from run to run; sort the nodes (by ``@id``) and
    their value lists so the same ontology always gives the same bytes."""

    def canon(value: object) -> object:
        if isinstance(value, dict):
            return {k: canon(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [canon(v) for v in value]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    def fix(m: re.Match[str]) -> str:
        try:
            data = json.loads(m.group(2))
        except ValueError:
            return m.group(0)
        body = json.dumps(canon(data), indent=2, ensure_ascii=False)
        return f"{m.group(1)}\n{body}\n{m.group(3)}"

    return _JSONLD.sub(fix, page)


_SET_CELL = re.compile(
    r"(owl#(?:equivalentClass|unionOf|intersectionOf)\b.*?</th>\s*<td>)(.*?)(</td>)", re.S
)
_JOIN = re.compile(r'\s*<span class="cardinality">(?:and|or)</span>\s*')


def _stable_sets(page: str) -> str:
    """pyLODE 3.3 collects the members of ``owl:intersectionOf`` / ``owl:unionOf`` in a set of
    HTML elements, which are hashed by identity, so their order changed from run to run; put
    the members of each such cell in a fixed order (by their markup)."""

    def top_level(cell: str) -> list[str] | None:
        parts, depth, start, joins = [], 0, 0, []
        for m in re.finditer(r"<(/?)span\b[^>]*>", cell):
            if m.group(1):
                depth -= 1
            else:
                if depth == 0:
                    j = _JOIN.match(cell, m.start())
                    if j:
                        joins.append(j.group(0))
                depth += 1
            if depth == 0:
                parts.append(cell[start : m.end()])
                start = m.end()
        if cell[start:].strip() or depth != 0:
            return None
        return [*parts, cell[start:]]

    def fix(m: re.Match[str]) -> str:
        parts = top_level(m.group(2))
        if not parts:
            return m.group(0)
        parts, tail = parts[:-1], parts[-1]
        members = [p for p in parts if not _JOIN.fullmatch(p)]
        joins = [p for p in parts if _JOIN.fullmatch(p)]
        if len(joins) != len(members) - 1 or len(set(j.strip() for j in joins)) > 1:
            return m.group(0)
        members.sort(key=lambda p: re.sub(r"\s+", " ", p))
        out = [members[0]]
        for j, member in zip(joins, members[1:], strict=True):
            out += [j, member]
        return m.group(1) + "".join(out) + tail + m.group(3)

    return _SET_CELL.sub(fix, page)
