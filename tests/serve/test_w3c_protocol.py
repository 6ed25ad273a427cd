"""The W3C SPARQL 1.1 Protocol test suite (``../shared/w3c/sparql11-protocol``) against a real
server: the update tests against one started with ``--update-token``, the rest against a
read-only one whose store holds the suite's graphs (``ut:graphData``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from fixtures.serving import ROOT, TOKEN, Answer, request, start
from intgraph.store import Store

SUITE = ROOT.parent / "shared" / "w3c" / "sparql11-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

BOOLEAN_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")
TABULAR_TYPES = (*BOOLEAN_TYPES, "text/csv", "text/tab-separated-values")
RDF_TYPES = ("application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json")


@dataclass
class Step:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    status: set[str]  # "2xx", "3xx", "4xx"
    boolean: bool | None
    fmt: str | None


@dataclass
class Case:
    name: str
    steps: list[Step]
    graphs: dict[str, Path]  # graph IRI -> N-Triples file


def _cases() -> list[Case]:
    if not (SUITE / "manifest.ttl").exists():
        return []
    g = Graph().parse(SUITE / "manifest.ttl", format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    cases = []
    for test in Collection(g, g.value(manifest, MF.entries)):
        name = str(test).rsplit("#", 1)[-1]
        action = g.value(test, MF.action)
        steps = []
        for req in Collection(g, g.value(action, HT.requests)):
            headers = {}
            hlist = g.value(req, HT.headers)
            if hlist is not None:
                for h in Collection(g, hlist):
                    headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
            body = g.value(req, HT.body)
            resp = g.value(req, HT.resp)
            status = {
                str(s).rsplit("StatusCode", 1)[-1] for s in g.objects(resp, MF.expectedStatus)
            }
            expected_bool = g.value(resp, MF.expectedBoolean)
            fmt = g.value(resp, MF.expectedFormat)
            steps.append(
                Step(
                    str(g.value(req, HT.methodName)),
                    str(g.value(req, HT.absolutePath)),
                    headers,
                    str(g.value(body, CNT.chars)).encode("utf-8") if body is not None else None,
                    status,
                    None if expected_bool is None else bool(expected_bool.toPython()),
                    None if fmt is None else str(fmt),
                )
            )
        graphs = {}
        for d in g.objects(test, UT.graphData):
            graphs[str(g.value(d, RDFS.label))] = (
                SUITE / str(g.value(d, UT.graph)).rsplit("/", 1)[-1]
            )
        cases.append(Case(name, steps, graphs))
    return cases


CASES = _cases()
UPDATE = [c for c in CASES if "update" in c.name]
READ_ONLY = [c for c in CASES if "update" not in c.name]


@pytest.fixture(scope="module")
def suite() -> Path:
    if not CASES:
        pytest.skip(f"the W3C protocol suite is not at {SUITE} (CI provides ../shared)")
    return SUITE


@pytest.fixture(scope="module")
def read_only_server(suite: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("w3c-ro") / "store"
    store = Store(path)
    for case in READ_ONLY:
        for iri, nt in case.graphs.items():
            store.replace_graph(URIRef(iri), Graph().parse(nt, format="nt"))
    store.publish_snapshot()
    del store
    running = start("--store", str(path), "--timeout", "5")
    yield running.url.rstrip("/")
    assert running.stop() == 0


@pytest.fixture(scope="module")
def update_server(suite: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("w3c-rw") / "store"
    store = Store(path)
    store.publish_snapshot()
    del store
    running = start("--store", str(path), "--timeout", "5", "--update-token", TOKEN)
    yield running.url.rstrip("/")
    assert running.stop() == 0


def _boolean(a: Answer) -> bool | None:
    ctype = (a.header("Content-Type") or "").split(";")[0]
    if ctype == "application/sparql-results+json":
        return json.loads(a.body).get("boolean")
    if ctype == "application/sparql-results+xml":
        el = ElementTree.fromstring(a.body).find("{http://www.w3.org/2005/sparql-results#}boolean")
        return None if el is None else el.text == "true"
    return None


def run_case(base: str, case: Case, token: str | None) -> None:
    for i, step in enumerate(case.steps):
        headers = dict(step.headers)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        a = request(base, step.method, step.path, step.body, headers)
        where = f"{case.name} request {i + 1}: {a.status} {a.body[:300]!r}"
        assert f"{str(a.status)[0]}xx" in step.status, where
        ctype = (a.header("Content-Type") or "").split(";")[0]
        if step.fmt == "boolean":
            assert ctype in BOOLEAN_TYPES, where
        elif step.fmt == "tabular":
            assert ctype in TABULAR_TYPES, where
        elif step.fmt == "RDF":
            assert ctype in RDF_TYPES, where
        if step.boolean is not None:
            assert _boolean(a) is step.boolean, where


@pytest.mark.shared
@pytest.mark.parametrize("case", READ_ONLY, ids=lambda c: c.name)
def test_read_only(read_only_server: str, case: Case) -> None:
    run_case(read_only_server, case, None)


@pytest.mark.shared
@pytest.mark.parametrize("case", UPDATE, ids=lambda c: c.name)
def test_with_updates(update_server: str, case: Case) -> None:
    run_case(update_server, case, TOKEN)


def test_the_suite_is_complete() -> None:
    if not CASES:
        pytest.skip(f"the W3C protocol suite is not at {SUITE}")
    assert len(CASES) == 34 and len(READ_ONLY) == 20 and len(UPDATE) == 14
