"""A guard that lets a regex skip the positions where no match can start.

Python's ``re`` tries a pattern at every position of the text; a pattern that opens with optional
words ("(?:hoàn thành\\s+)?(?:trong|trước\\s+)?quý ...") spends most of a long text failing them one
by one. The characters a match can start with are known from the pattern itself: a lookahead on
them, put first, fails at once everywhere else and changes no match.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parser's opcodes, as the standard library names them
import re._parser as sre_parse

_GIVE_UP = None  # a first character that is not a known, small set (any character, \w, a back-reference)
_MAX_ITEMS = 200  # a guard of more characters than this saves nothing


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead on the characters a match can start with, or ``pattern`` itself
    when they cannot be told (or a match may be empty). Matches and groups are unchanged.

    >>> guarded(re.compile(r"(?:trong\\s+)?quý\\s+\\d")).pattern
    '(?=[qt])(?:(?:trong\\\\s+)?quý\\\\s+\\\\d)'
    """
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return pattern
    ignoring_case = bool(pattern.flags & re.IGNORECASE)
    starts, nullable = _first(list(parsed), ignoring_case)
    if starts is _GIVE_UP or nullable or not starts or len(starts) > _MAX_ITEMS:
        return pattern
    # the guard takes the pattern's flags: under IGNORECASE "[q]" is "[qQ]", and "\d", "\s" are
    # Unicode's digits and spaces, as in the pattern
    return re.compile(f"(?=[{''.join(sorted(starts))}])(?:{pattern.pattern})", pattern.flags)


def _first(items: list, ignoring_case: bool) -> tuple[set[str] | None, bool]:
    """What the first character of a sequence of parsed items may be (as items of a character
    class: "q", "a-z", "\\d"), and whether the sequence can match empty."""
    starts: set[str] = set()
    for op, arg in items:
        found, nullable = _first_of(op, arg, ignoring_case)
        if found is _GIVE_UP:
            return _GIVE_UP, False
        starts |= found
        if not nullable:
            return starts, False
    return starts, True


def _first_of(op, arg, ignoring_case: bool) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {re.escape(chr(arg))}, False
    if op is sre.IN:
        return _class_items(arg), False
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero width: the next item starts the match
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = arg
        if add_flags & re.IGNORECASE and not ignoring_case:
            return _GIVE_UP, False  # "(?i:...)" in a pattern that heeds case: the guard would not
        return _first(list(body), ignoring_case)
    if op is sre.BRANCH:
        starts, nullable = set(), False
        for alternative in arg[1]:
            found, empty = _first(list(alternative), ignoring_case)
            if found is _GIVE_UP:
                return _GIVE_UP, False
            starts |= found
            nullable = nullable or empty
        return starts, nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _high, body = arg
        found, empty = _first(list(body), ignoring_case)
        return found, (found is not _GIVE_UP) and (low == 0 or empty)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _first(list(arg), ignoring_case)
    return _GIVE_UP, False  # any character, a category outside a class, a back-reference, a conditional


_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}


def _class_items(items: list) -> set[str] | None:
    """A parsed character class as items of another: its characters, ranges, digits and spaces."""
    found: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            found.add(re.escape(chr(arg)))
        elif op is sre.RANGE:
            found.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is sre.CATEGORY and arg in _CATEGORIES:
            found.add(_CATEGORIES[arg])
        else:
            return _GIVE_UP  # a negated class, \w: (nearly) any character
    return found
