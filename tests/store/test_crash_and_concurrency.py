"""Real processes: an ingest killed with SIGKILL mid-batch, and readers during a write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from intgraph.pipeline import ingest
from intgraph.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "corpus"


def make_corpus(folder: Path, copies: int) -> Path:
    """Many distinct documents: the sample corpus, each copy marked with its own number."""
    folder.mkdir()
    for i in range(copies):
        for src in sorted(SAMPLE.iterdir()):
            text = src.read_text(encoding="utf-8") + f"\n\nAktenzeichen {i:05d}\n"
            (folder / f"{i:04d}_{src.name}").write_text(text, encoding="utf-8")
    return folder


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "intgraph", *args]


def quads(store: Store) -> set[str]:
    return set(store.dump("nquads").decode("utf-8").splitlines())


def documents_consistent(store: Store) -> None:
    """Every source points at a complete document graph, and every document graph has a source."""
    sources = store.sources()
    docs = {g for g in store.graphs() if "/id/document/" in g}
    assert {r.document for r in sources.values()} == docs
    for doc in docs:
        rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }}").rows
        assert int(rows[0][0]) > 20, doc  # a document graph is written whole or not at all


@pytest.mark.slow
def test_kill_9_mid_batch_leaves_a_consistent_store_and_the_next_run_completes(
    tmp_path: Path,
) -> None:
    corpus = make_corpus(tmp_path / "corpus", copies=80)  # 400 documents
    store_dir = tmp_path / "store"
    proc = subprocess.Popen(
        cli("ingest", str(corpus), "--store", str(store_dir), "--quiet"), cwd=tmp_path
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (store_dir / "snapshot").exists():
        time.sleep(0.05)
    time.sleep(1.0)  # well into the batch
    assert proc.poll() is None, "the ingest finished before it could be killed; use a bigger corpus"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    store = Store(store_dir)
    n_before = len(store.sources())
    assert 0 < n_before < 400
    documents_consistent(store)
    report = ingest([corpus], store)
    assert (
        report.ok and len(report.unchanged) == n_before and len(report.ingested) == 400 - n_before
    )
    documents_consistent(store)

    clean = Store(tmp_path / "clean")
    ingest([corpus], clean)
    assert quads(store) == quads(clean)


@pytest.mark.slow
def test_queries_during_an_ingest_see_a_consistent_state(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", copies=60)
    store_dir = tmp_path / "store"
    proc = subprocess.Popen(
        cli("ingest", str(corpus), "--store", str(store_dir), "--quiet"), cwd=tmp_path
    )
    count = (
        "PREFIX ig: <https://w3id.org/intgraph/def#> SELECT (COUNT(DISTINCT ?d) AS ?sources) "
        "(COUNT(DISTINCT ?g) AS ?graphs) WHERE { { GRAPH <https://w3id.org/intgraph/id/graph/sources> "
        "{ ?s ig:document ?d } } UNION { GRAPH ?g { ?g a ig:Document } } }"
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (store_dir / "snapshot").exists():
        time.sleep(0.05)
    answers = []
    while proc.poll() is None:
        run = subprocess.run(
            cli("query", count, "--store", str(store_dir), "--format", "csv"),
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        sources, graphs = run.stdout.splitlines()[1].split(",")
        assert sources == graphs  # never a source without its document, or the reverse
        answers.append(int(sources))
    assert proc.returncode == 0
    final = subprocess.run(
        cli("query", count, "--store", str(store_dir), "--format", "csv"),
        capture_output=True,
        text=True,
        check=True,
    )
    assert final.stdout.splitlines()[1] == "300,300"
    assert answers, "no query ran while the ingest was writing"


def test_a_file_that_disappears_mid_run_is_reported(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", copies=1)
    files = sorted(corpus.iterdir())
    store = Store(tmp_path / "store")
    ingest([files[0]], store)

    def progress(path: str, outcome: str) -> None:
        if Path(path) == files[0].resolve() and outcome == "unchanged":
            files[1].unlink()  # gone between listing the folder and reading it

    report = ingest([corpus], store, progress=progress)
    assert [(Path(p).name, r) for p, r in report.failed] == [
        (files[1].name, "does not exist (was it moved or deleted during the run?)")
    ]
    assert len(report.ingested) == len(files) - 2


def test_directory_loops_are_reported_not_followed_forever(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", copies=1)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "back").symlink_to(corpus)
    report = ingest([corpus], Store(tmp_path / "store"))
    assert any("directory loop" in r for _, r in report.failed)
    assert len(report.ingested) == 5
