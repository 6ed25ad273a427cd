"""Facts about the document itself: its own date, its kind, its title and its publisher.

A Land body shows itself as publisher through a letterhead (``Sächsisches Staatsministerium
für …``, ``Hessisches Ministerium für …``, ``Die Senatorin für …``, ``Landesportal …``,
``Staatskanzlei``) or a press-release marker (``Pressemitteilung vom …``, ``Pressemitteilung
106/2020``, ``Medieninformation``, ``Nr.057 | 28.03.2019 | SM``). Its Land is the one the
letterhead names, else the Land the document mentions most.
"""

from __future__ import annotations

import re

from intgraph.extract.dates import document_date
from intgraph.language.lands import dominant_land, find_lands
from intgraph.language.text import TextIndex
from intgraph.models import DocumentFacts, Evidence, LandMention, OfficeMention
from intgraph.reference import ministries

EXTRACTOR = "document.v1"

_LETTERHEAD = re.compile(
    r"^[ \t]*(?:Die\s+|Der\s+)?(?:(?:[A-ZÄÖÜ][\w-]*(?:sche|sches|scher)\s+)?(?:Staats)?[Mm]inisterium\s+(?:für|des|der)\b"
    r"|Senator(?:in)?\s+für\b|Senatsverwaltung\s+für\b|Staatskanzlei\b|Landesportal\b|Landesregierung\b"
    r"|Ministerium\s+für\b|[A-ZÄÖÜ][\w-]*(?:sche|sches)\s+Landesregierung\b)[^\n]*",
    re.M,
)
_PRESS = re.compile(
    r"\b(?:Pres+e?mitteilung|Pressemeldung|Presseinformation|Medieninformation|Presseeinladung|Presse-Einladung)\b"
    r"|^\s*Nr\.\s?\d+\s*\|",
    re.M,
)
_RECORD = re.compile(r"\b(?:Beschlussniederschrift|Ergebnisprotokoll|Niederschrift|Protokoll)\b")


def normalise_name(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s)).strip().lower()


def match_ministry(name: str, land: str | None) -> str | None:
    """The reference key of a ministry named in a letterhead, matched on its words."""
    words = set(normalise_name(name).split()) - {"die", "der", "des", "für", "und", "das"}
    best, best_score = None, 0.0
    for m in ministries():
        if land and m.land != land:
            continue
        ref = set(normalise_name(m.name).split()) - {"die", "der", "des", "für", "und", "das"}
        if not ref:
            continue
        score = len(words & ref) / len(words | ref)
        if score > best_score:
            best, best_score = m.key, score
    return best if best_score >= 0.6 else None


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
    elif _PRESS.search(head):
        facts.kind = "press-release"
    for s, e in index.blocks:
        line = text[s:e].strip()
        if (
            12 <= len(line) <= 200
            and not re.fullmatch(r"[\d.\s|]+", line)
            and not _LETTERHEAD.match(line)
        ):
            facts.title = re.sub(r"\s+", " ", line)
            break
    if facts.kind == "resolution-record":
        return facts  # issued by the conference, not by one Land
    letter = _LETTERHEAD.search(text[:1200])
    press = _PRESS.search(head)
    if not letter and not press:
        return facts
    land = None
    span = letter.span() if letter else press.span()  # type: ignore[union-attr]
    if letter:
        letter_text = re.sub(
            r"\s+", " ", text[letter.start() : letter.end() + 120].split("\n\n")[0]
        )
        named = find_lands(letter_text)
        if named:
            land = named[0].code
    if land is None:
        role_spans = [(o.evidence.start, o.evidence.end) for o in offices]
        land = dominant_land(lands, role_spans)
    if land is None:
        return facts
    facts.publisher_land = land
    if letter:
        name = re.sub(r"\s+", " ", text[letter.start() : letter.end()]).strip()
        # the letterhead may wrap: take the following line while it continues the name
        nxt = text[letter.end() + 1 : letter.end() + 120].split("\n")[0].strip()
        if nxt and nxt[0].isupper() and len(nxt) < 60 and not re.search(r"\d", nxt):
            name = f"{name} {nxt}"
        facts.publisher_ministry = match_ministry(name, land)
    facts.publisher_evidence = Evidence(span[0], span[1], index.sentence_text(span[0]), EXTRACTOR)
    return facts
