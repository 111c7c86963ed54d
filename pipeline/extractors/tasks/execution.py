"""A decision's execution clause: "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tư pháp, Y tế;
Thủ trưởng các sở, ban, ngành và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành
Quyết định này."

Every decision ends with one, and its list of officials is longer and looser than the agency
patterns follow: semicolons and commas separate members, a comma inside a group does not
("Thủ trưởng các sở, ban, ngành"), a title may announce its bodies ("Giám đốc các Sở: Tư pháp,
Y tế", "Giám đốc: Trung tâm A, Trung tâm B"). The list is read as a whole: each member opens
with a title, a group or a body.
"""

from __future__ import annotations

import re

from ..agencies import FoundAgency
from .vocab import Vocab

_MAX_LIST = 800  # characters: a list longer than this is no execution clause


def execution_list(text: str, begin: int, end: int, agencies: list[FoundAgency],
                   vocab: Vocab) -> tuple[list[FoundAgency], int] | None:
    """The members of an execution clause that opens at ``begin``, and where its predicate
    starts; None when the unit is no such clause."""
    while begin < end and text[begin] in ".: \t":  # "Điều 3. Chánh Văn phòng ...": after the article's number
        begin += 1
    predicate = vocab.executes.search(text, begin, min(end, begin + _MAX_LIST))
    if predicate is None or not vocab.list_member.match(text, begin):
        return None
    members = [m for segment in _segments(text, begin, predicate.start(), ";")
               for m in _members(text, *segment, vocab)]
    if len(members) < 2:
        return None  # one body: the ordinary subject reading names it
    remit = vocab.remit_frame.search(text, members[-1][0], predicate.start())
    if remit is not None:  # "...; Chủ tịch UBND cấp xã | căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm"
        members[-1] = (members[-1][0], remit.start(), members[-1][2])
    return [_agency(text, start, stop, agencies, name) for start, stop, name in members], predicate.start()


def _segments(text: str, start: int, stop: int, separator: str) -> list[tuple[int, int]]:
    out, cursor = [], start
    for i in range(start, stop):
        if text[i] == separator:
            out.append((cursor, i))
            cursor = i + 1
    out.append((cursor, stop))
    return [(a, b) for a, b in (_trimmed(text, a, b) for a, b in out) if b > a]


def _trimmed(text: str, start: int, stop: int) -> tuple[int, int]:
    while start < stop and text[start] in " \t\n,":
        start += 1
    while stop > start and text[stop - 1] in " \t\n,.":
        stop -= 1
    if text.startswith("và ", start):
        start += 3
    return start, stop


_BREAK = re.compile(r"\s*,\s*|\s+và\s+")
_LOWER_WORD = r"[^\W\d_A-ZĐ][\wđ]*"
# "các cơ quan, đơn vị": a group of unit nouns, which a comma does not end
_GROUP_ONLY = re.compile(rf"(?:các|những)(?:\s+{_LOWER_WORD}){{1,2}}(?:\s*,\s*{_LOWER_WORD}(?:\s+{_LOWER_WORD})?)*")


def _members(text: str, start: int, stop: int, vocab: Vocab) -> list[tuple[int, int, str]]:
    """A segment's members: a comma or "và" starts a new one only before a title, a group or a
    body; a title that announces its bodies gives one member per body."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    for brk in _BREAK.finditer(text, start, stop):
        if _GROUP_ONLY.fullmatch(text, cursor, brk.start()):
            continue  # "các cơ quan, tổ chức, cá nhân có liên quan": one group of units
        if vocab.list_member.match(text, brk.end(), stop) and brk.start() > cursor:
            pieces.append((cursor, brk.start()))
            cursor = brk.end()
    pieces.append((cursor, stop))
    out: list[tuple[int, int, str]] = []
    for a, b in pieces:
        announced = vocab.announced_members.fullmatch(text, a, b)
        shared = vocab.shared_title.fullmatch(text, a, b)
        titled = vocab.title_colon.match(text, a, b)
        # "Giám đốc các Sở: Tư pháp, Y tế" (the head and the kind), "Giám đốc: Trung tâm A, Trung tâm B"
        # (the title): one member per body listed after the colon
        listed = ((f"{announced.group('head')}{announced.group('kind')} ", announced.start("members")) if announced
                  else (titled.group("title") + " ", titled.end()) if titled and titled.end() < b else None)
        if listed:
            head, members = listed
            out += [(m, n, head + " ".join(text[m:n].split())) for m, n in _segments(text, members, b, ",")]
        elif shared:  # "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ": the title heads both
            first_end = text.rfind(",", a, shared.start("second"))
            second = " ".join(text[shared.start("second") : b].split())
            out += [(a, first_end, ""), (shared.start("second"), b, f"{shared.group('title')}{second}")]
        elif b > a:
            out.append((a, b, ""))
    return out


def _agency(text: str, start: int, stop: int, agencies: list[FoundAgency], name: str = "") -> FoundAgency:
    written = text[start:stop]
    known = next((a for a in agencies if a.start == start and a.end == stop), None)
    return FoundAgency(written, name or (known.name if known else " ".join(written.split())), start, stop,
                       title=known.title if known else None)
