"""Adjectives of German place names: ``Kiel`` → ``Kieler``, ``Bremen`` → ``Bremer``, ``Dresden``
→ ``Dresdner``, ``Friedrichshafen`` → ``Friedrichshafener``.

German forms the adjective of a town by ``-er``, indeclinable and capitalised (``die Kieler
Konferenz``, ``im Erfurter Rathaus``). A name in ``-en`` may drop it (``Bremer``, ``Göttinger``)
or keep it (``Essener``, ``Wiesbadener``), and one in ``-den``/``-chen`` may contract it to
``-ner`` (``Dresdner``, ``Münchner``); a few names take another suffix (``Hannoveraner``,
``Hallenser``). Every such form of a name is offered; a form nobody writes does no harm, since
only forms in a text are looked up.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["place_adjectives"]

# names whose adjective is not formed by the rules below
_IRREGULAR = {
    "Hannover": ("Hannoveraner", "Hannoversche", "Hannoverschen"),
    "Halle (Saale)": ("Hallenser", "Hallesche", "Halleschen"),
    "Halle": ("Hallenser", "Hallesche", "Halleschen"),
}


def _forms(name: str) -> set[str]:
    if " " in name or "(" in name:
        return set()  # "Frankfurt am Main": its short alias forms the adjective
    out = {name + "er"}
    if name.endswith("en"):
        out |= {name[:-2] + "er", name[:-2] + "ner"}  # Bremer, Göttinger; Dresdner, Münchner
    elif name.endswith("e"):
        out.add(name + "r")
    return out


def place_adjectives(names: Iterable[str]) -> dict[str, str]:
    """Each adjective of ``names`` → its name.

    >>> adj = place_adjectives(["Kiel", "Bremen", "Dresden", "Essen", "Hannover", "Überherrn"])
    >>> [adj[a] for a in ("Kieler", "Bremer", "Dresdner", "Essener", "Hannoveraner", "Überherrner")]
    ['Kiel', 'Bremen', 'Dresden', 'Essen', 'Hannover', 'Überherrn']
    """
    out: dict[str, str] = {}
    for name in names:
        for form in (*_forms(name), *_IRREGULAR.get(name, ())):
            out.setdefault(form, name)
    return out
