"""Nominal titles of decisions told as infinitive clauses (language.nominal), and the motions
that take them. Invented phrases: positives and look-alikes that must keep the verbal title."""

from __future__ import annotations

import pytest

from intgraph.extract.motions import find_motions
from intgraph.language.coordination import infinitive_items
from intgraph.language.nominal import nominal_title, verb_noun
from intgraph.language.text import TextIndex


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        # the verb's action noun, the feminine or plural object as its genitive
        (
            "die Erstorientierungskurse landesweit auszubauen",
            "landesweiter Ausbau der Erstorientierungskurse",
        ),
        (
            "die Wartezeiten für Sprachkurse deutlich zu verkürzen",
            "deutliche Verkürzung der Wartezeiten für Sprachkurse",
        ),
        (
            "die kommunale Integrationsarbeit zu stärken",
            "Stärkung der kommunalen Integrationsarbeit",
        ),
        ("eine digitale Beratung zu erproben", "Erprobung einer digitalen Beratung"),
        (
            "die Sprach- und Orientierungskurse zu verstetigen",
            "Verstetigung der Sprach- und Orientierungskurse",
        ),
        (
            "die Kosten der Dolmetscher vollständig zu übernehmen",
            "vollständige Übernahme der Kosten der Dolmetscher",
        ),
        ("die Mehrstaatigkeit generell zuzulassen", "generelle Zulassung der Mehrstaatigkeit"),
        (
            "den Landkreisen mehr Personal bereitzustellen",
            "Bereitstellung von mehr Personal für die Landkreise",
        ),
        # a verb of giving: the thing given heads, its recipient follows with "für"
        (
            "Asylsuchenden einen frühen Zugang zu Kitas zu ermöglichen",
            "früher Zugang zu Kitas für Asylsuchende",
        ),
        (
            "geflüchteten Jugendlichen rascher eine Ausbildungsduldung zu erteilen",
            "raschere Ausbildungsduldung für geflüchtete Jugendliche",
        ),
        (
            "Studierenden aus Drittstaaten ein Arbeitsrecht gewähren",
            "Arbeitsrecht für Studierende aus Drittstaaten",
        ),
        (
            "Ehrenamtlichen das kostenlose Deutschlandticket zu geben",
            "kostenloses Deutschlandticket für Ehrenamtliche",
        ),
        (
            "Schülern ab Klasse 5 eine Sprachstandserhebung vorzuschreiben",
            "Sprachstandserhebung für Schüler ab Klasse 5",
        ),
        # a masculine or neuter object: its head takes the genitive ending
        (
            "das Integrationsmonitoring fortzuschreiben",
            "Fortschreibung des Integrationsmonitorings",
        ),
        ("einen Beirat einzurichten", "Einrichtung eines Beirats"),
        (
            "den Anspruch auf Beratung gesetzlich zu verankern",
            "gesetzliche Verankerung des Anspruchs auf Beratung",
        ),
        (
            "das kommunale Integrationsmanagement dauerhaft zu sichern",
            "dauerhafte Sicherung des kommunalen Integrationsmanagements",
        ),
        (
            "ein digitales Antragsverfahren zu erproben",
            "Erprobung eines digitalen Antragsverfahrens",
        ),
        ("den Sprachkurs für Eltern auszuweiten", "Ausweitung des Sprachkurses für Eltern"),
        ("das Bündnis für Ausbildung zu stärken", "Stärkung des Bündnisses für Ausbildung"),
        ("den Integrationsfonds aufzustocken", "Aufstockung des Integrationsfonds"),
        ("den Status der Lotsen zu verbessern", "Verbesserung des Status der Lotsen"),
        (
            "Geduldeten den Zugang zu Sprachkursen zu öffnen",
            "Öffnung des Zugangs zu Sprachkursen für Geduldete",
        ),
        ("den Job-Turbo zu verlängern", "Verlängerung des Job-Turbos"),
        # a verb of creating: the thing created heads, as with giving
        (
            "ein landesweites Lagebild zur Einbürgerung einzurichten",
            "landesweites Lagebild zur Einbürgerung",
        ),
        (
            "eine Ombudsstelle für Geflüchtete flächendeckend einzuführen",
            "flächendeckende Ombudsstelle für Geflüchtete",
        ),
        ("eine digitale Beratung einzurichten", "digitale Beratung"),
        ("einen Härtefallfonds zu schaffen", "Schaffung eines Härtefallfonds"),  # a bare noun
        (
            "ein Sonderprogramm gegen Wohnungslosigkeit aufzulegen",
            "Sonderprogramm gegen Wohnungslosigkeit",
        ),
        ("den Kommunen einen Innovationsfonds einzurichten", "Innovationsfonds für die Kommunen"),
        ("mehr Beratungsstellen zu schaffen", "Schaffung von mehr Beratungsstellen"),
    ],
)
def test_nominal_title(clause: str, title: str) -> None:
    assert nominal_title(clause) == title


@pytest.mark.parametrize(
    "clause",
    [
        "die Mittel für die Sprachkitas nicht zu kürzen",  # a negation is no "Kürzung"
        "keine neuen Hürden zu errichten",
        "ihre Landesprogramme zu verstetigen",  # a possessive's case needs its owner
        "sich für eine Reform einzusetzen",  # a reflexive verb
        "den Menschen zu helfen",  # a weak noun or a dative plural: no genitive
        "den Kommunen zu erstatten",  # "den" with a dative plural: no "des Kommunen"
        "den Praktikanten zu fördern",  # a weak masculine noun's suffix: genitive not known
        "Sprachkurse kostenlos anzubieten",  # an article-less object
        "Geflüchteten weiterhin Schutz zu bieten",  # the thing given without an article
        "die Kurse zu besuchen",  # no action noun the lexicon knows ("Besuchung")
        "dem Land ein Budget zu geben",  # a dative singular of unknown gender
        "die Kommunen",  # no verb
        "Integrationsbeiräte einzurichten",  # created, but an article-less plural
        "keine neuen Gremien zu schaffen",  # a negated creation
    ],
)
def test_no_nominal_title(clause: str) -> None:
    assert nominal_title(clause) is None


def test_verb_noun() -> None:
    assert verb_noun("auszubauen") == ("Ausbau", "m")
    assert verb_noun("zu übernehmen") == ("Übernahme", "f")
    assert verb_noun("bedarfsgerecht") is None


def test_infinitive_items_nominal_only_when_asked() -> None:
    phrase = "die Beratungsstellen auszubauen und einen Beirat einzurichten"
    assert infinitive_items(phrase) == ["Beratungsstellen ausbauen", "Beirat einrichten"]
    assert infinitive_items(phrase, nominal=True) == [
        "Ausbau der Beratungsstellen",
        "Einrichtung eines Beirats",
    ]


_CTX = "Die 19. Integrationsministerkonferenz tagte in Potsdam. "


def _titles(text: str) -> list[str]:
    return [m.title for m in find_motions(TextIndex(_CTX + text))]


def test_decision_told_as_infinitive_gets_nominal_title() -> None:
    titles = _titles(
        "Einstimmig sprachen sich die Ministerinnen und Minister dafür aus, "
        "den Sprachkursträgern dauerhaft eine Finanzierung zu garantieren."
    )
    assert titles == ["dauerhafte Finanzierung für die Sprachkursträger"]


def test_masculine_object_takes_the_genitive() -> None:
    titles = _titles("Die Länder forderten den Bund auf, einen Härtefallfonds einzurichten.")
    assert titles == ["Einrichtung eines Härtefallfonds"]  # "Fonds": genitive unchanged
    titles = _titles(
        "Einstimmig beschlossen die Länder, den Kurszugang für Geduldete gesetzlich zu verankern."
    )
    assert titles == ["gesetzliche Verankerung des Kurszugangs für Geduldete"]


def test_neuter_object_in_perfect_agreement_takes_the_genitive() -> None:
    titles = _titles(
        "Vereinbart haben die Länder, das gemeinsame Integrationsmonitoring fortzuschreiben."
    )
    assert titles == ["Fortschreibung des gemeinsamen Integrationsmonitorings"]


def test_negated_decision_keeps_its_negation() -> None:
    titles = _titles(
        "Die Länder forderten den Bund auf, die Mittel für Sprachkitas nicht zu kürzen."
    )
    assert len(titles) == 1 and "nicht" in titles[0]
