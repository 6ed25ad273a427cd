"""A news story refers back to a person by a party or field epithet as it does by the age
(``die Grünen-Politikerin``, ``der Sozialdemokrat``, ``die SPD-Frau``): as the subject of a
copula before a role noun (``Die Grünen-Politikerin ist seit Januar Hessens Ministerin für
…``, ``Seit Mai ist der Sozialdemokrat Staatssekretär …``) it gives the office to the person
named last before it, in its paragraph and at most two sentences back, where the article's,
the epithet's, the role noun's and the given name's gender agree. Negatives: the other gender,
an oblique case, a person named in another paragraph, the epithet as an object.

Every passage is invented for this test.
"""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str, str | None]]:
    return {(o.person.name, o.role_class, o.land) for o in find_offices(TextIndex(text))}


def test_a_party_epithet_refers_back_to_the_person_named_before() -> None:
    assert offices(
        "Petra Olm hat es eilig. Kaum ist die Sitzung vorbei, wartet schon der nächste Termin. "
        "Die Grünen-Politikerin ist seit Januar Hessens Ministerin für Soziales und Integration."
    ) == {("Petra Olm", "Minister", "DE-HE")}
    assert offices(
        "Jörn Albers kennt das Haus. Seit Mai ist der Sozialdemokrat Staatssekretär im "
        "Sozialministerium Sachsens."
    ) == {("Jörn Albers", "Staatssekretaer", "DE-SN")}
    assert offices(
        "Für Mira Sommer ist es der zweite Anlauf. Die CDU-Frau ist nun Integrationsbeauftragte "
        "des Landes Brandenburg."
    ) == {("Mira Sommer", "Beauftragte", "DE-BB")}
    assert offices(
        "Das Kabinett hat Malte Berg berufen. Der Integrationspolitiker ist seit März "
        "Staatssekretär in Thüringen."
    ) == {("Malte Berg", "Staatssekretaer", "DE-TH")}


def test_gender_case_and_distance_give_none() -> None:
    # the other gender
    assert (
        offices("Jörn Albers kennt das Haus. Die Grünen-Politikerin ist seit Mai Staatssekretärin.")
        == set()
    )
    # an oblique case: no subject
    assert not any(
        name == "Jörn Albers"
        for name, _, _ in offices(
            "Jörn Albers kennt das Haus. Dem Sozialdemokraten ist seit Mai Staatssekretär "
            "Uwe Kahl unterstellt."
        )
    )
    # the person is named in another paragraph
    assert (
        offices(
            "Petra Olm hat es eilig.\n\nDie Grünen-Politikerin ist seit Januar Ministerin für "
            "Soziales."
        )
        == set()
    )
    # three sentences back is too far
    assert (
        offices(
            "Petra Olm hat es eilig. Der Tag ist lang. Die Sitzung dauert. Der Saal ist voll. "
            "Die Grünen-Politikerin ist seit Januar Ministerin für Soziales."
        )
        == set()
    )
