"""Positioned pages -> text: one paragraph per line, and the offset where each page starts.

Lines are rejoined into paragraphs (a full line continues unless the next one is
indented or opens an item), across page breaks too. The header block of the
first page and the closing block of the last are read column by column; a
closing block that starts at the foot of one page and runs on to the next is
one block. Every piece of text remembers its page, so the page breaks are exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalize import ITEM_START
from .layout import Line, Page, closing_zone, column_zone, on_right, one_sided, text_box, zone_lines

# "QĐ-" at a line end and "TTg" on the next: a line broken after the hyphen inside a
# token (document numbers, "2021-2030"); a dash between spaces is not glued.
_HYPHEN_BREAK = re.compile(r"\S-$")


def _continues(a: Line, b: Line, box: tuple[float, float], same_page: bool) -> bool:
    """Does line ``b`` continue the paragraph that line ``a`` ends so far?"""
    # Sizes compare loosely: OCR word boxes grow and shrink with tone marks.
    if abs(a.size - b.size) > 0.25 * max(a.size, b.size):
        return False
    if same_page and _blank_between(a, b):
        return False
    left, right = box
    width = right - left
    ends_sentence = bool(re.search(r"[.;:!?]$", a.text))
    if ITEM_START.match(b.text):
        # "kinh tế" / "- xã hội": a dash that wrapped to the margin after an unfinished
        # full line continues it; a real item follows a finished one or is indented.
        return not ends_sentence and a.x1 >= right - 0.1 * width and b.x0 <= left + 0.6 * b.size
    if _centred(b, box):
        # A title wrapped over centred lines: the line before is long (centred or full
        # width), does not end a sentence, and capitals stay capitals.
        return (
            a.x1 - a.x0 >= 0.6 * width
            and (_centred(a, box) or a.x1 >= right - 0.1 * width)
            and not ends_sentence
            and _capitals(a.text) == _capitals(b.text)
        )
    if a.x1 < right - 0.1 * width:  # a short line ends its paragraph
        return False
    return b.x0 <= left + 0.6 * b.size  # an indented line opens a new one


def _centred(line: Line, box: tuple[float, float]) -> bool:
    """Clear of both margins by about the same amount (a justified line touches them)."""
    left, right = box
    before, after = line.x0 - left, right - line.x1
    return min(before, after) > 3 and abs(before - after) < 0.03 * (right - left)


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _blank_between(a: Line, b: Line) -> bool:
    """A vertical gap of more than a line's height: the source had an empty paragraph."""
    return b.top - a.bottom > 1.3 * (a.bottom - a.top)


def _glue(paragraph: str, line: str) -> str:
    if _HYPHEN_BREAK.search(paragraph) and line[:1].isalnum():
        return paragraph + line
    return f"{paragraph} {line}"


@dataclass
class _Block:
    """A line of running text, or lines read as they are (a column block, a table)."""

    top: float
    line: Line | None = None
    fixed: list[tuple[str, int]] | None = None  # (text, page index) of each line


def _fixed(lines: list[Line], split: float, page_of: dict[int, int]) -> _Block:
    return _Block(lines[0].top, fixed=[(text, page_of[id(line)]) for text, line in zone_lines(lines, split)])


def _closing(pages: list[Page], lines: list[list[Line]], filled: list[int]) -> tuple[float, dict[int, int]] | None:
    """The closing block: its gutter and how many bottom lines it takes on each page.

    It runs on from the previous page when the last page is all closing block:
    either both columns continue there (the block then reaches up the previous
    page as far as lines keep to one side of its gutter), or only lines on one
    side of the previous page's closing gutter do (the signer's name alone).
    """
    last = filled[-1]
    found = closing_zone(lines[last], pages[last].width) if lines[last] else None
    if len(filled) < 2 or (found and found[0] < len(lines[last])):
        return (found[1], {last: found[0]}) if found else None
    previous = filled[-2]
    if found:
        split = found[1]
        above = 0
        for line in reversed(lines[previous]):
            if not one_sided(line, split):
                break
            above += 1
        zone = lines[previous][len(lines[previous]) - above :]
        while zone and not any(on_right(s, split) for s in zone[0].segments):
            zone = zone[1:]  # the short last line of the closing paragraph
        return split, {previous: len(zone), last: found[0]} if zone else {last: found[0]}
    before = closing_zone(lines[previous], pages[previous].width)
    if before and all(one_sided(line, before[1]) for line in lines[last]):
        return before[1], {previous: before[0], last: len(lines[last])}
    return None


def _page_blocks(pages: list[Page]) -> list[list[_Block]]:
    """Each page as blocks in reading order: header block, lines and tables, closing block."""
    lines = [list(page.lines) for page in pages]
    page_of = {id(line): index for index, page in enumerate(pages) for line in page.lines}
    filled = [i for i, page in enumerate(pages) if page.lines]
    before: dict[int, _Block] = {}
    after: dict[int, _Block] = {}
    if filled:
        first = filled[0]
        if found := column_zone(lines[first], pages[first].width):
            count, split = found
            before[first] = _fixed(lines[first][:count], split, page_of)
            lines[first] = lines[first][count:]
        if closing := _closing(pages, lines, filled):
            split, counts = closing
            zone = []
            for index, count in sorted(counts.items()):
                zone += lines[index][len(lines[index]) - count :]
                lines[index] = lines[index][: len(lines[index]) - count]
            after[min(counts)] = _fixed(zone, split, page_of)
    result = []
    for index, page in enumerate(pages):
        blocks = [_Block(line.top, line=line) for line in lines[index]]
        blocks += [_Block(top, fixed=[(text, index) for text in flat]) for top, flat in page.tables]
        blocks.sort(key=lambda block: block.top)
        head = [before[index]] if index in before else []
        tail = [after[index]] if index in after else []
        result.append(head + blocks + tail)
    return result


class _Text:
    """The text being written, paragraph by paragraph, with the first offset of each page."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.paragraph: str | None = None
        self.starts: dict[int, int] = {}

    def _note(self, page: int, offset: int) -> None:
        self.starts[page] = min(offset, self.starts.get(page, offset))

    def flush(self) -> None:
        if self.paragraph is not None:
            self.parts.append(self.paragraph + "\n")
            self.length += len(self.paragraph) + 1
            self.paragraph = None

    def line(self, text: str, page: int) -> None:
        """A line taken as it is."""
        self.flush()
        self._note(page, self.length)
        self.parts.append(text + "\n")
        self.length += len(text) + 1

    def open(self, text: str, page: int) -> None:
        """A line that starts a paragraph."""
        self.flush()
        self._note(page, self.length)
        self.paragraph = text

    def glue(self, text: str, page: int) -> None:
        """A line that continues the open paragraph."""
        glued = _glue(self.paragraph or "", text)
        self._note(page, self.length + len(glued) - len(text))
        self.paragraph = glued

    def result(self, pages: int) -> tuple[str, list[int]]:
        self.flush()
        text = "".join(self.parts)
        breaks = [min((self.starts[p] for p in self.starts if p >= k), default=len(text)) for k in range(1, pages)]
        return text, breaks


def render(pages: list[Page]) -> tuple[str, list[int]]:
    """Text of all pages, one paragraph per line, and the offsets where pages 2.. start."""
    laid_out = _page_blocks(pages)
    flow = [block.line for blocks in laid_out for block in blocks if block.line is not None]
    # One text box for the document: a page of short lines must not count as "full".
    box = text_box(flow) if flow else (0.0, 0.0)
    out = _Text()
    previous: tuple[Line, int] | None = None
    for index, blocks in enumerate(laid_out):
        for block in blocks:
            if block.fixed is not None:
                for text, page in block.fixed:
                    out.line(text, page)
                previous = None
                continue
            line = block.line
            if previous and previous[1] == index and _blank_between(previous[0], line):
                out.line("", index)  # an empty paragraph in the source: kept, as the DOCX reader keeps it
                previous = None
            if out.paragraph is not None and previous and _continues(previous[0], line, box, previous[1] == index):
                out.glue(line.text, index)
            else:
                out.open(line.text, index)
            previous = (line, index)
    return out.result(len(pages))
