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
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from intgraph.errors import QueryError, QueryRejected
from intgraph.paths import queries_dir
from intgraph.store import QueryResult, Store, Streamed, Term

__all__ = [
    "SavedQuery",
    "format_result",
    "load_query",
    "query_text",
    "run",
    "saved_queries",
    "stream",
    "write_result",
]

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
        data = p.read_bytes()
    except OSError as exc:
        raise QueryError(f"cannot read the query file: {exc.strerror}", source=str(p)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # saved by an editor in a legacy encoding
        text = (
            data.decode("cp1252", errors="strict") if _cp1252_ok(data) else data.decode("latin-1")
        )
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


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def saved_queries() -> list[SavedQuery]:
    """Every ``queries/*.rq``, sorted by file name."""
    return [load_query(p) for p in sorted(queries_dir().glob("*.rq"))]


def query_text(query: str | Path) -> tuple[str, str | None]:
    """The SPARQL text of a query given as text, a path to an ``.rq`` file, or a saved query's
    name, and the file it came from (None for text)."""
    if isinstance(query, Path) or (
        isinstance(query, str) and query.endswith(".rq") and "\n" not in query
    ):
        p = Path(query)
        if not p.exists() and (queries_dir() / p.name).exists():
            p = queries_dir() / p.name
        if not p.exists():
            known = ", ".join(q.path.name for q in saved_queries())
            raise QueryError(f"no such query file; saved queries are: {known}", source=str(query))
        return load_query(p).text, str(p)
    return str(query), None


def run(store: Store, query: str | Path) -> QueryResult:
    """Run a query given as SPARQL text, a path to an ``.rq`` file, or a saved query's name."""
    text, source = query_text(query)
    return store.query(text, source=source) if source else store.query(text)


def stream(store: Store, query: str | Path, *, allow_service: bool = False) -> Streamed:
    """Check a query with the query guard (size, nesting, ``SERVICE`` only if allowed), then run
    it with its SELECT rows read as they come (:meth:`intgraph.store.Store.query_stream`);
    ``SELECT *`` columns in the order the variables first appear in the query."""
    from intgraph.query.guard import check_query

    text, source = query_text(query)
    try:
        check_query(text, allow_service=allow_service)
    except QueryRejected as exc:
        if exc.reason == "service":
            raise QueryRejected(
                "SERVICE is refused: the query would send requests to other SPARQL endpoints; "
                "allow it with --allow-service (Python: allow_service=True)",
                reason="service",
            ) from None
        if source:
            raise QueryRejected(str(exc), reason=exc.reason, source=source) from None
        raise
    result = store.query_stream(text, source=source)
    order = _star_order(text, result.columns)
    if order is not None:
        at = [result.columns.index(c) for c in order]
        feed = result.feed
        result = Streamed(
            order, lambda sink: feed(lambda row: sink([row[i] for i in at])), result.boolean
        )
    return result


_STAR = re.compile(r"\bSELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?\*", re.I)
_VAR = re.compile(r"[?$]([A-Za-z_0-9\u00B7\u00C0-\uFFFF]+)")
_NOISE = re.compile(r"#[^\n]*|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>")


def _star_order(text: str, columns: list[str]) -> list[str] | None:
    """For ``SELECT *``: the columns in the order their variables first appear after the ``*``
    (what the query reads as; engines may list them otherwise), or None.

    >>> _star_order("SELECT * WHERE { ?s ?p ?o }", ["o", "p", "s"])
    ['s', 'p', 'o']
    """
    m = _STAR.search(text)
    if not m or not columns:
        return None
    seen: dict[str, None] = {}
    for v in _VAR.findall(_NOISE.sub(" ", text[m.end() :])):
        if v in columns:
            seen.setdefault(v)
    order = list(seen) + [c for c in columns if c not in seen]
    return order if order != columns else None


_NUMBERS = {
    "http://www.w3.org/2001/XMLSchema#" + t
    for t in (
        "integer int long short byte nonNegativeInteger positiveInteger negativeInteger "
        "nonPositiveInteger unsignedInt unsignedLong unsignedShort unsignedByte"
    ).split()
}
_FLOATS = {"http://www.w3.org/2001/XMLSchema#" + t for t in ("decimal", "double", "float")}
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def _json_value(t: Term | None) -> object:
    """A term as JSON: numbers as numbers and booleans as booleans (by their datatype), every
    other term as its text, unbound as null."""
    if t is None:
        return None
    if t.kind == "literal" and t.datatype:
        try:
            if t.datatype in _NUMBERS:
                return int(t.value)
            if t.datatype in _FLOATS:
                f = float(t.value)
                if math.isfinite(f):  # JSON has no NaN or infinity: those stay text
                    return f
        except ValueError:
            return t.value
        if t.datatype == _BOOLEAN and t.value in ("true", "false", "1", "0"):
            return t.value in ("true", "1")
    return t.value


TABLE_ROWS = 10_000  # rows the table format shows (it needs them all to size its columns)


class _Enough(Exception):
    """Raised by a sink that has all the rows it shows."""


def write_result(result: Streamed, fmt: str, out: TextIO) -> int:
    """Write a result as it comes (``csv``, ``tsv``, ``json``) or, for ``table``, its first
    ``TABLE_ROWS`` rows. Returns the number of rows written."""
    if result.boolean is not None:
        out.write(("true" if result.boolean else "false") + "\n")
        return 0
    if result.triples is not None:
        out.write(result.triples)
        return 0
    if result.lines is not None:
        result.lines(out.write)
        return 0
    n = 0
    if fmt in ("csv", "tsv"):
        w = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(result.columns)

        def row_out(row: list[Term | None]) -> None:
            nonlocal n
            w.writerow(["" if t is None else t.value for t in row])
            n += 1

        result.feed(row_out)
        return n
    if fmt == "json":
        cols = result.columns

        def item_out(row: list[Term | None]) -> None:
            nonlocal n
            item = {c: _json_value(t) for c, t in zip(cols, row, strict=True)}
            text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(("[\n  " if n == 0 else ",\n  ") + text)
            n += 1

        result.feed(item_out)
        out.write("\n]\n" if n else "[]\n")
        return n
    rows: list[list[str | None]] = []
    more = False

    def keep(row: list[Term | None]) -> None:
        nonlocal more
        if len(rows) == TABLE_ROWS:
            more = True
            raise _Enough
        rows.append([None if t is None else t.value for t in row])

    try:
        result.feed(keep)
    except _Enough:
        pass
    except Exception:
        if not more:
            raise
    out.write(_table(QueryResult(result.columns, rows)))
    if more:
        out.write(f"(only the first {TABLE_ROWS:,} rows; --format csv writes all)\n")
    return len(rows)


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
