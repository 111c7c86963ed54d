"""PDF: the text layer as Word and LibreOffice export it, scanned pages through OCR.

A page is read as positioned words, grouped into lines. Three things a plain
text dump gets wrong are rebuilt from the positions:

* the two-column header (issuer and "Số: ..." left, national motto and date
  right) on the first page and the closing block ("Nơi nhận" left, signature
  right) on the last page are read column by column, never interleaved;
* running headers, footers and page numbers are dropped;
* lines are rejoined into paragraphs (a full line continues unless the next
  one is indented or opens an item), across page breaks too.
Ruled tables are flattened row by row; pages without a text layer go to OCR.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from io import BytesIO
from itertools import groupby
from pathlib import Path

from .. import legacy
from ..errors import ParseError
from ..normalize import ITEM_START
from .base import RawDocument
from .docx import Numbering, table_lines


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
    width: float
    height: float
    lines: list[Line]
    tables: list[tuple[float, list[str]]]  # (top, flattened lines)


# A gap wider than this many font sizes always separates two segments (columns, tab
# stops); justified text never stretches a space that far.
_SEGMENT_GAP = 2.0
# Running headers and footers live in the top and bottom margins of the page.
_MARGIN_BAND = 0.1
_PAGE_NUMBER = re.compile(r"^[-–—(\s]*(?:trang|page)?\s*\d{1,4}(?:\s*/\s*\d{1,4})?[-–—)\s]*$", re.I)
# "QĐ-" at a line end and "TTg" on the next: a line broken after the hyphen inside a
# token (document numbers, "2021-2030"); a dash between spaces is not glued.
_HYPHEN_BREAK = re.compile(r"\S-$")
# A scanned page: almost no characters, and an image covering much of the page.
_MIN_TEXT_CHARS = 20
_MIN_IMAGE_SHARE = 0.3


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


# -- reading pages -----------------------------------------------------------------------


def _is_scanned(page) -> bool:
    if len(page.chars) >= _MIN_TEXT_CHARS:
        return False
    area = float(page.width * page.height) or 1.0
    images = [(img["x1"] - img["x0"]) * (img["bottom"] - img["top"]) for img in page.images]
    return bool(images) and max(images) / area >= _MIN_IMAGE_SHARE


def _text_layer(page) -> tuple[list[Word], list[tuple[float, list[str]]]]:
    """Words of a text page, with ruled tables taken out and flattened."""
    words = [
        Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], w["size"], legacy.font_encoding(w["fontname"]))
        for w in page.extract_words(keep_blank_chars=False, extra_attrs=["fontname", "size"])
    ]
    tables = []
    for table in page.find_tables():
        x0, top, x1, bottom = table.bbox
        inside = [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]
        if not inside:
            continue
        rows = []
        for row in table.rows:
            cells = []
            for cell in row.cells:
                if cell is None:  # covered by a merged cell
                    cells.append("")
                    continue
                cx0, ctop, cx1, cbottom = cell
                cell_words = [
                    w for w in inside if cx0 <= (w.x0 + w.x1) / 2 <= cx1 and ctop <= (w.top + w.bottom) / 2 <= cbottom
                ]
                cells.append("\n".join(line.text for line in group_lines(cell_words)) if cell_words else "")
            rows.append(cells)
        tables.append((top, table_lines(rows)))
        taken = {id(w) for w in inside}
        words = [w for w in words if id(w) not in taken]
    return words, tables


def _read_pages(data: bytes, path: Path) -> tuple[list[Page], list[int]]:
    """Every page as lines and tables; the indices of pages that need OCR."""
    import pdfplumber

    pages: list[Page] = []
    scanned: list[int] = []
    try:
        with pdfplumber.open(BytesIO(data)) as pdf:
            for index, page in enumerate(pdf.pages):
                size = (float(page.width), float(page.height))
                if _is_scanned(page):
                    scanned.append(index)
                    pages.append(Page(*size, [], []))
                    continue
                words, tables = _text_layer(page)
                pages.append(Page(*size, group_lines(words), tables))
    except Exception as exc:  # pdfminer signals damage with many exception types
        if "password" in f"{type(exc).__name__} {exc} {exc.__cause__!r}".lower():
            raise ParseError("the PDF is password-protected; save an unprotected copy", path=path) from exc
        raise ParseError(
            f"not a readable PDF ({type(exc).__name__}: {exc}); re-export it from its source",
            path=path,
        ) from exc
    if scanned:
        from . import ocr

        for index, found in ocr.ocr_pdf_pages(data, scanned, path).items():
            pages[index].lines = group_lines(ocr_words(found))
    return pages, scanned


# -- layout --------------------------------------------------------------------------------


def drop_running_lines(pages: list[Page]) -> None:
    """Remove page numbers and lines repeated in the top or bottom margin of several pages."""

    def in_margin(line: Line, page: Page) -> bool:
        return line.bottom < _MARGIN_BAND * page.height or line.top > (1 - _MARGIN_BAND) * page.height

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.strip().lower())

    seen: dict[str, int] = {}
    for page in pages:
        for k in {key(line) for line in page.lines if in_margin(line, page)}:
            seen[k] = seen.get(k, 0) + 1
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if not (in_margin(line, page) and (_PAGE_NUMBER.match(line.text) or seen[key(line)] >= 2))
        ]


def _text_box(lines: list[Line]) -> tuple[float, float]:
    """Left and right edges of the text: where the margins are."""
    return min(line.x0 for line in lines), max(line.x1 for line in lines)


def column_zone(lines: list[Line], width: float, from_bottom: bool = False) -> tuple[int, float] | None:
    """Find the two-column block at the top (header) or bottom (closing) of a page.

    Returns how many lines it spans and the x of the gutter between the columns,
    or None. The block ends at a line crossing every gap in the middle of the
    page, or at a single line centred on the text (the document title).
    """
    if len(lines) < 2:
        return None
    left_edge, right_edge = _text_box(lines)
    centre = (left_edge + right_edge) / 2
    low, high = int(width * 0.2), int(width * 0.8)
    free = [True] * (high - low)
    order = list(reversed(lines)) if from_bottom else lines
    pitch = statistics.median(line.bottom - line.top for line in lines)
    taken = 0
    for line in order:
        if taken:
            segment = line.segments[0]
            middle = (segment[0].x0 + max(w.x1 for w in segment)) / 2
            if len(line.segments) == 1 and abs(middle - centre) < 0.04 * width:
                break
            previous = order[taken - 1]
            gap = previous.top - line.bottom if from_bottom else line.top - previous.bottom
            if gap > 8 * pitch:
                break
        trial = free[:]
        for segment in line.segments:
            for x in range(int(segment[0].x0) - 2, int(max(w.x1 for w in segment)) + 3):
                if low <= x < high:
                    trial[x - low] = False
        gutter = _widest_run(trial)
        if gutter is None:
            break
        free = trial
        taken += 1
    gutter = _widest_run(free)
    if taken < 2 or gutter is None:
        return None
    split = low + gutter
    zone = order[:taken]
    sides = {(s[0].x0 >= split) for line in zone for s in line.segments}
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


def zone_lines(lines: list[Line], split: float) -> list[str]:
    """A two-column block as text: the left column top to bottom, then the right one."""
    out: list[str] = []
    for right in (False, True):
        for line in lines:
            parts = [words_text(s) for s in line.segments if (s[0].x0 >= split) == right]
            if parts:
                out.append(" ".join(parts))
        out.append("")
    return out


# -- paragraphs ----------------------------------------------------------------------------


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
    top: float
    line: Line | None = None
    fixed: list[str] | None = None


def _page_blocks(pages: list[Page]) -> list[list[_Block]]:
    """Each page as blocks in reading order: header zone, lines and tables, closing zone."""
    filled = [i for i, page in enumerate(pages) if page.lines]
    result = []
    for index, page in enumerate(pages):
        lines = page.lines
        before: list[_Block] = []
        after: list[_Block] = []
        if filled and index == filled[0] and (found := column_zone(lines, page.width)):
            count, split = found
            before = [_Block(lines[0].top, fixed=zone_lines(lines[:count], split))]
            lines = lines[count:]
        if filled and index == filled[-1] and (found := column_zone(lines, page.width, True)):
            count, split = found
            zone = lines[len(lines) - count :]
            # The last line of the closing paragraph is short and sits left: not a column.
            while zone and not any(s[0].x0 >= split for s in zone[0].segments):
                zone = zone[1:]
            if zone:
                after = [_Block(zone[0].top, fixed=zone_lines(zone, split))]
                lines = lines[: len(lines) - len(zone)]
        blocks = [_Block(line.top, line=line) for line in lines]
        blocks += [_Block(top, fixed=flat) for top, flat in page.tables]
        blocks.sort(key=lambda block: block.top)
        result.append(before + blocks + after)
    return result


def render(pages: list[Page]) -> tuple[str, list[int]]:
    """Text of all pages, one paragraph per line, and the offsets where pages 2.. start."""
    done: list[str] = []
    length = 0
    paragraph: str | None = None
    previous: tuple[Line, int] | None = None
    breaks: list[int] = []
    pending = 0  # page boundaries waiting for their first character

    def flush() -> None:
        nonlocal paragraph, length
        if paragraph is not None:
            done.append(paragraph + "\n")
            length += len(paragraph) + 1
            paragraph = None

    laid_out = _page_blocks(pages)
    flow = [block.line for blocks in laid_out for block in blocks if block.line is not None]
    # One text box for the document: a page of short lines must not count as "full".
    box = _text_box(flow) if flow else (0.0, 0.0)
    for index, blocks in enumerate(laid_out):
        if index:
            pending += 1
        for block in blocks:
            if block.fixed is not None:
                flush()
                breaks += [length] * pending
                pending = 0
                done.extend(line + "\n" for line in block.fixed)
                length += sum(len(line) + 1 for line in block.fixed)
                previous = None
                continue
            line = block.line
            text = line.text
            if previous and previous[1] == index and _blank_between(previous[0], line):
                flush()  # an empty paragraph in the source: kept, as the DOCX reader keeps it
                done.append("\n")
                length += 1
                previous = None
            if paragraph is not None and previous and _continues(previous[0], line, box, previous[1] == index):
                glued = _glue(paragraph, text)
                breaks += [length + len(glued) - len(text)] * pending
                paragraph = glued
            else:
                flush()
                breaks += [length] * pending
                paragraph = text
            pending = 0
            previous = (line, index)
    flush()
    text = "".join(done)
    breaks += [len(text)] * pending
    return text, breaks


def parse(data: bytes, path: Path) -> RawDocument:
    """Read a PDF: text pages by layout, scanned pages by OCR (``nhiemvu[ocr]``)."""
    pages, scanned = _read_pages(data, path)
    drop_running_lines(pages)
    text, breaks = render(pages)
    meta: dict[str, str] = {}
    warnings: list[str] = []
    encodings = {w.encoding for page in pages for line in page.lines for w in line.words} - {None}
    if encodings:
        meta["encoding"] = ",".join(sorted(encodings))
    if scanned:
        numbers = ", ".join(str(i + 1) for i in scanned)
        meta["ocr_pages"] = numbers
        warnings.append(f"page(s) {numbers} have no text layer and were read by OCR")
    return RawDocument(text=text, format="pdf", page_breaks=breaks, meta=meta, warnings=warnings)
