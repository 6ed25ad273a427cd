"""News forms of an appointment (invented passages, positives and negatives):

* an announced office (``Das Land hat einen neuen Integrationsbeauftragten:``) whose holder the
  sentence after the colon appoints as its only person (``Das Kabinett ernannte am Dienstag
  den Juristen X``), not where that sentence names two people or appoints no one;
* the separable ``ablösen`` as a succession verb (``Er löst X ab, die das Amt seit 2019
  innehatte``): X held the office of the subject; not ``löst Probleme``, ``löste eine Debatte
  aus``; a predecessor whose new office the text reads after the name keeps both;
* a long family name after a given name (``Frank Schimmelpfennig``) is one, though the
  lexicon reads a compound of nouns in it.
"""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.lexicon import is_family_name_after_given
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str]]:
    return {(o.person.name, o.role_class) for o in find_offices(TextIndex(text))}


def test_the_sentence_after_the_colon_appoints_the_holder() -> None:
    text = (
        "Hessens Landesregierung hat eine neue Integrationsbeauftragte: Das Kabinett berief am "
        "Dienstag die Juristin Mareike Tann."
    )
    assert offices(text) == {("Mareike Tann", "Beauftragte")}
    text = (
        "Das Land bekommt einen neuen Staatssekretär: Am Montag wurde der Jurist Jens Kahl "
        "vereidigt."
    )
    assert offices(text) == {("Jens Kahl", "Staatssekretaer")}
    text = (
        "Hessens Landesregierung hat eine neue Integrationsbeauftragte: Gewählt wurden "
        "gestern die Juristinnen Mareike Tann und Petra Roth als Team."
    )
    assert ("Mareike Tann", "Beauftragte") not in offices(text)
    text = (
        "Hessens Landesregierung hat eine neue Integrationsbeauftragte: Die Stelle soll "
        "Mareike Tann bald erklären."
    )
    assert offices(text) == set()


def test_ablösen_is_a_succession() -> None:
    text = (
        "Das Kabinett ernannte den Juristen Frank Albers zum Integrationsbeauftragten. Er löst "
        "Ute Marquardt ab, die das Amt seit 2019 innehatte und nun als Staatssekretärin ins "
        "Bildungsministerium wechselt."
    )
    assert offices(text) == {
        ("Frank Albers", "Beauftragte"),
        ("Ute Marquardt", "Beauftragte"),
        ("Ute Marquardt", "Staatssekretaer"),
    }
    text = "Die neue Staatssekretärin Anna Roth löst Jens Kahl ab."
    assert offices(text) == {("Anna Roth", "Staatssekretaer"), ("Jens Kahl", "Staatssekretaer")}
    text = "Die neue Staatssekretärin Anna Roth löste bei Jens Kahl eine Debatte aus."
    assert offices(text) == {("Anna Roth", "Staatssekretaer")}
    text = "Staatssekretärin Anna Roth löst Probleme, sagt Jens Kahl."
    assert offices(text) == {("Anna Roth", "Staatssekretaer")}


def test_a_long_family_name_after_a_given_name() -> None:
    assert is_family_name_after_given("Schimmelpfennig")
    assert is_family_name_after_given("Rosenkranz")
    assert not is_family_name_after_given("Integrationsberatung")
    assert not is_family_name_after_given("Landesregierung")
