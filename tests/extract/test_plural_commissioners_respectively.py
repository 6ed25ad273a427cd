"""The bare plural ``die Beauftragten`` (and ``die Bevollmächtigten``) before coordinated names
in apposition is a plural role as ``die Integrationsbeauftragten`` is: one office per name,
and where its phrase names as many Länder as names (coordinated genitives, ``aus A und B``,
``der Länder A und B``), each takes its own, respectively. Negatives: the commissioners of a
body that is no government (``der beiden Kirchen``), no names after the role.

Every passage is invented for this test.
"""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str, str | None]]:
    return {(o.person.name, o.role_class, o.land) for o in find_offices(TextIndex(text))}


def test_bare_plural_commissioners_take_their_lands_respectively() -> None:
    assert offices(
        "Die Beauftragten für Migration Bremens und Sachsens, Anna Roth und Jonas Brandt, "
        "luden gemeinsam ein."
    ) == {("Anna Roth", "Beauftragte", "DE-HB"), ("Jonas Brandt", "Beauftragte", "DE-SN")}
    assert offices(
        "Die Beauftragten für Integration aus Hamburg und Berlin, Lea Sommer und Udo Kessler, "
        "zogen Bilanz."
    ) == {("Lea Sommer", "Beauftragte", "DE-HH"), ("Udo Kessler", "Beauftragte", "DE-BE")}
    assert offices(
        "Kritik kam auch: Die Beauftragten der Länder Berlin und Hessen, Anna Roth und "
        "Jonas Brandt, forderten mehr Geld."
    ) == {("Anna Roth", "Beauftragte", "DE-BE"), ("Jonas Brandt", "Beauftragte", "DE-HE")}
    # the other plural roles keep their reading
    assert offices(
        "Die Ministerinnen der Länder Bayern und Hessen, Anna Roth und Lea Brandt, luden ein."
    ) == {("Anna Roth", "Minister", "DE-BY"), ("Lea Brandt", "Minister", "DE-HE")}


def test_no_government_or_no_names_give_no_offices() -> None:
    assert (
        offices("Die Beauftragten der beiden Kirchen, Anna Roth und Jonas Brandt, luden ein.")
        == set()
    )
    assert (
        offices("Die Beauftragten der Länder trafen sich mit Anna Roth und Jonas Brandt.") == set()
    )
    assert offices("Die Beauftragten für Integration Berlins und Hessens tagten in Kiel.") == set()
