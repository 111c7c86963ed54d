"""Scanned PDFs and page images through Tesseract (vie): text, layout, and a clear error."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from pipeline.errors import MissingDependencyError
from pipeline.normalize import canonical_text
from pipeline.parsers import parse_bytes, read_document
from tests.fixtures.documents import ISSUER, NUMBER, PLACE_DATE, SMALL_NOTICE, scan_files
from tests.fixtures.tools import needs_ocr, require_soffice


@pytest.fixture(scope="session")
def scans(tmp_path_factory):
    require_soffice()  # it prints the PDFs that are then scanned
    return scan_files(tmp_path_factory)


def _share_found(expected: list[str], got: str) -> float:
    words = " ".join(expected).split()
    found = got.split()
    return sum(1 for word in words if word in found) / len(words)


@needs_ocr
def test_scanned_page_is_read_with_its_layout(scans):
    doc = read_document(scans["small_page1"])
    assert doc.meta["ocr_pages"] == "1"
    assert doc.warnings  # OCR text is flagged for review
    lines = [line for line in canonical_text(doc.text).split("\n") if line]
    assert lines[0] == ISSUER and lines[1] == NUMBER  # left column first
    assert PLACE_DATE in lines
    assert lines.index(NUMBER) < lines.index(PLACE_DATE)
    assert _share_found(list(SMALL_NOTICE.body), doc.text) > 0.9
    assert lines[-1] == SMALL_NOTICE.signer


@needs_ocr
def test_mixed_pdf_is_read_page_by_page(scans):
    doc = read_document(scans["mixed"])
    assert doc.meta["ocr_pages"] == "2"
    assert len(doc.page_breaks) == 1
    page1, page2 = doc.text[: doc.page_breaks[0]], doc.text[doc.page_breaks[0] :]
    assert page1.startswith(ISSUER)
    assert len(page2.split()) > 150


@needs_ocr
def test_page_image_is_read(scans):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(scans["small_page1"])
    image = pdf[0].render(scale=300 / 72, grayscale=True).to_pil()
    pdf.close()
    top = image.crop((0, 0, image.width, image.height // 4))  # the header: quick to read
    buffer = io.BytesIO()
    top.save(buffer, "PNG", dpi=(300, 300))
    doc = parse_bytes(buffer.getvalue(), Path("header.png"))
    assert doc.format == "png"
    assert doc.text.split("\n")[:2] == [ISSUER, NUMBER]


def test_missing_tesseract_is_an_error_that_says_what_to_install(scans, monkeypatch):
    pytesseract = pytest.importorskip("pytesseract")
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(MissingDependencyError, match="tesseract-ocr-vie") as error:
        read_document(scans["small_page1"])
    assert "small_scan.pdf" in str(error.value)
    assert "nhiemvu[ocr]" in str(error.value)


def test_an_image_without_ocr_is_an_error_naming_the_format(tmp_path, monkeypatch):
    pytesseract = pytest.importorskip("pytesseract")
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    path = tmp_path / "scan.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    with pytest.raises(MissingDependencyError, match="a jpeg image is read by OCR") as error:
        read_document(path)
    assert "scan.jpg" in str(error.value) and "tesseract-ocr-vie" in str(error.value)
