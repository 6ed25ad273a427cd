"""The store orders results itself when a query ends in ORDER BY (Oxigraph's sort reads every
compared string back from disk). Its order must be the one Oxigraph would give."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.query import saved_queries
from intgraph.store import Store, _split_order

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

strings = st.one_of(
    st.text("abcAB äß1", max_size=4).map(lambda s: ox.Literal(s)),
    st.text("abc", max_size=3).map(lambda s: ox.Literal(s, language="de")),
    st.text("ab", max_size=2).map(lambda s: ox.Literal(s, language="en")),
)
numbers = st.one_of(
    st.integers(-20, 20).map(lambda i: ox.Literal(str(i), datatype=ox.NamedNode(XSD + "integer"))),
    st.sampled_from(["0.5", "2.25", "-1.0"]).map(
        lambda d: ox.Literal(d, datatype=ox.NamedNode(XSD + "decimal"))
    ),
)
iris = st.text("xyz", min_size=1, max_size=3).map(lambda s: ox.NamedNode(EX + s))
# SPARQL orders numbers among numbers and strings among strings; a column mixing them has no
# total order (engines differ), so each generated column holds one kind, or nothing
column = st.sampled_from([strings, numbers, iris])


def engine_order(store: Store, query: str) -> list[list[str | None]]:
    """Rows as Oxigraph orders them itself."""
    res = store._s.query(query, use_default_graph_as_union=True)
    cols = [v.value for v in res.variables]
    return [[None if sol[c] is None else str(sol[c]) for c in cols] for sol in res]


def own_order(store: Store, query: str) -> list[list[str | None]]:
    from intgraph.store import _solutions

    _, rows = _solutions(store._s, query)  # type: ignore[misc]
    return [[None if t is None else str(t) for t in row] for row in rows]


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
                store._s.add(ox.Quad(row, ox.NamedNode(EX + p), v, ox.NamedNode(EX + "g")))
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
    store._s.add(
        ox.Quad(
            ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.Literal("o"), ox.NamedNode(EX + "g")
        )
    )
    result = store.query(query)
    assert result.rows or result.boolean is not None
