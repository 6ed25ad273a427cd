"""A motion adopted or rejected in the passive perfect ("ist … angenommen worden"), its content
in a relative clause after the auxiliary (invented passages): the relative clause is read as
after the simple past passive ("Angenommen wurde ein Antrag X, der Y fordert").

Negatives: a relative clause that tells no demand, a participle that tells no vote."""

from __future__ import annotations

import pytest

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

CTX = "Die 22. Integrationsministerkonferenz tagte in Saarbrücken. "


def motions(text: str) -> list[tuple[str, str, list[str]]]:
    return [(m.title, m.result, sorted(m.submitters)) for m in find_motions(TextIndex(CTX + text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Einstimmig ist ein Antrag Hessens angenommen worden, der eine Reform der "
            "Einbürgerung fordert.",
            ("Reform der Einbürgerung", "adopted", ["DE-HE"]),
        ),
        (
            "Am Freitag ist der Antrag Sachsens abgelehnt worden, der eine Verschärfung der "
            "Residenzpflicht verlangt.",
            ("Verschärfung der Residenzpflicht", "rejected", ["DE-SN"]),
        ),
        (
            "Mit knapper Mehrheit ist auf der Konferenz ein Antrag Bremens angenommen worden, der "
            "schnellere Verfahren bei der Einbürgerung vorsieht.",
            ("schnellere Verfahren bei der Einbürgerung", "adopted", ["DE-HB"]),
        ),
    ],
)
def test_the_relative_clause_after_the_passive_perfect(
    text: str, expected: tuple[str, str, list[str]]
) -> None:
    assert motions(text) == [expected]


def test_no_demand_in_the_relative_clause() -> None:
    found = motions(
        "Einstimmig ist ein Antrag Hessens angenommen worden, der lange umstritten war."
    )
    assert all("umstritten" not in t for t, _, _ in found)
