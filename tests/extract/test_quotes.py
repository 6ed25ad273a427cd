from __future__ import annotations

from intgraph.extract.quotes import find_quote_spans, find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return [q.speaker.name for q in quotes]


def test_speaker_before_colon() -> None:
    assert speakers("Integrationsministerin Petra Köpping: »Wir handeln jetzt gemeinsam.«") == [
        "Petra Köpping"
    ]


def test_speaker_after_so_and_verbs() -> None:
    text = "„Die Länder stehen zu ihrer Verantwortung“, so Staatssekretärin Dr. Ute Leidig."
    assert speakers(text) == ["Ute Leidig"]
    text = "„Das ist ein wichtiges Zeichen für uns alle“, erklärte Kaselitz im Vorfeld."
    assert speakers(text) == ["Kaselitz"]


def test_speaker_phrase_with_role_and_land() -> None:
    text = "„Wir brauchen ein Integrationspaket für alle“, sagte der Vorsitzende, Thüringens Migrationsminister Dieter Lauinger."
    assert speakers(text) == ["Dieter Lauinger"]


def test_two_speakers() -> None:
    text = "„Integration bewegt die Menschen im Land“, sagten Malu Dreyer und Guntram Schneider, Integrationsminister des Landes Nordrhein-Westfalen."
    assert speakers(text) == ["Malu Dreyer", "Guntram Schneider"]


def test_anaphoric_role_refers_to_the_last_named_person() -> None:
    text = (
        "Innenminister Stefan Studt leitete die Sitzung. Studt äußerte sich zuversichtlich. "
        "„Wir müssen Flüchtlingspolitik und Integration zusammendenken“, sagte der Minister."
    )
    quotes, learnt = find_quotes(TextIndex(text))
    assert [q.speaker.family for q in quotes] == ["Studt"]
    assert [o.role_class for o in learnt] == ["Minister"]


def test_mottos_are_not_quotations() -> None:
    assert speakers("Die Konferenz stand unter dem Motto „Vielfalt macht stark“.") == []


def test_mixed_quotation_marks() -> None:
    text = 'sagte sie: "Ein hoher Anteil arbeitet in den Krisenbranchen“ und ging.'
    assert [text[a:b] for _, _, a, b in find_quote_spans(text)] == [
        "Ein hoher Anteil arbeitet in den Krisenbranchen"
    ]


def test_speaker_elected_to_an_office_in_their_own_words() -> None:
    text = "Martin Modschiedler sagte: „Heute hat mich der Sächsische Landtag zum ersten Sächsischen Integrationsbeauftragten gewählt.“"
    quotes, learnt = find_quotes(TextIndex(text))
    assert [q.speaker.name for q in quotes] == ["Martin Modschiedler"]
    assert [(o.person.name, o.role_class, o.land) for o in learnt] == [
        ("Martin Modschiedler", "Beauftragte", "DE-SN")
    ]


def test_a_role_nouns_gender_outweighs_the_name_list() -> None:
    # "Merle" is listed as mostly male; "Sozialministerin" says she is a woman
    from intgraph.extract.quotes import find_quotes
    from intgraph.language.text import TextIndex

    text = (
        "Sozialministerin Merle Andersen zog Bilanz. Die SPD-Politikerin sagte: "
        "„Wir sind noch lange nicht am Ziel.“"
    )
    found, _ = find_quotes(TextIndex(text))
    assert [q.speaker.name for q in found] == ["Merle Andersen"]
