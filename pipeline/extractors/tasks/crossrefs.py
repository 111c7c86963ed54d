"""A plan's implementation part that hands a body the tasks of another part by its number:
"8. Sở Y tế: Chủ trì triển khai các nhiệm vụ tại mục (IV) (5) của Kế hoạch." The tasks under
part IV.5 that name nobody are the Sở's, not the plan's coordinator's. A citation names the part
first ("mục (IV) (5)") or, as the law cites, the item first ("các điểm 2.1, 2.2 phần A, Mục III")."""

from __future__ import annotations

import re

from .model import AssembledTask
from .scopes import ScopeStack

# One number of a part: "(IV)", "IV.", "(3.4)", "4.1", "(a)".
_NUMBER = re.compile(r"[ \t]*(?:,|và|\.)?[ \t]*\(?[ \t]*([IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[ \t]*\)?\.?"
                     r"(?=[\s(),;.]|$)")
_ROMAN = re.compile(r"[IVXLC]+")
# a part lettered in capitals ("A. Nội dung ...", "B. ...") is cited by its letter ("phần A, Mục III")
_MARKER = re.compile(r"([IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[A-ZĐ])[.)]")

# How a task inherits a lead it does not name: these a cross-reference overrides.
_INHERITED = {"coordinator", "document_addressee", "previous_task", "same_item"}


def numbering(scopes: ScopeStack, marker: str | None) -> tuple[str, ...]:
    """The numbers of the parts and items a task sits in, outermost first: ("IV", "3", "3.4", "a")."""
    markers = [s.block.marker for s in scopes.scopes if s.block is not None and s.block.marker]
    if marker and (not markers or markers[-1] != marker):
        markers.append(marker)
    path = []
    for m in markers:
        number = _MARKER.search(m.strip(" *_"))
        if number:
            path.append(number.group(1))
    return tuple(path)


# The part an item-first citation goes on to name: ", phần A", " Mục III", " của mục II".
_OUTER = re.compile(r"[ \t]*,?[ \t]*(?:của[ \t]+)?(?:[Pp]hần|[Mm]ục|[Cc]hương)[ \t]+\(?([IVXLC]+|[A-ZĐ]|\d{1,2})\)?"
                    r"(?=[\s(),;.]|$)")
# numbers an item-first citation lists before its parts
_ITEMS_CITED = 12


def cited_parts(text: str, start: int) -> list[tuple[str, ...]]:
    """The parts a citation names from ``start``: "(IV) (4.1) (4.2)" -> [("IV", "4.1"), ("IV", "4.2")],
    "(IV)(3.4)(a)" -> [("IV", "3.4", "a")]; item first, "2.1, 3.4 phần A, Mục III" -> [("III", "A",
    "2.1"), ("III", "A", "3.4")]. The outermost number must be a part's Roman numeral."""
    numbers, pos = [], start
    while len(numbers) < _ITEMS_CITED:
        m = _NUMBER.match(text, pos)
        if not m:
            break
        numbers.append(m.group(1))
        pos = m.end()
    outer = []
    while numbers and len(outer) < 3 and (m := _OUTER.match(text, pos)):
        outer.insert(0, m.group(1))
        pos = m.end()
    if outer:  # "các điểm 2.1, 2.2 phần A, Mục III": the items, then the parts holding them
        return [(*outer, number) for number in numbers] if _ROMAN.fullmatch(outer[0]) else []
    numbers = numbers[:6]
    if not numbers or not _ROMAN.fullmatch(numbers[0]):
        return []
    part, refs = numbers[0], []
    for number in numbers[1:]:
        if number[0].isdigit() or not refs:
            refs.append((part, number))
        else:  # a letter narrows the last one cited
            refs[-1] = (*refs[-1], number)
    return refs or [(part,)]


def _within(path: tuple[str, ...], ref: tuple[str, ...]) -> bool:
    """Whether the part numbered ``path`` lies inside the part ``ref`` cites."""
    if ref[0] not in path:
        return False
    at = path.index(ref[0])
    for k, number in enumerate(ref[1:]):
        if k == 0 and "." not in number and number[0].isdigit():
            if at + 1 >= len(path) or path[at + 1] != number:
                return False  # "mục (IV) (1)": the first item of part IV, not a "1." deeper down
            at += 1
            continue
        rest = path[at + 1 :]
        if number not in rest:
            return False
        at = at + 1 + rest.index(number)
    return True


def apply_cross_references(tasks: list[AssembledTask], text: str, citation: re.Pattern[str]) -> None:
    """Give the tasks of each cited part that name nobody to the body whose task cites the part;
    an actor a task takes from a lead-in above it is overridden too ("III. Nội dung ... từ nay
    đến năm 2010: ... 3.1. Xây dựng lại Quy chế ..." / "Sở Nội vụ thực hiện nội dung các điểm
    2.1, 3.1 phần A, Mục III")."""
    for citing in tasks:
        if not citing.lead:
            continue
        m = citation.search(text, citing.start, citing.end)
        if not m:
            continue
        refs = cited_parts(text, m.end())
        for task in tasks:
            if task is citing or not task.numbering or not (
                    task.rule in _INHERITED or task.rule == "lead_in" and task.lead_inferred):
                continue
            if any(_within(task.numbering, ref) for ref in refs):
                task.lead, task.rule, task.cue = citing.lead, "cross_reference", citing.cue
