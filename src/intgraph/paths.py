"""The only module that knows where the ontology, reference data and saved queries live.

An installed wheel carries copies under ``intgraph/_resources``; a source checkout uses the
top-level ``ontology/`` and ``queries/`` folders. The packaged copy wins when both exist.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent


def _resource(name: str) -> Path:
    packaged = _PACKAGE / "_resources" / name
    if packaged.is_dir():
        return packaged
    return _CHECKOUT / name


def ontology_dir() -> Path:
    """Folder holding ``intgraph.ttl``, ``shapes/`` and ``reference/``."""
    return _resource("ontology")


def ontology_file() -> Path:
    return ontology_dir() / "intgraph.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes" / "intgraph-shapes.ttl"


def reference_dir() -> Path:
    return ontology_dir() / "reference"


def queries_dir() -> Path:
    """Folder of the saved SPARQL queries (``*.rq``)."""
    return _resource("queries")


def default_store_dir() -> Path:
    """The embedded store used when ``--store`` is not given: ``.intgraph/store`` in the cwd."""
    return Path.cwd() / ".intgraph" / "store"


def default_exports_dir() -> Path:
    return Path.cwd() / "exports"


def sample_corpus_dir() -> Path:
    """The sample corpus ``intgraph build`` reads by default (``examples/corpus``)."""
    packaged = _PACKAGE / "_resources" / "examples" / "corpus"
    return packaged if packaged.is_dir() else _CHECKOUT / "examples" / "corpus"
