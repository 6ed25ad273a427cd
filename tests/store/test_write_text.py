"""The text the writer hands Oxigraph's bulk loader is built on whole N-Triples texts (no rdflib
terms, no line-by-line work); it must be the same bytes the term-by-term form gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rdflib import URIRef

from intgraph.rdf import nt_term, source_record, source_record_ntriples
from intgraph.store import NewDocument, _new_document_nquads, ntriples_lines
from intgraph.vocab import GRAPH_SOURCES, ID

# what a path or file name may hold: line breaks, quotes, backslashes, U+2028, NEL, " .\n"
texts = st.text(
    st.sampled_from(["a", "ä", " ", ".", "\n", "\r", '"', "\\", "\u2028", "\x85", "„", "\t"]),
    max_size=30,
)


def _by_terms(d: NewDocument, lines: list[str]) -> bytes:
    """The form the writer used before: every line and every term on its own."""
    record = source_record(d.source, d.path, d.file_name, d.content_hash, d.document)
    g_src, g_doc = f" <{GRAPH_SOURCES}> .\n", f" <{d.document}> .\n"
    parts = [f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{g_src}" for s, p, o in record]
    parts += [line[:-3] + g_doc for line in lines]
    parts += [f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in record]
    parts += lines
    return "".join(parts).encode()


@given(path=texts, name=texts, values=st.lists(texts, max_size=5))
def test_bulk_text_is_what_the_terms_give(path: str, name: str, values: list[str]) -> None:
    from rdflib import Literal

    doc = ID["document/abc"]
    lines = [f"<{doc}> <urn:x:p> {nt_term(Literal(v, lang='de'))} .\n" for v in values]
    text = "".join(lines).encode()
    record = source_record(ID["source/1"], path, name, "h", doc)
    assert source_record_ntriples(ID["source/1"], path, name, "h", doc) == "".join(
        f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in record
    )
    for form in (lines, text):  # lines (callers) or their UTF-8 text (ingest's workers)
        d = NewDocument(ID["source/1"], path, name, "h", URIRef(doc), form)
        assert _new_document_nquads(d) == _by_terms(d, lines)
        assert d.line_list() == lines
    assert ntriples_lines(text) == lines
