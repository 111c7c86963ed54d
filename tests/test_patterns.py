"""Regex building blocks: an alternation grouped by first letter matches what the plain one does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.patterns import alternation, initial_groups

_LETTERS = "acđsởơôáCĐSỞ"
_WORDS = st.text(alphabet=_LETTERS, min_size=1, max_size=4)


def test_words_are_grouped_by_their_first_letter_longest_first() -> None:
    assert initial_groups(["các", "cơ", "sở", "c"]) == "c(?:ác|ơ)?|s(?:ở)"


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
