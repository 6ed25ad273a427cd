"""Verbs that attribute a quotation: weak verbs of saying (``erzählen``, ``beteuern``,
``erwidern``, ``wiederholen``) in every word order, and manner verbs (``lachte``, ``seufzte``,
``schmunzelte``, ``scherzte``, ``fragte``) only in the inversion right after the words.

Every passage is invented for this test. Negatives: a thing that tells a story (a film, a
book), a manner verb inside a sentence around a scare quote, a verb of saying whose subject is
no person.
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.speech import SPEECH_PREDICATE
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


# ---------------------------------------------------------------- weak verbs of saying
def test_erzaehlen_after_the_quotation_names_the_speaker() -> None:
    text = "„Am Anfang hatten wir nur zwei Räume“, erzählt Sozialministerin Petra Lindqvist."
    assert speakers(text) == ["Petra Lindqvist"]
    text = (
        "Staatssekretär Jens Ohmstede besuchte am Freitag die Sprachschule in Husum. "
        "„Meine Mutter hat selbst hier Deutsch gelernt“, erzählte Ohmstede den Gästen."
    )
    assert speakers(text) == ["Ohmstede"]  # linked to the full name at resolution


def test_erzaehlen_before_a_colon_or_inside_the_sentence() -> None:
    text = "Senatorin Ilka Brammer erzählte von ihrer ersten Woche im Amt: „Es war laut und schön.“"
    assert speakers(text) == ["Ilka Brammer"]
    assert SPEECH_PREDICATE.search("Sie erzählten von der Reise")


def test_other_weak_verbs_of_saying() -> None:
    text = "„Niemand wird abgeschoben, der hier arbeitet“, beteuerte Innenminister Tom Grabowski."
    assert speakers(text) == ["Tom Grabowski"]
    text = "„Das sehe ich anders“, erwiderte Integrationsministerin Hanna Vossberg."
    assert speakers(text) == ["Hanna Vossberg"]
    text = "„Die Kurse bleiben kostenlos“, wiederholte Staatsrätin Maren Tietjen."
    assert speakers(text) == ["Maren Tietjen"]


def test_a_film_or_book_that_tells_a_story_is_no_speaker() -> None:
    text = "Der Dokumentarfilm „Zwischen zwei Sprachen“ erzählt von drei Familien in Gera."
    assert speakers(text) == []
    text = "Das Buch „Angekommen“ erzählt die Geschichte einer Ärztin aus Aleppo."
    assert speakers(text) == []


# ---------------------------------------------------------------- manner verbs, after only
def test_a_manner_verb_after_the_quotation_names_the_speaker() -> None:
    text = "„Das war knapp“, lachte Staatssekretär Ole Harmsen nach der Abstimmung."
    assert speakers(text) == ["Ole Harmsen"]
    text = "„Noch drei Wochen bis zum Haushalt“, seufzte Sozialsenatorin Birte Kaminski."
    assert speakers(text) == ["Birte Kaminski"]
    text = "„Wer soll das bezahlen?“, fragte Ministerin Aylin Demirtas in die Runde."
    assert speakers(text) == ["Aylin Demirtas"]


def test_a_manner_verb_inside_a_sentence_reports_no_words() -> None:
    text = "Staatssekretär Ole Harmsen lachte über die „Sommerpause“ der Opposition."
    assert speakers(text) == []
    text = "Ministerin Aylin Demirtas fragte nach dem „Fahrplan“ des Bundes."
    assert speakers(text) == []
    assert not SPEECH_PREDICATE.search("Sie lachte über den Witz")
