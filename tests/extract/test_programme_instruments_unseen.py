"""Programme names of issue 12 read from the grammar of set 6's and set 9's misses.

Every passage is invented for this test, each rule with two or more wordings and hard
negatives: closed compounds on instrument heads whose modifier names the field (``-fonds``,
``-budget``, ``-coaching``, ``-pool``, with a regional tag), more programme nouns before a
quoted name (``Förderlinie``, ``Förderaufruf``, ``-stipendium``; not ``Kampagne``), staff named
in a funding frame after a connecting adverb, a pact or plan with an abstract noun of the field
in apposition, brand forms after a programme noun (``MITeinander``, ``BRÜCKE.NRW``, dotted
acronyms with their expansion, a Land and a verb as a slogan), names given after ``Unter dem
Titel``, in a relative clause, as examples, in list items, and in a second prepositional phrase
coordinated with the first.
"""

from __future__ import annotations

from intgraph.extract.programmes import find_programmes
from intgraph.language.text import TextIndex


def labels(text: str) -> list[str]:
    return sorted({p.label for p in find_programmes(TextIndex(text))})


# ---------------------------------------------------------------- instrument compounds
def test_instrument_compounds_of_the_field() -> None:
    assert labels("Aus dem Teilhabefonds erhalten Vereine bis zu 5.000 Euro.") == ["Teilhabefonds"]
    assert labels("Das Kreisintegrationsbudget wird um zehn Prozent erhöht.") == [
        "Kreisintegrationsbudget"
    ]
    assert labels("Seit 2021 gibt es im Landkreis das Bleibecoaching für junge Geduldete.") == [
        "Bleibecoaching"
    ]
    # a regional tag closes the name
    assert labels("Der Sprachmittlerpool Nord vermittelt Dolmetscher an Kliniken.") == [
        "Sprachmittlerpool Nord"
    ]
    assert labels("Über den Dolmetscherpool Thüringen laufen 900 Einsätze.") == []


def test_instrument_compounds_of_other_fields_are_no_programmes() -> None:
    assert labels("Der Pensionsfonds des Landes ist gut ausgestattet.") == []
    assert labels("Das Werbebudget der Stadt wurde gekürzt, ein Fahrzeugpool angeschafft.") == []
    assert labels("Sie bot ein Bewerbungscoaching für Studierende an.") == []


def test_more_programme_nouns_before_a_quoted_name() -> None:
    assert labels("Mit der Förderlinie „Arbeit vor Ort“ hilft das Land kleinen Betrieben.") == [
        "Arbeit vor Ort"
    ]
    assert labels("Das Landesstipendium „Neustart Studium“ richtet sich an Geflüchtete.") == [
        "Neustart Studium"
    ]
    # the year of a funding call is not part of the programme's name
    assert labels("Der Förderaufruf „Nachbarschaft leben 2025“ endet im März.") == [
        "Nachbarschaft leben"
    ]


def test_a_campaign_advertises_it_is_no_programme() -> None:
    assert labels("Mit der Kampagne „Sprich mit mir“ wirbt das Land für Sprachkurse.") == []
    assert labels("Die Kampagne „Ja zur Vielfalt“ startet im Mai auf Plakaten.") == []


def test_staff_in_a_funding_frame_after_a_connecting_adverb() -> None:
    assert labels("Gefördert werden zudem Integrationsbegleiter in den Kreisen.") == [
        "Integrationsbegleitung"
    ]
    assert labels("Gefördert werden insbesondere Bleibecoaches an Berufsschulen.") == [
        "Bleibecoaching"
    ]
    assert labels("Zudem sprachen die Integrationsbegleiter mit den Eltern.") == []


# ---------------------------------------------------------------- names by their form
def test_a_pact_or_plan_with_an_abstract_noun_of_the_field() -> None:
    assert labels("Mit dem Zukunftspakt Teilhabe stellt das Land 80 Millionen Euro bereit.") == [
        "Zukunftspakt Teilhabe"
    ]
    assert labels("Hessen hat seinen Pakt Integration mit den Kommunen verlängert.") == [
        "Pakt Integration"
    ]
    assert labels("Im Rahmen des Aktionsplans Vielfalt fördert das Land 30 Vereine.") == [
        "Aktionsplan Vielfalt"
    ]
    # the noun is the object of a verb at the clause's end
    assert labels("Es hilft, weil der Aktionsplan Teilhabe ermöglicht.") == []
    # a generic programme noun gives the name alone (read by other rules), not "Landesprogramm X"
    assert "Landesprogramm Integration" not in labels("Das Landesprogramm Integration läuft aus.")


def test_brand_forms_after_a_programme_noun() -> None:
    assert labels("Das Geld kommt aus dem Landesprogramm GEMEINSAMstark, das 2019 begann.") == [
        "GEMEINSAMstark"
    ]
    assert labels("Über die Kreise wird das Programm KOMPASS.SH umgesetzt.") == ["KOMPASS.SH"]
    assert labels(
        "Das Programm W.E.G. – Wege in Erwerbsarbeit für Geflüchtete, das 2016 startete, wird "
        "verlängert."
    ) == ["W.E.G. – Wege in Erwerbsarbeit für Geflüchtete"]
    assert labels("Die Regierung verweist auf das Landesprogramm Hessen hilft, aus dem …") == [
        "Hessen hilft"
    ]
    # an adverb after the Land is no slogan
    assert labels("Anders als der Bund fördert das Landesprogramm Sachsen nicht.") == []


def test_regulations_are_no_brands() -> None:
    assert labels("Die Förderrichtlinie VwV Teilhabe ist im Amtsblatt veröffentlicht.") == []


# ---------------------------------------------------------------- names by their frame
def test_names_given_under_a_title_or_in_a_relative_clause() -> None:
    assert labels(
        "Der Senat hat ein neues Integrationskonzept beschlossen. Unter dem Titel „Hier. "
        "Zusammen.“ bündelt es 40 Maßnahmen."
    ) == ["Hier. Zusammen."]
    assert labels(
        "Das Land plant ein eigenes Programm für Kitas, das „Sprachstart Kita“ heißen soll."
    ) == ["Sprachstart Kita"]
    assert labels("Es gibt ein neues Projekt, das den Namen „Brückenschlag“ trägt.") == [
        "Brückenschlag"
    ]
    # a book or a motto named in a relative clause
    assert labels("Sie schrieb ein Buch, das „Angekommen“ heißt.") == []


def test_examples_after_a_plural_programme_noun() -> None:
    assert labels("Gefördert werden Projekte der Nachbarschaft, z. B. „Wir im Viertel“.") == [
        "Wir im Viertel"
    ]
    assert labels("Das Land unterstützt Angebote wie „Sprachcafé mobil“ und „Lernstube“.") == [
        "Lernstube",
        "Sprachcafé mobil",
    ]
    assert labels("Die Kinder sangen Lieder wie „Alle meine Entchen“.") == []


def test_list_items_opening_with_a_quoted_name() -> None:
    text = (
        "In dieser Ausgabe stellen wir drei Angebote vor:\n\n"
        "1. „Papa lernt Deutsch“ – Abendkurse für Väter in sechs Städten\n"
        "2. „Kita-Brücke“ – Begleitung von Familien bei der Anmeldung\n"
    )
    assert labels(text) == ["Kita-Brücke", "Papa lernt Deutsch"]
    # a headline teaser with a dash is no list item; a list of books names no programme
    assert labels("„Wir bleiben dran“ – Ministerin eröffnet Sprachkurs in Gera\n") == []
    assert labels("Unsere Lesetipps:\n- „Das Meer“ – Roman über eine Flucht\n") == []


def test_a_second_prepositional_phrase_coordinated_with_the_first() -> None:
    assert labels(
        "Unterstützt wird der Verein vom Land über das Programm „Ehrenamt stärkt“ sowie vom "
        "Bund über „Zusammen wachsen“."
    ) == ["Ehrenamt stärkt", "Zusammen wachsen"]
    # another preposition: a different role ("für")
    assert labels(
        "Das Land wirbt über das Programm „Ehrenamt stärkt“ sowie mit einem Fest für "
        "„Zusammen wachsen“."
    ) == ["Ehrenamt stärkt"]


def test_names_at_the_end_of_a_table_cell_or_joined_by_und() -> None:
    assert labels("Titel 684 10  Zuschüsse Landesprogramm Lernbrücke        2.400,0\n") == [
        "Lernbrücke"
    ]
    assert labels("Startseite / Förderung / Förderrichtlinie Wohnen und Ankommen\n\nText.") == [
        "Wohnen und Ankommen"
    ]
    # a number after one space is no cell boundary
    assert labels("Das Landesprogramm Lernbrücke 2 Jahre lang.") == []


def test_a_brand_with_a_running_time() -> None:
    assert labels("Die LeseOffensive des Landes läuft noch bis 2027.") == ["LeseOffensive"]
    assert labels("Die LeseOffensive des Landes war ein Erfolg.") == []


def test_instrument_compounds_of_neighbouring_fields_are_no_programmes() -> None:
    # education, health and careers have budgets, funds and coachings of their own
    assert labels("Das Schulbudget wird erhöht, der Gesundheitsfonds bleibt stabil.") == []
    assert labels("Die Agentur bietet ein Berufscoaching für Schulabgänger an.") == []
