"""The store decodes SELECT results from Oxigraph's TSV writer and orders them itself when a query
ends in ORDER BY (Oxigraph's sort reads every compared string back from disk). Both must give
what Oxigraph's own term objects and own order give."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from intgraph.query import saved_queries
from intgraph.store import Store, Term, _Cells, _solutions, _split_order, _Terms

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

strings = st.one_of(
    st.text("abcAB äß1", max_size=4).map(lambda s: ox.Literal(s)),
    st.text("abc", max_size=3).map(lambda s: ox.Literal(s, language="de")),
    st.text("ab", max_size=2).map(lambda s: ox.Literal(s, language="en")),
)
numbers = st.one_of(
    st.integers(-20, 20).map(lambda i: ox.Literal(str(i), datatype=ox.NamedNode(XSD + "integer"))),
    # no decimal equal to an integer: the engine keeps such ties in its storage order
    st.sampled_from(["0.5", "2.25", "-1.5"]).map(
        lambda d: ox.Literal(d, datatype=ox.NamedNode(XSD + "decimal"))
    ),
)
iris = st.text("xyz", min_size=1, max_size=3).map(lambda s: ox.NamedNode(EX + s))
# SPARQL orders numbers among numbers and strings among strings; a column mixing them has no
# total order (engines differ), so each generated column holds one kind, or nothing
column = st.sampled_from([strings, numbers, iris])


def as_term(t: object) -> Term:
    """The reference decoding: Oxigraph's own term objects, read attribute by attribute."""
    if isinstance(t, ox.NamedNode):
        return Term("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, ox.Literal):
        return Term("literal", t.value, t.language, t.datatype.value)
    return Term("triple", str(t))


any_literal = st.one_of(
    st.text().map(ox.Literal),
    st.builds(
        lambda s, lang: ox.Literal(s, language=lang),
        st.text(),
        st.sampled_from(["de", "en", "de-CH", "x-y"]),
    ),
    st.builds(
        lambda v, dt: ox.Literal(v, datatype=ox.NamedNode(XSD + dt)),
        st.one_of(st.integers().map(str), st.text("0123456789.-e", max_size=6)),
        st.sampled_from(["integer", "decimal", "double", "boolean", "date", "gYear"]),
    ),
    st.booleans().map(ox.Literal),
    st.floats(allow_nan=False).map(ox.Literal),
)
any_term = st.one_of(
    any_literal,
    st.text("abcXYZ019-._~/äü", min_size=1).map(lambda s: ox.NamedNode(EX + s)),
    st.just(ox.BlankNode("b1")),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), any_term), any_term), max_size=6))
def test_decoded_rows_are_oxigraphs_terms(pairs) -> None:
    store = Store()
    for n, pair in enumerate(pairs):
        row = ox.NamedNode(f"{EX}row{n}")
        for p, v in zip("ab", pair, strict=True):
            if v is not None:
                store._s.add(ox.Quad(row, ox.NamedNode(EX + p), v))  # the default graph
    q = f"SELECT ?r ?a ?b WHERE {{ ?r <{EX}b> ?b OPTIONAL {{ ?r <{EX}a> ?a }} }}"
    res = store._s.query(q)
    expected = [[None if sol[c] is None else as_term(sol[c]) for c in "rab"] for sol in res]
    result = _solutions(store._s, q)
    assert isinstance(result, _Cells)
    assert result.columns == ["r", "a", "b"]
    assert result.decoded(_Terms()) == expected


def test_results_with_one_or_no_column_keep_their_rows() -> None:
    store = Store()
    assert store.query("SELECT ?x WHERE { VALUES ?x { UNDEF 1 } }").rows == [[None], ["1"]]
    assert store.query("SELECT * WHERE { }").rows == [[]]
    assert store.query("SELECT ?x WHERE { FILTER(false) }").rows == []


def engine_order(store: Store, query: str) -> list[list[str | None]]:
    """Rows as Oxigraph orders them itself, terms in N-Triples syntax."""
    res = store._s.query(query)
    cols = [v.value for v in res.variables]
    return [[None if sol[c] is None else as_term(sol[c]).n3() for c in cols] for sol in res]


def own_order(store: Store, query: str) -> list[list[str | None]]:
    result = _solutions(store._s, query)
    assert isinstance(result, _Cells)
    return [[None if t is None else t.n3() for t in row] for row in result.decoded(_Terms())]


def key_columns(rows: list[list[str | None]], at: list[int]) -> list[list[str | None]]:
    return [[row[i] for i in at] for row in rows]


@settings(max_examples=150, deadline=None)
@given(
    data=st.data(),
    kinds=st.tuples(column, column),
    desc=st.tuples(st.booleans(), st.booleans()),
    limit=st.one_of(st.none(), st.integers(0, 5)),
)
def test_own_order_is_oxigraphs_order(data, kinds, desc, limit) -> None:
    a, b = (st.one_of(st.none(), k) for k in kinds)
    rows = data.draw(st.lists(st.tuples(a, b), max_size=12))
    store = Store()
    for n, (a, b) in enumerate(rows):
        row = ox.NamedNode(f"{EX}row{n}")
        for p, v in (("a", a), ("b", b)):
            if v is not None:
                store._s.add(ox.Quad(row, ox.NamedNode(EX + p), v))  # the default graph
    keys = " ".join(f"DESC(?{v})" if d else f"?{v}" for v, d in zip("ab", desc, strict=True))
    tail = f" LIMIT {limit}" if limit is not None else ""
    q = (
        f"SELECT ?r ?a ?b WHERE {{ ?r ?p ?any OPTIONAL {{ ?r <{EX}a> ?a }} "
        f"OPTIONAL {{ ?r <{EX}b> ?b }} }} ORDER BY {keys}{tail}"
    )
    # distinct rows only: the engine may order ties either way
    q = q.replace("SELECT", "SELECT DISTINCT")
    mine, theirs = own_order(store, q), engine_order(store, q)
    if limit is None:
        assert sorted(map(str, mine)) == sorted(map(str, theirs))
    assert key_columns(mine, [1, 2]) == key_columns(theirs, [1, 2])


@pytest.mark.parametrize("query", saved_queries(), ids=lambda q: q.path.stem)
def test_saved_queries_come_in_the_engines_order(sample_store: Store, query) -> None:
    order = _split_order(query.text)
    assert order is not None, f"{query.path.name}: its ORDER BY is no longer handled by the store"
    mine, theirs = own_order(sample_store, query.text), engine_order(sample_store, query.text)
    assert sorted(map(str, mine)) == sorted(map(str, theirs))
    cols = query.columns
    at = [cols.index(v) for v, _ in order.keys]
    assert key_columns(mine, at) == key_columns(theirs, at)


def test_ties_come_in_the_order_of_the_whole_row() -> None:
    store = Store()
    q = "SELECT ?k ?v WHERE { VALUES (?k ?v) { (1 'c') (1 'a') (0 'z') (1 'b') } } ORDER BY ?k"
    assert store.query(q).rows == [["0", "z"], ["1", "a"], ["1", "b"], ["1", "c"]]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?a WHERE { ?a ?b ?c } GROUP BY ?a ORDER BY ?a",
        "SELECT ?a WHERE { ?a ?b ?c } ORDER BY STR(?a)",
        "SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a # trailing comment\n",
        "ASK { ?a ?b ?c }",
    ],
)
def test_other_queries_are_left_to_the_engine_or_still_answer(query: str) -> None:
    store = Store()
    store.replace_graph(URIRef(EX + "g"), [(URIRef(EX + "s"), URIRef(EX + "p"), Literal("o"))])
    result = store.query(query)
    assert result.rows or result.boolean is not None
