"""A name that ends a list line ends there: the next line's label is not part of it, and a
role's complement does not run on into the next line (invented passages)."""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def holders(text: str) -> list[tuple[str, str, str | None]]:
    return sorted(
        (f"{o.person.given} {o.person.family}", o.role_class, o.land)
        for o in find_offices(TextIndex(text))
    )


def test_an_attendance_list_with_remits_and_land_labels() -> None:
    text = (
        "Anwesend:\n"
        "Sachsen: Staatsministerin für Soziales Petra Lang\n"
        "Berlin: Staatssekretärin für Integration Aylin Kaya-Brandt\n"
        "Hamburg: Senator Jens Kraus\n"
    )
    assert holders(text) == [
        ("Aylin Kaya-Brandt", "Staatssekretaer", "DE-BE"),
        ("Jens Kraus", "Senator", "DE-HH"),
        ("Petra Lang", "Minister", "DE-SN"),
    ]


def test_the_last_line_of_a_list_ends_with_its_name() -> None:
    text = "Teilnehmende:\nNiedersachsen: Ministerin für Inneres Eva Brandt\nTagesordnung folgt."
    assert ("Eva Brandt", "Minister", "DE-NI") in holders(text)


def test_a_name_broken_across_lines_in_running_text_stays_one_name() -> None:
    text = "In Hannover sagte Innenministerin Eva\nBrandt am Montag, das Land helfe."
    assert [h[0] for h in holders(text)] == ["Eva Brandt"]
