"""The sessions rules' sentence gate (issue 16): a sentence holding none of the literals of
the patterns that number or name a session is passed over, and that changes no result."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.extract import sessions
from intgraph.language.scan import Guarded, LiteralGate
from intgraph.language.text import TextIndex

_FAMILY = (
    "_NUMBERED",
    "_COPULA_ORDINAL",
    "_MINISTERS",
    "_INTMK",
    "_MEETS",
    "_THIS_YEARS_CONFERENCE",
    "_LANDS_MEET",
    "_BARE_CONFERENCE",
    "_BACK_THEN",
    "_TAKEN_UP",
)

# invented passages: sessions named in many ways, and sentences around them that name none
_PASSAGES = [
    "Die 21. Integrationsministerkonferenz tagt am 14. und 15. März 2027 in Lübeck. "
    "Gastgeber ist Schleswig-Holstein. Der Landtag debattierte am Vormittag den Haushalt.",
    "Bei der diesjährigen Konferenz in Schwerin ging es um Sprachkurse. Das Wetter war gut.",
    "Die Länder trafen sich in Potsdam. Sie tagte schon in Mainz, Kiel und Erfurt.",
    "Im Vorjahr in Hannover war ein ähnlicher Antrag gescheitert, sagte die Ministerin. "
    "Die Integrationsminister der Länder berieten über die Beratungsstellen.",
    "Die Fachministerkonferenz kam zum zehnten Mal zusammen. Der Bericht erscheint im Mai.",
    "Die Runde der Integrationsministerinnen und -minister traf sich am Bodensee.",
    "Der Stadtrat beschloss am Montag den neuen Radweg. Die Bürgerinnen begrüßten das.",
    "Die Konferenz in Erfurt war die elfte ihrer Art. Vor zwei Jahren tagte sie in Dresden.",
    "Die #IntMK in #Göttingen beginnt heute. Die Agrarministerkonferenz tagt in Neustadt.",
]


def test_every_pattern_of_the_family_has_literals() -> None:
    # the gate is exact only if each pattern's matches must hold one of its literals
    gate = sessions._MAY_NAME_A_SESSION
    for name in _FAMILY:
        rx = getattr(sessions, name)
        lits = rx.literals if isinstance(rx, Guarded) else LiteralGate(rx).literals
        assert lits and all(any(g in lit for g in gate.literals) for lit in lits), name


class _Open:
    literals = ()

    def admits(self, string: str) -> bool:
        return True


@pytest.mark.parametrize("text", _PASSAGES)
def test_gated_sessions_as_ungated(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = sessions.find_sessions(TextIndex(text), 2026, "2026-03-01")
    monkeypatch.setattr(sessions, "_MAY_NAME_A_SESSION", _Open())
    assert sessions.find_sessions(TextIndex(text), 2026, "2026-03-01") == gated


def test_sentences_without_a_session_word_are_passed_over() -> None:
    gate = sessions._MAY_NAME_A_SESSION
    assert not gate.admits("Der Stadtrat beschloss am Montag den neuen Radweg.")
    assert not gate.admits("Die Bürgerinnen begrüßten das.")
    assert gate.admits("Die 21. Integrationsministerkonferenz tagt in Lübeck.")
    assert gate.admits("Die Runde traf sich am Bodensee.")
    assert gate.admits("Im Vorjahr in Hannover war ein Antrag gescheitert.")


_WORDS = [
    " ",
    ". ",
    "Die ",
    "die ",
    "der ",
    "in ",
    "Kiel",
    "Mainz",
    "2019 ",
    "12. ",
    "zehnten ",
    "tagte ",
    "Sie ",
    "Runde ",
    "Länder ",
    "Integrationsminister ",
    "IntMK ",
    "Konferenz ",
    "diesjährige ",
    "Vorjahr ",
    "Mal ",
    "Treffen ",
    "zusammen",
    "Landtag ",
    "Haushalt ",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25).map("".join))
def test_a_sentence_the_gate_refuses_matches_no_pattern_of_the_family(sent: str) -> None:
    if sessions._MAY_NAME_A_SESSION.admits(sent):
        return
    for name in _FAMILY:
        rx = getattr(sessions, name)
        plain = getattr(rx, "_rx", rx)
        assert plain.search(sent) is None, name
        assert re.search(plain.pattern, sent, plain.flags) is None, name
