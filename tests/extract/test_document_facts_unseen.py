"""A document's own date and publisher in forms not seen before (invented passages; issue 12)."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.extract.dates import document_date
from intgraph.models import Document


def facts(text: str) -> tuple[str | None, str | None]:
    f = extract(Document("x.txt", "x.txt", text, "0" * 64)).facts
    return f.date, f.publisher_land


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Rundbrief Nr. 3/2021 vom 12. Mai 2021\nLiebe Leserinnen und Leser …", "2021-05-12"),
        ("Infobrief · Ausgabe 7 vom 02.09.2016\nThemen: …", "2016-09-02"),
        ("(dpa) 14.11.2019\nBerlin. Die Länder …", "2019-11-14"),
        ("(kna) 3. Juni 2020 – Die Kirchen …", "2020-06-03"),
    ],
)
def test_issue_lines_and_agency_tags_date_the_document(text: str, date: str) -> None:
    found = document_date(text)
    assert found is not None and found[0] == date


@pytest.mark.parametrize(
    "text",
    [
        "Die Ausgabe vom Markt kam erst am 12. Mai 2021 an.",  # inside a sentence
        "Die Aufnahme (dpa) am 14.11.2019 in Berlin.",  # an event's date after "am"
    ],
)
def test_event_dates_stay_event_dates(text: str) -> None:
    assert document_date(text) is None


@pytest.mark.parametrize(
    ("text", "land"),
    [
        (
            "Newsletter der Hessischen Landesregierung · Ausgabe vom 3. März 2020\n\nText.",
            "DE-HE",
        ),
        (
            "Wortprotokoll der Anhörung\nerstellt am 12.06.2019 von der Pressestelle des "
            "Ministeriums für Soziales, Gesundheit und Integration Baden-Württemberg\n\nText.",
            "DE-BW",
        ),
        (
            "Herausgegeben von der Staatskanzlei des Freistaates Thüringen\n\nText.",
            "DE-TH",
        ),
    ],
)
def test_a_periodical_or_record_of_a_body_names_the_publisher(text: str, land: str) -> None:
    assert facts(text)[1] == land


def test_a_press_office_in_running_text_publishes_nothing() -> None:
    text = (
        "Mainz. Wie die Pressestelle des Ministeriums für Integration Rheinland-Pfalz mitteilte, "
        "steigt die Zahl der Kurse."
    )
    assert facts(text)[1] is None
