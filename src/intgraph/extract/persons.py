"""Office holders: a role word next to a person's name.

Patterns (all seen in ministry press releases and resolution records):

* role → name: ``Integrationsministerin Petra Köpping``, ``Staatssekretärin Dr. Ute Leidig``;
* role + complement → ", name": ``Minister für Soziales und Integration des Landes
  Baden-Württemberg, Manfred Lucha``;
* role chains: ``der Bevollmächtigte für Integration …, Staatssekretär Kai Klose``;
* name → ", role": ``Maria Weber, Beauftragte der Landesregierung …``;
* a Land before the role (``Thüringens``, ``Berliner``, ``sächsische``) or in its complement
  (``des Landes Nordrhein-Westfalen``, ``der Freien Hansestadt Bremen``), federal markers
  (``Bundes…``, ``der Bundesregierung``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from intgraph.extract.lands import FEDERAL, lands_in_phrase
from intgraph.extract.text import TextIndex, Token, tokenize
from intgraph.models import Evidence, OfficeMention, PersonMention
from intgraph.reference import laender, places

EXTRACTOR = "offices.v1"

_ROLE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"ministerpräsident(?:in|en)?$"), "Regierungschef"),
    (re.compile(r"^bundeskanzler(?:in|s)?$"), "Regierungschef"),
    (re.compile(r"(?:^|-)(?:regierende[rn]?|erste[rn]?)bürgermeister(?:in|s)?$"), "Regierungschef"),
    (re.compile(r"minister(?:in|s)?$"), "Minister"),
    (re.compile(r"senator(?:in|s)?$"), "Senator"),
    (re.compile(r"staatssekretär(?:in|s)?$"), "Staatssekretaer"),
    (re.compile(r"^staatsr(?:at|ätin)$"), "Staatssekretaer"),
    (
        re.compile(
            r"(?:integrations|ausländer|migrations|flüchtlings|landes|bundes|teilhabe)\w*beauftragte[rn]?$"
        ),
        "Beauftragte",
    ),
    (re.compile(r"^beauftragte[rn]?$"), "Beauftragte"),
    (re.compile(r"^bevollmächtigte[rn]?$"), "Beauftragte"),
]
_NOT_ROLE = re.compile(
    r"konferenz|ministerium|ministerien|ministerial|amt$|stelle$|büro$|runde$|gipfel$"
)
_BARE_BEAUFTRAGTE_OK = re.compile(
    r"^\s*(?:für|der Bundesregierung|der Landesregierung|des Landes|des Senats|des Freistaat)"
)

TITLES = {"Dr", "Prof", "Professor"}
PARTICLES = {
    "von",
    "van",
    "de",
    "der",
    "den",
    "zu",
    "vom",
    "di",
    "da",
    "del",
    "la",
    "le",
    "ter",
    "ten",
}
COMPLEMENT_WORDS = {
    "für",
    "und",
    "der",
    "des",
    "dem",
    "den",
    "die",
    "das",
    "im",
    "in",
    "aus",
    "von",
    "vom",
    "zur",
    "zum",
    "sowie",
    "beim",
    "bei",
    "a",
    "D",
    "am",
    "an",
}
ARTICLES = {
    "der",
    "des",
    "dem",
    "den",
    "die",
    "das",
    "einer",
    "eines",
    "ihrer",
    "seiner",
    "unserer",
}
_NOUN_SUFFIX = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|tion|sion|ität|ismus|ium|konferenz|gipfel|plan|gesetz|politik"
    r"|programm|kurs|kurse|beirat|bericht|amt|rat|verwaltung|kanzlei|stadt|jahr|zeit|arbeit|ziel"
    r"|ziele|frage|fragen|thema|themen|leben|menschen|kinder|familie|familien|gruppe|gruppen|stelle"
    r"|stellen|dienst|dienste|angebot|angebote|wesen|recht|rechte|zentrum|netzwerk|projekt|projekte"
    r"|welt|haus|kommune|kommunen|ierte|ierten|ischen|ische|ischer|isches|lichen|liche|licher"
    r"|innen|anten|enten|ende|enden|ender|ungs|land|länder|schutz|markt|sport|soziales|jugend"
    r"|gesundheit|integration|migration|gleichstellung|vielfalt|zusammenhalt|verbraucherschutz)$"
)
_CIVIL_SERVICE = re.compile(
    r"^(?:Ministerial|Regierungs|Abteilungs|Referats|Amts|Staatskanzlei|Presse)\w*"
)
STOP_CAP = set(
    """Dr Prof Die Der Das Den Dem Des Ein Eine Einer Eines Einem Einen Im In Am An Auf Aus Bei Beim Mit Für
    Nach Von Vom Zu Zur Zum Und Oder Aber Wie Als Wir Ich Sie Er Es Ihr Ihre Sein Seine Dies Diese
    Dieser Dieses Heute Morgen Gestern Foto Bild Presse Land Bund Herr Frau Staat Regierung Senat
    Januar Februar März April Mai Juni Juli August September Oktober November Dezember Montag
    Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Vorsitzende Vorsitzender Vorsitzenden
    Konferenz Thema Hier Dort Damit Dazu Daher Denn Doch So Auch Nur Noch Alle Viele Mehr Neue Seit
    Ab Bis Unter Über Vor Zwischen Gegen Ohne Um Durch Wenn Weil Dass Ob Was Wer Wo Warum Bereits
    Zudem Außerdem Darüber Deshalb Sowie Jeder Jede Jedes Gemeinsam Insgesamt Gleichzeitig Angesichts
    Integrationsministerin Landesregierung Bundesregierung Staatsregierung Senatsverwaltung Antrag
    Leitantrag Stellvertreterin Stellvertreter Best Practice Mitglied Mitglieder Kollegin Kollege
    Kolleginnen Kollegen Gast Gäste Abgeordnete Abgeordneter Präsident Präsidentin Geschäftsführerin
    Geschäftsführer Leiter Leiterin Sprecher Sprecherin Deutschland Europa Ministerium Staatsministerium
    Freistaat Hansestadt Landtag Bundestag Bundesrat MdL MdB Integrationsministerkonferenz IntMK
    Rahmen Seite Weg Teil Vertreter Vertreterin Vertreterinnen Zusammenarbeit Flüchtlinge Geflüchtete
    Motto Willkommen Herzlich Liebe Lieber Sehr Dank Danke""".split()
)


def _place_words() -> set[str]:
    words = set()
    for land in laender():
        words.update({land.name_de, *land.genitives, *land.aliases})
        if land.demonym:
            words.add(land.demonym)
    for p in places():
        words.update({p.name, *p.aliases})
    return words


_PLACE_WORDS: set[str] = set()


@lru_cache(maxsize=1 << 16)
def role_class(token: str) -> str | None:
    """The role class a single token names, or None.

    >>> role_class("Integrationsministerin"), role_class("Sozialsenatorin"), role_class("Ministerium")
    ('Minister', 'Senator', None)
    >>> role_class("Landesintegrationsbeauftragte"), role_class("Ministerpräsidentin")
    ('Beauftragte', 'Regierungschef')
    """
    t = token.lower().rstrip("-")
    if not t or _NOT_ROLE.search(t):
        return None
    for rx, cls in _ROLE_RULES:
        if rx.search(t):
            return cls
    return None


@lru_cache(maxsize=1 << 16)
def is_name_token(t: str) -> bool:
    if not _PLACE_WORDS:
        _PLACE_WORDS.update(_place_words())
    if len(t) < 2 or not t[0].isupper() or t in STOP_CAP or t in _PLACE_WORDS:
        return False
    if any(c.isdigit() for c in t) or "*" in t:
        return False
    body = t.replace("-", "").replace("'", "").replace("’", "")
    if not body.isalpha() or body.isupper():
        return False
    parts = t.split("-")
    if any(not p or not p[0].isupper() for p in parts):  # "Asyl-und", "EU-weit"
        return False
    if role_class(t) or _NOUN_SUFFIX.search(t.lower()) or _CIVIL_SERVICE.match(t):
        return False
    return not any(p in _PLACE_WORDS for p in parts)


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


def _skip_parenthetical(toks: list[Token], k: int) -> int:
    if k < len(toks) and toks[k].text == "(":
        j = k
        while j < len(toks) and toks[j].text != ")" and j - k < 8:
            j += 1
        if j < len(toks) and toks[j].text == ")":
            return j + 1
    return k


def find_offices(index: TextIndex) -> list[OfficeMention]:
    """Office mentions in every block that is not clutter."""
    text = index.text
    out: list[OfficeMention] = []
    for b_start, b_end in index.blocks:
        toks = tokenize(text, b_start, b_end)
        out.extend(_block_offices(index, toks))
    return out


def _role_phrase_left(toks: list[Token], i: int) -> int:
    """Extend the role phrase to the left over coordination (``Sozial- und``) and modifiers."""
    j = i
    if j >= 2 and toks[j - 1].text == "und" and toks[j - 2].text.endswith("-"):
        j -= 2
    if j >= 1 and re.match(r"^(?:[Pp]arlamentarische|Regierende|Erste)[rn]?$", toks[j - 1].text):
        j -= 1
    if j >= 1 and lands_in_phrase(toks[j - 1].text) and toks[j - 1].text[0].isupper():
        j -= 1  # Thüringens / Berliner / Sächsische
    elif j >= 1 and lands_in_phrase(toks[j - 1].text):
        j -= 1  # sächsische
    return j


def _scan_complement(toks: list[Token], i: int) -> int:
    """Index just after the role's complement (``für Soziales, Gesundheit und Integration``)."""
    n = len(toks)
    k = i + 1
    last_ok = i + 1
    while k < n:
        t = toks[k].text
        if t in COMPLEMENT_WORDS or (t[0].isupper() and not role_class(t) and t not in TITLES):
            k += 1
            last_ok = k
        elif (
            t == ","
            and k + 1 < n
            and toks[k + 1].text[0].isupper()
            and not _starts_name(toks, k + 1)
        ):
            k += 1
        elif t == "-" or t == "–":
            k += 1
        elif (
            t[0].islower()
            and k > 0
            and toks[k - 1].text in ARTICLES
            and t.endswith(("en", "er", "e", "es", "em"))
        ):
            k += 1  # adjective after an article: "der diesjährigen"
        else:
            break
    return last_ok


def _starts_name(toks: list[Token], k: int) -> bool:
    """A full name (or title + name) starts at k and is followed by a natural stop."""
    parsed = parse_name(toks, k)
    if not parsed:
        return False
    person, nxt = parsed
    full = person.given is not None or person.honorific is not None
    if not full:
        return False
    return (
        nxt >= len(toks)
        or toks[nxt].text in {",", ".", ":", "(", ";", "!", "?", "„", "»", '"', "“"}
        or toks[nxt].text[0].islower()
    )


def _block_offices(index: TextIndex, toks: list[Token]) -> list[OfficeMention]:
    text = index.text
    out: list[OfficeMention] = []
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        cls = role_class(tok.text)
        if cls is None and i and re.match(r"^(?:Regierende|Erste)[rn]?$", toks[i - 1].text):
            if re.match(r"^[Bb]ürgermeister(?:in)?$", tok.text):
                cls = "Regierungschef"  # a city-state's head of government, not a town mayor
        if cls is None or index.is_clutter(tok.start):
            i += 1
            continue
        low = tok.text.lower()
        prev = toks[i - 1].text if i else ""
        if re.search(
            r"stellvertret|vorgänger|nachfolger",
            " ".join(t.text.lower() for t in toks[max(0, i - 3) : i]),
        ):
            i += 1
            continue
        if cls == "Beauftragte" and re.match(r"^(?:beauftragte[rn]?|bevollmächtigte[rn]?)$", low):
            if not _BARE_BEAUFTRAGTE_OK.match(text[tok.end : tok.end + 40]):
                i += 1
                continue
        left = _role_phrase_left(toks, i)
        comp_end = _scan_complement(toks, i)
        chain: list[int] = [i]
        person: PersonMention | None = None
        k = i + 1
        parsed = parse_name(toks, k)
        if parsed and not (parsed[1] < n and toks[parsed[1]].text == "-"):
            person, _ = parsed
        else:
            # complement, then ", name" or ", role name" (a chain)
            k = comp_end
            while k < n and toks[k].text in {",", "Frau", "Herr"}:
                k += 1
            if k < n and role_class(toks[k].text):
                chain.append(k)
                parsed = parse_name(toks, k + 1)
                if parsed:
                    person, _ = parsed
            elif k > comp_end and _starts_name(toks, k):
                parsed = parse_name(toks, k)
                if parsed:
                    person, _ = parsed
            elif (
                k == comp_end
                and k > i + 1
                and _starts_name(toks, k)
                and toks[k - 1].text[0].isupper()
            ):
                parsed = parse_name(toks, k)  # "… Integrationsministerkonferenz Elke Breitenbach"
                if parsed and parsed[0].given:
                    person, _ = parsed
        if (person is None and prev in {",", "die", "der"}) or (
            person is None and re.match(r"^\d{4}$", prev)
        ):
            person = _name_before(toks, i)
        if person is None:
            i += 1
            continue
        person.in_caption = index.in_caption(person.start)
        phrase_start = toks[left].start
        phrase_end = toks[max(comp_end, i + 1) - 1].end
        for ci in chain:
            role_tok = toks[ci]
            role_start = toks[_role_phrase_left(toks, ci)].start
            c_end = _scan_complement(toks, ci)
            span_text = (
                text[role_start : toks[c_end - 1].end]
                if c_end > ci
                else text[role_start : role_tok.end]
            )
            if ci == i:
                span_text = text[phrase_start:phrase_end]
            land, federal = _land_of(span_text, role_tok.text)
            span_start = phrase_start if ci == i else role_start
            out.append(
                OfficeMention(
                    person=person,
                    role_text=re.sub(r"\s+", " ", text[role_start : role_tok.end]),
                    role_class=role_class(role_tok.text) or cls,
                    land=land,
                    ministry_key=None,
                    federal=federal,
                    phrase=(
                        min(span_start, person.start),
                        max(span_start + len(span_text), person.end),
                    ),
                    evidence=Evidence(
                        start=min(role_start, person.start),
                        end=max(role_tok.end, person.end),
                        sentence=index.sentence_text(role_tok.start),
                        extractor=EXTRACTOR,
                    ),
                )
            )
        # an apposition right after the name may carry the Land: "… Anja Stahmann Senatorin für … der Freien Hansestadt Bremen"
        j = _skip_parenthetical(toks, _index_after(toks, person.end))
        if j < n and toks[j].text == ",":
            j += 1
        if j < n and role_class(toks[j].text) == out[-1].role_class and out[-1].land is None:
            c_end = _scan_complement(toks, j)
            land, federal = _land_of(text[toks[j].start : toks[c_end - 1].end], toks[j].text)
            if land:
                out[-1].land, out[-1].federal = land, federal
        i = max(i + 1, chain[-1] + 1)
    return out


def _index_after(toks: list[Token], pos: int) -> int:
    for idx, t in enumerate(toks):
        if t.start >= pos:
            return idx
    return len(toks)


def _name_before(toks: list[Token], i: int) -> PersonMention | None:
    """``Maria Weber, Beauftragte …`` / ``Almuth Berger, von 1991 – 2006 Ausländerbeauftragte``."""
    k = i - 1
    while k >= 0 and (
        toks[k].text
        in {
            "die",
            "der",
            "von",
            "bis",
            "seit",
            "–",
            "-",
            "damalige",
            "ehemalige",
            "frühere",
            "derzeitige",
            "amtierende",
        }
        or toks[k].text.isdigit()
    ):
        k -= 1
    if k < 1 or toks[k].text != ",":
        return None
    k -= 1
    if toks[k].text == ")":  # "Dieter Lauinger (Grüne), Minister"
        while k >= 0 and toks[k].text != "(":
            k -= 1
        k -= 1
    if k < 0:
        return None
    return parse_name_backwards(toks, k)


def _land_of(phrase: str, role_token: str) -> tuple[str | None, bool]:
    """The Land a role phrase names, or DE for a federal office."""
    low = role_token.lower()
    if (
        low.startswith("bundes")
        or FEDERAL.search(phrase)
        or "der Bundesregierung" in phrase
        or re.search(r"für Migration, Flüchtlinge und Integration", phrase)
    ):
        return "DE", True
    lands = [m for m in lands_in_phrase(phrase) if m.form != "alias" or len(phrase) < 200]
    if lands:
        return lands[0].code, False
    return None, False
