"""``ihr Amtsvorgänger, Ex-Integrationsminister X``: a predecessor whose apposition names a
role of its own (read by the main scan, which finds no Land in ``Ex-Integrationsminister``)
held the office in the Land of the office the possessive's referent holds, where the two
roles are of one class (GOLD: a former minister's Land from ``Amtsvorgänger``). Negatives: a
role of another class keeps no Land and gets no office of the referent's; a federal referent
gives no Land.

Every passage is invented for this test.
"""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str, str | None]]:
    return {(o.person.name, o.role_class, o.land) for o in find_offices(TextIndex(text))}


def test_the_predecessor_held_the_office_in_the_same_land() -> None:
    assert offices(
        "Thüringens Sozialministerin Petra Lang hält am Kurs fest. Schon ihr Amtsvorgänger, "
        "Ex-Sozialminister Udo Kessler, habe so entschieden, sagte sie."
    ) == {("Petra Lang", "Minister", "DE-TH"), ("Udo Kessler", "Minister", "DE-TH")}
    assert offices(
        "Der bayerische Integrationsminister Jonas Brandt lobte die Kommunen. Sein Vorgänger, "
        "der frühere Innenminister Lars Fischer, war skeptischer."
    ) == {("Jonas Brandt", "Minister", "DE-BY"), ("Lars Fischer", "Minister", "DE-BY")}
    assert offices(
        "Hamburgs Senatorin Ida Kemper zog Bilanz. Ihre Vorgängerin, Ex-Senatorin Anna Roth, "
        "hatte das Programm begonnen."
    ) == {("Ida Kemper", "Senator", "DE-HH"), ("Anna Roth", "Senator", "DE-HH")}


def test_another_class_or_a_federal_referent_gives_no_land() -> None:
    found = offices(
        "Saar-Sozialministerin Petra Lang hält am Kurs fest. Ihr Vorgänger, Staatssekretär "
        "Udo Kessler, sah das anders."
    )
    assert ("Udo Kessler", "Minister", "DE-SL") not in found
    assert ("Udo Kessler", "Staatssekretaer", "DE-SL") not in found
