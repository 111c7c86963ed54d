"""Batch extraction of files and folders: per-document JSON, tasks.jsonl, errors.jsonl.

A failing file becomes a line of errors.jsonl (file, stage, reason) and the batch
goes on; every output is written atomically, so an interrupted run never leaves
half a file behind.
"""

from __future__ import annotations

import json
import os
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from .errors import NhiemvuError
from .export import document_json, task_json_lines, write_atomic

TASKS_FILE = "tasks.jsonl"
ERRORS_FILE = "errors.jsonl"


@dataclass(frozen=True)
class Job:
    path: Path
    relative: Path  # where its output goes, relative to the output folder


@dataclass
class Outcome:
    job: Job
    json_text: str | None = None
    task_lines: list[str] = field(default_factory=list)
    tasks: int = 0
    error: dict[str, str] | None = None


@dataclass
class Summary:
    documents: int = 0
    tasks: int = 0
    failures: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failures == 0


_NOT_DOCUMENTS = {".json", ".jsonl", ".md"}


def _is_not_a_document(path: Path) -> bool:
    return path.suffix.lower() in _NOT_DOCUMENTS or path.stem.upper() in {"README", "LICENSE", "CHANGELOG"}


def collect_jobs(paths: list[Path]) -> list[Job]:
    """Files given, and files under folders given (recursively).

    Inside a folder, hidden files, JSON data (gold files, earlier outputs) and notes
    (README, *.md) are not documents and are skipped; a file named explicitly is always read."""
    jobs: list[Job] = []
    for path in paths:
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                parts = file.relative_to(path).parts
                if any(part.startswith(".") for part in parts) or _is_not_a_document(file):
                    continue
                jobs.append(Job(file, file.relative_to(path)))
        else:
            jobs.append(Job(path, Path(path.name)))
    return jobs


def run_job(job: Job, models_dir: str | None = None) -> Outcome:
    """Extract one file; never raises."""
    from .api import extract

    try:
        result = extract(job.path, models_dir=models_dir)
    except NhiemvuError as exc:
        return Outcome(job, error={"file": str(job.path), "stage": exc.stage,
                                   "reason": exc.reason})
    except Exception as exc:  # a bug must not take the batch down: record it
        return Outcome(job, error={
            "file": str(job.path), "stage": "extract",
            "reason": f"internal error {type(exc).__name__}: {exc}",
            "traceback": traceback.format_exc(limit=3),
        })
    return Outcome(job, json_text=document_json(result), task_lines=list(task_json_lines(result)),
                   tasks=len(result.tasks))


def iter_outcomes(jobs: list[Job], workers: int, models_dir: str | None) -> Iterator[Outcome]:
    """Outcomes as they complete, in worker processes when ``workers > 1``."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield run_job(job, models_dir)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(run_job, job, models_dir) for job in jobs]
        for future in as_completed(futures):
            yield future.result()


def run_batch(
    paths: list[Path],
    out_dir: Path,
    *,
    workers: int = 1,
    models_dir: str | None = None,
    on_progress: Callable[[Outcome], None] | None = None,
) -> Summary:
    """Extract every file under ``paths`` into ``out_dir``."""
    started = time.perf_counter()
    jobs = collect_jobs(paths)
    summary = Summary()
    task_lines: dict[Path, list[str]] = {}
    errors: list[dict[str, str]] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    for outcome in iter_outcomes(jobs, workers, models_dir):
        if outcome.error:
            summary.failures += 1
            errors.append(outcome.error)
        else:
            target = out_dir / outcome.job.relative.parent / f"{outcome.job.relative.name}.json"
            write_atomic(target, outcome.json_text or "")
            summary.documents += 1
            summary.tasks += outcome.tasks
            task_lines[outcome.job.relative] = outcome.task_lines
        if on_progress:
            on_progress(outcome)
    # Input order, not completion order: re-runs give byte-identical files.
    ordered = [line for job in jobs for line in task_lines.get(job.relative, [])]
    write_atomic(out_dir / TASKS_FILE, "".join(f"{line}\n" for line in ordered))
    order = {str(job.path): i for i, job in enumerate(jobs)}
    errors.sort(key=lambda e: order.get(e["file"], 0))
    write_atomic(out_dir / ERRORS_FILE,
                 "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
    summary.seconds = time.perf_counter() - started
    return summary


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
