"""8-bit Vietnamese encodings of old text files: pick the decoding that reads as Vietnamese.

Three encodings share the same bytes: Windows-1258 (Vietnamese Windows code page,
tones as combining marks), TCVN3/ABC (.VnTime fonts, one byte per toned letter)
and VNI (base letter + mark bytes). Each candidate is decoded and scored on
well-formed syllables; a wrong guess produces letters Vietnamese does not have
("Së") or two tone marks in one syllable, so the right one stands out.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from ..legacy import convert, syllable_score
from .text import vietnamese_score

# A decoding must make at least this share of non-ASCII words well-formed ...
_MIN_SCORE = 0.8
# ... and the text must then read as Vietnamese at all (text.vietnamese_score).
_MIN_VIETNAMESE = 0.05


def _cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258"))


# Windows code page 1252 where it defines a byte (typographic quotes and dashes at
# 0x80-0x9F, which TCVN3 and VNI files typed on Windows use), Latin-1 elsewhere.
_WINDOWS_C1 = {
    byte: bytes([byte]).decode("cp1252") for byte in range(0x80, 0xA0) if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def windows_latin(data: bytes) -> str:
    """Bytes as the Latin-1 characters the conversion tables expect, cp1252 in 0x80-0x9F."""
    return data.decode("latin-1").translate(_WINDOWS_C1)


def _tcvn3(data: bytes) -> str:
    return convert(windows_latin(data), "tcvn3")


def _vni(data: bytes) -> str:
    return convert(windows_latin(data), "vni")


_CANDIDATES: tuple[tuple[str, Callable[[bytes], str]], ...] = (
    ("windows-1258", _cp1258),
    ("tcvn3", _tcvn3),
    ("vni", _vni),
)


def decode_legacy_bytes(data: bytes) -> tuple[str, str] | None:
    """Decode non-UTF-8 bytes as Windows-1258, TCVN3 or VNI, whichever reads as Vietnamese.

    Returns ``(text, encoding name)``, or None when no candidate gives Vietnamese.

    >>> decode_legacy_bytes("Së KÕ ho¹ch vµ §Çu t­ tØnh".encode("latin-1"))
    ('Sở Kế hoạch và Đầu tư tỉnh', 'tcvn3')
    """
    best: tuple[float, str, str] | None = None
    for name, decode in _CANDIDATES:
        try:
            text = decode(data)
        except UnicodeDecodeError:
            continue
        score = syllable_score(text)
        if best is None or score > best[0]:
            best = (score, text, name)
    if best is None or best[0] < _MIN_SCORE or vietnamese_score(best[1]) < _MIN_VIETNAMESE:
        return None
    return best[1], best[2]
