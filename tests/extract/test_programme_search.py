"""The reference programmes' patterns as the programme rules search them where no literal
opening is known (issue 16): guarded, with the plain pattern's matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.extract.programmes import _searched, find_programmes
from intgraph.language.scan import Guarded
from intgraph.language.text import TextIndex
from intgraph.reference import programmes

# the reference names and their parts, with noise that opens or closes words
_PIECES = [
    "Job-Turbo",
    "Jobturbo",
    "JobTurbo",
    "Job",
    "urbo",
    "Integrationsfrauenkurs",
    "Frauenkurs",
    "frauenkurse",
    "Rucksack",
    "Rucksack-KiTa",
    "Rucksack Schule",
    "-Programm",
    "-Landesprogramm",
    "Integrationskurs",
    "IQ-Netzwerk",
    "Berufssprachkurs",
    "KompAS",
    "Die ",
    "das ",
    " ",
    "-",
    "„",
    "“",
    ".",
    "\n",
    "x",
    "Ä",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(0, 60))
def test_searched_reference_patterns_as_plain(text: str, pos: int) -> None:
    span = lambda m: (m.span(), m.group())  # noqa: E731
    for p in programmes():
        g = _searched(p.key, p.pattern)
        assert [span(m) for m in g.finditer(text)] == [span(m) for m in p.pattern.finditer(text)]
        got = g.finditer(text, min(pos, len(text)))
        assert [span(m) for m in got] == [
            span(m) for m in p.pattern.finditer(text, min(pos, len(text)))
        ], p.key


def test_the_patterns_without_openings_are_guarded() -> None:
    # those without a literal opening (a look-behind, then "Job(?:-?T|t)urbo…") get a guard
    keys = {p.key: _searched(p.key, p.pattern) for p in programmes()}
    assert isinstance(keys["job-turbo"], Guarded)
    assert keys["job-turbo"].literals


def test_programmes_found_in_invented_passages() -> None:
    text = (
        "Mit dem Job-Turbo sollen Geflüchtete schneller Arbeit finden. Das Land fördert "
        "außerdem Frauenkurse und das Rucksack-Programm in Kitas.\n"
        "Ein Rucksack voller Bücher ist kein Programm."
    )
    keys = [m.key for m in find_programmes(TextIndex(text))]
    assert "job-turbo" in keys and "frauenkurs" in keys
    assert keys.count("rucksack") == 1  # the bag of books is none
