"""A document's own date in forms of its header and foot (invented passages; issue 12): a
release's number glued to the dateline under it, a closing sentence that dates the document
itself (a broadcaster's "Diese Nachricht wurde am … gesendet"), a portal's label as a noun
("Letzte Aktualisierung:"); and the event dates that look like them."""

from __future__ import annotations

import pytest

from intgraph.extract.dates import document_date


def date_of(text: str) -> str | None:
    found = document_date(text)
    return found[0] if found else None


# ------------------------------------------------------------------ a release's number before the dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capture glued the number, the city and the date
        ("PRESSEMITTEILUNG\nNr. 77/24Hannover,03.05.2024\nLand fördert Kurse", "2024-05-03"),
        ("Nr. 5/2023 Schwerin, 12. Januar 2023\nDas Ministerium teilt mit …", "2023-01-12"),
        ("PM Nr. 140/2022 Potsdam, den 4. November 2022\nNeue Beratungsstellen", "2022-11-04"),
        ("Pressemitteilung Nr. 9 Magdeburg, 21.02.2025\nText.", "2025-02-21"),
        # the number alone before the date
        ("Nr. 31/2021 17.06.2021\nMehr Geld für Sprachkurse", "2021-06-17"),
    ],
)
def test_a_release_number_may_open_the_dateline(text: str, expected: str) -> None:
    assert date_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number of a paper cited in a sentence, the date after a preposition: an event
        "Im Bericht Nr. 12/2023 ab dem 1. März 2024 vorgesehen.\nText.",
        "Nr. 12/2024 regelt die Frist bis zum 30.06.2024.",
        # a number, then a sentence before the date
        "Nr. 8/2024 Die Ministerin reist am 3. Mai 2024 nach Kiel.",
    ],
)
def test_a_release_number_does_not_make_an_event_a_dateline(text: str) -> None:
    assert date_of(text) is None


# ------------------------------------------------------------------ the document dating itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Radio Nord · Nachrichten\nKiel. Die Landesregierung stockt die Mittel auf.\n"
            "Diese Nachricht wurde am 14.03.2024 im Programm Radio Nord gesendet.",
            "2024-03-14",
        ),
        (
            "Die Ministerin besuchte am 2. März 2023 eine Schule.\n"
            "Dieser Beitrag ist am 6. März 2023 erschienen.",
            "2023-03-06",
        ),
        (
            "Mehr Kurse für Geflüchtete.\nDieser Artikel wurde am 9. Oktober 2022 "
            "auf dem Portal veröffentlicht.",
            "2022-10-09",
        ),
        ("Dieses Interview wurde am 1. Juli 2025 ausgestrahlt.\nFrage: …", "2025-07-01"),
    ],
)
def test_a_closing_sentence_dating_the_document(text: str, expected: str) -> None:
    assert date_of(text) == expected


def test_the_self_dating_sentence_of_a_change_is_a_portal_line() -> None:
    # the last change counts only where nothing else dates the page
    assert date_of("Infos.\nDiese Seite wurde zuletzt am 3. Mai 2024 aktualisiert.") == "2024-05-03"
    text = "Kiel, 2. Mai 2024\nInfos.\nDiese Seite wurde zuletzt am 3. Mai 2024 aktualisiert."
    assert date_of(text) == "2024-05-02"


@pytest.mark.parametrize(
    "text",
    [
        # an earlier edition elsewhere
        "Dieser Artikel wurde zuerst am 3. März 2024 in der Printausgabe veröffentlicht.",
        # the subject is an event, not the document
        "Die Nachricht wurde am 14.03.2024 bekannt, als der Minister zurücktrat.",
        "Dieser Antrag wurde am 14.03.2024 gestellt.",
        # the document as subject, but no verb of publishing: what it reports
        "Dieser Bericht wurde am 14.03.2024 im Ausschuss beraten.",
    ],
)
def test_other_sentences_with_am_and_a_date_stay_events(text: str) -> None:
    assert date_of(text) is None


# ------------------------------------------------------------------ a portal's labels as nouns


def test_a_portals_label_as_a_noun() -> None:
    text = "Fragen und Antworten\nStand: 05/2023\nLetzte Aktualisierung: 22.05.2023\nText."
    assert date_of(text) == "2023-05-22"
    assert date_of("Letzte Änderung am 8. Februar 2021\nText.") == "2021-02-08"
    # a dateline beats it
    text = "Mainz, 3. Februar 2021\nText.\nLetzte Aktualisierung: 8. Februar 2021"
    assert date_of(text) == "2021-02-03"
    # the noun inside a sentence about something else is no label
    assert date_of("Die letzte Aktualisierung der Liste erfolgt am 8. Februar 2021.") is None


def test_a_report_the_text_tells_of_is_not_the_document() -> None:
    # "Dieser Bericht" in a story is the report it is about, published on its own day
    assert (
        date_of("Der Lagebericht liegt vor. Dieser Bericht wurde am 2. Mai 2024 veröffentlicht.")
        is None
    )


# ------------------------------------------------------------------ wire items


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agency's kind of item as a compound before "vom"
        ("dpa-Meldung vom 12.06.2024, 09:10 Uhr\nKiel (dpa/lno) - Das Land plant …", "2024-06-12"),
        ("epd-Nachricht vom 3. April 2023\nHannover (epd). Die Ministerin …", "2023-04-03"),
        ("Agenturmeldung vom 30.09.2022 | Politik\nText.", "2022-09-30"),
        # the city and the agency's tag, a full stop or a comma, then the date
        ("Potsdam (epd). 14.02.2025. Die Landesregierung will …", "2025-02-14"),
        ("Mainz (dpa/lrs), 3. Mai 2024 – Die Ministerin hat …", "2024-05-03"),
        ("Bad Kreuznach (kna) 7. März 2023\nText.", "2023-03-07"),
    ],
)
def test_a_wire_items_header_and_dateline(text: str, expected: str) -> None:
    assert date_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the dateline's story goes on to an event date
        "Erfurt (dpa/th) - Ab dem 1. Januar 2024 erhalten die Kreise mehr Geld.",
        # a city and a tag, then a clause with the date in it
        "Kiel (epd). Am 4. Mai 2024 beginnt die Woche der Vielfalt.",
        # the date's clause goes on after it
        "Kiel (epd), 4. Mai 2024, wird die Woche der Vielfalt eröffnet.",
        # a meeting with its hours
        "Schwerin (dpa), 04.05.2024, 10.00 – 13.00 Uhr: Fachtag im Schloss",
    ],
)
def test_event_dates_in_wire_items_stay_events(text: str) -> None:
    assert date_of(text) is None


def test_a_dpa_identifier_dates_an_item_nothing_else_dates() -> None:
    text = "Schwerin (dpa/mv) - Das Kabinett befasste sich am Dienstag damit.\n© dpa-infocom, dpa:240917-99-654321/3"
    assert date_of(text) == "2024-09-17"
    # a dateline beats it
    text = "Schwerin, 16. September 2024\nText.\n© dpa-infocom, dpa:240917-99-654321/3"
    assert date_of(text) == "2024-09-16"
    # not a day: no date
    assert date_of("Text.\n© dpa-infocom, dpa:241317-99-654321/3") is None


# ------------------------------------------------------------------ more labels and markers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Datum der Veröffentlichung: 12.03.2024\nText.", "2024-03-12"),
        ("PM 45/2024 vom 12.03.2024\nText.", "2024-03-12"),
        ("Sendedatum: 5. Juni 2023\nText.", "2023-06-05"),
        ("Presseerklärung Nr. 3/2024 vom 11.03.2024\nText.", "2024-03-11"),
        ("Pressedienst vom 11.03.2024\nText.", "2024-03-11"),
        # the marker's number, then the date
        ("Pressemitteilung 45/2024, 12.03.2024\nText.", "2024-03-12"),
        ("Medieninformation Nr. 8: 02.02.2022\nText.", "2022-02-02"),
        # an abbreviated weekday after the city
        ("Kiel, Di., 12.03.2024\nText.", "2024-03-12"),
    ],
)
def test_more_labels_and_markers_of_the_documents_date(text: str, expected: str) -> None:
    assert date_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die PM vom 12.03.2024 war falsch.",
        "Pressemitteilung 45/2024 erschien, am 12.03.2024 folgte die Antwort.",
        "Das Datum der Veröffentlichung ist noch offen, am 12.03.2024 wird entschieden.",
        "Die Ministerin kommt am Di., 12.03.2024 nach Kiel.",
        "Termine: Mo., 11.03.2024, 10.00 – 12.00 Uhr Sprechstunde",
    ],
)
def test_the_same_words_in_a_sentence_leave_an_event(text: str) -> None:
    assert date_of(text) is None
