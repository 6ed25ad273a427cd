"""How a vote ended, in the words of news and records beyond "angenommen"/"abgelehnt": a motion
that "fiel durch" (the separable verb's particle at the clause's end, a zu-infinitive between
commas before it) or "ist durchgefallen"; a majority told by its size ("eine knappe Mehrheit",
"mit deutlicher Mehrheit") or missed ("nicht die nötige Mehrheit"); the result as a noun with
the motion in the genitive ("die Annahme des Antrags", "die Ablehnung der Resolution").
Negatives: "durch" as a preposition, "Annahme" as an assumption, a poll's majority without a
motion. Invented passages.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.decisions import ADOPTED, REJECTED
from intgraph.language.text import TextIndex

INTMK = "Die 19. Integrationsministerkonferenz tagte in Rostock. "


def found(text: str) -> list[tuple[str, list[str], str]]:
    return [
        (m.title, sorted(m.submitters), m.result)
        for m in find_motions(TextIndex(INTMK + text), None)
    ]


def results(text: str) -> list[str]:
    return [r for _, _, r in found(text)]


# ---------------------------------------------------------------- failed in the vote
def test_a_motion_that_fell_through_is_rejected() -> None:
    assert results("Der Antrag Bremens zur Härtefallregelung fiel durch.") == ["rejected"]
    assert results(
        "Bei der Abstimmung fiel der Antrag von Hessen, die Kurse zu verkürzen, deutlich durch."
    ) == ["rejected"]
    assert results("Mit dem Antrag Sachsens zur Pflege fielen die Länder durch.") == ["rejected"]
    assert results("Der Antrag des Saarlandes zur Beratung ist durchgefallen.") == ["rejected"]
    assert results(
        "Durchgefallen ist auch ein Antrag Thüringens zur Anerkennung von Abschlüssen."
    ) == ["rejected"]


def test_durch_as_a_preposition_is_no_rejection() -> None:
    assert results(
        "Der Antrag Bremens zur Beratung fiel durch seine Kürze auf und wurde angenommen."
    ) == ["adopted"]
    assert REJECTED.search("Die Förderung erfolgt durch den Bund.") is None


# ---------------------------------------------------------------- a majority by its size
def test_a_majority_by_its_size_adopts_and_a_missed_one_rejects() -> None:
    assert results("Der Antrag Berlins zur Härtefallregelung fand eine knappe Mehrheit.") == [
        "adopted"
    ]
    assert results("Mit deutlicher Mehrheit angenommen wurde ein Antrag Bayerns zur Pflege.") == [
        "adopted"
    ]
    assert results("Ein Antrag Niedersachsens zur Pflege erhielt eine klare Mehrheit.") == [
        "adopted"
    ]
    assert results("Der Antrag Bremens zum Familiennachzug erhielt nicht die nötige Mehrheit.") == [
        "rejected"
    ]
    assert results(
        "Für den Antrag Hamburgs zur Wohnsitzauflage gab es keine ausreichende Mehrheit."
    ) == ["rejected"]


# ---------------------------------------------------------------- the result as a noun
def test_the_result_as_a_noun_with_the_motion_in_the_genitive() -> None:
    assert ADOPTED.search("Die Annahme des sächsischen Antrags gilt als Erfolg.")
    assert ADOPTED.search("nach der Annahme der Resolution")
    assert REJECTED.search("Die Ablehnung des Antrags zur Pflege bedauerte sie.")
    assert REJECTED.search("die Ablehnung eines gemeinsamen Vorschlags")


def test_annahme_and_ablehnung_without_a_motion_tell_no_result() -> None:
    # an assumption, a refusal of a person, a poll
    assert ADOPTED.search("Die Annahme, dass die Zahlen sinken, ist falsch.") is None
    assert REJECTED.search("Die Ablehnung der Bewerberin kam überraschend.") is None
    assert ADOPTED.search("Die Annahme der Wahl erklärte sie sofort.") is None
