"""Offsets of the shared segmentation: tokens and sentences point back into the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.language.text import (
    _HAS_SUP,
    _SUP,
    _TOKEN,
    _TOKEN_SUP,
    TextIndex,
    Token,
    split_sentences,
    tokenize,
)

# German-looking text: words, digits, punctuation, quotation marks, newlines
_ALPHABET = st.sampled_from(
    [*"abcdeäöüßABCÄÖÜXYZ0123456789 .,;:!?-–„“»«\"'()\n", "Dr.", "Nr.", "19.", " und "]
)
texts = st.lists(_ALPHABET, max_size=200).map("".join)


@given(texts)
def test_tokens_are_slices_of_the_text_in_order(text: str) -> None:
    toks = tokenize(text, 0, len(text))
    last = 0
    for t in toks:
        assert text[t.start : t.end] == t.text
        assert t.start >= last and t.end > t.start
        last = t.end
    # nothing but whitespace is left between tokens
    covered = "".join(t.text for t in toks)
    assert covered == "".join(text.split())


@given(texts, st.integers(0, 50), st.integers(0, 50))
def test_tokenize_respects_the_window(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for t in tokenize(text, start, end):
        assert start <= t.start and t.end <= end


# every kind of character the token patterns tell apart: letters, digits, apostrophes, stars,
# hyphens, superscript footnote marks, punctuation, Unicode white space (no-break, ideographic)
_ANY_CHARS = st.lists(
    st.sampled_from([*"aZäß09_'’*-–.,„“²³¹⁴\u2070", " ", "\n", "\t", "\u00a0", "\u3000", "x²"]),
    max_size=120,
).map("".join)


def _tokens_by_match(text: str, start: int, end: int) -> list[Token]:
    """The former form of :func:`tokenize`: one match object per token."""
    rx = _TOKEN_SUP if _HAS_SUP.search(text, start, end) else _TOKEN
    return [Token(m.group(), m.start(), m.end()) for m in rx.finditer(text, start, end)]


@settings(max_examples=400)
@given(st.one_of(texts, _ANY_CHARS), st.integers(0, 130), st.integers(0, 130))
def test_tokenize_gives_the_tokens_of_the_match_by_match_form(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert tokenize(text, start, end) == _tokens_by_match(text, start, end)
    assert tokenize(text, 0, len(text)) == _tokens_by_match(text, 0, len(text))


def test_tokenize_offsets_after_footnote_marks_and_wide_spaces() -> None:
    text = f"Frau Jovanović{_SUP[1]}  sagte:\u3000„Wir\u00a0handeln.“"
    toks = tokenize(text, 0, len(text))
    assert [t.text for t in toks] == [
        "Frau",
        "Jovanović",
        "²",
        "sagte",
        ":",
        "„",
        "Wir",
        "handeln",
        ".",
        "“",
    ]
    assert all(text[t.start : t.end] == t.text for t in toks)


@given(texts)
def test_sentences_partition_a_block_without_overlap(text: str) -> None:
    spans = split_sentences(text, 0, len(text))
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s:e].strip()
        assert text[last:s].strip() == ""  # only whitespace between sentences
        last = e
    assert text[last:].strip() == ""


@settings(max_examples=60)
@given(texts)
def test_index_sentences_lie_in_blocks_and_look_ups_agree(text: str) -> None:
    index = TextIndex(text)
    for s, e in index.sentences:
        assert any(bs <= s and e <= be for bs, be in index.blocks)
        assert index.sentence_at(s) == (s, e)
        assert index.sentence_at(e - 1) == (s, e)
    assert len(index.flat) == len(text)


@given(texts, st.integers(1, 80))
def test_sentence_text_is_the_flattened_sentence_cut_at_the_limit(text: str, limit: int) -> None:
    import re

    index = TextIndex(text)
    for s, e in index.sentences:
        assert index.sentence_text(s, limit) == re.sub(r"\s+", " ", text[s:e])[:limit].strip()


def test_abbreviations_and_ordinals_do_not_end_a_sentence() -> None:
    t = "Dr. Ute Leidig sprach zur 19. IntMK. Danach Nr. 4."
    assert [t[s:e] for s, e in split_sentences(t, 0, len(t))] == [
        "Dr. Ute Leidig sprach zur 19. IntMK.",
        "Danach Nr. 4.",
    ]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "B", "ä", "1", "_", ".", "!", "?", "»", "«", '"', "'", " ", "\n",
                         "-", "“", "”", "ß", "Nr", "Dr", "\u0660", "²"]),
        max_size=14,
    ).map("".join)
)  # fmt: skip
def test_word_before_end_read_backwards_as_the_plain_search(window: str) -> None:
    """Sentence splitting reads the word before a full stop from the reversed window: the
    same word as ``_WORD_BEFORE_END.search`` (one attempt instead of one per character)."""
    from intgraph.language.text import _WORD_BEFORE_END, _WORD_BEFORE_END_REVERSED

    plain = _WORD_BEFORE_END.search(window)
    back = _WORD_BEFORE_END_REVERSED.match(window[::-1])
    assert (plain and plain.group(1)) == (back and back.group(1)[::-1])


def test_first_sentence_end_as_split_sentences() -> None:
    from intgraph.language.text import first_sentence_end, split_sentences

    for t in ("Dr. Leidig sprach. Die 19. IntMK tagte.", "Ein Satz", "Eins. Zwei! Drei?", ""):
        spans = split_sentences(t, 0, len(t))
        assert first_sentence_end(t, 0, len(t)) == (spans[0][1] if len(spans) > 1 else len(t))
