"""Office holders, review 8: an announced office needs a government body that appoints, a bare
``Beauftragte`` after a named commissioner is no other body's commissioner (invented passages;
the positives the rules were written for and hard negatives; issue 12)."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.models import Document
from intgraph.resolve import resolve


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(extract(Document("x.txt", "x.txt", text, "0" * 64)))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


def people(text: str) -> set[tuple[str, str]]:
    return {(name, cls) for name, cls, _ in holdings(text)}


# ------------------------------------------- an announced office: who gives it a holder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Land hat einen neuen Integrationsbeauftragten: Jonas Weidlich, bisher Referent "
            "im Landtag, tritt das Amt im März an.",
            ("Jonas Weidlich", "Beauftragte"),
        ),
        (
            "Sachsen bekommt eine neue Ausländerbeauftragte: Greta Lindner übernimmt im Herbst.",
            ("Greta Lindner", "Beauftragte"),
        ),
        (
            "Am Dienstag hat das Kabinett die neue Staatssekretärin vorgestellt: Helga Stamm "
            "wechselt aus der Staatskanzlei ins Sozialressort.",
            ("Helga Stamm", "Staatssekretaer"),
        ),
    ],
)
def test_an_office_a_government_body_announces_has_its_holder(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Caritasverband hat einen neuen Beauftragten für Migration: Peter Krause, bisher "
        "Sozialarbeiter in Fulda, übernimmt das Amt im Juni.",
        "Die Stadt Göttingen hat eine neue Integrationsbeauftragte: Maria Lange wechselt aus "
        "der Verwaltung des Kreises.",
        "Der Landkreis Harburg hat einen neuen Integrationsbeauftragten: Peter Roth übernimmt "
        "die Stelle im Mai.",
        "Das Erzbistum hat eine neue Flüchtlingsbeauftragte: Maria Hofer, bisher Pfarrerin.",
        "Die Berliner Arbeiterwohlfahrt präsentierte ihre neue Integrationsbeauftragte: Lina "
        "Korte kommt aus Potsdam.",
    ],
)
def test_an_office_another_body_announces_is_none(text: str) -> None:
    assert not holdings(text)


# ------------------------------------------- "der neue Beauftragte X" after a named commissioner


def test_a_bare_commissioner_after_a_named_one_is_that_office() -> None:
    text = (
        "Die frühere Landesintegrationsbeauftragte Ilse Brandt und die amtierende Beauftragte "
        "Sophie Wendel stellten den Bericht vor."
    )
    assert ("Sophie Wendel", "Beauftragte") in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Landesintegrationsbeauftragte Anna Schmidt begrüßte den neuen Beauftragten Peter "
        "Müller vom Landessportbund.",
        "Die Landesintegrationsbeauftragte Maria Kurz traf den neuen Beauftragten Jan Vogt des "
        "Bistums.",
        "Die Integrationsbeauftragte Ute Rahn sprach mit der früheren Beauftragten Eva Roth von "
        "der Diakonie.",
    ],
)
def test_a_bare_commissioner_of_another_body_is_none(text: str) -> None:
    found = {name for name, _ in people(text)}
    assert found and not found & {"Peter Müller", "Jan Vogt", "Eva Roth"}


# ------------------------------------------- a city names the Land of its seat, not of a venue


@pytest.mark.parametrize(
    ("text", "land"),
    [
        (
            "In Saarbrücken tagten am Freitag die Integrationsministerinnen und -minister der "
            "Länder. Integrationsministerin Anna Schmidt forderte mehr Geld für Sprachkurse.",
            None,
        ),
        (
            "Die Innenministerkonferenz tagt in Bremerhaven. Innenminister Frank Sommer warnte.",
            None,
        ),
        ("Bei einem Besuch in Leipzig lobte Integrationsminister Peter Wolf die Lotsen.", None),
        ("Innenminister Karl Huber (zuvor Oberbürgermeister von Ulm) sprach zuerst.", None),
        ("Auf ihrer Reise nach Kiel traf Sozialministerin Jana Brück die Lotsinnen.", None),
        ("In Kassel eröffnete Sozialministerin Hanna Oldag ein Beratungszentrum.", "DE-HE"),
        ("Beim Empfang in der Staatskanzlei Kiel sprach Staatssekretär Ole Brink.", "DE-SH"),
    ],
)
def test_a_city_gives_the_land_of_a_seat_not_of_a_venue(text: str, land: str | None) -> None:
    assert {h[2] for h in holdings(text)} == {land}


# ------------------------------------------- a definite Land office, then a name


@pytest.mark.parametrize(
    "text",
    [
        "Die schleswig-holsteinische Sozialministerin stellt den Bericht vor. Hanna Voss will "
        "die Beratung ausbauen.",
        "Die Bremer Sozialsenatorin ist zurückgetreten. Am Abend legte Ute Brink ihr Amt nieder.",
    ],
)
def test_a_definite_land_office_names_its_holder_next(text: str) -> None:
    assert len(holdings(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Die Berliner Integrationssenatorin hat das Programm am Montag gelobt. Anna Weber "
        "kritisiert dagegen die Kürzungen bei den Beratungsstellen.",
        "Die Hamburger Sozialsenatorin blieb der Sitzung fern. Jana Lorenz sagte: „Das ist ein "
        "schlechtes Zeichen.“",
        "Die bayerische Sozialministerin lud die Verbände ein. Maria Hofer (Caritas) lobte das "
        "Treffen.",
        "Der Brandenburger Staatssekretär für Integration zieht Bilanz. Thomas Krüger sieht das "
        "anders: Der Abgeordnete der Opposition vermisst Fortschritte.",
        "Die sächsische Integrationsministerin fehlte beim Fachtag. Lea Wirth widersprach den "
        "Zahlen des Ministeriums.",
    ],
)
def test_the_next_sentence_sets_another_person_against_the_office(text: str) -> None:
    assert not holdings(text)


# ------------------------------------------- "Sie folgt auf X": the nearest person


@pytest.mark.parametrize(
    "text",
    [
        "Staatssekretärin Lena Hoff sprach mit der Bürgermeisterin von Celle, Maria Sand. Sie "
        "folgt auf Karl Thiel im Amt.",
        "Ministerin Ute Sand traf die neue Landrätin Eva Kluge. Sie folgt auf Dieter Hahn, der "
        "nach zwölf Jahren aufhört.",
    ],
)
def test_a_pronoun_follows_on_the_nearest_person_who_holds_no_office(text: str) -> None:
    found = {name for name, _ in people(text)}
    assert not found & {"Karl Thiel", "Dieter Hahn"}


def test_a_pronoun_follows_on_the_nearest_person_who_holds_an_office() -> None:
    text = (
        "Integrationsminister Jonas Bauer stellte sich mit Staatssekretärin Lea Kern vor. Er "
        "folgt auf Tim Roth, der in den Ruhestand geht."
    )
    assert ("Tim Roth", "Minister") in people(text)


# ------------------------------------------- a bracketed second office of a public body


def test_a_bracketed_office_of_another_body_is_none() -> None:
    text = (
        "Staatssekretär Peter Braun (Beauftragter der Evangelischen Kirche für Migration a. D.) "
        "sprach ein Grußwort."
    )
    assert people(text) == {("Peter Braun", "Staatssekretaer")}


def test_a_bracketed_office_of_the_government_is_a_second_office() -> None:
    text = "Staatsministerin Lea Brandt (Beauftragte der Bundesregierung für Integration) sprach."
    assert ("Lea Brandt", "Beauftragte") in people(text)
