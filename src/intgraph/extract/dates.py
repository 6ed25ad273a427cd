"""The publication date a document prints for itself, as opposed to the event dates it reports.

Press offices, portals and newspapers print it in a few positions, and only there does a full
date (:func:`intgraph.language.dates.find_dates`) count:

* after a label: ``Pressemitteilung vom …``, ``Medieninformation der Staatskanzlei vom …``,
  ``Pressemitteilung 10/2020 vom …``, ``Nr. 112/2020 vom …``, a label line ending in a colon
  above the date (``erstellt am:``), ``Datum:`` (``Datum: Mittwoch, …``), ``Stand:``,
  ``Veröffentlicht:``, ``Erstellt:``, ``Erschienen am``, ``Erstveröffentlichung``, a capture's
  ``date`` metadata line, a Drucksache's electoral-term line (``21. Wahlperiode      21.08.2024``);
* under the ``Datum`` heading of a letter's reference line (DIN 5008: ``Ihr Zeichen   Unser
  Zeichen   Datum`` with the values on the line below, as a PDF's text layer flattens it);
* as a dateline: first on its line or in a segment of a header line (``Nr. 083 | 14.10.2021 |
  …``, ``epd | Düsseldorf | 02.07.2025``, ``ZEITUNG · Freitag, 16. März 2018 · Seite 3``), after
  a city and a comma (``Kiel, 4. Mai 2016 (sozmin) …``, ``Erfurt, den 2. März 2009``,
  ``Hamburg, Donnerstag, 28. April 2022``, a cut capture's ``burg, 14.02.2013``), whatever follows
  (a time, a source tag, a word glued to it: ``12.05.2021Am Montag``);
* tied to the release by ``heute``: ``hat heute (17. Juni 2015) …``, ``heute (Montag, 3. Mai
  2021)``, ``Am heutigen Dienstag, 14. März 2023, …``;
* a release's marker with the date after it (``Pressemitteilung 31.07.2019``), a broadcast's or
  an article's header segment (``hr-iNFO | Sendung vom …``, ``Beitrag vom …``), a programme
  line (``Dieses Thema im Programm: …, 21. Februar 2022``), a source line (``Quelle: epd, …``,
  ``Quelle: SozMin.SH / …``), a machine timestamp under a key of publication (``<meta
  property="article:published_time" content="2021-11-04T09:30…``; one of change,
  ``modified_time``, counts like a portal line); abbreviated months (``27. Okt. 2018``).

A portal's line (``online seit …``, ``Aktualisiert: …``) counts only when nothing else does. A
date after a preposition (``am``, ``bis zum``, ``ab dem``) or inside a sentence is an event, and
so is a date with a span of time after it (a schedule: ``20.09.2007, 10.00 – 13.00 Uhr``). A
two-digit year (``Wiesbaden, 12.05.09``) is read as 20yy, in a label or a dateline only.
"""

from __future__ import annotations

import re

from intgraph.language.dates import DateExpr, find_dates, find_short_dates, iso

_WEEKDAY = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
_LABEL = re.compile(
    r"(?:(?:Pres+emitteilung|Presseinformation|Medieninformation|Pressemeldung|Presseerklärung"
    # its abbreviation with its number ("PM 45/2024 vom …")
    r"|Mitteilung|PM(?=\s+(?:Nr\.?\s*)?\d)"
    # an issue of a periodical: "Ausgabe 5/2023 vom …", "Rundbrief Nr. 4 vom …"
    r"|Ausgabe|Newsletter|Rundbrief|Heft|Pressedienst)"
    # its number may stand between: "Pressemitteilung 10/2020 vom …", "Medieninformation Nr. 7 vom"
    r"(?:\s+(?:Nr\.?\s*)?\d{1,4}(?:\s*/\s*\d{2,4})?)?"
    # and the issuer in the genitive: "Pressemitteilung des Senats vom …", "Medieninformation
    # der Staatskanzlei vom …" (up to five words)
    r"(?:\s+(?:des|der)(?:\s+[^\W\d][\w.-]*){1,5})?\s+vom"
    # a numbered release: "Nr. 112/2020 vom …"
    r"|^\s*(?:Nr\.?|Nummer)\s*\d{1,4}(?:\s*/\s*\d{2,4})?\s+vom"
    # a Drucksache's own date at the end of its electoral-term line, in the right-hand column
    # ("21. Wahlperiode                     21.08.2024")
    r"|^\s*\d{1,2}\.\s*Wahlperiode(?:[ \t]{2,}|\t|[ \t]*[,|·][ \t]*)"
    # the answer to a parliamentary question, its date after the answering body ("Antwort des
    # Ministeriums für … namens der Landesregierung vom …"), not the question's receipt
    r"|^\s*Antwort\s+(?:des|der)\b[^\n]{0,200}?\s+vom"
    r"|\b(?:Datum|Stand|Veröffentlicht|Erstellt|Erschienen|Publiziert|Erstveröffentlichung|Ausgabe"
    # a periodical's day of issue: "Erscheinungstag: 07.04.2022", "Erscheinungsdatum"
    r"|Erscheinungstag|Erscheinungsdatum|Veröffentlichungsdatum|Ausgabedatum|Sendedatum"
    # the label's noun with its genitive: "Datum der Veröffentlichung: …"
    r"|Datum\s+der\s+(?:Veröffentlichung|Erstellung|Herausgabe|Ausstrahlung|Sendung))"
    r"(?:\s+am)?\s*:?|^\s*date\s*:?|\bdatiert\s+vom"
    # a release's marker opening its line, the date right after it: "Pressemitteilung 31.07.2019"
    r"|^\s*(?:Pres+emitteilung|Presseinformation|Medieninformation|Pressemeldung|Presseerklärung)"
    # (its number between: "Pressemitteilung 45/2024, 12.03.2024")
    r"(?:\s+(?:Nr\.?\s*)?\d{1,4}(?:\s*/\s*\d{2,4})?)?\s*[:,–-]?"
    # a broadcast's or an article's own date opening a header segment: "hr-iNFO | Sendung vom …"
    # (a live blog's or ticker's header: "LIVEBLOG vom 24.02.2022")
    # a compound with the agency or the kind before it ("dpa-Meldung vom 07.11.2023, 15:32 Uhr",
    # "epd-Nachricht vom …", "Agenturmeldung vom …")
    r"|(?:^|[|·•]\s*)(?:[^\W\d]{2,12}-|Agentur|Eil|Kurz)?"
    r"(?:Sendung|Beitrag|Artikel|Meldung|Nachricht|Interview|Podcast|Folge|Liveblog"
    r"|Live-Blog|Ticker|Newsticker|Live-Ticker)\s+vom)"
    # "Datum: Mittwoch, 17. April 2024"
    rf"(?:\s*{_WEEKDAY}\s*,?)?\s*$",
    re.I,
)
_PORTAL = re.compile(
    r"\b(?:online\s+seit|aktualisiert(?:\s+am)?|zuletzt\s+(?:geändert|aktualisiert|bearbeitet)(?:\s+am)?"
    # the noun of the same labels: "Letzte Aktualisierung: 14.12.2022", "Letzte Änderung am"
    r"|letzte[nr]?\s+(?:Änderung|Aktualisierung|Bearbeitung)(?:\s+am)?|geändert\s+am)\s*:?\s*$",
    re.I,
)
# what may stand before a dateline in its segment: a news agency's tag ("(kna)"), a city (up
# to four words, possibly cut at the start of a capture) and a comma, "den", a weekday
_DATELINE_PREFIX = re.compile(
    r"^\s*(?:\([a-zA-Z]{2,5}\)\s*)?"
    rf"(?:[^\W\d][\w.'’()/-]*(?:\s+[^\W\d][\w.'’()/-]*){{0,3}}\s*,\s*)?(?:den\s+)?"
    # a weekday, also abbreviated: "Kiel, Di., 12.03.2024"
    rf"(?:(?:{_WEEKDAY}|(?:Mo|Di|Mi|Do|Fr|Sa|So)\.),?\s+)?$"
)
# a release's number opening the line before its dateline, which a capture may glue to the
# city ("Nr. 318/23München,29.09.2023", "PM Nr. 12/2024 Mainz, 3. Mai 2024")
_RELEASE_NUMBER = re.compile(
    r"^\s*(?:(?:PM|Pres+emitteilung|Presseinformation|Medieninformation)\s+)?(?:Nr\.?|Nummer)\s*"
    r"\d{1,4}(?:\s*/\s*(?:\d{4}|\d{2}))?(?!\d)\s*",
    re.I,
)
# a wire's dateline: the city and the agency's tag, a full stop or a comma, then the date
# ("Düsseldorf (epd). 21.01.2026. Die …", "Mainz (dpa/lrs), 3. Mai 2024 –")
_AGENCY_DATELINE = re.compile(
    r"^\s*[A-ZÄÖÜ][\w.-]*(?:[ /-][A-ZÄÖÜ][\w.-]*)?\s*\([a-zA-Z]{2,5}(?:/[a-zA-Z]{2,4})?\)"
    r"\s*[.,:]?\s*$"
)
_SEGMENT = re.compile(r"\s*[|·•]\s*|\s[–—-]\s")
_EVENT_WORDS = re.compile(r"\b(?:am|bis|zum|ab|vom|seit|für|nach|vor|zwischen|und)\s*$", re.I)
# "Ab Dienstag, 1. Juli 2025, übernimmt …": a preposition or an article is no city, and a
# dateline is not followed by the rest of its clause
_NOT_CITY = re.compile(
    r"\s*(?:ab|am|an|bis|seit|vom|zum|zur|im|in|der|die|das|den|dem|ein|eine)\b", re.I
)
_CLAUSE_GOES_ON = re.compile(r",\s+[a-zäöü]")
# the heading line of a letter's reference fields: "Datum" among headings such as "Ihr Zeichen",
# "Unser Zeichen", "Ihre Nachricht vom", "Telefon", set apart by runs of spaces or tabs
_REFERENCE_HEADING = re.compile(r"(?:^|\s{2,}|\t)(Datum)\s*(?:$|\s{2,}|\t)")
_HEUTE = re.compile(
    # "heute (17. Juni 2015)", "heute (Donnerstag, 9. Juni 2022)"
    rf"\bheute\s*\(\s*(?:am\s+)?(?:{_WEEKDAY},?\s*)?$"
    r"|\bheute,\s*(?:am\s+)?$"
    # "Am heutigen Dienstag, 14. März 2023, hat …", "heute, Dienstag, 14. März"
    rf"|\b(?:heutigen\s+|heute,?\s+(?:am\s+)?){_WEEKDAY}\s*,?\s*(?:den\s+)?$",
    re.I,
)
# a machine timestamp a capture kept, under a key that names publication: '<meta
# property="article:published_time" content="2021-11-04T09:30…', "datePublished": "2021-…"
_PUBLISHED_KEY = re.compile(
    r"(?:published|datePublished|DC\.date(?:\.issued)?|pubdate|date)[\w:.-]*[\"']?"
    r"\s*(?:content\s*=\s*|[:=]\s*)[\"']?\s*$",
    re.I,
)
_MODIFIED_KEY = re.compile(
    r"(?:modified|updated|dateModified)[\w:.-]*[\"']?\s*(?:content\s*=\s*|[:=]\s*)[\"']?\s*$",
    re.I,
)
_ISO_TIME = re.compile(r"T\d{2}:\d{2}")
# a source line under a report: "Quelle: epd-Landesdienst Niedersachsen-Bremen, 10.02.2025",
# "Quelle: SozMin.SH / 11.09.2024"
_SOURCE_LINE = re.compile(r"^\s*(?:Quelle|Source)\s*:\s*[^\n:]{1,80}?\s*[,/|·–]\s*$")
# a broadcaster's programme line: "Dieses Thema im Programm: Bremen Eins, Nachrichten, 21. …",
# "Sendetermin: Das Erste, …", "Sendung: hr-iNFO, …"
_BROADCAST_LINE = re.compile(
    r"^[^\n]{0,30}?\b(?:im\s+Programm|Sendung|Sendetermin|Ausstrahlung|Gesendet\s+am)\s*:"
    r"[^\n:]{0,60}?[,|·–]?\s*$",
    re.I,
)


# a news item's credit in brackets, the publication and its date, closing the item's last line
# or its first ("… zu verhandeln. (Weser-Kurier, 23.04.2025)", "Interview (HAZ, 02.04.2025)"):
# the text before the date in the bracket, which the date ends
_CREDIT = re.compile(r"\(\s*[A-ZÄÖÜ][^()\n,;:\d]{1,40},\s*$")
_CREDIT_CLOSE = re.compile(r"\s*\)[ \t]*(?:\n|$)")
# a date standing alone after the item's last sentence ("… Unterstützung. 21.03.2012")
_AFTER_LAST_SENTENCE = re.compile(r"[.!?“\"»«)][ \t]+$")


def _credit_rank(text: str, before: str, d: DateExpr) -> int | None:
    """1 for a date that credits the item (:data:`_CREDIT`) at the end of the text or of its
    first line, or that stands alone after the text's last sentence; else None."""
    rest = text[d.end :]
    close = _CREDIT_CLOSE.match(rest)
    if close and _CREDIT.search(before[-60:]):
        line_start = d.start - len(before)
        if not rest[close.end() :].strip():
            return 1
        # (the first line a heading: a few words before the bracket, "Interview (HAZ, …)")
        heading = len(before[: before.rfind("(")].split()) <= 4
        if heading and "\n" not in text[:line_start]:
            return 1
    if not rest.strip() and _AFTER_LAST_SENTENCE.search(before[-4:]):
        return 1
    return None


def _ends_with(rx: re.Pattern[str], before: str) -> bool:
    """``rx.search(before)`` is a match, for ``_LABEL`` and ``_PORTAL`` (their matches end the
    text, hold at most 30 characters that are neither white space nor an s (ſ), and only match at
    the text's start through ``^``): on a long line only its last 400 characters are searched,
    unless they could all lie inside one (absurdly padded) match."""
    pos = len(before) - 400
    if pos <= 0:
        return rx.search(before) is not None
    if rx.search(before, pos) is not None:
        return True
    if len(re.sub(r"[\ssSſ]", "", before[pos:])) > 30:
        return False  # no match can begin before pos and reach the end
    return rx.search(before) is not None


def _under_date_heading(text: str, line_start: int, d: DateExpr) -> bool:
    """The date stands in the ``Datum`` column of a reference line: the line above is a row of
    headings holding ``Datum`` and the date begins within a few columns of it."""
    if line_start == 0:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1]
    if len(above) > 200:
        return False
    m = _REFERENCE_HEADING.search(above)
    if m is None or not re.search(r"\b(?:Zeichen|Nachricht|Aktenzeichen|Telefon)\b", above):
        return False
    heading_column = len(above[: m.start(1)].expandtabs(8))
    column = len(text[line_start : d.start].expandtabs(8))
    return abs(column - heading_column) <= 12


# a time span after a date: "20.09.2007, 10.00 – 13.00 Uhr" is the time of an event, where a
# release prints one time ("07.11.2018, 14:30 Uhr")
_TIME_SPAN = re.compile(r"\s*,?\s*(?:von\s+)?\d{1,2}[.:]\d{2}\s*(?:[–—-]|bis)\s*\d{1,2}[.:]\d{2}")


def _label_line_above(text: str, line_start: int) -> str:
    """The line above ``line_start`` where it ends with a colon (a label whose value stands on
    the next line: ``erstellt am:`` / ``10.09.2007``), else ``""``."""
    if line_start == 0:
        return ""
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    return above if above.endswith(":") and len(above) <= 60 else ""


# an earlier edition elsewhere: "Dieser Artikel erschien zuerst in der Printausgabe vom …",
# "Zuerst veröffentlicht am …" (another document's date)
_EARLIER_EDITION = re.compile(
    r"\b(?:erschien|erschienen|veröffentlicht)\b[^\n]{0,30}?\b(?:zuerst|bereits|ursprünglich|erstmals)\b[^\n]{0,60}$"
    r"|\b(?:zuerst|bereits|ursprünglich|erstmals)\s+(?:erschienen|veröffentlicht)\b[^\n]{0,60}$",
    re.I,
)


# a closing sentence about the document itself, its subject a demonstrative with a noun of the
# genre, the date after "am" and a participle of publishing after it: "Diese Nachricht wurde am
# 27.02.2025 im Programm Deutschlandfunk gesendet", "Dieser Beitrag ist am 3. März 2025
# erschienen"; "… zuletzt am … aktualisiert" is a portal's line, "… zuerst am …" another edition
_SELF_SUBJECT = re.compile(
    r"\b(?:Diese[rs]?|Die\s+vorliegende|Der\s+vorliegende)\s+(?:Nachricht|Meldung|Beitrag|Artikel"
    r"|Text|Sendung|Pres+emitteilung|Presseinformation|Medieninformation|Seite|Webseite"
    r"|Interview|Podcast|Video)\s+(?:wurde|ist|war)\s+(?P<when>zuletzt\s+|zuerst\s+"
    r"|erstmals\s+|bereits\s+)?am\s+$",
    re.I,
)
_PUBLISHING_AFTER = re.compile(
    r"[^.!?\n]{0,80}?\b(?P<verb>gesendet|ausgestrahlt|veröffentlicht|publiziert|erschienen"
    r"|herausgegeben|online\s+gestellt|aktualisiert|geändert|bearbeitet)\b",
    re.I,
)


def _self_reference_rank(text: str, before: str, d: DateExpr) -> int | None:
    """1 for a closing sentence that dates the document itself (:data:`_SELF_SUBJECT`), 3 where
    it tells the last change, None for none or for an earlier edition."""
    subject = _SELF_SUBJECT.search(before[-80:])
    after = _PUBLISHING_AFTER.match(text, d.end)
    if subject is None or after is None:
        return None
    when = (subject.group("when") or "").strip().lower()
    if when in ("zuerst", "erstmals", "bereits"):
        return None
    if when == "zuletzt" or after.group("verb").lower() in (
        "aktualisiert",
        "geändert",
        "bearbeitet",
    ):
        return 3
    return 1


def _rank(text: str, d: DateExpr) -> int | None:
    """0 labelled, 1 dateline, 2 ``heute (…)``, 3 portal line; None for an event date."""
    line_start = text.rfind("\n", 0, d.start) + 1
    before = text[line_start : d.start]
    if _EARLIER_EDITION.search(before[-200:]):
        return None
    above = "" if before.strip() else _label_line_above(text, line_start)
    if (
        _ends_with(_LABEL, before)
        or _under_date_heading(text, line_start, d)
        or (above and _LABEL.search(above))
    ):
        return 0
    if _ISO_TIME.match(text, d.end) and len(before) <= 200:
        if _MODIFIED_KEY.search(before):  # first: "updated_time" holds "date" too
            return 3
        if _PUBLISHED_KEY.search(before):
            return 0
    if _ends_with(_PORTAL, before) or (above and _PORTAL.search(above)):
        return 3
    if len(before) <= 120 and (_SOURCE_LINE.match(before) or _BROADCAST_LINE.match(before)):
        return 1
    if _HEUTE.search(before[-40:]):
        return 2
    if (own := _self_reference_rank(text, before, d)) is not None:
        return own
    if (credit := _credit_rank(text, before, d)) is not None:
        return credit
    segment = _SEGMENT.split(before)[-1] if before.strip() else before
    segment = _RELEASE_NUMBER.sub("", segment, count=1)
    if _EVENT_WORDS.search(segment):
        return None
    if (
        _AGENCY_DATELINE.match(segment)
        and not _CLAUSE_GOES_ON.match(text, d.end)
        and not _TIME_SPAN.match(text, d.end)
    ):
        return 1
    if (
        _DATELINE_PREFIX.match(segment)
        and not re.search(r"[.!?:;]\s", segment)
        and not _NOT_CITY.match(segment)
        and not _CLAUSE_GOES_ON.match(text, d.end)
        and not _TIME_SPAN.match(text, d.end)
    ):
        return 1
    return None


# a dpa wire item's identifier under its copyright line encodes the day it was sent, as
# yymmdd: "© dpa-infocom, dpa:250311-99-123456/2"
_DPA_ID = re.compile(r"\bdpa:(?P<y>\d{2})(?P<m>\d{2})(?P<d>\d{2})-\d{2}-\d{3,}")


def _wire_ids(text: str) -> list[DateExpr]:
    """The days dpa identifiers give (:data:`_DPA_ID`), in the document's foot."""
    out = []
    for m in _DPA_ID.finditer(text, max(0, len(text) - 1500)):
        value = iso(int(m["d"]), int(m["m"]), 2000 + int(m["y"]))
        if value:
            out.append(DateExpr(value, m.start(), m.end()))
    return out


def document_date(text: str, head_chars: int = 3000) -> tuple[str, int, int] | None:
    """The publication date a document prints for itself (not an event date).

    >>> document_date("Medieninformation\\n\\n21.03.2024\\n\\nHeute endete …")[0]
    '2024-03-21'
    >>> document_date("Nr.057  | 28.03.2019  | SM  | Ministerium")[0]
    '2019-03-28'
    >>> document_date("Die Konferenz am 29. April 2021 per Video") is None
    True
    >>> document_date("Pressemitteilung · online seit 11.03.2015\\n\\nDüsseldorf, 10. März 2015")[0]
    '2015-03-10'
    """
    head = text[:head_chars]
    dates = find_dates(head)
    if len(text) > head_chars:
        # a page's "Stand:" line may stand at its foot
        tail_start = max(head_chars, len(text) - 1500)
        dates += [
            d
            for d in find_dates(text, tail_start)
            if _ends_with(_LABEL, text[text.rfind("\n", 0, d.start) + 1 : d.start])  # rank 0
            or _SOURCE_LINE.match(text[text.rfind("\n", 0, d.start) + 1 : d.start][-120:])
        ]
    best: tuple[int, DateExpr] | None = None
    for d in dates:
        r = _rank(text, d)
        if r is not None and (best is None or r < best[0]):
            best = (r, d)
    if best is None or best[0] > 1:
        # a two-digit year only where a label or a dateline prints it ("Wiesbaden, 12.05.09")
        for d in find_short_dates(head):
            r = _rank(text, d)
            if r is not None and r <= 1 and (best is None or r < best[0]):
                best = (r, d)
    if best is None:
        # a wire item's identifier, like a portal line: only where nothing else dates it
        for d in _wire_ids(text):
            best = (3, d)
            break
    if best is None:
        return None
    return best[1].value, best[1].start, best[1].end
