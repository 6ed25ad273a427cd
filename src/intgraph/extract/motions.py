"""Motions (Anträge, Leitanträge, Beschlüsse) put to an IntMK session.

Three sources of evidence, all seen in real documents:

* agenda lists of resolution records: ``TOP 2.1 Titel … 11`` or a table ``2.3   Titel   15``
  (section headings such as ``TOP 2 Integration / Zusammenhalt`` are not motions);
* explicit motions in press releases: ``Leitantrag „Miteinander wachsen“``, ``mit einem
  eigenen Antrag für …``, ``Der erste Antrag fordert …``, ``zwei hessische Anträge einstimmig
  angenommen``;
* what the conference or the Länder jointly demanded or resolved: ``Die Integrationsminister-
  konferenz hat die Erarbeitung eines Integrationspaketes gefordert``, ``… setzte sich mit den
  anderen Ländern gemeinsam dafür ein, dass …``, ``Forderungen nach …, nach …``.

Text inside quotations is a speaker's words, not a motion.
"""

from __future__ import annotations

import re

from intgraph.extract.quotes import quote_spans
from intgraph.extract.sessions import INTMK
from intgraph.language.lands import find_lands, lands_in_phrase
from intgraph.language.lexicon import content_words
from intgraph.language.text import TextIndex
from intgraph.models import Evidence, MotionMention

EXTRACTOR = "motions.v1"

_TOP_LINE = re.compile(
    r"^\s*(?:TOP\s+)?(?P<num>[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Z])\b\s*(?P<title>.*?)\s*(?P<page>\d{1,3})?\s*$"
)
_ADOPTED = re.compile(
    r"\b(?:einstimmig|mehrheitlich|angenommen|beschlossen|verabschiedet|erfolgreich|zugestimmt|gebilligt)\b"
    r"|\bmit\s+\d+\s+(?:der\s+16\s+|anderen\s+)?(?:Bundes)?[Ll]ändern?\b|Seite an Seite mit \d+"
)
# "Bayern stimmte nicht zu" is one Land's dissent, not the conference rejecting the motion
_REJECTED = re.compile(r"\b(?:abgelehnt|keine\s+Mehrheit|gescheitert|nicht\s+angenommen)\b")
_LAND_CODE = re.compile(r"\b(?:DE-)?(BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH)\b")
_FEDERAL_ADDRESSEE = re.compile(r"\b(?:Bund|Bundes|Bundesregierung|Bundesgesetzgeber)\b")
_GEN = r"(?:\s+(?:des\s+Landes\s+|der\s+Freien\s+Hansestadt\s+)?[A-ZÄÖÜ][\w-]+s)?"
_ANTRAG_TITLE = [
    re.compile(
        r"(?P<kind>Leitantrag|Antrag|Beschluss|Resolution)"
        + _GEN
        + r"\s+[„»\"](?P<title>[^“«\"]{3,200})[“«\"]"
    ),
    re.compile(
        r"(?P<kind>Leitantrag|Antrag)"
        + _GEN
        + r"\s+(?P<title>(?:für|zur|zum|zu|über)\s+[^.;:!?]{8,250})"
    ),
    re.compile(
        r"(?P<kind>Antrag|Leitantrag)\s+(?:fordert|forderte|thematisiert|thematisierte|verlangt|zielt\s+auf|sieht\s+vor,?)\s+"
        r"(?:vom\s+Bund,?\s+|den\s+Bund\s+auf,?\s+)?(?P<title>[^.;!?]{8,250})"
    ),
]
_HIERZU = re.compile(r"Antrag\s+(?:hierzu|dazu)\b")
_FORDERUNG_NACH = re.compile(
    r"Forderung(?:en)?\s+(?:gegenüber\s+dem\s+Bund\s+|an\s+den\s+Bund\s+)?nach\s+(?P<title>[^.;!?]{8,250})"
)
_BODY = rf"(?:Die\s+)?(?:{INTMK}|Konferenz|Länder|Integrationsminister\w*|Länderminister\w*|Ministerinnen\s+und\s+Minister)"
_DEMANDS = [
    re.compile(
        rf"{_BODY}(?:\s*\([^)]*\))?\s+(?:hat|haben)\s+(?P<title>[^.;!?]{{5,250}}?)\s+(?:gefordert|beschlossen|bekräftigt)"
    ),
    re.compile(
        rf"{_BODY}(?:\s*\([^)]*\))?\s+(?:fordert|fordern|forderte|forderten|bekräftigt|bekräftigen|bekräftigte|bekräftigten|verlangt|verlangten)\s+(?:im\s+Rahmen\s+der\s+\w+\s+)?(?P<title>[^.;!?]{{8,300}})"
    ),
    re.compile(
        rf"{_BODY}\s+(?:haben|hat|sprachen|sprechen|spricht)\s+sich\s+(?:\w+\s+){{0,3}}?für\s+"
        r"(?P<title>[^.;!?]{8,250}?)\s+(?:ausgesprochen|aus)\b"
    ),
    re.compile(
        r"verständigten\s+sich\s+(?:die\s+\w+\s+)?darüber,\s+dass\s+(?P<title>[^.;!?]{8,250})"
    ),
    re.compile(
        r"beschlossen\s+[„»\"]?[^,]{0,160},\s+(?P<title>[^.;!?“]{5,200}?\s+zu\s+\w+|[^.;!?“]{5,200}?\w+zu\w+en)\b"
    ),
    re.compile(r"setzte\s+sich\b.{0,140}?\bdafür\s+ein,\s+dass\s+(?P<title>[^.;!?]{8,300})"),
    re.compile(
        r"der\s+Forderung\s+der\s+Länder\s+(?:an\s+den\s+Bund\s+)?an,\s+(?P<title>[^.;!?]{8,300})"
    ),
]
_CONTINUE = re.compile(
    r"^\s*(?:Außerdem|Darüber\s+hinaus|Zudem|Ferner)\s+soll(?:te|en)?\s+der\s+Bund\s+(?P<title>[^.;!?]{8,300})"
)
_ENUM = re.compile(r"Forderungen\s+(?P<items>nach\s+[^.!?]+)")
_GROUP = re.compile(r"(?P<n>zwei|drei|vier|fünf|\d+)\s+(?P<adj>[a-zäöü-]+e)\s+Anträge")
_ORDINAL_ANTRAG = re.compile(
    r"(?:Der|Ein)\s+(?:erste|zweite|dritte|vierte|weitere)\s+(?:(?P<adj>[a-zäöü-]+e)\s+)?Antrag"
)

# verb → noun, for turning demand clauses into the nominal style of motion titles
_NOMINAL = {
    "weiterentwickelt": "Weiterentwicklung",
    "weiterzuentwickeln": "Weiterentwicklung",
    "ausgestattet": "Ausstattung",
    "auszustatten": "Ausstattung",
    "verstetigen": "Verstetigung",
    "verstetigt": "Verstetigung",
    "schaffen": "Schaffung",
    "geschaffen": "Schaffung",
    "stärken": "Stärkung",
    "gestärkt": "Stärkung",
    "verbessern": "Verbesserung",
    "verbessert": "Verbesserung",
    "ausbauen": "Ausbau",
    "ausgebaut": "Ausbau",
    "auszubauen": "Ausbau",
    "öffnen": "Öffnung",
    "geöffnet": "Öffnung",
    "erleichtern": "Erleichterung",
    "erleichtert": "Erleichterung",
    "finanzieren": "Finanzierung",
    "finanziert": "Finanzierung",
    "fördern": "Förderung",
    "gefördert": "Förderung",
    "überprüfen": "Überprüfung",
    "überprüft": "Überprüfung",
    "einzurichten": "Einrichtung",
    "eingerichtet": "Einrichtung",
    "aufzustocken": "Aufstockung",
    "aufgestockt": "Aufstockung",
    "aufstocken": "Aufstockung",
    "ausgesetzt": "Aussetzung",
    "auszusetzen": "Aussetzung",
    "erarbeiten": "Erarbeitung",
    "erarbeitet": "Erarbeitung",
    "anerkennen": "Anerkennung",
    "anerkannt": "Anerkennung",
    "sichern": "Sicherung",
    "gesichert": "Sicherung",
    "beteiligen": "Beteiligung",
    "unterstützen": "Unterstützung",
    "unterstützt": "Unterstützung",
    "verankern": "Verankerung",
    "verankert": "Verankerung",
    "abschaffen": "Abschaffung",
    "abgeschafft": "Abschaffung",
}


_MODAL = {
    "werden",
    "wird",
    "sollte",
    "sollten",
    "soll",
    "sollen",
    "muss",
    "müssen",
    "kann",
    "können",
}


def nominalise(clause: str) -> str:
    """Turn a demand clause into a title: ``die Beratung zu verstetigen`` → ``Verstetigung: die Beratung``.

    >>> nominalise("die Anerkennungs- und Qualifizierungsberatung zu verstetigen und einen gesetzlichen Beratungsanspruch zu schaffen")
    'Verstetigung: die Anerkennungs- und Qualifizierungsberatung; Schaffung: einen gesetzlichen Beratungsanspruch'
    >>> nominalise("die Vorrangprüfung auf dem Arbeitsmarkt zumindest zeitweise ausgesetzt werden sollte")
    'Aussetzung: die Vorrangprüfung auf dem Arbeitsmarkt zumindest zeitweise'
    """
    parts = re.split(r"\s+(?:sowie|und)\s+(?=(?:das|die|der|den|einen|eine|ein|dem)\s)", clause)
    # a part without a verb joins the following part ("die Kurse und die Beratung auszustatten")
    merged: list[str] = []
    for part in parts:
        if (
            merged
            and merged[-1].split()[-1] not in _NOMINAL
            and merged[-1].split()[-1] not in _MODAL
        ):
            merged[-1] = merged[-1] + " und " + part
        else:
            merged.append(part)
    parts = merged
    out = []
    for part in parts:
        words = part.split()
        while words and words[-1] in _MODAL:
            words.pop()
        noun = None
        if words and words[-1] in _NOMINAL:
            noun = _NOMINAL[words.pop()]
            if words and words[-1] == "zu":
                words.pop()
        elif words and re.match(r"^\w+zu\w+en$", words[-1]) and words[-1] in _NOMINAL:
            noun = _NOMINAL[words.pop()]
        rest = " ".join(words).strip(" ,")
        out.append(f"{noun}: {rest}" if noun and rest else (rest or part))
    return "; ".join(out)


_FINITE = re.compile(
    r"\s+(?:wurde|wurden|wird|werden|ist|sind|war|waren|hat|haben|hatte|fand|fanden)\b.*$"
)
_BUND_AUF = re.compile(r"^(?:den|die)\s+(?:Bund|Bundesregierung)\s+(?:\w+\s+){0,2}?auf,\s+")


def _clean(title: str) -> str:
    title = re.sub(r"\s+", " ", title).strip(' ,;:-–„“»«"')
    title = _BUND_AUF.sub("", title)  # "fordern den Bund auf, X zu tun": the demand is X
    title = _FINITE.sub("", title)  # "… wurde einstimmig angenommen"
    title = re.sub(r"^(?:zur|zum)\s+", "", title)
    title = re.sub(
        r"\s+(?:eingesetzt|eingebracht|gestellt|vorgelegt|unterstützt|beschlossen|angenommen|vorgestellt)$",
        "",
        title,
    )
    return title


def _result(sentence: str) -> str:
    if _REJECTED.search(sentence):
        return "rejected"
    if _ADOPTED.search(sentence):
        return "adopted"
    return "unknown"


def find_motions(index: TextIndex, publisher_land: str | None = None) -> list[MotionMention]:
    text = index.text
    if not re.search(INTMK, index.flat):
        return []
    out = _agenda(index)
    quotes = [(a, b) for a, b, _, _ in quote_spans(text)]

    def in_quote(pos: int) -> bool:
        return any(a < pos < b for a, b in quotes)

    group: dict[str, object] = {}
    prev_demand: MotionMention | None = None
    for s_start, s_end in index.sentences:
        if index.is_clutter(s_start):
            continue
        sent = index.flat[s_start:s_end]
        found: list[MotionMention] = []
        g = _GROUP.search(sent)
        if g:
            adj_land = lands_in_phrase(g.group("adj"))
            group = {"land": adj_land[0].code if adj_land else None, "result": _result(sent)}
        for rx in _ANTRAG_TITLE:
            for m in rx.finditer(sent):
                if in_quote(s_start + m.start()):
                    continue
                title = _clean(m.group("title"))
                if m.group("kind") == "Leitantrag" and not title.lower().startswith("leitantrag"):
                    title = f"Leitantrag {title}"
                mm = MotionMention(title=title, result=_result(sent))
                _roles(sent, m.start(), mm, publisher_land)
                o = _ORDINAL_ANTRAG.search(sent)
                if o and group:
                    if group.get("land"):
                        mm.submitters.add(str(group["land"]))
                    if mm.result == "unknown":
                        mm.result = str(group["result"])
                mm.evidence = Evidence(
                    s_start + m.start(), s_start + m.end(), sent.strip()[:600], EXTRACTOR
                )
                found.append(mm)
        if _HIERZU.search(sent) and not found:
            nxt = _next_sentence(index, s_end)
            f = _FORDERUNG_NACH.search(nxt or "")
            if f:
                mm = MotionMention(title=_clean(f.group("title")), result=_result(sent))
                _roles(sent, 0, mm, publisher_land)
                mm.evidence = Evidence(s_start, s_end, sent.strip()[:600], EXTRACTOR)
                found.append(mm)
        if not found:
            for rx in _DEMANDS:
                m = rx.search(sent)
                if m and not in_quote(s_start + m.start()):
                    title = nominalise(_clean(m.group("title")))
                    mm = MotionMention(title=title, result="adopted")
                    mm.evidence = Evidence(
                        s_start + m.start(), s_start + m.end(), sent.strip()[:600], EXTRACTOR
                    )
                    found.append(mm)
                    break
        if not found:
            c = _CONTINUE.search(sent)
            if c and prev_demand is not None:
                mm = MotionMention(
                    title=nominalise(_clean(c.group("title"))), result=prev_demand.result
                )
                mm.evidence = Evidence(
                    s_start + c.start(), s_start + c.end(), sent.strip()[:600], EXTRACTOR
                )
                found.append(mm)
        e = _ENUM.search(sent)
        if e and not in_quote(s_start + e.start()):
            found = [f for f in found if "Forderungen" not in f.title]
            for item in re.split(r",\s*(?:und\s+)?(?:\w+\s+)?nach\s+|^nach\s+", e.group("items")):
                item = _clean(item)
                if len(re.findall(r"\w{4,}", item)) >= 2:
                    mm = MotionMention(
                        title=item, result="adopted" if _ADOPTED.search(sent) else "unknown"
                    )
                    mm.evidence = Evidence(
                        s_start + e.start(), s_start + e.end(), sent.strip()[:600], EXTRACTOR
                    )
                    found.append(mm)
        out.extend(found)
        prev_demand = (
            found[-1] if found else (prev_demand if _CONTINUE.search(sent) is None else None)
        )
    for m in out:
        if (
            m.evidence is not None
            and m.addressee is None
            and _FEDERAL_ADDRESSEE.search(m.evidence.sentence)
        ):
            m.addressee = "DE"
    return _dedupe(out)


def _next_sentence(index: TextIndex, after: int) -> str | None:
    for s, e in index.sentences:
        if s >= after:
            return index.flat[s:e]
    return None


def _roles(sentence: str, pos: int, motion: MotionMention, publisher_land: str | None) -> None:
    """Submitting and supporting Länder of a motion named in this sentence."""
    after = sentence[pos : pos + 60]
    gen = re.match(r"\w+\s+(?P<land>[A-ZÄÖÜ][\w-]+s)\b", after)
    if gen:
        lands = lands_in_phrase(gen.group("land"))
        if lands and lands[0].form == "genitive":
            motion.submitters.add(lands[0].code)
    before = sentence[max(0, pos - 40) : pos]
    adj = re.search(r"(?P<adj>[a-zäöü][\w-]+e[nr]?)\s*$", before)
    if adj:
        lands = lands_in_phrase(adj.group("adj"))
        if lands and lands[0].form == "adjective":
            motion.submitters.add(lands[0].code)
    subject = find_lands(sentence[: max(pos, 1)][:80])
    subj = subject[0].code if subject and subject[0].start < 5 else None
    if subj is None and re.match(r"\s*(?:Das|Unser)\s+Land\b", sentence) and publisher_land:
        subj = publisher_land
    if subj:
        if re.search(
            r"\beigene[nm]?\s+Antrag|\bAntrag\b[^.]{0,60}\b(?:eingebracht|gestellt|vorgelegt)",
            sentence,
        ):
            motion.submitters.add(subj)
        elif re.search(r"\bunterstütz", sentence):
            motion.supporters.add(subj)
    if re.search(r"Antragsteller\w*:\s*Alle\s+Länder", sentence):
        motion.submitters.add("ALL")


def _agenda(index: TextIndex) -> list[MotionMention]:
    """Items of an agenda or table of contents (``TOP 2.1 …``)."""
    text = index.text
    if not re.search(r"\bTOP\b|Inhaltsverzeichnis|Tagesordnung", text):
        return []
    lines = text.split("\n")
    items: list[tuple[str, str, int]] = []  # (number, title, offset)
    offset = 0
    pending_title: list[str] = []
    in_toc = False
    offsets = []
    for line in lines:
        offsets.append(offset)
        offset += len(line) + 1
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if re.search(r"Inhaltsverzeichnis|Tagesordnung", stripped):
            in_toc = True
        m = re.match(
            r"^\s*(?:TOP\s+(?P<top>[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?)|(?P<num>[A-Z]\d{0,2}|\d{1,2}(?:\.\d{1,2})?[a-z]?)(?=\s{2,}|\s*$))\s*(?P<rest>.*)$",
            line,
        )
        if m and (m.group("top") or in_toc):
            num = m.group("top") or m.group("num")
            rest = re.sub(r"\s+\d{1,3}\s*$", "", m.group("rest")).strip()
            title_parts = [rest] if rest and not rest.isdigit() else []
            if not title_parts and pending_title:
                title_parts = pending_title[:]
            j = i + 1
            # title continues on following lines (PDF layout), until the next item
            while j < len(lines) and len(" ".join(title_parts)) < 250:
                nxt = lines[j].strip()
                if not nxt or nxt.isdigit():
                    j += 1
                    if title_parts:
                        break
                    continue
                if re.match(
                    r"^(?:TOP\s+)?(?:[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Z])(?:\s{2,}|\s*$)", nxt
                ) or nxt.startswith("TOP"):
                    break
                if nxt.startswith("Page ") or re.match(r"^-\s*\d+\s*-$", nxt):
                    break
                if not title_parts or (
                    lines[j].startswith(" ") and not re.search(r"\s{3,}\d{1,3}\s*$", lines[j - 1])
                ):
                    title_parts.append(re.sub(r"\s+\d{1,3}\s*$", "", nxt))
                    j += 1
                    continue
                if (
                    title_parts
                    and not re.search(r"\d\s*$", " ".join(title_parts))
                    and len(nxt) < 120
                    and nxt[:1].islower()
                ):
                    title_parts.append(nxt)
                    j += 1
                    continue
                break
            pending_title = []
            title = _clean(re.sub(r"\s+\d{1,3}$", "", " ".join(title_parts)))
            if title:
                items.append((num, title, offsets[i]))
            i = j if j > i + 1 and title_parts else i + 1
            continue
        if (
            in_toc
            and stripped
            and not re.match(r"^(?:TOP|Titel|Seite|Seitenzahl)\b", stripped)
            and line.startswith(" ")
        ):
            pending_title = [re.sub(r"\s+\d{1,3}\s*$", "", stripped)]
        elif not line.startswith(" "):
            pending_title = []
        i += 1
    # section headings: an item immediately followed by its own sub-items (2 → 2.1)
    out: dict[str, MotionMention] = {}
    nums = [n for n, _, _ in items]
    for k, (num, title, off) in enumerate(items):
        nxt = nums[k + 1] if k + 1 < len(nums) else ""
        if nxt.startswith(num) and nxt != num and re.match(rf"^{re.escape(num)}[.\d]", nxt):
            continue
        # the record's body repeats agenda items with "Antragsteller:" and "Abstimmungsergebnis:"
        end = items[k + 1][2] if k + 1 < len(items) else len(text)
        body = text[off:end]
        motion = out.get(num)
        if motion is None:
            motion = out[num] = MotionMention(
                title=title,
                agenda_item=num,
                evidence=Evidence(off, off + len(title), title, EXTRACTOR),
            )
        applicant = re.search(r"Antragsteller(?:in|innen)?\s*:\s*(?P<who>[^\n]+)", body)
        if applicant:
            motion.submitters |= _submitters(applicant.group("who"))
        vote = re.search(
            r"(?:Abstimmungsergebnis|Beschlussfassung|Ergebnis)\s*:\s*(?P<how>[^\n]+)", body
        )
        if vote:
            motion.result = _result(vote.group("how"))
    return list(out.values())


def _submitters(who: str) -> set[str]:
    """``Alle Länder`` / ``BW, HE, NW`` / ``Baden-Württemberg, Hessen``."""
    if re.search(r"\balle\s+(?:16\s+)?Länder\b", who, re.I):
        return {"ALL"}
    codes = {m.code for m in find_lands(who) if m.code != "DE"}
    codes |= {f"DE-{c}" for c in _LAND_CODE.findall(who)}
    return codes


def _dedupe(motions: list[MotionMention]) -> list[MotionMention]:
    out: list[MotionMention] = []
    for m in motions:
        words = content_words(m.title)
        twin = None
        for o in out:
            ow = content_words(o.title)
            if (
                words
                and ow
                and len(words & ow) / min(len(words), len(ow)) >= 0.6
                and m.agenda_item == o.agenda_item
            ):
                twin = o
                break
        if twin is None:
            out.append(m)
            continue
        twin.submitters |= m.submitters
        twin.supporters |= m.supporters
        if twin.result == "unknown":
            twin.result = m.result
    return out
