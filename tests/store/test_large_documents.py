"""Large documents (issue 16): their statements go from the worker to the writer as a file
and into the store in several bulk loads, and a crash in between leaves no part of them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph import pipeline
from intgraph.pipeline import ingest
from intgraph.store import WRITING, Store, ntriples_chunks

ROOT = Path(__file__).resolve().parents[2]


def _crash_tests():  # their checks of a store after a kill, shared
    import importlib.util

    path = Path(__file__).with_name("test_crash_and_concurrency.py")
    spec = importlib.util.spec_from_file_location("_crash_checks", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_checks = _crash_tests()
documents_consistent, indexes_agree, quads = (
    _checks.documents_consistent,
    _checks.indexes_agree,
    _checks.quads,
)
SAMPLE = ROOT / "examples" / "corpus"

# quotations paragraph after paragraph: many statements from a small file
_PARAGRAPH = (
    "Senatorin Ilse Vormfelde sagte: „Wer hier eine Ausbildung beginnt, soll sie auch "
    "abschließen können, und dafür brauchen die Betriebe verlässliche Regeln.“\n\n"
)


def large_document(folder: Path, paragraphs: int = 400) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / "gross.txt"
    p.write_text("Pressemitteilung\n\n" + _PARAGRAPH * paragraphs, encoding="utf-8")
    return p


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every document with more than 4 KiB of N-Triples spooled, and loaded 8 KiB at a time."""
    monkeypatch.setattr(pipeline, "SPOOL_OVER", 4096)
    monkeypatch.setattr("intgraph.store.CHUNK_BYTES", 8192)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(st.characters(blacklist_characters="\n"), max_size=40), max_size=30),
    st.integers(1, 64),
)
def test_chunks_end_at_line_ends_and_join_to_the_text(tmp_path_factory, lines, size) -> None:
    text = "".join(f"<a:s> <a:p> {line!r} .\n" for line in lines).encode()
    p = tmp_path_factory.mktemp("chunks") / "x.nt"
    p.write_bytes(text)
    parts = list(ntriples_chunks(p, size))
    assert b"".join(parts) == text
    assert all(part.endswith(b"\n") and part for part in parts)


def test_a_large_document_in_parts_gives_the_same_store(tmp_path: Path, small_parts) -> None:
    corpus = tmp_path / "corpus"
    large_document(corpus)
    for f in sorted(SAMPLE.iterdir())[:3]:
        (corpus / f.name).write_bytes(f.read_bytes())
    parts = Store(tmp_path / "parts")
    report = ingest([corpus], parts, jobs=2)
    assert report.ok and len(report.ingested) == 4
    assert not list((tmp_path / "parts" / "spool").glob("*"))  # each file deleted once written
    assert not (tmp_path / "parts" / WRITING).exists()

    pipeline.SPOOL_OVER = 1 << 40  # (restored by the fixture) everything in one load
    whole = Store(tmp_path / "whole")
    again = ingest([corpus], whole)
    assert again.statements == report.statements
    assert quads(parts) == quads(whole)
    documents_consistent(parts)


def test_a_changed_large_document_replaces_the_old_one(tmp_path: Path, small_parts) -> None:
    corpus = tmp_path / "corpus"
    p = large_document(corpus, 300)
    store = Store(tmp_path / "store")
    ingest([corpus], store)
    p.write_text(p.read_text(encoding="utf-8") + _PARAGRAPH, encoding="utf-8")
    report = ingest([corpus], store)
    assert report.ok and report.ingested
    clean = Store(tmp_path / "clean")
    ingest([corpus], clean)
    assert quads(store) == quads(clean)
    documents_consistent(store)


_KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from intgraph import pipeline, store
pipeline.SPOOL_OVER = 4096
store.CHUNK_BYTES = 8192
chunks = store.ntriples_chunks

def die_after_three(path, size=8192):
    for i, part in enumerate(chunks(path, size)):
        if i == 3:
            os.kill(os.getpid(), signal.SIGKILL)  # kill -9 between two parts of one document
        yield part

store.ntriples_chunks = die_after_three
pipeline.ingest([Path(sys.argv[1])], store.Store(Path(sys.argv[2])))
"""


@pytest.mark.slow
def test_kill_9_between_the_parts_of_a_document_leaves_no_part_of_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for f in sorted(SAMPLE.iterdir())[:3]:
        (corpus / "a").mkdir(parents=True, exist_ok=True)
        (corpus / "a" / f.name).write_bytes(f.read_bytes())
    large_document(corpus / "b")  # read after the three (files are read in sorted order)
    store_dir = tmp_path / "store"
    proc = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(corpus), str(store_dir)], cwd=tmp_path
    )
    assert proc.returncode == -signal.SIGKILL
    assert (store_dir / WRITING).exists()  # it died while writing the large document

    indexes_agree(store_dir / "oxigraph")
    store = Store(store_dir)  # the writer that opens it next takes the part out
    assert store.notice and "partial graph" in store.notice
    assert not (store_dir / WRITING).exists()
    assert not list((store_dir / "spool").glob("*"))
    documents_consistent(store)
    assert len(store.sources()) == 3
    del store
    indexes_agree(store_dir / "oxigraph")

    store = Store(store_dir)
    clean = Store(tmp_path / "clean")
    report = ingest([corpus], store)
    assert report.ok and len(report.unchanged) == 3 and len(report.ingested) == 1
    ingest([corpus], clean)
    assert quads(store) == quads(clean)


def test_a_document_whose_part_was_written_by_a_crash_is_written_whole(
    tmp_path: Path, small_parts
) -> None:
    """A graph that no source refers to (a crash after some parts, repaired by hand here
    by not reopening) is replaced, not added to."""
    corpus = tmp_path / "corpus"
    p = large_document(corpus)
    store = Store(tmp_path / "store")
    key, ntriples, _, _, _ = pipeline._read(p)
    assert isinstance(ntriples, Path)
    from intgraph.rdf import document_iri

    doc = document_iri(key)
    first = next(ntriples_chunks(ntriples, 8192))
    half = ntriples.with_suffix(".half")
    half.write_bytes(first)
    store._write_in_parts(doc, half)  # parts of it, and no source record
    os.unlink(tmp_path / "store" / WRITING)  # as if the marker had been lost
    ntriples.unlink()
    ingest([corpus], store)
    clean = Store(tmp_path / "clean")
    ingest([corpus], clean)
    assert quads(store) == quads(clean)
