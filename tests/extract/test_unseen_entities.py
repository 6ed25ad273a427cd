"""Office holders, programmes and document facts in constructions the corpus rarely shows
(invented passages: each rule with passages of different wording and hard negatives)."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.extract.dates import document_date
from intgraph.extract.documents import ministry_land
from intgraph.extract.programmes import find_programmes
from intgraph.language.text import TextIndex
from intgraph.models import Document
from intgraph.resolve import resolve


def _extract(text: str):
    return extract(Document("x.txt", "x.txt", text, "0" * 64))


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(_extract(text))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


def labels(text: str) -> set[str]:
    return {p.label for p in find_programmes(TextIndex(text))}


# ---------------------------------------------------------------- persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seit März 2023 ist Dr. Ilse Varnholt Integrationsbeauftragte des Landes Hessen.",
            ("Ilse Varnholt", "Beauftragte", "DE-HE"),
        ),
        (
            "Neue Staatssekretärin im Sozialministerium ist Prof. Dr. Mareike Tjaden.",
            ("Mareike Tjaden", "Staatssekretaer", None),
        ),
        (
            "Am Montag wurde Dr. Jonas Erlbeck als neuer Innenminister Thüringens vereidigt.",
            ("Jonas Erlbeck", "Minister", "DE-TH"),
        ),
    ],
)
def test_an_academic_title_ends_no_sentence(text: str, expected: tuple) -> None:
    # "Dr." before the name: its full stop does not cut the copula clause in two
    assert expected in holdings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kiel. Der frühere Innenminister Schleswig-Holsteins, Gunnar Hamburger, ist tot. "
            "Hamburger war von 2005 bis 2009 im Amt.",
            {("Gunnar Hamburger", "Minister", "DE-SH")},
        ),
        (
            "Die sächsische Integrationsministerin Ruth Berliner hat am Dienstag "
            "das neue Landesprogramm vorgestellt.",
            {("Ruth Berliner", "Minister", "DE-SN")},
        ),
    ],
)
def test_a_demonym_after_a_given_name_is_the_family_name(text: str, expected: set) -> None:
    found = holdings(text)
    assert expected <= found
    # and it names no Land of its own
    assert not any(land in {"DE-HH", "DE-BE"} for _, _, land in found)


def test_a_demonym_before_a_noun_stays_an_adjective() -> None:
    found = holdings("Sozialsenatorin Anja Stahmann, Bremer Senat, eröffnete die Tagung.")
    assert ("Anja Stahmann", "Senator", "DE-HB") in found
    found = holdings("Ministerin Petra Wolke Hamburger Behörden bat um Rat.")
    assert not any("Hamburger" in name for name, _, _ in found)


def test_a_table_row_takes_the_land_of_its_code_cell() -> None:
    text = (
        "Land | Behörde | Mitglied\n"
        "NI | Ministerium für Inneres und Sport | Minister Olaf Brinkmeyer\n"
        "HB | Die Senatorin für Soziales, Jugend, Integration und Sport | Senatorin Ute Lanz\n"
        "SN\tStaatsministerium für Soziales\tStaatsministerin Carla Weidig\n"
    )
    found = holdings(text)
    assert ("Olaf Brinkmeyer", "Minister", "DE-NI") in found
    assert ("Ute Lanz", "Senator", "DE-HB") in found
    assert ("Carla Weidig", "Minister", "DE-SN") in found


def test_a_row_label_that_is_no_land_code_gives_no_land() -> None:
    found = holdings("TOP | Bericht der Arbeitsgruppe | Senatorin Ute Lanz\n")
    assert ("Ute Lanz", "Senator", None) in found or not found


# ---------------------------------------------------------------- document facts


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Presseinformation 31/2019 vom 04.07.2019\n\nDer Minister …", "2019-07-04"),
        ("Medieninformation Nr. 7 vom 3. Februar 2022\n\nHeute …", "2022-02-03"),
        ("Artikel\nveröffentlicht am:\n11.06.2014\n\nText des Artikels", "2014-06-11"),
        ("Thüringer Ministerium für Migration\nErfurt, 03.11.15\nDer Minister …", "2015-11-03"),
    ],
)
def test_labelled_and_dateline_dates(text: str, date: str) -> None:
    found = document_date(text)
    assert found is not None and found[0] == date


@pytest.mark.parametrize(
    "text",
    [
        # a schedule: the dates of events, each with a span of time
        "Die Termine:\n12.03.2019, 10.00 – 13.00 Uhr, Kiel, Landeshaus\n"
        "19.03.2019, 14.00 – 16.00 Uhr, Lübeck\n",
        # a two-digit year inside the text is no publication date
        "Der Antrag vom 12.05.09 wurde abgelehnt.",
        # a version number is no date
        "Die App in Version 2.10.19 ist verfügbar.",
    ],
)
def test_event_dates_are_no_publication_date(text: str) -> None:
    assert document_date(text) is None


def test_a_label_line_above_a_date_beats_an_event_line() -> None:
    text = "Die Termine:\n20.09.2019, 10.00 – 12.00 Uhr, Kiel\nerstellt am:\n05.09.2019\n"
    assert document_date(text)[0] == "2019-09-05"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("Thüringer Staatskanzlei\nNewsletter 3/2020\n\nInhalt: …", "DE-TH"),
        ("Bayerische Staatskanzlei\n\nDas Kabinett hat heute beschlossen …", "DE-BY"),
        (
            "Land Brandenburg > Ministerium für Soziales > Presse\nNr. 12/2014 | 03.02.2014\n",
            "DE-BB",
        ),
        (
            "Startseite › Freistaat Sachsen › Staatsministerium für Soziales\n"
            "Pressemitteilung vom 1. April 2020\n",
            "DE-SN",
        ),
        # a letterhead naming the body and not its Land: the reference list's ministry of
        # that name
        (
            "Die Senatorin für Arbeit, Soziales, Jugend und Integration\n\n"
            "Pressemitteilung vom 2. Mai 2024\n\nDie Senatorin lädt ein.",
            "DE-HB",
        ),
    ],
)
def test_publisher_from_letterheads_and_breadcrumbs(text: str, land: str) -> None:
    assert _extract(text).facts.publisher_land == land


def test_a_ministry_name_of_no_single_land_gives_none() -> None:
    assert ministry_land("Ministerium für Soziales") is None
    assert ministry_land("Verein für Integration und Soziales") is None


def test_a_breadcrumb_of_a_newspaper_is_no_letterhead() -> None:
    facts = _extract("Startseite > Politik > Sachsen\nDresden. Die Regierung …").facts
    assert facts.publisher_land is None


# ---------------------------------------------------------------- programmes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Über das Landesaufnahmeprogramm Syrien sind 300 Menschen gekommen.",
            "Landesaufnahmeprogramm Syrien",
        ),
        (
            "Das Sonderaufnahmeprogramm Ukraine wurde verlängert.",
            "Sonderaufnahmeprogramm Ukraine",
        ),
        (
            "Die Empfehlungen flossen in das Handlungskonzept Teilhabe ein, das 2015 beschlossen wurde.",
            "Handlungskonzept Teilhabe",
        ),
    ],
)
def test_a_programme_compound_with_a_name_in_apposition(text: str, expected: str) -> None:
    assert expected in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Es ist wichtig, dass der Landesaktionsplan Maßnahmen gegen Rassismus enthält.",
        "Ob das Integrationskonzept Kommunen stärkt, ist offen.",
        "Das Integrationskonzept Sachsens ist veraltet.",
        "Mit dem Förderprogramm Berlin haben wir Erfahrung.",
    ],
)
def test_a_common_noun_or_land_after_a_programme_compound_is_no_name(text: str) -> None:
    assert not any(" " in label for label in labels(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kritik gab es an der Umsetzung des Sächsischen Zuwanderungs- und Integrationskonzepts.",
            "Sächsisches Zuwanderungs- und Integrationskonzept",
        ),
        (
            "Mit dem Bayerischen Integrationsprogramm fördert das Land Sprachkurse.",
            "Bayerisches Integrationsprogramm",
        ),
        (
            "Sie lobte den Hessischen Aktionsplan gegen Rassismus.",
            "Hessischer Aktionsplan",
        ),
    ],
)
def test_a_capitalised_land_adjective_makes_a_name(text: str, expected: str) -> None:
    assert expected in labels(text)


def test_a_land_adjective_in_lower_case_or_before_an_institution_is_no_name() -> None:
    assert labels("Das sächsische Integrationskonzept ist veraltet.") == set()
    assert labels("Im Bayerischen Staatsministerium für Familie wurde beraten.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gefördert werden in diesem Jahr 40 Integrationsberaterinnen für Geflüchtete.",
            "Integrationsberatung für Geflüchtete",
        ),
        ("Landesweit gefördert werden Sprachmittlerinnen und Sprachmittler.", "Sprachmittlung"),
    ],
)
def test_funded_staff_give_the_service(text: str, expected: str) -> None:
    assert expected in labels(text)


def test_a_prefixed_course_type_is_its_own_row() -> None:
    assert "Job-Berufssprachkurs" in labels("Dafür gibt es Job-Berufssprachkurse der Agentur.")
    assert "Berufssprachkurs" in labels("Dafür gibt es Berufssprachkurse der Agentur.")


def test_a_slogan_after_a_colon_is_no_part_of_the_name() -> None:
    found = labels("Das Landesprogramm „Brückenbauer: Weil jeder zählt“ endet 2025.")
    assert "Brückenbauer" in found
    assert not any("Weil" in label for label in found)
    # a title with a colon inside a longer name stays whole
    found = labels("Die Initiative „Neue Wege in der Pflege: Chancen für Zugewanderte“ läuft.")
    assert "Neue Wege in der Pflege: Chancen für Zugewanderte" in found
