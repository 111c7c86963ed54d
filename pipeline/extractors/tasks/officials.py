"""Officials named by function rather than by a body: "Đồng chí Phó Chủ tịch Thường trực, phụ trách
lĩnh vực ...". A local plan of the Party, the Front or a commune charges its own officials so, in the
value of a labelled line ("- Đơn vị chủ trì: Đồng chí ...") or in an item's label ("1. Đồng chí Trưởng
Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung ..."). The gazetteer knows the titles only over a
body; here the honorific says an official follows, and the line's structure says where the name ends.
"""

from __future__ import annotations

import re

from ...patterns import skip_blanks
from ..agencies import FoundAgency, flatten
from .actors import agencies_in
from .vocab import Vocab

# the words of one official's name, at most: "Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban
# Thường trực" is thirteen
_MOST_WORDS = 24
_TRIM = " \t.;,:*_"
_PIECE = re.compile(r"[^,;]+")


def _official(text: str, start: int, end: int) -> FoundAgency | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    name = text[start:end]
    if not name or "\n" in name or len(name.split()) > _MOST_WORDS:
        return None
    return FoundAgency(name, name, start, end)


def named_official(text: str, start: int, end: int, vocab: Vocab) -> FoundAgency | None:
    """The official a labelled line's value names after "đồng chí", the whole value being the name:
    "Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát" -> "Phó chủ tịch Thường trực, ..."."""
    marker = vocab.comrade.match(text, skip_blanks(text, start, end), end)
    return _official(text, marker.end(), end) if marker else None


def labelled_official(text: str, begin: int, end: int, vocab: Vocab) -> tuple[FoundAgency, int] | None:
    """An item labelled with an official named by function, and where its text starts after the
    label's colon: "Đồng chí Phó Giám đốc Trung tâm ... - Phó Trưởng tiểu ban: Chủ động tham mưu ..."."""
    marker = vocab.comrade.match(text, begin, end)
    if marker is None:
        return None
    colon = text.find(":", marker.end(), end)
    if colon < 0 or re.search(r"[.;!?\n]", text[marker.end() : colon]):
        return None
    official = _official(text, marker.end(), colon)
    return (official, colon + 1) if official is not None else None


def listed_officials(text: str, start: int, end: int, agencies: list[FoundAgency],
                     vocab: Vocab) -> list[FoundAgency] | None:
    """The partners a labelled line lists when some are officials named by function: "Các đ/c Phó Chủ
    tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã". In such a list every piece that
    is not a body's name alone is an official, named by the whole piece; None when no piece is."""
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(text, start, end) if m.group(0).strip(_TRIM)]
    if not any(vocab.comrade.match(text, skip_blanks(text, a, b), b) for a, b in pieces):
        return None
    listed: list[FoundAgency] = []
    for a, b in pieces:
        a = skip_blanks(text, a, b)
        marker = vocab.comrade.match(text, a, b)
        bodies = flatten(agencies_in(agencies, a, b))
        if marker is None and bodies and bodies[0].start == a and not text[bodies[-1].end : b].strip(_TRIM):
            listed.extend(bodies)  # "Ủy ban nhân dân xã": a body among the officials
            continue
        official = _official(text, marker.end() if marker else a, b)
        if official is not None:
            listed.append(official)
    return listed
