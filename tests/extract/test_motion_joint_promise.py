"""A joint promise of the body told with the separable verb "zusagen" or "zusichern" (its
particle closing the clause), alone or with a demand coordinated after it (invented passages):
"Die Länder sagen den Kommunen X zu und verlangen vom Bund Y" is one decision with two parts,
one row whose title names both (GOLD).

Negatives: an announcement (a modal), one minister, "sagen" as a verb of saying."""

from __future__ import annotations

import pytest

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

CTX = "Die 22. Integrationsministerkonferenz tagte in Saarbrücken. "


def motions(text: str) -> list[tuple[str, str]]:
    return [(m.title, m.result) for m in find_motions(TextIndex(CTX + text))]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Die Länder sagten den Kommunen mehr Hilfe bei der Integration zu.",
            "mehr Hilfe bei der Integration",
        ),
        (
            "Die Ministerinnen und Minister sicherten den Trägern eine verlässliche Förderung "
            "der Sprachkurse zu.",
            "verlässliche Förderung der Sprachkurse",
        ),
        (
            "Die Länder sagen den Kommunen Unterstützung bei der Unterbringung zu und verlangen "
            "vom Bund, die Kosten vollständig zu übernehmen.",
            "Unterstützung bei der Unterbringung und vollständige Übernahme der Kosten",
        ),
        (
            "Die Ressortchefs sicherten dem Bund ihre Mitarbeit bei der Aufnahme von Ortskräften "
            "zu und forderten eine schnelle Einreise.",
            "Mitarbeit bei der Aufnahme von Ortskräften und schnelle Einreise",
        ),
    ],
)
def test_a_joint_promise_is_one_decision(text: str, title: str) -> None:
    assert motions(text) == [(title, "adopted")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Länder wollen den Kommunen mehr Hilfe zusagen.",
        "Ministerin Jana Roth sagte den Kommunen mehr Hilfe zu.",
        "Die Länder sagten, die Kurse seien zu teuer.",
    ],
)
def test_no_joint_promise(text: str) -> None:
    assert motions(text) == []
