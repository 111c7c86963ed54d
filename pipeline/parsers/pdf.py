"""PDF: the text layer as Word and LibreOffice export it, scanned pages through OCR.

A page is read as positioned words (:mod:`.layout` groups them into lines and
finds the two-column header and closing blocks), ruled tables are taken out and
flattened row by row (:mod:`.tables`), page numbers and running headers and
footers are dropped (:mod:`.furniture`), and the lines are rejoined into
paragraphs across pages (:mod:`.reflow`). Pages without a text layer go to OCR
(:mod:`.ocr`), so a mixed file is read page by page.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from .. import legacy
from ..errors import ParseError
from .base import RawDocument
from .furniture import drop_running_lines
from .layout import Page, Word, group_lines, ocr_words
from .reflow import render
from .tables import table_lines

# A scanned page: almost no characters, and an image covering much of the page.
_MIN_TEXT_CHARS = 20
_MIN_IMAGE_SHARE = 0.3


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


def _describe(exc: Exception) -> str:
    """The exception as "Type: message", its arguments when the message is empty."""
    return f"{type(exc).__name__}: {exc or ', '.join(map(repr, exc.args)) or 'no detail'}"


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
        # pdfplumber wraps pdfminer's PDFPasswordIncorrect, whose message is empty: look at the args too
        told = f"{type(exc).__name__} {exc!r} {exc.__cause__!r}".lower()
        if "password" in told or "encrypt" in told:
            raise ParseError("password-protected PDF: save an unprotected copy and extract that", path=path) from exc
        raise ParseError(
            f"not a readable PDF ({_describe(exc)}); re-export it from its source",
            path=path,
        ) from exc
    if scanned:
        from . import ocr

        for index, found in ocr.ocr_pdf_pages(data, scanned, path).items():
            pages[index].lines = group_lines(ocr_words(found))
    return pages, scanned


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
