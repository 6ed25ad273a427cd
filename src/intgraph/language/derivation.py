"""Action nouns of German verbs: ``anerkennen`` → ``Anerkennung``, ``digitalisieren`` →
``Digitalisierung``, ``verbessern`` → ``Verbesserung``, from the infinitive, the zu-infinitive of
a separable verb (``anzuerkennen``) or the weak past participle (``gekürzt``, ``digitalisiert``).

Motion titles are written in the nominal style ("Digitalisierung der Einbürgerungsverfahren")
while news tell the demand as a verb ("die Verfahren zu digitalisieren"). The noun is formed by
the productive suffix ``-ung`` and kept only where the lexicon (HanTa, through
:mod:`intgraph.language.wordlists`) knows it as a noun, so that ``geben`` gives no ``Gebung``.
Light verbs whose ``-ung`` noun means something else (``halten`` / ``Haltung``) are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intgraph.language.wordlists import word_class

__all__ = ["action_noun"]

# separable particles that a zu-infinitive puts before "zu" ("an-zu-erkennen")
_PARTICLES = (
    "zusammen",
    "zurück",
    "weiter",
    "wieder",
    "bereit",
    "sicher",
    "durch",
    "fest",
    "frei",
    "fort",
    "hoch",
    "nach",
    "auf",
    "aus",
    "bei",
    "ein",
    "mit",
    "vor",
    "dar",
    "los",
    "ab",
    "an",
    "um",
)
_ZU_INFINITIVE = re.compile(rf"^(?P<p>{'|'.join(_PARTICLES)})zu(?P<v>[a-zäöüß]{{3,}}(?:en|[lr]n))$")
# weak participles: ("ab", "an" …)? "ge" stem "t"/"et"; or a verb in -ieren: stem "iert"
_PARTICIPLE = re.compile(
    rf"^(?P<p>{'|'.join(_PARTICLES)})?ge(?P<s>[a-zäöüß]{{3,}}?)e?t$|^(?P<i>[a-zäöüß]{{3,}}ier)t$"
)
# simple verbs whose -ung noun is lexicalised as a thing, a state, a body or a result, not the
# action: "Haltung", "Stellung", "Leistung"; "Bildung" (education), "Führung" (leadership),
# "Fassung" (a version), "Beziehung", "Rechnung", "Handlung", "Meinung", "Stimmung",
# "Regierung", "Verwaltung", "Leitung", "Sitzung", "Bedeutung", "Erfahrung". A particle verb
# is looked up whole: "ausbilden" -> "Ausbildung", "durchführen" -> "Durchführung" stand.
_LIGHT = {
    "halten",
    "stellen",
    "setzen",
    "legen",
    "leisten",
    "richten",
    "ordnen",
    "wohnen",
    "bilden",
    "führen",
    "fassen",
    "beziehen",
    "rechnen",
    "handeln",
    "meinen",
    "stimmen",
    "regieren",
    "verwalten",
    "leiten",
    "sitzen",
    "ziehen",
    "wenden",
    "bedeuten",
    "erfahren",
    "kleiden",
    "heizen",
    "spannen",
    "achten",
    "dichten",
    "zeichnen",
    "lagern",
}


@lru_cache(maxsize=4096)
def action_noun(verb: str) -> str | None:
    """The ``-ung`` noun of a verb form, if the lexicon knows it.

    >>> [action_noun(v) for v in ("anzuerkennen", "digitalisieren", "verbessern", "gekürzt", "geben")]
    ['Anerkennung', 'Digitalisierung', 'Verbesserung', 'Kürzung', None]
    >>> action_noun("weiterzuentwickeln")
    'Weiterentwicklung'
    """
    if not verb or not verb.islower():
        return None
    infinitive = _infinitive(verb)
    if infinitive is None or infinitive in _LIGHT:
        return None
    if re.search(r"[^e]eln$", infinitive):
        stem = infinitive[:-3] + "l"  # "entwickeln" -> "Entwicklung"
    elif re.search(r"[^e]ern$", infinitive):
        stem = infinitive[:-1]  # "verbessern" -> "Verbesserung"
    else:
        stem = infinitive[:-2]
    if len(stem) < 4:
        return None
    noun = stem[0].upper() + stem[1:] + "ung"
    return noun if word_class(noun) in ("noun", "compound") else None


def _infinitive(verb: str) -> str | None:
    m = _ZU_INFINITIVE.match(verb)
    if m:
        return m.group("p") + m.group("v")
    if verb.endswith("en") or re.search(r"[^e](?:er|el)n$", verb):
        return verb
    m = _PARTICIPLE.match(verb)
    if m:
        if m.group("i"):
            return m.group("i") + "en"
        return (m.group("p") or "") + m.group("s") + "en"
    return None
