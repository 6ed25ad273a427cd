"""The query guard: every SPARQL text from outside is checked here before an engine sees it.

Two steps, cheapest first:

1. **A lexer** (:func:`scan`) walks the text once, skipping strings, IRIs and comments as the
   SPARQL grammar defines them, and bounds what crashes engines: the size in bytes, the bracket
   nesting (``{ ( [``), and the length of an operator chain at one level (``1+1+…``, ``!!!…``,
   ``{} UNION {} UNION …``). Oxigraph 0.5 overflows its stack (SIGSEGV) on 5,000 nested
   brackets or a chain of about 5,000 operators; the defaults stay far below. The same pass finds
   the ``SERVICE`` keyword wherever it stands, the query form (the first keyword after the
   prologue), and dataset clauses (``FROM`` in queries; ``USING`` / ``WITH`` in updates).
2. **A SPARQL parser** (rdflib's ``parseQuery`` / ``parseUpdate``) then parses the text: a
   query that does not parse is refused with the parser's message, the form is taken from the
   parse, and ``SERVICE`` is looked for once more in the parse tree (also in sub-queries and in
   every operation of an update).

Usage::

    >>> q = check_query("PREFIX ex: <http://example.org/> CONSTRUCT { ?s ex:p ?o } WHERE { ?s ex:p ?o }")
    >>> q.form, q.is_graph
    ('CONSTRUCT', True)
    >>> try:
    ...     check_query("SELECT * WHERE { FILTER(1<2)SERVICE<http://127.0.0.1:9/>{ ?s ?p ?o } }")
    ... except QueryRejected as exc:
    ...     print(exc.reason)
    service

Every refusal is a :class:`intgraph.errors.QueryRejected` (a :class:`~intgraph.errors.QueryError`)
whose ``reason`` says which check refused it: ``size``, ``depth``, ``chain``, ``service``,
``form``, ``syntax``. Parsing costs 0.1-0.5 s for a 2 kB query (pyparsing, measured in
benchmarks/README.md), so results are cached per text.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from intgraph.errors import QueryRejected

__all__ = [
    "MAX_BYTES",
    "MAX_CHAIN",
    "MAX_DEPTH",
    "ParsedQuery",
    "Scan",
    "add_using",
    "check_query",
    "check_update",
    "is_iri",
    "scan",
]

MAX_BYTES = 100_000  # UTF-8 bytes of one query or update
MAX_DEPTH = 100  # brackets { ( [ open at once
MAX_CHAIN = 1_000  # operators and group keywords in one bracket level (twice that in all)

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

# ------------------------------------------------------------------------------------ lexer
# Terminals from the SPARQL 1.1 grammar (section 19.8), in the order they are tried. An IRIREF
# here also admits \u escapes (Oxigraph accepts them), so anything an engine reads as an IRI
# the lexer reads as one too; where the lexer reads "<...>" as an IRI but the engine reads a
# less-than (``1<2&&3>1``), the brackets inside it still count towards the nesting bound.
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>"{3}(?:[^"\\]|\\.|"(?!""))*"{3}|'{3}(?:[^'\\]|\\.|'(?!''))*'{3}
              |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<bnode>_:[\w\-.\u00B7]+)
  | (?P<pname>(?:[^\W\d_][\w\-.\u00B7]*)?:(?:[\w\-.:\u00B7]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?\#@%])*)
  | (?P<word>[^\W\d][\w]*)
  | (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<op>\^\^|&&|\|\||!=|<=|>=|[{}()\[\],;.|/*+\-!^=<>?])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_OPEN = {"{": "}", "(": ")", "[": "]"}
_CLOSE = frozenset(_OPEN.values())
_CHAIN_OPS = frozenset("+ - * / | ^ && || = != < > <= >= !".split())
_CHAIN_WORDS = frozenset({"UNION", "OPTIONAL", "MINUS", "BIND", "FILTER", "VALUES", "GRAPH"})


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str
    start: int
    depth: int  # brackets open before this token


@dataclass(frozen=True, slots=True)
class Scan:
    """What the lexer saw in one query or update."""

    text: str
    tokens: tuple[Token, ...] = field(repr=False)
    first_keyword: str | None  # upper-cased first keyword after BASE / PREFIX declarations
    service: bool  # the SERVICE keyword occurs
    dataset: bool  # FROM (query) or USING / WITH (update) outside brackets
    max_depth: int


def _tokens(text: str) -> Iterator[tuple[str, str, int]]:
    pos, n = 0, len(text)
    match = _TOKEN.match
    while pos < n:
        m = match(text, pos)
        assert m is not None  # the last alternative matches any character
        kind = m.lastgroup or "other"
        if kind not in ("ws", "comment"):
            yield kind, m.group(), pos
        pos = m.end()


def scan(
    text: str,
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_chain: int = MAX_CHAIN,
    what: str = "query",
) -> Scan:
    """Lex ``text`` once and enforce the size, nesting and chain bounds.

    Raises:
        QueryRejected: over a bound (``reason`` ``size``, ``depth`` or ``chain``).

    >>> s = scan('PREFIX ex: <http://e/> SELECT * FROM <http://g> { ?s ex:p "SERVICE" }')
    >>> s.first_keyword, s.service, s.dataset
    ('SELECT', False, True)
    >>> try:
    ...     scan("ASK " + "{" * 200 + "}" * 200)
    ... except QueryRejected as exc:
    ...     print(exc.reason, exc)
    depth the query nests brackets 101 deep (at character 104); at most 100 are allowed (flatten nested groups, FILTERs or expressions)
    """
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > max_bytes:
        raise QueryRejected(
            f"the {what} is {size:,} bytes long; at most {max_bytes:,} are accepted",
            reason="size",
        )
    tokens: list[Token] = []
    depth = deepest = 0
    chains = [0]
    first: str | None = None
    in_prologue = True
    expect_prologue_args = 0
    service = dataset = False
    total = 0  # chains split over nested brackets still build one deep expression
    for kind, tok, start in _tokens(text):
        upper = tok.upper() if kind == "word" else tok
        tokens.append(Token(kind, tok, start, depth))
        if kind == "iri":  # brackets inside a would-be IRI may be real ones to an engine
            inner = tok.count("(") + tok.count("[")
            if depth + inner > deepest:
                deepest = depth + inner
                _check_depth(deepest, max_depth, start, what)
        if in_prologue:
            if expect_prologue_args:
                expect_prologue_args -= 1
            elif kind == "word" and upper in ("BASE", "PREFIX"):
                expect_prologue_args = 1 if upper == "BASE" else 2
            else:
                in_prologue = False
                first = upper if kind == "word" else None
        if kind == "op":
            if tok in _OPEN:
                depth += 1
                chains.append(0)
                if depth > deepest:
                    deepest = depth
                    _check_depth(deepest, max_depth, start, what)
                continue
            if tok in _CLOSE:
                if depth > 0:
                    depth -= 1
                    chains.pop()
                continue
            if tok in _CHAIN_OPS:
                chains[-1] += 1
                total += 1
        elif kind == "word":
            if upper == "SERVICE":
                service = True
            elif depth == 0 and upper in ("FROM", "USING", "WITH"):
                dataset = True
            if upper in _CHAIN_WORDS:
                chains[-1] += 1
                total += 1
        else:
            continue
        if chains[-1] > max_chain or total > 2 * max_chain:
            raise QueryRejected(
                f"the {what} chains more than {max_chain:,} operators or group elements at one "
                f"level, or {2 * max_chain:,} in all (at character {start}); split it or use VALUES",
                reason="chain",
            )
    return Scan(text, tuple(tokens), first, service, dataset, deepest)


def _check_depth(depth: int, limit: int, at: int, what: str) -> None:
    if depth > limit:
        raise QueryRejected(
            f"the {what} nests brackets {depth} deep (at character {at}); at most {limit} are "
            "allowed (flatten nested groups, FILTERs or expressions)",
            reason="depth",
        )


# ------------------------------------------------------------------------------------ parse


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query or update that passed the guard."""

    text: str
    form: str  # SELECT | ASK | CONSTRUCT | DESCRIBE | UPDATE
    dataset: bool  # FROM / FROM NAMED (query) or USING / WITH (update) in the text
    operations: tuple[str, ...] = ()  # an update's operations, e.g. ("Clear", "Modify")
    service: bool = False  # only ever True with allow_service=True

    @property
    def is_graph(self) -> bool:
        """CONSTRUCT or DESCRIBE: the answer is a graph."""
        return self.form in ("CONSTRUCT", "DESCRIBE")

    @property
    def is_update(self) -> bool:
        return self.form == "UPDATE"


def check_query(
    text: str,
    *,
    allow_service: bool = False,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_chain: int = MAX_CHAIN,
) -> ParsedQuery:
    """Check a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) before it runs.

    Raises:
        QueryRejected: too large or deep, ``SERVICE`` (unless ``allow_service``), an update sent
            as a query, or a syntax error.
    """
    return _check(text, False, allow_service, max_bytes, max_depth, max_chain)


def check_update(
    text: str,
    *,
    allow_service: bool = False,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_chain: int = MAX_CHAIN,
) -> ParsedQuery:
    """Check a SPARQL update before it runs (``form`` is ``UPDATE``).

    Raises:
        QueryRejected: as :func:`check_query`, or a query sent as an update.
    """
    return _check(text, True, allow_service, max_bytes, max_depth, max_chain)


@lru_cache(maxsize=512)
def _check(
    text: str, update: bool, allow_service: bool, max_bytes: int, max_depth: int, max_chain: int
) -> ParsedQuery:
    what = "update" if update else "query"
    s = scan(text, max_bytes=max_bytes, max_depth=max_depth, max_chain=max_chain, what=what)
    if s.service and not allow_service:
        raise _service_refused()
    if not text.strip():
        raise QueryRejected(f"the {what} is empty", reason="syntax")
    if not update and s.first_keyword not in QUERY_FORMS:
        hint = (
            " (that is an update: send it as an update)" if s.first_keyword in _UPDATE_WORDS else ""
        )
        raise QueryRejected(
            f"a query must be SELECT, ASK, CONSTRUCT or DESCRIBE after its PREFIX/BASE lines; "
            f"found {s.first_keyword or 'something else'}{hint}",
            reason="form",
        )
    tree = _parse(text, update)
    found = _has_service(tree)
    if found and not allow_service:
        raise _service_refused()
    if update:
        ops = tuple(_operation_names(tree))
        return ParsedQuery(text, "UPDATE", s.dataset, ops, service=found or s.service)
    form = _FORM_OF.get(tree[1].name)
    if form is None or form != s.first_keyword:
        raise QueryRejected(f"cannot tell the form of the query ({tree[1].name})", reason="form")
    return ParsedQuery(text, form, s.dataset, service=found or s.service)


_UPDATE_WORDS = frozenset(
    "INSERT DELETE LOAD CLEAR CREATE DROP COPY MOVE ADD WITH".split()  # first words of updates
)
_FORM_OF = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


def _service_refused() -> QueryRejected:
    return QueryRejected(
        "SERVICE is refused: this endpoint makes no requests to other servers "
        "(federated queries are not offered)",
        reason="service",
    )


# rdflib's parser (pyparsing) recurses about 35 Python frames per bracket level; it runs in a
# thread of its own with a large stack and a raised recursion limit, so that what the lexer
# admits (MAX_DEPTH) also parses.
_PARSE_LOCK = threading.Lock()
_STACK_BYTES = 256 * 1024 * 1024
_RECURSION = 40_000


def _parse(text: str, update: bool) -> object:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["tree"] = (parseUpdate if update else parseQuery)(text)
        except BaseException as exc:  # handed to the calling thread
            out["error"] = exc

    with _PARSE_LOCK:
        old_stack, old_limit = threading.stack_size(_STACK_BYTES), sys.getrecursionlimit()
        sys.setrecursionlimit(max(old_limit, _RECURSION))
        try:
            t = threading.Thread(target=run, name="sparql-parse", daemon=True)
            t.start()
            t.join()
        finally:
            threading.stack_size(old_stack)
            sys.setrecursionlimit(old_limit)
    err = out.get("error")
    what = "update" if update else "query"
    if isinstance(err, ParseBaseException):
        raise QueryRejected(
            f"the {what} does not parse: {err.msg} at line {err.lineno}, column {err.col}",
            reason="syntax",
        ) from None
    if isinstance(err, RecursionError):
        raise QueryRejected(f"the {what} nests too deeply to parse", reason="depth") from None
    if isinstance(err, BaseException):
        raise QueryRejected(f"the {what} does not parse: {err}", reason="syntax") from None
    return out["tree"]


def _walk(node: object, seen: int = 0) -> Iterator[object]:
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, dict):  # rdflib's CompValue is an OrderedDict
            stack.extend(n.values())
        elif isinstance(n, list | tuple):
            stack.extend(n)
        else:
            as_list = getattr(n, "as_list", None)  # pyparsing ParseResults
            if as_list is not None and not isinstance(n, str):
                stack.extend(list(n))


def _has_service(tree: object) -> bool:
    return any(getattr(n, "name", None) == "ServiceGraphPattern" for n in _walk(tree))


def _operation_names(tree: object) -> Iterator[str]:
    request = getattr(tree, "request", None)
    if request is None and isinstance(tree, dict):
        request = tree.get("request")
    for op in request or []:
        name = getattr(op, "name", None)
        if name:
            yield name


# ------------------------------------------------------------------------------------ helpers

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^<>\"{}|^`\\\x00-\x20]*")


def is_iri(value: str) -> bool:
    """Whether ``value`` is an absolute IRI that can stand between ``<`` and ``>`` as is.

    >>> is_iri("https://w3id.org/intgraph/id/x"), is_iri("x> ?p ?o } #"), is_iri("a b")
    (True, False, False)
    """
    return bool(_IRI.fullmatch(value))


def add_using(parsed: ParsedQuery, default: Sequence[str], named: Sequence[str] = ()) -> str:
    """The update with ``USING <g>`` / ``USING NAMED <g>`` before the ``WHERE`` of each
    DELETE/INSERT operation: how the protocol's ``using-graph-uri`` and
    ``using-named-graph-uri`` parameters are applied. Only IRIs that pass :func:`is_iri` are
    written, and the result is checked again like any update.

    Raises:
        QueryRejected: an IRI is not valid, or the update has its own USING / WITH (the
            protocol forbids both at once).

    >>> u = check_update("INSERT { GRAPH <http://g/o> { ?s a <http://c> } } WHERE { ?s ?p ?o }")
    >>> add_using(u, ["http://g/a"])
    'INSERT { GRAPH <http://g/o> { ?s a <http://c> } } USING <http://g/a> WHERE { ?s ?p ?o }'
    """
    if not default and not named:
        return parsed.text
    if parsed.dataset:
        raise QueryRejected(
            "the update names its dataset itself (USING or WITH) and the request also sends "
            "using-graph-uri / using-named-graph-uri; send one or the other",
            reason="form",
        )
    for iri in (*default, *named):
        if not is_iri(iri):
            raise QueryRejected(f"not an absolute IRI: {iri[:200]!r}", reason="syntax")
    clause = " ".join([f"USING <{g}>" for g in default] + [f"USING NAMED <{g}>" for g in named])
    s = scan(parsed.text, what="update")
    text = parsed.text
    previous: Token | None = None
    cuts = []
    for tok in s.tokens:
        if tok.kind == "word" and tok.depth == 0 and tok.text.upper() == "WHERE":
            if not (
                previous is not None
                and previous.kind == "word"
                and previous.text.upper() == "DELETE"
            ):
                cuts.append(tok.start)
        previous = tok
    for at in reversed(cuts):
        text = text[:at] + clause + " " + text[at:]
    return check_update(text).text
