"""The objects task assembly works with: units of text, the context they inherit, tasks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ...structure import Block
from ..agencies import FoundAgency, flatten
from .scopes import ScopeStack


class AnnexLike(Protocol):
    """An annex after the signature (``structure.Annex``): where it starts and its title."""

    start: int
    title: str


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
    # The path that found the task ("addressee", "subject", "actor_heading", "table_row" ...)
    # and the span of text that triggered it (a directive verb, a role, a heading, a cell).
    rule: str
    cue: tuple[int, int] | None
    # An item of a plan's content that names nobody, given to the plan's coordinator: no task of its own
    # unless a part of the plan hands it to a body (see ``assemble._without_programme_content``).
    programme_content: bool = False
    # Lines outside the task's text whose deadline belongs to it ("Thời gian thực hiện: ...",
    # the section heading), read when the task's own text states none.
    deadline_spans: list[tuple[int, int]] = field(default_factory=list)
    # A sentence after the task that only sets its time ("Thời gian hoàn thành trước ngày
    # 31/12/2025."): read with the task's own text, its date before a "khẩn trương" of the text.
    deadline_after: list[tuple[int, int]] = field(default_factory=list)
    # The lead-ins above the task ("... hoàn thành trong tháng 11 năm 2025, cụ thể:"), the
    # nearest first: a deadline they set with a cue word is the task's when it states none.
    lead_in_spans: list[tuple[int, int]] = field(default_factory=list)
    # A table's time cell ("Quý II/2024", "30/6/2024"): a deadline even without a cue word.
    deadline_cell: tuple[int, int] | None = None
    # The numbers of the parts and items the task sits in ("IV", "3", "3.4", "a"), which a
    # plan's implementation part may cite ("các nhiệm vụ tại mục (IV)(3.4)(a)").
    numbering: tuple[str, ...] = ()


@dataclass
class Context:
    """What a unit without its own actor inherits, and the scopes it sits in."""

    document_lead: list[FoundAgency] = field(default_factory=list)
    # the document names its addressees ("Kính gửi: ..."), not only its issuer
    addressed: bool = False
    previous_lead: list[FoundAgency] = field(default_factory=list)
    # who made the last request that named its addressee ("Bộ X đề nghị UBND tỉnh Y ..."): when it asks
    # again naming no one ("Về an ninh, Bộ X đề nghị kiểm soát ..."), it asks the same
    previous_speaker: list[FoundAgency] = field(default_factory=list)
    directive: bool = False
    previous_was_task: bool = False
    block_lead: list[FoundAgency] = field(default_factory=list)  # an earlier task of the same item
    scopes: ScopeStack = field(default_factory=ScopeStack)
    normative: bool = False  # the body (or annex) is a rule: its articles bind classes of people
    rule_document: bool = False  # the document itself is a rule: its annexes are rules unless they assign
    reference: bool = False  # an annex of procedures, forms or lists: it assigns nothing
    # the marker style of the last numbered heading that named a body, and (the id of) the
    # scope it sits in: its siblings are read as names of bodies too
    actor_list: tuple[str, int] | None = None
    # the body tells what it found or answers ("... thông báo kết quả ... như sau:"): a later
    # "... như sau:" that names nobody announces more of what it tells, not assignments
    informative: bool = False
    # the document issues a catalogue ("QUYẾT ĐỊNH Ban hành Danh mục ..."): articles list entries
    catalogue: bool = False
    # the text gives conclusions made for a body it names ("Kết luận ... tại buổi làm việc với huyện
    # X"): its items that open with an action direct that body, whatever their lead-in says
    concludes: bool = False
    last_block_tasks: list[AssembledTask] = field(default_factory=list)  # a following time sentence sets theirs
    # the next block is an item that states aims or requirements ("1. Mục đích:"): the lead-in
    # before it states the task its items describe
    aims_follow: bool = False
    # the block after the one being read (a paragraph telling of a plan made may announce the
    # action items below it without its colon)
    next_block: Block | None = None
    year: int | None = None  # the document's year: a time frame after it is yet to come
    articled: bool = False  # an article ("Điều 1.") has opened: the body enacts, as a decision does

    @property
    def section(self) -> str | None:
        """The title of the nearest heading above, after the annex title inside an annex."""
        scopes = self.scopes.scopes
        heading = self.scopes.heading()
        annex = scopes[0].title if scopes and scopes[0].style == "annex" else None
        if heading is None:
            return None
        if annex and heading.style != "annex":
            return f"{annex} › {heading.title}"
        return heading.title

    @property
    def section_lead(self) -> list[FoundAgency]:
        """The actor named by the nearest enclosing heading, lead-in or parent item."""
        scope = self.scopes.actor_scope()
        return scope.actor if scope else []

    def inherited_lead(self, directs: bool = False) -> tuple[list[FoundAgency], str]:
        """Who a unit naming nobody is assigned to, and the rule that says so; a unit that ``directs`` others
        is not the act of the bodies its lead-in has directed."""
        if self.block_lead:
            return self.block_lead, "same_item"
        scope = self.scopes.actor_scope()
        if scope is not None:
            if directs and scope.directed:
                return [a for a in scope.actor if a not in scope.directed], scope.actor_rule
            return scope.actor, scope.actor_rule
        if self.previous_lead:
            return self.previous_lead, "previous_task"
        return self.document_lead, "document_addressee"


def make_task(unit: Unit, text: str, lead: list[FoundAgency], support: list[FoundAgency],
              action_start: int, inferred: bool, rule: str,
              cue: tuple[int, int] | None = None) -> AssembledTask:
    lead, support = flatten(lead), flatten(support)
    # an action that names nobody, with partners among those it inherits, is the others' ("UBND huyện yêu cầu Công
    # an huyện và UBND các xã ... . Thường xuyên kiểm tra ...; phối hợp với Công an huyện kiểm tra ..."): no body
    # works with itself
    others = [a for a in lead if all(a.name != s.name for s in support)] if inferred else lead
    lead = others or lead
    support = [s for s in support if all(s.name != a.name for a in lead)]
    return AssembledTask(
        start=unit.start, end=unit.end, text=text[unit.start : unit.end],
        action_start=action_start, lead=lead, support=support, lead_inferred=inferred,
        section=None, rule=rule, cue=cue,
    )
