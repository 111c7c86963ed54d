"""8-bit Vietnamese encodings of old text files: pick the one that reads as Vietnamese."""

from __future__ import annotations

import unicodedata

from .text import vietnamese_score


def decode_legacy_bytes(data: bytes) -> tuple[str, str] | None:
    """Decode non-UTF-8 bytes as Windows-1258 when that yields Vietnamese text."""
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    if vietnamese_score(text) >= 0.05:
        return text, "windows-1258"
    return None
