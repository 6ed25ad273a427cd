"""Chunks over tokens: personal-name spans (titles, particles, hyphens)."""

from __future__ import annotations

from intgraph.language.lexicon import (
    PARTICLES,
    TITLES,
    is_common_noun,
    is_demonym,
    is_family_name_after_given,
    is_function_noun,
    is_given_name,
    is_known_name,
    is_name_token,
    may_be_given_name,
)
from intgraph.language.text import Token
from intgraph.models import PersonMention

__all__ = ["parse_name", "parse_name_backwards", "parse_person"]


# the particles that open a family name right after the given name ("von der", "van den")
_NOBILIARY = frozenset({"von", "van", "de", "zu"})
_TITLE_PARTS = {"phil", "med", "rer", "nat", "pol", "jur", "h", "c", "habil", "oec", "theol"}


# The office and quotation rules ask for the name at the same token of the same token list
# several times (a role's complement, its holder, the name after it: four times a token in a
# text of many offices, issue 16). The answers for the token lists used last are kept, by the
# list's identity: each list is held while its answers are, so no other list can take its
# id, and token lists are never changed once made. A kept answer comes as a new
# PersonMention (the rules mark theirs: ``in_caption``).
_Parsed = tuple[str, str | None, int, int, str | None, int] | None
_KEPT: dict[int, tuple[list[Token], dict[int, _Parsed]]] = {}
_KEPT_LISTS = 8


def parse_name(toks: list[Token], k: int) -> tuple[PersonMention, int] | None:
    """A personal name starting at token ``k``: academic titles (``Prof. Dr. phil.``), then
    given names, then one family name (particles ``van der``, hyphens allowed).

    The name ends at its family name: a given name after it starts another name (a caption
    repeating ``Ilse Marten Ilse Marten``), a common noun after it is not part of it
    (``Ministerpräsident Kallweit Leitbild der Vielfalt``).
    """
    if k >= len(toks) or not (toks[k].text[:1].isupper() or toks[k].text in TITLES):
        return None  # a name opens with a capital or a title (most tokens: at once)
    kept = _KEPT.pop(id(toks), None)
    if kept is None:
        kept = (toks, {})
        if len(_KEPT) >= _KEPT_LISTS:
            del _KEPT[next(iter(_KEPT))]  # the list used longest ago
    _KEPT[id(toks)] = kept  # last: used most recently
    answers = kept[1]
    if k in answers:
        found = answers[k]
    else:
        found = answers[k] = _parse_name(toks, k)
    if found is None:
        return None
    family, given, start, end, honorific, nxt = found
    return PersonMention(family, given, start, end, honorific), nxt


def _unlisted_before_double_name(t: str, nxt: str) -> bool:
    """An unlisted word before a double-barrelled family name is a given name the lists lack
    (``Azadeh Rahimi-Kluge``, ``Dilan Aksoy-Brandt``): a double-barrelled name closes a name,
    so the word before it opens it. A listed double given name (``Marie-Luise``) is no family
    name, and a word the lists hold as a family name stays one.

    >>> _unlisted_before_double_name("Azadeh", "Rahimi-Kluge"), _unlisted_before_double_name("Kallweit", "Marie-Luise")
    (True, False)
    """
    return (
        "-" not in t
        and not is_known_name(t)
        and "-" in nxt
        and is_name_token(nxt)
        and not is_given_name(nxt)
        and not is_given_name(nxt.split("-")[0])
    )


def _parse_name(toks: list[Token], k: int) -> _Parsed:
    n = len(toks)
    if k >= n:
        return None
    first = toks[k].text
    if not first[:1].isupper() and first not in TITLES:
        return None  # a name opens with a capital or a title (most tokens: at once)
    honorific = []
    while k + 1 < n and toks[k].text in TITLES and toks[k + 1].text == ".":
        honorific.append(toks[k].text + ".")
        k += 2
        # "Dr. phil.", "Dr. h. c."
        while k + 1 < n and toks[k].text in _TITLE_PARTS and toks[k + 1].text == ".":
            honorific[-1] += f" {toks[k].text}."
            k += 2
    names: list[Token] = []
    open_ = True  # the tokens so far can all be given names
    initial = False  # the family name abbreviated to its initial
    while k < n and len(names) < 4:
        t = toks[k].text
        nxt = toks[k + 1].text if k + 1 < n else ""
        if not open_:
            break  # the family name has been read
        if (
            names
            and is_given_name(names[-1].text)
            and len(t) == 1
            and t.isupper()
            and nxt == "."
            and toks[k + 1].start == toks[k].end
            and not (k + 2 < n and is_name_token(toks[k + 2].text))
        ):
            # "die Schülerin Emine K. (16)": press style abbreviates a private person's family
            # name to its initial (not a middle initial: "Anna K. Berger")
            names.append(toks[k])
            initial = True
            k += 1
            break
        after_given = bool(names) and names[-1].text not in PARTICLES
        if (
            len(names) >= 2
            and after_given
            and is_common_noun(t)
            and not is_name_token(t)
            and (is_function_noun(t) or not all(is_given_name(x.text) for x in names))
        ):
            # "Birte Hansen Amtschef": after a given name and a family name a common noun is
            # no third part of the name (a list's next line, a function after the name); after
            # two given names it is the family name ("Karl Heinz Jäger", "Anna Maria Krüger")
            break
        if (
            (is_family_name_after_given(t) if after_given else is_name_token(t))
            or (
                not names
                and may_be_given_name(t)
                and is_name_token(nxt)
                # a listed given name that is also a common noun, before a given name that is
                # none, is the person's noun ("Pastor Arne X"; not "Manne Kuhlmann")
                and not (is_common_noun(t) and is_given_name(nxt) and not is_common_noun(nxt))
            )
            # "Senator Lutz Hamburger hat": a demonym after a given name and before no
            # capitalised word it could qualify is the family name
            or (
                after_given
                and is_given_name(names[-1].text)
                and is_demonym(t)
                and not nxt[:1].isupper()
            )
        ):
            names.append(toks[k])
            open_ = (
                is_given_name(t)
                or (len(names) == 1 and not is_name_token(t))
                or (len(names) == 1 and _unlisted_before_double_name(t, nxt))
            )
            k += 1
            continue
        if names and t in PARTICLES:
            j = k
            while j < n and toks[j].text in PARTICLES and j - k < 3:
                j += 1
            # after a nobiliary particle a capitalised word is the family name even where
            # the lexicon has it as a noun or place ("von der Heydt", "van den Berg")
            if j < n and (
                is_name_token(toks[j].text)
                or (
                    len(names) == 1
                    and is_given_name(names[0].text)
                    and toks[k].text in _NOBILIARY
                    and is_family_name_after_given(toks[j].text)
                )
            ):
                names.extend(toks[k:j])
                k = j
                continue
        break
    if not names:
        return None
    if len(names) > 4:
        return None
    family_idx = len(names) - 1
    # particles belong to the family name: "Wiebke de Vries", "Hendrik van der Meulen"
    while family_idx > 0 and names[family_idx - 1].text in PARTICLES:
        family_idx -= 1
    family = " ".join(t.text for t in names[family_idx:])
    given = " ".join(t.text for t in names[:family_idx]) or None
    end = names[-1].end
    if initial:
        family, end, k = family + ".", toks[k].end, k + 1
    return family, given, names[0].start, end, " ".join(honorific) or None, k


def parse_name_backwards(toks: list[Token], end_idx: int) -> PersonMention | None:
    """A full name (given + family) that ends at token ``end_idx`` (inclusive)."""
    k = end_idx
    names: list[Token] = []
    while k >= 0 and len(names) < 4:
        t = toks[k].text
        family_slot = k == end_idx and k > 0 and is_given_name(toks[k - 1].text)
        if (
            is_name_token(t)
            or (family_slot and is_family_name_after_given(t))
            # a demonym after a given name, before no word it could qualify ("Rainer
            # Voigtländer (CDU), Innenminister"), as parse_name reads it
            or (
                family_slot
                and is_demonym(t)
                and not (k + 1 < len(toks) and toks[k + 1].text[:1].isupper())
            )
            or (names and t in PARTICLES)
        ):
            names.insert(0, toks[k])
            k -= 1
        else:
            break
    while names and names[0].text in PARTICLES:
        names.pop(0)  # "von Ute Marschall": the preposition is no particle of her name
        k += 1
    if len(names) < 2:
        return None
    start_idx = k + 1
    while k >= 1 and toks[k].text == "." and toks[k - 1].text in TITLES:
        k -= 2
    # (a noun before a given name describes the person: "Gastgeberin Katrin X, Ministerin …")
    parsed = parse_person(toks, k + 1 if k + 1 < start_idx else start_idx)
    return parsed[0] if parsed else None


def parse_person(toks: list[Token], k: int) -> tuple[PersonMention, int] | None:
    """A personal name at token ``k``; a noun before a given name describes the person and is
    not their family name (``Kursleiterin Helga Brandt``, ``Kammer-Chef Otto Reim``)."""
    parsed = parse_name(toks, k)
    if (
        parsed is None
        and k + 1 < len(toks)
        and is_common_noun(toks[k].text)
        and is_given_name(toks[k + 1].text)
    ):
        return parse_name(toks, k + 1)  # "Pastor Arne X": the noun is no part of the name
    if (
        parsed
        and not parsed[0].given
        and not parsed[0].honorific
        and k + 1 < len(toks)
        and is_given_name(toks[k + 1].text)
    ):
        nxt = parse_name(toks, k + 1)
        if nxt and nxt[0].given:
            return nxt
    return parsed
