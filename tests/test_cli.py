from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from intgraph.cli import main

DOCS = Path(__file__).resolve().parent / "data" / "documents"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", ["ingest", "query", "export", "build"])
def test_every_command_has_help_with_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_ingest_query_export(runner: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    r = runner.invoke(main, ["ingest", str(DOCS), "--store", store, "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.output)
    assert len(summary["ingested"]) == 3 and summary["failed"] == []
    r = runner.invoke(main, ["query", "office-holders.rq", "--store", store, "--format", "csv"])
    assert r.exit_code == 0
    assert r.output.splitlines()[0].startswith("file,name,role,land")
    assert "Kai Klose" in r.output
    r = runner.invoke(main, ["export", "--store", store, "--out", str(tmp_path / "out")])
    assert r.exit_code == 0
    assert (tmp_path / "out" / "html" / "overview.html").exists()


def test_bad_file_gives_exit_code_1_and_a_reason(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "leer.txt").write_bytes(b"")
    r = runner.invoke(
        main, ["ingest", str(tmp_path / "leer.txt"), str(DOCS), "--store", str(tmp_path / "s")]
    )
    assert r.exit_code == 1
    assert "leer.txt: is empty" in r.output


def test_query_errors_give_exit_code_2(runner: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    runner.invoke(main, ["ingest", str(DOCS), "--store", store])
    r = runner.invoke(main, ["query", "SELECT WHERE {", "--store", store])
    assert r.exit_code == 2
    assert r.output.startswith("Error: ")
    r = runner.invoke(main, ["query", "nope.rq", "--store", store])
    assert r.exit_code == 2 and "saved queries are" in r.output


def test_query_without_a_store_says_how_to_make_one(runner: CliRunner, tmp_path: Path) -> None:
    r = runner.invoke(main, ["query", "documents.rq", "--store", str(tmp_path / "none")])
    assert r.exit_code == 2
    assert "intgraph ingest" in r.output
