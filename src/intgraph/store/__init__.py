"""Stage 6, store: the graph on disk (or in memory), one named graph per source document.

The only module that imports pyoxigraph. Each document is replaced in a single SPARQL UPDATE,
which Oxigraph applies as one transaction: a crash leaves the store as it was before that
document. New documents go in together through the bulk loader, whose files RocksDB adds in
one atomic step (:meth:`Store.write_new_documents`). The graph ``…/id/graph/sources`` records, per source file, its path and content
hash, so that unchanged files are skipped on the next run.

The store's default graph is the union of the named graphs, materialised: each write adds its
triples there too (a graph is a set, so a triple several documents assert is there once), and
a graph replaced or removed takes out of it those of its triples no other named graph holds,
in the same transaction. Queries read that default graph, so ``COUNT(*) { ?s ?p ?o }`` counts
distinct triples (Oxigraph's union view, ``use_default_graph_as_union``, is a bag: a triple
counts once per graph that holds it). ``GRAPH ?g`` still reaches each named graph. The file
``STORE/union-default-graph`` says the default graph is kept so; a store without it (written
before it was) is upgraded when opened.

Layout of a store folder::

    STORE/oxigraph/         the live database (one writing process at a time)
    STORE/snapshots/N/      consistent checkpoints the writer publishes (hard links, cheap)
    STORE/snapshot          the name of the newest checkpoint
    STORE/union-default-graph   the default graph holds the union (see above)
    STORE/spool/            statements of large documents on their way from a worker (temporary)
    STORE/writing-document  the large document being written, while it is (see below)

A document with more statements than one load should hold (a file of tens of MiB) goes in
through several bulk loads of at most ``CHUNK_BYTES`` of N-Triples each, its source record
last: ``writing-document`` names it meanwhile, and a writer that opens the store after a
crash takes out what of it was written unless a source refers to it, so a document graph is
still there whole or not at all.

Readers (``query``, ``export``) open the newest checkpoint read-only, so they see a consistent
state even while an ingest is writing: the state after the last completed batch.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import itertools
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.term import Node

from intgraph.errors import QueryError, StoreError, StoreIOError
from intgraph.vocab import GRAPH_SOURCES, IG

__all__ = [
    "UNION_MARK",
    "NewDocument",
    "QueryResult",
    "SourceRecord",
    "Store",
    "Streamed",
    "Term",
    "TermResult",
    "ntriples_lines",
    "open_store",
]


@dataclass(frozen=True, slots=True)
class SourceRecord:
    iri: str
    path: str
    content_hash: str
    document: str


@dataclass(slots=True)
class QueryResult:
    """Result of a SELECT (``columns`` and ``rows``), ASK (``boolean``) or CONSTRUCT/DESCRIBE
    (``triples`` as N-Triples text)."""

    columns: list[str]
    rows: list[list[str | None]]
    boolean: bool | None = None
    triples: str | None = None


@dataclass(frozen=True, slots=True)
class Term:
    """An RDF term as the SPARQL result formats need it."""

    kind: str  # uri | literal | bnode | triple
    value: str
    lang: str | None = None
    datatype: str | None = None

    def n3(self) -> str:
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        body = '"' + self.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        if self.lang:
            return f"{body}@{self.lang}"
        if self.datatype and self.datatype != "http://www.w3.org/2001/XMLSchema#string":
            return f"{body}^^<{self.datatype}>"
        return body


@dataclass(slots=True)
class TermResult:
    """A query result with typed terms: SELECT (``columns``, ``rows``), ASK (``boolean``),
    CONSTRUCT/DESCRIBE (``graph`` serialised as requested)."""

    columns: list[str]
    rows: list[list[Term | None]]
    boolean: bool | None = None
    graph: bytes | None = None
    truncated: bool = False


@dataclass(slots=True)
class Streamed:
    """A query result read as it is produced: SELECT rows (``columns``; ``feed(sink)`` calls
    ``sink`` with each row as it is decoded), ASK (``boolean``) or CONSTRUCT/DESCRIBE
    (``triples``, N-Triples text)."""

    columns: list[str]
    feed: Callable[[Callable[[list[Term | None]], None]], None]
    boolean: bool | None = None
    triples: str | None = None
    # CONSTRUCT/DESCRIBE read as they come: calls its argument with each N-Triples line
    lines: Callable[[Callable[[str], object]], None] | None = None


# ---------------------------------------------------------------- ordering outside the engine
# Oxigraph's ORDER BY compares terms by reading each string back from the database for every
# comparison; at 46,000 rows that is two thirds of a query's time (benchmarks/README.md). When
# a query ends in ORDER BY over variables it returns (optionally LIMIT/OFFSET), the store runs it
# without that tail and sorts the decoded rows itself, in SPARQL's order: unbound, blank nodes,
# IRIs, literals; numbers by value, other literals by their lexical form (a language-tagged
# string before the plain string of the same text). Columns that mix numbers and text have no
# total order in SPARQL; there the store puts numbers first.
_ORDER_TAIL = re.compile(
    r"\bORDER\s+BY((?:\s*(?:(?:ASC|DESC)\s*\(\s*[?$]\w+\s*\)|[?$]\w+))+)\s*"
    r"(?:LIMIT\s+(\d+)\s*)?(?:OFFSET\s+(\d+)\s*)?(?:LIMIT\s+(\d+)\s*)?$",
    re.IGNORECASE,
)
_ORDER_KEY = re.compile(r"(ASC|DESC)?\s*\(?\s*[?$](\w+)", re.IGNORECASE)
_NUMERIC = frozenset(
    f"http://www.w3.org/2001/XMLSchema#{t}"
    for t in (
        "integer decimal double float int long short byte nonNegativeInteger positiveInteger "
        "negativeInteger nonPositiveInteger unsignedInt unsignedLong unsignedShort unsignedByte"
    ).split()
)


@dataclass(frozen=True, slots=True)
class _Order:
    body: str  # the query without its ORDER BY / LIMIT / OFFSET tail
    keys: list[tuple[str, bool]]  # (variable, descending)
    limit: int | None
    offset: int


def _split_order(sparql: str) -> _Order | None:
    """The query's trailing ``ORDER BY ?a DESC(?b) [LIMIT n] [OFFSET m]``, if it has one and
    nothing else follows the last ``}``; None when the engine should order by itself.

    >>> o = _split_order("SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a DESC(?c) LIMIT 5")
    >>> (o.body, o.keys, o.limit, o.offset)
    ('SELECT ?a WHERE { ?a ?b ?c } ', [('a', False), ('c', True)], 5, 0)
    >>> _split_order("SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a } }") is None
    True
    """
    end = sparql.rfind("}")
    if end < 0:
        return None
    tail = "\n".join(
        line for line in sparql[end + 1 :].splitlines() if not line.lstrip().startswith("#")
    )
    m = _ORDER_TAIL.match(tail.strip())
    if not m:
        return None
    keys = [(v, (d or "").upper() == "DESC") for d, v in _ORDER_KEY.findall(m.group(1))]
    limit = m.group(2) or m.group(4)
    return _Order(
        sparql[: end + 1] + " ", keys, int(limit) if limit else None, int(m.group(3) or 0)
    )


_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _sort_key(term: Term | None) -> tuple:
    if term is None:
        return (0,)
    kind = term.kind
    if kind == "literal":
        if term.lang is not None:  # before a plain string of the same text, as Oxigraph does
            return (3, 1, 0.0, term.value, 0, term.lang)
        dt = term.datatype
        if dt == _XSD_STRING:
            return (3, 1, 0.0, term.value, 1, "")
        if dt in _NUMERIC:
            with contextlib.suppress(ValueError):
                return (3, 0, float(term.value), "", 0, "")
        return (3, 1, 0.0, term.value, 2, dt or "")
    if kind == "uri":
        return (2, term.value)
    if kind == "bnode":
        return (1, term.value)
    return (4, term.value)


# ---------------------------------------------------------------- decoding results
# Turning each solution into Python objects term by term costs as much as the query itself at
# tens of thousands of rows (benchmarks/README.md). Oxigraph writes SPARQL TSV in Rust instead;
# the store splits it into lines and cells and parses each distinct cell once (files, Länder
# and results repeat on many rows).
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ESCAPED = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'"}


def _unescape_char(m: re.Match[str]) -> str:
    code = m.group(1) or m.group(2)
    if code:
        return chr(int(code, 16))
    c = m.group(3)
    return _ESCAPED.get(c, c)


def _tsv_term(cell: str) -> Term | None:
    """One cell of SPARQL TSV results (RDF terms in N-Triples syntax, numbers and booleans bare,
    an empty cell for an unbound variable).

    >>> _tsv_term('"Köln"@de').lang, _tsv_term("12").datatype, _tsv_term("<http://x/a>").value
    ('de', 'http://www.w3.org/2001/XMLSchema#integer', 'http://x/a')
    >>> _tsv_term('"a\\\\tb \\\\u00e4"').value
    'a\\tb ä'
    """
    if not cell:
        return None
    head = cell[0]
    if head == '"':
        end = cell.rfind('"')
        value = cell[1:end]
        if "\\" in value:
            value = _ESCAPE.sub(_unescape_char, value)
        rest = cell[end + 1 :]
        if not rest:
            return Term("literal", value, None, _XSD_STRING)
        if rest[0] == "@":
            return Term("literal", value, rest[1:], _LANG_STRING)
        return Term("literal", value, None, rest[3:-1])  # ^^<datatype>
    if head == "<":
        if cell.startswith("<<"):
            return Term("triple", cell)
        return Term("uri", cell[1:-1])
    if head == "_":
        return Term("bnode", cell[2:])
    if cell in ("true", "false"):
        return Term("literal", cell, None, _XSD + "boolean")
    if "e" in cell or "E" in cell:
        return Term("literal", cell, None, _XSD + "double")
    if "." in cell:
        return Term("literal", cell, None, _XSD + "decimal")
    return Term("literal", cell, None, _XSD + "integer")


class _Terms(dict[str, "Term | None"]):
    """TSV cell → Term, each distinct cell parsed once."""

    def __missing__(self, cell: str) -> Term | None:
        term = self[cell] = _tsv_term(cell)
        return term


class _Values(dict[str, "str | None"]):
    """TSV cell → the term's value (IRI, lexical form, blank node label), parsed once."""

    def __missing__(self, cell: str) -> str | None:
        if _plain(cell):
            value = cell[1:-1]
        else:
            term = _tsv_term(cell)
            value = None if term is None else term.value
        self[cell] = value
        return value


def _plain(cell: str) -> bool:
    """An IRI or a plain string without escapes: its value is the cell without its first and
    last character (most cells of the saved queries)."""
    head = cell[:1]
    if head == "<":
        return cell[1:2] != "<"
    return head == '"' and cell[-1] == '"' and "\\" not in cell


def _cell_key(cell: str) -> tuple:
    """:func:`_sort_key` of a TSV cell, skipping the Term for IRIs and plain strings."""
    if _plain(cell):
        return (2, cell[1:-1]) if cell[0] == "<" else (3, 1, 0.0, cell[1:-1], 1, "")
    return _sort_key(_tsv_term(cell))


@dataclass(slots=True)
class _Cells:
    """A SELECT result as SPARQL TSV cells: ``rows`` of strings, one per column."""

    columns: list[str]
    rows: list[list[str]]

    def decoded(self, cells: dict[str, Any]) -> list[list[Any]]:
        get = cells.__getitem__
        return [list(map(get, row)) for row in self.rows]


def _cells(res: ox.QuerySolutions) -> _Cells:
    """Split Oxigraph's TSV serialisation of ``res`` into rows of cells (escaped tabs and
    newlines never occur inside a cell)."""
    lines = res.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8").split("\n")
    if not lines[0]:  # no variables: each row is an empty line
        return _Cells([], [[] for _ in lines[1:-1]])
    cols = [c[1:] for c in lines[0].split("\t")]
    return _Cells(cols, [line.split("\t") for line in lines[1:-1]])  # last piece: after "\n"


def _ordered(result: _Cells, order: _Order) -> _Cells:
    """Rows in SPARQL order of the ``order`` keys; rows that tie on the keys in the order of
    the whole row (the engine's own order of ties varies between runs, and the same store
    should give the same bytes)."""
    # each distinct cell of a key column is compared once: its level is its place in SPARQL
    # order (equal values such as 1 and 1.0 share a level)
    at = [result.columns.index(v) for v, _ in order.keys]
    distinct = {row[i] for row in result.rows for i in set(at)}
    levels: dict[str, int] = {}
    n, previous = 0, None
    for k, cell in sorted((_cell_key(c), c) for c in distinct):
        if previous is not None and k != previous:
            n += 1
        levels[cell], previous = n, k
    level = levels.__getitem__
    pairs = [(i, -1 if desc else 1) for i, (_, desc) in zip(at, order.keys, strict=True)]
    keys = [tuple([s * level(row[i]) for i, s in pairs]) for row in result.rows]
    by_key = sorted(range(len(keys)), key=keys.__getitem__)

    def whole(row: list[str]) -> tuple:
        return tuple((_cell_key(c), c) for c in row)

    rows: list[list[str]] = []
    for _, tied in itertools.groupby(by_key, key=keys.__getitem__):
        group = [result.rows[j] for j in tied]
        rows.extend(sorted(group, key=whole) if len(group) > 1 else group)
    stop = None if order.limit is None else order.offset + order.limit
    return _Cells(result.columns, rows[order.offset : stop])


def _solutions(store: ox.Store, sparql: str, dataset: dict[str, Any] | None = None) -> object:
    """Run a query; a SELECT comes back as :class:`_Cells` (ordered by the store when it ends
    in a simple ORDER BY), anything else as Oxigraph's own result object. ``dataset`` holds
    Oxigraph's keyword arguments for the query's dataset and base (default: the store's
    default graph, the union of the named graphs)."""
    options = {} if dataset is None else dataset
    order = _split_order(sparql)
    res = None
    if order is not None:
        with contextlib.suppress(SyntaxError):  # if so, the full query reports its own error
            res = store.query(order.body, **options)
        if not isinstance(res, ox.QuerySolutions) or any(
            v not in [c.value for c in res.variables] for v, _ in order.keys
        ):
            res, order = None, None
    if res is None:
        res = store.query(sparql, **options)
    if not isinstance(res, ox.QuerySolutions):
        return res
    with _gc_paused():
        cells = _cells(res)
        return cells if order is None else _ordered(cells, order)


Row = list["Term | None"]
Sink = Callable[[Row], None]


class _Rows:
    """A file-like object for Oxigraph's TSV serialiser: each chunk is split into rows of
    typed terms that go to ``sink`` at once (the serialiser calls it as it goes, in this
    thread: Oxigraph's results cannot move to another thread)."""

    def __init__(self, sink: Sink, width: int) -> None:
        self.sink, self.width = sink, width
        self.rest = b""
        self.header = True
        self.terms = _Terms()

    def write(self, b: bytes) -> int:
        lines = (self.rest + bytes(b)).split(b"\n")
        self.rest = lines.pop()
        terms = self.terms
        for raw in lines:
            if self.header:
                self.header = False
                continue
            if len(terms) > 100_000:  # each distinct cell is parsed once, within bounds
                terms.clear()
            line = raw.decode("utf-8")
            self.sink([terms[c] for c in line.split("\t")] if self.width else [])
        return len(b)

    def flush(self) -> None:
        pass


def _feed_rows(res: ox.QuerySolutions, width: int) -> Callable[[Sink], None]:
    def feed(sink: Sink) -> None:
        try:
            res.serialize(output=_Rows(sink, width), format=ox.QueryResultsFormat.TSV)
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from None

    return feed


SORTED_TRIPLES = 100_000  # a graph result up to this size comes sorted (same store, same bytes)


def _feed_triples(res: Iterable[ox.Triple]) -> Callable[[Callable[[str], object]], None]:
    """N-Triples lines of a graph result: sorted when it has at most ``SORTED_TRIPLES``
    triples; a larger one is written as it comes after its first ``SORTED_TRIPLES``, sorted."""

    def feed(write: Callable[[str], object]) -> None:
        first: list[str] = []
        it = iter(res)
        try:
            for t in it:
                first.append(f"{t.subject} {t.predicate} {t.object} .\n")
                if len(first) == SORTED_TRIPLES:
                    break
            for line in sorted(first):
                write(line)
            if len(first) == SORTED_TRIPLES:
                for t in it:
                    write(f"{t.subject} {t.predicate} {t.object} .\n")
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from None

    return feed


def _feed_list(rows: list[Row]) -> Callable[[Sink], None]:
    def feed(sink: Sink) -> None:
        for row in rows:
            sink(row)

    return feed


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Decoding builds one list per row and nothing cyclic; Python's cycle collector would
    otherwise walk the growing result again and again (5-10 % of a 46,000-row query)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def _ox_term(t: object) -> Term:
    if isinstance(t, ox.NamedNode):
        return Term("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, ox.Literal):
        lang = t.language
        return Term("literal", t.value, lang, None if lang else t.datatype.value)
    return Term("triple", str(t))


def _nt(term: Node) -> str:
    from intgraph.rdf import nt_term  # imported when writing (intgraph.rdf pulls in extract)

    return nt_term(term)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A document to write whose source and graph are not in the store yet."""

    source: URIRef
    path: str
    file_name: str
    content_hash: str
    document: URIRef
    # N-Triples, one statement per line, each ending in " .\n": the lines, or their UTF-8 text
    # (what ingest's workers send: one object to pickle, and no encoding in the writer), or a
    # file holding that text (a large document's, written in parts: :meth:`Store.write_document`)
    lines: list[str] | bytes | Path

    def ntriples(self) -> bytes:
        """The statements as UTF-8 N-Triples text."""
        if isinstance(self.lines, Path):
            return self.lines.read_bytes()
        return self.lines if isinstance(self.lines, bytes) else "".join(self.lines).encode()

    def line_list(self) -> list[str]:
        """The statements as N-Triples lines."""
        if isinstance(self.lines, list):
            return self.lines
        return ntriples_lines(self.ntriples())


def ntriples_lines(text: bytes) -> list[str]:
    """UTF-8 N-Triples text as its lines (split at line feeds only: ``str.splitlines`` would
    also split at U+2028 or U+0085, which a literal may hold unescaped).

    >>> ntriples_lines('<a:s> <a:p> "x\\u2028y" .\\n<a:s> <a:p> "z" .\\n'.encode())
    ['<a:s> <a:p> "x\\u2028y" .\\n', '<a:s> <a:p> "z" .\\n']
    """
    return [line.decode() for line in text.splitlines(keepends=True)]


# N-Triples per bulk load of a large document (see the module docstring): the bulk loader
# needs about 20 times as much memory (benchmarks/README.md, hostile inputs)
CHUNK_BYTES = 4 * 1024 * 1024
WRITING = "writing-document"  # in a store folder: the large document being written
SPOOL = "spool"  # in a store folder: statements on their way from the workers


def ntriples_chunks(path: Path, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """The N-Triples text of a file in parts of about ``size`` bytes, each ending at the end
    of a line (a statement: literals escape line breaks).

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile(suffix=".nt") as f:
    ...     _ = f.write(b"<a:s> <a:p> <a:o1> .\\n<a:s> <a:p> <a:o2> .\\n"); f.flush()
    ...     list(ntriples_chunks(Path(f.name), 30))
    [b'<a:s> <a:p> <a:o1> .\\n', b'<a:s> <a:p> <a:o2> .\\n']
    """
    rest = b""
    with path.open("rb") as f:
        while block := f.read(size):
            block = rest + block
            cut = block.rfind(b"\n") + 1
            if cut == 0:
                rest = block
                continue
            rest = block[cut:]
            yield block[:cut]
    if rest:
        yield rest


def _in_graph(nt: bytes, graph: URIRef) -> bytes:
    """N-Triples text as N-Quads in ``graph`` and again in the default graph (the union)."""
    return nt.replace(b" .\n", f" <{graph}> .\n".encode()) + nt


def _new_document_nquads(d: NewDocument) -> bytes:
    """What the bulk loader gets for a new document: its source record (graph ``…/sources``),
    its statements in its own graph, and both again in the default graph, the union (a set: a
    triple another graph holds stays there once). Built on whole texts: in N-Triples a line
    break occurs only at the end of a statement (literals escape it), so ``" .\n"`` ends each
    one and the graph goes in front of it."""
    from intgraph.rdf import source_record_ntriples  # (intgraph.rdf pulls in extract)

    record = source_record_ntriples(
        d.source, d.path, d.file_name, d.content_hash, d.document
    ).encode()
    nt = d.ntriples()
    return b"".join(
        (
            record.replace(b" .\n", f" <{GRAPH_SOURCES}> .\n".encode()),
            nt.replace(b" .\n", f" <{d.document}> .\n".encode()),
            record,
            nt,
        )
    )


UNION_MARK = "union-default-graph"  # in a store folder: its default graph holds the union
_UNION_DIRTY = UNION_MARK + ".dirty"  # an update through the endpoint was under way
_ADD_UNION = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
_EXACT_UNION = (
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;\n"
    + _ADD_UNION
)


class Store:
    """An Oxigraph store in a folder (persistent) or in memory (``path=None``).

    ``notice`` says what opening the store did that a user should know (an upgrade), or None.
    """

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.notice: str | None = None
        try:
            if self.path is None:
                self._s = ox.Store()
            elif read_only:
                self.notice = self._upgrade_for_readers(self.path)
                self._s = self._open_reader(self.path)
            else:
                existed = (self.path / "oxigraph").is_dir()
                (self.path / "oxigraph").mkdir(parents=True, exist_ok=True)
                self._s = ox.Store(str(self.path / "oxigraph"))
                # files of a bulk load that a killed writer left (never part of the database;
                # removed while this process holds the database's lock)
                for stale in (self.path / "oxigraph").glob("bulk-*.sst"):
                    stale.unlink(missing_ok=True)
                shutil.rmtree(self.path / SPOOL, ignore_errors=True)  # likewise, the spool
        except OSError as exc:
            raise _open_error(self.path, exc) from None
        if self.path is not None and not read_only:
            self._keep_union(existed)
            self._finish_interrupted_write()

    def _keep_union(self, existed: bool) -> None:
        """Make the default graph the union of the named graphs where it may not be: in a store
        written before the union was materialised (no ``union-default-graph`` file), or after
        an update through the endpoint that did not finish. Idempotent, so a crash while it
        runs is repaired the next time."""
        assert self.path is not None
        mark, dirty = self.path / UNION_MARK, self.path / _UNION_DIRTY
        if mark.exists() and not dirty.exists():
            return
        if dirty.exists():
            self.notice = (
                f"repaired the store at {self.path}: an update through the endpoint was cut "
                "short, so its default graph was rebuilt as the union of its named graphs "
                "(triples written into the default graph itself are not kept)"
            )
        elif not mark.exists() and existed and len(self._s):
            self.notice = (
                f"upgraded the store at {self.path}: its default graph now holds the union of "
                "its named graphs, each triple once (stores written before intgraph kept it so "
                "counted a triple once per document that states it)"
            )
        self._update(_EXACT_UNION if dirty.exists() else _ADD_UNION)
        try:
            self._s.flush()
            if (self.path / "snapshot").exists():  # readers see the upgraded state
                self.publish_snapshot()
            mark.write_text(
                "The default graph of this store is the union of its named graphs.\n",
                encoding="utf-8",
            )
            dirty.unlink(missing_ok=True)
        except OSError as exc:
            raise _io_error(self.path, "upgrade", exc) from None

    @staticmethod
    def _upgrade_for_readers(root: Path) -> str | None:
        """A store written before the union was materialised is upgraded once, by opening it
        for writing, before anyone reads it."""
        if (root / UNION_MARK).exists() or not (root / "oxigraph").is_dir():
            return None
        try:
            writer = Store(root)
        except StoreError as exc:
            raise StoreError(
                f"the store at {root} was written by an older intgraph and must be upgraded "
                f"once (its default graph made the union of its named graphs) before it is "
                f"read, which needs it open for writing: {exc}"
            ) from None
        notice = writer.notice
        del writer  # closes the database (and its lock)
        return notice

    @staticmethod
    def _open_reader(root: Path) -> ox.Store:
        if root.exists() and not root.is_dir():
            raise StoreError(f"{root} is a file, not a store folder; give --store a folder")
        pointer = root / "snapshot"
        if pointer.exists():
            snap = root / "snapshots" / pointer.read_text(encoding="utf-8").strip()
            if snap.is_dir():
                return ox.Store.read_only(str(snap))
        if not (root / "oxigraph").is_dir():
            raise StoreError(
                f"{root} is not an intgraph store (no oxigraph/ folder); create one with: intgraph ingest PATH --store {root}"
            )
        try:  # no checkpoint yet: safe only while nobody writes, which holding the lock ensures
            return ox.Store(str(root / "oxigraph"))
        except OSError:
            raise StoreError(
                f"the store at {root} is being written by another intgraph process and has no "
                "snapshot to read yet; try again when that ingest has finished its first batch"
            ) from None

    def publish_snapshot(self, keep: int = 2) -> Path | None:
        """Checkpoint the live database for readers; keep the newest ``keep`` checkpoints."""
        if self.path is None or self.read_only:
            return None
        snaps = self.path / "snapshots"
        snaps.mkdir(exist_ok=True)
        existing = sorted((int(p.name) for p in snaps.iterdir() if p.name.isdigit()), reverse=True)
        name = str((existing[0] + 1) if existing else 1)
        try:
            self._s.flush()
            self._s.backup(str(snaps / name))
        except OSError as exc:
            shutil.rmtree(snaps / name, ignore_errors=True)  # a partial checkpoint is no use
            raise _io_error(self.path, "write a snapshot of", exc) from None
        tmp = self.path / "snapshot.tmp"
        try:
            tmp.write_text(name + "\n", encoding="utf-8")
            tmp.replace(self.path / "snapshot")  # atomic: readers see the old or the new name
        except OSError as exc:
            raise _io_error(self.path, "write a snapshot of", exc) from None
        for old in existing[keep - 1 :]:
            shutil.rmtree(snaps / str(old), ignore_errors=True)
        return snaps / name

    # ------------------------------------------------------------------ writing
    def replace_graph(self, graph: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        """Replace one named graph atomically. Blank nodes keep their labels (SPARQL's INSERT
        DATA would mint fresh random ones), so the same triples always give the same dump; such
        a graph is replaced in two steps (drop, then one transactional insert)."""
        triples = list(triples)
        if not any(isinstance(t, BNode) for triple in triples for t in triple):
            self._update(replace_graph_update(graph, triples, union=True))
            return
        g = _nt(graph)
        text = "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} {g} .\n" for s, p, o in triples)
        quads = list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
        self._update(f"{_forget_from_union([graph])} ;\nDROP SILENT GRAPH {g}")
        try:  # the graph and its triples in the default graph, in one transaction
            self._s.extend(quads + [ox.Quad(q.subject, q.predicate, q.object) for q in quads])
        except OSError as exc:
            raise _io_error(self.path, "write to", exc) from None

    def write_document(
        self,
        *,
        source: URIRef,
        path: str,
        file_name: str,
        content_hash: str,
        document: URIRef,
        lines: list[str] | Path | None,
        drop: Iterable[URIRef] = (),
    ) -> None:
        """In one transaction: point ``source`` at ``document``, (re)write the document's graph
        from N-Triples ``lines`` when given, and drop graphs no source refers to any more.
        (Documents new to the store go faster through :meth:`write_new_documents`.)
        ``lines`` in a file (a large document's) go in through bulk loads of at most
        ``CHUNK_BYTES`` each, and then the source record and the drops in one transaction;
        until that, ``writing-document`` names the document, so that a crash in between
        leaves no part of it (see the module docstring)."""
        record = source_record(source, path, file_name, content_hash, document)
        if isinstance(lines, Path) and self._referred(document):
            lines = ntriples_lines(lines.read_bytes())  # rewritten in one transaction
        if isinstance(lines, Path):
            self._write_in_parts(document, lines)
            lines = None
        self._update(
            replace_document_update(source, record, document, lines, list(drop), union=True)
        )
        self._written()

    def _write_in_parts(self, document: URIRef, ntriples: Path) -> None:
        """The graph of ``document`` from an N-Triples file, in bulk loads of at most
        ``CHUNK_BYTES`` (each one atomic step, as each holds fewer quads than one step of
        Oxigraph's bulk loader); its source record is written after it."""
        if self.path is not None:
            self._mark_writing(document)
        if self.has_graph(document):  # one no source refers to (left by a crash before)
            self._update(f"{_forget_from_union([document])} ;\nDROP SILENT GRAPH {_nt(document)}")
        for part in ntriples_chunks(ntriples):
            self._load(_in_graph(part, document), document, bulk=True)

    def _mark_writing(self, document: URIRef) -> None:
        assert self.path is not None
        mark = self.path / WRITING
        try:
            with mark.open("w", encoding="utf-8") as f:
                f.write(f"{document}\n")
                f.flush()
                os.fsync(f.fileno())
        except OSError as exc:
            raise _io_error(self.path, "write to", exc) from None

    def _written(self) -> None:
        if self.path is not None:
            with contextlib.suppress(FileNotFoundError):
                (self.path / WRITING).unlink()

    def _finish_interrupted_write(self) -> None:
        """After a crash while a large document was written in parts: take out what of it was
        written, unless its source record was written too (then it is whole)."""
        assert self.path is not None
        mark = self.path / WRITING
        if not mark.exists():
            return
        name = mark.read_text(encoding="utf-8").strip()
        if name:
            doc = URIRef(name)
            if not self._referred(doc):
                self._update(f"{_forget_from_union([doc])} ;\nDROP SILENT GRAPH {_nt(doc)}")
                self.notice = (
                    f"repaired the store at {self.path}: a large document ({doc}) was being "
                    "written when the last writer stopped; its partial graph was taken out "
                    "(ingest it again to write it)"
                )
            self.flush()
        mark.unlink()

    def _referred(self, document: URIRef) -> bool:
        """Whether a source record points at ``document``."""
        ask = f"ASK {{ GRAPH <{GRAPH_SOURCES}> {{ ?s <{IG.document}> {_nt(document)} }} }}"
        return bool(self._s.query(ask))

    def spool_dir(self) -> Path | None:
        """Where ingest's workers put the statements of large documents (None: a temporary
        folder of the system)."""
        return self.path / SPOOL if self.path is not None else None

    def write_new_documents(self, docs: list[NewDocument]) -> list[tuple[int, StoreError]]:
        """Write documents that are not in the store yet (nor their sources) all at once,
        through Oxigraph's bulk loader: it writes sorted index files and RocksDB adds them in
        one atomic step (``IngestExternalFiles``: after a crash, all of them or none), without
        the per-quad reads of a transaction, which cost 2-3 times as much at 10,000 documents
        (benchmarks/README.md). If that load fails, each document is tried alone, so one bad
        write does not take the others with it. Returns (index, error) per failure."""
        if not docs:
            return []
        large = [i for i, d in enumerate(docs) if isinstance(d.lines, Path)]
        if large:  # the others together, then each in parts of its own
            rest = [i for i in range(len(docs)) if i not in set(large)]
            failed = [(rest[j], e) for j, e in self.write_new_documents([docs[i] for i in rest])]
            for i in large:
                d = docs[i]
                try:
                    self.write_document(
                        source=d.source,
                        path=d.path,
                        file_name=d.file_name,
                        content_hash=d.content_hash,
                        document=d.document,
                        lines=d.lines,  # type: ignore[arg-type]
                    )
                except StoreIOError:
                    raise
                except StoreError as exc:
                    failed.append((i, exc))
            return failed
        parts = [_new_document_nquads(d) for d in docs]
        try:
            self._load(b"".join(parts), docs[0].document if len(docs) == 1 else None, bulk=True)
            return []
        except StoreIOError:
            raise  # the disk failed: trying each document alone fails the same way
        except StoreError as exc:
            if len(docs) == 1:
                return [(0, exc)]
        failed = []
        for i, text in enumerate(parts):
            try:
                self._load(text, docs[i].document, bulk=True)
            except StoreError as exc:
                failed.append((i, exc))
        return failed

    def _load(self, nquads: bytes, document: URIRef | None, *, bulk: bool = False) -> None:
        load = self._s.bulk_load if bulk and self.path is not None else self._s.load
        try:
            load(input=nquads, format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, ValueError) as exc:
            what = document or "a batch of documents"
            raise StoreError(
                f"internal: generated N-Quads for {what} do not parse: {exc}"
            ) from None
        except OSError as exc:
            raise _io_error(self.path, "write to", exc) from None

    def load_dump(self, data: bytes) -> None:
        """Add the quads of an N-Quads dump (for example another store's :meth:`dump`)."""
        try:
            quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
            union = [ox.Quad(q.subject, q.predicate, q.object) for q in quads]
            self._s.extend(quads + union)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"the N-Quads do not parse: {exc}") from None
        except OSError as exc:
            raise StoreError(f"cannot write to the store at {self.path}: {exc}") from None

    def remove_source(self, source: URIRef, drop: Iterable[URIRef] = ()) -> None:
        self._update(remove_source_update(source, drop, union=True))

    def _update(self, text: str) -> None:
        try:
            self._s.update(text)
        except SyntaxError as exc:  # a bug in how we build the update, not the user's fault
            raise StoreError(f"internal: generated update does not parse: {exc}") from None
        except OSError as exc:
            raise _io_error(self.path, "write to", exc) from None

    def flush(self) -> None:
        with contextlib.suppress(OSError):
            self._s.flush()

    # ------------------------------------------------------------------ reading
    def sources(self) -> dict[str, SourceRecord]:
        """Source records by path."""
        q = f"""SELECT ?s ?path ?hash ?doc WHERE {{ GRAPH <{GRAPH_SOURCES}> {{
            ?s <{IG.path}> ?path ; <{IG.contentHash}> ?hash ; <{IG.document}> ?doc }} }}"""
        out = {}
        for row in self._s.query(q):
            rec = SourceRecord(
                row["s"].value, row["path"].value, row["hash"].value, row["doc"].value
            )
            out[rec.path] = rec
        return out

    def has_graph(self, graph: URIRef) -> bool:
        return bool(self._s.contains_named_graph(ox.NamedNode(str(graph))))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._s.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        """The number of statements in the named graphs (the default graph repeats them)."""
        return len(self._s) - sum(1 for _ in self._union())

    def query(self, sparql: str, *, source: str | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all named graphs (``GRAPH`` reaches one)."""
        try:
            res = _solutions(self._s, sparql)
        except SyntaxError as exc:
            line = None
            msg = str(exc)
            raise QueryError(f"the query does not parse: {msg}", source=source, line=line) from None
        except OSError as exc:
            raise StoreError(f"cannot read the store at {self.path}: {exc}") from None
        if isinstance(res, _Cells):
            return QueryResult(res.columns, res.decoded(_Values()))
        if isinstance(res, ox.QueryBoolean):
            return QueryResult([], [], boolean=bool(res))
        lines = [f"{t.subject} {t.predicate} {t.object} ." for t in res]
        return QueryResult([], [], triples="\n".join(sorted(lines)) + ("\n" if lines else ""))

    def query_stream(self, sparql: str, *, source: str | None = None) -> Streamed:
        """Run a query whose SELECT rows are read while the engine produces them: memory stays
        bounded however many rows there are (Oxigraph writes SPARQL TSV in chunks, decoded
        as they come). A query ending in a simple ORDER BY is sorted by the store as
        in :meth:`query` (that needs every row anyway).

        Raises:
            QueryError: the query does not parse.
        """
        try:
            if _split_order(sparql) is not None:
                res = _solutions(self._s, sparql)
            else:
                res = self._s.query(sparql)
        except SyntaxError as exc:
            raise QueryError(f"the query does not parse: {exc}", source=source) from None
        except OSError as exc:
            raise StoreError(f"cannot read the store at {self.path}: {exc}") from None
        if isinstance(res, _Cells):
            return Streamed(res.columns, _feed_list(res.decoded(_Terms())))
        if isinstance(res, ox.QueryBoolean):
            return Streamed([], _feed_list([]), boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            columns = [v.value for v in res.variables]
            return Streamed(columns, _feed_rows(res, len(columns)))
        return Streamed([], _feed_list([]), lines=_feed_triples(res))

    def query_terms(
        self,
        sparql: str,
        *,
        max_rows: int,
        graph_format: str = "turtle",
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        own_dataset: bool = False,
        base_iri: str | None = None,
    ) -> TermResult:
        """Run a query for the SPARQL endpoint: typed terms, at most ``max_rows`` rows (the
        result says when it was cut), graphs serialised as ``turtle``, ``ntriples``, ``jsonld``
        or ``rdfxml`` (each distinct triple once).

        The dataset: ``default_graphs`` / ``named_graphs`` (the protocol's
        ``default-graph-uri`` / ``named-graph-uri``; either given means both are exactly as
        given); else the query's own ``FROM`` / ``FROM NAMED`` when ``own_dataset``; else the
        union of the named graphs (each triple once) as the default graph and every named
        graph for ``GRAPH``. ``base_iri`` resolves relative IRIs.

        Raises:
            QueryError: the query does not parse (the message is the parser's).
        """
        options: dict[str, Any] = {"base_iri": base_iri}
        if default_graphs is not None or named_graphs is not None:
            # none named: an empty default graph (the store's own holds the union)
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs or ()]
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or ()]
        try:
            res = _solutions(self._s, sparql, options)
        except SyntaxError as exc:
            raise QueryError(f"the query does not parse: {exc}") from None
        except ValueError as exc:  # an IRI Oxigraph does not accept
            raise QueryError(f"the query cannot run: {exc}") from None
        except OSError as exc:
            raise StoreError(f"cannot read the store at {self.path}: {exc}") from None
        if isinstance(res, _Cells):
            rows = _Cells(res.columns, res.rows[:max_rows]).decoded(_Terms())
            return TermResult(res.columns, rows, truncated=len(res.rows) > max_rows)
        if isinstance(res, ox.QueryBoolean):
            return TermResult([], [], boolean=bool(res))
        fmt = _GRAPH_FORMATS[graph_format]
        triples: dict[ox.Triple, None] = {}
        for t in res:
            if len(triples) == max_rows and t not in triples:
                return TermResult(
                    [], [], graph=ox.serialize(list(triples), format=fmt) or b"", truncated=True
                )
            triples[t] = None
        return TermResult([], [], graph=ox.serialize(list(triples), format=fmt) or b"")

    def select_about(self, sparql: str, iri: str, *, max_rows: int) -> TermResult:
        """A fixed SELECT whose variable ``?this`` is bound to the IRI ``iri`` (a term, never
        pasted into the text); ``?this`` must be in the projection. The union of the named
        graphs as the default graph.

        Raises:
            QueryError: ``iri`` is not an IRI Oxigraph accepts.
        """
        try:
            term = ox.NamedNode(iri)
        except ValueError as exc:
            raise QueryError(f"not a valid IRI: {exc}") from None
        res = self._s.query(sparql, substitutions={ox.Variable("this"): term})
        assert isinstance(res, ox.QuerySolutions)
        cells = _cells(res)
        rows = _Cells(cells.columns, cells.rows[:max_rows]).decoded(_Terms())
        return TermResult(cells.columns, rows, truncated=len(cells.rows) > max_rows)

    def describe(self, iri: str, *, graph_format: str, limit: int = 20_000) -> bytes:
        """Every distinct triple with ``iri`` as subject or object, and those whose subject is
        a hash IRI under it (``iri#…``, such as a document's text spans), in any graph; looked
        up through the pattern API (the IRI is a term). Empty when nothing is known."""
        return ox.serialize(self._about(iri, limit), format=_GRAPH_FORMATS[graph_format]) or b""

    def about(self, iri: str, *, limit: int = 20_000) -> list[tuple[Term, Term, Term]]:
        """The triples of :meth:`describe` as :class:`Term` triples (for pages)."""
        return [
            (_ox_term(t.subject), _ox_term(t.predicate), _ox_term(t.object))
            for t in self._about(iri, limit)
        ]

    def _about(self, iri: str, limit: int) -> list[ox.Triple]:
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            return []
        found: dict[ox.Triple, None] = {}
        hashes: set[ox.NamedNode] = set()
        prefix = iri + "#"

        def add(quads: Iterable[ox.Quad]) -> None:
            for q in itertools.islice(quads, limit):
                found[ox.Triple(q.subject, q.predicate, q.object)] = None

        add(self._s.quads_for_pattern(node, None, None, None))
        add(self._s.quads_for_pattern(None, None, node, None))
        if self._s.contains_named_graph(node):  # a document's graph holds its text spans
            for q in itertools.islice(self._s.quads_for_pattern(None, None, None, node), limit):
                for t in (q.subject, q.object):
                    if isinstance(t, ox.NamedNode) and t.value.startswith(prefix):
                        hashes.add(t)
        for h in sorted(hashes, key=str)[:limit]:
            add(self._s.quads_for_pattern(h, None, None, None))
            add(self._s.quads_for_pattern(None, None, h, None))
        return list(found)[:limit]

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL UPDATE (only for a store opened for writing); ``base_iri`` resolves
        relative IRIs. Afterwards the default graph follows the named graphs: what the update
        added to them is added there, and what it took out of them is taken out of it unless
        another named graph still holds it. Triples written into the default graph itself stay
        there. This reads the named graphs before and after the update (one pass each)."""
        if self.read_only:
            raise StoreError("the store is open read-only; updates need a writable store")
        before = {hash(t) for t in self._named_triples()}
        dirty = None if self.path is None else self.path / _UNION_DIRTY
        try:
            if dirty is not None:  # a crash before the union follows the update is repaired
                dirty.touch()  # when the store is next opened for writing
            self._s.update(sparql, base_iri=base_iri)
        except SyntaxError as exc:
            raise QueryError(f"the update does not parse: {exc}") from None
        except ValueError as exc:
            raise QueryError(f"the update cannot run: {exc}") from None
        except OSError as exc:
            raise _io_error(self.path, "write to", exc) from None
        finally:  # the update changed nothing or everything; the union follows it
            self._update(_ADD_UNION)
            orphans = self._s.query(
                "SELECT ?s ?p ?o { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
            )
            assert isinstance(orphans, ox.QuerySolutions)
            gone = [ox.Triple(r["s"], r["p"], r["o"]) for r in orphans]  # type: ignore[arg-type]
            for t in gone:
                if hash(t) in before:  # it was a named graph's; no named graph holds it now
                    self._s.remove(ox.Quad(t.subject, t.predicate, t.object))
            if dirty is not None:
                dirty.unlink(missing_ok=True)

    def _named_triples(self) -> Iterator[ox.Triple]:
        for q in self._named_quads():
            yield ox.Triple(q.subject, q.predicate, q.object)

    def snapshot_name(self) -> str | None:
        """The newest published checkpoint's name (readers reopen when it changes)."""
        if self.path is None:
            return None
        pointer = self.path / "snapshot"
        try:
            return pointer.read_text(encoding="utf-8").strip()
        except OSError:
            return None

    def dump(self, fmt: str) -> bytes:
        """Serialise every named graph (``nquads`` or ``trig``); the default graph, their
        union, is left out."""
        f = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}[fmt]
        return ox.serialize(self._named_quads(), format=f) or b""

    def _named_quads(self) -> Iterator[ox.Quad]:
        # the default graph comes first in Oxigraph's order; named graphs after it, as dumped
        return (q for q in self._s if not isinstance(q.graph_name, ox.DefaultGraph))

    def _union(self) -> Iterator[ox.Quad]:
        return self._s.quads_for_pattern(None, None, None, ox.DefaultGraph())

    def serialize_union(self, fmt: str, prefixes: dict[str, str] | None = None) -> bytes:
        """The union of all named graphs as ``turtle`` or ``jsonld``, triples sorted (same
        store content, same bytes)."""
        f = {
            "turtle": ox.RdfFormat.TURTLE,
            "jsonld": ox.RdfFormat.JSON_LD,
            "ntriples": ox.RdfFormat.N_TRIPLES,
        }[fmt]
        triples = sorted(
            (ox.Triple(q.subject, q.predicate, q.object) for q in self._union()),
            key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
        )
        return ox.serialize(triples, format=f, prefixes=prefixes) or b""

    def quads(self) -> Iterator[tuple[str, str, str, str]]:
        """The quads of the named graphs."""
        for q in self._named_quads():
            yield str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)

    def to_rdflib(self, graph: URIRef | None = None) -> Graph:
        """One named graph (or the union of all) as an rdflib Graph."""
        g = Graph()
        data = self.dump("nquads")
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(data=data.decode("utf-8"), format="nquads")
        for s, p, o, c in ds.quads((None, None, None, None)):
            if graph is None or c == graph:
                g.add((s, p, o))
        return g


def source_record(
    source: URIRef, path: str, file_name: str, content_hash: str, document: URIRef
) -> list[tuple[Node, Node, Node]]:
    """The triples that say which document a source file gave (built by :mod:`intgraph.rdf`)."""
    from intgraph.rdf import source_record as record

    return record(source, path, file_name, content_hash, document)  # type: ignore[return-value]


def replace_graph_update(
    graph: URIRef, triples: Iterable[tuple[Node, Node, Node]], *, union: bool = False
) -> str:
    """One SPARQL UPDATE that replaces a named graph (and, with ``union``, keeps the default
    graph their union). Blank nodes go in an INSERT template (some servers, Virtuoso 7.2
    among them, refuse them in INSERT DATA)."""
    triples = list(triples)
    g = _nt(graph)
    forget = f"{_forget_from_union([graph])} ;\n" if union else ""
    also = _block(triples) if union else ""
    if any(isinstance(t, BNode) for triple in triples for t in triple):
        return (
            f"{forget}DROP SILENT GRAPH {g} ;\n"
            f"INSERT {{ GRAPH {g} {{\n{_block(triples)}}}\n{also}}} WHERE {{ }}"
        )
    return (
        f"{forget}DROP SILENT GRAPH {g} ;\n"
        f"INSERT DATA {{ GRAPH {g} {{\n{_block(triples)}}}\n{also}}}"
    )


def remove_source_update(source: URIRef, drop: Iterable[URIRef], *, union: bool = False) -> str:
    """One SPARQL UPDATE that forgets a source file and the graphs no source needs any more
    (with ``union``, also their triples in the default graph that no other graph holds)."""
    drop = list(drop)
    parts = [_forget_from_union(drop, source)] if union else []
    parts += [f"DELETE WHERE {{ GRAPH {_nt(GRAPH_SOURCES)} {{ {_nt(source)} ?p ?o }} }}"]
    parts += [f"DROP SILENT GRAPH {_nt(g)}" for g in drop]
    return " ;\n".join(parts)


def _forget_from_union(graphs: Sequence[URIRef], source: URIRef | None = None) -> str:
    """An update operation, run just before ``graphs`` are dropped and ``source``'s record is
    deleted, that takes out of the default graph each of their triples that no other named
    graph holds. What the same update writes afterwards goes into the default graph again, so
    after it the default graph is the union of the named graphs as they are then."""
    gone = " ".join(_nt(g) for g in graphs) or "<urn:intgraph:none>"
    src = _nt(GRAPH_SOURCES)
    held = f"?g NOT IN ({', '.join(_nt(g) for g in graphs)})" if graphs else "true"
    where = f"{{ VALUES ?g0 {{ {gone} }} GRAPH ?g0 {{ ?s ?p ?o }} }}"
    if source is not None:
        where += f" UNION {{ VALUES ?s {{ {_nt(source)} }} GRAPH {src} {{ ?s ?p ?o }} }}"
        held += f" && (?g != {src} || ?s != {_nt(source)})"
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ {where}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({held}) }} }}"
    )


def replace_document_update(
    source: URIRef,
    record: list[tuple[Node, Node, Node]],
    document: URIRef,
    lines: list[str] | None,
    drop: Iterable[URIRef],
    *,
    union: bool = False,
) -> str:
    """One SPARQL UPDATE that re-points a source, rewrites its document's graph and drops graphs
    no source needs any more (servers apply one update request atomically); with ``union``,
    the default graph stays the union of the named graphs."""
    drop = list(drop)
    gone = drop + ([document] if lines is not None else [])
    updates = [_forget_from_union(gone, source)] if union else []
    updates += [f"DELETE WHERE {{ GRAPH {_nt(GRAPH_SOURCES)} {{ {_nt(source)} ?p ?o }} }}"]
    updates += [f"DROP SILENT GRAPH {_nt(g)}" for g in drop]
    insert = f"GRAPH {_nt(GRAPH_SOURCES)} {{\n{_block(record)}}}"
    if lines is not None:
        updates.append(f"DROP SILENT GRAPH {_nt(document)}")
        insert += f"\nGRAPH {_nt(document)} {{\n{''.join(lines)}}}"
    if union:
        insert += f"\n{_block(record)}{''.join(lines or ())}"
    updates.append(f"INSERT DATA {{ {insert} }}")
    return " ;\n".join(updates)


def _block(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    return "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in triples)


_LOCKED = re.compile(r"lock file|lock hold|/LOCK: ", re.I)  # RocksDB's words for a held lock


def _open_error(path: Path | None, exc: OSError) -> StoreError:
    """Why a store folder could not be opened: another writer holds its lock, the path is a
    file, permission is missing, or the disk failed."""
    msg = str(exc)
    if _LOCKED.search(msg):
        return StoreError(
            f"cannot open the store at {path}: another intgraph process is writing to it "
            "(only one writer may open a store at a time); wait for it to finish"
        )
    if path is not None and (
        isinstance(exc, (FileExistsError, NotADirectoryError))
        or "not a directory" in msg
        or (path.exists() and not path.is_dir())
    ):
        return StoreError(f"{path} is a file, not a store folder; give --store a folder")
    return _io_error(path, "open", exc)


def _io_error(path: Path | None, doing: str, exc: OSError) -> StoreIOError:
    """An operating-system error under the store, named as such (disk full, permission …)."""
    reason = exc.strerror or str(exc)
    text = str(exc)
    if exc.errno == errno.ENOSPC or "No space left" in text:
        reason = "the disk is full (No space left on device)"
    elif isinstance(exc, PermissionError) or "Permission denied" in text:
        reason = "permission denied"
    elif exc.errno == errno.EROFS or "Read-only file system" in text:
        reason = "the file system is read-only"
    return StoreIOError(f"cannot {doing} the store at {path}: {reason}")


def open_store(spec: str | Path | None, *, read_only: bool = False):  # -> Store | RemoteStore
    """An embedded store in a folder, or a SPARQL endpoint when ``spec`` is an http(s) URL."""
    if isinstance(spec, str) and spec.startswith(("http://", "https://")):
        from intgraph.store.remote import RemoteStore

        return RemoteStore(spec, read_only=read_only)
    return Store(spec, read_only=read_only)
