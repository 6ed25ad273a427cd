"""Issue 16: what a huge text is read in parts gives what it gives read whole (a block in
windows, lowercasing part by part)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.extract import extract, persons
from intgraph.language.text import lower_parts
from intgraph.load import _word_runs
from intgraph.models import Document

_ROW = "| {land} | Ministerin {given} {family} | Antrag zur Sprachförderung | angenommen |"
_SENTENCE = "Integrationsministerin {given} {family} sagte, {land} wolle mehr Kurse. "


def _document(text: str) -> Document:
    return Document("x.md", "x.md", text, "0" * 64, "text/markdown")


def _offices(text: str) -> list[tuple[str, str, int]]:
    ex = extract(_document(text))
    return sorted((o.person.name, o.role_class, o.evidence.start) for o in ex.offices)


NAMES = [("Hanna", "Kallweit"), ("Ilse", "Vormfelde"), ("Jonas", "Riedmüller")]
LANDS = ["Bremen", "Sachsen", "Hessen"]


@pytest.mark.parametrize("window", [300, 2000])
def test_a_table_block_read_in_windows_gives_the_same_offices(monkeypatch, window) -> None:
    rows = [
        _ROW.format(land=LANDS[i % 3], given=NAMES[i % 3][0], family=NAMES[i % 3][1])
        for i in range(60)
    ]
    text = "# Beschlüsse\n\n| Land | Ministerin | Antrag | Ergebnis |\n|---|---|---|---|\n"
    text += "\n".join(rows) + "\n"
    whole = _offices(text)
    monkeypatch.setattr(persons, "WINDOW", window)
    assert _offices(text) == whole and whole


@pytest.mark.parametrize("window", [500, 3000])
def test_one_long_line_read_in_windows_gives_the_same_offices(monkeypatch, window) -> None:
    text = "Pressemitteilung\n" + "".join(
        _SENTENCE.format(land=LANDS[i % 3], given=NAMES[i % 3][0], family=NAMES[i % 3][1])
        for i in range(80)
    )
    whole = _offices(text)
    monkeypatch.setattr(persons, "WINDOW", window)
    assert _offices(text) == whole and whole


_TEXT = st.text(st.sampled_from(list("aBäÄßΣσİi \n\t.-xZ")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(1, 8))
def test_lowercasing_in_parts_is_lowercasing_whole(text: str, size: int) -> None:
    assert "".join(lower_parts(text, size)) == text.lower()
    words = [w for part in _word_runs(text, size) for w in part]
    assert words == re.findall(r"[a-zäöüß]+", text.lower())


def test_the_characters_in_no_word_are_those_that_lowercase_to_no_letter_of_a_word() -> None:
    from intgraph.load import _NOT_WORD

    letters = set("abcdefghijklmnopqrstuvwxyzäöüß")
    for c in map(chr, range(0x110000)):
        assert bool(_NOT_WORD.match(c)) == (not any(x in letters for x in c.lower())), hex(ord(c))


def test_a_run_of_letters_longer_than_any_word_is_one_word(monkeypatch) -> None:
    monkeypatch.setattr("intgraph.load._LONG_RUN", 50)
    text = "Die Sprache und " + "Integrationskurs" * 20 + " ist gut"
    words = [w for part in _word_runs(text, 8) for w in part]
    assert words[:3] == ["die", "sprache", "und"] and words[-2:] == ["ist", "gut"]
    assert len(words) == 6 and words[3].startswith("Integrationskurs")
