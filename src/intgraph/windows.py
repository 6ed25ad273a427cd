"""Large documents read in windows (issue 16: ≤ 500 MiB of memory for any accepted file).

extract → resolve → rdf hold a document's mentions and entities at once: about 15–20 MiB per
MiB of statement-dense text (quotations, tables of motions), so a file at the 50 MiB limit
needed about 1 GB. A text longer than ``THRESHOLD`` characters is therefore read in windows
of about ``WINDOW`` characters, each cut after a blank line where there is one (else where a
sentence starts, else after a line break, else after white space): each window is extracted
and resolved on its own and its statements are written (``rdf.write_document_parts``)
before the next is read, so what is held at once is bounded by the window, not the document.

What must be resolved across the document still is:

* the document's own facts (kind, title, publisher) are read from the first window, which
  holds the document's head, and its date from the whole text (``document_date`` reads the
  head and the foot); every later window is extracted with these facts (the conference's year,
  the publishing Land of motions) and with whether any window names the conference (sessions
  and motions are read only in a text about the IntMK);
* a family name alone in a later window is the person named in full in an earlier one, and a
  session's statements and the document's main session (most evidence) count every window
  read so far (``resolve.Context``); a news dateline is read from the document's head.

What may differ from reading the whole text at once, and why that is accepted: a name given
in full only in a *later* window than a bare family name (the earlier mentions keep the bare
name), a main session that only later windows make the main one (motions before it go to
the main session of the windows read so far), the Land a text "is about" (counted per
window), and a sentence or block cut where no blank line stands within half a window (a
table or a single line that long). No real document comes near: the longest document of the
shared corpus has 3,962 characters; below ``THRESHOLD`` nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from intgraph.extract import documents, extract
from intgraph.extract.dates import document_date
from intgraph.language.decisions import mentions_conference
from intgraph.language.text import TextIndex, split_sentences
from intgraph.models import Document, DocumentFacts, Evidence, ResolvedDocument
from intgraph.resolve import Context, resolve

__all__ = ["THRESHOLD", "WINDOW", "resolved_parts", "window_spans"]

THRESHOLD = 2 << 20  # characters: a longer text is read in windows
WINDOW = 1 << 20  # characters in a window, about

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def window_spans(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive windows covering ``text``, each at most ``size`` characters
    and, unless no cut is found in its second half, at least half of it: cut after the last
    blank line, else where the last sentence starts, else after the last line break, else
    after the last white space, else at ``size``.

    >>> t = "Erster Absatz.\\n\\nZweiter Satz. Dritter Satz.\\nVierte Zeile ohne Punkt"
    >>> [t[s:e] for s, e in window_spans(t, 24)]
    ['Erster Absatz.\\n\\n', 'Zweiter Satz. ', 'Dritter Satz.\\n', 'Vierte Zeile ohne Punkt']
    """
    size = size or WINDOW
    start, n = 0, len(text)
    while n - start > size:
        lo, hi = start + size // 2, start + size
        cut = -1
        for m in _BLANK_LINE.finditer(text, lo, hi):
            cut = m.end()
        if cut < 0:
            sentences = split_sentences(text, lo, hi)
            if len(sentences) > 1:
                cut = sentences[-1][0]
        if cut < 0:
            nl = text.rfind("\n", lo, hi)
            cut = nl + 1 if nl >= 0 else -1
        if cut < 0:
            ws = max(text.rfind(" ", lo, hi), text.rfind("\t", lo, hi))
            cut = ws + 1 if ws >= 0 else hi
        yield start, cut
        start = cut
    yield start, n


def resolved_parts(document: Document) -> Iterator[tuple[ResolvedDocument, int]]:
    """The document resolved, as (part, offset of its text in the document's): the whole
    document at offset 0, or, for a text longer than ``THRESHOLD``, one part a window."""
    text = document.text
    if len(text) <= THRESHOLD:
        yield resolve(extract(document)), 0
        return
    spans = list(window_spans(text))
    # whether the document is about the IntMK (sessions and motions are read only then): a
    # name of the conference in any window
    conference = any(mentions_conference(text[s:e].replace("\n", " ")) for s, e in spans)
    context = Context()
    facts: DocumentFacts | None = None
    for start, end in spans:
        ex = extract(replace(document, text=text[start:end]), facts, conference)
        if facts is None:
            facts = ex.facts = _whole_date(ex.facts, text)
        part = resolve(ex, context)
        del ex
        yield part, start
        del part


def _whole_date(facts: DocumentFacts, text: str) -> DocumentFacts:
    """``facts`` of the first window with the date the whole text gives (a page's "Stand:"
    line at its foot)."""
    found = document_date(text)
    if found is None:
        facts.date = facts.date_evidence = None
        return facts
    value, s, e = found
    ev = facts.date_evidence
    if facts.date == value and ev is not None and (ev.start, ev.end) == (s, e):
        return facts
    # the sentence of a date found in the foot, read from the text around it
    lo = max(s - 2000, text.rfind("\n\n", 0, s) + 1, 0)
    nxt = text.find("\n\n", e)
    hi = min(e + 2000, len(text) if nxt < 0 else nxt)
    sentence = TextIndex(text[lo:hi]).sentence_text(s - lo)
    facts.date = value
    facts.date_evidence = Evidence(s, e, sentence, documents.EXTRACTOR)
    return facts
