"""Large documents read in windows (issue 16, ``intgraph.windows``): windows cover the text,
the statements of a text with paragraphs are those of reading it whole (up to how evidence
annotations are numbered), what is resolved across the document still is, and the memory a
document needs does not grow with its text. The thresholds are made small here: the real
ones (2 Mi and 1 Mi characters) are measured in ``benchmarks/hostile.py``."""

from __future__ import annotations

import itertools
import re
import tracemalloc
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph import load, pipeline, windows
from intgraph.rdf import write_document_parts

_EVIDENCE = re.compile(r"^(<[^>]*/evidence/\d+>) (.*) \.$")


def canonical(lines: list[str]) -> set[str]:
    """The statements with each evidence annotation named by what it says instead of its
    number (a document read in windows numbers them in another order)."""
    out, evidence = set(), defaultdict(list)
    for line in lines:
        m = _EVIDENCE.match(line.rstrip("\n"))
        if m:
            evidence[m.group(1)].append(m.group(2))
        else:
            out.add(line.rstrip("\n"))
    out.update("evidence: " + " | ".join(sorted(v)) for v in evidence.values())
    return out


@pytest.fixture
def small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windows, "THRESHOLD", 6000)
    monkeypatch.setattr(windows, "WINDOW", 4000)


def read(path: Path) -> list[str]:
    return pipeline.process(path)[1]


_TEXT = st.text(st.sampled_from("ab .\n\t"), max_size=400)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(2, 60))
def test_windows_cover_the_text_in_order_each_at_most_the_size(text: str, size: int) -> None:
    spans = list(windows.window_spans(text, size))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(0 < e - s <= size for s, e in spans[:-1]) and spans[-1][1] - spans[-1][0] <= size


def test_a_window_ends_after_a_blank_line_else_a_sentence_else_a_line_else_white_space() -> None:
    cut = lambda t, n: [t[s:e] for s, e in windows.window_spans(t, n)]  # noqa: E731
    assert cut("Ein Absatz.\n\nZwei Sätze. Noch einer.", 24)[0] == "Ein Absatz.\n\n"
    assert cut("Ein Satz hier. Der zweite Satz", 24)[0] == "Ein Satz hier. "
    assert cut("eine Zeile ohne\nPunkt und mehr", 24)[0] == "eine Zeile ohne\n"
    assert cut("nur Wörter ohne Punkt und Zeile", 24)[0] == "nur Wörter ohne Punkt "
    assert cut("x" * 30, 24) == ["x" * 24, "x" * 6]


_QUOTE = (
    "Senatorin Ilse Vormfelde sagte: „Wer hier eine Ausbildung beginnt, soll sie auch "
    "abschließen können, und dafür brauchen die Betriebe verlässliche Regeln.“\n\n"
)
_RECORD = (
    "TOP {n}: Antrag des Landes Bremen zur Stärkung der Migrationsberatung Nummer {n}. "
    "Antragsteller: HB, NI. Abstimmungsergebnis: 16:0:0 angenommen.\n\n"
)
_SESSION = "Ergebnisprotokoll\n\nDie 18. Konferenz der Integrationsministerinnen und -minister (IntMK) am 5. und 6. Mai 2022 in Bremen.\n\n"


def test_below_the_threshold_a_document_is_read_whole(tmp_path: Path, monkeypatch) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Pressemitteilung\n\n" + _QUOTE * 30, encoding="utf-8")
    whole = read(p)
    monkeypatch.setattr(windows, "THRESHOLD", 10**6)
    monkeypatch.setattr(windows, "WINDOW", 500)
    assert read(p) == whole  # the same lines in the same order


@pytest.mark.parametrize(
    "text",
    [
        "Pressemitteilung\n\n" + _QUOTE * 60,
        _SESSION + "".join(_RECORD.format(n=n) for n in range(1, 80)),
    ],
    ids=["quotations", "resolution-record"],
)
def test_paragraphs_read_in_windows_give_the_statements_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    whole = read(p)
    monkeypatch.setattr(windows, "THRESHOLD", 6000)
    monkeypatch.setattr(windows, "WINDOW", 4000)
    parts = read(p)
    assert len(load.load(p).text) > 2 * 4000  # read in several windows
    assert canonical(parts) == canonical(whole)
    assert len(parts) == len(whole) == len(set(parts))


def test_what_is_resolved_across_the_windows(tmp_path: Path, small_windows) -> None:
    """A family name alone in a later window is the person named in full before; a motion of
    a later window is the session's of the first; the date printed at the document's foot
    ("Stand:") is the document's."""
    later = (
        "Vormfelde sagte: „Die Beratung muss verlässlich finanziert werden, damit niemand "
        "allein bleibt.“\n\n"
    )
    text = (
        _SESSION
        + "Senatorin Ilse Vormfelde sagte: „Wir haben viel erreicht.“\n\n"
        + "".join(_RECORD.format(n=n) for n in range(1, 60))
        + later
        + "Stand: 07.05.2022\n"
    )
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    lines = read(p)
    joined = "".join(lines)
    assert len(list(windows.window_spans(load.load(p).text))) >= 3
    # one person, by her full name
    names = {line.split(" ", 2)[2] for line in lines if "/foaf/0.1/name>" in line}
    assert names == {'"Ilse Vormfelde" .\n'}
    quotes = [line for line in lines if "schema.org/creator>" in line]
    assert len(quotes) == 2 and len({q.split(" ")[2] for q in quotes}) == 1
    # every motion at the 18th session, which only the first window names
    motions = {line.split(" ")[0] for line in lines if "#Motion>" in line}
    at = {
        line.split(" ")[0]
        for line in lines
        if "#atSession>" in line and "/conference/intmk/18>" in line
    }
    assert len(motions) == 59 and at == motions
    assert '"2022-05-07"^^<http://www.w3.org/2001/XMLSchema#date>' in joined
    # offsets are the document's: every evidence span holds what it says
    text_read = load.load(p).text
    spans = re.findall(r"#char=(\d+),(\d+)>", joined)
    assert any(int(s) > 8000 for s, _ in spans)
    for s, e in spans:
        assert 0 <= int(s) < int(e) <= len(text_read)


def test_what_may_differ_a_full_name_only_in_a_later_window(tmp_path: Path, small_windows) -> None:
    """Read whole, a bare family name before the full name is that person; in windows the
    earlier window cannot know it yet (README: what may differ for large documents)."""
    text = (
        "Vormfelde sagte: „Wir fangen heute an.“\n\n"
        + "".join(_RECORD.format(n=n) for n in range(1, 60))
        + "Senatorin Ilse Vormfelde sagte: „Wir haben viel erreicht.“\n\n"
    )
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    names = {line.split(" ", 2)[2] for line in read(p) if "/foaf/0.1/name>" in line}
    assert names == {'"Vormfelde" .\n', '"Ilse Vormfelde" .\n'}


def _traced_peak(path: Path) -> int:
    document = load.load(path)  # the text itself is not counted
    tracemalloc.start()
    try:
        write_document_parts(windows.resolved_parts(document), lambda line: None)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_document(tmp_path: Path, monkeypatch) -> None:
    """Read in windows of 8 Ki characters, a document four times as long needs (apart from its
    text) not much more memory; read whole, it needs about four times as much."""
    monkeypatch.setattr(windows, "THRESHOLD", 10_000)
    monkeypatch.setattr(windows, "WINDOW", 8192)
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("Pressemitteilung\n\n" + _QUOTE * 300, encoding="utf-8")
    large.write_text("Pressemitteilung\n\n" + _QUOTE * 1200, encoding="utf-8")
    read(small)  # lexicons and caches loaded
    windowed_small, windowed_large = _traced_peak(small), _traced_peak(large)
    monkeypatch.setattr(windows, "THRESHOLD", 10**9)
    whole_large = _traced_peak(large)
    assert windowed_large < 1.5 * windowed_small
    assert windowed_large < whole_large / 3
