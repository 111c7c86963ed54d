"""Regex building blocks shared by the rule components: Vietnamese capitals and phrase lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Capital letters of Vietnamese, as the body of a regex character class. "[à-ỹ]" is no
# lowercase class: Đ, Ư, Ơ and the Latin Extended Additional block interleave the cases.
CAPITALS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"


def alternation(phrases: Iterable[str]) -> str:
    """Literal phrases as one regex alternation, longest first so "phối hợp với" wins over "phối hợp".

    >>> alternation(["phối hợp", "phối hợp với"])
    'phối\\\\ hợp\\\\ với|phối\\\\ hợp'
    """
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
