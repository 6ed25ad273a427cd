from __future__ import annotations

import pytest

from intgraph.language.lands import find_lands, land_in


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("unter dem Vorsitz Mecklenburg-Vorpommerns", "DE-MV"),
        ("unter dem Vorsitz Bremens", "DE-HB"),
        ("die sächsische Staatsministerin", "DE-SN"),
        ("des saarländischen Ministeriums", "DE-SL"),
        ("die nordrhein-westfälische Landesregierung", "DE-NW"),
        ("unter hessischem Vorsitz", "DE-HE"),
        ("Die Berliner Integrationssenatorin", "DE-BE"),
        ("in NRW", "DE-NW"),
        ("Landesvertretung MV", "DE-MV"),
        ("der Freien Hansestadt Bremen", "DE-HB"),
        ("Rheinland- Pfalz", "DE-RP"),  # PDF damage: space after the hyphen
        ("in Sachsen-Anhalt", "DE-ST"),
        ("Thüringer Minister", "DE-TH"),
    ],
)
def test_forms_of_land_names(text: str, code: str) -> None:
    assert [m.code for m in find_lands(text)][:1] == [code]


def test_sachsen_is_not_found_inside_other_names() -> None:
    assert [m.code for m in find_lands("Niedersachsen und Sachsen-Anhalt")] == ["DE-NI", "DE-ST"]


def test_federal_markers() -> None:
    assert land_in("Flüchtlingsbeauftragte der Bundesregierung") == "DE"
    assert land_in("aus dem Bundesinnenministerium") == "DE"
    assert land_in("für Soziales und Integration") is None
