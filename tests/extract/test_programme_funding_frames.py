"""Programmes read from funding frames (issue 12): the funder as the subject after the verb in
an inverted main clause, an abbreviated connecting adverb ("u. a."), a service compound as the
object of an active funding verb or in the genitive after "Projekte der …", the instrument of
an active funding verb ("fördert mit „X“"), a service's name before a word for its structure
("-Netzwerke"), an office named by its kind ("-Servicebüros"), and a two-word name closed by
its abbreviation in brackets.

Every passage is invented for this test; each rule has several wordings and negatives.
"""

from __future__ import annotations

from intgraph.extract.programmes import find_programmes
from intgraph.language.text import TextIndex


def labels(text: str) -> list[str]:
    return sorted({p.label for p in find_programmes(TextIndex(text))})


# ------------------------------------------------- funded staff: the subject after the verb
def test_funder_after_the_verb_in_an_inverted_clause() -> None:
    assert labels(
        "Zusätzlich fördert das Ministerium die Integrationsbegleiterinnen und "
        "Integrationsbegleiter in den Landkreisen."
    ) == ["Integrationsbegleitung"]
    assert labels("Seit 2023 fördert die Landesregierung Sprachmittlerinnen in Kliniken.") == [
        "Sprachmittlung"
    ]
    assert labels("In Hamburg fördert die Sozialbehörde weiterhin Lernpatinnen und Lernpaten.") == [
        "Lernpatenschaft"
    ]
    assert labels("Ab Juli fördert der Senat zwölf Teilhabekoordinatoren.") == [
        "Teilhabekoordination"
    ]


def test_funder_after_the_verb_negatives() -> None:
    # the staff noun is a genitive inside another object, or the object is a town
    assert labels("Das Ministerium fördert den Austausch der Integrationsbegleiter.") == []
    assert labels("Die Behörde fördert die Stadt Neustadt mit Integrationsbegleitern.") == []
    # a staff noun with no funding verb
    assert labels("Das Ministerium lud die Integrationsbegleiter zu einem Fachtag ein.") == []


def test_abbreviated_connecting_adverb() -> None:
    assert labels("Gefördert werden u. a. Teilhabemanagerinnen und -manager.") == [
        "Teilhabemanagement"
    ]
    assert labels("Gefördert werden u.a. ehrenamtliche Sprachpatinnen.") == ["Sprachpatenschaft"]


# ------------------------------------------------------------ a service as funded object
def test_service_as_object_of_an_active_funding_verb() -> None:
    assert labels("Die Landesregierung fördert die Flüchtlingssozialarbeit in allen Kreisen.") == [
        "Flüchtlingssozialarbeit"
    ]
    assert labels(
        "Seit 2019 finanziert der Kreis die Migrationssozialarbeit in den Gemeinden."
    ) == ["Migrationssozialarbeit"]
    assert labels("Künftig fördern Land und Kommunen das Teilhabemanagement gemeinsam.") == [
        "Teilhabemanagement"
    ]


def test_service_in_the_genitive_after_projects_in_a_funding_sentence() -> None:
    assert labels("Gefördert werden auch Projekte der Migrationssozialberatung.") == [
        "Migrationssozialberatung"
    ]
    assert labels(
        "Das Land hat Angebote der Flüchtlingssozialarbeit mit Fördermitteln gestärkt."
    ) == ["Flüchtlingssozialarbeit"]


def test_service_object_negatives() -> None:
    # another field's service; no funding in the sentence; a genitive inside another object
    assert labels("Das Land fördert die Schulsozialarbeit an allen Gymnasien.") == []
    assert labels("Die Angebote der Flüchtlingssozialarbeit stehen allen offen.") == []
    assert labels("Das Land fördert den Austausch der Flüchtlingssozialarbeit.") == []


# --------------------------------------------------- the instrument of an active funding verb
def test_instrument_of_an_active_funding_verb() -> None:
    assert labels("Auch das Land fördert mit „Gemeinsam stark Saar“ Ehrenamt in Vereinen.") == [
        "Gemeinsam stark Saar"
    ]
    assert labels("Seit Mai unterstützt die Stadt mit „Lernen vor Ort“ Schülerinnen.") == [
        "Lernen vor Ort"
    ]
    assert labels("Mit „Brücken bauen“ fördert das Ministerium junge Geflüchtete.") == [
        "Brücken bauen"
    ]


def test_instrument_of_an_active_funding_verb_negatives() -> None:
    # a verb of advertising: a campaign's slogan; words, not a name; a body's name
    assert labels("Das Land wirbt mit „Deutsch lohnt sich“ für Sprachkurse.") == []
    assert labels("Sie unterstützt mit „ganzer Kraft“ den Antrag.") == []
    assert labels("Der Verein unterstützt mit „Aktion Mensch“ Familien.") == []


# ------------------------------------------------ words for a programme's structure or office
def test_service_name_before_a_word_for_its_structure() -> None:
    assert labels("Die Integrationslotsen-Netzwerke wurden fortgeführt.") == ["Integrationslotsen"]
    assert labels("Neu sind die Bildungslotsen-Teams an drei Schulen.") == ["Bildungslotsen"]
    # kin, not a service
    assert labels("Die Großmütter-Gruppen treffen sich montags.") == []


def test_office_named_by_its_kind() -> None:
    assert labels("Außerdem werden die Wegweiser-Servicebüros in zwei Städten ausgebaut.") == [
        "Wegweiser"
    ]
    assert labels("Das LernWerk-Projektbüro zieht nach Kiel.") == ["LernWerk"]


# ------------------------------------------- a two-word name closed by its abbreviation
def test_pair_name_before_its_abbreviation() -> None:
    assert labels(
        "Förderprogramm Wohnen und Lernen (WuL)\nDie Seite wird nicht mehr gepflegt."
    ) == ["Wohnen und Lernen"]
    assert labels("Das Landesprogramm Arbeit und Teilhabe (AuT) startet im Mai.") == [
        "Arbeit und Teilhabe"
    ]
    # the people the programme reaches, not its name
    assert labels("Gefördert werden durch das Programm Familien und Alleinerziehende (FA).") == []
