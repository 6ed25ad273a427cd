"""Fuzzing the loaders (hypothesis): any bytes under any supported name, in any file-system
shape, give a Document or a reasoned :class:`InputError`, never anything else, and never hang.

Bounded in time: a few dozen examples per test, small inputs (the hostile sizes are in
``benchmarks/hostile.py`` and ``test_hostile.py``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intgraph.errors import InputError
from intgraph.load import SUPPORTED_SUFFIXES, load
from intgraph.pipeline import discover

TEXT = "Die Länder haben beschlossen, die Sprachförderung für zugewanderte Eltern auszubauen. "

# bytes that look like the start of each format, so the fuzzer gets past the first checks
HEADS = [
    b"",
    b"%PDF-1.4\n",
    b"<!doctype html><html><body>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xff\xfe\x00\x00",
    TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
    TEXT.encode("cp1252"),
]
TAILS = [b"", b"\n%%EOF\n", b"\x00" * 64, b"</p></div></body></html>", TEXT.encode()]

contents = st.builds(
    lambda head, body, tail: head + body + tail,
    st.sampled_from(HEADS),
    st.binary(max_size=600)
    | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(TAILS),
)
names = st.builds(
    lambda stem, suffix: stem + suffix,
    st.text(
        st.characters(blacklist_characters="/\x00", max_codepoint=0x2FFF), min_size=1, max_size=12
    )
    | st.binary(min_size=1, max_size=8).map(
        lambda b: os.fsdecode(b.replace(b"/", b"_").replace(b"\x00", b"_"))
    ),
    st.sampled_from(sorted(SUPPORTED_SUFFIXES)),
)
SHAPES = ["file", "link", "dangling", "loop", "fifo", "dir", "unreadable-dir"]

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _make(root: Path, name: str, data: bytes, shape: str) -> Path:
    p = root / name
    if p.name in (".", "..") or len(os.fsencode(p.name)) > 200:
        p = root / ("x" + Path(name).suffix)
    if shape == "file":
        p.write_bytes(data)
    elif shape == "link":
        (root / "target.bin").write_bytes(data)
        p.symlink_to(root / "target.bin")
    elif shape == "dangling":
        p.symlink_to(root / "gone")
    elif shape == "loop":
        p.symlink_to(p.name)
    elif shape == "fifo":
        os.mkfifo(p)
    elif shape in ("dir", "unreadable-dir"):
        p.mkdir()
        (p / "inner.txt").write_bytes(data)
        if shape == "unreadable-dir":
            p.chmod(0)
    return p


@FUZZ
@given(name=names, data=contents, shape=st.sampled_from(SHAPES))
def test_load_gives_a_document_or_a_reasoned_failure(name: str, data: bytes, shape: str) -> None:
    root = Path(tempfile.mkdtemp(prefix="intgraph-fuzz-"))
    try:
        p = _make(root, name, data, shape)
        try:
            doc = load(p)
        except InputError as exc:
            assert exc.reason and exc.reason[0].islower(), exc.reason
        else:
            assert doc.text.strip() and len(doc.content_hash) == 64
            doc.path.encode("utf-8")  # storable: no lone surrogates from odd file names
            doc.file_name.encode("utf-8")
            assert "\x00" not in doc.text
    finally:
        for d in root.rglob("*"):
            if d.is_dir() and not d.is_symlink():
                d.chmod(0o700)
        shutil.rmtree(root)


@FUZZ
@given(entries=st.lists(st.tuples(names, contents, st.sampled_from(SHAPES)), max_size=5))
def test_discover_lists_only_what_load_may_read_and_reports_the_rest(entries: list) -> None:
    from intgraph.pipeline import IngestReport

    root = Path(tempfile.mkdtemp(prefix="intgraph-fuzz-"))
    try:
        folder = root / "dl"
        folder.mkdir()
        for i, (name, data, shape) in enumerate(entries):
            sub = folder / str(i)
            sub.mkdir()
            _make(sub, name, data, shape)
        (folder / "up").symlink_to(root)  # leads outside: reported, never followed
        report = IngestReport()
        found = discover([folder], report)
        assert all(folder in f.parents for f in found)
        assert any("outside the named paths" in r for _, r in report.failed)
        for f in found:
            try:
                load(f)
            except InputError:
                pass
    finally:
        for d in root.rglob("*"):
            if d.is_dir() and not d.is_symlink():
                d.chmod(0o700)
        shutil.rmtree(root)
