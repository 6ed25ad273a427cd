"""Clause boundaries a rule must not read across: relative clauses.

A German relative clause opens after a comma with a relative pronoun (``der``, ``die``,
``das``, ``den``, ``dem``, ``deren``, ``dessen``, ``denen``, ``welche…``), maybe after a
preposition (``für den``, ``mit dem``), and puts its finite verb last: ``…, den auch Neustadt
unterstützte, …``, ``…, dem sich zwei Länder angeschlossen hatten, …``. It ends at the next
comma or at the sentence's end. What it says belongs to the noun before it, not to the main
clause: a Land there is the subject of the relative clause (a supporter, an opponent), not the
main clause's subject.

A main clause after a comma can open with the same words (``…, die Länder stimmten zu``); it
has its finite verb second and so ends in a separable particle, an object or an adverb; a clause
whose last word is one of these is not taken for a relative clause.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["RelativeClause", "agrees", "relative_clauses"]


class RelativeClause(NamedTuple):
    start: int  # the comma that opens it
    end: int  # after its last word
    pronoun: str  # "den", "dem", "die" …


_RELATIVE = re.compile(
    r",\s+(?:(?:von|mit|für|gegen|an|auf|über|zu|bei|aus|nach|in|durch|um|unter|vor)\s+)?"
    r"(?P<pronoun>der|die|das|den|dem|deren|dessen|denen|welche[nmrs]?)\s+"
    r"(?P<body>[^,;:.!?()„“«»\"]{1,160}?)(?=\s*(?:,|[.;:!?]|$))"
)
# the last word of a verb-second main clause, never of a verb-final relative clause: a
# separable particle ("stimmten zu"), a pronoun or an adverb ("lehnten das ab", "zögerten nicht")
_NOT_FINAL_VERB = re.compile(
    r"(?:zu|ab|an|auf|aus|ein|durch|vor|mit|bei|fest|fort|hin|her|zurück|weiter|nach|um|los"
    r"|nicht|auch|ebenfalls|ebenso|jedoch|aber|allerdings|dagegen|dafür|darauf|sehr|gern|mehr"
    r"|noch|schon|nie|das|dies|es|sie|ihn|ihm|ihr|ihnen|sich|uns|euch)"
)
_LAST_WORD = re.compile(r"(?P<w>[a-zäöüß]+)$")


@lru_cache(maxsize=1024)
def relative_clauses(sentence: str) -> tuple[RelativeClause, ...]:
    """The sentence's relative clauses, each from its comma to its last word (remembered: the
    motion rules ask once per motion noun of a sentence).

    >>> s = "Mit seinem Antrag zur Kita, den auch Neustadt unterstützte, ist Altland gescheitert."
    >>> [s[a:b] for a, b, _ in relative_clauses(s)]
    [', den auch Neustadt unterstützte']
    >>> relative_clauses("Bremen brachte einen Antrag ein, die Länder stimmten zu.")
    ()
    """
    out = []
    for m in _RELATIVE.finditer(sentence):
        last = _LAST_WORD.search(m.group("body"))
        if last is None or _NOT_FINAL_VERB.fullmatch(last.group("w")):
            continue  # no verb-final clause: a main clause after the comma
        out.append(RelativeClause(m.start(), m.end(), m.group("pronoun")))
    return tuple(out)


# the relative pronouns that can refer back to a singular noun of each gender
_PRONOUNS = {
    "m": frozenset({"der", "den", "dem", "dessen", "welcher", "welchen", "welchem"}),
    "f": frozenset({"die", "der", "deren", "welche", "welcher"}),
    "n": frozenset({"das", "dem", "dessen", "welches", "welchem"}),
}


def agrees(clause: RelativeClause, gender: str) -> bool:
    """Can the clause's pronoun refer to a singular noun of this gender (``m``, ``f``, ``n``)?

    >>> c = relative_clauses("Der Antrag, den Neustadt vorlegte, kam durch.")[0]
    >>> agrees(c, "m"), agrees(c, "f")
    (True, False)
    """
    return clause.pronoun in _PRONOUNS[gender]
