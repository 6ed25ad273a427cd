"""Precision of the office, publisher and quotation rules of session 10, from a reviewer's
findings: two given names before a family name that is also a common noun, a news headline
that opens with a commissioner's office or an authority, and a reader who goes on to speak in
his own words. Every passage is invented for this test."""

from __future__ import annotations

from intgraph.extract import extract
from intgraph.models import Document
from intgraph.resolve import resolve


def facts(text: str) -> dict:
    rd = resolve(extract(Document("x.txt", "x.txt", text, "0" * 64)))
    names = {p.key: p.name for p in rd.persons}
    return {
        "publisher": rd.facts.publisher_land,
        "holders": sorted(names[h.person_key] for h in rd.holdings),
        "quotes": sorted({names[q.person_key] for q in rd.quotes if q.person_key in names}),
    }


def test_two_given_names_then_a_family_name_that_is_also_a_noun() -> None:
    text = "Schwerin. Staatssekretärin Eva Maria Gärtner (Mecklenburg-Vorpommern) sprach zuerst."
    assert facts(text)["holders"] == ["Eva Maria Gärtner"]
    text = "Mainz. Der rheinland-pfälzische Integrationsminister Hans Peter Sommer besuchte Trier."
    assert facts(text)["holders"] == ["Hans Peter Sommer"]
    # after a given and a family name, a common noun is no third part of the name
    text = "Teilnehmende:\nStaatssekretärin Birte Hansen\nAmtschef Lars Ohm (Hamburg)"
    assert "Birte Hansen" in facts(text)["holders"]


def test_a_headline_that_opens_with_an_office_is_no_letterhead() -> None:
    text = (
        "Beauftragte der Landesregierung für Integration legt Jahresbericht vor\n\n"
        "Stuttgart (dpa/lsw) – Die Zahl der Beratungen ist gestiegen."
    )
    assert facts(text)["publisher"] is None
    text = (
        "Behörde für Inneres rechnet mit mehr Einbürgerungen\n\n"
        "Erfurt. Die thüringische Landesverwaltung meldet mehr Anträge als im Vorjahr."
    )
    assert facts(text)["publisher"] != "DE-HH"
    # the office's name alone on its line is the letterhead
    text = (
        "Integrationsbeauftragte der Landesregierung Brandenburg\n\n"
        "Pressemitteilung vom 3. Mai 2021\n\nDie Beauftragte stellt ihren Bericht vor."
    )
    assert facts(text)["publisher"] == "DE-BB"


def test_a_reader_who_goes_on_in_his_own_words_is_the_speaker() -> None:
    text = "Innenminister Jonas Weide verlas den Antrag der Länder und sagte: „Jetzt ist der Bund dran.“"
    assert facts(text)["quotes"] == ["Jonas Weide"]
    text = (
        "Die Senatorin Pia Lenz las aus dem Bericht des Rechnungshofs vor und erklärte dann: "
        "„Wir sparen nicht an der Beratung.“"
    )
    assert facts(text)["quotes"] == ["Pia Lenz"]
    # the read-out words of another's document stay nobody's own
    text = "Minister Tom Brand zitierte aus dem Schreiben des Flüchtlingsrats: „Wir sind am Limit.“"
    assert facts(text)["quotes"] == []


def test_a_nomination_holds_no_office_yet() -> None:
    text = "Potsdam. Nach der Nominierung von Lea Brandt zur Sozialministerin beginnt der Streit."
    assert facts(text)["holders"] == []
    text = "Potsdam. Nach der Ernennung von Lea Brandt zur Sozialministerin beginnt die Arbeit."
    assert facts(text)["holders"] == ["Lea Brandt"]
