"""Motion constructions from the grammar of set 4's misses (issue 12, read this session): the
owner as a quantified genitive ("ein Antrag mehrerer Länder"), the Saxon genitive before the
noun ("Bremens Antrag"), a Land's demand that the conference voted on ("scheiterte mit seiner
Forderung nach X"), proposals the conference deferred or passed, the correlate "dafür" pointing
to a zu-infinitive, the body's will as the source of an obligation ("X soll nach dem Willen der
Länder fallen"), and titles in the nominal style (action nouns derived from the verb).

Every passage is invented for this test, each rule in two or more wordings with hard negatives.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions, nominalise
from intgraph.language.text import TextIndex

INTMK = "Die 21. Integrationsministerkonferenz tagte in Lübeck. "


def found(text: str, publisher: str | None = None) -> list[tuple[str, list[str], str]]:
    return [
        (m.title, sorted(m.submitters), m.result) for m in find_motions(TextIndex(text), publisher)
    ]


def titles(text: str) -> list[str]:
    return [t for t, _, _ in found(text)]


# ---------------------------------------------------------------- owners
def test_a_quantified_genitive_owns_the_motion_without_naming_a_land() -> None:
    several = INTMK + "Ein Antrag mehrerer Länder für eine Härtefallregelung scheiterte knapp."
    assert found(several) == [("Härtefallregelung", [], "rejected")]
    some = INTMK + "Angenommen wurde dagegen der Antrag einiger Länder zur Stärkung der Beiräte."
    [(title, _, result)] = found(some)
    assert "Stärkung der Beiräte" in title and result == "adopted"


def test_the_saxon_genitive_before_the_noun_is_the_submitter() -> None:
    bremen = (
        "Bremen. Bremens Antrag bei der Integrationsministerkonferenz, die Beratungsstellen "
        "dauerhaft zu finanzieren, wurde einstimmig beschlossen."
    )
    [(title, lands, result)] = found(bremen)
    assert "Beratungsstellen" in title and lands == ["DE-HB"] and result == "adopted"
    two = INTMK + "Hessens und Berlins Antrag zur Entfristung der Sprachkitas fand eine Mehrheit."
    [(title, lands, result)] = found(two)
    assert "Sprachkitas" in title and lands == ["DE-BE", "DE-HE"] and result == "adopted"


def test_a_joint_proposal_with_a_land_names_both() -> None:
    joint = (
        INTMK + "Unser gemeinsamer Vorschlag mit Brandenburg zur Ausbildungsduldung ist "
        "durchgekommen, sagte der Minister."
    )
    [(title, lands, result)] = found(joint)
    assert title == "Ausbildungsduldung" and lands == ["DE-BB"] and result == "adopted"


# ---------------------------------------------------------------- a Land's demand put to the vote
def test_a_lands_demand_the_conference_voted_on_is_a_motion() -> None:
    failed = (
        INTMK + "Nicht durchsetzen konnte sich Hamburg mit seiner Forderung nach einem "
        "Härtefallfonds für Geflüchtete."
    )
    assert found(failed) == [("Härtefallfonds für Geflüchtete", ["DE-HH"], "rejected")]
    passed = (
        INTMK + "Rheinland-Pfalz setzte sich mit seiner Forderung nach mehr Sprachmittlern "
        "in Kliniken durch."
    )
    [(title, lands, result)] = found(passed)
    assert "Sprachmittlern" in title and lands == ["DE-RP"] and result == "adopted"


def test_a_demand_without_a_vote_is_one_lands_position() -> None:
    position = INTMK + "Bayern bekräftigte seine Forderung nach einer Obergrenze."
    assert "Obergrenze" not in " ".join(titles(position))
    minister = INTMK + "Die Ministerin erneuerte ihre Forderung nach mehr Personal."
    assert "Personal" not in " ".join(titles(minister))


# ---------------------------------------------------------------- proposals dealt with
def test_a_deferred_or_passed_proposal_is_a_motion() -> None:
    deferred = (
        INTMK + "Ein weiterer Vorschlag zur Bezahlkarte wurde auf die nächste Sitzung vertagt."
    )
    assert found(deferred) == [("Bezahlkarte", [], "unknown")]
    passed = INTMK + "Auch der Vorstoß zur Öffnung der Kurse für Geduldete fand eine Mehrheit."
    [(title, _, result)] = found(passed)
    assert "Öffnung der Kurse" in title and result == "adopted"


def test_a_proposal_not_dealt_with_or_owned_by_another_body_is_none() -> None:
    idle = INTMK + "Ein Vorschlag zur Bezahlkarte liegt seit Monaten vor."
    assert titles(idle) == []
    federal = INTMK + "Der Vorschlag des Bundes zur Bezahlkarte wurde vertagt."
    assert titles(federal) == []


# ---------------------------------------------------------------- "dafür aus, X zu tun"
def test_the_correlate_points_to_the_infinitive_after_the_comma() -> None:
    pronoun = (
        INTMK + "Die Länder forderten mehr Geld für Kurse. Außerdem sprachen sie sich dafür aus, "
        "die Wartezeiten auf einen Kursplatz zu verkürzen."
    )
    assert "Verkürzung der Wartezeiten auf einen Kursplatz" in titles(pronoun)
    body = (
        INTMK + "Die Ressortchefs sprachen sich einstimmig dafür aus, dass Abschlüsse schneller "
        "anerkannt werden."
    )
    assert any("Abschlüsse" in t for t in titles(body))


def test_the_correlate_of_another_speaker_is_no_motion() -> None:
    others = INTMK + "Die Wohlfahrtsverbände sprachen sich dafür aus, die Beratung zu verstetigen."
    assert titles(others) == []


# ---------------------------------------------------------------- "nach dem Willen der Länder"
def test_the_bodys_will_tells_a_joint_demand() -> None:
    will = INTMK + "Die Vorrangprüfung soll nach dem Willen der Länder für Geflüchtete entfallen."
    assert found(will) == [("Vorrangprüfung für Geflüchtete entfallen", [], "adopted")]
    goes = (
        INTMK + "Geht es nach den Integrationsministerinnen und -ministern, sollen die Kurse "
        "künftig digital angeboten werden."
    )
    assert any("Kurse" in t for t in titles(goes))


def test_one_persons_will_or_the_bunds_is_no_joint_demand() -> None:
    minister = INTMK + "Die Wartezeit soll nach dem Willen der Ministerin kürzer werden."
    assert titles(minister) == []
    federal = INTMK + "Die Kurse sollen nach dem Willen des Bundes gekürzt werden."
    assert titles(federal) == []


# ---------------------------------------------------------------- nominal titles
def test_titles_take_the_action_noun_of_the_verb() -> None:
    assert nominalise("die Verfahren zu digitalisieren") == "Digitalisierung der Verfahren"
    assert nominalise("ausländische Abschlüsse schneller anzuerkennen") == (
        "Anerkennung: ausländische Abschlüsse schneller"
    )
    # a negated demand keeps its verb: not cutting is no "Kürzung"
    assert nominalise("die Mittel nicht weiter zu kürzen") == "die Mittel nicht weiter zu kürzen"
    # a verb of giving names no action: the thing given heads, the recipient follows with "für"
    assert nominalise("den Ländern mehr Geld zu geben") == "mehr Geld für die Länder"
    # a verb without an action noun in the lexicon stays a verb
    assert nominalise("den Ländern mehr Geld zu schicken") == "den Ländern mehr Geld zu schicken"


# ---------------------------------------------------------------- records and agendas
def test_submitters_in_brackets_on_an_agenda_line() -> None:
    agenda = (
        "Tagesordnung der 19. IntMK\n"
        "TOP 3   Härtefallkommissionen stärken (Antrag BY, HE)\n"
        "TOP 4   Sprachmittlung im Gesundheitswesen (Antragsteller: Bremen)\n"
    )
    assert sorted(found(agenda)) == [
        ("Härtefallkommissionen stärken", ["DE-BY", "DE-HE"], "unknown"),
        ("Sprachmittlung im Gesundheitswesen", ["DE-HB"], "unknown"),
    ]


def test_a_quotation_inside_an_agenda_line_is_its_title_not_another_motion() -> None:
    agenda = (
        "Tagesordnung der 19. IntMK\n"
        "TOP 5   Antrag zur Kita-Sprachförderung (Antrag NI)\n"
        "TOP 6   Bericht der Arbeitsgruppe „Teilhabe messen“\n"
    )
    assert [t for t, _, _ in found(agenda)] == [
        "Antrag zur Kita-Sprachförderung",
        "Bericht der Arbeitsgruppe „Teilhabe messen",
    ]


def test_a_field_of_laender_under_a_numbered_resolution_names_its_submitters() -> None:
    record = (
        "Beschluss Nr. 3\nBerufssprachkurse ausbauen\nAntrag: Hessen, Bayern und weitere Länder\n\n"
        "Die IntMK bittet den Bund, die Berufssprachkurse auszubauen.\nErgebnis: einstimmig"
    )
    assert found(record) == [("Berufssprachkurse ausbauen", ["DE-BY", "DE-HE"], "adopted")]
    # a field that is a title, not Länder: no submitters read from it
    titled = (
        "Beschluss Nr. 4\nAntrag: Sprachkitas in Sachsen erhalten\n\n"
        "Die IntMK bittet den Bund, die Sprachkitas zu erhalten.\nErgebnis: einstimmig"
    )
    assert all(lands == [] for _, lands, _ in found(titled))


def test_bullets_under_an_agenda_heading_without_a_colon() -> None:
    agenda = (
        "Integrationsministerkonferenz 2023 – Tagesordnung\n"
        "• Zusammen wachsen – Leitantrag des Vorsitzlandes\n"
        "• Bericht zum Integrationsmonitoring\n"
        "• Wohnraum für Geflüchtete\n"
    )
    assert [t for t, _, _ in found(agenda)] == [
        "Zusammen wachsen",
        "Bericht zum Integrationsmonitoring",
        "Wohnraum für Geflüchtete",
    ]
    # bullets under another heading are no agenda
    other = (
        "Integrationsministerkonferenz 2023 – Pressespiegel\n"
        "• Wohnraum für Geflüchtete knapp\n"
        "• Sprachkurse überfüllt\n"
    )
    assert found(other) == []


def test_a_list_line_that_names_the_session_is_no_motion() -> None:
    agenda = "Tagesordnung\n12. IntMK (Videokonferenz 2021)\nTOP 2   Sprachkitas sichern\n"
    assert [t for t, _, _ in found(agenda)] == ["Sprachkitas sichern"]


# ---------------------------------------------------------------- a resolution is resolved
def test_a_named_resolution_among_decisions_is_adopted() -> None:
    among = (
        "Die Länder haben auf der Konferenz unter Vorsitz Sachsens elf Beschlüsse gefasst. "
        "Darunter ist ein Beschluss zur Entfristung der Migrationsberatung, den Sachsen "
        "eingebracht hatte."
    )
    assert found(among) == [("Entfristung der Migrationsberatung", ["DE-SN"], "adopted")]
    planned = INTMK + "Ein Beschluss zur Entfristung der Migrationsberatung soll im Herbst folgen."
    assert all(r == "unknown" for _, _, r in found(planned))


def test_a_chaired_conference_of_another_body_is_no_intmk() -> None:
    other = (
        "Die Länder haben auf der Innenministerkonferenz unter Vorsitz Sachsens elf Beschlüsse "
        "gefasst. Darunter ist ein Beschluss zur Abschiebehaft, den Sachsen eingebracht hatte."
    )
    assert found(other) == []


# ---------------------------------------------------------------- who demands, who backs
def test_a_body_after_a_verb_it_does_not_agree_with_is_addressed_not_deciding() -> None:
    ngo = INTMK + "Pro Asyl forderte die Länder auf, mehr Geld für Sprachkurse bereitzustellen."
    assert found(ngo) == []
    council = (
        INTMK + "Der Integrationsrat bat die Ministerinnen und Minister, die Kurse zu erhalten."
    )
    assert found(council) == []
    # the body as the subject after the verb still decides
    body = INTMK + "Zudem forderten die Länder den Bund auf, die Kurse zu erhalten."
    assert [r for _, _, r in found(body)] == ["adopted"]


def test_a_land_backing_a_motion_in_a_relative_clause_is_a_supporter() -> None:
    text = (
        INTMK + "Bayern brachte einen Antrag zur Wohnsitzauflage ein, den Sachsen und Thüringen "
        "unterstützten."
    )
    [m] = find_motions(TextIndex(text))
    assert (m.title, m.submitters, m.supporters) == (
        "Wohnsitzauflage",
        {"DE-BY"},
        {"DE-SN", "DE-TH"},
    )
    also = (
        INTMK + "Der Antrag Bremens zur Sprachförderung, den auch Hessen mittrug, wurde angenommen."
    )
    [m] = find_motions(TextIndex(also))
    assert (m.submitters, m.supporters, m.result) == ({"DE-HB"}, {"DE-HE"}, "adopted")


# ---------------------------------------------------------------- title ends, submitters
def test_a_title_ends_before_the_finite_verb_of_the_vote() -> None:
    verb_second = (
        INTMK + "Mit ihrem gemeinsamen Antrag zur Kita-Sprachförderung setzten sich Sachsen und "
        "Brandenburg durch."
    )
    assert found(verb_second) == [("Kita-Sprachförderung", ["DE-BB", "DE-SN"], "adopted")]
    fell = INTMK + "Der Beschluss zur Stärkung der Migrantenorganisationen fiel einstimmig."
    assert found(fell) == [("Stärkung der Migrantenorganisationen", [], "adopted")]


def test_on_request_of_laender_names_the_submitters_of_a_decision() -> None:
    text = (
        INTMK + "Auf Antrag von Hessen und Bremen beschlossen die Länder, die Beratung auszubauen."
    )
    assert found(text) == [("Ausbau der Beratung", ["DE-HB", "DE-HE"], "adopted")]


def test_a_land_joining_a_motion_is_a_supporter() -> None:
    text = (
        INTMK + "Der Antrag Sachsens zur Arbeitsmarktintegration, dem sich Bayern anschloss, "
        "wurde angenommen."
    )
    [m] = find_motions(TextIndex(text))
    assert (m.title, m.submitters, m.supporters) == (
        "Arbeitsmarktintegration",
        {"DE-SN"},
        {"DE-BY"},
    )


def test_the_body_pleading_for_or_backing_a_demand() -> None:
    plead = INTMK + "Die Ressortchefs plädierten einstimmig für eine Verlängerung der Sprachkitas."
    assert found(plead) == [("Verlängerung der Sprachkitas", [], "adopted")]
    second = (
        INTMK
        + "Zudem machten sich die Länder für ein Bleiberecht gut integrierter Geduldeter stark."
    )
    assert titles(second) == ["Bleiberecht gut integrierter Geduldeter"]
    # one minister pleading is no joint demand
    one = INTMK + "Die Ministerin plädierte für eine Verlängerung der Sprachkitas."
    assert titles(one) == []


def test_a_comma_after_the_owner_opens_the_content_not_a_list_of_owners() -> None:
    text = (
        INTMK + "Mehrheitlich angenommen wurde der Antrag von Rheinland-Pfalz, Beratungsstellen "
        "für Frauen zu fördern."
    )
    assert found(text) == [("Förderung: Beratungsstellen für Frauen", ["DE-RP"], "adopted")]
    withdrawn = INTMK + "Schleswig-Holstein zog seinen Antrag zur Abschiebehaft zurück."
    assert found(withdrawn) == [("Abschiebehaft", ["DE-SH"], "unknown")]


def test_a_land_planning_to_bring_a_motion_in() -> None:
    plan = INTMK + "Bremen plant, im Herbst einen Antrag zur Sprachmittlung einzubringen."
    assert found(plan) == [("Sprachmittlung", ["DE-HB"], "unknown")]
    # a minister's plan to demand something is no motion
    demand = INTMK + "Die Ministerin plant, im Herbst mehr Geld für Sprachmittlung zu fordern."
    assert titles(demand) == []


def test_the_joint_demand_named_as_a_noun() -> None:
    text = (
        INTMK
        + "Die Forderung der Länder nach mehr Geld für Integrationskurse richtet sich an den Bund."
    )
    assert found(text) == [("mehr Geld für Integrationskurse", [], "adopted")]
    # one minister's or an association's demand is none
    one = INTMK + "Die Forderung der Ministerin nach mehr Geld für Integrationskurse ist alt."
    assert titles(one) == []
