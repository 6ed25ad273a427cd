from __future__ import annotations

import shutil
from pathlib import Path

from intgraph.pipeline import ingest
from intgraph.store import Store

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"


def copy_docs(tmp: Path) -> Path:
    corpus = tmp / "corpus"
    shutil.copytree(DOCS, corpus)
    return corpus


def test_unchanged_files_are_skipped_and_changed_ones_replaced(tmp_path: Path) -> None:
    corpus = copy_docs(tmp_path)
    store = Store(tmp_path / "store")
    first = ingest([corpus], store)
    assert len(first.ingested) == 3 and first.ok
    size = len(store)
    again = ingest([corpus], store)
    assert (len(again.ingested), len(again.unchanged)) == (0, 3)
    assert len(store) == size
    f = corpus / "medieninformation_sachsen.txt"
    f.write_text(
        f.read_text(encoding="utf-8").replace("Job-Turbo", "Gesamtprogramm Sprache"),
        encoding="utf-8",
    )
    third = ingest([corpus], store)
    assert len(third.ingested) == 1
    docs = [g for g in store.graphs() if "/document/" in g]
    assert len(docs) == 3  # the old version's graph is gone
    rows = store.query(
        "PREFIX ig: <https://w3id.org/intgraph/def#> SELECT ?p WHERE { ?d ig:mentions <https://w3id.org/intgraph/id/programme/job-turbo> }"
    ).rows
    assert rows == []


def test_same_content_under_two_names_is_one_document(tmp_path: Path) -> None:
    corpus = copy_docs(tmp_path)
    shutil.copy(corpus / "medieninformation_sachsen.txt", corpus / "kopie.txt")
    store = Store(tmp_path / "store")
    report = ingest([corpus], store)
    assert len(report.duplicates) == 1
    assert len([g for g in store.graphs() if "/document/" in g]) == 3
    assert len(store.sources()) == 4


def test_prune_removes_documents_whose_files_are_gone(tmp_path: Path) -> None:
    corpus = copy_docs(tmp_path)
    store = Store(tmp_path / "store")
    ingest([corpus], store)
    (corpus / "ergebnisprotokoll_13.txt").unlink()
    report = ingest([corpus], store, prune=True)
    assert len(report.removed) == 1
    assert len([g for g in store.graphs() if "/document/" in g]) == 2


def test_a_bad_file_does_not_stop_the_batch_or_touch_the_store(tmp_path: Path) -> None:
    corpus = copy_docs(tmp_path)
    store = Store(tmp_path / "store")
    ingest([corpus], store)
    before = len(store)
    (corpus / "leer.txt").write_bytes(b"")
    (corpus / "kaputt.txt").write_bytes(bytes(range(256)) * 8)
    report = ingest([corpus], store)
    assert sorted(Path(p).name for p, _ in report.failed) == ["kaputt.txt", "leer.txt"]
    assert len(store) == before


def test_store_persists_across_opens(tmp_path: Path) -> None:
    corpus = copy_docs(tmp_path)
    store = Store(tmp_path / "store")
    ingest([corpus], store)
    n = len(store)
    del store
    assert len(Store(tmp_path / "store")) == n


def test_conflicting_statements_stand_side_by_side(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Die 19. Integrationsministerkonferenz fand 2024 in Rostock statt.\n", encoding="utf-8"
    )
    (corpus / "b.txt").write_text(
        "Die 19. Integrationsministerkonferenz fand 2024 in Schwerin statt.\n", encoding="utf-8"
    )
    store = Store(tmp_path / "s")
    ingest([corpus], store)
    rows = store.query(
        """PREFIX ig: <https://w3id.org/intgraph/def#> PREFIX schema: <https://schema.org/>
        SELECT ?file ?place WHERE {
          GRAPH ?doc { <https://w3id.org/intgraph/id/conference/intmk/19> schema:location ?place }
          GRAPH <https://w3id.org/intgraph/id/graph/sources> { ?s ig:document ?doc ; ig:fileName ?file }
        } ORDER BY ?file"""
    ).rows
    assert [(f, p.rsplit("/", 1)[-1]) for f, p in rows] == [
        ("a.txt", "rostock"),
        ("b.txt", "schwerin"),
    ]


def test_a_bad_document_in_a_batch_fails_alone(tmp_path: Path) -> None:
    from rdflib import URIRef

    from intgraph.store import NewDocument

    def doc(n: int, line: str) -> NewDocument:
        iri = URIRef(f"https://w3id.org/intgraph/id/document/{n}")
        return NewDocument(URIRef(f"urn:x:source:{n}"), f"/c/{n}.txt", f"{n}.txt", "h", iri, [line])

    good = '<urn:x:a> <urn:x:p> "ok" .\n'
    store = Store(tmp_path / "store")
    failed = store.write_new_documents([doc(1, good), doc(2, "<urn:x:a> broken .\n"), doc(3, good)])
    assert [i for i, _ in failed] == [1]
    assert "document/2" in str(failed[0][1]) and "do not parse" in str(failed[0][1])
    assert sorted(store.graphs())[:2] == [
        "https://w3id.org/intgraph/id/document/1",
        "https://w3id.org/intgraph/id/document/3",
    ]
