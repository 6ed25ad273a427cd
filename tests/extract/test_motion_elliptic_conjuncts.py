"""Coordinated motions whose noun is left out after its article, the noun's complement kept
("der Antrag zur X und der zur Y"), and a contrast whose participle is gapped before its
conjunct ("…, abgelehnt dagegen der zur Z"): each conjunct is a motion of its own, with the
result of its own participle, else the one before it. An article before a short phrase and an
adjective ("der für sie zuständigen Behörden") is an extended attribute, no conjunct.
Invented passages.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

INTMK = "Die 19. Integrationsministerkonferenz tagte in Rostock. "


def found(text: str) -> list[tuple[str, list[str], str]]:
    return [
        (m.title, sorted(m.submitters), m.result)
        for m in find_motions(TextIndex(INTMK + text), None)
    ]


def test_conjuncts_without_their_noun_are_motions_of_their_own() -> None:
    assert found(
        "Angenommen wurden der Antrag zur Stärkung der Migrationsberatung und der zur "
        "Förderung von Sprachkitas, abgelehnt dagegen der zur Verkürzung der Wartezeiten."
    ) == [
        ("Stärkung der Migrationsberatung", [], "adopted"),
        ("Förderung von Sprachkitas", [], "adopted"),
        ("Verkürzung der Wartezeiten", [], "rejected"),
    ]
    # the rejected one first, the adopted one gapped with "hingegen"
    assert found(
        "Abgelehnt wurde der Antrag Bayerns zur Wohnsitzauflage, angenommen hingegen der zur "
        "Sprachförderung in Kitas."
    ) == [
        ("Wohnsitzauflage", ["DE-BY"], "rejected"),
        ("Sprachförderung in Kitas", [], "adopted"),
    ]
    # a feminine noun ("die Resolution … und die zur …"), the verb after both
    assert [
        t
        for t, _, _ in found(
            "Die Konferenz verabschiedete die Resolution gegen Rassismus und die zur Teilhabe von "
            "Frauen einstimmig."
        )
    ][1:] == ["Teilhabe von Frauen"]
    # "sowie", "für"
    assert [
        t
        for t, _, _ in found(
            "Beschlossen wurden der Antrag Hessens zur Pflege von Angehörigen sowie der für mehr "
            "Lehrkräfte."
        )
    ] == ["Pflege von Angehörigen", "mehr Lehrkräfte"]
    # a deferral gapped
    assert found(
        "Angenommen wurde der Antrag zur Anerkennung von Abschlüssen, vertagt dagegen der zur "
        "Härtefallregelung."
    ) == [
        ("Anerkennung von Abschlüssen", [], "adopted"),
        ("Härtefallregelung", [], "unknown"),
    ]


def test_an_extended_attribute_after_the_article_is_no_conjunct() -> None:
    assert [
        t
        for t, _, _ in found(
            "Beschlossen wurde der Antrag Bremens zur Stärkung der Kommunen und der für sie "
            "zuständigen Behörden."
        )
    ] == ["Stärkung der Kommunen"]
    assert (
        len(
            found(
                "Beschlossen wurde der Antrag Bremens zur Stärkung der Kommunen und der zur Beratung "
                "nötigen Mittel."
            )
        )
        == 1
    )
    # a noun phrase in the genitive after "und der", not a conjunct: its complement is missing
    assert (
        len(found("Angenommen wurde der Antrag zur Stärkung der Beratung und der Kommunen.")) == 1
    )
