"""Speakers reached through reference (issue 12): a pronoun whose person the text names only
afterwards, a pronoun subject of a sentence that quotes a fragment, a headline quotation over
a lead sentence, and a transcript label with a name the lexicon does not know.

Every passage is invented for this test, each frame with two wordings and hard negatives: no
descriptor before the pronoun, a person of the other gender or another role named after it,
a plural pronoun, a headline that is not a paragraph's first line, a heading naming no one.
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


# ---------------------------------------------------------------- a pronoun pointing forward
def test_a_pronoun_after_a_descriptor_points_to_the_role_named_next() -> None:
    text = (
        "Die Senatorin zeigte sich zufrieden. „Das ist ein guter Tag für unsere Stadt“, sagte "
        "sie am Abend. Bremens Sozialsenatorin Anja Kurz hatte lange verhandelt."
    )
    assert speakers(text) == ["Anja Kurz"]
    text = (
        "Der Minister wirkte müde. „Wir haben zwei Nächte lang gerungen“, räumte er ein. "
        "Innenminister Tobias Grell will das Ergebnis am Freitag vorstellen."
    )
    assert speakers(text) == ["Tobias Grell"]


def test_a_forward_pronoun_needs_an_agreeing_descriptor_and_role() -> None:
    # no descriptor before: an unnamed voice
    text = (
        "Eine Frau stand auf. „Wir warten seit Jahren“, sagte sie. Ministerin Jana Roth hörte zu."
    )
    assert speakers(text) == []
    # the person named next has another role
    text = (
        "Die Ministerin war bewegt. „Diese Geschichten gehen mir nahe“, sagte sie. Senatorin "
        "Paula Brandt aus Hamburg kam später dazu."
    )
    assert speakers(text) == []


# ---------------------------------------------------------------- a pronoun subject, a fragment
def test_a_pronoun_subject_of_a_sentence_that_quotes_a_fragment() -> None:
    text = (
        "Ministerin Jana Roth sprach in Kiel vor Ehrenamtlichen. Sie sagte, das Land sei "
        "„auf einem guten Weg“."
    )
    assert speakers(text) == ["Jana Roth"]
    text = (
        "Ein Interview mit Landrat Olaf Weber sorgt für Streit. Zuvor hatte er gesagt, die "
        "Kommunen seien „am Ende ihrer Kräfte“."
    )
    assert speakers(text) == ["Olaf Weber"]


def test_a_plural_or_mismatched_pronoun_subject_names_no_one() -> None:
    text = (
        "Ministerin Jana Roth traf die Verbände. Sie hatten gesagt, die Mittel seien "
        "„viel zu knapp“."
    )
    assert speakers(text) == []
    text = "Senator Paul Berger sprach in Bremen. Sie sagte, die Lage sei „ernst und schwierig“."
    assert speakers(text) == []


# ---------------------------------------------------------------- a headline over a lead
def test_a_headline_quotation_is_spoken_by_the_subject_of_the_lead() -> None:
    text = (
        "Meldungen\n\n„Wir lassen niemanden allein“\nSozialministerin Jana Roth besuchte am "
        "Montag die Erstaufnahme in Neumünster."
    )
    assert speakers(text) == ["Jana Roth"]
    text = (
        "„Sprache öffnet uns jede Tür“\nHamburgs Schulsenator Dr. Felix Brandt hat heute zwanzig "
        "neue Lernhäuser eröffnet."
    )
    assert speakers(text) == ["Felix Brandt"]


def test_a_headline_needs_its_own_paragraph_and_a_speaker_as_subject() -> None:
    # the quotation is no paragraph's first line
    text = (
        "Die Lage ist ernst.\n„Wir lassen niemanden allein“\nSozialministerin Jana Roth "
        "besuchte am Montag die Erstaufnahme."
    )
    assert speakers(text) == []
    # a title over an event notice names no speaker
    text = "Meldungen\n\n„Ehrenamt stärken“\nFachtag in Kiel mit Ministerin Jana Roth."
    assert speakers(text) == []
    # a title (no first or second person) over a sentence about someone
    text = "„Ankommen in Kiel“\nMinisterin Jana Roth besuchte am Montag die Erstaufnahme."
    assert speakers(text) == []


# ---------------------------------------------------------------- transcript labels
def test_a_label_with_a_given_name_before_an_unusual_family_name() -> None:
    text = (
        "Mitschrift der Pressekonferenz\n"
        "Regierungssprecherin Eva Kleinländer: Guten Morgen. Ich gebe das Wort weiter.\n"
        "Ministerin Ilka Sommer: Danke. Wir verlängern das Programm um zwei Jahre.\n"
        "Frage (NDR): Wie viele Familien betrifft das?\n"
        "Ministerin Sommer: Etwa dreihundert im Jahr.\n"
    )
    assert speakers(text) == ["Eva Kleinländer", "Ilka Sommer"]


# ---------------------------------------------------------------- reported fragments
def test_a_short_lower_case_fragment_reported_with_laut() -> None:
    assert speakers("Laut Ministerin Jana Roth ist die Reform „überfällig“.") == ["Jana Roth"]
    text = "Die Zahl der Kurse hat sich laut Senatorin Eva Brandt „verdoppelt“."
    assert speakers(text) == ["Eva Brandt"]
    # a capitalised short quotation after "laut" is a name or a title
    assert speakers("Laut Ministerin Jana Roth heißt das Programm „Start“.") == []
    assert speakers("Laut Senator Paul Berger kommt „Neustart“ gut an.") == []


# ---------------------------------------------------------------- whose words are read out
def test_a_document_read_out_is_its_authors_words() -> None:
    text = "Ministerin Jana Roth las aus dem Brief einer Schülerin vor: „Ich möchte hier bleiben.“"
    assert speakers(text) == []
    text = (
        "Senator Paul Berger zitierte aus dem Schreiben von Amira Kolb: „Wir warten seit Jahren.“"
    )
    assert speakers(text) == ["Amira Kolb"]
    # her own letter, or plain speech
    text = "Ministerin Jana Roth zitierte aus ihrem Brief: „Wir wollen arbeiten.“"
    assert speakers(text) == ["Jana Roth"]


def test_words_from_someones_circle_are_not_theirs() -> None:
    text = "„Wir sind sehr zufrieden“, heißt es aus dem Umfeld von Ministerin Jana Roth."
    assert speakers(text) == []
    text = "Aus Kreisen um Innenminister Karl Lenz hieß es: „Der Minister prüft das genau.“"
    assert speakers(text) == []
    # a statement of the person's own
    text = "„Wir sind sehr zufrieden“, heißt es in einer Mitteilung von Ministerin Jana Roth."
    assert speakers(text) == ["Jana Roth"]


# ---------------------------------------------------------------- views and reported mood
def test_a_view_opened_by_fuer_x_ist_klar() -> None:
    assert speakers("Für Senator Paul Berger ist klar: „So kann es nicht weitergehen.“") == [
        "Paul Berger"
    ]
    text = "Für Hamburgs Senatorin Eva Brandt gilt: „Wer arbeitet, soll bleiben dürfen.“"
    assert speakers(text) == ["Eva Brandt"]
    # the view of a body the person is only attached to
    text = "Für die Schulen von Senator Paul Berger ist klar: „Es fehlt an Personal.“"
    assert speakers(text) == []


def test_lautet_first_names_the_owner_of_the_words() -> None:
    text = "„Integration ist keine Einbahnstraße“, lautet das Credo von Ministerin Jana Roth."
    assert speakers(text) == ["Jana Roth"]
    text = "„Integration ist keine Einbahnstraße“, lautet der Titel der neuen Broschüre."
    assert speakers(text) == []


def test_reported_speech_in_the_subjunctive_after_a_colon_or_a_sentence_about_one_person() -> None:
    text = "Die Integrationsbeauftragte Eva Brandt ist zufrieden: Die Zahlen seien „ermutigend“."
    assert speakers(text) == ["Eva Brandt"]
    text = "Minister Karl Lenz sieht Fortschritte. Die Zahl der Kurse sei „deutlich gestiegen“."
    assert speakers(text) == ["Karl Lenz"]
    # the subject before the verb, not the object after it
    text = "Ministerin Jana Roth lobte Senator Paul Berger. Die Zusammenarbeit sei „hervorragend“."
    assert speakers(text) == ["Jana Roth"]


def test_no_reported_speech_without_the_subjunctive_or_with_a_voice_of_its_own() -> None:
    assert speakers("Ministerin Jana Roth kam. Die Lage ist „angespannt“.") == []
    text = "Die Studie von Professorin Anna Kolb liegt vor. Die Lage sei „dramatisch“."
    assert speakers(text) == []
    text = "Ministerin Jana Roth kam zur Eröffnung. Das Projekt „Lesen sei Dank“ läuft seit Mai."
    assert speakers(text) == []


# ---------------------------------------------------------------- party members as descriptors
def test_a_party_member_or_field_politician_refers_back() -> None:
    text = (
        "Senator Paul Berger (SPD) verteidigte den Kurs. Die Kritik sei „nicht "
        "nachvollziehbar“, so der Sozialdemokrat."
    )
    assert speakers(text) == ["Paul Berger"]
    text = (
        "Ministerin Jana Roth kam nach Kiel. „Wir bleiben dran“, sagte die Integrationspolitikerin."
    )
    assert speakers(text) == ["Jana Roth"]
    text = "Minister Karl Lenz warb für das Gesetz. „Es ist überfällig“, sagte der CDU-Mann."
    assert speakers(text) == ["Karl Lenz"]


def test_a_descriptor_that_agrees_with_no_one_leaves_the_quotation_unattributed() -> None:
    # the attribution names a man; the only person named before is a woman
    text = "Ministerin Jana Roth kam nach Kiel. „Wir bleiben dran“, sagte der Sozialdemokrat."
    assert speakers(text) == []


def test_a_text_that_opens_with_a_quotation_and_a_pronoun_names_the_speaker_next() -> None:
    text = (
        "Kiel (dpa) - „Die Kommunen brauchen Hilfe“, betonte sie am Montag. Sozialministerin "
        "Jana Roth sprach vor dem Landtag."
    )
    assert speakers(text) == ["Jana Roth"]
    text = (
        "Bad Segeberg. „Wir bauen weiter“, versprach er. Landrat Olaf Weber eröffnete die "
        "neue Unterkunft."
    )
    assert speakers(text) == ["Olaf Weber"]
    # an unnamed voice before it, or a pronoun of the other gender
    text = (
        "Eine Frau stand auf. „Wir warten seit Jahren“, sagte sie. Ministerin Jana Roth hörte zu."
    )
    assert speakers(text) == []
    text = "„Die Kommunen brauchen Hilfe“, betonte er. Ministerin Jana Roth sprach in Kiel."
    assert speakers(text) == []


def test_the_subjunctive_rule_leaves_names_titles_and_other_voices_alone() -> None:
    text = "Ministerin Jana Roth eröffnete die Ausstellung. Der Titel sei „Heimat im Koffer“."
    assert speakers(text) == []
    text = (
        "Ministerin Jana Roth kritisierte den Bund. Die Pläne seien „völlig unzureichend“, "
        "heißt es in einer Erklärung des Landkreistages."
    )
    assert speakers(text) == []
    assert speakers("Minister Karl Lenz sieht Fortschritte. Das sei „Heimat“.") == []
