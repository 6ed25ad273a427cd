"""Office holders: a role word next to a person's name.

Patterns (all seen in ministry press releases and resolution records):

* role → name: ``Integrationsministerin Petra Köpping``, ``Staatssekretärin Dr. Ute Leidig``;
* role + complement → ", name": ``Minister für Soziales und Integration des Landes
  Baden-Württemberg, Manfred Lucha``;
* role chains: ``der Bevollmächtigte für Integration …, Staatssekretär Kai Klose``;
* name → ", role": ``Maria Weber, Beauftragte der Landesregierung …``;
* a Land before the role (``Thüringens``, ``Berliner``, ``sächsische``) or in its complement
  (``des Landes Nordrhein-Westfalen``, ``der Freien Hansestadt Bremen``), federal markers
  (``Bundes…``, ``der Bundesregierung``), a capital's adjective before a cabinet office or its
  ministry (``die Schweriner Sozialministerin``, ``im Kieler Sozialministerium``; a town's
  adjective makes a commissioner the town's: ``die Kasseler Integrationsbeauftragte``);
* abbreviated titles of attendance lists (``StMin``, ``Sen'in``, ``Min. X``; ``StR`` in the
  city-states only);
* not offices yet: ``die designierte Ministerin X``, ``der künftige Staatssekretär Y``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator

from intgraph.extract import holders
from intgraph.language.chunks import parse_name, parse_name_backwards
from intgraph.language.lands import (
    FEDERAL,
    LAND_ABBREVIATION,
    capital_adjective_land,
    capital_land,
    capital_office_land,
    find_lands,
    is_town_adjective,
    lands_in_phrase,
)
from intgraph.language.lexicon import (
    ARTICLES,
    COMPLEMENT_WORDS,
    DOTTED_ROLES,
    TIME_ADVERBS,
    TITLES,
    is_government_body,
    may_be_given_name,
    other_remit,
    role_class,
)
from intgraph.language.text import TextIndex, Token, tokenize
from intgraph.models import Evidence, OfficeMention, PersonMention

EXTRACTOR = holders.EXTRACTOR  # "offices.v5": both modules write the same name
# "Regierende Bürgermeisterin", "Erster Bürgermeister" (a set: looked up once per token)
_REGIERENDE = frozenset(f"{w}{end}" for w in ("Regierende", "Erste") for end in ("", "r", "n"))
_BUERGERMEISTER = frozenset(
    {"Bürgermeister", "Bürgermeisterin", "bürgermeister", "bürgermeisterin"}
)

# a bare "Beauftragte" is an office only with the body that appoints it or its remit (an
# adjective may stand between: "des Berliner Senats", "der Hessischen Landesregierung")
_BARE_BEAUFTRAGTE_OK = re.compile(
    r"^\s*(?:für|(?:der|des)\s+(?:[A-ZÄÖÜ][\w-]*(?:e|er|en|es)\s+)?"
    r"(?:Bundesregierung|Landesregierung|Staatsregierung|Landes|Senats|Freistaat))"
)


# abbreviated titles of attendance lists ("Min. X (BY), StS'in Y (HE), Sen. Z (HB)")
_ABBREVIATED_TITLE = re.compile(
    r"(?<![\w-])(?:(?:Min|Sen|Staatssekr)\.|StMin(?:'in|’in)?|StS(?:'in|’in)?|Sen(?:'in|’in)"
    r"|Min(?:'in|’in))(?![\w-])"
)


_ATTENDANCE_LIST_RX1 = re.compile(r"[^()\n]{0,60}\(([^()\n]{1,40})\)")


def _attendance_list(text: str, at: int) -> bool:
    """An abbreviated title ("Min.", "Sen.") is an office's only in an attendance list: with
    another abbreviated title near it, or a Land in brackets after the name ("Sen. X (HB)").
    Alone it is anyone's ("Sen. Elizabeth Warren" in Washington, a university's senate)."""
    if len(_ABBREVIATED_TITLE.findall(text, max(0, at - 300), at + 300)) >= 2:
        return True
    bracket = _ATTENDANCE_LIST_RX1.match(text[at : at + 120])
    if bracket and (find_lands(bracket.group(1)) or LAND_ABBREVIATION.search(bracket.group(1))):
        return True
    line = text[text.rfind("\n", max(0, at - 40), at) + 1 : at]  # "RP   Min. X": a Land's line
    return bool(LAND_ABBREVIATION.search(line) or (line.strip() and find_lands(line)))


def _skip_parenthetical(toks: list[Token], k: int) -> int:
    if k < len(toks) and toks[k].text == "(":
        j = k
        while j < len(toks) and toks[j].text != ")" and j - k < 8:
            j += 1
        if j < len(toks) and toks[j].text == ")":
            return j + 1
    return k


WINDOW = 1 << 18  # characters of a block tokenised at a time (issue 16)


def _windows(index: TextIndex) -> Iterator[tuple[int, int, bool]]:
    """The blocks, each as (start, end, True); a block longer than ``WINDOW`` characters in
    windows of about that size, cut where a sentence starts, else after a line break, as
    (start, end, False). A block's tokens take about 30 bytes a character: a 50 MiB table
    without a blank line (one block) took 1.5 GB at once. No real document has such a block
    (the longest block of the shared corpus has 1,955 characters), and every hostile case
    gives the same statements read in windows as read whole (``benchmarks/README.md``)."""
    text, starts = index.text, index._sentence_starts
    for b_start, b_end in index.blocks:
        if b_end - b_start <= WINDOW:
            yield b_start, b_end, True
            continue
        s = b_start
        while b_end - s > WINDOW:
            cut = _window_cut(text, starts, s, s + WINDOW, b_end)
            if cut >= b_end:
                break
            yield s, cut, False
            s = cut
        yield s, b_end, False


def _window_cut(text: str, starts: list[int], s: int, target: int, end: int) -> int:
    """Where a window that starts at ``s`` ends: the last sentence start or line start after
    ``s`` up to ``target``, else the first one after it, else ``end``."""
    i = bisect.bisect_right(starts, target) - 1
    if i >= 0 and s < starts[i] < end:
        return starts[i]
    nl = text.rfind("\n", s, target)
    if nl >= s:
        return nl + 1
    i = bisect.bisect_right(starts, target)
    later = [starts[i]] if i < len(starts) and starts[i] < end else []
    nl = text.find("\n", target, end)
    later += [nl + 1] if nl >= 0 else []
    return min(later) if later else end


def find_offices(index: TextIndex) -> list[OfficeMention]:
    """Office mentions in every block that is not clutter (the frames of this module, then
    those of :mod:`intgraph.extract.holders`)."""
    text = index.text
    out: list[OfficeMention] = []
    taken: set[tuple[int, str]] = set()
    table_blocks: list[tuple[int, int, list[Token]]] = []  # their rows are read again below
    # an interview's addressee first: "Ihr Vorgänger X" in a later question refers to them
    out.extend(holders.addressed_offices(index, taken))
    out.extend(holders.interview_subject_offices(index, taken))
    out.extend(holders.polite_copula_offices(index, taken))
    for b_start, b_end, whole in _windows(index):
        toks = tokenize(text, b_start, b_end)
        tabular = text.find("|", b_start, b_end) >= 0 or text.find("\t", b_start, b_end) >= 0
        if tabular and whole:  # (a window's rows tokenise their cells again)
            table_blocks.append((b_start, b_end, toks))
        found = _block_offices(index, toks)
        out.extend(found)
        taken.update((o.person.start, o.role_class) for o in found)
        roles = holders.role_candidates(text, toks)
        if roles:
            out.extend(holders.copula_offices(index, toks, taken, roles))
            out.extend(holders.epithet_copula_offices(index, toks, taken, roles))
            out.extend(holders.relative_clause_offices(index, toks, taken, roles))
            out.extend(holders.nominal_appointments(index, toks, roles, taken))
            out.extend(holders.coordinated_offices(index, toks, taken, roles, found))
            out.extend(holders.unnamed_role_offices(index, toks, roles, out, taken))
            out.extend(holders.announced_offices(index, toks, roles, out, taken))
            out.extend(holders.dislocated_appositions(index, toks, roles, taken))
            # (predecessors and successors last: the office they refer to may be one of those)
            out.extend(holders.predecessor_offices(index, toks, out, taken))
            out.extend(holders.succession_offices(index, toks, out, taken))
        elif out:
            # "Ihr Vorgänger X …" in a paragraph that names no role: the office of the person
            # the possessive refers to, named in a paragraph before
            out.extend(holders.predecessor_offices(index, toks, out, taken))
    holders.forget_block_scan()
    out.extend(holders.table_offices(index, taken, table_blocks))
    del table_blocks
    out.extend(holders.self_introductions(index, taken))
    out.extend(holders.signed_letters(index, taken))
    out.extend(holders.predecessor_appositions(index, taken))
    out.extend(holders.line_pairs(index, taken))
    out.extend(holders.label_lines(index, taken))
    out.extend(holders.office_relatives(index, out, taken))
    out.extend(holders.pronoun_copula_offices(index, out, taken))
    out.extend(holders.bracketed_offices(index, out, taken))
    out = [o for o in out if not _local_commissioner(text, o) and not _other_remit(text, o)]
    holders.line_label_lands(index, out)
    # "StR" is the city-states' Staatsrat only (elsewhere a teacher's rank, Studienrat)
    out = [
        o for o in out if o.role_text not in _STAATSRAT_ABBREVIATIONS or o.land in _STAATSRAT_LANDS
    ]
    out.extend(_federal_commissioners(text, out))
    out.extend(_other_holder_of_commission(index, out))
    _colleague_lands(text, out)
    _anaphoric_lands(text, out)
    holders.parenthetical_lands(index, out)
    holders.fronted_lands(index, out)
    holders.possessive_lands(index, out)
    _locative_lands(index, out)  # (last: a Land the phrase or its context names wins)
    return out


# a bare "Beauftragte" set apart in time, its holder's name after it: "Die bisherige
# Beauftragte X wechselt in den Bundestag"
_BARE_COMMISSIONER = re.compile(
    r"(?<![\w-])(?:[Dd]ie|[Dd]er|[Ii]hre|[Ii]hr|[Ss]eine|[Ss]ein)\s+(?:bisherige|frühere|ehemalige"
    r"|scheidende|neue|künftige|designierte)[rn]?\s+(?P<role>Beauftragte[rn]?)\s+(?=[A-ZÄÖÜ])"
)


_WHITE_RUN = re.compile(r"\s+")


def _other_holder_of_commission(
    index: TextIndex, offices: list[OfficeMention]
) -> list[OfficeMention]:
    """``X soll das Amt der Landesbeauftragten übernehmen. … Die bisherige Beauftragte Y
    wechselt …``: a bare ``Beauftragte`` set apart in time from the commissioner's office the
    text named last before it (within 600 characters, held by another person) is that office,
    with its Land (the compound's head stands for the whole)."""
    text = index.text
    out: list[OfficeMention] = []
    if "eauftragte" not in text:
        return out
    held = {o.person.start for o in offices}
    for m in _BARE_COMMISSIONER.finditer(text):
        if index.is_clutter(m.start()):
            continue
        toks = tokenize(text, m.end(), min(len(text), m.end() + 80))
        parsed = parse_name(toks, 0)
        if not parsed or not parsed[0].given or parsed[0].start in held:
            continue
        person = parsed[0]
        if _BARE_BEAUFTRAGTE_OK.match(text, m.end("role")):
            continue  # "der neue Beauftragte für …" names its office itself (main scan)
        if _other_body_after(toks, parsed[1]):
            continue  # "der früheren Beauftragten X von der Diakonie": another body's
        ante = next(
            (
                o
                for o in sorted(offices, key=lambda o: o.evidence.start, reverse=True)
                if o.role_class == "Beauftragte"
                and o.evidence.end <= m.start()
                and m.start() - o.evidence.end <= 600
                and o.person.family != person.family
            ),
            None,
        )
        if ante is None:
            continue
        held.add(person.start)
        out.append(
            OfficeMention(
                person=person,
                role_text=_WHITE_RUN.sub(" ", text[m.start() : m.end("role")]),
                role_class="Beauftragte",
                land=ante.land,
                ministry_key=None,
                federal=ante.federal,
                phrase=(m.start(), person.end),
                evidence=Evidence(m.start(), person.end, index.sentence_text(m.start()), EXTRACTOR),
            )
        )
    return out


# the federal Staatsminister/in's remit in an apposition after the name: "Staatsministerin X,
# zuständig für Migration, Flüchtlinge und Integration" (GOLD: the Beauftragte's office)
_FEDERAL_REMIT = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,\s*(?:(?:zuständig|verantwortlich)\s+)?für\s+Migration,"
    r"\s+Flüchtlinge\s+und\s+Integration\b"
)


# the federal commissioner's office as the document's letterhead: "Die Beauftragte der
# Bundesregierung für Migration, Flüchtlinge und Integration" on one of its first lines, alone
# or before a dash or bar and the kind of document ("– Pressemitteilung 21.06.2023")
_COMMISSIONER_LETTERHEAD = re.compile(
    r"^[ \t]*(?:Die\s+|Der\s+)?Beauftragter?\s+der\s+Bundesregierung\s+für\s+Migration,\s+"
    r"Flüchtlinge\s+und\s+Integration(?:[ \t]+[–—|-][ \t]+[^\n]*)?[ \t]*$",
    re.M,
)


def _federal_commissioners(text: str, offices: list[OfficeMention]) -> list[OfficeMention]:
    """The Beauftragte office of a Staatsminister/in whose apposition names the federal
    commissioner's remit, or who is the one bare Staatsminister/in of a release under the
    commissioner's letterhead (the commissioner holds that rank; the Minister row is dropped
    in resolve)."""
    held = {(o.person.start, o.role_class) for o in offices}
    bare = {
        o.person.family
        for o in offices
        if o.role_class == "Minister"
        and o.role_text.lower() in ("staatsminister", "staatsministerin")
        and o.land is None
    }
    letterhead = len(bare) == 1 and _COMMISSIONER_LETTERHEAD.search(text, 0, 300) is not None
    out = []
    for o in offices:
        if (
            o.role_class == "Minister"
            and o.role_text.lower().startswith("staatsminister")
            and (o.person.start, "Beauftragte") not in held
            and (
                _FEDERAL_REMIT.match(text, o.person.end)
                or (letterhead and o.person.family in bare and o.land is None)
            )
        ):
            held.add((o.person.start, "Beauftragte"))
            out.append(dataclasses.replace(o, role_class="Beauftragte", land="DE", federal=True))
    return out


# a colleague noun with its Land, the office in apposition after it: "an ihren hessischen
# Amtskollegen, Minister X", "die Kollegin aus Sachsen, Staatsministerin Y"
_COLLEAGUE_BEFORE = re.compile(
    r"(?<![\w-])(?P<land>[\w-]+)\s+(?:Amts|Ressort|Fach)?[Kk]olleg(?:e|en|in|innen)"
    r"(?:\s+aus\s+(?P<from>[\w-]+(?:\s+[\w-]+)?))?[ \t]*,[ \t]*$"
)


def _colleague_lands(text: str, offices: list[OfficeMention]) -> None:
    """The Land of an office in apposition to a colleague noun that names it (the adjective
    or genitive before the noun, or ``aus`` and the Land after it)."""
    for o in offices:
        if o.land is not None:
            continue
        start = min(o.phrase[0] if o.phrase else o.evidence.start, o.evidence.start)
        m = _COLLEAGUE_BEFORE.search(text, max(0, start - 80), start)
        if m is None:
            continue
        found = lands_in_phrase(m.group("from") or m.group("land"))
        if len(found) == 1:
            o.land = found[0].code


# "die Integrationsministerin des Landes", "Ministerin unseres Landes": the Land the text
# has named before (not followed by its name: "des Landes Hessen" names it)
_THE_LAND = re.compile(r"(?<![\w-])(?:des|unseres|ihres|seines)\s+Landes(?!\s+[A-ZÄÖÜ])")
_CITY_STATES = frozenset({"DE-BE", "DE-HB", "DE-HH"})


def _anaphoric_lands(text: str, offices: list[OfficeMention]) -> None:
    """The Land of an office whose phrase says only ``des Landes``: the Land named last before
    it as a Land (an adjective or genitive, ``der hessischen Landesregierung``, ``Hessens``,
    or the name of a territorial state; a city-state's bare name may be the city or, by
    metonymy, the federal government: ``ein Signal an Berlin``)."""
    for o in offices:
        if o.land is not None or o.phrase is None:
            continue
        lo, hi = o.phrase
        if not _THE_LAND.search(text, lo, hi):
            continue
        start = max(0, lo - 3000)
        before = [
            m
            for m in find_lands(text[start:lo])
            if m.code != "DE"
            and (
                m.form in ("adjective", "genitive")
                or (m.form == "name" and m.code not in _CITY_STATES)
            )
        ]
        if before:
            o.land = before[-1].code


# the locative pro-form "dort" (the place named before), and a place named after a Land
# that "dort" may point to instead ("in Köln", "nach Erfurt", "im Landtag")
_THERE = re.compile(r"(?<![\w-])[Dd]ort(?![\w-])")
_OTHER_PLACE = re.compile(
    r"(?<![\w-])(?:in|im|nach|aus|bei|beim)\s+(?:(?:der|die|das|dem|den)\s+)?[A-ZÄÖÜ]"
)


def _locative_lands(index: TextIndex, offices: list[OfficeMention]) -> None:
    """``Unterstützung kam aus Nordrhein-Westfalen: Dort hatte Integrationsministerin X …``:
    an office with no Land of its own, in a sentence whose ``dort`` stands before the role
    phrase, is of the Land named last before ``dort`` as a Land (its name, adjective or
    genitive; not a city-state's bare name, which may be the city), in that sentence or the
    one before, where no other place is named between the Land and ``dort``."""
    text = index.text
    for o in offices:
        if o.land is not None or o.federal:
            continue
        lo = min(o.phrase[0] if o.phrase else o.evidence.start, o.evidence.start)
        s, _ = index.sentence_at(lo)
        there = None
        for m in _THERE.finditer(text, s, lo):
            there = m
        if there is None:
            continue
        before = index.sentence_before(s)
        start = before[0] if before else s
        found = [
            m
            for m in find_lands(text[start : there.start()])
            if m.code != "DE"
            and (
                m.form in ("adjective", "genitive")
                or (m.form == "name" and m.code not in _CITY_STATES)
            )
        ]
        if not found:
            continue
        last = found[-1]
        if _OTHER_PLACE.search(text, start + last.end, there.start()):
            continue  # "… in Hessen und dann in Köln. Dort …": "dort" is the town
        o.land = last.code


_STAATSRAT_ABBREVIATIONS = frozenset({"StR", "StRin", "StR'in"})
_STAATSRAT_LANDS = frozenset({"DE-HB", "DE-HH"})

# the body a commissioner serves when it is no Land or federal government: a town, county
# or district, a church, a university, a party ("die Integrationsbeauftragte der Stadt Jena")
_LOCAL_BODY = re.compile(
    r"\s+(?:der|des|im|beim)\s+(?:[A-ZÄÖÜ][\w-]*(?:e|en|er|es)\s+)?(?:Stadt|Landeshauptstadt"
    r"|Gemeinde|Kommune|Kreis|Kreises|Landkreis|Landkreises|Bezirk|Bezirks|Bezirksamt|Bezirksamts"
    r"|Bezirksamtes|Stadtverwaltung|Kirche|Landeskirche|Diözese|Bistums|Erzbistums|Caritas"
    r"|Diakonie|Universität|Hochschule|Polizei|Partei"
    # a parliamentary group, also as a compound: "der CDU-Landtagsfraktion", "der Bundestagsfraktion"
    r"|[\w-]*[Ff]raktion)\b"
)


def _local_commissioner(text: str, o: OfficeMention) -> bool:
    """A Beauftragte of a town, county, church or party (no office of a Land)."""
    if o.role_class != "Beauftragte":
        return False
    word = o.role_text.split()[-1] if o.role_text.split() else ""
    start = o.phrase[0] if o.phrase else o.evidence.start
    pos = text.find(word, start) if word else -1
    if pos >= 0 and _LOCAL_ADJECTIVE.search(text, max(0, pos - 30), pos):
        return True  # "die städtische Integrationsbeauftragte", "ein kommunaler Beauftragter"
    town = _TOWN_BEFORE.search(text, max(0, pos - 30), pos) if pos >= 0 else None
    if town and is_town_adjective(town.group(1)) and not word.lower().startswith("landes"):
        return True  # "die Kieler Integrationsbeauftragte": the town's, not the Land's
    return pos >= 0 and _LOCAL_BODY.match(text, pos + len(word)) is not None


# a town's adjective right before the role noun ("die Kasseler Integrationsbeauftragte")
# a bare commissioner noun ("Beauftragte", "Bevollmächtigter"), whose remit the words after it give
_BARE_COMMISSIONER_NOUN = re.compile(r"(?<![\w-])(?:Beauftragte|Bevollmächtigte)[rn]?(?![\w-])")


def _other_remit(text: str, o: OfficeMention) -> bool:
    """``X, zugleich Beauftragte für die Belange der Sorben``, ``die Beauftragte der
    Bundesregierung für Kultur und Medien``: a commissioner whose own phrase gives a remit
    outside integration and migration (:func:`~intgraph.language.lexicon.other_remit`) holds no
    office of the class Beauftragte. The first bare commissioner noun of the office's phrase
    tells; a phrase whose role noun names the remit itself (``Integrationsbeauftragte``) keeps
    it."""
    if o.role_class != "Beauftragte":
        return False
    lo, hi = o.phrase or (o.evidence.start, o.evidence.end)
    m = _BARE_COMMISSIONER_NOUN.search(text, lo, hi)
    if m is None or not _BARE_COMMISSIONER_NOUN.fullmatch(o.role_text.split()[-1]):
        return False
    return other_remit(text[m.end() : m.end() + 160])


_TOWN_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]+er)[ \t]+$")
# an attributive adjective that makes the office a town's or county's
_LOCAL_ADJECTIVE = re.compile(
    r"(?<![\w-])(?:[Ss]tädtisch|[Kk]ommunal|[Gg]emeindlich|[Kk]reisstädtisch)e[rnms]?[ \t]+$"
)


_ROLE_PHRASE_LEFT_RX1 = re.compile(r"^(?:[Pp]arlamentarische|Regierende|Erste)[rn]?$")


def _role_phrase_left(toks: list[Token], i: int) -> int:
    """Extend the role phrase to the left over coordination (``Sozial- und``) and modifiers."""
    j = i
    if j >= 2 and toks[j - 1].text == "und" and toks[j - 2].text.endswith("-"):
        j -= 2
    if j >= 1 and _ROLE_PHRASE_LEFT_RX1.match(toks[j - 1].text):
        j -= 1
    if j >= 1 and lands_in_phrase(toks[j - 1].text) and toks[j - 1].text[0].isupper():
        j -= 1  # Thüringens / Berliner / Sächsische
    elif (
        j >= 1
        and capital_adjective_land(toks[j - 1].text)
        and role_class(toks[i].text) in _CABINET_CLASSES
    ):
        j -= (
            1  # "die Schweriner Sozialministerin": a capital's adjective (not "Kieler Beauftragte")
        )
    elif j >= 1 and lands_in_phrase(toks[j - 1].text):
        j -= 1  # sächsische
    elif j >= 3 and toks[j - 1].text in _ARTICLE_WORDS and _land_token(toks[j - 2].text):
        # "…, aus Sachsen-Anhalt die Staatssekretärin X" (a gapped clause: the Land the
        # holder comes from), "aus dem Saarland der Minister X"
        k = j - 3
        if k >= 1 and toks[k].text in {"dem", "der"}:
            k -= 1
        if toks[k].text in {"aus", "Aus"}:
            j = k
    return j


_ARTICLE_WORDS = frozenset({"der", "die", "den", "dem"})
# the classes of office a city does not have: a capital's adjective before them names the Land
_CABINET_CLASSES = frozenset({"Minister", "Staatssekretaer", "Regierungschef"})


def _land_token(t: str) -> bool:
    """A token that names a Land itself (``Bayern``, ``Sachsen-Anhalt``, ``Saarland``)."""
    found = lands_in_phrase(t)
    return len(found) == 1 and found[0].form in ("name", "alias") and found[0].end == len(t)


# where an attributive adjective may follow: an article, a preposition fused with one ("im
# baden-württembergischen Staatsministerium"), a comma or "und" inside a coordination
_AFTER_ARTICLE = frozenset({",", "und", "im", "am", "beim", "vom", "zum", "zur"})


def _governed(toks: list[Token], k: int) -> bool:
    """A role noun governed by a preposition right after another role is part of that role's
    complement, not a second role: ``Parlamentarischer Staatssekretär beim Bundesminister des
    Innern``, ``Staatssekretärin bei der Ministerin``."""
    prev = toks[k - 1].text if k else ""
    if prev in {"beim", "vom"}:
        j = k - 1
    elif prev in {"der", "dem"} and k >= 2 and toks[k - 2].text == "bei":
        j = k - 2
    else:
        return False
    return j >= 1 and role_class(toks[j - 1].text) is not None  # the role it complements


_ADDRESS = frozenset({"Frau", "Herr", "Herrn"})


def _scan_complement(toks: list[Token], i: int, text: str | None = None) -> int:
    """Index just after the role's complement (``für Soziales, Gesundheit und Integration``)."""
    n = len(toks)
    k = i + 1
    last_ok = i + 1
    while k < n:
        t = toks[k].text
        if t[0].isupper() and may_be_given_name(t) and _starts_name(toks, k, text):
            break  # "Senatorin für Integration, Arbeit und Soziales Elke Breitenbach"
        if t == "und" and _next_role(toks, k + 1):
            break  # "… und Thüringens Migrationsminister": another role phrase
        if t in _ADDRESS and k + 1 < n and toks[k + 1].text[:1].isupper():
            break  # "…, Frau Ferreira": a form of address opens the holder's name
        if (
            t in COMPLEMENT_WORDS
            or (t in _POSSESSIVES and k + 1 < n and toks[k + 1].text[:1].isupper())
            or (t[0].isupper() and (not role_class(t) or _governed(toks, k)) and t not in TITLES)
        ):
            k += 1
            last_ok = k
        elif (
            t == ","
            and k + 1 < n
            and toks[k + 1].text not in _ADDRESS
            and (
                (toks[k + 1].text[0].isupper() and not _starts_name(toks, k + 1))
                # "Staatsminister des Innern, für Sport und Integration": a second remit
                or (k > i + 1 and toks[k + 1].text == "für")
                # "für Inneres, ländliche Räume, Integration": an adjective and its noun
                or (
                    k + 2 < n
                    and toks[k + 1].text.endswith(("e", "en", "er", "es"))
                    and toks[k + 1].text[0].islower()
                    and toks[k + 2].text[0].isupper()
                    and not role_class(toks[k + 2].text)
                )
            )
        ):
            k += 1
        elif t == "-" or t == "–":
            k += 1
        elif (
            t[0].islower()
            and k >= 1
            and len(toks[k - 1].text) > 2
            and toks[k - 1].text.endswith("-")
            and toks[k].start > toks[k - 1].end
            and t not in ("und", "oder", "sowie", "bzw")
        ):
            # a word broken at the line's end ("für Justiz, Migration und Ver-\nbraucher-
            # schutz"): its second half goes on with the complement
            k += 1
            last_ok = k
        elif (
            t[0].islower()
            and k > 0
            and (toks[k - 1].text in ARTICLES or toks[k - 1].text in _AFTER_ARTICLE)
            and t.endswith(("en", "er", "e", "es", "em"))
            and k + 1 < n
            and toks[k + 1].text[:1].isupper()
        ):
            k += 1  # an adjective: "der diesjährigen", "für Inneres, ländliche Räume"
        else:
            break
    return last_ok


_AUXILIARIES = frozenset(
    "hat hatte hatten haben ist war waren sind wird wurde wurden werden sei kann konnte will "
    "wollte soll sollte muss musste darf durfte".split()
)
_NOT_VERB = frozenset("und sowie oder seit bis von vom im in aus zugleich auch".split())


def _relative_verb(toks: list[Token], k: int) -> bool:
    """After a role phrase that ends at ``k``, one to three lowercase words close the clause
    with a finite verb (``…, die Integrationsbeauftragte des Landes kritisiert hatte.``): the
    article before the role opened a relative clause, the role is its object."""
    j = k
    while j < len(toks) and j - k < 3 and toks[j].text[:1].islower():
        if toks[j].text in _NOT_VERB:
            return False
        j += 1
    if j == k or j >= len(toks) or toks[j].text not in {",", ".", "!", "?", ";"}:
        return False
    last = toks[j - 1].text
    return last in _AUXILIARIES or last.endswith(("t", "te", "ten"))


# a possessive determiner in a genitive complement: "der Ministerpräsident ihres Landes"
_POSSESSIVES = frozenset({"ihres", "seines", "unseres", "ihrer", "seiner", "unserer"})


def _next_role(toks: list[Token], k: int) -> bool:
    """A role noun at ``k``, or after a Land modifier there (``Thüringens Minister``)."""
    if k < len(toks) and role_class(toks[k].text) and toks[k].text[0].isupper():
        return True
    return (
        k + 1 < len(toks)
        and bool(lands_in_phrase(toks[k].text))
        and role_class(toks[k + 1].text) is not None
    )


def _starts_name(toks: list[Token], k: int, text: str | None = None) -> bool:
    """A full name (or title + name) starts at k and is followed by a natural stop (with
    ``text``, a line break too: a list or table line ends with the name)."""
    parsed = parse_name(toks, k)
    if not parsed:
        return False
    person, nxt = parsed
    on_line = _name_on_line(toks, k, text)
    if on_line is not None and on_line[1] < nxt:
        return True  # a full name that ends its line, the name read having run on past it
    full = person.given is not None or person.honorific is not None
    if not full:
        return False
    return (
        nxt >= len(toks)
        or toks[nxt].text in {",", ".", ":", "(", ";", "!", "?", "„", "»", '"', "“"}
        or toks[nxt].text[0].islower()
        or (text is not None and "\n" in text[toks[nxt - 1].end : toks[nxt].start])
    )


def _name_on_line(toks: list[Token], k: int, text: str | None) -> tuple[PersonMention, int] | None:
    """``parse_name(toks, k)``, but a name read past a line break ends at the break when the
    part before it is a full name (a list line: "Staatsministerin für Soziales Petra Lang\n
    Mehr …")."""
    parsed = parse_name(toks, k)
    if parsed is None or text is None:
        return parsed
    for j in range(k + 1, parsed[1]):
        if "\n" in text[toks[j - 1].end : toks[j].start]:
            before = parse_name_backwards(toks, j - 1)
            if before is not None and before.start == toks[k].start:
                return before, j
            break
    return parsed


def _starts_family_name(toks: list[Token], k: int) -> bool:
    """A family name alone starts at k, followed by a comma, the end of its clause or a verb
    (after a form of address: ``…, Frau Ferreira, und ich``, ``Ministerin Frau X sagte``)."""
    parsed = parse_name(toks, k)
    if not parsed or parsed[0].given is not None:
        return False
    nxt = parsed[1]
    return (
        nxt >= len(toks)
        or toks[nxt].text in {",", ".", ";", "!", "?", ")", ":"}
        or toks[nxt].text[0].islower()
    )


_BLOCK_OFFICES_RX1 = re.compile(r"\s+des\s+Senats\b")
_BLOCK_OFFICES_RX2 = re.compile(r"^(?:beauftragte[rn]?|bevollmächtigte[rn]?)$")
_BLOCK_OFFICES_RX3 = re.compile(r"^\d{4}$")


def _block_offices(index: TextIndex, toks: list[Token]) -> list[OfficeMention]:
    text = index.text
    out: list[OfficeMention] = []
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        cls = role_class(tok.text)
        dotted = (
            cls is None
            and tok.text in DOTTED_ROLES
            and i + 2 < n
            and toks[i + 1].text == "."
            and toks[i + 1].start == tok.end
        )
        if dotted and _attendance_list(text, tok.start):
            cls = DOTTED_ROLES[tok.text]  # "Min. X" in an attendance list
        if cls is None and tok.text in _BUERGERMEISTER:
            cls = _city_state_head(text, toks, i)
        if (
            cls is None
            and tok.text.startswith("Präsident")
            and _BLOCK_OFFICES_RX1.match(text[tok.end : tok.end + 20])
        ):
            cls = "Regierungschef"  # Bremen: Präsident des Senats
        if cls is None or index.is_clutter(tok.start):
            i += 1
            continue
        low = tok.text.lower()
        prev = toks[i - 1].text if i else ""
        if _deputy(toks, i) or _not_yet(toks, i) or (prev and holders.PREDECESSOR.match(prev)):
            # a deputy is no holder; "Vorgängerin Ministerin X" is read by holders
            i += 1
            continue
        if _governed(toks, i) and not parse_name(toks, i + 1):
            i += 1  # "Staatssekretär beim Bundesminister des Innern, X": X is the Staatssekretär
            continue
        elliptic: OfficeMention | None = None
        if cls == "Beauftragte" and _BLOCK_OFFICES_RX2.match(low):
            if not _BARE_BEAUFTRAGTE_OK.match(text[tok.end : tok.end + 40]):
                elliptic = _elliptic_of(out, toks, i)
                if elliptic is None:
                    i += 1
                    continue
        left = _role_phrase_left(toks, i)
        comp_end = _scan_complement(toks, i, text)
        chain: list[int] = [i]
        person: PersonMention | None = None
        k = i + 2 if dotted else i + 1
        if [t.text for t in toks[k : k + 4]] == ["a", ".", "D", "."]:
            k += 4  # "Minister a. D. X": a former holder
            if k + 1 < n and toks[k].text == "," and _starts_name(toks, k + 1):
                k += 1  # "Staatsrat a. D., X, …": the name in apposition
        parsed = parse_name(toks, k)
        if dotted and not (parsed and parsed[0].given):
            i += 1  # "Min." with no full name after it ("Sen. Danach")
            continue
        if parsed and not (parsed[1] < n and toks[parsed[1]].text == "-"):
            person, _ = parsed
        elif dotted:
            i += 1  # "Min." with no name after it
            continue
        else:
            # complement, then ", name" or ", role name" (a chain)
            k = comp_end
            while k < n and (toks[k].text == "," or toks[k].text in _ADDRESS):
                k += 1
            if k > comp_end and k < n and toks[k].text in _NAMING_PARTICLES:
                k += 1  # "meinen Vorgängerinnen im Amt der Beauftragten, namentlich X"
            # "die Landesbeauftragte für Migration, Frau Ferreira, …": the form of address
            # makes the family name alone a name
            addressed = k > comp_end and toks[k - 1].text in _ADDRESS
            coordinated = _coordinated_role(toks, k)
            if coordinated is not None:
                # "die Staatssekretärin im Sozialministerium und Integrationsbeauftragte der
                # Landesregierung, X", "die damalige Staatssekretärin und heutige Ministerin
                # Y": roles coordinated before one apposition hold one person each
                chain.extend(coordinated[0])
                person = coordinated[1]
            elif k < n and role_class(toks[k].text):
                chain.append(k)
                parsed = parse_name(toks, k + 1)
                if parsed:
                    person, _ = parsed
            elif k > comp_end and (
                _starts_name(toks, k, text) or (addressed and _starts_family_name(toks, k))
            ):
                parsed = _name_on_line(toks, k, text)
                if parsed:
                    person, _ = parsed
            elif (
                k == comp_end
                and k > i + 1
                and _starts_name(toks, k, text)
                and toks[k - 1].text[0].isupper()
            ):
                # "… Integrationsministerkonferenz Elke Breitenbach"
                parsed = _name_on_line(toks, k, text)
                if parsed and parsed[0].given:
                    person, _ = parsed
        if (
            person is not None
            and prev == ","
            and person.start > tok.end
            and "\n" in text[tok.end : person.start]
        ):
            # a list line "X, Ministerin für …" with the next line's name after the role:
            # the role is the apposition of the name before it on its own line
            before = _name_before(toks, i)
            if before is not None and "\n" not in text[before.end : tok.start]:
                person = None
        if (
            person is None
            and (
                prev in {",", "die", "der", "dem", "den", "zugleich"}
                or _TENSE_ADJECTIVE.match(prev)
                or prev in _TIME_ADVERBS
            )
        ) or (person is None and _BLOCK_OFFICES_RX3.match(prev)):
            person = _name_before(toks, i)
            if person is not None and prev in _ARTICLE_WORDS and _relative_verb(toks, comp_end):
                person = (
                    None  # "X, die Integrationsbeauftragte … kritisiert hatte": a relative clause
                )
        if person is None and left < i and left:
            # "Petra Köpping, Sächsische Staatsministerin …", "X, bis 2013 Niedersachsens
            # Integrationsbeauftragter, …": the apposition's Land stands left of the role
            person = _name_before(toks, left)
        if person is None:
            i += 1
            continue
        person.in_caption = index.in_caption(person.start)
        phrase_start = toks[left].start
        phrase_end = toks[max(comp_end, i + 1) - 1].end
        for ci in chain:
            role_tok = toks[ci]
            role_start = toks[_role_phrase_left(toks, ci)].start
            c_end = _scan_complement(toks, ci, text)
            span_text = (
                text[role_start : toks[c_end - 1].end]
                if c_end > ci
                else text[role_start : role_tok.end]
            )
            if ci == i:
                span_text = text[phrase_start:phrase_end]
            land, federal = _land_of(span_text, role_tok.text)
            if elliptic is not None and land is None:
                land, federal = elliptic.land, elliptic.federal
            span_start = phrase_start if ci == i else role_start
            out.append(
                OfficeMention(
                    person=person,
                    role_text=_WHITE_RUN.sub(" ", text[role_start : role_tok.end]),
                    role_class=role_class(role_tok.text) or cls,
                    land=land,
                    ministry_key=None,
                    federal=federal,
                    phrase=(
                        min(span_start, person.start),
                        max(span_start + len(span_text), person.end),
                    ),
                    evidence=Evidence(
                        start=min(role_start, person.start),
                        end=max(role_tok.end, person.end),
                        sentence=index.sentence_text(role_tok.start),
                        extractor=EXTRACTOR,
                    ),
                )
            )
        # an apposition right after the name may carry the Land: "… Anja Stahmann Senatorin für … der Freien Hansestadt Bremen"
        j = _skip_parenthetical(toks, _index_after(toks, person.end))
        if j < n and toks[j].text == ",":
            j += 1
        if j < n and role_class(toks[j].text) == out[-1].role_class and out[-1].land is None:
            c_end = _scan_complement(toks, j, text)
            land, federal = _land_of(text[toks[j].start : toks[c_end - 1].end], toks[j].text)
            if land:
                out[-1].land, out[-1].federal = land, federal
        i = max(i + 1, chain[-1] + 1)
    return out


_CONJUNCTIONS = frozenset({"und", "sowie"})
# particles that introduce the name of an apposition: "…, namentlich X", "…, nämlich Y"
_NAMING_PARTICLES = frozenset({"namentlich", "nämlich"})


def _coordinated_role(
    toks: list[Token], k: int, limit: int = 2
) -> tuple[list[int], PersonMention] | None:
    """Role nouns coordinated after a role's complement, up to the one name they share: at
    ``k`` a conjunction (``und``, ``sowie``, ``und zugleich``), an adjective of time or a
    Land's modifier (``heutige``, ``Thüringens``), a role noun, its complement, an optional
    comma and a full name (``… und Integrationsbeauftragte der Landesregierung, X``). Returns
    the role nouns' indices and the person, or None where no name closes the coordination
    (``die Ministerin und die Beauftragte``: two people; ``… und Staatssekretär Y``: that
    role's own name is read on its own)."""
    n = len(toks)
    chain: list[int] = []
    if 0 < k < n and toks[k - 1].text in _CONJUNCTIONS and toks[k].text not in _CONJUNCTIONS:
        k -= 1  # (a complement's scan takes a conjunction before an adjective)
    while len(chain) < limit and k < n and toks[k].text in _CONJUNCTIONS:
        j = k + 1
        if j < n and toks[j].text in {"zugleich", "auch"}:
            j += 1
        if j < n and _TENSE_ADJECTIVE.match(toks[j].text):
            j += 1
        if j + 1 < n and lands_in_phrase(toks[j].text) and toks[j].text[0].isupper():
            j += 1  # "und Thüringens Beauftragte"
        if j >= n or not role_class(toks[j].text) or not toks[j].text[0].isupper():
            return None
        chain.append(j)
        if parse_name(toks, j + 1):
            return None  # "… und Staatssekretärin Y": a second person, with her own name
        end = _scan_complement(toks, j)
        m = end + 1 if end < n and toks[end].text == "," else end
        if m < n and _starts_name(toks, m):
            parsed = parse_name(toks, m)
            if parsed:
                return chain, parsed[0]
        k = end
    return None


def _elliptic_of(out: list[OfficeMention], toks: list[Token], i: int) -> OfficeMention | None:
    """``Die bisherige Landesbeauftragte für Integration X und die amtierende Beauftragte Y``:
    a bare ``Beauftragte`` with a name right after it, an adjective of time before it, in the
    sentence of a commissioner's office named in full, is that office (the compound's head
    stands for the whole, as in any coordination of the same noun)."""
    if not out or out[-1].role_class != "Beauftragte":
        return None
    parsed = parse_name(toks, i + 1)
    if not parsed:
        return None
    if i == 0 or not holders.TIME_ADJECTIVE.match(toks[i - 1].text):
        return None
    ante = out[-1]
    if toks[i].start - ante.evidence.end > 200:
        return None
    # the tokens between the named office and this one (by bisection: linear in the text)
    if any(t.text in {".", "!", "?", ";"} for t in toks[_index_after(toks, ante.evidence.end) : i]):
        return None  # another sentence
    if _other_body_after(toks, parsed[1]):
        return None  # "der neue Beauftragte X vom Landessportbund": another body's commissioner
    return ante


def _other_body_after(toks: list[Token], k: int) -> bool:
    """The name that ends before token ``k`` is tied to a body by an affiliation or genitive
    (``vom Landessportbund``, ``von der Caritas``, ``des Bistums Trier``, ``der Stadt Ulm``)
    that is no government body (``der Landesregierung`` is one)."""
    j = k
    words = [t.text for t in toks[j : j + 4]]
    if not words:
        return False
    if words[0] in {"vom", "beim", "des"}:
        rest = words[1:]
    elif words[0] in {"von", "aus", "bei"} and words[1:2] and words[1] in {"der", "dem", "den"}:
        rest = words[2:]
    elif words[0] == "der" and len(words) > 1 and words[1][:1].isupper():
        rest = words[1:]
    else:
        return False
    head = next((w for w in rest if w[:1].isupper()), "")
    return bool(head) and not (is_government_body(head) or lands_in_phrase(head))


def _deputy(toks: list[Token], i: int) -> bool:
    """A deputy's title: ``stellvertretende`` among the attributes of the role noun at ``i``
    (``der stellvertretende sächsische Ministerpräsident``), not before a coordinated one
    (``der stellvertretende Ministerpräsident und Innenminister X``: X is the minister)."""
    j = i - 1
    while j >= max(0, i - 4):
        t = toks[j].text
        if t.lower().startswith("stellvertret"):
            return True
        if not (t[:1].islower() or lands_in_phrase(t)) or t in {"und", "sowie", "oder", ","}:
            return False
        j -= 1
    return False


# an office its holder has not taken up yet: "die designierte Ministerin X", "der künftige
# Staatssekretär Y", "die angehende Senatorin Z" (nominated, not in office)
_NOT_YET = re.compile(r"^(?:designiert|künftig|zukünftig|angehend)e[rn]?$", re.I)


def _not_yet(toks: list[Token], i: int) -> bool:
    """``designierte`` (``künftige``, ``angehende``) among the attributes of the role noun at
    ``i`` (``die designierte sächsische Ministerin``), as :func:`_deputy` reads them."""
    j = i - 1
    while j >= max(0, i - 3):
        t = toks[j].text
        if _NOT_YET.match(t):
            return True
        if not (t[:1].islower() or lands_in_phrase(t)) or t in {"und", "sowie", "oder", ","}:
            return False
        j -= 1
    return False


_CITY_STATE = re.compile(r"^(?:Berlin|Bremen|Hamburg)(?:s|er)?$")


_CITY_STATE_HEAD_RX1 = re.compile(r"(?i)zweite|stellvertret|ehrenamtlich|Ober")
_CITY_STATE_HEAD_RX2 = re.compile(
    r"\s*(?:und|,)\s*(?:Präsident(?:in)?\s+des\s+Senats|Senatspräsident(?:in)?\b)"
)
_CITY_STATE_HEAD_RX3 = re.compile(r"\s+(?:von|in)\s+(?!Hamburg|Bremen|Berlin)[A-ZÄÖÜ]")


def _city_state_head(text: str, toks: list[Token], i: int) -> str | None:
    """``Bürgermeister`` is a head of government in a city-state only: after ``Regierende``
    or ``Erste``, after ``Bremens``/``Hamburger``, or with ``Präsident des Senats`` (Bremen);
    never the ``Zweite`` or a deputy."""
    prev = toks[i - 1].text if i else ""
    before = " ".join(t.text for t in toks[max(0, i - 3) : i])
    if _CITY_STATE_HEAD_RX1.search(before):
        return None
    if _LOCAL_BODY.match(text, toks[i].end) or _CITY_STATE_HEAD_RX3.match(
        text[toks[i].end : toks[i].end + 40]
    ):
        return None  # "Erster Bürgermeister der Stadt Fürth": a town's (deputy) mayor
    if prev in _REGIERENDE or _CITY_STATE.match(prev):
        return "Regierungschef"
    tail = text[toks[i].end : toks[i].end + 120]
    if _CITY_STATE_HEAD_RX2.match(tail):
        return "Regierungschef"
    if (
        prev not in _FORMER_BEFORE_MAYOR
        and _BREMEN_SENATE_HEAD.search(text, 0, 400)
        and not _MAYOR_OF_A_TOWN.search(tail[:60])
    ):
        # "Senatspressestelle Bremen | …  dankte Bürgermeister X": in a release of Bremen's
        # Senate the Bürgermeister is the President of the Senate, not a town's mayor
        return "Regierungschef"
    return None


# the header of a release of Bremen's Senate or one of its Senators
_BREMEN_SENATE_HEAD = re.compile(
    r"Senatspressestelle(?:\s+Bremen)?|Senatskanzlei\s+Bremen|Freien\s+Hansestadt\s+Bremen"
    r"|Bremer\s+Senat|Senat\s+der\s+Freien\s+Hansestadt"
)
# "Bürgermeister X von Bremerhaven": a town's mayor, named with the town after the name
_MAYOR_OF_A_TOWN = re.compile(r"\b(?:von|aus|der\s+Stadt|der\s+Gemeinde)\s+(?!Bremen\b)[A-ZÄÖÜ]")
# a word before "Bürgermeister" that makes the office a past one ("der frühere Bürgermeister")
_FORMER_BEFORE_MAYOR = frozenset({"ehemalige", "ehemaliger", "frühere", "früherer"})


def _index_after(toks: list[Token], pos: int) -> int:
    """The first token that starts at or after ``pos`` (by bisection: tokens are in order)."""
    return bisect.bisect_left(toks, pos, key=lambda t: t.start)


# adjectives that place an office in time: "X, die neue Integrationsbeauftragte"
_TENSE_ADJECTIVE = re.compile(
    r"^(?:damalig|ehemalig|früher|derzeitig|amtierend|neu|künftig|designiert|bisherig|langjährig"
    r"|scheidend|jetzig|heutig|zuständig)e[rn]?$"
)


# adverbs that place an apposition's office in time: "X, früher Staatssekretär im …"
_TIME_ADVERBS = TIME_ADVERBS


def _name_before(toks: list[Token], i: int) -> PersonMention | None:
    """``Maria Weber, Beauftragte …`` / ``Almuth Berger, von 1991 – 2006 Ausländerbeauftragte``."""
    k = i - 1
    while k >= 0 and (
        toks[k].text
        in {
            "die",
            "der",
            "dem",
            "den",
            "von",
            "bis",
            "seit",
            "–",
            "-",
            "zugleich",
            "auch",
        }
        or _TENSE_ADJECTIVE.match(toks[k].text)
        or toks[k].text in _TIME_ADVERBS
        or toks[k].text.isdigit()
    ):
        k -= 1
    if k < 1 or toks[k].text != ",":
        return None
    k -= 1
    if toks[k].text == ")":  # "Dieter Lauinger (Grüne), Minister"
        while k >= 0 and toks[k].text != "(":
            k -= 1
        k -= 1
    if k < 0:
        return None
    return parse_name_backwards(toks, k)


# a preposition placing the office in a city ("… im Sozialministerium in Stuttgart")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|aus)\b")
# the federal commissioner's remit ("Beauftragte … für Migration, Flüchtlinge und Integration")
_FEDERAL_COMMISSIONER_REMIT = re.compile(r"für Migration, Flüchtlinge und Integration")
# "Beauftragte des Bundes"
_OF_THE_FEDERATION = re.compile(r"(?<![\w-])des\s+Bundes(?![\w-])")
# Berlin's head of government: "Regierende Bürgermeisterin"
_BERLIN_MAYOR_TITLE = re.compile(r"\bRegierende[rn]?\s+Bürgermeister")
# Bremen's head of government: "Präsident des Senats"
_OF_THE_SENATE = re.compile(r"\bdes\s+Senats\b")


def _land_of(phrase: str, role_token: str) -> tuple[str | None, bool]:
    """The Land a role phrase names, or DE for a federal office."""
    low = role_token.lower().removeprefix("alt")  # "Altbundeskanzler"
    if (
        low.startswith(("bundes", "kanzler"))
        or FEDERAL.search(phrase)
        or "der Bundesregierung" in phrase
        or _FEDERAL_COMMISSIONER_REMIT.search(phrase)
        or _OF_THE_FEDERATION.search(phrase)
    ):
        return "DE", True
    lands = [m for m in lands_in_phrase(phrase) if m.form != "alias" or len(phrase) < 200]
    if lands:
        return lands[0].code, False
    by_capital = capital_office_land(phrase)  # "im Kieler Sozialministerium"
    if by_capital:
        return by_capital, False
    if low.startswith("bürgermeister"):
        # Berlin's head of government is the Regierende(r) Bürgermeister(in); Hamburg's Erste(r)
        # Bürgermeister(in) is also the title of Bavarian town mayors, so that Land comes from
        # the text (a Hamburg publisher, dateline or mention), not from the title
        if _BERLIN_MAYOR_TITLE.search(phrase):
            return "DE-BE", False
    if low.startswith("präsident") and _OF_THE_SENATE.search(phrase):
        return "DE-HB", False  # Bremen's head of government: Präsident(in) des Senats
    if "-" in role_token:  # "NRW-Integrationsministerin", "Berlin-Senatorin"
        prefix = role_token.rsplit("-", 1)[0]
        found = lands_in_phrase(prefix)
        if len(found) == 1 and found[0].end - found[0].start == len(prefix):
            return found[0].code, False
    for m in _LAND_BODY_COMPOUND.finditer(phrase):
        # "Staatssekretär im NRW-Integrationsministerium": a Land's short name before the body
        found = lands_in_phrase(m.group(1))
        if len(found) == 1 and found[0].end - found[0].start == len(m.group(1)):
            return found[0].code, False
    if _PLACE_PREPOSITION.search(phrase):
        return capital_land(phrase), False  # "… im Sozialministerium in Stuttgart"
    return None, False


_LAND_BODY_COMPOUND = re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ][\w]*)?)-[\w-]*(?:[Mm]inisterium|[Mm]inisteriums|[Rr]egierung)\b"
)
