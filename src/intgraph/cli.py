"""The ``intgraph`` command: a thin layer over the Python API that formats and sets exit codes.

Exit codes (documented in the README):

====  ==============================================================
0     success
1     some input files could not be read (the rest were ingested)
2     usage, query, ontology or store error, or the disk failed (full, permission, I/O);
      the message says what to fix and what was kept
3     internal error (a bug): please report it; ``--debug`` shows the traceback
====  ==============================================================

File names and reasons are printed with control characters escaped (``\\x1b``), so a file
named with terminal escape sequences cannot repaint the terminal.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sys
import threading
import time
from pathlib import Path

import click

from intgraph.__about__ import __version__
from intgraph.errors import IntgraphError
from intgraph.paths import default_store_dir

TIME_BUDGET = 120.0  # = intgraph.pipeline.TIME_BUDGET (not imported: the CLI starts fast)

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3

out_option = click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output folder (default: exports/).",
)


store_option = click.option(
    "--store",
    "store_dir",
    default=None,
    help="Store folder (default: .intgraph/store), or the URL of a SPARQL endpoint (e.g. http://127.0.0.1:7878/query).",
)


_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def safe(text: object) -> str:
    """Text for the terminal: control characters, bidirectional overrides and undecodable
    bytes of file names shown as escapes.

    >>> safe("\\x1b[31mrot.txt: kaputt\\nzwei")
    '\\\\x1b[31mrot.txt: kaputt\\\\nzwei'
    """

    def esc(m: re.Match[str]) -> str:
        c = m.group(0)
        if c == "\n":
            return "\\n"
        if c == "\t":
            return "\\t"
        return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"

    return _UNSAFE.sub(esc, str(text))


def _os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        what = "the disk is full (No space left on device)"
    elif exc.errno in (errno.EACCES, errno.EPERM):
        what = "permission denied"
    else:
        what = exc.strerror or str(exc)
    where = f" ({exc.filename})" if exc.filename else ""
    return f"{what}{where}"


class _Group(click.Group):
    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except IntgraphError as exc:
            click.echo(f"Error: {safe(exc)}", err=True)
            ctx.exit(EXIT_USAGE)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except BrokenPipeError:  # the reader of our output went away (| head): not an error
            with contextlib.suppress(OSError):  # Python's recipe: no second error at exit
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(EXIT_OK)
        except OSError as exc:  # the disk or the system, not a bug: say what failed, where
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {safe(_os_error(exc))}", err=True)
            ctx.exit(EXIT_USAGE)
        except Exception as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(
                f"Internal error: {type(exc).__name__}: {exc}\n"
                "This is a bug in intgraph; please report it with the command you ran "
                "(run again with --debug for the traceback).",
                err=True,
            )
            ctx.exit(EXIT_BUG)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="intgraph")
@click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn German integration-policy documents into an RDF knowledge graph.

    \b
    Typical use:
      intgraph ingest ~/Downloads/intmk/ --store graph/
      intgraph query queries/office-holders.rq --store graph/
      intgraph export --store graph/ --out intmk-export/
      intgraph build            # the sample corpus into .intgraph/store and exports/
    """
    ctx.obj = {"debug": debug}


def _open(store_dir: str | Path | None, read_only: bool = False):
    from intgraph.store import open_store

    if isinstance(store_dir, str) and store_dir.startswith(("http://", "https://")):
        return open_store(store_dir, read_only=read_only)
    path = Path(store_dir) if store_dir is not None else default_store_dir()
    if read_only and not path.exists():
        raise click.UsageError(
            f"no store at {path}; create one with: intgraph ingest PATH --store {path}"
        )
    store = open_store(path, read_only=read_only)
    if store.notice:
        click.echo(store.notice, err=True)
    return store


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option(
    "--prune", is_flag=True, help="Remove documents whose files are gone from the given folders."
)
@click.option(
    "--jobs",
    "-j",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes that read and extract in parallel (use the number of cores).",
)
@click.option(
    "--follow-links",
    is_flag=True,
    help="Follow symbolic links that lead outside the named files and folders (default: skip them, with a reason).",
)
@click.option(
    "--time-budget",
    default=TIME_BUDGET,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds one document may take to read and extract; a slower one is skipped with a reason (0: no limit).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON (for scripts).")
def ingest(
    paths: tuple[Path, ...],
    store_dir: str | None,
    prune: bool,
    jobs: int,
    follow_links: bool,
    time_budget: float,
    quiet: bool,
    as_json: bool,
) -> None:
    """Read files and folders (.pdf, .html, .md, .txt) into the store, one named graph per document.

    Unchanged files are skipped; a changed file replaces its document. A file that cannot
    be read is reported with its reason and the batch goes on (exit code 1). Only regular
    files are read: devices, FIFOs, sockets and symbolic-link loops are skipped, and links
    that lead outside the named paths too, unless --follow-links. If the store cannot be
    written (disk full, permission), the batch stops: the summary says what was kept (exit 2).

    \b
    Example:
      intgraph ingest ../shared/corpus --store graph/
      intgraph ingest new-release.txt --store graph/ --json
      intgraph ingest big-archive/ --store graph/ --jobs 2
      intgraph ingest ~/Downloads/ --store graph/ --follow-links --time-budget 300
    """
    from intgraph.pipeline import discover
    from intgraph.pipeline import ingest as run_ingest

    store = _open(store_dir)
    show = not quiet and not as_json and sys.stderr.isatty()
    # the total only for the progress line: walking the folders once more costs ~1 s at 10k files
    total = len(discover(paths, follow_links=follow_links)) if show else 0
    started = time.monotonic()
    done = 0

    def progress(path: str, outcome: str) -> None:
        nonlocal done
        done += 1
        if show:
            rate = done / max(time.monotonic() - started, 1e-6)
            eta = (total - done) / rate if rate else 0
            click.echo(
                f"\r[{done}/{total}] {rate:5.1f} docs/s  ETA {eta:4.0f}s  {safe(Path(path).name)[:40]:<40}",
                nl=False,
                err=True,
            )

    report = run_ingest(
        paths,
        store,
        prune=prune,
        progress=progress,
        jobs=jobs,
        follow_links=follow_links,
        budget=time_budget or None,
    )
    if show:
        click.echo("", err=True)
    _report(report, time.monotonic() - started, quiet=quiet, as_json=as_json)


def _report(report, seconds: float, *, quiet: bool = False, as_json: bool = False) -> None:
    """Print an ingest's summary and per-file failures, then exit with its code: 2 when the
    store could not be written, 3 when a file met a bug, 1 when files failed."""
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    elif not quiet:
        click.echo(_summary(report, seconds))
    if not as_json:
        for path, reason in report.failed:
            click.echo(f"failed: {safe(_shown(path))}: {safe(reason)}", err=True)
    if report.store_error is not None:
        click.echo(
            f"Error: {safe(report.store_error)}\n"
            f"Kept: the {len(report.ingested)} document(s) reported as ingested are stored; "
            f"{report.not_stored} file(s) were not ingested. Fix the cause and run the same "
            "command again: what is stored is skipped as unchanged.",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    if report.bugs:
        click.echo(
            f"{report.bugs} file(s) met an internal error (a bug in intgraph); please report "
            "it with the file if you can share it",
            err=True,
        )
        sys.exit(EXIT_BUG)
    if report.failed:
        sys.exit(EXIT_INPUT)


def _shown(path: str) -> str:
    """A file as the user named it: relative to the working folder when it lies inside."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


def _summary(report, seconds: float) -> str:
    rows = [
        ("ingested", len(report.ingested)),
        ("unchanged", len(report.unchanged)),
        ("duplicates", len(report.duplicates)),
        ("removed", len(report.removed)),
        ("failed", len(report.failed)),
        ("statements added", report.statements),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"{k:<{width}}  {v:>8}" for k, v in rows]
    lines.append(f"{'seconds':<{width}}  {seconds:>8.1f}")
    return "\n".join(lines)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
def remove(paths: tuple[Path, ...], store_dir: str | None) -> None:
    """Forget files (or every file under a folder) and the documents only they provided.

    \b
    Example:
      intgraph remove ~/Downloads/intmk/alt/ --store graph/
    """
    from intgraph.pipeline import remove as run_remove

    if not (isinstance(store_dir, str) and store_dir.startswith(("http://", "https://"))):
        path = Path(store_dir) if store_dir is not None else default_store_dir()
        if not (path / "oxigraph").is_dir():
            raise click.UsageError(
                f"no store at {path}, so nothing to remove (remove never creates a store)"
            )
    removed = run_remove(
        paths, _open(store_dir), progress=lambda p: click.echo(f"removed {safe(p)}")
    )
    if not removed:
        click.echo("nothing to remove: no ingested file matches", err=True)


@main.command()
@click.argument("query")
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default=None,
    help="Output format (default: table on a terminal, CSV otherwise).",
)
@click.option(
    "--timeout",
    default=300.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds the query may run, output included, before it is stopped (exit 2; 0: no limit).",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let SERVICE clauses send requests to other SPARQL endpoints (refused by default).",
)
def query(
    query: str, store_dir: str | None, fmt: str | None, timeout: float, allow_service: bool
) -> None:
    """Run a SPARQL query: a .rq file, a saved query's file name, or the query text.

    The default graph is the union of all documents; GRAPH <doc> reaches one document.
    Rows are written as they come (CSV, TSV, JSON), so large results need no memory; JSON
    gives numbers and booleans as JSON values. SELECT * lists the variables in the order
    the query names them. SERVICE (requests to other endpoints) is refused unless
    --allow-service.

    \b
    Example:
      intgraph query queries/office-holders.rq --store graph/ --format csv
      intgraph query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format json
      intgraph query big.rq --store graph/ --format csv --timeout 600 > rows.csv
    """
    from intgraph.query import stream, write_result

    timer = _stop_after(timeout) if timeout else None
    try:
        store = _open(store_dir, read_only=True)
        result = stream(store, query, allow_service=allow_service)
        chosen = fmt or ("table" if sys.stdout.isatty() else "csv")
        write_result(result, chosen, sys.stdout)
        sys.stdout.flush()
    finally:
        if timer is not None:
            timer.cancel()  # run in-process (tests, the Python API), the caller lives on


def _stop_after(seconds: float) -> threading.Timer:
    """End the process after ``seconds``: a query cannot be cancelled once the engine runs it,
    so the command stops itself, with a message and exit code 2."""

    def stop() -> None:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
        sys.stderr.write(
            f"\nError: the query took longer than {seconds:g} s and was stopped; "
            "--timeout SECONDS allows more (0: no limit)\n"
        )
        sys.stderr.flush()
        os._exit(EXIT_USAGE)

    timer = threading.Timer(seconds, stop)
    timer.daemon = True
    timer.start()
    return timer


@main.command()
@store_option
@out_option
def export(store_dir: str | None, out_dir: Path | None) -> None:
    """Write RDF dumps (N-Quads, TriG, Turtle, JSON-LD), the network views (HTML), GraphML and
    GEXF for Gephi, and the centrality tables.

    The export is written beside the folder and swapped in when complete: an interrupted or
    failed export leaves the previous one as it was.

    \b
    Example:
      intgraph export --store graph/ --out intmk-export/
    """
    from intgraph.pipeline import export as run_export

    for p in run_export(_open(store_dir, read_only=True), out_dir):
        click.echo(safe(p))


@main.command()
@store_option
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the SHACL validation report (Turtle) to this file.",
)
def validate(store_dir: str | None, report_path: Path | None) -> None:
    """Check the whole store against the SHACL shapes of the ontology.

    Exit code 0 when the graph conforms, 1 when it has violations (listed), 2 on errors.

    \b
    Example:
      intgraph validate --store graph/
      intgraph validate --store graph/ --report violations.ttl
    """
    from intgraph.validate import validate as run_validate

    report = run_validate(_open(store_dir, read_only=True).to_rdflib())
    if report_path is not None:
        report_path.write_text(report.graph.serialize(format="turtle"), encoding="utf-8")
    if report.conforms:
        click.echo("conforms: the graph satisfies every shape")
        return
    click.echo(report.summary())
    click.echo(
        f"{report.violations} violation(s); --report FILE writes the full SHACL report", err=True
    )
    sys.exit(EXIT_INPUT)


@main.command()
@store_option
@click.option("--dry-run", is_flag=True, help="Report the inferences without storing them.")
def reason(store_dir: str | None, dry_run: bool) -> None:
    """Run the HermiT reasoner (owlready2, Java 17+) over the ontology and the stored facts.

    Checks that the graph is consistent with the ontology, and stores what follows from it in
    the named graph https://w3id.org/intgraph/id/graph/inferred: integration ministers (a
    minister's office in a ministry responsible for integration) and the Länder that took part
    in a session (they submitted a motion there). Exit code 1 when the graph is inconsistent.

    \b
    Example:
      intgraph reason --store graph/
    """
    from intgraph.pipeline import reason as run_reason
    from intgraph.reason import InconsistentGraph

    try:
        result = run_reason(_open(store_dir), write=not dry_run)
    except InconsistentGraph as exc:
        click.echo(f"inconsistent: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    kinds: dict[str, int] = {}
    for _, p, o in result.inferred:
        key = str(o).rsplit("#", 1)[-1] if str(p).endswith("#type") else str(p).rsplit("#", 1)[-1]
        kinds[key] = kinds.get(key, 0) + 1
    click.echo(
        f"consistent; {result.individuals} individuals reasoned over in {result.seconds:.1f} s"
    )
    for k, n in sorted(kinds.items()):
        click.echo(f"  {n:5d} × {k}")
    if not dry_run:
        click.echo("stored in https://w3id.org/intgraph/id/graph/inferred")


@main.command()
@store_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0 for every interface).",
)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port; the line printed at start says which).",
)
@click.option(
    "--base-url",
    default="https://w3id.org/intgraph/",
    show_default=True,
    help="Public base URL of the deployment: names the VoID dataset, the endpoint and the dumps, "
    "and resolves relative IRIs in queries (never taken from the request's Host).",
)
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0.1, None),
    help="Seconds a request may run; then its worker is stopped (503).",
)
@click.option(
    "--max-rows", default=10_000, show_default=True, help="Rows a result may have (more: 413)."
)
@click.option(
    "--workers",
    default=None,
    type=click.IntRange(1, 64),
    help="Worker processes that run queries at once (default: CPUs, 2 to 8).",
)
@click.option(
    "--queue",
    default=64,
    show_default=True,
    type=click.IntRange(0, 10_000),
    help="Requests that may wait for a worker; more are answered 503 with Retry-After.",
)
@click.option(
    "--body-timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0.1, None),
    help="Seconds a request body may take to arrive (slower: 408).",
)
@click.option(
    "--update-token",
    default=None,
    envvar="INTGRAPH_UPDATE_TOKEN",
    help="Allow SPARQL UPDATE for requests that send 'Authorization: Bearer TOKEN' (opens the store for writing).",
)
def serve(
    store_dir: str | None,
    host: str,
    port: int,
    base_url: str,
    timeout: float,
    max_rows: int,
    workers: int | None,
    queue: int,
    body_timeout: float,
    update_token: str | None,
) -> None:
    """Serve the store: SPARQL endpoint (/sparql), dereferenceable IRIs (/id/…), VoID
    (/.well-known/void), dumps (/dumps/…), the ontology (/def) and a query page (/).

    --store is a store folder, or the URL of a SPARQL endpoint (its graphs are copied at start
    and served from the copy). Ctrl-C or SIGTERM stops the server. Exit codes: 0 after a normal
    stop, 2 when the store cannot be opened or the port is taken.

    \b
    Examples:
      intgraph serve --store graph/ --port 8000
      intgraph serve --store http://127.0.0.1:7878/query --port 8001
      intgraph serve --store graph/ --base-url https://example.org/intgraph/ --workers 4
      curl -H 'Accept: text/csv' 'http://127.0.0.1:8000/sparql?query=SELECT%20*%20WHERE%20%7B?s%20?p%20?o%7D%20LIMIT%203'
    """
    from intgraph.serve import Settings
    from intgraph.serve import serve as run_server

    spec: str | Path = store_dir if store_dir is not None else default_store_dir()
    if isinstance(spec, str) and not spec.startswith(("http://", "https://")):
        spec = Path(spec)
    if isinstance(spec, Path) and not (spec / "oxigraph").is_dir():
        raise click.UsageError(
            f"no store at {spec}; create one with: intgraph ingest PATH --store {spec}"
        )
    if isinstance(spec, Path) and not (spec / "union-default-graph").exists():
        del_store = _open(spec)  # a store from before the union was kept: upgraded, said so
        del del_store
    settings = Settings(
        spec,
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        update_token=update_token,
        base_url=base_url,
        queue=queue,
        body_timeout=body_timeout,
        **({"workers": workers} if workers else {}),
    )

    def ready(url: str) -> None:
        click.echo(f"serving {spec} at {url} (Ctrl-C stops)")

    run_server(settings, ready=ready)
    click.echo("stopped")


@main.command()
@store_option
@out_option
@click.option(
    "--focus", default=None, help="An entity's IRI or part of its name: draw its neighbourhood."
)
@click.option("--radius", default=2, show_default=True, help="How many steps around the focus.")
@click.option(
    "--view",
    "view_names",
    multiple=True,
    type=click.Choice(["overview", "intmk", "cosponsorship", "programmes"]),
    help="Which standard views to write (default: all).",
)
@click.option(
    "--entity-base",
    default=None,
    help="Where `intgraph serve` runs (e.g. http://127.0.0.1:8000): the side panel links "
    "entities to /id/… there instead of to their IRIs.",
)
def visualise(
    store_dir: str | None,
    out_dir: Path | None,
    focus: str | None,
    radius: int,
    view_names: tuple[str, ...],
    entity_base: str | None,
) -> None:
    """Write interactive network views (HTML that opens offline) to OUT/html/.

    \b
    Example:
      intgraph visualise --store graph/                       # every standard view
      intgraph visualise --store graph/ --focus "Kai Klose"   # one person's neighbourhood
      intgraph visualise --store graph/ --focus https://w3id.org/intgraph/id/polity/DE-HE
    """
    from intgraph.analyse import landscape
    from intgraph.paths import default_exports_dir
    from intgraph.resolve.ids import slug
    from intgraph.visualise import absent_views, focus_view, views

    store = _open(store_dir, read_only=True)
    html_dir = (out_dir or default_exports_dir()) / "html"
    html_dir.mkdir(parents=True, exist_ok=True)
    if focus:
        _, page = focus_view(store, focus, radius, entity_base=entity_base)
        p = html_dir / f"focus-{slug(focus.rsplit('/', 1)[-1])}.html"
        p.write_text(page, encoding="utf-8")
        click.echo(str(p))
        return
    land = landscape(store)
    for name, page in views(store, land, entity_base=entity_base).items():
        if view_names and name not in view_names:
            continue
        p = html_dir / f"{name}.html"
        p.write_text(page, encoding="utf-8")
        click.echo(str(p))
    for name, reason in absent_views(store, land).items():
        if not view_names or name in view_names:
            click.echo(f"{name}: not written: {reason}", err=True)


@main.command()
@store_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the CSV tables (default: exports/analysis/).",
)
@click.option(
    "--top", default=10, show_default=True, help="Rows per network shown on the terminal."
)
def analyse(store_dir: str | None, out_dir: Path | None, top: int) -> None:
    """Degree and betweenness centrality and Louvain communities of the co-sponsorship and
    person–organisation networks, as CSV tables and a summary on the terminal.

    \b
    Example:
      intgraph analyse --store graph/ --top 5
    """
    from intgraph.analyse import write_tables
    from intgraph.paths import default_exports_dir

    out = out_dir or (default_exports_dir() / "analysis")
    tables = write_tables(_open(store_dir, read_only=True), out)
    for name, rows in tables.items():
        click.echo(f"{name} ({len(rows)} nodes) -> {out / (name + '.csv')}")
        width = max([len(m.label[:40]) for m in rows[:top]] + [5])
        click.echo(f"  {'node':<{width}}  {'degree':>7}  {'betweenness':>11}  community")
        for m in rows[:top]:
            click.echo(
                f"  {m.label[:40]:<{width}}  {m.degree:7.3f}  {m.betweenness:11.3f}  {m.community:>9}"
            )


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@out_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(
    paths: tuple[Path, ...], store_dir: str | None, out_dir: Path | None, quiet: bool
) -> None:
    """The main job: ingest the sample corpus (or PATHS) and write every export.

    \b
    Example:
      intgraph build
      intgraph build ../shared/corpus --store graph/ --out exports/
    """
    from intgraph.pipeline import build as run_build

    report, written = run_build(paths or None, store_dir, out_dir)
    if not quiet:
        click.echo(
            f"ingested {len(report.ingested)}, unchanged {len(report.unchanged)}, "
            f"failed {len(report.failed)}; {report.statements} statements added"
        )
        for p in written:
            click.echo(f"wrote {p}")
    if report.store_error is not None or report.bugs:
        _report(report, 0.0, quiet=True)  # per-file outcomes, the error, what was kept; exits
    for path, reason in report.failed:
        click.echo(f"failed: {safe(_shown(path))}: {safe(reason)}", err=True)
    if report.failed:
        sys.exit(EXIT_INPUT)


if __name__ == "__main__":
    main()
