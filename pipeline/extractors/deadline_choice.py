"""Which of the times a task's text holds is its term.

The task's own span is read first, then the spans assembly lends it: the text after it that continues it,
its table row's time cell, its lead-in, its heading. Each predicate below names one reason a time found
there is not the task's term.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..patterns import alternation
from ..resources import Resources
from .deadlines import FoundDeadline, has_due_cue, is_forecast, pick_deadline
from .tasks import AssembledTask

# "khẩn trương", "ngay" set the pace of the task when they stand by its action ("khẩn trương
# rà soát ...", "triển khai ngay ..."); further on they qualify another verb ("hướng dẫn tàu
# thuyền ... khẩn trương di chuyển"), not the task.
ASAP_REACH = 30


def choose_deadline(task: AssembledTask, text: str, deadlines: list[FoundDeadline],
                    resources: Resources) -> FoundDeadline | None:
    """The task's term among ``deadlines`` (all found in the document), or None."""
    inside = [d for d in deadlines if task.start <= d.start and d.end <= task.end
              and (d.kind != "asap" or _near_the_action(text, task.action_start, d.start)
                   and not _before_the_request(task, d))
              and not _when_it_was_said(task, d, resources) and not _period_reported(task, text, d, resources)]
    inside += [d for start, end in task.deadline_after for d in _within(deadlines, start, end) if d.kind != "asap"]
    chosen = pick_deadline(inside)
    if task.deadline_cell is not None:
        chosen = chosen or pick_deadline(_within(deadlines, *task.deadline_cell))
    for start, end in task.lead_in_spans:  # "... hoàn thành trong tháng 11/2025, cụ thể:", not "... tháng 11/2025"
        chosen = chosen or pick_deadline([d for d in _within(deadlines, start, end)
                                          if d.kind != "asap" and has_due_cue(d, resources)
                                          and not is_forecast(d, text, resources)])
    for start, end in task.deadline_spans:  # a heading's "sớm" is a word of its title, not a deadline
        chosen = chosen or pick_deadline([d for d in _within(deadlines, start, end) if d.kind != "asap"])
    return chosen


def _within(deadlines: list[FoundDeadline], start: int, end: int) -> list[FoundDeadline]:
    return [d for d in deadlines if start <= d.start and d.end <= end]


def _near_the_action(text: str, action_start: int, at: int) -> bool:
    """Whether an asap word stands close enough to the action to set its pace."""
    return len(text[action_start:at].split()) <= ASAP_REACH


def _before_the_request(task: AssembledTask, deadline: FoundDeadline) -> bool:
    """An asap word before the verb that asks ("Về việc ..., đảm bảo sớm hoàn thành mục tiêu ..., Phó Thủ tướng
    yêu cầu ..."): the frame's words, not the pace of what is asked."""
    return task.rule == "addressee" and task.cue is not None and deadline.end <= task.cue[0]


def _when_it_was_said(task: AssembledTask, deadline: FoundDeadline, resources: Resources) -> bool:
    """A time before the request's verb that nothing marks as due ("tại cuộc họp giao ban tháng 5/2017,
    Chủ tịch yêu cầu ..."): the meeting's, not the task's ("Trước ngày 15/3, ... yêu cầu ..." is due)."""
    return (task.rule == "addressee" and task.cue is not None and deadline.end <= task.cue[0]
            and deadline.kind in {"month", "quarter", "half_year", "year", "date"}
            and not has_due_cue(deadline, resources))


def _period_reported(task: AssembledTask, text: str, deadline: FoundDeadline, resources: Resources) -> bool:
    """A bare period after a report on how things stand ("báo cáo về tình hình ... 6 tháng đầu năm 2008",
    "báo cáo kết quả ... quý III/2024"): the period the report covers, not its term ("... trước ngày 15/7" is due)."""
    return (deadline.kind in {"month", "quarter", "half_year", "year"} and not has_due_cue(deadline, resources)
            and _report_on(resources).search(text, task.start, deadline.start) is not None)


@lru_cache(maxsize=4)
def _report_on(resources: Resources) -> re.Pattern[str]:
    verbs = alternation(resources.deadlines.get("report_verbs", [])) or "(?!)"
    subjects = alternation(resources.deadlines.get("report_subjects", [])) or "(?!)"
    return re.compile(rf"(?<![\wđ])(?:{verbs})\s+(?:về\s+)?(?:{subjects})(?![\wđ])", re.IGNORECASE)
