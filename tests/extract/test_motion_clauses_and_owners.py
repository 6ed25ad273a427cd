"""Motions told in constructions of news prose: a motion noun in the genitive after a noun of
the result ("die Annahme des sächsischen Antrags zur X"); its owners as Länder named after
"der Länder" ("die Forderung der Länder A, B und C nach X"); its content as the object of
"vorsehen" in verb second, a relative clause on who brought it between ("Der Beschluss, den A
und B eingebracht hatten, sieht X vor"); two motions in a sentence whose subordinate clause
opens it, each with the result of its own clause ("Während der A-er Antrag für X eine
Mehrheit fand, fiel der B-e Vorschlag, Y zu tun, durch"); and the outcome or the manner of the
vote cut from the title's end. Every passage is invented; each rule has negatives.
"""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

INTMK = "Die 20. Integrationsministerkonferenz tagte in Göttingen. "


def found(text: str, publisher: str | None = None) -> list[tuple[str, list[str], str]]:
    return [
        (m.title, sorted(m.submitters), m.result)
        for m in find_motions(TextIndex(INTMK + text), publisher)
    ]


def titles(text: str) -> list[str]:
    return [t for t, _, _ in found(text)]


# ---------------------------------------------------------------- the motion in the genitive
def test_a_motion_noun_in_the_genitive_after_a_noun_of_the_result() -> None:
    [(title, lands, result)] = found(
        "Die Annahme des sächsischen Antrags zur Förderung von Sprachkitas wird begrüßt."
    )
    assert title.startswith("Förderung von Sprachkitas") and lands == ["DE-SN"]
    assert result == "adopted"
    [(title, lands, result)] = found(
        "Mit der Ablehnung des Antrags Bremens zur Härtefallregelung endete die Sitzung."
    )
    assert title.startswith("Härtefallregelung") and lands == ["DE-HB"] and result == "rejected"
    [(title, lands, _)] = found(
        "Nach Annahme des Vorschlags Hessens zur Stärkung der Beratung zeigte sich der Minister "
        "zufrieden."
    )
    assert title.startswith("Stärkung der Beratung") and lands == ["DE-HE"]


def test_an_individuals_application_in_the_genitive_is_no_motion() -> None:
    assert (
        titles("Die Ablehnung des Antrags auf Einbürgerung kam für die Familie überraschend.") == []
    )


# ---------------------------------------------------------------- Länder named after "der Länder"
def test_the_laender_named_after_der_laender_are_the_submitters() -> None:
    assert found(
        "Die Forderung der Länder Bremen, Berlin und Hamburg nach einem Härtefallfonds fand "
        "keine Mehrheit."
    ) == [("Härtefallfonds", ["DE-BE", "DE-HB", "DE-HH"], "rejected")]
    assert found(
        "Der Antrag der Länder Sachsen und Thüringen zur Anerkennung von Abschlüssen wurde "
        "angenommen."
    ) == [("Anerkennung von Abschlüssen", ["DE-SN", "DE-TH"], "adopted")]
    # the owner between "Forderung" and "nach"
    assert found("Die Forderung Bayerns nach mehr Geld für Sprachkurse scheiterte.") == [
        ("mehr Geld für Sprachkurse", ["DE-BY"], "rejected")
    ]


def test_a_demand_of_another_owner_or_without_a_vote_is_no_motion() -> None:
    assert (
        titles("Die Forderung des Flüchtlingsrats nach einem Bleiberecht fand keine Mehrheit.")
        == []
    )
    assert titles("Die Forderung der Länder Bremen und Berlin nach einem Fonds ist bekannt.") == []


# ---------------------------------------------------------------- "sieht X vor"
def test_the_content_as_the_object_of_vorsehen() -> None:
    assert found(
        "Der Beschluss, den Bremen und Berlin gemeinsam eingebracht hatten, sieht eine "
        "Kampagne für Einbürgerungen vor."
    ) == [("Kampagne für Einbürgerungen", ["DE-BE", "DE-HB"], "adopted")]
    [(title, lands, _)] = found("Der Antrag Bremens sieht mehr Geld für Sprachkurse vor.")
    assert title == "mehr Geld für Sprachkurse" and lands == ["DE-HB"]
    [(title, _, _)] = found("Die Resolution sah eine Stärkung der Migrationsberatung vor.")
    assert title == "Stärkung der Migrationsberatung"


def test_vorsehen_of_a_law_or_a_plan_is_no_motion() -> None:
    assert titles("Das Gesetz sieht eine Stärkung der Beratung vor.") == []
    assert titles("Der Zeitplan sieht eine Pause am Mittag vor.") == []


# ---------------------------------------------------------------- two clauses, two motions
def test_a_subordinate_clause_and_its_main_clause_each_with_a_motion() -> None:
    assert found(
        "Während der Hamburger Antrag für ein Wahlrecht für Drittstaatsangehörige eine knappe "
        "Mehrheit fand, fiel der sächsische Vorschlag, die Kurse zu verkürzen, durch."
    ) == [
        ("Wahlrecht für Drittstaatsangehörige", ["DE-HH"], "adopted"),
        ("Verkürzung der Kurse", ["DE-SN"], "rejected"),
    ]
    [first, second] = found(
        "Obwohl der Antrag Bremens zur Härtefallregelung abgelehnt wurde, fand der Antrag "
        "Berlins zur Beratung von Frauen eine breite Mehrheit."
    )
    assert first[0] == "Härtefallregelung" and first[2] == "rejected"
    assert second[0].startswith("Beratung von Frauen") and second[2] == "adopted"


def test_a_result_told_in_the_other_clause_is_the_motions() -> None:
    # one motion: the main clause tells its result
    [(title, _, result)] = found(
        "Nachdem Bremen den Antrag zur Härtefallregelung eingebracht hatte, lehnten ihn die "
        "Länder ab."
    )
    assert "Härtefallregelung" in title and result == "rejected"


# ---------------------------------------------------------------- the title's end
def test_the_outcome_and_the_manner_of_the_vote_are_no_part_of_the_title() -> None:
    assert titles(
        "Der Minister war froh, nachdem die Konferenz den Antrag von Hessen zur Öffnung der "
        "Kurse einstimmig angenommen hatte."
    ) == ["Öffnung der Kurse"]
    assert titles(
        "Nachdem der Antrag Bremens zur Stärkung der Beratung keine Zustimmung erhalten hatte, "
        "reiste die Senatorin ab."
    ) == ["Stärkung der Beratung"]
