"""Sessions numbered by an ordinal whose noun is left out (issue 12): German leaves out the head
noun of a noun phrase that repeats one just named ("Die 9. IntMK tagt in Magdeburg, die 8. fand
in Dresden statt"); the article agrees with the noun taken up, the ordinal is followed by no
noun (a lowercase word, a year or a punctuation mark; German nouns are capitalised). Ordinals
coordinated before the noun they share ("die 8. und 9. IntMK") number a session each. A word a
line break split with a hyphen is read whole ("in Dres-\\nden"). Every passage is invented for
this test, with negatives.
"""

from __future__ import annotations

from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex


def sessions(text: str, year: int | None = None) -> list[tuple]:
    found, _ = find_sessions(TextIndex(text), year)
    return sorted(
        ((s.number, s.year, s.place) for s in found), key=lambda t: tuple(str(x) for x in t)
    )


def test_an_elided_ordinal_after_a_numbered_session_in_the_same_sentence() -> None:
    # after a semicolon, the noun left out, the place of its own clause
    assert sessions(
        "Die 9. IntMK wird 2014 in Magdeburg stattfinden; die 8. fand in Dresden statt."
    ) == [
        (8, None, "Dresden"),
        (9, 2014, "Magdeburg"),
    ]
    # after a comma, the verb gapped too, with a year of its own
    text = (
        "Die zwölfte Integrationsministerkonferenz fand 2017 in Friedrichshafen statt, die "
        "dreizehnte 2018 in Nürnberg."
    )
    assert sessions(text) == [(12, 2017, "Friedrichshafen"), (13, 2018, "Nürnberg")]
    # the neuter noun taken up by a neuter article
    text = "Die IntMK wandert. Das 10. Treffen fand in Kiel statt, das elfte in Erfurt."
    assert sessions(text) == [(10, None, "Kiel"), (11, None, "Erfurt")]


def test_an_elided_ordinal_opening_the_next_sentence() -> None:
    assert sessions("Die 10. IntMK tagte in Kiel. Die 11. folgte ein Jahr später in Erfurt.") == [
        (10, None, "Kiel"),
        (11, None, "Erfurt"),
    ]


def test_no_elided_ordinal_where_a_noun_or_another_ordinal_follows() -> None:
    # a noun after the ordinal: another thing numbered
    assert sessions("Die 10. IntMK tagte in Kiel. Die 11. Klasse folgte in Erfurt.") == [
        (10, None, "Kiel")
    ]
    assert sessions("Die 10. IntMK tagt in Kiel, die 3. Klasse der Schule besuchte sie.") == [
        (10, None, "Kiel")
    ]
    # an attributive adjective and its noun after the ordinal
    assert sessions(
        "Die 10. IntMK tagt in Kiel, die 8. gemeinsame Sitzung mit dem Bund folgt."
    ) == [(10, None, "Kiel")]
    # a day of a month, a genitive after the ordinal
    assert sessions("Die 10. IntMK tagt in Kiel; der 8. des Monats ist ein Feiertag.") == [
        (10, None, "Kiel")
    ]
    assert sessions("Die 9. IntMK tagt am 8. und 9. Mai in Magdeburg.") == [(9, None, "Magdeburg")]
    # the article does not agree with the neuter noun: not that noun left out
    text = "Die IntMK wandert. Das 10. Treffen fand in Kiel statt, die elfte in Erfurt."
    assert sessions(text) == [(10, None, "Kiel")]
    # no numbered session before: nothing to take up
    assert sessions("Die IntMK tagte in Kiel. Die 11. folgte in Erfurt.") == [(None, None, "Kiel")]


def test_ordinals_coordinated_before_the_noun_they_share() -> None:
    text = "Die 8. und 9. IntMK fanden in Dresden und Magdeburg statt."
    assert [n for n, _, _ in sessions(text) if n] == [8, 9]
    text = "Die IntMK wandert. Auf der siebten und der achten Konferenz wurde darüber beraten."
    assert [n for n, _, _ in sessions(text)] == [7, 8]
    # a range is not a coordination of two sessions' numbers
    assert sessions("Die 9. IntMK tagt vom 8. bis 9. März in Magdeburg.") == [
        (9, None, "Magdeburg")
    ]


def test_a_word_broken_at_a_lines_end_is_read_whole() -> None:
    text = "Die 9. IntMK wird in Magdeburg stattfinden; die 8. fand in Dres-\nden statt."
    assert sessions(text) == [(8, None, "Dresden"), (9, None, "Magdeburg")]
    # a compound's hyphen before a capital stays
    text = "Die 20. IntMK tagt in Göttingen, Gastgeber ist Baden-\nWürttemberg."
    assert sessions(text) == [(20, None, "Göttingen")]


def test_an_ordinal_after_a_copula_ranks_the_session_named() -> None:
    # the predicate of the session before it, the first of a kind: no session of its own
    assert sessions("Die 13. IntMK ist die erste in Bayern.") == [(13, None, None)]
    assert sessions("Die 11. IntMK war bereits die zweite, die online tagte.") == [(11, None, None)]


def test_the_next_session_with_its_noun_left_out() -> None:
    assert sessions("Die IntMK tagte 2022 in Hamburg; die nächste folgt 2023 in Wiesbaden.") == [
        (None, 2022, "Hamburg"),
        (None, 2023, "Wiesbaden"),
    ]
    assert sessions("Die IntMK tagte 2022 in Hamburg, die kommende findet in Wiesbaden statt.") == [
        (None, 2022, "Hamburg"),
        (None, None, "Wiesbaden"),
    ]
    # a noun after it: the next of something else
    text = "Die IntMK tagte 2022 in Hamburg, die nächste Woche bringt Regen in Wiesbaden."
    assert sessions(text) == [(None, 2022, "Hamburg")]
    # neither year nor place of its own: no row
    assert sessions("Die IntMK tagte 2022 in Hamburg; die nächste ist noch offen.") == [
        (None, 2022, "Hamburg")
    ]
