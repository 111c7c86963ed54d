"""Format detection from content (magic bytes, markup, encoding), not from the suffix."""

from __future__ import annotations

import json
import re
import zipfile
from io import BytesIO
from pathlib import Path

_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<div|<p[\s>]|<article)", re.I)
# What may precede the first tag of a saved page: an XML declaration, comments, blanks.
_HTML_PROLOGUE = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*", re.S)

_XML = re.compile(rb"^\s*<\?xml\b")


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return True


# Signatures of binary formats we recognise, so the error can name them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"{\\rtf", "rtf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),  # OLE2 compound file (Word 97-2003)
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!", "rar"),
    (b"7z\xbc\xaf", "7z"),
)


def _zip_kind(data: bytes) -> str:
    try:
        names = zipfile.ZipFile(BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return "corrupt-zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names:
        return "odt"
    return "zip"


def _ole_kind(data: bytes) -> str:
    # An OLE2 compound file names its streams in UTF-16: Word, Excel and PowerPoint differ.
    # A DOCX (or XLSX) saved with a password is an OLE file holding the encrypted ZIP package.
    if "EncryptedPackage".encode("utf-16-le") in data and "EncryptionInfo".encode("utf-16-le") in data:
        return "encrypted-office"
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    if "PowerPoint Document".encode("utf-16-le") in data:
        return "ppt"
    return "ole2"


def looks_binary(data: bytes) -> bool:
    """Bytes with NULs or many control characters are not text (UTF-16 is handled first)."""
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return b"\x00" in sample or controls > len(sample) * 0.05


# Markdown is text: only its name tells it from a plain-text file (and HTML it may open with).
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})


def detect_format(data: bytes, path: Path | None = None) -> str:
    """Name the format of ``data``: txt, markdown, pdf, docx, doc, rtf, html or another name (xlsx, json ...).

    The content decides; a text file named ``*.md`` or ``*.markdown`` is Markdown.
    """
    fmt = _content_format(data)
    if fmt in ("txt", "html") and path is not None and path.suffix.lower() in MARKDOWN_SUFFIXES:
        return "markdown"
    return fmt


def _content_format(data: bytes) -> str:
    head = data[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return _ole_kind(data) if name == "doc" else name
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "txt"  # UTF-16 with BOM
    head_text = data[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML.match(head_text[_HTML_PROLOGUE.match(head_text).end() :]):
        return "html"
    if b"%PDF-" in data[:1024]:  # some producers put junk before the PDF header
        return "pdf"
    if _XML.match(head_text):
        return "xml"  # not a web page (checked above): data, not a document
    if head_text.lstrip()[:1] in (b"{", b"[") and _is_json(data):
        return "json"
    if looks_binary(data):
        # UTF-16 without BOM: every other byte NUL in ASCII-heavy text
        if data[1:200:2].count(0) > 60 or data[0:200:2].count(0) > 60:
            return "txt"
        return "binary"
    return "txt"
