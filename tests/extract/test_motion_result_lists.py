"""Lists of motions on web pages: lines without bullets under a heading that names motions or
decisions, each a title and its result after a leader ("…", dotted leaders, a dash, a colon);
Länder in brackets after a title are its submitters ("(HB, BE, TH)", "(alle Länder)", "(gemeinsam
mit HE)"), and the speaker's own list ("Unsere Anträge …") is the publishing Land's. Lines
without such a heading, or sentences, are no items. Invented passages.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex


def found(text: str, publisher: str | None = None) -> list[tuple[str, list[str], str]]:
    return sorted(
        (m.title, sorted(m.submitters), m.result) for m in find_motions(TextIndex(text), publisher)
    )


def test_result_lines_under_a_heading_of_motions() -> None:
    page = (
        "Unsere Anträge zur 19. IntMK\n"
        "Mehr Sprachkurse für Eltern (gemeinsam mit BY) … angenommen\n"
        "Härtefallfonds einrichten … abgelehnt\n"
    )
    assert found(page, "DE-HE") == [
        ("Härtefallfonds einrichten", ["DE-HE"], "rejected"),
        ("Mehr Sprachkurse für Eltern", ["DE-BY", "DE-HE"], "adopted"),
    ]
    # dotted leaders, a colon, a dash; submitters in brackets; a deferral
    record = (
        "Beschlüsse der 18. Integrationsministerkonferenz\n"
        "Stärkung der Migrationsberatung (HB, HH) ........ einstimmig angenommen\n"
        "Wohnsitzauflage für Auszubildende (alle Länder): beschlossen\n"
        "Kommunales Wahlrecht (Antragsteller: BE) – vertagt\n"
    )
    assert found(record) == [
        ("Kommunales Wahlrecht", ["DE-BE"], "unknown"),
        ("Stärkung der Migrationsberatung", ["DE-HB", "DE-HH"], "adopted"),
        ("Wohnsitzauflage für Auszubildende", ["ALL"], "adopted"),
    ]


def test_bare_lands_in_brackets_of_a_bullet_are_its_submitters() -> None:
    page = (
        "Beschlüsse der 17. IntMK im Überblick\n\n"
        "• Zugang zu Sprachkursen für Geduldete (HB, BE) – abgelehnt\n"
        "• Schutz von Frauen in Unterkünften (alle Länder) – angenommen\n"
    )
    assert found(page) == [
        ("Schutz von Frauen in Unterkünften", ["ALL"], "adopted"),
        ("Zugang zu Sprachkursen für Geduldete", ["DE-BE", "DE-HB"], "rejected"),
    ]


def test_result_lines_without_a_heading_of_motions_are_no_items() -> None:
    assert (
        found(
            "Die 18. Integrationsministerkonferenz tagte.\n\n"
            "Termine im Mai\nSommerfest der Ministerin … abgesagt\nTag der offenen Tür … verschoben\n"
        )
        == []
    )
    assert (
        found(
            "Die 18. Integrationsministerkonferenz tagte.\n\n"
            "Unsere Veranstaltungen\nFachtag Integration – beschlossen\n"
        )
        == []
    )
