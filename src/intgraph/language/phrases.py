"""Noun phrases around a personal name: person nouns, whether the name is governed, and which
named person is the subject of a clause's finite verb.

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
    is_given_name,
    role_class,
)
from intgraph.language.text import tokenize
from intgraph.language.wordlists import word_class
from intgraph.models import PersonMention

__all__ = [
    "ADJECTIVE_OK",
    "GOVERNORS",
    "PERSON_NOUN",
    "clause_subject",
    "governed",
    "noun_phrase_prefield",
    "oblique",
    "opens_clause",
]

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


# a noun phrase that can be the subject before the finite verb: an article and a noun,
# maybe with adjectives and an attribute ("Der Verband im Kreis", "Die Kammer")
_PREFIELD_NP = re.compile(
    r"\s*(?P<art>Der|Die|Das|Ein|Eine)\s+(?:[a-zäöü][\w-]*\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w-]+)"
    r"(?:\s+(?:im|in|der|des|von|vom|aus|am)\s+(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]+)?\s*$"
)
# between a person and a quotation that is the predicate of the clause's object: nothing,
# "als", an article, an adjective ("nannte X einen „…“", "bezeichnete X als „…“")
_PREDICATIVE = re.compile(
    r"\s*(?:als\s+)?(?:(?:ein|eine|einen|einem|einer|den|die|das|der)\s+)?(?:[a-zäöü][\w-]*\s+)?"
)
# endings of feminine nouns: after "Der" they are dative or genitive ("Der Opposition warf …")
_FEMININE_NOUN = re.compile(r"(?:ung|heit|keit|schaft|ion|tät|ik|in|ei|ur)$")


def noun_phrase_prefield(text: str, lo: int, verb_start: int) -> bool:
    """The clause from ``lo`` opens with a noun phrase in the nominative before its finite verb
    at ``verb_start``, so that a person after the verb is its object (``Der Elternverband warf
    Landrat X vor``): an article and a noun that names no person, not ``Der`` before a
    feminine noun (a dative). The caller checks that no person or quotation stands there.

    >>> t = "Der Elternverband warf Landrat X vor"
    >>> noun_phrase_prefield(t, 0, t.index("warf")), noun_phrase_prefield("Die Ministerin warf", 0, 15)
    (True, False)
    """
    m = _PREFIELD_NP.match(text, lo, verb_start)
    if m is None:
        return False
    noun = m.group("noun")
    if is_descriptor(noun) or PERSON_NOUN.search(noun) or is_given_name(noun):
        return False  # "Die Ministerin warf …": a person
    if not is_common_noun(noun):
        return False  # an unknown word may be a name
    return not (m.group("art") == "Der" and _FEMININE_NOUN.search(noun))


def opens_clause(text: str, lo: int, start: int) -> bool:
    """The name at ``start`` fills the prefield of the clause from ``lo``, so that in
    verb-second order it is the subject: only articles, titles, role nouns, Länder and
    inflected adjectives stand before it (``Sozialsenator X verteidigt …``, ``Die hessische
    Ministerin Dr. X hat …``), no preposition and no oblique article (``Den Senator X lobte
    sie``, ``Mit Ministerin X sprach …``).

    >>> t = "Integrationsministerin Dr. Lea Sommer hat heute …"
    >>> opens_clause(t, 0, t.index("Lea")), opens_clause("Der Verband lobte Lea Sommer", 0, 18)
    (True, False)
    """
    lead = [t for t in tokenize(text, lo, start) if t.text != "."]  # "Dr." is two tokens
    return (
        all(
            _phrase_word(t.text) or t.text.lower() in ARTICLES or t.text + "." in TITLES
            for t in lead
        )
        and not (lead and lead[0].text.lower() in ("den", "dem", "des"))
        and not governed(text, lo, start)
    )


def _phrase_word(w: str) -> bool:
    """A word of the phrase around a name: an article, title, role, Land, inflected adjective."""
    return (
        w in ARTICLES
        or w in TITLES
        or w in ("Frau", "Herr")
        or bool(role_class(w))
        or bool(lands_in_phrase(w))
        or (w[:1].islower() and ADJECTIVE_OK.match(w) is not None)
    )


def clause_subject(
    text: str,
    lo: int,
    hi: int,
    people: list[PersonMention],
    verb: tuple[int, int] | None,
    noun_first: bool = False,
) -> list[PersonMention]:
    """Of ``people`` named in the clause ``text[lo:hi]``, the subject of its finite ``verb``
    (start, end): persons inside a prepositional phrase or genitive, or in an oblique case,
    are dropped (:func:`governed`); where a noun phrase fills the prefield (``noun_first``)
    the persons after the verb are objects, unless the clause's rest is a predicative
    (``Die Reform nannte Senator X einen „…“``); a person phrase filling the prefield is the
    subject (verb-second), unless its article marks an object (``Den Senator X lobte sie``);
    else the person right after the verb (inversion: ``Über die Pläne von Roth sagte Lang``),
    else the first before it.
    """
    free = [p for p in people if not governed(text, lo, p.start)]
    if verb is not None and noun_first:
        free = [p for p in free if p.end <= verb[0] or _PREDICATIVE.fullmatch(text, p.end, hi)]
    if len(free) <= 1:
        return free
    if verb is None:
        return free[:1]
    v_start, v_end = verb
    first = free[0]
    if first.end <= v_start and not text[first.end : v_start].strip(" ,()"):
        lead = tokenize(text, lo, first.start)
        if not lead or (
            all(_phrase_word(t.text) for t in lead) and lead[0].text.lower() not in ("den", "dem")
        ):
            return [first]
    for p in free:
        if p.start >= v_end:
            gap = tokenize(text, v_end, p.start)
            if all(
                _phrase_word(t.text) or t.text in (".", ",") or is_descriptor(t.text) for t in gap
            ):
                return [p]
    before = [p for p in free if p.end <= v_start]
    return before[:1] or free[:1]


# a question (or a line) opening with the address of an interview's respondent: "Frau Yıldız,
# …?", "Herr Dr. Lenz, …", "Frage: Frau Kranz, …" (holders reads the respondent's office from
# it, quotes the respondent of an interview no heading names)
QUESTION_ADDRESS = re.compile(
    r"^[ \t]*(?:Frage\s*:\s*|F\s*:\s*)?(?:Frau|Herr)\s+(?:(?:Dr|Prof)\.\s+)*"
    r"(?P<name>[A-ZÄÖÜ][^\W\d]+(?:-[A-ZÄÖÜ][^\W\d]+)?)\s*,",
    re.M,
)
