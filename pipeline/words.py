"""Words and their parts of speech where task assembly reads them: the openings of lines,
sentences and clauses, not the whole text.

A cheap first pass picks candidate windows: the first ``window`` syllables after each line
start or ``. ! ? ; :`` (after a list marker such as "1.", "a)", "-"), never crossing a line
break. Only those windows go through underthesea's word segmentation and POS tagging
(``pipeline.analysis``); the words found are merged into single tokens with
``doc.retokenize()`` and carry ``token.tag_`` (underthesea's tag: V, N, Np, A, E, C, R,
M, P, CH ...) and ``token.pos_`` (its Universal POS, from ``models/words.yaml``). The
windows are bounded, so the work grows linearly with the text.

``WordIndex.from_doc(doc).verb_at(offset)`` / ``predicate_at(doc, offset)`` answer the one
question assembly asks: does a verb start here, maybe after adverbs like "khẩn trương"?
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .analysis import get_analyser
from .resources import load_resources
from .tokenizer import text_of

# Where a clause may open: a line start, or after sentence or clause punctuation.
OPENING = re.compile(r"(?m)^|(?<=[.!?;:])[ \t]+")

# A list marker before the first word: "1.", "1.2.", "a)", "(3)", "II.", "-", "+", "•".
MARKER = re.compile(r"[ \t]*(?:[-+•*–—▪►○●]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVXLC]{1,5})[.)])?[ \t]*")

# A syllable or a punctuation mark inside a line (the tokenizer's pieces, whitespace aside).
PIECE = re.compile(r"\w+|[^\w\s]")


def candidate_windows(text: str, window: int) -> list[list[tuple[int, int]]]:
    """The pieces (syllable and punctuation spans) of each window to analyse, in text order.

    A window opens on a letter and holds ``window`` syllables at most; windows that would
    overlap are joined.

    >>> [[(a, b) for a, b in w] for w in candidate_windows("1. Sở Y tế rà soát; báo cáo.", 4)]
    [[(3, 5), (6, 7), (8, 10), (11, 13)], [(20, 23), (24, 27), (27, 28)]]
    """
    windows: list[list[tuple[int, int]]] = []
    reached = 0  # end of the last window
    for m in OPENING.finditer(text):
        start = MARKER.match(text, m.end()).end()
        if start < reached or not text[start : start + 1].isalpha():
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        pieces = list(_pieces(text, start, line_end, window))
        if len(pieces) < 2:
            continue
        if windows and start <= reached + 1 and text[reached:start].strip() == "":
            windows[-1].extend(pieces)  # a clause right after the last window continues it
        else:
            windows.append(pieces)
        reached = pieces[-1][1]
    return windows


def _pieces(text: str, start: int, end: int, syllables: int) -> Iterator[tuple[int, int]]:
    count = 0
    for m in PIECE.finditer(text, start, end):
        if m.group(0)[0].isalnum() or m.group(0)[0] == "_":
            count += 1
            if count > syllables:
                return
        yield m.span()


@dataclass(frozen=True)
class FoundWord:
    start: int
    end: int
    tag: str


def analyse(text: str, windows: list[list[tuple[int, int]]], analyser: str) -> list[FoundWord]:
    """Segment and tag the windows; a window's last word is dropped unless the window ends
    its line, as the cut may have split it."""
    answers = get_analyser(analyser)([[text[a:b] for a, b in w] for w in windows])
    words: list[FoundWord] = []
    for pieces, found in zip(windows, answers, strict=True):
        i = 0
        row = []
        for size, tag in found:
            row.append(FoundWord(pieces[i][0], pieces[i + size - 1][1], tag))
            i += size
        if row and not _ends_line(text, row[-1].end):
            row.pop()
        words.extend(row)
    return words


def _ends_line(text: str, end: int) -> bool:
    newline = text.find("\n", end)
    rest = text[end:] if newline < 0 else text[end:newline]
    return not rest.strip()


@Language.factory(
    "nhiemvu_words",
    default_config={"window": 8, "analyser": "underthesea", "models_dir": ""},
)
def make_words(nlp: Language, name: str, window: int, analyser: str, models_dir: str) -> WordsComponent:
    """``nlp.add_pipe("nhiemvu_words")``: put it right after the tokenizer (merging tokens
    leaves the spans that earlier components wrote pointing at the wrong tokens)."""
    return WordsComponent(window, analyser, models_dir)


class WordsComponent:
    """Merges the words of the candidate windows into tokens and tags them."""

    def __init__(self, window: int, analyser: str, models_dir: str = "") -> None:
        get_analyser(analyser)  # an unknown name fails when the pipeline is built
        self.window = window
        self.analyser = analyser
        self.upos: dict[str, str] = load_resources(models_dir or None).words["tags"]

    def __call__(self, doc: Doc) -> Doc:
        if self.analyser == "whitespace":
            return doc  # the ablation: syllables stay tokens, nothing is tagged
        text = text_of(doc)
        words = analyse(text, candidate_windows(text, self.window), self.analyser)
        with doc.retokenize() as retokenizer:
            for word in words:
                span = doc.char_span(word.start, word.end)
                if span is None:  # another tokenizer cut inside the word: leave it
                    continue
                upos = self.upos.get(word.tag, "X")
                if len(span) > 1:
                    retokenizer.merge(span, attrs={"TAG": word.tag, "POS": upos})
                else:
                    span[0].tag_, span[0].pos_ = word.tag, upos
        return doc


@dataclass(frozen=True)
class WordIndex:
    """The tagged words of a Doc by start offset: a small, pure view for task assembly."""

    text: str
    starts: list[int]
    ends: list[int]
    tags: list[str]
    pre_verbal: frozenset[str]

    @classmethod
    def from_doc(cls, doc: Doc, models_dir: str | None = None) -> WordIndex:
        """Index the tokens of ``doc`` that carry a tag (whatever tagged them)."""
        from spacy.attrs import IDX, LENGTH, TAG

        strings = doc.vocab.strings
        starts, ends, tags = [], [], []
        for idx, length, tag in doc.to_array([IDX, LENGTH, TAG]).tolist() if len(doc) else []:
            if tag:
                starts.append(idx)
                ends.append(idx + length)
                tags.append(strings[tag])
        pre_verbal = load_resources(models_dir).words["pre_verbal"]
        return cls(text_of(doc), starts, ends, tags, frozenset(w.lower() for w in pre_verbal))

    def word_at(self, offset: int) -> int | None:
        """Index of the tagged word starting at ``offset`` (after spaces), if any."""
        while offset < len(self.text) and self.text[offset] in " \t":
            offset += 1
        i = bisect.bisect_left(self.starts, offset)
        return i if i < len(self.starts) and self.starts[i] == offset else None

    def verb_at(self, offset: int, lowercase: bool = False) -> bool:
        """Whether the word at ``offset``, after at most two adverbs ("tiếp tục", "khẩn
        trương", "chủ động" ...), is tagged V (and written in lowercase, if asked).

        >>> index = WordIndex("Sở Y tế rà soát", [0, 3, 8], [2, 7, 15], ["N", "N", "V"], frozenset())
        >>> index.verb_at(7, lowercase=True), index.verb_at(0)
        (True, False)
        """
        i = self.word_at(offset)
        if i is None:
            return False
        for _ in range(2):
            word = self.text[self.starts[i] : self.ends[i]].lower()
            nxt = i + 1
            if word not in self.pre_verbal or nxt >= len(self.starts) or \
                    self.text[self.ends[i] : self.starts[nxt]].strip(" \t"):
                break
            i = nxt
        if self.tags[i] != "V":
            return False
        return not lowercase or self.text[self.starts[i]].islower()


def predicate_at(doc_or_index: Doc | WordIndex, offset: int, lowercase: bool = False) -> bool:
    """``WordIndex.verb_at`` on a Doc the ``nhiemvu_words`` component has run on, or an index.

    "Sở Y tế rà soát các dự án" -> True at the offset of "rà soát", False at "Sở".
    """
    index = doc_or_index if isinstance(doc_or_index, WordIndex) else WordIndex.from_doc(doc_or_index)
    return index.verb_at(offset, lowercase)
