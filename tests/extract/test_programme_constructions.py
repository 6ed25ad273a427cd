"""Programme constructions of unseen text, each from the grammar of the construction: own
passages with different wording per rule, and hard negatives (programmes10, issue 12).

Recall: a capitalised adjective after a programme noun, a hyphenated compound on a programme
head with a name before it, capitals joined by hyphens with a Land's code, an abbreviation
after "kurz", a heading on programmes over a bar-separated line, a listed name coupled by
hyphens inside a compound, a service marked "sogenannt", the programme of a call for
applications, a service that funding pays for, staff counted in a sentence about a programme. Precision: instrument compounds that are a kind or a body's own
budget line, examples that attach to a noun of bodies or prizes, lists of prize winners and
agendas, a second conjunct whose article does not agree, a Land and a verb in a clause with
its verb last, a call's year and a dotted acronym's dash."""

from __future__ import annotations

from intgraph.extract.programmes import find_programmes
from intgraph.language.text import TextIndex


def labels(text: str) -> list[str]:
    return sorted({p.label for p in find_programmes(TextIndex(text))})


# ---------------------------------------------------------------- recall
def test_a_capitalised_adjective_after_a_programme_noun_opens_a_name() -> None:
    assert labels("Über die Richtlinie Soziale Teilhabe erhalten Vereine Zuschüsse.") == [
        "Soziale Teilhabe"
    ]
    assert labels("Das Landesprogramm Gute Nachbarschaft läuft Ende 2026 aus.") == [
        "Gute Nachbarschaft"
    ]
    assert labels("Im Projekt Interkulturelle Schule lernen Kitas voneinander.") == [
        "Interkulturelle Schule"
    ]
    # lower case: a description; a noun ending like an adjective: no name
    assert labels("Das Programm soll soziale Teilhabe stärken.") == []
    assert labels("Das Projekt Perspektive Arbeit bleibt offen.") == []


def test_a_hyphenated_compound_with_a_name_before_a_programme_head() -> None:
    assert labels("„Mit dem Lernhafen-Stipendium holen wir sie in die Lehre“, sagte sie.") == [
        "Lernhafen-Stipendium"
    ]
    assert labels("Die Zukunftsnest-Patenschaften gehen in die zweite Runde.") == [
        "Zukunftsnest-Patenschaften"
    ]
    assert labels("Früher liefen die Kurse als ESF-BMAS-Programm.") == ["ESF-BMAS-Programm"]
    # a common noun, a stem, one acronym or a Land before the hyphen names a kind
    assert labels("Das Kita-Programm und das EU-Programm laufen weiter.") == []
    assert labels("Die Nachbarschafts-Initiative und das Hessen-Paket starten.") == []
    # the compound is the head noun of a quoted name
    assert labels("Hinzu kommt die Lotsenhaus-Initiative „Arbeit jetzt“.") == ["Arbeit jetzt"]


def test_capitals_joined_by_hyphens_and_a_land_code_after_a_programme_noun() -> None:
    assert labels("Sie lobte das Programm KLAR-WEG NRW, über das Vereine Geld erhalten.") == [
        "KLAR-WEG NRW"
    ]
    assert labels("Über das Landesprogramm NEST SH kamen 40 Familien an.") == ["NEST SH"]


def test_an_abbreviation_after_kurz_is_the_named_programmes() -> None:
    assert labels("Das Land setzt auf die Initiative „Arbeit für alle“, kurz AfA.") == [
        "Arbeit für alle"
    ]
    assert labels("Das Programm „Lernen vor Ort“ (kurz: LeVO) startet. LeVO-Kurse folgen.") == [
        "Lernen vor Ort"
    ]


def test_a_heading_on_programmes_over_a_line_of_names_separated_by_bars() -> None:
    text = "Start > Soziales\n\nUnsere Projekte\nLernhaus Nord | Zukunftsnest | Kontakt\n\nMehr."
    assert labels(text) == ["Lernhaus Nord", "Zukunftsnest"]
    assert labels("Förderprogramme im Überblick\nStartgeld Ost | Nachbarn im Quartier\n") == [
        "Nachbarn im Quartier",
        "Startgeld Ost",
    ]
    # a bar of links without a heading on programmes
    assert labels("Presse | Kontakt | Impressum\nLernhaus Nord | Zukunftsnest\n") == []


def test_a_listed_name_coupled_by_hyphens_inside_a_compound() -> None:
    assert labels("Die Gesamtprogramm-Sprache-Broschüre liegt in den Ämtern aus.") == [
        "Gesamtprogramm Sprache"
    ]
    assert labels("Die Integration-durch-Sport-Vereine feiern.") == ["Integration durch Sport"]


# ---------------------------------------------------------------- precision
def test_instrument_compounds_that_are_a_kind_or_a_bodys_budget_line() -> None:
    assert labels("Das Land fördert Sprachmittlerpools in allen Kreisen.") == []
    assert labels("Die Stadt erhöht ihr Integrationsbudget um zehn Prozent.") == []
    assert labels("Das Integrationsbudget der Stadt Neustadt steigt.") == []
    assert labels("Der Teilhabefonds des Kreises ist ausgeschöpft.") == []
    # a regional tag or a definite instrument of its own stays a name
    assert labels("Der Teilhabefonds Thüringen startet im Mai.") == ["Teilhabefonds Thüringen"]
    assert labels("Aus dem Quartiersfonds erhalten Vereine bis zu 5.000 Euro.") == [
        "Quartiersfonds"
    ]


def test_examples_attach_to_the_nearest_noun() -> None:
    assert labels("Gefördert werden Projekte von Trägern wie dem „Lernhaus e.V.“.") == []
    assert labels("Es gibt Angebote, etwa die „Stiftung Lesezeit“.") == []
    assert labels("Gefördert werden Projekte zur Teilhabe, etwa „Lernhaus Nord“.") == [
        "Lernhaus Nord"
    ]


def test_lists_of_prize_winners_and_agendas_are_no_programmes() -> None:
    winners = (
        "Ausgezeichnet wurden drei Projekte:\n1. „Lernhaus“ – Sprachkurse für Mütter\n"
        "2. „Zukunftsnest“ – Begleitung Geflüchteter\n"
    )
    assert labels(winners) == []
    agenda = "Ablauf des Fachtags:\n- „Ankommen lernen“ – Vortrag und Projekt\n"
    assert labels(agenda) == []
    funded = (
        "Gefördert werden drei Projekte:\n1. „Lernhaus“ – Sprachkurse für Mütter\n"
        "2. „Zukunftsnest“ – Begleitung Geflüchteter\n"
    )
    assert labels(funded) == ["Lernhaus", "Zukunftsnest"]


def test_a_list_items_description_may_open_with_an_adjective_and_its_name_end_in_a_bang() -> None:
    funded = (
        "Mit zusätzlichen Mitteln unterstützt das Land unter anderem:\n"
        "- „Lesepaten plus“ – ehrenamtliche Hilfe beim Lesenlernen,\n"
        "- „Start jetzt!“ – gezielte Begleitung in die erste Lehrstelle,\n"
        "- „Brückenhaus“ – Beratung für Familien.\n"
    )
    assert labels(funded) == ["Brückenhaus", "Lesepaten plus", "Start jetzt!"]
    # a verb of saying after the dash: a speaker's words, not a description
    said = (
        "Das Land fördert neue Kurse:\n- „Das lohnt sich“ – betonte Ministerin Weber beim Besuch.\n"
    )
    assert labels(said) == []
    # a lower-case word that is no inflected adjective before a noun opens no description
    assert labels("Das Land fördert Kurse:\n- „Gut gemacht“ – so Weber am Montag.\n") == []


def test_a_second_conjunct_agrees_with_the_programme_noun_it_leaves_out() -> None:
    text = "Geld kommt über das Programm „Lernhaus“ sowie über die „Aktion Nachbar“."
    assert labels(text) == ["Lernhaus"]
    text = "Geld kommt über das Programm „Lernhaus“ und über das „Zukunftsnest“."
    assert labels(text) == ["Lernhaus", "Zukunftsnest"]


def test_a_land_and_a_verb_after_a_programme_noun_in_a_verb_final_clause() -> None:
    assert labels("Man hofft, dass das Programm Thüringen hilft.") == []
    assert labels("Offen ist, ob das Bundesprogramm Bremen erreicht.") == []
    # in a main clause the verb comes second: "Land + verb" is the slogan's name
    assert labels("Mit dem Landesprogramm Hessen packt an, unterstützt das Land Vereine.") == [
        "Hessen packt an"
    ]


def test_a_calls_year_and_a_dotted_acronyms_dash() -> None:
    assert labels("Die Förderrunde „Lernhaus 2025“ beginnt im Mai.") == ["Lernhaus"]
    assert labels("Der Projektaufruf „Nachbarn 2026“ ist online.") == ["Nachbarn"]
    # a dash after an acronym opens its expansion only with the acronym's first letter
    assert labels("Das Programm L.O.T.S.E. – Geflüchtete in Arbeit wird verlängert.") == [
        "L.O.T.S.E."
    ]


def test_a_service_the_writer_marks_as_so_called() -> None:
    text = (
        "In der Region beraten seit 2019 sogenannte Teilhabedienste Arbeit junge Zugewanderte. "
        "Das Land fördert die Dienste mit zwei Millionen Euro."
    )
    assert labels(text) == ["Teilhabedienst Arbeit"]
    text = "Im Kreis helfen die so genannten Schullotsen. Finanziert wird das aus Landesmitteln."
    assert labels(text) == ["Schullotsen"]
    # an institution, a status, or no word of funding or programmes near
    assert labels("Sie wohnen in sogenannten Ankerzentren. Der Bund fördert sie.") == []
    assert labels("Viele erhalten sogenannte Kettenduldungen. Das kritisieren Verbände.") == []
    assert labels("Es gibt sogenannte Elterndienste. Sie sind beliebt.") == []


def test_a_call_for_applications_names_the_programme_it_is_for() -> None:
    text = "+ Bewerbungsfrist für „Zukunft mit Herz“ verlängert – Vereine reichen Projekte ein."
    assert labels(text) == ["Zukunft mit Herz"]
    assert labels("Anträge für das „Nachbarschaftsgeld“ können ab Montag gestellt werden.") == [
        "Nachbarschaftsgeld"
    ]
    # a prize has calls for applications too
    text = "Die Bewerbungsfrist für den „Goldenen Nachbarn“, den Preis des Landes, endet."
    assert labels(text) == []
    assert labels("Die Antragsfrist für den „Integrationspreis 2025“ läuft.") == []


def test_a_service_that_funding_pays_for() -> None:
    assert labels("Das Land stellt 1,2 Millionen Euro für die Migrationssozialarbeit bereit.") == [
        "Migrationssozialarbeit"
    ]
    assert labels("Damit bleiben rund 900 Stellen im Teilhabemanagement gesichert.") == [
        "Teilhabemanagement"
    ]
    assert labels("Zuschüsse gibt es auch zur Integrationskoordination in den Kreisen.") == [
        "Integrationskoordination"
    ]
    # a generic field or service, or another field's service
    text = "Das Land gibt 2 Millionen Euro für die Sprachförderung und die Schulsozialarbeit."
    assert labels(text) == []
    assert labels("Zuschüsse gibt es für die Sprachmittlung im Gesundheitswesen.") == []


def test_staff_counted_or_spread_over_a_region_in_a_sentence_about_a_programme() -> None:
    text = (
        "Mit dem Zukunftspakt Teilhabe stellen wir 300 Millionen Euro bereit. Herzstück sind "
        "die rund 500 Teilhabemanagerinnen und Teilhabemanager."
    )
    assert labels(text) == ["Teilhabemanagement", "Zukunftspakt Teilhabe"]
    text = "Das Land setzt auf die Initiative „Arbeit jetzt“. Es gibt Teilhabebegleiter in allen Landkreisen."
    assert labels(text) == ["Arbeit jetzt", "Teilhabebegleitung"]
    # staff with no programme near, or of another field
    assert labels("Die Stadt hat 20 Integrationsberater eingestellt. Sie sitzen im Rathaus.") == []
    assert labels("Das Programm läuft. Es gibt 30 Schulbegleiter in allen Kreisen.") == []


def test_a_name_read_by_a_frame_that_a_listed_programme_has_is_that_programme() -> None:
    found = find_programmes(TextIndex("Gefördert werden Integrationsmanagerinnen in den Kreisen."))
    assert [(p.key, p.provisional) for p in found] == [("integrationsmanagement", False)]


# ---------------------------------------------------------------- review 10 (precision)
def test_the_people_a_programme_reaches_are_not_its_name() -> None:
    assert labels("Gefördert werden über das Landesprogramm Familien und Alleinerziehende.") == []
    assert labels("Erreichen will das Projekt vor allem Frauen und Jugendliche.") == []
    assert labels("Davon profitieren im Programm Studierende und Lehrerinnen.") == []
    # nominalised verbs joined by "und" still name one
    assert labels("Home / Integration / Förderrichtlinie Wohnen und Lernen") == [
        "Wohnen und Lernen"
    ]


def test_a_network_named_with_an_adjective_is_a_body() -> None:
    assert labels("Mitglied im Netzwerk Katholische Erwachsenenbildung ist auch der Kreis.") == []
    assert labels("Über das Netzwerk Soziale Arbeit tauschen sich Fachkräfte aus.") == []
    assert labels("Das Landesprogramm Gute Nachbarschaft wird verlängert.") == [
        "Gute Nachbarschaft"
    ]


def test_a_compound_named_after_a_person_or_an_event_is_no_programme_name() -> None:
    assert labels("Die Merkel-Initiative von 2015 wirkt nach.") == []
    assert labels("Das Corona-Paket des Bundes half auch Vereinen.") == []
    assert labels("Das Weber-Paket zur Migration stößt auf Kritik.") == []
    text = "Staatsministerin Carla Imholz stellte ihre Pläne vor. Die Imholz-Initiative soll 2025 starten."
    assert labels(text) == []
    assert labels("„Mit dem Lernhafen-Stipendium holen wir sie in die Lehre“, sagte sie.") == [
        "Lernhafen-Stipendium"
    ]


def test_a_capitalised_word_and_a_lands_short_form_after_a_programme_noun() -> None:
    assert labels("Mit dem Landesprogramm Lernweg NRW will das Land Betriebe gewinnen.") == [
        "Lernweg NRW"
    ]
    assert labels("Im Projekt Hafenbrücke SH kann jede Schule mitmachen.") == ["Hafenbrücke SH"]
    # a modal verb after one capitalised word closes the name as other verbs do
    assert labels("Mit dem Landesprogramm Lernweg will das Land Betriebe gewinnen.") == ["Lernweg"]
    # a Land alone after the programme noun is the programme's Land, not its name
    assert labels("Das Landesprogramm Hessen will mehr Kurse.") == []
    assert labels("Das Programm Sachsen läuft aus.") == []


def test_staff_as_the_subject_of_a_funding_passive_name_their_service() -> None:
    assert labels("In Kiel werden ab Mai drei weitere Sprachmittlerinnen gefördert.") == [
        "Sprachmittlung"
    ]
    assert labels("Die Teilhabebegleiter werden vom Land finanziert.") == ["Teilhabebegleitung"]
    # no passive: staff who are merely paid or praised
    assert labels("Die Teilhabebegleiter haben viel gefördert.") == []
    assert labels("Die Sprachmittlerinnen loben das Land.") == []


def test_a_truncated_coordination_shares_the_part_that_makes_known_compounds() -> None:
    text = "Wer einen Platz in einem Integrations- oder Berufssprachkurs sucht, wartet."
    assert labels(text) == ["Berufssprachkurs", "Integrationskurs"]
    assert labels("Eltern- und Frauenintegrationskurse beginnen im Mai.") == [
        "Elternintegrationskurs",
        "Frauenintegrationskurs",
    ]
    # no known compound: nothing completed
    assert labels("Sprach- und Berufskurse beginnen im Mai.") == []


def test_a_listed_name_with_an_optional_hyphen_also_written_closed_up() -> None:
    assert labels("Der sogenannte Jobturbo zeigt Wirkung.") == ["Job-Turbo"]
    assert labels("Der Job-Turbo zeigt Wirkung.") == ["Job-Turbo"]


def test_a_name_before_a_compound_programme_head_in_the_plural() -> None:
    assert labels("Sie nutzen die Lernhafen-Elternprogramme der Kommunen.") == [
        "Lernhafen-Elternprogramm"
    ]
    # a common noun before the hyphen names a kind
    assert labels("Sie nutzen die Kita-Elternprogramme der Kommunen.") == []


def test_the_last_crumb_after_one_on_programmes_that_the_page_takes_up() -> None:
    page = (
        "Startseite › Soziales › Förderprogramme › Lernbrücke Nord\n"
        "Drucken | Teilen\n\nLernbrücke Nord\n"
        "Die Lernbrücke Nord hilft Jugendlichen beim Übergang in den Beruf.\n"
    )
    assert labels(page) == ["Lernbrücke Nord"]
    # a category the page does not take up, a generic crumb
    category = (
        "Sie sind hier: Startseite > Förderprogramme > Arbeit und Ausbildung\n"
        "Hier finden Sie unsere Angebote.\n"
    )
    assert labels(category) == []
    assert labels("Startseite > Programme > Übersicht\nÜbersicht aller Angebote\n") == []
