"""Exceptions raised by intgraph, split first by whose fault the problem is.

::

    IntgraphError
    ├── InputError            a source document cannot be read (the user's file)
    │   └── UnsupportedFormat   the file type is not one intgraph reads
    ├── ModelError            the ontology, reference data or a query file is broken
    │   └── QueryError          a SPARQL query does not parse or fails (carries path and line)
    │       └── QueryRejected     the query guard refused a query before any engine saw it
    ├── StoreError            the store cannot be opened, read or written
    │   └── StoreIOError        the disk under it failed (full, permission, I/O error)
    └── OutputError           an export or report file cannot be written (disk, permission)

Every message says what went wrong, where (file, line, document, IRI), and what is allowed.
Library code raises these; only :mod:`intgraph.cli` turns them into output and exit codes.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "InputError",
    "IntgraphError",
    "ModelError",
    "OutputError",
    "QueryError",
    "QueryRejected",
    "StoreError",
    "StoreIOError",
    "UnsupportedFormat",
]


class IntgraphError(Exception):
    """Base class of every error intgraph raises on purpose."""


class InputError(IntgraphError):
    """A source document cannot be read or holds nothing usable."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormat(InputError):
    """The file's type is not one that intgraph reads."""


class ModelError(IntgraphError):
    """The ontology, the reference data or a saved query is broken."""


class QueryError(ModelError):
    """A SPARQL query failed to parse or to run."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.source = source
        self.line = line
        where = ""
        if source:
            where = f"{source}:{line}: " if line else f"{source}: "
        super().__init__(f"{where}{message}")


class QueryRejected(QueryError):
    """The query guard (:mod:`intgraph.query.guard`) refused a query or update before it ran.

    ``reason`` says which check: ``size`` (too many bytes), ``depth`` (brackets nested too
    deeply), ``chain`` (too many operators in a row), ``service`` (``SERVICE`` is not allowed),
    ``form`` (not the kind of request expected), ``syntax`` (it does not parse).
    """

    def __init__(self, message: str, *, reason: str, source: str | None = None) -> None:
        self.reason = reason
        super().__init__(message, source=source)


class StoreError(IntgraphError):
    """The store cannot be opened, read or written."""


class StoreIOError(StoreError):
    """The file system under the store failed (disk full, permission denied, I/O error): what
    was written before stays; nothing more can be written until it is fixed."""


class OutputError(IntgraphError):
    """An output folder or file (export, view, report) cannot be written."""
