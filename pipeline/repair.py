"""A few damaged bytes or characters must not cost a whole document: remove or replace them, count them.

Each function returns the repaired value and the warnings that say what was done
("3 NUL bytes removed"), which the document's ``warnings`` carry. Damage beyond a few
bytes is not repaired: the file then fails as what it is (binary, an unknown encoding).
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
# Stray bytes tolerated in a text file: this many, or this share of it, whichever is larger.
_FEW = 64
_SHARE = 0.01
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of an undecodable byte


def _few(count: int, size: int) -> bool:
    return 0 < count <= max(_FEW, size * _SHARE)


def _plural(count: int, what: str) -> str:
    return f"{count} {what}{'' if count == 1 else 's'}"


def strip_stray_nuls(data: bytes) -> tuple[bytes, list[str]]:
    """Remove the few NUL bytes a damaged text file holds (not UTF-16, whose NULs are its text).

    >>> strip_stray_nuls(b"So Y te\\x00\\x00 chu tri")
    (b'So Y te chu tri', ['2 NUL bytes removed'])
    """
    count = data.count(0)
    if not _few(count, len(data)):
        return data, []
    return data.replace(b"\x00", b""), [f"{_plural(count, 'NUL byte')} removed"]


def decode_damaged_utf8(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-8 with a few invalid bytes: each replaced by U+FFFD; None when it is not that.

    A file in an 8-bit encoding (Windows-1258, TCVN3, VNI) has almost no valid multi-byte
    sequence, so it is told apart by the share of valid ones.

    >>> decode_damaged_utf8("Sở Y tế chủ trì, phối hợp với Sở Tư pháp".encode() + b"\\xff")
    ('Sở Y tế chủ trì, phối hợp với Sở Tư pháp\\ufffd', ['1 invalid UTF-8 byte replaced'])
    >>> decode_damaged_utf8(b"S\\xd5 Y t\\xea ch\\xf0 tr\\xec") is None  # 8-bit bytes
    True
    """
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED_BYTE.findall(text))
    multibyte = sum(1 for c in text if ord(c) > 0x7F) - bad
    if not _few(bad, len(data)) or multibyte < 10 * bad:
        return None
    return _ESCAPED_BYTE.sub(REPLACEMENT, text), [f"{_plural(bad, 'invalid UTF-8 byte')} replaced"]


def decode_utf16(data: bytes, encoding: str) -> tuple[str, list[str]]:
    """UTF-16 where lone surrogates (and an odd last byte) are replaced by U+FFFD.

    >>> decode_utf16("Sở".encode("utf-16-le") + b"\\x00\\xd8" + "Y tế".encode("utf-16-le"), "utf-16-le")
    ('Sở\\ufffdY tế', ['1 lone UTF-16 surrogate replaced'])
    """
    warnings: list[str] = []
    if len(data) % 2:
        data = data[:-1]
        warnings.append("1 odd trailing byte removed")
    text, warned = replace_surrogates(data.decode(encoding, errors="surrogatepass"), "lone UTF-16 surrogate")
    return text, warned + warnings


def replace_surrogates(text: str, what: str = "lone surrogate") -> tuple[str, list[str]]:
    """Lone surrogates (no character: they cannot be written as UTF-8) replaced by U+FFFD.

    >>> replace_surrogates("Sở Y tế\\udcff")
    ('Sở Y tế\\ufffd', ['1 lone surrogate replaced'])
    """
    count = len(_SURROGATE.findall(text))
    if not count:
        return text, []
    return _SURROGATE.sub(REPLACEMENT, text), [f"{_plural(count, what)} replaced"]


def repair_text(text: str) -> tuple[str, list[str]]:
    """The text every parser's output goes through: NUL characters removed, lone surrogates replaced.

    >>> repair_text("Sở Y tế\\x00 chủ trì")
    ('Sở Y tế chủ trì', ['1 NUL character removed'])
    """
    warnings: list[str] = []
    nuls = text.count("\x00")
    if nuls:
        text = text.replace("\x00", "")
        warnings.append(f"{_plural(nuls, 'NUL character')} removed")
    text, replaced = replace_surrogates(text)
    return text, warnings + replaced
