"""Hostile inputs (issue 16): each file is that file's failure with its reason, or is read;
the batch goes on, and the other documents' graphs are exactly those of a clean ingest.

All inputs are generated here; one ingest of a folder holding every case serves the
parametrised checks, so the whole module costs a few seconds.
"""

from __future__ import annotations

import os
import re
import socket
import stat
from pathlib import Path

import pytest

from intgraph.pipeline import IngestReport, ingest
from intgraph.store import Store

GOOD = Path(__file__).resolve().parents[1] / "data" / "documents"
SENTENCES = (
    "Die Konferenz der Integrationsministerinnen und -minister der Länder hat in Wiesbaden "
    "beschlossen, die Sprachförderung für zugewanderte Eltern auszubauen. Staatsministerin Anna "
    "Beispiel sagte, der Bund müsse die Mittel für die Integrationskurse auf Dauer sichern. "
)


def _pdf(objects: list[bytes]) -> bytes:
    """A small PDF with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def make_pdf(kids: bytes, count: int) -> bytes:
    text = b"BT /F1 12 Tf 72 720 Td (Die Konferenz der Integrationsminister der Laender hat beschlossen, die Sprachkurse auszubauen.) Tj ET"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def html(body: str) -> bytes:
    return (
        "<!doctype html><html><head><title>Pressemitteilung</title></head>"
        f"<body>{body}</body></html>"
    ).encode()


def build_hostile(folder: Path) -> dict[str, str]:
    """Write every case into ``folder``; return case name -> file name."""
    folder.mkdir()
    names: dict[str, str] = {}

    def put(case: str, name: str | bytes, data: bytes) -> None:
        data = data.replace(b"Wiesbaden", f"Wiesbaden (Fall {len(names)})".encode())
        path = os.path.join(os.fsencode(folder), name) if isinstance(name, bytes) else None
        if path is not None:
            with open(path, "wb") as f:
                f.write(data)
            names[case] = os.fsdecode(name)
        else:
            (folder / name).write_bytes(data)
            names[case] = name

    text = SENTENCES * 3
    put("non_utf8_name", b"bericht-\xff\xfe.txt", text.encode())
    put("newline_name", "zeile\numbruch.txt", text.encode())
    put("escape_name", "\x1b[31mrot\x1b[0m.txt", b"\x00\x01binary" * 100)
    put("utf16", "utf16.txt", text.replace("Wiesbaden", "Mainz").encode("utf-16"))
    put("utf32", "utf32.txt", text.replace("Wiesbaden", "Kiel").encode("utf-32"))
    put(
        "utf16be",
        "utf16be.txt",
        b"\xfe\xff" + text.replace("Wiesbaden", "Bonn").encode("utf-16-be"),
    )
    put("nul_after_4k", "nul.txt", (SENTENCES * 30 + "\x00 Ende.").encode())
    put("english", "english.txt", b"Hello world, this is a short note for the team.")
    put("pdf_loop", "schleife.pdf", make_pdf(b"2 0 R 3 0 R", 2))
    put("pdf_nul_padded", "gepolstert.pdf", make_pdf(b"3 0 R", 1) + b"\x00" * 4096)
    put("nested_divs", "tief.html", html("<div>" * 100_000 + f"<p>{text}</p>" + "</div>" * 100_000))
    mixed = "<div><span>" * 20_000 + f"<p>{text}</p>" + "</span></div>" * 20_000
    put("nested_mixed", "gemischt.html", html(mixed))  # no run to collapse: the text fallback
    put(
        "huge_attribute",
        "attribut.html",
        html(f'<div data-x="{"x" * 12_000_000}"></div><p>{text}</p>'),
    )
    (folder / "selbst.txt").symlink_to("selbst.txt")
    names["self_link"] = "selbst.txt"
    (folder / "null.txt").symlink_to("/dev/zero")
    names["dev_zero_link"] = "null.txt"
    (folder / "kaputt.txt").symlink_to("gibt-es-nicht.txt")
    names["broken_link"] = "kaputt.txt"
    (folder / "oben").symlink_to("..")
    names["ancestor_link"] = "oben"
    os.mkfifo(folder / "rohr.txt")
    names["fifo"] = "rohr.txt"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "dose.txt"))
    sock.close()
    names["socket"] = "dose.txt"
    with (folder / "riesig.txt").open("wb") as f:  # sparse: no 51 MiB written
        f.truncate(51 * 1024 * 1024)
    names["too_large"] = "riesig.txt"
    return names


READ = ["non_utf8_name", "newline_name", "utf16", "utf32", "utf16be", "nul_after_4k"]
READ += ["pdf_nul_padded", "nested_divs", "nested_mixed", "huge_attribute"]
REFUSED = {
    "escape_name": "binary data",
    "english": "looks English",
    "pdf_loop": r"damaged PDF: page 2 of 2 cannot be loaded",
    "self_link": "symbolic link loop",
    "dev_zero_link": "outside the named paths; skipped",
    "broken_link": "broken symbolic link",
    "ancestor_link": "outside the named paths; skipped",
    "fifo": r"not a regular file but a named pipe \(FIFO\)",
    "socket": "not a regular file but a socket",
    "too_large": "the limit is 50 MiB",
}


def graphs(store: Store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in store.dump("nquads").decode("utf-8").splitlines():
        graph = line.rsplit(" ", 2)[-2]
        out.setdefault(graph, set()).add(line)
    return out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[IngestReport, dict, Store, dict]:
    base = tmp_path_factory.mktemp("hostile")
    names = build_hostile(base / "dl")
    clean = Store()
    ingest([GOOD], clean)
    store = Store()
    report = ingest([GOOD, base / "dl"], store, jobs=2)
    return report, names, store, graphs(clean)


def _failed(report: IngestReport, name: str) -> list[str]:
    return [r for p, r in report.failed if Path(p).name == name or p.endswith("/" + name)]


@pytest.mark.parametrize("case", READ)
def test_hostile_file_is_read(hostile, case: str) -> None:
    report, names, _, _ = hostile
    assert not _failed(report, names[case]), report.failed
    assert any(Path(p).name.startswith(names[case].split("\\")[0][:6]) for p in report.ingested)


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_hostile_file_fails_with_its_reason(hostile, case: str) -> None:
    report, names, _, _ = hostile
    reasons = _failed(report, names[case])
    assert len(reasons) == 1, (case, report.failed)
    assert re.search(REFUSED[case], reasons[0]), reasons[0]


def test_the_batch_went_on_and_other_graphs_are_unchanged(hostile) -> None:
    report, _, store, clean = hostile
    assert report.store_error is None and report.bugs == 0
    assert len(report.failed) == len(REFUSED)
    now = graphs(store)
    for graph, quads in clean.items():
        if "/id/document/" in graph:
            assert now[graph] == quads, graph


def test_names_that_are_not_utf8_or_hold_a_newline_are_stored_and_found_unchanged(
    hostile,
) -> None:
    report, _, store, _ = hostile
    paths = set(store.sources())
    assert any(p.endswith("bericht-\\xff\\xfe.txt") for p in paths)
    assert any(p.endswith("zeile\numbruch.txt") for p in paths)
    # the second run finds them by the same text: unchanged, not ingested again
    folder = Path(next(p for p in report.ingested if "umbruch" in p)).parent
    again = ingest([folder], store)
    assert not again.ingested
    assert {Path(p).name for p in again.unchanged} >= {
        "bericht-\\xff\\xfe.txt",
        "zeile\numbruch.txt",
    }


def test_a_link_to_a_device_named_directly_is_refused_before_reading(tmp_path: Path) -> None:
    (tmp_path / "null.txt").symlink_to("/dev/zero")
    (tmp_path / "zufall.txt").symlink_to("/dev/urandom")
    report = ingest([tmp_path / "null.txt", tmp_path / "zufall.txt"], Store())
    assert [r for _, r in report.failed] == [
        "is not a regular file but a character device; skipped"
    ] * 2


def test_follow_links_reads_what_a_link_leads_to(tmp_path: Path) -> None:
    outside = tmp_path / "anderswo"
    outside.mkdir()
    (outside / "a.txt").write_text(SENTENCES * 3, encoding="utf-8")
    (tmp_path / "dl").mkdir()
    (tmp_path / "dl" / "dort").symlink_to(outside)
    assert "outside the named paths" in ingest([tmp_path / "dl"], Store()).failed[0][1]
    report = ingest([tmp_path / "dl"], Store(), follow_links=True)
    assert report.ok and len(report.ingested) == 1


def test_a_directory_loop_inside_the_named_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "dl").mkdir()
    (tmp_path / "dl" / "a.txt").write_text(SENTENCES * 3, encoding="utf-8")
    (tmp_path / "dl" / "wieder").symlink_to(".")
    report = ingest([tmp_path / "dl"], Store())
    assert len(report.ingested) == 1
    assert [r for _, r in report.failed] == [
        "directory loop (a symbolic link points back to a parent); skipped"
    ]


def test_a_fifo_named_directly_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "rohr.txt")
    assert stat.S_ISFIFO((tmp_path / "rohr.txt").stat().st_mode)
    report = ingest([tmp_path / "rohr.txt"], Store(), budget=None)  # in this process
    assert "named pipe" in report.failed[0][1]
