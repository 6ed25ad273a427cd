"""Segmentation of a normalised document: blocks, sentences, tokens and clutter.

A *block* is a paragraph that is hard-wrapped (its lines are joined) or a single line of a
paragraph whose lines stand alone (headings, captions, tables of contents). Sentences never
cross blocks. Clutter (letterheads' contact blocks, navigation, cookie banners, PDF-viewer
chrome) is marked so that extractors can skip it; photo captions are marked separately.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cached_property
from typing import NamedTuple

from intgraph.language.scan import Guarded, guard_module

ABBREVIATIONS = {
    "dr",
    "prof",
    "nr",
    "st",
    "bzw",
    "ca",
    "vgl",
    "abs",
    "art",
    "jan",
    "feb",
    "febr",
    "aug",
    "sept",
    "okt",
    "nov",
    "dez",
    "dipl",
    "ing",
    "u",
    "a",
    "z",
    "b",
    "d",
    "h",
    "e",
    "v",
    "i",
    "s",
    "o",
    "mdl",
    "mdb",
    "inkl",
    "evtl",
    "ggf",
    "usw",
    "etc",
    "sog",
    "tel",
    "str",
    "hr",
    "fr",
    "min",
    "max",
    "mio",
    "mrd",
    "bzgl",
    "gem",
    "lt",
    "ehem",
}
_SENT_END = re.compile(r"[.!?]+[«»“”‘\"']?(?=\s+[«»„“‚\"'(\[]?[A-ZÄÖÜ0-9])")
_WORD_BEFORE_END = re.compile(r"(\w+)[.!?]+[«»“”‘\"']?$")
# the same read backwards from the end: matched at the start of the reversed text, so it is
# one attempt instead of one per character of the window
_WORD_BEFORE_END_REVERSED = re.compile(r"\n?[«»“”‘\"']?[.!?]+(\w+)")
_TOKEN = re.compile(r"\w[\w'’*]*(?:-(?:\w[\w'’*]*)?)*|[^\w\s]")
# a footnote marker (superscript digits) glued to a word is a token of its own: "Jovanović²"
# (the slower pattern runs only on the rare texts that hold one)
_SUP = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
_HAS_SUP = re.compile(f"[{_SUP}]")
_W = rf"[^\W{_SUP}]"
_TOKEN_SUP = re.compile(rf"{_W}(?:{_W}|['’*])*(?:-(?:{_W}(?:{_W}|['’*])*)?)*|[{_SUP}]+|[^\w\s]")
# the same with the white space before each token: what :func:`tokenize` reads (``\s*`` cannot
# give back a character the token could start with, so each token is the one ``finditer`` finds)
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")
_SPACED_TOKEN_SUP = re.compile(rf"(\s*)({_TOKEN_SUP.pattern})")

_CAPTION = Guarded(
    re.compile(r"\bFoto:|\(Foto\b|\bFoto ©|\bBildquelle\b|\bBild:|\(r\.\)|\(l\.\)|\bim Bild\b"),
    ("Foto", "Bild", "(r.)", "(l.)"),
)
_CLUTTER_LINE = re.compile(
    r"""^\s*(?:
        Hauptmenü|Inhaltsspalte|Sie\ sind\ hier:?|Login|Navigation|Suche|Menü|Startseite
      | WEITER\ LESEN|Citation\ preview|Embed\ Size.*|Upload|View|Download|others|\d{1,4}
      | Page\ \d+:.*|Die\ Seite\ wird\ erstellt.*|Teilen|Drucken|Seitenanfang|Zurück|Mehr\ zum\ Thema
      | .*\bCookies?\b.*|Telefon\b.*|Telefax\b.*|Fax\b.*|E-Mail\b.*|.*@[\w.-]+\.\w+.*|\[?www\..*
      | Durchwahl|Ihr\ Ansprechpartner(?:in)?|Ansprechpartner(?:in)?:?|Rückfragen:?.*|Pressekontakt.*
      | Sprecher(?:in)?\ der\ .*|Pressesprecher(?:in)?.*|//\s*//|[–-]\s*[–-]\s*[–-]|\*\ Kein\ Zugang.*
      | \d{5}\ [A-ZÄÖÜ][\w.-]+(?:\ [\w.()-]+)?|[A-ZÄÖÜ][\w-]*(?:straße|str\.|platz|weg|allee|ufer)\ \d+\w?
      | Zu\ erreichen\ mit.*|Straßenbahnlinie.*|\d[\d,\ ]*Haltestelle.*|\(?Foto:.*\)?
      | Diese\ Webseite.*|Eine\ Widerspruchsmöglichkeit.*|Datenschutz.*|Impressum.*
      | Zentrale\ Informationen\ der.*|berlin\.de/\w+|Coronavirus\ in\ Berlin
    )\s*$""",
    re.X,
)
_CLUTTER_PARAGRAPH = re.compile(
    r"^\s*(?:Hausanschrift|Postanschrift|Ihr Ansprechpartner|Durchwahl|Zu erreichen mit|\* Kein Zugang"
    r"|Rückfragen|Pressekontakt|Kontakt:|Verantwortlich:)"
)


class Token(NamedTuple):
    """A word or punctuation token with its offsets (a named tuple: made about twice as fast
    as a frozen dataclass, and every block's text is tokenised)."""

    text: str
    start: int
    end: int


class TextIndex:
    """Blocks, sentences and clutter of one document's text (offsets into ``text``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks: list[tuple[int, int]] = []
        self.clutter: list[tuple[int, int]] = []
        self.captions: list[tuple[int, int]] = []
        self._flattened: dict[tuple[int, int, int], str] = {}  # (start, end, limit) -> text
        self._segment()
        self.sentences: list[tuple[int, int]] = []
        for s, e in self.blocks:
            self.sentences.extend(split_sentences(text, s, e))
        self._sentence_starts = [s for s, _ in self.sentences]
        self._block_starts = [s for s, _ in self.blocks]
        self.clutter.sort()
        self._clutter_starts = [s for s, _ in self.clutter]
        self._caption_starts = [s for s, _ in self.captions]

    # -------------------------------------------------------------- segmentation
    def _segment(self) -> None:
        text = self.text
        for p_start, p_end in _paragraphs(text):
            para = text[p_start:p_end]
            lines = list(_lines(text, p_start, p_end))
            if _CLUTTER_PARAGRAPH.match(para):
                self.clutter.append((p_start, p_end))
                continue
            kept = []
            for ls, le in lines:
                line = text[ls:le]
                if _CLUTTER_LINE.match(line):
                    self.clutter.append((ls, le))
                elif _CAPTION.search(line):
                    self.captions.append((ls, le))
                    kept.append((ls, le))
                else:
                    kept.append((ls, le))
            if not kept:
                continue
            if _hard_wrapped(text, kept):
                # one block per run of contiguous kept lines
                run_start, run_end = kept[0]
                for ls, le in kept[1:]:
                    if text[run_end:ls].strip() == "":
                        run_end = le
                    else:
                        self.blocks.append((run_start, run_end))
                        run_start, run_end = ls, le
                self.blocks.append((run_start, run_end))
            else:
                self.blocks.extend(_continued_lines(text, kept))

    # -------------------------------------------------------------- look-ups
    def sentence_at(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0:
            s, e = self.sentences[i]
            if s <= pos < e:
                return s, e
        return pos, min(len(self.text), pos + 1)

    def sentence_before(self, pos: int) -> tuple[int, int] | None:
        """The sentence that ends last before ``pos``."""
        i = bisect.bisect_left(self._sentence_starts, pos) - 1
        while i >= 0:
            s, e = self.sentences[i]
            if e <= pos:
                return s, e
            i -= 1
        return None

    def sentence_text(self, pos: int, limit: int = 500) -> str:
        """The sentence at ``pos`` with its whitespace runs flattened, cut at ``limit``
        characters (only as much of a long sentence is flattened as the limit needs; each
        sentence once, however many mentions cite it)."""
        s, e = self.sentence_at(pos)
        key = (s, e, limit)
        cached = self._flattened.get(key)
        if cached is not None:
            return cached
        chunk = 2 * limit + 16
        while True:
            stop = min(e, s + chunk)
            out = flat(self.text[s:stop])
            if stop == e or len(out) > limit:
                self._flattened[key] = out = out[:limit].strip()
                return out
            chunk *= 4

    def block_at(self, pos: int) -> tuple[int, int] | None:
        return _span_at(self.blocks, self._block_starts, pos)

    def is_clutter(self, pos: int) -> bool:
        return _span_at(self.clutter, self._clutter_starts, pos) is not None

    def in_caption(self, pos: int) -> bool:
        return _span_at(self.captions, self._caption_starts, pos) is not None

    @cached_property
    def flat(self) -> str:
        """The text with every newline replaced by a space (same length, same offsets)."""
        return self.text.replace("\n", " ")


def _span_at(spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int] | None:
    """The span of a sorted, non-overlapping list that contains ``pos``."""
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return None


_WHITE_RUN = re.compile(r"\s+")


def letterspaced(word: str) -> str:
    """A pattern for ``word`` as written or letter-spaced, the way a heading of a printed
    paper is set and its text layer keeps it (``A n t w o r t``, ``B e s c h l u s s``): one
    space or none between its letters.

    >>> rx = re.compile(letterspaced("Antwort"))
    >>> bool(rx.fullmatch("A n t w o r t")), bool(rx.fullmatch("Antwort"))
    (True, True)
    >>> bool(rx.fullmatch("An twort")), bool(rx.fullmatch("A  n t w o r t"))
    (True, False)
    """
    return " ?".join(re.escape(c) for c in word)


def flat(s: str) -> str:
    return _WHITE_RUN.sub(" ", s)


_PARAGRAPH_BREAK = re.compile(r"\n(?=[ \t]*\n)")


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the runs between blank lines: what ``re.finditer(r"(?:[^\\n]|\\n(?![ \\t]*\\n))+",
    text)`` gives, without that pattern's backtracking state for every character (150 bytes
    per character of a paragraph: 1.5 GB for a 10 MB line)."""
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.start() + 1
    if len(text) > pos:
        yield pos, len(text)


def _lines(text: str, start: int, end: int):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if text[pos:stop].strip():
            yield pos, stop
        pos = stop + 1


# a line that ends in an article, a preposition or a conjunction stops inside its sentence
# ("… durch die Staatssekretärin im Ministerium für" / "Soziales, …"; "Ministerin Dr. Anna von
# der" / "Heydt hat …"): no header, list item or caption ends so
_OPEN_LINE_END = re.compile(
    r"(?<![\w-])(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|für|von|vom|zum|zur"
    r"|im|in|mit|bei|beim|nach|aus|auf|an|am|zu|über|unter|und|oder|sowie|dass|van|von\s+der)[ \t]*$"
)


def _continued_lines(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The lines of a paragraph that is not hard-wrapped as blocks, a line that stops inside
    its sentence (:data:`_OPEN_LINE_END`) joined with the next.

    >>> t = "Titel der Seite\\nDie Ministerin für\\nSoziales sprach.\\nSeite 2"
    >>> [t[s:e] for s, e in _continued_lines(t, list(_lines(t, 0, len(t))))]
    ['Titel der Seite', 'Die Ministerin für\\nSoziales sprach.', 'Seite 2']
    """
    start = end = -1
    for ls, le in lines:
        if not text[ls:le].strip():
            continue
        if start >= 0 and _OPEN_LINE_END.search(text, max(start, end - 12), end):
            end = le
            continue
        if start >= 0:
            yield start, end
        start, end = ls, le
    if start >= 0:
        yield start, end


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """A paragraph is hard-wrapped when it has several lines, none of them long, and most
    lines end inside a sentence (layout line breaks rather than separate items)."""
    if len(lines) < 2:
        return False
    lengths = [len(text[s:e].rstrip()) for s, e in lines]
    if max(lengths) > 110:
        return False
    inner = [text[s:e].rstrip() for s, e in lines[:-1]]
    open_ends = sum(1 for line in inner if line and line[-1] not in ".!?:")
    return open_ends >= max(1, len(inner) // 2)


def first_sentence_end(text: str, start: int, end: int) -> int:
    """Where the first of the sentences :func:`split_sentences` finds in ``text[start:end]``
    ends (``end`` for a single sentence), without splitting the rest (a title taken from a
    10 MB line).

    >>> t = "Dr. Leidig sprach. Die 19. IntMK tagte in Rostock."
    >>> t[: first_sentence_end(t, 0, len(t))], first_sentence_end(t, 19, len(t)) == len(t)
    ('Dr. Leidig sprach.', True)
    """
    for cut, _ in _cuts(text, start, end):
        # a cut is followed (within the range) by the capital that opens the next sentence
        return cut
    return end


def _cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(where a sentence of ``text[start:end]`` ends, where the next one starts), in order."""
    s = start
    for m in _SENT_END.finditer(text, start, end):
        cut = m.end()
        # _WORD_BEFORE_END.search(text[max(s, cut - 80) : cut]), read backwards
        before = _WORD_BEFORE_END_REVERSED.match(text[max(s, cut - 80) : cut][::-1])
        if before:
            word = before.group(1)[::-1]
            if (
                word.lower() in ABBREVIATIONS
                or word.isdigit()
                or (len(word) == 1 and word.isupper())
            ):
                continue
        s = cut
        while s < end and text[s].isspace():
            s += 1
        yield cut, s


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (abbreviations and ordinals do not split).

    >>> t = "Dr. Leidig sprach. Die 19. IntMK tagte in Rostock."
    >>> [t[s:e] for s, e in split_sentences(t, 0, len(t))]
    ['Dr. Leidig sprach.', 'Die 19. IntMK tagte in Rostock.']
    """
    out = []
    s = start
    for cut, nxt in _cuts(text, start, end):
        out.append((s, cut))
        s = nxt
    if s < end and text[s:end].strip():
        out.append((s, end))
    return out


_WHITE = re.compile(r"\s")


def lower_parts(text: str, size: int = 1 << 20) -> Iterator[str]:
    """``text.lower()`` in parts of about ``size`` characters, each cut after white space
    (no word and no lowercasing context crosses it; nothing lowercases to white space):
    ``str.lower`` of a text that is not ASCII takes 12 bytes a character while it works
    (600 MB for a 50 MiB text).

    >>> list(lower_parts("Ab CD ef", 3)), "".join(lower_parts("ÄΣ Σ x", 1)) == "ÄΣ Σ x".lower()
    (['ab cd ', 'ef'], True)
    """
    pos, n = 0, len(text)
    while pos < n:
        cut = _WHITE.search(text, min(n, pos + size))
        end = cut.end() if cut else n
        yield text[pos:end].lower()
        pos = end


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with absolute offsets.

    >>> [t.text for t in tokenize("Sozial- und Integrationsminister Lucha:", 0, 39)]
    ['Sozial-', 'und', 'Integrationsminister', 'Lucha', ':']
    """
    rx = _SPACED_TOKEN_SUP if _HAS_SUP.search(text, start, end) else _SPACED_TOKEN
    new = tuple.__new__  # Token(...) without its Python-level __new__: the hottest loop here
    out: list[Token] = []
    append = out.append
    pos = start
    # (white space, token) pairs: every character that is not white space opens a token, so
    # the white space before each token and the token itself cover the range up to the last
    # token, and the offsets follow from their lengths (no match object per token)
    for space, word in rx.findall(text, start, end):
        pos += len(space)
        stop = pos + len(word)
        append(new(Token, (word, pos, stop)))
        pos = stop
    return out


# issue 16: the patterns above look at a text only where their words occur (same matches)
guard_module(globals())
