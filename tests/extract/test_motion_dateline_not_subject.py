"""A news dateline that opens the sentence ("Hamburg (dpa) – …", "Bremen – …") names where the
report comes from, not the Land whose motion it is: the possessive before the motion noun points
to the clause's subject after it ("Mit ihrem Vorstoß … sind Bremen und Thüringen gescheitert").
A city-state named again as the subject after its dateline is still the subject. Invented
passages.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex


def lands(text: str) -> list[list[str]]:
    return [sorted(m.submitters) for m in find_motions(TextIndex(text), None, conference=True)]


def test_the_dateline_city_is_not_the_owner() -> None:
    assert lands(
        "Hamburg (dpa) – Mit ihrem Vorstoß für einen Härtefallfonds sind Bremen und Sachsen bei "
        "der Integrationsministerkonferenz gescheitert."
    ) == [["DE-HB", "DE-SN"]]
    assert lands(
        "Bremen (epd) - Mit seinem Antrag zur Beratung hat sich Hamburg bei der "
        "Integrationsministerkonferenz durchgesetzt."
    ) == [["DE-HH"]]
    assert lands(
        "Berlin – Mit seiner Initiative für mehr Sprachkurse ist Bayern bei der "
        "Integrationsministerkonferenz gescheitert."
    ) == [["DE-BY"]]


def test_a_city_state_named_again_after_its_dateline_is_the_owner() -> None:
    assert lands(
        "Bremen – Bremen hat sich mit seinem Antrag zur Beratung bei der "
        "Integrationsministerkonferenz durchgesetzt."
    ) == [["DE-HB"]]
    assert lands(
        "Berlin – Berlin ist mit seinem Antrag zur Härtefallregelung bei der "
        "Integrationsministerkonferenz gescheitert."
    ) == [["DE-BE"]]
