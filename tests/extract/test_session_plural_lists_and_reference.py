"""Sessions in a plural noun's list, a bare conference the reference places, a page's date line
(invented passages; issue 12). A plural session noun before coordinated places with their
years (``auf den Integrationsministerkonferenzen in Kiel (2015) und Erfurt (2016)``, ``die
IntMK-Sitzungen 2019 in Berlin und 2021 in Bremen``) names a session each. A bare
``Konferenz`` in a city and a year (its own or the document's) that an IntMK session of the
reference met in is that session, also in a text that never names the body; not where another
body is named. A page's ``Stand:`` line under a heading dates the page, no session."""

from __future__ import annotations

from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex


def rows(text: str, date: str | None = "2024-05-14") -> list[tuple]:
    found, _ = find_sessions(TextIndex(text), int(date[:4]) if date else None, date)
    return sorted({(s.year, s.place) for s in found}, key=str)


def test_a_plural_noun_and_its_list_of_places_and_years() -> None:
    text = (
        "Bayern hat auf den Integrationsministerkonferenzen in Kiel (2015) und Erfurt (2016) "
        "Anträge eingebracht."
    )
    assert rows(text) == [(2015, "Kiel"), (2016, "Erfurt")]
    text = "Auf den IntMK-Sitzungen 2019 in Berlin und 2021 in Bremen ging es um Wohnraum."
    assert rows(text) == [(2019, "Berlin"), (2021, "Bremen")]
    text = (
        "Die Integrationsministerkonferenzen von 2017 in Friedrichshafen und 2018 in Nürnberg "
        "befassten sich damit."
    )
    assert rows(text) == [(2017, "Friedrichshafen"), (2018, "Nürnberg")]
    # three items, the ministers' genitive between, the IntMK named before
    text = (
        "Die IntMK hat sich oft damit befasst. Auf den Konferenzen der Integrationsminister in "
        "Potsdam (2020), Hamburg (2022) und Wiesbaden (2023) stand das Thema auf der Agenda."
    )
    assert {(2020, "Potsdam"), (2022, "Hamburg"), (2023, "Wiesbaden")} <= set(rows(text))


def test_no_list_of_another_bodys_sessions() -> None:
    text = (
        "Die IntMK tagt im Mai. Auf den Innenministerkonferenzen in Kiel (2015) und Erfurt "
        "(2016) ging es um Abschiebungen."
    )
    assert all(p not in ("Kiel", "Erfurt") for _, p in rows(text))
    # a list of places that are no session cities
    text = "Die IntMK tagt. Auf den Tagungen in Uelzen (2015) und Celle (2016) wurde gestritten."
    assert all(p is None for _, p in rows(text))


def test_a_bare_conference_where_and_when_a_session_met() -> None:
    # a ministry's release that never names the body, the document's year
    text = (
        "Ministerium für Soziales und Integration\nPressemitteilung vom 26.04.2023\n\n"
        "Die Konferenz in Wiesbaden hat sich für schnellere Verfahren ausgesprochen."
    )
    assert rows(text, "2023-04-26") == [(2023, "Wiesbaden")]
    # a year of its own, the place by its adjective
    text = "Die Ergebnisse der Kieler Konferenz vom März 2015 werden umgesetzt."
    assert rows(text, "2015-09-01") == [(2015, "Kiel")]
    # plural, years in brackets
    text = (
        "Stand: 10.08.2025\n\nWir haben uns auf den Konferenzen in Berlin (2019) und Göttingen "
        "(2025) für mehr Sprachkurse eingesetzt."
    )
    assert rows(text, "2025-08-10") == [(2019, "Berlin"), (2025, "Göttingen")]


def test_no_session_from_a_bare_conference_elsewhere_or_of_others() -> None:
    # a city and a year no session met in
    text = "Pressemitteilung vom 12.05.2023\n\nDie Konferenz in Kiel hat sich für Radwege ausgesprochen."
    assert rows(text, "2023-05-12") == []
    # another body named in the sentence
    text = (
        "Pressemitteilung vom 26.04.2023\n\nDie Konferenz der Verkehrsminister in Wiesbaden tagte."
    )
    assert rows(text, "2023-04-26") == []
    text = "Pressemitteilung vom 26.04.2023\n\nDie Konferenz der Bürgermeister in Wiesbaden tagte."
    assert rows(text, "2023-04-26") == []


def test_a_pages_date_line_under_its_heading_dates_no_session() -> None:
    text = "Die IntMK im Überblick\nStand: 03.02.2015\n\nNr. | Jahr | Ort\n9 | 2014 | Magdeburg"
    found, _ = find_sessions(TextIndex(text), 2015, "2015-02-03")
    assert all(s.year != 2015 for s in found)
    text = "Integrationsministerkonferenz\nDatum: 12.03.2019\n\nDie Konferenz tagt in Berlin."
    found, _ = find_sessions(TextIndex(text), 2019, "2019-03-12")
    assert {(s.year, s.place) for s in found} == {(2019, "Berlin")}
