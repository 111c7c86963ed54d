"""A press report opens with a lede that sums up what its body then reports in full: "Chủ tịch
UBND tỉnh yêu cầu khẩn trương kiểm tra ..." above "Ngày 10.11, ... Chủ tịch UBND tỉnh đã yêu
cầu Chủ tịch UBND các huyện ... khẩn trương kiểm tra ...". The lede names only who asked; the
body names who must act. The lede's request is the same task, so it is dropped. So is a headline
the page prints again over its photos."""

from __future__ import annotations

from ...normalize import ITEM_START
from .actors import fold_name
from .model import AssembledTask
from .vocab import Vocab

# a headline's length in words (a line of a list, which a plan may repeat under each body, is none)
_HEADLINE_WORDS = (8, 40)

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


def without_repeated_headlines(tasks: list[AssembledTask], text: str) -> list[AssembledTask]:
    """The tasks without those a news page's headline gives where it is printed again over the
    photos: the article tells the task."""
    headlines = _repeated_headlines(text)
    return [t for t in tasks if not _told_by_headline(t, text, headlines)] if headlines else tasks


def _repeated_headlines(text: str) -> tuple[str, ...]:
    """Lines with no closing stop that the page prints more than once, each on its own or opening a
    line the repair joined to the next paragraph: a news page's headline repeated as its photos'
    captions ("Chủ tịch UBND tỉnh yêu cầu tạm đình chỉ ...")."""
    lines = [" ".join(raw.split()) for raw in text.splitlines()]
    alone = {line for line in lines if _HEADLINE_WORDS[0] <= len(line.split()) <= _HEADLINE_WORDS[1]
             and not line.endswith((".", ";", ":", ",", "!", "?", "…")) and not ITEM_START.match(line)}
    if not alone:
        return ()
    seen: dict[str, int] = {}
    for line in lines:
        words = line.split()
        for size in range(_HEADLINE_WORDS[0], min(len(words), _HEADLINE_WORDS[1]) + 1):
            opening = " ".join(words[:size])
            if opening in alone:
                seen[opening] = seen.get(opening, 0) + 1
                break
    return tuple(line for line, count in seen.items() if count > 1)


def _told_by_headline(task: AssembledTask, text: str, headlines: tuple[str, ...]) -> bool:
    """Whether the task's action is in a repeated headline that opens it (the paragraph the repair
    joined after it may still name a body and its task: that one stays)."""
    opening = " ".join(text[task.start : task.action_start].split())
    return any(headline.startswith(opening) and " ".join(task.text.split()).startswith(headline)
               for headline in headlines)
