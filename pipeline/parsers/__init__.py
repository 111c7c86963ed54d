"""Readers: bytes of a file -> raw text (+ page boundaries and source facts).

Each format has one module exposing ``parse(data: bytes, path: Path) -> RawDocument``;
:func:`read_document` detects the format from the content and dispatches.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError, PasswordError, UnsupportedFormatError
from ..inputs import special_reason
from ..limits import check_bytes
from ..repair import strip_stray_nuls
from ..stages import stage
from .archive import damaged
from .base import RawDocument, ReadOptions
from .detect import detect_format

__all__ = ["RawDocument", "ReadOptions", "detect_format", "read_document", "parse_bytes"]

# An Office file saved with a password is an OLE container of its encrypted package (detect.py).
_ENCRYPTED_OFFICE = ("password-protected Office file: nhiemvu cannot decrypt Word files; open it in an office "
                     "suite and save an unprotected copy")


def _parsers() -> dict:
    from . import text

    table = {"txt": lambda data, path, _options=None: text.parse(data, path)}
    try:  # formats contributed by optional modules register here
        from . import registry

        table.update(registry.PARSERS)
    except ImportError:
        pass
    return table


def parse_bytes(data: bytes, path: Path, options: ReadOptions | None = None) -> RawDocument:
    """Parse the content of ``path`` (already read into ``data``), with ``options``'s password and limits."""
    options = options or ReadOptions()
    check_bytes(len(data), options.max_bytes, path)
    if not data.strip():
        raise InputError("the file is empty", path=path)
    with stage("detect", path, "telling the format of this file"):
        fmt = detect_format(data, path)
        repaired: list[str] = []
        if fmt == "binary":  # a text file with a few stray NUL bytes is still a text file
            data, repaired = strip_stray_nuls(data)
            fmt = detect_format(data, path) if repaired else fmt
    if fmt == "corrupt-zip":
        raise damaged(path)
    if fmt == "encrypted-office":
        raise PasswordError(_ENCRYPTED_OFFICE, path=path)
    parser = _parsers().get(fmt)
    if parser is None:
        what = "binary data of no known format" if fmt == "binary" else f"format {fmt!r}"
        raise UnsupportedFormatError(f"{what}: not supported (PDF, DOCX, DOC, RTF, ODT, HTML, Markdown, "
                                     "text and scanned images are)", path=path)
    with stage("parse", path, f"reading this {fmt} file"):
        doc = parser(data, path, options)
    doc.warnings[:0] = repaired
    if not doc.text.strip():
        raise InputError(f"no text could be read from this {fmt} file", path=path)
    return doc


def read_document(path: str | Path, options: ReadOptions | None = None) -> RawDocument:
    """Read a file of any supported format into a :class:`RawDocument`.

    ``options`` carries an encrypted PDF's password and the limits; the file's size is checked
    against ``max_bytes`` before a byte of it is read."""
    path = Path(path)
    options = options or ReadOptions()
    special = special_reason(path)
    if special:  # reading a FIFO would block forever
        raise InputError(special, path=path)
    try:
        check_bytes(path.stat().st_size, options.max_bytes, path)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file", path=path) from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory, not a file", path=path) from exc
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", path=path) from exc
    return parse_bytes(data, path, options)
