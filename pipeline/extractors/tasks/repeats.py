"""A press report opens with a lede that sums up what its body then reports in full: "Chủ tịch
UBND tỉnh yêu cầu khẩn trương kiểm tra ..." above "Ngày 10.11, ... Chủ tịch UBND tỉnh đã yêu
cầu Chủ tịch UBND các huyện ... khẩn trương kiểm tra ...". The lede names only who asked; the
body names who must act. The lede's request is the same task, so it is dropped."""

from __future__ import annotations

from .actors import fold_name
from .model import AssembledTask
from .vocab import Vocab

# a lede repeats a clause of the body, not a few common words ("triển khai thực hiện")
_MIN_WORDS = 8


def without_lede_repeats(tasks: list[AssembledTask], text: str, vocab: Vocab) -> list[AssembledTask]:
    """The tasks without those whose speaker asked, naming nobody, for what a later task repeats."""
    later_texts: list[str] | None = None  # folded once, when a lede is in sight
    kept: list[AssembledTask] = []
    for index, task in enumerate(tasks):
        action = _requested_action(task, text, vocab)
        if len(action.split()) >= _MIN_WORDS:
            later_texts = later_texts or [fold_name(t.text) for t in tasks]
            if any(action in later for later in later_texts[index + 1 :]):
                continue
        kept.append(task)
    return kept


def _requested_action(task: AssembledTask, text: str, vocab: Vocab) -> str:
    """What an authority asks for when it is the task's only actor ("Chủ tịch UBND tỉnh yêu cầu
    khẩn trương kiểm tra ..."), folded; "" for any other task."""
    if task.rule != "subject" or not task.lead or not vocab.authority.match(task.lead[0].text):
        return ""
    body = text[task.action_start : task.end]
    verb = vocab.addressing.match(text, task.action_start + len(body) - len(body.lstrip()), task.end)
    return fold_name(text[verb.end() : task.end]) if verb else ""
