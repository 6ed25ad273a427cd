"""The SPARQL endpoint and linked-data server over the store (Starlette on uvicorn).

Input: a store folder (or a SPARQL endpoint URL, served from a copy taken at start).
Output: HTTP on one loopback or public address. Side effects: worker processes; with
``update_token`` the store is opened for writing.

* ``/sparql``: SPARQL 1.1 Protocol. Queries by GET, POST form or ``application/sparql-query``;
  updates by POST form or ``application/sparql-update`` with ``Authorization: Bearer TOKEN``
  when the server has an update token (else 403). Exactly one ``query`` or ``update`` per
  request; ``default-graph-uri`` / ``named-graph-uri`` (and ``FROM`` / ``FROM NAMED``) choose
  the dataset, ``using-graph-uri`` / ``using-named-graph-uri`` that of an update; without them
  the default graph is the union of all graphs, each distinct triple once (the store keeps it
  materialised, see :mod:`intgraph.store`; after an update it is rebuilt, so write into named
  graphs), and ``GRAPH`` reaches each. Relative IRIs resolve against ``{base_url}sparql``. Results as SPARQL JSON, XML, CSV or TSV; graphs as Turtle,
  N-Triples, JSON-LD or RDF/XML (``Accept``). ``SERVICE`` is refused: no outbound requests.
* Every query is checked by :mod:`intgraph.query.guard` and runs in a worker process
  (:mod:`intgraph.serve.workers`) that is killed at ``timeout``; at most ``workers`` run at once
  and ``queue`` wait, more get 503 with ``Retry-After``.
* ``/id/…``: 303 See Other to ``/doc/id/….html`` (browsers), ``.ttl``, ``.jsonld``, ``.nt`` or
  ``.rdf``; a document's page also describes its text spans (``…/document/X#char=a,b``).
* ``/.well-known/void`` (and ``/void``): VoID + DCAT under ``base_url``; ``/dumps/intgraph.nq``,
  ``.trig``, ``.ttl``, ``.jsonld``; ``/def``: the ontology; ``/``: a query page.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import signal
import socket
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from urllib.parse import parse_qsl, quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from intgraph.errors import IntgraphError, QueryRejected, StoreError
from intgraph.paths import ontology_file, queries_dir
from intgraph.query.guard import MAX_BYTES, is_iri, scan
from intgraph.serve.formats import negotiate
from intgraph.serve.pages import QUERY_JS, query_page
from intgraph.serve.workers import (
    Busy,
    Crashed,
    Pool,
    Stopping,
    TimedOut,
    WorkerError,
    default_size,
)
from intgraph.vocab import BASE

__all__ = ["Settings", "make_app", "prepare_store", "serve"]

PAGE_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
    "application/rdf+xml": "rdf",
}
EXTENSIONS = {"ttl": "turtle", "jsonld": "jsonld", "nt": "ntriples", "rdf": "rdfxml"}
RDF_TYPES = {
    "turtle": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}
DUMP_TYPES = {
    "intgraph.nq": "application/n-quads",
    "intgraph.trig": "application/trig",
    "intgraph.ttl": "text/turtle; charset=utf-8",
    "intgraph.jsonld": "application/ld+json",
}
MAX_HEADER_BYTES = 32 * 1024
MAX_TARGET_BYTES = 3 * MAX_BYTES + 4096  # a query of MAX_BYTES, percent-encoded
_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]


@dataclass
class Settings:
    """How the server runs. ``base_url`` is the public base of the deployment (ends in ``/``):
    the VoID dataset, the endpoint and the dumps are named under it, and relative IRIs in
    queries resolve against ``{base_url}sparql``."""

    store: Path | str
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 10.0
    max_rows: int = 10_000
    update_token: str | None = None
    base_url: str = BASE
    workers: int = field(default_factory=default_size)
    queue: int = 64
    max_body: int = 1_000_000
    body_timeout: float = 10.0
    max_connections: int = 500

    def __post_init__(self) -> None:
        if not self.base_url.endswith("/"):
            self.base_url += "/"
        if not is_iri(self.base_url) or not self.base_url.startswith(("http://", "https://")):
            raise StoreError(f"--base-url must be an http(s) URL, got {self.base_url!r}")


# ---------------------------------------------------------------------- responses


def _text(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response(
        message.rstrip() + "\n",
        status_code=status,
        media_type="text/plain; charset=utf-8",
        headers=headers,
    )


class _Headers:
    """Security headers on every response (ASGI middleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"access-control-allow-origin", b"*"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                ctype = dict(headers).get(b"content-type", b"")
                if ctype.startswith(b"text/html") and b"content-security-policy" not in names:
                    extra.append(
                        (
                            b"content-security-policy",
                            b"default-src 'self'; style-src 'self' 'unsafe-inline'; "
                            b"img-src 'self' data:; frame-ancestors 'none'",
                        )
                    )
                message["headers"] = headers + [(k, v) for k, v in extra if k not in names]
            await send(message)

        header_bytes = sum(len(k) + len(v) + 4 for k, v in scope.get("headers", []))
        target = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        if header_bytes > MAX_HEADER_BYTES:
            response = _text(431, f"the request's headers are over {MAX_HEADER_BYTES:,} bytes")
        elif target > MAX_TARGET_BYTES:
            response = _text(
                414, f"the URL is over {MAX_TARGET_BYTES:,} bytes; POST long queries instead"
            )
        else:
            return await self.app(scope, receive, wrapped)
        await response(scope, receive, wrapped)


# ---------------------------------------------------------------------- request helpers


class _BadRequest(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self.status, self.message, self.headers = status, message, headers
        super().__init__(message)


def _params(raw: bytes) -> list[tuple[str, str]]:
    try:
        return parse_qsl(
            raw.decode("ascii"), keep_blank_values=True, encoding="utf-8", errors="strict"
        )
    except (UnicodeDecodeError, ValueError):
        raise _BadRequest(400, "the parameters are not valid UTF-8 (percent-encoded)") from None


async def _body(request: Request, settings: Settings) -> bytes:
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > settings.max_body):
        if not length.isdigit():
            raise _BadRequest(400, "Content-Length must be a number of bytes")
        raise _BadRequest(413, f"the request body is over {settings.max_body:,} bytes")
    chunks: list[bytes] = []
    size = 0

    async def collect() -> None:
        nonlocal size
        async for chunk in request.stream():
            size += len(chunk)
            if size > settings.max_body:
                raise _BadRequest(413, f"the request body is over {settings.max_body:,} bytes")
            chunks.append(chunk)

    try:
        await asyncio.wait_for(collect(), timeout=settings.body_timeout)
    except TimeoutError:
        raise _BadRequest(
            408, f"the request body did not arrive within {settings.body_timeout:g} s"
        ) from None
    return b"".join(chunks)


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _BadRequest(
            400, f"the {what} is not valid UTF-8 (byte {exc.start}); send UTF-8"
        ) from None


def _media(request: Request) -> tuple[str, str | None]:
    raw = request.headers.get("content-type", "")
    parts = [p.strip() for p in raw.split(";")]
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset":
            charset = v.strip().strip('"').lower()
    return parts[0].lower(), charset


def _one(params: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in params if k == name]
    if len(values) > 1:
        raise _BadRequest(400, f"send exactly one '{name}' parameter, not {len(values)}")
    return values[0] if values else None


def _iris(params: list[tuple[str, str]], name: str) -> list[str]:
    values = [v for k, v in params if k == name]
    for v in values:
        if not is_iri(v):
            raise _BadRequest(400, f"{name} must be an absolute IRI, got {v[:200]!r}")
    return values


# ---------------------------------------------------------------------- the application


class _Server:
    def __init__(self, settings: Settings, store: Path) -> None:
        self.settings = settings
        self.store = store
        self.pool = Pool(
            store,
            size=settings.workers,
            queue=settings.queue,
            writable=settings.update_token is not None,
            options={"max_bytes": MAX_BYTES},
        )

    async def run(self, job: tuple, *, write: bool = False) -> object:
        try:
            return await self.pool.run(job, timeout=self.settings.timeout, write=write)
        except Busy:
            raise _BadRequest(
                503,
                "the server is busy (every worker is running a query); try again shortly",
                {"Retry-After": "2"},
            ) from None
        except TimedOut:
            raise _BadRequest(
                503,
                f"the request took longer than {self.settings.timeout:g} s and was stopped; "
                "narrow it (LIMIT, more specific patterns)",
            ) from None
        except Stopping:
            raise _BadRequest(503, "the server is stopping", {"Retry-After": "10"}) from None
        except Crashed:
            raise _BadRequest(
                500, "the query engine failed on this request (the server goes on)"
            ) from None
        except WorkerError as exc:
            if exc.kind in ("QueryRejected", "QueryError"):
                raise _BadRequest(400, exc.message) from None
            if exc.kind == "StoreError":
                raise _BadRequest(503, exc.message, {"Retry-After": "5"}) from None
            raise _BadRequest(500, f"internal error: {exc.kind}: {exc.message}") from None

    # ------------------------------------------------------------------ /sparql
    async def sparql(self, request: Request) -> Response:
        method = request.method
        if method == "OPTIONS":
            return Response(
                status_code=204,
                headers={
                    "Allow": "GET, HEAD, POST, OPTIONS",
                    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                    "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
                },
            )
        if method not in ("GET", "HEAD", "POST"):
            return _text(
                405,
                f"{method} is not a SPARQL protocol operation: send queries by GET or POST and "
                "updates by POST",
                {"Allow": "GET, HEAD, POST, OPTIONS"},
            )
        url_params = _params(request.scope.get("query_string", b""))
        if method in ("GET", "HEAD"):
            if _one(url_params, "update") is not None:
                return _text(405, "updates must be sent with POST", {"Allow": "POST, OPTIONS"})
            query = _one(url_params, "query")
            if query is None:
                return _text(
                    400,
                    "missing query: send ?query=… (GET), a form or an application/sparql-query "
                    "body (POST); the query page is at /",
                )
            return await self._query(request, query, url_params)
        media, charset = _media(request)
        if charset not in (None, "utf-8", "utf8"):
            return _text(415, f"send the body as UTF-8, not {charset}")
        body = await _body(request, self.settings)
        if media == "application/x-www-form-urlencoded":
            params = url_params + _params(body)
            query, update = _one(params, "query"), _one(params, "update")
            if query is not None and update is not None:
                return _text(400, "send either 'query' or 'update', not both")
            if update is not None:
                return await self._update(request, update, params)
            if query is None:
                return _text(400, "the form has no 'query' (or 'update') field")
            return await self._query(request, query, params)
        if media == "application/sparql-query":
            if _one(url_params, "query") is not None:
                return _text(400, "send the query once: in the body or as ?query=, not both")
            return await self._query(request, _utf8(body, "query"), url_params)
        if media == "application/sparql-update":
            if _one(url_params, "update") is not None:
                return _text(400, "send the update once: in the body or as ?update=, not both")
            return await self._update(request, _utf8(body, "update"), url_params)
        return _text(
            415,
            "send application/sparql-query, application/sparql-update or a form "
            "(application/x-www-form-urlencoded with query=… or update=…)",
        )

    async def _query(self, request: Request, query: str, params: list[tuple[str, str]]) -> Response:
        if not query.strip():
            return _text(400, "the query is empty")
        # bounds and SERVICE before any worker sees the text (QueryRejected: 400)
        if scan(query).service:
            return _text(
                400, "SERVICE is refused: this endpoint makes no requests to other servers"
            )
        default, named = _iris(params, "default-graph-uri"), _iris(params, "named-graph-uri")
        given = bool(default or named)
        status, ctype, body, headers = await self.run(  # type: ignore[misc]
            (
                "query",
                query,
                request.headers.get("accept"),
                default if given else None,
                named if given else None,
                self.settings.base_url + "sparql",
                self.settings.max_rows,
            )
        )
        return Response(
            body if request.method != "HEAD" else b"",
            status_code=status,
            media_type=ctype,
            headers={"Vary": "Accept", **headers},
        )

    async def _update(
        self, request: Request, update: str, params: list[tuple[str, str]]
    ) -> Response:
        token = self.settings.update_token
        if token is None:
            return _text(
                403,
                "updates are disabled: this endpoint is read-only (start the server with "
                "--update-token to allow them)",
            )
        sent = request.headers.get("authorization", "")
        if not hmac.compare_digest(sent.encode(), f"Bearer {token}".encode()):
            return _text(
                403, "updates need the server's token: send 'Authorization: Bearer <token>'"
            )
        if not update.strip():
            return _text(400, "the update is empty")
        if scan(update, what="update").service:
            return _text(
                400, "SERVICE is refused: this endpoint makes no requests to other servers"
            )
        using = _iris(params, "using-graph-uri")
        using_named = _iris(params, "using-named-graph-uri")
        status, ctype, body, headers = await self.run(  # type: ignore[misc]
            ("update", update, using, using_named, self.settings.base_url + "sparql"), write=True
        )
        return Response(body, status_code=status, media_type=ctype, headers=headers)

    # ------------------------------------------------------------------ linked data
    async def see_other(self, request: Request) -> Response:
        rest = request.path_params["rest"]
        iri = BASE + "id/" + rest
        if not rest or not is_iri(iri) or "#" in rest:
            return _text(404, "not an entity IRI of this dataset")
        fmt = negotiate(request.headers.get("accept"), PAGE_TYPES, "html")
        if fmt is None:
            return _text(406, "offered: " + ", ".join(PAGE_TYPES))
        location = "/doc/id/" + quote(rest, safe="/:@!$&'()*+,;=-._~") + "." + fmt
        return Response(status_code=303, headers={"Location": location, "Vary": "Accept"})

    async def describe(self, request: Request) -> Response:
        rest = request.path_params["rest"]
        stem, _, ext = rest.rpartition(".")
        if ext != "html" and ext not in EXTENSIONS:
            return _text(404, "add .html, .ttl, .jsonld, .nt or .rdf")
        iri = BASE + "id/" + stem
        if not stem or not is_iri(iri) or "#" in stem:
            return _text(404, "not an entity IRI of this dataset")
        if ext == "html":
            page = await self.run(("page", iri))
            if page is None:
                return _text(404, f"nothing is known about <{iri}>")
            return Response(page, media_type="text/html; charset=utf-8")
        fmt = EXTENSIONS[ext]
        data = await self.run(("describe", iri, fmt))
        if not data or not data.strip():  # type: ignore[union-attr]
            return _text(404, f"nothing is known about <{iri}>")
        return Response(data, media_type=RDF_TYPES[fmt])

    async def void(self, request: Request) -> Response:
        data = await self.run(("void", self.settings.base_url))
        return Response(data, media_type="text/turtle; charset=utf-8")

    async def dump(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in DUMP_TYPES:
            return _text(404, "dumps: " + ", ".join(DUMP_TYPES))
        data = await self.run(("dump", name))
        return Response(data, media_type=DUMP_TYPES[name])

    async def ontology(self, request: Request) -> Response:
        fmt = negotiate(
            request.headers.get("accept"), {"text/html": "html", "text/turtle": "turtle"}, "turtle"
        )
        if fmt == "html":
            from intgraph.ontology_docs import ontology_html

            page = await run_in_threadpool(ontology_html)
            return Response(page, media_type="text/html; charset=utf-8", headers={"Vary": "Accept"})
        return Response(
            ontology_file().read_bytes(),
            media_type="text/turtle; charset=utf-8",
            headers={"Vary": "Accept"},
        )

    async def saved_query(self, request: Request) -> Response:
        name = request.path_params["name"]
        f = queries_dir() / name
        if not name.endswith(".rq") or "/" in name or not f.is_file():
            return _text(404, "no such saved query")
        return Response(f.read_bytes(), media_type="application/sparql-query; charset=utf-8")

    async def index(self, request: Request) -> Response:
        return Response(query_page(), media_type="text/html; charset=utf-8")

    async def script(self, request: Request) -> Response:
        return Response(QUERY_JS, media_type="text/javascript; charset=utf-8")

    async def not_found(self, request: Request, exc: Exception) -> Response:
        return _text(404, "nothing here; try / (query page), /sparql, /id/…, /.well-known/void")


def _guarded(handler: Callable) -> Callable:
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request)
        except _BadRequest as exc:
            return _text(exc.status, exc.message, exc.headers)
        except QueryRejected as exc:
            return _text(400, str(exc))
        except IntgraphError as exc:
            return _text(500, str(exc))

    return endpoint


def make_app(settings: Settings, store: Path) -> ASGIApp:
    """The ASGI application over a prepared store folder (see :func:`prepare_store`)."""
    srv = _Server(settings, store)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await srv.pool.start()
        try:
            yield
        finally:
            srv.pool.close()

    get = ["GET", "HEAD"]
    routes = [
        Route("/sparql", _guarded(srv.sparql), methods=_ALL_METHODS),
        Route("/sparql/", _guarded(srv.sparql), methods=_ALL_METHODS),
        Route("/", _guarded(srv.index), methods=get),
        Route("/index.html", _guarded(srv.index), methods=get),
        Route("/query.js", _guarded(srv.script), methods=get),
        Route("/id/{rest:path}", _guarded(srv.see_other), methods=get),
        Route("/doc/id/{rest:path}", _guarded(srv.describe), methods=get),
        Route("/.well-known/void", _guarded(srv.void), methods=get),
        Route("/void", _guarded(srv.void), methods=get),
        Route("/dumps/{name}", _guarded(srv.dump), methods=get),
        Route("/def", _guarded(srv.ontology), methods=get),
        Route("/def/{rest:path}", _guarded(srv.ontology), methods=get),
        Route("/queries/{name}", _guarded(srv.saved_query), methods=get),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={404: srv.not_found})
    app.state.pool = srv.pool
    return _Headers(app)


# ---------------------------------------------------------------------- running


def prepare_store(spec: Path | str, workdir: Path) -> Path:
    """The store folder the workers open: ``spec`` itself (given a snapshot for readers if it
    has none yet), or for a SPARQL endpoint URL a copy of its graphs under ``workdir``."""
    from intgraph.store import UNION_MARK, Store, open_store

    if isinstance(spec, str) and spec.startswith(("http://", "https://")):
        remote = open_store(spec, read_only=True)
        copy = Store(workdir / "copy")
        copy.load_dump(remote.dump("nquads"))
        copy.publish_snapshot()
        del copy
        return workdir / "copy"
    path = Path(spec)
    if not (path / "oxigraph").is_dir():
        raise StoreError(
            f"no store at {path}; create one with: intgraph ingest PATH --store {path}"
        )
    if not (path / "snapshot").exists() or not (path / UNION_MARK).exists():
        writer = Store(path)  # a store from before the union was materialised is upgraded
        writer.publish_snapshot()
        del writer
    return path


def serve(settings: Settings, *, ready: Callable[[str], None] | None = None) -> None:
    """Serve until Ctrl-C or SIGTERM; ``ready`` is called with the base URL once listening."""
    import uvicorn

    with tempfile.TemporaryDirectory(prefix="intgraph-serve-") as tmp:
        store = prepare_store(settings.store, Path(tmp))
        sock = socket.socket(
            socket.AF_INET6 if ":" in settings.host else socket.AF_INET, socket.SOCK_STREAM
        )
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((settings.host, settings.port))
        except OSError as exc:
            raise StoreError(
                f"cannot listen on {settings.host}:{settings.port}: {exc.strerror}"
            ) from None
        host, port = sock.getsockname()[:2]
        config = uvicorn.Config(
            make_app(settings, store),
            log_level="warning",
            access_log=False,
            http="httptools",
            lifespan="on",
            timeout_graceful_shutdown=2,
            timeout_keep_alive=5,
            limit_concurrency=settings.max_connections,
            h11_max_incomplete_event_size=16 * 1024,
            server_header=False,
        )
        app = config.app
        pool = app.app.state.pool  # type: ignore[attr-defined]

        class _Uvicorn(uvicorn.Server):
            @contextlib.contextmanager
            def capture_signals(self) -> Iterator[None]:
                """Ctrl-C / SIGTERM: stop the workers at once (running requests get 503),
                then let uvicorn close the connections; a second Ctrl-C forces the exit."""
                previous = {sig: signal.signal(sig, self._stop) for sig in _SIGNALS}
                try:
                    yield
                finally:
                    for sig, handler in previous.items():
                        signal.signal(sig, handler)

            def _stop(self, sig: int, frame: FrameType | None) -> None:
                pool.close()
                self.handle_exit(sig, frame)

        server = _Uvicorn(config)
        url = f"http://{host if ':' not in host else '[' + host + ']'}:{port}/"

        started = server.startup

        async def startup(sockets: list[socket.socket] | None = None) -> None:
            await started(sockets=sockets)
            if ready is not None and server.started:
                ready(url)

        server.startup = startup  # type: ignore[method-assign]
        server.run(sockets=[sock])
        if not server.started:
            raise StoreError("the server could not start (see the messages above)")


_SIGNALS = (signal.SIGINT, signal.SIGTERM)
