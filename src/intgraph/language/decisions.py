"""Decision and meeting cues: the German words with which a body decides, demands or agrees,
the collective bodies that do so (the IntMK under its many names, the Länder, the ministers),
what cancels a decision (an announcement, a preposition that makes the body a place), and how a
session held online is told.

A lexicon, not a rule: the motion and session extractors build their frames on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from intgraph.language.dates import find_dates
from intgraph.language.lands import LAND_ABBREVIATION, find_lands
from intgraph.language.scan import Guarded, guard_module
from intgraph.language.text import lower_parts

__all__ = [
    "ADOPTED",
    "ADOPTED_PARTICLE",
    "ANNOUNCEMENT",
    "ASKED_FEDERATION",
    "ASK_VERB_FINAL",
    "BACK_REFERENCE",
    "COLLECTIVE",
    "COLLECTIVE_RX",
    "DECISION_PERFECT",
    "DECISION_VERB",
    "INTMK",
    "MEET_VERB",
    "MINISTERS",
    "ONLINE",
    "ORDER_ITEM",
    "OTHER_BODY",
    "PREPOSITION_BEFORE",
    "PROCEDURAL_ITEM",
    "REJECTED",
    "REJECTED_PARTICLE",
    "REPORTED_BY",
    "mentions_conference",
]

# the conference's names ("19. Integrationsministerkonferenz (IntMK)",
# "Integrationsminister*innenkonferenz", "Konferenz der für Integration zuständigen Ministerinnen
# und Minister …", "Länderminister-Konferenz")
# ("(?:Haupt)?[Kk]onferenz der für Integration zuständigen …" is written out as three
# alternatives that open with a letter each: the engine then skips to those letters instead of
# trying the pattern at every position, eight times faster; the same matches, tests compare it
# with the form as first written)
_RESPONSIBLE = (
    r"onferenz\s+der\s+für\s+Integration(?:sfragen)?\s+zuständigen\s+(?:Landes)?[Mm]inister\w*"
    r"(?:\s+(?:und|sowie)\s+(?:-?minister|Minister|Senator)\w*)*(?:\s+(?:und|sowie)\s+Senator\w*)*"
    r"(?:\s+(?:der\s+)?(?:16\s+)?(?:Bundes)?[Ll]änder)?"
)
INTMK = (
    r"(?:Integrationsminister(?:\*innen|:innen|_innen|Innen|innen)?-?\s?[Kk]onferenz"
    r"|Integrationsministerinnen-\s?und\s?-?ministerkonferenz|IntMK|Länderminister-Konferenz"
    # "Frühjahrskonferenz der Integrationsministerinnen und -minister": a session by its season
    r"|(?:(?:Frühjahrs|Herbst|Jahres)k|K)onferenz\s+der\s+Integrationsminister(?:innen)?(?:\s+und\s+-?minister)?(?:\s+(?:der\s+)?(?:16\s+)?Länder)?"
    rf"|(?:Haupt|Frühjahrs|Herbst)[Kk]{_RESPONSIBLE}|K{_RESPONSIBLE}|k{_RESPONSIBLE})"
)

PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:im\s+Rahmen|auf|bei|beim|an|in|im|nach|vor|während|zu|zur|von|seit|mit|für|über)"
    r"\s+(?:der|dem|den|die|des)?\s*(?:\d{1,2}\.\s*|diesjährigen\s+|letzten\s+|nächsten\s+)*)$"
)
COLLECTIVE = (
    rf"(?:{INTMK}|(?:Fach|Integrations)?[Kk]onferenz|(?:alle\s+)?(?:16\s+|sechzehn\s+)?(?:Bundes)?[Ll]änder"
    # (one minister by her office and name is not the body: "Integrationsministerin X (CSU)")
    r"|Integrationsminister(?:innen|n|s)?(?:\s+und\s+-?minister\w*)?(?:\s+und\s+-?senator\w*)?"
    r"(?![\w-])(?!\s+(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:\s|$|[,.]))"
    r"|Integrationsminister\w*(?:\s+und\s+-?minister\w*)(?:\s+und\s+-?senator\w*)?"
    r"|Ministerinnen\s+und\s+Minister(?:,?\s+Senatorinnen\s+und\s+Senatoren)?"
    r"|Ressortchef\w*|Fachminister\w*|Länderminister\w*|Teilnehmenden|Runde"
    # "forderten die Minister …": the plural after an article, not one minister by name
    r"|(?:(?<=[Dd]ie\s)|(?<=[Aa]lle\s))Minister(?:innen)?(?:\s+und\s+-?[Mm]inister(?:innen)?)?"
    r"(?![\w-])(?!\s+(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:\s|$|[,.])))"
)
COLLECTIVE_RX = re.compile(rf"(?<![\w-]){COLLECTIVE}(?![\w-])")
ANNOUNCEMENT = re.compile(
    r"\b(?:will|wollen|wollte|wollten|werden|wird|möchte|möchten|sollen|soll|plant|planen|beabsichtig\w*)\b"
)
DECISION_VERB = re.compile(
    r"(?<![\w-])(?P<verb>fordert|fordern|forderte|forderten|verlangt|verlangen|verlangte|verlangten"
    r"|drängt|drängen|drängte|drängten|appelliert|appellieren|appellierte|appellierten"
    r"|beschloss|beschlossen|beschließen|beschließt|verabschiedete|verabschiedeten|verabschieden"
    r"|baten|bitten|bittet|bat|einigten\s+sich|einigen\s+sich|einigte\s+sich"
    r"|verständigten\s+sich|verständigen\s+sich|verständigte\s+sich|vereinbarten|vereinbaren"
    r"|beantragen|beantragt|beantragten|pochen\s+auf|pochten\s+auf|pocht\s+auf"
    r"|(?:sind|waren|zeigten)\s+sich\s+(?:\w+\s+){0,4}?einig|[Ee]inig\s+(?:sind|waren|zeigten)\s+sich"
    r"|sich\s+(?:\w+\s+){0,3}?einig\s+(?:sind|waren|seien))(?![\w-])"
)
DECISION_PERFECT = re.compile(
    # the middle field may hold an ordinal ("bei der 12. Integrationsministerkonferenz")
    r"(?<![\w-])(?:hat|haben|hatte|hatten)\s+(?P<mid>(?:[^.;!?]|(?<=\d)\.(?=\s)){3,160}?)\s+"
    r"(?P<verb>gefordert|verlangt|beschlossen|verabschiedet|vereinbart|bekräftigt|angemahnt"
    r"|aufgefordert|gebeten|beantragt|geeinigt|verständigt)(?![\w-])"
)

# the federation (or another conference) asked to act, the demand after the comma: "den Bund
# auf, …" (a finite verb's particle), "die Bundesregierung zu bitten, …", "den Bund aufzufordern,
# …" (a list item's zu-infinitive), "den Bund bitten, …"
ASKED_FEDERATION = re.compile(
    r"^(?:den|die)\s+(?:Bund|Bundesregierung|[\w-]*[Mm]inister\w*konferenz|IMK|MPK)\s+(?:\w+\s+){0,2}?"
    r"(?:auf|aufzufordern|zu\s+bitten|zu\s+ersuchen|aufzurufen|bitten|auffordern|ersuchen)\s*,\s*"
)
# the verbs of asking, demanding and appealing in a verb-final clause ("…, in der die Länder den
# Bund auffordern, …")
ASK_VERB_FINAL = (
    r"(?:auffordern|aufforderten|auffordert|bitten|baten|bittet|ersuchen|ersuchten|appellieren"
    r"|appellierten|fordern|forderten|fordert|einfordern|einforderten|verlangen|verlangten|verlangt)"
)

# a motion noun in the genitive, after a noun of the result ("Annahme des Antrags")
_MOTION_GENITIVE = (
    r"(?:Leit)?(?:Antrags|Antrages|Anträge|Beschlussvorschlags|Beschlussvorschläge|Resolution"
    r"|Resolutionen|Vorschlags|Vorschläge|Vorstoßes|Vorstöße|Initiative|Initiativen)(?![\w-])"
    # (not an individual's application: "die Ablehnung des Antrags auf Einbürgerung")
    r"(?!\s+auf\s)"
)
# how a vote ended: adopted ("einstimmig", "mit 14 Ländern", "eine breite Mehrheit") or rejected;
# "vertagt", "zurückgezogen", "zur Kenntnis genommen" are neither ("Bayern stimmte nicht zu" is
# one Land's dissent, not the conference rejecting the motion)
ADOPTED = re.compile(
    r"\b(?:einstimmig|mehrheitlich|angenommen|beschlossen|verabschiedet|erfolgreich|zugestimmt|gebilligt"
    r"|verabschiedete|verabschiedeten|beschloss|billigte|billigten)\b"
    r"|\bmit\s+\d+\s+(?:der\s+16\s+|anderen\s+)?(?:Bundes)?[Ll]ändern?\b|Seite an Seite mit \d+"
    r"|\b(?:eine|die|breite[rn]?|große[rn]?)\s+(?:breite[rn]?\s+|große[rn]?\s+)?Mehrheit\b|\bohne\s+Gegenstimmen?\b"
    # a majority by its size ("fand eine knappe Mehrheit", "mit deutlicher Mehrheit")
    r"|\b(?:knappe|deutliche|klare|überwältigende|satte|komfortable|ausreichende)[rn]?\s+Mehrheit\b"
    # the result as a noun with the motion in the genitive ("die Annahme des Antrags")
    rf"|\bAnnahme\s+(?:des|der|eines|einer)\s+(?:[\w-]+\s+){{0,3}}?{_MOTION_GENITIVE}"
    r"|\b\d{1,2}\s*:\s*0\s*:\s*\d{1,2}\b|\b(?:gefasst|fasste|fassten)\b"
    r"|\b(?:durchgesetzt|durchsetzen\s+können|durchgekommen)\b"
    # "fand breite Zustimmung", "stieß auf einhellige Zustimmung" (a bare "Zustimmung" may be
    # one Land's; "keine Zustimmung" is rejected, read first)
    r"|\b(?:breite|große|einhellige|einstimmige|volle|allgemeine|ungeteilte)\s+Zustimmung\b"
    # "konnte sich Niedersachsen (mit seinem Antrag) durchsetzen" (not "nicht": rejected first)
    r"|\bkonnten?\s+sich\s+(?:(?!nicht\b)[\w-]+\s+){0,8}?durchsetzen\b",
    re.I,  # "Einstimmig beschlossen", "Abgelehnt wurde …" open sentences too
)
REJECTED = re.compile(
    r"\b(?:abgelehnt|keine\s+Mehrheit|gescheitert|scheiterte|scheiterten|nicht\s+angenommen"
    r"|nicht\s+durchgesetzt|nicht\s+durchsetzen|nicht\s+mehrheitsfähig|keine\s+Zustimmung"
    # failed in the vote ("ist durchgefallen"), short of a majority ("nicht die nötige Mehrheit",
    # "keine ausreichende Mehrheit"), the result as a noun ("die Ablehnung des Antrags")
    r"|durchgefallen|nicht\s+die\s+(?:nötige|notwendige|erforderliche)\s+Mehrheit"
    r"|keine\s+(?:ausreichende|nötige|notwendige|erforderliche)\s+Mehrheit)\b"
    rf"|\bAblehnung\s+(?:des|der|eines|einer)\s+(?:[\w-]+\s+){{0,3}}?{_MOTION_GENITIVE}",
    re.I,
)
# separable verbs whose particle closes the clause ("stimmten einem Antrag Bremens zu", "setzten
# sich mit ihrem Antrag durch", "lehnte einen Vorstoß ab"); apart from the patterns above so that
# only sentences holding the verb's stem are searched for them
ADOPTED_PARTICLE = re.compile(
    r"(?<![\w-])(?:[Ss]timmten?\s+(?:(?!nicht\b)[\w-]+\s+){1,12}?zu"
    r"|[Ss]etzten?\s+sich\s+(?:(?!nicht\b)[\w-]+\s+){1,12}?durch)(?=\s*[.;,]|\s*$)"
)
# ("fiel der Vorschlag, X zu tun, durch": a zu-infinitive between commas may stand before the
# particle of "durchfallen")
REJECTED_PARTICLE = re.compile(
    r"(?<![\w-])(?:[Ll]ehnten?\s+(?:[\w-]+\s+){1,12}?ab"
    r"|[Ff]iel(?:en)?\s+(?:[\w-]+,?\s+){0,16}?durch)(?=\s*[.;,]|\s*$)"
)
# a clause of reporting after a comma ("…, berichtete die Ministerin", "…, hieß es"): who told
# it, not what was decided
REPORTED_BY = re.compile(
    r"^\s*,\s*(?:so|sagte|sagt|berichtete|berichtet|erklärte|erklärt|betonte|betont|teilte|"
    r"meinte|ergänzte|unterstrich|hieß\s+es|heißt\s+es)\b"
)
# a sentence that opens by pointing back at the text or decision just named ("Darin bekennen
# sich die Länder …", "Hierin fordern sie …"): that decision's content, not another decision
BACK_REFERENCE = re.compile(r"^\s*(?:Darin|Hierin|Dort|In\s+ihm|In\s+ihr|In\s+dem\s+Antrag)\b")
# agenda items that put no subject to the meeting: its catch-all headings ("Verschiedenes"),
# the items that order the meeting itself (approving its agenda or the last minutes, fixing
# the quorum) and the parts of an event's programme (a welcome address, a break, the closing
# words, said by whoever: "Grußwort der Ministerin", "Begrüßung durch den Vorsitz"): no motion
_SPOKEN_ITEM = r"Eröffnung|Begrüßung|Grußworte?|Schlussworte?|Einführung"
_BREAK_ITEM = (
    r"Verabschiedung|Mittagspause|Kaffeepause|Pause|Mittagessen|Mittagsimbiss|Imbiss|Empfang"
    r"|Anmeldung|Registrierung|Ankunft|Abschluss"
)
# who speaks or hosts: "durch die Vorsitzende", "von Staatssekretärin X", "der Ministerin X"
# (a role noun after the article, not a subject: "Eröffnung des Landesprogramms" stays)
_SPEAKER_TAIL = (
    r"(?:\s+(?:durch|von|mit)\s+[^\n]{1,80}"
    r"|\s+(?:der|des)\s+(?:[\w-]+\s+)?(?:Minister\w*|Senator\w*|Staatssekretär\w*|Staatsrät\w*|Vorsitz\w*"
    r"|Gastgeber\w*|Beauftragten|Präsident\w*|Oberbürgermeister\w*|Bürgermeister\w*|Landrät\w*"
    r"|Schirmherr\w*|Veranstalter\w*|Hausherr\w*|Leiter\w*|Amtschef\w*|Ressortchef\w*)(?![\w-])[^\n]{0,60}"
    r"|\s*\([^()\n]{0,60}\))?"
)
PROCEDURAL_ITEM = re.compile(
    r"^(?:(?:Verschiedenes|Sonstiges|Allgemeines|Mitteilungen|Aktuelles|Regularien"
    r"|Verschiedenes\s*/\s*Sonstiges)(?:\s+(?:und|/)\s+\w+)?"
    rf"|(?:{_SPOKEN_ITEM})(?:\s*(?:und|/|,)\s*(?:{_SPOKEN_ITEM}|{_BREAK_ITEM}))*{_SPEAKER_TAIL}"
    rf"|(?:{_BREAK_ITEM})(?:\s*(?:und|/|,)\s*(?:{_SPOKEN_ITEM}|{_BREAK_ITEM}))*"
    r"(?:\s+durch\s+[^\n]{1,80}|\s*\([^()\n]{0,60}\))?)[.:]?$",
    re.I,
)
# the items that order the meeting itself (approving its agenda or the last minutes, fixing its
# quorum): a motion only where the record tells the vote on it ("TOP 1: Genehmigung der
# Tagesordnung / Beschluss: einstimmig"), not as a line of a bare agenda
ORDER_ITEM = re.compile(
    r"^(?:Genehmigung|Annahme|Feststellung|Billigung|Beschluss)\s+(?:der|des|über\s+die)\s+"
    r"(?:endgültigen\s+|vorläufigen\s+)?(?:Tagesordnung|Protokolls|Niederschrift|Ergebnisniederschrift"
    r"|Ergebnisprotokolls|Beschlussfähigkeit)(?:\s+(?:der|des|vom)\s+[^\n]{0,60})?[.:]?$",
    re.I,
)

# a session held online has no place (not the chair's city it was run from)
# (every match contains one of the guard's words: sentences without them are not searched)
ONLINE = Guarded(
    re.compile(
        r"(?<![\w-])(?:per|als|via|in\s+Form\s+einer|im\s+Rahmen\s+einer)\s+(?:Video|Online|Telefon|Web)[\w-]*"
        r"|(?<![\w-])(?:virtuell|digital|online)\s+(?:tagte|tagten|tagen|tagt|stattgefunden|statt|abgehalten|durchgeführt)"
        r"|(?<![\w-])(?:virtuelle|digitale|Online-|Video-)\w*\s*(?:Konferenz|Sitzung|Tagung|IntMK)"
        r"|(?<![\w-])Videoschalte"
    ),
    ("Video", "Online", "Telefon", "Web", "virtuell", "digital", "online"),
)


# the ministers as a body meeting ("Zum dritten Mal kommen die Integrationsministerinnen und
# -minister der Länder zusammen", "Zuvor hatte die Runde in Neustadt getagt")
MINISTERS = re.compile(
    # ("bei den Integrationsministern der Länder": the dative plural)
    r"(?<![\w-])(?:Integrationsminister(?:innen|n)?(?:\s+und\s+-?ministern?)?(?:\s+der\s+(?:16\s+)?Länder)?"
    # one minister by name is not the body ("Integrationsminister Max Beispiel traf sich …")
    r"(?![\w-])(?!\s+(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:\s|$|[,.]))"
    # news: "die für Integration zuständigen Ressortchefs der Länder"
    # ("Landesminister", "Länderminister": the compound's head in lowercase)
    r"|für\s+Integration\s+zuständigen\s+(?:(?:Landes|Länder)(?:minister|ressortchef|senator)|Minister|Ressortchef|Senator)\w*"
    r"(?:\s+(?:und|sowie)\s+(?:-?[Mm]inister|-?[Ss]enator)\w*)*(?:\s+der\s+(?:16\s+)?Länder)?"
    r"|(?:[Dd]ie|[Dd]er)\s+(?:Minister)?[Rr]unde)(?![\w-])"
)
MEET_VERB = re.compile(
    # (the separable verb joined at a clause's end: "dass die Runde zuletzt in Kiel zusammenkam")
    r"(?<![\w-])(?:tag(?:en|t|te|ten)|getagt|zusammen|zusammengekommen|zusammen(?:kam|kamen|kommt|kommen)"
    r"|getroffen|treffen\s+sich"
    r"|trafen\s+sich|trifft\s+sich|traf\s+sich|ausgerichtet|zu\s+Gast"
    # a meeting told as such in news: "beraten die Integrationsminister in X", "bei ihrem
    # Treffen in X", "auf ihrer Tagung in X"
    # (a town's adjective or a compound's first part before the noun: "beim Nürnberger Treffen",
    # "nach der Online-Sitzung")
    r"|beraten|berieten|berät|beriet|(?i:ihr(?:em|er|e|es)?|dem|der|das|des|beim|zum|vom)\s+(?:jährlichen\s+|diesjährigen\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+er\s+)?(?:(?:Online|Video|Präsenz|Sonder)-)?"
    r"(?:Treffens?|Tagung|Sitzung|Frühjahrstreffens?|Jahrestreffens?|(?:Frühjahrs|Herbst|Jahres)tagung)"
    r"|ihre[rm]?\s+(?:jährlichen\s+)?Konferenz)(?![\w-])"
)


# bodies that decide without being the IntMK: the other conferences of Land ministers (by the
# compound's head "-ministerkonferenz" / "-ministerinnenkonferenz" and their acronyms IMK,
# ASMK, JFMK, GFMK, MPK, KMK, GMK, JuMiKo), parliaments and cabinets ("Der Ministerrat hat
# beschlossen …", "Auf der Innenministerkonferenz im Mai hatte Bremen einen Antrag …")
OTHER_BODY = re.compile(
    # (a truncated coordination: "Gleichstellungs- und Frauenministerkonferenz", "Jugend- und
    # Familienministerkonferenz")
    r"(?<![\w-])(?!Integrationsminister|Länderminister)[A-ZÄÖÜ][a-zäöüß]*(?:-\s?und\s+[A-ZÄÖÜ]?)?[a-zäöüß-]*"
    r"minister(?:innen|präsidenten)?(?:-?[Kk]onferenz)(?![\w-])"
    r"|(?<![\w-])(?:Konferenz\s+der\s+(?!für\s+Integration)(?!Integrationsminister)[A-ZÄÖÜ]\w*(?:minister|beauftragten)\w*"
    r"|Ministerpräsidentenkonferenz|Innenministerkonferenz|Integrationsbeauftragtenkonferenz"
    r"|IMK|ASMK|JFMK|GFMK|MPK|KMK|GMK|JuMiKo|Bundesrat|Bundestag|Bundeskabinett|(?:[A-ZÄÖÜ][\w]*-)?Landtag"
    # a parliament's faction ("die AfD-Fraktion", "die Landtagsfraktion der Grünen")
    r"|[A-ZÄÖÜ][\w]*-Fraktion|(?:Landtags|Bundestags)?[Ff]raktion(?:en)?"
    r"|Landeskabinett|Kabinett|Ministerrat|Bürgerschaft|Abgeordnetenhaus)(?![\w-])"
    # the integration commissioners as a body ("die Integrationsbeauftragten von Bund, Ländern
    # und Kommunen", "die Bundeskonferenz der Integrationsbeauftragten")
    r"|(?<![\w-])(?:Integrations|Ausländer|Migrations)(?:-\s+und\s+[A-ZÄÖÜ]?[a-zäöü]+)?[Bb]eauftragten\s+"
    r"(?:von\s+Bund|des\s+Bundes|aus\s+Bund|der\s+(?:16\s+)?Länder|von\s+Ländern)(?![\w-])"
    r"|(?<![\w-])(?:Bundes|Fach|Jahres)?[Kk]onferenz\s+der\s+(?:[\w-]+\s+)?(?:Integrations|Ausländer|Migrations)?"
    r"(?:-\s+und\s+[A-ZÄÖÜ]?[a-zäöü]+)?[Bb]eauftragten(?![\w-])"
    # the federal Integrationsgipfel ("Beim Gipfel verständigte man sich darauf, …")
    r"|(?<![\w-])(?:Integrations|Bund-Länder-|Flüchtlings|Migrations)?[Gg]ipfel[sn]?(?![\w-])"
    # a compound on another conference's acronym ("IMK-Vorsitzender", "MPK-Beschluss")
    r"|(?<![\w-])(?:IMK|ASMK|JFMK|GFMK|MPK|KMK|GMK|JuMiKo)-[A-ZÄÖÜ][\w-]*"
    # the ministers of another portfolio as a body, by the Bund and Länder they come from ("Die
    # Innenminister von Bund und Ländern", "die Sozialministerinnen und -minister der Länder"),
    # and the heads of government ("die Ministerpräsidentinnen und Ministerpräsidenten")
    r"|(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]+-\s+(?:und|sowie)\s+)?(?!Integrations|Länder|Fach|Landes|Bundes)"
    r"[A-ZÄÖÜ][a-zäöüß]+minister(?:innen)?(?:\s+und\s+-?[a-zäöüß]*minister)?\s+"
    r"(?:von\s+Bund\s+und\s+Ländern|aus\s+Bund\s+und\s+Ländern|des\s+Bundes\s+und\s+der\s+Länder"
    r"|der\s+(?:16\s+)?Länder)(?![\w-])"
    r"|(?<![\w-])(?:[Dd]ie|[Aa]lle|[Dd]er|[Dd]en)\s+(?:Ministerpräsident(?:inn)?en|Regierungschef(?:innen|s))"
    r"(?:\s+und\s+(?:-?[Mm]inisterpräsidenten|-?chefs))?(?![\w-])"
)


def mentions_conference(text: str) -> bool:
    """Is the text about the IntMK? Named ("Integrationsministerkonferenz", also in a site name),
    or its ministers meeting as a body ("Die Integrationsminister der Länder tagten in Kiel",
    "… ihrer Konferenz in Hamburg"), or, in news that never name it, Land ministers meeting in a
    city where an IntMK session met ("Darauf verständigten sich die Ressortchefs zum Abschluss
    der Konferenz in Wiesbaden") when no other conference is named."""
    if _INTMK_RX.search(text) or any(
        "integrationsministerkonferenz" in part for part in lower_parts(text)
    ):
        return True
    if "- " in text and _INTMK_RX.search(_joined_line_breaks(text)):
        return True  # a capture with hard line breaks: "Die Integrations-\nministerkonferenz"
    if (
        _meeting_in_session_city(text)
        or _reference_session_named(text)
        or _decision_from_session_city_in_its_days(text)
    ):
        return True
    if _body_decided_in_news(text) or _session_by_year_and_city(text):
        return True
    if (
        _INTEGRATION_MINISTER.search(text)
        and _THE_CONFERENCE.search(text)
        and not OTHER_BODY.search(text)
        and not _OTHER_MEETING.search(text)
    ):
        # news that never name it: a Land's integration minister and "die Konferenz" with
        # no organiser named ("sagte Niedersachsens Integrationsminister X nach der Konferenz")
        return True
    if (
        (_record_of_land_motions(text) or _land_motion_voted(text))
        and not OTHER_BODY.search(text)
        and not _COURT.search(text)
    ):
        # a record whose items name Länder as their submitters ("TOP 8: … / Antrag: alle
        # Länder"), or a Land's motion put to a vote ("Angenommen wurde ein Antrag Sachsens",
        # "Der von Bremen eingebrachte Beschlussvorschlag fand breite Zustimmung"): the Länder's
        # own conference, when no other body is named (nor a court, where a Land's "Antrag" is
        # an application: "auch ein Antrag Bayerns, das Gesetz zu stoppen, wurde abgelehnt")
        return True
    if (
        _CHAIRED_CONFERENCE.search(text)
        and _LAENDER.search(text)
        and not OTHER_BODY.search(text)
        and not _OTHER_MEETING.search(text)
    ):
        # "die Konferenz … Brandenburg als Vorsitzland": a conference of the Länder under a
        # Land's chair, no other conference named
        return True
    for m in MINISTERS.finditer(text):
        if (
            m.group()
            .lower()
            .startswith(("die runde", "der runde", "die ministerrunde", "der ministerrunde"))
        ):
            continue
        if m.group().endswith("Länder") or re.search(r"\sund\s+-?minister", m.group()):
            # "die Integrationsminister der Länder", "die Integrationsministerinnen und
            # -minister" (the paired form is a plural): the body itself
            return True
        near = text[max(0, m.start() - 80) : m.end() + 160]
        # (meeting, at a conference, or under a Land's chair: "unter Berliner Vorsitz")
        if MEET_VERB.search(near) or re.search(r"(?<![\w-])(?:Konferenz|Vorsitz)(?![\w-])", near):
            return True
        # the plural with its article as the subject of a decision in its sentence ("Wieder
        # einmal haben die Integrationsminister ein Papier zu X verabschiedet"): the body
        # deciding (not "Integrationsminister X", not one "Integrationsministerin")
        if _PLURAL_ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            end = _SENTENCE_MARK.search(text, m.end())
            start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
            clause = text[start : end.start() if end else len(text)]
            if (DECISION_PERFECT.search(clause) or DECISION_VERB.search(clause)) and not (
                OTHER_BODY.search(text)
            ):
                return True
    return False


_INTMK_RX = re.compile(INTMK)
_PLURAL_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Dd]ie|[Aa]lle)\s+$")
# an agenda item, then a field naming its submitters (the text may be flattened to one line)
_ITEM_HEAD = re.compile(r"(?<![\w-])(?:TOP[ \t]+\d|(?:Beschluss|Antrag)[ \t]+zu[ \t]+TOP(?![\w-]))")
_SUBMITTER_FIELD = re.compile(
    r"(?<![\w-])(?:Antrag|Antragsteller\w*|Antragstellende\s+Länder|Eingebracht\s+von)\s*:\s*"
)
_ALL_LANDS = re.compile(r"(?:[Aa]lle|[Ss]ämtliche)\s+(?:16\s+)?Länder(?![\w-])")


def _record_of_land_motions(text: str) -> bool:
    if "TOP" not in text or not _ITEM_HEAD.search(text):
        return False
    for f in _SUBMITTER_FIELD.finditer(text):
        who = text[f.end() : f.end() + 60]
        if _ALL_LANDS.match(who) or LAND_ABBREVIATION.match(who):
            return True
        lands = find_lands(who)
        if lands and lands[0].start == 0 and lands[0].code != "DE":
            return True
    return False


# a motion of a Land: the nouns a conference votes on; "Vorschlag", "Vorstoß", "Initiative"
# (anyone's, in ordinary prose) only when the Land "brought it in"
_VOTED_NOUN = re.compile(
    # ("Leitantrag": the compound's head in lower case)
    r"(?<![\w-])(?:Leita|A)(?:ntrag|nträge|ntrages|ntrags)|(?<![\w-])(?:Beschlussvorschlag|Beschlussvorschläge"
    r"|Resolution)(?![\w-])"
)
_BROUGHT_NOUN = re.compile(r"(?<![\w-])(?:Vorschlag|Vorschläge|Vorstoß|Initiative)(?![\w-])")
_BROUGHT_IN = re.compile(
    r"(?<![\w-])(?:eingebracht\w*|eingereicht\w*|brachte[n]?\s+[^.]{0,80}?ein)(?![\w-])"
)
# the Land as owner: after the noun in the genitive or with "von", or the subject owning it
# ("Hessen und Bayern sind mit ihrem Vorschlag gescheitert")
_OWNER_AFTER = re.compile(
    r"^\s+(?:von\s+|aus\s+|des\s+(?:Vorsitz|Gastgeber|Geber)?[Ll]andes\s+|des\s+Freistaat(?:e?s)?\s+)?$"
)
# the Land as owner before the noun, in the Saxon genitive ("Niedersachsens Vorschlag",
# "Bremens Antrag"): only white space between the Land's genitive and the noun
_OWNER_BEFORE = re.compile(r"^\s+$")
_WITH_OWN = re.compile(r"(?<![\w-])mit\s+(?:seinem|seiner|ihrem|ihrer)\s+(?:eigenen\s+)?$")
_ANY_MOTION_NOUN = re.compile(f"{_VOTED_NOUN.pattern}|{_BROUGHT_NOUN.pattern}")


# a decision put off to the next session ("wurde auf die nächste Konferenz vertagt")
_DEFERRED_TO_SESSION = re.compile(r"(?<![\w-])(?:vertagt|zurückgestellt)(?![\w-])")


_SENTENCE_MARK = re.compile(r"[.!?\n]")
# a court, before which a Land's "Antrag" is an application
_COURT = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Gg]ericht|[Gg]erichtshof)(?:s|es)?(?![\w-])"
    r"|(?<![\w-])(?:BVerfG|BVerwG|EuGH|OVG|VGH)(?![\w-])"
)


def _land_motion_voted(text: str) -> bool:
    if not any(
        w in text for w in ("ntr", "eschlussvorschl", "esolution", "orschl", "orstoß", "nitiative")
    ):
        return False
    seen: set[int] = set()
    # the sentence marks, found once: a noun's sentence is looked up, not searched for (a
    # search per noun for a mark the text never holds would read the whole text each time)
    marks = [m.start() for m in _SENTENCE_MARK.finditer(text)]
    for noun in _ANY_MOTION_NOUN.finditer(text):
        # the sentence of the noun (each read once)
        k = bisect_left(marks, noun.start())
        start = marks[k - 1] + 1 if k else 0
        if start in seen:
            continue
        seen.add(start)
        k = bisect_left(marks, noun.end())
        sent = text[start : marks[k] + 1 if k < len(marks) else len(text)]
        brought = _BROUGHT_IN.search(sent) is not None
        nouns = list(_VOTED_NOUN.finditer(sent))
        owned = [b for b in _BROUGHT_NOUN.finditer(sent) if _owned_before(sent, b.start())]
        if brought:
            nouns += list(_BROUGHT_NOUN.finditer(sent))
        else:
            nouns += owned  # "Niedersachsens Vorschlag … wurde angenommen": the Land's own
        if not nouns:
            continue
        if not _vote_told(sent) and not (brought and _vote_told(_next_sentence(text, marks, k))):
            # (a motion brought in, then its vote: "Den Antrag hatte Bremen eingebracht.
            # Beschlossen wurde er einstimmig.")
            continue
        lands = [x for x in find_lands(sent) if x.code != "DE"]
        if not lands:
            continue
        if brought:
            return (
                True  # "die von Bremen eingebrachte Resolution", "…, die Sachsen eingebracht hatte"
            )
        for m in nouns:
            for x in lands:
                if x.start >= m.end() and _OWNER_AFTER.match(sent[m.end() : x.start]):
                    return True  # "ein Antrag Sachsen-Anhalts", "der Antrag von Hessen"
                if x.form in ("adjective", "demonym") and sent[x.end : m.start()].isspace():
                    return True  # "der Berliner Antrag", "des rheinland-pfälzischen Antrags"
                if x.end <= m.start() and _OWNER_BEFORE.match(sent[x.end : m.start()]):
                    if sent[x.start : x.end].endswith("s"):
                        return True  # "Bremens Antrag", "Niedersachsens Vorschlag"
            if (
                _WITH_OWN.search(sent[max(0, m.start() - 40) : m.start()])
                and lands[0].start < m.start()
            ):
                return True  # "Hessen und Bayern sind mit ihrem Vorschlag gescheitert"
    return False


def _vote_told(sent: str) -> bool:
    return bool(
        ADOPTED.search(sent)
        or REJECTED.search(sent)
        or _DEFERRED_TO_SESSION.search(sent)
        or ADOPTED_PARTICLE.search(sent)
        or REJECTED_PARTICLE.search(sent)
    )


def _next_sentence(text: str, marks: list[int], k: int) -> str:
    """The sentence after the one that ends at ``marks[k]`` (empty at the text's end)."""
    if k >= len(marks):
        return ""
    end = marks[k + 1] + 1 if k + 1 < len(marks) else len(text)
    return text[marks[k] + 1 : end][:400]


def _owned_before(sent: str, start: int) -> bool:
    """A Land's name in the genitive right before ``start`` ("Hessens Vorstoß")."""
    lead = sent[max(0, start - 40) : start]
    if not lead.endswith(" ") or not lead.rstrip().endswith("s"):
        return False
    return any(
        x.code != "DE" and x.end == len(lead.rstrip()) and lead[x.start : x.end].endswith("s")
        for x in find_lands(lead)
    )


# another kind of meeting the text names, which "die Konferenz" may take up ("die Fachtagung
# „Ankommen“ …, die Konferenz forderte …"): a symposium, congress, forum or professional day
_OTHER_MEETING = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][\w-]*)?(?:[Tt]agung|[Kk]ongress|[Ss]ymposium|[Ff]achtag|[Ff]orum|[Ww]orkshop"
    r"|[Ff]achkonferenz|[Dd]ialogkonferenz|[Rr]egionalkonferenz|[Bb]ürgerkonferenz)(?:e?s|en|e)?(?![\w-])"
)
_CHAIRED_CONFERENCE = re.compile(
    r"(?<![\w-])Konferenz(?![\w-])[^\n]{0,600}?(?<![\w-])Vorsitz(?:land|landes|es)?(?![\w-])"
    r"|(?<![\w-])Vorsitz(?:land|landes|es)?(?![\w-])[^\n]{0,600}?(?<![\w-])Konferenz(?![\w-])"
)
# a Land minister or senator holding the integration portfolio, by the office's name
_INTEGRATION_MINISTER = re.compile(
    r"(?<![\w-])(?:(?:Integrations|Migrations)(?:minister|senator)(?:in)?"
    r"|(?:Minister|Senator|Staatsminister)(?:in)?\s+für\s+(?:[\w-]+,\s+){0,6}(?:[\w-]+\s+(?:und|sowie)\s+)?Integration)(?![\w-])"
)
# the conference as known to the reader: a definite "Konferenz" with no organiser or subject
# after it ("nach der Konferenz", "die Konferenz lehnte ab"; not "die Konferenz des Verbands",
# "die Konferenz zur Pflege")
_THE_CONFERENCE = re.compile(
    r"(?<![\w-])(?:[Dd]ie|[Dd]er)\s+Konferenz(?![\w-])(?!\s+(?:des|der|von|für|zum|zur|zu|über|„|»|\")\s?)"
)
_LAENDER = re.compile(r"(?<![\w-])(?:[Dd]ie|[Aa]lle|[Dd]er)\s+(?:16\s+)?Länder(?![\w-])")
_MEETING_NOUN = re.compile(
    r"(?<![\w-])(?:Konferenz|Treffens?|Tagung|Ministertreffens?|Ministerkonferenz|Fachministerkonferenz)"
    r"\s+(?:[\w-]+\s+){0,3}?in\s+(?P<city>[A-ZÄÖÜ][\w-]+)"
)
# the Land ministers as actors: as a body, or one of them by her office
_LAND_MINISTERS = re.compile(
    r"(?<![\w-])(?:Ressortchef\w*|Ministerinnen\s+und\s+Minister|Länderminister\w*|Fachminister\w*"
    r"|Integrationsminister\w*|Sozialminister\w*|Senator\w*)(?![\w-])"
)


@lru_cache(maxsize=1)
def _session_cities() -> frozenset[str]:
    """The cities (and their aliases: "Warnemünde" for Rostock) IntMK sessions met in."""
    from intgraph.reference import places, sessions  # reference data, read once

    held = {s.place for s in sessions() if s.place}
    return frozenset(n for p in places() if p.name in held for n in (p.name, *p.aliases))


# a session told by its ordinal, year and city ("bei der ersten Konferenz 2007 in Düsseldorf",
# "seit ihrer ersten Zusammenkunft im Jahr 2007 in Düsseldorf")
_ORDINAL_YEAR_CITY = re.compile(
    r"(?<![\w.])(?:(?P<num>\d{1,2})\.|(?P<word>(?i:erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte"
    r"|neunte|zehnte|elfte|zwölfte))[nmrs]?)\s+(?:Konferenz|Treffen|Sitzung|Tagung|Zusammenkunft)"
    r"\s+(?:im\s+Jahr\s+)?(?P<year>(?:19|20)\d\d)\s+in\s+(?P<city>[A-ZÄÖÜ][\w-]+)"
)
_ORDINAL_WORDS = (
    "erste zweite dritte vierte fünfte sechste siebte achte neunte zehnte elfte zwölfte".split()
)


def _reference_session_named(text: str) -> bool:
    """Does the text name an IntMK session by its number, year and city together, as the
    reference has it (``der ersten Konferenz 2007 in Düsseldorf``)? News that never name the
    body, even beside another conference ("Statt bei der Innenministerkonferenz …"), are about
    it then: the three agree by no chance."""
    from intgraph.reference import places, sessions  # reference data, read once

    for m in _ORDINAL_YEAR_CITY.finditer(text):
        number = (
            int(m.group("num"))
            if m.group("num")
            else _ORDINAL_WORDS.index(m.group("word").lower()) + 1
        )
        city = next((p.name for p in places() if m.group("city") in (p.name, *p.aliases)), None)
        if any(
            s.number == number and s.year == int(m.group("year")) and s.place == city
            for s in sessions()
        ):
            return True
    return False


def _meeting_in_session_city(text: str) -> bool:
    if OTHER_BODY.search(text):
        return False
    ministers = _LAND_MINISTERS.search(text) is not None
    cities = _session_cities()
    for m in _MEETING_NOUN.finditer(text):
        if m.group("city") not in cities:
            continue
        # the Land ministers named anywhere, or the Länder as the actors of the same sentence
        # ("Auf der Konferenz in Wiesbaden haben die Länder … beschlossen")
        if ministers or _LAENDER.search(text, max(0, m.start() - 150), m.end() + 150):
            return True
    return False


# a decision or a motion told: the nouns a conference votes on and its decision verbs
_DECISION_NOUN = re.compile(
    r"(?<![\w-])(?:(?:Leita|A)(?:ntrag|nträge|ntrages|ntrags)|Beschluss|Beschlusses|Beschlüsse"
    r"|Beschlussvorschlag|Resolution|Resolutionen)(?![\w-])"
)
# how many days before a session's first day and after its last a report from its city counts
_DAYS_BEFORE_SESSION = 3
_DAYS_AFTER_SESSION = 14


@lru_cache(maxsize=1)
def _session_days() -> tuple[tuple[re.Pattern[str], date, date], ...]:
    """Per IntMK session with known days: its city's names as a pattern, its first and last
    day widened by the days a report may come before or after it."""
    from intgraph.reference import places, sessions  # reference data, read once

    out = []
    for s in sessions():
        last = s.end_date or s.start_date
        if not (s.place and last):
            continue
        names = next(((p.name, *p.aliases) for p in places() if p.name == s.place), (s.place,))
        city = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])")
        first = date.fromisoformat(s.start_date or last)
        out.append(
            (
                city,
                first - timedelta(days=_DAYS_BEFORE_SESSION),
                date.fromisoformat(last) + timedelta(days=_DAYS_AFTER_SESSION),
            )
        )
    return tuple(out)


def _decision_from_session_city_in_its_days(text: str) -> bool:
    """News that never name the body nor its ministers but tell a motion or decision from a
    city where an IntMK session met, dated in the days it met ("Angenommen wurden in Rostock
    der Antrag zu X …" / "NDR, 21.03.2024"; "Ihr Antrag ist in Wiesbaden durchgefallen" in an
    interview of 29.04.2023), when no other body is named: city and days agree by no chance."""
    if not (_DECISION_NOUN.search(text) or DECISION_VERB.search(text)):
        return False
    sessions = [(lo, hi) for city, lo, hi in _session_days() if city.search(text)]
    if not sessions or OTHER_BODY.search(text):
        return False
    days = [date.fromisoformat(d.value) for d in find_dates(text)]
    return any(lo <= day <= hi for lo, hi in sessions for day in days)


# a word broken at a line break and joined by a space when the lines were flattened
# ("Integrations- ministerkonferenz"; not a truncated coordination: "Sprach- und Kulturkurse")
_LINE_BREAK_HYPHEN = re.compile(
    r"(?<=[a-zäöüß])-\s+(?!(?:und|oder|sowie|bzw|als|bis)\b)(?=[a-zäöüß])"
)


def _joined_line_breaks(text: str) -> str:
    return _LINE_BREAK_HYPHEN.sub("", text)


# the Land ministers, or the Länder, as a body: "die Ministerinnen und Minister", "die
# Ressortchefs", "die Integrationsminister" (the plural with its article, not "Integrations-
# minister X"), "alle übrigen Länder"
_BODY_OF_LANDS = re.compile(
    r"(?<![\w-])(?:Ministerinnen\s+und\s+Minister|Ressortchef(?:s|innen)|Länderminister(?:innen)?"
    r"|(?:[Dd]ie|[Aa]lle)\s+(?:übrigen\s+|anderen\s+)?(?:16\s+)?Integrationsminister(?:innen)?"
    r"(?:\s+und\s+-?minister)?(?!\s+(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:\s|$|[,.]))"
    r"|(?:[Dd]ie|[Aa]llen?)\s+(?:übrigen\s+|anderen\s+)?(?:16\s+|sechzehn\s+)?Länder[n]?)(?![\w-])"
)
# a decision in the sentence: a verb of deciding, demanding or agreeing, a vote, or the noun
_BESCHLUSS_NOUN = re.compile(r"(?<![\w-])(?:Beschluss|Beschlusses|Beschlüsse|Beschlüssen)(?![\w-])")
_VOTE_WORD = re.compile(
    r"(?<![\w-])(?:einstimmig|mehrheitlich|ohne\s+Gegenstimmen?|einhellig)(?![\w-])"
    # Länder voting for or against, or abstaining ("stimmten alle übrigen Länder für den Antrag")
    r"|(?<![\w-])(?:stimmten|stimmen|stimmte|stimmt)\s+(?:[\w-]+\s+){0,6}?(?:für|gegen)\s"
    r"|(?<![\w-])(?:enthielten|enthalten|enthielt)\s+sich(?![\w-])"
    r"|(?<![\w-])sich\s+(?:[\w-]+\s+){0,2}?(?:enthielten|enthielt)(?![\w-])",
    re.I,
)
_CITY_WORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?![\w-])")


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SENTENCE_MARK.finditer(text):
        yield start, m.end()
        start = m.end()
    yield start, len(text)


def _names_session_city(text: str, start: int, end: int) -> bool:
    cities = _session_cities()
    return any(w.group() in cities for w in _CITY_WORD.finditer(text, start, end))


def _body_decided_in_news(text: str) -> bool:
    """News that never name the IntMK: the Land ministers (or the Länder) as a body deciding
    in one sentence ("Der Beschluss, den die Ministerinnen und Minister in Friedrichshafen
    fassten, …", "Darin waren sich alle Ressortchefs in Wiesbaden einig", "X verlangten die
    Länder einstimmig vom Bund"), at a city where an IntMK session met (in that sentence or
    the dateline that opens the text) or by a vote, when no other body or meeting is named."""
    if (
        _BODY_OF_LANDS.search(text) is None
        or OTHER_BODY.search(text)
        or _OTHER_MEETING.search(text)
    ):
        return False
    dateline = _names_session_city(text, 0, min(len(text), 40))
    for start, end in _sentences(text):
        if _BODY_OF_LANDS.search(text, start, end) is None:
            continue
        sent = text[start:end]
        if not (
            DECISION_VERB.search(sent)
            or DECISION_PERFECT.search(sent)
            or _BESCHLUSS_NOUN.search(sent)
            or ADOPTED.search(sent)
            or _VOTE_WORD.search(sent)
        ):
            continue
        if dateline or _VOTE_WORD.search(sent) or _names_session_city(text, start, end):
            return True
    return False


# a session told by its year and city ("Schon 2019 in Berlin hatte die Konferenz gefordert")
_YEAR_IN_CITY = re.compile(
    r"(?<![\w.])(?P<year>(?:19|20)\d\d)\s+(?:in|im|nach)\s+(?:[a-zäöü]+\s+)?(?P<city>[A-ZÄÖÜ][\w-]+)"
)


def _session_by_year_and_city(text: str) -> bool:
    """The conference named with the year and city of an IntMK session, and no other body."""
    if _THE_CONFERENCE.search(text) is None and _BODY_OF_LANDS.search(text) is None:
        return False
    if OTHER_BODY.search(text) or _OTHER_MEETING.search(text):
        return False
    from intgraph.reference import places, sessions  # reference data, read once

    for m in _YEAR_IN_CITY.finditer(text):
        city = next((p.name for p in places() if m.group("city") in (p.name, *p.aliases)), None)
        if city and any(s.year == int(m.group("year")) and s.place == city for s in sessions()):
            return True
    return False


# issue 16: the patterns above look at a text only where their words occur (same matches)
guard_module(globals())
