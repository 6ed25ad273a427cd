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
    clause = INTMK + "Die Länder forderten, dass die Kommunen die Kurse dauerhaft finanzieren."
    assert titles(clause) == ["die Kommunen die Kurse dauerhaft finanzieren"]
    # (a clause on the federation takes the nominal style since newsmotions16, see
    # test_motion_federal_that_clause.py)
    clause = INTMK + "Die Länder forderten, dass der Bund die Kurse dauerhaft finanziert."
    assert titles(clause) == ["dauerhafte Finanzierung der Kurse durch den Bund"]


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


# ---------------------------------------------------------------- news without the name
def test_ministers_meeting_in_a_session_city_is_the_conference_in_news() -> None:
    text = (
        "Die Länder forderten den Bund auf, die Sprachkitas dauerhaft zu finanzieren. Darauf "
        "verständigten sich die Ressortchefs zum Abschluss der Konferenz in Magdeburg."
    )
    assert titles(text) == ["Sicherung: die Sprachkitas dauerhaft"] or len(titles(text)) == 1
    other = (
        "Die Länder forderten den Bund auf, die Polizei besser auszustatten. Darauf verständigten "
        "sich die Ressortchefs der Innenministerkonferenz in Magdeburg."
    )
    assert titles(other) == []
    nowhere = "Die Länder forderten den Bund auf, die Sprachkitas dauerhaft zu finanzieren."
    assert titles(nowhere) == []


def test_a_pronoun_pointing_back_at_the_decision_is_no_second_decision() -> None:
    text = (
        INTMK + "Die Länder fordern vom Bund mehr Geld für Sprachkurse. Das beschlossen die "
        "Ministerinnen und Minister bei ihrer Konferenz, die am Freitag in Kiel zu Ende ging."
    )
    assert titles(text) == ["mehr Geld für Sprachkurse"]
    forward = INTMK + "Darauf einigten sich die Länder: Die Beratung wird verstetigt."
    assert len(titles(forward)) == 1


# ---------------------------------------------------------------- verb-second perfect
def test_the_body_in_the_middle_field_of_a_perfect() -> None:
    text = "Einstimmig haben die Integrationsminister der Länder in Kiel ein Konzept zur Sprachmittlung beschlossen."
    assert titles(text) == ["Konzept zur Sprachmittlung"]
    agreed = (
        "Die Integrationsministerinnen und -minister der Länder haben sich 2023 in Wiesbaden auf "
        "gemeinsame Standards für die Erstorientierung geeinigt."
    )
    assert titles(agreed) == ["gemeinsame Standards für die Erstorientierung"]
    place_only = (
        "Die Integrationsminister der Länder haben sich in Wiesbaden auf der Konferenz geeinigt."
    )
    assert titles(place_only) == []


# ---------------------------------------------------------------- Länder bring a motion in
def test_named_laender_bring_a_motion_in() -> None:
    perfect = (
        INTMK
        + "Hessen und Sachsen haben gemeinsam beantragt, die Wartezeiten für Integrationskurse zu verkürzen."
    )
    [(title, lands, result)] = found(perfect)
    assert "Wartezeiten" in title and lands == ["DE-HE", "DE-SN"] and result == "unknown"
    coming = (
        "Acht Länder, darunter Berlin und Bremen, wollen bei der kommenden "
        "Integrationsministerkonferenz beantragen, dass der Bund die Kosten für Sprachmittlung trägt."
    )
    [(title, lands, result)] = found(coming)
    assert "Sprachmittlung" in title and lands == ["DE-BE", "DE-HB"] and result == "unknown"
    # one minister's announced demand stays no row
    minister = INTMK + "Ministerin Anna Roth will beim Treffen verlangen, dass der Bund mehr zahlt."
    assert titles(minister) == []


def test_genitives_of_lands_and_all_laender_as_owners() -> None:
    saar = (
        INTMK
        + "Der Vorschlag des Freistaats Sachsen, ein Register für Kursplätze einzuführen, wurde angenommen."
    )
    assert found(saar) == [("Register für Kursplätze", ["DE-SN"], "adopted")]
    all_ = (
        INTMK
        + "Ein gemeinsamer Antrag aller Länder, die Berufssprachkurse auszubauen, wurde beschlossen."
    )
    assert [lands for _, lands, _ in found(all_)] == [["ALL"]]
    supported = (
        INTMK + "Mitgetragen von allen wurde auch eine Erklärung zur Fachkräftesicherung, die "
        "Bremen vorgelegt hatte."
    )
    assert found(supported) == [("Erklärung zur Fachkräftesicherung", ["DE-HB"], "adopted")]


def test_a_lands_own_motion_in_a_ministers_quotation() -> None:
    text = (
        INTMK
        + "„Thüringen hat sich mit seinem Antrag zur Anerkennung von Abschlüssen durchgesetzt“, sagte die Ministerin."
    )
    assert found(text) == [("Anerkennung von Abschlüssen", ["DE-TH"], "adopted")]
    other = (
        INTMK
        + "„Wir haben einen Antrag zur Anerkennung von Abschlüssen gesehen“, sagte die Ministerin."
    )
    assert titles(other) == []


# ---------------------------------------------------------------- members and enumerations
def test_members_of_an_aggregate_in_the_next_sentence() -> None:
    text = (
        "Die Integrationsministerkonferenz fiel aus, doch acht Beschlüsse wurden im Umlaufverfahren "
        "gefasst. Darunter: eine Aufforderung an den Bund, die Kurse digital anzubieten, sowie die "
        "Bitte, die Migrationsberatung aufzustocken."
    )
    assert titles(text) == ["Kurse digital anbieten", "Aufstockung der Migrationsberatung"]
    no_aggregate = INTMK + "Darunter: eine Aufforderung an den Bund, die Kurse digital anzubieten."
    assert "Kurse digital anbieten" not in titles(no_aggregate)


def test_decisions_enumerated_after_an_aggregate() -> None:
    text = (
        "Ministerin Roth: Wir haben auf der Integrationsministerkonferenz 20 Beschlüsse gefasst. "
        "Zwei nenne ich: Erstens fordern wir einen Rechtsanspruch auf Sprachförderung. "
        "Zweitens – und das war ein Antrag von Berlin – soll die Anerkennung digitalisiert werden."
    )
    assert found(text) == [
        ("Rechtsanspruch auf Sprachförderung", [], "adopted"),
        ("Digitalisierung: die Anerkennung", ["DE-BE"], "adopted"),
    ]
    plain = INTMK + "Erstens regnete es in Kiel. Zweitens kamen die Gäste zu spät zur Sitzung."
    assert titles(plain) == []


def test_what_the_decisions_lay_down() -> None:
    text = (
        "Die 8. Integrationsministerkonferenz hat mehrere Beschlüsse gefasst. So sollen die Länder "
        "künftig gemeinsam für mehr Einbürgerungen werben."
    )
    assert titles(text) == ["Länder künftig gemeinsam für mehr Einbürgerungen werben"]
    no_decision = (
        "Die 8. Integrationsministerkonferenz tagte in Dresden. So sollen die Gäste früh anreisen."
    )
    assert titles(no_decision) == []


def test_a_bullets_topic_label_names_the_decision() -> None:
    text = (
        "Die Beschlüsse der Integrationsministerkonferenz im Überblick:\n"
        "• Sprachkitas: Die Länder bitten den Bund, das Programm fortzusetzen (einstimmig).\n"
    )
    assert found(text) == [("Sprachkitas: Programm fortzusetzen", [], "adopted")]


def test_records_numbered_with_year_first_and_the_title_after_the_fields() -> None:
    text = (
        "Integrationsministerkonferenz\n"
        "Beschluss-Nr. 2022/03\n"
        "Antragsteller: Sachsen\n"
        "Betreff: Sprachmittlung im Gesundheitswesen\n"
        "Die IntMK bittet den Bund, die Sprachmittlung zu finanzieren.\n"
        "Votum: abgelehnt\n"
    )
    assert found(text) == [("Sprachmittlung im Gesundheitswesen", ["DE-SN"], "rejected")]


def test_a_motion_for_something_on_request() -> None:
    failed = INTMK + "Ihr Antrag auf eine Arbeitserlaubnis ab dem ersten Tag ist gescheitert."
    assert found(failed) == [("Arbeitserlaubnis ab dem ersten Tag", [], "rejected")]
    anyone = INTMK + "Wer einen Antrag auf Einbürgerung stellt, wartet oft lange."
    assert titles(anyone) == []


def test_an_agreement_whose_correlate_points_back_to_the_clause_before() -> None:
    text = (
        INTMK
        + "Die Wartezeiten auf Sprachkurse sollen kürzer werden, auch darin waren sich die Länder einig."
    )
    assert titles(text) == ["Die Wartezeiten auf Sprachkurse sollen kürzer"]
    # the same correlate with a minister as subject: one minister's view, no decision
    one = (
        INTMK + "Die Wartezeiten sollen kürzer werden, darin ist sich Ministerin Anna Roth sicher."
    )
    assert titles(one) == []


def test_a_joint_product_with_the_body_after_the_auxiliary() -> None:
    text = (
        INTMK
        + "Bei ihrem Treffen haben die für Integration zuständigen Ministerinnen und Minister "
        "der Länder einen gemeinsamen Leitfaden zur Anerkennung von Abschlüssen erarbeitet."
    )
    assert titles(text) == ["gemeinsamen Leitfaden zur Anerkennung von Abschlüssen"]
    others = (
        INTMK + "Bei ihrem Treffen haben die Vertreterinnen der Verbände einen gemeinsamen "
        "Leitfaden zur Beratung erarbeitet."
    )
    assert titles(others) == []


def test_separable_verbs_of_the_vote_and_relative_clauses_of_content() -> None:
    agreed = (
        INTMK + "Die Länder stimmten einem Antrag Bremens zur Gesundheitskarte für Geflüchtete zu."
    )
    assert found(agreed) == [("Gesundheitskarte für Geflüchtete", ["DE-HB"], "adopted")]
    refused = (
        INTMK
        + "Die Konferenz lehnte einen Vorstoß Bayerns ab, die Leistungen für Asylbewerber zu kürzen."
    )
    assert found(refused) == [("Kürzung der Leistungen für Asylbewerber", ["DE-BY"], "rejected")]
    relative = (
        INTMK
        + "Angenommen wurde ein Antrag Berlins, der eine Bleiberechtsregelung für Geduldete fordert."
    )
    assert found(relative) == [("Bleiberechtsregelung für Geduldete", ["DE-BE"], "adopted")]
    majority = (
        INTMK
        + "Mit großer Mehrheit unterstützten die Länder einen Antrag Sachsens für bessere Kinderbetreuung."
    )
    assert found(majority) == [("bessere Kinderbetreuung", ["DE-SN"], "adopted")]


def test_the_body_with_its_genitive() -> None:
    text = "Die Integrationsminister der Länder haben sich einstimmig für ein Bundesprogramm zur Sprachmittlung ausgesprochen."
    assert titles(text) == ["Bundesprogramm zur Sprachmittlung"]
    # (set 1 reads "haben sich zum Abschluss ihrer Konferenz für X ausgesprochen" as a position,
    # set 5 "sprachen sich für X aus" as a demand: the middle field stays short)


def test_more_frames_of_a_joint_demand() -> None:
    colon = (
        INTMK
        + "Zentrale Forderung der Konferenz: Der Bund soll die Sprachkitas dauerhaft finanzieren."
    )
    assert len(titles(colon)) == 1 and "Sprachkitas" in titles(colon)[0]
    strong = (
        INTMK
        + "Die Länder machten sich zudem für eine schnellere Anerkennung von Abschlüssen stark."
    )
    assert titles(strong) == ["schnellere Anerkennung von Abschlüssen"]
    against = INTMK + "Die Länder sprachen sich gegen eine Kürzung der Integrationskurse aus."
    assert titles(against) == ["gegen eine Kürzung der Integrationskurse"]
    passive = (
        INTMK
        + "Die Länder tagten zwei Tage. Zudem wurde beschlossen, die Zusammenarbeit mit den Kommunen zu verstärken."
    )
    assert titles(passive) == ["Verstärkung der Zusammenarbeit mit den Kommunen"]
    through = (
        INTMK
        + "Bremen und Hamburg setzten sich mit ihrem Antrag für kostenlose Deutschkurse durch."
    )
    assert found(through) == [("kostenlose Deutschkurse", ["DE-HB", "DE-HH"], "adopted")]


def test_another_subject_before_the_verb_makes_the_body_its_object() -> None:
    ngo = (
        INTMK
        + "Der Flüchtlingsrat forderte die Konferenz auf, Abschiebungen in Krisengebiete zu stoppen."
    )
    assert titles(ngo) == []
    minister = INTMK + "Ministerin Anna Roth forderte die Länder auf, mehr Lehrkräfte einzustellen."
    assert titles(minister) == []
    summit = INTMK + "Auf dem Integrationsgipfel wurde vereinbart, einen Aktionsplan zu erarbeiten."
    assert titles(summit) == []


def test_the_heads_of_department_as_the_body() -> None:
    text = INTMK + "Die Ressortchefs verlangten vom Bund eine Reform der Migrationsberatung."
    assert titles(text) == ["Reform der Migrationsberatung"]
