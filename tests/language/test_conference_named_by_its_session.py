"""A text is about the IntMK where it names one of its sessions by ordinal, year and city
together as the reference has them ("bei der ersten Konferenz 2007 in Düsseldorf"), even in a
comment that names another conference beside it; a number, year and city that do not agree
with one reference session say nothing. Invented passages."""

from __future__ import annotations

from intgraph.language.decisions import mentions_conference


def test_a_session_by_ordinal_year_and_city_names_the_body() -> None:
    text = (
        "Schon bei der ersten Konferenz 2007 in Düsseldorf war das ein Thema. Statt bei der "
        "Innenministerkonferenz zu reden, sollten die Länder liefern."
    )
    assert mentions_conference(text)
    assert mentions_conference(
        "Seit ihrer ersten Zusammenkunft im Jahr 2007 in Düsseldorf streiten sie."
    )
    assert mentions_conference("Bei der 12. Tagung 2017 in Friedrichshafen war es ruhig.")


def test_no_body_where_ordinal_year_and_city_do_not_agree() -> None:
    # another year, another number, another city of the same reference session
    assert not mentions_conference("Bei der ersten Konferenz 2008 in Düsseldorf war es ruhig.")
    assert not mentions_conference("Bei der zweiten Konferenz 2007 in Düsseldorf war es ruhig.")
    assert not mentions_conference("Bei der ersten Konferenz 2007 in Köln war es ruhig.")
    # an ordinal of something else
    assert not mentions_conference("Beim ersten Spiel 2007 in Düsseldorf war es ruhig.")
