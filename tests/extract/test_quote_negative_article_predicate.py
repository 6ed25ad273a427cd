"""A quotation after a noun is its name (``das Programm „Neustart“``) unless it opens with an
indefinite or, in lower case, a negative article: then it is the predicate of a copula that
someone's words fill (``Laut Ministerin X ist das Programm „kein Selbstläufer, aber ein
Anfang“``). A capitalised ``Kein`` opens a name (``das Programm „Kein Kind zurücklassen“``).

Every passage is invented for this test, with negatives.
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def test_negative_article_predicate_after_a_noun() -> None:
    assert speakers(
        "Laut Ministerin Anna Kreft ist das Programm „kein Selbstläufer, aber ein Anfang“."
    ) == ["Anna Kreft"]
    assert speakers(
        "Senator Lutz Berger zufolge ist das Projekt „keine Eintagsfliege, sondern Dauerauftrag“."
    ) == ["Lutz Berger"]
    assert speakers(
        "Laut Staatssekretär Jonas Brandt sei der Plan „keine Frage des Geldes, sondern des Willens“."
    ) == ["Jonas Brandt"]


def test_a_name_that_opens_with_kein_stays_a_name() -> None:
    assert (
        speakers("Laut Ministerin Anna Kreft läuft das Programm „Kein Kind zurücklassen“ weiter.")
        == []
    )
    assert speakers("Senator Lutz Berger stellte das Projekt „Keine Angst vor Ämtern“ vor.") == []
