"""Decisions of an IntMK session told in a report's prose and in a record's numbered items:
a plural ``sie`` that continues the body as subject, an ordinal in a perfect's middle field,
an agreement after a colon, ministers who "berieten", ``Beschluss Nr. N: Titel`` with a title
broken across lines.

Every passage is invented for this test, each frame with hard negatives: one minister's demand
(singular ``sie``), an announcement, another subject, topics only discussed.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex


def motions(text: str) -> list[tuple[str, str]]:
    return [(m.title, m.result) for m in find_motions(TextIndex(text))]


def titles(text: str) -> list[str]:
    return [t for t, _ in motions(text)]


# ---------------------------------------------------------------- sie continues the body
def test_plural_pronoun_continues_the_body_over_several_decisions() -> None:
    text = (
        "Kiel. Auf der Integrationsministerkonferenz fassten die Länder am Freitag vier Beschlüsse. "
        "Sie baten den Bund, die Beratung für Geflüchtete dauerhaft zu finanzieren. "
        "In einem weiteren Beschluss forderten sie ein Sofortprogramm für Sprachkitas. "
        "Außerdem sprachen sie sich für kürzere Wartezeiten bei der Einbürgerung aus."
    )
    found = motions(text)
    assert len(found) == 3, found
    assert all(r == "adopted" for _, r in found)
    joined = " | ".join(t for t, _ in found)
    assert "Beratung" in joined and "Sofortprogramm" in joined and "Einbürgerung" in joined


def test_singular_pronoun_is_one_minister_not_the_body() -> None:
    text = (
        "Die 17. Integrationsministerkonferenz tagte in Potsdam. Die Länder berieten zwei Tage. "
        "Ministerin Anna Roth sprach am Rande mit Journalisten. "
        "Sie forderte mehr Geld für die Sprachkurse in den Kommunen."
    )
    assert titles(text) == []


def test_pronoun_after_another_subject_or_an_announcement_is_no_decision() -> None:
    other = (
        "Berlin. Die Wohlfahrtsverbände kritisierten die Integrationsministerkonferenz scharf. "
        "Sie forderten mehr Geld für die Migrationsberatung in den Ländern."
    )
    assert titles(other) == []
    announced = (
        "Die Integrationsministerinnen und -minister der Länder tagen im Mai in Erfurt. "
        "Sie wollen dort vom Bund eine höhere Pauschale für die Unterbringung verlangen."
    )
    assert titles(announced) == []


# ---------------------------------------------------------------- perfect with an ordinal
def test_perfect_with_an_ordinal_in_its_middle_field() -> None:
    text = (
        "Mit breiter Mehrheit haben die Länder auf der 15. Integrationsministerkonferenz den Bund "
        "aufgefordert, ein Bundesprogramm für Dolmetscherdienste aufzulegen."
    )
    found = motions(text)
    assert len(found) == 1 and "Dolmetscherdienste" in found[0][0], found
    assert found[0][1] == "adopted"


# ---------------------------------------------------------------- agreement after a colon
def test_agreement_after_a_colon_in_a_meeting_report() -> None:
    text = (
        "Magdeburg. Einen Tag lang haben die Integrationsministerinnen und -minister in Magdeburg "
        "beraten. Am Ende waren sich die Ressortchefs einig: Die Länder richten eine gemeinsame "
        "Servicestelle für ausländische Pflegekräfte ein.\n\n"
        "Besprochen wurden auch die Wohnungsnot und die Lage an den Schulen."
    )
    found = motions(text)
    assert len(found) == 1 and "Servicestelle" in found[0][0], found
    assert not found[0][0].startswith("Die Länder")


# ---------------------------------------------------------------- numbered resolutions
def test_numbered_resolution_with_a_title_broken_across_lines() -> None:
    text = (
        "12. Konferenz der für Integration zuständigen Ministerinnen und Minister, Senatorinnen\n"
        "und Senatoren der Länder, 4./5. Mai 2017, Saarbrücken\n"
        "Beschluss Nr. 7: Stärkung der Migrantenorganisationen in der Jugend-\n"
        "hilfe\n"
        "Die IntMK bittet die Jugendministerkonferenz, über den Stand zu berichten.\n"
        "Antragsteller: Saarland, Bremen\n"
        "Annahme: mehrheitlich\n"
    )
    found = find_motions(TextIndex(text))
    assert [(m.title, m.result, sorted(m.submitters)) for m in found] == [
        ("Stärkung der Migrantenorganisationen in der Jugendhilfe", "adopted", ["DE-HB", "DE-SL"])
    ]


def test_a_hyphen_before_a_conjunction_at_a_line_end_is_kept() -> None:
    text = (
        "Niederschrift der Integrationsministerkonferenz 2019\n"
        "Antrag Nr. 2: Sprach-\n"
        "und Kulturmittlung im Gesundheitswesen\n"
        "Antragsteller: Hessen\n"
    )
    assert titles(text) == ["Sprach- und Kulturmittlung im Gesundheitswesen"]


# ---------------------------------------------------------------- a Land's own initiative
def test_a_land_successful_with_its_own_initiative() -> None:
    text = (
        "Schwerin. Der Freistaat war mit seiner Initiative für ein Landesprogramm gegen "
        "Antiziganismus bei der 16. Integrationsministerkonferenz erfolgreich."
    )
    found = motions(text)
    assert len(found) == 1 and "Antiziganismus" in found[0][0], found
    assert found[0][1] == "adopted" and not found[0][0].endswith("erfolgreich")
    named = "Bremen. Bremen war auf der IntMK mit seiner Initiative für mehr Lotsenprojekte erfolgreich."
    assert [(m.title, sorted(m.submitters)) for m in find_motions(TextIndex(named))] == [
        ("mehr Lotsenprojekte", ["DE-HB"])
    ]


def test_an_association_with_an_initiative_brings_no_motion() -> None:
    text = (
        "Die Diakonie war mit ihrer Initiative für mehr Lesepaten bei der Integrationsminister"
        "konferenz erfolgreich, teilte der Verband mit."
    )
    assert titles(text) == []
