"""Sessions of the Integrationsministerkonferenz (IntMK) and who chairs them.

The conference goes by many names (``19. Integrationsministerkonferenz (IntMK)``,
``Integrationsminister*innenkonferenz``, ``Konferenz der für Integration zuständigen
Ministerinnen und Minister …``, ``Länderminister-Konferenz``). A *session* is a mention that
carries a number, a year or a place; a bare mention of the body is not a session. The
Innenministerkonferenz, the commissioners' conferences and the Integrationsgipfel are other
bodies and never match.
"""

from __future__ import annotations

import re

from intgraph.language.dates import event_date, year_near
from intgraph.language.decisions import INTMK, ONLINE
from intgraph.language.lands import lands_in_phrase
from intgraph.language.text import TextIndex
from intgraph.models import ChairMention, Evidence, SessionMention
from intgraph.reference import places

EXTRACTOR = "sessions.v2"

_INTMK = re.compile(INTMK)
_ORDINALS = {
    "erste": 1,
    "zweite": 2,
    "dritte": 3,
    "vierte": 4,
    "fünfte": 5,
    "sechste": 6,
    "siebte": 7,
    "achte": 8,
    "neunte": 9,
    "zehnte": 10,
    "elfte": 11,
    "zwölfte": 12,
}
_ORDINAL_WORD = r"(?P<ord>" + "|".join(_ORDINALS) + r")[nmrs]?"
_NUMBERED = re.compile(
    rf"(?<![\w.])(?:(?P<num>\d{{1,2}})\.|{_ORDINAL_WORD})\s+(?:(?:Haupt)?[Kk]onferenz\b|{INTMK}|Treffen\b|Sitzung\b)"
)
_MEETS = re.compile(
    r"(?:Integrationsminister\w*|Länderminister\w*|IntMK)\s+(?:tag(?:en|t|te|ten)|treffen\s+sich|trifft\s+sich|kommen\s+\w*\s*zusammen)\s+in\s+(?P<place>[A-ZÄÖÜ][\w-]+)"
)
# a Land's name: starts a word; possessive so that a long word is scanned once, not once per
# capital letter inside it (issue 16)
_LAND = r"(?P<land>(?<![\w-])[A-ZÄÖÜ]\w*+(?:\s?-\s?[A-ZÄÖÜ]\w*+)?+)"
_CHAIR = [
    re.compile(r"[Uu]nter\s+(?:dem\s+)?Vorsitz\s+(?:von\s+)?" + _LAND),
    re.compile(r"[Uu]nter\s+(?P<land>[a-zäöü][\w-]+em)\s+Vorsitz"),
    re.compile(
        _LAND
        + r"\s+(?:übernimmt|übernahm|hat|hatte|führt|führte)\b[^.]{0,80}?\b(?:den\s+)?(?:turnusmäßigen\s+|turnusgemäßen\s+)?Vorsitz\b(?!\s+an\b)"
    ),
    re.compile(_LAND + r"\s+als\s+Vorsitzland"),
    re.compile(
        r"\b(?:übernimmt|übernahm|hat|hatte|führt|führte)\s+" + _LAND + r"\s+"
        r"(?:[^.]{0,60}?\s)?(?:den\s+)?(?:turnusmäßigen\s+|turnusgemäßen\s+)?Vorsitz\b(?!\s+an\b)"
    ),
    re.compile(r"Vorsitz:(?P<land>[^\n]*(?:\n[^\n]*){0,4})"),
]
_PLACE_RX = None
# dates in sentences about the yearly change of chair are not session dates
_ROTATION = re.compile(
    r"\b(?:übernimmt|übernahm|übernehmen|übergibt|übergab|übergeben|wechselt|innehat|Vorsitzjahr|für\s+ein\s+Jahr|seit\s+dem)\b"
)


def _places() -> re.Pattern[str]:
    global _PLACE_RX
    if _PLACE_RX is None:
        names = sorted({n for p in places() for n in (p.name, *p.aliases)}, key=len, reverse=True)
        _PLACE_RX = re.compile(
            r"\bin\s+(?:der\s+Hansestadt\s+|der\s+Landeshauptstadt\s+)?(?P<place>"
            + "|".join(map(re.escape, names))
            + r")(?![\w-])"
        )
    return _PLACE_RX


def canonical_place(name: str) -> str:
    for p in places():
        if name == p.name or name in p.aliases:
            return p.name
    return name


def mentions_intmk(text: str) -> bool:
    return bool(_INTMK.search(text))


def find_sessions(
    index: TextIndex, doc_year: int | None, doc_date: str | None = None
) -> tuple[list[SessionMention], list[ChairMention]]:
    text = index.text
    flat = index.flat
    has_intmk = mentions_intmk(flat)
    sessions: list[SessionMention] = []
    if not has_intmk:
        return [], []
    seen_sentences: set[tuple[int, int]] = set()
    for s_start, s_end in index.sentences:
        if index.is_clutter(s_start):
            continue
        sent = flat[s_start:s_end]
        numbered = list(_NUMBERED.finditer(sent))
        named = (
            _INTMK.search(sent) or _MEETS.search(sent) or (re.search(r"\bHauptkonferenz\b", sent))
        )
        if not numbered and not named:
            continue
        place_m = _places().search(sent) or _MEETS.search(sent)
        place = canonical_place(place_m.group("place")) if place_m else None
        if ONLINE.search(sent):
            place = None
        rotation = bool(_ROTATION.search(sent))
        year = None if rotation else year_near(sent, doc_year)
        when = None if rotation else event_date(sent, doc_date)
        if when and year and not when.startswith(str(year)):
            when = None
        if re.search(r"\bzu\s+Ende\b|\bendete\b|\bbeendet\b|\babgeschlossen\b", sent):
            when = None  # an end date, not the start
        chair = _chair_in(sent)
        for m in numbered:
            number = int(m.group("num")) if m.group("num") else _ORDINALS[m.group("ord").lower()]
            if number > 40:
                continue
            own_year = year
            sessions.append(
                SessionMention(
                    number=number,
                    year=own_year if len(numbered) == 1 else None,
                    place=place if len(numbered) == 1 else None,
                    chair_land=chair if len(numbered) == 1 else None,
                    start_date=when if len(numbered) == 1 else None,
                    evidence=Evidence(
                        s_start + m.start(), s_start + m.end(), sent.strip()[:500], EXTRACTOR
                    ),
                )
            )
            seen_sentences.add((s_start, s_end))
        if not numbered and (year or place) and named:
            sessions.append(
                SessionMention(
                    number=None,
                    year=year,
                    place=place,
                    chair_land=chair,
                    start_date=when,
                    evidence=Evidence(
                        s_start + named.start(),
                        s_start + named.end(),
                        sent.strip()[:500],
                        EXTRACTOR,
                    ),
                )
            )
    chairs: list[ChairMention] = []
    for rx in _CHAIR:
        for m in rx.finditer(text):
            land = _land_code(m.group("land"))
            if land and land != "DE" and not index.is_clutter(m.start()):
                chairs.append(
                    ChairMention(
                        land,
                        Evidence(m.start(), m.end(), index.sentence_text(m.start()), EXTRACTOR),
                    )
                )
    return sessions, chairs


def _chair_in(sentence: str) -> str | None:
    for rx in _CHAIR[:5]:
        m = rx.search(sentence)
        if m:
            code = _land_code(m.group("land"))
            if code and code != "DE":
                return code
    return None


def _land_code(phrase: str) -> str | None:
    found = lands_in_phrase(phrase)
    return found[0].code if found else None
