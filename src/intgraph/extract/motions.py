"""Motions (Anträge, Leitanträge, Beschlüsse) put to an IntMK session.

Three sources of evidence, all seen in real documents:

* agenda lists of resolution records: ``TOP 2.1 Titel … 11`` or a table ``2.3   Titel   15``
  (section headings such as ``TOP 2 Integration / Zusammenhalt`` are not motions);
* explicit motions in press releases: ``Leitantrag „Miteinander wachsen“``, ``mit einem
  eigenen Antrag für …``, ``Der erste Antrag fordert …``, ``zwei hessische Anträge einstimmig
  angenommen``;
* what the conference or the Länder jointly demanded or resolved: ``Die Integrationsminister-
  konferenz hat die Erarbeitung eines Integrationspaketes gefordert``, ``… setzte sich mit den
  anderen Ländern gemeinsam dafür ein, dass …``, ``Forderungen nach …, nach …``; a plural
  ``sie`` continues the body over a report's sentences (``Die Länder fassten mehrere
  Beschlüsse. Sie forderten … In einem zweiten Beschluss verlangten sie …``);
* numbered resolutions of a record: ``Beschluss Nr. 4: Titel`` (a title broken across lines
  joined again), with its ``Antragsteller:`` and ``Annahme:`` lines.

Text inside quotations is a speaker's words, not a motion.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple, TypeVar

from intgraph.extract.quotes import quote_spans
from intgraph.language.clauses import agrees, relative_clauses
from intgraph.language.coordination import (
    coordinated_items,
    infinitive_items,
    repair_line_break_hyphens,
)
from intgraph.language.dates import MONTHS
from intgraph.language.decisions import (
    ADOPTED,
    ADOPTED_PARTICLE,
    ANNOUNCEMENT,
    ASK_VERB_FINAL,
    ASKED_FEDERATION,
    BACK_REFERENCE,
    COLLECTIVE,
    COLLECTIVE_RX,
    DECISION_PERFECT,
    DECISION_VERB,
    INTMK,
    MEET_VERB,
    MINISTERS,
    ORDER_ITEM,
    OTHER_BODY,
    PREPOSITION_BEFORE,
    PROCEDURAL_ITEM,
    REJECTED,
    REJECTED_PARTICLE,
    REPORTED_BY,
    mentions_conference,
)
from intgraph.language.derivation import action_noun
from intgraph.language.lands import LAND_CODE_ALTERNATIVES, find_lands, lands_in_phrase
from intgraph.language.lexicon import ATTRIBUTION_VERBS, SPEECH_VERBS, content_words
from intgraph.language.nominal import nominal_title
from intgraph.language.scan import Guarded, by_first_letter, caseless, guard_module
from intgraph.language.text import TextIndex
from intgraph.models import Evidence, LandMention, MotionMention

EXTRACTOR = "motions.v5"

_TOP_LINE = re.compile(
    r"^\s*(?:TOP\s+)?(?P<num>[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Z])\b\s*(?P<title>.*?)\s*(?P<page>\d{1,3})?\s*$"
)
_ADOPTED = ADOPTED
_REJECTED = REJECTED
_LAND_CODE = re.compile(rf"\b(?:DE-)?({LAND_CODE_ALTERNATIVES})\b")
_FEDERAL_ADDRESSEE = re.compile(r"\b(?:Bund|Bundes|Bundesregierung|Bundesgesetzgeber)\b")
# compounds of the procedure that name a motion as well as their head does ("ein
# Kompromissvorschlag des Vorsitzlandes", "der Änderungsantrag Bayerns"); a closed class, so
# that an individual's application ("Asylantrag", "Förderantrag") is none
_PROCEDURAL_COMPOUND = (
    r"(?:Kompromiss|Änderungs|Ergänzungs|Entschließungs|Dringlichkeits|Gegen)(?:antrag|vorschlag)"
)


def _base_kind(kind: str) -> str:
    """The head of a procedural compound ("Kompromissvorschlag" → "Vorschlag"), else the noun."""
    if (
        kind[0].isupper()
        and kind.endswith(("antrag", "vorschlag"))
        and kind
        not in (
            "Leitantrag",
            "Beschlussvorschlag",
        )
    ):
        return "Antrag" if kind.endswith("antrag") else "Vorschlag"
    return kind


_GEN = (
    # "aller Länder", "mehrerer Länder", "des Saarlands", "des Freistaats Sachsen"
    r"(?:\s+(?:aller|mehrerer|einiger|vieler|zahlreicher|weiterer|beider)\s+(?:16\s+|sechzehn\s+)?Länder"
    # "der SPD-geführten Länder", "der ostdeutschen Länder": a group of Länder by an adjective
    r"|\s+der\s+(?:[\w-]+e[nr]?\s+){1,2}Länder(?![\w-])"
    # "der Länder Brandenburg, Sachsen und Thüringen": the Länder named after their noun
    r"|\s+der\s+Länder\s+[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+|\s+sowie\s+)[A-ZÄÖÜ][\w-]+)*"
    # "des Vorsitzlandes Hessen", "des Gastgeberlandes Bremen"
    r"|\s+des\s+(?:(?:Vorsitz|Gastgeber)?[Ll]andes|Freistaate?s)\s+[A-ZÄÖÜ][\w-]+"
    # the genitive of a name ending in s, x, z is an apostrophe: "Rheinland-Pfalz'"
    r"|\s+(?:des\s+|der\s+Freien\s+Hansestadt\s+)?[A-ZÄÖÜ][\w-]+(?:s|(?<=[sxzß])['’])"
    r"(?:(?:\s*,\s*|\s+und\s+)[A-ZÄÖÜ][\w-]+(?:s|(?<=[sxzß])['’])(?![\w-]))*"
    # the session whose decision it is: "Der Beschluss der 19. IntMK zur …"
    rf"|\s+der\s+(?:\d{{1,2}}\.\s*)?(?:{INTMK}|Konferenz)"
    # the body by its members: "der Beschluss der Integrationsminister der Länder, …"
    r"|\s+der\s+(?:Integrationsminister(?:innen)?(?:\s+und\s+-?minister)?|Länderminister\w*)(?:\s+der\s+(?:16\s+)?Länder)?(?![\w-])"
    # "ein gemeinsamer Antrag von Bremen und Berlin zur …"
    # "ihr gemeinsamer Vorstoß mit dem Saarland für …"
    r"|\s+(?:von|aus|mit)\s+(?:dem\s+)?[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+)(?:dem\s+)?[A-ZÄÖÜ][\w-]+)*)?"
)
# a participle of bringing the motion in between the noun and its clause ("haben einen Antrag
# angemeldet, der …")
_PUT_PARTICIPLE = (
    r"(?:\s+(?:angemeldet|eingebracht|eingereicht|vorgelegt|gestellt|beschlossen|verabschiedet"
    # (the passive perfect's auxiliary after it: "ist ein Antrag Bremens angenommen worden, der …")
    r"|angenommen|abgelehnt)(?:\s+worden)?)?"
)
# where a coordinated next motion starts ("… und den Antrag Thüringens zu Y", "… und der zu
# Y", see _ELLIPTIC_CONJUNCT below)
_NEXT_NOUN = (
    r",?\s(?:und|sowie)\s+(?:den|die|das|der|einen|eine|ein)\s+(?:[\w-]+\s+)?"
    r"(?:Leitantrag|Antrag|Beschluss|Resolution|Erklärung)\b"
    r"|(?:,\s*(?:und\s+|sowie\s+|oder\s+)?|\s+(?:und|sowie|oder)\s+)(?:(?:angenommen|abgelehnt"
    r"|beschlossen|verabschiedet|gebilligt|vertagt|zurückgestellt|zurückgezogen)(?:\s+(?:wurden?"
    r"|worden))?\s+(?:(?:dagegen|hingegen|jedoch|aber|zudem|außerdem|ebenfalls|auch)\s+)?)?"
    r"(?:der|die|das|den|dem)\s+(?:zur|zum|für|über|gegen)\s"
    # "Der Antrag zu X wurde angenommen, die Entscheidung über unseren Antrag zu Y vertagt",
    # "Während die IMK einen Antrag zu X beschloss, hatte die IntMK im April in Wiesbaden den
    # Antrag zu Y angenommen" (the main clause after the subordinate one)
    r"|,\s+(?:[\w-]+\s+){0,8}?(?:unsere[nmr]?|ihre[nmr]?|seine[nmr]?|den|die|der|das|einen|eine|ein)\s+"
    r"(?:[\w-]+\s+)?(?:Leitantrag|Antrag|Beschluss|Resolution)(?![\w-])"
)
# the motion noun's genitive ending, outside its kind ("die Annahme des Antrags zur X", "die
# Ablehnung des Vorschlags Bayerns, …")
_KIND_GENITIVE = r"(?:(?<=ntrag)e?s|(?<=chlag)e?s|(?<=schluss)es|(?<=orstoß)es)?"
# a conjunct whose motion noun is left out after its article, the noun's complement kept
# ("der Antrag zur X und der zur Y"), its participle gapped in a contrast ("…, abgelehnt
# dagegen der zur Z"); the article agrees with a noun of any gender (der/den/dem, die/der,
# das/dem)
_ELLIPTIC_CONJUNCT = (
    r"(?:\s*,\s*(?:und\s+|sowie\s+|oder\s+)?|\s+(?:und|sowie|oder)\s+)"
    r"(?:(?P<verb>angenommen|abgelehnt|beschlossen|verabschiedet|gebilligt|vertagt|zurückgestellt"
    r"|zurückgezogen)(?:\s+(?:wurden?|worden))?\s+"
    r"(?:(?:dagegen|hingegen|jedoch|aber|zudem|außerdem|ebenfalls|auch)\s+)?)?"
    r"(?:der|die|das|den|dem)\s+(?=(?:zur|zum|für|über|gegen)\s)"
)
_ELLIPTIC_CONJUNCT_RX = re.compile(_ELLIPTIC_CONJUNCT)
_PREPOSITION_STARTS = ("zur ", "zum ", "für ", "über ", "gegen ")
_ANTRAG_TITLE = [
    re.compile(
        r"(?P<kind>Leitantrag|Antrag|Beschlussvorschlag|Beschluss|Resolution)"
        + _KIND_GENITIVE
        + _GEN
        # "Den Leitantrag des Vorsitzlandes unter dem Titel „X“", "… mit dem Motto „X“"
        + r"(?:\s+(?:unter|mit)\s+dem\s+(?:Titel|Motto|Namen)|\s+zum\s+Thema)?\s*[:,]?"
        # (the title as an apposition after a comma: "über den dritten Antrag, „X“, …")
        + r"\s+[„»\"](?P<title>[^“«\"]{3,200})[“«\"]"
    ),
    re.compile(
        rf"(?P<kind>{_PROCEDURAL_COMPOUND}|Leitantrag|Antrag|Beschluss|Resolution|Vorschlag|Beschlussvorschlag"
        r"|Vorstoß|Initiative|Forderung(?=[^.;:!?]{0,80}?\snach\s)|Papier)"
        + _KIND_GENITIVE
        + _GEN
        # "Antrag auf X" (not "auf der Konferenz", not an individual's application: see below)
        + r"\s+(?P<title>(?:für|zur|zum|zu|über|gegen|nach|auf(?!\s+(?:der|dem|einer|ihrer|ihrem)\s))\s+(?:(?!"
        + _NEXT_NOUN
        + r")[^.;:!?]){8,250})"
    ),
    # the noun's complement fronted as the topic, the motion noun later without one: "Zum
    # Familiennachzug hatten Hessen und Bayern einen Antrag vorgelegt", "Zur Wohnsitzauflage
    # brachte Sachsen einen Antrag ein"
    re.compile(
        r"^\s*(?:Zum|Zur)\s+(?!(?:Abschluss|Auftakt|Schluss|Beginn|Ende|Start|Sitzung|Konferenz|Tagung"
        r"|Treffen|Jahresbeginn|Jahresende)(?![\w-]))(?P<title>[^,.;:!?]{3,120}?)\s+(?:hat|hatte|haben|hatten|legte|legten|brachte"
        r"|brachten|stellte|stellten|reichte|reichten)\s+(?:[\w-]+\s+){1,8}?(?:einen|den|ihren|seinen)\s+"
        r"(?:gemeinsamen\s+|eigenen\s+)?(?P<kind>Antrag|Vorschlag|Beschlussvorschlag)(?![\w-])"
        r"(?=\s+(?:vorgelegt|eingebracht|gestellt|eingereicht|vor|ein)(?![\w-]))"
    ),
    re.compile(
        r"(?P<kind>Antrag|Leitantrag)\s+(?:fordert|forderte|thematisiert|thematisierte|verlangt|zielt\s+auf|sieht\s+vor,?)\s+"
        r"(?:vom\s+Bund,?\s+|den\s+Bund\s+auf,?\s+)?(?P<title>[^.;!?]{8,250})"
    ),
    # the content as the object of "vorsehen" in verb second, its particle closing the clause
    # ("Der Beschluss sieht eine Kampagne für X vor"; a relative clause telling who brought it
    # may stand between: "Der Antrag, den Hamburg eingebracht hatte, sah X vor")
    re.compile(
        r"(?P<kind>Leitantrag|Antrag|Beschlussvorschlag|Beschluss|Resolution)"
        + _GEN
        + r"(?:\s*,\s*(?:den|die|das|der|welche[nrs]?)\s+[^,.;:!?]{3,120},)?\s+(?P<provides>sieht|sah)\s+"
        r"(?P<title>(?:(?:eine?[nrms]?|die|den|das|der)\s+)?[^,.;:!?]{5,250}?)\s+vor(?=\s*[,.;!?]|\s*$)"
    ),
]
# a genitive ending ("des Bundeskabinetts", "des Bundesrates", "des Landtags"), cut so that the
# body's nominative form can be looked up
_GENITIVE_END = re.compile(r"(?<=[a-zäöüß])e?s(?![\w-])")
# "ein Antrag Bayerns, die Kurse zu schließen, fand keine Mehrheit": the zu-infinitive after the
# noun is the motion's content
# the body as the genitive owner of a decision noun ("der Länder", "der Konferenz", "der
# Integrationsminister der Länder", "der 18. IntMK")
_BODY_GENITIVE = re.compile(
    rf"\s+der\s+(?:\d{{1,2}}\.\s*)?(?:{INTMK}|Konferenz|(?:16\s+)?Länder|Integrationsminister\w*|Länderminister\w*)(?![\w-])"
)
_ANTRAG_INFINITIVE = re.compile(
    # (a resolution too: "Der Beschluss, den Familiennachzug humanitär auszugestalten, …")
    rf"(?P<kind>{_PROCEDURAL_COMPOUND}|Leitantrag|Antrag|Vorschlag|Beschlussvorschlag|Vorstoß|Initiative"
    r"|Beschluss|Resolution)"
    + _KIND_GENITIVE
    + _GEN
    # where it was put: "Hamburgs Antrag bei der Integrationsministerkonferenz, X zu tun"
    + rf"(?:\s+(?:bei|auf|an|vor)\s+(?:der|die|dem|den)\s+(?:\d{{1,2}}\.\s*)?(?:{INTMK}|Konferenz))?"
    # (a separable verb's particle between: "lehnte einen Vorstoß Bayerns ab, X zu tun"; the
    # participle closing a perfect: "sind mit ihrem Vorschlag gescheitert, X zu tun")
    # (an attribute clause put after the participle closing the clause: "hat den Beschluss
    # der Länder begrüßt, X zu tun")
    + r"(?:\s+(?:ab|an|zu|vor|ein|durch|gescheitert|durchgesetzt|durchgekommen|unterlegen)"
    r"|(?:\s+[a-zäöüß]+)?\s+(?P<react>begrüßt|kritisiert|gelobt|bedauert|gewürdigt|verteidigt))?"
    r"\s*,\s*(?P<title>[^,.;:!?]{5,250}?(?:\s+zu\s+[a-zäöüß]\w*|(?<![\w-])[a-zäöüß]+zu[a-zäöüß]+en))"
    # (a scare quote may close after the verb: "die Zuwanderung „wirksam zu begrenzen“, fand …")
    r"(?=[“”«»\"]?\s*(?:[,.;!?]|$))"
)
# "ein Antrag Berlins, der eine Bleiberechtsregelung fordert": the relative clause tells its content
_ANTRAG_RELATIVE = re.compile(
    rf"(?P<kind>{_PROCEDURAL_COMPOUND}|Leitantrag|Antrag|Beschluss|Resolution|Vorschlag|Vorstoß|Initiative)"
    + _KIND_GENITIVE
    + _GEN
    + _PUT_PARTICIPLE
    + r"(?:\s+(?:ab|an|zu|vor|ein|durch))?\s*,\s*(?:der|die|das)\s+(?P<title>[^,.;:!?]{5,250}?)\s+(?:fordert|forderte|vorsieht|vorsah|verlangt"
    r"|verlangte|anstrebt|anstrebte|zum\s+Ziel\s+hat|zum\s+Ziel\s+hatte"
    # "…, der die Wohnsitzauflage abschaffen soll": the infinitive before the modal
    r"|(?P<inf>[a-zäöüß]{4,})\s+(?:soll|sollte|sollen|sollten|will|wollte))(?![\w-])"
)
# the content told in a clause after the noun that points back to it: "ein Antrag Berlins, wonach
# das Wahlrecht ausgeweitet werden soll", "ein Antrag, mit dem Geflüchtete schneller arbeiten
# dürfen sollen", "eine Erklärung, in der die Länder den Bund auffordern, X zu tun" (a
# declaration only where the sentence tells it was adopted or rejected)
_ANTRAG_CONTENT = re.compile(
    rf"(?P<kind>{_PROCEDURAL_COMPOUND}|Leitantrag|Antrag|Beschluss|Resolution|Vorschlag|Beschlussvorschlag|Vorstoß|Initiative"
    r"|Erklärung)"
    + _KIND_GENITIVE
    + _GEN
    + _PUT_PARTICIPLE
    + r"(?:\s+(?:ab|an|zu|vor|ein|durch))?\s*,\s*(?:wonach|demzufolge|dem\s+zufolge|(?:mit|in|nach|durch)\s+(?:dem|der|denen))\s+"
    r"(?P<title>[^.;!?]{8,300})"
)
# the body asking the federation in such a clause: the request's zu-infinitive is the content
_CONTENT_ASKS = re.compile(
    rf"^(?:(?:die|alle)\s+(?:{COLLECTIVE})|sie)\s+(?P<obj>.*?)\s*"
    rf"(?P<verb>{ASK_VERB_FINAL})$"
)
_TRAILING_MODALS = re.compile(
    r"(?:\s+(?:soll|sollen|sollte|sollten|darf|dürfen|dürfe|kann|können|muss|müssen|werden|wird|würde|würden))+$"
)


def _content_title(clause: str) -> str:
    """The subject matter of a content clause after a motion noun (its first comma ends it,
    unless the body asks someone there: "die Länder den Bund auffordern, die Kurse zu öffnen"
    → "Kurse öffnen")."""
    head, _, tail = clause.partition(",")
    head = head.strip()
    asks = _CONTENT_ASKS.match(head)
    if asks:
        obj = re.sub(
            r"^(?:(?:den|die)\s+(?:Bund|Bundesregierung)|vom\s+Bund)\s*", "", asks.group("obj")
        )
        if tail.strip() and (
            not obj or asks.group("verb").startswith(("auf", "bitt", "bat", "ersuch"))
        ):
            items = infinitive_items(tail.strip().rstrip(" .!?"), nominal=True)
            if items:
                return " und ".join(items)
            return tail.strip()
        return obj
    return _TRAILING_MODALS.sub("", head)


# nouns that name a motion only when a Land brings it ("ein Vorstoß Bayerns", "die Initiative
# Hessens"); alone they are anyone's idea or a programme's name
_LAND_OWNED = {"Vorschlag", "Beschlussvorschlag", "Vorstoß", "Initiative", "Forderung", "Papier"}
# a Land's demand is a motion only where the conference voted on it ("Bremen scheiterte mit
# seiner Forderung nach X", "konnte sich mit ihrer Forderung nach X durchsetzen"); alone it is
# one Land's position
# (so is a Land's paper: "ein Papier Berlins zu X, das angenommen wurde")
_PUT_TO_VOTE = {"Forderung", "Papier"}
# proposals the conference votes on or defers, whoever brought them
_VOTED_ON = {"Vorschlag", "Beschlussvorschlag", "Vorstoß"}
_DEFERRED = re.compile(
    r"(?<![\w-])(?:vertagt|zurückgestellt|zurückgezogen|auf\s+die\s+nächste\s+(?:Sitzung|Konferenz))(?![\w-])"
)
# a group of Länder as a subject: "die SPD-geführten Länder", "die ostdeutschen Länder", "die
# A-Länder", "mehrere Länder"
_LAND_GROUP = re.compile(
    r"(?<![\w-])(?:[\w-]+-geführten|unionsgeführten|(?:ost|west|nord|süd)deutschen|[AB]-)\s*Länder(?![\w-])"
    r"|(?<![\w-])(?:mehrere|einige|zahlreiche|etliche|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d{1,2})\s+Länder(?![\w-])"
)
_OTHER_OWNER = re.compile(r"\s+(?:des|der)\s+(?!Länder\b)[A-ZÄÖÜ]")
# a Land as the subject that brings its own: "Der Freistaat war mit seiner Initiative zu …"
_LAND_WITH_OWN = re.compile(
    r"^\s*(?:Die\s+Hansestadt|Der\s+Freistaat|Das\s+Land|Der\s+Stadtstaat)\s+"
    r"(?:war|ist|hatte|hat|konnte|setzte\s+sich)\b[^.;:!?]{0,40}?\bmit\s+(?:ihrer|seiner|ihrem|seinem)\s+"
    r"(?:eigenen\s+)?$"
)
_FIRST_PERSON_OWN = re.compile(
    r"(?<![\w-])(?:[Mm]ein|[Uu]nser)(?:e[nrm]?)?\s+(?:eigene[nrm]?\s+)?$"
)
_OWN = re.compile(
    r"(?:(?<![\w-])[Uu]nser(?:e[nrm]?)?\s+(?:(?:eigene[nrm]?|gemeinsame[nrm]?)\s+)?"
    r"|(?<![\w-])(?:[Dd]er|[Dd]en|[Dd]em)\s+von\s+uns\s+(?:(?P<support>mitgetragene[nm]?|unterstützte[nm]?)|eingebrachte[nm]?|gestellte[nm]?)\s+)$"
)
# "Wir haben einen Antrag zur X eingebracht": the speaker's Land bringing it in (the participle
# of bringing in after the title; "einen Antrag … gesehen" is anyone's)
_WE_BROUGHT = re.compile(
    r"(?<![\w-])[Ww]ir\s+(?:haben|hatten)\s+(?:[\w-]+\s+){0,3}?(?:einen|den)\s+(?:eigenen\s+)?$"
)
_PUT_IN = re.compile(
    r"[^.;:!?“”«»\"]*?(?<![\w-])(?:eingebracht|gestellt|eingereicht|vorgelegt)(?![\w-])"
)
_BROUGHT_BY = re.compile(
    r"(?<![\w-])(?:[Ee]ingebracht|[Ee]ingereicht|[Vv]orgelegt|[Gg]estellt)\s+von\s+(?P<who>[^.;:!?]{3,120})"
)
_HIERZU = re.compile(r"Antrag\s+(?:hierzu|dazu)\b")
_FORDERUNG_NACH = re.compile(
    r"Forderung(?:en)?\s+(?:gegenüber\s+dem\s+Bund\s+|an\s+den\s+Bund\s+)?nach\s+(?P<title>[^.;!?]{8,250})"
)
# what the body makes together: a paper, key points, a strategy, recommendations
_PRODUCT = (
    r"(?:(?:ein|eine|einen|das|die|den|ihr|ihre|ihren)\s+)?(?:gemeinsame[nms]?\s+|neue[nms]?\s+)?"
    r"(?:[A-ZÄÖÜ][\w-]*)?(?:[Pp]apier|[Ee]ckpunkte|[Ee]rklärung|[Ss]trategie|[Kk]onzept|[Ll]eitlinien"
    r"|[Hh]andlungsempfehlungen|[Ee]mpfehlungen|[Ll]eitfaden|[Aa]ktionsplan)(?![\w-])"
)
_MADE = r"(?:erarbeitet|vorgelegt|verabschiedet|beschlossen|entwickelt|unterzeichnet)(?![\w-])"
# the body as subject; starts a word, possessive \w so that a long word is not rescanned
_BODY = (
    rf"(?<![\w-])(?:Die\s+)?(?:{INTMK}|Konferenz|Länder|Integrationsminister\w*+|Länderminister\w*+"
    r"|Ministerinnen\s+und\s+Minister|Ressortchef(?:s|innen)(?:\s+und\s+-?chefs)?)"
    r"(?:\s+der\s+(?:16\s+)?Länder)?"
    # its chair as an attribute: "Die Konferenz unter Vorsitz (Leitung) der Ministerin X (SPD) …"
    r"(?:\s+unter\s+(?:dem\s+|der\s+)?(?:[\w-]+\s+)?(?:Vorsitz|Leitung)\s+(?:de[rs]|von)(?:\s+[\w()-]+){1,6}?(?=\s+[a-zäöüß]))?"
)
_DEMANDS = [
    # "haben einen gemeinsamen Beschluss gefasst: Sie sagen … zu und verlangen …": one decision,
    # the clause after the colon
    re.compile(
        r"(?<![\w-])Beschluss\s+(?:gefasst|getroffen|verabschiedet)\s*:\s*"
        r"(?:(?:Sie|Die\s+Länder|Die\s+Konferenz|Die\s+IntMK)\s+)?(?P<title>[^.;!?]{8,400})"
    ),
    re.compile(
        rf"{_BODY}(?:\s*\([^)]*\))?\s+(?:hat|haben)\s+(?P<title>[^.;!?]{{5,250}}?)\s+(?:gefordert|beschlossen|bekräftigt)"
    ),
    # the perfect with an empty middle field, the demand in the clause after the comma ("Die
    # Länder haben gefordert, dass der Bund …", "Die Konferenz hat beschlossen, X zu tun")
    re.compile(
        rf"{_BODY}(?:\s*\([^)]*\))?\s+(?:hat|haben|hatte|hatten)\s+(?:gefordert|verlangt|beschlossen|vereinbart)"
        r"\s*,\s*(?:dass\s+)?(?P<title>[^.;!?]{8,300})"
    ),
    re.compile(
        rf"{_BODY}(?:\s*\([^)]*\))?\s+(?:fordert|fordern|forderte|forderten|bekräftigt|bekräftigen|bekräftigte|bekräftigten|verlangt|verlangten)\s+(?:im\s+Rahmen\s+der\s+\w+\s+)?(?P<title>[^.;!?]{{8,300}})"
    ),
    re.compile(
        rf"{_BODY}\s+(?:haben|hat|sprachen|sprechen|spricht|sprach)\s+sich\s+(?:\w+\s+){{0,3}}?(?:für\s+|(?=gegen\s))"
        r"(?P<title>[^.;!?]{8,250}?)\s+(?:ausgesprochen|aus)\b"
    ),
    # verb second, the body after the verb: "sprachen sich die Ressortchefs einstimmig für X aus"
    re.compile(
        r"(?:sprachen|sprechen|spricht|sprach)\s+sich\s+(?:die|alle)\s+"
        rf"(?:{INTMK}|Konferenz|Länder|Integrationsminister\w*+|Länderminister\w*+|Ressortchef\w*+"
        r"|Ministerinnen\s+und\s+Minister|Minister(?:innen)?)"
        r"\s+(?:\w+\s+){0,3}?für\s+(?P<title>[^.;!?]{8,250}?)\s+aus\b"
    ),
    # "sprachen sich einstimmig dafür aus, die Wartezeiten zu verkürzen" (the correlate "dafür"
    # points to the clause after the comma)
    re.compile(
        rf"{_BODY}\s+(?:haben|hat|sprachen|sprechen|spricht|sprach)\s+sich\s+(?:\w+\s+){{0,3}}?dafür\s+(?:ausgesprochen|aus)\s*,\s*"
        r"(?:dass\s+)?(?P<title>[^.;!?]{8,300})"
    ),
    re.compile(
        r"verständigten\s+sich\s+(?:die\s+\w+\s+)?darüber,\s+dass\s+(?P<title>[^.;!?]{8,250})"
    ),
    re.compile(
        r"beschlossen\s+[„»\"]?[^,]{0,160},\s+(?P<title>[^.;!?“]{5,200}?\s+zu\s+\w+|[^.;!?“]{5,200}?\w+zu\w+en)\b"
    ),
    re.compile(r"setzte\s+sich\b.{0,140}?\bdafür\s+ein,\s+dass\s+(?P<title>[^.;!?]{8,300})"),
    re.compile(
        r"(?:setzt|setzte|setzen|setzten)\s+sich\s+mit\s+(?:einem|seinem|ihrem)\s+(?:eigenen\s+)?Antrag\b"
        r"[^.;!?]{0,80}?\bdafür\s+ein,\s+(?P<title>[^.;!?]{8,300}?(?:\s+zu\s+\w+|\w+zu\w+en))(?=[\s.,;]|$)"
    ),
    re.compile(
        r"der\s+Forderung\s+der\s+Länder\s+(?:an\s+den\s+Bund\s+)?an,\s+(?P<title>[^.;!?]{8,300})"
    ),
    # "Die Ressortchefs plädierten einstimmig für X", verb second "Zudem plädierten die Länder
    # für X", "machten sich die Länder für X stark"
    re.compile(
        rf"{_BODY}\s+(?:plädierten|plädieren|plädiert|plädierte)\s+(?:\w+\s+){{0,3}}?für\s+"
        r"(?P<title>[^.;!?]{8,250})"
    ),
    # the correlate "dafür" points to the clause after the comma: "Die IntMK plädierte
    # einstimmig dafür, X künftig auszuschließen"
    re.compile(
        rf"{_BODY}\s+(?:plädierten|plädieren|plädiert|plädierte)\s+(?:\w+\s+){{0,3}}?dafür\s*,\s*"
        r"(?:dass\s+)?(?P<title>[^.;!?]{8,300})"
    ),
    re.compile(
        r"(?<![\w-])(?:plädierten|plädieren|plädiert|plädierte|machten\s+sich|machen\s+sich)\s+(?:die|alle)\s+"
        rf"(?:{COLLECTIVE})\s+(?:\w+\s+){{0,3}}?für\s+(?P<title>[^.;!?]{{8,250}}?)(?:\s+stark)?\s*(?=[.;!?]|$)"
    ),
    # "Die Länder machten sich für X stark", "haben sich für X stark gemacht"
    re.compile(
        rf"{_BODY}\s+(?:machten|machen|macht|machte|haben|hat)\s+sich\s+(?:\w+\s+){{0,3}}?für\s+"
        r"(?P<title>[^.;!?]{8,250}?)\s+stark(?:\s+gemacht)?(?![\w-])"
    ),
    # the body after the auxiliary, the joint product marked by "gemeinsam": "Auf ihrem Treffen
    # haben die für Integration zuständigen Ministerinnen und Minister der Länder einen
    # gemeinsamen Indikatorensatz zu X erarbeitet"
    re.compile(
        r"(?<![\w-])(?:hat|haben|hatte|hatten)\s+(?:die|alle)\s+(?=[^.;!?]{0,40}?(?:Länder|[Mm]inister|Senator|Ressortchef))"
        r"(?:[\w/*-]+\s+){1,14}?(?:der\s+(?:16\s+)?Länder\s+|Ressortchef\w*\s+)"
        r"(?:(?:daher|nun|zudem|auch|gemeinsam|einstimmig)\s+)*"
        rf"(?P<title>(?:einen|eine|ein)\s+gemeinsame[nms]?\s+[^.;!?]{{5,200}}?|{_PRODUCT}[^.;!?]{{0,200}}?)\s+{_MADE}"
    ),
]
# "sich für X aussprechen" with a longer middle field (time, place, manner: "hatte sich bereits
# im Frühjahr in Warnemünde einstimmig für X ausgesprochen") or the body after the auxiliary
# (verb second after a fronted phrase: "Auf Antrag Hessens haben sich die Integrationsminister
# der Länder am Montag in Kassel dafür ausgesprochen, X zu tun"): a decision where the text
# tells a vote or a motion (see _VOTE_TOLD); without one it may be a position
_SPOKE_FOR_WIDE = [
    re.compile(
        rf"{_BODY}\s+(?:haben|hat|hatte|hatten|sprachen|sprechen|spricht|sprach)\s+sich\s+(?:[\w.-]+\s+){{0,8}}?"
        r"(?:(?:für\s+|(?=gegen\s))(?P<title>[^.;!?]{8,250}?)\s+(?:ausgesprochen|aus)(?![\w-])"
        r"|dafür\s+(?:ausgesprochen|aus)\s*,\s*(?:dass\s+)?(?P<title2>[^.;!?]{8,300}))"
    ),
    re.compile(
        r"(?<![\w-])(?:haben|hat|hatte|hatten)\s+sich\s+(?:die|alle)\s+"
        rf"(?:{COLLECTIVE})(?:\s+der\s+(?:16\s+)?Länder)?\s+(?:[\w.-]+\s+){{0,8}}?"
        r"(?:(?:für\s+|(?=gegen\s))(?P<title>[^.;!?]{8,250}?)\s+ausgesprochen(?![\w-])"
        r"|dafür\s+ausgesprochen\s*,\s*(?:dass\s+)?(?P<title2>[^.;!?]{8,300}))"
    ),
]
# a vote or a motion told in the same sentence: "einstimmig", "auf Antrag Hessens"
_VOTE_TOLD = re.compile(
    r"(?<![\w-])(?:einstimmig|mehrheitlich|ohne\s+Gegenstimmen?|Beschluss|Antrag|Initiative|beschlossen"
    r"|verabschiedet|angenommen)(?![\w-])",
    re.I,
)
# a joint product of the body: "Die Länder haben ein Papier zu X erarbeitet", "Die Konferenz
# legte gemeinsame Eckpunkte für X vor" (the product noun heads the object; every match holds
# one, so only sentences that name a product are searched). Not a genitive attribute ("eine
# Arbeitsgruppe der Länder hat …"): tested on the match.
_JOINT_PRODUCT = Guarded(
    re.compile(
        rf"{_BODY}(?:\s*\([^)]*\))?\s+(?:(?:hat|haben|hatte|hatten)\s+(?:[\w.]+\s+){{0,5}}?"
        rf"(?P<title>{_PRODUCT}[^.;!?]{{0,200}}?)\s+{_MADE}"
        rf"|(?:erarbeiteten|erarbeitete|entwickelten|entwickelte|unterzeichneten|unterzeichnete|legten|legte)"
        rf"\s+(?:[\w.]+\s+){{0,4}}?(?P<title2>{_PRODUCT}[^.;!?]{{0,200}}?)(?:\s+vor)?\s*(?=[.;!?]|$))"
    ),
    literals=(
        "apier",
        "ckpunkte",
        "rklärung",
        "trategie",
        "onzept",
        "eitlinien",
        "mpfehlungen",
        "eitfaden",
        "ktionsplan",
    ),
)
_CONTINUE = re.compile(
    r"^\s*(?:Außerdem|Darüber\s+hinaus|Zudem|Ferner)\s+soll(?:te|en)?\s+der\s+Bund\s+(?P<title>[^.;!?]{8,300})"
)
_ENUM = re.compile(r"Forderungen\s+(?P<items>nach\s+[^.!?]{1,600})")
_GROUP = re.compile(r"(?P<n>zwei|drei|vier|fünf|\d+)\s+(?P<adj>[a-zäöü-]+e)\s+Anträge")
_GROUP_OF_LAND = re.compile(
    r"(?<![\w-])(?:weitere|zwei|drei|vier|fünf|beide|\d+)\s+Anträge(?:\s+(?P<gen>[A-ZÄÖÜ][\w-]+s)(?![\w-]))?"
    r"(?=[^.;!?]{0,80}(?:angenommen|beschlossen|verabschiedet|\bein\b))"
)
# a demand of the body in the passive or in the noun "Forderung": "So wird der Bund aufgefordert,
# X zu tun", "Eine zentrale Forderung der Teilnehmer war, dass X", "Die Anträge zielen darauf
# ab, X" — one decision each
_ONE_DEMAND = re.compile(
    r"(?<![\w-])(?:(?:wird|werden|wurde|wurden)\s+(?:\w+\s+){0,2}?(?:der\s+Bund|die\s+Bundesregierung)\s+(?:\w+\s+){0,2}?"
    r"|(?:[Dd]er\s+Bund|[Dd]ie\s+Bundesregierung)\s+(?:wird|wurde)\s+(?:\w+\s+){0,2}?)(?:aufgefordert|gebeten)\s*,\s*"
    r"|(?<![\w-])Forderung(?:en)?\s+der\s+(?:Teilnehmer\w*|Länder|Konferenz|Minister\w*|IntMK)\s+(?:war|ist|waren|sind)\s*,?\s*(?:dass\s+)?"
    # "Zentrale Forderung der Konferenz: Der Bund soll …"
    r"|(?<![\w-])Forderung(?:en)?\s+der\s+(?:Teilnehmer\w*|Länder|Konferenz|Minister\w*|IntMK)\s*:\s*"
    r"|(?<![\w-])(?:Anträge|Antrag|Beschlüsse|Beschluss)\s+(?:zielen|zielt|zielten|zielte)\s+(?:\w+\s+){0,3}?darauf\s+ab\s*,\s*"
)
_CONTINUE_BUND = re.compile(
    r"^\s*(?:Auch|Außerdem|Darüber\s*hinaus|Zudem|Ferner|Zum\s+anderen|Daneben)\b\s*(?P<title>[^.;!?]{0,120}?\bsoll(?:te|en)?\s+der\s+Bund\s+[^.;!?]{8,300})"
)
_ORDINAL_ANTRAG = re.compile(
    r"(?:Der|Ein)\s+(?:erste|zweite|dritte|vierte|weitere)\s+(?:(?P<adj>[a-zäöü-]+e)\s+)?Antrag"
)

# verb → noun, for turning demand clauses into the nominal style of motion titles
_NOMINAL = {
    "weiterentwickelt": "Weiterentwicklung",
    "weiterzuentwickeln": "Weiterentwicklung",
    "ausgestattet": "Ausstattung",
    "auszustatten": "Ausstattung",
    "verstetigen": "Verstetigung",
    "verstetigt": "Verstetigung",
    "schaffen": "Schaffung",
    "geschaffen": "Schaffung",
    "stärken": "Stärkung",
    "gestärkt": "Stärkung",
    "verbessern": "Verbesserung",
    "verbessert": "Verbesserung",
    "ausbauen": "Ausbau",
    "ausgebaut": "Ausbau",
    "auszubauen": "Ausbau",
    "öffnen": "Öffnung",
    "geöffnet": "Öffnung",
    "erleichtern": "Erleichterung",
    "erleichtert": "Erleichterung",
    "finanzieren": "Finanzierung",
    "finanziert": "Finanzierung",
    "fördern": "Förderung",
    "gefördert": "Förderung",
    "überprüfen": "Überprüfung",
    "überprüft": "Überprüfung",
    "einzurichten": "Einrichtung",
    "eingerichtet": "Einrichtung",
    "aufzustocken": "Aufstockung",
    "aufgestockt": "Aufstockung",
    "aufstocken": "Aufstockung",
    "ausgesetzt": "Aussetzung",
    "auszusetzen": "Aussetzung",
    "erarbeiten": "Erarbeitung",
    "erarbeitet": "Erarbeitung",
    "anerkennen": "Anerkennung",
    "anerkannt": "Anerkennung",
    "sichern": "Sicherung",
    "gesichert": "Sicherung",
    "beteiligen": "Beteiligung",
    "unterstützen": "Unterstützung",
    "unterstützt": "Unterstützung",
    "verankern": "Verankerung",
    "verankert": "Verankerung",
    "abschaffen": "Abschaffung",
    "übernehmen": "Übernahme",
    "übernommen": "Übernahme",
    "abgeschafft": "Abschaffung",
}


_SUPPORTED = re.compile(
    r"(?<![\w-])(?:unterstützt\w*|mitgetragen|mittragen|mittrug\w*|anschloss\w*|angeschlossen|trugen\s+\w+\s+mit|trug\s+\w+\s+mit|befürwortet\w*"
    r"|zugestimmt|stimmte\w*\s+(?:\w+\s+)?zu)(?![\w-])"
)
_NOT_YET = re.compile(
    r"(?<![\w-])(?:will|wollen|wollte|wollten|soll|sollen|sollte|sollten|plant|planen|geplant|möchte"
    r"|möchten|Entwurf|Entwurfs|vorbereitet|vorgelegt|vorlegen|beantragt|beraten|berät|diskutiert)(?![\w-])"
)
_NEGATED = re.compile(r"(?<![\w-])(?:nicht|kein|keine|keinen|keiner|nie|niemals)(?![\w-])")
_MODAL = {
    "werden",
    "wird",
    "sollte",
    "sollten",
    "soll",
    "sollen",
    "muss",
    "müssen",
    "kann",
    "können",
}


@lru_cache(maxsize=4096)
def nominalise(clause: str) -> str:
    """Turn a demand clause into a title: ``die Beratung zu verstetigen`` → ``Verstetigung der
    Beratung`` (:mod:`intgraph.language.nominal`), or, where the object keeps its case, the
    action noun and the object after a colon (``Aussetzung: die Wohnsitzauflage …``).

    >>> nominalise("die Sprach- und Berufsberatung zu verstetigen und einen festen Beratungsanspruch zu schaffen")
    'Verstetigung der Sprach- und Berufsberatung; fester Beratungsanspruch'
    >>> nominalise("die Wohnsitzauflage für Auszubildende zumindest zeitweise ausgesetzt werden sollte")
    'Aussetzung: die Wohnsitzauflage für Auszubildende zumindest zeitweise'
    """
    federal = (
        _federal_clause(clause)
        if clause.startswith(("der Bund ", "die Bundesregierung "))
        else None
    )
    if federal:
        return federal
    parts = re.split(r"\s+(?:sowie|und)\s+(?=(?:das|die|der|den|einen|eine|ein|dem)\s)", clause)
    # a part without a verb joins the following part ("die Kurse und die Beratung auszustatten")
    merged: list[str] = []
    for part in parts:
        if merged and not _noun_of(merged[-1].split()[-1]) and merged[-1].split()[-1] not in _MODAL:
            merged[-1] = merged[-1] + " und " + part
        else:
            merged.append(part)
    parts = merged
    out = []
    for part in parts:
        if _NEGATED.search(part):
            out.append(part)  # "die Mittel nicht zu kürzen" is no "Kürzung"
            continue
        named = nominal_title(part)
        if named:
            out.append(named)  # "die Beratung zu verstetigen" → "Verstetigung der Beratung"
            continue
        words = part.split()
        while words and words[-1] in _MODAL:
            words.pop()
        noun = None
        if words and _noun_of(words[-1]):
            noun = _noun_of(words.pop())
            if words and words[-1] == "zu":
                words.pop()
        rest = " ".join(words).strip(" ,")
        out.append(f"{noun}: {rest}" if noun and rest else (rest or part))
    return "; ".join(out)


# a dass-clause whose subject is the federation, its verb last: "(dass) der Bund die Beratung
# bedarfsgerecht ausstattet", "… die Kosten übernehmen muss"
_FEDERAL_CLAUSE = re.compile(
    r"^(?P<agent>der\s+Bund|die\s+Bundesregierung)\s+(?P<rest>(?!(?:nicht|kein\w*)\s)[^,;:]{4,250}?)\s+"
    r"(?P<verb>[a-zäöüß]{4,})(?:\s+(?P<modal>muss|müsse|soll|solle|möge|sollte))?$"
)


def _federal_clause(clause: str) -> str | None:
    """The nominal title of a demand on the federation told as a dass-clause: the clause's
    infinitive without its subject, in the nominal style, and the federation as the agent
    (``der Bund die Beratung bedarfsgerecht ausstattet`` → ``bedarfsgerechte Ausstattung der
    Beratung durch den Bund``); ``None`` where the clause does not parse so."""
    m = _FEDERAL_CLAUSE.match(clause.strip().rstrip(".!? "))
    if m is None or _NEGATED.search(m.group("rest")):
        return None
    verb = m.group("verb")
    if m.group("modal"):
        candidates = [verb] if verb.endswith(("en", "ern")) else []
    elif verb.endswith("et"):
        candidates = [verb[:-2] + "en", verb[:-1] + "n"]  # "ausstattet", "verbessert"
    elif verb.endswith("t"):
        candidates = [verb[:-1] + "en", verb[:-1] + "n"]  # "finanziert", "sichert"
    else:
        candidates = []
    for infinitive in candidates:
        named = nominal_title(f"{m.group('rest')} {infinitive}")
        if named:
            agent = "den Bund" if m.group("agent").endswith("Bund") else "die Bundesregierung"
            return f"{named} durch {agent}"
    return None


def _noun_of(verb: str) -> str | None:
    """The action noun of a clause-final verb: the listed one, else the derived ``-ung`` noun
    (:func:`~intgraph.language.derivation.action_noun`: "anzuerkennen" → "Anerkennung")."""
    return _NOMINAL.get(verb) or action_noun(verb)


_FAILED_AT_END = re.compile(r"\s+(?:scheiterte|scheiterten|scheitert|kam\s+durch|kamen\s+durch)$")
_SECOND_PARTICIPLE = re.compile(
    r",?\s+und\s+(?:(?:zugleich|außerdem|zudem|ferner|auch|gleichzeitig)\s+)?(?:zugesagt|zugesichert"
    r"|vereinbart|beschlossen|angekündigt|versprochen|gefordert|verlangt|gebeten|aufgefordert"
    r"|angeboten|erklärt)\s*,\s*(?=\S[^,]*(?:\s+zu\s+[a-zäöüß]+|[a-zäöüß]zu[a-zäöüß]+en)[\s.!?]*$)"
)
_FINITE = re.compile(
    r"\s+(?:wurde|wurden|wird|werden|ist|sind|war|waren|hat|haben|hatte|fand|fanden|scheiterte"
    r"|scheiterten|stieß|stießen|fiel|fielen|setzte|setzten|konnte|konnten|stimmte|stimmten|geht|ging"
    r"|lehnte|lehnten|ging|gingen|kam|kamen|erhielt|erhielten)\s+\S.*$"
)
_DEMAND_HEAD = re.compile(
    # (the nouns of asking: "eine gemeinsame Bitte an den Bund, X zu tun", "die Aufforderung, …")
    r"^(?:(?:ihre|seine|die|eine)\s+)?(?:gemeinsame\s+|alte\s+|dringende\s+)?"
    r"(?:Forderung(?:en)?|Bitte|Aufforderung|Appell|Erwartung)"
    r"(?:\s+an\s+(?:den\s+Bund|die\s+Bundesregierung))?\s*,\s*(?=\S)"
)


_BUND_ZU_AUF = re.compile(
    r"^(?:den\s+|die\s+)?(?:Bund|Bundesregierung)\s+(?:dazu\s+|erneut\s+)*zu[rm]?\s+(?P<x>.{3,}?)\s+auf$"
)


# "den Beschluss zu X und den Antrag Thüringens zu Y": X ends where the next motion starts
_NEXT_MOTION = re.compile(
    r"\s*,?\s+(?:und|sowie)\s+(?:den|die|das|der|einen|eine|ein)\s+(?:\w+\s+)?"
    r"(?:Leitantrag|Antrag|Beschluss|Resolution|Erklärung)\b.*$"
)


_ON_REQUEST = re.compile(
    r"^(?:(?:auf|nach)\s+)?(?:gemeinsamen\s+)?(?:Antrag|Initiative|Vorschlag|Anregung)\s+"
    r"(?:des\s+Landes\s+[A-ZÄÖÜ][\w-]+|von\s+[A-ZÄÖÜ][\w-]+|[A-ZÄÖÜ][\w-]+s)"
    r"(?:(?:\s*,\s*|\s+und\s+|\s+sowie\s+)(?:von\s+)?[A-ZÄÖÜ][\w-]+)*(?:\s+hin)?\s+"
)
# "für ein stichtagsunabhängiges Bleiberecht", "einen schnelleren Zugang …": the subject
# matter without the preposition of the motion noun and without a leading article
_ENDS_IN_NOUN = re.compile(r"(?:^|\s)[A-ZÄÖÜ0-9„»\"(][^\s]*$")
_LEADING_ARTICLE = re.compile(
    r"^(?:(?:für|auf|nach)\s+)?(?:der|die|das|den|dem|ein|eine|einen|einem|einer|eines)\s+(?=\S)"
    r"|^(?:für|auf|nach)\s+(?=[a-zäöüß]+[e]?[nrs]?\s+[A-ZÄÖÜ]|[A-ZÄÖÜ])"
)


_LEADING_ZU_PREPOSITION = re.compile(r"^(?:zur|zum|zu(?=\s+[A-ZÄÖÜ]))\s+")
_RELATIVE_CLAUSE_AFTER = re.compile(
    r"(?:\s+ein)?,\s+(?:der|die|das|den|dem|deren|dessen|denen|welche[rsn]?)\s+(?![^,]*(?:\s+zu\s+[a-zäöüß]+|[a-zäöüß]zu[a-zäöüß]+en)$)[^,]*$"
)
_POINTING_MAIN_CLAUSE_AFTER = re.compile(
    r",\s+(?:und|aber|doch)\s+(?:der|die|das|er|sie|es|dieser|diese)(?:\s.*)?$"
)
_SEPARABLE_PARTICLE_AT_END = re.compile(r"\s+(?:zu|ab|durch|ein|an|vor|zurück)$")
_AUXILIARY_THEN_MAIN_CLAUSE = re.compile(
    r"(\s+[a-zäöüß]{3,}(?:t|en))\s+(?:haben|hatten|hat|hatte|wurde|wurden|worden|war|waren),\s.*$"
)
_PUT_OR_OUTCOME_AT_END = re.compile(
    r"\s+(?:eingesetzt|eingebracht|eingereicht|durchgesetzt|gestellt|vorgelegt|unterstützt|beschlossen|angenommen|vorgestellt|gefasst|getroffen"
    r"|verabschiedet|abgelehnt|vertagt|erfolgreich|gescheitert|durchgekommen|einbringen|einreichen|vorlegen|stellen|vorstellen"
    # the simple past closing a verb-final clause ("…, wo sie eine Resolution zur X verabschiedeten")
    r"|verabschiedeten|verabschiedete|vereinbarten|ablehnten|billigten"
    # "plant, einen Antrag zu X einzubringen"
    r"|einzubringen|einzureichen|vorzulegen|vorzustellen)"
    # the auxiliary of a verb-final clause: "… zur X verabschiedet hatten,"
    r"(?:\s+(?:haben|hatten|hat|hatte|wurde|wurden|worden|war|waren))?[\s,]*$"
)
# a verb-final clause's outcome after the title ("Während der Antrag für X eine knappe
# Mehrheit fand, …", "…, nachdem der Antrag zu X keine Zustimmung erhalten hatte")
_OUTCOME_VERB_FINAL = re.compile(
    r"\s+(?:eine|die|keine)\s+(?:[a-zäöüß]+e\s+)?(?:Mehrheit|Zustimmung|Unterstützung)\s+"
    r"(?:fand|fanden|erhielt|erhielten|bekam|bekamen|gefunden|erhalten|bekommen)"
    r"(?:\s+(?:hat|hatte|hatten|haben))?$"
)
# how the vote went, left before a participle cut off the title's end ("… für Asylbewerber
# einstimmig angenommen hatte")
# (and the connective adverbs a second conjunct carries: "lehnte einen Antrag zur X jedoch ab")
_MANNER_AT_END = re.compile(
    r"(?:\s+(?:einstimmig|mehrheitlich|einmütig|einhellig|jedoch|aber|dagegen|hingegen|allerdings"
    r"|indes|ebenfalls|zudem|außerdem))+$"
)
_INFINITIVE_ZU_AT_END = re.compile(r"\s+zu$")
_PUT_ON_AGENDA_AT_END = re.compile(
    r"\s+auf\s+die\s+Tagesordnung\s+(?:setzen|gesetzt|bringen|gebracht|nehmen|genommen|heben|gehoben)"
    r"(?:\s+lassen)?$"
)
_WHITE_RUN = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def _clean(title: str) -> str:
    title = repair_line_break_hyphens(_WHITE_RUN.sub(" ", title)).strip(' ,;:-–„“»«"')
    title = ASKED_FEDERATION.sub("", title)  # "fordern den Bund auf, X zu tun": the demand is X
    title = _DEMAND_HEAD.sub("", title)  # "ihre Forderung an den Bund, X zu tun": the demand is X
    title = _BUND_ZU_AUF.sub(r"\g<x>", title)  # "fordern den Bund zu X auf": the demand is X
    # "haben … aufgefordert, X zu tun, und zugleich zugesagt, Y zu tun": a second participle
    # of the same perfect adds a part to the decision (X and Y, one decision)
    title = _SECOND_PARTICIPLE.sub(" und ", title)
    title = _FINITE.sub("", title)  # "… wurde einstimmig angenommen"
    title = _FAILED_AT_END.sub("", title)  # "Ein Antrag zur X scheiterte."
    title = _LEADING_ZU_PREPOSITION.sub("", title)
    title = _ON_REQUEST.sub("", title)  # "auf Antrag Sachsens und Bayerns mehr Geld für …"
    title = _NEXT_MOTION.sub("", title)
    # "einen Antrag für X ein, der mehrheitlich angenommen wurde": the separable particle and the
    # relative clause after the title are no part of it
    # (not a zu-infinitive after the comma: "…, die Mittel nicht zu kürzen" is a clause whose
    # verb is no finite one, so no relative clause)
    title = _RELATIVE_CLAUSE_AFTER.sub("", title)
    title = _SECOND_PREDICATE.sub("", title)
    title = _REPORTING_TAIL.sub("", title)  # "…, berichtete die Presse": who told it
    # "stimmten einem Antrag zu X zu", "setzten sich mit ihrem Antrag für X durch": the particle
    # a main clause coordinated after the title whose subject points back at the motion ("…
    # eingebracht, und der ist einstimmig angenommen worden"): no part of it
    title = _POINTING_MAIN_CLAUSE_AFTER.sub("", title)
    title = _SEPARABLE_PARTICLE_AT_END.sub("", title)
    # a verb-final clause ends at its auxiliary ("… zur X verabschiedet hatten, endete die
    # Sitzung"): what follows the comma is the main clause
    title = _AUXILIARY_THEN_MAIN_CLAUSE.sub(r"\1", title)
    title = _OUTCOME_VERB_FINAL.sub("", title)
    title = _PUT_OR_OUTCOME_AT_END.sub("", title)
    title = _MANNER_AT_END.sub("", title)
    title = _INFINITIVE_ZU_AT_END.sub("", title)  # "einen Antrag für X zu stellen"
    # "hat einen Antrag zu X auf die Tagesordnung setzen lassen": how it was put, not what
    title = _PUT_ON_AGENDA_AT_END.sub("", title)
    # "… bei der 16. Integrationsministerkonferenz": where it was decided, not what
    title = _AT_SESSION.sub("", title)
    title = _MANNER_LEAD.sub("", title)  # "einmütig die Abschaffung der X": how they decided
    if title.startswith(("der Bund ", "die Bundesregierung ")):
        # a dass-clause on the federation: in the nominal style ("… durch den Bund")
        title = _federal_clause(title) or title
    if _ENDS_IN_NOUN.search(title):  # a noun phrase, not a clause ("der Bund … verkürzt")
        title = _LEADING_ARTICLE.sub("", title)
    return title


# adverbs of how the body decided, before the object ("haben einmütig die X gefordert")
_MANNER_LEAD = re.compile(
    r"^(?:(?:einstimmig|einmütig|einhellig|mehrheitlich|geschlossen|erneut|nachdrücklich|ausdrücklich"
    r"|gemeinsam(?!\s+mit\b))\s+)+(?=(?:der|die|das|den|dem|ein|eine|einen|einem|einer|mehr)\s)"
)


# a second predicate of the body coordinated after the demand ("verlangen vom Bund, die Kosten zu
# übernehmen, und sagen zugleich zu, …"): a finite verb of deciding, promising or saying right
# after "und" (a zu-infinitive's coordination has "zu" or an infinitive there, not these forms)
_SECOND_PREDICATE = re.compile(
    r",?\s+(?:und|sowie)\s+(?:sagen|sagten|sicherten|sichern|fordern|forderten|verlangen|verlangten"
    r"|bitten|baten|appellieren|appellierten|kündigen|kündigten|betonen|betonten|begrüßen|begrüßten"
    r"|kritisieren|kritisierten|unterstreichen|unterstrichen|sprechen|sprachen|setzen|setzten"
    r"|erwarten|erwarteten|wollen|wollten|drängen|drängten|mahnen|mahnten|beschlossen|beschließen"
    r"|vereinbarten|vereinbaren|verständigten|einigten|beschloss|sprach|forderte|verlangte|bat)"
    r"\s+(?:sich\s+)?(?:[a-zäöüß]+\s+)*?"
    r"(?:zu|an|ein|auf|aus|zugleich|außerdem|zudem|ferner|auch|darüber|dafür)(?:[\s,].*)?$"
)
# a reporting clause after the content, its finite verb of saying first ("…, berichtete die
# Zeitung", "…, hieß es aus Regierungskreisen", "…, so die Ministerin"; not "…, so dass …")
_REPORTING_OPENER = (
    rf",\s*(?:(?!so\s+dass)(?:{SPEECH_VERBS}|{ATTRIBUTION_VERBS})|hieß\s+es|heißt\s+es)(?![\w-])"
)
_REPORTING_TAIL = re.compile(rf"{_REPORTING_OPENER}[^,]*$")
# a reporting clause anywhere before a point (", sagte Ministerin X und …")
_REPORTED_BY = re.compile(_REPORTING_OPENER)
_AT_SESSION = re.compile(
    rf"\s+(?:bei|auf|während)\s+(?:der|dem)\s+(?:\d{{1,2}}\.?(?:\s*{INTMK})?|{INTMK})$"
)


_S = TypeVar("_S")


def _per_sentence(fn: Callable[[str], _S]) -> Callable[[str], _S]:
    """``fn(sentence)`` computed once for one sentence object and given again while the same
    object is asked about: the loops over the motions one sentence (or window) names asked
    it once per motion (a table's window names ten; issue 16). ``fn`` must be a pure
    function of the sentence and return a value that is not changed afterwards."""
    last: list[object] = [None, None]

    def once(sentence: str) -> _S:
        if last[0] is not sentence:
            last[1] = fn(sentence)
            last[0] = sentence
        return last[1]  # type: ignore[return-value]

    once.__doc__ = fn.__doc__
    return once


# one party's stance on a motion, told with "bei" ("fand bei Bayern keine Zustimmung", "stieß
# bei den Verbänden auf breite Zustimmung"): not how the conference voted, unless the party is
# the Länder or the conference itself ("fand bei den Ländern breite Zustimmung")
_STANCE_OF = re.compile(
    r"(?<![\w-])bei\s+(?:den\s+|der\s+|dem\s+|vielen\s+)?(?!(?:allen\s+)?(?:Ländern|Konferenz|Kolleg|Minister|IntMK))"
    r"[A-ZÄÖÜ][\w-]*(?:\s+[\w-]+){0,2}?\s+(?:auf\s+)?(?:keine|breite|große|einhellige|volle|allgemeine|ungeteilte)\s+Zustimmung\b"
)


@lru_cache(maxsize=256)  # asked once for every motion of a sentence (issue 16)
def _result(sentence: str) -> str:
    if "Zustimmung" in sentence:
        sentence = _STANCE_OF.sub(" ", sentence)
    if _REJECTED.search(sentence) or (
        ("lehnt" in sentence or "iel" in sentence) and REJECTED_PARTICLE.search(sentence)
    ):
        return "rejected"
    if _ADOPTED.search(sentence) or (
        ("stimmt" in sentence or "setzt" in sentence) and ADOPTED_PARTICLE.search(sentence)
    ):
        return "adopted"
    return "unknown"


@lru_cache(maxsize=1024)
def _main_clauses(sentence: str) -> str:
    """The sentence with its relative clauses whose subject is a Land blanked: that Land's
    stance ("…, den Bayern abgelehnt hatte, …") is not how the conference voted; a relative
    clause without one ("…, der einstimmig angenommen wurde") still tells the motion's result."""
    out = sentence
    for a, b, _ in relative_clauses(sentence):
        if any(x.code != "DE" for x in find_lands(sentence[a:b])):
            out = out[:a] + " " * (b - a) + out[b:]
    return out


def find_motions(
    index: TextIndex, publisher_land: str | None = None, conference: bool | None = None
) -> list[MotionMention]:
    """Motions the document reports, from its agenda lines and from decision frames in prose
    (``conference``: whether the document is about the IntMK, given for a window of a large
    document; else read from ``index``).

    >>> ctx = "Die 20. Integrationsministerkonferenz tagte in Göttingen. "
    >>> [m.title for m in find_motions(TextIndex(ctx + "Ziele der Beschlüsse sind unter anderem, "
    ...     "die Beratung auszubauen sowie den Zugang zu Sprachkursen zu erleichtern."))]
    ['Ausbau der Beratung', 'Erleichterung des Zugangs zu Sprachkursen']
    """
    text = index.text
    if not (mentions_conference(index.flat) if conference is None else conference):
        return []
    agenda = _agenda(index) + _table_rows(index.text)
    listed = _listed(index)
    result_lines = _result_lines(index, publisher_land)
    out = agenda + listed + result_lines
    in_quote = _QuoteLookup(text)
    group: dict[str, object] = {}
    prev_demand: MotionMention | None = None
    cues = [m.start() for m in _CUE.finditer(index.flat)]
    last = (0, 0)
    last_had = False
    recent: list[tuple[int, int]] = []  # the windows before this one, nearest last
    just_found: list[MotionMention] = []  # the motions the sentence before told
    for s_start, s_end in _windows(index):
        previous = index.flat[last[0] : last[1]] if last[1] - last[0] < _MAX_WINDOW else ""
        last = (s_start, s_end)
        recent = [*recent[-4:], (s_start, s_end)]
        told_before, just_found = just_found, []
        if told_before and any(mm.result == "unknown" for mm in told_before):
            voted = _VOTED_BACK.match(index.flat, s_start, s_end)
            if voted:
                # "Beide Anträge wurden beschlossen.", "Er fand keine Mehrheit.": the result of
                # the motions the sentence before told
                result = _result(voted.group())
                if result != "unknown":
                    for mm in told_before:
                        if mm.result == "unknown":
                            mm.result = result
                    continue
        if told_before:
            back_by = _SUBMITTED_BACK.match(index.flat, s_start, s_end)
            if back_by:
                # "Der Antrag kam aus dem Saarland.", "Eingebracht hatten ihn Hessen und Bayern.":
                # the submitters of the motion the sentence before told
                who = back_by.group("who") or back_by.group("who2") or back_by.group("who3") or ""
                lands = {x.code for x in find_lands(who) if x.code != "DE"}
                if lands:
                    for mm in told_before[-1:]:
                        mm.submitters |= lands
                    continue
        i = bisect.bisect_left(cues, s_start)
        if i == len(cues) or cues[i] >= s_end:
            last_had = False
            continue  # no decision word in this sentence: nothing below can match
        if index.is_clutter(s_start):
            continue
        sent = index.flat[s_start:s_end]
        found: list[MotionMention] = []
        # the body (IntMK, Länder, ministers) is what the sentences before spoke of, so that a
        # plural "sie" here is the body ("Die Länder fassten Beschlüsse. Sie forderten …")
        body_before = _SIE_WORD.search(sent) is not None and _body_topic(index.flat, recent[:-1])
        g = _GROUP.search(sent)
        if g:
            adj_land = lands_in_phrase(g.group("adj"))
            group = {"land": adj_land[0].code if adj_land else None, "result": _result(sent)}
        else:
            g2 = _GROUP_OF_LAND.search(sent)
            if g2:
                # "zwei Anträge Sachsens angenommen", "Hessen brachte zwei Anträge ein"
                who = g2.group("gen") or sent[: g2.start()]
                lands = [x for x in find_lands(who) if x.code != "DE"]
                group = {
                    "land": lands[0].code if lands else None,
                    "result": _result(sent),
                    "open": True,
                }
        had_before, last_had = last_had, False
        if had_before and BACK_REFERENCE.match(sent) and not _ADDITIVE.search(sent):
            # "Darin fordern die Länder …": the content of the motion just named (not with an
            # adverb that adds to it: "Darin waren sich alle einig: Der Bund müsse zudem …")
            continue
        back = _DECIDED_THAT.match(sent)
        if back and not _FORWARD.search(sent, back.end()):
            # "Das beschlossen die Ministerinnen und Minister …", "Darauf verständigten sich die
            # Ressortchefs …": the decision the sentence before told, not another one
            continue
        ordinal = _ENUMERATED.search(sent)
        agg = (
            next(
                (
                    a
                    for a in (_AGGREGATE.search(index.flat[s:e]) for s, e in recent[:-1])
                    if a is not None
                ),
                None,
            )
            if ordinal
            else None
        )
        if agg is not None and not _body_subject(agg.string[: agg.start()], loose=True):
            # "Der Flüchtlingsrat stellte drei Forderungen auf. Erstens …": someone else's
            agg = None
        if ordinal and agg and not in_quote(s_start + ordinal.start()):
            # one decision of an enumeration after an aggregate ("Erstens fordern wir X")
            mm = _enumerated(sent[ordinal.end() :], agg.group())
            if mm is not None:
                mm.evidence = Evidence(
                    s_start + ordinal.start(),
                    s_start + ordinal.end(),
                    sent.strip()[:600],
                    EXTRACTOR,
                )
                out.append(mm)
                last_had = True
                continue
        listed_titles = _quoted_members(sent)
        if listed_titles:
            # "Sie hat die Anträge „A“ (Antragsteller: HH) und „B“ (Antragsteller: NW)
            # mitgezeichnet": one motion per quoted title
            for mm in listed_titles:
                mm.evidence = Evidence(s_start, s_end, sent.strip()[:600], EXTRACTOR)
            out.extend(listed_titles)
            just_found = listed_titles
            last_had = True
            continue
        items = _ordinal_items(sent, previous) if not in_quote(s_start) else []
        if not items and "unter anderem" in sent:
            items = _among_decided(sent, s_start, in_quote)
        if items:
            # "… drei Beschlüsse gefasst: Sie wollen erstens A, zweitens B und drittens C"
            for mm in items:
                mm.evidence = Evidence(s_start, s_end, sent.strip()[:600], EXTRACTOR)
            out.extend(items)
            last_had = True
            continue
        for rx in (*_ANTRAG_TITLE, _ANTRAG_INFINITIVE, _ANTRAG_RELATIVE, _ANTRAG_CONTENT):
            # a motion noun after the ones found, in a clause of its own ("Während der Antrag
            # zu X eine Mehrheit fand, fiel der Vorschlag, Y zu tun, durch"), is read by the
            # other patterns too; one inside a found motion's span is that motion
            cut_at = _clause_cut(sent)
            if found and rx in (_ANTRAG_INFINITIVE, _ANTRAG_RELATIVE, _ANTRAG_CONTENT):
                if cut_at is None or any(
                    f.evidence is not None and f.evidence.start - s_start >= cut_at for f in found
                ):
                    break
            for m in rx.finditer(sent):
                if found and cut_at is not None and m.start() < cut_at and rx not in _ANTRAG_TITLE:
                    continue  # the subordinate clause's motion, found
                owners = sent[m.end("kind") : m.start("title")].rstrip(" ,")
                if m.groupdict().get("react") and not _BODY_GENITIVE.match(owners):
                    # "hat den Beschluss begrüßt, X zu tun": the reacting party's own, unless
                    # the body is named as the decision's owner
                    continue
                if OTHER_BODY.search(_GENITIVE_END.sub("", owners)):
                    # "der Beschluss des Bundeskabinetts, X zu tun", "ein Antrag der MPK, …":
                    # another body's decision or motion, not the conference's
                    continue
                if (
                    rx in _ANTRAG_TITLE
                    and not m.groupdict().get("provides")
                    and "," in owners
                    and not find_lands(owners[owners.rfind(",") + 1 :])
                ):
                    # "der Antrag von Rheinland-Pfalz, Beratungsstellen zu fördern": the comma
                    # opens the content, not a list of owners
                    continue
                own = _OWN.search(sent[max(0, m.start() - 50) : m.start()])
                we_brought = _WE_BROUGHT.search(sent, max(0, m.start() - 50), m.start()) and (
                    _PUT_IN.match(sent, m.start("title"), m.start("title") + 250)
                )
                if in_quote(s_start + m.start()) and not (
                    own or we_brought or _possessor(sent, m.start())
                ):
                    # a speaker's words, unless they tell a Land's own motion ("unser Antrag",
                    # "Baden-Württemberg hat sich mit seinem Antrag … durchgesetzt")
                    continue
                raw = m.group("title")
                if cut_at is not None and m.start("title") < cut_at < m.end("title"):
                    raw = sent[m.start("title") : cut_at]  # up to the clause's end
                kind = _base_kind(m.group("kind"))
                # a relative clause inside the title's span that tells a Land's part in the
                # motion or its vote (its pronoun agreeing with the motion noun) is no part of
                # its title ("Antrag zur X, den auch Hessen unterstützte, …", "…, der
                # einstimmig angenommen wurde, …" -> X; not "… in Familien, in denen …")
                cut = next(
                    (
                        c.start
                        for c in relative_clauses(sent)
                        if m.start("title") < c.start < m.end("title")
                        and agrees(c, _GENDER.get(kind, "m"))
                        and (
                            any(x.code != "DE" for x in find_lands(sent[c.start : c.end]))
                            or _result(sent[c.start : c.end]) != "unknown"
                        )
                    ),
                    None,
                )
                if cut is not None:
                    raw = sent[m.start("title") : cut]
                    clause = sent[
                        cut : next(c.end for c in relative_clauses(sent) if c.start == cut)
                    ]
                    backers = (
                        {x.code for x in find_lands(clause) if x.code != "DE"}
                        if _SUPPORTED.search(clause)
                        else set()
                    )
                else:
                    backers = set()
                if in_quote(s_start + m.start()):
                    raw = re.split(r"[“”«»\"]", raw, maxsplit=1)[0]  # up to the quotation's end
                if rx is _ANTRAG_CONTENT:
                    raw = _content_title(raw)
                    if kind == "Erklärung" and _result(_main_clauses(sent)) == "unknown":
                        continue  # anyone's statement, unless the sentence tells its vote
                if rx is _ANTRAG_RELATIVE and m.group("inf"):
                    raw = f"{raw} {m.group('inf')}"
                title = _clean(raw)
                if rx is _ANTRAG_INFINITIVE or (rx is _ANTRAG_RELATIVE and m.group("inf")):
                    title = nominalise(title)
                    if ":" not in title:
                        title = " und ".join(infinitive_items(title, nominal=True)) or title
                if kind == "Leitantrag" and not title.lower().startswith("leitantrag"):
                    title = f"Leitantrag {title}"
                mm = MotionMention(
                    title=title, result=_result(_main_clauses(_own_clause(sent, m.start())))
                )
                # "…, den auch Hessen unterstützte, …": a Land backing it, not its submitter
                mm.supporters |= backers
                if (
                    kind in ("Beschluss", "Resolution")
                    and mm.result == "unknown"
                    and not _NOT_YET.search(sent)
                    and not _NEGATED.search(sent)
                ):
                    # "Darunter ist ein Beschluss zur X": a resolution is what was resolved
                    # (not one planned, "soll … gefasst werden", nor one denied)
                    mm.result = "adopted"
                _roles(sent, m.start(), mm, publisher_land)
                _brought_by(sent, mm)
                _by_request(sent, mm)
                if not mm.submitters:
                    mm.submitters |= _possessor(sent, m.start())
                if not mm.submitters and m.start("title") < m.start("kind"):
                    # the topic fronted: the Länder between the verb and the noun are its subject
                    mm.submitters |= _subject_lands(sent[m.end("title") : m.start("kind")])
                if (
                    kind in _LAND_OWNED
                    and not mm.submitters
                    and not _LAND_WITH_OWN.search(sent, 0, m.start())
                    # "Ein weiterer Vorschlag zu X wurde vertagt", "… ist durchgekommen": put to
                    # the conference and dealt with there (not one with another owner: "der
                    # Vorschlag des Bundes")
                    and not (
                        kind in _VOTED_ON
                        and (_result(_main_clauses(sent)) != "unknown" or _DEFERRED.search(sent))
                        and not _OTHER_OWNER.match(sent, m.end("kind"))
                        # "Mit seinem Vorstoß … ist der Verband gescheitert": a possessive
                        # that points to no Land points to another owner (unless a group of
                        # Länder is who the sentence names: "Für ihren Vorschlag fanden die
                        # SPD-geführten Länder keine Mehrheit")
                        and not (
                            _POSSESSIVE.search(sent, max(0, m.start() - 40), m.start())
                            and not _LAND_GROUP.search(sent)
                        )
                    )
                    # "Mein eigener Vorschlag, X zu tun, war nicht mehrheitsfähig": the speaker's
                    # Land's own, put to the vote
                    and not (
                        _FIRST_PERSON_OWN.search(sent, max(0, m.start() - 30), m.start())
                        and _result(sent) != "unknown"
                    )
                ):
                    continue  # a proposal is a motion when a Land brings it ("ein saarländischer Vorschlag")
                if kind in _PUT_TO_VOTE and mm.result == "unknown":
                    continue
                if _decided_elsewhere(sent, m.start()):
                    continue  # "Ein Vorschlag zu X wurde im Kabinett beschlossen": not the IntMK's
                if (
                    m.group("title").startswith("auf")
                    and not mm.submitters
                    and mm.result == "unknown"
                    and not _POSSESSIVE.search(sent, max(0, m.start() - 40), m.start())
                ):
                    continue  # "wer einen Antrag auf Einbürgerung stellt": anyone's application
                if own and publisher_land:
                    # "unser Antrag" in the Land's own release: its motion; "mitgetragen": support
                    (mm.supporters if own.group("support") else mm.submitters).add(publisher_land)
                o = _ORDINAL_ANTRAG.search(sent)
                if o and group:
                    if group.get("land"):
                        mm.submitters.add(str(group["land"]))
                    if mm.result == "unknown":
                        mm.result = str(group["result"])
                mm.evidence = Evidence(
                    s_start + m.start(), s_start + m.end(), sent.strip()[:600], EXTRACTOR
                )
                found.append(mm)
                if rx in _ANTRAG_TITLE and m.group("title").startswith(_PREPOSITION_STARTS):
                    found += _elliptic_motions(sent, s_start, m, mm)
        pointed = None if found else _POINTED_CONTENT.search(sent)
        if pointed and not in_quote(s_start + pointed.start()):
            # "Ein weiterer Antrag … fand keine Mehrheit: Er zielte auf X": the pronoun after
            # the colon points back at the motion noun and tells its content
            raw = next(g for g in pointed.group("t1", "t2", "t3") if g)
            stop = _CLAUSE_STOP.search(raw)
            mm = MotionMention(
                title=nominalise(_clean(raw[: stop.start()] if stop else raw)),
                result=_result(_main_clauses(sent[: pointed.start("colon")])),
            )
            _roles(sent, pointed.start(), mm, publisher_land)
            _brought_by(sent, mm)
            if not _nounless(mm.title):
                mm.evidence = Evidence(
                    s_start + pointed.start(),
                    s_start + pointed.end(),
                    sent.strip()[:600],
                    EXTRACTOR,
                )
                found.append(mm)
        if _HIERZU.search(sent) and not found:
            nxt = _next_sentence(index, s_end)
            f = _FORDERUNG_NACH.search(nxt or "")
            if f:
                mm = MotionMention(title=_clean(f.group("title")), result=_result(sent))
                _roles(sent, 0, mm, publisher_land)
                mm.evidence = Evidence(s_start, s_end, sent.strip()[:600], EXTRACTOR)
                found.append(mm)
        if not found:
            for rx in (*_DEMANDS, _JOINT_PRODUCT, *_SPOKE_FOR_WIDE):
                m = rx.search(sent)
                if m and rx in _SPOKE_FOR_WIDE and not _VOTE_TOLD.search(sent):
                    continue  # a position, unless a vote or a motion is told
                if m and re.fullmatch(r"\s*:\s*", sent[m.end() :]):
                    continue  # "haben beschlossen:" leads a list (read line by line)
                if m and (
                    PREPOSITION_BEFORE.search(sent[max(0, m.start() - 40) : m.start()])
                    or _PP_GENITIVE_BEFORE.search(sent, max(0, m.start() - 60), m.start())
                ):
                    continue  # "Im Rahmen der IntMK forderte Minister X": a place, not the subject
                if (
                    m
                    and rx is _JOINT_PRODUCT
                    and sent[max(0, m.start() - 4) : m.start()] in ("der ", "des ")
                ):
                    continue  # "eine Arbeitsgruppe der Länder hat …": a genitive, not the body
                if m and not in_quote(s_start + m.start()):
                    raw = m.group("title") or m.groupdict().get("title2") or ""
                    after = _CLAUSE_OBJECT.match(sent, m.end())
                    if after and not _perfect_object(raw):
                        # "haben auf ihrer Konferenz einstimmig gefordert, dass der Bund …": the
                        # middle field holds no object, the clause after the comma is it
                        body = sent[after.end() :]
                        stop = _CLAUSE_STOP.search(body)
                        raw = (body[: stop.start()] if stop else body).rstrip(" .!?")
                    elif raw.split(" ", 1)[0].lower() in _PREPOSITIONS and not raw.startswith(
                        "gegen "
                    ):
                        raw = _perfect_object(raw) or raw  # "in Trier mehr Geld …"
                    title = nominalise(_clean(raw))
                    own = re.search(
                        r"\bmit\s+(?:einem|seinem|ihrem)\s+(?:eigenen\s+)?Antrag\b", sent
                    )
                    mm = MotionMention(title=title, result="unknown" if own else "adopted")
                    _by_request(sent, mm)  # "Auf Antrag von Hessen beschlossen die Länder, …"
                    if own:
                        lands = [x for x in find_lands(sent[: own.start()]) if x.code != "DE"]
                        if lands and lands[0].start < 5:
                            mm.submitters.add(lands[0].code)
                    mm.evidence = Evidence(
                        s_start + m.start(), s_start + m.end(), sent.strip()[:600], EXTRACTOR
                    )
                    found.append(mm)
                    break
        if not found:
            for sp in _SPOKE_FOR.finditer(sent):
                # "Zudem sprachen sie sich für X aus", "Sie sprechen sich für X aus"
                who = sp.group("who") or sp.group("who2") or sp.group("who3") or sp.group("who4")
                if in_quote(s_start + sp.start()) or (who.lower() == "sie" and not body_before):
                    continue
                if ANNOUNCEMENT.search(sent[: sp.start()]):
                    continue
                raw = sp.group("title") or sp.group("clause")
                if sp.group("clause"):
                    stop = _CLAUSE_STOP.search(raw)
                    raw = raw[: stop.start()] if stop else raw
                mm = MotionMention(title=nominalise(_clean(raw)), result="adopted")
                mm.evidence = Evidence(
                    s_start + sp.start(), s_start + sp.end(), sent.strip()[:600], EXTRACTOR
                )
                found.append(mm)
                break
        if not found:
            found = _promised(sent, s_start, in_quote)
        if not found:
            found = _failed_agreement(sent, s_start, in_quote, body_before)
        if not found:
            found = _agreed_on(sent, s_start, in_quote, body_before)
        if not found:
            found = _subordinate_decision(sent, s_start, in_quote)
        if not found:
            found = _consensus(sent, s_start, in_quote)
        if not found:
            found = _fronted_demand(sent, s_start, in_quote)
        if not found:
            found = _frames(
                sent,
                s_start,
                in_quote,
                publisher_land,
                index.flat[s_end : s_end + 200],
                previous,
                body_before,
            )
        if not found:
            for d in _ONE_DEMAND.finditer(sent):
                if in_quote(s_start + d.start()):
                    continue
                rest = sent[d.end() :].rstrip(" .!?")
                stop = _CLAUSE_STOP.search(rest)
                rest = rest[: stop.start()] if stop else rest
                rest = re.sub(r"^(?:zum\s+einen|einerseits)\s+", "", rest)
                if len(rest) >= 8:
                    mm = MotionMention(title=nominalise(_clean(rest)), result="adopted")
                    _apply_group(mm, group)
                    mm.evidence = Evidence(
                        s_start + d.start(), s_start + d.end(), sent.strip()[:600], EXTRACTOR
                    )
                    found.append(mm)
                    break
        if not found:
            found = _by_will_of_body(sent, s_start, in_quote)
        if not found:
            found = _named_declaration(sent, s_start, in_quote)
        if not found:
            found = _we_decided(sent, s_start, in_quote)
        if not found:
            j = _JOINT_DEMAND_NOUN.search(sent)
            if j and not in_quote(s_start + j.start()):
                # "Die Forderung der Länder nach X richtet sich an den Bund": their joint demand
                title = _clean(_VERB_AFTER_NP.sub("", j.group("title")))
                if len(re.findall(r"\w{4,}", title)) >= 2:
                    mm = MotionMention(title=title, result="adopted")
                    mm.evidence = Evidence(
                        s_start + j.start(), s_start + j.end(), sent.strip()[:600], EXTRACTOR
                    )
                    found.append(mm)
        so = _SO_SHALL.match(sent)
        if (
            so
            and prev_demand is None  # after a demand, "So soll der Bund …" continues it (below)
            and _DECIDED.search(previous)
            and not in_quote(s_start + so.start())
        ):
            # "… hat mehrere Beschlüsse gefasst. So sollen die Länder künftig X tun": what the
            # decisions just named lay down
            clause = sent[so.end() :].split(";")[0].rstrip(" .!?")
            stop = _CLAUSE_STOP.search(clause)
            clause = _ARTICLE_START.sub("", _clean(clause[: stop.start()] if stop else clause))
            if len(re.findall(r"\w{3,}", clause)) >= 3:
                mm = MotionMention(title=clause, result="adopted")
                mm.evidence = Evidence(
                    s_start + so.start(), s_start + so.end(), sent.strip()[:600], EXTRACTOR
                )
                found.insert(0, mm)
        if not found and prev_demand is not None:
            c2 = _CONTINUE_BUND.search(sent)
            if c2 and not _CONTINUE.search(sent):
                mm = MotionMention(
                    title=_clean(c2.group("title")).rstrip(" ."), result=prev_demand.result
                )
                mm.submitters |= prev_demand.submitters
                mm.evidence = Evidence(
                    s_start + c2.start(), s_start + c2.end(), sent.strip()[:600], EXTRACTOR
                )
                found.append(mm)
        if not found:
            c = _CONTINUE.search(sent)
            if c and prev_demand is not None:
                mm = MotionMention(
                    title=nominalise(_clean(c.group("title"))), result=prev_demand.result
                )
                mm.submitters |= prev_demand.submitters
                mm.evidence = Evidence(
                    s_start + c.start(), s_start + c.end(), sent.strip()[:600], EXTRACTOR
                )
                found.append(mm)
        e = _ENUM.search(sent)
        if e and not in_quote(s_start + e.start()):
            found = [f for f in found if "Forderungen" not in f.title]
            for item in re.split(r",\s*(?:und\s+)?(?:\w+\s+)?nach\s+|^nach\s+", e.group("items")):
                item = _clean(item)
                if len(re.findall(r"\w{4,}", item)) >= 2:
                    mm = MotionMention(
                        title=item, result="adopted" if _ADOPTED.search(sent) else "unknown"
                    )
                    mm.evidence = Evidence(
                        s_start + e.start(), s_start + e.end(), sent.strip()[:600], EXTRACTOR
                    )
                    found.append(mm)
        second = _SECOND_DECISION.search(sent) if found else None
        if second and _REPORTED_BY.search(sent, 0, second.start()):
            # "Die Konferenz forderte A, sagte Ministerin X und sprach sich zudem für B aus": after
            # a reporting clause the coordinated predicate is the speaker's, not the body's
            second = None
        if second and not in_quote(s_start + second.start()):
            # "forderten den Bund auf, A zu tun, und sprachen sich für B aus": the coordinated
            # predicate shares the subject and tells a decision of its own
            verb = second.group("pred")
            subject = "Die Länder " if re.match(r"\w+en(?![\w-])", verb) else "Die Konferenz "
            at = s_start + second.start("pred")
            for mm in find_motions(
                TextIndex(subject + sent[second.start("pred") :]), publisher_land, conference=True
            ):
                if not any(_same_subject(mm.title, f.title) for f in found):
                    mm.evidence = Evidence(at, s_end, sent.strip()[:600], EXTRACTOR)
                    found.append(mm)
        first = _COORDINATED_SECOND.search(sent) if found else None
        if (
            first
            and not in_quote(s_start + first.start())
            and all(f.evidence and f.evidence.start >= s_start + first.start() for f in found)
        ):
            # "Die Konferenz beschloss, A zu tun, lehnte einen Antrag zu B jedoch ab": the motion
            # found is the second conjunct's; the first conjunct, before the comma, shares the
            # subject and tells a decision of its own
            at = s_start
            for mm in find_motions(
                TextIndex(sent[: first.start()].rstrip(" ,") + "."), publisher_land, conference=True
            ):
                if not any(_same_subject(mm.title, f.title) for f in found):
                    mm.evidence = Evidence(
                        at, s_start + first.start(), sent.strip()[:600], EXTRACTOR
                    )
                    found.insert(0, mm)
        out.extend(found)
        just_found = found
        last_had = bool(found)
        prev_demand = (
            found[-1] if found else (prev_demand if _CONTINUE.search(sent) is None else None)
        )
    for m in out:
        if (
            m.evidence is not None
            and m.addressee is None
            and _FEDERAL_ADDRESSEE.search(m.evidence.sentence)
        ):
            m.addressee = "DE"
    out = [
        m
        for m in out
        if m.agenda_item is not None
        or not (
            _of_other_body(m)
            or _clause_of_other_body(m, text)
            or _after_other_meeting(index, m)
            or _nounless(m.title)
        )
    ]
    ids = {id(m) for m in listed}
    for m in out:
        if m.agenda_item is None and m.evidence is not None:
            _label_title(m, prefix=id(m) not in ids)
    # a bulleted line whose decision prose reading found: the decision's title, not the line's
    spans = sorted(m.evidence.start for m in out if id(m) not in ids and m.evidence is not None)
    out = [m for m in out if id(m) not in ids or not _covers(spans, m.evidence)]
    if result_lines:
        # a list's line with its result is that motion, not what prose reading made of it
        lines = [(r.evidence.start, r.evidence.end) for r in result_lines if r.evidence]
        keep = {id(r) for r in result_lines}
        out = [
            m
            for m in out
            if id(m) in keep
            or m.evidence is None
            or not any(a <= m.evidence.start < b for a, b in lines)
        ]
    for m in out:
        if m.agenda_item is None and m.evidence is not None:
            _cut_at_headline_end(m, text)
    return _headline_restated(_dedupe(_outside_item_bodies(out, agenda, text)), text)


# what the body failed to agree on (a joint text or demand put to it and not agreed: rejected):
# "Die Länder konnten sich nicht auf X einigen", "Auf X haben sich die Minister nicht
# verständigt", "Keine Einigung gab es bei X", "Eine Einigung über X kam nicht zustande",
# "sich nicht zu X durchringen"
_FAILED_AGREEMENT = re.compile(
    r"(?<![\w-])sich\s+(?:[\w-]+\s+){0,8}?nicht\s+(?:mehr\s+|erneut\s+)?(?:auf\s+(?P<x1>[^.;:!?]{5,200}?)\s+"
    r"(?:einigen|verständigen|geeinigt|verständigt)|zu(?:[rm](?=\s))?\s+(?P<x2>[^.;:!?]{4,200}?)\s+"
    r"(?:durchringen|durchgerungen))(?![\w-])"
    # the negation after the object: "dass sie sich zur X nicht durchringen konnten"
    r"|(?<![\w-])sich\s+(?:[\w-]+\s+){0,3}?(?:auf\s+(?P<x6>[^.;:!?]{5,200}?)\s+nicht\s+(?:einigen|verständigen"
    r"|geeinigt|verständigt)|zu(?:[rm](?=\s))?\s+(?P<x7>[^.;:!?]{4,200}?)\s+nicht\s+(?:durchringen|durchgerungen))(?![\w-])"
    r"|(?:^\s*|[,;]\s+)(?:Auch\s+|Selbst\s+)?[Aa]uf\s+(?P<x3>(?:ein|eine|einen|einer|die|den|das|der|dem)\s+[^.;:!?]{3,200}?)\s+"
    r"(?:konnten|können|kann|konnte|haben|hatten|hat|hatte)\s+sich\s+(?:[\w-]+\s+){0,8}?nicht\s+"
    r"(?:[\w-]+\s+){0,2}?(?:einigen|verständigen|geeinigt|verständigt)(?![\w-])"
    r"|(?<![\w-])[Kk]eine\s+Einigung\s+(?:[\w-]+\s+){0,5}?(?:über|bei|zu[rm]?|auf|in)\s+"
    r"(?:der\s+Frage\s+(?:der|des|nach)\s+)?(?P<x4>[^.;:!?]{5,200})"
    r"|(?<![\w-])[Ee]ine\s+Einigung\s+(?:über|auf|zu[rm]?|bei)\s+(?P<x5>[^.;:!?]{5,200}?)\s+"
    r"(?:kam\s+nicht\s+zustande|ist\s+nicht\s+zustande\s+gekommen|scheiterte|blieb\s+aus)(?![\w-])"
    # the meeting ended without it: "Die 12. IntMK ist ohne Einigung auf X zu Ende gegangen",
    # "Die Ministerinnen gingen ohne Einigung über X auseinander"
    r"|(?<![\w-])ohne\s+(?:eine\s+)?Einigung\s+(?:über|auf|zu[rm]?|bei)\s+(?P<x8>[^.;:!?]{5,200}?)\s+"
    r"(?:zu\s+Ende(?:\s+gegangen)?|auseinander(?:gegangen)?|geblieben|beendet|geendet)(?![\w-])"
)
# what the failed agreement names only as the meeting or the venue: no subject
_MEETING_OBJECT = re.compile(
    rf"^(?:der|dem|die|ihrer|ihrem)\s+(?:[\w-]+\s+)?(?:Konferenz|Sitzung|Tagung|Treffen|Runde|{INTMK})(?![\w-])"
    # the date or place of a meeting is arranged, not decided as a motion ("Auf einen Termin
    # für das nächste Treffen konnten sich die Länder nicht einigen")
    r"|^(?:einen|einem|den|dem|ein|der|die|eine)\s+(?:[\w-]+\s+)?(?:Termin|Datum|Tagungsort|Ort)(?![\w-])"
)
# a shared stance the body did not find ("eine gemeinsame Linie zum Kirchenasyl", "einen
# einheitlichen Kurs bei X", "eine gemeinsame Haltung"), or a demand noun with nothing it
# demands ("eine gemeinsame Forderung"): no text or demand was put to it, so no motion (GOLD:
# positions without a demand are no rows); a joint text with a subject ("ein gemeinsames Papier
# zur X") or a demand with its object ("eine Forderung nach X") stays one
_STANCE_OBJECT = re.compile(
    r"^(?:(?:eine|einen|ein|die|den|das)\s+)?(?:(?:gemeinsame[nrs]?|einheitliche[nrs]?|klare[nrs]?)\s+)?"
    r"(?:(?:Linie|Kurs|Haltung|Position|Standpunkt|Nenner|Bewertung|Einschätzung|Sichtweise|Marschroute)(?![\w-])"
    r"|(?:Forderung|Erklärung|Stellungnahme|Position|Papier|Beschluss|Antwort)\s*$)"
)
_RELATIVE_SICH = re.compile(r"\s*(?:der|die|das|welche[rs]?)\s+sich(?![\w-])")
_BUND_AND_LANDS = re.compile(r"(?<![\w-])Bund\s+und\s+(?:die\s+)?Ländern?(?![\w-])")


def _failed_agreement(
    sent: str, offset: int, in_quote: _QuoteLookup, body_before: bool
) -> list[MotionMention]:
    """A joint text or demand the body did not agree on: a motion that failed (rejected). The
    body is the subject (a collective in the sentence, or a plural "sie" after sentences about
    it); where the federation sat at the table too ("Bund und Länder konnten sich nicht …"),
    it is another meeting."""
    if "inig" not in sent and "erständig" not in sent and "durch" not in sent:
        return []
    m = _FAILED_AGREEMENT.search(sent)
    if m is None or in_quote(offset + m.start()) or _BUND_AND_LANDS.search(sent):
        return []
    if _ANAPHOR.search(sent, m.end()):
        return []  # "…; einen entsprechenden Vorschlag Bayerns lehnte die Mehrheit ab": one motion
    if any(m.group(g) is not None for g in ("x1", "x2", "x3", "x6", "x7")):
        # the subject is in the clause of the reflexive (from the last comma before it), or,
        # in a relative clause ("…, die sich nicht auf X einigen konnte"), its antecedent
        cut = max(
            sent.rfind(",", 0, m.start()),
            sent.rfind(";", 0, m.start()),
            sent.rfind(":", 0, m.start()),
        )
        clause = sent[cut + 1 : m.end()]
        if _RELATIVE_SICH.match(clause):
            clause = sent[max(0, cut - 80) : cut]
        if OTHER_BODY.search(clause) or not (
            COLLECTIVE_RX.search(clause) or (body_before and _SIE_WORD.search(clause))
        ):
            return []
    if m.group("x8") is not None and not (
        COLLECTIVE_RX.search(sent, 0, m.start()) or _INTMK_IN.search(sent, 0, m.start())
    ):
        return []  # whose meeting ended so: the body's, named before ("Die Tarifrunde …" not)
    raw = next(x for x in m.group("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8") if x is not None)
    raw = raw.split(",", 1)[0].strip()
    if _MEETING_OBJECT.match(raw) or _STANCE_OBJECT.match(raw):
        return []
    raw = re.sub(r"^(?:(?:die|eine)\s+)?(?:gemeinsame\s+)?Forderung\s+nach\s+", "", raw)
    title = _clean(raw)
    if _nounless(title) or len(re.findall(r"\w{4,}", title)) < 1:
        return []
    mm = MotionMention(title=title, result="rejected")
    mm.evidence = Evidence(offset + m.start(), offset + m.end(), sent.strip()[:600], EXTRACTOR)
    return [mm]


# a second finite predicate of resolving after "und" ("…, und beschloss außerdem, …", "…, und
# sprachen sich für X aus"): a decision of its own; a second demand or a promise is a part of
# the same decision ("sagen Hilfe zu und verlangen vom Bund Geld": one, GOLD)
_SECOND_DECISION = re.compile(
    r",?\s+und\s+(?:(?:zudem|außerdem|auch|ferner|zugleich|schließlich)\s+)?"
    r"(?P<pred>(?:sprachen|sprach|sprechen|spricht)\s+sich|beschloss|beschlossen|beschließen|beschließt"
    r"|einigten\s+sich|verständigten\s+sich|plädierten|plädierte)(?![\w-])"
)
# a second predicate coordinated without its own subject, after a comma (or ", und"): the
# finite verb right after the comma, then no subject of its own (a noun phrase, a pronoun)
_COORDINATED_SECOND = re.compile(
    r",\s+(?:und\s+)?(?:(?:zudem|außerdem|auch|dagegen|jedoch|aber)\s+)?"
    r"(?:lehnte|lehnten|forderte|forderten|verlangte|verlangten|beschloss|beschlossen|stimmte|stimmten"
    r"|billigte|billigten|verabschiedete|verabschiedeten)\s+"
    r"(?!(?:die|der|das|sie|er|es|man|alle|diese|dieser|jene)\s)(?=(?:eine[nmrs]?|ein|den|dem|einem)\s)"
)
_ADDITIVE = re.compile(
    r"(?<![\w-])(?:zudem|außerdem|ferner|überdies|darüber\s+hinaus|zusätzlich)(?![\w-])"
)
# a decision told in a subordinate clause, the finite verb last ("Dass die Länder in Kiel
# einmütig die Abschaffung der X gefordert haben, ist richtig", "nachdem die Minister eine
# Resolution zu Y verabschiedet hatten"): the middle field's object is the decision
# (also a clause of place or manner after the body's main clause, its subject the plural
# "sie" and its verb in the simple past: "Die Länder tagten in Kiel, wo sie X verabschiedeten")
_VERB_FINAL = re.compile(
    rf"(?<![\w-])(?:[Dd]ass|weil|nachdem|[Nn]achdem|wie|[Ww]ie|als|da|[Dd]a|obwohl|[Oo]bwohl)\s+(?:die|alle)\s+(?:{COLLECTIVE})"
    r"(?:\s+der\s+(?:16\s+)?Länder)?\s+(?P<mid>[^,.;:!?]{5,250}?)\s+"
    r"(?P<verb>gefordert|verlangt|beschlossen|verabschiedet|vereinbart|abgelehnt)\s+(?:haben|hatten|hat|hatte)(?![\w-])"
    r"|,\s*(?:wo|wobei|als|nachdem|wie|womit)\s+sie\s+(?P<mid2>[^,.;:!?]{5,250}?)\s+"
    r"(?:(?P<verb2>gefordert|verlangt|beschlossen|verabschiedet|vereinbart|abgelehnt)\s+(?:haben|hatten)"
    r"|(?P<past>verabschiedeten|beschlossen|forderten|verlangten|vereinbarten|ablehnten))(?=\s*[,.;!?]|\s*$)"
)


# a masculine or neuter subject in the middle field, not after a preposition ("hat der
# Verband …", "hatte ein Bündnis …"): someone other than the body
_OTHER_NOMINATIVE = re.compile(
    r"(?:^|\s)(?<!auf\s)(?<!bei\s)(?<!in\s)(?<!vor\s)(?<!nach\s)(?<!von\s)(?<!mit\s)(?<!zu\s)"
    r"(?:der|ein|das)\s+(?:[\w-]+\s+)?[A-ZÄÖÜ]"
)
# a consensus told by its noun, the body implied ("Einigkeit gab es auch darüber, dass der Bund
# X soll", "Einvernehmen bestand bei X"): a joint decision (GOLD: "darin waren sich alle einig")
_CONSENSUS = re.compile(
    r"(?<![\w-])(?<!keine\s)(?<!Keine\s)(?:Einigkeit|Einvernehmen|Konsens|Übereinstimmung)\s+"
    r"(?:gab\s+es|gibt\s+es|bestand|besteht|herrschte|herrscht)\s+"
    r"(?:(?:auch|zudem|außerdem|ferner|dagegen|hingegen|weitgehend|schließlich)\s+)*"
    r"(?:(?:darüber|darin|dabei)\s*,\s*(?:dass\s+)?(?P<clause>[^.;:!?]{8,300})"
    r"|(?:über|bei|in\s+der\s+Frage(?:\s+(?:der|des|nach))?|hinsichtlich)\s+(?P<np>[^.;:!?,]{5,200}))"
)


# what makes a clause a demand: a modal of obligation, or a zu-infinitive
_OBLIGATION = re.compile(
    r"(?<![\w-])(?:soll|sollen|solle|sollten|müsse|müssen|muss|möge|mögen)(?![\w-])"
    r"|\s+zu\s+[a-zäöüß]+\s*$|[a-zäöüß]+zu[a-zäöüß]+en\s*$"
)


def _consensus(sent: str, offset: int, in_quote: _QuoteLookup) -> list[MotionMention]:
    if (
        "Einigkeit" not in sent
        and "Einvernehmen" not in sent
        and "onsens" not in sent
        and "bereinstimmung" not in sent
    ):
        return []
    m = _CONSENSUS.search(sent)
    if m is None or in_quote(offset + m.start()) or OTHER_BODY.search(sent):
        return []
    if m.group("clause"):
        clause = m.group("clause")
        if not _OBLIGATION.search(clause):
            return []  # "Konsens herrscht darüber, dass Integration Zeit braucht": a position
        stop = _CLAUSE_STOP.search(clause)
        title = nominalise(_clean(clause[: stop.start()] if stop else clause))
    else:
        title = _clean(m.group("np"))
    if len(title) < 8 or _nounless(title):
        return []
    mm = MotionMention(title=title, result="adopted")
    mm.evidence = Evidence(offset + m.start(), offset + m.end(), sent.strip()[:600], EXTRACTOR)
    return [mm]


# what the body agreed on, told with a verb of agreeing and the correlate "darauf" that points to
# the zu-infinitive after the comma, in any word order and mood: "verständigten sich die Länder
# darauf, X zu tun", "verständigten sie sich darauf, …", "hätten sich die Länder darauf
# verständigt, …" (reported), "Verständigt haben sich die Länder immerhin darauf, …" (the
# participle fronted); "(Man) habe außerdem vereinbart, X zu tun", "Die Länder vereinbarten, …".
# No negation between verb and correlate ("konnten sich nicht darauf verständigen": failed).
_NOT_NEGATED_WORD = r"(?:(?!(?:nicht|kein\w*|nie)(?![\w-]))[\w-]+\s+)"
_AGREED_TO_INFINITIVE = re.compile(
    r"(?<![\w-])(?:verständigten|verständigen|verständigte|einigten|einigen|einigte)\s+"
    rf"{_NOT_NEGATED_WORD}{{0,8}}?darauf\s*,\s*(?P<c1>[^.;:!?]{{8,400}})"
    r"|(?<![\w-])(?:haben|hat|hatten|hatte|hätten|hätte|habe)\s+sich\s+"
    rf"{_NOT_NEGATED_WORD}{{0,8}}?darauf\s+(?:verständigt|geeinigt)\s*,\s*(?P<c2>[^.;:!?]{{8,400}})"
    r"|(?:^\s*|[:;]\s*)(?:Verständigt|Geeinigt)\s+(?:haben|hatten|hätten|hat|hatte)\s+sich\s+"
    rf"{_NOT_NEGATED_WORD}{{0,8}}?darauf\s*,\s*(?P<c3>[^.;:!?]{{8,400}})"
    r"|(?<![\w-])(?:haben|hat|hatten|hatte|hätten|habe)\s+"
    rf"{_NOT_NEGATED_WORD}{{0,6}}?vereinbart\s*,\s*(?P<c4>[^.;:!?]{{8,400}})"
    r"|(?<![\w-])(?:vereinbarten|vereinbarte)(?:\s+(?!(?:nicht|kein\w*)(?![\w-]))[\w-]+){0,6}?\s*,\s*"
    r"(?P<c5>[^.;:!?]{8,400})"
)
# the body's request told with a support verb and its noun: "An den Bund richteten die Länder die
# Bitte, X zu tun", "richteten einen Appell an die Bundesregierung, …" (the zu-infinitive after
# the comma is the demand)
_REQUEST_ADDRESSED = re.compile(
    r"(?<![\w-])(?:richteten|richtete|richten|richtet)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:die|eine|den|einen|ihre|ihren)\s+(?:gemeinsame[n]?\s+|dringende[n]?\s+|eindringliche[n]?\s+)?"
    r"(?:Bitte|Aufforderung|Appell|Forderung|Erwartung)"
    r"(?:\s+an\s+(?:den\s+Bund|die\s+Bundesregierung))?\s*,\s*(?P<c1>[^.;:!?]{8,400})"
)
# a check the body commissions: "erteilten (ihrer Arbeitsgruppe) einen Prüfauftrag: Bis zur
# nächsten Konferenz soll geklärt werden, wie X" (the indirect question is what is to be checked),
# "… einen Prüfauftrag zu X"
_CHECK_COMMISSIONED = re.compile(
    r"(?<![\w-])(?:erteilten|erteilte|erteilen|erteilt|vergaben|vergab)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:einen|den)\s+(?P<noun>Prüfauftrag|Arbeitsauftrag)"
    r"(?:\s*:\s*[^.;!?]{0,120}?,\s*(?P<q>(?:wie|ob|welche[rsn]?|inwieweit|wann)\s+[^.;:!?]{8,300})"
    r"|\s+(?P<pp>(?:zu[rm]?|für|über)\s+[^.;:!?]{5,250}))"
)
# a demand, then the body's agreement on it pointing back ("Der Bund müsse die Kurse auskömmlich
# finanzieren, darin waren sich alle Ressortchefs einig") or forward after a colon ("Darin
# waren sich die Länder einig: Der Bund soll …"); a demand only with a modal of obligation
_AGREED_ABOUT = re.compile(
    r"^\s*(?P<c1>[^.;:!?]{8,300}?)\s*(?:,|:|\s[–-])\s*(?:darin|darüber|da)\s+(?:waren|sind|zeigten|zeigen)\s+sich"
    r"\s+(?P<who1>(?:[^.;:!?]|(?<=\d)\.){3,160}?)\s+einig\s*[.!?]?\s*$"
    r"|(?<![\w-])(?:Darin|Darüber)\s+(?:waren|sind|zeigten|zeigen)\s+sich\s+(?P<who2>[^.;:!?]{3,160}?)\s+einig"
    r"\s*:\s*(?P<c2>[^.;!?]{8,300})"
)
# a second finite predicate of the body after the infinitive ("…, und verlangen vom Bund Y")
_AND_DEMAND = re.compile(
    r",\s+(?:und|sowie)\s+(?:verlangen|verlangten|fordern|forderten|bitten|baten|sagen|sagten|sprechen"
    r"|sprachen|appellieren|appellierten|drängen|drängten|mahnen|mahnten|sichern|sicherten"
    r"|kündigen|kündigten|erwarten|erwarteten)(?![\w-])"
)
_SHALL_OR_MUST = re.compile(
    r"(?<![\w-])(?:soll|sollen|solle|sollten|müsse|müssen|muss|möge|mögen|dürfe|dürfen)(?![\w-])"
)
# who agreed: the body (a collective not governed by a preposition), a plural "sie" whose
# antecedent is the body, or the "man" of a report from the conference
_AGREEING_PRONOUN = re.compile(r"(?<![\w-])(?:sie|man|Man|Sie)(?![\w-])")


def _agreed_on(
    sent: str, offset: int, in_quote: _QuoteLookup, body_before: bool
) -> list[MotionMention]:
    check = _CHECK_COMMISSIONED.search(sent) if "auftrag" in sent else None
    if check and not in_quote(offset + check.start()) and not OTHER_BODY.search(sent):
        if _body_subject(sent[: check.start("noun")]) or body_before:
            what = check.group("q") or check.group("pp")
            stop = _CLAUSE_STOP.search(what)
            title = f"{check.group('noun')}: {_clean(what[: stop.start()] if stop else what)}"
            mm = MotionMention(title=title, result="adopted")
            mm.evidence = Evidence(
                offset + check.start(), offset + check.end(), sent.strip()[:600], EXTRACTOR
            )
            return [mm]
    about = _AGREED_ABOUT.search(sent) if "einig" in sent else None
    if about and not in_quote(offset + about.start()) and not OTHER_BODY.search(sent):
        clause = about.group("c1") or about.group("c2")
        who = about.group("who1") or about.group("who2")
        if _body_subject(who) and _SHALL_OR_MUST.search(clause):
            title = _clean(re.sub(r"[„“”»«\"]", "", clause))
            if len(title) >= 8 and not _nounless(title):
                mm = MotionMention(title=title, result="adopted")
                mm.evidence = Evidence(
                    offset + about.start(), offset + about.end(), sent.strip()[:600], EXTRACTOR
                )
                return [mm]
    m = _AGREED_TO_INFINITIVE.search(sent) or _REQUEST_ADDRESSED.search(sent)
    if m is None or in_quote(offset + m.start()) or OTHER_BODY.search(sent):
        return []
    clause = next(g for g in m.groups() if g is not None)
    before = sent[: m.start(m.lastindex or 0)]
    pronoun = _AGREEING_PRONOUN.search(before)
    if not (
        _body_subject(before.replace("An den Bund", "").replace("an den Bund", ""))
        or (pronoun and (body_before or pronoun.group() in ("man", "Man")))
    ):
        return []
    if _SECOND_PREDICATE.search(clause) or _AND_DEMAND.search(clause):
        return []  # "…, X zu tun, und verlangen vom Bund Y": one decision of two parts, read whole below
    stop = _CLAUSE_STOP.search(clause)
    clause = _clean(clause[: stop.start()] if stop else clause)
    items = infinitive_items(clause, nominal=True)
    if not items:
        return []  # "vereinbarten, dass …", a noun: read by the frames
    title = " und ".join(items)
    if len(title) < 8 or _nounless(title):
        return []
    mm = MotionMention(title=title, result="adopted")
    mm.evidence = Evidence(offset + m.start(), offset + m.end(), sent.strip()[:600], EXTRACTOR)
    return [mm]


# a demand or decision told with its object fronted (object, verb, subject: a news lead that
# puts the demand first): "Eine dauerhafte Absicherung der Beratung verlangen die Länder vom
# Bund", "Mehr Plätze in Kursen forderten die Ministerinnen und Minister am Ende einstimmig".
# The verb is one whose accusative is the demand (not "bitten", whose accusative is the
# addressee); the body follows it; after the body only adverbials (adverbs, prepositional
# phrases: the object cannot follow, it stands first)
_FRONTED_DEMAND = re.compile(
    r"^\s*(?P<obj>[A-ZÄÖÜ][\w-]*(?:\s+[\w„“\"-]+){1,24}?)\s+"
    r"(?P<verb>fordern|forderten|fordert|forderte|verlangen|verlangten|verlangt|verlangte"
    r"|beschlossen|beschließen|beschloss|beschließt|verabschiedeten|verabschiedete|vereinbarten)\s+"
    r"(?:(?:nun|zudem|außerdem|auch|erneut|daher|deshalb|jetzt)\s+)*(?:die|alle)\s+"
    rf"(?P<who>{COLLECTIVE})(?:\s+der\s+(?:16\s+)?Länder)?(?P<rest>[^,;:!?„“\"]*?)\s*[.!]?\s*$"
)
# what may open the prefield without being the object: adverbs, pronouns pointing back,
# conjunctions ("Dies forderten die Länder", "Zudem verlangen die Länder …"); prepositions
# are tested apart
_NOT_AN_OBJECT = frozenset(
    "das dies dieses diese es sie man darauf dazu darüber hierzu hierauf daher deshalb deswegen"
    " zudem außerdem auch ferner schließlich zugleich gleichzeitig einstimmig gemeinsam"
    " mehrheitlich einhellig erneut nun jetzt heute gestern bereits schon zuvor damit dabei so"
    " ebenso insgesamt konkret dann denn doch aber und oder vielmehr stattdessen dagegen"
    " hingegen außerdem weiter weiterhin ebenfalls vor allem zunächst".split()
)
# an adverbial after the subject: a prepositional phrase ("vom Bund", "am Ende", "bei ihrem
# Treffen in Kiel", "zum Abschluss ihrer Tagung") or a lower-case adverb
_ADVERBIAL_PHRASE = re.compile(
    r"(?<![\w-])(?:vom|von|am|an|bei|beim|im|in|auf|nach|zum|zur|mit|unter|aus|während|seit|vor)\s+"
    r"(?:(?:der|dem|den|des|die|das|ihrer|ihrem|ihren|seiner|seinem|einer|einem|diesem|dieser)\s+)?"
    r"(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ0-9][\w.-]*"
    r"(?:\s+(?:der|des|ihrer|ihres)\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*)*"
)
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ]")
_CAPITAL_ARTICLE = re.compile(r"^(?:Eine[nmrs]?|Ein|Die|Der|Das|Den)\s+")
_ADDRESSEE = re.compile(r"^(?:(?:den|die|der)\s+)?(?:Bund|Bundesregierung|Kommunen|Länder)\b", re.I)


def _fronted_demand(sent: str, offset: int, in_quote: _QuoteLookup) -> list[MotionMention]:
    """The fronted object of a demand or decision of the body (see _FRONTED_DEMAND)."""
    m = _FRONTED_DEMAND.match(sent)
    if m is None or in_quote(offset + m.start("verb")) or OTHER_BODY.search(sent):
        return []
    obj = m.group("obj")
    first = obj.split()[0].lower()
    if first in _NOT_AN_OBJECT or first in _PREPOSITIONS or _ADDRESSEE.match(obj):
        return []
    if _CAPITALISED.search(_ADVERBIAL_PHRASE.sub(" ", m.group("rest"))):
        return []  # a noun after the subject: the object follows, the prefield is something else
    if _FINITE.search(obj) or ANNOUNCEMENT.search(obj):
        return []  # a clause, not a noun phrase
    title = _clean(_CAPITAL_ARTICLE.sub("", obj))
    if len(re.findall(r"\w{3,}", title)) < 2 or _nounless(title):
        return []
    mm = MotionMention(title=title, result="adopted")
    mm.evidence = Evidence(
        offset + m.start("obj"), offset + m.end("who"), sent.strip()[:600], EXTRACTOR
    )
    return [mm]


# a joint promise of the body, its separable verb's particle closing the clause ("Die Länder
# sagen den Kommunen Unterstützung bei X zu", "sicherten dem Bund ihre Mitarbeit zu"), and a
# demand coordinated after it ("… zu und verlangen vom Bund, Y zu tun"): one decision with two
# parts, one row (GOLD), its title both parts
_PROMISED = re.compile(
    rf"(?<![\w-])(?:[Dd]ie|[Aa]lle)\s+(?P<who>{COLLECTIVE})(?:\s+der\s+(?:16\s+)?Länder)?\s+"
    r"(?:(?:zudem|außerdem|auch|nun|gemeinsam|einstimmig)\s+)*"
    r"(?P<verb>sagen|sagten|sicherten|sichern)\s+(?:(?:den|dem|der)\s+[A-ZÄÖÜ][\w-]*\s+)?"
    r"(?:(?:zudem|außerdem|auch|nun|gemeinsam|einstimmig)\s+)*"
    r"(?P<obj>(?:(?:eine|einen|ihre|ihren|mehr)\s+)?(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][^,;:.!?]{3,200}?)\s+zu"
    r"(?:\s+und\s+(?P<second>(?:verlangen|verlangten|fordern|forderten|bitten|baten)\s+[^.;!?]{8,300}))?"
    r"\s*(?=[,.;!?]|$)"
)


def _promised(sent: str, offset: int, in_quote: _QuoteLookup) -> list[MotionMention]:
    m = _PROMISED.search(sent) if " zu" in sent else None
    if m is None or in_quote(offset + m.start()) or OTHER_BODY.search(sent):
        return []
    if ANNOUNCEMENT.search(sent, 0, m.start("verb")):
        return []  # "Die Länder wollen … zusagen": announced, not decided
    title = _clean(_CAPITAL_ARTICLE.sub("", m.group("obj")))
    title = re.sub(r"^(?:eine|einen|ihre|ihren)\s+", "", title)
    if m.group("second"):
        # the demand coordinated after the promise: read as the body's own sentence
        part = find_motions(TextIndex(f"Die Länder {m.group('second')}."), None, conference=True)
        if part:
            title = f"{title} und {part[0].title}"
    if len(re.findall(r"\w{3,}", title)) < 2 or _nounless(title):
        return []
    mm = MotionMention(title=title, result="adopted")
    mm.evidence = Evidence(offset + m.start(), offset + m.end(), sent.strip()[:600], EXTRACTOR)
    return [mm]


# the participle fronted, the body after the auxiliary ("Beschlossen haben die Länder dagegen,
# X zu tun", "Gefordert haben die Ministerinnen und Minister außerdem mehr Geld für Y")
_FRONTED_PARTICIPLE = re.compile(
    r"^\s*(?P<verb>Beschlossen|Vereinbart|Gefordert|Verlangt|Abgelehnt|Verabschiedet|Bekräftigt)\s+"
    rf"(?:haben|hat|hatten|hatte)\s+(?:die|alle)\s+(?:{COLLECTIVE})(?:\s+der\s+(?:16\s+)?Länder)?"
    r"(?:\s+(?:dagegen|zudem|außerdem|auch|ferner|einstimmig|gemeinsam|hingegen|nun|schließlich|ebenfalls))*"
    r"(?:\s*,\s*(?P<clause>[^.;:!?]{5,250}?)|\s+(?P<obj>[^.;:!?,]{5,250}?))\s*[.!?]?\s*$"
)


# the body asking the federation in a dass-clause ("haben erreicht, dass die Konferenz den Bund
# auffordert, X zu regeln"): the zu-infinitive after the comma is the decision
_THAT_ASKS = re.compile(
    rf"(?<![\w-])[Dd]ass\s+(?:die|alle)\s+(?:{COLLECTIVE})(?:\s+der\s+(?:16\s+)?Länder)?\s+"
    r"(?:den\s+Bund|die\s+Bundesregierung)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:auffordert|auffordern|aufforderte|aufforderten|bittet|bitten|bat|baten|ersucht|ersuchen)"
    r"\s*,\s*(?P<clause>[^.;:!?]{5,250})"
)


# a matrix verb of wishing or expecting before the dass-clause: not a fact told
_WISHED = re.compile(
    r"(?<![\w-])(?:hoffe|hoffen|hofft|hofften|erwarte|erwarten|erwartet|erwarteten|wünsche|wünschen"
    r"|wünscht|fordere|fordern|fordert|forderte|verlange|verlangen|verlangt|will|wollen|plant|planen"
    r"|Hoffnung|Erwartung|Forderung|Ziel)(?![\w-])[^,;:]{0,40},?\s*$"
)


_SUBORDINATE_DECISION_RX1 = re.compile(r"(?i)\b(?:weil|nachdem|wie|als|da|obwohl|wo|wobei|womit)\b")


def _subordinate_decision(sent: str, offset: int, in_quote: _QuoteLookup) -> list[MotionMention]:
    """A decision told with the finite verb last (a subordinate clause) or the participle first."""
    fronted = _FRONTED_PARTICIPLE.match(sent)
    if fronted and not in_quote(offset + fronted.start()):
        if fronted.group("clause"):
            title = nominalise(_clean(fronted.group("clause")))
            if ":" not in title:
                title = " und ".join(infinitive_items(title, nominal=True)) or title
        else:
            title = _clean(fronted.group("obj"))
        if len(title) >= 8 and not _nounless(title):
            mm = MotionMention(
                title=title,
                result="rejected" if fronted.group("verb") == "Abgelehnt" else "adopted",
            )
            mm.evidence = Evidence(
                offset + fronted.start(), offset + fronted.end(), sent.strip()[:600], EXTRACTOR
            )
            return [mm]
    asks = _THAT_ASKS.search(sent) if "ass " in sent else None
    if asks and not in_quote(offset + asks.start()) and not _WISHED.search(sent, 0, asks.start()):
        clause = asks.group("clause").rstrip(" .!?")
        stop = _CLAUSE_STOP.search(clause)
        title = _clean(clause[: stop.start()] if stop else clause)
        inf = infinitive_items(title, nominal=True)
        title = " und ".join(inf) if inf else title
        if len(title) >= 8 and not _nounless(title):
            mm = MotionMention(title=title, result="adopted")
            mm.evidence = Evidence(
                offset + asks.start(), offset + asks.end(), sent.strip()[:600], EXTRACTOR
            )
            return [mm]
    if "dass" not in sent.lower() and not _SUBORDINATE_DECISION_RX1.search(sent):
        return []
    for m in _VERB_FINAL.finditer(sent):
        if in_quote(offset + m.start()) or _WISHED.search(sent, 0, m.start()):
            continue
        if m.group("mid2") is not None and not _body_subject(sent[: m.start()]):
            continue  # "sie" is the body only where the main clause before names it
        obj = _perfect_object(m.group("mid") or m.group("mid2"))
        title = nominalise(_clean(obj)) if obj else ""
        if len(title) < 8 or _nounless(title):
            continue
        verb = m.group("verb") or m.group("verb2") or m.group("past")
        result = "rejected" if verb in ("abgelehnt", "ablehnten") else "adopted"
        mm = MotionMention(title=title, result=result)
        mm.evidence = Evidence(offset + m.start(), offset + m.end(), sent.strip()[:600], EXTRACTOR)
        return [mm]
    return []


# the body's will as the source of an obligation: "X soll nach dem Willen der Länder wegfallen",
# "Geht es nach den Ministerinnen und Ministern, soll X" (a joint demand told in news)
_WILL_OF = re.compile(
    r"(?<![\w-])(?:[Nn]ach\s+dem\s+(?:erklärten\s+)?(?:Willen|Wunsch)|[Gg]eht\s+es\s+nach)\s+(?:der|den|aller)\s+"
    rf"(?:{COLLECTIVE})(?![\w-])\s*,?"
)
_SHALL = re.compile(r"(?<![\w-])(?:soll|sollen|sollte|sollten)(?![\w-])")
_LEAD_ADVERB = re.compile(r"^(?:(?:Auch|Zudem|Außerdem|Ferner|Künftig|Daher|So)\s+)+")


_JOINT_DEMAND_NOUN = re.compile(
    r"(?<![\w-])(?:[Dd]ie|[Ee]ine|[Ii]hre)\s+(?:gemeinsame\s+|zentrale\s+|einhellige\s+)?Forderung\s+der\s+"
    # (the session by its ordinal: "die Forderung der 18. Integrationsministerkonferenz nach X")
    rf"(?:16\s+|\d{{1,2}}\.\s+)?(?:{COLLECTIVE})(?![\w-])\s+(?:an\s+den\s+Bund\s+)?nach\s+(?P<title>[^.;:!?]{{5,200}})"
)
# the predicate after the demand's noun phrase: "… richtet sich an den Bund", "… ist nicht neu"
_VERB_AFTER_NP = re.compile(
    r"\s+(?:richtet|richtete|ist|war|wird|wurde|bleibt|blieb|steht|stand|geht|ging|stößt|stieß)\s.*$"
)


# a declaration named after the place it was made ("die Kieler Erklärung", "mit einer „Rostocker
# Erklärung“"): a capitalised adjective in -er before the noun is a place's demonym
_NAMED_DECLARATION = re.compile(
    r"(?<![\w-])[„»\"]?(?P<title>[A-ZÄÖÜ][a-zäöüß]{2,}er\s+(?:Erklärung|Resolution|Appell|Charta|Manifest"
    r"|Leitlinien|Thesen))(?![\w-])[“«\"]?(?!\s+(?:der|des|von)\s+(?!Integrationsminister|Länder|IntMK|Konferenz))"
)


# the members speaking as the body: a first person plural with a mark of joint decision ("wir
# haben heute einstimmig beschlossen, dass …", "Wir haben uns gemeinsam darauf verständigt, …");
# a plain "wir haben beschlossen" may be one Land's government
_WE_DECIDED = re.compile(
    r"(?<![\w-])[Ww]ir\s+(?:haben|hatten)\s+(?:uns\s+)?(?:[\w.-]+\s+){0,4}?(?:einstimmig|gemeinsam|mehrheitlich"
    r"|alle\s+gemeinsam|ohne\s+Gegenstimme)\s+(?:[\w.-]+\s+){0,3}?(?:darauf\s+)?"
    r"(?P<verb>beschlossen|verabschiedet|vereinbart|verständigt|geeinigt|gefordert)\s*,\s*(?:dass\s+)?"
    r"(?P<clause>[^.;!?]{8,300})"
)


def _we_decided(sent: str, offset: int, in_quote: _QuoteLookup) -> list[MotionMention]:
    """What the members, speaking as the body, say they decided jointly (see above)."""
    m = _WE_DECIDED.search(sent)
    if m is None or in_quote(offset + m.start()):
        return []
    clause = m.group("clause")
    stop = _CLAUSE_STOP.search(clause)
    clause = clause[: stop.start()] if stop else clause
    if _ZU_INFINITIVE_END.search(clause):
        items = infinitive_items(clause, nominal=True)
        title = items[0] if len(items) == 1 else clause
    else:
        title = _content_title(clause)
    title = nominalise(_clean(title))
    if _nounless(title) or len(re.findall(r"\w{3,}", title)) < 2:
        return []
    mm = MotionMention(title=title, result="adopted")
    mm.evidence = Evidence(offset + m.start(), offset + m.end(), sent.strip()[:600], EXTRACTOR)
    return [mm]


def _named_declaration(sent: str, offset: int, in_quote: _QuoteLookup) -> list[MotionMention]:
    """A named declaration of the body: the body is named in the sentence as its subject or
    the sentence tells it was adopted (not "die Berliner Erklärung des Flüchtlingsrats")."""
    m = _NAMED_DECLARATION.search(sent)
    if m is None or (m.group()[0] not in '„»"' and in_quote(offset + m.start())):
        return []  # (a quotation that is the name alone is no speaker's words)
    result = _result(_main_clauses(sent))
    subject = COLLECTIVE_RX.search(sent)
    if subject is None and result == "unknown":
        return []
    if subject is not None and PREPOSITION_BEFORE.search(
        sent[max(0, subject.start() - 40) : subject.start()]
    ):
        if result == "unknown":
            return []  # "auf der Konferenz stellte der Verband die Kieler Erklärung vor"
    mm = MotionMention(title=m.group("title"), result="adopted" if result == "unknown" else result)
    mm.evidence = Evidence(offset + m.start(), offset + m.end(), sent.strip()[:600], EXTRACTOR)
    return [mm]


def _by_will_of_body(sent: str, offset: int, in_quote: _QuoteLookup) -> list[MotionMention]:
    """A demand told through the body's will: the clause around ``nach dem Willen der Länder``
    with its modal ``soll`` is the demand (``Die Wohnsitzauflage soll nach dem Wunsch der
    Länder enden`` → ``Wohnsitzauflage enden``); one decision per clause."""
    for w in _WILL_OF.finditer(sent):
        if in_quote(offset + w.start()):
            continue
        a = max(sent.rfind(c, 0, w.start()) for c in ".:;!?") + 1
        ends = [i for i in (sent.find(c, w.end()) for c in ".:;!?") if i >= 0]
        b = min(ends) if ends else len(sent)
        clause = sent[a : w.start()] + " " + sent[w.end() : b]
        modal = _SHALL.search(clause)
        if modal is None:
            continue
        clause = re.sub(r"\s+", " ", clause[: modal.start()] + " " + clause[modal.end() :]).strip()
        if re.match(r"(?:Sie|Die\s+Länder|Die\s+Konferenz)\s", clause):
            continue  # the body itself as the subject: what it shall do, not a demand on others
        title = re.sub(
            r"^(?i:eine[nrm]?|ein|die|der|das|den)\s+", "", _LEAD_ADVERB.sub("", _clean(clause))
        )
        if len(re.findall(r"\w{4,}", title)) < 2:
            continue
        mm = MotionMention(title=title, result="adopted")
        mm.evidence = Evidence(offset + w.start(), offset + w.end(), sent.strip()[:600], EXTRACTOR)
        return [mm]
    return []


# the other body as the one asked, not the one deciding: "bittet die Innenministerkonferenz",
# "an die IMK", "fordern den Bundesrat auf"
_ADDRESSED = re.compile(
    r"(?:\ban|\b(?:bittet|bitten|baten|bat|fordert|fordern|forderte|forderten|appelliert\w*\s+an"
    r"|ersucht|ersuchen|ersuchten|gegenüber))\s+(?:die|den|dem|der)\s+(?:\w+\s+)?$"
)


_FIELD_NAME = re.compile(r"(?:Thema|Titel|Beschluss|Antrag|Betreff|Gegenstand|TOP|Ergebnis)$")


# a capitalised word (a noun, a name, a number) anywhere in a title
_NOUN_IN_TITLE = re.compile(r"(?<![\w-])[A-ZÄÖÜ0-9]")


def _nounless(title: str) -> bool:
    """A title of adverbs and particles only ("unter anderem", "zudem einstimmig"), or an
    aggregate without a subject ("mehrere Punkte", "in einem Punkt", "zwölf Anträge"): the
    slot the rule read held no subject matter (it follows after a colon, or nowhere). A German
    motion's subject is a noun phrase, and nouns are capitalised."""
    return _NOUN_IN_TITLE.search(title) is None or _AGGREGATE_ONLY.fullmatch(title) is not None


# a quantifier or number and a noun of counting or of the procedure, nothing else
_AGGREGATE_ONLY = re.compile(
    r"(?:(?:nur|auch|noch)\s+)?(?:(?:in|auf|über|zu)\s+)?(?:eine[mnr]?|ein|mehrere[n]?|einige[n]?|zahlreiche[n]?|viele[n]?"
    r"|verschiedene[n]?|weitere[n]?|folgende[n]?|diese[mnr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
    r"|zehn|elf|zwölf|\d+)\s+(?:[a-zäöüß]+e[nr]?\s+)?(?:Punkte?n?|Themen|Thema|Fragen|Frage|Maßnahmen"
    r"|Beschlüsse[n]?|Beschluss|Anträge[n]?|Antrag|Forderungen|Vorschläge[n]?|Positionen|Vereinbarungen"
    r"|Tagesordnungspunkte[n]?|Anliegen)",
    re.I,
)


def _covers(starts: list[int], evidence: Evidence | None) -> bool:
    """Does one of the sorted ``starts`` fall inside the evidence's span?"""
    if evidence is None:
        return False
    i = bisect.bisect_left(starts, evidence.start)
    return i < len(starts) and starts[i] < evidence.end


# a bulleted line that opens with its topic as a label: "• Sprachkitas: Die Länder bitten den
# Bund, das Programm fortzusetzen (einstimmig)."
_LABELLED_LINE = re.compile(
    r"^\s*[•·▪*–-]\s*(?P<label>[A-ZÄÖÜ][\w-]+(?:\s+[\w-]+){0,2})\s*:\s+(?=[A-ZÄÖÜ])"
)
_RESULT_BRACKET = re.compile(
    r"\s*\((?:einstimmig|mehrheitlich|angenommen|abgelehnt|vertagt|zurückgezogen)[^)]*\)\s*$", re.I
)


def _label_title(motion: MotionMention, prefix: bool) -> None:
    """The topic label of a bulleted line names what the decision is about; the result in
    brackets after it is no part of the title."""
    assert motion.evidence is not None
    title = motion.title.rstrip(" .")
    bracket = _RESULT_BRACKET.search(title)
    if bracket:
        title = title[: bracket.start()]
        if motion.result == "unknown":
            motion.result = _result(bracket.group())
    m = _LABELLED_LINE.match(motion.evidence.sentence) if prefix else None
    if (
        m
        and not _FIELD_NAME.match(m.group("label"))
        and not content_words(m.group("label")) <= content_words(title)
    ):
        title = f"{m.group('label')}: {title}"
    motion.title = title


def _of_other_body(motion: MotionMention) -> bool:
    """The motion's sentence is about another body's decision (the IMK, the Bundesrat, a Land
    cabinet: "Bei der Innenministerkonferenz hatte das Saarland einen Antrag eingebracht",
    "Der Ministerrat hat beschlossen, …") and does not name the IntMK or its ministers."""
    return _sentence_of_other_body(motion.evidence.sentence if motion.evidence is not None else "")


# where a sentence's clauses part: a semicolon between main clauses, and the comma after a
# subordinate clause that opens the sentence, before the finite verb of the main clause
# ("Während die Innenministerkonferenz X beschloss, hatte die IntMK Y angenommen")
_CLAUSE_PARTS = re.compile(
    r";\s+|(?<=[a-zäöüß]),\s+(?=(?:hat|hatte|haben|hatten|ist|war|sind|waren|wurde|wurden|will|wollen"
    r"|soll|sollen|kann|können|beschloss|beschlossen|lehnte|lehnten|stimmte|stimmten|nahm|nahmen"
    r"|fiel|fielen|fand|fanden|scheiterte|scheiterten|erhielt|erhielten|kam|kamen|ging|gingen)\s)"
)
_OPENING_SUBORDINATOR = re.compile(r"\s*(?:Während|Als|Nachdem|Obwohl|Weil|Da|Wenn|Wo)\s")
_MOTION_NOUN = re.compile(
    r"(?<![\w-])(?:Leit)?(?:Antrag|Beschluss|Resolution|Vorschlag|Beschlussvorschlag|Vorstoß"
    r"|Initiative|Forderung)(?![\w-])"
)


@lru_cache(maxsize=256)
def _clause_cut(sent: str) -> int | None:
    """Where the main clause starts after a subordinate clause that opens the sentence, when
    each of the two clauses names a motion of its own ("Während der Berliner Antrag eine
    Mehrheit fand, fiel der bayerische Vorschlag durch": two motions, each with its result);
    else None (a result told in the other clause is the motion's: "Nachdem Bremen den Antrag
    eingebracht hatte, lehnten ihn die Länder ab")."""
    if not _OPENING_SUBORDINATOR.match(sent):
        return None
    cut = next((c for c in _CLAUSE_PARTS.finditer(sent) if not c.group().startswith(";")), None)
    if cut is None:
        return None
    if not (_MOTION_NOUN.search(sent, 0, cut.start()) and _MOTION_NOUN.search(sent, cut.end())):
        return None
    return cut.start()


_CONJUNCT_TITLE = re.compile(
    r"(?P<title>(?:zur|zum|für|über|gegen)\s+(?:(?!" + _NEXT_NOUN + r")[^.;:!?]){3,250})"
)


# an article, a short phrase and an adjective before a noun: an extended attribute ("der für
# sie zuständigen Behörden", "der zur Beratung nötigen Mittel"), no conjunct without its noun
_EXTENDED_ATTRIBUTE = re.compile(
    r"^\S+\s+(?:sie|ihn|es|ihr|ihm|ihnen|uns|diese[nrms]?|[A-ZÄÖÜ][\w-]*)\s+[a-zäöüß]{3,}(?:en|e)"
    r"\s+[A-ZÄÖÜ][\w-]*$"
)


def _elliptic_motions(
    sent: str, s_start: int, m: re.Match[str], first: MotionMention
) -> list[MotionMention]:
    """The motions of the conjuncts after ``m``'s title whose noun is left out ("Angenommen
    wurden der Antrag zur X und der zur Y, abgelehnt dagegen der zur Z": Y adopted as X, Z
    rejected); each takes the result of its gapped participle, else the one before it. Where a
    conjunct has its own participle, the first motion's result is read before it."""
    parts: list[tuple[re.Match[str], re.Match[str]]] = []
    pos = m.end("title")
    while (c := _ELLIPTIC_CONJUNCT_RX.match(sent, pos)) is not None:
        t = _CONJUNCT_TITLE.match(sent, c.end())
        if t is None or _EXTENDED_ATTRIBUTE.match(t.group("title").rstrip(" ,")):
            break
        parts.append((c, t))
        pos = t.end()
    gapped = next((c.start() for c, _ in parts if c.group("verb")), None)
    if gapped is not None:
        first.result = _result(_main_clauses(sent[:gapped]))
    out: list[MotionMention] = []
    result = first.result
    for c, t in parts:
        if c.group("verb"):
            result = _result(c.group("verb"))
        mm = MotionMention(title=_clean(t.group("title")), result=result)
        mm.evidence = Evidence(
            s_start + c.start(), s_start + t.end(), sent.strip()[:600], EXTRACTOR
        )
        out.append(mm)
    return out


def _own_clause(sent: str, pos: int) -> str:
    """The clause of ``pos`` where :func:`_clause_cut` parts the sentence, else the sentence."""
    cut = _clause_cut(sent)
    if cut is None:
        return sent
    return sent[:cut] if pos < cut else sent[cut:]


def _clause_of_other_body(motion: MotionMention, text: str) -> bool:
    """The motion stands in a clause of its own whose deciding body is another one, while
    another clause names the IntMK ("Die IntMK hatte X gefordert; die Jugend- und
    Familienministerkonferenz will über einen Antrag zu Y beraten": Y is that body's)."""
    ev = motion.evidence
    if ev is None or not _sentence_names_two_bodies(ev.sentence):
        return False
    at = ev.sentence.find(text[ev.start : min(ev.end, ev.start + 40)])
    if at < 0:
        return False
    bounds = [0]
    for cut in _CLAUSE_PARTS.finditer(ev.sentence):
        if cut.group().startswith(";") or _OPENING_SUBORDINATOR.match(ev.sentence):
            bounds.append(cut.end())
    k = bisect.bisect_right(bounds, at) - 1
    clause = ev.sentence[bounds[k] : bounds[k + 1] if k + 1 < len(bounds) else len(ev.sentence)]
    return len(bounds) > 1 and _sentence_of_other_body(clause)


@lru_cache(maxsize=1024)
def _sentence_names_two_bodies(sent: str) -> bool:
    return any(w in sent for w in _OTHER_BODY_WORDS) and bool(
        OTHER_BODY.search(sent) and (_INTMK_IN.search(sent) or MINISTERS.search(sent))
    )


def _after_other_meeting(index: TextIndex, motion: MotionMention) -> bool:
    """A decision whose sentence names no body, told right after a sentence on another body's
    meeting ("Die Ministerpräsidentenkonferenz tagte in Berlin. Die Länder sprachen sich dafür
    aus, …", "Der Bundesrat trat am Freitag zusammen. Die Länder forderten …"): that body's."""
    ev = motion.evidence
    if ev is None or _INTMK_IN.search(ev.sentence) or MINISTERS.search(ev.sentence):
        return False
    prev = index.sentence_before(ev.start)
    if prev is None:
        return False
    return _other_body_met(index.flat[prev[0] : min(prev[1], prev[0] + _MAX_WINDOW)])


@lru_cache(maxsize=1024)  # the motions of one sentence, or of a table's rows, ask once (issue 16)
def _other_body_met(before: str) -> bool:
    """Another body met or decided in this sentence, and it names no IntMK."""
    return bool(
        OTHER_BODY.search(before)
        # the other body met there, or decided ("Die Innenminister … haben sich auf X
        # verständigt. Der Beschluss sieht vor, …")
        and (
            MEET_VERB.search(before)
            or DECISION_VERB.search(before)
            or DECISION_PERFECT.search(before)
        )
        and not (_INTMK_IN.search(before) or MINISTERS.search(before))
    )


@lru_cache(maxsize=1024)  # a sentence's motions ask once (issue 16)
def _sentence_of_other_body(sent: str) -> bool:
    if not any(w in sent for w in _OTHER_BODY_WORDS):
        return False  # (a cheap test first: every match of OTHER_BODY holds one of these)
    deciding = any(
        not _ADDRESSED.search(sent[max(0, o.start() - 40) : o.start()])
        for o in OTHER_BODY.finditer(sent)
    )
    if not deciding:
        return False
    if not (_INTMK_IN.search(sent) or MINISTERS.search(sent)):
        return True
    # the other body as the subject that opens the sentence, the IntMK only inside a
    # prepositional phrase ("Der Landtag lehnte einen Antrag ab, der die Regierung aufforderte,
    # bei der nächsten Integrationsministerkonferenz eine Initiative einzubringen")
    opening = _OPENING_SUBJECT.match(sent)
    return bool(
        opening
        and OTHER_BODY.match(sent, opening.end())
        and not MINISTERS.search(sent)
        and all(
            PREPOSITION_BEFORE.search(sent[max(0, i.start() - 40) : i.start()])
            for i in _INTMK_IN.finditer(sent)
        )
    )


# the article and an adjective before the noun that opens a sentence ("Der Sächsische ")
_OPENING_SUBJECT = re.compile(r"\s*(?:(?:Der|Die|Das)\s+(?:[A-ZÄÖÜ][a-zäöüß]+e[nrs]?\s+)?)?")


# where or by whom a decision was taken: "wurde im Kabinett beschlossen", "scheiterte im
# Bundesrat", "wurde vom Bundestag abgelehnt", "in Brüssel vertagt" (the EU by its seat), "von
# der Bundesregierung verabschiedet"; the body follows (an adjective may stand between)
_DECIDED_AT = re.compile(
    r"(?<![\w-])(?:im|vom|beim|in\s+(?:der|dem)|von\s+(?:der|dem)|durch\s+(?:den|die|das)"
    r"|auf\s+(?:der|dem)|bei\s+(?:der|dem))\s+(?:[a-zäöüß][\w-]*\s+)?"
    r"|(?<![\w-])in\s+(?=Brüssel(?![\w-]))"
)
_GOVERNMENT = re.compile(
    r"(?:Brüssel|EU|Europäische[nmr]?\s+(?:Union|Kommission|Parlament|Rat)|Rat\s+der\s+EU"
    r"|Bundesregierung|Landesregierung|Senat|Regierung)(?![\w-])"
)


def _decided_elsewhere(sent: str, pos: int) -> bool:
    """Does the clause that follows the motion noun at ``pos`` name another body as where or by
    whom the decision was taken ("Ein Vorschlag zu X wurde im Kabinett beschlossen", "… wurde
    in Brüssel vertagt")? An IntMK named in a heading before the noun ("Zur
    Integrationsministerkonferenz: …") does not make it the IntMK's; one named after it does
    ("… wurde im Bundesrat eingebracht und von der Integrationsministerkonferenz angenommen")."""
    tail = sent[pos:]
    if _INTMK_IN.search(tail) or MINISTERS.search(tail):
        return False
    for d in _DECIDED_AT.finditer(tail):
        if OTHER_BODY.match(tail, d.end()) or _GOVERNMENT.match(tail, d.end()):
            return True
    return False


_INTMK_IN = re.compile(INTMK)
_OTHER_BODY_WORDS = (
    "onferenz",
    "MK",
    "MPK",
    "JuMiKo",
    "Bundesrat",
    "Bundestag",
    "abinett",
    "Landtag",
    "Ministerrat",
    "Bürgerschaft",
    "Abgeordnetenhaus",
    "ipfel",
    "inister",  # the ministers of another portfolio as a body
    "egierungschef",
    "raktion",
)


# a resolution record prints each item's resolution under its TOP line, after "Beschluss:"
# ("Beschluss Nr. 4: Titel" opens the item whose text follows)
_RESOLUTION_LABEL = re.compile(
    r"^[ \t]*Beschluss(?:text|vorschlag|fassung)?(?:[ \t]+(?:Nr\.[ \t]*)?\d{1,2}(?:\.\d{1,2})?)?[ \t]*:",
    re.M,
)


def _outside_item_bodies(
    motions: list[MotionMention], agenda: list[MotionMention], text: str
) -> list[MotionMention]:
    """Drop what prose reading found in the resolution text of an agenda item ("TOP 7 Stärkung
    der Kurse … Beschluss: Die IntMK bittet den Bund, …"): that is the item's text, not
    another motion."""
    starts = sorted(m.evidence.start for m in agenda if m.evidence is not None)
    if not starts:
        return motions
    items = {id(m) for m in agenda}
    keep = []
    for m in motions:
        # (a table's row without a number column is an item itself, not text inside one)
        if m.agenda_item is None and m.evidence is not None and id(m) not in items:
            i = bisect.bisect_right(starts, m.evidence.start) - 1
            line_end = text.find("\n", starts[i]) if i >= 0 else -1
            if i >= 0 and m.evidence.start < (len(text) if line_end < 0 else line_end):
                continue  # a quotation or a noun inside the item's own line: its title
            if i >= 0 and _RESOLUTION_LABEL.search(text, starts[i], m.evidence.start):
                continue
            # the item's fields ("Antragsteller: …", "Betreff: …") just before: its text
            fields = list(_FIELD_LINE.finditer(text, starts[i] if i >= 0 else 0, m.evidence.start))
            if i >= 0 and fields and m.evidence.start - fields[-1].end() < 400:
                continue
        keep.append(m)
    return keep


_FIELD_LINE = re.compile(
    r"^[ \t]*(?:Antragstell\w*(?:[ \t]+Länder)?|Mitantragsteller\w*|Berichterstatt\w*|Federführung|Betreff"
    r"|Gegenstand|Thema|Antrag)[ \t]*:[^\n]*$",
    re.M,
)
_MAX_WINDOW = 1200
# every pattern of the sentence loop needs one of these stems ("Antrag", "Beschluss",
# "fordern", "verlangen", "drängen", "einig", …); one pass over the text finds the sentences
# worth reading
_CUE_WORDS = (
    r"ntr[aä]g|eschl|[Ff]order|erlang|räng|ppell|inig|erständig|ereinbar|esolution|erabschied"
    r"|\bbat\b|\bbaten\b|\bbitte|ebeten|ekräftig|sich\b|Ziel|TOP|mahnt|\bsoll|Thema|Titel|ngenommen|bgelehnt|poch"
    # (this session: joint products, "Mitgetragen …", "Darunter: …", "Erstens … Zweitens …")
    r"|orschlag|orstoß|nitiative|rarbeit|ntwickel|nterzeichn|legte|itgetragen|ebilligt|arunter|tens\b"
    r"|lädier|er Erklärung|Bitte|uftrag"
    # a joint promise ("sagten den Kommunen X zu", "sicherten dem Bund X zu")
    r"|agten de|agen de|icherten|ichern de"
)
# the cues grouped by their first letter: the engine skips to those letters, where it tried
# all 38 words at every character (issue 12: four times faster, the same matches; not guarded)
_CUE = by_first_letter(re.compile(_CUE_WORDS))


def _windows(index: TextIndex) -> Iterator[tuple[int, int]]:
    """The document's sentences; a "sentence" longer than any real one (a table, a text
    without full stops) is cut into windows at spaces, so the work per window is bounded and
    the whole stays linear in the text (issue 16)."""
    flat = index.flat
    for s, e in index.sentences:
        while e - s > _MAX_WINDOW:
            cut = flat.rfind(" ", s + _MAX_WINDOW // 2, s + _MAX_WINDOW)
            cut = cut + 1 if cut > s else s + _MAX_WINDOW
            yield s, cut
            s = cut
        if s < e:
            yield s, e


class _QuoteLookup:
    """Is a position inside a quotation? (bisect over the quotations' openings)"""

    def __init__(self, text: str) -> None:
        spans = sorted((a, b) for a, b, _, _ in quote_spans(text))
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []  # the furthest end among the quotations opened so far
        for _, b in spans:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_left(self.starts, pos) - 1
        return i >= 0 and pos < self.reach[i]


def _apply_group(motion: MotionMention, group: dict[str, object]) -> None:
    """A motion of a group announced before ("zwei Anträge Hessens, einstimmig angenommen")."""
    if group.get("open"):
        if group.get("land"):
            motion.submitters.add(str(group["land"]))
        if group.get("result") and group["result"] != "unknown":
            motion.result = str(group["result"])


def _next_sentence(index: TextIndex, after: int) -> str | None:
    for s, e in index.sentences:
        if s >= after:
            return index.flat[s:e]
    return None


class _OwnMotion(NamedTuple):
    own: bool  # the sentence's subject brings its own motion
    head_lands: frozenset[str]  # the Länder of a coordinated subject ("Bremen und Berlin …")
    supports: bool  # … or supports it


_OWN_MOTION_RX1 = re.compile(
    r"\beigene[nm]?\s+Antrag|\bmit\s+(?:seinem|ihrem|seiner|ihrer)\s+(?:eigenen\s+)?(?:Antrag|Initiative|Vorstoß|Vorschlag)|\bAntrag\b[^.]{0,80}\b(?:eingebracht|gestellt|vorgelegt|angemeldet"
    # a Land that will bring it in ("Bremen will … einen Antrag zu X einbringen")
    r"|einbringen|einreichen|vorlegen|stellen|einzubringen|einzureichen|vorzulegen)(?![\w-])"
    # "Bremen und Berlin brachten … einen Antrag … ein"
    r"|^\s*[^.]{0,60}?\b(?:brachte|brachten|bringt|bringen|stellt|stellte|stellen|stellten|reicht|reichte"
    r"|reichen|reichten|legt|legte|legen|legten)\b[^.]{0,120}?\b(?:Antrag|Vorstoß|Vorschlag|Initiative)\b"
)
_OWN_MOTION_RX2 = re.compile(
    r"\s*(?P<who>[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+|\s+sowie\s+)[A-ZÄÖÜ][\w-]+)+)\s"
)
_OWN_MOTION_RX3 = re.compile(r"\bunterstütz")


@_per_sentence
def _own_motion(sentence: str) -> _OwnMotion:
    """What :func:`_roles` reads from the whole sentence about the Land that is its subject,
    whichever motion it names."""
    if _OWN_MOTION_RX1.search(sentence):
        # the coordinated subject names every submitter ("Bremen und Berlin brachten …")
        head = _OWN_MOTION_RX2.match(sentence)
        lands = find_lands(head.group("who")) if head else []
        return _OwnMotion(True, frozenset(x.code for x in lands if x.code != "DE"), False)
    return _OwnMotion(False, frozenset(), _OWN_MOTION_RX3.search(sentence) is not None)


_ROLES_RX1 = re.compile(
    r"\w+\s+(?P<land>[A-ZÄÖÜ][\w-]+(?:s|(?<=[sxzß])['’])"
    r"(?:(?:\s*,\s*|\s+und\s+)[A-ZÄÖÜ][\w-]+(?:s|(?<=[sxzß])['’])(?![\w-]))*)"
)
_ROLES_RX2 = re.compile(r"(?P<adj>[A-Za-zäöüÄÖÜ][\w-]+e[nr]?)\s*$")
_ROLES_RX3 = re.compile(r"Antragsteller\w*:\s*Alle\s+Länder")
_ROLES_RX4 = re.compile(r"\s*,\s*|\s+und\s+")
_ROLES_RX5 = re.compile(r"\s*(?:Das|Unser)\s+Land\b")
_ROLES_RX6 = re.compile(r"gemeinsame[rnms]?\s+$")


_SENTENCE_DATELINE = re.compile(
    r"\s*[A-ZÄÖÜ][\w.-]+(?:[ /-][A-ZÄÖÜ][\w.-]+)?\s*(?:\([^()\n]{1,20}\)\s*)?[–—]\s+"
    r"|\s*[A-ZÄÖÜ][\w-]+\s*\([^()\n]{1,20}\)\s*-\s+"
)


def _roles(sentence: str, pos: int, motion: MotionMention, publisher_land: str | None) -> None:
    """Submitting and supporting Länder of a motion named in this sentence."""
    after = sentence[pos : pos + 90]
    gen = _ROLES_RX1.match(after)
    if gen:
        for part in _ROLES_RX4.split(gen.group("land")):
            lands = lands_in_phrase(part)
            if lands and lands[0].form == "genitive":
                motion.submitters.add(lands[0].code)
    before = sentence[max(0, pos - 40) : pos]
    pre = _PRENOMINAL_GENITIVE.search(before)
    if pre:  # the Saxon genitive before the noun: "Hamburgs Antrag", "Bremens und Berlins Vorstoß"
        for part in _ROLES_RX4.split(pre.group("land")):
            lands = lands_in_phrase(part)
            if lands and lands[0].form == "genitive" and lands[0].code != "DE":
                motion.submitters.add(lands[0].code)
    adj = _ROLES_RX2.search(before)
    if adj:
        # "der hessische Antrag", "den Berliner Antrag" (a demonym in -er is an adjective too)
        lands = lands_in_phrase(adj.group("adj"))
        if lands and (
            lands[0].form == "adjective"
            or (lands[0].form == "demonym" and adj.group("adj").endswith("er"))
        ):
            motion.submitters.add(lands[0].code)
    # (a dateline opening the sentence is where the report comes from, not its subject:
    # "Hamburg (dpa) – Mit ihrem Vorstoß … sind Bremen und Thüringen gescheitert")
    lead = _SENTENCE_DATELINE.match(sentence, 0, pos)
    off = lead.end() if lead else 0
    subject = find_lands(sentence[off : max(pos, off + 1)][:80])
    subj = subject[0].code if subject and subject[0].start < 5 else None
    if subj is None and _ROLES_RX5.match(sentence) and publisher_land:
        subj = publisher_land
    second = _BRINGS_SECOND.match(sentence) if subj is None else None
    if second and second.end() <= pos:
        # verb second after a fronted phrase: "Gemeinsam mit Bremen bringt Niedersachsen …"
        lands = find_lands(second.group("who"))
        if lands and lands[0].start == 0 and lands[0].code != "DE":
            subj = lands[0].code
    if subj:
        own = _own_motion(sentence)
        if own.own:
            motion.submitters.add(subj)
            motion.submitters |= own.head_lands
            joint = _TOGETHER_WITH.search(sentence, 0, pos)
            if joint:  # "gemeinsam mit Bremen": a co-submitter
                motion.submitters |= {
                    x.code for x in find_lands(joint.group("who")) if x.code != "DE"
                }
        elif own.supports:
            motion.supporters.add(subj)
    joint = _JOINT_WITH.match(sentence, pos)
    if joint and _ROLES_RX6.search(before):
        # "der gemeinsame Antrag mit Sachsen-Anhalt": the Land it was brought with
        motion.submitters |= {x.code for x in find_lands(joint.group("who")) if x.code != "DE"}
    if _ROLES_RX3.search(sentence):
        motion.submitters.add("ALL")
    if _OF_ALL.match(after):
        motion.submitters.add("ALL")  # "ein gemeinsamer Antrag aller Länder"
    named = _OF_NAMED_LANDS.match(after)
    if named:  # "die Forderung der Länder Brandenburg, Sachsen und Thüringen"
        motion.submitters |= {x.code for x in find_lands(named.group("who")) if x.code != "DE"}
    of = _OF_LAND.match(after)
    if of:
        lands = lands_in_phrase(of.group("land"))
        if lands and lands[0].code != "DE":
            motion.submitters.add(lands[0].code)  # "der Vorschlag des Saarlands"
    # "Antrag von Bremen und Berlin", "ein von Thüringen eingebrachter Antrag"
    by = _OWNED_BY.match(sentence, pos) or _BROUGHT_BEFORE.search(sentence[max(0, pos - 80) : pos])
    if by:
        motion.submitters |= {x.code for x in find_lands(by.group("who")) if x.code != "DE"}
    jointly = _BROUGHT_JOINTLY_BEFORE.search(sentence[max(0, pos - 100) : pos])
    if jointly:
        # "die gemeinsam mit Bremen und Hamburg eingebrachte Initiative": the Länder named, and
        # the releasing Land as the one that brought it with them (no other agent named)
        motion.submitters |= {x.code for x in find_lands(jointly.group("who")) if x.code != "DE"}
        if publisher_land and not by:
            motion.submitters.add(publisher_land)
    ours = _OURS_WITH.search(sentence, pos)
    if ours:
        # "…, den wir zusammen mit Hamburg gestellt hatten": the publishing Land and the one
        # named with it
        motion.submitters |= {x.code for x in find_lands(ours.group("who")) if x.code != "DE"}
        if publisher_land:
            motion.submitters.add(publisher_land)
    # "… hatte Brandenburg allein eingebracht": the Land as the subject of bringing it in
    rel = _LAND_PUT_RELATIVE.search(sentence, pos)
    if rel:  # "…, die Sachsen-Anhalt vorgelegt hatte"
        motion.submitters |= {x.code for x in find_lands(rel.group("who")) if x.code != "DE"}
    put = _LAND_PUT.search(sentence, pos)
    if put:
        lands = find_lands(put.group("who"))
        if lands and lands[0].start == 0 and lands[0].code != "DE":
            motion.submitters.add(lands[0].code)


# a Land as the subject right after the finite verb of bringing a motion in (verb second)
_BRINGS_SECOND = re.compile(
    r"^\s*(?:[^.;:!?]{0,80}?\s)?(?:bringt|bringen|brachte|brachten|stellt|stellen|stellte|stellten"
    r"|reicht|reichen|reichte|reichten|legt|legen|legte|legten)\s+(?:zudem\s+|auch\s+|nun\s+)?"
    r"(?:das\s+Land\s+|der\s+Freistaat\s+)?(?P<who>[A-ZÄÖÜ][\w-]+)"
)
_TOGETHER_WITH = re.compile(
    r"(?<![\w-])[Gg]emeinsam\s+mit\s+(?:dem\s+Land\s+|dem\s+Freistaat\s+|der\s+Hansestadt\s+|dem\s+)?"
    r"(?P<who>[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+)[A-ZÄÖÜ][\w-]+)*)"
)
_JOINT_WITH = re.compile(
    r"\w+\s+mit\s+(?:dem\s+Land\s+|dem\s+Freistaat\s+|der\s+Hansestadt\s+)?"
    r"(?P<who>[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+)[A-ZÄÖÜ][\w-]+)*)"
)
_PRENOMINAL_GENITIVE = re.compile(
    r"(?<![\w-])(?P<land>[A-ZÄÖÜ][\w-]+s(?:(?:\s*,\s*|\s+und\s+)[A-ZÄÖÜ][\w-]+s)*)\s+"
    r"(?:(?:eigene[rnms]?|gemeinsame[rnms]?|erste[rnms]?|neue[rnms]?|jüngste[rnms]?)\s+)?$"
)
_OWNED_BY = re.compile(
    r"\w+\s+(?:von|aus)\s+(?P<who>(?:dem\s+)?[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+)(?:dem\s+)?[A-ZÄÖÜ][\w-]+)*)"
)
_BROUGHT_BEFORE = re.compile(
    r"(?<![\w-])von\s+(?P<who>(?:dem\s+)?[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+)(?:dem\s+)?[A-ZÄÖÜ][\w-]+)*)"
    r"\s+(?:eingebrachte|gestellte|vorgelegte|eingereichte)[rnms]?\s+(?:\w+\s+)?$"
)
_BROUGHT_JOINTLY_BEFORE = re.compile(
    r"(?<![\w-])(?:gemeinsam|zusammen)\s+mit\s+(?P<who>(?:dem\s+)?[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+)(?:dem\s+)?[A-ZÄÖÜ][\w-]+)*)"
    r"\s+(?:eingebrachte|gestellte|vorgelegte|eingereichte)[rnms]?\s+(?:\w+\s+)?$"
)
_OF_ALL = re.compile(r"\w+\s+aller\s+(?:16\s+|sechzehn\s+)?Länder\b")
_OF_LAND = re.compile(
    r"\w+\s+des\s+(?:(?:Vorsitz|Gastgeber)?[Ll]andes\s+|Freistaate?s\s+)?(?P<land>[A-ZÄÖÜ][\w-]+)"
)
# the Länder named after "der Länder" in the genitive plural
_OF_NAMED_LANDS = re.compile(
    r"\w+\s+der\s+Länder\s+(?P<who>[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+|\s+sowie\s+)"
    r"(?:dem\s+|des\s+)?[A-ZÄÖÜ][\w-]+)*)"
)
_OURS_WITH = re.compile(
    r",\s*(?:die|den|das|der)\s+wir\s+(?:[\w-]+\s+){0,2}?(?:zusammen|gemeinsam)\s+mit\s+"
    r"(?:dem\s+Land\s+|dem\s+Freistaat\s+|der\s+Hansestadt\s+|dem\s+)?"
    r"(?P<who>[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+)[A-ZÄÖÜ][\w-]+)*)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:gestellt|eingebracht|vorgelegt|eingereicht)(?![\w-])"
)
_LAND_PUT_RELATIVE = re.compile(
    r",\s*(?:die|den|das|der)\s+(?P<who>[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+)[A-ZÄÖÜ][\w-]+)*)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:vorgelegt|eingebracht|gestellt|eingereicht)\s+(?:hatte|hat|hatten|haben)(?![\w-])"
)
_LAND_PUT = re.compile(
    r"(?<![\w-])(?:hat|hatte|haben|hatten)\s+(?:das\s+|der\s+Freistaat\s+)?(?P<who>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)"
    r"\s+(?:\w+\s+){0,3}?(?:gestellt|eingebracht|vorgelegt)(?![\w-])"
)


# a sentence whose object is a pronoun pointing back, before a decision verb
_DECIDED_THAT = re.compile(
    r"^\s*(?:Das|Dies|Dieses|Darauf|Darüber|Dazu|Hierauf|Hierüber|Hierzu)\s+(?:(?:haben|hatten|hat|hatte)\s+)?"
    r"(?:beschlossen|beschloss|beschließen|verständigten|verständigte|verständigen|einigten|einigte"
    r"|einigen|forderten|fordern|verlangten|verlangen|vereinbarten|vereinbaren|bekräftigten)(?![\w-])"
)
# … unless the correlate points forward ("Darauf einigten sich die Länder: …", "…, dass …")
_FORWARD = re.compile(
    r":|,\s*dass\b|,\s*[^,.;]*?(?:\s+zu\s+[a-zäöüß]\w*|[a-zäöüß]+zu[a-zäöüß]+en)\s*[.;]?\s*$"
)


# a record's numbered resolution with its title: "Beschluss Nr. 4: Titel", "Antrag 2: Titel"
_NUMBERED_ITEM = re.compile(
    r"^[ \t]*(?:Beschluss|Antrag|Leitantrag|Resolution|Beschlussvorschlag)(?:[ \t]+(?:Nr\.[ \t]*)?|-Nr\.[ \t]*"
    # "Beschluss zu TOP 3.4" (the record's page for one item, its title on "Thema:" below)
    r"|[ \t]+zu[ \t]+TOP[ \t]+)"
    # "Beschluss Nr. 4/2017", "Beschluss-Nr. 2021/03" with its title on a labelled line below
    # ("Gegenstand: …", "Betreff: …")
    r"(?:(?:19|20)\d\d/)?(?P<top>\d{1,2}(?:\.\d{1,2})?)(?:/(?:19|20)\d\d)?(?:[ \t]*:[ \t]*(?P<rest>\S.*)|[ \t]*)$",
    re.M,
)
# the field naming an item's submitters: "Antragsteller: NI", "Antragstellerin: Bremen",
# "Antragstellende Länder: BW, BY" (the participle as a noun)
_APPLICANT_FIELD = re.compile(
    r"Antragstell(?:er|erin|erinnen|ende|ender)(?:[ \t]+Länder)?[ \t]*:[ \t]*(?P<who>[^\n]+)"
)
# the labelled fields under an agenda item, which end its title
_ITEM_LABEL = re.compile(
    r"(?:Antragstell\w*(?:\s+Länder)?|Berichterstatt\w*|Ergebnis|Beschluss\w*|Abstimmung\w*|Votum|Federführung"
    r"|Mitantragsteller\w*|Sachstand|Anlage\w*)\s*:"
)


def _join_lines(parts: list[str]) -> str:
    """A title's lines as one: a word broken at a line's end is joined again
    (``Landesverwal-`` + ``tungen``, ``Corona-`` + ``Hilfen``), ``Sprach-`` + ``und …`` not."""
    out = ""
    for part in parts:
        if out.endswith("-") and part[:1].isalpha() and not _CONJUNCTION.match(part):
            out = (out[:-1] if part[:1].islower() else out) + part
        else:
            out = f"{out} {part}" if out else part
    return out


_CONJUNCTION = re.compile(r"(?:und|oder|sowie|bzw|bis)(?![\w-])")


# the label of an item's title line: "Gegenstand: Sprachkurse für Eltern …"
_TITLE_LABEL = re.compile(r"^(?:Gegenstand|Betreff|Thema|Titel)\s*:\s*")


def _labelled_title(lines: list[str]) -> str | None:
    """The title on a labelled line among an item's fields (``Betreff: …`` under
    ``Antragsteller: …``), before the next item."""
    for line in lines:
        if _NUMBERED_ITEM.match(line) or line.lstrip().startswith("TOP"):
            return None
        m = _TITLE_LABEL.match(line.strip())
        if m:
            return line.strip()[m.end() :]
    return None


# whether a text may hold an agenda or a list of motions at all: ``re.search(r"\bTOP\b|…")``
# and ``(?i:beschlossen)`` tried every position of the text (issue 12: the same answer, from
# the words' occurrences)
_TOP_WORD = re.compile(r"\bTOP\b")
_BESCHLOSSEN_ANY_CASE = caseless("beschlossen")
_TOP_BULLET = re.compile(r"^[ \t]*[•·▪*–-][ \t]*(?=TOP[ \t])")


# a table of motions: a header row whose cells name the title column and one more of number,
# submitters or result ("Nr. | Titel | Antragsteller | Ergebnis"), then one row per motion,
# cells split by "|" or tabs (web pages and PDF exports print them so)
_CELL_SEP = re.compile(r"\s*\|\s*|\t+")
_TITLE_HEAD = re.compile(
    r"(?:Titel|Thema|Gegenstand|Betreff|Beschluss(?:titel)?|Antrag|Antragstitel|Tagesordnungspunkt"
    r"|Bezeichnung)",
    re.I,
)
_SUBMITTER_HEAD = re.compile(
    r"(?:Antragsteller\w*|Einbringer\w*|eingebracht\s+von|Länder|Land|Mitantragsteller\w*)", re.I
)
_RESULT_HEAD = re.compile(
    r"(?:Ergebnis|Abstimmung\w*|Beschlussfassung|Votum|Status|Beschlusslage)", re.I
)
_NUMBER_HEAD = re.compile(r"(?:Nr\.?|TOP|Nummer|lfd\.\s*Nr\.?|Ziffer)", re.I)


# the columns of an event's programme: when, who speaks ("Uhrzeit | Thema | Referentin")
_PROGRAMME_HEAD = re.compile(
    r"(?:Uhrzeit|Zeit|Beginn|Uhr|Zeitraum|Referent\w*|Redner\w*|Vortragende\w*|Moderation"
    r"|Mitwirkende|Sprecher\w*|Raum|Ort)",
    re.I,
)


def _programme_head(cells: list[str], heads: dict[str, int]) -> bool:
    """A header row of an event's programme (a time or a speaker column, no column of votes or
    of submitters by their proper name): its rows are the event's items, not motions."""
    if "result" in heads or any(re.match(r"(?i)antragstell|einbring", c) for c in cells):
        return False
    return any(_PROGRAMME_HEAD.fullmatch(c) for c in cells)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELL_SEP.split(line.strip().strip("|"))]


_TABLE_ROWS_RX1 = re.compile(r":?-{2,}:?|")
_TABLE_ROWS_RX2 = re.compile(r"[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?")


def _table_rows(text: str) -> list[MotionMention]:
    """Motions of a table with a header row naming its title column (see above)."""
    out_spaced = _spaced_table_rows(text)
    if ("|" not in text and "\t" not in text) or not _TITLE_HEAD.search(text):
        return out_spaced
    out: list[MotionMention] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    cols: dict[str, int] | None = None
    for i, line in enumerate(lines):
        if "|" not in line and "\t" not in line:
            cols = None
            continue
        cells = _cells(line)
        if len(cells) < 2:
            cols = None
            continue
        if cols is None:
            heads: dict[str, int] = {}
            for k, c in enumerate(cells):
                for name, rx in (
                    ("title", _TITLE_HEAD),
                    ("who", _SUBMITTER_HEAD),
                    ("result", _RESULT_HEAD),
                    ("num", _NUMBER_HEAD),
                ):
                    if name not in heads and rx.fullmatch(c):
                        heads[name] = k
                        break
            if "title" in heads and len(heads) >= 2 and not _programme_head(cells, heads):
                cols = heads
            continue
        if all(_TABLE_ROWS_RX1.fullmatch(c) for c in cells):
            continue  # a Markdown rule under the header
        if len(cells) <= cols["title"]:
            cols = None
            continue

        def cell(name: str, cols: dict[str, int] = cols, cells: list[str] = cells) -> str:
            k = cols.get(name)
            return cells[k] if k is not None and k < len(cells) else ""

        title = _clean(cell("title"))
        if not title or PROCEDURAL_ITEM.match(title) or _nounless(title):
            continue
        if ORDER_ITEM.match(title) and not cell("result"):
            continue
        num = cell("num")
        if num and not _TABLE_ROWS_RX2.fullmatch(num):
            continue  # "zurück nach oben | Sitemap": a row of the page's footer, no item
        mm = MotionMention(
            title=title,
            agenda_item=num if _TABLE_ROWS_RX2.fullmatch(num) else None,
            result=_result(cell("result")) if cell("result") else "unknown",
        )
        mm.submitters |= _submitters(cell("who"))
        at = offsets[i] + max(0, line.find(cell("title")))
        mm.evidence = Evidence(at, at + len(cell("title")), line.strip()[:600], EXTRACTOR)
        out.append(mm)
    return out_spaced + out


# the same table as a PDF export prints it, cells parted by single spaces: a header line of
# column names only ("TOP Titel Antragsteller Ergebnis"), then rows that open with the item's
# number and end with its submitters' codes and its result
_SPACED_HEAD = re.compile(
    r"^[ \t]*(?:TOP|Nr\.?|Nummer)[ \t]+(?:Titel|Thema|Gegenstand|Betreff)(?P<rest>(?:[ \t]+(?:Antragsteller\w*"
    r"|Land|Länder|Ergebnis|Abstimmung\w*|Beschlussfassung|Votum|Status))+)[ \t]*$",
    re.M,
)
_SPACED_ROW = re.compile(
    r"^[ \t]*(?P<num>[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?)[ \t]+(?P<rest>\S.*?)[ \t]*$"
)
_ROW_RESULT = re.compile(
    r"\s+(?P<r>(?:einstimmig\s+|mehrheitlich\s+)?(?:angenommen|abgelehnt|beschlossen|vertagt|zurückgezogen"
    r"|erledigt|zur\s+Kenntnis\s+genommen|verwiesen|nicht\s+behandelt))$"
)
_ROW_SUBMITTERS = re.compile(
    r"\s+(?P<w>(?:alle\s+Länder|Vorsitzland|(?:(?:DE-)?[A-Z]{2}(?:\s*,\s*|\s+und\s+|\s+))*(?:DE-)?[A-Z]{2}))$"
)
# a word a PDF line broke with a hyphen and a space inside one line ("Lernför- derung"), not a
# truncated compound before a conjunction ("Sprach- und Lernförderung")
_INLINE_BREAK = re.compile(r"(?<=[a-zäöüß])- (?!(?:und|oder|sowie|bzw|als)\b)(?=[a-zäöüß])")


def _spaced_table_rows(text: str) -> list[MotionMention]:
    out: list[MotionMention] = []
    if not any(w in text for w in ("Titel", "Thema", "Gegenstand", "Betreff")):
        return out  # (a cheap test first: every header holds one of these)
    for head in _SPACED_HEAD.finditer(text):
        rest = head.group("rest")
        has_who = re.search(r"Antragsteller|Länd", rest) is not None
        has_result = (
            re.search(r"Ergebnis|Abstimmung|Beschlussfassung|Votum|Status", rest) is not None
        )
        pos = head.end() + 1
        while pos < len(text):
            nl = text.find("\n", pos)
            line = text[pos:] if nl == -1 else text[pos:nl]
            row = _SPACED_ROW.match(line)
            if row is None:
                break
            body, result, who = row.group("rest"), "unknown", ""
            if has_result and (r := _ROW_RESULT.search(body)):
                result, body = _result(r.group("r")), body[: r.start()]
            if has_who and (w := _ROW_SUBMITTERS.search(body)):
                who, body = w.group("w"), body[: w.start()]
            title = _clean(_INLINE_BREAK.sub("", body))
            if title and not PROCEDURAL_ITEM.match(title) and not _nounless(title):
                mm = MotionMention(title=title, agenda_item=row.group("num"), result=result)
                mm.submitters |= _submitters(who) if who and "Vorsitz" not in who else set()
                mm.evidence = Evidence(pos, pos + len(line), line.strip()[:600], EXTRACTOR)
                out.append(mm)
            if nl == -1:
                break
            pos = nl + 1
    return out


_VOTE_FIELD = re.compile(r"(?:Beschluss|Ergebnis|Abstimmung\w*|Beschlussfassung|Votum)\s*:")


def _vote_told(lines: list[str]) -> bool:
    """Does a field under the item (before the next one) tell its vote?"""
    for line in lines[:4]:
        text = line.strip()
        if text.startswith("TOP") or re.match(r"\d{1,2}[.)]?\s", text):
            return False
        if _VOTE_FIELD.match(text):
            return True
    return False


_AGENDA_RX1 = re.compile(r"Inhaltsverzeichnis|Tagesordnung")
_AGENDA_RX2 = re.compile(
    r"(?:Abstimmungsergebnis|Beschlussfassung|Ergebnis|Annahme|Abstimmung|Votum)\s*:\s*(?P<how>[^\n]+)"
)
_AGENDA_RX3 = re.compile(
    r"^\s*(?:TOP\s+(?P<top>[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?)|(?P<num>[A-Z]\d{0,2}|\d{1,2}(?:\.\d{1,2})?[a-z]?)(?=\s{2,}|\s*$))\s*(?P<rest>.*)$"
)
_AGENDA_RX4 = re.compile(r"^(?:TOP|Titel|Seite|Seitenzahl)\b")
# a record's item by its number ("Nr. 7  Interkulturelle Öffnung …") with its fields on the
# lines under it ("Antragsteller: …", "Beschluss: …"); without fields a line opening with
# "Nr." is no item (a reference: "Nr. 3 der Geschäftsordnung …")
_RECORD_ITEM = re.compile(
    r"^[ \t]*Nr\.[ \t]*(?P<top>\d{1,2}(?:\.\d{1,2})?[a-z]?)(?:[ \t]*[.:)])?[ \t]+(?P<rest>\S.*)$"
)
_RECORD_ITEM_ANYWHERE = re.compile(r"^[ \t]*Nr\.[ \t]*\d", re.M)
# the resolution's field on the item's own line, when no vote field tells the result
# ("Beschluss: mehrheitlich (12 : 4 : 0)", "Beschluss: Antrag zurückgestellt")
_DECISION_FIELD = re.compile(r"^[ \t]*Beschluss[ \t]*:[ \t]*(?P<how>\S[^\n]*)$", re.M)


def _fields_follow(lines: list[str], i: int) -> bool:
    """Do labelled fields stand under line ``i`` (its first non-blank lines, before another
    item)?"""
    for line in lines[i + 1 : i + 4]:
        text = line.strip()
        if not text:
            continue
        if _ITEM_LABEL.match(text):
            return True
        if _RECORD_ITEM.match(text) or text.startswith("TOP"):
            return False
    return False


_AGENDA_RX5 = re.compile(r"\s+\d{1,3}\s*$")
_AGENDA_RX6 = re.compile(r"^(?:TOP\s+)?(?:[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Z])(?:\s{2,}|\s*$)")
_AGENDA_RX7 = re.compile(r"^-\s*\d+\s*-$")
_AGENDA_RX8 = re.compile(r"\s+\d{1,3}$")
_AGENDA_RX9 = re.compile(r"\d\s*$")
_AGENDA_RX10 = re.compile(r"\s{3,}\d{1,3}\s*$")


def _agenda(index: TextIndex) -> list[MotionMention]:
    """Items of an agenda or table of contents (``TOP 2.1 …``)."""
    text = index.text
    if (
        not (
            ("TOP" in text and _TOP_WORD.search(text))
            or "Inhaltsverzeichnis" in text
            or "Tagesordnung" in text
        )
        and not _NUMBERED_ITEM.search(text)
        and not _RECORD_ITEM_ANYWHERE.search(text)
    ):
        return []
    lines = text.split("\n")
    items: list[tuple[str, str, int]] = []  # (number, title, offset)
    brought: dict[str, set[str]] = {}  # number -> the submitters its line names in brackets
    offset = 0
    pending_title: list[str] = []
    in_toc = False
    offsets = []
    for line in lines:
        offsets.append(offset)
        offset += len(line) + 1
    i = 0
    while i < len(lines):
        line = _TOP_BULLET.sub("", lines[i])  # "• TOP 2 Titel": a bulleted agenda line
        stripped = line.strip()
        if _AGENDA_RX1.search(stripped):
            in_toc = True
        m = _AGENDA_RX3.match(line) or _NUMBERED_ITEM.match(line)
        if m is None and (record := _RECORD_ITEM.match(line)) and _fields_follow(lines, i):
            m = record
        if m and (m.group("top") or in_toc):
            num = m.group("top") or m.group("num")
            rest = _AGENDA_RX5.sub("", m.group("rest") or "").strip()
            if _ITEM_LABEL.match(rest):
                # "TOP 12 Antragsteller: Alle Länder": a field on the item's line (read from its
                # body below), the title on the line under it
                rest = ""
            title_parts = [rest] if rest and not rest.isdigit() else []
            if not title_parts and pending_title:
                title_parts = pending_title[:]
            j = i + 1
            # title continues on following lines (PDF layout), until the next item
            while j < len(lines) and len(" ".join(title_parts)) < 250:
                nxt = _TOP_BULLET.sub("", lines[j]).strip()
                if not nxt or nxt.isdigit():
                    j += 1
                    if title_parts:
                        break
                    continue
                if _AGENDA_RX6.match(nxt) or nxt.startswith("TOP") or _RECORD_ITEM.match(nxt):
                    break
                if nxt.startswith("Page ") or _AGENDA_RX7.match(nxt):
                    break
                if _ITEM_LABEL.match(nxt):
                    if not title_parts:  # the fields first, the labelled title after them
                        later = _labelled_title(lines[j : j + 5])
                        if later:
                            title_parts = [later]
                    break  # "Antragsteller: NI", "Ergebnis: vertagt": the item's fields
                if not title_parts or (
                    lines[j].startswith(" ") and not _AGENDA_RX10.search(lines[j - 1])
                ):
                    title_parts.append(_AGENDA_RX5.sub("", nxt))
                    j += 1
                    continue
                if (
                    title_parts
                    and not _AGENDA_RX9.search(" ".join(title_parts))
                    and len(nxt) < 120
                    and nxt[:1].islower()
                ):
                    title_parts.append(nxt)
                    j += 1
                    continue
                break
            pending_title = []
            title = _clean(_TITLE_LABEL.sub("", _AGENDA_RX8.sub("", _join_lines(title_parts))))
            if title and PROCEDURAL_ITEM.match(title):
                title = ""  # "TOP 13 Verschiedenes": orders the meeting, puts no subject to it
            elif title and ORDER_ITEM.match(title) and not _vote_told(lines[j:]):
                title = ""  # "2. Genehmigung der Tagesordnung" in a bare agenda: no vote told
            bracket = _BRACKET_SUBMITTERS.search(title)
            if bracket:  # "TOP 6 Titel (Antrag NW)": the item's submitters, no part of its title
                brought[num] = _submitters(bracket.group("who"))
                title = _clean(title[: bracket.start()])
            if title:
                items.append((num, title, offsets[i]))
            i = j if j > i + 1 and title_parts else i + 1
            continue
        if in_toc and stripped and not _AGENDA_RX4.match(stripped) and line.startswith(" "):
            pending_title = [_AGENDA_RX5.sub("", stripped)]
        elif not line.startswith(" "):
            pending_title = []
        i += 1
    # section headings: an item immediately followed by its own sub-items (2 → 2.1)
    out: dict[str, MotionMention] = {}
    nums = [n for n, _, _ in items]
    for k, (num, title, off) in enumerate(items):
        nxt = nums[k + 1] if k + 1 < len(nums) else ""
        if nxt.startswith(num) and nxt != num and re.match(rf"^{re.escape(num)}[.\d]", nxt):
            continue
        # the record's body repeats agenda items with "Antragsteller:" and "Abstimmungsergebnis:"
        end = items[k + 1][2] if k + 1 < len(items) else len(text)
        body = text[off:end]
        motion = out.get(num)
        if motion is None:
            motion = out[num] = MotionMention(
                title=title,
                agenda_item=num,
                evidence=Evidence(off, off + len(title), title, EXTRACTOR),
            )
        motion.submitters |= brought.get(num, set())
        applicant = _APPLICANT_FIELD.search(body)
        if applicant:
            motion.submitters |= _submitters(applicant.group("who"))
        else:
            # "Antrag: Niedersachsen, Schleswig-Holstein und weitere Länder": a field of Länder
            field = _LANDS_FIELD.search(body)
            if field and _only_lands(field.group("who")):
                motion.submitters |= _submitters(field.group("who"))
        vote = _AGENDA_RX2.search(body)
        if vote:
            motion.result = _result(vote.group("how"))
        if motion.result == "unknown" and (decision := _DECISION_FIELD.search(body)):
            motion.result = _result(decision.group("how"))
    return list(out.values())


_ITEM_LINE = re.compile(
    # (a reply's lettered answers count as items too: "a) „Titel“ – angenommen")
    r"^[ \t]*(?:[•·▪\-–*]|\d{1,2}[.)]|[a-z]\))[ \t]*(?:"
    # "• Antrag Nordrhein-Westfalens: Titel", "• Antrag von Berlin und Brandenburg: Titel"
    r"(?:Thema|Titel|Beschluss|(?:Leit)?Antrag|Beschlussvorschlag)"
    r"(?P<owner>[ \t]+[^\n:]{2,80}?)?[ \t]*:[ \t]*(?P<topic>[^\n]{3,250}?)"
    r"|[„»\"](?P<quoted>[^“«\"\n]{3,200})[“«\"](?P<rest>[^\n]{0,200})"
    r"|(?P<plain>[^\n]{8,250}?))[ \t]*$",
    re.M,
)
# the attributes a motion's line carries: its submitters in brackets, its result after a dash
_ITEM_ATTRS = re.compile(
    r"\s*\((?:Antragsteller\w*|eingebracht\s+von)\b[^)]*\)"
    r"|\s+[–—-]\s*(?:einstimmig\s+|mehrheitlich\s+)?(?:angenommen|abgelehnt|beschlossen|verabschiedet|vertagt|zurückgezogen)\s*$"
    # "• Titel – Leitantrag des Vorsitzlandes", "• Titel – Antrag von Hessen"
    r"|\s+[–—-]\s*(?:Leitantrag|Antrag|Beschlussvorschlag)\s+(?:des|der|von|aus)\s[^\n]{2,80}$"
)
_LIST_INTRO = re.compile(
    r"Anträge|Beschlüsse|Tagesordnung|(?i:beschlossen|verabschiedet|angenommen)|Antragsteller"
)


_AGENDA_HEAD = re.compile(
    r"(?:Tagesordnung|Beschlüsse|Anträge|(?i:beschlossen|verabschiedet))[^\n]{0,80}:\s*$"
    r"|^[^\n.!?:]{0,80}Tagesordnung[^\n.!?:]{0,40}$"
)
# a heading line naming an agenda, without a colon ("Konferenz 2019 – Tagesordnung (Auszug)")
_AGENDA_HEADING = re.compile(r"^[^\n.!?:]{0,80}\bTagesordnung\b[^\n.!?:]{0,40}$")


_BRACKET_SUBMITTERS = re.compile(
    r"\s*\((?:Antrag|Antragsteller\w*|eingebracht\s+von|Anm\.\s*v\.)\s*:?\s*(?P<who>[^()]{2,80})\)\s*$"
)
_LANDS_FIELD = re.compile(
    r"^[ \t]*(?:Antrag|Anträge|Eingebracht\s+von|Einbringer\w*)[ \t]*:[ \t]*(?P<who>[^\n]+)$", re.M
)


_OWNER_LEAD = re.compile(r"^\s*(?:des|der|von|aus)\s+")


def _only_lands(who: str) -> bool:
    """The field names Länder and nothing else ("BE, HB", "Bayern und weitere Länder")."""
    rest = who
    for x in sorted(find_lands(who), key=lambda x: x.start, reverse=True):
        rest = rest[: x.start] + " " + rest[x.end :]
    rest = _LAND_CODE.sub(" ", rest)
    rest = re.sub(
        r"(?<![\w-])(?:und|sowie|weitere|andere|Länder|alle|dem|[,;/()])(?![\w-])|[,;/()]",
        " ",
        rest,
    )
    return rest.strip() == "" and rest != who


_NAMES_SESSION = re.compile(rf"(?:\d{{1,2}}\.\s*)?(?:{INTMK})(?![\w-])")


def _list_head(text: str, pos: int) -> str | None:
    """The line that introduces the list the item at ``pos`` belongs to: the nearest preceding
    line that is not itself an item (blank lines skipped), if it ends with a colon."""
    lines = text[max(0, pos - 3000) : pos].split("\n")
    for line in reversed(lines):
        if not line.strip():
            continue
        if re.match(r"[ \t]*(?:[•·▪\-–*]|\d{1,2}[.)]|[a-z]\))[ \t]", line):
            continue
        if line.rstrip().endswith(":") or _AGENDA_HEADING.search(line):
            return line
        return None
    return None


# the line that opens a list of the motions one Land brought: "Das Land Brandenburg hat
# folgende Anträge eingebracht:", "Hessen stellte die folgenden Anträge:" (not the motions of
# others it supported: "… folgende Anträge anderer Länder mitgetragen:")
_OWN_LIST_HEAD = re.compile(
    r"(?<![\w-])(?:folgende|die\s+folgenden|nachstehende|diese)\s+(?:\w+\s+)?Anträge"
    r"(?!\s+(?:anderer|weiterer|der\s+übrigen)\s)[^:\n]{0,60}?\s(?:eingebracht|gestellt|vorgelegt"
    r"|eingereicht|stellte|stellten|brachte\s+ein|brachten\s+ein)\b"
)
# the item's co-submitters in brackets after its title: "(gemeinsam mit Berlin und Thüringen)"
_JOINTLY_WITH = re.compile(r"\(\s*(?:gemeinsam|zusammen)\s+mit\s+(?P<who>[^)]{2,120})\)")


def _list_owner(head: str | None) -> set[str]:
    """The Land a list's opening line names as the one who brought its motions (one Land
    before the words naming the list), else none."""
    if head is None:
        return set()
    own = _OWN_LIST_HEAD.search(head)
    if own is None:
        return set()
    lands = {x.code for x in find_lands(head[: own.start()]) if x.code != "DE"}
    return lands if len(lands) == 1 else set()


def _listed(index: TextIndex) -> list[MotionMention]:
    """Items of a bulleted or numbered list of motions: ``• Thema: Titel`` after "haben
    beschlossen:", or ``1. „Titel“ (Antragsteller: TH, RP) – angenommen``."""
    text = index.text
    if not (
        any(w in text for w in ("Thema", "Titel", "„", "»", '"', "Tagesordnung", "Beschlüsse"))
        or "Anträge" in text
        or _BESCHLOSSEN_ANY_CASE.search(text)
    ):
        return []
    out = []
    for m in _ITEM_LINE.finditer(text):
        if index.is_clutter(m.start()):
            continue
        intro = text[max(0, m.start() - 400) : m.start()]
        rest = m.group("rest") or ""
        owner = m.group("owner")
        if owner is not None and not _only_lands(_OWNER_LEAD.sub("", owner)):
            continue  # "• Antrag zur Sache: …" names no Land before its colon: no title label
        owners = _submitters(owner) if owner is not None else set()
        if m.group("topic") is None and not (_LIST_INTRO.search(rest) or _LIST_INTRO.search(intro)):
            continue  # a quoted line in a list that is not about motions
        if m.group("topic") is not None and not _LIST_INTRO.search(intro):
            continue
        plain = m.group("plain")
        attrs = _ITEM_ATTRS.search(plain) if plain is not None else None
        if attrs is not None:
            # "• Titel (Antragsteller: BE, BB) – angenommen": a motion whatever the heading
            plain, rest = plain[: attrs.start()], plain[attrs.start() :]
        elif plain is not None:
            # a plain bullet counts only in a list the line before introduces as agenda or
            # decisions ("Auf der Tagesordnung stehen folgende Themen:")
            head = _list_head(text, m.start())
            if head is None or not _AGENDA_HEAD.search(head):
                continue
        title = _clean(m.group("topic") or m.group("quoted") or plain or "")
        bare = _BARE_LANDS.search(title) if plain is not None else None
        if bare and _only_lands(bare.group("who")):
            # "• Titel (HB, BE, TH) – abgelehnt", "• Titel (alle Länder) – angenommen"
            owners |= _submitters(bare.group("who"))
            title = title[: bare.start()].rstrip()
        if plain is not None and _ZU_INFINITIVE_END.search(title):
            # "– die Anerkennung zu beschleunigen,": the item as a title, its infinitive plain
            inf = infinitive_items(title.rstrip(" ,.;"))
            title = inf[0] if len(inf) == 1 else title
        if PROCEDURAL_ITEM.match(title) or _NAMES_SESSION.match(title):
            continue  # "Verschiedenes"; "15. IntMK (Umlaufverfahren 2020)": the session itself
        if ORDER_ITEM.match(title) and not rest.strip():
            continue  # "• Genehmigung der Tagesordnung" with no vote told
        if not title:
            continue
        result = _result(rest) if rest.strip() else "unknown"
        if result == "unknown" and not rest.strip():
            last_intro = intro.rstrip().rsplit("\n", 1)[-1] if m.group("topic") else ""
            lead = re.split(r"\n[ \t]*\n", intro)[-1]
            if re.search(
                # (a heading "Beschlüsse der …": what it lists was resolved)
                r"(?i:beschlossen|verabschiedet|angenommen|einigten|verständigten)|(?m:^[ \t]*Beschlüsse\b)",
                lead or last_intro,
            ):
                result = "adopted"
        mm = MotionMention(title=title, result=result)
        mm.submitters |= owners
        if m.group("quoted") is not None:
            mm.submitters |= _list_owner(_list_head(text, m.start()))
            joint = _JOINTLY_WITH.search(rest)
            if mm.submitters and joint:
                mm.submitters |= _submitters(joint.group("who"))
        applicant = re.search(r"Antragsteller(?:in|innen)?\s*:\s*(?P<who>[^)\n]+)", rest)
        if applicant:
            mm.submitters |= _submitters(applicant.group("who"))
        mm.evidence = Evidence(m.start(), m.end(), m.group().strip()[:600], EXTRACTOR)
        out.append(mm)
    return out


# a line of a list without a bullet that ends in its result after a leader ("Titel (gemeinsam
# mit HE) … angenommen", "Titel ..... abgelehnt", "Titel: vertagt")
_RESULT_LINE = Guarded(
    re.compile(
        r"^[ \t]*(?P<title>[A-ZÄÖÜ„»\"][^\n]{5,250}?)[ \t]*(?:…|\.{3,}|[–—]|:)[ \t]*"
        r"(?P<how>(?:einstimmig[ \t]+|mehrheitlich[ \t]+)?(?:angenommen|abgelehnt|beschlossen"
        r"|verabschiedet|vertagt|zurückgezogen))[ \t]*$",
        re.M,
    ),
    ("angenommen", "abgelehnt", "beschlossen", "verabschiedet", "vertagt", "zurückgezogen"),
)
# the line that heads such a list: it names motions or decisions (not a sentence)
_RESULT_LIST_HEAD = re.compile(
    r"^(?:[^\n.!?]|(?<=\d)\.){0,60}(?<![\w-])(?:Anträge|Beschlüsse|Ergebnisse)(?![\w-])"
    r"(?:[^\n.!?]|(?<=\d)\.){0,60}$"
)
# the speaker's own motions ("Unsere Anträge zur 20. IntMK"): the publishing Land's
_OUR_LIST = re.compile(r"^\s*(?:Unsere|Meine)\s+(?:\w+\s+)?Anträge(?![\w-])")
# Länder alone in brackets after a title ("(HB, BE, TH)", "(alle Länder)"): its submitters
_BARE_LANDS = re.compile(r"\s*\((?P<who>[^()\n]{2,80})\)\s*$")


def _result_lines(index: TextIndex, publisher_land: str | None) -> list[MotionMention]:
    """The lines of a list without bullets under a heading that names motions or decisions,
    each a title and its result after a leader ("Unsere Anträge zur 20. IntMK" / "Titel
    (gemeinsam mit HE) … angenommen" / "Titel … abgelehnt"); the speaker's own list is the
    publishing Land's motions."""
    text = index.text
    out: list[MotionMention] = []
    for m in _RESULT_LINE.finditer(text):
        if index.is_clutter(m.start()):
            continue
        block = re.split(r"\n[ \t]*\n", text[max(0, m.start() - 1500) : m.start()])[-1]
        head = next((ln for ln in block.split("\n") if ln.strip()), "")
        if not _RESULT_LIST_HEAD.match(head) or head.strip() == m.group().strip():
            continue
        title, lands = m.group("title").strip(), set()
        for _ in range(2):  # "(gemeinsam mit HE)", "(Antragsteller: BE)", "(HB, BE)"
            joint = _JOINTLY_WITH.search(title)
            field = _BRACKET_SUBMITTERS.search(title)
            bare = _BARE_LANDS.search(title)
            if joint and joint.end() >= len(title.rstrip()):
                lands |= _submitters(joint.group("who"))
                title = title[: joint.start()].rstrip()
            elif field:
                lands |= _submitters(field.group("who"))
                title = title[: field.start()].rstrip()
            elif bare and _only_lands(bare.group("who")):
                lands |= _submitters(bare.group("who"))
                title = title[: bare.start()].rstrip()
        title = _clean(title)
        if not title or PROCEDURAL_ITEM.match(title) or _NAMES_SESSION.match(title):
            continue
        mm = MotionMention(title=title, result=_result(m.group("how")))
        if _OUR_LIST.match(head) and publisher_land:
            lands.add(publisher_land)
        mm.submitters |= lands
        mm.evidence = Evidence(m.start(), m.end(), m.group().strip()[:600], EXTRACTOR)
        out.append(mm)
    return out


_ZU_INFINITIVE_END = re.compile(r"(?:\s+zu\s+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]+en)[\s,.;]*$")


_SUBMITTERS_RX1 = re.compile(r"\balle\s+(?:16\s+)?Länder\b", re.I)


def _submitters(who: str) -> set[str]:
    """``Alle Länder`` / ``BW, HE, NW`` / ``Baden-Württemberg, Hessen``."""
    if _SUBMITTERS_RX1.search(who):
        return {"ALL"}
    codes = {m.code for m in find_lands(who) if m.code != "DE"}
    codes |= {f"DE-{c}" for c in _LAND_CODE.findall(who)}
    return codes


def _headline_line(text: str, pos: int) -> bool:
    """Is ``pos`` on a headline: a short line without closing punctuation, more text after it?"""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    if b == -1:
        return False  # the text's last line: nothing it heads
    line = text[a:b].strip()
    return (
        0 < len(line) <= 160
        and not line.endswith((".", "!", "?", ":", ";"))
        and bool(text[b:].strip())
    )


def _stems(title: str) -> list[str]:
    folded = title.lower().translate(_UMLAUTS)
    return [w for w in re.findall(r"[a-zß]{5,}", folded) if w not in _TITLE_STOP]


_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


_TITLE_STOP = frozenset(
    {
        *("durch", "sowie", "unter", "gegen", "zwischen", "allen", "einen", "einer", "bundes"),
        # the field's own words, in nearly every title
        *("integration", "migration", "gefluchtete", "gefluchteten", "fluchtlinge", "lander"),
    }
)


def _same_subject(a: str, b: str) -> bool:
    """Do two titles name one subject in other words: a word of one inside a compound of the
    other ("Kostenübernahme" / "die Kosten … übernehmen"), or two compounds sharing most of the
    shorter one ("Antidiskriminierung" / "Diskriminierungsschutz")?"""
    from difflib import SequenceMatcher

    for x in _stems(a):
        for y in _stems(b):
            short, long_ = sorted((x, y), key=len)
            if len(short) >= 6 and short in long_:
                return True
            m = SequenceMatcher(None, x, y).find_longest_match(0, len(x), 0, len(y))
            # the shared part is the head (the end) of one compound: "Antirassismus" /
            # "Rassismusschutz", not a shared modifier ("Integrationskurse" / "-beiräte")
            if m.size >= 8 and (m.a + m.size == len(x) or m.b + m.size == len(y)):
                return True
    return False


# a headline tells a decision with a bare participle at its end ("Leitantrag zu Fachkräften
# verabschiedet", "Bezahlkarte gescheitert"): the decision, no word of the title
_HEADLINE_PARTICIPLE = re.compile(
    r"\s+(?:verabschiedet|beschlossen|angenommen|abgelehnt|gescheitert|gebilligt|vertagt"
    r"|beraten|gefordert|zurückgezogen|durchgefallen)$"
)
_LINE_WORD = re.compile(r"[\w-]+")
# the line under a news headline: its source and date ("epd-Landesdienst Niedersachsen,
# 24.04.2025", "Südkurier, 17. März 2017", "Stand: 07.11.2023")
_DATELINE = re.compile(
    r"[ \t]*(?:Stand:[^\n]{0,40}|(?:[^\n]{0,80}?[,|–—][ \t]*)?(?:\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?(?:19|20)\d\d"
    r"|\d{1,2}\.[ \t]+(?:" + "|".join(m.capitalize() for m in MONTHS) + r")[ \t]+(?:19|20)\d\d)"
    r"(?:,?[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*Uhr)?)?)[ \t]*$",
    re.M,
)
_KIND_BEFORE_TITLE = re.compile(r"^(?:Leitantrag|Resolution)\s+(?=[„»\"]?[A-ZÄÖÜ])")


def _cut_at_headline_end(motion: MotionMention, text: str) -> None:
    """A headline has no full stop, so its "sentence" runs on into the line under it (a
    dateline "epd-Landesdienst Niedersachsen, 24.04.2025"): the title read there ends with the
    headline's last word, without the participle that tells the decision."""
    ev = motion.evidence
    if ev is None or not _headline_line(text, ev.start):
        return
    line_end = text.find("\n", ev.start)
    if ev.end <= line_end or not _DATELINE.match(text, line_end + 1):
        return  # (a line a paragraph's wrapping broke is no headline)
    head = text[text.rfind("\n", 0, ev.start) + 1 : line_end]
    if re.search(r"[.!?]\s", head):
        return  # a sentence ended on the line: prose, not a headline
    line = set(_LINE_WORD.findall(head))
    words = motion.title.split()
    kept = 0
    while kept < len(words) and all(w in line for w in _LINE_WORD.findall(words[kept])):
        kept += 1
    if 0 < kept < len(words):
        title = _HEADLINE_PARTICIPLE.sub("", " ".join(words[:kept])).rstrip(" ,;:–-")
        if title and not _nounless(title):
            motion.title = title


def _headline_restated(motions: list[MotionMention], text: str) -> list[MotionMention]:
    """A headline tells in short what the text below it reports: a motion read from a headline
    and one read from the body on the same subject are one motion. The title as written (a
    quoted one) wins, else the headline's nominal phrase."""
    heads = [
        m
        for m in motions
        if m.agenda_item is None
        and m.evidence is not None
        and _headline_line(text, m.evidence.start)
    ]
    if not heads:
        return motions
    drop: set[int] = set()
    for h in heads:
        for b in motions:
            if b is h or id(b) in drop or b in heads or b.evidence is None:
                continue
            if not _same_subject(h.title, b.title):
                continue
            # (a quoted title with the kind the reading put before it: "Leitantrag „X“")
            bare = _KIND_BEFORE_TITLE.sub("", b.title).lstrip('„»"')
            quoted = re.search(rf"[„»\"]{re.escape(bare)}", b.evidence.sentence)
            keep, gone = (b, h) if quoted or b.agenda_item is not None else (h, b)
            keep.submitters |= gone.submitters
            keep.supporters |= gone.supporters
            if keep.result == "unknown" or (gone is b and b.result != "unknown"):
                keep.result = gone.result if gone.result != "unknown" else keep.result
            drop.add(id(gone))
            break
    return [m for m in motions if id(m) not in drop]


def _dedupe(motions: list[MotionMention]) -> list[MotionMention]:
    out: list[MotionMention] = []
    exact: dict[tuple[str, str | None], MotionMention] = {}
    for m in motions:
        words = content_words(m.title)
        twin = exact.get((m.title, m.agenda_item))
        # near twins are looked for among the last motions only: a document listing thousands
        # (a generated table) stays linear
        for o in out[-200:] if twin is None else ():
            ow = content_words(o.title)
            if (
                words
                and ow
                and len(words & ow) / min(len(words), len(ow)) >= 0.6
                and m.agenda_item == o.agenda_item
            ):
                twin = o
                break
        if twin is None:
            out.append(m)
            exact[(m.title, m.agenda_item)] = m
            continue
        twin.submitters |= m.submitters
        twin.supporters |= m.supporters
        if twin.result == "unknown":
            twin.result = m.result
    return out


# ---------------------------------------------------------------- decision frames in prose
# A frame is a trigger (a decision noun or verb), the constituents around it (a collective
# subject, the object or a coordinated list) and the cues that cancel it (an announcement, a
# preposition that makes the body a place rather than the subject).

_OBJECT_LEAD = re.compile(
    r"^\s*(?:\([^)]{0,80}\)\s*)?(?:[,:]\s*)?"
    r"(?:(?:nun|zudem|außerdem|auch|erneut|nachdrücklich|einstimmig|mehrheitlich|einmütig|einhellig|gemeinsam|daher|deshalb|darüber\s+hinaus"
    r"|hingegen|dagegen|jedoch|allerdings|immerhin|ebenfalls|weitgehend)\s*,?\s+)*"
    # the session they met at, before what they agreed ("Einig waren sich die Länder bei ihrer
    # achten Konferenz in Dresden, dass …")
    rf"(?:(?:bei|auf|während)\s+(?:der|dem|ihrer|ihrem)\s+(?:[\w.-]+\s+){{0,3}}?(?:Konferenz|Sitzung|Tagung|Treffen|{INTMK})"
    r"(?:\s+in\s+[A-ZÄÖÜ][\w-]+)?\s*(?=,\s*dass\s|darin|darauf|darüber)(?:,\s*)?)?"
    r"(?:(?:den|die|vom)\s+(?:Bundesregierung|Bundesgesetzgeber|Bund|[\w-]*[Mm]inister\w*konferenz|IMK|MPK)(?![\w-])\s*(?:(?:dazu|erneut|nachdrücklich|einmütig|einstimmig|einhellig|eindringlich"
    r"|ausdrücklich|mehrheitlich|gemeinsam)(?:\s+|(?=,)))*(?:auf\s*)?,?\s*)?"
    r"(?:(?:ihre|seine|die|eine)\s+(?:gemeinsame\s+|alte\s+)?Forderung(?:en)?\s+)?"
    r"(?:an\s+(?:den\s+Bund|die\s+Bundesregierung)\s*,?\s*)?"
    r"(?:(?:darauf|darin|darüber)\s*,?\s*)?(?:auf\s+)?(?:,\s*)?(?:dass\s+)?"
)
# what the body agreed on: the auf-phrase, not the session it met at
_AGREED_ON = re.compile(
    r"(?:^|\s)auf\s+(?!(?:der|dem|ihrer|ihrem)\s+(?:\w+\s+)?(?:Konferenz|Integrationsministerkonferenz"
    r"|IntMK|Sitzung|Tagung|Treffen)\b)"
)
# the object told as a clause after the verb: ", dass …" or an infinitive with zu
_CLAUSE_OBJECT = re.compile(r"\s*,\s*(?:dass\s+)?(?=[^.;!?]{8,})")
_CORRELATE = re.compile(
    r"[^,.;:!?]{0,100}?(?<![\w-])(?:darauf|dafür|darüber|dazu)\s*,\s*(?:dass\s+)?"
)
_CLAUSE_STOP = re.compile(
    r"\s*(?:[;:–]|,\s*(?:so|sagte|erklärte|betonte|um|damit|weil|da|wobei)\b|$)"
)
_PLURAL_NOUN = r"(?:Beschlüsse|Beschlüssen|Anträge|Anträgen|Resolutionen|Forderungen)"
_ANY_NOUN = (
    rf"(?:{_PLURAL_NOUN}|Beschlusses|Beschluss|Antrags|Antrag|Leitantrags|Leitantrag|Resolution)"
)
_CUE_INFINITIVES = re.compile(
    r"(?<![\w-])(?:Ziele?|Inhalte?|Kern|Gegenstand|Schwerpunkte?)\s+(?:der|des|dieser|dieses)\s+(?:weiteren\s+|übrigen\s+)?"
    + _ANY_NOUN
    + r"\s+(?:ist|sind|war|waren)\s+(?:es\s+)?(?:unter\s+anderem|u\.\s?a\.|insbesondere|vor\s+allem)?\s*(?:auch\s+)?[,:]?\s*"
    r"|(?<![\w-])"
    + _ANY_NOUN
    # "Ein Beschluss der Konferenz sieht vor, dass …" (a genitive attribute between)
    + r"(?:\s+(?:der|des)\s+[\w-]+){0,2}"
    + r"\s+(?:sieht|sehen|sah|sahen)\s+(?:\w+\s+){0,3}?vor\s*[,:]\s*"
)
_CUE_TOPICS = re.compile(
    rf"(?<![\w-]){_PLURAL_NOUN}\s+(?:\w+\s+){{0,3}}?(?:zu|über|für)\s+(?:den|die)\s+"
    r"(?:Themen(?:feldern|bereichen)?|Bereichen|Fragen|Handlungsfeldern)\s*:?\s*(?P<items>[^.;!?]{3,500})"
)


_ZU_LIST = re.compile(
    rf"(?<![\w-])(?P<noun>{_PLURAL_NOUN})(?![\w-])\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?P<items>zu[rm]\s+[^.;:!?]{3,200}?(?:,\s*|\s+(?:und|sowie)\s+)zu[rm]\s+[^.;:!?]{3,400})"
)
_ZU_SPLIT = re.compile(r"\s*,\s*(?:und\s+|sowie\s+)?(?=zu[rm]\s)|\s+(?:und|sowie)\s+(?=zu[rm]\s)")


# an aggregate, then the members it names: "fassten zwölf Beschlüsse, darunter einen zur digitalen
# Ausstattung der Kurse (und einen zu …)"; the aggregate itself is no row
_AMONG_HEAD = re.compile(
    r"^\s*(?:einen|eine|einer|eines|ein|den|die|das)\s+(?:(?:Antrag|Beschluss|Resolution)\s+)?(?:zu[rm]?|für|über|gegen)\s+"
)
_AMONG = re.compile(
    rf"(?<![\w-])(?P<noun>{_PLURAL_NOUN})(?![\w-])[^.;!?]{{0,120}}?,?\s+darunter\s+"
    # ("darunter einer zur …": the pronoun in the nominative of a passive)
    r"(?P<items>(?:einen|eine|einer|eines|ein|den|die|das)\s+(?:(?:Antrag|Beschluss|Resolution)\s+)?(?:zu[rm]?|für|über|gegen)\s+[^.;:!?]{5,300})"
)
_AMONG_SPLIT = re.compile(
    r"\s*,\s*(?:und\s+|sowie\s+)?(?=(?:einen|eine|ein|den|die|das)\s+(?:(?:Antrag|Beschluss|Resolution)\s+)?(?:zu[rm]?|für|über|gegen)\s)"
    r"|\s+(?:und|sowie)\s+(?=(?:einen|eine|ein|den|die|das)\s+(?:(?:Antrag|Beschluss|Resolution)\s+)?(?:zu[rm]?|für|über|gegen)\s)"
)


# decisions enumerated one sentence each after an aggregate ("Wir haben 24 Beschlüsse gefasst.
# Ich nenne nur drei: Erstens fordern wir X. Zweitens wollen wir Y. Drittens soll Z …")
_ENUMERATED = re.compile(
    r"(?:^\s*|[:;]\s*)(?:Erstens|Zweitens|Drittens|Viertens|Fünftens|Sechstens)\s*[,:]?\s+"
)
_INSERTION = re.compile(r"(?:^|\s+)[–—-]\s+(?P<x>[^–—]{3,160}?)\s+[–—-]\s+")
_VERB_FIRST = re.compile(
    r"^(?:[a-zäöüß]+\s+(?:wir|sie|die\s+Länder|die\s+Konferenz)\s+(?:(?:uns|sich|auch|zudem|gemeinsam)\s+)*"
    r"(?:(?:für|dafür)\s+)?|(?:soll|sollen|wird|werden|sollte|sollten)\s+)"
)


def _enumerated(body: str, aggregate: str) -> MotionMention | None:
    """One decision of an enumeration: the clause without the verb and subject that open it,
    the submitters an inserted remark names ("– es war übrigens ein Antrag Berlins und Hessens –")."""
    lands: set[str] = set()
    ins = _INSERTION.search(body)
    if ins:
        if re.search(r"Antrag|Initiative|Vorschlag", ins.group("x")):
            lands = {x.code for x in find_lands(ins.group("x")) if x.code != "DE"}
        body = body[: ins.start()] + " " + body[ins.end() :]
    body = _VERB_FIRST.sub("", body.strip()).rstrip(" .!?")
    body = re.sub(r"\s+(?:werden|wird|sollen|soll)$", "", body)
    title = _ARTICLE_START.sub("", nominalise(_clean(body)))
    if len(re.findall(r"\w{3,}", title)) < 2:
        return None
    result = "adopted" if aggregate.startswith("Beschl") else "unknown"
    mm = MotionMention(title=title, result=result)
    mm.submitters |= lands
    return mm


# a motion noun without a title, its clause ending in a colon, and a pronoun after the colon
# that tells its content ("Der Antrag, den Bremen gestellt hatte, scheiterte: Er zielte auf X",
# "…: Er sah vor, dass X", "…: Sie forderte X")
_POINTED_CONTENT = re.compile(
    r"(?<![\w-])(?:Leitantrag|Antrag|Beschlussvorschlag|Vorschlag|Vorstoß|Initiative)(?![\w-])[^:;.!?]{0,200}?"
    r"(?P<colon>:)\s*(?:Er|Sie|Es|Dieser|Diese)\s+"
    r"(?:(?:zielte|zielt)\s+(?:darauf\s+ab\s*,\s*(?:dass\s+)?|auf\s+)(?P<t1>[^.;!?]{5,250})"
    r"|(?:sah|sieht)\s+vor\s*,\s*(?:dass\s+)?(?P<t2>[^.;!?]{5,250})"
    r"|(?:forderte|fordert|verlangte|verlangt)\s+(?P<t3>[^.;!?]{5,250}))"
)
# a plural motion noun and the quoted titles coordinated after it, each maybe with its
# submitters in brackets
_QUOTED_MEMBERS = re.compile(
    r"(?<![\w-])(?P<noun>Anträge|Leitanträge|Beschlüsse|Resolutionen|Beschlussvorschläge)(?![\w-])[^„»\".;:!?]{0,40}?\s*"
    r"(?P<items>[„»\"][^“«\"\n]{3,200}[“«\"](?:\s*\([^()\n]{2,80}\))?"
    r"(?:\s*(?:,|und|sowie|,\s*und)\s*[„»\"][^“«\"\n]{3,200}[“«\"](?:\s*\([^()\n]{2,80}\))?)+)"
)
_QUOTED_MEMBER = re.compile(r"[„»\"](?P<t>[^“«\"\n]{3,200})[“«\"](?:\s*\((?P<b>[^()\n]{2,80})\))?")


def _quoted_members(sent: str) -> list[MotionMention]:
    """The motions a plural motion noun names by their quoted titles ("die Anträge „A“ und
    „B“"), with the submitters a bracket after a title names ("(Antragsteller: HH, BE)")."""
    m = _QUOTED_MEMBERS.search(sent)
    if m is None:
        return []
    result = _result(_main_clauses(sent))
    if result == "unknown" and m.group("noun").startswith("Beschl") and not _NOT_YET.search(sent):
        result = "adopted"
    out = []
    for q in _QUOTED_MEMBER.finditer(m.group("items")):
        mm = MotionMention(title=q.group("t").strip(), result=result)
        bracket = q.group("b") or ""
        if re.match(r"\s*(?:Antragsteller\w*|eingebracht\s+von|Antrag|Einbringer\w*)\b", bracket):
            mm.submitters |= _submitters(re.sub(r"^[^:]*:\s*", "", bracket))
        out.append(mm)
    return out


# ordinal adverbs inside one sentence ("Sie wollen erstens A tun, zweitens B und drittens C"):
# the members of an aggregate of decisions named before them
_ORDINAL_WORD = re.compile(
    r"(?<![\w-])(?:[Ee]rstens|[Zz]weitens|[Dd]rittens|[Vv]iertens|[Ff]ünftens|[Ss]echstens|[Ss]iebtens)(?![\w-])\s*,?\s*"
)


# an association, council or alliance as the actor ("Der Flüchtlingsrat", "der Paritätische
# Wohlfahrtsverband", "ein Bündnis aus Kirchen und Gewerkschaften")
_OTHER_ACTOR = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][\w-]*?(?:verband|verbände|verbands|rat|rates|bündnis|organisation|organisationen"
    r"|verein|netzwerk|stiftung|gewerkschaft|gewerkschaften|kammer|initiative|tag)"
    r"|Verband|Verbände|Rat|Bündnis|Caritas|Diakonie|Paritätische\w*|DGB|Pro\s+Asyl|Amnesty|Kirchen?)(?![\w-])"
)


def _body_subject(where: str, loose: bool = False) -> bool:
    """Does the body act in ``where`` (a collective not governed by a preposition: "an die
    Länder" is whom the demands address), with no association or council named before it?
    ``loose``: without a collective, any speaker but an association ("Wir haben 24 Beschlüsse
    gefasst" at the conference's press briefing)."""
    for c in COLLECTIVE_RX.finditer(where):
        if PREPOSITION_BEFORE.search(where[max(0, c.start() - 40) : c.start()]):
            continue
        return not _OTHER_ACTOR.search(where, 0, c.start())
    return loose and not _OTHER_ACTOR.search(where)


# "haben … unter anderem beschlossen, A zu tun, B zu tun und C zu tun": "unter anderem" marks
# the infinitives as members of the set of decisions taken, one row each (without it, one
# decision with several parts stays one, GOLD)
_AMONG_DECIDED = re.compile(
    r"(?<![\w-])(?:hat|haben|hatte|hatten)(?:\s+(?P<mid>[^.;:!?]{3,200}?))?\s+unter\s+anderem\s+"
    r"(?P<verb>beschlossen|vereinbart|gefordert)\s*,\s*(?P<clause>[^.;:!?]{8,500})"
    r"|(?<![\w-])(?:beschlossen|beschloss|vereinbarten|forderten)\s+(?P<mid2>(?:die|alle)\s+[^.;:!?,]{3,120}?)?"
    r"\s*unter\s+anderem\s*,\s*(?P<clause2>[^.;:!?]{8,500})"
)


def _among_decided(sent: str, offset: int, in_quote: _QuoteLookup) -> list[MotionMention]:
    m = _AMONG_DECIDED.search(sent)
    if m is None or in_quote(offset + m.start()):
        return []
    mid = m.group("mid") if m.group("mid") is not None else (m.group("mid2") or "")
    if not COLLECTIVE_RX.search(mid) and not COLLECTIVE_RX.search(sent[: m.start()]):
        return []  # whose decisions: the body's
    clause = (m.group("clause") or m.group("clause2")).rstrip(" .!?")
    stop = _CLAUSE_STOP.search(clause)
    items = infinitive_items(clause[: stop.start()] if stop else clause, nominal=True)
    if len(items) < 2:
        return []
    out = []
    for item in items:
        title = _clean(ASKED_FEDERATION.sub("", item))
        if len(re.findall(r"\w{3,}", title)) >= 2 and not _nounless(title):
            mm = MotionMention(title=title, result="adopted")
            mm.evidence = Evidence(
                offset + m.start(), offset + m.end(), sent.strip()[:600], EXTRACTOR
            )
            out.append(mm)
    return out if len(out) >= 2 else []


def _ordinal_items(sent: str, previous: str) -> list[MotionMention]:
    """The decisions an enumeration by ordinal adverbs lists after an aggregate of decisions
    ("hat drei Beschlüsse gefasst: erstens …, zweitens …"), in this sentence or the one before;
    one row each (the aggregate is none). Demands of a body only: an aggregate of "Forderungen"
    counts where the body is named."""
    marks = list(_ORDINAL_WORD.finditer(sent))
    if len(marks) < 2:
        return []
    agg = _AGGREGATE.search(sent, 0, marks[0].start())
    where = sent[: marks[0].start()]
    if agg is None:
        agg, where = _AGGREGATE.search(previous), previous
    if agg is None or not _body_subject(where):
        return []  # no decisions, or the demands of someone else ("Die Verbände stellten …")
    result = "adopted" if agg.group().startswith("Beschl") else _result(sent)
    out = []
    for k, mark in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(sent)
        item = re.sub(r"\s*,?\s*(?:und|sowie)?\s*$", "", sent[mark.end() : end].strip(" .!?"))
        item = ASKED_FEDERATION.sub("", item)
        inf = infinitive_items(item, nominal=True)
        title = _clean(inf[0] if len(inf) == 1 else item)
        title = _ARTICLE_START.sub("", title)
        if len(re.findall(r"\w{3,}", title)) >= 2 and not _nounless(title):
            out.append(MotionMention(title=title, result=result))
    return out if len(out) >= 2 else []


# what decisions just told lay down: "Demnach soll der Bund …", "So sollen künftig die Kommunen …"
_SO_SHALL = re.compile(r"^\s*(?:So|Demnach|Danach|Damit)\s+(?:soll|sollen)\s+")
_DECIDED = re.compile(
    r"(?<![\w-])(?:Beschlüsse|Beschluss|Anträge|Resolution(?:en)?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:gefasst|beschlossen|verabschiedet|angenommen)(?![\w-])"
    r"|(?<![\w-])(?:fasste|fassten|beschloss|beschlossen|verabschiedete|verabschiedeten)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:Beschlüsse|Beschluss|Anträge|Resolution(?:en)?)(?![\w-])"
)


# a sentence that lists the members of an aggregate named just before ("Darunter: …",
# "Dazu gehören …")
_AMONG_NEXT = re.compile(
    r"^\s*(?:Darunter(?:\s+sind|\s+waren)?|Dazu\s+gehör(?:en|ten)|Unter\s+anderem)\s*:?\s*"
)
_AGGREGATE = re.compile(rf"(?<![\w-]){_PLURAL_NOUN}(?![\w-])")
_MEMBER_SPLIT = re.compile(
    r"\s*,?\s+(?:sowie|und)\s+(?=(?:eine[nmrs]?|ein|die|der|das|den)\s+[A-ZÄÖÜ])|\s*;\s*"
)
# a demand noun that heads its content: "eine Aufforderung an den Bund, X zu tun", "die Bitte, …"
_DEMAND_NOUN_HEAD = re.compile(
    r"^(?:(?:eine[nmrs]?|ein|die|der|das|den)\s+)?(?:Aufforderung|Bitte|Forderung|Appell|Empfehlung|Erwartung)"
    r"(?:\s+(?:an|gegenüber)\s+(?:den|die|das|dem)\s+[\w-]+)?\s*,\s*"
)


def _finite_clauses(clause: str) -> list[str]:
    """``der Bund die Kurse finanziert und Ehrenamtliche unterstützt werden`` → two clauses
    (split at ``und``/``sowie`` after a clause-final verb: a lower-case word, as German nouns
    are capitalised)."""
    parts = re.split(
        r"(?<=[a-zäöüß]{4})\s+(?:und|sowie)\s+(?=[^,]*?\s[a-zäöüß]{4,}\s*$|[^,]*?\s[a-zäöüß]{4,}\s+(?:werden|wird|soll|sollen)\s*$)",
        clause,
    )
    out = []
    for part in parts:
        words = part.split()
        if out and words and words[-1][0].isupper():
            out[-1] += " und " + part
        else:
            out.append(part)
    return out


def _perfect_object(mid: str) -> str:
    """The object in the middle field of a perfect-tense clause: the first noun phrase not
    governed by a preposition ("zum Abschluss ihrer Konferenz in Hamburg eine Kostenübernahme
    … verlangt" → "eine Kostenübernahme …")."""
    for m in re.finditer(r"(?<![\w-])(?:eine[nmrs]?|ein|die|den|das|der|mehr|keine[nmr]?)\s+", mid):
        before = mid[: m.start()].split()
        if before and before[-1].lower() in _PREPOSITIONS:
            continue
        if (
            before
            and before[-1][:1].isupper()
            and len(before) >= 2
            and before[-2].lower() in _PREPOSITIONS
        ):
            pass  # "in Hamburg eine …": the preposition governs the name, not this phrase
        return mid[m.start() :]
    return ""


_PREPOSITIONS = {
    "zum",
    "zur",
    "zu",
    "im",
    "am",
    "in",
    "an",
    "auf",
    "bei",
    "beim",
    "mit",
    "nach",
    "von",
    "vom",
    "aus",
    "unter",
    "über",
    "für",
    "gegen",
    "seit",
    "während",
    "vor",
    "durch",
    "ihrer",
    "seiner",
    "ihres",
    "seines",
    "um",
    "ohne",
    "hinter",
    "neben",
    "zwischen",
    "wegen",
    "trotz",
}


# the first constituent of a clause as a noun phrase (so the subject, before a verb in second
# place): an article and a noun, or an office and a name
_FIRST_SUBJECT = re.compile(
    r"(?:^|[.;:!?]\s*|,\s*(?:und|aber)\s+)\s*(?:(?:Der|Die|Das|Ein|Eine)\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*"
    r"|(?:Minister|Ministerin|Senator|Senatorin|Staatssekretär|Staatssekretärin)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s*$"
)


_PARTICLE_AFTER = re.compile(r"\s+auf\s*,")
_SINGULAR_BODY = re.compile(r"(?i:konferenz|intmk|runde)")


def _addressed_body(verb: str, body: re.Match[str], sent: str) -> bool:
    """Is the body after a verb its object rather than its subject?"""
    if _PARTICLE_AFTER.match(sent, body.end()):
        return True
    # ("Einig waren sich die Länder": the finite verb is any lower-case word of the cue; the
    # plural of a verb in -ern or -eln ends in -n: "Zudem fordern die Länder …")
    plural = any(w.endswith(("en", "ern", "eln")) for w in verb.split() if w.islower())
    return not plural and not _SINGULAR_BODY.search(body.group())


def _subject_of(sent: str, pos: int, end: int) -> re.Match[str] | None:
    """A collective body (the IntMK, the Länder, the ministers) as the subject of a verb at
    ``pos``: before it in the same clause (not inside a prepositional phrase), or right after
    it (verb-second order: "So mahnte die Konferenz … an")."""
    art = re.match(
        r"\s*(?:(?:nun|zudem|außerdem|auch|erneut|darin|daher)\s+)*(?:die|der|alle)\s+", sent[end:]
    )
    after = COLLECTIVE_RX.match(sent, end + art.end()) if art else None
    if after is not None and _addressed_body(sent[pos:end], after, sent):
        # "Pro Asyl forderte die Länder auf, …", "Der Verband bat die Minister, …": a singular
        # verb does not agree with a plural body, and "fordern … auf" takes its addressee right
        # before the particle: the body is the object, someone else speaks
        after = None
    if after is not None:
        # verb second after another subject ("Der Flüchtlingsrat forderte die Konferenz auf, …"):
        # the body after the verb is its object
        other = _FIRST_SUBJECT.search(sent, max(0, pos - 120), pos)
        if other is None or COLLECTIVE_RX.search(other.group()):
            return after
    start = max(0, pos - 200)
    clause = sent[start:pos]
    cut = max(clause.rfind(c) for c in ".;!?")
    if cut >= 0:
        start, clause = start + cut + 1, clause[cut + 1 :]
    best = None
    for m in COLLECTIVE_RX.finditer(clause):
        if PREPOSITION_BEFORE.search(clause[: m.start()]) or _PP_GENITIVE_BEFORE.search(
            clause, max(0, m.start() - 60), m.start()
        ):
            continue
        best = m
    return best


# the body as the genitive attribute of a prepositional phrase's noun ("Am Rande der
# Konferenz forderte Ministerin X …", "Zum Abschluss der Konferenz"): a place or time, not the
# subject
_PP_GENITIVE_BEFORE = re.compile(
    r"(?<![\w-])(?i:am|im|zum|beim|vom|nach|vor|bei|während|zur|seit)\s+(?:[a-zäöüß][\w-]*\s+)?"
    r"[A-ZÄÖÜ][\w-]*\s+(?:der|des)\s+(?:\d{1,2}\.\s*)?$"
)


def _frames(
    sent: str,
    offset: int,
    in_quote: _QuoteLookup,
    publisher_land: str | None,
    following: str = "",
    previous: str = "",
    body_before: bool = False,
) -> list[MotionMention]:
    """Motions stated in one sentence's prose (``following``: the text after it, where a
    quoted title that the sentence splitter cut at its "!" goes on; ``body_before``: the
    sentences before spoke of the body, so that a plural ``sie`` is the body)."""
    found: list[MotionMention] = []

    def add(title: str, start: int, end: int, result: str, words: int = 2) -> None:
        title = _clean(title).rstrip(".!? ")
        if len(re.findall(r"\w{3,}", title)) < words or not re.search(r"\w{5,}", title):
            return
        mm = MotionMention(title=title, result=result)
        _roles(sent, start, mm, publisher_land)
        _by_request(sent, mm)
        mm.evidence = Evidence(offset + start, offset + end, sent.strip()[:600], EXTRACTOR)
        found.append(mm)

    # several decisions listed after a plural decision noun: one row each
    for cue in _CUE_INFINITIVES.finditer(sent):
        if in_quote(offset + cue.start()):
            continue
        rest = sent[cue.end() :]
        stop = _CLAUSE_STOP.search(rest)
        items = infinitive_items(rest[: stop.start()] if stop else rest, nominal=True)
        if not items and re.match(r"dass\s", rest):
            body = rest[5:].rstrip(" .!?")
            stop = _CLAUSE_STOP.search(body)
            items = [
                nominalise(_clean(c))
                for c in _finite_clauses(body[: stop.start()] if stop else body)
            ]
        for item in items:
            add(item, cue.start(), cue.end(), "adopted")
    for cue in _CUE_TOPICS.finditer(sent):
        if in_quote(offset + cue.start()):
            continue
        result = "adopted" if cue.group().startswith("Beschl") else _result(sent)
        for item in coordinated_items(cue.group("items")):
            add(item, cue.start(), cue.end(), result, words=1)
    for cue in _AMONG.finditer(sent):
        if in_quote(offset + cue.start()):
            continue
        result = "adopted" if cue.group("noun").startswith("Beschl") else _result(sent)
        for item in _AMONG_SPLIT.split(cue.group("items")):
            add(_AMONG_HEAD.sub("", item), cue.start(), cue.end(), result)
    among = _AMONG_NEXT.match(sent)
    if among and _AGGREGATE.search(previous) and not in_quote(offset + among.start()):
        # "zwölf Beschlüsse wurden gefasst. Darunter: eine Aufforderung an den Bund, A zu tun,
        # sowie die Bitte, B zu tun": the members of the aggregate the sentence before named
        agg = _AGGREGATE.search(previous)
        result = "adopted" if agg and agg.group().startswith("Beschl") else _result(previous)
        body = sent[among.end() :].rstrip(" .!?")
        for item in _MEMBER_SPLIT.split(body):
            item = _DEMAND_NOUN_HEAD.sub("", _AMONG_HEAD.sub("", item.strip(" ,")))
            inf = infinitive_items(item, nominal=True)
            add(inf[0] if len(inf) == 1 else item, among.start(), among.end(), result)
        if found:
            return found
    for cue in _ZU_LIST.finditer(sent):
        # "Beschlossen wurden unter anderem Anträge zur A, zur B und zur C": one row per item of
        # the list the repeated preposition marks
        if in_quote(offset + cue.start()):
            continue
        items = [i for i in _ZU_SPLIT.split(cue.group("items")) if i.strip()]
        if len(items) < 2:
            continue
        result = "adopted" if cue.group("noun").startswith("Beschl") else _result(sent)
        for item in items:
            item = re.sub(r"^\s*(?:zu[rm]?|und|sowie)\s+", "", item)
            add(item.strip(" ,"), cue.start(), cue.end(), result, words=1)
    if found:
        return found
    # impersonal passive, the auxiliary first: "Zudem wurde beschlossen, die Zusammenarbeit mit
    # den Kommunen zu verstärken"
    for m in _PASSIVE_THAT.finditer(sent):
        if in_quote(offset + m.start()):
            continue
        if not (body_before or COLLECTIVE_RX.search(sent) or COLLECTIVE_RX.search(previous)):
            continue  # whose decision: the body the report speaks of
        title = nominalise(_clean(m.group("clause")))
        if ":" not in title:
            title = " und ".join(infinitive_items(title, nominal=True)) or title
        add(title, m.start(), m.end(), "adopted")
        if found:
            return found
    # passive, verb first: "Einstimmig beschlossen wurde dagegen auf Antrag Bremens eine
    # Resolution gegen Hetze im Internet"
    for m in _PASSIVE.finditer(sent):
        if in_quote(offset + m.start()):
            continue
        obj = _PASSIVE_LEAD.sub("", m.group("rest"))
        inf = re.match(
            r"\s*(?:(?:dagegen|zudem|außerdem|auch|ebenfalls|schließlich|daneben|ferner)\s*)?,\s*(?P<clause>[^,;:]{5,250}?(?:\s+zu\s+[a-zäöüß]\w*|[a-zäöüß]+zu[a-zäöüß]+en))\s*$",
            m.group("rest"),
        )
        if inf:
            # "Beschlossen wurde außerdem, eine Arbeitsgruppe einzurichten"
            title = nominalise(_clean(inf.group("clause")))
            if ":" not in title:
                title = " und ".join(infinitive_items(title, nominal=True)) or title
            verb = m.group("verb").lower()
            add(title, m.start(), m.end(), "rejected" if verb == "abgelehnt" else "adopted")
            if found:
                return found
        obj = _ARTICLE_START.sub("", obj)
        stop = _CLAUSE_STOP.search(obj)
        obj = obj[: stop.start()] if stop else obj
        # a noun phrase: its noun capitalised, after attributive adjectives ("gemeinsame Bitte")
        if len(obj) >= 8 and re.match(r"(?:[a-zäöüß]+e[nrs]?\s+){0,2}[A-ZÄÖÜ„»\"]", obj):
            verb = m.group("verb")
            add(obj, m.start(), m.end(), "rejected" if verb == "abgelehnt" else "adopted")
            if found:
                _brought_by(sent, found[-1])
                return found
    # "Ein entsprechender Antrag … scheiterte": the title is the demand the sentence before names
    anaphor = _ANAPHOR.search(sent)
    if anaphor and (previous or anaphor.start() > 0):
        # the antecedent: a demand named the sentence before, or what the body did or did not
        # agree on just before the anaphor ("Auf ein X konnten sich die Länder nicht verständigen;
        # Bayern lehnte einen entsprechenden Antrag ab")
        ref = (
            _AGREED_TOPIC.search(sent, 0, anaphor.start())
            or _DEMAND_NOUN_OBJECT.search(previous)
            or _AGREED_TOPIC.search(previous)
            or _DECIDED_INFINITIVE.search(previous)
        )
        if ref:
            title = re.sub(r"(?:\s+[a-zäöüß]+)+$", "", ref.group("x")).strip()
            if len(title) >= 5:
                add(title, anaphor.start("noun"), anaphor.end(), _result(sent), words=1)
                if found:
                    _brought_by(sent, found[-1])
                    return found
    # a motion named with its title in quotation marks elsewhere in the sentence
    # ("„X“ ist die Überschrift des Leitantrags von Y", "In einem Leitantrag … spiegelt sich das
    # Motto 'X' wider")
    noun = _TITLED_NOUN.search(sent)
    if noun and not in_quote(offset + noun.start()):
        for q in _SHORT_QUOTE.finditer(sent + following):
            if q.start() >= len(sent.rstrip()):
                break  # a quotation of the next sentence is not this sentence's title
            if abs(q.start() - noun.start()) > 200 or q.start() <= noun.start() <= q.end():
                continue
            title = q.group("t").strip()
            if noun.group().startswith("Leit") and not title.lower().startswith("leitantrag"):
                title = f"Leitantrag {title}"
            mm = MotionMention(title=title, result=_result(sent))
            _roles(sent, noun.start(), mm, publisher_land)
            _owner(sent, noun.end(), mm)
            mm.evidence = Evidence(
                offset + q.start(), offset + q.end(), sent.strip()[:600], EXTRACTOR
            )
            return [mm]
    # one decision of the body: a collective subject and a decision verb with its object
    perfects = list(DECISION_PERFECT.finditer(sent))
    # a perfect whose object a colon follows ("haben ein gemeinsames Vorgehen bei X vereinbart:
    # Sie sagen … zu und verlangen …"): the clause after the colon tells the decision's parts
    # (GOLD: one decision with several parts is one row), its verbs no decision of their own
    told_before_colon = [
        p.end()
        for p in perfects
        if re.match(r"\s*:\s*\S", sent[p.end() :]) and len(_perfect_object(p.group("mid"))) >= 8
    ]
    for m in list(DECISION_VERB.finditer(sent)) + perfects:
        if in_quote(offset + m.start()):
            continue
        if "mid" not in m.groupdict() and any(e <= m.start() for e in told_before_colon):
            continue
        inner = m.group("mid") if "mid" in m.groupdict() else m.group()
        # (not the collective a preposition governs: "hatte vor der Konferenz gefordert")
        subject = next(
            (
                c
                for c in COLLECTIVE_RX.finditer(inner)
                if not PREPOSITION_BEFORE.search(inner[: c.start()])
            ),
            None,
        ) or _subject_of(sent, m.start(), m.end())
        body_in_mid = COLLECTIVE_RX.search(inner) if "mid" in m.groupdict() else None
        if (
            body_in_mid is not None
            and m.group("verb") in ("aufgefordert", "gebeten")
            and _OTHER_NOMINATIVE.search(inner, 0, body_in_mid.start())
        ):
            # "hat der Flüchtlingsrat die Länder aufgefordert, …": the body is asked, not asking
            continue
        pronoun = re.match(r"\s+sie(?=[\s,])", sent[m.end() :])  # "Den Bund baten sie, …"
        if pronoun is None and body_before and _plural(sent, m):
            pronoun = _SIE_FIRST.match(sent, 0, m.start())  # "Sie baten den Bund, …"
        if subject is None and pronoun and (body_before or COLLECTIVE_RX.search(previous)):
            subject = pronoun  # "… verabschiedeten sie": the body the sentence before named
        moving = m.group("verb").startswith("beantrag")
        named: set[str] = set()
        if subject is None and moving:
            # Länder by name bring a motion in ("Hessen und Sachsen haben zusammen beantragt, …")
            named = _subject_lands(sent[: m.start()])
            if named:
                subject = m
        if subject is None:
            continue
        back = _BACK_CORRELATE.match(sent, 0, m.start())
        if back and re.fullmatch(r"[\s.!?]*", sent[m.end() :]):
            # "Die Einbürgerung soll attraktiver werden, auch darin sind sich die Minister
            # einig": the clause before the correlate is what they agreed
            add(nominalise(_clean(back.group("obj"))), m.start(), m.end(), "adopted")
            break
        lead = sent[max(0, m.start() - 160) : m.start()]
        if (
            ANNOUNCEMENT.search(lead.rsplit(".", 1)[-1])
            and "mid" not in m.groupdict()
            and not moving  # "wollen … beantragen": bringing a motion in is the motion (unknown)
        ):
            continue
        rest = sent[m.end() :]
        if re.fullmatch(r"\s*:\s*", rest):
            continue  # "haben beschlossen:" leads a list of items (read as agenda lines)
        if REPORTED_BY.match(rest):
            continue  # "Darin waren sich alle einig, berichtete X": the object came before
        if "mid" in m.groupdict() and not re.match(r"\s*,", rest):
            mid = m.group("mid")
            # verb-second: the body opens the middle field ("Einstimmig haben die
            # Integrationsminister der Länder in Magdeburg ein Positionspapier … beschlossen")
            in_mid = _MID_SUBJECT.match(mid)
            if in_mid:
                mid = mid[in_mid.end() :]
            if m.group("verb") in ("geeinigt", "verständigt"):
                on = [a for a in _AGREED_ON.finditer(mid)]  # "sich … auf X geeinigt"
                obj = mid[on[-1].end() :] if on else ""
            else:
                obj = _perfect_object(mid)
            if len(obj) >= 8 and (in_mid or _PERFECT_SUBJECT.search(sent[: m.start("mid")])):
                add(nominalise(_clean(obj)), m.start(), m.end(), _perfect_result(m.group("verb")))
                break
        if re.match(r"\s+über\b", rest) or re.search(
            r"\bberät\s+und\s*$|\bberaten\s+und\s*$", sent[: m.start()]
        ):
            continue  # "die IntMK berät und beschließt über …": the body's remit, not a decision
        if "mid" not in m.groupdict():
            # verb-second: skip the subject that follows the verb
            after = re.match(
                r"\s*(?:(?:nun|zudem|außerdem|auch|erneut|darin|daher)\s+)*(?:die|der|alle)?\s*",
                rest,
            )
            sub = COLLECTIVE_RX.match(rest, after.end() if after else 0) or re.match(
                r"\s*sie(?=[\s,])", rest
            )
            if sub:
                rest = rest[sub.end() :]
                # "die Integrationsminister der Länder": the genitive is the subject's
                rest = re.sub(r"^\s+der\s+(?:16\s+)?Länder(?![\w-])", "", rest)
                if REPORTED_BY.match(rest):
                    continue  # "Einig waren sich alle, berichtete X": the object came before
        counted = _COUNTED_BEFORE_COLON.match(rest)
        if counted and _AGGREGATE_ONLY.fullmatch(counted.group("agg").strip()):
            # "Einig waren sich die Länder nur in einem Punkt: X": what they agreed follows
            rest = rest[counted.end() :]
        colon = _COLON_SUBJECT.match(rest)
        if colon:
            rest = rest[colon.end() :]  # "einig: Die Länder sagen … zu": what they agreed
        corr = _CORRELATE.match(rest)
        if corr:
            # "verständigten sich auf der Konferenz darauf, die Kurse auszubauen": the correlate
            # points to the clause after the comma
            rest = rest[corr.end() :]
        lead_m = _OBJECT_LEAD.match(rest)
        body = rest[lead_m.end() :] if lead_m else rest
        stop = _CLAUSE_STOP.search(body)
        obj = body[: stop.start()] if stop else body
        obj = re.sub(r"\s+auf\s*$", "", obj)  # "fordern den Bund zu X auf"
        obj = re.sub(r"^(?:zu[rm]?)\s+", "", obj)
        agreed_on = (
            re.match(r"(?:einig|verständig)", m.group("verb"))
            and not re.match(r"\s*(?:auf\s+)?(?:eine[nm]?|die|den|das)\s", obj)
            and _AGREED_ON.search(obj)
        )
        if agreed_on:
            # "einigten sich die Länder bei der Konferenz auf X": the auf-phrase is the agreement
            obj = obj[agreed_on.end() :]
        elif obj.split(" ", 1)[0].lower() in _PREPOSITIONS:
            obj = _perfect_object(obj) or obj  # "für die nächste Konferenz eine Reform …"
        if len(obj) < 8:
            continue
        verb = m.group("verb")
        add(nominalise(_clean(obj)), m.start(), m.end(), _perfect_result(verb))
        if found and verb.startswith("beantrag"):
            found[-1].submitters |= _named_members(sent[: m.start()]) | named
        break
    return found


# a sentence that tells the result of the motions just told, pointing back at them ("Beide
# Anträge wurden beschlossen.", "Der Antrag fand keine Mehrheit.", "Sie wurden einstimmig
# angenommen.")
_VOTED_BACK = re.compile(
    r"\s*(?:(?:Beide|Alle|Die|Diese|Der|Dieser|Das)\s+(?:(?:beiden|drei|vier|genannten)\s+)?"
    r"(?:Anträge|Antrag|Beschlussvorschläge|Beschlussvorschlag|Vorschläge|Vorschlag|Initiativen|Initiative|Vorstoß)"
    r"|Er|Sie|Beide|(?:Die|Diese)\s+(?:Resolution|Erklärung))\s+(?:wurden|wurde|fanden|fand|sind|ist|scheiterten|scheiterte)\s+"
    r"(?:[\w.-]+\s+){0,8}?(?:beschlossen|angenommen|verabschiedet|abgelehnt|gescheitert|Mehrheit|einstimmig)"
    r"[^.;:!?]{0,40}[.!]?\s*$"
)
# a sentence that names the submitters of the motion just told, pointing back at it
_SUBMITTED_BACK = re.compile(
    r"\s*(?:(?:Der|Dieser)\s+(?:Antrag|Vorstoß|Vorschlag|Beschlussvorschlag)|Die\s+Initiative|Er|Sie)\s+"
    r"(?:kam|kommt|stammte|stammt|ging|geht)\s+(?:ursprünglich\s+)?(?:von|aus|auf)\s+(?P<who>[^.;:!?]{3,120})"
    r"|\s*(?:Eingebracht|Eingereicht|Vorgelegt|Gestellt|Beantragt)\s+(?:hatte|hatten|hat|haben|hatten)\s+"
    r"(?:ihn|sie|es|den\s+Antrag|die\s+Initiative|den\s+Vorschlag)\s+(?P<who2>[^.;:!?]{3,120})"
    # the definite noun with its owners and no title, the predicate next: "Der Antrag von
    # Baden-Württemberg und Niedersachsen fand keine Mehrheit" (the motion just told)
    r"|\s*(?:Der|Dieser)\s+(?:Antrag|Vorstoß|Vorschlag|Beschlussvorschlag)\s+(?:von|aus)\s+"
    r"(?P<who3>[A-ZÄÖÜ][\w-]+(?:(?:\s*,\s*|\s+und\s+)[A-ZÄÖÜ][\w-]+)*)\s+"
    r"(?:fand|fanden|wurde|scheiterte|erhielt|bekam|blieb|verfehlte)(?![\w-])"
)
_COUNTED_BEFORE_COLON = re.compile(r"(?P<agg>[^:;.!?]{3,60}?)\s*:\s*(?=\S)")
_BACK_CORRELATE = re.compile(
    r"\s*(?P<obj>[^,;:]{8,250}?)\s*,\s*(?:(?:und|auch|ebenso|so)\s+)*(?:darin|darüber|dabei|hierin|hierüber)\s+$"
)
# a plural "sie" as subject: before a plural verb, or after a verb in second place
_PLURAL_SIE = re.compile(
    r"^\s*Sie\s+[a-zäöü]+(?:en|ten)\b|(?<![\w-])[a-zäöü]+(?:en|ten)\s+sie(?![\w-])"
)
_COLON_SUBJECT = re.compile(
    r"\s*:\s*(?:(?:Sie|(?:Die|Alle)\s+" + COLLECTIVE + r")\s+(?=[a-zäöü])"
    # "… sind uns einig: Wir erwarten vom Bund, …" (the body speaking)
    r"|Wir\s+(?:fordern|verlangen|bitten|beantragen)\s+(?:gemeinsam\s+|alle\s+)?)"
)
_SIE_WORD = re.compile(r"(?<![\w-])[Ss]ie(?![\w-])")
_SIE_FIRST = re.compile(r"\s*Sie\s+$")
# the body speaking for something: "sprachen sich die Länder für X aus", "Sie sprechen sich
# einstimmig für X aus"
_SPOKE_FOR = re.compile(
    r"(?:(?<![\w-])(?:sprachen|sprechen)\s+(?:sich\s+)?(?P<who>sie|(?:die\s+|alle\s+)?"
    + COLLECTIVE
    + r")\s+(?:sich\s+)?|^\s*(?P<who2>Sie)\s+(?:sprachen|sprechen)\s+sich\s+)"
    r"(?:\w+\s+){0,3}?(?:für\s+|(?=gegen\s))(?P<title>[^.;!?]{8,250}?)\s+aus(?![\w-])"
    # the correlate "dafür" points to the clause after the comma: "Ferner sprechen sich die
    # Länder dafür aus, Kitaplätze für Geflüchtete auszubauen"
    r"|(?:(?<![\w-])(?:sprachen|sprechen)\s+(?:sich\s+)?(?P<who3>sie|(?:die\s+|alle\s+)?"
    + COLLECTIVE
    + r")\s+(?:sich\s+)?|^\s*(?P<who4>Sie)\s+(?:sprachen|sprechen)\s+sich\s+)"
    r"(?:\w+\s+){0,3}?dafür\s+aus\s*,\s*(?:dass\s+)?(?P<clause>[^.;!?]{8,300})"
)


def _body_topic(flat: str, windows: list[tuple[int, int]]) -> bool:
    """The last of these windows speaks of the body, itself or through a plural "sie" that
    continues the one before it."""
    for s, e in reversed(windows):
        sent = flat[s:e]
        if _body_is_subject(sent):
            return True
        if _PLURAL_SIE.search(sent) is None:
            return False
    return False


def _body_is_subject(sent: str) -> bool:
    """The sentence speaks of the body: it names it, and no other plural noun opens the
    sentence as its subject ("Die Verbände kritisierten die IntMK" speaks of the Verbände)."""
    if COLLECTIVE_RX.search(sent) is None:
        return False
    if _ITS_DECISIONS.search(sent):
        return True  # "… die Beschlüsse der 7. Integrationsministerkonferenz …. Sie verlangen …"
    first = _OTHER_SUBJECT.match(sent)
    return first is None or COLLECTIVE_RX.match(sent, first.start(1)) is not None


_ITS_DECISIONS = re.compile(
    r"(?<![\w-])[Dd]ie\s+(?:Beschlüsse|Anträge|Resolutionen|Forderungen)\s+(?:der|des)\s+(?:\d{1,2}\.\s+)?"
    + COLLECTIVE
)


_OTHER_SUBJECT = re.compile(r"\s*(?:Die|Alle)\s+([A-ZÄÖÜ][\w-]*)")


def _plural(sent: str, m: re.Match[str]) -> bool:
    """The decision verb (or the perfect's auxiliary) is plural: "forderten", "haben … gefordert"."""
    if "mid" in m.groupdict():
        return sent.startswith(("haben", "hatten"), m.start())
    return m.group("verb").split()[0].endswith("en")


_PASSIVE = re.compile(
    # "Mitgetragen von allen wurde auch eine Erklärung zu X": supported, so adopted
    r"(?<![\w-])(?P<verb>[Bb]eschlossen|[Vv]erabschiedet|[Aa]ngenommen|[Aa]bgelehnt|[Mm]itgetragen|[Gg]ebilligt)"
    r"\s+(?:von\s+allen(?:\s+(?:16\s+)?Ländern)?\s+)?(?:wurde|wurden)\s+"
    r"(?P<rest>[^.;!?]{5,250})"
)
_PASSIVE_THAT = re.compile(
    r"(?<![\w-])(?:wurde|wurden)\s+(?:[\w-]+\s+){0,3}?(?:beschlossen|vereinbart|verabredet)\s*,\s*"
    r"(?P<clause>[^,;:.!?]{5,250}?(?:\s+zu\s+[a-zäöüß]\w*|[a-zäöüß]+zu[a-zäöüß]+en))(?=\s*(?:[,.;!?]|$))"
)
_PASSIVE_LEAD = re.compile(
    r"^(?:(?:dagegen|zudem|außerdem|auch|ebenfalls|einstimmig|mehrheitlich|schließlich|daneben"
    r"|immerhin|jedoch|aber|nun|dann|ferner|überdies|zuletzt|letztlich|weiterhin|ebenso|hingegen"
    # focus and modal particles ("Beschlossen wurde wenigstens …", "… zumindest …")
    r"|wenigstens|zumindest|endlich|letztendlich|gleichfalls|ebenfalls|bereits|schon)\s+"
    r"|(?:auf|nach)\s+(?:gemeinsamen\s+)?(?:Antrag|Initiative)\s+(?:[A-ZÄÖÜ][\w-]+s|von\s+[A-ZÄÖÜ][\w-]+)"
    r"(?:\s+und\s+[A-ZÄÖÜ][\w-]+s?)*(?:\s+hin)?\s+)*"
)
_ARTICLE_START = re.compile(r"^(?:eine[nrm]?|ein|die|der|das|den)\s+")
_ANAPHOR = re.compile(
    r"(?<![\w-])(?:[Ee]ine[nm]?|[Ee]in|[Dd]e[rnm])\s+(?:entsprechende|ähnliche|gleichlautende|vergleichbare)[nmrs]?\s+"
    r"(?P<noun>Antrag|Beschluss|Beschlussvorschlag|Vorschlag|Vorstoß)(?![\w-])"
)
# an antecedent told as the zu-infinitive of a decision the sentence before reports ("Die IMK
# hat beschlossen, X wieder aufzunehmen. Die IntMK hatte einen ähnlichen Antrag abgelehnt.")
_DECIDED_INFINITIVE = re.compile(
    r"(?<![\w-])(?:beschlossen|beschloss|beschlossen|gefordert|forderte|forderten|verlangt|verlangte|verlangten)"
    r"\s*,\s*(?P<x>[^.;:!?]{5,200}?)(?:\s+[a-zäöüß]+)?\s+(?:zu\s+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]+en)\s*[.!?]?\s*$"
)
# what the body agreed or failed to agree on: "Auf ein Einwanderungsgesetz konnten sich die
# Länder nicht verständigen", "auf eine Obergrenze einigten sie sich"
_AGREED_TOPIC = re.compile(
    r"(?<![\w-])[Aa]uf\s+(?:ein|eine|einen|einer|die|den|das)\s+(?P<x>(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][\w-]*)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:einigen|verständigen|geeinigt|verständigt|einigten|verständigten|einigte|verständigte)(?![\w-])"
)
_DEMAND_NOUN_OBJECT = re.compile(
    r"(?<![\w-])(?:Forderung|Antrag|Beschluss|Initiative)\s+(?:nach|zu[rm]?|für|über)\s+"
    r"(?:einem|einer|einen|eine|der|dem|den|die|das)?\s*(?P<x>[^.,;:!?]{3,120})"
)
_PERFECT_SUBJECT = re.compile(
    r"(?:"
    + COLLECTIVE_RX.pattern
    + r")[^.;!?]{0,120}$|(?:hat|haben|hatte|hatten)\s+(?:\w+\s+){0,2}?(?:die|alle)\s+"
    + r"(?:"
    + COLLECTIVE_RX.pattern
    + r")"
)


_MID_SUBJECT = re.compile(
    # (the reflexive of "sich … verständigt" first: "haben sich die Länder auf X verständigt")
    rf"\s*(?:sich\s+)?(?:die|alle)\s+(?:{COLLECTIVE})(?:\s+der\s+(?:16\s+)?Länder)?(?:\s+(?:daher|nun|zudem|auch|gemeinsam))*\s+"
)


def _perfect_result(verb: str) -> str:
    """A motion brought in ("beantragen") is not yet decided."""
    return "unknown" if verb.startswith("beantrag") else "adopted"


def _subject_lands(clause: str) -> set[str]:
    """Länder named as the subject of the clause ending here: by name, not after a preposition,
    and the clause's last comma-free stretch (``Bayern und Bremen haben gemeinsam``)."""
    out = set()
    for x in find_lands(clause):
        if x.code == "DE" or x.form not in ("name", "alias"):
            continue
        if PREPOSITION_BEFORE.search(clause[max(0, x.start - 40) : x.start]):
            continue
        if re.search(r"[,;:]\s*(?:dass|weil|wenn|die|der|das)\b", clause[x.end :]):
            continue  # a subordinate or relative clause comes between
        out.add(x.code)
    return out


def _named_members(subject: str) -> set[str]:
    """``Zehn Länder, darunter Bremen und Hessen`` → the Länder named (only those)."""
    m = re.search(r"darunter\s+(?P<who>[^;:]{3,120})", subject)
    who = m.group("who") if m else subject
    return {x.code for x in find_lands(who) if x.code != "DE"}


_TITLED_NOUN = re.compile(
    r"(?<![\w-])(?:Leitantrag|Leitantrags|Leitantrages|Antrag|Antrags|Antrages|Resolution)(?![\w-])"
)
# (every match opens with one of the quotation marks: a text without them is not searched)
_SHORT_QUOTE = Guarded(
    re.compile(r"(?:(?<![\w])[„»\"‚']|(?<=\s)“)(?P<t>[^„“”»«\"‚‘'’\n]{4,160}?)[“”«\"‘’']"),
    literals=("„", "»", '"', "‚", "'", "“"),
)
_OWNER = re.compile(
    r"\s+(?:des\s+(?:Vorsitz)?[Ll]andes\s+|von\s+|aus\s+|der\s+Freien\s+und\s+Hansestadt\s+|der\s+Freien\s+Hansestadt\s+)"
)


# a possessive determiner before the motion noun: "mit seinem Vorstoß für …", "ihr Antrag"
_POSSESSIVE = re.compile(
    r"(?<![\w-])(?:[Ss]eine[mnrs]?|[Ii]hre[mnrs]?|[Ss]ein|[Ii]hr)\s+"
    r"(?:(?:eigene[nmrs]?|gemeinsame[nmrs]?|neue[nmrs]?|jüngste[nmrs]?|erneute[nmrs]?)\s+)?$"
)


def _possessor(sentence: str, pos: int) -> set[str]:
    """The Länder a possessive before the motion noun at ``pos`` points to: the Land that is the
    clause's subject ("Mit seinem Vorstoß für X ist Altland gescheitert", "Bremen und Berlin
    scheiterten mit ihrem Antrag, …"), not a Land governed by a preposition ("in Bayern"),
    named as an adjective ("die bayerische Ministerin" is a person's Land, not a subject) or
    the subject of a relative clause ("…, den auch Hessen unterstützte, …": a supporter). The
    subject is one noun phrase: the first such Land and those coordinated with it."""
    if not _POSSESSIVE.search(sentence, max(0, pos - 40), pos):
        return set()
    lo, hi = max(0, pos - 120), pos + 200
    relatives = relative_clauses(sentence)
    subject: list[LandMention] = []
    lead = _SENTENCE_DATELINE.match(sentence, 0, pos)
    for x in find_lands(sentence[lo:hi]):
        at = lo + x.start
        if x.code == "DE" or (lead is not None and at < lead.end()):
            continue  # (the city of a dateline: where the report comes from)
        if x.form not in ("name", "alias", "genitive") and not _LAND_GOVERNMENT.match(
            sentence, lo + x.end
        ):
            # an adjective or demonym is the Land only before its government ("die Thüringer
            # Landesregierung", "der Hamburger Senat"), not before a person ("die bayerische
            # Ministerin")
            continue
        if PREPOSITION_BEFORE.search(sentence[max(0, at - 40) : at]):
            continue
        if any(c.start <= at < c.end for c in relatives):
            continue
        if subject and not _COORDINATED.fullmatch(sentence, lo + subject[-1].end, at):
            break  # another noun phrase: the subject was the one before
        subject.append(x)
    return {x.code for x in subject}


# a Land's government or ministry after its adjective: the Land acting
_LAND_GOVERNMENT = re.compile(
    r"\s+(?:Landesregierung|Staatsregierung|Regierung|Senat|Sozialministerium|Integrationsministerium"
    r"|Ministerium|Staatskanzlei|Senatsverwaltung)(?![\w-])"
)
# the gender of the motion nouns, for the relative pronouns that refer to them
_GENDER = {"Initiative": "f", "Resolution": "f"}
# Länder coordinated in one noun phrase: "Bremen und Berlin", "Hessen, Bayern sowie Sachsen"
_COORDINATED = re.compile(r"\s*(?:,|und|sowie|,\s*und|,\s*sowie)\s*(?:das\s+|der\s+Freistaat\s+)?")


def _owner(sentence: str, pos: int, motion: MotionMention) -> None:
    """``Leitantrag des Vorsitzlandes Rheinland-Pfalz`` / ``Antrag von Bremen``: the submitter."""
    m = _OWNER.match(sentence, pos)
    if m:
        lands = find_lands(sentence[m.end() : m.end() + 40])
        if lands and lands[0].start == 0 and lands[0].code != "DE":
            motion.submitters.add(lands[0].code)


_BY_REQUEST = re.compile(
    r"(?<![\w-])[Aa]uf\s+(?:gemeinsamen\s+)?(?:Antrag|Initiative|Vorschlag|Anregung)\s+(?P<who>[^,.;]{3,60})"
    # "Der Beschluss geht auf eine Initiative Hessens zurück": its origin is its submitter
    r"|(?<![\w-])(?:geht|ging|gehen|gingen)\s+(?:[\w-]+\s+){0,3}?auf\s+(?:eine[n]?|die|den)\s+(?:gemeinsame[n]?\s+)?"
    r"(?:Antrag|Initiative|Vorschlag|Anregung|Vorstoß)\s+(?P<who2>[^,.;]{3,60}?)\s+zurück(?![\w-])"
)


def _brought_by(sentence: str, motion: MotionMention) -> None:
    """``eingebracht von Hessen und Berlin`` / ``vorgelegt von NRW, RP und dem Saarland``."""
    motion.submitters |= _brought_by_lands(sentence)


@_per_sentence
def _brought_by_lands(sentence: str) -> frozenset[str]:
    m = _BROUGHT_BY.search(sentence)
    if not m:
        return frozenset()
    who = re.split(
        r"\s+(?:wurde|wurden|hat|haben|scheiterte|fand|ist)\b|,\s+(?=[a-zäöü])", m.group("who")
    )[0]
    return frozenset(x.code for x in find_lands(who) if x.code != "DE")


def _by_request(sentence: str, motion: MotionMention) -> None:
    """``Auf Antrag Bayerns (hin)`` / ``auf Initiative von Bremen und Hessen``: the submitters."""
    motion.submitters |= _by_request_lands(sentence)


@_per_sentence
def _by_request_lands(sentence: str) -> frozenset[str]:
    m = _BY_REQUEST.search(sentence)
    if not m:
        return frozenset()
    who = m.group("who") or m.group("who2")
    return frozenset(x.code for x in find_lands(who) if x.code != "DE" and x.start < 40)


# issue 16: the patterns above look at a text only where their words occur (same matches)
guard_module(globals(), keep=("_CUE",))
