"""The costly part of the token layer: word segmentation and POS tagging of short windows.

Both steps run underthesea's own CRF models through its ``FastCRFSequenceTagger``: the
segmentation model behind ``word_tokenize`` and the POS model of ``pos_tag(model="v2.0")``.
They are called directly rather than through those two functions because:

- the windows are already cut into syllables, so underthesea's regular-expression
  tokenizer would only redo that work;
- one featurizer call takes a whole batch of windows;
- ``pos_tag``'s default model computes its features in Python, at about three times the
  cost of segmenting the same text, and ``pos_tag(model="v2.0")`` fails from its second
  call on (an ``UnboundLocalError`` in underthesea 9.5).

A window is a list of syllables; the answer for a window is a list of words, each the
number of syllables it spans and its tag ("V", "N", "Np" ...). The whitespace ablation
(``whitespace_analyser``) makes every syllable a word and tags nothing.
"""

from __future__ import annotations

from functools import lru_cache
from os.path import dirname, join
from typing import Protocol

Word = tuple[int, str]  # (syllables in the word, tag; "" when untagged)

ANALYSERS = ("underthesea", "whitespace")


class Analyser(Protocol):
    def __call__(self, windows: list[list[str]]) -> list[list[Word]]: ...


class _CRF(Protocol):
    featurizer: object
    estimator: object


@lru_cache(maxsize=1)
def _models() -> tuple[_CRF, _CRF]:
    """underthesea's segmentation and POS models, loaded once (about 0.1 s)."""
    import underthesea.pipeline.pos_tag as pos_package
    import underthesea.pipeline.word_tokenize as ws_package
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    segmenter = FastCRFSequenceTagger()
    segmenter.load(join(dirname(ws_package.__file__), "models", "ws_crf_vlsp2013_20230727"))
    tagger = FastCRFSequenceTagger()
    tagger.load(join(dirname(pos_package.__file__), "models", "pos_crf_vlsp2013_20230303"))
    return segmenter, tagger


def segment(windows: list[list[str]]) -> list[list[list[str]]]:
    """The words of each window, as lists of syllables ("B-W" opens a word, "I-W" continues it).

    >>> segment([["Sở", "Y", "tế", "rà", "soát"]])
    [[['Sở'], ['Y', 'tế'], ['rà', 'soát']]]
    """
    segmenter, _ = _models()
    features = segmenter.featurizer.process([[[s] for s in window] for window in windows])
    result = []
    for window, feature in zip(windows, features, strict=True):
        words: list[list[str]] = []
        for syllable, tag in zip(window, segmenter.estimator.tag(feature), strict=True):
            if tag == "I-W" and words:
                words[-1].append(syllable)
            else:
                words.append([syllable])
        result.append(words)
    return result


# The analysis of a window depends on its syllables alone, and a batch repeats them (a province's
# documents open their items with the same bodies and verbs): each window is analysed once.
_ANALYSED: dict[tuple[str, ...], list[Word]] = {}
_ANALYSED_LIMIT = 50_000  # windows kept (about 1 kB each); past it the memory starts again


def clear_cache(limit: int = _ANALYSED_LIMIT) -> None:
    """Forget analysed windows (benchmarks measure a cold run); ``limit=0`` keeps none from now on
    (a text that repeats itself, to measure how the work grows with its length)."""
    global _ANALYSED_LIMIT
    _ANALYSED.clear()
    _ANALYSED_LIMIT = limit


def underthesea_analyser(windows: list[list[str]]) -> list[list[Word]]:
    """Segment, then tag the words of every window: ``[[(1, "N"), (2, "N"), (2, "V")]]``."""
    if not windows:
        return []
    keys = [tuple(window) for window in windows]
    found: dict[tuple[str, ...], list[Word]] = {}
    missing = []
    for key in dict.fromkeys(keys):
        known = _ANALYSED.get(key)
        if known is None:
            missing.append(key)
        else:
            found[key] = known
    if missing:
        _, tagger = _models()
        segmented = segment([list(key) for key in missing])
        features = tagger.featurizer.process([[[" ".join(w)] for w in words] for words in segmented])
        for key, words, feature in zip(missing, segmented, features, strict=True):
            tags = [tag[2:] for tag in tagger.estimator.tag(feature)]  # "B-V" -> "V"
            found[key] = [(len(w), tag) for w, tag in zip(words, tags, strict=True)]
        if len(_ANALYSED) + len(missing) > _ANALYSED_LIMIT:
            _ANALYSED.clear()
        if _ANALYSED_LIMIT:
            _ANALYSED.update((key, found[key]) for key in missing)
    return [found[key] for key in keys]


def whitespace_analyser(windows: list[list[str]]) -> list[list[Word]]:
    """The ablation: every syllable a word of its own, no tags."""
    return [[(1, "")] * len(window) for window in windows]


def get_analyser(name: str) -> Analyser:
    """The analyser called ``name`` (one of ``ANALYSERS``)."""
    if name == "underthesea":
        return underthesea_analyser
    if name == "whitespace":
        return whitespace_analyser
    raise ValueError(f"unknown token analysis {name!r}: use one of {', '.join(ANALYSERS)}")
