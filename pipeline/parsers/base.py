"""The one data type every parser returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawDocument:
    """Text as a parser read it, before normalisation.

    ``page_breaks`` holds the offsets in ``text`` where pages 2, 3, ... start
    (empty for formats without pages). ``meta`` carries facts the format itself
    states: ``title``, ``published`` (ISO date of a web page), ``encoding``.
    """

    text: str
    format: str
    page_breaks: list[int] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int | None:
        return len(self.page_breaks) + 1 if self.format in {"pdf"} else None
