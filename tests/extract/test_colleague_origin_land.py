"""A colleague's origin (``Ihr Kollege X aus Schleswig-Holstein``) is that colleague's Land:
it does not make the text about that Land, and a story that names a colleague from another
Land reports a meeting of Länder, so its dateline places the meeting, not an office (invented
passages). Negatives: a Land named outside a colleague phrase still leads; a dateline without
any colleague gives its Land."""

from __future__ import annotations

from intgraph.extract import extract
from intgraph.models import Document
from intgraph.resolve import resolve


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(extract(Document("x.txt", "x.txt", text, "0" * 64)))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


def test_a_colleagues_origin_is_not_the_land_of_the_text() -> None:
    text = (
        "Potsdam. Auf der Fachtagung sprach Ministerin Wiebke Horstmann über Sprachkurse. "
        "Ihre Kollegin Aylin Demir aus Niedersachsen berichtete von Wartelisten."
    )
    assert ("Wiebke Horstmann", "Minister", None) in holdings(text)
    text = (
        "Erfurt – Beim Treffen sprach auch Minister Lars Ebeling. Sein Amtskollege aus "
        "Hessen stellte ein Förderprogramm vor."
    )
    assert ("Lars Ebeling", "Minister", None) in holdings(text)


def test_a_land_named_outside_a_colleague_phrase_or_a_plain_dateline_still_counts() -> None:
    text = (
        "Potsdam. In Brandenburg fehlen Kursplätze. Ministerin Wiebke Horstmann kündigte mehr "
        "Geld an. Brandenburg will bis 2026 nachsteuern."
    )
    assert ("Wiebke Horstmann", "Minister", "DE-BB") in holdings(text)
    text = "Potsdam. Ministerin Wiebke Horstmann eröffnete ein Beratungszentrum."
    assert ("Wiebke Horstmann", "Minister", "DE-BB") in holdings(text)
