"""Text a word segmenter already went through: "Uỷ_ban_nhân_dân tỉnh yêu_cầu các sở , ban , ngành".

Corpora built for Vietnamese NLP (and the tools that made them, VnCoreNLP or pyvi among them) join
the syllables of a word with "_" and set punctuation apart with spaces. A document taken from one
reads as one long unknown word per name: "Uỷ_ban_nhân_dân" is no agency, "yêu_cầu" no directive.
Such a text is told by how many of its words hold a joint between letters; the joints become the
spaces they stand for, and the punctuation goes back to the word before it. A text with only a few
joints (a file name, an e-mail address, a variable in a letter) is left as it is.
"""

from __future__ import annotations

import re

from .patterns import PAGE_MARK

# "_" between two letters: the joint of a segmented word (not "so_2025" nor "__")
_JOINT = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
# punctuation a tokenizer set apart: "ngành , các", "sau :", "( trước ngày 20/5 )"
# (a page's mark before the punctuation rides on with it)
_SPACED_CLOSER = re.compile(rf"(?<=\S) +({PAGE_MARK}*[,.;:!?…)\]”])(?=[ \t]|$)", re.MULTILINE)
_SPACED_OPENER = re.compile(r"([(\[“]) +(?=\S)")

_MIN_JOINTS = 20  # a segmented page of a few lines still has this many
_MIN_SHARE = 0.05  # of its words: a segmented text joins about one word in four


def is_segmented(text: str) -> bool:
    """Whether ``text`` reads as a word segmenter's output: many words joined by "_".

    >>> is_segmented("Uỷ_ban_nhân_dân tỉnh yêu_cầu " * 10)
    True
    >>> is_segmented("Gửi hồ sơ về hop_thu@vinhlong.gov.vn trước ngày 20/5.")
    False
    """
    joints = len(_JOINT.findall(text))
    return joints >= _MIN_JOINTS and joints >= _MIN_SHARE * len(text.split())


def unsegment_words(text: str) -> str:
    """A segmented text with its words spelled with spaces and its punctuation attached again;
    any other text unchanged.

    >>> unsegment_words("Uỷ_ban_nhân_dân tỉnh yêu_cầu các sở , ban , ngành : " * 5).split(":")[0]
    'Uỷ ban nhân dân tỉnh yêu cầu các sở, ban, ngành'
    """
    if "_" not in text or not is_segmented(text):
        return text
    text = _JOINT.sub(" ", text)
    text = _SPACED_CLOSER.sub(r"\1", text)
    return _SPACED_OPENER.sub(r"\1", text)
