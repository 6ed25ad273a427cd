"""intgraph: German integration-policy documents as an RDF knowledge graph.

>>> import intgraph
>>> intgraph.__version__ == intgraph.__about__.__version__
True
"""

from intgraph import __about__
from intgraph.__about__ import __version__
from intgraph.errors import InputError, IntgraphError, ModelError, QueryError, StoreError
from intgraph.pipeline import IngestReport, build, export, ingest, process
from intgraph.store import Store

__all__ = [
    "IngestReport",
    "InputError",
    "IntgraphError",
    "ModelError",
    "QueryError",
    "Store",
    "StoreError",
    "__about__",
    "__version__",
    "build",
    "export",
    "ingest",
    "process",
]
