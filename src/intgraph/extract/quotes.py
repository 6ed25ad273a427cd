"""Direct quotations and who said them.

A quotation is text in »…«, „…“, "…" or “…” that the document attributes to a person:
before it (``Integrationsministerin Köpping: »…«``, ``X sagte: „…“``) or after it
(``„…“, so Klose``, ``„…“, sagte der Vorsitzende, Thüringens Migrationsminister Dieter
Lauinger``, ``„…“, sagten Malu Dreyer und Guntram Schneider``). ``der Minister`` /
``die Ministerin`` after a quote refers back to the person named last.
Mottos and titles in quotation marks have no speaker and are not quotations.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intgraph.extract.persons import find_offices
from intgraph.language.chunks import parse_name, parse_name_backwards
from intgraph.language.lands import lands_in_phrase
from intgraph.language.lexicon import SPEECH_VERBS, TITLES, is_name_token, role_class
from intgraph.language.text import TextIndex, tokenize
from intgraph.models import Evidence, OfficeMention, PersonMention, QuoteMention

EXTRACTOR = "quotes.v1"

_ELECTED = re.compile(
    r"\bmich\b(?:[^.!?]|(?<=\d)\.){0,160}?\bzu[mr]\s+(?P<phrase>(?:[\w-]+\s+){0,3}?(?P<role>[\w-]+))\s+"
    r"(?:gewählt|ernannt|berufen|bestellt|vereidigt)\b"
)
_OPEN_CLOSE = {"„": '“”"', "»": "«", '"': '"“”', "“": '”"'}
_AFTER = re.compile(rf"\s*[,.]?\s*(?:{SPEECH_VERBS})\b", re.I)
_CLAUSE_END = r"(?<!\d)(?<!\bDr)(?<!\bProf)(?<!\bNr)[.;!?](?=\s|$)"
_SKIP = {"der", "die", "des", "den", "dem", ",", "und", "sowie", "(", ")", "Frau", "Herr"}
_ANAPHOR = re.compile(r"\s*(?:der|die)\s+(?:IntMK-)?(\w+)\b")


@lru_cache(maxsize=4)
def quote_spans(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """:func:`find_quote_spans`, remembered for the few texts in work (quotes and motions ask)."""
    return tuple(find_quote_spans(text))


def find_quote_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(open, close, text_start, text_end) of each quotation; an unclosed one runs to the end.

    >>> t = 'Sie sagte: „Wir handeln.“ Danach »mehr«'
    >>> [t[a:b] for _, _, a, b in find_quote_spans(t)]
    ['Wir handeln.', 'mehr']
    """
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if (
            c in _OPEN_CLOSE
            and (c != '"' or i == 0 or not text[i - 1].isalnum())
            and (c != "“" or i == 0 or text[i - 1] in " \n(:")
        ):
            closers = _OPEN_CLOSE[c]
            j = i + 1
            while j < n and text[j] not in closers:
                if text[j] == "\n" and text[j + 1 : j + 2] == "\n" and j - i > 2000:
                    break
                j += 1
            if j - i - 1 >= 3:
                out.append((i, min(j + 1, n), i + 1, j))
            i = j + 1
        else:
            i += 1
    return out


def find_quotes(
    index: TextIndex, offices: list[OfficeMention] | None = None
) -> tuple[list[QuoteMention], list[OfficeMention]]:
    """Quotations with speakers, and office mentions learnt from anaphora (``die Ministerin``)."""
    text = index.text
    offices = offices if offices is not None else find_offices(index)
    persons = sorted(
        {(o.person.start, o.person.end): o.person for o in offices}.values(), key=lambda p: p.start
    )
    quotes: list[QuoteMention] = []
    learnt: list[OfficeMention] = []
    spans = list(quote_spans(text))
    last_speaker: tuple[PersonMention, int] | None = None
    for q_open, q_close, t_start, t_end in spans:
        if index.is_clutter(q_open):
            continue
        quote_text = re.sub(r"\s+", " ", text[t_start:t_end]).strip()
        speakers = _speakers_before(index, persons, q_open)
        anaphor_role = None
        if not speakers:
            speakers, anaphor_role = _speakers_after(index, persons, spans, q_close)
        if (
            not speakers
            and last_speaker
            and len(quote_text.split()) >= 6
            and _continues(index, last_speaker[1], q_open)
        ):
            speakers = [last_speaker[0]]
        if not speakers or len(quote_text.split()) < 3:
            continue
        s_start, _ = index.sentence_at(q_open)
        for sp in speakers:
            quotes.append(
                QuoteMention(
                    text=quote_text,
                    speaker=sp,
                    evidence=Evidence(
                        q_open, q_close, _sentence(text, s_start, q_close), EXTRACTOR
                    ),
                )
            )
            if anaphor_role:
                role_word, r_start, r_end = anaphor_role
                learnt.append(
                    OfficeMention(
                        person=sp,
                        role_text=role_word,
                        role_class=role_class(role_word) or "Minister",
                        land=None,
                        ministry_key=None,
                        federal=role_word.lower().startswith("bundes"),
                        evidence=Evidence(r_start, r_end, index.sentence_text(r_start), EXTRACTOR),
                    )
                )
        for m in _ELECTED.finditer(text, t_start, t_end):
            # "… hat mich der Landtag zum ersten Sächsischen Integrationsbeauftragten gewählt"
            role_word = m.group("role")
            if len(speakers) == 1 and role_class(role_word):
                learnt.append(
                    OfficeMention(
                        person=speakers[0],
                        role_text=re.sub(r"\s+", " ", m.group("phrase")),
                        role_class=role_class(role_word) or "Beauftragte",
                        land=_land_code(m.group("phrase")),
                        ministry_key=None,
                        federal=role_word.lower().startswith("bundes"),
                        evidence=Evidence(
                            m.start("phrase"),
                            m.end("phrase"),
                            index.sentence_text(m.start()),
                            EXTRACTOR,
                        ),
                    )
                )
        last_speaker = (speakers[-1], q_close)
    return quotes, learnt


def _land_code(phrase: str) -> str | None:
    found = lands_in_phrase(phrase)
    return found[0].code if found else None


def _sentence(text: str, start: int, end: int) -> str:
    return re.sub(r"\s+", " ", text[start:end])[:600]


def _continues(index: TextIndex, prev_close: int, q_open: int) -> bool:
    """A quote that follows the previous speaker's quote in the same block without a new speaker."""
    block = index.block_at(q_open)
    return block is not None and block[0] <= prev_close - 1 and q_open - prev_close < 200


def _speakers_before(
    index: TextIndex, persons: list[PersonMention], q_open: int
) -> list[PersonMention]:
    text = index.text
    pre = text[max(0, q_open - 300) : q_open]
    if not re.search(r":\s*$", pre):
        return []
    s_start, _ = index.sentence_at(max(0, q_open - 2))
    block = index.block_at(max(0, q_open - 2))
    lo = max(s_start, block[0] if block else 0, q_open - 300)
    # prefer a name recognised with its office, else a name right before the colon
    cands = [p for p in persons if lo <= p.start and p.end <= q_open]
    if cands:
        return [cands[0]]
    toks = tokenize(text, lo, q_open)
    for k in range(len(toks)):
        parsed = parse_name(toks, k)
        if parsed and (parsed[0].given or parsed[0].honorific):
            return [parsed[0]]
    colon = [k for k, t in enumerate(toks) if t.text == ":"]
    if colon and colon[-1] > 0:
        p = parse_name_backwards(toks, colon[-1] - 1)
        if p:
            return [p]
        # "Köpping: »…«" — a family name already known from this document
        last = toks[colon[-1] - 1]
        known = {q.family: q for q in persons}
        if last.text in known:
            q = known[last.text]
            return [PersonMention(q.family, q.given, last.start, last.end, q.honorific)]
    return []


def _speakers_after(
    index: TextIndex,
    persons: list[PersonMention],
    spans: list[tuple[int, int, int, int]],
    q_close: int,
) -> tuple[list[PersonMention], tuple[str, int, int] | None]:
    text = index.text
    m = _AFTER.match(text, q_close)
    if not m:
        return [], None
    # the attribution clause runs to the end of the sentence or the next quotation
    stop = len(text)
    for pat in (_CLAUSE_END, r"[„»\"“]", r"\n\s*\n"):
        mm = re.compile(pat).search(text, m.end())
        if mm:
            stop = min(stop, mm.start())
    clause_start = m.end()
    by_start = {p.start: p for p in persons}
    toks = tokenize(text, clause_start, stop)
    for k, t in enumerate(toks[:16]):
        word = t.text
        if word[:1].islower() and word not in _SKIP:
            break  # a verb or another lowercase word ends the speaker phrase
        if t.start in by_start:
            return _coordinated(text, by_start[t.start], persons, stop), None
        if word in TITLES or (is_name_token(word) and not role_class(word)):
            parsed = parse_name(toks, k)
            if parsed:
                return _coordinated(text, parsed[0], persons, stop), None
    a = _ANAPHOR.match(text, clause_start)
    if a and (role_class(a.group(1)) or a.group(1).startswith("Vorsitzend")):
        best = _antecedent(index, persons, q_close)
        if best:
            role_word = a.group(1)
            role = (role_word, a.start(1), a.end(1)) if role_class(role_word) else None
            return [best], role
    return [], None


def _antecedent(
    index: TextIndex, persons: list[PersonMention], before: int
) -> PersonMention | None:
    """The person named last before ``before``: full mentions, or later mentions by family name."""
    text = index.text
    best: PersonMention | None = None
    for p in persons:
        for m in re.finditer(rf"(?<![\w-]){re.escape(p.family)}(?![\w-])", text[:before]):
            if best is None or m.end() > best.end:
                best = PersonMention(p.family, p.given, m.start(), m.end(), p.honorific)
    for p in _previous_names(index, before):
        if best is None or p.end > best.end:
            best = p
    return best


def _previous_names(index: TextIndex, before: int) -> list[PersonMention]:
    """Names in ``… erklärte Dreyer`` / ``hob Dreyer hervor`` before a position (same block)."""
    text = index.text
    block = index.block_at(max(0, before - 1))
    lo = block[0] if block else max(0, before - 600)
    out = []
    for m in re.finditer(
        rf"\b(?:{SPEECH_VERBS})\s+([A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)", text[lo:before]
    ):
        toks = tokenize(text, lo + m.start(1), lo + m.end(1))
        parsed = parse_name(toks, 0)
        if parsed:
            out.append(parsed[0])
    return out


def _coordinated(text, first, persons, stop, toks=None, nxt=None) -> list[PersonMention]:
    """``sagten Malu Dreyer und Guntram Schneider`` names two speakers."""
    out = [first]
    rest = text[first.end : stop]
    m = re.match(r"\s+und\s+", rest)
    if m:
        after = first.end + m.end()
        second = [p for p in persons if p.start == after]
        if second:
            out.append(second[0])
        else:
            t2 = tokenize(text, after, stop)
            parsed = parse_name(t2, 0)
            if parsed:
                out.append(parsed[0])
    return out
