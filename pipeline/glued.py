"""Words a crawl glued together: "trách nhiệmhướng dẫn", "BộCông Thương", "ngày26/02/2013".

Legal-library pages lose the space between two words where a line or a tag broke in the source.
A glued word is no Vietnamese syllable; it is parted where a capital starts the second word
("BộCông"), or where it splits into two syllables of the lexicon in one way only, the two as a
word of the lexicon breaking a tie ("ban|hành", not "ba|nhành"). The syllable grammar and the
words numbers follow are data: ``models/syllables.yaml``; the lexicon is underthesea's word list.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .legacy import VIETNAMESE_LETTERS

if TYPE_CHECKING:
    from .language import Grammar

_WORD = re.compile(r"[^\W\d_]{4,}")
_SACS_AND_NANGS = frozenset("\u0301\u0323")
_VIETNAMESE_ONLY = frozenset(c for c in VIETNAMESE_LETTERS if not c.isascii())
_SHORTEST = 2  # a syllable of one letter ("o", "ý") is too often a fragment to part a word on


@dataclass(frozen=True)
class _Glue:
    grammar: Grammar
    stop_codas: tuple[str, ...]
    before_number: re.Pattern[str]


@functools.lru_cache(maxsize=2)
def _glue() -> _Glue:
    # normalisation runs before the resources are read, and they import it: loaded on first use
    from .language import load_grammar
    from .resources import _read_yaml, default_models_dir

    data = _read_yaml(default_models_dir() / "syllables.yaml", [])
    words = "|".join(sorted((re.escape(w) for w in data.get("number_words", [])), key=len, reverse=True))
    return _Glue(load_grammar(), tuple(data.get("stop_codas", [])),
                 re.compile(rf"(?<![^\W\d_])({words or '(?!)'})(?=\d)", re.IGNORECASE))


def split_glued_words(text: str) -> str:
    """The text with glued words parted.

    >>> split_glued_words("Vụ Tổ chức cán bộ có trách nhiệmhướng dẫn; BộCông Thương; ngày26/02/2013")
    'Vụ Tổ chức cán bộ có trách nhiệm hướng dẫn; Bộ Công Thương; ngày 26/02/2013'
    >>> split_glued_words("kế hoạch năm 2021.Tuyệt đối không; TP.Hồ Chí Minh; baochinhphu.vn")
    'kế hoạch năm 2021. Tuyệt đối không; TP.Hồ Chí Minh; baochinhphu.vn'
    >>> split_glued_words("tổ chức Ngày hội...;Tổng cục Du lịch chủ trì; phòng, chống dịch COVID- 19")
    'tổ chức Ngày hội...; Tổng cục Du lịch chủ trì; phòng, chống dịch COVID-19'
    """
    glue = _glue()
    text = _spaced_number_words(text, glue.before_number)
    text = _GLUED_PERIOD.sub(_spaced_period, text)
    text = _GLUED_SEMICOLON.sub("; ", text)
    text = _BROKEN_CODE.sub("-", text)
    text = _GLUED_AFTER_YEAR.sub(_spaced_after_year, text)
    parted = {word: split for word in set(_WORD.findall(text)) if (split := _parted(word, glue))}
    if not parted:
        return text
    return _WORD.sub(lambda m: parted.get(m.group(0), m.group(0)), text)  # whole words only, as found


# (Each pattern opens with its literal, the lookbehind after it: the regex engine then skips to
# the literal's occurrences instead of trying every position of the text.)
# a clause's semicolon glued to the next one's first word: "... tổ chức Ngày hội...;Tổng cục Du lịch chủ trì"
_GLUED_SEMICOLON = re.compile(r";(?<=(?:[^\W_]|[.…)]);)(?=[^\W\d_])")
# a code's hyphen a line break or a crawl parted from its number: "COVID- 19", "SARS-CoV- 2"
_BROKEN_CODE = re.compile(r"-(?<=[A-Z]-)[ \t]+(?=\d)")

# a sentence's period glued to the next one's first word: "... kế hoạch năm 2021.Tuyệt đối không ..."
_GLUED_PERIOD = re.compile(r"\.(?<=[^\W_]\.)(?=[^\W\d_]{2})")
# a digit right after a letter, where a number word may be glued to its number ("ngày26/02/2013")
_DIGIT_AFTER_LETTER = re.compile(r"\d(?<=[^\W\d_]\d)")
_WORD_REACH = 8  # letters looked back from such a digit: number words are shorter


def _spaced_number_words(text: str, before_number: re.Pattern[str]) -> str:
    """A space between a number word and the number glued to it; ``before_number`` matches
    such a word before its digit. Only the places where a digit follows a letter are tried."""
    pieces, last = [], 0
    for digit in _DIGIT_AFTER_LETTER.finditer(text):
        start = digit.start()
        while start > max(0, digit.start() - _WORD_REACH) and text[start - 1].isalpha():
            start -= 1
        word = before_number.match(text, start)
        if word is not None and word.end() == digit.start():
            pieces += [text[last : digit.start()], " "]
            last = digit.start()
    return "".join([*pieces, text[last:]]) if pieces else text


# a year glued to the word after it: "... rừng tỉnh Nghệ An năm 2021đề nghị UBND các huyện ..."
_GLUED_AFTER_YEAR = re.compile(r"(?<![\w-])(?:19|20)\d\d(?=[^\W\d_]{2})([^\W\d_]+)")


def _spaced_after_year(match: re.Match[str]) -> str:
    """A space between a year and a word of Vietnamese glued to it (a syllable of the lexicon with a letter
    only Vietnamese has: "2021đề"), not a unit or a code ("2021ha", "2020NĐ")."""
    word = match.group(1)
    if word.lower() in _lexicon()[0] and any(c in _VIETNAMESE_ONLY for c in word):
        return f"{match.group(0)[: match.start(1) - match.start()]} {word}"
    return match.group(0)


def _spaced_period(match: re.Match[str]) -> str:
    """A space after a period between a small letter or a digit and a capitalised word; not in
    "TP.Hồ Chí Minh" (an abbreviation in capitals) nor in "baochinhphu.vn"."""
    text, at = match.string, match.start()
    before, first, second = text[at - 1], text[at + 1], text[at + 2]
    if (before.islower() or before.isdigit()) and first.isupper() and second.islower():
        return ". "
    return "."


@functools.lru_cache(maxsize=1 << 14)
def _parted(word: str, glue: _Glue) -> str | None:
    """``word`` as two syllables, or None when it is one, is no Vietnamese, or splits several ways."""
    from .language import is_vietnamese_word

    if not any(c in _VIETNAMESE_ONLY for c in word) or is_vietnamese_word(word, glue.grammar):
        return None
    splits = [i for i in range(_SHORTEST, len(word) - _SHORTEST + 1)
              if _is_syllable(word[:i], glue) and _is_syllable(word[i:], glue)]
    capital = [i for i in splits if word[i - 1].islower() and word[i].isupper()]
    if capital:
        splits = capital
    elif splits:  # syllables the lexicon holds, then a two-syllable word it holds: "vị|nghiên", "ban|hành"
        syllables, words = _lexicon()
        splits = [i for i in splits if word[:i].lower() in syllables and word[i:].lower() in syllables]
        if len(splits) > 1:
            splits = [i for i in splits if f"{word[:i]} {word[i:]}".lower() in words]
    return f"{word[:splits[0]]} {word[splits[0]:]}" if len(splits) == 1 else None


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The syllables and the words of underthesea's Vietnamese word list (74,000 entries), read
    the first time a glued word is met."""
    from underthesea.corpus import viet_dict_74K

    words = frozenset(w.strip().lower() for w in viet_dict_74K.words)
    return frozenset(s for w in words for s in w.split()), words


def is_lexicon_word(words: str) -> bool:
    """Whether ``words`` (any case) is a word of underthesea's word list: "môi trường", "nhiệm vụ"."""
    return " ".join(words.lower().split()) in _lexicon()[1]


def _is_syllable(part: str, glue: _Glue) -> bool:
    from .language import tones_and_bare

    if not (part.islower() or part.isupper() or part[0].isupper() and part[1:].islower()):
        return False
    tones, bare = tones_and_bare(part)
    if len(tones) > 1 or not glue.grammar.syllable.fullmatch(bare):
        return False
    if bare.endswith(glue.stop_codas):
        return bool(tones) and tones[0] in _SACS_AND_NANGS  # "tổc" is none, "tốc" and "tộc" are
    return True
