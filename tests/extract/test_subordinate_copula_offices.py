"""A subordinate clause puts its finite verb last: ``Als X noch Ministerpräsident war, …``,
``…, weil X damals Staatssekretärin im Innenministerium war``. The subject right after the
subordinator and the role noun before the copula that ends the clause give the office; so does
leading the department in the office (``X das Ressort als Ministerin führte``). Negatives: a
conditional or an open question (``ob``, ``wenn``), a role as the object (``den
Staatssekretär anrief``), a name inside a prepositional phrase, a negated predicate. Invented
passages."""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str]]:
    return {(o.person.name, o.role_class) for o in find_offices(TextIndex(text))}


def test_the_copula_last_in_a_subordinate_clause() -> None:
    text = (
        "Früher war es einfacher: Als Walter Brenner noch Ministerpräsident war und Ute Kamp "
        "das Integrationsressort als Ministerin führte, gab es einen Plan."
    )
    assert offices(text) == {("Walter Brenner", "Regierungschef"), ("Ute Kamp", "Minister")}
    text = "Es gab einen Plan, als Ute Kamp noch Integrationsministerin in Hessen war."
    assert offices(text) == {("Ute Kamp", "Minister")}
    text = (
        "Das Gesetz scheiterte, weil Jonas Peters damals Staatssekretär im Innenministerium "
        "war und blockierte."
    )
    assert offices(text) == {("Jonas Peters", "Staatssekretaer")}
    text = "Seit Lena Vogt Integrationsbeauftragte ist, gibt es die Sprechstunde."
    assert offices(text) == {("Lena Vogt", "Beauftragte")}
    text = "Die Abteilung leitete Jonas Peters als Staatssekretär bis 2020."
    assert offices(text) == {("Jonas Peters", "Staatssekretaer")}


def test_a_condition_an_object_or_a_governed_name_give_none() -> None:
    assert offices("Ob Jonas Peters Staatssekretär wird, ist offen.") == set()
    assert offices("Wenn Jonas Peters Staatssekretär wird, ändert sich viel.") == set()
    assert offices("Als Jonas Peters den Staatssekretär anrief, war es spät.") == set()
    text = "Nachdem der Vorschlag von Jonas Peters Thema im Kabinett war, ging es schnell."
    assert offices(text) == set()
    text = "Weil Jonas Peters nicht mehr Staatssekretär war, sprach er frei."
    assert offices(text) == set()
