"""The one data type every parser returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES

# Formats laid out on pages: a PDF and scanned page images.
PAGED_FORMATS = frozenset({"pdf", "png", "jpeg", "tiff"})


@dataclass
class RawDocument:
    """Text as a parser read it, before normalisation.

    ``page_breaks`` holds the offsets in ``text`` where pages 2, 3, ... start
    (empty for formats without pages). ``meta`` carries facts the format itself
    states: ``title``, ``published`` (ISO date of a web page), ``encoding``.
    A text file has pages when it carries form feeds (pdftotext writes one
    between pages).
    """

    text: str
    format: str
    page_breaks: list[int] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int | None:
        """How many pages the source had, or None for a format without pages."""
        if self.format in PAGED_FORMATS or self.page_breaks:
            return len(self.page_breaks) + 1
        return None


@dataclass(frozen=True)
class ReadOptions:
    """What reading a file may need besides its bytes.

    ``password`` opens an encrypted PDF; ``max_pages`` and ``max_bytes`` are the limits checked
    before the pages are laid out and before the file is read (None: no limit).
    """

    password: str | None = None
    max_pages: int | None = DEFAULT_MAX_PAGES
    max_bytes: int | None = DEFAULT_MAX_BYTES
