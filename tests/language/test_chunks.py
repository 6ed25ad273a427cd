"""A name read again at the same token of the same token list is the name read the first time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.language import chunks
from intgraph.language.chunks import parse_name, parse_person
from intgraph.language.text import tokenize
from intgraph.models import PersonMention

# given names, family names, titles, particles, role nouns and noise
_WORDS = [
    "Anna", "Maria", "Beispiel", "Muster", "Peter", "Karl", "Heinz", "Jäger", "Dr.", "Prof.",
    "phil.", "von", "der", "van", "den", "Heydt", "Berg", "Ministerin", "Amtschef", "Senator",
    "Hamburger", "und", ",", ".", "sagte", "Integrationsbeauftragte", "Leitbild", "de", "Vries",
    "Schulze-Wehrmann", "Anna-Lena",
]  # fmt: skip
sentences = st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join)


def _fresh(toks: list, k: int) -> tuple[PersonMention, int] | None:
    found = chunks._parse_name(toks, k)
    if found is None:
        return None
    family, given, start, end, honorific, nxt = found
    return PersonMention(family, given, start, end, honorific), nxt


@settings(max_examples=200, deadline=None)
@given(sentences, st.lists(st.integers(0, 15), max_size=30))
def test_kept_answers_as_parsed_anew(text: str, order: list[int]) -> None:
    toks = tokenize(text, 0, len(text))
    for k in order:  # any order, the same token more than once
        assert parse_name(toks, k) == _fresh(toks, k)
        assert parse_person(toks, k) == parse_person(list(toks), k)  # another list, same tokens


def test_each_answer_a_new_mention() -> None:
    text = "Die Senatorin Anna Beispiel und Dr. Karl Heinz Jäger sprachen."
    toks = tokenize(text, 0, len(text))
    first = parse_name(toks, 2)
    assert first is not None
    first[0].in_caption = True  # a rule marks its mention
    again = parse_name(toks, 2)
    assert again is not None and again[0] is not first[0]
    assert again == (PersonMention("Beispiel", "Anna", 14, 27), 4)
    assert parse_name(toks, 5) == (PersonMention("Jäger", "Karl Heinz", 36, 52, "Dr."), 10)


def test_many_token_lists() -> None:
    # more lists than are kept: each still answers for its own tokens
    texts = [f"Ministerin {g} Muster sagte." for g in ("Anna", "Maria", "Peter", "Karl")] * 5
    lists = [tokenize(t, 0, len(t)) for t in texts]
    for _ in range(2):
        for t, toks in zip(texts, lists, strict=True):
            found = parse_name(toks, 1)
            assert found is not None and found[0].given == t.split()[1]
