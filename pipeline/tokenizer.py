"""The spaCy tokenizer of every nhiemvu pipeline: syllables and punctuation, exact offsets.

Vietnamese writes one syllable per space-separated piece ("Kế hoạch" is two), so the
cheap cut of the whole text is by syllable: runs of letters and digits, every other
visible character on its own, whitespace kept. Words of several syllables are built
later, only where they are read (``pipeline.words``); ``doc.text == text`` always holds.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

# doc.user_data key of the text a Doc was made from (see text_of)
TEXT_KEY = "nhiemvu.text"

# A syllable or number ("Sở", "4647"), one other visible character ("/", "“"), or a
# run of whitespace. \w also takes "_"; combining marks left over stand alone.
PIECE = re.compile(r"\w+|[^\w\s]|\s+")


def syllable_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the visible pieces of ``text`` (whitespace between them left out).

    >>> syllable_spans("Sở KH&ĐT  chủ trì")
    [(0, 2), (3, 5), (5, 6), (6, 8), (10, 13), (14, 17)]
    """
    return [m.span() for m in PIECE.finditer(text) if not m.group(0).isspace()]


def pieces_to_doc(vocab: Vocab, text: str) -> Doc:
    """A Doc of the pieces of ``text``: one space after a piece is its trailing space,
    any other whitespace is a token of its own."""
    found = _SPACED_PIECE.findall(text)
    return Doc(vocab, words=[piece or blank for piece, _, blank in found],
               spaces=[bool(space) for _, space, _ in found])


# A visible piece with the one space that may trail it, or a run of whitespace (what is left of one).
_SPACED_PIECE = re.compile(r"(\w+|[^\w\s])( ?)|(\s+)")


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy rebuilds it from every token at each access, and
    retokenizing never changes it."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


class SyllableTokenizer:
    """spaCy tokenizer: syllables and punctuation of the text as written, linear and cheap."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        doc = pieces_to_doc(self.vocab, text)
        end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        if end != len(text):  # defensive: never hand on a Doc with shifted offsets
            raise AssertionError("tokenizer lost characters")
        doc.user_data[TEXT_KEY] = text
        return doc

    # spaCy serialisation hooks: the tokenizer has no state of its own.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> SyllableTokenizer:
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> SyllableTokenizer:
        return self
