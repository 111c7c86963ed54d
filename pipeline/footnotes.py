"""Footnote references a legal library's consolidated text glues to its words.

A consolidated text (văn bản hợp nhất) and many crawled reports number their footnotes in
brackets right after the word they annotate: "2. Bộ Nội vụ[6] chịu trách nhiệm ...", "còn 03
bộ, cơ quan[2] và 09 địa phương[3]". The mark is no word of the sentence, and glued to a name it
ends the name too early or keeps it from matching the gazetteer. The notes themselves, at the
foot of the text ("[6] Cụm từ ... được thay thế ..."), open their lines and are left alone.
"""

from __future__ import annotations

import re

# a bracketed number right after a letter, before a space, punctuation or the line's end
_MARK = re.compile(r"(?<=[^\W\d_])\[\d{1,3}\](?=[\s.,;:)\]]|$)")


def drop_footnote_marks(text: str) -> str:
    """Remove footnote references glued to a word.

    >>> drop_footnote_marks("2. Bộ Nội vụ[6] chịu trách nhiệm; còn 03 bộ, cơ quan[2].")
    '2. Bộ Nội vụ chịu trách nhiệm; còn 03 bộ, cơ quan.'
    >>> drop_footnote_marks("[6] Cụm từ này được thay thế.")
    '[6] Cụm từ này được thay thế.'
    """
    return _MARK.sub("", text)
