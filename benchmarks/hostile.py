"""Hostile inputs: generators for the pathological documents of issue 16, and a benchmark of
time per MiB and extra memory per case (target: ≤ 1 s per MiB of text, ≤ 500 MiB extra, for
any accepted file up to the 50 MiB limit).

    python benchmarks/hostile.py                       # every case at 1 and 4 MiB
    python benchmarks/hostile.py --sizes 1,10,50 --case single_line --timeout 300
    python benchmarks/hostile.py --write OUT_DIR --sizes 10   # only write the files
    python benchmarks/hostile.py --ingest --sizes 16 --case quotes   # the whole ingest

Each run reads one generated file as an ingest worker does (load → extract → resolve → rdf →
its N-Triples, ``intgraph.pipeline._read``) in a fresh Python process, so that its peak memory
is its own (``VmHWM``: ``ru_maxrss`` would keep the peak of this script, which generated the
file): "extra" is the peak resident size minus the size after importing intgraph, loading
its lexicons (once per process: ingest loads them before it forks its workers) and processing
a small document. With ``--ingest`` the run ingests the file into a new store with one worker
process: "extra" is then the writer's peak and "worker MiB" the worker's, each less the
writer's size after ingesting a small document first;
"cpu/MiB" is the process's CPU time per MiB (on a shared machine the wall time also counts the
time other jobs held the cores).
A run that takes longer than ``--timeout`` is killed and reported as such. The generators
are deterministic (same size, same bytes); every case is text intgraph accepts (German, within
the size limit), so the time is spent where a real document's time is spent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MIB = 1024 * 1024

_SENTENCE = (
    "Die Integrationsministerkonferenz der Länder hat am 12. April 2024 in Hamburg beschlossen, "
    "die Sprachförderung für zugewanderte Eltern auszubauen und die Anerkennung ausländischer "
    "Berufsabschlüsse zu beschleunigen. "
)
_QUOTE = (
    "Ministerin Anna Beispiel sagte: „Wir wollen, dass die Integration in den Arbeitsmarkt "
    "schneller gelingt, und der Bund muss dafür die Mittel für die Integrationskurse sichern.“\n\n"
)
_MOTION = (
    "TOP 7: Antrag des Landes Niedersachsen zur Verbesserung der Sprachförderung. "
    "Antragsteller: NI, HB, HH. Abstimmungsergebnis: 16:0:0 angenommen. "
)
_SESSION = "Die 19. Konferenz der Integrationsministerinnen und -minister (IntMK) am 26. und 27. April 2023 in Potsdam. "


def _repeat(unit: str, size: int, sep: str = "") -> str:
    """``unit`` repeated (joined by ``sep``) until the UTF-8 text reaches ``size`` bytes."""
    per = len((unit + sep).encode("utf-8"))
    return sep.join([unit] * max(1, size // per + 1))


def single_line(size: int) -> tuple[str, bytes]:
    """A document of ordinary German sentences without a single line break."""
    return ".txt", ("Pressemitteilung\n" + _repeat(_SENTENCE, size)).encode("utf-8")


def long_word(size: int) -> tuple[str, bytes]:
    """A German opening, then one "word" of letters without spaces."""
    word = "Integrationsministerkonferenzbeschluss" * (size // 38 + 1)
    return ".txt", (_SENTENCE * 3 + "\n" + word + "\n").encode("utf-8")


def markdown_table(size: int) -> tuple[str, bytes]:
    """A Markdown table of many rows (Land, office holder, motion, result)."""
    head = (
        "# Beschlüsse der IntMK\n\n"
        + _SENTENCE
        + "\n\n| Land | Ministerin | Antrag | Ergebnis |\n|---|---|---|---|\n"
    )
    row = "| Niedersachsen | Ministerin Anna Beispiel | Antrag zur Sprachförderung der Länder | angenommen |"
    return ".md", (head + _repeat(row, size, "\n") + "\n").encode("utf-8")


def table_cells(size: int) -> tuple[str, bytes]:
    """A Markdown table whose role and name stand in cells of their own (a long block without
    a full stop in which every row holds a role)."""
    head = (
        "# Beschlüsse der IntMK\n\n"
        + _SENTENCE
        + "\n\n| Land | Amt | Name | Antrag | Ergebnis |\n|---|---|---|---|---|\n"
    )
    row = "| Niedersachsen | Ministerin | Anna Beispiel | Antrag zur Sprachförderung der Länder | angenommen |"
    return ".md", (head + _repeat(row, size, "\n") + "\n").encode("utf-8")


def quotes(size: int) -> tuple[str, bytes]:
    """``Ministerin X sagte: „…“`` paragraphs repeated."""
    return ".txt", ("Pressemitteilung\n\n" + _repeat(_QUOTE, size)).encode("utf-8")


def teasers(size: int) -> tuple[str, bytes]:
    """Headline teasers (a quotation, a dash, a role, no full stop) line after line: one
    sentence as long as the document, with a quotation every 80 characters and no speaker."""
    unit = "„Klare Regeln, schnelle Verfahren“ – Innenminister stellt die Bilanz vor\n"
    return ".txt", _repeat(unit, size).encode()


def motions(size: int) -> tuple[str, bytes]:
    """Resolution-record items (TOP, Antragsteller, Abstimmungsergebnis) on one long line."""
    return ".txt", ("Ergebnisprotokoll\n" + _SESSION + _repeat(_MOTION, size)).encode("utf-8")


def sessions(size: int) -> tuple[str, bytes]:
    """Session mentions, one per line."""
    return ".txt", ("Pressemitteilung\n" + _repeat(_SESSION, size, "\n")).encode("utf-8")


def announced_offices(size: int) -> tuple[str, bytes]:
    """One sentence of announced offices (``und das Land hat eine neue Ministerin: X``) without
    a full stop: each role's clause was read again from the sentence start (quadratic)."""
    unit = "und das Land hat eine neue Ministerin: Anna Beispiel "
    return ".txt", ("Pressemitteilung\n\n" + _repeat(unit, size) + "Ende.").encode("utf-8")


def elliptic_commissioners(size: int) -> tuple[str, bytes]:
    """One paragraph of sentences with a commissioner named in full and a bare ``der neue
    Beauftragte X`` after it: each bare one walked every token of the paragraph (quadratic)."""
    unit = "Die Landesintegrationsbeauftragte Anna Beispiel und der neue Beauftragte Peter Muster trafen sich. "
    return ".txt", ("Pressemitteilung\n\n" + _repeat(unit, size)).encode("utf-8")


def many_lines(size: int) -> tuple[str, bytes]:
    """The ordinary case for comparison: short paragraphs."""
    return ".txt", ("Pressemitteilung\n\n" + _repeat(_SENTENCE, size, "\n\n")).encode("utf-8")


def nested_divs(size: int) -> tuple[str, bytes]:
    """HTML with the text inside ``size // 11`` nested ``div`` elements (100k at 1.1 MB)."""
    depth = max(1, size // 11)
    body = "<div>" * depth + "<p>" + _SENTENCE * 3 + "</p>" + "</div>" * depth
    page = f"<!doctype html><html><head><title>Pressemitteilung</title></head><body>{body}</body></html>"
    return ".html", page.encode("utf-8")


def big_attribute(size: int) -> tuple[str, bytes]:
    """HTML whose one attribute value is ``size`` bytes long, followed by the article."""
    attr = "x" * size
    page = (
        "<!doctype html><html><head><title>Pressemitteilung</title></head><body>"
        f'<div data-state="{attr}"></div><article><p>{_SENTENCE * 3}</p></article></body></html>'
    )
    return ".html", page.encode("utf-8")


def html_article(size: int) -> tuple[str, bytes]:
    """An ordinary HTML article of many paragraphs, for comparison."""
    paras = _repeat(f"<p>{_SENTENCE}</p>", size, "\n")
    page = f"<!doctype html><html><head><title>Pressemitteilung</title></head><body><article>{paras}</article></body></html>"
    return ".html", page.encode("utf-8")


CASES: dict[str, Callable[[int], tuple[str, bytes]]] = {
    "many_lines": many_lines,
    "single_line": single_line,
    "long_word": long_word,
    "markdown_table": markdown_table,
    "table_cells": table_cells,
    "quotes": quotes,
    "teasers": teasers,
    "motions": motions,
    "sessions": sessions,
    "announced_offices": announced_offices,
    "elliptic_commissioners": elliptic_commissioners,
    "html_article": html_article,
    "nested_divs": nested_divs,
    "big_attribute": big_attribute,
}


def write_case(name: str, folder: Path, size: int) -> Path:
    suffix, data = CASES[name](size)
    p = folder / f"{name}-{size // MIB or size}{'mib' if size >= MIB else 'b'}{suffix}"
    p.write_bytes(data)
    return p


_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from intgraph.errors import InputError
from intgraph.language.wordlists import preload
from intgraph import pipeline

def hwm_kib():
    # this process's own peak: ru_maxrss keeps the peak of the process that started it (Linux
    # carries it over exec), which holds the generated file: at 50 MiB a few hundred MiB
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

warm = Path(sys.argv[2])
pipeline.process(warm)
preload()  # the lexicons, once per process (ingest loads them before it forks its workers)
base = hwm_kib()
t = time.perf_counter()
c = time.process_time()
try:
    _, ntriples, count, _, _ = pipeline._read(Path(sys.argv[1]))  # what an ingest worker does
    outcome = f"ok ({count} statements)"
    if isinstance(ntriples, Path):
        ntriples.unlink()
except InputError as exc:
    outcome = "refused: " + exc.reason
seconds = time.perf_counter() - t
cpu = time.process_time() - c
peak = hwm_kib()
print(json.dumps({"seconds": seconds, "cpu": cpu, "base_kib": base, "peak_kib": peak, "outcome": outcome}))
"""

# --ingest: the whole ingest of the file into a new store, with one worker process (as
# ``intgraph ingest``); the writer's and the worker's peaks, each less the writer's size
# after ingesting a small document first (the worker is forked from it)
_INGEST = r"""
import json, resource, sys, tempfile, time
from pathlib import Path
from intgraph.pipeline import ingest
from intgraph.store import Store

def hwm_kib():  # the writer's own peak (see _CHILD)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

with tempfile.TemporaryDirectory(prefix="intgraph-hostile-store-") as tmp:
    store = Store(Path(tmp) / "store")
    ingest([Path(sys.argv[2])], store)
    base = hwm_kib()
    t = time.perf_counter()
    c = time.process_time()
    report = ingest([Path(sys.argv[1])], store, budget=3600.0)  # the benchmark has --timeout
    seconds = time.perf_counter() - t
    cpu = time.process_time() - c
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = hwm_kib()
    if report.failed:
        outcome = "refused: " + report.failed[0][1]
    else:
        outcome = f"ok ({report.statements} statements, {len(store)} quads)"
print(json.dumps({"seconds": seconds, "cpu": cpu + kids.ru_utime + kids.ru_stime,
                  "base_kib": base, "peak_kib": peak, "worker_kib": kids.ru_maxrss,
                  "outcome": outcome}))
"""


def measure(path: Path, warm: Path, timeout: float, *, whole: bool = False) -> dict[str, object]:
    """Process one file in a fresh interpreter (``whole``: ingest it into a new store);
    seconds, extra MiB and the outcome."""
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _INGEST if whole else _CHILD, str(path), str(warm)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {
            "seconds": time.perf_counter() - started,
            "cpu": None,
            "extra_mib": None,
            "outcome": "timeout",
        }
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"seconds": None, "cpu": None, "extra_mib": None, "outcome": f"crashed: {last[:80]}"}
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    out = {
        "seconds": r["seconds"],
        "cpu": r["cpu"],
        "extra_mib": (r["peak_kib"] - r["base_kib"]) / 1024,
        "outcome": r["outcome"],
    }
    if "worker_kib" in r:
        out["worker_extra_mib"] = (r["worker_kib"] - r["base_kib"]) / 1024
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--case", action="append", choices=sorted(CASES), help="(default: all)")
    ap.add_argument("--sizes", default="1,4", help="MiB, comma-separated (default: 1,4)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run (default 120)")
    ap.add_argument("--write", type=Path, default=None, help="only write the files to this folder")
    ap.add_argument("--json", type=Path, default=None, help="also write the results as JSON")
    ap.add_argument(
        "--ingest",
        action="store_true",
        help="ingest each file into a new store (writer and worker measured) instead of\n"
        "reading it as one worker does",
    )
    args = ap.parse_args(argv)
    names = args.case or list(CASES)
    sizes = [float(s) for s in args.sizes.split(",")]
    if args.write is not None:
        args.write.mkdir(parents=True, exist_ok=True)
        for name in names:
            for mib in sizes:
                print(write_case(name, args.write, int(mib * MIB)))
        return 0
    results = []
    with tempfile.TemporaryDirectory(prefix="intgraph-hostile-") as tmp:
        folder = Path(tmp)
        warm = write_case("many_lines", folder, 4096)
        worker = f" {'worker MiB':>10}" if args.ingest else ""
        print(
            f"{'case':<15} {'MiB':>5} {'s':>8} {'s/MiB':>7} {'cpu/MiB':>7} {'extra MiB':>9}"
            f"{worker}  outcome"
        )
        for name in names:
            for mib in sizes:
                p = write_case(name, folder, int(mib * MIB))
                real = p.stat().st_size / MIB
                r = measure(p, warm, args.timeout, whole=args.ingest)
                p.unlink()
                secs = r["seconds"]
                extra = r["extra_mib"]
                per = f"{secs / real:7.2f}" if isinstance(secs, float) else "      -"
                cpu = f"{r['cpu'] / real:7.2f}" if isinstance(r["cpu"], float) else "      -"
                s = f"{secs:8.1f}" if isinstance(secs, float) else "       -"
                e = f"{extra:9.0f}" if isinstance(extra, float) else "        -"
                if r["outcome"] == "timeout":
                    s = f">{args.timeout:7.0f}"
                w = r.get("worker_extra_mib")
                w = f" {w:10.0f}" if isinstance(w, float) else (" " * 11 if args.ingest else "")
                print(f"{name:<15} {real:5.1f} {s} {per} {cpu} {e}{w}  {r['outcome']}", flush=True)
                results.append({"case": name, "mib": real, **r})
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
