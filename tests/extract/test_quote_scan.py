"""The quotation rules' answers from a whole text's literals are the plain searches' answers."""

from __future__ import annotations

import bisect
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.extract.quotes import _SPEECH_WORD, _Doc, _Found
from intgraph.language.scan import literal_starts, pattern_literals
from intgraph.language.text import TextIndex

# words of saying and their pieces, mixed with noise, so that random texts hold the literals
_WORDS = [
    "sagte", "sagt", "sag", "erklärte", "betonte", "so", "laut", "zufolge", "Ministerin",
    "„", "“", ",", ".", " ", "  ", "\n", "-", "x", "Ä", "meinte", "mein", "te",
]  # fmt: skip
texts = st.lists(st.sampled_from(_WORDS), max_size=50).map("".join)
_PATTERNS = [
    _SPEECH_WORD,
    re.compile(r"(?<![\w-])(?:laut|zufolge|so)(?![\w-])"),
    re.compile(r"(?<![\w-])(?:sagt|sagte|meint)e?(?![\w-])"),
]


def _literal_within_per_literal(text: str, rx: re.Pattern[str], a: int, b: int) -> bool:
    """The former form: one search a literal (of those no other literal holds)."""
    required = pattern_literals(rx, most=300)[0]
    if not required or any(c.isspace() for lit in required for c in lit):
        return True
    least = [x for x in required if not any(y != x and y in x for y in required)]
    for lit in least:
        starts = literal_starts(text, [(lit, 0)])
        i = bisect.bisect_left(starts, a)
        if i < len(starts) and starts[i] + len(lit) <= b:
            return True
    return False


@settings(max_examples=120, deadline=None)
@given(texts, st.data())
def test_literal_within_as_one_search_per_literal(text: str, data: st.DataObject) -> None:
    for rx in _PATTERNS:
        found = _Found(text, rx)
        for _ in range(12):
            a = data.draw(st.integers(0, len(text)))
            b = data.draw(st.integers(a, len(text)))
            assert found.literal_within(a, b) == _literal_within_per_literal(text, rx, a, b)


def test_literal_within_examples() -> None:
    text = "Er sagte, es sei „gut“, meinte sie."
    found = _Found(text, _PATTERNS[2])
    assert found.literal_within(0, len(text))
    assert found.literal_within(3, 8)  # "sagte" at 3
    assert not found.literal_within(4, 20)  # "sagt" starts at 3 only; "meint" later
    assert found.literal_within(4, 30)
    assert not found.literal_within(3, 6)  # "sag" is no literal of the pattern


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, ":", ": "]), max_size=50).map("".join), st.data())
def test_last_colon_as_rfind(text: str, data: st.DataObject) -> None:
    doc = _Doc(TextIndex(text), [])
    for _ in range(12):
        lo = data.draw(st.integers(0, len(text) + 2))
        hi = data.draw(st.integers(0, len(text) + 2))
        assert doc.last_colon(lo, hi) == text.rfind(":", lo, hi)
