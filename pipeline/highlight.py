"""What to highlight in a document's text: task spans, references, deadlines and agencies.

Everything comes from a saved ``DocumentResult``: task spans, reference and deadline
offsets are in the output; agencies carry no offsets, so a named (not inferred) lead
or support is located inside its own task's span. Overlapping marks are cut into
flat segments, each knowing every mark it lies in, so a renderer never has to nest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .schema import DocumentResult, Task

KINDS = ("task", "reference", "deadline", "lead", "support")


@dataclass(frozen=True)
class Mark:
    """A highlighted range ``[start, end)`` of ``document.text``."""

    start: int
    end: int
    kind: str  # one of KINDS
    key: str  # the task id for task, deadline, lead and support marks; the number for references
    label: str  # a short description for a tooltip, e.g. "deadline: quarter, due 2024-06-30"


@dataclass(frozen=True)
class Segment:
    """A run of text whose set of marks does not change."""

    start: int
    end: int
    marks: tuple[Mark, ...]

    @property
    def kinds(self) -> set[str]:
        return {m.kind for m in self.marks}

    def keys(self, kind: str) -> list[str]:
        return [m.key for m in self.marks if m.kind == kind]


def locate(haystack: str, needle: str, taken: Iterable[int] = ()) -> int | None:
    """Offset of ``needle`` in ``haystack`` not already ``taken``; exact case first, then any case.

    >>> locate("Sở Y tế chủ trì, phối hợp với sở Tài chính", "Sở Tài chính")
    30
    """
    if not needle:
        return None
    taken = set(taken)
    lowered = haystack.lower()
    # Lower-casing keeps offsets only when it keeps the length (true of Vietnamese text).
    candidates = [haystack] + ([lowered] if len(lowered) == len(haystack) else [])
    for text, word in zip(candidates, (needle, needle.lower()), strict=False):
        at = text.find(word)
        while at != -1:
            if at not in taken:
                return at
            at = text.find(word, at + 1)
    return None


def task_marks(task: Task) -> list[Mark]:
    """The task's span, its deadline, and its named lead and support agencies."""
    marks = [Mark(task.span.start, task.span.end, "task", task.id, task.action)]
    deadline = task.deadline
    if deadline is not None and deadline.start is not None and deadline.end is not None:
        due = f", due {deadline.due.isoformat()}" if deadline.due else ""
        every = f", {deadline.recurrence}" if deadline.recurrence else ""
        marks.append(Mark(deadline.start, deadline.end, "deadline", task.id,
                          f"deadline: {deadline.kind}{due}{every}"))
    taken: list[int] = []
    for role, agencies in (("lead", task.lead), ("support", task.support)):
        for agency in agencies:
            if agency.inferred:
                continue  # taken from the section or the document: not in this span
            at = locate(task.span.text, agency.text, taken)
            if at is None:
                continue
            taken.append(at)
            start = task.span.start + at
            now = f" (now {agency.successor})" if agency.successor else ""
            marks.append(Mark(start, start + len(agency.text), role, task.id,
                              f"{role}: {agency.name}{now}"))
    return marks


def document_marks(result: DocumentResult) -> list[Mark]:
    """Every mark of a document, in text order; ranges outside the text are dropped."""
    marks = [
        Mark(ref.start, ref.end, "reference", ref.number,
             f"reference: {ref.number} ({ref.kind}{', ' + ref.date.isoformat() if ref.date else ''})")
        for ref in result.references
    ]
    for task in result.tasks:
        marks.extend(task_marks(task))
    size = len(result.document.text)
    marks = [m for m in marks if 0 <= m.start <= m.end <= size]
    return sorted(marks, key=lambda m: (m.start, -m.end, KINDS.index(m.kind)))


def segments(length: int, marks: Iterable[Mark]) -> list[Segment]:
    """Cut ``[0, length)`` at every mark boundary; unmarked runs have no marks.

    >>> [(s.start, s.end, sorted(s.kinds)) for s in segments(10, [Mark(2, 8, "task", "t", ""),
    ...                                                          Mark(5, 10, "deadline", "t", "")])]
    [(0, 2, []), (2, 5, ['task']), (5, 8, ['deadline', 'task']), (8, 10, ['deadline'])]
    """
    marks = list(marks)
    cuts = sorted({0, length, *(m.start for m in marks), *(m.end for m in marks)})
    cuts = [c for c in cuts if 0 <= c <= length]
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        inside = tuple(m for m in marks if m.start <= start and end <= m.end)
        out.append(Segment(start, end, inside))
    return out
