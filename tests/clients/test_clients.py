"""Real SPARQL clients against a real ``intgraph serve``, started as a subprocess on loopback with
a free port on a small store (``examples/corpus``): SPARQLWrapper and rdflib's ``SPARQLStore``
(PyPI, dev extra), Apache Jena's ``arq.rsparql`` (Debian ``libapache-jena-java``, installed by
scripts/system-deps.sh) and Comunica (npm ``@comunica/query-sparql`` 4, installed from the
committed package-lock.json by scripts/npm-deps.sh). Each sends SELECT, ASK, CONSTRUCT and
DESCRIBE in its own default way; every answer must equal what the embedded store says.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_isomorphic
from rdflib.term import BNode, Node

from fixtures.engines import free_port, stop, wait_for
from intgraph.pipeline import ingest
from intgraph.store import Store

ROOT = Path(__file__).resolve().parents[2]
INTGRAPH = Path(sys.executable).parent / "intgraph"
COMUNICA = (
    Path(__file__).resolve().parent / "comunica" / "node_modules" / ".bin" / "comunica-sparql"
)
JAVA_LIB = Path("/usr/share/java")
# arq.rsparql's classpath: the Jena 4.5 jars and the libraries they need, as Debian ships them
JENA_JARS = (
    "jena-cmds jena-arq jena-core jena-base jena-iri jena-rdfconnection jena-shacl jena-shex "
    "jena-tdb jena-tdb2 jena-dboe-base jena-dboe-index jena-dboe-storage jena-dboe-trans-data "
    "jena-dboe-transaction commons-cli commons-codec commons-compress commons-csv commons-io "
    "commons-lang3 dexx.collection gson guava httpclient httpcore jackson-core jackson-databind "
    "jackson-annotations jsonld-java jakarta.json-api protobuf slf4j-api slf4j-nop thrift "
    "titanium-json-ld"
).split()

IG = "PREFIX ig: <https://w3id.org/intgraph/def#>\n"
QUERIES = {
    "select": IG + "SELECT ?motion ?session WHERE { ?motion a ig:Motion ; ig:atSession ?session }",
    "ask-true": IG + "ASK { ?motion a ig:Motion }",
    "ask-false": IG + "ASK { ?motion a ig:NoSuchClass }",
    "construct": IG
    + "CONSTRUCT { ?motion ig:atSession ?session }\nWHERE { ?motion a ig:Motion ; ig:atSession ?session }",
    "describe": "DESCRIBE <https://w3id.org/intgraph/id/polity/DE-HE>",
}


@dataclass
class Server:
    url: str
    expected: dict[str, object]  # per query name: a set of rows, a bool or a Graph


def _graph(nt: str) -> Graph:
    return Graph().parse(data=nt, format="nt")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``intgraph serve --port PORT`` in a folder whose default store (.intgraph/store) holds
    the sample corpus."""
    home = tmp_path_factory.mktemp("served")
    store = Store(home / ".intgraph" / "store")
    assert ingest([ROOT / "examples" / "corpus"], store).ok
    store.publish_snapshot()
    expected: dict[str, object] = {}
    for name, q in QUERIES.items():
        r = store.query(q)
        if r.boolean is not None:
            expected[name] = r.boolean
        elif r.triples is not None:
            expected[name] = _graph(r.triples)
        else:
            expected[name] = {tuple(row) for row in r.rows}
    del store
    port = free_port()
    log = home / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(INTGRAPH), "serve", "--port", str(port)], cwd=home, stdout=out, stderr=out
        )
    url = f"http://127.0.0.1:{port}/sparql"
    wait_for(f"{url}?query=ASK%7B%7D", proc, 60, log)
    try:
        yield Server(url, expected)
    finally:
        stop(proc)


# ----------------------------------------------------------------------------- the clients
# Each takes (endpoint URL, query text, form) and answers rows (a set of tuples of plain
# values), a bool, or an rdflib Graph.


def _value(term: Node | dict | None) -> str | None:
    if term is None:
        return None
    if isinstance(term, dict):
        return term["value"]
    return str(term)


def _rows_from_json(data: dict) -> object:
    if "boolean" in data:
        return bool(data["boolean"])
    cols = data["head"]["vars"]
    return {tuple(_value(b.get(c)) for c in cols) for b in data["results"]["bindings"]}


def sparqlwrapper(url: str, query: str, form: str, graph_format: str | None = None) -> object:
    sw = pytest.importorskip("SPARQLWrapper", reason="SPARQLWrapper is in the dev extra")
    client = sw.SPARQLWrapper(url)
    client.setQuery(query)
    if form in ("SELECT", "ASK"):
        client.setReturnFormat(sw.JSON)
        return _rows_from_json(client.queryAndConvert())
    if graph_format:
        client.setReturnFormat(graph_format)
        data = client.queryAndConvert()
        return Graph().parse(data=data, format=graph_format)
    result = client.queryAndConvert()  # the default: RDF/XML, parsed into an rdflib Graph
    assert isinstance(result, Graph)
    return result


def sparqlwrapper_turtle(url: str, query: str, form: str) -> object:
    return sparqlwrapper(url, query, form, "turtle")


def rdflib_sparqlstore(url: str, query: str, form: str) -> object:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    result = Graph(store=SPARQLStore(url)).query(query)
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type == "SELECT":
        return {tuple(_value(v) for v in row) for row in result}
    g = Graph()
    for t in result:
        g.add(t)
    return g


@pytest.fixture(scope="module")
def jena_classpath(tmp_path_factory: pytest.TempPathFactory) -> str:
    missing = [j for j in JENA_JARS if not (JAVA_LIB / f"{j}.jar").exists()]
    if missing:
        pytest.skip(
            f"Apache Jena is not installed ({', '.join(missing[:3])}… missing from {JAVA_LIB}; "
            "Debian libapache-jena-java, which scripts/system-deps.sh installs)"
        )
    # Debian's jena-core moves Xerces to the package `xerces` but leaves its message bundles
    # under org/apache/jena/ext/xerces/: without them Jena fails to start ("internal error")
    bundles = tmp_path_factory.mktemp("jena-bundles")
    prefix = "org/apache/jena/ext/"
    with zipfile.ZipFile(JAVA_LIB / "jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith(prefix + "xerces/") and name.endswith(".properties"):
                target = bundles / name[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    return ":".join([*(str(JAVA_LIB / f"{j}.jar") for j in JENA_JARS), str(bundles)])


def _run(args: list[str], tool: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{tool} exited {done.returncode}: {done.stderr[-2000:]}"
    return done.stdout


def jena(classpath: str) -> Callable[[str, str, str], object]:
    def ask(url: str, query: str, form: str) -> object:
        fmt = "json" if form in ("SELECT", "ASK") else "N-Triples"
        cmd = ["java", "-cp", classpath, "arq.rsparql", "--service", url, f"--results={fmt}"]
        out = _run([*cmd, query], "arq.rsparql")
        return _rows_from_json(json.loads(out)) if fmt == "json" else _graph(out)

    return ask


def comunica(url: str, query: str, form: str) -> object:
    if not COMUNICA.exists():
        pytest.skip("Comunica is not installed (bash scripts/npm-deps.sh; make test runs it)")
    media = (
        "application/sparql-results+json" if form in ("SELECT", "ASK") else "application/n-triples"
    )
    out = _run([str(COMUNICA), f"sparql@{url}", query, "-t", media], "comunica-sparql")
    if form in ("SELECT", "ASK"):
        return _rows_from_json(json.loads(out))
    return _graph(out)


# ----------------------------------------------------------------------------- the tests
FORMS = {"select": "SELECT", "ask-true": "ASK", "ask-false": "ASK"}
FORMS |= {"construct": "CONSTRUCT", "describe": "DESCRIBE"}
CLIENTS = ["sparqlwrapper", "sparqlwrapper-turtle", "rdflib-sparqlstore", "jena", "comunica"]
RDFXML_ONLY = {"sparqlwrapper", "rdflib-sparqlstore"}  # their default / only graph format


def _cases() -> Iterator[object]:
    for client in CLIENTS:
        for name, form in FORMS.items():
            if client == "sparqlwrapper-turtle" and form not in ("CONSTRUCT", "DESCRIBE"):
                continue  # the same requests as plain sparqlwrapper
            marks = []
            if client in RDFXML_ONLY and form in ("CONSTRUCT", "DESCRIBE"):
                # SPARQLWrapper 2.0 parses RDF/XML into a ConjunctiveGraph, which rdflib 7 deprecates
                marks.append(
                    pytest.mark.filterwarnings(
                        "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"
                    )
                )
            yield pytest.param(client, name, marks=marks, id=f"{client}-{name}")


def _normal(value: object) -> object:
    """Graphs compared as graphs (blank nodes matched), the rest as they are."""
    if isinstance(value, Graph):
        return to_isomorphic(value)
    return value


@pytest.mark.parametrize(("client", "name"), list(_cases()))
def test_client_gets_the_embedded_store_s_answer(
    server: Server, client: str, name: str, request: pytest.FixtureRequest
) -> None:
    run: Callable[[str, str, str], object] = {
        "sparqlwrapper": sparqlwrapper,
        "sparqlwrapper-turtle": sparqlwrapper_turtle,
        "rdflib-sparqlstore": rdflib_sparqlstore,
        "comunica": comunica,
    }.get(client) or jena(request.getfixturevalue("jena_classpath"))
    got = run(server.url, QUERIES[name], FORMS[name])
    want = server.expected[name]
    if isinstance(want, Graph):
        assert len(want) > 0
    elif isinstance(want, set):
        assert want
    assert _normal(got) == _normal(want)


def test_the_answers_compared_are_not_trivial(server: Server) -> None:
    """Guards the comparison itself: typed terms survive (IRIs, literals), and the queries
    reach several motions and sessions."""
    assert server.expected["ask-true"] is True and server.expected["ask-false"] is False
    rows = server.expected["select"]
    assert isinstance(rows, set) and len(rows) >= 5
    g = server.expected["construct"]
    assert isinstance(g, Graph) and all(isinstance(o, URIRef) for o in g.objects())
    d = server.expected["describe"]
    assert isinstance(d, Graph) and any(isinstance(o, Literal) for o in d.objects())
    assert not any(isinstance(t, BNode) for t in d.subjects())
