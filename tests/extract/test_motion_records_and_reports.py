"""Motions in the layouts of records and of a government's reports on the conference (issue 12):
a table without a number column (its rows are the items themselves), a record's items by
"Nr." with their fields under them and the result in the "Beschluss:" field, and a reply's
lettered list of quoted titles after a line naming the Land that brought them.

Every passage is invented for this test; each rule has positives and hard negatives.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex


def found(text: str, publisher: str | None = None) -> list[tuple[str, list[str], str]]:
    return [
        (m.title, sorted(m.submitters), m.result) for m in find_motions(TextIndex(text), publisher)
    ]


# ---------------------------------------------------------------- a table without numbers
def test_a_table_without_a_number_column_keeps_its_rows() -> None:
    reply = (
        "Antwort des Ministeriums vom 3. Mai 2022\n\n"
        "Zu 2.: Auf der 17. Integrationsministerkonferenz in Mainz wurden behandelt:\n\n"
        "Antrag                              | Antragsteller | Ergebnis\n"
        "Sprachmittlung im Gesundheitswesen  | HE, SL        | angenommen\n"
        "Mehrsprachige Elternberatung        | NW            | abgelehnt\n"
    )
    assert found(reply) == [
        ("Sprachmittlung im Gesundheitswesen", ["DE-HE", "DE-SL"], "adopted"),
        ("Mehrsprachige Elternberatung", ["DE-NW"], "rejected"),
    ]


def test_a_table_of_an_events_programme_stays_no_motion() -> None:
    programme = (
        "Fachtag zur 17. Integrationsministerkonferenz\n\n"
        "Uhrzeit | Thema                         | Referentin\n"
        "10:00   | Sprachmittlung im Gesundheitswesen | Dr. Aylin Korte\n"
    )
    assert found(programme) == []


# ---------------------------------------------------------------- "Nr." items with fields
RECORD = (
    "Ergebnisniederschrift der 15. IntMK, Umlaufverfahren 2020\n\n"
    "Nr. 3  Digitale Sprachkurse während der Pandemie\n"
    "       Antragsteller: Berlin, Brandenburg\n"
    "       Beschluss: einstimmig\n"
    "Nr. 4  Aufenthaltsrecht für Pflegekräfte\n"
    "       Antragsteller: Bayern\n"
    "       Beschluss: Der Antrag wird abgelehnt.\n"
    "Nr. 5  Bericht zur Einbürgerungsstatistik\n"
    "       Berichterstatter: Vorsitzland\n"
)


def test_a_records_numbered_items_with_fields_are_motions() -> None:
    assert found(RECORD) == [
        ("Digitale Sprachkurse während der Pandemie", ["DE-BB", "DE-BE"], "adopted"),
        ("Aufenthaltsrecht für Pflegekräfte", ["DE-BY"], "rejected"),
        # a rapporteur is no submitter, and a report without a result stays open
        ("Bericht zur Einbürgerungsstatistik", [], "unknown"),
    ]


def test_a_deferred_item_by_number_stays_open() -> None:
    record = (
        "Protokoll der 16. IntMK\n\n"
        "Nr. 12 Kommunales Wahlrecht für Drittstaatsangehörige\n"
        "       Antragsteller: Bremen\n"
        "       Beschluss: Antrag vertagt\n"
    )
    assert found(record) == [
        ("Kommunales Wahlrecht für Drittstaatsangehörige", ["DE-HB"], "unknown")
    ]


def test_a_line_opening_with_nr_without_fields_is_no_item() -> None:
    prose = (
        "Die 16. Integrationsministerkonferenz tagte digital.\n"
        "Nr. 3 der Geschäftsordnung regelt das Umlaufverfahren der Konferenz.\n"
        "Nr. 7 im Ranking der Städte ist Leipzig.\n"
    )
    assert found(prose) == []


# ---------------------------------------------------------------- a reply's lettered list
def test_a_lettered_list_of_one_lands_motions_names_it_as_submitter() -> None:
    reply = (
        "Frage 1: Welche Anträge hat Sachsen zur 14. Integrationsministerkonferenz 2019 gestellt?\n\n"
        "Antwort zu Frage 1: Der Freistaat Sachsen hat folgende Anträge eingebracht:\n"
        "a) „Ehrenamtliche Sprachpatenschaften“ (gemeinsam mit Thüringen) – angenommen,\n"
        "b) „Integrationslotsen im ländlichen Raum“ – abgelehnt.\n"
    )
    assert found(reply) == [
        ("Ehrenamtliche Sprachpatenschaften", ["DE-SN", "DE-TH"], "adopted"),
        ("Integrationslotsen im ländlichen Raum", ["DE-SN"], "rejected"),
    ]


def test_motions_of_others_a_land_supported_are_not_its_own() -> None:
    reply = (
        "Antwort: Zur 14. Integrationsministerkonferenz hat Hessen folgende Anträge anderer "
        "Länder mitgetragen:\n"
        "a) „Ehrenamtliche Sprachpatenschaften“ – angenommen,\n"
        "b) „Integrationslotsen im ländlichen Raum“ – abgelehnt.\n"
    )
    rows = found(reply)
    assert [t for t, _, _ in rows] == [
        "Ehrenamtliche Sprachpatenschaften",
        "Integrationslotsen im ländlichen Raum",
    ]
    assert all(lands == [] for _, lands, _ in rows)


def test_lettered_quotations_outside_a_list_of_motions_are_none() -> None:
    text = (
        "Die 14. Integrationsministerkonferenz tagte in Berlin. Auf dem Podium sagten:\n"
        "a) „Wir brauchen mehr Geduld“ – Ministerin Lea Brandt,\n"
        "b) „Integration ist Alltag“ – Senator Jan Oltmann.\n"
    )
    assert found(text) == []


def test_a_footer_row_under_a_numbered_table_is_no_motion() -> None:
    page = (
        "Beschlüsse der Integrationsministerkonferenz 2021 | Übersicht\n"
        "Nr. | Titel | Antragsteller | Ergebnis\n"
        "1 | Sprachmittlung im Gesundheitswesen | HE | angenommen\n"
        "Impressum | Datenschutz\n"
        "nach oben | Kontakt\n"
    )
    assert found(page) == [("Sprachmittlung im Gesundheitswesen", ["DE-HE"], "adopted")]


# ---------------------------------------------------------------- news: headline and dateline
def test_a_headline_title_ends_before_the_dateline_under_it() -> None:
    news = (
        "Antrag zur Einbürgerung beschlossen\n"
        "dpa, 21.03.2024\n\n"
        "Die 19. Integrationsministerkonferenz hat in Rostock getagt."
    )
    assert found(news) == [("Einbürgerung", [], "adopted")]


def test_the_quoted_title_of_the_body_wins_over_the_headline() -> None:
    news = (
        "Leitantrag zur Fachkräfteeinwanderung abgelehnt\n"
        "Weser-Kurier, 12. Mai 2024\n\n"
        "Bremen. Die 19. Integrationsministerkonferenz hat den Leitantrag „Arbeit für alle“ "
        "abgelehnt."
    )
    [(title, _, result)] = found(news)
    assert "Arbeit für alle" in title and "Weser" not in title and result == "rejected"


def test_a_line_a_paragraph_wrapped_keeps_the_whole_title() -> None:
    wrapped = (
        "Rostock. Die 19. Integrationsministerkonferenz beschloss den Antrag zur Stärkung der\n"
        "Beratungsstellen für Geflüchtete in den Kommunen. Das teilte das Ministerium mit."
    )
    assert found(wrapped) == [
        ("Stärkung der Beratungsstellen für Geflüchtete in den Kommunen", [], "adopted")
    ]


# ---------------------------------------------------------------- another body in another clause
def test_another_conferences_motion_in_a_clause_of_its_own_is_not_the_intmks() -> None:
    jfmk = (
        "Die Integrationsministerkonferenz hatte mehr Sprachkitas schon lange verlangt; die "
        "Jugend- und Familienministerkonferenz will im Juni über einen Antrag zur "
        "Elternbeteiligung beraten."
    )
    assert all("Elternbeteiligung" not in t for t, _, _ in found(jfmk))
    gfmk = (
        "Die Gleichstellungs- und Frauenministerkonferenz hat einen Antrag zur Gewaltschutz"
        "beratung beschlossen. Die Integrationsministerkonferenz tagt im Mai."
    )
    assert found(gfmk) == []


def test_a_subordinate_clause_of_another_body_and_the_intmks_main_clause() -> None:
    two = (
        "Während die Innenministerkonferenz in Bremerhaven einen Antrag zur Verschärfung der "
        "Residenzpflicht beschloss, hatte die Integrationsministerkonferenz im März in Rostock "
        "den Antrag Berlins für einen leichteren Zugang zu Sprachkursen angenommen."
    )
    [(title, lands, result)] = found(two)
    assert "Zugang zu Sprachkursen" in title and lands == ["DE-BE"] and result == "adopted"
    # the IntMK's motion in the subordinate clause, another body in the main one: the IntMK's
    swapped = (
        "Nachdem die Integrationsministerkonferenz einen Antrag zur Förderung der Sprachmittlung "
        "angenommen hatte, lehnte der Bundesrat einen ähnlichen Entwurf ab."
    )
    assert [t for t, _, _ in found(swapped)] == ["Förderung der Sprachmittlung"]


# ---------------------------------------------------------------- a meeting ended without agreement
def test_a_meeting_that_ended_without_agreement_on_a_text_rejected_it() -> None:
    news = (
        "Kiel. Die 14. Integrationsministerkonferenz ist ohne Einigung auf ein Staatsangehörig"
        "keitspapier zu Ende gegangen. Der Antrag von Bremen und Hamburg fand keine Mehrheit."
    )
    assert found(news) == [("Staatsangehörigkeitspapier", ["DE-HB", "DE-HH"], "rejected")]
    apart = (
        "Die 14. Integrationsministerkonferenz tagte in Kiel. Die Ministerinnen und Minister "
        "der Länder gingen ohne Einigung über die Kostenteilung "
        "bei Sprachkursen auseinander."
    )
    [(title, _, result)] = found(apart)
    assert title.startswith("Kostenteilung") and result == "rejected"


def test_other_talks_that_ended_without_agreement_are_no_motion() -> None:
    talks = (
        "Die 14. Integrationsministerkonferenz tagte in Kiel. Die Tarifrunde im öffentlichen "
        "Dienst ist ohne Einigung über höhere Zulagen zu Ende gegangen."
    )
    assert found(talks) == []


def test_a_titled_motion_after_a_failed_agreement_is_a_motion_of_its_own() -> None:
    news = (
        "Die 14. Integrationsministerkonferenz ist ohne Einigung auf ein Einbürgerungspapier zu "
        "Ende gegangen. Der Antrag von Hessen zur Stärkung der Beiräte wurde dagegen angenommen."
    )
    rows = found(news)
    assert ("Einbürgerungspapier", [], "rejected") in rows
    assert any("Beiräte" in t and lands == ["DE-HE"] and r == "adopted" for t, lands, r in rows)
