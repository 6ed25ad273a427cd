"""A session's place told by an adjective (invented passages; issue 12): a town's adjective in
-er before the session's noun (``die Kieler Konferenz``, ``beim Nürnberger Treffen``) or before
a venue in a phrase of place (``im Dresdner Kongresszentrum``, also closing a list of places), and
a Land's adjective before the town (``im niedersächsischen Göttingen``, ``in der sächsischen
Landeshauptstadt Dresden``). Not a town's paper or its own bodies (``in der Kieler Zeitung``,
``im Berliner Senat``), nor a minister's title (``die Hamburger Sozialsenatorin``). A meeting by
a compound noun (``nach der Online-Sitzung der Integrationsminister vom Vortag``) is the body's,
dated by the day before the document's."""

from __future__ import annotations

import pytest

from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex


def places(text: str, date: str = "2024-05-14") -> list[str | None]:
    found, _ = find_sessions(TextIndex(text), int(date[:4]), date)
    return sorted((s.place for s in found), key=str)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Beschlüsse der Kieler Integrationsministerkonferenz werden umgesetzt.", "Kiel"),
        ("Auf der Erfurter IntMK 2016 wurde ein Antrag angenommen.", "Erfurt"),
        (
            "Beim Nürnberger Treffen der Integrationsminister 2018 ging es um Sprachkurse.",
            "Nürnberg",
        ),
        ("Die Integrationsminister tagten 2013 im Dresdner Kongresszentrum.", "Dresden"),
        ("Die IntMK tagte zuletzt im Wiesbadener Kurhaus.", "Wiesbaden"),
        # a name in -en keeping its ending, one contracting it
        ("Die Essener Konferenz der Integrationsminister beginnt am Mittwoch.", "Essen"),
        ("Auf der Münchner Integrationsministerkonferenz gab es Streit.", "München"),
        # a Land's adjective before the town
        ("Die IntMK tagte im niedersächsischen Göttingen.", "Göttingen"),
        (
            "Die Integrationsministerkonferenz im sächsischen Dresden endete am Donnerstag.",
            "Dresden",
        ),
        ("Die IntMK tagt in der thüringischen Landeshauptstadt Erfurt.", "Erfurt"),
    ],
)
def test_a_place_by_an_adjective(text: str, place: str) -> None:
    assert places(text) == [place]


def test_a_list_of_places_closed_by_an_adjective_and_a_venue() -> None:
    text = (
        "Die IntMK zieht jedes Jahr weiter. Sie tagte schon in Kiel, Erfurt und Mainz, zuletzt "
        "im Potsdamer Kongresshotel."
    )
    assert places(text) == ["Erfurt", "Kiel", "Mainz", "Potsdam"]


@pytest.mark.parametrize(
    "text",
    [
        "Die IntMK tagt im April. In der Kieler Zeitung hieß es, der Bund zahle mehr.",
        "Die IntMK wurde im Berliner Senat vorbereitet.",
        "Die Hamburger Sozialsenatorin sprach auf der IntMK.",
        "Die IntMK-Beschlüsse wurden in einer Stadt wie Kiel kaum bemerkt.",
    ],
)
def test_no_place_from_a_towns_paper_body_or_title(text: str) -> None:
    assert all(p is None for p in places(text))


def test_a_compound_meeting_noun_and_the_day_before() -> None:
    text = (
        "Nach der Online-Sitzung der Integrationsministerinnen und -minister vom Vortag zog "
        "die Senatorin Bilanz."
    )
    found, _ = find_sessions(TextIndex(text), 2021, "2021-04-30")
    assert [(s.year, s.place) for s in found] == [(2021, None)]
