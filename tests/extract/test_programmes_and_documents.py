from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.extract import extract
from intgraph.extract.programmes import find_programmes
from intgraph.language.text import TextIndex
from intgraph.models import Document


def keys(text: str) -> list[str]:
    return sorted({p.key for p in find_programmes(TextIndex(text))})


def test_programme_variants() -> None:
    assert keys(
        "Finanzierung von Integrations- und Berufssprachkursen sowie Erstorientierungskursen"
    ) == [
        "berufssprachkurs",
        "erstorientierungskurs",
        "integrationskurs",
    ]
    assert keys("mit dem Job-Turbo und der Migrationsberatung für Erwachsene") == [
        "job-turbo",
        "mbe",
    ]
    assert keys("den Nationalen Integrationsplan (NIP)") == ["nip"]


def test_generic_fields_are_not_programmes() -> None:
    assert (
        keys("Sprachförderung und Beratung sind wichtig; die Erstorientierung über das Leben hier")
        == []
    )


def test_named_programme_in_quotes_is_provisional() -> None:
    found = find_programmes(TextIndex("Das Landesprogramm „Gemeinsam stark“ startet."))
    assert [(p.label, p.provisional) for p in found] == [("Gemeinsam stark", True)]


def labels(text: str) -> list[str]:
    return sorted({p.label for p in find_programmes(TextIndex(text))})


def test_course_types_of_the_integration_course_and_truncated_coordination() -> None:
    text = "Neu sind Jugend- und Elternintegrationskurse; danach folgt der Orientierungskurs."
    assert labels(text) == ["Elternintegrationskurs", "Jugendintegrationskurs", "Orientierungskurs"]
    assert labels(
        "Kurse mit Alphabetisierung: der Alphabetisierungskurs und Frauenintegrationskurse"
    ) == [
        "Alphabetisierungskurs",
        "Frauenintegrationskurs",
    ]


def test_a_line_break_hyphen_does_not_hide_a_programme() -> None:
    assert keys("bei der Umsetzung des Natio-nalen Integrationsplanes") == ["nip"]
    assert keys("mehr berufsbezogene Sprachkurse für Beschäftigte") == ["berufssprachkurs"]


def test_named_by_frame_and_brand() -> None:
    assert labels("Mit dem Programm Sprachfix2Go lernen Geflüchtete am Handy.") == ["Sprachfix2Go"]
    assert labels("Die Initiative „Ankommen leicht gemacht“ startet im Mai.") == [
        "Ankommen leicht gemacht"
    ]
    # words for a programme's offices are dropped
    assert labels("Das Land fördert die KursKompass-Servicestellen in fünf Kreisen.") == [
        "KursKompass"
    ]


def test_services_named_through_staff_or_head() -> None:
    assert labels("Gefördert werden Stadtteilkoordinatorinnen in zehn Kommunen.") == [
        "Stadtteilkoordination"
    ]
    assert labels("Die Sprachlotsen begleiten Familien; die Betreuungspauschale steigt.") == [
        "Betreuungspauschale",
        "Sprachlotsen",
    ]


def test_not_programmes_institutions_and_descriptions() -> None:
    assert (
        labels("Das Teilhabekonzept des Freistaates und das Psychosoziale Zentrum in Jena.") == []
    )
    assert labels("Die IntMK tagte; SozMin und BAMF berichteten.") == []


def doc(text: str) -> Document:
    return Document("/x.txt", "x.txt", text, "0" * 64)


def test_publisher_from_letterhead() -> None:
    ex = extract(
        doc(
            "Hessisches Ministerium für Soziales und Integration\n\nTitel der Meldung hier\n\nText."
        )
    )
    assert (ex.facts.publisher_land, ex.facts.publisher_ministry) == (
        "DE-HE",
        "he-sozialministerium",
    )


def test_publisher_from_press_marker_and_dominant_land() -> None:
    ex = extract(
        doc(
            "Pressemitteilung 12/2020 vom 01.04.2020\n\nBrandenburg lädt ein. In Brandenburg "
            "tagt die Runde."
        )
    )
    assert (ex.facts.date, ex.facts.publisher_land, ex.facts.kind) == (
        "2020-04-01",
        "DE-BB",
        "press-release",
    )
    # unnumbered and naming no issuing body, the Land only in its own voice: no publisher
    # shown (GOLD.md's conventions)
    ex = extract(
        doc(
            "Pressemitteilung vom 01.04.2020\n\nBrandenburg lädt ein. In Brandenburg tagt die Runde."
        )
    )
    assert (ex.facts.date, ex.facts.publisher_land) == ("2020-04-01", None)


def test_no_publisher_without_letterhead_or_marker() -> None:
    ex = extract(doc("Baden-Württemberg übernimmt den Vorsitz. Baden-Württemberg freut sich."))
    assert ex.facts.publisher_land is None


def test_resolution_records_have_no_land_publisher() -> None:
    ex = extract(
        doc(
            "Beschlussniederschrift\n\nVorsitz: Senatorin für Soziales der Freien Hansestadt Bremen"
        )
    )
    assert ex.facts.kind == "resolution-record" and ex.facts.publisher_land is None


def test_compound_programme_nouns_with_quoted_or_bare_names() -> None:
    assert labels(
        "Das Land startet das Mentoringprogramm „Brücken bauen“ und den Sprachkurs „Deutsch am Hafen“."
    ) == [
        "Brücken bauen",
        "Deutsch am Hafen",
    ]
    assert labels("Mit dem Landesprogramm KOMPASS fördert das Land Beratung.") == ["KOMPASS"]
    assert labels("Seit Mai läuft das Programm Neustart Pflege in drei Kreisen.") == [
        "Neustart Pflege"
    ]
    assert labels(
        "Mit dem Aktionsplan Sachsen 2030 und dem Sofortpaket Schulen reagiert das Land."
    ) == [
        "Aktionsplan Sachsen 2030",
        "Sofortpaket Schulen",
    ]


def test_a_name_before_a_word_for_its_offices_and_hyphenated_lotsen() -> None:
    assert labels("Die Ankunft-Beratungsstellen helfen; das Projekt Schul-Lotsen wächst.") == [
        "Ankunft",
        "Schul-Lotsen",
    ]


def test_laws_and_listed_names_inside_quotes() -> None:
    assert labels("Beratung nach § 12a AsylG für Asylsuchende.") == []
    assert labels("Das Bundesprogramm „Integrationskursträger vernetzen“ läuft aus.") == [
        "Integrationskurs",
        "Integrationskursträger vernetzen",
    ]
    assert labels(
        "die Asylverfahrensberatung und Mittel des Asyl-, Migrations- und Integrationsfonds"
    ) == [
        "Asyl-, Migrations- und Integrationsfonds",
        "Asylverfahrensberatung",
    ]
    assert labels("Eine Reform des Integrationskurssystems steht an.") == []


# ---------------------------------------------------------------- rule classes (invented passages)


def test_unquoted_name_in_apposition_to_a_programme_noun() -> None:
    assert labels("Wir haben das Landesprogramm Brückenschlag aufgelegt.") == ["Brückenschlag"]
    assert labels(
        "Bezahlt wird es über die Förderrichtlinie Gelebte Nachbarschaft, wie es hieß."
    ) == ["Gelebte Nachbarschaft"]


def test_quoted_name_the_sentence_calls_a_project() -> None:
    assert labels("„Väter lernen Deutsch“ heißt ein Projekt des Vereins.") == [
        "Väter lernen Deutsch"
    ]
    assert labels("Mit „Start Up Care“ startet in der Eifel ein Projekt für Geflüchtete.") == [
        "Start Up Care"
    ]


def test_instrument_compound_and_law_abbreviation() -> None:
    assert labels("Beantragt werden kann der Qualifizierungszuschuss des Landes.") == [
        "Qualifizierungszuschuss"
    ]
    assert keys("Sie besuchen Berufssprachkurse (DeuFöV) und ein Praktikum.") == [
        "berufssprachkurs"
    ]


def facts_of(text: str):
    return extract(Document("x.txt", "x.txt", text, "0" * 64)).facts


def test_a_cited_release_is_not_the_documents_own() -> None:
    text = (
        "nachrichten-portal.de | Politik | 3. März 2025 | von Eva Muster\n\nErfurt. Das Thüringer "
        "Sozialministerium hat in seiner Pressemitteilung 12/2025 angekündigt, die Kurse zu verlängern."
    )
    assert facts_of(text).publisher_land is None


def test_body_named_in_a_header_line_of_fields() -> None:
    text = (
        "Interview | 10.06.2024 | Hessisches Ministerium für Soziales und Integration\n\n"
        "„Wir bleiben dran“\n\nFrage: Frau Ministerin, wie geht es weiter?"
    )
    assert facts_of(text).publisher_land == "DE-HE"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["KitaPlus", "Kita", "Plus", "BiK3", "x", "-", "!", "Start!Up", "ÄrztePlus",
                         " ", "a", "Z", "3", "_", "Ab", "ab-Cd", "\n"]),
        max_size=16,
    ).map("".join)
)  # fmt: skip
def test_brand_word_as_first_written(text: str) -> None:
    """The brand-word pattern opens with its capital (the look-behind after it: issue 16);
    its matches are those of the pattern as first written."""
    import re

    from intgraph.extract.programmes import _BRAND, _BRAND_WORD

    plain = re.compile(rf"(?<![\w-])(?P<name>{_BRAND})(?![\w])")
    got = [(m.span(), m.span("name")) for m in _BRAND_WORD.finditer(text)]
    assert got == [(m.span(), m.span("name")) for m in plain.finditer(text)]
