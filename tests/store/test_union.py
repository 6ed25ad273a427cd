"""The default graph is the union of the named graphs as a set (each triple once), kept so by
every write, replace and remove; stores written before that are upgraded when opened."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef

from intgraph.cli import main
from intgraph.pipeline import ingest
from intgraph.store import UNION_MARK, NewDocument, Store

ROOT = Path(__file__).resolve().parents[2]
EX = "http://example.org/"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def union_is_exact(store: Store) -> None:
    """The default graph holds exactly the distinct triples of the named graphs."""
    default, named = set(), set()
    for q in store._s:
        t = (q.subject, q.predicate, q.object)
        (default if isinstance(q.graph_name, ox.DefaultGraph) else named).add(t)
    assert default == named
    assert int(store.query(COUNT).rows[0][0]) == len(named)


# ------------------------------------------------------------------ sequences of writes
TRIPLES = [
    (URIRef(EX + s), URIRef(EX + p), o)
    for s in "ab"
    for p in "pq"
    for o in (URIRef(EX + "c"), Literal("x"), Literal("x", lang="de"))
]
triple_sets = st.sets(st.sampled_from(TRIPLES), max_size=6)


def nt(triples: set) -> list[str]:
    return sorted(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples)


op = st.one_of(
    st.tuples(st.just("put"), st.integers(0, 3), triple_sets),  # ingest or re-ingest a source
    st.tuples(st.just("repoint"), st.integers(0, 3), st.integers(0, 3)),  # same doc as another
    st.tuples(st.just("remove"), st.integers(0, 3), st.just(None)),
    st.tuples(st.just("graph"), st.integers(0, 1), triple_sets),  # ontology-like graphs
    st.tuples(st.just("bnodes"), st.integers(0, 1), triple_sets),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(op, max_size=12))
def test_the_default_graph_stays_the_union_of_the_named_graphs(ops) -> None:
    store = Store()
    points: dict[int, int] = {}  # source -> document, as the sources graph records it

    def src(i: int) -> URIRef:
        return URIRef(f"{EX}source/{i}")

    def doc(j: int) -> URIRef:
        return URIRef(f"{EX}document/{j}")

    def orphan(j: int, but: int) -> list[URIRef]:
        return [doc(j)] if all(d != j for k, d in points.items() if k != but) else []

    for kind, i, arg in ops:
        if kind == "put":
            if i not in points and not store.has_graph(doc(i)):
                new = NewDocument(src(i), f"{i}.txt", f"{i}.txt", "h", doc(i), nt(arg))
                assert store.write_new_documents([new]) == []
            else:
                old = points.get(i)
                drop = orphan(old, i) if old is not None and old != i else []
                store.write_document(
                    source=src(i),
                    path=f"{i}.txt",
                    file_name=f"{i}.txt",
                    content_hash=str(len(arg)),
                    document=doc(i),
                    lines=nt(arg),
                    drop=drop,
                )
            points[i] = i
        elif kind == "repoint" and arg in points.values():
            old = points.get(i)
            drop = orphan(old, i) if old is not None and old != arg else []
            store.write_document(
                source=src(i),
                path=f"{i}.txt",
                file_name=f"{i}.txt",
                content_hash="r",
                document=doc(arg),
                lines=None,  # the document is already there
                drop=drop,
            )
            points[i] = arg
        elif kind == "remove" and i in points:
            store.remove_source(src(i), orphan(points.pop(i), i))
        elif kind == "graph":
            store.replace_graph(URIRef(f"{EX}graph/{i}"), arg)
        elif kind == "bnodes":
            b = BNode(f"b{i}")
            store.replace_graph(URIRef(f"{EX}graph/{i}"), {(b, p, o) for _, p, o in arg} | arg)
        union_is_exact(store)


def test_a_triple_stays_while_another_graph_holds_it() -> None:
    store = Store()
    shared = {TRIPLES[0]}
    a = NewDocument(URIRef(EX + "s1"), "1", "1", "h", URIRef(EX + "d1"), nt(shared | {TRIPLES[1]}))
    b = NewDocument(URIRef(EX + "s2"), "2", "2", "h", URIRef(EX + "d2"), nt(shared))
    store.write_new_documents([a, b])
    ask = "ASK { " + " ".join(t.n3() for t in TRIPLES[0]) + " }"
    store.remove_source(URIRef(EX + "s1"), [URIRef(EX + "d1")])
    assert store.query(ask).boolean
    store.remove_source(URIRef(EX + "s2"), [URIRef(EX + "d2")])
    assert not store.query(ask).boolean
    union_is_exact(store)


def test_updates_keep_the_union_and_dataset_queries_are_unchanged() -> None:
    store = Store()
    store.update(f"INSERT DATA {{ GRAPH <{EX}g1> {{ <{EX}s> <{EX}p> 1, 2 }} }}")
    store.update(f"INSERT DATA {{ GRAPH <{EX}g2> {{ <{EX}s> <{EX}p> 1 }} }}")
    union_is_exact(store)
    assert store.query(COUNT).rows == [["2"]]
    store.update(f"DELETE DATA {{ GRAPH <{EX}g1> {{ <{EX}s> <{EX}p> 1, 2 }} }}")
    union_is_exact(store)
    assert store.query(COUNT).rows == [["1"]]
    store.update(f"INSERT DATA {{ GRAPH <{EX}g1> {{ <{EX}s> <{EX}p> 1 }} }}")
    store.update(f"INSERT DATA {{ <{EX}s> <{EX}p> 3 }}")  # into the default graph itself: kept
    store.update(f"DELETE DATA {{ GRAPH <{EX}g2> {{ <{EX}s> <{EX}p> 1 }} }}")
    assert store.query(COUNT).rows == [["2"]]
    assert store.query(f"ASK {{ <{EX}s> <{EX}p> 3 }}").boolean
    store.update(f"DELETE DATA {{ <{EX}s> <{EX}p> 3 }}")
    union_is_exact(store)
    # FROM and the protocol's dataset: the graphs named, as Oxigraph merges them
    t = store.query_terms
    assert t(f"SELECT * FROM <{EX}g1> {{ ?s ?p ?o }}", max_rows=9, own_dataset=True).rows
    only_named = t(COUNT, max_rows=9, named_graphs=[f"{EX}g1"])
    assert only_named.rows[0][0].value == "0"  # no default-graph-uri: an empty default graph
    graph = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    store.update(f"INSERT DATA {{ GRAPH <{EX}g2> {{ <{EX}s> <{EX}p> 1 }} }}")
    assert [r[0].value for r in t(graph, max_rows=9).rows] == [f"{EX}g1", f"{EX}g2"]
    assert t(COUNT, max_rows=9, default_graphs=[f"{EX}g2"]).rows[0][0].value == "1"
    # two graphs named: Oxigraph merges them as a bag, as before (the union itself is a set)
    both = t(COUNT, max_rows=9, default_graphs=[f"{EX}g1", f"{EX}g2"])
    assert both.rows[0][0].value == "2"


# ------------------------------------------------------------------ a real store
@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("union") / "store"
    assert ingest([ROOT / "examples" / "corpus"], Store(path)).ok
    return path


def distinct_and_bag(store: Store) -> tuple[int, int]:
    """Distinct triples of the named graphs, and their number counted once per graph."""
    named = [
        (q.subject, q.predicate, q.object)
        for q in store._s
        if not isinstance(q.graph_name, ox.DefaultGraph)
    ]
    return len(set(named)), len(named)


def test_count_over_the_cli_is_the_number_of_distinct_triples(corpus_store: Path) -> None:
    distinct, bag = distinct_and_bag(Store(corpus_store, read_only=True))
    assert bag > distinct  # documents share triples (labels, types): the test means something
    out = CliRunner().invoke(
        main, ["query", COUNT, "--store", str(corpus_store), "--format", "json"]
    )
    assert out.exit_code == 0, out.output
    assert json.loads(out.output) == [{"n": distinct}]
    for name in ("documents", "office-holders"):  # saved queries run against the same union
        ran = CliRunner().invoke(main, ["query", f"{name}.rq", "--store", str(corpus_store)])
        assert ran.exit_code == 0 and ran.output.count("\n") > 1, ran.output


def old_store(corpus_store: Path, old: Path) -> None:
    """A copy of ``corpus_store`` as the previous version left it: no union, no mark."""
    writer = Store(old)
    writer.load_dump(Store(corpus_store, read_only=True).dump("nquads"))
    writer._s.update("CLEAR DEFAULT")
    writer.publish_snapshot()
    del writer
    (old / UNION_MARK).unlink()


def test_a_store_from_before_is_upgraded_when_opened(corpus_store: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    old_store(corpus_store, old)
    distinct, _ = distinct_and_bag(Store(corpus_store, read_only=True))

    out = CliRunner().invoke(main, ["query", COUNT, "--store", str(old), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert "upgraded the store" in out.output and json.loads(out.output.split("\n", 1)[1]) == [
        {"n": distinct}
    ]
    assert (old / UNION_MARK).exists()
    union_is_exact(Store(old, read_only=True))
    assert Store(old, read_only=True).notice is None  # once


def test_an_update_cut_short_is_repaired_when_the_store_is_next_opened(tmp_path: Path) -> None:
    store = Store(tmp_path / "s")
    store.update(f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> 1 }} }}")
    # as if the process died between the update and the union's repair
    store._s.update(f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> 2 }} }}")
    (tmp_path / "s" / (UNION_MARK + ".dirty")).touch()
    del store
    store = Store(tmp_path / "s")
    union_is_exact(store)
    assert not (tmp_path / "s" / (UNION_MARK + ".dirty")).exists()


def test_serve_upgrades_a_store_from_before_and_says_so(corpus_store: Path, tmp_path: Path) -> None:
    from fixtures.serving import sparql_get, start

    old_store(corpus_store, tmp_path / "old")
    running = start("--store", str(tmp_path / "old"))
    try:
        assert any("upgraded the store" in line for line in running.lines), running.lines
        a = sparql_get(running.url.rstrip("/"), COUNT, "text/csv")
        distinct, _ = distinct_and_bag(Store(corpus_store, read_only=True))
        assert a.body.decode().split() == ["n", str(distinct)]
    finally:
        running.stop()
