"""Office holders: the bare rank Staatsminister/in and a news dateline, the federal
commissioner's letterhead with the kind of document after it, family names with a place as
one part (invented passages).

Rules: a bare ``Staatsministerin X`` takes a dateline's Land only where the dateline is the
Land's seat of government (``München.``), not another city (``Nürnberg.``), which places the
event (GOLD: a bare Staatsministerin with no Land named has none); a ministry's rank
``Minister``/``Ministerin`` keeps any dateline. The letterhead ``Die Beauftragte der
Bundesregierung für Migration, Flüchtlinge und Integration – Pressemitteilung …`` makes its
one bare Staatsministerin the commissioner. A double family name may have a place as one part
(``Görlitz-Brand``), not as every part.
"""

from __future__ import annotations

from intgraph.extract import extract
from intgraph.language.lands import dateline_land
from intgraph.language.lexicon import is_family_name_after_given
from intgraph.models import Document
from intgraph.resolve import resolve


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(extract(Document("x.txt", "x.txt", text, "0" * 64)))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


# ---------------------------------------------------------- the bare rank and the dateline
def test_a_bare_staatsministerin_under_a_dateline_that_is_no_seat_has_no_land() -> None:
    text = (
        "Regensburg. Beim Fachtag Wohnen sprach Staatsministerin Helga Rauschmayr über "
        "Unterkünfte für Geflüchtete."
    )
    assert holdings(text) == {("Helga Rauschmayr", "Minister", None)}
    text = "Leipzig – Staatsminister Bernd Quaas besuchte am Montag ein Sprachcafé."
    assert holdings(text) == {("Bernd Quaas", "Minister", None)}


def test_a_bare_staatsministerin_under_the_seat_of_a_government_takes_its_land() -> None:
    text = "München. Staatsministerin Helga Rauschmayr stellte den Integrationsbericht vor."
    assert holdings(text) == {("Helga Rauschmayr", "Minister", "DE-BY")}
    text = "DRESDEN. Staatsminister Bernd Quaas eröffnete die Woche der Vielfalt."
    assert holdings(text) == {("Bernd Quaas", "Minister", "DE-SN")}


def test_rheinland_pfalz_gives_its_ministers_the_rank_too() -> None:
    # in the Land's own documents: a Drucksache of its parliament answered by its government,
    # signed by rank; a release of its ministry
    text = (
        "Landtag Rheinland-Pfalz – 18. Wahlperiode\nDrucksache 18/5120\nAntwort des "
        "Ministeriums für Familie und Integration auf die Kleine Anfrage\nMainz, den 04.02.2025\n"
        "Die Kleine Anfrage beantworte ich wie folgt: …\nStaatsministerin Hanna Oberle"
    )
    assert holdings(text) == {("Hanna Oberle", "Minister", "DE-RP")}
    text = (
        "Ministerium für Familie und Integration Rheinland-Pfalz – Pressemitteilung 12/2025\n"
        "Staatsminister Jörg Baltes eröffnete die Interkulturelle Woche."
    )
    assert holdings(text) == {("Jörg Baltes", "Minister", "DE-RP")}
    # a dateline alone does not (a federal Staatsminister may be visiting Mainz)
    text = "MAINZ. Staatsminister Jörg Baltes eröffnete die Interkulturelle Woche."
    assert holdings(text) == {("Jörg Baltes", "Minister", None)}
    # not a Land whose ministers bear no such title: the federation's rank
    text = "Kiel – Staatsministerin Hanna Oberle besuchte am Montag ein Sprachcafé."
    assert holdings(text) == {("Hanna Oberle", "Minister", None)}


def test_a_minister_keeps_the_land_of_any_dateline() -> None:
    text = "Regensburg. Sozialministerin Helga Rauschmayr eröffnete ein Beratungszentrum."
    assert holdings(text) == {("Helga Rauschmayr", "Minister", "DE-BY")}


def test_dateline_land_of_a_seat() -> None:
    assert dateline_land("München. Die Ministerin …", seat=True) == "DE-BY"
    assert dateline_land("MAINZ Die Ministerin …", seat=True) == "DE-RP"
    assert dateline_land("Nürnberg. Die Ministerin …", seat=True) is None
    assert dateline_land("Nürnberg. Die Ministerin …") == "DE-BY"


# ---------------------------------------------------------- the commissioner's letterhead
def test_the_letterhead_with_the_kind_of_document_after_a_dash() -> None:
    text = (
        "Die Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration – "
        "Pressemitteilung 12.03.2024\n\n"
        "Staatsministerin Dr. Ayla Brenninkmeyer besuchte heute ein Integrationskursträger in "
        "Bochum."
    )
    assert holdings(text) == {("Ayla Brenninkmeyer", "Beauftragte", "DE")}
    text = (
        "Der Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration | "
        "Aktuelles\n\nStaatsminister Lutz Ebeling traf heute Vertreter der Länder."
    )
    assert holdings(text) == {("Lutz Ebeling", "Beauftragte", "DE")}


def test_a_line_that_speaks_of_the_commissioner_is_no_letterhead() -> None:
    text = (
        "Die Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration hat "
        "heute Bayerns Staatsministerin Helga Rauschmayr getroffen."
    )
    assert ("Helga Rauschmayr", "Beauftragte", "DE") not in holdings(text)


# ---------------------------------------------------------- a place in a double family name
def test_a_place_as_one_part_of_a_double_family_name() -> None:
    assert is_family_name_after_given("Görlitz-Brand")
    assert is_family_name_after_given("Brand-Görlitz")
    assert not is_family_name_after_given("Halle-Weimar")
    text = (
        "Es antwortet die Ministerin für Arbeit, Soziales und Gleichstellung, Dr. Franziska "
        "Görlitz-Brand, auf die Kleine Anfrage."
    )
    assert ("Franziska Görlitz-Brand", "Minister", None) in holdings(text)
