"""Nominal titles of decisions told as infinitive clauses.

News and releases tell a decision as a verb ("die Länder sprachen sich dafür aus, die
Berufssprachkurse bedarfsgerecht auszubauen"); a reader names the motion in the nominal style
of resolution titles ("bedarfsgerechter Ausbau der Berufssprachkurse"). The grammar:

* the clause-final verb becomes its action noun (:func:`~intgraph.language.derivation.action_noun`
  or a listed one: ``ausbauen`` → ``Ausbau``), its accusative object the genitive attribute
  (``die Berufssprachkurse`` → ``der Berufssprachkurse``; a masculine or neuter head takes
  the genitive ending, ``den Kurszugang`` → ``des Kurszugangs``, see :func:`_genitive`), an
  adverb of manner before the verb the noun's adjective
  (``bedarfsgerecht auszubauen`` → ``bedarfsgerechter Ausbau``);
* a verb of giving or enabling (``ermöglichen``, ``geben``, ``gewähren`` …) names no action of
  its own: the thing given is the head, its recipient (the dative) follows with ``für``
  (``Drittstaatsangehörigen das kommunale Wahlrecht zu geben`` → ``kommunales Wahlrecht für
  Drittstaatsangehörige``);
* so does a verb of creating (``einrichten``, ``einführen``, ``schaffen`` …): the thing created
  heads, recipient or not (``ein landesweites Monitoring einzurichten`` → ``landesweites
  Monitoring``);
* any other dative recipient follows the noun with ``für`` too (``Geduldeten den Zugang zu
  Kursen zu öffnen`` → ``Öffnung des Zugangs zu Kursen für Geduldete``).

Where the clause does not parse so (a negation, a possessive, a subject, a dative singular of
unknown gender), :func:`nominal_title` gives ``None`` and the caller keeps the verbal title.
No extractor's rules live here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intgraph.language.derivation import action_noun
from intgraph.language.wordlists import _tagger

__all__ = ["nominal_title", "verb_noun"]

# action nouns that are not -ung nouns, with their gender (m, f, n)
_LISTED_NOUNS = {
    "ausbauen": ("Ausbau", "m"),
    "abbauen": ("Abbau", "m"),
    "übernehmen": ("Übernahme", "f"),
    "aufnehmen": ("Aufnahme", "f"),
    "teilnehmen": ("Teilnahme", "f"),
    "zulassen": ("Zulassung", "f"),
    "einbeziehen": ("Einbeziehung", "f"),
    "fortführen": ("Fortführung", "f"),
    "fortschreiben": ("Fortschreibung", "f"),
    "ausweiten": ("Ausweitung", "f"),
    "aufheben": ("Aufhebung", "f"),
    "erhöhen": ("Erhöhung", "f"),
    "beschleunigen": ("Beschleunigung", "f"),
    "verlängern": ("Verlängerung", "f"),
    "vereinfachen": ("Vereinfachung", "f"),
    "entlasten": ("Entlastung", "f"),
    "beteiligen": ("Beteiligung", "f"),
    "sichern": ("Sicherung", "f"),
    "erweitern": ("Erweiterung", "f"),
}
# light verbs whose -ung noun is no reading of the action ("Gebung"), or whose object is what a
# reader names the motion by: verbs of giving, granting and enabling
_GIVING = {
    "ermöglichen",
    "geben",
    "gewähren",
    "garantieren",
    "verschaffen",
    "eröffnen",
    "erteilen",
    "zusichern",
    "anbieten",
    "bieten",
    "einräumen",
    "zugestehen",
    "zahlen",
    "zusagen",
    "erlauben",
    "gestatten",
    "vorschreiben",
}
# verbs of creating: their object is what the action brings about (an effected object), and a
# reader names the motion by that thing ("ein Monitoring einzurichten" → "Monitoring"), as
# with the verbs of giving, with or without a recipient
_CREATING = {
    "einführen",
    "einrichten",
    "schaffen",
    "auflegen",
    "gründen",
    "errichten",
}
_ZU_INFINITIVE = re.compile(
    r"^(?P<p>zusammen|zurück|weiter|wieder|bereit|sicher|durch|fest|frei|fort|hoch|nach|auf|aus"
    r"|bei|ein|mit|vor|dar|los|ab|an|um|zu)zu(?P<v>[a-zäöüß]{3,}(?:en|[lr]n))$"
)
_INFINITIVE = re.compile(r"^[a-zäöüß]{3,}(?:en|[lr]n)$")
_NEGATION = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "weder"}
# articles of an accusative object, with the gender they show (p: plural or feminine)
_ACCUSATIVE_ARTICLE = {"die": "p", "das": "n", "den": "m", "ein": "n", "eine": "f", "einen": "m"}
_GENITIVE_ARTICLE = {"p": "der", "f": "einer", "n": "des", "m": "des"}
_INDEFINITE_GENITIVE = {"n": "eines", "m": "eines", "f": "einer"}
# the strong ending of an adjective before a noun without article (nominative), by gender
_STRONG = {"m": "er", "f": "e", "n": "es", "p": "e"}
_PREPOSITIONS = {
    "für",
    "zu",
    "zum",
    "zur",
    "im",
    "in",
    "ins",
    "an",
    "am",
    "auf",
    "bei",
    "beim",
    "mit",
    "nach",
    "von",
    "vom",
    "aus",
    "durch",
    "über",
    "unter",
    "vor",
    "bis",
    "per",
    "ab",
    "gegen",
    "ohne",
    "seit",
    "während",
    "wegen",
    "um",
    "innerhalb",
    "außerhalb",
}
# determiners and pronouns this grammar does not turn (a possessive's case needs its owner's
# gender; a subject pronoun makes the clause no infinitive clause)
_UNTURNED = re.compile(
    r"^(?:ihr\w*|sein\w*|unser\w*|dies\w*|jed\w*|alle\w*|welch\w*|sich|sie|er|es|wir|man|dass|der|dem|des|einem|einer|eines)$"
)
_NOUN = re.compile(r"^[A-ZÄÖÜ][\w-]*$")
_ADJECTIVE_INFLECTED = re.compile(r"^[a-zäöüß][\w-]*?(?:e|en|er|es|em)$")
_TOKEN = re.compile(r"\S+")


def verb_noun(verb: str) -> tuple[str, str] | None:
    """The action noun of a clause-final verb form and its gender.

    >>> verb_noun("auszubauen"), verb_noun("gesetzlich"), verb_noun("zu verankern")
    (('Ausbau', 'm'), None, ('Verankerung', 'f'))
    """
    infinitive = _infinitive(verb)
    if infinitive is None:
        return None
    if infinitive in _LISTED_NOUNS:
        return _LISTED_NOUNS[infinitive]
    noun = action_noun(infinitive)
    return (noun, "f") if noun and noun.endswith("ung") else None


def _infinitive(verb: str) -> str | None:
    verb = verb.strip()
    if verb.startswith("zu "):
        verb = verb[3:].strip()
    m = _ZU_INFINITIVE.match(verb)
    if m:
        return (m.group("p") if m.group("p") != "zu" else "zu") + m.group("v")
    return verb if _INFINITIVE.match(verb) else None


@lru_cache(maxsize=1 << 14)
def _analysis(word: str) -> tuple[tuple[str, str], ...]:
    return tuple((m, t) for m, t in _tagger().analyze(word, taglevel=3)[1])


@lru_cache(maxsize=1 << 14)
def _is_adverb_of_manner(word: str) -> bool:
    tags = _tagger().tag_word(word)
    return bool(tags) and tags[0][0] == "ADJ(D)"


# nouns whose plural is in -en: feminine suffixes, weak masculine nouns
_PLURAL_IN_EN = re.compile(
    r"(?:frau|heit|keit|schaft|ung|ion|tät|ur|ik|ei|ant|ent|ist|at|mensch|nachbar|bauer|herr|held|graf)$"
)


def _dative_plural_to_accusative(noun: str) -> str | None:
    """``Flüchtlingen`` → ``Flüchtlinge``, ``Kindern`` → ``Kinder``, ``Geduldeten`` →
    ``Geduldete``, ``Kommunen`` → ``Kommunen``; None where the form is no dative plural."""
    parts = _analysis(noun)
    if not parts:
        return None
    stem, suffix = parts[-1]
    if suffix == "SUF_ADJ" and stem == "en":  # a nominalised adjective or participle
        return noun[:-1]
    if suffix != "SUF_NN":
        return None
    before = parts[-2] if len(parts) >= 2 else ("", "")
    if stem == "s" or noun.endswith("innen"):  # Kita-s, Migrantinnen: the plural itself
        return noun
    if stem == "ern":  # Kind-ern
        return noun[:-1]
    if stem == "n" and re.search(r"(?:er|el)n$", noun):  # Asylbewerber-n
        return noun[:-1]
    if stem == "n" and noun.endswith("en"):  # Kommune-n: the plural itself
        return noun
    if stem == "en":
        # Flüchtling-e-n, Landkreis-e-n, Verein-e-n: the plural in -e (masculine and neuter
        # nouns); Frau-en, Mensch-en, Student-en: the plural itself (feminine nouns, whose
        # suffixes tell them, and weak masculine ones)
        if _PLURAL_IN_EN.search(before[0]) and before[1] != "NN_VAR":
            return noun
        return noun[:-1]
    return None


class _Phrase:
    """A noun phrase of a clause: its determiner (or ""), modifiers, nouns (the last the head)."""

    __slots__ = ("det", "mods", "nouns")

    def __init__(self, det: str, mods: list[str], nouns: list[str]) -> None:
        self.det, self.mods, self.nouns = det, mods, nouns


def _split_np(words: list[str], start: int) -> tuple[_Phrase, int] | None:
    """The noun phrase starting at ``start``: optional determiner, modifiers (lowercase words),
    the head noun (a coordinated ``Sprach- und Berufsberatung`` whole), and where it ends."""
    i = start
    n = len(words)
    det = ""
    if i < n and (words[i] in _ACCUSATIVE_ARTICLE or words[i] == "mehr"):
        det = words[i]
        i += 1
    mods: list[str] = []
    while i < n and not _NOUN.match(words[i]):
        w = words[i]
        if w in _PREPOSITIONS or w in _NEGATION or _UNTURNED.match(w) or not w.isalpha():
            return None
        if w in _ACCUSATIVE_ARTICLE or w == "mehr":
            return None
        mods.append(w)
        i += 1
    if i >= n:
        return None
    first = i
    while i + 2 < n and words[i].endswith("-") and words[i + 1] in ("und", "oder"):
        i += 2
    return _Phrase(det, mods, words[first : i + 1]), i + 1


def _strong(adjectives: list[str], gender: str) -> list[str]:
    """Adjectives re-inflected strong (nominative, no article): ``kommunale`` (n) → ``kommunales``."""
    out = []
    for w in adjectives:
        if _ADJECTIVE_INFLECTED.match(w) and not _is_adverb_of_manner(w):
            out.append(re.sub(r"(?:en|er|es|em|e)$", "", w) + _STRONG[gender])
        else:
            out.append(w)
    return out


def _weak(adjectives: list[str]) -> list[str]:
    """Adjectives after a genitive article or in the dative plural: ``doppelte`` → ``doppelten``."""
    out = []
    for w in adjectives:
        if _ADJECTIVE_INFLECTED.match(w) and not _is_adverb_of_manner(w):
            out.append(re.sub(r"(?:en|er|es|em|e)$", "", w) + "en")
        else:
            out.append(w)
    return out


# masculine and neuter heads whose genitive singular adds nothing: Latin and Greek -us
# (``des Status``, ``des Rassismus``) and the French ``Fonds``
_GENITIVE_UNCHANGED = re.compile(r"(?:us|fonds)$")
# heads ending in a sibilant take ``-es`` (``Kurses``, ``Prozesses``, ``Einsatzes``), those in
# ``-nis`` double the ``s`` (``Bündnisses``)
_SIBILANT_END = re.compile(r"(?:s|ß|x|z|sch)$")


def _genitive_singular(noun: str) -> str | None:
    """The genitive singular of a masculine or neuter noun in its accusative form, the head of
    a compound deciding: ``Kurszugang`` → ``Kurszugangs``, ``Integrationsmonitoring`` →
    ``Integrationsmonitorings``, ``Kurs`` → ``Kurses``, ``Bündnis`` → ``Bündnisses``,
    ``Härtefallfonds`` and ``BAMF`` unchanged. None where the accusative form carries a noun
    suffix (``den Studenten``: a weak noun; ``den Ländern``: a dative plural)."""
    if not noun[-1:].isalpha() or noun.isupper():
        return noun  # an acronym ("des BAMF")
    parts = _analysis(noun)
    if not parts or parts[-1][1] == "SUF_NN":
        return None
    low = noun.lower()
    if _GENITIVE_UNCHANGED.search(low):
        return noun
    if low.endswith("nis"):
        return noun + "ses"
    if _SIBILANT_END.search(low):
        return noun + "es"
    return noun + "s"


def _genitive(np: _Phrase) -> str | None:
    """The genitive attribute of an accusative object: ``die doppelte Staatsbürgerschaft`` →
    ``der doppelten Staatsbürgerschaft``, ``eine bessere Versorgung`` → ``einer besseren
    Versorgung``, ``mehr Geld`` → ``von mehr Geld``; a masculine or neuter object's head takes
    the genitive ending (:func:`_genitive_singular`): ``den Kurszugang`` → ``des
    Kurszugangs``, ``einen bundesweiten Aktionsplan`` → ``eines bundesweiten Aktionsplans``.

    None where the head's genitive is not known (a weak noun, a dative plural after ``den``)
    and for an article-less plural (``von Arbeitsverboten``): the verbal title stays."""
    if np.det == "mehr":
        return " ".join(["von mehr", *np.mods, *np.nouns])
    gender = _ACCUSATIVE_ARTICLE.get(np.det)
    if gender is None:
        return None
    art = (
        _INDEFINITE_GENITIVE[gender]
        if np.det in ("eine", "ein", "einen")
        else _GENITIVE_ARTICLE[gender]
    )
    nouns = list(np.nouns)
    if gender in ("m", "n"):
        head = _genitive_singular(nouns[-1])
        if head is None:
            return None
        nouns[-1] = head
    return " ".join([art, *_weak(np.mods), *nouns])


def _nominative(np: _Phrase) -> str:
    """An accusative object as a title's head: ``das kommunale Wahlrecht`` → ``kommunales
    Wahlrecht``, ``ein Bleiberecht`` → ``Bleiberecht``."""
    if np.det in _ACCUSATIVE_ARTICLE:
        return " ".join([*_strong(np.mods, _ACCUSATIVE_ARTICLE[np.det]), *np.nouns])
    return " ".join([np.det, *np.mods, *np.nouns]).strip()


def _recipient(np: _Phrase) -> str | None:
    """A dative recipient after ``für``: ``anerkannten Flüchtlingen`` → ``anerkannte
    Flüchtlinge``, ``den Kommunen`` → ``die Kommunen``; None for no dative plural."""
    *nouns, head = np.nouns
    noun = _dative_plural_to_accusative(head)
    if noun is None:
        return None
    if np.det == "den" and head.endswith("n"):
        return " ".join(["die", *np.mods, *nouns, noun])
    if np.det:
        return None
    mods = [
        re.sub(r"en$", "e", w)
        if _ADJECTIVE_INFLECTED.match(w) and not _is_adverb_of_manner(w)
        else w
        for w in np.mods
    ]
    return " ".join([*mods, *nouns, noun])


@lru_cache(maxsize=4096)
def nominal_title(clause: str) -> str | None:
    """The nominal title of one infinitive clause (its verb last, ``zu`` or not).

    >>> nominal_title("die Berufssprachkurse bedarfsgerecht auszubauen")
    'bedarfsgerechter Ausbau der Berufssprachkurse'
    >>> nominal_title("die Kurse für Geduldete bis 2026 gesetzlich zu verankern")
    'gesetzliche Verankerung der Kurse für Geduldete bis 2026'
    >>> nominal_title("Drittstaatsangehörigen das kommunale Wahlrecht zu geben")
    'kommunales Wahlrecht für Drittstaatsangehörige'
    >>> nominal_title("die Mittel für die Migrationsberatung nicht zu kürzen") is None
    True
    """
    # (scare quotes inside the clause are no part of its grammar: "die Zuwanderung „wirksam zu
    # begrenzen“")
    words = [
        w for w in (t.strip('„“”»«"') for t in _TOKEN.findall(clause.strip().rstrip(" .,;"))) if w
    ]
    if len(words) < 2:
        return None
    verb = words.pop()
    if words and words[-1] == "zu":
        words.pop()
    infinitive = _infinitive(verb)
    if infinitive is None or not words:
        return None
    if any(w.lower() in _NEGATION for w in words) or any(
        not re.match(r"^[\w„“\"()-]+$", w) for w in words
    ):
        return None
    # adverbs of manner right before the verb: the noun's adjective
    manner: list[str] = []
    while words and words[-1].islower() and _is_adverb_of_manner(words[-1]):
        manner.insert(0, words.pop())
    if not words:
        return None
    # adverbs of manner before the object ("schneller ein Bleiberecht")
    lead = 0
    while lead < len(words) and words[lead].islower() and _is_adverb_of_manner(words[lead]):
        lead += 1
    if lead and lead < len(words) and words[lead] in _ACCUSATIVE_ARTICLE:
        manner += words[:lead]
        del words[:lead]
    split = _split_np(words, 0)
    if split is None:
        return None
    obj, end = split
    recipient = None
    between: list[str] = []
    # a second noun phrase led by an accusative article after the first (maybe after a
    # prepositional phrase or adverbs): the first is the dative recipient
    j = end
    while j < len(words):
        w = words[j]
        if w in _ACCUSATIVE_ARTICLE or w == "mehr":
            second = _split_np(words, j)
            if second is not None:
                recipient = _recipient(obj)
                if recipient is None:
                    return None
                obj, end = second
            break
        if w in _PREPOSITIONS:  # a prepositional phrase: up to its noun
            k = j + 1
            while k < len(words) and not _NOUN.match(words[k]):
                k += 1
            while k + 1 < len(words) and words[k + 1].isdigit():  # "ab Klasse 5"
                k += 1
            # "vom ersten Tag an", "ab 2026 an": the postposition closes the phrase
            if w in ("vom", "von", "ab") and k + 1 < len(words) and words[k + 1] == "an":
                k += 1
            between.extend(words[j : k + 1])
            j = k + 1
            continue
        if w.islower() and _is_adverb_of_manner(w):
            between.append(w)
            j += 1
            continue
        break
    if recipient is None:
        between = []
    else:
        manner += [w for w in between if w.islower() and _is_adverb_of_manner(w)]
        between = [w for w in between if not (w.islower() and _is_adverb_of_manner(w))]
    rest = words[end:]
    if any(w in ("und", "oder", "sowie") for w in rest[:1]):
        return None  # coordinated objects ("die Kurse und die Beratung"): each its own case
    # a thing created names the motion where words go with it ("ein landesweites Monitoring");
    # a bare noun ("einen Beirat einzurichten") takes the action noun ("Einrichtung eines
    # Beirats"), an article-less plural ("Beiräte einzurichten") keeps the verbal title
    bare = not obj.mods and not rest and recipient is None and not manner
    if infinitive in _CREATING and not (obj.det or obj.mods):
        return None
    if infinitive in _GIVING or (infinitive in _CREATING and not bare):
        if recipient is None and infinitive not in _CREATING:
            return None
        gender = _ACCUSATIVE_ARTICLE.get(obj.det, "p")
        parts = [*(w + _STRONG[gender] for w in manner), _nominative(obj), *rest]
    else:
        noun = verb_noun(verb)
        attr = _genitive(obj) if noun else None
        if noun is None or attr is None:
            return None
        name, gender = noun
        parts = [*(w + _STRONG[gender] for w in manner), name, attr, *rest]
    if recipient is not None:
        parts += ["für", recipient, *between]
    return " ".join(p for p in parts if p)
