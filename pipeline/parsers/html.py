"""HTML press releases: the article (title, publication date, body) without the portal.

trafilatura finds the main content and drops navigation, menus, language and
login links, "tin liên quan" boxes, footers, scripts and styles; htmldate
(through it) finds the publication date in meta tags or the page text.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import MissingDependencyError, ParseError
from .base import RawDocument
from .html_depth import MAX_DEPTH, flatten_deep

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode a web page: BOM, then the declared charset, then UTF-8, then 8-bit Vietnamese."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        try:
            codecs.lookup(name)
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common on old portals: sniff instead
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from .legacy_bytes import decode_legacy_bytes

    decoded = decode_legacy_bytes(data)
    return decoded if decoded else (data.decode("cp1252", errors="replace"), "cp1252")


def parse(data: bytes, path: Path) -> RawDocument:
    """Read the main article of a web page; ``meta`` gets ``title`` and ``published``."""
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingDependencyError("reading web pages needs trafilatura: pip install trafilatura", path=path) from exc
    html, encoding = decode_html(data)
    flat, dropped = flatten_deep(html)
    warnings = []
    if dropped:  # libxml2 would drop what lies deeper, text and all
        html = flat
        warnings.append(f"HTML nested deeper than {MAX_DEPTH} levels: {dropped:,} tags below that were "
                        "taken out, their text kept")
    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_precision=True,
            date_extraction_params={"original_date": True, "extensive_search": True},
        )
    except (ValueError, TypeError) as exc:
        raise ParseError(f"the web page could not be parsed ({exc})", path=path) from exc
    if result is None or not (result.text or "").strip():
        raise ParseError(
            "no article text found in this web page; save the article itself, not a list or search page",
            path=path,
        )
    text = result.text.strip()
    title = (result.title or "").strip()
    meta = {"encoding": encoding}
    if title:
        meta["title"] = title
        if text.split("\n", 1)[0].strip() != title:
            text = f"{title}\n{text}"  # the heading sat outside the article element
    if result.date:
        meta["published"] = result.date
    return RawDocument(text=text, format="html", meta=meta, warnings=warnings)
