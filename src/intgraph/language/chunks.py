"""Chunks over tokens: personal-name spans (titles, particles, hyphens)."""

from __future__ import annotations

from intgraph.language.lexicon import PARTICLES, TITLES, is_name_token
from intgraph.language.text import Token
from intgraph.models import PersonMention

__all__ = ["parse_name", "parse_name_backwards"]


def parse_name(toks: list[Token], k: int) -> tuple[PersonMention, int] | None:
    """A personal name starting at token ``k`` (titles, particles and hyphens allowed)."""
    n = len(toks)
    honorific = []
    while k + 1 < n and toks[k].text in TITLES and toks[k + 1].text == ".":
        honorific.append(toks[k].text + ".")
        k += 2
    names: list[Token] = []
    while k < n and len(names) < 4:
        t = toks[k].text
        if is_name_token(t):
            names.append(toks[k])
            k += 1
        elif names and t in PARTICLES and k + 1 < n and is_name_token(toks[k + 1].text):
            names.append(toks[k])
            k += 1
        else:
            break
    if not names:
        return None
    if len(names) > 3:
        return None
    family_idx = len(names) - 1
    # particles belong to the family name: "Friederike de Haas"
    while family_idx > 0 and names[family_idx - 1].text in PARTICLES:
        family_idx -= 1
    family = " ".join(t.text for t in names[family_idx:])
    given = " ".join(t.text for t in names[:family_idx]) or None
    return (
        PersonMention(
            family=family,
            given=given,
            start=names[0].start,
            end=names[-1].end,
            honorific=" ".join(honorific) or None,
        ),
        k,
    )


def parse_name_backwards(toks: list[Token], end_idx: int) -> PersonMention | None:
    """A full name (given + family) that ends at token ``end_idx`` (inclusive)."""
    k = end_idx
    names: list[Token] = []
    while k >= 0 and len(names) < 4:
        t = toks[k].text
        if is_name_token(t) or (names and t in PARTICLES):
            names.insert(0, toks[k])
            k -= 1
        else:
            break
    while names and names[0].text in PARTICLES:
        names.pop(0)
    if len(names) < 2:
        return None
    start_idx = k + 1
    while k >= 1 and toks[k].text == "." and toks[k - 1].text in TITLES:
        k -= 2
    parsed = parse_name(toks, k + 1 if k + 1 < start_idx else start_idx)
    return parsed[0] if parsed else None
