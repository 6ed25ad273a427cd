"""Sessions held at a lake or in a region, and the host who invited (issue 12): GOLD.md keeps a
session whose location is a lake or region with the place empty ("am Chiemsee"), also when no
year is told, where the body is named as meeting there; the Land at whose invitation the body
meets is the host, and the host is the chair ("auf Einladung der bayerischen Staatsministerin
X", "auf Einladung Hessens"). Every passage is invented for this test, with negatives.
"""

from __future__ import annotations

from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex


def rows(text: str, year: int | None = None) -> list[tuple]:
    found, _ = find_sessions(TextIndex(text), year)
    return sorted(
        ((s.number, s.year, s.place, s.chair_land) for s in found),
        key=lambda t: tuple(str(x) for x in t),
    )


def test_a_session_at_a_lake_with_no_year_keeps_its_row() -> None:
    text = "Am Tegernsee kamen die Integrationsminister der Länder zu einer Klausur zusammen."
    assert rows(text) == [(None, None, None, None)]
    text = "Die Integrationsministerinnen und -minister trafen sich am Bodensee zu ihrer Sitzung."
    assert rows(text) == [(None, None, None, None)]
    # with the document's year where the ministers meet as news tell it
    assert rows(text, 2017) == [(None, 2017, None, None)]


def test_no_row_for_a_lake_without_the_body_meeting_there() -> None:
    # a bare "Konferenz" needs more than a lake
    assert rows("Die IntMK ist bekannt. Eine Konferenz am Bodensee wäre schön.") == []
    # the ministers on holiday at a lake: no meeting
    assert rows("Die Integrationsminister der Länder machen Urlaub am Bodensee.") == []


def test_the_land_that_invited_is_the_chair() -> None:
    text = (
        "Am Chiemsee haben sich die Integrationsminister der Länder getroffen – auf Einladung "
        "der bayerischen Staatsministerin Erna Beispiel."
    )
    assert rows(text) == [(None, None, None, "DE-BY")]
    text = "Auf Einladung Hessens tagten die Integrationsminister der Länder am Edersee."
    assert rows(text) == [(None, None, None, "DE-HE")]
    text = (
        "Auf Einladung der Landesregierung Niedersachsen trafen sich die Integrationsminister "
        "der Länder am Steinhuder Meer."
    )
    assert rows(text) == [(None, None, None, "DE-NI")]
    # a session in a city: the invitation names the host over the city's Land
    text = "Auf Einladung von Thüringen tagte die 11. IntMK in Erfurt."
    assert rows(text) == [(11, None, "Erfurt", "DE-TH")]


def test_an_invitation_without_a_land_gives_no_chair() -> None:
    # a person's or a town's invitation
    text = "Auf Einladung von Erna Beispiel trafen sich die Integrationsminister am Chiemsee."
    assert rows(text) == [(None, None, None, None)]
    text = "Auf Einladung der Stadt trafen sich die Integrationsminister der Länder am Bodensee."
    assert rows(text) == [(None, None, None, None)]
    # the federal government invites: no Land's chair
    text = (
        "Auf Einladung der Bundesregierung kamen die Integrationsminister der Länder am "
        "Wannsee zusammen."
    )
    assert rows(text) == [(None, None, None, None)]


def test_a_lake_under_a_dateline_of_a_session_city_while_the_session_is_under_way() -> None:
    text = "Friedrichshafen. Am Bodensee tagen seit Montag die Integrationsminister der Länder."
    assert rows(text) == [(None, None, "Friedrichshafen", None)]
    # told in the past, the dateline is only where the report was written
    text = "Berlin. Am Bodensee haben sich die Integrationsminister der Länder getroffen."
    assert rows(text) == [(None, None, None, None)]
