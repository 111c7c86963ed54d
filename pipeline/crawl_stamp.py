"""The date stamp a crawler writes before a stored page's text (" date 2024-03 Theo đó, ...").

It is the page's publication month, not a word of the document: blanked out (offsets kept,
so page breaks still hold) and kept as ``meta["crawled"]``, whose year completes dates the
text writes without one ("trước ngày 15/11 tới").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .parsers.base import RawDocument

# only at the very start of the text: a stamp is what the crawler wrote first
_STAMP = re.compile(r"\A\s*date\s+(?P<date>(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)[ \t]+")


def read_crawl_stamp(raw: RawDocument) -> RawDocument:
    """The document without its crawl stamp, the stamp's date in ``meta["crawled"]``."""
    stamp = _STAMP.match(raw.text)
    if stamp is None:
        return raw
    blanked = " " * stamp.end() + raw.text[stamp.end() :]
    return replace(raw, text=blanked, meta={**raw.meta, "crawled": stamp["date"]})


def stamp_year(raw: RawDocument) -> int | None:
    """The year of the crawl stamp, if the document had one."""
    crawled = raw.meta.get("crawled")
    return int(crawled[:4]) if crawled else None
