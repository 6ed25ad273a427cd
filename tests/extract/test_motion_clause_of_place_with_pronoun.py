"""A decision told in a verb-final clause of place, time or manner after the body's main clause,
its subject the plural "sie" pointing back at the body (invented passages): "Die Länder tagten
in Kiel, wo sie X verabschiedeten", "…, wobei sie X forderten" (photo captions and leads tell a
session so). The verb is in the simple past plural or the perfect with "haben".

Negatives: "sie" for one minister (a singular verb), another plural subject in the main clause,
a verb that decides nothing."""

from __future__ import annotations

import pytest

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

CTX = "Die 22. Integrationsministerkonferenz tagte in Saarbrücken. "


def motions(text: str) -> list[tuple[str, str]]:
    return [(m.title, m.result) for m in find_motions(TextIndex(CTX + text))]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Die Länder tagten in Kiel, wo sie eine Erklärung gegen Rassismus verabschiedeten.",
            "Erklärung gegen Rassismus",
        ),
        (
            "Die Ressortchefs berieten zwei Tage, wobei sie einen Ausbau der Beratungsstellen "
            "forderten.",
            "Ausbau der Beratungsstellen",
        ),
        (
            "Die Ministerinnen und Minister kamen in Erfurt zusammen, wo sie ein Papier zur "
            "Einbürgerung beschlossen haben.",
            "Papier zur Einbürgerung",
        ),
        (
            "Foto: Die Ministerinnen und Minister vor dem Rathaus, wo sie unter anderem eine "
            "Resolution zur Sprachförderung verabschiedeten.",
            "Sprachförderung",  # the resolution's complement, as "Resolution zur X" gives
        ),
    ],
)
def test_the_pronoun_of_the_body_in_a_clause_of_place(text: str, title: str) -> None:
    assert motions(text) == [(title, "adopted")]


@pytest.mark.parametrize(
    "text",
    [
        "Ministerin Jana Roth reiste nach Kiel, wo sie einen Ausbau der Kurse forderte.",
        "Die Verbände trafen sich in Kiel, wo sie einen Abschiebestopp forderten.",
        "Die Länder tagten in Kiel, wo sie über eine Reform der Einbürgerung berieten.",
    ],
)
def test_no_decision_of_the_body(text: str) -> None:
    assert motions(text) == []
