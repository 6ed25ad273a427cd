"""Numbered sessions coordinated by a correlative conjunction (invented passages; issue 12):
``sowohl auf der 17. als auch auf der 18. IntMK``, ``weder … noch``, ``auf der 12. wie auf der
13.`` share the noun of the last one, the preposition repeated; each ordinal is a session. A
pronoun of sequence after them (``auf Letzterer``, ``bei Ersterer``) points the clause's chair
to the last or the first of them."""

from __future__ import annotations

from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex


def rows(text: str, year: int | None = 2024) -> list[tuple]:
    found, _ = find_sessions(TextIndex(text), year)
    return sorted((s.number, s.chair_land) for s in found if s.number)


def test_correlative_coordination_numbers_each_session() -> None:
    assert rows("Bayern hat das sowohl auf der 17. als auch auf der 18. IntMK vorgetragen.") == [
        (17, None),
        (18, None),
    ]
    assert rows(
        "Weder auf der 15. noch auf der 16. Integrationsministerkonferenz gab es Mehrheiten."
    ) == [
        (15, None),
        (16, None),
    ]
    assert rows(
        "Hessen war auf der 12. wie auf der 13. Konferenz der Integrationsminister dabei."
    ) == [
        (12, None),
        (13, None),
    ]
    # ordinal words, the dative after "bei"
    assert rows(
        "Sowohl bei der elften als auch bei der zwölften Integrationsministerkonferenz stand das "
        "Thema auf der Tagesordnung."
    ) == [(11, None), (12, None)]
    # "bzw." between them
    assert rows("Der Antrag lag der 19. bzw. 20. IntMK vor.") == [(19, None), (20, None)]


def test_a_pronoun_of_sequence_points_the_chair_to_one_session() -> None:
    text = (
        "Das Land hat das Anliegen sowohl auf der 18. als auch auf der 19. IntMK vertreten; auf "
        "Letzterer führte Hessen den Vorsitz."
    )
    assert rows(text) == [(18, None), (19, "DE-HE")]
    text = (
        "Thüringen war auf der 10. und der 11. IntMK vertreten; bei Ersterer hatte "
        "Schleswig-Holstein den Vorsitz."
    )
    assert rows(text) == [(10, "DE-SH"), (11, None)]
    text = (
        "Auf der 14. wie auf der 15. Integrationsministerkonferenz sprach Sachsen; auf der "
        "letztgenannten hatte Brandenburg den Vorsitz."
    )
    assert rows(text) == [(14, None), (15, "DE-BB")]


def test_no_coordination_without_a_second_ordinal_before_the_noun() -> None:
    # a comparison with a session named in full
    assert rows("Die 12. IntMK verlief ähnlich wie die 13. IntMK in Nürnberg.") == [
        (12, None),
        (13, None),
    ]
    # an ordinal of another noun before "noch"
    assert rows("Am 3. noch vor der 18. IntMK legte das Land den Bericht vor.") == [(18, None)]
    # one session and "Letzterer": no chair moved off it, none given to another
    assert rows("Auf der 18. IntMK sprach Bremen; Letzterer hatte Hessen den Vorsitz.") == [
        (18, "DE-HE")
    ]
    # several sessions and a chair but no pronoun of sequence: no chair
    assert rows("Auf der 18. und der 19. IntMK hatte Hessen den Vorsitz.") == [
        (18, None),
        (19, None),
    ]
