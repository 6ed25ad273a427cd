"""PDF text layers (pypdfium2, Google's PDFium): pages in reading order, running headers, footers and page numbers dropped.

Measured against pypdf and pdfminer.six on generated multi-page releases (see
benchmarks/README.md): PDFium was 3.6× faster than pypdf and 16× faster than pdfminer.six, kept
word spacing in justified text, and marks the line breaks it hyphenated itself (U+FFFE).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from intgraph.errors import InputError

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–]\s*)?(?:Seite\s+)?\d{1,4}(?:\s*(?:von|/|of)\s*\d{1,4})?(?:\s*[-–])?\s*$", re.I
)


def pdf_text(data: bytes, path: Path | str) -> str:
    """The text of a PDF's pages, cleaned of layout artefacts.

    Raises:
        InputError: the PDF is encrypted, damaged, truncated, or has no text layer.
    """
    import pypdfium2 as pdfium

    if not data.startswith(b"%PDF-"):
        raise InputError(path, "is not a PDF (it does not start with %PDF-)")
    if b"%%EOF" not in data.rstrip(b"\x00 \t\r\n\f")[-2048:]:  # padding after %%EOF is fine
        raise InputError(path, "is a truncated PDF (no %%EOF marker at the end); download it again")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(
                path,
                "is an encrypted PDF (password protected); decrypt it first, e.g. with qpdf --decrypt",
            ) from None
        raise InputError(path, f"is a damaged PDF that cannot be opened ({exc})") from None
    try:
        pages = []
        for i in range(len(doc)):
            try:
                page = doc[i]
                textpage = page.get_textpage()
            except pdfium.PdfiumError as exc:
                raise InputError(
                    path,
                    f"is a damaged PDF: page {i + 1} of {len(doc)} cannot be loaded ({exc}; "
                    "is its page tree broken or looping?)",
                ) from None
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        doc.close()
    if not any(p.strip() for p in pages):
        raise InputError(
            path, "is a PDF without a text layer (a scan?); run OCR on it first, e.g. with ocrmypdf"
        )
    return clean_pages(pages)


def clean_pages(pages: list[str]) -> str:
    """Join page texts, dropping repeated headers/footers and page numbers (line-end hyphenation
    is repaired for every format by :func:`intgraph.load.normalise_text`).

    >>> clean_pages(["Kopf\\nDer Integrations-\\nkurs\\nSeite 1", "Kopf\\nEnde\\nSeite 2"])
    'Der Integrations-\\nkurs\\n\\nEnde'
    """
    split = [
        [ln.rstrip() for ln in p.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        for p in pages
    ]
    edges: Counter[str] = Counter()
    for lines in split:
        body = [ln for ln in lines if ln.strip()]
        for ln in {*body[:2], *body[-2:]}:
            edges[_shape(ln)] += 1
    repeated = {k for k, n in edges.items() if n >= 2 and len(split) >= 2 and n >= len(split) / 2}
    out_pages = []
    for lines in split:
        body = [ln for ln in lines if ln.strip()]
        keep = []
        for idx, ln in enumerate(body):
            at_edge = idx < 2 or idx >= len(body) - 2
            if at_edge and (_shape(ln) in repeated or _PAGE_NUMBER.match(ln)):
                continue
            keep.append(ln)
        out_pages.append("\n".join(keep))
    text = "\n\n".join(p for p in out_pages if p.strip())
    text = text.replace("\ufffe", "").replace("\x02", "")  # PDFium's marks of its own hyphenation
    return text


def _shape(line: str) -> str:
    """A line with a leading or trailing page number made anonymous (``Seite 2`` ~ ``Seite 3``)."""
    return re.sub(r"^\d+\b|\b\d+$", "#", line.strip().lower())
