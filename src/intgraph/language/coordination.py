"""Coordination in German: the members of a list ``A, B und C``, the zu-infinitive clauses of
``A zu tun, B zu erweitern sowie C zu forcieren``, and words a line break split with a hyphen.

Shared by the extractors (motions' decision lists, titles); no extractor's rules live here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from intgraph.language.nominal import nominal_title
from intgraph.language.scan import anchored_finditer, guard_module

__all__ = ["coordinated_items", "infinitive_items", "repair_line_break_hyphens"]

# a hyphen left by a line break inside a word ("Über-nahme", "Natio-nalen"); not a compound's
# hyphen ("Ius-soli-Erwerb", "baden-württembergische", "Sprach- und Kulturmittler")
_BROKEN_WORD = re.compile(
    r"(?<![\w-])(?!(?i:baden|nordrhein|rheinland|mecklenburg|schleswig|sachsen)-)"
    r"(?P<a>[A-ZÄÖÜa-zäöüß][a-zäöüß]+)-(?P<b>[a-zäöüß]{2,})(?![\w-])"
)


_BROKEN_WORD_AT = _BROKEN_WORD  # the plain pattern (tried at known starts, not guarded)


def repair_line_break_hyphens(s: str) -> str:
    """``die Über-nahme der Kosten`` → ``die Übernahme der Kosten``.

    >>> repair_line_break_hyphens("Über-nahme; Ius-soli-Erwerb; Sprach- und Kulturmittler; E-Mail")
    'Übernahme; Ius-soli-Erwerb; Sprach- und Kulturmittler; E-Mail'
    """
    return _BROKEN_WORD.sub(r"\g<a>\g<b>", s)


_ZU_VERB = re.compile(
    r"(?:(?<![\w-])zu\s+(?!(?:den|dem|der|des|einer|einem|eines|ihrer|ihrem|seiner|seinem|diesem|dieser)\b)"
    r"[a-zäöüß][\w]*|(?<![\w-])[a-zäöüß]+zu[a-zäöüß]+en)(?![\w-])"
)
_ITEM_SEP = re.compile(r"\s*,\s*(?:und\s+|sowie\s+)?|\s+(?:und|sowie|als\s+auch)\s+")
_ARTICLE = re.compile(r"^(?:die|der|das|den|dem|des|eine|einen|einer|eines|ein|einem)\s+")


def infinitive_items(phrase: str, nominal: bool = False) -> list[str]:
    """The zu-infinitive clauses of a coordinated list, as titles (``zu`` dropped, leading
    article dropped); with ``nominal``, each in the nominal style where its grammar allows
    (:func:`~intgraph.language.nominal.nominal_title`: "die Beratung auszubauen" → "Ausbau der
    Beratung").

    >>> infinitive_items("den Zugang zu Kursen zu erweitern, die Beratung auszubauen sowie Geld bereitzustellen")
    ['Zugang zu Kursen erweitern', 'Beratung ausbauen', 'Geld bereitstellen']
    """
    items: list[str] = []
    pos = 0
    for m in _ZU_VERB.finditer(phrase):
        sep = _ITEM_SEP.match(phrase, m.end())
        at_end = m.end() >= len(phrase.rstrip(" .")) or phrase[m.end() :].strip(" .") == ""
        if not (sep or at_end):
            continue
        named = nominal_title(phrase[pos : m.end()]) if nominal else None
        item = named or phrase[pos : m.start()] + _infinitive(m.group())
        item = _ARTICLE.sub("", re.sub(r"\s+", " ", item).strip(" ,"))
        if len(re.findall(r"\w{3,}", item)) >= 2:
            items.append(item)
        pos = sep.end() if sep else len(phrase)
    return items


def _infinitive(verb: str) -> str:
    """``zu bekämpfen`` → ``bekämpfen``; ``auszubauen`` → ``ausbauen``."""
    if verb.startswith("zu "):
        return verb[3:].strip()
    head, _, tail = verb.partition("zu")
    return head + tail


def coordinated_items(phrase: str) -> list[str]:
    """The members of a coordinated list ``A, B und C`` (``sowie``, ``als auch`` alike).

    >>> coordinated_items("Arbeitsmarktintegration, Gewaltschutz und digitale Sprachkurse")
    ['Arbeitsmarktintegration', 'Gewaltschutz', 'digitale Sprachkurse']
    """
    parts = [p.strip() for p in re.split(r"\s*,\s*(?!(?:und|sowie)\b)", phrase) if p.strip()]
    if not parts:
        return []
    last = re.split(r"\s*,?\s+(?:und|sowie|als\s+auch)\s+", parts[-1])
    if len(parts) > 1 or len(last) > 1:
        parts = parts[:-1] + last
    out = []
    for p in parts:
        p = re.sub(r"^(?:und|sowie)\s+", "", p)
        p = re.sub(r"^(?:zur|zum|zu\s+den|zu\s+der|zu)\s+", "", p)
        p = _ARTICLE.sub("", p).strip(" ,")
        if p:
            out.append(p)
    return out


_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def _broken_words(s: str) -> list[re.Match[str]]:
    """``list(_BROKEN_WORD.finditer(s))``, the pattern tried only where a match can start: at
    the word before a hyphen (its lowercase letters, or the capital before them), where
    ``finditer`` tried every character (issue 12: ten times faster, the same matches)."""
    starts = []
    find = s.find
    h = find("-")
    while h != -1:
        w = h
        while w > 0 and s[w - 1] in _LOWER:
            w -= 1
        if w < h:
            if w > 0 and s[w - 1] in _UPPER:
                starts.append(w - 1)
            if h - w >= 2:
                starts.append(w)
        h = find("-", h + 1)
    return list(anchored_finditer(_BROKEN_WORD_AT, s, starts))


def repair_with_offsets(s: str) -> tuple[str, list[int]]:
    """:func:`repair_line_break_hyphens` with, for each position of the repaired text, its
    position in ``s`` (so that a match in the repaired text keeps the original's offsets).

    >>> t, where = repair_with_offsets("des Natio-nalen Plans")
    >>> t, t[4:13], where[4], where[12]
    ('des Nationalen Plans', 'Nationale', 4, 13)
    """
    found = _broken_words(s)
    if not found:
        return s, range(len(s) + 1)  # type: ignore[return-value]
    parts: list[str] = []
    cuts: list[int] = []  # positions of the repaired text after which one more was dropped
    pos = 0
    for m in found:
        hyphen = m.start("b") - 1
        parts.append(s[pos:hyphen])
        cuts.append(hyphen - len(cuts))
        pos = hyphen + 1
    parts.append(s[pos:])
    return "".join(parts), _Offsets(cuts, len(s) + 1 - len(cuts))  # type: ignore[return-value]


class _Offsets:
    """``where[i]`` of :func:`repair_with_offsets` without a list entry per character (a
    50 MiB text would need gigabytes): ``i`` plus the dropped hyphens before it."""

    __slots__ = ("cuts", "n")

    def __init__(self, cuts: list[int], n: int) -> None:
        self.cuts, self.n = cuts, n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i + bisect.bisect_right(self.cuts, i)


# "Eltern- und Frauenintegrationskurse", "Integrations-, Berufssprach- oder Orientierungskurse"
_TRUNCATED = re.compile(
    r"(?<![\w-])(?P<first>[A-ZÄÖÜ][a-zäöüß]{2,}(?:-\s*,\s*[A-ZÄÖÜ][a-zäöüß]{2,})*)-\s*,?\s+"
    r"(?:und|oder|sowie|bzw\.)\s+(?P<last>[A-ZÄÖÜ][a-zäöüß]{4,})(?![\w-])"
)


def truncated_compounds(
    s: str, is_head: object, known: Callable[[str], bool] | None = None
) -> list[tuple[int, int, str]]:
    """Compounds a truncated coordination implies: ``Eltern- und Frauenintegrationskurse`` →
    ``Elternintegrationskurse``, as (start, end, compound) with the span of the truncated word.
    ``is_head(word)`` says whether a capitalised tail of the last member is a head worth
    completing (the longest such tail is used); where ``known(compound)`` is given and rejects
    that completion, a shorter tail whose completion it accepts is used instead.

    >>> truncated_compounds("Eltern- und Frauenintegrationskurse", lambda w: w == "Integrationskurse")
    [(0, 6, 'Elternintegrationskurse')]
    >>> truncated_compounds(
    ...     "Integrations- oder Berufssprachkurs",
    ...     lambda w: False,
    ...     known=lambda c: c in ("Integrationskurs", "Berufssprachkurs"),
    ... )
    [(0, 12, 'Integrationskurs')]
    """
    out = []
    for m in _TRUNCATED.finditer(s):
        last = m.group("last")
        tails = range(2, len(last) - 3)
        head = next((last[i:] for i in tails if is_head(last[i].upper() + last[i + 1 :])), None)  # type: ignore[operator]
        for w in re.finditer(r"[A-ZÄÖÜ][a-zäöüß]{2,}", m.group("first")):
            compound = w.group() + head if head is not None else None
            if known is not None and (compound is None or not known(compound)):
                # the shared part need not be a head of its own: "Integrations- oder
                # Berufssprachkurs" shares "kurs" ("Integrationskurs", "Berufssprachkurs")
                compound = next(
                    (w.group() + last[i:] for i in tails if known(w.group() + last[i:])), compound
                )
            if compound is not None:
                out.append((m.start("first") + w.start(), m.start("first") + w.end(), compound))
    return out


# issue 16: the patterns above look at a text only where their words occur (same matches)
guard_module(globals(), keep=("_BROKEN_WORD_AT",))
