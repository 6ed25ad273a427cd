"""News conventions of attributing a quotation after it (issue 12), with invented passages.

A demonstrative after a dash or opening the next sentence takes the words up as the object of
a perfect tense of saying, whose subject speaks: ``„…“ – das hatte Ministerin X im März
gesagt``, ``„…“ Dies hat unsere Beauftragte X oft betont``; a possessive determiner opens the
speaker phrase as an article does (``das hat mein Vorgänger X gesagt``) and, in the genitive,
names the owner of ``dieser Satz`` (``dieser Satz meiner Vorgängerin X``). Negatives: a denial
(``das hat X so nie gesagt``), a body as the subject, a verb that reports no words, a phrase
with no name.
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def test_a_demonstrative_after_a_dash_takes_up_the_words_of_a_perfect_tense() -> None:
    text = (
        "Kiel (dpa) - „Die Schulen brauchen mehr Personal“ – das hatte Kultusministerin Anke "
        "Wiesmoor noch im März gesagt. Inzwischen klingt sie vorsichtiger."
    )
    assert speakers(text) == ["Anke Wiesmoor"]
    text = (
        "„Wir stehen zu unserem Wort“ – dies hat Sozialsenator Malte Grevenbroich (SPD) "
        "bei jeder Gelegenheit betont."
    )
    assert speakers(text) == ["Malte Grevenbroich"]


def test_the_demonstrative_may_open_the_next_sentence() -> None:
    text = (
        "„Kein Kind darf verloren gehen.“ Das hatte die frühere Senatorin Gisela Brandhorst "
        "schon 2016 gefordert. Passiert ist wenig."
    )
    assert speakers(text) == ["Gisela Brandhorst"]
    text = "„Sprache öffnet Türen.“ Diesen Satz hat Ministerin Ruth Abendroth oft gesagt."
    assert speakers(text) == ["Ruth Abendroth"]


def test_a_possessive_determiner_opens_the_speaker_phrase() -> None:
    text = (
        "Sehr geehrte Damen und Herren, „Integration ist Arbeit“ – das hat mein Vorgänger Erwin "
        "Trautmann vor zehn Jahren an dieser Stelle gesagt."
    )
    assert speakers(text) == ["Erwin Trautmann"]
    text = (
        "„Wir lassen niemanden allein“ – das hat unsere Beauftragte Leonie Faltermeier immer "
        "wieder betont."
    )
    assert speakers(text) == ["Leonie Faltermeier"]


def test_a_possessive_genitive_names_the_owner_of_the_words() -> None:
    text = (
        "Liebe Gäste,\n„Teilhabe beginnt im Kindergarten“ – dieser Satz meiner Vorgängerin "
        "Ruth Abendroth gilt bis heute."
    )
    assert speakers(text) == ["Ruth Abendroth"]
    text = (
        "„Vielfalt ist unsere Stärke“ – diese Worte unseres früheren Ministers Karl Overbeck "
        "stehen über dem Festakt."
    )
    assert speakers(text) == ["Karl Overbeck"]


def test_a_denial_names_no_speaker() -> None:
    text = (
        "„Die Grenzen sind dicht“ – das hat Innenminister Bernd Kahlwinkel so nie gesagt. "
        "Das Zitat kursiert dennoch im Netz."
    )
    assert speakers(text) == []
    text = "„Wir haben versagt“ – das hatte Senatorin Ina Obermoser nicht gesagt, stellte ihr Haus klar."
    assert "Ina Obermoser" not in speakers(text)


def test_no_person_or_no_words_give_no_speaker() -> None:
    # a body as the subject
    text = "„Mehr Geld für Sprachkurse“ – das hat der Landesverband der Volkshochschulen gefordert."
    assert speakers(text) == []
    # a verb that reports no words
    text = "„Wir schaffen das“ – das hat Ministerin Ruth Abendroth damals in der Zeitung gelesen."
    assert speakers(text) == []
    # the owner's phrase with no name
    text = "„Integration gelingt vor Ort“ – dieser Satz meines Vorgängers gilt bis heute."
    assert speakers(text) == []


def test_a_descriptor_with_a_demonym_or_adjective_refers_back() -> None:
    text = (
        "Henrike Osterkamp hält wenig von Verboten. „Ein Verbot ersetzt keine Politik“, sagt "
        "die Hamburger Sozialsenatorin beim Besuch in der Redaktion."
    )
    assert speakers(text) == ["Henrike Osterkamp"]
    text = (
        "Jörg Wendeborn kam ohne Manuskript. „Wir brauchen die Kommunen an unserer Seite“, "
        "sagte der hessische Sozialminister am Abend."
    )
    assert speakers(text) == ["Jörg Wendeborn"]


def test_a_body_or_a_descriptor_of_the_other_gender_is_no_one_named_before() -> None:
    text = (
        "Ministerin Anna Rothkegel stellte den Plan vor. „Das reicht bei weitem nicht“, "
        "kritisierte der Bremer Flüchtlingsrat."
    )
    assert speakers(text) == []
    text = (
        "Jörg Wendeborn kam ohne Manuskript. „Wir brauchen die Kommunen an unserer Seite“, "
        "sagte die Hamburger Senatorin."
    )
    assert "Jörg Wendeborn" not in speakers(text)
