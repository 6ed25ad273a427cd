"""Human-readable documentation of the ontology (pyLODE): namespace, version IRI, licence, and a
table of every class and property with its labels and definition. The only module that imports
pylode; 3.3.x is pinned because 3.4.1's wheel lacks a data file and fails on import."""

from __future__ import annotations

import gc
import logging
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
            page = OntPub(str(ontology_file())).make_html()
            gc.collect()
        return page
    finally:
        quiet.setLevel(level)
