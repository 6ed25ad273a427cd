"""Session constructions (issue 12, this session): a session by its season ("Frühjahrskonferenz
der Integrationsministerinnen und -minister"), the Länder meeting as the body with a year told
relative to the document's, a table of sessions, coordinated places that repeat their
preposition, and the reference number withheld when the city is another than the reference
session's. Every passage is invented for this test, with hard negatives.
"""

from __future__ import annotations

from intgraph.extract import extract
from intgraph.extract.sessions import _table_sessions, find_sessions
from intgraph.language.text import TextIndex
from intgraph.models import Document
from intgraph.resolve import resolve


def sessions(text: str, year: int | None = None) -> list[tuple]:
    found, _ = find_sessions(TextIndex(text), year)
    return sorted(
        ((s.number, s.year, s.place, s.chair_land) for s in found),
        key=lambda t: tuple(str(x) for x in t),
    )


def resolved(text: str) -> list[tuple]:
    r = resolve(extract(Document("/x.txt", "x.txt", text, "0" * 64)))
    return sorted((s.number or 0, s.year, s.place) for s in r.sessions)


def test_a_session_named_by_its_season() -> None:
    spring = "Zum Auftakt der Frühjahrskonferenz der Integrationsministerinnen und -minister in Kiel sprach die Ministerin."
    assert sessions(spring, 2015) == [(None, None, "Kiel", "DE-SH")]
    autumn = "Die Herbstkonferenz der für Integration zuständigen Ministerinnen und Minister der Länder tagte 2024 in Hannover."
    assert sessions(autumn) == [(None, 2024, "Hannover", "DE-NI")]


def test_season_conferences_of_other_ministers_are_no_session() -> None:
    assert sessions("Die Frühjahrskonferenz der Innenminister tagte 2019 in Kiel.") == []
    assert sessions("Bei der Pressekonferenz der Ministerin in Kiel 2019 ging es um Kitas.") == []


def test_the_laender_meeting_with_a_relative_year() -> None:
    last_year = (
        "Die 6. Integrationsministerkonferenz beginnt heute in Mainz. "
        "Im vergangenen Jahr hatten die Länder in Düsseldorf getagt."
    )
    assert (None, 2010, "Düsseldorf", "DE-NW") in sessions(last_year, 2011)
    ago = (
        "Die Integrationsministerkonferenz tagt in Hamburg. "
        "Vor zwei Jahren trafen sich die Länder in Wiesbaden."
    )
    assert (None, 2021, "Wiesbaden", "DE-HE") in sessions(ago, 2023)


def test_the_laender_doing_other_things_meet_nowhere() -> None:
    made = (
        "Die Integrationsministerkonferenz ist ein Gremium der Länder. "
        "Die Länder haben in Kiel Vorkehrungen für die Aufnahme getroffen."
    )
    assert sessions(made, 2022) == []
    no_intmk = "Die Länder tagten im vergangenen Jahr in Düsseldorf."
    assert sessions(no_intmk, 2011) == []


def test_a_table_of_sessions_gives_one_session_per_row() -> None:
    spaces = (
        "Übersicht der Integrationsministerkonferenzen\n"
        "Nr.   Jahr   Tagungsort    Vorsitz\n"
        "13.   2018   Nürnberg      BY\n"
        "14.   2019   Berlin        Berlin\n"
        "Stand: Mai 2019\n"
    )
    rows = [(s.number, s.year, s.place, s.chair_land) for s in _table_sessions(spaces)]
    assert rows == [(13, 2018, "Nürnberg", "DE-BY"), (14, 2019, "Berlin", "DE-BE")]
    assert resolved(spaces) == [(13, 2018, "Nürnberg"), (14, 2019, "Berlin")]
    pipes = "IntMK: Sitzungen\nKonferenz | Datum | Ort\n17 | 27.04.2022 | Hamburg\n"
    rows = [(s.number, s.year, s.place, s.chair_land) for s in _table_sessions(pipes)]
    assert rows == [(17, 2022, "Hamburg", None)]


def test_a_table_of_other_things_gives_no_session() -> None:
    text = (
        "Integrationsministerkonferenz: Teilnehmende Vereine\n"
        "Jahr   Verein   Mitglieder\n"
        "2019   Brücke e.V.   120\n"
    )
    assert _table_sessions(text) == []


def test_places_coordinated_with_their_preposition_repeated() -> None:
    text = "Die Integrationsministerkonferenz tagte schon in Dresden, in Magdeburg und in Kiel."
    assert [p for _, _, p, _ in sessions(text)] == ["Dresden", "Kiel", "Magdeburg"]


def test_no_reference_number_for_another_city_that_year() -> None:
    other_city = (
        "Hannoversche Zeitung | 12.03.2023\n\n"
        "Die Integrationsminister der Länder trafen sich in dieser Woche in Hannover."
    )
    assert resolved(other_city) == [(0, 2023, "Hannover")]
    same_city = (
        "Hessische Zeitung | 26.04.2023\n\n"
        "Die Integrationsminister der Länder treffen sich in dieser Woche in Wiesbaden."
    )
    assert [n for n, _, _ in resolved(same_city)] == [18]


def test_the_conference_referred_back_to_with_its_place() -> None:
    text = (
        "Die 13. Integrationsministerkonferenz tagt in Nürnberg. "
        "Bei der Konferenz im Vorjahr in Friedrichshafen war Bayern noch skeptisch."
    )
    assert (None, None, "Friedrichshafen", "DE-BW") in sessions(text)
    unrelated = "Bei der Konferenz in Friedrichshafen ging es um Tourismus."
    assert sessions(unrelated) == []


def test_a_numbered_session_and_another_conference_by_place_in_one_sentence() -> None:
    text = "Ein Jahr nach der Konferenz in Magdeburg richtet Schleswig-Holstein die 10. Integrationsministerkonferenz aus."
    got = sessions(text)
    assert (None, None, "Magdeburg", None) in got and any(n == 10 for n, *_ in got)


def test_places_listed_before_the_participle_beside_a_numbered_session() -> None:
    text = "Seit der ersten Integrationsministerkonferenz in Düsseldorf hat die Runde schon in Mainz, Dresden und Kiel getagt."
    got = sessions(text)
    assert [p for n, _, p, _ in got if n is None] == ["Dresden", "Kiel", "Mainz"]
    assert (1, None, "Düsseldorf", None) in got


def test_a_meeting_told_by_its_noun_or_by_coming_to_a_city() -> None:
    at = "Beim Treffen der Integrationsminister in Magdeburg ging es um Sprachkurse."
    assert sessions(at) == [(None, None, "Magdeburg", "DE-ST")]
    come = (
        "Integrationsministerkonferenz: Premiere an der Förde\n"
        "In diesem Frühjahr kommen die Ministerinnen und Minister der Länder erstmals nach Kiel."
    )
    assert (None, None, "Kiel", "DE-SH") in sessions(come)
    # coming to a city is no session when the text is not about the IntMK
    tourists = "In diesem Frühjahr kommen die Gäste der Messe erstmals nach Kiel."
    assert sessions(tourists) == []


def test_the_host_named_after_the_session() -> None:
    text = "Gastgeber der diesjährigen Konferenz der Integrationsminister ist Thüringen."
    assert sessions(text, 2016) == [(None, 2016, None, "DE-TH")]
