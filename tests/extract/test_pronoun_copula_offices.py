"""A pronoun as the subject of a copula before a role noun gives that office to the person
named last before it (in its sentence or the one before) whose gender agrees: ``Bayerns
Staatsministerin X – sie ist dort Staatssekretärin``, ``Er war bis 2019
Integrationsbeauftragter``. Invented passages; negatives: negation, the other gender (of the
pronoun, of the role noun), a role with a name of its own, no person named before, a person
named two sentences back."""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str]]:
    return {(o.person.name, o.role_class) for o in find_offices(TextIndex(text))}


def test_a_pronoun_subject_of_the_copula_takes_the_role() -> None:
    text = (
        "Zum Empfang kam Sachsens Staatsministerin Helga Brückmann – sie ist dort "
        "Staatssekretärin, wie das Ministerium klarstellte."
    )
    assert offices(text) == {
        ("Helga Brückmann", "Minister"),
        ("Helga Brückmann", "Staatssekretaer"),
    }
    text = (
        "Gastgeber war Sozialminister Rainer Ohlsen. Er ist zugleich Integrationsbeauftragter "
        "der Landesregierung."
    )
    assert offices(text) == {("Rainer Ohlsen", "Minister"), ("Rainer Ohlsen", "Beauftragte")}
    text = (
        "Das Grußwort sprach Ministerin Ilse Kranich. Sie war von 2015 bis 2019 "
        "Staatssekretärin im Innenministerium."
    )
    assert ("Ilse Kranich", "Staatssekretaer") in offices(text)


def test_negation_or_the_other_gender_gives_no_office() -> None:
    text = "Ministerin Ilse Kranich sprach zuerst. Sie ist keine Staatssekretärin."
    assert offices(text) == {("Ilse Kranich", "Minister")}
    text = "Ministerin Ilse Kranich sprach zuerst. Er ist Staatssekretär im Ministerium."
    assert offices(text) == {("Ilse Kranich", "Minister")}
    text = "Minister Rainer Ohlsen sprach zuerst. Sie ist Staatssekretärin im Ministerium."
    assert offices(text) == {("Rainer Ohlsen", "Minister")}
    text = "Ministerin Ilse Kranich sprach zuerst. Sie ist Staatssekretär im Ministerium."
    assert offices(text) == {("Ilse Kranich", "Minister")}


def test_a_role_with_its_own_name_or_a_person_far_back_gives_none() -> None:
    text = "Ministerin Ilse Kranich sprach. Sie ist Staatssekretärin Maria Kohl dankbar."
    assert ("Ilse Kranich", "Staatssekretaer") not in offices(text)
    text = (
        "Ministerin Ilse Kranich eröffnete die Messe. Danach sprachen die Aussteller. "
        "Sie ist Staatssekretärin im Bund."
    )
    assert ("Ilse Kranich", "Staatssekretaer") not in offices(text)
    text = "Die Messe war gut besucht. Sie ist Staatssekretärin im Bund."
    assert offices(text) == set()


# ------------------------------------------------------------ verb second: "Zuvor war sie …"
# An adverbial opens the main clause, the copula stands second and the pronoun after it: the
# same subject, the same office. Only the lower-case pronoun of the third person ("Sie" after
# the verb is the polite address of an interview) and no question.


def test_an_adverbial_first_puts_the_pronoun_after_the_copula() -> None:
    text = (
        "Staatsministerin Jana Oltmanns ist seit Mai Beauftragte der Bundesregierung für "
        "Migration, Flüchtlinge und Integration. Zuvor war sie Parlamentarische "
        "Staatssekretärin im Bundesministerium des Innern."
    )
    assert ("Jana Oltmanns", "Staatssekretaer") in offices(text)
    text = (
        "Die Festrede hielt Sozialminister Bernd Kuhlmann. Von 2012 bis 2017 war er "
        "Integrationsbeauftragter der Landesregierung."
    )
    assert offices(text) == {("Bernd Kuhlmann", "Minister"), ("Bernd Kuhlmann", "Beauftragte")}
    text = (
        "Zum Auftakt sprach Ministerin Karin Ebeling, die das Haus seit 2022 führt. "
        "Seit dem Frühjahr ist sie außerdem Beauftragte für Aussiedler."
    )
    assert ("Karin Ebeling", "Beauftragte") in offices(text)
    text = (
        "Ministerin Karin Ebeling dankte allen. Damals wurde sie Staatssekretärin im Ministerium."
    )
    assert ("Karin Ebeling", "Staatssekretaer") in offices(text)


def test_after_the_copula_a_question_the_polite_sie_or_the_other_gender_give_none() -> None:
    text = "Ministerin Karin Ebeling dankte allen. Wann war sie Staatssekretärin im Ministerium?"
    assert offices(text) == {("Karin Ebeling", "Minister")}
    text = "Frau Ebeling, wir sprachen schon. Damals war Sie Staatssekretärin?"
    assert offices(text) == set()
    text = "Minister Bernd Kuhlmann dankte allen. Zuvor war sie Staatssekretärin im Ministerium."
    assert offices(text) == {("Bernd Kuhlmann", "Minister")}
    text = "Ministerin Karin Ebeling dankte allen. Zuvor war sie nie Staatssekretärin."
    assert offices(text) == {("Karin Ebeling", "Minister")}
    text = (
        "Ministerin Karin Ebeling dankte allen. Danach war sie Staatssekretärin Petra Holm "
        "dankbar für die Hilfe."
    )
    assert ("Karin Ebeling", "Staatssekretaer") not in offices(text)


# ------------------------------------------------------------ a time adverb before the role


def test_a_time_adverb_between_the_named_subject_and_the_role() -> None:
    text = "Winfried Albrecht war damals Ministerpräsident des Landes Hessen."
    assert offices(text) == {("Winfried Albrecht", "Regierungschef")}
    text = "Im Rückblick: Petra Lorenz ist inzwischen Staatssekretärin im Sozialministerium."
    assert offices(text) == {("Petra Lorenz", "Staatssekretaer")}
    text = "Die Rede von Petra Lorenz war damals Thema im Landtag."
    assert offices(text) == set()


def test_the_agent_of_a_passive_after_the_pronoun_is_no_predicate() -> None:
    text = (
        "Die Beauftragte Lena Brink besuchte die Schule. Begleitet wurde sie von "
        "Staatssekretärin Renate Holm, die den Beirat leitet."
    )
    assert ("Lena Brink", "Staatssekretaer") not in offices(text)
    text = (
        "Ministerin Lena Brink besuchte die Schule. Empfangen wurde sie von der "
        "Staatssekretärin des Hauses."
    )
    assert offices(text) == {("Lena Brink", "Minister")}


# ------------------------------------------------ "Früher war sie …, heute … X": cataphora
# Two main clauses set against each other by time adverbs: the pronoun of the first (after
# its copula) points forward to the person the second names.


def test_a_pronoun_in_a_clause_set_against_the_next_points_forward() -> None:
    text = (
        "Früher war sie selbst Integrationsbeauftragte in Bremen, heute kritisiert Zeynep "
        "Arslan die Politik des Senats."
    )
    assert offices(text) == {("Zeynep Arslan", "Beauftragte")}
    text = (
        "Damals war er Staatssekretär im Innenministerium, inzwischen berät Jonas Brandt Kommunen."
    )
    assert offices(text) == {("Jonas Brandt", "Staatssekretaer")}


def test_no_contrast_or_the_other_gender_points_nowhere() -> None:
    text = "Früher war sie Integrationsbeauftragte, und Jonas Brandt berät heute Kommunen."
    assert offices(text) == set()
    text = (
        "Früher war sie Integrationsbeauftragte in Bremen, heute kritisiert Jonas Brandt "
        "die Politik des Senats."
    )
    assert offices(text) == set()
