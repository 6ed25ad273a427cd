"""German lexicon shared by every extractor: function words, titles, role nouns, the test
whether a capitalised token can be part of a personal name, content words.

Role nouns name the office classes of the ontology (``Integrationsministerin`` → Minister,
``Sozialsenatorin`` → Senator, …); a capitalised token is a *name token* unless it is a
function word, a place, a role noun, or shaped like a common noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intgraph.language.wordlists import is_common_word, is_given_name_form, word_class
from intgraph.reference import laender, places

_ROLE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"minister(?:prä|prae)sident(?:in|en)?$"), "Regierungschef"),
    (re.compile(r"^(?:bundes)?kanzler(?:in|s)?$"), "Regierungschef"),
    (re.compile(r"^regierungsche(?:f|fin|fs)$"), "Regierungschef"),
    (
        re.compile(r"(?:^|-)(?:regierende[rn]?|erste[rn]?)b(?:ü|ue)rgermeister(?:in|s)?$"),
        "Regierungschef",
    ),
    (re.compile(r"minister(?:in|s)?$"), "Minister"),
    (re.compile(r"senator(?:in|s)?$"), "Senator"),
    (re.compile(r"staatssekret(?:ä|ae)r(?:in|s)?$"), "Staatssekretaer"),
    (re.compile(r"^staatsr(?:at|ätin|aetin)$"), "Staatssekretaer"),
    (
        re.compile(
            r"(?:integrations|ausl(?:ä|ae)nder|migrations|fl(?:ü|ue)chtlings|landes|bundes|teilhabe)\w*beauftragte[rn]?$"
        ),
        "Beauftragte",
    ),
    (re.compile(r"^beauftragte[rn]?$"), "Beauftragte"),
    (re.compile(r"^bevollm(?:ä|ae)chtigte[rn]?$"), "Beauftragte"),
]
# not an office of a Land or the federation: institutions, and commissioners of a town, a
# county or a district ("Kreisintegrationsbeauftragter", "Stadtmigrationsbeauftragte")
_NOT_ROLE = re.compile(
    r"konferenz|ministerium|ministerien|ministerial|amt$|stelle$|büro$|runde$|gipfel$"
    r"|^(?:land)?kreis|^stadt|^bezirks|^kommunal|^gemeinde"
)
# the abbreviations of attendance lists and records, written so (case matters: "STS" is none)
_ABBREVIATED_ROLES = {
    "StS": "Staatssekretaer",
    "StSin": "Staatssekretaer",
    "StS'in": "Staatssekretaer",
    # Staatsminister/in (Bayern, Sachsen, Hessen), Senator/in, Staatsrat/Staatsrätin (the
    # city-states' state secretaries: a Land of theirs only, see holders), Ministerpräsident/in
    "StMin": "Minister",
    "StMinin": "Minister",
    "StMin'in": "Minister",
    "Sen'in": "Senator",
    "Sen'": "Senator",
    "StR": "Staatssekretaer",
    "StRin": "Staatssekretaer",
    "StR'in": "Staatssekretaer",
    "MPin": "Regierungschef",
    "MP'in": "Regierungschef",
}
# abbreviations that are one only with their full stop and a name after it ("Min. X", "Sen.
# Y"): without it "Min" and "Sen" are other words or names ("10 Min", "Amartya Sen")
DOTTED_ROLES = {"Min": "Minister", "Sen": "Senator", "Staatssekr": "Staatssekretaer"}
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
# adverbs that place a state in time or mark it as still or again so, which may stand
# between a copula and its predicate or an apposition's office ("X war damals Ministerin",
# "Zuvor war sie Staatssekretärin", "X, früher Staatssekretär im …")
TIME_ADVERBS = frozenset(
    "früher zuvor einst ehemals vormals damals seinerzeit bisher bislang inzwischen"
    " mittlerweile heute jetzt nun derzeit noch weiterhin seither seitdem schon bereits"
    " zwischenzeitlich zeitweise vorübergehend kommissarisch".split()
)
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
# derivational endings of common nouns and adjectives that end no family name (endings such as
# -land, -haus, -recht, -ender do: Wendland, Brünninghaus, Engelbrecht, Bender)
_NOUN_SUFFIX = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|tion|sion|ität|ismus|ium|konferenz|gipfel|gesetz|politik"
    r"|programm|kurs|kurse|beirat|bericht|verwaltung|kanzlei|arbeit|ziele|fragen|thema|themen"
    r"|menschen|kinder|familie|familien|gruppe|gruppen|stelle|stellen|dienst|dienste|angebot"
    r"|angebote|zentrum|netzwerk|projekt|projekte|kommune|kommunen|ierte|ierten|ischen|ische"
    r"|ischer|isches|lichen|liche|licher|innen|anten|enten|ungs|länder|schutz|soziales"
    r"|gesundheit|integration|migration|gleichstellung|vielfalt|zusammenhalt)$"
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
    Motto Willkommen Herzlich Liebe Lieber Sehr Dank Danke
    Mein Meine Meinen Meinem Meiner Meines Unser Unsere Unseren Unserem Unserer Unseres Dein Deine
    Euer Eure""".split()
)


def _place_words() -> set[str]:
    words = set()
    for land in laender():
        words.update({land.name_de, *land.genitives, *land.aliases})
        # the genitive apostrophe typeset as well as typed ("Rheinland-Pfalz’ Ministerin")
        words.update(g.replace("'", "’") for g in land.genitives if "'" in g)
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
    >>> role_class("StS"), role_class("STS")
    ('Staatssekretaer', None)
    """
    if token in _ABBREVIATED_ROLES:
        return _ABBREVIATED_ROLES[token]
    t = token.lower().rstrip("-")
    if t.startswith("alt") and len(t) > 9 and t != "altenminister":
        t = t[3:]  # a former holder: "Altbundeskanzlerin", "Altministerpräsident"
    if not t or _NOT_ROLE.search(t):
        return None
    for rx, cls in _ROLE_RULES:
        if rx.search(t):
            return cls
    return None


@lru_cache(maxsize=1 << 16)
def is_common_noun(t: str) -> bool:
    """A capitalised common noun or adjective: one the lexicon knows, a compound of nouns
    (``Integrationsministerkonferenz``, ``Migrationsgeschichte``), or a hyphenated word with
    such a head (``Corona-Krise``). Family names that are also nouns (``Weber``) are not.

    >>> is_common_noun("Charta"), is_common_noun("Migrationsgeschichte"), is_common_noun("Weber")
    (True, True, False)
    >>> is_common_noun("Brünninghaus"), is_common_noun("Engelbrecht"), is_common_noun("Corona-Krise")
    (False, False, True)
    """
    if "-" in t:
        head = t.rsplit("-", 1)[1]
        # "Corona-Krise", not the double family name "Schulte-Brink"
        first = t.split("-", 1)[0]
        return (
            bool(head)
            and head[:1].isupper()
            and is_common_noun(head)
            and (word_class(first) != "unknown" or first.isupper() or len(first) <= 6)
            and not is_known_name(t)
        )
    return word_class(t) in ("noun", "adjective", "compound")


def is_function_noun(t: str) -> bool:
    """A noun of an office or a function (``Staatssekretärin``, ``Amtschef``,
    ``Pressesprecher``), which follows a name in a list but is no part of it.

    >>> is_function_noun("Amtschef"), is_function_noun("Pressesprecherin"), is_function_noun("Jäger")
    (True, True, False)
    """
    return bool(role_class(t) or _CIVIL_SERVICE.match(t) or _SPOKESPERSON.search(t))


# plural nouns of people as groups that a measure reaches (kin, age, life situation)
_PERSON_GROUPS = frozenset(
    """Familien Kinder Eltern Frauen Männer Mädchen Jungen Mütter Väter Senioren Seniorinnen
    Jugendliche Erwachsene Schüler Schülerinnen Studenten Azubis Migranten Migrantinnen
    Flüchtlinge Zuwanderer Zugewanderte Geflüchtete Alleinerziehende Arbeitslose Beschäftigte
    Fachkräfte Ehrenamtliche Angehörige Menschen Bürger Bürgerinnen Nachbarn Paten""".split()
)


@lru_cache(maxsize=1 << 12)
def is_person_group(t: str) -> bool:
    """A plural noun of people as a group (``Familien``, ``Alleinerziehende``,
    ``Lehrerinnen``): the people a measure reaches, not a name.

    >>> is_person_group("Familien"), is_person_group("Studierende"), is_person_group("Lernen")
    (True, True, False)
    """
    if t in _PERSON_GROUPS or t.endswith("innen"):
        return True
    # a nominalised participle or adjective in the plural ("Studierende", "Geflüchtete")
    return t.endswith(("ende", "te", "liche", "ige")) and word_class(t) in ("adjective", "unknown")


@lru_cache(maxsize=1 << 16)
def is_given_name(t: str) -> bool:
    """A given name (``Merle``, ``Marie-Luise``, ``Serap``), not a common noun that the list
    of given names also holds (``Ende``, ``Titel``).

    >>> is_given_name("Merle"), is_given_name("Ende"), is_given_name("Kallweit")
    (True, False, False)
    """
    return t[:1].isupper() and t not in STOP_CAP and is_given_name_form(t) and not is_common_word(t)


def is_family_name_form(t: str) -> bool:
    """A family name the lexicon knows as a proper name (``Weber``, ``Hoffmann``)."""
    return word_class(t) == "name"


def may_be_given_name(t: str) -> bool:
    """Listed as a given name, though also a common noun (``Manne``, ``Rose``): a given name
    only where a name follows."""
    return t[:1].isupper() and t not in STOP_CAP and is_given_name_form(t)


def is_known_name(t: str) -> bool:
    """A listed given or family name."""
    return is_given_name(t) or is_family_name_form(t)


@lru_cache(maxsize=1 << 16)
def is_name_token(t: str) -> bool:
    """A token that can be part of a personal name: capitalised, alphabetic, not a function word,
    place, role noun or common noun (listed given and family names always can).

    >>> [is_name_token(t) for t in ("Kallweit", "Engelbrecht", "Charta", "Integrationskurse", "Die")]
    [True, True, False, False, False]
    """
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
    if role_class(t) or _CIVIL_SERVICE.match(t) or _SPOKESPERSON.search(t):
        return False
    if any(p in _PLACE_WORDS for p in parts):
        return False
    if all(is_known_name(p) for p in parts):
        return True
    return not (is_common_noun(t) or _NOUN_SUFFIX.search(t.lower()))


@lru_cache(maxsize=1 << 16)
def is_family_name_after_given(t: str) -> bool:
    """A token after a given name is its family name even where it is also a common noun
    (``Maria Muster``, ``Lars Fischer``), unless it is a function word, place, role or a noun
    formed with a derivational ending.

    >>> is_family_name_after_given("Muster"), is_family_name_after_given("Integration")
    (True, False)
    >>> is_family_name_after_given("Schimmelpfennig"), is_family_name_after_given("Landesregierung")
    (True, False)
    """
    if is_name_token(t):
        return True
    if t in _LOWER_MID_SENTENCE:
        return True  # "Stephan Weil": a conjunction is lower-case inside a sentence
    if "-" in t.strip("-"):
        # a double family name: each part one ("Anna-Lena Schulze-Wehrmann"); a place may be
        # one part where another is a family name ("Franziska Görlitz-Brand"), not every part
        parts = t.split("-")
        return (
            all(p for p in parts)
            and all(is_family_name_after_given(p) or p in _PLACE_WORDS for p in parts)
            and not all(p in _PLACE_WORDS for p in parts)
        )
    if len(t) < 2 or not t[0].isupper() or t in STOP_CAP or t in _PLACE_WORDS:
        return False
    body = t.replace("-", "")
    if not body.isalpha() or body.isupper() or role_class(t) or _SPOKESPERSON.search(t):
        return False
    if _NOUN_SUFFIX.search(t.lower()):
        # "Kristin Alheit": a derivational ending on a word the lexicon does not know
        return word_class(t) == "unknown" and len(t) <= 10
    # long family names are compounds too ("Schimmelpfennig", "Rosenkranz-Ebeling" by part)
    return len(t) <= 18


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(land.demonym for land in laender() if land.demonym)


def is_demonym(t: str) -> bool:
    """A Land's demonym that is also an invariable adjective (``Bremer``, ``Hamburger``,
    ``Thüringer``), or a region's (``Vogtländer``, ``Sauerländer``): after a given name, and
    before no noun it could qualify, it is a family name (``Senator Lutz Hamburger hat …``),
    before a noun it stays the adjective (``Senatorin Ina Roth, Hamburger Senat``).

    >>> is_demonym("Bremer"), is_demonym("Vogtländer"), is_demonym("Bremen"), is_demonym("Weber")
    (True, True, False, False)
    """
    return t in _demonyms() or (len(t) > 7 and t.endswith("länder") and t[:1].isupper())


# function words of STOP_CAP that are written lower-case inside a sentence, so that
# capitalised after a given name they are a family name (Weil, Wenn, Doch, Noch …)
_LOWER_MID_SENTENCE = frozenset(
    "Weil Wenn Doch Noch Auch Nur Mehr Bereits Zudem Dort Hier Denn Damit Dazu Daher".split()
)


# a spokesperson's or party politician's descriptor: Ministeriumssprecher, SPD-Politikerin
_SPOKESPERSON = re.compile(r"(?:[Ss]precher(?:in|innen)?|[Pp]olitiker(?:in|innen)?)$")


# the name of a newspaper, magazine or broadcast: capitalised words ending in a medium's noun
# ("sagte sie der „Neuen Rundschau“": a quotation that is a medium's name quotes no one)
MEDIUM_NAME = re.compile(
    r"(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}(?=[A-ZÄÖÜ])(?:[\w-]*?(?i:Zeitung|Allgemeine|Allgemeinen|Rundschau|Post|Anzeiger|"
    r"Kurier|Morgenpost|Abendblatt|Nachrichten|Tagblatt|Tageblatt|Volksstimme|Spiegel|Zeit|"
    r"Welt|Magazin|Journal|Bote|Presse|Blatt|Stern|Focus|Echo|Express|Merkur|Tagesschau|"
    r"Tagesthemen|Zeitschrift|Sonntag|Woche|Report|Monitor))"
)


# verbs of saying, as they introduce or follow a quotation (``sagte``, ``so``, ``betonte``)
SPEECH_VERBS = (
    r"so|sagte|sagt|sagten|sagen|erklärte|erklärt|erklärten|betonte|betont|betonten|unterstrich|"
    r"unterstreicht|hob|hebt|ergänzte|ergänzt|fügte|erläuterte|erläutert|meinte|meint|forderte|"
    r"fordert|kritisierte|kritisiert|mahnte|mahnt|stellte|bekräftigte|warnte|warnt|resümierte|"
    r"bilanzierte|zeigte|appellierte|appelliert|versicherte|verspricht|bekräftigt|führte|sprach|"
    r"kommentierte|begrüßte|begrüßt|bedauerte|lobte|würdigte|würdigt|reagierte|reagiert|fasst|fasste|fassten|resümiert|bilanziert|sprach|sprachen"
)
# verbs that open an attribution right after the quotation, though inside a sentence they also
# announce or report things that are not words ("„…“, teilte X mit", "„…“, räumte X ein",
# "„…“, kündigte X an", "„…“, schrieb X")
ATTRIBUTION_VERBS = (
    r"teilte|teilt|teilten|schrieb|schreibt|äußerte|äußert|erinnerte|erinnert|verwies|verweist|"
    r"kündigte|kündigt|versprach|beklagte|beklagt|entgegnete|entgegnet|konterte|kontert|"
    r"antwortete|antwortet|berichtete|berichtet|schilderte|räumte|räumt|bekannte|wies|freute|"
    r"freut|ergänzten|erklärten|forderten|mahnten|warnten|hoben|zitierte|zitiert|"
    r"bekräftigten|unterstrichen|begründete|begründet|"
    # manner verbs that stand for saying only in the inversion after the words ("„…“, lachte
    # X", "„…“, fragte die Ministerin"); inside a sentence they report no words
    r"lachte|lacht|seufzte|seufzt|schmunzelte|schmunzelt|scherzte|scherzt|fragte|fragt"
)
SPEECH_PARTICIPLES = (
    r"gesagt|gesprochen|erklärt|betont|gewarnt|gefordert|kritisiert|bezeichnet|genannt|"
    r"unterstrichen|hervorgehoben|bekräftigt|gemahnt|appelliert|kommentiert|vorgeworfen"
    r"|verteidigt|bemängelt|versprochen|zugesagt"
)


def is_descriptor(noun: str) -> bool:
    """A noun that, after a definite article, refers back to a named person: a role noun
    (``die Ministerin``), ``der Vorsitzende``, ``die SPD-Politikerin``.

    >>> is_descriptor("Senatorin"), is_descriptor("Grünen-Politikerin"), is_descriptor("Kommission")
    (True, True, False)
    """
    return bool(
        role_class(noun)
        or noun.startswith("Vorsitzend")
        or re.search(r"(?:^|-)[Pp]olitiker(?:in)?$", noun)
    )


def is_female_noun(noun: str) -> bool | None:
    """The grammatical gender a person noun shows: ``Ministerin`` True, ``Minister`` False."""
    if noun.startswith("Vorsitzend"):
        return None
    return noun.endswith("in") and not noun.endswith(("ein", "Rabbin"))


def content_words(s: str) -> set[str]:
    """Lower-cased words of four letters or more, without function words and generic nouns.

    >>> sorted(content_words("Antrag zur Stärkung der Integrationskurse"))
    ['integrationskurse', 'stärkung']
    """
    return {w.lower() for w in _LONG_WORD.findall(s)} - _NON_CONTENT


_LONG_WORD = re.compile(r"\w{4,}")


_NON_CONTENT = set(
    "aber alle allen aller also auch aus beim dass dem den der des die durch eine einem einen einer eines "
    "für gegen nach nicht noch oder sich sowie über und von vor wie wird werden zum zur antrag leitantrag "
    "beschluss bund länder land".split()
)


# a body of a Land's or the federation's government, which appoints office holders: "das
# Land", "der Senat", "das Kabinett", "die Staatsregierung", "das Sozialministerium", "der
# Landtag" (it elects commissioners); not a town, district, church or association
GOVERNMENT_BODY = re.compile(
    r"^(?:Land|Bund|Senat|Kabinett|Landtag|Bundestag|[\w-]*[Rr]egierung|[\w-]*[Mm]inisterium"
    r"|Staatskanzlei|Senatsverwaltung|Senatskanzlei|Landesregierung|Ministerrat)(?:e?s)?$"
)


def is_government_body(t: str) -> bool:
    """``t`` names a body of a Land's or the federation's government (:data:`GOVERNMENT_BODY`).

    >>> is_government_body("Kabinett"), is_government_body("Sozialministerium")
    (True, True)
    >>> is_government_body("Landkreis"), is_government_body("Caritasverband")
    (False, False)
    """
    return bool(GOVERNMENT_BODY.match(t))


# the remits of the commissioners GOLD counts (integration, migration, foreigners, refugees,
# resettlers): "für Migration, Flüchtlinge und Integration", "für Flüchtlings- und Asylfragen",
# "für Integration und Antidiskriminierung", Berlin's "für Partizipation" (its law on the
# participation of the migration society)
_INTEGRATION_REMIT = re.compile(
    r"(?i)integration|migration|migrant|zuwander|einwander|ausländer|flüchtling|geflüchtet"
    r"|asyl|aussiedler|partizipation|interkultur"
)
# a bare commissioner noun's remit: "für …" after it, maybe after the appointing body ("der
# Landesregierung für …", "des Landes Brandenburg für …"), up to the end of its phrase
_REMIT_AFTER = re.compile(
    r"[ \t]*(?:(?:der|des)[ \t\n]+(?:[A-ZÄÖÜ][\w-]*[ \t\n]+){1,2})?für[ \t\n]+"
    r"(?P<remit>[^,.;:!?()\[\]„“\"»«\n]{1,80})"
)


def other_remit(after: str) -> bool:
    """The words after a bare ``Beauftragte``/``Bevollmächtigte`` give it a remit of its own
    outside integration and migration (``für die Belange der Sorben``, ``der Bundesregierung für
    Kultur und Medien``): the office is no commissioner of the class Beauftragte. False where
    no remit follows (``der Landesregierung``) or it is one of integration or migration.

    >>> other_remit(" für die Belange der Sorben/Wenden im Kabinett"), other_remit(" der Bundesregierung für Kultur und Medien")
    (True, True)
    >>> other_remit(" der Bundesregierung für Migration, Flüchtlinge und Integration"), other_remit(" für Flüchtlings- und Asylfragen")
    (False, False)
    >>> other_remit(" der Landesregierung, Anna Roth"), other_remit(" für Integration des Landes")
    (False, False)
    """
    m = _REMIT_AFTER.match(after)
    return m is not None and not _INTEGRATION_REMIT.search(m.group("remit"))
