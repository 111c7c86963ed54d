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
    later_texts = [fold_name(t.text) for t in tasks]
    kept: list[AssembledTask] = []
    for index, task in enumerate(tasks):
        if task.rule == "subject" and task.lead and vocab.authority.match(task.lead[0].text):
            start = task.action_start + len(text[task.action_start : task.end]) - len(
                text[task.action_start : task.end].lstrip())
            verb = vocab.addressing.match(text, start, task.end)  # "... yêu cầu khẩn trương ..."
            action = fold_name(text[verb.end() : task.end]) if verb else ""
            if len(action.split()) >= _MIN_WORDS and any(action in later for later in later_texts[index + 1 :]):
                continue
        kept.append(task)
    return kept
