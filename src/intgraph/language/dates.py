"""German dates: ``21.03.2024``, ``21. März 2024``, ``am 21./22. März 2012``, ``16./17. März
2017``, ``19.-20. März 2025``, ``23. bis 24. April 2025``, dates without a year (resolved against
the document's own date).

Shared by every extractor; the document's own publication date is the documents extractor's
(:mod:`intgraph.extract.dates`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from intgraph.language.scan import guard_module

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
_MONTH = "(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + ")"
NUMERIC = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?!\d)")
WRITTEN = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.?(?:\s*(?:/|-|–|bis|und)\s*(?P<d2>\d{1,2})\.?)?\s+"
    + _MONTH
    + r"(?:\s+(?P<y>(?:19|20)\d{2}))?"
)
_YEAR = re.compile(r"(?<![\d./])(?:19[89]\d|20[0-4]\d)(?![\d])")


def iso(d: int, m: int, y: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_numeric(s: str) -> str | None:
    """``21.03.2024`` → ``2024-03-21``.

    >>> parse_numeric("21.03.2024"), parse_numeric("31.02.2024")
    ('2024-03-21', None)
    """
    m = NUMERIC.search(s)
    return iso(int(m["d"]), int(m["m"]), int(m["y"])) if m else None


# the abbreviations of the months a newspaper's header prints ("27. Okt. 2018"), with their
# full stop (DIN 5008: "Sept." beside "Sep."; May has none)
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mär": 3,
    "mrz": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dez": 12,
}
_ABBREVIATED_MONTH = "|".join(
    m.capitalize() + r"\." for m in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)
)

# a full date: 21.03.2024 / 21.3.2024, 21. März 2024 (also 21 März 2024, 21. Okt. 2024),
# 2024-03-21; a header in capitals (``DIENSTAG, 14. MÄRZ 2017``); a numeric date spaced after
# its full stops as typewritten records and parliamentary prints set it (``09. 11. 2015``)
FULL_DATE = re.compile(
    r"(?<![\d.])(?P<nd>\d{1,2})\. ?(?P<nm>\d{1,2})\. ?(?P<ny>(?:19|20)\d{2})(?!\d)"
    r"|(?<![\d.])(?P<wd>\d{1,2})\.?\s+(?P<wm>"
    + "|".join(m.capitalize() for m in MONTHS)
    + "|"
    + "|".join(m.upper() for m in MONTHS)
    + "|"
    + _ABBREVIATED_MONTH
    + r")\s+(?P<wy>(?:19|20)\d{2})(?!\d)"
    r"|(?<![\d-])(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})(?![\d-])"
)


_DIGITS = re.compile(r"\d+")
_FULL_DATE_AT = FULL_DATE.match  # the plain pattern's (tried at a known start, no guard needed)


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A full calendar date written in the text: its ISO value and its character span."""

    value: str
    start: int
    end: int


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateExpr]:
    """Every full date (day, month and year) in ``text[start:end]``, in order.

    >>> [d.value for d in find_dates("Kiel, 4. Mai 2016 (sozmin); 21.3.2012Am; date 2022-01-31")]
    ['2016-05-04', '2012-03-21', '2022-01-31']
    >>> [d.value for d in find_dates("Rheinpfalz | 27. Okt. 2018 | 3. Sept. 2019, 3 Okt 2019")]
    ['2018-10-27', '2019-09-03']
    >>> find_dates("am 31.02.2024 und am 3. Mai")
    []
    >>> [d.value for d in find_dates("DIENSTAG, 14. MÄRZ 2017 | 09. 11. 2015 | 3.  4. 2019")]
    ['2017-03-14', '2015-11-09']
    """
    out = []
    stop = len(text) if end is None else end
    match = _FULL_DATE_AT
    last = 0
    # every date opens a run of digits (no digit before it): the pattern is tried at the runs'
    # starts only, where ``finditer`` tried it at every character (same matches; issue 12)
    for run in _DIGITS.finditer(text, start, stop):
        if run.start() < last:
            continue
        m = match(text, run.start(), stop)
        if m is None:
            continue
        last = m.end()
        if m["nd"]:
            value = iso(int(m["nd"]), int(m["nm"]), int(m["ny"]))
        elif m["wd"]:
            month = m["wm"].lower()
            number = MONTHS.get(month) or MONTH_ABBREVIATIONS[month.rstrip(".")]
            value = iso(int(m["wd"]), number, int(m["wy"]))
        else:
            value = iso(int(m["id"]), int(m["im"]), int(m["iy"]))
        if value:
            out.append(DateExpr(value, m.start(), m.end()))
    return out


# a numeric date with a two-digit year ("Wiesbaden, 12.05.09"): read as 20yy, and only where a
# document prints its own date (the documents in scope are of this century)
SHORT_NUMERIC = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?![\d.]|\s*Uhr)"
)


def find_short_dates(text: str, start: int = 0, end: int | None = None) -> list[DateExpr]:
    """Every ``dd.mm.yy`` date in ``text[start:end]``, the year read as 20yy.

    >>> [d.value for d in find_short_dates("Wiesbaden, 12.05.09 – und 31.02.10, 12.05.2009")]
    ['2009-05-12']
    """
    out = []
    for m in SHORT_NUMERIC.finditer(text, start, len(text) if end is None else end):
        value = iso(int(m["d"]), int(m["m"]), 2000 + int(m["y"]))
        if value:
            out.append(DateExpr(value, m.start(), m.end()))
    return out


# compiled once (and guarded below), where ``re.search`` looked each up again for every sentence
_NEXT_YEAR = re.compile(r"\b(?:[Ii]m\s+nächsten|[Ii]m\s+kommenden|[Kk]ommendes|[Nn]ächstes)\s+Jahr")
_THIS_YEAR = re.compile(r"\b(?:[Ii]n\s+diesem|[Dd]ieses)\s+Jahr")
_TODAY = re.compile(r"\b(?:[Hh]eute|heutigen)\b")
_YESTERDAY = re.compile(r"\b(?:[Gg]estern)\b")


def year_near(sentence: str, doc_year: int | None) -> int | None:
    """The year a sentence gives for an event: explicit, or a day and month in the document's year.

    >>> year_near("am 15. und 16. März 2018 in Nürnberg", None)
    2018
    >>> year_near("am 29. und 30. April in Potsdam", 2020)
    2020
    >>> year_near("im nächsten Jahr in Essen", 2025), year_near("Im kommenden Jahr, am 1. Juli", 2025)
    (2026, 2026)
    """
    m = WRITTEN.search(sentence)
    if m and m.group("y"):
        return int(m.group("y"))
    m2 = NUMERIC.search(sentence)
    if m2:
        return int(m2["y"])
    y = _YEAR.search(sentence)
    if y:
        return int(y.group())
    if doc_year:
        if _NEXT_YEAR.search(sentence):
            return doc_year + 1
        if m or _THIS_YEAR.search(sentence):
            return doc_year
    return None


_WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonntag": 6,
}
_WEEKDAY = re.compile(
    r"\b(?:am\s+)?(?P<rel>kommenden\s+|vergangenen\s+|letzten\s+)?(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b"
)


def event_date(sentence: str, doc_date: str | None) -> str | None:
    """The date of the event a sentence reports, resolved against the document's own date.

    >>> event_date("Die Konferenz fand am 20. und 21. März 2024 in Rostock statt.", None)
    '2024-03-20'
    >>> event_date("Heute endete die Konferenz.", "2024-03-21")
    '2024-03-21'
    >>> event_date("ging am Donnerstag (26. März) in Kiel zu Ende", "2015-03-26")
    '2015-03-26'
    >>> event_date("am kommenden Donnerstag in Berlin", "2019-03-28")
    '2019-04-04'
    >>> event_date("am Donnerstag", None) is None
    True
    """
    doc = date.fromisoformat(doc_date) if doc_date else None
    m = WRITTEN.search(sentence)
    if m:
        year = int(m.group("y")) if m.group("y") else (doc.year if doc else None)
        if year:
            return iso(int(m.group("d")), MONTHS[m.group("month").lower()], year)
    m2 = NUMERIC.search(sentence)
    if m2:
        return iso(int(m2["d"]), int(m2["m"]), int(m2["y"]))
    if doc is None:
        return None
    if _TODAY.search(sentence):
        return doc.isoformat()
    if _YESTERDAY.search(sentence):
        return date.fromordinal(doc.toordinal() - 1).isoformat()
    w = _WEEKDAY.search(sentence)
    if w:
        target = _WEEKDAYS[w.group("wd").lower()]
        delta = (target - doc.weekday()) % 7
        if w.group("rel") and w.group("rel").startswith("kommend"):
            delta = delta or 7
            return date.fromordinal(doc.toordinal() + delta).isoformat()
        back = (doc.weekday() - target) % 7  # the most recent such day, today included
        return date.fromordinal(doc.toordinal() - back).isoformat()
    return None


# issue 16: the patterns above look at a text only where their words occur (same matches)
guard_module(globals())
