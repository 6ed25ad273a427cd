"""Facts about the document itself: its own date, its kind, its title and its publisher.

A Land body shows itself as publisher through a letterhead (``Sächsisches Staatsministerium
für …``, ``Hessisches Ministerium für …``, ``Die Senatorin für …``, ``Landesportal …``,
``Staatskanzlei``) or a press-release marker (``Pressemitteilung vom …``, ``Pressemitteilung
106/2020``, ``Medieninformation``, ``Nr.057 | 28.03.2019 | SM``), also as a breadcrumb
(``Land Brandenburg > Ministerium für …``, ``saarland.de › Staatskanzlei``). Its Land is the
one the letterhead names (or the Land portal's web address), else the one Land whose ministry
of that name the reference list holds (``Die Senatorin für Arbeit, …`` → Bremen), else the
Land the document mentions most. A body named under a contact or address label
(``Geschäftsstelle``, ``Kontakt:``) is a contact, not the issuer. A page's owner shows in the
copyright line at its foot (``© Niedersächsisches Ministerium für …``; a © under a caption
credits a photo), a Land authority in its letterhead (``Landesverwaltungsamt Sachsen-Anhalt``),
a periodical's issuer after ``Herausgegeben vom``, a source tag by its Land's code (``Quelle:
SozMin.SH``). A release whose marker names an association (``Pressemitteilung des
Flüchtlingsrats … e. V.``) has no Land publisher.
"""

from __future__ import annotations

import re
from functools import cache

from intgraph.extract.dates import document_date
from intgraph.language.dates import find_dates
from intgraph.language.lands import (
    domain_land,
    dominant_land,
    find_lands,
    land_abbreviation,
    parliament_land,
    seat_land,
)
from intgraph.language.scan import Guarded
from intgraph.language.text import TextIndex, first_sentence_end, letterspaced
from intgraph.models import DocumentFacts, Evidence, LandMention, OfficeMention
from intgraph.reference import ministries

EXTRACTOR = "document.v3"

_BODY_NAME = (
    r"(?:(?:[A-ZÄÖÜ][\w-]*(?:sche|sches|scher|er)\s+)?(?:Staats)?[Mm]inisterium\s+(?:für|des|der)\b"
    r"|Senator(?:in)?\s+für\b|Senatsverwaltung\s+für\b|(?:Senats)?[Bb]ehörde\s+für\b"
    r"|(?:[A-ZÄÖÜ][\w-]*(?:e|er)\s+)?Staatskanzlei\b|Landesportal\b|Landesregierung\b|Ministerium\s+für\b"
    # a city-state's Senate's chancellery or press office ("Senatspressestelle Bremen")
    r"|Senats(?:kanzlei|pressestelle)\b"
    r"|[A-ZÄÖÜ][\w-]*(?:sche|sches)\s+Landesregierung\b|Freie\s+(?:und\s+)?Hansestadt\s+\w+\s+[–-]"
    r"|(?:Die|Der)\s+(?:Beauftragte|Bevollmächtigte)\s+(?:der\s+Bundesregierung|des\s+Landes|der\s+Landesregierung|für)\b"
    r"|Bundesministerium\s+(?:für|des|der)\b|Presse-\s+und\s+Informationsamt\b|Die\s+Bundesregierung\b"
    # a Land's authority: "Landesverwaltungsamt Sachsen-Anhalt", "Landesamt für Einwanderung"
    r"|Landes(?:verwaltungs)?amt\b)"
)
# the body's name in the genitive or dative ("des Sozialministeriums", "der Staatskanzlei")
_BODY_GENITIVE = (
    # (a Land's demonym in -er does not decline: "des Thüringer Ministeriums für …")
    r"(?:(?:[A-ZÄÖÜ][\w-]*(?:en|es|er)\s+)?(?:Staats)?[Mm]inisteriums?\s+(?:für|des|der)\b"
    r"|[A-ZÄÖÜ][\w-]*ministeriums?\b|(?:[A-ZÄÖÜ][\w-]*en\s+)?Staatskanzlei\b"
    r"|(?:[A-ZÄÖÜ][\w-]*en\s+)?Landesregierung\b|Senatsverwaltung\s+für\b|Senatorin\s+für\b"
    r"|Senators\s+für\b|Behörde\s+für\b)"
)
# the rest of a line that holds only a body's name: capitalised words, the function words of
# a remit, commas, a bracket ("… für Arbeit, Soziales und Integration (MASGF)")
_NAME_TAIL = r"(?:[ \t,]+(?:[A-ZÄÖÜ][\w-]*|für|und|sowie|der|des|die|von|im|in|zur|zum|\([^)\n]{0,30}\)))*[ \t]*$"
# a letterhead: the body's name opening a line, after a metadata or source label ("Herausgeber:",
# "Quelle:", "title: … –"), or the tail of a ministry's name where a capture cut the first line
_LETTERHEAD = re.compile(
    rf"^[ \t]*(?:Die\s+|Der\s+)?{_BODY_NAME}[^\n]*"
    rf"|^[ \t]*(?:Herausgeber(?:in)?|Quelle|Verantwortlich|Absender)\s*:\s*(?:Die\s+|Der\s+|das\s+)?{_BODY_NAME}[^\n]*"
    rf"|^[ \t]*title\s*:[^\n]*?\s[–|-]\s+{_BODY_NAME}[^\n]*"
    # a city-state's ministry by its short name in a field of a portal's header line
    # ("Portal der Stadt | Innenbehörde"; in running text "die Sozialbehörde" is any city's office)
    r"|^[^\n|]{0,60}\|[ \t]*(?:Sozial|Innen|Kultur|Justiz|Finanz|Wissenschafts|Umwelt|Gesundheits"
    r"|Wirtschafts|Verkehrs|Arbeits)behörde\b[^\n]*"
    # a commissioner's office as a header line of its own, without an article ("Beauftragte
    # der Bundesregierung für …", "Integrationsbeauftragte der Landesregierung …"): a short
    # line that ends in no sentence mark (in running text the phrase opens a clause)
    r"|^[ \t]*(?:[A-ZÄÖÜ][a-zäöü]+(?:beauftragte|bevollmächtigte)|Beauftragte|Bevollmächtigte)r?\s+(?:der\s+(?:Bundes|Landes"
    r"|Staats)regierung|des\s+(?:Landes|Senats))\b"
    # … and nothing but the office's name after it (its remit, its Land): a headline goes on
    # with a verb ("Beauftragte der Bundesregierung für Migration zieht Bilanz")
    rf"{_NAME_TAIL}"
    # a header line of fields ("Pressemitteilung | 03.02.2021 | Ministerium für …")
    rf"|^[^\n|]{{0,60}}\|(?:[^\n|]{{0,40}}\|)?[ \t]*(?:Die\s+|Der\s+)?{_BODY_NAME}[^\n]*"
    # a breadcrumb ("Land Brandenburg > Ministerium für … > Presse", "Startseite › Staatskanzlei")
    rf"|^[^\n>›»]{{0,60}}[>›»](?:[^\n>›»]{{0,40}}[>›»])?[ \t]*(?:Die\s+|Der\s+)?{_BODY_NAME}[^\n]*"
    r"|\A[ \t]*[a-zäöü]{0,8}(?:isterium|sterium|terium|erium|rium|ium)\s+(?:für|des|der)\b[^\n]*"
    # a periodical or a record of the body ("Rundbrief der Landesregierung …", "herausgegeben
    # von der Pressestelle des Innenministeriums …"): the body in the genitive or dative
    # a body's press office as a header ("Pressestelle der Staatskanzlei Sachsen-Anhalt")
    rf"|^[ \t]*(?:Presse-?\s*(?:und\s+Öffentlichkeitsarbeit\s+)?stelle|Pressereferat|Pressestelle)"
    rf"\s+(?:der|des)\s+{_BODY_GENITIVE}{_NAME_TAIL}"
    rf"|^[ \t]*(?:Newsletter|Rundbrief|Pressedienst|Informationsdienst|Mitteilungsblatt)\s+"
    rf"(?:der|des)\s+{_BODY_GENITIVE}[^\n]*"
    rf"|^[ \t]*(?:[Ee]rstellt|[Hh]erausgegeben|[Vv]erfasst|[Vv]eröffentlicht)\b[^\n]{{0,40}}?\s"
    rf"(?:(?:durch|von)\s+(?:der|die|dem|das)|vom)\s+(?:Pressestelle\s+(?:der|des)\s+)?{_BODY_GENITIVE}[^\n]*",
    re.M,
)
_FEDERAL_BODY = re.compile(
    r"\bBundesregierung\b|\bBundesministerium\b|\bBundeskanzleramt\b|\bPresse-\s+und\s+Informationsamt\b"
)
_PRESS = re.compile(
    r"\b(?:Pres+e?mitteilung|Pressemeldung|Presseinformation|Medieninformation|Presseeinladung|Presse-Einladung"
    r"|Medien-Information|Presse-Information|Presse-Mitteilung)\b"
    r"|^\s*Nr\.\s?\d+\s*\|",
    re.M,
)
# "hat in seiner Pressemitteilung 14/2026 angekündigt": a release the text cites, not its own
_CITED = re.compile(
    r"(?<![\w-])(?:in|im|laut|nach|gemäß|seiner|ihrer|einer|eine|einem|der|die|dem|jüngsten|aktuellen|heutigen)\s+$"
)
_COPYRIGHT = re.compile(
    rf"^[ \t]*(?:©|\([cC]\)|Copyright)[ \t]*(?:\d{{4}}[ \t]*)?(?:Die\s+|Der\s+|das\s+)?{_BODY_NAME}[^\n]*",
    re.M,
)
# the issuer a release's marker names in the genitive: "Pressemitteilung des Flüchtlingsrats
# Brandenburg e. V.", "Medieninformation der Caritas …"
_MARKER_ISSUER = re.compile(r"[ \t]+(?:des|der|vom|von)[ \t]+(?P<issuer>[^\n]{3,120})")
_ASSOCIATION = re.compile(r"\be\.\s?V\.|\bgGmbH\b")
# the head of an association's or council's name in the genitive: "des Flüchtlingsrats",
# "des Paritätischen Wohlfahrtsverbands", "der Caritas", "des Bündnisses"
_ASSOCIATION_NOUN = re.compile(
    r"(?:[A-ZÄÖÜ][\w-]*(?:e|en|er|es)\s+)?(?:[A-ZÄÖÜ][\w-]*(?:rats|rates|verbands|verbandes"
    r"|vereins|netzwerks|netzwerkes|bündnisses|initiative|stiftung)|Caritas|Diakonie|Kirche)\b"
)


def _other_issuer(text: str, press: re.Match[str]) -> bool:
    """The release's marker names its issuer, and that is no government body (an association,
    a council, a church: ``Pressemitteilung des Flüchtlingsrats Brandenburg e. V.``)."""
    m = _MARKER_ISSUER.match(text, press.end())
    if m is None:
        return False
    issuer = m.group("issuer")
    if re.match(_BODY_GENITIVE, issuer) or re.match(_BODY_NAME, issuer):
        return False
    if re.match(r"(?:Landes|Bundes)(?:regierung|ministeriums?|beauftragten)\b", issuer):
        return False
    return bool(_ASSOCIATION.search(issuer) or _ASSOCIATION_NOUN.match(issuer))


# a release's number on its marker's line: "Pressemitteilung 42/2018", "Nr. 112/2021"
_RELEASE_NUMBER = re.compile(
    r"\b(?:Nr\.?|Nummer)\s*\d|(?<![\d.])\d{1,4}\s*/\s*(?:\d{4}|\d{2})(?!\d)"
)
# a government body or an issuer named anywhere in the head, in any case: a release of it
_ANY_BODY = re.compile(
    rf"{_BODY_NAME}|{_BODY_GENITIVE}|\b(?:Landes|Staats)?[Mm]inisterien\b|\bSenat(?:s|es)?\b"
    r"|\bStaatsregierung\b|\bPressestelle\s+(?:der|des)\b"
    # a source line ("Quelle: StMAS Bayern")
    r"|^[ \t]*Quelle[ \t]*:",
    re.M,
)


def _anonymous_release(text: str, press: re.Match[str]) -> bool:
    """A release that shows no issuer: its marker has no number, and no government body is
    named in its head (``Pressemitteilung`` / ``Das Land Rheinland-Pfalz lädt … ein``: the
    Land's own voice, not a body issuing it; GOLD's conventions)."""
    line_start = text.rfind("\n", 0, press.start()) + 1
    line_end = text.find("\n", press.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _RELEASE_NUMBER.search(line):
        return False
    return _ANY_BODY.search(text, 0, min(len(text), 1500)) is None


# a source tag of a ministry or a chancellery, abbreviated with its Land's code: "Quelle:
# SozMin.SH", "Quelle: StK BY", "Quelle: IntMin-NW"
_SOURCE_TAG = re.compile(
    r"^[ \t]*Quelle[ \t]*:[ \t]*(?P<body>(?:[A-ZÄÖÜ][a-zäöü]{1,12})?(?:Min|StK|Stk|SK|Sen(?:V|Verw)?)"
    # a ministry's acronym, its M for Ministerium ("SMS" Sächsisches Staatsministerium für
    # Soziales, "StMAS", "MSGIV", "HMSI"), not a broadcaster's ("MDR", "NDR")
    r"|(?!(?:MDR|NDR|WDR|SWR|RBB|BR|HR|SR)\b)(?:[A-Z][A-Za-z]{0,3})?M[A-Z][A-Za-z]{0,6})"
    r"[ \t]*[.\-/ ][ \t]*(?P<code>[A-Z]{2,3})(?![\w])",
    re.M,
)


def _source_tag(text: str) -> tuple[str, int, int] | None:
    """The Land a source tag's code names (``Quelle: SozMin.SH`` → DE-SH), with its span, in
    the document's head or foot."""
    for lo, hi in ((0, min(len(text), 1200)), (max(1200, len(text) - 600), len(text))):
        for m in _SOURCE_TAG.finditer(text, lo, hi):
            land = land_abbreviation(m.group("code"))
            if land:
                return land, m.start("body"), m.end("code")
    return None


_RECORD = re.compile(r"\b(?:Beschlussniederschrift|Ergebnisprotokoll|Niederschrift|Protokoll)\b")


def _own_press(head: str) -> re.Match[str] | None:
    """The first press-release marker that labels the document itself, not one it cites."""
    for m in _PRESS.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if not _CITED.search(head[max(line_start, m.start() - 30) : m.start()]):
            return m
    return None


# the label of a contact or address block: a body named under it is a contact, not the issuer
# ("Geschäftsstelle / Referat 55 / Ministerium für …", "Kontakt: / Ministerium für …")
_CONTACT_LABEL = re.compile(
    r"^[ \t]*(?:Geschäftsstelle|Kontakt|Ansprechpartner(?:in)?|Anschrift|Postanschrift|Besucheranschrift"
    r"|Vertreten\s+durch|Referat\s+[\w.]+)\b[^\n]{0,40}$",
    re.M,
)


def _in_contact_block(text: str, pos: int) -> bool:
    """Whether one of the two non-empty lines above ``pos`` labels a contact or address block."""
    above = [ln for ln in text[max(0, pos - 300) : pos].split("\n")[:-1] if ln.strip()][-2:]
    return any(_CONTACT_LABEL.match(ln) for ln in above)


# a portal's header line: the site (a Land's name, a web address) and a dash before the body
# ("Baden-Württemberg – Ministerium für Soziales, …", "Berlin.de – Senatsverwaltung für …")
_SITE_HEAD = re.compile(
    rf"^[ \t]*(?P<site>[^\W\d][\w.-]*(?:[ \t]+[^\W\d][\w.-]*){{0,2}})[ \t]+[–—-][ \t]+"
    rf"(?:Die\s+|Der\s+)?{_BODY_NAME}[^\n]*",
    re.M,
)


def _is_site(site: str) -> bool:
    """The head of a portal's line names a Land or is a web address (``Baden-Württemberg``,
    ``Berlin.de``, ``land.nrw``), not a town's dateline (``Stuttgart – …``).

    >>> _is_site("Baden-Württemberg"), _is_site("Berlin.de"), _is_site("Stuttgart")
    (True, True, False)
    """
    if re.fullmatch(r"(?:www\.)?[\w-]+\.(?:de|nrw|saarland|berlin|hamburg|bayern)", site, re.I):
        return True
    named = find_lands(site)
    return len(named) == 1 and named[0].form in ("name", "alias") and named[0].end == len(site)


# a social-media account's header: the account's name, a government body, and its handle
# ("Landesregierung SH @landesregierung_sh", "Nds. Sozialministerium @MS_Niedersachsen · …")
_ACCOUNT = re.compile(
    r"^[ \t]*(?P<name>[^\n@]{0,40}?(?:[Mm]inisterium|Staatskanzlei|Senatskanzlei|Landesregierung"
    r"|Staatsregierung|Senatsverwaltung)\b[^\n@]{0,20}?)[ \t]+@(?P<handle>\w{2,40})\b[^\n]*",
    re.M,
)


# the dateline of an official letter or release, a line of its own in the head: the seat of a
# Land's government, a comma, "den" and the date ("Magdeburg, den 16.03.2018"); a news story's
# dateline has no "den" ("Magdeburg (dpa) –")
_OFFICIAL_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-ZÄÖÜ][\w-]+),[ \t]*den[ \t]+(?P<date>[^\n]{6,25}?)[ \t]*$", re.M
)


def _official_dateline(text: str) -> tuple[str, int, int] | None:
    """The Land whose seat of government dates the document in an official dateline
    (:data:`_OFFICIAL_DATELINE`) in its first 600 characters, with the line's span."""
    for m in _OFFICIAL_DATELINE.finditer(text, 0, min(len(text), 600)):
        land = seat_land(m.group("city"))
        dates = find_dates(m.group("date"))
        if land and dates and dates[0].end == len(m.group("date")):
            return land, m.start("city"), m.end()
    return None


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüß][\w-]*")


def _reads_as_sentence(line: str) -> bool:
    """The line goes on after the body's name as a sentence or a headline does, with words in
    lower case other than a name's function words (``Die Staatskanzlei in München teilte mit,
    …``, ``Landesregierung beschließt neue Regeln``), where a letterhead holds names (one
    adjective may stand in a remit: ``für Inneres, ländliche Räume, Integration und Sport``).

    >>> _reads_as_sentence("Die Landesregierung hat heute beschlossen, …")
    True
    >>> _reads_as_sentence("Ministerium für Inneres, ländliche Räume, Integration und Sport")
    False
    """
    body = _BODY_NAME_START.match(line.lstrip())
    if body is None:
        return False  # a line of fields, a label, a breadcrumb before the body: not judged
    rest = line.lstrip()[body.end() :]
    end = _FIELD_END.search(rest)
    if end is not None:
        rest = rest[: end.start()]
    words = [w for w in _LOWER_WORD.findall(rest) if w not in _NAME_FUNCTION_WORDS]
    return len(words) >= 2 or (len(words) == 1 and rest.rstrip().endswith((".", "!", "?")))


def _letterheads(text: str) -> list[re.Match[str]]:
    """The letterheads in the document's head: :data:`_LETTERHEAD`'s, a portal's line whose
    head is a site (:func:`_is_site`), a government body's social-media account; in order."""
    head = text[:1200]
    found = [m for m in _LETTERHEAD.finditer(head) if not _reads_as_sentence(m.group(0))]
    found += [m for m in _SITE_HEAD.finditer(head) if _is_site(m.group("site"))]
    found += list(_ACCOUNT.finditer(head, 0, min(len(head), 300)))
    return sorted(found, key=lambda m: m.start())


def _code_land(line: str) -> str | None:
    """The Land a body's line names by its code: a code after the body's name (``Landesregierung
    SH``, ``Staatskanzlei NRW``) or a part of an account's handle (``@landesregierung_sh``,
    ``@MS_Niedersachsen``).

    >>> _code_land("Landesregierung SH @landesregierung_sh"), _code_land("x @MS_Niedersachsen")
    ('DE-SH', 'DE-NI')
    """
    m = re.search(
        r"(?:[Mm]inisterium|[Kk]anzlei|[Rr]egierung|[Vv]erwaltung)[ \t]+(?P<code>[A-Z]{2,3})(?!\w)",
        line,
    )
    if m and (land := land_abbreviation(m.group("code"))):
        return land
    for handle in re.findall(r"@(\w{2,40})", line):
        for part in handle.split("_"):
            named = find_lands(part)
            if named and named[0].form in ("name", "alias", "genitive"):
                return named[0].code
            if (land := land_abbreviation(part.upper())) and len(part) <= 3:
                return land
    return None


# an answer to a parliamentary question: its answering body ("Antwort der Landesregierung",
# "Antwort des Ministers für …", "und Antwort des Sächsischen Staatsministeriums für …")
_ANSWER = re.compile(
    # a Drucksache's title line may name the question first ("Kleine Anfrage des Abg. X vom
    # … betreffend … und Antwort des Ministers für …")
    r"^[ \t]*(?:(?:Kleine|Große|Schriftliche|Mündliche)\s+Anfrage\b[^\n]{0,300}?\s(?=und\s))?"
    rf"(?:und[ \t]+)?(?:{letterspaced('Antwort')})\s+(?P<body>(?:der|des)\s+(?:[A-ZÄÖÜ][\w-]*(?:en|es)\s+)?"
    r"(?:Landesregierung|Staatsregierung|Senats?|Senatorin|Senators|Ministers|Ministerin"
    r"|Staatsministers|Staatsministerin|(?:Staats)?[Mm]inisteriums|[A-ZÄÖÜ][\w-]*ministeriums"
    r"|Staatskanzlei)\b[^\n]*)",
    re.M | re.I,
)
# issue 16: the header patterns, anchored at line starts, are tried after line breaks only
_LETTERHEAD, _SITE_HEAD, _ACCOUNT, _ANSWER = (
    Guarded(rx) for rx in (_LETTERHEAD, _SITE_HEAD, _ACCOUNT, _ANSWER)
)
# a parliament's name in a Drucksache's heading ("HESSISCHER LANDTAG", "Landtag Brandenburg",
# "Bürgerschaft der Freien Hansestadt Bremen", "Abgeordnetenhaus Berlin")
# the question it answers, or the parliament's paper that prints both
_QUESTION = re.compile(
    r"\b(?:Kleine|Große|Mündliche|Schriftliche)\s+Anfrage\b|\bDrucksache\b", re.I
)


def _answer_land(text: str) -> tuple[str, int, int] | None:
    """The Land whose government answers a parliamentary question the document prints, with
    the answer line's span: the Land the answering body's name gives, else the parliament's
    heading (``HESSISCHER LANDTAG``), else the one Land with a ministry of that name."""
    m = _ANSWER.search(text, 0, min(len(text), 1500))
    if m is None or not _QUESTION.search(text, 0, min(len(text), 1500)):
        return None
    body = re.sub(r"\s+", " ", m.group("body"))
    named = find_lands(body)
    land = named[0].code if named else None
    if land is None:
        land = parliament_land(text[: m.start()])
    if land is None:
        land = ministry_land(
            re.sub(r"^(?:der|des)\s+(?:Ministers?|Ministerin)\s+", "Ministerium ", body)
        )
    return (land, m.start(), m.end()) if land else None


# a line that names only a Land, above a body's letterhead ("Land Schleswig-Holstein",
# "Freistaat Sachsen", "Hansestadt Hamburg")
_LAND_LINE = re.compile(
    r"[ \t]*(?:(?:Das\s+)?Land|Freistaat|Freie\s+(?:und\s+)?Hansestadt|Hansestadt)?[ \t]*"
)


def _land_line_above(text: str, pos: int) -> list[LandMention]:
    """The Land a short line right above ``pos`` names and nothing else (the Land's header
    above its ministry's letterhead: ``Land Schleswig-Holstein`` / ``Ministerium für …``).

    >>> [m.code for m in _land_line_above("Land Schleswig-Holstein\\nMinisterium für X", 24)]
    ['DE-SH']
    >>> _land_line_above("Neues aus Kiel und Schleswig-Holstein\\nMinisterium für X", 38)
    []
    """
    if pos == 0:
        return []
    start = text.rfind("\n", 0, pos - 1) + 1
    line = text[start : pos - 1]
    if len(line) > 50:
        return []
    named = find_lands(line)
    if len(named) != 1 or named[0].form not in ("name", "alias"):
        return []
    head = _LAND_LINE.fullmatch(line[: named[0].start])
    return named if head and not line[named[0].end :].strip() else []


_BODY_NAME_START = re.compile(rf"(?:Die\s+|Der\s+)?{_BODY_NAME}")
# the end of a body's field in a header line or a breadcrumb: the next separator
_FIELD_END = re.compile(r"\s*[|>›»·]")


def _letterhead_names(text: str, letter: re.Match[str]) -> list[str]:
    """The body's name a letterhead gives, from the body's word on (a header line's fields
    before it, a breadcrumb's steps, a label are no part of it) to the field's end: first with
    its next line where the name may wrap, then alone (the next line may be a page's clutter:
    ``Navigation überspringen``).

    >>> import re
    >>> line = "Pressemitteilung Nr. 4/2024 | 17.06.2024 | Ministerium für Soziales | Presse"
    >>> _letterhead_names(line, re.match(".*", line))
    ['Ministerium für Soziales']
    """
    name = text[letter.start() : letter.end()]
    body = _BODY_NAME_START.search(name)
    if body is not None:
        name = name[body.start() :]
        end = _FIELD_END.search(name)
        if end is not None:
            name = name[: end.start()]
    name = re.sub(r"\s+", " ", name).strip()
    nxt = text[letter.end() + 1 : letter.end() + 120].split("\n")[0].strip()
    if nxt and nxt[0].isupper() and len(nxt) < 60 and not re.search(r"\d", nxt):
        return [f"{name} {nxt}", name]
    return [name]


def _letterhead_ministry_land(text: str, letter: re.Match[str]) -> str | None:
    """The one Land with a ministry of the letterhead's name (:func:`ministry_land`)."""
    for name in _letterhead_names(text, letter):
        if land := ministry_land(name):
            return land
    return None


_CITY_STATE_BODY = (
    (re.compile(r"\bSenatsverwaltung\b"), "DE-BE"),
    (re.compile(r"(?<![\w-])(?:Senats)?[Bb]ehörde\s+für\b"), "DE-HH"),
    # Bremen's ministries bear their senator's title: "Der Senator für Inneres und Sport"
    (re.compile(r"^[ \t]*(?:Die|Der)\s+Senator(?:in)?\s+für\b"), "DE-HB"),
)


# a line of a body's name only: capitalised words, the function words of a remit, commas
_NAME_ONLY = re.compile(r"[ \t]*(?:Die\s+|Der\s+)?[A-ZÄÖÜ][\w-]*" + _NAME_TAIL)


def _city_state_body(letterhead: str) -> str | None:
    """The city-state whose kind of ministry a letterhead names (``Senatsverwaltung für …`` →
    Berlin, ``Behörde für …`` → Hamburg).

    >>> _city_state_body("Senatsverwaltung für Integration"), _city_state_body("Behörde für Arbeit")
    ('DE-BE', 'DE-HH')
    >>> _city_state_body("Ministerium für Soziales") is None
    True
    """
    for rx, land in _CITY_STATE_BODY:
        if rx.search(letterhead):
            return land
    return None


def _office_land(offices: list[OfficeMention]) -> str | None:
    """The one Land of the Land offices a release names, where the Land is named only in
    their titles (``Sachsens Integrationsministerin X``: the ministry that issues it)."""
    found = {o.land for o in offices if o.land and o.land != "DE"}
    return next(iter(found)) if len(found) == 1 else None


def normalise_name(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s)).strip().lower()


# words a ministry's name shares with any other: not compared
_NAME_FILLERS = frozenset({"die", "der", "des", "für", "und", "das"})


def _name_words(name: str) -> frozenset[str]:
    return frozenset(normalise_name(name).split()) - _NAME_FILLERS


@cache
def _ministry_words() -> tuple[tuple[str, str | None, frozenset[str]], ...]:
    """Each reference ministry's key, Land and the words of its name (once per process)."""
    return tuple((m.key, m.land, w) for m in ministries() if (w := _name_words(m.name)))


def _shared(words: frozenset[str], ref: frozenset[str]) -> float:
    """How much of the words of both names the two share (Jaccard)."""
    return len(words & ref) / len(words | ref)


def match_ministry(name: str, land: str | None, threshold: float = 0.6) -> str | None:
    """The reference key of a ministry named in a letterhead, matched on its words (at least
    ``threshold`` of the words of both names shared)."""
    words = _name_words(name)
    best, best_score = None, 0.0
    for key, m_land, ref in _ministry_words():
        if land and m_land != land:
            continue
        score = _shared(words, ref)
        if score > best_score:
            best, best_score = key, score
    return best if best_score >= threshold else None


def ministry_land(name: str, threshold: float = 0.8) -> str | None:
    """The one Land whose ministries in the reference list bear this name (at least
    ``threshold`` of the words of both names shared), or bear it more nearly than any other
    Land's; None where none does or several do equally.

    >>> ministry_land("Senatorin für Soziales, Jugend, Integration und Sport")
    'DE-HB'
    >>> ministry_land("Ministerium für Soziales, Gesundheit und Integration")
    'DE-BW'
    >>> ministry_land("Ministerium für Inneres") is None
    True
    """
    words = _name_words(name)
    best: dict[str | None, float] = {}
    for _, m_land, ref in _ministry_words():
        best[m_land] = max(best.get(m_land, 0.0), _shared(words, ref))
    found = [(score, land) for land, score in best.items() if score >= threshold]
    if not found:
        return None
    found.sort(reverse=True, key=lambda f: f[0])
    # one Land's ministry bears the name, or bears it more nearly than any other Land's
    # ("Ministerium für Soziales, Gesundheit und Integration" is Baden-Württemberg's name
    # exactly and shares four of five words with Brandenburg's)
    if len(found) > 1 and found[1][0] >= found[0][0]:
        return None
    return found[0][1]


_GENERIC_HEADING = re.compile(
    r"(?:Pres+e?mitteilung|Pressemeldung|Presseinformation|Medieninformation|Presse|Aktuelles"
    r"|Startseite|Nachrichten|Mitteilung|Meldung|Inhalt|Pressemitteilungen)\W*(?:Nr\.?\s*[\d/]+)?\W*",
    re.I,
)


def document_title(index: TextIndex, limit: int = 160) -> str | None:
    """The document's title: its first Markdown heading that is not a generic label, else the
    first line of 12 characters or more that is not a letterhead, dateline, caption, generic
    label (``Medieninformation``) or clutter; a line that is more than one sentence or longer
    than ``limit`` gives its first sentence, cut at a word boundary with ``…`` if still too long.

    >>> document_title(TextIndex("# Medieninformation\\n\\n## Land fördert Sprachkurse\\n\\nText."))
    'Land fördert Sprachkurse'
    >>> document_title(TextIndex("Die 19. IntMK tagt heute. Sie dauert zwei Tage."))
    'Die 19. IntMK tagt heute.'
    """
    text = index.text
    chosen: tuple[int, int] | None = None
    for s, e in index.blocks[:80]:
        if text[s] == "#" and _title_line(index, s, e):
            chosen = (s, e)
            break
    if chosen is None:
        chosen = next(((s, e) for s, e in index.blocks[:80] if _title_line(index, s, e)), None)
    if chosen is None:
        return None
    s, e = chosen
    while s < e and text[s] in "# \t":
        s += 1
    e = first_sentence_end(text, s, e)
    line = re.sub(r"\s+", " ", re.sub(r"\*\*|__", "", text[s:e])).strip(" *_")
    return _cut(line, limit)


# compiled once: the title is looked for in up to 80 blocks of every document
_MARKUP = re.compile(r"^#+|\*\*|__")
_WHITE_RUN = re.compile(r"\s+")


def _title_line(index: TextIndex, s: int, e: int) -> bool:
    if index.is_clutter(s) or index.in_caption(s):
        return False
    line = _WHITE_RUN.sub(" ", _MARKUP.sub("", index.text[s:e])).strip(" *_")
    return not (
        len(line) < 12
        or " " not in line
        or _GENERIC_HEADING.fullmatch(line)
        or _LETTERHEAD.match(line)
        or ((site := _SITE_HEAD.match(line)) and _is_site(site.group("site")))
        or _CLUTTER_LABEL.match(line)
        or re.fullmatch(r"[\d.\s|:,–-]+(?:Uhr)?", line)
        or (len(line) <= 60 and find_dates(line))
    )


_CLUTTER_LABEL = re.compile(
    r"(?:Ihr\s+)?(?:Ansprechpartner(?:in)?|Durchwahl|Kontakt|Pressekontakt|Rückfragen|Telefon|E-Mail)\b"
)


def _cut(line: str, limit: int) -> str:
    if len(line) <= limit:
        return line
    cut = line[: limit + 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + " …"


# the function words of a body's name, in lower case in a name set in capitals
_NAME_FUNCTION_WORDS = frozenset(
    "für und des der die das den dem von im in zur zum sowie am an vom".split()
)
_CAPITALS_LINE = re.compile(r"^[^\S\n]*(?=[^\n]*[A-ZÄÖÜ]{2})[^a-zäöüß\n]{10,200}$", re.M)
_LETTERS = re.compile(r"[^\W\d_]+")


def _recase_word(m: re.Match[str]) -> str:
    word = m.group(0)
    if word.lower() in _NAME_FUNCTION_WORDS:
        return word.lower()
    if len(word) <= 3:
        return word  # a code or an acronym: "NRW", "SH"
    return word[0] + word[1:].lower()


def recased_capital_lines(text: str, limit: int = 1500) -> str:
    """``text`` with each line of its head set in capitals (a PDF's letterhead: ``MINISTERIUM
    FÜR SOZIALES, GESUNDHEIT UND INTEGRATION``) in the case of running text, the function words
    of a name in lower case and codes (``NRW``) kept; the same length, so spans still hold.

    >>> recased_capital_lines("BAYERISCHES STAATSMINISTERIUM FÜR FAMILIE, ARBEIT UND SOZIALES\\nText")
    'Bayerisches Staatsministerium für Familie, Arbeit und Soziales\\nText'
    >>> recased_capital_lines("STAATSKANZLEI NRW – BADEN-WÜRTTEMBERG")
    'Staatskanzlei NRW – Baden-Württemberg'
    >>> recased_capital_lines("DIE SENATORIN FÜR SOZIALES")
    'Die Senatorin für Soziales'
    """
    head = text[:limit]

    def recase(line: re.Match[str]) -> str:
        out = _LETTERS.sub(_recase_word, line.group(0))
        first = _LETTERS.search(out)  # the line's first word opens it in capitals: "Die …"
        return (
            out
            if first is None
            else out[: first.start()] + out[first.start()].upper() + out[first.start() + 1 :]
        )

    out = _CAPITALS_LINE.sub(recase, head)
    if len(out) != len(head):
        return text  # a letter whose case changes its length ("ẞ"): leave the text as it is
    return out + text[limit:]


def document_facts(
    index: TextIndex, lands: list[LandMention], offices: list[OfficeMention]
) -> DocumentFacts:
    text = index.text
    facts = DocumentFacts()
    found = document_date(text)
    if found:
        facts.date, s, e = found
        facts.date_evidence = Evidence(s, e, index.sentence_text(s), EXTRACTOR)
    head = text[:1500]
    if _RECORD.search(text[:600]):
        facts.kind = "resolution-record"
    elif _own_press(head):
        facts.kind = "press-release"
    facts.title = document_title(index)
    if facts.kind == "resolution-record":
        return facts  # issued by the conference, not by one Land
    # a letterhead set in capitals is read in the case of running text (same spans)
    text = recased_capital_lines(text)
    head = text[:1500]
    answer = _answer_land(text)
    if answer is not None:
        # a reply to a parliamentary question: the answering Land government issues it
        facts.publisher_land = answer[0]
        facts.publisher_evidence = Evidence(
            answer[1], answer[2], index.sentence_text(answer[1]), EXTRACTOR
        )
        return facts
    letter = next(
        (m for m in _letterheads(text) if not _in_contact_block(text, m.start())),
        None,
    )
    if letter is None:
        # a page's owner in the copyright line at its foot ("© Niedersächsisches Ministerium
        # für …"); a © under a caption near the top credits a photo
        letter = next(
            (
                m
                for m in _COPYRIGHT.finditer(text, max(0, len(text) - 600))
                if len(text[m.end() :].strip()) <= 200
            ),
            None,
        )
    tag = None if letter else _source_tag(text)
    if tag is not None:
        # "Quelle: SozMin.SH / 11.09.2024": a ministry's source tag with its Land's code
        facts.publisher_land = tag[0]
        facts.publisher_evidence = Evidence(tag[1], tag[2], index.sentence_text(tag[1]), EXTRACTOR)
        return facts
    press = _own_press(head)
    official = None if letter or press else _official_dateline(text)
    if not letter and not press and not official:
        return facts
    if not letter and press and _other_issuer(text, press):
        return facts  # "Pressemitteilung des Flüchtlingsrats Brandenburg e. V.": no Land body
    if not letter and press and not offices and _anonymous_release(text, press):
        return facts  # "Pressemitteilung / … Das Land Rheinland-Pfalz lädt ein": no issuer shown
    land = None
    if official is not None:
        # "Magdeburg, den 16.03.2018" over a release of that Land's minister: the Land whose
        # seat dates it, where its office holders or its mentions agree
        role_spans = [(o.evidence.start, o.evidence.end) for o in offices]
        if official[0] not in (_office_land(offices), dominant_land(lands, role_spans)):
            return facts
        facts.publisher_land = official[0]
        facts.publisher_evidence = Evidence(
            official[1], official[2], index.sentence_text(official[1]), EXTRACTOR
        )
        return facts
    span = letter.span() if letter else press.span()  # type: ignore[union-attr]
    if letter:
        letter_text = re.sub(
            r"\s+", " ", text[letter.start() : letter.end() + 120].split("\n\n")[0]
        )
        if _FEDERAL_BODY.search(text[letter.start() : letter.end()]):
            land = "DE"
        else:
            named = _land_line_above(text, letter.start()) or find_lands(letter_text)
            if named:
                land = named[0].code
            else:
                # "bayern.de > Staatsministerium für …", "Landesregierung SH @landesregierung_sh"
                land = domain_land(letter_text) or _code_land(text[letter.start() : letter.end()])
    if land is None and letter:
        # a letterhead that names the body but not its Land ("Die Senatorin für Arbeit, …"):
        # the Land of the ministry of that name in the reference list
        land = _letterhead_ministry_land(text, letter)
    if land is None and letter and _NAME_ONLY.match(text, letter.start(), letter.end()):
        # a kind of body only one city-state has: Berlin's ministries are Senatsverwaltungen,
        # Hamburg's Behörden ("Behörde für Arbeit, …"); a line that goes on with a verb is a
        # headline about some authority ("Behörde für Migration meldet mehr Anträge")
        land = _city_state_body(text[letter.start() : letter.end()])
    if land is None:
        role_spans = [(o.evidence.start, o.evidence.end) for o in offices]
        land = dominant_land(lands, role_spans) or _office_land(offices)
    if land is None:
        return facts
    facts.publisher_land = land
    if letter:
        facts.publisher_ministry = next(
            (k for n in _letterhead_names(text, letter) if (k := match_ministry(n, land))), None
        )
    facts.publisher_evidence = Evidence(span[0], span[1], index.sentence_text(span[0]), EXTRACTOR)
    return facts
