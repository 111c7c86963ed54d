"""The number a file's name gives a document, for a text that lost its header.

Legal libraries and document systems name files by type, number and year, in ASCII:
"Cong-van-6357-UBND-NC-2025-tang-cuong-....md" is Công văn 6357/UBND-NC of 2025,
"Quyet-dinh-102-2025-QD-UBND-tieu-chuan-....md" is Quyết định 102/2025/QĐ-UBND. The name
is read only when the text states no number (a crawl that dropped the header), and the
result says so in its warnings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .resources import Resources


@dataclass(frozen=True)
class NamedNumber:
    number: str
    year: int


def fold(text: str) -> str:
    """ASCII letters of ``text``: "Quyết định" -> "quyet dinh", "QĐ" -> "qd"."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=4)
def _vocabulary(resources: Resources) -> tuple[re.Pattern[str], dict[str, str]]:
    """The file-name prefix of every document type, and notation words by their ASCII form."""
    names = {fold(t.name).replace(" ", "-") for t in resources.document_types} | {"cong-van"}
    prefix = re.compile(
        r"^(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")-"
        r"(?P<serial>\d{1,6})-(?P<rest>.+)$",
        re.IGNORECASE,
    )
    words: dict[str, str] = {}
    for entry in resources.document_types:
        if entry.notation:
            words.setdefault(fold(entry.notation).upper(), entry.notation)
    for abbreviation in resources.abbreviations:
        if abbreviation.isupper() and abbreviation.isalpha():
            words.setdefault(fold(abbreviation).upper(), abbreviation)
    return prefix, words


def number_from_name(name: str, resources: Resources) -> NamedNumber | None:
    """The number and year a file's name spells, or None.

    >>> from pipeline.resources import load_resources
    >>> number_from_name("Quyet-dinh-102-2025-QD-UBND-tieu-chuan-xe.md", load_resources())
    NamedNumber(number='102/2025/QĐ-UBND', year=2025)
    """
    prefix, words = _vocabulary(resources)
    found = prefix.match(name.rsplit("/", 1)[-1])
    if found is None:
        return None
    parts = found["rest"].split("-")
    year_at = next((i for i, p in enumerate(parts[:4]) if re.fullmatch(r"(?:19|20)\d{2}", p)), None)
    if year_at is None:
        return None
    year = int(parts[year_at])
    serial = found["serial"]
    if year_at and all(p.isdigit() for p in parts[:year_at]):  # "66-8-2025-NQ-CP": 66.8/2025/NQ-CP
        serial, parts, year_at = ".".join([serial, *parts[:year_at]]), parts[year_at:], 0
    if year_at == 0:  # "102-2025-QD-UBND": the year belongs to the number
        notation = _notation(parts[1:], words)
        number = f"{serial}/{year}/{notation}" if notation else None
    else:  # "6357-UBND-NC-2025": the notation comes before the year
        notation = _notation(parts[:year_at], words)
        number = f"{serial}/{notation}" if notation else None
    return NamedNumber(number, year) if number else None


def _notation(parts: list[str], words: dict[str, str]) -> str:
    """The notation's words (capitals and digits), with their diacritics where they are known."""
    taken = []
    for part in parts:
        # "UBND", "QD", "TTg", "BVHTTDL": capitals (a slug's "Quy-che" is a word of the title)
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", part) or sum(c.isupper() for c in part) < 2:
            break
        taken.append(words.get(part, part))
    return "-".join(taken)
