"""Stage 1, load: a file on disk becomes a :class:`~intgraph.models.Document`.

Formats: plain text (UTF-8, or cp1252/latin-1 detected), Markdown, HTML (main content only,
:mod:`intgraph.load.html`) and PDF with a text layer (:mod:`intgraph.load.pdf`).

Input: a path. Output: a Document whose ``text`` is normalised (Unicode NFC, LF line ends,
soft hyphens and zero-width characters removed, non-breaking spaces made plain, Markdown
markup stripped). Side effects: reads the file. Every character offset stored later refers
to this normalised text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from intgraph.errors import InputError, UnsupportedFormat
from intgraph.models import Document

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "check_german",
    "decode",
    "load",
    "normalise_text",
    "read_file",
]

SUPPORTED_SUFFIXES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".pdf": "application/pdf",
}
MAX_BYTES = 50 * 1024 * 1024  # larger files are refused with a clear message (README: limits)
_GERMAN = set(
    "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden "
    "aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben "
    "nur oder aber vor zur bis mehr durch man sein wurde sei länder land bund".split()
)

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u3000"), " ")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^)\s]+)\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


def normalise_text(text: str) -> str:
    """Normalise decoded text so that offsets are stable.

    >>> normalise_text("Inte\\u00adgration\\r\\nin\\u00a0Sachsen")
    'Integration\\nin Sachsen'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_SPACES)
    return unicodedata.normalize("NFC", text)


def strip_markdown(text: str) -> str:
    """Remove the Markdown markup that press-release captures carry (headings, emphasis, links).

    >>> strip_markdown("## Titel\\n**Staatsministerin Köpping:** [mehr](http://x.de) \\\\*")
    'Titel\\nStaatsministerin Köpping: mehr *'
    """
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub("", text)
    return _MD_ESCAPE.sub(r"\1", text)


def decode(data: bytes, path: Path | str) -> str:
    """Decode bytes as UTF-8, falling back to the detected legacy encoding (cp1252, latin-1).

    Raises:
        InputError: the bytes are binary data rather than text.
    """
    if b"\x00" in data[:4096]:
        raise InputError(
            path, "looks like binary data (NUL bytes), not text; expected UTF-8 or cp1252 text"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "is not text in any known encoding (tried UTF-8, cp1252, latin-1)")
    text = str(best)
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise InputError(path, "looks like binary data (control characters), not text")
    return text


def read_file(path: Path) -> bytes:
    """The bytes of a file within the size limit.

    Raises:
        InputError: the file is missing, unreadable, a directory, or over ``MAX_BYTES``.
    """
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                path,
                f"is {size / 1e6:.0f} MB; the limit is {MAX_BYTES // 1024 // 1024} MiB per file",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "does not exist (was it moved or deleted during the run?)") from None
    except PermissionError:
        raise InputError(path, "cannot be read: permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None


def load(path: Path | str) -> Document:
    """Read one file into a Document.

    Raises:
        UnsupportedFormat: the suffix is not one of ``SUPPORTED_SUFFIXES``.
        InputError: the file is missing, unreadable, empty, too large or binary.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        allowed = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise UnsupportedFormat(
            p, f"file type {suffix or '(none)'!r} is not supported; allowed: {allowed}"
        )
    data = read_file(p)
    media_type = SUPPORTED_SUFFIXES[suffix]
    if data.startswith(b"%PDF-") and media_type != "application/pdf":
        media_type = "application/pdf"  # a PDF saved under another name
    if media_type == "application/pdf":
        from intgraph.load.pdf import pdf_text

        text = normalise_text(pdf_text(data, p))
    elif media_type == "text/html":
        from intgraph.load.html import html_text

        text = normalise_text(html_text(data, p))
    else:
        text = normalise_text(decode(data, p))
        if media_type == "text/markdown":
            text = strip_markdown(text)
    if not text.strip():
        raise InputError(p, "is empty (no text after decoding)")
    check_german(text, p)
    return Document(
        path=str(p.resolve()),
        file_name=p.name,
        text=text,
        content_hash=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
    )


def check_german(text: str, path: Path | str) -> None:
    """Refuse texts that are clearly not German (intgraph's rules read German only).

    Raises:
        InputError: a text of 40 words or more in which hardly any common German words occur.
    """
    words = re.findall(r"[a-zäöüß]+", text.lower())
    if len(words) < 40:
        return
    share = sum(1 for w in words if w in _GERMAN) / len(words)
    if share < 0.04:
        raise InputError(
            path,
            f"does not look German (only {share:.0%} common German words); intgraph reads German documents",
        )
