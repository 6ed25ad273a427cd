"""An apposition calling a person the speaker's predecessor or successor *as* a role
(``liebe Frau Dr. X, meine Vorgängerin als Beauftragte der Landesregierung, …``, ``Y, mein
Nachfolger als Staatssekretär, …``) gives that person the role (GOLD: former holders of a
named office count). The name is a full name or an address with the family name. Negatives: a
predecessor in something that is no office (``als Vorsitzende des Vereins``), a role with a name
of its own after it, no name before the apposition. Invented passages."""

from __future__ import annotations

from intgraph.extract.persons import find_offices
from intgraph.language.text import TextIndex


def offices(text: str) -> set[tuple[str, str]]:
    return {(o.person.name, o.role_class) for o in find_offices(TextIndex(text))}


def test_the_predecessor_as_a_role_held_it() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\nliebe Frau Dr. Lindqvist, meine Vorgängerin als "
        "Beauftragte der Landesregierung für Migration und Integration,\n\nich freue mich."
    )
    assert offices(text) == {("Lindqvist", "Beauftragte")}
    text = (
        "Ich danke Jonas Brandt, meinem Vorgänger als Staatssekretär im Sozialministerium, "
        "für die gute Übergabe."
    )
    assert offices(text) == {("Jonas Brandt", "Staatssekretaer")}
    text = (
        "Begrüßen Sie mit mir Herrn Kessler, meinen Nachfolger als Integrationsbeauftragter "
        "des Landes."
    )
    assert offices(text) == {("Kessler", "Beauftragte")}


def test_no_office_no_name_or_a_named_role_give_none() -> None:
    text = "Liebe Frau Lindqvist, meine Vorgängerin als Vorsitzende des Vereins, ich danke Ihnen."
    assert offices(text) == set()
    text = "Ich danke dem Team, meinem Vorgänger als Staatssekretär und allen Gästen."
    assert offices(text) == set()
    text = (
        "Liebe Frau Lindqvist, meine Vorgängerin als Staatssekretärin Maria Roth kann "
        "heute nicht hier sein."
    )
    assert ("Lindqvist", "Staatssekretaer") not in offices(text)


def test_a_naming_particle_may_open_the_apposition() -> None:
    text = (
        "Ich danke meinen Vorgängerinnen im Amt der Integrationsbeauftragten, namentlich "
        "Marlene Kreutzer."
    )
    assert offices(text) == {("Marlene Kreutzer", "Beauftragte")}
    text = "Wir danken dem Beauftragten der Landesregierung, nämlich Jonas Brandt, für alles."
    assert offices(text) == {("Jonas Brandt", "Beauftragte")}
    assert offices("Wir danken der Ministerin, namentlich für die Mittel.") == set()
