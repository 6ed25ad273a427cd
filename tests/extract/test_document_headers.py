"""A document's own date and publisher in the header and footer forms of portals, broadcasters,
agencies and newspapers (invented passages; issue 12): machine timestamps, broadcast and
source lines, abbreviated months, "am heutigen Dienstag, …", copyright and source tags, an
association's release."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.extract.dates import document_date
from intgraph.models import Document


def facts(text: str) -> tuple[str | None, str | None]:
    f = extract(Document("x.txt", "x.txt", text, "0" * 64)).facts
    return f.date, f.publisher_land


def date_of(text: str) -> str | None:
    found = document_date(text)
    return found[0] if found else None


# ------------------------------------------------------------------ machine timestamps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '<meta name="DC.date.issued" content="2019-05-06T10:00:00+02:00">\nLandkreis sucht '
            "Dolmetscher\nAm 2. Mai tagte der Ausschuss.",
            "2019-05-06",
        ),
        ('{"datePublished": "2023-02-14T07:45:00Z", "headline": "Mehr Kurse"}', "2023-02-14"),
        (
            '<meta property="article:modified_time" content="2024-01-09T12:00:00+01:00">\n'
            '<meta property="article:published_time" content="2024-01-08T08:00:00+01:00">',
            "2024-01-08",
        ),
    ],
)
def test_a_publication_timestamp_under_its_key(text: str, expected: str) -> None:
    assert date_of(text) == expected


def test_a_timestamp_of_change_counts_only_without_another_date() -> None:
    text = '<meta property="og:updated_time" content="2024-01-09T12:00:00+01:00">\nText.'
    assert date_of(text) == "2024-01-09"  # a portal line: the sole date stands
    # an ISO date without a time and a key is no timestamp of the page
    assert date_of("Die Frist endet laut Bescheid am 2024-01-31 um Mitternacht.") is None


# ------------------------------------------------------------------ broadcast and source lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WDR 5 | Beitrag vom 03.04.2022\nWie Sprachlotsen helfen\nEin Bericht.", "2022-04-03"),
        ("Das Thema im Programm: NDR Info, Abendjournal, 9. März 2021, 18 Uhr", "2021-03-09"),
        (
            "Kurse sind ausgebucht.\n\nQuelle: KNA-Landesdienst Nord, 14.06.2023\n",
            "2023-06-14",
        ),
        ("Mehr Stellen bewilligt.\n\nQuelle: IntMin.RP / 05.05.2022", "2022-05-05"),
    ],
)
def test_a_broadcast_or_source_line_gives_the_date(text: str, expected: str) -> None:
    assert date_of(text) == expected


def test_a_date_inside_a_sentence_stays_an_event() -> None:
    assert date_of("In der Sendung vom 3. Mai 2021 ging es um Kita-Plätze.") is None
    assert date_of("Die Quelle dieser Zahlen ist ein Bericht vom 3. Mai 2021.") is None


# ------------------------------------------------------------------ abbreviated months


def test_abbreviated_months_in_a_header() -> None:
    assert date_of("Neue Presse | 4. Dez. 2019 | Hannover\n\nText") == "2019-12-04"
    assert date_of("Lokales · 21. Sept. 2020\nText") == "2020-09-21"
    # without its full stop an abbreviation is no month ("3 Okt 2019" is no date here)
    assert date_of("Lokales · 3 Okt 2019\nText") is None


# ------------------------------------------------------------------ heute + weekday


def test_today_with_a_weekday_ties_the_date_to_the_release() -> None:
    assert date_of("Am heutigen Mittwoch, 8. Mai 2024, hat die Ministerin …") == "2024-05-08"
    assert date_of("Die Ministerin hat heute, Freitag, den 10. Mai 2024, …") == "2024-05-10"
    # another day is an event
    assert date_of("Am kommenden Mittwoch, 15. Mai 2024, tagt der Ausschuss.") is None


def test_a_release_marker_with_the_date_after_it() -> None:
    assert date_of("Presseinformation 12.02.2018\n\nDer Minister …") == "2018-02-12"
    assert date_of("Pressemitteilung: 07.03.2016\nText") == "2016-03-07"


# ------------------------------------------------------------------ publishers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beratung vor Ort\n\nDas Land fördert Beratungsstellen.\n\nStand: 02.02.2021\n"
            "© Hessisches Ministerium für Soziales und Integration",
            "DE-HE",
        ),
        (
            "Integration im Blick – Nr. 4\nHerausgegeben vom Ministerium für Inneres und Sport "
            "des Saarlandes\n\nIn diesem Heft: neue Kurse.",
            "DE-SL",
        ),
        (
            "Landesamt für Flüchtlingsangelegenheiten Berlin\n\nRundschreiben 2/2020\n\nBetr.: "
            "Unterbringung",
            "DE-BE",
        ),
        ("Neue Lotsen im Einsatz\n\nDie Förderung läuft an.\n\nQuelle: StK.BY", "DE-BY"),
    ],
)
def test_the_body_a_footer_or_a_source_tag_names(text: str, expected: str) -> None:
    assert facts(text)[1] == expected


def test_an_associations_release_has_no_land_publisher() -> None:
    assert facts(
        "Pressemitteilung des Paritätischen Wohlfahrtsverbands Sachsen\nDresden, 3. März 2022\n"
        "\nDer Verband fordert mehr Geld für die Migrationsberatung in Sachsen."
    ) == ("2022-03-03", None)
    assert facts(
        "Presseinformation der Initiative Willkommen in Thüringen e. V.\n\nDie Initiative lädt "
        "zum Fest in Erfurt."
    ) == (None, None)
    # a Land body named the same way is the publisher
    assert facts(
        "Pressemitteilung der Landesregierung Brandenburg\nPotsdam, 3. März 2022\n\nText."
    ) == ("2022-03-03", "DE-BB")
    # a copyright line of a newspaper names no Land body
    assert facts("Text über Sachsen.\n\n© Sächsische Zeitung 2021") == (None, None)


def test_a_copyright_line_under_a_caption_credits_a_photo() -> None:
    text = (
        "Ministerin Ada Roth übergibt den Vorsitz an Bremen.\n© Senatorin für Soziales, Jugend, "
        "Integration und Sport\n\nDie Konferenz der Integrationsministerinnen und -minister "
        "tagte zwei Tage lang in Hannover. Die Länder forderten vom Bund mehr Geld für "
        "Integrationskurse und für die Beratung Geflüchteter in den Kommunen. " * 3
    )
    assert facts(text)[1] is None
