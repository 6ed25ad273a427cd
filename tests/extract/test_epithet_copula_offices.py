"""A news story refers back to a person by their age: ``der 51-Jährige``, ``die 44-Jährige``
as the subject of a copula before a role noun (verb second: ``Seit Februar ist der
51-Jährige Staatssekretär im …``; or the epithet first: ``Die 44-Jährige ist seit Mai …``)
gives the office to the person named last before it, in its sentence or the one before,
where the article's, the role noun's and the given name's gender agree. Negatives: the other
gender, an oblique case (``dem 51-Jährigen``), a role with its own holder's name, no person
named close before. Invented passages."""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str]]:
    return {(o.person.name, o.role_class) for o in find_offices(TextIndex(text))}


def test_an_age_epithet_refers_back_to_the_person_named_before() -> None:
    text = (
        "Wer mit Jörn Albers spricht, merkt es schnell. Seit dem 1. Februar ist der "
        "51-Jährige Staatssekretär im Sozialministerium."
    )
    assert offices(text) == {("Jörn Albers", "Staatssekretaer")}
    text = (
        "Das Kabinett hat Petra Olm berufen. Die 44-Jährige ist seit Mai "
        "Integrationsbeauftragte des Landes Hessen."
    )
    assert offices(text) == {("Petra Olm", "Beauftragte")}
    text = (
        "Für viele überraschend kam die Wahl von Malte Berg. Nun ist der 39-Jährige "
        "Innenminister und für Migration zuständig."
    )
    assert offices(text) == {("Malte Berg", "Minister")}


def test_the_other_gender_an_oblique_case_or_a_named_role_give_none() -> None:
    text = "Das Kabinett hat Petra Olm berufen. Der 44-Jährige ist seit Mai Staatssekretär."
    assert offices(text) == set()
    text = (
        "Das Kabinett hat Jörn Albers berufen. Seit Mai ist die 44-Jährige Staatssekretärin "
        "im Ministerium."
    )
    assert offices(text) == set()
    text = (
        "Das Kabinett hat Jörn Albers gelobt. Seit Mai ist dem 51-Jährigen Staatssekretär "
        "Uwe Kahl unterstellt."
    )
    assert ("Jörn Albers", "Staatssekretaer") not in offices(text)
    text = (
        "Der Bericht liegt vor. Die Kommunen sind skeptisch. Seit Mai ist der 51-Jährige "
        "Staatssekretär im Ministerium."
    )
    assert offices(text) == set()
