"""The locative pro-form ``dort`` points back to the place named before it: an office with no
Land of its own, after ``dort`` in its sentence, is of the Land named last before it as a Land
(``Zustimmung kam aus Nordrhein-Westfalen: Dort hatte Integrationsministerin X …``), in that
sentence or the one before. Negatives: a town named between the Land and ``dort`` (then
``dort`` is the town), a city-state's bare name (the city, or the federal capital), a Land two
sentences back, a role phrase with its own Land. Invented passages."""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def lands(text: str) -> dict[str, str | None]:
    return {o.person.name: o.land for o in find_offices(TextIndex(text))}


def test_dort_takes_the_land_named_before() -> None:
    text = (
        "Berlin (dpa) - Der Bund mahnt mehr Tempo an. Unterstützung erhielt er aus "
        "Nordrhein-Westfalen: Dort hatte Integrationsministerin Aylin Kaya ein Gesetz angekündigt."
    )
    assert lands(text) == {"Aylin Kaya": "DE-NW"}
    text = "In Niedersachsen ist man schon weiter. Dort hat Sozialministerin Lea Kamp ein Gesetz vorgelegt."
    assert lands(text) == {"Lea Kamp": "DE-NI"}
    text = (
        "Ein Blick in die sächsische Landespolitik lohnt. Auch dort will Staatssekretär Jan "
        "Moor die Beratung stärken."
    )
    assert lands(text) == {"Jan Moor": "DE-SN"}
    text = (
        "Anders in Bayern, wo man zögert; dort sagte Integrationsbeauftragter Karl Huber nur wenig."
    )
    assert lands(text) == {"Karl Huber": "DE-BY"}


def test_dort_after_a_town_a_city_state_or_far_back_gives_no_land() -> None:
    text = (
        "Die Reise begann in Hessen und führte dann in die Stadt Köln. Dort sprach "
        "Ministerin Lea Kamp."
    )
    assert lands(text) == {"Lea Kamp": None}
    text = "Die Runde blickte gespannt auf Berlin. Dort hat Ministerin Lea Kamp gesprochen."
    assert lands(text) == {"Lea Kamp": None}
    text = (
        "Aus Thüringen kam Lob. Der Bund schwieg. Die Kommunen warteten. Dort hatte "
        "Ministerin Lea Kamp nichts gesagt."
    )
    assert lands(text) == {"Lea Kamp": None}
    text = "Aus Thüringen kam Lob. Dort dankte Ministerin Lea Kamp aus Hessen."
    assert lands(text) == {"Lea Kamp": "DE-HE"}
