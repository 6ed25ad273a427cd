"""Motion constructions from the grammar of set 6's and set 7's misses (issue 12, motions9):
the content told in a clause after the motion noun ("ein Antrag, wonach …", "eine Erklärung,
in der die Länder den Bund auffordern, …", "…, der X abschaffen soll"), the zu-infinitive after
"Beschluss", owners (the session's genitive, "des Vorsitzlandes X", "Rheinland-Pfalz'", "der
SPD-geführten Länder", "die Thüringer Landesregierung", procedural compounds), "sich für X
aussprechen" with a long middle field, ordinal adverbs after an aggregate, tables with a header
row, other bodies (the ministers of another portfolio, a parliament as subject, factions),
submitters told in the next sentence, titles without subject matter, and news that never name
the IntMK.

Every passage is invented for this test, each rule in two or more wordings with hard negatives.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.decisions import mentions_conference
from intgraph.language.text import TextIndex

INTMK = "Die 22. Integrationsministerkonferenz tagte in Schwerin. "


def found(text: str, publisher: str | None = None) -> list[tuple[str, list[str], str]]:
    return [
        (m.title, sorted(m.submitters), m.result) for m in find_motions(TextIndex(text), publisher)
    ]


def titles(text: str) -> list[str]:
    return [t for t, _, _ in found(text)]


def one(text: str) -> tuple[str, list[str], str]:
    rows = found(text)
    assert len(rows) == 1, rows
    return rows[0]


# ---------------------------------------------------------------- content clauses after the noun
def test_a_wonach_clause_tells_the_motions_content() -> None:
    title, lands, result = one(
        INTMK + "Angenommen wurde ein Antrag Sachsens, wonach Sprachkurse künftig auch "
        "abends angeboten werden sollen."
    )
    assert "Sprachkurse" in title and "abends" in title and "sollen" not in title
    assert lands == ["DE-SN"] and result == "adopted"
    title, lands, result = one(
        INTMK + "Keine Mehrheit fand der von Bremen eingebrachte Beschlussvorschlag, demzufolge "
        "die Kommunen mehr Geld für Dolmetscher erhalten."
    )
    assert "Dolmetscher" in title and lands == ["DE-HB"] and result == "rejected"


def test_a_prepositional_relative_clause_tells_the_content() -> None:
    title, lands, _ = one(
        INTMK + "Hessen stellt zudem einen Antrag, mit dem Pflegekräfte aus dem Ausland "
        "schneller eine Anerkennung bekommen sollen."
    )
    assert "Pflegekräfte" in title and "Anerkennung" in title and lands == ["DE-HE"]
    # the body asking the federation: the requested action is the content
    title, _, result = one(
        INTMK + "Einstimmig verabschiedet wurde eine Erklärung, in der die Länder die "
        "Bundesregierung bitten, die Mittel für Sprachkitas zu verstetigen."
    )
    assert title == "Verstetigung der Mittel für Sprachkitas" and result == "adopted"


def test_a_declaration_nobody_voted_on_is_no_motion() -> None:
    # anyone's statement with the same clause: no vote told, no motion
    statement = (
        INTMK + "Der Flüchtlingsrat veröffentlichte eine Erklärung, in der er mehr "
        "Beratungsstellen verlangt."
    )
    assert titles(statement) == []


def test_a_relative_clause_with_a_modal_tells_the_content() -> None:
    title, lands, result = one(
        INTMK + "Thüringen und Sachsen haben einen gemeinsamen Antrag angemeldet, der die "
        "Residenzpflicht für Geduldete abschaffen soll."
    )
    assert title.startswith("Abschaffung") and "Residenzpflicht" in title
    assert lands == ["DE-SN", "DE-TH"] and result == "unknown"
    title, _, _ = one(
        INTMK + "Bayern legte einen Vorstoß vor, der die Kurse stärker auf Arbeit ausrichten will."
    )
    assert "Kurse" in title


# ---------------------------------------------------------------- the noun and its zu-infinitive
def test_a_resolution_with_a_zu_infinitive_is_adopted() -> None:
    title, _, result = one(
        INTMK + "Der Beschluss, die Beratung von Geflüchteten mit Behinderung zu verbessern, "
        "wird von den Verbänden begrüßt."
    )
    assert "Beratung von Geflüchteten mit Behinderung" in title and result == "adopted"
    title, _, result = one(
        INTMK + "Die Resolution, antisemitische Übergriffe in Unterkünften konsequent zu "
        "verfolgen, fand breite Zustimmung."
    )
    assert "Übergriffe" in title and result == "adopted"


def test_a_resolution_of_the_cabinet_is_no_intmk_motion() -> None:
    cabinet = (
        INTMK + "Der Beschluss, die Landesmittel für Kurse zu kürzen, wurde im Kabinett gefasst."
    )
    assert titles(cabinet) == []


# ---------------------------------------------------------------- owners
def test_owners_by_office_apostrophe_group_and_session() -> None:
    chair = one(
        INTMK + "Ein Kompromissvorschlag des Vorsitzlandes Bremen, die Fristen den Kommunen zu "
        "überlassen, wurde abgelehnt."
    )
    assert "Fristen" in chair[0] and chair[1] == ["DE-HB"] and chair[2] == "rejected"
    apostrophe = one(
        INTMK
        + "Beschlossen wurde ein Antrag Rheinland-Pfalz' zur Entlastung der Ausländerbehörden."
    )
    assert apostrophe[0] == "Entlastung der Ausländerbehörden" and apostrophe[1] == ["DE-RP"]
    group = one(
        INTMK + "Abgelehnt hat die Konferenz einen Antrag der unionsgeführten Länder, die "
        "Leistungen für Ausreisepflichtige zu senken."
    )
    assert "Leistungen" in group[0] and group[2] == "rejected"
    session = one(
        "Der Beschluss der 18. IntMK zur Stärkung der Integrationsbeiräte geht auf eine "
        "Initiative Brandenburgs zurück."
    )
    assert session[0] == "Stärkung der Integrationsbeiräte" and session[1] == ["DE-BB"]


def test_a_lands_government_after_its_adjective_owns_the_proposal() -> None:
    title, lands, result = one(
        INTMK + "Mit ihrem Vorstoß für ein Landesprogramm gegen Hetze ist die Hamburger "
        "Landesregierung gescheitert."
    )
    assert "Landesprogramm gegen Hetze" in title and lands == ["DE-HH"]
    assert result == "rejected"
    # a person after the adjective is no owner, and a proposal nobody owns is none
    person = (
        INTMK + "Mit ihrem Vorstoß für ein Landesprogramm gegen Hetze ist die bayerische "
        "Ministerin gescheitert."
    )
    assert titles(person) == []


def test_a_demonym_before_the_noun_and_a_co_submitter() -> None:
    _, lands, _ = one(
        INTMK + "Die Konferenz hat den Bremer Antrag „Wohnraum für Geflüchtete“ angenommen."
    )
    assert lands == ["DE-HB"]
    _, lands, _ = one(
        INTMK + "Zusammen mit Berlin bringt Brandenburg außerdem einen Antrag zur "
        "Ausbildungsduldung ein."
    )
    assert lands == ["DE-BB"]  # "zusammen mit" is not read as a co-submitter (only "gemeinsam")
    _, lands, _ = one(
        INTMK + "Gemeinsam mit Sachsen stellt Thüringen einen Antrag zur Sprachmittlung."
    )
    assert lands == ["DE-SN", "DE-TH"]


def test_submitters_told_in_the_next_sentence() -> None:
    _, lands, _ = one(
        INTMK + "Die Länder sprachen sich für eine Härtefallkommission in jedem Land aus. Der "
        "Antrag kam aus Hessen und aus dem Saarland."
    )
    assert lands == ["DE-HE", "DE-SL"]
    _, lands, _ = one(
        INTMK + "Die Konferenz beschloss eine Initiative für mehr Kitaplätze. Eingebracht "
        "hatten sie Bayern und Berlin."
    )
    assert lands == ["DE-BE", "DE-BY"]


# ---------------------------------------------------------------- "sich für X aussprechen"
def test_speaking_for_with_a_long_middle_field_and_a_vote() -> None:
    title, _, result = one(
        "Die Integrationsministerkonferenz hatte sich schon im vergangenen Herbst in Kiel "
        "einstimmig für eine Bleiberechtsregelung für Auszubildende ausgesprochen."
    )
    assert title == "Bleiberechtsregelung für Auszubildende" and result == "adopted"
    title, lands, _ = one(
        "Auf Antrag Bremens haben sich die Integrationsministerinnen und -minister der Länder "
        "am Freitag im Bremer Rathaus dafür ausgesprochen, Geflüchteten den Führerschein "
        "zu erleichtern."
    )
    assert "Führerschein" in title and lands == ["DE-HB"]


def test_speaking_for_without_a_vote_is_a_position() -> None:
    position = (
        "Die Integrationsminister der Länder haben sich zum Auftakt ihrer Konferenz für eine "
        "„Kultur der Offenheit“ ausgesprochen."
    )
    assert titles(position) == []


# ---------------------------------------------------------------- ordinal adverbs
def test_ordinal_adverbs_list_the_decisions_of_an_aggregate() -> None:
    rows = found(
        "Die Integrationsminister der Länder haben in Kiel vier Beschlüsse gefasst: Sie "
        "wollen erstens die Sprachkitas erhalten, zweitens Lotsenprojekte ausbauen, drittens "
        "die Beratung digitalisieren und viertens den Bund bitten, die Kurse aufzustocken."
    )
    assert [t for t, _, _ in rows] == [
        "Sprachkitas erhalten",
        "Lotsenprojekte ausbauen",
        "Beratung digitalisieren",
        "Aufstockung der Kurse",
    ]
    assert {r for _, _, r in rows} == {"adopted"}


def test_ordinal_adverbs_without_an_aggregate_of_decisions_are_none() -> None:
    reasons = (
        INTMK + "Die Ministerin nannte zwei Gründe: erstens die hohen Kosten, zweitens den "
        "Mangel an Personal."
    )
    assert titles(reasons) == []
    others = (
        INTMK + "Die Verbände stellten Forderungen: erstens mehr Personal in den Behörden, "
        "zweitens kürzere Wartezeiten für Kurse."
    )
    assert titles(others) == []


# ---------------------------------------------------------------- tables with a header row
def test_a_table_of_motions_with_a_header_row() -> None:
    table = (
        "Beschlüsse der 22. IntMK\n"
        "TOP | Gegenstand | Antragsteller | Abstimmung\n"
        "4 | Sprachmittlung im Jobcenter | SN, TH | angenommen\n"
        "5 | Wohnsitzauflage lockern | HB | abgelehnt\n"
    )
    rows = found(table)
    assert rows == [
        ("Sprachmittlung im Jobcenter", ["DE-SN", "DE-TH"], "adopted"),
        ("Wohnsitzauflage lockern", ["DE-HB"], "rejected"),
    ]
    tabs = "Integrationsministerkonferenz 2023\nNr.\tTitel\tErgebnis\n1\tKitaplätze sichern\tangenommen\n"
    assert found(tabs) == [("Kitaplätze sichern", [], "adopted")]


def test_a_table_without_a_title_column_is_none() -> None:
    sessions = "Integrationsministerkonferenz\nNr. | Jahr | Ort\n12 | 2017 | Saarbrücken\n"
    assert titles(sessions) == []


# ---------------------------------------------------------------- other bodies
def test_the_ministers_of_another_portfolio_decide_for_their_conference() -> None:
    interior = (
        "Die Innenministerinnen und -minister von Bund und Ländern haben sich in Bremen auf "
        "längere Abschiebehaft verständigt. Der Beschluss sieht vor, dass die Haft verlängert "
        "wird. Die Integrationsministerkonferenz tagt erst im Mai."
    )
    assert titles(interior) == []
    heads = (
        "Die Ministerpräsidentinnen und Ministerpräsidenten haben eine Bezahlkarte beschlossen. "
        "Der Beschluss sieht vor, dass Bargeld begrenzt wird. Die Integrationsministerkonferenz "
        "hatte dazu nichts gesagt."
    )
    assert titles(heads) == []


def test_a_parliament_as_subject_with_the_intmk_in_a_phrase() -> None:
    parliament = (
        "Der Hessische Landtag hat einen Antrag der FDP-Fraktion abgelehnt, der die Regierung "
        "aufforderte, bei der Integrationsministerkonferenz einen Vorstoß für eine "
        "Einbürgerungsfeier einzubringen."
    )
    assert titles(parliament) == []
    # the IntMK as the deciding subject is still its own decision
    own = "Die Integrationsministerkonferenz hat einen Antrag Hessens zur Einbürgerungsfeier angenommen."
    assert titles(own) == ["Einbürgerungsfeier"]


# ---------------------------------------------------------------- titles
def test_a_list_item_asking_the_federation_keeps_the_request() -> None:
    rows = found(
        INTMK + "Die Konferenz hat unter anderem beschlossen:\n"
        "– die Anerkennung von Abschlüssen zu beschleunigen,\n"
        "– die Bundesregierung aufzufordern, die Mittel für Beratung nicht zu kürzen.\n"
    )
    assert [t for t, _, _ in rows] == [
        "Anerkennung von Abschlüssen beschleunigen",
        "Mittel für Beratung nicht kürzen",
    ]


def test_a_second_predicate_of_the_body_ends_the_title() -> None:
    [title] = titles(
        "Die Integrationsminister der Länder verlangen vom Bund, die Kosten der Kitas zu "
        "tragen, und sichern zugleich zu, die Kinder schnell aufzunehmen."
    )
    assert "sichern" not in title and "Kosten der Kitas" in title


def test_an_aggregate_is_no_title_and_a_colon_after_it_leads_the_content() -> None:
    rows = titles(
        "Die Integrationsminister der Länder haben sich nach langer Debatte auf mehrere "
        "Punkte geeinigt."
    )
    assert rows == []
    [title] = titles(
        "Die Integrationsministerkonferenz tagte in Kiel. Einig waren sich die Länder nur in "
        "einem Punkt: Die Mittel für Sprachkurse müssen erhalten bleiben."
    )
    assert "Mittel für Sprachkurse" in title


def test_two_motions_of_one_sentence_are_read_apart() -> None:
    rows = found(
        INTMK + "Der Antrag zur Stärkung der Beiräte wurde angenommen, die Entscheidung über "
        "unseren Antrag zur Förderung der Lotsen wurde vertagt.",
        "DE-NW",
    )
    assert [t for t, _, _ in rows] == ["Stärkung der Beiräte", "Förderung der Lotsen"]


def test_members_after_darunter_einer_and_a_title_after_unter_dem_titel() -> None:
    [title] = titles(
        INTMK + "Neun Anträge wurden beschlossen, darunter einer zur Öffnung der Kurse für "
        "Geduldete."
    )
    assert title.startswith("Öffnung der Kurse")
    [title] = titles(
        INTMK + "Den Leitantrag des Vorsitzlandes unter dem Titel „Zusammen stark“ nahmen die "
        "Länder einstimmig an."
    )
    assert title == "Leitantrag Zusammen stark"


# ---------------------------------------------------------------- news that never name the IntMK
def test_an_integration_minister_and_the_conference_mark_the_intmk() -> None:
    assert mentions_conference(
        "Abgelehnt hat die Konferenz den Vorstoß, sagte Sachsens Integrationsministerin X."
    )
    assert mentions_conference(
        "Die Integrationsministerinnen und -minister fanden eine gemeinsame Linie."
    )
    assert mentions_conference(
        "Auf der Konferenz in Kiel haben die Länder zwei Anträge beschlossen."
    )


def test_other_conferences_and_organisers_are_not_the_intmk() -> None:
    assert not mentions_conference(
        "Integrationsministerin X sprach auf der Konferenz des Flüchtlingsrats über Wohnraum."
    )
    assert not mentions_conference(
        "Die Konferenz der Innenminister in Kiel beschloss schärfere Regeln; die "
        "Integrationsministerin kritisierte das."
    )
    assert not mentions_conference("Auf der Konferenz in Kiel sprachen Ärzte über Pflege.")


# ---------------------------------------------------------------- told in the next sentence
def test_the_result_told_in_the_next_sentence() -> None:
    rows = found(
        INTMK + "Hessen hat die Anträge „Kitaplätze sichern“ (Antragsteller: HE, HB) und "
        "„Lotsen fördern“ (Antragsteller: NI) mitgezeichnet. Beide Anträge wurden beschlossen."
    )
    assert rows == [
        ("Kitaplätze sichern", ["DE-HB", "DE-HE"], "adopted"),
        ("Lotsen fördern", ["DE-NI"], "adopted"),
    ]
    [(_, _, result)] = found(
        INTMK + "Bremen brachte einen Antrag zur Ausbildungsduldung ein. Er fand keine Mehrheit."
    )
    assert result == "rejected"


def test_a_next_sentence_on_something_else_leaves_the_result() -> None:
    [(_, _, result)] = found(
        INTMK + "Bremen brachte einen Antrag zur Ausbildungsduldung ein. Die Sitzung wurde "
        "am Abend beendet."
    )
    assert result == "unknown"
    # a single quotation after a plural noun is no list of titles
    assert titles(INTMK + "Die Anträge seien „ein starkes Signal“, sagte die Ministerin.") == []


# ---------------------------------------------------------------- named declarations
def test_a_declaration_named_after_a_place_is_the_bodys() -> None:
    assert found(
        "Mit der „Kieler Erklärung“ setzen die Integrationsminister der Länder ein Zeichen für "
        "Vielfalt."
    ) == [("Kieler Erklärung", [], "adopted")]
    assert titles(
        INTMK + "Einstimmig verabschiedet wurde zum Schluss die Schweriner Resolution gegen Hass."
    ) == ["Schweriner Resolution"]


def test_a_named_declaration_of_another_organiser_is_none() -> None:
    other = INTMK + "Der Flüchtlingsrat legte die Schweriner Erklärung der Verbände vor."
    assert titles(other) == []


# ---------------------------------------------------------------- a pronoun after a colon
def test_the_pronoun_after_a_colon_tells_an_untitled_motions_content() -> None:
    [(title, lands, result)] = found(
        INTMK + "Ein Antrag, den wir gemeinsam mit Bremen gestellt hatten, scheiterte: Er "
        "zielte auf eine Härtefallregelung für Auszubildende.",
        "DE-HH",
    )
    assert title == "Härtefallregelung für Auszubildende"
    assert lands == ["DE-HB", "DE-HH"] and result == "rejected"
    [(title, _, _)] = found(
        INTMK + "Der Vorschlag Thüringens wurde angenommen: Er sah vor, dass Kommunen "
        "Dolmetscher abrechnen können."
    )
    assert "Dolmetscher" in title


def test_a_pronoun_after_a_colon_that_tells_no_content_is_none() -> None:
    speech = (
        INTMK + "Der Antrag zur Ausbildungsduldung scheiterte: Sie bedauere das sehr, sagte "
        "die Ministerin."
    )
    assert titles(speech) == ["Ausbildungsduldung"]


# ---------------------------------------------------------------- a table printed with spaces
def test_a_table_printed_with_single_spaces() -> None:
    page = (
        "21. IntMK – Ergebnisse\n"
        "TOP Titel Antragsteller Ergebnis\n"
        "4.1 Berufssprach- kurse für Geduldete öffnen BE, HB angenommen\n"
        "4.2 Sprach- und Kulturmittlung stärken NW abgelehnt\n"
        "Seite 2 von 9\n"
    )
    assert found(page) == [
        ("Berufssprachkurse für Geduldete öffnen", ["DE-BE", "DE-HB"], "adopted"),
        ("Sprach- und Kulturmittlung stärken", ["DE-NW"], "rejected"),
    ]


# ---------------------------------------------------------------- the members speaking as the body
def test_we_decided_jointly_is_the_bodys_decision() -> None:
    [title] = titles(
        INTMK + "Ministerin Beispiel: Wir haben heute einstimmig beschlossen, dass die Länder "
        "mehr Geld für Sprachkitas einfordern."
    )
    assert title == "mehr Geld für Sprachkitas"
    [title] = titles(
        INTMK + "Senator Muster: Wir haben uns gemeinsam darauf verständigt, die Beratung "
        "auszubauen."
    )
    assert "Beratung" in title


def test_we_decided_without_a_joint_mark_or_in_the_cabinet_is_none() -> None:
    alone = (
        INTMK + "Ministerin Beispiel: Wir haben beschlossen, dass unser Land mehr Lotsen einstellt."
    )
    assert titles(alone) == []
    cabinet = (
        INTMK + "Ministerin Beispiel: Wir haben im Kabinett einstimmig beschlossen, dass das "
        "Land mehr Lotsen einstellt."
    )
    assert titles(cabinet) == []


# ---------------------------------------------------------------- a headline restated below it
def test_a_headline_and_the_body_on_one_subject_are_one_motion() -> None:
    text = (
        "Länder fordern Kostenübernahme durch den Bund\n\n"
        "Die 22. Integrationsministerkonferenz tagte in Schwerin. Die Länder verlangen vom "
        "Bund, die Kosten der Unterbringung zu übernehmen."
    )
    assert titles(text) == ["Kostenübernahme durch den Bund"]
    quoted = (
        "Hamburg setzt sich mit Antrag zu Antirassismus durch\n\n"
        "Die 22. Integrationsministerkonferenz hat den Hamburger Antrag „Rassismusschutz in "
        "Behörden stärken“ beschlossen."
    )
    assert titles(quoted) == ["Rassismusschutz in Behörden stärken"]


def test_a_headline_on_another_subject_stays_apart() -> None:
    text = (
        "Länder fordern mehr Integrationskurse\n\n"
        "Die 22. Integrationsministerkonferenz tagte in Schwerin. Die Länder verlangen vom "
        "Bund, die Integrationsbeiräte zu stärken."
    )
    assert len(titles(text)) == 2


def test_putting_on_the_agenda_is_no_part_of_the_title() -> None:
    [title] = titles(
        INTMK + "Sachsen hat einen Antrag zur Einführung eines Lotsenprogramms auf die "
        "Tagesordnung setzen lassen."
    )
    assert title == "Einführung eines Lotsenprogramms"


# ---------------------------------------------------------------- "ein entsprechender Antrag"
def test_a_motion_to_that_effect_takes_the_topic_agreed_on_before() -> None:
    [(title, lands, result)] = found(
        INTMK + "Auf eine Obergrenze konnten sich die Länder nicht einigen; einen entsprechenden "
        "Vorschlag Bayerns lehnte die Mehrheit ab."
    )
    assert title == "Obergrenze" and lands == ["DE-BY"] and result == "rejected"
    [(title, _, _)] = found(
        INTMK + "Auf ein Landesaufnahmeprogramm haben sich die Länder verständigt. Ein "
        "entsprechender Beschluss wurde einstimmig gefasst."
    )
    assert title == "Landesaufnahmeprogramm"


def test_a_motion_to_that_effect_without_an_antecedent_is_none() -> None:
    assert titles(INTMK + "Ein entsprechender Antrag liegt seit Wochen vor.") == []


def test_another_bodys_decision_or_motion_with_its_content_is_no_motion() -> None:
    # the genitive names the body (review 9, finding 1): the federal cabinet, the Bundesrat
    assert (
        titles(
            INTMK + "Der Beschluss des Bundeskabinetts, die Mittel für die Sprachkurse zu kürzen, "
            "stößt bei den Ländern auf Kritik."
        )
        == []
    )
    assert (
        titles(INTMK + "Ein Antrag des Bundesrates, die Leistungen zu senken, wurde kritisiert.")
        == []
    )
    # a Land's genitive or the conference's stays a motion
    assert titles(INTMK + "Ein Antrag Bayerns, die Kurse zu schließen, fand keine Mehrheit.") != []
