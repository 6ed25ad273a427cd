"""The query guard: bounds before any parser, then a real parse (form, SERVICE anywhere)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.errors import QueryError, QueryRejected
from intgraph.query.guard import add_using, check_query, check_update, is_iri, scan

ROOT = Path(__file__).resolve().parents[2]


def reason(fn, text: str, **kw) -> str:
    with pytest.raises(QueryRejected) as info:
        fn(text, **kw)
    assert isinstance(info.value, QueryError)  # callers may catch the broader class
    return info.value.reason


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT ?x WHERE {FILTER(1<2)SERVICE<http://127.0.0.1:9/x>{?x ?y ?z}}",
        "select * where { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE ?svc { ?s ?p ?o } } }",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://x/> { ?s ?p ?o } } } }",
        "ASK { # comment\n SERVICE <http://x/> {} }",
        "PREFIX s: <http://x/> SELECT * WHERE { SERVICE s:e { ?s ?p ?o } }",
    ],
)
def test_service_is_refused_wherever_it_stands(text: str) -> None:
    assert reason(check_query, text) == "service"


def test_service_in_updates_is_refused() -> None:
    u = "INSERT { GRAPH <http://g/> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    assert reason(check_update, u) == "service"
    assert check_update(u, allow_service=True).service


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * WHERE { ?s ?p "SERVICE <http://x/> {}" }',
        "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o } # SERVICE <http://x/> {}",
        "PREFIX ex: <http://e/> SELECT ?SERVICE WHERE { ?SERVICE ex:SERVICE ?o }",
    ],
)
def test_service_in_strings_iris_comments_and_names_is_fine(text: str) -> None:
    assert not check_query(text).service


def test_form_comes_from_the_parse() -> None:
    one_line = "PREFIX ex: <http://e/> CONSTRUCT { ?s ex:p ?o } WHERE { ?s ex:p ?o }"
    assert check_query(one_line).form == "CONSTRUCT"
    assert check_query("BASE <http://e/> DESCRIBE <x>").form == "DESCRIBE"
    assert check_query("ask {}").form == "ASK"
    q = check_query("SELECT * FROM <http://g/a> FROM NAMED <http://g/b> { ?s ?p ?o }")
    assert q.form == "SELECT" and q.dataset and not q.is_graph


def test_queries_and_updates_are_not_mixed_up() -> None:
    assert reason(check_query, "CLEAR ALL") == "form"
    assert reason(check_update, "SELECT * {}") == "syntax"
    u = check_update("CLEAR ALL ; INSERT DATA { <http://a> <http://b> <http://c> }")
    assert u.is_update and u.operations == ("Clear", "InsertData")


@pytest.mark.parametrize("text", ["ASK {", "SELECT ?x WHERE { ?x }", "CONSTRUCT", ""])
def test_syntax_errors_are_refused(text: str) -> None:
    assert reason(check_query, text) == "syntax" or reason(check_query, text) == "form"


def test_the_crashing_queries_of_the_issue_are_refused_by_the_lexer() -> None:
    braces = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    assert len(braces) > 10_000
    assert reason(check_query, braces) == "depth"
    parens = "ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
    assert reason(check_query, parens) == "depth"
    assert reason(check_query, "ASK { FILTER(" + "!" * 5000 + "true) }") == "chain"
    assert reason(check_query, "ASK { FILTER(" + "+".join(["1"] * 5000) + " > 0) }") == "chain"
    assert reason(check_query, "ASK { " + " UNION ".join(["{}"] * 5000) + " }") == "chain"
    segments = "ASK { FILTER(" + "(" * 50 + ("+".join(["1"] * 100) + ")+") * 50 + "1 > 0) }"
    assert reason(check_query, segments) == "chain"  # short chains, one deep expression
    # brackets hidden in a would-be IRI (an engine may read "<((…1>" as a less-than) still count
    hidden = "ASK { FILTER(1<" + "(" * 500 + "1>0" + ")" * 500 + ") }"
    assert reason(check_query, hidden) == "depth"


def test_size_is_bounded_in_bytes() -> None:
    text = 'SELECT * WHERE { ?s ?p "' + "ä" * 60_000 + '" }'
    assert reason(check_query, text) == "size"
    assert check_query(text, max_bytes=200_000).form == "SELECT"


def test_nesting_within_the_bound_parses() -> None:
    deep = "SELECT * WHERE " + "{" * 90 + " ?s ?p ?o " + "}" * 90
    assert check_query(deep).form == "SELECT"
    assert check_query("ASK { FILTER(" + "(" * 90 + "1" + ")" * 90 + ") }").form == "ASK"


def test_saved_queries_pass() -> None:
    for f in sorted((ROOT / "queries").glob("*.rq")):
        assert check_query(f.read_text(encoding="utf-8")).form == "SELECT", f.name


def test_add_using_puts_the_graphs_before_each_where() -> None:
    u = check_update(
        "DROP ALL ; INSERT { GRAPH <http://o/> { ?s a <http://c> } } WHERE { ?s ?p ?o } ;"
        " DELETE WHERE { ?a ?b ?c }"
    )
    text = add_using(u, ["http://g/1", "http://g/2"], ["http://g/3"])
    assert "USING <http://g/1> USING <http://g/2> USING NAMED <http://g/3> WHERE { ?s" in text
    assert "DELETE WHERE { ?a" in text  # DELETE WHERE has no USING in the grammar
    with pytest.raises(QueryRejected):
        add_using(u, ["x> } ; DROP ALL ; #"])
    with_clause = check_update("WITH <http://g/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert reason(lambda t: add_using(with_clause, [t]), "http://g/1") == "form"


def test_is_iri() -> None:
    assert is_iri("http://kasei.us/2009/09/sparql/data/data1.rdf")
    for bad in ("", "x", "http://a b", "http://a>", "javascript:x\n", "a{b}:c"):
        assert not is_iri(bad), bad


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("{}()[]<>\"'#?:\\ \nSELECTWHREvicsa!+-1.;,")), max_size=80
    )
)
def test_the_lexer_never_fails_otherwise(text: str) -> None:
    try:
        scan(text)
    except QueryRejected:
        pass


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("{}()<>\"'#?x :SERVICEASK\n")), max_size=40),
)
def test_check_query_only_raises_query_rejected(text: str) -> None:
    try:
        q = check_query(text)
    except QueryRejected:
        return
    assert not q.service
