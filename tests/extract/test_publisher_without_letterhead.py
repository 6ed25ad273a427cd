"""The publisher Land of a release without a ministry's letterhead (invented passages; issue
12): the Land named only in the title of its office holder, an official dateline of a Land's
seat of government ("Magdeburg, den …") over its minister's release, a city-state's Senate's
press office; and the news, letters and releases that look like them."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.models import Document


def publisher(text: str) -> str | None:
    return extract(Document("x.txt", "x.txt", text, "0" * 64)).facts.publisher_land


# ------------------------------------------------------------------ the Land in its minister's title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pressemitteilung Nr. 14/2024 – 02.02.2024\nSachsens Integrationsministerin Ute "
            "Halbach eröffnet ein Beratungszentrum in Plauen.",
            "DE-SN",
        ),
        (
            "Medieninformation 7/2023\nDer hessische Sozialminister Jan Roder hat heute neue "
            "Mittel für Sprachkurse freigegeben.",
            "DE-HE",
        ),
    ],
)
def test_a_release_whose_land_is_named_in_its_ministers_title(text: str, expected: str) -> None:
    assert publisher(text) == expected


def test_office_holders_of_two_lands_give_no_publisher() -> None:
    text = (
        "Pressemitteilung Nr. 14/2024\nSachsens Integrationsministerin Ute Halbach und der "
        "hessische Sozialminister Jan Roder haben heute gemeinsam ein Papier vorgelegt."
    )
    assert publisher(text) is None


# ------------------------------------------------------------------ an official dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Magdeburg, den 04.09.2019\n\nMinisterin wirbt für Sprachkurse\n\nMagdeburg. "
            "Integrationsministerin Karla Wendt hat heute in Sachsen-Anhalt neue Kurse vorgestellt.",
            "DE-ST",
        ),
        (
            "Schwerin, den 12. März 2024\nSozialministerin Greta Pohl besucht eine Schule in "
            "Rostock. Mecklenburg-Vorpommern baut die Beratung aus.",
            "DE-MV",
        ),
    ],
)
def test_an_official_dateline_of_a_seat_over_its_ministers_release(
    text: str, expected: str
) -> None:
    assert publisher(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a news story's dateline
        "Magdeburg (dpa) – Integrationsministerin Karla Wendt hat neue Kurse in Sachsen-Anhalt "
        "vorgestellt.",
        # a town that is no seat of government
        "Halle, den 04.09.2019\nIntegrationsministerin Karla Wendt hat in Sachsen-Anhalt neue "
        "Kurse vorgestellt.",
        # a letter from the seat about another Land
        "Hannover, den 04.09.2019\nDer Verein schreibt an den bayerischen Innenminister Otto "
        "Reiter: Bayern muss mehr tun.",
        # the dateline inside a sentence
        "Das Schreiben trägt die Zeile Magdeburg, den 04.09.2019 und ist an die Ministerin "
        "gerichtet.",
    ],
)
def test_other_datelines_give_no_publisher(text: str) -> None:
    assert publisher(text) is None


# ------------------------------------------------------------------ a Senate's press office


def test_a_senates_press_office_as_letterhead() -> None:
    text = "Senatspressestelle Bremen\n12.05.2022\n\nNeue Anlaufstelle für Zugewanderte\nText."
    assert publisher(text) == "DE-HB"
    # in running text it is a contact
    text = "Wie die Senatspressestelle mitteilte, ist Bremen gut vorbereitet.\nText."
    assert publisher(text) is None
