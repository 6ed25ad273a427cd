"""Sessions as news tell them (issue 12), read from the grammar of set 24's misses: places in
coordinated clauses of meeting ("tagte schon in A und B, sie war in C und in D zu Gast"), the
ministers meeting with the reflexive before them and the verb last ("wenn sich die Minister in
X wiedertreffen"), the capital as the place under a dateline, a session under way "seit
gestern", "zum N. Mal" with "sie" for the ministers named just before, a city's district after
a hyphen, and a working group of the conference, which is no session. Every passage is invented
for this test, with negatives.
"""

from __future__ import annotations

from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex


def sessions(text: str, year: int | None = None) -> list[tuple]:
    found, _ = find_sessions(TextIndex(text), year)
    return sorted(
        ((s.number, s.year, s.place) for s in found), key=lambda t: tuple(str(x) for x in t)
    )


def test_places_in_coordinated_clauses_of_meeting() -> None:
    text = (
        "Die Integrationsministerkonferenz tagte bereits in Mainz und Bremen, sie war in "
        "Potsdam und in Hannover zu Gast."
    )
    assert [p for _, _, p in sessions(text)] == ["Bremen", "Hannover", "Mainz", "Potsdam"]
    # a year right before its place stays that session's
    assert sessions("Die IntMK tagte 2019 in Berlin und war danach in Kiel zu Gast.") == [
        (None, 2019, "Berlin"),
        (None, None, "Kiel"),
    ]


def test_the_ministers_meeting_with_the_reflexive_before_them() -> None:
    text = (
        "Die IntMK hat viele Papiere beschlossen. Wenn sich die Ministerinnen und Minister "
        "im Mai in Erfurt wiedertreffen, wollen sie Bilanz ziehen."
    )
    assert [p for _, _, p in sessions(text)] == ["Erfurt"]
    # the ministers meeting someone else is no session of theirs
    assert sessions("Die IntMK tagte nicht. Die Minister treffen Vorkehrungen in Erfurt.") == []


def test_the_capital_under_a_dateline_and_a_session_under_way_since_yesterday() -> None:
    text = (
        "Hannover. Die Integrationsminister der Länder tagen seit gestern in der Landeshauptstadt."
    )
    assert sessions(text, 2016) == [(None, 2016, "Hannover")]
    # a dateline of a city that is no capital gives no place for "the capital"
    text = (
        "Göttingen. Die Integrationsminister der Länder tagen seit gestern in der Landeshauptstadt."
    )
    assert sessions(text, 2016) == [(None, 2016, None)]
    # "seit 2007" is what the body does every year: no year from the document
    text = "Kiel. Die Integrationsminister treffen sich seit 2007 jährlich, diesmal in Kiel."
    assert sessions(text, 2016) == [(None, None, "Kiel")]


def test_the_nth_time_with_they_for_the_ministers_named_before() -> None:
    text = (
        "Seit 2007 treffen sich die für Integration zuständigen Ministerinnen und Minister. "
        "Zum 12. Mal kommen sie nun zusammen, diesmal in Frankfurt-Höchst."
    )
    # (the founding year after "Seit" opening the sentence is what the body does every year)
    assert sessions(text) == [(12, None, "Frankfurt am Main")]
    # no body before "sie": a count of something else
    assert sessions("Die Familie war in Kiel. Zum dritten Mal kommen sie nun zusammen.") == []


def test_a_citys_district_after_a_hyphen_belongs_to_the_city() -> None:
    text = "Die 19. IntMK tagte in Rostock-Warnemünde."
    assert sessions(text) == [(19, None, "Rostock")]


def test_a_working_group_of_the_conference_is_no_session() -> None:
    text = (
        "Die Arbeitsgruppe „Monitoring“ der Integrationsministerkonferenz hat sich am Dienstag "
        "in Mainz getroffen."
    )
    assert sessions(text, 2025) == []
    assert sessions("Die AG Fachkräfte der IntMK tagte in Kiel.") == []
    # the conference itself in the same sentence is still a session
    assert [
        p
        for _, _, p in sessions(
            "Die IntMK tagte in Mainz; die Arbeitsgruppe der Konferenz bereitet den Bericht vor."
        )
    ] == ["Mainz"]
