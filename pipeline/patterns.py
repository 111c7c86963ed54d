"""Regex building blocks shared by the rule components: Vietnamese capitals and phrase lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Capital letters of Vietnamese, as the body of a regex character class. "[à-ỹ]" is no
# lowercase class: Đ, Ư, Ơ and the Latin Extended Additional block interleave the cases.
CAPITALS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"

# The word that opens a group of bodies: "các sở, ngành", "những đơn vị", "tất cả các xã".
GROUP_OPENING = re.compile(r"\s*(?:các|những|mọi|tất cả(?:\s+các)?)\s+", re.IGNORECASE)

# A short name the text defines for what it has just named: "(sau đây gọi là cơ sở đào tạo)".
NAME_DEFINITION = re.compile(r"\s*\(\s*(?:sau đây|dưới đây)\s+(?:được\s+)?"
                             r"(?:gọi\s+(?:tắt\s+|chung\s+)?|viết\s+tắt\s+)là\s+"
                             r"(?P<alias>[^()\n]{2,80}?)\s*\)", re.IGNORECASE)

# An administrative level, which may close a body's name: "Công an xã", "Sở Y tế tỉnh".
LEVEL_WORD = re.compile(r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|Trung ương)(?![\wđ])")


def alternation(phrases: Iterable[str]) -> str:
    """Literal phrases as one regex alternation, longest first so "phối hợp với" wins over "phối hợp";
    phrases that share their first words share them in the regex (see ``word_trie``).

    >>> alternation(["phối hợp", "phối hợp với", "chủ trì"])
    'phối\\\\ hợp(?:\\\\ với)?|chủ\\\\ trì'
    """
    return _alternation(tuple(sorted(set(phrases))))


@lru_cache(maxsize=1024)
def _alternation(phrases: tuple[str, ...]) -> str:
    """``alternation`` of a sorted tuple: the lists are data, asked for again with each document."""
    found = word_trie((p for p in phrases if p.strip()), joiner=r"\ ")
    return f"{found}|" if "" in phrases else found


def word_trie(phrases: Iterable[str], joiner: str = r"\s+") -> str:
    """Phrases as one regex that shares their first words: "Sở (?:Y tế|Tài chính)" rather than
    "Sở Y tế|Sở Tài chính", so a position is tried once per word, not once per phrase. Longer
    phrases come first at every branch, as in ``alternation``; words are joined by ``joiner``.

    >>> word_trie(["Sở Y tế", "Sở Tài chính", "Sở"], joiner=" ")
    'Sở(?: (?:Tài chính|Y tế))?'
    """
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for word in phrase.split():
            node = node.setdefault(word, {})
        node[""] = {}  # a phrase ends here

    def longest(node: dict) -> int:
        return max((len(word) + 1 + longest(child) for word, child in node.items() if word), default=0)

    def emit(node: dict) -> str:
        words = sorted((w for w in node if w), key=lambda w: (-(len(w) + longest(node[w])), w))
        # a word that begins another ("dục" of "dục," in "cơ sở giáo dục, đào tạo") goes after it,
        # else the regex stops at the shorter word whatever follows
        words = sorted(words, key=lambda w: -sum(o != w and w.startswith(o) for o in words))
        branches = []
        for word in words:
            child = node[word]
            rest = {w: c for w, c in child.items() if w}
            tail = ""
            if rest:
                inner = emit(rest)
                tail = f"{joiner}{inner}" if len(rest) == 1 and "" not in rest else f"{joiner}(?:{inner})"
                if "" in child:
                    tail = f"(?:{tail})?"
            branches.append(re.escape(word) + tail)
        return "|".join(branches)

    return emit(trie)


def initial_groups(words: Iterable[str]) -> str:
    """Words as one alternation for a case-insensitive pattern, grouped by their first letter:
    "[cC](?:ác|ơ)|[sS](?:ở)" rather than "các|cơ|sở", so a position is tried once per letter, not once
    per word. Each group keeps the order ``alternation`` gives its words; words of different
    letters never match at the same place, so the regex matches what ``alternation`` would.
    The letter is a case-sensitive class of both its cases: the regex engine skips a branch that
    opens with a class at once, but enters one that opens with a case-folded letter.

    >>> initial_groups(["các", "cơ", "sở"])
    '(?-i:[cC])(?:ác|ơ)|(?-i:[sS])(?:ở)'
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        groups.setdefault(word[:1].lower(), []).append(word[1:])
    parts = []
    for initial, rests in groups.items():
        longer = [rest for rest in rests if rest]
        inner = f"(?:{alternation(longer)})" if longer else ""
        parts.append(either_case(initial) + (f"{inner}?" if longer and len(longer) < len(rests) else inner))
    return "|".join(parts)


def either_case(letter: str) -> str:
    """A letter in either case as a class read case-sensitively ("(?-i:[sS])"), which a
    case-insensitive branch tests before entering it; a letter without case stays itself.

    >>> either_case("đ"), either_case("1")
    ('(?-i:[đĐ])', '1')
    """
    lower, upper = letter.lower(), letter.upper()
    if lower == upper or len(upper) != 1:
        return re.escape(letter)
    return f"(?-i:[{re.escape(lower)}{re.escape(upper)}])"


def skip_blanks(text: str, pos: int, end: int) -> int:
    """The offset of the first character after ``pos`` (before ``end``) that is not blank."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


# Who signs for whom: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG", "TUQ.", "Q.";
# older "T/M", "K/T"; any case (a .VnTimeH heading converts to "kt. Thống đốc"), and
# the authority may stand alone on its line with the body's name on the next.
SIGNATURE_AUTHORITY = re.compile(r"^(?:(?:TM|KT|TL|TUQ|Q)\s*\.|[TK]\s*/\s*[MTL]\b)\s*(?:[^\W\d_]|$)", re.IGNORECASE)

# Marks where a page starts while the text is normalised, so page numbers survive
# every step exactly. A Unicode noncharacter: reserved for internal use, it never
# occurs in a document (any stray one is dropped first).
# the label of a letter's addressee: "Kính gửi", "Đồng kính gửi"
ADDRESSEE_LABEL = r"(?:Đồng\s+)?[Kk]ính\s+gửi"

# A table column's label may carry a note in brackets: "Đơn vị phối hợp (Bộ/ngành/địa phương)".
LABEL_NOTE = r"\([^()\n]{1,40}\)"

PAGE_MARK = "\ufdd0"
# ... which the patterns of the steps that part lines let open any word ("II. \ufdd0MỤC TIÊU ...")
PAGE_MARK_OPTIONAL = f"{PAGE_MARK}?"


# A title line ending with these words goes on: "... CỦA" / "THỦ TƯỚNG CHÍNH PHỦ" (a name after them is
# the title's, not who enacts it).
TITLE_GOES_ON = re.compile(r"(?:,|-|–|\b(?:CỦA|VÀ|VỀ|CHO|VỚI|TẠI|ĐỐI|TRONG|THUỘC|GIỮA|CÁC|NĂM|SỐ))$", re.IGNORECASE)

# A number with its notation ("70/KH-UBND", "01/2024/NĐ-CP", "43/2019/QH14"), not a scan's remains of
# one ("0? /TB-TCT") nor a month ("tháng 12/2024")
NUMBER_NOTATION = re.compile(r"\d+(?:/\d{4})?/[A-ZĐ]")

