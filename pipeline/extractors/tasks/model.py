from __future__ import annotations

from dataclasses import dataclass, field

from ...structure import Block
from ..agencies import FoundAgency, flatten


@dataclass
class Unit:
    start: int
    end: int
    text: str
    in_item: bool = False
    sub_item: bool = False  # a bullet or lettered item ("-", "+", "a)"), below a numbered one


@dataclass
class AssembledTask:
    start: int
    end: int
    text: str
    action_start: int
    lead: list[FoundAgency]
    support: list[FoundAgency]
    lead_inferred: bool
    section: str | None
    confidence: float
    optional_context: bool = False
    # Lines outside the task's text whose deadline belongs to it ("Thời gian thực hiện: ...",
    # the section heading), read when the task's own text states none.
    deadline_spans: list[tuple[int, int]] = field(default_factory=list)
    # A table's time cell ("Quý II/2024", "30/6/2024"): a deadline even without a cue word.
    deadline_cell: tuple[int, int] | None = None


@dataclass
class Context:
    """What a unit without its own actor inherits."""

    document_lead: list[FoundAgency] = field(default_factory=list)
    section_lead: list[FoundAgency] = field(default_factory=list)
    intro_lead: list[FoundAgency] = field(default_factory=list)
    previous_lead: list[FoundAgency] = field(default_factory=list)
    directive: bool = False
    previous_was_task: bool = False
    section: str | None = None
    section_block: Block | None = None
    block_lead: list[FoundAgency] = field(default_factory=list)  # an earlier task of the same item
    non_directive_level: int | None = None


def make_task(unit: Unit, text: str, lead: list[FoundAgency], support: list[FoundAgency],
          action_start: int, inferred: bool, confidence: float) -> AssembledTask:
    lead, support = flatten(lead), flatten(support)
    support = [s for s in support if all(s.name != a.name for a in lead)]
    return AssembledTask(
        start=unit.start, end=unit.end, text=text[unit.start : unit.end],
        action_start=action_start, lead=lead, support=support, lead_inferred=inferred,
        section=None, confidence=confidence,
    )
