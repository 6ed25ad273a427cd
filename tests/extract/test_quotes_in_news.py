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


def test_a_family_name_given_before_opens_the_clause_of_the_colon() -> None:
    # a family name that is also a compound noun, named before with the given name
    text = (
        "Magdeburg (dpa) - Ministerin Ilka Vogtmann und der Beauftragte Frank Rosenpfennig "
        "stellten die Kampagne vor. „Wir zeigen, was Zugewanderte leisten“, sagte Vogtmann. "
        "Rosenpfennig fügte hinzu: „Und wir zeigen, was noch fehlt.“"
    )
    assert "Frank Rosenpfennig" in speakers(text)
    # any finite verb: a person without an office (a district administrator)
    text = (
        "Minister Lutz Hambacher eröffnete mit Landrätin Petra Sauerwein die Erstaufnahme. "
        "Sauerwein wirkte weniger euphorisch: »Wir werden sehen, wie es im Winter läuft.«"
    )
    assert "Petra Sauerwein" in speakers(text)
    text = (
        "Die Bürgermeisterin Jana Holtkötter hat andere Sorgen.\n\n"
        "Holtkötter sieht das nüchtern: „Ohne Wohnungen hilft uns kein Programm.“"
    )
    assert speakers(text) == ["Jana Holtkötter"]


def test_a_word_the_text_never_gives_a_person_opens_no_speaker() -> None:
    text = "Die Kampagne läuft seit Mai. Rosenpfennig fügte hinzu: „Und wir zeigen, was fehlt.“"
    assert "Rosenpfennig" not in " ".join(speakers(text))
    text = (
        "Ministerin Petra Sauerwein besuchte die Stadt. Berlin bleibt dabei: „Wir nehmen "
        "niemanden mehr auf.“"
    )
    assert speakers(text) != ["Berlin"]
    # named only after the quotation: no one named before opens the clause
    text = (
        "Holtkötter sieht das nüchtern: „Ohne Wohnungen hilft uns kein Programm.“ Das sagte "
        "gestern ein Sprecher."
    )
    assert speakers(text) == []


def test_a_person_noun_before_a_given_name_is_no_part_of_the_name() -> None:
    text = (
        "Das sagen die Beteiligten\nPastor Arne Lühmann (Kirchenkreis Ost): „Die "
        "Ehrenamtlichen sind erschöpft.“"
    )
    assert speakers(text) == ["Arne Lühmann"]
    # a listed given name that is also a noun, before a family name, stays a given name
    text = "Manne Kuhlmann sagte: „Wir bleiben hier, komme, was wolle.“"
    assert speakers(text) == ["Manne Kuhlmann"]


def test_a_lands_genitive_typeset_with_the_apostrophe_is_no_name() -> None:
    text = (
        "Mainz (dpa) - „Wir lassen die Kommunen nicht allein“, versicherte Rheinland-Pfalz’ "
        "Integrationsministerin Susanne Veltheim (Grüne) am Mittwoch."
    )
    assert speakers(text) == ["Susanne Veltheim"]
    text = text.replace("’", "'")
    assert speakers(text) == ["Susanne Veltheim"]


def test_a_role_with_no_article_and_no_name_refers_to_its_holder() -> None:
    # a teaser line: the report below names the holder
    text = (
        "»Die Wartelisten sind ein Skandal« – mit diesen Worten hat Sachsens "
        "Ausländerbeauftragter reagiert.\nDresden. Konrad Pfeffermann äußerte sich am Morgen "
        "im Radio. Er forderte mehr Kursträger."
    )
    assert speakers(text) == ["Konrad Pfeffermann"]
    # the text has named the holder with the role before
    text = (
        "Bayerns Integrationsbeauftragter Tobias Rehfeldt besuchte die Schule in Hof. „Hier "
        "wird Integration jeden Tag gelebt“, sagte Bayerns Integrationsbeauftragter danach."
    )
    assert speakers(text) == ["Tobias Rehfeldt"]
    text = (
        "„Wir brauchen mehr Lehrkräfte“ – mit diesen Worten hat Hessens Kultusministerin "
        "reagiert. Sabine Kortlepp kündigte zugleich ein Programm an."
    )
    assert speakers(text) == ["Sabine Kortlepp"]


def test_a_bare_role_finds_no_holder_of_the_other_gender_or_none_at_all() -> None:
    text = (
        "„Die Wartelisten sind ein Skandal“ – mit diesen Worten hat Sachsens "
        "Ausländerbeauftragter reagiert. Eine Sprecherin der Staatskanzlei, Jana Beispielhaus, "
        "widersprach."
    )
    assert speakers(text) == []
    text = "„Wir brauchen mehr Lehrkräfte“, sagte Hessens Kultusministerin am Montag."
    assert speakers(text) == []


def test_coordinated_subjects_before_the_colon_speak_both() -> None:
    text = (
        "Pressemitteilung 12/2025\nIntegrationsbeauftragte Katrin Lenz-Ötzel und Senatorin Inge "
        "Wallenstein gemeinsam: „Berlin bleibt solidarisch.“"
    )
    assert speakers(text) == ["Inge Wallenstein", "Katrin Lenz-Ötzel"]
    text = (
        "Ministerin Hanna Feldmann und Staatssekretär Omar Yilmaz erklärten am Montag: „Wir "
        "bleiben an der Seite der Kommunen.“"
    )
    assert speakers(text) == ["Hanna Feldmann", "Omar Yilmaz"]


def test_an_object_after_the_subject_does_not_speak() -> None:
    text = (
        "Ministerin Hanna Feldmann dankte Staatssekretär Omar Yilmaz und sagte: „Wir bleiben "
        "an der Seite der Kommunen.“"
    )
    assert speakers(text) == ["Hanna Feldmann"]
    text = (
        "Ministerin Hanna Feldmann lobte Landrat Jörg Kempe und Bürgermeisterin Ute Sandhagen: "
        "„Sie haben Großes geleistet.“"
    )
    assert speakers(text) == ["Hanna Feldmann"]


def test_a_line_naming_a_spoken_piece_gives_the_headline_quotation_its_speaker() -> None:
    text = (
        "Sächsische Zeitung\n„Wir dürfen die Kommunen nicht allein lassen“\nIm Interview: "
        "Sachsens Integrationsministerin Petra Lohberg\n\nSZ: Frau Lohberg, reicht das Geld?"
    )
    assert "Petra Lohberg" in speakers(text)
    text = (
        "hessen.de › Presse › Reden\n„Vielfalt ist unsere Stärke“\nRede von Minister Jan "
        "Brüggemann beim Neujahrsempfang, 15. Januar 2025\nEs gilt das gesprochene Wort."
    )
    assert speakers(text) == ["Jan Brüggemann"]
    text = "„Zusammenhalt braucht Orte“\nGrußwort der Senatorin Ina Obermoser zur Eröffnung"
    assert speakers(text) == ["Ina Obermoser"]


def test_a_written_piece_or_a_byline_gives_its_author_no_quotation() -> None:
    text = "„Zusammenhalt braucht Orte“\nEin Kommentar von Jana Beispielhaus\n\nDie Stadt plant …"
    assert speakers(text) == []
    text = "„Zusammenhalt braucht Orte“\nVon Jana Beispielhaus, Kiel\n\nDie Stadt plant …"
    assert speakers(text) == []


def test_a_speaker_label_is_no_part_of_the_sentence_that_quotes_another() -> None:
    text = (
        "Landtag – Plenarprotokoll 8/21\n\nMinisterin Marlene Storkenburg: Meine Damen und "
        "Herren, der Kollege Henning Wolters hat gestern gesagt, wir hätten „die Kontrolle "
        "verloren“. Das weise ich zurück."
    )
    assert speakers(text) == ["Henning Wolters"]
    text = (
        "Präsident Olaf Brinkmann: Der Abgeordnete Sven Ahlers hat erklärt, das Land habe "
        "„jede Übersicht verloren“."
    )
    assert speakers(text) == ["Sven Ahlers"]


def test_the_labelled_speaker_keeps_a_fragment_the_sentence_gives_no_one_else() -> None:
    text = (
        "Ministerin Marlene Storkenburg: Wir haben, wie ich gestern gesagt habe, „alle Kräfte "
        "gebündelt“."
    )
    assert speakers(text) == ["Marlene Storkenburg"]


def test_a_family_name_abbreviated_to_its_initial_closes_the_name() -> None:
    text = (
        "Schülerinnen der Stadtteilschule lasen Briefe vor. Die Schülerin Emine K. (16) sagte "
        'danach: "Das hat mich sehr berührt."'
    )
    assert speakers(text) == ["Emine K."]
    text = "„Ich will Ärztin werden“, sagt Amira S., die seit zwei Jahren in Gera lebt."
    assert speakers(text) == ["Amira S."]


def test_a_middle_initial_or_a_bare_letter_is_no_abbreviated_name() -> None:
    text = "Die Schülerin Anna K. Berghoff sagte danach: „Das hat mich sehr berührt.“"
    assert "Anna K." not in speakers(text)
    text = "Im Abschnitt B. sagte der Bericht: „Die Kurse reichen nicht aus.“"
    assert speakers(text) == []


def test_a_sentence_cited_as_such_is_not_the_subjects_own() -> None:
    text = (
        "Potsdam. Brandenburgs Integrationsministerin Svenja Holländer hat bei einer "
        "Veranstaltung an den Satz „Wir schaffen das“ erinnert. Dieser sei damals richtig "
        "gewesen, so Holländer."
    )
    assert speakers(text) == []
    text = (
        "Minister Jan Brüggemann zitierte in seiner Rede den berühmten Spruch „Wir riefen "
        "Arbeitskräfte, und es kamen Menschen“."
    )
    assert speakers(text) == []


def test_a_sentence_whose_owner_is_named_stays_the_owners() -> None:
    text = (
        "Ministerin Svenja Holländer erinnerte an einen Satz ihres Vorgängers Kurt Bramsche: "
        "„Integration gelingt vor Ort.“"
    )
    assert speakers(text) == ["Kurt Bramsche"]
