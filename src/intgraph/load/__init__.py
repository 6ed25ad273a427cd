"""Stage 1, load: a file on disk becomes a :class:`~intgraph.models.Document`.

Formats: plain text (UTF-8, or cp1252/latin-1 detected), Markdown, HTML (main content only,
:mod:`intgraph.load.html`) and PDF with a text layer (:mod:`intgraph.load.pdf`).

Input: a path. Output: a Document whose ``text`` is normalised (Unicode NFC, LF line ends,
soft hyphens and zero-width characters removed, non-breaking spaces made plain, line-end
hyphenation joined (:mod:`intgraph.load.hyphens`), Markdown markup stripped). Side effects:
reads the file. Every character offset stored later refers to this normalised text.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from intgraph.errors import InputError, UnsupportedFormat
from intgraph.load.hyphens import join_hyphens
from intgraph.models import Document

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "check_german",
    "decode",
    "load",
    "normalise_text",
    "path_text",
    "read_file",
    "xml_safe",
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
# common English words that are not also German words ("an", "in", "will", "was", "die" are)
_ENGLISH = set(
    "the and of to is that it for on are with as be this by have not from at or they which you "
    "we has their would been there were our its these can hello world our should".split()
)

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u3000"), " ")
# characters XML 1.0 does not allow (GraphML, GEXF, RDF/XML): C0 controls other than tab and
# line feed, and the non-characters U+FFFE/U+FFFF; form feed and vertical tab end a line
_NOT_XML = {
    **dict.fromkeys([*range(0x09), 0x0E, *range(0x0F, 0x20), 0xFFFE, 0xFFFF], None),
    0x0B: "\n",
    0x0C: "\n",
}
_TABLES = [
    (t, re.compile("[" + "".join(re.escape(chr(c)) for c in t) + "]"))
    for t in (_INVISIBLE, _SPACES, _NOT_XML)
]
_ANY_TABLE = re.compile(
    "[" + "".join(re.escape(chr(c)) for t in (_INVISIBLE, _SPACES, _NOT_XML) for c in t) + "]"
)
_BOMS = [  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^)\s]+)\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


def normalise_text(text: str) -> str:
    """Normalise decoded text so that offsets are stable.

    >>> normalise_text("Inte\\u00adgration\\r\\nin\\u00a0Sachsen\\x00, Sprach-\\r\\nkurse")
    'Integration\\nin Sachsen, Sprachkurse'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # str.translate goes character by character (about 0.1 s and 50 MB per MiB of German
    # text): only where one of the table's characters occurs (one search for all tables first)
    if _ANY_TABLE.search(text):
        for table, present in _TABLES:
            if present.search(text):
                text = text.translate(table)
    return join_hyphens(unicodedata.normalize("NFC", text))


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 does not allow (GraphML and GEXF are XML).

    >>> xml_safe("a\\x00b\\x0cc")
    'ab\\nc'
    """
    return text.translate(_NOT_XML)


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
    """Decode bytes as UTF-8 (or UTF-16/UTF-32 with a byte-order mark), falling back to the
    detected legacy encoding (cp1252, latin-1).

    >>> decode("Straße".encode("utf-16"), "x.txt"), decode("Straße".encode("utf-32"), "x.txt")
    ('Straße', 'Straße')

    Raises:
        InputError: the bytes are binary data rather than text.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                name = codec.removesuffix("-sig").upper()
                raise InputError(
                    path,
                    f"starts with a {name} byte-order mark but is not valid {name} "
                    f"(at byte {exc.start}); save it again as UTF-8",
                ) from None
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


_KINDS = [
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
]


def path_text(path: Path | str) -> str:
    """A path as text that can be stored and printed: bytes of a file name that are not UTF-8
    become ``\\xNN`` escapes (Linux file names are bytes; RDF literals are Unicode).

    >>> path_text(os.fsdecode(b"/tmp/Bericht-\\xe4.txt"))
    '/tmp/Bericht-\\\\xe4.txt'
    """
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", errors="backslashreplace")
    return text


def read_file(path: Path) -> bytes:
    """The bytes of a regular file within the size limit (checked before reading).

    Raises:
        InputError: the file is missing, unreadable, a directory, a device, a FIFO, a socket,
            a symbolic-link loop, or over ``MAX_BYTES``.
    """
    limit = f"the limit is {MAX_BYTES // 1024 // 1024} MiB per file"
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(path, "is a directory, not a file")
        for test, kind in _KINDS:
            if test(st.st_mode):
                raise InputError(path, f"is not a regular file but {kind}; skipped")
        if st.st_size > MAX_BYTES:
            raise InputError(path, f"is {st.st_size / 1e6:.0f} MB; {limit}")
        # O_NONBLOCK: should the file have become a FIFO since, opening it does not wait
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise InputError(path, "is not a regular file (it changed while being read)")
            # plain reads of the size stat gave (a buffered file object and its buffer of the
            # limit's size cost three times as much for a small file); on until the end
            chunks, size = [], 0
            while size <= MAX_BYTES:
                chunk = os.read(fd, max(st.st_size + 1 - size, 1 << 16))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        finally:
            os.close(fd)
        data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        if len(data) > MAX_BYTES:
            raise InputError(path, f"grew beyond {MAX_BYTES / 1e6:.0f} MB while read; {limit}")
        return data
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(
                path, f"is a broken symbolic link (to {str(path.readlink())!r}); skipped"
            ) from None
        raise InputError(path, "does not exist (was it moved or deleted during the run?)") from None
    except PermissionError:
        raise InputError(path, "cannot be read: permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(
                path,
                "is a symbolic link loop (it points to itself or round in a circle); skipped",
            ) from None
        name = errno.errorcode.get(exc.errno or 0, "error")
        raise InputError(path, f"cannot be read: {exc.strerror} ({name})") from None


def load(path: Path | str, *, resolved: str | None = None) -> Document:
    """Read one file into a Document. ``resolved``: its path with links resolved, as
    :func:`path_text` gives it, where the caller knows it already (ingest's discovery);
    otherwise it is resolved here.

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
    content_hash = hashlib.sha256(data).hexdigest()
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
        decoded = decode(data, p)
        del data  # (the bytes are not needed while the text is normalised and checked)
        text = normalise_text(decoded)
        del decoded
        if media_type == "text/markdown":
            text = strip_markdown(text)
    if not text.strip():
        raise InputError(p, "is empty (no text after decoding)")
    check_german(text, p)
    return Document(
        path=resolved if resolved is not None else path_text(p.resolve()),
        file_name=path_text(p.name),
        text=text,
        content_hash=content_hash,
        media_type=media_type,
    )


_LETTERS = re.compile(r"[a-zäöüß]+")
_SPACE = re.compile(r"\s")


# the characters that lowercase into a letter of _LETTERS (tested for every code point): any
# other character ends a word, so a text cut after one gives the same words
_NOT_WORD = re.compile("[^A-Za-z\u00c4\u00d6\u00dc\u00e4\u00f6\u00fc\u00df\u0130\u1e9e\u212a]")
_LONG_RUN = 1 << 20  # letters: no word is that long


def _word_runs(text: str, size: int = 1 << 20) -> Iterator[list[str]]:
    """The words of ``_LETTERS`` in ``text`` lowercased, a list for each part of about
    ``size`` characters, cut after white space (no word and no lowercasing context crosses
    it): all of a 50 MiB text's words at once took 400 MB, and ``str.lower`` of a text that
    is not ASCII takes 12 bytes a character while it works. Where no white space follows
    within ``size`` characters, the part ends after a character that is in no word; a run of
    more than ``_LONG_RUN`` letters (a 50 MiB "word") counts as one word, not lowercased.

    >>> list(_word_runs("Ab cd EF", 3)), list(_word_runs("ab-cd-ef-gh", 2))
    ([['ab', 'cd'], ['ef']], [['ab'], ['cd'], ['ef'], ['gh']])
    """
    pos, n = 0, len(text)
    while pos < n:
        cut = _SPACE.search(text, min(n, pos + size), min(n, pos + 2 * size))
        if cut is None and pos + 2 * size < n:
            sep = _NOT_WORD.search(text, pos + size)
            run_end = n if sep is None else sep.start()
            if run_end - (pos + size) >= _LONG_RUN:
                run = pos  # where the long run of letters starts
                for m in _NOT_WORD.finditer(text, pos, pos + size):
                    run = m.end()
                yield [*_LETTERS.findall(text[pos:run].lower()), text[run : run + 40]]
                pos = run_end
                continue
            end = n if sep is None else sep.end()
        else:
            end = cut.end() if cut else n
        yield _LETTERS.findall(text[pos:end].lower())
        pos = end


def check_german(text: str, path: Path | str) -> None:
    """Refuse texts that are clearly not German (intgraph's rules read German only).

    Short texts count too: more common English than German words (at least two) is English.

    >>> check_german("Hello world, this is a short note.", "note.txt")
    Traceback (most recent call last):
    ...
    intgraph.errors.InputError: note.txt: does not look German (it looks English: 4 common English words, 0 German ones); intgraph reads German documents

    Raises:
        InputError: a text of 40 words or more in which hardly any common German words occur,
            or a text with more common English than German words.
    """
    german = english = count = 0
    for words in _word_runs(text):
        count += len(words)
        german += sum(1 for w in words if w in _GERMAN)
        english += sum(1 for w in words if w in _ENGLISH)
    if english >= 2 and english > german:
        raise InputError(
            path,
            f"does not look German (it looks English: {english} common English words, {german} "
            "German ones); intgraph reads German documents",
        )
    if count < 40:
        return
    share = german / count
    if share < 0.04:
        raise InputError(
            path,
            f"does not look German (only {share:.0%} common German words); intgraph reads German documents",
        )
