"""A plan's schedule of congresses: who holds each, and by when.

Party and mass-organisation plans set a calendar rather than give orders: "Đại hội chi bộ trực
thuộc Đảng ủy cơ sở ..., thời gian đại hội không quá 1 ngày và hoàn thành trước ngày 15/1/2020;
Đại hội Đảng bộ huyện không quá 3 ngày, hoàn thành trước ngày 15/5/2020." Each clause charges the
body that holds the congress (the words after "Đại hội", up to its term, duration or dates) with
holding it by the time limit. Only a clause with a time limit and a holding body of the data's
kinds (``event_holders``) is such an assignment.
"""

from __future__ import annotations

from ..agencies import FoundAgency
from .model import AssembledTask, Unit, make_task
from .vocab import Vocab


def scheduled_event(unit: Unit, text: str, vocab: Vocab, begin: int) -> AssembledTask | None:
    """The task a scheduled congress sets its holder, or None when the clause schedules none."""
    event = vocab.scheduled_event.match(text, begin, unit.end)
    if event is None or not vocab.time_limit.search(text, event.end(), unit.end):
        return None
    holder = event.group("holder").strip()
    if not vocab.event_holder.search(holder):
        return None
    start = event.start("holder")
    body = FoundAgency(holder, holder[:1].upper() + holder[1:], start, start + len(holder))
    return make_task(unit, text, [body], [], begin, False, "subject", (start, start + len(holder)))
