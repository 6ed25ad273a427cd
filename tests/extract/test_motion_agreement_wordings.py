"""Decision wordings of agreement and request (invented passages): verbs of agreeing with the
correlate "darauf" in any word order and mood, "vereinbart", a request told with "richten …
die Bitte", a check commissioned ("erteilten einen Prüfauftrag"), a demand the body was "einig"
on, a group of Länder that found no majority for its proposal, a scare quote closing a
motion's infinitive. Negatives: negated agreement, other actors, positions without a demand."""

from __future__ import annotations

from intgraph.extract.motions import find_motions
from intgraph.language.text import TextIndex

CTX = "Die 22. Integrationsministerkonferenz tagte in Saarbrücken. "


def motions(text: str) -> list[tuple[str, str]]:
    return [(m.title, m.result) for m in find_motions(TextIndex(CTX + text))]


def test_agreed_on_with_the_correlate_in_every_word_order() -> None:
    assert motions(
        "Am Ende verständigten sich die Ministerinnen und Minister darauf, die Migrationsberatung "
        "landesweit auszubauen."
    ) == [("landesweiter Ausbau der Migrationsberatung", "adopted")]
    assert motions(
        "Geeinigt haben sich die Länder schließlich darauf, die Erstorientierungskurse zu stärken."
    ) == [("Stärkung der Erstorientierungskurse", "adopted")]
    # reported speech: the host tells what the Länder agreed on
    assert motions(
        "Wie die Gastgeberin sagte, hätten sich die Länder darauf verständigt, die Beratung "
        "digitaler Antragsverfahren zu verbessern."
    ) == [("Verbesserung der Beratung digitaler Antragsverfahren", "adopted")]


def test_agreed_with_man_or_sie_for_the_body() -> None:
    assert motions(
        "Man habe zudem vereinbart, die Sprachkitas fortzuführen, berichtete die Vorsitzende."
    ) == [("Fortführung der Sprachkitas", "adopted")]
    assert motions(
        "Die Länder berieten zwei Tage. Danach verständigten sie sich darauf, die Kitas zu öffnen."
    ) == [("Öffnung der Kitas", "adopted")]


def test_negated_or_foreign_agreement_is_no_decision_here() -> None:
    # failed agreement is read elsewhere (rejected), never as adopted
    assert ("Ausbau der Kurse", "adopted") not in motions(
        "Die Länder konnten sich nicht darauf verständigen, die Kurse auszubauen."
    )
    # another body agreed
    assert (
        motions(
            "Die Innenministerkonferenz verständigte sich darauf, die Abschiebehaft auszuweiten."
        )
        == []
    )
    # the agreement of one minister with her staff is no decision of the body
    assert (
        motions("Ministerin Kraus verständigte sich mit ihrem Haus darauf, die Kurse auszubauen.")
        == []
    )


def test_one_decision_of_two_parts_stays_one() -> None:
    titles = [
        t
        for t, _ in motions(
            "Die Länder einigten sich darauf, den Kommunen die Kosten zu erstatten, und verlangen "
            "vom Bund dafür zusätzliche Mittel."
        )
    ]
    assert len(titles) == 1 and "zusätzliche Mittel" in titles[0]


def test_request_addressed_with_a_support_verb() -> None:
    assert motions(
        "An die Bundesregierung richteten die Länder die Bitte, die Sprachmittlung dauerhaft zu "
        "finanzieren."
    ) == [("dauerhafte Finanzierung der Sprachmittlung", "adopted")]
    # a council's appeal is not the body's
    assert (
        motions(
            "Der Flüchtlingsrat richtete die Bitte an die Länder, die Sprachmittlung zu finanzieren."
        )
        == []
    )


def test_check_commissioned() -> None:
    assert motions(
        "Die Ressortchefs erteilten der Arbeitsgruppe einen Prüfauftrag: Bis zum Herbst soll "
        "geklärt werden, ob Sprachkurse in Teilzeit angeboten werden können."
    ) == [("Prüfauftrag: ob Sprachkurse in Teilzeit angeboten", "adopted")]
    assert motions(
        "Die Länder erteilten dem Bund einen Prüfauftrag zur Anerkennung von Pflegeabschlüssen."
    ) == [("Prüfauftrag: Anerkennung von Pflegeabschlüssen", "adopted")]
    # one minister's instruction to her ministry is no decision of the body
    assert (
        motions(
            "Die Senatorin erteilte ihrer Behörde einen Prüfauftrag zur Anerkennung von Abschlüssen."
        )
        == []
    )


def test_demand_the_body_was_einig_on() -> None:
    assert motions(
        "Der Bund müsse die Berufssprachkurse verlässlich finanzieren, darin waren sich alle "
        "Ressortchefs auf der 22. Konferenz einig."
    ) == [("Der Bund müsse die Berufssprachkurse verlässlich finanzieren", "adopted")]
    assert motions(
        "Darin waren sich die Länder einig: Der Bund soll die Kosten der Unterkünfte tragen."
    ) == [("Der Bund soll die Kosten der Unterkünfte tragen", "adopted")]
    # associations agreeing is not the body
    assert motions("Der Bund müsse mehr tun, darin waren sich die Verbände einig.") == []


def test_group_of_laender_without_majority_for_its_proposal() -> None:
    assert motions(
        "Für ihren Vorschlag, die Einbürgerung generell zu erleichtern, fanden die "
        "unionsgeführten Länder keine Mehrheit."
    ) == [("generelle Erleichterung der Einbürgerung", "rejected")]
    # a possessive pointing to no Land and no group of Länder: another owner
    assert (
        motions("Mit seinem Vorschlag, die Einbürgerung zu erleichtern, scheiterte der Verband.")
        == []
    )


def test_scare_quote_closing_a_motions_infinitive() -> None:
    assert motions(
        "Ein Antrag Sachsens, die Verfahren „spürbar zu beschleunigen“, fand keine Mehrheit."
    ) == [("spürbare Beschleunigung der Verfahren", "rejected")]
