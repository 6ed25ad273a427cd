"""Line-end hyphenation (intgraph.load.hyphens): rules on invented passages, properties with
hypothesis (every character of the result maps back to the same character of the input, the
repair is idempotent, it only ever removes hyphens and whitespace)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intgraph.extract import extract
from intgraph.load import load
from intgraph.load.hyphens import join_hyphens, join_hyphens_mapped


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a lower-case continuation is the rest of the word
        ("die Stär-\nkung der Kurse", "die Stärkung der Kurse"),
        ("Ministerin Anna Reh-\nberg sagte", "Ministerin Anna Rehberg sagte"),
        ("Integrations-\n   kurse", "Integrationskurse"),
        ("Mittel bereitzustel- len und", "Mittel bereitzustellen und"),
        # upper case or a digit: a hyphenated compound, the hyphen stays
        ("die Bund-\nLänder-Arbeitsgruppe", "die Bund-Länder-Arbeitsgruppe"),
        ("nach Covid-\n19", "nach Covid-19"),
        ("die CDU-\ngeführte Regierung", "die CDU-geführte Regierung"),
        # suspended compounds (Ergänzungsstrich) stay as written
        ("Sprach- und Kulturmittler", "Sprach- und Kulturmittler"),
        ("Berufs-\noder Sprachkurse", "Berufs-\noder Sprachkurse"),
        ("Vier- bis Fünfjährige", "Vier- bis Fünfjährige"),
        ("Sprach- und/oder Orientierungskurse", "Sprach- und/oder Orientierungskurse"),
        ("Bund- Länder", "Bund- Länder"),
        # no break across a paragraph end, none after a dash between words; but across a page
        # break whose page number, rule line or repeated running header stands between
        ("Integrations-\n\nkurse", "Integrations-\n\nkurse"),
        (
            "Ministerin Anna Mar-\n\nSeite 1 von 2\n______\n\nquardt sagte",
            "Ministerin Anna Marquardt sagte",
        ),
        (
            "Kopfzeile des Hauses\n\nText Inte-\n\nKopfzeile des Hauses\n\ngration",
            "Kopfzeile des Hauses\n\nText Integration",
        ),
        ("Integrations-\n\nSeite 2\n\nKurse", "Integrations-\n\nSeite 2\n\nKurse"),
        ("Wir handeln -\njetzt", "Wir handeln -\njetzt"),
    ],
)
def test_rules(text: str, joined: str) -> None:
    assert join_hyphens(text) == joined


_ALPHABET = st.sampled_from(list("aäbkSLÜ1- \n\tund-"))
_TEXT = st.lists(
    st.one_of(
        _ALPHABET,
        st.sampled_from(
            ["und", "oder", "Bund", "-\n", "- ", "-\n\n", "bis", "\nSeite 1 von 2\n", "\n_____\n"]
        ),
    ),
    max_size=40,
).map("".join)


@given(st.one_of(_TEXT, st.text(max_size=60)))
def test_offsets_map_back(text: str) -> None:
    out, where = join_hyphens_mapped(text)
    assert len(where) == len(out)
    assert all(out[i] == text[j] for i, j in enumerate(where))
    assert all(a < b for a, b in pairwise(where))
    dropped = set(range(len(text))) - set(where)
    if "\n\n" not in text:  # else a page break's furniture may go too
        assert all(text[j] in "- \t\n" for j in dropped)
    assert out == join_hyphens(text)


@given(st.one_of(_TEXT, st.text(max_size=60)))
def test_idempotent(text: str) -> None:
    once = join_hyphens(text)
    assert join_hyphens(once) == once


def test_spans_point_into_the_stored_text(tmp_path: Path) -> None:
    """Extraction runs on the repaired text, and every span it reports points into
    ``Document.text`` (the text the graph's offsets refer to)."""
    p = tmp_path / "beschluss.txt"
    p.write_text(
        "Beschlussniederschrift der 17. IntMK\n\nTOP 7 Stär-\nkung der Integra-\n"
        "tionskurse für Zugewanderte\nAntragsteller: Hamburg\nBeschluss: einstimmig\n\n"
        "Integrationsministerin Anna Reh-\nberg sagte: „Wir handeln jetzt gemeinsam.“\n",
        encoding="utf-8",
    )
    doc = load(p)
    assert "Stärkung der Integrationskurse" in doc.text
    ex = extract(doc)
    titles = [m.title for m in ex.motions]
    assert any(t.startswith("Stärkung der Integrationskurse") for t in titles), titles
    (office,) = [o for o in ex.offices if o.person.family == "Rehberg"]
    assert doc.text[office.person.start : office.person.end].endswith("Rehberg")
    for m in ex.motions:
        assert m.evidence is not None
        assert m.title.split()[0] in doc.text[m.evidence.start : m.evidence.end]
