"""Faster equivalents of ``pattern.finditer(text)`` for patterns whose matches can only start
at known literals.

Python's regular-expression engine tries a pattern at every position of the text unless the
pattern starts with a literal; a pattern that opens with a look-behind (``(?<![\\w-])``) or a
character class costs a full attempt per character, and the extractors run dozens of them over
each document. When every match must start at (or at a fixed distance before) one of a few
literal words, finding those words with ``str.find`` and trying the pattern only there gives
exactly the same matches (same spans, same groups, same order), because ``finditer`` returns
the leftmost match from each position and no match can start anywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["Guarded", "anchored_finditer", "literal_starts"]


def literal_starts(haystack: str, anchors: Iterable[tuple[str, int]]) -> list[int]:
    """Sorted distinct positions ``i + offset`` for every occurrence ``i`` of each literal
    (``offset`` ≤ 0: the match starts that far before the literal)."""
    out: set[int] = set()
    for literal, offset in anchors:
        find = haystack.find
        i = find(literal)
        while i != -1:
            if i + offset >= 0:
                out.add(i + offset)
            i = find(literal, i + 1)
    return sorted(out)


def anchored_finditer(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, given the sorted positions where a match can
    start (a superset of the real starts). The pattern must not match the empty string.

    >>> rx = re.compile(r"(?<![\\w-])[Ff]örder\\w+")
    >>> t = "Die Förderung und die Förderrichtlinie; Projektförderung nicht."
    >>> starts = literal_starts(t.lower(), [("förder", 0)])
    >>> [m.group() for m in anchored_finditer(rx, t, starts)] == [m.group() for m in rx.finditer(t)]
    True
    """
    end = 0
    match = pattern.match
    for pos in starts:
        if pos < end:
            continue
        m = match(text, pos)
        if m is not None:
            yield m
            end = m.end() if m.end() > pos else pos + 1


class Guarded:
    """A compiled pattern each of whose matches contains (in the text it consumes, not in a
    look-around) at least one of ``literals``: ``search``, ``match``, ``finditer`` and
    ``findall`` return at once when the searched range holds none of them, otherwise they
    run the pattern. Everything else is the pattern's own (``.pattern``, ``.sub``, …).

    >>> rx = Guarded(re.compile(r"\\bFoto:|\\(r\\.\\)"), ("Foto", "(r.)"))
    >>> rx.search("Ein Satz ohne Bildnachweis.") is None, rx.search("Foto: Land").group()
    (True, 'Foto:')
    """

    __slots__ = ("_rx", "literals")

    def __init__(self, pattern: re.Pattern[str], literals: tuple[str, ...]) -> None:
        self._rx = pattern
        self.literals = literals

    def __getattr__(self, name: str) -> object:
        return getattr(self._rx, name)

    def _maybe(self, string: str, pos: int, endpos: int | None) -> bool:
        if pos == 0 and endpos is None:
            return any(lit in string for lit in self.literals)
        stop = len(string) if endpos is None else endpos
        return any(string.find(lit, pos, stop) != -1 for lit in self.literals)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not self._maybe(string, pos, endpos):
            return None
        return (
            self._rx.search(string, pos) if endpos is None else self._rx.search(string, pos, endpos)
        )

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not self._maybe(string, pos, endpos):
            return None
        return (
            self._rx.match(string, pos) if endpos is None else self._rx.match(string, pos, endpos)
        )

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        if not self._maybe(string, pos, endpos):
            return iter(())
        if endpos is None:
            return self._rx.finditer(string, pos)
        return self._rx.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[object]:
        if not self._maybe(string, pos, endpos):
            return []
        return (
            self._rx.findall(string, pos)
            if endpos is None
            else self._rx.findall(string, pos, endpos)
        )
