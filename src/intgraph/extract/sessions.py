"""Sessions of the Integrationsministerkonferenz (IntMK) and who chairs them.

The conference goes by many names (``19. Integrationsministerkonferenz (IntMK)``,
``Integrationsminister*innenkonferenz``, ``Konferenz der für Integration zuständigen
Ministerinnen und Minister …``, ``Länderminister-Konferenz``). A *session* is a mention that
carries a number, a year or a place; a bare mention of the body is not a session. News tell a
session through its ministers meeting (``bei ihrem Treffen in X``, ``die für Integration
zuständigen Ressortchefs kommen am Mittwoch in X zusammen``); a report in the present tense or
with a time its own date anchors (``in dieser Woche``, a weekday) dates it in the document's
year, and the city it meets in gives the chair (the host is the chair). A sentence may take
the body up from the one before (``Sie tagte schon in A, B und C``, ``Schon im Vorjahr in X
war ein Vorstoß gescheitert``), and a post's hashtags read as their words (``die 20. #IntMK in
#Göttingen``). The
Innenministerkonferenz, the commissioners' conferences and the Integrationsgipfel are other
bodies and never match.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from intgraph.language.dates import MONTHS, event_date, year_near
from intgraph.language.decisions import (
    COLLECTIVE_RX,
    INTMK,
    ONLINE,
    OTHER_BODY,
    mentions_conference,
)
from intgraph.language.decisions import MEET_VERB as _MEET_VERB
from intgraph.language.decisions import MINISTERS as _MINISTERS
from intgraph.language.lands import (
    capital_land,
    dateline_city,
    find_lands,
    land_abbreviation,
    lands_in_phrase,
)
from intgraph.language.scan import LiteralGate, guard_module
from intgraph.language.text import TextIndex
from intgraph.language.toponyms import place_adjectives
from intgraph.models import ChairMention, Evidence, SessionMention
from intgraph.reference import laender, places
from intgraph.reference import sessions as reference_sessions

EXTRACTOR = "sessions.v5"

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
    "dreizehnte": 13,
    "vierzehnte": 14,
    "fünfzehnte": 15,
    "sechzehnte": 16,
    "siebzehnte": 17,
    "achtzehnte": 18,
    "neunzehnte": 19,
    "zwanzigste": 20,
    "einundzwanzigste": 21,
    "zweiundzwanzigste": 22,
    "dreiundzwanzigste": 23,
    "vierundzwanzigste": 24,
    "fünfundzwanzigste": 25,
}
_ORDINAL_WORD = (
    r"(?<![\w-])(?P<ord>(?i:" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r"))[nmrs]?"
)
# a year told relative to the document's ("die diesjährige Konferenz", "im Vorjahr")
_RELATIVE_YEAR = (
    (re.compile(r"(?<![\w-])diesjährige[nmrs]?\s"), 0),
    (
        re.compile(
            r"(?<![\w-])(?:vorjährige[nmrs]?\s|letztjährige[nmrs]?\s|[Ii]m\s+Vorjahr|[Ii]m\s+vergangenen\s+Jahr|[Ii]m\s+letzten\s+Jahr)"
        ),
        -1,
    ),
)
# "vor zwei Jahren war Bayern Gastgeber der Konferenz": so many years before the document
_YEARS_AGO = re.compile(
    r"(?<![\w-])[Vv]or\s+(?:(?P<n>zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d{1,2})\s+Jahren"
    r"|(?P<one>einem|genau\s+einem)\s+Jahr)(?![\w-])"
)
# a session told by the time before the document and its place, the body as the subject ("Vor
# einem Jahr in Magdeburg hatten die Länder noch gestritten", "Im Vorjahr in Kiel waren sich die
# Minister einig"): both the relative time and a known place
_BACK_THEN = re.compile(
    r"(?<![\w-])(?:[Vv]or\s+(?:einem\s+Jahr|(?:zwei|drei|vier|fünf|\d{1,2})\s+Jahren)|[Ii]m\s+Vorjahr"
    r"|[Ii]m\s+(?:vergangenen|letzten)\s+Jahr)\s+(?:noch\s+)?in\s+(?P<place>[A-ZÄÖÜ][\w-]+)"
)
_NUMBER_WORDS = {
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
}
# "nicht das erste Treffen dieser Art": an ordinal that ranks the kind, not a session's number
_GENERIC_ORDINAL = re.compile(r"(?<![\w-])nicht\s+(?:das|die|der|den|dem)\s+$")
_OF_THIS_KIND = re.compile(r"\s+(?:dieser|seiner|ihrer)\s+Art(?![\w-])")
_THIS_YEARS_CONFERENCE = re.compile(
    r"(?<![\w-])(?:diesjährige|vorjährige|letztjährige)[nmrs]?\s+(?:Haupt|Fachminister)?[Kk]onferenz(?![\w-])"
)
_NUMBERED = re.compile(
    rf"(?<![\w.])(?:(?P<num>\d{{1,2}})\.|{_ORDINAL_WORD})\s+(?:(?:Haupt)?[Kk]onferenz\b|{INTMK}|Treffen\b|Sitzung\b|Mal\b)"
)
# a session noun left out after an article and an ordinal (German nouns are capitalised: a
# lowercase word or a punctuation mark follows), taking the noun up from a numbered session
# before it in the sentence ("Die 9. IntMK tagt in Magdeburg; die 8. fand in Dresden statt",
# "Die 12. Konferenz tagte in Kiel, die 13. 2018 in Erfurt"); not an ordinal coordinated with the
# next one ("die 8. und 9. Konferenz", "der 8. bis 10. Mai"), nor one before an attributive
# adjective and its noun ("die 8. gemeinsame Sitzung"), nor a date's day ("der 8. des Monats")
_ELIDED_ORDINAL = re.compile(
    rf"(?<![\w-])(?P<art>[Dd]ie|[Dd]er|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s+(?:(?P<num>\d{{1,2}})\.|{_ORDINAL_WORD})"
    r"(?=\s*[,;)]|\s*$|\s+[a-zäöüß]|\s+(?:19|20)\d\d(?!\d))"
    r"(?!\s+(?:und|sowie|oder|bis|des|der|dem|den|als\s+auch|noch|wie)\s)"
    r"(?!\s+[a-zäöüß]+(?:e|en|er|es|em)\s+[A-ZÄÖÜ])"
)
# the next session with its noun left out after the body named ("…; die nächste folgt 2023 in
# Wiesbaden", "die kommende findet in Essen statt"): not before a noun or an adjective and noun
_ELIDED_NEXT = re.compile(
    r"(?<![\w-])[Dd]ie\s+(?:nächste|kommende|folgende)(?=\s+[a-zäöüß]|\s*[,;)]|\s+(?:19|20)\d\d(?!\d))"
    r"(?!\s+[a-zäöüß]+(?:e|en|er|es|em)\s+[A-ZÄÖÜ])(?!\s+(?:und|oder|der|des)\s)"
)
# ordinals coordinated before the session noun they share ("die 8. und 9. IntMK", "der
# siebten und der achten Konferenz"), also by a correlative conjunction whose second part
# repeats the preposition ("sowohl auf der 17. als auch auf der 18. IntMK", "weder auf der 15.
# noch auf der 16.", "auf der 12. wie auf der 13."): each is a session's number
# ("noch" and "als auch" only after their first part, "weder" and "sowohl": _coordinated_ordinals)
_COORDINATING = (
    r"(?:,|\s+und|\s+sowie|\s+oder|\s+bzw\.|\s+(?P<second>als\s+auch|noch)|\s+wie(?:\s+auch)?)"
)
_FIRST_PART = re.compile(r"(?<![\w-])(?:[Ss]owohl|[Ww]eder)(?![\w-])")
_COORDINATED_ORDINAL = re.compile(
    rf"(?<![\w.])(?:(?P<num>\d{{1,2}})\.|{_ORDINAL_WORD})\s*{_COORDINATING}\s+"
    r"(?:(?:auf|bei|in|an|von|vor|nach|zu|seit|während)\s+)?(?:(?:die|der|das|dem|den)\s+)?"
    r"(?=(?:\d{1,2}\.|[a-zäöü]+te[nmrs]?\s))"
)
# a copula before the article: the ordinal is the predicate of the session named, not another
_COPULA_BEFORE = re.compile(
    r"(?<![\w-])(?:ist|war|wird|wurde|sei|wäre|bleibt|blieb)\s+(?:(?:bereits|schon|erst|nun|damit)\s+)?$"
)
# the noun a numbered session was named by, by gender (the article of its left-out repeat agrees)
_NEUTER_SESSION_NOUN = re.compile(r"(?:Treffen|Mal)$")
# the end of a clause an elided ordinal opens (its own place and year stand before it)
_CLAUSE_END = re.compile(r"[,;]|\s[–—]\s|$")


def _elided_ordinals(
    sent: str, numbered: list[re.Match[str]], carried: re.Match[str] | None = None
) -> list[re.Match[str]]:
    """Article-and-ordinal phrases of ``sent`` that leave out the noun of a numbered session
    named before them (``_ELIDED_ORDINAL``), the article agreeing with that noun's gender
    (``die``/``der`` for Konferenz, IntMK, Sitzung; ``das``/``dem``/``des`` for Treffen). One
    opening the sentence may take the noun up from ``carried``, the last numbered session of
    the sentence before (``Die 10. IntMK tagte in Kiel. Die 11. folgte in Erfurt.``)."""
    out = []
    opening = len(sent) - len(sent.lstrip())
    for m in _ELIDED_ORDINAL.finditer(sent):
        before = [n.group() for n in numbered if n.end() <= m.start()]
        if not before and carried is not None and m.start() == opening:
            before = [carried.group()]
        if not before or before[-1].endswith("Mal"):
            continue
        if _COPULA_BEFORE.search(sent, max(0, m.start() - 30), m.start()):
            continue  # "Die 13. IntMK ist die erste in Bayern": ranked among a kind, no session
        neuter = bool(_NEUTER_SESSION_NOUN.search(before[-1]))
        art = m.group("art").lower()
        if (art in ("das", "dem", "des")) != neuter and art != "den":
            continue
        out.append(m)
    return out


# "Letzterer", "Ersterer" (any case and gender, "die letztgenannte"): the last or the first of
# the sessions named before
_LATTER_FORMER = re.compile(
    r"(?<![\w-])(?:(?P<latter>[Ll]etztere[nmrs]?|[Ll]etztgenannte[nmrs]?)"
    r"|(?P<former>[Ee]rstere[nmrs]?|[Ee]rstgenannte[nmrs]?))(?![\w-])"
)


def _pointed_to(sent: str, numbered: list[re.Match[str]]) -> re.Match[str] | None:
    """The numbered session a pronoun of sequence after them points to (``_LATTER_FORMER``):
    ``Letzterer`` the last named before it, ``Ersterer`` the first."""
    for p in _LATTER_FORMER.finditer(sent):
        before = [m for m in numbered if m.end() <= p.start()]
        if len(before) > 1:
            return before[-1] if p.group("latter") else before[0]
    return None


def _coordinated_ordinals(sent: str, numbered: list[re.Match[str]]) -> list[re.Match[str]]:
    """Ordinals coordinated before a numbered session's noun (``_COORDINATED_ORDINAL``): the
    chain of them that ends right before one of ``numbered``."""
    starts = {n.start() for n in numbered}
    out: list[re.Match[str]] = []
    found = [
        m
        for m in _COORDINATED_ORDINAL.finditer(sent)
        if not m.group("second") or _FIRST_PART.search(sent, max(0, m.start() - 40), m.start())
    ]
    for m in reversed(found):
        if m.end() in starts:
            out.insert(0, m)
            starts.add(m.start())
    return out


def _carried_numbered(index: TextIndex, s_start: int, sent: str) -> re.Match[str] | None:
    """For a sentence that opens with an article and an ordinal and no noun (``Die 11. folgte
    in Erfurt``), the last numbered session of the sentence right before it."""
    if not _ELIDED_ORDINAL.match(sent, len(sent) - len(sent.lstrip())):
        return None
    prev = index.sentence_before(s_start)
    if prev is None or s_start - prev[1] > 3:
        return None
    found = [m for m in _NUMBERED.finditer(index.flat[prev[0] : prev[1]])]
    return found[-1] if found else None


# a word a line break split with a hyphen ("Dres-\nden"): joined, the two characters put after it
# as spaces, so that every offset after the word stays (not a compound's hyphen: "Baden-\nBaden")
_LINE_BROKEN_WORD = re.compile(r"(?<=[a-zäöüß])-\n(?P<rest>[a-zäöüß]+)")


def _join_broken_words(text: str) -> str:
    r"""``in Dres-\nden statt`` → ``in Dresden   statt`` (same length).

    >>> _join_broken_words("fand in Dres-\nden statt")
    'fand in Dresden   statt'
    """
    if "-\n" not in text:
        return text
    return _LINE_BROKEN_WORD.sub(lambda m: m.group("rest") + "  ", text)


# the conference as the subject and an ordinal as the predicate noun ("Die Konferenz in Erfurt
# war die elfte ihrer Art", "Das Treffen ist bereits das zwölfte"); the number is that session's
_COPULA_ORDINAL = re.compile(
    rf"(?<![\w-])(?:{INTMK}|Konferenz|Tagung|Treffen)(?![\w-])[^.;:!?]{{0,60}}?\s(?:war|ist|wird)\s+"
    rf"(?:bereits\s+|schon\s+|erst\s+)?(?:die|das|der)\s+(?:(?P<num>\d{{1,2}})\.|{_ORDINAL_WORD})"
    # (not "die erste, die digital tagte": a relative clause makes it the first of a kind)
    r"(?:\s+(?:ihrer|seiner|dieser)\s+Art)?(?=\s*(?:[.;!?]|$)|\s*,(?!\s*(?:die|der|das|in|bei|an)\b))"
)
# "die erste Konferenz in Thüringen": the first in that Land, not the first session
_FIRST_IN_LAND = re.compile(
    r"\s*(?:Konferenz|Treffen|Sitzung|Mal)\s+(?:in|im)\s+(?P<land>[A-ZÄÖÜ][\w-]+)"
)
# "am Bodensee", "am Chiemsee": a lake or region as the location (the row stays, no place)
# ("am Schweriner See", "am Steinhuder Meer": a place's adjective before the lake's noun)
_REGION = re.compile(
    r"(?<![\w-])[Aa]m\s+(?:[A-ZÄÖÜ][a-zäöüß]*(?:see|meer|ufer|gebirge)"
    r"|[A-ZÄÖÜ][a-zäöüß]+er\s+(?:See|Meer))(?![\w-])"
)
# the bare word, in a document about the IntMK ("Bei der Konferenz in Hannover …")
_BARE_CONFERENCE = re.compile(
    # (not the commissioners' conference, "der Integrations- und Ausländerbeauftragten" too)
    # ("die Tagung", "die Sitzung" too, taken up from the IntMK named before it: "Die Tagung im
    # Frühjahr 2017 soll am Bodensee stattfinden")
    r"(?<![\w-])(?:Konferenz|Hauptkonferenz|Fachministerkonferenz|Tagung|Sitzung)(?![\w-])"
    r"(?!\s+der\s+(?:\w+-\s+(?:und|sowie)\s+)?\w*[Bb]eauftragten)"
)
# "tagte bereits in Mainz, Erfurt und Bremen", "traf sich in Kiel und Mainz": one session per
# place
_PLACE_LIST = re.compile(
    r"(?<![\w-])(?:tagte|tagten|getagt|war|waren|fand|fanden|traf|trafen)\s+(?:\w+\s+){0,3}?in\s+(?P<list>[A-ZÄÖÜ][^.;:!?]{2,200})"
)
# a focus particle opening the list after a longer phrase of the clause ("tagte seit der ersten
# Konferenz 2007 in Düsseldorf schon in Mainz, Dresden und Kiel")
_PLACE_LIST_AFTER_PARTICLE = re.compile(
    r"(?<![\w-])(?:tagte|tagten|getagt|war|waren|fand|fanden|traf|trafen)\s+[^.;:!?,]{0,80}?\s"
    r"(?:schon|bereits|auch|seither|seitdem|danach)\s+in\s+(?P<list>[A-ZÄÖÜ][^.;:!?]{2,200})"
)
_PLACE_LIST_PERFECT = re.compile(
    r"(?<![\w-])(?:hat|hatte|haben|hatten)\s+(?:[\w-]+\s+){0,4}?in\s+(?P<list>[A-ZÄÖÜ][^.;:!?]{2,200}?)\s+getagt(?![\w-])"
)
_TURN = re.compile(
    r"(?<![\w-])(?:nun|jetzt|diesmal|dieses\s+Jahr)\s+ist\s+(?P<place>[A-ZÄÖÜ][\w-]+)\s+an\s+der\s+Reihe"
)
_MEETS = re.compile(
    r"(?<![\w-])(?:Integrationsminister\w*+|Länderminister\w*+|IntMK)\s+(?:tag(?:en|t|te|ten)|treffen\s+sich"
    r"|trifft\s+sich|kommen\s+\w*+\s*zusammen)\s+in\s+(?P<place>[A-ZÄÖÜ][\w-]*+)"
)
# the Länder meeting as the body ("Im Vorjahr hatten die Länder in Neustadt getagt", "tagten
# die Länder in Kiel"): only verbs of meeting ("getroffen" alone is "Vorkehrungen getroffen",
# "beraten" is any deliberation); the Länder meet as another body where the sentence names one
# (:func:`_lands_meet`)
_LANDS_MEET = re.compile(
    r"(?<![\w-])(?:[Dd]ie|[Aa]lle)\s+(?:(?:16\s+|sechzehn\s+)?Länder|Minister(?:innen)?(?:\s+und\s+Minister)?"
    r"|Ressortchef\w*)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:getagt|tagten|tagen|tagt|sich\s+(?:[\w-]+\s+){0,4}?getroffen|zusammengekommen|trafen\s+sich"
    r"|treffen\s+sich|kamen\s+(?:[\w-]+\s+){0,4}?zusammen|kommen\s+(?:[\w-]+\s+){0,4}?zusammen)(?![\w-])"
    # the reflexive before the subject, the verb last ("wenn sich die Ministerinnen und Minister
    # nun in Rostock wiedertreffen")
    r"|(?<![\w-])sich\s+(?:die|alle)\s+(?:(?:16\s+|sechzehn\s+)?Länder|Minister(?:innen)?(?:\s+und\s+Minister)?"
    r"|Ressortchef\w*)\s+(?:[\w-]+\s+){0,5}?(?:wieder)?(?:treffen|trafen|getroffen)(?![\w-])"
    r"|(?<![\w-])(?:tagten|tagen|trafen\s+sich|treffen\s+sich|kommen|kamen)\s+(?:[\w-]+\s+){0,2}?(?:die|alle)\s+"
    r"(?:(?:16\s+|sechzehn\s+)?Länder|Ministerinnen\s+und\s+Minister|Ressortchef\w*)(?![\w-])"
    # (or met online: "Auch 2021 tagten die Ministerinnen und Minister nur per Video")
    r"(?=[^.;!?]{0,60}?(?:zusammen|nach\s+[A-ZÄÖÜ]|in\s+[A-ZÄÖÜ]|per\s+Video|online|digital|virtuell))"
)
# the body the Länder meet as, when it is not the IntMK: another conference anywhere in the
# sentence ("trafen sich die Länder zur Verkehrsministerkonferenz", "auf der MPK"), a parliament
# or cabinet as the place of the meeting ("kamen die Länder im Bundesrat zusammen"; not "legten
# dem Bundesrat vor")
_CONFERENCE_BODY = re.compile(r"[Kk]onferenz$|^(?:IMK|ASMK|JFMK|GFMK|MPK|KMK|GMK|JuMiKo)$")
_AT_BODY = re.compile(r"(?<![\w-])(?:im|in\s+der|in\s+dem|zur|zum|auf\s+der|bei\s+der|beim)\s+$")


# another body that meets as a conference or summit (not a parliament or cabinet, whose
# sittings a session's sentence may name in passing)
_OTHER_MEETING = re.compile(r"[Kk]onferenz|Gipfel|^(?:IMK|ASMK|JFMK|GFMK|MPK|KMK|GMK|JuMiKo)$")


def _other_meeting_after(sent: str, pos: int) -> int | None:
    """The start of another conference named after ``pos`` (where the IntMK was named), with
    no IntMK named after it: the rest of the sentence is about that conference."""
    for o in OTHER_BODY.finditer(sent, pos):
        if _OTHER_MEETING.search(o.group()) and not _INTMK.search(sent, o.end()):
            return o.start()
    return None


def _other_meeting_before(sent: str, pos: int) -> bool:
    """Another conference named before ``pos`` (where the IntMK is named)."""
    return any(
        o.end() <= pos and _OTHER_MEETING.search(o.group()) for o in OTHER_BODY.finditer(sent)
    )


def _lands_meet(sent: str) -> re.Match[str] | None:
    """The Länder meeting (``_LANDS_MEET``), unless the sentence names the other body they meet
    as and not the IntMK (``Im Mai trafen sich die Länder in Neustadt zur
    Agrarministerkonferenz``)."""
    m = _LANDS_MEET.search(sent)
    if m is None or _INTMK.search(sent):
        return m
    for o in OTHER_BODY.finditer(sent):
        if _CONFERENCE_BODY.search(o.group()) or _AT_BODY.search(
            sent, max(0, o.start() - 12), o.start()
        ):
            return None
    return m


# a Land's name: starts a word; possessive so that a long word is scanned once, not once per
# capital letter inside it (issue 16)
# (the look-behind follows the capital it tests, so that the pattern opens with a character
# class: the engine then skips to the next capital instead of trying every position)
_LAND = r"(?P<land>[A-ZÄÖÜ](?<![\w-][A-ZÄÖÜ])\w*+(?:\s?-\s?[A-ZÄÖÜ]\w*+)?+)"
_CHAIR = [
    re.compile(r"[Uu]nter\s+(?:dem\s+)?Vorsitz\s+(?:von\s+)?" + _LAND),
    # "unter hessischem Vorsitz", "unter Berliner Vorsitz"
    re.compile(r"[Uu]nter\s+(?P<land>[a-zäöü][\w-]+em|[A-ZÄÖÜ][\w-]+er)\s+Vorsitz"),
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
    # the host is the chair ("vor zwei Jahren war Bayern erstmals Gastgeber der Konferenz")
    re.compile(
        _LAND + r"\s+(?:war|ist|wird|wurde)\s+(?:\w+\s+){0,2}?Gastgeber(?:in|land)?(?![\w-])"
    ),
    re.compile(
        r"(?<![\w-])(?:war|ist|wird|wurde)\s+"
        + _LAND
        + r"\s+(?:\w+\s+){0,2}?Gastgeber(?:in|land)?(?![\w-])"
    ),
    # "Gastgeber der diesjährigen Konferenz der Integrationsminister ist Hessen"
    re.compile(
        r"(?<![\w-])Gastgeber(?:in|land)?\s+(?:der|des)\s+[^.;!?]{3,100}?\s+(?:ist|war|wird|wurde)\s+"
        r"(?:das\s+Land\s+|der\s+Freistaat\s+)?" + _LAND
    ),
    # the object put first, the Land the subject after the verb ("den Vorsitz hatte damals
    # Bremen", "Den Vorsitz führt in diesem Jahr Hessen")
    re.compile(
        r"(?<![\w-])[Dd]en\s+(?:turnusmäßigen\s+|turnusgemäßen\s+)?Vorsitz\s+(?:hat|hatte|führt|führte|innehat)\s+"
        r"(?:(?:damals|diesmal|derzeit|aktuell|zurzeit|nun|jetzt|in\s+diesem\s+Jahr|im\s+Vorjahr)\s+)?"
        r"(?:das\s+Land\s+|der\s+Freistaat\s+)?" + _LAND
    ),
]
# the host is the chair: the body meets at a Land's invitation, the Land named, in the genitive,
# or as the adjective of its government or minister ("auf Einladung Bayerns", "auf Einladung
# von Hessen", "auf Einladung der bayerischen Staatsministerin X", "auf Einladung der
# Landesregierung Niedersachsen"); not a town's or a person's invitation alone
_HOST_INVITATION = re.compile(
    r"(?<![\w-])[Aa]uf\s+(?:gemeinsame\s+)?Einladung\s+(?P<land>(?:von\s+)?[A-ZÄÖÜ][\w-]+"
    r"|(?:der|des)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:[Mm]inister|[Ss]enator|[Rr]egierung|[Kk]anzlei)\w*"
    r"(?:\s+[A-ZÄÖÜ][\w-]+)?)"
)


def _invited_by(sent: str) -> str | None:
    """The Land at whose invitation the body meets (``_HOST_INVITATION``): the chair."""
    for m in _HOST_INVITATION.finditer(sent):
        lands = [x for x in lands_in_phrase(m.group("land")) if x.code != "DE"]
        if lands:
            return lands[0].code
    return None


# a meeting chaired by a Land: "unter Berliner Vorsitz", "unter dem Vorsitz Hessens"
_UNDER_CHAIR = re.compile(
    r"(?<![\w-])[Uu]nter\s+(?:dem\s+)?(?:[A-ZÄÖÜ][\w-]+er\s+|[a-zäöü][\w-]+em\s+)?Vorsitz(?![\w-])"
)
_PLACE_RX = None
# dates in sentences about the yearly change of chair are not session dates
_ROTATION = re.compile(
    r"\b(?:übernimmt|übernahm|übernehmen|übernommen|übergibt|übergab|übergeben|wechselt|innehat|Vorsitzjahr|für\s+ein\s+Jahr|seit\s+dem)\b"
    # "geht der Vorsitz von Bayern auf Berlin über", "der Vorsitz ging an Hessen"
    r"|\b(?:geht|ging|gehen)\s+(?:[\w-]+\s+){0,3}?(?:der|den)\s+Vorsitz\b"
    r"|\bVorsitz\s+(?:[\w-]+\s+){0,8}?(?:geht|ging|übergeht|überging)\b"
    # a chair's term of two years' halves ("Vorsitz 2025/2026: Nordrhein-Westfalen")
    r"|\bVorsitz(?:jahr|periode|zeit)?\s+(?:(?:19|20)\d\d\s*[/–-]\s*(?:(?:19|20)\d\d|\d\d))(?!\d)"
)


def _places() -> re.Pattern[str]:
    global _PLACE_RX
    if _PLACE_RX is None:
        names = sorted({n for p in places() for n in (p.name, *p.aliases)}, key=len, reverse=True)
        _PLACE_RX = re.compile(
            # (a Land's adjective or another before the name: "im niedersächsischen Göttingen",
            # "in der sächsischen Landeshauptstadt Dresden")
            r"\b(?:in\s+(?:der\s+|dem\s+)?|im\s+(?=[a-zäöü]))(?:[a-zäöü][\w-]*e[nr]?\s+)?"
            r"(?:Hansestadt\s+|Landeshauptstadt\s+|Hauptstadt\s+)?(?P<place>"
            + "|".join(map(re.escape, names))
            # a city's district after a hyphen belongs to it ("in Rostock-Warnemünde")
            + r")(?![\w])(?:-[A-ZÄÖÜ][a-zäöüß]+(?![\w-]))?(?!-)"
        )
    return _PLACE_RX


_COME_RX = None
_ADJECTIVAL_RX = None
# a town's adjective before a session's noun ("die Kieler Konferenz", "beim Nürnberger Treffen",
# "der Magdeburger Integrationsministerkonferenz"), or in a place's phrase before a venue ("im
# Dresdner Kongresszentrum", "im Friedrichshafener Graf-Zeppelin-Haus"); not before a paper or a
# town's own body ("in der Kieler Zeitung", "im Berliner Senat")
_SESSION_NOUN_AFTER = (
    rf"(?:{INTMK}|[\w-]*[Kk]onferenz|Treffen|Tagung|Sitzung|Runde|Ministerrunde)(?![\w-])"
)
_NO_VENUE = re.compile(
    r"(?:Zeitung|Nachrichten|Post|Presse|Rundschau|Anzeiger|Abendblatt|Morgenpost|Tageblatt|Kurier"
    r"|Allgemeine|Senat|Landtag|Bürgerschaft|Abgeordnetenhaus|Kabinett|Regierung|Stadtrat"
    r"|Gericht|Oberbürgermeister\w*|Bürgermeister\w*)$"
)


def _adjectival() -> re.Pattern[str]:
    global _ADJECTIVAL_RX
    if _ADJECTIVAL_RX is None:
        forms = sorted(_place_adjectives(), key=len, reverse=True)
        _ADJECTIVAL_RX = re.compile(
            r"(?<![\w-])(?P<prep>(?:in|im|ins|beim|vom|zum)\s+(?:der\s+|dem\s+|den\s+)?)?(?P<adj>"
            + "|".join(map(re.escape, forms))
            + r")\s+(?P<noun>[A-ZÄÖÜ][\w-]*)"
        )
    return _ADJECTIVAL_RX


@cache
def _place_adjectives() -> dict[str, str]:
    """Each reference place's adjective (and its aliases') → the place's name."""
    by_form = place_adjectives(n for p in places() for n in (p.name, *p.aliases))
    return {form: canonical_place(name) for form, name in by_form.items()}


def _adjectival_place(sent: str, pos: int = 0) -> str | None:
    """The place a town's adjective names in ``sent`` (from ``pos``) as a session's
    (``_SESSION_NOUN_AFTER``) or a venue's after a preposition of place."""
    for m in _adjectival().finditer(sent, pos):
        noun = m.group("noun")
        if re.match(_SESSION_NOUN_AFTER, sent[m.start("noun") :]):
            return _place_adjectives()[m.group("adj")]
        if (
            m.group("prep")
            and m.group("prep").split()[0] in ("in", "im")
            and not _NO_VENUE.search(noun)
        ):
            return _place_adjectives()[m.group("adj")]
    return None


def _come_to() -> re.Pattern[str]:
    """A session told by the ministers coming to its city ("kommt in diesem Jahr nach
    Hamburg", "lädt die Kolleginnen und Kollegen nach Erfurt ein")."""
    global _COME_RX
    if _COME_RX is None:
        names = sorted({n for p in places() for n in (p.name, *p.aliases)}, key=len, reverse=True)
        _COME_RX = re.compile(
            r"(?<![\w-])(?:kommt|kommen|kam|kamen|reist|reisen|reiste|reisten|lädt|laden|lud|luden)"
            r"\s+(?:[\w-]+\s+){0,8}?nach\s+(?P<place>"
            + "|".join(map(re.escape, names))
            + r")(?![\w-])"
        )
    return _COME_RX


def canonical_place(name: str) -> str:
    for p in places():
        if name == p.name or name in p.aliases:
            return p.name
    return name


def mentions_intmk(text: str) -> bool:
    return bool(_INTMK.search(text))


def find_sessions(
    index: TextIndex,
    doc_year: int | None,
    doc_date: str | None = None,
    conference: bool | None = None,  # (given for a window of a large document)
) -> tuple[list[SessionMention], list[ChairMention]]:
    text = index.text
    flat = index.flat
    has_intmk = mentions_conference(flat) if conference is None else conference
    if conference is None and not has_intmk:
        # "Die Konferenz in Wiesbaden …" in 2023, "die Magdeburger Konferenz vom März 2014": a
        # bare conference where and when an IntMK session met
        has_intmk = _reference_session_told(index, doc_year)
    sessions: list[SessionMention] = []
    if not has_intmk:
        return [], []
    seen_sentences: set[tuple[int, int]] = set()
    for s_start, s_end in index.sentences:
        if index.is_clutter(s_start):
            continue
        # a post's hashtags read as the words they tag ("Die 20. #IntMK in #Göttingen"); a
        # space for the sign keeps every offset
        # (a word broken at a line's end is read whole: "fand in Dres-\nden statt")
        raw = text[s_start:s_end]
        if "\n" in raw:
            # (a page's own date line under its heading is no session's date: "Die IntMK im
            # Überblick\nStand: 03.02.2015")
            raw = _DATE_LINE_IN_SENTENCE.sub(lambda m: " " * len(m.group()), raw)
        sent = _HASHTAG.sub(" ", _join_broken_words(raw).replace("\n", " "))
        # "die Vorjahreskonferenz in Kiel" is last year's session (_last_years_sessions), its
        # place not the sentence's session's
        sent = _without_last_years(sent)
        carried = _carried_numbered(index, s_start, sent)
        if carried is None and not _MAY_NAME_A_SESSION.admits(sent):
            continue  # none of the patterns that number or name a session can match below
        numbered = [
            m
            for m in _NUMBERED.finditer(sent)
            if not _first_in_a_land(sent, m) and not _generic_ordinal(sent, m)
        ]
        if numbered:
            numbered = sorted(
                numbered + _coordinated_ordinals(sent, numbered), key=lambda m: m.start()
            )
        elided = _elided_ordinals(sent, numbered, carried) if numbered or carried else []
        for e in elided:
            # "…; die 8. fand in Dresden statt": that session, with the place and the year of its
            # own clause
            end = _CLAUSE_END.search(sent, e.end())
            clause = sent[e.end() : end.start() if end else len(sent)]
            own_place = _places().search(clause)
            own_year = _YEARISH.search(clause)
            sessions.append(
                SessionMention(
                    int(e.group("num")) if e.group("num") else _ORDINALS[e.group("ord").lower()],
                    int(own_year.group()) if own_year else None,
                    canonical_place(own_place.group("place")) if own_place else None,
                    None,
                    None,
                    Evidence(s_start + e.start(), s_start + e.end(), sent.strip()[:500], EXTRACTOR),
                )
            )
        nxt_elided = _ELIDED_NEXT.search(sent) if not elided else None
        if nxt_elided and (_INTMK.search(sent, 0, nxt_elided.start()) or numbered):
            # "Die IntMK tagte 2022 in Hamburg; die nächste folgt 2023 in Wiesbaden": the next
            # session, with the year and the place of its own clause
            end = _CLAUSE_END.search(sent, nxt_elided.end())
            clause = sent[nxt_elided.end() : end.start() if end else len(sent)]
            own_place = _places().search(clause)
            own_year = _YEARISH.search(clause)
            if own_place or own_year:
                sessions.append(
                    SessionMention(
                        None,
                        int(own_year.group()) if own_year else None,
                        canonical_place(own_place.group("place")) if own_place else None,
                        None,
                        None,
                        Evidence(
                            s_start + nxt_elided.start(),
                            s_start + nxt_elided.end(),
                            sent.strip()[:500],
                            EXTRACTOR,
                        ),
                    )
                )
                elided = [nxt_elided]
        if elided:
            # the numbered session before them keeps only what its own part of the sentence says
            sent = sent[: elided[0].start()]
        if not numbered:
            # "Die Konferenz in Erfurt war die elfte ihrer Art": the ordinal predicated of it
            numbered = list(_COPULA_ORDINAL.finditer(sent))
        ministers = _MINISTERS.search(sent)
        named = (
            _INTMK.search(sent)
            or _MEETS.search(sent)
            or _THIS_YEARS_CONFERENCE.search(sent)
            or _lands_meet(sent)
            or (
                ministers
                if ministers
                and (_MEET_VERB.search(sent) or _REGION.search(sent) or _UNDER_CHAIR.search(sent))
                else None
            )
            or _BARE_CONFERENCE.search(sent)
            or _back_then(sent, _INTMK.search(flat, max(0, s_start - 300), s_start) is not None)
            or _taken_up(flat, s_start, sent)
        )
        sub = _SUB_BODY.search(sent) if named and not numbered else None
        if sub and sub.start() <= named.start() < sub.end():  # type: ignore[union-attr]
            # "Die Arbeitsgruppe „Monitoring“ der IntMK hat sich in Mainz getroffen": the
            # working group met, not the conference
            continue
        listed = _place_list(sent) if named else []
        if len(listed) > 1:
            # "Nach der ersten Konferenz in Bremen tagte die Runde auch in Erfurt, Potsdam und
            # Mainz": the numbered session keeps its own place, the list gives the others
            own = {_place_after(sent, m.end()) for m in numbered}
            for place in (p for p in listed if p not in own):
                # a year right before the place is that session's ("tagte 2019 in Berlin und
                # war danach in Kiel zu Gast")
                dated = re.search(
                    rf"(?<!\d)((?:19|20)\d\d)\s+in\s+{re.escape(place)}(?![\w-])", sent
                )
                sessions.append(
                    SessionMention(
                        None,
                        int(dated.group(1)) if dated else None,
                        place,
                        None,
                        None,
                        Evidence(
                            s_start + named.start(),
                            s_start + named.end(),
                            sent.strip()[:500],
                            EXTRACTOR,
                        ),
                    )
                )
            for year_item in _YEAR_ITEM.finditer(sent, _list_start(sent)):
                # "… in Mainz, Dresden und Magdeburg, 2012 im Saarland und 2017 am Bodensee": a
                # year with its city, its Land (the chair) or a lake (no place)
                where = year_item.group("where")
                city = canonical_place(where) if canonical_place(where) in _place_names() else None
                lands = lands_in_phrase(where) if city is None else []
                sessions.append(
                    SessionMention(
                        None,
                        int(year_item.group("year")),
                        city,
                        lands[0].code
                        if lands and lands[0].code != "DE"
                        else _place_land(city or ""),
                        None,
                        Evidence(
                            s_start + year_item.start(),
                            s_start + year_item.end(),
                            sent.strip()[:500],
                            EXTRACTOR,
                        ),
                    )
                )
            turn = _TURN.search(sent)
            if turn and canonical_place(turn.group("place")) in _place_names():
                sessions.append(
                    SessionMention(
                        None,
                        None,
                        canonical_place(turn.group("place")),
                        _chair_in(sent),
                        None,
                        Evidence(
                            s_start + turn.start(),
                            s_start + turn.end(),
                            sent.strip()[:500],
                            EXTRACTOR,
                        ),
                    )
                )
            if not numbered:
                continue
        if not numbered and not named:
            continue
        heading = len(sent) < 80 and not sent.rstrip().endswith((".", "!", "?", ":"))
        if named and not numbered and heading and not _places().search(sent):
            # a heading ("Hauptkonferenz (auf Ministerebene)") whose date and place follow on
            # the next line
            nxt = _following(index, s_end)
            if (
                nxt is not None
                and len(nxt) < 120
                and (_YEARISH.search(nxt) or _places().search(nxt))
                # (not the page's own date under its heading: "Stand: 03.02.2015")
                and not _DOCUMENT_DATE_LINE.match(nxt)
            ):
                sent = sent + " " + nxt
        if named is not None:
            # "Nicht zu verwechseln ist die IntMK mit der Konferenz der Integrationsbeauftragten,
            # die sich im September in Leipzig trifft": what follows another conference named
            # after the IntMK (and no IntMK after it) is that conference's
            other = _other_meeting_after(sent, named.end())
            if other is not None:
                sent = sent[:other]
        place_m = _places().search(sent) or _MEETS.search(sent) or _come_to().search(sent)
        if named is ministers and ministers is not None and place_m is not None:
            # "Während die ASMK in Münster tagte, hatten die Integrationsminister in Berlin …":
            # the ministers' place follows them
            place_m = _places().search(sent, ministers.end()) or place_m
        if (
            named is not None
            and place_m is not None
            and place_m.start() < named.start()
            and _other_meeting_before(sent, named.start())
        ):
            # "Nach der Innenministerkonferenz in Bremen tagt die IntMK in Kiel": the place
            # before the body is the other conference's
            place_m = _places().search(sent, named.end())
        place = canonical_place(place_m.group("place")) if place_m else None
        if place is None:
            # "in Thüringens Landeshauptstadt", "in der Landeshauptstadt von Hessen": that capital
            place = _capital_named(sent)
        if place is None and not ONLINE.search(sent):
            # "die Kieler Konferenz", "im Dresdner Kongresszentrum": the town of its adjective
            place = _adjectival_place(sent)
        if place is None and named and not numbered and _IN_THE_CAPITAL.search(sent):
            # "Die Minister tagen seit gestern in der Landeshauptstadt" under a dateline of a
            # Land's capital: that city
            city = dateline_city(text)
            if city and capital_land(f"in {city}") and canonical_place(city) in _place_names():
                place = canonical_place(city)
        if numbered and len(listed) > 1:
            place = _place_after(sent, numbered[0].end()) if len(numbered) == 1 else None
        elif numbered:
            # "Ein Jahr nach der Konferenz in Kiel richtet Thüringen die 11. Konferenz aus": the
            # place after another conference noun is that session's, not the numbered one's
            for c in _BARE_CONFERENCE.finditer(sent):
                if any(m.start() <= c.start() < m.end() for m in numbered):
                    continue
                # (a time before the document between: "Nach der Konferenz im vergangenen Jahr
                # in Nürnberg richtet nun Berlin die 14. Konferenz aus" → that year's session)
                gap = _TIME_GAP.match(sent, c.end())
                other = _place_after(sent, gap.end() if gap else c.end())
                other_year = None
                if gap and doc_year:
                    n = gap.group("n")
                    other_year = doc_year - (
                        int(n) if n and n.isdigit() else _NUMBER_WORDS.get(n or "", 1)
                    )
                if other and other not in {_place_after(sent, m.end()) for m in numbered}:
                    sessions.append(
                        SessionMention(
                            None,
                            other_year,
                            other,
                            None,
                            None,
                            Evidence(
                                s_start + c.start(),
                                s_start + c.end(),
                                sent.strip()[:500],
                                EXTRACTOR,
                            ),
                        )
                    )
                    if place == other:
                        place = None
        list_line = len(sent) < 120 and not sent.rstrip().endswith((".", "!", "?"))
        if place is None and numbered and list_line:
            # a list line: "2014 – Sachsen-Anhalt (9. Konferenz, Magdeburg)"
            bare = _bare_place(sent)
            place = bare or place
        if ONLINE.search(sent):
            place = None
        # a change of chair dates the change, not a session, unless the sentence has the
        # session meet too ("übergibt an X, wo die nächste Konferenz im März 2010 tagen soll")
        rotation = bool(_ROTATION.search(sent)) and not _SESSION_MEETS.search(sent)
        year = (
            None
            if rotation or _FOUNDED.search(sent)
            else year_near(_SINCE_YEAR.sub("", _without_hosts_in_a_year(sent)), doc_year)
        )
        if doc_date and doc_year and not rotation and year in (None, doc_year):
            # "im kommenden Frühjahr", "im nächsten April": the next such time after the date
            # (no year in the sentence but the document's, a dateline's: "Essen (epd) – …")
            coming = _coming_time_year(sent, doc_date)
            if coming and all(int(y) == doc_year for y in _YEARISH.findall(sent)):
                year = coming
        if year is None and doc_year and not rotation:
            for rx, delta in _RELATIVE_YEAR:
                if rx.search(sent):
                    year = doc_year + delta
                    break
            ago = _YEARS_AGO.search(sent)
            if year is None and ago:
                n = ago.group("n")
                year = doc_year - (
                    1 if ago.group("one") else int(n) if n.isdigit() else _NUMBER_WORDS[n]
                )
        when = None if rotation else event_date(sent, doc_date)
        if when and year and not when.startswith(str(year)):
            when = None
        inferred = False
        if (
            year is None
            and doc_year
            and not (rotation or numbered)
            and named
            and not sent[named.end() : named.end() + 1] == "-"  # "IntMK-Logo"
            # (in the body's own clause: a lead before a colon speaks of something else, "Sie ist
            # die erste Frau an der Spitze seit Jahren: … tagt die IntMK ab morgen in X")
            and not _HABITUAL.search(sent, sent.rfind(":", 0, named.start()) + 1)
        ):
            # a news report on the session at hand: "tagt in dieser Woche in X", "kommen am
            # Mittwoch in X zusammen", "hatte im April in Y getagt" (the document's year)
            if when:
                year, inferred = int(when[:4]), True
            elif _NOW.search(sent) or _MEETS_NOW.search(sent):
                year, inferred = doc_year, True
                if doc_date and _after_this_year(sent, int(doc_date[5:7])):
                    year += 1  # "die nächste Konferenz im April" told in November: next April
        if re.search(r"\bzu\s+Ende\b|\bendete\b|\bbeendet\b|\babgeschlossen\b", sent):
            when = None  # an end date, not the start
        chair = _chair_in(_without_hosts_in_a_year(sent)) or _invited_by(sent)
        if chair is None and place is None and named and not ONLINE.search(sent):
            chair = _land_as_location(sent)  # "die Konferenz in Thüringen" → DE-TH
        if chair is None and place is not None and not numbered:
            chair = _place_land(place)  # the host is the chair: "ihr Treffen in Hannover" → DE-NI
        if chair is None and numbered and list_line and len(numbered) == 1:
            lands = [x for x in find_lands(sent) if x.code != "DE"]
            if len({x.code for x in lands}) == 1:
                chair = lands[0].code
        region = False
        if not (year or place) and named and _REGION.search(sent) and not numbered:
            place = None  # a lake or region: the row stays, the place is empty
            if _MEETS_NOW.search(sent) or _NOW.search(sent):
                # a report on the session under way, under a dateline of a session's city ("
                # Friedrichshafen. Am Bodensee beraten seit Donnerstag die Minister"): that city
                city = dateline_city(text)
                if city and canonical_place(city) in _place_names():
                    place = canonical_place(city)
            year = year or (doc_year if doc_year and ministers else None)
            # (the body named meeting there, not a bare "Konferenz": "Am Chiemsee haben sich die
            # Integrationsminister zu einer Klausur getroffen" is a session, with no year told)
            region = named.re is not _BARE_CONFERENCE and (
                named is not ministers or bool(_MEET_VERB.search(sent))
            )
        # "auf der 18. und der 19. IntMK …; auf Letzterer führte X den Vorsitz": the clause of
        # the chair points to one of several sessions named
        pointed = _pointed_to(sent, numbered) if chair and len(numbered) > 1 else None
        for m in numbered:
            number = int(m.group("num")) if m.group("num") else _ORDINALS[m.group("ord").lower()]
            if m.group().endswith("Mal") and not (
                ministers
                or _INTMK.search(sent)
                or (
                    _THEY_MEET.search(sent)
                    and (
                        _MINISTERS.search(flat, max(0, s_start - 400), s_start)
                        or _INTMK.search(flat, max(0, s_start - 400), s_start)
                    )
                )
            ):
                # "zum sechsten Mal" counts sessions only when the body is named, or meets as
                # "sie" right after it was ("… die Ministerinnen und Minister regelmäßig. Zum
                # 19. Mal kommen sie nun zusammen")
                continue
            if number > 40:
                continue
            own_year = year
            sessions.append(
                SessionMention(
                    number=number,
                    year=own_year if len(numbered) == 1 else None,
                    place=place if len(numbered) == 1 else None,
                    chair_land=chair if len(numbered) == 1 or m is pointed else None,
                    start_date=when if len(numbered) == 1 else None,
                    evidence=Evidence(
                        s_start + m.start(), s_start + m.end(), sent.strip()[:500], EXTRACTOR
                    ),
                )
            )
            seen_sentences.add((s_start, s_end))
        if not numbered and (year or place or region) and named:
            if named.re is _BARE_CONFERENCE and place and not year and doc_year:
                # "Die Konferenz in Wiesbaden …" in a document of the year an IntMK session met
                # there: that session
                if (doc_year, place) in _held_sessions():
                    year = doc_year
            if (
                named.re is _BARE_CONFERENCE
                and not (year and place)
                and not _INTMK.search(sent)
                # "die Konferenz" just after the IntMK was named: that body, with its year or its
                # place ("Auf der Konferenz im Vorjahr in Potsdam …")
                and not (((year and not inferred) or place) and _anaphoric(flat, s_start, named))
            ):
                continue  # a bare "Konferenz" needs both its year and its place
            if (
                named.re is _BARE_CONFERENCE
                and not _INTMK.search(sent)
                and (
                    _OTHER_MEMBERS.match(sent, named.end())
                    # "Tagung", "Sitzung" are any meeting's words: only the body just named
                    or (
                        named.group() in ("Tagung", "Sitzung")
                        and not _anaphoric(flat, s_start, named)
                    )
                )
            ):
                continue  # "Eine Tagung der Wohlfahrtsverbände folgt 2018 in Mainz"
            if (
                named.re is _BARE_CONFERENCE
                and not _INTMK.search(sent)
                and _CHANGED_PLAN.search(sent)
            ):
                # "Ursprünglich hatte die Tagung in Halle stattfinden sollen": the session just
                # named, once planned elsewhere, not another
                continue
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
    if doc_year:
        sessions.extend(_earlier_hosts(index, doc_year))
    sessions.extend(_last_years_sessions(index, doc_year))
    sessions.extend(_plural_sessions(index))
    told = {m.year for m in sessions if m.year}
    sessions.extend(m for m in _hosts_in_a_year(index) if m.year not in told)
    # a time before the session at hand, with no document date: the one year the text gives its
    # sessions ("Grußwort zur Eröffnung der IntMK 2013 in Dresden … Vor einem Jahr waren wir
    # Gäste im Saarland")
    anchor = doc_year or (next(iter(told)) if len(told) == 1 else None)
    if anchor:
        sessions.extend(m for m in _guests_then(index, anchor) if m.year not in told)
    sessions.extend(_table_sessions(text))
    sessions.extend(_year_place_lines(text))
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


# an earlier session by its place and the time before the document ("Nach Dresden im Vorjahr ist
# nun X Gastgeber", "wie in Kiel vor zwei Jahren"), or by the Land that invited to it ("Im
# vergangenen Jahr hatte Bayern nach Nürnberg eingeladen"): a session of the body the document
# is about, its year counted back from the document's
_AGO = (
    r"(?:im\s+Vorjahr|im\s+(?:vergangenen|letzten|vorigen)\s+Jahr|vor\s+(?P<n>einem|zwei|drei|vier|fünf|\d)\s+"
    r"Jahr(?:en)?)"
)
_PLACE_THEN = re.compile(
    rf"(?<![\w-])(?:[Nn]ach|[Ww]ie(?:\s+in)?|[Aa]nders\s+als\s+in)\s+(?P<place>[A-ZÄÖÜ][\w-]+)\s+(?i:{_AGO})(?![\w-])"
)
_INVITED_THEN = re.compile(
    rf"(?<![\w-])(?i:{_AGO})\s+(?:hatte|hat|war)\s+(?P<who>(?:das\s+Land\s+|der\s+Freistaat\s+)?[A-ZÄÖÜ][\w-]+)\s+"
    r"(?:(?:[\w-]+\s+){0,4}?nach\s+(?P<place>[A-ZÄÖÜ][\w-]+)\s+eingeladen"
    r"|Gastgeber(?:in|land)?\s+in\s+(?P<place2>[A-ZÄÖÜ][\w-]+))(?![\w-])"
)


# "Nach X im Vorjahr …" names last year's host only where the sentence speaks of hosting or
# meeting ("ist nun Bremen Gastgeber", "tagen die Länder nun in Y")
_HOST_CUE = re.compile(
    rf"(?<![\w-])(?:Gastgeber\w*|Ausrichter\w*|Vorsitz\w*|tagt|tagen|tagte|tagten|getagt|trifft"
    rf"|treffen|trafen|Treffen|Konferenz|Sitzung|Tagung|{INTMK})(?![\w-])"
)
# an invitation to another meeting ("zum Fachtag", "zur Regionalkonferenz")
_TO_OTHER_MEETING = re.compile(
    r"(?<![\w-])zu[mr]\s+(?!Integrationsminister|IntMK|Konferenz|Sitzung|Tagung)[A-ZÄÖÜ]"
)


def _session_city(name: str) -> str | None:
    """A known session city, a district compound taken as its city ("Rostock-Warnemünde")."""
    for form in (name, name.split("-", 1)[0]):
        city = canonical_place(form)
        if city in _place_names():
            return city
    return None


def _earlier_hosts(index: TextIndex, doc_year: int) -> list[SessionMention]:
    out: list[SessionMention] = []
    flat = index.flat
    if "Jahr" not in flat and "jahr" not in flat:
        return out
    for s_start, s_end in index.sentences:
        sent = flat[s_start:s_end]
        if "ahr" not in sent or OTHER_BODY.search(sent):
            continue
        for rx in (_PLACE_THEN, _INVITED_THEN):
            for m in rx.finditer(sent):
                if rx is _PLACE_THEN and m.group().startswith(("Nach", "nach")):
                    if not _HOST_CUE.search(sent):
                        continue  # "Nach X im Vorjahr ist nun auch Y von Kürzungen betroffen"
                if rx is _INVITED_THEN and _TO_OTHER_MEETING.search(m.group()):
                    continue  # "hatte Sachsen zum Fachtag Integration nach Leipzig eingeladen"
                city = _session_city(m.group("place") or m.groupdict().get("place2") or "")
                if city is None:
                    continue
                n = (m.group("n") or "").lower()
                back = 1 if n in ("", "einem") else int(n) if n.isdigit() else _NUMBER_WORDS[n]
                chair = None
                if "who" in m.groupdict():
                    lands = [x for x in find_lands(m.group("who")) if x.code != "DE"]
                    chair = lands[0].code if lands else None
                out.append(
                    SessionMention(
                        None,
                        doc_year - back,
                        city,
                        chair or _place_land(city),
                        None,
                        Evidence(
                            s_start + m.start(), s_start + m.end(), sent.strip()[:500], EXTRACTOR
                        ),
                    )
                )
    return out


# a Land as the host of a year's session, in a clause of its own ("Hessen war zuletzt 2023
# Gastgeber", "das Saarland war 2012 Gastgeber", "2019 war Berlin Gastgeberin der Konferenz"):
# that year's session, the Land its chair (the host is the chair)
_HOST_LAND = r"(?:das\s+Land\s+|der\s+Freistaat\s+|das\s+)?[A-ZÄÖÜ][\w-]+"
_HOST_IN_YEAR = re.compile(
    rf"(?<![\w-])(?P<land>{_HOST_LAND})\s+(?:war|ist|wird|wurde)\s+"
    r"(?:(?:zuletzt|bereits|schon|erstmals|einmal|damals|auch|im\s+Jahr)\s+){0,2}"
    r"(?P<year>(?:19|20)\d\d)\s+(?:(?:zuletzt|erstmals|schon|bereits|auch)\s+)?Gastgeber(?:in|land)?(?![\w-])"
    rf"|(?<![\w-])(?P<year2>(?:19|20)\d\d)\s+(?:war|ist|wird|wurde)\s+(?P<land2>{_HOST_LAND})\s+"
    r"(?:(?:zuletzt|erstmals|schon|bereits|auch)\s+)?Gastgeber(?:in|land)?(?![\w-])"
)


def _without_hosts_in_a_year(sent: str) -> str:
    """``sent`` with its clauses of a host in a year blanked (same length): "…, Hessen war
    zuletzt 2023 Gastgeber" is a session of its own (:func:`_hosts_in_a_year`), its year and
    Land not the rest of the sentence's."""
    if "Gastgeber" not in sent:
        return sent
    return _HOST_IN_YEAR.sub(lambda m: " " * len(m.group()), sent)


def _hosts_in_a_year(index: TextIndex) -> list[SessionMention]:
    """Sessions told by their host and year (``_HOST_IN_YEAR``) in a document about the IntMK,
    where the sentence names no other body (``Der Landtag war 2019 Gastgeber``: a parliament)."""
    out: list[SessionMention] = []
    flat = index.flat
    if "Gastgeber" not in flat:
        return out
    for m in _HOST_IN_YEAR.finditer(flat):
        if index.is_clutter(m.start()):
            continue
        s_start, s_end = index.sentence_at(m.start())
        sent = flat[s_start:s_end]
        if OTHER_BODY.search(sent):
            continue
        lands = lands_in_phrase(m.group("land") or m.group("land2"))
        if not lands or lands[0].form != "name" or lands[0].code == "DE":
            continue
        out.append(
            SessionMention(
                None,
                int(m.group("year") or m.group("year2")),
                None,
                lands[0].code,
                None,
                Evidence(m.start(), m.end(), sent.strip()[:500], EXTRACTOR),
            )
        )
    return out


# the speaker's side as guests of an earlier session, a speech's or an interview's first person
# ("Vor einem Jahr waren wir Gäste im Saarland", "Im Vorjahr waren wir in Kiel zu Gast"): that
# session, its year counted back, a Land as its chair, a city as its place
_GUESTS_THEN = re.compile(
    rf"(?<![\w-])(?i:{_AGO})\s+(?:waren|war)\s+(?:wir|ich)\s+(?:(?:schon|noch|alle)\s+)?"
    r"(?:(?:Gäste|Gast|zu\s+Gast)\s+(?:in|im|bei)\s+(?P<where>[A-ZÄÖÜ][\w-]+)"
    r"|(?:in|im)\s+(?P<where2>[A-ZÄÖÜ][\w-]+)\s+zu\s+Gast)(?![\w-])"
)


def _guests_then(index: TextIndex, anchor: int) -> list[SessionMention]:
    """Earlier sessions the speaker's side were guests of (``_GUESTS_THEN``), counted back from
    ``anchor``; not where the sentence names another body."""
    out: list[SessionMention] = []
    flat = index.flat
    if "Gast" not in flat and "Gäste" not in flat:
        return out
    for m in _GUESTS_THEN.finditer(flat):
        s_start, s_end = index.sentence_at(m.start())
        sent = flat[s_start:s_end]
        if OTHER_BODY.search(sent):
            continue
        where = m.group("where") or m.group("where2")
        city = _session_city(where)
        lands = [] if city else [x for x in lands_in_phrase(where) if x.code != "DE"]
        if city is None and not lands:
            continue
        n = (m.group("n") or "").lower()
        back = 1 if n in ("", "einem") else int(n) if n.isdigit() else _NUMBER_WORDS[n]
        out.append(
            SessionMention(
                None,
                anchor - back,
                city,
                lands[0].code if lands else _place_land(city or ""),
                None,
                Evidence(m.start(), m.end(), sent.strip()[:500], EXTRACTOR),
            )
        )
    return out


# a session noun compounded with the year before the document's ("die Vorjahreskonferenz in
# Kiel", "auf der Vorjahrestagung der Integrationsminister in Erfurt", "beim Vorjahrestreffen"):
# last year's session, the place after it (and the ministers' genitive between) its own
_LAST_YEARS = re.compile(
    r"(?<![\w-])Vorjahr(?:es|s)?(?:-?[Kk]onferenz|-?[Tt]agung|-?[Ss]itzung|-?[Tt]reffen|-?IntMK)(?![\w-])"
    r"(?P<others>(?=\s+(?:der|des)\s))?"
    r"(?:\s+(?:der|des)\s+(?:[\w*:-]+\s+){0,4}?(?:Integrationsminister\w*|Länder|-?minister\w*))?"
    r"(?:\s+(?:19|20)\d\d)?(?:\s+(?:in|im)\s+(?P<place>[A-ZÄÖÜ][\w-]+))?"
)


def _without_last_years(sent: str) -> str:
    """``sent`` with its last year's sessions (``_LAST_YEARS``) blanked, same length."""
    if "Vorjahr" not in sent:
        return sent
    return _LAST_YEARS.sub(lambda m: " " * len(m.group()), sent)


def _last_years_sessions(index: TextIndex, doc_year: int | None) -> list[SessionMention]:
    """Sessions named by the compound of the year before (``_LAST_YEARS``): the document's year
    less one, the place after it; not in a sentence that names another body."""
    flat = index.flat
    if "Vorjahr" not in flat:
        return []
    out = []
    for m in _LAST_YEARS.finditer(flat):
        if index.is_clutter(m.start()):
            continue
        s_start, s_end = index.sentence_at(m.start())
        sent = flat[s_start:s_end]
        if OTHER_BODY.search(sent) or (
            m.group("others") is not None
            and "minister" not in m.group()
            and _OTHER_MEMBERS.match(flat, m.start("others"))
        ):
            continue  # "die Vorjahreskonferenz der Innenminister", "im Landtag"
        city = _session_city(m.group("place") or "")
        year = _YEARISH.search(m.group())
        out.append(
            SessionMention(
                None,
                int(year.group()) if year else doc_year - 1 if doc_year else None,
                city,
                _place_land(city) if city else None,
                None,
                Evidence(m.start(), m.end(), sent.strip()[:500], EXTRACTOR),
            )
        )
    return out


# the bare noun of a conference, singular or plural
_BARE_CONFERENCE_NOUN = re.compile(r"(?<![\w-])(?:Konferenz|Konferenzen|Tagung|Tagungen)(?![\w-])")


@cache
def _held_sessions() -> frozenset[tuple[int, str]]:
    """The year and the city of each IntMK session the reference knows (made once)."""
    return frozenset((r.year, r.place) for r in reference_sessions() if r.place)


def _reference_session_told(index: TextIndex, doc_year: int | None) -> bool:
    """Does a sentence name a bare conference (``_BARE_CONFERENCE_NOUN``) with a city and a
    year (its own, else the document's) that an IntMK session of the reference met in, no other
    body named in it (``Die Konferenz in Wiesbaden knüpfte an …`` in 2023, ``auf den
    Konferenzen in Berlin (2019) und …``)? Place and year agree with the body's by no chance."""
    flat = index.flat
    if "onferenz" not in flat and "Tagung" not in flat:
        return False
    held = _held_sessions()
    for s_start, s_end in index.sentences:
        sent = flat[s_start:s_end]
        c = _BARE_CONFERENCE_NOUN.search(sent)
        if c is None or OTHER_BODY.search(sent) or _OTHER_MEMBERS.match(sent, c.end()):
            continue
        cities = {canonical_place(p.group("place")) for p in _places().finditer(sent)}
        cities |= {x for x in (_adjectival_place(sent),) if x}
        years = {int(y) for y in _YEARISH.findall(sent)} or ({doc_year} if doc_year else set())
        if any((y, c) in held for y in years for c in cities):
            return True
    return False


# a page's own date line under its heading ("Stand: 03.02.2015", "Datum: …")
_DOCUMENT_DATE_LINE = re.compile(
    r"\s*(?:Stand|Datum|Veröffentlicht|Erstellt|Aktualisiert|Zuletzt\s+aktualisiert"
    r"|Letzte\s+Aktualisierung)(?:\s+am)?\s*:?\s+\d"
)
_DATE_LINE_IN_SENTENCE = re.compile(
    r"(?m)^[ \t]*(?:Stand|Datum|Veröffentlicht|Erstellt|Aktualisiert|Zuletzt\s+aktualisiert"
    r"|Letzte\s+Aktualisierung)(?:\s+am)?[ \t]*:?[ \t]+\d[\d.]*\d[ \t]*$"
)
# sessions named by a plural noun and a coordinated list of places, each with its year ("auf
# den Integrationsministerkonferenzen in Kiel (2015) und Erfurt (2016)", "auf den Konferenzen
# der Integrationsminister in Potsdam (2020), Hamburg (2022) und Wiesbaden (2023)", "die
# IntMK-Sitzungen 2019 in Berlin und 2021 in Bremen", "… von 2017 in Friedrichshafen und …")
_PLURAL_SESSIONS = re.compile(
    r"(?<![\w-])(?:Integrationsminister(?:\*innen|:innen|innen)?-?[Kk]onferenzen"
    r"|(?:Haupt)?[Kk]onferenzen|IntMK-(?:Sitzungen|Tagungen|Konferenzen)|IntMKs|Tagungen|Sitzungen)"
    r"(?:\s+der\s+(?:[\w*:-]+\s+){0,4}?(?:Integrationsminister\w*|-?minister\w*|Länder))?"
    r"\s+(?P<list>(?:von\s+|in\s+|im\s+Jahr\s+)?[A-ZÄÖÜ0-9][^.;:!?]{2,200})"
)
_ITEM = re.compile(
    r"(?:in\s+)?(?P<place>[A-ZÄÖÜ][\w-]+)\s*\((?P<year>(?:19|20)\d\d)\)"
    r"|(?:(?:von|im\s+Jahr)\s+)?(?P<year2>(?:19|20)\d\d)\s+in\s+(?P<place2>[A-ZÄÖÜ][\w-]+)"
)
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:und\s+|sowie\s+)?|\s+(?:und|sowie)\s+")


def _plural_sessions(index: TextIndex) -> list[SessionMention]:
    """One session for each item of a list after a plural session noun (``_PLURAL_SESSIONS``),
    each item a known place with its year (at least two); not another body's sessions."""
    flat = index.flat
    out: list[SessionMention] = []
    for m in _PLURAL_SESSIONS.finditer(flat):
        if index.is_clutter(m.start()) or OTHER_BODY.search(m.group()):
            continue
        found, pos, text = [], 0, m.group("list")
        while (item := _ITEM.match(text, pos)) is not None:
            city = _session_city(item.group("place") or item.group("place2"))
            if city is None:
                break
            found.append((item, city))
            sep = _LIST_SEPARATOR.match(text, item.end())
            if sep is None:
                break
            pos = sep.end()
        if len(found) < 2:
            continue
        s_start, s_end = index.sentence_at(m.start())
        for item, city in found:
            start = m.start("list") + item.start()
            out.append(
                SessionMention(
                    None,
                    int(item.group("year") or item.group("year2")),
                    city,
                    _place_land(city),  # the host is the chair
                    None,
                    Evidence(
                        start,
                        m.start("list") + item.end(),
                        flat[s_start:s_end].strip()[:500],
                        EXTRACTOR,
                    ),
                )
            )
    return out


# "im kommenden Frühjahr", "im nächsten April", "im folgenden Herbst": the next such time after
# the document's date (the season's first month)
_SEASON_START = {"frühjahr": 3, "frühling": 3, "sommer": 6, "herbst": 9, "winter": 12}
_COMING_TIME = re.compile(
    r"(?<![\w-])(?:[Ii]m|[Aa]b|[Bb]is\s+zum)\s+(?:kommenden|nächsten|folgenden)\s+(?P<when>"
    + "|".join(m.capitalize() for m in MONTHS)
    + r"|Frühjahr|Frühling|Sommer|Herbst|Winter)(?![\w-])"
)


def _coming_time_year(sent: str, doc_date: str) -> int | None:
    """The year of the next month or season ``sent`` names (``_COMING_TIME``), told on
    ``doc_date``: the document's year if that month is still to come, else the next."""
    m = _COMING_TIME.search(sent)
    if m is None:
        return None
    when = m.group("when").lower()
    first = _SEASON_START.get(when) or MONTHS[when]
    year, month = int(doc_date[:4]), int(doc_date[5:7])
    return year + 1 if first <= month else year


# the next session ("die nächste Integrationsministerkonferenz", "bei der kommenden Konferenz")
_NEXT_SESSION = re.compile(
    r"(?<![\w-])(?:nächste|kommende|folgende)[nmrs]?\s+(?:[\w-]+\s+)?"
    rf"(?:{INTMK}|Konferenz|Sitzung|Treffen|Tagung|Runde)(?![\w-])"
)
_MONTH_NAMED = re.compile(
    r"(?<![\w-])[Ii]m\s+(?P<m>" + "|".join(m.capitalize() for m in MONTHS) + r")(?![\w-])"
)


def _after_this_year(sent: str, doc_month: int) -> bool:
    """The next session in a month the document's year has passed: the following year."""
    if not _NEXT_SESSION.search(sent):
        return False
    month = _MONTH_NAMED.search(sent)
    return month is not None and MONTHS[month.group("m").lower()] < doc_month


# a time the document's own date anchors: this week, these days, a month without a year
_NOW = re.compile(
    # (the day before the document's: "nach der Sitzung vom Vortag", "tagten gestern")
    r"(?<![\w-])(?:in\s+dieser\s+Woche|diese\s+Woche|an\s+diesem\s+Wochenende|derzeit|zurzeit"
    r"|(?:am|vom)\s+Vortag|gestern|vorgestern"
    r"|seit\s+(?:gestern|heute|Montag|Dienstag|Mittwoch|Donnerstag|Freitag)"
    r"|morgen|übermorgen|[Ii]m\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September"
    r"|Oktober|November|Dezember)(?!\s+(?:19|20)\d\d))(?![\w-])"
)
# what the body does every year ("kommen seit 2007 jährlich zusammen") is no one session
_HABITUAL = re.compile(
    # (not "seit gestern", "seit Montag": the session under way)
    r"(?<![\w-])(?:seit(?!\s+(?:gestern|vorgestern|heute|Montag|Dienstag|Mittwoch|Donnerstag|Freitag"
    r"|Samstag|Sonntag)(?![\w-]))|jährlich|alljährlich\w*|jedes\s+Jahr|einmal\s+im\s+Jahr"
    r"|regelmäßig\w*|turnusmäßig\w*|traditionell|in\s+der\s+Regel|jeweils)(?![\w-])"
)
# the body meeting in the present tense: the session the document reports on
_MEETS_NOW = re.compile(
    r"(?<![\w-])(?:tagt|tagen|beraten|berät|kommen\s+(?:\w+\s+){0,4}?zusammen|kommt\s+(?:\w+\s+){0,4}?zusammen"
    r"|treffen\s+sich|trifft\s+sich|findet\s+(?:\w+\s+){0,6}?statt)(?![\w-])"
)
# "wurde 2007 gegründet": the body's founding year, not a session's
_FOUNDED = re.compile(
    r"(?<![\w-])(?:gegründet|ins\s+Leben\s+gerufen|Gründung\w*|gründete\w*)(?![\w-])"
)
# "kommen seit 2007 zusammen": the series' start, not a session's year
_SINCE_YEAR = re.compile(r"(?<![\w-])[Ss]eit\s+(?:dem\s+Jahr\s+)?(?:19|20)\d\d(?!\d)")


def _back_then(sent: str, just_named: bool = False) -> re.Match[str] | None:
    """The body in a known place some years before (``_BACK_THEN``), no other body named: the
    Länder or ministers as the subject, or the IntMK named just before (``… ist die 12. IntMK
    zu Ende gegangen. … Schon im Vorjahr in Erfurt war ein ähnlicher Vorstoß gescheitert``)."""
    m = _BACK_THEN.search(sent)
    if m is None or canonical_place(m.group("place")) not in _place_names():
        return None
    taken_up = just_named and _BUSINESS.search(sent)
    if not (COLLECTIVE_RX.search(sent) or taken_up) or OTHER_BODY.search(sent):
        return None
    return m


# the business of a session: a motion, a decision, a dispute, a topic ("ein ähnlicher Vorstoß
# war gescheitert", "hatte es Streit gegeben", "war das Thema vertagt worden"); a person's own
# doings are not ("hatte die Senatorin ihr Amt angetreten")
_BUSINESS = re.compile(
    r"(?<![\w-])(?:Vorst[oö]ß\w*|Antr[aä]g\w*|Beschl[uü]ss\w*|beschlossen|gescheitert|Einigung"
    r"|einig|Streit|gestritten|vertagt|abgelehnt|Initiative|Thema|Themen|Kompromiss\w*"
    r"|Forderung\w*|Resolution\w*)(?![\w-])"
)


# "#IntMK", "#Göttingen": a hashtag's sign before a word
_HASHTAG = re.compile(r"(?:(?<=\s)|^)#(?=[^\W\d_])")
# a pronoun or a noun for the body opening a sentence whose verb is a meeting's ("Sie tagte
# schon in Düsseldorf, Mainz und Kiel", "Das Gremium traf sich 2019 in Berlin")
_TAKEN_UP = re.compile(
    r"^\s*(?:Sie|Die\s+Runde|Das\s+Gremium|Die\s+Fachministerkonferenz)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tagte|tagten|tagt|traf\s+sich|trifft\s+sich|kam\s+(?:[\w-]+\s+){0,4}?zusammen"
    r"|hat\s+(?:[\w-]+\s+){0,4}?getagt)(?![\w-])"
)


def _taken_up(flat: str, s_start: int, sent: str) -> re.Match[str] | None:
    """A sentence whose subject takes up the body the sentence before named (``Die Konferenz
    wandert mit dem Vorsitz durch die Länder. Sie tagte schon in Düsseldorf …``): that body
    meeting, unless the sentence before names another body."""
    m = _TAKEN_UP.match(sent)
    if m is None:
        return None
    before = flat[max(0, s_start - 300) : s_start]
    last = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
    if OTHER_BODY.search(last) or not (_INTMK.search(last) or _BARE_CONFERENCE.search(last)):
        return None
    return m


# "die Konferenz", "die nächste Konferenz", "der vorigen Konferenz": the article (and an
# adjective of sequence) pointing to the body just named
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(?:die|der|Die|Der)\s+(?:(?:nächste|kommende|folgende|letzte|vorige|vorherige|vergangene)[nmrs]?\s+)?$"
)


def _anaphoric(flat: str, s_start: int, named: re.Match[str]) -> bool:
    """``die Konferenz`` right after a sentence that named the IntMK: that body (``… Gastgeber
    der Integrationsministerkonferenz. … In diesem Jahr ist die Konferenz ausgefallen``)."""
    before = flat[max(0, s_start + named.start() - 30) : s_start + named.start()]
    if not _ARTICLE_BEFORE.search(before):
        return False
    if _OTHER_MEMBERS.match(flat, s_start + named.end()):
        return False  # "die Konferenz der Bürgermeister": named by other members
    if _INTMK.search(flat, max(0, s_start - 300), s_start):
        return True
    # the body named as its ministers meeting in the sentence right before ("Vor 13 Jahren
    # tagten die Integrationsminister in X. 2027 kommt die Konferenz zurück ins Saarland")
    last = _last_sentence(flat[max(0, s_start - 300) : s_start])
    return bool(_MINISTERS.search(last) and _MEET_VERB.search(last) and not OTHER_BODY.search(last))


# a plan given up: "ursprünglich / eigentlich / zunächst … sollen"
_CHANGED_PLAN = re.compile(
    r"(?<![\w-])(?:[Uu]rsprünglich|[Ee]igentlich|[Zz]unächst)(?![\w-])[^.;!?]{0,80}?\s(?:sollen|sollte|sollten)(?![\w-])"
)
# a genitive of the members after the bare noun: a conference of others ("die Konferenz der
# Bürgermeister", "des Städtetags"), not the IntMK's ministers ("der Integrationsminister", "der
# Länder", "der für Integration zuständigen …")
_OTHER_MEMBERS = re.compile(
    r"\s+(?:der|des)\s+(?!Integrationsminister|Länder\b|für\s+Integration|Ministerinnen|Minister\b)"
    r"(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ]"
)


def _last_sentence(before: str) -> str:
    """The last sentence of ``before`` (the text up to a sentence's start)."""
    return re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""


def _generic_ordinal(sent: str, m: re.Match[str]) -> bool:
    """``nicht das erste Treffen``, ``das erste Treffen dieser Art``: no session's number."""
    if not m.group("ord"):
        return False
    return bool(
        _GENERIC_ORDINAL.search(sent[max(0, m.start() - 20) : m.start()])
        or _OF_THIS_KIND.match(sent, m.end())
    )


# ("ins Saarland": the preposition with the article of a neuter Land's name)
_IN_LAND = re.compile(r"(?<![\w-])(?:in|im|ins)\s+(?P<land>[A-ZÄÖÜ][\w-]+)")


def _land_as_location(sent: str) -> str | None:
    """A Land named as where the session meets ("trifft sich die Runde in Nordrhein-Westfalen")."""
    for m in _IN_LAND.finditer(sent):
        lands = lands_in_phrase(m.group("land"))
        if lands and lands[0].form == "name" and lands[0].code != "DE":
            return lands[0].code
    return None


def _first_in_a_land(sent: str, m: re.Match[str]) -> bool:
    if not m.group("ord"):
        return False
    f = _FIRST_IN_LAND.match(sent, m.end("ord") + 1) or _FIRST_IN_LAND.match(
        sent, m.end() - len(m.group().split()[-1])
    )
    return bool(f and lands_in_phrase(f.group("land")))


def _place_land(name: str) -> str | None:
    return next((p.land for p in places() if p.name == name), None)


@cache  # the reference places are fixed: the set is made once, not for every sentence
def _place_names() -> frozenset[str]:
    return frozenset(p.name for p in places())


# a time before the document after a conference noun ("der Konferenz im vergangenen Jahr in X")
_TIME_GAP = re.compile(
    r"\s+(?:im\s+(?:vergangenen|letzten|vorigen)\s+Jahr|im\s+Vorjahr"
    r"|vor\s+(?:einem|(?P<n>zwei|drei|vier|fünf|\d{1,2}))\s+Jahren?)(?=\s)"
)


_YEAR_BEFORE_PLACE = re.compile(r" (?:19|20)\d\d(?!\d)(?= in )")


def _place_after(sent: str, pos: int) -> str | None:
    """The known place right after ``pos`` ("… Konferenz in Kiel")."""
    # (its year between: "der ersten Konferenz 2007 in Düsseldorf")
    year = _YEAR_BEFORE_PLACE.match(sent, pos)
    pos = year.end() if year else pos
    m = _places().match(sent, pos + 1) if sent[pos : pos + 1] == " " else None
    return canonical_place(m.group("place")) if m else None


# a working body of the conference, the conference in the genitive after it
_SUB_BODY = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][\w-]*-)?(?:Arbeitsgruppe|Unterarbeitsgruppe|Arbeitskreis|AG|Projektgruppe"
    r"|Lenkungsgruppe|Lenkungskreis|Expertengruppe|Fachgruppe|Geschäftsstelle|Steuerungsgruppe)"
    r"(?:\s+[„»\"][^“«\"\n]{1,60}[“«\"]|\s+[A-ZÄÖÜ][\w-]+)?\s+der\s+(?:[\w-]+\s+){0,2}?"
    r"(?:IntMK|Integrationsministerkonferenz|Konferenz|Integrationsminister\w*)(?![\w-])"
)
# "sie" as the subject of meeting: the body or its ministers named just before
_THEY_MEET = re.compile(
    r"(?<![\w-])(?:kommen|kamen|treffen|trafen|tagen|tagten)\s+sie(?![\w-])"
    r"|(?<![\w-])sie\s+(?:[\w-]+\s+){0,3}?(?:zusammen(?:kommen|gekommen)?|getroffen|getagt|tagen|tagten)(?![\w-])"
)
# the capital as the place of a meeting, the city left to the dateline
_IN_THE_CAPITAL = re.compile(
    r"(?<![\w-])in\s+der\s+(?:Landes)?[Hh]auptstadt(?!\s+[A-ZÄÖÜ])(?![\w-])"
)


# a Land's capital named by the Land, a genitive or an adjective before the noun or a genitive
# or "von" after it ("in Thüringens Landeshauptstadt", "in der sächsischen Landeshauptstadt",
# "in der Landeshauptstadt Niedersachsens", "in der Hauptstadt von Hessen")
_CAPITAL_OF_LAND = re.compile(
    r"(?<![\w-])in\s+(?:(?P<before>[A-ZÄÖÜ][\w-]+s|der\s+[a-zäöü][\w-]+en)\s+(?:Landes)?[Hh]auptstadt"
    r"|der\s+(?:Landes)?[Hh]auptstadt\s+(?P<after>(?:von\s+)?[A-ZÄÖÜ][\w-]+))(?![\w-])"
)


def _capital_named(sent: str) -> str | None:
    """The session city a phrase names as a Land's capital (``_CAPITAL_OF_LAND``)."""
    for m in _CAPITAL_OF_LAND.finditer(sent):
        lands = lands_in_phrase(m.group("before") or m.group("after"))
        if not lands or lands[0].code == "DE":
            continue
        capital = next((x.capital for x in laender() if x.code == lands[0].code), None)
        if capital and canonical_place(capital) in _place_names():
            return canonical_place(capital)
    return None


def _every_match(rx: re.Pattern[str], sent: str) -> list[re.Match[str]]:
    """Every match of ``rx``, also those that start inside an earlier one's list."""
    out, pos = [], 0
    while (m := rx.search(sent, pos)) is not None:
        out.append(m)
        pos = m.start() + 1
    return out


# a definite noun phrase as the subject before the verb of a clause
_DEFINITE_SUBJECT = re.compile(
    r"(?<![\w-])(?P<art>[Dd]er|[Dd]ie|[Dd]as)\s+(?P<noun>[A-ZÄÖÜ][\w-]*)"
)
# the body's own nouns ("die Runde", "die Konferenz", "die Länder")
_BODY_NOUN = re.compile(
    rf"^(?:{INTMK}|Integrationsminister\w*|Konferenz|Fachministerkonferenz|Runde|Ministerrunde"
    r"|Gremium|Länder|Ressortchef\w*)$"
)


def _other_subject_before(sent: str, verb: int) -> bool:
    """Does the clause of the verb at ``verb`` open with a subject other than the body (``…,
    der Minister war vorher schon in Mainz``)? A list after it is not the body's places."""
    start = max(sent.rfind(",", 0, verb), sent.rfind(";", 0, verb), sent.rfind("–", 0, verb)) + 1
    # (the clause is the subject and the verb: ", der Minister war …")
    m = _DEFINITE_SUBJECT.fullmatch(sent[start:verb].strip())
    if m is None:
        return False
    # ("die Minister" are the body, "der Minister" is one of them)
    plural = m.group("art").lower() == "die" and m.group("noun") in ("Minister", "Ministerinnen")
    return not (_BODY_NOUN.match(m.group("noun")) or plural)


def _place_list(sent: str) -> list[str]:
    """The known places of a coordinated list after a meeting verb (or before its participle:
    "hat die Runde schon in Mainz, Dresden und Kiel getagt")."""
    matches = [
        m
        for rx in (_PLACE_LIST, _PLACE_LIST_AFTER_PARTICLE)
        for m in _every_match(rx, sent)
        if not _other_subject_before(sent, m.start())
    ] or _every_match(_PLACE_LIST_PERFECT, sent)
    out: list[str] = []
    # each coordinated clause of meeting has its own list ("tagte schon in Kiel und Erfurt,
    # sie war in Nürnberg und in Berlin zu Gast")
    for m in matches:
        # a dash or a bracket ends the coordination ("in Dresden, Kiel und Mainz – nun ist X
        # an der Reihe")
        coordinated = re.split(r"\s+[–—-]\s+|\s*\(", m.group("list"))[0]
        for item in re.split(r"\s*,\s*|\s+(?:und|sowie|oder)\s+", coordinated):
            # coordinated prepositional phrases repeat the preposition ("in Kiel, in Nürnberg
            # und in Berlin")
            # (an adverb of time or focus before the repeated preposition: "tagte 2019 in Berlin,
            # danach in Kiel und Hamburg")
            item = re.sub(
                r"^(?:(?:danach|dann|später|zuvor|anschließend|auch|schon|bereits|zuletzt)\s+)?in\s+",
                "",
                item.strip(),
            )
            name = canonical_place(item)
            if name in _place_names():
                if name not in out:
                    out.append(name)
                continue
            # the place by its adjective ("…, zuletzt im Friedrichshafener Graf-Zeppelin-Haus")
            adjectival = re.match(
                r"(?:(?:danach|dann|später|zuvor|anschließend|zuletzt)\s+)?(?:im|in\s+der)\s", item
            )
            name = _adjectival_place(item[adjectival.start() :]) if adjectival else None
            if name is not None:
                if name not in out:
                    out.append(name)
                continue
            # the list's last place, the clause going on after it ("in Berlin zu Gast")
            head = _places().match("in " + item)
            if head and canonical_place(head.group("place")) in _place_names():
                name = canonical_place(head.group("place"))
                if name not in out:
                    out.append(name)
            break
    return out


@cache
def _place_by_name() -> dict[str, str]:
    """Each reference place's name and aliases → its name (made once)."""
    return {n: p.name for p in places() for n in (p.name, *p.aliases)}


_YEAR_ITEM = re.compile(
    r"(?:,|\bund|\bsowie)\s+(?P<year>(?:19|20)\d\d)\s+(?:in|im|am)\s+(?:der\s+|dem\s+)?(?P<where>[A-ZÄÖÜ][\w-]+)"
)


def _list_start(sent: str) -> int:
    m = (
        _PLACE_LIST.search(sent)
        or _PLACE_LIST_AFTER_PARTICLE.search(sent)
        or _PLACE_LIST_PERFECT.search(sent)
    )
    return m.start("list") if m else len(sent)


def _bare_place(sent: str) -> str | None:
    names = _place_by_name()
    for w in re.finditer(r"[A-ZÄÖÜ][\w-]+(?:\s\([\w ]+\))?", sent):
        if w.group() in names:
            return names[w.group()]
    return None


_SESSION_MEETS = re.compile(
    r"(?:Konferenz|IntMK|Integrationsministerkonferenz)\s+(?:\w+\s+){0,6}?(?:tagen|tagt|stattfinden|findet)(?![\w-])"
    r"|(?<![\w-])(?:trifft|treffen)\s+sich\s+(?:die|der)\s+(?:Runde|Konferenz|IntMK|Minister\w*)(?![\w-])"
)
_YEARISH = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _following(index: TextIndex, after: int) -> str | None:
    """The sentence that starts next after ``after``, if it starts within a short gap."""
    i = bisect.bisect_left(index.sentences, after, key=lambda span: span[0])
    if i < len(index.sentences):
        s, e = index.sentences[i]
        return index.flat[s:e] if s - after < 20 else None
    return None


# a table of sessions (a PDF's flattened table, a web page's): a header naming at least three of
# the columns, cells apart by a tab or two spaces
_COLUMNS = {
    "number": re.compile(r"^(?:Nr\.?|Nummer|Konferenz|IntMK|Sitzung)$", re.I),
    "year": re.compile(r"^(?:Jahr|Datum|Termin|Zeitraum)$", re.I),
    "place": re.compile(r"^(?:Tagungsort|Ort|Stadt|Austragungsort|Veranstaltungsort)$", re.I),
    "chair": re.compile(
        r"^(?:Vorsitz|Vorsitzland|Vorsitzendes\s+Land|Land|Gastgeber(?:land)?)$", re.I
    ),
}
_CELLS = re.compile(r"\t+|\s*\|\s*|\s{2,}")
_TABLE_HEAD = re.compile(r"(?m)^[^\n]*\b(?:Jahr|Tagungsort|Ort|Vorsitz)\b[^\n]*$")
# a header cell that names the body itself ("IntMK | Jahr | Ort")
_BODY_COLUMN = re.compile(r"^(?:Konferenz|IntMK)$", re.I)
# the body named in a table's caption: the IntMK, its ministers, or its sessions by the bare
# word ("Bisherige Konferenzen"), not another body ("Sitzungen des Integrationsbeirats",
# "Tagungen der Sportministerkonferenz")
_CAPTION_BODY = re.compile(r"(?<![\w-])(?:Konferenz|Konferenzen|Hauptkonferenz(?:en)?)(?![\w-])")


def _caption(text: str, start: int, lines: int = 2) -> str:
    """The caption of a table whose header starts at ``start``: the short lines right above it
    (at most ``lines``; blank lines between caption and header are skipped), up to a blank
    line or a line of prose (one that ends a sentence, or a long one)."""
    out: list[str] = []
    end = start - 1
    while end > 0 and len(out) < lines:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        end = begin - 1
        if not line:
            if out:
                break
            if start - end > 200:
                break
            continue
        if len(line) > 120 or line.endswith((".", "!", "?")):
            break
        out.append(line)
    return " ".join(reversed(out))


def _names_the_body(cells: list[str], caption: str) -> bool:
    """Is the table one of IntMK sessions? Its header has a column for the session
    (``Konferenz``, ``IntMK``) or its caption names the IntMK (``Übersicht der
    Integrationsministerkonferenzen``, ``Bisherige Konferenzen``), not another body (``Unsere
    Fachtage im Überblick``, ``Sitzungen des Landesbeirats``)."""
    if any(_BODY_COLUMN.match(c) for c in cells):
        return True
    if _INTMK.search(caption) or _MINISTERS.search(caption):
        return True
    return bool(_CAPTION_BODY.search(caption)) and not OTHER_BODY.search(caption)


# a line of a list of sessions: a year and where it met ("2018 Nürnberg", "2019: Berlin",
# "2021 Videokonferenz (Vorsitz Bremen)")
_YEAR_PLACE_LINE = re.compile(
    r"^[ \t]*(?:[•·▪*–-][ \t]*)?(?P<year>(?:19|20)\d\d)[ \t]*[:–-]?[ \t]+(?P<where>[A-ZÄÖÜ][\w-]+)"
    r"(?:[ \t]*\((?P<note>[^()\n]{2,60})\))?[ \t]*$",
    re.M,
)


def _year_place_lines(text: str) -> list[SessionMention]:
    """Sessions of a list of lines each giving a year and a known place (or an online session
    with its chair in brackets), at least two lines in a row: a list of the body's sessions on
    a page about it (the caller has checked the document is about the IntMK)."""
    if not _YEARISH.search(text):
        return []
    rows: list[tuple[re.Match[str], str | None, str | None]] = []
    for m in _YEAR_PLACE_LINE.finditer(text):
        where, note = m.group("where"), m.group("note") or ""
        place = canonical_place(where) if canonical_place(where) in _place_names() else None
        online = ONLINE.search(where + " " + note) or re.match(r"(?:Video|Online)", where)
        if place is None and not online:
            continue
        chair = _chair_in(note) if note else None
        if chair is None and re.search(r"Vorsitz|Gastgeber", note):
            lands = [x for x in find_lands(note) if x.code != "DE"]
            chair = lands[0].code if lands else None
        rows.append((m, None if online else place, chair))
    out: list[SessionMention] = []
    for k, (m, place, chair) in enumerate(rows):
        # a line of a run: the line before or after is one too
        near = [rows[j][0] for j in (k - 1, k + 1) if 0 <= j < len(rows)]
        if not any(
            text.count("\n", min(m.start(), o.start()), max(m.start(), o.start())) == 1
            for o in near
        ):
            continue
        out.append(
            SessionMention(
                number=None,
                year=int(m.group("year")),
                place=place,
                chair_land=chair,
                start_date=None,
                evidence=Evidence(m.start(), m.end(), m.group().strip()[:500], EXTRACTOR),
            )
        )
    return out


def _table_sessions(text: str) -> list[SessionMention]:
    """Sessions in the rows of a table under a header such as ``Nr.   Jahr   Tagungsort
    Vorsitz``: one session per row, each cell read by its column (``10.   2015   Kiel   SH``).
    Only a table of the IntMK's sessions (:func:`_names_the_body`) counts."""
    out: list[SessionMention] = []
    for head in _TABLE_HEAD.finditer(text):
        cells = [c for c in _CELLS.split(head.group().strip()) if c]
        cols = [next((k for k, rx in _COLUMNS.items() if rx.match(c)), None) for c in cells]
        if len({c for c in cols if c}) < 3 or None in cols:
            continue
        if not _names_the_body(cells, _caption(text, head.start())):
            continue
        pos = head.end() + 1
        # line by line from the header on (not ``text[pos:].split``: a copy of the rest of the
        # text per header made many small tables quadratic)
        while pos <= len(text):
            nl = text.find("\n", pos)
            line = text[pos:] if nl == -1 else text[pos:nl]
            row = [c for c in _CELLS.split(line.strip()) if c]
            if len(row) != len(cols):
                break
            got = dict(zip(cols, row, strict=True))
            num = re.fullmatch(r"(\d{1,2})\.?", got.get("number", ""))
            year = _YEARISH.search(got.get("year", ""))
            place = got.get("place")
            place = canonical_place(place) if place and place in _place_names() else None
            chair = got.get("chair")
            code = re.fullmatch(r"(?:DE-)?(?P<c>[A-Z]{2})", chair or "")
            land = land_abbreviation(code.group("c")) if code else None  # "SH", "DE-TH"
            if land is None:
                land = _land_code(chair) if chair else None
            if not (num or year):
                break
            out.append(
                SessionMention(
                    number=int(num.group(1)) if num else None,
                    year=int(year.group()) if year else None,
                    place=place,
                    chair_land=land if land != "DE" else None,
                    start_date=None,
                    evidence=Evidence(pos, pos + len(line), line.strip()[:500], EXTRACTOR),
                )
            )
            if nl == -1:
                break
            pos = nl + 1
    return out


def _chair_in(sentence: str) -> str | None:
    for rx in (*_CHAIR[:5], *_CHAIR[6:]):
        m = rx.search(sentence)
        if m:
            code = _land_code(m.group("land"))
            if code and code != "DE":
                return code
    return None


def _land_code(phrase: str) -> str | None:
    found = lands_in_phrase(phrase)
    return found[0].code if found else None


# issue 16: the patterns above look at a text only where their words occur (same matches);
# _BARE_CONFERENCE is compared by identity with a match's pattern
guard_module(globals(), keep=("_BARE_CONFERENCE",))
# the patterns one of which a sentence must match to number or name a session (the ordinal,
# the body, its meeting; those that ``_lands_meet``, ``_back_then`` and ``_taken_up`` read):
# a sentence that holds none of their literals is passed over at once (issue 16)
_MAY_NAME_A_SESSION = LiteralGate(
    _NUMBERED,
    _COPULA_ORDINAL,
    _MINISTERS,
    _INTMK,
    _MEETS,
    _THIS_YEARS_CONFERENCE,
    _LANDS_MEET,
    _BARE_CONFERENCE,
    _BACK_THEN,
    _TAKEN_UP,
)
