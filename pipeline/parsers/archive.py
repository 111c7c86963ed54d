"""ZIP packages (DOCX, ODT) checked before they are parsed: damaged archives and zip bombs.

A damaged archive gets a message that says so ("damaged DOCX (not a valid ZIP archive)"),
not "format 'corrupt-zip' is not supported"; an archive that would expand to far more than
any document (a zip bomb, or a damaged size field) is refused before it is decompressed.
"""

from __future__ import annotations

import zipfile
import zlib
from io import BytesIO
from pathlib import Path

from ..errors import ParseError

# A document's XML compresses about 5-15 times: an archive expanding beyond both of these is no document.
MAX_RATIO = 100
MAX_EXPANDED = 50 * 1024 * 1024
# ... and none is ever this large, however it compresses.
HARD_LIMIT = 1024 * 1024 * 1024

# Errors zipfile and zlib raise on damaged archives, caught where a package is read.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError)


def _kind(path: Path | None) -> str:
    suffix = path.suffix.lower().lstrip(".") if path is not None else ""
    return suffix.upper() if suffix in ("docx", "odt", "xlsx") else "ZIP package"


def damaged(path: Path | None, detail: str = "") -> ParseError:
    """The error of an archive that cannot be read: "damaged DOCX (not a valid ZIP archive)".

    >>> str(damaged(Path("a.docx")))
    'a.docx: damaged DOCX (not a valid ZIP archive); open it in Word or LibreOffice to repair it'
    """
    more = f": {detail}" if detail else ""
    return ParseError(f"damaged {_kind(path)} (not a valid ZIP archive{more}); "
                      "open it in Word or LibreOffice to repair it", path=path)


def check_package(data: bytes, path: Path | None) -> None:
    """Raise a ParseError for a damaged archive or one that expands like a zip bomb."""
    try:
        members = zipfile.ZipFile(BytesIO(data)).infolist()
    except ZIP_ERRORS as exc:
        raise damaged(path, str(exc)) from exc
    expanded = sum(m.file_size for m in members)
    if expanded > HARD_LIMIT or (expanded > MAX_EXPANDED and expanded > MAX_RATIO * len(data)):
        raise ParseError(f"the {_kind(path)} would expand from {len(data):,} bytes to {expanded:,} "
                         "(a zip bomb, or a damaged archive): not read", path=path)
