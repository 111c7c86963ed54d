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
_MAX_CHARS = 200  # a guard of more characters than this saves nothing


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
    chars, nullable = _first(list(parsed))
    if chars is _GIVE_UP or nullable or not chars or len(chars) > _MAX_CHARS:
        return pattern
    # (the guard takes the pattern's flags: under IGNORECASE "[q]" is "[qQ]")
    body = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"(?=[{body}])(?:{pattern.pattern})", pattern.flags)


_DIGITS = set("0123456789")
_SPACES = set(" \t\n\r\f\v")


def _first(items: list) -> tuple[set[str] | None, bool]:
    """The first characters of a sequence of parsed items, and whether it can match empty."""
    chars: set[str] = set()
    for op, arg in items:
        found, nullable = _first_of(op, arg)
        if found is _GIVE_UP:
            return _GIVE_UP, False
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _first_of(op, arg) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(arg)}, False
    if op is sre.IN:
        return _class_chars(arg), False
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero width: the next item starts the match
    if op is sre.SUBPATTERN:
        return _first(list(arg[-1]))
    if op is sre.BRANCH:
        chars, nullable = set(), False
        for alternative in arg[1]:
            found, empty = _first(list(alternative))
            if found is _GIVE_UP:
                return _GIVE_UP, False
            chars |= found
            nullable = nullable or empty
        return chars, nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _high, body = arg
        found, empty = _first(list(body))
        return found, (found is not _GIVE_UP) and (low == 0 or empty)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _first(list(arg))
    return _GIVE_UP, False  # any character, a category outside a class, a back-reference, a conditional


def _class_chars(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < _MAX_CHARS:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
            chars |= _DIGITS
        elif op is sre.CATEGORY and arg is sre.CATEGORY_SPACE:
            chars |= _SPACES
        else:
            return _GIVE_UP  # a negated class, \w, a wide range
    return chars
