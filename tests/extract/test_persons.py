from __future__ import annotations

import pytest

from intgraph.extract.persons import find_offices, role_class
from intgraph.language.text import TextIndex


def offices(text: str) -> list[tuple[str, str, str | None]]:
    return [(o.person.name, o.role_class, o.land) for o in find_offices(TextIndex(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Integrationsministerin Petra Köpping sagte heute", [("Petra Köpping", "Minister", None)]),
        ("Staatssekretärin Dr. Ute Leidig nahm teil.", [("Ute Leidig", "Staatssekretaer", None)]),
        (
            "Thüringens Migrationsminister Dieter Lauinger (Grüne) sagte",
            [("Dieter Lauinger", "Minister", "DE-TH")],
        ),
        (
            "Die Berliner Integrationssenatorin Elke Breitenbach lud ein.",
            [("Elke Breitenbach", "Senator", "DE-BE")],
        ),
        (
            "Sozial- und Integrationsminister Manne Lucha gab bekannt",
            [("Manne Lucha", "Minister", None)],
        ),
        ("Bundesinnenministerin Faeser eine Rolle spielte", [("Faeser", "Minister", "DE")]),
        (
            "Regierender Bürgermeister Kai Wegner eröffnete",
            [("Kai Wegner", "Regierungschef", "DE-BE")],  # the title is Berlin's
        ),
    ],
)
def test_role_then_name(text: str, expected: list) -> None:
    assert offices(text) == expected


def test_role_with_complement_then_name() -> None:
    text = "den Minister für Soziales und Integration des Landes Baden-Württemberg, Manfred Lucha, übergeben"
    assert offices(text) == [("Manfred Lucha", "Minister", "DE-BW")]


def test_role_chain_gives_both_roles() -> None:
    text = "erklärt der Bevollmächtigte für Integration und Antidiskriminierung, Staatssekretär Kai Klose:"
    assert sorted(offices(text)) == [
        ("Kai Klose", "Beauftragte", None),
        ("Kai Klose", "Staatssekretaer", None),
    ]


def test_federal_commissioner() -> None:
    text = "Die Flüchtlingsbeauftragte der Bundesregierung, Aydan Özoğuz (SPD) soll Vorschläge vorlegen."
    assert offices(text) == [("Aydan Özoğuz", "Beauftragte", "DE")]


def test_name_then_role() -> None:
    assert offices(
        "Maria Muster, Beauftragte der Landesregierung für Migration und Integration, sagte"
    ) == [("Maria Muster", "Beauftragte", None)]
    assert offices(
        "Almuth Berger, von 1991 – 2006 Ausländerbeauftragte des Landes Brandenburg, erinnert"
    ) == [("Almuth Berger", "Beauftragte", "DE-BB")]


def test_deputies_press_officers_and_plurals_are_not_office_holders() -> None:
    assert (
        offices("so Frauke Steuber, Stellvertreterin des Berliner Integrationsbeauftragten.") == []
    )
    assert offices("Die Integrationsminister tagen in Erfurt.") == []
    assert offices("Ministerialdirektor Dr. Markus Gruber leitete die Sitzung.") == []


def test_role_words() -> None:
    assert role_class("Integrationsministerkonferenz") is None
    assert role_class("Staatsministerium") is None
    assert role_class("Sozialsenatorin") == "Senator"
    assert role_class("Staatsrätin") == "Staatssekretaer"
