"""Shared fixtures. Tests that read ../shared skip with a reason where it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from intgraph.pipeline import ingest
from intgraph.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"
pytest_plugins = ["fixtures.serving"]  # real servers on loopback (tests/serve, tests/clients)

SEED = ("000_bcfe4660ada8ac20.txt", "001_97013a9233346326.txt", "003_8844cf8ab36fbcf8.txt")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus").is_dir() or not (SHARED / "eval" / "gold").is_dir():
        pytest.skip(f"the shared corpus is not at {SHARED} (CI provides it beside the checkout)")
    return SHARED


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A store built from the repository's sample corpus and the test documents."""
    store = Store(tmp_path_factory.mktemp("store") / "s")
    report = ingest([ROOT / "examples" / "corpus", DATA / "documents"], store)
    assert report.ok, report.failed
    return store


@pytest.fixture(scope="session")
def shared_store(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("shared") / "s")
    report = ingest([shared / "corpus"], store)
    assert report.ok, report.failed
    return store
