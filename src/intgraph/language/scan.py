"""Faster equivalents of ``pattern.finditer(text)`` for patterns whose matches can only start
at known literals.

Python's regular-expression engine tries a pattern at every position of the text unless the
pattern starts with a literal; a pattern that opens with a look-behind (``(?<![\\w-])``) or a
character class costs a full attempt per character, and the extractors run dozens of them over
each document. When every match must start at (or at a fixed distance before) one of a few
literal words, finding those words with ``str.find`` and trying the pattern only there gives
exactly the same matches (same spans, same groups, same order), because ``finditer`` returns
the leftmost match from each position and no match can start anywhere else.
"""

from __future__ import annotations

import heapq
import re
import re._compiler as _compiler
import re._constants as _c  # the standard library's parser: what a pattern must match
import re._parser as _parser
from collections.abc import Iterable, Iterator

# characters: on shorter ranges a Guarded pattern tests its literals, then runs the plain
# search (finding openings costs more there than it saves); on longer ones it tries the
# openings only, and ``match`` skips the literals (the match may end long before the range)
_SHORT = 2000

__all__ = [
    "Guarded",
    "LiteralGate",
    "anchored_finditer",
    "by_first_letter",
    "caseless",
    "charset_first",
    "guard",
    "guard_module",
    "literal_starts",
    "pattern_literals",
]


def literal_starts(haystack: str, anchors: Iterable[tuple[str, int]]) -> list[int]:
    """Sorted distinct positions ``i + offset`` for every occurrence ``i`` of each literal
    (``offset`` ≤ 0: the match starts that far before the literal)."""
    out: set[int] = set()
    for literal, offset in anchors:
        find = haystack.find
        i = find(literal)
        while i != -1:
            if i + offset >= 0:
                out.add(i + offset)
            i = find(literal, i + 1)
    return sorted(out)


def anchored_finditer(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, given the sorted positions where a match can
    start (a superset of the real starts). The pattern must not match the empty string.

    >>> rx = re.compile(r"(?<![\\w-])[Ff]örder\\w+")
    >>> t = "Die Förderung und die Förderrichtlinie; Projektförderung nicht."
    >>> starts = literal_starts(t.lower(), [("förder", 0)])
    >>> [m.group() for m in anchored_finditer(rx, t, starts)] == [m.group() for m in rx.finditer(t)]
    True
    """
    end = 0
    match = pattern.match
    for pos in starts:
        if pos < end:
            continue
        m = match(text, pos)
        if m is not None:
            yield m
            end = m.end() if m.end() > pos else pos + 1


def _fast_finditer(
    fast: re.Pattern[str], rx: re.Pattern[str], string: str, pos: int, stop: int
) -> Iterator[re.Match[str]]:
    """``rx.finditer(string, pos, stop)`` through its :func:`charset_first` form ``fast``
    (every match of ``rx`` is non-empty, so the next one is searched from where it ended)."""
    search, match = fast.search, rx.match
    while True:
        f = search(string, pos, stop)
        if f is None:
            return
        m = match(string, f.start(), stop)
        if m is None:  # cannot happen (the form asserts the match); the plain search then
            yield from rx.finditer(string, f.start(), stop)
            return
        yield m
        pos = m.end()


def line_start_form(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""``\n(?=rx)`` for a pattern every alternative of which opens with ``^`` under
    ``re.MULTILINE`` (or with ``\A``) and whose matches are never empty, else None.

    The engine tries such a pattern at every position of the text (about 10 ns a character
    each, failing at the ``^``) although a match can start only at the text's start or after a
    line break. The form opens with a literal, so the engine skips at C speed from line break
    to line break and asks there, in a look-ahead, whether ``rx`` matches on the next line:
    ``rx.match`` where the form ends then gives the match ``rx.search`` would (see
    :func:`_line_search`, :func:`_line_finditer`).

    >>> rx = re.compile(r"^[ \t]*(?:Die\s+)?Staatskanzlei\b[^\n]*|^Herausgeber:[^\n]*", re.M)
    >>> line_start_form(rx).pattern.startswith("\\n(?=")
    True
    >>> t = "Pressemitteilung\nDie Staatskanzlei informiert\nHerausgeber: Land"
    >>> [m.group() for m in _line_finditer(line_start_form(rx), rx, t, 0, len(t))]
    ['Die Staatskanzlei informiert', 'Herausgeber: Land']
    >>> line_start_form(re.compile(r"^Foo|Bar", re.M)) is None  # "Bar" may open anywhere
    True
    """
    if not isinstance(rx.pattern, str) or not rx.flags & re.MULTILINE:
        return None
    try:
        tree = _parser.parse(rx.pattern, rx.flags & ~re.UNICODE)
    except (re.error, TypeError, ValueError):
        return None
    if tree.getwidth()[0] == 0:
        return None  # a match may be empty

    def anchored(items: list[tuple[object, object]]) -> bool:
        if not items:
            return False
        op, av = items[0]
        if op is _c.AT:
            return av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
        if op is _c.SUBPATTERN:
            return anchored(list(av[3]))  # type: ignore[index]
        if op is _c.BRANCH:
            return all(anchored(list(alt)) for alt in av[1])  # type: ignore[index]
        return False

    if not anchored(list(tree)):
        return None
    body = rx.pattern
    m = _INLINE_FLAGS.match(body)
    if m:
        body = body[m.end() :]  # (its flags are in rx.flags)
    # (a verbose pattern's last line may be a comment: the look-ahead closes on a line of its own)
    close = "\n)" if rx.flags & re.VERBOSE else ")"
    try:
        form = re.compile(f"\\n(?={body}{close}", rx.flags)
    except re.error:
        return None
    return form if form.groups == rx.groups else None


def _line_search(
    form: re.Pattern[str], rx: re.Pattern[str], string: str, pos: int, stop: int
) -> re.Match[str] | None:
    """``rx.search(string, pos, stop)`` through its :func:`line_start_form` ``form``: a match
    at ``pos`` itself, else at the first line start after it where ``rx`` matches."""
    m = rx.match(string, pos, stop)
    if m is not None:
        return m
    f = form.search(string, pos, stop)
    return None if f is None else rx.match(string, f.end(), stop)


def _line_finditer(
    form: re.Pattern[str], rx: re.Pattern[str], string: str, pos: int, stop: int
) -> Iterator[re.Match[str]]:
    """``rx.finditer(string, pos, stop)`` through its :func:`line_start_form` ``form`` (every
    match is non-empty and starts at ``pos`` or at a line start: after a match that ends at
    ``e`` the next one starts after a line break at ``e - 1`` or later)."""
    m = rx.match(string, pos, stop)
    if m is not None:
        yield m
        pos = m.end() - 1  # the match may have ended with the line break before the next start
    search, match = form.search, rx.match
    while True:
        f = search(string, pos, stop)
        if f is None:
            return
        m = match(string, f.end(), stop)
        if m is None:  # cannot happen (the form asserts the match); the plain search then
            yield from rx.finditer(string, f.end(), stop)
            return
        yield m
        pos = m.end() - 1


class Guarded:
    """A compiled pattern that looks at a text only where a match is possible.

    ``literals``: strings one of which every match contains (in the text it consumes, not in a
    look-around); ``openings``: strings one of which every match starts with. Both are read
    from the pattern (:func:`pattern_literals`) unless given. ``search``, ``match``,
    ``fullmatch``, ``finditer`` and ``findall`` return at once when the searched range holds
    none of the literals, and try the pattern only at the openings where there are any; the
    results are exactly the pattern's own. Everything else (``.pattern``, ``.sub``, …) is
    the pattern's.

    >>> rx = Guarded(re.compile(r"\\bFoto:|\\(r\\.\\)"))
    >>> rx.literals == rx.openings == ('(r.)', 'Foto:')
    True
    >>> rx.search("Ein Satz ohne Bildnachweis.") is None, rx.search("Foto: Land").group()
    (True, 'Foto:')
    """

    __slots__ = ("_fast", "_line", "_open", "_rx", "literals", "openings")

    def __init__(
        self,
        pattern: re.Pattern[str],
        literals: Iterable[str] | None = None,
        openings: Iterable[str] | None = None,
    ) -> None:
        self._rx = pattern
        req, opening = pattern_literals(pattern)
        lits = set(literals if literals is not None else req or ())
        # a literal that contains another one adds nothing to the test ("Anträge", "Antrag")
        self.literals = tuple(sorted(a for a in lits if not any(b != a and b in a for b in lits)))
        if openings is None:
            # short openings ("in", "am") occur everywhere: then the plain search is faster
            openings = opening if opening and min(map(len, opening)) >= 3 else ()
        self.openings = tuple(sorted(openings))
        self._open = [(o, 0) for o in self.openings]
        self._fast = charset_first(pattern)
        # a pattern anchored at line starts is tried after the line breaks only
        self._line = line_start_form(pattern)

    def __getattr__(self, name: str) -> object:
        return getattr(self._rx, name)

    def __repr__(self) -> str:
        return f"Guarded({self._rx!r})"

    def _maybe(self, string: str, pos: int, endpos: int | None) -> bool:
        if not self.literals:
            return True
        if pos == 0 and endpos is None:
            for lit in self.literals:
                if lit in string:
                    return True
            return False
        stop = len(string) if endpos is None else endpos
        find = string.find
        for lit in self.literals:
            if find(lit, pos, stop) != -1:
                return True
        return False

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if pos == 0 and endpos is None:  # most calls: a whole sentence (``_maybe`` inlined)
            if self.literals:
                for lit in self.literals:
                    if lit in string:
                        break
                else:
                    return None
            stop = len(string)
            if self._line is not None and (not self.openings or stop <= _SHORT):
                return _line_search(self._line, self._rx, string, 0, stop)
            if self._fast is not None and (not self.openings or stop <= _SHORT):
                f = self._fast.search(string)  # the positions its opening class holds
                return None if f is None else self._rx.match(string, f.start())
            if not self.openings or stop <= _SHORT:
                return self._rx.search(string)
        else:
            if not self._maybe(string, pos, endpos):
                return None
            stop = len(string) if endpos is None else endpos
            if self._line is not None and (not self.openings or stop - pos <= _SHORT):
                return _line_search(self._line, self._rx, string, pos, stop)
            if self._fast is not None and (not self.openings or stop - pos <= _SHORT):
                f = self._fast.search(string, pos, stop)
                return None if f is None else self._rx.match(string, f.start(), stop)
            if not self.openings or stop - pos <= _SHORT:
                return self._rx.search(string, pos, stop)
        # the openings' next occurrences, nearest first (found lazily: a loop of searches
        # with a growing ``pos`` stays linear)
        heap = [(i, o) for o in self.openings if (i := string.find(o, pos, stop)) != -1]
        heapq.heapify(heap)
        match = self._rx.match
        while heap:
            i, o = heap[0]
            m = match(string, i, stop)
            if m is not None:
                return m
            j = string.find(o, i + 1, stop)
            if j == -1:
                heapq.heappop(heap)
            else:
                heapq.heapreplace(heap, (j, o))
        return None

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        stop = len(string) if endpos is None else endpos
        if self.openings and not string.startswith(self.openings, pos, stop):
            return None
        # the literals only on a short range: a match may end long before the range does, so
        # looking through all of a long text would cost more than the match itself
        if stop - pos <= _SHORT and not self._maybe(string, pos, endpos):
            return None
        return self._rx.match(string, pos, stop)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        stop = len(string) if endpos is None else endpos
        if self.openings and not string.startswith(self.openings, pos, stop):
            return None
        if not self._maybe(string, pos, endpos):
            return None
        return self._rx.fullmatch(string, pos, stop)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        if not self._maybe(string, pos, endpos):
            return iter(())
        if self.openings and pos == 0 and endpos is None and len(string) > _SHORT:
            return anchored_finditer(self._rx, string, literal_starts(string, self._open))
        stop = len(string) if endpos is None else endpos
        if self._line is not None:
            return _line_finditer(self._line, self._rx, string, pos, stop)
        if self._fast is not None:
            return _fast_finditer(self._fast, self._rx, string, pos, stop)
        return self._rx.finditer(string, pos, stop)

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[object]:
        if not self._maybe(string, pos, endpos):
            return []
        return self._rx.findall(string, pos, len(string) if endpos is None else endpos)

    def sub(self, repl: object, string: str, count: int = 0) -> str:
        if not self._maybe(string, 0, None):
            return string  # no match: the text as it is
        return self._rx.sub(repl, string, count)  # type: ignore[arg-type]

    def split(self, string: str, maxsplit: int = 0) -> list[str | object]:
        if not self._maybe(string, 0, None):
            return [string]
        return self._rx.split(string, maxsplit)


class LiteralGate:
    r"""Whether a text can hold a match of any of several patterns, asked once: every match of
    each pattern holds one of its literals (:attr:`Guarded.literals`, or read from a plain
    pattern), so a text that holds none of them all cannot match any (a sentence asked before a
    rule family's patterns are tried one by one). A pattern whose literals are not known makes
    the gate refuse to be built (it could not be exact).

    >>> gate = LiteralGate(Guarded(re.compile(r"(?<![\w-])IntMK")), re.compile(r"\bKonferenz\b"))
    >>> gate.literals, gate.admits("Die Konferenz tagte."), gate.admits("Der Landtag tagte.")
    (('IntMK', 'Konferenz'), True, False)
    >>> LiteralGate(re.compile(r"\d+"))  # any number: no literal
    Traceback (most recent call last):
    ...
    ValueError: no literal every match of '\\d+' holds is known: the gate would not be exact
    """

    __slots__ = ("literals",)

    def __init__(self, *patterns: Guarded | re.Pattern[str]) -> None:
        lits: set[str] = set()
        for rx in patterns:
            req = rx.literals if isinstance(rx, Guarded) else pattern_literals(rx)[0]
            if not req:
                raise ValueError(
                    f"no literal every match of {rx.pattern!r} holds is known: "
                    "the gate would not be exact"
                )
            lits.update(req)
        # a literal that contains another one adds nothing to the test
        self.literals = tuple(sorted(a for a in lits if not any(b != a and b in a for b in lits)))

    def admits(self, string: str) -> bool:
        for lit in self.literals:
            if lit in string:
                return True
        return False


# the characters that ``re.IGNORECASE`` lets match a lowercase letter besides the letter and
# its capital (Python 3.11; tests/language/test_scan.py checks this against ``re`` itself)
_CASE_EXTRA = {"i": "İı", "k": "\u212a", "s": "ſ", "ß": "ẞ"}  # İ ı, Kelvin sign, long s, capital ß
_CASELESS_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")


def _case_variants(c: str) -> str:
    if c not in _CASELESS_LETTERS:
        raise ValueError(f"caseless(): {c!r} is not a lowercase letter a–z, ä, ö, ü or ß")
    up = c.upper()
    return c + (up if len(up) == 1 else "") + _CASE_EXTRA.get(c, "")


def _caseless_items(word: str) -> list[str]:
    """The character classes of a word such as ``staatsr[aä]t``, one per character."""
    items = []
    i = 0
    while i < len(word):
        if word[i] == "[":
            j = word.index("]", i)
            items.append("".join(_case_variants(c) for c in word[i + 1 : j]))
            i = j + 1
        else:
            items.append(_case_variants(word[i]))
            i += 1
    return ["[" + "".join(sorted(set(chars))) + "]" for chars in items]


def caseless(*words: str) -> re.Pattern[str]:
    """``re.compile("(?i)" + "|".join(words))`` for lowercase words (letters a–z, ä, ö, ü, ß
    and classes of them such as ``[aä]``), with the same matches, written so that the pattern
    opens with a class of the words' first letters: the engine then skips to those letters at
    C speed, where a case-insensitive pattern is tried at every position (four times faster
    on German prose).

    >>> rx = caseless("minister", "staatsr[aä]t")
    >>> [m.group() for m in rx.finditer("Die MINISTERIN und der Staatsrät sowie Ministerium")]
    ['MINISTER', 'Staatsrät', 'Minister']
    """
    parts = [_caseless_items(w) for w in words]
    first = "".join(sorted({c for p in parts for c in p[0][1:-1]}))
    alternatives = "|".join(f"(?<={p[0]})" + "".join(p[1:]) for p in parts)
    return re.compile(f"[{first}](?:{alternatives})")


def _top_alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of a pattern string, or None where it has none."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out if len(out) > 1 else None


_PLAIN = re.compile(r"[^\\\[\]().*+?{}|^$]")  # a character that stands for itself in a pattern


def _first_letters(alternative: str) -> list[tuple[str, str]] | None:
    """``[(letter, rest)]`` such that the alternative matches where one of ``letter + rest``
    does; ``\\b`` before the letter moves behind it as ``(?<=\\bX)``; a class of plain
    letters (``[Ff]order``) gives one entry per letter. None for any other opening, and where a
    quantifier follows the first letter or class (``a?c``: no letter opens every match)."""
    if alternative.startswith("\\b") and _PLAIN.fullmatch(alternative[2:3]):
        c, rest = alternative[2], alternative[3:]
        return None if rest[:1] in _QUANTIFIERS else [(c, f"(?<=\\b{c})" + rest)]
    if alternative.startswith("["):
        j = alternative.find("]")
        letters = alternative[1:j]
        if j < 2 or not all(_PLAIN.fullmatch(c) and c not in "^-" for c in letters):
            return None
        rest = alternative[j + 1 :]
        return None if rest[:1] in _QUANTIFIERS else [(c, rest) for c in dict.fromkeys(letters)]
    if alternative and _PLAIN.fullmatch(alternative[0]):
        rest = alternative[1:]
        return None if rest[:1] in _QUANTIFIERS else [(alternative[0], rest)]
    return None


_QUANTIFIERS = ("?", "*", "+", "{")


def by_first_letter(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx``, an alternation of words (``ntr[aä]g|\\bbat\\b|[Ff]order|…``), rewritten with the
    alternatives grouped by their first letter (``n(?:tr[aä]g|…)|b(?<=\\bb)at\\b|F(?:order)``):
    every alternative then opens with a literal, so the engine skips at C speed to the
    positions holding one of the first letters and tries only the alternatives that start with
    the letter found, where it tried every alternative at every position (four times faster
    for the 38 decision cues of :mod:`intgraph.extract.motions`). Two alternatives with
    different first letters never match at the same position, and those with the same one
    keep their order, so the matches are the same. ``rx`` itself where its alternatives do not
    all open with a letter, ``\\b`` and a letter, or a class of letters.

    >>> rx = by_first_letter(re.compile(r"ntr[aä]g|\\bbat\\b|[Ff]order|nitiative"))
    >>> rx.pattern
    'n(?:tr[aä]g|itiative)|b(?<=\\\\bb)at\\\\b|Forder|forder'
    >>> [m.group() for m in rx.finditer("Antrag, Initiative, Forderung, bat, Debatte")]
    ['ntrag', 'nitiative', 'Forder', 'bat']
    """
    if not isinstance(rx.pattern, str) or rx.flags & ~re.UNICODE or rx.groups:
        return rx  # flags or numbered groups: left alone (grouping would renumber them)
    alternatives = _top_alternatives(rx.pattern)
    if alternatives is None:
        return rx
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        split = _first_letters(alternative)
        if split is None:
            return rx
        for letter, rest in split:
            groups.setdefault(letter, []).append(rest)
    parts = [
        letter + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for letter, rests in groups.items()
    ]
    return re.compile("|".join(parts), rx.flags)


_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def _first_chars(items: list[tuple[object, object]]) -> tuple[list[object] | None, bool]:
    """(the items of a character class that holds every character a match of the sequence
    ``items`` can start with, whether the sequence can match the empty string); None where
    that cannot be said (``.``, a negated class, a back-reference, a case-insensitive part)."""
    out: list[object] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # an assertion consumes nothing: the next item holds the first character
        if op is _c.LITERAL:
            out.append((_c.LITERAL, av))
            return out, False
        if op is _c.IN:
            if any(o is _c.NEGATE for o, _ in av):  # type: ignore[attr-defined]
                return None, False
            out.extend(av)  # type: ignore[arg-type]
            return out, False
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av  # type: ignore[misc]
            if (add_flags | del_flags) & _c.SRE_FLAG_IGNORECASE:
                return None, False
            first, empty = _first_chars(list(sub))
        elif op is _c.ATOMIC_GROUP:
            first, empty = _first_chars(list(av))  # type: ignore[arg-type]
        elif op is _c.BRANCH:
            first, empty = [], False
            for alternative in av[1]:  # type: ignore[index]
                f, e = _first_chars(list(alternative))
                if f is None:
                    return None, False
                first.extend(f)
                empty = empty or e
        elif op in _REPEATS:
            lo, _hi, sub = av  # type: ignore[misc]
            first, empty = _first_chars(list(sub))
            empty = empty or lo == 0
        else:
            return None, False
        if first is None:
            return None, False
        out.extend(first)
        if not empty:
            return out, False
    return out, True


# (a class of word characters or white space, or a negated one, holds nearly every position)
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d"}
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _class_item(op: object, av: object) -> str | None:
    if op is _c.LITERAL:
        return f"\\U{av:08x}"
    if op is _c.RANGE:
        lo, hi = av  # type: ignore[misc]
        return f"\\U{lo:08x}-\\U{hi:08x}"
    if op is _c.CATEGORY:
        return _CATEGORIES.get(av)  # type: ignore[call-overload]
    return None


def charset_first(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""A pattern that matches (one character long) exactly where ``rx`` matches, but opens
    with a character class, or None where ``rx`` needs none or none can be given.

    The engine skips at C speed to the characters a pattern's opening class or literal holds,
    but tries a pattern that opens with an assertion (``(?<![\w-])…``, ``\b…``) or with a
    group of alternatives that do not all open with a literal at every position of the text:
    about 0.3 µs a character for a pattern of six such alternatives. ``[C](?<=(?=rx).)``, where
    ``C`` holds every character a match of ``rx`` can start with, is tried only at those
    characters, and there asks whether ``rx`` matches from the character (a look-ahead inside
    a look-behind of one character). The look-around sees the same text either side as ``rx``
    would at that position, so it matches at exactly the positions where ``rx`` matches, and
    ``rx.match`` at the position found gives the match ``rx.search`` would. Only for patterns
    whose matches are never empty and that are not case-insensitive.

    >>> rx = re.compile(r"(?<![\w-])(?:[Dd]ie\s+Länder|Bundesrat)(?![\w-])")
    >>> fast = charset_first(rx)
    >>> fast.pattern.startswith("[")
    True
    >>> t = "Der Bundesrat-Beschluss, die Länder und der Bundesrat."
    >>> [f.start() for f in fast.finditer(t)] == [m.start() for m in rx.finditer(t)]
    True
    >>> charset_first(re.compile(r"Bundesrat|Landtag")) is None  # opens with literals
    True
    """
    if not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(rx.pattern, rx.flags & ~re.UNICODE)
        flags = tree.state.flags
        if _compiler._get_literal_prefix(tree, flags)[0] or _compiler._get_charset_prefix(
            tree, flags
        ):
            return None  # the engine skips to the opening on its own
    except (AttributeError, TypeError, ValueError, re.error):
        return None
    items = list(tree)
    while items and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][3])  # type: ignore[index]
    if items and items[0] in ((_c.AT, _c.AT_BEGINNING), (_c.AT, _c.AT_BEGINNING_STRING)):
        return None  # anchored at the start: the engine tries it there only
    first, empty = _first_chars(list(tree))
    if first is None or empty or not first:
        return None
    parts = [_class_item(op, av) for op, av in first]  # type: ignore[misc]
    if any(p is None for p in parts):
        return None
    opening = "[" + "".join(parts) + "]"  # type: ignore[arg-type]
    if re.match(opening, " ", rx.flags):
        return None  # white space opens a match: nearly every position is one
    body = rx.pattern
    m = _INLINE_FLAGS.match(body)
    if m:
        body = body[m.end() :]  # (its flags are in rx.flags)
    try:
        fast = re.compile(f"{opening}(?<=(?={body})(?s:.))", rx.flags)
    except re.error:
        return None
    return fast if fast.groups == rx.groups else None


def guard(rx: re.Pattern[str]) -> Guarded | re.Pattern[str]:
    """``rx`` as a :class:`Guarded` pattern where its literals are known, else itself; also
    itself where it opens with a literal (the engine then skips to that literal on its own)."""
    if not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE:
        return rx
    tree = list(_parser.parse(rx.pattern, rx.flags & ~re.UNICODE))
    if tree and tree[0][0] is _c.LITERAL:
        return rx
    g = Guarded(rx)
    return g if g.literals or g.openings else rx


# ------------------------------------------------------------------ literals from a pattern
# What every match of a pattern must contain, read from the pattern's parse tree (the
# standard library's own parser). ``None`` wherever that cannot be said for certain: a case-
# insensitive part, an optional part, a character class of more than two characters.

_MAX_SET = 48  # more alternatives than this are not worth checking one by one


def _lit(op: object, av: object) -> str | None:
    """The one character a node consumes (a literal, or a class of one character)."""
    if op is _c.LITERAL:
        return chr(av)  # type: ignore[arg-type]
    if op is _c.IN and len(av) == 1 and av[0][0] is _c.LITERAL:  # type: ignore[arg-type]
        return chr(av[0][1])  # type: ignore[index]
    return None


def _variants(op: object, av: object) -> tuple[str, ...] | None:
    """The characters a node may consume when they are few (``[Pp]``, ``[aä]``)."""
    one = _lit(op, av)
    if one is not None:
        return (one,)
    if op is _c.IN and 1 < len(av) <= 2 and all(o is _c.LITERAL for o, _ in av):  # type: ignore[arg-type]
        return tuple(chr(v) for _, v in av)  # type: ignore[union-attr]
    return None


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)

# function words nearly every German sentence holds: of two literals as long, the other one
# tells more (of "unter dem Titel" the test asks for "Titel", not "unter"; issue 12)
_COMMON_WORDS = frozenset(
    "der die das den dem des ein eine einen einem einer und oder sowie mit von vom zu zum zur "
    "für auf aus bei nach über unter vor in im an am als auch sich hat haben ist sind wird "
    "werden wurde wurden war dass nicht".split()
)


def _rarity(literals: frozenset[str]) -> tuple[int, bool, int]:
    """How well a set of literals, one of which every match holds, tells a text that cannot
    match: the shortest of them long, then (from four letters) none of them a common word,
    then few of them."""
    shortest = min(map(len, literals))
    common = shortest >= 4 and any(w.strip().lower() in _COMMON_WORDS for w in literals)
    return shortest, not common, -len(literals)


def _required(items: list[tuple[object, object]], most: int = _MAX_SET) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` contains (at most ``most``)."""
    best: frozenset[str] | None = None

    def consider(cand: frozenset[str] | None) -> None:
        nonlocal best
        if not cand or len(cand) > most or min(map(len, cand)) == 0:
            return
        if best is None or _rarity(cand) > _rarity(best):
            best = cand

    runs: set[str] = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literals either side stay adjacent
        chars = _variants(op, av)
        if chars is not None and len(runs) * len(chars) <= most:
            runs = {r + ch for r in runs for ch in chars}
            continue
        consider(frozenset(runs))
        runs = {""}
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av  # type: ignore[misc]
            if not add_flags & _c.SRE_FLAG_IGNORECASE:
                consider(_required(list(sub), most))
        elif op is _c.ATOMIC_GROUP:
            consider(_required(list(av), most))  # type: ignore[arg-type]
        elif op is _c.BRANCH:
            alts = [_required(list(a), most) for a in av[1]]  # type: ignore[index]
            if all(a is not None for a in alts):
                consider(frozenset().union(*alts))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, _hi, sub = av  # type: ignore[misc]
            if lo >= 1:
                consider(_required(list(sub), most))
    consider(frozenset(runs))
    return best


def _opening(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` starts with."""
    runs: set[str] = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        chars = _variants(op, av)
        if chars is not None and len(runs) * len(chars) <= _MAX_SET:
            runs = {r + ch for r in runs for ch in chars}
            continue
        if runs != {""}:
            return frozenset(runs)
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av  # type: ignore[misc]
            if add_flags & _c.SRE_FLAG_IGNORECASE:
                return None
            return _opening(list(sub))
        if op is _c.BRANCH:
            alts = [_opening(list(a)) for a in av[1]]  # type: ignore[index]
            if any(a is None for a in alts):
                return None
            out = frozenset().union(*alts)  # type: ignore[arg-type]
            return out if len(out) <= _MAX_SET else None
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
            return _opening(list(av[2]))  # type: ignore[index]
        return None
    return frozenset(runs) if runs != {""} else None


def pattern_literals(
    rx: re.Pattern[str], most: int = _MAX_SET
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(strings one of which every match contains, strings one of which every match starts
    with), each None where the pattern does not allow saying so (or where more than ``most``
    strings would be needed for the former, 48 for the latter).

    >>> req, opening = pattern_literals(re.compile(r"(?<![\\w-])(?:[Pp]rogramm|Plan)\\s+„\\w+“"))
    >>> sorted(req) == sorted(opening) == ['Plan', 'Programm', 'programm']
    True
    >>> pattern_literals(re.compile(r"\\bfoo", re.I))
    (None, None)
    """
    if not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE:
        return None, None
    tree = list(_parser.parse(rx.pattern, rx.flags & ~re.UNICODE))
    return _required(tree, most), _opening(tree)


def guard_module(namespace: dict[str, object], keep: Iterable[str] = ()) -> None:
    """Replace every compiled pattern of a module (``globals()``), and every pattern of a
    module-level list or tuple of patterns, whose literals are known by its :class:`Guarded`
    form, but those named in ``keep`` (compared by identity elsewhere)."""
    kept = set(keep)
    for name, value in list(namespace.items()):
        if name in kept:
            continue
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            namespace[name] = guard(value)
        elif (
            isinstance(value, (list, tuple))
            and value
            and all(isinstance(v, re.Pattern) and isinstance(v.pattern, str) for v in value)
        ):
            # a list or tuple of patterns tried one after the other (a list in place, so
            # that every name for it sees the guarded patterns)
            guarded = [guard(v) for v in value]
            if isinstance(value, list):
                value[:] = guarded
            else:
                namespace[name] = tuple(guarded)
