"""Review findings of session 12 on sessions, motions and programmes, as invented passages: the
Länder meeting as another body (a conference of other ministers, the Bundesrat), a table of
another body's meetings, a Land inside a relative clause after the motion noun taken as the
motion's submitter, and plans or course variants read as integration programmes. Each finding
has the reviewer's passage and passages of other wording, positives beside the negatives, so
the rules still find what they were written for."""

from __future__ import annotations

from intgraph.extract import extract
from intgraph.extract.sessions import _table_sessions
from intgraph.models import Document

# a document about the IntMK: sessions are looked for only there
INTRO = (
    "Kiel, 12. Mai 2023. Die 18. Integrationsministerkonferenz tagt am 11. und 12. Mai in Kiel "
    "unter dem Vorsitz Schleswig-Holsteins. "
)


def _sessions(text: str) -> set[tuple]:
    ex = extract(Document("x.txt", "x.txt", INTRO + text, "0" * 64))
    return {(s.number, s.year, s.place) for s in ex.sessions} - {(18, 2023, "Kiel")}


def test_the_laender_meeting_as_another_conference_is_no_session() -> None:
    # the reviewer's passages
    assert (
        _sessions(
            "Bereits im Juni 2022 trafen sich die Länder in Berlin zur Ministerpräsidentenkonferenz."
        )
        == set()
    )
    assert (
        _sessions("Im Herbst tagen alle 16 Länder in Leipzig auf der Sportministerkonferenz.")
        == set()
    )
    # other wording: another conference's acronym, a parliament as the place of the meeting
    assert _sessions("Im März 2021 hatten die Länder in Mainz bei der JFMK getagt.") == set()
    assert _sessions("Im Juni 2021 hatten die Länder im Bundesrat in Bremen getagt.") == set()


def test_the_laender_meeting_as_the_intmk_is_still_a_session() -> None:
    assert _sessions("Im Vorjahr hatten die Länder in Hannover getagt.") == {
        (None, 2022, "Hannover")
    }
    # a parliament the Länder address is not the body that meets
    told = (
        "Im Juni 2021 hatten die Länder in Bremen getagt und dem Bundesrat einen Entwurf vorgelegt."
    )
    assert _sessions(told) == {(None, 2021, "Bremen")}


def _rows(text: str) -> list[tuple]:
    return [(s.number, s.year, s.place, s.chair_land) for s in _table_sessions(text)]


def test_a_table_of_another_bodys_meetings_gives_no_session() -> None:
    # the reviewer's passage
    fachtage = (
        "Unsere Fachtage im Überblick\nJahr | Ort | Land\n2019 | Jena | TH\n2021 | Trier | RP"
    )
    assert _rows(fachtage) == []
    assert _sessions("\n\n" + fachtage) == set()
    beirat = "Sitzungen des Landesbeirats für Integration\nNr.\tJahr\tOrt\n1.\t2019\tJena\n2.\t2020\tErfurt"
    assert _rows(beirat) == []
    # a caption naming another conference; a header with no caption at all
    other = "Tagungen der Verkehrsministerkonferenz\nNr.   Jahr   Ort\n5.   2018   Kiel\n"
    assert _rows(other) == []
    assert _rows("Nr.\tJahr\tOrt\n1.\t2019\tKiel\n") == []
    # prose above the header is no caption, even where it names the IntMK
    prose = (
        "Die Integrationsministerkonferenz tagt jedes Jahr.\nJahr | Ort | Land\n2019 | Jena | TH\n"
    )
    assert _rows(prose) == []


def test_a_table_of_intmk_sessions_still_gives_its_rows() -> None:
    captioned = "Tabelle 3: Frühere Konferenzen\nNr.   Jahr   Tagungsort   Vorsitz\n12.   2017   Kiel   SH\n"
    assert _rows(captioned) == [(12, 2017, "Kiel", "DE-SH")]
    # the caption after a blank line; the body as a column of the header
    gap = "IntMK: Rückblick\n\nNr.\tJahr\tOrt\n9.\t2014\tMagdeburg\n"
    assert _rows(gap) == [(9, 2014, "Magdeburg", None)]
    column = "Unsere Termine\nJahr | IntMK | Ort\n2013 | 8. IntMK | Dresden\n"
    assert _rows(column) == [(None, 2013, "Dresden", None)]
    ministers = (
        "Treffen der Integrationsminister der Länder\nJahr | Ort | Land\n2016 | Erfurt | TH\n"
    )
    assert _rows(ministers) == [(None, 2016, "Erfurt", "DE-TH")]


def _programmes(text: str) -> set[str]:
    ex = extract(Document("x.txt", "x.txt", text, "0" * 64))
    return {p.label for p in ex.programmes}


def test_plans_of_other_fields_are_no_programmes() -> None:
    # the reviewer's passages
    assert _programmes("Der Nahverkehrsplan Dresden wurde verschoben.") == set()
    assert _programmes("Das Wohnungsbauprogramm Leipzig kann starten.") == set()
    assert _programmes("Der Stellenplan 2024 wurde vom Kreistag beschlossen.") == set()
    both = "Im Sächsischen Haushaltsplan sind Mittel vorgesehen; der Hessische Landesentwicklungsplan wurde geändert."
    assert _programmes(both) == set()
    # other wording: a Land adjective before a building programme, a development plan
    assert _programmes("Das Bayerische Straßenbauprogramm wurde erweitert.") == set()
    assert _programmes("Der Bebauungsplan 2025 wurde vorgestellt.") == set()


def test_plans_of_integration_policy_are_still_programmes() -> None:
    assert _programmes("Über das Landesaufnahmeprogramm Syrien kamen 300 Menschen.") == {
        "Landesaufnahmeprogramm Syrien"
    }
    assert _programmes("Der Teilhabeplan 2030 wurde beschlossen.") == {"Teilhabeplan 2030"}
    # a modifier that names no field, in a sentence that does
    assert _programmes("Der Aktionsplan 2025 für Geflüchtete wurde vorgestellt.") == {
        "Aktionsplan 2025"
    }
    adjective = "Ziel des Thüringischen Aufnahme- und Teilhabekonzepts ist mehr Beteiligung."
    assert _programmes(adjective) == {"Thüringisches Aufnahme- und Teilhabekonzept"}


def test_a_course_by_how_or_when_it_is_held_is_the_course_type() -> None:
    # the reviewer's passage: two ways of holding one course type, not two programmes
    both = "Viele Teilnehmende besuchen inzwischen einen Online-Integrationskurs oder einen Abend-Integrationskurs."
    assert _programmes(both) == {"Integrationskurs"}
    assert _programmes("Angeboten werden auch Teilzeit-Berufssprachkurse.") == {"Berufssprachkurs"}
    # a named variant keeps its own row
    assert _programmes("Vorgesehen sind zusätzliche Job-Berufssprachkurse.") == {
        "Job-Berufssprachkurs"
    }


def _motions(text: str) -> set[tuple[str, str, str]]:
    ex = extract(Document("x.txt", "x.txt", INTRO + text, "0" * 64))
    return {(m.title, " ".join(sorted(m.submitters)), m.result) for m in ex.motions}


def test_a_land_in_a_relative_clause_after_the_motion_is_not_its_submitter() -> None:
    # the reviewer's passages
    failed = "Mit seinem Antrag zur Wohnsitzauflage, den auch Hessen unterstützte, ist Thüringen gescheitert."
    assert _motions(failed) == {("Wohnsitzauflage", "DE-TH", "rejected")}
    won = "Mit ihrem Vorschlag zur Bezahlkarte, den Bayern ablehnte, konnte sich Niedersachsen durchsetzen."
    assert _motions(won) == {("Bezahlkarte", "DE-NI", "adopted")}
    # other wording: a relative clause after a preposition, two Länder coordinated as the subject
    joined = (
        "Mit ihrem Antrag für mehr Sprachkurse, dem sich Berlin und Hamburg angeschlossen hatten, "
        "setzten sich Bremen und das Saarland durch."
    )
    assert _motions(joined) == {("mehr Sprachkurse", "DE-HB DE-SL", "adopted")}
    # a Land's stance in the relative clause is not the conference's vote
    opposed = (
        "Mit seinem Vorstoß zur Arbeitsmarktintegration, den Bayern abgelehnt hatte, "
        "konnte sich Hessen nicht durchsetzen."
    )
    assert _motions(opposed) == {("Arbeitsmarktintegration", "DE-HE", "rejected")}


def test_the_subject_and_a_relative_clause_about_the_vote_still_count() -> None:
    before = "Bremen und Berlin scheiterten mit ihrem Antrag zur Verteilung der Kosten."
    assert _motions(before) == {("Verteilung der Kosten", "DE-BE DE-HB", "rejected")}
    # a relative clause without a Land tells the motion's own result
    voted = (
        "Mit ihrem Antrag zur Verteilung der Kosten, der einstimmig angenommen wurde, "
        "hatten sich Bremen und Berlin durchgesetzt."
    )
    assert _motions(voted) == {("Verteilung der Kosten", "DE-BE DE-HB", "adopted")}
    # a main clause after the comma is no relative clause
    main = "Mit seinem Antrag zur Wohnsitzauflage ist Thüringen gescheitert, die Länder lehnten ihn ab."
    assert _motions(main) == {("Wohnsitzauflage", "DE-TH", "rejected")}
