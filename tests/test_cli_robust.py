"""The CLI under hostile conditions (issue 16) and what its query prints (issue 15): store
errors named as what they are, disk full with the summary still printed, bugs in one file,
the per-document time budget, names printed safely, query streaming, timeout and SERVICE."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from intgraph import pipeline
from intgraph.cli import main
from intgraph.errors import StoreIOError
from intgraph.pipeline import ingest
from intgraph.store import Store

DOCS = Path(__file__).resolve().parent / "data" / "documents"
TEXT = (
    "Die Konferenz der Integrationsministerinnen und -minister der Länder hat beschlossen, die "
    "Sprachförderung auszubauen. Staatsministerin Anna Beispiel sagte, der Bund müsse die Mittel "
    "für die Integrationskurse auf Dauer sichern. "
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    ingest([DOCS], Store(path))
    return path


def corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:02d}.txt").write_text(TEXT * 2 + f"Aktenzeichen {i}.", encoding="utf-8")
    return folder


# ------------------------------------------------------------------ query
def test_query_json_gives_numbers_as_numbers(runner: CliRunner, store_dir: Path) -> None:
    q = "SELECT (COUNT(*) AS ?n) (1.5 AS ?d) (true AS ?b) ('3' AS ?s) WHERE { ?x ?p ?o }"
    r = runner.invoke(main, ["query", q, "--store", str(store_dir), "--format", "json"])
    assert r.exit_code == 0, r.output
    [row] = json.loads(r.output)
    assert isinstance(row["n"], int) and row["n"] > 100
    assert row["d"] == 1.5 and row["b"] is True and row["s"] == "3"


def test_select_star_columns_follow_the_query(runner: CliRunner, store_dir: Path) -> None:
    q = "SELECT * WHERE { ?s ?p ?o } LIMIT 2"
    r = runner.invoke(main, ["query", q, "--store", str(store_dir), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0] == "s,p,o"
    q = "SELECT * WHERE { ?doc a ?type . ?doc ?p ?value } LIMIT 1"
    r = runner.invoke(main, ["query", q, "--store", str(store_dir), "--format", "tsv"])
    assert r.output.splitlines()[0] == "doc\ttype\tp\tvalue"


def test_query_refuses_service_unless_allowed(runner: CliRunner, store_dir: Path) -> None:
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    r = runner.invoke(main, ["query", q, "--store", str(store_dir)])
    assert r.exit_code == 2
    assert "SERVICE is refused" in r.output and "--allow-service" in r.output


def test_query_file_in_latin1_is_read(runner: CliRunner, store_dir: Path, tmp_path: Path) -> None:
    p = tmp_path / "länder.rq"
    p.write_bytes(
        "# Länder, Überblick\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n".encode("latin-1")
    )
    r = runner.invoke(main, ["query", str(p), "--store", str(store_dir), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0] == "n"


def test_query_streams_rows_and_its_timeout_stops_it_with_exit_2(
    store_dir: Path, tmp_path: Path
) -> None:
    q = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # billions of rows
    started = time.monotonic()
    rows = (tmp_path / "rows.csv").open("wb")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "intgraph",
            "query",
            q,
            "--store",
            str(store_dir),
            "--format",
            "csv",
            "--timeout",
            "2",
        ],
        stdout=rows,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    rows.close()
    assert r.returncode == 2, r.stderr
    assert "took longer than 2 s" in r.stderr
    assert time.monotonic() - started < 60
    with (tmp_path / "rows.csv").open(encoding="utf-8") as f:  # rows came out meanwhile
        assert f.readline() == "a,b,c,d,e,f,g,h,i\n" and f.readline().count(",") >= 8


def test_a_large_graph_result_is_written_whole(
    runner: CliRunner, store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import intgraph.store

    q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    small = runner.invoke(main, ["query", q, "--store", str(store_dir)]).output.splitlines()
    assert small == sorted(small) and len(small) > 100
    monkeypatch.setattr(intgraph.store, "SORTED_TRIPLES", 10)  # the rest as it comes
    large = runner.invoke(main, ["query", q, "--store", str(store_dir)]).output.splitlines()
    assert sorted(large) == small


# ------------------------------------------------------------------ store errors
def test_remove_on_a_missing_store_creates_nothing(runner: CliRunner, tmp_path: Path) -> None:
    r = runner.invoke(main, ["remove", str(DOCS), "--store", str(tmp_path / "none")])
    assert r.exit_code == 2 and "no store at" in r.output
    assert not (tmp_path / "none").exists()


def test_a_store_path_that_is_a_file_is_named_so(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    r = runner.invoke(main, ["ingest", str(DOCS), "--store", str(tmp_path / "plain")])
    assert r.exit_code == 2
    assert "is a file, not a store folder" in r.output and "another intgraph" not in r.output


def test_a_locked_store_says_another_process_writes(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "s" / "oxigraph").mkdir(parents=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, pyoxigraph as ox; s = ox.Store(sys.argv[1]); "
         "print('open', flush=True); sys.stdin.read()", str(tmp_path / "s" / "oxigraph")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        r = runner.invoke(main, ["ingest", str(DOCS), "--store", str(tmp_path / "s")])
        assert r.exit_code == 2
        assert "another intgraph process is writing to it" in r.output
    finally:
        holder.communicate("")


def test_disk_full_during_ingest_prints_the_summary_and_what_was_kept(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "WRITE_BATCH", 2)
    real = Store.write_new_documents
    calls = []

    def full(self: Store, docs: list) -> list:
        calls.append(len(docs))
        if len(calls) > 1:
            raise StoreIOError(f"cannot write to the store at {self.path}: the disk is full")
        return real(self, docs)

    monkeypatch.setattr(Store, "write_new_documents", full)
    folder = corpus(tmp_path / "c", 6)
    (folder / "00-leer.txt").write_text("")
    r = runner.invoke(main, ["ingest", str(folder), "--store", str(tmp_path / "s")])
    assert r.exit_code == 2, r.output
    assert "ingested                 2" in r.output  # the summary is printed
    assert "failed: " in r.output and "00-leer.txt: is empty" in r.output
    assert "the disk is full" in r.output and "Kept: the 2 document(s)" in r.output
    assert "4 file(s) were not ingested" in r.output  # the failed batch of 2, and 2 not tried
    assert len(Store(tmp_path / "s", read_only=True).sources()) == 2


def test_disk_full_during_export_keeps_the_previous_export(
    runner: CliRunner, store_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert (
        runner.invoke(main, ["export", "--store", str(store_dir), "--out", str(out)]).exit_code == 0
    )
    manifest = (out / "MANIFEST.json").read_bytes()
    import networkx as nx

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(nx, "write_gexf", full)
    r = runner.invoke(main, ["export", "--store", str(store_dir), "--out", str(out)])
    assert r.exit_code == 2, r.output
    assert "the disk is full" in r.output and "unchanged" in r.output
    assert (out / "MANIFEST.json").read_bytes() == manifest
    assert not list(tmp_path.glob(".out.export-*"))


def test_export_refuses_a_folder_of_other_files(
    runner: CliRunner, store_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "notes.txt").write_text("mine")
    r = runner.invoke(main, ["export", "--store", str(store_dir), "--out", str(tmp_path / "home")])
    assert r.exit_code == 2 and "not an intgraph export" in r.output
    assert [p.name for p in (tmp_path / "home").iterdir()] == ["notes.txt"]


def test_export_into_a_checkout_s_exports_folder_keeps_its_readme_and_gitignore(
    runner: CliRunner, store_dir: Path, tmp_path: Path
) -> None:
    """A fresh clone's exports/ holds README.md and .gitignore (make build writes there)."""
    out = tmp_path / "exports"
    out.mkdir()
    (out / "README.md").write_text("what is here")
    (out / ".gitignore").write_text("*\n")
    r = runner.invoke(main, ["export", "--store", str(store_dir), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert (out / "MANIFEST.json").exists() and (out / ".gitignore").read_text() == "*\n"
    assert (out / "README.md").read_text() == "what is here"


# ------------------------------------------------------------------ one file's failure
def test_a_bug_on_one_file_is_that_files_failure_and_exit_3(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline._read  # what the workers run for each file

    def buggy(path: Path, *rest: object) -> object:
        if Path(path).name == "01.txt":
            raise TypeError("an example bug")
        return real(path, *rest)

    monkeypatch.setattr(pipeline, "_read", buggy)  # the forked workers inherit it
    folder = corpus(tmp_path / "c", 3)
    r = runner.invoke(main, ["ingest", str(folder), "--store", str(tmp_path / "s")])
    assert r.exit_code == 3, r.output
    assert "ingested                 2" in r.output
    assert "01.txt: internal error (a bug in intgraph" in r.output and "TypeError" in r.output


def test_a_document_over_the_time_budget_is_skipped_and_others_are_written_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline._read  # what the workers run for each file

    def slow(path: Path, *rest: object) -> object:
        if Path(path).name == "03.txt":
            time.sleep(60)
        return real(path, *rest)

    monkeypatch.setattr(pipeline, "_read", slow)
    folder = corpus(tmp_path / "c", 6)
    events: list[tuple[str, str]] = []
    started = time.monotonic()
    report = ingest(
        [folder],
        Store(tmp_path / "s"),
        budget=3,
        progress=lambda p, o: events.append((Path(p).name, o)),
    )
    assert time.monotonic() - started < 45
    assert [(Path(p).name, r) for p, r in report.failed] == [
        ("03.txt", "took longer than 3 s; skipped")
    ]
    assert len(report.ingested) == 5
    # the three documents before the stalled one were written while it stalled
    assert events.index(("02.txt", "ingested")) < events.index(("03.txt", "failed"))


def test_escape_sequences_in_names_are_printed_escaped(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "\x1b[2Jweg.txt").write_bytes(b"")
    r = runner.invoke(main, ["ingest", str(tmp_path), "--store", str(tmp_path.parent / "s2")])
    assert r.exit_code == 1
    assert "\x1b" not in r.output and "\\x1b[2Jweg.txt: is empty" in r.output


def test_the_cli_default_time_budget_is_the_pipelines() -> None:
    import intgraph.cli

    assert intgraph.cli.TIME_BUDGET == pipeline.TIME_BUDGET
