"""Two predicates of one subject coordinated after a comma, the second without a subject of
its own (invented passages): "Die Konferenz beschloss A, lehnte einen Antrag zu B jedoch ab".
Each conjunct tells a decision, with its own result; the connective adverb the second one
carries ("jedoch", "aber", "dagegen") is no part of its title. A manner adverb before the comma
of a zu-infinitive ("beschloss mehrheitlich, X einzuführen") is no part of the title either.

Negatives: a first conjunct that decides nothing, a reporting clause after the comma."""

from __future__ import annotations

import pytest

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

CTX = "Die 22. Integrationsministerkonferenz tagte in Saarbrücken. "


def motions(text: str) -> list[tuple[str, str]]:
    return [(m.title, m.result) for m in find_motions(TextIndex(CTX + text))]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Die Konferenz beschloss mehrheitlich, ein Monitoring der Wartezeiten einzuführen, "
            "lehnte einen Antrag Bayerns zur Bezahlkarte jedoch ab.",
            "Monitoring der Wartezeiten",
            "Bezahlkarte",
        ),
        (
            "Die Länder forderten einen Ausbau der Beratungsstellen, lehnten einen Vorstoß "
            "Sachsens zur Kürzung der Leistungen aber ab.",
            "Ausbau der Beratungsstellen",
            "Kürzung der Leistungen",
        ),
        (
            "Die Ministerinnen und Minister verabschiedeten eine Erklärung gegen Rassismus, "
            "lehnten den Antrag Hessens zur Residenzpflicht dagegen ab.",
            "Erklärung gegen Rassismus",
            "Residenzpflicht",
        ),
        (
            "Die Konferenz beschloss einstimmig, die Sprachkurse zu sichern, und lehnte einen "
            "Antrag Bremens zur Wohnsitzauflage ab.",
            "Sprachkurse",
            "Wohnsitzauflage",
        ),
    ],
)
def test_each_conjunct_its_decision(text: str, first: str, second: str) -> None:
    found = motions(text)
    assert len(found) == 2
    assert first in found[0][0] and found[0][1] == "adopted"
    assert found[1][0].endswith(second) and found[1][1] == "rejected"


def test_a_first_conjunct_without_a_decision() -> None:
    found = motions(
        "Die Länder berieten lange, lehnten einen Antrag Bayerns zur Bezahlkarte aber ab."
    )
    assert found == [("Bezahlkarte", "rejected")]


def test_a_reporting_clause_is_no_second_predicate() -> None:
    found = motions(
        "Die Konferenz lehnte einen Antrag Bayerns zur Bezahlkarte ab, sagte die Vorsitzende."
    )
    assert found == [("Bezahlkarte", "rejected")]


def test_a_manner_adverb_before_the_comma() -> None:
    assert motions("Die Konferenz beschloss einhellig, eine Arbeitsgruppe einzusetzen.") == [
        ("Einsetzung einer Arbeitsgruppe", "adopted")
    ]
