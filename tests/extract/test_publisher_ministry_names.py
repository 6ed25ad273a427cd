"""The publisher Land a ministry's name gives where the letterhead names no Land (invented
passages; issue 12): the body's field of a header line or a breadcrumb, not the whole line;
the Land whose ministry bears the name exactly where another Land's shares most of its words;
a page's clutter under the name; the letter-spaced heading of a parliamentary answer."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.models import Document


def publisher(text: str) -> str | None:
    return extract(Document("x.txt", "x.txt", text, "0" * 64)).facts.publisher_land


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body in the last field of a header line (Baden-Württemberg's name exactly;
        # Brandenburg's shares four of its five words)
        (
            "Pressemitteilung Nr. 12/2025 | 03.02.2025 | Ministerium für Soziales, Gesundheit "
            "und Integration\nLand baut Beratung aus\nDie Beratung wird erweitert.",
            "DE-BW",
        ),
        # … in a middle field, the section after it
        (
            "Presse | Ministerium für Soziales, Gesundheit, Integration und Verbraucherschutz | "
            "Aktuelles\n07.03.2024\nMehr Plätze in Sprachkursen.",
            "DE-BB",
        ),
        # … as a breadcrumb's step
        (
            "Startseite > Ministerium für Familie, Frauen, Kultur und Integration > Presse\n"
            "12.04.2023\nNeue Förderrichtlinie.",
            "DE-RP",
        ),
        # the name alone on its line, a page's clutter under it
        (
            "Ministerium für Soziales, Gesundheit, Integration und Verbraucherschutz\n"
            "Navigation überspringen\nFragen und Antworten\nStand: 04.05.2023",
            "DE-BB",
        ),
        (
            "Ministerium für Soziales, Gesundheit und Integration\nSuche öffnen\n"
            "Pressemitteilung\n03.02.2025\nText.",
            "DE-BW",
        ),
    ],
)
def test_the_land_of_a_ministry_by_its_name(text: str, expected: str) -> None:
    assert publisher(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name several Länder's ministries bear alike stays without a Land
        "Pressemitteilung | 03.02.2025 | Ministerium für Inneres\nText über Kurse.",
        # a name no ministry bears nearly
        "Ministerium für Soziales\nNavigation überspringen\nFragen und Antworten\nStand: 04.05.2023",
    ],
)
def test_a_name_shared_or_unknown_gives_no_land(text: str) -> None:
    assert publisher(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LANDTAG RHEINLAND-PFALZ\n18. Wahlperiode\nDrucksache 18/1234\n02. 05. 2024\n"
            "A n t w o r t\ndes Ministeriums für Arbeit, Soziales, Transformation und "
            "Digitalisierung\nauf die Kleine Anfrage des Abgeordneten Tom Beispiel (FDP)",
            "DE-RP",
        ),
        (
            "HESSISCHER LANDTAG\nDrucksache 21/77\nK l e i n e  A n f r a g e\nder Abgeordneten "
            "Ina Muster (SPD)\nund A n t w o r t\nder Landesregierung",
            "DE-HE",
        ),
        # set as written
        (
            "Landtag Brandenburg\nDrucksache 8/99\nAntwort\nder Landesregierung\nauf die Kleine "
            "Anfrage Nr. 12",
            "DE-BB",
        ),
    ],
)
def test_a_letter_spaced_answer_heading(text: str, expected: str) -> None:
    assert publisher(text) == expected


def test_spaced_letters_of_other_words_are_no_answer() -> None:
    # a question without an answer: the parliament prints it, no government answers
    text = "LANDTAG RHEINLAND-PFALZ\nDrucksache 18/1234\nK l e i n e  A n f r a g e\nder Abgeordneten X"
    assert publisher(text) is None


# ------------------------------------------------------------------ a release showing no issuer


@pytest.mark.parametrize(
    "text",
    [
        # an unnumbered marker, the Land only in its own voice
        "Pressemitteilung\nFachtag „Neu im Viertel“ am 4. Juni 2025 in Kiel\nDas Land "
        "Schleswig-Holstein lädt Initiativen zum Fachtag ein. Anmeldung bis 20. Mai 2025.",
        "Presseinformation\n\nDer Freistaat Sachsen fördert auch 2024 Sprachcafés in Leipzig "
        "und Chemnitz. Anträge sind bis zum 30. April möglich.",
        "Pressemitteilung – 12.03.2024\nIn Hessen stehen 2024 wieder Mittel für Lotsenprojekte "
        "bereit, teilte das Land mit.",
    ],
)
def test_an_unnumbered_release_naming_no_body_has_no_publisher(text: str) -> None:
    assert publisher(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbered: a Land government's release series
        (
            "Pressemitteilung 41/2024\nDas Land Schleswig-Holstein lädt Initiativen zum Fachtag "
            "ein.",
            "DE-SH",
        ),
        # a body named in the text
        (
            "Pressemitteilung\nDas sächsische Sozialministerium fördert Sprachcafés in Leipzig.",
            "DE-SN",
        ),
        # an office holder of the Land speaks
        (
            "Pressemitteilung\nIntegrationsministerin Hanna Vogt: Der Freistaat Sachsen fördert "
            "Sprachcafés in Leipzig.",
            "DE-SN",
        ),
    ],
)
def test_a_release_with_a_number_a_body_or_an_office_holder_keeps_its_land(
    text: str, expected: str
) -> None:
    assert publisher(text) == expected


# ------------------------------------------------------------------ a ministry's acronym in a source tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "portal.sachsen.de > Aktuelles\nMedieninformation\nDresden, 10.03.2024\nNeue Kurse\n"
            "Quelle: SMS.SN",
            "DE-SN",
        ),
        ("Aktuelles\n12.05.2023\nMehr Lotsen für Geflüchtete\nQuelle: StMAS/BY", "DE-BY"),
        ("Meldung\n02.02.2022\nBeratung wird ausgebaut.\nQuelle: MSGIV-BB", "DE-BB"),
    ],
)
def test_a_ministrys_acronym_with_its_lands_code(text: str, expected: str) -> None:
    assert publisher(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a broadcaster's or an agency's source line
        "Nachrichten\n12.05.2023\nMehr Lotsen für Geflüchtete\nQuelle: MDR.SN",
        "Nachrichten\n12.05.2023\nMehr Lotsen für Geflüchtete\nQuelle: dpa/BY",
        "Nachrichten\n12.05.2023\nMehr Lotsen für Geflüchtete\nQuelle: KNA.BY",
    ],
)
def test_a_broadcasters_or_agencys_source_line_gives_no_land(text: str) -> None:
    assert publisher(text) is None
