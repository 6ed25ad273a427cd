"""Over-matches a reviewer found in the rules of one session, as invented passages: each
sentence here gave a wrong fact before the fix (a title read as a quote, a sentence read as an
interview heading, a guide or a translator made a minister, a Land taken from someone else's
office, a Bavarian town mayor placed in Hamburg)."""

from __future__ import annotations

from intgraph.extract import extract
from intgraph.models import Document, ResolvedDocument
from intgraph.resolve import resolve


def _resolved(text: str) -> ResolvedDocument:
    return resolve(extract(Document("x.txt", "x.txt", text, "0" * 64)))


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = _resolved(text)
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


def speakers(text: str) -> list[str]:
    rd = _resolved(text)
    names = {p.key: p.name for p in rd.persons}
    return [names.get(q.person_key, q.person_key) for q in rd.quotes]


def test_a_short_title_after_a_quote_is_not_the_speakers_next_quote() -> None:
    text = (
        "„Wir schaffen das gemeinsam“, sagte Ministerin Anna Roth. "
        "Das neue Programm „Deutsch für alle“ startet im Mai."
    )
    assert speakers(text) == ["Anna Roth"]


def test_a_sentence_that_mentions_a_conversation_is_no_interview_heading() -> None:
    text = (
        "Im Gespräch mit Ministerin Anna Roth ging es um die Kurse.\n"
        "Wer kann teilnehmen?\nAlle Menschen mit Wohnsitz im Land.\n"
        "Was kostet der Kurs?\nDie Teilnahme ist frei."
    )
    assert speakers(text) == []


def test_a_house_or_a_ministry_named_in_passing_is_no_government_post() -> None:
    guide = (
        "Zum Auftakt führte Maria Schulz die Gäste durch das Haus. "
        "Danach lobte die Ministerin die Arbeit der Beratungsstelle."
    )
    assert not any(name == "Maria Schulz" for name, _, _ in holdings(guide))
    translator = (
        "Jonas Weber kam 2015 aus Syrien und arbeitet heute im Ministerium als Übersetzer. "
        "Der Minister würdigte seinen Weg."
    )
    assert not any(name == "Jonas Weber" for name, _, _ in holdings(translator))
    # the cue the rule is for still counts
    head = (
        "Seit Januar hat Petra Lindner die Leitung des Hauses inne. "
        "Am Dienstag stellte die Ministerin den Haushalt vor."
    )
    assert any(name == "Petra Lindner" for name, _, _ in holdings(head))


def test_a_land_named_later_for_someone_else_is_not_the_texts_land() -> None:
    text = (
        "Staatssekretär Paul Brandt sprach am Montag vor den Kommunen. "
        "Zuvor hatte Niedersachsens Ministerin Eva Wolf die Zahlen vorgestellt."
    )
    got = holdings(text)
    assert ("Eva Wolf", "Minister", "DE-NI") in got
    assert ("Paul Brandt", "Staatssekretaer", "DE-NI") not in got


def test_erster_buergermeister_alone_does_not_mean_hamburg() -> None:
    text = (
        "Erding – Beim Empfang im Rathaus dankte Erster Bürgermeister Hans Huber (CSU) den Helfern."
    )
    assert not any(land == "DE-HH" for _, _, land in holdings(text))
    hamburg = "Hamburg – Der Erste Bürgermeister Cord Lenz empfing die Ministerinnen im Rathaus."
    assert ("Cord Lenz", "Regierungschef", "DE-HH") in holdings(hamburg)


def test_a_name_with_its_own_role_is_no_predecessor_in_office() -> None:
    text = (
        "Sachsens Ministerin Eva Wolf dankte dem Team; ihre Vorgänger im Amt hätten viel erreicht. "
        "Gemeinsam mit Senator Peter Lang und Staatsrätin Ina Kohl will sie die Kurse ausbauen."
    )
    got = holdings(text)
    assert not any(name == "Peter Lang" and cls == "Minister" for name, cls, _ in got)


def test_a_pronoun_after_a_quote_refers_to_the_subject_of_the_sentence_before() -> None:
    text = (
        "Ministerin Anna Roth lobte die Arbeit der Lehrerin Julia Brandt. "
        "„Ohne diese Arbeit ginge hier gar nichts“, sagte sie."
    )
    assert speakers(text) == ["Anna Roth"]
    later = (
        "Ministerin Anna Roth eröffnete die Schule. Danach sprach Schulleiterin Julia Brandt. "
        "„Wir haben lange auf diesen Tag gewartet“, sagte sie."
    )
    assert speakers(later) == ["Julia Brandt"]
