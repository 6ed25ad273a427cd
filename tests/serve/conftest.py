"""Real servers on loopback, started as a user starts them (``intgraph serve …``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fixtures.serving import ROOT, Listener, start
from intgraph.pipeline import ingest
from intgraph.store import Store


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    writer = Store(path)
    report = ingest([ROOT / "examples" / "corpus"], writer)
    assert report.ok, report.failed
    del writer
    return path


@pytest.fixture(scope="session")
def server(corpus_store: Path) -> Iterator[str]:
    """A read-only server over the sample corpus (2 s time limit, at most 500 rows)."""
    running = start("--store", str(corpus_store), "--timeout", "2", "--max-rows", "500")
    yield running.url.rstrip("/")
    running.stop()


@pytest.fixture
def listener() -> Iterator[Listener]:
    ln = Listener()
    yield ln
    ln.close()
