"""Lexical knowledge from kept packages (the only module that imports them).

* ``HanTa`` (Hannover Tagger, LGPL-3.0; its German morphological model ships in the wheel):
  the word class of a single capitalised token out of context — a noun or adjective of its
  lexicon, a proper name (``NE``), or only a guess — and the morphemes of compounds
  (``Migration+s+Geschichte``). About 0.5 s to load, 0.6 ms per new word (cached).
* ``gender-guesser`` (the ``nam_dict`` list of about 45,000 given names of many countries,
  GPL-3.0): whether a token is a given name (0.4 s to load).

``german-nouns`` was measured too (better noun coverage) but cannot be installed beside the
HTML reader: it pins ``wiktionary-de-parser<0.10``, which pins ``lxml<5``. Figures:
``src/intgraph/language/README.md``.
"""

from __future__ import annotations

from functools import cache, lru_cache

# a log-probability above this means HanTa read the word from its lexicon rather than guessing
_LEXICAL = -18.0


@cache
def _tagger():  # -> HanTa.HanoverTagger.HanoverTagger
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    # a word outside HanTa's own cache is analysed (``analyze_forward``, a few ms for a long
    # compound) each time it is tagged: ``tag_word`` and ``analyze`` of the same word, and each
    # of the lexicon's tests that asks it, repeated the analysis. Its result depends on the
    # word and the model only, and ``_tag_word`` (its one caller) only reads it: kept by word.
    tagger.analyze_forward = lru_cache(maxsize=1 << 16)(_read_only(tagger.analyze_forward))
    return tagger


def _read_only(analyze):  # type: ignore[no-untyped-def]
    """``analyze`` with its list of (tag, log-probability) pairs given as a tuple (kept
    answers are shared: no caller may change one)."""

    def forward(word: str) -> tuple[tuple[int, float], ...]:
        return tuple(analyze(word))

    return forward


@cache
def _detector():  # -> gender_guesser.detector.Detector
    import gender_guesser.detector

    class Detector(gender_guesser.detector.Detector):
        """The package's detector, its list read whole: ``codecs.open`` reads it line by line
        in Python (0.7 s of the start-up; 0.3 s so). The same lines (``str.splitlines``, as
        ``codecs`` splits), so the same names (compared in tests/language)."""

        def _parse(self, filename: str) -> None:
            self.names = {}
            from pathlib import Path

            for line in Path(filename).read_bytes().decode("utf-8").splitlines():
                self._eat_name_line(line.strip())

    return Detector(case_sensitive=False)


def preload() -> None:
    """Load both lexicons now (about 1 s), e.g. once in a parent before it forks its workers,
    which then share them instead of each loading its own."""
    _tagger()
    _detector()


@lru_cache(maxsize=1 << 17)
def word_class(token: str) -> str:
    """``noun``, ``adjective`` or ``name`` where the lexicon knows the word, ``compound`` for a
    compound of nouns, else ``unknown``.

    >>> [word_class(w) for w in ("Charta", "Breitenbach", "Migrationsgeschichte", "Lindqvist")]
    ['noun', 'name', 'compound', 'unknown']
    >>> word_class("Nationalen")
    'adjective'
    """
    if not token or len(token) > 60:
        return "unknown"
    tagger = _tagger()
    tags = [(t, float(lp)) for t, lp in tagger.tag_word(token)]
    if tags:
        tag, lp = tags[0]
        ne = next((p for t, p in tags if t == "NE"), None)
        if lp > _LEXICAL:
            if tag == "NE":
                return "name"
            if tag == "NN" and (ne is None or lp - ne > 2.0):
                return "noun"
            if tag in ("ADJ(A)", "NNA"):
                return "adjective"
    morphemes = tagger.analyze(token, taglevel=3)[1]
    nouns = [m for m, t in morphemes if t == "NN"]
    # a compound whose head is not one that forms family names (-mann, -macher, -bauer …)
    if len(nouns) >= 2 and len(nouns[-1]) >= 5 and not nouns[-1].endswith("er"):
        return "compound"
    return "unknown"


@lru_cache(maxsize=1 << 16)
def is_common_word(token: str, strength: float = -13.5) -> bool:
    """The lexicon's first reading of the token is a common noun or adjective, and a firm one
    (log-probability above ``strength``): ``Ende``, ``Titel``, ``Manne`` (a form of Mann), not the
    rare nouns ``Merle`` or ``Kai`` that are mostly given names."""
    tags = _tagger().tag_word(token) if token and len(token) <= 60 else []
    return bool(tags) and tags[0][0] in ("NN", "NNA", "ADJ(A)") and float(tags[0][1]) > strength


@lru_cache(maxsize=1 << 16)
def is_given_name_form(token: str) -> bool:
    """The token is listed as a given name, each part of ``Marie-Luise`` too.

    >>> is_given_name_form("Merle"), is_given_name_form("Marie-Luise"), is_given_name_form("Charta")
    (True, True, False)
    """
    parts = [p for p in token.split("-") if p]
    return bool(parts) and all(_detector().get_gender(p) != "unknown" for p in parts)


@lru_cache(maxsize=1 << 16)
def given_name_gender(token: str) -> bool | None:
    """True for a female given name, False for a male one, None where the list does not say."""
    g = _detector().get_gender(token)
    if g in ("female", "mostly_female"):
        return True
    if g in ("male", "mostly_male"):
        return False
    return None
