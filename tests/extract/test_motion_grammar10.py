"""Motion constructions from the grammar of set 10's misses (issue 12, motions10): a record or
a report that never names the IntMK but tells Länder' motions put to a vote, items that order
the meeting or an event's programme (no motions), bulleted "Antrag <Land>: Titel" lines, the
page of one item ("Beschluss zu TOP 3.4 / Thema: …"), what the body failed to agree on
(rejected), a decision told in a verb-final subordinate clause, the reflexive before the body
in a verb-second perfect, a motion "brought in jointly with" Länder, "ein ähnlicher Antrag"
after another body's decision, and qualified "Zustimmung" as a result.

Every passage is invented for this test, each rule in two or more wordings with hard negatives.
"""

from __future__ import annotations

import re

from intgraph.extract.motions import find_motions
from intgraph.language.decisions import ADOPTED, PROCEDURAL_ITEM, REJECTED, mentions_conference
from intgraph.language.text import TextIndex

INTMK = "Die 23. Integrationsministerkonferenz tagte in Erfurt. "


def found(text: str, publisher: str | None = None) -> list[tuple[str, list[str], str]]:
    return [
        (m.title, sorted(m.submitters), m.result) for m in find_motions(TextIndex(text), publisher)
    ]


def titles(text: str) -> list[str]:
    return [t for t, _, _ in found(text)]


# ---------------------------------------------------------------- the gate: unnamed conference
def test_a_record_whose_items_name_lands_as_submitters_is_the_conferences() -> None:
    record = (
        "TOP 5: Mehr Lehrkräfte für Integrationskurse\nAntragsteller: Bremen, Saarland\n"
        "Ergebnis: angenommen\n\nTOP 6: Beratung für Saisonkräfte\nAntrag: alle Länder\n"
    )
    assert mentions_conference(TextIndex(record).flat)
    assert titles(record) == ["Mehr Lehrkräfte für Integrationskurse", "Beratung für Saisonkräfte"]
    coded = "TOP 2  Wohnraum für Auszubildende\nAntragstellende Länder: NI, HE\nErgebnis: vertagt\n"
    assert mentions_conference(TextIndex(coded).flat)
    # another body's agenda, or an item whose field names no Land
    assert not mentions_conference(
        TextIndex("Landtag, 12. Sitzung\nTOP 3: Haushalt\nAntragsteller: Bremen\n").flat
    )
    assert not mentions_conference(
        TextIndex("TOP 3: Neue Sporthalle\nAntrag: Ortsbeirat Nord\nErgebnis: angenommen\n").flat
    )


def test_a_lands_motion_put_to_a_vote_is_the_conferences() -> None:
    for text in (
        "Hannover. Abgelehnt wurde ein Antrag Thüringens zur Wohnsitzauflage.",
        "Der von Hamburg eingebrachte Beschlussvorschlag fand eine breite Mehrheit.",
        "Die Ressortchefs verabschiedeten eine Resolution gegen Hetze, die das Saarland "
        "eingebracht hatte.",
        "Schleswig-Holstein und Bremen sind mit ihrem Antrag zur Einbürgerung gescheitert.",
    ):
        assert mentions_conference(TextIndex(text).flat), text
    for text in (
        # another body named; an application for money; a proposal nobody brought in or voted on
        "Im Bundesrat wurde ein Antrag Bayerns zur Grundsteuer abgelehnt.",
        "Der Antrag Sachsens auf Mittel aus dem Fonds wurde bewilligt.",
        "Der Vorschlag Hessens zur Schulwegsicherung ist gescheitert.",
        "Die Initiative Berlins für mehr Spielplätze war erfolgreich.",
    ):
        assert not mentions_conference(TextIndex(text).flat), text


def test_qualified_approval_is_adopted_and_no_approval_rejected() -> None:
    assert ADOPTED.search("fand breite Zustimmung") and ADOPTED.search(
        "stieß auf einhellige Zustimmung"
    )
    assert not ADOPTED.search("fand Zustimmung bei Bayern")
    assert REJECTED.search("fand keine Zustimmung")
    [(title, lands, result)] = found(
        "Kiel, 4. Mai 2023. Der von Schleswig-Holstein eingebrachte Beschlussvorschlag "
        "„Ehrenamt in der Flüchtlingshilfe stärken“ fand in Lübeck große Zustimmung."
    )
    assert title == "Ehrenamt in der Flüchtlingshilfe stärken"
    assert lands == ["DE-SH"] and result == "adopted"


# ---------------------------------------------------------------- no subject: order and programme
def test_items_that_order_the_meeting_or_an_events_programme_are_no_motions() -> None:
    for item in (
        "Begrüßung durch die Vorsitzende",
        "Grußwort der Staatssekretärin Vera Beispiel",
        "Mittagspause",
        "Eröffnung und Grußworte",
        "Kaffeepause (im Foyer)",
    ):
        assert PROCEDURAL_ITEM.match(item), item
    for item in (
        "Eröffnung des Landesprogramms Ankommen",
        "Verabschiedung des Leitantrags",
        "Abschluss einer Zielvereinbarung",
        "Empfang von Schutzsuchenden verbessern",
    ):
        assert not PROCEDURAL_ITEM.match(item), item
    agenda = (
        INTMK + "\nTagesordnung\n1. Begrüßung durch den Vorsitz\n2. Genehmigung der Tagesordnung\n"
        "3. Bericht zur Arbeitsmarktintegration\n4. Verschiedenes\n"
    )
    assert titles(agenda) == ["Bericht zur Arbeitsmarktintegration"]


def test_approving_the_agenda_is_a_motion_only_where_its_vote_is_told() -> None:
    bare = (
        "\n\nTOP 1  Annahme der Tagesordnung\n\nTOP 2  Ausbau der Sprachkitas\nAntragsteller: RP\n"
    )
    voted = bare.replace("Tagesordnung\n", "Tagesordnung\nErgebnis: einstimmig\n", 1)
    assert titles(bare) == ["Ausbau der Sprachkitas"]
    assert titles(voted) == ["Annahme der Tagesordnung", "Ausbau der Sprachkitas"]


def test_an_event_programme_table_gives_no_motions() -> None:
    table = (
        INTMK + "\n| Uhrzeit | Thema | Referentin |\n|---|---|---|\n"
        "| 10:00 | Grußwort | Ministerin |\n| 10:30 | Wege in Ausbildung | Dr. Anna Beispiel |\n"
    )
    assert titles(table) == []
    motions = (
        INTMK
        + "\n| Nr. | Thema | Ergebnis |\n|---|---|---|\n| 1 | Wege in Ausbildung | angenommen |\n"
    )
    assert titles(motions) == ["Wege in Ausbildung"]


# ---------------------------------------------------------------- lines of a record
def test_a_bullet_names_the_lands_motion_before_its_colon() -> None:
    text = (
        "Beschlüsse der 23. Integrationsministerkonferenz\n"
        "• Antrag Sachsens: Sprachförderung im Handwerk\n"
        "• Antrag von Bremen und dem Saarland: Lotsen für Neuzugewanderte\n"
    )
    assert found(text) == [
        ("Sprachförderung im Handwerk", ["DE-SN"], "adopted"),
        ("Lotsen für Neuzugewanderte", ["DE-HB", "DE-SL"], "adopted"),
    ]
    # a colon after something that is no Land: not a title label
    assert titles(INTMK + "Beschlüsse:\n• Antrag zur Sache: Die Länder sind sich uneins\n") == []


def test_the_page_of_one_item_takes_its_title_from_the_topic_line() -> None:
    text = (
        "Beschluss zu TOP 4.2\nThema: Psychosoziale Versorgung Geflüch-\ntete verbessern\n"
        "Antragstellende Länder: TH, BB\nDie IntMK bittet den Bund, die Mittel aufzustocken.\n"
        "Abstimmungsergebnis: 16:0:0\n\n23. IntMK 2027 – Beschlüsse   Seite 9\n"
    )
    assert found(text) == [
        ("Psychosoziale Versorgung Geflüchtete verbessern", ["DE-BB", "DE-TH"], "adopted")
    ]


# ---------------------------------------------------------------- what the body failed to agree on
def test_what_the_body_did_not_agree_on_is_rejected() -> None:
    for text, title in (
        (
            INTMK
            + "Die Länder konnten sich nicht auf ein gemeinsames Eckpunktepapier zur Bezahlkarte "
            "einigen.",
            "gemeinsames Eckpunktepapier zur Bezahlkarte",
        ),
        (
            INTMK
            + "Auf einen Stufenplan für Sprachkitas haben sich die Ministerinnen und Minister "
            "nicht verständigt.",
            "Stufenplan für Sprachkitas",
        ),
        (
            INTMK + "Keine Einigung gab es in der Frage der Finanzierung der Migrationsberatung.",
            "Finanzierung der Migrationsberatung",
        ),
        (
            INTMK + "Eine Einigung über einen Verteilschlüssel für Ortskräfte kam nicht zustande.",
            "Verteilschlüssel für Ortskräfte",
        ),
        (
            INTMK + "Zu einem Votum für die Wohnsitzauflage konnten sich die Integrationsminister "
            "dagegen nicht durchringen. Die Länder haben sich nicht zu einem Votum für mehr "
            "Abschiebehaft durchgerungen.",
            "Votum für mehr Abschiebehaft",
        ),
    ):
        assert found(text) == [(title, [], "rejected")], text


def test_a_failed_agreement_of_others_or_about_the_meeting_is_no_motion() -> None:
    assert (
        titles(INTMK + "Bund und Länder konnten sich nicht auf eine Kostenteilung einigen.") == []
    )
    assert titles(INTMK + "Die Koalition konnte sich nicht auf ein Gesetz einigen.") == []
    assert titles(INTMK + "Auf der Konferenz konnten sich die Länder nicht einigen.") == []
    assert (
        titles(
            INTMK + "Anders als die Jugendministerkonferenz, die sich nicht auf eine Position zum "
            "Kinderzuschlag einigen konnte, fanden die Länder eine Linie."
        )
        == []
    )


def test_a_negated_perfect_of_agreeing_is_not_adopted() -> None:
    [(_, _, result)] = found(
        INTMK + "Die Integrationsministerinnen und -minister haben sich nicht auf ein Papier zur "
        "Wohnsitzauflage geeinigt."
    )
    assert result == "rejected"


# ---------------------------------------------------------------- word order
def test_a_decision_in_a_verb_final_clause() -> None:
    assert found(
        "Kommentar. Dass die Länder auf der Integrationsministerkonferenz geschlossen die "
        "Abschaffung der Vorrangprüfung gefordert haben, verdient Respekt."
    ) == [("Abschaffung der Vorrangprüfung", [], "adopted")]
    assert titles(
        INTMK + "Nachdem die Ministerinnen und Minister eine Resolution zur Seenotrettung "
        "verabschiedet hatten, endete die Sitzung."
    ) == ["Seenotrettung"]
    assert titles(INTMK + "Die Kritik, dass die Länder zu wenig getan haben, ist alt.") == []
    assert titles(INTMK + "Wie die Länder bereits beschlossen haben, geht es weiter.") == []


def test_the_reflexive_before_the_body_in_a_verb_second_perfect() -> None:
    assert found(
        INTMK + "Nach langer Debatte haben sich die Ressortchefs auf eine gemeinsame Erklärung "
        "zur Seenotrettung verständigt."
    ) == [("gemeinsame Erklärung zur Seenotrettung", [], "adopted")]
    assert titles(
        INTMK + "Am Ende hatten sich alle Länder auf Eckpunkte für eine Einbürgerungsoffensive "
        "geeinigt."
    ) == ["Eckpunkte für eine Einbürgerungsoffensive"]


def test_an_additive_adverb_makes_a_darin_sentence_another_decision() -> None:
    text = (
        INTMK + "Die Länder haben sich auf eine Erklärung gegen Antiziganismus verständigt. "
        "Darin waren sich alle Länder einig: Der Bund solle außerdem die Beratungsstellen dauerhaft "
        "fördern."
    )
    assert len(titles(text)) == 2
    plain = text.replace(" außerdem", "")
    assert titles(plain) == ["Erklärung gegen Antiziganismus"]


def test_a_proposal_that_failed_with_its_infinitive() -> None:
    [(title, lands, result)] = found(
        INTMK + "Bayern und Sachsen sind mit ihrem Vorschlag gescheitert, die Beratung "
        "stärker zu bündeln."
    )
    assert "Beratung" in title and lands == ["DE-BY", "DE-SN"] and result == "rejected"


# ---------------------------------------------------------------- owners and antecedents
def test_a_motion_brought_in_jointly_with_lands() -> None:
    [(title, lands, result)] = found(
        INTMK + "Durchgesetzt hat sich die zusammen mit Brandenburg eingebrachte Initiative für "
        "kostenlose Sprachkurse in Kitas.",
        publisher="DE-BE",
    )
    assert title == "kostenlose Sprachkurse in Kitas"
    assert lands == ["DE-BB", "DE-BE"] and result == "adopted"


def test_a_similar_motion_takes_the_other_bodys_decision_as_its_subject() -> None:
    [(title, lands, result)] = found(
        "Die Innenministerkonferenz hat beschlossen, die Residenzpflicht wieder einzuführen. Die "
        "Integrationsministerkonferenz hatte einen ähnlichen Antrag Bayerns im Herbst abgelehnt."
    )
    assert "Residenzpflicht" in title and lands == ["DE-BY"] and result == "rejected"


# ---------------------------------------------------------------- set 11's constructions
def test_a_fronted_object_with_the_pronoun_after_the_verb() -> None:
    text = (
        INTMK + "Die Länder verlangen mehr Lehrkräfte. Den Bund baten sie, die Mittel für die "
        "Erstorientierung nicht zu kürzen."
    )
    assert any("Erstorientierung" in t for t in titles(text))
    text = INTMK + "Die Länder tagten. Dem Bund gegenüber verlangten sie, die Kurse auszubauen."
    assert titles(text) == ["Ausbau der Kurse"]


def test_a_fronted_participle_with_the_body_after_the_auxiliary() -> None:
    assert titles(
        INTMK + "Beschlossen haben die Länder dagegen, ihre Berichte künftig gemeinsam zu "
        "veröffentlichen."
    ) == ["Veröffentlichung: ihre Berichte künftig gemeinsam"]
    assert titles(
        INTMK + "Gefordert haben die Ministerinnen und Minister außerdem mehr Geld für die "
        "Erstorientierung."
    ) == ["mehr Geld für die Erstorientierung"]
    assert titles(INTMK + "Beschlossen hat die Stadt, die Schule zu schließen.") == []


def test_a_passive_with_an_adverb_and_a_noun_of_asking() -> None:
    assert titles(
        INTMK + "Verabschiedet wurde wenigstens eine gemeinsame Bitte an den Bund, die "
        "Anerkennungsverfahren zu beschleunigen."
    ) == ["die Anerkennungsverfahren zu beschleunigen"]
    assert titles(INTMK + "Verabschiedet wurde jedoch eine neue Geschäftsordnung.") == [
        "neue Geschäftsordnung"
    ]


def test_the_body_with_its_chair_as_an_attribute_and_singular_sprach() -> None:
    [(title, _, result)] = found(
        INTMK + "Die Konferenz unter Leitung der Mainzer Ministerin Ida Kern (Grüne) sprach "
        "sich außerdem gegen Einschnitte bei der Migrationsberatung aus."
    )
    assert "Einschnitte bei der Migrationsberatung" in title and result == "adopted"


def test_a_second_predicate_of_resolving_is_a_decision_of_its_own() -> None:
    assert (
        len(
            titles(
                INTMK + "Die Länder baten den Bund, die Soforthilfen zu verlängern, und sprachen "
                "sich einstimmig für ein Programm gegen Rassismus aus."
            )
        )
        == 2
    )
    assert (
        len(
            titles(
                INTMK + "Die IntMK bat den Bund, den Zugang zu Kursen rechtlich zu sichern, und "
                "beschloss zudem, eine Studie zur Lage der Kurse in Auftrag zu geben."
            )
        )
        == 2
    )
    # a second demand or a promise is a part of the same decision (GOLD)
    assert (
        len(
            titles(
                INTMK
                + "Die Länder verlangen vom Bund, die Kosten zu übernehmen, und sagen zugleich "
                "zu, die Kommunen zu entlasten."
            )
        )
        == 1
    )


def test_a_consensus_told_by_its_noun_with_a_demand() -> None:
    assert (
        len(
            titles(
                INTMK
                + "Einigkeit gab es auch darüber, dass der Bund die Beratungsstellen dauerhaft "
                "fördern soll."
            )
        )
        == 1
    )
    assert titles(INTMK + "Einigkeit bestand zudem darin, die Lotsenprogramme auszubauen.") != []
    # a position without a demand, no consensus
    assert titles(INTMK + "Einigkeit herrschte darüber, dass Integration Zeit braucht.") == []
    assert titles(INTMK + "Keine Einigkeit gab es darüber, ob die Kurse verlängert werden.") == []


def test_the_body_asked_by_another_is_no_motion() -> None:
    assert (
        titles(
            INTMK
            + "Vorab hat der Flüchtlingsrat die Länder aufgefordert, sich für ein Bleiberecht "
            "einzusetzen."
        )
        == []
    )
    assert titles(
        INTMK + "Zum Abschluss haben die Länder den Bund aufgefordert, die Kurse zu sichern."
    ) == ["Sicherung der Kurse"]


def test_one_minister_by_office_and_name_or_a_conference_after_a_preposition_is_no_body() -> None:
    assert (
        titles(
            INTMK + "Hessens Integrationsministerin Anna Beispiel (CDU) hatte vor der Konferenz "
            "gefordert, die Kurse zu kürzen."
        )
        == []
    )


def test_the_integration_commissioners_are_another_body() -> None:
    assert (
        titles(
            INTMK + "Die Integrationsbeauftragten von Bund und Ländern haben zum Abschluss ihrer "
            "Bundeskonferenz eine „Kieler Erklärung“ verabschiedet."
        )
        == []
    )
    assert mentions_conference(
        TextIndex("Der Antrag Hamburgs wurde auf die nächste Konferenz vertagt.").flat
    )


# ---------------------------------------------------------------- review findings (precision)
def test_numbered_demands_of_an_association_are_no_motions() -> None:
    assert (
        titles(
            INTMK + "Der Flüchtlingsrat hat vier Forderungen an die Länder: Erstens sollen "
            "Abschiebungen in Krisengebiete enden, zweitens muss die Beratung wachsen."
        )
        == []
    )
    assert (
        titles(
            INTMK + "Der Paritätische Wohlfahrtsverband stellte drei Forderungen auf. Erstens "
            "fordern wir mehr Geld für die Migrationsberatung. Zweitens brauchen die Kommunen "
            "Planungssicherheit."
        )
        == []
    )
    # the conference's own, or its chair's words at the press briefing
    assert (
        len(
            titles(
                INTMK + "Die Konferenz hat drei Beschlüsse gefasst: Sie will erstens die Kurse "
                "ausbauen, zweitens die Beratung stärken und drittens die Anerkennung beschleunigen."
            )
        )
        == 3
    )
    assert (
        len(
            titles(
                INTMK
                + "Ministerin Beispiel: Wir haben heute 20 Beschlüsse gefasst. Erstens fordern "
                "wir eine Kostenbeteiligung des Bundes. Zweitens wollen wir ein Register für "
                "Kursplätze."
            )
        )
        == 2
    )


def test_another_meeting_named_makes_die_konferenz_no_intmk() -> None:
    assert not mentions_conference(
        "Potsdam. Auf der Fachtagung „Ankommen im Quartier“ sprach Integrationsministerin Anna "
        "Beispiel. Die Konferenz forderte mehr Geld für Sprachkurse."
    )
    assert not mentions_conference(
        "Die Integrationsministerin lud zum Fachkongress. Die Konferenz endete am Abend."
    )
    assert mentions_conference(
        "Niedersachsens Integrationsministerin Anna Beispiel sagte nach der Konferenz, man sei "
        "zufrieden."
    )


def test_the_land_codes_are_defined_once_for_every_extractor() -> None:
    from intgraph.extract import motions, programmes
    from intgraph.language.lands import LAND_CODES, LAND_SHORT_FORM

    assert len(LAND_CODES) == 16 and all(len(c) == 2 for c in LAND_CODES)
    # every short form the programme extractor closes a brand with is one of the shared forms
    for code in re.findall(r"[A-Z]{2,3}", programmes._LAND_CODE):
        assert re.fullmatch(LAND_SHORT_FORM, code), code
    assert motions._LAND_CODE.findall("Antragsteller: DE-HB, NW und BY") == ["HB", "NW", "BY"]


# ---------------------------------------------------------------- more of set 11's constructions
def test_a_quoted_title_as_an_apposition() -> None:
    assert titles(
        INTMK + "Über den zweiten Antrag, „Sprachmittlung sichern“, wird im Herbst entschieden."
    ) == ["Sprachmittlung sichern"]
    assert titles(INTMK + "Den Leitantrag, „Vielfalt leben“, nahmen die Länder einstimmig an.") == [
        "Leitantrag Vielfalt leben"
    ]


def test_a_speakers_we_brought_in_a_motion() -> None:
    assert titles(
        INTMK + "„Wir haben einen Antrag zur Stärkung der Lotsenprojekte eingebracht, und der "
        "ist angenommen worden“, sagte die Ministerin."
    ) == ["Stärkung der Lotsenprojekte"]
    # someone else's application in a quotation
    assert titles(INTMK + "„Wir haben einen Antrag auf Kurzarbeit gestellt“, sagte er.") == []


def test_the_body_asking_the_federation_in_a_dass_clause() -> None:
    assert titles(
        INTMK + "Wir haben gemeinsam mit Bremen erreicht, dass die Konferenz den Bund "
        "auffordert, die Sprachmittlung in Kliniken gesetzlich zu regeln."
    ) == ["Sprachmittlung in Kliniken gesetzlich regeln"]
    assert titles(
        INTMK + "Ich freue mich, dass die Länder die Bundesregierung bitten, die Kurse für "
        "Eltern auszuweiten."
    ) == ["Ausweitung der Kurse für Eltern"]
    # a wish, not a fact: no decision told
    assert (
        titles(
            INTMK
            + "Wir erwarten, dass die Länder die Abschaffung der Vorrangprüfung gefordert haben."
        )
        == []
    )


def test_unter_anderem_marks_each_infinitive_as_a_decision() -> None:
    assert titles(
        INTMK + "Die Ministerinnen und Minister haben unter anderem beschlossen, die "
        "Einbürgerung zu digitalisieren, den Bund um mehr Kitaplätze zu bitten und die "
        "Anerkennungsberatung auszubauen."
    ) == [
        "Digitalisierung der Einbürgerung",
        "Bund um mehr Kitaplätze bitten",
        "Ausbau der Anerkennungsberatung",
    ]
    # without it, one decision with two parts stays one (GOLD)
    assert (
        len(
            titles(
                INTMK + "Die Länder haben beschlossen, die Kurse auszubauen und die Beratung zu "
                "stärken."
            )
        )
        == 1
    )
