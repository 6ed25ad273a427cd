"""In an interview, the polite ``Sie`` as the subject of ``sind``/``waren`` before a role noun
gives that office (and a role coordinated with it, ``und zugleich …``) to the person the
question addresses: by the address in the question (``…, Frau X?``, at its end or inside) or,
with no address, by the label of the answer after the interviewer's turn (``X: …``).
Negatives: a speech's ``Sie sind …`` to an audience (no question, no answer label), a negated
copula, a role with its own holder's name, a plural role. Invented passages."""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str | None, str]]:
    return {(o.person.family, o.person.given, o.role_class) for o in find_offices(TextIndex(text))}


def test_the_address_at_the_end_of_the_question_names_the_respondent() -> None:
    text = (
        "Interview der Woche\nSie sind Ministerin für Soziales und zugleich "
        "Integrationsbeauftragte der Landesregierung – wie passt das, Frau Kessler?\n"
        "Hanna Kessler: Das passt gut."
    )
    assert offices(text) == {("Kessler", "Hanna", "Minister"), ("Kessler", "Hanna", "Beauftragte")}
    text = (
        "Frage: Sie waren sechs Jahre lang Staatssekretär im Innenministerium, Herr Dr. Lorenz. "
        "Was bleibt?\nLorenz: Vieles."
    )
    assert offices(text) == {("Lorenz", None, "Staatssekretaer")}
    text = (
        "Im Gespräch mit Jonas Brandt\nSie sind seit Mai Integrationsbeauftragter, Herr Brandt – "
        "schon angekommen?\nBrandt: Fast."
    )
    assert offices(text) == {("Brandt", "Jonas", "Beauftragte")}


def test_with_no_address_the_answer_label_names_the_respondent() -> None:
    text = (
        "Interview mit Eda Korkmaz\nSie waren bis 2021 Integrationssenatorin. Vermissen Sie "
        "das Amt?\nKorkmaz: Manchmal."
    )
    assert offices(text) == {("Korkmaz", "Eda", "Senator")}
    text = (
        "F: Sie sind die erste Landesbeauftragte für Migration. Wie fühlt sich das an?\n"
        "Mira Olsen: Gut."
    )
    assert offices(text) == {("Olsen", "Mira", "Beauftragte")}


def test_a_speech_a_negation_a_named_role_or_a_plural_give_none() -> None:
    text = (
        "Liebe Gäste, Sie sind Botschafterinnen und Botschafter der Integration. Sie waren "
        "Ministerin oder Nachbar, Lehrerin oder Schüler – danke.\nEs gilt das gesprochene Wort."
    )
    assert offices(text) == set()
    text = "Sie sind keine Ministerin mehr, Frau Kessler. Fehlt Ihnen das?\nKessler: Nein."
    assert offices(text) == set()
    text = "Sie sind Staatssekretärin Maria Roth begegnet, Frau Kessler?\nKessler: Ja, gestern."
    assert ("Kessler", None, "Staatssekretaer") not in offices(text)
    text = "Sie sind Ministerinnen aus drei Ländern. Worüber reden Sie?\nKessler: Über Geld."
    assert offices(text) == set()
