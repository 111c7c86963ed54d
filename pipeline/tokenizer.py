"""A spaCy tokenizer on underthesea's word segmentation that keeps exact offsets.

underthesea's ``word_tokenize`` returns words ("Kế hoạch", "Đầu tư") without
offsets and may collapse whitespace, so each word is aligned back onto the text
syllable by syllable. Whatever cannot be aligned becomes single-character tokens,
so ``doc.text == text`` always holds.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab
from underthesea import word_tokenize


def align_words(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Character spans of ``words`` in ``text``, in order; unaligned words are skipped.

    >>> align_words("Sở  Kế hoạch", ["Sở", "Kế hoạch"])
    [(0, 2), (4, 12)]
    """
    spans: list[tuple[int, int]] = []
    cursor = 0
    n = len(text)
    for word in words:
        parts = word.split()
        if not parts:
            continue
        start = text.find(parts[0], cursor)
        # A word may skip only a few characters a previous word failed to cover;
        # a far-away hit is another occurrence, not this word.
        if start < 0 or len(text[cursor:start].strip()) > 8:
            continue
        end = start + len(parts[0])
        ok = True
        for part in parts[1:]:
            nxt = end
            while nxt < n and text[nxt].isspace():
                nxt += 1
            if not text.startswith(part, nxt):
                ok = False
                break
            end = nxt + len(part)
        if not ok:
            end = start + len(parts[0])
        spans.append((start, end))
        cursor = end
    return spans


def spans_to_doc(vocab: Vocab, text: str, spans: list[tuple[int, int]]) -> Doc:
    """Build a Doc whose tokens are ``spans`` plus everything between them."""
    words: list[str] = []
    spaces: list[bool] = []

    def add_gap(gap: str) -> None:
        # Text between words: one space attaches to the previous token,
        # any other run becomes whitespace or per-character tokens.
        if not gap:
            return
        if gap == " " and words and not spaces[-1]:
            spaces[-1] = True
            return
        if gap.isspace():
            words.append(gap)
            spaces.append(False)
            return
        for chunk in gap.split(" "):
            if chunk:
                words.extend(chunk)
                spaces.extend([False] * len(chunk))
            if words:
                spaces[-1] = True
        if not gap.endswith(" ") and words:
            spaces[-1] = False

    cursor = 0
    for start, end in spans:
        add_gap(text[cursor:start])
        words.append(text[start:end])
        spaces.append(False)
        cursor = end
    add_gap(text[cursor:])
    return Doc(vocab, words=words, spaces=spaces)


class VietnameseTokenizer:
    """spaCy tokenizer: underthesea word segmentation, aligned to the original text."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = word_tokenize(text, use_token_normalize=False) if text.strip() else []
        doc = spans_to_doc(self.vocab, text, align_words(text, words))
        if doc.text != text:  # defensive: never hand on a Doc with shifted offsets
            raise AssertionError("tokenizer lost characters")
        return doc

    # spaCy serialisation hooks: the tokenizer has no state of its own.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> VietnameseTokenizer:
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> VietnameseTokenizer:
        return self
