"""The lexicons of kept packages, as ``intgraph.language.wordlists`` loads them."""

from __future__ import annotations

import gender_guesser.detector

from intgraph.language.wordlists import _detector


def test_the_given_names_are_the_packages_own() -> None:
    # the detector reads its list whole instead of line by line; the names must not change
    assert _detector().names == gender_guesser.detector.Detector(case_sensitive=False).names
