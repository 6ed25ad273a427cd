from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from intgraph.resolve.ids import fold, short_hash, slug

GERMAN = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzäöüßÄÖÜABCZ -*\u00ad'.")), min_size=1
)


@given(GERMAN)
def test_slug_is_ascii_and_deterministic(s: str) -> None:
    key = slug(s)
    assert key == slug(s)
    assert re.fullmatch(r"[a-z0-9-]+", key)
    assert not key.startswith("-") and not key.endswith("-")


@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=4))
def test_short_hash_is_stable_and_sized(parts: list[str]) -> None:
    assert short_hash(*parts) == short_hash(*parts)
    assert len(short_hash(*parts, length=12)) == 12


def test_distinct_names_get_distinct_keys() -> None:
    names = ["Petra Köpping", "Petra Koepping", "Kai Klose", "Friederike de Haas", "Aydan Özoğuz"]
    keys = {slug(n) for n in names}
    assert len(keys) == 4  # Köpping and Koepping are one key: the transliteration is the same
    assert fold("Özoğuz") == fold("Oezoguz") == "oezoguz"
