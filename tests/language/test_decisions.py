"""The conference's names, written for speed, match as the form first written (issue 16)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.language.decisions import INTMK

# INTMK as first written (one alternative "(?:Haupt)?[Kk]onferenz der für Integration …")
_FIRST_WRITTEN = (
    r"(?:Integrationsminister(?:\*innen|:innen|_innen|Innen|innen)?-?\s?[Kk]onferenz"
    r"|Integrationsministerinnen-\s?und\s?-?ministerkonferenz|IntMK|Länderminister-Konferenz"
    r"|Konferenz\s+der\s+Integrationsminister(?:innen)?(?:\s+und\s+-?minister)?(?:\s+(?:der\s+)?(?:16\s+)?Länder)?"
    r"|(?:Haupt)?[Kk]onferenz\s+der\s+für\s+Integration(?:sfragen)?\s+zuständigen\s+(?:Landes)?[Mm]inister\w*"
    r"(?:\s+(?:und|sowie)\s+(?:-?minister|Minister|Senator)\w*)*(?:\s+(?:und|sowie)\s+Senator\w*)*"
    r"(?:\s+(?:der\s+)?(?:16\s+)?(?:Bundes)?[Ll]änder)?)"
)
_WORDS = [
    "Integrationsminister", "innen", "*innen", "Innen", "-", " ", "  ", "Konferenz", "konferenz",
    "Haupt", "der", "für", "Integration", "sfragen", "zuständigen", "Landes", "Minister",
    "ministerin", "und", "sowie", "Senator", "16", "Bundes", "Länder", "länder", "IntMK",
    "Länderminister-Konferenz", "Integrationsministerinnen-", "ministerkonferenz", "x", "\n",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=24).map("".join))
def test_conference_names_as_first_written(text: str) -> None:
    plain = re.compile(_FIRST_WRITTEN)
    fast = re.compile(INTMK)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    # inside a larger pattern, where the engine backtracks into the alternatives
    ctx = r"(?:Die\s+)?(?:{}|Konferenz)\s+(?:der\s+)?Länder"
    a = re.compile(ctx.format(INTMK)).finditer(text)
    b = re.compile(ctx.format(_FIRST_WRITTEN)).finditer(text)
    assert [m.span() for m in a] == [m.span() for m in b]
