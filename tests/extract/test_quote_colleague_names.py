"""A family name in apposition after a colleague or person noun before a colon names the
speaker, with the given name the text gives elsewhere (a transcript's speaker label, a first
mention): ``Die Kollegin Arslan hat es auf den Punkt gebracht: „…“``. Invented passages;
negatives: a colleague noun with no name, a name the text never gives as a person's, a
colleague named inside a prepositional phrase."""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def test_the_colleague_named_by_family_name_before_the_colon() -> None:
    text = (
        "Jonas Wiegand (SPD) eröffnete die Debatte im Landtag.\n\n"
        "Der Kollege Wiegand hat es auf den Punkt gebracht: "
        "„Die Beratungsstellen brauchen Planungssicherheit.“ Dem stimme ich zu."
    )
    assert speakers(text) == ["Jonas Wiegand"]
    text = (
        "Die Abgeordnete Mira Lorenz fragte nach den Kursen. Später sagte die Kollegin Lorenz: "
        "„Wir bleiben dran.“"
    )
    assert speakers(text) == ["Mira Lorenz"]


def test_no_name_or_a_name_in_a_phrase_gives_no_colleague() -> None:
    text = "Der Kollege aus Hamburg hat es gesagt: „Die Beratungsstellen brauchen Geld.“"
    assert speakers(text) == []
    text = (
        "Die Abgeordnete Mira Lorenz fragte nach den Kursen. Im Antrag der Kollegin Lorenz "
        "heißt es: „Die Kurse werden ausgebaut.“"
    )
    assert speakers(text) == []
