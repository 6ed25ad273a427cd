"""A senator sits in one of the city-states; where no rule finds which, Berlin's own name for
its parliament (``Abgeordnetenhaus``) tells it (invented passages). Negatives: a
``Senatsverwaltung`` alone (Bremen's and Hamburg's senates have administrations too), a
``Bürgerschaft`` (Bremen or Hamburg), another role in a text naming the Abgeordnetenhaus."""

from __future__ import annotations

from intgraph.extract import extract
from intgraph.models import Document
from intgraph.resolve import resolve


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(extract(Document("x.txt", "x.txt", text, "0" * 64)))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


def test_the_abgeordnetenhaus_places_a_senator_in_berlin() -> None:
    text = (
        "Die Grünen im Abgeordnetenhaus verlangen mehr Willkommensklassen. Senatorin Carla "
        "Weidemann kündigte eine Prüfung an."
    )
    assert holdings(text) == {("Carla Weidemann", "Senator", "DE-BE")}


def test_no_berlin_from_an_administration_a_buergerschaft_or_for_other_roles() -> None:
    text = "Die Senatsverwaltung prüft den Antrag. Senatorin Carla Weidemann sagte eine Antwort zu."
    assert holdings(text) == {("Carla Weidemann", "Senator", None)}
    text = "In der Bürgerschaft gab es Streit. Senator Ole Petersen verteidigte die Pläne."
    assert holdings(text) == {("Ole Petersen", "Senator", None)}
    text = "Vor dem Abgeordnetenhaus sprach Staatsministerin Vera Lindholm über Sprachkurse."
    assert ("Vera Lindholm", "Minister", "DE-BE") not in holdings(text)
