"""Stage 3, resolve: mentions become entities with stable keys.

Input: an :class:`~intgraph.models.Extraction`. Output: a
:class:`~intgraph.models.ResolvedDocument`. Side effects: none.

* persons: mentions of one family name in a document are one person (``Köpping`` after
  ``Petra Köpping``; a misspelt photo caption ``Sanja Stahmann`` beside ``Anja Stahmann``);
* offices: the Land comes from the role phrase, else the same person's other offices in the
  document, else the federal markers, else the publishing Land, else the Land the document
  is about (named most outside office phrases), else a news dateline's (``KIEL.`` too), else
  the one Land the text names at all, else the one Land whose cities it names as places
  (``in Saarbrücken``; not for a bare ``Staatsminister``, a title only Bayern, Sachsen, Hessen
  and, in its own documents, Rheinland-Pfalz give their ministers); a ``Parlamentarische/r
  Staatssekretär/in`` is federal unless a Land publishes the text; a federal commissioner's rank ``Staatsministerin`` is not a second office;
* sessions: numbered mentions by number; others by place or year through the reference list
  of IntMK sessions, else merged into the document's only session;
* motions are linked to the session their sentence names, else the document's main session.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from intgraph.language.decisions import ONLINE
from intgraph.language.lands import (
    city_state_away,
    dateline_land,
    dominant_land,
    parliament_land,
    place_lands,
)
from intgraph.language.lexicon import content_words, is_given_name, is_name_token
from intgraph.models import (
    Extraction,
    Holding,
    Motion,
    Person,
    PersonMention,
    ProgrammeRef,
    Quote,
    ResolvedDocument,
    Session,
    SessionMention,
)
from intgraph.reference import SessionRef
from intgraph.reference import persons as reference_persons
from intgraph.reference import programmes as programme_defs
from intgraph.reference import sessions as reference_sessions
from intgraph.resolve.ids import fold, short_hash, slug

__all__ = ["Context", "resolve"]


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _compatible(g1: str | None, g2: str | None) -> bool:
    if not g1 or not g2:
        return True
    a, b = fold(g1), fold(g2)
    return a[:3] == b[:3] or _edit_distance(a, b) <= 2


class _People:
    """Clusters of person mentions within one document."""

    def __init__(
        self,
        mentions: list[PersonMention],
        text: str = "",
        known: dict[str, tuple[str, str]] | None = None,
    ) -> None:
        self.clusters: list[list[PersonMention]] = []
        mentions = list(mentions)
        # clusters by folded family name, each with its distinct given names: a mention is
        # compared with those, not with every member (linear in the mentions)
        by_family: dict[str, list[tuple[list[PersonMention], set[str | None]]]] = {}
        for m in sorted(mentions, key=lambda m: (m.given is None, m.in_caption, m.start)):
            for c, givens in by_family.setdefault(fold(m.family), []):
                if all(_compatible(g, m.given) for g in givens):
                    c.append(m)
                    givens.add(m.given)
                    break
            else:
                c = [m]
                self.clusters.append(c)
                by_family[fold(m.family)].append((c, {m.given}))
        self.clusters = _merge_given_only(self.clusters)
        self.persons: list[Person] = []
        self._by_id: dict[int, Person] = {}
        for c in self.clusters:
            full = [m for m in c if m.given]
            if not full and text:
                found = _full_name_in(text, c[0].family)
                if found is None and known and fold(c[0].family) in known:
                    # named in full in an earlier window of a large document
                    given, family = known[fold(c[0].family)]
                    found = PersonMention(family, given, -1, -1)
                if found:
                    c.append(found)
                    full = [found]
            pool = [m for m in full if not m.in_caption] or full or c
            best = Counter((m.given, m.family) for m in pool).most_common(1)[0][0]
            given, family = best
            name = f"{given} {family}" if given else family
            honorific = next((m.honorific for m in c if m.honorific), None)
            key, registered = registry_key(given, family)
            person = Person(key, name, given, family, honorific, registered=registered)
            if known is not None and given:
                known.setdefault(fold(family), (given, family))
            self.persons.append(person)
            for m in c:
                self._by_id[id(m)] = person

    def of(self, m: PersonMention) -> Person:
        p = self._by_id.get(id(m))
        if p is not None:
            return p
        for c, person in zip(self.clusters, self.persons, strict=True):
            if fold(c[0].family) == fold(m.family):
                return person
        raise KeyError(m.name)


def _merge_given_only(clusters: list[list[PersonMention]]) -> list[list[PersonMention]]:
    """``Ministerin Franziska`` after ``Franziska Oberhuber``: a one-word name that is a given
    name (and no cluster's family name) joins the one person of the document with that given
    name."""
    by_given: dict[str, list[list[PersonMention]]] = defaultdict(list)
    families = {fold(c[0].family) for c in clusters if any(m.given for m in c)}
    for c in clusters:
        for g in {fold(m.given.split()[0]) for m in c if m.given}:
            by_given[g].append(c)
    out = []
    for c in clusters:
        word = fold(c[0].family)
        if (
            not any(m.given for m in c)
            and " " not in c[0].family
            and word not in families
            and len(by_given.get(word, [])) == 1
            and is_given_name(c[0].family)
        ):
            target = by_given[word][0]
            target.extend(c)
            continue
        out.append(c)
    return out


def _full_name_in(text: str, family: str) -> PersonMention | None:
    """``Malu Dreyer`` somewhere in the text for a person otherwise named ``Dreyer``."""
    for m in re.finditer(rf"\b([A-ZÄÖÜ][\w-]+)\s+{re.escape(family)}(?![\w-])", text):
        if is_name_token(m.group(1)):
            return PersonMention(family, m.group(1), m.start(), m.end())
    return None


@lru_cache(maxsize=1 << 14)  # names recur from document to document; the registry is fixed
def registry_key(given: str | None, family: str) -> tuple[str, bool]:
    """The person's key: from the reference registry when the name (or a known variant, or an
    unambiguous family name) is listed there, else the provisional key of the normalised name.

    >>> registry_key("Manne", "Lucha"), registry_key(None, "Faeser"), registry_key("Eva", "Muster")
    (('manfred-lucha', True), ('nancy-faeser', True), ('eva-muster', False))
    """
    full = fold(f"{given} {family}") if given else None
    fam = fold(family)
    by_family = []
    for ref in reference_persons():
        names = [ref.name, *ref.variants]
        if full and any(fold(n) == full for n in names):
            return ref.key, True
        if any(fold(n).split()[-1] == fam for n in names):
            by_family.append(ref)
    if len(by_family) == 1:
        ref = by_family[0]
        ref_given = ref.name.split()[0]
        if given is None or _compatible(given, ref_given):
            return ref.key, True
    return slug(f"{given} {family}" if given else family), False


@dataclass
class Context:
    """What is carried from one window of a large document to the next (``intgraph.windows``;
    issue 16): the full names read so far (a family name alone in a later window is that
    person), the motions (each with the evidence of its first mention), the sessions and how much evidence each had (the document's main session is the
    one with most evidence in all windows read so far), and the head of the document (where a
    news dateline stands). It grows with the document's distinct names and sessions, not with
    its text."""

    head: str | None = None
    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    sessions: dict[str, tuple[Session, int]] = field(default_factory=dict)
    motions: set[str] = field(default_factory=set)  # keys of the motions written


def resolve(ex: Extraction, context: Context | None = None) -> ResolvedDocument:
    """The entities of one document (``context``: where ``ex`` is a window of a large
    document, what the windows before it resolved)."""
    if context is not None and context.head is None:
        context.head = ex.document.text[:3000]
    people = _People(ex.persons, ex.document.text, context.names if context else None)
    holdings = _holdings(ex, people, context.head if context else None)
    used = {h.person_key for h in holdings}
    quotes = [Quote(people.of(q.speaker).key, q.text, q.evidence) for q in ex.quotes]
    used |= {q.person_key for q in quotes}
    persons = [p for p in people.persons if p.key in used]
    sessions, main = _sessions(ex, context)
    motions = _motions(ex, sessions, main, context.motions if context else None)
    programmes: dict[str, ProgrammeRef] = {}
    for pm in ex.programmes:
        key = slug(pm.key) if pm.provisional else pm.key
        ref = programmes.setdefault(key, ProgrammeRef(key, pm.label, pm.provisional))
        ref.evidence.append(pm.evidence)
    return ResolvedDocument(
        document=ex.document,
        facts=ex.facts,
        persons=sorted(persons, key=lambda p: p.key),
        holdings=holdings,
        quotes=quotes,
        sessions=sessions,
        motions=motions,
        programmes=sorted(programmes.values(), key=lambda p: p.key),
    )


# the chair of the conference in an office holder's own sentence ("Vorsitzende", "den Vorsitz")
_CHAIR = re.compile(r"\bVorsitz(?:ende[rn]?|es)?\b")

_CHANCELLERY = re.compile(r"\b(?:Staatskanzlei|Senatskanzlei)\b")
# Berlin's parliament by the name only Berlin gives it (a "Senatsverwaltung" is a weaker
# sign: Bremen's and Hamburg's senates have administrations too)
_BERLIN_PARLIAMENT = re.compile(r"(?<![\w-])Abgeordnetenhaus(?:es)?(?![\w-])")
# a colleague noun, maybe with the colleague's name, and "aus" before a Land
_COLLEAGUE_FROM = re.compile(
    r"(?<![\w-])(?:Amts|Ressort|Fach)?[Kk]olleg(?:e|en|in|innen)(?:\s+[A-ZÄÖÜ][\w-]+){0,2}\s+aus\s+$"
)

# the Länder whose cabinet ministers carry the title Staatsminister/in
_STAATSMINISTER_LANDS = {"DE-BY", "DE-SN", "DE-HE"}
# Rheinland-Pfalz's carry it too ("Staatsministerin für Familie, Frauen, Kultur und
# Integration"), but its bare rank takes the Land only from a document of the Land itself (its
# government's release, its parliament's paper), not from a dateline ("Mainz. … Staatsminister
# X": a federal one may be visiting)
_STAATSMINISTER_DOCUMENT_LANDS = {"DE-RP"}


def _holdings(ex: Extraction, people: _People, head: str | None = None) -> list[Holding]:
    used_spans = [o.phrase or (o.evidence.start, o.evidence.end) for o in ex.offices if o.land]
    # a Land in brackets after a holder's name is that holder's ("Staatssekretär Y (Berlin)")
    for o in ex.offices:
        m = _BRACKET.match(ex.document.text, o.person.end)
        if o.land and m:
            used_spans.append((m.start(), m.end()))
    # ("reist zur MPK nach Berlin": a city-state as a journey's goal is no Land of the text)
    lands = [m for m in ex.lands if not city_state_away(ex.document.text, m)]
    # "Ihr Kollege X aus Schleswig-Holstein": a colleague's origin is that colleague's Land,
    # not the one the text is about
    colleagues = [
        (m.start, m.end)
        for m in lands
        if _COLLEAGUE_FROM.search(ex.document.text, max(0, m.start - 80), m.start)
    ]
    about = dominant_land(lands, used_spans + colleagues)
    named = {m.code for m in lands} - {"DE"}
    sole = next(iter(named)) if len(named) == 1 else None
    land_starts = sorted(m.start for m in lands if m.code != "DE")
    explicit: dict[str, list[str]] = defaultdict(list)
    for o in ex.offices:
        if o.land:
            explicit[people.of(o.person).key].append(o.land)
    commissioners = {
        people.of(o.person).key
        for o in ex.offices
        if o.role_class == "Beauftragte" and o.land == "DE"
    }
    merged: dict[tuple[str, str, str | None], Holding] = {}
    dateline: str | bool | None = False  # not looked up yet
    seat: str | bool | None = False  # a dateline that is a Land's capital, not looked up yet
    berlin: bool | None = None  # the text names Berlin's parliament, not looked up yet
    parliament: str | bool | None = False
    cities: set[str] | None = None
    chairs = {c.land for c in ex.chairs}
    if len(chairs) == 1 and not ex.facts.publisher_land:
        # "… ist Minister X ein Jahr lang Vorsitzender": the chair's Land
        for o in ex.offices:
            key = people.of(o.person).key
            sentence = o.evidence.sentence or ""
            if o.land is None and not explicit.get(key) and _CHAIR.search(sentence):
                explicit[key].append(next(iter(chairs)))
    for o in ex.offices:
        person = people.of(o.person)
        if (
            person.key in commissioners
            and o.role_class == "Minister"
            and "staatsminister" in o.role_text.lower()
            and o.land in (None, "DE")
        ):
            continue
        land = o.land
        if land is None:
            if o.federal:
                land = "DE"
            elif explicit.get(person.key):
                land = Counter(explicit[person.key]).most_common(1)[0][0]
            elif o.role_text.startswith("Parlamentarische"):
                # the rank of the federal government's state secretaries who are MPs (a Land
                # that has them names itself in the phrase or publishes the text)
                land = ex.facts.publisher_land or "DE"
            else:
                # a parliament's protocol or paper: its government's members speak in it
                # ("Schleswig-Holsteinischer Landtag – Plenarprotokoll …")
                if parliament is False:
                    parliament = parliament_land(ex.document.text if head is None else head)
                land = ex.facts.publisher_land or parliament or about
                # the bare rank Staatsminister/in (a Land cabinet member heads the Land's
                # chancellery: "die Staatsministerin und Chefin der Staatskanzlei, X")
                rank = o.role_text.lower().startswith("staatsminister") and not _CHANCELLERY.search(
                    ex.document.text, o.evidence.start, o.evidence.end
                )
                if land is None and not rank and not colleagues:
                    # a news dateline: "Kiel – …"; not where a colleague from another Land
                    # is named ("Ihr Kollege X aus Schleswig-Holstein"): the dateline then
                    # places a meeting of Länder, not the office
                    if dateline is False:
                        dateline = dateline_land(ex.document.text if head is None else head)
                    land = dateline
                elif land is None and rank and not colleagues:
                    # the bare rank, which the federation gives too: only a dateline that is a
                    # Land's seat of government ("München. … Staatsministerin X"); another
                    # city places the event, not the office ("Nürnberg. … Staatsministerin X":
                    # GOLD, a bare Staatsministerin with no Land named has none)
                    if seat is False:
                        seat = dateline_land(ex.document.text if head is None else head, seat=True)
                    land = seat
                if (
                    land is None
                    and not o.anaphoric
                    and land_starts
                    and land_starts[0] < o.person.start  # the text's Land is set out first
                    and not _named_after(ex.document.text, land_starts, o.person.end)
                ):
                    # the one Land the text names at all (a report on one Land's politics:
                    # "Brandenburgs Ministerin X … die Landesbeauftragte Y"), unless the
                    # sentence names it only after the person, for someone else ("X und
                    # Staatssekretär Y (Berlin)")
                    land = sole
                if land is None and sole and not o.anaphoric and not rank:
                    # the one Land the text names, if only after the person, where the
                    # text's places lie in it too ("Landtag in Hannover debattiert … Innen-
                    # ministerin X … Niedersachsens Beauftragte Y"): two signs agree
                    if cities is None:
                        cities = place_lands(ex.document.text)
                    land = sole if cities == {sole} else None
                if land is None and not named and not o.anaphoric and not rank:
                    # no Land named at all: the one Land whose cities the text names as places
                    # ("in Saarbrücken", "Staatskanzlei Schwerin"); not for the bare rank
                    # Staatsminister/in, which the federation gives too (a session's venue
                    # does not make it a Land's)
                    if cities is None:
                        cities = place_lands(ex.document.text)
                    land = next(iter(cities)) if len(cities) == 1 else None
                documented = ex.facts.publisher_land or parliament
                if (
                    rank
                    and land not in _STAATSMINISTER_LANDS
                    and not (land in _STAATSMINISTER_DOCUMENT_LANDS and land == documented)
                ):
                    land = None  # a bare Staatsminister/in outside Bayern, Sachsen, Hessen
                if land is None and o.role_class == "Senator":
                    # a senator sits in one of the city-states; Berlin's own name for its
                    # parliament tells which ("die CDU-Fraktion im Abgeordnetenhaus")
                    if berlin is None:
                        berlin = bool(_BERLIN_PARLIAMENT.search(ex.document.text))
                    land = "DE-BE" if berlin else None

        key = (person.key, o.role_class, land)
        h = merged.get(key)
        if h is None:
            # a holding without a Land merges into one of the same person and role that has one
            ministry = o.ministry_key
            if (
                ministry is None
                and ex.facts.publisher_ministry
                and land == ex.facts.publisher_land
                and o.role_class in ("Minister", "Staatssekretaer", "Senator")
            ):
                ministry = ex.facts.publisher_ministry  # quoted in their own ministry's release
            h = merged[key] = Holding(
                person.key, o.role_class, _role_label(o.role_text), land, ministry
            )
        h.evidence.append(o.evidence)
    # a holding left without a Land (the bare rank "Frau Staatsministerin X") is the one of
    # the same person and role class that has a Land in this document ("X, Ministerin für …")
    for (key, role, land), h in list(merged.items()):
        if land is not None:
            continue
        landed = [g for (k, r, g_land), g in merged.items() if k == key and r == role and g_land]
        if len(landed) == 1:
            landed[0].evidence.extend(h.evidence)
            del merged[(key, role, land)]
    return list(merged.values())


_BRACKET = re.compile(r"[ \t]*\([^()\n]{2,40}\)")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")


def _named_after(text: str, land_starts: list[int], pos: int) -> bool:
    """Whether the sentence around ``pos`` names a Land after ``pos`` and none before it
    (``land_starts``: the sorted offsets of the text's Land mentions)."""
    lo = max(0, pos - 1000)
    end_m = _SENTENCE_END.search(text, pos, pos + 1000)
    end = end_m.start() if end_m else min(len(text), pos + 1000)
    start = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos), lo - 1) + 1
    i = bisect.bisect_left(land_starts, start)
    return i < len(land_starts) and pos < land_starts[i] < end


def _role_label(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _same_session(s: Session, m: SessionMention, refs: tuple[SessionRef, ...]) -> bool:
    """Can an unnumbered mention be the session ``s``? Not with another year or place (the
    reference gives a numbered session's)."""
    ref = next((r for r in refs if s.number is not None and r.number == s.number), None)
    year = s.year or (ref.year if ref else None)
    place = s.place or (ref.place if ref else None)
    return (m.year is None or year in (None, m.year)) and (
        m.place is None or place in (None, m.place)
    )


def _carried(context: Context | None, key: str) -> Session | None:
    """A new session of this window with what the windows before said of it."""
    if context is None or key not in context.sessions:
        return None
    s = context.sessions[key][0]
    return Session(s.key, s.number, s.year, s.place, s.chair_land, s.start_date)


def _numbered(context: Context | None, number: int) -> Session:
    return _carried(context, str(number)) or Session(str(number), number, None, None, None, None)


def _sessions(
    ex: Extraction, context: Context | None = None
) -> tuple[list[Session], Session | None]:
    refs = reference_sessions()
    by_number: dict[int, Session] = {}
    loose = []
    for m in ex.sessions:
        if m.number is not None:
            s = by_number.get(m.number) or by_number.setdefault(
                m.number, _numbered(context, m.number)
            )
            s.year = s.year or m.year
            s.place = s.place or m.place
            s.chair_land = s.chair_land or m.chair_land
            s.start_date = s.start_date or m.start_date
            s.evidence.append(m.evidence)
        else:
            loose.append(m)
    unresolved = []
    for m in loose:
        number = None
        if m.place:
            hits = [r for r in refs if r.place == m.place and (m.year is None or r.year == m.year)]
            if len(hits) == 1:
                number = hits[0].number
        if number is None and m.year:
            hits = [r for r in refs if r.year == m.year]
            # a city other than the reference session's is another meeting that year (a
            # preparatory conference, a news report's other venue): no number from the year
            if (
                len(hits) == 1
                and (m.place is None or hits[0].place is None)
                and (not by_number or hits[0].number in by_number or m.place)
            ):
                number = hits[0].number
        if number is None:
            unresolved.append(m)
            continue
        s = by_number.get(number) or by_number.setdefault(number, _numbered(context, number))
        s.year = s.year or m.year
        s.place = s.place or m.place
        s.chair_land = s.chair_land or m.chair_land
        s.evidence.append(m.evidence)
    sessions = list(by_number.values())
    if unresolved and not sessions and context is not None and len(context.sessions) == 1:
        # a large document's one session, named in an earlier window
        sessions = [_carried(context, next(iter(context.sessions)))]  # type: ignore[list-item]
    for m in unresolved:
        # the one session named, unless the mention's year or place is another ("im kommenden
        # Jahr", "zuvor hatte die Runde in Neustadt getagt")
        if len(sessions) == 1 and _same_session(sessions[0], m, refs):
            s = sessions[0]
            s.place = s.place or m.place
            s.chair_land = s.chair_land or m.chair_land
            s.evidence.append(m.evidence)
            continue
        key = f"{ex.document.key}-{m.year or slug(m.place or 'x')}"
        s = _carried(context, key) or Session(key, None, m.year, m.place, m.chair_land, None)
        s.evidence.append(m.evidence)
        sessions.append(s)
    for s in sessions:  # held online: no place, whatever city another sentence names
        if any(e.sentence and ONLINE.search(e.sentence) for e in s.evidence):
            s.place = None
    doc_year = int(ex.facts.date[:4]) if ex.facts.date else None

    sessions = [s for s in sessions if s.evidence]  # (a carried session no mention joined)
    before = context.sessions if context is not None else {}

    def weight(s: Session) -> tuple[int, int, int]:
        # most evidence; on a tie the session nearest the document's own year, then the latest
        near = -abs((s.year or doc_year or 0) - (doc_year or 0)) if doc_year else 0
        return (len(s.evidence) + before.get(s.key, (s, 0))[1], near, s.number or 0)

    here = {s.key for s in sessions}
    candidates = sessions + [s for k, (s, _) in before.items() if k not in here]
    main = max(candidates, key=weight, default=None)
    chairs = Counter(c.land for c in ex.chairs)
    if main is not None and main.key in here and main.chair_land is None and len(chairs) == 1:
        main.chair_land = next(iter(chairs))
    if context is not None:
        for s in sessions:
            seen = before.get(s.key, (s, 0))[1] + len(s.evidence)
            kept = Session(s.key, s.number, s.year, s.place, s.chair_land, s.start_date)
            context.sessions[s.key] = (kept, seen)
    return sorted(sessions, key=lambda s: (s.number is None, s.number or 0, s.key)), main


@lru_cache(maxsize=1 << 14)  # titles recur from document to document; the list is fixed
def _programmes_named(title: str) -> tuple[str, ...]:
    """Keys of the reference programmes a motion's title names, sorted."""
    return tuple(sorted({p.key for p in programme_defs() if p.pattern.search(title)}))


def _motions(
    ex: Extraction, sessions: list[Session], main: Session | None, seen: set[str] | None = None
) -> list[Motion]:
    out = []
    seen = set() if seen is None else seen  # (a motion is told with its first evidence)
    for m in ex.motions:
        session = main
        if m.evidence is not None:
            for s in sessions:
                if any(e.sentence and e.sentence == m.evidence.sentence for e in s.evidence):
                    session = s
                    break
        title_key = " ".join(sorted(content_words(m.title))) or fold(m.title)
        base = session.key if session else ex.document.key
        key = f"{base}-{short_hash(m.agenda_item or '', title_key, length=8)}"
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Motion(
                key=key,
                title=m.title,
                session_key=session.key if session else None,
                submitters=sorted(m.submitters),
                supporters=sorted(m.supporters - m.submitters),
                result=m.result,
                agenda_item=m.agenda_item,
                addressee=m.addressee,
                evidence=[m.evidence] if m.evidence else [],
                programmes=list(_programmes_named(m.title)),
            )
        )
    return out
