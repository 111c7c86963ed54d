"""tasks.jsonl, errors.jsonl and skipped.jsonl, rebuilt from the manifest and the document files.

Rebuilt whole at the end of every run (interrupted or not) and written atomically, so the
indexes always agree with the per-document JSON files the manifest lists.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .export import write_atomic
from .manifest import Row
from .walk import ERRORS_FILE, SKIPPED_FILE, TASKS_FILE, Skipped


def document_task_lines(document_json: str) -> list[str]:
    """The tasks.jsonl lines of one document JSON (as :func:`export.task_json_lines` writes them)."""
    result = json.loads(document_json)
    document = result["document"]
    return [json.dumps({"document_id": document["id"], "source": document["source"], **task},
                       ensure_ascii=False) for task in result["tasks"]]


def write_indexes(out_dir: Path, rows: Iterable[Row], skipped: list[Skipped]) -> int:
    """Write the three index files from ``rows`` (in input order); return the number of tasks."""
    tasks: list[str] = []
    errors: list[str] = []
    for row in rows:
        if row.status == "done" and row.output:
            try:
                tasks += document_task_lines((out_dir / row.output).read_text(encoding="utf-8"))
            except (OSError, ValueError, KeyError):
                continue  # gone or damaged since: the next run redoes it
        elif row.status == "failed" and row.error:
            errors.append(json.dumps(row.error, ensure_ascii=False))
    write_atomic(out_dir / TASKS_FILE, "".join(f"{line}\n" for line in tasks))
    write_atomic(out_dir / ERRORS_FILE, "".join(f"{line}\n" for line in errors))
    write_atomic(out_dir / SKIPPED_FILE,
                 "".join(json.dumps(s.record(), ensure_ascii=False) + "\n" for s in skipped))
    return len(tasks)
