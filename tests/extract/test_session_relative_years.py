"""A session's year told relative to the document's date (invented passages; issue 12): the
next month or season (``im kommenden Frühjahr``, ``im nächsten April``) falls in the document's
year while it is still to come, else in the next; a session noun compounded with the year
before (``die Vorjahreskonferenz in Kiel``, ``auf der Vorjahrestagung``) is last year's session,
its place its own and not the sentence's other session's."""

from __future__ import annotations

from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex


def rows(text: str, date: str) -> list[tuple]:
    found, _ = find_sessions(TextIndex(text), int(date[:4]), date)
    return sorted(((s.year, s.place) for s in found), key=str)


def test_the_coming_season_or_month_after_the_date() -> None:
    text = "Bayern richtet die Integrationsministerkonferenz im kommenden Frühjahr in Nürnberg aus."
    assert rows(text, "2024-11-14") == [(2025, "Nürnberg")]
    # told before spring: the same year
    assert rows(text, "2024-01-20") == [(2024, "Nürnberg")]
    assert rows("Im kommenden April tagt die IntMK in Hannover.", "2024-05-14") == [
        (2025, "Hannover")
    ]
    assert rows("Im kommenden April tagt die IntMK in Hannover.", "2024-02-14") == [
        (2024, "Hannover")
    ]
    # the autumn, a dateline's date in the sentence
    text = "Kiel (dpa) – 12.10.2023. Die IntMK tagt im nächsten Herbst in Kiel."
    assert rows(text, "2023-10-12") == [(2024, "Kiel")]


def test_a_year_stated_outweighs_the_coming_season() -> None:
    text = "Die IntMK tagt im kommenden Frühjahr 2027 in Essen."
    assert rows(text, "2025-11-02") == [(2027, "Essen")]
    # no coming time: the document's year, as before
    assert rows("Die IntMK tagt im April in Essen.", "2026-02-02") == [(2026, "Essen")]


def test_last_years_conference_by_its_compound() -> None:
    text = (
        "Die Integrationsministerkonferenz in Mainz griff die Beschlüsse der Vorjahreskonferenz "
        "in Kiel auf."
    )
    assert (2023, "Kiel") in rows(text, "2024-05-02")
    assert all(place != "Kiel" or year == 2023 for year, place in rows(text, "2024-05-02"))
    text = (
        "Die IntMK tagt in Erfurt. Schon auf der Vorjahrestagung der Integrationsminister in "
        "Kiel war das Thema strittig."
    )
    assert (2015, "Kiel") in rows(text, "2016-04-20")
    text = "Die IntMK berät heute. Beim Vorjahrestreffen in Dresden gab es Streit."
    assert (2012, "Dresden") in rows(text, "2013-03-20")


def test_no_last_years_session_of_another_body() -> None:
    text = (
        "Die IntMK tagt in Erfurt. Die Vorjahreskonferenz der Innenminister in Kiel hatte das "
        "Thema vertagt."
    )
    assert rows(text, "2016-04-20") == [(2016, "Erfurt")]
    # a year's figures are no session ("Vorjahreszahlen")
    text = "Die IntMK tagt in Erfurt. Die Vorjahreszahlen aus Kiel lagen höher."
    assert rows(text, "2016-04-20") == [(2016, "Erfurt")]
