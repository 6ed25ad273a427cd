"""News that never name the IntMK (invented passages): is the text about it?

* the Land ministers (or the Länder) as a body deciding in one sentence, at a city where an
  IntMK session met (in that sentence or the opening dateline) or by a vote;
* the conference told by the year and city of a session ("2019 in Berlin");
* a Land's own motion voted on, its owner a Saxon genitive ("Hessens Vorstoß") or the chair
  Land ("Leitantrag des Vorsitzlandes X"), or brought in and voted on in the next sentence;
* the conference's name broken at a hard line break ("Integrations-\\nministerkonferenz").

Negatives: the same bodies talking without deciding, other bodies (the commissioners, the
Bundesrat, another ministers' conference), one minister, a city where no session met, a year
that is no session's year in that city.
"""

from __future__ import annotations

import pytest

from intgraph.language.decisions import mentions_conference
from intgraph.language.text import TextIndex


def about(text: str) -> bool:
    return mentions_conference(TextIndex(text).flat)


@pytest.mark.parametrize(
    "text",
    [
        # the body deciding in a session city, the city in the same sentence
        "Die Ressortchefs verständigten sich in Nürnberg auf eine gemeinsame Linie zur Ausbildung.",
        "Den Beschluss, den die Ministerinnen und Minister in Kiel gefasst haben, begrüßen die "
        "Verbände.",
        "Einig waren sich alle Länderminister in Dresden, dass die Beratung bleiben muss.",
        "In Magdeburg forderten die Integrationsministerinnen den Bund zu mehr Hilfe auf.",
        # the city in the dateline that opens the text
        "Potsdam (epd) – Die Länder verlangten vom Bund, die Sprachkurse zu sichern.",
        # no city, but a vote
        "Mehr Geld für Kitas forderten die Länder einstimmig vom Bund.",
        "Die Ressortchefs haben ohne Gegenstimmen einen Beschluss zur Wohnsitzauflage gefasst.",
        "Während Hessen sich enthielt, stimmten alle anderen Länder für die Resolution.",
    ],
)
def test_the_land_ministers_deciding_as_a_body(text: str) -> None:
    assert about(text)


@pytest.mark.parametrize(
    "text",
    [
        # talking, not deciding
        "Zwei Tage lang berieten die Ministerinnen und Minister in Dresden über Wohnraum.",
        "Die Ressortchefs trafen sich in Kiel zu einem Austausch über Kitas.",
        # another body named
        "Die Integrationsbeauftragten von Bund und Ländern fordern in Kiel ein Ende der Duldung.",
        "Im Bundesrat forderten die Länder einstimmig mehr Geld für die Kommunen.",
        "Die Ressortchefs der Gesundheitsministerkonferenz beschlossen in Kiel einen Pakt.",
        # one minister, not the body
        "Integrationsministerin Jana Roth forderte in Kiel einen Ausbau der Kurse.",
        # a city where no session met, and no vote
        "Die Länder forderten in Bochum mehr Geld vom Bund.",
    ],
)
def test_no_body_deciding_or_another_body(text: str) -> None:
    assert not about(text)


def test_the_session_told_by_its_year_and_city() -> None:
    assert about("Bereits 2018 in Nürnberg hatte die Konferenz ein Gesamtkonzept verlangt.")
    assert about("Die Konferenz hatte das schon 2013 in Dresden gefordert.")
    # not that session's year, or no conference
    assert not about("Bereits 2016 in Nürnberg hatte die Konferenz ein Gesamtkonzept verlangt.")
    assert not about("Bereits 2018 in Nürnberg hatte der Verband ein Gesamtkonzept verlangt.")


@pytest.mark.parametrize(
    "text",
    [
        "Sachsens Vorstoß, die Kurse zu verkürzen, fand keine Mehrheit.",
        "Hessens Vorschlag für ein Monitoring wurde einstimmig angenommen.",
        "Bremens Initiative zur Einbürgerung wurde mehrheitlich beschlossen.",
        "Der Leitantrag des Vorsitzlandes Thüringen ist einstimmig verabschiedet worden.",
        "Den Antrag hatte das Saarland eingebracht. Beschlossen wurde er ohne Gegenstimmen.",
    ],
)
def test_a_lands_own_motion_voted_on(text: str) -> None:
    assert about(text)


def test_a_proposal_not_a_lands_or_not_voted() -> None:
    # a person's proposal, and a Land's proposal nobody voted on
    assert not about("Der Vorschlag der Ministerin wurde einstimmig angenommen.")
    assert not about("Hessens Vorschlag für ein Monitoring liegt vor.")
    # a Land's motion brought in, the next sentence tells no vote
    assert not about("Den Antrag hatte das Saarland eingebracht. Die Debatte dauert an.")


def test_a_name_broken_at_a_line_break() -> None:
    assert about("Die Integrations-\nministerkonferenz tagte in Rostock.")
    assert about("Auf der Integrationsminister-\nkonferenz wurde beraten.")
    # a truncated coordination is no broken word
    assert not about("Die Integrations- und Ausländerbeauftragten tagten.")
