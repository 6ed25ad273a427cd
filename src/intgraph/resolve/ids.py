"""Stable keys and IRIs. IRIs come from keys, never from display names: Länder by ISO 3166-2
code, sessions by number, ministries and programmes by their reference key, documents by
content hash. Where no registry key exists (persons, unlisted programmes), the key is the
normalised name, and the entity says so (``ig:provisional``)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_TRANSLIT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
)


def slug(s: str) -> str:
    """An ASCII key: lower case, umlauts transliterated, other runs as single hyphens.

    >>> slug("Petra Köpping"), slug("Aydan Özoğuz"), slug("Bürger*innen\\u00ad-Dialog")
    ('petra-koepping', 'aydan-oezoguz', 'buerger-innen-dialog')
    """
    s = unicodedata.normalize("NFC", s).translate(_TRANSLIT).lower()
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def short_hash(*parts: str, length: int = 10) -> str:
    """A short hexadecimal digest of the parts (stable across runs and machines)."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:length]


def fold(s: str) -> str:
    """Case- and accent-insensitive form used to compare names."""
    s = unicodedata.normalize("NFC", s).translate(_TRANSLIT).lower()
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
