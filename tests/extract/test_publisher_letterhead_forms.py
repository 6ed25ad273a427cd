"""A publisher's letterhead in more of its forms (invented passages; issue 12): set in
capitals as a PDF prints it, a body's press office as the header, Bremen's ministry by its
senator's title, the answer named on a Drucksache's title line after the question, a
hyphenated release marker; and a sentence or a headline that opens with a body's name, which
is no letterhead."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.extract.documents import recased_capital_lines
from intgraph.models import Document


def publisher(text: str) -> str | None:
    return extract(Document("x.txt", "x.txt", text, "0" * 64)).facts.publisher_land


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals
        (
            "MINISTERIUM FÜR SOZIALES, GESUNDHEIT UND INTEGRATION BADEN-WÜRTTEMBERG\n"
            "Pressemitteilung\n12.03.2024\nMehr Kurse.",
            "DE-BW",
        ),
        (
            "BAYERISCHES STAATSMINISTERIUM FÜR FAMILIE, ARBEIT UND SOZIALES\n12.03.2024\nText.",
            "DE-BY",
        ),
        ("STAATSKANZLEI NRW\nPRESSEMITTEILUNG\n12.03.2024\nText.", "DE-NW"),
        (
            "DIE SENATORIN FÜR SOZIALES, JUGEND, INTEGRATION UND SPORT\nPressemitteilung\nText.",
            "DE-HB",
        ),
        # a body's press office
        ("Pressestelle der Staatskanzlei Sachsen-Anhalt\n12.03.2024\nText.", "DE-ST"),
        ("Pressestelle des Thüringer Ministeriums für Migration\n12.03.2024\nText.", "DE-TH"),
        # Bremen's ministry by its senator's title
        ("Der Senator für Inneres und Sport\nPressemitteilung\n12.03.2024\nText.", "DE-HB"),
        # the answer on the Drucksache's title line
        (
            "HESSISCHER LANDTAG Drucksache 21/123\n21. Wahlperiode 02.02.2024\n\nKleine Anfrage "
            "der Abg. Eva Muster (SPD) vom 03.01.2024 betreffend Sprachkurse und Antwort der "
            "Ministerin für Familie, Senioren, Sport, Gesundheit und Pflege\n\nFrage 1: …",
            "DE-HE",
        ),
    ],
)
def test_more_forms_of_a_letterhead(text: str, expected: str) -> None:
    assert publisher(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a news story's sentence opening with a body's name
        "Süddeutsche Zeitung, 12.03.2024\nDie Staatskanzlei in München teilte mit, Bayern wolle "
        "mehr Kurse anbieten.",
        "Die Landesregierung hat heute beschlossen, in Bayern mehr Kurse anzubieten.\nText.",
        # a headline in capitals, a body the subject of its verb
        "EILMELDUNG: MINISTERIUM FÜR INNERES WARNT VOR BETRÜGERN IN KIEL\nText über Kiel.",
        # a question asked, not answered
        "Landtag Brandenburg\nKleine Anfrage der Abgeordneten Eva Muster betreffend Kurse\n"
        "Frage 1: …",
    ],
)
def test_sentences_and_headlines_are_no_letterhead(text: str) -> None:
    assert publisher(text) is None


def test_a_letterhead_keeps_one_adjective_of_its_remit() -> None:
    text = (
        "Ministerium für Inneres, ländliche Räume, Integration und Sport\nSchleswig-Holstein\nText."
    )
    assert publisher(text) == "DE-SH"


def test_capital_lines_keep_their_length_and_codes() -> None:
    text = "LANDESREGIERUNG SH – PRESSESTELLE\nDer Minister sagte: „OK.“"
    recased = recased_capital_lines(text)
    assert len(recased) == len(text)
    assert recased.startswith("Landesregierung SH – Pressestelle\n")
    assert recased.endswith("Der Minister sagte: „OK.“")  # running text unchanged
