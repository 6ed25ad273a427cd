"""Quotation frames of issue 12 read from the grammar of set 6's and set 9's misses.

Every passage is invented for this test (different genres and wordings), each frame with hard
negatives: the owner of recalled words before a colon (``an einen Satz der früheren
Beauftragten X:``), the writer of a letter the sentence before names (``Darin heißt es:``), a
fronted participle after the quotation (``Gesagt hat ihn X``), role nouns with transliterated
umlauts (``Staatssekretaerin``), family names given in full before, predicates of calling
(``verteidigte die Karte als „…“``), a named person after the quotation outweighing an anaphor
before its colon, a report that goes on in the subjunctive after ``…, sagte sie.``, a person
called by the given name alone, and labels of transcripts (a questioner named in brackets, a
full name in a plenary record, a role after a comma that lists fields).
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.lexicon import role_class
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


# ---------------------------------------------------------------- words owned by someone else
def test_recalled_words_are_their_owners() -> None:
    assert speakers(
        "Potsdam. Beim Festakt zitierte Ministerpräsident Jonas Wehrle die Worte seiner "
        "Vorgängerin Ilse Marten: „Wer bleibt, gehört dazu.“"
    ) == ["Ilse Marten"]
    assert speakers(
        "Kiel. Staatssekretär Ole Brandt griff einen Satz der verstorbenen Beauftragten "
        "Dora Keller auf: „Integration ist keine Einbahnstraße.“"
    ) == ["Dora Keller"]
    # the speaker quotes his own appeal: the owner phrase names no person
    assert speakers(
        "Mainz. Minister Paul Richter wiederholte den Appell des Landes an die Kommunen: "
        "„Schafft mehr Plätze in den Kitas.“"
    ) == ["Paul Richter"]


def test_the_letter_of_the_sentence_before_is_its_writers() -> None:
    assert speakers(
        "Hannover. In einem Schreiben an die Landkreise warnt Innenministerin Greta Pohl vor "
        "Engpässen. Darin heißt es: „Die Lage in den Unterkünften bleibt angespannt.“"
    ) == ["Greta Pohl"]
    assert speakers(
        "Erfurt. Sozialminister Dirk Anders hat einen Gastbeitrag für diese Zeitung verfasst. "
        "In seinem Beitrag heißt es: „Wir dürfen die Kommunen nicht allein lassen.“"
    ) == ["Dirk Anders"]


def test_a_letter_received_or_a_report_quotes_no_one() -> None:
    # the minister received the letter: its writers are the parents, no one named
    assert (
        speakers(
            "Schwerin. Ministerin Lea Voigt erhielt einen Brief von Eltern aus Rostock. Darin "
            "heißt es: „Unsere Kinder warten seit Monaten auf einen Kitaplatz.“"
        )
        == []
    )
    # a report is no one's words
    assert (
        speakers(
            "Bremen. Senatorin Maja Kern stellte den Jahresbericht vor. Darin heißt es: „Die "
            "Zahl der Einbürgerungen ist deutlich gestiegen.“"
        )
        == []
    )


# ---------------------------------------------------------------- attribution after the quote
def test_a_fronted_participle_names_the_speaker_after_it() -> None:
    assert speakers(
        "LEITARTIKEL\n„Wir schaffen das nur gemeinsam.“ Gesagt hat diesen Satz ausgerechnet "
        "Hessens Sozialministerin Nora Vogt, vor einem Jahr in Fulda."
    ) == ["Nora Vogt"]
    assert speakers(
        "„Niemand wird zurückgelassen.“ Geschrieben hatte diese Zeilen Staatsrat Jan Ohlsen "
        "in seinem ersten Grußwort."
    ) == ["Jan Ohlsen"]
    # a participle in its ordinary place is no attribution of the quotation before
    assert speakers("„Neue Wege“ heißt die Reihe. Gesagt ist damit noch nichts.") == []


def test_transliterated_umlauts_in_role_nouns() -> None:
    assert role_class("Staatssekretaerin") == "Staatssekretaer"
    assert role_class("Auslaenderbeauftragte") == "Beauftragte"
    assert role_class("Ministerpraesident") == "Regierungschef"
    assert speakers(
        '"Wir brauchen mehr Lehrkraefte", sagte Staatssekretaerin Dr. Ute Brand in Celle.'
    ) == ["Ute Brand"]


# ---------------------------------------------------------------- inside the sentence
def test_a_family_name_given_in_full_before_is_the_subject() -> None:
    assert speakers(
        "Dresden. Sachsens Integrationsministerin Petra Hain will mehr Kurse. Hain selbst "
        "hatte im Landtag von einer „Aufgabe für das ganze Land“ gesprochen."
    ) == ["Petra Hain"]
    # the name after a preposition is spoken about
    assert (
        speakers(
            "Dresden. Sachsens Integrationsministerin Petra Hain will mehr Kurse. Über Hain "
            "schrieb die Zeitung von einer „Ministerin im Dauerstress“."
        )
        == []
    )


def test_predicates_of_calling_with_als() -> None:
    assert speakers(
        "Stuttgart. Innenminister Ralf Keller verteidigte das Verfahren als „Beitrag zu mehr "
        "Ordnung“."
    ) == ["Ralf Keller"]
    assert speakers(
        "Kiel. Die Abgeordnete Mara Lind hat der Regierung vorgeworfen, die Kommunen „im "
        "Regen stehen“ zu lassen."
    ) == ["Mara Lind"]


def test_a_named_speaker_after_the_quote_outweighs_an_anaphor_before_the_colon() -> None:
    assert speakers(
        "Gera. „Endlich kann ich arbeiten“, sagte Samira Nouri. Auch ihr Chef ist froh: "
        "„Ohne sie wäre die Schicht nicht besetzt“, sagt Schichtleiter Uwe Brandt."
    ) == ["Samira Nouri", "Uwe Brandt"]
    # with a pronoun after the quotation the anaphor before the colon stands
    assert speakers(
        "Gera. „Endlich kann ich arbeiten“, sagte Samira Nouri. Ihr Fazit nach einem Monat: "
        "„Es war die richtige Entscheidung“, sagte sie."
    ) == ["Samira Nouri"]


def test_a_report_goes_on_in_the_subjunctive() -> None:
    assert speakers(
        "Mainz. Integrationsministerin Jana Roth hat mehr Geld verlangt. Die Länder könnten "
        "das nicht allein stemmen, sagte sie im SWR. Der Bund müsse sich „auf Dauer“ beteiligen."
    ) == ["Jana Roth"]
    # a plural voice: no one
    assert (
        speakers(
            "Mainz. Integrationsministerin Jana Roth traf die Landräte. Die Kreise könnten das "
            "nicht allein stemmen, sagten sie. Der Bund müsse sich „auf Dauer“ beteiligen."
        )
        == []
    )


def test_a_person_called_by_the_given_name_alone() -> None:
    assert speakers(
        "Jena. Die zwölfjährige Mira fragte den Minister nach ihrer Schule. Mira war danach "
        "zufrieden: „Er hat mir richtig zugehört.“"
    ) == ["Mira"]
    # a pronominal adverb that is also a given name opens no speaker
    assert (
        speakers(
            "Jena. Das Ministerium legte einen Bericht vor. Darin steht der Satz: „Die Kurse sind "
            "voll.“"
        )
        == []
    )


# ---------------------------------------------------------------- labels of transcripts
def test_a_questioner_named_in_brackets() -> None:
    text = (
        "Landespressekonferenz, 3. März 2025 – Wortprotokoll\n"
        "Minister Dr. Karl Wendt: Wir legen heute den Bericht vor.\n"
        "Frage (Nordkurier, Lisa Brandt): Wann kommen die neuen Stellen?\n"
        "Minister Dr. Wendt: Noch in diesem Jahr, so ist es geplant.\n"
    )
    assert speakers(text) == ["Karl Wendt", "Lisa Brandt"]
    # a bracket with a medium only names no one
    assert speakers(text.replace("Nordkurier, Lisa Brandt", "Nordkurier")) == ["Karl Wendt"]


def test_full_names_label_turns_of_a_plenary_record() -> None:
    text = (
        "Plenarprotokoll 8/12\n\n"
        "Vizepräsident Thomas Lange:\n"
        "Ich erteile nun der Ministerin für Soziales, Gesundheit und Integration das Wort.\n"
        "Anna Weber, Ministerin für Soziales, Gesundheit und Integration:\n"
        "Herr Präsident! Meine Damen und Herren! Wir investieren in die Kommunen.\n"
    )
    assert speakers(text) == ["Anna Weber", "Thomas Lange"]


def test_a_contact_line_labels_no_speaker() -> None:
    text = (
        "Pressemitteilung\n"
        "Ministerin Eva Kohl: Wir öffnen zwei neue Beratungsstellen im Land.\n"
        "Pressekontakt Jana Berg: Telefon 0385 588 1234 oder per E-Mail.\n"
    )
    assert "Jana Berg" not in speakers(text)
