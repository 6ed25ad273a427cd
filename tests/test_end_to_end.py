"""The whole path on the real documents of ../shared, scored with the shared scorer."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from conftest import SEED
from intgraph.pipeline import ingest
from intgraph.query import format_result, run
from intgraph.store import Store

QUERIES = ["documents", "office-holders", "conferences", "motions", "programmes", "quotes"]
ROOT = Path(__file__).resolve().parents[1]

# The level reached on the 57 shared documents when this guard was last set (issue 12). Lower
# only with a reason; raise it when extraction improves.
FLOOR = {
    "macro_f1": 0.975,  # 0.959 -> 0.972 (session 6) -> 0.98 (entities helper)
    "documents": 0.96,  # min(date, publisher): 0.93 -> 0.965 (entities helper: dates 1.0)
    "offices": 0.98,  # 0.955 -> 0.988 (persons helper, 17:55 UTC)
    "conferences": 0.99,  # 0.989 -> 1.0 (news helper: sessions in news reports)
    "motions": 0.95,  # 0.938 -> 0.954 (motions helper: agreements pointing back, joint products)
    "programmes": 0.98,  # 0.956 -> 0.978 (entities helper) -> 0.989 (progquotes: staff nouns)
    "quotes": 0.99,
}


def scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(store: Store, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for q in QUERIES:
        result = run(store, ROOT / "queries" / f"{q}.rq")
        (out / f"{q}.csv").write_text(format_result(result, "csv"), encoding="utf-8")
    return out


def categories(res: dict) -> dict[str, float]:
    d = res["documents"]
    return {
        "macro_f1": res["macro_f1"],
        "documents": min(d["date_agreement"], d["publisher_land_agreement"]),
        "offices": res["offices"]["person+land"]["f1"],
        "conferences": res["conferences"]["mention"]["f1"],
        "motions": res["motions"]["mention"]["f1"],
        "programmes": res["programmes"]["f1"],
        "quotes": res["quotes"]["f1"],
    }


@pytest.mark.slow
def test_seed_documents_yield_every_gold_fact(shared: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "seed"
    corpus.mkdir()
    for name in SEED:
        shutil.copy(shared / "corpus" / name, corpus / name)
    store = Store(tmp_path / "store")
    # read in this process (no worker, no budget): this test is about what extraction finds;
    # the workers and their budget have tests of their own (tests/test_workers.py), and a
    # forked worker of this long-lived test process twice exceeded the 120 s budget on a
    # loaded machine (2.4 s alone), a hang not yet explained
    assert ingest([corpus], store, budget=None).ok
    res = scorer(shared).score(
        shared / "eval" / "gold", predictions(store, tmp_path / "pred"), files=set(SEED)
    )
    assert res["documents"]["date_agreement"] == 1.0
    assert res["documents"]["publisher_land_agreement"] == 1.0
    for cat in ("conferences", "motions"):
        assert res[cat]["mention"]["recall"] == 1.0, cat
    assert res["offices"]["person+land"]["recall"] == 1.0
    assert res["programmes"]["recall"] == 1.0
    assert res["quotes"]["recall"] == 1.0


@pytest.mark.slow
def test_extraction_quality_does_not_regress(
    shared: Path, shared_store: Store, tmp_path: Path
) -> None:
    details: list[str] = []
    res = scorer(shared).score(
        shared / "eval" / "gold", predictions(shared_store, tmp_path / "pred"), details=details
    )
    got = categories(res)
    below = {k: (got[k], v) for k, v in FLOOR.items() if got[k] < v}
    assert not below, f"below the floor (got, floor): {below}\n" + "\n".join(details)
