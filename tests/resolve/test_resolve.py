from __future__ import annotations

from intgraph.extract import extract
from intgraph.models import Document
from intgraph.resolve import registry_key, resolve


def resolved(text: str):
    return resolve(extract(Document("/x.txt", "x.txt", text, "0" * 64)))


def test_family_name_mentions_join_the_full_name() -> None:
    r = resolved(
        "Integrationsministerin Petra Köpping eröffnete. Köpping: »Wir bleiben dran, das ist klar.«"
    )
    assert [p.name for p in r.persons] == ["Petra Köpping"]
    assert [q.person_key for q in r.quotes] == ["petra-koepping"]


def test_misspelt_caption_joins_the_body_spelling() -> None:
    text = (
        "Senatorin Sanja Stahmann leitet die Tagung Foto: Pressestelle\n\n"
        "Bremens Sozialsenatorin Anja Stahmann stellte die Beschlüsse vor."
    )
    r = resolved(text)
    assert [(p.name, p.key) for p in r.persons] == [("Anja Stahmann", "anja-stahmann")]
    assert [(h.role_class, h.land) for h in r.holdings] == [("Senator", "DE-HB")]


def test_land_of_office_falls_back_to_publisher() -> None:
    r = resolved(
        "Pressemitteilung vom 01.04.2020\n\nIntegrationsministerin Ursula Nonnemacher sagte: „Wir bedauern die Absage sehr.“ Brandenburg hat den Vorsitz."
    )
    assert [(h.person_key, h.land) for h in r.holdings] == [("ursula-nonnemacher", "DE-BB")]


def test_federal_commissioner_rank_is_not_a_second_office() -> None:
    text = "mit der Beauftragten für Migration, Flüchtlinge und Integration, Staatsministerin Aydan Özoğuz, berieten"
    r = resolved(text)
    assert [(h.role_class, h.land) for h in r.holdings] == [("Beauftragte", "DE")]


def test_sessions_resolve_by_place_or_year_through_reference() -> None:
    r = resolved(
        "Integrationsminister tagen in Erfurt. Die Integrationsministerkonferenz hat ein Integrationspaket gefordert."
    )
    assert [s.key for s in r.sessions] == ["11"]
    r = resolved(
        "Unter dem Vorsitz Hessens hat am 26. und 27. April 2023 die IntMK in Wiesbaden beraten."
    )
    assert [(s.key, s.chair_land) for s in r.sessions] == [("18", "DE-HE")]


def test_a_session_of_another_year_is_not_merged_into_the_one_named() -> None:
    """ "Im kommenden Jahr trifft sich die Runde in Sachsen": the next session, not this one."""
    r = resolved(
        "Kurier | 24.04.2025\n\nDie diesjährige Integrationsministerkonferenz in Göttingen ist "
        "unter niedersächsischem Vorsitz zu Ende gegangen. Im kommenden Jahr trifft sich die Runde "
        "in Sachsen."
    )
    assert sorted((s.year, s.chair_land) for s in r.sessions) == [(2025, "DE-NI"), (2026, "DE-SN")]

    r = resolved(
        "Kurier, 17. März 2011\n\nZum sechsten Mal kommen die Integrationsminister der Länder "
        "zusammen, diesmal in Mainz. Zuvor hatte die Runde im vergangenen Jahr in Lübeck getagt."
    )
    assert sorted((s.number or 0, s.year, s.place) for s in r.sessions) == [
        (0, 2010, "Lübeck"),
        (6, None, "Mainz"),
    ]


def test_registry_keys() -> None:
    assert registry_key("Manne", "Lucha") == ("manfred-lucha", True)
    assert registry_key("Aydan", "Özoguz") == ("aydan-oezoguz", True)
    assert registry_key("Erika", "Mustermann") == ("erika-mustermann", False)
