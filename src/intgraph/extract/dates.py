"""The publication date a document prints for itself (letterhead, ``Datum``, ``Stand:``,
``Nr.057 | 28.03.2019 | …``), as opposed to the event dates it reports."""

from __future__ import annotations

import re

from intgraph.language.dates import parse_numeric

_DOC_DATE = [
    re.compile(
        r"(?:Pressemitteilung|Presseinformation|Medieninformation|Mitteilung)\s+vom\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    ),
    re.compile(
        r"(?:Erschienen|Veröffentlicht|Veröffentlichung)\s+am\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    ),
    re.compile(r"(?:^|\n)\s*(?:Datum|Stand)\s*:?\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"),
    re.compile(
        r"(?:^|\n)\s*(?:Nr\.\s?\d+\s*\|\s*)?(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*(?:\||\n|$)"
    ),
]


def document_date(text: str, head_chars: int = 3000) -> tuple[str, int, int] | None:
    """The publication date a document prints for itself (not an event date).

    >>> document_date("Medieninformation\\n\\n21.03.2024\\n\\nHeute endete …")[0]
    '2024-03-21'
    >>> document_date("Nr.057  | 28.03.2019  | SM  | Ministerium")[0]
    '2019-03-28'
    >>> document_date("Die Konferenz am 29. April 2021 per Video") is None
    True
    """
    head = text[:head_chars]
    for rx in _DOC_DATE:
        m = rx.search(head)
        if m:
            value = parse_numeric(m.group("date"))
            if value:
                return value, m.start("date"), m.end("date")
    return None
