"""Direct quotations and who said them.

A quotation is text in »…«, „…“, "…", “…” or ‚…‘ that the document attributes to a person:
before it (``Integrationsministerin Kallweit: »…«``, ``X sagte: „…“``) or after it
(``„…“, so Brandl``, ``„…“, sagte der Vorsitzende, Hessens Sozialminister Arno
Kessel``, ``„…“, sagten Ilse Marten und Rudolf Brink``). ``der Minister`` /
``die Ministerin`` after a quote refers back to the person named last, a pronoun
(``„…“, betonte er``) to the last person of agreeing gender named before it, office or none.
News forms: a name in apposition after a descriptor phrase (``„…“, sagte eine Sprecherin des
Ministeriums, X``), a possessive before a colon (``Ihr Fazit: „…“``), a caption's bracket
(``„…“ (Staatssekretär X)``), a written statement (``„…“, heißt es in einer Mitteilung von
X``), transcript labels. A headline teaser before a dash goes to the role's holder (``„…“ –
Innenminister stellt … vor``); interviews give their respondent's words by speaker labels
(``Kessel-Brink: …``) or by answers under a heading naming the respondent (``Fünf Fragen an …
X``); a headline quotation over a lead sentence is the lead's subject's (``„…“\nMinisterin X
hat heute …``). A pronoun that no one named before can be refers forward where a bare
descriptor introduced the speaker (``Die Ministerin war bewegt. „…“, sagte sie. …ministerin X
will …``); a pronoun opening a sentence that quotes a fragment is its subject (``Er hatte
gesagt, … „…“``).
Inside a sentence the speaker is the subject of its predicate of saying or attitude
(:mod:`intgraph.language.speech`: ``X spricht von einem „…“``, ``X warf ihm vor, „…“``, ``Dann
wurde er deutlich: „…“``), in any word order (``Über die Pläne von Roth sagte Lang: „…“`` →
Lang; ``„…“, sagte am Montag in Erfurt Ministerin X``); a person inside a prepositional
phrase or genitive is no subject (``In dem von X vorgelegten Bericht heißt es: „…“`` quotes a
document), nor is an object (``Der Elternverband warf der Ministerin X vor, …``) or a noun after
an article (``kritisierte der Seniorenrat``). Recalled words are their owner's (``erinnerte an einen Satz der früheren Beauftragten X: „…“``),
a letter's the writer the sentence before names (``In einem Brief … warnt X. Darin heißt es:``),
a fronted participle names the speaker after the quotation (``„…“ Gesagt hat ihn X``), a named
person after a quotation outweighs an anaphor before its colon, a report goes on in the
subjunctive after ``…, sagte sie.``; transcripts label questioners in brackets (``Frage (MDR,
X):``) and speakers by full name (``Präsidentin X:``). Mottos, titles and names of things in quotation marks (``das Modellprojekt „…“``,
``die sogenannte „…“``) have no speaker and are not quotations.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from intgraph.extract.persons import _scan_complement as scan_complement
from intgraph.extract.persons import find_offices
from intgraph.language.chunks import parse_name, parse_name_backwards
from intgraph.language.chunks import parse_person as _parse_person
from intgraph.language.lands import city_land, lands_in_phrase
from intgraph.language.lexicon import (
    ARTICLES,
    ATTRIBUTION_VERBS,
    MEDIUM_NAME,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    TITLES,
    is_common_noun,
    is_demonym,
    is_descriptor,
    is_family_name_after_given,
    is_female_noun,
    is_given_name,
    is_name_token,
    role_class,
)
from intgraph.language.phrases import ADJECTIVE_OK as _ADJECTIVE_OK
from intgraph.language.phrases import PERSON_NOUN as _PERSON_NOUN
from intgraph.language.phrases import (
    QUESTION_ADDRESS,
    clause_subject,
    noun_phrase_prefield,
    opens_clause,
)
from intgraph.language.phrases import governed as _governed
from intgraph.language.scan import Guarded, literal_starts, pattern_literals
from intgraph.language.speech import (
    AFTER_QUOTE_VERBS,
    SPEECH_PREDICATE,
    finite_speech_verbs,
    word_alternation,
)
from intgraph.language.text import TextIndex, tokenize
from intgraph.language.wordlists import given_name_gender, word_class
from intgraph.models import Evidence, OfficeMention, PersonMention, QuoteMention

EXTRACTOR = "quotes.v6"

# every verb that may open an attribution after a quotation, as one factored alternation
_VERBS_AFTER = word_alternation(
    sorted(
        {*SPEECH_VERBS.split("|"), *ATTRIBUTION_VERBS.split("|"), *finite_speech_verbs()},
        key=lambda w: (-len(w), w),
    )
)

_ELECTED = re.compile(
    r"\bmich\b(?:[^.!?]|(?<=\d)\.){0,160}?\bzu[mr]\s+(?P<phrase>(?:[\w-]+\s+){0,3}?(?P<role>[\w-]+))\s+"
    r"(?:gewählt|ernannt|berufen|bestellt|vereidigt)\b"
)
_OPEN_CLOSE = {"„": '“”"', "»": "«", "«": "»", '"': '"“”', "“": '”"'}
# the characters find_quote_spans acts on: what opens a quotation; inside one opened by ``c``,
# what closes it, reopens it (where quotations nest) or may end it (a line break)
_OPENER = re.compile("[‚" + "".join(_OPEN_CLOSE) + "]")
_INSIDE = {
    c: re.compile("[" + re.escape(close + (c if c in "„»«" else "") + "\n") + "]")
    for c, close in _OPEN_CLOSE.items()
}
# the text of a ‚…‘ quotation after its opening mark, up to its closing mark (one line)
_SINGLE = re.compile(r"((?:[^‘’‚„“”\n]|’(?=\w))+)[‘’](?!\w)")
# after the closing mark: ", sagte X", ", so der Minister X", a new sentence "Dies sagte X",
# "Mit diesen Worten antwortete X"
_AFTER = re.compile(
    r"\s*[,.:]?\s*(?:[–—-]\s*)?(?:"
    # "„…“ So lautet das Fazit von X", "„…“ Das war die Botschaft der Ministerin X"
    # "„…“, lautet das Credo von X": the verb first
    r"(?P<lautet>(?:(?:so|das|dies)\s+(?:lautet|lautete|war|ist)|lautet|lautete)\s+(?:das|die|der|sein|seine|ihr|ihre)\s+"
    r"(?:[a-zäöü]\w*\s+)?(?:Fazit|Botschaft|Bilanz|Urteil|Appell|Antwort|Einschätzung|Credo"
    r"|Forderung|Kommentar|Reaktion|Devise)\b)|"
    # "„…“ – so hat die Beauftragte X ihr Programm überschrieben": "so" takes up the words,
    # the subject after the auxiliary gives them, whatever the participle
    r"(?P<so_aux>so\s+(?:hat|hatte|haben|hatten))\b|"
    rf"(?:(?:Dies|Das|So|Diese\s+Worte)\s+)?(?P<verb>{_VERBS_AFTER}|(?P<think>{AFTER_QUOTE_VERBS}))\b"
    # "„…“ – mit diesen Worten eröffnete X die Tagung": any verb after the phrase
    r"|mit\s+(?:(?:diesen|den|klaren|deutlichen)\s+Worten|(?:diesem|dem)\s+(?:Satz|Appell|Zitat)"
    r"|(?:dieser|der)\s+(?:Aussage|Botschaft|Forderung|Mahnung))\s+(?P<any>[a-zäöüß]+)\b"
    # "„…“ – dieser Satz unserer Senatorin X steht über dem Jahr": the words named as X's
    r"|(?P<satz>(?:dieser|diese|dies|das)\s+(?:Satz|Zitat|Worte|Aussage|Appell|Credo|Leitsatz)\b)"
    # "„…“, hatte die frühere Senatorin X schon 2016 gesagt": a perfect tense; after a dash or
    # as a new sentence a demonstrative takes the words up as the object ("„…“ – das hatte
    # Ministerin X im März gesagt", "„…“ Dies hat unsere Beauftragte X oft betont")
    r"|(?:(?P<resumed>das|dies|diesen\s+Satz|diese\s+Worte)\s+)?"
    rf"(?P<aux>hatte|hatten|hat|haben)\b(?=[^.!?;„“»«\"\n]{{0,160}}?\b(?:{SPEECH_PARTICIPLES}|geäußert)\b)"
    # "„…“, heißt es in einer Mitteilung von X" (a written statement marked as X's words)
    r"|(?P<heisst>hie(?:ß|ss)|hei(?:ß|ss)t)\s+es\b"
    # "„…“ Gesagt hat ihn ausgerechnet X", "Geschrieben hatte diese Zeilen X": the participle
    # fronted, the words as the object, the speaker as the subject after it
    r"|(?P<fronted>(?:gesagt|geschrieben|gesprochen|formuliert|geäußert|gerufen)\s+"
    r"(?:hat|hatte|haben|hatten)\s+(?:ihn|sie|es|das|dies|(?:diesen|den)\s+Satz"
    r"|(?:diese|die)\s+(?:Worte|Sätze|Zeilen))\b)"
    r")",
    re.I,
)
# the words a sentence reports as someone's: "laut X", "X zufolge", "nach Ansicht von X", "wie X
# mitteilte"
_REPORTED = re.compile(
    r"(?<![\w-])(?:[Ll]aut|zufolge|[Nn]ach\s+(?:Ansicht|Auffassung|Einschätzung|Worten|Angaben|"
    r"Überzeugung|Meinung)|mitteilte|mitteilten|mitgeteilt|sagte|betonte|erklärte|unterstrich)(?![\w-])"
)
_ACCORDING_TO = re.compile(r"(?<![\w-])(?:[Ll]aut|zufolge)(?![\w-])")
# "Kallweit ergänzte: „…“": a family name alone opening the sentence before a verb of saying
_NAME_VERB_COLON = re.compile(
    rf"(?:^|(?<=[.!?])\s+|\n\s*)(?P<name>[A-ZÄÖÜ][\w'-]+)\s+(?:{SPEECH_VERBS}|{ATTRIBUTION_VERBS})"
    r"(?:\s+[\w-]+){0,4}\s*:\s*$"
)
# "Sauerbrey wirkte weniger euphorisch: »…«": a family name opening the sentence before its
# finite verb (lower case; a conjunction or particle would continue a name), a short clause
# up to the colon
_NAME_FINITE_COLON = re.compile(
    r"(?:^|(?<=[.!?])\s+|\n\s*)(?P<name>[A-ZÄÖÜ][\w'-]+)\s+"
    r"(?!(?:und|oder|von|van|de|al|el|zu|sowie|aus|mit|für)\s)[a-zäöüß]+(?:\s+[\w-]+){0,4}\s*:\s*$"
)
# "Ihr Fazit: „…“", "Sein Appell: „…“", "Ihre Bilanz fällt klar aus: „…“": a possessive points
# back to the person named last (ihr: she, sein: he)
_POSSESSIVE = re.compile(
    # in every case ("hört ihren Lieblingssatz:"), but inside a prepositional phrase, which
    # names no words ("dankte der Ministerin für ihren Einsatz:")
    r"(?<![\w-])(?<!\bfür\s)(?<!\bmit\s)(?<!\büber\s)(?<!\bvon\s)(?<!\bbei\s)(?<!\bnach\s)"
    r"(?<!\bdurch\s)(?<!\bgegen\s)(?<!\bohne\s)(?<!\baus\s)(?<!\ban\s)(?<!\bauf\s)(?<!\bin\s)(?<!\bzu\s)"
    r"(?P<pos>[Ii]hr(?:e[nmrs]?)?|[Ss]ein(?:e[nmrs]?)?)\s+(?:[a-zäöü][\w-]*\s+)?[A-ZÄÖÜ][\w-]+"
    r"(?:\s+[\w-]+){0,7}\s*:\s*$"
)
# an adjective by its ending ("integrationspolitische", "zuständige", "neue")
_ADJECTIVE_FORM = re.compile(
    r"^[a-zäöü][\w-]*(?:isch|lich|ig|bar|sam|haft|los|ell|al|iv|ant|ent|end|ert|te|ne|re|ue)"
    r"(?:e|en|er|es|em)$"
)
# "Sein Name: „…“", "Ihr Titel: „…“" name a thing, they quote no one
_NAMING_NOUN = re.compile(r"(?:Name|Titel|Thema|Überschrift|Programm|Projekt|Buch|Film|Studie)\s*:")
_INDEFINITE = {"ein", "eine", "einer", "eines", "einem", "einen"}
_NEGATIVE_ARTICLE = {"kein", "keine", "keiner", "keines", "keinem", "keinen"}
_CLAUSE_END = r"(?<!\d)(?<!\bDr)(?<!\bProf)(?<!\bNr)[.;!?](?=\s|$)"
_SKIP = {"der", "die", "des", "den", "dem", ",", "und", "sowie", "(", ")", "Frau", "Herr"}
# possessive determiners, which open a speaker phrase as an article does ("„…“ – das hat mein
# Vorgänger X gesagt", "sagte ihr Staatssekretär X"); in the genitive they open an attribute
# ("die Sprecherin meines Ministeriums") or the owner of "dieser Satz" ("meiner Vorgängerin X")
_POSSESSIVE_DETERMINERS = frozenset(
    f"{stem}{ending}"
    for stem in ("mein", "dein", "sein", "ihr", "unser", "euer")
    for ending in ("", "e")
) | {"eure"}
_POSSESSIVE_GENITIVES = frozenset(
    f"{stem}{ending}"
    for stem in ("mein", "dein", "sein", "ihr", "unser", "eur")
    for ending in ("es", "er")
)
_PARTICIPLE_OF_SAYING = re.compile(rf"(?<![\w-])(?:{SPEECH_PARTICIPLES}|geäußert)(?![\w-])")
# a denial in a perfect tense: "„…“ – das hat X so nie gesagt"
_DENIED = re.compile(r"(?<![\w-])(?:nie|niemals|nicht)(?![\w-])(?!\s+nur\b)")
_ANAPHOR = re.compile(r"\s*(?:der|die)\s+(?:IntMK-)?([\w-]+)\b")
_ANAPHOR_WORD = re.compile(r"\s+(?:IntMK-)?([\w-]+)\b")


def _anaphor(text: str, pos: int) -> tuple[str, str, int, int] | None:
    """A definite descriptor at ``pos`` (the phrase, its noun, the noun's span): ``der
    Vorsitzende``, and with attributes before the noun, a Land's demonym or adjectives (``die
    Bremer Integrationssenatorin``, ``der hessische Sozialminister``); where no descriptor
    follows the attributes, the word after the article (the caller tests it).

    >>> _anaphor(" die Bremer Integrationssenatorin beim Besuch", 0)[1]
    'Integrationssenatorin'
    >>> _anaphor(" der Minister am Montag", 0)[1], _anaphor(" der Bremer Senat", 0)[1]
    ('Minister', 'Bremer')
    """
    a = _ANAPHOR.match(text, pos)
    if a is None:
        return None
    first = (text[a.start() : a.end()].strip(), a.group(1), a.start(1), a.end(1))
    word, end = a.group(1), a.end(1)
    for _ in range(2):
        if _is_descriptor(word) or not (
            is_demonym(word)
            or (word[:1].islower() and _ADJECTIVE_FORM.match(word) and word_class(word) != "verb")
        ):
            break
        w = _ANAPHOR_WORD.match(text, end)
        if w is None:
            break
        word, end = w.group(1), w.end(1)
        if _is_descriptor(word):
            return text[a.start() : end].strip(), word, w.start(1), end
    return first


# a descriptor that refers back to a person the text named: "die Ministerin", "der Senator",
# "die SPD-Politikerin", "der Vorsitzende"
_DESCRIPTOR = re.compile(r"(?<![\w-])(?:[Dd]er|[Dd]ie)\s+(?:IntMK-)?(?P<noun>[\w-]+)\b")
_SPEECH_WORD = re.compile(
    rf"(?<![\w-])(?:{SPEECH_VERBS}|{SPEECH_PARTICIPLES}|Worten|zitiert|zitierte)(?![\w-])"
)
# a transcript's or interview's speaker label opening a paragraph: "BK'in Marten:",
# "Ministerin Kallweit:", "Brink:"
_LABEL = re.compile(
    # "Sprecher der Sozialbehörde, Malte X:": a function with its body before the name
    r"^[ \t]*(?P<function>[A-ZÄÖÜ][\w-]*[ \t]+(?:der|des|im|vom)[ \t]+[A-ZÄÖÜ][\w-]*,[ \t]+)?"
    # "Dr. Carolin Beispiel (Sozialministerin):": a role in brackets before the colon
    r"(?P<label>(?:[A-ZÄÖÜ][\w'’.-]*[ \t]+){0,3}?(?P<family>[A-ZÄÖÜ][\w'’-]+))"
    # or after a comma ("Hanna X, Ministerin für Arbeit:", as plenary records print it)
    # (a role after the comma may list fields: "Ministerin für Arbeit, Soziales und Integration")
    r"(?:[ \t]*\((?P<bracket>[^()\n]{1,60})\)|,[ \t]+[^:.\n]{2,80}?)?:"
    r"[ \t]*(?:\n[ \t]*){0,2}(?=\S)",
    re.M,
)
_LABEL = Guarded(_LABEL)  # tried after line breaks only (issue 16)


@lru_cache(maxsize=4)
def quote_spans(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """:func:`find_quote_spans`, remembered for the few texts in work (quotes and motions ask)."""
    return tuple(find_quote_spans(text))


def find_quote_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(open, close, text_start, text_end) of each quotation; an unclosed one runs to the end.

    >>> t = 'Sie sagte: „Wir handeln.“ Danach »mehr«'
    >>> [t[a:b] for _, _, a, b in find_quote_spans(t)]
    ['Wir handeln.', 'mehr']
    """
    out = []
    i, n = 0, len(text)
    # the loop looks only at the characters that can open a quotation, and inside one only at
    # those that can close, nest or end it (found at C speed, where it read every character)
    opener = _OPENER.search
    while i < n:
        o = opener(text, i)
        if o is None:
            break
        i = o.start()
        c = text[i]
        if c == "‚" and (i == 0 or text[i - 1] in " \t\n(:"):
            # single low-high marks: ‚Wir bleiben.‘ (a closing ’ only where no letter follows,
            # so that "geht’s" does not end it; never across a line)
            m = _SINGLE.match(text, i + 1)
            if m and len(m.group(1).strip()) >= 3:
                out.append((i, m.end(), i + 1, m.end(1)))
                i = m.end()
            else:
                i += 1
            continue
        if (
            c in _OPEN_CLOSE
            and (c != '"' or i == 0 or not text[i - 1].isalnum())
            and (c != "“" or i == 0 or text[i - 1] in " \n(:")
            # a guillemet opens where a word starts after it: »…« and «…» (Swiss, agency
            # style), not where it closes a word ("Leute»,") or points to a link ("Zitate »")
            and (
                c not in "»«"
                or ((i == 0 or not text[i - 1].isalnum()) and text[i + 1 : i + 2].strip())
            )
        ):
            closers = _OPEN_CLOSE[c]
            nests = c in "„»«"  # „… der Kommission „Zuwanderung“ 2001 …“
            depth = 1
            j = i + 1
            inside = _INSIDE[c].search
            while j < n:
                x = inside(text, j)
                if x is None:
                    j = n
                    break
                j = x.start()
                ch = text[j]
                if ch in closers and not (nests and ch == c):
                    depth -= 1
                    if depth == 0:
                        break
                elif nests and ch == c:
                    # a paragraph reopened with „ continues the quotation; elsewhere it nests
                    if text[max(i, j - 2) : j].strip() != "" or j - i < 3:
                        depth += 1
                elif ch == "\n" and text[j + 1 : j + 2] == "\n" and j - i > 2000:
                    break
                j += 1
            if j - i - 1 >= 3:
                out.append((i, min(j + 1, n), i + 1, j))
            i = j + 1
        else:
            i += 1
    return out


_WHITE_RUN = re.compile(r"\s+")


def find_quotes(
    index: TextIndex, offices: list[OfficeMention] | None = None
) -> tuple[list[QuoteMention], list[OfficeMention]]:
    """Quotations with speakers, and office mentions learnt from anaphora (``die Ministerin``).

    The speaker is found, in this order: before a colon (``Der Staatsrat fügte an: »…«``),
    after the quotation (``„…“, so der Minister X``, ``„…“ Dies sagte X``), a speaker label
    (``Ministerin X: …`` in transcripts), the one person of the quotation's own sentence where
    that sentence has a verb of saying (``sagte X, man lasse „niemanden zurück“``), the one
    person of the sentence before a quotation that opens a sentence, or the previous speaker
    whose quotation the new one continues. Descriptors resolve to the person named last; a
    pronoun after the quotation to the last person named before it whose gender agrees (never
    past an unnamed voice's quotation), and where it agrees with no one the quotation has no
    speaker. A teaser before a dash goes to its role's holder, an answer under an interview
    heading to the respondent.
    """
    text = index.text
    offices = offices if offices is not None else find_offices(index)
    doc = _Doc(index, offices)
    quotes: list[QuoteMention] = []
    learnt: list[OfficeMention] = []
    spans = list(quote_spans(text))
    last_speaker: tuple[PersonMention, int] | None = None
    respondent = (
        _respondent(doc) if _INTERVIEW.search(text) or _INTERVIEW_TAIL.search(text) else None
    )
    addressed = False
    if respondent is None and _INTERVIEW_WORD.search(text):
        # no heading names the respondent: a question addressing them does, for the quotations
        # of the page (its unquoted answers stay unread: no heading vouches for the genre)
        respondent = _addressed_respondent(doc)
        addressed = respondent is not None
    # where an unnamed voice spoke last ("eine Zuhörerin rief: „…“"): a pronoun after a later
    # quotation does not reach back past it
    floor = 0
    for q_open, q_close, t_start, t_end in spans:
        if index.is_clutter(q_open):
            continue
        quote_text = _WHITE_RUN.sub(" ", text[t_start:t_end]).strip()
        if MEDIUM_NAME.fullmatch(quote_text) and _ARTICLE_BEFORE.search(
            text, max(0, q_open - 12), q_open
        ):
            continue  # "sagte sie der „Süddeutschen Zeitung“": a newspaper's name
        if _ADDRESSEE_BEFORE.search(text, max(0, q_open - 40), q_open) or (
            _ADDRESSEE_FRONT.search(text, max(0, q_open - 6), q_open)
            and _SAYING_NEXT.match(text, q_close)
        ):
            continue  # "sagte er der „Abendpost“", "Dem „Funk“ sagte sie": who is told, a name
        if _names_thing(text, q_open, quote_text):
            continue  # "das Programm „Wir lesen“", "der so genannte „Kurswechsel“": a name
        source = _read_from(doc, q_open, q_close)
        if source is not None:
            # "X las aus dem Brief einer Schülerin vor: „…“": the author's words, not the
            # reader's; "„…“, heißt es aus dem Umfeld von X": X's circle, not X
            if source:
                quotes.append(
                    QuoteMention(
                        text=quote_text,
                        speaker=source[0],
                        evidence=Evidence(q_open, q_close, index.sentence_text(q_open), EXTRACTOR),
                    )
                )
            continue
        speakers = _speakers_before(doc, q_open)
        anaphor_role = None
        if speakers and speakers[0].end <= index.sentence_at(q_open)[0]:
            # "Auch ihr Arbeitgeber ist zufrieden: „…“, sagt Pflegedienstleiter X": a person
            # named after the quotation outweighs the anaphor before its colon
            named_after, _role = _speakers_after(doc, q_open, q_close, floor)
            if named_after and named_after[0].start >= q_close:
                speakers = named_after
        # after a colon a short sentence is speech too ("antwortete er knapp: „Nein.“")
        short_ok = bool(speakers) and quote_text[-1:] in ".!?"
        if not speakers:
            speakers, anaphor_role = _speakers_after(doc, q_open, q_close, floor)
            # "„Nein“, sagte X", "Die Zahl habe sich „fast verdoppelt“, erklärte X": a verb of
            # saying right after a quotation marks even a short one as words
            verb_after = _AFTER.match(text, q_close)
            short_ok = bool(
                speakers and verb_after and (verb_after.group("verb") or verb_after.group("aux"))
            )
        # "„…“, sagte er" names its speaker by the pronoun alone: no guessing from the sentence
        told = not speakers and (
            _pronoun_after(text, q_close)
            or _descriptor_after(text, q_close)
            or _body_after(text, q_close)
        )
        if not speakers and not told:
            speakers = _speakers_of_teaser(doc, q_close)
        if not speakers and not told:
            speakers = _speaker_of_sentence(doc, q_open, q_close)
            short_ok = bool(speakers)
        if not speakers and not told:
            # "Man sei „auf gutem Weg“, sagte die Grünen-Politikerin": the
            # attribution closes the clause the fragment stands in
            speakers, anaphor_role = _speakers_of_trailing_clause(doc, q_open, q_close, floor)
            short_ok = bool(speakers)
        if not speakers and not told:
            speakers = _attribution_line(doc, q_open, q_close)
        if not speakers and not told and len(quote_text.split()) >= 3:
            # "Laut Ministerin X ist das Gesetz „ein großer Wurf für das Land“", "Wie X
            # mitteilte, sollen „alle Kommunen profitieren“": words the sentence reports as X's
            speakers = _speaker_of_sentence(doc, q_open, q_close, _REPORTED)
        elif not speakers and not told and quote_text[:1].islower():
            # a fragment of one or two words where "laut X" or "X zufolge" reports it and it
            # starts lower-case, a predicate ("laut X ist die Reform „überfällig“"), not a
            # capitalised title or name
            speakers = _speaker_of_sentence(doc, q_open, q_close, _ACCORDING_TO)
            short_ok = bool(speakers)
        if not speakers and not told:
            speakers = _speaker_of_previous_sentence(doc, q_open)
        if not speakers and not told:
            speakers = _speaker_of_block_quote(doc, q_open, q_close, quote_text)
        if not speakers and not told:
            # "X ist zufrieden: Die Zahlen seien „ermutigend“": reported speech by its mood
            speakers = _speaker_of_subjunctive(doc, q_open, q_close)
            short_ok = bool(speakers)
        if not speakers and respondent and _answers_line(text, q_open, respondent[1]):
            speakers = [respondent[0]]
        if (
            not speakers
            and not told
            and respondent
            and _heading_quote(text, q_open, q_close, respondent[1])
        ):
            # "Interview: „Integration gelingt vor Ort“" over the questions: a teaser of the
            # respondent's words
            speakers = [respondent[0]]
            short_ok = True
        if (
            not speakers
            and not told
            and last_speaker
            # shorter: a title, a slogan, a term, unless it is a sentence of its own
            and (len(quote_text.split()) >= 6 or _is_sentence(quote_text))
            and _continues(index, last_speaker[1], q_open)
            # a list item with a label of its own ("– Aus dem Publikum: „…“") is another voice
            and not _labelled_item(text, q_open)
        ):
            speakers = [last_speaker[0]]
        if not speakers or (len(quote_text.split()) < 3 and not short_ok):
            if not speakers and (
                quote_text[-1:] in ".!?" or text[max(0, q_open - 3) : q_open].strip() == ":"
            ):
                floor = q_close
            continue
        s_start, _ = index.sentence_at(q_open)
        for sp in speakers:
            quotes.append(
                QuoteMention(
                    text=quote_text,
                    speaker=sp,
                    evidence=Evidence(
                        q_open, q_close, _sentence(text, s_start, q_close), EXTRACTOR
                    ),
                )
            )
            if anaphor_role and role_class(anaphor_role[0]):
                role_word, r_start, r_end = anaphor_role
                learnt.append(
                    OfficeMention(
                        person=sp,
                        role_text=role_word,
                        role_class=role_class(role_word) or "Minister",
                        land=None,
                        ministry_key=None,
                        federal=role_word.lower().startswith("bundes"),
                        evidence=Evidence(r_start, r_end, index.sentence_text(r_start), EXTRACTOR),
                        anaphoric=True,
                    )
                )
        for m in _ELECTED.finditer(text, t_start, t_end):
            # "… hat mich der Landtag zur Beauftragten für Integration gewählt"
            role_word = m.group("role")
            if len(speakers) == 1 and role_class(role_word):
                learnt.append(
                    OfficeMention(
                        person=speakers[0],
                        role_text=_WHITE_RUN.sub(" ", m.group("phrase")),
                        role_class=role_class(role_word) or "Beauftragte",
                        land=_land_code(m.group("phrase")),
                        ministry_key=None,
                        federal=role_word.lower().startswith("bundes"),
                        evidence=Evidence(
                            m.start("phrase"),
                            m.end("phrase"),
                            index.sentence_text(m.start()),
                            EXTRACTOR,
                        ),
                    )
                )
        last_speaker = (speakers[-1], q_close)
    quotes.extend(_labelled_turns(doc))
    if respondent and not addressed:
        quotes.extend(_interview_answers(doc, respondent))
    return quotes, learnt


# a dative article after a verb of saying, or opening the sentence before one: the quotation
# is the name of whom the words are told to ("sagte sie der „Abendpost“", "gegenüber dem
# „Funk“", "Dem „Funk“ sagte er …")
_SAYING = word_alternation(finite_speech_verbs())
_ADDRESSEE_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:{_SAYING})(?:\s+(?:er|sie|es))?|[Gg]egenüber)\s+(?:der|dem)\s*$"
)
_ADDRESSEE_FRONT = re.compile(r"(?:^|(?<=[.!?:\n])\s*|(?<=[.!?]\s))(?:Der|Dem)\s*$")
_SAYING_NEXT = re.compile(rf"\s+(?:{_SAYING})(?![\w-])")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:der|dem|die|das|des|im|ins|vom|zum)\s*$")


# a reader before a colon who reads out another's document: "las aus dem Brief einer Schülerin
# vor:", "zitierte aus dem Schreiben des Vaters:", "verlas den Brief von X:" (the author named
# after the document noun by a genitive or "von"); a text with no author named ("zitierte aus
# dem Regierungsprogramm:", "verlas den Beschluss:") is nobody's own words
_READ_OUT = re.compile(
    r"(?<![\w-])(?:las|liest|lasen|verlas|verliest|zitierte|zitiert|zitierten)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:aus\s+)?(?:dem|einem|den|einen|der|einer)\s+"
    r"(?:[a-zäöü][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*?)?(?:[Bb]rief|[Ss]chreiben|[Tt]agebuch|[Gg]edicht"
    r"|[Tt]ext|[Aa]ufsatz|[Bb]ericht|[Mm]ail|Nachricht|Postkarte|Karte|Zuschrift|Hilferuf|[Vv]ertrag"
    r"|[Gg]esetz|[Pp]apier|[Bb]eschluss|[Aa]ntrag|[Pp]rotokoll|[Ee]ntwurf|[Pp]rogramm|[Uu]rteil"
    r"|[Vv]orlage|[Ss]tellungnahme|[Gg]utachten)\w*"
    # the author's phrase ends before a second predicate ("zitierte den Beschluss der Konferenz
    # und sagte:": the reader's own words follow)
    r"(?:\s+(?P<author>(?:von|vom|des|der|eines|einer)\s+"
    r"(?:(?!\s(?:und|sowie)\s+(?:dann\s+|danach\s+)?"
    r"(?!(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem)\s)[a-zäöü])[^:.!?]){2,80}?))?(?:\s+vor)?\s*:\s*$"
)
# after a quotation: "heißt es aus dem Umfeld von X", "hieß es aus Kreisen des Ministeriums"
_CIRCLE_AFTER = re.compile(
    r"\s*[,.]?\s*(?:[–—-]\s*)?(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es\s+(?:[a-zäöü]+\s+){0,2}?aus\s+"
    r"(?:dem\s+Umfeld|Kreisen|dem\s+Kreis|der\s+Umgebung|dem\s+Lager|der\s+Nähe)\b"
)
# before a colon: "Aus dem Umfeld von X hieß es:"
_CIRCLE_BEFORE = re.compile(
    r"(?<![\w-])[Aa]us\s+(?:dem\s+Umfeld|Kreisen|dem\s+Kreis|der\s+Umgebung|dem\s+Lager)\b"
    r"[^:.!?]{0,100}?(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es\s*:\s*$"
)


def _read_from(doc: _Doc, q_open: int, q_close: int) -> list[PersonMention] | None:
    """None where the quotation is spoken in the usual way; else its speaker as the text gives
    it: the named author of a document someone reads out, or no one (an unnamed author, a
    person's circle)."""
    text = doc.text
    if _CIRCLE_AFTER.match(text, q_close) or _CIRCLE_BEFORE.search(
        text, max(0, q_open - 160), q_open
    ):
        return []
    m = _READ_OUT.search(text, max(0, q_open - 200), q_open)
    if m is None:
        return None
    if m.group("author") is None:
        return []  # "las aus dem Regierungsprogramm vor:": a text's words, no one's own
    lo, hi = m.start("author"), m.end("author")
    known = [p for p in doc.persons_in(lo, hi)]
    if known:
        return known[:1]
    toks = tokenize(text, lo, hi)
    for k in range(len(toks)):
        parsed = _parse_person(toks, k)
        if parsed and parsed[0].given:
            return [parsed[0]]
    return []


def _is_sentence(quote: str) -> bool:
    """A quotation that is a whole sentence (``Wir halten Wort.``), not a title or term."""
    return len(quote.split()) >= 3 and quote[:1].isupper() and quote[-1:] in ".!?"


class _Doc:
    """One document's text with the persons found in it, indexed for look-ups by position."""

    def __init__(self, index: TextIndex, offices: list[OfficeMention]) -> None:
        self.index = index
        self.text = index.text
        self.offices = offices
        self.quoted = [(a, b) for a, b, _, _ in quote_spans(self.text)]
        self.quote_starts = [a for a, _ in self.quoted]
        self._addressed: dict[str, bool] = {}
        self.persons = sorted(
            {(o.person.start, o.person.end): o.person for o in offices}.values(),
            key=lambda p: p.start,
        )
        self.starts = [p.start for p in self.persons]
        self.by_start = {p.start: p for p in self.persons}
        self.by_family: dict[str, PersonMention] = {}
        for p in self.persons:
            if p.given or p.family not in self.by_family:
                self.by_family.setdefault(p.family, p)
        self._mentions: list[tuple[int, PersonMention]] | None = None
        self._predicates: list[re.Match[str]] | None = None
        self._predicate_starts: list[int] = []
        self.found: dict[re.Pattern[str], _Found] = {}  # for _matches_outside
        self._verb_names: list[tuple[int, int, int]] | None = None  # for _previous_names
        self._verb_name_starts: list[int] = []
        self._colons: list[int] | None = None  # for last_colon
        # the gender the text gives a person through their role noun ("Sozialministerin")
        # outweighs the list of given names ("Merle" is listed as mostly male)
        self.role_gender: dict[str, bool] = {}
        for o in offices:
            word = o.role_text.split()[-1] if o.role_text.split() else ""
            if word.endswith("in"):
                self.role_gender.setdefault(o.person.family, True)
            elif word.endswith(("er", "or", "är", "ent", "at", "ef")):
                # Minister, Senator, Staatssekretär, Ministerpräsident, Staatsrat, Regierungschef
                # (not "die/der Beauftragte", which shows no gender)
                self.role_gender.setdefault(o.person.family, False)

    def last_colon(self, lo: int, hi: int) -> int:
        """``text.rfind(":", lo, hi)`` from the colons of the text, found once (a sentence that
        runs on was read back to its start for every quotation in it)."""
        if self._colons is None:
            self._colons = literal_starts(self.text, [(":", 0)])
        i = bisect.bisect_left(self._colons, hi) - 1
        return self._colons[i] if i >= 0 and self._colons[i] >= lo else -1

    def predicate_in(self, lo: int, hi: int) -> re.Match[str] | None:
        """The first predicate of saying that lies within ``[lo, hi)`` (the text is read for
        them once, not again for every quotation of a long sentence)."""
        if self._predicates is None:
            self._predicates = list(SPEECH_PREDICATE.finditer(self.text))
            self._predicate_starts = [m.start() for m in self._predicates]
        i = bisect.bisect_left(self._predicate_starts, lo)
        while i < len(self._predicates) and self._predicates[i].start() < hi:
            if self._predicates[i].end() <= hi:
                return self._predicates[i]
            i += 1
        return None

    def quoted_at(self, pos: int) -> bool:
        """``pos`` lies inside a quotation (its marks included)."""
        spans = self.quoted
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    def quote_opens_in(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.quote_starts, lo)
        return i < len(self.quote_starts) and self.quote_starts[i] < hi

    def persons_in(self, lo: int, hi: int) -> list[PersonMention]:
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.persons) and self.persons[i].start < hi:
            if self.persons[i].end <= hi:
                out.append(self.persons[i])
            i += 1
        return out

    def mentions(self) -> list[tuple[int, PersonMention]]:
        """Every occurrence of a known family name (and speakers' names), by end offset."""
        if self._mentions is None:
            found: list[tuple[int, PersonMention]] = []
            if self.by_family:
                rx = re.compile(
                    r"(?<![\w-])(?:"
                    + "|".join(re.escape(f) for f in sorted(self.by_family, key=len, reverse=True))
                    + r")(?![\w-])"
                )
                for m in rx.finditer(self.text):
                    p = self.by_family[m.group()]
                    found.append(
                        (m.end(), PersonMention(p.family, p.given, m.start(), m.end(), p.honorific))
                    )
            self._mentions = found
        return self._mentions

    def antecedent(
        self,
        before: int,
        female: bool | None = None,
        noun: str | None = None,
        forward: bool = True,
    ) -> PersonMention | None:
        """The person named last before ``before`` (agreeing in gender where both are known);
        for a descriptor ``noun`` first the person the text introduced with it (``Landrat X``
        … ``der Landrat``)."""
        if noun:
            introduced = self.introduced_as(noun, before)
            if introduced is not None:
                return introduced
        mentions = self.mentions()
        i = bisect.bisect_right(mentions, before, key=lambda m: m[0]) - 1
        best: PersonMention | None = None
        while i >= 0 and mentions[i][0] > before - 4000:
            p = mentions[i][1]
            if self.quoted_at(p.start):
                i -= 1  # a person named inside a quotation is spoken about, not speaking
                continue
            g = self.role_gender.get(p.family)
            if g is None:
                g = _female(p)
            if female is None or g is None or g == female:
                best = p
                break
            i -= 1
        for p in _previous_names(self, before, last=True):
            if best is None or p.end > best.end:
                best = p
        if best is None and female is not None:
            # a person named with no office ("Lea Beispiel leitet das Zentrum. Die 41-Jährige
            # sagt: …"), else, no one named before: the descriptor points forward to the person
            # the next sentences name ("Die Senatorin gab sich entschlossen: „…“ …, sagte X")
            best = _named_before(self, before, female, 0)
            if best is None and forward:
                best = self.named_after(before, female, noun)
        return best

    def introduced_as(self, noun: str, before: int) -> PersonMention | None:
        """The last person named right after ``noun`` (or its feminine or masculine form)
        before ``before``, in its paragraph or the one before: ``Landrat Udo X``."""
        stem = noun[:-2] if noun.endswith("in") and len(noun) > 5 else noun
        lo = max(0, before - 1500)
        best = None
        for m in re.finditer(
            rf"(?<![\w-]){re.escape(stem)}(?:in)?\s+(?=[A-ZÄÖÜ])", self.text[lo:before]
        ):
            start = lo + m.end()
            if self.quoted_at(start):
                continue
            parsed = parse_name(tokenize(self.text, start, min(before, start + 120)), 0)
            if parsed and (parsed[0].given or parsed[0].family in self.by_family):
                best = self.by_start.get(parsed[0].start, parsed[0])
        return best

    def named_after(
        self, pos: int, female: bool, noun: str | None = None, from_pos: bool = False
    ) -> PersonMention | None:
        """The first person of agreeing gender named by full name after ``pos``, outside
        quotations, in its paragraph and within the next two sentences; not one the text gives
        another role (``„…“, hatte die Kanzlerin gesagt. Heute sieht Ministerin X das anders``)."""
        index, text = self.index, self.text
        block = index.block_at(pos)
        hi = min(block[1] if block else len(text), pos + 600)
        # from the end of the descriptor's sentence ("sagte die Sprecherin, nachdem Ministerin
        # X gegangen war" names someone else) through the next two
        s = index.sentence_at(pos)
        if not from_pos:  # (from_pos: a paragraph's start, its first sentence read too)
            pos = max(pos, s[1])
        for _ in range(2):
            if s[1] >= hi:
                break
            s = index.sentence_at(s[1] + 1)
        hi = min(hi, max(s[1], pos))
        found = {p.start: p for p in self.persons_in(pos, hi)}
        toks = tokenize(text, pos, hi)
        for k in range(len(toks)):
            if toks[k].text[:1].isupper() and is_given_name(toks[k].text):
                parsed = parse_name(toks, k)
                if parsed and parsed[0].given:
                    found.setdefault(parsed[0].start, parsed[0])
        for start in sorted(found):
            p = found[start]
            if self.quoted_at(start) or _governed(self.text, pos, start):
                # "Widerspruch kam von der Abgeordneten X": a person in a prepositional phrase or
                # an object is no one the descriptor points to
                continue
            if noun and self._other_role(p, noun):
                continue
            g = self.role_gender.get(p.family)
            if g is None:
                g = _female(p)
            if g is None or g == female:
                return p
        return None

    def _other_role(self, p: PersonMention, noun: str) -> bool:
        """The text gives ``p`` a role, and none of them is ``noun`` (``Ministerin`` ~
        ``Sozialministerin``, ``Minister`` ~ ``Ministerin``)."""
        stem = _FEMININE_ROLE.sub("", noun).lower()
        roles = [o.role_text.split()[-1] for o in self.offices if o.person.family == p.family]
        before = self.text[max(0, p.start - 40) : p.start].split()
        if (
            before
            and before[-1][:1].isupper()
            and (role_class(before[-1]) or _is_descriptor(before[-1]))
        ):
            roles.append(before[-1])
        return bool(roles) and not any(
            _FEMININE_ROLE.sub("", r).lower().endswith(stem) for r in roles if r
        )


_BARE_RX1 = re.compile(r"\s*(?:des|der|eines|einer|vom|von|aus|im|beim|bei)\b")


def _bare(text: str, end: int) -> bool:
    """The descriptor ending at ``end`` has no attribute of its own: ``die Sprecherin`` may
    point to a name that follows, ``die Sprecherin des Ministeriums`` is someone unnamed."""
    return not _BARE_RX1.match(text[end:])


def _is_descriptor(noun: str) -> bool:
    """A noun that refers back to a named person: a role, ``SPD-Politikerin``, ``Vorsitzende``
    (:func:`~intgraph.language.lexicon.is_descriptor`), an age (``die 54-Jährige``), or a
    party member (``der Sozialdemokrat``, ``die Integrationspolitikerin``, ``der CDU-Mann``)."""
    return is_descriptor(noun) or bool(_PERSON_NOUN.search(noun) or _PARTY_MEMBER.search(noun))


# nouns for a member of a party or a politician of a field (the head of a compound)
_PARTY_MEMBER = re.compile(
    r"(?:[a-zäöü]politiker(?:in)?|(?:Sozial|Christ)demokrat(?:in)?|Christsoziale[rn]?|Liberale[rn]?"
    r"|^[A-ZÄÖÜ]{2,}[a-z]?-(?:Mann|Frau|Politiker(?:in)?|Chef(?:in)?))$"
)


def _descriptor_gender(phrase: str, noun: str) -> bool | None:
    """The gender of a descriptor phrase: a feminine noun (``die Ministerin``), else for a
    nominalised adjective the article (``die Beauftragte``, ``der Vorsitzende``, ``die
    54-Jährige``: the noun alone shows none)."""
    if noun.endswith("e") and not noun[:1].islower():
        article = phrase.split()[0].lower() if phrase.split() else ""
        return {"die": True, "der": False}.get(article)
    return is_female_noun(noun)


def _female(p: PersonMention) -> bool | None:
    from intgraph.language.wordlists import given_name_gender

    return given_name_gender(p.given.split()[0]) if p.given else None


def _land_code(phrase: str) -> str | None:
    found = lands_in_phrase(phrase)
    return found[0].code if found else None


def _sentence(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with its white-space runs flattened, cut at 600 characters; only as
    much is flattened as that needs (a quotation late in a 10 MB line: issue 16)."""
    chunk = 1216
    while True:
        stop = min(end, start + chunk)
        out = _WHITE_SPACE.sub(" ", text[start:stop])
        if stop >= end or len(out) > 600:
            return out[:600]
        chunk *= 4


_WHITE_SPACE = re.compile(r"\s+")


def _continues(index: TextIndex, prev_close: int, q_open: int) -> bool:
    """A quote that follows the previous speaker's quote without a new speaker: in the same
    block, or opening the next paragraph when the previous one ends with that quote (a
    speaker's words over several paragraphs, each quoted on its own)."""
    block = index.block_at(q_open)
    if block is None:
        return False
    if block[0] <= prev_close - 1 and q_open - prev_close < 200:
        return True
    text = index.text
    if text[block[0] : q_open].strip() or block[0] < prev_close:
        return False
    between = text[prev_close : block[0]]
    return len(between) < 12 and not between.strip(" \t\n.,;!?")


_SPEAKERS_BEFORE_RX1 = re.compile(r":\s*$")
_SPEAKERS_BEFORE_RX2 = re.compile(r"\s*Von\b")
# a noun of a stance or of an answer whose source "von X" closes the clause before the colon:
# X's words ("Unterstützung erhielt er von Staatssekretärin X: „…“", "Kritik kam auch von
# der Beauftragten X: „…“", "Widerspruch gab es von X:")
_STANCE_FROM = re.compile(
    # the noun opens the clause, maybe after an adverb or an adjective ("Auch Kritik kam …",
    # "Deutliche Kritik kam …"); inside a prepositional phrase it is another's ("Lang antwortete
    # auf die Kritik von Roth:" is Lang's)
    r"^\s*(?:(?:Auch|Doch|Und|Aber|Dafür|Dagegen)\s+)?(?:[A-ZÄÖÜa-zäöü][a-zäöüß]+e\s+)?"
    r"(?:Unterstützung|Zustimmung|Rückendeckung|Rückenwind|Zuspruch|Lob|Beifall|Kritik"
    r"|Widerspruch|Gegenwind|Protest|Antwort|Reaktion|Warnung|Mahnung|Appell)(?![\w-])"
    # the person's office and Land may stand between "von" and the name
    r"[^.!?:„“»«\"]{0,80}?(?<![\w-])von\s+(?:der\s+|dem\s+|den\s+)?(?:[\w.-]+\s+){0,4}$"
)
# the noun for a fellow member of a parliament or cabinet before a name ("die Kollegin X")
_COLLEAGUE_NOUN = re.compile(r"(?:Amts|Fraktions|Partei|Ressort)?[Kk]olleg(?:e|en|in)")


# a line that opens a list item: a bullet or dash, or the line after one that a quotation ends
# as a whole sentence ("„Wir haben geliefert.“" / "Senatorin X: „…“")
_ITEM_LINE = re.compile(r"[ \t]*(?:[–—•·*-][ \t]+|(?<=[.!?][“”»«\"]\n))(?=[A-ZÄÖÜ])")


def _item_start(text: str, lo: int, pos: int) -> int:
    """Where the list item holding ``pos`` starts (after its bullet), if its line opens one
    after ``lo``; else ``lo``."""
    line = text.rfind("\n", lo, pos) + 1
    if line <= lo:
        return lo
    m = _ITEM_LINE.match(text, line)
    return m.end() if m else lo


def _labelled_item(text: str, q_open: int) -> bool:
    """The quotation follows a list item's label and colon on its line (``– Y: „…“``)."""
    line = text.rfind("\n", 0, q_open) + 1
    m = _ITEM_LINE.match(text, line)
    return bool(m and line > 0 and text[m.end() : q_open].rstrip().endswith(":"))


def _speakers_before(doc: _Doc, q_open: int) -> list[PersonMention]:
    text, index = doc.text, doc.index
    pre = text[max(0, q_open - 300) : q_open]
    if not _SPEAKERS_BEFORE_RX1.search(pre):
        return []
    colon = len(pre.rstrip()) - 1 + max(0, q_open - 300)  # the colon, maybe a paragraph before
    s_start, _ = index.sentence_at(colon)
    block = index.block_at(colon)
    lo = max(s_start, block[0] if block else 0, q_open - 300)
    # a list item is a clause of its own, whatever joined its lines into one sentence ("–
    # Senatorin X (Berlin): „…“" under "– Minister Y, Vorsitzender: „…“")
    lo = max(lo, _item_start(text, lo, colon))
    # the persons the clause names: recognised with their office, by full name, or by a family
    # name already known ("Reiter sagte der Zeitung: „…“"); the subject of its verb speaks
    # ("Über die Pläne von Roth sagte Lang: „…“" -> Lang)
    toks = tokenize(text, lo, q_open)
    people = {p.start: p for p in doc.persons_in(lo, q_open)}
    for k in range(len(toks)):
        parsed = _parse_person(toks, k)
        if parsed and (parsed[0].given or parsed[0].honorific):
            if not any(p.start <= parsed[0].start < p.end for p in people.values()):
                people[parsed[0].start] = parsed[0]
    colon = [k for k, t in enumerate(toks) if t.text == ":"]
    if colon and colon[-1] > 0:
        p = parse_name_backwards(toks, colon[-1] - 1)
        if p and not any(q.start <= p.start < q.end for q in people.values()):
            people[p.start] = p
    for t in toks:
        q = doc.by_family.get(t.text)
        if q is not None and t.text[:1].isupper():
            if not any(p.start <= t.start < p.end for p in people.values()):
                people[t.start] = PersonMention(q.family, q.given, t.start, t.end, q.honorific)
    for k in range(len(toks) - 1):
        # "Die Kollegin Arslan hat es auf den Punkt gebracht: „…“": a family name in apposition
        # after a colleague or person noun names a person the text need not give an office
        # (a member of parliament), with the given name the text gives elsewhere (a
        # transcript's label "Abg. Derya Arslan GRÜNE:")
        noun, fam = toks[k].text, toks[k + 1]
        nxt = toks[k + 2].text if k + 2 < len(toks) else ""
        if (
            (_COLLEAGUE_NOUN.fullmatch(noun) or _PERSON_NOUN.search(noun))
            and fam.text not in doc.by_family
            and is_family_name_after_given(fam.text)
            and not nxt[:1].isupper()
            and not any(p.start <= fam.start < p.end for p in people.values())
        ):
            full = _full_name(doc, fam.text)
            if full.given or is_name_token(fam.text):
                people[fam.start] = PersonMention(fam.text, full.given, fam.start, fam.end, None)
    if not people and toks and _GIVEN_ONLY.match(text, toks[0].start):
        # "Mira war danach skeptisch: „…“": a person the text calls by the given
        # name alone ("Die 16-jährige Mira fragte …") opens the clause as its subject
        first = toks[0]
        if (
            is_given_name(first.text)
            and not is_common_noun(first.text)
            and not role_class(first.text)
            # introduced before inside a sentence ("Die 16-jährige Mira fragte …"), so a
            # person, not an adverb that looks like a name ("Darin heißt es:")
            and re.search(
                rf"(?<=[a-zäöüß] ){re.escape(first.text)}(?![\w-])", text[max(0, lo - 2000) : lo]
            )
            # a city named like a given name ("Jena", "Gera") is a place, not a person, where
            # the text names it after a preposition of place ("in Jena") or in a dateline
            and not _named_as_place(text, first.text, lo)
        ):
            people[first.start] = PersonMention(first.text, None, first.start, first.end, None)
    named = [people[k] for k in sorted(people) if not doc.quoted_at(k)]
    owner = _WORDS_OF.search(text, lo, q_open)
    if owner:
        # "erinnerte an einen Satz der früheren Beauftragten X: „…“": the words are the
        # owner's, whoever recalls them
        owned = [p for p in named if owner.start("owner") <= p.start < owner.end("owner")]
        if owned:
            return owned[:1]
    written = _WRITTEN_IT_SAYS.match(text, lo, q_open)
    if written and not named:
        return _author_before(doc, lo, written)
    if named:
        last = named[-1]
        if not text[last.end : q_open].strip(" \t\n:") and _STANCE_FROM.match(
            text[lo : last.start]
        ):
            return [last]
        subject = _subject(doc, lo, q_open, named)
        if subject:
            # "Beauftragte X und Senatorin Y gemeinsam: „…“": coordinated subjects speak both
            return _coordinated(text, subject[0], doc, q_open)
        # every person named is inside a prepositional phrase: a document speaks ("In dem
        # von Ministerin X vorgelegten Bericht heißt es: „…“"), unless the phrase is the
        # clause's source ("Von Ministerin X hieß es: „…“", "Von X kam die Antwort: „…“")
        if _SPEAKERS_BEFORE_RX2.match(text[lo:q_open]):
            return named[:1]
    # "Dann wurde er deutlich: „…“", "Sie zeigte sich überzeugt: „…“": a pronoun as the subject
    # of a verb of saying refers to the last person of its gender named before
    pron = _PRONOUN_SUBJECT.search(text, lo, q_open)
    verb = doc.predicate_in(lo, q_open) or _SPEECH_WORD.search(text, lo, q_open)
    if (
        pron
        and verb
        and not (pron.group(1).lower() == "sie" and verb.group().split()[0].endswith("en"))
    ):
        best = _named_before(doc, lo, pron.group(1).lower() == "sie", 0)
        if best:
            return [best]
    poss = _POSSESSIVE.search(text, lo, q_open)
    if poss and not _NAMING_NOUN.search(poss.group()):
        best = doc.antecedent(poss.start(), poss.group("pos").lower().startswith("ihr"))
        if best:
            return [best]
    view = _VIEW_OF.match(text, lo, q_open)
    if view:
        # "Für Senator X ist klar: „…“", "Für X steht fest: „…“": the person whose view the
        # colon opens
        found = [
            p
            for p in people.values()
            if view.start("who") <= p.start
            and p.end == view.end("who")
            and all(
                t.text in ARTICLES
                or t.text in TITLES
                or role_class(t.text)
                or lands_in_phrase(t.text)
                for t in tokenize(text, view.start("who"), p.start)
            )
        ]
        if found:
            return found[:1]
    nv = _NAME_VERB_COLON.search(text[lo:q_open])
    known = nv is None and _NAME_FINITE_COLON.search(text[lo:q_open])
    if nv and not role_class(nv.group("name")):
        # a family name alone before a verb of saying: a name token, or a word the text gives
        # after a given name ("Frank Schimmelpfennig … Schimmelpfennig fügte hinzu:")
        q = doc.by_family.get(nv.group("name"))
        full = None if q else _full_name(doc, nv.group("name"))
        if q or is_name_token(nv.group("name")) or (full and full.given):
            given, hon = (q.given, q.honorific) if q else (full.given if full else None, None)
            a, b = lo + nv.start("name"), lo + nv.end("name")
            return [PersonMention(nv.group("name"), given, a, b, hon)]
    if known and not role_class(known.group("name")):
        # "Sauerbrey wirkte weniger euphorisch: »…«": a family name the text has given a
        # person before (with a given name, or with an office) opening the clause whose
        # colon opens the quotation, before its finite verb: the subject, whose words follow
        name = known.group("name")
        q = doc.by_family.get(name)
        full = None if q else _full_name(doc, name)
        if (q and q.start < lo) or (full and full.given and full.start < lo):
            given, hon = (q.given, q.honorific) if q else (full.given if full else None, None)
            a, b = lo + known.start("name"), lo + known.end("name")
            return [PersonMention(name, given, a, b, hon)]
    # "Der Staatsrat fügte an: »…«" — a descriptor for the person named last
    for d in reversed(list(_DESCRIPTOR.finditer(text, lo, q_open))):
        if _is_descriptor(d.group("noun")):
            best = doc.antecedent(
                d.start(),
                _descriptor_gender(d.group(), d.group("noun")),
                d.group("noun"),
                _bare(text, d.end()),
            )
            if best:
                return [best]
    return []


def _named_as_place(text: str, word: str, before: int) -> bool:
    """Whether ``word``, a listed city, stands as a place before ``before``: after a preposition
    of place (``in Jena``, ``aus Gera``) or opening a line (a dateline).

    >>> _named_as_place("Die Schule in Jena lädt ein. Jena war begeistert.", "Jena", 29)
    True
    >>> _named_as_place("Die 16-jährige Mira fragte. Mira war skeptisch.", "Mira", 28)
    False
    """
    if not city_land(word):
        return False
    return (
        re.search(
            rf"(?:(?<![\w-])(?:in|In|aus|Aus|nach|bei|von|vom|Stadt)\s+|^[ \t]*){re.escape(word)}(?![\w-])",
            text[max(0, before - 2000) : before],
            re.M,
        )
        is not None
    )


# a capitalised word opening a clause before its finite verb (lower case), not a name's first
# part ("Mira war …", not "Mira Beispiel sagte …")
_GIVEN_ONLY = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]+\s+(?!(?:und|oder|von|van|de|al|el)\s)[a-zäöüß]+(?![\w-])"
)
# a noun of words with its owner before a colon: "erinnerte an einen Satz der früheren
# Beauftragten X:", "zitierte die Worte von X:", "griff eine Mahnung ihres Vorgängers X auf:"
_WORDS_OF = re.compile(
    r"(?<![\w-])(?:Satz|Sätze|Sätzen|Worte|Worten|Wort|Zitat|Ausspruch|Aussage|Mahnung|Appell"
    r"|Bemerkung|Leitsatz|Credo|Warnung|Forderung|Versprechen)\s+"
    r"(?:des|der|von|vom|seines|seiner|ihres|ihrer|unseres|unserer|eines|einer)\s+"
    r"(?P<owner>[^:.!?„“»«\"\n]{2,120}?)(?:\s+(?:auf|an|vor|zurück|ein|wieder))?\s*:\s*$"
)
# "Darin heißt es:", "In ihrem Brief heißt es:": the words of a letter or article the text
# has just named, whose writer the sentence before names (``_author_before``)
_WRITING = (
    r"(?:Brief|Briefes|Briefs|Schreiben|Schreibens|Gastbeitrag|Gastbeitrags|Beitrag|Beitrags"
    r"|Namensartikel|Kolumne|E-Mail|Mail|Rundmail|Tweet|Post|Beitrag|Grußwort|Vorwort"
    r"|Redemanuskript|Manuskript|Rede|Facebook-Post|Instagram-Post)"
)
_WRITTEN_IT_SAYS = re.compile(
    r"\s*(?:Darin|Dort|Hierin|Da\s*rin"
    rf"|In\s+(?P<pos>ihrem|seinem|ihrer|seiner|dem|diesem|der|dieser)\s+(?:[a-zäöü][\w-]*\s+)?{_WRITING})"
    r"\s+(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es(?:\s+[a-zäöü][\w-]*){0,3}\s*:\s*$"
)
# the writing of someone else than the sentence's subject: "erhielt einen Brief von Schülern"
_OTHERS_WRITING = re.compile(
    rf"(?<![\w-]){_WRITING}\s+(?:von|vom|des|der|eines|einer|aus)(?![\w-])"
    r"|(?<![\w-])(?:erhielt|erhielten|erhalten|erhält|bekam|bekamen|bekommen|bekommt|empfing"
    r"|beantwortet|beantwortete|beantworteten)(?![\w-])"
)


def _author_before(doc: _Doc, lo: int, written: re.Match[str]) -> list[PersonMention]:
    """The writer of the letter or article whose words "Darin heißt es:" quotes: with a
    possessive (``In ihrem Brief``) the last person of its gender named before; else the one
    person who is the subject of the sentence before, where that sentence names a writing of
    the subject's own (``In einem Brief an die Kanzlerin schlägt Minister X Alarm. Darin
    heißt es: …``; not ``Ministerin X erhielt einen Brief von Eltern``)."""
    pos = (written.group("pos") or "").lower()
    if pos in ("ihrem", "seinem", "ihrer", "seiner"):
        best = doc.antecedent(lo, pos.startswith("ihr"))
        return [best] if best else []
    prev = doc.index.sentence_before(lo)
    if prev is None:
        return []
    ps, pe = prev
    if not re.search(rf"(?<![\w-]){_WRITING}(?![\w-])", doc.text[ps:pe]) or _OTHERS_WRITING.search(
        doc.text, ps, pe
    ):
        return []
    people = [p for p in doc.persons_in(ps, pe) if not doc.quoted_at(p.start)]
    subject = clause_subject(doc.text, ps, pe, people, None)
    return subject[:1]


# "Für X ist klar:", "Für X steht fest:", "Für X gilt:": X's view opens after the colon
_VIEW_OF = re.compile(
    r"\s*(?:[Ff]ür|[Bb]ei)\s+(?P<who>[^:.!?]{3,80}?)\s+(?:(?:ist|war|steht|stand)\s+(?:es\s+)?"
    r"(?:\w+\s+)?(?:klar|fest|sicher|eindeutig|ausgemacht|entscheidend|offensichtlich|zentral)"
    r"|gilt|galt)\s*:\s*$"
)


# the owner of "dieser Satz", "diese Worte": a genitive ("unseres Ministers X", "der Senatorin
# X"), "von X", or "stammt von X"
_SATZ_OWNER = re.compile(
    r"\s*(?:(?:stammt|stammte|stammen|stammten)\s+(?:\w+\s+){0,2}?(?:von|vom|aus)\b|"
    # a genitive ("des Ministers X", "meiner Vorgängerin X", "unseres früheren Senators X")
    r"(?:des|der|eines|einer|(?:mein|dein|unser|euer|eur|ihr|sein)(?:es|er)|von|vom)\b)"
)


_NEXT_CLAUSE = re.compile(r",\s+[a-zäöü]")


def _speakers_after(
    doc: _Doc, q_open: int, q_close: int, floor: int = 0
) -> tuple[list[PersonMention], tuple[str, int, int] | None]:
    text = doc.text
    m = _AFTER.match(text, q_close)
    if not m:
        return _speaker_in_parentheses(doc, q_close), None
    if m.group("think") and not (
        "," in text[q_close : m.start("think")]
        or text[q_close - 2 : q_close - 1] in ",.!?"
        or not text[doc.index.sentence_at(q_open)[0] : q_open].strip(" \t\n–—-")
    ):
        # "„…“, findet X" attributes a quotation that is a clause of its own (a comma after
        # it, or it opens the sentence: "„…“ findet auch X"); "Die Reihe „…“ findet X gut"
        # names a thing that X likes
        return [], None
    if m.group("satz") and not _SATZ_OWNER.match(text, m.end()):
        # "„…“ – dieser Satz unserer Senatorin X": the words are X's where X owns them; in
        # "dieser Satz stieß auf Spott, etwa bei X" X only speaks about them
        return [], None
    p = _PRONOUN.match(text, m.end())
    if p and not m.group("heisst"):
        # "„…“, betonte er": the person named last before the quotation whose gender agrees;
        # "„…“, sagten sie" (plural) names no one
        verb = m.group("verb") or m.group("any") or ""
        if verb.lower() == "so" or (p.group(1) == "sie" and verb.endswith("en")):
            return [], None
        best = _named_before(doc, q_open, p.group(1) == "sie", floor)
        if best is None:
            best = _cataphora(doc, q_open, q_close, p.group(1) == "sie", floor)
        return ([best] if best else []), None
    # the attribution clause runs to the end of the sentence or the next quotation
    stop = min(len(text), m.end() + 400)
    for pat in (_CLAUSE_END, r"[„»\"“]", r"\n\s*\n"):
        mm = re.compile(pat).search(text, m.end(), stop)
        if mm:
            stop = min(stop, mm.start())
    clause_start = m.end()
    if m.group("aux"):
        participle = _PARTICIPLE_OF_SAYING.search(text, clause_start, stop)
        if participle and _DENIED.search(text, clause_start, participle.start()):
            return [], None  # "„…“ – das hat Ministerin X so nie gesagt": she denies them
    if m.group("so_aux"):
        # the subject stands in the clause of "so hat": not in one after it ("so hat der
        # Verband sein Motto genannt, sagte X")
        nxt = _NEXT_CLAUSE.search(text, clause_start, stop)
        if nxt:
            stop = nxt.start()
    # "heißt es in einer Erklärung von X": the speaker phrase follows a prepositional phrase
    loose = bool(
        m.group("heisst")
        or m.group("lautet")
        or m.group("satz")
        or m.group("fronted")
        or m.group("so_aux")
    )
    toks = tokenize(text, clause_start, stop)
    # the speaker phrase: "[ein/der] [adjectives] noun [genitive attribute], Name" or a name
    genitive = False
    prev_noun = False
    demonym_after_article = False
    skip_to = 0
    for k, t in enumerate(toks[:32]):
        word = t.text
        if t.start in doc.by_start:
            return _coordinated(text, doc.by_start[t.start], doc, stop), None
        if k < skip_to:
            continue
        if (
            word[:1].isupper()
            and role_class(word)
            and k + 1 < len(toks)
            and toks[k + 1].text == "für"
        ):
            # "erklärte die Ministerin für Soziales, Gesundheit und Familie, X": the remit
            # of the role noun, its commas included, before the apposition
            skip_to = scan_complement(toks, k)
            prev_noun = False
            continue
        if word == ",":
            genitive = prev_noun = False  # "eine Sprecherin der Behörde, Jana X"
            continue
        if genitive and not is_given_name(word) and word not in TITLES:
            # "die Leiterin des Vereins(, X)": the attribute names no person
            if k >= 20:
                break
            continue
        if word in ("des", "der") and prev_noun:
            genitive = True
            continue
        if word in _POSSESSIVE_GENITIVES:
            genitive = genitive or prev_noun
            continue
        if (
            word[:1].islower()
            and word not in _SKIP
            and word not in _INDEFINITE
            and word not in _POSSESSIVE_DETERMINERS
        ):
            # "so die hessische Arbeits- und Sozialministerin X"
            if loose or (
                _ADJECTIVE_OK.match(word)
                and (
                    lands_in_phrase(word)
                    or word_class(word) == "adjective"
                    or word.endswith("-")
                    or _ADJECTIVE_FORM.match(word)
                )
            ):
                continue
            break
        if (
            word[:1].isupper()
            and role_class(word)
            and not (
                k + 1 < len(toks) and (toks[k + 1].text[:1].isupper() or toks[k + 1].text in TITLES)
            )
            and all(lands_in_phrase(t.text) for t in toks[:k])
        ):
            # "„…“ – mit diesen Worten hat Sachsens Ausländerbeauftragter reagiert": a role
            # with no article and no name, news style, refers to its holder
            holder = _bare_role_holder(doc, word, q_close)
            return ([holder] if holder else []), None
        if is_demonym(word) and k and toks[k - 1].text in ARTICLES:
            # "kritisierte der Bremer Flüchtlingsrat": after an article a Land's demonym is
            # the adjective of the noun after it, no given name
            prev_noun = False
            demonym_after_article = True
            continue
        if word in TITLES or (is_name_token(word) and not role_class(word)):
            parsed = _parse_person(toks, k)
            bare = bool(
                parsed
                and not parsed[0].given
                and not parsed[0].honorific
                and parsed[0].family not in doc.by_family
            )
            if bare and (
                demonym_after_article
                or (k and toks[k - 1].text in ("der", "die", "das", "den", "dem", "des"))
            ):
                # "kritisierte der Seniorenrat": a family name takes no article, so a word
                # after one with no given name is a noun (a body), not a person
                prev_noun = True
                continue
            if parsed and not (loose and bare):
                return _coordinated(text, parsed[0], doc, stop), None
        prev_noun = word[:1].isupper() and word not in _SKIP
        demonym_after_article = False
    a = _anaphor(text, clause_start)
    if a and _is_descriptor(a[1]):
        phrase, role_word, r_start, r_end = a
        best = doc.antecedent(
            q_close, _descriptor_gender(phrase, role_word), role_word, _bare(text, r_end)
        )
        if best:
            role = (role_word, r_start, r_end) if role_class(role_word) else None
            return [best], role
    if not loose:
        return _subject_after_adverbials(doc, q_close, clause_start, stop)
    return [], None


def _bare_role_holder(doc: _Doc, role_word: str, q_close: int) -> PersonMention | None:
    """The person a role noun with no article and no name refers to (``„…“, sagte Hessens
    Innenminister``): the one the text names with that role, else the first person of the
    role's gender the next sentences name (a teaser before the report: ``… hat Sachsens
    Ausländerbeauftragter reagiert. Dresden. Konrad X äußerte sich …``)."""
    holder = _holder_of(doc, role_word, q_close)
    if holder is not None:
        return holder
    female = None if role_word.endswith("e") else is_female_noun(role_word)
    if female is None:
        return None
    found = doc.named_after(q_close, female, role_word)
    block = doc.index.block_at(q_close)
    if found is None and block and not doc.text[: block[0]].strip():
        # the quotation's paragraph opens the text (a teaser line): the report below names them
        nxt = len(doc.text) - len(doc.text[block[1] :].lstrip())
        if nxt < len(doc.text):
            found = doc.named_after(nxt, female, role_word, from_pos=True)
    return found


def _subject_after_adverbials(
    doc: _Doc, q_close: int, lo: int, hi: int
) -> tuple[list[PersonMention], tuple[str, int, int] | None]:
    """The subject of an inverted clause after the quotation when adverbials or a reflexive
    come before it (``„…“, sagte am Montag in Erfurt Innenministerin X``, ``„…“, zeigte
    sich X überzeugt``, ``„…“, sagte dazu die Senatorin``): the first person or descriptor of
    the middle field that no preposition governs, up to a comma (a subordinate clause names
    others: ``sagte die Sprecherin, nachdem Ministerin X …``)."""
    text = doc.text
    comma = text.find(",", lo, hi)
    hi = hi if comma == -1 else comma
    toks = tokenize(text, lo, hi)
    seen = lo  # the end of the last person read
    for k, t in enumerate(toks[:16]):
        w = t.text
        if t.start < seen:
            continue
        if w in ("der", "die") and k + 1 < len(toks):
            j = k + 1
            while (
                j < len(toks) - 1
                and toks[j].text[:1].islower()
                and _ADJECTIVE_OK.match(toks[j].text)
            ):
                j += 1
            noun = toks[j].text
            after = toks[j + 1].text if j + 1 < len(toks) else ""
            if (
                _is_descriptor(noun)
                and not (after in TITLES or is_given_name(after) or after in doc.by_family)
                and not _governed(doc.text, lo, t.start)
            ):
                best = doc.antecedent(
                    q_close, _descriptor_gender(w, noun), noun, _bare(text, toks[j].end)
                )
                if best:
                    role = (noun, toks[j].start, toks[j].end) if role_class(noun) else None
                    return [best], role
                return [], None
        if not (w[:1].isupper() or w in TITLES):
            continue
        person = doc.by_start.get(t.start)
        if person is None and (w in TITLES or is_name_token(w)):
            parsed = _parse_person(toks, k)
            if parsed and (parsed[0].given or parsed[0].family in doc.by_family):
                person = parsed[0]
        if person is not None and not role_class(w):
            seen = person.end
            if _governed(doc.text, lo, person.start):
                continue
            return _coordinated(text, person, doc, hi), None
    return [], None


_QUOTED = re.compile(r"[„»«\"“‚][^„»«\"“”‚‘]*[“”\"«»‘]")


_SPEAKERS_OF_TRAILING_CLAUSE_RX1 = re.compile(r",")
_SPEAKERS_OF_TRAILING_CLAUSE_RX2 = re.compile(r"[a-zäöüß]")
_SPEAKERS_OF_TRAILING_CLAUSE_RX3 = re.compile(r"[–—]|\s-\s")


def _speakers_of_trailing_clause(
    doc: _Doc, q_open: int, q_close: int, floor: int
) -> tuple[list[PersonMention], tuple[str, int, int] | None]:
    """A quoted fragment inside reported speech, its attribution after the clause:
    ``Man sei „auf gutem Weg“, sagte die Senatorin`` (the comma and verb within
    the sentence, no other quotation between)."""
    text = doc.text
    s, e = doc.index.sentence_at(q_close)
    before = text[max(s, q_open - 200) : q_open]
    if not _SPEAKERS_OF_TRAILING_CLAUSE_RX2.search(_QUOTED.sub("", before)):
        return [], None  # the quotation opens its clause: no fragment of reported speech
    hi = min(e, q_close + 200)
    for m in _SPEAKERS_OF_TRAILING_CLAUSE_RX1.finditer(text[q_close:hi]):
        comma = q_close + m.start()
        if doc.quote_opens_in(q_close, comma) or _SPEAKERS_OF_TRAILING_CLAUSE_RX3.search(
            text[q_close:comma]
        ):
            # "„…“ – solche Worte hallten lange nach, schreibt X": the quotation is named as
            # a subject, not spoken
            break
        after = _AFTER.match(text, comma)
        if after and (after.group("verb") or after.group("aux")):
            return _speakers_after(doc, q_open, comma, floor)
    return [], None


_ATTRIBUTION_LINE_RX1 = re.compile(r"[ \t]*(?:[–—-][ \t]*)?")


# an attribution line under a quotation that stands on its own line: "Dr. Jana X,
# Beauftragte für Migration", "– Ministerin X beim Fachtag"
def _attribution_line(doc: _Doc, q_open: int, q_close: int) -> list[PersonMention]:
    text = doc.text
    line_start = text.rfind("\n", 0, q_open) + 1
    eol = text.find("\n", q_close)
    if eol == -1 or text[line_start:q_open].strip() or text[q_close:eol].strip(" \t.,"):
        return []
    nxt = text.find("\n", eol + 1)
    nxt = len(text) if nxt == -1 else nxt
    lead = _ATTRIBUTION_LINE_RX1.match(text[eol + 1 : nxt])
    lo = eol + 1 + (lead.end() if lead else 0)
    # a line naming the spoken genre under a headline quotation ("Im Interview: Ministerin X",
    # "Rede von Minister X beim Neujahrsempfang"): the speaker of the piece is the headline's
    genre = _SPOKEN_GENRE_LINE.match(text, lo, nxt)
    if genre:
        lo = genre.end()
    toks = tokenize(text, lo, nxt)
    k = 0
    # "Sachsens Integrationsministerin X", "Die Thüringer Sozialministerin X", "Der neue
    # Staatssekretär X": the name's article, adjectives, Land and role
    if toks and toks[0].text in ("Der", "Die"):
        k = 1
    while (
        k < len(toks)
        and k < 4
        and (
            role_class(toks[k].text)
            or lands_in_phrase(toks[k].text)
            or (k > 0 and toks[k].text[:1].islower() and word_class(toks[k].text) == "adjective")
        )
    ):
        k += 1
    if k == 1 and toks[0].text in ("Der", "Die"):
        return []  # an article with no role after it ("Die Kommune …")
    parsed = _parse_person(toks, k) if k < len(toks) else None
    if not parsed or not (parsed[0].given or parsed[0].honorific):
        return []
    j = parsed[1]
    if not genre and j < len(toks) and toks[j].text not in (",", "(", "–", "—", "-"):
        # a sentence that starts with a name, not a caption; but under a headline quotation
        # (a paragraph's first line) the lead sentence whose subject the name is speaks it:
        # "„…“\nBrandenburgs Sozialministerin X hat heute … vorgestellt"
        # a headline that speaks (first or second person: "„Wir wollen …“"), not a title
        # ("„Willkommen in Kiel“")
        headline = (
            not text[:line_start].strip()
            or text[:line_start].rstrip(" \t").endswith("\n\n")
            or _NAVIGATION_LINE.search(text, max(0, line_start - 200), line_start) is not None
            # under the paper's masthead line with the date ("Kieler Blatt, 15.05.2024")
            or (line_start < 240 and _DATED_HEAD.fullmatch(text, 0, line_start) is not None)
        )
        verb = toks[j].text[:1].islower() and toks[j].text.isalpha()
        # (a statement: first or second person, or a finite verb of being, having or must:
        # "„Integration ist Handarbeit“"; not a title such as "„Willkommen in Kiel“")
        speaks = (
            _DEICTIC.search(text, q_open, q_close)
            or _FINITE_CLAIM.search(text, q_open, q_close)
            or _NEGATION.search(text, q_open, q_close)
        )
        if not (headline and verb and speaks):
            return []
    return [doc.by_start.get(parsed[0].start, parsed[0])]


# the start of a line that names a spoken piece and its speaker (an interview, a speech, a
# greeting), not a report or a commentary, whose author writes it ("Ein Kommentar von X")
_SPOKEN_GENRE_LINE = re.compile(
    r"(?:(?:Im|Ein)\s+)?(?:Interview|Gespräch|Rede|Grußwort|Ansprache|Festrede|Festansprache"
    r"|Statement|Regierungserklärung|Videobotschaft)"
    r"(?:\s*:\s*|\s+(?:mit|von|der|des)\s+(?:(?:der|dem|des)\s+)?)"
)
# a portal's navigation or breadcrumb line right above a headline ("Aktuelles | Presse")
_NAVIGATION_LINE = re.compile(r"(?:^|\n)[^\n]*\S[ \t]+[|>›»][ \t]+\S[^\n]*\n[ \t]*$")
# finite verbs that make a headline quotation a claim
_FINITE_CLAIM = re.compile(
    r"(?<![\w-])(?:ist|sind|bleibt|bleiben|wird|werden|muss|müssen|braucht|brauchen|darf|dürfen"
    r"|kann|können|gehört|gehören|hat|haben|gibt)(?![\w-])"
)
# a negation makes a verbless headline a claim too ("„Ohne Anerkennung keine Fachkräfte“",
# "„Nicht ohne die Kommunen“")
_NEGATION = re.compile(
    r"(?<![\w-])(?:[Kk]ein(?:e|er|es|em|en)?|[Nn]icht|[Nn]ie|[Nn]ichts)(?![\w-])"
)
# the head of a text above its headline: one or two short lines, the last ending in a date
# ("Leipziger Blatt, 15.05.2024", "Pressemitteilung\nKiel, 3. Mai 2024")
_DATED_HEAD = re.compile(
    r"\s*(?:[^\n]{1,100}\n\s*)?[^\n]{0,80}?(?<![\d.])\d{1,2}\.[ \t]?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+[ \t])"
    r"[ \t]?\d{4}[ \t]*\n[ \t]*"
)
# first- and second-person words: a quotation that speaks to or for someone
_DEICTIC = re.compile(
    r"(?<![\w-])(?:[Ii]ch|[Ww]ir|[Mm]ir|[Mm]ich|[Uu]ns|[Uu]nser\w*|[Mm]ein\w*|[Dd]u|[Ee]uch|[Ee]uer\w*"
    r"|[Dd]ich|[Dd]ir|[Dd]ein\w*)(?![\w-])"
)


_SPEAKER_IN_PARENTHESES_RX1 = re.compile(r"[ \t]*[.,]?[ \t]*\((?P<inner>[^()\n]{3,120})\)")


def _speaker_in_parentheses(doc: _Doc, q_close: int) -> list[PersonMention]:
    """A caption's attribution in brackets after the quotation: ``„…“ (Staatssekretär Dr. X)``."""
    m = _SPEAKER_IN_PARENTHESES_RX1.match(doc.text[q_close : q_close + 130])
    if not m:
        return []
    lo, hi = q_close + m.start("inner"), q_close + m.end("inner")
    known = doc.persons_in(lo, hi)
    if known:
        return [known[0]]
    toks = tokenize(doc.text, lo, hi)
    for k, t in enumerate(toks):
        if t.text == ",":
            break
        if t.text in TITLES or is_name_token(t.text):
            parsed = _parse_person(toks, k)
            if parsed and (parsed[0].given or parsed[0].family in doc.by_family):
                return [parsed[0]]
    return []


_PRONOUN = re.compile(r"\s*(er|sie)\b(?![\w-])")
_PRONOUN_SUBJECT = re.compile(r"(?<![\w-])([Ee]r|[Ss]ie)(?![\w-])")
# a headline teaser: "„…“ – Innenminister stellt Bilanz vor", "„…“ – Senatorin X eröffnet …"
# or a widget's attribution line under the quotation: "„…“\n– Staatssekretärin X beim Fachtag"
_TEASER = re.compile(r"[ \t]*(?:\n[ \t]*)?[–—-][ \t]+(?=[A-ZÄÖÜ])(?P<rest>[^\n]{1,200})")
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]+")
_FEMININE_ROLE = re.compile(r"(?<=[a-zäöü])in(?:nen)?$")


def _cataphora(
    doc: _Doc, q_open: int, q_close: int, female: bool, floor: int
) -> PersonMention | None:
    """A pronoun after a quotation that no one named before can be: where the paragraph
    introduced the speaker by a bare descriptor of agreeing gender (``Die Ministerin war
    bewegt. „…“, sagte sie …``), the person the next sentences name with that role (``…
    Saar-Integrationsministerin X will …``)."""
    block = doc.index.block_at(q_open)
    lo = max(block[0] if block else 0, floor, q_open - 600)
    for d in reversed(list(_DESCRIPTOR.finditer(doc.text, lo, q_open))):
        noun = d.group("noun")
        if doc.quoted_at(d.start()) or not _is_descriptor(noun) or not _bare(doc.text, d.end()):
            continue
        if _descriptor_gender(d.group(), noun) != female:
            continue
        after = doc.named_after(q_close, female, noun)
        if after is not None and not doc._other_role(after, noun):
            return after
        return None
    if _OPENS_TEXT.fullmatch(doc.text, block[0] if block else 0, q_open) and not doc.persons_in(
        0, q_open
    ):
        # a text that opens with the quotation ("Kiel. „…“, sagte sie. Ministerin X …"):
        # the person the next sentences name, unless they name her as the one the words are
        # aimed at ("Gemeint war Ministerin X", "Die Worte galten Senatorin X")
        after = doc.named_after(q_close, female)
        if after is not None and _TARGET_OF_WORDS.search(
            doc.text, max(doc.index.sentence_at(after.start)[0], after.start - 200), after.start
        ):
            return None
        return after
    return None


# a clause that names the one words are aimed at, not who spoke them: the passive of a verb of
# addressing or criticising ("Gemeint war X", "Angesprochen fühlte sich X", "Kritisiert wurde
# X") or "gelten" with the target in the dative ("Die Spitze galt X")
_TARGET_OF_WORDS = re.compile(
    r"(?<![\w-])(?:[Gg]emeint|[Aa]ngesprochen|[Aa]dressiert|[Aa]ngegriffen|[Kk]ritisiert|[Aa]ttackiert"
    r"|[Gg]erügt|[Gg]alt|[Gg]alten|[Gg]ilt|[Gg]elten)(?![\w-])[^.;:!?]*$"
)


# nothing before a quotation in its paragraph but a dateline ("Kiel.", "Berlin (dpa) -")
_OPENS_TEXT = re.compile(
    r"\s*(?:[A-ZÄÖÜ][\w/-]*(?:[ \t]+[A-ZÄÖÜ][\w/-]*)?(?:[ \t]*\([^()\n]{1,30}\))*[ \t]*[.:–—-]\s*)?"
)


def _descriptor_after(text: str, q_close: int) -> bool:
    """``„…“, sagte der Sozialdemokrat``: the attribution names its speaker by a descriptor, so
    that where it points to no one agreeing, no other person is guessed."""
    m = _AFTER.match(text, q_close)
    if not m or not (m.group("verb") or m.group("any")):
        return False
    a = _anaphor(text, m.end())
    return bool(a and _is_descriptor(a[1]) and _bare(text, a[3]))


def _body_after(text: str, q_close: int) -> bool:
    """``„…“, kritisierte der Bremer Flüchtlingsrat``: the attribution's subject is a noun
    phrase that names a body, no person, so that no one else is guessed as the speaker."""
    m = _AFTER.match(text, q_close)
    if not m or not m.group("verb"):
        return False
    a = _anaphor(text, m.end())
    if a is None:
        return False
    noun, end = a[1], a[3]
    if is_demonym(noun):
        after_demonym = _ANAPHOR_WORD.match(text, end)
        if after_demonym is None:
            return False
        noun, end = after_demonym.group(1), after_demonym.end(1)
    # (a family name takes no article: a capitalised word after one is a noun)
    if _is_descriptor(noun) or not noun[:1].isupper():
        return False
    nxt = _ANAPHOR_WORD.match(text, end)
    # no name in apposition after it ("sagte der Verbandschef Jan X" names a person)
    return nxt is None or not nxt.group(1)[:1].isupper()


def _pronoun_after(text: str, q_close: int) -> bool:
    m = _AFTER.match(text, q_close)
    return bool(m and _PRONOUN.match(text, m.end()))


# an age in apposition after a name: "Amir, 27, …", "Mira (16) …"
_AGE_APPOSITION = re.compile(r",[ \t]*\d{1,2}[ \t]*,|[ \t]*\(\d{1,2}\)")


def _named_before(doc: _Doc, pos: int, female: bool, floor: int) -> PersonMention | None:
    """The person a pronoun after a quotation refers to: the last one named in the quotation's
    paragraph or the one before it (office or none: a Landrat, a Geschäftsführerin), outside
    quotations and after ``floor``, whose gender (role noun, else given name) agrees."""
    index, text = doc.index, doc.text
    block = index.block_at(pos)
    lo = block[0] if block else max(0, pos - 600)
    prev = index.block_at(lo - 2) if lo >= 2 else None
    if prev is None and lo >= 2:
        b = index.sentence_before(lo)
        prev = index.block_at(b[0]) if b else None
    if prev is not None:
        lo = prev[0]
    lo = max(lo, floor, pos - 1000)
    found: dict[int, PersonMention] = {}
    mentions = doc.mentions()
    i = bisect.bisect_right(mentions, pos, key=lambda m: m[0]) - 1
    while i >= 0 and mentions[i][1].start >= lo:
        found[mentions[i][1].start] = mentions[i][1]
        i -= 1
    for w in _CAPITALISED.finditer(text, lo, pos):
        if w.group() in TITLES or is_given_name(w.group()):
            parsed = parse_name(tokenize(text, w.start(), min(pos, w.start() + 120)), 0)
            if parsed and (parsed[0].given or parsed[0].honorific):
                found.setdefault(parsed[0].start, parsed[0])
            elif _AGE_APPOSITION.match(text, w.end()) and not doc.quoted_at(w.start()):
                # "Amir, 27, kam vor zwei Jahren …": a person the story calls by the given
                # name alone, the age in apposition (news style)
                found.setdefault(w.start(), PersonMention(w.group(), None, w.start(), w.end()))
    # the nearest sentence that names an agreeing person, and in it the first one named: the
    # subject, as a rule ("Ministerin X lobte die Lehrerin Y. „…“, sagte sie." -> X)
    best = None
    best_sentence = -1
    for start in sorted(found):
        p = found[start]
        if doc.quoted_at(start):
            continue
        sentence = index.sentence_at(start)[0]
        if best is not None and sentence == best_sentence:
            continue
        g = doc.role_gender.get(p.family)
        if g is None:
            before = text[max(lo, start - 40) : start].split()
            noun = before[-1] if before else ""
            if noun[:1].isupper() and (role_class(noun) or word_class(noun) == "noun"):
                # "Landrätin Jana Kühn", "Geschäftsführer Tom Beispiel"
                g = bool(_FEMININE_ROLE.search(noun))
        if g is None:
            g = _female(p)
        if g is None and p.given is None and _AGE_APPOSITION.match(text, p.end):
            g = given_name_gender(p.family)  # "Amir, 27,": the given name's gender
        if g is None or g == female:
            best, best_sentence = p, sentence
    return best


def _speakers_of_teaser(doc: _Doc, q_close: int) -> list[PersonMention]:
    """A headline teaser quotation followed by a dash and a role: the name after the role
    (``„…“ – Ministerin X besucht …``), else the holder of that role whom the text names
    (``„…“ – Innenminister stellt Bilanz vor`` … ``Innenminister Dr. X hat heute …``)."""
    m = _TEASER.match(doc.text, q_close)
    if not m:
        return []
    toks = tokenize(doc.text, m.start("rest"), m.end("rest"))
    named = _parse_person(toks, 0) if toks else None
    if named and (named[0].given or named[0].family in doc.by_family):
        # "„…“ – Petra Roth zieht Bilanz": a full name (or one the text knows) heads the line
        return [doc.by_start.get(named[0].start, named[0])]
    for k, t in enumerate(toks[:4]):
        word = t.text
        if role_class(word):
            if k + 1 < len(toks):
                parsed = parse_name(toks, k + 1)
                if parsed:
                    return [doc.by_start.get(parsed[0].start, parsed[0])]
            holder = _holder_of(doc, word, q_close)
            return [holder] if holder else []
        if not (lands_in_phrase(word) or word_class(word) == "adjective"):
            return []
    return []


def _holder_of(doc: _Doc, role_word: str, after: int) -> PersonMention | None:
    """The person the text names with this role noun (``Innenminister`` ~ ``Innenministerin``,
    ``Ministerin`` ~ ``Integrationsministerin``): the first after ``after``, else the last."""
    stem = _FEMININE_ROLE.sub("", role_word).lower()
    hits = []
    for o in doc.offices:
        words = o.role_text.split()
        if words and _FEMININE_ROLE.sub("", words[-1]).lower().endswith(stem):
            hits.append(o.person)
    if not hits:
        return None
    later = [p for p in hits if p.start >= after]
    return min(later, key=lambda p: p.start) if later else max(hits, key=lambda p: p.start)


def _subject(doc: _Doc, lo: int, hi: int, people: list[PersonMention]) -> list[PersonMention]:
    """The person who is the subject of the clause's verb of saying (``Über die Pläne von Roth
    sagte Lang:`` → Lang; :func:`intgraph.language.phrases.clause_subject`), the verb being the
    clause's first predicate of saying or speech word."""
    verb = doc.predicate_in(lo, hi) or _SPEECH_WORD.search(doc.text, lo, hi)
    if verb is None:
        return clause_subject(doc.text, lo, hi, people, None)
    # a noun phrase before the verb, where no person and no quotation stands there
    noun_first = (
        not doc.persons_in(lo, verb.start())
        and not doc.quote_opens_in(lo, verb.start())
        and noun_phrase_prefield(doc.text, lo, verb.start())
    )
    return clause_subject(doc.text, lo, hi, people, (verb.start(), verb.end()), noun_first)


# a quoted term, not words: "die sogenannte „Obergrenze“", "das Projekt „Mama lernt Deutsch“"
_SCARE = re.compile(
    r"(?:(?<![\w-])(?:so\s?genannte[nmrs]?|namens|heißt|heißen|nennt\s+sich|Stichwort|Motto|"
    r"Titel|Slogan|Label)"
    # the noun of a named thing, alone or as a compound's head ("Modellprojekt „…“")
    r"|(?:[Pp]rojekt|[Pp]rogramm|[Kk]onzept|[Bb]egriff|[Ll]eitfaden|[Hh]andbuch|[Ww]ettbewerb|"
    r"[Pp]odcast|[Pp]ortal|[Nn]etzwerk|[Pp]lan|[Pp]aket|[Mm]odell|[Ff]ormat|[Aa]ngebot|[Ff]ilm|"
    r"[Ff]estival|[Ff]achtag|[Ll]eitbild)(?:e?s)?"
    r"|(?:[Bb]uch|[Gg]esetz|[Pp]reis|[Kk]ongress)(?:es)?|[Bb]ündnis(?:ses)?"
    r"|[Kk]ampagne|[Ii]nitiative|[Aa]ktion|[Rr]eihe|[Bb]roschüre|[Ss]tudie|[Ss]chlagwort"
    r"|[Üü]berschrift|[Aa]usstellung|[Tt]agung|[Ff]onds"
    # a sentence cited as such, its owner not named before it ("erinnerte an den Satz „…“",
    # "den berühmten Spruch „…“"): mentioned, not the subject's own words
    # (not the instrument of the subject's saying: "Mit dem Satz „…“ eröffnete X die Tagung")
    r"|(?<![\w-])(?<![Mm]it\s)(?:den|der|dem|des|einen|eines)\s+(?:[a-zäöü][\w-]*\s+){0,2}"
    r"(?:Satz|Satzes|Spruch|Spruchs|Ausspruch|Ausspruchs))(?![\w-])\s*[„»«\"“‚]$"
)


def _names_thing(text: str, q_open: int, quote_text: str) -> bool:
    """The quotation is the name of a thing or a term, so no one's words, whatever path would
    attribute it: it follows a naming word or a noun of a named thing as that noun's close
    apposition (``das Modellprojekt „Wir lesen“``, ``der so genannte „Kurswechsel“``).
    A quotation that opens with an indefinite article is a predicate, not a name (``laut X ist
    das Gesetz „ein großer Wurf“``)."""
    # on the quotation's line: a heading above it ("Länder fordern Sprachpaket") is
    # not its noun
    if not _SCARE.search(text, max(text.rfind("\n", 0, q_open) + 1, q_open - 40), q_open + 1):
        return False
    first = quote_text.split(maxsplit=1)[0] if quote_text.split() else ""
    # (nor one that opens with the negative article in lower case, a predicate too: "laut X
    # ist das Programm „kein Selbstläufer“"; a name's first word is capitalised: „Kein Kind
    # zurücklassen“)
    return first.lower() not in _INDEFINITE and first not in _NEGATIVE_ARTICLE


_NEAR = 600  # characters of a sentence read on either side of a quotation for its speaker


def _speaker_of_sentence(
    doc: _Doc, q_open: int, q_close: int, cue: re.Pattern[str] | None = None
) -> list[PersonMention]:
    """The one person of a sentence that quotes with a verb of saying outside the quotation:
    ``… hatte X von einer „Katastrophe“ gesprochen``, ``sagte die Ministerin, man lasse „…“``
    (or with another ``cue``: ``laut X``, ``X zufolge``, ``wie X mitteilte``)."""
    s, e = doc.index.sentence_at(q_open)
    e = max(e, q_close)
    label = _LABEL.match(doc.text, doc.text.rfind("\n", 0, s) + 1)
    labelled: list[PersonMention] = []
    if label and s <= label.start() and label.end() <= q_open:
        # "Ministerin X: Meine Damen und Herren, der Kollege Y hat gesagt, wir hätten „…“":
        # a transcript's speaker label is no part of the sentence the speaker says (where
        # that sentence names no one, the speaker's own: "X: Wie ich sagte, ist „…“")
        labelled = doc.persons_in(label.start(), label.end())[:1]
        s = label.end()
    # a sentence that runs on (lines without a full stop) is read only near the quotation, so
    # that many quotations in it cost each the same, not the whole sentence again
    if q_open - s > _NEAR:
        s = doc.text.find(" ", q_open - _NEAR, q_open) + 1 or q_open - _NEAR
    e = min(e, q_close + _NEAR)
    if cue is not None:
        if not _matches_outside(doc, cue, s, q_open, q_close, e):
            return []
    elif not (
        _matches_outside(doc, _SPEECH_WORD, s, q_open, q_close, e)
        or doc.predicate_in(s, q_open)
        or doc.predicate_in(q_close, e)
    ):
        # "X spricht von einem „…“", "X nannte die Einigung ein „…“", "X warf ihm vor, „…“"
        return []
    people = {p.family: p for p in doc.persons_in(s, q_open)}
    toks = tokenize(doc.text, s, q_open)
    for k in range(len(toks)):
        parsed = _parse_person(toks, k)
        if parsed and parsed[0].given and parsed[0].family not in people:
            people[parsed[0].family] = parsed[0]
    for t in toks:
        # a family name the text has given in full before ("Muster selbst hatte von einer
        # „…“ gesprochen")
        known = doc.by_family.get(t.text)
        if known is not None and known.given and t.text not in people:
            if not doc.quoted_at(t.start) and t.text[:1].isupper():
                people[t.text] = PersonMention(
                    known.family, known.given, t.start, t.end, known.honorific
                )
    if cue is None and not people:
        # "Zur Begrüßung sagte Lang, er freue sich über „…“": a name right after the verb
        people = {p.family: p for p in _previous_names(doc, q_open, s) if p.start >= s}
    if not people and labelled:
        return labelled
    if cue is None and people:
        # the subject of the verb of saying, not a person named in a prepositional phrase
        return _subject(doc, s, q_open, sorted(people.values(), key=lambda p: p.start))
    if len(people) == 1:
        return list(people.values())
    if not people:
        for d in _DESCRIPTOR.finditer(doc.text, s, q_open):
            if _is_descriptor(d.group("noun")):
                best = doc.antecedent(
                    d.start(),
                    _descriptor_gender(d.group(), d.group("noun")),
                    d.group("noun"),
                    _bare(doc.text, d.end()),
                )
                return [best] if best else []
    if cue is None and not people:
        # "Er hatte gesagt, Integration müsse „…“", "Gestern sagte sie, man sei „…“": a
        # pronoun as the subject of the sentence (opening it, or right after its finite
        # verb) refers to the last person of its gender named before
        m = _PRONOUN_OPENING.match(doc.text, s, q_open)
        pron = (m.group("p1") or m.group("p2") or "").lower() if m else ""
        verb = (m.group("v1") or m.group("v2") or "") if m else ""
        if pron and not (pron == "sie" and verb.endswith("en")):
            best = _named_before(doc, s, pron == "sie", 0)
            if best:
                return [best]
    return []


# a pronoun subject at the start of a sentence: before its finite verb ("Er hatte …"), or
# after a first constituent of one word and the verb ("Gestern sagte sie …")
_PRONOUN_OPENING = re.compile(
    r"\s*(?:(?P<p1>Er|Sie)\s+(?P<v1>[a-zäöüß]+)|[A-ZÄÖÜ][a-zäöüß]+\s+(?P<v2>[a-zäöüß]+)\s+(?P<p2>er|sie))(?![\w-])"
)


_LEAST_LITERALS: dict[re.Pattern[str], list[str] | None] = {}


def _least_literals(rx: re.Pattern[str]) -> list[str] | None:
    """The literals one of which every match of ``rx`` contains, without those that hold
    another ("sagte" holds "sagt"), or None where they are not known or one holds white space.
    Found once per pattern (reading the pattern's parse tree cost more than the rest of
    :class:`_Found`, issue 12)."""
    if rx in _LEAST_LITERALS:
        return _LEAST_LITERALS[rx]
    required = pattern_literals(rx, most=300)[0]
    least: list[str] | None = None
    if required and not any(c.isspace() for lit in required for c in lit):
        least = [a for a in required if not any(b != a and b in a for b in required)]
    _LEAST_LITERALS[rx] = least
    return least


class _Found:
    """Where one of the sentence patterns below matches in the whole text, and where the
    literals every match contains occur (found once per document)."""

    __slots__ = ("ends", "literal_ends", "literal_starts", "starts")

    def __init__(self, text: str, rx: re.Pattern[str]) -> None:
        found = list(rx.finditer(text))
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        least = _least_literals(rx)
        # every occurrence of the literals by start, and the least end of an occurrence from
        # each on: one search tells whether one lies inside a piece (was one per literal)
        self.literal_starts: list[int] | None = None
        self.literal_ends: list[int] = []
        if least is not None:
            spans = sorted(
                (i, i + len(lit)) for lit in least for i in literal_starts(text, [(lit, 0)])
            )
            self.literal_starts = [i for i, _ in spans]
            ends = [e for _, e in spans]
            for k in range(len(ends) - 2, -1, -1):
                if ends[k + 1] < ends[k]:
                    ends[k] = ends[k + 1]
            self.literal_ends = ends

    def match_within(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, a)  # matches do not overlap: ends rise with starts
        return i < len(self.starts) and self.ends[i] <= b

    def literal_within(self, a: int, b: int) -> bool:
        """An occurrence of a literal inside ``[a, b)``: of those that start at ``a`` or
        later, the one that ends first ends by ``b``."""
        if self.literal_starts is None:
            return True  # not known: it may
        i = bisect.bisect_left(self.literal_starts, a)
        return i < len(self.literal_ends) and self.literal_ends[i] <= b


def _matches_outside(
    doc: _Doc, rx: re.Pattern[str], s: int, q_open: int, q_close: int, e: int
) -> bool:
    r"""``rx.search(text[s:q_open] + " " + text[q_close:e])`` (the sentence outside a
    quotation) for patterns such as ``_SPEECH_WORD`` and ``_REPORTED``, whose only
    look-arounds are ``(?<![\w-])`` before and ``(?![\w-])`` after a match: answered from the
    matches and literals of the whole text where it can be, searched as before where it cannot.
    A sentence that runs on holds a quotation every few words, and each searched the 1,200
    characters around it again (headline teasers, issue 16)."""
    text = doc.text
    found = doc.found.get(rx)
    if found is None:
        found = doc.found[rx] = _Found(text, rx)
    # a match of the whole text inside a piece is one of the pieces (the characters either
    # side of it pass the look-arounds in both)
    if found.match_within(s, q_open) or found.match_within(q_close, e):
        return True
    # every match holds a literal, and a literal (no white space) lies inside one piece
    if not (found.literal_within(s, q_open) or found.literal_within(q_close, e)):
        return False
    return rx.search(text[s:q_open] + " " + text[q_close:e]) is not None


def _speaker_of_previous_sentence(doc: _Doc, q_open: int) -> list[PersonMention]:
    """A quotation that opens a sentence, after a sentence about exactly one person in the same
    paragraph: ``Minister X erklärte die Weiterführung … „Deutschland tut gut daran …“``."""
    index = doc.index
    s, _ = index.sentence_at(q_open)
    k = q_open - 1  # only white space between the sentence start and the quotation (read
    while k >= s and doc.text[k].isspace():  # back from the quotation: a sentence that runs
        k -= 1  # on is not copied for every quotation in it)
    if k >= s:
        return []
    block = index.block_at(q_open)
    if block is None or s <= block[0]:
        return []
    prev = index.sentence_before(s)
    if prev is None or prev[0] < block[0]:
        return []
    ps, pe = prev
    # a person named inside a quotation is spoken about, not speaking
    people = {p.family: p for p in doc.persons_in(ps, pe) if not doc.quoted_at(p.start)}
    return list(people.values()) if len(people) == 1 else []


_PARAGRAPH_END = re.compile(r"[ \t]*(?:\n[ \t]*\n|\s*$)")


def _speaker_of_block_quote(
    doc: _Doc, q_open: int, q_close: int, quote_text: str
) -> list[PersonMention]:
    """A block quotation: whole sentences standing as a paragraph of their own (or running over
    several, the closing mark at the end of the last), right under a paragraph whose last
    sentence has one person as its subject, named in its prefield (``Sozialsenator X verteidigt
    die neuen Standorte.`` ¶ ``„Wir haben … geprüft. ¶ Aber …“``). No speaker where that
    sentence names another person too, or its person is an object or inside a prepositional
    phrase (``Der Verband kritisierte Ministerin X.``), or where the quotation is no sentence
    (a motto) or shares its paragraph with other words."""
    text = doc.text
    line_start = text.rfind("\n", 0, q_open) + 1
    if text[line_start:q_open].strip() or not _PARAGRAPH_END.match(text, q_close):
        return []
    if not _is_sentence(quote_text):
        return []
    prev = doc.index.sentence_before(line_start)
    if prev is None:
        return []
    ps, pe = prev
    if text[pe:line_start].strip() or text[ps:pe].rstrip()[-1:] not in ".!":
        return []
    people = doc.persons_in(ps, pe)
    if len({p.family for p in people}) != 1 or any(doc.quoted_at(p.start) for p in people):
        return []
    first = people[0]
    return [first] if opens_clause(text, ps, first.start) else []


# unambiguous forms of the subjunctive I, the mood of reported speech in German ("sei",
# "müsse"; "habe" and "werde" not after "ich", where they are indicative)
_SUBJUNCTIVE = re.compile(
    r"(?<![\w-])(?:sei|seien|müsse|könne|solle|wolle|dürfe|möge|(?<!ich\s)(?:habe|werde|gebe))(?![\w-])"
)


_IT_SAYS = re.compile(r"(?<![\w-])(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es(?![\w-])")
_NAMING_NOUN_IN = re.compile(
    r"(?<![\w-])(?:Name|Namen|Titel|Motto|Thema|Slogan|Überschrift|Leitsatz|Stichwort|Begriff)(?![\w-])"
)


# a matrix clause of opinion or belief that the reported clause depends on, its finite verb
# before the comma ("Kritiker meinen dagegen, …", "Die Verbände glauben, …", "Beobachter
# vermuten, …"); "meinen" only right before it, where it cannot be the possessive
_OPINION_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:{AFTER_QUOTE_VERBS}|vermut(?:et|ete|en|eten)|behaupt(?:et|ete|en|eten)"
    r"|befürcht(?:et|ete|en|eten)|bezweifel(?:t|te|n|ten))(?![\w-])[^,.;:!?„“»«\"]{0,60}"
    r"|meinen(?:\s+[a-zäöüß]+){0,2}\s*),\s*(?:dass\s+)?[^,.;:!?„“»«\"]{0,120}$"
)


def _speaker_of_subjunctive(doc: _Doc, q_open: int, q_close: int) -> list[PersonMention]:
    """A quotation (or fragment) in a clause of reported speech, its verb in the subjunctive I,
    after a colon or a sentence about one person: that person's words (``Die Beauftragte X ist
    zufrieden: Die Zahlen seien „ermutigend“``, ``Minister X sieht Fortschritte. Die Zahl sei
    „deutlich gestiegen“``); the subject of the clause before the colon, else the one person
    of the previous sentence in the same paragraph who is no object or prepositional phrase."""
    index, text = doc.index, doc.text
    s, e = index.sentence_at(q_open)
    e = min(max(e, q_close), q_close + 200)
    colon = doc.last_colon(s, q_open)
    clause_lo = colon + 1 if colon != -1 else s
    if doc.quote_opens_in(clause_lo, q_open) or not (
        _SUBJUNCTIVE.search(text, clause_lo, q_open) or _SUBJUNCTIVE.search(text, q_close, e)
    ):
        return []
    if _matches_outside(doc, _SPEECH_WORD, clause_lo, q_open, q_close, e) or doc.predicate_in(
        clause_lo, e
    ):
        return []  # "Sie hatten gesagt, die Mittel seien „…“": the clause names its own voice
    if _AFTER.match(text, q_close) or _IT_SAYS.search(text, q_close, e):
        return []  # "…, heißt es in einer Erklärung des Verbands": a voice after it
    if _NAMING_NOUN_IN.search(text, clause_lo, q_open):
        return []  # "Der Titel sei „…“": a name, not words
    quote = text[q_open + 1 : q_close - 1].strip()
    if quote[:1].isupper() and len(quote.split()) < 3:
        return []  # a short capitalised quotation is a name or a title
    if _OPINION_BEFORE.search(text, max(clause_lo, q_open - 250), q_open):
        return []  # "Kritiker meinen, die Zahlen seien „…“": a matrix clause of its own voice
    if colon != -1:
        lo, hi = s, colon
    else:
        block = index.block_at(q_open)
        prev = index.sentence_before(s)
        if prev is None or block is None or prev[0] < block[0]:
            return []
        lo, hi = prev
    people = [p for p in doc.persons_in(lo, hi) if not doc.quoted_at(p.start)]
    so = _SO_NAME.search(text[lo:hi]) if colon == -1 else None
    if so:
        # "Die Konferenz habe Signale gesendet, so Behnke. Der Beschluss sei „überfällig“":
        # the previous sentence closed with its voice; the report goes on in its mood
        at = lo + so.start("family")
        named = [p for p in people if p.start <= at < p.end]
        known = doc.by_family.get(so.group("family"))
        if named:
            return named[-1:]
        if known is not None:
            return [
                PersonMention(
                    known.family, known.given, at, at + len(known.family), known.honorific
                )
            ]
    if not people:
        # "…, sagte sie im WDR. Der Bund müsse sich „…“ beteiligen": the report goes on in
        # the subjunctive; the pronoun of its verb of saying names the voice
        said = _SAID_PRONOUN.search(text, lo, hi)
        if said is None or (said.group("pron") == "sie" and said.group("verb").endswith("en")):
            return []  # "sagten sie": a plural names no one
        best = _named_before(doc, lo, said.group("pron") == "sie", 0)
        return [best] if best else []
    subject = _subject(doc, lo, hi, people)
    return subject[:1] if len({p.family for p in subject}) == 1 else []


# ", so X." closing a sentence of reported speech: X's words ("…, so Behnke.", "…, so die
# Ministerin Dr. Eva Roth.")
_SO_NAME = re.compile(
    r",\s+so\s+(?:der\s+|die\s+)?(?:[\w.-]+\s+){0,4}?(?P<family>[A-ZÄÖÜ][\w-]+)\s*[.;]?\s*$"
)


# "…, sagte sie.", "…, betonte er im Interview.": a verb of saying after a clause of reported
# speech, a pronoun of the singular as its subject
_SAID_PRONOUN = re.compile(
    rf",\s+(?P<verb>{_SAYING})\s+(?P<pron>er|sie)(?![\w-])(?![^.!?]*,\s+(?:dass|weil|wenn)\b)"
)


def _label_family(m: re.Match[str]) -> str:
    """The family name a speaker label ends with, in ordinary case where the label is printed
    in capitals (``MINISTERIN KESSEL-BRINK:`` → ``Kessel-Brink``).

    >>> _label_family(_LABEL.match("MINISTERIN KESSEL-BRINK: Danke.")), _label_family(_LABEL.match("Brink: Ja."))
    ('Kessel-Brink', 'Brink')
    """
    fam = m.group("family")
    if len(fam) > 1 and fam.isupper() and m.group("label").isupper():
        return "-".join(part.capitalize() for part in fam.split("-"))
    return fam


def _labelled_turns(doc: _Doc) -> list[QuoteMention]:
    """Speaker labels of a transcript or interview (two paragraphs or lines or more open with
    one): each labelled turn, up to the next label or paragraph break, is that person's words.

    A label names an office holder of the text, or a name that labels two turns or more or
    answers an interviewer's label (``Frage:``, ``Interviewer:``) and that the text also gives
    as a name (``Frau Kessel-Brink, …?`` … ``Kessel-Brink: …``); both where it is unknown.
    A label in capitals, as transcripts print them (``MINISTERIN KESSEL-BRINK:``), names the
    person of that name in ordinary case."""
    text = doc.text
    labels = [
        m
        for m in _LABEL.finditer(text)
        if not doc.quoted_at(m.start())
        # the function before a name is a person's ("Sprecher der Sozialbehörde, X:")
        and (not m.group("function") or _PERSON_NOUN.search(m.group("function").split()[0]))
        # only a given name and a family name after a function ("…, Malte X:")
        and (not m.group("function") or _full_label(m.group("label")))
    ]
    asked = any(_QUESTION_LABEL.fullmatch(m.group("label")) for m in labels)
    uses: dict[str, int] = {}
    for m in labels:
        uses[_label_family(m)] = uses.get(_label_family(m), 0) + 1
    turns = []
    names: dict[str, PersonMention | None] = {}  # a label's family name -> the person
    for m in labels:
        fam = _label_family(m)
        asker = _asker(m) if _QUESTION_LABEL.fullmatch(m.group("label")) else None
        if asker is not None:
            # "Frage (MDR, Jan Beispiel): …": the journalist the bracket names asks
            turns.append((m, asker))
            continue
        known = doc.by_family.get(fam)
        if (
            known is None
            and fam not in names
            and len(labels) >= 2
            and _full_label(m.group("label"))
        ):
            # "Präsidentin Gabriele Muster:" in a record of several labelled turns: a given
            # and a family name label a speaker even once
            given = m.group("label").replace(".", " ").split()[-2]
            names[fam] = PersonMention(fam, given, m.start("family"), m.end("family"), None)
        if known is None and fam not in names:
            names[fam] = (
                _full_name(doc, fam)
                if (uses[fam] >= 2 or asked)
                and _is_name_label(m.group("label"))
                and ((uses[fam] >= 2 and asked) or _addressed(doc, fam))
                else None
            )
        known = known or names.get(fam)
        if known is None:
            continue
        turns.append((m, known))
    if len({m.start() for m, _ in turns}) < (1 if asked else 2):
        return []
    starts = [m.start() for m in labels]
    out = []
    for m, known in turns:
        # the turn ends at the next label, else at the next paragraph break
        i = bisect.bisect_right(starts, m.start())
        stop = starts[i] if i < len(starts) else len(text)
        nl = text.find("\n\n", m.end(), stop)
        end = stop if nl == -1 else nl
        words = _WHITE_RUN.sub(" ", text[m.end() : end]).strip()
        if len(words.split()) < 3:
            continue
        speaker = PersonMention(
            known.family, known.given, m.start("family"), m.end("family"), known.honorific
        )
        out.append(
            QuoteMention(
                text=words,
                speaker=speaker,
                evidence=Evidence(m.start(), end, _sentence(text, m.start(), end), EXTRACTOR),
            )
        )
    return out


# "Frage:", "Frage NDR:", "Interviewerin:"
_QUESTION_LABEL = re.compile(
    r"(?:Frage|F|Interviewer(?:in)?|Moderat(?:or|orin|ion)|Redaktion)(?:[ \t]+[\w-]+)?"
)


# a contact line, a credit or a byline before a colon labels no speaker
_NOT_A_SPEAKER_LABEL = re.compile(
    r"(?i)kontakt|ansprech|presse|redaktion|verantwortlich|foto|bild|quelle|autor|text\b|v\.\s*i\.\s*s\.\s*d"
)


def _full_label(label: str) -> bool:
    """A label that is a given name and a family name, maybe after a title or role noun
    (``Präsidentin Gabriele Muster``, ``Dr. Tim Beispielmann``)."""
    words = label.replace(".", " ").split()
    return (
        len(words) >= 2
        and not _NOT_A_SPEAKER_LABEL.search(label)
        and is_given_name(words[-2])
        and not role_class(words[-1])
        and not is_common_noun(words[-1])
        and _is_name_label(label)
    )


def _asker(m: re.Match[str]) -> PersonMention | None:
    """The person a question label names in its bracket: ``Frage (MDR, Jan Beispiel):``."""
    bracket = m.group("bracket")
    if not bracket:
        return None
    lo = m.start("bracket")
    toks = tokenize(m.string, lo, m.end("bracket"))
    for k in range(len(toks)):
        if is_given_name(toks[k].text):
            parsed = parse_name(toks, k)
            if parsed and parsed[0].given:
                return parsed[0]
    return None


def _is_name_label(label: str) -> bool:
    """A label that is a personal name, maybe with a title or role: ``Kessel-Brink``,
    ``Dr. Anna Beispiel``, ``Landrat Ohm`` (not ``Frage``, ``Hinweis`` or ``Hamburg``)."""
    words = label.replace(".", " ").split()
    *head, family = words
    # a family name the lexicon does not know counts after a given name ("Tim Beispielmann")
    family_ok = is_name_token(family) or bool(
        head and is_given_name(head[-1]) and family[:1].isupper() and not role_class(family)
    )
    return family_ok and all(
        w in TITLES
        or w in ("Frau", "Herr")
        or is_name_token(w)
        or role_class(w)
        or _PERSON_NOUN.search(w)
        for w in head
    )


def _addressed(doc: _Doc, family: str) -> bool:
    """The text gives ``family`` as a name elsewhere: after Frau, Herr, a title or a given name."""
    if family not in doc._addressed:
        doc._addressed[family] = _find_addressed(doc, family)
    return doc._addressed[family]


def _find_addressed(doc: _Doc, family: str) -> bool:
    for m in re.finditer(
        rf"(?<![\w-])([A-ZÄÖÜ][\w-]*)\.?\s+{re.escape(family)}(?![\w-])", doc.text
    ):
        w = m.group(1)
        if w in ("Frau", "Herr", "Herrn") or w in TITLES or is_given_name(w):
            return True
    return False


def _full_name(doc: _Doc, family: str) -> PersonMention:
    """A family name with the given name the text gives it elsewhere (``Anna Kessel-Brink``)."""
    for m in re.finditer(rf"(?<![\w-])([A-ZÄÖÜ][\w-]+)\s+{re.escape(family)}(?![\w-])", doc.text):
        if is_given_name(m.group(1)):
            return PersonMention(family, m.group(1), m.start(1), m.end())
    i = doc.text.find(family)
    return PersonMention(family, None, i, i + len(family))


# a heading that names an interview's respondent: "Fünf Fragen an … Dr. X, Leiterin der …",
# "Im Gespräch mit Ministerin X", "Interview mit X"
_INTERVIEW = re.compile(
    r"^[ \t]*(?:[A-ZÄÖÜ][\w-]*[ \t]+){0,2}(?:Fragen|Interview|Gespräch|[Nn]achgefragt)[ \t]+"
    r"(?:an|mit|bei)\b[ \t.…:]*(?P<rest>[^\n]{3,160})$",
    re.M,
)
# "Integrationsministerin X (Grüne) im Interview:", "X im Gespräch"
_INTERVIEW_TAIL = re.compile(
    r"^[ \t]*(?P<rest>[^\n]{3,120}?)[ \t]+im[ \t]+(?:Interview|Gespräch)\b[ \t]*:?[ \t]*$",
    re.M,
)
# (both tried after line breaks only, issue 16)
_INTERVIEW, _INTERVIEW_TAIL = Guarded(_INTERVIEW), Guarded(_INTERVIEW_TAIL)


def _respondent(doc: _Doc) -> tuple[PersonMention, int] | None:
    """The person an interview heading names, and where the heading ends."""
    heads = sorted(
        [*_INTERVIEW.finditer(doc.text), *_INTERVIEW_TAIL.finditer(doc.text)],
        key=lambda m: m.start(),
    )
    for m in heads:
        if m.group("rest").rstrip().endswith((".", "!", "?")):
            continue  # a sentence ("Im Gespräch mit X ging es um …"), not a heading
        toks = tokenize(doc.text, m.start("rest"), m.end("rest"))
        k = 0
        while (
            k < len(toks)
            and k < 4
            and (
                toks[k].text in ("Frau", "Herr", "den", "die", "der", "dem")
                or role_class(toks[k].text)
                or lands_in_phrase(toks[k].text)
            )
        ):
            k += 1
        parsed = parse_name(toks, k) if k < len(toks) else None
        if parsed and (parsed[0].given or parsed[0].honorific or parsed[0].family in doc.by_family):
            p = parsed[0]
            return doc.by_start.get(p.start, p), m.end()
    return None


# the word for an interview anywhere in the text ("Interview:", "im Interview", "Das Interview
# führte …"): the genre, whose respondent a question may address by name
_INTERVIEW_WORD = re.compile(r"(?<![\w-])Interview(?![\w-])")
# a label before a heading's quotation: "Interview:", "Im Gespräch:"
_HEADING_LABEL = re.compile(r"(?:[A-ZÄÖÜ][\w-]*[ \t]+){0,2}[A-ZÄÖÜ][\w-]*[ \t]*[:|–-]")


def _addressed_respondent(doc: _Doc) -> tuple[PersonMention, int] | None:
    """The respondent of an interview that no heading names: the person a question addresses
    (``Frau Kranz, was …?``) whom the text names in full elsewhere; the answers begin at that
    question."""
    for m in QUESTION_ADDRESS.finditer(doc.text):
        line_end = doc.text.find("\n", m.end())
        if not doc.text[m.end() : None if line_end == -1 else line_end].rstrip().endswith("?"):
            continue  # an address, but no question: "Frau Kranz, danke."
        family = m.group("name")
        full = next((p for p in doc.persons if p.family == family and p.given), None)
        if full is not None:
            return full, m.start()
    return None


def _heading_quote(text: str, q_open: int, q_close: int, answers: int) -> bool:
    """A quotation that fills a heading line above an interview's answers, alone or after a
    label (``Interview: „…“``)."""
    if q_open > answers:
        return False
    ls = text.rfind("\n", 0, q_open) + 1
    le = text.find("\n", q_close)
    le = len(text) if le == -1 else le
    before, after = text[ls:q_open].strip(), text[q_close:le].strip()
    return (not before or _HEADING_LABEL.fullmatch(before) is not None) and not after.strip(".!?")


def _answers_line(text: str, q_open: int, after: int) -> bool:
    """A quotation after ``after`` that opens its line, the line before being a question."""
    if q_open < after:
        return False
    line_start = text.rfind("\n", 0, q_open) + 1
    if text[line_start:q_open].strip():
        return False
    prev = text[:line_start].rstrip()
    return prev.endswith("?")


def _interview_answers(doc: _Doc, respondent: tuple[PersonMention, int]) -> list[QuoteMention]:
    """Unquoted answers under an interview heading: each line or paragraph that follows a
    question (one that ends with ``?``) and is no question itself."""
    text = doc.text
    person, after = respondent
    out = []
    prev_question = False
    for ls, le in _text_lines(text, after):
        line = text[ls:le].strip()
        if not line:
            continue
        if line.endswith("?"):
            prev_question = True
            continue
        if (
            prev_question
            and len(line.split()) >= 4
            and not doc.quoted_at(ls + 1)
            and not doc.quote_opens_in(ls, le)
            and not _LABEL.match(text, ls)
            and not doc.index.is_clutter(ls)
        ):
            out.append(
                QuoteMention(
                    text=_WHITE_RUN.sub(" ", line),
                    speaker=PersonMention(
                        person.family, person.given, person.start, person.end, person.honorific
                    ),
                    evidence=Evidence(ls, le, _sentence(text, ls, le), EXTRACTOR),
                )
            )
        prev_question = False
    return out


def _text_lines(text: str, start: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos < len(text):
        nl = text.find("\n", pos)
        stop = len(text) if nl == -1 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


# a verb of saying with the name after it: "… erklärte Kallweit", "hob Kallweit hervor"
_VERB_NAME = re.compile(rf"\b(?:{SPEECH_VERBS})\s+([A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)")


def _previous_names(
    doc: _Doc, before: int, since: int = 0, last: bool = False
) -> list[PersonMention]:
    """Names in ``… erklärte Kallweit`` / ``hob Kallweit hervor`` before a position (same block),
    from ``since`` on; with ``last`` only the last one. The verb-and-name matches are found once
    in the whole text and looked up by position (a paragraph of quoted fragments asked its
    whole length again for every quotation: quadratic, issue 16)."""
    text = doc.text
    block = doc.index.block_at(max(0, before - 1))
    lo = block[0] if block else max(0, before - 600)
    if doc._verb_names is None:
        doc._verb_names = [(m.start(), m.start(1), m.end(1)) for m in _VERB_NAME.finditer(text)]
        doc._verb_name_starts = [v[0] for v in doc._verb_names]
    found = doc._verb_names
    i = bisect.bisect_left(doc._verb_name_starts, lo)
    j = bisect.bisect_left(doc._verb_name_starts, before, lo=i)
    # a match cut at ``before`` is matched again on the text before it, as a slice would be
    spans = [(a, b) for _, a, b in found[i:j]]
    if spans and spans[-1][1] > before:
        start = found[j - 1][0]
        m = _VERB_NAME.match(text, start, before)
        spans[-1:] = [(m.start(1), m.end(1))] if m else []
    # only names from ``since`` on (a name parsed at a match's capture starts there)
    k = bisect.bisect_left(spans, (since, -1))
    spans = spans[k:]
    out = []
    for a, b in reversed(spans) if last else spans:
        parsed = parse_name(tokenize(text, a, b), 0)
        if parsed:
            out.append(parsed[0])
            if last:
                break
    return out


_COORDINATED_RX1 = re.compile(r"\s+und\s+")


_CONJUNCT_DETERMINER = re.compile(r"(?:der|die|dem|den|ihr|sein)(?:e|em|en|er)?")


def _before_coordinated_name(word: str) -> bool:
    """A word of a noun phrase that stands before the name it describes: an article or a
    possessive, a role, a title, a Land (``Hamburgs``), an adjective (``schleswig-holsteinische``)."""
    return bool(
        _CONJUNCT_DETERMINER.fullmatch(word)
        or role_class(word)
        or word in TITLES
        or lands_in_phrase(word)
        or (word[:1].islower() and word_class(word) == "adjective")
    )


def _coordinated(text: str, first: PersonMention, doc: _Doc, stop: int) -> list[PersonMention]:
    """``sagten Ilse Marten und Rudolf Brink`` names two speakers."""
    out = [first]
    m = _COORDINATED_RX1.match(text[first.end : stop])
    if m:
        after = first.end + m.end()
        # "Ministerin X und Senator Y", "X und die Landesbeauftragte Dr. Y", "X und ihr
        # Staatssekretär Y": the second conjunct's article, adjectives, role and titles come
        # before its name
        toks = tokenize(text, after, stop)
        k = 0
        while k < len(toks) and k < 5 and _before_coordinated_name(toks[k].text):
            k += 2 if k + 1 < len(toks) and toks[k + 1].text == "." else 1
        if 0 < k < len(toks) and toks[k].text not in TITLES:
            after = toks[k].start
        second = doc.by_start.get(after)
        if second is not None:
            out.append(second)
        else:
            parsed = parse_name(tokenize(text, after, stop), 0)
            # a name after an article alone has its given name ("und der Flüchtlingsrat
            # Hamburg" names a body); after a role or a title a family name will do
            described = any(role_class(t.text) or t.text in TITLES for t in toks if t.start < after)
            if parsed and (parsed[0].given or described or after == first.end + m.end()):
                out.append(parsed[0])
    return out
