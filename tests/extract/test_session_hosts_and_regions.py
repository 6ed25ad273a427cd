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


def test_a_land_host_in_a_year_is_that_years_session() -> None:
    text = (
        "Die IntMK im Überblick. Thüringen richtete die Konferenz bereits in Erfurt aus, "
        "Hessen war zuletzt 2023 Gastgeber."
    )
    assert set(rows(text)) == {(None, None, "Erfurt", "DE-TH"), (None, 2023, None, "DE-HE")}
    text = "Die IntMK tagt 2026 in Essen. 2019 war Berlin Gastgeberin der Konferenz."
    assert (None, 2019, None, "DE-BE") in rows(text)
    assert (None, 2012, None, "DE-SL") in rows(
        "Die IntMK tagt bald. Das Saarland war 2012 Gastgeber."
    )
    # a parliament, a town: no Land as host
    text = "Die IntMK tagt 2026 in Essen. Der Landtag war 2019 Gastgeber. Die Stadt war 2019 Gastgeber."
    assert rows(text) == [(None, 2026, "Essen", "DE-NW")]


def test_the_chair_put_after_its_verb_and_a_chairs_term_of_two_years() -> None:
    text = "Auch 2021 tagten die Ministerinnen und Minister nur per Video, den Vorsitz hatte damals Bremen."
    assert (None, 2021, None, "DE-HB") in rows("Die IntMK fiel 2020 aus. " + text)
    # a person after the verb: no Land
    text = "Die IntMK tagte 2019 in Berlin. Den Vorsitz hatte damals die Senatorin."
    assert rows(text) == [(None, 2019, "Berlin", "DE-BE")]
    # a chair's term is no session
    assert rows("Integrationsministerkonferenz\nVorsitz 2025/2026: Nordrhein-Westfalen") == []
    assert rows("Die IntMK: Vorsitz 2019/20 Berlin.") == []


def test_a_land_as_the_destination_of_the_body_gives_the_chair() -> None:
    text = "Die IntMK war 2012 in Kiel. 2027 kommt die IntMK zurück ins Saarland."
    assert (None, 2027, None, "DE-SL") in rows(text)


def test_a_lands_capital_named_by_the_land() -> None:
    assert rows("Die IntMK tagt 2016 in Thüringens Landeshauptstadt.") == [
        (None, 2016, "Erfurt", "DE-TH")
    ]
    assert rows("Die IntMK tagt 2016 in der sächsischen Landeshauptstadt.") == [
        (None, 2016, "Dresden", "DE-SN")
    ]
    assert rows("Die IntMK tagt 2016 in der Landeshauptstadt von Hessen.") == [
        (None, 2016, "Wiesbaden", "DE-HE")
    ]
    # the federal capital or an unnamed one: no place
    assert rows("Die IntMK tagt 2016 in der Hauptstadt.") == [(None, 2016, None, None)]
    # a habit told before a colon does not make the session habitual
    text = (
        "Sie ist die erste Frau an der Spitze seit Jahren: Die IntMK tagt ab morgen in "
        "Thüringens Landeshauptstadt."
    )
    assert rows(text, 2016) == [(None, 2016, "Erfurt", "DE-TH")]


def test_the_ministers_round_meeting_at_a_clauses_end() -> None:
    text = (
        "Integrationsminister beraten an der Förde\n\nZehn Jahre ist es her, dass die "
        "Ministerrunde zuletzt in Kiel zusammenkam – damals, 2015, war das Wetter gut."
    )
    assert set(rows(text)) == {(None, 2015, "Kiel", "DE-SH")}
    text = (
        "Bei ihrem Treffen in der Hansestadt haben die für Integration zuständigen "
        "Länderminister Geld gefordert. Die 17. Konferenz endete nach zwei Tagen."
    )
    assert [n for n, _, _, _ in rows(text)] == [17]
    # another round: a cabinet's
    assert rows("Die Ministerrunde des Kabinetts kam in Kiel zusammen.") == []


def test_the_speakers_side_as_guests_of_an_earlier_session() -> None:
    # a speech with no date: counted back from the one year its session is given
    text = (
        "Grußwort zur Eröffnung der Integrationsministerkonferenz 2013 in Dresden\n\n"
        "Meine Damen und Herren, vor einem Jahr waren wir Gäste im Saarland."
    )
    assert (None, 2012, None, "DE-SL") in rows(text)
    text = "Die IntMK tagt 2016 in Erfurt. Im Vorjahr waren wir in Kiel zu Gast."
    assert (None, 2015, "Kiel", "DE-SH") in rows(text)
    # guests of a parliament, of friends: no session
    text = "Die IntMK tagt 2016 in Erfurt. Im Vorjahr waren wir in Kiel zu Gast beim Landtag."
    assert rows(text) == [(None, 2016, "Erfurt", "DE-TH")]
    text = "Die IntMK tagt 2016 in Erfurt. Im Vorjahr waren wir Gäste bei Freunden."
    assert rows(text) == [(None, 2016, "Erfurt", "DE-TH")]
    # two years given, none to count from
    text = "Die IntMK tagte 2015 in Kiel und 2016 in Erfurt. Vor einem Jahr waren wir Gäste im Saarland."
    assert all(y != 2015 or p == "Kiel" for _, y, p, _ in rows(text))
