"""Speaker frames of quotations beyond ``X sagte: „…“``: a pronoun after the quotation, single
low-high marks, a headline teaser before a dash, interview labels and interview headings.

Every passage is invented for this test (different genres and wordings), each frame with hard
negatives: scare quotes and titles, plural or mismatched pronouns, an anonymous voice in
between, labels that are no names, questions outside an interview.
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quote_spans, find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


# ---------------------------------------------------------------- pronoun after the quotation
def test_pronoun_refers_to_a_person_without_office() -> None:
    text = (
        "Bad Segeberg. Die Geschäftsführerin der Tafel, Johanna Riedel, führte durch die "
        "Ausgabestelle. „Seit dem Frühjahr kommen doppelt so viele Familien“, sagte sie."
    )
    assert speakers(text) == ["Johanna Riedel"]


def test_pronoun_agrees_in_gender_with_its_antecedent() -> None:
    text = (
        "Bürgermeisterin Karin Voss empfing am Vormittag Landrat Peter Brandt im Rathaus. "
        "„Ohne mehr Wohnraum geht es nicht weiter“, betonte er."
    )
    assert speakers(text) == ["Peter Brandt"]
    assert speakers(text.replace("betonte er", "betonte sie")) == ["Karin Voss"]


def test_plural_or_mismatched_pronoun_names_no_one() -> None:
    plural = (
        "Die Ortsvorsteher Anna Kolb und Jörg Haas kamen gemeinsam zur Sitzung. "
        "„Das reicht für unsere Dörfer nicht aus“, sagten sie."
    )
    assert speakers(plural) == []
    mismatch = (
        "Ministerin Anna Kolb eröffnete den Abend im Bürgerhaus. "
        "„Wir wurden wieder einmal vergessen“, sagte er."
    )
    assert speakers(mismatch) == []


def test_pronoun_does_not_reach_past_an_anonymous_voice() -> None:
    text = (
        "Landrat Peter Brandt hörte lange zu. Ein Anwohner rief: „Hier wohnen schon genug Leute!“ "
        "„Und keiner fragt uns vorher“, fügte er hinzu."
    )
    assert speakers(text) == []


# ---------------------------------------------------------------- single low-high quotes
def test_single_low_high_quotes_are_direct_speech() -> None:
    text = (
        "Beim Sommerfest sagte die Integrationsbeauftragte Mira Lenz: "
        "‚Wir feiern heute die Vielfalt unserer Stadt.‘ Danach spielte eine Band."
    )
    assert speakers(text) == ["Mira Lenz"]


def test_single_quotes_as_scare_quotes_or_titles_name_no_one() -> None:
    assert speakers("Die sogenannte ‚Bezahlkarte‘ bleibt in vielen Kreisen umstritten.") == []
    title = "Das Projekt ‚Geht’s auch ohne Papier?‘ wurde im Rathaus vorgestellt."
    assert [title[a:b] for _, _, a, b in find_quote_spans(title)] == ["Geht’s auch ohne Papier?"]
    assert speakers(title) == []
    nested = "Er sagte: „Sie nannte es ‚nie wieder‘ und ging dann.“"
    assert [nested[a:b] for _, _, a, b in find_quote_spans(nested)] == [
        "Sie nannte es ‚nie wieder‘ und ging dann."
    ]


# ---------------------------------------------------------------- headline teaser before a dash
def test_teaser_quote_goes_to_the_holder_of_the_role_the_body_names() -> None:
    text = (
        "„Sprache öffnet Türen für alle“ – Kultusministerin eröffnet Sprachcamp\n"
        "Schwerin, 3. Juli 2024\n"
        "Kultusministerin Dr. Hanna Wessel hat heute in Schwerin das Sprachcamp eröffnet."
    )
    assert speakers(text) == ["Hanna Wessel"]


def test_teaser_quote_with_the_name_after_the_role() -> None:
    text = (
        "„Wir bauen Brücken in die Nachbarschaft“ – Senator Karl Rademacher besucht Beratungsstelle"
    )
    assert speakers(text) == ["Karl Rademacher"]


def test_teaser_without_role_or_holder_names_no_one() -> None:
    assert (
        speakers("„Vielfalt leben im Land“ – Ausstellung im Landtag eröffnet\nSie zeigt Bilder.")
        == []
    )
    assert (
        speakers("„Mehr Tempo bei den Verfahren“ – Ministerin fordert Reform\nDetails folgen.")
        == []
    )


# ---------------------------------------------------------------- interview labels
def test_interview_labels_name_a_person_without_office() -> None:
    text = (
        "Podcast „Ankommen“, Folge 12\n"
        "Interviewer: Frau Okafor, wie haben Sie die ersten Wochen erlebt?\n"
        "Okafor: Ehrlich gesagt als sehr anstrengend, vor allem auf den Ämtern.\n"
        "Interviewer: Was hat geholfen?\n"
        "Okafor: Eine Nachbarin, die mit mir zu jedem Termin gegangen ist."
    )
    assert speakers(text) == ["Okafor"]


def test_labels_that_are_no_names_are_no_speakers() -> None:
    text = (
        "Quelle: Landesamt für Statistik, eigene Berechnungen der Redaktion\n"
        "Die Zahl der Einbürgerungen stieg im Jahr deutlich an.\n"
        "Quelle: Ausländerzentralregister, Stand Ende des Jahres"
    )
    assert speakers(text) == []
    transcript = (
        "Mitschnitt: Sendung am Abend, zweiter Teil\n"
        "Moderation: Herr Dr. Lindner, sind die Kurse voll?\n"
        "Lindner: Ja, die Wartelisten sind lang, und das seit Monaten."
    )
    assert speakers(transcript) == ["Lindner"]


# ---------------------------------------------------------------- interview headings
def test_quoted_answers_under_a_heading_naming_the_respondent() -> None:
    text = (
        "Nachgefragt bei Dr. Lukas Ehrlich, Leiter der Migrationsberatung Nord\n"
        "Wie voll sind Ihre Sprechstunden?\n"
        "„Wir haben derzeit Wartezeiten von sechs Wochen.“\n"
        "Was würde helfen?\n"
        "„Zwei zusätzliche Stellen, dauerhaft finanziert.“"
    )
    assert speakers(text) == ["Lukas Ehrlich"]


def test_unquoted_answers_under_an_interview_heading() -> None:
    text = (
        "Im Gespräch mit Marlene Vogt, Lehrerin an einer Willkommensklasse\n\n"
        "Was hat Sie im ersten Jahr am meisten überrascht?\n\n"
        "Die Geduld der Kinder. Viele warten monatelang auf einen Schulplatz."
    )
    quotes, _ = find_quotes(TextIndex(text))
    assert [(q.speaker.name, q.text[:15]) for q in quotes] == [("Marlene Vogt", "Die Geduld der ")]


def test_questions_without_an_interview_heading_are_no_interview() -> None:
    text = (
        "Das Interview mit dem Landrat führte Eva Sommer.\n"
        "Wann kommt die neue Halle?\n"
        "Das ist noch offen, sagt die Verwaltung."
    )
    assert speakers(text) == []
    faq = (
        "Häufige Fragen zur Einbürgerung\n"
        "Was kostet die Einbürgerung?\n"
        "Die Gebühr beträgt 255 Euro für Erwachsene."
    )
    assert speakers(faq) == []
