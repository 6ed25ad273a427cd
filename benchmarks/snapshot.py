"""The output guard of the speed work: every N-Triples line ``pipeline.process`` gives, sorted,
for a fixed set of inputs, written to one file. Two versions of the code that give the same file
extract, resolve and write the same facts (with their provenance) for all of them.

    python benchmarks/snapshot.py OUT [--generated 1000] [--hostile-mib 0.25]
    cmp OUT.before OUT.after

Inputs (all copied to one fixed folder first, so document keys do not depend on where they
came from): the shared corpus (``../shared/corpus``), every challenge passage's text
(``tests/data/challenge/**/*.json``, one file each), every hostile case of ``hostile.py`` at
``--hostile-mib`` and every 10th generated document of ``benchmarks/.corpora/10000``
(``--generated`` of them). Each document's lines are written under a header naming it; a
document that fails writes its error instead.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = Path("/tmp/intgraph-snapshot-inputs")


def inputs(generated: int, hostile_mib: float) -> list[Path]:
    """Copy every input into WORK (fixed names) and list them in a fixed order."""
    if WORK.exists():
        shutil.rmtree(WORK)
    (WORK / "corpus").mkdir(parents=True)
    (WORK / "challenge").mkdir()
    (WORK / "hostile").mkdir()
    (WORK / "generated").mkdir()
    corpus = ROOT.parent / "shared" / "corpus"
    if not corpus.is_dir():
        corpus = Path("/work/shared/corpus")
    for f in sorted(corpus.iterdir()):
        if f.is_file() and not f.name.endswith((".tsv", ".md")):
            shutil.copyfile(f, WORK / "corpus" / f.name)
    for js in sorted((ROOT / "tests" / "data" / "challenge").rglob("*.json")):
        rel = js.relative_to(ROOT / "tests" / "data" / "challenge").with_suffix("")
        try:
            cases = json.loads(js.read_text(encoding="utf-8"))["cases"]
        except (KeyError, TypeError, ValueError):
            continue
        for i, case in enumerate(cases):
            name = f"{str(rel).replace('/', '_')}_{i:03d}_{case.get('id', '')}.txt"
            (WORK / "challenge" / name).write_text(case["text"], encoding="utf-8")
    sys.path.insert(0, str(HERE))
    import hostile

    size = int(hostile_mib * hostile.MIB)
    for name in sorted(hostile.CASES):
        hostile.write_case(name, WORK / "hostile", size)
    gen = sorted((HERE / ".corpora" / "10000").rglob("*.txt"))[::10][:generated]
    for i, f in enumerate(gen):
        shutil.copyfile(f, WORK / "generated" / f"{i:05d}_{f.name}")
    return sorted(p for p in WORK.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--generated", type=int, default=1000)
    ap.add_argument("--hostile-mib", type=float, default=0.25)
    args = ap.parse_args(argv)
    from intgraph.pipeline import process

    files = inputs(args.generated, args.hostile_mib)
    with args.out.open("w", encoding="utf-8") as out:
        for f in files:
            out.write(f"### {f.relative_to(WORK)}\n")
            try:
                key, lines, _name, digest = process(f)
            except Exception as exc:  # the error is part of the snapshot
                out.write(f"!!! {type(exc).__name__}: {exc}\n")
                continue
            out.write(f"key {key} {digest}\n")
            for line in sorted(lines):
                out.write(line if line.endswith("\n") else line + "\n")
    print(f"{len(files)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
