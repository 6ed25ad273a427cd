"""A headline quotation with no verb of saying, under the paper's masthead line with the date
(``Kieler Blatt, 15.05.2024``), over a lead sentence whose subject is a named person: that
person's words (GOLD: teaser quotations count). A headline speaks where it makes a claim: in
the first or second person, with a finite verb of being or must, or with a negation
(``„Ohne Anerkennung keine Fachkräfte“``, ``„Nicht ohne die Kommunen“``).

Every passage is invented for this test, with negatives.
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def test_headline_quote_under_a_dated_masthead() -> None:
    assert speakers(
        "Ostsee-Kurier, 12.03.2025\n„Keine Sprachkita ohne Fachkräfte“\n"
        "Die Thüringer Sozialministerin Petra Lang drängt auf mehr Personal in den Kitas."
    ) == ["Petra Lang"]
    assert speakers(
        "Rhein-Echo | 3. Mai 2024\n„Nicht ohne die Kommunen“\n"
        "Integrationsminister Jonas Berndt wirbt für einen neuen Pakt mit den Städten."
    ) == ["Jonas Berndt"]
    # a claim with a finite verb, under a two-line head
    assert speakers(
        "Pressemitteilung\nMainz, 04.02.2024\n„Integration ist Teamarbeit“\n"
        "Staatssekretärin Mira Sommer hat am Montag die Beratungsstellen besucht."
    ) == ["Mira Sommer"]


def test_titles_and_other_heads_are_no_headline_quotes() -> None:
    # a title that claims nothing
    assert (
        speakers(
            "Ostsee-Kurier, 12.03.2025\n„Willkommen in Rostock“\n"
            "Sozialministerin Petra Lang eröffnet das neue Beratungszentrum."
        )
        == []
    )
    # a paragraph of running text above the quotation: no headline
    assert (
        speakers(
            "Die Kitas im Land suchen seit Monaten Personal, heißt es vom 12.03.2025 an.\n"
            "Und weiter im Text geht es hier.\n„Keine Sprachkita ohne Fachkräfte“\n"
            "Sozialministerin Petra Lang drängt auf mehr Personal."
        )
        == []
    )
