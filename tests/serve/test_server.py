"""A real server on loopback, spoken to over HTTP (no mocks)."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rdflib import Graph

from intgraph.pipeline import ingest
from intgraph.serve import Settings, make_server, uses_service
from intgraph.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("serve") / "s"
    writer = Store(path)
    ingest([ROOT / "examples" / "corpus"], writer)
    del writer
    srv = make_server(Settings(path, port=0, timeout=5, max_rows=500))
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def get(url: str, accept: str | None = None, redirect: bool = True):
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    opener = (
        urllib.request.build_opener() if redirect else urllib.request.build_opener(_NoRedirect())
    )
    try:
        with opener.open(req, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def post(url: str, data: bytes, ctype: str, accept: str | None = None, headers: dict | None = None):
    req = urllib.request.Request(
        url,
        data=data,
        headers={
            "Content-Type": ctype,
            **({"Accept": accept} if accept else {}),
            **(headers or {}),
        },
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


Q = "SELECT DISTINCT ?p WHERE { ?p a <https://w3id.org/intgraph/def#Person> } ORDER BY ?p"


def test_select_by_get_in_every_format(server) -> None:
    url = f"{server}/sparql?query={urllib.parse.quote(Q)}"
    status, headers, body = get(url)
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+json"
    data = json.loads(body)
    assert data["head"]["vars"] == ["p"] and len(data["results"]["bindings"]) >= 5
    status, headers, body = get(url, "application/sparql-results+xml")
    assert b"<sparql" in body and headers["Content-Type"] == "application/sparql-results+xml"
    status, _, body = get(url, "text/csv")
    assert body.splitlines()[0] == b"p"
    status, _, body = get(url, "text/tab-separated-values")
    assert body.splitlines()[0] == b"?p" and body.splitlines()[1].startswith(b"<https://")
    assert get(url, "image/png")[0] == 406


def test_post_form_and_direct_body(server) -> None:
    s1, _, b1 = post(
        f"{server}/sparql",
        urllib.parse.urlencode({"query": Q}).encode(),
        "application/x-www-form-urlencoded",
    )
    s2, _, b2 = post(f"{server}/sparql", Q.encode(), "application/sparql-query")
    assert s1 == s2 == 200 and json.loads(b1) == json.loads(b2)


def test_ask_answers_true_or_false(server) -> None:
    for query, expected in (("ASK { ?s ?p ?o }", True), ("ASK { <urn:x:none> ?p ?o }", False)):
        status, _, body = get(f"{server}/sparql?query={urllib.parse.quote(query)}")
        assert status == 200 and json.loads(body)["boolean"] is expected


def test_construct_in_rdf_formats_and_graph_for_one_document(server) -> None:
    q = "CONSTRUCT { ?s a ?c } WHERE { GRAPH ?g { ?s a ?c } } LIMIT 10"
    status, _, body = post(
        f"{server}/sparql", q.encode(), "application/sparql-query", "text/turtle"
    )
    assert status == 200 and len(Graph().parse(data=body, format="turtle")) == 10
    status, _headers, body = post(
        f"{server}/sparql", q.encode(), "application/sparql-query", "application/ld+json"
    )
    assert status == 200 and len(Graph().parse(data=body, format="json-ld")) == 10


def test_errors_are_clear(server) -> None:
    status, _, body = post(f"{server}/sparql", b"SELECT WHERE {", "application/sparql-query")
    assert status == 400 and b"does not parse" in body
    status, _, body = post(
        f"{server}/sparql", b"INSERT DATA { <a:b> <a:c> <a:d> }", "application/sparql-update"
    )
    assert status == 403 and b"read-only" in body
    q = "SELECT * WHERE { SERVICE <http://127.0.0.2/sparql> { ?s ?p ?o } }"
    status, _, body = post(f"{server}/sparql", q.encode(), "application/sparql-query")
    assert status == 400 and b"SERVICE is refused" in body
    status, _, body = post(
        f"{server}/sparql", b"SELECT * WHERE { ?s ?p ?o }", "application/sparql-query"
    )
    assert status == 413 and b"more than 500 rows" in body


def test_service_detection_ignores_strings_and_iris() -> None:
    assert uses_service("SELECT * { SERVICE <x:y> { ?s ?p ?o } }")
    assert not uses_service('SELECT * { ?s ?p "SERVICE" . ?s <http://x/SERVICE> ?o } # SERVICE')


def test_entity_iris_dereference_with_303(server) -> None:
    status, headers, _ = get(f"{server}/id/person/kai-klose", "text/html", redirect=False)
    assert status == 303 and headers["Location"] == "/doc/id/person/kai-klose.html"
    status, headers, _ = get(f"{server}/id/person/kai-klose", "text/turtle", redirect=False)
    assert headers["Location"] == "/doc/id/person/kai-klose.ttl"
    status, headers, body = get(f"{server}/id/person/kai-klose", "text/html")
    page = body.decode()
    assert status == 200 and "<h1>Kai Klose</h1>" in page and "Belege / evidence" in page
    assert "2023-04-27_he_18-intmk-wiesbaden.md" in page
    status, _, body = get(f"{server}/id/person/kai-klose", "text/turtle")
    g = Graph().parse(data=body, format="turtle")
    assert len(g) > 3
    assert get(f"{server}/id/person/niemand", "text/html")[0] == 404


def test_void_dumps_ontology_and_query_page(server) -> None:
    status, _, body = get(f"{server}/.well-known/void")
    void = Graph().parse(data=body, format="turtle")
    assert status == 200 and len(void) > 10
    status, _, body = get(f"{server}/dumps/intgraph.nq")
    assert status == 200 and body.count(b"\n") > 500
    status, _, body = get(f"{server}/def")
    assert status == 200 and b"owl:Ontology" in body
    status, _, body = get(f"{server}/")
    assert (
        status == 200 and b"<script>" in body and b'src="http' not in body and b"documents" in body
    )


def test_concurrent_clients(server) -> None:
    """20 clients for 3 s on loopback: no errors, no lost responses (the 30 s run is a benchmark)."""
    q = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    deadline = time.monotonic() + 3

    def client(_: int) -> tuple[int, int]:
        ok = bad = 0
        while time.monotonic() < deadline:
            status, _, body = get(f"{server}/sparql?query={q}", "text/csv")
            if status == 200 and body.splitlines()[1].isdigit():
                ok += 1
            else:
                bad += 1
        return ok, bad

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(client, range(20)))
    assert sum(b for _, b in results) == 0
    assert all(o > 0 for o, _ in results)
