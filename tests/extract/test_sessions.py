from __future__ import annotations

from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex


def sessions(text: str, year: int | None = None) -> list[tuple]:
    found, _ = find_sessions(TextIndex(text), year)
    return [(s.number, s.year, s.place, s.chair_land) for s in found]


def test_numbered_session_with_date_place_and_chair() -> None:
    text = "Die 19. Integrationsministerkonferenz (IntMK) fand am 20. und 21. März 2024 unter dem Vorsitz Mecklenburg-Vorpommerns in Rostock statt."
    assert sessions(text) == [(19, 2024, "Rostock", "DE-MV")]


def test_name_variants() -> None:
    assert sessions("Vorsitzender der 18. Integrationsminister*innenkonferenz") == [
        (18, None, None, None)
    ]
    assert sessions(
        "Am 27. April 2007 fand die erste Konferenz der für Integration zuständigen Ministerinnen und Minister, Senatorinnen und Senatoren der Länder in Düsseldorf statt."
    ) == [(1, 2007, "Düsseldorf", None)]


def test_unnumbered_session_needs_year_or_place() -> None:
    assert sessions("Die IntMK ist ein Gremium der Länder.") == []
    assert sessions("Die Integrationsministerkonferenz am 15. und 16. März 2018 in Nürnberg") == [
        (None, 2018, "Nürnberg", "DE-BY")
    ]


def test_chair_rotation_dates_are_not_session_years() -> None:
    text = "Ab dem 1. Juli 2025 übernimmt Nordrhein-Westfalen den Vorsitz der 21. Integrationsministerkonferenz."
    assert sessions(text) == [(21, None, None, "DE-NW")]


def test_other_conferences_are_not_the_intmk() -> None:
    assert sessions("Die 47. Innenministerkonferenz tagte 2019 in Kiel.") == []
    assert sessions("Die Konferenz der Integrationsbeauftragten tagte 2019 in Berlin.") == []


def test_a_session_held_online_has_no_place() -> None:
    text = "Die 23. Integrationsministerkonferenz tagte am 5. Mai 2021 unter dem Vorsitz Bremens per Videokonferenz, geleitet aus Bremen."
    assert sessions(text) == [(23, 2021, None, "DE-HB")]
    assert sessions("Die 23. IntMK fand in diesem Jahr digital statt, nicht in Bremen.", 2021) == [
        (23, 2021, None, None)
    ]


def test_online_session_gets_no_place_from_another_sentence() -> None:
    from intgraph.extract import extract
    from intgraph.models import Document
    from intgraph.resolve import resolve

    text = (
        "Bremen, 29. April 2021. Die 16. Integrationsministerkonferenz tagte heute per "
        "Videokonferenz. Die Senatorin leitete die 16. Integrationsministerkonferenz in Bremen."
    )
    rd = resolve(extract(Document("x.txt", "x.txt", text, "0" * 64)))
    assert [(s.number, s.place) for s in rd.sessions] == [(16, None)]


def test_this_years_conference_and_ordinal_words() -> None:
    assert sessions(
        "Die IntMK tagt jährlich. Auf der diesjährigen Konferenz in Trier sprach sie.", 2031
    ) == [(None, 2031, "Trier", "DE-RP")]
    assert sessions("Zur siebzehnten Integrationsministerkonferenz kamen alle Länder.") == [
        (17, None, None, None)
    ]
    assert sessions("Die einundzwanzigste Konferenz der IntMK") == [(21, None, None, None)]


def test_heading_with_date_and_place_on_the_next_line() -> None:
    text = "Die IntMK im Überblick\\n\\nHauptkonferenz (auf Ministerebene)\\n14.-15. Mai 2031 in Trier\\n"
    assert (None, 2031, "Trier", "DE-RP") in sessions(text)


def test_the_series_start_is_no_session() -> None:
    assert (
        sessions("Auf der Integrationsministerkonferenz kommen seit 2007 die Länder zusammen.")
        == []
    )


# ---------------------------------------------------------------- rule classes (invented passages)


def test_ordinal_that_ranks_a_kind_is_no_number() -> None:
    text = (
        "Die Integrationsministerkonferenz beginnt heute. Es ist nicht das erste Treffen dieser "
        "Art: Die Runde tagte schon in Jena, Trier und Kiel."
    )
    assert sessions(text, 2024)[-3:] == [
        (None, None, "Jena", None),
        (None, None, "Trier", None),
        (None, None, "Kiel", None),
    ]


def test_handover_of_the_chair_is_no_session() -> None:
    text = "Am 1. Juli 2023 hat Hessen den Vorsitz der Integrationsministerkonferenz übernommen."
    assert sessions(text) == []


def test_next_year_in_a_land_gives_year_and_chair() -> None:
    text = (
        "Die Integrationsministerkonferenz ging zu Ende. Im kommenden Jahr trifft sich die Runde "
        "in Sachsen, das am 1. Juli den Vorsitz übernimmt."
    )
    assert (None, 2025, None, "DE-SN") in sessions(text, 2024)


def test_years_ago_and_the_host_as_chair() -> None:
    text = "Vor drei Jahren war Hessen Gastgeber der Integrationsministerkonferenz in Wiesbaden."
    assert sessions(text, 2024) == [(None, 2021, "Wiesbaden", "DE-HE")]


# ---- sessions in news reports (passages written for these tests, not the rules' sources)


def test_news_session_takes_the_documents_year_from_a_time_it_anchors() -> None:
    # the present tense, a weekday or "in dieser Woche" date the session by the report
    text = "Die Integrationsministerkonferenz kommt in dieser Woche in Saarbrücken zusammen."
    assert sessions(text, 2031) == [(None, 2031, "Saarbrücken", "DE-SL")]
    text = "Am Donnerstag tagen die Integrationsministerinnen und -minister der Länder in Trier."
    assert sessions(text, 2029) == [(None, 2029, "Trier", "DE-RP")]


def test_news_session_told_through_the_ministers_meeting() -> None:
    text = (
        "Bei ihrem Frühjahrstreffen in Schwerin verlangten die für Integration zuständigen "
        "Ressortchefs der Länder mehr Geld vom Bund."
    )
    assert [(n, p) for n, _, p, _ in sessions(text, 2030)] == [(None, "Schwerin")]


def test_what_the_body_does_every_year_is_no_session() -> None:
    text = (
        "Auf der Integrationsministerkonferenz kommen die zuständigen Ministerinnen und Minister "
        "seit vielen Jahren einmal im Jahr zusammen."
    )
    assert sessions(text, 2030) == []


def test_one_minister_meeting_people_is_no_session() -> None:
    text = "Integrationsminister Bernd Kuhlmann traf sich am Montag in Gera mit Vereinen."
    assert sessions(text, 2030) == []
    text = "Die Innenministerinnen und Innenminister treffen sich in dieser Woche in Kiel."
    assert sessions(text, 2030) == []


def test_the_conference_referred_back_to_with_its_year() -> None:
    text = (
        "Zuletzt war Hessen Gastgeber der Integrationsministerkonferenz in Fulda. "
        "Im vergangenen Jahr ist die Konferenz wegen eines Streiks verschoben worden."
    )
    assert (None, 2032, None, None) in sessions(text, 2033)
