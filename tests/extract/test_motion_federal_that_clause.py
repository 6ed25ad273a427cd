"""A demand on the federation told as a dass-clause with the federation as subject (invented
passages): the title takes the nominal style of resolution titles, the clause's verb as its
action noun and the federation as the agent ("gefordert, dass der Bund die Beratung
bedarfsgerecht ausstattet" → "bedarfsgerechte Ausstattung der Beratung durch den Bund"); the
finite verb last, or an infinitive before a modal ("übernehmen muss"). The perfect may have
an empty middle field ("Die Länder haben gefordert, dass …").

Negatives: a negated clause and a verb without an action noun keep the clause as written."""

from __future__ import annotations

import pytest

from intgraph.extract.motions import find_motions, nominalise
from intgraph.language.text import TextIndex

CTX = "Die 22. Integrationsministerkonferenz tagte in Saarbrücken. "


def motions(text: str) -> list[tuple[str, str]]:
    return [(m.title, m.result) for m in find_motions(TextIndex(CTX + text))]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Die Länder haben gefordert, dass der Bund die Sprachkurse dauerhaft finanziert.",
            "dauerhafte Finanzierung der Sprachkurse durch den Bund",
        ),
        (
            "Die Konferenz verlangte, dass der Bund die Beratungsstellen besser ausstattet.",
            "bessere Ausstattung der Beratungsstellen durch den Bund",
        ),
        (
            "Die Ministerinnen und Minister forderten, dass die Bundesregierung die Kosten "
            "übernehmen muss.",
            "Übernahme der Kosten durch die Bundesregierung",
        ),
    ],
)
def test_the_federal_clause_in_the_nominal_style(text: str, title: str) -> None:
    assert motions(text) == [(title, "adopted")]


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        ("der Bund die Erstorientierung sichert", "Sicherung der Erstorientierung durch den Bund"),
        (
            "der Bund die Integrationskurse verbessert",
            "Verbesserung der Integrationskurse durch den Bund",
        ),
    ],
)
def test_verb_forms(clause: str, title: str) -> None:
    assert nominalise(clause) == title


@pytest.mark.parametrize(
    "clause",
    [
        "der Bund die Mittel nicht kürzt",  # negated: no "Kürzung"
        "der Bund mehr Geld gibt",  # no action noun of its own
        "die Kommunen die Kurse ausbauen",  # not the federation
    ],
)
def test_clauses_kept_as_written(clause: str) -> None:
    assert "durch" not in nominalise(clause)


def test_the_perfect_with_an_empty_middle_field() -> None:
    # "haben gefordert, …": no object between auxiliary and participle, the clause after the
    # comma is the demand
    assert motions("Die Konferenz hat beschlossen, eine Arbeitsgruppe einzusetzen.") == [
        ("Einsetzung einer Arbeitsgruppe", "adopted")
    ]
    assert motions("Der Verband hat gefordert, dass der Bund die Kurse finanziert.") == []
