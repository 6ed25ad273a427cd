"""Motion constructions read from German grammar rather than from one passage's wording
(issue 12, this session): a failed or successful initiative owned through a possessive
("Mit seinem Vorstoß für X ist Land gescheitert"), the body's joint products ("ein Papier zu X
erarbeitet"), "auf Vorschlag/Antrag Landes" as the submitter, bulleted TOP lines, numbered
resolutions with a year and a labelled title line, and decisions of other bodies (the IMK, a
Land cabinet, the Bundesrat) that are no IntMK motions.

Every passage is invented for this test; each rule has passages in different wording and hard
negatives.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

INTMK = "Die 18. Integrationsministerkonferenz tagte in Wiesbaden. "


def found(text: str, publisher: str | None = None) -> list[tuple[str, list[str], str]]:
    return [
        (m.title, sorted(m.submitters), m.result) for m in find_motions(TextIndex(text), publisher)
    ]


def titles(text: str) -> list[str]:
    return [t for t, _, _ in found(text)]


# ---------------------------------------------------------------- possessive owner
def test_a_failed_initiative_belongs_to_the_land_that_is_the_subject() -> None:
    front = (
        "Potsdam. Mit ihrem Vorstoß für einen Härtefallfonds sind Brandenburg und Bremen bei der "
        "Integrationsministerkonferenz gescheitert."
    )
    assert found(front) == [("Härtefallfonds", ["DE-BB", "DE-HB"], "rejected")]
    behind = (
        "Kiel. Schleswig-Holstein scheiterte auf der Integrationsministerkonferenz mit seinem "
        "Antrag, die Wohnsitzauflage für Auszubildende aufzuheben."
    )
    [(title, lands, result)] = found(behind)
    assert "Wohnsitzauflage" in title and lands == ["DE-SH"] and result == "rejected"
    success = (
        "Dresden. Sachsen hat sich bei der Integrationsministerkonferenz mit seiner Initiative "
        "zur Anerkennung von Pflegeabschlüssen durchgesetzt. Sie wurde einstimmig angenommen."
    )
    assert found(success) == [("Anerkennung von Pflegeabschlüssen", ["DE-SN"], "adopted")]


def test_a_possessive_without_a_land_as_subject_owns_no_initiative() -> None:
    # the Land is the place of an event, not the subject; an association's own idea
    place = (
        "München. Mit seinem Vorstoß für mehr Sprachkitas ist der Verband in Bayern gescheitert, "
        "berichtete die Integrationsministerkonferenz."
    )
    assert titles(place) == []
    ngo = (
        "Der Flüchtlingsrat war mit seiner Initiative für ein Bleiberecht vor der "
        "Integrationsministerkonferenz an die Öffentlichkeit gegangen."
    )
    assert titles(ngo) == []


# ---------------------------------------------------------------- titles
def test_titles_drop_the_preposition_and_article_of_a_noun_phrase_not_of_a_clause() -> None:
    text = (
        INTMK
        + "Ein Antrag Bayerns für eine schnellere Anerkennung von Abschlüssen wurde angenommen."
    )
    assert titles(text) == ["schnellere Anerkennung von Abschlüssen"]
    clause = INTMK + "Die Länder forderten, dass der Bund die Kurse dauerhaft finanziert."
    assert titles(clause) == ["der Bund die Kurse dauerhaft finanziert"]


def test_on_the_proposal_of_a_land_names_the_submitter() -> None:
    proposal = "Auf Vorschlag Berlins beschloss die Integrationsministerkonferenz eine Strategie gegen Rassismus in Behörden."
    assert found(proposal) == [("Strategie gegen Rassismus in Behörden", ["DE-BE"], "adopted")]
    request = (
        INTMK
        + "Zudem forderten die Länder auf Antrag Sachsens und Thüringens mehr Geld für Erstorientierung."
    )
    assert found(request) == [("mehr Geld für Erstorientierung", ["DE-SN", "DE-TH"], "adopted")]


# ---------------------------------------------------------------- joint products
def test_a_joint_product_of_the_body_is_a_decision() -> None:
    paper = (
        INTMK
        + "Die Länder haben ein gemeinsames Papier zur Gewinnung von Lehrkräften für Integrationskurse erarbeitet."
    )
    assert titles(paper) == [
        "gemeinsames Papier zur Gewinnung von Lehrkräften für Integrationskurse"
    ]
    points = "Die Integrationsministerkonferenz legte in Rostock Eckpunkte für eine digitale Sprachförderung vor."
    assert titles(points) == ["Eckpunkte für eine digitale Sprachförderung"]


def test_products_of_others_or_announced_ones_are_no_decision() -> None:
    others = INTMK + "Die Wohlfahrtsverbände haben ein Papier zur Migrationsberatung erarbeitet."
    assert titles(others) == []
    group = (
        INTMK
        + "Eine Arbeitsgruppe der Länder hat einen Leitfaden für Ausländerbehörden erarbeitet."
    )
    assert titles(group) == []
    announced = (
        INTMK + "Die Länder wollen bis zum Herbst ein Konzept für Sprachmittlung erarbeiten."
    )
    assert titles(announced) == []


# ---------------------------------------------------------------- agenda and records
def test_bulleted_top_lines_are_agenda_items() -> None:
    text = (
        "Tagesordnung der 20. Integrationsministerkonferenz\n"
        "• TOP 1 Digitalisierung der Integrationskurse\n"
        "- TOP 2 Bericht zur Lage geflüchteter Frauen\n"
        "* TOP 3 Verschiedenes\n"
    )
    assert [(m.agenda_item, m.title) for m in find_motions(TextIndex(text))] == [
        ("1", "Digitalisierung der Integrationskurse"),
        ("2", "Bericht zur Lage geflüchteter Frauen"),
    ]


def test_numbered_resolution_with_a_year_and_a_labelled_title_line() -> None:
    text = (
        "Integrationsministerkonferenz – Beschlusssammlung\n"
        "Beschluss Nr. 4/2019\n"
        "Betreff: Sprachförderung in Kindertagesstätten\n"
        "Antragsteller: Hamburg, Bremen\n"
        "Abstimmung: 16:0:0\n"
    )
    assert found(text) == [("Sprachförderung in Kindertagesstätten", ["DE-HB", "DE-HH"], "adopted")]
    prose = INTMK + "Mit Beschluss Nr. 4/2019 hatte die Konferenz das Thema erstmals aufgegriffen."
    assert titles(prose) == []


# ---------------------------------------------------------------- other bodies
def test_decisions_of_other_bodies_are_no_intmk_motions() -> None:
    imk = (
        INTMK
        + "Bei der Innenministerkonferenz im Juni hatte Bayern einen Antrag zur Abschiebung von "
        "Gefährdern eingebracht, der angenommen wurde."
    )
    assert titles(imk) == []
    cabinet = (
        INTMK
        + "Der Ministerrat hat am Dienstag beschlossen, ein Landesprogramm für Sprachmittlung aufzulegen."
    )
    assert titles(cabinet) == []
    asmk = INTMK + "Die Arbeits- und Sozialministerkonferenz forderte mehr Geld für die Jobcenter."
    assert titles(asmk) == []


def test_another_body_as_the_addressee_keeps_the_decision() -> None:
    text = "Die Integrationsministerkonferenz bittet die Innenministerkonferenz, die Beschäftigungsduldung zu verlängern."
    assert titles(text) != []
    lands = (
        INTMK
        + "Die Länder forderten die Ministerpräsidentenkonferenz auf, ein Sofortprogramm für Sprachkurse aufzulegen."
    )
    assert titles(lands) != []
