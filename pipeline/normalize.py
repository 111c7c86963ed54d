"""Canonical text: one pipeline of named ``str -> str`` steps.

Every offset nhiemvu reports points into the output of :func:`canonical_text`.
The steps fix what Vietnamese documents suffer from: decomposed Unicode, two
tone-mark placements ("hoà"/"hòa", "Uỷ"/"Ủy"), stray and non-breaking spaces,
and text copied out of PDFs (a line break every ~80 characters, blank lines
between lines) which is rebuilt into paragraphs and items.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Callable

from .legacy import fix_legacy_encoding

# Combining tone marks of Vietnamese (grave, acute, hook above, tilde, dot below).
_TONES = "\u0300\u0301\u0309\u0303\u0323"
_TONE_RE = re.compile(f"[{_TONES}]")

# "oa", "oe", "uy" with no final consonant carry the mark on the first vowel in
# the official spelling of names ("Thanh Hóa", "Khánh Hòa", "Ủy ban"); the other
# placement ("Hoá", "Uỷ") is rewritten so gazetteer matching never depends on it.
# The (?<![qQ]) guard keeps "quý" and "quỳ" (qu is a consonant) untouched.
_OLD_STYLE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONES + r"])(?![^\W\d_]|[\u0300-\u036f])")

_SPACE_LIKE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")

# A line that opens an item: "-", "+", "•", "–", "*", "1.", "1)", "2.1.", "a)", "I.", "(1)", "Điều 2."
ITEM_START = re.compile(
    r"""^\s*(?:
        [-+•–—*·▪►○●]\s                # bullets
      | \d{1,2}(?:\.\d{1,2})*[.)]\s    # 1.  1)  2.1.
      | [a-zđ][.)]\s                   # a)  b.
      | [IVXLC]{1,5}[.)]\s             # I.  IV)
      | \(\d{1,2}\)\s                  # (1)
      | Điều\s+\d+                     # Điều 2
      | Khoản\s+\d+
    )""",
    re.VERBOSE,
)

_SENTENCE_END = re.compile(r"[.;:!?…]['\"”’)]*$")


def to_nfc(text: str) -> str:
    """Compose decomposed Unicode: "Đo\u0302\u0300ng" -> "Đồng"."""
    return unicodedata.normalize("NFC", text)


def unify_tone_marks(text: str) -> str:
    """Put the tone of "oa", "oe", "uy" on the first vowel: "hoà" -> "hòa", "Uỷ" -> "Ủy"."""

    def move(match: re.Match[str]) -> str:
        first, second, tone = match.groups()
        return unicodedata.normalize("NFC", first + tone + second)

    decomposed = unicodedata.normalize("NFD", text)
    # NFD separates vowel quality marks too (ơ, ư, â); the pattern only takes bare o/u + a/e/y.
    return unicodedata.normalize("NFC", _OLD_STYLE.sub(move, decomposed))


def clean_spaces(text: str) -> str:
    """Unify line ends, drop invisible characters, turn odd spaces into plain ones."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACE_LIKE.sub(" ", text)
    text = re.sub(r" {2,}", " ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def undo_double_spacing(text: str) -> str:
    """Text copied from PDFs often has a blank line after every line: remove one per line."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line]
    if len(filled) < 6:
        return text
    followed_by_blank = sum(
        1 for i in filled if i + 2 < len(lines) and lines[i + 1] == "" and lines[i + 2] != ""
    )
    adjacent = sum(1 for i in filled if i + 1 < len(lines) and lines[i + 1] != "")
    if followed_by_blank < 0.6 * len(filled) or adjacent > 0.1 * len(filled):
        return text
    out: list[str] = []
    skip_next_blank = False
    for line in lines:
        if skip_next_blank and line == "":
            skip_next_blank = False
            continue
        out.append(line)
        skip_next_blank = line != ""
    return "\n".join(out)


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _starts_lower(line: str) -> bool:
    first = line[:1]
    return first.isalpha() and first.islower()


def join_wrapped_lines(text: str) -> str:
    """Rejoin lines that a PDF or a fixed-width page broke inside a paragraph.

    A break is kept before an item marker, around headings, after a short line that
    ends a sentence, and at blank lines; otherwise the two lines are one paragraph.
    """
    lines = text.split("\n")
    widths = sorted(len(line) for line in lines if len(line) > 20)
    if len(widths) < 4:
        return text
    width = statistics.quantiles(widths, n=4)[2] if len(widths) >= 4 else widths[-1]
    if width > 160:  # one paragraph per line already: nothing was wrapped
        return text
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        if _should_join(prev, line, width):
            out[-1] = prev + line if _hyphen_split(prev, line) else f"{prev} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _hyphen_split(prev: str, line: str) -> bool:
    # "07-\nCTr/TU": a notation broken after its hyphen is glued back without a space.
    return prev.endswith("-") and bool(re.match(r"[A-ZĐ][A-Za-zĐđ&]{0,6}[/-]", line))


def _range_split(prev: str, line: str) -> bool:
    # "giai đoạn 2016\n- 2020; ...": a year range broken before its dash is not a bullet.
    return bool(re.search(r"(?:19|20)\d{2}$", prev)) and bool(re.match(r"[-–]\s?(?:19|20)\d{2}(?!\d)", line))


def _should_join(prev: str, line: str, width: float) -> bool:
    if not prev or not line or prev == "|" or line == "|":
        return False
    if " | " in prev or " | " in line:  # flattened table rows stay one per line
        return False
    if _range_split(prev, line):
        return True
    if ITEM_START.match(line) or _is_heading(line) or _is_heading(prev):
        return False
    if _hyphen_split(prev, line):
        return True
    if _starts_lower(line):
        return True
    ends_sentence = bool(_SENTENCE_END.search(prev))
    if ends_sentence:
        return False
    return len(prev) >= 0.6 * width


def collapse_blank_lines(text: str) -> str:
    """At most one blank line between paragraphs; no blank lines at either end."""
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


Step = Callable[[str], str]

STEPS: tuple[Step, ...] = (
    to_nfc,
    fix_legacy_encoding,
    unify_tone_marks,
    clean_spaces,
    undo_double_spacing,
    join_wrapped_lines,
    collapse_blank_lines,
)


def canonical_text(text: str, steps: tuple[Step, ...] = STEPS) -> str:
    """Run every normalisation step in order: the text all offsets refer to."""
    for step in steps:
        text = step(text)
    return text
