"""Positioned words -> lines and two-column blocks (PDF text layers and OCR alike).

A page arrives as words with boxes. Words sharing a baseline form a line, split
into segments wherever a gap is far wider than a word space (columns, tab stops).
A document's header (issuer and "Số: ..." left, national motto and date right)
and its closing ("Nơi nhận" left, signature right) are two-column blocks: found
here and read column by column, never interleaved.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from itertools import groupby

from .. import legacy
from .docx import Numbering


@dataclass
class Word:
    """One word on a page, in PDF points from the top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    encoding: str | None = None  # legacy encoding implied by the word's font


@dataclass
class Line:
    """Words sharing a baseline, split into segments wherever a wide gap separates them."""

    words: list[Word]
    segments: list[list[Word]] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(words_text(s) for s in self.segments)


@dataclass
class Page:
    """A page as lines, plus its ruled tables already flattened: (top, lines)."""

    width: float
    height: float
    lines: list[Line]
    tables: list[tuple[float, list[str]]]


# A gap wider than this many font sizes always separates two segments (columns, tab
# stops); justified text never stretches a space that far.
_SEGMENT_GAP = 2.0
# Two lines of a column block further apart than this many line heights are unrelated.
_MAX_ZONE_GAP = 8


def words_text(words: list[Word]) -> str:
    """Text of adjacent words; runs in a legacy font are converted to Unicode."""
    parts: list[str] = []
    previous: Word | None = None
    for encoding, group in groupby(words, key=lambda w: w.encoding):
        run = list(group)
        text = _join(run)
        if encoding:
            text = legacy.convert_where_legacy(text, encoding)
        if previous is not None and run[0].x0 - previous.x1 > 0.12 * run[0].size:
            parts.append(" ")
        parts.append(text)
        previous = run[-1]
    return "".join(parts)


def _symbols(text: str) -> str:
    # Symbol and Wingdings glyphs come out in the private use area (U+F0B7 is a bullet).
    if not any(0xF000 <= ord(c) <= 0xF0FF for c in text):
        return text
    return "".join(Numbering.symbol(c) if 0xF000 <= ord(c) <= 0xF0FF else c for c in text)


def _join(words: list[Word]) -> str:
    # Words split at a font change ("n" "−" "íc") touch; real spaces leave a gap.
    out = words[0].text
    for before, word in zip(words, words[1:], strict=False):
        out += (" " if word.x0 - before.x1 > 0.12 * word.size else "") + word.text
    return _symbols(out)


def ocr_words(found: list[tuple[str, float, float, float, float]]) -> list[Word]:
    """Words from OCR boxes. One size for the page: a box's height says more about its
    tone marks and ascenders than about the font, so it would split paragraphs."""
    if not found:
        return []
    size = statistics.median(bottom - top for _, _, _, top, bottom in found)
    return [Word(text, x0, x1, top, bottom, size) for text, x0, x1, top, bottom in found]


def group_lines(words: list[Word]) -> list[Line]:
    """Group words into lines by vertical position, then split each at wide gaps."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        if lines and lines[-1].top <= middle <= lines[-1].bottom:
            lines[-1].words.append(word)
        else:
            lines.append(Line([word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        gaps = [b.x0 - a.x1 for a, b in zip(line.words, line.words[1:], strict=False)]
        # Header columns can sit only a word space or two apart: a gap is a column
        # break when it is far wider than the line's ordinary spaces.
        usual = statistics.median(gaps) if len(gaps) >= 3 else 0.3 * line.size
        wide = min(_SEGMENT_GAP * line.size, max(0.8 * line.size, 3 * usual))
        segments = [[line.words[0]]]
        for word, gap in zip(line.words[1:], gaps, strict=True):
            if gap > wide:
                segments.append([word])
            else:
                segments[-1].append(word)
        line.segments = segments
    return lines


def text_box(lines: list[Line]) -> tuple[float, float]:
    """Left and right edges of the text: where the margins are."""
    return min(line.x0 for line in lines), max(line.x1 for line in lines)


def _segment_span(segment: list[Word]) -> tuple[float, float]:
    return segment[0].x0, max(w.x1 for w in segment)


def column_zone(lines: list[Line], width: float, from_bottom: bool = False) -> tuple[int, float] | None:
    """Find the two-column block at the top (header) or bottom (closing) of a page.

    Returns how many lines it spans and the x of the gutter between the columns,
    or None. The block ends at a line crossing every gap in the middle of the
    page, or at a single line centred on the text (the document title).
    """
    if len(lines) < 2:
        return None
    left_edge, right_edge = text_box(lines)
    centre = (left_edge + right_edge) / 2
    low, high = int(width * 0.2), int(width * 0.8)
    free = [True] * (high - low)
    order = list(reversed(lines)) if from_bottom else lines
    pitch = statistics.median(line.bottom - line.top for line in lines)
    taken = 0
    for line in order:
        if taken:
            start, end = _segment_span(line.segments[0])
            if len(line.segments) == 1 and abs((start + end) / 2 - centre) < 0.04 * width:
                break
            previous = order[taken - 1]
            gap = previous.top - line.bottom if from_bottom else line.top - previous.bottom
            if gap > _MAX_ZONE_GAP * pitch:
                break
        trial = free[:]
        for segment in line.segments:
            start, end = _segment_span(segment)
            for x in range(int(start) - 2, int(end) + 3):
                if low <= x < high:
                    trial[x - low] = False
        if _widest_run(trial) is None:
            break
        free = trial
        taken += 1
    gutter = _widest_run(free)
    if taken < 2 or gutter is None:
        return None
    split = low + gutter
    zone = order[:taken]
    sides = {on_right(s, split) for line in zone for s in line.segments}
    return (taken, split) if sides == {False, True} else None


def _widest_run(free: list[bool], minimum: int = 8) -> float | None:
    best, best_len, start = None, 0, None
    for x, ok in enumerate([*free, False]):
        if ok and start is None:
            start = x
        elif not ok and start is not None:
            if x - start > best_len:
                best, best_len = (start + x) / 2, x - start
            start = None
    return best if best_len >= minimum else None


def on_right(segment: list[Word], split: float) -> bool:
    """Does a segment belong to the right column of a block split at ``split``?"""
    return segment[0].x0 >= split


def one_sided(line: Line, split: float) -> bool:
    """True when no segment of ``line`` crosses the gutter at ``split``."""
    return all(end <= split or start >= split for start, end in map(_segment_span, line.segments))


def closing_zone(lines: list[Line], width: float) -> tuple[int, float] | None:
    """The closing block at the bottom of a page: how many lines, and its gutter.

    The last line of the closing paragraph is short and sits left, so it looks
    like a column; lines on top of the block with nothing on the right are dropped.
    """
    found = column_zone(lines, width, from_bottom=True)
    if found is None:
        return None
    count, split = found
    zone = lines[len(lines) - count :]
    while zone and not any(on_right(s, split) for s in zone[0].segments):
        zone = zone[1:]
    return (len(zone), split) if zone else None


def zone_lines(lines: list[Line], split: float) -> list[tuple[str, Line]]:
    """A two-column block as text: the left column top to bottom, then the right one.

    Each text line comes with the line it was read from; an empty string (with
    the last line of its column) ends each column.
    """
    out: list[tuple[str, Line]] = []
    for right in (False, True):
        last: Line | None = None
        for line in lines:
            parts = [words_text(s) for s in line.segments if on_right(s, split) == right]
            if parts:
                out.append((" ".join(parts), line))
                last = line
        if last is not None:
            out.append(("", last))
    return out
