"""Gazetteer of the Länder and the federation: names, genitives, adjectives, demonyms, aliases.

Matches survive PDF damage such as ``Rheinland- Pfalz`` and ``Mecklenburg- Vorpommern``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from intgraph.models import LandMention
from intgraph.reference import laender

_ADJ_ENDINGS = "(?:e|er|en|es|em)?"
FEDERAL = re.compile(
    r"(?<![\w-])(?:Bundesregierung|Bundes(?:innen|integrations|sozial|familien|arbeits)?minister\w*"
    r"|Bundeskanzler\w*|Bundesinnenministerium|Bundesministerium\w*|Auswärtige[nms]?\s+Amt(?:e?s)?)(?![\w-])"
)


def _form(s: str) -> str:
    return re.escape(s).replace(r"\-", r"-\s?")


def _cap_insensitive(s: str) -> str:
    """Allow the first letter in either case (``sächsische`` / ``Sächsische``)."""
    first = s[0]
    return f"[{first.upper()}{first.lower()}]{_form(s[1:])}"


@cache
def _alternatives() -> tuple[list[tuple[str, str, str]], str]:
    """The mention pattern's alternatives (regex, code, form), longest first, and the class
    of the letters they start with."""
    alternatives: list[tuple[str, str, str]] = []  # (regex, code, form)
    initials: set[str] = set()  # the letters an alternative can start with

    def add(text: str, rx: str, code: str, form: str, *, either_case: bool = False) -> None:
        alternatives.append((rx, code, form))
        initials.update({text[0].upper(), text[0].lower()} if either_case else {text[0]})

    for land in laender():
        sachsen = "(?!-\\s?Anhalt)" if land.name_de == "Sachsen" else ""
        add(land.name_de, _form(land.name_de) + sachsen, land.code, "name")
        for g in land.genitives:
            add(g, _form(g), land.code, "genitive")
        adjective = _cap_insensitive(land.adjective) + _ADJ_ENDINGS
        add(land.adjective, adjective, land.code, "adjective", either_case=True)
        if land.demonym:
            add(land.demonym, _form(land.demonym) + "(?:innen|in)?", land.code, "demonym")
        for a in land.aliases:
            add(a, _form(a), land.code, "alias")
    # longest first so that "Sachsen-Anhalt" wins over "Sachsen"
    alternatives.sort(key=lambda a: -len(a[0]))
    return alternatives, "[" + "".join(sorted(re.escape(c) for c in initials)) + "]"


def _first_item(rx: str) -> int:
    """The length of the regex of an alternative's first character (``S``, ``\\.``, ``[Ss]``)."""
    if rx.startswith("["):
        return rx.index("]") + 1
    return 2 if rx.startswith("\\") else 1


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """The mention pattern: ``(?<![\\w-])(?:(?P<g0>alternative)|…)(?![\\w-])``
    (:func:`_plain_pattern`), with each alternative's first letter before its group
    (``S(?P<g7>achsen)``): the engine skips an alternative whose first letter differs without
    entering it, where it entered every group of 150 to compare one letter (about four times
    faster; the same matches, the same alternative wins, and only the groups' names are read).
    """
    alternatives, first = _alternatives()
    groups = {}
    parts = []
    for i, (rx, code, form) in enumerate(alternatives):
        name = f"g{i}"
        groups[name] = (code, form)
        cut = _first_item(rx)
        parts.append(f"{rx[:cut]}(?P<{name}>{rx[cut:]})")
    rx = r"(?<![\w-])(?=" + first + r")(?:" + "|".join(parts) + r")(?![\w-])"
    return re.compile(rx), groups


def _plain_pattern() -> re.Pattern[str]:
    """:func:`_pattern` as first written (what the tests compare it with)."""
    alternatives, first = _alternatives()
    parts = [f"(?P<g{i}>{rx})" for i, (rx, _, _) in enumerate(alternatives)]
    return re.compile(r"(?<![\w-])(?=" + first + r")(?:" + "|".join(parts) + r")(?![\w-])")


def find_lands(text: str) -> list[LandMention]:
    """Every Land mention in the text, in order.

    >>> [(m.code, m.form) for m in find_lands("unter dem Vorsitz Mecklenburg-Vorpommerns")]
    [('DE-MV', 'genitive')]
    >>> [m.code for m in find_lands("die sächsische Ministerin und NRW, nicht Niedersachsen")]
    ['DE-SN', 'DE-NW', 'DE-NI']
    """
    rx, groups = _pattern()
    out = []
    for m in rx.finditer(text):
        code, form = groups[m.lastgroup or ""]
        out.append(LandMention(code, m.start(), m.end(), form))
    return out


@cache
def lands_in_phrase(text: str) -> tuple[LandMention, ...]:
    """:func:`find_lands` for short phrases and single tokens, remembered."""
    return tuple(find_lands(text))


def land_in(text: str) -> str | None:
    """The first Land named in a short phrase, or ``DE`` for a federal body."""
    found = find_lands(text)
    if found:
        return found[0].code
    if FEDERAL.search(text):
        return "DE"
    return None


def dominant_land(lands: list[LandMention], exclude: list[tuple[int, int]]) -> str | None:
    """The Land mentioned most often outside the given spans, if one clearly leads."""
    inside = _covered(exclude)
    counts = Counter(m.code for m in lands if m.code != "DE" and not inside(m.start))
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _covered(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of ``any(s <= pos < e for s, e in spans)`` in logarithmic time: the spans are
    merged into sorted, disjoint runs once (a table of 10,000 office rows beside 10,000 Land
    mentions made the plain test quadratic)."""
    runs: list[list[int]] = []
    for s, e in sorted(sp for sp in spans if sp[0] < sp[1]):
        if runs and s <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], e)
        else:
            runs.append([s, e])
    starts = [s for s, _ in runs]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < runs[i][1]

    return inside


_PARLIAMENT = re.compile(r"\b(?:Landtags?|Bürgerschaft|Abgeordnetenhaus)\b", re.I)


_DOUBLE_ADJECTIVE = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöü]+-[A-ZÄÖÜ][a-zäöü]+isch(?:e[rnms]?)?(?![\w-])"
)


def heading_land(line: str) -> str | None:
    """The Land a heading line names, also in capitals (``HESSISCHER LANDTAG``, ``LANDTAG
    MECKLENBURG-VORPOMMERN``, ``SCHLESWIG-HOLSTEINISCHER LANDTAG``): a word in capitals reads
    as a name (each part capitalised) or as an adjective (only its first letter).

    >>> heading_land("SCHLESWIG-HOLSTEINISCHER LANDTAG"), heading_land("LANDTAG MECKLENBURG-VORPOMMERN")
    ('DE-SH', 'DE-MV')
    """
    caps = re.compile(r"(?<![\w-])[A-ZÄÖÜ][A-ZÄÖÜ-]{2,}(?![\w-])")
    for variant in (
        line,
        caps.sub(lambda w: w.group().title(), line),
        caps.sub(lambda w: w.group().capitalize(), line),
        # an adjective of a double name, capitalised in an official name ("Schleswig-
        # Holsteinischer Landtag")
        _DOUBLE_ADJECTIVE.sub(lambda w: w.group().capitalize(), line),
    ):
        # (a demonym only as the parliament's adjective: "Thüringer Landtag")
        named = [
            n
            for n in find_lands(variant)
            if n.form != "demonym" or re.match(r"\s+Landtag\b", variant[n.end :])
        ]
        if named:
            return named[0].code
    return None


def parliament_land(text: str, lines: int = 6) -> str | None:
    """The Land of a parliament's heading on one of the first ``lines`` lines of a text
    (``Landtag Rheinland-Pfalz – 18. Wahlperiode``, ``HESSISCHER LANDTAG   Drucksache 21/8``,
    ``Bürgerschaft der Freien Hansestadt Bremen``): a Drucksache's or a protocol's.

    >>> parliament_land("Schleswig-Holsteinischer Landtag – Plenarprotokoll 20/41\\n\\nText")
    'DE-SH'
    >>> parliament_land("Der Landtag tagt.\\nIn Sachsen …") is None
    True
    """
    for line in text.split("\n", lines)[:lines]:
        if len(line) <= 160 and _PARLIAMENT.search(line) and not re.search(r"[.!?]\s*$", line):
            land = heading_land(line)
            if land:
                return land
    return None


# a news or press dateline opening a line: "Kiel – …", "Mainz (dpa) - …", "Erfurt, 4. Mai …",
# "Stuttgart. Der …", "Göttingen. „Bildung …“ – so …" (a quotation opening the story)
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-ZÄÖÜ][\w.-]+(?:[ /-][A-ZÄÖÜ][\w.-]+)?)[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?"
    r"(?:[–—-][ \t]+\S|,[ \t]+(?:den[ \t]+)?\d|\.[ \t]+[A-ZÄÖÜ„»\"])",
    re.M,
)


_COLON_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-ZÄÖÜ][\w.-]+(?:[ /-][A-ZÄÖÜ][\w.-]+)?):[ \t]+"
    r"(?:Der|Die|Das|Ein|Eine|Im|In|Am|Nach|Seit|Mit|Bei|Auf|Für|Vor|Zum|Zur)[ \t]+\S",
    re.M,
)


def dateline_land(text: str, window: int = 3000, seat: bool = False) -> str | None:
    """The Land of the city in the first dateline of the text (``Kiel – Der Minister …`` →
    DE-SH), from the reference list of places; None where no listed city opens a line. With
    ``seat``, only a Land's capital, the seat of its government, counts (``München.`` →
    DE-BY, ``Nürnberg.`` → None).

    >>> dateline_land("Kieler Zeitung\\n\\nKiel – Der Minister sagte"), dateline_land("Kiel ist schön")
    ('DE-SH', None)
    >>> dateline_land("Magdeburg/Halle. Der …"), dateline_land("Sitzung der Regierung, Kiel, 4. Mai 2020")
    ('DE-ST', 'DE-SH')
    >>> dateline_land("BR24 | Oberbayern\\nMünchen: Die Staatsregierung hat"), dateline_land("Kiel: 4,2 Prozent")
    ('DE-BY', None)
    """
    cities = _city_lands()
    capitals = _capital_rx()[1]

    def found(city: str, land: str | None) -> str | None:
        if land is None or not seat:
            return land
        # the seat of the Land's government, in ordinary case or in capitals
        return land if capitals.get(city) == land or capitals.get(city.title()) == land else None

    for m in _DATELINE.finditer(text, 0, min(len(text), window)):
        # "Magdeburg/Halle. …": the first city of a shared dateline, else the second
        for city in (m.group("city"), *m.group("city").split("/")):
            land = cities.get(city) or _caps_city(city)
            if land:
                return found(city, land)
    # an agency dateline in capitals, without a dash: "KASSEL Der …", "ULM. Die …"
    for m in _CAPS_DATELINE.finditer(text, 0, min(len(text), window)):
        for city in (m.group("city"), *m.group("city").split("/")):
            land = _caps_city(city)
            if land:
                return found(city, land)
    # a broadcaster's or portal's dateline with a colon, under the header: "BR24 | Oberbayern /
    # München: Die Staatsregierung hat …" (a sentence after it; the head of the text only)
    for m in _COLON_DATELINE.finditer(text, 0, min(len(text), 400)):
        land = cities.get(m.group("city"))
        if land:
            return found(m.group("city"), land)
    # a header line that places and dates the document: "Pressekonferenz der
    # Landesregierung, Schwerin, 4. Juli 2023 – Protokoll"
    head = text[: min(len(text), 400)]
    first = head.split("\n\n", 1)[0]
    for m in _HEADER_PLACE.finditer(first):
        land = cities.get(m.group("city"))
        if land:
            return found(m.group("city"), land)
    return None


def dateline_city(text: str, window: int = 3000) -> str | None:
    """The listed city of the first dateline of the text (``Magdeburg. Die Minister …`` →
    Magdeburg), as :func:`dateline_land` reads it; None where no listed city opens a line.

    >>> dateline_city("Volksstimme\\n\\nMagdeburg. Die Minister tagen."), dateline_city("Kiel ist schön")
    ('Magdeburg', None)
    """
    cities = _city_lands()
    for m in _DATELINE.finditer(text, 0, min(len(text), window)):
        for city in (m.group("city"), *m.group("city").split("/")):
            if city in cities:
                return city
    return None


_CAPS_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-ZÄÖÜ]{3,}(?:[/-][A-ZÄÖÜ]{3,})?)\.?[ \t]+(?:\([^()\n]{1,20}\)[ \t]*)?"
    r"[A-ZÄÖÜ][a-zäöüß]",
    re.M,
)


def _caps_city(city: str) -> str | None:
    """The Land of a listed city written in capitals (``KIEL``, ``FRANKFURT-ODER`` no)."""
    if not city.isupper():
        return None
    return _caps_cities().get(city)


@cache
def _caps_cities() -> dict[str, str]:
    return {n.upper(): land for n, land in _city_lands().items()}


_HEADER_PLACE = re.compile(
    r",[ \t]+(?P<city>[A-ZÄÖÜ][\w-]+),[ \t]+(?:den[ \t]+)?\d{1,2}\.[ \t]*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)"
)


@cache
def _city_lands() -> dict[str, str]:
    from intgraph.reference import places

    return {n: p.land for p in places() for n in (p.name, *p.aliases) if p.land}


def city_land(name: str) -> str | None:
    """The Land of a listed city (``Jena`` → DE-TH), None for a name the list lacks.

    >>> city_land("Jena"), city_land("Mira")
    ('DE-TH', None)
    """
    return _city_lands().get(name)


@cache
def proper_adjectives() -> tuple[str, ...]:
    """The Länder's adjectives as they open a proper name, without ending (``Sächsisch``,
    ``Nordrhein-Westfälisch``: every part capitalised), longest first.

    >>> proper_adjectives()[0], "Bayerisch" in proper_adjectives()
    ('Mecklenburg-Vorpommersch', True)
    """
    forms = {
        "-".join(part[:1].upper() + part[1:] for part in land.adjective.split("-"))
        for land in laender()
    }
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


@cache
def _abbreviations() -> dict[str, str]:
    out = {land.code.removeprefix("DE-"): land.code for land in laender()}
    out["NRW"] = "DE-NW"
    return out


def land_abbreviation(token: str) -> str | None:
    """The Land a table or list label abbreviates (the letters of its ISO code, ``NRW``).

    >>> land_abbreviation("HB"), land_abbreviation("NRW"), land_abbreviation("XY")
    ('DE-HB', 'DE-NW', None)
    """
    return _abbreviations().get(token)


@cache
def _capital_rx() -> tuple[re.Pattern[str], dict[str, str]]:
    capitals = {land.capital: land.code for land in laender() if land.capital}
    names = "|".join(re.escape(c) for c in sorted(capitals, key=len, reverse=True))
    return re.compile(rf"\b(?:in|aus)\s+(?P<city>{names})(?![\w-])"), capitals


def seat_land(city: str) -> str | None:
    """The Land whose government sits in ``city`` (its capital), if any.

    >>> seat_land("Magdeburg"), seat_land("Bremen"), seat_land("Nürnberg")
    ('DE-ST', 'DE-HB', None)
    """
    return _capital_rx()[1].get(city)


def capital_land(phrase: str) -> str | None:
    """The Land whose capital a role phrase places the office in (``Staatssekretärin im
    Sozialministerium in Stuttgart`` → DE-BW): ministries sit in the capital.

    >>> capital_land("vom Sozialministerium in Stuttgart"), capital_land("in Ulm")
    ('DE-BW', None)
    """
    rx, capitals = _capital_rx()
    m = rx.search(phrase)
    return capitals[m.group("city")] if m else None


def _ascii_fold(s: str) -> str:
    return s.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


@cache
def _domain_names() -> dict[str, str]:
    out = {}
    for land in laender():
        for n in (land.name_de, *land.aliases):
            out[_ascii_fold(n).replace(" ", "-")] = land.code
    return out


_DOMAIN = re.compile(r"(?<![\w.@-])(?:www\.)?(?P<name>[a-zäöü][a-zäöü-]{1,30})\.de(?![\w-])")


def domain_land(text: str) -> str | None:
    """The Land whose portal a web address in ``text`` names (``saarland.de``,
    ``www.thueringen.de``, ``rlp.de``): a breadcrumb or source line of a Land's site.

    >>> domain_land("saarland.de > Ministerium"), domain_land("www.thueringen.de"), domain_land("zeit.de")
    ('DE-SL', 'DE-TH', None)
    """
    names = _domain_names()
    for m in _DOMAIN.finditer(text):
        land = names.get(_ascii_fold(m.group("name")))
        if land:
            return land
    return None


# a city named as a place: after a preposition of place ("in Kassel", "aus Kassel"), after a
# government body or press conference that sits there ("Staatskanzlei Kassel",
# "Landespressekonferenz Kassel") or opening a line (a dateline or letterhead); not a city name
# that is also a common noun ("beim Essen", "in der Halle")
_PLACE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:[Ii]n|[Aa]us|[Nn]ach|[Bb]ei|[Vv]on)|[A-ZÄÖÜ][a-zäöüß]{3,}|^|\n)[ \t]*\[?$"
)
# a sentence that tells a meeting or a journey: its place is where the people went, not
# where they hold office ("Die Konferenz tagt in Kassel", "Bei einem Besuch in Kassel",
# "Beim Treffen der Ministerinnen in Kassel"); a press conference is the host's
_AWAY = re.compile(
    r"(?<![\w-])(?:tag(?:t|te|ten|en|ende[rn]?)|[\w-]*(?<![Pp]resse)[Kk]onferenz\w*"
    r"|IntMK|IMK|MPK|ASMK|JFMK|GMK|[\w-]*[Tt]reffen|[\w-]*[Gg]ipfel|Sitzung\w*"
    r"|Besuch\w*|besuch(?:t|te|ten|en)|[Rr]eise\w*|reist\w*|zu\s+Gast|Visite"
    # a Land's office at the federation's seat: "die Landesvertretung in Berlin"
    r"|[\w-]*[Ll]andesvertretung\w*)(?![\w-])"
)


def _away_or_aside(text: str, start: int, end: int) -> bool:
    """The city at ``text[start:end]`` stands in a bracket (``(zuvor Oberbürgermeister von
    Kassel)``) or in a sentence that tells a meeting or a journey (:data:`_AWAY`): it names no
    seat of the people the text is about. Both looks are bounded (linear in the text)."""
    lo = max(0, start - 160)
    head = text[lo:start]
    cut = max(head.rfind(c) for c in ".!?\n")
    head = head[cut + 1 :]
    if head.count("(") > head.count(")"):
        return True
    tail = text[end : end + 160]
    stop = min((i for i in (tail.find(c) for c in ".!?\n") if i >= 0), default=len(tail))
    return bool(_AWAY.search(head) or _AWAY.search(tail, 0, stop))


# a government body or a press conference named by its seat: "Staatskanzlei Schwerin",
# "Landespressekonferenz Stuttgart", "Sozialministerium Kiel", "Senatskanzlei Bremen"
_SEAT_NOUN = re.compile(
    r"^(?:Staatskanzlei|Senatskanzlei|Senatsverwaltung|Landtag|Landesregierung|Staatsregierung"
    r"|Landeshaus|Rathaus|[\w-]*[Mm]inisterium|[\w-]*[Pp]ressekonferenz|[\w-]*[Pp]ressestelle)$"
)
_PLACE_PREPOSITIONS = frozenset({"in", "aus", "nach", "bei", "von"})


@cache
def _place_rx() -> re.Pattern[str]:
    names = sorted(_city_lands(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def place_lands(text: str) -> set[str]:
    """The Länder of the listed cities the text names as places (``In Kassel``, ``Staatskanzlei
    Kiel``, ``[Pressekonferenz Hannover]``, a dateline): a city lies in one Land, the seat of its
    ministries or the place of the event told; not the venue of a meeting or the goal of a
    journey (``Die Konferenz tagt in Kassel``, ``Bei einem Besuch in Kiel``), a city in
    brackets (``(zuvor Bürgermeister von Kassel)``) or in another body's name (``des Bistums
    Kassel``).

    >>> sorted(place_lands("In Kassel eröffnete sie … Empfang in der Staatskanzlei Kiel"))
    ['DE-HE', 'DE-SH']
    >>> place_lands("Die Konferenz tagt in Kassel."), place_lands("X (zuvor Landrat in Kassel)")
    (set(), set())
    >>> place_lands("beim Essen in der Halle. Diese Halle"), place_lands("Gäste aus Essen")
    (set(), {'DE-NW'})
    """
    cities = _city_lands()
    out = set()
    for m in _place_rx().finditer(text):
        before = _PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        word = before.group().strip(" \t[\n") if before else ""
        if not before:
            continue
        if word.lower() in _PLACE_PREPOSITIONS:
            if _away_or_aside(text, m.start(), m.end()):
                continue
        elif word and not _SEAT_NOUN.search(word):
            # a capitalised word before it must be a body that sits there ("Staatskanzlei
            # Kassel"), not "Diese Halle" or another body's name ("des Bistums Kassel")
            continue
        out.add(cities[m.group()])
    return out


@cache
def _capital_adjectives() -> dict[str, str]:
    """The adjectives of the Länder's capitals (``Kieler``, ``Schweriner``, ``Dresdner``,
    ``Münchner``, ``Saarbrücker``, ``hannoversche``), formed as German forms them: the city's
    name and ``-er``, for a name on ``-en`` also its stem and ``-er`` / ``-ner``."""
    out: dict[str, str] = {}
    for land in laender():
        city = land.capital
        if not city:
            continue
        forms = {city + "er"}
        if city.endswith("en"):
            forms |= {city[:-2] + "er", city[:-2] + "ner"}
        for f in forms:
            out[f] = land.code
    for end in ("e", "en", "er", "es", "em"):  # the one capital with an -isch adjective
        out["hannoversch" + end] = out["Hannoversch" + end] = "DE-NI"
    out["Hannoveraner"] = "DE-NI"
    return out


def capital_adjective_land(token: str) -> str | None:
    """The Land whose capital the adjective ``token`` is formed from (``Kieler`` → DE-SH).

    >>> capital_adjective_land("Schweriner"), capital_adjective_land("Dresdner")
    ('DE-MV', 'DE-SN')
    >>> capital_adjective_land("Saarbrücker"), capital_adjective_land("Kasseler")
    ('DE-SL', None)
    """
    return _capital_adjectives().get(token)


# the head nouns a capital's adjective makes a Land's (cities have no ministers and no
# cabinet): "die Schweriner Sozialministerin", "im Kieler Sozialministerium", "der Erfurter
# Staatskanzlei", "die Mainzer Landesregierung" — not "der Mainzer Oberbürgermeister" or "die
# Kieler Integrationsbeauftragte" (the city's own)
_LAND_HEAD = (
    r"(?:[\w-]*(?:[Mm]inister(?:in|innen|s|n)?|[Mm]inisteriums?|[Ss]taatssekretär(?:in|s|en)?"
    r"|[Mm]inisterpräsident(?:in|en)?)|Staatsr(?:at|ätin|ats)|Staatskanzlei|Landesregierung"
    r"|Staatsregierung|Kabinetts?|Regierungsche(?:f|fin|fs))(?![\w-])"
)


@cache
def _capital_head_rx() -> re.Pattern[str]:
    forms = "|".join(sorted(map(re.escape, _capital_adjectives()), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<adj>{forms})\s+(?:[a-zäöü][\w-]*e[nrms]?\s+)?{_LAND_HEAD}")


def capital_office_land(phrase: str) -> str | None:
    """The Land a capital's adjective gives a Land office or body in ``phrase``.

    >>> capital_office_land("Der Staatssekretär im Kieler Sozialministerium")
    'DE-SH'
    >>> capital_office_land("die Schweriner Sozialministerin"), capital_office_land("der Kieler Oberbürgermeister")
    ('DE-MV', None)
    """
    if "er" not in phrase and "sch" not in phrase:
        return None
    m = _capital_head_rx().search(phrase)
    return capital_adjective_land(m.group("adj")) if m else None


_CITY_STATES = frozenset({"Berlin", "Hamburg", "Bremen"})


@cache
def _town_adjectives() -> frozenset[str]:
    forms: set[str] = set()
    for city in _city_lands():
        if city in _CITY_STATES or not city[:1].isupper() or " " in city:
            continue
        forms.add(city + "er")
        if city.endswith("en"):
            forms |= {city[:-2] + "er", city[:-2] + "ner"}
    return frozenset(
        forms
        | {f for f in _capital_adjectives() if f[:1].isupper()}
        - {"Berliner", "Hamburger", "Bremer"}
    )


def is_town_adjective(token: str) -> bool:
    """A listed town's adjective (``Kieler``, ``Kasseler``, ``Münchner``), not a city-state's
    (``Berliner``, ``Hamburger``, ``Bremer``: those name a Land too).

    >>> is_town_adjective("Kieler"), is_town_adjective("Kasseler"), is_town_adjective("Berliner")
    (True, True, False)
    """
    return token in _town_adjectives()


# what is sent to or comes from a capital as a government: "ein Signal an Berlin", "Appell an
# Berlin", "Kritik aus Berlin"
_MESSAGE_NOUN = re.compile(
    r"^(?:Signal|Botschaft|Appell|Brief|Forderung(?:en)?|Kritik|Rückendeckung|Gegenwind"
    r"|Absage|Zusage|Warnung)$"
)


def city_state_away(text: str, m: LandMention) -> bool:
    """A city-state's name used as the place of a meeting or the goal of a journey (``reist zur
    MPK nach Berlin``, ``die Landesvertretung in Berlin``), or Berlin as the federal
    government a message goes to or comes from (``ein Signal an Berlin``): the city, not the
    Land the text is about (:func:`place_lands` reads other cities so).

    >>> text = "Er reist zur MPK nach Berlin. Integration in Berlin"
    >>> [city_state_away(text, m) for m in find_lands(text)]
    [True, False]
    >>> text = "Das ist ein Signal an Berlin. Ein Gruß an Berlin"
    >>> [city_state_away(text, m) for m in find_lands(text)]
    [True, False]
    """
    if m.form != "name" or text[m.start : m.end] not in _CITY_STATES:
        return False
    before = text[max(0, m.start - 40) : m.start].split()
    if (
        len(before) >= 2
        and before[-1] in {"an", "aus"}
        and text[m.start : m.end] == "Berlin"
        and _MESSAGE_NOUN.match(before[-2])
    ):
        return True  # "ein Signal an Berlin", "Kritik aus Berlin": the federal government
    if not before or before[-1] not in {"in", "nach"}:
        return False
    return _away_or_aside(text, m.start, m.end)


# the Länder's two-letter codes (the letters after "DE-" of their ISO 3166-2 codes), as
# attendance lists, tables and motions' submitter fields print them ("BY", "HB"), and the longer
# abbreviations that close programme names ("BRÜCKE.NRW", "Projekt.LSA")
LAND_CODES = (
    "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"
)  # fmt: skip
LAND_CODE_ALTERNATIVES = "|".join(LAND_CODES)
LAND_SHORT_FORM = rf"(?:NRW|NDS|RLP|LSA|{LAND_CODE_ALTERNATIVES})(?![\w-])"
LAND_ABBREVIATION = re.compile(rf"(?<![\w-])(?:{LAND_CODE_ALTERNATIVES})(?![\w-])")
