"""A transcript's speaker label may give the speaker's function with its body before the name,
after a comma (``Sprecher der Sozialbehörde, Malte X: …``): the labelled turn is that person's
(invented passages). Negatives: a body or place before the comma that is no person's
function, a function before a family name alone."""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def test_a_function_with_its_body_before_the_name_labels_a_speaker() -> None:
    text = (
        "Pressekonferenz im Rathaus, Mitschrift\n\n"
        "Senatorin Dr. Ines Marquardt: Wir stocken die Kitaplätze auf, das Geld ist da.\n"
        "Sprecherin der Innenbehörde, Jana Voss: Die Standorte nennen wir nächste Woche.\n"
        "Frage (Radio Nord): Bleibt es beim Zeitplan?\n"
        "Senatorin Dr. Ines Marquardt: Davon gehe ich aus.\n"
    )
    assert speakers(text) == ["Ines Marquardt", "Jana Voss"]


def test_a_body_or_a_family_name_alone_after_the_comma_labels_no_one() -> None:
    text = (
        "Pressekonferenz im Rathaus, Mitschrift\n\n"
        "Senatorin Dr. Ines Marquardt: Wir stocken die Kitaplätze auf, das Geld ist da.\n"
        "Haus der Jugend, Jana Voss: Die Standorte nennen wir nächste Woche.\n"
        "Senatorin Dr. Ines Marquardt: Davon gehe ich aus, sagen alle.\n"
    )
    assert "Jana Voss" not in speakers(text)
    text = (
        "Senatorin Dr. Ines Marquardt: Wir stocken die Kitaplätze auf, das Geld ist da.\n"
        "Sprecherin der Innenbehörde, Voss: Die Standorte nennen wir nächste Woche.\n"
        "Senatorin Dr. Ines Marquardt: Davon gehe ich aus, sagen alle.\n"
    )
    assert "Voss" not in speakers(text)
