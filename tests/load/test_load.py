from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intgraph.errors import InputError, UnsupportedFormat
from intgraph.load import load, normalise_text, strip_markdown


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffIntegra\u00adtion\r\nin\u00a0Sachsen\u200b".encode())
    doc = load(p)
    assert doc.text == "Integration\nin Sachsen"
    assert len(doc.content_hash) == 64 and doc.file_name == "a.txt"


def test_cp1252_is_detected(tmp_path: Path) -> None:
    p = tmp_path / "legacy.txt"
    p.write_bytes(
        "Staatsministerin Petra Köpping begrüßt die Beschlüsse der Länder.".encode("cp1252")
    )
    assert "Köpping begrüßt" in load(p).text


def test_markdown_markup_is_stripped(tmp_path: Path) -> None:
    p = tmp_path / "page.md"
    p.write_text(
        "## Titel\n\n**Ministerin Köpping:** [mehr](http://example.org) \\*\n", encoding="utf-8"
    )
    assert load(p).text == "Titel\n\nMinisterin Köpping: mehr *\n"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n ", "is empty"),
        ("junk.txt", bytes(range(256)) * 4, "binary data"),
    ],
)
def test_bad_input_is_refused_with_a_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        load(p)


def test_unsupported_type_names_the_allowed_ones(tmp_path: Path) -> None:
    p = tmp_path / "x.docx"
    p.write_bytes(b"PK")
    with pytest.raises(
        UnsupportedFormat, match=r"allowed: \.htm, \.html, \.markdown, \.md, \.pdf, \.text, \.txt"
    ):
        load(p)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        load(tmp_path / "gone.txt")


@given(st.text())
def test_normalise_is_idempotent(s: str) -> None:
    once = normalise_text(s)
    assert normalise_text(once) == once
    assert "\r" not in once and "\u00ad" not in once


@given(st.text(alphabet=st.characters(blacklist_characters="*_#[]()\\`!|{}+-.")))
def test_strip_markdown_leaves_plain_text_alone(s: str) -> None:
    assert strip_markdown(s) == s
