"""Session constructions from set 10's misses (issue 12, motions10): the next session in a
month the document's year has passed (the following year), an earlier session by its place and
the time before the document ("Nach X im Vorjahr"), by the Land that invited to it ("Im
vergangenen Jahr hatte Y nach X eingeladen", a district compound taken as its city), and the
conference of the integration commissioners (another body, also with a coordinated compound).

Every passage is invented for this test, with hard negatives.
"""

from __future__ import annotations

from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex


def rows(text: str, doc_date: str) -> list[tuple[int | None, int | None, str | None]]:
    found, _ = find_sessions(TextIndex(text), int(doc_date[:4]), doc_date)
    return [(s.number, s.year, s.place) for s in found]


def test_the_next_session_in_a_month_already_past_is_next_year() -> None:
    text = "Die nächste Integrationsministerkonferenz im März in Kiel soll das Thema aufgreifen."
    assert (None, 2026, "Kiel") in rows(text, "2025-10-02")
    assert (None, 2025, "Kiel") in rows(text, "2025-01-15")  # March still to come


def test_an_earlier_session_by_its_place_and_the_time_before() -> None:
    text = "Nach Mainz im Vorjahr ist nun Bremen Gastgeber der Integrationsministerkonferenz."
    assert (None, 2018, "Mainz") in rows(text, "2019-03-20")
    text = (
        "Die Integrationsministerkonferenz tagt in Erfurt. Wie in Kiel vor zwei Jahren "
        "geht es um Wohnraum."
    )
    assert (None, 2017, "Kiel") in rows(text, "2019-03-20")


def test_an_earlier_session_by_the_land_that_invited_to_it() -> None:
    text = (
        "Am Mittwoch beginnt in Erfurt die 30. Integrationsministerkonferenz. Im vergangenen "
        "Jahr hatte Schleswig-Holstein nach Lübeck-Travemünde eingeladen."
    )
    assert (None, 2029, "Lübeck") in rows(text, "2030-04-10")


def test_no_earlier_session_of_another_body_or_an_unknown_place() -> None:
    text = (
        "Die Integrationsministerkonferenz tagt. Im vergangenen Jahr hatte Bayern nach "
        "München zum Integrationsgipfel eingeladen."
    )
    assert all(place != "München" for _, _, place in rows(text, "2030-04-10"))
    text = "Die Integrationsministerkonferenz tagt. Nach Neustadt im Vorjahr geht es weiter."
    assert all(place != "Neustadt" for _, _, place in rows(text, "2030-04-10"))


def test_the_commissioners_conference_is_another_body() -> None:
    text = (
        "In Lübeck kommen ab Dienstag die Integrations- und Ausländerbeauftragten der Länder "
        "zu ihrer Konferenz zusammen. Im März hatte die 10. Integrationsministerkonferenz in Kiel getagt."
    )
    assert all(place != "Lübeck" for _, _, place in rows(text, "2015-09-08"))
