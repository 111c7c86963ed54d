"""Does a text read as Vietnamese? The share of its words that are Vietnamese syllables or acronyms.

Noise that reached the pipeline as text (random bytes LibreOffice converted, OCR of a blank
or drawn page) is told from a document here, before any task is looked for. The syllable
grammar and the thresholds are data: ``models/syllables.yaml``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .errors import ExtractionError, ResourceError
from .legacy import VIETNAMESE_LETTERS
from .resources import _read_yaml, default_models_dir

_WORD = re.compile(r"[^\W\d_]+")
_TONES = frozenset("\u0300\u0301\u0309\u0303\u0323")
_KEYS = ["onsets", "nuclei", "codas", "known_words", "min_letters", "error_below", "warn_below", "min_words"]


class NotVietnameseError(ExtractionError):
    """The text does not read as Vietnamese (noise from a damaged file or OCR)."""

    stage = "detect"


@dataclass(frozen=True)
class Grammar:
    syllable: re.Pattern[str]
    known_words: frozenset[str]
    min_letters: int
    error_below: float
    warn_below: float
    min_words: int


def _alternation(items: list[str]) -> str:
    return "|".join(sorted((re.escape(i) for i in items), key=len, reverse=True))


@functools.lru_cache(maxsize=4)
def load_grammar(models_dir: str | None = None) -> Grammar:
    """The syllable grammar and thresholds of ``syllables.yaml``."""
    path = (Path(models_dir) if models_dir else default_models_dir()) / "syllables.yaml"
    data = _read_yaml(path, _KEYS)
    for key in ("onsets", "nuclei", "codas", "known_words"):
        if not all(isinstance(w, str) and w for w in data[key]):  # YAML reads a bare no, on as booleans
            raise ResourceError(f"{key} must be a list of quoted words", path=path)
    syllable = re.compile(f"(?:{_alternation(data['onsets'])})?(?:{_alternation(data['nuclei'])})"
                          f"(?:{_alternation(data['codas'])})?")
    return Grammar(syllable, frozenset(w.lower() for w in data["known_words"]), int(data["min_letters"]),
                   float(data["error_below"]), float(data["warn_below"]), int(data["min_words"]))


def tones_and_bare(word: str) -> tuple[list[str], str]:
    """The tone marks of a word and its bare form ("Quyết" -> ["\u0301"], "quyet")."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return ([c for c in decomposed if c in _TONES],
            "".join(c for c in decomposed if not unicodedata.combining(c)))


@functools.lru_cache(maxsize=1 << 16)
def is_vietnamese_word(word: str, grammar: Grammar) -> bool:
    """A Vietnamese syllable (one tone at most, Vietnamese letters) or a known word. Cached: a
    batch repeats its vocabulary.

    >>> g = load_grammar()
    >>> [is_vietnamese_word(w, g) for w in ["Quyết", "nghiêng", "the", "strength", "cafộ", "xqzt"]]
    [True, True, True, False, False, False]
    """
    if word.lower() in grammar.known_words:
        return True
    if not all(c.isascii() or c in VIETNAMESE_LETTERS for c in word):
        return False
    tones, bare = tones_and_bare(word)
    return len(tones) <= 1 and bool(grammar.syllable.fullmatch(bare))


def vietnamese_share(text: str, grammar: Grammar) -> tuple[float, int]:
    """The share of words (of ``min_letters`` letters or more) that are Vietnamese, and their number.

    >>> vietnamese_share("UBND tỉnh giao Sở Y tế chủ trì", load_grammar())
    (0.8571428571428571, 7)
    """
    counts = Counter(w for w in _WORD.findall(text) if len(w) >= grammar.min_letters)
    total = sum(counts.values())
    if not total:
        return 0.0, 0
    # each distinct word is judged once: a document repeats its words, and a batch its vocabulary
    good = sum(n for w, n in counts.items() if is_vietnamese_word(w, grammar))
    return good / total, total


def check_vietnamese(text: str, path: str | None = None, models_dir: str | None = None) -> list[str]:
    """Raise a NotVietnameseError for noise; return a warning for a text that is mostly not Vietnamese."""
    grammar = load_grammar(models_dir)
    share, words = vietnamese_share(text, grammar)
    if words < grammar.min_words:
        return []
    if share < grammar.error_below:
        raise NotVietnameseError(
            f"does not read as Vietnamese text: {share:.0%} of its {words:,} words are Vietnamese syllables "
            "(noise from a damaged file, or OCR of a page without text?)", path=path)
    if share < grammar.warn_below:
        return [f"only {share:.0%} of the words are Vietnamese syllables: is this a Vietnamese document?"]
    return []
