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
        ("eine digitale Beratung einzurichten", "Einrichtung einer digitalen Beratung"),
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
        "das Integrationsmonitoring fortzuschreiben",  # a neuter object changes its noun
        "einen Beirat einzurichten",  # so does a masculine one
        "Sprachkurse kostenlos anzubieten",  # an article-less object
        "Geflüchteten weiterhin Schutz zu bieten",  # the thing given without an article
        "die Kurse zu besuchen",  # no action noun the lexicon knows ("Besuchung")
        "dem Land ein Budget zu geben",  # a dative singular of unknown gender
        "die Kommunen",  # no verb
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
        "Beirat einrichten",
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


def test_masculine_object_keeps_its_noun_form() -> None:
    titles = _titles("Die Länder forderten den Bund auf, einen Härtefallfonds einzurichten.")
    assert len(titles) == 1 and "Härtefallfonds" in titles[0]
    assert "Härtefallfonds" in titles[0].split()  # not re-inflected ("des Härtefallfonds")
    assert "eines" not in titles[0].split()


def test_negated_decision_keeps_its_negation() -> None:
    titles = _titles(
        "Die Länder forderten den Bund auf, die Mittel für Sprachkitas nicht zu kürzen."
    )
    assert len(titles) == 1 and "nicht" in titles[0]
