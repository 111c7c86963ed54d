"""Format detection by content, the parser table, and errors that name the format."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from pipeline.errors import UnsupportedFormatError
from pipeline.parsers import detect_format, read_document
from pipeline.parsers.registry import PARSERS


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


def _ole(stream: str) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + stream.encode("utf-16-le")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\r\n\r\n%PDF-1.4\n...", "pdf"),  # junk before the header
        (rb"{\rtf1\ansi ...}", "rtf"),
        (_ole("WordDocument"), "doc"),
        (_ole("Workbook"), "xls"),
        (_ole("PowerPoint Document"), "ppt"),
        (_ole("EncryptionInfo") + _ole("EncryptedPackage"), "encrypted-office"),  # a DOCX saved with a password
        (_zip("[Content_Types].xml", "word/document.xml"), "docx"),
        (_zip("[Content_Types].xml", "xl/workbook.xml"), "xlsx"),
        (_zip("mimetype", "content.xml"), "odt"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (b'<?xml version="1.0"?>\n<!-- saved page -->\n<html><body>x</body></html>', "html"),
        (b"\xef\xbb\xbf<html lang='vi'>", "html"),
        (b"\x89PNG\r\n\x1a\n....", "png"),
        (b"II*\x00....", "tiff"),
        ("Thông báo số 12/TB-UBND".encode(), "txt"),
        ("Thông báo".encode("utf-16"), "txt"),
        (b'{"file": "a.txt", "tasks": []}', "json"),
        (b'<?xml version="1.0" encoding="UTF-8"?>\n<w:document/>', "xml"),
        ("[Thông báo] số 12/TB-UBND".encode(), "txt"),  # a bracket is not yet JSON
    ],
    ids=[
        "pdf",
        "pdf-junk",
        "rtf",
        "doc",
        "xls",
        "ppt",
        "encrypted-docx",
        "docx",
        "xlsx",
        "odt",
        "html",
        "html-prologue",
        "html-bom",
        "png",
        "tiff",
        "utf8",
        "utf16",
        "json",
        "xml",
        "bracketed-text",
    ],
)
def test_detect_format(data, expected):
    assert detect_format(data) == expected


def test_every_document_format_has_a_parser():
    assert {"pdf", "docx", "doc", "rtf", "odt", "html", "png", "jpeg", "tiff"} <= set(PARSERS)


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [
        ("budget.xlsx", _zip("[Content_Types].xml", "xl/workbook.xml"), "xlsx"),
        ("old.xls", _ole("Workbook"), "xls"),
        ("archive.zip", _zip("a.txt"), "zip"),
        ("photo.gif", b"GIF89a....", "gif"),
        ("gold.json", b'{"file": "a.txt", "tasks": []}', "json"),
    ],
)
def test_unsupported_format_is_an_error_naming_it(tmp_path: Path, name, data, fmt):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnsupportedFormatError, match=f"'{fmt}'") as error:
        read_document(path)
    assert name in str(error.value)
