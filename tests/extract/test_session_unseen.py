"""Session constructions from the grammar of set 4's misses (issue 12, read this session): a
session told by a relative time and its place with the body as subject ("Vor einem Jahr in
Kiel hatten die Länder …"), "die nächste Konferenz" pointing back to the IntMK just named,
years with a Land or a lake inside a list of places, and the ministers meeting under a Land's
chair ("unter Berliner Vorsitz") beside another conference. Every passage is invented for this
test, with hard negatives.
"""

from __future__ import annotations

from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex


def sessions(text: str, year: int | None = None) -> list[tuple]:
    found, _ = find_sessions(TextIndex(text), year)
    return sorted(
        ((s.number, s.year, s.place, s.chair_land) for s in found),
        key=lambda t: tuple(str(x) for x in t),
    )


INTMK = "Die 16. Integrationsministerkonferenz ist in Mainz zu Ende gegangen. "


def test_a_session_by_a_relative_time_and_its_place() -> None:
    one = INTMK + "Vor einem Jahr in Hamburg hatten die Länder noch lange gestritten."
    assert (None, 2020, "Hamburg", "DE-HH") in sessions(one, 2021)
    two = (
        INTMK + "Im Vorjahr in Kiel waren sich die Ministerinnen und Minister nicht einig geworden."
    )
    assert (None, 2020, "Kiel", "DE-SH") in sessions(two, 2021)
    years = INTMK + "Vor zwei Jahren in Dresden hatte die Runde einen Aktionsplan beschlossen."
    assert (None, 2019, "Dresden", "DE-SN") in sessions(years, 2021)


def test_a_relative_time_without_the_body_or_with_another_body_is_no_session() -> None:
    person = INTMK + "Vor einem Jahr in Hamburg hatte die Senatorin ihr Amt angetreten."
    assert [s for s in sessions(person, 2021) if s[2] == "Hamburg"] == []
    other = INTMK + "Vor einem Jahr in Hamburg hatten die Länder im Bundesrat gestritten."
    assert [s for s in sessions(other, 2021) if s[2] == "Hamburg"] == []


def test_the_next_conference_points_back_to_the_intmk() -> None:
    nxt = INTMK + "Die nächste Konferenz findet im Mai 2022 in Baden-Württemberg statt."
    assert (None, 2022, None, "DE-BW") in sessions(nxt)
    last = INTMK + "Auf der vorigen Konferenz 2020 in Erfurt war das noch umstritten."
    assert (None, 2020, "Erfurt", "DE-TH") in sessions(last)
    # not after another body: "die nächste Konferenz" of the interior ministers
    imk = "Die Innenministerkonferenz tagte in Bremen. Die nächste Konferenz findet 2022 in Bayern statt."
    assert sessions(imk) == []


def test_years_with_a_land_or_a_lake_in_a_list_of_places() -> None:
    text = (
        "Die Integrationsministerkonferenz tagte bereits in Kiel, Erfurt und Potsdam, 2015 in "
        "Hessen und 2019 am Chiemsee."
    )
    found = sessions(text)
    assert (None, 2015, None, "DE-HE") in found and (None, 2019, None, None) in found
    assert {s[2] for s in found if s[1] is None} == {"Kiel", "Erfurt", "Potsdam"}


def test_the_ministers_under_a_lands_chair_meet_in_their_city() -> None:
    text = (
        "Während die Kultusministerkonferenz (KMK) in Bonn über Lehrkräfte beriet, hatten sich "
        "die Integrationsministerinnen und -minister schon im März 2021 unter Hamburger Vorsitz "
        "in Hamburg auf ein Papier geeinigt."
    )
    assert sessions(text) == [(None, 2021, "Hamburg", "DE-HH")]
    hessian = (
        "Die Integrationsminister der Länder haben im Juni 2018 unter hessischem Vorsitz in "
        "Wiesbaden Leitlinien beschlossen."
    )
    assert sessions(hessian) == [(None, 2018, "Wiesbaden", "DE-HE")]


def test_a_seasonal_meeting_of_the_ministers_and_a_founding_year() -> None:
    spring = "Auf der Frühjahrstagung der Integrationsminister in Magdeburg wurde lange diskutiert."
    assert sessions(spring) == [(None, None, "Magdeburg", "DE-ST")]
    # the year the body was founded is no session's year
    assert (
        sessions("Die Integrationsministerkonferenz wurde 2007 gegründet und tagt jährlich.") == []
    )


def test_the_ministers_meeting_the_year_before() -> None:
    text = (
        "Berlin, 3. April 2019 – Die Integrationsministerkonferenz tagt in dieser Woche in Berlin. "
        "Im Vorjahr hatten die Minister in Nürnberg getagt."
    )
    assert (None, 2018, "Nürnberg", "DE-BY") in sessions(text, 2019)
    # the ministers of another conference the sentence names
    other = (
        "Die Integrationsministerkonferenz tagt in Berlin. Im Vorjahr hatten die Minister in "
        "Nürnberg zur Innenministerkonferenz getagt."
    )
    assert [s for s in sessions(other, 2019) if s[2] == "Nürnberg"] == []
