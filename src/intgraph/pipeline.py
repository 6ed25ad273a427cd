"""The stages wired together: load → extract → resolve → rdf → store, then query and export.

This is the one module that imports more than one stage. Read it top to bottom to see how a
file becomes statements in the store.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef

from intgraph import load as load_stage
from intgraph.__about__ import __version__
from intgraph.errors import InputError, IntgraphError
from intgraph.extract import extract
from intgraph.paths import default_exports_dir, default_store_dir, sample_corpus_dir
from intgraph.rdf import document_iri, document_lines, source_iri
from intgraph.rdf.reference import ontology_graph, ontology_graph_skolemized, reference_graph
from intgraph.resolve import resolve
from intgraph.store import NewDocument, Store
from intgraph.vocab import GRAPH_INFERRED, GRAPH_ONTOLOGY, GRAPH_REFERENCE

__all__ = ["IngestReport", "build", "discover", "export", "ingest", "process", "reason", "remove"]

SNAPSHOT_EVERY = 500  # documents between two checkpoints that readers can open
WRITE_BATCH = 32  # new documents written in one load (one transaction)

Progress = Callable[[str, str], None]  # (path, outcome)


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    statements: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_dict(self) -> dict[str, object]:
        return {
            "ingested": self.ingested,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "removed": self.removed,
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "statements": self.statements,
        }


def discover(paths: Iterable[Path | str], report: IngestReport | None = None) -> list[Path]:
    """Files to ingest under the given files and folders, sorted, each once.

    Folders are walked recursively; symbolic-link loops are detected and reported; files of
    types intgraph does not read are skipped when found in a folder (named directly, they fail).
    """
    out: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=True):
                st = Path(root).stat()
                if (st.st_dev, st.st_ino) in seen_dirs:
                    if report is not None:
                        report.failed.append(
                            (
                                root,
                                "directory loop (a symbolic link points back to a parent); skipped",
                            )
                        )
                    dirs[:] = []
                    continue
                seen_dirs.add((st.st_dev, st.st_ino))
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() in load_stage.SUPPORTED_SUFFIXES and not name.startswith(
                        "."
                    ):
                        out.append(f)
        else:
            out.append(p)
    unique: dict[str, Path] = {}
    for f in out:
        unique.setdefault(str(f.resolve()) if f.exists() else str(f), f)
    return sorted(unique.values(), key=lambda f: str(f))


def process(path: Path | str) -> tuple[str, list[str], str, str]:
    """load → extract → resolve → rdf for one file: (document key, N-Triples lines, file name, hash)."""
    document = load_stage.load(path)
    lines = document_lines(resolve(extract(document)))
    return document.key, lines, document.file_name, document.content_hash


def ensure_reference(store: Store) -> None:
    """Write the ontology and the reference data into their own named graphs."""
    store.replace_graph(GRAPH_ONTOLOGY, ontology_graph_skolemized())
    store.replace_graph(GRAPH_REFERENCE, reference_graph())


def _process_safe(path: Path) -> tuple[str, object]:
    """:func:`process` for a worker process: errors come back as data (they pickle reliably)."""
    try:
        return "ok", process(path)
    except InputError as exc:
        return "input", exc.reason
    except IntgraphError as exc:
        return "error", str(exc)


def ingest(
    paths: Iterable[Path | str],
    store: Store,
    *,
    prune: bool = False,
    progress: Progress | None = None,
    jobs: int = 1,
) -> IngestReport:
    """Ingest files and folders into the store; unchanged files are skipped.

    A file that fails is reported and the batch goes on; nothing already stored is lost.
    With ``prune``, documents whose source files are no longer found under ``paths`` are removed.
    With ``jobs`` > 1, that many worker processes read and extract while this process writes;
    documents are written in the same order, so the store ends up the same.
    """
    report = IngestReport()
    files = discover(paths, report)
    ensure_reference(store)
    store.publish_snapshot()  # readers always have a consistent state to open
    sources = store.sources()
    refs: dict[str, int] = {}
    for rec in sources.values():
        refs[rec.document] = refs.get(rec.document, 0) + 1

    todo: list[tuple[Path, str]] = []
    for f in files:
        path = str(f.resolve()) if f.exists() else str(f)
        try:
            old = sources.get(path)
            if old and old.content_hash == _hash_file(f) and store.has_graph(URIRef(old.document)):
                report.unchanged.append(path)
                if progress is not None:
                    progress(path, "unchanged")
                continue
        except InputError as exc:
            report.failed.append((path, exc.reason))
            if progress is not None:
                progress(path, "failed")
            continue
        todo.append((f, path))

    pool = None
    if jobs > 1 and len(todo) > 1:
        pool = ProcessPoolExecutor(max_workers=jobs)
        results = pool.map(_process_safe, [f for f, _ in todo], chunksize=8)
    else:
        results = map(_process_safe, [f for f, _ in todo])
    # new documents wait in ``batch`` and go to the store in one load (one transaction);
    # they are reported once they are stored
    batch: list[tuple[str, NewDocument]] = []

    def stored(path: str, statements: int) -> None:
        report.ingested.append(path)
        report.statements += statements
        if progress is not None:
            progress(path, "ingested")
        if len(report.ingested) % SNAPSHOT_EVERY == 0:
            store.publish_snapshot()

    def write_batch() -> None:
        failed = dict(store.write_new_documents([d for _, d in batch]))
        for i, (path, d) in enumerate(batch):
            if i not in failed:
                stored(path, len(d.lines))
                continue
            report.failed.append((path, str(failed[i])))
            refs[str(d.document)] -= 1
            if progress is not None:
                progress(path, "failed")
        batch.clear()

    try:
        for (_, path), (status, value) in zip(todo, results, strict=True):
            outcome = "failed"
            try:
                if status != "ok":
                    report.failed.append((path, str(value)))
                    continue
                key, lines, name, content_hash = value  # type: ignore[misc]
                old = sources.get(path)
                doc = document_iri(key)
                known = any(d.document == doc for _, d in batch) or store.has_graph(doc)
                if old is None and not known:
                    batch.append(
                        (path, NewDocument(source_iri(path), path, name, content_hash, doc, lines))
                    )
                    refs[str(doc)] = refs.get(str(doc), 0) + 1
                    outcome = "pending"  # reported by write_batch
                    if len(batch) >= WRITE_BATCH:
                        write_batch()
                    continue
                write_batch()  # keep the order of writes
                drop = []
                if old and old.document != str(doc):
                    refs[old.document] -= 1
                    if refs[old.document] <= 0:
                        drop.append(URIRef(old.document))
                shared = refs.get(str(doc), 0) > 0 and store.has_graph(doc)
                store.write_document(
                    source=source_iri(path),
                    path=path,
                    file_name=name,
                    content_hash=content_hash,
                    document=doc,
                    lines=None if shared else lines,
                    drop=drop,
                )
                if not (old and old.document == str(doc)):
                    refs[str(doc)] = refs.get(str(doc), 0) + 1
                if shared:
                    report.duplicates.append(path)
                    outcome = "duplicate"
                else:
                    stored(path, len(lines))
                    outcome = "reported"
            except IntgraphError as exc:
                report.failed.append((path, str(exc)))
            finally:
                if progress is not None and outcome in ("failed", "duplicate"):
                    progress(path, outcome)
        write_batch()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    if prune:
        wanted = {str(f.resolve()) for f in files if f.exists()}
        roots = [str(Path(p).resolve()) for p in paths]
        for path, rec in sources.items():
            if path not in wanted and any(
                path == r or path.startswith(r.rstrip("/") + "/") for r in roots
            ):
                refs[rec.document] = refs.get(rec.document, 1) - 1
                drop = [URIRef(rec.document)] if refs[rec.document] <= 0 else []
                store.remove_source(URIRef(rec.iri), drop)
                report.removed.append(path)
    store.flush()
    store.publish_snapshot()
    return report


def remove(paths: Iterable[Path | str], store: Store) -> list[str]:
    """Forget source files (or every file under a folder) and the documents only they provided."""
    sources = store.sources()
    refs: dict[str, int] = {}
    for rec in sources.values():
        refs[rec.document] = refs.get(rec.document, 0) + 1
    roots = [str(Path(p).resolve()) if Path(p).exists() else str(Path(p).absolute()) for p in paths]
    removed = []
    for path, rec in sorted(sources.items()):
        if any(path == r or path.startswith(r.rstrip("/") + "/") for r in roots):
            refs[rec.document] -= 1
            store.remove_source(
                URIRef(rec.iri), [URIRef(rec.document)] if refs[rec.document] <= 0 else []
            )
            removed.append(path)
    store.flush()
    store.publish_snapshot()
    return removed


def _hash_file(path: Path) -> str:
    return hashlib.sha256(load_stage.read_file(path)).hexdigest()


def export(store: Store, out_dir: Path | str | None = None) -> list[Path]:
    """Write RDF dumps and the interactive overview to ``out_dir`` (default ``exports/``).

    Same store content, same bytes: N-Quads lines are sorted, Turtle is rdflib's sorted
    long-form Turtle.
    """
    from intgraph.visualise import views

    out = Path(out_dir) if out_dir is not None else default_exports_dir()
    (out / "rdf").mkdir(parents=True, exist_ok=True)
    (out / "html").mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    nquads = store.dump("nquads").decode("utf-8")
    lines = sorted(line for line in nquads.splitlines() if line.strip())
    p = out / "rdf" / "intgraph.nq"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    written.append(p)
    p = out / "rdf" / "intgraph.trig"
    p.write_bytes(store.dump("trig"))
    written.append(p)
    p = out / "rdf" / "intgraph.ttl"
    p.write_bytes(store.serialize_union("turtle", _PREFIXES))
    written.append(p)
    p = out / "rdf" / "intgraph.jsonld"
    p.write_bytes(store.serialize_union("jsonld", _PREFIXES))
    written.append(p)
    from intgraph.analyse import for_gephi, landscape, write_tables

    land = landscape(store)
    for name, page in views(store, land).items():
        p = out / "html" / f"{name}.html"
        p.write_text(page, encoding="utf-8")
        written.append(p)
    graph = for_gephi(land)
    (out / "graph").mkdir(exist_ok=True)
    p = out / "graph" / "intgraph.graphml"
    nx.write_graphml(graph, p)
    written.append(p)
    p = out / "graph" / "intgraph.gexf"
    nx.write_gexf(graph, p)
    written.append(p)
    write_tables(store, out / "analysis", land)
    written += sorted((out / "analysis").glob("*.csv"))
    from intgraph.ontology_docs import ontology_html
    from intgraph.paths import ontology_file

    (out / "ontology").mkdir(exist_ok=True)
    p = out / "ontology" / "index.html"
    p.write_text(ontology_html(), encoding="utf-8")
    written.append(p)
    p = out / "ontology" / "intgraph.ttl"
    p.write_bytes(ontology_file().read_bytes())
    written.append(p)
    manifest = {
        "generator": f"intgraph {__version__}",
        "files": {
            str(f.relative_to(out)): hashlib.sha256(f.read_bytes()).hexdigest() for f in written
        },
        "quads": len(lines),
    }
    p = out / "MANIFEST.json"
    p.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    written.append(p)
    return written


_PREFIXES = {
    "ig": "https://w3id.org/intgraph/def#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}


def build(
    corpus: Iterable[Path | str] | None = None,
    store_dir: Path | str | None = None,
    out_dir: Path | str | None = None,
    *,
    progress: Progress | None = None,
) -> tuple[IngestReport, list[Path]]:
    """The main job: ingest the corpus (default: the bundled sample) and write the exports."""
    from intgraph.store import open_store

    store = open_store(store_dir if store_dir is not None else default_store_dir())
    report = ingest(
        list(corpus) if corpus else [sample_corpus_dir()], store, prune=True, progress=progress
    )
    return report, export(store, out_dir)


_REASONING_INPUT = """
PREFIX ig: <https://w3id.org/intgraph/def#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
CONSTRUCT {
  ?h a ig:OfficeHolding ; org:member ?p ; org:role ?r ; ig:officeIn ?m .
  ?p a ig:Person . ?m a ?mc ; ig:responsibleFor ?f .
  ?motion a ig:Motion ; ig:submittedBy ?land ; ig:atSession ?s .
  ?s a ig:ConferenceSession . ?land a ?lc .
} WHERE {
  { ?h a ig:OfficeHolding ; org:member ?p ; org:role ?r . OPTIONAL { ?h ig:officeIn ?m . ?m a ?mc OPTIONAL { ?m ig:responsibleFor ?f } } }
  UNION { ?motion a ig:Motion ; ig:submittedBy ?land ; ig:atSession ?s . ?land a ?lc }
}
"""


def reason(store: Store, *, write: bool = True):  # -> intgraph.reason.Reasoning
    """Infer integration ministers and ministries and the Länder that took part in sessions,
    and (``write``) store them in the named graph ``…/id/graph/inferred``."""
    from intgraph.reason import reason as run_reasoner

    data = Graph()
    data += ontology_graph()
    result = store.query(_REASONING_INPUT)
    if result.triples:
        data.parse(data=result.triples, format="nt")
    reasoning = run_reasoner(data)
    if write:
        store.replace_graph(GRAPH_INFERRED, reasoning.inferred)
        store.flush()
        store.publish_snapshot()
    return reasoning
