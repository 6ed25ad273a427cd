"""Programmes, course types and funding instruments.

* the reference gazetteer (``ontology/reference/programmes.csv``: canonical names of course
  types and federal or Land programmes), also where a line break split a word with a hyphen
  ("Berufs-sprachkurse") or a truncated coordination implies it ("Eltern- und
  Frauenintegrationskurse");
* a programme noun with a quoted name (``Bundesprogramm „Demokratie leben!“``,
  ``Initiative „Gut ankommen“``) or with a brand-like name (``das Programm Deutsch2Go``);
* a brand-like word (inner capital or digit: ``LernWerk``, ``Deutsch2Go``) in a sentence about
  a programme, course, project or funding; words for the programme's offices are dropped
  (``LernWerk-Servicestellen`` → ``LernWerk``);
* compounds whose head names a funded service or instrument (``-lotsen``, ``-pauschale``) and
  staff named in a funding frame, as the service (``gefördert werden Quartierskoordinatorinnen``
  → ``Quartierskoordination``; ``… Bildungskoordinatoren für Neuzugewanderte`` keeps the group);
* a plan or programme compound with a name in apposition (``Bundesaufnahmeprogramm
  Afghanistan``, ``Aktionsprogramm Integration ein, …``), a quoted compound with a name
  (``„Startpaket Neustadt“``), a capitalised Land adjective before a programme compound
  (``des Sächsischen … Integrationskonzepts`` → ``Sächsisches … Integrationskonzept``), a
  prefixed course type (``Job-Berufssprachkurse``), the instrument of a funding passive (``Mit
  „X“ werden … unterstützt``); a quoted title's slogan after a colon is cut, and an
  abbreviation in brackets after a programme's name is that programme's, not another;
* quoted names by their frame: a named module (``das Modul „X“``), a regional tag closing the
  name (``„Jobstart Nord“``, ``„Fonds … Saar“``), a thing's new name (``unter neuem Namen:
  „X“``), a quoted compound on an instrument head (``die „IQ-Anerkennungsberatung“``), a
  heading the next sentence calls a programme (``„X“\nDas Programm …``), a labelled list
  (``Weitere Programme: A | B``); names before a word for their projects or courses
  (``Spiel-mit-Projekte``, ``FiA-Kurse``), gender forms inside a name, neighbourhood
  mothers and fathers (``Stadtteilmütter``), managers and sponsors in a funding frame
  (``-management``, ``-patenschaft``).

* instruments by morphology: closed compounds on ``-fonds``, ``-budget``, ``-coaching``,
  ``-pool`` whose modifier names the field (``Quartiersfonds``, ``Sprachmittlerpool Süd``), a
  pact or plan with an abstract noun of the field (``Zukunftspakt Teilhabe``), brand forms
  after a programme noun (``GEMEINsam``, ``WEGE.NRW``, ``L.O.T.S.E. – …``, ``Sachsen
  integriert``); names by frame: ``Unter dem Titel „X“``, a relative clause (``…, das „X“
  heißen soll``), examples (``Projekte …, z. B. „X“``), list items (``1. „X“ – Kurse für …``),
  a second prepositional phrase coordinated with the first (``über das Programm „A“ sowie vom
  Bund über „B“``).

* names by the grammar of unseen text: a capitalised adjective after a programme noun (``die
  Richtlinie Soziale Teilhabe``), a hyphenated compound with a name on a programme head
  (``das Lernhafen-Stipendium``), a term marked "sogenannt" whose head names a service, the
  programme a call for applications is for (``Bewerbungsfrist für „X“``), a service that
  funding pays for (``Stellen im Teilhabemanagement``), staff counted in a sentence about a
  programme, a heading on programmes over a line of names separated by bars; a name a frame
  reads that a listed programme has is that programme.

Not programmes: generic fields (``Sprachförderung``, ``Beratung``), institutions, descriptive
phrases without a proper name (``das Teilhabekonzept des Landes``), campaigns (``die Kampagne
„X“`` advertises), regulations (``VwV Integration``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from functools import cache

from intgraph.language.coordination import repair_with_offsets, truncated_compounds
from intgraph.language.lands import LAND_SHORT_FORM, lands_in_phrase, proper_adjectives
from intgraph.language.lexicon import (
    MEDIUM_NAME,
    is_common_noun,
    is_given_name,
    is_known_name,
    is_name_token,
    is_person_group,
)
from intgraph.language.scan import Guarded, anchored_finditer, guard, guard_module, literal_starts
from intgraph.language.speech import SPEECH_PREDICATE
from intgraph.language.text import TextIndex, lower_parts
from intgraph.models import Evidence, ProgrammeMention
from intgraph.reference import ProgrammeDef, programmes

EXTRACTOR = "programmes.v4"
# a programme noun: a compound on one of these heads ("Ausbildungsprogramm", "Beratungspaket",
# "Online-Kurs", "Qualifizierungsinitiative", "Integrationskonzept", "Willkommensberatung")
_PROGRAMME_NOUN = (
    r"(?:[A-ZÄÖÜ][\w]*-){0,2}(?:[A-ZÄÖÜ][\w]*)?(?:[Pp]rogramm|[Ii]nitiative|[Pp]rojekt|[Pp]aket|[Kk]onzept|[Pp]lan|[Kk]urs"
    r"|[Bb]eratung|[Ff]onds|[Aa]ngebot|App|[Nn]etzwerk|[Ff]örderrichtlinie|[Pp]akt"
    # a programme's named part: "das Modul „X“", "der Förderbaustein „X“"
    r"|[Mm]odul|[Bb]austein|[Rr]ichtlinie"
    # a funding line, a grant, a pooled service, a coaching or a budget: "die Förderlinie „X“",
    # "das Landesstipendium „X“", "der Dolmetscherpool „X“"
    r"|[Ff]örderlinie|[Ff]örderaufruf|[Pp]rojektaufruf|[Ff]örderrunde|[Ss]tipendium|[Pp]ool|[Cc]oaching|[Bb]udget|[Ss]trategie)"
    r"(?:s|es|e|en)?"
)
# a programme's call or round: one year's edition of it
_EDITION_NOUN = re.compile(
    r"(?:[A-ZÄÖÜ][\w]*-?)?(?:[Ff]örderaufruf|[Pp]rojektaufruf|[Ff]örderrunde)"
)
# (names with a motto run long: "Bundesprogramm „Miteinander – Vor Ort. Vernetzt. Verbunden.“";
# also in single quotation marks, which German uses inside quotations: "unser Programm
# ‚Einbürgerung jetzt!‘")
_NAMED = re.compile(
    rf"(?<![\w-]){_PROGRAMME_NOUN}\s+(?:(?P<dq>[„»\"])|‚)(?P<name>[^“«\"\n]{{3,90}}?)(?(dq)[“«\"]|[‘’])"
)
# the codes of the Länder that close a programme's name after a dot ("WEGE.NRW", "KOMPASS.SH")
_LAND_CODE = LAND_SHORT_FORM
# a brand-like word: an inner capital or a digit after letters ("LernWerk", "Deutsch2Go",
# "KompAS"); all-capital acronyms are not brands
_BRAND_TAIL = r"[a-zäöüß]+(?:[A-ZÄÖÜ][A-Za-zäöüß]*|\d+[A-Za-zäöüß]*)(?:[-!][A-ZÄÖÜ][\w!]*)?"
_BRAND = r"[A-ZÄÖÜ]" + _BRAND_TAIL
_NAMED_BRAND = re.compile(
    rf"(?<![\w-])(?:(?:Bundes|Landes|Förder|Sonder|Modell)?[Pp]rogramm(?:s|es)?|(?:Modell|Förder)?[Pp]rojekt(?:s|es)?"
    rf"|(?:Landes|Bundes)?[Ii]nitiative|Förderrichtlinie)\s+(?P<name>(?:{_BRAND}"
    # capitals, then a Land's code after a dot ("WEGE.NRW", "KOMPASS.SH"); capitals opening
    # a word ("GEMEINsam"); a dotted acronym with its expansion after a dash ("L.O.T.S.E. –
    # Lernen ohne Tür, das …")
    # (capitals joined by hyphens, and the code after a space: "KLAR-WEG NRW")
    rf"|[A-ZÄÖÜ]{{2,}}(?:-[A-ZÄÖÜ]{{2,}})*(?:[. ]{_LAND_CODE})?(?![\w-])|[A-ZÄÖÜ]{{2,}}[a-zäöüß]{{3,}}(?![\w-])"
    r"|(?:[A-ZÄÖÜ]\.){2,}(?:\s+[–-]\s+[A-ZÄÖÜ][a-zäöüß]+(?:\s+(?:[A-ZÄÖÜ][a-zäöüß]+|für|und|in|im|mit|zur|zum)){0,5}(?=[,.;]|\s+(?:wird|ist|läuft|hat|soll)\b))?"
    r"|[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+"
    # (a verb of running on or ending: "das Landesprogramm Wegweiser Kitas geht in die …")
    r"|[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+(?=\s+(?:läuft|startet|wird|ist|hat|soll|verbindet|unterstützt|fördert"
    r"|geht|endet|beginnt|wurde|werden|wurden|in|im|für|mit|an|auf|und)\b|[.,])"
    # a name with a plus sign ("Programm Ankommen+", "Projekt Deutsch+Beruf")
    r"|[A-ZÄÖÜ][a-zäöüß]+\+(?:[A-ZÄÖÜ][a-zäöüß]+)?(?![\w+])"
    # "Landesprogramm Lernen & Wohnen", "Förderrichtlinie Nachbarn im Quartier fördert …"
    r"|[A-ZÄÖÜ][a-zäöüß]+\s+&\s+[A-ZÄÖÜ][a-zäöüß]+(?=[\s.,;])"
    # a person noun may carry a gender form ("Lernbegleiter*innen in Kitas")
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:[*:_]innen)?\s+(?:vor|für|im|am|in|durch|mit|ohne|nach|zur|zum)\s+[A-ZÄÖÜ][a-zäöüß]+"
    r"(?=\s+(?:läuft|startet|wird|werden|ist|hat|soll|unterstützt|fördert|fördern)\b|[.,;]"
    # a separable particle closing the clause, or a time adverbial ("… X durch Y auf.",
    # "verlängert das Programm X durch Y bis 2026")
    r"|\s+(?:auf|an|aus|ein|fort|vor|zu)(?=[.,;])|\s+(?:bis|ab|seit)\s+(?:\d|Ende|Mitte|Anfang))"
    # a Land and a verb in the third person, as a slogan ("das Landesprogramm Sachsen
    # integriert, aus dem …", "Programm Hessen packt an."), before the clause's end
    r"|(?:Baden-Württemberg|Bayern|Berlin|Brandenburg|Bremen|Hamburg|Hessen|Mecklenburg-Vorpommern"
    r"|Niedersachsen|NRW|Nordrhein-Westfalen|Rheinland-Pfalz|Saarland|Sachsen|Sachsen-Anhalt"
    r"|Schleswig-Holstein|Thüringen|Deutschland)\s+(?!(?:nicht|jetzt|erst|bereits|zuletzt|selbst"
    r"|meist|sonst|oft|seit|bist|hat|ist|wird|soll)\b)[a-zäöü]{3,}t(?:\s+(?:mit|an|auf|zu|ein|vor|los|zusammen))?(?=\s*[,.;:])"
    # one capitalised word in apposition, then a verb or the clause's end ("das Landesprogramm
    # Zukunftswerkstatt aufgelegt", "im Projekt Wegweiser.")
    # (a modal verb too: "mit dem Landesprogramm Chancenweg will das Land …")
    r"|(?<=[a-z]\s)[A-ZÄÖÜ][a-zäöüß]{4,}(?=\s+(?:aufgelegt|gestartet|gefördert|finanziert|eingeführt|ausgebaut|verlängert|läuft|startet|wird|ist|hat|soll|will|kann|muss|sollen|wollen|können)\b|[.,;]"
    # or the end of a table's cell ("Zuschüsse Landesprogramm Lernstarter    3.200,0")
    r"|[ \t]{3,}\d)"
    # one capitalised word and a Land's short form after it ("das Landesprogramm Lernweg NRW",
    # "im Projekt Hafenbrücke SH")
    rf"|(?<=[a-z]\s)[A-ZÄÖÜ][a-zäöüß]{{4,}}\s+{_LAND_CODE}"
    # two nominalised verbs or nouns joined by "und" before the clause's or line's end
    # ("Home / Integration / Förderrichtlinie Wohnen und Lernen"; the matched text is
    # flat, a paragraph break two spaces)
    # (or before the name's abbreviation in brackets: "Förderprogramm Integration und Teilhabe
    # (FIT)")
    r"|(?P<pair>[A-ZÄÖÜ][a-zäöüß]{3,})\s+und\s+(?P<pair2>[A-ZÄÖÜ][a-zäöüß]{3,})"
    r"(?=[ \t]*[.,;]|\s{2,}|\s*$|\s+\([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,9}\))"
    rf")(?:\s+[–-]\s+{_BRAND})?)(?![\w])"
)
# a programme noun in a prepositional phrase that opens a main clause, and a name of two to four
# words after it: the clause's finite verb comes next (verb second), whatever verb it is, and
# closes the name ("Mit dem Landesprogramm Starthilfe Beruf erhalten Geflüchtete …", "Über das
# Projekt Brücke für Eltern finden Familien …", "Im Programm Arbeit und Heimat lernen …")
_FRONTED_NAMED = re.compile(
    r"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\s\s))(?:Mit|Über|Durch|Im|In|Aus|Vom|Von|Beim|Dank|Seit|Für)\s+"
    r"(?:(?:dem|das|den|der|die|einem|einen|eine|unserem|unser|unsere|seinem|seine|ihrem|ihre)\s+)?"
    r"(?:(?:neuen|neue|erfolgreichen|erfolgreiche|bewährten|bewährte)\s+)?"
    r"(?:(?:Bundes|Landes|Förder|Sonder|Modell)?[Pp]rogramm(?:s|es)?|(?:Modell|Förder|Landes)?[Pp]rojekt(?:s|es)?"
    r"|(?:Landes|Bundes)?[Ii]nitiative|Förderrichtlinie)\s+"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:\s+(?:(?:für|im|in|ins|am|mit|vor|nach|ohne|zum|zur|und|&)\s+)?[A-ZÄÖÜ][a-zäöüß]+){1,3})"
    r"\s+(?!(?:und|oder|sowie|für|im|in|am|mit|vor|von|zu|zur|zum|der|die|das|den|dem|des|ein|eine"
    r"|an|auf|aus|bei|nach|über|unter|gegen|ohne|sowie)\s)[a-zäöü]{3,}\s"
)
_DOTTED_EXPANSION = re.compile(r"(?P<acronym>(?:[A-ZÄÖÜ]\.){2,})\s+[–-]\s+(?P<exp>\w)")
# a programme noun followed by a capitalised adjective and a noun: German capitalises an
# attributive adjective inside a sentence only in a name ("mit der Richtlinie Soziale
# Teilhabe", "das Landesprogramm Gute Nachbarschaft", "im Projekt Interkulturelle Öffnung");
# the adjective is known by its suffix (-isch, -iv, -lich, -ig, -al, -ell, -är, -bar, -sam,
# -haft, -los) or is one of the short ones a name takes (Neue, Gute, Faire, Starke, Offene)
_ADJECTIVE = (
    # (not the nouns those suffixes end too: "Perspektive", "Modelle", "Funktionäre")
    r"(?!(?:Perspektive|Initiative|Alternative|Offensive|Direktive|Lokomotive|Modelle|Portale"
    r"|Signale|Rituale|Lokale|Finale|Potenziale|Materiale|Tische|Fische|Funktionäre|Sekretäre"
    r"|Millionäre|Kommissare)\s)"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:isch|iv|lich|ig|al|ell|är|bar|sam|haft|los)"
    r"|Neu|Gut|Fair|Stark|Offen|Bunt|Jung)(?:e|er|es|en)"
)
# (not after "Netzwerk": a network named so is a body, "im Netzwerk Evangelische Jugend")
_ADJECTIVE_NAMED = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Pp]rogramm|[Pp]rojekt|[Ii]nitiative|[Rr]ichtlinie"
    r"|[Ff]örderlinie|[Ff]onds|[Kk]onzept|[Pp]akt)(?:s|es|e|en)?"
    rf"\s+(?P<name>{_ADJECTIVE}\s+[A-ZÄÖÜ][a-zäöüß]{{2,}}(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])"
)
# an acronym compound on a programme head with the acronym's expansion in brackets: "das
# BENN-Programm (Berlin entwickelt neue Nachbarschaften)" → "BENN – Berlin entwickelt …"
_ACRONYM_BRACKETED = re.compile(
    r"(?<![\w-])(?P<acronym>[A-ZÄÖÜ](?:[A-ZÄÖÜ]|[a-zäöü]+[A-ZÄÖÜ])[\wÄÖÜäöü]*)-"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+p|P)rogramm(?:s|es|e|en)?\s+\((?P<exp>[A-ZÄÖÜ][^()\n]{5,80})\)"
)


def _expands(acronym: str, expansion: str) -> bool:
    """``expansion`` spells ``acronym``: it has two words or more, opens with the acronym's
    first letter and holds its letters in order ("BENN" in "Berlin entwickelt neue
    Nachbarschaften", "MiMi" in "Mit Migranten für Migranten").

    >>> _expands("BENN", "Berlin entwickelt neue Nachbarschaften"), _expands("WIR", "Förderung von Treffs")
    (True, False)
    """
    letters = [c for c in acronym.lower() if c.isalpha()]
    exp = expansion.lower()
    if len(expansion.split()) < 2 or not letters or exp[:1] != letters[0]:
        return False
    k = 0
    for c in letters:
        k = exp.find(c, k)
        if k < 0:
            return False
        k += 1
    return True


# an acronym's expansion after a dash that names a body ("„ThAFF – Thüringer Agentur für
# Fachkräftegewinnung“", "„KOMM – Kompetenzzentrum …“"): the name is that body's
_BODY_EXPANSION = re.compile(
    r"^[A-ZÄÖÜ][\wÄÖÜäöü.-]*\s+[–—-]\s+(?:[A-ZÄÖÜ][a-zäöüß]+(?:er|e|es|en)\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:Agentur|[Zz]entrum|[Zz]entrale|Verein|Verband|Stiftung|Institut"
    r"|Gesellschaft|Behörde|Amt|Kammer|[Ss]telle)(?![\w-])"
)
# a hyphenated compound whose first part is a name and whose head is a programme noun or an
# instrument's: the compound is the programme's name as written ("das Lernhafen-Stipendium",
# "die Brückenjahr-Patenschaften", "ein ESF-BMAS-Programm"); a common noun or a bound stem
# before the hyphen names a kind ("Kita-Programm", "Sprach-Initiative"), one acronym a body's
# or a party's programme ("EU-Programm", "SPD-Programm")
_NAME_COMPOUND = re.compile(
    r"(?<![\w-])(?P<name>(?P<mod>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]+(?:-[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]+)*)-"
    r"(?P<head>Stipendium|Stipendien|Patenschaft|Patenschaften|Fonds"
    # a programme head, also a compound on it and plural ("das Lernhafen-Elternprogramm",
    # "die Rucksack-Elternprogramme")
    r"|(?:[A-ZÄÖÜ][a-zäöüß]+p|P)rogramm(?P<plural>e|en)?|(?:[A-ZÄÖÜ][a-zäöüß]+i|I)nitiative(?P<plural2>n)?))(?![\w-])"
)
# a phrase coupled by hyphens into a compound's modifier (German "Durchkopplung"), with a word
# in lower case inside it (a verb, a preposition, a pronoun), on the head of a programme's
# kind: the phrase is the name, written with spaces ("den Mama-lernt-Deutsch-Kurs" -> "Mama
# lernt Deutsch", "die Deutsch-für-alle-Kurse", "das Lernen-vor-Ort-Projekt"); not an idiom of
# time or manner ("Rund-um-die-Uhr-Angebot", "Learning-by-doing-Kurs")
_COUPLED_PHRASE = re.compile(
    r"(?<![\w-])(?P<phrase>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:-[a-zäöüß]+)+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)-"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:Kurs|Kurse|Kursen|Projekt|Projekte|Projekten|Programm|Programme"
    r"|Angebot|Angebote|Angeboten|Gruppe|Gruppen|Treff|Treffs|Initiative|Modul|Module)(?![\w-])"
)
_NOT_A_COUPLED_NAME = re.compile(r"(?:^|-)(?:Rund|Uhr|to|by|it|the|of|and|on|for|de|la|le)(?:-|$)")
# a term the writer marks as one the programme's own ("sogenannte Teilhabedienste
# Arbeit", "die sogenannten Schullotsen"): a capitalised compound after "sogenannt-" or "so
# genannt-", with a field noun in apposition that belongs to the name; read where that
# sentence or the next speaks of funding or of a programme, and only where the compound's head
# names a service or an instrument (not "sogenannte Ankerzentren", "… Kettenduldungen")
_SO_CALLED = re.compile(
    r"(?<![\w-])(?:sogenannt|so\s+genannt)(?:e|en|er|es|em)\s+"
    r"(?P<name>(?P<head>[A-ZÄÖÜ][a-zäöüß]{5,})(?:\s+(?P<field>Migration|Integration|Teilhabe"
    r"|Zuwanderung|Flucht|Asyl|Sprache|Arbeit|Ausbildung|Beruf))?)(?![\w-])"
)
# the compound's head names a service or an instrument (not a person, status or institution)
_SERVICE_HEAD = re.compile(
    r"(?:dienst|dienste|lotsen|beratung|beratungen|pauschale|pauschalen|fonds|programm|programme"
    r"|kurs|kurse|koordination|begleitung|patenschaft|patenschaften|coaching|mentoring|geld"
    r"|gutschein|gutscheine|hilfe|hilfen|budget|pool|paket|netzwerk|netzwerke|team|teams)$"
)
# a call for applications naming the programme it is for: "Bewerbungsfrist für „X“
# verlängert", "Anträge für das Programm … „X“ können …", "die Antragsphase zum „X“ beginnt"
_APPLICATION_FOR = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Bb]ewerbungsfrist|[Aa]ntragsfrist|[Ee]inreichungsfrist"
    r"|[Bb]ewerbungsphase|[Aa]ntragsphase|[Aa]nträge|[Bb]ewerbungen|[Ff]örderanträge)\s+"
    r"(?:für|zum|zur|beim|im)\s+(?:(?:das|den|die|dem)\s+)?[„»\"](?P<name>[A-ZÄÖÜ0-9][^“«\"\n]{2,60})[“«\"]"
)
_AWARD_WORD = re.compile(r"[Pp]reis|[Ww]ettbewerb|[Aa]ward|[Aa]uszeichnung|[Jj]ury|[Pp]rämi")
_SINGULAR = (
    ("ungen", "ung"),
    ("dienste", "dienst"),
    ("kurse", "kurs"),
    ("programme", "programm"),
    ("projekte", "projekt"),
    ("pauschalen", "pauschale"),
    ("fonds", "fonds"),
)
# an abbreviation introduced after a name: "„Arbeit für alle“, kurz AfA", "(kurz: AfA)"
_SHORT_FORM = re.compile(
    r"(?:,\s*|\(\s*)(?:kurz|abgekürzt)\s*:?\s+(?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{1,9})(?![\w-])"
)
# a quoted name whose head is an instrument noun: "ein „Startpaket Neustadt“", with a name of
# its own after it or a place's adjective before it ("das „Kieler Integrationskonzept“": German
# capitalises such an adjective only in a name); a compound alone may be scare-quoted. The
# head may be in the genitive ("im Rahmen des „Partizipationsprogramms Vielfalt“"): the name
# is given in the nominative
_QUOTED_INSTRUMENT = re.compile(
    r"[„»\"](?P<name>(?P<adj>[A-ZÄÖÜ][a-zäöüß]+er\s+)?"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:paket|programm|plan|konzept|initiative|fonds|pakt)(?P<gen>e?s(?<!fonds))?"
    r"(?P<own>\s+[A-ZÄÖÜ][\w-]+)?)[“«\"]"
)
# "Mit „X“ werden junge Geflüchtete unterstützt": the instrument of a funding passive
_INSTRUMENT_PASSIVE = re.compile(
    r"(?<![\w-])[Mm]it\s+[„»\"](?P<name>[^“«\"\n]{3,60})[“«\"]\s+(?:werden|wird|wurden|wurde)\s+"
    r"[^.;!?]{0,80}?(?<![\w-])(?:unterstützt|gefördert|begleitet|qualifiziert|beraten|erreicht)(?![\w-])"
)
# the instrument of an active funding verb: "Das Land fördert mit „X“ Ehrenamt …", "unterstützt
# die Stadt mit „X“ …" (the subject after the verb), "Mit „X“ fördert das Land …" (the phrase
# first, the verb second); not a verb of advertising ("wirbt mit „X“": a campaign's slogan)
_FUNDING_VERB_FINITE = r"(?:fördert|fördern|förderte|unterstützt|unterstützen|unterstützte|finanziert|finanzieren|stärkt|stärken)"
_INSTRUMENT_ACTIVE = re.compile(
    rf"(?<![\w-]){_FUNDING_VERB_FINITE}\s+(?:(?:das|der|die)\s+[A-ZÄÖÜ][\w-]+\s+|[a-zäöü]+\s+)?"
    r"(?:auch\s+|nun\s+|jetzt\s+|künftig\s+|weiterhin\s+|seit\s+\d{4}\s+)?mit\s+"
    r"[„»\"](?P<name>[A-ZÄÖÜ0-9][^“«\"\n]{2,60})[“«\"]"
    rf"|(?<![\w-])Mit\s+[„»\"](?P<name2>[A-ZÄÖÜ0-9][^“«\"\n]{{2,60}})[“«\"]\s+{_FUNDING_VERB_FINITE}(?![\w-])"
)
# a quoted name the sentence calls a programme or project: "„X“ heißt ein Projekt …", "Mit „X“
# startet … ein Projekt", "ein Projekt namens „X“"
_CALLED = re.compile(
    rf"[„»\"](?P<name>[^“«\"\n]{{3,60}})[“«\"]\s+(?:heißt|nennt\s+sich)\s+(?:ein|eine|das|die)\s+(?:\w+e[snr]?\s+)?{_PROGRAMME_NOUN}(?![\w-])"
    rf"|(?<![\w-])Mit\s+[„»\"](?P<name2>[^“«\"\n]{{3,60}})[“«\"]\s+(?:startet|beginnt|läuft|kommt)\s+[^.;!?]{{0,60}}?(?<![\w-])(?:ein|eine|das|die)\s+(?:\w+e[snr]?\s+)?{_PROGRAMME_NOUN}(?![\w-])"
    rf"|(?<![\w-]){_PROGRAMME_NOUN}\s+(?:namens|mit\s+dem\s+Namen|unter\s+dem\s+Titel"
    # "Das Programm heißt „X“", "Das Projekt trägt den Namen „X“"
    r"|(?:heißt|hieß|nennt\s+sich|trägt\s+den\s+(?:[a-zäöü][a-zäöüß]*\s+){0,2}(?:Namen|Titel))(?:\s+(?:nun|jetzt|künftig|seit\s+\d{4}))?)"
    r"\s+[„»\"](?P<name3>[^“«\"\n]{3,60})[“«\"]"
)
# a quoted name given as what a thing is called, with no programme noun of its own: "unter
# neuem Namen: „X“", "unter dem Namen „X“" (read where the sentence or the one before speaks of
# a programme: ``_PROGRAMME_CUE``)
_UNDER_NAME = re.compile(
    r"(?<![\w-])[Uu]nter\s+(?:dem|einem|neuem|eigenem|(?:dem|einem)\s+(?:neuen|eigenen))\s+"
    r"(?:Namen|Titel|Label|Dach)\s*:?\s*[„»\"](?P<name>[^“«\"\n]{3,60})[“«\"]"
)
# a quoted proper name whose last word names the Land or region it serves: "„Jobperspektive
# Nord“", "„Fonds Gemeinsinn Saar“", "„Lesestark Sachsen“" (a brand's regional tag; read
# where the sentence or the one before speaks of a programme or of funding)
_REGION_WORD = (
    r"(?:Nord|Süd|Ost|West|Nordwest|Nordost|Südwest|Südost|Mitte|Saar|Ruhr|Rhein|Main|Elbe"
    r"|Küste|Lausitz|Harz|Eifel|Pfalz|Franken|Schwaben|Baden|Württemberg|Holstein|Vorpommern"
    r"|Mecklenburg|Westfalen|Anhalt|(?!Deutschland)[A-ZÄÖÜ][a-zäöü]*(?:land|sachsen|berg|burg|bayern)|Berlin"
    r"|Bremen|Hamburg|Hessen|Thüringen|NRW|RLP|MV|SH|BW|HH|HB|NDS|BY|SN|ST|TH)"
)
_REGION_NAMED = re.compile(
    r"[„»\"](?P<name>[A-ZÄÖÜ][\w-]+(?:\s+(?:[A-ZÄÖÜ][\w-]+|für|und|im|in|am|an|vor|mit|zum|zur|&)){0,4}"
    rf"\s+{_REGION_WORD})[“«\"]"
)
# a body, medium or event before the regional tag: a name, but no programme's
_NOT_A_PROGRAMME_HEAD = re.compile(
    r"(?:Radio|Zeitung|Verein|Verband|Bündnis|Rat|Beirat|Landtag|Stiftung|Institut|Zentrum"
    r"|Universität|Hochschule|Tag|Woche|Preis|Gipfel|Forum|Kongress|Messe|Festival|Partei|Liga"
    r"|Club|Klub|Team|Kreis|Stadt)$"
)
# a name opening with a word for a body, campaign or event ("„Aktion Nachbarschaft“",
# "„Stiftung Lesen“", "„Bündnis für …“") names that body, not a programme
_BODY_FIRST = re.compile(
    r"(?:Aktion|Stiftung|Verein|Verband|Bündnis|Netzwerk|Arbeitskreis|Arbeitsgemeinschaft|Forum"
    r"|Haus|Zentrum|Kampagne|Preis|Tag|Woche|Fest|Festival)(?![\w-])"
)
# a noun right before the quotation (the head the name is in apposition to, a compound's head
# included) that names a thing of another kind: a test, text or work ("der Test „Leben in
# Sachsen“", "die Ausstellung „Heimat Nord“"), an event ("beim Fachtag „…“", "die Aktionswoche
# „…“"), or a body ("der Landesverband „…“", "die Stiftung „…“"; a network or campaign is
# a programme noun of its own: ``_NAMED``)
_OTHER_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Tt]est|[Pp]rüfung|[Zz]ertifikat|[Ss]tudie|[Bb]ericht"
    r"|[Gg]esetz|[Bb]uch|[Ff]ilm|[Ss]erie|[Ss]endung|[Aa]usstellung|[Mm]otto|[Tt]itel|[Ss]logan"
    r"|[Pp]reis|[Ww]ettbewerb|[Tt]agung|[Kk]onferenz|[Ff]estival|[Ss]tück|[Ll]ied|[Vv]erein"
    r"|[Tt]ag|[Ww]oche|[Kk]ongress|[Gg]ipfel|[Ff]orum|[Mm]esse|[Ee]mpfang|[Ww]orkshop"
    r"|[Vv]erband|[Bb]ündnis|[Ss]tiftung|[Ii]nstitut|[Bb]eirat|[Pp]artei|[Ff]raktion)"
    r"(?:e?s|en|n)?\s*$"
)
_FUNDING_CUE = re.compile(r"[Ff]onds|[Uu]nterstütz|[Mm]ittel|[Gg]eld|[Zz]uschu|[Pp]auschale")
# an unquoted brand: a capitalised word and a brand suffix ("Lernzeit Plus", "Lernzeit
# Kompakt"), or an open compound on an English agent noun ("Respekt Coaches", "Job Scouts"),
# which German spells closed or hyphenated: read where the sentence or the one before speaks of
# a programme or of funding
_OPEN_BRAND = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][a-zäöüß]{3,}\s+(?:Plus|Pro|Kompakt|Digital|Aktiv|Extra|Spezial"
    r"|Coaches|Coach|Scouts|Scout|Guides|Guide|Buddies|Buddy|Mentors|Ambassadors))(?![\w-])"
)
# a quoted name on a line of its own (a page's heading) that the next sentence takes up as a
# programme: "„Gut ankommen“\nDas Programm des Landes begleitet …", "„X“\nDieses Projekt …"
_HEADING_NAME = re.compile(
    r"(?m)^[ \t]*[„»\"](?P<name>[A-ZÄÖÜ0-9][^“«\"\n.!?]{2,60})[“«\"][ \t]*\n[ \t]*(?:\n[ \t]*)?"
    rf"(?:Das|Die|Der|Dieses|Diese|Dieser|Unser|Unsere)\s+(?:\w+e[snr]?\s+)?{_PROGRAMME_NOUN}(?![\w-])"
)
# an item of a numbered or bulleted list that opens with a quoted name and describes it after a
# dash: "1. „Väter lesen vor“ – Sprachkurse für Mütter …", "- Teil 2: „Leben im Viertel“ –
# Begleitung Geflüchteter …", "• „Lesen jetzt!“ – kostenlose Kurse für …" (read where the item
# or the lines above it speak of programmes, offers or funding). The name may end in an
# exclamation mark, as slogans used as names do; the description is a noun phrase: it opens
# with a noun or with an inflected attributive adjective before one (group "adjective").
_LIST_ITEM_NAMED = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-•*·▪]|[-•*·▪]?[ \t]*(?:Teil|Baustein|Modul|Säule|Punkt)\s+\d{1,2}\s*:)[ \t]*"
    r"[„»\"](?P<name>[A-ZÄÖÜ0-9][^“«\"\n.!?]{2,60}!?)[“«\"][ \t]+[–—-][ \t]+"
    r"(?P<desc>(?:[A-ZÄÖÜ]|(?P<adjective>[a-zäöüß]{3,}(?:e|er|es|en|em))[ \t]+[A-ZÄÖÜ])[^\n]{2,200})$"
)
# examples after a plural programme noun: "Projekte zur Förderung der Teilhabe, z. B. „X“",
# "Angebote wie „A“ und „B“"
_EXAMPLES = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Pp]rogramm(?:e|en)|[Pp]rojekt(?:e|en)|[Ii]nitiativen|[Aa]ngebote[n]?|[Ff]örderlinien)"
    r"(?P<between>(?:\s+[\w-]+){0,6}?),?\s+(?:z\.\s?B\.|zum\s+Beispiel|etwa|beispielsweise|wie|darunter)\s+"
    r"(?:(?:das|die|der|den)\s+)?[„»\"](?P<name>[A-ZÄÖÜ0-9][^“«\"\n]{2,60})[“«\"]"
)
# a noun between the programme noun and the examples that the examples are of instead (they
# attach to the nearest noun): bodies, prizes, events ("Projekte von Trägern wie „X“",
# "Angebote mit Partnern wie der „Stiftung X“", "Projekte, ausgezeichnet mit Preisen wie „X“")
_OTHER_KIND_BETWEEN = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Tt]räger(?:n|innen)?|[Vv]ereine?n?|[Vv]erbände?n?|[Oo]rganisationen"
    r"|[Ss]tiftungen|[Pp]artnern?|[Pp]artnerinnen|[Uu]nternehmen|[Kk]ommunen|[Ss]tädte?n?|[Bb]ehörden"
    r"|[Pp]reise?n?|[Pp]reisträger(?:n|innen)?|[Aa]uszeichnungen|[Ww]ettbewerbe?n?"
    r"|[Vv]eranstaltungen|[Ff]este?n?|[Kk]ampagnen|[Ss]ponsoren|[Gg]eldgeber(?:n|innen)?)(?![\w-])"
)
# a list whose lead-in speaks of prizes or of an event's agenda: its items are winners or
# agenda points, not programmes ("Ausgezeichnet wurden: 1. „X“ – …", "Tagesordnung …",
# "10:30 Uhr „X“ – …")
_AWARD_OR_AGENDA = re.compile(
    r"[Pp]reis|[Aa]usgezeichnet|[Aa]uszeichnung|[Gg]ewinner|[Ss]ieger|[Nn]ominiert|[Jj]ury"
    r"|Tagesordnung|\bTOP\b|[Aa]genda|[Aa]blauf|\d{1,2}[.:]\d{2}\s*Uhr"
)
# a relative clause that gives the programme's name: "ein eigenes Programm, das „X“ heißen
# soll", "ein Projekt, das den Namen „X“ trägt", "…, das den sperrigen Titel „X“ trägt"
_CALLED_RELATIVE = re.compile(
    rf"(?<![\w-]){_PROGRAMME_NOUN}(?:\s+[\w-]+){{0,6}}?,\s+(?:das|die|der)\s+(?:künftig\s+|jetzt\s+|nun\s+)?"
    r"(?:(?P<title>den\s+(?:[a-zäöü][a-zäöüß]*\s+){0,2}(?:Namen|Titel))\s+)?[„»\"](?P<name>[^“«\"\n]{3,60})[“«\"]\s+"
    r"(?:heißt|heißen\s+(?:soll|wird|sollte)|hieß|trägt|tragen\s+(?:soll|wird)|erhält|erhalten\s+(?:soll|wird))(?![\w-])"
)
# a labelled list of programmes on one line: "Ähnliche Programme: A | B", "Weitere Projekte: A, B"
_LISTED = re.compile(
    r"(?m)(?:^|(?<=[\s(]))(?:Ähnliche|Weitere|Verwandte|Andere|Unsere)\s+"
    r"(?:Förderprogramme|Programme|Projekte|Initiativen)\s*:[ \t]*(?P<items>[^\n]{3,300})$"
)
# a heading line on programmes, then a line of names separated by bars (a page's tab bar or
# overview): "Förderprogramme im Überblick\nA | B | C", "Unsere Projekte\nA | B"
# a heading line on programmes ("Förderprogramme im Überblick", "Unsere Projekte:")
_PROGRAMMES_HEADING = (
    r"(?m)^[ \t]*(?:[A-ZÄÖÜ][\w-]*[ \t]+){0,2}(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Pp]rogramme|[Pp]rojekte"
    r"|[Ii]nitiativen|[Ff]örderlinien)(?:[ \t]+[\w-]+){0,3}[ \t]*:?[ \t]*\n"
)
_HEADED_LIST = re.compile(
    _PROGRAMMES_HEADING + r"[ \t]*"
    r"(?P<items>[^\n|]{3,80}(?:[ \t]+\|[ \t]+[^\n|]{3,80})+)[ \t]*$"
)
# a heading or lead-in on programmes, then a bulleted or numbered list of their names (a web
# page's overview: "Förderprogramme im Überblick\n• A\n• B – C", "Unsere Projekte:\n- A");
# each item is read by ``_bulleted_name``
_HEADED_BULLETS = re.compile(
    _PROGRAMMES_HEADING
    + r"(?P<items>(?:[ \t]*(?:[-•*·▪–]|\d{1,2}[.)])[ \t]+[^\n]{2,120}(?:\n|$))+)"
)
# a table captured as text (a parliamentary reply's, a report's): a head row whose first
# column is headed by a programme noun and whose other columns are set off by runs of spaces or
# tabs ("Programm        2022     2023"), then rows whose first cell is a name and whose other
# cells are figures ("Lernbrücke Süd     1.240    1.380"); each first cell is read by
# ``_bulleted_name``; a row of sums is none
_TABLE_HEAD = re.compile(
    r"(?m)^[ \t]*(?:Programm|Programme|Förderprogramm|Förderprogramme|Landesprogramm|Landesprogramme"
    r"|Projekt|Projekte|Programmname|Name\s+des\s+Programms)[ \t]*(?:\t|[ \t]{2,})\S[^\n]*\n"
)
_TABLE_ROW = re.compile(
    r"[ \t]*(?P<cell>[A-ZÄÖÜ][^\t\n]*?)(?:\t|[ \t]{2,})[ \t]*[\d–-][\d.,%–\- \t]*$"
)
_TABLE_SUM = re.compile(r"(?:Summe|Gesamt|Insgesamt|Zusammen|Sonstige|Sonstiges|Übrige)(?![\w-])")
_BULLET = re.compile(r"(?m)^[ \t]*(?:[-•*·▪–]|\d{1,2}[.)])[ \t]+(?P<item>[^\n]*?)[ \t]*$")
# a programme's short name and its expansion after a dash, the form of many programmes' names
# ("WIR – Wege in Regelstrukturen", "FiT – Frauen in Teilhabe", "KOMPASS – Kompetenzen
# anerkennen"); the expansion opens with a capital and holds no sentence's end
_SHORT_AND_EXPANSION = re.compile(
    r"(?P<name>[A-ZÄÖÜ0-9][\w.!+&*-]*(?:[ \t]+[A-ZÄÖÜ][\w.!+*-]*){0,2}[ \t]+[–—][ \t]+"
    r"[A-ZÄÖÜ][^\n()–—:;]{2,80}?)(?=[ \t]*(?:\(|$))"
)


def _bulleted_name(item: str) -> str | None:
    """The programme's name an item of a list on programmes gives, or None for a field of work
    ("Sprachförderung im Vorschulalter": common nouns and function words only). A description
    in brackets after the name is not part of it."""
    m = _SHORT_AND_EXPANSION.fullmatch(item) or _SHORT_AND_EXPANSION.match(item)
    if m is not None:
        return m.group("name").strip()
    name = re.sub(r"[ \t]*\([^()]*\)$", "", item).strip()
    first = name.split(" ", 1)[0]
    if _OFFICE_WORDS.search(first):
        # "Lernhaus-Servicestellen in A und B": the programme is the one the offices are of
        return _OFFICE_WORDS.sub("", first)
    if not name or len(name.split()) > 5 or not _LIST_ITEM.fullmatch(name):
        return None
    words = [w for w in re.split(r"[ \t]+", name) if w[:1].isupper()]
    if _is_land_name(name):
        return None
    # common nouns and abstract nouns of action or quality (-ung, -heit, …) name a field,
    # unless "plus" closes the name or an ampersand joins its words (German prose writes
    # "und"; "&" is a name's: "Arbeit & Wohnen")
    if (
        not name.endswith(" plus")
        and " & " not in name
        and all(is_common_noun(w) or re.fullmatch(_ABSTRACT, w) for w in words)
    ):
        return None
    if len(words) == 2 and is_given_name(words[0]):
        return None  # a person: "Anna Roth (Leitung)"
    return name


# a web page's breadcrumb trail whose last crumb follows one on programmes: the programme the
# page is about, where the page names it again below ("Startseite › Integration ›
# Förderprogramme › Lernbrücke Nord" over "Lernbrücke Nord\nDie Lernbrücke Nord …"); a crumb
# the page does not take up is a category ("… › Förderprogramme › Arbeit und Ausbildung")
_BREADCRUMB_PROGRAMME = re.compile(
    r"(?m)^[ \t]*(?:Sie\s+sind\s+hier:\s*)?(?:Startseite|Home|Start)[ \t]*[›>»/|][ \t]*"
    r"(?:[^\n›>»/|]{2,60}[›>»/|][ \t]*)*?"
    r"(?:[A-ZÄÖÜ][\w-]*)?(?:[Pp]rogramme|[Pp]rojekte|[Ii]nitiativen|[Ff]örderprogramme)[ \t]*[›>»/|][ \t]*"
    r"(?P<name>[A-ZÄÖÜ0-9][^\n›>»/|]{2,60}?)[ \t]*$"
)
_LIST_ITEM = re.compile(
    r"[A-ZÄÖÜ][\w*-]*(?:[ \t]+(?:[A-ZÄÖÜ][\w*-]*|für|und|im|in|am|mit|vor|&|\+))*"
    # "plus" closing a name ("Schulsozialarbeit plus", "Kita plus")
    r"(?:[ \t]+plus)?"
)
# a quoted compound whose head is an instrument noun, after an article: "die
# „ThAFF-Willkommensberatung“", "den „Landesintegrationsfonds“"; a name where a part names the
# field (``_FIELD``) or an acronym prefixes it (a compound of kind alone, "der „Masterplan“",
# may be scare-quoted)
_QUOTED_COMPOUND = re.compile(
    r"(?<![\w-])(?:der|die|das|den|dem|des|im|ins|zum|zur|vom|beim|ein|eine|einen|einem|einer"
    r"|neue|neuen|neuer|neues)\s+[„»\"]"
    r"(?P<name>(?P<prefix>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]*-)?[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:programm|beratung|fonds|pauschale|initiative|paket|plan|konzept|projekt|kurs|lotsen))"
    r"[“«\"]"
)
# = rf"(?<![\w-])(?P<name>{_BRAND})(?![\w])", with the look-behind after the capital it tests:
# the pattern then opens with a character class and the engine skips to the next capital
# instead of trying every position (issue 16; same matches)
_BRAND_WORD = re.compile(rf"(?P<name>[A-ZÄÖÜ](?<![\w-][A-ZÄÖÜ]){_BRAND_TAIL})(?![\w])")
_PROGRAMME_CUE = re.compile(
    r"[Pp]rogramm|[Pp]rojekt|[Ii]nitiative|[Kk]urs|gefördert|[Ff]örder|finanzier|[Aa]ngebot|\bApp\b|Plattform|Servicestelle"
    r"|[Kk]onzept|[Ss]trategie|[Pp]akt\b"
    # a programme's running time ("Die LeseDekade des Landes läuft noch bis 2027")
    r"|läuft\s+(?:noch\s+)?(?:bis|seit)\s+\d{4}"
)
_GENERIC_PREFIX = re.compile(
    r"(?:Bundes|Landes|Förder|Sonder|Modell)(?:programm|plan|paket|konzept)\b"
)
# law and ordinance abbreviations ("AsylG", "AufenthG", "IntV") are not brands
_LAW = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:[A-ZÄÖÜ][a-zäöüß]*)*[GV]$")
_NOT_BRANDS = {"IntMK", "SozMin", "MdL", "MdB", "StMAS", "BMAS", "ZuwG"}
_OFFICE_WORDS = re.compile(
    r"-(?:Servicestellen?|(?:Service|Beratungs|Info|Informations|Kontakt|Projekt)?[Bb]üros?|Stellen?"
    r"|Zentren|Zentrum|Koordinierungsstellen?)$"
)
_KIND_WORDS = re.compile(r"-(?:Kurse?|Kursen|Projekte?|Programme?|Gruppen?)$")
_BRACKETED_ABBREVIATION = re.compile(r"\((?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{1,9})\)")
# compounds naming a funded service or instrument by their head
_SERVICE_COMPOUND = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,}(?:-?[Ll]otsen|-?[Ll]otsinnen|-?[Ll]otse|-?[Ll]otsin|pauschale|pauschalen|szuschuss"
    # neighbourhood mothers and fathers ("Stadtteilmütter", "Quartiersväter"), not kin or care
    # ("Großmütter", "Tagesmütter", "Pflegeväter")
    r"|(?<!Groß)(?<!Schwieger)(?<!Stief)(?<!Pflege)(?<!Tages)(?<!Gast)(?<!Leih)(?<!Adoptiv)(?<!Ur)"
    r"(?<!Schwieger)(?<!Zieh)(?<!Kinds)(?<!Allein)(?:mütter|väter)))"
    # the service's name ends before a word for its structure, offices or projects, which is
    # dropped ("die Integrationslotsen-Netzwerke", "Stadtteilmütter-Projekte")
    r"(?:(?![\w-])|(?=-(?:Netzwerke?|Projekte?|Programme?|Teams?|Gruppen?|Stellen?|Büros?)(?![\w-])))"
)
# a closed compound on the head of a funding instrument or pooled service (``-fonds``,
# ``-budget``, ``-coaching``, ``-pool``) whose modifier names the core of the field
# (``_INSTRUMENT_FIELD``, narrower than ``_FIELD``: a "Schulbudget", "Gesundheitsfonds" or
# "Berufscoaching" is another field's; a
# "Quartiersfonds", an "Ankommenscoaching", a "Kreisintegrationsbudget", not a "Pensionsfonds"
# or "Dolmetscherpool" of another field), with a regional tag after it that closes the name
# ("Sprachmittlerpool Süd", "… Sachsen-Anhalt")
_INSTRUMENT_COMPOUND = re.compile(
    r"(?<![\w-])(?P<name>(?P<modifier>[A-ZÄÖÜ][a-zäöüß]{3,})(?:fonds|budget|budgets|coaching|coachings|pool|pools))"
    r"(?:\s+(?P<region>[A-ZÄÖÜ][a-zäöü]+(?:-[A-ZÄÖÜ][a-zäöü]+)?))?"
    r"(?![\w-])"
)
# a possessive before an instrument compound, or the owner's genitive after it, makes it a
# body's own budget line or fund ("ihr Integrationsbudget", "das Integrationsbudget der Stadt
# Neustadt", "der Teilhabefonds des Kreises"), not a programme with a name; a Land's or the
# federation's fund is named by its regional tag instead ("Teilhabefonds Thüringen")
_POSSESSOR_BEFORE = re.compile(
    r"(?<![\w-])(?:sein|seine[nmrs]?|ihr|ihre[nmrs]?|unser|unsere[nmrs]?|dessen|deren)\s+"
    r"(?:[a-zäöü][a-zäöüß]+\s+)?$"
)
_OWNER_GENITIVE = re.compile(
    r"\s+(?:der|des|einer|eines|ihrer|seiner)\s+(?:[a-zäöü][a-zäöüß]+e[nrs]?\s+)?"
    r"(?:Stadt|Städte|Gemeinde|Gemeinden|Kommune|Kommunen|Kreise?s?|Landkreise?s?|Bezirke?s?"
    r"|Landes|Freistaate?s|Senats|Bundes|Trägers?|Vereins|Verbande?s|Schule|Hochschule)(?![\w-])"
)
# a name before a word for its offices: "Lotsenhaus-Beratungsstellen", "WIR-Koordinationsstellen";
# or, where the name has parts of its own or is brand-like, for its projects or courses
# ("Spiel-mit-Projekte", "FiA-Kurse": a generic "Kita-Projekte" names none)
_OFFICE_COMPOUND = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][\wÄÖÜäöüß]{1,30}(?:-[A-ZÄÖÜ][\wÄÖÜäöüß]+)*)-(?:(?P<office>Beratungsstellen?"
    r"|Servicestellen?|Koordinationsstellen?|Koordinierungsstellen?|Anlaufstellen?|Zentren"
    # an office named by its kind ("die Kompass-Servicebüros", "das LernWerk-Projektbüro")
    r"|(?:Service|Beratungs|Info|Informations|Kontakt|Projekt|Koordinierungs|Koordinations)?[Bb]üros?"
    r"|Zentrum|Stützpunkte?)|Projekte?|Kurse?|Kursen|Standorte?|Gruppen?)(?![\w-])"
)
# the owner after an office compound: "die Lesehilfe-Stützpunkte der Wortbrücke" are that
# programme's offices
_OWNER_AFTER = re.compile(
    r"\s+(?:der|des|vom|von|im)\s+(?:[a-zäöü][\w-]*\s+)?(?P<owner>[A-ZÄÖÜ][\w-]+)"
)
# a plan or package with a proper name after its compound: "Integrationsplan SH 2030",
# "Sofortpaket Landkreise", "Landesintegrationsplan 2019–2023"
_NAMED_PLAN = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:plan|paket|programm|konzept)"
    r"(?:\s+(?:[A-ZÄÖÜ]{2,}|[A-ZÄÖÜ][a-zäöüß]+)(?:\s+\d{4}(?:\s*[–-]\s*\d{4})?)?|\s+\d{4}(?:\s*[–-]\s*\d{4})?))"
    r"(?=\s+(?:und|sowie|reagiert|reagieren|wird|ist|hat|soll|startet|läuft|tritt|in|im|für|mit"
    # an auxiliary or a modal verb after the name ("Über das Aufnahmeprogramm X sind …")
    r"|sind|werden|wurde|wurden|war|waren|haben|hatte|hatten|kann|können|sollen|will|wollen|gilt"
    r"|bleibt)\b"
    # a separable verb particle closing the clause ("flossen in das Aktionsprogramm X ein, …")
    r"|\s+(?:ein|an|auf|aus|vor|fort|zu)(?=[.,;])|[.,;:)]|\s*$"
    # a year closing the name ("Der Integrationsplan 2030 des Landes …"): any word may follow
    r"|(?<=\d)\s)"
)
# a pact, plan, programme, concept or strategy with an abstract noun of the field in apposition
# after a determiner: "Mit dem Zukunftspakt Teilhabe sichern wir …", "seinen Pakt
# Zusammenleben mit den Kommunen", "des Masterplans Teilhabe"; not the object of a verb at the
# clause's end ("weil der Aktionsplan Teilhabe ermöglicht.", "die Strategie Integration
# voranzutreiben")
_FIELD_NAMED = re.compile(
    r"(?<![\w-])(?:[Dd]e[rnms]|[Dd]as|[Ii]m|[Zz]um|[Vv]om|[Bb]eim|[Ss]eine[nmrs]?|[Ii]hre[nmrs]?"
    r"|[Uu]nsere[nmrs]?|[Ee]ine[nmrs]?|[Nn]eue[nmrs]?)\s+"
    r"(?P<name>(?P<head>(?:[A-ZÄÖÜ][a-zäöüß]+(?:pakt|plan|programm|konzept|strategie))|Pakt)"
    r"(?P<gen>e?s)?\s+(?P<word>[A-ZÄÖÜ][a-zäöüß]{4,}))(?![\w-])"
    r"(?!\s+(?:zu\s+)?[a-zäöüß]+\s*(?:[.,;!?]|$))"
)
_FIELD_WORD = re.compile(
    r"integration|teilhabe|zusammenleben|zusammenhalt|vielfalt|migration|zuwanderung|ankommen|chancengleichheit|antirassismus"
)
# a plan or programme compound named after a country or region: any clause may go on after it
# ("Über das Bundesaufnahmeprogramm Afghanistan kamen …")
_PLACE_NAMED = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:plan|paket|programm|konzept)\s+(?P<place>[A-ZÄÖÜ][a-zäöüß]{3,}))"
    r"(?=\s+[a-zäöü]|[.,;:)])"
)
# a capitalised Land adjective before a programme compound makes it a proper name (German
# capitalises adjectives only in names: "des Thüringischen Aufnahme- und Teilhabekonzepts",
# "das Bayerische Integrationsprogramm"); the name is given in the nominative singular; the
# adjectives come from the Länder's reference list (:func:`_land_adjective_named`)
_LAND_ADJECTIVE_NAMED_RX = (
    r"(?<=[a-zäöüß,] )(?P<adj>(?:{adjectives})(?:e|er|es|en|em))\s+"
    r"(?P<noun>(?:[A-ZÄÖÜ][a-zäöüß]+-(?:,\s*[A-ZÄÖÜ][a-zäöüß]+-)*\s+(?:und|sowie)\s+)?"
    r"[A-ZÄÖÜ][a-zäöüß]+(?P<head>konzept|programm|paket|plan|strategie|initiative)(?P<ending>es|s|e|en)?)(?![\w-])"
)
# a definite plan or strategy against or for an abstract cause is that instrument's name
# ("der Landesaktionsplan gegen Rassismus", "des Aktionsplans für Vielfalt und Teilhabe");
# an indefinite one ("ein Aktionsplan gegen …") or one for a group ("für Familien") describes
_ABSTRACT = r"[A-ZÄÖÜ][a-zäöüß]*(?:ismus|ung|heit|keit|ität|ion|falt|habe|schaft|ie|anz|enz)"
_CAUSE_NAMED = re.compile(
    r"(?<![\w-])(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Ii]m|[Zz]um|[Vv]om|[Bb]eim)\s+"
    r"(?P<name>(?P<head>[A-ZÄÖÜ][a-zäöüß]*(?:plan|programm|konzept|strategie|pakt))(?P<gen>e?s)?"
    rf"\s+(?:gegen|für)\s+{_ABSTRACT}(?:\s*,\s*{_ABSTRACT})*(?:\s+(?:und|sowie)\s+{_ABSTRACT})?)"
    r"(?![\w-])"
)


@cache
def _land_adjective_named() -> re.Pattern[str] | Guarded:
    adjectives = "|".join(map(re.escape, proper_adjectives()))
    return guard(re.compile(_LAND_ADJECTIVE_NAMED_RX.format(adjectives=adjectives)))


_HEAD_GENDER = {
    "konzept": "es",
    "programm": "es",
    "paket": "es",
    "plan": "er",
    "strategie": "e",
    "initiative": "e",
}
# a listed course type with a prefix of its own ("Job-Berufssprachkurse"): a named variant;
# a prefix telling how or when the course is held ("Online-", "Abend-", "Teilzeit-") names no
# variant: the mention is of the course type
_PREFIXED_COURSE = re.compile(
    r"(?<![\w-])(?P<name>(?P<prefix>[A-ZÄÖÜ][A-Za-zäöüß]{1,20})-(?P<course>Berufssprachkurs|Integrationskurs|Orientierungskurs))(?:e|en|es)?(?![\w-])"
)
_DELIVERY = re.compile(
    r"(?:Online|Digital|Hybrid|Präsenz|Video|Tele|Web|Fern|Abend|Tages|Morgen|Vormittags?"
    r"|Nachmittags?|Wochenend|Samstags?|Sonntags?|Ferien|Sommer|Winter|Teilzeit|Vollzeit|Kompakt"
    r"|Blended)$"
)
# a plan or programme compound named by morphology alone (``_NAMED_PLAN``, ``_PLACE_NAMED``,
# ``_land_adjective_named``) is one of integration policy when a part of it names the field or
# one beside it ("Landesaufnahmeprogramm Neustadt", "Teilhabeplan 2030", "Mentoringprogramm
# Nord") or when its modifier names no field at all ("Sofortpaket Landkreise", "Aktionsplan
# 2025", "Landesprogramm X"): the document's field is the programme's; a modifier of another
# field makes it another field's plan ("Nahverkehrsplan Neustadt", "Stellenplan 2024",
# "Hessischer Landesentwicklungsplan", "Wohnungsbauprogramm Neustadt")
_FIELD = re.compile(
    r"integration|aufnahme|sprach|deutsch|teilhabe|zuwander|einwander|migration|migrant"
    r"|flücht|flucht|geflüchtet|asyl|schutzsuchend|willkommen|ankommen|ankunft|bleibe|einbürger|vielfalt"
    r"|rassis|diskriminier|zusammenhalt|chancen|orientierung|interkultur|demokratie|begegnung"
    r"|mentoring|paten|lotsen|ehrenamt|nachbarschaft|quartier|bildung|schul|kita|qualifizierung"
    r"|ausbildung|arbeitsmarkt|beschäftigung|beruf|familie|frauen|jugend|eltern|kinder|gesundheit"
    r"|beratung|wohnsitz|unterbringung|rückkehr"
)
# the core of the field, for instrument compounds (``_INSTRUMENT_COMPOUND``)
_INSTRUMENT_FIELD = re.compile(
    r"integration|aufnahme|sprach|teilhabe|zuwander|einwander|migration|migrant|flücht|flucht"
    r"|geflüchtet|asyl|schutzsuchend|willkommen|ankommen|ankunft|bleibe|einbürger|vielfalt"
    r"|rassis|diskriminier|zusammenhalt|interkultur|begegnung|nachbarschaft|quartier|paten|lotsen"
)
# modifiers that name no field: the plan's kind, reach or urgency
_MODIFIER_ONLY = re.compile(
    r"(?:landes|bundes)?(?:aktion|sofort|master|rahmen|maßnahmen|förder|sonder|modell|gesamt"
    r"|zukunft|handlung|pilot|schwerpunkt|impuls|hilf|hilfe|unterstützung)?s?-?"
)
_PLAN_HEAD = re.compile(r"(?:plan|paket|programm|konzept|strategie|initiative)(?:es|s|e|en)?$")


# a quoted name coordinated with the one before: ", „B“", "und „C“", "sowie „D“"
_NEXT_QUOTED = re.compile(
    r"\s*(?:,|und|sowie|oder|bzw\.)\s*(?:(?:und|sowie|oder)\s+)?[„»\"](?=[A-ZÄÖÜ0-9])"
    r"(?P<name>[^“«\"\n]{3,60})[“«\"]"
)
# a plural programme noun before a copula and a quoted name: "Zu den Förderprogrammen gehören
# „A“ …", "Die Projekte heißen „A“ und „B“"
_PROGRAMMES_ARE = re.compile(
    # (the noun's head only: a compound's first part adds nothing, and the pattern starts with
    # a literal instead of being tried at every capital)
    r"(?:[Pp]rogramm(?:e|en)|[Pp]rojekt(?:e|en)|[Ii]nitiativen|[Ff]örderlinien)"
    r"\s+(?:gehören|zählen|sind|heißen|waren|gehörten|zählten)"
    r"\s+(?:etwa\s+|unter\s+anderem\s+|beispielsweise\s+)?[„»\"](?P<name>[^“«\"\n]{3,60})[“«\"]"
)


# ---------------------------------------------------------------- quoted names by their clause
# a quoted name in any of German's quotation styles, single ones inside a quotation included
_QUOTED = r"(?:[„»\"](?P<{g}>[A-ZÄÖÜ0-9][^“«\"\n]{{2,60}}?)[“«\"]|‚(?P<{g}s>[A-ZÄÖÜ0-9][^‘’\n]{{2,60}}?)[‘’])"


def _quoted(g: str) -> str:
    return _QUOTED.format(g=g)


def _group(m: re.Match[str], g: str) -> str:
    """The group ``g`` of a :func:`_quoted` name, in whichever quotation style matched."""
    return g if m.group(g) is not None else g + "s"


# a quoted name as the first member of a hyphenated compound whose head is a programme's kind,
# offices or people (German joins a quoted phrase to a head with a hyphen: "die „Deutsch am
# Herd“-Kurse", "im „Lernen vor Ort“-Projekt", "die „Gut ankommen“-Beratungsstellen", "alle
# „Stadtteil-Treff“-Teilnehmenden"); the head is dropped, as the words for a programme's
# offices are; not a compound on another kind's head ("„Wir schaffen das“-Rhetorik")
_QUOTED_MODIFIER = re.compile(
    r"[„»\"](?P<name>[A-ZÄÖÜ0-9][^“«\"\n]{2,60}?)[“«\"]-"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Kk]urs|[Kk]urse|[Kk]ursen|[Pp]rojekt|[Pp]rojekte|[Pp]rojekten"
    r"|[Pp]rogramm|[Pp]rogramme|[Pp]rogrammen|[Aa]ngebot|[Aa]ngebote|[Aa]ngeboten|[Ii]nitiative"
    r"|[Mm]odul|[Mm]odule|[Mm]odulen|[Kk]lasse|[Kk]lassen|[Gg]ruppe|[Gg]ruppen|[Tt]reff|[Tt]reffs"
    r"|[Ss]telle|[Ss]tellen|[Bb]üro|[Bb]üros|[Ll]otsen|[Ss]tandort|[Ss]tandorte|[Ss]tandorten"
    r"|[Tt]eilnehmende|[Tt]eilnehmenden|[Tt]eilnehmer|[Tt]eilnehmerinnen|[Tt]eilnehmern"
    r"|[Kk]oordinatorin|[Kk]oordinatoren|[Kk]oordinatorinnen|[Tt]eam|[Tt]eams|[Ff]örderung"
    r"|[Mm]ittel|[Ss]tipendium|[Ss]tipendien)(?![\w-])"
)
# a quoted name as the object or subject of a verb of a programme's life (launching, running
# on, extending, widening, ending): "Sachsen startet „Ankommen in Arbeit“", "Das Land
# verlängert die „Kita-Brücke“", "Die „Kita-Brücke“ hat der Senat verlängert" (the object
# fronted, the participle last), "„Lernen vor Ort“ wird ausgeweitet" (a passive); read where
# a government is the actor or a sentence around it has a programme noun
_LIFE_FINITE = (
    r"(?:startet|starten|startete|starteten|verlängert|verlängern|verlängerte|verlängerten"
    r"|weitet|weiten|weitete|erweitert|erweitern|erweiterte|legt|legen|legte|legten|baut|bauen"
    r"|baute|bauten|setzt|setzen|setzte|führt|führen|führte|stellt|stellen|stellte|beendet"
    r"|beenden|beendete|stoppt|stoppen|stoppte)"
)
_LIFE_PARTICIPLE = (
    r"(?:gestartet|verlängert|ausgeweitet|erweitert|aufgelegt|ausgebaut|fortgesetzt|fortgeführt"
    r"|weitergeführt|eingeführt|eingestellt|beendet|gestoppt|vorgestellt|ins\s+Leben\s+gerufen)"
)
_LIFE_VERB_BEFORE = re.compile(
    rf"(?<![\w-]){_LIFE_FINITE}\s+(?:(?:nun|jetzt|ab\s+sofort|erneut|zum\s+\w+\s+Mal|auch|außerdem)\s+)?"
    r"(?:(?:das|die|den|der|ihr|ihre|ihren|sein|seine|seinen|unser|unsere|unseren)\s+)?"
    r"(?:(?:neue|neuen|erfolgreiche|erfolgreichen|beliebte|beliebten)\s+)?" + _quoted("name")
)
_LIFE_VERB_AFTER = re.compile(
    _quoted("name")
    + r"\s+(?:hat|haben|hatte|hatten|wird|werden|wurde|wurden|ist|soll|sollen|will|kann)\s+"
    r"(?:[^\s.;:!?„“»«\"]+\s+){0,8}?"
    rf"(?:{_LIFE_PARTICIPLE}|verlängern|ausweiten|ausbauen|fortsetzen|fortführen|starten|beenden|einstellen)(?![\w-])"
)
# the government as the actor in the sentence ("das Land", "der Senat", "Sachsen", "die
# Landesregierung", "das Ministerium")
_GOVERNMENT_ACTOR = re.compile(
    r"(?<![\w-])(?:[Dd]as\s+Land|[Dd]er\s+Senat|[Dd]er\s+Freistaat|[Dd]er\s+Bund|[Dd]ie\s+Landesregierung"
    r"|[Dd]ie\s+Bundesregierung|[Dd]ie\s+Staatsregierung|[Dd]as\s+(?:[A-ZÄÖÜ][a-zäöüß]*)?[Mm]inisterium"
    r"|[Dd]ie\s+(?:[A-ZÄÖÜ][a-zäöüß]*)?[Ss]enatsverwaltung|[Dd]as\s+Kabinett|[Dd]ie\s+Koalition"
    r"|Baden-Württemberg|Bayern|Berlin|Brandenburg|Bremen|Hamburg|Hessen|Mecklenburg-Vorpommern"
    r"|Niedersachsen|Nordrhein-Westfalen|NRW|Rheinland-Pfalz|das\s+Saarland|Sachsen-Anhalt|Sachsen"
    r"|Schleswig-Holstein|Thüringen)(?![\w-])"
)
# a quoted name after "Mit" opening a main clause, the finite verb after it (the name is the
# instrument the clause's actor works with): "Mit ‚Pflege verbindet‘ holen wir Fachkräfte …",
# "Mit „Lesezeit“ erreicht das Land …"; read where a sentence around it has a programme noun
_WITH_NAME = re.compile(
    r"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\s\s)|(?<=[„»\"]))Mit\s+"
    + _quoted("name")
    + r"\s+(?P<verb>[a-zäöü]{3,})(?![\w-])"
)
# a quoted name as the predicative of "heißen" or "sich nennen" in a clause whose subject is a
# programme noun or a word standing for one, after the verb ("In Bayern heißt das Programm
# „X“", "Dort heißt das Pendant „X“") or before it ("Das Gegenstück in Hessen heißt „X“"),
# and a gapped conjunct after it that keeps only its place and its name ("…, in Hessen „Y“")
_STAND_IN_NOUN = (
    r"(?:Pendant|Gegenstück|Äquivalent|Vorbild|Vorhaben|Angebot|Format|Modell|Ganze|Gleiche)"
)
_CALLED_INVERTED = re.compile(
    r"(?<![\w-])(?:heißt|hieß|heißen|hießen|nennt\s+sich|nannte\s+sich|nennen\s+sich)\s+"
    r"(?:(?:das|der|die|dieses|diese|dieser|unser|unsere|ihr|ihre|sein|seine)\s+)?"
    r"(?:[a-zäöü][a-zäöüß]*e[nrs]?\s+)?"
    rf"(?P<noun>{_PROGRAMME_NOUN}|{_STAND_IN_NOUN})\s+"
    r"(?:(?:dort|hier|nun|jetzt|künftig|schlicht|offiziell|einfach)\s+)?"
    + _quoted("name")
    + rf"|(?<![\w-])(?:[Dd]as|[Dd]er|[Dd]ie|[Ss]ein|[Ii]hr)\s+(?P<noun2>{_STAND_IN_NOUN})"
    r"(?:\s+(?:in|im|aus|an)\s+[A-ZÄÖÜ][\w-]+)?\s+(?:heißt|hieß|nennt\s+sich)\s+" + _quoted("name2")
)
_GAPPED_QUOTE = re.compile(
    r"\s*(?:,|;|und|,\s*und)\s*(?:(?:in|im|an|am|bei|beim|für|auf|aus)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?"
    r"|dort|hier|anderswo|andernorts)\s+" + _quoted("name") + r"(?=\s*[.;!?]|\s*$|\s+und\s|\s*,)"
)
# a renaming, where one of the names is a programme's: the other is that programme's too,
# under its old or its new name ("Aus „A“ wird „B“", "„A“ heißt jetzt „B“", "„A“ wird zu
# „B“", "„B“ (früher „A“)", "„B“, vormals „A“")
_RENAMED = re.compile(
    r"(?<![\w-])Aus\s+(?:(?:dem|der)\s+(?:[\w-]+\s+)?)?"
    + _quoted("old")
    + r"\s+(?:wird|wurde|ist)\s+(?:(?:nun|jetzt|künftig|ab\s+sofort|\d{4})\s+)?(?:(?:das|die|der)\s+)?"
    + _quoted("new")
    + r"|"
    + _quoted("old2")
    + r"\s+(?:heißt|hieß|nennt\s+sich|wird|wurde|firmiert)\s+(?:(?:nun|jetzt|künftig|seit\s+\w+|ab\s+sofort|ab\s+\d{4})\s+)?"
    r"(?:(?:zu|in|unter)\s+(?:dem\s+Namen\s+)?)?"
    + _quoted("new2")
    + r"|"
    + _quoted("new3")
    + r"\s*(?:\(|,\s*)(?:früher|vormals|ehemals|bisher|zuvor|einst)\s*:?\s*"
    + _quoted("old3")
)

# a capitalised noun right before a quotation, not a determiner or preposition opening the
# sentence: the name is that noun's ("die Kampagne „X“ wird verlängert"), read by its own frame
_NOUN_BEFORE_QUOTE = re.compile(
    r"(?<![\w-])(?!(?:Die|Der|Das|Den|Dem|Des|Mit|Auch|Und|Ein|Eine|Einen|Im|Am|Zum|Zur|Beim|Vom"
    r"|Unser|Unsere|Ihr|Ihre|Sein|Seine|Dieses|Diese|Dieser|Nach|Aus|Für)\s)[A-ZÄÖÜ][\w-]*\s+$"
)


def _quoted_by_clause(
    text: str,
    index: TextIndex,
    where: list[int],
    free: Callable[[int], bool],
    add: Callable[[str, str, bool, int, int], None],
) -> None:
    """Quoted names read by the clause they stand in (see the patterns above)."""
    flat = index.flat

    def other_thing(name: str, at: int) -> bool:
        """A medium's, a body's or an event's name, one in a sentence about a prize, or an
        abstract noun in scare quotes ("startete die neue „Erstorientierung“")."""
        if MEDIUM_NAME.fullmatch(name) or _BODY_FIRST.match(name) or re.fullmatch(_ABSTRACT, name):
            return True
        s, e = index.sentence_at(where[at])
        return bool(_AWARD_WORD.search(flat, s, e))

    def take(m: re.Match[str], g: str) -> None:
        name = m.group(g).strip()
        if free(m.start(g)) and not other_thing(name, m.start(g)):
            add(name, name, True, m.start(g), m.start(g) + len(name))

    for m in _QUOTED_MODIFIER.finditer(text) if "-" in text else ():
        take(m, "name")
    for rx in (_LIFE_VERB_BEFORE, _LIFE_VERB_AFTER):
        for m in rx.finditer(text):
            g = _group(m, "name")
            if rx is _LIFE_VERB_AFTER and _NOUN_BEFORE_QUOTE.search(
                text, max(0, m.start() - 30), m.start()
            ):
                continue  # "die Kampagne „X“ wird verlängert": the noun's name
            s, e = index.sentence_at(where[m.start()])
            if _GOVERNMENT_ACTOR.search(flat, s, e) or _programme_around(index, where[m.start()]):
                take(m, g)
    for m in _WITH_NAME.finditer(text) if "Mit" in text else ():
        g = _group(m, "name")
        if SPEECH_PREDICATE.match(text, m.start("verb")):
            continue  # "Mit „Guten Tag“ begrüßte sie …": words and their speaker
        if _programme_around(index, where[m.start()]):
            take(m, g)
    for m in (
        _CALLED_INVERTED.finditer(text) if "nn" in text or "hei" in text or "hieß" in text else ()
    ):
        g = _group(m, "name") if m.group("noun") else _group(m, "name2")
        if not (m.group("noun") and re.fullmatch(_PROGRAMME_NOUN, m.group("noun"))):
            if not _programme_around(index, where[m.start()]):
                continue  # "Das Pendant heißt „X“" with no programme around
        take(m, g)
        pos = m.end()
        while (c := _GAPPED_QUOTE.match(text, pos)) is not None:
            take(c, _group(c, "name"))  # "…, in Hessen „Y“": the gapped conjunct
            pos = c.end()


# what every renaming has after a closing quotation mark: its verb or the word for the old name
# (tried first: a closing mark and a word are cheaper to find than the quoted names themselves)
_RENAME_CUE = re.compile(
    r"[“«\"‘’]\s*[(,]?\s*(?:wird|wurde|ist|heißt|hieß|nennt|firmiert|früher|vormals|ehemals|bisher"
    r"|zuvor|einst)(?![\w-])"
)


# the preposition (and article) that governs a programme noun: "über das", "aus dem", "im"
_GOVERNING = re.compile(
    r"(?<![\w-])(?P<prep>über|aus|durch|mit|von|vom|im|in|ins|beim|zum|zur|für)\s+"
    r"(?:(?P<article>das|dem|den|der|des|die|ein|eine|einem|einen|einer)\s+)?(?:[a-zäöü][\w-]*\s+)?$"
)
_PARALLEL = re.compile(
    r"\s+(?:sowie|und|oder)\s+(?P<words>(?:[\w-]+\s+){0,4}?)(?P<prep>[a-zäöü]+)\s+"
    r"(?:(?P<article>das|dem|den|der|die)\s+)?[„»\"](?=[A-ZÄÖÜ0-9])(?P<name>[^“«\"\n]{3,60})[“«\"]"
)


def _parallel_quote(text: str, start: int, end: int) -> re.Match[str] | None:
    """The quoted name of a prepositional phrase coordinated after a programme's phrase, with
    the same preposition: ``über das Programm „A“ sowie vom Bund über „B“`` → B (the second
    conjunct's own subject or agent may come before it)."""
    gov = _GOVERNING.search(text, max(0, start - 30), start)
    if gov is None:
        return None
    m = _PARALLEL.match(text, end)
    if m is None or m.group("prep") != gov.group("prep"):
        return None
    # the second conjunct leaves the programme noun out, so an article of its own agrees with
    # that noun's: "über das Programm „A“ und über das „B“", not "… und über die „Aktion X“"
    # (a body or campaign of another gender); the first word of the name names no body
    if m.group("article") and m.group("article") != gov.group("article"):
        return None
    if _NOT_A_PROGRAMME_HEAD.search(m.group("name").split()[0]) or _BODY_FIRST.match(
        m.group("name")
    ):
        return None
    return m


# a Land and a verb in the third person (the slogan alternative of ``_NAMED_BRAND``)
_LAND_VERB = re.compile(r"(?:[A-ZÄÖÜ][a-zäöü]+-)?[A-ZÄÖÜ][\w]+\s+[a-zäöü]{3,}t(?:\s+[a-zäöü]+)?")
# the words that open a clause with its finite verb last: subordinating conjunctions, and a
# relative pronoun (after a preposition or not) opening the clause after a comma
_SUBORDINATOR = re.compile(
    r"(?:dass|daß|weil|ob|wenn|da|als|obwohl|obgleich|damit|nachdem|bevor|ehe|während|sodass"
    r"|indem|falls|sofern|soweit|seit|seitdem|bis|wie|wo|womit|wodurch|wofür|weshalb|warum)"
    r"\s"
    r"|(?:(?:[a-zäöü]+\s+)?(?:der|die|das|dem|den|denen|deren|dessen|welche[nmrs]?)\s)"
)
_CLAUSE_BREAK = re.compile(r"[.,;:!?„“»«()–]")


def _verb_final(text: str, pos: int) -> bool:
    """Does the clause around ``pos`` put its finite verb last (a subordinate or relative
    clause)? Its opening words after the last comma, colon or sentence end before ``pos`` say.

    >>> _verb_final("Man hofft, dass das Programm Bayern hilft.", 24)
    True
    >>> _verb_final("Mit dem Programm Bayern hilft, sagt er.", 8)
    False
    """
    k = pos
    while k > 0 and not _CLAUSE_BREAK.match(text, k - 1):
        k -= 1
    opening = text[k:pos].lstrip()
    if k == 0 or text[k - 1] != ",":
        # a sentence's start: only a conjunction opens a verb-final clause there
        return bool(
            re.match(
                r"(?:Dass|Weil|Ob|Wenn|Da|Als|Obwohl|Damit|Nachdem|Bevor|Während|Falls|Sofern|Seit|Seitdem|Indem|Wie)\s",
                opening,
            )
        )
    return bool(_SUBORDINATOR.match(opening))


def _coordinated_quotes(text: str, pos: int) -> list[re.Match[str]]:
    """The quoted names coordinated after ``pos`` (the end of a quoted name)."""
    out = []
    while (m := _NEXT_QUOTED.match(text, pos)) is not None:
        out.append(m)
        pos = m.end()
    return out


# a funded body before its name: "an die „X Nord“", "erhalten die „X“", "fördert den „X“"
_RECIPIENT_BEFORE = re.compile(
    r"(?<![\w-])(?:an|für|erhalten|erhält|erhielten|erhielt|fördert|förderte|unterstützt"
    r"|unterstützte|finanziert|finanzierte|Verein|Verband|Netzwerk|Träger|Bündnis)"
    r"\s+(?:die|den|das|dem|der)?\s*[„»\"]$"
)
# an apposition after the name that calls it a body: "„X Hessen“, ein Netzwerk von …"
_BODY_AFTER = re.compile(
    r"\s*,\s*(?:ein|eine|der|die|das)\s+(?:[a-zäöü]\w*\s+)?(?:Verein|Verband|Netzwerk|Träger"
    r"|Bündnis|Zusammenschluss|Initiative\s+von|Stiftung|Gesellschaft|Zentrum)"
)
# programme nouns only (not funding words, which a funded body's sentence has too)
_PROGRAMME_NOUN_CUE = re.compile(
    r"[Pp]rogramm|[Pp]rojekt|[Ii]nitiative|[Kk]urs|[Aa]ngebot|[Mm]odul|[Ff]onds|[Pp]akt|\bApp\b"
)


def _near_programme_noun(index: TextIndex, pos: int, name: str) -> bool:
    """The sentence at ``pos`` or the one before it, or the name itself, has a programme noun
    (``Und Ihr größtes Projekt? … „Jobstart Nord“``, ``„Fonds Gemeinsinn Saar“``)."""
    s, e = index.sentence_at(pos)
    before = index.sentence_before(s)
    lo = before[0] if before else s
    return bool(_PROGRAMME_NOUN_CUE.search(index.flat, lo, e) or _PROGRAMME_NOUN_CUE.search(name))


def _programme_around(index: TextIndex, pos: int) -> bool:
    """The sentence at ``pos``, the one before it or the one after it has a programme noun (a
    headline's name the lead takes up: "Sachsen startet „X“\\n\\nMit einem neuen
    Landesprogramm …")."""
    s, e = index.sentence_at(pos)
    before = index.sentence_before(s)
    lo = before[0] if before else s
    flat = index.flat
    k = e
    while k < len(flat) and flat[k].isspace():
        k += 1
    hi = index.sentence_at(k)[1] if k < len(flat) else e
    return bool(_PROGRAMME_AROUND_CUE.search(flat, lo, hi))


# a programme noun, but not a broadcaster's, an event's or a party's programme
# ("im Abendprogramm", "das Rahmenprogramm", "das Wahlprogramm der SPD")
_PROGRAMME_AROUND_CUE = re.compile(
    r"(?<!Abend)(?<!Fernseh)(?<!TV-)(?<!Radio)(?<!Rahmen)(?<!Wahl)(?<!Partei)(?<!Kultur)(?<!Vor)"
    r"(?<!Kinder)(?<!Fest)[Pp]rogramm|[Pp]rojekt|[Ii]nitiative|[Kk]urs|[Aa]ngebot|[Mm]odul"
    r"|[Ff]onds|[Pp]akt|\bApp\b"
)


def _near_cue(index: TextIndex, pos: int, name: str) -> bool:
    """The sentence at ``pos`` or the one before it speaks of a programme or of funding, or
    the name itself has a programme noun (``„Fonds Gemeinsinn Saar“``)."""
    s, e = index.sentence_at(pos)
    before = index.sentence_before(s)
    lo = before[0] if before else s
    flat = index.flat
    return any(rx.search(flat, lo, e) or rx.search(name) for rx in (_PROGRAMME_CUE, _FUNDING_CUE))


def _of_the_field(name: str) -> bool:
    """Is the plan or programme ``name`` one of integration policy (``_FIELD``)?"""
    if _FIELD.search(name.lower()):
        return True
    compound = next((w.lower() for w in name.split() if _PLAN_HEAD.search(w.lower())), None)
    # else only a modifier that names no field: "Aktionsplan", not "Haushaltsplan"
    return compound is not None and bool(_MODIFIER_ONLY.fullmatch(_PLAN_HEAD.sub("", compound)))


# staff named in a funding frame: the service they provide; the staff noun is a compound's
# head of agent nouns (-koordinator, -berater, -mittler, -begleiter, -manager) or of the
# sponsor noun -pate/-patin, in any gender and number ("Integrationsmanagerinnen und -manager",
# "ehrenamtliche Sprachpatinnen und Sprachpaten")
_STAFF = (
    r"(?:(?:koordinator|berater|mittler|begleiter|manager|moderator)(?:innen|in|en)?|pat(?:innen|in|en|e)"
    r"|coach(?:es|innen|in)?)"
)
_FUNDED_STAFF = re.compile(
    r"(?:[Gg]efördert\s+werden|[Ff]inanziert\s+werden|fördert(?:\s+das\s+Land|\s+der\s+Bund)?"
    # the funder as the subject after the verb, in the inverted main clause ("Ergänzend fördert
    # das Ministerium die …", "Seit 2024 fördert die Landesregierung …")
    r"(?:\s+(?:das|der|die)\s+(?:Land|Bund|Freistaat|Senat|Stadt|Kommune|Landkreis|Kreis|Bezirk"
    r"|(?:[A-ZÄÖÜ][a-zäöüß]*m|M)inisterium|(?:[A-ZÄÖÜ][a-zäöüß]*r|R)egierung"
    r"|(?:[A-ZÄÖÜ][a-zäöüß]*b|B)ehörde|(?:[A-ZÄÖÜ][a-zäöüß]*v|V)erwaltung))?)"
    r"(?:\s+(?:im|in|ab|seit|mit|für|neuen|kommenden|landesweit|bundesweit|weiterhin|künftig|nun|rund|insgesamt|zusätzlich|\d+|\w+jahr|Haushaltsjahr"
    r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|fünfzig|hundert"
    r"|diesem|dieses|nächsten|Jahr|Jahres|erstmals|wieder|bis|zu|die|den|weitere|weiteren"
    # a connecting adverb ("Gefördert werden außerdem Integrationsbegleiterinnen")
    r"|außerdem|zudem|auch|ebenfalls|ferner|daneben|darüber\s+hinaus|erneut|weiter|nun\s+auch"
    r"|insbesondere|vor\s+allem|unter\s+anderem|u\.\s?a\.|etwa|beispielsweise|vorrangig|vorwiegend"
    # an attributive adjective before the staff noun ("ehrenamtliche", "kommunalen")
    r"|[a-zäöü][a-zäöüß]+(?:lich|isch|ig|al|iert)(?:e|en)))*"
    rf"\s*(?P<name>[A-ZÄÖÜ][a-zäöüß]{{3,}}{_STAFF})(?![\w-])"
    # the doublet ("Sprachmittlerinnen und Sprachmittler", "… und -manager") and the group
    # served ("… für Neuzugewanderte"), which the service's name keeps
    rf"(?:\s+und\s+(?:-|[A-ZÄÖÜ][a-zäöüß]{{3,}}){_STAFF})?"
    r"(?:\s+(?P<group>für\s+[A-ZÄÖÜ][a-zäöüß]{4,}(?:e|en)))?(?![\w-])"
)
# staff as the subject of a funding passive whose participle closes the clause, the auxiliary
# before the staff noun or after it: the service they provide ("In Kiel werden ab Mai drei
# weitere Sprachmittlerinnen gefördert", "Die Teilhabebegleiter werden vom Land finanziert")
_FUNDED_STAFF_PASSIVE = re.compile(
    r"(?<![\w-])(?:(?P<aux>werden|wird|wurden)\s+(?:[\w-]+\s+){0,6}?)?"
    rf"(?P<name>[A-ZÄÖÜ][a-zäöüß]{{3,}}{_STAFF})(?![\w-])"
    r"(?:\s+(?P<aux_after>werden|wurden)(?:\s+[\w-]+){0,5}?)?"
    # the agent ("… vom Land finanziert", "… durch den Bund gefördert")
    r"(?:\s+(?:vom|von\s+der|von\s+den|durch\s+das|durch\s+den|durch\s+die)\s+[A-ZÄÖÜ][\w-]+)?"
    r"\s+(?:gefördert|finanziert|bezahlt)(?:\s+(?:werden|worden))?(?=\s*[.,;:]|\s+und\s)"
)
# a service that funding pays for, named by a compound on a service head whose modifier names
# the core of the field (``_INSTRUMENT_FIELD``): the object of a funding frame ("stellt 2
# Millionen Euro für die Flüchtlingssozialarbeit bereit", "Stellen im Teilhabemanagement",
# "Mittel für die Integrationskoordination"); a generic field or service ("für die
# Sprachförderung", "für die Sprachmittlung", "… Beratung") or another field's service
# ("Schulsozialarbeit") is none
_SERVICE_OBJECT = re.compile(
    r"(?<![\w-])(?:(?:[Ss]tellen|[Pp]ersonalstellen|[Vv]ollzeitstellen|[Mm]ittel|[Gg]eld|Euro|[Zz]uschüsse)"
    r"\s+(?:[a-zäöü][\w-]*\s+){0,4}?(?:für\s+(?:die|das|den)|im|in\s+der|zur|zum)"
    # the direct object of an active funding verb, after the subject or adverbs ("Die
    # Landesregierung fördert die Migrationssozialarbeit", "finanziert das Land seit 2020 die …")
    r"|(?:fördert|fördern|förderte|förderten|finanziert|finanzieren|finanzierte|bezuschusst)"
    r"\s+(?:[\w-]+\s+){0,5}?(?:die|das|den)"
    # the projects or offers of a service, where the sentence speaks of funding
    # (``_FUNDING_VERB``): "Gefördert werden … Projekte der Migrationssozialberatung"
    r"|(?P<of>[Pp]rojekte|[Aa]ngebote|[Mm]aßnahmen|[Tt]räger)\s+der)\s+"
    r"(?P<name>(?P<modifier>[A-ZÄÖÜ][a-zäöüß]{3,})(?:management|sozialarbeit|sozialberatung"
    r"|koordination|begleitung|lotsendienst))(?![\w-])"
)
_FUNDING_VERB = re.compile(
    r"gefördert|fördert|fördern|finanziert|bezuschusst|[Ff]örder(?:mittel|ung)"
)
# staff counted or spread over a region in a sentence about a programme: the service they
# provide ("Herzstück sind die rund 500 Integrationsmanagerinnen und -manager", "Zudem gibt
# es Teilhabebegleiter in allen Landkreisen"), read where that sentence or the one before has
# a programme noun
# staff counted as the object of a verb of financing, the funder after the verb: the service
# they provide ("Ab Mai finanziert das Land 45 zusätzliche Teilhabemoderatorinnen"); without
# a count the staff may be paid through a programme named elsewhere
_FINANCED_COUNTED_STAFF = re.compile(
    r"(?<![\w-])(?:finanziert|finanzieren|bezahlt|bezahlen)\s+(?:das|der|die)\s+[A-ZÄÖÜ][\w-]+\s+"
    r"(?:[a-zäöü][\w-]*\s+){0,3}?(?:\d[\d.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf"
    r"|zwanzig|dreißig|fünfzig|hundert)\s+(?:[a-zäöü][a-zäöüß]+(?:e|en)\s+)?"
    rf"(?P<name>[A-ZÄÖÜ][a-zäöüß]{{3,}}{_STAFF})(?![\w-])"
)
_COUNTED_STAFF = re.compile(
    r"(?<![\w-])(?:(?:rund|etwa|über|fast|knapp|mehr\s+als|bis\s+zu)\s+)?"
    r"(?P<count>\d[\d.]*|zehn|zwanzig|dreißig|fünfzig|hundert|tausend|zweihundert|dreihundert)\s+"
    rf"(?:[a-zäöü][a-zäöüß]+(?:e|en)\s+)?(?P<name>[A-ZÄÖÜ][a-zäöüß]{{3,}}{_STAFF})(?![\w-])"
    rf"|(?P<name2>[A-ZÄÖÜ][a-zäöüß]{{3,}}{_STAFF})\s+in\s+(?:allen|jedem|jeder)\s+"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:kreis|kreisen|bezirk|bezirken|kommune|kommunen|gemeinde|gemeinden"
    r"|städte|städten|region|regionen|land|ländern))(?![\w-])"
)
_STAFF_TO_SERVICE = (
    ("koordinator", "koordination"),
    ("berater", "beratung"),
    ("mittler", "mittlung"),
    ("begleiter", "begleitung"),
    ("manager", "management"),
    ("moderator", "moderation"),
    ("pat", "patenschaft"),
    ("coach", "coaching"),
)


def _is_land_name(name: str) -> bool:
    """A name that is a Land's name and nothing more ("Hessen", "Nordrhein-Westfalen")."""
    found = lands_in_phrase(name)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name)


def _service_of_staff(staff: str) -> str:
    """The service a staff noun's holders provide: "Sprachmittlerinnen" -> "Sprachmittlung",
    "Integrationsmanager" -> "Integrationsmanagement", "Lesepaten" -> "Lesepatenschaft"."""
    name = re.sub(r"(?:innen|in|en|(?<=pat)e|(?<=coach)es)$", "", staff)
    for staff_noun, service in _STAFF_TO_SERVICE:
        name = re.sub(rf"{staff_noun}$", service, name)
    return name


# letters, or a class of one letter in both cases ("[Kk]"), after an optional \b in the source
_OPENING = re.compile(r"(?:\\b)?((?:[A-Za-zÄÖÜäöüß]|\[([A-ZÄÖÜ])(?i:\2)\])+)")
_BOTH_CASES = re.compile(r"\[([A-ZÄÖÜ])[a-zäöü]\]")


def _needles(pattern: str) -> tuple[str, ...] | None:
    """Lower-case literal openings of a pattern's alternatives (at least two letters; ``[Kk]``
    counts as ``k``), or None if one alternative has none. A letter followed by ``?``, ``*`` or
    ``{`` is optional and ends the opening before it.

    >>> _needles(r"Berufssprachkurs\\w*|\\bMBE\\b|[Kk]ommunale\\w* X|Sprach-Kitas?")
    ('berufssprachkurs', 'mbe', 'kommunale', 'sprach')
    >>> _needles(r"Kitas?|(?:Integrations)?[Ff]rauenkurs") is None
    True
    >>> _needles(r"[Kl]asse") is None  # not one letter in both cases
    True
    """
    out = []
    for alt in pattern.split("|"):
        m = _OPENING.match(alt)
        if not m:
            return None
        opening = _BOTH_CASES.sub(r"\1", m.group(1)).lower()
        if alt[m.end() : m.end() + 1] in ("?", "*", "{"):
            opening = opening[:-1]
        if len(opening) < 2:
            return None
        out.append(opening)
    return tuple(out)


_NEEDLES: dict[str, tuple[str, ...] | None] = {}
# the reference patterns as searched where no needle opens them (or the lowercased text's
# offsets differ): guarded, so that the text is asked for their literal first and the pattern
# tried only at the characters that can open a match, not at every one (issue 16)
_SEARCHED: dict[str, Guarded | re.Pattern[str]] = {}


def _searched(key: str, pattern: re.Pattern[str]) -> Guarded | re.Pattern[str]:
    """``pattern`` (a reference programme's) in its :func:`~intgraph.language.scan.guard` form,
    made once per programme."""
    g = _SEARCHED.get(key)
    if g is None:
        g = _SEARCHED[key] = guard(pattern)
    return g


class _Spans:
    """Matched spans, sorted by start, for look-ups in logarithmic time (a document with
    thousands of matches stays linear)."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def add(self, s: int, e: int) -> None:
        bisect.insort(self.spans, (s, e))

    def _before(self, pos: int) -> list[tuple[int, int]]:
        i = bisect.bisect_right(self.spans, (pos, float("inf")))
        return self.spans[max(0, i - 4) : i]  # spans are short: the last few can reach pos

    def holds(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self._before(pos))

    def covers(self, s: int, e: int) -> bool:
        return any(a <= s and b >= e for a, b in self._before(s))


def _heads() -> re.Pattern[str]:
    """One pattern of every reference programme, to complete truncated compounds."""
    global _HEADS
    if _HEADS is None:
        _HEADS = re.compile("|".join(f"(?:{p.pattern.pattern})" for p in programmes()))
    return _HEADS


_HEADS: re.Pattern[str] | None = None

# the first reference programme whose pattern matches a whole word, by word (for the reference
# programmes of _LISTED_FOR): a compound or a frame's name was matched against all 36 patterns
# each time it was asked (issue 12)
_LISTED_WORDS: dict[str, ProgrammeDef | None] = {}
_LISTED_FOR: list[tuple[ProgrammeDef, ...] | None] = [None]


def _listed_programme(word: str) -> ProgrammeDef | None:
    """The first of :func:`programmes` whose pattern matches all of ``word``, or None."""
    defs = programmes()
    if _LISTED_FOR[0] is not defs:
        _LISTED_WORDS.clear()
        _LISTED_FOR[0] = defs
    if word in _LISTED_WORDS:
        return _LISTED_WORDS[word]
    found = next((p for p in defs if p.pattern.fullmatch(word)), None)
    if len(_LISTED_WORDS) < 1 << 14:
        _LISTED_WORDS[word] = found
    return found


_WORD_CHAR = re.compile(r"[\w-]")
_SPACE_CHAR = re.compile(r"\s")


def _named_matches(text: str) -> Iterator[re.Match[str]]:
    """``_NAMED.finditer(text)``, trying the pattern only where it can start: a match is a
    programme noun (letters and at most one hyphen, not preceded by either), white space and
    an opening quotation mark, so it starts where the run of word characters ends that stands
    before the white space before a ``„``, ``»`` or ``"``."""
    starts = []
    for q in literal_starts(text, [("„", 0), ("»", 0), ('"', 0), ("‚", 0)]):
        k = q
        while k > 0 and _SPACE_CHAR.match(text, k - 1):
            k -= 1
        if k == q:
            continue  # no white space before the quotation mark
        j = k
        while j > 0 and _WORD_CHAR.match(text, j - 1):
            j -= 1
        if j < k:
            starts.append(j)
    return anchored_finditer(getattr(_NAMED, "_rx", _NAMED), text, sorted(set(starts)))


def _named_person(text: str, word: str) -> bool:
    """``word`` is the family name of a person the text names with a given name before it
    ("Ministerin Eva Roth", then "die Roth-Initiative": named after her, no programme's name)."""
    for m in re.finditer(rf"([A-ZÄÖÜ][a-zäöüß]+)\s+{re.escape(word)}(?![\w-])", text):
        if is_given_name(m.group(1)):
            return True
    return False


def find_programmes(index: TextIndex) -> list[ProgrammeMention]:
    flat = index.flat
    # match on the text with line-break hyphens repaired; offsets map back to the original
    text, where = repair_with_offsets(flat)
    lower = "".join(lower_parts(text))  # text.lower(), without its 12 bytes a character
    out: list[ProgrammeMention] = []
    taken = _Spans()

    def add(key: str, label: str, provisional: bool, s: int, e: int) -> None:
        if provisional:
            # a name read by a frame that is a listed programme's ("gefördert werden
            # Integrationsmanager" -> the listed Integrationsmanagement) is that programme
            listed = _listed_programme(label)
            if listed is not None:
                key, label, provisional = listed.key, listed.label_de, False
        add_at(key, label, provisional, where[s], where[e])

    def add_at(key: str, label: str, provisional: bool, s: int, e: int) -> None:
        """``add`` with offsets of the original text (for the patterns that read its lines)."""
        if index.is_clutter(s):
            return
        out.append(
            ProgrammeMention(
                key, label, provisional, Evidence(s, e, index.sentence_text(s), EXTRACTOR)
            )
        )
        taken.add(s, e)

    for p in programmes():
        if p.key not in _NEEDLES:
            _NEEDLES[p.key] = _needles(
                p.pattern.pattern.removeprefix("(?<![\\w-])(?:").removesuffix(")")
            )
        needles = _NEEDLES[p.key]
        if needles is None or len(lower) != len(text):
            matches = _searched(p.key, p.pattern).finditer(text)
        else:
            # every match starts at one of the needles: try the pattern only there
            starts = literal_starts(lower, [(n, 0) for n in needles])
            if not starts:
                continue
            matches = anchored_finditer(p.pattern, text, starts)
        for m in matches:
            add(p.key, p.label_de, False, m.start(), m.end())
    if "- " in text or "-," in text:
        heads = _heads()
        for s, e, word in truncated_compounds(
            text,
            lambda w: heads.fullmatch(w) is not None,
            known=lambda c: _listed_programme(c) is not None,
        ):
            p = _listed_programme(word)
            if p is not None:
                add(p.key, p.label_de, False, s, e)

    def free(s: int) -> bool:
        return not taken.holds(where[s])

    def covered(s: int, e: int) -> bool:
        """A listed programme's match spans the whole name, but for a bracketed abbreviation
        ("Integration durch Qualifizierung (IQ)")."""
        s, e = where[s], where[e]
        core = len(re.sub(r"\s*\([^)]*\)\s*$", "", flat[s:e]))
        return taken.covers(s, s + core)

    for rx in (_NAMED, _NAMED_BRAND):
        found = _named_matches(text) if rx is _NAMED else rx.finditer(text)
        for m in found:
            # a quoted name is the programme's own, even where it contains a listed one
            # ("Bundesprogramm „Integrationskursträger stärken“")
            if free(m.start("name")) or (
                rx is _NAMED and not covered(m.start("name"), m.end("name"))
            ):
                name = _OFFICE_WORDS.sub("", m.group("name").strip())
                end = m.end("name")
                if rx is _NAMED and _BODY_EXPANSION.search(name):
                    # "die Landesinitiative „ThAFF – Thüringer Agentur für …“": a body; its
                    # acronym is no brand of a programme either
                    taken.add(where[m.start("name")], where[m.end("name")])
                    continue
                if rx is _NAMED_BRAND and _LAW.match(name):
                    continue  # "Förderrichtlinie VwV Integration": a regulation's abbreviation
                if rx is _NAMED_BRAND and _is_land_name(name):
                    continue  # "Das Landesprogramm Hessen ist …": the programme's Land
                if (
                    rx is _NAMED_BRAND
                    and m.group("pair")
                    and is_person_group(m.group("pair"))
                    and is_person_group(m.group("pair2"))
                ):
                    # "Gefördert werden durch das Programm Familien und Alleinerziehende.": the
                    # people the programme reaches, the clause's subject, not its name
                    continue
                if (
                    rx is _NAMED_BRAND
                    and _LAND_VERB.fullmatch(name)
                    and _verb_final(text, m.start())
                ):
                    # "…, weil das Programm Thüringen hilft.": in a clause with its verb last
                    # the Land is the verb's subject or object; only in a main clause, where
                    # the verb comes second, is "Land + verb" after the noun a slogan's name
                    continue
                if rx is _NAMED and _EDITION_NOUN.match(m.group()):
                    # "der Förderaufruf „Nachbarn 2024“", "die Förderrunde „X 2025“": a call
                    # or round is one year's edition of the programme, named without the year
                    name = re.sub(r"\s+(?:19|20)\d\d$", "", name)
                    end = m.start("name") + len(name)
                dotted = _DOTTED_EXPANSION.match(name)
                if dotted and dotted.group("exp")[0] != name[0]:
                    # "A.B.C. – Xyz …": a dash after an acronym opens its expansion only where
                    # that starts with the acronym's first letter; else the clause goes on
                    name = dotted.group("acronym")
                    end = m.start("name") + len(name)
                head, colon, _slogan = name.partition(": ")
                if colon and len(head.split()) <= 3:
                    # "„Lernhafen: Weil jeder Anfang zählt“": name, slogan
                    name, end = head, m.start("name") + len(head)
                add(name, name, True, m.start("name"), end)
                if rx is _NAMED:
                    # "die Programme „Ankommen“ und „Bleiben“": quoted names coordinated with it
                    for c in _coordinated_quotes(text, m.end()):
                        if free(c.start("name")):
                            add(c.group("name"), c.group("name"), True, *c.span("name"))
                    # "über das Programm „A“ sowie vom Bund über „B“": a second phrase with
                    # the same preposition, coordinated with the first
                    c = _parallel_quote(text, m.start(), m.end())
                    if c is not None and free(c.start("name")):
                        add(c.group("name"), c.group("name"), True, *c.span("name"))
    quoted = "„" in text or "»" in text or '"' in text
    # "Zu den Förderprogrammen gehören „A“, „B“ und „C“": a plural programme noun as subject
    for m in _PROGRAMMES_ARE.finditer(text) if quoted else ():
        for c in [m, *_coordinated_quotes(text, m.end())]:
            if free(c.start("name")):
                add(c.group("name"), c.group("name"), True, *c.span("name"))
    for m in _QUOTED_INSTRUMENT.finditer(text) if quoted else ():
        if not (m.group("adj") or m.group("own")) or not free(m.start("name")):
            continue
        name = m.group("name")
        if m.group("gen"):
            name = name[: m.start("gen") - m.start("name")] + name[m.end("gen") - m.start("name") :]
        if not MEDIUM_NAME.fullmatch(name) and not _BODY_FIRST.match(name):
            add(name, name, True, *m.span("name"))
    for rx in (_INSTRUMENT_PASSIVE, _INSTRUMENT_ACTIVE) if quoted else ():
        for m in rx.finditer(text):
            group = "name" if m.group("name") else "name2"
            name = m.group(group).strip()
            if not free(m.start(group)) or MEDIUM_NAME.fullmatch(name) or _BODY_FIRST.match(name):
                continue  # "unterstützt mit „Aktion Mensch“ …": a body's name
            add(name, name, True, m.start(group), m.start(group) + len(name))
    for m in _CALLED.finditer(text):
        group = next(g for g in ("name", "name2", "name3") if m.group(g))
        if free(m.start(group)):
            name = m.group(group).strip()
            add(name, name, True, m.start(group), m.end(group))
    for rx in (_UNDER_NAME, _REGION_NAMED) if quoted else ():
        for m in rx.finditer(text):
            name = m.group("name").strip()
            if not free(m.start("name")) or _NOT_A_PROGRAMME_HEAD.search(name.split()[0]):
                continue
            if MEDIUM_NAME.fullmatch(name) or _OTHER_KIND_BEFORE.search(
                text, max(0, m.start() - 30), m.start()
            ):
                continue
            if rx is _REGION_NAMED and (
                _RECIPIENT_BEFORE.search(text, max(0, m.start() - 40), m.start())
                or _BODY_AFTER.match(text, m.end())
            ):
                continue  # "Die Förderung ging an die „Kleiderkammer Nord“": a body that is funded
            cue = _near_cue if rx is _UNDER_NAME else _near_programme_noun
            if cue(index, where[m.start()], name):
                add(name, name, True, m.start("name"), m.end("name"))
    # the line patterns read the original text (the flat one has no lines)
    lines = index.text
    for m in _HEADING_NAME.finditer(lines) if quoted else ():
        if not taken.holds(m.start("name")):
            name = m.group("name").strip()
            add_at(name, name, True, m.start("name"), m.start("name") + len(name))
    listed = [*(_LISTED.finditer(lines) if ":" in text else ())]
    listed += [*(_HEADED_LIST.finditer(lines) if " | " in lines else ())]
    for m in listed:
        pos = m.start("items")
        for item in re.split(r"[ \t]*[|;·,][ \t]*", m.group("items")):
            item = item.strip()
            at = lines.find(item, pos)
            pos = at + len(item)
            if item and " " not in item and "-" not in item and is_common_noun(item):
                continue  # "Beratung": a field, not a name
            if item and _LIST_ITEM.fullmatch(item) and len(item.split()) <= 5:
                if not taken.holds(at) and not taken.holds(at + len(item) - 1):
                    add_at(item, item, True, at, at + len(item))
    for m in _HEADED_BULLETS.finditer(lines) if "\n" in lines else ():
        for b in _BULLET.finditer(lines, m.start("items"), m.end("items")):
            item = b.group("item")
            name = _bulleted_name(item)
            at = b.start("item")
            if name is None or taken.holds(at) or taken.holds(at + len(name) - 1):
                continue
            add_at(name, name, True, at, at + len(name))
            taken.add(at, b.end("item"))  # its description in brackets is no second programme
    for m in _TABLE_HEAD.finditer(lines) if "  " in lines or "\t" in lines else ():
        pos = m.end()
        for line in lines[m.end() :].split("\n"):
            row = _TABLE_ROW.fullmatch(line)
            at, pos = pos, pos + len(line) + 1
            if row is None:
                break  # the table ends at a row without figures
            name = (
                None if _TABLE_SUM.match(row.group("cell")) else _bulleted_name(row.group("cell"))
            )
            start = at + row.start("cell")
            if name is None or taken.holds(start) or taken.holds(start + len(name) - 1):
                continue
            add_at(name, name, True, start, start + len(name))
    for m in (
        _BREADCRUMB_PROGRAMME.finditer(lines)
        if "Startseite" in lines or "Home" in lines or "Start" in lines
        else ()
    ):
        name = m.group("name").strip()
        if " " not in name and "-" not in name and is_common_noun(name):
            continue  # "… › Programme › Beratung": a field, not a name
        if name not in lines[m.end() :]:
            continue  # a category the page does not take up
        if (
            _LIST_ITEM.fullmatch(name)
            and len(name.split()) <= 5
            and not taken.holds(m.start("name"))
        ):
            add_at(name, name, True, m.start("name"), m.start("name") + len(name))
    for m in _LIST_ITEM_NAMED.finditer(lines) if quoted else ():
        name = m.group("name").strip()
        if taken.holds(m.start("name")) or MEDIUM_NAME.fullmatch(name) or len(name.split()) > 6:
            continue
        above = lines[max(0, m.start() - 300) : m.end()]
        if _AWARD_OR_AGENDA.search(above):
            continue  # a prize's winners or an event's agenda
        if m.group("adjective") and SPEECH_PREDICATE.match(m.group("desc")):
            continue  # "„Wir bleiben dran“ – betonte Müller": words and their speaker
        if _PROGRAMME_CUE.search(above) or _FUNDING_CUE.search(above):
            add_at(name, name, True, m.start("name"), m.start("name") + len(name))
    for rx in (_EXAMPLES, _CALLED_RELATIVE) if quoted else ():
        for m in rx.finditer(text):
            if rx is _EXAMPLES and _OTHER_KIND_BETWEEN.search(m.group("between")):
                continue  # "Projekte von Trägern wie „X“": examples of the bodies
            if rx is _EXAMPLES and _BODY_FIRST.match(m.group("name")):
                continue  # "Angebote wie die „Stiftung X“": a body
            coordinated = _coordinated_quotes(text, m.end()) if rx is _EXAMPLES else []
            for c in [m, *coordinated]:
                if free(c.start("name")) and not MEDIUM_NAME.fullmatch(c.group("name")):
                    name = c.group("name").strip()
                    add(name, name, True, c.start("name"), c.start("name") + len(name))
    for m in _ACRONYM_BRACKETED.finditer(text) if "(" in text else ():
        if free(m.start()) and _expands(m.group("acronym"), m.group("exp")):
            name = f"{m.group('acronym')} – {m.group('exp')}"
            add(name, name, True, m.start(), m.end())
    for m in _NAME_COMPOUND.finditer(text) if "-" in text else ():
        mod = m.group("mod")
        parts = mod.split("-")
        if not free(m.start()) or re.match(r"\s*[„»\"]", text[m.end() : m.end() + 3]):
            continue  # "die Meister-Initiative „X“": the head noun of a quoted name
        if all(p.isupper() for p in parts):
            if len(parts) < 2:
                continue  # "EU-Programm": one body's programme, no name
        elif (
            len(parts) > 1
            or len(mod) < 5
            or is_known_name(mod)  # "die Merkel-Initiative": a person's, or "Corona-"
            or _named_person(text, mod)  # "Ministerin Eva Roth … die Roth-Initiative"
            or is_common_noun(mod)
            or (mod.endswith("s") and is_common_noun(mod[:-1]))  # "Nachbarschafts-"
            or _FIELD.fullmatch(mod.lower())
            or lands_in_phrase(mod)
            # "der Lernpaten-Initiative": a group of volunteers' initiative, no name
            or re.search(rf"{_STAFF}$", mod.lower())
            or is_person_group(mod)
        ):
            continue  # "Kita-Programm", "Sprach-Initiative", "Hessen-Fonds": a kind
        name = m.group("name")
        plural = m.group("plural") or m.group("plural2")
        if plural:
            name = name[: -len(plural)]  # "die Rucksack-Elternprogramme": one programme
        add(name, name, True, m.start(), m.end())
    for m in _COUPLED_PHRASE.finditer(text) if "-" in text else ():
        phrase = m.group("phrase")
        if free(m.start()) and not _NOT_A_COUPLED_NAME.search(phrase):
            name = phrase.replace("-", " ")
            add(name, name, True, m.start(), m.start() + len(phrase))
    for m in _SO_CALLED.finditer(text) if "genannt" in text else ():
        head = m.group("head")
        if not free(m.start("name")) or not _SERVICE_HEAD.search(head.lower()):
            continue
        s, e = index.sentence_at(where[m.start()])
        k = e
        while k < len(flat) and flat[k].isspace():
            k += 1
        hi = index.sentence_at(k)[1] if k < len(flat) else e  # and the next sentence
        if not (_FUNDING_CUE.search(flat, s, hi) or _PROGRAMME_CUE.search(flat, s, hi)):
            continue
        for plural, singular in _SINGULAR:
            if head.endswith(plural):
                head = head[: -len(plural)] + singular
                break
        name = f"{head} {m.group('field')}" if m.group("field") else head
        add(name, name, True, m.start("name"), m.end("name"))
    for m in _APPLICATION_FOR.finditer(text) if "„" in text or "»" in text or '"' in text else ():
        name = m.group("name").strip()
        if not free(m.start("name")) or _AWARD_WORD.search(name):
            continue
        s, e = index.sentence_at(where[m.start()])
        if _AWARD_WORD.search(flat, s, e) or _BODY_FIRST.match(name):
            continue  # "Bewerbungsfrist für „X“, den Preis des Landes": a prize
        add(name, name, True, m.start("name"), m.end("name"))
    for m in _ADJECTIVE_NAMED.finditer(text) if "e " in text else ():
        if free(m.start("name")):
            add(m.group("name"), m.group("name"), True, m.start("name"), m.end("name"))
    for m in _OPEN_BRAND.finditer(text):
        name = m.group("name")
        first = name.split()[0]
        if not free(m.start()) or first in ("Das", "Die", "Der", "Mit", "Für", "Und", "Auch"):
            continue
        if _near_cue(index, where[m.start()], ""):
            add(name, name, True, m.start(), m.end())
    for m in _QUOTED_COMPOUND.finditer(text) if quoted else ():
        name = m.group("name")
        if free(m.start("name")) and (m.group("prefix") or _FIELD.search(name.lower())):
            add(name, name, True, m.start("name"), m.end("name"))
    for m in _FRONTED_NAMED.finditer(text):
        name = m.group("name")
        words = name.split()
        groups = [is_person_group(w) for w in words if w[:1].isupper()]
        if not free(m.start("name")) or groups[0] or (len(groups) == len(words) and any(groups)):
            continue  # "Mit dem Programm Geflüchtete Frauen …": the people reached
        if _is_land_name(name) or _LAW.match(name):
            continue
        add(name, name, True, m.start("name"), m.end("name"))
    # quoted names by their clause (issue 12): a compound's first member, the argument of a
    # verb of a programme's life, "Mit „X“" opening a clause, the predicative of "heißen"
    if quoted or "‚" in text:
        _quoted_by_clause(text, index, where, free, add)
    # an abbreviation in brackets right after a programme's name is that programme's
    # ("„Zukunft in Arbeit“ (ZiA)"): its later uses ("ZiA-Lotsinnen") are no second one
    aliases = set()
    short_forms = (
        *(_BRACKETED_ABBREVIATION.finditer(text) if "(" in text else ()),
        *(_SHORT_FORM.finditer(text) if "kurz" in text else ()),
    )
    for m in short_forms:
        k = m.start()
        while k > 0 and text[k - 1] in ' “«"':
            k -= 1
        if k > 0 and taken.holds(where[k - 1]):
            aliases.add(m.group("abbr"))
    named_first = {label.split()[0] for p in out if (label := p.label.replace("–", " ")).split()}
    for m in _BRAND_WORD.finditer(text):
        # "FiA-Kurse", "LernWerk-Servicestellen": the programme is the brand
        name = _KIND_WORDS.sub("", _OFFICE_WORDS.sub("", m.group("name")))
        if (
            name in _NOT_BRANDS
            # "FiA-Kurse" beside "„FiA – Frauen im Aufbruch“"
            or name in named_first
            or name.split("-")[0] in aliases
            or _LAW.match(name)
            or not free(m.start())
        ):
            continue
        if text[max(0, m.start() - 2) : m.start()] == " (" and taken.holds(where[m.start() - 3]):
            continue  # "Berufssprachkurse (DeuFöV)": the abbreviation of the one named before
        s, e = index.sentence_at(where[m.start()])
        if _PROGRAMME_CUE.search(flat, s, e):
            add(name, name, True, m.start(), m.start() + len(name))
    found_labels = "|".join(p.label for p in out)
    for m in _OFFICE_COMPOUND.finditer(text):
        name = m.group("name")
        if re.match(r"\s*[„»\"‚]", text[m.end() : m.end() + 3]):
            continue  # "das EU-AMIF-Projekt „X“": the head noun of a quoted name
        if name in found_labels:
            continue  # "IQ-Anlaufstelle" beside "Integration durch Qualifizierung (IQ)"
        if not m.group("office") and "-" not in name and not _BRAND_WORD.fullmatch(name):
            if not (name.isupper() and len(name) >= 2):
                continue  # "Kita-Projekte", "Sprach-Kurse": no name
        owner = _OWNER_AFTER.match(text, m.end())
        if owner and any(
            label.split()[0].startswith(owner.group("owner"))
            for label in found_labels.split("|")
            if label.split()
        ):
            continue  # "die Lesehilfe-Stützpunkte der Wortbrücke": that programme's offices
        if free(m.start()) and name not in _NOT_BRANDS | aliases and not name.isdigit():
            add(name, name, True, m.start(), m.start() + len(name))
    for m in _NAMED_PLAN.finditer(text):
        if not _of_the_field(m.group("name")):
            continue  # "Stellenplan 2024": a plan of another field
        if _GENERIC_PREFIX.match(m.group("name")):
            continue  # "Landesprogramm WIR": the name is WIR (read above)
        if lands_in_phrase(m.group("name").split()[-1]):
            continue  # "das Integrationskonzept Sachsens": a description, not a name
        if free(m.start()):
            add(m.group("name"), m.group("name"), True, m.start(), m.end())
    for m in _SERVICE_COMPOUND.finditer(text):
        if free(m.start()):
            name = re.sub(r"(?:lotsinnen|lotsin|lotse)$", "lotsen", m.group("name"))
            add(name, name, True, m.start(), m.end())
    for m in _INSTRUMENT_COMPOUND.finditer(text):
        if not free(m.start()) or not _INSTRUMENT_FIELD.search(m.group("modifier").lower()):
            continue
        name, end = m.group("name"), m.end("name")
        region = m.group("region")
        regional = bool(region) and (
            bool(re.fullmatch(_REGION_WORD, region)) or bool(lands_in_phrase(region))
        )
        if regional:
            name, end = f"{name} {region}", m.end("region")
        elif name.endswith(("budgets", "coachings", "pools")):
            continue  # "fördert Sprachmittlerpools": a kind of service, no one instrument
        if not regional and (
            _POSSESSOR_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or _OWNER_GENITIVE.match(text, m.end("name"))
        ):
            continue  # "das Integrationsbudget der Stadt", "ihr Teilhabefonds": a budget line
        add(name, name, True, m.start(), end)
    for m in _FUNDED_STAFF.finditer(text):
        if free(m.start("name")):
            name = _service_of_staff(m.group("name"))
            if m.group("group"):
                name = f"{name} {m.group('group')}"
            add(name, name, True, m.start("name"), m.end())
    for m in _FINANCED_COUNTED_STAFF.finditer(text) if "finanz" in text or "bezahl" in text else ():
        if free(m.start("name")):
            name = _service_of_staff(m.group("name"))
            add(name, name, True, m.start("name"), m.end("name"))
    for m in (
        _FUNDED_STAFF_PASSIVE.finditer(text)
        if "gefördert" in text or "finanziert" in text or "bezahlt" in text
        else ()
    ):
        if (m.group("aux") or m.group("aux_after")) and free(m.start("name")):
            name = _service_of_staff(m.group("name"))
            add(name, name, True, m.start("name"), m.end("name"))
    for m in _SERVICE_OBJECT.finditer(text):
        if m.group("of"):
            s, e = index.sentence_at(where[m.start()])
            if not _FUNDING_VERB.search(flat, s, e):
                continue  # "die Angebote der Flüchtlingssozialarbeit stehen allen offen"
        if free(m.start("name")) and _INSTRUMENT_FIELD.search(m.group("modifier").lower()):
            add(m.group("name"), m.group("name"), True, m.start("name"), m.end("name"))
    for m in _COUNTED_STAFF.finditer(text):
        group = "name" if m.group("name") else "name2"
        staff = m.group(group)
        modifier = re.sub(rf"{_STAFF}$", "", staff)
        if not free(m.start(group)) or not _INSTRUMENT_FIELD.search(modifier.lower() or "-"):
            continue
        if not _near_programme_noun(index, where[m.start(group)], ""):
            continue
        name = _service_of_staff(staff)
        add(name, name, True, m.start(group), m.end(group))
    # the frames below look at a text only where their heads occur (issue 16)
    plans = any(h in lower for h in ("plan", "paket", "programm", "konzept", "strategie", "pakt"))
    for m in _FIELD_NAMED.finditer(text) if plans else ():
        word = m.group("word")
        if _GENERIC_PREFIX.match(m.group("head")):
            continue  # "das Landesprogramm Ankommen": the name is "Ankommen" (read above)
        if free(m.start("name")) and free(m.start("word")) and _FIELD_WORD.fullmatch(word.lower()):
            name = f"{m.group('head')} {word}"  # "des Zukunftspakts Integration" -> nominative
            add(name, name, True, m.start("name"), m.end("name"))
    for m in _PLACE_NAMED.finditer(text) if plans else ():
        place = m.group("place")
        if free(m.start()) and not _GENERIC_PREFIX.match(m.group("name")):
            if (
                is_name_token(place)
                and not is_common_noun(place)
                and _of_the_field(m.group("name"))
            ):
                add(m.group("name"), m.group("name"), True, m.start(), m.end())
    for m in _land_adjective_named().finditer(text) if plans and "sch" in text else ():
        if free(m.start()) and _of_the_field(m.group("noun")):
            head = m.group("head")
            stem = m.group("adj").rstrip("mnrse")  # "Sächsischen" -> "Sächsisch"
            noun = m.group("noun")[: m.end("head") - m.start("noun")]
            name = f"{stem}{_HEAD_GENDER[head]} {noun}"
            add(name, name, True, m.start(), m.end())
    causes = plans and (" gegen " in text or " für " in text)
    for m in _CAUSE_NAMED.finditer(text) if causes else ():
        if free(m.start("name")):
            name = m.group("name")
            if m.group("gen"):  # "des Aktionsplans gegen …" -> "Aktionsplan gegen …"
                name = m.group("head") + name[m.end("gen") - m.start("name") :]
            add(name, name, True, m.start("name"), m.end("name"))
    for m in _PREFIXED_COURSE.finditer(text) if "-" in text and "kurs" in text else ():
        if not free(m.start()):
            continue
        if _DELIVERY.match(m.group("prefix")):
            # "einen Online-Integrationskurs": the course type itself
            course = next(p for p in programmes() if p.pattern.fullmatch(m.group("course")))
            add(course.key, course.label_de, False, m.start("course"), m.end("course"))
        else:
            add(m.group("name"), m.group("name"), True, m.start(), m.end("name"))
    # a renaming: where one name is a programme's or a programme is around, both are
    # ("Aus „A“ wird „B“: Das Landesprogramm …")
    for m in _RENAMED.finditer(text) if quoted and _RENAME_CUE.search(text) else ():
        pair = [
            g
            for g in ("old", "new", "old2", "new2", "new3", "old3")
            if m.group(g) is not None or m.group(g + "s") is not None
        ]
        groups = [_group(m, g) for g in pair]
        known = any(not free(m.start(g)) for g in groups)
        if not (known or _programme_around(index, where[m.start()])):
            continue
        for g in groups:
            name = m.group(g).strip()
            if free(m.start(g)) and not MEDIUM_NAME.fullmatch(name) and not _BODY_FIRST.match(name):
                add(name, name, True, m.start(g), m.start(g) + len(name))
    # a bare listed programme that the text names in full with a name after it ("was wird aus
    # dem Landesaufnahmeprogramm?" … "Das Landesaufnahmeprogramm Afghanistan läuft aus") is
    # that one
    named = [p.label for p in out if p.provisional]
    return [
        p
        for p in out
        if p.provisional
        or not p.label.endswith("programm")
        or not any(n.startswith(p.label + " ") for n in named)
    ]


# issue 16: the patterns above look at a text only where their words occur (same matches)
guard_module(globals())
