"""HTML pages: the main content only (trafilatura), without navigation, breadcrumbs, cookie
banners, scripts, asides and footers. The page title goes first, as the document's heading.

libxml2 builds trees at most 256 levels deep: runs of 64 or more identical tags opened (or
closed) in a row, which no real page has (100,000 nested ``div``s), are first collapsed into
one. Pages that libxml2's default limits cut short (an attribute or text node over 10 MB) are
parsed again without those limits; a page that still gives no main text falls back to its text
outside scripts, styles, navigation, headers, footers and asides, read by the standard
library's streaming parser (no tree, so no depth limit).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from intgraph.errors import InputError

_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)
_OPEN_RUN = re.compile(r"(<([a-zA-Z][\w-]*)\b[^<>]*>\s*)(?:<\2\b[^<>]*>\s*){63,}")
_CLOSE_RUN = re.compile(r"(</([a-zA-Z][\w-]*)\s*>\s*)(?:</\2\s*>\s*){63,}")
_LIBXML_TEXT_LIMIT = 10_000_000  # bytes of one text node or attribute without huge_tree


def flatten(html: str) -> str:
    """Runs of 64 or more identical opening (or closing) tags in a row collapsed into one.

    >>> flatten("<div>" * 100 + "Text" + "</div>" * 100)
    '<div>Text</div>'
    """
    return _CLOSE_RUN.sub(r"\1", _OPEN_RUN.sub(r"\1", html))


def html_text(data: bytes, path: Path | str) -> str:
    """The main text of an HTML page.

    Raises:
        InputError: the page holds no main text (only scripts, navigation or markup).
    """
    import trafilatura

    from intgraph.load import decode

    declared = _CHARSET.search(data[:4096])
    html = None
    if declared:
        try:
            html = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            html = None
    if html is None:
        html = decode(data, path)
    options = {
        "include_comments": False,
        "include_tables": True,
        "favor_recall": True,
        "deduplicate": False,
    }
    html = flatten(html)
    body = trafilatura.extract(html, **options)
    tree = None
    if (not body or not body.strip()) and len(html) > _LIBXML_TEXT_LIMIT:
        import lxml.html

        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
        try:
            tree = lxml.html.document_fromstring(html, parser=parser)
            body = trafilatura.extract(tree, **options)
        except (ValueError, lxml.etree.ParserError):
            body = None
    if not body or not body.strip():
        body = _plain_text(html)
    if not body or not body.strip():
        raise InputError(path, "has no main text (only scripts, navigation or markup)")
    title = _title(tree if tree is not None else html)
    if title and title not in body[: len(title) + 200]:
        body = f"{title}\n\n{body}"
    return body


def _title(html: object) -> str:
    """The page's title as trafilatura reads it (meta tags, JSON-LD, ``<title>``/``<h1>``),
    without its date search, which scans the whole page with regexes (12 s for a 20 MB
    attribute)."""
    try:
        from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
        from trafilatura.utils import load_html
    except ImportError:  # another trafilatura layout: the full metadata, dates included
        import trafilatura

        meta = trafilatura.extract_metadata(html)
        return (meta.title or "").strip() if meta else ""
    tree = load_html(html)
    if tree is None:
        return ""
    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # trafilatura guards its JSON-LD reader the same way
        pass
    return " ".join((meta.title or extract_title(tree) or "").split())


_SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "head"}
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section"}


class _Text(HTMLParser):
    """Text outside the elements in ``_SKIP``; a line break at the end of block elements.
    Linear in the page's size whatever its depth: no tree is built."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _SKIP:
            self.skipping.append(tag)
        elif tag in _BLOCK and not self.skipping:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif tag in _BLOCK and not self.skipping:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _plain_text(html: str) -> str:
    """The page's text without scripts, styles and navigation, paragraphs on their own lines.

    >>> _plain_text("<body><nav>Menü</nav><div><div><p>Erster Satz.</p>Zweiter.</div></div></body>")
    'Erster Satz.\\nZweiter.'
    """
    reader = _Text()
    reader.feed(html)
    reader.close()
    lines = (re.sub(r"[ \t]+", " ", ln).strip() for ln in "".join(reader.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
