"""A perfect whose auxiliary serves two participles, each with its zu-infinitive ("haben den
Bund aufgefordert, X zu tun, und zugleich zugesagt, Y zu tun"): one decision in two parts, so
one motion whose title holds both. A second clause with a subject of its own ("…, und die
Ministerin hat erklärt, …") adds nothing to the decision. Invented passages.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

INTMK = "Die 17. Integrationsministerkonferenz tagte in Hamburg. "


def titles(text: str) -> list[str]:
    return [m.title for m in find_motions(TextIndex(INTMK + text), None)]


def test_a_second_participle_of_the_same_perfect_adds_a_part() -> None:
    [title] = titles(
        "Einstimmig haben die Länder den Bund aufgefordert, die Kosten der Unterbringung zu "
        "übernehmen, und zugleich zugesagt, die Verfahren in den Kommunen zu beschleunigen."
    )
    assert "Kosten der Unterbringung" in title and "Verfahren in den Kommunen" in title
    [title] = titles(
        "Die Ministerinnen und Minister haben den Bund gebeten, mehr Geld für Sprachkurse "
        "bereitzustellen, und außerdem vereinbart, die Beratung gemeinsam auszubauen."
    )
    assert "Sprachkurse" in title and "Beratung" in title
    [title] = titles(
        "Die Länder haben die Bundesregierung aufgefordert, den Familiennachzug zu erleichtern, "
        "und angeboten, eigene Mittel für Sprachkurse einzusetzen."
    )
    assert "Familiennachzug" in title and "Sprachkurse" in title


def test_a_clause_with_its_own_subject_adds_no_part() -> None:
    [title] = titles(
        "Die Konferenz hat beschlossen, die Beratung auszubauen, und die Ministerin hat erklärt, "
        "das Land werde folgen."
    )
    assert "Beratung" in title and "Land" not in title
