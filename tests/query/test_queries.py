from __future__ import annotations

import pytest

from intgraph.errors import QueryError
from intgraph.query import format_result, run, saved_queries

CONTRACT = {
    "documents.rq": ["file", "date", "publisherLand"],
    "office-holders.rq": ["file", "name", "role", "land"],
    "conferences.rq": ["file", "number", "year", "place", "chairLand"],
    "motions.rq": ["file", "conferenceNumber", "title", "submitter", "result"],
    "programmes.rq": ["file", "programme"],
    "quotes.rq": ["file", "name", "text"],
    "evidence.rq": ["entity", "file", "start", "end", "sentence"],
}


def test_every_saved_query_has_a_header() -> None:
    for q in saved_queries():
        assert q.title and q.description and q.columns, q.path


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_competency_queries_run_and_keep_their_columns(sample_store, name: str) -> None:
    q = {q.path.name: q for q in saved_queries()}[name]
    result = run(sample_store, q.path)
    assert result.columns[: len(CONTRACT[name])] == CONTRACT[name] or set(CONTRACT[name]) <= set(
        result.columns
    )
    assert result.columns == q.columns, "the header's columns line must match the SELECT"
    assert result.rows, f"{name} returned nothing on the sample corpus"


def test_formats(sample_store) -> None:
    r = run(sample_store, "SELECT ?a ?b WHERE { VALUES (?a ?b) { (1 'x,y') } }")
    assert format_result(r, "csv") == 'a,b\n1,"x,y"\n'
    assert format_result(r, "tsv") == "a\tb\n1\tx,y\n"
    assert '"b": "x,y"' in format_result(r, "json")
    assert "(1 row)" in format_result(r, "table")


def test_syntax_errors_name_the_query(sample_store) -> None:
    with pytest.raises(QueryError, match="does not parse"):
        run(sample_store, "SELECT WHERE {")


def test_evidence_for_one_entity(sample_store) -> None:
    rows = run(
        sample_store,
        """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX ig: <https://w3id.org/intgraph/def#>
        PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?sentence WHERE { ?h org:member <https://w3id.org/intgraph/id/person/kai-klose> .
        ?e oa:hasBody ?h ; ig:sentence ?sentence }""",
    ).rows
    assert any("Kai Klose" in r[0] for r in rows)
