"""Challenge passages written blind (from GOLD.md only) run through the real pipeline.

``tests/data/challenge/*.json`` hold short invented German passages per class (document
dates, persons, quotes, programmes, motions, sessions) with the facts a careful reader takes
from them (README.md there); ``set2/`` holds a second set by another blind writer, added after
the rules had been tuned to the first; ``set3a/`` and ``set3b/`` the two halves of a third
blind set (README there; 3b was held out and scored blind); ``set4/`` a fourth writer's set,
held out for a whole session and scored blind (README there); ``set5/`` a fifth writer's set
(155 passages, 70 % news), development material from main 8709876 on.
Every passage is ingested into one temporary store and the
project's competency queries are scored against ``expect`` with the matching rules of the
shared scorer (``../shared/eval/score.py``): persons by family name and given-name prefix,
programmes after folding case, umlauts, hyphens and plural endings, motions by shared content
words, sessions by number, else year.

Each file is scored on its own class (the one it is complete for); the floors below are the
level reached and guard it. Print the figures (and, with ``--details``, every miss) with::

    .venv/bin/python tests/extract/test_challenge.py [--set 2] [--details] [CLASS ...]
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "challenge"
SETS = {
    "1": DATA,
    "2": DATA / "set2",
    "3a": DATA / "set3a",
    "3b": DATA / "set3b",
    "4": DATA / "set4",
    "5": DATA / "set5",
    "6": DATA / "set6",
    "7": DATA / "set7",
    "8": DATA / "set8",
    "9": DATA / "set9",
    "10": DATA / "set10",
    "11": DATA / "set11",
    "12": DATA / "set12",
    "13": DATA / "set13",
    "18": DATA / "set18",
    "22": DATA / "set22",
    "23": DATA / "set23",
    "24": DATA / "set24",
    "25": DATA / "set25",
    "26": DATA / "set26",
    "29": DATA / "set29",
    "32": DATA / "set32",
}
QUERIES = ["documents", "office-holders", "conferences", "motions", "programmes", "quotes"]

# file -> the category it is complete for
CLASSES = {
    "dates": "documents",
    "persons": "offices",
    "quotes": "quotes",
    "programmes": "programmes",
    "motions": "motions",
    "sessions": "conferences",
}

# The level reached (F1; for dates the mean of date and publisher agreement). Raise it when
# extraction improves; lower only with a reason.
# First scored (before any miss was read) on main ef3b650: dates 0.558 (date 0.308, publisher
# 0.808), persons 0.628, quotes 0.563, programmes 0.543, motions 0.492, sessions 0.667.
FLOOR = {
    "1": {
        "dates": 0.98,
        "persons": 0.99,
        "quotes": 0.99,
        "programmes": 0.96,
        "motions": 0.99,
        "sessions": 0.95,
    },
    # Set 2 (120 passages, half of them news), first scored on main 83701bb before any of its
    # misses was read: dates 0.933 (date 1.0, publisher 0.867), persons 0.718, quotes 0.85,
    # programmes 0.87, motions 0.746, sessions 0.889. Floors: the level reached on main d65e61f
    # (motions, programmes, sessions, dates tuned after reading set 2's misses; persons and
    # quotes by rules written without it: 0.718 -> 0.778, 0.85 -> 0.9). Persons 0.771 -> 1.0
    # after reading its persons misses (label lines, Land abbreviations, Land from context);
    # quotes 0.9 -> 1.0 after reading its four misses (apposition after a descriptor phrase,
    # possessive before a colon, caption attribution in brackets, "heißt es in … von X");
    # sessions 0.979 -> 1.0 after reading its one miss (the conference referred back to with a
    # year: "In diesem Jahr ist die Konferenz ausgefallen").
    "2": {
        "dates": 0.98,
        "persons": 0.99,
        "quotes": 0.99,
        "programmes": 0.99,
        "motions": 0.99,
        "sessions": 0.99,
    },
    # Set 3 (150 passages by a third blind writer, 78 news) was split by id parity: "3a" (odd
    # ids, 76 cases) is development material from main 84581df on; "3b" (even ids) stays outside
    # the repository until the end of that session, so it can be scored blind once more. Both
    # halves were first scored on 84581df before any miss was read: 3a dates 0.9, persons 0.901,
    # quotes 0.667, programmes 0.923, motions 0.765, sessions 0.917; 3b dates 0.85, persons
    # 0.769, quotes 0.64, programmes 0.865, motions 0.6, sessions 0.783. Quotes 0.667 -> 0.923
    # after the pronoun, ‚…‘, teaser and interview frames, 1.0 with the name boundary of ş;
    # motions 0.765 -> 1.0 after the "sie" chain, ordinals in a perfect's middle field, the
    # ministers who "berieten", numbered resolutions and a Land's own initiative.
    "3a": {
        "dates": 0.99,
        "persons": 0.90,
        "quotes": 0.99,
        "programmes": 0.92,
        "motions": 0.99,
        "sessions": 0.99,
    },
    # Set 3b (the held-out even ids) scored blind at that session's end, on the final code,
    # before any of its misses was read (start figures in the comment above; README there).
    # Quotes 0.667 -> 1.0 after reading its nine misses, by rules from the grammar (predicates
    # of saying with the person as subject, guillemets both ways, a pronoun subject before a
    # colon, an attribution line under the quotation, a noun before a given name).
    # Motions 0.6 -> 0.917 and sessions 0.833 -> 1.0 after rules written from the grammar of
    # its misses (a possessive's Land as owner, other bodies, bulleted TOP lines, session tables,
    # "Frühjahrskonferenz der …", the Länder meeting a year before).
    # Its persons, programmes and dates misses read in the next session (entities helper):
    # dates 0.85 -> 1.0, persons 0.861 -> 1.0, programmes 0.865 -> 0.974 by rules written from
    # the constructions (title full stops, demonyms as family names, Land code cells, letterheads
    # and breadcrumbs, two-digit years, programme names in apposition), each with own passages.
    # Persons 1.0 -> 0.975 when a dateline of two cities ("Magdeburg/Halle.") gave its Land
    # like a dateline of one: set 5 (p5-29) counts that Land as implied, 3b (p3-12, "Schwerin/
    # Rostock.") does not; the two blind writers disagree and single-city datelines already
    # count, so the rule follows them.
    "3b": {
        "dates": 0.99,
        "persons": 0.97,
        "quotes": 0.99,
        "programmes": 0.99,
        "motions": 0.95,
        "sessions": 0.99,
    },
    # Set 4 (150 passages by a fourth blind writer, 83 news; README there) was held out for the
    # whole session that began at main 8709876 and scored blind at its start (dates 0.875,
    # persons 0.656, quotes 0.81, programmes 0.787, motions 0.667, sessions 0.875) and end
    # (main 4fcbb29, below); nobody read its misses before it entered the repository.
    # Motions 0.764 -> 0.903 after rules from the grammar of its misses (motions helper: owners
    # as quantified or Saxon genitives, a Land's demand put to the vote, proposals deferred or
    # passed, "dafür aus, X zu tun", "nach dem Willen der Länder", action nouns in titles),
    # 1.0 and sessions 0.898 -> 1.0 after agenda lines (submitters in brackets, bullets under a
    # heading, a field of Länder), a named resolution as adopted, a conference under a Land's
    # chair, and sessions by relative time and place, "die nächste Konferenz", years with a
    # Land or a lake in a place list, the ministers "unter Berliner Vorsitz".
    # Persons 0.696 -> 0.993 after reading its misses (persons helper, next session): a Land's
    # cities and capitals' datelines, announced offices before a colon, a definite Land office
    # named in the next sentence, fronted "Für das Saarland", bracketed second offices, deputies
    # in coordination, town commissioners, "StS", parliamentary state secretaries.
    # Quotes 0.913 -> 1.0 and programmes 0.822 -> 0.98 after reading their misses (progquotes
    # helper: forward pronouns, pronoun subjects, headline over a lead, labels; staff nouns,
    # regional tags, new names, quoted instrument compounds, headings, lists, projects).
    "4": {
        "dates": 0.99,  # 0.9 -> 1.0: issue lines and agency tags before the date
        "persons": 0.99,
        "quotes": 0.99,
        "programmes": 0.97,
        "motions": 0.99,
        "sessions": 0.99,
    },
    # Set 5, persons and programmes: 0.747 -> 0.954 and 0.87 -> 0.944 after reading their
    # misses (entities helper: unnamed roles named in the next sentence, successions, acting
    # holders, datelines, Land in gapped clauses; quoted instruments, names with "&" or a PP,
    # funding passives).
    # Set 5 (155 passages by a fifth blind writer, 109 news; README there), first scored on
    # main 8709876 before any miss was read: dates 0.967, persons 0.747, quotes 0.714,
    # programmes 0.87, motions 0.745, sessions 0.826. Floors: those figures. Quotes 0.714 ->
    # 0.814 by the rules written from set 3b's misses before set 5 was read, 1.0 after reading
    # its eleven misses (descriptors that point forward, fragments in reported speech, "mit
    # diesem Satz", perfect tense, caption lines, labels with a role in brackets). Motions 0.745 ->
    # 0.982 and sessions 0.826 -> 1.0 after rules from the grammar of its misses (news that
    # never name the IntMK, pronouns pointing back, verb-second perfects, named Länder moving a
    # motion, enumerations and members of an aggregate, labelled bullets, records numbered
    # year-first, sessions by place in lists, anaphora and beside a numbered one).
    "5": {
        "dates": 0.99,
        "persons": 0.99,  # persons15: 0.972 -> 0.991 ("Früher war sie …, heute … X")
        "quotes": 0.99,
        "programmes": 0.98,
        "motions": 0.98,
        "sessions": 0.99,
    },
    # Sets 6-9 (four more blind writers; READMEs there) were held out for the whole session
    # that began at main 39b5ac2: nobody read their passages or misses before they entered the
    # repository; they were scored for figures only, at the start and the end (main ca04981).
    # Set 6 (180 passages, all classes, 64 % news): dates 0.9 -> 0.925, persons 0.848 -> 0.882,
    # quotes 0.875, programmes 0.82 -> 0.843, motions 0.711 -> 0.717, sessions 1.0 (mean 0.859
    # -> 0.874), while the development set 4 rose to 0.98-1.0 in every class. Sets 7, 8, 9 (80
    # passages each, some classes only): set 7 motions 0.679 -> 0.685, sessions 0.842, quotes
    # 0.971; set 8 dates 0.78 -> 0.8, persons 0.879 -> 0.923; set 9 programmes 0.773 -> 0.815,
    # quotes 0.845. Floors: the end level.
    # Quotes and programmes of sets 6 and 9 after reading their misses (progquotes9 helper,
    # rules from the grammar of the constructions, each with passages of its own): set 6
    # quotes 0.875 -> 1.0, programmes 0.843 -> 0.907; set 9 (scored after the set-6 rules
    # before its misses were read: programmes 0.815 -> 0.851) programmes -> 0.947, quotes
    # 0.845 -> 0.975.
    # Persons and dates of sets 6 and 8 after reading their misses (persons9 helper): set 6
    # persons 0.882 -> 0.994, dates 0.925 -> 1.0; set 8 persons 0.923 -> 0.959, dates 0.8 ->
    # 1.0 (abbreviated titles of attendance lists, a capital's adjective as the Land, possessive
    # and second-remit complements, offices not yet taken up, a city-state as a journey's goal,
    # appositions moved behind the verb, "meine Vorgängerin als …" in the speaker's words, an
    # interview's addressee "Frau X, Sie sind …" and "Ihr Vorgänger Y", a head of
    # government's "ihres Integrationsministers" named in the next sentence; set 4 0.993 -> 1.0;
    # timestamps, broadcast and source lines, abbreviated months, "am heutigen Dienstag",
    # copyright lines and source tags, associations' releases); set 5 dates 0.967 -> 1.0.
    # Motions and sessions of sets 6 and 7 after reading their misses (motions9 helper, rules
    # from the grammar of the constructions, each with passages of its own): set 6 motions
    # 0.717 -> 0.962; set 7 (scored after the set-6 rules before its misses were read: motions
    # 0.685 -> 0.703) motions -> 0.903, sessions 0.842 -> 1.0.
    "6": {
        "dates": 0.99,
        "persons": 0.99,
        "quotes": 0.99,
        "programmes": 0.90,
        # motions14: 0.971 -> 0.99 (nominal titles of infinitive decisions, language.nominal);
        # motions15: -> 0.97: a masculine or neuter object now takes the genitive ("Fortschreibung
        # des Integrationsmonitorings"), as 4 clause-derived gold titles of sets 4, 12 do, and
        # m6-30's writer kept the verb ("Familiennachzug … humanitär ausgestalten"), which the
        # scorer's unstemmed words no longer match
        "motions": 0.97,
        "sessions": 0.99,
    },
    "7": {
        "motions": 0.90,
        "sessions": 0.99,
        "quotes": 1.0,  # entities14: 0.971 -> 1.0 (a function before the name in a label)
    },
    "8": {
        "dates": 0.99,
        "persons": 0.95,
    },
    "9": {
        "programmes": 0.94,
        "quotes": 0.97,
    },
    # Sets 10 and 11 (two more blind writers; READMEs there) were held out for the whole session
    # that began at main 4f07189: nobody read their passages or misses before they entered the
    # repository; they were scored for figures only, at the start and the end (main 587dd5b).
    # Set 10 (180 passages, all classes, 66 % news): dates 0.85, persons 0.928, quotes 0.889,
    # programmes 0.833 -> 0.836, motions 0.63 -> 0.765, sessions 0.894 (mean 0.837 -> 0.860).
    # Set 11 (80 passages, motions and persons, 64 % news): persons 0.892, motions 0.821 ->
    # 0.843. Only the motion rules of that session carried over. Floors: the end level.
    "10": {
        # (entities10, session 10: dates 0.85 -> 1.0, persons 0.928 -> 0.964, quotes 0.889 ->
        # 0.957 after reading set 10's misses; set 11 persons, scored before its misses were
        # read, stayed at 0.892; after the rules written from set 11's misses: persons 0.988,
        # quotes 1.0 here)
        "dates": 0.99,
        "persons": 1.0,  # persons15: 0.988 -> 1.0 (Berlin as the addressee of a message)
        "quotes": 0.99,
        "programmes": 0.83,
        # motions10 (rules from set 10's misses, each with passages of its own): motions 0.765
        # -> 0.989, sessions 0.894 -> 1.0; set 11 motions, scored with them before its misses
        # were read, stayed at 0.843, then -> 0.946 after reading them
        "motions": 0.98,
        "sessions": 0.99,
    },
    "11": {
        "motions": 0.94,
        # (entities10: 0.892 before its misses were read, 0.993 after)
        "persons": 1.0,  # persons15: 0.993 -> 1.0 (the polite "Sie" of an interview)
    },
    # Sets 12 and 13 (written blind at the start of session 11): first scored on main a12f970
    # before any of their misses was read. Set 12 (90 passages, 69 % news): quotes 0.985,
    # programmes 0.942, motions 0.733. Set 13 (110 passages, official documents, 27 % news):
    # dates 0.825 (date 0.85, publisher 0.8), persons 0.968, motions 0.762, sessions 0.839.
    # Dates 0.875 (date 0.95) after two label forms were read from its misses.
    "12": {
        # motions12: 0.733 -> 0.75 (a shared stance not found is no motion); motions14: 0.75 ->
        # 0.797 (nominal titles of infinitive decisions, language.nominal) -> 0.844 (agreement
        # and request wordings, a commissioned check, a group of Länder's proposal); motions15:
        # -> 0.889 (masculine and neuter genitives in nominal titles, m12-33, m12-38) -> 0.897
        # (a decision clause after the reacting participle, m12-26)
        "motions": 0.89,
        # prog14: 0.942 -> 0.962 (list items with an adjective before the description's noun)
        "programmes": 0.96,
        # entities14: 0.985 -> 1.0 (a given name with the age in apposition, "Amir, 27,")
        "quotes": 1.0,
    },
    "13": {
        # (entities12: dates 0.875 -> 1.0 with a portal's header line, a government body's
        # social-media account and the answer to a parliamentary question as publisher)
        "dates": 1.0,
        # motions14: 0.762 -> 0.81 (nominal titles of infinitive decisions, language.nominal) ->
        # 0.837 (a demand the body was "einig" on, a scare quote closing a motion's infinitive)
        "motions": 0.83,
        # (entities12: persons 0.968 -> 1.0: an unlisted given name before a double-barrelled
        # family name, "Frau"/"Herr" + family name after an office, a bare rank merged into
        # the holder's office with a Land, an interview subtitle's office for the person its
        # question addresses)
        "persons": 1.0,
        # (entities12: sessions 0.839 -> 0.971: a place list after a pronoun for the body,
        # hashtags, "im Vorjahr in X" after the body, no session from a chair handover)
        "sessions": 0.971,
    },
    # Set 18 (55 blind passages: quotes and persons, half news), written this session and
    # first scored on main 47b27d4 before any of its misses was read: quotes 0.923 (P .968
    # R .882), persons 0.886 (P .912 R .861).
    "18": {
        "persons": 1.0,  # letterhead, bare rank and seat, pronoun copula, colleague origin
        "quotes": 0.98,  # erzählte X, block quotes, "die Kollegin X" (0.986; q18-08 by decision)
    },
    # Sets 22 and 24 (written blind in session 14; READMEs there), first scored before any of
    # their misses was read: set 22 (90 passages, 52 % news) on main f56f693: persons 0.989,
    # quotes 0.857, programmes 0.93, motions 0.837; set 24 (75 passages, 60 % news) on 3bac15b:
    # sessions 0.919, dates 0.90 (date 0.84), persons 0.921. Then development material: rules
    # from the grammar of their misses, each with passages of its own, raised them to the
    # floors below (set 22 motions by the motions helpers: records and reports, news headlines,
    # other bodies; set 24 by sessions as news tell them, document dates of periodicals, live
    # blogs and parliamentary answers, a pronoun pointing forward, signed forewords and Bremen's
    # Bürgermeister). Set 23, written with them, stays outside the repository (held out).
    "22": {
        "persons": 1.0,  # persons15: 0.989 -> 1.0 ("…, namentlich X")
        "quotes": 0.97,
        "programmes": 0.99,
        "motions": 0.97,
    },
    "24": {
        "dates": 0.98,
        "persons": 0.99,
        "sessions": 0.99,
    },
}

# Programmes after reading set 10's misses (programmes10, rules from the grammar of the
# constructions, each with passages of its own): set 10 0.836 -> 0.949; set 6 0.917 -> 0.927
# and set 9 0.957 -> 0.962 from the same rules. (Set apart from the table above so that the
# helpers editing its other classes in parallel merge without conflicts.)
# Set 23 (125 passages, all six classes, 52 % news; written blind in session 14 and held out
# through it) was last scored unread on main 42e85e2: dates 0.825 (date 0.85, publisher 0.8),
# persons 0.806, quotes 0.895, programmes 0.872, motions 0.836, sessions 0.837. From session 15
# on it is development material; the floors start at those levels.
FLOOR["23"] = {
    "dates": 0.82,
    "persons": 0.94,  # persons15: 0.806 -> 0.944 (pronoun, polite "Sie", verb-last copula)
    "quotes": 0.89,
    # programmes 0.872 -> 0.977 after the funding frames of test_programme_funding_frames
    "programmes": 0.97,
    "motions": 0.83,
    "sessions": 0.83,
}

# sessions15: 0.837 -> 0.889 (s23-14 a lake's row with no year, s23-17 "die 8." with its noun left out)
# -> 1.0 (s23-03 a place list after a focus particle, s23-18 "die Konferenz" after its ministers met)
FLOOR["23"]["sessions"] = 0.99

# quotes15 (session 15): set 23 quotes 0.895 -> 1.0 (q23-12, the owner of "dieser Satz" by a
# possessive genitive; q23-14, a spoken genre line under a headline quotation; q23-18, coordinated
# subjects before the colon; q23-19, a sentence cited as such)
FLOOR["23"]["quotes"] = 1.0

# Sets 25 (news 70 %) and 26 (government documents 70 %), 90 passages each over all six
# classes, written blind in session 15 (READMEs there) with sets 27 and 28, which stay outside
# the repository as held-out sets. First read on main 675b548, before any miss was read:
# set 25 dates 0.90, persons 0.877, quotes 0.645, programmes 0.857, motions 0.605, sessions
# 0.732; set 26 dates 0.967, persons 0.925, quotes 0.895, programmes 0.822, motions 0.945,
# sessions 0.848. Then development material of session 15's helpers; the floors are the
# levels reached.
FLOOR["25"] = {
    "dates": 1.0,
    "persons": 0.96,
    "quotes": 0.97,
    "programmes": 1.0,
    "motions": 0.88,
    "sessions": 1.0,
}
FLOOR["26"] = {
    "dates": 1.0,
    "persons": 0.98,
    "quotes": 1.0,
    "programmes": 0.9,
    "motions": 0.98,
    "sessions": 0.97,
}

# Sets 29 and 32 (session 16; READMEs there): construction variants, 40 short passages of one
# class by one blind writer each (set 32: motions in news), development material of session 16's
# helpers (one class each). Other writers' sets of the same briefs (30, 31) stay outside the
# repository as the held-out measure. First read on main 90feb8f: set 29 persons 0.944, quotes
# 0.925, programmes 0.831, motions 0.708, sessions 0.789; set 32 motions 0.52. Floors: the levels
# reached.
FLOOR["29"] = {
    "persons": 1.0,
    "quotes": 1.0,
    "programmes": 0.98,
    "motions": 0.96,
    "sessions": 0.98,
}
FLOOR["32"] = {"motions": 0.85}

FLOOR["6"]["programmes"] = 0.92
FLOOR["9"]["programmes"] = 0.96
FLOOR["10"]["programmes"] = 0.94
FLOOR["26"]["programmes"] = (
    0.92  # programmes16: names coupled by hyphens ("Mama-lernt-Deutsch-Kurs")
)
# Dates of set 23 (0.825) and set 24 (0.98) -> 1.0 (dates15): release numbers glued to the
# dateline, self-dating closing sentences, portal labels as nouns, the body's field of a header
# line matched to the nearest ministry name, letter-spaced answers, anonymous releases
FLOOR["23"]["dates"] = 1.0
FLOOR["24"]["dates"] = 1.0

# ------------------------------------------------------------------ matching (as score.py)
_TITLES = {"dr", "prof", "professor", "med", "phil", "rer", "nat", "pol", "h", "c", "jur"}
_STOP = set(
    """aber alle allen aller als also am an auch auf aus bei beim bis das dass dem den der des die
    durch ein eine einem einen einer eines für gegen hat im in ist mit nach nicht noch oder sich sie
    so über um und uns von vor wie wir zu zum zur sowie sind werden wird antrag leitantrag beschluss
    bund länder land""".split()
)
_LAND = re.compile(r"(DE-[A-Z]{2})\b|(?:^|[/#:])(DE)$")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def land_code(v: str | None) -> str:
    v = (v or "").strip()
    if not v:
        return ""
    m = _LAND.search(v)
    return (m.group(1) or m.group(2)) if m else v.upper()


def name_parts(name: str) -> list[str]:
    return [t for t in re.findall(r"[a-z][a-z\-']*", fold(name)) if t not in _TITLES]


def same_person(a: str, b: str) -> bool:
    pa, pb = name_parts(a), name_parts(b)
    if not pa or not pb:
        return False
    if pa == pb:
        return True
    if pa[-1] != pb[-1]:
        return False
    return len(pa) == 1 or len(pb) == 1 or pa[0][:3] == pb[0][:3]


def role_class(text: str) -> str:
    t = fold(text)
    if "ministerprasident" in t or "burgermeister" in t or re.search(r"\bbundeskanzler(in)?\b", t):
        return "Regierungschef"
    if "senator" in t:
        return "Senator"
    if "staatssekretar" in t or "staatsrat" in t:
        return "Staatssekretaer"
    if any(w in t for w in ("beauftragt", "bevollmachtigt", "fluchtlinge und integration")):
        return "Beauftragte"
    if "minister" in t:
        return "Minister"
    return text.strip()


def _prog_key(s: str) -> str:
    t = re.sub(r"[^a-z]", "", fold(s))
    for suf in ("en", "e", "n", "s"):
        if t.endswith(suf) and len(t) > 6:
            return t[: -len(suf)]
    return t


def same_programme(a: str, b: str) -> bool:
    ka, kb = _prog_key(a), _prog_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    if len(short) >= 8 and short in long_:
        return True
    prefix = next((i for i, (x, y) in enumerate(zip(ka, kb, strict=False)) if x != y), len(short))
    return prefix >= 12 and prefix >= 0.85 * len(short)


def _content_words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", fold(s)) if w not in _STOP}


def same_motion(a: str, b: str) -> float:
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return 1.0 if fold(a).strip() and fold(a).strip() == fold(b).strip() else 0.0
    s = len(wa & wb) / min(len(wa), len(wb))
    return s if s >= 0.5 else 0.0


def same_session(a: dict, b: dict) -> float:
    bn = re.sub(r"\D", "", b.get("number", ""))
    by = (b.get("year") or "")[:4]
    if a.get("number"):
        return 1.0 if bn == re.sub(r"\D", "", a["number"]) else 0.0
    if a.get("year"):
        return 1.0 if by == a["year"] else 0.0
    if a.get("place") and b.get("place") and fold(a["place"]) in fold(b["place"]):
        return 0.8
    if a.get("chair_land") and land_code(b.get("chairland")) == land_code(a["chair_land"]):
        return 0.7
    return 0.1


def match(gold: list, pred: list, same: Callable) -> list[tuple]:
    """Greedy one-to-one matching, as the shared scorer does."""
    pairs, used = [], set()
    for g in gold:
        best, best_s = None, 0.0
        for pi, p in enumerate(pred):
            if pi not in used and (s := same(g, p)) and s > best_s:
                best, best_s = pi, s
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


# ------------------------------------------------------------------ the pipeline run
def cases(which: str = "1") -> dict[str, list[dict]]:
    """The set's passages by file; a set written for some classes only has only their files."""
    return {
        name: json.loads((SETS[which] / f"{name}.json").read_text(encoding="utf-8"))["cases"]
        for name in CLASSES
        if (SETS[which] / f"{name}.json").exists()
    }


def predictions(all_cases: dict[str, list[dict]]) -> dict[str, dict[str, list[dict]]]:
    """Query rows per query and file, after ingesting every passage into one new store."""
    from intgraph.pipeline import ingest
    from intgraph.query import format_result, run
    from intgraph.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for group in all_cases.values():
            for case in group:
                (corpus / f"{case['id']}.txt").write_text(case["text"], encoding="utf-8")
        store = Store(Path(tmp) / "store")
        report = ingest([corpus], store)
        assert report.ok, report
        out: dict[str, dict[str, list[dict]]] = {}
        for q in QUERIES:
            text = format_result(run(store, ROOT / "queries" / f"{q}.rq"), "csv")
            rows: dict[str, list[dict]] = {}
            for r in csv.DictReader(io.StringIO(text)):
                row = {re.sub(r"[_\s]", "", k.lower()): (v or "").strip() for k, v in r.items()}
                file = re.split(r"[/#]", row.get("file", ""))[-1]
                rows.setdefault(file.removesuffix(".txt"), []).append(row)
            out[q] = rows
        del store
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def _score_class(
    name: str, group: list[dict], pred: dict[str, dict[str, list[dict]]], details: list[str]
) -> dict[str, float]:
    tp = n_pred = n_gold = 0
    date_ok = land_ok = 0
    for case in group:
        cid, exp = case["id"], case["expect"]
        if name == "dates":
            row = (pred["documents"].get(cid) or [{}])[0]
            d, pl = (row.get("date") or "")[:10], land_code(row.get("publisherland"))
            gd, gl = (
                exp["documents"].get("date", ""),
                land_code(exp["documents"].get("publisher_land")),
            )
            date_ok += d == gd
            land_ok += pl == gl
            if d != gd or pl != gl:
                details.append(f"{cid}: date {gd!r}/{d!r} publisher {gl!r}/{pl!r}")
            continue
        if name == "persons":
            gold = exp.get("offices", [])
            seen, rows = set(), []
            for r in pred["office-holders"].get(cid, []):
                key = (
                    " ".join(name_parts(r.get("name", ""))),
                    land_code(r.get("land")),
                    role_class(r.get("role", "")),
                )
                if key not in seen:
                    seen.add(key)
                    rows.append(r)
            pairs = match(
                gold,
                rows,
                lambda a, b: (
                    (1.0 if a["role_class"] == role_class(b.get("role", "")) else 0.5)
                    if same_person(a["name"], b.get("name", ""))
                    else 0.0
                ),
            )
            hits = [
                (a, b) for a, b in pairs if land_code(a.get("land")) == land_code(b.get("land"))
            ]
            matched = {id(b) for _, b in hits}
            got = {id(a) for a, _ in hits}
            details += [
                f"{cid}: missed {a['name']} {a['role_class']} {a.get('land', '')}"
                for a in gold
                if id(a) not in got
            ]
            details += [
                f"{cid}: extra {b.get('name')} {role_class(b.get('role', ''))} {land_code(b.get('land'))}"
                for b in rows
                if id(b) not in matched
            ]
        elif name in ("quotes", "programmes"):
            gold = exp.get(name, [])
            key = "name" if name == "quotes" else "programme"
            seen, rows = set(), []
            for r in pred[name].get(cid, []):
                v = r.get(key) or r.get("speaker") or r.get("label") or ""
                if fold(v) not in seen:
                    seen.add(fold(v))
                    rows.append(v)
            if name == "quotes":
                gold_names = [g["name"] for g in gold]
                hits = match(gold_names, rows, same_person)
            else:
                gold_names = list(gold)
                hits = match(gold_names, rows, same_programme)
            got = {a for a, _ in hits}
            matched = {b for _, b in hits}
            details += [f"{cid}: missed {a}" for a in gold_names if a not in got]
            details += [f"{cid}: extra {b}" for b in rows if b not in matched]
        elif name == "sessions":
            gold = exp.get("conferences", [])
            seen, rows = set(), []
            for r in pred["conferences"].get(cid, []):
                k = (re.sub(r"\D", "", r.get("number", "")), (r.get("year") or "")[:4])
                if k == ("", ""):
                    k += (fold(r.get("place", "")), land_code(r.get("chairland")))
                if k not in seen:
                    seen.add(k)
                    rows.append(r)
            hits = match(gold, rows, same_session)
            got = {id(a) for a, _ in hits}
            matched = {id(b) for _, b in hits}
            details += [
                f"{cid}: missed {a.get('number', '')}/{a.get('year', '')}/{a.get('place', '')}"
                for a in gold
                if id(a) not in got
            ]
            details += [
                f"{cid}: extra {b.get('number', '')}/{b.get('year', '')}/{b.get('place', '')}"
                for b in rows
                if id(b) not in matched
            ]
        else:  # motions, grouped by title
            gold = exp.get("motions", [])
            titles = sorted({r.get("title", "") for r in pred["motions"].get(cid, [])})
            hits = match(gold, titles, lambda a, b: same_motion(a.get("title", ""), b))
            got = {id(a) for a, _ in hits}
            matched = {b for _, b in hits}
            details += [
                f"{cid}: missed {a.get('title', '')[:80]}" for a in gold if id(a) not in got
            ]
            details += [f"{cid}: extra {b[:80]}" for b in titles if b not in matched]
            rows = titles
        tp += len(hits)
        n_gold += len(gold)
        n_pred += len(rows)
    if name == "dates":
        n = len(group)
        d, lnd = round(date_ok / n, 3), round(land_ok / n, 3)
        return {"date": d, "publisher_land": lnd, "f1": round((d + lnd) / 2, 3)}
    return _prf(tp, n_pred, n_gold)


def challenge_scores(
    which: str = "1", details: dict[str, list[str]] | None = None
) -> dict[str, dict[str, float]]:
    all_cases = cases(which)
    pred = predictions(all_cases)
    out = {}
    for name, group in all_cases.items():
        misses: list[str] = []
        out[name] = _score_class(name, group, pred, misses)
        if details is not None:
            details[name] = misses
    return out


# ------------------------------------------------------------------ tests
_SCORES: dict[str, dict[str, dict[str, float]]] = {}


def _scores(which: str) -> dict[str, dict[str, float]]:
    """One ingest per set, shared by the set's classes."""
    if which not in _SCORES:
        _SCORES[which] = challenge_scores(which)
    return _SCORES[which]


@pytest.mark.parametrize(
    ("which", "name"),
    [(w, n) for w in sorted(SETS) for n in sorted(CLASSES) if (SETS[w] / f"{n}.json").exists()],
)
def test_challenge_class_holds_its_floor(which: str, name: str) -> None:
    figures = _scores(which)
    assert figures[name]["f1"] >= FLOOR[which][name], (which, name, figures[name])


@pytest.mark.parametrize("which", sorted(SETS))
def test_every_case_is_well_formed(which: str) -> None:
    for name, group in cases(which).items():
        ids = [c["id"] for c in group]
        assert len(ids) == len(set(ids)), name
        for c in group:
            assert c["text"].strip() and "documents" in c["expect"], c["id"]


def main(argv: list[str]) -> int:
    which = "1"
    if "--set" in argv:
        i = argv.index("--set")
        which, argv = argv[i + 1], argv[:i] + argv[i + 2 :]
    details: dict[str, list[str]] = {}
    res = challenge_scores(which, details)
    wanted = [a for a in argv if not a.startswith("-")] or list(res)
    for name in wanted:
        r = res[name]
        figures = "  ".join(f"{k} {v}" for k, v in r.items())
        sys.stdout.write(f"{name:<11} {figures}\n")
        if "--details" in argv:
            for line in details[name]:
                sys.stdout.write(f"    {line}\n")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main(sys.argv[1:]))
