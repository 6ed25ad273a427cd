"""Motions named in another party's reaction: the decision noun with the body as its genitive and
its content as a zu-infinitive clause put after the participle that closes the reacting clause
("X hat den Beschluss der Länder begrüßt, Y zu tun"). Invented passages with look-alikes."""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

_CTX = "Die 21. Integrationsministerkonferenz tagte in Essen. "


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.title, m.result) for m in find_motions(TextIndex(_CTX + text))]


def test_decision_clause_after_the_reacting_participle() -> None:
    assert _found(
        "Der Caritasverband hat den Beschluss der Integrationsminister der Länder begrüßt, "
        "die Beratung für Geflüchtete auszubauen."
    ) == [("Ausbau der Beratung für Geflüchtete", "adopted")]
    assert _found(
        "Der Flüchtlingsrat hat den Beschluss der Konferenz scharf kritisiert, die "
        "Wohnsitzauflage zu verlängern."
    ) == [("Verlängerung der Wohnsitzauflage", "adopted")]
    assert _found(
        "Die Kirchen haben den Beschluss der Integrationsministerinnen und -minister gelobt, "
        "die Härtefallregelungen auszuweiten."
    ) == [("Ausweitung der Härtefallregelungen", "adopted")]


def test_reaction_to_anothers_proposal_or_plan_is_no_motion() -> None:
    assert _found("Pro Asyl hat den Vorschlag des Bundes begrüßt, die Kurse zu öffnen.") == []
    assert _found("Der Verband hat den Beschluss begrüßt, am Montag zu streiken.") == []
