"""Sessions in place lists after a longer phrase, and the body taken up by a bare noun (issue
12): a focus particle opens a list of places after a phrase of time ("tagte seit der ersten
Konferenz 2007 in Düsseldorf schon in A, B und C"), an adverb may stand before a repeated
preposition ("…, danach in A und B"), a year may stand between a numbered noun and its place;
"die Konferenz" / "die Tagung" take up the body the sentence before named, also as its
ministers meeting, but not a conference named by other members ("die Konferenz der
Bürgermeister"), nor a plan given up ("Ursprünglich hatte die Tagung in X stattfinden
sollen"); what follows another conference named after the IntMK is that conference's. Every
passage is invented for this test, with negatives.
"""

from __future__ import annotations

from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex


def rows(text: str, year: int | None = None) -> list[tuple]:
    found, _ = find_sessions(TextIndex(text), year)
    return sorted(
        ((s.number, s.year, s.place, s.chair_land) for s in found),
        key=lambda t: tuple(str(x) for x in t),
    )


def places(text: str, year: int | None = None) -> list[str]:
    return sorted(p for _, _, p, _ in rows(text, year) if p)


def test_a_place_list_opened_by_a_focus_particle_after_a_phrase_of_time() -> None:
    text = "Die IntMK tagte seit der ersten Konferenz 2008 in Kiel schon in Bremen, Mainz und Jena."
    assert (1, 2008, "Kiel", None) in rows(text)
    assert places(text) == ["Bremen", "Jena", "Kiel", "Mainz"]
    text = "Die Integrationsministerkonferenz tagte seit ihrer Gründung 2007 bereits in Erfurt und Kiel."
    assert places(text) == ["Erfurt", "Kiel"]
    # another clause's subject after a comma: not the body's list
    text = "Die IntMK tagte am Montag in Kiel, der Minister war vorher schon in Mainz und Erfurt."
    assert places(text) == ["Kiel"]


def test_an_adverb_before_a_repeated_preposition_in_a_list() -> None:
    assert places("Die IntMK tagte 2019 in Berlin, danach in Kiel und Hamburg.") == [
        "Berlin",
        "Hamburg",
        "Kiel",
    ]
    # a word that is no place ends the list
    assert places("Die IntMK tagte 2019 in Berlin, danach in Ruhe.") == ["Berlin"]


def test_the_conference_taken_up_after_its_ministers_met() -> None:
    text = (
        "Vor zwei Jahren tagten die Integrationsminister in Kiel. 2027 kommt die Konferenz "
        "zurück ins Saarland."
    )
    assert rows(text, 2025) == [(None, 2023, "Kiel", "DE-SH"), (None, 2027, None, "DE-SL")]
    # named by other members: another conference
    text = (
        "Vor zwei Jahren tagten die Integrationsminister in Kiel. 2027 beginnt die Konferenz "
        "der Bürgermeister."
    )
    assert rows(text, 2025) == [(None, 2023, "Kiel", "DE-SH")]
    # another body met the sentence before
    text = "Vor zwei Jahren tagte die Innenministerkonferenz in Kiel. 2027 kommt die Konferenz."
    assert rows(text, 2025) == []


def test_the_tagung_taken_up_from_the_intmk_named_before() -> None:
    text = (
        "Bayern bereitet sich auf den Vorsitz der Integrationsministerkonferenz vor. Die Tagung "
        "im Herbst 2018 soll am Tegernsee stattfinden."
    )
    assert rows(text) == [(None, 2018, None, None)]
    # any meeting's word, with no article taking it up
    assert rows("Die IntMK tagt 2017 in Kiel. Eine Tagung folgt 2018 in Mainz.") == [
        (None, 2017, "Kiel", "DE-SH")
    ]
    text = "Die IntMK tagt 2017 in Kiel. Eine Tagung der Wohlfahrtsverbände folgt 2018 in Mainz."
    assert rows(text) == [(None, 2017, "Kiel", "DE-SH")]


def test_a_plan_given_up_is_the_session_named_not_another() -> None:
    text = (
        "Zum Abschluss der neunten Integrationsministerkonferenz in Magdeburg zog der Minister "
        "Bilanz. Eigentlich hätte die Konferenz in Halle stattfinden sollen."
    )
    assert rows(text) == [(9, None, "Magdeburg", None)]


def test_what_follows_another_conference_is_that_conferences() -> None:
    text = (
        "Nicht zu verwechseln ist die Integrationsministerkonferenz mit der Konferenz der "
        "Integrationsbeauftragten, die sich im Mai in Leipzig trifft."
    )
    assert rows(text) == []
    text = (
        "Die IntMK tagt in Kiel, anders als die Innenministerkonferenz, die in Bremen "
        "zusammenkommt."
    )
    assert rows(text) == [(None, None, "Kiel", "DE-SH")]
    # the IntMK named again after the other body: its place
    text = "Nach der Innenministerkonferenz in Bremen tagt die IntMK in Kiel."
    assert rows(text) == [(None, None, "Kiel", "DE-SH")]


def test_the_sitzung_taken_up_from_the_intmk_named_before() -> None:
    text = (
        "Die IntMK, die 2025 in Göttingen tagte, forderte mehr Geld. Die vorherige Sitzung in "
        "Rostock hatte das schon getan."
    )
    assert rows(text) == [(None, 2025, "Göttingen", "DE-NI"), (None, None, "Rostock", "DE-MV")]
    # another body's sitting, a sitting with no article taking it up
    assert rows("Die IntMK tagte in Kiel. Die Sitzung des Landtags in Mainz folgte 2019.") == [
        (None, None, "Kiel", "DE-SH")
    ]
    assert rows("Die IntMK tagte in Kiel. Eine Sitzung in Mainz folgte 2019.") == [
        (None, None, "Kiel", "DE-SH")
    ]
