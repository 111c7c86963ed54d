"""PDF: the text layer as Word and LibreOffice export it, scanned pages through OCR.

A page is read as positioned words (:mod:`.layout` groups them into lines and
finds the two-column header and closing blocks), ruled tables are taken out and
flattened row by row (:mod:`.tables`), page numbers and running headers and
footers are dropped (:mod:`.furniture`), and the lines are rejoined into
paragraphs across pages (:mod:`.reflow`). Pages without a text layer go to OCR
(:mod:`.ocr`), so a mixed file is read page by page. Each page's parsed objects are released
once it is laid out: memory is flat in the page count.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from .. import legacy
from ..errors import NhiemvuError, ParseError, PasswordError
from ..limits import check_pages
from .base import RawDocument, ReadOptions
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


def _encryption_error(exc: Exception, password: str | None, path: Path) -> PasswordError | None:
    """The error to report when opening failed for want of the right password (None otherwise)."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    # pdfplumber wraps pdfminer's exception (PdfminerException(PDFPasswordIncorrect()), an empty message)
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    # RC4 and AES-128 files take Latin-1 passwords: pdfminer cannot even try one in Vietnamese letters
    if isinstance(inner, PDFPasswordIncorrect) or (password and isinstance(inner, UnicodeEncodeError)):
        told = "the one given does not open it" if password else "none was given"
        return PasswordError(f"password-protected PDF: wrong or missing --password ({told}); give it with "
                             "--password (password= in the API) or save an unprotected copy", path=path)
    if isinstance(inner, PDFEncryptionError) or "encrypt" in f"{type(inner).__name__} {inner}".lower():
        return PasswordError(f"encrypted PDF that cannot be decrypted ({_describe(inner)}); save an unprotected "
                             "copy and extract that", path=path)
    return None


def page_count(pdf) -> int:
    """How many pages an open pdfplumber PDF has, from its page tree's /Count: no page is parsed."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
        if isinstance(count, int) and count >= 0:
            return count
    except Exception:  # noqa: BLE001 - a damaged page tree: count the pages themselves
        pass
    return len(pdf.pages)


def _walk_pages(pdf, pages: list[Page], scanned: list[int], max_pages: int | None, path: Path) -> None:
    """Lay out each page, then release what pdfplumber cached for it (its characters, objects
    and text map), so memory stays flat however many pages the file has."""
    for index, page in enumerate(pdf.pages):
        check_pages(index + 1, max_pages, path)  # a page tree may understate its /Count
        try:
            size = (float(page.width), float(page.height))
            if _is_scanned(page):
                scanned.append(index)
                pages.append(Page(*size, [], []))
                continue
            words, tables = _text_layer(page)
            pages.append(Page(*size, group_lines(words), tables))
        finally:
            page.close()


def _read_pages(data: bytes, path: Path, options: ReadOptions) -> tuple[list[Page], list[int]]:
    """Every page as lines and tables; the indices of pages that need OCR."""
    import pdfplumber

    pages: list[Page] = []
    scanned: list[int] = []
    try:
        with pdfplumber.open(BytesIO(data), password=options.password or "") as pdf:
            check_pages(page_count(pdf), options.max_pages, path)
            _walk_pages(pdf, pages, scanned, options.max_pages, path)
    except NhiemvuError:
        raise
    except Exception as exc:  # pdfminer signals damage with many exception types
        encrypted = _encryption_error(exc, options.password, path)
        if encrypted is not None:
            raise encrypted from exc
        raise ParseError(
            f"not a readable PDF ({_describe(exc)}); re-export it from its source",
            path=path,
        ) from exc
    if scanned:
        from . import ocr

        for index, found in ocr.ocr_pdf_pages(data, scanned, path, password=options.password).items():
            pages[index].lines = group_lines(ocr_words(found))
    return pages, scanned


def parse(data: bytes, path: Path, options: ReadOptions | None = None) -> RawDocument:
    """Read a PDF: text pages by layout, scanned pages by OCR (``nhiemvu[ocr]``).

    ``options`` gives the password of an encrypted file and the page limit, checked on the
    page tree before any page is laid out."""
    pages, scanned = _read_pages(data, path, options or ReadOptions())
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
