"""The endpoint and the linked-data pages, spoken to over HTTP (a real server, no mocks)."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from fixtures.serving import INTGRAPH, get, request, sparql_get, sparql_post, start
from intgraph.store import Store

Q = "SELECT DISTINCT ?p WHERE { ?p a <https://w3id.org/intgraph/def#Person> } ORDER BY ?p"


def test_select_in_every_format(server: str) -> None:
    a = sparql_get(server, Q)
    assert a.status == 200 and a.header("Content-Type") == "application/sparql-results+json"
    data = json.loads(a.body)
    assert data["head"]["vars"] == ["p"] and len(data["results"]["bindings"]) >= 5
    a = sparql_get(server, Q, "application/sparql-results+xml")
    assert b"<sparql" in a.body and a.header("Content-Type") == "application/sparql-results+xml"
    assert sparql_get(server, Q, "text/csv").body.splitlines()[0] == b"p"
    tsv = sparql_get(server, Q, "text/tab-separated-values").body.splitlines()
    assert tsv[0] == b"?p" and tsv[1].startswith(b"<https://")
    assert sparql_get(server, Q, "image/png").status == 406


def test_post_form_and_direct_body_agree(server: str) -> None:
    form = sparql_post(
        server, urllib.parse.urlencode({"query": Q}), ctype="application/x-www-form-urlencoded"
    )
    direct = sparql_post(server, Q)
    assert form.status == direct.status == 200
    assert json.loads(form.body) == json.loads(direct.body)


def test_ask_answers_true_or_false(server: str) -> None:
    for query, expected in (("ASK { ?s ?p ?o }", True), ("ASK { <urn:x:none> ?p ?o }", False)):
        a = sparql_get(server, query)
        assert a.status == 200 and json.loads(a.body)["boolean"] is expected


def test_construct_and_describe_in_every_rdf_format(server: str) -> None:
    q = "CONSTRUCT { ?s a ?c } WHERE { GRAPH ?g { ?s a ?c } } LIMIT 10"
    for accept, fmt in (
        ("text/turtle", "turtle"),
        ("application/ld+json", "json-ld"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
    ):
        a = sparql_post(server, q, accept)
        assert a.status == 200 and a.header("Content-Type").startswith(accept), accept
        assert len(Graph().parse(data=a.body, format=fmt)) == 10, accept
    d = sparql_get(
        server, "DESCRIBE <https://w3id.org/intgraph/id/polity/DE-HE>", "application/rdf+xml"
    )
    assert d.status == 200 and len(Graph().parse(data=d.body, format="xml")) > 3


def test_the_form_comes_from_the_parse(server: str) -> None:
    """A one-line PREFIX … CONSTRUCT is a CONSTRUCT (the old regex took it for a SELECT)."""
    q = "PREFIX ig: <https://w3id.org/intgraph/def#> CONSTRUCT { ?p a ig:Person } WHERE { ?p a ig:Person }"
    a = sparql_get(server, q)
    assert a.status == 200 and a.header("Content-Type").startswith("text/turtle")
    assert len(Graph().parse(data=a.body, format="turtle")) >= 5


def test_construct_without_base_resolves_against_the_endpoint(server: str) -> None:
    a = sparql_post(server, "CONSTRUCT { <s> <p> 1 } WHERE {}", "text/turtle")
    g = Graph().parse(data=a.body, format="turtle")
    assert a.status == 200 and (URIRef("https://w3id.org/intgraph/s"), None, None) in g


def test_the_union_of_graphs_is_distinct(server: str) -> None:
    a = sparql_get(
        server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s a ?o . ?s ?p ?o }", "application/n-triples"
    )
    lines = [line for line in a.body.decode().splitlines() if line.strip()]
    assert len(lines) == len(set(lines))


def test_count_in_the_default_graph_is_the_number_of_distinct_triples(
    server: str, corpus_store: Path
) -> None:
    """The default graph is the union as a set: shared triples (a person's name and type in
    several documents) count once; GRAPH ?g still reaches each document's copy."""
    dump = Store(corpus_store, read_only=True).dump("nquads").decode().splitlines()
    bag = [line.rsplit(" ", 2)[0] for line in dump if line.strip()]  # without the graph
    assert len(bag) > len(set(bag))

    def n(query: str, extra: str = "") -> int:
        a = sparql_get(server, query, "application/sparql-results+json", extra)
        assert a.status == 200, a.body
        return int(json.loads(a.body)["results"]["bindings"][0]["n"]["value"])

    assert n("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == len(set(bag))
    assert n("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == len(bag)
    a_graph = "https://w3id.org/intgraph/id/graph/reference"
    one = "&default-graph-uri=" + urllib.parse.quote(a_graph)
    assert n("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", one) == sum(
        1 for line in dump if line.endswith(f"<{a_graph}> .")
    )
    named_only = "&named-graph-uri=" + urllib.parse.quote(a_graph)
    assert n("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", named_only) == 0
    void = Graph().parse(data=get(server, "/.well-known/void").body, format="turtle")
    counts = [int(o) for o in void.objects(None, URIRef("http://rdfs.org/ns/void#triples"))]
    assert max(counts) == len(set(bag))  # the dataset's; its subsets (graphs) count less


def test_errors_are_clear(server: str) -> None:
    a = sparql_post(server, "SELECT WHERE {")
    assert a.status == 400 and b"does not parse" in a.body
    assert a.header("X-Content-Type-Options") == "nosniff"
    a = sparql_post(server, "INSERT DATA { <a:b> <a:c> <a:d> }", ctype="application/sparql-update")
    assert a.status == 403 and b"read-only" in a.body
    a = sparql_post(server, "SELECT * WHERE { SERVICE <http://127.0.0.2/sparql> { ?s ?p ?o } }")
    assert a.status == 400 and b"SERVICE is refused" in a.body
    a = sparql_post(server, "SELECT * WHERE { ?s ?p ?o }")
    assert a.status == 413 and b"more than 500 rows" in a.body
    a = request(server, "PUT", "/sparql?query=ASK%7B%7D")
    assert a.status == 405 and "POST" in a.header("Allow")


def test_entity_iris_dereference_with_303(server: str) -> None:
    a = get(server, "/id/person/kai-klose", "text/html")
    assert a.status == 303 and a.header("Location") == "/doc/id/person/kai-klose.html"
    for accept, ext in (
        ("text/turtle", "ttl"),
        ("application/ld+json", "jsonld"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "rdf"),
    ):
        assert get(server, "/id/person/kai-klose", accept).header("Location").endswith("." + ext)
    page = get(server, "/doc/id/person/kai-klose.html").body.decode()
    assert "<h1>Kai Klose</h1>" in page and "Belege / evidence" in page
    assert "2023-04-27_he_18-intmk-wiesbaden.md" in page
    g = Graph().parse(data=get(server, "/doc/id/person/kai-klose.ttl").body, format="turtle")
    assert len(g) > 3
    g = Graph().parse(data=get(server, "/doc/id/person/kai-klose.rdf").body, format="xml")
    assert len(g) > 3
    assert get(server, "/doc/id/person/niemand.html").status == 404


def test_a_document_describes_its_text_spans(server: str) -> None:
    docs = json.loads(
        sparql_get(
            server,
            "SELECT ?t WHERE { ?e <http://www.w3.org/ns/oa#hasTarget> ?t } LIMIT 1",
        ).body
    )["results"]["bindings"]
    target = docs[0]["t"]["value"]
    document = target.split("#", 1)[0]
    path = "/doc/" + document.split("https://w3id.org/intgraph/", 1)[1]
    g = Graph().parse(data=get(server, path + ".ttl").body, format="turtle")
    assert URIRef(target) in set(g.subjects()) | set(g.objects())
    page = get(server, path + ".html").body.decode()
    assert "#" + target.split("#", 1)[1] in page


def test_graph_iris_dereference_where_described(server: str) -> None:
    graphs = json.loads(
        sparql_get(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g ?p ?o } }").body
    )["results"]["bindings"]
    for b in graphs:
        iri = b["g"]["value"]
        if iri.startswith("https://w3id.org/intgraph/id/"):
            path = "/doc/" + iri.split("https://w3id.org/intgraph/", 1)[1]
            assert get(server, path + ".ttl").status == 200, iri


def test_same_as_links_are_external_links(server: str) -> None:
    rows = json.loads(
        sparql_get(
            server, f"SELECT ?s ?o WHERE {{ ?s <{OWL.sameAs}> ?o FILTER(isIRI(?o)) }} LIMIT 1"
        ).body
    )["results"]["bindings"]
    if not rows:  # the reference data's Wikidata links are added by the rdf stage
        return
    s, o = rows[0]["s"]["value"], rows[0]["o"]["value"]
    page = get(server, "/doc/" + s.split("https://w3id.org/intgraph/", 1)[1] + ".html").body
    assert f'class="external" rel="external nofollow noopener" href="{o}"'.encode() in page


def test_void_dumps_ontology_and_query_page(server: str) -> None:
    a = get(server, "/.well-known/void")
    void = Graph().parse(data=a.body, format="turtle")
    assert a.status == 200 and len(void) > 10
    assert URIRef("https://w3id.org/intgraph/void#dataset") in set(void.subjects())
    for name, fmt in (("nq", "nquads"), ("trig", "trig"), ("ttl", "turtle"), ("jsonld", "json-ld")):
        a = get(server, f"/dumps/intgraph.{name}")
        assert a.status == 200, name
        if fmt in ("turtle", "json-ld"):
            assert len(Graph().parse(data=a.body, format=fmt)) > 500, name
    a = get(server, "/def")
    assert a.status == 200 and b"owl:Ontology" in a.body
    a = get(server, "/")
    assert a.status == 200 and b'<script src="/query.js">' in a.body and b'src="http' not in a.body
    assert "default-src 'self'" in a.header("Content-Security-Policy")
    assert get(server, "/query.js").status == 200


def test_base_url_names_the_dataset(corpus_store: Path) -> None:
    running = start("--store", str(corpus_store), "--base-url", "https://data.example.org/ig/")
    try:
        a = request(running.url, "GET", "/.well-known/void", headers={"Host": 'evil>" .'})
        g = Graph().parse(data=a.body, format="turtle")
        assert URIRef("https://data.example.org/ig/void#dataset") in set(g.subjects())
        assert b"evil" not in a.body
        c = sparql_post(running.url, "CONSTRUCT { <x> <y> <z> } WHERE {}", "text/turtle")
        assert b"https://data.example.org/ig/x" in c.body
    finally:
        running.stop()


def test_serve_store_dir_and_url_as_typed(corpus_store: Path, server: str, tmp_path: Path) -> None:
    """`intgraph serve --store DIR` (relative, as in the README) and `--store URL`."""
    running = subprocess.Popen(
        [INTGRAPH, "serve", "--store", corpus_store.name, "--port", "0"],
        cwd=corpus_store.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        line = running.stdout.readline()
        assert f"serving {corpus_store.name} at http://127.0.0.1:" in line, line
        url = line.split(" at ", 1)[1].split()[0]
        assert b"true" in sparql_get(url, "ASK { ?s ?p ?o }").body
    finally:
        running.terminate()
        assert running.wait(15) == 0
        running.stdout.close()
    source = start("--store", str(corpus_store), "--max-rows", "100000")
    remote = start("--store", source.url + "sparql")
    try:
        count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        a = sparql_get(remote.url, count, "text/csv")
        assert a.status == 200 and a.body == sparql_get(server, count, "text/csv").body
    finally:
        assert remote.stop() == 0
        source.stop()
    missing = subprocess.run(
        [INTGRAPH, "serve", "--store", str(tmp_path / "none"), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2 and "no store at" in missing.stderr


def test_concurrent_clients(server: str) -> None:
    """20 clients for 3 s on loopback: no errors, no lost responses (the 30 s run is a benchmark)."""
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    deadline = time.monotonic() + 3

    def client(_: int) -> tuple[int, int]:
        ok = bad = 0
        while time.monotonic() < deadline:
            a = sparql_get(server, q, "text/csv")
            if a.status == 200 and a.body.splitlines()[1].isdigit():
                ok += 1
            else:
                bad += 1
        return ok, bad

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(client, range(20)))
    assert sum(b for _, b in results) == 0
    assert all(o > 0 for o, _ in results)
