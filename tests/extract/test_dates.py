from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from intgraph.extract.dates import document_date
from intgraph.language.dates import parse_numeric, year_near


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)))
def test_numeric_dates_round_trip(d: dt.date) -> None:
    assert parse_numeric(f"{d.day:02d}.{d.month:02d}.{d.year}") == d.isoformat()
    assert parse_numeric(f"{d.day}.{d.month}.{d.year}") == d.isoformat()


def test_document_date_markers() -> None:
    assert document_date("Pressemitteilung vom 08.04.2019\n\nAm 11. April")[0] == "2019-04-08"
    assert (
        document_date("- Erschienen am 01.04.2020 - Pressemitteilung 106/2020")[0] == "2020-04-01"
    )
    assert document_date("Stand: 28.04.2022\nText")[0] == "2022-04-28"
    assert document_date("Datum 26.03.2015\n\nKIEL.")[0] == "2015-03-26"
    assert document_date("Titel\n\n30.06.2025\n\nText")[0] == "2025-06-30"
    assert document_date("Erstellt: 03.02.2021, 18:45 Uhr | Lesedauer 3 Min.")[0] == "2021-02-03"
    assert document_date("Zuletzt aktualisiert 05.02.2021\nErstellt am 03.02.2021")[0] == (
        "2021-02-03"
    )


def test_date_under_the_heading_of_a_letters_reference_line() -> None:
    letter = (
        "Senatsverwaltung\nPostfach 1234, 10001 Berlin\n\n"
        "Ihre Nachricht vom   Ihr Zeichen   Unser Zeichen     Datum\n"
        "14.01.2019           III/2         IV B 3-0412/19    06.02.2019\n\n"
        "Betreff: Wohnsitzauflage"
    )
    assert document_date(letter)[0] == "2019-02-06"
    tabbed = "Unser Zeichen\tTelefon\tDatum\nA-17/2016\t-2201\t11.11.2016\nSehr geehrte Damen"
    assert document_date(tabbed)[0] == "2016-11-11"
    # the heading names the reader's own letter: its date is not the document's
    only_theirs = "Ihr Zeichen   Ihre Nachricht vom\nAZ 5         02.03.2017\n\nText"
    assert document_date(only_theirs) is None


def test_event_dates_are_not_the_document_date() -> None:
    assert document_date("Beschlussniederschrift der Konferenz am 29. April 2021") is None
    assert document_date("(Dresden, den 12. April) Im Rahmen der Tagung") is None


def test_year_near_ranges_and_relative_years() -> None:
    assert year_near("am 21./22. März 2012 in Überherrn", None) == 2012
    assert year_near("vom 16./17. März 2017", None) == 2017
    assert year_near("19.-20. März 2025", None) == 2025
    assert year_near("am 23. bis 24. April 2025", None) == 2025
    assert year_near("am 26. und 27. April in Wiesbaden", 2023) == 2023
    assert year_near("im kommenden Jahr in Essen", 2025) == 2026
    assert year_near("ohne jede Angabe", 2025) is None


def test_document_date_after_a_numbered_release_a_weekday_or_a_creation_label() -> None:
    # passages written for this test
    assert document_date("Nr. 47/2031 vom 02.09.2031\nSenatsverwaltung für Soziales")[0] == (
        "2031-09-02"
    )
    assert document_date("Datum: Freitag, 6. Juni 2031\nPressestelle")[0] == "2031-06-06"
    # the first publication, not the last update
    text = "Zuletzt aktualisiert: 14.03.2031\nErstellt am 12.03.2031\nMehr Kurse im Land."
    assert document_date(text)[0] == "2031-03-12"
    # a report named in a sentence is dated by an event, not the document
    assert document_date("Der Bericht wurde am 20.06.2031 veröffentlicht.") is None


def test_release_label_with_its_issuer_in_the_genitive() -> None:
    text = "Medieninformation der Staatskanzlei Sachsen vom 3. Mai 2021\n\nAm 12. Mai tagt …"
    assert document_date(text)[0] == "2021-05-03"
    header = "Presseinformation des Ministeriums für Soziales vom 14.11.2019\n\nDie Ministerin …"
    assert document_date(header)[0] == "2019-11-14"
    # an event told after a genitive is still an event
    assert document_date("Die Sitzung des Ausschusses vom 3. Mai 2021 fiel aus.") is None


def test_heute_with_a_weekday_in_the_brackets() -> None:
    text = "Schwerin. Das Kabinett hat heute (Dienstag, 7. März 2023) den Plan gebilligt."
    assert document_date(text)[0] == "2023-03-07"


def _date(text: str) -> str | None:
    found = document_date(text)
    return found[0] if found else None


def test_a_periodicals_day_of_issue_and_a_live_blogs_header() -> None:
    assert (
        _date("RUNDSCHAU AM MAIN | Heft 9/2021 | Erscheinungstag: 03.05.2021\nText") == "2021-05-03"
    )
    assert _date("Erscheinungsdatum: 11.11.2019\nDie Kommunen …") == "2019-11-11"
    assert _date("Newsticker vom 14.03.2020\n+++ 10:00 +++ Schulen schließen.") == "2020-03-14"
    # a ticker's day inside a sentence is an event
    assert _date("Der Ticker vom 14.03.2020 wurde oft gelesen.") is None


def test_an_earlier_edition_elsewhere_is_another_documents_date() -> None:
    text = (
        "Westküsten-Anzeiger | Online\n02.02.2024, 07:30 Uhr\nKurse in Husum voll\n"
        "Husum. Die Wartelisten wachsen.\nDer Text erschien zuerst in der Printausgabe vom 01.02.2024.\n"
    )
    assert _date(text) == "2024-02-02"
    assert _date("Zuerst veröffentlicht am 05.06.2022\n\nText ohne Kopf") is None


def test_the_answer_to_a_parliamentary_question_is_dated_by_the_answering_body() -> None:
    text = (
        "Landtag Brandenburg        Drucksache 7/1234\n"
        "Anfrage der Abgeordneten Jana Beispiel (SPD), eingegangen am 02.03.2021\n"
        "Antwort des Ministeriums für Soziales namens der Landesregierung vom 30.03.2021\n"
    )
    assert _date(text) == "2021-03-30"
    # an answer mentioned inside a sentence dates an event
    assert _date("Die Antwort des Ministers vom 3. Mai 2020 kam spät.") is None
