"""Stage 2, extract: a Document becomes an :class:`~intgraph.models.Extraction`.

Input: one :class:`~intgraph.models.Document`. Output: mentions with character spans (Länder,
office holders, quotations, IntMK sessions and chairs, motions, programmes) and the document's
own facts (date, kind, publisher). Side effects: none. Rule- and gazetteer-based German
extraction; every extractor has a versioned name that is written into each statement's
provenance (see ``EXTRACTORS``).
"""

from __future__ import annotations

from intgraph.extract import documents, holders, motions, persons, programmes, quotes, sessions
from intgraph.language.lands import find_lands
from intgraph.language.text import TextIndex
from intgraph.models import Document, DocumentFacts, Extraction

__all__ = ["EXTRACTORS", "extract"]

EXTRACTORS: dict[str, str] = {
    name: name.split(".")[1]
    for name in (
        documents.EXTRACTOR,
        persons.EXTRACTOR,
        quotes.EXTRACTOR,
        sessions.EXTRACTOR,
        motions.EXTRACTOR,
        programmes.EXTRACTOR,
    )
}


def extract(
    document: Document, facts: DocumentFacts | None = None, conference: bool | None = None
) -> Extraction:
    """Run every extractor over one document (``facts``, ``conference``: the document's own
    facts and whether it is about the IntMK, given where ``document`` is a window of a large
    document's text, ``intgraph.windows``).

    >>> from intgraph.models import Document
    >>> doc = Document("x.txt", "x.txt", "Integrationsministerin Hanna Kallweit: »Wir handeln jetzt gemeinsam.«", "0" * 64)
    >>> ex = extract(doc)
    >>> [(o.person.name, o.role_class) for o in ex.offices], [q.speaker.name for q in ex.quotes]
    ([('Hanna Kallweit', 'Minister')], ['Hanna Kallweit'])
    """
    index = TextIndex(document.text)
    lands = [m for m in find_lands(document.text) if not index.is_clutter(m.start)]
    offices = persons.find_offices(index)
    found_quotes, learnt = quotes.find_quotes(index, offices)
    offices.extend(learnt)
    offices.extend(holders.quoted_first_person(index, found_quotes, offices))
    offices.extend(holders.descriptor_offices(index, offices, [q.speaker for q in found_quotes]))
    # a family name that is a Land's demonym ("Senator Lutz Hamburger") names no Land
    families = {o.person.family for o in offices} | {q.speaker.family for q in found_quotes}
    lands = [
        m for m in lands if m.form != "demonym" or document.text[m.start : m.end] not in families
    ]
    if facts is None:
        facts = documents.document_facts(index, lands, offices)
    doc_year = int(facts.date[:4]) if facts.date else None
    found_sessions, chairs = sessions.find_sessions(index, doc_year, facts.date, conference)
    return Extraction(
        document=document,
        facts=facts,
        lands=lands,
        persons=[o.person for o in offices] + [q.speaker for q in found_quotes],
        offices=offices,
        quotes=found_quotes,
        sessions=found_sessions,
        chairs=chairs,
        motions=motions.find_motions(index, facts.publisher_land, conference),
        programmes=programmes.find_programmes(index),
    )
