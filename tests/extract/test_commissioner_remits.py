"""A bare commissioner noun (``Beauftragte``, ``Bevollmächtigter``) is an office of the class
Beauftragte only where its remit, if the phrase gives one, is integration, migration,
foreigners, refugees or resettlers (GOLD): ``zugleich Beauftragte für die Belange der
Sorben``, ``die Beauftragte der Bundesregierung für Kultur und Medien`` and ``der
Beauftragte der Landesregierung für Menschen mit Behinderungen`` hold none; ``Beauftragte
der Landesregierung`` (no remit), ``… für Migration, Flüchtlinge und Integration`` and
``Bevollmächtigte für Integration und Antidiskriminierung`` do. Invented passages."""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str]]:
    return {(o.person.name, o.role_class) for o in find_offices(TextIndex(text))}


def test_a_remit_outside_integration_gives_no_commissioner() -> None:
    text = (
        "Sozialministerin Katrin Wendel, zugleich Beauftragte für die Belange der Sorben im "
        "Kabinett, eröffnete die Woche der Vielfalt."
    )
    assert offices(text) == {("Katrin Wendel", "Minister")}
    text = "Die Beauftragte der Bundesregierung für Kultur und Medien, Claudia Brandt, sprach."
    assert offices(text) == set()
    text = (
        "Es sprachen der Beauftragte der Landesregierung für Menschen mit Behinderungen, "
        "Jonas Riedel, und die Beauftragte der Landesregierung für Integration, Petra Kohl."
    )
    assert offices(text) == {("Petra Kohl", "Beauftragte")}
    text = "Bevollmächtigter für Bürokratieabbau Ralf Sommer stellte den Bericht vor."
    assert offices(text) == set()


def test_an_integration_remit_or_none_keeps_the_commissioner() -> None:
    text = (
        "Staatsministerin Jana Oltmanns ist Beauftragte der Bundesregierung für Migration, "
        "Flüchtlinge und Integration sowie Beauftragte für Antirassismus."
    )
    assert ("Jana Oltmanns", "Beauftragte") in offices(text)
    text = "Die Bevollmächtigte für Integration und Antidiskriminierung, Emine Kaya, lud ein."
    assert offices(text) == {("Emine Kaya", "Beauftragte")}
    text = "Der Beauftragte für Flüchtlings- und Asylfragen, Uwe Sander, warnte."
    assert offices(text) == {("Uwe Sander", "Beauftragte")}
    text = "Es sprach Paul Lenz, der Beauftragte des Berliner Senats für Partizipation."
    assert offices(text) == {("Paul Lenz", "Beauftragte")}
    text = "Die Beauftragte der Landesregierung, Helga Stoll, eröffnete die Tagung."
    assert offices(text) == {("Helga Stoll", "Beauftragte")}
    text = "Integrationsbeauftragte Mira Lenz, zuständig auch für Kultur, sprach."
    assert offices(text) == {("Mira Lenz", "Beauftragte")}
