"""The fast scans give exactly what the plain regular expressions give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.extract import dates as date_rules
from intgraph.language.decisions import ONLINE
from intgraph.language.scan import (
    Guarded,
    _fast_finditer,
    _line_finditer,
    _line_search,
    anchored_finditer,
    charset_first,
    line_start_form,
    literal_starts,
)
from intgraph.reference import programmes

# words the patterns care about, mixed with noise, so that random texts hit them often
_WORDS = [
    "Förderung", "förder", "Programm", "Video", "Online-Konferenz", "per", "Videoschalte",
    "virtuell", "tagte", "Foto:", "(r.)", "Bild", "Stand", "Stand:", "vom", "Pressemitteilung",
    "Presssemitteilung", "date", "Datum", "am", "Integrationskurs", "Berufssprachkurse",
    "Sprach-Kitas", "Demokratie", "leben!", "-", "„", "“", ":", ".", ",", " ", "  ", "\n", "\t",
    "s", "S", "ſ", "x", "Ä", "12.03.2024",
]  # fmt: skip
texts = st.lists(st.sampled_from(_WORDS), max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_programme_patterns_anchored_as_finditer(text: str) -> None:
    from intgraph.extract.programmes import _needles

    lower = text.lower()
    for p in programmes():
        needles = _needles(p.pattern.pattern.removeprefix("(?<![\\w-])(?:").removesuffix(")"))
        if needles is None or len(lower) != len(text):
            continue
        starts = literal_starts(lower, [(n, 0) for n in needles])
        got = [(m.span(), m.group()) for m in anchored_finditer(p.pattern, text, starts)]
        assert got == [(m.span(), m.group()) for m in p.pattern.finditer(text)], p.key


@settings(max_examples=150, deadline=None)
@given(texts, st.integers(0, 20))
def test_guarded_as_pattern(text: str, pos: int) -> None:
    rx = ONLINE._rx
    assert isinstance(ONLINE, Guarded)
    s1, s2 = ONLINE.search(text, pos), rx.search(text, pos)
    assert (s1 and s1.span()) == (s2 and s2.span())
    assert [m.span() for m in ONLINE.finditer(text)] == [m.span() for m in rx.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(texts, st.integers(0, 900))
def test_label_at_line_end_as_search(tail: str, pad: int) -> None:
    # long lines: the label rules look at the end only when that cannot change the answer
    for before in (tail, "x " * pad + tail, " " * pad + tail, "s" * pad + " vom", tail + " " * pad):
        before = before.replace("\n", " ")
        for rx in (date_rules._LABEL, date_rules._PORTAL):
            assert date_rules._ends_with(rx, before) == (rx.search(before) is not None)


def test_padded_label_still_found() -> None:
    before = "Pre" + "s" * 1000 + "emitteilung" + " " * 600 + "vom "
    assert date_rules._ends_with(date_rules._LABEL, before)
    assert date_rules._ends_with(date_rules._LABEL, " " * 900 + "date:")
    assert not date_rules._ends_with(date_rules._LABEL, "x" * 900 + "date:")
    assert re.search(date_rules._LABEL, before)


def _guarded_patterns() -> list[tuple[str, Guarded]]:
    import intgraph.extract.motions
    import intgraph.extract.programmes
    import intgraph.extract.sessions
    import intgraph.language.dates
    import intgraph.language.decisions
    import intgraph.language.text

    out = []
    for mod in (
        intgraph.extract.motions,
        intgraph.extract.programmes,
        intgraph.extract.sessions,
        intgraph.language.dates,
        intgraph.language.decisions,
        intgraph.language.text,
    ):
        out += [(f"{mod.__name__}.{k}", v) for k, v in vars(mod).items() if isinstance(v, Guarded)]
    return out


GUARDED = _guarded_patterns()
_NOISE = [" ", "  ", "\n", ",", ".", ":", "-", "Die", "der", "Land", "2024", "12.", "„", "“", "x"]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_guarded_module_patterns_as_plain(data: st.DataObject) -> None:
    # every guarded pattern of the extractors gives the plain pattern's matches, on texts made
    # of its own literals and noise (where it matches often)
    for name, g in GUARDED:
        words = list(g.literals) + list(g.openings) + _NOISE
        text = "".join(data.draw(st.lists(st.sampled_from(words), max_size=30), label=name))
        rx = g._rx
        pos = data.draw(st.integers(0, max(0, len(text))), label="pos")
        span = lambda m: m and (m.span(), m.groups())  # noqa: E731
        assert span(g.search(text, pos)) == span(rx.search(text, pos)), name
        assert span(g.match(text, pos)) == span(rx.match(text, pos)), name
        assert [span(m) for m in g.finditer(text)] == [span(m) for m in rx.finditer(text)], name
        assert g.sub("#", text) == rx.sub("#", text), name


def test_some_patterns_are_guarded() -> None:
    names = {n.rsplit(".", 1)[1] for n, _ in GUARDED}
    assert {"_CUE_INFINITIVES", "_NUMBERED", "WRITTEN", "ONLINE"} <= names


_PIECES = ["a", " ", "\t", "\n", "\n\n", " \n", "Natio-", "nalen", "-\n", "- ", "-", "b c", "\r"]
pieces = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(pieces)
def test_paragraphs_as_the_old_pattern(text: str) -> None:
    from intgraph.language.text import _paragraphs

    old = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
    assert list(_paragraphs(text)) == [m.span() for m in old.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(pieces)
def test_repair_offsets_as_a_list(text: str) -> None:
    from intgraph.language.coordination import _BROKEN_WORD, repair_with_offsets

    repaired, where = repair_with_offsets(text)
    # the list the function used to build: every kept position of the original
    dropped = {m.start("b") - 1 for m in _BROKEN_WORD.finditer(text)}
    expected = [i for i in range(len(text) + 1) if i not in dropped]
    assert len(where) == len(expected) and [where[i] for i in range(len(where))] == expected
    assert repaired == "".join(text[i] for i in expected[:-1])


_RAW = ["a", "ä", " ", "\r\n", "\r", "\u00ad", "\u00a0", "\x00", "\x0c", "e\u0301", "\ufeff"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_RAW), max_size=30).map("".join))
def test_normalise_text_as_translating_everything(text: str) -> None:
    import unicodedata

    from intgraph import load

    t = text.replace("\r\n", "\n").replace("\r", "\n")
    t = t.translate(load._INVISIBLE).translate(load._SPACES).translate(load._NOT_XML)
    assert load.normalise_text(text) == load.join_hyphens(unicodedata.normalize("NFC", t))


# ------------------------------------------------------------------ caseless (issue 16)
_ALL_CHARS = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


def test_caseless_letters_are_those_ignorecase_matches() -> None:
    """The case variants ``caseless`` writes out are exactly the characters ``re.IGNORECASE``
    lets match each letter (a Python with other Unicode tables would fail here first)."""
    from intgraph.language.scan import _CASELESS_LETTERS, _case_variants

    for c in sorted(_CASELESS_LETTERS):
        expected = set(re.findall("(?i)" + re.escape(c), _ALL_CHARS))
        assert set(_case_variants(c)) == expected, c


_ROLE_WORDS = (
    "minister", "senator", "staatssekret", "staatsr[aä]t", "beauftragt", "bevollmächtigt",
    "kanzler", "bürgermeister", "regierungsche",
)  # fmt: skip
_CASE_TEXTS = st.lists(
    st.sampled_from(
        [*_WORDS, "Minister", "MINISTERIN", "Staatsrätin", "STAATSRAT", "ſenator", "İ", "ı",
         "\u212a", "Kanzler", "Bürgermeister", "BÜRGERMEISTER", "regierungschef", "bevoll",
         "mächtigt", "m", "i", "n", "Sen", "ator", "ẞ"]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_CASE_TEXTS, st.integers(0, 30), st.integers(0, 400))
def test_caseless_as_ignorecase(text: str, pos: int, endpos: int) -> None:
    from intgraph.extract.holders import _ROLE_HINT
    from intgraph.language.scan import caseless

    plain = re.compile("(?i)" + "|".join(_ROLE_WORDS))
    fast = caseless(*_ROLE_WORDS)
    assert _ROLE_HINT.pattern == fast.pattern
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    got = [m.span() for m in fast.finditer(text, pos, endpos)]
    assert got == [m.span() for m in plain.finditer(text, pos, endpos)]


def test_guard_module_guards_lists_of_patterns_in_place() -> None:
    from intgraph.language.scan import guard_module

    rules = [re.compile(r"(?<![\w-])Vorsitz\w*"), re.compile(r"\d+")]
    alias = rules
    namespace: dict[str, object] = {"RULES": rules, "PAIR": (re.compile(r"(?<!x)Gast"),)}
    guard_module(namespace)
    assert namespace["RULES"] is alias and isinstance(alias[0], Guarded)
    assert alias[1].pattern == r"\d+"
    pair = namespace["PAIR"]
    assert isinstance(pair, tuple) and isinstance(pair[0], Guarded)
    assert [m.group() for m in alias[0].finditer("den Vorsitzenden und Vorsitz")] == [
        "Vorsitzenden",
        "Vorsitz",
    ]


# the sentence outside a quotation, as the speaker rules search it (quotes._matches_outside)
_SAY = [
    "so", "sagte", "sagt", "Sagte", "sagten", "erklärte", "x-sagt", "gesagt", "sprach", "also",
    "laut", "Laut", "Haut", "nach", "Nach", "Ansicht", "zufolge", "mitteilte", "mitteilten",
    "Ministerin", "Anna", "„", "“", "-", "_", ",", ".", " ", " ", "  ", "\n", "x", "ü", "12",
    "spricht", "zog", "Bilanz", "zeigte", "sich", "zufrieden", "fand", "klare", "Worte", "fügte",
    "hinzu", "warf", "vor", "ihm",
]  # fmt: skip
_says = st.lists(st.sampled_from(_SAY), max_size=50).map("".join)


@settings(max_examples=200, deadline=None)
@given(_says, st.lists(st.integers(0, 400), min_size=4, max_size=4))
def test_matches_outside_a_quotation_as_search(text: str, cuts: list[int]) -> None:
    from intgraph.extract import quotes

    doc = quotes._Doc.__new__(quotes._Doc)  # only the text and the cache are read
    doc.text, doc.found = text, {}
    s, q_open, q_close, e = sorted(min(c, len(text)) for c in cuts)
    for rx in (quotes._SPEECH_WORD, quotes._REPORTED, quotes.SPEECH_PREDICATE):
        want = rx.search(text[s:q_open] + " " + text[q_close:e]) is not None
        assert quotes._matches_outside(doc, rx, s, q_open, q_close, e) == want


def test_per_sentence_asks_once_per_sentence_object() -> None:
    from intgraph.extract.motions import _per_sentence

    calls: list[str] = []

    @_per_sentence
    def words(sentence: str) -> int:
        calls.append(sentence)
        return len(sentence.split())

    first = "Die Länder beschlossen zwei Anträge."
    again = "".join(["Die Länder beschlossen ", "zwei Anträge."])  # equal, another object
    assert [words(first), words(first), words(again), words(first)] == [5, 5, 5, 5]
    assert len(calls) == 3


# ------------------------------------------------------------------ issue 12: same matches
_CUE_PIECES = ["ntrag", "Antrag", "Anträge", "beschl", "Forderung", "forder", "bat", "baten",
               "Debatte", "bitte", "sich", "sicher", "soll", "Ziel", "TOP", "Thema", "tens",
               "erstens", "Erstens", "einig", "-", " ", ".", "\n", "x", "ä", "nitiative"]  # fmt: skip
_CUE_TEXTS = st.lists(st.sampled_from(_CUE_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXTS, st.integers(0, 30), st.integers(0, 300))
def test_decision_cues_by_first_letter_as_written(text: str, pos: int, endpos: int) -> None:
    from intgraph.extract.motions import _CUE, _CUE_WORDS

    plain = re.compile(_CUE_WORDS)
    assert _CUE.pattern != plain.pattern
    assert [m.span() for m in _CUE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    got = [m.span() for m in _CUE.finditer(text, pos, endpos)]
    assert got == [m.span() for m in plain.finditer(text, pos, endpos)]


_ALTERNATIVES = ["ab", "abc", r"\bab", r"\bb\b", "[Aa]b", "[aä]c", "b", "ba", r"c\b", "[Bb]a"]
# a quantifier right after the first letter or class: no literal opens the alternative
_ALTERNATIVES += ["a?c", "b*a", "[Aa]+c", "a{1,2}b"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_ALTERNATIVES), min_size=2, max_size=6),
    st.lists(st.sampled_from(["a", "b", "c", "A", "B", "ä", " ", "-"]), max_size=30).map("".join),
)
def test_by_first_letter_as_the_alternation(alternatives: list[str], text: str) -> None:
    from intgraph.language.scan import by_first_letter

    plain = re.compile("|".join(alternatives))
    fast = by_first_letter(plain)
    assert [(m.span(), m.group()) for m in fast.finditer(text)] == [
        (m.span(), m.group()) for m in plain.finditer(text)
    ]


def test_by_first_letter_leaves_other_patterns_alone() -> None:
    from intgraph.language.scan import by_first_letter

    for pattern in (r"(a)|b", r"[a-c]x|y", r"\.a|b", r"(?i)ab|c", "abc", r"[^a]b|c"):
        rx = re.compile(pattern)
        assert by_first_letter(rx) is rx, pattern


_DATE_PIECES = ["0", "1", "2", "9", "12", "2019", "20", "19", ".", "-", " ", "Mai", "März",
                "Januar", "x", "\n", "12.03.", "2024-01-0"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_DATE_PIECES), max_size=25).map("".join),
    st.integers(0, 40),
    st.integers(0, 80),
)
def test_find_dates_as_finditer(text: str, start: int, end: int) -> None:
    """find_dates tries its pattern at the starts of digit runs only: the same dates as
    trying it everywhere."""
    from intgraph.language import dates

    plain = getattr(dates.FULL_DATE, "_rx", dates.FULL_DATE)
    expected = []
    for m in plain.finditer(text, start, end):
        if m["nd"]:
            value = dates.iso(int(m["nd"]), int(m["nm"]), int(m["ny"]))
        elif m["wd"]:
            value = dates.iso(int(m["wd"]), dates.MONTHS[m["wm"].lower()], int(m["wy"]))
        else:
            value = dates.iso(int(m["id"]), int(m["im"]), int(m["iy"]))
        if value:
            expected.append((value, m.start(), m.end()))
    got = [(d.value, d.start, d.end) for d in dates.find_dates(text, start, end)]
    assert got == expected
    if start == 0:
        assert [(d.value, d.start, d.end) for d in dates.find_dates(text)] == [
            (d.value, d.start, d.end) for d in dates.find_dates(text, 0, len(text))
        ]


_HYPHEN_PIECES = ["a", "b", "Ä", "ß", "-", "--", " ", "x", "Baden-", "baden", "Natio-", "nalen",
                  "1", "_", "Über", "E-Mail", "A", "\n", "-\n"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HYPHEN_PIECES), max_size=25).map("".join))
def test_broken_words_as_finditer(text: str) -> None:
    from intgraph.language.coordination import _BROKEN_WORD_AT, _broken_words

    span = lambda m: (m.span(), m.groupdict())  # noqa: E731
    assert [span(m) for m in _broken_words(text)] == [
        span(m) for m in _BROKEN_WORD_AT.finditer(text)
    ]


def test_literals_prefer_rare_words_over_common_ones_of_the_same_length() -> None:
    from intgraph.language.scan import pattern_literals

    required, _ = pattern_literals(re.compile(r"(?:namens|unter\s+dem\s+Titel)\s+„"))
    assert required == {"namens", "Titel"}


def _all_guarded() -> list[tuple[str, Guarded]]:
    import sys

    import intgraph.extract  # noqa: F401  (every extractor's module)

    out = []
    for mod_name, mod in sorted(sys.modules.items()):
        if mod_name.startswith("intgraph.") and mod is not None:
            for k, v in vars(mod).items():
                if isinstance(v, Guarded):
                    out.append((f"{mod_name}.{k}", v))
                elif isinstance(v, (list, tuple)):
                    out += [
                        (f"{mod_name}.{k}[{i}]", g)
                        for i, g in enumerate(v)
                        if isinstance(g, Guarded)
                    ]
    return out


FAST = [(n, g) for n, g in _all_guarded() if g._fast is not None]


def test_charset_first_forms_exist_and_open_with_a_class() -> None:
    # the patterns that open with an assertion get one (decisions.OTHER_BODY: 0.3 µs a character)
    from intgraph.language import decisions

    assert len(FAST) > 50
    assert decisions.OTHER_BODY._fast is not None
    assert all(g._fast.pattern.startswith("[") for _, g in FAST)
    assert charset_first(re.compile(r"(?<!\w)\w+minister")) is None  # not worth it: \w opens
    assert charset_first(re.compile(r"(?<!x)(?:a|b?)")) is None  # may match the empty string
    assert charset_first(re.compile(r"(?<!x)\s*Antrag")) is None  # white space opens
    assert charset_first(re.compile(r"(?i)(?<!x)antrag")) is None


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_charset_first_as_plain(data: st.DataObject) -> None:
    # the form matches exactly where the pattern does, and the pattern's match there is the one
    # its own search gives (texts of the pattern's literals and noise, from any position)
    for name, g in FAST:
        words = list(g.literals) + list(g.openings) + _NOISE + ["Ministerin", "die", "Länder", "a"]
        text = "".join(data.draw(st.lists(st.sampled_from(words), max_size=40), label=name))
        rx = g._rx
        pos = data.draw(st.integers(0, len(text)), label="pos")
        end = data.draw(st.integers(pos, len(text)), label="endpos")
        span = lambda m: m and (m.span(), m.groups())  # noqa: E731
        f = g._fast.search(text, pos, end)
        got = f and rx.match(text, f.start(), end)
        assert span(got) == span(rx.search(text, pos, end)), name
        fast = [span(m) for m in _fast_finditer(g._fast, rx, text, pos, end)]
        assert fast == [span(m) for m in rx.finditer(text, pos, end)], name


def test_guarded_long_texts_as_plain() -> None:
    # texts longer than 2,000 characters (where patterns with openings look for those first)
    import random

    rnd = random.Random(16)
    for name, g in FAST:
        words = list(g.literals) + list(g.openings) + _NOISE + ["Ministerin", "die", "Länder"]
        text = "".join(rnd.choice(words) for _ in range(1500))
        rx = g._rx
        span = lambda m: m and (m.span(), m.groups())  # noqa: E731
        assert span(g.search(text)) == span(rx.search(text)), name
        assert span(g.search(text, 7, len(text) - 3)) == span(rx.search(text, 7, len(text) - 3)), (
            name
        )
        assert [span(m) for m in g.finditer(text)] == [span(m) for m in rx.finditer(text)], name


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_guarded_with_the_form_as_plain(data: st.DataObject) -> None:
    # the guarded patterns search sentences through the form too
    for name, g in FAST:
        words = list(g.literals) + list(g.openings) + _NOISE + ["Ministerin", "die", "Länder"]
        text = "".join(data.draw(st.lists(st.sampled_from(words), max_size=30), label=name))
        rx = g._rx
        pos = data.draw(st.integers(0, len(text)), label="pos")
        span = lambda m: m and (m.span(), m.groups())  # noqa: E731
        assert span(g.search(text)) == span(rx.search(text)), name
        assert span(g.search(text, pos)) == span(rx.search(text, pos)), name
        assert [span(m) for m in g.finditer(text, pos)] == [span(m) for m in rx.finditer(text, pos)]


def test_no_form_for_a_pattern_anchored_at_the_start() -> None:
    # the engine tries "^…" at the start only; the form would look through the whole text
    assert charset_first(re.compile(r"^(?:die|der)\s+(?<![\w-])Land")) is None
    assert charset_first(re.compile(r"\A(?<!x)[Dd]ie")) is None


# ------------------------------------------------------------ patterns anchored at line starts

LINE_ANCHORED = [(n, g) for n, g in _all_guarded() if g._line is not None]


def test_line_start_forms_exist_for_the_header_patterns() -> None:
    # the document's header lines and the speaker labels are read after line breaks only
    names = {n for n, _ in LINE_ANCHORED}
    assert {
        "intgraph.extract.documents._LETTERHEAD",
        "intgraph.extract.documents._SITE_HEAD",
        "intgraph.extract.quotes._LABEL",
        "intgraph.extract.holders._LABEL_VALUE",
    } <= names
    assert all(g._line.pattern.startswith("\\n(?=") for _, g in LINE_ANCHORED)
    assert line_start_form(re.compile(r"^Foo|Bar", re.M)) is None  # "Bar" opens anywhere
    assert line_start_form(re.compile(r"^Foo")) is None  # not multiline: the text's start only
    assert line_start_form(re.compile(r"^\s*", re.M)) is None  # may match the empty string
    assert line_start_form(re.compile(r"(?:^A|\AB)\w+", re.M)) is not None


_LINE_NOISE = ["\n", "\n\n", " ", "\t", "  ", ":", "|", " – ", "-", "Die ", "Der ", "x", "Land"]
_LINE_WORDS = [
    "Ministerium für Soziales",
    "Staatskanzlei",
    "Senatsverwaltung für Integration",
    "Herausgeber: ",
    "Pressemitteilung | 03.02.2021 | ",
    "Baden-Württemberg",
    "Berlin.de",
    "Ministerin Kallweit:",
    "Interview mit ",
    " im Gespräch",
    "Antwort der Landesregierung",
    "@landesregierung_sh",
    "Ministerin: Dr. Anna Beispiel",
]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_line_start_forms_as_plain(data: st.DataObject) -> None:
    # search and finditer through the form give the pattern's own matches, from any position
    # to any end, on texts of the pattern's literals, header words, line breaks and noise
    for name, g in LINE_ANCHORED:
        words = list(g.literals) + list(g.openings) + _LINE_NOISE + _LINE_WORDS
        text = "".join(data.draw(st.lists(st.sampled_from(words), max_size=40), label=name))
        rx = g._rx
        pos = data.draw(st.integers(0, len(text)), label="pos")
        end = data.draw(st.integers(pos, len(text)), label="endpos")
        span = lambda m: m and (m.span(), m.groups())  # noqa: E731
        assert span(_line_search(g._line, rx, text, pos, end)) == span(rx.search(text, pos, end))
        got = [span(m) for m in _line_finditer(g._line, rx, text, pos, end)]
        assert got == [span(m) for m in rx.finditer(text, pos, end)], name
        assert span(g.search(text)) == span(rx.search(text)), name
        assert [span(m) for m in g.finditer(text)] == [span(m) for m in rx.finditer(text)], name


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "ab", "\n", " ", "x\n"]), max_size=30).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_line_start_form_of_adjacent_and_line_crossing_matches(text: str, a: int, b: int) -> None:
    # matches that end with the line break before the next match, that run over lines, and a
    # start-of-text alternative, as finditer gives them
    pos, end = sorted((min(a, len(text)), min(b, len(text))))
    for rx in (
        re.compile(r"^a[^\n]*\n?", re.M),
        re.compile(r"^(?:a|b)\s*b", re.M),
        re.compile(r"\Ab+|^ab", re.M),
        re.compile(r"(?mx) ^ a  # a comment on the last line"),
    ):
        form = line_start_form(rx) if rx.flags & re.M else None
        if form is None:
            continue
        span = lambda m: m and (m.span(), m.groups())  # noqa: E731
        assert span(_line_search(form, rx, text, pos, end)) == span(rx.search(text, pos, end))
        got = [span(m) for m in _line_finditer(form, rx, text, pos, end)]
        assert got == [span(m) for m in rx.finditer(text, pos, end)], rx.pattern
