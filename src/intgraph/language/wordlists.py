"""Word lists from kept lexical packages (the only module that imports them).

* ``german-nouns`` (German Wiktionary, CC BY-SA 4.0): every inflected form of about 100,000
  German nouns, tagged common noun, given name (``Vorname``), family name (``Nachname``),
  proper name or place. Read once per process from the CSV the package ships (about 1.7 s,
  40 MB), without the package's own index (2.7 s, 250 MB).
* ``gender-guesser`` (the ``nam_dict`` list of about 45,000 given names of many countries,
  GPL-3.0): whether a token is a given name (0.4 s to load).

Measured choices and figures: ``src/intgraph/language/README.md``.
"""

from __future__ import annotations

import csv
import importlib.resources
from functools import cache, lru_cache


@cache
def _nouns() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(common-noun forms, given-name forms, family-name forms) of german-nouns."""
    common: set[str] = set()
    given: set[str] = set()
    family: set[str] = set()
    path = importlib.resources.files("german_nouns") / "nouns.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if len(row) < 2 or not row[0]:
                continue
            tags = set(row[1].split(","))
            if "Substantiv" not in tags:
                continue
            forms = {c for c in (row[0], *row[7:]) if c}
            if "Vorname" in tags:
                given |= forms
            elif "Nachname" in tags:
                family |= forms
            elif not tags & {"Eigenname", "Toponym", "Abkürzung", "Buchstabe"}:
                common |= forms
    return frozenset(common), frozenset(given), frozenset(family)


@cache
def _detector():  # -> gender_guesser.detector.Detector
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def is_common_noun_form(token: str) -> bool:
    """The token is an inflected form of a German common noun (``Charta``, ``Integrationskurse``).

    >>> is_common_noun_form("Charta"), is_common_noun_form("Köpping")
    (True, False)
    """
    return token in _nouns()[0]


@lru_cache(maxsize=1 << 16)
def is_given_name_form(token: str) -> bool:
    """The token is listed as a given name (either list), each part of ``Marie-Luise`` too.

    >>> is_given_name_form("Merle"), is_given_name_form("Marie-Luise"), is_given_name_form("Charta")
    (True, True, False)
    """
    parts = token.split("-")
    return all(p in _nouns()[1] or _detector().get_gender(p) != "unknown" for p in parts if p)


def is_listed_given_name(token: str) -> bool:
    """The token is a given name in german-nouns (``Maria``, ``Klaus``: also nouns there)."""
    return all(p in _nouns()[1] for p in token.split("-") if p)


def is_family_name_form(token: str) -> bool:
    """The token is listed as a family name (``Weber``, ``Müller``)."""
    return token in _nouns()[2]
