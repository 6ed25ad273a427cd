"""HTML pages: the main content only (trafilatura), without navigation, breadcrumbs, cookie
banners, scripts, asides and footers. The page title goes first, as the document's heading."""

from __future__ import annotations

import re
from pathlib import Path

from intgraph.errors import InputError

_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


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
    body = trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_recall=True, deduplicate=False
    )
    if not body or not body.strip():
        raise InputError(path, "has no main text (only scripts, navigation or markup)")
    meta = trafilatura.extract_metadata(html)
    title = (meta.title or "").strip() if meta else ""
    if title and title not in body[: len(title) + 200]:
        body = f"{title}\n\n{body}"
    return body
