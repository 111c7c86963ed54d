"""Page furniture: page numbers and running headers and footers, dropped before reading.

Vietnamese offices put the page number at the top centre of pages 2.. ("2",
"- 2 -", "Trang 2/5"); some add a running footer ("Thông báo 12/TB-UBND ...").
Both live in the top or bottom margin band; a running line repeats on several
pages once its digits are ignored.
"""

from __future__ import annotations

import re

from .layout import Line, Page

# Running headers and footers live in the top and bottom tenth of the page.
_MARGIN_BAND = 0.1
# "2", "- 2 -", "(2)", "Trang 2", "Page 2/5", "2/5"
_PAGE_NUMBER = re.compile(r"^[-–—(\s]*(?:trang|page)?\s*\d{1,4}(?:\s*/\s*\d{1,4})?[-–—)\s]*$", re.I)


def _in_margin(line: Line, page: Page) -> bool:
    return line.bottom < _MARGIN_BAND * page.height or line.top > (1 - _MARGIN_BAND) * page.height


def _key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.strip().lower())


def drop_running_lines(pages: list[Page]) -> None:
    """Remove page numbers and lines repeated in the top or bottom margin of several pages."""
    seen: dict[str, int] = {}
    for page in pages:
        for key in {_key(line) for line in page.lines if _in_margin(line, page)}:
            seen[key] = seen.get(key, 0) + 1
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if not (_in_margin(line, page) and (_PAGE_NUMBER.match(line.text) or seen[_key(line)] >= 2))
        ]
