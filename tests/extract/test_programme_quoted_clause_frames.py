"""Quoted programme names read by the clause they stand in (issue 12): a quoted name as the first
member of a hyphenated compound on a programme's kind ("die „X“-Kurse"), as the argument of a
verb of a programme's life ("Das Land verlängert „X“", "„X“ hat der Senat verlängert"), after
"Mit" opening a clause ("Mit ‚X‘ holen wir …"), as the predicative of "heißen" after the verb
("In Bayern heißt das Programm „X“", with a gapped conjunct "…, in Hessen „Y“"), and in a
relative clause that gives a name with an adjective ("das den sperrigen Namen „X“ trägt").

Every passage is invented for this test; each rule has several wordings and negatives.
"""

from __future__ import annotations

from intgraph.extract.programmes import find_programmes
from intgraph.language.text import TextIndex


def labels(text: str) -> list[str]:
    return sorted({p.label for p in find_programmes(TextIndex(text))})


# ------------------------------------------------------- a quoted name as a compound's member
def test_quoted_name_before_a_hyphen_and_a_head_of_its_kind() -> None:
    assert labels("Die „Sprache am Fließband“-Kurse laufen in drei Werken.") == [
        "Sprache am Fließband"
    ]
    assert labels("Im „Lesen mit Oma“-Projekt treffen sich Kinder und Seniorinnen.") == [
        "Lesen mit Oma"
    ]
    assert labels("Alle „Neu in Kiel“-Teilnehmenden erhalten ein Zertifikat.") == ["Neu in Kiel"]
    assert labels("Zwei neue »Arbeit zuerst«-Beratungsstellen öffnen im Mai.") == ["Arbeit zuerst"]
    assert labels('Das "Start in Jena"-Angebot richtet sich an Familien.') == ["Start in Jena"]


def test_quoted_name_before_another_kind_of_head_is_none() -> None:
    assert labels("Die „Wir schaffen das“-Rhetorik ist vorbei, sagte er.") == []
    assert labels("Beim „Tag der Vielfalt“-Fest gab es Musik.") == []
    assert labels("Das „Made in Sachsen“-Siegel bekommen nur wenige Betriebe.") == []


# ------------------------------------------------- a quoted name as a programme verb's argument
def test_quoted_name_as_object_of_a_verb_of_a_programmes_life() -> None:
    assert labels(
        "Hessen startet „Lernen im Quartier“\n\nDas Programm läuft zunächst in Kassel."
    ) == ["Lernen im Quartier"]
    assert labels("Das Land verlängert die „Elternbrücke“ bis 2027.") == ["Elternbrücke"]
    assert labels("Der Senat weitet „Mama spricht“ auf alle Bezirke aus.") == ["Mama spricht"]
    assert labels("Die Landesregierung legt erneut „Chancen vor Ort“ auf.") == ["Chancen vor Ort"]


def test_quoted_name_fronted_or_as_subject_of_a_passive() -> None:
    # the object fronted, the subject after the auxiliary, the participle last
    assert labels("Die „Lernbrücke“ hat das Ministerium um ein Jahr verlängert.") == ["Lernbrücke"]
    assert labels(
        "„Job-Start Ost“ wird im Herbst auf Cottbus ausgeweitet, teilte das Land mit."
    ) == ["Job-Start Ost"]
    assert labels(
        "„Deutsch für Eltern“ soll 2025 fortgesetzt werden, sagte der Minister. "
        "Das Projekt ist beliebt."
    ) == ["Deutsch für Eltern"]


def test_life_verb_without_a_government_or_a_programme_or_of_another_thing() -> None:
    # a show, a campaign, a festival: no government acts, no programme around
    assert labels("Der Sender startet „Hallo Nachbar“ im Abendprogramm.") == []
    assert labels("Der Verein hat „Sommer am See“ verlängert.") == []
    assert labels("Die Kampagne „Herz zeigen“ wird verlängert, teilte das Land mit.") == []
    # a prize the Land hands out
    assert labels("Das Land startet „Goldene Brücke“, einen Preis für Vereine.") == []
    # an abstract noun in scare quotes
    assert labels("Im Ankunftszentrum startete die neue „Ersteinweisung“.") == []


# -------------------------------------------------------------- "Mit „X“" opening a clause
def test_with_a_quoted_name_opening_a_clause_about_a_programme() -> None:
    text = (
        "„Mit ‚Wohnen verbindet‘ holen wir Menschen in die Mitte“, sagte die Senatorin bei der "
        "Vorstellung des Programms."
    )
    assert labels(text) == ["Wohnen verbindet"]
    assert labels("Mit „Lesestunde“ erreicht das Projekt 300 Kinder.") == ["Lesestunde"]
    assert labels(
        "Mit „Nähe schafft Arbeit“ geht der Kreis neue Wege. Das Programm startet im Mai."
    ) == ["Nähe schafft Arbeit"]


def test_with_a_quoted_phrase_and_no_programme_is_none() -> None:
    assert labels("Mit „Guten Morgen“ begrüßte sie die Gäste.") == []
    assert labels("Mit „Wir sind da“ endete der Abend im Rathaus.") == []
    assert labels("Mit „Aktion Mensch“ arbeitet das Projekt eng zusammen.") == []


# ------------------------------------------------------- "heißt das Programm „X“", gapped
def test_predicative_of_heissen_after_the_verb_and_a_gapped_conjunct() -> None:
    assert labels("In Bayern heißt das Programm „Sprungbrett Pflege“.") == ["Sprungbrett Pflege"]
    text = (
        "Vergleichbare Angebote gibt es auch anderswo: In Sachsen heißt das Pendant „Arbeit vor "
        "Ort“, in Thüringen „Neustart Handwerk“."
    )
    assert labels(text) == ["Arbeit vor Ort", "Neustart Handwerk"]
    text = "Das Projekt ist nicht neu. Das Gegenstück in Bremen heißt „Hafen für alle“."
    assert labels(text) == ["Hafen für alle"]
    assert labels("Hier nennt sich das Landesprogramm schlicht „Ankommen“.") == ["Ankommen"]
    text = "Die Kurse gibt es in vielen Ländern. Dort heißt das Angebot „Deutsch plus“ und in Kiel „Lernhafen“."
    assert labels(text) == ["Deutsch plus", "Lernhafen"]


def test_predicative_of_heissen_without_a_programme_is_none() -> None:
    assert labels("In Bayern heißt der Minister im Volksmund „Landesvater“.") == []
    assert labels("Das Pendant heißt in Bremen „Schaffermahl“ und ist ein Festessen.") == []
    assert labels("Dort heißt das Motto „Mut tut gut“, in Kiel „Weiter so“.") == []


# ------------------------------------------------- a relative clause giving the name, adjective
def test_relative_clause_with_an_adjective_before_the_name_noun() -> None:
    text = (
        "Das Programm, das den etwas langen Namen „Brücken bauen – Arbeit finden“ trägt, läuft gut."
    )
    assert labels(text) == ["Brücken bauen – Arbeit finden"]
    text = "Ein neues Projekt, das den schönen Titel „Lesen verbindet“ trägt, beginnt im Mai."
    assert labels(text) == ["Lesen verbindet"]
    # not a title of a book or an event
    assert (
        labels("Das Buch, das den schönen Titel „Lesen verbindet“ trägt, erscheint im Mai.") == []
    )


# ------------------------------------------------------- a phrase coupled by hyphens as a name
def test_phrase_coupled_by_hyphens_before_a_head_of_a_programmes_kind() -> None:
    assert labels("Vorgestellt wurde der Papa-liest-vor-Kurs der Stadtbibliothek.") == [
        "Papa liest vor"
    ]
    assert labels("Die Deutsch-für-alle-Kurse sind voll.") == ["Deutsch für alle"]
    assert labels("Im Lernen-vor-Ort-Projekt arbeiten zwölf Schulen mit.") == ["Lernen vor Ort"]
    assert labels("Zwei Komm-mit-Gruppen treffen sich im Stadtteil.") == ["Komm mit"]
    assert labels("Das Land fördert das Kita-macht-stark-Programm.") == ["Kita macht stark"]


def test_coupled_phrase_of_time_or_manner_or_without_a_lower_case_word() -> None:
    assert labels("Es gibt ein Rund-um-die-Uhr-Angebot für Notfälle.") == []
    assert labels("Der Learning-by-doing-Kurs ist beliebt.") == []
    assert labels("Die Vor-Ort-Angebote der Kommunen wachsen.") == []
