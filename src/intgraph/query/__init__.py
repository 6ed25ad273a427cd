"""Saved and ad-hoc SPARQL queries: loading ``.rq`` files and formatting results.

A saved query starts with a comment block naming its title, description and columns::

    # title: Office holders
    # description: …
    # columns: file, name, role, land
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from intgraph.errors import QueryError
from intgraph.paths import queries_dir
from intgraph.store import QueryResult, Store

__all__ = ["SavedQuery", "format_result", "load_query", "run", "saved_queries"]

FORMATS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True, slots=True)
class SavedQuery:
    path: Path
    title: str
    description: str
    columns: list[str]
    text: str


def load_query(path: Path | str) -> SavedQuery:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read the query file: {exc.strerror}", source=str(p)) from None
    meta: dict[str, str] = {}
    for line in text.splitlines():
        m = re.match(r"^#\s*(title|description|columns):\s*(.*)$", line)
        if m:
            meta[m.group(1)] = m.group(2).strip()
        elif line.strip() and not line.startswith("#"):
            break
    return SavedQuery(
        path=p,
        title=meta.get("title", p.stem),
        description=meta.get("description", ""),
        columns=[c.strip() for c in meta.get("columns", "").split(",") if c.strip()],
        text=text,
    )


def saved_queries() -> list[SavedQuery]:
    """Every ``queries/*.rq``, sorted by file name."""
    return [load_query(p) for p in sorted(queries_dir().glob("*.rq"))]


def run(store: Store, query: str | Path) -> QueryResult:
    """Run a query given as SPARQL text, a path to an ``.rq`` file, or a saved query's name."""
    if isinstance(query, Path) or (
        isinstance(query, str) and query.endswith(".rq") and "\n" not in query
    ):
        p = Path(query)
        if not p.exists() and (queries_dir() / p.name).exists():
            p = queries_dir() / p.name
        if not p.exists():
            known = ", ".join(q.path.name for q in saved_queries())
            raise QueryError(f"no such query file; saved queries are: {known}", source=str(query))
        return store.query(load_query(p).text, source=str(p))
    return store.query(str(query))


def format_result(result: QueryResult, fmt: str) -> str:
    if result.boolean is not None:
        return ("true" if result.boolean else "false") + "\n"
    if result.triples is not None:
        return result.triples
    if fmt == "json":
        return (
            json.dumps(
                [dict(zip(result.columns, row, strict=True)) for row in result.rows],
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(result.columns)
        for row in result.rows:
            w.writerow(["" if v is None else v for v in row])
        return buf.getvalue()
    return _table(result)


def _table(result: QueryResult, width: int = 60) -> str:
    cells = [[_short(v, width) for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(result.columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(result.columns, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


def _short(v: str | None, width: int) -> str:
    if v is None:
        return ""
    v = v.replace("\n", " ")
    return v if len(v) <= width else v[: width - 1] + "…"
