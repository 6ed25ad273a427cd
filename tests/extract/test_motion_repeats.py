"""A sentence read again for each of its motions gives each the same answer (issue 16: the
answers about the sentence before are kept), and a sentence repeated after another one is
read anew. Every passage is invented for this test."""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

INTMK = "Die 23. Integrationsministerkonferenz tagte in Erfurt. "
DEMAND = "Die Länder forderten mehr Geld für Sprachkurse."


def found(text: str) -> list[tuple[str, str]]:
    return [(m.title, m.result) for m in find_motions(TextIndex(text))]


def test_two_motions_after_another_bodys_meeting_are_neither_the_conferences() -> None:
    text = (
        INTMK + "Die Ministerpräsidentenkonferenz tagte in Berlin. Die Länder forderten mehr Geld "
        "für Sprachkurse und beschlossen einen Antrag zur Stärkung der Migrationsberatung."
    )
    assert found(text) == []
    assert found(text) == []  # asked again: the same


def test_the_same_sentence_after_the_conference_is_its_own() -> None:
    text = (
        INTMK + "Der Bundesrat trat am Freitag zusammen. " + DEMAND + " Die "
        "Integrationsministerkonferenz tagte am Donnerstag. " + DEMAND
    )
    assert found(text) == [("mehr Geld für Sprachkurse", "adopted")]
    alone = INTMK + "Der Bundesrat trat am Freitag zusammen. " + DEMAND
    assert found(alone) == []
