"""Legacy Vietnamese encodings (TCVN3/ABC, VNI) in text that is already a ``str``.

Files set in .VnTime (TCVN3) or VNI-Times fonts store Vietnamese letters as
Latin-1 bytes, so every reader (pdfplumber, LibreOffice, a cp1252 decode)
faithfully hands over mojibake: "Së KÕ ho¹ch vµ §Çu t­" for "Sở Kế hoạch và
Đầu tư", "Sôû Keá hoaïch" for "Sở Kế hoạch". The conversion tables and the
content detector come from ``viparse`` (maintained, measured on real government
files); this module decides *where* to apply them so that text which is
already Unicode, or is not Vietnamese, is never touched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import viparse

# Tone marks of Vietnamese as combining characters (grave, acute, hook, tilde, dot).
_TONES = frozenset("\u0300\u0301\u0309\u0303\u0323")


def _vietnamese_letters() -> frozenset[str]:
    """Every precomposed Vietnamese letter (134 of them with đ/Đ), upper and lower."""
    letters = {"đ", "Đ"}
    for base in "aăâeêioôơuưy":
        for tone in ("", *_TONES):
            letter = unicodedata.normalize("NFC", base + tone)
            letters.update({letter, letter.upper()})
    return frozenset(c for c in letters if not c.isascii())


VIETNAMESE_LETTERS = _vietnamese_letters()
# Letters only Unicode Vietnamese has: no Latin-1 decode of legacy bytes produces them,
# so a line containing one is already Unicode and must be left alone.
_UNICODE_ONLY = frozenset(c for c in VIETNAMESE_LETTERS if ord(c) > 0xFF)
# Latin-1 symbols that ordinary Unicode text uses; everything else in U+00A1-U+00FF
# that is not a Vietnamese letter ("µ", "¸", "Õ", "û", "ï" ...) hints at legacy bytes.
_ORDINARY_LATIN1 = frozenset("«»°±×÷©®¢£¥¿")
# What a PDF text layer shows for two .VnTime glyphs: ư (0xAD) comes out as U+2212
# MINUS SIGN and ã (0xB7) as U+2219 BULLET OPERATOR.
_PDF_GLYPHS = {"\u2212": "\xad", "\u2219": "\xb7"}

# A legacy document must show at least this many suspicious characters before the
# (comparatively slow) content detector is asked; real documents show hundreds.
_MIN_SUSPECTS = 3
# A line in an otherwise Unicode document is judged on its own only when it is long
# enough for the detector (viparse declines below ~24 characters).
_MIN_LINE = 24
# Unicode-only letters per legacy-looking byte above which a text is Unicode overall
_UNICODE_MAJORITY = 20

_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")


def font_encoding(font: str | None) -> str | None:
    """The legacy encoding a font name implies: ".VnTimeH" -> "tcvn3", "VNI-Times" -> "vni".

    PDFs prefix embedded fonts with a subset tag and may drop the dot:
    "FBHPFO+VnTimeHBold" is .VnTimeH bold.
    """
    name = _SUBSET_TAG.sub("", font or "").lower()
    if re.match(r"vni(?:[\W_]|$)", name):
        return "vni"
    if name.startswith((".vn", "vn")):
        return "tcvn3"
    return None


def _is_suspect(char: str) -> bool:
    return "\xa1" <= char <= "\xff" and char not in VIETNAMESE_LETTERS and char not in _ORDINARY_LATIN1


# the same test as one character class, run by the regex engine over a whole text
_SUSPECT = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0xA1, 0x100) if _is_suspect(chr(c))) + "]")


def suspect_count(text: str) -> int:
    """How many characters of ``text`` look like legacy bytes shown as Latin-1."""
    return len(_SUSPECT.findall(text))


def is_unicode_vietnamese(text: str) -> bool:
    """True when ``text`` holds a letter only Unicode Vietnamese has ("ơ", "ư", "ạ", ...)."""
    return any(c in _UNICODE_ONLY for c in text)


def detect_legacy_encoding(text: str) -> str | None:
    """Name the legacy encoding of ``text`` ("tcvn3", "vni", "viscii") or None.

    >>> detect_legacy_encoding("Së KÕ ho¹ch vµ §Çu t­ tØnh B×nh §Þnh b¸o c¸o")
    'tcvn3'
    """
    if suspect_count(text) < _MIN_SUSPECTS:
        return None
    return viparse.detect_text_encoding(_restore_pdf_glyphs(text))


def _restore_pdf_glyphs(text: str) -> str:
    """Turn the PDF stand-ins for ư/ã back into TCVN3 bytes where they touch a letter.

    A minus between digits stays a minus; "−¬ng" at a line start (ương) is a letter
    even though its neighbour "¬" is not alphabetic, hence the Latin-1 test.
    """
    if not any(c in text for c in _PDF_GLYPHS):
        return text
    chars = list(text)
    for i, char in enumerate(text):
        if char in _PDF_GLYPHS:
            near = text[i - 1 : i] + text[i + 1 : i + 2]
            if any(c.isalpha() or "\xa1" <= c <= "\xff" for c in near):
                chars[i] = _PDF_GLYPHS[char]
    return "".join(chars)


@lru_cache(maxsize=4096)
def _convert_core(core: str, encoding: str) -> str:
    text = viparse.fix(core, encoding=encoding, normalize="NFC")
    if encoding == "tcvn3" and _typed_in_capitals(text):
        # TCVN3 has no capital toned letters: "TH¤NG B¸O" was typed with caps lock on
        # and meant "THÔNG BÁO", so a line whose plain letters are all capitals is one.
        return text.upper()
    return text


def _typed_in_capitals(line: str) -> bool:
    # Count the plain letters of the words that hold a toned letter: "Số: 12/TB-UBND"
    # has one ("S"), so the code after it does not turn "Số" into "SỐ".
    words = [w for w in re.findall(r"[^\W\d_]+", line) if not w.isascii()]
    plain = [c for w in words for c in w if c.isascii()]
    return (
        len(plain) >= 3
        and all(c.isupper() for c in plain)
        and any(c.islower() for w in words for c in w if not c.isascii())
    )


# Tabs and runs of spaces inside a line: columns typed with the space bar (an old
# header: "UBND TØNH ...     CéNG HOµ ..."). viparse collapses them, so the pieces
# between them are converted one by one.
_WIDE_GAP = re.compile(r"(\t[ \t]*| {2,}\t*)")


def convert(text: str, encoding: str) -> str:
    """Convert legacy text to Unicode line by line, keeping its whitespace.

    >>> convert("Së KÕ ho¹ch vµ §Çu t­", "tcvn3")
    'Sở Kế hoạch và Đầu tư'
    """
    if encoding == "tcvn3":
        text = _restore_pdf_glyphs(text)
    out = []
    for line in text.split("\n"):
        pieces = _WIDE_GAP.split(line)
        for i in range(0, len(pieces), 2):  # odd indices are the gaps
            core = pieces[i].strip()
            if core and not core.isascii():
                start = pieces[i].index(core)
                pieces[i] = pieces[i][:start] + _convert_core(core, encoding) + pieces[i][start + len(core) :]
        out.append("".join(pieces))
    return "\n".join(out)


def convert_where_legacy(text: str, encoding: str) -> str:
    """Convert ``text`` unless it is already Unicode Vietnamese (a mixed document's other runs)."""
    if text.isascii() or is_unicode_vietnamese(text):
        return text
    return convert(text, encoding)


def fix_legacy_encoding(text: str) -> str:
    """Normalisation step: convert TCVN3/VNI mojibake to Unicode, leave everything else.

    The whole text decides the encoding; each line is then converted unless it
    already holds Unicode-only Vietnamese letters (mixed documents). In a text
    that is Unicode overall, a long line full of legacy bytes is judged on its own.

    >>> fix_legacy_encoding("Sôû Keá hoaïch vaø Ñaàu tö tænh Bình Ñònh baùo caùo")
    'Sở Kế hoạch và Đầu tư tỉnh Bình Định báo cáo'
    >>> fix_legacy_encoding("Sở Kế hoạch và Đầu tư")
    'Sở Kế hoạch và Đầu tư'
    """
    suspects = suspect_count(text)
    if suspects < _MIN_SUSPECTS:
        return text
    # a text whose Unicode-only letters far outnumber its legacy-looking bytes (an OCR's stray "©",
    # "š") is Unicode overall: only its lines are judged, the costly whole-text detection is spared
    unicode_overall = sum(c in _UNICODE_ONLY for c in text) > _UNICODE_MAJORITY * suspects
    encoding = None if unicode_overall else detect_legacy_encoding(text)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.isascii() or is_unicode_vietnamese(line):
            continue
        line_encoding = encoding
        if line_encoding is None:
            if len(line.strip()) < _MIN_LINE or suspect_count(line) < _MIN_SUSPECTS:
                continue
            line_encoding = detect_legacy_encoding(line)
        if line_encoding is not None:
            lines[i] = convert(line, line_encoding)
    return "\n".join(lines)


# The shape of a Vietnamese syllable on its bare letters (marks removed, đ as d):
# an optional onset, one to three vowels, an optional final consonant.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?",
    re.IGNORECASE,
)


def _bare(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def syllable_score(text: str) -> float:
    """Share of non-ASCII words that are well-formed Vietnamese syllables.

    Separates a right decoding from a wrong one: TCVN3 bytes read as Windows-1258
    give "Së" (ë is no Vietnamese letter), Windows-1258 bytes read as TCVN3 give
    two tone marks in one syllable, French read as TCVN3 gives "cafộ".
    """
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()]
    if not words:
        return 0.0
    good = 0
    for word in words:
        if not all(c.isascii() or c in VIETNAMESE_LETTERS for c in word):
            continue
        tones = sum(1 for c in unicodedata.normalize("NFD", word) if c in _TONES)
        good += tones <= 1 and bool(_SYLLABLE.fullmatch(_bare(word)))
    return good / len(words)
