"""Motion constructions from the grammar of sets 12 and 13's misses (issue 12, motions12): a
shared stance the body did not find is no motion (only a text or a demand put to it is), the
session or a contrastive adverb between the body and what it agreed on.

Every passage is invented for this test, each rule in two or more wordings with hard negatives.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

INTMK = "Die 23. Integrationsministerkonferenz tagte in Erfurt. "


def found(text: str, publisher: str | None = None) -> list[tuple[str, list[str], str]]:
    return [
        (m.title, sorted(m.submitters), m.result) for m in find_motions(TextIndex(text), publisher)
    ]


def titles(text: str) -> list[str]:
    return [t for t, _, _ in found(text)]


# ---------------------------------------------------------------- a stance not found
def test_a_shared_stance_the_body_did_not_find_is_no_motion() -> None:
    for text in (
        INTMK + "Auf eine einheitliche Haltung zur Abschiebehaft konnten sich die Länder nicht "
        "verständigen.",
        INTMK + "Die Ressortchefs haben sich nicht auf einen gemeinsamen Kurs in der "
        "Flüchtlingsunterbringung einigen können.",
        INTMK + "Die Ministerinnen und Minister konnten sich leider nicht auf eine gemeinsame "
        "Position einigen.",
        # a demand noun with nothing it demands
        INTMK + "Beim Thema Wohnen konnten sich die Länder nicht auf eine gemeinsame Forderung "
        "verständigen.",
    ):
        assert titles(text) == [], text


def test_a_text_or_demand_the_body_did_not_agree_on_stays_rejected() -> None:
    assert found(
        INTMK + "Auf eine gemeinsame Erklärung zur Seenotrettung konnten sich die Länder nicht "
        "verständigen."
    ) == [("gemeinsame Erklärung zur Seenotrettung", [], "rejected")]
    assert found(
        INTMK + "Die Minister haben sich nicht auf eine Forderung nach einem Härtefallfonds "
        "einigen können."
    ) == [("Härtefallfonds", [], "rejected")]


# ---------------------------------------------------------------- between body and content
def test_the_session_or_a_contrastive_adverb_before_what_was_agreed_is_no_part_of_it() -> None:
    [title] = titles(
        INTMK + "Einig waren sich die Integrationsminister der Länder bei ihrer Tagung in Jena, "
        "dass Pflegekräfte aus dem Ausland schneller anerkannt werden sollen."
    )
    assert "Pflegekräfte aus dem Ausland" in title and "Tagung" not in title, title
    [title] = titles(
        INTMK + "Einig waren sich die Ressortchefs dagegen darin, dass Sprachmittler besser "
        "bezahlt werden müssen."
    )
    assert "Sprachmittler" in title and "dagegen" not in title, title
