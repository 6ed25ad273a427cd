"""A pronoun as the subject of a copula before a role noun gives that office to the person
named last before it (in its sentence or the one before) whose gender agrees: ``Bayerns
Staatsministerin X – sie ist dort Staatssekretärin``, ``Er war bis 2019
Integrationsbeauftragter``. Invented passages; negatives: negation, the other gender (of the
pronoun, of the role noun), a role with a name of its own, no person named before, a person
named two sentences back."""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str]]:
    return {(o.person.name, o.role_class) for o in find_offices(TextIndex(text))}


def test_a_pronoun_subject_of_the_copula_takes_the_role() -> None:
    text = (
        "Zum Empfang kam Sachsens Staatsministerin Helga Brückmann – sie ist dort "
        "Staatssekretärin, wie das Ministerium klarstellte."
    )
    assert offices(text) == {
        ("Helga Brückmann", "Minister"),
        ("Helga Brückmann", "Staatssekretaer"),
    }
    text = (
        "Gastgeber war Sozialminister Rainer Ohlsen. Er ist zugleich Integrationsbeauftragter "
        "der Landesregierung."
    )
    assert offices(text) == {("Rainer Ohlsen", "Minister"), ("Rainer Ohlsen", "Beauftragte")}
    text = (
        "Das Grußwort sprach Ministerin Ilse Kranich. Sie war von 2015 bis 2019 "
        "Staatssekretärin im Innenministerium."
    )
    assert ("Ilse Kranich", "Staatssekretaer") in offices(text)


def test_negation_or_the_other_gender_gives_no_office() -> None:
    text = "Ministerin Ilse Kranich sprach zuerst. Sie ist keine Staatssekretärin."
    assert offices(text) == {("Ilse Kranich", "Minister")}
    text = "Ministerin Ilse Kranich sprach zuerst. Er ist Staatssekretär im Ministerium."
    assert offices(text) == {("Ilse Kranich", "Minister")}
    text = "Minister Rainer Ohlsen sprach zuerst. Sie ist Staatssekretärin im Ministerium."
    assert offices(text) == {("Rainer Ohlsen", "Minister")}
    text = "Ministerin Ilse Kranich sprach zuerst. Sie ist Staatssekretär im Ministerium."
    assert offices(text) == {("Ilse Kranich", "Minister")}


def test_a_role_with_its_own_name_or_a_person_far_back_gives_none() -> None:
    text = "Ministerin Ilse Kranich sprach. Sie ist Staatssekretärin Maria Kohl dankbar."
    assert ("Ilse Kranich", "Staatssekretaer") not in offices(text)
    text = (
        "Ministerin Ilse Kranich eröffnete die Messe. Danach sprachen die Aussteller. "
        "Sie ist Staatssekretärin im Bund."
    )
    assert ("Ilse Kranich", "Staatssekretaer") not in offices(text)
    text = "Die Messe war gut besucht. Sie ist Staatssekretärin im Bund."
    assert offices(text) == set()
