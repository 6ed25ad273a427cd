"""Programmes named in a list under a heading on programmes, by a short name and its expansion
after a dash, and by a quoted compound in the genitive or after a place's adjective (invented
passages)."""

from __future__ import annotations

import pytest

from intgraph.extract.programmes import find_programmes
from intgraph.language.text import TextIndex


def names(text: str) -> list[str]:
    return sorted({p.label for p in find_programmes(TextIndex(text))})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a web page's overview: bullets under a heading on programmes
        (
            "Förderprogramme im Überblick\n• FIT – Frauen in Teilhabe\n• LOTSE Thüringen\n",
            ["FIT – Frauen in Teilhabe", "LOTSE Thüringen"],
        ),
        # a description in brackets after the name is not a second programme
        (
            "Unsere Projekte:\n- Kompass Nord (Beratung durch Gesundheitslotsen)\n"
            "- BRÜCKE – Begleitung in Regelangebote\n",
            ["BRÜCKE – Begleitung in Regelangebote", "Kompass Nord"],
        ),
        # numbered items, a name closed by "plus"
        (
            "Landesprogramme\n1. Schulbegleitung plus\n2. Ankommen in Rostock\n",
            ["Ankommen in Rostock", "Schulbegleitung plus"],
        ),
    ],
)
def test_a_list_under_a_heading_on_programmes_names_them(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # fields of work: common nouns and function words only
        "Geförderte Projekte\n- Sprachförderung im Vorschulalter\n- Beratung für Frauen\n",
        # a page's navigation, a Land alone, a person with a role in brackets
        "Projekte\n- Kontakt\n- Impressum\n",
        "Unsere Projekte:\n- Sachsen\n- Anna Roth (Leitung)\n",
        # a list that is not under a heading on programmes
        "Termine im Überblick\n• FIT – Frauen in Teilhabe\n",
    ],
)
def test_lists_of_fields_people_or_other_things_name_no_programme(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme compound with hyphens before the quoted name
        (
            "Der Bund setzt das ESF-Plus-Programm „NEU – Netzwerke für Geflüchtete“ fort.",
            ["NEU – Netzwerke für Geflüchtete"],
        ),
        (
            "Im Rahmen des ESF-Plus-Programms „Lern-Netzwerke“ entstehen Projekte.",
            ["Lern-Netzwerke"],
        ),
        # a quoted compound with a name of its own, in the genitive: given in the nominative
        (
            "Im Rahmen des „Partizipationsprogramms Vielfalt“ fördert das Land 40 Projekte.",
            ["Partizipationsprogramm Vielfalt"],
        ),
        ("Die Mittel des „Aktionsplans Teilhabe“ steigen.", ["Aktionsplan Teilhabe"]),
        # a place's adjective before a quoted compound
        (
            "Die Senatorin stellte das „Kieler Integrationskonzept“ vor.",
            ["Kieler Integrationskonzept"],
        ),
        ("Teil des „Dresdner Aktionsplans“ ist eine Beratung.", ["Dresdner Aktionsplan"]),
    ],
)
def test_quoted_names_on_programme_compounds(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a compound alone may be scare-quoted
        "Das sei kein „Integrationskonzept“, sagte sie.",
        "Der „Aktionsplan“ bleibe vage.",
        # a lower-case adjective: a description, not a name
        "Ein „neues Integrationskonzept“ fehle.",
    ],
)
def test_scare_quoted_compounds_are_no_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # single quotation marks, as inside a quotation
        (
            "„Mit unserem Programm ‚Lernen jetzt!‘ erreichen wir viele“, sagte sie.",
            ["Lernen jetzt!"],
        ),
        ("Das Landesprogramm ‚Ankommen im Dorf‘ läuft weiter.", ["Ankommen im Dorf"]),
        # an apostrophe inside a name in double quotation marks stays part of it
        ("Das Projekt „Kids’ Treff“ startet.", ["Kids’ Treff"]),
    ],
)
def test_names_in_single_quotation_marks(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_offices_in_a_list_item_are_the_programme_they_belong_to() -> None:
    text = "Landesprogramme\n• Lernwerk-Servicestellen in Kiel und Lübeck\n• Beratung vor Ort\n"
    assert names(text) == ["Lernwerk"]


def test_a_quoted_name_with_a_motto_may_run_long() -> None:
    text = (
        "Das Bundesprogramm „Starke Nachbarschaft – Vor Ort. Vernetzt. Gemeinsam.“ fördert Dörfer."
    )
    assert names(text) == ["Starke Nachbarschaft – Vor Ort. Vernetzt. Gemeinsam."]


@pytest.mark.parametrize(
    "text",
    [
        "Die Kurse zur Erstorientierung werden 2025 neu ausgeschrieben.",
        "Ein Kurs zur Erstorientierung dauert 300 Unterrichtsstunden.",
    ],
)
def test_the_initial_orientation_course_written_as_a_phrase(text: str) -> None:
    # the course's name as a noun with a prepositional phrase instead of the compound
    assert names(text) == ["Erstorientierungskurs"]
