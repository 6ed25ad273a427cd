"""Office holders named outside the frame "role noun next to the name".

German states an office in more shapes than apposition; each rule here starts from a role
noun (:func:`~intgraph.language.lexicon.role_class`) and reads the constituent around it:

* **copula, predicative and appointment frames**: ``Neuer Staatssekretär ist der Jurist X``,
  ``Seit Montag ist X neue Ministerin``, ``X wurde als neuer Sozialminister vereidigt``,
  ``Als zuständige Ministerin hat X …``, ``X zur Staatssekretärin berufen``, ``X übernimmt das
  Amt der Beauftragten``, ``Kommissarisch amtiert X als …beauftragter``, ``X ist in Erfurt
  Minister für …`` (a family name alone, of a person named in full before) — the name is the
  subject (or the predicate) of the clause whose predicate is the role;
* **an appointment told as a noun**: ``nach der Ernennung von X zum neuen Staatssekretär``,
  ``die Berufung von Y zur Landesbeauftragten``;
* **an interview's addressee**: ``Frau X, Sie sind seit einem Jahr Landesbeauftragte …``,
  then ``Ihr Vorgänger Y`` in a later question (a former holder of that office);
* **a role that names nobody, and the next sentence's person**: ``Schleswig-Holsteins
  Integrationsministerin ist … . X (Grüne) will …``, ``… hat eine neue Ausländerbeauftragte. Das
  Kabinett ernannte … die Juristin X`` — only a person marked as a politician (a party in
  brackets) or appointed, holding no office of the text, agreeing in gender; a head of
  government's own minister (``Ministerpräsidentin X stellt sich hinter die Pläne ihres
  Integrationsministers. Y habe …``) when the next sentence opens with the name,
  or the next sentence's reporting clause names the person bare (``…, sagte X im Landtag``);
* **an announced office and a colon**: ``Sachsen bekommt eine neue Ausländerbeauftragte: X``,
  ``Das Kabinett hat den neuen Staatssekretär vorgestellt: Y kommt …`` (a clause whose subject,
  a government body, gives an office a holder);
  ``… hat Sachsens neue Beauftragte vorgestellt: Die Juristin Z …`` (a gender from the
  adjective's ending after a genitive; a describing noun phrase before the name);
* **a definite Land office, then its holder's name**: ``Die Kieler Sozialministerin stellt den
  Bericht vor. X will …`` (the name opens the next sentence as its subject, not set against
  the one before nor described by another function, or the person gives up "her office");
* **predecessors and successors**: ``ihre Vorgängerin im Amt, die heutige Abgeordnete X``,
  ``Sein Nachfolger wird X``, ``Nachfolgerin von Staatssekretärin Y wird X`` (the office of
  the person the possessive or ``von`` refers to; ``Vorgängerin als Beauftragte, X`` names the
  office itself and is read by the main scan), ``sein Amtsvorgänger X``, ``X folgt auf Y``,
  ``X tritt die Nachfolge von Y an``; ``meine Vorgänger im Amt … Mein Dank gilt A, B
  und C``; a relative clause with the office as object (``X, der das Amt seit 2019 ausübt``) takes
  the office named last without a holder;
* **lists and tables**: a line labelled with a Land or its abbreviation (``Bremen: Senatorin
  X``, ``Bund: …``, ``HB  Staatsrätin X``), a line labelled with the office (``Ministerin: X``),
  a table row whose cells hold a name, a role and a Land (or ``HB``), a plural role before
  coordinated names (``die Ministerinnen X (Bayern) und Y (Hessen)``; ``die Ministerinnen aus
  Hessen und Bayern, X und Y`` and ``die bayerische und die hessische Ministerin, X und Y``
  respectively), a name line and a role line (signatures, captions; ``Staatssekretär X`` /
  ``Bevollmächtigter für Integration`` gives a second office), a table row whose first cell is a
  Land code (``BE | Senatsverwaltung … | Senatorin X``);
* **the speaker's own words**: ``Mein Name ist X`` with a first-person role nearby (``darf ich
  als Integrationsbeauftragte …``), the same inside the speaker's quotation;
* **descriptors**: ``unterstrich die Ministerin`` for the person named last, where that person
  has no office in the document yet (a quotation's speaker, or a full name in the sentence
  before that the text ties to a government post: ``X, die seit 2022 das Ressort führt. … die
  schleswig-holsteinische Ministerin``);
* **the Land of an office** whose phrase names none: brackets after the name (``X (Bayern)``,
  ``(BMI)``, ``(NI)``), a Land closing a list line (``Ministerin X, Bayern``) or ``aus
  Thüringen``, the seat of the ministry (``vom Sozialministerium in Stuttgart``, ``aus
  Dresden``), a fronted phrase (``Für Thüringen nahm Staatssekretärin X teil``), a second
  office in brackets (``Staatsministerin X (Beauftragte der Bundesregierung …)``), the holder a
  possessive refers to in the sentence or the one before (``…
  Ministerin X. Dabei war ihr Staatssekretär Y``, agreeing in gender).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Any

from intgraph.language.chunks import parse_name, parse_name_backwards
from intgraph.language.lands import (
    capital_land,
    capital_office_land,
    land_abbreviation,
    lands_in_phrase,
)
from intgraph.language.lexicon import (
    STOP_CAP,
    TIME_ADVERBS,
    TITLES,
    is_common_noun,
    is_descriptor,
    is_family_name_after_given,
    is_female_noun,
    is_given_name,
    is_government_body,
    role_class,
)
from intgraph.language.phrases import PERSON_NOUN, QUESTION_ADDRESS
from intgraph.language.scan import Guarded, caseless, guard
from intgraph.language.speech import SPEECH_PREDICATE
from intgraph.language.text import TextIndex, Token, tokenize
from intgraph.language.wordlists import given_name_gender
from intgraph.models import Evidence, OfficeMention, PersonMention, QuoteMention

EXTRACTOR = "offices.v5"

_COPULA = {"ist", "wird", "bleibt", "war", "wurde", "sind", "werden", "heißt"}
_NEW = re.compile(r"^(?:[Nn]eue[rn]?|[Kk]ünftige[rn]?|[Dd]esignierte[rn]?|[Zz]ukünftige[rn]?)$")
_ARTICLE = {"der", "die", "den", "dem", "des", "Der", "Die", "Den", "Dem", "Des"}
PREDECESSOR = re.compile(r"^(?:Vorgänger|Nachfolger|Amtsvorgänger|Amtsnachfolger)(?:in|innen)?$")
# an inflected attributive adjective: "zuständige", "hessischen"
_ADJECTIVE = re.compile(r"^[a-zäöü][a-zäöüß-]*(?:e|en|er|es|em)$")
# adjectives that place an office holder in time: "der amtierende", "die frühere"
TIME_ADJECTIVE = re.compile(
    r"^(?:amtierend|derzeitig|jetzig|neu|bisherig|früher|ehemalig|damalig|scheidend|künftig"
    r"|designiert|heutig)e[rn]?$"
)
_MONTHS = frozenset(
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
_POST = {"Amt", "Amtes", "Posten", "Postens", "Funktion", "Aufgaben"}
_STOP_PUNCT = {".", "!", "?", ";", ":"}
_PERSONAL_VERB = re.compile(
    r"(?:vereidigt|ernannt|gewählt|berufen|bestätigt|eingeführt|bestellt|vorgestellt|tätig|im Amt"
    r"|\bberief\b|\bwählte\b"
    r"|übernimmt|übernahm|übernommen|innehat|inne\b|bekleidet|ausübt"
    # leading the department in the office: "X führte das Ressort als Ministerin"
    r"|\bführt(?:e|en)?\b|\bgeführt|\bleitet(?:e|en)?\b|\bgeleitet)"
)


# verbs of holding an office "als" something, before the holder in a verb-second clause
_ACTING_VERB = re.compile(
    r"\b(?:amtiert|amtierte|amtieren|fungiert|fungierte|führte|führt|leitete|leitet)\b"
)


_WHITE_RUN = re.compile(r"\s+")


def office(
    index: TextIndex,
    person: PersonMention,
    role_tok: Token,
    role_text: str,
    phrase: tuple[int, int],
    *,
    cls: str | None = None,
    land: str | None = None,
    federal: bool = False,
) -> OfficeMention:
    """An office mention with its evidence (the role token and the name)."""
    person.in_caption = index.in_caption(person.start)
    return OfficeMention(
        person=person,
        role_text=_WHITE_RUN.sub(" ", role_text),
        role_class=cls or role_class(role_tok.text) or "Minister",
        land=land,
        ministry_key=None,
        federal=federal,
        phrase=(min(phrase[0], person.start), max(phrase[1], person.end)),
        evidence=Evidence(
            start=min(role_tok.start, person.start),
            end=max(role_tok.end, person.end),
            sentence=index.sentence_text(role_tok.start),
            extractor=EXTRACTOR,
        ),
    )


def _office_at(
    index: TextIndex,
    person: PersonMention,
    toks: list[Token],
    left: int,
    tok: Token,
    c_end: int,
    cls: str,
    land: str | None,
    federal: bool,
) -> OfficeMention:
    """The office of the role phrase ``toks[left:c_end]`` (its role noun ``tok``) for
    ``person``: the phrase up to the role noun as written, the complement in its span."""
    return office(
        index,
        person,
        tok,
        index.text[toks[left].start : tok.end],
        (toks[left].start, toks[c_end - 1].end),
        cls=cls,
        land=land,
        federal=federal,
    )


def _claim(
    index: TextIndex,
    person: PersonMention,
    toks: list[Token],
    r: int,
    span: tuple[int, int],
    taken: set[tuple[int, str]],
    *,
    land: str | None = None,
    federal: bool = False,
) -> OfficeMention | None:
    """The office of ``toks[r]`` for ``person``, the phrase being ``toks[span[0]:span[1]]``;
    None where the token names no office or the person already has that one. A Land the phrase
    itself names wins over ``land`` (the Land of the line or cell)."""
    tok = toks[r]
    cls = role_class(tok.text)
    if cls is None or (person.start, cls) in taken:
        return None
    start, end = toks[span[0]].start, toks[span[1] - 1].end
    phrase = index.text[start:end]
    own, fed = _land_of(phrase, tok.text)
    taken.add((person.start, cls))
    return office(
        index, person, tok, phrase, (start, end), cls=cls, land=own or land, federal=fed or federal
    )


def full_name_at(toks: list[Token], k: int) -> tuple[PersonMention, int] | None:
    """A name with a given name (or a title) starting at ``k``."""
    parsed = parse_name(toks, k)
    if parsed and (parsed[0].given or parsed[0].honorific):
        return parsed
    return None


def _named_before(text: str, tok: Token) -> PersonMention | None:
    """The token as the family name of a person named in full earlier in the text."""
    family = tok.text
    if not is_family_name_after_given(family) or is_given_name(family) or family in STOP_CAP:
        return None
    lo = max(0, tok.start - 3000)  # named in the text shortly before
    for m in re.finditer(
        rf"(?<![\w-])([A-ZÄÖÜ][\w-]+)\s+{re.escape(family)}(?![\w-])", text[lo : tok.start]
    ):
        if is_given_name(m.group(1)):
            return PersonMention(family, None, tok.start, tok.end)
    return None


def _name_after_apposition(
    toks: list[Token], k: int, limit: int = 5
) -> tuple[PersonMention, int] | None:
    """``die heutige Bundestagsabgeordnete X``, ``der Jurist X``: a name after an article,
    adjectives and one descriptive noun."""
    n = len(toks)
    for j in range(k, min(n, k + limit + 4)):
        t = toks[j].text
        if t == "," and j > k and toks[k].text in _ARTICLE:
            # "der bisherige Landrat des Kreises, Matthias X.": the name closes the clause
            found = full_name_at(toks, j + 1)
            if found and (found[1] >= n or toks[found[1]].text in _STOP_PUNCT):
                return found
            return None
        if t in _STOP_PUNCT or t == "," or t in {"und", "oder"} or j > k + limit:
            return None
        found = full_name_at(toks, j)
        if found:
            return found
        if role_class(t):
            return None  # another role: the main scan reads it
    return None


_STOPS = frozenset({".", "!", "?", ";"})


class _BlockScan:
    """What the role frames ask of one block's tokens again and again, found once: the tokens
    that end a sentence, and from each sentence start the names read left to right (a table of
    10,000 rows without a full stop made both a scan of the whole block per role: issue 16).
    Held for the last block's token list only."""

    __slots__ = ("chains", "stops", "toks")

    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks
        # the full stop of an academic title ("Dr.", "Prof.") ends no sentence
        self.stops = [
            k
            for k, t in enumerate(toks)
            if t.text in _STOPS and not (t.text == "." and k and toks[k - 1].text in TITLES)
        ]
        # sentence start -> [name starts, name ends (token index after), names, next k to read]
        self.chains: dict[int, tuple[list[int], list[int], list[PersonMention], list[int]]] = {}


_SCAN: list[_BlockScan | None] = [None]


def _scan_of(toks: list[Token]) -> _BlockScan:
    scan = _SCAN[0]
    if scan is None or scan.toks is not toks:
        scan = _SCAN[0] = _BlockScan(toks)
    return scan


def _start_of(t: Token) -> int:
    return t.start


def forget_block_scan() -> None:
    """Let go of the last block's scan and its tokens once the blocks are read (a table with
    no blank line is one block: its tokens held 26 MiB per MiB of text through rdf)."""
    _SCAN[0] = None


def _sentence_bounds(toks: list[Token], i: int) -> tuple[int, int]:
    """(the first token of the sentence of token ``i``, the index of the token that ends it,
    or ``len(toks)``)."""
    stops = _scan_of(toks).stops
    at = bisect.bisect_left(stops, i)
    return (stops[at - 1] + 1 if at else 0), (stops[at] if at < len(stops) else len(toks))


def _last_name_in(toks: list[Token], lo: int, hi: int) -> tuple[int, PersonMention] | None:
    """The last of :func:`_names_in` ``(toks, lo, hi)`` (a copy of its name), without reading
    the names from ``lo`` again for every ``hi``: the names read left to right from ``lo`` are
    kept, and only the few tokens of a name that crosses ``hi`` are read again."""
    if hi <= lo:
        return None
    chains = _scan_of(toks).chains
    if lo not in chains:
        chains[lo] = ([], [], [], [lo])
    starts, ends, people, reached = chains[lo]
    k = reached[0]
    while k < hi:  # read on as far as this question needs
        found = full_name_at(toks, k)
        if found:
            starts.append(k)
            ends.append(found[1])
            people.append(found[0])
            k = found[1]
        else:
            k += 1
    reached[0] = k
    c = bisect.bisect_left(starts, hi) - 1  # the last name that starts before hi
    if c < 0:
        return None
    if ends[c] <= hi:
        return starts[c], dataclasses.replace(people[c])
    # it runs past hi: _names_in skips it and reads on from its second token
    tail = _names_in(toks, starts[c] + 1, hi)
    if tail:
        return tail[-1]
    return (starts[c - 1], dataclasses.replace(people[c - 1])) if c else None


def _names_in(toks: list[Token], lo: int, hi: int) -> list[tuple[int, PersonMention]]:
    out = []
    k = lo
    while k < hi:
        found = full_name_at(toks, k)
        if found and found[1] <= hi:
            out.append((k, found[0]))
            k = found[1]
        else:
            k += 1
    return out


def _complement_end(toks: list[Token], i: int, text: str | None = None) -> int:
    from intgraph.extract.persons import _scan_complement

    return _scan_complement(toks, i, text)


def _land_of(phrase: str, role_token: str) -> tuple[str | None, bool]:
    from intgraph.extract.persons import _land_of as land_of

    return land_of(phrase, role_token)


def _capitalised_roles(
    toks: list[Token], roles: Sequence[int], index: TextIndex
) -> Iterator[tuple[int, str]]:
    """The role nouns among ``roles`` that readers of a role phrase start from: a role class,
    written with a capital (not the adjective "ministerielle"), outside clutter. Yields the
    token's position and its class."""
    for i in roles:
        tok = toks[i]
        cls = role_class(tok.text)
        if cls is None or not tok.text[:1].isupper() or index.is_clutter(tok.start):
            continue
        yield i, cls


def _role_left(toks: list[Token], i: int) -> int:
    from intgraph.extract.persons import _role_phrase_left

    return _role_phrase_left(toks, i)


# nouns of appointing: "nach der Ernennung von X zum neuen Staatssekretär", "die Wahl von Y
# zur Ministerpräsidentin", "mit der Berufung von Z zur Landesbeauftragten"; a nomination is
# a proposal, and holds no office yet ("nach der Nominierung von X zur Ministerin")
_APPOINTMENT_NOUNS = frozenset(
    {"Ernennung", "Berufung", "Vereidigung", "Wahl", "Bestellung", "Wiederwahl"}
)


def nominal_appointments(
    index: TextIndex, toks: list[Token], roles: list[int], taken: set[tuple[int, str]]
) -> list[OfficeMention]:
    """An appointment told as a noun: the noun, ``von`` and the name (its genitive object),
    ``zum``/``zur``, adjectives (``neuen``), the role and its complement."""
    out: list[OfficeMention] = []
    role_set = set(roles)
    for k, t in enumerate(toks[:-4]):
        if t.text not in _APPOINTMENT_NOUNS or toks[k + 1].text != "von":
            continue
        found = full_name_at(toks, k + 2)
        if found is None:
            continue
        person, j = found
        if j >= len(toks) or toks[j].text not in {"zum", "zur"}:
            continue
        r = j + 1
        while r < len(toks) and r - j <= 3 and _ADJECTIVE.match(toks[r].text):
            r += 1
        if r not in role_set or not toks[r].text[:1].isupper():
            continue
        made = _claim(index, person, toks, r, (r, _complement_end(toks, r, index.text)), taken)
        if made is not None:
            out.append(made)
    return out


def role_candidates(text: str, toks: list[Token]) -> list[int]:
    """Indices of the tokens that may be role nouns (found by one search over the block's
    text, not by a test on every token)."""
    if not toks:
        return []
    out: list[int] = []
    for m in _ROLE_HINT.finditer(text, toks[0].start, toks[-1].end):
        i = bisect.bisect_right(toks, m.start(), key=lambda t: t.start) - 1
        if i >= 0 and toks[i].end > m.start() and (not out or out[-1] != i):
            out.append(i)
    return out


# conjunctions that open a subordinate clause with its finite verb last
_SUBORDINATORS = frozenset(
    "als weil da seit seitdem nachdem bevor während dass solange obwohl".split()
)
_COPULA_OFFICES_RX1 = re.compile(r"(?i)^(?:stellvertret|vorgänger|nachfolger)")
_COPULA_OFFICES_RX2 = re.compile(r"\b(?:ist|wird|wurde|war|bleibt|hat|soll)\b")


def copula_offices(
    index: TextIndex, toks: list[Token], taken: set[tuple[int, str]], roles: list[int]
) -> list[OfficeMention]:
    """``Neuer Staatssekretär ist der Jurist X``; ``X ist neue Integrationsbeauftragte``;
    ``X wurde als neuer Sozialminister vereidigt``."""
    text = index.text
    out: list[OfficeMention] = []
    n = len(toks)
    for i, cls in _capitalised_roles(toks, roles, index):
        tok = toks[i]
        prev = toks[i - 1].text if i else ""
        if prev and _COPULA_OFFICES_RX1.match(prev):
            continue
        left = _role_left(toks, i)
        c_end = _complement_end(toks, i, index.text)
        if full_name_at(toks, i + 1):
            continue  # role → name: the main scan
        lo, hi = _sentence_bounds(toks, i)
        phrase_text = text[toks[left].start : toks[c_end - 1].end]
        land, federal = _land_of(phrase_text, tok.text)
        found: PersonMention | None = None
        # (1) the role opens the clause, the copula follows, the name is the predicate
        j = left
        while j > lo and (
            _NEW.match(toks[j - 1].text) or toks[j - 1].text in _ARTICLE | {"Zur", "Zum"}
        ):
            j -= 1
        if j == lo and c_end < hi and toks[c_end].text in _COPULA:
            hit = _name_after_apposition(toks, c_end + 1)
            if hit:
                found = hit[0]
        # (2) the name is the subject: "X ist (seit 2020) neue ROLE", "X wurde als neuer ROLE vereidigt"
        if found is None:
            j = left - 1
            while j > lo and (
                _NEW.match(toks[j].text)
                or toks[j].text in _ARTICLE
                or toks[j].text.isdigit()
                or toks[j].text in {"seit", "neu", "zugleich", "gleichzeitig", "auch"}
                # "X war damals Ministerpräsident", "X ist inzwischen Staatssekretärin"
                or toks[j].text in TIME_ADVERBS
                or toks[j].text in _MONTHS  # "X ist seit Juni 2025 Ministerin"
                # "X war von 2014 bis 2019 Ministerin"
                or (toks[j].text in {"von", "bis", "ab", "zwischen"} and toks[j + 1].text.isdigit())
                or (toks[j].text == "und" and toks[j - 1].text.isdigit())
                or (_ADJECTIVE.match(toks[j].text) and toks[j].text not in _COPULA)
                # "X ist in Erfurt Minister für …": the seat of the office
                or (toks[j].text in {"in", "aus"} and capital_land(f"in {toks[j + 1].text}"))
                or (toks[j - 1].text in {"in", "aus"} and capital_land(f"in {toks[j].text}"))
            ):
                j -= 1
            # verb second: "Seit Montag ist X neue ROLE"
            # (of the names up to token j only the last can end at j)
            last = _last_name_in(toks, lo, j + 1)
            if (
                last
                and last[0] > lo
                and toks[last[0] - 1].text in _COPULA
                and last[1].end == toks[j].end
            ):
                found = last[1]
            # "als ROLE", "zur ROLE ernannt", "das Amt der ROLE"
            als = (
                j >= lo
                and (
                    toks[j].text in {"als", "zur", "zum", "Als", "Zur", "Zum"}
                    or (toks[j].text in _POST and toks[j + 1].text in {"der", "des"})
                )
                and not (j > lo and PREDECESSOR.match(toks[j - 1].text))
            )
            copula = j >= lo and toks[j].text in _COPULA
            if found is None and als and j == lo and toks[j].text in {"Als", "als"}:
                # fronted: "Als zuständige Ministerin hat Katja Meier … übernommen"
                for k in range(c_end, min(hi, c_end + 5)):
                    hit = full_name_at(toks, k)
                    if hit:
                        found = hit[0]
                        break
            if found is None and (als or copula):
                last = _last_name_in(toks, lo, j)
                if last:
                    k, p = last
                    if als:
                        tail = text[tok.end : toks[min(hi, n - 1)].end]
                        between = text[p.end : toks[j].start]
                        ok = bool(
                            _PERSONAL_VERB.search(tail)
                            or _PERSONAL_VERB.search(between)
                            # "Kommissarisch amtiert seit Montag X als …beauftragter"
                            or _ACTING_VERB.search(text, toks[lo].start, p.start)
                            or _COPULA_OFFICES_RX2.search(between)
                            # "Das Kabinett ernannte X zur …": the appointing verb second
                            or (
                                toks[j].text in {"zur", "zum"}
                                and _PERSONAL_VERB.search(text, toks[lo].start, p.start)
                            )
                        )
                    else:
                        ok = (
                            toks[k - 1].text not in {"von", "mit", "für", "an", "bei"}
                            if k
                            else True
                        )
                    if ok:
                        found = p
            if (
                found is None
                and not als
                and not copula
                and c_end < hi
                and toks[c_end].text in _COPULA
                and (c_end + 1 >= hi or toks[c_end + 1].text in {",", "und", "oder", "–", ")"})
            ):
                # verb last in a subordinate clause: "Als X noch Ministerpräsident war, …",
                # "…, weil X damals Staatssekretärin war": the subject right after the
                # subordinator, the role before the copula that ends the clause
                last = _last_name_in(toks, lo, j + 1)
                if (
                    last
                    and last[1].end == toks[j].end
                    and last[0] > 0
                    and toks[last[0] - 1].text.lower() in _SUBORDINATORS
                ):
                    found = last[1]
            if found is None and copula and j - 1 == lo:
                # "Schmiedeknecht ist Minister für …": a family name alone as the subject, of
                # a person the text has named in full before
                found = _named_before(text, toks[lo])
            if found is None:
                found = _named_after_pronoun(text, toks, lo, hi, c_end, tok.text)
        if found is None or (found.start, cls) in taken:
            continue
        if land is None and found.end < toks[left].start:
            # "X ist in Erfurt Minister für …": the seat between the subject and the role
            land = capital_land(text[found.end : toks[left].start])
        taken.add((found.start, cls))
        out.append(_office_at(index, found, toks, left, tok, c_end, cls, land, federal))
    return out


# an epithet a news story refers back to a person by: the age ("der 51-Jährige", "die
# 44-jährige"), nominalised
_AGE_EPITHET = re.compile(r"^\d{2}-[Jj]ährige[rn]?$")


# a member of a party or a politician of a field, by the noun's head ("die Grünen-Politikerin",
# "der Sozialdemokrat", "die CDU-Frau", "der Liberale")
_PARTY_EPITHET = re.compile(
    r"(?:(?:[a-zäöü]p|-P)olitiker(?:in)?|(?:Sozial|Christ)demokrat(?:in)?|Liberale[rn]?"
    r"|^[A-ZÄÖÜ]{2,}[a-z]?-(?:Mann|Frau))$"
)


def _is_epithet(word: str) -> bool:
    """A noun a news story refers back to a named person by, other than a role: the age
    (``51-Jährige``), a party or field politician (``Grünen-Politikerin``, ``Sozialdemokrat``)."""
    return bool(_AGE_EPITHET.match(word) or (not role_class(word) and _PARTY_EPITHET.search(word)))


def _epithet_gender(article: str, noun: str) -> bool | None:
    """True for a woman, False for a man, as the nominative article and the epithet agree
    (``die 44-Jährige``, ``die Grünen-Politikerin``, ``der Sozialdemokrat``); None for an oblique
    case (``dem 51-Jährigen``) or a mismatch."""
    if noun.endswith(("in", "-Frau")):
        return True if article == "die" else None
    if noun.endswith("e"):
        return {"der": False, "die": True}.get(article)
    return False if article == "der" and not noun.endswith("en") else None


def epithet_copula_offices(
    index: TextIndex, toks: list[Token], taken: set[tuple[int, str]], roles: list[int]
) -> list[OfficeMention]:
    """``Wer mit Jörn X spricht, merkt …: Seit dem 1. Februar ist der 51-Jährige Staatssekretär
    im …``: an age epithet in the nominative (``der 51-Jährige``, ``die 44-Jährige``) as the
    subject of a copula before a role noun, after the copula (verb second) or opening the
    clause before it (``Die 44-Jährige ist seit Mai …``), refers to the person named last
    before it, in its sentence or the one before, whose gender agrees with the article, the
    role noun and the given name. No office where the role has a name after it."""
    text = index.text
    out: list[OfficeMention] = []
    for i, cls in _capitalised_roles(toks, roles, index):
        tok = toks[i]
        if full_name_at(toks, i + 1):
            continue
        lo, _ = _sentence_bounds(toks, i)
        left = _role_left(toks, i)
        j = left - 1
        while j > lo and (
            toks[j].text in TIME_ADVERBS
            or toks[j].text in {"seit", "neu", "zugleich", "auch", "dort", "nun"}
            or toks[j].text.isdigit()
            or toks[j].text in _MONTHS
            or (_ADJECTIVE.match(toks[j].text) and toks[j].text not in _COPULA)
        ):
            j -= 1
        epithet: int | None = None
        if j - 2 >= lo and _is_epithet(toks[j].text) and toks[j - 2].text in _COPULA:
            epithet = j  # "… ist der 51-Jährige Staatssekretär"
        elif toks[j].text in _COPULA and j - 2 == lo and _is_epithet(toks[j - 1].text):
            epithet = j - 1  # "Der 51-Jährige ist Staatssekretär", "Die Grünen-Politikerin ist …"
        if epithet is None:
            continue
        female = _epithet_gender(toks[epithet - 1].text.lower(), toks[epithet].text)
        if female is None:
            continue  # "den/dem 51-Jährigen": no subject
        if _noun_gender(tok.text) is (not female):
            continue
        # the person named last in the two sentences before, in the paragraph ("X hat es eilig.
        # Kaum ist … vorbei, steht … an. Die Grünen-Politikerin ist seit Januar Ministerin …")
        block = index.block_at(toks[lo].start)
        last = None
        s_lo: tuple[int, int] | None = (toks[lo].start, toks[lo].start)
        for _ in range(2):
            s_lo = index.sentence_before(s_lo[0]) if s_lo else None
            if s_lo is None or (block is not None and s_lo[0] < block[0]):
                break
            first = bisect.bisect_left(toks, s_lo[0], key=lambda t: t.start)
            last = _last_name_in(toks, first, epithet - 1)
            if last is not None:
                break
        if last is None and s_lo is None:
            last = _last_name_in(toks, lo, epithet - 1)
        if last is None:
            continue
        person = last[1]
        g = given_name_gender(person.given.split()[0]) if person.given else None
        if g is not None and g != female:
            continue
        if (person.start, cls) in taken:
            continue
        taken.add((person.start, cls))
        c_end = _complement_end(toks, i)
        land, federal = _land_of(text[toks[left].start : toks[c_end - 1].end], tok.text)
        out.append(_office_at(index, person, toks, left, tok, c_end, cls, land, federal))
    return out


# the verb that closes a relative clause giving its antecedent an office: a copula ("…, der
# seit Mai Staatssekretär ist"), or after "als ROLE" one of holding or being in charge ("…, die
# als Ministerin für Integration zuständig ist", "…, der als Beauftragter amtiert"); not one of
# working or moving ("…, der künftig als Staatssekretär arbeitet": a post to come, and staff
# "arbeiten als Referentin")
_RELATIVE_COPULA = frozenset({"ist", "war", "sei", "bleibt", "blieb"})
_RELATIVE_AS_VERB = frozenset("ist war sei amtiert amtierte fungiert fungierte".split())
_RELATIVE_AS_PREDICATE = frozenset({"zuständig", "tätig", "verantwortlich", "im"})


def relative_clause_offices(
    index: TextIndex, toks: list[Token], taken: set[tuple[int, str]], roles: list[int]
) -> list[OfficeMention]:
    """``X, der seit dem Frühjahr als Staatssekretär im Kieler Sozialministerium für
    Integration zuständig ist, …``; ``Y, die seit 2022 Integrationsbeauftragte des Landes ist,
    …``: a relative clause right after a full name, its pronoun agreeing with the name, whose
    role noun is its predicate (bare, or after ``als``) and whose verb closes it (a copula; after
    ``als`` also ``zuständig ist``, ``amtiert``, ``fungiert``). Not a role with an article (an
    object: ``…, die den Minister berät``), one with its own holder's name, a negated clause."""
    out: list[OfficeMention] = []
    n = len(toks)
    for i, _cls in _capitalised_roles(toks, roles, index):
        tok = toks[i]
        if full_name_at(toks, i + 1):
            continue
        left = _role_left(toks, i)
        # back from the role phrase to ", der|die" over at most eight words of the clause
        rel = None
        for j in range(left - 1, max(-1, left - 10), -1):
            t = toks[j].text
            if t in _STOPS or t in {",", ":", "(", ")", "–"}:
                break
            if t in {"der", "die"} and j > 0 and toks[j - 1].text == ",":
                rel = j
                break
        if rel is None or rel < 2:
            continue
        before = toks[left - 1].text
        als = before == "als"
        if not als and (before in _ARTICLE or before in _DETERMINERS or before in _NEGATION):
            continue  # "…, die den Minister berät": the role is an object
        c_end = _complement_end(toks, i, index.text)
        e = c_end
        while e < n and e - c_end < 4 and toks[e].text not in _STOPS | {",", "–", ")", ":"}:
            e += 1
        if e == c_end or (e < n and toks[e].text not in _STOPS | {",", "–", ")"}):
            continue
        verb = toks[e - 1].text
        middle = {t.text for t in toks[c_end : e - 1]}
        if als:
            if verb not in _RELATIVE_AS_VERB or not middle <= _RELATIVE_AS_PREDICATE:
                continue
        elif verb not in _RELATIVE_COPULA or middle:
            continue
        if any(t.text in _NEGATION for t in toks[rel + 1 : e]):
            continue
        found = _last_name_in(toks, max(0, rel - 6), rel - 1)
        if found is None or found[1].end != toks[rel - 2].end:
            continue
        person = found[1]
        female = toks[rel].text == "die"
        if _noun_gender(tok.text) is (not female):
            continue
        g = given_name_gender(person.given.split()[0]) if person.given else None
        if g is not None and g != female:
            continue
        made = _claim(index, person, toks, i, (left, c_end), taken)
        if made is not None:
            out.append(made)
    return out


def _named_after_pronoun(
    text: str, toks: list[Token], lo: int, hi: int, c_end: int, role: str
) -> PersonMention | None:
    """``Sie war sechs Jahre lang Integrationsbeauftragte des Landes – nun geht X in den
    Ruhestand``, ``Sie ist Ministerin und zugleich Beauftragte: X über ihre Doppelrolle``: a
    pronoun opening the sentence as the subject of a copula points forward to the person the
    sentence names after a dash or a colon (the pronoun agreeing with the role's gender and
    the given name's); not a speaker after the dash (``Er ist Minister – sagt X``)."""
    if hi - lo < 4:
        return None
    if toks[lo].text in ("Sie", "Er") and toks[lo + 1].text in _COPULA:
        pronoun = toks[lo].text
    elif (
        toks[lo].text.lower() in TIME_ADVERBS
        and toks[lo + 1].text in _COPULA
        and toks[lo + 2].text in ("sie", "er")
    ):
        pronoun = toks[lo + 2].text.capitalize()  # "Früher war sie …, heute …"
    else:
        return None
    feminine = role.endswith(("in", "te"))
    if (pronoun == "Sie") != feminine:
        return None
    for k in range(c_end, hi):
        # "Früher war sie Integrationsbeauftragte, heute kritisiert X …": a second main clause
        # set against the first by a time adverb
        contrast = (
            toks[k].text == ","
            and k + 1 < hi
            and toks[k + 1].text in TIME_ADVERBS
            and toks[lo].text.lower() in TIME_ADVERBS
        )
        if toks[k].text in (":", "–", "—", "-") or contrast:
            for m in range(k + 1, min(hi, k + 6)):
                hit = full_name_at(toks, m)
                if hit:
                    person = hit[0]
                    female = given_name_gender((person.given or "").split(" ")[0])
                    if female is not None and female != feminine:
                        return None  # "Er war Minister – nun kommt Anna X": another person
                    if not contrast and SPEECH_PREDICATE.search(text, toks[k].end, person.start):
                        return None
                    return person
            return None
        if toks[k].text in (",", ";") or toks[k].text in _COPULA:
            return None  # another clause before the name
    return None


_PREDECESSOR_OFFICES_RX1 = re.compile(r"orgänger|achfolger")


def predecessor_offices(
    index: TextIndex, toks: list[Token], known: list[OfficeMention], taken: set[tuple[int, str]]
) -> list[OfficeMention]:
    """``ihre Vorgängerin im Amt, die heutige Abgeordnete X``; ``Nachfolgerin wird X``: the
    former (or next) holder of the office of the person the possessive refers to.

    (``Vorgängerin als hessische Ausländerbeauftragte, X`` names the office itself and is read
    by the main scan.)"""
    text = index.text
    out: list[OfficeMention] = []
    n = len(toks)
    if not toks or not _PREDECESSOR_OFFICES_RX1.search(text[toks[0].start : toks[-1].end]):
        return out
    for i, tok in enumerate(toks):
        if not PREDECESSOR.match(tok.text) or index.is_clutter(tok.start):
            continue
        k = i + 1
        if k < n and toks[k].text == "als":
            continue  # the office is named: main scan
        if k + 1 < n and toks[k].text == "im" and toks[k + 1].text == "Amt":
            k += 2
        named = None  # "Nachfolgerin von Staatssekretärin X wird Y": X's office
        if k + 1 < n and toks[k].text == "von":
            j = k + 1
            while j < n and j - k < 5 and not full_name_at(toks, j):
                j += 1
            hit = full_name_at(toks, j) if j < n else None
            if hit:
                named, k = hit[0], hit[1]
        if (k < n and toks[k].text == ",") or (k < n and toks[k].text in _COPULA):
            k += 1
        elif not (i and toks[i - 1].text.lower() in _POSSESSIVES and full_name_at(toks, k)):
            # (a close apposition after a possessive, "sein Amtsvorgänger Ulrich X", reads on)
            out.extend(_predecessors_listed(index, toks, i, k, known, taken))
            continue
        hit = _name_after_apposition(toks, k)
        if not hit:
            # "ihr Amtsvorgänger, Ex-Integrationsminister X": a role of its own in the
            # apposition, read by the main scan (its Land is the office's, below)
            # (its phrase may open after an article and an adjective: "der frühere …")
            hi = toks[min(n - 1, k + 2)].start if k < n else -1
            appo = next(
                (
                    o
                    for o in known
                    if k < n and toks[k].start <= (o.phrase or (o.evidence.start,))[0] <= hi
                ),
                None,
            )
            if appo is None:
                continue
            hit = (appo.person, k)
        own_role = hit[1] == k  # (the apposition's own role: no office of the referent's)
        person = hit[0]
        # the office of the person the possessive (or the text just before) refers to
        poss = toks[i - 1].text.lower() if i else ""
        female = (
            True
            if poss in {"ihre", "ihrer", "ihr", "deren"}
            else False
            if poss in {"seine", "seiner", "sein", "dessen"}
            else None
        )
        if poss in {"ihr"} and tok.text.endswith("in"):
            female = None  # "ihr Nachfolger"? ambiguous with "Ihr" (plural/formal)
        ante = None
        if named is not None:
            ante = next((o for o in known if o.person.start == named.start), None)
            if ante is None:
                continue
        for o in sorted(known, key=lambda o: o.evidence.start, reverse=True):
            if ante is not None:
                break
            if o.evidence.start >= tok.start or o.person.family == person.family:
                continue
            if o.evidence.start < tok.start - 2000:
                break  # too far back to be what the possessive refers to
            g = given_name_gender(o.person.given.split()[0]) if o.person.given else None
            if female is None or g is None or g == female:
                ante = o
                break
        if ante is None:
            continue
        if (person.start, ante.role_class) in taken:
            # "ihr Amtsvorgänger, Ex-Integrationsminister X": the apposition read X's office
            # without a Land; the predecessor held it in the Land of the office succeeded to
            if ante.land and not ante.federal:
                for o in known:
                    if (
                        o.person.start == person.start
                        and o.role_class == ante.role_class
                        and o.land is None
                        and not o.federal
                    ):
                        o.land = ante.land
            continue
        if own_role:
            continue
        in_office = " im Amt" if text[tok.end : tok.end + 8].startswith(" im Amt") else ""
        label = f"{tok.text}{in_office} ({ante.role_text})"
        people = [person]
        e = hit[1]
        if tok.text.endswith(("innen", "er", "en")) and not tok.text.endswith("in"):
            # a plural noun: "ihre Vorgängerinnen im Amt, A und B"
            while e + 1 < n and toks[e].text in {",", "und", "sowie"}:
                more = full_name_at(toks, e + 1)
                if not more:
                    break
                people.append(more[0])
                e = more[1]
        for person in people:
            if (person.start, ante.role_class) in taken:
                continue
            taken.add((person.start, ante.role_class))
            out.append(_former_holder(index, person, tok, label, ante))
    return out


# a person's affiliation after the name: "A vom Verein Brücke", "B von der Caritas"
_AFFILIATION = re.compile(
    r"\s+(?:vom|von\s+der|von\s+den|aus\s+dem|aus\s+der|beim|bei\s+der)\s+[A-ZÄÖÜ]"
)

# (the relative possessives "dessen" and "deren" refer back like "sein" and "ihr": "nach der
# Ernennung von X zum Staatssekretär hat sich dessen Vorgänger Y verabschiedet")
_POSSESSIVES = frozenset(
    {"sein", "seine", "seiner", "seinen", "ihr", "ihre", "ihrer", "ihren", "dessen", "deren"}
)

# "X folgt (im Amt) auf Y", "X tritt die Nachfolge von Y an": Y held X's office
_SUCCESSION = re.compile(
    r"\b(?:folgt|folgte|folgen)\s+(?:[a-zäöü]+\s+){0,2}?(?:im\s+Amt\s+)?auf\s+"
    r"|\b(?:tritt|trat)\s+(?:[a-zäöü]+\s+){0,2}?die\s+Nachfolge\s+(?:von\s+)?"
    # the separable "ablösen", its particle after the object: "Er löst (nun) X ab"
    r"|\b(?P<ablösen>löst|löste|lösen|lösten)\s+(?:[a-zäöü]+\s+){0,2}?"
)
# the particle of "ablösen" after its object, closing the clause: "… X ab, die …", "… X ab."
_PARTICLE_AB = re.compile(r"[ \t]+(?:[a-zäöü]+[ \t]+){0,3}?ab(?=[ \t]*[,.;:!?]|[ \t]+und\b)")


_SUCCESSION_OFFICES_RX1 = re.compile(r"\s+als\s+(?:[a-zäöü]+\s+)*([A-ZÄÖÜ][\w-]*)")


def succession_offices(
    index: TextIndex, toks: list[Token], known: list[OfficeMention], taken: set[tuple[int, str]]
) -> list[OfficeMention]:
    """``Von der Heyde folgt auf Sigrid Pfannmüller``: the person named after the succession
    verb held the office of its subject, a holder the text has named (by family name)."""
    text = index.text
    out: list[OfficeMention] = []
    if not toks or not _SUCCESSION.search(text, toks[0].start, toks[-1].end):
        return out  # (the look-ups below cover every office so far: only where they are needed)
    by_family: dict[str, list[OfficeMention]] = {}  # the offices by the last word of the name
    for o in known:
        by_family.setdefault(o.person.family.split()[-1], []).append(o)
    # persons named with a role of their own before the name ("folgt auf Ministerin X"); an
    # office read after the name ("X ab, die nun als Staatssekretärin wechselt") is a new one
    holder_starts = {o.person.start for o in known if o.evidence.start < o.person.start}
    starts = [t.start for t in toks]
    for m in _SUCCESSION.finditer(text, toks[0].start, toks[-1].end):
        k = bisect.bisect_left(starts, m.end())
        if k >= len(toks) or toks[k].start != m.end():
            continue
        found = full_name_at(toks, k)
        if not found:
            continue
        person, tok = found[0], toks[k]
        if m.group("ablösen") and not _PARTICLE_AB.match(text, person.end):
            continue  # "löst Probleme", "löste X eine Debatte aus": no succession
        lo, _ = _sentence_bounds(toks, k)
        subject = text[max(toks[lo].start, m.start() - 60) : m.start()].split()
        family = subject[-1] if subject and subject[-1][:1].isupper() else ""
        ante = next(
            (
                o
                for o in by_family.get(family, ())
                if o.person.family != person.family and o.evidence.start < tok.start
            ),
            None,
        )
        if ante is None and family in {"Er", "Sie"} and len(subject) == 1:
            # the pronoun opens the sentence: "Er folgt auf X" (the holder named before)
            ante = _pronoun_antecedent(known, toks, lo, person, female=family == "Sie")
        if ante is None or (person.start, ante.role_class) in taken:
            continue
        if person.start in holder_starts:
            continue
        als = _SUCCESSION_OFFICES_RX1.match(text[person.end : person.end + 80])
        if als and role_class(als.group(1)) != ante.role_class:
            continue  # "… folgt auf Y als Vorsitzende der Konferenz": another function
        taken.add((person.start, ante.role_class))
        out.append(_former_holder(index, person, tok, f"Vorgänger ({ante.role_text})", ante))
    return out


def _pronoun_antecedent(
    known: list[OfficeMention], toks: list[Token], lo: int, person: PersonMention, *, female: bool
) -> OfficeMention | None:
    """The holder that a subject pronoun opening the sentence at token ``lo`` (``Er folgt auf
    X``) refers to: the nearest person of agreeing gender named in the sentence before (any
    person: ``… sprach mit der Bürgermeisterin, Y. Sie folgt auf X`` is Y, who holds no office
    here, so nobody); where that sentence names nobody, the last holder named before (not X),
    if the given name agrees with the pronoun's gender."""
    pos = toks[lo].start
    if lo > 0:
        prev_lo, _ = _sentence_bounds(toks, lo - 1)
        for _, p in reversed(_names_in(toks, max(prev_lo, lo - 60), lo)):
            if p.family == person.family:
                continue
            if (given_name_gender(p.given.split()[0]) if p.given else None) != female:
                continue
            return next(
                (
                    o
                    for o in sorted(known, key=lambda o: o.evidence.start, reverse=True)
                    if o.person.family == p.family and o.evidence.start < pos
                ),
                None,
            )
    for o in sorted(known, key=lambda o: o.evidence.start, reverse=True):
        if o.evidence.start >= pos or o.person.family == person.family:
            continue
        g = given_name_gender(o.person.given.split()[0]) if o.person.given else None
        return o if g == female else None
    return None


_PARTY = re.compile(
    r"\s*\((?:CDU|CSU|SPD|FDP|Grüne|Bündnis\s+90/Die\s+Grünen|Die\s+Linke|Linke|AfD|BSW|SSW|Freie\s+Wähler|FW)\)"
)
_APPOINTED = re.compile(
    r"\b(?:ernannte|ernannt|berief|berufen|vereidigt|vereidigte|gewählt|wählte)\b"
)
_OWNER_POSSESSIVES = frozenset(
    {"ihres", "seines", "ihren", "seinen", "ihrem", "seinem", "ihre", "seine", "ihrer", "seiner"}
)


def _head_of_government_before(known: list[OfficeMention], toks: list[Token], i: int) -> bool:
    """A head of government's office (``Ministerpräsidentin X``) stands in the sentence of
    token ``i`` before it: a possessive there refers to that person's cabinet."""
    lo, _ = _sentence_bounds(toks, i)
    start, end = toks[lo].start, toks[i].start
    return any(o.role_class == "Regierungschef" and start <= o.evidence.start < end for o in known)


_UNNAMED_OPENING = frozenset(
    {"Der", "Die", "der", "die", "eine", "einen", "ein", "neue", "neuen", "neuer"}
)


def _add_if_agreeing(
    out: list[OfficeMention],
    taken: set[tuple[int, str]],
    index: TextIndex,
    toks: list[Token],
    tok: Token,
    person: PersonMention,
    left: int,
    c_end: int,
    cls: str,
    female: bool | None,
) -> None:
    """Add the office of the role phrase ``toks[left:c_end]`` (its role noun ``tok``) to
    ``person`` when the phrase's gender (``female``; None: not known) agrees with the
    person's given name."""
    g = given_name_gender(person.given.split()[0]) if person.given else None
    if female is None or g is None or g != female:
        return
    text = index.text
    land, federal = _land_of(text[toks[left].start : toks[c_end - 1].end], tok.text)
    taken.add((person.start, cls))
    out.append(_office_at(index, person, toks, left, tok, c_end, cls, land, federal))


def dislocated_appositions(
    index: TextIndex,
    toks: list[Token],
    roles: list[int],
    taken: set[tuple[int, str]],
) -> list[OfficeMention]:
    """``… hat das Gutachten an Staatsministerin X übergeben, die Beauftragte der
    Bundesregierung für Migration, Flüchtlinge und Integration.``: an apposition moved behind
    the verb to the end of the sentence (a comma, ``der``/``die``, the role and its complement,
    then the sentence ends, so no relative clause) describes the last person the sentence named
    before it, agreeing in gender with the article."""
    out: list[OfficeMention] = []
    for i in roles:
        tok = toks[i]
        cls = role_class(tok.text)
        if cls is None or i < 3 or not tok.text[0].isupper() or index.is_clutter(tok.start):
            continue
        article = toks[i - 1].text
        if article not in {"der", "die"} or toks[i - 2].text != ",":
            continue
        lo, hi = _sentence_bounds(toks, i)
        c_end = _complement_end(toks, i, index.text)
        if c_end != hi or hi >= len(toks) or toks[hi].text not in {".", "!"}:
            continue  # a relative clause or more of the sentence follows
        if cls == "Beauftragte" and not _BEAUFTRAGTE_BODY.match(index.text, tok.end):
            continue  # a bare "die Beauftragte" needs its body or remit
        last = _last_name_in(toks, lo, i - 2)
        if last is None or last[1].given is None or last[1].end == toks[i - 3].end:
            continue  # no antecedent, or the name right before: the main scan's apposition
        person = last[1]
        if (person.start, cls) in taken:
            continue
        female = article == "die" if tok.text.endswith(("e", "in")) else is_female_noun(tok.text)
        _add_if_agreeing(out, taken, index, toks, tok, person, i - 1, c_end, cls, female)
    return out


# the body or remit a bare "Beauftragte" needs: "der Bundesregierung", "des Landes", "für …"
_BEAUFTRAGTE_BODY = re.compile(
    r"\s+(?:für\b|(?:der|des)\s+(?:Bundesregierung|Landesregierung|Staatsregierung|Landes|Senats))"
)


_UNNAMED_ROLE_OFFICES_RX1 = re.compile(r"\s*,\s*[a-zäöüA-ZÄÖÜ]")


def unnamed_role_offices(
    index: TextIndex,
    toks: list[Token],
    roles: list[int],
    known: list[OfficeMention],
    taken: set[tuple[int, str]],
) -> list[OfficeMention]:
    """``Schleswig-Holsteins Integrationsministerin ist … . Aminata X (Grüne) will …``, ``Die
    Landesregierung hat eine neue Ausländerbeauftragte. Das Kabinett ernannte … die Juristin
    X``: a singular role phrase that names nobody, and in the next sentence the first person
    named, who holds no office of the text, is marked as a politician (a party in brackets) or
    appointed (``ernannte``), agrees in gender with the role noun and has no apposition of
    another function."""
    text = index.text
    out: list[OfficeMention] = []
    if not roles:
        return out
    # the offices' spans that can hold a role of this block, sorted (a look-up by bisection),
    # and the family names of all holders so far: built on first use, since they cover every
    # office found so far and most blocks never get that far (linear in the text)
    b_lo, b_hi = toks[0].start, toks[-1].end
    lookup: dict[str, Any] = {}

    def inside(pos: int) -> bool:
        if "starts" not in lookup:
            spans = sorted(
                s
                for o in known
                for s in [o.phrase or (o.evidence.start, o.evidence.end)]
                if s[1] > b_lo and s[0] < b_hi
            )
            lookup["starts"] = [a for a, _ in spans]
            lookup["reach"] = list(itertools.accumulate((b for _, b in spans), max))
        j = bisect.bisect_right(lookup["starts"], pos) - 1
        return j >= 0 and lookup["reach"][j] > pos

    def holds_office(family: str) -> bool:
        if "families" not in lookup:
            lookup["families"] = {o.person.family for o in known}
        return family in lookup["families"]

    for i in roles:
        tok = toks[i]
        cls = role_class(tok.text)
        prev = toks[i - 1].text if i else ""
        if (
            cls is None
            and tok.text.startswith("Bürgermeister")
            and prev in {"Regierende", "Regierender", "Erste", "Erster"}
        ):
            cls = "Regierungschef"
        if cls is None or not tok.text[0].isupper() or tok.text.endswith(("innen", "en")):
            continue
        if index.is_clutter(tok.start):
            continue
        left = _role_left(toks, i)
        if cls == "Regierungschef" and prev.startswith(("Regierende", "Erste")):
            left = min(left, i - 1)
        opener = toks[left - 1].text if left else ""
        genitive_land = left < i and lands_in_phrase(toks[left].text)
        # "ihres Integrationsministers": a member of the cabinet of the head of government
        # the possessive refers to, named before in the sentence
        owned = opener.lower() in _OWNER_POSSESSIVES and _head_of_government_before(known, toks, i)
        if not (
            opener in _UNNAMED_OPENING
            or owned
            or (genitive_land and (left == 0 or toks[left - 1].text in _STOPS))
        ):
            continue
        c_end = _complement_end(toks, i, index.text)
        if c_end < len(toks) and full_name_at(toks, c_end):
            continue  # the name follows: the main scan's
        if inside(tok.start):
            continue  # the role of an office found already
        _, hi = _sentence_bounds(toks, i)
        if hi + 1 >= len(toks):
            continue
        lo2, hi2 = _sentence_bounds(toks, hi + 1)
        names = _names_in(toks, lo2, min(hi2, lo2 + 30))  # the first person, near the start
        if not names:
            continue
        k, person = names[0]
        if holds_office(person.family):
            continue  # the first person named holds an office of their own
        # a function noun before the name without an article ("Fraktionschef X") is the person's
        if (
            k > lo2
            and toks[k - 1].text[:1].isupper()
            and not (k - 1 > lo2 and toks[k - 2].text in _ARTICLE)
        ):
            continue
        after = text[person.end : person.end + 60]
        party = _PARTY.match(after)
        rest = after[party.end() :] if party else after
        if _UNNAMED_ROLE_OFFICES_RX1.match(rest):
            continue  # "X, Sprecherin des Ministeriums, …"
        if not (
            party
            or _APPOINTED.search(text, toks[lo2].start, person.start)
            # "Die Staatssekretärin im Kieler Sozialministerium hat … gezogen. …, sagte X
            # vor dem Ausschuss": the first person of the next sentence speaks for the office,
            # named bare right after the verb of its reporting clause
            or (
                _REPORTING_CLAUSE.search(text, toks[lo2].start, person.start)
                and not _AFFILIATION.match(text, person.end)  # "sagte X vom Flüchtlingsrat"
            )
            or _named_office(
                toks,
                text,
                role=i,
                left=left,
                next_lo=lo2,
                next_hi=hi2,
                at=k,
                person=person,
                owned=owned,
            )
        ):
            continue
        female = is_female_noun(tok.text)
        if tok.text.endswith("e"):  # "die/eine neue Beauftragte", "der Beauftragte"
            article = next(
                (
                    t.text
                    for t in toks[max(0, left - 2) : left][::-1]
                    if t.text in _ARTICLE or t.text in {"eine", "ein"}
                ),
                "",
            )
            female = (
                True
                if article.lower() in {"die", "eine"}
                else False
                if article.lower() == "der"
                else None
            )
        if (person.start, cls) not in taken:
            _add_if_agreeing(out, taken, index, toks, tok, person, left, c_end, cls, female)
    return out


# the end of a reported clause before a bare name: "…, sagte ", "…, erklärte "
_REPORTING_CLAUSE = re.compile(
    r",[ \t]+(?:sagte|sagt|erklärte|erklärt|betonte|betont|berichtete|berichtet|kritisierte"
    r"|kritisiert|warnte|warnt|forderte|fordert|mahnte|mahnt|unterstrich|unterstreicht)"
    r"[ \t]+(?:(?:Dr|Prof)\.[ \t]+)*$"
)
# a clause that gives an office a holder: "hat einen neuen …", "hat … vorgestellt"
_GIVES_OFFICE = re.compile(
    r"\b(?:hat|haben|hatte|bekommt|bekam|bekommen|erhält|erhielt|präsentiert|präsentierte)\b"
)
_INDEFINITE = frozenset({"ein", "eine", "einen", "einer", "Ein", "Eine", "Einen"})


def announced_offices(
    index: TextIndex,
    toks: list[Token],
    roles: list[int],
    known: list[OfficeMention],
    taken: set[tuple[int, str]],
) -> list[OfficeMention]:
    """``Sachsen bekommt eine neue Ausländerbeauftragte: X übernimmt …``; ``Das Kabinett hat
    den neuen Staatssekretär vorgestellt: Y kommt …``: a new (or indefinite) singular role
    phrase that closes a clause giving an office a holder, whose subject is a government body
    (:func:`_government_subject`), then a colon and the holder's name, agreeing in gender."""
    text = index.text
    out: list[OfficeMention] = []
    n = len(toks)
    for i, cls in _capitalised_roles(toks, roles, index):
        tok = toks[i]
        left = _role_left(toks, i)
        det = [t.text for t in toks[max(0, left - 2) : left]]
        if not any(_NEW.match(t) for t in det) and not (det and det[-1] in _INDEFINITE):
            continue
        c_end = _complement_end(toks, i, index.text)
        k = c_end
        while k < n and k - c_end < 3 and toks[k].text[:1].islower():
            k += 1  # the participle closing the clause: "… vorgestellt:"
        if k + 1 >= n or toks[k].text != ":":
            continue
        c_lo = _clause_start(toks, left)
        clause = text[toks[c_lo].start : toks[k].start]
        if not (_GIVES_OFFICE.search(clause) or _PERSONAL_VERB.search(clause)):
            continue  # "Wir brauchen einen neuen Beauftragten: …", "sagte die neue Ministerin:"
        if not _government_subject(toks, c_lo, left):
            continue  # "Der Caritasverband hat einen neuen Beauftragten: …": not a public office
        found = full_name_at(toks, _after_descriptor(toks, k + 1))
        if not found:
            # "…: Das Kabinett ernannte am Dienstag den Juristen X": the sentence after the
            # colon appoints the one person it names
            s_end = k + 1
            while s_end < n and toks[s_end].text not in _STOPS:
                s_end += 1
            named = _names_in(toks, k + 1, s_end)
            after = text[toks[k].end : toks[s_end - 1].end]
            if len(named) == 1 and _PERSONAL_VERB.search(after):
                found = (named[0][1], s_end)
        if not found or (found[0].start, cls) in taken:
            continue
        person = found[0]
        article = next((t for t in reversed(det) if t in _ARTICLE or t in _INDEFINITE), "")
        female = (
            True
            if is_female_noun(tok.text)
            else True
            if article.lower() in {"die", "eine"}
            else False
            if article.lower() in {"der", "den", "ein", "einen"}
            else _adjective_gender(det[-1])
            if not article and det and _NEW.match(det[-1])
            else None
        )
        _add_if_agreeing(out, taken, index, toks, tok, person, left, c_end, cls, female)
    return out


def _adjective_gender(adjective: str) -> bool | None:
    """The gender an adjective's strong ending gives a singular role noun after a genitive
    determiner (``Sachsens neue Beauftragte`` → female; ``Sachsens neuen Beauftragten``,
    ``neuer Beauftragter`` → male)."""
    if adjective.endswith("e"):
        return True
    if adjective.endswith(("en", "er")):
        return False
    return None


def _after_descriptor(toks: list[Token], k: int) -> int:
    """Where the name starts after a describing noun phrase at ``k`` (``Der 44-jährige
    Sozialarbeiter X``, ``die Juristin X``): an article, up to three adjectives, one common
    noun that is no role; ``k`` itself where none stands there."""
    n = len(toks)
    if k >= n or toks[k].text not in _ARTICLE:
        return k
    j = k + 1
    while j < n and j - k <= 3 and (toks[j].text[:1].islower() or toks[j].text[:1].isdigit()):
        j += 1
    if j + 1 < n and is_common_noun(toks[j].text) and not role_class(toks[j].text):
        return j + 1
    return k


def _clause_start(toks: list[Token], i: int) -> int:
    """The first token of the clause that token ``i`` stands in: after the last ``,;:`` or
    sentence end before it, at most 20 tokens back (a bounded look: linear in the text)."""
    j = i
    while j > 0 and i - j < 20 and toks[j - 1].text not in _CLAUSE_STOPS:
        j -= 1
    return j


_CLAUSE_STOPS = frozenset({".", "!", "?", ";", ":", ","})
_GOVERNMENT_ROLES = frozenset({"Minister", "Senator", "Regierungschef"})
_CITY_STATE_HEAD = frozenset({"Erste", "Erster", "Regierende", "Regierender"})


def _government_subject(toks: list[Token], lo: int, hi: int) -> bool:
    """The clause ``toks[lo:hi]`` before an announced office has a government body as its
    subject (the one who appoints): ``das Land``, ``Sachsen``, ``der Senat``, ``die
    Landesregierung``, ``das Kabinett``, a minister or head of government (``Ministerin X hat
    eine neue Staatssekretärin``); a Land's name only as the head of the noun phrase
    (``Sachsen hat``, not ``Die Berliner Caritas hat``)."""
    for j in range(lo, hi):
        w = toks[j].text
        if not w[:1].isupper():
            continue
        if is_government_body(w) or role_class(w) in _GOVERNMENT_ROLES:
            return True
        if w.startswith("Bürgermeister") and j > lo and toks[j - 1].text in _CITY_STATE_HEAD:
            return True  # "Der Erste Bürgermeister X hat … vorgestellt"
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        if lands_in_phrase(w) and not (nxt[:1].isupper() and not lands_in_phrase(nxt)):
            return True
    return False


# the office of the clause's subject: "legt X ihr Amt nieder", "X tritt sein Amt an"
_OWN_OFFICE = re.compile(r"\b(?:ihr|sein)(?:es|em)?[ \t]+Amt(?:es)?\b")
# a pronoun object of the verb: the person of the next sentence acts on the one before
_OBJECT_PRONOUN = re.compile(r"\b(?:ihm|ihn|ihr|sie)\b")


_NAMED_OFFICE_RX1 = re.compile(r"\s*\(")


def _named_office(
    toks: list[Token],
    text: str,
    *,
    role: int,
    left: int,
    next_lo: int,
    next_hi: int,
    at: int,
    person: PersonMention,
    owned: bool = False,
) -> bool:
    """A definite role phrase of one Land's office (``der sächsische Staatssekretär
    für Integration legt den Bericht vor``, ``Die Hamburger Sozialsenatorin tritt zurück``; the role
    token ``toks[role]``, its phrase from ``left``) names its holder in the next sentence
    (``toks[next_lo:next_hi]``) when that sentence opens with the full name ``person`` (at
    token ``at``) as its subject (``X will die Beratung ausbauen``), or has the person give up
    or take up "her/his office" (``… legt X ihr Amt nieder``): the news genre's definite
    description, then the name. Not when the next sentence sets the person against the one
    before (``X kritisiert dagegen``, ``X sieht das anders``), describes the person by
    another body or function (``X (Diakonie)``, ``X vom Flüchtlingsrat``, ``X, Sprecher des
    Vereins``, ``… : Der Abgeordnete der Opposition …``), or the first sentence has the
    office's holder absent (``blieb der Sitzung fern``: the next voice is someone else's)."""
    if not owned:
        if left == 0 or toks[left - 1].text.lower() not in {"der", "die"}:
            return False
        phrase_text = text[toks[left].start : toks[_complement_end(toks, role, text) - 1].end]
        if not lands_in_phrase(phrase_text):
            return False
    if _AFFILIATION.match(text, person.end):
        return False  # "X vom Flüchtlingsrat": described by another body
    end = toks[min(next_hi, len(toks)) - 1].end
    tail = text[person.end : end]
    if _OWN_OFFICE.search(tail):
        return True  # "… legt X ihr Amt nieder"
    if at != next_lo:
        return False
    bracket = _NAMED_OFFICE_RX1.match(tail)
    if bracket and not _PARTY.match(tail):
        return False  # "X (Diakonie) lobte …": a bracket of another body
    if _CONTRAST.search(tail) or _other_function(tail):
        return False
    first = text[toks[left].start : toks[next_lo].start]
    if _ABSENT.search(first):
        return False
    return not _OBJECT_PRONOUN.search(tail)


# a sentence that sets its subject against the one before: "X kritisiert dagegen", "X sieht
# das anders", "X widerspricht"
_CONTRAST = re.compile(
    r"\b(?:dagegen|hingegen|jedoch|aber|indes|allerdings|anders|widerspr\w+|entgegnet\w*"
    r"|kontert\w*)\b"
)
# the person of the next sentence described by a function of another kind: "X, Sprecher des
# Vereins, …", "X sieht das so: Der Abgeordnete der Opposition …"
_OTHER_FUNCTION = re.compile(
    r"^\s*,\s*[a-zäöüA-ZÄÖÜ]|[:;]\s*(?:Der|Die)\s+(?:[a-zäöü]+e[rn]?\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*)"
)


def _other_function(tail: str) -> bool:
    """:data:`_OTHER_FUNCTION`: an apposition right after the name, or a person noun of another
    function taking the name up after a colon (``… : Der Abgeordnete der Opposition …``)."""
    for m in _OTHER_FUNCTION.finditer(tail):
        noun = m.group("noun")
        if noun is None or (PERSON_NOUN.search(noun) and not role_class(noun)):
            return True
    return False


# the office's holder is not there: "blieb der Sitzung fern", "fehlte", "war verhindert"
_ABSENT = re.compile(
    r"\b(?:fern|fehlte|fehlt|abwesend|verhindert|nicht\s+(?:dabei|anwesend|teil))\b"
)


def _former_holder(
    index: TextIndex, person: PersonMention, tok: Token, label: str, ante: OfficeMention
) -> OfficeMention:
    """``person`` held the office ``ante`` names before (``tok``: the predecessor noun)."""
    return office(
        index,
        person,
        tok,
        label,
        (tok.start, tok.end),
        cls=ante.role_class,
        land=ante.land,
        federal=ante.federal,
    )


def _predecessors_listed(
    index: TextIndex,
    toks: list[Token],
    i: int,
    k: int,
    known: list[OfficeMention],
    taken: set[tuple[int, str]],
) -> list[OfficeMention]:
    """``… unsere Vorgängerinnen im Amt … . Mein Dank gilt A, B und C``: a plural
    predecessor noun with a possessive and ``im Amt``, and the full names of the rest of its
    sentence and of the next (at least two) are the former holders of the office the text named
    last (but its current holder)."""
    tok = toks[i]
    poss = toks[i - 1].text.lower() if i else ""
    plural = tok.text.endswith("innen") or not tok.text.endswith("in")
    in_office = [t.text for t in toks[i + 1 : i + 3]] == ["im", "Amt"]
    if poss not in {"meine", "seine", "ihre", "unsere"} or not plural or not in_office:
        return []
    # the rest of the sentence and the next, within a bounded window (no quadratic scans)
    window = toks[i : i + 80]
    _, hi = _sentence_bounds(window, 0)
    if hi + 1 < len(window):
        hi = _sentence_bounds(window, hi + 1)[1]
    text = index.text
    people = [
        p
        for j, p in _names_in(toks, k, i + hi)
        # "den Ehrenamtlichen A", "B vom Verein …": people the text describes otherwise
        if not (j > 0 and toks[j - 1].text[:1].isupper() and toks[j - 1].text not in TITLES)
        and not _AFFILIATION.match(text, p.end)
    ]
    if len(people) < 2:
        return []
    ante = next(
        (
            o
            for o in sorted(known, key=lambda o: o.evidence.start, reverse=True)
            if o.evidence.start < tok.start
        ),
        None,
    )
    if ante is None:
        return []
    label = f"{tok.text} ({ante.role_text})"
    out = []
    for person in people:
        if (person.start, ante.role_class) in taken:
            continue
        if any(o.person.family == person.family and o.role_class == ante.role_class for o in known):
            continue  # the current holder, thanked with them
        if any(o.person.start == person.start for o in known):
            continue  # a name with a role phrase of its own ("Senator Y") holds that office
        taken.add((person.start, ante.role_class))
        out.append(_former_holder(index, person, tok, label, ante))
    return out


_LABEL = re.compile(
    r"[ \t]*(?:\|[ \t]*)?(?:[-*•·–][ \t]+)?(?P<label>[A-ZÄÖÜ][\w .-]{1,40}?)"
    r"[ \t]*(?P<sep>:|\||[ \t][–-][ \t])[ \t]*"
)


# a line opening with a Land's abbreviation as its label: "HB  Staatsrätin X", "NI: …"
_CODE_LABEL = re.compile(r"[ \t]*(?P<code>[A-Z]{2,3})(?P<sep>\t|[ \t]{2,}|[ \t]*[:|][ \t]*| )")


_CODE_LABEL_LINES_RX1 = re.compile(r"^[ \t]*([A-Z]{2,3})[ \t]", re.MULTILINE)


def _code_label_lines(text: str) -> int:
    """How many lines open with a Land abbreviation and a blank (a list labelled by Land)."""
    return sum(1 for m in _CODE_LABEL_LINES_RX1.finditer(text) if land_abbreviation(m.group(1)))


_LINE_LABEL_LANDS_RX1 = re.compile(r"[.!?:]\s")


def line_label_lands(index: TextIndex, offices: list[OfficeMention]) -> None:
    """A role on a line labelled with a Land (attendance lists: ``Bremen: Senatorin X``,
    ``Bund: Parlamentarische Staatssekretärin Y``, ``HB  Staatsrätin Z``) takes that Land.
    A label that is an abbreviation with one blank after it counts where several lines of the
    text open so (a list by Land)."""
    text = index.text
    code_lines: int | None = None
    for o in offices:
        if o.land is not None:
            continue
        pos = o.evidence.start
        line_start = text.rfind("\n", 0, pos) + 1
        c = _CODE_LABEL.match(text, line_start, pos + 1)
        if (
            c
            and c.end() <= pos
            and land_abbreviation(c.group("code"))
            and (
                len(text[c.end() : pos].split()) <= 2  # "BE  Parlamentarische Staatssekretärin"
                # a table row whose first cell is the code: "BE | Senatsverwaltung … | Senatorin X"
                or (c.group("sep").strip() == "|" or c.group("sep") == "\t")
            )
        ):
            if c.group("sep") == " " and code_lines is None:
                code_lines = _code_label_lines(text)
            if c.group("sep") != " " or (code_lines or 0) >= 2:
                o.land = land_abbreviation(c.group("code"))
                continue
        m = _LABEL.match(text, line_start, pos + 1)
        if not m or m.end() > pos:
            continue
        if m.group("sep").strip() in {"–", "-"}:
            # "Bayern – Staatsministerin X" as a list line, not a dateline before a sentence
            line_end = text.find("\n", pos)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if len(line) > 120 or _LINE_LABEL_LANDS_RX1.search(line):
                continue
        label = m.group("label").strip()
        if label in {"Bund", "Bundesregierung", "Bundesministerium"}:
            o.land, o.federal = "DE", True
            continue
        lands = lands_in_phrase(label)
        if len(lands) == 1 and lands[0].start == 0 and lands[0].end == len(label):
            o.land = lands[0].code


_TABLE_OFFICES_RX1 = re.compile(r"^[^\n]*(?:\||\t)[^\n]*$", re.MULTILINE)
_TABLE_OFFICES_RX2 = re.compile(r"[^|\t]+")


def table_offices(
    index: TextIndex,
    taken: set[tuple[int, str]],
    blocks: list[tuple[int, int, list[Token]]] | None = None,
) -> list[OfficeMention]:
    """Rows of a table (cells split by ``|`` or tabs) with a name cell, a role cell and
    perhaps a Land cell: ``| Ilka Muster | Senatorin | Bremen |``. ``blocks``: the tokens of
    the blocks that hold the rows, where they are known (a cell's tokens are those of its
    block between its bars: no token holds a bar, a tab or a line break)."""
    text = index.text
    out: list[OfficeMention] = []
    if "|" not in text and "\t" not in text:
        return out
    blocks = blocks or []
    block_starts = [b[0] for b in blocks]
    for m in _TABLE_OFFICES_RX1.finditer(text):
        if not _ROLE_HINT.search(m.group()) or index.is_clutter(m.start()):
            continue
        cells = [(c.start(), c.end()) for c in _TABLE_OFFICES_RX2.finditer(m.group())]
        cells = [(m.start() + s, m.start() + e) for s, e in cells if m.group()[s:e].strip()]
        if len(cells) < 2:
            continue
        b = bisect.bisect_right(block_starts, m.start()) - 1
        block = blocks[b][2] if b >= 0 and blocks[b][1] >= m.end() else None
        person = role = None
        land = None
        federal = False
        for s, e in cells:
            if block is None:
                toks = tokenize(text, s, e)
            else:
                lo = bisect.bisect_left(block, s, key=_start_of)
                hi = bisect.bisect_left(block, e, lo, key=_start_of)
                toks = block[lo:hi]
            if not toks:
                continue
            found = full_name_at(toks, 0)
            if found and found[1] == len(toks) and person is None:
                person = found[0]
                continue
            r = next((j for j, t in enumerate(toks[:3]) if role_class(t.text)), None)
            if r is not None and role is None:
                named = full_name_at(toks, r + 1)
                if named is None:
                    role = (toks, r)
                    continue
                if named[1] == len(toks) and person is None:
                    person, role = named[0], (toks[: r + 1], r)  # "Staatsministerin X"
                    continue
            cell = text[s:e].strip()
            if cell in {"Bund", "Bundesregierung"}:
                land, federal = "DE", True
            lands = lands_in_phrase(cell)
            if len(lands) == 1 and land is None:
                land = lands[0].code
            elif land is None and land_abbreviation(cell):  # a cell "HB"
                land = land_abbreviation(cell)
        if person is None or role is None:
            continue
        toks, r = role
        found = _claim(index, person, toks, r, (0, len(toks)), taken, land=land, federal=federal)
        if found is not None:
            out.append(found)
    return out


# tried only where its phrases occur (it opens with \b: otherwise at every character; issue 16)
_INTRO = guard(re.compile(r"\b(?:[Mm]ein Name ist|[Ii]ch heiße|[Ii]ch bin)\s+(?=[A-ZÄÖÜ])"))
_FIRST_PERSON = re.compile(r"\b(?:ich|Ich|mich|mir)\b")
# the speaker's own predecessors or successors in an office: "meine Vorgängerin als …"
_MY_PREDECESSOR = re.compile(
    r"\b[Mm]ein(?:e|en|er|em|es)?\s+(?:Amts)?(?:Vorgänger|Nachfolger)(?:in|innen)?\s+als\b"
)
_MY = frozenset({"mein", "meine", "meinen", "meiner", "meinem", "meines"})
_DETERMINERS = frozenset(
    f"{stem}{end}"
    for stem in ("mein", "dein", "sein", "ihr", "unser", "ein")
    for end in ("", "e", "en", "er", "em", "es")
) | {"der", "die", "das", "den", "dem", "des"}


_RoleHit = tuple[list[Token], int, int, int]


def _first_person_roles(index: TextIndex, lo: int, hi: int) -> Iterator[_RoleHit]:
    """Roles the speaker gives themself in the sentences of ``text[lo:hi]``: ``ich als
    Integrationsbeauftragte``, ``darf ich als … tätig sein``, ``ich bin (die) Staatssekretärin``.
    Yields (tokens, role index, phrase start index, complement end index)."""
    text = index.text
    for ss, se in index.sentences:
        if se <= lo or ss >= hi:
            continue
        ss, se = max(ss, lo), min(se, hi)
        first = _FIRST_PERSON.search(text, ss, se) is not None
        if not (first or _MY_PREDECESSOR.search(text, ss, se)) or not may_hold_role(text, ss, se):
            continue
        stoks = tokenize(text, ss, se)
        for i, tok in enumerate(stoks):
            cls = role_class(tok.text)
            if cls is None or not tok.text[0].isupper() or full_name_at(stoks, i + 1):
                continue
            left = _role_left(stoks, i)
            before = stoks[left - 1].text if left else ""
            if (
                before == "als"
                and left >= 3
                and PREDECESSOR.match(stoks[left - 2].text)
                and stoks[left - 3].text.lower() in _MY
            ):
                # "meine Vorgängerinnen als hessische Ausländerbeauftragte": the speaker
                # holds (or held) the office whose predecessors they name
                yield stoks, i, left, _complement_end(stoks, i, index.text)
                continue
            if not first:
                continue
            if (
                before == "als"
                and left >= 3
                and stoks[left - 2].text[:1].isupper()
                and stoks[left - 3].text.lower() in _DETERMINERS
            ):
                continue  # "meine Kollegin als Ministerin": the noun's office, not the speaker's
            if before not in {"als", "Als", "bin"} and not (
                left >= 2 and stoks[left - 2].text == "bin" and before in _ARTICLE
            ):
                continue
            yield stoks, i, left, _complement_end(stoks, i, index.text)


def _first_person_office(
    index: TextIndex, person: PersonMention, found: _RoleHit, taken: set[tuple[int, str]]
) -> OfficeMention | None:
    stoks, i, left, c_end = found
    return _claim(index, person, stoks, i, (left, c_end), taken)


def self_introductions(index: TextIndex, taken: set[tuple[int, str]]) -> list[OfficeMention]:
    """``Mein Name ist X`` with the writer's own role in the sentences around it: ``seit April
    darf ich als Integrationsbeauftragte … tätig sein``, ``ich bin Staatssekretärin für …``."""
    text = index.text
    out: list[OfficeMention] = []
    for m in _INTRO.finditer(text):
        if index.is_clutter(m.start()):
            continue
        toks = tokenize(text, m.end(), min(len(text), m.end() + 80))
        found = full_name_at(toks, 0)
        if not found:
            continue
        person = found[0]
        # the writer's sentences: this block and its neighbours
        blocks = index.blocks
        bi = next((b for b, (s, e) in enumerate(blocks) if s <= m.start() < e), None)
        if bi is None:
            continue
        lo, hi = blocks[max(0, bi - 2)][0], blocks[min(len(blocks) - 1, bi + 2)][1]
        for hit in _first_person_roles(index, lo, hi):
            o = _first_person_office(index, person, hit, taken)
            if o is not None:
                out.append(o)
    return out


# the closing formula of a letter, foreword or greeting, on a line of its own above the
# writer's name: "Ihre", "Ihr", "Herzlich, Ihr", "Mit freundlichen Grüßen", "Herzliche Grüße"
_CLOSING = guard(
    re.compile(
        r"^[ \t]*(?:(?:Herzlich(?:st)?|Mit\s+(?:herzlichen|freundlichen|besten)\s+Grüßen|Herzliche\s+Grüße"
        r"|Viele\s+Grüße|Beste\s+Grüße)[ \t]*,?[ \t]*(?:Ihre?|Euer|Eure)?|Ihre?)[ \t]*,?[ \t]*\n",
        re.M,
    )
)


def signed_letters(index: TextIndex, taken: set[tuple[int, str]]) -> list[OfficeMention]:
    """``Liebe Leserinnen und Leser, als Ministerin für … freue ich mich … / Ihre / Dr. X``: a
    letter, foreword or greeting closed by a formula and the writer's name (in the text's last
    lines); the roles the writer gives themself in its first-person sentences are theirs."""
    text = index.text
    tail = max(0, len(text) - 600)
    out: list[OfficeMention] = []
    for m in _CLOSING.finditer(text, tail):
        if index.is_clutter(m.start()):
            continue
        line_end = text.find("\n", m.end())
        toks = tokenize(text, m.end(), len(text) if line_end == -1 else line_end)
        found = full_name_at(toks, 0) if toks else None  # (titles read with the name)
        if not found:
            continue
        person = found[0]
        for hit in _first_person_roles(index, 0, m.start()):
            o = _first_person_office(index, person, hit, taken)
            if o is not None:
                out.append(o)
        # "X hatte diesen Plan als mein Vorgänger angestoßen": the writer's predecessor in
        # the office the writer gives themself
        for p in _MY_PREDECESSOR_NAMED.finditer(text, 0, m.start()) if out else ():
            ptoks = tokenize(text, p.start("name"), p.end("name"))
            named = full_name_at(ptoks, 0) if ptoks else None
            if named is None or (named[0].start, out[0].role_class) in taken:
                continue
            taken.add((named[0].start, out[0].role_class))
            out.append(
                dataclasses.replace(
                    out[0],
                    person=named[0],
                    evidence=Evidence(
                        p.start(), p.end(), index.sentence_text(p.start()), EXTRACTOR
                    ),
                    phrase=None,
                )
            )
        break
    return out


# a person named as the writer's predecessor or successor after "als": "X hatte den Plan als
# mein Vorgänger angestoßen", "Y, meine Amtsvorgängerin," (the writer's office)
_MY_PREDECESSOR_NAMED = re.compile(
    r"(?m)(?:^|(?<=[.!?]\s))(?P<name>[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){1,3})\s+"
    r"(?:hat|hatte|war|ist|wurde)\b[^.!?\n]{0,80}?\bals\s+mein(?:e)?\s+(?:Amts)?(?:Vorgänger|Nachfolger)(?:in)?\b"
)


# an apposition naming the speaker's predecessor or successor in an office: "liebe Frau Dr.
# X, meine Vorgängerin als Beauftragte der Landesregierung, …", "Y, mein Nachfolger als
# Staatssekretär, …"
_MY_PREDECESSOR_APPOSITION = guard(
    re.compile(
        r",[ \t]*(?:mein|meine|meinem|meinen|meiner)[ \t]+(?:Amts)?(?:Vorgänger|Nachfolger)(?:in)?"
        r"[ \t]+als[ \t]+(?=[A-ZÄÖÜa-zäöü])"
    )
)
# a person addressed by the family name alone: "Frau Dr. X", "Herrn X"
_ADDRESSED_FAMILY = re.compile(
    r"(?<![\w-])(?:Frau|Herr|Herrn)[ \t]+(?:(?:Dr|Prof)\.[ \t]+)*"
    r"(?P<name>[A-ZÄÖÜ][^\W\d]+(?:-[A-ZÄÖÜ][^\W\d]+)?)[ \t]*$"
)


def predecessor_appositions(index: TextIndex, taken: set[tuple[int, str]]) -> list[OfficeMention]:
    """``liebe Frau Dr. X, meine Vorgängerin als Beauftragte der Landesregierung für Migration
    und Integration, …``: the person named before an apposition that calls them the speaker's
    predecessor or successor *as* a role held that role (GOLD: former holders of a named
    office count). The name before the comma is a full name or an address with the family name
    (``Frau Dr. X``); no office where the role has a name of its own after it."""
    text = index.text
    out: list[OfficeMention] = []
    for m in _MY_PREDECESSOR_APPOSITION.finditer(text):
        if index.is_clutter(m.start()):
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        lo = max(line, m.start() - 80)
        toks = tokenize(text, lo, m.start())
        person = parse_name_backwards(toks, len(toks) - 1) if toks else None
        if person is None or person.end != m.start():
            a = _ADDRESSED_FAMILY.search(text, lo, m.start())
            if a is None:
                continue
            family = a.group("name")
            if family in STOP_CAP or is_common_noun(family) or role_class(family):
                continue
            person = PersonMention(family, None, a.start("name"), a.end("name"))
        end = text.find("\n\n", m.end())
        sentence_end = index.sentence_at(m.end())[1]
        hi = min(sentence_end, end) if end >= 0 else sentence_end
        stoks = tokenize(text, m.end(), max(hi, m.end() + 1))
        r = _role_after_fillers(stoks, 0)
        if r is None or full_name_at(stoks, r + 1):
            continue
        made = _claim(
            index, person, stoks, r, (_role_left(stoks, r), _complement_end(stoks, r)), taken
        )
        if made is not None:
            out.append(made)
    return out


# an interviewer addressing the person and stating their office: "Frau Yıldız, Sie sind seit
# 2022 Integrationsbeauftragte des Landes …", "Herr Dr. Wendt, Sie waren Staatssekretär …"
_ADDRESS = guard(
    re.compile(
        r"\b(?:Frau|Herr)\s+(?:(?:Dr|Prof)\.\s+)*(?P<name>[A-ZÄÖÜ][^\W\d]+(?:-[A-ZÄÖÜ][^\W\d]+)?)"
        r"\s*,\s+Sie\s+(?:sind|waren)\s+"
    )
)
# what may stand between "Sie sind" and the role: time, "nun", an article, an adjective
_ADDRESS_FILLERS = frozenset(
    "seit nun jetzt schon bereits inzwischen mittlerweile seither damals von bis die der ja"
    " einem einer einigen zwei drei vier fünf sechs sieben acht neun zehn gut knapp fast über"
    " Jahr Jahren Monat Monaten Woche Wochen Tag Tagen Herbst Frühjahr Sommer Winter Anfang"
    " Ende".split()
)


def addressed_offices(index: TextIndex, taken: set[tuple[int, str]]) -> list[OfficeMention]:
    """``Frage: Frau Yıldız, Sie sind seit 2022 Integrationsbeauftragte des Landes …`` (an
    interview's question): the addressed person, named by their family name, holds the role
    the copula gives the ``Sie``."""
    text = index.text
    out: list[OfficeMention] = []
    for m in _ADDRESS.finditer(text):
        if index.is_clutter(m.start()):
            continue
        name = m.group("name")
        if name in STOP_CAP or is_common_noun(name) or role_class(name):
            continue  # "Herr Minister, Sie sind …": the role as the address, no name
        end = text.find(".", m.end())
        stoks = tokenize(text, m.end(), len(text) if end < 0 else end)
        r = 0
        while r < len(stoks) and (
            stoks[r].text in _ADDRESS_FILLERS
            or stoks[r].text.isdigit()
            or stoks[r].text in _MONTHS
            or (_ADJECTIVE.match(stoks[r].text) and not role_class(stoks[r].text))
        ):
            r += 1
        if r >= len(stoks) or not role_class(stoks[r].text) or full_name_at(stoks, r + 1):
            continue
        left = _role_left(stoks, r)
        person = PersonMention(name, None, m.start("name"), m.end("name"))
        made = _claim(index, person, stoks, r, (left, _complement_end(stoks, r, index.text)), taken)
        if made is not None:
            out.append(made)
    return out


# the polite "Sie" as the subject of a copula, in an interviewer's turn: "Sie sind Ministerin
# und zugleich Beauftragte – wie geht das zusammen, Frau X?", "Sie waren bis 2021
# Integrationssenatorin in Berlin. Vermissen Sie das Amt?" ("Frau X, Sie sind …" is read by
# _ADDRESS)
_POLITE_COPULA = guard(re.compile(r"(?<![\w-])Sie\s+(?:sind|waren)\s+(?=\S)"))
# the address that names the one asked, in the question: "…, Frau Dr. X?"
_VOCATIVE = re.compile(
    r"(?<![\w-])(?:Frau|Herr)\s+(?:(?:Dr|Prof)\.\s+)*(?P<name>[A-ZÄÖÜ][^\W\d]+(?:-[A-ZÄÖÜ][^\W\d]+)?)"
    r"(?=\s*[?!,])"
)
# the label of the answer after the question: "X:" or "Ulrike X:" opening a line
_ANSWER_LABEL = re.compile(
    r"^[ \t]*(?:(?P<given>[A-ZÄÖÜ][^\W\d]+(?:-[A-ZÄÖÜ][^\W\d]+)?)[ \t]+)?"
    r"(?P<family>[A-ZÄÖÜ][^\W\d]+(?:-[A-ZÄÖÜ][^\W\d]+)?)[ \t]*:",
    re.M,
)
_ALSO = frozenset({"und", "sowie", "zugleich", "gleichzeitig", "auch", "außerdem", "dazu"})


def _role_after_fillers(stoks: list[Token], r: int) -> int | None:
    """The index of the role noun a copula's predicate opens with, after time adverbs,
    numbers, articles and adjectives (``seit 2022 Integrationsbeauftragte``); None where the
    predicate opens otherwise or is negated."""
    while r < len(stoks) and (
        stoks[r].text in _ADDRESS_FILLERS
        or stoks[r].text in TIME_ADVERBS
        or stoks[r].text.isdigit()
        or stoks[r].text in _MONTHS
        or (
            _ADJECTIVE.match(stoks[r].text)
            and not role_class(stoks[r].text)
            and stoks[r].text not in _NEGATION
        )
    ):
        r += 1
    if r >= len(stoks) or not stoks[r].text[:1].isupper() or not role_class(stoks[r].text):
        return None
    return r


def _respondent(index: TextIndex, sentence: tuple[int, int]) -> PersonMention | None:
    """The person a question of an interview addresses: named by the address in its sentence
    (``…, Frau Thalheim?``), else by the label of the answer that follows the interviewer's
    turn (``Marwitz: …`` on the next line, within 400 characters); the given name from the
    label or from the person's full name elsewhere in the text."""
    text = index.text
    family: str | None = None
    at = -1
    for v in _VOCATIVE.finditer(text, *sentence):
        family, at = v.group("name"), v.start("name")
    given: str | None = None
    if family is None:
        nl = text.find("\n", sentence[1] - 1)
        if nl < 0:
            return None
        turn_end = min(len(text), nl + 400)
        label = None
        for m in _ANSWER_LABEL.finditer(text, nl + 1, turn_end):
            label = m
            break
        # the turn's own lines (the question goes on) come before the label
        if label is None or "?" not in text[sentence[0] : label.start()]:
            return None
        family, at, given = label.group("family"), label.start("family"), label.group("given")
    if family in STOP_CAP or is_common_noun(family) or role_class(family):
        return None
    if given is None or not is_given_name(given.split("-")[0]):
        full = re.finditer(
            rf"(?<![\w-])(?P<given>[A-ZÄÖÜ][^\W\d]+)[ \t]+{re.escape(family)}(?![\w-])", text
        )
        given = next((g for f in full if is_given_name(g := f.group("given"))), None)
    return PersonMention(family, given, at, at + len(family))


def polite_copula_offices(index: TextIndex, taken: set[tuple[int, str]]) -> list[OfficeMention]:
    """``Sie sind Ministerin für Integration und zugleich Integrationsbeauftragte der
    Landesregierung – wie geht das zusammen, Frau X?``: in an interview, the polite ``Sie`` as
    the subject of ``sind``/``waren`` before a role noun gives that office, and a second role
    coordinated with it (``und zugleich …``), to the person the question addresses
    (:func:`_respondent`). No office where no one is addressed (a speech's ``Sie sind …``
    to an audience), the role has a name after it, or the copula is negated."""
    text = index.text
    out: list[OfficeMention] = []
    for m in _POLITE_COPULA.finditer(text):
        if index.is_clutter(m.start()) or _ADDRESS.search(text, max(0, m.start() - 60), m.end()):
            continue
        sentence = index.sentence_at(m.start())
        stoks = tokenize(text, m.end(), sentence[1])
        r = _role_after_fillers(stoks, 0)
        if r is None or full_name_at(stoks, r + 1):
            continue
        person = None
        while r is not None:
            end = _complement_end(stoks, r)
            while end > r + 1 and stoks[end - 1].text in {"und", "sowie"}:
                end -= 1  # (the complement may have taken the conjunction)
            if person is None:
                person = _respondent(index, sentence)
                if person is None:
                    break
            made = _claim(index, person, stoks, r, (_role_left(stoks, r), end), taken)
            if made is not None:
                out.append(made)
            # "… und zugleich Integrationsbeauftragte …": a second role of the same subject
            k = end
            if k < len(stoks) and stoks[k].text in {"und", "sowie"}:
                while k < len(stoks) and stoks[k].text in _ALSO:
                    k += 1
                r = _role_after_fillers(stoks, k)
                if r is not None and full_name_at(stoks, r + 1):
                    r = None
            else:
                r = None
    return out


# an interview's subtitle that names the interviewee by their office only: "Brandenburgs
# Integrationsministerin im Gespräch mit dem …", "Der Landesbeauftragte im Interview"
_INTERVIEW_SUBTITLE = guard(
    re.compile(
        r"^[ \t]*(?P<phrase>[^\n:„“\"»«]{2,80}?)[ \t]+im[ \t]+(?:Gespräch|Interview|Doppelinterview)\b"
        r"[^\n]*$",
        re.M,
    )
)
_QUESTION_ADDRESS = guard(QUESTION_ADDRESS)


def interview_subject_offices(index: TextIndex, taken: set[tuple[int, str]]) -> list[OfficeMention]:
    """``„…“ / Brandenburgs Integrationsministerin im Gespräch mit dem Havel-Kurier / Frau X,
    …? / Britta X: …``: an interview's subtitle gives the interviewee's office without a name;
    the first question addresses them (``Frau X,``) and their answer's label names them in
    full. The office is theirs; an office the subtitle names together with a name is read by
    the main scan."""
    text = index.text
    sub = _INTERVIEW_SUBTITLE.search(text, 0, min(len(text), 600))
    if sub is None or index.is_clutter(sub.start()):
        return []
    toks = tokenize(text, sub.start("phrase"), sub.end("phrase"))
    roles = [r for r, t in enumerate(toks) if role_class(t.text)]
    if not roles or any(full_name_at(toks, k) for k in range(len(toks))):
        return []
    r = roles[-1]
    address = _QUESTION_ADDRESS.search(text, sub.end(), min(len(text), sub.end() + 600))
    if address is None:
        return []
    family = address.group("name")
    if family in STOP_CAP or is_common_noun(family) or role_class(family):
        return []
    person = PersonMention(family, None, address.start("name"), address.end("name"))
    # the answer's label: "Britta X:" at the start of a line
    label = re.compile(
        rf"^[ \t]*(?P<given>[A-ZÄÖÜ][^\W\d]+(?:[ -][A-ZÄÖÜ][^\W\d]+)?)[ \t]+"
        rf"(?P<family>{re.escape(family)})[ \t]*:",
        re.M,
    ).search(text, address.end())
    if label is not None and is_given_name(re.split(r"[ -]", label.group("given"))[0]):
        person = PersonMention(
            family, label.group("given"), label.start("given"), label.end("family")
        )
    made = _claim(index, person, toks, r, (_role_left(toks, r), r + 1), taken)
    return [made] if made is not None else []


def quoted_first_person(
    index: TextIndex, quotes: list[QuoteMention], offices: list[OfficeMention]
) -> list[OfficeMention]:
    """``„Als Integrationsbeauftragte bin ich …“, sagte X``: the role a speaker gives
    themself inside their own quotation."""
    taken = {(o.person.start, o.role_class) for o in offices}
    out: list[OfficeMention] = []
    for q in quotes:
        lo, hi = q.evidence.start, q.evidence.end
        if hi - lo > 3000 or not may_hold_role(index.text, lo, hi):
            continue
        for hit in _first_person_roles(index, lo, hi):
            o = _first_person_office(index, q.speaker, hit, taken)
            if o is not None:
                out.append(o)
    return out


_DESCRIPTOR = re.compile(
    r"(?<![\w-])(?:der|die|Der|Die)\s+(?:(?:[a-zäöü][\w-]*e[rn]?)\s+)?(?P<role>[A-ZÄÖÜ][\w-]+)(?![\w-])"
)


_DESCRIPTOR_OFFICES_RX1 = re.compile(r"\s*(?:für|des|der|von|im|aus)\b")


def descriptor_offices(
    index: TextIndex, offices: list[OfficeMention], persons: list[PersonMention]
) -> list[OfficeMention]:
    """``… betonte Dreyer. … unterstrich die Ministerin`` : a definite role noun with no name
    refers to the person named last (agreeing in gender); it gives that person an office when
    the document gives them none."""
    text = index.text
    holders = {o.person.family for o in offices}
    bare = {p.family: p for p in persons if p.family not in holders}
    if not bare:
        return _descriptors_of_named(index, offices)
    out: list[OfficeMention] = []
    named = sorted({p.family for p in persons} | holders, key=len, reverse=True)
    name_rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in named) + r")(?![\w-])")
    occurrences = [(m.start(), m.group()) for m in name_rx.finditer(text)]
    for m in _DESCRIPTOR.finditer(text):
        role = m.group("role")
        cls = role_class(role)
        if cls is None or index.is_clutter(m.start()):
            continue
        # the nominative singular only: "die Ministerin", "die Beauftragte", "der Minister";
        # not the plural "die Minister", "die Beauftragten" or the oblique "der Ministerin"
        article = m.group()[:3].lower()
        if article == "die" and not role.endswith(("in", "e")):
            continue
        if article == "der" and role.endswith(("in", "en")):
            continue
        after = text[m.end() : m.end() + 60]
        toks = tokenize(after, 0, len(after))
        if toks and (
            full_name_at(toks, 0) or (toks[0].text[:1].isupper() and toks[0].text in named)
        ):
            continue  # a name follows: not an anaphor
        if _DESCRIPTOR_OFFICES_RX1.match(after):
            continue  # a role with its own complement may be another person's
        prior = [o for o in occurrences if o[0] < m.start()]
        if not prior:
            continue
        family = prior[-1][1]
        if family not in bare:
            continue
        p = bare[family]
        female = is_female_noun(role)
        g = given_name_gender(p.given.split()[0]) if p.given else None
        if g is not None and female is not None and g != female:
            continue
        if any(_other_apposition(text, o_end) for o_end in _ends_of(text, occurrences, family)):
            continue  # "sagte X, Leiterin des Vereins": X is described otherwise
        start = prior[-1][0]
        person = PersonMention(p.family, p.given, start, start + len(family), p.honorific)
        role_tok = Token(role, m.start("role"), m.end("role"))
        phrase_text = text[m.start() : m.end()]
        land, federal = _land_of(phrase_text, role)
        o = office(
            index, person, role_tok, role, (m.start(), m.end()), cls=cls, land=land, federal=federal
        )
        o.phrase = (m.start(), m.end())
        o.evidence = dataclasses.replace(o.evidence, start=role_tok.start, end=role_tok.end)
        o.anaphoric = True
        out.append(o)
        holders.add(family)
        bare.pop(family)
    return out + _descriptors_of_named(index, offices + out)


_APPOSITION = re.compile(
    r"[ \t]*,[ \t]*(?:(?:der|die|dem|den)[ \t]+)?(?:[a-zäöü][\w-]*e[nrs]?[ \t]+)?(?P<noun>[A-ZÄÖÜ][\w-]+)"
)


def _ends_of(text: str, occurrences: list[tuple[int, str]], family: str) -> list[int]:
    return [s + len(f) for s, f in occurrences if f == family]


def _other_apposition(text: str, end: int) -> bool:
    """A name followed by an apposition whose head is a common noun that names no office and
    is no descriptor (``X, Leiterin des Vereins``, ``X, die Landtagsabgeordnete``; not ``X, die
    Vorsitzende der Konferenz``)."""
    m = _APPOSITION.match(text, end)
    if not m:
        return False
    noun = m.group("noun")
    return not is_descriptor(noun) and is_common_noun(noun) and not is_given_name(noun)


def _descriptor_at(text: str, m: re.Match[str], named: set[str]) -> str | None:
    """The role noun of a descriptor match that refers back (nominative singular, no name or
    complement after it), else None."""
    role = m.group("role")
    if role_class(role) is None:
        return None
    article = m.group()[:3].lower()
    if article == "die" and not role.endswith(("in", "e")):
        return None
    if article == "der" and role.endswith(("in", "en")):
        return None
    after = text[m.end() : m.end() + 60]
    toks = tokenize(after, 0, len(after))
    if toks and (full_name_at(toks, 0) or (toks[0].text[:1].isupper() and toks[0].text in named)):
        return None  # a name follows: not an anaphor
    if _DESCRIPTOR_OFFICES_RX1.match(after):
        return None  # a role with its own complement may be another person's
    return role


def _described(toks: list[Token], k: int, end: int) -> bool:
    """Whether the name at ``toks[k:end]`` comes with a descriptive noun of its own: a noun
    before it (``Oberbürgermeisterin X``, ``die Abgeordnete X``), an apposition after it
    (``X, die Landtagsabgeordnete``) or one it closes (``der Fraktionschef der SPD, X``)."""
    prev = toks[k - 1].text if k else ""
    if prev == ",":
        return True
    if prev[:1].isupper() and prev not in STOP_CAP and prev not in TITLES and k > 0:
        return True
    if end + 2 < len(toks) and toks[end].text == "," and toks[end + 1].text in _ARTICLE:
        j = end + 2
        while j < len(toks) and _ADJECTIVE.match(toks[j].text):
            j += 1
        if j < len(toks) and toks[j].text[:1].isupper():
            return True
    return False


# words that tie a person to a government post without naming its title ("X, die seit 2022 das
# Sozialressort führt", "X übernahm die Leitung des Hauses")
_GOVERNMENT_CUE = re.compile(
    r"[Rr]essort|(?:Leitung|Spitze|Chefin|Chef|leitet|führt|übernimmt|übernahm)\s+(?:des|das|dem)"
    r"\s+(?:Hauses|Haus|Ministeriums|Ministerium)\b|\bAmt(?:e?s)?\b|[Rr]egierung|Kabinett|Senat\b"
    r"|Staatskanzlei|Geschäftsbereich|vereidigt|ernannt|berufen"
)


def _descriptors_of_named(index: TextIndex, offices: list[OfficeMention]) -> list[OfficeMention]:
    """``X, die seit 2022 das Ressort führt. Am Dienstag stellte die schleswig-holsteinische
    Ministerin …``: a definite role noun in the sentence after (or the same sentence as) a full
    name the text gives no office and no other descriptive noun refers to that person, when no
    other name stands between them, the gender agrees and the person's sentence ties them to a
    government post (Ressort, Ministerium, Amt, Kabinett …)."""
    text = index.text
    holders = {o.person.family for o in offices}
    held = [(o.person.start, o.person.end) for o in offices]
    out: list[OfficeMention] = []
    for m in _DESCRIPTOR.finditer(text):
        if not may_hold_role(text, m.start("role"), m.end("role")) or index.is_clutter(m.start()):
            continue
        role = _descriptor_at(text, m, holders)
        if role is None:
            continue
        sentence = index.sentence_at(m.start())
        before = index.sentence_before(sentence[0])
        lo = max(before[0] if before else sentence[0], m.start() - _WINDOW)
        toks = tokenize(text, lo, m.start())
        names = [(k, found) for k in range(len(toks)) if (found := full_name_at(toks, k))]
        names = [(k, f) for k, f in names if f[0].given and is_given_name(f[0].given.split()[0])]
        if not names:
            continue
        k, (person, end) = names[-1]
        if person.family in holders or any(person.end <= s < m.start() for s, _ in held):
            continue
        if any(s <= person.start < e for s, e in held) or _described(toks, k, end):
            continue
        p_sentence = index.sentence_at(person.start)
        if not _GOVERNMENT_CUE.search(text, p_sentence[0], p_sentence[1]):
            continue  # the text ties the person to no government post before the descriptor
        # the family name is not named again by another person after it
        if any(t.text[:1].isupper() and t.text in holders for t in toks[end:]):
            continue
        female = is_female_noun(role)
        g = given_name_gender(person.given.split()[0]) if person.given else None
        if g is None or female is None or g != female:
            continue
        role_tok = Token(role, m.start("role"), m.end("role"))
        land, federal = _land_of(text[m.start() : m.end()], role)
        o = office(
            index,
            person,
            role_tok,
            text[m.start() : m.end()].split(None, 1)[1],  # without the article
            (m.start(), m.end()),
            land=land,
            federal=federal,
        )
        o.phrase = (m.start(), m.end())
        o.evidence = dataclasses.replace(o.evidence, start=role_tok.start, end=role_tok.end)
        o.anaphoric = True
        out.append(o)
        holders.add(person.family)
    return out


# a cheap test that a line may hold a role noun at all (before tokenising it)
# = re.compile(r"(?i)minister|senator|…"), written to be searched four times faster (issue 16)
_ROLE_HINT = caseless(
    "minister",
    "senator",
    "staatssekret",
    "staatsr[aä]t",
    "beauftragt",
    "bevollmächtigt",
    "kanzler",
    "bürgermeister",
    "regierungsche",
)


def may_hold_role(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may contain a role noun at all (a cheap test first)."""
    return _ROLE_HINT.search(text, start, end) is not None


_FEDERAL_BODY = re.compile(r"^(?:BM[A-Z]{1,6}|Bund|Bundesregierung|BAMF)$")


# the seat of a holder's ministry after the name: "vom Sozialministerium in Stuttgart"
_SEAT = re.compile(
    r"[ \t]+(?:(?:vom|im|aus dem)[ \t]+[\w-]*[Mm]inisterium[ \t]+(?:in|aus)|aus)[ \t]+[A-ZÄÖÜ][\w-]+"
)
# the seat as a capital's adjective: "aus dem Stuttgarter Sozialministerium", "der Kieler
# Staatskanzlei"
_SEAT_ADJECTIVE = re.compile(
    r"[ \t]*,?[ \t]+(?:vom|im|beim|aus[ \t]+dem|aus[ \t]+der|in[ \t]+der|der|des)[ \t]+[A-ZÄÖÜ]\w+"
    r"[ \t]+(?:[\w-]*[Mm]inisteriums?|Staatskanzlei)(?![\w-])"
)


_PARENTHETICAL_LANDS_RX1 = re.compile(r"[ \t]*\(([^()\n]{2,40})\)")
_PARENTHETICAL_LANDS_RX2 = re.compile(
    r"(?:,[ \t]*(?P<item>[^,;\n()]{2,60}?)[ \t]*[\n;]|[ \t]+aus[ \t]+(?P<aus>[A-ZÄÖÜ][\w-]+))"
)
_PARENTHETICAL_LANDS_RX3 = re.compile(r"^Bundes(?:ministerium|regierung|kanzleramt)\b")
_PARENTHETICAL_LANDS_RX4 = re.compile(r"[,;/]")


def parenthetical_lands(index: TextIndex, offices: list[OfficeMention]) -> None:
    """A Land in brackets after the name (``Staatssekretär X (Berlin)``, ``Ministerin Y (SPD,
    Bayern)``, ``… (BMI)``) is the office's Land where the role phrase named none."""
    text = index.text
    for o in offices:
        if o.land is not None:
            continue
        after = text[o.person.end : o.person.end + 90]
        if o.person.end + 90 >= len(text):
            after += "\n"  # the text's end closes a line too
        m = _PARENTHETICAL_LANDS_RX1.match(after)
        if m:
            parts = [p.strip() for p in _PARENTHETICAL_LANDS_RX4.split(m.group(1))]
            rest = after[m.end() :]
        else:
            parts, rest = [], after
        # ", Bayern" closing a list line; "aus Thüringen"
        tail = _PARENTHETICAL_LANDS_RX2.match(rest)
        if tail:
            parts.append((tail.group("item") or tail.group("aus")).strip())
        seat = _SEAT.match(rest)  # "X vom Sozialministerium in Stuttgart", "X aus Dresden"
        if seat and capital_land(seat.group().strip()):
            o.land = capital_land(seat.group().strip())
            continue
        seat = _SEAT_ADJECTIVE.match(rest)  # "X aus dem Stuttgarter Sozialministerium"
        if seat and o.role_class != "Beauftragte" and capital_office_land(seat.group()):
            o.land = capital_office_land(seat.group())
            continue
        if not parts:
            continue
        if any(_PARENTHETICAL_LANDS_RX3.match(p) for p in parts):
            o.land, o.federal = "DE", True
            continue
        if any(_FEDERAL_BODY.match(p) for p in parts):
            o.land, o.federal = "DE", True
            continue
        codes = {lm.code for p in parts for lm in lands_in_phrase(p) if lm.end - lm.start == len(p)}
        codes |= {code for p in parts if (code := land_abbreviation(p))}  # "(NI)", ", HB"
        if len(codes) == 1:
            o.land = codes.pop()


# a bracket right after a holder's name that opens with a role phrase: "(Beauftragte der
# Bundesregierung für …)", "(zugleich Landesbeauftragter für …)"
_ROLE_BRACKET = re.compile(
    r"[ \t]*\((?:zugleich[ \t]+|auch[ \t]+)?(?P<inner>[A-ZÄÖÜ][^()\n]{3,160})\)"
)


def bracketed_offices(
    index: TextIndex, offices: list[OfficeMention], taken: set[tuple[int, str]]
) -> list[OfficeMention]:
    """``Staatsministerin X (Beauftragte der Bundesregierung für Migration, Flüchtlinge und
    Integration)``: a role phrase in brackets after a holder's name is a second office of the
    same person (a rank and a function; GOLD: one row per class)."""
    text = index.text
    out: list[OfficeMention] = []
    for o in offices:
        m = _ROLE_BRACKET.match(text, o.person.end)
        if not m or not _ROLE_HINT.search(m.group("inner")):
            continue
        toks = tokenize(text, m.start("inner"), m.end("inner"))
        r = next((j for j, t in enumerate(toks[:3]) if role_class(t.text)), None)
        if r is None or role_class(toks[r].text) == o.role_class:
            continue
        if _role_left(toks, r) != 0 or full_name_at(toks, r + 1):
            continue  # a modifier first, or another person's role ("(mit Senatorin Y)")
        if _genitive_body_not_government(toks, r + 1):
            continue  # "(Beauftragter der Evangelischen Kirche für Migration)": not public
        made = _claim(index, o.person, toks, r, (0, len(toks)), taken)
        if made is not None:
            out.append(made)
    return out


def _genitive_body_not_government(toks: list[Token], k: int) -> bool:
    """A genitive attribute at token ``k`` names the body the office belongs to, and that body
    is no Land's or federal government (``der Evangelischen Kirche``, ``des Caritasverbands``;
    not ``der Bundesregierung``, ``des Landes``, ``der Staatsregierung``)."""
    if k >= len(toks) or toks[k].text not in {"der", "des"}:
        return False
    j = k + 1
    while j < len(toks) and j - k < 4 and toks[j].text[:1].islower():
        j += 1  # attributes: "der christlichen …"
    if j >= len(toks) or not toks[j].text[:1].isupper():
        return False
    head = toks[j].text
    if head[:1].isupper() and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
        head = toks[j + 1].text if toks[j].text[-1:] in "en" else head  # "Evangelischen Kirche"
    return not (
        is_government_body(head)
        or lands_in_phrase(head)
        or lands_in_phrase(toks[j].text)
        or head.startswith(("Bundes", "Landes", "Länder", "Staats", "Senat"))
    )


_LINE_PAIRS_RX1 = re.compile(r"[^\n]*\S[^\n]*")


def line_pairs(index: TextIndex, taken: set[tuple[int, str]]) -> list[OfficeMention]:
    """A name on a line of its own with the role on the next line (signatures, captions,
    speaker lists: ``Serap Muster`` / ``Integrationsbeauftragte der Landesregierung``), or the
    role line first and the name line after it. Each line pairs once, in reading order: in a
    list of alternating lines (``Ministerin`` / ``X`` / ``Staatssekretär`` / ``Y``; ``X`` /
    ``Ministerin`` / ``Y`` / ``Staatssekretär``) a line paired with the one before is not
    paired with the one after."""
    text = index.text
    out: list[OfficeMention] = []
    lines = [(m.start(), m.end()) for m in _LINE_PAIRS_RX1.finditer(text)]
    paired: set[int] = set()  # the starts of the lines already paired
    for (s1, e1), (s2, e2) in itertools.pairwise(lines):
        if s1 in paired:
            continue
        if e2 - s2 > 160 or e1 - s1 > 160 or text[e1:s2].count("\n") > 2:
            continue
        if min(e1 - s1, e2 - s2) > 60:
            continue  # neither line is short enough to be a name alone
        if not (_ROLE_HINT.search(text, s1, e1) or _ROLE_HINT.search(text, s2, e2)):
            continue
        if index.is_clutter(s1) or index.is_clutter(s2):
            continue
        a, b = tokenize(text, s1, e1), tokenize(text, s2, e2)
        if not a or not b or len(a) > 14 or len(b) > 18:
            continue
        for names, roles in ((a, b), (b, a)):
            found = full_name_at(names, 0)
            if not found and len(names) > 2 and role_class(names[0].text):
                # a name line with a role of its own: "Staatssekretär Dr. X" / "Bevollmächtigter
                # für Integration": the second line is a second office
                found = full_name_at(names, 1)
            if not found or found[1] != len(names):
                continue
            r = next(
                (j for j, t in enumerate(roles[:3]) if role_class(t.text) and t.text[0].isupper()),
                None,
            )
            if r is None or any(full_name_at(roles, j) for j in range(len(roles))):
                continue
            if _role_left(roles, r) != 0 and roles[0].text not in _ARTICLE:
                continue
            paired.update((s1, s2))
            made = _claim(index, found[0], roles, r, (0, len(roles)), taken)
            if made is not None:
                out.append(made)
            break
    return out


# "X, der das Amt seit 2019 ausübt": a relative clause whose object is the office
_AMT_RELATIVE = re.compile(
    r",[ \t]*(?P<rel>der|die)[ \t]+(?:[^,.;:!?\n]{0,40}?[ \t])?(?:das|dieses|ihr|sein)[ \t]+Amt\b"
    r"[^,.;:!?\n]{0,60}?(?:ausübt|innehat|inne hat|bekleidet|führt|versieht|übernommen hat|"
    r"übernimmt|antritt)"
)


# a personal pronoun as the subject of a copula in the singular: "– sie ist dort
# Staatssekretärin", "Er war bis 2019 Integrationsbeauftragter des Landes"; or after it,
# where an adverbial opens the main clause and the finite verb stands second ("Zuvor war sie
# Staatssekretärin", "Von 2015 bis 2019 war er Integrationsbeauftragter"): there only the
# lower-case pronoun of the third person ("Sie" there is the polite address)
_PRONOUN_COPULA = guard(
    re.compile(
        r"(?<![\w-])(?:(?P<pron>[Ss]ie|[Ee]r)\s+(?:ist|war|bleibt|wurde)"
        r"|(?<=[\w,)] )(?:ist|war|bleibt|wurde)\s+(?P<inverted>sie|er))\s+(?=\S)"
    )
)
# what may stand between the copula and the role: time, place and focus adverbs ("dort",
# "seit 2021", "inzwischen", "zugleich"), an article (no negation: "sie ist keine Ministerin")
_PRONOUN_COPULA_FILLERS = (
    _ADDRESS_FILLERS
    | TIME_ADVERBS
    | frozenset(
        "dort hier zugleich außerdem auch ebenfalls eigentlich tatsächlich weiterhin noch immer"
        " eine ein".split()
    )
)
_NEGATION = frozenset({"nicht", "kein", "keine", "keiner", "nie", "niemals"})


def _noun_gender(noun: str) -> bool | None:
    """The gender a role noun shows: ``Staatssekretärin`` True, ``Staatssekretär`` and
    ``Beauftragter`` False, ``Beauftragte`` None (either)."""
    if noun.endswith("e"):
        return None
    return bool(is_female_noun(noun))


def pronoun_copula_offices(
    index: TextIndex, offices: list[OfficeMention], taken: set[tuple[int, str]]
) -> list[OfficeMention]:
    """``Bayerns Staatsministerin X – sie ist dort Staatssekretärin, …``: a pronoun as the
    subject of ``ist``/``war``/``bleibt``/``wurde`` before a role noun (no name after it)
    gives that office to the person named last before the pronoun, in its sentence or the one
    before, whose gender agrees with the pronoun and the role noun (``sie`` … ``-in``). No
    office where the copula is negated (``sie ist keine Ministerin``) or the role has a name
    after it (the main scan's)."""
    text = index.text
    out: list[OfficeMention] = []
    if not offices:
        return out
    persons = sorted({o.person.start: o for o in offices}.values(), key=lambda o: o.person.start)
    starts = [o.person.start for o in persons]
    for m in _PRONOUN_COPULA.finditer(text):
        if index.is_clutter(m.start()):
            continue
        sentence = index.sentence_at(m.start())
        stoks = tokenize(text, m.end(), sentence[1])
        r = 0
        while (
            r < len(stoks)
            and (
                (
                    stoks[r].text in _PRONOUN_COPULA_FILLERS
                    # "von 2015 bis 2019", not the agent of a passive ("wurde sie von X begleitet")
                    and (
                        stoks[r].text not in {"von", "bis"}
                        or (r + 1 < len(stoks) and stoks[r + 1].text[:1].isdigit())
                    )
                )
                or stoks[r].text.isdigit()
                or stoks[r].text in _MONTHS
                or (
                    _ADJECTIVE.match(stoks[r].text)
                    and not role_class(stoks[r].text)
                    and stoks[r].text not in _NEGATION
                )
                # a title's adjective, capitalised: "Parlamentarische Staatssekretärin"
                or (
                    r + 1 < len(stoks)
                    and stoks[r].text[:1].isupper()
                    and _ADJECTIVE.match(stoks[r].text.lower())
                    and not role_class(stoks[r].text)
                    and role_class(stoks[r + 1].text)
                )
            )
        ):
            r += 1
        if r >= len(stoks) or not stoks[r].text[:1].isupper() or not role_class(stoks[r].text):
            continue
        if full_name_at(stoks, r + 1):
            continue  # "sie ist Staatssekretärin Y": a role with its own holder
        if m.group("inverted") and text[sentence[1] - 1 : sentence[1]] == "?":
            continue  # "Wann war sie Ministerin?": a question states no office
        female = (m.group("pron") or m.group("inverted")).lower() == "sie"
        if _noun_gender(stoks[r].text) is (not female):
            continue  # "sie ist Staatssekretär"
        before = index.sentence_before(sentence[0])
        lo = before[0] if before else sentence[0]
        i = bisect.bisect_left(starts, m.start()) - 1
        if i < 0 or persons[i].person.start < lo:
            continue
        ante = persons[i]
        words = ante.role_text.split()
        if words and _noun_gender(words[-1]) is (not female):
            continue  # the person named last is of the other gender: not the pronoun's
        left = _role_left(stoks, r)
        made = _claim(
            index, ante.person, stoks, r, (left, _complement_end(stoks, r, index.text)), taken
        )
        if made is not None:
            out.append(made)
    return out


def office_relatives(
    index: TextIndex, offices: list[OfficeMention], taken: set[tuple[int, str]]
) -> list[OfficeMention]:
    """``… hat die Landesbeauftragte für Migration ihren Jahresbericht vorgelegt. X, die das Amt
    seit 2021 innehat, …``: a name whose relative clause holds "das Amt" takes the office the
    text named last before it (in that sentence or the one before) without a holder."""
    text = index.text
    out: list[OfficeMention] = []
    if "Amt" not in text:
        return out
    held = [o.phrase or (o.evidence.start, o.evidence.end) for o in offices]
    held += [(o.evidence.start, o.evidence.end) for o in offices]
    for m in _AMT_RELATIVE.finditer(text):
        if index.is_clutter(m.start()):
            continue
        sentence = index.sentence_at(m.start())
        before = index.sentence_before(sentence[0])
        lo = max(before[0] if before else sentence[0], m.start() - _WINDOW)
        toks = tokenize(text, lo, m.start())
        if not toks:
            continue
        person = _name_ending(toks)
        if person is None:
            continue
        female = m.group("rel") == "die"
        r = None
        for j in range(len(toks) - 1, -1, -1):
            t = toks[j]
            if t.start >= person.start:
                continue
            if role_class(t.text) is None or not t.text[:1].isupper():
                continue
            if any(s <= t.start < e for s, e in held):
                break  # the office named last has its holder
            noun_female = is_female_noun(t.text)
            if noun_female and not female:
                break
            r = j
            break
        if r is None:
            continue
        made = _claim(
            index,
            person,
            toks,
            r,
            (_role_left(toks, r), _complement_end(toks, r, index.text)),
            taken,
        )
        if made is not None:
            out.append(made)
    return out


def _name_ending(toks: list[Token]) -> PersonMention | None:
    """The full name that the tokens end with (``… Eva Muster``)."""
    for k in range(max(0, len(toks) - 6), len(toks)):
        found = full_name_at(toks, k)
        if found and found[1] == len(toks):
            return found[0]
    return None


# how far back (in characters) a reference to a named person or office is looked for
_WINDOW = 600

# (tried after line breaks only, issue 16)
_LABEL_VALUE = Guarded(
    re.compile(
        r"^[ \t]*(?:[-*•·–][ \t]+)?(?P<role>[A-ZÄÖÜ][^:\n]{1,80}?)[ \t]*:[ \t]*(?P<name>[^:\n]{3,80}?)[ \t]*$",
        re.MULTILINE,
    )
)


def label_lines(index: TextIndex, taken: set[tuple[int, str]]) -> list[OfficeMention]:
    """A line labelled with the office and holding the name (the staff lists of ministry pages:
    ``Ministerin: X``, ``Parlamentarischer Staatssekretär: Dr. Y``): the label is the role
    phrase (starting with the role noun or its Land or rank modifier), the value one name."""
    text = index.text
    out: list[OfficeMention] = []
    if ":" not in text:
        return out
    for m in _LABEL_VALUE.finditer(text):
        if not _ROLE_HINT.search(m.group("role")) or index.is_clutter(m.start()):
            continue
        roles = tokenize(text, m.start("role"), m.end("role"))
        names = tokenize(text, m.start("name"), m.end("name"))
        r = next((j for j, t in enumerate(roles[:3]) if role_class(t.text)), None)
        if r is None or _role_left(roles, r) != 0 or not roles[r].text[0].isupper():
            continue
        found = full_name_at(names, 0)
        if not found:
            continue
        rest = found[1]
        if rest < len(names) and names[rest].text == "(":  # "X (SPD)"
            rest = next((j + 1 for j in range(rest, len(names)) if names[j].text == ")"), rest)
        if rest != len(names):
            continue
        made = _claim(index, found[0], roles, r, (0, len(roles)), taken)
        if made is not None:
            out.append(made)
    return out


# plural role nouns, with the singular that role_class knows: Ministerinnen, Senatoren,
# Staatssekretäre, Beauftragten, Ministerpräsidenten, (die) Minister
_PLURAL = re.compile(
    r"^(?P<stem>\w*(?:[Mm]inister|[Ss]enator|[Ss]taatssekretär|[Bb]eauftragt|[Bb]evollmächtigt"
    r"|[Mm]inisterpräsident|[Rr]egierungschef))(?P<ending>innen|en|e|s|)$"
)


def _singular(token: str) -> str | None:
    m = _PLURAL.match(token)
    if not m:
        return None
    stem, ending = m.group("stem"), m.group("ending")
    if ending == "innen":
        return stem + "in"
    if stem.lower().endswith(("beauftragt", "bevollmächtigt")):  # "Beauftragten" bare too
        return stem + "e" if ending == "en" else None
    if stem.endswith("chef") or ending == "s":  # "die Regierungschefs", not "Ministers"
        return stem if ending == "s" and stem.endswith("chef") else None
    return stem if ending in ("en", "e", "") else None


def _coordinated_adjectives(toks: list[Token], i: int) -> int | None:
    """Where two coordinated Land adjectives before a singular role start (``die bayerische
    und die hessische Ministerin``, ``der sächsische sowie der thüringische Innenminister``)."""
    j = i - 1
    if j < 0 or not toks[j].text[:1].islower() or not lands_in_phrase(toks[j].text):
        return None
    j -= 1
    if j >= 0 and toks[j].text in _ARTICLE:
        j -= 1
    if j < 1 or toks[j].text not in {"und", "sowie"}:
        return None
    j -= 1
    if not toks[j].text[:1].islower() or not lands_in_phrase(toks[j].text):
        return None
    return j


def coordinated_offices(
    index: TextIndex,
    toks: list[Token],
    taken: set[tuple[int, str]],
    roles: list[int],
    known: Sequence[OfficeMention] = (),
) -> list[OfficeMention]:
    """A plural role before coordinated names: ``die Ministerinnen Eva Kurz (Bayern) und Lea
    Brandt (Hessen)``, ``die Staatssekretäre A, B und C``: one office per name."""
    text = index.text
    out: list[OfficeMention] = []
    n = len(toks)
    for i in roles:
        tok = toks[i]
        if not tok.text[:1].isupper() or index.is_clutter(tok.start):
            continue
        single = _singular(tok.text)
        distributed = _coordinated_adjectives(toks, i)
        if distributed is not None and role_class(tok.text):
            single, left = tok.text, distributed  # "die bayerische und die hessische Ministerin"
        elif single is None or role_class(single) is None:
            continue
        elif _genitive_body_not_government(toks, i + 1):
            continue  # "die Beauftragten der beiden Kirchen, X und Y": no public office
        else:
            left = _role_left(toks, i)
            article = toks[left - 1].text if left else ""
            if not (tok.text.endswith("innen") or article in {"die", "Die"}):
                continue
        k = i + 1
        # "die Ministerinnen und Minister", "Senatorinnen und Senatoren"
        if k + 1 < n and toks[k].text == "und" and _singular(toks[k + 1].text):
            k += 2
        c_end = max(k, _complement_end(toks, k - 1))
        k = c_end
        if k < n and toks[k].text == ",":
            k += 1
        people: list[PersonMention] = []
        while k < n:
            found = full_name_at(toks, k)
            if not found:
                break
            people.append(found[0])
            k = found[1]
            if k < n and toks[k].text == "(":
                while k < n and toks[k].text != ")" and len(people) < 40:
                    k += 1
                k += 1
            if k < n and toks[k].text in {",", "und", "sowie"}:
                k += 1
                continue
            break
        if len(people) < 2:
            continue
        phrase = text[toks[left].start : toks[c_end - 1].end]
        land, federal = _land_of(phrase, single)
        # as many Länder as names, coordinated: respectively ("die Ministerinnen aus Hessen
        # und Bayern, X und Y"; "die Senatoren Bremens und Hamburgs, X und Y")
        named = list(dict.fromkeys(m.code for m in lands_in_phrase(phrase)))
        respective = named if len(named) == len(people) and not federal else None
        cls = role_class(single) or "Minister"
        for n_p, p in enumerate(people):
            if (p.start, cls) in taken:
                if respective and distributed is not None:
                    # the main scan read "die hessische Ministerin X" alone: X's Land is the
                    # first of the coordination's
                    for o in known:
                        if o.person.start == p.start and o.role_class == cls:
                            o.land = respective[n_p]
                continue
            taken.add((p.start, cls))
            out.append(
                office(
                    index,
                    p,
                    tok,
                    phrase,
                    (toks[left].start, toks[c_end - 1].end),
                    cls=cls,
                    land=respective[n_p] if respective else land,
                    federal=federal,
                )
            )
    return out


# a fronted phrase of origin or representation, then the verb and adverbs before the role:
# "Für Thüringen nahm außerdem Staatssekretärin X teil", "Aus Bremen kam Senatorin Y"
_FRONTED_LAND = re.compile(
    r"[ \t]*(?:[A-ZÄÖÜ][\w/.-]+[ \t]+[–—-][ \t]+)?(?:Für|Aus|Von[ \t]+Seiten)[ \t]+(?:(?:das|den|dem|die|der)[ \t]+)?"
    r"(?P<land>[A-ZÄÖÜ][\w-]+(?:[ \t]+[A-ZÄÖÜ][\w-]+)?)[ \t]+(?:[a-zäöüß]+[ \t]+){1,4}$"
)


def fronted_lands(index: TextIndex, offices: list[OfficeMention]) -> None:
    """An office whose clause opens with the Land it is there for or comes from (``Für das
    Saarland war außerdem Staatssekretär X dabei``) takes that Land where its phrase names none."""
    text = index.text
    for o in offices:
        if o.land is not None:
            continue
        start = o.phrase[0] if o.phrase else o.evidence.start
        ss = index.sentence_at(start)[0]
        if start - ss > 80:
            continue
        m = _FRONTED_LAND.match(text[ss:start])
        if not m:
            continue
        found = lands_in_phrase(m.group("land"))
        if len(found) == 1 and found[0].end - found[0].start == len(m.group("land")):
            o.land, o.federal = found[0].code, False


_POSSESSIVE = re.compile(r"(?<![\w-])(?P<stem>[Ss]ein|[Ii]hr)(?:e|em|en|er)?\s+$")


def possessive_lands(index: TextIndex, offices: list[OfficeMention]) -> None:
    """``Hessens Minister X und seine Staatssekretärin Y``: an office introduced with a
    possessive belongs to the Land of the office holder it refers to, named before it in the
    sentence or the one before (``… Ministerin X. Begleitet wurde sie von ihrem Staatssekretär Y``),
    agreeing in gender (``sein`` a man, ``ihr`` a woman) where the holder's shows it."""
    text = index.text
    ordered = sorted(offices, key=lambda o: o.evidence.start)
    possessed: set[int] = set()  # offices whose Land this pass gave (no referents themselves)
    for n, o in enumerate(ordered):
        if o.land is not None or n == 0:
            continue
        start = o.phrase[0] if o.phrase else o.evidence.start
        poss = _POSSESSIVE.search(text[max(0, start - 8) : start])
        if not poss:
            continue
        female = poss.group("stem").lower() == "ihr"
        sentence = index.sentence_at(start)
        before = index.sentence_before(sentence[0])
        window = before[0] if before and sentence[0] - before[1] < 3 else sentence[0]
        for j in range(n - 1, -1, -1):
            prev = ordered[j]
            if prev.evidence.start < window:
                break
            if not prev.land or prev.person.family == o.person.family or id(prev) in possessed:
                continue
            if _gender(prev) not in (None, female):
                continue  # "Minister X … ihr Staatssekretär": not X's
            o.land, o.federal = prev.land, prev.federal
            possessed.add(id(o))
            break


def _gender(o: OfficeMention) -> bool | None:
    """True for a woman, False for a man, as the role noun or else the given name shows."""
    noun = o.role_text.split()[-1] if o.role_text.split() else ""
    if role_class(noun):
        return is_female_noun(noun)
    return given_name_gender(o.person.given.split()[0]) if o.person.given else None
