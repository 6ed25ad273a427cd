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


def cli_told_batches(*args: str) -> list[str]:
    """The CLI with small batches (as ``cli_small_batches``) that prints ``written N`` after each
    committed write, so a test can kill it at a moment the process itself gives, not a clock."""
    code = (
        "import sys; from intgraph import cli, pipeline; from intgraph.store import Store; "
        "pipeline.WRITE_BATCH = 20; pipeline.WRITE_EVERY = 0.2; write = Store.write_new_documents\n"
        "def told(self, docs):\n"
        "    out = write(self, docs); print('written', len(docs), flush=True); return out\n"
        "Store.write_new_documents = told; sys.argv[0] = 'intgraph'; cli.main()"
    )
    return [sys.executable, "-c", code, *args]


def cli_small_batches(*args: str) -> list[str]:
    """The CLI with new documents written every 20 (or 0.2 s) instead of every few seconds, so
    that a kill lands between many committed loads in a small corpus."""
    code = (
        "import sys; from intgraph import cli, pipeline; pipeline.WRITE_BATCH = 20; "
        "pipeline.WRITE_EVERY = 0.2; sys.argv[0] = 'intgraph'; cli.main()"
    )
    return [sys.executable, "-c", code, *args]


def quads(store: Store) -> set[str]:
    """The named graphs' quads and the default graph (their union) as the store holds it."""
    union = store.serialize_union("ntriples").decode("utf-8").splitlines()
    return set(store.dump("nquads").decode("utf-8").splitlines()) | {"union " + t for t in union}


def documents_consistent(store: Store) -> None:
    """Every source points at a complete document graph, and every document graph has a source."""
    sources = store.sources()
    docs = {g for g in store.graphs() if "/id/document/" in g}
    assert {r.document for r in sources.values()} == docs
    for doc in docs:
        rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }}").rows
        assert int(rows[0][0]) > 20, doc  # a document graph is written whole or not at all


def _size(folder: Path) -> int:
    """Bytes in the database's own files (not the bulk loader's files before they are added)."""
    total = 0
    for root, _, files in os.walk(folder):
        for f in files:
            if f.startswith("bulk-"):
                continue
            try:
                total += (Path(root) / f).stat().st_size
            except OSError:
                pass
    return total


def wait_for_writes(store_dir: Path, proc: subprocess.Popen, grow: int = 400_000) -> None:
    """Wait until the ingest has published its first snapshot and written at least a batch
    since (the database folder grew by ``grow`` bytes), however busy the machine is."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (store_dir / "snapshot").exists():
        time.sleep(0.05)
    start = _size(store_dir / "oxigraph")
    while time.monotonic() < deadline and proc.poll() is None:
        if _size(store_dir / "oxigraph") - start > grow:
            break
        time.sleep(0.05)
    time.sleep(0.3)


def children(pid: int) -> list[int]:
    """PIDs whose parent is ``pid`` (from /proc)."""
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(d.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
def test_kill_9_mid_batch_leaves_a_consistent_store_and_the_next_run_completes(
    tmp_path: Path,
) -> None:
    corpus = make_corpus(tmp_path / "corpus", copies=80)  # 400 documents
    store_dir = tmp_path / "store"
    proc = subprocess.Popen(
        cli_told_batches("ingest", str(corpus), "--store", str(store_dir), "--quiet"),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    # killed right after its third committed batch (of at most 20 documents), however fast or
    # busy the machine: the moment comes from the process, not from a clock
    lines = [proc.stdout.readline() for _ in range(3)]
    assert all(x.startswith("written") for x in lines), f"the ingest ended early: {lines!r}"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()

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


def indexes_agree(database: Path) -> None:
    """Oxigraph keeps each quad in several indexes (by subject, predicate, object, graph) and
    its terms in a table of strings: every index must hold the same quads, every term must
    decode, and every graph must be listed."""
    import pyoxigraph as ox

    db = ox.Store(str(database))
    everything = set(db)  # decodes every term of every quad
    by = [set(), set(), set(), set()]
    for i in range(4):
        for term in {q[i] for q in everything}:
            pattern = [None, None, None, None]
            pattern[i] = term
            by[i] |= set(db.quads_for_pattern(*pattern))
    assert all(found == everything for found in by), [len(x) for x in (everything, *by)]
    named = {q.graph_name for q in everything if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert named <= set(db.named_graphs())
    # the default graph (the materialised union) holds each triple of the named graphs once
    default = {q.triple for q in everything if isinstance(q.graph_name, ox.DefaultGraph)}
    assert default == {
        q.triple for q in everything if not isinstance(q.graph_name, ox.DefaultGraph)
    }
    del db


@pytest.mark.slow
def test_kill_9_during_bulk_loads_leaves_whole_documents_and_agreeing_indexes(
    tmp_path: Path,
) -> None:
    """New documents go in through Oxigraph's bulk loader, which RocksDB adds in one atomic
    step (all of a load's files or none after a crash): killed at five moments, the store
    holds whole documents only, its indexes agree, and no loader file is left behind."""
    corpus = make_corpus(tmp_path / "corpus", copies=40)  # 200 documents
    kept = set()
    for i, delay in enumerate([0.0, 0.15, 0.4, 0.8, 1.5]):
        store_dir = tmp_path / f"store-{i}"
        proc = subprocess.Popen(
            cli_small_batches("ingest", str(corpus), "--store", str(store_dir), "--quiet"),
            cwd=tmp_path,
        )
        wait_for_writes(store_dir, proc, grow=1)
        time.sleep(delay)
        if proc.poll() is not None:
            continue  # finished first (a fast machine): nothing to kill
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        indexes_agree(store_dir / "oxigraph")
        store = Store(store_dir)
        assert not list((store_dir / "oxigraph").glob("bulk-*"))  # removed when reopened
        documents_consistent(store)
        kept.add(len(store.sources()))
        del store
    assert kept - {0, 200}, "no kill landed while documents were being written"


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


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_kill_9_of_ingest_with_two_jobs_leaves_no_worker_behind(tmp_path: Path) -> None:
    """Killed right after its first batch of documents is committed, while its two workers are
    still reading (1,000 documents take them seconds), the ingest leaves no worker behind. The
    moment comes from the process itself (it prints a line after each write), not from a clock:
    the workers stop once every document is read, so a fixed wait let a quiet machine finish
    reading before the kill."""
    corpus = make_corpus(tmp_path / "corpus", copies=200)  # 1,000 documents
    store_dir = tmp_path / "store"
    proc = subprocess.Popen(
        cli_told_batches("ingest", str(corpus), "--store", str(store_dir), "-q", "-j2"),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the first batch is in the store
    assert line.startswith("written"), f"the ingest ended before writing: {line!r}"
    workers = [w for w in children(proc.pid) if alive(w)]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert len(workers) >= 2, "two workers should still be reading 980 documents"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(w) for w in workers):
        time.sleep(0.05)
    assert not [w for w in workers if alive(w)], "worker processes outlived their parent"
    store = Store(store_dir)
    assert 0 < len(store.sources()) < 1000
    documents_consistent(store)


@pytest.mark.slow
def test_kill_9_during_remove_leaves_a_consistent_store(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", copies=30)  # 150 documents
    store_dir = tmp_path / "store"
    ingest([corpus], Store(store_dir))
    proc = subprocess.Popen(
        cli("remove", str(corpus), "--store", str(store_dir)),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    for _ in range(20):  # twenty documents removed, then the kill
        proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    store = Store(store_dir)
    left = len(store.sources())
    assert 0 < left < 150
    documents_consistent(store)
    from intgraph.pipeline import remove

    assert len(remove([corpus], store)) == left
    assert not store.sources() and not [g for g in store.graphs() if "/id/document/" in g]


@pytest.mark.slow
def test_kill_9_during_export_leaves_the_previous_export_whole(tmp_path: Path) -> None:
    import hashlib
    import json

    from intgraph.pipeline import export

    corpus = make_corpus(tmp_path / "corpus", copies=2)
    store_dir = tmp_path / "store"
    store = Store(store_dir)
    ingest([corpus], store)
    out = tmp_path / "exports"
    export(store, out)
    (out / "README.md").write_text("mine\n", encoding="utf-8")  # not the export's own file
    before = json.loads((out / "MANIFEST.json").read_text(encoding="utf-8"))
    extra = make_corpus(tmp_path / "more", copies=1)
    ingest([extra], store)
    del store  # the export reads the store's snapshot
    proc = subprocess.Popen(
        cli("export", "--store", str(store_dir), "--out", str(out)),
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(tmp_path.glob(".exports.export-*/rdf/*.ttl")):
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    def whole(folder: Path) -> dict:
        manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
        for name, digest in manifest["files"].items():
            assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
        return manifest

    assert whole(out) == before  # the old export, untouched and complete
    assert (out / "README.md").read_text(encoding="utf-8") == "mine\n"
    export(Store(store_dir, read_only=True), out)  # the next export cleans up and swaps in
    after = whole(out)
    assert after["quads"] > before["quads"]
    assert (out / "README.md").read_text(encoding="utf-8") == "mine\n"
    assert not list(tmp_path.glob(".exports.export-*"))
