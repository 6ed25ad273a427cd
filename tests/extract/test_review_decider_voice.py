"""Review findings of session 13 on motions, quotes and programmes, as invented passages: a
proposal decided by another body than the IntMK, a reporting clause left in a motion's title, a
matrix clause of opinion as the voice of reported speech, a person named as the target of the
words a text opens with, and a quoted name in apposition to an event noun. Each finding has the
reviewer's passage and passages of other wording, positives beside the negatives."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.extract.programmes import find_programmes
from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex
from intgraph.models import Document


def motions(text: str) -> list[tuple[str, str]]:
    ex = extract(Document("x.txt", "x.txt", text, "0" * 64))
    return sorted((m.title, m.result) for m in ex.motions)


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def labels(text: str) -> list[str]:
    return sorted({p.label for p in find_programmes(TextIndex(text))})


# ------------------------------------------------------- who decided: the IntMK or another body
@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's passages: the IntMK only in a heading before the colon
        "Zur Integrationsministerkonferenz: Ein Vorschlag zur Reform des "
        "Staatsangehörigkeitsrechts wurde im Kabinett beschlossen und geht nun in den Bundestag.",
        "Im Vorfeld der Integrationsministerkonferenz: Ein Vorschlag zur Verteilung von "
        "Geflüchteten wurde in Brüssel vertagt.",
        # our own: a passive agent, a parliament as the place, the EU by name
        "Vor der Integrationsministerkonferenz in Trier: Ein Vorstoß für mehr Sprachkitas wurde "
        "von der Bundesregierung abgelehnt.",
        "Thema der Integrationsministerkonferenz: Ein Vorschlag zur Wohnsitzauflage scheiterte "
        "zuvor im Bundesrat.",
        "Zur Integrationsministerkonferenz: Ein Vorschlag zur Anerkennung von Abschlüssen wurde "
        "vom Europäischen Parlament angenommen.",
    ],
)
def test_a_proposal_decided_by_another_body_is_no_intmk_motion(text: str) -> None:
    assert motions(text) == []


def test_a_proposal_the_intmk_decided_is_still_a_motion() -> None:
    # the body named after the noun, in the deciding clause itself
    told = (
        "Die Integrationsministerkonferenz tagte in Trier. Ein Vorschlag zur Verteilung von "
        "Geflüchteten wurde auf der Integrationsministerkonferenz vertagt."
    )
    assert [t for t, _ in motions(told)] == ["Verteilung von Geflüchteten"]
    # no body named: the conference the text is about
    told = (
        "Die Integrationsministerkonferenz tagte in Trier. Ein weiterer Vorschlag zur Förderung "
        "der Sprachkitas wurde einstimmig angenommen."
    )
    assert motions(told) == [("Förderung der Sprachkitas", "adopted")]


# ----------------------------------------------------------- a reporting clause after the title
def test_a_reporting_clause_is_no_part_of_the_title() -> None:
    # the reviewer's passage
    told = (
        "Die Integrationsministerkonferenz tagte in Kiel. Nach dem Willen der Länder sollen die "
        "Kurse im Herbst starten, berichtete die Presse."
    )
    assert motions(told) == [("Kurse im Herbst starten", "adopted")]
    # our own: "so" with a descriptor, "hieß es"
    told = (
        "Die Integrationsministerkonferenz tagte in Bremen. Nach dem Willen der Länder soll die "
        "Beratung für Geflüchtete ausgebaut werden, so die Vorsitzende."
    )
    assert [t for t, _ in motions(told)] == ["Beratung für Geflüchtete ausgebaut werden"]
    told = (
        "Die Integrationsministerkonferenz tagte in Bremen. Nach dem Willen der Länder soll der "
        "Bund die Kosten der Sprachkurse tragen, hieß es aus Teilnehmerkreisen."
    )
    assert [t for t, _ in motions(told)] == ["Bund die Kosten der Sprachkurse tragen"]


# --------------------------------------------------------- reported speech with its own voice
@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's passage
        "Integrationsminister Peter Wolf stellte den Bericht vor. Kritiker meinen, die Zahlen "
        "seien „geschönt“.",
        # our own: other verbs of opinion, an adverb before the comma, a body as the subject
        "Ministerin Eva Brand legte die Statistik vor. Die Verbände glauben, die Lage sei "
        "„dramatisch“.",
        "Senatorin Ina Voss eröffnete die Unterkunft. Anwohner befürchten dagegen, der Standort "
        "sei „völlig ungeeignet“.",
        "Staatssekretär Tom Reuter zog Bilanz. Beobachter meinen jedoch, die Wende sei "
        "„längst überfällig“.",
    ],
)
def test_a_matrix_clause_of_opinion_is_the_voice_of_reported_speech(text: str) -> None:
    assert speakers(text) == []


def test_reported_speech_after_a_sentence_about_one_person_is_still_hers() -> None:
    told = (
        "Ministerin Eva Brand sieht Fortschritte. Die Zahl der Kursplätze sei „deutlich gestiegen“."
    )
    assert speakers(told) == ["Eva Brand"]
    # a possessive "meinen" is no verb of opinion
    told = "Ministerin Eva Brand dankte meinen Kollegen. Die Arbeit sei „hervorragend“."
    assert speakers(told) == ["Eva Brand"]


# ------------------------------------------ a text that opens with a quotation and a pronoun
@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's passage
        "Kiel (dpa) - „Wir lassen uns das nicht gefallen“, betonte sie. Gemeint war "
        "Sozialministerin Petra Lenz, deren Pläne der Flüchtlingsrat scharf kritisiert.",
        # our own: the passive of criticising, "gelten" with the target
        "Erfurt. „Das ist ein Skandal“, sagte sie. Kritisiert wurde damit Ministerin Hanna Kurz, "
        "die die Mittel kürzen will.",
        "Mainz. „So geht es nicht weiter“, rief sie. Der Satz galt Staatssekretärin Ute Berg.",
    ],
)
def test_the_target_of_the_opening_words_is_not_their_speaker(text: str) -> None:
    assert speakers(text) == []


def test_the_subject_of_the_next_sentence_still_speaks_the_opening_words() -> None:
    told = (
        "Kiel (dpa) - „Ich bin enttäuscht“, sagte sie. Die Vorsitzende des Flüchtlingsrats, "
        "Maria Berg, hatte auf eine Zusage gehofft."
    )
    assert speakers(told) == ["Maria Berg"]


# ---------------------------------------------------- a quoted name in apposition to an event
@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's passage
        "Beim Fachtag „Vielfalt Thüringen“ in Erfurt stellte das Ministerium sein Förderprogramm "
        "vor.",
        # our own: other event and body nouns before the quotation
        "Zur Aktionswoche „Ankommen in Sachsen“ lädt das Land alle Förderprojekte ein.",
        "Auf dem Kongress „Zukunft Hessen“ wurde das neue Landesprogramm vorgestellt.",
        "Die Stiftung „Chancen Nord“ beteiligt sich am Förderprogramm des Landes.",
    ],
)
def test_a_regional_name_of_an_event_or_a_body_is_no_programme(text: str) -> None:
    assert labels(text) == []


def test_a_regional_name_beside_a_programme_noun_is_still_a_programme() -> None:
    told = "Neu im Förderprogramm ist „Sprachbrücke Thüringen“ mit zehn Standorten."
    assert labels(told) == ["Sprachbrücke Thüringen"]


# ------------------------------------------------- a decision told right after another meeting
@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's passage
        "Die Ministerpräsidentenkonferenz tagte in Berlin. Die Länder sprachen sich dafür aus, "
        "die Kosten für Geflüchtete mit dem Bund neu zu verteilen. Die "
        "Integrationsministerkonferenz folgt im Mai.",
        # our own: a parliament of the Länder meeting, another conference by its acronym
        "Der Bundesrat trat am Freitag in Berlin zusammen. Die Länder forderten mehr Geld für "
        "Sprachkurse. Die Integrationsministerkonferenz tagt im Herbst.",
    ],
)
def test_a_decision_right_after_another_bodys_meeting_is_that_bodys(text: str) -> None:
    assert motions(text) == []


def test_a_decision_after_the_intmks_own_meeting_is_still_a_motion() -> None:
    told = (
        "Die Integrationsministerkonferenz tagte in Berlin. Die Länder sprachen sich dafür aus, "
        "die Kosten für Geflüchtete mit dem Bund neu zu verteilen."
    )
    assert len(motions(told)) == 1
