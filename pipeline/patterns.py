"""Regex building blocks shared by the rule components: Vietnamese capitals and phrase lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Capital letters of Vietnamese, as the body of a regex character class. "[à-ỹ]" is no
# lowercase class: Đ, Ư, Ơ and the Latin Extended Additional block interleave the cases.
CAPITALS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"

# The word that opens a group of bodies: "các sở, ngành", "những đơn vị", "tất cả các xã".
GROUP_OPENING = re.compile(r"\s*(?:các|những|mọi|tất cả(?:\s+các)?)\s+", re.IGNORECASE)

# A short name the text defines for what it has just named: "(sau đây gọi là cơ sở đào tạo)".
NAME_DEFINITION = re.compile(r"\s*\(\s*(?:sau đây|dưới đây)\s+(?:được\s+)?gọi\s+(?:tắt\s+|chung\s+)?là\s+"
                             r"(?P<alias>[^()\n]{2,80}?)\s*\)", re.IGNORECASE)

# An administrative level, which may close a body's name: "Công an xã", "Sở Y tế tỉnh".
LEVEL_WORD = re.compile(r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|Trung ương)(?![\wđ])")


def alternation(phrases: Iterable[str]) -> str:
    """Literal phrases as one regex alternation, longest first so "phối hợp với" wins over "phối hợp".

    >>> alternation(["phối hợp", "phối hợp với"])
    'phối\\\\ hợp\\\\ với|phối\\\\ hợp'
    """
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
