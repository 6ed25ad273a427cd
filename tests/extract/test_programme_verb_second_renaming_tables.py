"""Programme names by clause structure, renaming and layout (issue 12): an unquoted name after a
programme noun in a prepositional phrase that opens a main clause, closed by the finite verb
that German puts second ("Mit dem Landesprogramm X Y erhalten …"); both names of a renaming
("Aus „A“ wird „B“"); the first cells of a table whose first column a programme noun heads
("Programm   2022   2023"); moderators funded as the service they provide
("Teilhabemoderatorinnen und -moderatoren" -> "Teilhabemoderation").

Every passage is invented for this test; each rule has several wordings and negatives.
"""

from __future__ import annotations

from intgraph.extract.programmes import find_programmes
from intgraph.language.text import TextIndex


def labels(text: str) -> list[str]:
    return sorted({p.label for p in find_programmes(TextIndex(text))})


# ----------------------------------------------------- a name closed by the verb in second place
def test_name_after_a_fronted_programme_phrase_ends_before_the_verb() -> None:
    assert labels("Mit dem Landesprogramm Brücke Beruf erhalten Zugewanderte eine Begleitung.") == [
        "Brücke Beruf"
    ]
    assert labels("Über das Projekt Heimat für Eltern finden Familien eine Kita.") == [
        "Heimat für Eltern"
    ]
    assert labels("Seit Mai gilt es. Im Programm Arbeit und Sprache lernen 40 Frauen.") == [
        "Arbeit und Sprache"
    ]
    assert labels("Durch die Landesinitiative Neustart Nord bekamen 300 Menschen Arbeit.") == [
        "Neustart Nord"
    ]
    assert labels("Beim Förderprogramm Wege ins Handwerk zählen vor allem Praktika.") == [
        "Wege ins Handwerk"
    ]


def test_fronted_programme_phrase_without_a_name() -> None:
    # the people reached, not a name
    assert labels("Mit dem Landesprogramm Geflüchtete Frauen zu erreichen, ist schwer.") == []
    # a function word after the noun: no name follows
    assert labels("Mit dem Programm für Familien erhalten Eltern Hilfe.") == []
    # not at the clause's start: the rule does not read it
    assert labels("Sie sagt, dass sie mit dem Programm Sprache Arbeit findet.") == []


# -------------------------------------------------------------------------------- renamings
def test_both_names_of_a_renaming() -> None:
    text = "Aus „Start in Kiel“ wird „KielStart“: Das Landesprogramm heißt seit Mai anders."
    assert labels(text) == ["KielStart", "Start in Kiel"]
    text = "Das Projekt ist umbenannt. „Lernen im Park“ heißt jetzt „Grüne Schule“."
    assert labels(text) == ["Grüne Schule", "Lernen im Park"]
    text = "Gefördert wird auch das Programm „Nachbarn verbinden“ (früher „Nachbarschaft konkret“)."
    assert labels(text) == ["Nachbarn verbinden", "Nachbarschaft konkret"]
    text = "Das Landesprogramm „Arbeit jetzt“, vormals „Arbeit sofort“, läuft bis 2026."
    assert labels(text) == ["Arbeit jetzt", "Arbeit sofort"]
    text = "Aus der Initiative „Hallo Nachbar“ wurde 2023 „Hallo Quartier“."
    assert labels(text) == ["Hallo Nachbar", "Hallo Quartier"]


def test_a_renaming_of_something_else() -> None:
    assert labels("Aus „Café Kranz“ wird „Bistro am Markt“, teilte der Wirt mit.") == []
    assert labels("Die Zeitung „Stadtbote“ heißt jetzt „Morgenpost Nord“.") == []
    assert labels("„Haus am See“ heißt jetzt „Villa Blau“, sagte die Eigentümerin.") == []


# -------------------------------------------------------------------------------- tables
def test_first_cells_of_a_table_headed_by_a_programme_noun() -> None:
    text = (
        "Antwort der Landesregierung\n\n"
        "Programm                 2023     2024\n"
        "Lernhafen Ost           1.100    1.250\n"
        "Wohnen & Arbeiten          80       95\n"
        "Sprachbrücke SH           310      295\n"
        "Summe                   1.490    1.640\n"
    )
    assert labels(text) == ["Lernhafen Ost", "Sprachbrücke SH", "Wohnen & Arbeiten"]
    text = "Projekt\tTeilnehmende\nKita-Brücke Nord\t120\nElterncafé Plus\t45\n"
    assert labels(text) == ["Elterncafé Plus", "Kita-Brücke Nord"]


def test_table_rows_that_are_no_programmes() -> None:
    # a head column of another kind
    text = "Landkreis        2023     2024\nNordfriesland     110      120\nPlön               40       55\n"
    assert labels(text) == []
    # a field of work in a row, a row without figures ends the table
    text = (
        "Programm         2023\n"
        "Sprachförderung   400\n"
        "Hinweis: Angaben vorläufig\n"
        "Lernwerk Süd      300\n"
    )
    assert labels(text) == []


# ----------------------------------------------------------- moderators funded as a service
def test_funded_moderators_are_their_service() -> None:
    text = "Ab Mai finanziert das Land 30 zusätzliche Integrationsmoderatorinnen und -moderatoren."
    assert labels(text) == ["Integrationsmoderation"]
    assert labels("Gefördert werden Teilhabemoderatoren in allen Kreisen.") == [
        "Teilhabemoderation"
    ]
    assert labels("Seit 2024 werden acht Quartiersmoderatorinnen vom Land finanziert.") == [
        "Quartiersmoderation"
    ]
    # a moderator of a panel is none
    assert labels("Die Moderatorin der Tagung war Anna Roth.") == []
    assert labels("Der Sender bezahlt seine Moderatoren gut.") == []
