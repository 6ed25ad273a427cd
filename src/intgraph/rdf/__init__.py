"""Stage 4, rdf: resolved entities become triples. The only module that builds triples.

Input: a :class:`~intgraph.models.ResolvedDocument`. Output: the triples of the document's
named graph as N-Triples lines (:func:`document_lines`, the fast path the pipeline uses) or as an
rdflib ``Graph`` (:func:`document_graph`). They hold the document (the document, its persons, offices, quotations, session mentions,
motions, programme mentions, and an evidence annotation for each statement). Side effects:
none. Evidence follows the W3C Web Annotation model: an ``oa:Annotation`` whose target is the
document IRI with an RFC 5147 fragment (``<doc#char=120,180>``, characters 120 to 180 of the
normalised text), and PROV-O (``prov:wasAttributedTo`` the versioned extractor). One triple says
what a SpecificResource with a TextPositionSelector says in seven; the store writes about 15 µs
per quad, so this halves the cost of writing a document (benchmarks/README.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import TypeVar

from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from intgraph.models import Evidence, Quote, ResolvedDocument
from intgraph.rdf.reference import (
    SD,
    extractor,
    ministry,
    place,
    place_land,
    polity,
    programme,
    session_iri,
)
from intgraph.reference import laender
from intgraph.resolve.ids import short_hash
from intgraph.vocab import ID, IG, INTMK, OA, ORG, SCHEMA

__all__ = [
    "document_graph",
    "document_iri",
    "document_lines",
    "nt_term",
    "person_iri",
    "source_iri",
    "source_record",
    "source_record_ntriples",
    "write_document_lines",
    "write_document_parts",
]

_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def nt_term(t: URIRef | Literal | BNode) -> str:
    """N-Triples form of a term (our IRIs are minted ASCII; literals are escaped, so a line
    break in a file name is ``\\n``: rdflib's ``n3()`` would write a long literal, which
    N-Triples and N-Quads do not allow).

    >>> nt_term(Literal("a\\nb"))
    '"a\\\\nb"'
    """
    if isinstance(t, Literal):
        body = '"' + _escape(str(t)) + '"'
        if t.language:
            return f"{body}@{t.language}"
        if t.datatype is not None and t.datatype != XSD.string:
            return f"{body}^^<{t.datatype}>"
        return body
    if isinstance(t, BNode):
        return f"_:{t}"
    return f"<{t}>"


_term = nt_term


def _escape(value: str) -> str:
    """``value`` with what N-Triples escapes in a literal escaped (most texts have none of it;
    checking first is 20 times faster than ``str.translate``)."""
    if "\\" in value or '"' in value or "\n" in value or "\r" in value:
        return value.translate(_ESCAPE)
    return value


_T = TypeVar("_T")


class _Lines:
    """Collects triples as N-Triples lines, in the order they are added, without duplicates,
    and hands each new line to ``emit``. Terms come already written as N-Triples (:func:`_iri`,
    :func:`_text`, :func:`nt_term`): building rdflib terms for every statement cost more than
    all of the rest of this stage.

    Only the lines that can recur are remembered (issue 16: a document's statements need not
    all be held in memory): an evidence annotation's own lines have a subject minted for it
    (:meth:`add_new`), a span is described once (:meth:`add_span`), and a quotation's lines
    are remembered only once its IRI recurs (:meth:`add_entity`). What is remembered grows
    with the distinct entities of a document, not with its mentions.
    """

    def __init__(self, emit: Callable[[str], object]) -> None:
        self.lines: dict[str, None] = {}
        self.emit = emit
        self.count = 0
        self._spans: set[tuple[int, int]] = set()
        self._entities: dict[str, tuple[object, ...]] = {}  # see add_entity
        self.evidence_count = 0  # evidence annotations are numbered in the document
        self.document_spans: set[tuple[int, int]] = set()  # the spans of its own facts

    def next_part(self) -> None:
        """A new part of the document begins: the spans and quotations of the parts before
        cannot recur in it (the parts' texts do not overlap), except the document's own."""
        self._spans = set(self.document_spans)
        self._entities.clear()

    def add(self, s: str, p: str, o: str) -> None:
        line = f"{s} {p} {o} .\n"
        if line not in self.lines:
            self.lines[line] = None
            self.count += 1
            self.emit(line)

    def add_new(self, s: str, p: str, o: str) -> None:
        """A line whose subject no other line of the document has (nor this one before)."""
        self.count += 1
        self.emit(f"{s} {p} {o} .\n")

    def add_span(self, start: int, end: int, s: str, p: str, o: str) -> None:
        """The one line that describes the span ``start, end`` (``s``)."""
        if (start, end) not in self._spans:
            self._spans.add((start, end))
            self.add_new(s, p, o)

    def add_entity(
        self, s: str, item: _T, lines: Callable[[_T], Iterable[tuple[str, str]]]
    ) -> None:
        """The (predicate, object) ``lines(item)`` of an entity ``s`` that is usually new
        (a quotation): written as they come while ``s`` is new; should it recur, the lines of
        its first ``item`` are remembered from then on, and its lines are added as usual."""
        first = self._entities.get(s)
        if first is None:
            self._entities[s] = (item,)
            for p, o in lines(item):
                self.add_new(s, p, o)
            return
        if first:  # the second time: what the first said is remembered from now on
            self.lines.update(dict.fromkeys(f"{s} {p} {o} .\n" for p, o in lines(first[0])))
            self._entities[s] = ()
        for p, o in lines(item):
            self.add(s, p, o)

    def __len__(self) -> int:
        return self.count


def _iri(iri: str) -> str:
    return f"<{iri}>"


def _text(value: str, lang: str | None = None) -> str:
    """A plain or language-tagged literal, as :func:`nt_term` writes it (rdflib does not
    normalise these, so the same text gives the same line)."""
    body = '"' + _escape(value) + '"'
    return f"{body}@{lang}" if lang else body


@lru_cache(maxsize=1 << 16)
def _ref(make: Callable[[str], URIRef], key: str) -> str:
    """``<IRI>`` of ``make(key)`` (Länder, ministries, sessions, programmes, extractors and
    persons recur from document to document)."""
    return f"<{make(key)}>"


_TRUE = nt_term(Literal(True))
_ID = str(ID)
_VOCABULARIES = {
    "dcterms": DCTERMS,
    "ig": IG,
    "org": ORG,
    "schema": SCHEMA,
    "sd": SD,
    "skos": SKOS,
}


@cache
def _v(curie: str) -> str:
    """``<IRI>`` of a vocabulary term named by its CURIE (``_v("ig:fileName")``), built once:
    rdflib's namespace attributes build a new term on every access (a few µs each)."""
    prefix, name = curie.split(":", 1)
    return _iri(_VOCABULARIES[prefix][name])


@lru_cache(maxsize=1 << 12)
def _date(value: str) -> str:
    return nt_term(Literal(value, datatype=XSD.date))  # dates recur from document to document


@lru_cache(maxsize=1 << 10)
def _year(value: str) -> str:
    return nt_term(Literal(value, datatype=XSD.gYear))


@lru_cache(maxsize=1 << 10)
def _integer(value: int) -> str:
    return nt_term(Literal(value))


def document_graph(r: ResolvedDocument) -> Graph:
    """All statements read from one document, as an rdflib Graph."""
    g = Graph()
    g.parse(data="".join(document_lines(r)), format="nt")
    return g


ROLE = {
    "Minister": IG.Minister,
    "Senator": IG.Senator,
    "Staatssekretaer": IG.Staatssekretaer,
    "Beauftragte": IG.Beauftragte,
    "Regierungschef": IG.Regierungschef,
}
RESULT = {"adopted": IG.adopted, "rejected": IG.rejected, "unknown": IG.unknown}


def document_iri(key: str) -> URIRef:
    """The document's IRI, which is also the name of its graph."""
    return ID[f"document/{key}"]


def person_iri(key: str) -> URIRef:
    return ID[f"person/{key}"]


def source_iri(path: str) -> URIRef:
    return ID[f"source/{short_hash(path, length=16)}"]


def source_record(
    source: URIRef, path: str, file_name: str, content_hash: str, document: URIRef
) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The triples that say which document a source file gave (graph ``…/graph/sources``)."""
    return [
        (source, RDF.type, IG.SourceFile),
        (source, IG.path, Literal(path)),
        (source, IG.fileName, Literal(file_name)),
        (source, IG.contentHash, Literal(content_hash)),
        (source, IG.document, document),
    ]


def source_record_ntriples(
    source: URIRef, path: str, file_name: str, content_hash: str, document: URIRef
) -> str:
    """:func:`source_record` as N-Triples text, the same lines, written without rdflib terms
    (the writer builds one for every new document).

    >>> from intgraph.vocab import ID
    >>> print(source_record_ntriples(ID["source/1"], "/c/a.txt", "a.txt", "ab", ID["document/ab"]), end="")
    <https://w3id.org/intgraph/id/source/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/intgraph/def#SourceFile> .
    <https://w3id.org/intgraph/id/source/1> <https://w3id.org/intgraph/def#path> "/c/a.txt" .
    <https://w3id.org/intgraph/id/source/1> <https://w3id.org/intgraph/def#fileName> "a.txt" .
    <https://w3id.org/intgraph/id/source/1> <https://w3id.org/intgraph/def#contentHash> "ab" .
    <https://w3id.org/intgraph/id/source/1> <https://w3id.org/intgraph/def#document> <https://w3id.org/intgraph/id/document/ab> .
    """
    s = f"<{source}>"
    return (
        f"{s} {_TYPE} {_SOURCE_FILE} .\n"
        f"{s} {_PATH} {_text(path)} .\n"
        f"{s} {_FILE_NAME} {_text(file_name)} .\n"
        f"{s} {_CONTENT_HASH} {_text(content_hash)} .\n"
        f"{s} {_DOCUMENT} <{document}> .\n"
    )


def document_lines(r: ResolvedDocument) -> list[str]:
    """All statements read from one document, as N-Triples lines (the content of its graph)."""
    out: list[str] = []
    write_document_lines(r, out.append)
    return out


def write_document_lines(r: ResolvedDocument, emit: Callable[[str], object]) -> int:
    """:func:`document_lines` handed to ``emit`` one line at a time, as they are made (the
    statements of a large document need not all be in memory at once); the number of lines."""
    return write_document_parts([(r, 0)], emit)


def write_document_parts(
    parts: Iterable[tuple[ResolvedDocument, int]], emit: Callable[[str], object]
) -> int:
    """The statements of one document read in parts (issue 16: a large document is resolved
    window by window, ``intgraph.windows``), each part with the offset of its text in the
    document's: offsets become the document's, evidence is numbered on, and the document's
    own facts are those of the first part. One part at offset 0 is :func:`write_document_lines`.
    What a part's evidence spans and quotations remember is let go at the next part (their
    offsets cannot recur in another part); the number of lines."""
    g = _Lines(emit)
    first = True
    for r, offset in parts:
        if not first:
            g.next_part()
        _write_part(g, r, offset, first)
        first = False
        del r  # (the parts come one at a time)
    return len(g)


def _write_part(g: _Lines, r: ResolvedDocument, offset: int, first: bool) -> None:
    doc_iri = str(document_iri(r.document.key))
    doc = _iri(doc_iri)
    add = g.add
    new = g.add_new

    def evidence(body: str, ev: Evidence, about: str | None = None) -> None:
        g.evidence_count += 1
        a = f"<{doc_iri}/evidence/{g.evidence_count}>"  # a subject of its own: its lines are new
        new(a, _TYPE, _EVIDENCE)
        new(a, _HAS_BODY, body)
        # the span as an RFC 5147 fragment of the document: <doc#char=start,end>
        start, end = ev.start + offset, ev.end + offset
        target = f"<{doc_iri}#char={start},{end}>"
        new(a, _HAS_TARGET, target)
        # so the span is described with its document
        g.add_span(start, end, target, _IS_PART_OF, doc)
        new(a, _ATTRIBUTED_TO, _ref(extractor, ev.extractor))
        if ev.sentence:
            new(a, _SENTENCE, _text(ev.sentence, "de"))
        if about is not None:
            new(a, _ABOUT_PROPERTY, about)

    d = r.document
    if first:
        _write_document(g, r, doc, evidence)
        g.document_spans = set(g._spans)

    for p in r.persons:
        s = _ref(person_iri, p.key)
        add(s, _TYPE, _PERSON)
        add(s, _NAME, _text(p.name))
        add(s, _FAMILY_NAME, _text(p.family))
        if p.given:
            add(s, _GIVEN_NAME, _text(p.given))
        if p.honorific:
            add(s, _HONORIFIC, _text(p.honorific))
        add(s, _NAME_KEY, _text(p.key))
        if not p.registered:
            add(s, _PROVISIONAL, _TRUE)
        add(doc, _MENTIONS, s)

    for h in r.holdings:
        s = _iri(f"{_ID}holding/{short_hash(h.person_key, h.role_class, h.land or '', length=12)}")
        add(s, _TYPE, _v("ig:OfficeHolding"))
        add(s, _v("org:member"), _ref(person_iri, h.person_key))
        add(s, _v("org:role"), _iri(ROLE[h.role_class]))
        add(s, _v("ig:roleLabel"), _text(h.role_label, "de"))
        if "integration" in h.role_label.casefold():  # the title names the portfolio
            add(s, _v("ig:portfolio"), _v("ig:integrationPolicy"))
        if h.land:
            add(s, _v("ig:land"), _ref(polity, h.land))
            add(
                s,
                _v("org:organization"),
                _ref(ministry, h.ministry_key) if h.ministry_key else _ref(polity, h.land),
            )
        if h.ministry_key:
            add(s, _v("ig:officeIn"), _ref(ministry, h.ministry_key))
        for ev in h.evidence:
            evidence(s, ev)

    def quotation(q: Quote) -> tuple[tuple[str, str], ...]:
        return (
            (_TYPE, _v("ig:Quotation")),
            (_v("schema:text"), _text(q.text, "de")),
            (_v("schema:creator"), _ref(person_iri, q.person_key)),
            (_v("ig:quotedIn"), doc),
        )

    for q in r.quotes:
        start = q.evidence.start + offset
        s = _iri(f"{_ID}quote/{d.key}-{start}-{short_hash(q.person_key, length=6)}")
        g.add_entity(s, q, quotation)
        evidence(s, q.evidence)

    for sess in r.sessions:
        s = _ref(session_iri, sess.key)
        add(s, _TYPE, _v("ig:ConferenceSession"))
        add(s, _v("ig:series"), _iri(INTMK))
        add(doc, _MENTIONS, s)
        if sess.number is None:
            add(s, _PROVISIONAL, _TRUE)
        else:
            add(s, _v("ig:sessionNumber"), _integer(sess.number))
        if sess.year:
            add(s, _v("ig:year"), _year(str(sess.year)))
        if sess.place:
            add(s, _v("schema:location"), _iri(place(sess.place, place_land(sess.place))))
        if sess.chair_land:
            add(s, _v("ig:chairLand"), _ref(polity, sess.chair_land))
        if sess.start_date:
            add(s, _v("schema:startDate"), _date(sess.start_date))
        for ev in sess.evidence:
            evidence(s, ev)

    for m in r.motions:
        s = _iri(f"{_ID}motion/{m.key}")
        add(s, _TYPE, _MOTION)
        add(s, _TITLE, _text(m.title, "de"))
        add(s, _v("ig:result"), _iri(RESULT[m.result]))
        add(doc, _MENTIONS, s)
        if m.session_key:
            add(s, _v("ig:atSession"), _ref(session_iri, m.session_key))
        if m.agenda_item:
            add(s, _v("ig:agendaItem"), _text(m.agenda_item))
        for land in m.submitters:
            codes = [x.code for x in laender()] if land == "ALL" else [land]
            for code in codes:
                add(s, _SUBMITTED_BY, _ref(polity, code))
        for land in m.supporters:
            add(s, _v("ig:supportedBy"), _ref(polity, land))
        if m.addressee:
            add(s, _v("ig:addressedTo"), _ref(polity, m.addressee))
        for key in m.programmes:
            add(s, _v("ig:concerns"), _ref(programme, key))
        for ev in m.evidence:
            evidence(s, ev)

    for p in r.programmes:
        s = _ref(programme, p.key)
        add(doc, _MENTIONS, s)
        if p.provisional:
            add(s, _TYPE, _v("ig:Programme"))
            add(s, _v("skos:prefLabel"), _text(p.label, "de"))
            add(s, _PROVISIONAL, _TRUE)
        for ev in p.evidence:
            evidence(s, ev)


def _write_document(
    g: _Lines, r: ResolvedDocument, doc: str, evidence: Callable[..., None]
) -> None:
    """The document's own statements (its file, kind, title, date and publisher)."""
    add = g.add
    d, f = r.document, r.facts
    add(doc, _TYPE, _v("ig:Document"))
    add(doc, _v("ig:fileName"), _text(d.file_name))
    add(doc, _v("ig:contentHash"), _text(d.content_hash))
    add(doc, _v("ig:mediaType"), _text(d.media_type))
    add(doc, _v("ig:documentKind"), _text(f.kind))
    add(doc, _v("dcterms:language"), _text("de"))
    # the document's IRI also names its graph: say so, and what the graph holds
    add(doc, _TYPE, _v("sd:NamedGraph"))
    add(doc, _DESCRIPTION, _text(f"Aussagen aus {d.file_name}", "de"))
    add(doc, _DESCRIPTION, _text(f"Statements read from {d.file_name}", "en"))
    if f.title:
        add(doc, _TITLE, _text(f.title, "de"))
    if f.date:
        add(doc, _v("dcterms:issued"), _date(f.date))
        if f.date_evidence:
            evidence(doc, f.date_evidence, _v("dcterms:issued"))
    if f.publisher_land:
        publisher = (
            ministry(f.publisher_ministry) if f.publisher_ministry else polity(f.publisher_land)
        )
        add(doc, _v("dcterms:publisher"), _iri(publisher))
        if f.publisher_evidence:
            evidence(doc, f.publisher_evidence, _v("dcterms:publisher"))


# terms written in nearly every document, as N-Triples
_TYPE = _iri(RDF.type)
_SOURCE_FILE = _iri(IG.SourceFile)
_PATH = _iri(IG.path)
_FILE_NAME = _iri(IG.fileName)
_CONTENT_HASH = _iri(IG.contentHash)
_DOCUMENT = _iri(IG.document)
_EVIDENCE = _iri(IG.Evidence)
_HAS_BODY = _iri(OA.hasBody)
_HAS_TARGET = _iri(OA.hasTarget)
_IS_PART_OF = _iri(DCTERMS.isPartOf)
_ATTRIBUTED_TO = _iri(PROV.wasAttributedTo)
_SENTENCE = _iri(IG.sentence)
_ABOUT_PROPERTY = _iri(IG.aboutProperty)
_DESCRIPTION = _iri(DCTERMS.description)
_TITLE = _iri(DCTERMS.title)
_PERSON = _iri(IG.Person)
_NAME = _iri(FOAF.name)
_FAMILY_NAME = _iri(FOAF.familyName)
_GIVEN_NAME = _iri(FOAF.givenName)
_HONORIFIC = _iri(SCHEMA.honorificPrefix)
_NAME_KEY = _iri(IG.nameKey)
_PROVISIONAL = _iri(IG.provisional)
_MENTIONS = _iri(IG.mentions)
_MOTION = _iri(IG.Motion)
_SUBMITTED_BY = _iri(IG.submittedBy)
