"""News wordings of a joint demand, and the body where it is no subject (invented passages):

* "plädieren" with the correlate "dafür" pointing at the clause after the comma;
* the demand as a noun with the session by its ordinal in the genitive ("die Forderung der
  19. Integrationsministerkonferenz nach X");
* the body as the genitive attribute of a prepositional phrase ("Am Rande der Konferenz
  forderte Ministerin X …"): a place or time, so the one minister after the verb demands, no
  motion.
"""

from __future__ import annotations

import pytest

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

CTX = "Die 22. Integrationsministerkonferenz tagte in Saarbrücken. "


def motions(text: str) -> list[tuple[str, str]]:
    return [(m.title, m.result) for m in find_motions(TextIndex(CTX + text))]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Länder plädierten dafür, die Kurse zu öffnen.", "Öffnung"),
        (
            "Die Ministerinnen und Minister plädierten dafür, die Wartezeiten zu verkürzen.",
            "Wartezeiten",
        ),
        (
            "Die Konferenz plädierte einstimmig dafür, die Beratungsstellen zu stärken.",
            "Beratungsstellen",
        ),
        (
            "Die IntMK plädiert dafür, dass der Bund die Sprachmittlung finanziert.",
            "Sprachmittlung",
        ),
    ],
)
def test_a_plea_with_the_correlate(text: str, word: str) -> None:
    found = motions(text)
    assert len(found) == 1 and word in found[0][0] and found[0][1] == "adopted"


@pytest.mark.parametrize(
    "text",
    [
        "Ministerin Jana Roth plädierte dafür, die Kurse zu öffnen.",
        "Der Flüchtlingsrat plädierte dafür, die Wartezeiten zu verkürzen.",
    ],
)
def test_a_plea_of_one_minister_or_another_body(text: str) -> None:
    assert motions(text) == []


def test_the_demand_noun_with_the_session_by_its_ordinal() -> None:
    found = motions(
        "Die Forderung der 19. Integrationsministerkonferenz nach mehr Sprachkursen für Eltern "
        "stieß auf Kritik."
    )
    assert len(found) == 1 and "Sprachkursen für Eltern" in found[0][0]
    assert (
        motions("Die Forderung des Flüchtlingsrats nach mehr Sprachkursen stieß auf Kritik.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Am Rande der Konferenz forderte Ministerin Jana Roth, die Wartezeiten zu verkürzen.",
        "Zum Abschluss der Konferenz verlangte Senatorin Eva Brandt mehr Geld für die Kitas.",
        "Im Vorfeld der Konferenz forderte der Flüchtlingsrat einen Abschiebestopp.",
    ],
)
def test_the_body_in_a_phrase_of_place_or_time_is_no_subject(text: str) -> None:
    assert motions(text) == []


def test_the_body_after_such_a_phrase_still_demands() -> None:
    assert motions("Zum Abschluss der Konferenz forderten die Länder mehr Geld für Kitas.") == [
        ("mehr Geld für Kitas", "adopted")
    ]
