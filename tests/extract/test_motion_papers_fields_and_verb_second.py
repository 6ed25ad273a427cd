"""Motions: a Land's paper put to the vote, the ministers as a plural body deciding, the verb
before its plural subject in -ern/-eln verbs, an agenda item whose line holds a field, a
headline restated by a quoted title. Invented passages: positives and look-alikes."""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.decisions import mentions_conference
from intgraph.language.text import TextIndex

_CTX = "Die 21. Integrationsministerkonferenz tagte in Essen. "


def _found(text: str, ctx: str = _CTX) -> list[tuple[str, list[str], str]]:
    return [(m.title, sorted(m.submitters), m.result) for m in find_motions(TextIndex(ctx + text))]


def test_plural_of_ern_verb_before_its_subject() -> None:
    # verb second after an adverb: "fordern" (-ern) is as plural as "verlangen"
    for text in (
        "Außerdem fordern die Länder vom Bund mehr Personal für die Ausländerbehörden.",
        "Daher fordern die Ministerinnen und Minister mehr Personal für die Ausländerbehörden.",
        "Gemeinsam fordern die Integrationsminister der Länder mehr Personal für die Ausländerbehörden.",
    ):
        found = _found(text)
        assert len(found) == 1 and "Personal für die Ausländerbehörden" in found[0][0], text


def test_body_as_object_of_a_singular_verb_stays_no_motion() -> None:
    assert _found("Außerdem fordert der Flüchtlingsrat die Länder zu mehr Tempo auf.") == []
    assert _found("Die Verbände fordern die Länder auf, die Beratung auszubauen.") == []


def test_a_lands_paper_put_to_the_vote() -> None:
    assert _found("Angenommen wurde auch ein Papier Sachsens zur Sprachförderung in Kitas.") == [
        ("Sprachförderung in Kitas", ["DE-SN"], "adopted")
    ]
    assert _found("Ein Papier von Bremen und Hamburg zur Wohnsitzauflage wurde abgelehnt.") == [
        ("Wohnsitzauflage", ["DE-HB", "DE-HH"], "rejected")
    ]


def test_a_paper_without_vote_or_land_is_no_motion() -> None:
    assert _found("Ein Papier Sachsens zur Sprachförderung liegt den Ländern seit Mai vor.") == []
    assert _found("Ein Papier der Bertelsmann-Stiftung zur Einwanderung wurde viel zitiert.") == []


def test_ministers_in_the_plural_deciding_are_the_conference() -> None:
    text = "Erneut haben die Integrationsminister ein Papier zur Einbürgerung verabschiedet."
    assert mentions_conference(text)
    assert [t for t, _, _ in _found(text, ctx="")] == ["Papier zur Einbürgerung"]
    assert mentions_conference("Einstimmig beschlossen die Integrationsminister eine Erklärung.")


def test_one_minister_or_no_decision_is_not_the_conference() -> None:
    assert not mentions_conference(
        "Integrationsminister Jonas Beispiel hat ein Papier zur Einbürgerung vorgestellt."
    )
    assert not mentions_conference("Die Integrationsminister äußerten sich zurückhaltend.")
    assert not mentions_conference(
        "Die Integrationsminister haben nach der Innenministerkonferenz ein Papier beschlossen."
    )


def test_agenda_item_line_holding_a_field_takes_the_title_below() -> None:
    text = (
        "Beschlussprotokoll\n21. IntMK 2026\n"
        "TOP 3 Antragsteller: HB, HH\nSprachmittlung im Gesundheitswesen\nBeschluss: mehrheitlich\n"
        "TOP 4 Antragsteller: BY\nBegrenzung der Zuwanderung\nBeschluss: abgelehnt\n"
        "TOP 5 Berichterstattung: NI\nBericht zur Lage der Integrationskurse\n"
    )
    found = _found(text, ctx="")
    assert found[:2] == [
        ("Sprachmittlung im Gesundheitswesen", ["DE-HB", "DE-HH"], "adopted"),
        ("Begrenzung der Zuwanderung", ["DE-BY"], "rejected"),
    ]
    assert found[2][0] == "Bericht zur Lage der Integrationskurse" and found[2][1] == []


def test_agenda_item_with_its_title_on_the_line_keeps_it() -> None:
    text = "Beschlussprotokoll\n21. IntMK 2026\nTOP 6 Wohnraum für Geflüchtete\nAntragsteller: BE\n"
    assert _found(text, ctx="") == [("Wohnraum für Geflüchtete", ["DE-BE"], "unknown")]


def test_headline_restated_by_a_quoted_title_after_zur() -> None:
    text = (
        "Länder stärken Teilhabe in Vereinen\n"
        "Pressemitteilung – 12.05.2026\n"
        "Auf Antrag Bremens hat die 21. Integrationsministerkonferenz heute einen Leitantrag zur "
        "„Teilhabe durch Sport“ verabschiedet. Darin verpflichten sich die Länder zu mehr Förderung."
    )
    titles = [t for t, _, _ in _found(text, ctx="")]
    assert titles[0] == "Leitantrag „Teilhabe durch Sport“"
    assert "Teilhabe in Vereinen" not in titles


def test_manner_adverb_after_the_addressee_before_the_comma() -> None:
    for text in (
        "Zudem baten die Länder die Bundesregierung einmütig, die Wartezeiten auf Kurse zu verkürzen.",
        "Die Ministerinnen und Minister forderten den Bund nachdrücklich auf, die Wartezeiten auf Kurse zu verkürzen.",
        "Sie baten den Bund einstimmig, die Wartezeiten auf Kurse zu verkürzen.",
    ):
        titles = [t for t, _, _ in _found(text)]
        assert titles == ["Verkürzung der Wartezeiten auf Kurse"], text
    # the adverb is no part of the demand, and a negated request stays negated
    titles = [
        t
        for t, _, _ in _found(
            "Die Länder baten den Bund einmütig, die Mittel für Kurse nicht zu kürzen."
        )
    ]
    assert len(titles) == 1 and "nicht" in titles[0] and "einmütig" not in titles[0]


def test_perfect_with_its_object_before_a_colon_is_the_decision() -> None:
    # the clause after the colon tells the decision's parts: one row, titled by the object
    cases = {
        "Die Länder haben ein gemeinsames Vorgehen bei der Wohnsitzauflage vereinbart: Sie "
        "sagen den Kommunen Beratung zu und fordern vom Bund, die Regeln zu lockern.": (
            "gemeinsames Vorgehen bei der Wohnsitzauflage"
        ),
        "Einstimmig haben die Ministerinnen und Minister einen Aktionsplan gegen Rassismus "
        "verabschiedet: Darin fordern sie den Bund auf, Beratungsstellen zu fördern.": (
            "Aktionsplan gegen Rassismus"
        ),
        "Die Integrationsminister haben in Essen eine gemeinsame Linie zur Einbürgerung "
        "beschlossen: Sie verlangen vom Bund kürzere Verfahren.": "gemeinsame Linie zur Einbürgerung",
    }
    for text, title in cases.items():
        assert [t for t, _, _ in _found(text)] == [title], text


def test_the_motions_topic_fronted_before_its_noun() -> None:
    ctx = "Die 11. Integrationsministerkonferenz tagte in Erfurt. "
    assert _found(
        "Zum Familiennachzug hatten Bremen und Berlin einen Antrag vorgelegt, über den noch "
        "nicht abgestimmt wurde.",
        ctx,
    ) == [("Familiennachzug", ["DE-BE", "DE-HB"], "unknown")]
    assert _found(
        "Zur Wohnsitzauflage brachte Sachsen einen eigenen Antrag ein, der abgelehnt wurde.", ctx
    ) == [("Wohnsitzauflage", ["DE-SN"], "rejected")]
    assert _found("Zum Ehrenamt hat Hessen einen Vorschlag eingebracht.", ctx) == [
        ("Ehrenamt", ["DE-HE"], "unknown")
    ]


def test_a_fronted_time_or_meeting_phrase_is_no_topic() -> None:
    ctx = "Die 11. Integrationsministerkonferenz tagte in Erfurt. "
    assert _found("Zum Abschluss hatten die Länder einen Antrag vorgelegt.", ctx) == []
    assert _found("Zur Sitzung hatte Bayern einen Antrag eingereicht.", ctx) == []
