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

from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from intgraph.models import Evidence, ResolvedDocument
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
        body = '"' + str(t).translate(_ESCAPE) + '"'
        if t.language:
            return f"{body}@{t.language}"
        if t.datatype is not None and t.datatype != XSD.string:
            return f"{body}^^<{t.datatype}>"
        return body
    if isinstance(t, BNode):
        return f"_:{t}"
    return f"<{t}>"


_term = nt_term


class _Lines:
    """Collects triples as N-Triples lines, in the order they are added, without duplicates."""

    def __init__(self) -> None:
        self.lines: dict[str, None] = {}

    def add(self, triple: tuple[URIRef, URIRef, URIRef | Literal]) -> None:
        s, p, o = triple
        self.lines[f"<{s}> <{p}> {_term(o)} .\n"] = None

    def __len__(self) -> int:
        return len(self.lines)


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


def document_lines(r: ResolvedDocument) -> list[str]:
    """All statements read from one document, as N-Triples lines (the content of its graph)."""
    doc = document_iri(r.document.key)
    g = _Lines()
    ev_count = 0

    def evidence(body: URIRef, ev: Evidence, about: URIRef | None = None) -> None:
        nonlocal ev_count
        ev_count += 1
        a = URIRef(f"{doc}/evidence/{ev_count}")
        g.add((a, RDF.type, IG.Evidence))
        g.add((a, OA.hasBody, body))
        # the span as an RFC 5147 fragment of the document: <doc#char=start,end>
        target = URIRef(f"{doc}#char={ev.start},{ev.end}")
        g.add((a, OA.hasTarget, target))
        g.add((target, DCTERMS.isPartOf, doc))  # so the span is described with its document
        g.add((a, PROV.wasAttributedTo, extractor(ev.extractor)))
        if ev.sentence:
            g.add((a, IG.sentence, Literal(ev.sentence, lang="de")))
        if about is not None:
            g.add((a, IG.aboutProperty, about))

    d, f = r.document, r.facts
    g.add((doc, RDF.type, IG.Document))
    g.add((doc, IG.fileName, Literal(d.file_name)))
    g.add((doc, IG.contentHash, Literal(d.content_hash)))
    g.add((doc, IG.mediaType, Literal(d.media_type)))
    g.add((doc, IG.documentKind, Literal(f.kind)))
    g.add((doc, DCTERMS.language, Literal("de")))
    # the document's IRI also names its graph: say so, and what the graph holds
    g.add((doc, RDF.type, SD.NamedGraph))
    g.add((doc, DCTERMS.description, Literal(f"Aussagen aus {d.file_name}", lang="de")))
    g.add((doc, DCTERMS.description, Literal(f"Statements read from {d.file_name}", lang="en")))
    if f.title:
        g.add((doc, DCTERMS.title, Literal(f.title, lang="de")))
    if f.date:
        g.add((doc, DCTERMS.issued, Literal(f.date, datatype=XSD.date)))
        if f.date_evidence:
            evidence(doc, f.date_evidence, DCTERMS.issued)
    if f.publisher_land:
        publisher = (
            ministry(f.publisher_ministry) if f.publisher_ministry else polity(f.publisher_land)
        )
        g.add((doc, DCTERMS.publisher, publisher))
        if f.publisher_evidence:
            evidence(doc, f.publisher_evidence, DCTERMS.publisher)

    for p in r.persons:
        s = person_iri(p.key)
        g.add((s, RDF.type, IG.Person))
        g.add((s, FOAF.name, Literal(p.name)))
        g.add((s, FOAF.familyName, Literal(p.family)))
        if p.given:
            g.add((s, FOAF.givenName, Literal(p.given)))
        if p.honorific:
            g.add((s, SCHEMA.honorificPrefix, Literal(p.honorific)))
        g.add((s, IG.nameKey, Literal(p.key)))
        if not p.registered:
            g.add((s, IG.provisional, Literal(True)))
        g.add((doc, IG.mentions, s))

    for h in r.holdings:
        s = ID[f"holding/{short_hash(h.person_key, h.role_class, h.land or '', length=12)}"]
        g.add((s, RDF.type, IG.OfficeHolding))
        g.add((s, ORG.member, person_iri(h.person_key)))
        g.add((s, ORG.role, ROLE[h.role_class]))
        g.add((s, IG.roleLabel, Literal(h.role_label, lang="de")))
        if "integration" in h.role_label.casefold():  # the title names the portfolio
            g.add((s, IG.portfolio, IG.integrationPolicy))
        if h.land:
            g.add((s, IG.land, polity(h.land)))
            g.add(
                (
                    s,
                    ORG.organization,
                    ministry(h.ministry_key) if h.ministry_key else polity(h.land),
                )
            )
        if h.ministry_key:
            g.add((s, IG.officeIn, ministry(h.ministry_key)))
        for ev in h.evidence:
            evidence(s, ev)

    for q in r.quotes:
        s = ID[f"quote/{d.key}-{q.evidence.start}-{short_hash(q.person_key, length=6)}"]
        g.add((s, RDF.type, IG.Quotation))
        g.add((s, SCHEMA.text, Literal(q.text, lang="de")))
        g.add((s, SCHEMA.creator, person_iri(q.person_key)))
        g.add((s, IG.quotedIn, doc))
        evidence(s, q.evidence)

    for sess in r.sessions:
        s = session_iri(sess.key)
        g.add((s, RDF.type, IG.ConferenceSession))
        g.add((s, IG.series, INTMK))
        g.add((doc, IG.mentions, s))
        if sess.number is None:
            g.add((s, IG.provisional, Literal(True)))
        else:
            g.add((s, IG.sessionNumber, Literal(sess.number)))
        if sess.year:
            g.add((s, IG.year, Literal(str(sess.year), datatype=XSD.gYear)))
        if sess.place:
            g.add((s, SCHEMA.location, place(sess.place, place_land(sess.place))))
        if sess.chair_land:
            g.add((s, IG.chairLand, polity(sess.chair_land)))
        if sess.start_date:
            g.add((s, SCHEMA.startDate, Literal(sess.start_date, datatype=XSD.date)))
        for ev in sess.evidence:
            evidence(s, ev)

    for m in r.motions:
        s = ID[f"motion/{m.key}"]
        g.add((s, RDF.type, IG.Motion))
        g.add((s, DCTERMS.title, Literal(m.title, lang="de")))
        g.add((s, IG.result, RESULT[m.result]))
        g.add((doc, IG.mentions, s))
        if m.session_key:
            g.add((s, IG.atSession, session_iri(m.session_key)))
        if m.agenda_item:
            g.add((s, IG.agendaItem, Literal(m.agenda_item)))
        for land in m.submitters:
            codes = [x.code for x in laender()] if land == "ALL" else [land]
            for code in codes:
                g.add((s, IG.submittedBy, polity(code)))
        for land in m.supporters:
            g.add((s, IG.supportedBy, polity(land)))
        if m.addressee:
            g.add((s, IG.addressedTo, polity(m.addressee)))
        for key in m.programmes:
            g.add((s, IG.concerns, programme(key)))
        for ev in m.evidence:
            evidence(s, ev)

    for p in r.programmes:
        s = programme(p.key)
        g.add((doc, IG.mentions, s))
        if p.provisional:
            g.add((s, RDF.type, IG.Programme))
            g.add((s, SKOS.prefLabel, Literal(p.label, lang="de")))
            g.add((s, IG.provisional, Literal(True)))
        for ev in p.evidence:
            evidence(s, ev)
    return list(g.lines)
