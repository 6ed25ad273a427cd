"""queries/evidence.rq: one row per statement, evidence and entity; right under any VALUES filter.

Pinned on the shared corpus (skipped where ../shared is absent) and on the sample corpus.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intgraph.paths import queries_dir
from intgraph.query import load_query
from intgraph.store import QueryResult, Store

QUERY = load_query(queries_dir() / "evidence.rq")
VALUES_LINE = "  # VALUES ?entity { <https://w3id.org/intgraph/id/person/petra-koepping> }"
IG = "https://w3id.org/intgraph/def#"


def evidence(store: Store, *entities: str) -> list[dict[str, str | None]]:
    text = QUERY.text
    if entities:
        assert VALUES_LINE in text, "the VALUES line the comment describes has moved"
        iris = " ".join(f"<{e}>" for e in entities)
        text = text.replace(VALUES_LINE, f"  VALUES ?entity {{ {iris} }}")
    result: QueryResult = store.query(text)
    assert result.columns == QUERY.columns
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


def check_shape(store: Store) -> list[dict[str, str | None]]:
    rows = evidence(store)
    assert rows
    assert not [r for r in rows if not r["entity"]], "a row without its entity"
    assert not [r for r in rows if not r["type"] or not r["file"] or r["start"] is None]
    keys = Counter((r["statement"], r["evidence"], r["entity"], r["property"]) for r in rows)
    assert max(keys.values()) == 1, "more than one row for a statement, evidence and entity"
    every = {row[0] for row in store.query(f"SELECT ?e WHERE {{ ?e a <{IG}Evidence> }}").rows}
    assert {r["evidence"] for r in rows} == every, "evidence missing from the query"
    # a document's own properties (date, publisher) are listed under the document only
    about_doc = {
        row[0] for row in store.query(f"SELECT ?e WHERE {{ ?e <{IG}aboutProperty> ?p }}").rows
    }
    for r in rows:
        if r["evidence"] in about_doc:
            assert r["entity"] == r["statement"] and r["type"] == IG + "Document", r
    return rows


def check_filter(store: Store, rows: list[dict[str, str | None]], entity: str) -> None:
    filtered = evidence(store, entity)
    expected = [r for r in rows if r["entity"] == entity]
    assert filtered == expected
    assert {r["entity"] for r in filtered} == {entity}


def test_sample_corpus(sample_store: Store) -> None:
    rows = check_shape(sample_store)
    for entity in sorted({r["entity"] for r in rows})[:: max(1, len(rows) // 15)]:
        check_filter(sample_store, rows, entity)


@pytest.fixture(scope="module")
def shared_rows(shared_store: Store) -> list[dict[str, str | None]]:
    return check_shape(shared_store)


def test_shared_corpus_figures(shared_store: Store, shared_rows) -> None:
    """On the 57 shared documents (measured 2026-12-01): 1,266 rows, no row without its entity
    (main had 216 of 825), every one of the 459 evidence annotations listed."""
    assert len(shared_rows) >= 1000
    assert len({r["evidence"] for r in shared_rows}) >= 400


def test_one_person_gets_only_evidence_that_names_them(shared_store: Store, shared_rows) -> None:
    person = "https://w3id.org/intgraph/id/person/petra-koepping"
    rows = evidence(shared_store, person)
    assert rows
    # each row's statement links the person (an office she holds, a quotation she said) or is she
    for r in rows:
        linked = shared_store.query(
            f"ASK {{ GRAPH ?g {{ <{r['statement']}> ?p <{person}> }} }}"
        ).boolean
        assert r["statement"] == person or linked, r
    files = {r["file"] for r in rows}
    mentioning = {
        row[0]
        for row in shared_store.query(
            f"""SELECT DISTINCT ?f WHERE {{ GRAPH ?d {{ ?s ?p <{person}> }}
                GRAPH <https://w3id.org/intgraph/id/graph/sources> {{ ?src <{IG}document> ?d ; <{IG}fileName> ?f }} }}"""
        ).rows
    }
    assert files <= mentioning


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_values_filter_selects_exactly_its_rows(shared_store, shared_rows, data) -> None:
    entities = sorted({r["entity"] for r in shared_rows})
    picked = data.draw(st.lists(st.sampled_from(entities), min_size=1, max_size=3, unique=True))
    filtered = evidence(shared_store, *picked)
    assert filtered == [r for r in shared_rows if r["entity"] in picked]
