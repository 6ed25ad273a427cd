"""The lexicons of kept packages, as ``intgraph.language.wordlists`` loads them."""

from __future__ import annotations

import gender_guesser.detector

from intgraph.language.wordlists import _detector


def test_the_given_names_are_the_packages_own() -> None:
    # the detector reads its list whole instead of line by line; the names must not change
    assert _detector().names == gender_guesser.detector.Detector(case_sensitive=False).names


def test_kept_analyses_are_the_taggers_own() -> None:
    """The tagger keeps each word's forward analysis (issue 12): tagging and analysing a word
    gives what a tagger that keeps nothing gives, asked once or several times."""
    from HanTa import HanoverTagger

    from intgraph.language.wordlists import _tagger

    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    kept = _tagger()
    words = ["Integrationsministerkonferenz", "Lindqvist", "Kallweit", "Charta", "Nationalen"]
    words += ["Sprachkursträgerverbund", "sagte", "Migrationsgeschichte", "Ärztekammer", "x"]
    for _ in range(2):
        for w in words:
            assert kept.tag_word(w) == plain.tag_word(w)
            assert kept.tag_word(w, cutoff=0) == plain.tag_word(w, cutoff=0)
            assert kept.analyze(w, taglevel=3) == plain.analyze(w, taglevel=3)
            assert list(kept.analyze_forward(w.lower())) == plain.analyze_forward(w.lower())
