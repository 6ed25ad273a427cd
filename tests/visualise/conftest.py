from __future__ import annotations

from pathlib import Path

import pytest

from intgraph.pipeline import ingest
from intgraph.store import Store

ROOT = Path(__file__).resolve().parents[2]

HOSTILE = (
    "Pressemitteilung vom 01.02.2024\n\n"
    "Die 19. Integrationsministerkonferenz hat den Leitantrag „<script>window.__pwned=1</script> Vielfalt“ "
    "einstimmig angenommen.\n\n"
    'Integrationsministerin Petra Köpping: »<img src=x onerror="window.__pwned=2"> Wir bleiben dran, '
    "das ist sicher.« Sachsen lädt ein.\n"
)


@pytest.fixture(scope="session")
def view_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The sample corpus plus a document whose text tries to run script in the views."""
    corpus = tmp_path_factory.mktemp("views-corpus")
    for f in (ROOT / "examples" / "corpus").iterdir():
        (corpus / f.name).write_bytes(f.read_bytes())
    (corpus / "feindlich.txt").write_text(HOSTILE, encoding="utf-8")
    store = Store(tmp_path_factory.mktemp("views") / "s")
    assert ingest([corpus], store).ok
    return store
