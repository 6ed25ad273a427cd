"""Quotation frames read from the grammar of set 22's misses (issue 12).

Every passage is invented for this test, each frame with negatives: the source of a stance
or an answer named by "von X" right before the colon (``Unterstützung erhielt er von
Staatssekretärin X: „…“``), a report in the subjunctive that goes on after a sentence closed
by ``…, so X.``, and a possessive in any case before a colon (``hört ihren Lieblingssatz:``).
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def test_the_source_of_a_stance_before_the_colon_speaks() -> None:
    assert speakers(
        "Minister Jan Wolf warb für das Gesetz. Rückendeckung bekam er von Staatssekretärin "
        "Hanna Vogt: „Wir stehen geschlossen hinter dem Entwurf.“"
    ) == ["Hanna Vogt"]
    assert speakers(
        "Kritik kam auch von der Beauftragten Selin Aydın: „Das reicht bei Weitem nicht.“"
    ) == ["Selin Aydın"]


def test_a_person_after_von_that_is_no_source_of_words_does_not_speak() -> None:
    # the stance noun inside a prepositional phrase: the subject answers it
    intro = "Ministerin Eva Kron und Minister Olaf Brink stellten den Bericht vor. "
    assert speakers(intro + "Brink reagierte auf die Kritik von Kron: „Das sehe ich anders.“") == [
        "Olaf Brink"
    ]
    # a meeting with someone: the subject speaks, not the person met
    assert "Hanna Vogt" not in speakers(
        "Minister Jan Wolf traf sich am Montag mit Staatssekretärin Hanna Vogt. Danach sagte "
        "er: „Wir haben viel erreicht.“"
    )


def test_a_subjunctive_report_goes_on_after_a_sentence_closed_by_so_and_a_name() -> None:
    text = (
        "Ministerin Eva Roth besuchte am Montag Kiel. Die Kurse seien gut besucht, so Roth. "
        "Der Bund müsse aber „endlich liefern“."
    )
    assert speakers(text) == ["Eva Roth"]
    # the next sentence is no longer reported speech: no voice for its scare quotes
    indicative = (
        "Ministerin Eva Roth besuchte am Montag Kiel. Die Kurse seien gut besucht, so Roth. "
        "Der Bund muss aber „endlich liefern“."
    )
    assert speakers(indicative) == []
    # a body after "so": no person's words
    body = (
        "Ministerin Eva Roth besuchte am Montag Kiel. Die Kurse seien gut besucht, so der "
        "Landkreis. Der Bund müsse aber „endlich liefern“."
    )
    assert speakers(body) == []


def test_a_possessive_in_any_case_before_the_colon_names_the_owner_of_the_words() -> None:
    assert speakers(
        "Wer mit Staatssekretärin Ina Berger spricht, hört bald ihren Lieblingssatz: "
        "„Teilhabe fängt im Kleinen an.“"
    ) == ["Ina Berger"]
    # a possessive inside a prepositional phrase names no words
    assert (
        speakers(
            "Der Beirat dankte der Staatssekretärin Ina Berger für ihren Einsatz: „Ohne sie ging "
            "nichts.“"
        )
        == []
    )


def test_an_interviews_heading_quotation_is_the_respondents_whom_a_question_addresses() -> None:
    text = (
        "Interview: „Sprache öffnet Türen“\nRadio Nord | 02.03.2024\n\n"
        "Frau Ellerbrock, was brauchen die Kurse?\nMehr Lehrkräfte und verlässliche Mittel.\n\n"
        "Ines Ellerbrock ist Integrationsministerin in Schleswig-Holstein.\n"
    )
    assert speakers(text) == ["Ines Ellerbrock"]
    # no interview: a heading's quotation over a question has no speaker of its own
    text = (
        "Kommentar: „Sprache öffnet Türen“\n\nFrau Ellerbrock, hören Sie zu?\n"
        "Ines Ellerbrock ist Integrationsministerin in Schleswig-Holstein.\n"
    )
    assert speakers(text) == []
    # the addressee unnamed in full elsewhere: no respondent
    text = "Interview: „Sprache öffnet Türen“\n\nFrau Ellerbrock, was brauchen die Kurse?\nMehr Geld.\n"
    assert speakers(text) == []
