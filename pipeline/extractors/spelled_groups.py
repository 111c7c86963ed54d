"""A group that a parenthesis spells out stands for the bodies it lists.

Documents name a class of bodies by what they do and list them in brackets: "Các cơ quan đăng
ký đầu tư (Sở Tài chính, Ban Quản lý Khu kinh tế tỉnh):", "các cơ quan chuyên môn (Sở Xây dựng,
Sở Y tế) tham gia thẩm định". The bodies in the brackets are the actors; the group and its
description only announce them. Such a mention becomes one group, from its first word to the
closing bracket, whose ``members`` are the bodies listed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise, takewhile

from ..patterns import CAPITALS, GROUP_OPENING
from .agencies import FoundAgency

# what a group's description may hold before its bracket: a few words in small letters ("đăng
# ký đầu tư", "chuyên môn", "có liên quan"), no punctuation, no name
# (a description that says what they are, "Các chủ rừng là tổ chức (...)", narrows the class: the
# brackets give examples of it)
_DESCRIPTION = re.compile(rf"(?:[ \t]+(?![{CAPITALS}])(?!là(?![\wđ]))[\wđ]+){{0,6}}[ \t]*\(")
# what stands between two bodies of the list
_SEPARATOR = re.compile(r"[,;]|(?<![\wđ])và(?![\wđ])")
# how far the closing bracket may be, and how many bodies it may list
_REACH = 500
_MAX_MEMBERS = 40


def spell_out_groups(agencies: list[FoundAgency], text: str) -> list[FoundAgency]:
    """The agencies, each group followed by a bracketed list of bodies made one group of them."""
    out: list[FoundAgency] = []
    index = 0
    while index < len(agencies):
        agency = agencies[index]
        spelled = _spelled(agency, agencies, index, text)
        if spelled is None:
            out.append(agency)
            index += 1
            continue
        group, taken = spelled
        out.append(group)
        index += 1 + taken
    return out


def _spelled(agency: FoundAgency, agencies: list[FoundAgency], index: int,
             text: str) -> tuple[FoundAgency, int] | None:
    """The group with the bodies its brackets list, and how many mentions it took; None when the
    agency is no bare group or its brackets hold no list of bodies. A body the gazetteer and the
    patterns miss ("Ban\nquản lý Khu ...", broken by a line) leaves words between two commas."""
    words = agency.text[len(agency.title or "") :].strip()
    if agency.members or not GROUP_OPENING.match(words):
        return None
    bracket = _DESCRIPTION.match(text, agency.end)
    close = text.find(")", bracket.end(), bracket.end() + _REACH) if bracket else -1
    if bracket is None or close < 0 or "(" in text[bracket.end() : close]:
        return None
    members = list(takewhile(lambda a: a.end <= close, agencies[index + 1 : index + 1 + _MAX_MEMBERS]))
    members = [a for a in members if a.start >= bracket.end()]
    if not members or text[bracket.end() : members[0].start].strip() or text[members[-1].end : close].strip():
        return None
    if any(not _SEPARATOR.search(text[before.end : after.start]) for before, after in pairwise(members)):
        return None
    name = f"{agency.name}{text[agency.end : bracket.end() - 1].rstrip()}"
    return replace(agency, text=text[agency.start : close + 1], name=name, end=close + 1,
                   members=tuple(members)), len(members)
