"""Predicates of saying (verba dicendi) and of attitude, by lemma, with their finite forms.

A quotation inside a sentence is a person's words where the sentence's predicate is one of
these and the person is its subject: ``X spricht von einem „Kraftakt“``, ``X nannte
die Einigung einen „Etappensieg“``, ``X warf ihm vor, „…“``, ``X zeigte sich überzeugt:
„…“``, ``Dann wurde er deutlich: „…“``. The forms are generated from the lemma's stem (weak
verbs: ``sag`` → sagt, sagte, sagen, sagten) or listed (strong and mixed verbs); a separable
verb counts only with its particle later in the clause (``warf … vor``, ``stimmte … zu``).
"""

from __future__ import annotations

import re

__all__ = [
    "AFTER_QUOTE_VERBS",
    "SPEECH_PREDICATE",
    "finite_speech_verbs",
    "word_alternation",
]

# weak verbs of saying, by stem
_WEAK = """
sag erklär beton ergänz erläuter forder kritisier mahn bekräftig warn resümier bilanzier
appellier versicher kommentier begrüß bedauer lob würdig reagier äußer erinner beklag entgegn
konter antwort bericht schilder begründ klag bezeichn zitier bestätig bemerk verdeutlich
präzisier argumentier befürcht formulier monier verteidig bemängel rechtfertig erzähl beteuer erwider wiederhol
""".split()
# strong and mixed verbs: 3rd person present singular, past singular, present plural, past plural
_STRONG = {
    "sprechen": "spricht sprach sprechen sprachen",
    "nennen": "nennt nannte nennen nannten",
    "unterstreichen": "unterstreicht unterstrich unterstreichen unterstrichen",
    "schreiben": "schreibt schrieb schreiben schrieben",
    "rufen": "ruft rief rufen riefen",
    "bekennen": "bekennt bekannte bekennen bekannten",
    "versprechen": "verspricht versprach versprechen versprachen",
    "widersprechen": "widerspricht widersprach widersprechen widersprachen",
    "meinen": "meint meinte meinten",  # not "meinen" (also the possessive)
    "beschreiben": "beschreibt beschrieb beschreiben beschrieben",
}
# separable verbs: the finite forms and the particle that closes the clause
_SEPARABLE = {
    "hervorheben": ("hebt hob heben hoben", "hervor"),
    "hinzufügen": ("fügt fügte fügen fügten", "hinzu"),
    "ankündigen": ("kündigt kündigte kündigen kündigten", "an"),
    "vorwerfen": ("wirft warf werfen warfen", "vor"),
    "zustimmen": ("stimmt stimmte stimmen stimmten", "zu"),
    "einräumen": ("räumt räumte räumen räumten", "ein"),
    "klarstellen": ("stellt stellte stellen stellten", "klar"),
    "feststellen": ("stellt stellte stellen stellten", "fest"),
    "ausführen": ("führt führte führen führten", "aus"),
    "hinweisen": ("weist wies weisen wiesen", "hin"),
    "zugeben": ("gibt gab geben gaben", "zu"),
    "mitteilen": ("teilt teilte teilen teilten", "mit"),
    "aufrufen": ("ruft rief rufen riefen", "auf"),
    "anmerken": ("merkt merkte merken merkten", "an"),
    "einwenden": ("wendet wandte wendete wenden wandten", "ein"),
    "zurückweisen": ("weist wies weisen wiesen", "zurück"),
    "vorrechnen": ("rechnet rechnete rechnen rechneten", "vor"),
    "zusammenfassen": ("fasst fasste fassen fassten", "zusammen"),
}
# attitude adjectives after "zeigte sich" / "gab sich"
_ATTITUDE = (
    r"überzeugt|zufrieden|erfreut|besorgt|enttäuscht|optimistisch|zuversichtlich|erleichtert|"
    r"skeptisch|kämpferisch|selbstbewusst|entschlossen|beeindruckt|dankbar|stolz|kritisch|"
    r"verärgert|empört|offen|gelassen|nachdenklich|bewegt|irritiert|alarmiert|froh|euphorisch|"
    r"gelöst|zurückhaltend|nüchtern|vorsichtig|gefasst|betroffen|angespannt|verhalten|ratlos|"
    r"resigniert|begeistert|ungeduldig|versöhnlich|angriffslustig"
)


# verbs of thinking and feeling that attribute a quotation when they follow it in inverted
# order ("„…“, findet X", "„…“, ist sich X sicher"); inside a sentence they report no words
AFTER_QUOTE_VERBS = (
    r"findet|fand|finden|fanden|glaubt|glaubte|glauben|glaubten|hofft|hoffte|hoffen|hofften|"
    r"weiß|wusste|wissen|wussten|ärgert|ärgerte|wundert|wunderte|(?:ist|war|sind|waren)\s+sich"
)


def _weak_forms(stem: str) -> list[str]:
    if re.search(r"(?:[td]|[^aeiouäöülrh]n|chn)$", stem):
        # antwortet, berichtete, begründet, entgegnete, bezeichnet
        return [stem + "et", stem + "ete", stem + "en", stem + "eten"]
    if stem.endswith(("er", "el")) and not stem.endswith("ier"):
        # erläutert, erläuterte, erläutern, erläuterten
        return [stem + "t", stem + "te", stem + "n", stem + "ten"]
    return [stem + "t", stem + "te", stem + "en", stem + "ten"]


def word_alternation(words: list[str]) -> str:
    """A regular expression that matches exactly ``words``, their common prefixes factored out
    (``sag(?:t(?:e(?:n)?)?|en)``): matching costs the length of a word, not the number of
    words, as a plain ``a|b|c`` alternation would.

    >>> import re
    >>> rx = re.compile(rf"(?:{word_alternation(['sagt', 'sagte', 'sagten', 'so'])})$")
    >>> [bool(rx.match(w)) for w in ("sagt", "sagte", "sagten", "so", "sag", "sagtes")]
    [True, True, True, True, False, False]
    """
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def finite_speech_verbs() -> list[str]:
    """Every finite 3rd-person form of a non-separable verb of saying (longest first)."""
    forms = {f for stem in _WEAK for f in _weak_forms(stem)}
    forms |= {f for v in _STRONG.values() for f in v.split()}
    return sorted(forms, key=lambda f: (-len(f), f))


_FINITE = word_alternation(finite_speech_verbs())
_SEP = "|".join(
    rf"(?:{'|'.join(forms.split())})\b(?:[^.!?;:„“”»«\"]{{0,120}}?)\b{particle}"
    for forms, particle in _SEPARABLE.values()
)
# a predicate of saying or of attitude, anywhere in a clause
SPEECH_PREDICATE = re.compile(
    rf"(?<![\w-])(?:(?:{_FINITE})"
    rf"|{_SEP}"
    rf"|(?:zieht|zog|zogen|ziehen)\s+(?:(?:eine|ihre|seine|eine\s+\w+e)\s+)?Bilanz"
    rf"|(?:zeigt|zeigte|zeigten|zeigen|gibt|gab|gaben|geben)\s+sich\s+(?:\w+\s+)?(?:{_ATTITUDE})"
    # a verb of seeming with the speaker's manner ("X wirkte weniger euphorisch: „…“", "Sie
    # blieb gelassen: „…“"), not the copula "sein", which states rather than introduces
    rf"|(?:wirkt|wirkte|wirkten|wirken|klingt|klang|klangen|klingen|bleibt|blieb|blieben|bleiben)"
    rf"\s+(?:\w+\s+)?(?:{_ATTITUDE})"
    r"|(?:wird|wurde|werden|wurden)\s+(?:\w+\s+)?(?:deutlich|grundsätzlich|konkret|emotional)"
    r"|(?:findet|fand|finden|fanden)\s+(?:\w+\s+)?(?:deutliche|klare|scharfe|eindringliche)\s+Worte"
    r"|(?:ist|war|sind|waren)\s+sich\s+(?:\w+\s+)?(?:sicher|gewiss|einig|bewusst)"
    r"|(?:bringt|brachte|bringen|brachten)\s+es\s+(?:\w+\s+)?auf\s+den\s+Punkt"
    r"|(?:meldet|meldete|melden|meldeten)\s+sich\b[^.!?;„“»«\"]{0,80}?\bzu\s+Wort"
    r"|(?:lässt|ließ|lassen|ließen)\s+(?:\w+\s+)?keinen\s+Zweifel"
    r")(?![\w-])"
)
