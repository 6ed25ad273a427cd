"""Precision of motion and session rules of session 10, from a reviewer's findings: one party's
stance on a motion told with "bei" is not the vote, a coordinated predicate after a reporting
clause is the speaker's, a meeting's date is arranged and no motion, a Land's application to a
court makes no conference, and "Nach X im Vorjahr" or an invitation to another meeting names
no earlier session. Every passage is invented for this test, each in two wordings.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.extract.sessions import find_sessions
from intgraph.language.decisions import mentions_conference
from intgraph.language.text import TextIndex

INTMK = "Die 23. Integrationsministerkonferenz tagte in Erfurt. "


def found(text: str) -> list[tuple[str, str]]:
    return [(m.title, m.result) for m in find_motions(TextIndex(text), None)]


def places(text: str, doc_date: str) -> list[str | None]:
    sessions, _ = find_sessions(TextIndex(text), int(doc_date[:4]), doc_date)
    return [s.place for s in sessions]


def test_one_partys_stance_told_with_bei_is_not_the_vote() -> None:
    text = INTMK + (
        "Der Antrag Sachsens zur Anerkennung von Abschlüssen stieß bei Hessen auf keine "
        "Zustimmung, wurde aber mehrheitlich angenommen."
    )
    assert [r for _, r in found(text)] == ["adopted"]
    text = INTMK + (
        "Ein Antrag Berlins zu Sprachkitas fand bei den Wohlfahrtsverbänden große Zustimmung; "
        "die Länder entscheiden im Herbst."
    )
    assert [r for _, r in found(text)] == ["unknown"]
    # the Länder's own approval is the vote
    text = INTMK + "Der Antrag Bremens zur Gesundheitskarte fand bei den Ländern breite Zustimmung."
    assert [r for _, r in found(text)] == ["adopted"]


def test_a_second_predicate_after_a_reporting_clause_is_the_speakers() -> None:
    text = (
        "Die Integrationsministerkonferenz forderte mehr Mittel für Erstorientierung, erklärte "
        "Hessens Ministerin Lea Dorn und sprach sich außerdem für kürzere Wartezeiten aus."
    )
    titles = [t for t, _ in found(text)]
    assert len(titles) == 1 and "Erstorientierung" in titles[0]
    text = (
        "Die Länder verlangten einen Ausbau der Beratung, so der Minister, und sprachen sich "
        "zudem für digitale Akten aus."
    )
    assert not any("Akten" in t for t, _ in found(text))


def test_the_date_of_a_meeting_is_no_motion() -> None:
    text = INTMK + "Auf ein Datum für die Sondersitzung konnten sich die Länder nicht einigen."
    assert found(text) == []
    text = INTMK + "Über den Termin der nächsten Runde konnten sich die Länder nicht einigen."
    assert found(text) == []


def test_a_lands_application_to_a_court_makes_no_conference() -> None:
    text = (
        "Leipzig (dpa) – Das Bundesverwaltungsgericht hat den Eilantrag abgelehnt. Auch ein "
        "Antrag Thüringens, die Verordnung auszusetzen, wurde abgelehnt."
    )
    assert not mentions_conference(text)
    text = "Ein Antrag Sachsens wurde in Leipzig angenommen. Die Länder stimmten einstimmig zu."
    assert mentions_conference(text)


def test_an_earlier_place_names_a_session_only_where_hosting_is_told() -> None:
    doc = "2030-04-10"
    text = (
        "Die Integrationsministerkonferenz tagt. Nach Jena im Vorjahr ist nun auch Gera betroffen."
    )
    assert "Jena" not in places(text, doc)
    text = "Die Integrationsministerkonferenz tagt. Nach Jena im Vorjahr ist nun Gera Gastgeber."
    assert "Jena" in places(text, doc)
    text = (
        "Die Integrationsministerkonferenz tagt. Im vergangenen Jahr hatte Hessen zur "
        "Fachkonferenz Arbeit nach Kassel eingeladen."
    )
    assert "Kassel" not in places(text, doc)
