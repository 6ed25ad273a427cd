"""Noun phrases around a personal name: person nouns, and whether the name is governed.

A name is *governed* when it cannot be the subject of its clause: it stands inside a
prepositional phrase or genitive attribute (``die Pläne von X``, ``der Vorschlag des Ministers
X``), or its own article shows the dative, accusative or genitive (``dankte dem Landrat X``,
``hielt der Bildungsministerin X vor``).
"""

from __future__ import annotations

import re

from intgraph.language.lands import lands_in_phrase
from intgraph.language.lexicon import (
    ARTICLES,
    TITLES,
    is_common_noun,
    is_descriptor,
    role_class,
)
from intgraph.language.text import tokenize
from intgraph.language.wordlists import word_class

__all__ = ["ADJECTIVE_OK", "GOVERNORS", "PERSON_NOUN", "governed", "oblique"]

# nouns for a person by their function or trade ("der Landrat", "die Sprecherin", "der
# Geschäftsführer", "die Soziologin", "der 52-Jährige"); a body in -rat ("der Beirat") is none
PERSON_NOUN = re.compile(
    r"(?:^\d+-[Jj]ährige[rn]?|(?:^|[a-zäöü-])(?:(?:[Ll]and|[Ss]tadt|[Kk]reis|[Rr]egierungs|"
    r"[Mm]inisterial|[Aa]mts)rat|[Rr]ätin|[Mm]eister|[Ss]precher|[Ll]eiter|"
    r"[Pp]räsident|[Dd]irektor|[Ff]ührer|[Cc]hef|[Vv]orsitzende|[Aa]bgeordnete|[Bb]eauftragte|"
    r"[Ss]oziolog[ei]|[Hh]istoriker|[Ff]orscher|[Ee]xpert[ei]|[Aa]nwält|[Aa]nwalt|[Ii]nitiator|"
    r"[Gg]ründer|[Bb]erater|[Kk]oordinator|[Rr]eferent|[Dd]ozent|[Ll]ehrer|[Tt]rainer)(?:in)?)$"
)
# an inflected adjective or a truncated compound part ("neue", "zuständigen", "Sozial-")
ADJECTIVE_OK = re.compile(r"^[a-zäöü][\w-]*(?:e|en|er|es|em)$|-$")

# words that govern a noun phrase, so that a person named in it is no subject: "die Pläne von
# X", "im Gespräch mit X", "über X", "der Vorschlag des Ministers X"
GOVERNORS = frozenset(
    "von vom über mit für an am bei beim nach zu zum zur gegen gegenüber ohne um durch aus "
    "unter vor neben zwischen wegen trotz seit des Von Über Mit Für Bei Beim Nach Gegen Seit "
    "Unter Neben Zwischen Wegen Trotz Durch Aus Ohne Um".split()
)


def governed(text: str, lo: int, start: int) -> bool:
    """The name at ``start`` is no subject: it is inside a prepositional phrase or genitive
    attribute (the words before it, back to the phrase's head, begin with a preposition or
    ``des``), or its own article shows the dative, accusative or genitive. The words walked
    over (not before ``lo``) are articles, adjectives, role nouns, titles and the noun the name
    stands in apposition to (``von der Abgeordneten X``, ``Kursleiterin X``).

    >>> t = "Kritik kam von der Abgeordneten Lea Sommer."
    >>> governed(t, 0, t.index("Lea")), governed("Dazu sagte Senatorin Lea Sommer", 0, 20)
    (True, False)
    >>> t = "Dem Landrat Udo Kern dankte sie."
    >>> governed(t, 0, t.index("Udo"))
    True
    """
    toks = tokenize(text, max(lo, start - 120), start)
    head: list[str] = []  # the nouns between the article and the name
    for n, t in enumerate(reversed(toks[-6:])):
        w = t.text
        if w in GOVERNORS:
            return True
        if w in ARTICLES or w in ("einem", "einen"):
            if oblique(w, head):
                return True
            continue  # "für die Ministerin X": a preposition may come before it
        if w.lower() in ARTICLES:
            # the article opening the sentence: "Dem Landrat X dankte …" (no preposition
            # before it)
            return oblique(w, head)
        if (
            w in TITLES
            or w in ("Frau", "Herr", "Herrn", ".")
            or (w[:1].isupper() and (role_class(w) or is_descriptor(w) or lands_in_phrase(w)))
            or (w[:1].islower() and ADJECTIVE_OK.match(w) and word_class(w) != "verb")
            # the noun right before the name that it stands in apposition to
            or (n == 0 and w[:1].isupper() and (is_common_noun(w) or PERSON_NOUN.search(w)))
        ):
            if w[:1].isupper():
                head.append(w)
            continue
        return False
    return False


def oblique(article: str, head: list[str]) -> bool:
    """The article of a person's noun phrase shows a case other than the nominative: ``dem``,
    ``den``, ``einem``, ``einen``, ``des``, ``eines``; ``der`` or ``einer`` before a feminine
    noun (``der Ministerin``) or a nominalised adjective in ``-en`` (``der Abgeordneten``).

    >>> oblique("der", ["Ministerin"]), oblique("der", ["Minister"]), oblique("dem", [])
    (True, False, True)
    """
    a = article.lower()
    if a in ("dem", "den", "einem", "einen", "des", "eines"):
        return True
    if a in ("der", "einer"):
        return any(
            w.endswith(("in", "innen")) or (w.endswith("en") and w[:-1].endswith(("te", "de")))
            for w in head
        )
    return False
