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
