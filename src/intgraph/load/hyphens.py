"""Line-end hyphenation of PDFs and narrow layouts repaired, for every input format.

Text copied from a PDF or a narrow column breaks words at line ends ("Integrations-\\nkurse",
"Reh-\\nberg") or, where the line break became a space, inside a line ("bereitzustel- len").
German orthography tells the cases apart by the word after the hyphen:

- a lower-case continuation is the rest of the word: the hyphen and the break go
  ("Stär-\\nkung" → "Stärkung"), unless the part before is an abbreviation in capitals or the
  continuation a conjunction: "CDU-\\ngeführt" → "CDU-geführt"; "Sprach- und Kulturmittler",
  "Berufs-\\noder Sprachkurse" stay (a suspended compound, *Ergänzungsstrich*);
- an upper-case or numeric continuation is the second part of a hyphenated compound: the break
  goes, the hyphen stays ("Bund-\\nLänder" → "Bund-Länder", "Covid-\\n19" → "Covid-19");
- inside a line only the lower-case case is joined, and only between lower-case letters;
  "Bund- Länder" is left as written.

A break never crosses an empty line (a paragraph end), except a page break: when only page
furniture stands between the halves of a word (a page number "Seite 1 von 2", a rule line, a
running header or footer that the text repeats), the word is joined and the furniture dropped
("Heike Mar-⏎⏎Seite 1 von 2⏎⏎quardt sagte" → "Heike Marquardt sagte").
:func:`join_hyphens_mapped` also gives,
for every character of the result, its offset in the input, so that a span found in the joined
text can be traced back. The loader applies the repair as the last step of normalisation
(:func:`intgraph.load.normalise_text`); the result is the document text every offset in the
graph refers to.
"""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = ["CONJUNCTIONS", "join_hyphens", "join_hyphens_mapped"]

# words that follow a suspended compound ("Sprach- und Kulturmittler", "Vier- bis Fünfjährige")
CONJUNCTIONS = frozenset(
    "und oder bzw beziehungsweise sowie als wie noch bis respektive resp statt anstatt "
    "versus vs plus u o aber sondern ebenso nicht sowohl weder entweder".split()
)

# a hyphen after a letter, then either a line break (with the spaces around it) or, within a
# line, one or two spaces; then the next word (letters and digits) and the character after it.
# The hyphen comes first and the letter before it is looked behind for, so the engine jumps
# from hyphen to hyphen instead of trying every position (0.09 -> 0.006 ms a document)
_BREAK = re.compile(r"-(?<=[^\W\d_]-)(?:([ \t]*\n[ \t]*)|([ \t]{1,2}))(?=(\w+)(.?))", re.S)


# a word hyphenated at a line end, then an empty line (a page break is looked for after it)
_PAGE_END = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*\n")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–]\s*)?(?:Seite\s+)?\d{1,4}(?:\s*(?:von|/|of)\s*\d{1,4})?(?:\s*[-–])?\s*$", re.I
)
_WORD = re.compile(r"[ \t]*(\w+)(.?)")
_RULE_LINE = re.compile(r"^\s*[_\-–—=*·.]{5,}\s*$")


def _page_break_joins(text: str) -> list[tuple[int, int]]:
    """Spans (from the hyphen to the continuation) of words split by a page break."""
    spans: list[tuple[int, int]] = []
    counts: dict[str, int] | None = None
    for m in _PAGE_END.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue  # inside the furniture of the page break just joined
        pos, furniture = m.end(), 0
        for _ in range(8):
            nl = text.find("\n", pos)
            line = text[pos:] if nl == -1 else text[pos:nl]
            if line.strip() and not (_PAGE_NUMBER.match(line) or _RULE_LINE.match(line)):
                if counts is None:
                    counts = {}
                    for ln in text.split("\n"):
                        if len(ln.strip()) >= 10:
                            counts[ln.strip()] = counts.get(ln.strip(), 0) + 1
                if counts.get(line.strip(), 0) < 2:
                    break  # not furniture: the text goes on here
            if line.strip():
                furniture += 1
            if nl == -1:
                pos = len(text)
                break
            pos = nl + 1
        else:
            continue
        word = _WORD.match(text, pos)
        if (
            furniture
            and word
            and word.group(1)[0].islower()
            and not (word.group(1).lower() in CONJUNCTIONS and word.group(2) != "-")
        ):
            spans.append(
                (m.start(), pos + len(word.group()) - len(word.group(1)) - len(word.group(2)))
            )
    return spans


def _decide(text: str, m: re.Match[str]) -> str | None:
    """What replaces the hyphen and the break at ``m``: ``""`` (join), ``"-"`` (keep the hyphen,
    drop the break) or ``None`` (leave it)."""
    word, after = m.group(3), m.group(4)
    first = word[0]
    before = text[m.start() - 1]
    if first.islower():
        if word.lower() in CONJUNCTIONS and after != "-":
            return None  # a suspended compound: "Sprach- und Kulturmittler"
        if m.group(2) is not None:  # within a line: only "bereitzustel- len"
            return "" if before.islower() else None
        return "-" if before.isupper() else ""
    if m.group(1) is not None and (first.isupper() or first.isdigit()):
        return "-"
    return None


def _edits(text: str) -> list[tuple[int, int, str]]:
    """The joins as edits ``(start, end, replacement)`` of ``text``, in order, not overlapping."""
    edits: list[tuple[int, int, str]] = []
    for m in _BREAK.finditer(text):
        keep = _decide(text, m)
        if keep is not None:
            edits.append((m.start(), m.end(), keep))
    return edits


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for start, end, keep in edits:
        out += (text[pos:start], keep)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _without_page_breaks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with words split by a page break joined, and the kept spans of ``text``."""
    pages = _page_break_joins(text) if "\n\n" in text else []
    if not pages:
        return text, [(0, len(text))]
    kept = [(0, pages[0][0])]
    kept += [(a[1], b[0]) for a, b in pairwise(pages)]
    kept.append((pages[-1][1], len(text)))
    return "".join(text[a:b] for a, b in kept), kept


def join_hyphens_mapped(text: str) -> tuple[str, list[int]]:
    """The text with line-end hyphenation joined, and for each of its characters the offset of
    that character in ``text``.

    >>> out, where = join_hyphens_mapped("Inte-\\ngration")
    >>> out, where[4], "Inte-\\ngration"[where[4]]
    ('Integration', 6, 'g')
    """
    joined, kept = _without_page_breaks(text)
    first = [i for a, b in kept for i in range(a, b)]
    where: list[int] = []
    pos = 0
    for start, end, keep in _edits(joined):
        where.extend(first[pos:start])
        if keep:
            where.append(first[start])
        pos = end
    where.extend(first[pos:])
    return _apply(joined, _edits(joined)), where


def join_hyphens(text: str) -> str:
    """The text with line-end hyphenation joined (see the module's rules).

    >>> join_hyphens("die Integrations-\\nkurse des Bund-\\nLänder-Programms")
    'die Integrationskurse des Bund-Länder-Programms'
    >>> join_hyphens("Sprach- und Kulturmittler, Berufs-\\noder Sprachkurse, bereitzustel- len")
    'Sprach- und Kulturmittler, Berufs-\\noder Sprachkurse, bereitzustellen'
    """
    if "-" not in text:
        return text
    joined, _ = _without_page_breaks(text)
    edits = _edits(joined)
    return _apply(joined, edits) if edits else joined
