"""Discovery computes each file's store key once per folder (pipeline._discover_keyed): the
keys must be exactly what :func:`intgraph.pipeline.path_key` gives for each file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from intgraph.pipeline import IngestReport, _discover_keyed, discover, path_key


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "a" / "b").mkdir(parents=True)
    (root / "c").mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "a" / "one.txt").write_text("eins", encoding="utf-8")
    (root / "a" / "b" / "two.md").write_text("zwei", encoding="utf-8")
    (root / "a" / "skip.bin").write_bytes(b"\0")
    (outside / "out.txt").write_text("draußen", encoding="utf-8")
    (root / "c" / "link.txt").symlink_to("../a/one.txt")
    (root / "c" / "outside.txt").symlink_to(outside / "out.txt")
    (root / "c" / "loop.txt").symlink_to("loop.txt")
    (root / "c" / "broken.txt").symlink_to("nowhere.txt")
    (root / "c" / "adir").symlink_to("../a", target_is_directory=True)
    (root / "c" / "up").symlink_to(root, target_is_directory=True)
    (root / os.fsdecode(b"a/bad\xe4.txt")).write_text("kaputt", encoding="utf-8")
    (tmp_path / "via").symlink_to(root, target_is_directory=True)
    return tmp_path


@pytest.mark.parametrize("follow", [False, True])
@pytest.mark.parametrize(
    "named",
    [
        ["corpus"],
        ["corpus/c"],
        ["corpus/a", "corpus/c"],
        ["via/a"],
        ["corpus/c/up/a"],
        ["corpus/../corpus/a"],
        ["corpus/c/link.txt", "corpus/a"],
        ["."],
    ],
)
def test_keys_are_path_key(tree: Path, named: list[str], follow: bool, monkeypatch) -> None:
    monkeypatch.chdir(tree)
    keyed_report, plain_report = IngestReport(), IngestReport()
    keyed = _discover_keyed(named, keyed_report, follow_links=follow)
    assert [(str(f), k) for f, k in keyed] == [(str(f), path_key(f)) for f, _ in keyed]
    assert [f for f, _ in keyed] == discover(named, plain_report, follow_links=follow)
    assert keyed_report.failed == plain_report.failed
    keys = [k for _, k in keyed]
    assert len(keys) == len(set(keys)), "each file once"
