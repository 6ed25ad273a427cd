"""A pronoun after a quotation refers to a person a news story calls by the given name alone,
the age in apposition (``Amir, 27, kam …``, ``Mira (16) …``), where the given name's gender
agrees. Invented passages; negatives: the other gender, a given name with no age after it."""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def test_a_given_name_with_the_age_in_apposition_is_the_pronouns_person() -> None:
    text = (
        "Im Kursraum sitzen zwölf Erwachsene. Jonas, 31, kam vor einem Jahr aus Kiew. "
        "„Am Anfang war jedes Formular ein Rätsel“, erzählt er."
    )
    assert speakers(text) == ["Jonas"]
    text = "Mira (16) besucht die neunte Klasse. „Ich will Ärztin werden“, sagt sie."
    assert speakers(text) == ["Mira"]


def test_the_other_gender_or_no_age_gives_not_the_given_name() -> None:
    text = (
        "Jonas, 31, kam vor einem Jahr aus Kiew. Kursleiterin Petra Hollmann unterrichtet seit "
        "Jahren. „Die Geduld zahlt sich aus“, sagt sie."
    )
    assert speakers(text) == ["Petra Hollmann"]
    text = "Jonas kam vor einem Jahr aus Kiew. „Am Anfang war alles schwer“, erzählt er."
    assert "Jonas" not in speakers(text)
