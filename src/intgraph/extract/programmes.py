"""Programmes, course types and funding instruments, from the reference gazetteer
(``ontology/reference/programmes.csv``) and from named programmes in quotation marks
(``Bundesprogramm „Demokratie leben!“``)."""

from __future__ import annotations

import re

from intgraph.language.text import TextIndex
from intgraph.models import Evidence, ProgrammeMention
from intgraph.reference import programmes

EXTRACTOR = "programmes.v1"
_NAMED = re.compile(
    r"(?:Bundes|Landes|Förder|Sonder|Modell)?[Pp]rogramm(?:s|es)?\s+[„»\"](?P<name>[^“«\"\n]{3,60})[“«\"]"
)


# letters, or a class of one letter in both cases ("[Kk]"), after an optional \b in the source
_OPENING = re.compile(r"(?:\\b)?((?:[A-Za-zÄÖÜäöüß]|\[([A-ZÄÖÜ])(?i:\2)\])+)")
_BOTH_CASES = re.compile(r"\[([A-ZÄÖÜ])[a-zäöü]\]")


def _needles(pattern: str) -> tuple[str, ...] | None:
    """Lower-case literal openings of a pattern's alternatives (at least two letters; ``[Kk]``
    counts as ``k``), or None if one alternative has none. A letter followed by ``?``, ``*`` or
    ``{`` is optional and ends the opening before it.

    >>> _needles(r"Berufssprachkurs\\w*|\\bMBE\\b|[Kk]ommunale\\w* X|Sprach-Kitas?")
    ('berufssprachkurs', 'mbe', 'kommunale', 'sprach')
    >>> _needles(r"Kitas?|(?:Integrations)?[Ff]rauenkurs") is None
    True
    >>> _needles(r"[Kl]asse") is None  # not one letter in both cases
    True
    """
    out = []
    for alt in pattern.split("|"):
        m = _OPENING.match(alt)
        if not m:
            return None
        opening = _BOTH_CASES.sub(r"\1", m.group(1)).lower()
        if alt[m.end() : m.end() + 1] in ("?", "*", "{"):
            opening = opening[:-1]
        if len(opening) < 2:
            return None
        out.append(opening)
    return tuple(out)


_NEEDLES: dict[str, tuple[str, ...] | None] = {}


def find_programmes(index: TextIndex) -> list[ProgrammeMention]:
    text = index.flat
    lower = text.lower()
    out: list[ProgrammeMention] = []
    taken: list[tuple[int, int]] = []
    for p in programmes():
        if p.key not in _NEEDLES:
            _NEEDLES[p.key] = _needles(
                p.pattern.pattern.removeprefix("(?<![\\w-])(?:").removesuffix(")")
            )
        needles = _NEEDLES[p.key]
        if needles is not None and not any(n in lower for n in needles):
            continue
        for m in p.pattern.finditer(text):
            if index.is_clutter(m.start()):
                continue
            out.append(
                ProgrammeMention(
                    p.key,
                    p.label_de,
                    False,
                    Evidence(m.start(), m.end(), index.sentence_text(m.start()), EXTRACTOR),
                )
            )
            taken.append((m.start(), m.end()))
    for m in _NAMED.finditer(text):
        s, e = m.start("name"), m.end("name")
        if any(a <= s < b for a, b in taken) or index.is_clutter(s):
            continue
        name = m.group("name").strip()
        out.append(
            ProgrammeMention(name, name, True, Evidence(s, e, index.sentence_text(s), EXTRACTOR))
        )
    return out
