"""Programme names from acronyms and verbs (issue 12): an acronym compound with its expansion in
brackets ("das BENN-Programm (Berlin entwickelt …)"), more verbs after a two-word name ("…
Wegweiser Kitas geht in die nächste Runde"), the Nationaler Aktionsplan named without its field;
not a group of volunteers' initiative ("der Lernpaten-Initiative"), not a body behind an
acronym ("„ThAFF – Thüringer Agentur für …“"), not the head noun of a quoted name as a name
("das EU-AMIF-Projekt „X“"), and a bare listed programme that the text names in full later is
that one.

Every passage is invented for this test; each rule has several wordings and negatives.
"""

from __future__ import annotations

from intgraph.extract.programmes import find_programmes
from intgraph.language.text import TextIndex


def labels(text: str) -> list[str]:
    return sorted({p.label for p in find_programmes(TextIndex(text))})


# ------------------------------------------------------------- acronyms and their expansions
def test_acronym_compound_with_its_expansion_in_brackets() -> None:
    assert labels("Auch das BLiNK-Programm (Bildung lokal in Neukölln) läuft weiter.") == [
        "BLiNK – Bildung lokal in Neukölln"
    ]
    assert labels("Das Land verlängert das FAIR-Landesprogramm (Förderung aller im Revier).") == [
        "FAIR – Förderung aller im Revier"
    ]
    # the brackets hold no expansion of the acronym
    assert "BLiNK – Seit 2019" not in labels("Das BLiNK-Programm (Seit 2019) läuft weiter.")


def test_a_body_behind_an_acronym_is_no_programme() -> None:
    assert labels("Das Land setzt auf die Initiative „KAB – Kölner Agentur für Bildung“.") == []
    assert labels("Das Programm „ZAK – Zentrum für Ausbildung und Karriere“ ist umgezogen.") == []


# ------------------------------------------------------------- verbs after a two-word name
def test_more_verbs_after_a_two_word_name() -> None:
    assert labels("Auch das Landesprogramm Lernbrücke Kita geht in die zweite Runde.") == [
        "Lernbrücke Kita"
    ]
    assert labels("Das Programm Wegweiser Schule endet im Juli.") == ["Wegweiser Schule"]


# -------------------------------------------------------------------------------- negatives
def test_a_group_of_volunteers_initiative_is_no_name() -> None:
    assert labels("Ohne die Helfer der Lesepaten-Initiative gäbe es das Café nicht.") == []
    assert labels("Die Eltern-Initiative sammelt Spenden.") == []
    # a name before the head stays one
    assert labels("Die Lernhafen-Initiative wird vom Land gefördert.") == ["Lernhafen-Initiative"]


def test_bare_listed_programme_named_in_full_later() -> None:
    text = (
        "Frage: Was wird aus dem Landesaufnahmeprogramm?\n"
        "Antwort: Das Landesaufnahmeprogramm Syrien läuft aus."
    )
    assert labels(text) == ["Landesaufnahmeprogramm Syrien"]
    # alone it stays
    assert labels("Das Landesaufnahmeprogramm wird verlängert.") == ["Landesaufnahmeprogramm"]


def test_head_noun_of_a_quoted_name_is_no_name() -> None:
    assert "EU-AMIF" not in labels("Über das EU-AMIF-Projekt „Brücken im Quartier“ wird beraten.")


def test_national_action_plan_named_without_its_field() -> None:
    assert labels("Nationaler Aktionsplan, Gipfel, Pakt – die Namen wechseln.") == [
        "Nationaler Aktionsplan Integration"
    ]
    # another national plan
    assert labels("Der Nationale Aktionsplan gegen Rassismus wird fortgeschrieben.") == []
