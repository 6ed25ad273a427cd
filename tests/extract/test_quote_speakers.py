"""Who speaks a quotation, from the grammar of the sentence around it.

Rules: guillemets in both directions; an attribution line under a quotation; a noun before a
given name describes the speaker; a predicate of saying or attitude inside the sentence
(``spricht von``, ``nannte … ein``, ``warf … vor``, ``zog Bilanz``, ``zeigte sich überzeugt``)
with the person as its subject, not a person inside a prepositional phrase; a pronoun as the
subject before a colon; a short continuation that is a whole sentence.

Every passage is invented for this test, with hard negatives: scare quotes and names of
things, no person as subject, plural pronouns, navigation marks, persons in a prepositional
phrase.
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quote_spans, find_quotes
from intgraph.language.speech import SPEECH_PREDICATE
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def spans(text: str) -> list[str]:
    return [text[a:b] for _, _, a, b in find_quote_spans(text)]


# ---------------------------------------------------------------- guillemets, both directions
def test_swiss_guillemets_open_with_left_pointing_mark() -> None:
    text = "«Wir brauchen jede Hand», sagte Landrätin Julia Ernst in Lörrach."
    assert spans(text) == ["Wir brauchen jede Hand"]
    assert speakers(text) == ["Julia Ernst"]
    text = "Kammerpräsident Udo Brandl stimmte zu: «In jeder Werkstatt fehlt jemand.»"
    assert speakers(text) == ["Udo Brandl"]


def test_german_guillemets_still_open_with_right_pointing_mark() -> None:
    text = "Senator Olaf Kern sagte: »Das Amt arbeitet am Limit.« Dann ging er."
    assert spans(text) == ["Das Amt arbeitet am Limit."]
    assert speakers(text) == ["Olaf Kern"]


def test_a_guillemet_that_closes_a_word_or_points_to_a_link_opens_nothing() -> None:
    assert spans("Mehr Meldungen »\nKontakt | Impressum") == []
    assert spans("Alle Termine » Presse » Archiv") == []


# ---------------------------------------------------------------- attribution line under it
def test_attribution_line_under_a_quotation() -> None:
    text = (
        "Zitat des Monats\n"
        '"Sprache öffnet Türen, die sonst verschlossen bleiben."\n'
        "– Ministerin Carla Voigt beim Sprachfest, 3. Mai 2024\n"
    )
    assert speakers(text) == ["Carla Voigt"]
    text = "„Ankommen braucht Zeit.“\n— Staatsrat Malte Jessen, Neujahrsempfang\n"
    assert speakers(text) == ["Malte Jessen"]


def test_a_line_under_a_motto_without_a_person_names_no_speaker() -> None:
    text = "„Gemeinsam stark“\n– Programm der Woche der Vielfalt 2024\n"
    assert speakers(text) == []


# ---------------------------------------------------------------- a noun before a given name
def test_a_noun_before_a_given_name_describes_the_speaker() -> None:
    text = "„Die Nachfrage ist riesig“, berichtet Kursleiterin Gabi Lorenz aus Gießen."
    assert speakers(text) == ["Gabi Lorenz"]
    text = "„Ohne Kita kein Kurs“, so Schulleiter Jonas Weidner."
    assert speakers(text) == ["Jonas Weidner"]


# ---------------------------------------------------------------- predicates inside the sentence
def test_speech_predicates_inside_the_sentence() -> None:
    assert SPEECH_PREDICATE.search("Die Ministerin zog eine nüchterne Bilanz")
    assert SPEECH_PREDICATE.search("Er zeigte sich zuversichtlich")
    assert not SPEECH_PREDICATE.search("Er zeigte den Gästen das Haus")
    assert SPEECH_PREDICATE.search("Die Abgeordnete warf ihm vor,")
    assert not SPEECH_PREDICATE.search("Er warf den Ball")
    text = "Senator Olaf Kern spricht lieber von einer „Daueraufgabe“."
    assert speakers(text) == ["Olaf Kern"]
    text = "Die Fraktionschefin Hanna Moll nannte den Entwurf eine „Mogelpackung“."
    assert speakers(text) == ["Hanna Moll"]
    text = "Die Abgeordnete Lea Sommer warf der Regierung vor, „die Kommunen allein zu lassen“."
    assert speakers(text) == ["Lea Sommer"]


def test_no_person_as_subject_or_a_term_is_no_quotation() -> None:
    # an authority's label, a scare-quoted term, the name of an initiative
    assert speakers("Das Amt nennt das Verfahren intern einen „Beschleuniger“.") == []
    assert speakers("Kritiker halten die sogenannte „Bleibegarantie“ für Werbung.") == []
    text = "Staatssekretär Tom Berger lobte die Initiative „Start in Arbeit“ als Vorbild."
    assert speakers(text) == []
    text = "Ministerin Eva Brandt kritisierte die sogenannte „Obergrenze“ scharf."
    assert speakers(text) == []


def test_a_person_in_a_prepositional_phrase_is_no_subject() -> None:
    text = (
        "Beim Treffen mit Senatorin Anna Kolb wurde deutlich, dass die „Plätze längst belegt“ sind."
    )
    assert speakers(text) == []


# ---------------------------------------------------------------- the subject of the verb
def test_the_subject_of_the_verb_speaks_not_a_name_elsewhere_in_the_clause() -> None:
    intro = "Innenministerin Petra Roth und Sozialminister Jan Lang stellten den Bericht vor. "
    assert speakers(intro + "Über die Pläne von Roth sagte Lang: „Wir gehen den Weg weiter.“") == [
        "Jan Lang"
    ]
    assert speakers(intro + "Lang antwortete auf die Kritik von Roth: „Das sehe ich anders.“") == [
        "Jan Lang"
    ]
    text = intro + "Im Gespräch mit Lang erklärte Roth: „Die Zahlen sprechen für sich.“"
    assert speakers(text) == ["Petra Roth"]


# ---------------------------------------------------------------- a pronoun before the colon
def test_a_pronoun_subject_before_the_colon() -> None:
    text = (
        "Minister Stefan Albers sprach lange über die Geschichte der Anwerbung. "
        "Dann wurde er deutlich: „Wer hier arbeitet, gehört dazu.“"
    )
    assert speakers(text) == ["Stefan Albers"]
    text = (
        "Sozialministerin Eva Brandt besuchte die Berufsschule. "
        "Sie zeigte sich beeindruckt: „Hier wird Integration gelebt.“"
    )
    assert speakers(text) == ["Eva Brandt"]


def test_a_plural_pronoun_or_a_thing_before_the_colon_names_no_one() -> None:
    text = (
        "Die Landräte Eva Brandt und Tom Berger besuchten die Schule. "
        "Sie zeigten sich beeindruckt: „Hier wird Integration gelebt.“"
    )
    assert speakers(text) == []
    text = "Ministerin Eva Brandt eröffnete die Messe. Sie trägt einen Namen: „Vielfalt verbindet“."
    assert speakers(text) == []


# ---------------------------------------------------------------- a short continuation
def test_a_short_continuation_that_is_a_sentence_keeps_its_speaker() -> None:
    text = (
        "„Wir fangen nicht bei null an“, sagte Ministerin Eva Brandt. Sie blickte in den Saal. "
        "„Wir halten Wort.“"
    )
    assert speakers(text) == ["Eva Brandt"]
    text = "„Wir fangen nicht bei null an“, sagte Ministerin Eva Brandt. „Das Programm läuft.“"
    assert len(find_quotes(TextIndex(text))[0]) == 2


def test_a_short_title_after_a_quotation_is_no_continuation() -> None:
    text = (
        "„Wir fangen nicht bei null an“, sagte Ministerin Eva Brandt. "
        "Das Programm „Start Deutsch“ läuft weiter."
    )
    assert [q.text for q in find_quotes(TextIndex(text))[0]] == ["Wir fangen nicht bei null an"]


# ---------------------------------------------------------------- adverbials before the subject
def test_subject_after_adverbials_in_an_inverted_clause() -> None:
    quote = "„Wir brauchen mehr Plätze“, "
    assert speakers(quote + "sagte am Dienstag in Hannover Innenministerin Petra Roth.") == [
        "Petra Roth"
    ]
    assert speakers(quote + "zeigte sich Senator Olaf Kern überzeugt.") == ["Olaf Kern"]
    assert speakers(quote + "mahnt auch der Städtetag-Präsident Udo Brandl.") == ["Udo Brandl"]


def test_a_person_after_a_preposition_or_in_a_subordinate_clause_is_no_subject() -> None:
    quote = "„Wir brauchen mehr Plätze“, "
    text = quote + "erklärte am Abend in einem Brief an Ministerin Petra Roth der Verband."
    assert speakers(text) == []
    text = quote + "sagte die Sprecherin, nachdem Ministerin Petra Roth gegangen war."
    assert speakers(text) == []


# ---------------------------------------------------------------- documents and named things
def test_a_document_quoted_with_its_author_in_a_phrase_is_no_persons_quote() -> None:
    text = "In dem von Ministerin Petra Roth vorgelegten Bericht heißt es: „Die Lage bleibt ernst.“"
    assert speakers(text) == []
    text = "Im Koalitionsvertrag von Ministerpräsident Jan Lang steht: „Wir stärken die Kommunen.“"
    assert speakers(text) == []
    # a phrase with "von" opening the clause is its source
    text = "Von Ministerin Petra Roth kam prompt die Antwort: „Die Lage bleibt ernst.“"
    assert speakers(text) == ["Petra Roth"]


def test_the_name_of_a_book_or_project_after_its_noun_is_no_quotation() -> None:
    assert speakers("Ministerin Petra Roth stellte das Buch „Ankommen in Deutschland“ vor.") == []
    assert speakers("Ministerin Petra Roth lobte das Modellprojekt „Brücken bauen“.") == []
    # a quoted phrase after a preposition of speaking stays hers
    assert speakers("Ministerin Petra Roth sprach von einer „historischen Chance“.") == [
        "Petra Roth"
    ]


# ---------------------------------------------------------------- media names, teasers, paragraphs
def test_a_newspapers_name_in_quotation_marks_is_no_quotation() -> None:
    text = "Ministerin Petra Roth sagte der „Süddeutschen Zeitung“, man müsse mehr tun."
    assert speakers(text) == []
    text = "Senator Olaf Kern erklärte im „Tagesspiegel“, die Ämter seien überlastet."
    assert speakers(text) == []
    # a phrase of hers that merely contains such a noun stays a quotation
    assert speakers("Ministerin Petra Roth sprach von der „Zeit der Ernte“.") == ["Petra Roth"]


def test_a_teaser_headed_by_a_full_name() -> None:
    assert speakers("„Wir haben viel erreicht“ – Petra Roth zieht Bilanz\n\nText.") == [
        "Petra Roth"
    ]
    assert speakers("„Kein Kind bleibt zurück“ – Jonas Weidner über seine Schule") == [
        "Jonas Weidner"
    ]
    # a dash before a common noun names no one
    assert speakers("„Gemeinsam stark“ – Kampagne des Landes startet") == []


def test_a_speakers_words_continue_in_the_next_paragraph() -> None:
    text = (
        "Die Beauftragte Petra Roth sagte: „Wir haben viel erreicht.“\n\n"
        "„Aber wir sind nicht am Ziel. Die Kommunen brauchen mehr Personal.“"
    )
    assert [q.speaker.name for q in find_quotes(TextIndex(text))[0]] == ["Petra Roth"] * 2


def test_a_paragraph_between_ends_the_speakers_words() -> None:
    text = (
        "Die Beauftragte Petra Roth sagte: „Wir haben viel erreicht.“ Dann ging sie.\n\n"
        "„Wir sind nicht am Ziel, und die Kommunen brauchen mehr Personal.“"
    )
    assert [q.speaker.name for q in find_quotes(TextIndex(text))[0]] == ["Petra Roth"]


# ---------------------------------------------------------------- verbs of thinking after the quote
def test_verbs_of_thinking_attribute_a_quotation_they_follow() -> None:
    quote = "„Das Modell macht Schule“, "
    assert speakers(quote + "findet Sozialministerin Eva Brandt.") == ["Eva Brandt"]
    assert speakers(quote + "ist sich Senator Olaf Kern sicher.") == ["Olaf Kern"]
    assert speakers(quote + "hofft die Beauftragte Anna Kolb.") == ["Anna Kolb"]
    text = "„Das Modell macht Schule“: Mit diesen Worten eröffnete Senator Olaf Kern den Tag."
    assert speakers(text) == ["Olaf Kern"]


def test_verbs_of_thinking_inside_a_sentence_report_no_words() -> None:
    assert speakers("Ministerin Eva Brandt hofft auf eine „Trendwende“.") == []
    text = "Die Messe heißt „Vielfalt verbindet“: Sozialministerin Eva Brandt eröffnet sie."
    assert speakers(text) == []


def test_attitude_predicates_with_a_pronoun_before_the_colon() -> None:
    intro = "Sozialministerin Eva Brandt besuchte die Berufsschule in Gotha. "
    assert speakers(intro + "Sie ist sich sicher: „Das Modell macht Schule.“") == ["Eva Brandt"]
    text = intro + "Sie bringt es auf den Punkt: „Ohne Sprache keine Ausbildung.“"
    assert speakers(text) == ["Eva Brandt"]


# ---------------------------------------------------------------- a descriptor pointing forward
def test_a_descriptor_before_any_name_refers_to_the_person_named_next() -> None:
    text = (
        "Der Senator blieb gelassen: „Wir haben Reserven.“ Olaf Kern (SPD) verwies auf die "
        "neuen Wohnheime."
    )
    assert speakers(text) == ["Olaf Kern"]
    text = (
        "„Die Beratung braucht verlässliches Geld“, betonte die Beauftragte. Zuvor hatte "
        "Anna Kolb die Träger besucht."
    )
    assert speakers(text) == ["Anna Kolb"]


def test_a_descriptor_points_forward_only_to_an_agreeing_name_nearby() -> None:
    text = "„Wir haben Reserven“, sagte die Ministerin. Danach sprach Tom Berger über Wohnungen."
    assert speakers(text) == []
    text = "„Wir haben Reserven“, sagte die Ministerin.\n\nAm Abend sprach Anna Kolb im Rathaus."
    assert speakers(text) == []


# ---------------------------------------------------------------- a fragment in reported speech
def test_the_attribution_after_a_clause_with_a_quoted_fragment() -> None:
    text = (
        "Senatorin Anna Kolb besuchte die Unterkunft. Man sei „auf einem guten Weg“, sagte "
        "die Senatorin, es fehle aber an Personal."
    )
    assert speakers(text) == ["Anna Kolb"]
    text = "Die Zahl habe sich „fast verdoppelt“, erklärte Landrat Udo Brandl am Montag."
    assert speakers(text) == ["Udo Brandl"]


def test_a_quotation_named_as_a_subject_is_not_spoken() -> None:
    text = (
        "„Wir schaffen das“, „Es reicht“ – solche Parolen hörte man damals oft, erinnert "
        "der Historiker Jan Vogt."
    )
    assert speakers(text) == []


# ---------------------------------------------------------------- "dieser Satz", "mit diesem Satz"
def test_a_sentence_named_as_a_persons_words() -> None:
    text = "„Wir lassen niemanden allein“ – mit diesem Satz eröffnete Anna Kolb die Tagung."
    assert speakers(text) == ["Anna Kolb"]
    text = "„Arbeit ist Teilhabe“ – dieser Satz von Senator Olaf Kern steht über dem Programm."
    assert speakers(text) == ["Olaf Kern"]
    assert speakers("„Gemeinsam stark“ – dieser Slogan ziert die Plakate der Stadt.") == []


# ---------------------------------------------------------------- the perfect tense
def test_an_attribution_in_the_perfect_tense() -> None:
    text = "„Wer hier arbeitet, gehört dazu“, hat Senatorin Anna Kolb einmal gesagt."
    assert speakers(text) == ["Anna Kolb"]
    text = (
        "Ministerin Eva Brandt war zu Gast. „Das bleibt eine Daueraufgabe“, hatte die "
        "Ministerin bereits im Mai betont."
    )
    assert speakers(text) == ["Eva Brandt"]
    text = (
        "„Das bleibt eine Daueraufgabe“, hatte der Bericht der Kommission schon 2019 festgehalten."
    )
    assert speakers(text) == []


# ---------------------------------------------------------------- transcripts and captions
def test_transcript_labels_with_a_role_in_brackets() -> None:
    text = (
        "Pressekonferenz, 3. März 2021\n"
        "Moderatorin: Wir beginnen.\n"
        "Jana Ernst (Integrationsministerin): Danke. Die Zahl der Kurse ist gestiegen.\n"
        "Frage RBB: Reicht das?\n"
        "Jana Ernst: Nein, wir brauchen mehr Lehrkräfte.\n"
    )
    assert speakers(text) == ["Jana Ernst"]


def test_a_caption_line_under_a_quotation_box() -> None:
    text = (
        "Zitat\n„Wer Sprache lernt, gewinnt Freiheit.“\n"
        "Prof. Dr. Jana Ernst, Leiterin des Instituts für Migrationsforschung\n"
    )
    assert speakers(text) == ["Jana Ernst"]
    # a sentence that starts with a name on the next line is no caption
    text = "„Willkommen in Kiel“\nAnna Kolb kam 2015 nach Kiel und leitet heute den Verein.\n"
    assert speakers(text) == []


# ---------------------------------------------------------------- more predicates, short answers
def test_more_predicates_of_saying() -> None:
    text = "Später meldete sich Landrat Udo Brandl zu Wort: Man werde „alle Hallen öffnen“."
    assert speakers(text) == ["Udo Brandl"]
    text = (
        "Sozialministerin Eva Brandt sprach in Erfurt. Sie ließ keinen Zweifel: "
        "„Die Kurse werden weiter finanziert.“"
    )
    assert speakers(text) == ["Eva Brandt"]
    text = (
        "Senatorin Anna Kolb eröffnete das Büro. Ihr Leitsatz steht in großen Buchstaben an "
        "der Wand: „Hier wird niemand abgewiesen.“"
    )
    assert speakers(text) == ["Anna Kolb"]


def test_a_short_answer_after_a_colon() -> None:
    text = "Senator Olaf Kern war in Eile. Auf die Frage nach Zahlen antwortete er knapp: „Nein.“"
    assert speakers(text) == ["Olaf Kern"]
    text = "Senator Olaf Kern stellte den Plan vor. Sein Thema: „Arbeit.“"
    assert speakers(text) == []


# ---------------------------------------------------------------- descriptors by function or age
def test_a_descriptor_refers_to_the_person_introduced_with_it() -> None:
    text = (
        "Ministerin Eva Brandt und Landrat Udo Brandl besuchten die Schule. "
        "„Wir brauchen Tempo“, sagte der Landrat."
    )
    assert speakers(text) == ["Udo Brandl"]
    assert speakers(text.replace("der Landrat", "die Ministerin")) == ["Eva Brandt"]


def test_a_descriptor_by_age_or_trade_refers_to_a_person_without_office() -> None:
    text = (
        "Lea Sommer leitet das Welcome Center in Kiel. Die 41-Jährige sagt: „Wir brauchen Tempo.“"
    )
    assert speakers(text) == ["Lea Sommer"]
    text = "Die Sprecherin des Vereins, Lea Sommer, war da. „Wir brauchen Tempo“, sagte die Sprecherin."
    assert speakers(text) == ["Lea Sommer"]
    # the article gives a nominalised adjective's gender: "die 41-Jährige" is not Jonas
    text = "Jonas Weidner leitet das Welcome Center. „Wir brauchen Tempo“, sagt die 41-Jährige."
    assert speakers(text) == []


def test_a_descriptor_with_an_attribute_names_someone_unnamed() -> None:
    text = (
        "„Die Zahlen liegen noch nicht vor“, sagte die Sprecherin des Ministeriums. "
        "Ministerin Petra Roth will das Gesetz im Herbst vorlegen."
    )
    assert speakers(text) == []


# ---------------------------------------------------------------- coordinated speakers, interviews
def test_two_speakers_each_with_a_role() -> None:
    text = "„Das ist ein starkes Signal“, erklärten Ministerin Petra Roth und Senator Olaf Kern."
    assert speakers(text) == ["Olaf Kern", "Petra Roth"]
    # "und" before a verb joins no second speaker
    text = "„Das ist ein starkes Signal“, sagte Ministerin Petra Roth und verwies auf die Kosten."
    assert speakers(text) == ["Petra Roth"]


def test_an_interview_headed_by_the_respondents_name() -> None:
    text = (
        "Senatorin Anna Kolb (SPD) im Interview:\n\n"
        "Frau Kolb, reicht das Geld?\n\n"
        "„Nein, wir brauchen mehr Stellen in den Ämtern.“\n"
    )
    assert speakers(text) == ["Anna Kolb"]
    # a sentence that ends with "im Gespräch" is no heading
    text = "Darüber sprach Anna Kolb gestern im Gespräch.\n\nWie geht es weiter?\n\nDas weiß niemand so genau heute."
    assert speakers(text) == []


def test_plenary_labels_with_a_role_after_a_comma() -> None:
    text = (
        "Plenarprotokoll 8/17\n\n"
        "Präsidentin Maria Hahn: Ich eröffne die Aussprache.\n\n"
        "Petra Roth, Ministerin für Soziales: Vielen Dank. Wir stocken die Kurse auf.\n\n"
        "(Beifall)\n\n"
        "Präsidentin Maria Hahn: Weitere Wortmeldungen liegen nicht vor.\n"
    )
    assert speakers(text) == ["Maria Hahn", "Petra Roth"]
    # a line that opens with a word and a comma before a colon is no label
    text = "Hinweis, bitte beachten: Die Anmeldung endet am Freitag.\n\nTermin, neu: Montag.\n"
    assert speakers(text) == []


def test_a_family_name_right_after_the_verb_is_its_subject() -> None:
    text = "Zur Begrüßung sagte Lang, er freue sich über „so viele engagierte Menschen“."
    assert speakers(text) == ["Lang"]


def test_a_descriptor_points_forward_to_no_one_the_text_gives_another_role() -> None:
    text = (
        "„Wir schaffen das“, hatte die Kanzlerin 2015 gesagt. "
        "Heute sieht Ministerin Petra Roth das anders."
    )
    assert speakers(text) == []
    text = (
        "„Wir schaffen das“, hatte die Ministerin gesagt. Sozialministerin Petra Roth blieb "
        "auch am Abend dabei."
    )
    assert speakers(text) == ["Petra Roth"]
