"""A relative clause right after a full name gives that person an office where the role noun
is its predicate: bare before a copula that closes the clause (``X, der seit Mai
Staatssekretär im Innenministerium ist, …``), or after ``als`` before ``zuständig ist``,
``tätig ist``, ``amtiert``, ``fungiert`` (``Y, die als Ministerin für Integration zuständig
ist, …``). The pronoun agrees with the role noun and the given name. Negatives: the role as an
object with its article (``…, die den Minister berät``), a role with its own holder's name, a
negated clause, a verb of wanting or becoming, the other gender.

Every passage is invented for this test.
"""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str, str | None]]:
    return {(o.person.name, o.role_class, o.land) for o in find_offices(TextIndex(text))}


def test_the_role_is_the_predicate_of_a_relative_clause() -> None:
    assert offices(
        "Jonas Brandt, der seit dem Frühjahr als Staatssekretär im Mainzer Sozialministerium "
        "für Integration zuständig ist, hat neue Kurse angekündigt."
    ) == {("Jonas Brandt", "Staatssekretaer", "DE-RP")}
    assert offices(
        "Lob kam von Mira Sommer, die seit 2022 Integrationsbeauftragte des Landes Hessen ist."
    ) == {("Mira Sommer", "Beauftragte", "DE-HE")}
    assert offices(
        "Anna Kreft, die damals Ministerin für Soziales in Thüringen war, widersprach."
    ) == {("Anna Kreft", "Minister", "DE-TH")}
    assert offices(
        "Udo Kessler, der als Beauftragter der Landesregierung Sachsen amtiert, lud ein."
    ) == {("Udo Kessler", "Beauftragte", "DE-SN")}
    assert offices(
        "Das sagte Petra Lang, die als Senatorin für Integration in Bremen tätig ist."
    ) == {("Petra Lang", "Senator", "DE-HB")}


def test_objects_names_negations_and_other_verbs_give_none() -> None:
    assert (
        offices("Jonas Brandt, der den Staatssekretär im Innenministerium berät, lud ein.") == set()
    )
    assert offices("Mira Sommer, die Ministerin werden will, lud ein.") == set()
    # working as something is no office held (staff, or a post to come)
    assert offices("Mira Sommer, die als Referentin im Ministerium arbeitet, lud ein.") == set()
    assert offices("Mira Sommer, die nie Ministerin war, lud ein.") == set()
    # the other gender
    assert offices("Mira Sommer, der als Staatssekretär zuständig ist, lud ein.") == set()
    # the role has its own holder
    assert ("Jonas Brandt", "Minister") not in {
        (n, c) for n, c, _ in offices("Jonas Brandt, der Minister Udo Kessler vertritt, kam.")
    }
