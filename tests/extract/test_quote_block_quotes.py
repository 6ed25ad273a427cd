"""A block quotation: whole sentences in quotation marks standing as a paragraph of their own
(or running over several paragraphs, the closing mark at the end of the last), with no verb of
saying, attributed by the paragraph right above it, whose last sentence has one person as its
subject in the prefield.

Every passage is invented for this test. Negatives: two persons above, the person above as an
object or inside a prepositional phrase, a motto that is no sentence, a quotation that shares
its paragraph with other words, a sentence above that is about a document.
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.phrases import opens_clause
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def test_a_paragraph_in_quotation_marks_under_a_sentence_about_one_person() -> None:
    text = (
        "Bildungssenatorin Karla Jessen eröffnet am Montag das neue Lernhaus in Altona.\n\n"
        "„Hier lernen Kinder aus vierzig Ländern zusammen. Das ist unsere Stärke.“\n\n"
        "Das Haus bietet 120 Plätze."
    )
    assert speakers(text) == ["Karla Jessen"]


def test_a_block_quotation_running_over_two_paragraphs_or_lines() -> None:
    text = (
        "Integrationsminister Dr. Paul Wernecke stellt den Jahresbericht vor.\n\n"
        "„Die Zahl der Kursplätze ist gestiegen. Wir sind aber noch nicht am Ziel.\n\n"
        "Im Herbst legen wir ein zweites Paket vor.“\n\n"
        "Der Bericht erscheint jährlich."
    )
    assert speakers(text) == ["Paul Wernecke"]
    text = (
        "Die sächsische Staatsministerin Uta Berghold hat heute die Förderrichtlinie unterzeichnet.\n\n"
        "„Wir stärken die Beratung vor Ort.\n"
        "Jede Kommune kann ab sofort Anträge stellen.“\n"
    )
    assert speakers(text) == ["Uta Berghold"]


def test_two_persons_above_or_a_person_as_object_give_no_speaker() -> None:
    text = (
        "Ministerin Karla Jessen traf am Montag Staatssekretär Olaf Berndt in Kiel.\n\n"
        "„Wir müssen schneller werden. Die Wartelisten sind zu lang.“\n"
    )
    assert speakers(text) == []
    text = (
        "Der Flüchtlingsrat kritisiert Innenminister Paul Wernecke scharf.\n\n"
        "„Abschiebungen in der Nacht sind unwürdig. Sie müssen aufhören.“\n"
    )
    assert speakers(text) == []
    text = (
        "Bei Senatorin Karla Jessen waren am Montag die Träger zu Gast.\n\n"
        "„Wir brauchen verlässliche Verträge. Sonst gehen uns die Fachkräfte verloren.“\n"
    )
    assert speakers(text) == []


def test_a_motto_or_a_quotation_inside_a_paragraph_is_no_block_quotation() -> None:
    text = "Ministerin Karla Jessen stellt das Jahresprogramm vor.\n\n„Gemeinsam stark“\n\nMehr unter …"
    assert speakers(text) == []
    text = (
        "Ministerin Karla Jessen stellt das Jahresprogramm vor.\n\n"
        "„Wir fangen an.“ Das steht auf den Plakaten des Verbands in allen Städten.\n"
    )
    assert speakers(text) == []


def test_opens_clause() -> None:
    t = "Die hessische Ministerin Dr. Lea Sommer hat heute …"
    assert opens_clause(t, 0, t.index("Lea"))
    t = "Den Senator Udo Kern lobte sie."
    assert not opens_clause(t, 0, t.index("Udo"))
    t = "Am Montag besuchte Ministerin Lea Sommer die Schule."
    assert not opens_clause(t, 0, t.index("Lea"))
