"""Coordinated speakers of one quotation (``sagten X und Y``, ``X und Y erklärten: „…“``): the
second conjunct is a noun phrase of its own, whose article or possessive, adjectives, Land,
role and title stand before its name (``und die Landesbeauftragte Y``, ``und ihr
Staatssekretär Dr. Y``, ``und die schleswig-holsteinische Ministerin Y``). Each speaker gets a
row.

Every passage is invented for this test, with negatives.
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def test_second_conjunct_with_an_article_and_a_role() -> None:
    assert speakers(
        "„Wir machen weiter“, sagten Senatorin Ida Kemper und die Landesbeauftragte Mira Sommer."
    ) == ["Ida Kemper", "Mira Sommer"]
    assert speakers(
        "„Das ist ein guter Tag“, erklärten Minister Jonas Berndt und sein Staatssekretär "
        "Dr. Udo Kessler gemeinsam."
    ) == ["Jonas Berndt", "Udo Kessler"]
    assert speakers(
        "„Die Mittel sind gesichert“, betonten Ministerin Anna Kreft und der hessische "
        "Integrationsbeauftragte Lars Fischer nach dem Treffen."
    ) == ["Anna Kreft", "Lars Fischer"]
    # before the quotation
    assert speakers(
        "Ministerin Anna Kreft und die Beauftragte Mira Sommer sagten: „Wir schaffen das.“"
    ) == ["Anna Kreft", "Mira Sommer"]
    # the coordinated second speaker in the accusative plural verb's other forms
    assert speakers(
        "„Integration braucht Zeit“, so Staatsrätin Ilse Marten und die Senatorin Petra Lang."
    ) == ["Ilse Marten", "Petra Lang"]


def test_a_second_conjunct_that_names_no_one() -> None:
    # no name after the article: a group, not a speaker
    assert speakers(
        "„Wir machen weiter“, sagte Senatorin Ida Kemper und die Zuhörer applaudierten."
    ) == ["Ida Kemper"]
    # a second verb, not a second subject
    assert speakers(
        "„Wir machen weiter“, sagte Senatorin Ida Kemper und dankte der Beauftragten Mira Sommer."
    ) == ["Ida Kemper"]
    # a body, not a person
    assert speakers(
        "„Wir machen weiter“, erklärten Senatorin Ida Kemper und der Flüchtlingsrat Hamburg."
    ) == ["Ida Kemper"]
