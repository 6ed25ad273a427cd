"""Programme names by morphology and frame in text the rules were not written on (issue 12).

Every passage is invented for this test, each rule with two or more wordings and hard
negatives: a funded staff noun gives its service (``-manager`` → ``-management``, ``-pate`` →
``-patenschaft``), a programme's named module, gender forms inside a name, a quoted name with
a regional tag or given as a thing's new name, a quoted compound on an instrument head, a
name before a word for its projects or courses, a heading name the next sentence calls a
programme, a labelled list of programmes, neighbourhood mothers and fathers.
"""

from __future__ import annotations

from intgraph.extract.programmes import find_programmes
from intgraph.language.text import TextIndex


def labels(text: str) -> list[str]:
    return sorted({p.label for p in find_programmes(TextIndex(text))})


# ---------------------------------------------------------------- staff named for the service
def test_funded_managers_and_sponsors_name_their_service() -> None:
    assert labels("Das Land fördert die kommunalen Integrationsmanager auch 2026.") == [
        "Integrationsmanagement"
    ]
    assert labels(
        "Weiterhin gefördert werden ehrenamtliche Lesepatinnen und Lesepaten an Grundschulen."
    ) == ["Lesepatenschaft"]
    assert labels("Gefördert werden Bildungspaten für Neuzugewanderte in drei Kreisen.") == [
        "Bildungspatenschaft für Neuzugewanderte"
    ]
    # the truncated doublet ("-manager") belongs to the same noun
    assert labels("Der Bund fördert Quartiersmanagerinnen und -manager in 40 Städten.") == [
        "Quartiersmanagement"
    ]


def test_staff_outside_a_funding_frame_names_no_service() -> None:
    assert labels("Der Manager des Vereins sprach lange mit den Paten der Kinder.") == []
    assert labels("Über das Programm finanziert das Ministerium Familienpatinnen.") == []


# ---------------------------------------------------------------- named parts and gender forms
def test_a_named_module_of_a_programme() -> None:
    assert labels("Neu ist der Baustein „Job-Brücke“ für junge Erwachsene.") == ["Job-Brücke"]
    assert labels("Im Modul „Sprachcafé Plus“ treffen sich Mütter wöchentlich.") == [
        "Sprachcafé Plus"
    ]


def test_a_gender_form_inside_a_programme_name() -> None:
    assert labels("Das Land finanziert das Programm Mittler*innen im Quartier.") == [
        "Mittler*innen im Quartier"
    ]
    assert labels("Seit 2022 läuft das Projekt Lots:innen für Familien.") == [
        "Lots:innen für Familien"
    ]


# ---------------------------------------------------------------- quoted names by their frame
def test_a_quoted_name_with_a_regional_tag() -> None:
    assert labels("Ihr Lieblingsprojekt? Eindeutig „Ausbildung Plus Nord“.") == [
        "Ausbildung Plus Nord"
    ]
    assert labels("Der „Starthilfefonds Brandenburg“ unterstützt 30 Vereine.") == [
        "Starthilfefonds Brandenburg"
    ]
    assert labels("Neu im Programm ist „Lernen vor Ort Hessen“ mit zehn Standorten.") == [
        "Lernen vor Ort Hessen"
    ]


def test_a_regional_tag_on_a_medium_a_body_or_a_test_is_no_programme() -> None:
    assert labels("Das berichtete „Radio Bremen“ am Morgen über das Programm.") == []
    assert labels("Mit dem „Bündnis für Toleranz Sachsen“ will das Land Projekte fördern.") == []
    assert labels("Dann folgt der Test „Leben in Sachsen“ für alle Kursteilnehmer.") == []
    # no programme or funding in the sentence or the one before
    assert labels("Die Zeitung druckte den Satz „Heimat Nord“ auf die erste Seite.") == []
    # a funded body: the recipient of the funding, or called a body in apposition
    assert (
        labels("Die Förderung ging an die „Tafel Nord“ und den „Kinderschutzbund Hamburg“.") == []
    )
    assert (
        labels("Das Programm unterstützt „Neue Nachbarn Hessen“, ein Netzwerk von Vereinen.") == []
    )


def test_a_quoted_name_given_as_the_new_name_of_a_programme() -> None:
    assert labels(
        "Das Bundesprogramm endet im Sommer. Bayern führt es fort, unter dem Namen „Kita-Sprache Bayern“."
    ) == ["Kita-Sprache Bayern"]
    assert labels(
        "Das Landesprogramm wird verlängert – unter neuem Namen: „Brücken in den Beruf“."
    ) == ["Brücken in den Beruf"]
    # a body's name: no programme in sight
    assert labels("Der Verein tritt künftig unter dem Namen „Bunte Nachbarn“ auf.") == []


def test_a_quoted_compound_on_an_instrument_head() -> None:
    assert labels(
        "Seit 2019 gibt es in Hessen die „IQ-Anerkennungsberatung“ in allen Kreisen."
    ) == ["IQ-Anerkennungsberatung"]
    assert labels("Das Geld kommt aus dem „Landesteilhabefonds“ des Freistaats.") == [
        "Landesteilhabefonds"
    ]
    # a compound of kind alone may be scare-quoted; so may one of another field
    assert labels("Der Minister sprach vom „Masterplan“ der Regierung.") == []
    assert labels("Das Land stockt den „Straßenbaufonds“ auf.") == []


# ---------------------------------------------------------------- a name before its projects
def test_a_name_before_a_word_for_its_projects_or_courses() -> None:
    assert labels("Die Eltern nutzen die Angebote der Brücken-Bauen-Projekte im Kreis.") == [
        "Brücken-Bauen"
    ]
    assert labels("Das Land finanziert die LernPlus-Kurse an 20 Schulen.") == ["LernPlus"]
    # a generic noun before the word names nothing
    assert labels("In den Kita-Projekten lernen Kinder Deutsch. Sprach-Kurse gibt es auch.") == []


def test_a_brand_before_its_courses_is_the_programme_named_in_full() -> None:
    text = "Ab Mai starten drei KiA-Kurse. Das Programm „KiA – Kinder im Alltag“ zahlt der Bund."
    assert labels(text) == ["KiA – Kinder im Alltag"]


def test_offices_of_a_named_programme_are_that_programme() -> None:
    text = (
        "Über das Programm „Lesebrücke Thüringen“ werden Studierende gewonnen; die "
        "Leseclub-Stützpunkte der Lesebrücke gibt es an 30 Schulen."
    )
    assert labels(text) == ["Lesebrücke Thüringen"]


# ---------------------------------------------------------------- page headings and lists
def test_a_heading_name_that_the_next_sentence_calls_a_programme() -> None:
    assert labels("„Willkommen in Lübeck“\nDas Projekt der Stadt läuft seit 2019.") == [
        "Willkommen in Lübeck"
    ]
    assert labels("„Neustart Beruf“\n\nDieses Förderprogramm richtet sich an Frauen.") == [
        "Neustart Beruf"
    ]
    # a headline quotation followed by a sentence about someone
    assert labels("„Wir sind bereit“\nDer Minister sagte das am Montag.") == []


def test_a_labelled_list_of_programmes() -> None:
    text = "Mehr erfahren\nWeitere Programme: Lesestart Nord | Job-Kompass | Mentoring für Frauen\n"
    assert labels(text) == ["Job-Kompass", "Lesestart Nord", "Mentoring für Frauen"]
    # a sentence in the list is no name
    assert labels("Weitere Projekte: Das steht noch nicht fest.\n") == []
    # a generic noun in the list is a field, not a name
    assert labels("Weitere Projekte: Beratung | Sprachcafé Nord | Kontakt\n") == ["Sprachcafé Nord"]


# ---------------------------------------------------------------- neighbourhood parents
def test_neighbourhood_mothers_and_fathers_not_kin_or_care() -> None:
    assert labels("In Neukölln gehen Kiezmütter auf Familien zu.") == ["Kiezmütter"]
    assert labels("Neu im Programm sind die Stadtteilväter.") == ["Stadtteilväter"]
    assert labels("Die Großmütter und Tagesmütter der Stadt feierten.") == []


# ---------------------------------------------------------------- unquoted brands
def test_an_unquoted_brand_with_a_suffix_or_an_english_agent_noun() -> None:
    assert labels("Über Lernzeit Plus finanziert das Land Nachhilfe in 40 Schulen.") == [
        "Lernzeit Plus"
    ]
    assert labels("Welche Angebote helfen? In den Betrieben die Ausbildungs Scouts.") == [
        "Ausbildungs Scouts"
    ]
    # no programme or funding in sight; a lower-case "plus"
    assert labels("Die Firma stellt Job Scouts ein.") == []
    assert labels("Der Preis plus Mehrwertsteuer steigt, das Programm nicht.") == []


# ---------------------------------------------------------------- the Land admission programme
def test_a_land_admission_programme_is_the_instrument_type_unless_named() -> None:
    assert labels("Thüringen verlängert sein Landesaufnahmeprogramm für syrische Angehörige.") == [
        "Landesaufnahmeprogramm"
    ]
    assert labels("Das Land startet ein Landesaufnahmeprogramm Afghanistan für Ortskräfte.") == [
        "Landesaufnahmeprogramm Afghanistan"
    ]


def test_a_name_with_a_preposition_before_a_particle_or_a_time() -> None:
    assert labels("Der Bund stockt die Mittel für das Programm Integration durch Bildung auf.") == [
        "Integration durch Bildung"
    ]
    # no programme noun before the phrase
    assert labels("Der Bund stockt die Mittel für Schulen in Sachsen bis 2026 auf.") == []
    text = "Das Land verlängert das Förderprogramm Lernen mit Eltern bis Ende 2026."
    assert labels(text) == ["Lernen mit Eltern"]
    assert labels("Gefördert über die Richtlinie „Teilhabe vor Ort“ wurden 80 Projekte.") == [
        "Teilhabe vor Ort"
    ]


def test_a_programme_noun_that_says_what_it_is_called() -> None:
    assert labels("Das Programm heißt „Kiel hilft“ und läuft seit März.") == ["Kiel hilft"]
    assert labels("Das neue Landesprojekt trägt den Namen „Brücken bauen“.") == ["Brücken bauen"]
    # a person's or a town's name is no programme's
    assert labels("Die Ministerin heißt „Frau Doktor“ im Dorf.") == []


def test_quoted_names_coordinated_after_a_programme_noun() -> None:
    assert labels("Die Mittel fließen in die Programme „Ankommen“ und „Bleiben“.") == [
        "Ankommen",
        "Bleiben",
    ]
    text = "Zu den Förderprogrammen gehören „Start Up Migration“, „Kulturbrücke“ und „Ehrenamt verbindet“."
    assert labels(text) == ["Ehrenamt verbindet", "Kulturbrücke", "Start Up Migration"]
    # a lower-case quotation after "und" is no name
    assert labels("Das Projekt „Lesepause“ und „ein bisschen Glück“ reichten nicht.") == [
        "Lesepause"
    ]
    assert labels("Die Minister sind „optimistisch“ und „entschlossen“.") == []


def test_a_plan_named_by_its_year_before_a_genitive() -> None:
    assert labels("Der Integrationsplan 2030 des Landes wird fortgeschrieben.") == [
        "Integrationsplan 2030"
    ]
    assert labels("Der Stellenplan 2024 des Ministeriums wächst.") == []


def test_a_service_named_through_those_who_perform_it() -> None:
    # GOLD: a funded service named through its staff takes the service's name
    assert labels("Rund 300 Bundesfreiwilligendienstleistende arbeiten in Unterkünften.") == [
        "Bundesfreiwilligendienst"
    ]
