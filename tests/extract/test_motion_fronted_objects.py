"""A demand or decision told with its object fronted (invented passages): the accusative
object opens the sentence, the finite verb of demanding or deciding follows, then the body as
subject and nothing else but adverbials ("Eine X verlangen die Länder vom Bund"). News leads
put the demand first this way. The fronted noun phrase is the title.

Negatives: one minister or another body after the verb, a modal (an announcement), a
prepositional phrase or an adverb in the prefield (the object then follows the subject), a
pronoun pointing back, the addressee fronted ("Den Bund forderten die Länder auf, …")."""

from __future__ import annotations

import pytest

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

CTX = "Die 22. Integrationsministerkonferenz tagte in Saarbrücken. "


def motions(text: str) -> list[tuple[str, str]]:
    return [(m.title, m.result) for m in find_motions(TextIndex(CTX + text))]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Eine verlässliche Finanzierung der Sprachkurse fordern die Länder vom Bund.",
            "verlässliche Finanzierung der Sprachkurse",
        ),
        (
            "Mehr Geld für die Kommunen verlangten die Ministerinnen und Minister am Freitag "
            "einstimmig.",
            "Mehr Geld für die Kommunen",
        ),
        (
            "Einen Ausbau der Migrationsberatung forderte die Konferenz zum Abschluss ihrer "
            "Tagung.",
            "Ausbau der Migrationsberatung",
        ),
        (
            "Ein gemeinsames Monitoring der Wohnsitzauflage beschlossen die Ressortchefs in Kiel.",
            "gemeinsames Monitoring der Wohnsitzauflage",
        ),
        (
            "Verbindliche Standards für Gemeinschaftsunterkünfte verlangen die Länder nun auch "
            "vom Bund.",
            "Verbindliche Standards für Gemeinschaftsunterkünfte",
        ),
        (
            "Eine Entfristung der Jugendmigrationsdienste forderten die Integrationsminister "
            "der Länder bei ihrem Treffen.",
            "Entfristung der Jugendmigrationsdienste",
        ),
    ],
)
def test_the_fronted_object_is_the_demand(text: str, title: str) -> None:
    assert motions(text) == [(title, "adopted")]


@pytest.mark.parametrize(
    "text",
    [
        # one minister, another body
        "Eine Reform der Einbürgerung forderte Ministerin Lang am Rande der Konferenz.",
        "Mehr Geld für Sprachkurse fordern die Verbände von den Ländern.",
        # an announcement: the modal is the finite verb
        "Eine Reform der Einbürgerung wollen die Länder beim Treffen fordern.",
    ],
)
def test_no_fronted_demand_of_the_body(text: str) -> None:
    assert motions(text) == []


def test_the_prefield_is_no_object() -> None:
    # a prepositional phrase or an adverb first: the object follows the subject
    assert motions("Am Ende forderten die Länder mehr Geld für die Kommunen.") == [
        ("mehr Geld für die Kommunen", "adopted")
    ]
    # a pronoun pointing back, the addressee fronted
    titles = [t for t, _ in motions("Dies forderten die Länder am Freitag in Kiel.")]
    assert "Dies" not in titles
    titles = [
        t for t, _ in motions("Den Bund forderten die Länder auf, die Sprachkurse zu sichern.")
    ]
    assert not any(t.startswith(("Bund", "Den Bund")) for t in titles)
