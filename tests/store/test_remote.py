"""--store URL: the same pipeline against a real SPARQL server (the `oxigraph` server from PyPI),
started on loopback by the test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from intgraph.pipeline import ingest
from intgraph.query import run
from intgraph.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
QUERIES = ["documents", "office-holders", "conferences", "motions", "programmes", "quotes"]

pytestmark = pytest.mark.skipif(
    not Path(OXIGRAPH).exists(),
    reason="the oxigraph server is not installed (pip install oxigraph; make test does)",
)


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    location = tmp_path_factory.mktemp("oxigraph-server")
    proc = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    yield f"{url}/query"
    proc.terminate()
    proc.wait(timeout=10)


def rows(store, name: str) -> list[tuple]:
    return sorted(tuple(r) for r in run(store, ROOT / "queries" / f"{name}.rq").rows)


def test_remote_store_gives_the_same_answers_as_the_embedded_one(
    endpoint: str, tmp_path: Path
) -> None:
    corpus = ROOT / "examples" / "corpus"
    remote = open_store(endpoint)
    report = ingest([corpus], remote)
    assert report.ok and len(report.ingested) == 5
    embedded = Store(tmp_path / "embedded")
    ingest([corpus], embedded)
    for name in QUERIES:
        assert rows(remote, name) == rows(embedded, name), name
    again = ingest([corpus], remote)
    assert len(again.unchanged) == 5 and not again.ingested


def test_unreachable_endpoint_is_a_clear_error() -> None:
    from intgraph.errors import StoreError

    with pytest.raises(StoreError, match="cannot reach the SPARQL endpoint"):
        open_store("http://127.0.0.1:9/query")
