"""Session constructions from the grammar of set 7's session misses (issue 12, motions9): an
ordinal predicated of the conference ("Die Konferenz in Erfurt war die elfte ihrer Art"), an
earlier session told by a time before the document beside a numbered one ("Nach der Konferenz
im vergangenen Jahr in Kiel richtet nun X die 11. Konferenz aus"), a dash ending a list of
places, lists of lines giving a year and a place, and a Land's migration minister with "die
Konferenz" in news that never name the IntMK. Every passage is invented for this test, with
hard negatives.
"""

from __future__ import annotations

from intgraph.extract.sessions import find_sessions
from intgraph.language.decisions import mentions_conference
from intgraph.language.text import TextIndex


def sessions(text: str, year: int | None = None) -> list[tuple]:
    found, _ = find_sessions(TextIndex(text), year)
    return sorted(
        ((s.number, s.year, s.place, s.chair_land) for s in found),
        key=lambda t: tuple(str(x) for x in t),
    )


def numbers(text: str, year: int | None = None) -> set[int | None]:
    return {n for n, _, _, _ in sessions(text, year)}


def test_an_ordinal_predicated_of_the_conference_is_its_number() -> None:
    assert 12 in numbers(
        "Die Integrationsministerkonferenz in Friedrichshafen war bereits die zwölfte ihrer Art."
    )
    assert 9 in numbers("Das Treffen der IntMK in Magdeburg ist die neunte, sagte der Minister.")


def test_an_ordinal_of_a_kind_or_of_a_year_is_no_number() -> None:
    first_of = (
        "Die Integrationsministerkonferenz war die erste, die ganz digital tagte. Sie fand 2021 "
        "statt."
    )
    assert 1 not in numbers(first_of, 2021)
    this_year = "Die Integrationsministerkonferenz in Kiel ist die zweite in diesem Jahr."
    assert 2 not in numbers(this_year, 2015)


def test_an_earlier_session_by_a_time_gap_beside_a_numbered_one() -> None:
    text = (
        "Nach der Konferenz im vergangenen Jahr in Dresden richtet nun Sachsen-Anhalt die 9. "
        "Integrationsministerkonferenz aus."
    )
    found = sessions(text, 2014)
    assert (None, 2013, "Dresden", None) in found
    assert [s for s in found if s[0] == 9 and s[2] == "Dresden"] == []
    two = (
        "Zwei Jahre nach der Konferenz vor zwei Jahren in Kiel lädt Thüringen zur 11. "
        "Integrationsministerkonferenz ein."
    )
    assert (None, 2014, "Kiel", None) in sessions(two, 2016)


def test_a_dash_ends_a_list_of_places() -> None:
    text = (
        "Die Integrationsministerkonferenz tagte schon in Kiel, Erfurt und Hamburg – diesmal "
        "kommen die Ministerinnen und Minister in Wiesbaden zusammen."
    )
    places = {p for _, _, p, _ in sessions(text, 2023)}
    assert {"Kiel", "Erfurt", "Hamburg"} <= places


def test_lines_of_years_and_places_list_sessions() -> None:
    page = (
        "Integrationsministerkonferenz – bisherige Tagungsorte\n"
        "2013 Dresden\n"
        "2014 Magdeburg\n"
        "2021 Online-Konferenz (Vorsitz Bremen)\n"
        "Kontakt | Impressum\n"
    )
    found = sessions(page)
    assert (None, 2013, "Dresden", None) in found or any(
        s[1] == 2013 and s[2] == "Dresden" for s in found
    )
    assert any(s[1] == 2014 and s[2] == "Magdeburg" for s in found)
    assert any(s[1] == 2021 and s[2] is None and s[3] == "DE-HB" for s in found)


def test_a_single_year_line_or_lines_without_places_are_no_list() -> None:
    history = "Integrationsministerkonferenz\n2006 Gründung\n2007 Geschäftsordnung\n"
    assert sessions(history) == []


def test_a_migration_minister_and_the_conference_mark_the_intmk() -> None:
    assert mentions_conference(
        "Die Konferenz in Thüringen ging zu Ende. Migrationsministerin Anna Beispiel war zufrieden."
    )
    assert not mentions_conference(
        "Migrationsministerin Anna Beispiel eröffnete die Konferenz der Wohlfahrtsverbände."
    )
