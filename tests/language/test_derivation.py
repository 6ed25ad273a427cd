"""Action nouns derived from verb forms (language/derivation.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intgraph.language.derivation import action_noun


@pytest.mark.parametrize(
    ("verb", "noun"),
    [
        ("digitalisieren", "Digitalisierung"),
        ("digitalisiert", "Digitalisierung"),
        ("anzuerkennen", "Anerkennung"),
        ("aufzuheben", "Aufhebung"),
        ("bereitzustellen", "Bereitstellung"),
        ("weiterzuentwickeln", "Weiterentwicklung"),
        ("verbessern", "Verbesserung"),
        ("gestärkt", "Stärkung"),
        ("ausgeweitet", "Ausweitung"),
        ("beschleunigen", "Beschleunigung"),
    ],
)
def test_the_action_noun_of_infinitives_zu_infinitives_and_participles(
    verb: str, noun: str
) -> None:
    assert action_noun(verb) == noun


@pytest.mark.parametrize(
    "verb", ["geben", "sorgen", "werden", "sollen", "halten", "stellen", "zu", ""]
)
def test_no_noun_where_the_lexicon_knows_none_or_the_meaning_shifts(verb: str) -> None:
    assert action_noun(verb) is None


def test_capitalised_words_are_no_verbs() -> None:
    assert action_noun("Digitalisieren") is None


@given(st.text(alphabet="abcdeghiklmnorstuzäöü", max_size=16))
def test_a_derived_noun_is_capitalised_and_ends_in_ung(verb: str) -> None:
    noun = action_noun(verb)
    assert noun is None or (noun[0].isupper() and noun.endswith("ung"))
