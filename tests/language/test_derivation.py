"""Action nouns derived from verb forms (language/derivation.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
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
    "verb",
    [
        *("geben", "sorgen", "werden", "sollen", "halten", "stellen", "zu", ""),
        # the -ung noun names something else: "Gespräche zu führen" is no "Führung"
        *("führen", "bilden", "fassen", "beziehen", "rechnen", "handeln", "meinen"),
        *("gebildet", "geführt", "gefasst", "gerechnet", "gehandelt", "gemeint", "regieren"),
    ],
)
def test_no_noun_where_the_lexicon_knows_none_or_the_meaning_shifts(verb: str) -> None:
    assert action_noun(verb) is None


def test_capitalised_words_are_no_verbs() -> None:
    assert action_noun("Digitalisieren") is None


def test_a_particle_verb_keeps_its_action_noun_where_the_simple_verb_shifts() -> None:
    assert [action_noun(v) for v in ("durchzuführen", "auszubilden", "umgesetzt")] == [
        "Durchführung",
        "Ausbildung",
        "Umsetzung",
    ]


# (deadline=None: the first call loads the HanTa lexicon, seconds on a loaded machine)
@settings(deadline=None, max_examples=60)
@given(
    st.sampled_from(["an", "auf", "aus", "ein", "vor", "weiter", "zurück"]),
    st.sampled_from(["erkennen", "heben", "stellen", "werten", "weiten", "bauen", "führen"]),
)
def test_a_zu_infinitive_gives_the_noun_of_its_infinitive(particle: str, verb: str) -> None:
    assert action_noun(f"{particle}zu{verb}") == action_noun(particle + verb)
