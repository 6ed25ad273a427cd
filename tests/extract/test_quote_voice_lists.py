"""A list of voices: each item names its speaker before a colon and a quotation, with no verb
(``– Senatorin X (Berlin): „…“``, ``• Y, Landesverband …: „…“``). An item is a clause of its
own even where the list's lines run into one sentence (no full stop between the items), so
each quotation goes to its own item's speaker, not to the first item's.

Every passage is invented for this test, with negatives.
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex


def pairs(text: str) -> list[tuple[str, str]]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({(q.speaker.name, q.text[:12]) for q in quotes})


def test_dash_items_each_have_their_speaker() -> None:
    text = (
        "Reaktionen auf den Gipfel\n"
        "– Ministerin Hanna Kallweit, Vorsitzende der Konferenz: „Wir sind weitergekommen.“\n"
        "– Senator Lutz Berger (Bremen): „Das Geld reicht nicht.“\n"
        "– Ursula Brenner, Flüchtlingsrat Nord: „Jetzt muss gehandelt werden.“"
    )
    assert pairs(text) == [
        ("Hanna Kallweit", "Wir sind wei"),
        ("Lutz Berger", "Das Geld rei"),
        ("Ursula Brenner", "Jetzt muss g"),
    ]


def test_bullets_and_plain_lines_after_a_whole_quoted_sentence() -> None:
    text = (
        "Stimmen aus den Ländern\n"
        "• Staatssekretär Jonas Brandt: „Wir bauen die Beratung aus.“\n"
        "• Integrationsbeauftragte Mira Sommer: „Die Kommunen brauchen Planungssicherheit.“"
    )
    assert pairs(text) == [("Jonas Brandt", "Wir bauen di"), ("Mira Sommer", "Die Kommunen")]
    # no bullet, but each line after a quotation that ends a sentence opens an item
    text = (
        "Das sagen die Länder\n"
        "Ministerin Petra Lang: „Wir halten Wort.“\n"
        "Staatsrätin Ilse Marten: „Hamburg ist vorbereitet.“"
    )
    found = pairs(text)
    assert ("Ilse Marten", "Hamburg ist ") in found and ("Petra Lang", "Wir halten W") in found
    assert ("Petra Lang", "Hamburg ist ") not in found


def test_a_dash_that_continues_a_sentence_opens_no_item() -> None:
    # a dash before a lower-case word continues the clause: the speaker stays the subject
    text = (
        "Ministerin Hanna Kallweit lobte die Kommunen\n"
        "– und fügte hinzu: „Ohne sie ginge es nicht.“"
    )
    assert pairs(text) == [("Hanna Kallweit", "Ohne sie gin")]
    # an item with no speaker takes none from the item above
    text = (
        "– Ministerin Hanna Kallweit: „Wir sind weitergekommen.“\n"
        "– Aus dem Publikum: „Und die Kitas?“"
    )
    assert pairs(text) == [("Hanna Kallweit", "Wir sind wei")]
