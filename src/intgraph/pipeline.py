"""The stages wired together: load → extract → resolve → rdf → store, then query and export.

This is the one module that imports more than one stage. Read it top to bottom to see how a
file becomes statements in the store.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from rdflib import Graph, URIRef

from intgraph import load as load_stage
from intgraph.__about__ import __version__
from intgraph.errors import InputError, IntgraphError, OutputError, StoreIOError
from intgraph.language.wordlists import preload as preload_lexicons
from intgraph.paths import default_exports_dir, default_store_dir, sample_corpus_dir
from intgraph.rdf import document_iri, source_iri, write_document_parts
from intgraph.rdf.blank import canonical_nquads
from intgraph.rdf.reference import ontology_graph, ontology_graph_canonical, reference_graph
from intgraph.store import NewDocument, Store, ntriples_lines
from intgraph.vocab import GRAPH_INFERRED, GRAPH_ONTOLOGY, GRAPH_REFERENCE
from intgraph.windows import resolved_parts
from intgraph.workers import Timeout, budgeted_map

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["IngestReport", "build", "discover", "export", "ingest", "process", "reason", "remove"]

SNAPSHOT_EVERY = 500  # documents between two checkpoints that readers can open (at least)
# New documents wait and go to the store together, in one atomic bulk load: per document, a
# load of 1,000 costs about half as much as loads of 32, mostly in RocksDB's compaction of the
# files each load adds (benchmarks/README.md). They wait at most WRITE_EVERY seconds, or until
# they hold WRITE_BYTES of N-Triples: the loader holds about 20 times that while it sorts (32 MiB:
# the writer's peak about 600 MiB above what it holds otherwise, and 0.5 ms a document less CPU
# than loads of 16 MiB, whose compactions cost more; benchmarks/README.md, the writer's share).
WRITE_BATCH = 2000
WRITE_EVERY = 6.0
WRITE_BYTES = 32 * 1024 * 1024
TIME_BUDGET = 120.0  # seconds one document may take to read and extract (README: limits)

Progress = Callable[[str, str], None]  # (path, outcome)


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    statements: int = 0
    # the store could not be written (disk full, permission, I/O): the batch stopped there
    store_error: str | None = None
    not_stored: int = 0  # files not tried because the batch stopped
    bugs: int = 0  # failures that are bugs in intgraph (reported per file; the batch went on)

    @property
    def ok(self) -> bool:
        return not self.failed and self.store_error is None

    def as_dict(self) -> dict[str, object]:
        return {
            "ingested": self.ingested,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "removed": self.removed,
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "statements": self.statements,
            "store_error": self.store_error,
            "not_stored": self.not_stored,
        }


def path_key(f: Path) -> str:
    """The text a file is known by in the store: its absolute path with links resolved (a
    looping link: its absolute path), non-UTF-8 bytes as ``\\xNN``."""
    try:
        return load_stage.path_text(f.resolve() if f.exists() else f.absolute())
    except (OSError, RuntimeError):  # RuntimeError: a symbolic-link loop (Python 3.11)
        return load_stage.path_text(f.absolute())


def _inside(target: Path, roots: list[Path]) -> bool:
    return any(target == r or r in target.parents for r in roots)


def discover(
    paths: Iterable[Path | str],
    report: IngestReport | None = None,
    *,
    follow_links: bool = False,
) -> list[Path]:
    """Files to ingest under the given files and folders, sorted, each once.

    Folders are walked recursively; files of types intgraph does not read are skipped when
    found in a folder (named directly, they fail). A symbolic link found in a folder is
    followed only while it stays inside the named paths, unless ``follow_links``; links that
    lead outside, loop, or point nowhere are reported with their reason and skipped.
    """
    return [f for f, _ in _discover_keyed(paths, report, follow_links=follow_links)]


def _dir_key(root: str, real_dirs: dict[str, str | None]) -> str | None:
    """``os.path.realpath`` of a folder that ``os.walk`` entered, once per folder (None: it
    cannot be resolved; its files then go through :func:`path_key`)."""
    if root not in real_dirs:
        try:
            real_dirs[root] = os.path.realpath(root, strict=True)
        except (OSError, RuntimeError):
            real_dirs[root] = None
    return real_dirs[root]


def _discover_keyed(
    paths: Iterable[Path | str],
    report: IngestReport | None = None,
    *,
    follow_links: bool = False,
) -> list[tuple[Path, str]]:
    """:func:`discover`, each file with its :func:`path_key`.

    A file found in a folder that is not itself a symbolic link has the key of its folder's
    real path and its own name: ``realpath`` resolves a path one part after the other, and a
    last part that is not a link stays as it is. So the folder is resolved once, not every
    part of the path again for each of its files (at 10,000 files, 0.7 s of the serial start
    of an ingest, benchmarks/README.md); links and files named directly go through
    :func:`path_key`."""
    named = [Path(raw) for raw in paths]
    roots: list[Path] = []
    for p in named:
        with contextlib.suppress(OSError, RuntimeError):
            roots.append(p.resolve())

    def skip(where: Path | str, reason: str) -> None:
        if report is not None:
            report.failed.append((load_stage.path_text(where), reason))

    def link_ok(link: Path) -> bool:
        try:
            target = link.resolve(strict=True)
        except RuntimeError:
            skip(
                link, "is a symbolic link loop (it points to itself or round in a circle); skipped"
            )
            return False
        except OSError:
            skip(link, f"is a broken symbolic link (to {str(link.readlink())!r}); skipped")
            return False
        if follow_links or _inside(target, roots):
            return True
        skip(
            link,
            f"is a symbolic link to {load_stage.path_text(target)}, outside the named paths; "
            "skipped (--follow-links follows it)",
        )
        return False

    out: list[tuple[Path, str | None]] = []  # (file, its key if already known)
    seen_dirs: set[tuple[int, int]] = set()
    real_dirs: dict[str, str | None] = {}
    for p in named:
        try:
            is_dir = p.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            out.append((p, None))
            continue
        for root, dirs, files in os.walk(p, followlinks=True):
            here = Path(root)
            try:
                st = here.stat()
            except OSError as exc:
                skip(here, f"cannot be read: {exc.strerror}; skipped")
                dirs[:] = []
                continue
            if (st.st_dev, st.st_ino) in seen_dirs:
                skip(root, "directory loop (a symbolic link points back to a parent); skipped")
                dirs[:] = []
                continue
            seen_dirs.add((st.st_dev, st.st_ino))
            dirs[:] = sorted(d for d in dirs if not (here / d).is_symlink() or link_ok(here / d))
            for name in sorted(files):
                f = here / name
                if f.suffix.lower() not in load_stage.SUPPORTED_SUFFIXES or name.startswith("."):
                    continue
                try:
                    link = stat.S_ISLNK(os.lstat(f).st_mode)
                except OSError:
                    out.append((f, None))  # gone meanwhile: path_key says what it is
                    continue
                if link:
                    if link_ok(f):
                        out.append((f, None))
                    continue
                real = _dir_key(root, real_dirs)
                key = None if real is None else load_stage.path_text(f"{real.rstrip('/')}/{name}")
                out.append((f, key))
    unique: dict[str, Path] = {}
    for f, key in out:
        unique.setdefault(key if key is not None else path_key(f), f)
    return sorted(((f, k) for k, f in unique.items()), key=lambda fk: str(fk[0]))


def process(path: Path | str) -> tuple[str, list[str], str, str]:
    """load → extract → resolve → rdf for one file: (document key, N-Triples lines, file name, hash)."""
    document = load_stage.load(path)
    lines: list[str] = []
    write_document_parts(resolved_parts(document), lines.append)
    return document.key, lines, document.file_name, document.content_hash


def ensure_reference(store: Store) -> None:
    """Write the ontology and the reference data into their own named graphs."""
    store.replace_graph(GRAPH_ONTOLOGY, ontology_graph_canonical())
    store.replace_graph(GRAPH_REFERENCE, reference_graph())


# a document whose N-Triples grow beyond this goes to the writer as a file (issue 16)
SPOOL_OVER = 8 * 1024 * 1024
SPOOL_DIR: Path | None = None  # where (ingest sets it to the store's before it starts workers)


def _read(path: Path, resolved: str | None = None) -> tuple[str, bytes | Path, int, str, str]:
    """:func:`process` as the writer takes it: (document key, the N-Triples as UTF-8 text, the
    number of statements, file name, hash). One bytes object pickles and unpickles in a
    fraction of the time a list of a hundred lines takes, and the writer need not encode it.
    Statements beyond ``SPOOL_OVER`` bytes are written to a file in ``SPOOL_DIR`` as they are
    made, and its path comes instead: memory does not grow with a document's statements.
    ``resolved``: the file's :func:`path_key`, where discovery found it (saves resolving the
    path again)."""
    document = load_stage.load(path, resolved=resolved)
    out = _Spool(SPOOL_OVER, SPOOL_DIR)
    try:
        # a large document is resolved and written window by window (intgraph.windows)
        count = write_document_parts(resolved_parts(document), out.add)
        ntriples = out.finish()
    except BaseException:
        out.discard()
        raise
    return document.key, ntriples, count, document.file_name, document.content_hash


class _Spool:
    """N-Triples lines gathered into UTF-8 text, and into a file once there are more than
    ``limit`` bytes."""

    _BLOCK = 4096  # lines joined and encoded at a time

    def __init__(self, limit: int, folder: Path | None) -> None:
        self.limit, self.folder = limit, folder
        self.lines: list[str] = []
        self.parts: list[bytes] = []
        self.size = 0
        self.file: BinaryIO | None = None
        self.path: Path | None = None

    def add(self, line: str) -> None:
        self.lines.append(line)
        if len(self.lines) >= self._BLOCK:
            self._flush()

    def _flush(self) -> None:
        part = "".join(self.lines).encode()
        self.lines.clear()
        self.size += len(part)
        if self.file is None and self.size > self.limit:
            if self.folder is not None:
                self.folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix="statements-", suffix=".nt", dir=self.folder)
            self.path = Path(name)
            self.file = os.fdopen(fd, "wb")
            self.file.writelines(self.parts)
            self.parts.clear()
        if self.file is not None:
            self.file.write(part)
        else:
            self.parts.append(part)

    def finish(self) -> bytes | Path:
        self._flush()
        if self.file is None:
            return b"".join(self.parts)
        self.file.close()
        assert self.path is not None
        return self.path

    def discard(self) -> None:
        if self.file is not None:
            self.file.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)


def _process_safe(item: Path | tuple[str, str]) -> tuple[str, object]:
    """:func:`_read` for a worker process: errors come back as data (they pickle reliably).
    ``item``: a path, or (path, its :func:`path_key`) as text (which pickles faster than a
    ``Path``)."""
    path, resolved = (Path(item[0]), item[1]) if isinstance(item, tuple) else (item, None)
    try:
        return "ok", _read(path, resolved)
    except InputError as exc:
        return "input", exc.reason
    except IntgraphError as exc:
        return "error", str(exc)
    except MemoryError:
        return "input", "ran out of memory while reading it; skipped"
    except RecursionError:
        return "input", "is nested too deeply to read (recursion limit); skipped"
    except Exception as exc:  # a bug: this file's failure, reported; the batch goes on
        return "bug", (
            f"internal error (a bug in intgraph; please report it): {type(exc).__name__}: {exc}"
        )


def ingest(
    paths: Iterable[Path | str],
    store: Store,
    *,
    prune: bool = False,
    progress: Progress | None = None,
    jobs: int = 1,
    follow_links: bool = False,
    budget: float | None = TIME_BUDGET,
) -> IngestReport:
    """Ingest files and folders into the store; unchanged files are skipped.

    A file that fails is reported and the batch goes on; nothing already stored is lost.
    With ``prune``, documents whose source files are no longer found under ``paths`` are removed.
    ``jobs`` worker processes read and extract while this process writes; documents are
    written in the same order, so the store ends up the same. A document that takes longer
    than ``budget`` seconds is skipped ("took longer than N s"); ``budget=None`` with one job
    reads in this process, without a budget. When the store cannot be written (disk full,
    permission, I/O error), the batch stops: ``store_error`` says why, and everything reported
    as ingested is stored.
    """
    report = IngestReport()
    keyed = _discover_keyed(paths, report, follow_links=follow_links)
    sources = store.sources()
    refs: dict[str, int] = {}
    for rec in sources.values():
        refs[rec.document] = refs.get(rec.document, 0) + 1

    todo: list[tuple[Path, str]] = []
    for f, path in keyed:
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

    # new documents wait in ``batch`` and go to the store in one atomic load;
    # they are reported once they are stored
    batch: list[tuple[str, NewDocument, int]] = []  # (path, document, its statements)
    pending: set[URIRef] = set()  # the documents in ``batch``
    batch_since = 0.0  # when the oldest document in ``batch`` came
    batch_bytes = 0  # the N-Triples they hold

    checkpoint = 0  # documents ingested when the last checkpoint was published
    referenced = False  # the ontology and reference data written (before any document)

    def reference() -> None:
        """Write the ontology and the reference data and publish that state: once the workers
        have started (it takes about half a second, which they spend reading)."""
        nonlocal referenced
        ensure_reference(store)
        store.publish_snapshot()  # readers always have a consistent state to open
        referenced = True

    def stored(path: str, statements: int) -> None:
        report.ingested.append(path)
        report.statements += statements
        if progress is not None:
            progress(path, "ingested")

    def publish_every() -> None:
        nonlocal checkpoint
        if len(report.ingested) - checkpoint >= SNAPSHOT_EVERY:
            store.publish_snapshot()
            checkpoint = len(report.ingested)

    def write_batch() -> None:
        nonlocal batch_bytes
        if not batch:
            return
        batch_bytes = 0
        try:
            failed = dict(store.write_new_documents([d for _, d, _ in batch]))
        finally:
            for _, d, _ in batch:
                _unspool(d.lines)
        for i, (path, d, statements) in enumerate(batch):
            if i not in failed:
                stored(path, statements)
                continue
            report.failed.append((path, str(failed[i])))
            refs[str(d.document)] -= 1
            if progress is not None:
                progress(path, "failed")
        batch.clear()
        pending.clear()
        publish_every()

    global SPOOL_DIR
    SPOOL_DIR = getattr(store, "spool_dir", lambda: None)()  # the workers inherit it
    if budget is None and jobs <= 1:
        results: Iterable[object] = map(_process_safe, [(str(f), p) for f, p in todo])
    else:
        preload_lexicons()  # loaded once here; the forked workers share them
        results = budgeted_map(
            _process_safe,
            [(str(f), p) for f, p in todo],
            jobs=jobs,
            budget=budget,
            on_wait=write_batch,  # finished documents are written while one file stalls
        )
    attempted = 0
    try:
        for (_, path), result in zip(todo, results, strict=True):
            if not referenced:
                reference()
            attempted += 1
            outcome = "failed"
            if isinstance(result, Timeout):
                result = ("input", result.reason)
            status, value = result  # type: ignore[misc]
            try:
                if status != "ok":
                    report.failed.append((path, str(value)))
                    report.bugs += status == "bug"
                    continue
                key, ntriples, statements, name, content_hash = value  # type: ignore[misc]
                spooled = ntriples if isinstance(ntriples, Path) else None
                old = sources.get(path)
                doc = document_iri(key)
                known = doc in pending or store.has_graph(doc)
                if old is None and not known:
                    if not batch:
                        batch_since = time.monotonic()
                    new = NewDocument(source_iri(path), path, name, content_hash, doc, ntriples)
                    batch.append((path, new, statements))
                    spooled = None  # the batch's now
                    if isinstance(ntriples, bytes):
                        batch_bytes += len(ntriples)
                    pending.add(doc)
                    refs[str(doc)] = refs.get(str(doc), 0) + 1
                    outcome = "pending"  # reported by write_batch
                    if (
                        len(batch) >= WRITE_BATCH
                        or batch_bytes > WRITE_BYTES
                        or time.monotonic() - batch_since > WRITE_EVERY
                    ):
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
                    lines=None if shared else spooled or ntriples_lines(ntriples),
                    drop=drop,
                )
                if not (old and old.document == str(doc)):
                    refs[str(doc)] = refs.get(str(doc), 0) + 1
                if shared:
                    report.duplicates.append(path)
                    outcome = "duplicate"
                else:
                    stored(path, statements)
                    publish_every()
                    outcome = "reported"
            except StoreIOError:
                raise
            except IntgraphError as exc:
                report.failed.append((path, str(exc)))
            finally:
                if status == "ok":
                    _unspool(spooled)
                if progress is not None and outcome in ("failed", "duplicate"):
                    progress(path, outcome)
        write_batch()
    except StoreIOError as exc:
        if not referenced:
            raise  # nothing could be written at all
        report.store_error = str(exc)
        report.not_stored = len(todo) - attempted + len(batch)
        for _, d, _ in batch:
            _unspool(d.lines)
        batch.clear()
        with contextlib.suppress(IntgraphError, OSError):
            store.flush()
            store.publish_snapshot()  # what was written before the error, for readers
        return report
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # ends the worker processes
    if not referenced:
        reference()
    if prune:
        wanted = {path for f, path in keyed if f.exists()}
        roots = [path_key(Path(p)) for p in paths]
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


def _unspool(lines: object) -> None:
    """Delete a large document's statements file once it is written (or cannot be)."""
    if isinstance(lines, Path):
        lines.unlink(missing_ok=True)


def remove(
    paths: Iterable[Path | str], store: Store, *, progress: Callable[[str], None] | None = None
) -> list[str]:
    """Forget source files (or every file under a folder) and the documents only they provided.

    Each file is forgotten in one transaction (``progress`` is told once it is): an interrupted
    run leaves every document whole or gone, and running it again finishes the job."""
    sources = store.sources()
    refs: dict[str, int] = {}
    for rec in sources.values():
        refs[rec.document] = refs.get(rec.document, 0) + 1
    roots = [path_key(Path(p)) for p in paths]
    removed = []
    for path, rec in sorted(sources.items()):
        if any(path == r or path.startswith(r.rstrip("/") + "/") for r in roots):
            refs[rec.document] -= 1
            store.remove_source(
                URIRef(rec.iri), [URIRef(rec.document)] if refs[rec.document] <= 0 else []
            )
            removed.append(path)
            if progress is not None:
                progress(path)
    store.flush()
    store.publish_snapshot()
    return removed


def _hash_file(path: Path) -> str:
    return hashlib.sha256(load_stage.read_file(path)).hexdigest()


def export(store: Store, out_dir: Path | str | None = None) -> list[Path]:
    """Write RDF dumps and the interactive overview to ``out_dir`` (default ``exports/``).

    Same store content, same bytes: N-Quads lines are sorted, Turtle is rdflib's sorted
    long-form Turtle. The export is written into a new folder beside ``out_dir`` and swapped
    in whole when complete, so an interrupted or failed export leaves the previous one as it
    was; files in ``out_dir`` that the previous export did not write (a README, focus views)
    are kept.

    Raises:
        OutputError: the folder holds other files than an export, or cannot be written (disk
            full, permission); the previous export is unchanged.
    """
    out = Path(out_dir) if out_dir is not None else default_exports_dir()
    _check_export_folder(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in out.parent.glob(f".{out.name}.export-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if not pid.isdigit() or not _alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)  # left by an export that was killed
    work = out.parent / f".{out.name}.export-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    try:
        written = _write_export(store, work)
        _keep_own_files(out, work)
        _swap_in(work, out)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise OutputError(
            f"cannot write the export to {out}: {_os_reason(exc)}; the previous export there "
            "(if any) is unchanged"
        ) from None
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return [out / f.relative_to(work) for f in written]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full (No space left on device)"
    where = f" ({exc.filename})" if exc.filename else ""
    return f"{exc.strerror or exc}{where}"


def _check_export_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} is a file; --out needs a folder")
    if not out.is_dir() or (out / "MANIFEST.json").exists():
        return
    # a checkout's exports/ holds its README and .gitignore: those stay, the export goes beside
    others = [
        p.name
        for p in out.iterdir()
        if not p.name.lower().startswith("readme") and p.name != ".gitignore"
    ]
    if others:
        raise OutputError(
            f"{out} holds files that are not an intgraph export ({', '.join(sorted(others)[:3])}"
            f"{', …' if len(others) > 3 else ''}); choose a new or empty folder with --out"
        )


def _keep_own_files(out: Path, work: Path) -> None:
    """Hard-link (or copy) into the new export the files of ``out`` that the previous export
    did not write and the new one does not replace."""
    if not out.is_dir():
        return
    try:
        listed = set(json.loads((out / "MANIFEST.json").read_text(encoding="utf-8"))["files"])
    except (OSError, ValueError, KeyError, TypeError):
        listed = set()
    listed.add("MANIFEST.json")
    for f in sorted(out.rglob("*")):
        rel = f.relative_to(out)
        if f.is_dir() or str(rel) in listed or (work / rel).exists():
            continue
        (work / rel).parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(f, work / rel, follow_symlinks=False)
        except OSError:
            shutil.copy2(f, work / rel, follow_symlinks=False)


def _swap_in(work: Path, out: Path) -> None:
    """Put the finished folder ``work`` where ``out`` is: one atomic exchange of the two names
    where the kernel offers it (Linux ``renameat2``), else two renames; then delete the old."""
    if not out.exists():
        work.rename(out)
        return
    if _exchange(work, out):
        shutil.rmtree(work, ignore_errors=True)  # ``work`` now holds the old export
        return
    old = out.parent / f".{out.name}.export-old-{os.getpid()}"
    out.rename(old)
    work.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    ok = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0
    return ok


def _xml_safe(graph: nx.Graph) -> nx.Graph:
    """A copy whose string attributes hold only characters XML allows (GraphML and GEXF are
    XML; a NUL from an old store would stop the writer half-way)."""

    def clean(v: object) -> object:
        return load_stage.xml_safe(v) if isinstance(v, str) else v

    g = graph.copy()
    g.graph.update({k: clean(v) for k, v in g.graph.items()})
    for _, data in g.nodes(data=True):
        data.update({k: clean(v) for k, v in data.items()})
    for *_, data in g.edges(data=True):
        data.update({k: clean(v) for k, v in data.items()})
    import networkx as nx  # imported where needed: ingest does without it (0.13 s)

    return nx.relabel_nodes(g, {n: clean(n) for n in g.nodes if isinstance(n, str)})


def _write_export(store: Store, out: Path) -> list[Path]:
    import networkx as nx

    from intgraph.visualise import views

    (out / "rdf").mkdir(parents=True, exist_ok=True)
    (out / "html").mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    nquads = store.dump("nquads").decode("utf-8")
    # blank nodes (the ontology's axioms) relabelled canonically: same content, same bytes,
    # whichever store (embedded or behind an endpoint) they come from
    lines = sorted(canonical_nquads(line for line in nquads.splitlines() if line.strip()))
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
    graph = _xml_safe(for_gephi(land))
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
    if report.store_error is not None:
        return report, []  # the store is incomplete: the previous export stays as it was
    return report, export(store, out_dir)


_REASONING_INPUT = """
PREFIX ig: <https://w3id.org/intgraph/def#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
CONSTRUCT {
  ?h a ig:OfficeHolding ; org:member ?p ; org:role ?r ; ig:officeIn ?m ; ig:portfolio ?pf .
  ?p a ig:Person . ?m a ?mc ; ig:responsibleFor ?f .
  ?motion a ig:Motion ; ig:submittedBy ?land ; ig:atSession ?s .
  ?s a ig:ConferenceSession . ?land a ?lc .
} WHERE {
  { ?h a ig:OfficeHolding ; org:member ?p ; org:role ?r .
    OPTIONAL { ?h ig:portfolio ?pf }
    OPTIONAL { ?h ig:officeIn ?m . GRAPH ?gm { ?m a ?mc } FILTER(?gm != <https://w3id.org/intgraph/id/graph/inferred>)
               OPTIONAL { ?m ig:responsibleFor ?f } } }
  UNION { ?motion a ig:Motion ; ig:submittedBy ?land ; ig:atSession ?s .
          GRAPH ?gl { ?land a ?lc } FILTER(?gl != <https://w3id.org/intgraph/id/graph/inferred>) }
}
"""


def reason(store: Store, *, write: bool = True):  # -> intgraph.reason.Reasoning
    """Infer integration ministers and ministries and the Länder that took part in sessions,
    and (``write``) store them in the named graph ``…/id/graph/inferred``.

    The input leaves out what an earlier run inferred, so the same store always gives the same
    inferences (and the same bytes in ``…/graph/inferred``)."""
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
