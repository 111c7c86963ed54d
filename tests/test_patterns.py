"""Regex building blocks: an alternation grouped by first letter matches what the plain one does."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.patterns import alternation, initial_groups

_LETTERS = "acđsởơôáCĐSỞ"
_WORDS = st.text(alphabet=_LETTERS, min_size=1, max_size=4)


def test_words_are_grouped_by_their_first_letter_longest_first() -> None:
    assert initial_groups(["các", "cơ", "sở", "c"]) == "(?-i:[cC])(?:ác|ơ)?|(?-i:[sS])(?:ở)"


def test_a_letter_without_case_is_its_own_group() -> None:
    assert initial_groups(["1a", "12"]) == "1(?:2|a)"


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORDS, min_size=1, max_size=8),
       text=st.text(alphabet=_LETTERS + " ,", max_size=30))
def test_the_grouped_alternation_matches_what_the_plain_one_does(words: list[str], text: str) -> None:
    """In a case-insensitive pattern, as the gazetteer's openers are, at every position."""
    lowered = [w.lower() for w in words]
    grouped = re.compile(rf"(?:{initial_groups(lowered)})(?![\wđ])", re.IGNORECASE)
    plain = re.compile(rf"(?:{alternation(lowered)})(?![\wđ])", re.IGNORECASE)
    for pos in range(len(text) + 1):
        found, expected = grouped.match(text, pos), plain.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())


def test_a_word_that_begins_another_does_not_stop_the_longer_phrase() -> None:
    """"cơ sở giáo dục, đào tạo" is not cut at "dục" by "cơ sở giáo dục nghề nghiệp" beside it."""
    found = re.match(alternation(["cơ sở giáo dục", "cơ sở giáo dục nghề nghiệp", "cơ sở giáo dục, đào tạo"]),
                     "cơ sở giáo dục, đào tạo và")
    assert found and found.group(0) == "cơ sở giáo dục, đào tạo"


_PHRASES = st.lists(st.text(alphabet="ab,", min_size=1, max_size=3), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(phrases=st.lists(_PHRASES, min_size=1, max_size=6), text=st.text(alphabet="ab, ", max_size=20))
@example(phrases=["a", "a bbb", "a, b"], text="a, b")
def test_the_shared_words_alternation_finds_the_longest_phrase(phrases: list[str], text: str) -> None:
    """Sharing first words changes nothing: at every position the longest phrase there is found."""
    shared = re.compile(alternation(phrases))
    for pos in range(len(text) + 1):
        found = shared.match(text, pos)
        longest = max((p for p in set(phrases) if text.startswith(p, pos)), key=len, default=None)
        assert (found.group(0) if found else None) == longest
