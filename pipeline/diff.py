"""What changed between two output folders: new, closed and changed tasks.

Tasks are matched by their stable id first (same document content, same span), then by their
document (file name) and normalised action, so a task whose document was re-issued with small
edits elsewhere still matches. Unmatched tasks of the old folder are closed, of the new one new.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from .errors import InputError
from .walk import TASKS_FILE

# The fields a tracker follows; a difference in one of them makes a matched task "changed".
TRACKED = ("action", "lead", "support", "deadline_text", "deadline_due", "deadline_kind")


def load_tasks(out_dir: Path) -> list[dict[str, Any]]:
    """The tasks.jsonl records of an output folder; ``InputError`` when it has none."""
    path = Path(out_dir) / TASKS_FILE
    if not path.is_file():
        raise InputError(f"no {TASKS_FILE}; run `nhiemvu extract FILES --out {out_dir}` first", path=out_dir)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def normalise_action(action: str) -> str:
    """Case, spacing and edge punctuation left out: 'Rà soát,  báo cáo.' -> 'rà soát, báo cáo'."""
    text = " ".join(unicodedata.normalize("NFC", action).casefold().split())
    return re.sub(r"^\W+|\W+$", "", text)


def tracked(task: dict[str, Any]) -> dict[str, Any]:
    """The fields of a task record the diff compares."""
    deadline = task.get("deadline") or {}
    return {
        "action": " ".join(str(task.get("action", "")).split()),
        "lead": sorted(a["name"] for a in task.get("lead") or []),
        "support": sorted(a["name"] for a in task.get("support") or []),
        "deadline_text": deadline.get("text"),
        "deadline_due": deadline.get("due"),
        "deadline_kind": deadline.get("kind"),
    }


def _document(task: dict[str, Any]) -> str:
    return PurePath(str(task.get("source", ""))).name


@dataclass
class Change:
    old: dict[str, Any]
    new: dict[str, Any]
    fields: list[str]


@dataclass
class TaskDiff:
    new: list[dict[str, Any]] = field(default_factory=list)
    closed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    unchanged: int = 0

    def to_json(self) -> dict[str, Any]:
        def brief(task: dict[str, Any]) -> dict[str, Any]:
            return {"id": task.get("id"), "document": _document(task), **tracked(task)}

        return {
            "counts": {"new": len(self.new), "closed": len(self.closed), "changed": len(self.changed),
                       "unchanged": self.unchanged},
            "new": [brief(t) for t in self.new],
            "closed": [brief(t) for t in self.closed],
            "changed": [{"old": brief(c.old), "new": brief(c.new), "fields": c.fields} for c in self.changed],
        }


def _compare(old: dict[str, Any], new: dict[str, Any], result: TaskDiff) -> None:
    before, after = tracked(old), tracked(new)
    fields = [name for name in TRACKED if before[name] != after[name]]
    if fields:
        result.changed.append(Change(old, new, fields))
    else:
        result.unchanged += 1


def _key(task: dict[str, Any]) -> tuple[str, str]:
    # with the document: copies of one document under two names give the same ids
    return _document(task), str(task.get("id"))


def diff_tasks(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> TaskDiff:
    """Match ``new`` tasks to ``old`` ones by id, then by document and normalised action."""
    result = TaskDiff()
    new_keys = {_key(task) for task in new}
    old_by_key = {_key(task): task for task in old}
    by_action: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for task in old:
        if _key(task) not in new_keys:
            by_action.setdefault((_document(task), normalise_action(task.get("action", ""))), []).append(task)
    for task in new:
        if _key(task) in old_by_key:
            _compare(old_by_key[_key(task)], task, result)
            continue
        candidates = by_action.get((_document(task), normalise_action(task.get("action", ""))))
        if candidates:
            _compare(candidates.pop(0), task, result)
        else:
            result.new.append(task)
    result.closed = [task for tasks in by_action.values() for task in tasks]
    return result


def diff_folders(old_dir: Path, new_dir: Path) -> TaskDiff:
    """The task diff of two ``nhiemvu extract --out`` folders."""
    return diff_tasks(load_tasks(old_dir), load_tasks(new_dir))
