"""OCR of scanned pages and page images with Tesseract's Vietnamese model.

Optional: ``pip install "nhiemvu[ocr]"`` (pytesseract) plus the Tesseract
program and its Vietnamese data (Debian: ``apt-get install tesseract-ocr
tesseract-ocr-vie``). Without them a scanned page is an error that says so,
never an empty result. OCR returns positioned words, so the PDF layout rules
(two-column header, page numbers, paragraphs) apply to scans as well.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from ..errors import MissingDependencyError, ParseError
from ..limits import check_pages
from .base import RawDocument, ReadOptions

# 300 dpi is what Tesseract is trained for; lower loses Vietnamese tone marks.
DPI = 300
LANGUAGE = "vie"
_INSTALL = (
    "this file has scanned pages that need OCR: pip install 'nhiemvu[ocr]' and install "
    "Tesseract with its Vietnamese data (Debian/Ubuntu: apt-get install tesseract-ocr "
    "tesseract-ocr-vie; other systems: tesseract-ocr.github.io)"
)
# Tesseract's word confidence (0-100); below this a "word" is usually a speck of dirt.
_MIN_CONFIDENCE = 10

OcrWord = tuple[str, float, float, float, float]  # text, x0, x1, top, bottom (points)


def tesseract():
    """The pytesseract module, once Tesseract and its Vietnamese data are known to be there."""
    try:
        import pytesseract
    except ImportError as exc:
        raise MissingDependencyError(_INSTALL) from exc
    try:
        pytesseract.get_tesseract_version()
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise MissingDependencyError(_INSTALL) from exc
    if LANGUAGE not in languages:
        raise MissingDependencyError(
            "Tesseract is installed without its Vietnamese data: apt-get install tesseract-ocr-vie "
            "(or put vie.traineddata into Tesseract's tessdata folder)"
        )
    return pytesseract


def image_words(image, scale: float) -> list[OcrWord]:
    """Words Tesseract reads on ``image``, with boxes multiplied by ``scale``.

    Callers check :func:`tesseract` once per file before calling this per page.
    """
    import pytesseract

    # Sparse-text mode finds every word, small recipient lists beside a signature too
    # (the automatic layout mode drops some); the reading order is rebuilt from the
    # boxes by the PDF layout rules, so Tesseract's own block order is not needed.
    data = pytesseract.image_to_data(image, lang=LANGUAGE, config="--psm 11", output_type=pytesseract.Output.DICT)
    words: list[OcrWord] = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text or float(data["conf"][i]) < _MIN_CONFIDENCE:
            continue
        left, top = data["left"][i] * scale, data["top"][i] * scale
        right, bottom = left + data["width"][i] * scale, top + data["height"][i] * scale
        words.append((text, left, right, top, bottom))
    return words


def ocr_pdf_pages(data: bytes, indices: list[int], path: Path | None = None, *,
                  password: str | None = None) -> dict[int, list[OcrWord]]:
    """Render the given PDF pages (0-based) and OCR them; boxes in PDF points.
    ``password`` opens an encrypted file."""
    try:
        tesseract()
    except MissingDependencyError as exc:
        raise MissingDependencyError(exc.reason, path=path) from exc
    import pypdfium2 as pdfium  # comes with pdfplumber

    pdf = pdfium.PdfDocument(data, password=password)
    try:
        result = {}
        for index in indices:
            bitmap = pdf[index].render(scale=DPI / 72, grayscale=True)
            result[index] = image_words(bitmap.to_pil(), 72 / DPI)
        return result
    finally:
        pdf.close()


def parse_image(data: bytes, path: Path, options: ReadOptions | None = None, fmt: str = "png") -> RawDocument:
    """Read a scanned page saved as an image (PNG, JPEG, TIFF) through OCR; a multi-page TIFF's
    frames count against ``options.max_pages``."""
    from PIL import Image, UnidentifiedImageError

    from .furniture import drop_running_lines
    from .layout import Page, group_lines, ocr_words
    from .reflow import render

    try:
        tesseract()
    except MissingDependencyError as exc:  # name what the file is: an image, not a PDF
        reason = exc.reason.replace("this file has scanned pages that need", f"a {fmt} image is read by")
        raise MissingDependencyError(reason, path=path) from exc
    try:
        image = Image.open(BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise ParseError(f"not a readable {fmt} image ({exc})", path=path) from exc
    frames = getattr(image, "n_frames", 1)
    check_pages(frames, (options or ReadOptions()).max_pages, path)
    pages = []
    for frame in range(frames):  # a multi-page TIFF is a scanned file
        image.seek(frame)
        dpi = float((image.info.get("dpi") or (DPI, DPI))[0]) or DPI
        scale = 72 / dpi
        page_image = image.convert("L")
        lines = group_lines(ocr_words(image_words(page_image, scale)))
        pages.append(Page(image.width * scale, image.height * scale, lines, []))
    drop_running_lines(pages)
    text, breaks = render(pages)
    return RawDocument(
        text=text,
        format=fmt,
        page_breaks=breaks,
        meta={"ocr_pages": "all"},
        warnings=["the text was read by OCR from an image"],
    )
