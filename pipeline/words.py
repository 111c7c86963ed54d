"""Words and their parts of speech where task assembly reads them, not over the whole text.

A cheap first pass picks candidate windows of ``window`` syllables at most, never across a
line break:

- at clause openings: a line start or after ``. ! ? ; :`` (after a list marker such as
  "1.", "a)", "-"; a wrapped line that goes on with a sentence opens nothing). In the
  nhiemvu pipeline only openings in lowercase ("...; rà soát ..."), those of bulleted
  items and those of the sentences after a paragraph's first are analysed, as any other
  capitalised opening accepts only verbs of the closed lists;
- after the spans of ``doc.spans[after]`` followed by a lowercase word (in nhiemvu the
  agencies: "Sở Y tế rà soát ..."), counted from the span's end, with the span's last two
  syllables as left context.

Only those windows go through underthesea's word segmentation and POS tagging
(``pipeline.analysis``). Each word found becomes a span of ``doc.spans["words"]`` labelled
with underthesea's tag (V, N, Np, A, E, C, R, M, P, CH ...); its tokens get ``tag_`` and
``pos_`` (the Universal POS of ``models/words.yaml``), and with ``merge`` they are merged
into one token. Windows are bounded, so the work grows linearly with the text.

``WordIndex.from_doc(doc).verb_at(offset)`` / ``predicate_at(doc, offset)`` answer the one
question assembly asks: does an action verb start here, maybe after adverbs ("khẩn trương")?
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .analysis import get_analyser
from .patterns import LEVEL_WORD, alternation
from .resources import load_resources
from .tokenizer import text_of

WORDS_KEY = "words"

OPENINGS = ("all", "sentences", "items", "lowercase", "none")

# Where a clause may open: a line start, or after sentence or clause punctuation.
OPENING = re.compile(r"(?m)^|(?<=[.!?;:])[ \t]+")

# A list marker before the first word: "1.", "1.2.", "a)", "(3)", "II.", "-", "+", "•".
MARKER = re.compile(r"[ \t]*(?:[-+•*–—▪►○●]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVXLC]{1,5})[.)])?[ \t]*")

# A syllable or a punctuation mark (the tokenizer's pieces, whitespace aside).
PIECE = re.compile(r"\w+|[^\w\s]")

# Nothing but spaces up to the end of the line.
LINE_END = re.compile(r"[ \t\r]*(?:\n|$)")

# The last syllables before a span's end, kept as left context of the window after it.
CONTEXT = 2
# syllables a group's role may take before its predicate: "quản lý thị trường | tập trung", "quản lý và sử dụng vật
# liệu nổ công nghiệp các cấp | tổ chức" (name_bounds reads up to 12 for the predicate)
ROLE_REACH = 14
# ... and a relative clause that says which bodies of a kind: "cơ quan | được giao quyền tổ chức thi nâng ngạch
# công chức | xây dựng"
RELATIVE_REACH = 14


def opening_starts(text: str, lowercase_only: bool = False, bullets: bool = False,
                   sentences: bool = False, anchors: Sequence[int] | None = None) -> list[int]:
    """Offsets of the first word of every clause opening (see the module docstring);
    ``lowercase_only`` keeps those in lowercase, with ``bullets`` also the capitalised
    openings of bulleted items ("- Lấy mẫu ..."), and with ``sentences`` also those of the
    sentences after a paragraph's first ("... chủ trì ... . Tìm kiếm nguồn ..."); given sorted
    ``anchors`` (in nhiemvu the agencies' starts), only after one on the same line.

    >>> opening_starts("1. Sở Y tế rà soát; báo cáo.\\n- Theo dõi")
    [3, 20, 31]
    >>> opening_starts("1. Sở Y tế rà soát; báo cáo.\\n- Theo dõi", lowercase_only=True, bullets=True)
    [20, 31]
    >>> opening_starts("Sở Y tế rà soát. Tìm kiếm nguồn.", lowercase_only=True, sentences=True)
    [17]
    """
    starts = []
    for m in OPENING.finditer(text):
        marker = MARKER.match(text, m.end())
        start = marker.end()
        if not text[start : start + 1].isalpha() or (starts and starts[-1] == start):
            continue
        lower = text[start].islower()
        bulleted = bullets and BULLET_MARK.match(marker.group(0)) is not None
        inside = sentences and m.start() > 0 and text[m.start() - 1] in ".!?" and (
            anchors is None or _anchored(anchors, text.rfind("\n", 0, m.start()) + 1, m.start()))
        if (lowercase_only and not lower and not bulleted and not inside) or (
                lower and _continues_sentence(text, m.start())):
            continue
        starts.append(start)
    return starts


def _anchored(anchors: Sequence[int], line_start: int, end: int) -> bool:
    """Whether an anchor lies in ``[line_start, end)``."""
    i = bisect.bisect_left(anchors, line_start)
    return i < len(anchors) and anchors[i] < end


# A bullet or a letter ("-", "+", "•", "a)"), whose items in a directive part are actions one after another
# (a numbered item is as often a section's title, and analysing those costs the speed that pays for the rest).
BULLET_MARK = re.compile(r"[ \t]*(?:[-+•*–—▪►○●]|\(?[a-zđ][.)])[ \t]")


def _continues_sentence(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` goes on with the sentence of the line before it."""
    if line_start == 0 or text[line_start - 1] != "\n":
        return False
    end = line_start - 1
    while end > 0 and text[end - 1] in " \t\r":
        end -= 1
    return end > 0 and text[end - 1] not in ".!?;:\n"


def span_end_starts(text: str, ends: list[int]) -> list[int]:
    """Window starts for the words after span ends: ``CONTEXT`` syllables before each end
    that a lowercase word follows on the same line ("Sở Y tế| rà soát"), maybe after the bracket
    that closes a list of bodies ("(Sở Xây dựng, Sở Y tế|) tham gia")."""
    starts = []
    for end in ends:
        nxt = end
        while nxt < len(text) and text[nxt] in " \t":
            nxt += 1
        if text.startswith(")", nxt):
            nxt += 1
            while nxt < len(text) and text[nxt] in " \t":
                nxt += 1
        if nxt >= len(text) or not text[nxt].islower():
            continue
        line_start = text.rfind("\n", max(0, end - 40), end) + 1  # bounded: linear on one-line texts
        before = [m.start() for m in PIECE.finditer(text, max(line_start, end - 40), end)]
        starts.append(before[-CONTEXT] if len(before) >= CONTEXT else (before[0] if before else end))
    return starts


_WORD = re.compile(r"[^\W\d_][\w-]*")


def name_tails(text: str, start: int, end: int) -> list[int]:
    """Where a name's words may turn into a predicate: each lowercase word after a
    capitalised word other than its head, or after an administrative level ("Vụ Pháp| chế đưa
    ...", "Công an xã| làm sạch ...", "Văn phòng Ủy| ban nhân dân thành phố| truyền đạt ...");
    none when the head is followed directly by lowercase words ("Hội đồng thẩm định giá": no
    proper part to end).

    >>> text = "Văn phòng Ủy ban nhân dân thành phố truyền đạt ý kiến"
    >>> [text[tail:] for tail in name_tails(text, 0, len(text))]
    ['ban nhân dân thành phố truyền đạt ý kiến', 'truyền đạt ý kiến']
    >>> name_tails("Hội đồng thẩm định giá", 0, 22)
    []
    """
    words = list(_WORD.finditer(text, start, end))
    tails = []
    for index in range(1, len(words) - 1):
        level = LEVEL_WORD.match(text, words[index].start())
        after = index + (len(level.group(0).split()) if level else 1)
        if (level or words[index].group(0)[0].isupper()) and after < len(words):
            tail = words[after]
            if (tail.group(0)[0].islower() and "\n" not in text[words[index].end() : tail.start()]
                    and (not tails or tails[-1] != tail.start())):
                tails.append(tail.start())
    return tails


def name_tail(text: str, start: int, end: int) -> int | None:
    """The first of ``name_tails``, None when there is none.

    >>> text = "Công an xã làm sạch dữ liệu"
    >>> text[name_tail(text, 0, len(text)):]
    'làm sạch dữ liệu'
    """
    tails = name_tails(text, start, end)
    return tails[0] if tails else None


def name_tail_starts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Window starts for the lowercase tails of names (``name_tails``), ``CONTEXT`` syllables
    before each: the word layer says where the name ends and a predicate begins."""
    starts = []
    for start, end in spans:
        for tail in name_tails(text, start, end):
            before = [m.start() for m in PIECE.finditer(text, max(start, tail - 40), tail)]
            starts.append(before[-CONTEXT] if len(before) >= CONTEXT else tail)
    return starts


def candidate_windows(text: str, starts: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The pieces (syllable and punctuation spans) of the windows given as (start, number of
    syllables): each within its line; overlapping windows are joined.

    >>> candidate_windows("Sở Y tế rà soát; báo cáo.", [(0, 4), (17, 4)])
    [[(0, 2), (3, 4), (5, 7), (8, 10)], [(17, 20), (21, 24), (24, 25)]]
    """
    ranges: list[list[int]] = []
    for start, window in sorted(set(starts)):
        reach = min(len(text), start + 40 * (window + 1))  # bounded: linear on one-line texts
        line_end = text.find("\n", start, reach)
        line_end = reach if line_end < 0 else line_end
        end, count = start, 0
        for m in PIECE.finditer(text, start, line_end):
            if m.group(0)[0].isalnum():
                count += 1
                if count > window:
                    break
            end = m.end()
        if end == start:
            continue
        if ranges and start < ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], end)
        else:
            ranges.append([start, end])
    return [[m.span() for m in PIECE.finditer(text, a, b)] for a, b in ranges]


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
        if row and not LINE_END.match(text, pieces[-1][1]):
            row.pop()
        words.extend(row)
    return words


@Language.factory(
    "nhiemvu_words",
    default_config={"window": 12, "analyser": "underthesea", "openings": "all", "after": "",
                    "after_times": "", "tails_of": "", "merge": False, "models_dir": ""},
)
def make_words(nlp: Language, name: str, window: int, analyser: str, openings: str, after: str,
               after_times: str, tails_of: str, merge: bool, models_dir: str) -> WordsComponent:
    """``nlp.add_pipe("nhiemvu_words")``. ``openings``: which clause openings to analyse
    (all; sentences: lowercase ones, bulleted items and the sentences after a paragraph's first;
    items: lowercase ones and bulleted items; lowercase; none); ``after``: a span key whose
    spans' ends also open a window;
    ``after_times``: a span key of time phrases whose ends open a window too (the action a
    schedule's step names after its span: "từ tháng 1 đến tháng 3-2020| sẽ tiến hành ...");
    ``tails_of``: the label of the ``after`` spans whose names may turn into a predicate inside
    them (in nhiemvu the names the gazetteer lacks); empty: every span's;
    ``merge``: merge each word's tokens into one (spans already written stay aligned)."""
    return WordsComponent(window, analyser, openings, after, merge, models_dir, after_times, tails_of)


class WordsComponent:
    """Writes ``doc.spans["words"]`` and the tags of their tokens, for the candidate windows."""

    def __init__(self, window: int = 12, analyser: str = "underthesea", openings: str = "all",
                 after: str = "", merge: bool = False, models_dir: str = "", after_times: str = "",
                 tails_of: str = "") -> None:
        get_analyser(analyser)  # an unknown name fails when the pipeline is built
        if openings not in OPENINGS:
            raise ValueError(f"openings must be one of {', '.join(OPENINGS)}, not {openings!r}")
        self.window, self.analyser, self.openings, self.after, self.merge = (
            window, analyser, openings, after, merge)
        self.after_times, self.tails_of = after_times, tails_of
        resources = load_resources(models_dir or None)
        self.upos: dict[str, str] = resources.words["tags"]
        # a group's role ("các cơ quan | quản lý thị trường | tập trung ..."): its end is read further on
        self.role = re.compile(rf"[ \t]+(?:{alternation(resources.agency_patterns.get('role_verbs', [])) or '(?!)'})"
                               r"(?![\wđ])")
        self.relative = re.compile(
            rf"[ \t]+(?:{alternation(resources.agency_patterns.get('relative_markers', [])) or '(?!)'})(?![\wđ])")

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        # a sentence that goes on a body's task follows that body's name on its line
        anchors = sorted(s.start_char for s in doc.spans[self.after]) if self.after in doc.spans else None
        starts = [] if self.openings == "none" else opening_starts(
            text, self.openings in {"lowercase", "items", "sentences"}, bullets=self.openings in {"items", "sentences"},
            sentences=self.openings == "sentences", anchors=anchors)
        windows = [(start, self.window) for start in starts]
        if self.after and self.after in doc.spans:
            after = span_end_starts(text, [s.end_char for s in doc.spans[self.after]])
            windows += [(start, self.window + CONTEXT) for start in after]
            roles = [s.end_char for s in doc.spans[self.after] if self.role.match(text, s.end_char)]
            windows += [(start, self.window + CONTEXT + ROLE_REACH) for start in span_end_starts(text, roles)]
            relatives = [s.end_char for s in doc.spans[self.after] if self.relative.match(text, s.end_char)
                         or self.relative.search(text, s.start_char, s.end_char)]
            windows += [(start, self.window + CONTEXT + RELATIVE_REACH) for start in span_end_starts(text, relatives)]
            spans = [(s.start_char, s.end_char) for s in doc.spans[self.after]
                     if not self.tails_of or s.label_ == self.tails_of]
            windows += [(start, self.window + CONTEXT) for start in name_tail_starts(text, spans)]
        if self.after_times and self.after_times in doc.spans:
            ends = [s.end_char for s in doc.spans[self.after_times]]
            windows += [(start, self.window + CONTEXT) for start in span_end_starts(text, ends)]
        words = analyse(text, candidate_windows(text, windows), self.analyser)
        spans = []
        for word in words:
            span = doc.char_span(word.start, word.end, label=word.tag)
            if span is None:  # another tokenizer cut inside the word: leave it
                continue
            spans.append(span)
            if word.tag:
                upos = self.upos.get(word.tag, "X")
                for token in span:
                    token.tag_, token.pos_ = word.tag, upos
        doc.spans[WORDS_KEY] = spans
        if self.merge:
            _merge_words(doc, spans)
        return doc


def _merge_words(doc: Doc, words: list[Span]) -> None:
    """Merge each word's tokens, then re-anchor every span group by character offsets
    (``doc.retokenize`` leaves their token indices stale). A word that crosses the edge
    of a span already written stays unmerged, so those spans keep their exact extent."""
    edges = sorted({edge for key, group in doc.spans.items() if key != WORDS_KEY
                    for span in group for edge in (span.start_char, span.end_char)})
    groups = {key: [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in group]
              for key, group in doc.spans.items()}
    with doc.retokenize() as retokenizer:
        for word in words:
            inside = bisect.bisect_right(edges, word.start_char)  # first edge after the word's start
            if len(word) > 1 and not (inside < len(edges) and edges[inside] < word.end_char):
                retokenizer.merge(word)
    for key, group in groups.items():
        doc.spans[key] = [doc.char_span(a, b, label=label, kb_id=kb) for a, b, label, kb in group]


@dataclass(frozen=True)
class WordIndex:
    """The tagged words of a Doc by start offset: a small, pure view for task assembly."""

    text: str
    starts: list[int]
    ends: list[int]
    tags: list[str]
    pre_verbal: frozenset[str] = frozenset()
    not_actions: frozenset[str] = frozenset()

    @classmethod
    def from_doc(cls, doc: Doc, models_dir: str | None = None) -> WordIndex:
        """Index ``doc.spans["words"]`` (empty when the component did not run)."""
        spans = sorted((s.start_char, s.end_char, s.label_) for s in doc.spans.get(WORDS_KEY, []) if s.label_)
        words = load_resources(models_dir).words
        return cls(text_of(doc), [s[0] for s in spans], [s[1] for s in spans], [s[2] for s in spans],
                   frozenset(w.lower() for w in words["pre_verbal"]),
                   frozenset(w.lower() for w in words["not_actions"]))

    def word_at(self, offset: int) -> int | None:
        """Index of the tagged word starting at ``offset`` (after spaces), if any."""
        while offset < len(self.text) and self.text[offset] in " \t":
            offset += 1
        i = bisect.bisect_left(self.starts, offset)
        return i if i < len(self.starts) and self.starts[i] == offset else None

    def tag_at(self, offset: int) -> str | None:
        """The tag of the word starting at ``offset`` (after spaces); None inside a word or where
        nothing was analysed.

        >>> WordIndex("Sở Y tế rà soát", [0, 3, 8], [2, 7, 15], ["N", "N", "V"]).tag_at(8)
        'V'
        """
        i = self.word_at(offset)
        return self.tags[i] if i is not None else None

    def verb_at(self, offset: int, lowercase: bool = False) -> bool:
        """Whether the word at ``offset``, after at most two adverbs ("tiếp tục", "khẩn
        trương", "chủ động" ...), is tagged V, is not a verb of being ("là", "có", "được" ...),
        has a complement, and is written in lowercase, if asked.

        >>> index = WordIndex("Sở Y tế rà soát các dự án", [0, 3, 8, 16], [2, 7, 15, 19], ["N", "N", "V", "L"])
        >>> index.verb_at(7, lowercase=True), index.verb_at(0)
        (True, False)
        """
        i = self.word_at(offset)
        if i is None:
            return False
        for _ in range(2):
            nxt = i + 1
            if (self.text[self.starts[i] : self.ends[i]].lower() not in self.pre_verbal
                    or nxt >= len(self.starts) or self.text[self.ends[i] : self.starts[nxt]].strip(" \t")):
                break
            i = nxt
        word = self.text[self.starts[i] : self.ends[i]]
        if self.tags[i] != "V" or word.lower() in self.not_actions:
            return False
        if lowercase and not word[0].islower():
            return False
        # An action has a complement: a "verb" right before a comma, a colon or the end of
        # the line is more likely a noun the tagger misread ("các tỉnh ủy, thành ủy").
        following = self.text[self.ends[i] : self.ends[i] + 3].lstrip(" \t")
        return bool(following) and (following[0].isalnum() or following[0] in "“\"(")


def predicate_at(doc_or_index: Doc | WordIndex, offset: int, lowercase: bool = False) -> bool:
    """``WordIndex.verb_at`` on a Doc the ``nhiemvu_words`` component has run on, or an index.

    "Sở Y tế rà soát các dự án" -> True at the offset of "rà soát", False at "Sở".
    """
    index = doc_or_index if isinstance(doc_or_index, WordIndex) else WordIndex.from_doc(doc_or_index)
    return index.verb_at(offset, lowercase)
